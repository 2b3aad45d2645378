/**
 * How a katakana spelling of a name compares with the known spelling a fix would write, measured against the
 * name's English: a spelling that writes the English at least as well (アラヴィンド for Aravind beside the known
 * アラビンド; アイヤー for Ayar beside アヤー) is another transliteration, not a garble of the known one. By the spelling
 * rules alone: the translation's own checks run without a source and never read the pronouncing dictionary.
 */
import { spellingLikeness } from './bilingual/katakanaRendering';
import type { Entity } from './knowledge/model';
import { splitNameParts } from './nameIndex';
import { scriptOf } from './text';

/** Below this a spelling is too far from the English for the comparison to say anything. */
const RENDERS_ENGLISH = 0.75;
/** How much closer to the English a spelling must be to count as better than the known one. */
const CLEARLY_CLOSER = 0.05;

export type RenderingVerdict = 'better' | 'as-well';

/**
 * 'better' when every part the two spellings differ in writes the English at least as well and one clearly
 * better, 'as-well' when every such part writes it as well; undefined when a part writes it worse or when
 * the parts cannot be paired with English words.
 */
export function comparedRendering(written: string, known: string, englishNames: readonly string[]): RenderingVerdict | undefined {
  const writtenParts = splitNameParts(written);
  const knownParts = splitNameParts(known);
  if (writtenParts.length !== knownParts.length || written === known) return undefined;
  let verdict: RenderingVerdict | undefined;
  for (const english of englishNames) {
    const words = english.split(/[\s-]+/).filter((w) => /^[A-Za-z]+$/.test(w));
    if (words.length === 0) continue;
    const found = compareParts(writtenParts, knownParts, words);
    if (found === 'better') return found;
    verdict ??= found;
  }
  return verdict;
}

/** The verdict on a spelling against the known one it would be fixed to, by the entity's English names. */
export function comparedWithEntity(written: string, known: string, entity: Entity): RenderingVerdict | undefined {
  const english = [entity.en, ...(entity.aliases ?? [])].filter((name) => scriptOf(name) === 'latin');
  return comparedRendering(written, known, english);
}

function compareParts(writtenParts: readonly string[], knownParts: readonly string[], words: readonly string[]): RenderingVerdict | undefined {
  let closer = false;
  for (const [i, writtenPart] of writtenParts.entries()) {
    const knownPart = knownParts[i] ?? '';
    if (writtenPart === knownPart) continue;
    // Long vowels added or lost are what ears do (リーサ for リサ), and the rendering cannot weigh them: no verdict.
    if (writtenPart.replace(/ー/g, '') === knownPart.replace(/ー/g, '')) return undefined;
    // Parts pair with words by place when there are as many; a lone part (a surname) with the word it writes best.
    const word = words.length === writtenParts.length ? words[i] : bestWordFor(knownPart, words);
    if (word === undefined) return undefined;
    if (rHeardOrNot(writtenPart, knownPart, word)) continue;
    const writtenLikeness = spellingLikeness(word, writtenPart);
    const knownLikeness = spellingLikeness(word, knownPart);
    if (writtenLikeness < RENDERS_ENGLISH || writtenLikeness < knownLikeness) return undefined;
    if (writtenLikeness >= knownLikeness + CLEARLY_CLOSER) closer = true;
  }
  return closer ? 'better' : 'as-well';
}

function bestWordFor(katakana: string, words: readonly string[]): string | undefined {
  let best: { word: string; likeness: number } | undefined;
  for (const word of words) {
    const likeness = spellingLikeness(word, katakana);
    if (!best || likeness > best.likeness) best = { word, likeness };
  }
  return best?.word;
}

/**
 * An r after a vowel heard or not (Isomorphic: アイソモルフィック or アイソモーフィック; Arcuri: アルクーリ or アークーリ):
 * the two spellings differ only in ル against ー where the English writes a vowel, r and a consonant.
 */
function rHeardOrNot(writtenPart: string, knownPart: string, word: string): boolean {
  if (!/[aeiou]r[^aeiouyr]/i.test(word)) return false;
  const unheard = (part: string): string => part.replace(/(?<=[ァ-ヴ])ル(?=[ァ-ヴ])(?![ァィゥェォャュョ])/g, 'ー');
  return unheard(writtenPart) === unheard(knownPart);
}
