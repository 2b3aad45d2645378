/**
 * One entity written several ways in one document: "DeepSeek" and "Deepseek", "デミス・ハサビス" and
 * "デミス・ハッサビス". Offers to unify on the spelling the document uses most (or the canonical one).
 */
import { displayName } from '../context';
import { makeFinding } from '../finding';
import { editSimilarity } from '../similarity';
import { katakanaToRomaji, scriptOf, type Script } from '../text';
import type { Entity } from '../knowledge/model';
import type { EntityMention, Finding } from '../types';
import type { Detector } from './detector';
import { t } from '../l10n';

const CODE = 'inconsistent-spelling';

export const inconsistentSpelling: Detector = {
  code: CODE,
  description: 'One entity spelled several ways in one document (Deep Seek / DeepSeek, two katakana spellings of one person).',
  detect(_doc, context) {
    const findings: Finding[] = [];
    for (const [entityId, count] of context.mentionCount) {
      const entity = context.kb.get(entityId);
      if (!entity) continue;
      findings.push(...miscasedMentions(entity, context.mentionsOf(entityId)));
      if (count < 2) continue;
      const shortForms = new Set((entity.shortNames ?? []).map((s) => s.toLowerCase()));
      // Full names are compared with full names in the same script; a surname after a full name is normal style.
      const groups = new Map<Script, EntityMention[]>();
      for (const mention of context.mentionsOf(entityId)) {
        if (shortForms.has(mention.surface.toLowerCase())) continue;
        const script = scriptOfSurface(mention.surface);
        const group = groups.get(script);
        if (group) group.push(mention);
        else groups.set(script, [mention]);
      }
      for (const group of groups.values()) {
        const counts = new Map<string, number>();
        for (const m of group) counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
        if (counts.size < 2) continue;
        const canonical = [entity.en, entity.ja];
        const preferred = [...counts].sort((a, b) => b[1] - a[1] || Number(canonical.includes(b[0])) - Number(canonical.includes(a[0])))[0]?.[0];
        if (!preferred) continue;
        // Judged once per distinct spelling, not per mention: a long transcript names one entity hundreds of times.
        const variants = new Set([...counts.keys()].filter((s) => s !== preferred && spellingVariantsRemembered(s, preferred)));
        if (variants.size === 0) continue;
        const spellings = [...counts].filter(([s]) => s === preferred || variants.has(s)).map(([s, n]) => `「${s}」×${n}`).join(', ');
        for (const mention of group) {
          if (!variants.has(mention.surface)) continue;
          const caseOnly = mention.surface.toLowerCase() === preferred.toLowerCase();
          findings.push(
            makeFinding({
              code: CODE,
              range: mention.range,
              message: t('{0} is spelled several ways in this document ({1}); unify on 「{2}」', displayName(entity), spellings, preferred),
              confidence: caseOnly ? 0.5 : 0.45,
              explanation: {
                problem: t('The same entity is written in more than one way.'),
                reasons: [
                  t('Spellings here: {0}.', spellings),
                  canonical.includes(preferred) ? t('「{0}」 is the most used and the official spelling.', preferred) : t('「{0}」 is the most used spelling.', preferred),
                ],
              },
              replacements: [preferred],
              entityId,
            }),
          );
        }
      }
    }
    return findings;
  },
};

const scripts = new Map<string, Script>();
/** Per entity, the official spelling a surface is a miscased form of (or undefined): kept across analyses. */
const officialSpellings = new WeakMap<Entity, Map<string, string | undefined>>();
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

/** "h100" for H100, "openai" for OpenAI: a Latin name written in a case none of its spellings uses. */
function miscasedMentions(entity: Entity, mentions: readonly EntityMention[]): Finding[] {
  let officialFor = officialSpellings.get(entity);
  if (!officialFor) {
    officialFor = new Map();
    officialSpellings.set(entity, officialFor);
  }
  const known = officialFor;
  const official = (surface: string): string | undefined => {
    if (!known.has(surface)) {
      const spellings = [entity.en, entity.ja, ...(entity.aliases ?? []), ...(entity.shortNames ?? [])];
      // Capitals throughout ("GENESIS" in a title) are typography, not a spelling.
      const plain = spellings.includes(surface) || /^[A-Z\s-]{4,}$/.test(surface) || scriptOfSurface(surface) !== 'latin';
      known.set(surface, plain ? undefined : spellings.find((s) => s.toLowerCase() === surface.toLowerCase()));
    }
    return known.get(surface);
  };
  return mentions.flatMap((mention) => {
    const spelling = official(mention.surface);
    if (!spelling) return [];
    return [
      makeFinding({
        code: CODE,
        range: mention.range,
        message: t('「{0}」 is written 「{1}」', mention.surface, spelling),
        confidence: 0.55,
        explanation: { problem: t('{0} has a fixed spelling.', displayName(entity)), reasons: [t('The official spelling is 「{0}」.', spelling)] },
        replacements: [spelling],
        entityId: entity.id,
      }),
    ];
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
