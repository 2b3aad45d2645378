/**
 * A status-bar item with the number of entities in the active transcript; a click shows them in the
 * Entities view. Problem counts are left to VS Code's own item beside it (repeating them said nothing new).
 */
import * as vscode from 'vscode';
import type { ActiveSummary } from './activeSummary';

export function createStatusBar(summary: ActiveSummary): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('transcriptLens.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Transcript Lens';
  item.command = 'transcriptLens.entities.focus';
  const update = (): void => {
    const current = summary.current?.summary;
    if (!current) {
      item.hide();
      return;
    }
    item.text = statusText(current.entities.length);
    item.tooltip = vscode.l10n.t('Transcript Lens: {0} entities in this transcript. Click to list them.', current.entities.length);
    item.accessibilityInformation = { label: item.tooltip };
    item.show();
  };
  const subscription = summary.onDidChange(update);
  return { dispose: () => (subscription.dispose(), item.dispose()) };
}

/** The item's text: the entity count alone, never VS Code's problem counts again. */
export function statusText(entities: number): string {
  return `$(book) ${vscode.l10n.t('{0} entities', entities)}`;
}
