#!/usr/bin/env bash
# Installs what `npm run test:editors` needs, skipping whatever is already
# there: Debian's Neovim, Emacs without X and its Eglot package (the LSP
# clients the suite drives over stdio; see docs/editors.md).
set -euo pipefail
# shellcheck source=apt.sh
source "$(dirname "$0")/apt.sh"

missing=()
command -v nvim >/dev/null || missing+=(neovim)
command -v emacs >/dev/null || missing+=(emacs-nox)
dpkg -s elpa-eglot >/dev/null 2>&1 || missing+=(elpa-eglot)
apt_install "editors install" "${missing[@]}"
echo "editors install: ready ($(nvim --version | head -n 1), $(emacs --version | head -n 1), elpa-eglot $(dpkg-query -W -f '${Version}' elpa-eglot))"
