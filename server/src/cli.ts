#!/usr/bin/env node
/**
 * The command line: `transcript-lens check [options] FILE|DIR|GLOB...` (see USAGE).
 * Exit code 0 when no error-severity finding, 1 when some, 2 on bad usage or unreadable input.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArguments, requestedLocale, usage, UsageError, type CliOptions } from './cli/arguments';
import { toJson, toSarif, toText, type FileReport } from './cli/formats';
import { resolveInputs } from './cli/inputs';
import { analyze, type AnalysisOptions } from './core/analyze';
import { loadPrhFile } from './core/dictionary/prh';
import { documentFor, originalText } from './core/formats';
import { decodeTranscript } from './core/encoding';
import { applyEdits, preferredEdits } from './core/fixes';
import { loadWorkspaceKnowledge, mergeProblems, mergeWorkspaceEntities, type WorkspaceFileProblem } from './core/knowledge/workspaceKnowledge';
import { loadServices } from './core/services';
import { packageRoot } from './core/packageRoot';
import { useCliLanguage } from './cli/l10n';
import type { AnalysisServices } from './core/analyze';
import { t } from './core/l10n';

function warn(message: string): void {
  process.stderr.write(`transcript-lens: ${message}\n`);
}

function readTranscript(file: string): string | undefined {
  try {
    const decoded = decodeTranscript(fs.readFileSync(file === '-' ? 0 : file));
    if (decoded.encoding !== 'utf-8') warn(t('{0} is {1}, not UTF-8; read it as {1}.', file, decoded.encoding));
    return decoded.text;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? t('it is a directory') : (error as Error).message;
    warn(t('cannot read {0}: {1}', file, reason));
    return undefined;
  }
}

function reportProblems(problems: readonly WorkspaceFileProblem[], kind: string): void {
  for (const problem of problems) process.stderr.write(`${problem.file}:${problem.line + 1}:${problem.character + 1} ${kind}: ${problem.message}\n`);
}

function dictionaryOptions(files: readonly string[]): AnalysisOptions {
  const rules = files.flatMap((file) => {
    const dictionary = loadPrhFile(file);
    reportProblems(dictionary.problems, 'dictionary');
    return dictionary.rules;
  });
  return rules.length > 0 ? { dictionary: { rules, key: files.join('\n') } } : {};
}

/** The services with the knowledge files' entities merged in, and the words to ignore in a given file. */
function withKnowledgeFiles(base: AnalysisServices, files: readonly string[]): { services: AnalysisServices; ignoredIn: (file: string) => ReadonlySet<string> } {
  const knowledge = files.map((given) => {
    const file = path.resolve(given);
    if (!fs.existsSync(file)) warn(t('the knowledge file {0} does not exist.', given));
    const loaded = loadWorkspaceKnowledge(file);
    reportProblems(loaded.problems, 'knowledge');
    return { file, loaded };
  });
  const { kb, rejected } = mergeWorkspaceEntities(base.kb, knowledge.flatMap((k) => k.loaded.entities));
  for (const { file, loaded } of knowledge) {
    const own = rejected.filter((r) => loaded.entities.includes(r.entity));
    if (own.length > 0) reportProblems(mergeProblems(fs.readFileSync(file, 'utf8'), file, own), 'knowledge');
  }
  const everywhere = knowledge.flatMap((k) => k.loaded.ignoredWords);
  return {
    services: kb === base.kb ? base : { ...base, kb },
    ignoredIn: (file) => new Set([...everywhere, ...knowledge.flatMap((k) => k.loaded.ignoredInDocuments.get(path.resolve(file)) ?? [])]),
  };
}

/** Writes the text with the preferred fixes of its errors and warnings applied. */
function writeFixed(report: FileReport, options: CliOptions): void {
  if (report.path === '-') return;
  const confident = report.result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const edits = preferredEdits(confident);
  if (edits.length === 0) return;
  const { dir, name, ext } = path.parse(report.path);
  const target = options.inPlace ? report.path : path.join(dir, `${name}.fixed${ext}`);
  fs.writeFileSync(target, applyEdits(originalText(report.doc), edits));
  warn(t('{0}: {1} fix(es) written to {2}', report.path, edits.length, target));
}

async function main(argv: readonly string[]): Promise<number> {
  // The language first, so that even a complaint about the arguments is in it.
  useCliLanguage(requestedLocale(argv));
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
  const { services, ignoredIn } = withKnowledgeFiles(await loadServices(), options.knowledgeFiles);
  const analysisOptions = dictionaryOptions(options.dictionaries);
  const reports: FileReport[] = [];
  let unreadable = inputs.problems.length > 0;
  for (const file of inputs.files) {
    const text = readTranscript(file);
    if (text === undefined) {
      unreadable = true;
      continue;
    }
    const doc = documentFor(text, file);
    reports.push({ path: file, doc, result: analyze(doc, services, { ...analysisOptions, ignored: ignoredIn(file) }) });
  }
  const version = (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  const output = options.format === 'json' ? JSON.stringify(toJson(reports)) : options.format === 'sarif' ? JSON.stringify(toSarif(reports, version)) : toText(reports);
  if (output) process.stdout.write(`${output}\n`);
  if (options.fix) reports.forEach((report) => writeFixed(report, options));
  if (unreadable) return 2;
  return reports.some((r) => r.result.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    warn(error.message);
    process.exitCode = 2;
  },
);
