/**
 * One name spelled two ways in one document, for names the knowledge base does not know: 「ダウデ氏」 and
 * 「ドゥデ氏」, 「ガウデメ氏」 and 「ゴードメット氏」. Speech recognition and translation write an unfamiliar
 * name afresh each time it is heard, so one person turns into two spellings that sound alike.
 *
 * Contract:
 * - Words in a name's place count: a part of a dotted katakana name (ローラン・ドゥデ), a katakana word
 *   before a title (氏, さん, CEO…; the list is data), or a capitalised Latin word that is not English.
 *   Elsewhere, a katakana word of five letters or more that the dictionary does not know at all counts too,
 *   held to a closer match (a company's name: アイソモルフィック / アイソモーフィック). A shorter unknown word, or one
 *   the dictionary reads as a compound of words (ルー+ニット), counts only beside another spelling of its very
 *   sounds when one of the two is unknown to the dictionary (ルニット / ルーニット, キュタイ / キュータイ).
 * - Words the knowledge base knows, ordinary loanwords and dictionary words that are not proper nouns are
 *   left to the other detectors. A dotted run with such a word in it is a compound (マーシャル・プラン), not a
 *   name, unless the word is a common given name (マーク・ウェイド; common-name-parts.yaml). A given name the
 *   knowledge base knows (ジェームズ) in a dotted name it does not know counts beside a shared surname only
 *   (ジェームス・ポン / ジェームズ・ポン).
 * - Two spellings belong together when their sound keys (soundKey.ts) start alike (ジャ, ザ and チャ alike; two
 *   first vowels only when nothing else differs, アニスフィア / エニスフィア), share most consonants
 *   (voiced and voiceless, v and b alike: バーンズ / バーンス) and most sounds, and neither is the other's beginning (that is a truncation, truncated-name's case).
 * - Two dotted names that differ in one piece only (ボリス・チャーニー / ボリス・チェルニー, ジョン・ヨンヒョン /
 *   チョン・ヨンヒョン) are one name when that piece sounds alike more loosely (half its sounds, its
 *   consonants with the onset's transliteration swap folded), three letters of key being enough.
 * - The rarer spelling gets a warning with the commoner as its fix (information when both write the same
 *   sounds, クレイシー / クレーシー: a style); with even counts each gets information with the other as its
 *   fix. The commoner is not flagged (fixing the rarer then leaves nothing to report at its place), unless it
 *   leads by one use only and the two sound only loosely alike (ガウデメ ×2 / ゴードメット ×1): then it gets
 *   information without a fix, since which spelling is right is not known. As often each, a surname written
 *   alone (バーンスさん) beside the spelling of a full dotted name (ベス・バーンズ) gets information with the full
 *   name's spelling as its fix, and the full name nothing.
 */
import type { AnalyzedDocument } from '../analyzedDocument';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { makeFinding } from '../finding';
import { knownKatakanaWords, nameIndexOf, squash } from '../nameIndex';
import { editSimilarity, swappedSounds } from '../similarity';
import { heardSimilarity } from '../heardAlike';
import { consonantSkeleton, latinSoundKey, soundKey } from '../soundKey';
import { isInEnglishProse } from '../text';
import type { Finding, OffsetRange } from '../types';
import type { ScanServices, SequenceDetector } from './detector';
import { t } from '../l10n';

const CODE = 'name-two-spellings';
const MIN_KEY = 4;

interface NameWord {
  readonly text: string;
  readonly key: string;
  /** The ordinals of its uses. */
  readonly uses: number[];
  /** Other words written in the same dotted name: two parts of one name are never one name spelled twice. */
  readonly partners: Set<string>;
  /** Written only where a word is not name-like on its own (NameWordUse.companion): one name with another spelling of its very sounds only. */
  companion: boolean;
}

/** One use of a name-like word in a chunk. */
interface NameWordUse {
  readonly text: string;
  readonly key: string;
  /** In chunk offsets. */
  readonly range: OffsetRange;
  readonly partners: readonly string[];
  /** A capitalised Latin word, which is no name inside English prose (decided with the text around it). */
  readonly latin: boolean;
  /**
   * A katakana word outside a name's place that is not name-like enough on its own: a short word the dictionary
   * does not know (ルニット: 'unknown'), or one it reads as a compound of words (ルー+ニット: 'compound'). It counts
   * only beside another spelling of its very sounds (a long vowel, a small kana or a doubled consonant apart)
   * when one of the two is a word the dictionary does not know: the same unknown name, written two ways.
   */
  readonly companion?: 'unknown' | 'compound';
}

/** How far around a Latin word the English-prose check reads. */
const PROSE_WINDOW = 40;

export const nameTwoSpellings: SequenceDetector<NameWordUse> = {
  code: CODE,
  description: 'One name the knowledge base does not know, spelled two ways in one document (ダウデ / ドゥデ).',
  scan: (doc, services) => nameWordUses(doc, services),
  reach: PROSE_WINDOW,
  resolve: (use, around) => {
    const start = around.offset + use.range.start;
    return use.latin && isInEnglishProse(around.text, start, start + use.text.length, PROSE_WINDOW) ? undefined : use;
  },
  itemKey: (use) => `${use.text}\u0001${use.partners.join('\u0001')}${use.companion ? '\u0001companion' : ''}`,
  itemRange: (use) => use.range,
  decide(chunks) {
    const words = new Map<string, NameWord>();
    const companions = companionsThatCount(chunks);
    let ordinal = 0;
    for (const uses of chunks) {
      for (const use of uses) {
        if (use.companion && !companions.has(use.text)) {
          ordinal++;
          continue;
        }
        let entry = words.get(use.text);
        if (!entry) words.set(use.text, (entry = { text: use.text, key: use.key, uses: [], partners: new Set(), companion: true }));
        if (!use.companion) entry.companion = false;
        entry.uses.push(ordinal++);
        for (const partner of use.partners) if (partner !== use.text) entry.partners.add(partner);
      }
    }
    const verdicts = new Map<number, Finding[]>();
    const add = (a: NameWord, b: NameWord, alike: number, sharedPiece?: string): void => {
      for (const [use, finding] of pairFindings(a, b, alike, sharedPiece)) {
        const found = verdicts.get(use);
        if (found) found.push(finding);
        else verdicts.set(use, [finding]);
      }
    };
    const list = [...words.values()];
    const paired = new Set<string>();
    for (const [i, j, alike] of alikePairs(list)) {
      const a = list[i] as NameWord;
      const b = list[j] as NameWord;
      paired.add(`${a.text}\u0001${b.text}`).add(`${b.text}\u0001${a.text}`);
      add(a, b, alike);
    }
    // Two dotted names alike but for one piece (ボリス・チャーニー / ボリス・チェルニー): the pieces written
    // the same are the evidence, so the differing piece may sound further off.
    for (const [a, b, shared] of piecePairs(chunks)) {
      const wordA = words.get(a);
      const wordB = words.get(b);
      if (!wordA || !wordB || paired.has(`${a}\u0001${b}`)) continue;
      paired.add(`${a}\u0001${b}`).add(`${b}\u0001${a}`);
      const alike = soundAlikeBesideShared(wordA, wordB);
      if (alike !== undefined) add(wordA, wordB, alike, shared);
    }
    return verdicts;
  },
};

/** The uses of name-like words in a chunk, in order (a Latin word's English-prose check is left to `resolve` near the chunk's ends). */
function nameWordUses(doc: AnalyzedDocument, services: ScanServices): NameWordUse[] {
  const uses: NameWordUse[] = [];
  const text = doc.text;
  const add = (word: string, start: number, key: string, partners: readonly string[], latin: boolean, companion?: NameWordUse['companion']): void => {
    uses.push({ text: word, key, range: { start, end: start + word.length }, partners, latin, ...(companion ? { companion } : {}) });
  };
  const known = knownKatakanaWords(services.kb);
  for (const run of text.matchAll(/[\u30A1-\u30FA\u30FC]+(?:[・･][\u30A1-\u30FA\u30FC]+)*/g)) {
    const parts = run[0].split(/[・･]/);
    const dotted = parts.length > 1;
    const end = (run.index ?? 0) + run[0].length;
    const titled = !dotted && services.rules.nameTitles.some((title) => text.startsWith(title, end));
    const ordinary = (part: string): boolean => services.rules.ordinaryKatakana.has(part) || isDictionaryWord(doc, part);
    // A dotted run with an ordinary word in it (マーシャル・プラン) is a compound, not a person's name; a common
    // given name that is also a word (マーク, ベス) leaves it a name.
    const namePlace = (dotted && !parts.some((part) => ordinary(part) && !services.rules.commonNameParts.has(part))) || titled;
    let at = run.index ?? 0;
    // A person's name the knowledge base does not know may share a given name with one it knows (ジェームス of
    // ジェームス・ポン): such a part stays, to be compared with the same name's other spellings beside the same
    // surname only (piecePairs); the given name of a known person is the name detectors'.
    const knownWhole = known.has(run[0]);
    parts.forEach((part, i) => {
      const start = at;
      at += part.length + 1;
      if (ordinary(part)) return;
      if (known.has(part)) {
        const givenName = dotted && namePlace && !knownWhole && i < parts.length - 1 && !wholeNames(services.kb).has(part);
        const key = soundKey(part);
        if (givenName && key.length >= MIN_SHARED_KEY) add(part, start, key, [...parts, GIVEN], false);
        return;
      }
      const key = soundKey(part);
      if (key.length < MIN_KEY) return;
      // Elsewhere, a long word the dictionary does not know at all (a company's name) counts too, held to a closer match.
      if (namePlace) add(part, start, key, parts, false);
      else if (dotted || part.length < 4) return;
      else if (!isUnknownWord(doc, part)) add(part, start, key, [...parts, LOOSE], false, 'compound');
      else add(part, start, key, [...parts, LOOSE], false, part.length >= 5 ? undefined : 'unknown');
    });
  }
  const latinNames = nameIndexOf(services.kb).latinSquashed;
  for (const match of text.matchAll(/(?<![A-Za-z0-9])[A-Z][a-z]{3,}(?![A-Za-z0-9])/g)) {
    const word = match[0];
    const start = match.index ?? 0;
    if (services.lexicon.has(word) || latinNames.has(squash(word))) continue;
    // Far enough from the chunk's ends, the prose around the word is all in the chunk.
    const inside = start >= PROSE_WINDOW && start + word.length + PROSE_WINDOW <= text.length;
    if (inside && isInEnglishProse(text, start, start + word.length, PROSE_WINDOW)) continue;
    add(word, start, latinSoundKey(word), [], !inside);
  }
  return uses;
}

const wholeNameCache = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

/** The katakana names of one word the knowledge base knows (ソニー, アルトマン as a short name): never only a given name. */
function wholeNames(kb: KnowledgeBase): ReadonlySet<string> {
  let names = wholeNameCache.get(kb);
  if (!names) {
    names = new Set(
      nameIndexOf(kb)
        .katakana.filter((name) => name.parts.length === 1)
        .map((name) => name.text),
    );
    wholeNameCache.set(kb, names);
  }
  return names;
}

/**
 * The companions (NameWordUse.companion) that count: those with a word of the same sound key and another
 * spelling in the document, when one of the two is unknown to the dictionary (name-like, or a short unknown word).
 */
function companionsThatCount(chunks: readonly (readonly NameWordUse[])[]): ReadonlySet<string> {
  const byKey = new Map<string, Map<string, NameWordUse['companion'] | 'name'>>();
  for (const uses of chunks) {
    for (const use of uses) {
      let spellings = byKey.get(use.key);
      if (!spellings) byKey.set(use.key, (spellings = new Map()));
      if (spellings.get(use.text) !== 'name') spellings.set(use.text, use.companion ?? 'name');
    }
  }
  const counted = new Set<string>();
  for (const spellings of byKey.values()) {
    if (spellings.size < 2 || ![...spellings.values()].some((kind) => kind !== 'compound')) continue;
    for (const [text, kind] of spellings) if (kind !== 'name') counted.add(text);
  }
  return counted;
}

/** Marks a word found outside a name's place (among its partners, which are otherwise words of one name). */
const LOOSE = '\u0000loose';
/** Marks a given name the knowledge base knows (among its partners): compared beside a shared surname only. */
const GIVEN = '\u0000given';
const NOWHERE = { start: 0, end: 0 };

const unknownWords = new Map<string, boolean>();

/** A word no token of which kuromoji knows. */
function isUnknownWord(doc: AnalyzedDocument, word: string): boolean {
  let unknown = unknownWords.get(word);
  if (unknown === undefined) {
    unknown = doc.tokenize(word).every((token) => !token.known);
    if (unknownWords.size > 20_000) unknownWords.clear();
    unknownWords.set(word, unknown);
  }
  return unknown;
}

const dictionaryWords = new Map<string, boolean>();

/** A word kuromoji knows as one common word (not a proper noun) is an ordinary word, not a name. */
function isDictionaryWord(doc: AnalyzedDocument, word: string): boolean {
  let known = dictionaryWords.get(word);
  if (known === undefined) {
    const tokens = doc.tokenize(word);
    known = tokens.length === 1 && tokens[0]?.known === true && tokens[0].posDetail !== '固有名詞';
    if (dictionaryWords.size > 20_000) dictionaryWords.clear();
    dictionaryWords.set(word, known);
  }
  return known;
}

/**
 * The pairs of words (by their index, the first the lower) that sound alike, in the order of their indices.
 * Only words of one script and one onset can be (soundAlike): each word is compared with those only.
 */
function alikePairs(words: readonly NameWord[]): [number, number, number][] {
  const groups = new Map<string, number[]>();
  words.forEach((word, i) => {
    if (word.partners.has(GIVEN)) return;
    const group = `${isLatin(word.text) ? 'latin' : 'kana'}\u0001${onset(word.key)}`;
    const members = groups.get(group);
    if (members) members.push(i);
    else groups.set(group, [i]);
  });
  const pairs: [number, number, number][] = [];
  for (const members of groups.values()) {
    for (let m = 0; m < members.length; m++) {
      for (let n = m + 1; n < members.length; n++) {
        const i = members[m] as number;
        const j = members[n] as number;
        const alike = soundAlike(words[i] as NameWord, words[j] as NameWord);
        if (alike !== undefined) pairs.push([i, j, alike]);
      }
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** How alike two spellings sound (0..1), or undefined when they are not one name. */
function soundAlike(a: NameWord, b: NameWord): number | undefined {
  if (a.partners.has(b.text) || b.partners.has(a.text)) return undefined;
  if ((a.companion || b.companion) && a.key !== b.key) return undefined;
  const loose = a.partners.has(LOOSE) || b.partners.has(LOOSE);
  // The rest reads the two spellings only (a word's key is made from its text): remembered across decisions,
  // since an edit leaves nearly every pair of the document's words as it was.
  const memo = loose ? looseAlike : strictAlike;
  let ofA = memo.get(a.text);
  if (!ofA) memo.set(a.text, (ofA = new Map()));
  let alike = ofA.get(b.text);
  if (alike === undefined) {
    alike = spellingsAlike(a, b, loose) ?? null;
    if (rememberedPairs++ > MAX_REMEMBERED_PAIRS) {
      looseAlike.clear();
      strictAlike.clear();
      rememberedPairs = 0;
    }
    ofA.set(b.text, alike);
  }
  return alike ?? undefined;
}

/** soundAlike's answers by the two spellings (null: not alike), for pairs in and out of names' places. */
const looseAlike = new Map<string, Map<string, number | null>>();
const strictAlike = new Map<string, Map<string, number | null>>();
const MAX_REMEMBERED_PAIRS = 200_000;
let rememberedPairs = 0;

function spellingsAlike(a: NameWord, b: NameWord, loose: boolean): number | undefined {
  if (isLatin(a.text) !== isLatin(b.text)) return undefined;
  if (a.key.length < MIN_KEY || b.key.length < MIN_KEY || onset(a.key) !== onset(b.key) || !sameOnsetVowel(a.key, b.key)) return undefined;
  // One the beginning of the other is a cut name (デミ / デミス), not a second spelling; a vowel more at the end is (アムコア / アムコー).
  if (a.key !== b.key && cutShort(a.key, b.key)) return undefined;
  const sounds = editSimilarity(a.key, b.key);
  const skeletonA = foldVoicing(consonantSkeleton(a.key));
  const skeletonB = foldVoicing(consonantSkeleton(b.key));
  if (skeletonA.length < 2 || skeletonB.length < 2) return undefined;
  const consonants = editSimilarity(skeletonA, skeletonB);
  // A loanword with and without its last long vowel (ウォッチャー, ウォッチャ) is a matter of style, not of names.
  if (loose && a.text.replace(/ー$/, '') === b.text.replace(/ー$/, '')) return undefined;
  // Two sounds swapped (ロルドフ / ロドルフ): one slip, though the consonants come in another order.
  if (!loose && !isLatin(a.text) && swappedSounds(a.text, b.text)) return SWAPPED_ALIKE;
  if (sounds < (loose ? 0.8 : 0.6) || consonants < (loose ? 0.8 : 0.75)) {
    // Or alike by the slips ears make (heardAlike.ts: デュイット / デウィット, タリク / タレク), when both stand where names stand.
    const heard = isLatin(a.text) ? 0 : heardSimilarity(a.text, b.text);
    return !loose && heard >= HEARD_ALIKE ? heard : undefined;
  }
  return (sounds + consonants) / 2;
}

/** How alike two names' spellings with two sounds swapped count: alike, but below a warning's likeness when the counts are close. */
const SWAPPED_ALIKE = 0.68;

/** How alike by ear (heardAlike.ts) two words in names' places must sound to be one name. */
const HEARD_ALIKE = 0.88;

/** One key is the other's beginning with a sound of a consonant more: a cut name, not a second spelling. */
function cutShort(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && /[^aeiou]/.test(long.slice(short.length));
}

/** Pairs of pieces in which two dotted names differ, when they differ in that one piece only, with a piece they share. */
function* piecePairs(chunks: readonly (readonly NameWordUse[])[]): Generator<[string, string, string]> {
  const names = new Map<string, readonly string[]>();
  for (const uses of chunks) {
    for (const use of uses) {
      if (use.partners.length < 2 || use.partners.includes(LOOSE)) continue;
      const parts = use.partners.filter((partner) => partner !== GIVEN);
      names.set(parts.join('・'), parts);
    }
  }
  const list = [...names.values()];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i] as readonly string[];
      const b = list[j] as readonly string[];
      if (a.length !== b.length) continue;
      const differing = a.map((_, k) => k).filter((k) => a[k] !== b[k]);
      if (differing.length !== 1) continue;
      const k = differing[0] as number;
      const shared = a.find((piece, at) => at !== k && piece.length >= 2);
      if (shared !== undefined) yield [a[k] as string, b[k] as string, shared];
    }
  }
}

/** The shortest key a piece beside a shared piece may have (ジョン, チョン). */
const MIN_SHARED_KEY = 3;

/** How alike two pieces of dotted names that share their other pieces sound, or undefined when not alike enough. */
function soundAlikeBesideShared(a: NameWord, b: NameWord): number | undefined {
  if (a.partners.has(b.text) || b.partners.has(a.text) || isLatin(a.text) || isLatin(b.text)) return undefined;
  if (a.key.length < MIN_SHARED_KEY || b.key.length < MIN_SHARED_KEY || onset(a.key) !== onset(b.key) || !sameOnsetVowel(a.key, b.key)) return undefined;
  if (a.key !== b.key && (a.key.startsWith(b.key) || b.key.startsWith(a.key))) return undefined;
  const sounds = editSimilarity(a.key, b.key);
  // The onset's transliteration swap (ジョン / チョン) is folded before the consonants are compared.
  const consonants = editSimilarity(foldOnset(consonantSkeleton(a.key)), foldOnset(consonantSkeleton(b.key)));
  if (sounds < 0.5 || consonants < 0.6) return undefined;
  return (sounds + consonants) / 2;
}

/**
 * Consonants that ears and transliterations swap in foreign names: voiced and voiceless (バーンズ / バーンス,
 * フェルドマン / フェルトマン) and v written ヴ or with the バ row (ネヴェン / ネーベン). Folded for the
 * consonant comparison only: the sounds as a whole must still be close.
 */
const foldVoicing = (skeleton: string): string => skeleton.replace(/v/g, 'b').replace(/z/g, 's').replace(/d/g, 't').replace(/g/g, 'k');

const foldOnset = (skeleton: string): string => skeleton.replace(/^(ch|z)/, 'j');

/**
 * The first sound, with the onsets transliteration swaps folded (ジャ/ザ/チャ for one foreign sound) and every
 * vowel one onset (sameOnsetVowel tells them apart).
 */
const onset = (key: string): string => {
  const first = /^(ch|sh|ts|[a-z])/.exec(key)?.[0] ?? '';
  return ['j', 'z', 'ch'].includes(first) ? 'j' : /^[aeiou]$/.test(first) ? 'vowel' : first;
};

/**
 * Two keys that start with different vowels are one name only when that vowel is all they differ in: English
 * "a" and "e" are written ア or エ (アニスフィア, エニスフィア); otherwise recognisers keep a name's first sound.
 */
const sameOnsetVowel = (a: string, b: string): boolean => a[0] === b[0] || !/^[aeiou]/.test(a) || a.slice(1) === b.slice(1);

const isLatin = (text: string): boolean => /^[A-Za-z]/.test(text);

function pairFindings(a: NameWord, b: NameWord, alike: number, sharedPiece?: string): [number, Finding][] {
  const [common, rare] = a.uses.length >= b.uses.length ? [a, b] : [b, a];
  // Spellings of the same sounds (クレイシー, クレーシー) are another way of writing, never more than information.
  const even = common.uses.length === rare.uses.length;
  const spellings = t('「{0}」×{1}, 「{2}」×{3}', common.text, common.uses.length, rare.text, rare.uses.length);
  const reasons = [
    t('Both are written where a name stands (in a dotted name or before a title such as 氏) and neither is in the knowledge base.'),
    t('They sound alike: 「{0}」 ({1}) and 「{2}」 ({3}), {4}% alike.', common.text, common.key, rare.text, rare.key, Math.round(alike * 100)),
    ...(sharedPiece !== undefined ? [t('Both stand in a name written otherwise alike (with 「{0}」).', sharedPiece)] : []),
  ];
  const finding = (word: NameWord, other: NameWord, confidence: number, fix: boolean, message: string): [number, Finding][] => {
    // One finding for the word, placed on each of its uses.
    const verdict = makeFinding({
      code: CODE,
      range: NOWHERE,
      message,
      confidence,
      explanation: { problem: t('One name seems to be spelled two ways in this document ({0}).', spellings), reasons },
      replacements: fix ? [other.text] : [],
    });
    return word.uses.map((use): [number, Finding] => [use, verdict]);
  };
  // As often each, but one spelling is the full name's (ベス・バーンズ) and the other a surname alone (バーンスさん):
  // the name is introduced whole, as the writer checked it, and heard again later. The lone one is information
  // with the full name's spelling as its fix; the full name is left alone.
  const fullA = inFullName(a);
  if (even && fullA !== inFullName(b)) {
    const [whole, lone] = fullA ? [a, b] : [b, a];
    return finding(
      lone,
      whole,
      0.6,
      true,
      t('「{0}」 is probably the name written 「{1}」 in the full name elsewhere in this document ({2})', lone.text, whole.text, spellings),
    );
  }
  if (even) {
    const message = (word: NameWord, other: NameWord): string =>
      t('「{0}」 and 「{1}」 may be one name spelled two ways (as often each); check which is right', word.text, other.text);
    return [...finding(common, rare, 0.55, true, message(common, rare)), ...finding(rare, common, 0.55, true, message(rare, common))];
  }
  // A clear majority and a close sound make the rarer spelling likely wrong; a looser match stays information.
  // Only the rarer spelling is flagged: its fix leaves the commoner at its place, which then has nothing to report.
  // A majority of one use (2 against 1) says little about which spelling is right when the two sound only
  // loosely alike (ガウデメ / ゴードメット): both are pointed out, as information, the commoner without a fix.
  const thinMajority = sharedPiece === undefined && common.uses.length - rare.uses.length === 1 && alike < THIN_MAJORITY_ALIKE;
  const rareConfidence = common.key === rare.key && !isLatin(common.text) ? 0.55 : alike >= 0.65 && !thinMajority ? 0.72 : 0.6;
  const rareFindings = finding(
    rare,
    common,
    rareConfidence,
    true,
    t('「{0}」 is probably the name written 「{1}」 elsewhere in this document ({2})', rare.text, common.text, spellings),
  );
  if (!thinMajority) return rareFindings;
  const commonFindings = finding(
    common,
    rare,
    0.5,
    false,
    t('「{0}」 is written 「{1}」 elsewhere in this document, nearly as often ({2}); check which is right', common.text, rare.text, spellings),
  );
  return [...rareFindings, ...commonFindings];
}

/** Written at least once in a dotted name with other parts (ベス・バーンズ), not only alone. */
const inFullName = (word: NameWord): boolean => [...word.partners].some((partner) => partner !== LOOSE && partner !== GIVEN);

/** Below this likeness, a majority of one use does not tell the right spelling of a name from the wrong one. */
const THIN_MAJORITY_ALIKE = 0.7;
