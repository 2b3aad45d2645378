/** Hover: a finding under the cursor explains itself; otherwise the entity under the cursor is described. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { Analysis } from './analysisStore';
import { describeEntity, describeFinding } from './core/describe';
import { contains } from './core/ranges';
import { toRange } from './convert';

export function hoverAt(analysis: Analysis, position: Position): Hover | null {
  const { doc, result } = analysis;
  const offset = doc.offsetAt(position);
  const finding = result.findings.find((f) => contains(f.range, offset) && f.range.end > f.range.start);
  if (finding) {
    return { contents: { kind: MarkupKind.Markdown, value: describeFinding(finding, doc.slice(finding.range)) }, range: toRange(doc, finding.range) };
  }
  const mention = result.mentions.find((m) => m.range.start <= offset && offset < m.range.end);
  const entity = mention && result.context.kb.get(mention.entityId);
  if (!mention || !entity) return null;
  return { contents: { kind: MarkupKind.Markdown, value: describeEntity(entity, result.context) }, range: toRange(doc, mention.range) };
}
