/** The command line's arguments, checked: bad usage is a UsageError with a message for the user. */
import { DEFAULT_MAX_FILE_BYTES } from '../core/boundedFile';
import { t } from '../core/l10n';

export type OutputFormat = 'text' | 'json' | 'ndjson' | 'sarif';

export interface CliOptions {
  readonly format: OutputFormat;
  readonly inputs: readonly string[];
  readonly dictionaries: readonly string[];
  /** Workspace knowledge files (entities, ignored words), as the editor reads transcript-lens.yaml. */
  readonly knowledgeFiles: readonly string[];
  /** Glossaries (TBX, CSV, prh): forbidden terms become glossary-term findings, approved terms known entities. */
  readonly glossaries: readonly string[];
  /** Check the transcripts inside directories given as inputs. */
  readonly recursive: boolean;
  /** Write the fixed text: next to each file (NAME.fixed.EXT), or over it with inPlace. */
  readonly fix: boolean;
  readonly inPlace: boolean;
  /** The largest file read (transcripts, dictionaries, knowledge files), in bytes. */
  readonly maxFileBytes: number;
  /** How many files are checked at once, each on a worker thread of its own. */
  readonly jobs: number;
  /** The English original of the one file given: it is checked against it (else NAME.en.EXT beside each file is). */
  readonly source?: string;
}

export class UsageError extends Error {}

/** The help text, in the current language (options keep their names, descriptions are translated). */
export function usage(): string {
  const option = (flag: string, description: string): string => `  ${flag.padEnd(18)} ${description}`;
  return [
    t('Usage: transcript-lens check [options] FILE|DIR|GLOB...'),
    '',
    t('Checks Japanese transcripts for garbled names, implausible currencies, broken words and stutters.'),
    option('--format text', t('one line per problem: path:line:col severity code message (→ fix)   [default]')),
    option('--format json', t('the entities and problems of each file, with LSP ranges and fixes')),
    option('--format ndjson', t('the JSON of each file on a line of its own, written as each file is done')),
    option('--format sarif', t('SARIF 2.1.0, for code-scanning tools')),
    option('--jobs N', t('check N files at once on N threads (default 1; the number of cores is a good choice)')),
    option('--dictionary FILE', t('also apply the rules of a prh dictionary (YAML); may be given several times')),
    option('--glossary FILE', t('also check against a glossary (TBX, CSV or prh YAML); may be repeated')),
    option('--source FILE', t('check the file against its English original (by default NAME.en.txt/.srt/.vtt/.md beside it; an XLIFF file is its own)')),
    option('--knowledge FILE', t('also use a knowledge file (transcript-lens.yaml: entities, ignored words); may be repeated')),
    option('-r, --recursive', t('check the .txt, .md and .transcript files inside the directories given')),
    option('--fix', t('write each file with its errors and warnings fixed to NAME.fixed.EXT')),
    option('--in-place', t('with --fix: overwrite the files instead')),
    option('--max-file-size MB', t('refuse files larger than this many megabytes (default {0})', DEFAULT_MAX_FILE_BYTES / (1024 * 1024))),
    option('--locale LANG', t('messages in this language (ja or en); by default LC_ALL, LC_MESSAGES or LANG')),
    t('Quote globs ("transcripts/**/*.txt") so that they reach the program. "-" reads standard input.'),
    t('Exit code: 0 no errors, 1 errors found, 2 bad usage or unreadable input.'),
  ].join('\n');
}

/** The language asked for with --locale, read before the arguments are checked so that their errors are in it. */
export function requestedLocale(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  const arg = argv[index];
  if (arg === undefined) return undefined;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}

/** The languages the messages exist in (English, and the Japanese bundle), as --locale accepts them: ja, ja-JP, en_US… */
const SUPPORTED_LOCALE = /^(ja|en)([-_][A-Za-z0-9]+)*$/;

export function isSupportedLocale(locale: string): boolean {
  return SUPPORTED_LOCALE.test(locale);
}

/** --help or -h anywhere: the usage is what was asked for (on stdout, exit 0), not a usage error. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.some((arg) => arg === '--help' || arg === '-h');
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'ndjson', 'sarif'];

export function parseArguments(argv: readonly string[]): CliOptions {
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command ? t('Unknown command "{0}".', command) : t('No command given.'));
  const options: { -readonly [K in keyof CliOptions]: CliOptions[K] } & {
    inputs: string[];
    dictionaries: string[];
    knowledgeFiles: string[];
    glossaries: string[];
  } = {
    format: 'text' as OutputFormat,
    inputs: [] as string[],
    dictionaries: [] as string[],
    knowledgeFiles: [] as string[],
    glossaries: [] as string[],
    recursive: false,
    fix: false,
    inPlace: false,
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    jobs: 1,
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? rest[++i];
      if (next === undefined || next === '') throw new UsageError(t('{0} needs a value.', flag));
      return next;
    };
    if (flag === '--format') {
      const format = value();
      if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(t('--format must be one of {0}, not "{1}".', FORMATS.join(', '), format));
      options.format = format as OutputFormat;
    } else if (flag === '--dictionary') options.dictionaries.push(value());
    else if (flag === '--knowledge') options.knowledgeFiles.push(value());
    else if (flag === '--glossary') options.glossaries.push(value());
    else if (flag === '--source') options.source = value();
    else if (flag === '-r' || flag === '--recursive') options.recursive = true;
    else if (flag === '--fix') options.fix = true;
    else if (flag === '--in-place') options.inPlace = true;
    else if (flag === '--max-file-size') {
      const megabytes = Number(value());
      if (!(megabytes > 0)) throw new UsageError(t('--max-file-size must be a number of megabytes above 0.'));
      options.maxFileBytes = Math.round(megabytes * 1024 * 1024);
    } else if (flag === '--jobs' || flag === '-j') {
      const jobs = Number(value());
      if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(t('--jobs must be a whole number of files checked at once, 1 or more.'));
      options.jobs = jobs;
    }
    // Applied before parsing (see requestedLocale); here it is only checked.
    else if (flag === '--locale') {
      const locale = value();
      if (!isSupportedLocale(locale)) throw new UsageError(t('--locale must be ja or en (the languages the messages are written in), not "{0}".', locale));
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(t('Unknown option "{0}".', arg));
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) throw new UsageError(t('No files given.'));
  if (options.inPlace && !options.fix) throw new UsageError(t('--in-place only goes with --fix.'));
  if (options.source !== undefined && (options.inputs.length !== 1 || options.recursive))
    throw new UsageError(t('--source goes with exactly one file to check.'));
  return options;
}
