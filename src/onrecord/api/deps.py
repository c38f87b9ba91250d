"""Read-only archives for request handlers: one connection per worker thread."""

from __future__ import annotations

import threading
from pathlib import Path

from onrecord.archive import Archive

__all__ = ["ArchivePool"]


class ArchivePool:
    """Hands each worker thread its own read-only :class:`Archive` on ``path``.

    SQLite connections must not be shared between threads that use them at once; read-only
    connections let another process write (WAL) while the server reads.

    Args:
        path: the database file; it must exist (open it once for writing to migrate it).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[Archive] = []

    def get(self) -> Archive:
        """Return this thread's archive, opening it on first use."""
        archive: Archive | None = getattr(self._local, "archive", None)
        if archive is None:
            archive = Archive(self.path, readonly=True)
            self._local.archive = archive
            with self._lock:
                self._all.append(archive)
        return archive

    def close(self) -> None:
        """Close every archive the pool opened."""
        with self._lock:
            for archive in self._all:
                archive.close()
            self._all.clear()
        self._local = threading.local()
