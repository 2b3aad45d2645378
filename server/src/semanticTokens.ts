/** Semantic tokens: every entity mention coloured by its type, one token type per entity type. */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { Analysis } from './analysisStore';
import { ENTITY_TYPES } from './core/knowledge/model';

/** Token type names as contributed in package.json ("company" → "transcriptCompany"). */
export const TOKEN_TYPES = ENTITY_TYPES.map((type) => `transcript${type[0]?.toUpperCase() ?? ''}${type.slice(1)}`);

export const LEGEND: SemanticTokensLegend = { tokenTypes: TOKEN_TYPES, tokenModifiers: [] };

export function semanticTokens(analysis: Analysis): SemanticTokens {
  const { doc, result } = analysis;
  const builder = new SemanticTokensBuilder();
  for (const mention of result.mentions) {
    const entity = result.context.kb.get(mention.entityId);
    if (!entity) continue;
    const tokenType = ENTITY_TYPES.indexOf(entity.type);
    // A mention split by a line break becomes one token per line: tokens cannot span lines.
    for (let line = doc.positionAt(mention.range.start).line; line <= doc.positionAt(mention.range.end).line; line++) {
      const lineInfo = doc.lines[line];
      if (!lineInfo) continue;
      const start = Math.max(mention.range.start, lineInfo.start);
      const end = Math.min(mention.range.end, lineInfo.end);
      if (end > start) builder.push(line, start - lineInfo.start, end - start, tokenType, 0);
    }
  }
  return builder.build();
}
