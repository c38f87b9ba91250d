"""onrecord: who said what, when, and who reported it.

Public API::

    import onrecord
    quotes = onrecord.extract(text, published="2025-12-11")
    with onrecord.Archive("onrecord.db") as archive:
        archive.ingest(["news/"])
        archive.quotes(speaker="Peskov")
"""

from __future__ import annotations

from onrecord import (
    _blas,  # noqa: F401  (first: it must run before numpy loads)
    errors,
)
from onrecord.archive import Archive, IngestReport
from onrecord.errors import (
    ConfigError,
    ConflictError,
    EvaluationError,
    InputError,
    NotFoundError,
    OnrecordError,
    StoreError,
)
from onrecord.extract import extract
from onrecord.model import Article, Document, Quote, Span, Speaker, SpeakerRef, Statement

__version__ = "0.1.0"

__all__ = [
    "Archive",
    "Article",
    "ConfigError",
    "ConflictError",
    "Document",
    "EvaluationError",
    "IngestReport",
    "InputError",
    "NotFoundError",
    "OnrecordError",
    "Quote",
    "Span",
    "Speaker",
    "SpeakerRef",
    "Statement",
    "StoreError",
    "__version__",
    "errors",
    "extract",
]
