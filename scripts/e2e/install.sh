#!/usr/bin/env bash
# Installs what the real-editor tests need, skipping whatever is already there:
# Debian's Chromium and ripgrep (plus the compilers code-server's native
# modules build with), and code-server 4.100.3 from npm into a cache folder
# outside the project's node_modules. See ../shared/notes/real-vscode.md.
#
#   COPYDESK_E2E_CACHE  where code-server goes (default ~/.cache/copydesk-e2e)
set -euo pipefail
# shellcheck source=apt.sh
source "$(dirname "$0")/apt.sh"

CODE_SERVER_VERSION=4.100.3
CACHE="${COPYDESK_E2E_CACHE:-$HOME/.cache/copydesk-e2e}"
CODE_SERVER_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v rg >/dev/null || missing+=(ripgrep)
command -v make >/dev/null && command -v g++ >/dev/null || missing+=(build-essential)
dpkg -s python3 >/dev/null 2>&1 || missing+=(python3)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
apt_install "e2e install" "${missing[@]}"

if [ ! -x "$CODE_SERVER_DIR/node_modules/.bin/code-server" ]; then
  echo "e2e install: code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR"
  # @vscode/ripgrep's postinstall downloads rg from GitHub, which is not
  # reachable here; it looks in this cache first, so give it Debian's rg.
  rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rg_cache"
  tar -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
  rm -rf "$CODE_SERVER_DIR.partial"
  mkdir -p "$CODE_SERVER_DIR.partial"
  echo '{ "private": true }' > "$CODE_SERVER_DIR.partial/package.json"
  # node-pty's postinstall runs `npx node-gyp`, which must not stop to ask.
  (cd "$CODE_SERVER_DIR.partial" &&
    npm_config_yes=true npm install --no-audit --no-fund --unsafe-perm --foreground-scripts \
      "code-server@$CODE_SERVER_VERSION" >install.log 2>&1) || {
    tail -n 40 "$CODE_SERVER_DIR.partial/install.log"
    echo "e2e install: code-server failed to install (full log: $CODE_SERVER_DIR.partial/install.log)" >&2
    exit 1
  }
  rm -rf "$CODE_SERVER_DIR"
  mv "$CODE_SERVER_DIR.partial" "$CODE_SERVER_DIR"
fi

# playwright-core is a devDependency (it downloads no browser); make sure it is there.
if ! node -e "require.resolve('playwright-core')" 2>/dev/null; then
  echo "e2e install: playwright-core is missing; run npm install (it is a devDependency)" >&2
  exit 1
fi
echo "e2e install: ready (code-server in $CODE_SERVER_DIR, chromium at $(command -v chromium))"
