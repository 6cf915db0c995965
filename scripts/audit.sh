#!/usr/bin/env bash
# npm audit of the runtime dependencies: fails on a high or critical vulnerability. When the
# registry's audit endpoint cannot be reached (this project's machines reach the registry's package
# endpoints but its audit endpoint answers 405), it says so loudly and does not fail the run: a
# check that cannot run must not pass as if it had, nor block every submission.
set -uo pipefail
out=$(npm audit --omit=dev --audit-level=high 2>&1)
status=$?
echo "$out" | tail -n 20
if [ $status -ne 0 ] && echo "$out" | grep -qE 'audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN'; then
  echo "!! npm audit could not reach the registry's audit endpoint: NOT CHECKED on this machine."
  exit 0
fi
exit $status
