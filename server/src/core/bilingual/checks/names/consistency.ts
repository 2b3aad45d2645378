/**
 * A name of the source nobody knows (a surname, a start-up), rendered in katakana one way in most sentences
 * and another way in one (Moorhead ↔ ムーアヘッド twice, ムーアハウス once): the document's own rendering is
 * the fix. The rendering used more often wins; on a tie, the one that reads more like the English.
 */
import type { AlignedPair } from '../../alignment';
import type { Word } from '../../pairFacts';
import { rendersOtherSourceWords } from '../../pairNames';
import { transliterationSimilarity } from '../../transliteration';
import { katakanaParts, rendersWithNeighbour } from './renderings';
import type { TargetView } from './targetView';

/** How well a katakana part must read as the name to count as its rendering in a sentence. */
const READS_AS_THE_NAME = 0.5;

export interface NameRendering {
  readonly pair: AlignedPair;
  readonly name: Word;
  readonly part: Word;
  readonly similarity: number;
}

export interface InconsistentRendering extends NameRendering {
  /** The document's usual rendering of the name. */
  readonly usual: string;
  /** How many sentences write the usual rendering. */
  readonly usualCount: number;
}

/** The katakana part of a pair's translation that renders an unknown name of its source, if one reads like it. */
export function renderingOf(name: Word, pair: AlignedPair, view: TargetView, sourceWords: readonly string[], sourceText = ''): NameRendering | undefined {
  let best: NameRendering | undefined;
  for (const part of view.katakana.flatMap(katakanaParts)) {
    if (part.text.length < 2) continue;
    // A place of two words written as one (アンドラプラデシュ for "Andhra Pradesh") renders neither word alone.
    if (rendersWithNeighbour(name, part.text, sourceText)) continue;
    const similarity = transliterationSimilarity(name.text, part.text);
    if (similarity < READS_AS_THE_NAME || (best && best.similarity >= similarity)) continue;
    if (rendersOtherSourceWords(part.text, sourceWords, new Set([name.text]))) continue;
    best = { pair, name, part, similarity };
  }
  return best;
}

/** Every rendering of each unknown name of the sure pairs, and the ones that differ from the document's usual rendering. */
export function inconsistentRenderings(renderings: readonly NameRendering[]): InconsistentRendering[] {
  const byName = new Map<string, NameRendering[]>();
  for (const r of renderings) byName.set(r.name.text, [...(byName.get(r.name.text) ?? []), r]);
  const found: InconsistentRendering[] = [];
  for (const list of byName.values()) {
    const counts = new Map<string, { count: number; similarity: number }>();
    for (const r of list) {
      const seen = counts.get(r.part.text);
      counts.set(r.part.text, { count: (seen?.count ?? 0) + 1, similarity: r.similarity });
    }
    if (counts.size < 2) continue;
    const [usual, tally] = [...counts].sort((a, b) => b[1].count - a[1].count || b[1].similarity - a[1].similarity)[0] ?? [];
    if (!usual || !tally) continue;
    for (const r of list) {
      // Another rendering that reads better than the usual one is a translator's choice, not a slip.
      if (r.part.text === usual || r.similarity > tally.similarity) continue;
      found.push({ ...r, usual, usualCount: tally.count });
    }
  }
  return found;
}
