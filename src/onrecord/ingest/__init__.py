"""Readers: files, folders, globs and stdin into :class:`~onrecord.model.Document` records.

Readers register themselves by name (``text``, ``html``, ``feed``, ``jsonl``, ``json``, ``warc``,
``newsarchive``); add one with ``READERS.add(name, reader)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

from onrecord.errors import InputError, OnrecordError
from onrecord.ingest import feed, html, jsonl, newsarchive, text, warc  # noqa: F401  (registers the readers)
from onrecord.ingest.base import READERS, Reader, choose_reader
from onrecord.ingest.limits import ReadLimits, check_document_size
from onrecord.ingest.sources import Source, iter_sources
from onrecord.model import Document

__all__ = [
    "READERS",
    "ReadLimits",
    "Reader",
    "Source",
    "choose_reader",
    "iter_sources",
    "known_extensions",
    "read_paths",
    "read_source",
]


def read_source(source: Source, format: str | None = None) -> Iterator[Document | InputError]:
    """Yield the documents of one source, and an error for each part that cannot be read.

    A document larger than the source's limits (``source.limits``) comes back as its error.
    """
    try:
        reader = choose_reader(source, format)
        for item in reader.read(source):
            if isinstance(item, Document):
                try:
                    check_document_size(item.content, item.media_type, source.limits, item.source, item.location)
                except InputError as exc:
                    item = exc
            yield item
    except InputError as exc:
        yield exc
    except OnrecordError:
        raise
    except Exception as exc:  # a third-party parser failing on odd input must not end the run
        yield InputError(source.name, f"cannot be read: {type(exc).__name__}: {exc}")


def known_extensions() -> frozenset[str]:
    """Every file extension some registered reader takes (and none: a file without one)."""
    return frozenset(ext for _, reader in READERS for ext in reader.extensions) | {""}


def read_paths(
    paths: Iterable[str],
    format: str | None = None,
    stdin: BinaryIO | None = None,
    limits: ReadLimits | None = None,
) -> Iterator[Document | InputError]:
    """Yield every document under ``paths`` (files, folders, globs, ``-``), errors in between."""
    for source in iter_sources(paths, stdin=stdin, extensions=known_extensions(), limits=limits):
        if isinstance(source, InputError):
            yield source
            continue
        yield from read_source(source, format)
