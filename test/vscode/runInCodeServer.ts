/**
 * Runs the extension-host suite inside a real VS Code on this machine: code-server's Node extension host,
 * opened by headless Chromium. The suite writes its result to a file this driver waits for. Part of
 * `npm test`; without Chromium it says so loudly, and fails under CI.
 */
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromiumMissing, launchChromium, ROOT, startCodeServer } from '../../tools/codeServer';
import { PROGRESS_FILE, RESULTS_FILE, type SuiteResults } from './suite';
import { prepareWorkspace } from '../../tools/workspace';

const SUITE_TIMEOUT_MS = 40 * 60_000;

async function main(): Promise<number> {
  if (chromiumMissing('Extension-host tests in code-server')) return process.env.CI ? 1 : 0;
  fs.rmSync(RESULTS_FILE, { force: true });
  fs.rmSync(PROGRESS_FILE, { force: true });
  const server = await startCodeServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.workbenchUrl(prepareWorkspace(), [['extensionTestsPath', path.join(ROOT, 'test', 'vscode', 'out', 'index.js')]]));
    const results = await waitForResults(server.process);
    console.log(`Extension-host suite in VS Code ${results.vscodeVersion} (code-server):`);
    for (const failure of results.failures) console.log(`  ✖ ${failure.title}\n${failure.error}`);
    console.log(`extension-host: ${results.passed} passed, ${results.failed} failed`);
    return results.failed === 0 && results.passed > 0 ? 0 : 1;
  } catch (error) {
    console.error(server.log.join(''));
    throw error;
  } finally {
    await browser.close();
    server.stop();
  }
}

async function waitForResults(codeServer: ChildProcess): Promise<SuiteResults> {
  const deadline = Date.now() + SUITE_TIMEOUT_MS;
  let printed = 0;
  while (Date.now() < deadline) {
    // The tests' progress as they finish (the failures' details come with the results).
    const progress = fs.existsSync(PROGRESS_FILE) ? fs.readFileSync(PROGRESS_FILE, 'utf8') : '';
    if (progress.length > printed) {
      process.stdout.write(progress.slice(printed));
      printed = progress.length;
    }
    if (fs.existsSync(RESULTS_FILE)) return JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as SuiteResults;
    if (codeServer.exitCode !== null) throw new Error(`code-server exited with code ${codeServer.exitCode} before the suite finished.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The extension-host suite wrote no results within ${SUITE_TIMEOUT_MS / 60_000} minutes.`);
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Extension-host tests failed to run: ${error.message}`);
    process.exit(1);
  },
);
