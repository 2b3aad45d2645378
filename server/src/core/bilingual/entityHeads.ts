/**
 * Head words joined to a known name on both sides of a translation (Nvidia-backed ↔ エヌビディアが出資する, the new Nvidia
 * chip ↔ インテルの新しいチップ): anchors that say two sentences translate each other whichever entity of a kind each
 * names. A translation that writes another company in several sentences shares few names with its source, and without
 * these the aligner took it for a text of another source and checked none of it (entity-heads.yaml).
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { EntityHead } from '../knowledge/rules';
import type { OffsetRange } from '../types';
import { HEAD_ANCHOR } from './align';
import { kindOf } from './pairNames';
import type { SegmentPiece } from './segments';

/** A known entity written at a range (offsets of the text it is read in). */
export interface PlacedEntity {
  readonly entityId: string;
  readonly range: OffsetRange;
}

/** At most this many characters between a Japanese name and its head (の新しい, の最新の); none of them punctuation. */
const MAX_GAP = 8;
const GAP = `[^、。，．,.!?！？「」『』（）()\\s]{0,${MAX_GAP}}?`;

export interface EntityHeads {
  /** The head anchors of an English text whose known entities are given (offsets of the text). */
  english(text: string, mentions: readonly PlacedEntity[]): string[];
  /** The head anchors of a Japanese segment's pieces whose known entities are given (offsets of the file). */
  japanese(pieces: readonly SegmentPiece[], mentions: readonly PlacedEntity[]): string[];
  /** The heads (ids) joined to one known entity of English pieces (offsets of the file). */
  englishHeadsOf(pieces: readonly SegmentPiece[], mention: PlacedEntity): string[];
  /** The heads (ids) written after one known entity of Japanese pieces, the others given to bound it (offsets of the file). */
  japaneseHeadsOf(pieces: readonly SegmentPiece[], mention: PlacedEntity, mentions: readonly PlacedEntity[]): string[];
}

interface CompiledHead {
  readonly id: string;
  readonly after: RegExp;
  readonly before: RegExp | undefined;
  readonly ja: RegExp;
}

const compiledHeads = new WeakMap<readonly EntityHead[], readonly CompiledHead[]>();

function compile(heads: readonly EntityHead[]): readonly CompiledHead[] {
  let compiled = compiledHeads.get(heads);
  if (!compiled) {
    compiled = heads.map((head) => ({
      id: head.id,
      after: new RegExp(`^(?:${head.after})`),
      before: head.before === undefined ? undefined : new RegExp(`(?:${head.before})`),
      ja: new RegExp(`^${GAP}(?:${head.ja.map(escaped).join('|')})`),
    }));
    compiledHeads.set(heads, compiled);
  }
  return compiled;
}

export function entityHeads(heads: readonly EntityHead[], kb: KnowledgeBase): EntityHeads {
  const compiled = compile(heads);
  const kind = (entityId: string): string | undefined => {
    const entity = kb.get(entityId);
    return entity ? kindOf(entity) : undefined;
  };
  const anchor = (head: CompiledHead, entityId: string): string[] => {
    const of = kind(entityId);
    return of === undefined ? [] : [`${HEAD_ANCHOR}${head.id}:${of}`];
  };
  const englishHeads = (text: string, range: OffsetRange): CompiledHead[] =>
    compiled.filter((head) => head.after.test(text.slice(range.end)) || head.before?.test(text.slice(0, range.start)) === true);
  const japaneseHeads = (piece: SegmentPiece, mention: PlacedEntity, mentions: readonly PlacedEntity[]): CompiledHead[] => {
    const pieceEnd = piece.start + piece.text.length;
    // The head belongs to the nearest name before it: another name between is that name's head (AMDとインテルのチップ).
    const next = Math.min(pieceEnd, ...mentions.filter((m) => m.range.start >= mention.range.end && m.range.start < pieceEnd).map((m) => m.range.start));
    const after = piece.text.slice(mention.range.end - piece.start, next - piece.start);
    return compiled.filter((head) => head.ja.test(after));
  };
  const within = (piece: SegmentPiece, range: OffsetRange): boolean => range.start >= piece.start && range.end <= piece.start + piece.text.length;
  return {
    english(text, mentions) {
      return mentions.flatMap((mention) => englishHeads(text, mention.range).flatMap((head) => anchor(head, mention.entityId)));
    },
    japanese(pieces, mentions) {
      return pieces.flatMap((piece) =>
        mentions
          .filter((m) => within(piece, m.range))
          .flatMap((mention) => japaneseHeads(piece, mention, mentions).flatMap((head) => anchor(head, mention.entityId))),
      );
    },
    englishHeadsOf(pieces, mention) {
      const piece = pieces.find((p) => within(p, mention.range));
      if (!piece) return [];
      const local = { start: mention.range.start - piece.start, end: mention.range.end - piece.start };
      return englishHeads(piece.text, local).map((head) => head.id);
    },
    japaneseHeadsOf(pieces, mention, mentions) {
      const piece = pieces.find((p) => within(p, mention.range));
      return piece ? japaneseHeads(piece, mention, mentions).map((head) => head.id) : [];
    },
  };
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
