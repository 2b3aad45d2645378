/**
 * A known person the translation names where its source names a person nobody knows (the source says Roger
 * Dassen, the translation ピーター・ウェニンク): the translator, or the recogniser, reached for a famous name.
 * Only when the sentence has one such person and one such name, the person is named nowhere in the source
 * around, and nothing in the translation reads like the source's name. Fix: the source's name rendered in
 * katakana (or as written, for a translation that wrote the person in Latin letters).
 */
import type { EntityMention } from '../../../types';
import type { SourceCheckContext } from '../check';
import type { AlignedPair } from '../../alignment';
import { englishMentions, latinSpellings } from '../../englishNames';
import { renderNameInKatakana } from '../../katakanaRendering';
import { katakanaParts } from './renderings';
import type { Neighbourhood } from './substitutions';
import type { TargetView } from './targetView';
import { transliterationSimilarity } from '../../transliteration';
import { targetSlice, type Word } from '../../pairFacts';

/** Two or three capitalised words in a row: a full name (Roger Dassen, Mary Ann Lee). */
const FULL_NAME = /\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b/g;

/**
 * The full names of the source sentence that name no known entity and whose last word is none of the
 * dictionary's; at the start of a sentence the first word must be none of its words either ("In Abilene").
 */
function unknownFullNames(pair: AlignedPair, context: SourceCheckContext): Word[] {
  return pair.source.flatMap((segment) =>
    segment.pieces.flatMap((piece) => {
      const known = englishMentions(piece.text, context.kb).map((m) => m.range);
      return [...piece.text.matchAll(FULL_NAME)]
        .filter((m) => {
          const words = m[0].split(' ');
          if (context.lexicon.has(words[words.length - 1] ?? '')) return false;
          const sentenceStart = /(?:^|[.!?:]\s+|["“]\s*)$/.test(piece.text.slice(0, m.index));
          if (sentenceStart && context.lexicon.has(words[0] ?? '')) return false;
          return !known.some((r) => r.start < m.index + m[0].length && m.index < r.end);
        })
        .map((m) => ({ text: m[0], range: { start: piece.start + m.index, end: piece.start + m.index + m[0].length } }));
    }),
  );
}

export function unknownPersonReplaced(
  pair: AlignedPair,
  view: TargetView,
  near: Neighbourhood,
  context: SourceCheckContext,
  taken: ReadonlySet<number>,
  // The document's own rendering of the name's words where it has them (documentRenderings), else the rules'.
  render: (name: string) => string = renderNameInKatakana,
): { mention: EntityMention; name: Word; fix: string } | undefined {
  const people = view.mentions.filter((m) => {
    const entity = context.kb.get(m.entityId);
    return entity?.type === 'person' && !taken.has(m.range.start) && !latinSpellings(entity).some((s) => near.source.includes(s.split(' ').pop() ?? s));
  });
  if (people.length !== 1) return undefined;
  const names = unknownFullNames(pair, context);
  if (names.length !== 1) return undefined;
  const [mention] = people;
  const [name] = names;
  if (!mention || !name) return undefined;
  // Written after all (in Latin letters, or a katakana part that reads like one of its words): not replaced.
  const words = name.text.split(' ');
  if (words.some((w) => view.text.includes(w))) return undefined;
  const parts = view.katakana.flatMap(katakanaParts);
  if (words.some((w) => parts.some((p) => transliterationSimilarity(w, p.text) >= 0.6))) return undefined;
  const written = targetSlice(pair, mention.range);
  const fix = /^[\x20-\x7e]+$/.test(written) ? name.text : render(name.text);
  return { mention, name, fix };
}
