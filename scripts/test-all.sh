#!/usr/bin/env bash
# Every check: type check, lint, unit tests, size budgets and the end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-browser.sh
echo "== type check";   npm run --silent typecheck
echo "== lint";         npm run --silent lint
echo "== audit";        bash scripts/audit.sh
echo "== unit tests";   npx vitest run
echo "== end-to-end";   npx playwright test
echo "== size budgets"; npm run --silent check:budgets -- dist-test
