"""Speakers across the corpus: entities, aliases (names, surnames, roles with dates), merges."""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from onrecord.model import ArticleSpeaker, Speaker
from onrecord.store.sql import Page, after_key, decode_cursor, encode_cursor, order_by

__all__ = [
    "SpeakerRow",
    "add_alias",
    "article_people",
    "article_speaker_rows",
    "article_speakers",
    "candidates_by_key",
    "candidates_by_surname",
    "candidates_of",
    "drop_if_unused",
    "find_speaker_ids",
    "first_mention",
    "get_speaker",
    "has_role",
    "list_speakers",
    "merge_speaker",
    "organisations_by_alias",
    "organisations_by_first_word",
    "organisations_by_head",
    "organisations_by_initial",
    "outlet_names",
    "page_speakers",
    "people_by_first_word",
    "people_by_initial",
    "people_in_corpus",
    "people_named_ending",
    "people_with_name_words",
    "put_article_speakers",
    "refresh_names",
    "role_aliases",
    "role_holders",
    "role_rows",
    "set_article_speaker",
    "set_quote_speaker",
    "speaker_article_texts",
    "speaker_forms",
    "speaker_mentions",
    "story_speaker_rows",
    "unattributed_quotes",
    "upsert_speaker",
]


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    """A stored speaker entity."""

    id: str
    name: str
    kind: str
    key: str
    surname_key: str | None
    gender: str | None


def _row(row: sqlite3.Row | tuple[object, ...]) -> SpeakerRow:
    return SpeakerRow(*row)


def get_speaker(conn: sqlite3.Connection, speaker_id: str) -> SpeakerRow | None:
    """The speaker with this id, or None."""
    row = conn.execute(
        "SELECT id, name, kind, key, surname_key, gender FROM speakers WHERE id = ?", (speaker_id,)
    ).fetchone()
    return _row(tuple(row)) if row else None


def candidates_by_key(conn: sqlite3.Connection, kind: str, key: str) -> list[SpeakerRow]:
    """Speakers of ``kind`` whose name key is ``key``."""
    rows = conn.execute(
        "SELECT id, name, kind, key, surname_key, gender FROM speakers WHERE kind = ? AND key = ? ORDER BY id",
        (kind, key),
    )
    return [_row(tuple(r)) for r in rows]


def candidates_by_surname(conn: sqlite3.Connection, surname_key: str) -> list[SpeakerRow]:
    """People whose surname key is ``surname_key``."""
    rows = conn.execute(
        "SELECT id, name, kind, key, surname_key, gender FROM speakers "
        "WHERE kind = 'person' AND surname_key = ? ORDER BY id",
        (surname_key,),
    )
    return [_row(tuple(r)) for r in rows]


def organisations_by_head(conn: sqlite3.Connection, head_key: str) -> list[SpeakerRow]:
    """Organisations whose name key ends in the word ``head_key`` ("health ministry" for "ministry")."""
    rows = conn.execute(
        "SELECT id, name, kind, key, surname_key, gender FROM speakers "
        "WHERE kind = 'organisation' AND key LIKE ? ESCAPE '\\' ORDER BY id",
        ("% " + head_key.replace("%", "\\%").replace("_", "\\_"),),
    )
    return [_row(tuple(r)) for r in rows]


def _by_initial(conn: sqlite3.Connection, kind: str, letter: str, *, after_the: bool) -> list[SpeakerRow]:
    """Speakers of ``kind`` whose stored name starts with this letter (any case), or, with
    ``after_the``, whose name after a leading "the " does."""
    starts = letter.upper().replace("%", "\\%").replace("_", "\\_") + "%"
    where = "(name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')" if after_the else "name LIKE ? ESCAPE '\\'"
    rows = conn.execute(
        f"SELECT id, name, kind, key, surname_key, gender FROM speakers WHERE kind = ? AND {where} ORDER BY id",
        (kind, starts, "the " + letter.upper() + "%") if after_the else (kind, starts),
    )
    return [_row(tuple(r)) for r in rows]


def organisations_by_initial(conn: sqlite3.Connection, letter: str) -> list[SpeakerRow]:
    """Organisations whose stored name starts with this letter (any case), "the" aside."""
    return _by_initial(conn, "organisation", letter, after_the=True)


def people_by_initial(conn: sqlite3.Connection, letter: str) -> list[SpeakerRow]:
    """People whose stored name starts with this letter (any case)."""
    return _by_initial(conn, "person", letter, after_the=False)


def has_role(conn: sqlite3.Connection, speaker_id: str) -> bool:
    """Whether any article gave the speaker a role ("Sen.", "the Vermont senator") or a word beside
    the name that is no role (kind ``beside``: resolution reads both)."""
    row = conn.execute(
        "SELECT 1 FROM speaker_aliases WHERE speaker_id = ? AND kind IN ('role', 'beside') LIMIT 1", (speaker_id,)
    ).fetchone()
    return row is not None


def organisations_by_first_word(conn: sqlite3.Connection, word_key: str) -> list[SpeakerRow]:
    """Organisations whose name key starts with the word ``word_key`` ("kalderan terapeutiks"
    for "kalderan")."""
    rows = conn.execute(
        "SELECT id, name, kind, key, surname_key, gender FROM speakers "
        "WHERE kind = 'organisation' AND key LIKE ? ESCAPE '\\' ORDER BY id",
        (word_key.replace("%", "\\%").replace("_", "\\_") + " %",),
    )
    return [_row(tuple(r)) for r in rows]


def people_by_first_word(conn: sqlite3.Connection, word_key: str, *, surname: bool = False) -> list[SpeakerRow]:
    """People whose name key starts with the word ``word_key`` (their given name's key), or,
    with ``surname``, whose surname key starts with the letters ``word_key``."""
    pattern = word_key.replace("%", "\\%").replace("_", "\\_") + ("%" if surname else " %")
    rows = conn.execute(
        "SELECT id, name, kind, key, surname_key, gender FROM speakers "
        f"WHERE kind = 'person' AND {'surname_key' if surname else 'key'} LIKE ? ESCAPE '\\' ORDER BY id",
        (pattern,),
    )
    return [_row(tuple(r)) for r in rows]


def people_with_name_words(conn: sqlite3.Connection, words_key: str) -> list[SpeakerRow]:
    """People whose name key holds these words, between two others ("ernesto de la kruz mamani"
    for "de la kruz")."""
    pattern = "% " + words_key.replace("%", "\\%").replace("_", "\\_") + " %"
    rows = conn.execute(
        "SELECT id, name, kind, key, surname_key, gender FROM speakers "
        "WHERE kind = 'person' AND key LIKE ? ESCAPE '\\' ORDER BY id",
        (pattern,),
    )
    return [_row(tuple(r)) for r in rows]


def outlet_names(conn: sqlite3.Connection) -> list[str]:
    """The names of the outlets the stored articles come from."""
    return [r[0] for r in conn.execute("SELECT name FROM outlets ORDER BY name")]


def people_named_ending(conn: sqlite3.Connection, word: str) -> list[tuple[SpeakerRow, str]]:
    """People a name form of several words ending in ``word`` named (as written: "Bello" for
    "Musa Dankaro Bello"): each person with each such form, its stored name among them."""
    pattern = "% " + word.replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute(
        "SELECT s.id, s.name, s.kind, s.key, s.surname_key, s.gender, a.alias FROM speakers s "
        "JOIN speaker_aliases a ON a.speaker_id = s.id WHERE s.kind = 'person' AND a.kind = 'name' "
        "AND a.alias LIKE ? ESCAPE '\\' "
        "UNION SELECT id, name, kind, key, surname_key, gender, name FROM speakers "
        "WHERE kind = 'person' AND name LIKE ? ESCAPE '\\' ORDER BY 1, 7",
        (pattern, pattern),
    )
    return [(_row(tuple(r[:6])), str(r[6])) for r in rows]


def upsert_speaker(conn: sqlite3.Connection, row: SpeakerRow) -> None:
    """Create a speaker, or update its name, key and gender."""
    conn.execute(
        "INSERT INTO speakers(id, name, kind, key, surname_key, gender) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, key = excluded.key, "
        "surname_key = excluded.surname_key, gender = coalesce(speakers.gender, excluded.gender)",
        (row.id, row.name, row.kind, row.key, row.surname_key, row.gender),
    )


_ALIAS_UPSERT = (
    "ON CONFLICT(speaker_id, alias, kind) DO UPDATE SET count = count + excluded.count, "
    "first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen, first_seen)), "
    "last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, last_seen))"
)


def add_alias(conn: sqlite3.Connection, speaker_id: str, alias: str, kind: str, day: str | None) -> None:
    """Record that ``alias`` named the speaker on ``day``; ``kind``: ``name``, ``surname``, ``role``, or
    ``beside`` (words read beside the name that are no role, "fact-checking": resolution reads them as
    roles, the speaker's page and search do not)."""
    conn.execute(
        "INSERT INTO speaker_aliases(speaker_id, alias, kind, first_seen, last_seen, count) VALUES (?,?,?,?,?,1) "
        + _ALIAS_UPSERT,
        (speaker_id, alias, kind, day, day),
    )


def role_holders(conn: sqlite3.Connection, role: str, day: str | None, window_days: int) -> list[str]:
    """People a role phrase named within ``window_days`` of ``day`` (or ever, without a day)."""
    if day:
        rows = conn.execute(
            "SELECT DISTINCT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
            "WHERE a.kind IN ('role', 'beside') AND a.alias = ? COLLATE NOCASE AND s.kind = 'person' "
            "AND julianday(?) BETWEEN julianday(coalesce(a.first_seen, ?)) - ? "
            "AND julianday(coalesce(a.last_seen, ?)) + ? "
            "ORDER BY a.speaker_id",
            (role, day[:10], day[:10], window_days, day[:10], window_days),
        )
    else:
        rows = conn.execute(
            "SELECT DISTINCT a.speaker_id FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
            "WHERE a.kind IN ('role', 'beside') AND a.alias = ? COLLATE NOCASE AND s.kind = 'person' "
            "ORDER BY a.speaker_id",
            (role,),
        )
    return [r[0] for r in rows]


def role_aliases(
    conn: sqlite3.Connection, day: str | None, window_days: int, speaker_ids: Iterable[str] | None = None
) -> dict[str, list[str]]:
    """The role phrases each person was given within ``window_days`` of ``day`` (ever, without
    a day): of the people ``speaker_ids`` names, or of every person when it is None."""
    sql = (
        "SELECT a.speaker_id, a.alias FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id "
        "WHERE a.kind IN ('role', 'beside') AND s.kind = 'person'"
    )
    params: list[object] = []
    if day:
        sql += (
            " AND julianday(?) BETWEEN julianday(coalesce(a.first_seen, ?)) - ? "
            "AND julianday(coalesce(a.last_seen, ?)) + ?"
        )
        params += [day[:10], day[:10], window_days, day[:10], window_days]
    out: dict[str, list[str]] = {}
    if speaker_ids is None:
        rows = conn.execute(sql + " ORDER BY a.speaker_id, a.alias", params).fetchall()
    else:
        ids = sorted(set(speaker_ids))
        rows = [
            r
            for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500))
            for r in conn.execute(
                sql + f" AND a.speaker_id IN ({','.join('?' * len(chunk))}) ORDER BY a.speaker_id, a.alias",
                [*params, *chunk],
            )
        ]
    for speaker_id, alias in rows:
        out.setdefault(speaker_id, []).append(alias)
    return out


def speaker_forms(conn: sqlite3.Connection, speaker_id: str) -> list[str]:
    """The names and surnames articles wrote for a speaker, longest first."""
    rows = conn.execute(
        "SELECT alias FROM speaker_aliases WHERE speaker_id = ? AND kind IN ('name', 'surname') "
        "UNION SELECT name FROM speakers WHERE id = ?",
        (speaker_id, speaker_id),
    )
    return sorted({str(r[0]) for r in rows}, key=lambda f: (-len(f), f))


def role_rows(
    conn: sqlite3.Connection, days: Iterable[str], window_days: int, kind: str = "role"
) -> list[tuple[str, str, ArticleSpeaker, str, str | None]]:
    """Article speakers still resolved to a role, not a person (or to another ``kind`` of
    speaker), in articles published within ``window_days`` of any of ``days`` (or with no date):
    (article id, speaker id, the article's speaker, the article's body, its day)."""
    wanted = sorted({d[:10] for d in days if d})
    near = " OR ".join("abs(julianday(substr(ar.published, 1, 10)) - julianday(?)) <= ?" for _ in wanted)
    params: list[object] = [v for d in wanted for v in (d, window_days)]
    rows = conn.execute(
        "SELECT a.article_id, a.speaker_id, a.local_id, a.name, a.kind, a.gender, a.names, a.roles, ar.body, "
        "ar.published FROM article_speakers a JOIN articles ar ON ar.id = a.article_id "
        "JOIN speakers s ON s.id = a.speaker_id WHERE s.kind = ? "
        f"AND (ar.published IS NULL{' OR ' + near if near else ''}) ORDER BY ar.published, a.article_id, a.local_id",
        [kind, *params],
    )
    return [
        (
            r[0],
            r[1],
            _article_speaker(r[2:8]),
            r[8],
            r[9][:10] if r[9] else None,
        )
        for r in rows
    ]


def article_people(conn: sqlite3.Connection, article_id: str) -> list[SpeakerRow]:
    """The people an article's speakers were resolved to."""
    rows = conn.execute(
        "SELECT DISTINCT s.id, s.name, s.kind, s.key, s.surname_key, s.gender FROM article_speakers a "
        "JOIN speakers s ON s.id = a.speaker_id WHERE a.article_id = ? AND s.kind = 'person' ORDER BY s.id",
        (article_id,),
    )
    return [_row(tuple(r)) for r in rows]


def speaker_article_texts(conn: sqlite3.Connection, speaker_id: str, *, other_than: str = "") -> list[str]:
    """The bodies of the articles in which a speaker speaks, but ``other_than``."""
    rows = conn.execute(
        "SELECT DISTINCT ar.id, ar.body FROM article_speakers a JOIN articles ar ON ar.id = a.article_id "
        "WHERE a.speaker_id = ? AND ar.id != ? ORDER BY ar.id",
        (speaker_id, other_than),
    )
    return [r[1] or "" for r in rows]


def speaker_mentions(conn: sqlite3.Connection, speaker_id: str) -> list[tuple[str, str | None, str, ArticleSpeaker]]:
    """How the articles that name a speaker name it: (the article's id, its language, its body,
    the speaker as it names it), article by article."""
    rows = conn.execute(
        "SELECT ar.id, ar.language, ar.body, a.local_id, a.name, a.kind, a.gender, a.names, a.roles "
        "FROM article_speakers a JOIN articles ar ON ar.id = a.article_id WHERE a.speaker_id = ? "
        "ORDER BY ar.id, a.local_id",
        (speaker_id,),
    )
    return [(r[0], r[1], r[2] or "", _article_speaker(r[3:9])) for r in rows]


def put_article_speakers(conn: sqlite3.Connection, article_id: str, speakers: Sequence[ArticleSpeaker]) -> None:
    """Store the speakers one article names (replacing what was stored for it)."""
    conn.execute("DELETE FROM article_speakers WHERE article_id = ?", (article_id,))
    conn.executemany(
        "INSERT INTO article_speakers(article_id, local_id, name, kind, gender, names, roles) VALUES (?,?,?,?,?,?,?)",
        [
            (article_id, s.local_id, s.name, s.kind, s.gender, json.dumps(list(s.names)), json.dumps(list(s.roles)))
            for s in speakers
        ],
    )


def _article_speaker(cols: Sequence[Any]) -> ArticleSpeaker:
    """An article speaker from its stored columns: local_id, name, kind, gender, names, roles."""
    return ArticleSpeaker(cols[0], cols[1], cols[2], cols[3], tuple(json.loads(cols[4])), tuple(json.loads(cols[5])))


def article_speakers(conn: sqlite3.Connection, article_id: str) -> list[ArticleSpeaker]:
    """The speakers one article names."""
    rows = conn.execute(
        "SELECT local_id, name, kind, gender, names, roles FROM article_speakers "
        "WHERE article_id = ? ORDER BY local_id",
        (article_id,),
    )
    return [_article_speaker(r) for r in rows]


def article_speaker_rows(conn: sqlite3.Connection, article_id: str) -> list[tuple[ArticleSpeaker, SpeakerRow]]:
    """The speakers one article names, each with the corpus speaker it was resolved to."""
    rows = conn.execute(
        "SELECT a.local_id, a.name, a.kind, a.gender, a.names, a.roles, s.id, s.name, s.kind, s.key, "
        "s.surname_key, s.gender FROM article_speakers a JOIN speakers s ON s.id = a.speaker_id "
        "WHERE a.article_id = ? ORDER BY a.local_id",
        (article_id,),
    )
    return [(_article_speaker(r[:6]), _row(tuple(r[6:]))) for r in rows]


def story_speaker_rows(
    conn: sqlite3.Connection, article_id: str, day: str | None, window_days: int
) -> list[tuple[str, ArticleSpeaker, SpeakerRow]]:
    """The speakers of the other articles published within ``window_days`` of ``day`` (all of
    them when ``day`` is None, and those with no date): (the article's body, its speaker, the
    corpus speaker it was resolved to), article by article."""
    near = (
        ""
        if day is None
        else " AND (ar.published IS NULL OR abs(julianday(substr(ar.published, 1, 10)) - julianday(?)) <= ?)"
    )
    rows = conn.execute(
        "SELECT ar.body, a.local_id, a.name, a.kind, a.gender, a.names, a.roles, s.id, s.name, s.kind, s.key, "
        "s.surname_key, s.gender FROM article_speakers a JOIN speakers s ON s.id = a.speaker_id "
        f"JOIN articles ar ON ar.id = a.article_id WHERE a.article_id != ?{near} ORDER BY a.article_id, a.local_id",
        [article_id] + ([] if day is None else [day[:10], window_days]),
    )
    return [(r[0] or "", _article_speaker(r[1:7]), _row(tuple(r[7:]))) for r in rows]


def first_mention(conn: sqlite3.Connection, article_id: str, local_id: str) -> int | None:
    """Where an article's speaker is first mentioned as the speaker of a quote (an offset in the
    article's body), or None when no quote gives its mention."""
    row = conn.execute(
        "SELECT min(mention_start) FROM quotes WHERE article_id = ? AND local_speaker = ?", (article_id, local_id)
    ).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def set_article_speaker(conn: sqlite3.Connection, article_id: str, local_id: str, speaker_id: str) -> None:
    """Point an article's speaker, and its quotes, at a corpus speaker."""
    conn.execute(
        "UPDATE article_speakers SET speaker_id = ? WHERE article_id = ? AND local_id = ?",
        (speaker_id, article_id, local_id),
    )
    conn.execute(  # a quote that changes speaker leaves its statement: it is linked again
        "UPDATE quotes SET speaker_id = ?, statement_id = CASE WHEN speaker_id IS ? THEN statement_id END "
        "WHERE article_id = ? AND local_speaker = ?",
        (speaker_id, speaker_id, article_id, local_id),
    )


def unattributed_quotes(conn: sqlite3.Connection, article_id: str) -> list[tuple[str, int, int]]:
    """An article's quotes with no speaker and not in English: (quote id, start, end) in its body."""
    rows = conn.execute(
        'SELECT id, start, "end" FROM quotes WHERE article_id = ? AND speaker_id IS NULL '
        "AND coalesce(language, '') != 'en' ORDER BY seq",
        (article_id,),
    )
    return [(str(r[0]), int(r[1]), int(r[2])) for r in rows]


def people_in_corpus(conn: sqlite3.Connection, other_than: str) -> list[tuple[str, str]]:
    """(speaker id, name) of each person the articles but ``other_than`` name as a speaker."""
    rows = conn.execute(
        "SELECT DISTINCT s.id, s.name FROM article_speakers a JOIN speakers s ON s.id = a.speaker_id "
        "WHERE s.kind = 'person' AND a.article_id != ? ORDER BY s.id",
        (other_than,),
    )
    return [(str(r[0]), str(r[1])) for r in rows]


def set_quote_speaker(conn: sqlite3.Connection, quote_id: str, speaker_id: str) -> None:
    """Give one quote a corpus speaker; it leaves its statement, to be linked again."""
    conn.execute("UPDATE quotes SET speaker_id = ?, statement_id = NULL WHERE id = ?", (speaker_id, quote_id))


def merge_speaker(conn: sqlite3.Connection, old: str, new: str, reason: str) -> None:
    """Fold speaker ``old`` into ``new``: its quotes, article speakers and aliases move over.

    The quotes leave their statements (``old``'s statements are deleted): linking ``new`` takes
    them in as it takes new quotes.
    """
    if old == new:
        return
    conn.execute("UPDATE quotes SET speaker_id = ?, statement_id = NULL WHERE speaker_id = ?", (new, old))
    conn.execute("UPDATE article_speakers SET speaker_id = ? WHERE speaker_id = ?", (new, old))
    conn.execute(
        "INSERT INTO speaker_aliases(speaker_id, alias, kind, first_seen, last_seen, count) "
        "SELECT ?, alias, kind, first_seen, last_seen, count FROM speaker_aliases WHERE speaker_id = ? AND 1 "
        + _ALIAS_UPSERT,
        (new, old),
    )
    conn.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", (old,))
    conn.execute("DELETE FROM statements WHERE speaker_id = ?", (old,))
    conn.execute("DELETE FROM speaker_candidates WHERE speaker_id = ? OR candidate_id = ?", (old, old))
    conn.execute("DELETE FROM speakers WHERE id = ?", (old,))


def candidates_of(conn: sqlite3.Connection, speaker_id: str) -> list[tuple[str, str]]:
    """The speakers recorded as ones ``speaker_id`` may be, when resolution was unsure: (id, why)."""
    rows = conn.execute(
        "SELECT candidate_id, reason FROM speaker_candidates WHERE speaker_id = ? ORDER BY candidate_id", (speaker_id,)
    )
    return [(str(r[0]), str(r[1])) for r in rows]


def drop_if_unused(conn: sqlite3.Connection, speaker_id: str) -> bool:
    """Delete a speaker no article points at any more (a role every article's use of which was
    found to be a person); return whether it was deleted."""
    used = conn.execute(
        "SELECT 1 FROM article_speakers WHERE speaker_id = ? "
        "UNION ALL SELECT 1 FROM quotes WHERE speaker_id = ? LIMIT 1",
        (speaker_id, speaker_id),
    ).fetchone()
    if used is not None:
        return False
    conn.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", (speaker_id,))
    conn.execute("DELETE FROM statements WHERE speaker_id = ?", (speaker_id,))
    conn.execute("DELETE FROM speaker_candidates WHERE speaker_id = ? OR candidate_id = ?", (speaker_id, speaker_id))
    conn.execute("DELETE FROM speakers WHERE id = ?", (speaker_id,))
    return True


# Lower-case words inside a proper name: particles and the words that join an institution's name.
_NAME_LINKS = frozenset(
    "van von de der den da di du del della des la le les dos das do ter ten bin binti al el of the and for "
    "on y e et und für".split()
)


def _holds(words: list[str], fewer: list[str]) -> bool:
    """Whether a name's words hold all of a shorter name's, in the same order."""
    rest = iter(words)
    return len(fewer) < len(words) and all(word in rest for word in fewer)


def _given_parts_split(words: list[str]) -> list[str]:
    """A name's words with its first word's hyphenated parts as words of their own ("Mai-Lis
    Orvik" → "Mai", "Lis", "Orvik"), so that "Lis Orvik" is one of its shorter forms."""
    if not words or "-" not in words[0].strip("-"):
        return words
    return [part for part in words[0].split("-") if part] + words[1:]


def _in_latin_letters(name: str) -> bool:
    """Whether every letter of a name is a Latin one, with its marks ("Trần Thị Minh Thư", whose
    Vietnamese letters lie beyond the first Latin blocks): not Cyrillic, Greek, Arabic or another
    script."""
    return all(c.isascii() or not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


_OWNED_FORM = re.compile(r"^\S+['’]s\s+\S")


def refresh_names(conn: sqlite3.Connection, speaker_ids: Iterable[str]) -> None:
    """Set each speaker's display name (its most used full name, Latin script first) on it and its
    quotes, and its kind on its quotes (a role bound to its holder is that person)."""
    for speaker_id in speaker_ids:
        speaker = get_speaker(conn, speaker_id)
        if speaker is None:
            continue
        rows = conn.execute(
            "SELECT alias, count FROM speaker_aliases WHERE speaker_id = ? AND kind = 'name'", (speaker_id,)
        ).fetchall()
        name = speaker.name
        if rows:
            forms = [str(r[0]) for r in rows]

            def rank(row: tuple[str, int], forms: list[str] = forms) -> tuple[int, int, int, int, int, str]:
                alias, count = row
                latin = _in_latin_letters(alias)
                words = alias.split()
                while len(words) > 1 and words[0].islower():
                    words = words[1:]  # "van Hoorn", "de Saint-Aubin": a surname with its particles
                # "Luisa Fernández Arriaga" over "Fernández Arriaga", "Rana Muhammad Tariq Bhatti"
                # over "Rana Tariq": a form that holds another's words in order
                # "Mai-Lis Orvik" over "Lis Orvik": each part of a hyphenated given name is a word
                fuller = sum(
                    1 for f in forms if f != alias and _holds(_given_parts_split(alias.split()), f.split())
                )
                # "Banco Central de Valdoria" over "Valdoria's central bank": a name, not a description
                proper = not any(w.islower() and w not in _NAME_LINKS for w in alias.split())
                # "High Court of Tarnvik" over "Tarnvik's High Court": the owner's form describes it
                proper = proper and not _OWNED_FORM.match(alias)
                return (latin, len(words) > 1, proper, fuller, count, alias)

            name = max(((str(r[0]), int(r[1])) for r in rows), key=rank)[0]
        if name != speaker.name:
            conn.execute("UPDATE speakers SET name = ? WHERE id = ?", (name, speaker_id))
        conn.execute(
            "UPDATE quotes SET speaker_name = ? WHERE speaker_id = ? AND speaker_name IS NOT ?",
            (name, speaker_id, name),
        )
        conn.execute(  # "the head of state" bound to its holder: the quote's speaker is that person
            "UPDATE quotes SET speaker_kind = ? WHERE speaker_id = ? AND speaker_kind IS NOT ?",
            (speaker.kind, speaker_id, speaker.kind),
        )


def organisations_by_alias(conn: sqlite3.Connection, alias: str) -> list[SpeakerRow]:
    """Organisations the corpus knows by ``alias`` (an acronym an article defined: "ADU")."""
    rows = conn.execute(
        "SELECT s.id, s.name, s.kind, s.key, s.surname_key, s.gender FROM speakers s JOIN speaker_aliases a "
        "ON a.speaker_id = s.id WHERE a.alias = ? AND s.kind = 'organisation' ORDER BY s.id",
        (alias,),
    ).fetchall()
    return [_row(r) for r in rows]


def find_speaker_ids(conn: sqlite3.Connection, name: str) -> list[str]:
    """Speakers a user means by ``name``: an id, a name, an alias (name form, surname, role)."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)
    rows = conn.execute(
        "SELECT id FROM speakers WHERE id = ? OR name = ? COLLATE NOCASE "
        "UNION SELECT speaker_id FROM speaker_aliases WHERE (alias = ? COLLATE NOCASE OR alias = ? COLLATE NOCASE) "
        "AND kind != 'beside' "
        "UNION SELECT id FROM speakers WHERE name LIKE ? ESCAPE '\\'",
        (name, name, name, bare, "% " + name.replace("%", "\\%").replace("_", "\\_")),
    )
    return sorted({r[0] for r in rows})


_AGGREGATE = (
    "SELECT s.id AS id, s.name AS name, s.kind AS kind, count(DISTINCT q.statement_id) AS statements, "
    "count(q.id) AS quotes, count(DISTINCT a.outlet_id) AS outlets, "
    "min(substr(coalesce(q.said_on, a.published), 1, 10)) AS first_seen, "
    "max(substr(coalesce(q.said_on, a.published), 1, 10)) AS last_seen "
    "FROM speakers s LEFT JOIN quotes q ON q.speaker_id = s.id LEFT JOIN articles a ON a.id = q.article_id"
)
_ORDER = (("statements", True), ("quotes", True), ("name", False), ("id", False))
_RANK = (
    "SELECT s.id AS id, s.name AS name, "
    "(SELECT count(*) FROM statements st WHERE st.speaker_id = s.id) AS statements, "
    "(SELECT count(*) FROM quotes q WHERE q.speaker_id = s.id) AS quotes FROM speakers s"
)


def _speaker_filters(ids: Sequence[str] | None, kind: str | None, query: str | None) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if ids is not None:
        clauses.append(f"s.id IN ({','.join('?' * len(ids)) or 'NULL'})")
        params += list(ids)
    if kind:
        clauses.append("s.kind = ?")
        params.append(kind)
    if query is not None:
        from onrecord.store.quotes import search_query

        expression = search_query(query)
        if expression:
            clauses.append(
                "(s.rowid IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?) OR s.id IN "
                "(SELECT speaker_id FROM speaker_aliases WHERE kind != 'beside' AND rowid IN "
                "(SELECT rowid FROM speaker_aliases_fts WHERE speaker_aliases_fts MATCH ?)))"
            )
            params += [expression, expression]
        else:
            clauses.append("0")
    return clauses, params


def _with_details(conn: sqlite3.Connection, rows: Iterable[Sequence[Any]]) -> list[Speaker]:
    out = []
    for sid, name, kind_, statements, quotes, outlets, first, last in rows:
        aliases = tuple(
            r[0]
            for r in conn.execute(
                "SELECT alias FROM speaker_aliases WHERE speaker_id = ? AND kind NOT IN ('role', 'beside') "
                "AND alias != ? ORDER BY count DESC, alias",
                (sid, name),
            )
        )
        roles = tuple(
            (r[0], r[1], r[2])
            for r in conn.execute(
                "SELECT alias, first_seen, last_seen FROM speaker_aliases WHERE speaker_id = ? AND kind = 'role' "
                "ORDER BY count DESC, alias",
                (sid,),
            )
        )
        out.append(Speaker(sid, name, kind_, aliases, roles, statements, quotes, outlets, first, last))
    return out


def list_speakers(
    conn: sqlite3.Connection,
    ids: Sequence[str] | None = None,
    *,
    kind: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[Speaker]:
    """Speakers with what the corpus says of them, most statements first."""
    if ids is not None and not ids:
        return []
    clauses, params = _speaker_filters(ids, kind, None)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = f"{_AGGREGATE}{where} GROUP BY s.id ORDER BY count(DISTINCT q.statement_id) DESC, count(q.id) DESC, s.name"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return _with_details(conn, conn.execute(sql, params).fetchall())


def page_speakers(
    conn: sqlite3.Connection,
    *,
    kind: str | None = None,
    query: str | None = None,
    after: str | None = None,
    limit: int = 50,
) -> Page[Speaker]:
    """One page of speakers, most statements first.

    Args:
        conn: the database.
        kind: only ``person``, ``organisation`` or ``role`` speakers.
        query: a search expression over names and aliases (words, "phrases", prefix*).
        after: the cursor of the page before (None: the first page).
        limit: at most this many speakers.

    Raises:
        InputError: ``after`` is not a cursor of this listing.
    """
    clauses, params = _speaker_filters(None, kind, query)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    outer = ""
    if after is not None:
        clause, key_params = after_key(_ORDER, decode_cursor(after, len(_ORDER)))
        outer = " WHERE " + clause
        params += key_params
    # rank with index-only counts, then read the details of this page's speakers alone
    sql = f"SELECT id, statements, quotes, name FROM ({_RANK}{where}){outer} ORDER BY {order_by(_ORDER)} LIMIT ?"
    rows = conn.execute(sql, [*params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = encode_cursor([rows[-1][e] for e, _ in _ORDER]) if more and rows else None
    details = {sp.id: sp for sp in list_speakers(conn, [r["id"] for r in rows])}
    return Page([details[r["id"]] for r in rows if r["id"] in details], cursor)
