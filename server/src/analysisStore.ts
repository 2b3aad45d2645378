/**
 * Keeps the latest analysis of each open document, recomputed only when its text version changes. The
 * editor's change events say which part of the text an edit left alone; the next analysis then takes the
 * rest over from the last document (see TranscriptDocument.revised).
 */
import type { TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type AnalysisOptions, type AnalysisResult, type AnalysisServices } from './core/analyze';
import type { TranscriptDocument, UnchangedEnds } from './core/document';
import { documentFor, isXliffFile, originalText, subtitleFormatOf } from './core/formats';
import type { Finding } from './core/types';
import { isMostlyJapanese, type Settings } from './shared';

export interface Analysis {
  readonly doc: TranscriptDocument;
  readonly result: AnalysisResult;
  readonly version: number;
  /** The findings of this document's text after an edit, with the same services and options (fix-all checks its fixes with it). */
  readonly findingsOf?: (text: string) => readonly Finding[];
}

/** What the workspace adds to an analysis (its knowledge, dictionaries, ignored words), and a key that changes with it. */
export interface WorkspaceInputs {
  readonly services: AnalysisServices;
  readonly options: Omit<AnalysisOptions, 'disabled'>;
  readonly key: string;
}

/** One replacement in a text: [start, end) of the text before it became `insertedLength` characters. */
export interface TextReplacement {
  readonly start: number;
  readonly end: number;
  readonly insertedLength: number;
}

interface Entry {
  analysis?: { readonly analysis: Analysis; readonly settings: Settings; readonly workspaceKey: string };
  /** The last document built for this URI. */
  lastDocument?: TranscriptDocument;
  /** What the edits since the last document left of it (none yet: undefined), and the length they made. */
  edits?: UnchangedEnds & { readonly length: number };
}

export class AnalysisStore {
  private readonly entries = new Map<string, Entry>();

  /** The analysis of a document, or undefined when the settings say it is not a transcript to analyse. */
  get(document: TextDocument, settings: Settings, workspace: WorkspaceInputs): Analysis | undefined {
    const entry = this.entries.get(document.uri) ?? {};
    const cached = entry.analysis;
    // The version alone is not trusted (a client may send one twice): the text must be the same too.
    if (
      cached &&
      cached.analysis.version === document.version &&
      originalText(cached.analysis.doc) === document.getText() &&
      cached.settings === settings &&
      cached.workspaceKey === workspace.key
    ) {
      return cached.analysis;
    }
    if (!isAnalysed(document, settings)) return undefined;
    const doc = this.documentOf(document, entry);
    const options = { ...workspace.options, disabled: new Set(settings.disabledChecks), subtitles: settings.subtitles };
    const result = analyze(doc, workspace.services, options);
    const analysis = { doc, result, version: document.version, findingsOf: (text: string) => analyze(doc.revised(text), workspace.services, options).findings };
    this.entries.set(document.uri, { analysis: { analysis, settings, workspaceKey: workspace.key }, lastDocument: doc });
    return analysis;
  }

  /**
   * An edit of an open document, in the order the editor made them: narrows what the next analysis may
   * take over. Edits of a document with nothing kept are of no interest.
   */
  noteChange(uri: string, replacement: TextReplacement): void {
    const entry = this.entries.get(uri);
    if (!entry?.lastDocument) return;
    const length = entry.lastDocument.text.length;
    // Prefix and suffix are each true on their own and may overlap; the revised document trims the suffix.
    const since = entry.edits ?? { prefix: length, suffix: length, length };
    const { start, end, insertedLength } = replacement;
    entry.edits = {
      prefix: Math.min(since.prefix, start),
      suffix: Math.min(since.suffix, since.length - end),
      length: since.length - (end - start) + insertedLength,
    };
  }

  /** The document to analyse: revised from the last one when every edit since is known, else built afresh. */
  private documentOf(document: TextDocument, entry: Entry): TranscriptDocument {
    const text = document.getText();
    const { lastDocument, edits } = entry;
    if (lastDocument && !edits && originalText(lastDocument) === text) return lastDocument;
    if (lastDocument && edits && edits.length === text.length) return lastDocument.revised(text, edits);
    return documentFor(text, document.uri, document.languageId);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  /** Settings or workspace files changed: no analysis is current any more (the documents still are). */
  clear(): void {
    for (const entry of this.entries.values()) entry.analysis = undefined;
  }
}

export function isAnalysed(document: TextDocument, settings: Settings): boolean {
  // A subtitle file's ratio is that of its cue text (timings would count as no language at all, cue ids as Latin),
  // an XLIFF file's that of its targets (its sources are English, its markup no language).
  const format = subtitleFormatOf(document.uri, document.languageId);
  const xliff = isXliffFile(document.uri, document.languageId);
  const text = format || xliff ? documentFor(document.getText(), document.uri, document.languageId).text : document.getText();
  // XLIFF files come as XML (or plain text): "xliff" in the languages setting stands for them.
  const listed = settings.languages.includes(xliff ? 'xliff' : document.languageId);
  return settings.enable && listed && isMostlyJapanese(text, settings.minimumJapaneseRatio);
}

/**
 * How the server's open documents are created and edited: as vscode-languageserver-textdocument does,
 * one change at a time so that each is told to the store in offsets of the text it applies to.
 */
export function documentsTellingStore(store: AnalysisStore): TextDocumentsConfiguration<TextDocument> {
  return {
    create(uri, languageId, version, content) {
      store.forget(uri);
      const document = TextDocument.create(uri, languageId, version, content);
      // The document's line index, built now rather than on the first keystroke (the first change's range is
      // read through it): edits keep it up to date from then on.
      void document.lineCount;
      return document;
    },
    update(document, changes, version) {
      // Every change is checked before the text is touched: a malformed one (a broken client) is refused
      // whole, and the document and the store stay as they were, in step with each other.
      const problem = changes.map(changeProblem).find((p) => p !== undefined);
      if (problem !== undefined) throw new Error(`Transcript Lens ignored a change of ${document.uri}: ${problem}`);
      if (changes.length === 0) return TextDocument.update(document, [], version);
      for (const change of changes) {
        const length = document.getText().length;
        const replaced =
          'range' in change && change.range !== undefined
            ? { start: document.offsetAt(change.range.start), end: document.offsetAt(change.range.end) }
            : { start: 0, end: length };
        TextDocument.update(document, [change], version);
        store.noteChange(document.uri, { ...replaced, insertedLength: change.text.length });
      }
      return document;
    },
  };
}

/** What is wrong with a content change as it came over the wire (types are not to be trusted there), if anything. */
export function changeProblem(change: unknown): string | undefined {
  if (typeof change !== 'object' || change === null) return 'a change is not an object';
  const { text, range } = change as { text?: unknown; range?: unknown };
  if (typeof text !== 'string') return 'the change has no text';
  if (range === undefined) return undefined;
  if (typeof range !== 'object' || range === null) return 'the change range is not a range';
  const { start, end } = range as { start?: unknown; end?: unknown };
  if (!isPosition(start) || !isPosition(end)) return 'the change range has an invalid position';
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return 'the change range ends before it starts';
  return undefined;
}

function isPosition(value: unknown): value is { line: number; character: number } {
  if (typeof value !== 'object' || value === null) return false;
  const { line, character } = value as { line?: unknown; character?: unknown };
  return Number.isInteger(line) && Number.isInteger(character) && (line as number) >= 0 && (character as number) >= 0;
}
