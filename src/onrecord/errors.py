"""One error hierarchy for the whole package.

Every error names what it is about (a file, a record, an id) and, where it helps, what to do.
The CLI prints ``str(error)`` without a traceback; the REST API maps ``status`` to HTTP.
"""

from __future__ import annotations

import traceback

__all__ = [
    "ConfigError",
    "ConflictError",
    "EvaluationError",
    "InputError",
    "NotFoundError",
    "OnrecordError",
    "StoreError",
]


class OnrecordError(Exception):
    """Root of every error onrecord raises on purpose."""

    status: int = 500
    code: str = "error"

    def to_dict(self) -> dict[str, object]:
        """Return the one JSON error shape used by every face."""
        return {"error": {"code": self.code, "message": str(self)}}


class InputError(OnrecordError):
    """A file, record or stream that cannot be read as an article.

    Args:
        source: the path, URL or ``<stdin>`` the input came from.
        reason: what is wrong, in words a user can act on.
        location: where inside the source (``line 3``, ``item 2``, an article id), if anywhere.
        cause: the exception behind it, when it was unexpected (its traceback, kept as
            ``detail``, is shown with ``--debug``).
    """

    status = 400
    code = "bad_input"

    def __init__(
        self, source: str, reason: str, location: str | None = None, cause: BaseException | None = None
    ) -> None:
        self.source = source
        self.reason = reason
        self.location = location
        self.detail = "".join(traceback.format_exception(cause)) if cause is not None else None
        where = f"{source}, {location}" if location else source
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        # errors cross process boundaries (worker pools): keep every field, the traceback as text
        return (_rebuild_input_error, (self.source, self.reason, self.location, self.detail))


class StoreError(OnrecordError):
    """The database cannot be opened, migrated or written."""

    code = "store_error"


class ConfigError(OnrecordError):
    """An option or a combination of options that cannot work."""

    status = 400
    code = "bad_option"


class NotFoundError(OnrecordError):
    """An article, quote, speaker or statement that the archive does not hold."""

    status = 404
    code = "not_found"


class ConflictError(OnrecordError):
    """An operation that clashes with one already under way (a second ingest into the same archive)."""

    status = 409
    code = "conflict"


class EvaluationError(OnrecordError):
    """Evaluation data that is missing or not in the expected shape."""

    status = 400
    code = "bad_evaluation_data"


def _rebuild_input_error(source: str, reason: str, location: str | None, detail: str | None) -> InputError:
    error = InputError(source, reason, location)
    error.detail = detail
    return error
