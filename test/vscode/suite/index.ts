/**
 * Entry point VS Code calls in the extension host (`extensionTestsPath`): runs the mocha suite and hands
 * the result back. Desktop VS Code (test-electron) reads the returned promise; code-server does not report
 * it, so the result is also written to a file the driver waits for.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export const RESULTS_FILE = path.resolve(__dirname, '..', '..', '..', '.cache', 'vscode-test-results.json');
/** One line per finished test, as it finishes: the driver prints them, so a slow run shows where it is. */
export const PROGRESS_FILE = path.resolve(__dirname, '..', '..', '..', '.cache', 'vscode-test-progress.log');

export interface SuiteResults {
  readonly passed: number;
  readonly failed: number;
  readonly failures: readonly { readonly title: string; readonly error: string }[];
  readonly vscodeVersion: string;
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 10 * 60_000, color: false });
  for (const file of fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(__dirname, file));
  const failures: { title: string; error: string }[] = [];
  let passed = 0;
  const vscode = await import('vscode');
  fs.mkdirSync(path.dirname(PROGRESS_FILE), { recursive: true });
  const progress = (line: string): void => {
    console.log(line);
    fs.appendFileSync(PROGRESS_FILE, `${line}\n`);
  };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => {
      passed++;
      progress(`  ✔ ${test.fullTitle()} (${test.duration ?? 0} ms)`);
    });
    runner.on('fail', (test, error: Error) => {
      failures.push({ title: test.fullTitle(), error: error.stack ?? String(error) });
      progress(`  ✖ ${test.fullTitle()}\n${error.stack ?? String(error)}`);
    });
  });
  const results: SuiteResults = { passed, failed: failures.length, failures, vscodeVersion: vscode.version };
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2));
  if (failures.length > 0) throw new Error(`${failures.length} extension-host test(s) failed.`);
}
