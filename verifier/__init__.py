"""Literature-claim verification for ML compression research.

Importing this package must stay cheap: no torch, no PyMuPDF, no database driver at import
time (tests/verifier/test_imports.py checks it). Heavy imports live inside the functions
that need them.
"""

__version__ = "0.1.0"
