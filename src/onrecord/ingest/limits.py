"""Resource limits for reading: no single input can take unbounded time or memory.

Every reader reads at most ``max_bytes`` of one article (a text file, a page, a feed item, a
JSONL line, an archived page after decompression) and refuses more with a message naming the
input; files that must be parsed whole (a feed, a ``.json`` file, an archive export, standard
input) stop at ``max_file_bytes``; a page with more than ``max_elements`` HTML elements is not
parsed. JSONL and WARC files are streamed and have no size limit of their own; a WARC record, or
an overlong JSONL line, that goes on past ``max_record_bytes`` ends its file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.errors import ConfigError, InputError

__all__ = ["ReadLimits", "check_document_size", "count_elements", "format_size", "parse_size"]

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?)b?\s*$", re.I)
_UNITS = {"": 0, "k": 1, "m": 2, "g": 3, "t": 4}


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """How much of one input a reader takes before refusing it.

    Args:
        max_bytes: largest article input, in bytes: a text file, a page, a feed item, an archive
            export's document, a JSONL line, an archived page after decompression.
        max_file_bytes: largest file that must be parsed whole: a feed, a ``.json`` file, an
            archive export, standard input.
        max_elements: most HTML elements in one page (start tags counted before parsing).
        max_record_bytes: largest WARC record, as its header declares it (decompressed), and how
            far an overlong JSONL line is read through to skip it; past it the rest of that file
            is skipped, since going on would mean decompressing all of it.

    Raises:
        ConfigError: a limit is not a positive number.
    """

    max_bytes: int = 5_000_000
    max_file_bytes: int = 50_000_000
    max_elements: int = 100_000
    max_record_bytes: int = 1_000_000_000

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_file_bytes", "max_elements", "max_record_bytes"):
            value = getattr(self, name)
            if not isinstance(value, int) or value <= 0:
                raise ConfigError(f"{name} must be a positive whole number, not {value!r}")


def parse_size(value: str) -> int:
    """Read a size as people write it: ``5000000``, ``5MB``, ``500k``, ``2GiB`` (k = 1,000; Ki = 1,024).

    Raises:
        ConfigError: the value is not a size.
    """
    m = _SIZE.match(str(value))
    if not m:
        raise ConfigError(f"not a size: {value!r} (write e.g. 5000000, 5MB, 500k or 2GiB)")
    number, unit, binary = float(m.group(1)), m.group(2).lower(), m.group(3)
    size = int(number * (1024 if binary else 1000) ** _UNITS[unit])
    if size <= 0:
        raise ConfigError(f"a size must be positive, not {value!r}")
    return size


def format_size(size: int) -> str:
    """``5000000`` → ``5.0 MB``; small sizes in bytes."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def count_elements(html: str) -> int:
    """Roughly how many elements a page has: its start tags, counted without parsing."""
    return html.count("<") - html.count("</") - html.count("<!") - html.count("<?")


def check_document_size(
    content: str, media_type: str, limits: ReadLimits, source: str, location: str | None = None
) -> None:
    """Refuse an article larger than the limits before it is cleaned or parsed.

    Raises:
        InputError: the text is longer than ``max_bytes``, or the page has more than
            ``max_elements`` elements; the message names the input and the option to raise.
    """
    if len(content) > limits.max_bytes:
        raise InputError(
            source,
            f"article of {format_size(len(content))} is larger than the limit of "
            f"{format_size(limits.max_bytes)} (raise it with --max-bytes)",
            location,
        )
    if media_type == "html":
        elements = count_elements(content)
        if elements > limits.max_elements:
            raise InputError(
                source,
                f"page has about {elements:,} HTML elements, more than the limit of {limits.max_elements:,} "
                "(raise it with --max-elements)",
                location,
            )
