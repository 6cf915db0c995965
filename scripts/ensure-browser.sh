#!/usr/bin/env bash
# Makes sure the end-to-end tests have a browser and a CJK font. On Debian/Ubuntu as root (or with
# passwordless sudo) it installs Debian's chromium and fonts-noto-cjk; elsewhere it says what to do.
set -euo pipefail

if [ "${PLAYWRIGHT_BROWSER:-}" = "bundled" ]; then
  exit 0 # the user chose Playwright's own browser (npx playwright install chromium)
fi
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chromium_path" ] || need+=(chromium)
if command -v fc-list >/dev/null 2>&1; then
  fc-list :lang=zh family 2>/dev/null | grep -qi . || need+=(fonts-noto-cjk)
elif [ ! -d /usr/share/fonts/opentype/noto ]; then
  need+=(fonts-noto-cjk)
fi
[ ${#need[@]} -eq 0 ] && exit 0

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo_cmd=(sudo); else sudo_cmd=(none); fi
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "${sudo_cmd[0]:-}" = "none" ]; then
  cat >&2 <<MSG

The end-to-end tests need a Chromium browser and a Chinese font, and this machine lacks: ${need[*]}.
  On Debian/Ubuntu:  sudo apt-get install -y ${need[*]}
  Or use Playwright's own browser:  npx playwright install chromium && PLAYWRIGHT_BROWSER=bundled npm run test:all
  Or point at another Chromium:     CHROMIUM_PATH=/path/to/chromium npm run test:all

MSG
  exit 1
fi
echo "Installing ${need[*]} with apt-get (needed by the browser tests)…"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "Installed ${need[*]}."
