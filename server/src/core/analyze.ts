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
import { documentFactsId, FactsRead, recordingContext, type FactRead } from './facts';
import { FactReaders } from './factReaders';
import { messagesGeneration } from './l10n';
import { indexChunkMentions, type MentionIndex } from './mentionIndex';
import { CHUNK_DETECTORS, NAME_DETECTORS, SEQUENCE_DETECTORS, WHOLE_DOCUMENT_DETECTORS } from './detectors';
import type { Detector, Locality, ScanServices, SequenceDetector, SequenceTally, TallyServices } from './detectors/detector';
import { mergedVerdicts, nearRange } from './nearDecision';
import { chunkWords, DocumentWords, katakanaKey, listedKey, sharedEnds, vocabularyOf } from './documentWords';
import { spliced as splicedList } from './chunkLists';
import { placeFinding } from './finding';
import type { DictionaryRule } from './dictionary/prh';
import type { GlossaryEntry } from './glossary/model';
import { currencyUsage } from './detectors/implausibleCurrency';
import { garbledLatinName, isWrittenConsistently } from './detectors/garbledLatinName';
import { garbledKatakanaName, judgedByTheDocument, type SpellingUses } from './detectors/garbledKatakanaName';
import { separatedChunks, TranscriptDocument, type Chunk, type RevisedFrom } from './document';
import { originalText, SubtitleDocument, subtitleFindings, type SubtitleRules } from './formats';
import { checkAgainstSource, mergeSourceFindings, type Alignment, type SourceCheckResult, type SourceDocument } from './bilingual';
import { chunkBreakFacts, laidOut, relaidOut, type BreakFacts, type ChunkLayout, type DocumentLayout } from './layout';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { RuleSet } from './knowledge/rules';
import type { EnglishLexicon } from './lexicon';
import { recognizerOf, type ChunkSelection, type EntityRecognizer, type RecognizedName } from './recognizer';
import type { JapaneseTokenizer } from './tokenizer';
import type { EntityMention, Finding, OffsetRange } from './types';
import { combineStutteredNames } from './stutteredNames';
import { oneFindingPerNumber } from './numberFindings';
import { oneFindingPerName } from './nameFindings';
import { placedRuns, type PlacedRuns } from './placedFindings';

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
  /** The words the document-wide checks count (documentWords.ts). */
  readonly words: ReadonlyMap<string, number>;
  /** Per sequence detector, the chunk's items, and those finished with the text around the chunk (by that text). */
  readonly items: readonly (readonly unknown[])[];
  readonly resolved: ({ readonly before: string; readonly after: string; readonly items: readonly unknown[] }[] | undefined)[];
  /** The analysis that last used this entry, so that trimming keeps what the current document needs. */
  used: number;
}

/** Chunk findings, in chunk offsets (placed in the document by placedRuns). */
interface ChunkJudgement {
  readonly findings: readonly Finding[];
  /** The document-level facts the detectors read, with their values: a change to one of them voids this judgement. */
  readonly factsRead: FactsRead;
  used: number;
}

/** One stage of judging: its detectors, the document context they read, and their findings per chunk text. */
interface Stage {
  readonly cache: Map<string, ChunkJudgement>;
  readonly context: DetectorContext;
  readonly detectors: readonly Detector[];
}

/** What the analysis keeps of one document between its versions: the sums of its chunks' facts and the decisions over them. */
interface DocumentState {
  readonly counts: DocumentWords;
  readonly sequences: SequenceState[];
  /** Per stage (by its cache key), the judgements of the last version's chunks. */
  readonly stages: Map<string, StageMemory>;
  /** The last version's chunks, their layout, keys and scans: an edit takes over those of the chunks it left alone. */
  chunks: readonly Chunk[];
  layout?: DocumentLayout;
  keys: readonly string[];
  scans: readonly ChunkScan[];
  /** The scans' names and words, chunk by chunk (spliced as the scans are, not gathered from them on every edit). */
  names: readonly (readonly RecognizedName[])[];
  words: readonly ReadonlyMap<string, number>[];
  /** The last version analysed (TranscriptDocument.serial). */
  serial: number;
  /** The last version's currency counts, the scans they were summed from and the chunk each currency is first named in. */
  currencies?: { readonly scans: readonly ChunkScan[]; readonly total: ReadonlyMap<string, number>; readonly first: ReadonlyMap<string, number> };
  /** The last version's mentions (an edit that names nothing new takes over their census), and how they were selected. */
  mentions?: MentionIndex;
  selection?: ChunkSelection;
}

/** Which chunks of a version were those of an earlier one, by their keys: the first `prefix` and the last `suffix`. */
interface ChunkAlignment {
  readonly prefix: number;
  readonly suffix: number;
  readonly count: number;
  readonly lastCount: number;
}

function alignChunks(lastKeys: readonly string[], keys: readonly string[]): ChunkAlignment {
  return { ...sharedEnds(lastKeys, keys), count: keys.length, lastCount: lastKeys.length };
}

/** The index chunk `i` had in the earlier version, or -1 when it is new there. */
function earlierIndex({ prefix, suffix, count, lastCount }: ChunkAlignment, i: number): number {
  return i < prefix ? i : i >= count - suffix ? i - count + lastCount : -1;
}

/** A list per chunk: those of the chunks an edit left alone taken over from the last version's, the others made afresh. */
function spliced<T>(last: readonly T[], alignment: ChunkAlignment, fresh: (i: number) => T): T[] {
  return splicedList(last, alignment, alignment.count, fresh);
}

/**
 * One stage's judgements of a document's chunks at its last analysis, with what they were found to hold
 * under: while the document's facts stay the same, a chunk with the same key and the same mentions keeps
 * its judgement without looking it up, so an edit looks up only the chunks it changed.
 */
interface StageMemory {
  readonly cache: Map<string, ChunkJudgement>;
  /** The context the stage judged in (the next version's takes over what it counted). */
  readonly context: DetectorContext;
  /** The document's facts (documentFactsId) every judgement below was found to hold under. */
  readonly factsId: number;
  readonly keys: readonly string[];
  readonly mentions: readonly (readonly EntityMention[])[];
  readonly judgements: readonly ChunkJudgement[];
  /** The chunks (ascending indices) whose judgement read where mentions stand, which an edit anywhere can change: checked again on every edit. */
  readonly positional: readonly number[];
  /** The chunks (ascending indices) whose judgement has findings: only these are placed. */
  readonly withFindings: readonly number[];
  /** Which judgements read each fact of the document (made on the first edit that changes one). */
  readonly readers: FactReaders<ChunkJudgement> | undefined;
  /** The findings of `withFindings` placed in the document, taken over by the next version where its chunks are these. */
  readonly placed: PlacedRuns;
}

/** Which chunks at both ends have the very mention lists they had in `of`, the last version's. */
interface MentionEnds {
  readonly of: readonly (readonly EntityMention[])[];
  readonly prefix: number;
  readonly suffix: number;
}

/** A sequence detector's items of the last version, chunk by chunk, and its decision over them with the facts it read. */
interface SequenceState {
  chunks: readonly (readonly unknown[])[];
  /** The chunks, keys and scans the items came from, and which chunks' items were finished with the text around them. */
  sourceChunks: readonly Chunk[];
  keys: readonly string[];
  scans: readonly ChunkScan[];
  resolved: Uint8Array;
  /** `itemStarts[i]`: the ordinal of chunk i's first item (the number of items before it); one more entry, the total. */
  itemStarts: Int32Array;
  decided?: Decision;
  /** For a detector that keeps its decision chunk by chunk (SequenceDetector.tally): the tally, and the id of each chunk in it. */
  tally?: TallyState;
}

/** A sequence detector's verdicts by item ordinal, with the facts they read. */
interface Decision {
  readonly verdicts: ReadonlyMap<number, readonly Finding[]>;
  readonly ordinals: readonly number[];
  readonly factsRead: FactsRead;
  /** The language of its messages (messagesGeneration). */
  readonly language: number;
}

interface TallyState {
  readonly tally: SequenceTally<unknown>;
  /** The lists the tally holds, chunk by chunk; `ids[i]`: the id chunk i is held under. */
  lists: readonly (readonly unknown[])[];
  ids: Int32Array;
  /** Ids let go by chunks an edit replaced, given to the next new ones (so ids stay below the most chunks held at once). */
  readonly free: number[];
  next: number;
  readonly language: number;
}

const NO_MENTIONS: readonly EntityMention[] = [];
const NO_MENTION_LISTS: readonly (readonly EntityMention[])[] = [];
const NO_ITEMS: readonly unknown[] = [];
// Documents whose state is kept (those open in an editor, usually a few).
const DOCUMENT_LIMIT = 16;

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
  private readonly documents = new Map<string, DocumentState>();
  /** Cache keys of chunks with wraps, by chunk text (see cacheKey). */
  private readonly layoutKeys = new Map<string, { readonly layout: string; readonly key: string; used: number }>();
  /** Items placed in the document: the findings placed on them, reused while neither moves nor changes. */
  private readonly placedItems = new WeakMap<object, { readonly at: number; readonly verdicts: readonly Finding[]; readonly placed: readonly Finding[] }>();
  /**
   * How many chunks were scanned and judged afresh (cache misses), how many times a sequence detector's
   * document decision was made again (whole, or near an edit only), how many of their items were finished with the text around their
   * chunk, how many chunk judgements were looked up in a stage's cache and how many chunks' items listed
   * for a sequence detector (those an edit left alone are taken over without): for tests and benchmarks.
   */
  readonly misses = { scanned: 0, judged: 0, decided: 0, decidedNear: 0, resolved: 0, lookedUp: 0, listed: 0 };

  constructor(private readonly services: AnalysisServices) {
    this.recognizer = recognizerOf(services.kb);
  }

  analyze(source: TranscriptDocument, options: AnalysisOptions = {}): AnalysisResult {
    const { kb, lexicon, rules } = this.services;
    this.generation++;
    // This runs on every edit of a long document: what the edit left alone is taken over, not looked up.
    const chunks = source.chunks;
    const state = this.stateOf(source.uri);
    // The layout is a fact of the document: a chunk's findings read the wraps inside it, so they are cached on them too.
    const { layouts, keys } = this.layOut(state, source, chunks);
    // The chunks an edit left alone keep their scans without a lookup (a scan reads only its chunk's key).
    const sinceLast = alignChunks(state.keys, keys);
    // Marked as used when the caches are trimmed (markUsed).
    const scans = spliced(state.scans, sinceLast, (i) => this.scan(chunks[i] as Chunk, layouts[i] as ChunkLayout, keys[i] as string));
    const lastScans = state.scans;
    const lastKeys = state.keys;
    const lastNames = state.names;
    // What the edit left of the text, when this version was revised from the one analysed last.
    const edit = source.revisedFrom?.serial === state.serial ? source.revisedFrom : undefined;
    state.chunks = chunks;
    state.keys = keys;
    state.scans = scans;
    state.serial = source.serial;
    // Mentions stay in chunk offsets: counted on every edit, placed in the document only when asked for.
    const names = spliced(state.names, sinceLast, (i) => (scans[i] as ChunkScan).names);
    const wordLists = spliced(state.words, sinceLast, (i) => (scans[i] as ChunkScan).words);
    state.names = names;
    state.words = wordLists;
    const lastSelection = state.selection;
    const selection = this.recognizer.selectPerChunk(names, lastSelection, lastSelection?.names === lastNames ? sinceLast : undefined);
    // The chunks at both ends whose mentions are the very lists of the last selection (its mentions were copied over).
    const mentionEnds: MentionEnds =
      lastSelection && selection.keptEnds ? { of: lastSelection.mentions, ...selection.keptEnds } : { of: NO_MENTION_LISTS, prefix: 0, suffix: 0 };
    state.selection = selection;
    const chunkMentions = selection.mentions;
    const indexed = indexChunkMentions(
      chunks.map((chunk) => chunk.start),
      chunkMentions,
      state.mentions,
    );
    state.mentions = indexed;
    const currencies = this.currencyUsage(state, scans);
    state.counts.update(wordLists);
    const words = state.counts;
    // Messages are written in the language of the moment: cached ones in another are not reused.
    const disabled = `${[...(options.disabled ?? [])].sort().join(',')}\u0000${messagesGeneration()}`;
    const enabled = (detector: { readonly code: string }): boolean => !options.disabled?.has(detector.code);

    // Names first: a misspelt name ("Open AI") is still evidence of what the story is about for the other checks.
    const nameKey = `names\u0000${disabled}`;
    const nameContext = buildContext({ kb, lexicon, rules, mentions: indexed, currencies, words, last: state.stages.get(nameKey)?.context });
    const nameStage = { key: nameKey, context: nameContext, detectors: NAME_DETECTORS.filter(enabled) };
    // A Latin spelling used consistently through the document is a name of its own (see isWrittenConsistently):
    // a fact of the whole document, so decided here over the chunks' findings, never inside a chunk.
    // Once per spelling: a name written many times is a finding many times, and a long one is looked for in the whole text.
    const consistent = new Map<string, boolean>();
    const writtenConsistently = (word: string): boolean => {
      let answer = consistent.get(word);
      if (answer === undefined) {
        answer = isWrittenConsistently(word, words, () => source.text);
        consistent.set(word, answer);
      }
      return answer;
    };
    // Likewise how often the document writes a katakana spelling and the known one it would be fixed to (judgedByTheDocument).
    const uses = new Map<string, SpellingUses>();
    const usesOf = (spelling: string, apartFrom?: string): SpellingUses => {
      const key = `${spelling}\u0000${apartFrom ?? ''}`;
      let found = uses.get(key);
      if (found === undefined) {
        found = apartFrom === undefined ? occurrences(source.text, spelling) : occurrencesApartFrom(source.text, spelling, apartFrom);
        uses.set(key, found);
      }
      return found;
    };
    const nameFindings = this.judgeAll(chunks, layouts, keys, chunkMentions, mentionEnds, nameStage, state, [])
      .filter((finding) => finding.code !== garbledLatinName.code || !writtenConsistently(source.slice(finding.range)))
      .map((finding) => (finding.code === garbledKatakanaName.code ? judgedByTheDocument(finding, source.slice(finding.range), usesOf) : finding));
    const misspelt = nameFindings.flatMap((f) => (f.entityId ? [f.entityId] : []));
    const dictionaryRules = options.dictionary?.rules ?? [];
    const chunkKey = `document\u0000${disabled}`;
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
      words,
      last: state.stages.get(chunkKey)?.context,
    });
    const chunkStage = { key: chunkKey, context, detectors: CHUNK_DETECTORS.filter(enabled) };
    // In the order name, chunk, whole-document findings: the sort below keeps it among equals.
    const findings = this.judgeAll(chunks, layouts, keys, chunkMentions, mentionEnds, chunkStage, state, [...nameFindings]);
    // These read the document's facts only, not its text (the document is built lazily and never read whole).
    const whole = new AnalyzedDocument(source, this.services.tokenizer, byDocumentLine(source, chunks, layouts));
    for (const detector of WHOLE_DOCUMENT_DETECTORS) if (enabled(detector)) for (const finding of runDetector(detector, whole, context)) findings.push(finding);
    SEQUENCE_DETECTORS.forEach((detector, d) => {
      if (enabled(detector)) {
        const sequence = state.sequences[d] as SequenceState;
        // Aligned as the scans were, unless the detector skipped an analysis since.
        const sameLast = sequence.keys === lastKeys && sequence.scans === lastScans;
        const aligned = sameLast ? sinceLast : alignChunks(sequence.keys, keys);
        this.placeSequence(detector, d, sequence, aligned, sameLast ? edit : undefined, source, chunks, keys, scans, context, findings);
      }
    });
    // Subtitle files: the checks of cue timing and layout (cheap, and reading the whole file: not cached per chunk).
    for (const finding of subtitleFindings(source, this.services.tokenizer, context, options.subtitles, (code) => !options.disabled?.has(code)))
      findings.push(finding);
    // Hints about a name whose facts the document states deserve more than a hint (corroboration.ts).
    const evidence = {
      contains: (word: string) => words.count(listedKey(word)) > 0,
      hasKatakanaRun: (run: string) => words.count(katakanaKey(run)) > 0,
      named: context.mentionCount,
    };
    const corroborated = corroborate(findings, evidence, kb, this.services.tokenizer);
    const ignored = options.ignored;
    const unignored = ignored && ignored.size > 0 ? corroborated.filter((finding) => !ignored.has(findingText(source, finding))) : corroborated;
    const reported = oneFindingPerName(oneFindingPerNumber(withoutGlossaryDuplicates(unignored)));
    reported.sort((a, b) => a.range.start - b.range.start || b.confidence - a.confidence);
    this.trimCaches(state);
    const own = combineStutteredNames(reported, (finding) => source.slice(finding.range));
    const checked = options.source ? this.checkSource(source, options.source, indexed.all(), own, disabled, options) : undefined;
    return {
      get mentions() {
        return indexed.all();
      },
      findings: checked ? mergeSourceFindings(own, checked.findings, checked.confirmed, checked.shortened, checked.rendered) : own,
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

  private stateOf(uri: string): DocumentState {
    let state = this.documents.get(uri);
    if (state) {
      // Most recently used last, so that the first is the one to let go.
      this.documents.delete(uri);
    } else {
      state = {
        counts: new DocumentWords(),
        sequences: SEQUENCE_DETECTORS.map(() => ({
          chunks: [],
          sourceChunks: [],
          keys: [],
          scans: [],
          resolved: new Uint8Array(0),
          itemStarts: new Int32Array(1),
        })),
        stages: new Map(),
        chunks: [],
        keys: [],
        scans: [],
        names: [],
        words: [],
        serial: 0,
      };
      if (this.documents.size >= DOCUMENT_LIMIT) this.documents.delete(this.documents.keys().next().value as string);
    }
    this.documents.set(uri, state);
    return state;
  }

  /**
   * One sequence detector's findings: its items per chunk (scanned with the chunk, finished with the text
   * around it near its ends), its decision made again only when their content or a fact it read changed,
   * and each finding placed on its item.
   */
  private placeSequence(
    detector: SequenceDetector<unknown>,
    d: number,
    state: SequenceState,
    aligned: ChunkAlignment,
    edit: RevisedFrom | undefined,
    source: TranscriptDocument,
    chunks: readonly Chunk[],
    keys: readonly string[],
    scans: readonly ChunkScan[],
    context: DetectorContext,
    findings: Finding[],
  ): void {
    const before = state.chunks;
    const count = scans.length;
    const reach = detector.reach ?? 0;
    const length = source.text.length;
    // Whether the text within reach of a chunk is that around chunk j of the last version: it lies where the edit left the text alone.
    const sameSurroundings = (chunk: Chunk, j: number): boolean => {
      if (!edit) return false;
      const lastStart = (state.sourceChunks[j] as Chunk).start;
      if (chunk.end + reach <= edit.unchanged.prefix) return lastStart === chunk.start;
      return chunk.start - reach >= length - edit.unchanged.suffix && lastStart === chunk.start - (length - edit.length);
    };
    const { prefix, suffix, lastCount } = aligned;
    const spliceable = edit !== undefined && state.scans.length === lastCount && before.length === lastCount;
    // An edit that keeps the number of chunks mostly keeps every chunk's items too (most chunks have none for most
    // detectors): the last version's lists are then taken over whole, and copied only when an entry differs.
    let shared = spliceable && count === lastCount;
    let lists = shared ? (before as (readonly unknown[])[]) : new Array<readonly unknown[]>(count);
    let resolved = shared ? state.resolved : new Uint8Array(count);
    const put = (i: number, items: readonly unknown[], finished: number): void => {
      if (shared && lists[i] === items && resolved[i] === finished) return;
      if (shared) {
        lists = lists.slice();
        resolved = resolved.slice();
        shared = false;
      }
      lists[i] = items;
      resolved[i] = finished;
    };
    // The first and last chunk (plus one) whose items are not the very list chunk j of the last version had.
    let changedFrom = count;
    let changedTo = 0;
    const list = (i: number, j: number): void => {
      const scan = scans[i] as ChunkScan;
      // A chunk the edit left alone keeps its items, unless they were finished with text around it that may have changed.
      if (j >= 0 && state.scans[j] === scan && (state.resolved[j] === 0 || sameSurroundings(chunks[i] as Chunk, j))) {
        put(i, before[j] as readonly unknown[], state.resolved[j] as number);
        return;
      }
      const items = this.itemsOf(detector, d, scan, chunks[i] as Chunk, source.text);
      put(i, items, items !== scan.items[d] ? 1 : 0);
      this.misses.listed++;
      if (j >= 0 && items === before[j]) return;
      changedFrom = Math.min(changedFrom, i);
      changedTo = Math.max(changedTo, i + 1);
    };
    if (spliceable) {
      // Only the chunks near the edit can have changed: the others' lists are copied over as they stand.
      if (!shared) {
        for (let i = 0; i < prefix; i++) lists[i] = before[i] as readonly unknown[];
        for (let i = count - suffix; i < count; i++) lists[i] = before[i - count + lastCount] as readonly unknown[];
        resolved.set(state.resolved.subarray(0, prefix));
        resolved.set(state.resolved.subarray(lastCount - suffix), count - suffix);
      }
      for (let i = prefix; i < count - suffix; i++) list(i, -1);
      // Chunks before the edit are taken over as the same objects, in order: from the first such one that ends
      // out of reach of the edit, every chunk before it is too.
      for (let i = prefix - 1; i >= 0; i--) {
        const chunk = chunks[i] as Chunk;
        if (chunk === state.sourceChunks[i] && chunk.end + reach <= edit.unchanged.prefix) break;
        list(i, i);
      }
      // Chunks after the edit are the last version's moved: from the first that starts out of reach of it, so is every one after.
      for (let i = count - suffix; i < count; i++) {
        const j = i - count + lastCount;
        if (sameSurroundings(chunks[i] as Chunk, j) && (chunks[i] as Chunk).start - reach >= length - edit.unchanged.suffix) break;
        list(i, j);
      }
    } else {
      for (let i = 0; i < count; i++) list(i, earlierIndex(aligned, i));
    }
    if (count !== lastCount) {
      changedFrom = Math.min(changedFrom, prefix);
      changedTo = Math.max(changedTo, count - suffix);
    }
    // The very lists of the last version have the same starts.
    const itemStarts =
      lists === before && count === lastCount
        ? state.itemStarts
        : spliceable
          ? splicedStarts(state.itemStarts, lists, aligned, changedFrom, changedTo)
          : startsOf(lists);
    const unchangedEnds = changedFrom >= changedTo && count === lastCount ? { prefix: count, suffix: 0 } : { prefix: changedFrom, suffix: count - changedTo };
    const lastStarts = state.itemStarts;
    state.chunks = lists;
    state.sourceChunks = chunks;
    state.keys = keys;
    state.scans = scans;
    state.resolved = resolved;
    state.itemStarts = itemStarts;
    if (detector.tally) this.updateTally(detector, state, lists);
    const facts = { context, chunkMentions: NO_MENTIONS };
    let decided = state.decided;
    const inLanguage = decided !== undefined && decided.language === messagesGeneration();
    const sameItems = inLanguage && sameContent(detector, before, lists, unchangedEnds);
    const holding = inLanguage && (decided?.factsRead.holdIn(facts) ?? false);
    // A local detector's decision over items some of which changed, under the same facts: made again near them only.
    const near =
      decided && holding && !sameItems && detector.locality && !detector.tally
        ? this.decideNear(detector, decided, lists, unchangedEnds, itemStarts, lastStarts, lastCount, facts)
        : undefined;
    if (near) {
      decided = near;
      state.decided = near;
    } else if (!decided || !sameItems || !holding) {
      const recording = recordingContext(facts);
      let verdicts: ReadonlyMap<number, readonly Finding[]>;
      try {
        verdicts = detector.tally ? tallyVerdicts(state.tally, itemStarts) : detector.decide(lists, recording.context, this.services.tokenizer);
      } catch (error) {
        state.tally = undefined;
        console.error(`transcript-lens: detector ${detector.code} failed on ${source.uri}: ${(error as Error).stack ?? String(error)}`);
        verdicts = new Map();
      }
      decided = {
        verdicts,
        ordinals: [...verdicts.keys()].sort((a, b) => a - b),
        factsRead: new FactsRead(recording.reads(), facts),
        language: messagesGeneration(),
      };
      state.decided = decided;
      this.misses.decided++;
    }
    const { verdicts, ordinals } = decided;
    // Each verdict's chunk found by its ordinal among the chunks' first items, not by walking every chunk.
    let i = 0;
    for (const ordinal of ordinals) {
      if (ordinal < 0 || ordinal >= (itemStarts[count] as number)) continue;
      i = lastAtOrBelow(itemStarts, ordinal, i, count);
      const item = (lists[i] as readonly unknown[])[ordinal - (itemStarts[i] as number)] as object;
      for (const finding of this.placedOn(item, detector.itemRange(item), (chunks[i] as Chunk).start, verdicts.get(ordinal) ?? [])) findings.push(finding);
    }
  }

  /**
   * A local detector's decision after an edit (nearDecision.ts): the verdicts of the items within reach of the
   * changed chunks made again over the chunks they read, the others taken over; undefined when that decision fails.
   */
  private decideNear(
    detector: SequenceDetector<unknown>,
    last: Decision,
    lists: readonly (readonly unknown[])[],
    unchanged: { readonly prefix: number; readonly suffix: number },
    starts: Int32Array,
    lastStarts: Int32Array,
    lastCount: number,
    facts: { readonly context: DetectorContext; readonly chunkMentions: readonly EntityMention[] },
  ): Decision | undefined {
    const locality = detector.locality as Locality;
    const range = nearRange(lists, unchanged.prefix, lists.length - unchanged.suffix, locality);
    const recording = recordingContext(facts);
    let near: ReadonlyMap<number, readonly Finding[]>;
    try {
      near = detector.decide(lists.slice(range.readFrom, range.readTo), recording.context, this.services.tokenizer);
    } catch {
      // The whole decision is made instead (and says what failed).
      return undefined;
    }
    const verdicts = mergedVerdicts(last.verdicts, near, range, starts, lastStarts, lastCount);
    this.misses.decidedNear++;
    return {
      verdicts,
      ordinals: [...verdicts.keys()].sort((a, b) => a - b),
      // Every verdict kept holds under the last decision's facts, the new ones under the facts they read.
      factsRead: new FactsRead(unitedReads(last.factsRead.reads, recording.reads()), facts),
      language: last.language,
    };
  }

  /**
   * A tallying detector's tally brought to this version's lists: the chunks whose lists are not the very lists
   * it holds at both ends are taken out and the new ones put in (every chunk afresh for a new tally or when
   * the language of the messages changed). Kept in step on every analysis, whether the decision is made again or not.
   */
  private updateTally(detector: SequenceDetector<unknown>, state: SequenceState, lists: readonly (readonly unknown[])[]): void {
    const count = lists.length;
    const held = state.tally;
    try {
      if (!held || held.language !== messagesGeneration()) {
        const tally = (detector.tally as (services: TallyServices) => SequenceTally<unknown>)(this.services);
        const ids = new Int32Array(count);
        for (let i = 0; i < count; i++) {
          ids[i] = i;
          const items = lists[i] as readonly unknown[];
          if (items.length > 0) tally.add(i, items);
        }
        state.tally = { tally, lists, ids, free: [], next: count, language: messagesGeneration() };
        return;
      }
      const { prefix, suffix } = sharedEnds(held.lists, lists);
      const lastCount = held.lists.length;
      if (prefix + suffix === count && count === lastCount) {
        held.lists = lists;
        return;
      }
      const last = held.ids;
      const ids = new Int32Array(count);
      ids.set(last.subarray(0, prefix));
      for (let j = prefix; j < lastCount - suffix; j++) {
        held.tally.remove(last[j] as number);
        held.free.push(last[j] as number);
      }
      for (let i = prefix; i < count - suffix; i++) {
        const id = held.free.pop() ?? held.next++;
        ids[i] = id;
        const items = lists[i] as readonly unknown[];
        if (items.length > 0) held.tally.add(id, items);
      }
      ids.set(last.subarray(lastCount - suffix), count - suffix);
      held.ids = ids;
      held.lists = lists;
    } catch (error) {
      // Made afresh on the next analysis.
      state.tally = undefined;
      console.error(`transcript-lens: detector ${detector.code} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }

  /** A chunk's items for one sequence detector; those near its ends finished with the document's text around it. */
  private itemsOf(detector: SequenceDetector<unknown>, d: number, scan: ChunkScan, chunk: Chunk, text: string): readonly unknown[] {
    const items = scan.items[d] as readonly unknown[];
    const reach = detector.reach;
    if (reach === undefined || !detector.resolve || items.length === 0) return items;
    const length = chunk.end - chunk.start;
    const nearEnds = (item: unknown): boolean => {
      const range = detector.itemRange(item);
      return range.start < reach || range.end + reach > length;
    };
    if (!items.some(nearEnds)) return items;
    // The text around the chunk as last seen is compared in place: most edits leave it as it was.
    const from = Math.max(0, chunk.start - reach);
    const to = Math.min(text.length, chunk.end + reach);
    const seen = (scan.resolved[d] ??= []);
    let resolved = seen.find(
      (entry) =>
        entry.before.length === chunk.start - from &&
        entry.after.length === to - chunk.end &&
        text.startsWith(entry.before, from) &&
        text.startsWith(entry.after, chunk.end),
    )?.items;
    if (!resolved) {
      // Copies, not slices: a slice of the document would keep this version of it alive in the cache.
      const surroundings = { text: detached(text.slice(from, to)), offset: chunk.start - from };
      resolved = items.flatMap((item) => {
        if (!nearEnds(item)) return [item];
        const finished = detector.resolve?.(item, surroundings);
        return finished === undefined ? [] : [finished];
      });
      // A chunk written in several places keeps the surroundings of a few.
      if (seen.length >= 4) seen.shift();
      seen.push({ before: detached(text.slice(from, chunk.start)), after: detached(text.slice(chunk.end, to)), items: resolved });
      this.misses.resolved++;
    }
    return resolved;
  }

  /** The findings of an item placed where it stands, reused while the item, its place and its verdicts are the same. */
  private placedOn(item: object, range: OffsetRange, at: number, verdicts: readonly Finding[]): readonly Finding[] {
    const known = this.placedItems.get(item);
    if (known && known.at === at && known.verdicts === verdicts) return known.placed;
    const placed = verdicts.map((finding) => placeFinding(finding, shift(range, at)));
    this.placedItems.set(item, { at, verdicts, placed });
    return placed;
  }

  /**
   * The findings of one stage over every chunk. While the document's facts are those of the last version,
   * the chunks before and after the edited ones keep their judgements (same key, same mentions) without a
   * lookup, copied over as they stand; the others, and those whose judgement read where mentions stand, come
   * from the cache or are judged afresh. Only the chunks with findings are visited to place them.
   */
  private judgeAll(
    chunks: readonly Chunk[],
    layouts: readonly ChunkLayout[],
    keys: readonly string[],
    chunkMentions: readonly (readonly EntityMention[])[],
    mentionEnds: MentionEnds,
    { key: stageKey, context, detectors }: { readonly key: string; readonly context: DetectorContext; readonly detectors: readonly Detector[] },
    state: DocumentState,
    findings: Finding[],
  ): Finding[] {
    const stage = { cache: this.cacheFor(stageKey), context, detectors };
    const factsId = documentFactsId(context);
    const last = state.stages.get(stageKey);
    const count = chunks.length;
    const judgeAt = (i: number): ChunkJudgement => {
      const judgement = this.judge(stage, chunks[i] as Chunk, layouts[i] as ChunkLayout, keys[i] as string, chunkMentions[i] ?? NO_MENTIONS);
      judgement.used = this.generation;
      return judgement;
    };
    let judgements: ChunkJudgement[];
    let positional: number[];
    let withFindings: number[];
    let readers: FactReaders<ChunkJudgement> | undefined;
    // Which chunk of the last version a chunk was, for taking its placed findings over (none: -1).
    let earlier = (_i: number): number => -1;
    if (last && last.cache === stage.cache) {
      // The same chunk in the last version, if the edit left it alone, keeps its judgement (same key, same mentions)
      // unless it read a fact of the document the edit changed.
      // Marked as used when the caches are trimmed (markUsed): touching each judgement here would cost more than the rest.
      const { prefix, suffix, lastCount } = alignChunks(last.keys, keys);
      const shift = count - lastCount;
      earlier = (i) => (i < prefix ? i : i >= count - suffix ? i - shift : -1);
      readers = last.readers;
      let changed: ReadonlySet<ChunkJudgement> | undefined;
      if (last.factsId !== factsId) {
        // Indexed on the first edit that changes a fact (most documents are analysed once): every judgement held under the last facts.
        readers ??= readersOf(last.judgements);
        changed = readers.readersOfChanged(context);
      }
      if (readers) for (let j = prefix; j < lastCount - suffix; j++) readers.remove(last.judgements[j] as ChunkJudgement);
      judgements = splicedList(last.judgements, { prefix, suffix }, count, judgeAt);
      positional = movedIndices(last.positional, prefix, lastCount - suffix, shift);
      withFindings = movedIndices(last.withFindings, prefix, lastCount - suffix, shift);
      const judgedAgain: number[] = [];
      for (let i = prefix; i < count - suffix; i++) {
        judgedAgain.push(i);
        readers?.add(judgements[i] as ChunkJudgement);
      }
      if (changed && changed.size > 0) {
        for (let i = 0; i < prefix; i++) if (changed.has(judgements[i] as ChunkJudgement)) judgedAgain.push(i);
        for (let i = count - suffix; i < count; i++) if (changed.has(judgements[i] as ChunkJudgement)) judgedAgain.push(i);
      }
      // Kept chunks whose mentions may not be the same list: compared one by one (those at the ends the selection kept are).
      const known = last.mentions === mentionEnds.of ? mentionEnds : { prefix: 0, suffix: 0 };
      const lastMentions = last.mentions;
      const again = (i: number, j: number): void => {
        if (lastMentions[j] !== chunkMentions[i]) judgedAgain.push(i);
      };
      for (let i = Math.min(known.prefix, prefix); i < prefix; i++) again(i, i);
      for (let i = count - suffix; i < count - Math.min(known.suffix, suffix); i++) again(i, i - shift);
      // A judgement that read positions is checked on every edit.
      for (const i of positional) judgedAgain.push(i);
      for (const i of judgedAgain) {
        const held = judgements[i] as ChunkJudgement;
        const judgement = i >= prefix && i < count - suffix ? held : judgeAt(i);
        if (readers && judgement !== held) {
          readers.remove(held);
          readers.add(judgement);
        }
        judgements[i] = judgement;
        setIndex(positional, i, judgement.factsRead.positional);
        setIndex(withFindings, i, judgement.findings.length > 0);
      }
    } else {
      judgements = new Array<ChunkJudgement>(count);
      positional = [];
      withFindings = [];
      for (let i = 0; i < count; i++) {
        const judgement = judgeAt(i);
        judgements[i] = judgement;
        if (judgement.factsRead.positional) positional.push(i);
        if (judgement.findings.length > 0) withFindings.push(i);
      }
    }
    const placed = placedRuns(
      withFindings,
      { findingsOf: (i) => (judgements[i] as ChunkJudgement).findings, startOf: (i) => (chunks[i] as Chunk).start, earlierIndex: earlier },
      last?.placed,
    );
    for (const finding of placed.findings) findings.push(finding);
    state.stages.set(stageKey, { cache: stage.cache, context, factsId, keys, mentions: chunkMentions, judgements, positional, withFindings, readers, placed });
    return findings;
  }

  /**
   * The layout of a version's chunks and their cache keys. After an edit, the chunks at both ends that kept
   * their text and their separation from the chunk before keep their break facts, and the regions the edit
   * did not touch their layouts and keys (relaidOut); the rest is laid out again.
   */
  private layOut(state: DocumentState, source: TranscriptDocument, chunks: readonly Chunk[]): { layouts: readonly ChunkLayout[]; keys: readonly string[] } {
    // Counted in place, chunk by chunk: cheap next to what it saves.
    const separated = separatedChunks(source.text, chunks);
    const last = state.layout;
    if (!last) {
      const layout = laidOut(
        chunks.map((chunk) => this.breakFacts(chunk)),
        separated,
      );
      state.layout = layout;
      return { layouts: layout.layouts, keys: chunks.map((chunk, i) => this.cacheKey(chunk, layout.layouts[i] as ChunkLayout)) };
    }
    const lastChunks = state.chunks;
    const count = chunks.length;
    const lastCount = lastChunks.length;
    const same = (i: number, j: number): boolean => (chunks[i] as Chunk).text === (lastChunks[j] as Chunk).text && separated[i] === last.separated[j];
    const limit = Math.min(count, lastCount);
    let prefix = 0;
    while (prefix < limit && same(prefix, prefix)) prefix++;
    let suffix = 0;
    while (suffix < limit - prefix && same(count - 1 - suffix, lastCount - 1 - suffix)) suffix++;
    const middle: (readonly BreakFacts[])[] = [];
    for (let i = prefix; i < count - suffix; i++) middle.push(this.breakFacts(chunks[i] as Chunk));
    const layout = relaidOut(last, prefix, suffix, middle, separated);
    state.layout = layout;
    const lastKeys = state.keys;
    const keys = lastKeys.slice(0, layout.from);
    for (let i = layout.from; i < layout.to; i++) keys.push(this.cacheKey(chunks[i] as Chunk, layout.layouts[i] as ChunkLayout));
    for (let i = layout.to; i < count; i++) keys.push(lastKeys[i - count + lastCount] as string);
    return { layouts: layout.layouts, keys };
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

  /**
   * A chunk's cache key: its text, and which of its line breaks the document's layout takes for wraps (most
   * chunks have none). The same string as last time while neither changed: its hash is then not computed again.
   */
  private cacheKey(chunk: Chunk, layout: ChunkLayout): string {
    if (!layout.wraps) return chunk.text;
    let entry = this.layoutKeys.get(chunk.text);
    if (entry?.layout !== layout.key) {
      entry = { layout: layout.key, key: `${chunk.text}\u0000${layout.key}`, used: 0 };
      this.layoutKeys.set(chunk.text, entry);
    }
    entry.used = this.generation;
    return entry.key;
  }

  private scan(chunk: Chunk, layout: ChunkLayout, key: string): ChunkScan {
    let scan = this.scans.get(key);
    if (!scan) {
      // The chunk's derived views are not kept: tokens are cached by line in the tokenizer, the rest is cheap to rebuild.
      const doc = this.chunkDocument(chunk, layout);
      const { kb, lexicon, rules, tokenizer } = this.services;
      scan = {
        names: this.recognizer.scan(doc),
        currencies: currencyUsage(doc.flow.text, kb.currencies),
        words: chunkWords(chunk.text, vocabularyOf(kb, rules, tokenizer)),
        items: SEQUENCE_DETECTORS.map((detector) => scanSafely(detector, doc, { kb, lexicon, rules })),
        resolved: [],
        used: 0,
      };
      this.misses.scanned++;
      this.scans.set(key, scan);
    }
    scan.used = this.generation;
    return scan;
  }

  private chunkDocument(chunk: Chunk, layout: ChunkLayout): AnalyzedDocument {
    return new AnalyzedDocument(new TranscriptDocument(chunk.text), this.services.tokenizer, layout);
  }

  /**
   * How often the document names each currency, in order of first use. After an edit, the counts of the
   * chunks it replaced are taken off and those of the new ones added, while each currency of those chunks
   * was named before them (the order then stands; else everything is counted again).
   */
  private currencyUsage(state: DocumentState, scans: readonly ChunkScan[]): ReadonlyMap<string, number> {
    const last = state.currencies;
    if (last) {
      const { prefix, suffix } = sharedEnds(last.scans, scans);
      const shift = scans.length - last.scans.length;
      let total: Map<string, number> | undefined;
      let ordered = true;
      const apply = (scan: ChunkScan, sign: number): void => {
        if (scan.currencies.size === 0) return;
        total ??= new Map(last.total);
        for (const [code, n] of scan.currencies) {
          if ((last.first.get(code) ?? prefix) >= prefix) ordered = false;
          total.set(code, (total.get(code) ?? 0) + sign * n);
        }
      };
      for (let j = prefix; j < last.scans.length - suffix; j++) apply(last.scans[j] as ChunkScan, -1);
      for (let i = prefix; i < scans.length - suffix; i++) apply(scans[i] as ChunkScan, 1);
      if (ordered) {
        const kept = total ?? last.total;
        const first = shift === 0 ? last.first : new Map([...last.first].map(([code, at]) => [code, at < prefix ? at : at + shift]));
        state.currencies = { scans, total: kept, first };
        return kept;
      }
    }
    const total = new Map<string, number>();
    const first = new Map<string, number>();
    scans.forEach(({ currencies }, i) => {
      for (const [code, n] of currencies) {
        if (!first.has(code)) first.set(code, i);
        total.set(code, (total.get(code) ?? 0) + n);
      }
    });
    state.currencies = { scans, total, first };
    return total;
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

  private judge(stage: Stage, chunk: Chunk, layout: ChunkLayout, key: string, chunkMentions: readonly EntityMention[]): ChunkJudgement {
    const { cache, context, detectors } = stage;
    const facts = { context, chunkMentions };
    this.misses.lookedUp++;
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
    return judgement;
  }

  /**
   * Over the limit, drop the entries the analysis just made did not use (chunks edited away, other
   * documents): never the current document's, whose loss would cost a full re-analysis on the next edit.
   */
  private trimCaches(state: DocumentState): void {
    const current = this.generation;
    const over = this.scans.size > CACHE_LIMIT || this.judgedCount > CACHE_LIMIT;
    if (over) markUsed(state, current);
    const stale = (entry: { used: number }): boolean => entry.used !== current;
    if (this.scans.size > CACHE_LIMIT) deleteWhere(this.scans, stale);
    if (this.breaks.size > CACHE_LIMIT) deleteWhere(this.breaks, stale);
    if (this.layoutKeys.size > CACHE_LIMIT) deleteWhere(this.layoutKeys, stale);
    if (this.judgedCount > CACHE_LIMIT) {
      this.judgedCount = 0;
      for (const byText of this.judged.values()) {
        deleteWhere(byText, stale);
        this.judgedCount += byText.size;
      }
    }
  }
}

/** Two lists of facts read, each fact once. */
function unitedReads(a: readonly FactRead[], b: readonly FactRead[]): FactRead[] {
  const seen = new Set(a.map(([kind, about]) => `${kind}\u0000${about}`));
  return [...a, ...b.filter(([kind, about]) => !seen.has(`${kind}\u0000${about}`))];
}

/** The readers of each fact among judgements that all hold under the same facts. */
function readersOf(judgements: readonly ChunkJudgement[]): FactReaders<ChunkJudgement> {
  const readers = new FactReaders<ChunkJudgement>();
  for (const judgement of judgements) readers.add(judgement);
  return readers;
}

/** Marks what the document's analysis took over from its last version without a lookup as used by it. */
function markUsed(state: DocumentState, generation: number): void {
  for (const scan of state.scans) scan.used = generation;
  for (const memory of state.stages.values()) for (const judgement of memory.judgements) judgement.used = generation;
}

/**
 * Ascending chunk indices of the last version moved to this one's: those before `from` kept, those from `to`
 * on moved by `shift`, those between (chunks the edit replaced) left out.
 */
function movedIndices(indices: readonly number[], from: number, to: number, shift: number): number[] {
  const kept = indices.slice(0, firstAtOrAbove(indices, from));
  for (let k = firstAtOrAbove(indices, to); k < indices.length; k++) kept.push((indices[k] as number) + shift);
  return kept;
}

/** Puts `index` into ascending `indices` or takes it out, as `present` says. */
function setIndex(indices: number[], index: number, present: boolean): void {
  const at = firstAtOrAbove(indices, index);
  const there = indices[at] === index;
  if (present && !there) indices.splice(at, 0, index);
  else if (!present && there) indices.splice(at, 1);
}

/** The first position in ascending `values` whose value is `bound` or more. */
function firstAtOrAbove(values: readonly number[], bound: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] as number) < bound) low = mid + 1;
    else high = mid;
  }
  return low;
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

/** A string of its own rather than a slice of a longer one (see detachedSlice in document.ts). */
/** How many times a text contains a word, and where first. */
function occurrences(text: string, word: string): SpellingUses {
  const first = word === '' ? -1 : text.indexOf(word);
  let count = 0;
  for (let at = first; at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return { count, first };
}

/**
 * How many times a text writes a katakana word other than as a piece of another spelling of the name (ヒューメ
 * inside ヒューメイン: the katakana run around it contains `other`), and where first.
 */
function occurrencesApartFrom(text: string, word: string, other: string): SpellingUses {
  const katakana = /[\u30A1-\u30FA\u30FC・･]/;
  let count = 0;
  let first = -1;
  for (let at = word === '' ? -1 : text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    let start = at;
    let end = at + word.length;
    while (start > 0 && katakana.test(text[start - 1] ?? '')) start--;
    while (end < text.length && katakana.test(text[end] ?? '')) end++;
    if (text.slice(start, end).includes(other)) continue;
    count++;
    if (first < 0) first = at;
  }
  return { count, first };
}

function detached(text: string): string {
  return `${text} `.slice(0, -1);
}

function scanSafely(detector: SequenceDetector<unknown>, doc: AnalyzedDocument, services: ScanServices): readonly unknown[] {
  try {
    const items = detector.scan(doc, services);
    // Most chunks have nothing for most detectors: one shared empty list each.
    return items.length === 0 ? NO_ITEMS : items;
  } catch (error) {
    // One faulty detector must not take the others' findings down with it.
    console.error(`transcript-lens: detector ${detector.code} failed on a chunk: ${(error as Error).stack ?? String(error)}`);
    return NO_ITEMS;
  }
}

/**
 * Whether two versions' items, chunk by chunk, have the same content in the same order. `ends`: how many
 * chunks at the start and at the end of both are known to be the very same lists.
 */
function sameContent(
  detector: SequenceDetector<unknown>,
  before: readonly (readonly unknown[])[],
  after: readonly (readonly unknown[])[],
  ends: { readonly prefix: number; readonly suffix: number },
): boolean {
  const { prefix, suffix } = ends;
  if (prefix + suffix >= after.length && after.length === before.length) return true;
  // A decision that reads which items share a chunk, or how many chunks lie between them, changes with the
  // chunks' bounds even when no item does (SequenceDetector.chunkBounds).
  const bounds = detector.chunkBounds;
  const keys = (lists: readonly (readonly unknown[])[]): string => {
    let key = '';
    for (let i = prefix; i < lists.length - suffix; i++) {
      const items = lists[i] as readonly unknown[];
      for (const item of items) key += `${detector.itemKey(item)}\u0002`;
      if (bounds === 'distance' || (bounds === 'grouping' && items.length > 0)) key += '\u0003';
    }
    return key;
  };
  return keys(before) === keys(after);
}

/** A tally's verdicts by ordinal (in document order), its chunk ids turned into their chunks' places. */
function tallyVerdicts(held: TallyState | undefined, itemStarts: Int32Array): ReadonlyMap<number, readonly Finding[]> {
  const verdicts = new Map<number, readonly Finding[]>();
  if (!held) return verdicts;
  const { ids } = held;
  const indexOf = new Int32Array(held.next);
  ids.forEach((id, i) => (indexOf[id] = i));
  const order = { count: ids.length, idAt: (index: number) => ids[index] as number, indexOf: (chunk: number) => indexOf[chunk] as number };
  const found = held.tally.verdicts(order);
  const byOrdinal = found.map(({ chunk, index, findings }) => [(itemStarts[indexOf[chunk] as number] as number) + index, findings] as const);
  for (const [ordinal, findings] of byOrdinal.sort((a, b) => a[0] - b[0])) verdicts.set(ordinal, findings);
  return verdicts;
}

/** The ordinal of each list's first item, and their total. */
function startsOf(lists: readonly (readonly unknown[])[]): Int32Array {
  const starts = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) starts[i + 1] = (starts[i] as number) + (lists[i] as readonly unknown[]).length;
  return starts;
}

/**
 * startsOf after an edit: the last version's for the chunks before `from`, counted again from there to `to`,
 * and moved by the change in the number of items after it (the lists after `to` are the last version's).
 */
function splicedStarts(last: Int32Array, lists: readonly (readonly unknown[])[], { count, lastCount }: ChunkAlignment, from: number, to: number): Int32Array {
  const starts = new Int32Array(count + 1);
  const first = Math.min(from, count);
  starts.set(last.subarray(0, first + 1));
  const until = Math.max(first, to);
  for (let i = first; i < until; i++) starts[i + 1] = (starts[i] as number) + (lists[i] as readonly unknown[]).length;
  // Chunk `until` is chunk `until - count + lastCount` of the last version.
  const shift = (starts[until] as number) - (last[until - count + lastCount] as number);
  for (let i = until + 1; i <= count; i++) starts[i] = (last[i - count + lastCount] as number) + shift;
  return starts;
}

/** The last index in [from, to) whose start is at or below `ordinal` (starts ascending, starts[from] <= ordinal). */
function lastAtOrBelow(starts: Int32Array, ordinal: number, from: number, to: number): number {
  let low = from;
  let high = to - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= ordinal) low = mid;
    else high = mid - 1;
  }
  return low;
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
