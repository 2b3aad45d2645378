/**
 * truncated-name's names of several pieces cut inside a later piece (SKハイ of SKハイニックス, アンドリーセン・ホロ of
 * アンドリーセン・ホロウィッツ), looked up per word written.
 *
 * Contract:
 * - A cut is a strict beginning of a spelling of several pieces (Latin letters and digits, katakana, dots; one of
 *   them katakana) whose first piece has two characters or more, ending inside a piece after the first and
 *   keeping at least one letter of a Latin piece or two kana of a katakana one.
 * - Cut at a sound boundary (what is lost starts with no small kana, long-vowel or geminate mark), or inside a
 *   sound before a small kana keeping three kana or more of the piece (ヨンヒ of ヨンヒョン): marked insideSound.
 * - Of several spellings a word is a cut of, the first (entities in the knowledge base's order, then ja, en and
 *   aliases) cut at a sound boundary, else the first cut inside a sound. A word that is itself a spelling of
 *   several pieces is a name, no cut.
 *
 * Listing every cut of every spelling up front was ~10% of a cold start's first analysis; a document asks
 * about a few words, so only the spellings that begin with a word's first piece are compared with it.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';

export interface PieceCut {
  readonly entityId: string;
  readonly spelling: string;
  readonly insideSound?: boolean;
}

interface Piece {
  readonly text: string;
  readonly at: number;
}

interface CutSpelling {
  readonly entityId: string;
  readonly spelling: string;
  readonly pieces: readonly Piece[];
}

interface CutIndex {
  /** The spellings a cut may be of, by their first piece, in the order a cut's owner is chosen. */
  readonly byFirstPiece: ReadonlyMap<string, readonly CutSpelling[]>;
  /** Every spelling of several pieces: a word that is one is a name. */
  readonly spellings: ReadonlySet<string>;
  readonly memo: Map<string, PieceCut | null>;
}

/** Kana that cannot start a sound of their own: a cut before one splits a sound. */
const NOT_A_SOUND_START = /^[ーァィゥェォッャュョヮヵヶ]/;
/** A small kana that ends a sound begun by the kana before it (ヒ+ョ): a cut before one splits that sound. */
const SMALL_KANA_OF_A_SOUND = /^[ァィゥェォャュョヮ]/;
const KATAKANA = /[\u30A1-\u30FA]/;
const PIECES = /[A-Za-z0-9]+|[\u30A1-\u30FA\u30FC]+|[・･]/g;
/** A word's first piece: a cut keeps its spelling's first piece whole, and the next piece is of another script or a dot. */
const FIRST_PIECE = /^(?:[A-Za-z0-9]+|[\u30A1-\u30FA\u30FC]+)/;
const MEMO_LIMIT = 20_000;

const indexCache = new WeakMap<KnowledgeBase, CutIndex>();

function cutIndexOf(kb: KnowledgeBase): CutIndex {
  let index = indexCache.get(kb);
  if (index) return index;
  const byFirstPiece = new Map<string, CutSpelling[]>();
  const spellings = new Set<string>();
  for (const entity of kb.entities.values()) {
    for (const spelling of [entity.ja, entity.en, ...(entity.aliases ?? [])]) {
      // Most spellings (the English names) have no katakana: ruled out before they are cut into pieces.
      if (!KATAKANA.test(spelling)) continue;
      const pieces = [...spelling.matchAll(PIECES)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
      if (pieces.length < 2 || pieces.map((p) => p.text).join('') !== spelling || !pieces.some((p) => KATAKANA.test(p.text))) continue;
      spellings.add(spelling);
      const first = pieces[0]?.text ?? '';
      if (first.length < 2) continue;
      const listed = byFirstPiece.get(first);
      const entry = { entityId: entity.id, spelling, pieces };
      if (listed) listed.push(entry);
      else byFirstPiece.set(first, [entry]);
    }
  }
  indexCache.set(kb, (index = { byFirstPiece, spellings, memo: new Map() }));
  return index;
}

/** The name `written` is a cut of (see the contract), if any. */
export function pieceCutOf(kb: KnowledgeBase, written: string): PieceCut | undefined {
  const index = cutIndexOf(kb);
  const known = index.memo.get(written);
  if (known !== undefined) return known ?? undefined;
  const found = findCut(index, written);
  if (index.memo.size >= MEMO_LIMIT) index.memo.clear();
  index.memo.set(written, found ?? null);
  return found;
}

function findCut(index: CutIndex, written: string): PieceCut | undefined {
  if (index.spellings.has(written)) return undefined;
  const first = FIRST_PIECE.exec(written)?.[0];
  let insideSound: PieceCut | undefined;
  for (const spelling of (first !== undefined && index.byFirstPiece.get(first)) || []) {
    const cut = cutOfSpelling(spelling, written);
    if (cut && !cut.insideSound) return cut;
    insideSound ??= cut;
  }
  return insideSound;
}

function cutOfSpelling({ entityId, spelling, pieces }: CutSpelling, written: string): PieceCut | undefined {
  const end = written.length;
  if (end >= spelling.length || !spelling.startsWith(written)) return undefined;
  const piece = pieces.find((p, i) => i >= 1 && p.at < end && end < p.at + p.text.length);
  if (!piece) return undefined;
  const latin = /^[A-Za-z0-9]/.test(piece.text);
  const keep = end - piece.at;
  if (keep < (latin ? 1 : 2)) return undefined;
  const lost = piece.text.slice(keep);
  const insideSound = !latin && SMALL_KANA_OF_A_SOUND.test(lost) && keep >= 3;
  if (!latin && NOT_A_SOUND_START.test(lost) && !insideSound) return undefined;
  return { entityId, spelling, ...(insideSound ? { insideSound } : {}) };
}
