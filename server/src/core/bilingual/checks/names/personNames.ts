/**
 * A person nobody knows, named in full in the source (Stacy Rasgon), written in the translation as a katakana
 * name of as many parts, each rendering its word but one (ステイシー・ラスキン): the translator, or the
 * recogniser, reached for a name of like sound. The parts that render their words place the name for sure;
 * the fix is the odd word rendered by the rules of katakana spelling (with ヴ where the translation writes ヴ),
 * a proposal: information, never applied by fix-all.
 */
import type { EnglishLexicon } from '../../../lexicon';
import type { KnowledgeBase } from '../../../knowledge/knowledgeBase';
import type { OffsetRange } from '../../../types';
import type { AlignedPair } from '../../alignment';
import { englishMentions } from '../../englishNames';
import { heardOtherwise, renderingLikeness, renderWordInKatakana, type RenderingStyle } from '../../katakanaRendering';
import { latinWords, type Word } from '../../pairFacts';
import { soundsAsRendered } from '../../transliteration';
import type { TargetView } from './targetView';
import { katakanaParts } from './renderings';

/** One word of a name: capitalised, perhaps in two capitalised halves (KeShaun) or hyphenated (Al-Dahle). */
const NAME_WORD = String.raw`[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Za-z][a-z]+)?`;
const FULL_NAME = new RegExp(String.raw`\b${NAME_WORD}(?: ${NAME_WORD}){1,2}(?![\w-])`, 'g');

/** The words of a name as katakana writes them apart: at spaces and at a hyphen before a capital (Al-Dahle → アル＝ダーレ, Kyung-hoon → ギョンフン). */
function wordsOf(name: string): string[] {
  return name.split(/ |-(?=[A-Z])/);
}

/**
 * The romanisations of Chinese and Korean names read otherwise than English letters (Zhao ↔ ジャオ, Zhang ↔ チャン,
 * Jung ↔ ジョン): the word as English would spell those sounds, each way it may be read.
 */
export function asEnglishSpellings(word: string): string[] {
  const spellings = new Set([word]);
  const romanised = word.replace(/ng$/, 'n').replace(/eo/g, 'o').replace(/eu/g, 'u');
  spellings.add(romanised);
  for (const zh of ['j', 'ch'])
    spellings.add(
      romanised
        .replace(/^Zh/, zh === 'j' ? 'J' : 'Ch')
        .replace(/zh/g, zh)
        .replace(/^X/, 'Sh')
        .replace(/^Q/, 'Ch'),
    );
  return [...spellings];
}

/** A katakana part renders an English word when their consonants agree, or it is spelt almost as the word's rendering. */
const RENDERED_LIKENESS = 0.9;

export function rendersWord(english: string, katakana: string): boolean {
  return asEnglishSpellings(english).some((e) => soundsAsRendered(e, katakana) || renderingLikeness(e, katakana) >= RENDERED_LIKENESS);
}

export interface GarbledPersonPart {
  /** The full name in the source. */
  readonly name: Word;
  /** The word of the name the translation writes otherwise (Rasgon), and where it stands in the source. */
  readonly word: string;
  readonly wordRange: OffsetRange;
  /** The katakana part that does not render it (ラスキン). */
  readonly part: Word;
  readonly fix: string;
}

/**
 * Full names of the source sentence that name no known entity, with one word at least that is no English word;
 * at the start of a sentence the first word must be none either ("In Abilene").
 */
export function unknownPeople(pair: AlignedPair, kb: KnowledgeBase, lexicon: EnglishLexicon): Word[] {
  return pair.source.flatMap((segment) =>
    segment.pieces.flatMap((piece) => {
      const known = englishMentions(piece.text, kb).map((m) => m.range);
      return [...piece.text.matchAll(FULL_NAME)]
        .map((m) => {
          // A title or an ordinary word before the name ("Analyst Karen Ashford") is no part of it.
          const words = m[0].split(' ');
          let index = m.index;
          while (words.length > 2 && lexicon.has(words[0] ?? '')) index += (words.shift() ?? '').length + 1;
          return { text: words.join(' '), index };
        })
        .filter(({ text, index }) => {
          const words = text.split(' ');
          if (words.every((w) => lexicon.has(w))) return false;
          const sentenceStart = /(?:^|[.!?:]\s+|["“]\s*)$/.test(piece.text.slice(0, index));
          if (sentenceStart && lexicon.has(words[0] ?? '')) return false;
          return !known.some((r) => r.start < index + text.length && index < r.end);
        })
        .map(({ text, index }) => ({ text, range: { start: piece.start + index, end: piece.start + index + text.length } }));
    }),
  );
}

/** The katakana names of the translation that write a person of the source with one word not rendered. */
export function garbledPersonParts(
  pair: AlignedPair,
  view: TargetView,
  kb: KnowledgeBase,
  lexicon: EnglishLexicon,
  taken: ReadonlySet<number>,
  // The document's own rendering of a word where it has one (documentRenderings), else the rules'.
  render: (word: string, style: RenderingStyle) => string = renderWordInKatakana,
): GarbledPersonPart[] {
  const found: GarbledPersonPart[] = [];
  const people = unknownPeople(pair, kb, lexicon);
  const parts = view.katakana.flatMap(katakanaParts);
  // A person of the source no katakana of the translation renders, in Latin letters nowhere either.
  const unwritten = people.filter((name) => {
    const words = wordsOf(name.text);
    return !words.some((w) => view.text.includes(w) || parts.some((p) => rendersWord(w, p.text)));
  });
  const sourceWords = pair.source.flatMap(latinWords).map((w) => w.text);
  for (const name of people) {
    // A given name of two syllables joined by a hyphen (Kyung-hoon, Jung-woo) is a Korean romanisation, which English rules do not read.
    if (/-[a-z]/.test(name.text)) continue;
    const words = wordsOf(name.text);
    const candidates: GarbledPersonPart[] = [];
    for (const written of view.katakana) {
      if (katakanaParts(written).length !== words.length || taken.has(written.range.start)) continue;
      const slip = oneSlippedPart(name, words, written, render);
      if (slip === 'all rendered') {
        // The name is written right here: no other katakana name is a garble of it.
        candidates.length = 0;
        break;
      }
      if (slip) candidates.push(slip);
    }
    if (candidates.length === 1 && candidates[0]) found.push(candidates[0]);
    else if (candidates.length === 0 && unwritten.length === 1 && unwritten[0] === name) {
      // The one person of the sentence nobody renders, and the one katakana name of as many parts that renders no word of
      // the source: every word of it reached for a name of like sound (ブランドン・マクブライド for Brannin McBee).
      const whole = view.katakana.filter(
        (w) =>
          !taken.has(w.range.start) &&
          katakanaParts(w).length === words.length &&
          katakanaParts(w).every((p) => p.text.length >= 2) &&
          !katakanaParts(w).some((p) => sourceWords.some((s) => rendersWord(s, p.text))),
      );
      const written = whole.length === 1 ? whole[0] : undefined;
      // Joined as the name written joins its words (・, or ＝ as some newspapers write people).
      const fix = written ? words.map((w) => render(w, { vu: written.text.includes('ヴ') })).join(written.text.includes('＝') ? '＝' : '・') : '';
      if (written && fix !== '' && fix !== written.text) found.push({ name, word: name.text, wordRange: name.range, part: written, fix });
    }
  }
  return found;
}

/**
 * A person of the source the translation writes as a katakana name whose parts render the words of the source's name but one
 * (ムハンマド・ビン・ザイド・アール・ナヒヤーン for "Tahnoon bin Zayed": ビン and ザイド render bin and Zayed), the parts after
 * them the rest of the name the source writes on (Al Nahyan): that one part is the slip, the source's word rendered its fix.
 */
export function garbledPartOfPerson(
  name: Word,
  view: TargetView,
  taken: ReadonlySet<number>,
  render: (word: string, style: RenderingStyle) => string = renderWordInKatakana,
): GarbledPersonPart | undefined {
  const words = wordsOf(name.text);
  if (words.length < 2) return undefined;
  const candidates: GarbledPersonPart[] = [];
  for (const written of view.katakana) {
    if (katakanaParts(written).length < words.length || taken.has(written.range.start)) continue;
    const slip = oneSlippedPart(name, words, written, render);
    if (slip && slip !== 'all rendered') candidates.push(slip);
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The one katakana part of `written` that does not render its word of the source's name (parts read in the name's order),
 * with that word rendered as its fix; 'all rendered' when every word has its part; nothing when two or more slip.
 */
function oneSlippedPart(
  name: Word,
  words: readonly string[],
  written: Word,
  render: (word: string, style: RenderingStyle) => string,
): GarbledPersonPart | 'all rendered' | undefined {
  const parts = katakanaParts(written);
  // A part with the word's consonants but other vowels than either rendering of it is another name heard (フリードマン for Feldman).
  const odd = words.map((w, k) => (rendersWord(w, parts[k]?.text ?? '') && !heardOtherwise(w, parts[k]?.text ?? '') ? -1 : k)).filter((k) => k >= 0);
  if (odd.length === 0) return 'all rendered';
  const k = odd[0] ?? -1;
  const part = parts[k];
  const word = words[k];
  if (odd.length !== 1 || !part || !word || part.text.length < 2) return undefined;
  const fix = render(word, { vu: written.text.includes('ヴ') });
  if (fix === '' || fix === part.text) return undefined;
  const at = words.slice(0, k).reduce((offset, w) => offset + w.length + 1, 0);
  return { name, word, wordRange: { start: name.range.start + at, end: name.range.start + at + word.length }, part, fix };
}
