/** The editor features answered from a document's analysis: hover, code actions, inlay hints, semantic tokens, summary, export, aligned source. */
import type { CodeActionParams, HoverParams, InlayHintParams, SemanticTokensParams } from 'vscode-languageserver';
import { codeActions } from '../codeActions';
import { hoverAt } from '../hover';
import { inlayHints } from '../inlayHints';
import { alignedSourceOf, exportOf, summaryOf } from '../requests';
import { semanticTokens } from '../semanticTokens';
import type { AlignedSourceParams, ExportParams, SummaryParams } from '../shared';
import type { AnalysisOf } from './analyses';
import type { SettingsSource } from './settingsSource';
import type { Workspace } from './workspace';

export interface FeatureDependencies {
  readonly analysisOf: AnalysisOf;
  readonly settings: SettingsSource;
  readonly workspace: Workspace;
}

export function createFeatureHandlers({ analysisOf, settings, workspace }: FeatureDependencies) {
  return {
    hover: async (params: HoverParams) => {
      const analysis = await analysisOf(params.textDocument.uri);
      return analysis ? hoverAt(analysis, params.position) : null;
    },
    codeActions: async (params: CodeActionParams) => {
      const analysis = await analysisOf(params.textDocument.uri);
      // An untrusted workspace's knowledge file is neither read nor written: no "accept" or "ignore" there.
      const knowledgeFile = workspace.isTrusted ? workspace.knowledge.targetFor(params.textDocument.uri)?.file : undefined;
      return analysis ? codeActions(analysis, params, { knowledgeFile }) : [];
    },
    inlayHints: async (params: InlayHintParams) => {
      const analysis = await analysisOf(params.textDocument.uri);
      return analysis ? inlayHints(analysis, params.range, await settings.forDocument(params.textDocument.uri)) : [];
    },
    semanticTokens: async (params: SemanticTokensParams) => {
      const analysis = await analysisOf(params.textDocument.uri);
      return analysis ? semanticTokens(analysis) : { data: [] };
    },
    summary: async ({ uri }: SummaryParams) => summaryOf(await analysisOf(uri)),
    export: async ({ uri, kind }: ExportParams) => {
      const analysis = await analysisOf(uri);
      return analysis ? { text: exportOf(analysis, kind) } : null;
    },
    alignedSource: async ({ uri, position }: AlignedSourceParams) => {
      const analysis = await analysisOf(uri);
      return analysis ? alignedSourceOf(analysis, position) : null;
    },
  };
}
