/**
 * A subtitle file as a document: the analysis sees only the cue text (everything else blanked, so that
 * offsets and lines are the file's own), and each cue is a paragraph of its own, a hard boundary for
 * the detectors. `original` is the file's text, the one edits apply to.
 */
import { TranscriptDocument, unchangedEnds, type UnchangedEnds } from '../document';
import { parseSubtitles, type SubtitleFile, type SubtitleFormat } from './subtitleParser';
import { isXliffFile } from './xliff';
import { XliffDocument } from './xliffDocument';

export class SubtitleDocument extends TranscriptDocument {
  constructor(
    readonly original: string,
    readonly subtitles: SubtitleFile,
    uri?: string,
    revisionOf?: { readonly document: TranscriptDocument; readonly unchanged: UnchangedEnds },
  ) {
    super(subtitles.masked, uri, revisionOf);
  }

  static parse(text: string, format: SubtitleFormat, uri?: string): SubtitleDocument {
    return new SubtitleDocument(text, parseSubtitles(text, format), uri);
  }

  /** The file after an edit: parsed again (an edit can turn text into a timing line), the unchanged cues taken over. */
  override revised(text: string): TranscriptDocument {
    const subtitles = parseSubtitles(text, this.subtitles.format);
    return new SubtitleDocument(text, subtitles, this.uri, { document: this, unchanged: unchangedEnds(this.text, subtitles.masked) });
  }
}

/** The subtitle format of a document, from its language id or else its file name; undefined for other documents. */
export function subtitleFormatOf(uri: string, languageId?: string): SubtitleFormat | undefined {
  if (languageId === 'srt' || languageId === 'vtt') return languageId;
  if (languageId !== undefined && languageId !== 'plaintext') return undefined;
  const extension = /\.(srt|vtt)$/i.exec(uri.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  return extension === 'srt' || extension === 'vtt' ? extension : undefined;
}

/** The document the analysis reads for a file: its cue text for a subtitle file, its targets for XLIFF, else the text itself. */
export function documentFor(text: string, uri: string, languageId?: string): TranscriptDocument {
  const format = subtitleFormatOf(uri, languageId);
  if (format) return SubtitleDocument.parse(text, format, uri);
  return isXliffFile(uri, languageId) ? XliffDocument.parse(text, uri) : new TranscriptDocument(text, uri);
}

/** The text a document was read from, the one its fixes are applied to. */
export function originalText(doc: TranscriptDocument): string {
  return doc instanceof SubtitleDocument || doc instanceof XliffDocument ? doc.original : doc.text;
}
