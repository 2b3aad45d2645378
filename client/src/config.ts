/** Typed access to the extension's settings on the client side. */
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, SETTINGS_SECTION } from '../../server/src/shared';

export const SECTION = SETTINGS_SECTION;

export interface ClientConfig {
  readonly languages: readonly string[];
  readonly detectTranscripts: boolean;
  readonly minimumJapaneseRatio: number;
}

export function readConfig(): ClientConfig {
  const config = vscode.workspace.getConfiguration(SECTION);
  return {
    languages: config.get<string[]>('languages', [...DEFAULT_SETTINGS.languages]),
    detectTranscripts: config.get<boolean>('detectTranscripts', true),
    minimumJapaneseRatio: config.get<number>('minimumJapaneseRatio', DEFAULT_SETTINGS.minimumJapaneseRatio),
  };
}

/** Settings whose change needs a new client (the document selector is fixed when the client starts). */
export function needsRestart(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SECTION}.languages`);
}
