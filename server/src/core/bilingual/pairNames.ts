/**
 * The names on both sides of an aligned pair: the known entities the source names (with where), the Latin
 * names of its own the source writes (surnames the dictionary does not know), and the translation's words
 * that may stand for them. Shared by the name check; pure and cached per pair.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entity, EntityType } from '../knowledge/model';
import type { EnglishLexicon } from '../lexicon';
import type { OffsetRange } from '../types';
import type { AlignedPair } from './alignment';
import { coreNames, englishMentions, GENERIC_LAST_WORD } from './englishNames';
import { latinWords, targetSlice, type Word } from './pairFacts';
import { transliterationSimilarity } from './transliteration';
import { renderBodyNameInKatakana } from './katakanaRendering';
import { usualRendering } from './usualRenderings';

export interface SourceEntity {
  readonly entity: Entity;
  readonly range: OffsetRange;
}

/** Every spelling of an entity, in either script. */
export function spellingsOf(entity: Entity): string[] {
  return [...fullSpellingsOf(entity), ...(entity.shortNames ?? [])];
}

/** The full spellings (no short forms), with a company's name without its generic word (マイクロン): what a name written in full must be one of. */
export function fullSpellingsOf(entity: Entity): string[] {
  const core = coreNames(entity);
  return [entity.ja, entity.en, ...(entity.aliases ?? []), ...(core.latin ? [core.latin] : []), ...(core.kana ? [core.kana] : [])];
}

/**
 * Kinds of entity a translator can put one for another (one company for another, one person for
 * another); a company for its model or a person for their company is another sentence, not a slip.
 */
const KIND_OF_TYPE: Readonly<Record<EntityType, string | undefined>> = {
  company: 'organisation',
  institution: 'organisation',
  media: 'organisation',
  person: 'person',
  model: 'model',
  product: 'model',
  chip: 'chip',
  infrastructure: 'infrastructure',
  programme: undefined,
  country: undefined,
  term: undefined,
};

export function kindOf(entity: Entity): string | undefined {
  return KIND_OF_TYPE[entity.type];
}

const sourceCache = new WeakMap<AlignedPair, SourceEntity[]>();

/** The known entities a pair's source names, each once, in order, with where (source offsets). */
export function sourceEntities(pair: AlignedPair, kb: KnowledgeBase): SourceEntity[] {
  let found = sourceCache.get(pair);
  if (found) return found;
  const seen = new Set<string>();
  found = [];
  for (const segment of pair.source) {
    for (const piece of segment.pieces) {
      for (const mention of englishMentions(piece.text, kb)) {
        const entity = kb.get(mention.entityId);
        if (!entity || seen.has(entity.id)) continue;
        seen.add(entity.id);
        found.push({ entity, range: { start: piece.start + mention.range.start, end: piece.start + mention.range.end } });
      }
    }
  }
  sourceCache.set(pair, found);
  return found;
}

/** Capitalised Latin words of the source that are no English words and no known entity: names of their own. */
const surnameCache = new Map<string, ReadonlySet<string>>();

/**
 * Surnames that are English words (Talbot, Baker, Wise): a capitalised word the source writes after a given name, a
 * capitalised word no dictionary knows (Gregory Talbot), and alone elsewhere (Talbot said): a name wherever the source writes it.
 */
export function surnamesOf(sourceText: string, lexicon: EnglishLexicon): ReadonlySet<string> {
  let found = surnameCache.get(sourceText);
  if (found) return found;
  const names = new Set<string>();
  for (const m of sourceText.matchAll(/\b([A-Z][a-z]{2,}) ([A-Z][a-z]{3,})\b(?! [A-Z])/g)) {
    const [, given = '', surname = ''] = m;
    if (!lexicon.has(given) && lexicon.has(surname) && writtenAlone(sourceText, given, surname)) names.add(surname);
  }
  found = names;
  // One document at a time is read; keep the last few.
  if (surnameCache.size > 8) surnameCache.clear();
  surnameCache.set(sourceText, found);
  return found;
}

/** Whether the source writes the surname alone too (Talbot said), as a person named in full before is: not a word of a company's name. */
function writtenAlone(sourceText: string, given: string, surname: string): boolean {
  return [...sourceText.matchAll(new RegExp(`\\b${surname}\\b`, 'g'))].some((m) => !sourceText.slice(0, m.index).endsWith(`${given} `));
}

export function unknownNames(pair: AlignedPair, kb: KnowledgeBase, lexicon: EnglishLexicon, sourceText: string): Word[] {
  const known = pair.source.flatMap((segment) =>
    segment.pieces.flatMap((piece) => englishMentions(piece.text, kb).map((m) => ({ start: piece.start + m.range.start, end: piece.start + m.range.end }))),
  );
  return (
    pair.source
      .flatMap(latinWords)
      .filter(
        (w) =>
          (/^[A-Z][a-z]{3,}$/.test(w.text) || /^[A-Z]{3,}$/.test(w.text)) &&
          (!lexicon.has(w.text) || surnamesOf(sourceText, lexicon).has(w.text)) &&
          // A company's generic last word (Corp of Powerchip Semiconductor Manufacturing Corp) names nobody by itself.
          !GENERIC_LAST_WORD.test(w.text) &&
          !known.some((r) => r.start <= w.range.start && w.range.end <= r.end),
      )
      .filter((w) => sourceText.slice(w.range.start, w.range.end) === w.text)
      // Part of a word with an accented letter (Timoth of Timothée): not a name of its own.
      .filter((w) => !/[À-ɏ]/.test(sourceText[w.range.end] ?? '') && !/[À-ɏ]/.test(sourceText[w.range.start - 1] ?? ''))
  );
}

/** Latin words, and each two in a row with one space between (a garbled two-word name: Andresen Horowitz). */
export function withPhrases(pair: AlignedPair, words: readonly Word[]): Word[] {
  const phrases: Word[] = [];
  words.forEach((word, k) => {
    const next = words[k + 1];
    if (next && next.range.start === word.range.end + 1 && targetSlice(pair, { start: word.range.end, end: next.range.start }) === ' ') {
      phrases.push({ text: `${word.text} ${next.text}`, range: { start: word.range.start, end: next.range.end } });
    }
  });
  return [...words, ...phrases];
}

/** Words that stand for a name already said (同社, 同氏, 彼): a translation may use them for the source's name. */
export const STANDS_FOR_A_NAME =
  /同社|同氏|同行|同省|同庁|同局|同国|同大|同グループ|同モデル|同チップ|同製品|同サービス|同団体|同機関|同紙|同誌|彼女?|その(?:会社|企業|モデル|チップ|人物)|両社|各社|自社|当社|弊社/;

/** An acronym with one letter changed (BMV for BMW): too short for a similarity, plain as a garble. */
export function oneLetterOff(written: string, name: string): boolean {
  if (!/^[A-Z]{3,}$/.test(written) || !/^[A-Z]{3,}$/.test(name) || written.length !== name.length) return false;
  let differences = 0;
  for (let i = 0; i < name.length; i++) if (written[i] !== name[i]) differences++;
  return differences === 1;
}

/** How well a katakana word must read as an English word of the source to count as its rendering. */
export const RENDERING = 0.75;

/**
 * Whether a katakana word of the translation renders words of the source other than the given name's:
 * each of its parts (split at ・) reads like one of them, or like two in a row (データセンター ↔ data center), or is its usual
 * katakana (ルイジアナ for Louisiana, whose letters read otherwise).
 */
export function rendersOtherSourceWords(katakana: string, sourceWords: readonly string[], nameWords: ReadonlySet<string>): boolean {
  const others = sourceWords.filter((w) => !nameWords.has(w));
  const candidates = [...others, ...others.slice(1).map((w, k) => `${others[k] ?? ''}${w}`)];
  return katakana
    .split(/[・＝]/)
    .filter((part) => part.length >= 2)
    .every((part) =>
      // Read with every r heard too (Johor ↔ ジョホール), as the names of many languages are.
      candidates.some((w) => Math.max(transliterationSimilarity(w, part), transliterationSimilarity(w, part, true)) >= RENDERING || usualRendering(w) === part),
    );
}

const LATIN = /^[\x20-\x7e]+$/;

/**
 * The spelling of an entity a fix writes where the translation wrote something else: the one this document
 * uses most for it elsewhere (a translator who writes SpaceX in Latin, or ジェンスン・ファン, keeps to it), in the
 * script of the words replaced when the document writes it both ways; else the source's spelling for a translation that
 * writes names in Latin letters (latinHabit), or the knowledge base's Japanese spelling.
 */
export function documentSpelling(
  entity: Entity,
  mentions: readonly { readonly entityId: string; readonly surface: string }[],
  written: string,
  sourceName?: string,
  latinHabit = false,
): string {
  const latinSpellingsOf = new Set([entity.en, ...(entity.aliases ?? []), ...(coreNames(entity).latin ? [coreNames(entity).latin as string] : [])]);
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.entityId !== entity.id || m.surface === written) continue;
    const full = LATIN.test(m.surface) ? latinSpellingsOf.has(m.surface) : fullSpellingsOf(entity).includes(m.surface);
    if (full) counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const sameScript = ranked.find(([s]) => LATIN.test(s) === LATIN.test(written));
  if (sameScript) return sameScript[0];
  if (ranked[0]) return ranked[0][0];
  // People are written in katakana whatever a translation does with company names.
  if (LATIN.test(written) || (latinHabit && entity.type !== 'person')) return sourceName ?? entity.en;
  // A Japanese spelling of the entity asked for (パデュー大学 for インディアナ大学) is the one to write.
  return fullSpellingsOf(entity).includes(written) ? written : katakanaSpelling(entity, sourceName);
}

/**
 * The entity's Japanese spelling for a translation that writes it in Japanese: the knowledge base's (japaneseSpelling); for a
 * body the knowledge base writes only in Latin letters (Accel), its name rendered, name words as Japanese writes them (アクセル).
 */
export function katakanaSpelling(entity: Entity, sourceName?: string): string {
  const spelling = japaneseSpelling(entity, [], sourceName);
  if (!LATIN.test(spelling) || entity.type === 'person') return spelling;
  return renderBodyNameInKatakana(sourceName ?? entity.en) || spelling;
}

/**
 * Whether a translation writes in Latin letters most of the names it could write in katakana (NVIDIA, SpaceX for
 * エヌビディア, スペースX): a name it has not written yet is then best written as the source does. Three such names at least.
 */
export function writesNamesInLatin(mentions: readonly { readonly entityId: string; readonly surface: string }[], kb: KnowledgeBase): boolean {
  let latin = 0;
  let katakana = 0;
  const seen = new Set<string>();
  for (const m of mentions) {
    const entity = kb.get(m.entityId);
    // A name the knowledge base writes in katakana, whole or in part (オープンAI written OpenAI is Latin by choice).
    if (!entity || seen.has(entity.id) || !/[ァ-ヴ]/.test(entity.ja) || /[一-龯]/.test(entity.ja) || entity.type === 'person' || entity.type === 'country')
      continue;
    seen.add(entity.id);
    if (LATIN.test(m.surface)) latin++;
    else katakana++;
  }
  return latin >= 3 && latin > 2 * katakana;
}

/**
 * The Japanese spelling of an entity a fix writes: the one this document uses most for it (a translator's
 * choice among its spellings), else the knowledge base's.
 */
export function japaneseSpelling(entity: Entity, mentions: readonly { readonly entityId: string; readonly surface: string }[], sourceName?: string): string {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.entityId !== entity.id || /^[\x20-\x7e]+$/.test(m.surface) || !fullSpellingsOf(entity).includes(m.surface)) continue;
    counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
  }
  const used = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (used) return used[0];
  // A name the knowledge base writes in Latin or Chinese characters (Black Forest Labs, 和碩聯合科技): the katakana
  // spelling that reads most like the source's name (ペガトロン for Pegatron), for a translation that wrote Japanese.
  // A spelling of its own in katakana, whole or with Latin letters (スペースX, ZTシステムズ): the knowledge base's.
  const heard = sourceName ?? entity.en;
  if (/^[ァ-ヴー・＝]+$/.test(entity.ja)) {
    // A source that names it by a shorter form (Micron for Micron Technology) is answered with the katakana that reads as
    // that form (マイクロン, not マイクロン・テクノロジー), as a translator renders what the source says.
    if (sourceName === undefined || sourceName === entity.en) return entity.ja;
    const closer = fullSpellingsOf(entity)
      .filter((s) => /^[ァ-ヴー・＝]+$/.test(s) && transliterationSimilarity(heard, s) > transliterationSimilarity(heard, entity.ja))
      .sort((a, b) => transliterationSimilarity(heard, b) - transliterationSimilarity(heard, a));
    return closer[0] ?? entity.ja;
  }
  if (/[ァ-ヴ]/.test(entity.ja) && !/[一-龯]/.test(entity.ja)) return entity.ja;
  const katakana = fullSpellingsOf(entity)
    .filter((s) => /^[ァ-ヴー・＝]+$/.test(s))
    .sort((a, b) => transliterationSimilarity(heard, b) - transliterationSimilarity(heard, a));
  return katakana[0] ?? entity.ja;
}
