"""The one exception tree of the pipeline.

Library code raises these; only ``verifier.cli`` turns them into a message and an exit code.
Every error carries the input it is about (``subject``: a path, an arXiv id, a claim id, a
bundle id) and a ``hint`` that says what to do next.

    VerifierError                      exit 1
    ├── InputError                     exit 2  bad input from the user
    │   ├── InvalidArxivId             a string that is no arXiv id
    │   ├── DocumentError              a file we cannot ingest
    │   │   ├── NotAPdf                bytes that are not a PDF (or empty)
    │   │   ├── CorruptPdf             a damaged or truncated PDF
    │   │   ├── EncryptedPdf           a PDF that needs a password
    │   │   ├── NoTextLayer            an image-only (scanned) PDF
    │   │   ├── DocumentTooLarge       over the configured size or page limit
    │   │   └── NotMarkdown            bytes that are not UTF-8 Markdown text (or empty)
    │   ├── SynthesisFormatError       a synthesis report we cannot parse
    │   └── NotFound                   an id or name unknown to the database
    ├── SourceError                    exit 3  a remote source failed us
    │   ├── ArxivUnavailable           unreachable, rate limited or 5xx after retries
    │   ├── ArxivNotFound              unknown id
    │   ├── ArxivWithdrawn             withdrawn paper
    │   └── NotCached                  --offline and nothing cached
    ├── StorageError                   exit 4  the database refused or is out of date
    └── ReproError                     exit 5  reproduction side
        ├── SealMismatch               a bundle changed after it was sealed
        ├── BundleError                an unknown or malformed bundle
        └── RunFailed                  a run that failed, was killed or timed out
"""

from __future__ import annotations


class VerifierError(Exception):
    exit_code = 1

    def __init__(self, message: str, *, subject: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.subject = subject
        self.hint = hint

    def one_line(self) -> str:
        """The message the command line prints: subject, what went wrong, what to do."""
        parts = []
        if self.subject:
            parts.append(f"{self.subject}: ")
        parts.append(self.message)
        if self.hint:
            parts.append(f" ({self.hint})")
        return "".join(parts).replace("\n", " ")


class InputError(VerifierError):
    exit_code = 2


class InvalidArxivId(InputError):
    pass


class DocumentError(InputError):
    pass


class NotAPdf(DocumentError):
    pass


class CorruptPdf(DocumentError):
    pass


class EncryptedPdf(DocumentError):
    pass


class NoTextLayer(DocumentError):
    pass


class DocumentTooLarge(DocumentError):
    pass


class NotMarkdown(DocumentError):
    pass


class NotLatex(DocumentError):
    pass


class SynthesisFormatError(InputError):
    pass


class NotFound(InputError):
    pass


class SourceError(VerifierError):
    exit_code = 3


class ArxivUnavailable(SourceError):
    pass


class ArxivNotFound(SourceError):
    pass


class ArxivWithdrawn(SourceError):
    pass


class NotCached(SourceError):
    pass


class StorageError(VerifierError):
    exit_code = 4


class ReproError(VerifierError):
    exit_code = 5


class SealMismatch(ReproError):
    pass


class BundleError(ReproError):
    pass


class RunFailed(ReproError):
    pass
