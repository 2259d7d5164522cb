"""Importing the pipeline must not pull in torch, PyMuPDF or a database driver (STYLE.md)."""

import subprocess
import sys


def test_importing_verifier_does_not_import_heavy_modules():
    code = (
        "import sys, verifier, verifier.claims, verifier.documents, verifier.errors, verifier.config;"
        "heavy = [m for m in ('torch', 'pymupdf', 'fitz', 'sqlalchemy', 'psycopg') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"heavy modules imported at package import: {out.stdout.strip()}"
