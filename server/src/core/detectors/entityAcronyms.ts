/**
 * The acronyms the knowledge base's entities go by, with their other names as what they stand for: CMA
 * beside 英競争・市場庁 and Competition and Markets Authority, RIAA beside 全米レコード協会. The misheard-acronym
 * check reads an unknown acronym right beside one of those names (全米レコード協会（RIIA）) as that entity's
 * acronym, as it does with the expansions the acronym list gives: every entity with a name of capitals and
 * a name in words is such a pair, without a rule written for it.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entity } from '../knowledge/model';
import type { AcronymRule } from '../knowledge/rules';

/** A name of two to seven capitals and digits, at least two capitals (CMA, MBZUAI, DoD): an acronym. */
const ACRONYM_NAME = /^[A-Z][A-Za-z0-9&]{1,6}$/;
/** A name that stands for something: four characters or more, no acronym itself. */
const MIN_EXPANSION = 4;

const cache = new WeakMap<KnowledgeBase, WeakMap<ReadonlyMap<string, AcronymRule>, ReadonlyMap<string, AcronymRule>>>();

/**
 * The acronym list with the knowledge base's acronyms added (by lower-case spelling): a listed acronym
 * keeps its contexts and gains the entity's names as expansions; an entity's acronym the list lacks comes
 * with expansions only (no contexts: it is never a reading by sound alone).
 */
export function acronymsWithEntityNames(kb: KnowledgeBase, listed: ReadonlyMap<string, AcronymRule>): ReadonlyMap<string, AcronymRule> {
  let byList = cache.get(kb);
  if (!byList) cache.set(kb, (byList = new WeakMap()));
  let merged = byList.get(listed);
  if (!merged) byList.set(listed, (merged = merge(kb, listed)));
  return merged;
}

function merge(kb: KnowledgeBase, listed: ReadonlyMap<string, AcronymRule>): ReadonlyMap<string, AcronymRule> {
  const expansions = new Map<string, Set<string>>();
  const spelled = new Map<string, string>();
  for (const entity of kb.entities.values()) {
    for (const [acronym, names] of entityAcronyms(entity)) {
      const key = acronym.toLowerCase();
      spelled.set(key, spelled.get(key) ?? acronym);
      const set = expansions.get(key) ?? new Set<string>();
      for (const name of names) set.add(name);
      expansions.set(key, set);
    }
  }
  const merged = new Map(listed);
  for (const [key, names] of expansions) {
    const rule = listed.get(key);
    const all = [...(rule?.expansions ?? []), ...[...names].filter((name) => !(rule?.expansions ?? []).includes(name))];
    merged.set(key, { ...(rule ?? { acronym: spelled.get(key) ?? key.toUpperCase() }), expansions: all });
  }
  return merged;
}

/** An entity's acronyms, each with the entity's names in words that do not contain it. */
export function entityAcronyms(entity: Entity): Map<string, string[]> {
  const names = [entity.ja, entity.en, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])];
  const acronyms = names.filter(isAcronymName);
  const found = new Map<string, string[]>();
  for (const acronym of acronyms) {
    const words = names.filter(
      (name) => !isAcronymName(name) && name.length >= MIN_EXPANSION && !name.includes(acronym) && !/(?:社|グループ)$/.test(name) && !isSpelledOut(name),
    );
    if (words.length > 0) found.set(acronym, words);
  }
  return found;
}

function isAcronymName(name: string): boolean {
  return ACRONYM_NAME.test(name) && (name.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** A name written as its letters are spoken (アイ・ビー・エム): the acronym itself, not what it stands for. */
function isSpelledOut(name: string): boolean {
  return (
    /^[\u30A1-\u30FA\u30FC・]+$/.test(name) &&
    /^(?:(?:エー|エイ|ビー|シー|ディー|イー|エフ|ジー|エイチ|アイ|ジェー|ジェイ|ケー|ケイ|エル|エム|エヌ|オー|ピー|キュー|アール|エス|ティー|ユー|ブイ|ダブリュー|エックス|ワイ|ゼット)・?)+$/.test(
      name,
    )
  );
}
