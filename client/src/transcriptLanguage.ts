/** Switches plain-text files that are mostly Japanese to the "transcript" language, so the grammar colours them. */
import * as vscode from 'vscode';
import { readConfig } from './config';

export const TRANSCRIPT_LANGUAGE = 'transcript';

export function detectTranscripts(context: vscode.ExtensionContext): void {
  const consider = (document: vscode.TextDocument): void => {
    const config = readConfig();
    if (!config.detectTranscripts || document.languageId !== 'plaintext' || document.uri.scheme === 'output') return;
    if (japaneseShare(document.getText(new vscode.Range(0, 0, 200, 0))) >= config.minimumJapaneseRatio) {
      void vscode.languages.setTextDocumentLanguage(document, TRANSCRIPT_LANGUAGE);
    }
  };
  vscode.workspace.textDocuments.forEach(consider);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(consider));
}

function japaneseShare(text: string): number {
  const japanese = text.match(/[\u3040-\u30FF\u3400-\u9FFF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return japanese + latin === 0 ? 0 : japanese / (japanese + latin);
}
