/** Words of a translation that garble a name of its source: a known entity's spelling, or a Latin name nobody knows. */
import { editSimilarity } from '../../../similarity';
import type { Entity } from '../../../knowledge/model';
import type { EnglishLexicon } from '../../../lexicon';
import type { SourceCheckContext } from '../check';
import { latinSpellings } from '../../englishNames';
import type { Word } from '../../pairFacts';
import { oneLetterOff, spellingsOf } from '../../pairNames';
import { anotherWayOfWritingAGivenName, undotted, type TargetView } from './targetView';

const KATAKANA_SIMILARITY = 0.55;
const LATIN_SIMILARITY = 0.6;

/** The target word that most resembles a spelling of the entity, with the spelling it garbles. */
export function closestGarble(
  entity: Entity,
  katakana: readonly Word[],
  latin: readonly Word[],
  context: SourceCheckContext,
): { word: Word; fix: string; similarity: number } | undefined {
  const kana = spellingsOf(entity).filter((s) => /^[ァ-ヴー・＝]+$/.test(s));
  const roman = latinSpellings(entity);
  let best: { word: Word; fix: string; similarity: number } | undefined;
  for (const word of katakana) {
    if (word.text.length < 2 || context.rules.ordinaryKatakana.has(word.text)) continue;
    // A part of a spelling (アルトマン of サム・アルトマン) is a short form, not a garble.
    if (kana.some((s) => s.includes(word.text))) continue;
    if (anotherWayOfWritingAGivenName(word.text, entity)) continue;
    for (const spelling of kana) {
      const similarity = editSimilarity(undotted(word.text), undotted(spelling));
      if (similarity >= KATAKANA_SIMILARITY && similarity < 1 && (!best || similarity > best.similarity))
        best = { word, fix: entity.ja.includes(spelling) ? spelling : entity.ja, similarity };
    }
  }
  for (const word of latin) {
    if (word.text.length < 3 || (context.lexicon.has(word.text) && word.text.length < 5)) continue;
    for (const spelling of roman) {
      if (spelling.toLowerCase().includes(word.text.toLowerCase())) continue;
      const similarity = editSimilarity(word.text.toLowerCase(), spelling.toLowerCase());
      if (similarity >= LATIN_SIMILARITY && similarity < 1 && (!best || similarity > best.similarity)) best = { word, fix: spelling, similarity };
    }
  }
  return best;
}

/** A Latin word of the translation that misspells a name of the source nobody knows (Andresen for Andreessen). */
export function unknownNameGarble(name: Word, view: TargetView, taken: ReadonlySet<number>, lexicon: EnglishLexicon): Word | undefined {
  if (view.text.toLowerCase().includes(name.text.toLowerCase())) return undefined;
  const garble = view.latin
    .filter((w) => !lexicon.has(w.text) && !taken.has(w.range.start))
    .map((w) => ({ word: w, similarity: editSimilarity(w.text.toLowerCase(), name.text.toLowerCase()) }))
    .sort((a, b) => b.similarity - a.similarity)[0];
  if (!garble || garble.similarity === 1 || (garble.similarity < 0.7 && !oneLetterOff(garble.word.text, name.text))) return undefined;
  return garble.word;
}
