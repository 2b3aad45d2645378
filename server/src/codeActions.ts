/** Quick fixes per finding, "fix all of this kind", and source.fixAll.transcriptLens for codeActionsOnSave. */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { Analysis } from './analysisStore';
import { findingText } from './core/analyze';
import { originalText } from './core/formats';
import { NAME_DETECTORS } from './core/detectors';
import { isConfident, settleFixes } from './core/fixes';
import { rangesOverlap } from './core/ranges';
import type { Finding } from './core/types';
import { sameRange, SOURCE, toDiagnostic, toRange, toTextEdit } from './convert';
import { t } from './core/l10n';
import { AcceptSpellingCommand, FIX_ALL_KIND, IgnoreWordCommand, type CommandArgs, type CommandType } from './shared';

// A misspelt name can be accepted as a spelling of its entity; other findings can only be ignored.
const NAME_CODES = new Set(NAME_DETECTORS.map((detector) => detector.code));

export interface CodeActionOptions {
  /** The workspace knowledge file that "accept" and "ignore" write to; without one they are not offered. */
  readonly knowledgeFile?: string | undefined;
}

export function codeActions(analysis: Analysis, params: CodeActionParams, options: CodeActionOptions = {}): CodeAction[] {
  const only = params.context.only;
  const wantsFixAll = only?.some((kind) => FIX_ALL_KIND.startsWith(kind) && kind.startsWith(CodeActionKind.SourceFixAll));
  if (only && !only.some((kind) => kind.startsWith(CodeActionKind.QuickFix) || CodeActionKind.QuickFix.startsWith(kind))) {
    return wantsFixAll ? fixAllAction(analysis) : [];
  }
  const { doc, result } = analysis;
  const requested = { start: doc.offsetAt(params.range.start), end: doc.offsetAt(params.range.end) };
  const actions: CodeAction[] = [];
  const kindsOffered = new Set<string>();
  for (const finding of result.findings) {
    if (!touches(finding, requested)) continue;
    const diagnostic = matchingDiagnostic(params.context.diagnostics, analysis, finding);
    for (const fix of finding.fixes) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: { changes: { [params.textDocument.uri]: fix.edits.map((e) => toTextEdit(doc, e)) } },
      });
    }
    if (options.knowledgeFile) actions.push(...keepActions(analysis, finding, diagnostic, params.textDocument.uri));
    if (!kindsOffered.has(finding.code)) {
      kindsOffered.add(finding.code);
      const sameKind = result.findings.filter((f) => f.code === finding.code);
      if (sameKind.length > 1) {
        const ofKind = (f: Finding): boolean => f.code === finding.code;
        const settled = settleFixes(originalText(doc), (text, round) => (round === 0 ? sameKind : (analysis.findingsOf?.(text) ?? []).filter(ofKind)));
        actions.push({
          title: t('Fix all {0} 「{1}」 problems in this document', sameKind.length, finding.code),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [params.textDocument.uri]: settled.edits.map((e) => toTextEdit(doc, e)) } },
        });
      }
    }
  }
  return actions;
}

/** "Accept this spelling" (for a misspelt name) and "ignore in this workspace / document", after the fixes. */
function keepActions(analysis: Analysis, finding: Finding, diagnostic: Diagnostic, uri: string): CodeAction[] {
  const text = findingText(analysis.doc, finding);
  if (text.trim() === '') return [];
  const actions: CodeAction[] = [];
  const entity = finding.entityId && NAME_CODES.has(finding.code) ? analysis.result.context.kb.get(finding.entityId) : undefined;
  const action = <C extends CommandType<readonly unknown[], unknown>>(title: string, command: C, args: CommandArgs<C>): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: command.id, arguments: [...args] },
  });
  if (entity)
    actions.push(action(t('Accept 「{0}」 as a spelling of {1} (workspace knowledge file)', text, entity.en), AcceptSpellingCommand, [uri, entity.id, text]));
  actions.push(action(t('Ignore 「{0}」 in this workspace', text), IgnoreWordCommand, [uri, text, 'workspace']));
  actions.push(action(t('Ignore 「{0}」 in this document', text), IgnoreWordCommand, [uri, text, 'document']));
  return actions;
}

/** Fix-all applies the preferred fix of every error and warning; uncertain findings are left to the user. */
export function fixAllAction(analysis: Analysis): CodeAction[] {
  const edits = fixAllEdits(analysis);
  if (edits.length === 0) return [];
  return [{ title: t('Fix all Transcript Lens problems'), kind: FIX_ALL_KIND, edit: { changes: { [analysis.doc.uri]: edits } } }];
}

/** The edits of fix-all, checked again and again until they settle (see settleFixes): no second pass is needed. */
export function fixAllEdits(analysis: Analysis): ReturnType<typeof toTextEdit>[] {
  const settled = settleFixes(originalText(analysis.doc), (text, round) =>
    (round === 0 ? analysis.result.findings : (analysis.findingsOf?.(text) ?? [])).filter(isConfident),
  );
  return settled.edits.map((e) => toTextEdit(analysis.doc, e));
}

function touches(finding: Finding, requested: { start: number; end: number }): boolean {
  if (requested.start === requested.end) return finding.range.start <= requested.start && requested.start <= finding.range.end;
  return rangesOverlap(finding.range, requested);
}

function matchingDiagnostic(diagnostics: readonly Diagnostic[], analysis: Analysis, finding: Finding): Diagnostic {
  const range = toRange(analysis.doc, finding.range);
  return diagnostics.find((d) => d.source === SOURCE && d.code === finding.code && sameRange(d.range, range)) ?? toDiagnostic(analysis.doc, finding);
}
