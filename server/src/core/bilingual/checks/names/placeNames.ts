/**
 * A town of the source written in the translation as another town of its state: the source's "Abilene, Texas", the
 * translation's テキサス州オースティン (or テキサス州のタイラー for "Taylor, Texas"). Japanese writes a place as its state
 * with 州 and then the town; the state's katakana rendering the source's state word places the town for sure, and a
 * town that renders other sounds is another town. Fix: the town's spelling in the knowledge base, else its rendering.
 */
import type { KnowledgeBase } from '../../../knowledge/knowledgeBase';
import type { OffsetRange } from '../../../types';
import type { AlignedPair } from '../../alignment';
import { englishMentions } from '../../englishNames';
import { renderingLikeness, renderNameInKatakana } from '../../katakanaRendering';
import { spellingsOf } from '../../pairNames';
import type { Word } from '../../pairFacts';
import { rendersWord } from './personNames';

/** "Town, State" and "Town Two, State": one or two capitalised words, a comma, the state's one or two words. */
const TOWN_STATE = /\b([A-Z][a-z]+(?: [A-Z][a-z]+)?), ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/g;

/** The state in katakana, 州, an optional の, and the town's katakana written right after. */
const STATE_TOWN = /([ァ-ヴー・]+)州の?([ァ-ヴー・]+)/g;

/** How alike (in the sounds renderings keep) a written town must be to the source's to count as its spelling. */
const SAME_TOWN = 0.75;

export interface OtherTown {
  /** The source's town, and where the source writes it. */
  readonly town: Word;
  /** The translation's town after the state. */
  readonly written: Word;
  readonly fix: string;
  /** Whether the fix is the knowledge base's spelling (certain) or a rendering (a proposal). */
  readonly known: boolean;
}

export function otherTowns(pair: AlignedPair, kb: KnowledgeBase, taken: ReadonlySet<number>): OtherTown[] {
  const found: OtherTown[] = [];
  const places = pair.source.flatMap((segment) =>
    segment.pieces.flatMap((piece) =>
      [...piece.text.matchAll(TOWN_STATE)].map((m) => ({
        town: m[1] ?? '',
        state: m[2] ?? '',
        range: { start: piece.start + m.index, end: piece.start + m.index + (m[1] ?? '').length } as OffsetRange,
      })),
    ),
  );
  if (places.length === 0) return found;
  for (const segment of pair.target) {
    for (const piece of segment.pieces) {
      for (const m of piece.text.matchAll(STATE_TOWN)) {
        const stateKana = m[1] ?? '';
        const townKana = m[2] ?? '';
        const place = places.find((p) => rendersState(p.state, stateKana));
        if (!place || townKana.length < 2) continue;
        const at = piece.start + m.index + m[0].length - townKana.length;
        if (taken.has(at)) continue;
        const entity = englishMentions(place.town, kb)
          .map((mention) => kb.get(mention.entityId))
          .find((e) => e !== undefined && e.en === place.town);
        const spellings = entity ? spellingsOf(entity).filter((s) => /^[ァ-ヴー・]+$/.test(s)) : [];
        if (spellings.includes(townKana)) continue;
        // A county or parish is written with 郡 after the town's katakana (リッチランド郡 for Richland Parish): the town is its name alone.
        const town = place.town.replace(/ (?:County|Parish)$/, '');
        // A town of several words is written as one word, as Japanese writes サンタクララ, ソルトレークシティー.
        const rendered = renderNameInKatakana(town).replace(/・/g, '');
        // Another spelling of the same town (アビレーン for Abilene) is not another town.
        if (rendered === '' || renderingLikeness(town.replace(/ /g, ''), townKana.replace(/・/g, '')) >= SAME_TOWN) continue;
        const fix = spellings[0] ?? rendered;
        found.push({
          town: { text: place.town, range: place.range },
          written: { text: townKana, range: { start: at, end: at + townKana.length } },
          fix,
          known: spellings.length > 0,
        });
      }
    }
  }
  return found;
}

/** Whether katakana renders a state's name (テキサス for Texas, ニューメキシコ for New Mexico). */
function rendersState(state: string, katakana: string): boolean {
  const words = state.split(' ');
  const parts = katakana.split('・');
  if (parts.length === words.length) return words.every((w, k) => rendersWord(w, parts[k] ?? ''));
  return rendersWord(words.join(''), katakana);
}
