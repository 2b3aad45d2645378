/**
 * A name the knowledge base does not know, cut short where the same document writes it whole: 「ネビ」 beside
 * 「ネビウス」, 「チューンラ」 beside 「チューンラボ」, 「シンキング・マシーン」 beside 「シンキング・マシーンズ・ラボ」.
 * Speech recognition drops the end of an unfamiliar name; the document's own full spelling is the evidence.
 * (Names of the knowledge base are truncated-name's.)
 *
 * Contract:
 * - A katakana word (or a part of a dotted name, never its first part: a given name is a name of its own)
 *   that is the strict beginning of a longer katakana word the document writes elsewhere, cut where a sound
 *   ends (what is lost starts with no long-vowel mark or small kana, or with a geminate or long-vowel mark a
 *   sound follows: ワラ of ワラック; a dotted name, its first pieces whole, may lose the small kana of its last
 *   sound too: ヨンヒ of ヨンヒョン), keeping half the longer word and four
 *   letters of romaji or more, and losing at most three kana, not only a plural ズ/ス.
 * - The cut falls inside a name: inside a token of the longer word that kuromoji does not know or knows as a
 *   proper noun. A loanword compound cut between its words (データ / データセンター) or an ordinary word that
 *   begins another (ロボ / ロボット) is not a cut name.
 * - Spellings of the knowledge base, ordinary loanwords (the list is data), on either side, are left alone.
 * - A dotted name whose first pieces are another dotted name's, cut inside a later piece (シンキング・マシーン /
 *   シンキング・マシーンズ・ラボ), is that name cut short.
 * - What is lost is not a word of its own (ビルド / ビルドツール is a compound); a dictionary word is never the
 *   cut (オープン, クライアント begin many compounds), except as a piece of a dotted name.
 * - Warning for a dotted name cut (its whole first pieces are the evidence) not written more often than the
 *   whole name; information for one word (a short form or a nickname is written so too).
 * - A word standing alone as a noun (before は, が, の, 。 and the like), though a dictionary word or a proper noun
 *   of its own (クルー, マイク, ミラー), is a cut name when a name it begins (a spelling of the knowledge base, or
 *   a word no dictionary knows) is written within NEAR_CHUNKS chunks of it, one to four kana lost at a sound
 *   boundary (two letters or more of a known name, not a country or term: one is truncated-name's), the lost part no word of three kana
 *   or more (マイクロ / ソフト is a compound); a name no dictionary knows is cut inside a word of it or loses two kana
 *   at most (not モバイル / アプリ): information, since the word may be meant as it is.
 */
import type { AnalyzedDocument } from '../analyzedDocument';
import { makeFinding } from '../finding';
import type { RuleSet } from '../knowledge/rules';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { knownKatakanaWords, nameIndexOf } from '../nameIndex';
import { katakanaToRomaji } from '../text';
import type { JapaneseTokenizer } from '../tokenizer';
import type { Finding, OffsetRange } from '../types';
import { isDictionaryWord } from './dictionaryWords';
import { decideByTally, type ChunkOrder, type ChunkVerdict, type ScanServices, type SequenceDetector, type SequenceTally } from './detector';
import { t } from '../l10n';

const CODE = 'truncated-document-name';
const MIN_ROMAJI = 4;
/** Kana that cannot start a sound of their own: a cut before one splits a sound. */
const NOT_A_SOUND_START = /^[ーァィゥェォッャュョヮヵヶ]/;
/** At most this many kana lost from one word (ネビ/ウス, エクサイエン/ティア). */
const MAX_LOST = 3;
const PLURAL = /^[ズス]$/;
const KATAKANA_RUN = /[\u30A1-\u30FA\u30FC]+(?:[・･][\u30A1-\u30FA\u30FC]+)*/g;

/** A katakana word, or a whole dotted name, as written in a chunk. */
interface NameWordUse {
  readonly text: string;
  /** In chunk offsets. */
  readonly range: OffsetRange;
  /** A whole dotted name (several pieces), else one word or one piece. */
  readonly dotted: boolean;
  /** The first piece of a dotted name (a given name: never taken for a cut). */
  readonly firstPiece: boolean;
  /** A word of the dictionary (not a proper noun), a known spelling of the knowledge base, or an ordinary loanword. */
  readonly ordinary: boolean;
  readonly known: boolean;
  /** Written as a noun of its own: not joined to Latin letters or digits, and followed by a particle, a title or punctuation. */
  readonly alone: boolean;
  /** One word of the dictionary, proper nouns included (クルー, ミラー), not a run of short ones (コ + パッケージ). */
  readonly dictionary: boolean;
  /** A spelling of a country or a term of the knowledge base (サウジアラビア): its short forms (サウジ) are in common use. */
  readonly countryOrTerm: boolean;
}

const NOWHERE = { start: 0, end: 0 };

export const truncatedDocumentName: SequenceDetector<NameWordUse> = {
  code: CODE,
  description: 'A name the knowledge base does not know, cut short where the document writes it whole elsewhere (ネビ beside ネビウス).',
  scan: (doc, services) => nameWordUses(doc, services),
  // A cut dotted name covers its pieces in its chunk; an ordinary word's cut reads the chunks around it.
  chunkBounds: 'distance',
  itemKey: (use) =>
    `${use.text}\u0001${use.dotted ? 1 : 0}${use.firstPiece ? 1 : 0}${use.ordinary ? 1 : 0}${use.known ? 1 : 0}${use.alone ? 1 : 0}${use.dictionary ? 1 : 0}${use.countryOrTerm ? 1 : 0}`,
  itemRange: (use) => use.range,
  decide: (chunks, context, tokenizer) => decideByTally(new TruncationTally(tokenizer, context.rules), chunks),
  tally: ({ tokenizer, rules }) => new TruncationTally(tokenizer, rules),
};

/** A spelling of the document that a cut may be the beginning of: one that is no known name. */
interface Spelling {
  readonly use: NameWordUse;
  count: number;
}

/**
 * The decision kept chunk by chunk: how often each spelling is written, the spellings by their first two
 * kana (a cut keeps at least two), and a verdict per spelling, made again only for the spellings whose first
 * two kana are those of a spelling whose count changed. An ordinary word's cut (ordinaryCuts) reads the
 * chunks within NEAR_CHUNKS of it: made again only where those are not the chunks they were.
 */
class TruncationTally implements SequenceTally<NameWordUse> {
  private readonly chunks = new Map<number, readonly NameWordUse[]>();
  /** Per spelling, how often it is written (known names too: their count is read in no verdict). */
  private readonly counts = new Map<string, number>();
  private readonly byStart = new Map<string, Map<string, Spelling>>();
  /** Per spelling, the chunks it is written in and how often there. */
  private readonly where = new Map<string, Map<number, number>>();
  /** Per first two kana, the verdict of each spelling for a use that is not a dotted name's first piece (made again when stale). */
  private readonly verdictsByStart = new Map<string, ReadonlyMap<string, Finding>>();
  /** Every spelling with a verdict. */
  private readonly flagged = new Map<string, Finding>();
  private readonly stale = new Set<string>();
  /** The chunks with an ordinary word standing alone (ordinaryCut's candidates), with the verdicts found there and the chunks around they were found with. */
  private readonly ordinary = new Map<number, { around?: readonly (readonly NameWordUse[] | undefined)[]; found?: readonly ChunkVerdict[] }>();
  /** Whether an ordinary word is the cut of a name (by the two spellings): the name, or null. */
  private readonly cutOf = new Map<string, string | null>();

  constructor(
    private readonly tokenizer: JapaneseTokenizer,
    private readonly rules: RuleSet,
  ) {}

  add(chunk: number, uses: readonly NameWordUse[]): void {
    this.chunks.set(chunk, uses);
    for (const use of uses) this.count(chunk, use, 1);
    if (uses.some(mayBeOrdinaryCut)) this.ordinary.set(chunk, {});
  }

  remove(chunk: number): void {
    const uses = this.chunks.get(chunk);
    if (!uses) return;
    this.chunks.delete(chunk);
    this.ordinary.delete(chunk);
    for (const use of uses) this.count(chunk, use, -1);
  }

  verdicts(order: ChunkOrder): readonly ChunkVerdict[] {
    for (const start of this.stale) this.decideGroup(start);
    this.stale.clear();
    // The chunks where some spelling with a verdict is written, each read through (a cut dotted name covers its pieces).
    const chunks = new Set<number>();
    for (const text of this.flagged.keys()) for (const chunk of this.where.get(text)?.keys() ?? []) chunks.add(chunk);
    const verdicts: ChunkVerdict[] = [];
    const judged = new Set<string>();
    for (const chunk of chunks) {
      let coveredUntil = -1;
      (this.chunks.get(chunk) ?? []).forEach((use, index) => {
        if (use.range.start < coveredUntil || use.firstPiece) return;
        const verdict = this.flagged.get(use.text);
        if (!verdict) return;
        verdicts.push({ chunk, index, findings: [verdict] });
        judged.add(`${chunk}:${index}`);
        coveredUntil = use.range.end;
      });
    }
    for (const [chunk, cuts] of this.ordinary) {
      const at = order.indexOf(chunk);
      const from = Math.max(0, at - NEAR_CHUNKS);
      const to = Math.min(order.count - 1, at + NEAR_CHUNKS);
      // The uses of the chunks around, as the very lists they are: the same lists say the same. Compared in place
      // (most edits leave every chunk's surroundings as they were), listed only when they differ.
      let same = cuts.around !== undefined && cuts.around.length === to - from + 1;
      for (let near = from; same && near <= to; near++) same = cuts.around?.[near - from] === this.chunks.get(order.idAt(near));
      if (!same) {
        const around: (readonly NameWordUse[] | undefined)[] = [];
        for (let near = from; near <= to; near++) around.push(this.chunks.get(order.idAt(near)));
        cuts.around = around;
        cuts.found = this.ordinaryCuts(chunk, around);
      }
      // A use with a verdict of its own keeps that one.
      for (const found of cuts.found ?? []) if (!judged.has(`${chunk}:${found.index}`)) verdicts.push(found);
    }
    return verdicts;
  }

  /** Ordinary words standing alone in a chunk that begin a name written in the chunks around it (`around`, in order, the chunk among them). */
  private ordinaryCuts(chunk: number, around: readonly (readonly NameWordUse[] | undefined)[]): ChunkVerdict[] {
    const found: ChunkVerdict[] = [];
    (this.chunks.get(chunk) ?? []).forEach((use, index) => {
      if (!mayBeOrdinaryCut(use)) return;
      let best: NameWordUse | undefined;
      for (const uses of around) {
        for (const whole of uses ?? []) {
          if (whole.dotted || (whole.ordinary && !whole.known) || whole.text.length <= use.text.length || !whole.text.startsWith(use.text)) continue;
          // A known name's cut is truncated-name's, but for a dictionary word more than one kana short (クルー / クルーソー).
          if (whole.known && (!use.ordinary || whole.countryOrTerm || whole.text.length - use.text.length < 2)) continue;
          const key = `${use.text}\u0001${whole.text}`;
          let verdict = this.cutOf.get(key);
          if (verdict === undefined) {
            verdict = isOrdinaryCut(use, whole, this.tokenizer, this.rules) ? whole.text : null;
            this.cutOf.set(key, verdict);
          }
          if (verdict && (!best || whole.text.length < best.text.length)) best = whole;
        }
      }
      if (best) found.push({ chunk, index, findings: [ordinaryCutFinding(use.text, best.text)] });
    });
    return found;
  }

  private count(chunk: number, use: NameWordUse, by: number): void {
    const count = (this.counts.get(use.text) ?? 0) + by;
    if (count === 0) this.counts.delete(use.text);
    else this.counts.set(use.text, count);
    let places = this.where.get(use.text);
    if (!places) this.where.set(use.text, (places = new Map()));
    const here = (places.get(chunk) ?? 0) + by;
    if (here === 0) places.delete(chunk);
    else places.set(chunk, here);
    if (places.size === 0) this.where.delete(use.text);
    if (use.known) return;
    const start = use.text.slice(0, 2);
    let group = this.byStart.get(start);
    if (!group) this.byStart.set(start, (group = new Map()));
    const spelling = group.get(use.text);
    if (spelling) spelling.count += by;
    else group.set(use.text, { use, count: by });
    if (count === 0) group.delete(use.text);
    if (group.size === 0) this.byStart.delete(start);
    this.stale.add(start);
  }

  private decideGroup(start: string): void {
    for (const text of this.verdictsByStart.get(start)?.keys() ?? []) this.flagged.delete(text);
    this.verdictsByStart.delete(start);
    const group = this.byStart.get(start);
    if (!group) return;
    // In an order of their own, so that the verdicts do not depend on the order chunks were put in.
    const spellings = [...group.values()].map((spelling) => spelling.use).sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    const verdicts = new Map<string, Finding>();
    for (const use of spellings) {
      // Judged as a use that is not a dotted name's first piece (those are never a cut): what else it reads is the spelling's.
      const verdict = judge(use.firstPiece ? { ...use, firstPiece: false } : use, spellings, this.counts, this.tokenizer);
      if (!verdict) continue;
      verdicts.set(use.text, verdict);
      this.flagged.set(use.text, verdict);
    }
    if (verdicts.size > 0) this.verdictsByStart.set(start, verdicts);
  }
}

function nameWordUses(doc: AnalyzedDocument, services: ScanServices): NameWordUse[] {
  const uses: NameWordUse[] = [];
  const known = knownKatakanaWords(services.kb);
  const ordinaryWord = (word: string): boolean => services.rules.ordinaryKatakana.has(word) || isDictionaryWord(doc, word);
  for (const run of doc.text.matchAll(KATAKANA_RUN)) {
    const start = run.index ?? 0;
    const parts = run[0].split(/[・･]/);
    if (parts.length > 1) {
      uses.push({
        text: run[0],
        range: { start, end: start + run[0].length },
        dotted: true,
        firstPiece: false,
        ordinary: false,
        known: known.has(run[0]),
        alone: false,
        dictionary: false,
        countryOrTerm: false,
      });
    }
    let at = start;
    parts.forEach((part, index) => {
      const from = at;
      at += part.length + 1;
      if (part.length < 2) return;
      uses.push({
        text: part,
        range: { start: from, end: from + part.length },
        dotted: false,
        firstPiece: parts.length > 1 && index === 0,
        ordinary: ordinaryWord(part),
        known: known.has(part),
        alone:
          parts.length === 1 &&
          !/[A-Za-z0-9]/.test(doc.text[start - 1] ?? '') &&
          STANDS_ALONE_BEFORE.test(doc.text.slice(from + part.length, from + part.length + 2)),
        dictionary: isOneDictionaryWord(doc.tokenize(part)),
        countryOrTerm: countryAndTermWords(services.kb).has(part),
      });
    });
  }
  return uses;
}

/** The longer name the word is the cut beginning of, as a finding; undefined when there is none. */
function judge(use: NameWordUse, sameStart: readonly NameWordUse[], counts: ReadonlyMap<string, number>, tokenizer: JapaneseTokenizer): Finding | undefined {
  if (use.known || use.firstPiece || katakanaToRomaji(use.text).length < MIN_ROMAJI) return undefined;
  // A dictionary word (オープン, クライアント) begins many compounds; only a dotted name's whole first pieces vouch for it.
  if (use.ordinary && !use.dotted) return undefined;
  let best: NameWordUse | undefined;
  for (const whole of sameStart) {
    if (whole.dotted !== use.dotted || whole.ordinary || whole.text.length <= use.text.length || !whole.text.startsWith(use.text)) continue;
    // What is lost of the word (or the piece of a dotted name) that was cut.
    const lost = whole.text.slice(use.text.length).split(/[・･]/)[0] ?? '';
    if (lost === '' || !cutWhereEarsCut(lost, use) || use.text.length * 2 < whole.text.length) continue;
    if (!use.dotted && !cutInsideName(whole.text, use.text.length, tokenizer)) continue;
    // What is lost is a word of its own (ビルド / ビルドツール): a compound, not a cut name. Speech
    // recognition loses the last sounds of a word, not a long tail; a plural ending is a variant.
    // (Two kana are a word too often to tell: ベレン/ゲル.)
    if (lost.length >= 3 && isWord(lost, tokenizer)) continue;
    if (!use.dotted && (lost.replace(/ー/g, '').length > MAX_LOST || PLURAL.test(lost))) continue;
    if (!best || whole.text.length < best.text.length) best = whole;
  }
  if (!best) return undefined;
  const cutCount = counts.get(use.text) ?? 0;
  const wholeCount = counts.get(best.text) ?? 0;
  // A dotted name whose first pieces are all there is that name; one word may be a short form or a nickname.
  const loud = use.dotted && cutCount <= wholeCount;
  return makeFinding({
    code: CODE,
    range: NOWHERE,
    message: loud
      ? t('「{0}」 looks like 「{1}」, written whole elsewhere in this document, cut short', use.text, best.text)
      : t('「{0}」 may be 「{1}」, written whole elsewhere in this document, cut short', use.text, best.text),
    confidence: loud ? 0.7 : 0.5,
    explanation: {
      problem: t('Probably a name with its end lost: the document writes 「{0}」 elsewhere.', best.text),
      reasons: [
        t('「{0}」 is the beginning of 「{1}」, cut inside the name where a sound ends.', use.text, best.text),
        t('「{0}」×{1}, 「{2}」×{3} in this document.', best.text, wholeCount, use.text, cutCount),
        loud
          ? t('The whole first part of the name is written as elsewhere in this document.')
          : t('A short form or a nickname is written so too: only a possibility.'),
      ],
    },
    replacements: [best.text],
  });
}

/**
 * Whether what is lost starts where ears lose the end of a name: at a sound; or at a geminate or long-vowel
 * mark a sound follows (ワラ of ワラック: the mark goes with the rest); or, in a dotted name whose first pieces
 * are all there (the evidence), before the small kana of a last sound (ヨンヒ of ヨンヒョン), the cut piece
 * keeping three kana.
 */
function cutWhereEarsCut(lost: string, use: NameWordUse): boolean {
  if (!NOT_A_SOUND_START.test(lost)) return true;
  if (/^[ーッ]/.test(lost) && lost.length >= 2 && !NOT_A_SOUND_START.test(lost.slice(1))) return true;
  const piece = use.text.split(/[・･]/).pop() ?? '';
  return use.dotted && SMALL_KANA_OF_A_SOUND.test(lost) && piece.length >= 3;
}

/** A small kana that ends a sound begun by the kana before it (ヒ+ョ). */
const SMALL_KANA_OF_A_SOUND = /^[ァィゥェォャュョヮ]/;

/** Whether a cut at `at` falls inside a token of the word that is a name (unknown to kuromoji, or a proper noun). */
function cutInsideName(word: string, at: number, tokenizer: JapaneseTokenizer): boolean {
  let offset = 0;
  for (const token of tokenizer.tokenize(word)) {
    const end = offset + token.surface.length;
    if (offset < at && at < end) return !token.known || token.posDetail === '固有名詞';
    offset = end;
  }
  return false;
}

/** A katakana stretch made of dictionary words only (ツール, チェーン). */
function isWord(kana: string, tokenizer: JapaneseTokenizer): boolean {
  return tokenizer.tokenize(kana).every((token) => token.known && token.posDetail !== '固有名詞');
}

/** How many chunks (lines or sentences) away the whole name may be written for an ordinary word to be taken for its cut. */
const NEAR_CHUNKS = 2;
/** At most this many kana (long-vowel marks aside) lost from a name that left an ordinary word (ミニ/マックス). */
const MAX_ORDINARY_LOST = 4;
/** What follows a noun standing alone: a particle, a title, punctuation or the end of a line. */
const STANDS_ALONE_BEFORE = /^(?:[はがもの、。，．！？」』）)]|と[^\u3041-\u3096]|とは|との|や|氏|社|$|\r?\n)/;
/** A cut may fall before a geminate mark that a sound follows (ミニマ / ックス): ears lose it with the rest. */
const NOT_A_SOUND_START_BUT_GEMINATE = /^[ーァィゥェォャュョヮヵヶ]/;

/**
 * An ordinary word standing alone as a noun, which may be the cut of a name written within NEAR_CHUNKS chunks
 * (クルー beside クルーソー, マイク beside マイクロン): then an information finding with the name as fix.
 */
const mayBeOrdinaryCut = (use: NameWordUse): boolean => use.alone && use.dictionary && !use.known && !use.dotted && use.text.replace(/ー/g, '').length >= 2;

/** Whether an ordinary word is `whole` cut short (both as ordinaryCut's candidates pass: `whole` begins with it). */
function isOrdinaryCut(use: NameWordUse, whole: NameWordUse, tokenizer: JapaneseTokenizer, rules: RuleSet): boolean {
  const lost = whole.text.slice(use.text.length);
  // A name no dictionary knows is cut inside a word of it, or loses a short unknown ending (ミラー / ヴァ), not a word (モバイル / アプリ).
  const inName =
    whole.known ||
    ((cutInsideName(whole.text, use.text.length, tokenizer) || lost.replace(/ー/g, '').length <= 2) &&
      !endsInWord(whole.text, use.text.length, tokenizer, rules.ordinaryKatakana));
  return inName && lostEndOfName(lost, tokenizer);
}

/** Whether what an ordinary word lacks of a name is the name's lost end: a few kana from a sound on, no word of its own. */
function lostEndOfName(lost: string, tokenizer: JapaneseTokenizer): boolean {
  const kana = lost.replace(/ー/g, '').length;
  if (kana < 1 || kana > MAX_ORDINARY_LOST || PLURAL.test(lost) || /[・･]/.test(lost)) return false;
  if (NOT_A_SOUND_START_BUT_GEMINATE.test(lost) || (lost[0] === 'ッ' && NOT_A_SOUND_START.test(lost.slice(1)))) return false;
  return !(lost.length >= 3 && isWord(lost, tokenizer));
}

function ordinaryCutFinding(word: string, whole: string): Finding {
  return makeFinding({
    code: CODE,
    range: NOWHERE,
    message: t('「{0}」 may be 「{1}」, written nearby, cut short; it is also an ordinary word', word, whole),
    confidence: 0.5,
    explanation: {
      problem: t('Probably a name with its end lost: the document writes 「{0}」 nearby.', whole),
      reasons: [
        t('「{0}」 stands alone as a noun and is the beginning of 「{1}」, written a few lines away.', word, whole),
        t('「{0}」 is also an ordinary word, so this is only a possibility.', word),
      ],
    },
    replacements: [whole],
  });
}

const countryAndTermCache = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The katakana spellings of countries and terms of the knowledge base: names whose short forms are ordinary usage. */
function countryAndTermWords(kb: KnowledgeBase): ReadonlySet<string> {
  let words = countryAndTermCache.get(kb);
  if (!words) {
    const kinds = new Set(['country', 'term']);
    words = new Set(
      nameIndexOf(kb)
        .katakana.filter((name) => kinds.has(kb.get(name.entityId)?.type ?? ''))
        .map((name) => name.text),
    );
    countryAndTermCache.set(kb, words);
  }
  return words;
}

const isOneDictionaryWord = (tokens: readonly { readonly known: boolean }[]): boolean => tokens.length === 1 && tokens[0]?.known === true;

/**
 * Whether a word ends in a word of three kana or more that begins at or before `cut` (ドジャー + スタジアム,
 * モバイル + アプリ): a compound whose first word stands alone, not a name cut short.
 */
function endsInWord(word: string, cut: number, tokenizer: JapaneseTokenizer, ordinary: ReadonlySet<string>): boolean {
  for (let from = 1; from <= cut; from++) {
    const tail = word.slice(from);
    if (tail.length < 3) continue;
    if (ordinary.has(tail)) return true;
    const tokens = tokenizer.tokenize(tail);
    if (tokens.length === 1 && tokens[0]?.known === true && tokens[0].posDetail !== '固有名詞') return true;
  }
  return false;
}
