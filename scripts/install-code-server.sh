#!/usr/bin/env bash
# Installs a real VS Code (code-server, from the npm registry) into .cache/code-server, once.
# These machines cannot download desktop VS Code; code-server ships VS Code's server and web workbench
# inside its npm package. Its install scripts need work-arounds here (see ../shared/notes); running as
# root needs no npm_config_unsafe_perm: npm 7 and later run install scripts as the owner of the folder, and
# npm 11 warns about the setting as unknown.
# Needs the Debian packages libkrb5-dev and ripgrep (.ci/run installs them).
set -euo pipefail
VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="$ROOT/.cache/code-server"
BIN="$DIR/node_modules/.bin/code-server"

if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "^$VERSION"; then
  exit 0
fi
for tool in rg; do
  command -v "$tool" >/dev/null || { echo "install-code-server: '$tool' is missing: apt-get install -y ripgrep libkrb5-dev" >&2; exit 1; }
done

echo "Installing code-server $VERSION into $DIR (a few minutes, once)…"
rm -rf "$DIR" && mkdir -p "$DIR" && cd "$DIR"
export npm_config_yes=true npm_config_audit=false npm_config_fund=false
npm init -y >/dev/null
npm install "code-server@$VERSION" --ignore-scripts --no-save >/dev/null
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts >/dev/null
# npm 11 runs dependencies' install scripts only when package.json allows them (allowScripts); the native
# modules below are rebuilt on purpose, so allow them (quietly skipped by an npm without that policy).
approve_install_scripts() { npm install-scripts approve --all >/dev/null 2>&1 || true; }
approve_install_scripts
# @vscode/ripgrep downloads rg from GitHub unless bin/ exists: point it at Debian's rg.
mkdir -p node_modules/@vscode/ripgrep/bin && ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm rebuild >/dev/null
ln -sfn node_modules node_modules.asar
(cd extensions && npm install --omit=dev >/dev/null)
# code-server's own native dependency, built from source by its own install script (no download from
# GitHub; code-server's postinstall, which `npm rebuild` would also run, is what the steps above do by hand).
if ! (cd "$DIR/node_modules/argon2" && npm run install -- --build-from-source) >"$DIR/argon2-build.log" 2>&1; then
  cat "$DIR/argon2-build.log" >&2
  echo "install-code-server: building argon2 failed (log above)." >&2
  exit 1
fi
"$BIN" --version
