#!/bin/sh
# CTest entry of the browser test: skipped (exit 77) when node, chromium or
# the npm packages are missing; see page_test.mjs.
# Usage: tests/web/run.sh CROSSCHECK_BINARY EXAMPLES_DIR OUTPUT_DIR
here="$(cd "$(dirname "$0")" && pwd)"
command -v node >/dev/null 2>&1 || { echo "skipped: node is not installed"; exit 77; }
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "skipped: no chromium"; exit 77; }
[ -d "$here/node_modules/playwright-core" ] || {
  echo "skipped: run 'npm ci' in tests/web (scripts/install-deps does)"; exit 77; }
exec node "$here/page_test.mjs" "$@"
