/** The settings of each document, as the client gives them: asked once per document and kept until they change. */
import { DEFAULT_SETTINGS, settingsFrom, type Settings } from '../shared';

/** Asks the client for the `transcriptLens` section, for one document or (no uri) for the workspace. */
export type ConfigurationReader = (scopeUri?: string) => Promise<unknown>;

export class SettingsSource {
  /** Undefined while the client cannot be asked (no workspace/configuration capability): the global settings hold. */
  private reader: ConfigurationReader | undefined;
  private global: Settings = DEFAULT_SETTINGS;
  private readonly byUri = new Map<string, Promise<Settings>>();

  /** At initialize: how to ask the client (if it can be asked), and the settings it sent with initialize. */
  configure(reader: ConfigurationReader | undefined, initial: unknown): void {
    this.reader = reader;
    this.global = settingsFrom(initial);
    this.byUri.clear();
  }

  get canAskClient(): boolean {
    return this.reader !== undefined;
  }

  forDocument(uri: string): Promise<Settings> {
    const reader = this.reader;
    if (!reader) return Promise.resolve(this.global);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = reader(uri).then(settingsFrom, () => DEFAULT_SETTINGS);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** The workspace's own settings (which dictionaries and knowledge files to read). */
  async forWorkspace(): Promise<Settings> {
    return this.reader ? settingsFrom(await this.reader().catch(() => undefined)) : this.global;
  }

  /** The settings changed: asked again; a client that cannot be asked sends them (its `transcriptLens` section). */
  changed(sent: unknown): void {
    this.byUri.clear();
    if (!this.reader) this.global = settingsFrom(sent);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
