/**
 * One entity written several ways in one document: "DeepSeek" and "Deepseek", "デミス・ハサビス" and
 * "デミス・ハッサビス". Offers to unify on the spelling the document uses most (or the canonical one).
 */
import { countsOf, displayName, type DetectorContext } from '../context';
import { makeFinding, placeFinding } from '../finding';
import { editSimilarity } from '../similarity';
import { katakanaToRomaji, scriptOf, type Script } from '../text';
import type { Entity } from '../knowledge/model';
import type { Finding } from '../types';
import type { Detector } from './detector';
import { messagesGeneration, t } from '../l10n';

const CODE = 'inconsistent-spelling';

export const inconsistentSpelling: Detector = {
  code: CODE,
  description: 'One entity spelled several ways in one document (Deep Seek / DeepSeek, two katakana spellings of one person).',
  detect(_doc, context) {
    const findings: Finding[] = [];
    // Only the mentions of an entity with something to say are placed in the document.
    for (const [entityId, verdicts] of entitiesWithVerdicts(context)) {
      for (const mention of context.mentionsOf(entityId)) {
        for (const finding of verdicts.get(mention.surface) ?? []) findings.push(placeFinding(finding, mention.range));
      }
    }
    return findings;
  },
};

/** The entities with verdicts, by the counts they were judged from: an edit that names the same entities as often keeps them. */
const verdictsByCounts = new WeakMap<object, readonly (readonly [string, ReadonlyMap<string, readonly Finding[]>])[]>();

function entitiesWithVerdicts(context: DetectorContext): readonly (readonly [string, ReadonlyMap<string, readonly Finding[]>])[] {
  const counts = countsOf(context);
  const known = counts && verdictsByCounts.get(counts);
  if (known) return known;
  const judged: (readonly [string, ReadonlyMap<string, readonly Finding[]>])[] = [];
  for (const [entityId, count] of context.mentionCount) {
    const entity = context.kb.get(entityId);
    if (!entity) continue;
    const verdicts = verdictsFor(entity, context.spellingsOf(entityId), count);
    if (verdicts.size > 0) judged.push([entityId, verdicts]);
  }
  if (counts) verdictsByCounts.set(counts, judged);
  return judged;
}

/** Per entity, the verdicts last given and the spelling counts they were given for: most edits change neither. */
const rememberedVerdicts = new WeakMap<Entity, { readonly key: string; readonly verdicts: ReadonlyMap<string, readonly Finding[]> }>();

/**
 * What each spelling of an entity earns its mentions (findings at an empty range, placed on each mention):
 * it depends only on how often each spelling occurs, in order of first use, so it is judged once per count.
 */
function verdictsFor(entity: Entity, counts: ReadonlyMap<string, number>, mentionCount: number): ReadonlyMap<string, readonly Finding[]> {
  let key = String(messagesGeneration());
  for (const [surface, count] of counts) key += `\u0000${surface}\u0001${count}`;
  const remembered = rememberedVerdicts.get(entity);
  if (remembered?.key === key) return remembered.verdicts;
  const verdicts = judgeSpellings(entity, counts, mentionCount);
  rememberedVerdicts.set(entity, { key, verdicts });
  return verdicts;
}

const NOWHERE = { start: 0, end: 0 };

/**
 * One authority for the spelling each mention should have: a miscased spelling ("h100") counts for its
 * proper form ("H100"), the most used proper form of a script wins, and every mention is judged against
 * that one target, so that no two verdicts pull one spelling two ways.
 */
function judgeSpellings(entity: Entity, counts: ReadonlyMap<string, number>, mentionCount: number): Map<string, Finding[]> {
  const verdicts = new Map<string, Finding[]>();
  const add = (surface: string, finding: Finding): void => {
    const list = verdicts.get(surface);
    if (list) list.push(finding);
    else verdicts.set(surface, [finding]);
  };
  const proper = new Map<string, string>();
  for (const surface of counts.keys()) proper.set(surface, properCase(entity, surface) ?? surface);
  const preferredIn = mentionCount < 2 ? new Map<Script, { preferred: string; spellings: string }>() : preferredByScript(entity, counts, proper);
  for (const surface of counts.keys()) {
    const own = proper.get(surface) ?? surface;
    const group = preferredIn.get(scriptOfSurface(surface));
    const unify =
      group &&
      group.preferred !== surface &&
      (own === group.preferred || spellingVariantsRemembered(surface, group.preferred)) &&
      !isShortForm(entity, surface);
    if (unify && own !== group.preferred) add(surface, unifyFinding(entity, surface, group.preferred, group.spellings));
    else if (own !== surface) add(surface, miscasedFinding(entity, surface, own));
  }
  return verdicts;
}

function isShortForm(entity: Entity, surface: string): boolean {
  return (entity.shortNames ?? []).some((s) => s.toLowerCase() === surface.toLowerCase());
}

/** Per script, the spelling to unify on (most used, counting miscased spellings for their proper form) and the spellings seen. */
function preferredByScript(
  entity: Entity,
  counts: ReadonlyMap<string, number>,
  proper: ReadonlyMap<string, string>,
): Map<Script, { preferred: string; spellings: string }> {
  // Full names are compared with full names in the same script; a surname after a full name is normal style.
  const groups = new Map<Script, Map<string, number>>();
  const surfaces = new Map<Script, [string, number][]>();
  for (const [surface, count] of counts) {
    if (isShortForm(entity, surface)) continue;
    const script = scriptOfSurface(surface);
    const form = proper.get(surface) ?? surface;
    const group = groups.get(script) ?? new Map<string, number>();
    group.set(form, (group.get(form) ?? 0) + count);
    groups.set(script, group);
    surfaces.set(script, [...(surfaces.get(script) ?? []), [surface, count]]);
  }
  const canonical = [entity.en, entity.ja];
  const result = new Map<Script, { preferred: string; spellings: string }>();
  for (const [script, group] of groups) {
    if (group.size < 2) continue;
    const preferred = [...group].sort((a, b) => b[1] - a[1] || Number(canonical.includes(b[0])) - Number(canonical.includes(a[0])))[0]?.[0];
    if (!preferred) continue;
    const seen = (surfaces.get(script) ?? []).filter(([s]) => s === preferred || proper.get(s) === preferred || spellingVariantsRemembered(s, preferred));
    if (seen.length < 2) continue;
    result.set(script, { preferred, spellings: seen.map(([s, n]) => `「${s}」×${n}`).join(', ') });
  }
  return result;
}

function unifyFinding(entity: Entity, surface: string, preferred: string, spellings: string): Finding {
  const canonical = [entity.en, entity.ja];
  const caseOnly = surface.toLowerCase() === preferred.toLowerCase();
  return makeFinding({
    code: CODE,
    range: NOWHERE,
    message: t('{0} is spelled several ways in this document ({1}); unify on 「{2}」', displayName(entity), spellings, preferred),
    confidence: caseOnly ? 0.5 : 0.45,
    explanation: {
      problem: t('The same entity is written in more than one way.'),
      reasons: [
        t('Spellings here: {0}.', spellings),
        canonical.includes(preferred)
          ? t('「{0}」 is the most used and the official spelling.', preferred)
          : t('「{0}」 is the most used spelling.', preferred),
      ],
    },
    replacements: [preferred],
    entityId: entity.id,
  });
}

const scripts = new Map<string, Script>();
const variantPairs = new Map<string, boolean>();

/** areSpellingVariants, remembered per pair: the same few spellings are compared on every edit. */
function spellingVariantsRemembered(a: string, b: string): boolean {
  const key = `${a}\u0000${b}`;
  let known = variantPairs.get(key);
  if (known === undefined) {
    known = areSpellingVariants(a, b);
    if (variantPairs.size > 10_000) variantPairs.clear();
    variantPairs.set(key, known);
  }
  return known;
}

/** The script of a spelling, remembered: documents repeat the same few spellings thousands of times. */
function scriptOfSurface(surface: string): Script {
  let script = scripts.get(surface);
  if (script === undefined) {
    script = scriptOf(surface);
    if (scripts.size > 10_000) scripts.clear();
    scripts.set(surface, script);
  }
  return script;
}

/** "H100" for "h100", "OpenAI" for "openai": the spelling a Latin name written in a case none of its spellings uses should have. */
function properCase(entity: Entity, surface: string): string | undefined {
  const spellings = [entity.en, entity.ja, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])];
  // Capitals throughout ("GENESIS" in a title) are typography, not a spelling.
  if (spellings.includes(surface) || /^[A-Z\s-]{4,}$/.test(surface) || scriptOfSurface(surface) !== 'latin') return undefined;
  return spellings.find((s) => s.toLowerCase() === surface.toLowerCase());
}

function miscasedFinding(entity: Entity, surface: string, spelling: string): Finding {
  return makeFinding({
    code: CODE,
    range: NOWHERE,
    message: t('「{0}」: the official spelling is 「{1}」', surface, spelling),
    confidence: 0.55,
    explanation: { problem: t('{0} has a fixed spelling.', displayName(entity)), reasons: [t('The official spelling is 「{0}」.', spelling)] },
    replacements: [spelling],
    entityId: entity.id,
  });
}

/**
 * Two ways of writing the same name, not two expressions ("中国" and "中国政府", "A100" and "A100 GPU"):
 * equal but for case, spaces and marks, or two katakana transliterations that sound alike.
 */
export function areSpellingVariants(a: string, b: string): boolean {
  const normalize = (s: string): string => s.toLowerCase().replace(/[\s・･\-ー.]/g, '');
  if (normalize(a) === normalize(b)) return true;
  return scriptOf(a) === 'katakana' && scriptOf(b) === 'katakana' && editSimilarity(katakanaToRomaji(a), katakanaToRomaji(b)) >= 0.7;
}
