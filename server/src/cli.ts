#!/usr/bin/env node
/**
 * The command line: `transcript-lens check [--format text|json] FILE...`.
 * Exit code 0 when no error-severity finding, 1 when some, 2 on bad usage or unreadable input.
 */
import * as fs from 'node:fs';
import { analyze, type AnalysisResult } from './core/analyze';
import { TranscriptDocument, type Position } from './core/document';
import { loadPrhFile } from './core/dictionary/prh';
import { decodeTranscript } from './core/encoding';
import { loadServices } from './core/services';
import type { OffsetRange } from './core/types';

const USAGE = `Usage: transcript-lens check [--format text|json] [--dictionary FILE]... FILE...

Checks Japanese transcripts for garbled names, implausible currencies, broken words and stutters.
  --format text      one line per problem: path:line:col severity code message (→ fix)   [default]
  --format json      the entities and problems of each file, with LSP ranges and fixes
  --dictionary FILE  also apply the rules of a prh dictionary (YAML); may be given several times
Exit code: 0 no errors, 1 errors found, 2 bad usage or unreadable input.`;

interface Options {
  readonly format: 'text' | 'json';
  readonly files: readonly string[];
  readonly dictionaries: readonly string[];
}

class UsageError extends Error {}

function parseArguments(argv: readonly string[]): Options {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') throw new UsageError('');
  if (command !== 'check') throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  let format: Options['format'] = 'text';
  const files: string[] = [];
  const dictionaries: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--format') {
      const value = rest[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format must be "text" or "json", not "${value ?? ''}".`);
      format = value;
    } else if (arg.startsWith('--format=')) {
      const value = arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format must be "text" or "json", not "${value}".`);
      format = value;
    } else if (arg === '--dictionary') {
      const value = rest[++i];
      if (!value) throw new UsageError('--dictionary needs a file.');
      dictionaries.push(value);
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`Unknown option "${arg}".`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw new UsageError('No files given.');
  return { format, files, dictionaries };
}

interface FileReport {
  readonly path: string;
  readonly doc: TranscriptDocument;
  readonly result: AnalysisResult;
}

function lspRange(doc: TranscriptDocument, range: OffsetRange): { start: Position; end: Position } {
  return { start: doc.positionAt(range.start), end: doc.positionAt(range.end) };
}

function toJson(reports: readonly FileReport[]): unknown {
  return {
    files: reports.map(({ path, doc, result }) => ({
      path,
      diagnostics: result.findings.map((finding) => ({
        range: lspRange(doc, finding.range),
        severity: finding.severity,
        code: finding.code,
        message: finding.message,
        fixes: finding.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((edit) => ({ range: lspRange(doc, edit.range), newText: edit.newText })) })),
      })),
      entities: result.mentions.map((mention) => {
        const entity = result.context.kb.get(mention.entityId);
        return { range: lspRange(doc, mention.range), id: mention.entityId, type: entity?.type ?? 'unknown', label: entity?.en ?? mention.surface };
      }),
    })),
  };
}

function toText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const { path, doc, result } of reports) {
    for (const finding of result.findings) {
      const start = doc.positionAt(finding.range.start);
      const fix = finding.fixes.find((f) => f.preferred)?.edits[0]?.newText;
      const arrow = fix === undefined ? '' : ` (→ ${fix === '' ? '(remove)' : fix})`;
      lines.push(`${path}:${start.line + 1}:${start.character + 1} ${finding.severity} ${finding.code} ${finding.message.replace(/\r?\n/g, '⏎')}${arrow}`);
    }
  }
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) process.stderr.write(`transcript-lens: ${error.message}\n\n`);
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const services = await loadServices();
  const rules = options.dictionaries.flatMap((file) => {
    const dictionary = loadPrhFile(file);
    for (const problem of dictionary.problems) process.stderr.write(`${problem.file}:${problem.line + 1}:${problem.character + 1} dictionary: ${problem.message}\n`);
    return dictionary.rules;
  });
  const analysisOptions = rules.length > 0 ? { dictionary: { rules, key: options.dictionaries.join('\n') } } : {};
  const reports: FileReport[] = [];
  let unreadable = false;
  for (const path of options.files) {
    let text: string;
    try {
      const decoded = decodeTranscript(fs.readFileSync(path === '-' ? 0 : path));
      if (decoded.encoding !== 'utf-8') process.stderr.write(`transcript-lens: ${path} is ${decoded.encoding}, not UTF-8; read it as ${decoded.encoding}.\n`);
      text = decoded.text;
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
      process.stderr.write(`transcript-lens: cannot read ${path}: ${reason}\n`);
      unreadable = true;
      continue;
    }
    const doc = new TranscriptDocument(text, path);
    reports.push({ path, doc, result: analyze(doc, services, analysisOptions) });
  }
  const output = options.format === 'json' ? JSON.stringify(toJson(reports)) : toText(reports);
  if (output) process.stdout.write(`${output}\n`);
  if (unreadable) return 2;
  return reports.some((r) => r.result.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`transcript-lens: ${error.message}\n`);
    process.exitCode = 2;
  },
);
