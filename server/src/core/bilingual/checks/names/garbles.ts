/** Words of a translation that garble a name of its source: a known entity's spelling, or a Latin name nobody knows. */
import { editSimilarity } from '../../../similarity';
import type { Entity } from '../../../knowledge/model';
import type { EnglishLexicon } from '../../../lexicon';
import type { SourceCheckContext } from '../check';
import { latinSpellings } from '../../englishNames';
import type { Word } from '../../pairFacts';
import type { OffsetRange } from '../../../types';
import type { SegmentPiece } from '../../segments';
import { fullSpellingsOf, oneLetterOff, RENDERING, spellingsOf } from '../../pairNames';
import { transliterationSimilarity } from '../../transliteration';
import { anotherWayOfWritingAGivenName, undotted, type TargetView } from './targetView';

const KATAKANA_SIMILARITY = 0.55;
const LATIN_SIMILARITY = 0.6;

/** The target word that most resembles a spelling of the entity, with the spelling it garbles. */
export function closestGarble(
  entity: Entity,
  katakana: readonly Word[],
  latin: readonly Word[],
  context: SourceCheckContext,
  sourceWords: readonly string[] = [],
): { word: Word; fix: string; similarity: number } | undefined {
  const kana = spellingsOf(entity).filter((s) => /^[ァ-ヴー・＝]+$/.test(s));
  const roman = latinSpellings(entity);
  let best: { word: Word; fix: string; similarity: number } | undefined;
  // A katakana garble is fixed in katakana: the knowledge base's name when it is katakana, else the spelling garbled.
  // A katakana garble is fixed in katakana: the entity's katakana name when it has one (the spelling itself when
  // part of it), else the katakana spelling garbled (ペガトロン, not 和碩聯合科技 or a Latin name).
  const katakanaName = /^[ァ-ヴー・＝]+$/.test(entity.ja);
  // A full katakana spelling is kept as the garble's own (ザェンスン・ファン garbles ジェンスン・ファン, one of its spellings): a garble
  // changes a sound or two and keeps the translator's choices elsewhere. A short form or a part of another spelling gives way to the name.
  const fullKana = new Set(fullSpellingsOf(entity).filter((s) => /^[ァ-ヴー・＝]+$/.test(s)));
  const kanaFix = (spelling: string): string => (katakanaName && !entity.ja.includes(spelling) && !fullKana.has(spelling) ? entity.ja : spelling);
  for (const whole of katakana) {
    if (whole.text.length < 2 || context.rules.ordinaryKatakana.has(whole.text)) continue;
    // A part of a spelling (アルトマン of サム・アルトマン) is a short form, not a garble.
    if (kana.some((s) => s.includes(whole.text))) continue;
    if (anotherWayOfWritingAGivenName(whole.text, entity)) continue;
    for (const spelling of kana) {
      for (const word of [whole, ...headsOf(whole, spelling, sourceWords)]) {
        const similarity = editSimilarity(undotted(word.text), undotted(spelling)) - (word === whole ? 0 : HEAD_PENALTY);
        if (similarity >= KATAKANA_SIMILARITY && similarity < 1 - (word === whole ? 0 : HEAD_PENALTY) && (!best || similarity > best.similarity))
          best = { word, fix: kanaFix(spelling), similarity };
      }
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
  if (best && /^[ァ-ヴー・＝]+$/.test(best.word.text)) {
    // The document's own katakana spelling of the entity, the one closest to the garble, is what its translator writes.
    const garbled = undotted(best.word.text);
    const used = context.mentions
      .filter((m) => m.entityId === entity.id && /^[ァ-ヴー・＝]+$/.test(m.surface) && m.surface !== best?.word.text && kana.includes(m.surface))
      .map((m) => m.surface)
      .sort((a, b) => editSimilarity(garbled, undotted(b)) - editSimilarity(garbled, undotted(a)))[0];
    // Not a full name for a garbled short form (アトマン is アルトマン, not サム・アルトマン).
    if (used && editSimilarity(garbled, undotted(used)) >= editSimilarity(garbled, undotted(best.fix)) - 0.1) best = { ...best, fix: used };
  }
  return best;
}

/**
 * A full spelling whose family name is the one the translation writes alone elsewhere (フアン氏 → ジェンスン・フアン, not
 * ジェンスン・ファン): the translator's spelling of the person's name. Only when the translation writes one of the name's
 * family names alone, as a word of its own (not inside a longer katakana word), outside the garble.
 */
export function asFamilyNameWritten(fix: string, entity: Entity, translation: readonly SegmentPiece[], garble: OffsetRange): string {
  if (entity.type !== 'person' || !/[・＝]/.test(fix)) return fix;
  const family = (spelling: string): string => spelling.split(/[・＝]/).pop() ?? spelling;
  const full = fullSpellingsOf(entity).filter((s) => /^[ァ-ヴー]+[・＝][ァ-ヴー・＝]+$/.test(s));
  const families = [...new Set(full.map(family))];
  const written = families.filter((name) =>
    translation.some((piece) =>
      [...piece.text.matchAll(new RegExp(`(?<![ァ-ヴー・＝])${name}(?![ァ-ヴー])`, 'g'))].some(
        (m) => piece.start + m.index + name.length <= garble.start || piece.start + m.index >= garble.end,
      ),
    ),
  );
  if (written.length !== 1 || written[0] === family(fix)) return fix;
  // The full spelling with that family name closest to the fix (ジェンスン・フアン for ジェンスン・ファン).
  const agreeing = full.filter((s) => family(s) === written[0]).sort((a, b) => editSimilarity(b, fix) - editSimilarity(a, fix));
  return agreeing[0] ?? fix;
}

/** A Latin word of the translation that misspells a name of the source nobody knows (Andresen for Andreessen). */
export function unknownNameGarble(name: Word, view: TargetView, taken: ReadonlySet<number>, lexicon: EnglishLexicon): Word | undefined {
  if (view.text.toLowerCase().includes(name.text.toLowerCase())) return undefined;
  // A plural name written in the singular (Superchip for "Superchips"): Japanese does not mark the plural.
  const singular = name.text.replace(/(?<=[^s])s$/, '');
  if (singular !== name.text && view.latin.some((w) => w.text.toLowerCase() === singular.toLowerCase())) return undefined;
  const garble = view.latin
    .filter((w) => !lexicon.has(w.text) && !taken.has(w.range.start))
    .map((w) => ({ word: w, similarity: editSimilarity(w.text.toLowerCase(), name.text.toLowerCase()) }))
    .sort((a, b) => b.similarity - a.similarity)[0];
  if (!garble || garble.similarity === 1 || (garble.similarity < 0.7 && !oneLetterOff(garble.word.text, name.text))) return undefined;
  return garble.word;
}

/** A head must be this much surer than a whole word: cutting a word is a guess of its own. */
const HEAD_PENALTY = 0.1;

/**
 * The name at the head of a longer katakana word (ブラックウォール of ブラックウォールチップ): the word cut
 * about the spelling's length, leaving at least two letters, for a spelling of four letters or more, unless the
 * whole word renders a word of the source (インテリジェンス for intelligence is no Intel).
 */
function headsOf(word: Word, spelling: string, sourceWords: readonly string[]): Word[] {
  const length = undotted(spelling).length;
  if (length < 4 || word.text.length < length + 2) return [];
  if (sourceWords.some((w) => transliterationSimilarity(w, word.text) >= RENDERING)) return [];
  const heads: Word[] = [];
  for (let cut = length - 1; cut <= Math.min(length + 2, word.text.length - 2); cut++) {
    // Not inside a mora or after a separator: ウィンストン of ウィンストン・グループ, never ウィンストン・.
    if (/[ーッャュョァィゥェォ]/.test(word.text[cut] ?? '') || /[・＝]/.test(word.text[cut - 1] ?? '')) continue;
    // A dotted name's last part cut short of two letters (クリシュナ・ラ of クリシュナ・ラジュ) is that part garbled, no word glued on.
    if (/[・＝]/.test(word.text.slice(0, cut)) && !/[・＝]/.test(word.text.slice(cut)) && word.text.length - cut < 3) continue;
    // The rest must render a word of the source (チップ of "chips"): else the whole word is one name in the name's place
    // (マイクロチップ for Micron), not the name with a word glued on (マイクロンチップ).
    const tail = word.text.slice(cut).replace(/^[・＝]/, '');
    if (!sourceWords.some((w) => [w, w.replace(/(?<=[^s])s$/, '')].some((form) => transliterationSimilarity(form, tail) >= RENDERING))) continue;
    heads.push({ text: word.text.slice(0, cut), range: { start: word.range.start, end: word.range.start + cut } });
  }
  return heads;
}
