"""SQL fragments the query modules share."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from onrecord.errors import InputError

__all__ = ["Page", "after_key", "day_range", "decode_cursor", "encode_cursor", "order_by"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a listing: its items and the cursor of the next page (None on the last)."""

    items: list[T] = field(default_factory=list)
    next: str | None = None


def encode_cursor(key: Sequence[object]) -> str:
    """Encode the sort key of a page's last row as an opaque, URL-safe cursor."""
    raw = json.dumps(list(key), separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[object]:
    """Decode a cursor made by :func:`encode_cursor` for a sort key of ``size`` values.

    Raises:
        InputError: the cursor is not one this archive gave out.
    """
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(raw)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        key = None
    if (
        not isinstance(key, list)
        or len(key) != size
        or not all(v is None or (isinstance(v, (str, int, float)) and not isinstance(v, bool)) for v in key)
    ):
        raise InputError("cursor", f"{cursor[:40]!r} is not a cursor from this listing; start again without it")
    return key


def order_by(order: Sequence[tuple[str, bool]]) -> str:
    """The ORDER BY clause (without the keywords) for ``(expression, descending)`` pairs."""
    return ", ".join(f"{e} DESC" if d else e for e, d in order)


def day_range(expression: str, since: str | None, until: str | None) -> tuple[list[str], list[object]]:
    """WHERE clauses (and their parameters) keeping rows whose day ``expression`` is in range.

    ``expression`` is an ISO date or datetime column; only its first ten characters count.
    """
    clauses: list[str] = []
    params: list[object] = []
    if since:
        clauses.append(f"substr({expression}, 1, 10) >= ?")
        params.append(since[:10])
    if until:
        clauses.append(f"substr({expression}, 1, 10) <= ?")
        params.append(until[:10])
    return clauses, params


def after_key(order: Sequence[tuple[str, bool]], key: Sequence[object]) -> tuple[str, list[object]]:
    """A WHERE clause keeping rows that come after ``key`` in ``order`` (keyset pagination).

    Args:
        order: the ORDER BY as ``(expression, descending)`` pairs; the last must make rows unique.
        key: the values of those expressions on the last row of the previous page.

    Returns:
        The clause (without ``WHERE``) and its parameters.
    """
    alternatives: list[str] = []
    params: list[object] = []
    for i, (expression, descending) in enumerate(order):
        parts = [f"{e} = ?" for e, _ in order[:i]]
        parts.append(f"{expression} {'<' if descending else '>'} ?")
        alternatives.append("(" + " AND ".join(parts) + ")")
        params += [*list(key[:i]), key[i]]
    return "(" + " OR ".join(alternatives) + ")", params
