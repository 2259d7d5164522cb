#!/usr/bin/env bash
# Makes pdflatex and bibtex available for the layout tests that typeset corpus papers (tests/verifier/
# test_two_column.py from LaTeX source, tests/verifier/test_markdown_builds.py from Markdown), on a
# fresh Debian machine. Idempotent: does nothing when pdflatex is already on PATH. Under CI (CI set)
# those tests fail, not skip, when pdflatex is missing.
set -euo pipefail

if command -v pdflatex >/dev/null 2>&1 && command -v bibtex >/dev/null 2>&1; then
  echo "latex.sh: pdflatex already installed ($(command -v pdflatex))"
  exit 0
fi

source "$(dirname "$0")/apt.sh"
apt_install texlive-latex-base texlive-latex-recommended texlive-fonts-recommended

if command -v pdflatex >/dev/null 2>&1; then
  echo "latex.sh: installed $(pdflatex --version | head -1)"
else
  echo "latex.sh: apt-get installed texlive but pdflatex was not found" >&2
  exit 1
fi
