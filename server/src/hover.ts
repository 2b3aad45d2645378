/**
 * Hover: a finding under the cursor explains itself; otherwise the entity under the cursor is described.
 * With an English source, every sentence also shows the source sentence it is aligned with.
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Analysis } from './analysisStore';
import { CHECKED_PAIR_CONFIDENCE } from './core/bilingual/checks/check';
import { spanOf, type AlignedPair, type Alignment } from './core/bilingual/alignment';
import { describeEntity, describeFinding } from './core/describe';
import { t } from './core/l10n';
import { contains } from './core/ranges';
import { toRange } from './convert';

export function hoverAt(analysis: Analysis, position: Position): Hover | null {
  const { doc, result } = analysis;
  const offset = doc.offsetAt(position);
  const alignment = result.alignment;
  const pair = alignment?.pairAt(offset);
  const source = alignment && pair && pair.source.length > 0 ? `\n\n---\n\n${describeSource(alignment, pair)}` : '';
  const finding = result.findings.find((f) => contains(f.range, offset) && f.range.end > f.range.start);
  if (finding) {
    return { contents: { kind: MarkupKind.Markdown, value: describeFinding(finding, doc.slice(finding.range)) + source }, range: toRange(doc, finding.range) };
  }
  const mention = result.mentions.find((m) => m.range.start <= offset && offset < m.range.end);
  const entity = mention && result.context.kb.get(mention.entityId);
  if (mention && entity) {
    return { contents: { kind: MarkupKind.Markdown, value: describeEntity(entity, result.context) + source }, range: toRange(doc, mention.range) };
  }
  const sentence = pair && spanOf(pair.target.filter((s) => s.range.start <= offset && offset <= s.range.end));
  if (!alignment || !pair || !sentence || pair.source.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: describeSource(alignment, pair) }, range: toRange(doc, sentence) };
}

/** The aligned source sentence, quoted, with where it is and how sure the alignment is. */
function describeSource(alignment: Alignment, pair: AlignedPair): string {
  const span = alignment.sourceSpan(pair);
  const file = decodeURIComponent(alignment.sourceUri.replace(/^.*[/\\]/, ''));
  const sure = Math.round(pair.confidence * 100);
  const heading =
    pair.confidence >= CHECKED_PAIR_CONFIDENCE
      ? t('**Source** ({0}, line {1}; aligned, {2}% sure)', file, span.line + 1, sure)
      : t('**Source?** ({0}, line {1}; the alignment is unsure here, {2}%: not checked against it)', file, span.line + 1, sure);
  return `${heading}\n\n> ${span.text.replace(/([\\`*_[\]<>])/g, '\\$1')}`;
}
