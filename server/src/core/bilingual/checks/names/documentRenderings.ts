/**
 * The katakana a translation writes for the words of the names its source writes (Brandstetter → ブラントシュテッター
 * in the sentences that render it): a fix that renders a name's word copies the document's own rendering, as the
 * translator spelt it elsewhere, before the rules of katakana spelling (ブランドステッター) have their say. Read from
 * the pairs the aligner is sure of; a word counts as rendered by the one katakana part of its sentence that rendersWord
 * takes for it, or that is spelt almost as the rules spell it. A word rendered by rule writes a v as ヴ where the translation
 * writes ヴ anywhere (its translator's habit).
 */
import type { Alignment } from '../../alignment';
import { heardOtherwise, renderWordInKatakana, renderingLikeness, type RenderingStyle } from '../../katakanaRendering';
import { latinWords } from '../../pairFacts';
import { checkedPairs, type SourceCheckContext } from '../check';
import { katakanaParts } from './renderings';
import { rendersWord } from './personNames';
import { targetView } from './targetView';
import { englishSoundKey, transliterationSimilarity } from '../../transliteration';

/** A capitalised word of a name (Brandstetter), or one in capitals as a speaker's label (BRANDSTETTER:) writes it. */
const NAME_WORD = /^[A-Z](?:[a-z]{2,}|[A-Z]{2,})$/;
/** A part this close to the word's rendering by rule renders it too (ブラントシュテッター for Brandstetter, its nd written ント). */
const RENDERED = 0.8;

/**
 * Every consonant of the word written, three at least, an h the rules leave silent included (Tahnoon ↔ タフヌーン, as Arabic
 * names sound it): the translator heard the name, whatever the rules of English spelling say of its letters.
 */
function sameConsonants(word: string, katakana: string): boolean {
  return englishSoundKey(word).length >= 3 && transliterationSimilarity(word, katakana) === 1;
}

/** Brandstetter for BRANDSTETTER: a speaker's label names the person its lines' translation renders. */
const capitalised = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

export interface DocumentRenderings {
  /** The document's rendering of one word of a name, else the word rendered by rule. */
  word(english: string, style?: RenderingStyle): string;
  /** A name of several words, each rendered as the document renders it (else by rule), joined as the document joins names (・ mostly). */
  name(english: string, style?: RenderingStyle): string;
}

const cache = new WeakMap<Alignment, ReadonlyMap<string, string>>();

/** Per English word, the katakana part the document writes for it most often (on a tie, the one closest to the rule's rendering). */
function renderingsOf(alignment: Alignment, context: SourceCheckContext): ReadonlyMap<string, string> {
  let found = cache.get(alignment);
  if (found) return found;
  const counts = new Map<string, Map<string, number>>();
  for (const pair of checkedPairs(alignment)) {
    const words = new Set(
      pair.source
        .flatMap(latinWords)
        .map((w) => w.text)
        .filter((w) => NAME_WORD.test(w))
        .map(capitalised),
    );
    if (words.size === 0) continue;
    const parts = targetView(pair, context)
      .katakana.flatMap(katakanaParts)
      .filter((p) => p.text.length >= 2);
    for (const word of words) {
      // One part of the sentence renders the word: two would leave which one is its rendering a guess.
      const rendering = [
        ...new Set(
          parts
            .filter((p) => rendersWord(word, p.text) || renderingLikeness(word, p.text) >= RENDERED || sameConsonants(word, p.text))
            // Not another name heard in its place (フリードマン for Feldman): no rendering of the word for a fix to copy.
            .filter((p) => !heardOtherwise(word, p.text))
            .map((p) => p.text),
        ),
      ];
      if (rendering.length !== 1 || !rendering[0]) continue;
      const tally = counts.get(word) ?? new Map<string, number>();
      tally.set(rendering[0], (tally.get(rendering[0]) ?? 0) + 1);
      counts.set(word, tally);
    }
  }
  found = new Map(
    [...counts].map(([word, tally]) => {
      // The likeness computed once per rendering, not in the comparator: it renders the word each time it is asked.
      const ranked = [...tally].map(([text, count]) => ({ text, count, likeness: renderingLikeness(word, text) }));
      const [best] = ranked.sort((a, b) => b.count - a.count || b.likeness - a.likeness);
      return [word, best?.text ?? ''];
    }),
  );
  cache.set(alignment, found);
  return found;
}

/** Whether the translation writes ヴ anywhere: its translator writes a v as ヴ, and a rendered name follows (ヴァムシ, not バムシ). */
function writesVu(alignment: Alignment): boolean {
  return alignment.pairs.some((pair) => pair.target.some((segment) => segment.pieces.some((piece) => piece.text.includes('ヴ'))));
}

/**
 * How the translation joins the words of a person's katakana name: ・ as most do, ＝ where it writes ＝ between katakana
 * twice at least (サム＝アルトマン, as some newspapers write people): ＝ joins nothing but names.
 */
function nameSeparator(alignment: Alignment): string {
  let equals = 0;
  for (const pair of alignment.pairs)
    for (const segment of pair.target) for (const piece of segment.pieces) equals += piece.text.match(/[ァ-ヴー]＝[ァ-ヴー]/g)?.length ?? 0;
  return equals >= 2 ? '＝' : '・';
}

export function documentRenderings(alignment: Alignment, context: SourceCheckContext): DocumentRenderings {
  const renderings = renderingsOf(alignment, context);
  const vu = writesVu(alignment);
  const separator = nameSeparator(alignment);
  const word = (english: string, style: RenderingStyle = {}): string =>
    renderings.get(english) || renderWordInKatakana(english, { ...style, vu: style.vu === true || vu });
  return {
    word,
    // As renderNameInKatakana splits and joins a name, each word as the document writes it, joined as it joins names.
    name: (english, style = {}) =>
      english
        .split(/[\s-]+/)
        .filter((w) => /[A-Za-z]/.test(w))
        .map((w) => word(w, style))
        .join(separator),
  };
}
