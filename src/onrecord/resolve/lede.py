"""A body's officer a report names by role first and by name right after: "The water board will
raise its tariffs in May, its chairman said on Friday." then "Councillor Tomasz Brzeg said the
rise was unavoidable ...". News copy opens so: the role in the lede, the name in the next
paragraph.

Only a role that says whose officer it is ("its chairman", "the club's manager", "their union
leader") counts, and only the first person the text names after it, close enough to be the
next paragraph, and with no role of another kind in that article. Anything else stays apart.
"""

from __future__ import annotations

import re
import sqlite3

from onrecord.model import ArticleSpeaker
from onrecord.resolve.roles import compatible, role_shape
from onrecord.store import speakers as store

__all__ = ["NEXT_NAME_CHARS", "named_next", "of_a_body"]

NEXT_NAME_CHARS = 600  # how far after the role the person must be named: about a paragraph
_OWNER = re.compile(r"^(?:its|their|his|her|the\s+\S+['’]s?|\S+['’]s?)\s+\w", re.I)


def of_a_body(role: str) -> bool:
    """Whether a role phrase says whose officer it is ("its chairman", "the club's manager")."""
    return bool(_OWNER.match(" ".join(role.split())))


def _first_at(forms: tuple[str, ...], text: str, after: int) -> int | None:
    found = [
        m.start()
        for form in forms
        if len(form) >= 3
        for m in [re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)").search(text, after)]
        if m is not None
    ]
    return min(found) if found else None


def _fits(role: ArticleSpeaker, person: ArticleSpeaker) -> bool:
    """Whether the article gives the person no role of another kind, nor another gender. A
    title alone ("Sen.", "Dr") says a rank, not another office: only roles of two words or more
    ("defence lawyer") count."""
    if role.gender is not None and person.gender is not None and role.gender != person.gender:
        return False
    wanted = role_shape(role.name)
    shapes = [s for s in map(role_shape, (r for r in person.roles if len(r.split()) > 1)) if s is not None]
    return wanted is None or not shapes or any(compatible(wanted, s) for s in shapes)


def named_next(conn: sqlite3.Connection, role: ArticleSpeaker, article_id: str, text: str) -> str | None:
    """The corpus person an article's role of a body stands for: the first person among the
    article's speakers its text names after the role, within :data:`NEXT_NAME_CHARS`, when the
    article gives that person no role of another kind; else None."""
    if not of_a_body(role.name):
        return None
    at = re.search(r"(?<!\w)" + re.escape(role.name) + r"(?!\w)", text, re.I)
    if at is None:
        return None
    firsts: list[tuple[int, ArticleSpeaker, str, str]] = []
    for local, row in store.article_speaker_rows(conn, article_id):
        where = _first_at((*local.names, local.name), text, at.end())
        if where is not None and local.kind in {"person", "organisation", "role"}:
            firsts.append((where, local, row.id, row.kind))
    if not firsts:
        return None
    where, local, person, kind = min(firsts, key=lambda f: f[0])
    if kind != "person" or local.kind != "person" or where - at.end() > NEXT_NAME_CHARS or not _fits(role, local):
        return None
    return person
