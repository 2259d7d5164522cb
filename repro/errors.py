"""The exceptions of the reproduction side, standard library only.

``repro`` must run on a bare GPU machine without the pipeline installed, so it cannot import
``verifier.errors``. These classes carry the same names and the same interface (``message``,
``subject``, ``hint``, ``exit_code``, ``one_line()``); ``verifier`` maps them onto its own
tree by name. Every error names the bundle it is about (``bundle_id``).

    ReproError              exit 5  reproduction side
    ├── BundleError         an unknown or malformed bundle (manifest, parameters, registry)
    ├── SealMismatch        a bundle changed after it was sealed, or was never sealed
    └── RunFailed           a run that failed, was killed, timed out or was refused
"""

from __future__ import annotations


class ReproError(Exception):
    exit_code = 5

    def __init__(
        self,
        message: str,
        *,
        bundle_id: str | None = None,
        subject: str | None = None,
        hint: str | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.bundle_id = bundle_id
        self.subject = subject if subject is not None else bundle_id
        self.hint = hint

    def one_line(self) -> str:
        """Subject, what went wrong, what to do; on one line."""
        parts = []
        if self.subject:
            parts.append(f"{self.subject}: ")
        parts.append(self.message)
        if self.hint:
            parts.append(f" ({self.hint})")
        return "".join(parts).replace("\n", " ")


class BundleError(ReproError):
    """A manifest that does not validate, an unknown bundle or parameter, a duplicate id."""


class SealMismatch(ReproError):
    """The files of a bundle differ from its seal in the lock file (or it has no seal).

    ``changed``, ``added`` and ``removed`` list the logical paths (``repro/bundles/<id>/main.py``,
    ``repro/lib/quant.py``) that differ; all three are empty when the bundle is not sealed.
    """

    def __init__(
        self,
        message: str,
        *,
        bundle_id: str | None = None,
        subject: str | None = None,
        hint: str | None = None,
        changed: tuple[str, ...] = (),
        added: tuple[str, ...] = (),
        removed: tuple[str, ...] = (),
    ):
        super().__init__(message, bundle_id=bundle_id, subject=subject, hint=hint)
        self.changed = tuple(changed)
        self.added = tuple(added)
        self.removed = tuple(removed)


class RunFailed(ReproError):
    """A run that did not end with status ``ok``; ``record`` is its RunRecord when one exists."""

    def __init__(self, message: str, *, bundle_id: str | None = None, hint: str | None = None, record=None):
        super().__init__(message, bundle_id=bundle_id, hint=hint)
        self.record = record
