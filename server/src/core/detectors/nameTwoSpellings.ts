/**
 * One name spelled two ways in one document, for names the knowledge base does not know: 「ダウデ氏」 and
 * 「ドゥデ氏」, 「ガウデメ氏」 and 「ゴードメット氏」. Speech recognition and translation write an unfamiliar
 * name afresh each time it is heard, so one person turns into two spellings that sound alike.
 *
 * Contract:
 * - Words in a name's place count: a part of a dotted katakana name (ローラン・ドゥデ), a katakana word
 *   before a title (氏, さん, CEO…; the list is data), or a capitalised Latin word that is not English.
 *   Elsewhere, a katakana word of five letters or more that the dictionary does not know at all counts too,
 *   held to a closer match (a company's name: アイソモルフィック / アイソモーフィック).
 * - Words the knowledge base knows, ordinary loanwords and dictionary words that are not proper nouns are
 *   left to the other detectors.
 * - Two spellings belong together when their sound keys (soundKey.ts) start alike (ジャ, ザ and チャ alike), share most consonants
 *   and most sounds, and neither is the other's beginning (that is a truncation, truncated-name's case).
 * - The rarer spelling gets a warning with the commoner as its fix (information when both write the same
 *   sounds, クレイシー / クレーシー: a style); with even counts each gets information with the other as its
 *   fix. The commoner is not flagged: fixing the rarer then leaves nothing to report at its place.
 */
import type { AnalyzedDocument } from '../analyzedDocument';
import type { DetectorContext } from '../context';
import { makeFinding } from '../finding';
import { knownKatakanaWords, nameIndexOf, squash } from '../nameIndex';
import { editSimilarity } from '../similarity';
import { consonantSkeleton, latinSoundKey, soundKey } from '../soundKey';
import { isInEnglishProse } from '../text';
import type { Finding, OffsetRange } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'name-two-spellings';
const MIN_KEY = 4;

interface NameWord {
  readonly text: string;
  readonly key: string;
  readonly ranges: OffsetRange[];
  /** Other words written in the same dotted name: two parts of one name are never one name spelled twice. */
  readonly partners: Set<string>;
}

export const nameTwoSpellings: Detector = {
  code: CODE,
  description: 'One name the knowledge base does not know, spelled two ways in one document (ダウデ / ドゥデ).',
  detect(doc, context) {
    const words = nameWords(doc, context);
    const findings: Finding[] = [];
    const list = [...words.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as NameWord;
        const b = list[j] as NameWord;
        const alike = soundAlike(a, b);
        if (alike === undefined) continue;
        findings.push(...pairFindings(a, b, alike));
      }
    }
    return findings;
  },
};

/** The name-like words of the document, by spelling. */
function nameWords(doc: AnalyzedDocument, context: DetectorContext): Map<string, NameWord> {
  const words = new Map<string, NameWord>();
  const text = doc.text;
  const add = (word: string, start: number, key: string, partners: readonly string[]): void => {
    let entry = words.get(word);
    if (!entry) words.set(word, (entry = { text: word, key, ranges: [], partners: new Set() }));
    entry.ranges.push({ start, end: start + word.length });
    for (const partner of partners) if (partner !== word) entry.partners.add(partner);
  };
  const known = knownKatakanaWords(context.kb);
  for (const run of text.matchAll(/[\u30A1-\u30FA\u30FC]+(?:[・･][\u30A1-\u30FA\u30FC]+)*/g)) {
    const parts = run[0].split(/[・･]/);
    const dotted = parts.length > 1;
    const after = text.slice((run.index ?? 0) + run[0].length);
    const titled = !dotted && context.rules.nameTitles.some((title) => after.startsWith(title));
    const ordinary = (part: string): boolean => context.rules.ordinaryKatakana.has(part) || isDictionaryWord(doc, part);
    // A dotted run with an ordinary word in it (マーシャル・プラン) is a compound, not a person's name.
    const namePlace = (dotted && !parts.some(ordinary)) || titled;
    let at = run.index ?? 0;
    for (const part of parts) {
      const start = at;
      at += part.length + 1;
      if (known.has(part) || ordinary(part)) continue;
      // Elsewhere, a long word the dictionary does not know at all (a company's name) counts too, held to a closer match.
      if (!namePlace && (part.length < 5 || !isUnknownWord(doc, part))) continue;
      const key = soundKey(part);
      if (key.length >= MIN_KEY) add(part, start, key, namePlace ? parts : [...parts, LOOSE]);
    }
  }
  for (const match of text.matchAll(/(?<![A-Za-z0-9])[A-Z][a-z]{3,}(?![A-Za-z0-9])/g)) {
    const word = match[0];
    const start = match.index ?? 0;
    if (context.lexicon.has(word) || nameIndexOf(context.kb).latinSquashed.has(squash(word)) || isInEnglishProse(text, start, start + word.length)) continue;
    add(word, start, latinSoundKey(word), []);
  }
  return words;
}

/** Marks a word found outside a name's place (among its partners, which are otherwise words of one name). */
const LOOSE = '\u0000loose';

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

/** How alike two spellings sound (0..1), or undefined when they are not one name. */
function soundAlike(a: NameWord, b: NameWord): number | undefined {
  if (a.partners.has(b.text) || b.partners.has(a.text)) return undefined;
  if (isLatin(a.text) !== isLatin(b.text)) return undefined;
  if (a.key.length < MIN_KEY || b.key.length < MIN_KEY || onset(a.key) !== onset(b.key)) return undefined;
  // One the beginning of the other is a cut name (デミ / デミス), not a second spelling.
  if (a.key !== b.key && (a.key.startsWith(b.key) || b.key.startsWith(a.key))) return undefined;
  const sounds = editSimilarity(a.key, b.key);
  const skeletonA = consonantSkeleton(a.key);
  const skeletonB = consonantSkeleton(b.key);
  if (skeletonA.length < 2 || skeletonB.length < 2) return undefined;
  const consonants = editSimilarity(skeletonA, skeletonB);
  const loose = a.partners.has(LOOSE) || b.partners.has(LOOSE);
  // A loanword with and without its last long vowel (ウォッチャー, ウォッチャ) is a matter of style, not of names.
  if (loose && a.text.replace(/ー/g, '') === b.text.replace(/ー/g, '')) return undefined;
  if (sounds < (loose ? 0.8 : 0.6) || consonants < (loose ? 0.8 : 0.75)) return undefined;
  return (sounds + consonants) / 2;
}

/** The first sound, with the onsets transliteration swaps folded (ジャ/ザ/チャ for one foreign sound). */
const onset = (key: string): string => {
  const first = /^(ch|sh|ts|[a-z])/.exec(key)?.[0] ?? '';
  return ['j', 'z', 'ch'].includes(first) ? 'j' : first;
};

const isLatin = (text: string): boolean => /^[A-Za-z]/.test(text);

function pairFindings(a: NameWord, b: NameWord, alike: number): Finding[] {
  const [common, rare] = a.ranges.length >= b.ranges.length ? [a, b] : [b, a];
  // Spellings of the same sounds (クレイシー, クレーシー) are another way of writing, never more than information.
  const even = common.ranges.length === rare.ranges.length;
  const spellings = t('「{0}」×{1}, 「{2}」×{3}', common.text, common.ranges.length, rare.text, rare.ranges.length);
  const reasons = [
    t('Both are written where a name stands (in a dotted name or before a title such as 氏) and neither is in the knowledge base.'),
    t('They sound alike: 「{0}」 ({1}) and 「{2}」 ({3}), {4}% alike.', common.text, common.key, rare.text, rare.key, Math.round(alike * 100)),
  ];
  const finding = (word: NameWord, other: NameWord, confidence: number, fix: boolean, message: string): Finding[] =>
    word.ranges.map((range) =>
      makeFinding({
        code: CODE,
        range,
        message,
        confidence,
        explanation: { problem: t('One name seems to be spelled two ways in this document ({0}).', spellings), reasons },
        replacements: fix ? [other.text] : [],
      }),
    );
  if (even) {
    const message = (word: NameWord, other: NameWord): string =>
      t('「{0}」 and 「{1}」 may be one name spelled two ways (as often each); check which is right', word.text, other.text);
    return [...finding(common, rare, 0.55, true, message(common, rare)), ...finding(rare, common, 0.55, true, message(rare, common))];
  }
  // A clear majority and a close sound make the rarer spelling likely wrong; a looser match stays information.
  // Only the rarer spelling is flagged: its fix leaves the commoner at its place, which then has nothing to report.
  const rareConfidence = common.key === rare.key && !isLatin(common.text) ? 0.55 : alike >= 0.65 ? 0.72 : 0.6;
  return finding(
    rare,
    common,
    rareConfidence,
    true,
    t('「{0}」 is probably the name written 「{1}」 elsewhere in this document ({2})', rare.text, common.text, spellings),
  );
}
