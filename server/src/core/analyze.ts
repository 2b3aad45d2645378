/**
 * The analysis core's entry point: a document in, entity mentions and findings out. No LSP, no VS Code.
 *
 * The document is cut into chunks at sentence ends (chunksOf, in document.ts). Each chunk is scanned once
 * per text, and judged again only when its text or a document-level fact its judgement read has changed
 * (facts.ts records them as they are read), so an edit re-analyses the chunk it touches while the rest
 * comes from the cache; only the cheap document-wide passes run again.
 */
import { AnalyzedDocument, byDocumentLine } from './analyzedDocument';
import { buildContext, type DetectorContext } from './context';
import { corroborate } from './corroboration';
import { FactsRead, recordingContext } from './facts';
import { messagesGeneration } from './l10n';
import { indexChunkMentions } from './mentionIndex';
import { CHUNK_DETECTORS, NAME_DETECTORS, WHOLE_DOCUMENT_DETECTORS } from './detectors';
import type { Detector } from './detectors/detector';
import type { DictionaryRule } from './dictionary/prh';
import type { GlossaryEntry } from './glossary/model';
import { currencyUsage } from './detectors/implausibleCurrency';
import { garbledLatinName, isWrittenConsistently } from './detectors/garbledLatinName';
import { separatedChunks, TranscriptDocument, type Chunk } from './document';
import { originalText, SubtitleDocument, subtitleFindings, type SubtitleRules } from './formats';
import { checkAgainstSource, mergeSourceFindings, type Alignment, type SourceCheckResult, type SourceDocument } from './bilingual';
import { chunkBreakFacts, layoutChunks, type BreakFacts, type ChunkLayout } from './layout';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { RuleSet } from './knowledge/rules';
import type { EnglishLexicon } from './lexicon';
import { EntityRecognizer, type RecognizedName } from './recognizer';
import type { JapaneseTokenizer } from './tokenizer';
import type { EntityMention, Finding, OffsetRange, TextEdit } from './types';
import { combineStutteredNames } from './stutteredNames';

export interface AnalysisServices {
  readonly kb: KnowledgeBase;
  readonly tokenizer: JapaneseTokenizer;
  readonly lexicon: EnglishLexicon;
  readonly rules: RuleSet;
}

export interface AnalysisOptions {
  /** Codes of detectors to leave out. */
  readonly disabled?: ReadonlySet<string>;
  /** The user's dictionary rules, and a key that changes whenever they do. */
  readonly dictionary?: {
    readonly rules: readonly DictionaryRule[];
    /** The entries of the user's glossaries (the key covers them too). */
    readonly glossary?: readonly GlossaryEntry[];
    readonly key: string;
  };
  /** Texts the user chose to ignore ("ignore this word"): findings on exactly these texts are not reported. */
  readonly ignored?: ReadonlySet<string>;
  /** The subtitle checks' limits (default: Netflix's Japanese guide); read only for a subtitle document. */
  readonly subtitles?: SubtitleRules;
  /** The document's English original: when given, the translation is also checked against it (bilingual/). */
  readonly source?: SourceDocument;
}

export interface AnalysisResult {
  readonly mentions: readonly EntityMention[];
  readonly findings: readonly Finding[];
  readonly context: DetectorContext;
  /** The source and the translation paired sentence by sentence, when a source was given. */
  readonly alignment?: Alignment;
}

/** What a chunk contains regardless of the rest of the document; offsets relative to the chunk. */
interface ChunkScan {
  readonly names: readonly RecognizedName[];
  readonly currencies: ReadonlyMap<string, number>;
  /** The analysis that last used this entry, so that trimming keeps what the current document needs. */
  used: number;
}

/** Chunk findings, and the same in document offsets where the chunk last stood. */
interface ChunkJudgement {
  readonly findings: readonly Finding[];
  /** The document-level facts the detectors read, with their values: a change to one of them voids this judgement. */
  readonly factsRead: FactsRead;
  placed?: Placed<Finding>;
  used: number;
}

/** One stage of judging: its detectors, the document context they read, and their findings per chunk text. */
interface Stage {
  readonly cache: Map<string, ChunkJudgement>;
  readonly context: DetectorContext;
  readonly detectors: readonly Detector[];
}

interface Placed<T> {
  readonly at: number;
  readonly items: readonly T[];
}

/** Items shifted to a chunk's place in the document, reusing the last shift when the chunk has not moved. */
function placedAt<T>(holder: { placed?: Placed<T> }, items: readonly T[], at: number, shiftItem: (item: T, by: number) => T): readonly T[] {
  if (at === 0 || items.length === 0) return items;
  if (holder.placed?.at !== at) holder.placed = { at, items: items.map((item) => shiftItem(item, at)) };
  return holder.placed.items;
}

// Enough for several long documents; beyond it the caches start afresh rather than grow without bound.
const CACHE_LIMIT = 30_000;

export class Analyzer {
  private readonly recognizer: EntityRecognizer;
  private readonly scans = new Map<string, ChunkScan>();
  /** What each line break inside a chunk shows on its own, by chunk text: the layout of the document is decided from these. */
  private readonly breaks = new Map<string, { readonly facts: readonly BreakFacts[]; used: number }>();
  /** Findings per (stage, options, language of the messages), then per chunk (its text and layout). */
  private readonly judged = new Map<string, Map<string, ChunkJudgement>>();
  private judgedCount = 0;
  /** Counts analyses; cache entries remember the last one that used them. */
  private generation = 0;
  private lastSourceCheck: { readonly key: string; readonly kb: KnowledgeBase; readonly result: SourceCheckResult } | undefined;
  /** How many chunks were scanned and judged afresh (cache misses), for tests and benchmarks. */
  readonly misses = { scanned: 0, judged: 0 };

  constructor(private readonly services: AnalysisServices) {
    this.recognizer = new EntityRecognizer(services.kb);
  }

  analyze(source: TranscriptDocument, options: AnalysisOptions = {}): AnalysisResult {
    const { kb, lexicon, rules } = this.services;
    this.generation++;
    // This runs on every edit of a long document: per chunk, a cache lookup and no more.
    const chunks = source.chunks;
    // The layout is a fact of the document: a chunk's findings read the wraps inside it, so they are cached on them too.
    const layouts = layoutChunks(
      chunks.map((chunk) => this.breakFacts(chunk)),
      separatedChunks(source.text, chunks),
    );
    const scans = chunks.map((chunk, i) => this.scan(chunk, layouts[i] as ChunkLayout));
    // Mentions stay in chunk offsets: counted on every edit, placed in the document only when asked for.
    const chunkMentions = this.recognizer.selectPerChunk(scans.map((scan) => scan.names));
    const indexed = indexChunkMentions(
      chunks.map((chunk) => chunk.start),
      chunkMentions,
    );
    const mentionsOf = (chunkIndex: number): readonly EntityMention[] => chunkMentions[chunkIndex] ?? [];
    const currencies = sumUsage(scans);
    // Messages are written in the language of the moment: cached ones in another are not reused.
    const disabled = `${[...(options.disabled ?? [])].sort().join(',')}\u0000${messagesGeneration()}`;
    const enabled = (detector: Detector): boolean => !options.disabled?.has(detector.code);

    // Names first: a misspelt name ("Open AI") is still evidence of what the story is about for the other checks.
    const nameContext = buildContext({ kb, lexicon, rules, mentions: indexed, currencies });
    const nameStage = { cache: this.cacheFor(`names\u0000${disabled}`), context: nameContext, detectors: NAME_DETECTORS.filter(enabled) };
    // A Latin spelling used consistently through the document is a name of its own (see isWrittenConsistently):
    // a fact of the whole document, so decided here over the chunks' findings, never inside a chunk.
    const nameFindings = this.judgeAll(chunks, layouts, mentionsOf, nameStage, []).filter(
      (finding) => finding.code !== garbledLatinName.code || !isWrittenConsistently(source.text, source.slice(finding.range)),
    );
    const misspelt = nameFindings.flatMap((f) => (f.entityId ? [f.entityId] : []));
    const dictionaryRules = options.dictionary?.rules ?? [];
    const context = buildContext({
      kb,
      lexicon,
      rules,
      mentions: indexed,
      misspelt,
      currencies,
      dictionaryRules,
      glossaryEntries: options.dictionary?.glossary ?? [],
      dictionaryKey: options.dictionary?.key ?? '',
    });
    const chunkStage = { cache: this.cacheFor(`document\u0000${disabled}`), context, detectors: CHUNK_DETECTORS.filter(enabled) };
    // In the order name, chunk, whole-document findings: the sort below keeps it among equals.
    const findings = this.judgeAll(chunks, layouts, mentionsOf, chunkStage, [...nameFindings]);
    const whole = new AnalyzedDocument(source, this.services.tokenizer, byDocumentLine(source, chunks, layouts));
    for (const detector of WHOLE_DOCUMENT_DETECTORS) if (enabled(detector)) for (const finding of runDetector(detector, whole, context)) findings.push(finding);
    // Subtitle files: the checks of cue timing and layout (cheap, and reading the whole file: not cached per chunk).
    for (const finding of subtitleFindings(source, this.services.tokenizer, context, options.subtitles, (code) => !options.disabled?.has(code)))
      findings.push(finding);
    // Hints about a name whose facts the document states deserve more than a hint (corroboration.ts).
    const corroborated = corroborate(findings, { text: source.text, named: new Set(context.mentionCount.keys()) }, kb, this.services.tokenizer);
    const ignored = options.ignored;
    const unignored = ignored && ignored.size > 0 ? corroborated.filter((finding) => !ignored.has(findingText(source, finding))) : corroborated;
    const reported = withoutGlossaryDuplicates(unignored);
    reported.sort((a, b) => a.range.start - b.range.start || b.confidence - a.confidence);
    this.trimCaches();
    const own = combineStutteredNames(reported, (finding) => source.slice(finding.range));
    const checked = options.source ? this.checkSource(source, options.source, indexed.all(), own, disabled, options) : undefined;
    return {
      get mentions() {
        return indexed.all();
      },
      findings: checked ? mergeSourceFindings(own, checked.findings) : own,
      context,
      ...(checked ? { alignment: checked.alignment } : {}),
    };
  }

  /** The checks against the source, kept for the last pair of texts (an edit elsewhere in the workspace does not redo them). */
  private checkSource(
    target: TranscriptDocument,
    sourceDocument: SourceDocument,
    mentions: readonly EntityMention[],
    own: readonly Finding[],
    disabled: string,
    options: AnalysisOptions,
  ): SourceCheckResult {
    const targetText = originalText(target);
    const key = [
      sourceDocument.uri,
      sourceDocument.format ?? '',
      sourceDocument.text,
      targetText,
      disabled,
      [...(options.ignored ?? [])].sort().join('\n'),
    ].join('\u0000');
    if (this.lastSourceCheck?.key === key && this.lastSourceCheck.kb === this.services.kb) return this.lastSourceCheck.result;
    const checked = checkAgainstSource({
      source: sourceDocument,
      targetText,
      ...(target instanceof SubtitleDocument ? { targetFormat: target.subtitles.format } : {}),
      kb: this.services.kb,
      lexicon: this.services.lexicon,
      rules: this.services.rules,
      mentions,
      findings: own,
      enabled: (code) => !options.disabled?.has(code),
    });
    const ignored = options.ignored;
    const result = ignored && ignored.size > 0 ? { ...checked, findings: checked.findings.filter((f) => !ignored.has(findingText(target, f))) } : checked;
    this.lastSourceCheck = { key, kb: this.services.kb, result };
    return result;
  }

  /** The findings of one stage over every chunk, each from the cache or judged afresh. */
  private judgeAll(
    chunks: readonly Chunk[],
    layouts: readonly ChunkLayout[],
    mentionsOf: (chunkIndex: number) => readonly EntityMention[],
    stage: Stage,
    findings: Finding[],
  ): Finding[] {
    chunks.forEach((chunk, i) => {
      for (const finding of this.judge(stage, chunk, layouts[i] as ChunkLayout, mentionsOf, i)) findings.push(finding);
    });
    return findings;
  }

  private breakFacts(chunk: Chunk): readonly BreakFacts[] {
    let entry = this.breaks.get(chunk.text);
    if (!entry) {
      entry = { facts: chunk.text.includes('\n') || chunk.text.includes('\r') ? chunkBreakFacts(chunk.text, this.services.tokenizer) : [], used: 0 };
      this.breaks.set(chunk.text, entry);
    }
    entry.used = this.generation;
    return entry.facts;
  }

  private scan(chunk: Chunk, layout: ChunkLayout): ChunkScan {
    const key = cacheKey(chunk, layout);
    let scan = this.scans.get(key);
    if (!scan) {
      // The chunk's derived views are not kept: tokens are cached by line in the tokenizer, the rest is cheap to rebuild.
      const doc = this.chunkDocument(chunk, layout);
      scan = { names: this.recognizer.scan(doc), currencies: currencyUsage(doc.flow.text, this.services.kb.currencies), used: 0 };
      this.misses.scanned++;
      this.scans.set(key, scan);
    }
    scan.used = this.generation;
    return scan;
  }

  private chunkDocument(chunk: Chunk, layout: ChunkLayout): AnalyzedDocument {
    return new AnalyzedDocument(new TranscriptDocument(chunk.text), this.services.tokenizer, layout);
  }

  /** The cache of chunk findings for one stage and set of options. */
  private cacheFor(key: string): Map<string, ChunkJudgement> {
    let byText = this.judged.get(key);
    if (!byText) {
      byText = new Map();
      this.judged.set(key, byText);
    }
    return byText;
  }

  private judge(
    stage: Stage,
    chunk: Chunk,
    layout: ChunkLayout,
    mentionsOf: (chunkIndex: number) => readonly EntityMention[],
    chunkIndex: number,
  ): readonly Finding[] {
    const { cache, context, detectors } = stage;
    const key = cacheKey(chunk, layout);
    const facts = { context, chunkMentions: mentionsOf(chunkIndex) };
    let judgement = cache.get(key);
    if (!judgement || !judgement.factsRead.holdIn(facts)) {
      const recording = recordingContext(facts);
      const doc = this.chunkDocument(chunk, layout);
      const findings = detectors.flatMap((detector) => runDetector(detector, doc, recording.context));
      if (!cache.has(key)) this.judgedCount++;
      judgement = { findings, factsRead: new FactsRead(recording.reads(), facts), used: 0 };
      cache.set(key, judgement);
      this.misses.judged++;
    }
    judgement.used = this.generation;
    return placedAt(judgement, judgement.findings, chunk.start, shiftFinding);
  }

  /**
   * Over the limit, drop the entries the analysis just made did not use (chunks edited away, other
   * documents): never the current document's, whose loss would cost a full re-analysis on the next edit.
   */
  private trimCaches(): void {
    const current = this.generation;
    const stale = (entry: { used: number }): boolean => entry.used !== current;
    if (this.scans.size > CACHE_LIMIT) deleteWhere(this.scans, stale);
    if (this.breaks.size > CACHE_LIMIT) deleteWhere(this.breaks, stale);
    if (this.judgedCount > CACHE_LIMIT) {
      this.judgedCount = 0;
      for (const byText of this.judged.values()) {
        deleteWhere(byText, stale);
        this.judgedCount += byText.size;
      }
    }
  }
}

/** A chunk's cache key: its text, and which of its line breaks the document's layout takes for wraps (most chunks have none). */
function cacheKey(chunk: Chunk, layout: ChunkLayout): string {
  return layout.key === '' || !/[^-]/.test(layout.key) ? chunk.text : `${chunk.text}\u0000${layout.key}`;
}

function deleteWhere<K, V>(map: Map<K, V>, condition: (value: V) => boolean): void {
  for (const [key, value] of map) if (condition(value)) map.delete(key);
}

const analyzers = new WeakMap<AnalysisServices, Analyzer>();

/** Analyses a document with the shared analyzer of these services (and its caches). */
export function analyze(source: TranscriptDocument, services: AnalysisServices, options: AnalysisOptions = {}): AnalysisResult {
  let analyzer = analyzers.get(services);
  if (!analyzer) {
    analyzer = new Analyzer(services);
    analyzers.set(services, analyzer);
  }
  return analyzer.analyze(source, options);
}

/** The text a finding is about, as a user would type it to ignore it: line breaks left out. */
export function findingText(source: TranscriptDocument, finding: Finding): string {
  return source.slice(finding.range).replace(/\r\n|\r|\n/g, '');
}

function runDetector(detector: Detector, doc: AnalyzedDocument, context: DetectorContext): Finding[] {
  try {
    return detector.detect(doc, context);
  } catch (error) {
    // One faulty detector must not take the others' findings down with it.
    console.error(`transcript-lens: detector ${detector.code} failed on ${doc.source.uri}: ${(error as Error).stack ?? String(error)}`);
    return [];
  }
}

function shift(range: OffsetRange, by: number): OffsetRange {
  return { start: range.start + by, end: range.end + by };
}

function shiftFinding(finding: Finding, by: number): Finding {
  if (by === 0) return finding;
  const range = shift(finding.range, by);
  // Most fixes replace exactly the flagged span: they share its shifted range instead of making their own.
  const shiftEdit = (edit: TextEdit): TextEdit => ({
    ...edit,
    range: edit.range.start === finding.range.start && edit.range.end === finding.range.end ? range : shift(edit.range, by),
  });
  return { ...finding, range, fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map(shiftEdit) })) };
}

function sumUsage(scans: readonly ChunkScan[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const { currencies } of scans) if (currencies.size > 0) for (const [code, n] of currencies) total.set(code, (total.get(code) ?? 0) + n);
  return total;
}

/**
 * A glossary's forbidden term is often also a garbled form of its approved term, which the glossary makes a
 * known name: the same span with the same fix is said once, by the glossary (whose message names the entry).
 */
function withoutGlossaryDuplicates(findings: Finding[]): Finding[] {
  const fixOf = (finding: Finding): string => finding.fixes[0]?.edits.map((edit) => `${edit.range.start}:${edit.range.end}:${edit.newText}`).join('|') ?? '';
  const glossary = new Set(findings.filter((f) => f.code === 'glossary-term').map((f) => `${f.range.start}:${f.range.end}:${fixOf(f)}`));
  if (glossary.size === 0) return findings;
  return findings.filter((f) => f.code === 'glossary-term' || !glossary.has(`${f.range.start}:${f.range.end}:${fixOf(f)}`));
}
