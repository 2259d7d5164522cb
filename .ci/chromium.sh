#!/usr/bin/env bash
# Makes headless Chromium available for the report browser tests (tests/verifier/test_report_browser.py)
# on a fresh Debian machine. Idempotent: does nothing when /usr/bin/chromium (or $CHROMIUM) exists.
# Under CI (CI set) those tests fail, not skip, when Chromium is missing.
set -euo pipefail

if [ -n "${CHROMIUM:-}" ] && [ -x "${CHROMIUM}" ]; then
  echo "chromium.sh: using ${CHROMIUM}"
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  echo "chromium.sh: chromium already installed ($(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium))"
  exit 0
fi

source "$(dirname "$0")/apt.sh"
apt_install chromium fonts-dejavu-core

if [ -x /usr/bin/chromium ]; then
  echo "chromium.sh: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
else
  echo "chromium.sh: apt-get installed chromium but /usr/bin/chromium was not found" >&2
  exit 1
fi
