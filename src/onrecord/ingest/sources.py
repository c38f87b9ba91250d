"""Turn the paths a user names (files, folders, globs, '-') into sources to read."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from onrecord.errors import InputError

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
    """

    name: str
    path: Path | None = None
    data: bytes | None = None

    def read_bytes(self) -> bytes:
        """Return the whole content.

        Raises:
            InputError: the file cannot be read.
        """
        if self.data is not None:
            return self.data
        assert self.path is not None
        try:
            return self.path.read_bytes()
        except OSError as exc:
            raise InputError(self.name, f"cannot read: {exc.strerror or exc}") from None

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
    paths: Iterable[str], stdin: BinaryIO | None = None, extensions: frozenset[str] | None = None
) -> Iterator[Source | InputError]:
    """Expand what the user named into sources, in a stable order.

    Folders are walked recursively (hidden files skipped, and, when ``extensions`` is given,
    files whose extension no reader takes: a README or a script in a folder of articles is not
    an article); globs are expanded, ``-`` reads standard input once. A path that matches
    nothing yields an :class:`InputError`. A file named explicitly is always read.
    """
    for raw in paths:
        if raw == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield Source("<stdin>", None, stream.read())
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            found = False
            for file in _walk(path):
                if extensions is not None and Source(str(file), file).suffix not in extensions:
                    continue
                found = True
                yield Source(str(file), file)
            if not found:
                yield InputError(raw, "folder holds no files")
        elif path.is_file():
            yield Source(raw, path)
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(os.path.expanduser(raw), recursive=True))
            files = [Path(m) for m in matches if Path(m).is_file()]
            if not files:
                yield InputError(raw, "no file matches this pattern")
            for file in files:
                yield Source(str(file), file)
        elif path.exists():
            yield InputError(raw, "not a regular file or folder")
        else:
            yield InputError(raw, "no such file or folder")
