/** The extension's settings (section `transcriptLens`) and their defaults, cleaned from whatever the client sends. */
import { NETFLIX_JAPANESE, type SubtitleRules } from './subtitleRules';

/** The configuration section of every setting. */
export const SETTINGS_SECTION = 'transcriptLens';

/** The largest dictionary or knowledge file read by default, in megabytes (as the server's file reader). */
export const DEFAULT_MAX_FILE_MEGABYTES = 20;

export interface Settings {
  readonly enable: boolean;
  /** VS Code language ids whose documents are analysed. */
  readonly languages: readonly string[];
  /** Share of Japanese among a document's letters below which it is left alone. */
  readonly minimumJapaneseRatio: number;
  /** Diagnostic codes not to report. */
  readonly disabledChecks: readonly string[];
  readonly inlayHints: { readonly corrections: boolean; readonly englishNames: boolean };
  /** prh dictionaries, relative to each workspace folder. */
  readonly dictionaries: readonly string[];
  /** Glossaries (TBX, CSV, prh YAML), relative to each workspace folder. */
  readonly glossaries: readonly string[];
  /** Workspace knowledge files (entities, ignored words), relative to each workspace folder; the first is written to. */
  readonly knowledgeFiles: readonly string[];
  /** The largest dictionary or knowledge file read, in bytes. */
  readonly maxFileBytes: number;
  /** Limits of the subtitle checks (SRT and WebVTT files). */
  readonly subtitles: SubtitleRules;
  /** The English source of each translation: file paths, absolute or relative to a workspace folder. */
  readonly sourceDocuments: Readonly<Record<string, string>>;
  /** Take NAME.en.txt (.srt, .vtt, .md) beside NAME.txt or NAME.ja.* as its source. */
  readonly findSourceByName: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  languages: ['plaintext', 'transcript', 'markdown', 'srt', 'vtt', 'xliff'],
  minimumJapaneseRatio: 0.3,
  disabledChecks: [],
  inlayHints: { corrections: true, englishNames: false },
  dictionaries: ['prh.yml', 'prh.yaml', '.textlint/prh.yml'],
  glossaries: ['glossary.tbx', 'glossary.csv'],
  knowledgeFiles: ['transcript-lens.yaml'],
  maxFileBytes: DEFAULT_MAX_FILE_MEGABYTES * 1024 * 1024,
  subtitles: NETFLIX_JAPANESE,
  sourceDocuments: {},
  findSourceByName: true,
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const stringArray = (value: unknown, fallback: readonly string[]): readonly string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : fallback;
const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

/** Any value the client sends becomes valid settings: unknown or ill-typed fields fall back to the defaults. */
export function settingsFrom(value: unknown): Settings {
  if (!isRecord(value)) return DEFAULT_SETTINGS;
  const hints = isRecord(value.inlayHints) ? value.inlayHints : {};
  const ratio =
    typeof value.minimumJapaneseRatio === 'number' && value.minimumJapaneseRatio >= 0 && value.minimumJapaneseRatio <= 1
      ? value.minimumJapaneseRatio
      : DEFAULT_SETTINGS.minimumJapaneseRatio;
  return {
    enable: bool(value.enable, DEFAULT_SETTINGS.enable),
    languages: stringArray(value.languages, DEFAULT_SETTINGS.languages),
    minimumJapaneseRatio: ratio,
    disabledChecks: stringArray(value.disabledChecks, DEFAULT_SETTINGS.disabledChecks),
    inlayHints: {
      corrections: bool(hints.corrections, DEFAULT_SETTINGS.inlayHints.corrections),
      englishNames: bool(hints.englishNames, DEFAULT_SETTINGS.inlayHints.englishNames),
    },
    dictionaries: stringArray(value.dictionaries, DEFAULT_SETTINGS.dictionaries),
    glossaries: stringArray(value.glossaries, DEFAULT_SETTINGS.glossaries),
    knowledgeFiles: stringArray(value.knowledgeFiles, DEFAULT_SETTINGS.knowledgeFiles),
    maxFileBytes: typeof value.maxFileSize === 'number' && value.maxFileSize > 0 ? Math.round(value.maxFileSize * 1024 * 1024) : DEFAULT_SETTINGS.maxFileBytes,
    subtitles: subtitleRulesFrom(value.subtitles),
    sourceDocuments: stringRecord(value.sourceDocuments),
    findSourceByName: bool(value.findSourceByName, DEFAULT_SETTINGS.findSourceByName),
  };
}

/** A map of strings to strings; other entries are left out. */
function stringRecord(value: unknown): Readonly<Record<string, string>> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
}

/** Each limit a positive number, else its default. */
function subtitleRulesFrom(value: unknown): SubtitleRules {
  const given = isRecord(value) ? value : {};
  const positive = (key: keyof SubtitleRules): number => {
    const number = given[key];
    return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : NETFLIX_JAPANESE[key];
  };
  return {
    maxCharactersPerLine: positive('maxCharactersPerLine'),
    maxLines: positive('maxLines'),
    maxCharactersPerSecond: positive('maxCharactersPerSecond'),
    minDurationSeconds: positive('minDurationSeconds'),
    maxDurationSeconds: positive('maxDurationSeconds'),
    frameRate: positive('frameRate'),
    minGapFrames: positive('minGapFrames'),
  };
}
