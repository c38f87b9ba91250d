"""Turn the paths a user names (files, folders, globs, '-') into sources to read."""

from __future__ import annotations

import contextlib
import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NoReturn

from onrecord.errors import InputError
from onrecord.ingest.limits import ReadLimits, format_size

__all__ = ["STDIN", "Source", "iter_sources"]

STDIN = "-"
_SKIP_NAMES = {".DS_Store", "Thumbs.db"}


@dataclass(frozen=True, slots=True)
class Source:
    """One file (or standard input) to read.

    Args:
        name: the path as shown to the user, or ``<stdin>``.
        path: the file, or None for standard input.
        data: the bytes already read (standard input), else None.
        limits: how much of it readers may take.
    """

    name: str
    path: Path | None = None
    data: bytes | None = None
    limits: ReadLimits = field(default_factory=ReadLimits)

    def read_bytes(self, limit: int | None = None, option: str = "--max-bytes") -> bytes:
        """Return the whole content, reading no more than ``limit`` bytes.

        Args:
            limit: the most bytes to take (None: all of them).
            option: the option that raises the limit, for the message.

        Raises:
            InputError: the file cannot be read, or is larger than ``limit``.
        """
        if self.data is not None:
            data = self.data
        else:
            assert self.path is not None
            size = 0
            with contextlib.suppress(OSError):  # a regular file is refused before it is read
                size = self.path.stat().st_size
            if limit is not None and size > limit:
                self._too_large(size, limit, option)
            try:
                if limit is None:
                    return self.path.read_bytes()
                with self.path.open("rb") as stream:
                    data = stream.read(limit + 1)  # a pipe or a growing file: read no more
            except OSError as exc:
                raise InputError(self.name, f"cannot read: {exc.strerror or exc}") from None
        if limit is not None and len(data) > limit:
            self._too_large(len(data), limit, option, at_least=self.data is None)
        return data

    def _too_large(self, size: int, limit: int, option: str, at_least: bool = False) -> NoReturn:
        more = "more than " if at_least else ""
        raise InputError(
            self.name,
            f"file of {more}{format_size(size)} is larger than the limit of {format_size(limit)} "
            f"(raise it with {option})",
        )

    def open(self) -> BinaryIO:
        """Open the content as a binary stream (for readers that stream, like WARC)."""
        import io

        if self.path is None:
            return io.BytesIO(self.data or b"")
        try:
            return self.path.open("rb")
        except OSError as exc:
            raise InputError(self.name, f"cannot read: {exc.strerror or exc}") from None

    @property
    def suffix(self) -> str:
        """The lower-case extension with its dot, or '' (``.jsonl``, ``.html``, ``.warc.gz``)."""
        name = (self.path.name if self.path else "").lower()
        if name.endswith(".gz"):
            return Path(name[:-3]).suffix + ".gz"
        return Path(name).suffix


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name in _SKIP_NAMES:
                continue
            yield Path(root) / name


def iter_sources(
    paths: Iterable[str],
    stdin: BinaryIO | None = None,
    extensions: frozenset[str] | None = None,
    limits: ReadLimits | None = None,
) -> Iterator[Source | InputError]:
    """Expand what the user named into sources, in a stable order.

    Folders are walked recursively (hidden files skipped, and, when ``extensions`` is given,
    files whose extension no reader takes: a README or a script in a folder of articles is not
    an article); globs are expanded, ``-`` reads standard input once (at most
    ``limits.max_file_bytes``). A path that matches nothing yields an :class:`InputError`. A file
    named explicitly is always read. Every source carries ``limits`` for its reader.
    """
    limits = limits or ReadLimits()
    for raw in paths:
        if raw == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(limits.max_file_bytes + 1)
            if len(data) > limits.max_file_bytes:
                yield InputError(
                    "<stdin>",
                    f"more than {format_size(limits.max_file_bytes)} on standard input "
                    "(raise it with --max-file-bytes, or name the file)",
                )
                continue
            yield Source("<stdin>", None, data, limits)
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            found = False
            for file in _walk(path):
                if extensions is not None and Source(str(file), file).suffix not in extensions:
                    continue
                found = True
                yield Source(str(file), file, limits=limits)
            if not found:
                yield InputError(raw, "folder holds no files")
        elif path.is_file():
            yield Source(raw, path, limits=limits)
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(os.path.expanduser(raw), recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                yield InputError(raw, "no file matches this pattern")
            for file in files:
                yield Source(str(file), file, limits=limits)
        elif path.exists():
            yield InputError(raw, "not a regular file or folder")
        else:
            yield InputError(raw, "no such file or folder")
