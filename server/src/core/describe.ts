/** Hover texts, as Markdown: what an entity is and how the document writes it; what a finding means and why. */
import type { DetectorContext } from './context';
import { describeConfidence } from './finding';
import type { Entity } from './knowledge/model';
import { t } from './l10n';
import type { Finding } from './types';

const TYPE_LABELS: Record<Entity['type'], string> = {
  company: '企業・研究所 (company / lab)',
  person: '人物 (person)',
  model: 'モデル (model)',
  product: '製品・サービス (product)',
  chip: '半導体 (chip)',
  infrastructure: 'インフラ (infrastructure)',
  programme: '計画・政策 (programme / policy)',
  institution: '機関 (institution)',
  media: 'メディア (media)',
  country: '国・地域 (country)',
  term: '用語 (glossary term)',
};

/** "CEO of OpenAI": one whole template per relation, so that each language can order the words its way. */
function describeRelation(relation: string, target: string): string {
  switch (relation) {
    case 'ceo-of':
      return t('CEO of {0}', target);
    case 'founder-of':
      return t('founder of {0}', target);
    case 'works-at':
      return t('works at {0}', target);
    case 'worked-at':
      return t('formerly at {0}', target);
    case 'made-by':
      return t('made by {0}', target);
    case 'part-of':
      return t('part of {0}', target);
    case 'subsidiary-of':
      return t('subsidiary of {0}', target);
    case 'investor-in':
      return t('investor in {0}', target);
    case 'leader-of':
      return t('leader of {0}', target);
    case 'member-of':
      return t('member of {0}', target);
    case 'successor-of':
      return t('successor of {0}', target);
    case 'located-in':
      return t('located in {0}', target);
    default:
      return `${relation} ${target}`;
  }
}

/** Markdown-escapes text taken from the document so that it shows as written: no links, HTML or command URIs. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, '⏎');
}

export function describeEntity(entity: Entity, context: DetectorContext): string {
  const lines = [
    `**${escapeMarkdown(entity.ja)}** — ${escapeMarkdown(entity.en)}`,
    '',
    `*${TYPE_LABELS[entity.type]}*`,
    '',
    escapeMarkdown(entity.description),
  ];
  if (entity.facts?.length) lines.push('', ...entity.facts.map((fact) => `- ${escapeMarkdown(fact)}`));
  const relations = (entity.relations ?? []).flatMap((relation) => {
    const target = context.kb.get(relation.target);
    return target ? [describeRelation(relation.relation, escapeMarkdown(target.en))] : [];
  });
  if (relations.length) lines.push('', relations.join(' · '));
  const counts = new Map<string, number>();
  for (const mention of context.mentionsOf(entity.id)) counts.set(mention.surface, (counts.get(mention.surface) ?? 0) + 1);
  if (counts.size) {
    const spellings = [...counts].sort((a, b) => b[1] - a[1]).map(([surface, count]) => `「${escapeMarkdown(surface)}」×${count}`);
    lines.push('', t('In this document: {0}', spellings.join(', ')));
  }
  return lines.join('\n');
}

/**
 * A finding's hover, kept short: VS Code shows the diagnostic's message above it and the actions (View
 * Problem, Quick Fix) below, inside a hover of limited height that clips what does not fit.
 */
export function describeFinding(finding: Finding, written: string): string {
  const fix = finding.fixes.find((f) => f.preferred) ?? finding.fixes[0];
  const correction = fix?.edits[0]?.newText;
  const change = `「${escapeMarkdown(written)}」${correction === undefined ? '' : correction === '' ? ` → ${t('(remove)')}` : ` → 「${escapeMarkdown(correction)}」`}`;
  const lines = [
    `**${change}** — ${escapeMarkdown(finding.explanation.problem)}`,
    '',
    t('Why ({0}, confidence {1}%: {2}):', finding.code, Math.round(finding.confidence * 100), describeConfidence(finding.confidence)),
    ...finding.explanation.reasons.map((reason) => `- ${escapeMarkdown(reason)}`),
  ];
  return lines.join('\n');
}
