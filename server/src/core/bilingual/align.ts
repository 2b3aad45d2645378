/**
 * Sentence alignment of a source and its translation. Plain text: a Gale–Church style dynamic programme
 * over sentence lengths (Japanese runs at a steady ratio of English letters), anchored on what both sides
 * share (numbers, Latin names, known entities, addresses), with each bead's posterior probability from
 * forward–backward sums as its confidence. Subtitles: cues pair by their times.
 * Pure and small on purpose: no npm package aligns English and Japanese sentences this way.
 */

/** What the aligner knows of a segment. */
export interface AlignmentUnit {
  /** Letters and digits (contentLength). */
  readonly length: number;
  /** Things both languages write the same way: "n:5500000", "e:openai", "l:gpt-4o", "u:example.com". */
  readonly anchors: ReadonlySet<string>;
  /**
   * The segment starts a line of a text written a sentence per line: joining it to the segment before is
   * unlikely (a translator keeps the lines), so a merge across such a start costs more.
   */
  readonly ownLine?: boolean;
}

/** Source segments paired with target segments (either side may be empty: an omission or an addition). */
export interface Bead {
  readonly source: readonly number[];
  readonly target: readonly number[];
  /** 0..1: the posterior probability of this bead given both texts. */
  readonly confidence: number;
}

interface Move {
  readonly source: number;
  readonly target: number;
  /** -log of the prior probability of the move. */
  readonly prior: number;
}

const MOVES: readonly Move[] = [
  { source: 1, target: 1, prior: 0 },
  { source: 1, target: 0, prior: 4 },
  { source: 0, target: 1, prior: 4 },
  { source: 2, target: 1, prior: 2.3 },
  { source: 1, target: 2, prior: 2.3 },
  { source: 2, target: 2, prior: 4.5 },
  { source: 3, target: 1, prior: 5 },
  { source: 1, target: 3, prior: 5 },
];

// Spread of log(target length / expected length) for one sentence and its translation.
const LENGTH_SIGMA = 0.38;
const MERGE_ACROSS_LINES_COST = 1.5;
const SHARED_ANCHOR_BONUS = 1.6;
const UNSHARED_ANCHOR_COST = 1;
const DIGITS_BONUS = 0.8;
/** The prefix of a head word joined to a name (h:backed:organisation): an anchor that may help a pairing, never count against one. */
export const HEAD_ANCHOR = 'h:';

export function alignByLength(source: readonly AlignmentUnit[], target: readonly AlignmentUnit[]): Bead[] {
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0) {
    return n === 0
      ? target.map((_, j) => ({ source: [], target: [j], confidence: 0.5 }))
      : source.map((_, i) => ({ source: [i], target: [], confidence: 0.5 }));
  }
  const totalSource = source.reduce((sum, u) => sum + u.length, 0);
  const totalTarget = target.reduce((sum, u) => sum + u.length, 0);
  const ratio = (totalTarget + 1) / (totalSource + 1);
  const band = Math.min(Math.max(n, m) + 1, Math.max(60, Math.ceil(0.15 * Math.max(n, m))));
  const width = 2 * band + 1;
  const center = (i: number): number => Math.round((i * m) / n);
  const at = (i: number, j: number): number => {
    const offset = j - center(i) + band;
    return i < 0 || i > n || j < 0 || j > m || offset < 0 || offset >= width ? -1 : i * width + offset;
  };
  const size = (n + 1) * width;
  const cost = (i: number, j: number, move: Move): number => beadCost(source, target, i, j, move, ratio);
  const forward = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  const best = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  const back = new Int8Array(size).fill(-1);
  forward[at(0, 0)] = 0;
  best[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = Math.max(0, center(i) - band); j <= Math.min(m, center(i) + band); j++) {
      const here = at(i, j);
      if (here < 0 || (i === 0 && j === 0)) continue;
      const terms: number[] = [];
      MOVES.forEach((move, k) => {
        const from = at(i - move.source, j - move.target);
        if (from < 0) return;
        const f = forward[from] ?? Number.NEGATIVE_INFINITY;
        const b = best[from] ?? Number.POSITIVE_INFINITY;
        if (f === Number.NEGATIVE_INFINITY) return;
        const c = cost(i - move.source, j - move.target, move);
        terms.push(f - c);
        if (b + c < (best[here] ?? Number.POSITIVE_INFINITY)) {
          best[here] = b + c;
          back[here] = k;
        }
      });
      forward[here] = logSumExp(terms);
    }
  }
  const end = at(n, m);
  if (end < 0 || back[end] === -1) return fallback(n, m);
  const backward = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  backward[end] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = Math.min(m, center(i) + band); j >= Math.max(0, center(i) - band); j--) {
      const here = at(i, j);
      if (here < 0 || here === end) continue;
      const terms: number[] = [];
      for (const move of MOVES) {
        const to = at(i + move.source, j + move.target);
        if (to < 0) continue;
        const b = backward[to] ?? Number.NEGATIVE_INFINITY;
        if (b !== Number.NEGATIVE_INFINITY) terms.push(b - cost(i, j, move));
      }
      backward[here] = logSumExp(terms);
    }
  }
  const total = forward[end] ?? 0;
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = at(i, j);
    const move = MOVES[back[here] ?? -1];
    if (!move) return fallback(n, m);
    const i0 = i - move.source;
    const j0 = j - move.target;
    const posterior = Math.exp((forward[at(i0, j0)] ?? 0) - cost(i0, j0, move) + (backward[here] ?? 0) - total);
    beads.push({ source: range(i0, i), target: range(j0, j), confidence: Math.max(0, Math.min(1, posterior)) });
    i = i0;
    j = j0;
  }
  return beads.reverse();
}

function beadCost(source: readonly AlignmentUnit[], target: readonly AlignmentUnit[], i: number, j: number, move: Move, ratio: number): number {
  const sources = source.slice(i, i + move.source);
  const targets = target.slice(j, j + move.target);
  if (sources.length < move.source || targets.length < move.target) return Number.POSITIVE_INFINITY;
  let cost = move.prior;
  for (const group of [sources, targets]) for (let k = 1; k < group.length; k++) if (group[k]?.ownLine) cost += MERGE_ACROSS_LINES_COST;
  const sourceLength = sources.reduce((sum, u) => sum + u.length, 0);
  const targetLength = targets.reduce((sum, u) => sum + u.length, 0);
  if (move.source > 0 && move.target > 0) {
    const d = Math.log((targetLength + 1) / (ratio * (sourceLength + 1)));
    cost += (d * d) / (2 * LENGTH_SIGMA * LENGTH_SIGMA);
  }
  const sourceAnchors = union(sources);
  const targetAnchors = union(targets);
  // Anchors one side has and the other lacks count against a pairing, not against a gap: a sentence with a
  // figure or a name that the translation lacks is likelier left out than merged into its neighbour. They
  // count once per kind (a mistranslated figure is one difference, however many anchors it touches), and
  // digits alone (d:) only ever help: 1,000 and 1万 differ as values but still point at each other. So do head
  // words joined to a name (h:, Nvidia-backed and AMDが出資する): one company written as another still points there.
  if (move.source > 0 && move.target > 0) {
    let shared = 0;
    let sharedValues = 0;
    let sharedDigits = 0;
    let sharedHeads = 0;
    for (const anchor of sourceAnchors) {
      if (!targetAnchors.has(anchor)) continue;
      if (anchor.startsWith('d:')) sharedDigits++;
      else if (anchor.startsWith(HEAD_ANCHOR)) sharedHeads++;
      else {
        shared++;
        if (anchor.startsWith('n:')) sharedValues++;
      }
    }
    const unshared = (kind: (anchor: string) => boolean): boolean =>
      [...sourceAnchors].some((a) => kind(a) && !targetAnchors.has(a)) || [...targetAnchors].some((a) => kind(a) && !sourceAnchors.has(a));
    cost -= SHARED_ANCHOR_BONUS * Math.min(shared, 4) + DIGITS_BONUS * (Math.min(Math.max(0, sharedDigits - sharedValues), 2) + Math.min(sharedHeads, 1));
    if (unshared((a) => a.startsWith('n:'))) cost += UNSHARED_ANCHOR_COST;
    if (unshared((a) => !a.startsWith('n:') && !a.startsWith('d:') && !a.startsWith(HEAD_ANCHOR))) cost += UNSHARED_ANCHOR_COST;
  }
  return cost;
}

function union(units: readonly AlignmentUnit[]): ReadonlySet<string> {
  if (units.length === 1) return units[0]?.anchors ?? new Set();
  const all = new Set<string>();
  for (const unit of units) for (const anchor of unit.anchors) all.add(anchor);
  return all;
}

function logSumExp(terms: readonly number[]): number {
  if (terms.length === 0) return Number.NEGATIVE_INFINITY;
  const top = Math.max(...terms);
  if (top === Number.NEGATIVE_INFINITY) return top;
  let sum = 0;
  for (const term of terms) sum += Math.exp(term - top);
  return top + Math.log(sum);
}

function range(from: number, to: number): number[] {
  const indices: number[] = [];
  for (let k = from; k < to; k++) indices.push(k);
  return indices;
}

/** When no path fits the band (texts of wildly different lengths): everything in one unsure bead. */
function fallback(n: number, m: number): Bead[] {
  return [{ source: range(0, n), target: range(0, m), confidence: 0 }];
}

/** A cue's time span. */
export interface TimedUnit {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Subtitle cues paired by time: cues that overlap for at least half of the shorter one are one bead
 * (with every cue overlapping them); a cue overlapping none on the other side stands alone.
 * Confidence: how well the two sides' spans cover each other.
 */
export function alignByTime(source: readonly TimedUnit[], target: readonly TimedUnit[]): Bead[] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(key, root);
    return root;
  };
  const join = (a: string, b: string): void => {
    parent.set(find(a), find(b));
  };
  source.forEach((_, i) => parent.set(`s${i}`, `s${i}`));
  target.forEach((_, j) => parent.set(`t${j}`, `t${j}`));
  source.forEach((s, i) => {
    target.forEach((t, j) => {
      const overlap = Math.min(s.endMs, t.endMs) - Math.max(s.startMs, t.startMs);
      const shorter = Math.max(1, Math.min(s.endMs - s.startMs, t.endMs - t.startMs));
      if (overlap >= 0.5 * shorter) join(`s${i}`, `t${j}`);
    });
  });
  const groups = new Map<string, { source: number[]; target: number[] }>();
  const group = (key: string): { source: number[]; target: number[] } => {
    const root = find(key);
    let entry = groups.get(root);
    if (!entry) {
      entry = { source: [], target: [] };
      groups.set(root, entry);
    }
    return entry;
  };
  source.forEach((_, i) => group(`s${i}`).source.push(i));
  target.forEach((_, j) => group(`t${j}`).target.push(j));
  const span = (units: readonly TimedUnit[], indices: readonly number[]): TimedUnit => ({
    startMs: Math.min(...indices.map((k) => units[k]?.startMs ?? 0)),
    endMs: Math.max(...indices.map((k) => units[k]?.endMs ?? 0)),
  });
  const beads = [...groups.values()].map((g) => {
    if (g.source.length === 0 || g.target.length === 0)
      return { ...g, confidence: 0.8, start: span(g.source.length ? source : target, g.source.length ? g.source : g.target).startMs };
    const a = span(source, g.source);
    const b = span(target, g.target);
    const overlap = Math.max(0, Math.min(a.endMs, b.endMs) - Math.max(a.startMs, b.startMs));
    const union = Math.max(1, Math.max(a.endMs, b.endMs) - Math.min(a.startMs, b.startMs));
    return { ...g, confidence: Math.min(0.99, 0.5 + overlap / union / 2), start: Math.min(a.startMs, b.startMs) };
  });
  beads.sort((x, y) => x.start - y.start);
  return beads.map(({ source: s, target: t, confidence }) => ({ source: s, target: t, confidence }));
}
