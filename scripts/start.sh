#!/usr/bin/env bash
# Installs what is missing, builds the atlas and serves it at http://127.0.0.1:4173/ (offline-ready).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npx vite build
echo
echo "  Dalian Cluster Atlas: http://127.0.0.1:4173/"
echo
# Links up to 64 KB reach the app (Node's default is 16 KB); the app mends overlong ones itself.
export NODE_OPTIONS="${NODE_OPTIONS:-} --max-http-header-size=65536"
exec npx vite preview --port 4173 --strictPort --host 127.0.0.1
