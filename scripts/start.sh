#!/usr/bin/env bash
# Installs what is missing, builds the atlas and serves it at http://127.0.0.1:4173/ (offline-ready).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npx vite build
echo
echo "  Dalian Cluster Atlas: http://127.0.0.1:4173/"
echo
exec npx vite preview --port 4173 --strictPort --host 127.0.0.1
