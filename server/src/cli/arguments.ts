/** The command line's arguments, checked: bad usage is a UsageError with a message for the user. */

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  readonly format: OutputFormat;
  readonly inputs: readonly string[];
  readonly dictionaries: readonly string[];
  /** Workspace knowledge files (entities, ignored words), as the editor reads transcript-lens.yaml. */
  readonly knowledgeFiles: readonly string[];
  /** Check the transcripts inside directories given as inputs. */
  readonly recursive: boolean;
  /** Write the fixed text: next to each file (NAME.fixed.EXT), or over it with inPlace. */
  readonly fix: boolean;
  readonly inPlace: boolean;
  /** The language of the messages ("ja", "en"); by default the environment's (LANG). */
  readonly locale?: string;
}

export class UsageError extends Error {}

export const USAGE = `Usage: transcript-lens check [options] FILE|DIR|GLOB...

Checks Japanese transcripts for garbled names, implausible currencies, broken words and stutters.
  --format text      one line per problem: path:line:col severity code message (→ fix)   [default]
  --format json      the entities and problems of each file, with LSP ranges and fixes
  --format sarif     SARIF 2.1.0, for code-scanning tools
  --dictionary FILE  also apply the rules of a prh dictionary (YAML); may be given several times
  --knowledge FILE   also use a knowledge file (transcript-lens.yaml: entities, ignored words); may be repeated
  -r, --recursive    check the .txt, .md and .transcript files inside the directories given
  --fix              write each file with its errors and warnings fixed to NAME.fixed.EXT
  --in-place         with --fix: overwrite the files instead
  --locale LANG      messages in this language (ja or en); by default LC_ALL, LC_MESSAGES or LANG
Quote globs ("transcripts/**/*.txt") so that they reach the program. "-" reads standard input.
Exit code: 0 no errors, 1 errors found, 2 bad usage or unreadable input.`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export function parseArguments(argv: readonly string[]): CliOptions {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') throw new UsageError('');
  if (command !== 'check') throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  const options: { -readonly [K in keyof CliOptions]: CliOptions[K] } & { inputs: string[]; dictionaries: string[]; knowledgeFiles: string[] } = { format: 'text' as OutputFormat, inputs: [] as string[], dictionaries: [] as string[], knowledgeFiles: [] as string[], recursive: false, fix: false, inPlace: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? rest[++i];
      if (next === undefined || next === '') throw new UsageError(`${flag} needs a value.`);
      return next;
    };
    if (flag === '--format') {
      const format = value();
      if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${format}".`);
      options.format = format as OutputFormat;
    } else if (flag === '--dictionary') options.dictionaries.push(value());
    else if (flag === '--knowledge') options.knowledgeFiles.push(value());
    else if (flag === '-r' || flag === '--recursive') options.recursive = true;
    else if (flag === '--fix') options.fix = true;
    else if (flag === '--in-place') options.inPlace = true;
    else if (flag === '--locale') options.locale = value();
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`Unknown option "${arg}".`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) throw new UsageError('No files given.');
  if (options.inPlace && !options.fix) throw new UsageError('--in-place only goes with --fix.');
  return options;
}
