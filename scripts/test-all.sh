#!/usr/bin/env bash
# Every check: type check, lint, unit tests, size budgets and the end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-browser.sh
echo "== type check";   npm run --silent typecheck
echo "== lint";         npm run --silent lint
echo "== audit";        bash scripts/audit.sh
if [ "${ATLAS_FRESH_CLONE_UNIT:-}" = 1 ]; then
  # CI: the unit tests run in a fresh clone of this commit with no ../shared beside it, so a test or a
  # data check that reads outside the repository fails here as it would for a user who cloned it alone.
  echo "== unit tests (in a fresh clone without ../shared)"
  fresh=$(mktemp -d)
  trap 'rm -rf "$fresh"' EXIT
  git clone --quiet --no-hardlinks . "$fresh/atlas"
  ln -s "$PWD/node_modules" "$fresh/atlas/node_modules"
  [ ! -e "$fresh/shared" ] || { echo "fresh clone has a ../shared beside it"; exit 1; }
  (cd "$fresh/atlas" && npx vitest run)
else
  echo "== unit tests";   npx vitest run
fi
# The test build is made once: the size budgets are checked on it before the long browser run, which
# then serves it as it is (ATLAS_PREBUILT=1 tells playwright.config.ts not to build again).
echo "== test build";   npm run --silent build:test >/dev/null
echo "== size budgets"; npm run --silent check:budgets -- dist-test
echo "== end-to-end";   ATLAS_PREBUILT=1 npx playwright test
