"""Bytes to text: UTF-8 (with or without BOM), else cp1252 with a note; binary is refused."""

from __future__ import annotations

import codecs

from onrecord.errors import InputError

__all__ = ["decode_text", "looks_binary"]

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def looks_binary(data: bytes) -> bool:
    """Return True when ``data`` is not text: NUL bytes, or many control characters."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample and not (sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))):
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls / len(sample) > 0.05


def decode_text(data: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Decode a text file's bytes.

    Args:
        data: the file's content.
        source: the file's name, for messages.

    Returns:
        The text (BOM removed) and notes about how it was decoded.

    Raises:
        InputError: the bytes are binary, empty, or not text in any supported encoding.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ("decoded as UTF-16",)
        except UnicodeDecodeError as exc:
            raise InputError(source, f"not valid UTF-16 despite its byte order mark ({exc.reason})") from None
    if looks_binary(data):
        raise InputError(source, "binary file, not text (skip it or give the right --format)")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
        notes: tuple[str, ...] = ()
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"not UTF-8 and not cp1252 text ({exc.reason})") from None
        notes = ("not valid UTF-8; decoded as cp1252",)
    if not text.strip():
        raise InputError(source, "empty: no text to read")
    return text, notes
