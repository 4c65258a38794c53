#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml the way a newsroom repository uses it: Debian's
# pre-commit installs this checkout's committed HEAD as a hook repository
# (npm pack, then a global install in pre-commit's own environment), and a
# commit of a scraped article must fail on its errors while a clean one passes,
# and the fixing hook must repair the scraped one.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../e2e/apt.sh
source "$here/scripts/e2e/apt.sh"
command -v pre-commit >/dev/null || apt_install "pre-commit hook test" pre-commit

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
cd "$work"
git init -q newsroom && cd newsroom
git config user.email ci@example.invalid && git config user.name CI
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $here
    rev: $(git -C "$here" rev-parse HEAD)
    hooks:
      - id: copydesk
YAML
cp "$here/examples/night-ferry.news.md" clean.news.md
git add . && pre-commit run --all-files > clean.log 2>&1 || { cat clean.log; echo "pre-commit hook test: the clean article failed"; exit 1; }
grep -q 'Copydesk lint.*Passed' clean.log || { cat clean.log; echo "pre-commit hook test: the hook did not run on the clean article"; exit 1; }

cp "$here/examples/port-and-tram.news.txt" scraped.news.txt
git add scraped.news.txt
if pre-commit run --all-files > scraped.log 2>&1; then cat scraped.log; echo "pre-commit hook test: the scraped article passed"; exit 1; fi
grep -q 'Copydesk lint.*Failed' scraped.log && grep -q 'duplicate-caption' scraped.log || { cat scraped.log; echo "pre-commit hook test: no Copydesk findings in the failure"; exit 1; }

sed -i 's/- id: copydesk$/- id: copydesk-fix/' .pre-commit-config.yaml
before=$(wc -l < scraped.news.txt)
if pre-commit run --all-files > fix.log 2>&1; then cat fix.log; echo "pre-commit hook test: copydesk-fix passed a scraped article"; exit 1; fi
grep -q 'files were modified by this hook' fix.log && [ "$(wc -l < scraped.news.txt)" -lt "$before" ] || { cat fix.log; echo "pre-commit hook test: copydesk-fix did not fix the article"; exit 1; }
echo "pre-commit hook test: the clean article passes, the scraped one fails with its findings, copydesk-fix repairs it"
