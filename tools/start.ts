/**
 * `npm start [-- FOLDER]`: VS Code in the browser (code-server, installed on first use into .cache/) with
 * Transcript Lens loaded and a folder of transcripts open — by default a copy of our sample transcripts.
 * Prints the URL and runs until Ctrl+C.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, startCodeServer } from './codeServer';

function workspaceFolder(argument: string | undefined): string {
  if (argument) {
    const folder = path.resolve(argument);
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new Error(`${folder} is not a folder. Usage: npm start -- [FOLDER]`);
    return folder;
  }
  // A fresh copy, so trying the quick fixes never changes the samples in the repository.
  const copy = path.join(ROOT, '.cache', 'sample-transcripts');
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, 'samples'), copy, { recursive: true });
  return copy;
}

async function main(): Promise<void> {
  const folder = workspaceFolder(process.argv[2]);
  const port = Number(process.env.PORT ?? 8080);
  const server = await startCodeServer({ port });
  const stop = (): void => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.process.once('exit', (code) => {
    console.error(`code-server stopped (exit code ${code ?? 'none'}).`);
    process.exit(code ?? 1);
  });
  console.log(
    `\nTranscript Lens is running in VS Code (code-server) with ${folder} open:\n\n  ${server.workbenchUrl(folder)}\n\nOpen the URL in a browser on this machine. Ctrl+C stops it.\n`,
  );
}

main().catch((error: Error) => {
  console.error(`npm start failed: ${error.message}`);
  process.exit(1);
});
