/**
 * The document's layout: which line breaks are wraps inside running prose, and which end a unit of their own
 * (a subtitle cue, a timestamped or speaker line, a menu item or heading, a table row). Detectors that look
 * across a line break ask it; nothing else may join two lines.
 *
 * Decided from the text itself, per region (lines between blank lines) and, when a region is too short to
 * tell, per document: prose that was wrapped runs its sentences on across line breaks (a line ends
 * mid-sentence after a full stop on it, or the next line starts with a particle); cue-per-line text and
 * page chrome almost never do. A break also carries evidence of its own (a name separator at the end of the
 * line, a dictionary word read across it), which decides when the region cannot.
 */
import { t } from './l10n';
import { isHiragana, isJapanese, isKanji, isKatakana, isLatinWordChar, NAME_SEPARATORS } from './text';
import type { JapaneseTokenizer } from './tokenizer';

/** Why a line break was taken for a wrap; each has a sentence for the hover (see describeWrap). */
export type WrapReason = 'separator' | 'mark' | 'fragments' | 'passage' | 'word' | 'number' | 'particle' | 'sentence';

/** What one line break shows on its own, from the two lines beside it. */
export interface BreakFacts {
  /** The line does not end a sentence, a quotation or a trailing-off cue. */
  readonly open: boolean;
  /** Both sides are Japanese text (code, addresses and table rows are neither prose nor cues). */
  readonly textual: boolean;
  /** The sentence visibly runs on across the break: the line ends mid-sentence after a full stop on it, or the next line starts with a particle. */
  readonly runsOn: boolean;
  /** The break falls inside a phrase: the next line starts with a particle, an ending or a small kana. */
  readonly midPhrase: boolean;
  /** The next line starts a unit of its own: a speaker label, a timestamp, a bullet, a table row. */
  readonly boundary: boolean;
  /** Evidence of this break alone that it is a wrap. */
  readonly own?: WrapReason;
}

// Line ends that close a sentence, a quotation or a cue that trails off.
const CLOSING = /[。．！？!?」』）)”’"…‥.]\s*$/;
const SENTENCE_END_INSIDE = /[。！？][^。！？]*[\u3041-\u3096\u30A1-\u30FA\u4E00-\u9FFF][^。！？]*$/;
// Characters no line of its own starts with.
const CONTINUATION_MARK = /^[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー、。，．]/;
const NUMERAL = /[0-9０-９一二三四五六七八九十百千万億兆]$/;
const NUMBER_UNIT = /^[万億兆]/;
// A speaker label (司会：, 記者A:), a timestamp ([00:01:02], 0:15), a bullet or a numbered item.
const UNIT_START = /^\s*(?:[-*•●■□◆◇▶►※＊>#·✓✔☐☑]|\p{Extended_Pictographic}|\d+[.)）]\s|[（(]\d+[）)]|\[?\d{1,2}:\d{2}|[^\s：:、。「」]{1,15}[：:])/u;
const TABLE_ROW = /\t|\||｜/u;

export function breakFacts(line: string, next: string, tokenizer: JapaneseTokenizer): BreakFacts {
  const text = line.trimEnd();
  const following = next.trimStart();
  const last = text[text.length - 1] ?? '';
  const first = following[0] ?? '';
  const open = !CLOSING.test(text);
  const textual =
    (isJapanese(last) || isLatinWordChar(last) || NAME_SEPARATORS.has(last) || last === '、') &&
    (isJapanese(first) || isLatinWordChar(first) || CONTINUATION_MARK.test(following)) &&
    [...text].some((ch) => isHiragana(ch) || isKanji(ch));
  const boundary = UNIT_START.test(following) || TABLE_ROW.test(line) || TABLE_ROW.test(next);
  const mark = CONTINUATION_MARK.test(following);
  const particle = !mark && startsWithParticle(text, following, tokenizer);
  const sentence = SENTENCE_END_INSIDE.test(text);
  const runsOn = open && textual && (mark || particle || sentence);
  return {
    open,
    textual,
    runsOn,
    midPhrase: runsOn && (mark || particle),
    boundary,
    own: ownEvidence(text, following, tokenizer, { mark, particle, sentence }),
  };
}

function ownEvidence(
  text: string,
  following: string,
  tokenizer: JapaneseTokenizer,
  seen: { mark: boolean; particle: boolean; sentence: boolean },
): WrapReason | undefined {
  const last = text[text.length - 1] ?? '';
  const first = following[0] ?? '';
  // A foreign name goes on after its middle dot; before kanji the dot separates items of a list (特徴・仕組み).
  if (NAME_SEPARATORS.has(last) && isKatakana(first)) return 'separator';
  if (CLOSING.test(text)) return undefined;
  if (seen.mark) return 'mark';
  if (NUMERAL.test(text) && NUMBER_UNIT.test(following)) return 'number';
  if (seen.particle) return 'particle';
  if (readsAcross(text, following, tokenizer)) return 'word';
  if (seen.sentence) return 'sentence';
  return undefined;
}

/**
 * The next line starts with a particle or an auxiliary (が、, ました), read in context with the end of the line:
 * a line of its own never does.
 */
function startsWithParticle(text: string, following: string, tokenizer: JapaneseTokenizer): boolean {
  if (!isHiragana(following[0] ?? '')) return false;
  const left = text.slice(-8);
  const token = tokenizer.tokenize(left + following.slice(0, 8)).find((t) => t.end > left.length);
  if (!token || token.start !== left.length || token.surface === 'より') return false;
  if (!(token.pos === '助詞' || token.pos === '助動詞' || token.posDetail === '接尾' || token.posDetail === '非自立')) return false;
  // Read in context, a word that starts a phrase of its own can attach to the line before (削除⏎そうそう、 as 削除そう): not when
  // the line alone starts with an adverb, an interjection or an adnominal. より at a line start is the adverb "more".
  const alone = tokenizer.tokenize(following.slice(0, 8))[0];
  return !alone || !['副詞', '感動詞', '連体詞'].includes(alone.pos);
}

/** The dictionary reads one word across the break, and one side of it is no word on its own (マーケ⏎ティング). */
function readsAcross(text: string, following: string, tokenizer: JapaneseTokenizer): boolean {
  const window = 12;
  const left = text.slice(-window);
  const right = following.slice(0, window);
  const spanning = tokenizer.tokenize(left + right).find((t) => t.start < left.length && t.end > left.length);
  if (!spanning?.known || spanning.surface.length < 3) return false;
  const head = spanning.surface.slice(0, left.length - spanning.start);
  const tail = spanning.surface.slice(left.length - spanning.start);
  const isWord = (part: string): boolean => {
    const tokens = tokenizer.tokenize(part);
    return tokens.length === 1 && tokens[0]?.known === true;
  };
  return !isWord(head) || !isWord(tail);
}

/** The facts of every line break inside a chunk's text, in order (break i follows the chunk's line i). */
export function chunkBreakFacts(text: string, tokenizer: JapaneseTokenizer): BreakFacts[] {
  const lines = text.split(/\r\n|\r|\n/);
  const facts: BreakFacts[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    facts.push(line.trim() === '' || next.trim() === '' ? BLANK : breakFacts(line, next, tokenizer));
  }
  return facts;
}

const BLANK: BreakFacts = { open: false, textual: false, runsOn: false, midPhrase: false, boundary: true };

/** Answers whether the break after a line is a wrap, and why. */
export interface BreakLayout {
  wrapAfter(lineIndex: number): WrapReason | undefined;
}

/** A chunk's share of the document layout: one reason (or none) per break inside it, and that as a cache key. */
export class ChunkLayout implements BreakLayout {
  readonly key: string;
  /** Whether any break inside the chunk is a wrap. */
  readonly wraps: boolean;

  constructor(private readonly reasons: readonly (WrapReason | undefined)[]) {
    this.key = reasons.map((reason) => (reason ? REASON_CODES[reason] : '-')).join('');
    this.wraps = reasons.some((reason) => reason !== undefined);
  }

  wrapAfter(lineIndex: number): WrapReason | undefined {
    return this.reasons[lineIndex];
  }
}

const REASON_CODES: Record<WrapReason, string> = {
  separator: 's',
  mark: 'm',
  fragments: 'f',
  passage: 'p',
  word: 'w',
  number: 'n',
  particle: 'c',
  sentence: 'e',
};

/**
 * wrapped: prose wrapped between words (a hard-wrapped article, machine-translated line by line);
 * fragments: text cut into lines anywhere, inside phrases and words (speech-recognition captions);
 * lines: one unit per line (cues, menu items, headings); undecided: too little evidence either way.
 */
export type RegionKind = 'wrapped' | 'fragments' | 'lines' | 'undecided';

// A region decides on its own from this many open line breaks of text; fewer, and the document decides.
const MIN_OPEN = 4;
// Wrapped prose runs on across at least a fifth of its open breaks (measured: 20–70%); cue-per-line text
// and page chrome across at most a few in a hundred.
const WRAPPED_SHARE = 0.2;
const LINES_SHARE = 0.08;

export interface Tally {
  open: number;
  runsOn: number;
  midPhrase: number;
}

// Captions cut anywhere start a line with a particle or an ending again and again; prose wrapped between
// words never does (measured: 14 of 214 open breaks in a speech-recognition transcript, 0 in translated articles).
const FRAGMENTS_SHARE = 0.03;

function kindOf(tally: Tally): RegionKind | undefined {
  if (tally.runsOn >= 2 && tally.runsOn >= WRAPPED_SHARE * tally.open)
    return tally.midPhrase >= 2 && tally.midPhrase >= FRAGMENTS_SHARE * tally.open ? 'fragments' : 'wrapped';
  if (tally.open >= MIN_OPEN && tally.runsOn <= LINES_SHARE * tally.open) return 'lines';
  return tally.open >= MIN_OPEN ? 'undecided' : undefined;
}

/**
 * The layout of each chunk of a document. `separated[i]` says whether blank lines stand between chunk i-1
 * and chunk i (a new region starts there).
 */
export function layoutChunks(facts: readonly (readonly BreakFacts[])[], separated: readonly boolean[]): readonly ChunkLayout[] {
  return laidOut(facts, separated).layouts;
}

/** A document's layout with what an edit needs to lay out only the regions it touched (relaidOut). */
export interface DocumentLayout {
  readonly facts: readonly (readonly BreakFacts[])[];
  readonly separated: readonly boolean[];
  readonly layouts: readonly ChunkLayout[];
  /** The open breaks of the whole document (its kind decides for regions too short to tell). */
  readonly tally: Readonly<Tally>;
}

/** The layout of every chunk, from the facts of its breaks and where blank lines separate chunks. */
export function laidOut(facts: readonly (readonly BreakFacts[])[], separated: readonly boolean[]): DocumentLayout {
  const documentTally: Tally = { open: 0, runsOn: 0, midPhrase: 0 };
  for (const chunkFacts of facts) addTally(documentTally, chunkFacts, 1);
  const layouts = new Array<ChunkLayout>(facts.length);
  layRegions(facts, separated, 0, facts.length, kindOf(documentTally) ?? 'undecided', layouts);
  return { facts, separated, layouts, tally: documentTally };
}

/**
 * The layout after an edit that kept the first `prefix` and the last `suffix` chunks of the last one (their
 * break facts, and the separation of each from the chunk before it but for the first kept at the end):
 * while the document's kind stays the same, only the regions the edit touched are laid out again.
 * `middle` holds the break facts of the chunks between, `separated` the separation of every chunk.
 */
export function relaidOut(
  last: DocumentLayout,
  prefix: number,
  suffix: number,
  middle: readonly (readonly BreakFacts[])[],
  separated: readonly boolean[],
): DocumentLayout & { readonly from: number; readonly to: number } {
  const lastCount = last.facts.length;
  const facts = last.facts.slice(0, prefix).concat(middle, last.facts.slice(lastCount - suffix));
  const tally = { ...last.tally };
  for (let i = prefix; i < lastCount - suffix; i++) addTally(tally, last.facts[i] as readonly BreakFacts[], -1);
  for (const chunkFacts of middle) addTally(tally, chunkFacts, 1);
  const kind = kindOf(tally) ?? 'undecided';
  if (kind !== (kindOf(last.tally) ?? 'undecided')) return { ...laidOut(facts, separated), from: 0, to: facts.length };
  const count = facts.length;
  // From the start of the region of the last chunk kept before the new ones (which may now end there) to the
  // end of the region of the first chunk kept after them: every region outside keeps its chunks and its kind.
  let from = Math.max(0, Math.min(prefix - 1, count - 1));
  while (from > 0 && separated[from] !== true) from--;
  let to = Math.min(count, count - suffix + 1);
  while (to < count && separated[to] !== true) to++;
  const layouts = last.layouts.slice(0, from);
  layouts.length = count;
  layRegions(facts, separated, from, to, kind, layouts);
  for (let i = to; i < count; i++) layouts[i] = last.layouts[i - count + lastCount] as ChunkLayout;
  // Chunks outside [from, to) keep their layouts.
  return { facts, separated, layouts, tally, from, to };
}

/** Lays out the chunks [from, to), which start a region and end one. */
function layRegions(
  facts: readonly (readonly BreakFacts[])[],
  separated: readonly boolean[],
  from: number,
  to: number,
  documentKind: RegionKind,
  layouts: ChunkLayout[],
): void {
  for (let start = from; start < to;) {
    let end = start + 1;
    while (end < to && separated[end] !== true) end++;
    const region: Tally = { open: 0, runsOn: 0, midPhrase: 0 };
    for (let i = start; i < end; i++) addTally(region, facts[i] as readonly BreakFacts[], 1);
    const kind = kindOf(region) ?? documentKind;
    // A chunk lies in one region (chunks end at blank lines), so its first region is its only one.
    for (let i = start; i < end; i++) layouts[i] = chunkLayout(facts[i] as readonly BreakFacts[], kind);
    start = end;
  }
}

function addTally(tally: Tally, chunkFacts: readonly BreakFacts[], sign: number): void {
  for (const fact of chunkFacts) {
    // Lines of no prose (menu labels, code) count too: they are evidence of one unit per line.
    if (!fact.open) continue;
    tally.open += sign;
    if (fact.runsOn) tally.runsOn += sign;
    if (fact.midPhrase) tally.midPhrase += sign;
  }
}

/** The layout of a chunk without line breaks: every edit lays out thousands of them. */
const NO_BREAKS = new ChunkLayout([]);
/** Layouts by the facts of their breaks (the analysis keeps one array per chunk text) and the kind of their region. */
const layoutsByFacts = new WeakMap<readonly BreakFacts[], Map<RegionKind, ChunkLayout>>();

function chunkLayout(facts: readonly BreakFacts[], kind: RegionKind): ChunkLayout {
  if (facts.length === 0) return NO_BREAKS;
  let byKind = layoutsByFacts.get(facts);
  if (!byKind) layoutsByFacts.set(facts, (byKind = new Map()));
  let layout = byKind.get(kind);
  if (!layout) {
    layout = new ChunkLayout(facts.map((fact) => decide(fact, kind)));
    byKind.set(kind, layout);
  }
  return layout;
}

function decide(fact: BreakFacts, kind: RegionKind): WrapReason | undefined {
  if (fact === BLANK || fact.boundary) return undefined;
  if (fact.own === 'separator' || fact.own === 'mark') return fact.own;
  if (!fact.open) return undefined;
  if (kind === 'fragments') return 'fragments';
  if (kind === 'wrapped') return 'passage';
  if (kind === 'undecided') return fact.own;
  return undefined;
}

/** Why a break was taken for a wrap, for the hover of a finding that reads across it. */
export function describeWrap(reason: WrapReason): string {
  switch (reason) {
    case 'separator':
      return t('The line ends with a name separator (・), so the name goes on in the next line.');
    case 'mark':
      return t('The next line starts with a character no line starts with on its own (a small kana, ー or a comma).');
    case 'fragments':
      return t(
        'This passage is cut into lines anywhere, even inside phrases (lines start with particles or endings), as captions are: this break is a wrap, and a word may be split at it.',
      );
    case 'passage':
      return t(
        'This passage is wrapped prose: its sentences run on across line breaks (lines end mid-sentence after a full stop, or the next line starts with a particle), so this break is a wrap, not the end of a cue, item or heading.',
      );
    case 'word':
      return t('The dictionary reads one word across this break, and one side of it is no word on its own.');
    case 'number':
      return t('A number ends the line and its unit starts the next one.');
    case 'particle':
      return t('The next line starts with a particle or an ending, which continues the sentence of this line.');
    case 'sentence':
      return t('A new sentence starts inside this line and runs on into the next one.');
  }
}
