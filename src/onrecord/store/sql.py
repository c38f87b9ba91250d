"""SQL fragments the query modules share."""

from __future__ import annotations

__all__ = ["day_range"]


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
