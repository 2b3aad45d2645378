/** A status-bar item with the active transcript's error, warning and entity counts. */
import * as vscode from 'vscode';
import type { ActiveSummary } from './activeSummary';

export function createStatusBar(summary: ActiveSummary): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('transcriptLens.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Transcript Lens';
  item.command = 'workbench.actions.view.problems';
  const update = (): void => {
    const current = summary.current?.summary;
    if (!current) {
      item.hide();
      return;
    }
    const { error, warning } = current.problems;
    item.text = `$(book) ${current.entities.length} $(error) ${error} $(warning) ${warning}`;
    item.tooltip = vscode.l10n.t('Transcript Lens: {0} entities, {1} errors, {2} warnings in this transcript', current.entities.length, error, warning);
    item.show();
  };
  const subscription = summary.onDidChange(update);
  return { dispose: () => (subscription.dispose(), item.dispose()) };
}
