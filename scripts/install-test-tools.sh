#!/usr/bin/env bash
# Installs the system tools the tests use, when missing and when we may (root with apt-get):
#   tesseract-ocr with the simplified-Chinese model (OCR of scanned PDFs and OFDs);
#   chromium and chromium-driver (the browser tests of the web page) and fonts-noto-cjk (Chinese in their
#   screenshots).
# Without them the tests that need them are skipped, and say so — except in CI (CI=true), where a missing
# browser fails the browser tests and a missing Tesseract the OCR tests.
set -u
need=()
if ! command -v tesseract >/dev/null 2>&1 || ! tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then
  need+=(tesseract-ocr tesseract-ocr-chi-sim)
fi
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing test tools: ${need[*]}" >&2
  (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}") >&2 \
    || echo "warning: could not install ${need[*]}; the tests that need them will be skipped (or fail in CI)" >&2
else
  echo "note: ${need[*]} not installed (needs root and apt-get); the tests that need them will be skipped" >&2
fi
exit 0
