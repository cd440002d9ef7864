#!/usr/bin/env bash
# Rewrites the screenshots of docs/screenshots/ (linked from the README) from the real page on the bundled corpus,
# in Debian's Chromium (installed by scripts/install-test-tools.sh). Run after a change to the page; commit the
# pictures that changed.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source scripts/jdk.sh
scripts/install-test-tools.sh
exec mvn -B -ntp -pl server -am test -Dfanwen.screenshots=true -Dtest=Screenshots -Dsurefire.failIfNoSpecifiedTests=false
