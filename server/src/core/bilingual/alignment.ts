/** A source and its translation cut into segments and paired: what the source checks and the hover read. */
import { TranscriptDocument } from '../document';
import type { OffsetRange, SourceSpan } from '../types';
import { alignByLength, alignByTime, type AlignmentUnit, type Bead } from './align';
import { TURN } from './anchors';
import { contentLength, segmentText, type Segment, type SegmentFormat } from './segments';

export interface AlignedPair {
  readonly index: number;
  readonly source: readonly Segment[];
  readonly target: readonly Segment[];
  /** 0..1: how sure the aligner is that these translate each other. */
  readonly confidence: number;
}

export type AlignmentMethod = 'length' | 'time' | 'unit';

export class Alignment {
  private sourceDocument: TranscriptDocument | undefined;

  constructor(
    readonly sourceUri: string,
    readonly sourceText: string,
    readonly pairs: readonly AlignedPair[],
    readonly method: AlignmentMethod,
  ) {}

  /** The pair whose target text holds this target offset. */
  pairAt(offset: number): AlignedPair | undefined {
    return this.pairs.find((pair) => pair.target.some((segment) => segment.range.start <= offset && offset <= segment.range.end));
  }

  /** The source span of a pair, or of a part of its source text (offsets in the source file). */
  sourceSpan(pair: AlignedPair, part?: OffsetRange): SourceSpan {
    const range = part ?? spanOf(pair.source) ?? { start: 0, end: 0 };
    this.sourceDocument ??= new TranscriptDocument(this.sourceText, this.sourceUri);
    const start = this.sourceDocument.positionAt(range.start);
    const end = this.sourceDocument.positionAt(range.end);
    return {
      uri: this.sourceUri,
      range,
      line: start.line,
      start,
      end,
      text: this.sourceText.slice(range.start, range.end).replace(/\s*(?:\r\n|\r|\n)\s*/g, ' '),
    };
  }
}

/** The range from a pair side's first segment to its last. */
export function spanOf(segments: readonly Segment[]): OffsetRange | undefined {
  const first = segments[0];
  const last = segments[segments.length - 1];
  return first && last ? { start: first.range.start, end: last.range.end } : undefined;
}

export function pairText(segments: readonly Segment[], language: 'en' | 'ja'): string {
  return segments.map((s) => s.text).join(language === 'en' ? ' ' : '');
}

export interface AlignmentInput {
  readonly sourceText: string;
  readonly sourceUri: string;
  readonly sourceFormat?: SegmentFormat;
  readonly targetText: string;
  readonly targetFormat?: SegmentFormat;
  readonly sourceAnchors: (segment: Segment) => ReadonlySet<string>;
  readonly targetAnchors: (segment: Segment) => ReadonlySet<string>;
}

export function alignTexts(input: AlignmentInput): Alignment {
  const source = segmentText(input.sourceText, 'en', input.sourceFormat);
  const target = segmentText(input.targetText, 'ja', input.targetFormat);
  const timed = input.sourceFormat !== undefined && input.targetFormat !== undefined && source.length > 0 && target.length > 0;
  const [sourceUnits, targetUnits] = turnsOnBothSides(units(source, input.sourceAnchors), units(target, input.targetAnchors));
  const byUnit = input.sourceFormat === 'xliff' && input.targetFormat === 'xliff';
  const beads = byUnit
    ? alignByUnit(source, target)
    : timed
      ? alignByTime(
          source.map((s) => ({ startMs: s.startMs ?? 0, endMs: s.endMs ?? 0 })),
          target.map((s) => ({ startMs: s.startMs ?? 0, endMs: s.endMs ?? 0 })),
        )
      : alignByLength(sourceUnits, targetUnits);
  // Lengths pair any two texts of as many sentences; a translation also shares names and figures with its
  // source. When pairs with anchors on both sides mostly share none, the source is not this text's.
  const trust = translationEvidence(beads, sourceUnits, targetUnits);
  const pairs = beads.map((bead, index) => ({
    index,
    source: bead.source.flatMap((k) => (source[k] ? [source[k]] : [])),
    target: bead.target.flatMap((k) => (target[k] ? [target[k]] : [])),
    confidence: bead.confidence * trust,
  }));
  return new Alignment(input.sourceUri, input.sourceText, pairs, byUnit ? 'unit' : timed ? 'time' : 'length');
}

/**
 * XLIFF: a unit's source and target translate each other by the file's own word. A unit with no target yet is
 * left out (not translated yet is the translation tool's state to show, not an omission).
 */
function alignByUnit(source: readonly Segment[], target: readonly Segment[]): Bead[] {
  const sourceOf = new Map(source.map((segment, k) => [segment.unit, k]));
  return target.map((segment, k) => {
    const s = sourceOf.get(segment.unit);
    return { source: s === undefined ? [] : [s], target: [k], confidence: 1 };
  });
}

/** 1 when the paired sentences share anchors as translations do; low when they do not (the wrong source). */
export function translationEvidence(beads: readonly Bead[], source: readonly AlignmentUnit[], target: readonly AlignmentUnit[]): number {
  let anchored = 0;
  let sharing = 0;
  for (const bead of beads) {
    const a = new Set(bead.source.flatMap((k) => [...(source[k]?.anchors ?? [])]));
    const b = new Set(bead.target.flatMap((k) => [...(target[k]?.anchors ?? [])]));
    if (a.size === 0 || b.size === 0) continue;
    anchored++;
    if ([...a].some((anchor) => b.has(anchor))) sharing++;
  }
  if (anchored < 3) return 1;
  const share = sharing / anchored;
  return share >= 0.5 ? 1 : Math.max(0.1, share);
}

/** Speakers' turns anchor only when both texts label them: a text that labels none says nothing of where the other's turns go. */
export function turnsOnBothSides(source: AlignmentUnit[], target: AlignmentUnit[]): [AlignmentUnit[], AlignmentUnit[]] {
  const labels = (side: readonly AlignmentUnit[]): boolean => side.some((unit) => unit.anchors.has(TURN));
  if (labels(source) === labels(target)) return [source, target];
  const withoutTurns = (side: AlignmentUnit[]): AlignmentUnit[] =>
    side.map((unit) => (unit.anchors.has(TURN) ? { ...unit, anchors: new Set([...unit.anchors].filter((anchor) => anchor !== TURN)) } : unit));
  return [withoutTurns(source), withoutTurns(target)];
}

function units(segments: readonly Segment[], anchors: (segment: Segment) => ReadonlySet<string>): AlignmentUnit[] {
  // A sentence per line: at least four lines in five hold one segment.
  const perLine = new Map<number, number>();
  for (const segment of segments) perLine.set(segment.line, (perLine.get(segment.line) ?? 0) + 1);
  const single = [...perLine.values()].filter((n) => n === 1).length;
  const linePerSentence = perLine.size > 0 && single >= 0.8 * perLine.size;
  return segments.map((segment, k) => ({
    length: contentLength(segment.text),
    anchors: anchors(segment),
    ownLine: linePerSentence && segment.line !== segments[k - 1]?.line,
  }));
}
