/** Inlay hints: the proposed correction after an error, and the English name after an entity's first mention. */
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { Analysis } from './analysisStore';
import { scriptOf } from './core/text';
import type { Settings } from './shared';

export function inlayHints(analysis: Analysis, range: Range, settings: Settings): InlayHint[] {
  const { doc, result } = analysis;
  const from = doc.offsetAt(range.start);
  const to = doc.offsetAt(range.end);
  const hints: InlayHint[] = [];
  if (settings.inlayHints.corrections) {
    for (const finding of result.findings) {
      if (finding.severity === 'hint' || finding.range.end < from || finding.range.start > to) continue;
      const newText = (finding.fixes.find((f) => f.preferred) ?? finding.fixes[0])?.edits[0]?.newText;
      if (newText === undefined) continue;
      const removal = newText === '';
      hints.push({
        position: doc.positionAt(removal ? finding.range.start : finding.range.end),
        label: removal ? (doc.slice(finding.range).includes('\n') ? '⏎ join' : '✕ remove') : `→ ${newText}`,
        kind: InlayHintKind.Type,
        paddingLeft: !removal,
        tooltip: finding.message,
      });
    }
  }
  if (settings.inlayHints.englishNames) {
    const seen = new Set<string>();
    for (const mention of result.mentions) {
      if (seen.has(mention.entityId)) continue;
      seen.add(mention.entityId);
      const entity = result.context.kb.get(mention.entityId);
      if (!entity || scriptOf(mention.surface) === 'latin' || mention.range.end < from || mention.range.start > to) continue;
      hints.push({ position: doc.positionAt(mention.range.end), label: `(${entity.en})`, kind: InlayHintKind.Parameter, paddingLeft: true });
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
