#!/usr/bin/env bash
# Installs the system tools the tests use, when missing and when we may (root with apt-get):
#   tesseract-ocr with the simplified-Chinese model (OCR of scanned PDFs and OFDs);
#   chromium and chromium-driver (the browser tests of the web page) and fonts-noto-cjk (Chinese in their
#   screenshots);
#   nodejs and npm, for npx (OpenApiLintTest runs Redocly CLI on the served OpenAPI description through
#   scripts/lint-openapi.sh, which takes Redocly and the Node.js it runs on from the npm registry).
# Without them the tests that need them are skipped, and say so — except in CI (CI=true), where a missing
# browser, Tesseract or npx fails the tests that need it.
set -u
need=()
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then
  need+=(tesseract-ocr tesseract-ocr-chi-sim)
fi
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
command -v npx >/dev/null 2>&1 || need+=(nodejs npm)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing test tools: ${need[*]}" >&2
  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}") >&2 \
    || echo "warning: could not install ${need[*]}; the tests that need them will be skipped (or fail in CI)" >&2
else
  echo "note: ${need[*]} not installed (needs root and apt-get); the tests that need them will be skipped" >&2
fi
exit 0
