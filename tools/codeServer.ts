/** Starts a real VS Code (code-server, installed on first use) and headless Chromium, on this machine only. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { tempDir } from '../test/support/tempDir';

export const ROOT = path.resolve(__dirname, '..');
const CODE_SERVER = path.join(ROOT, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningCodeServer {
  readonly port: number;
  readonly process: ChildProcess;
  readonly log: string[];
  /** The workbench URL with this repository loaded as the extension under development. */
  workbenchUrl(folder: string, extra?: readonly [string, string][]): string;
  stop(): void;
}

export function installCodeServer(): void {
  const install = spawnSync('bash', [path.join(ROOT, 'scripts', 'install-code-server.sh')], { stdio: 'inherit' });
  if (install.status !== 0) throw new Error('Installing code-server failed (see above). It needs: apt-get install -y libkrb5-dev ripgrep');
}

export async function startCodeServer(options: { port?: number; host?: string } = {}): Promise<RunningCodeServer> {
  installCodeServer();
  const scratch = tempDir('tl-code-server-');
  // Open straight into the transcripts: no welcome page, no tips.
  fs.mkdirSync(path.join(scratch, 'user', 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(scratch, 'user', 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'security.workspace.trust.enabled': false,
    }),
  );
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort());
  const child = spawn(
    CODE_SERVER,
    [
      '--auth',
      'none',
      '--bind-addr',
      `${host}:${port}`,
      '--user-data-dir',
      path.join(scratch, 'user'),
      '--extensions-dir',
      path.join(scratch, 'extensions'),
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--disable-update-check',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, child);
  const remote = (p: string): string => `vscode-remote://127.0.0.1:${port}${p}`;
  return {
    port,
    process: child,
    log,
    workbenchUrl: (folder, extra = []) => {
      const payload = JSON.stringify([['extensionDevelopmentPath', remote(ROOT)], ...extra.map(([key, value]) => [key, remote(value)])]);
      return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
    },
    stop: () => {
      child.kill();
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Without Chromium these tests cannot run: say so loudly; under CI that is a failure. */
export function chromiumMissing(what: string): boolean {
  if (fs.existsSync(CHROMIUM)) return false;
  console.error(`\n!!! ${what} NOT RUN: no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk).\n`);
  return true;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port on 127.0.0.1.'))));
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
      // Not listening yet: poll again.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer at ${url} within a minute.`);
}
