"""The exceptions of the storage layer.

``claims_db`` imports no pipeline code, so it keeps its own small tree; ``verifier`` maps it
onto its own (``StoreError`` -> ``StorageError``, ``NotStored`` -> ``NotFound``). Like the
pipeline's errors, each one carries the input it is about (``subject``) and a ``hint`` that
says what to do next.

    StoreError                     the database refused, or a value cannot be stored
    ├── SchemaError                the schema is older/newer than this code, or not ours
    ├── DatabaseUrlError           a URL SQLAlchemy cannot use (bad form, missing driver)
    ├── InvalidRecord              a dict to store lacks a field or has one with no column
    ├── RunImmutable               a change to a reproduction run that is already terminal
    └── NotStored (LookupError)    an id, reference or name unknown to the database
        ├── PaperNotFound          ``find_paper``: lists close matches
        └── RunNotFound            ``get_run`` / ``finish_run`` with an unknown id
"""

from __future__ import annotations


class StoreError(Exception):
    def __init__(self, message: str, *, subject: str | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.subject = subject
        self.hint = hint

    def __str__(self) -> str:
        parts = []
        if self.subject:
            parts.append(f"{self.subject}: ")
        parts.append(self.message)
        if self.hint:
            parts.append(f" ({self.hint})")
        return "".join(parts)


class SchemaError(StoreError):
    pass


class DatabaseUrlError(StoreError, ValueError):
    pass


class InvalidRecord(StoreError, ValueError):
    pass


class RunImmutable(StoreError):
    pass


class NotStored(StoreError, LookupError):
    pass


class PaperNotFound(NotStored):
    def __init__(
        self, message: str, *, subject: str | None = None, hint: str | None = None, matches: list[str] | None = None
    ):
        super().__init__(message, subject=subject, hint=hint)
        self.matches = list(matches or [])


class RunNotFound(NotStored):
    pass
