#!/usr/bin/env bash
# Editors the language-server tests drive for real: Neovim (headless LSP
# client) and code-server with Debian's Chromium (the VS Code extension test).
# Idempotent: what is already installed is skipped. A failed code-server
# install is reported but not fatal; its test then skips with a reason.
set -euo pipefail

CS_VERSION=4.100.3 # the last code-server release that runs on Node 20
CS_DIR="${BUDGETLINT_CODE_SERVER_DIR:-$HOME/.cache/budgetlint-code-server}"
RG_PKG_VERSION=1.15.11 # @vscode/ripgrep, as pinned by that release's VS Code
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

APT_PACKAGES=(neovim chromium fonts-noto-cjk ripgrep unzip pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "30-editors: not root, cannot apt-get install ${missing[*]}; editor tests will skip" >&2
  else
    echo "30-editors: apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
  fi
else
  echo "30-editors: apt packages present"
fi

# code-server, from the npm registry, into a cache outside the repository.
# Its postinstall installs VS Code's own dependencies (native modules built
# with node-gyp against Node's headers) and links node_modules.asar: check
# for what it leaves, not only for the package.
cs_ready() {
  local vs="$CS_DIR/node_modules/code-server/lib/vscode"
  [ "$(cat "$CS_DIR/.budgetlint-installed" 2>/dev/null || true)" = "$CS_VERSION" ] &&
    [ -x "$CS_DIR/node_modules/.bin/code-server" ] &&
    [ -e "$vs/node_modules.asar" ] &&
    [ -x "$vs/node_modules/@vscode/ripgrep/bin/rg" ]
}
if cs_ready; then
  echo "30-editors: code-server $CS_VERSION present in $CS_DIR"
  exit 0
fi
if [ "$(uname -m)" != x86_64 ] || ! command -v rg >/dev/null 2>&1; then
  echo "30-editors: code-server needs x86_64 and ripgrep; skipping (the VS Code test will skip)" >&2
  exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from outside the npm registry
# unless its cache holds the release tarball: give it Debian's rg instead.
tmp="${TMPDIR:-/tmp}"
cache="$tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
if [ ! -s "$cache/$RG_ASSET" ]; then
  mkdir -p "$cache"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar czf "$cache/$RG_ASSET" -C "$staging" rg
  rm -rf "$staging"
fi

echo "30-editors: npm install code-server@$CS_VERSION into $CS_DIR (builds native modules; several minutes)"
mkdir -p "$CS_DIR"
cd "$CS_DIR"
[ -f package.json ] || printf '{ "name": "budgetlint-code-server", "private": true }\n' >package.json
log="$CS_DIR/install.log"
# A half-done install (scripts skipped, interrupted build) is redone from scratch.
rm -rf .budgetlint-installed node_modules package-lock.json
# npm 11 skips dependencies' install scripts unless allowed; code-server's
# postinstall runs nested `npm install`s whose native modules need theirs too,
# and only the environment reaches those.
if npm_config_unsafe_perm=true npm_config_yes=true npm_config_dangerously_allow_all_scripts=true \
  npm install --no-audit --no-fund "code-server@$CS_VERSION" >"$log" 2>&1 &&
  echo "$CS_VERSION" >.budgetlint-installed && cs_ready; then
  echo "30-editors: code-server $CS_VERSION installed"
else
  echo "30-editors: code-server install failed (the VS Code test will skip); last lines of $log:" >&2
  tail -n 30 "$log" >&2 || true
fi
