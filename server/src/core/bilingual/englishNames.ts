/** Entities of the knowledge base named in an English text, by their Latin spellings (case as written). */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entity } from '../knowledge/model';
import type { OffsetRange } from '../types';
import { escapeRegExp } from '../text';

export interface EnglishMention {
  readonly entityId: string;
  readonly range: OffsetRange;
  readonly surface: string;
}

interface Matcher {
  readonly pattern: RegExp;
  readonly bySurface: ReadonlyMap<string, string>;
}

const matchers = new WeakMap<KnowledgeBase, Matcher>();

/** The last word of a company's name that English often leaves out (Micron for Micron Technology). */
export const GENERIC_LAST_WORD =
  /^(?:Technology|Technologies|Holdings|Group|Inc\.?|Corporation|Corp\.?|Computer|Industries|Company|Limited|Ltd\.?|Semiconductor|Electronics)$/;

/**
 * A company's name without its generic last word, in Latin and (when its Japanese name has as many parts)
 * in katakana: Micron and マイクロン of Micron Technology and マイクロン・テクノロジー. Four letters at least.
 */
export function coreNames(entity: Entity): { latin?: string; kana?: string } {
  if (entity.type !== 'company') return {};
  const words = entity.en.split(/\s+/);
  if (words.length < 2 || !GENERIC_LAST_WORD.test(words[words.length - 1] ?? '')) return {};
  const latin = words.slice(0, -1).join(' ');
  if (latin.length < 4) return {};
  // From its katakana name, or a katakana alias, of as many parts (クアンタ of クアンタ・コンピューター).
  const katakana = [entity.ja, ...(entity.aliases ?? [])].find((s) => /^[ァ-ヴー・＝]+$/.test(s) && s.split(/[・＝]/).length === words.length);
  const kana = katakana
    ?.split(/[・＝]/)
    .slice(0, -1)
    .join('・');
  return kana && kana.length >= 3 ? { latin, kana } : { latin };
}

/** Latin spellings of an entity: its English name, the aliases written in Latin letters, and a company's core name. */
export function latinSpellings(entity: Entity): string[] {
  const all = [entity.en, ...(entity.aliases ?? []), ...(entity.shortNames ?? []), ...(coreNames(entity).latin ? [coreNames(entity).latin as string] : [])];
  return [...new Set(all.filter((s) => /^[\x20-\x7e]+$/.test(s) && /[A-Za-z]/.test(s) && s.length >= 2))];
}

function matcherOf(kb: KnowledgeBase): Matcher {
  let matcher = matchers.get(kb);
  if (!matcher) {
    const bySurface = new Map<string, string>();
    // A spelling an entity is given (Samsung, an alias of Samsung Electronics) before a core name made from another's
    // name (Samsung of Samsung Group); among equals, the knowledge base's order.
    const given = (entity: Entity): string[] => [entity.en, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])];
    for (const entity of kb.entities.values())
      for (const surface of latinSpellings(entity)) if (given(entity).includes(surface) && !bySurface.has(surface)) bySurface.set(surface, entity.id);
    for (const entity of kb.entities.values()) for (const surface of latinSpellings(entity)) if (!bySurface.has(surface)) bySurface.set(surface, entity.id);
    const escaped = [...bySurface.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    matcher = { pattern: new RegExp(`(?<![A-Za-z0-9])(?:${escaped.join('|')})(?![A-Za-z0-9])`, 'g'), bySurface };
    matchers.set(kb, matcher);
  }
  return matcher;
}

/** Capitalised words that begin a sentence before a surname rather than name a person (When Kaplan said…). */
const SENTENCE_OPENERS = new Set([
  'The',
  'But',
  'And',
  'So',
  'If',
  'As',
  'When',
  'While',
  'After',
  'Before',
  'Then',
  'Yet',
  'Still',
  'Now',
  'Also',
  'Even',
  'In',
  'At',
  'On',
  'For',
  'With',
  'Mr',
  'Ms',
  'Mrs',
  'Dr',
]);

/**
 * A person's surname alone (Kaplan) after a given name that is not theirs (Joel Kaplan, not Jared Kaplan): another
 * person of that name, not the known one.
 */
function anotherPersonOfTheName(text: string, at: number, surface: string, entity: Entity | undefined): boolean {
  if (!entity || entity.type !== 'person' || !(entity.shortNames ?? []).includes(surface)) return false;
  const given = /([A-Z][a-z]+)\.?\s+$/.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  if (!given || SENTENCE_OPENERS.has(given)) return false;
  return !entity.en.split(/\s+/).includes(given) && !(entity.aliases ?? []).some((a) => a.split(/\s+/).includes(given));
}

/**
 * A person's surname alone (Marcus) before a capitalised word that is no part of their name (Marcus Feldman, not Gary
 * Marcus): the given name of another person.
 */
function givenNameOfAnother(text: string, at: number, surface: string, entity: Entity | undefined): boolean {
  if (!entity || entity.type !== 'person' || !(entity.shortNames ?? []).includes(surface)) return false;
  const next = /^ ([A-Z][a-z]+)(?![A-Za-z0-9])/.exec(text.slice(at + surface.length, at + surface.length + 40))?.[1];
  return next !== undefined && !entity.en.split(/\s+/).includes(next) && !(entity.aliases ?? []).some((a) => a.split(/\s+/).includes(next));
}

export function englishMentions(text: string, kb: KnowledgeBase): EnglishMention[] {
  const { pattern, bySurface } = matcherOf(kb);
  const mentions: EnglishMention[] = [];
  for (const match of text.matchAll(pattern)) {
    const entityId = bySurface.get(match[0]);
    const entity = kb.get(entityId ?? '');
    if (!entityId || anotherPersonOfTheName(text, match.index, match[0], entity) || givenNameOfAnother(text, match.index, match[0], entity)) continue;
    mentions.push({ entityId, range: { start: match.index, end: match.index + match[0].length }, surface: match[0] });
  }
  return mentions;
}
