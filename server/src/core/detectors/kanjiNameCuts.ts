/**
 * Names cut short in kanji, for truncated-name: a person's kanji name that lost the end of the given name
 * (「孫正さん」 for 孫正義, 「小池淳氏」 for 小池淳義, 「梁文氏」 for 梁文鋒), and a name of katakana or Latin
 * pieces and a kanji piece cut inside the kanji (「サムスン電の」 for サムスン電子).
 *
 * Contract:
 * - A person of the knowledge base whose name is three to five kanji: a cut keeps the whole surname and part
 *   of the given name. The surname is the kanji short name the knowledge base lists (孫氏 → 孫), else one kanji
 *   for a Chinese or Korean name and two for a Japanese name of four (a Japanese name of three or five is not
 *   split without a listed short name: 石破茂 may be 石 + 破茂 or 石破 + 茂).
 * - The cut is the whole kanji run, right before a title (さん, 氏, CEO…; name-titles.yaml): a surname alone
 *   (小池さん) is how Japanese names a person, never a cut.
 * - A spelling of several pieces ending in kanji (サムスン電子): the run of its first pieces and some of the
 *   kanji, followed by no kanji.
 * - A cut that is itself a spelling of some entity, or the cut of two entities' names, is left alone.
 * - Warning when the entity is named or related to one named, information otherwise.
 */
import type { DetectorContext } from '../context';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entity } from '../knowledge/model';

export interface KanjiCut {
  /** In chunk text offsets. */
  readonly start: number;
  readonly written: string;
  readonly entity: Entity;
  readonly spelling: string;
}

const KANJI = '\\u4E00-\\u9FFF々';
const ALL_KANJI = new RegExp(`^[${KANJI}]+$`);
const KANJI_RUN = new RegExp(`[${KANJI}]+`, 'g');
/** Compiled once: cutsOf reads the end of every organisation's spelling at first use. */
const KANJI_END = new RegExp(`[${KANJI}]+$`);
/** Katakana or Latin pieces, then kanji: a name of several pieces ending in kanji as written. */
const MIXED_RUN = new RegExp(`[A-Za-z0-9\\u30A1-\\u30FA\\u30FC]+[${KANJI}]+`, 'g');
/** Countries whose names put a surname of one kanji first. */
const ONE_KANJI_SURNAME = new Set(['CN', 'TW', 'HK', 'KR', 'SG', 'MO']);

/** The kanji cuts in a chunk's text. */
export function kanjiCuts(text: string, context: DetectorContext): KanjiCut[] {
  const cuts: KanjiCut[] = [];
  const { persons, mixed } = cutsOf(context.kb);
  const titles = context.rules.nameTitles;
  const kanjiTitles = kanjiTitlesOf(titles);
  for (const run of text.matchAll(KANJI_RUN)) {
    const start = run.index ?? 0;
    const end = start + run[0].length;
    // A title in kanji (氏, 社長) is part of the run: the name is what stands before it.
    const name = titles.some((title) => text.startsWith(title, end))
      ? run[0]
      : kanjiTitles
          .filter((title) => run[0].endsWith(title))
          .map((title) => run[0].slice(0, -title.length))
          .find((before) => persons.has(before));
    const hit = name === undefined ? undefined : persons.get(name);
    if (name !== undefined && hit) cuts.push({ start, written: name, ...hit });
  }
  for (const run of text.matchAll(MIXED_RUN)) {
    const hit = mixed.get(run[0]);
    if (hit) cuts.push({ start: run.index ?? 0, written: run[0], ...hit });
  }
  return cuts;
}

const kanjiTitleLists = new WeakMap<readonly string[], readonly string[]>();

/** The titles written in kanji alone (氏, 社長), in their order: picked once per list, not once per kanji run. */
function kanjiTitlesOf(titles: readonly string[]): readonly string[] {
  let kanji = kanjiTitleLists.get(titles);
  if (!kanji) kanjiTitleLists.set(titles, (kanji = titles.filter((title) => ALL_KANJI.test(title))));
  return kanji;
}

interface Cuts {
  readonly persons: ReadonlyMap<string, { readonly entity: Entity; readonly spelling: string }>;
  readonly mixed: ReadonlyMap<string, { readonly entity: Entity; readonly spelling: string }>;
}

const cache = new WeakMap<KnowledgeBase, Cuts>();

function cutsOf(kb: KnowledgeBase): Cuts {
  let cuts = cache.get(kb);
  if (cuts) return cuts;
  const persons = new Map<string, { entity: Entity; spelling: string } | null>();
  const mixed = new Map<string, { entity: Entity; spelling: string } | null>();
  const spellings = new Set<string>();
  const add = (map: Map<string, { entity: Entity; spelling: string } | null>, cut: string, entity: Entity, spelling: string): void => {
    const there = map.get(cut);
    // The cut of two entities' names says nothing of which.
    // The same entity's first spelling (its name, before its aliases) is the fix.
    if (there === undefined) map.set(cut, { entity, spelling });
    else if (there !== null && there.entity.id !== entity.id) map.set(cut, null);
  };
  for (const entity of kb.entities.values()) {
    const all = [entity.ja, entity.en, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])];
    for (const spelling of all) spellings.add(spelling);
    if (entity.type === 'person') {
      for (const spelling of [entity.ja, ...(entity.aliases ?? [])]) {
        if (!ALL_KANJI.test(spelling) || spelling.length < 3 || spelling.length > 5) continue;
        const surname = surnameLength(entity, spelling);
        if (surname === undefined) continue;
        for (let keep = Math.max(2, surname + 1); keep < spelling.length; keep++) add(persons, spelling.slice(0, keep), entity, spelling);
      }
      continue;
    }
    for (const spelling of [entity.ja, ...(entity.aliases ?? [])]) {
      const kanji = KANJI_END.exec(spelling);
      const head = kanji ? spelling.slice(0, kanji.index) : '';
      if (!kanji || kanji[0].length < 2 || !/^[A-Za-z0-9\u30A1-\u30FA\u30FC]+$/.test(head) || !/[\u30A1-\u30FA]/.test(head) || head.length < 2) continue;
      for (let keep = 1; keep < kanji[0].length; keep++) add(mixed, head + kanji[0].slice(0, keep), entity, spelling);
    }
  }
  const clean = (map: Map<string, { entity: Entity; spelling: string } | null>): Map<string, { entity: Entity; spelling: string }> => {
    const kept = new Map<string, { entity: Entity; spelling: string }>();
    for (const [cut, hit] of map) if (hit && !spellings.has(cut)) kept.set(cut, hit);
    return kept;
  };
  cuts = { persons: clean(persons), mixed: clean(mixed) };
  cache.set(kb, cuts);
  return cuts;
}

/** How many kanji of a person's name are the surname, when known or safely guessed. */
function surnameLength(entity: Entity, spelling: string): number | undefined {
  for (const short of [...(entity.shortNames ?? []), ...(entity.aliases ?? [])]) {
    const bare = short.replace(/(?:氏|さん|CEO|会長|社長)$/, '');
    if (bare.length > 0 && bare.length < spelling.length && spelling.startsWith(bare) && ALL_KANJI.test(bare)) return bare.length;
  }
  if (ONE_KANJI_SURNAME.has(entity.country ?? '') && spelling.length <= 3) return 1;
  if (entity.country === 'JP' && spelling.length === 4) return 2;
  return undefined;
}
