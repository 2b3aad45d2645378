/**
 * Runs the extension-host suite inside a real VS Code on this machine: code-server (VS Code 1.100 from
 * npm, installed on first use into .cache/) with headless Chromium loading its web workbench. The suite
 * runs in code-server's Node extension host and writes its result to a file this driver waits for.
 * Part of `npm test`. Without Chromium it cannot run: it says so loudly, and fails under CI.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { RESULTS_FILE, type SuiteResults } from './suite';
import { prepareWorkspace } from './workspace';

const ROOT = path.resolve(__dirname, '..', '..');
const CODE_SERVER = path.join(ROOT, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SUITE_TIMEOUT_MS = 10 * 60_000;

async function main(): Promise<number> {
  if (!fs.existsSync(CHROMIUM)) {
    const message = `Extension-host tests in code-server NOT RUN: no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk).`;
    console.error(`\n!!! ${message}\n!!! Run them with "npm run test:electron" on a machine that can download VS Code, or install Chromium.\n`);
    return process.env.CI ? 1 : 0;
  }
  const install = spawnSync('bash', [path.join(ROOT, 'scripts', 'install-code-server.sh')], { stdio: 'inherit' });
  if (install.status !== 0) throw new Error('Installing code-server failed (see above).');

  const workspace = prepareWorkspace();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-code-server-'));
  fs.rmSync(RESULTS_FILE, { force: true });
  const port = await freePort();
  const server = spawn(
    CODE_SERVER,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', path.join(scratch, 'user'), '--extensions-dir', path.join(scratch, 'extensions'),
      '--disable-telemetry', '--disable-workspace-trust', '--disable-update-check', workspace],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log: string[] = [];
  server.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, server);
    const remote = (p: string): string => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(path.join(ROOT, 'test', 'vscode', 'suite', 'index.js'))],
    ]);
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (/✔|✖|Error|error/.test(message.text())) log.push(`[workbench] ${message.text()}\n`);
    });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    const results = await waitForResults(server);
    console.log(`Extension-host suite in VS Code ${results.vscodeVersion} (code-server):`);
    for (const failure of results.failures) console.log(`  ✖ ${failure.title}\n${failure.error}`);
    console.log(`extension-host: ${results.passed} passed, ${results.failed} failed`);
    return results.failed === 0 && results.passed > 0 ? 0 : 1;
  } catch (error) {
    console.error(log.join(''));
    throw error;
  } finally {
    await browser.close();
    server.kill();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited with code ${server.exitCode}.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer at ${url} within a minute.`);
}

async function waitForResults(server: ChildProcess): Promise<SuiteResults> {
  const deadline = Date.now() + SUITE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (fs.existsSync(RESULTS_FILE)) return JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as SuiteResults;
    if (server.exitCode !== null) throw new Error(`code-server exited with code ${server.exitCode} before the suite finished.`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The extension-host suite wrote no results within ${SUITE_TIMEOUT_MS / 60_000} minutes.`);
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`extension-host tests failed to run: ${error.message}`);
    process.exit(1);
  },
);
