#!/usr/bin/env node
// Bundles the client and the server (and the CLI) with esbuild into dist/, as VS Code recommends: the
// .vsix then ships three files instead of node_modules, and the extension starts faster. The kuromoji
// dictionary and the English word list stay data files beside the bundle (see .vscodeignore); the
// tests run against these bundles, as users have them. It bundles tsc's CommonJS output (npm run build
// runs tsc first), so that packages with separate ESM and CommonJS builds are taken as Node's require() takes them.
const esbuild = require('esbuild');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Readable function names in CPU profiles (tools/editBench.ts): TRANSCRIPT_LENS_NO_MINIFY=1 npm run build.
  minify: !process.env.TRANSCRIPT_LENS_NO_MINIFY,
  keepNames: true,
  logLevel: 'warning',
  absWorkingDir: root,
  outdir: 'dist',
};

// recheck (the ReDoS analyser, ~3 MB of code) is required only when a dictionary's pattern needs it, yet V8 keeps
// a script's whole source for the process's life (as two bytes a character once the bundle holds one Japanese
// character): inside server.js it was 6 MB of every server's and every --jobs worker's heap. It is a bundle of its
// own, dist/recheck.js, which the server and the CLI require from beside themselves when they need it.
const RECHECK = 'recheck/lib/browser.js';
const recheckBeside = {
  name: 'recheck-beside',
  setup(build) {
    build.onResolve({ filter: /^recheck\/lib\/browser\.js$/ }, () => ({ path: './recheck.js', external: true }));
  },
};

Promise.all([
  esbuild.build({ ...common, entryPoints: { extension: 'client/out/client/src/extension.js' }, external: ['vscode'] }),
  // Data files read by path, not code: resolved at run time from node_modules beside the bundle.
  esbuild.build({
    ...common,
    entryPoints: { server: 'server/out/server.js', cli: 'server/out/cli.js' },
    external: ['kuromoji/package.json', 'an-array-of-english-words/index.json', 'cmu-pronouncing-dictionary/index.js'],
    plugins: [recheckBeside],
  }),
  esbuild.build({ ...common, entryPoints: { recheck: require.resolve(RECHECK) } }),
]).catch((error) => {
  console.error(`Bundling failed: ${error.message}`);
  process.exit(1);
});
