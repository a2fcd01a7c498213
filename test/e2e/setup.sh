#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, once: Debian's Chromium and the
# libraries code-server builds against, and code-server itself in a folder of
# its own outside the repository. Safe to run again: present parts are skipped.
set -euo pipefail

CODE_SERVER_VERSION=4.99.4   # the newest release whose engine is Node 20
E2E_HOME="${WP_E2E_HOME:-$HOME/.cache/wp27017-e2e}"
PREFIX="$E2E_HOME/code-server-$CODE_SERVER_VERSION"
ENTRY="$PREFIX/node_modules/code-server/out/node/entry.js"

# fonts-noto-cjk: without it Chromium draws Japanese whitepapers (preview, PDF, screenshots) as empty boxes.
packages=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep chromium fonts-noto-cjk)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "e2e setup: installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then echo "e2e setup: need root for apt-get (missing: ${missing[*]})" >&2; exit 1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "e2e setup: Debian packages present (${packages[*]})"
fi

if [ -f "$ENTRY" ]; then
  echo "e2e setup: code-server $CODE_SERVER_VERSION present in $PREFIX"
  exit 0
fi

# @vscode/ripgrep downloads rg from GitHub unless its cache already holds the
# archive; this machine reaches no GitHub, so seed the cache with Debian's rg.
cache="$(node -p "require('os').tmpdir()")/vscode-ripgrep-cache-1.15.11"
archive="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$archive" ]; then
  echo "e2e setup: seeding $archive with $(command -v rg)"
  mkdir -p "$cache"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -czf "$archive" -C "$staging" rg
  rm -rf "$staging"
fi

echo "e2e setup: installing code-server $CODE_SERVER_VERSION into $PREFIX (about two minutes)"
mkdir -p "$PREFIX"
cd "$PREFIX"
[ -f package.json ] || echo '{"name":"wp27017-e2e-code-server","private":true}' > package.json
npm_config_yes=true npm install --no-audit --no-fund --unsafe-perm --loglevel=error "code-server@$CODE_SERVER_VERSION"
test -f "$ENTRY"
echo "e2e setup: done"
