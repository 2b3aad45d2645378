/**
 * The key words of a listed idiom rendering, for finding the renderings nobody listed: machine translation
 * writes one idiom many ways (缶を道の先に蹴る, 缶を道路の先へと蹴り), but keeps its content words. An idiom's
 * key is the kanji (each on its own) and katakana words that every listed form of it writes, in the order
 * of its first form; a loose rendering is a span of one clause holding them all in that order, each gap at
 * most a little wider than the listed forms' (重い荷物を持ち上げる, meant literally, is no 重い持ち上げ).
 */

const KEY_PIECE = /[\u3400-\u9fff々]|[\u30a0-\u30ff]+/g;
/** What ends a clause: the pieces of one rendering are never looked for across it. */
const CLAUSE_END = /[。、！？!?\n「」]/;
/** How much more than the widest listed gap may stand between two pieces (a kana more: に for へ and で). */
const SLACK = 1;
/** A key of fewer pieces (同…ページ, 熱い…ジャガイモ) is too easily ordinary words side by side. */
const MIN_PIECES = 3;

export interface IdiomKey {
  readonly pieces: readonly string[];
  /** How many letters may stand between each piece and the next. */
  readonly gaps: readonly number[];
  /** The listed forms: a piece glued to another kanji is the idiom's only where a form writes it so (銀色). */
  readonly forms?: readonly string[];
}

/**
 * The key of an idiom's forms, or undefined when it could match ordinary Japanese: fewer than three pieces,
 * or pieces that stand side by side in every form (one word), so that no word stands apart from the others.
 */
export function idiomKey(forms: readonly string[]): IdiomKey | undefined {
  const [first, ...rest] = forms;
  if (first === undefined) return undefined;
  const pieces: string[] = [];
  for (const piece of first.match(KEY_PIECE) ?? []) if (!pieces.includes(piece) && rest.every((form) => form.includes(piece))) pieces.push(piece);
  if (pieces.length < MIN_PIECES) return undefined;
  const widest = pieces.slice(1).map(() => 0);
  for (const form of forms) {
    const between = gapsIn(form, pieces);
    if (between === undefined) return undefined;
    between.forEach((gap, i) => (widest[i] = Math.max(widest[i] ?? 0, gap)));
  }
  if (widest.every((gap) => gap === 0)) return undefined;
  return { pieces, gaps: widest.map((gap) => gap + SLACK), forms };
}

/** The letters between each piece and the next in a form, or undefined when the pieces do not stand in it in order. */
function gapsIn(form: string, pieces: readonly string[]): number[] | undefined {
  const gaps: number[] = [];
  let from = -1;
  for (const piece of pieces) {
    const at = form.indexOf(piece, Math.max(from, 0));
    if (at < 0) return undefined;
    if (from >= 0) gaps.push(at - from);
    from = at + piece.length;
  }
  return gaps;
}

/** The spans of a text that hold the key's pieces in order, within one clause, no wider apart than the key allows. */
export function looseRenderings(text: string, key: IdiomKey): { start: number; end: number }[] {
  const [head, ...tail] = key.pieces;
  if (head === undefined) return [];
  const spans: { start: number; end: number }[] = [];
  for (let start = text.indexOf(head); start >= 0; start = text.indexOf(head, start + 1)) {
    let end: number | undefined = start + head.length;
    for (const [i, piece] of tail.entries()) {
      const at: number = text.indexOf(piece, end);
      if (at < 0 || at - end > (key.gaps[i] ?? 0) || CLAUSE_END.test(text.slice(end, at))) {
        end = undefined;
        break;
      }
      end = at + piece.length;
    }
    if (end !== undefined && !gluedToOtherKanji(text, start, end, key.pieces, key.forms ?? [])) spans.push({ start, end });
  }
  return spans;
}

const KANJI = /[\u3400-\u9fff々]/;

/**
 * Whether a kanji of the span, or one just outside it, belongs to a word that is none of the key's pieces:
 * 低 of 低減, 象 of 印象, 重 of 重量 are other words, not the idiom's (pieces are matched on word boundaries).
 */
function gluedToOtherKanji(text: string, start: number, end: number, pieces: readonly string[], forms: readonly string[]): boolean {
  const isPiece = (letter: string): boolean => pieces.includes(letter);
  for (let i = start - 1; i <= end; i++) {
    const letter = text[i] ?? '';
    if (!KANJI.test(letter) || isPiece(letter)) continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    const listed = (pair: string): boolean => forms.some((form) => form.includes(pair));
    if (isPiece(before) && !listed(before + letter)) return true;
    if (isPiece(after) && !listed(letter + after)) return true;
  }
  return false;
}
