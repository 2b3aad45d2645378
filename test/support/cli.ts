/** Runs the real CLI as a user would and reads its JSON report. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const CLI = path.resolve(__dirname, '..', '..', 'server', 'out', 'cli.js');

export interface LspPosition {
  readonly line: number;
  readonly character: number;
}
export interface LspRange {
  readonly start: LspPosition;
  readonly end: LspPosition;
}
export interface JsonEdit {
  readonly range: LspRange;
  readonly newText: string;
}
export interface JsonDiagnostic {
  readonly range: LspRange;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly code: string;
  readonly message: string;
  readonly fixes: readonly { readonly title: string; readonly edits: readonly JsonEdit[] }[];
  /** With a source: where the finding's source text is. */
  readonly source?: { readonly path: string; readonly range: LspRange; readonly text: string };
}
export interface JsonFile {
  readonly path: string;
  readonly diagnostics: readonly JsonDiagnostic[];
  readonly entities: readonly { readonly range: LspRange; readonly id: string; readonly type: string; readonly label: string }[];
}

/** Runs the CLI in an English locale unless the environment given says otherwise (it follows LANG). */
export function runCli(args: readonly string[], input?: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const locale = { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8', ...env };
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, env: { ...process.env, ...locale } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function checkJson(files: readonly string[]): { status: number | null; files: JsonFile[] } {
  const result = runCli(['check', '--format', 'json', ...files]);
  if (result.status === 2) throw new Error(`The CLI failed: ${result.stderr}`);
  return { status: result.status, files: (JSON.parse(result.stdout) as { files: JsonFile[] }).files };
}

/** Offset of an LSP position in a text (lines split on \n, \r\n or \r). */
export function offsetOf(text: string, position: LspPosition): number {
  let line = 0;
  let offset = 0;
  while (line < position.line) {
    const next = text.slice(offset).search(/\r\n|\r|\n/);
    if (next < 0) break;
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
    line++;
  }
  return offset + position.character;
}

/** Applies the first fix of each diagnostic that passes the filter; overlapping fixes are skipped. */
export function applyFixes(text: string, diagnostics: readonly JsonDiagnostic[]): string {
  const edits = diagnostics
    .flatMap((d) => d.fixes[0]?.edits ?? [])
    .map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let result = '';
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    result += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}
