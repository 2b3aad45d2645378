#!/usr/bin/env bash
# Copies the screenshots the browser UI test took (from the current build) to docs/images for the README.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHOTS="$ROOT/.cache/screenshots"
[ -f "$SHOTS/hover.png" ] || { echo "No screenshots in $SHOTS: run 'npm run test:ui' first." >&2; exit 1; }
mkdir -p "$ROOT/docs/images"
for name in squiggles hover currency-hover quick-fix problems subtitles; do cp "$SHOTS/$name.png" "$ROOT/docs/images/$name.png"; done
echo "Copied $(ls "$ROOT/docs/images" | wc -l) screenshots to docs/images."
