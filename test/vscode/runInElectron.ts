/**
 * The same extension-host suite in desktop VS Code, downloaded by @vscode/test-electron. For machines that
 * can reach VS Code's download servers (`npm run test:electron`); on build machines without that access,
 * `npm test` runs the suite in code-server instead.
 */
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { prepareWorkspace } from '../../tools/workspace';

const ROOT = path.resolve(__dirname, '..', '..');

runTests({
  extensionDevelopmentPath: ROOT,
  extensionTestsPath: path.join(ROOT, 'test', 'vscode', 'out', 'index.js'),
  launchArgs: [prepareWorkspace(), '--disable-extensions', '--disable-workspace-trust'],
}).catch((error: Error) => {
  console.error(`Extension-host tests in desktop VS Code failed: ${error.message}`);
  process.exit(1);
});
