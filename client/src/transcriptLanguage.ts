/** Switches plain-text files that are mostly Japanese to the "transcript" language, so the grammar colours them. */
import * as vscode from 'vscode';
import { isMostlyJapanese } from '../../server/src/shared';
import { readConfig } from './config';

export const TRANSCRIPT_LANGUAGE = 'transcript';

export function detectTranscripts(context: vscode.ExtensionContext): void {
  const consider = (document: vscode.TextDocument): void => {
    const config = readConfig();
    if (!config.detectTranscripts || document.languageId !== 'plaintext' || document.uri.scheme === 'output') return;
    // The rule the server decides by, so that a file coloured as a transcript is also analysed as one.
    if (isMostlyJapanese(document.getText(), config.minimumJapaneseRatio)) {
      void vscode.languages.setTextDocumentLanguage(document, TRANSCRIPT_LANGUAGE);
    }
  };
  vscode.workspace.textDocuments.forEach(consider);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(consider));
}
