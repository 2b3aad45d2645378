#!/usr/bin/env node
/**
 * The command line: `transcript-lens check [options] FILE|DIR|GLOB...` (see USAGE).
 * Exit code 0 when no error-severity finding, 1 when some, 2 on bad usage or unreadable input.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isSupportedLocale, parseArguments, requestedLocale, usage, UsageError, wantsHelp, type CliOptions } from './cli/arguments';
import { sarifLog, sarifResults, toJson, toText, type FileReport } from './cli/formats';
import { checkInWorkers, claimNext, type WorkerAnswer, type WorkerDone, type WorkerStart } from './cli/jobs';
import { resolveInputs } from './cli/inputs';
import { analyze, type AnalysisOptions, type AnalysisResult } from './core/analyze';
import { readBoundedFile, readBoundedText, refusalOf, RefusedFileError } from './core/boundedFile';
import { loadPrhFile, mergeRules, type DictionaryRule } from './core/dictionary/prh';
import { withGlossaryEntities } from './core/glossary/entities';
import { loadGlossaryFile } from './core/glossary/load';
import type { GlossaryEntry } from './core/glossary/model';
import { documentFor, isXliffFile, originalText, ownSource, subtitleFormatOf } from './core/formats';
import { sourceCandidates, type SourceDocument } from './core/bilingual';
import { TranscriptDocument } from './core/document';
import { decodeTranscript, editBytes, type DecodedText } from './core/encoding';
import { isConfident, settleFixes } from './core/fixes';
import {
  EMPTY_WORKSPACE_KNOWLEDGE,
  mergeProblems,
  mergeWorkspaceEntities,
  parseWorkspaceKnowledge,
  type WorkspaceFileProblem,
  type WorkspaceKnowledge,
} from './core/knowledge/workspaceKnowledge';
import { loadServices } from './core/services';
import type { KnowledgeBase } from './core/knowledge/knowledgeBase';
import { compactFilePath, lazySectionReader, openCompactFileInBackground } from './core/ipadic/file';
import { loadTokenizer } from './core/tokenizer';
import { packageRoot } from './core/packageRoot';
import { useCliLanguage } from './cli/l10n';
import { DEFAULT_SETTINGS, japaneseRatio } from './shared';
import type { AnalysisServices } from './core/analyze';
import { t } from './core/l10n';

/**
 * V8 inlines up to 920 bytes of bytecode into each function its optimising compiler compiles. A CLI run is
 * mostly code compiled once and run for seconds, and `--jobs` compiles it again in every thread, on the
 * cores the checking threads need: measured on 20 files of the dev corpus, that compilation was ~40% of the
 * process's CPU time with `--jobs 2`, and a quarter of the inlining cut it by a third with the checking threads
 * no slower. The flag is the process's (worker threads share it), so it is set only when this file is the program
 * (a test or module importing it keeps V8's own), and first thing, before any code is hot or any worker is made:
 * flags changed later apply unpredictably.
 */
const INLINING_BUDGET = '--max-inlined-bytecode-size-cumulative=230';
// By file name, not `module`: the bundle wraps this file's module in its own.
const isProgram = require.main?.filename === __filename;
if (isProgram && isMainThread) setFlagsFromString(INLINING_BUDGET);

function warn(message: string): void {
  process.stderr.write(`transcript-lens: ${message}\n`);
}

/** A transcript read: its bytes as they are on disk, and their text. */
interface ReadTranscript {
  readonly bytes: Buffer;
  readonly decoded: DecodedText;
}

/** Reads a transcript (a regular file of bounded size, or standard input); a refusal is said on stderr. */
async function readTranscript(file: string, maxBytes: number): Promise<ReadTranscript | undefined> {
  try {
    const bytes = file === '-' ? await readStandardInput(maxBytes) : await readBoundedFile(file, maxBytes);
    const decoded = decodeTranscript(bytes);
    if (decoded.encoding !== 'utf-8') warn(t('{0} is {1}, not UTF-8; read it as {1}.', file, decoded.encoding));
    return { bytes, decoded };
  } catch (error) {
    warn(t('cannot read {0}: {1}', file, (error as Error).message));
    return undefined;
  }
}

/** Why a file is not checked (as the editor leaves it alone), or undefined when it is. */
function skipReason(text: string): string | undefined {
  if (text.trim() === '') return t('the file is empty.');
  const ratio = japaneseRatio(text);
  if (ratio < DEFAULT_SETTINGS.minimumJapaneseRatio) {
    return t(
      'it is not Japanese ({0}% of its letters are Japanese; transcripts are checked from {1}%).',
      Math.round(ratio * 100),
      Math.round(DEFAULT_SETTINGS.minimumJapaneseRatio * 100),
    );
  }
  return undefined;
}

async function readStandardInput(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buffer.length;
    if (total > maxBytes) throw new RefusedFileError(t('standard input is larger than the limit of {0} MB', maxBytes / (1024 * 1024)));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

function reportProblems(problems: readonly WorkspaceFileProblem[], kind: string): void {
  for (const problem of problems) process.stderr.write(`${problem.file}:${problem.line + 1}:${problem.character + 1} ${kind}: ${problem.message}\n`);
}

/** The rules of the dictionaries and the entries of the glossaries given; one that cannot be read makes the run a usage error (exit 2). */
async function dictionaryOptions(
  files: readonly string[],
  glossaries: readonly string[],
  maxBytes: number,
): Promise<{ options: AnalysisOptions; entries: readonly GlossaryEntry[]; unreadable: boolean }> {
  let unreadable = false;
  const rules: DictionaryRule[] = [];
  for (const file of files) {
    const dictionary = await loadPrhFile(file, { maxBytes });
    reportProblems(dictionary.problems, 'dictionary');
    if (dictionary.problems.some((p) => p.unreadable === true)) unreadable = true;
    // Several dictionaries merge as prh merges them: a later rule for an expected text already there is left out.
    rules.push(...mergeRules(rules, dictionary.rules));
  }
  const entries: GlossaryEntry[] = [];
  for (const file of glossaries) {
    const glossary = await loadGlossaryFile(file, maxBytes);
    reportProblems(glossary.problems, 'glossary');
    if (glossary.problems.some((p) => p.unreadable === true)) unreadable = true;
    entries.push(...glossary.entries);
  }
  const used = rules.length > 0 || entries.length > 0;
  return { options: used ? { dictionary: { rules, glossary: entries, key: [...files, ...glossaries].join('\n') } } : {}, entries, unreadable };
}

/** The services with the knowledge files' entities merged in, and the words to ignore in a given file. */
async function withKnowledgeFiles<S extends { readonly kb: KnowledgeBase }>(
  base: S,
  files: readonly string[],
  maxBytes: number,
): Promise<{ services: S; ignoredIn: (file: string) => ReadonlySet<string>; unreadable: boolean }> {
  let unreadable = false;
  const knowledge: { file: string; loaded: WorkspaceKnowledge; text: string | undefined }[] = [];
  for (const given of files) {
    const file = path.resolve(given);
    let text: string | undefined;
    try {
      text = await readBoundedText(file, maxBytes);
    } catch (error) {
      warn(t('cannot read the knowledge file {0}: {1}', given, (error as Error).message));
      unreadable = true;
    }
    const loaded = text === undefined ? EMPTY_WORKSPACE_KNOWLEDGE : parseWorkspaceKnowledge(text, file);
    reportProblems(loaded.problems, 'knowledge');
    knowledge.push({ file, loaded, text });
  }
  const { kb, rejected } = mergeWorkspaceEntities(
    base.kb,
    knowledge.flatMap((k) => k.loaded.entities),
  );
  for (const { file, loaded, text } of knowledge) {
    const own = rejected.filter((r) => loaded.entities.includes(r.entity));
    if (own.length > 0 && text !== undefined) reportProblems(mergeProblems(text, file, own), 'knowledge');
  }
  const everywhere = knowledge.flatMap((k) => k.loaded.ignoredWords);
  return {
    services: kb === base.kb ? base : { ...base, kb },
    ignoredIn: (file) => new Set([...everywhere, ...knowledge.flatMap((k) => k.loaded.ignoredInDocuments.get(path.resolve(file)) ?? [])]),
    unreadable,
  };
}

/**
 * Writes the text with the preferred fixes of its errors and warnings applied, checked again until they
 * settle; only the bytes of the fixed spans change (encoding, BOM, line endings kept). Returns the report
 * of the fixed text (what remains), or the same report when nothing was written.
 */
function writeFixed(report: FileReport, read: ReadTranscript, options: CliOptions, analyzeText: (text: string) => AnalysisResult): FileReport {
  if (report.path === '-') return report;
  const settled = settleFixes(originalText(report.doc), (text, round) =>
    (round === 0 ? report.result.findings : analyzeText(text).findings).filter(isConfident),
  );
  if (settled.edits.length === 0) return report;
  const { dir, name, ext } = path.parse(report.path);
  const target = options.inPlace ? report.path : path.join(dir, `${name}.fixed${ext}`);
  let bytes: Buffer;
  try {
    bytes = editBytes(read.bytes, read.decoded, settled.edits);
  } catch (error) {
    warn(t('{0}: the fixes were not written: {1}', report.path, (error as Error).message));
    return report;
  }
  fs.writeFileSync(target, bytes);
  warn(t('{0}: {1} fix(es) written to {2}', report.path, settled.edits.length, target));
  const doc = documentFor(decodeTranscript(bytes).text, target);
  return { path: target, doc, result: analyzeText(originalText(doc)), ...(report.sourceDoc ? { sourceDoc: report.sourceDoc } : {}) };
}

/**
 * The English original of a file: the one given with --source, else NAME.en.EXT beside it when there is one
 * (said on stderr). Undefined when there is none; null when the one given cannot be read.
 */
async function sourceFor(file: string, options: CliOptions): Promise<{ document: SourceDocument; doc: TranscriptDocument } | undefined | null> {
  const given = options.source;
  // An XLIFF file holds its own source, unit by unit.
  if (given === undefined && file !== '-' && isXliffFile(file)) {
    const read = await readTranscript(file, options.maxFileBytes);
    return read && { document: { text: read.decoded.text, uri: file, format: 'xliff' }, doc: new TranscriptDocument(read.decoded.text, file) };
  }
  const found = given ?? (file === '-' ? undefined : sourceCandidates(file).find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile()));
  if (found === undefined) return undefined;
  const read = await readTranscript(found, options.maxFileBytes);
  if (read === undefined) return given === undefined ? undefined : null;
  if (given === undefined) warn(t('{0}: checked against its source {1}', file, found));
  const format = subtitleFormatOf(found);
  return { document: { text: read.decoded.text, uri: found, ...(format ? { format } : {}) }, doc: new TranscriptDocument(read.decoded.text, found) };
}

/** What every file's check needs: the services with the knowledge files merged in, and the dictionaries. */
interface Prepared {
  readonly services: AnalysisServices;
  readonly ignoredIn: (file: string) => ReadonlySet<string>;
  readonly dictionaryOptions: AnalysisOptions;
  readonly unreadable: boolean;
}

async function prepare(options: CliOptions): Promise<Prepared> {
  const dictionaries = await dictionaryOptions(options.dictionaries, options.glossaries, options.maxFileBytes);
  const knowledge = await withKnowledgeFiles(await loadServices(), options.knowledgeFiles, options.maxFileBytes);
  // The glossaries' approved terms join the entities (after the knowledge files', which say more about them).
  const kb = withGlossaryEntities(knowledge.services.kb, dictionaries.entries);
  return {
    services: kb === knowledge.services.kb ? knowledge.services : { ...knowledge.services, kb },
    ignoredIn: knowledge.ignoredIn,
    dictionaryOptions: dictionaries.options,
    unreadable: dictionaries.unreadable || knowledge.unreadable,
  };
}

/** One file checked: its report in the output format (text lines, or JSON), and what the exit code needs. */
interface FileOutcome {
  readonly output: string;
  readonly hasError: boolean;
  readonly unreadable: boolean;
}

async function checkFile(file: string, options: CliOptions, prepared: Prepared): Promise<FileOutcome | undefined> {
  const read = await readTranscript(file, options.maxFileBytes);
  if (read === undefined) return { output: '', hasError: false, unreadable: true };
  const doc = documentFor(read.decoded.text, file);
  // What the analysis reads decides: a subtitle file's cue text, an XLIFF file's targets.
  const skipped = skipReason(doc.text);
  if (skipped) {
    warn(t('{0}: skipped: {1}', file, skipped));
    return undefined;
  }
  const source = await sourceFor(file, options);
  if (source === null) return { output: '', hasError: false, unreadable: true };
  const fileOptions: AnalysisOptions = { ...prepared.dictionaryOptions, ignored: prepared.ignoredIn(file), ...(source ? { source: source.document } : {}) };
  // An XLIFF file is its own source: after a fix, the sources of the fixed text.
  const analyzeText = (text: string): AnalysisResult => {
    const fixed = documentFor(text, file);
    const own = source?.document.format === 'xliff' ? ownSource(fixed) : undefined;
    return analyze(fixed, prepared.services, own ? { ...fileOptions, source: own } : fileOptions);
  };
  const checked: FileReport = { path: file, doc, result: analyze(doc, prepared.services, fileOptions), ...(source ? { sourceDoc: source.doc } : {}) };
  // With --fix, what is reported is what remains after the fixes, in the file written.
  const report = options.fix ? writeFixed(checked, read, options, analyzeText) : checked;
  const output =
    options.format === 'text'
      ? toText([report])
      : options.format === 'sarif'
        ? JSON.stringify(sarifResults([report]))
        : JSON.stringify((toJson([report]) as { files: unknown[] }).files[0]);
  return { output, hasError: report.result.findings.some((f) => f.severity === 'error'), unreadable: false };
}

/** The whole output from the files' outputs, in input order (the same bytes as one report of all files). */
function joinOutputs(outputs: readonly string[], format: CliOptions['format']): string {
  if (format === 'json') return `{"files":[${outputs.join(',')}]}`;
  if (format === 'sarif') {
    const version = (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
    return JSON.stringify(
      sarifLog(
        outputs.flatMap((o) => JSON.parse(o) as unknown[]),
        version,
      ),
    );
  }
  return outputs.filter((o) => o !== '').join('\n');
}

/** Marks the worker threads of `check --jobs N` (see checkInWorkers). */
interface CheckWorkerData {
  readonly transcriptLensCheck: true;
  readonly argv: readonly string[];
}

/** The compact dictionary in shared memory, its lazy sections unread (see openCompactFile), and where it was read from. */
interface SharedDictionary {
  readonly bytes: Uint8Array;
  readonly file: string;
  readonly mtimeMs: number;
}

/**
 * Checks the files on this thread and `jobs - 1` worker threads, all sharing one copy of the dictionary;
 * outcomes by input index. The workers are started first; this thread then reads the dictionary in the
 * thread pool into memory they share, and prepares as in a run without --jobs meanwhile (saying the problems
 * of the dictionaries, glossaries and knowledge files; the workers load them quietly).
 */
async function checkInParallel(
  argv: readonly string[],
  options: CliOptions,
  files: readonly string[],
  jobs: number,
  onOutcome: (index: number, outcome: FileOutcome | undefined) => void,
): Promise<{ failedFile: boolean; unreadable: boolean }> {
  let failedFile = false;
  const workerData: CheckWorkerData = { transcriptLensCheck: true, argv };
  let ready: Promise<Prepared> | undefined;
  const start = (): { shared: Promise<SharedDictionary | undefined>; ready: Promise<Prepared> } => {
    const file = compactFilePath();
    const opening = openCompactFileInBackground(file, true);
    void loadTokenizer(opening).catch(() => undefined); // prepare() awaits it, and says why it failed
    ready = prepare(options);
    return { shared: opening.then((opened) => opened && { bytes: opened.bytes, file, mtimeMs: opened.mtimeMs }), ready };
  };
  const prepared = (): Promise<Prepared> => ready ?? Promise.reject(new Error('checked before the analysis was loaded'));
  await checkInWorkers<FileOutcome, SharedDictionary>(
    __filename,
    workerData,
    jobs,
    files,
    (index, outcome, failure) => {
      if (failure !== undefined) {
        warn(t('cannot check {0}: {1}', files[index] ?? '', failure));
        failedFile = true;
      }
      onOutcome(index, outcome);
    },
    { start, check: async (file) => checkFile(file, options, await prepared()) },
  );
  return { failedFile, unreadable: (await prepared()).unreadable };
}

/** A worker thread of `check --jobs N`: prepares once (quietly: the main thread said what was wrong), then checks the files it claims. */
async function runCheckWorker(data: CheckWorkerData): Promise<void> {
  const locale = requestedLocale(data.argv);
  useCliLanguage(locale !== undefined && isSupportedLocale(locale) ? locale : undefined);
  const options = parseArguments(data.argv);
  // The main thread's one message: the files to claim and the dictionary it read, awaited only by the tokenizer
  // (the knowledge base is read meanwhile).
  const start = new Promise<WorkerStart<SharedDictionary>>((resolve) => parentPort?.once('message', resolve));
  void loadTokenizer(
    start.then(({ shared }) =>
      shared ? { bytes: shared.bytes, fill: lazySectionReader(shared.file, shared.bytes, shared.mtimeMs) } : openCompactFileInBackground(compactFilePath()),
    ),
  ).catch(() => undefined); // prepare() awaits it
  const prepared = await quietly(() => prepare(options));
  const { tasks } = await start;
  for (let index = claimNext(tasks); index !== undefined; index = claimNext(tasks)) {
    try {
      const outcome = await checkFile(tasks.files[index] ?? '', options, prepared);
      parentPort?.postMessage({ index, outcome } satisfies WorkerAnswer<FileOutcome>);
    } catch (error) {
      parentPort?.postMessage({ index, failure: (error as Error).message } satisfies WorkerAnswer<FileOutcome>);
    }
  }
  parentPort?.postMessage({ done: true } satisfies WorkerDone);
}

/** Runs `work` with nothing written to stderr (a worker's problems with dictionaries were said by the main thread). */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = () => true;
  try {
    return await work();
  } finally {
    process.stderr.write = write;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  // The language first, so that even a complaint about the arguments is in it.
  const locale = requestedLocale(argv);
  // An unsupported --locale is refused below, in the environment's language.
  useCliLanguage(locale !== undefined && isSupportedLocale(locale) ? locale : undefined);
  if (wantsHelp(argv)) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  let options: CliOptions;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) process.stderr.write(`transcript-lens: ${error.message}\n\n`);
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  const inputs = resolveInputs(options.inputs, options.recursive);
  inputs.problems.forEach(warn);
  // Files that will not be read are said at once, before the analysis loads (a second or more).
  const refused = new Set<string>();
  for (const file of inputs.files) {
    const refusal = file === '-' ? undefined : await refusalOf(file, options.maxFileBytes);
    if (refusal === undefined) continue;
    warn(t('cannot read {0}: {1}', file, refusal));
    refused.add(file);
  }
  if (inputs.files.every((file) => refused.has(file))) {
    await dictionaryOptions(options.dictionaries, options.glossaries, options.maxFileBytes); // their problems are still said
    return 2;
  }
  const files = inputs.files.filter((f) => !refused.has(f));
  // Standard input is the main thread's: with it among the files, they are checked here.
  const jobs = files.includes('-') ? 1 : Math.min(options.jobs, files.length);
  let unreadable = inputs.problems.length > 0 || refused.size > 0;
  let hasError = false;
  const outputs: string[] = [];
  // NDJSON: one line per file as soon as it and those before it are done, for pipelines.
  let written = 0;
  const ready: (FileOutcome | undefined | null)[] = [];
  const take = (index: number, outcome: FileOutcome | undefined): void => {
    ready[index] = outcome ?? null;
    for (; ready[written] !== undefined; written++) {
      const done = ready[written];
      if (!done) continue;
      unreadable ||= done.unreadable;
      hasError ||= done.hasError;
      if (done.output === '') continue;
      if (options.format === 'ndjson') process.stdout.write(`${done.output}\n`);
      else outputs.push(done.output);
    }
  };
  if (jobs > 1) {
    const parallel = await checkInParallel(argv, options, files, jobs, take);
    if (parallel.failedFile || parallel.unreadable) unreadable = true;
  } else {
    const prepared = await prepare(options);
    if (prepared.unreadable) unreadable = true;
    for (const [index, file] of files.entries()) take(index, await checkFile(file, options, prepared));
  }
  if (options.format !== 'ndjson') {
    const output = joinOutputs(outputs, options.format);
    if (output) process.stdout.write(`${output}\n`);
  }
  if (unreadable) return 2;
  return hasError ? 1 : 0;
}

const worker = workerData as CheckWorkerData | undefined;
if (!isMainThread && worker?.transcriptLensCheck === true) {
  runCheckWorker(worker).catch((error: Error) => {
    warn(error.message);
    process.exit(2);
  });
} else if (isProgram) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      warn(error.message);
      process.exitCode = 2;
    },
  );
}
