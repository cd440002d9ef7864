#!/usr/bin/env bash
# Lints the OpenAPI description with Redocly CLI's recommended rules, every warning an error (redocly.yaml at the
# repository's root says so, and which rules are off and why). The argument is a file or the URL a server serves it
# at; without one, the description in the sources:
#   scripts/lint-openapi.sh http://127.0.0.1:7070/api/v1/openapi.json
# Needs npm's npx (scripts/install-test-tools.sh installs Node.js and npm when missing, as root). Redocly CLI and
# the Node.js it runs on come from the npm registry, pinned here: Redocly 2.77 needs Node.js 20.19 or newer, newer
# than some systems have.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
REDOCLY=@redocly/cli@2.77.0
NODE=node@22.23.3
if ! command -v npx >/dev/null 2>&1; then
  echo "lint-openapi: npx not found: install Node.js with npm (scripts/install-test-tools.sh does it as root)" >&2
  exit 2
fi
exec npx --yes -p "$NODE" -p "$REDOCLY" redocly lint --config "$root/redocly.yaml" \
  "${1:-$root/server/src/main/resources/fanwen/server/openapi.json}"
