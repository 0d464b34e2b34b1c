#!/usr/bin/env bash
# Chromium and CJK fonts for the HTML report test (packages/cli/test/formatters/html.test.ts)
# and the web page test (packages/web/test/page.e2e.test.ts), which drive /usr/bin/chromium
# through playwright-core. Idempotent: skips what is installed.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'install ok installed' || missing+=(fonts-noto-cjk)
if [ "${#missing[@]}" -eq 0 ]; then
  echo "chromium and fonts-noto-cjk already installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "no apt-get: install ${missing[*]} yourself; the browser test is skipped without /usr/bin/chromium"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y "${missing[@]}"
