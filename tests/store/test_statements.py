"""A statement's canonical wording is the quote's own words, without the attribution that interrupts it."""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.link import LinkItem
from onrecord.store.statements import _words, link_items, own_medium, repeated_quotes, speakerless_quotes, take_speakers


@pytest.mark.parametrize(
    ("text", "pieces", "words"),
    [
        (
            'We are ready," she said, "but not at any price.',
            ["We are ready,", "but not at any price."],
            "We are ready … but not at any price.",
        ),
        ("No deal today", [], "No deal today"),
    ],
)
def test_canonical_words(text: str, pieces: list[str], words: str) -> None:
    fragments = json.dumps([{"text": p, "start": 0, "end": len(p)} for p in pieces]) if pieces else None
    assert _words(text, fragments) == words


def _port_items(text: str) -> dict[str, LinkItem]:
    """The link items of the speaker of the "We will ..." quote of an ingested article, by the
    first 15 characters of their words."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "port.txt"
        path.write_text(text, encoding="utf-8")
        with Archive(":memory:") as archive:
            archive.ingest([str(path)])
            speaker = archive.connection.execute("SELECT speaker_id FROM quotes WHERE text LIKE 'We will%'").fetchone()
            return {it.text[:15]: it for it in link_items(archive.connection, speaker[0])}


@pytest.mark.parametrize(
    ("sentence", "again"),
    [
        ('In the same interview, Marchetti said again: "We will not sell a single berth to the cruise lines."', True),
        ('"We will not sell a single berth to the cruise lines," Marchetti repeated.', True),
        ('"We will not sell a single berth to the cruise lines, not again," Marchetti said.', False),
        ('Marchetti told reporters: "We will not sell a single berth to the cruise lines."', False),
    ],
)
def test_linking_reads_whether_the_attribution_says_the_words_are_said_again(sentence: str, again: bool) -> None:
    text = (
        "Harbour chief backs off plan\n\nPORT ALDER, Sept 16 (Meridian) - Harbour Authority chief Anne-Sophie "
        "Marchetti said on Thursday the port would not close the north quay this year.\n\n" + sentence + "\n"
    )
    items = _port_items(text)
    assert items["We will not sel"].again is again
    assert items["the port would "].again is False


@pytest.mark.parametrize(
    ("sentence", "earlier", "again"),
    [
        (
            '"We will not sell a single berth to the cruise lines," Marchetti said on Monday, a line she repeated '
            "almost word for word on Thursday.",
            True,
            False,
        ),
        ('"We will not sell a single berth to the cruise lines," Marchetti said again on Thursday.', False, True),
        ('"We will not sell a single berth to the cruise lines," Marchetti said on Monday.', False, False),
    ],
)
def test_linking_reads_whether_the_attribution_tells_of_a_later_repetition(
    sentence: str, earlier: bool, again: bool
) -> None:
    text = (
        "Harbour chief backs off plan\n\nPORT ALDER, Sept 18 (Meridian) - Harbour Authority chief Anne-Sophie "
        "Marchetti said the port would not close the north quay this year.\n\n" + sentence + "\n"
    )
    items = _port_items(text)
    item = items["We will not sel"]
    assert (item.earlier, item.again) == (earlier, again)
    if earlier:  # the day the later clause names is the repetition's, not the quote's
        assert item.said_on is None and item.said_day is None


@pytest.mark.parametrize(
    ("via", "via_kind", "outlet", "medium"),
    [
        ("Telegram", "platform", "The Norvik Herald", "post"),
        # the article's own outlet, by its name or its initials: the speaker spoke to it
        ("Norvik Herald", "outlet", "The Norvik Herald", "interview"),
        ("Harbour Wire", "wire", "HW", "interview"),
        # a wire's short name (its dateline's credit) and its header's full name
        ("Kestrel Business Wire", "wire", "Kestrel", "interview"),
        ("Kestrel", "wire", "Kestrel News Agency", "interview"),
        ("Kestrel Bay Times", "outlet", "Kestrel", None),
        # an outlet that relays the words, or no channel
        ("Radio Lorn", "outlet", "The Norvik Herald", None),
        ("Harbour Wire", "wire", None, None),
        # a person who tells what the speaker told them: a telling of its own
        ("Ines Calder", "person", "Ines Calder", "relayed"),
        ("Ines Calder", "person", None, "relayed"),
        (None, None, "The Norvik Herald", None),
    ],
)
def test_how_a_quote_s_own_occasion_reached_its_article(
    via: str | None, via_kind: str | None, outlet: str | None, medium: str | None
) -> None:
    assert own_medium(via, via_kind, outlet) == medium


@pytest.mark.parametrize(
    ("lede", "sentence", "weekday"),
    [
        # an undated wire story: its quotes that name no day are of the day its lede reports
        (
            "Harbour Authority chief Anne-Sophie Marchetti promised Tuesday that the port would not close "
            "the north quay this year, as councillors pressed her on the cruise contract.",
            'Marchetti told reporters outside the chamber: "We will not sell a single berth to the cruise lines."',
            1,
        ),
        # the quote's own attribution names its day
        (
            "Harbour Authority chief Anne-Sophie Marchetti promised Tuesday that the port would not close "
            "the north quay this year, as councillors pressed her on the cruise contract.",
            '"We will not sell a single berth to the cruise lines," Marchetti said on Monday.',
            0,
        ),
        # a channel of its own: the words reached the article another way, on a day of their own
        (
            "Harbour Authority chief Anne-Sophie Marchetti promised Tuesday that the port would not close "
            "the north quay this year, as councillors pressed her on the cruise contract.",
            '"We will not sell a single berth to the cruise lines," Marchetti wrote on Facebook.',
            None,
        ),
        # a day named just before it: the words may be of that day's occasion
        (
            "Harbour Authority chief Anne-Sophie Marchetti promised Tuesday that the port would not close "
            "the north quay this year, as councillors pressed her on the cruise contract.",
            "The cruise lines had on Monday asked for berths. In a statement, Marchetti replied: "
            '"We will not sell a single berth to the cruise lines."',
            None,
        ),
        # a lede whose day is an event's, not of words said: the quotes may be said after it
        (
            "Harbour Authority chief Anne-Sophie Marchetti lost a vote of confidence on Tuesday, as councillors "
            "pressed her on the cruise contract.",
            'Marchetti told reporters outside the chamber: "We will not sell a single berth to the cruise lines."',
            None,
        ),
        # a lede that names no day
        (
            "Harbour Authority chief Anne-Sophie Marchetti promised that the port would not close the north "
            "quay this year, as councillors pressed her on the cruise contract.",
            'Marchetti told reporters outside the chamber: "We will not sell a single berth to the cruise lines."',
            None,
        ),
    ],
)
def test_an_undated_story_s_quote_that_names_no_day_is_of_the_day_its_lede_reports(
    lede: str, sentence: str, weekday: int | None
) -> None:
    text = "Harbour chief backs off plan\n\nBy Ines Calder\nThe Norvik Herald\n\n" + lede + "\n\n" + sentence + "\n"
    items = _port_items(text)
    assert items["We will not sel"].when is None
    assert items["We will not sel"].weekday == weekday


def test_a_quote_with_no_speaker_finds_the_quotes_that_hold_its_words_and_takes_a_speaker(tmp_path: Path) -> None:
    said = tmp_path / "said.txt"
    said.write_text(
        'Quay notes\n\n"The night ferry will stop at Holmvik from the first of May," harbour chief Tove Lien said.',
        encoding="utf-8",
    )
    pull = tmp_path / "pull.txt"
    pull.write_text(
        'Quay notes again\n\n"The night ferry will stop at Holmvik."\n\nThe vote is on Friday.', encoding="utf-8"
    )
    with Archive(":memory:") as archive:
        conn = archive.connection
        archive.ingest([str(pull)])
        (alone,) = speakerless_quotes(conn)
        assert repeated_quotes(conn, alone) == []
        archive.ingest([str(said)])  # linking gives it the speaker of the quote it repeats
        assert speakerless_quotes(conn) == []
        holder = next(q for q in archive.quotes() if "first of May" in q.text)
        found = repeated_quotes(conn, replace(alone, speaker_id=None))
        assert [w.quote_id for w in found] == [holder.quote_id]
        assert holder.speaker is not None and found[0].speaker_id == holder.speaker.id
        conn.execute("UPDATE quotes SET speaker_id = NULL, speaker_name = NULL WHERE id = ?", (alone.quote_id,))
        left = take_speakers(conn, {alone.quote_id: found[0].speaker_id or ""})
        assert len(left) == 1  # it leaves the statement it was in
        row = conn.execute("SELECT speaker_name, statement_id FROM quotes WHERE id = ?", (alone.quote_id,)).fetchone()
        assert tuple(row) == ("Tove Lien", None)


def test_a_quote_with_no_speaker_that_changes_a_word_finds_the_quote_it_nearly_repeats(tmp_path: Path) -> None:
    said = tmp_path / "said.txt"
    said.write_text(
        'Roof money\n\n"The council will pay for a new roof on each school in the county this year," '
        "mayor Petra Lund said.",
        encoding="utf-8",
    )
    pull = tmp_path / "pull.txt"
    pull.write_text(
        'Roof again\n\n"The council will pay for a new roof on every school in the county."\n\nA vote is due.',
        encoding="utf-8",
    )
    with Archive(":memory:") as archive:
        conn = archive.connection
        archive.ingest([str(said)])
        holder = next(q for q in archive.quotes() if "each school" in q.text)
        archive.ingest([str(pull)])
        assert speakerless_quotes(conn) == []  # it took the mayor's name
        nearly = next(q for q in archive.quotes() if "every school" in q.text)
        assert nearly.speaker is not None and holder.speaker is not None
        assert nearly.speaker.id == holder.speaker.id


def test_a_quote_dated_only_by_its_lede_carries_that_day_as_no_sure_one() -> None:
    text = (
        "Shipyard wins hull order\n\nBy Ines Holt | The Lakeside Post\nPublished March 10, 2027, 5:00 a.m. CT\n\n"
        "NORVIK — The Norvik shipyard won a contract for four hulls on Monday.\n\n"
        'Shipyard chief Tomas Brennvik said: "We will keep every welder on the payroll until the new hulls '
        'are built."\n'
    )
    item = _port_items(text)["We will keep ev"]
    assert item.said_on is None
    assert item.carried and not item.day_told
    assert item.said_day == date(2027, 3, 8).toordinal() and item.likely_day() is None


@pytest.mark.parametrize(
    ("said_on", "source", "withheld", "withheld_source", "said_on_read", "said_day_read", "day_told"),
    [
        # a day the gate withheld from the record is still the day linking reads
        (None, None, "2027-05-04", "context", None, "2027-05-04", True),
        (None, None, "2027-05-04", "preceding", "2027-05-04", "2027-05-04", False),
        # a day placed later (by linked reports) does not replace the rules' day for linking
        ("2027-05-06", "linked", "2027-05-04", "lede", None, "2027-05-04", False),
        # no day withheld: the published day, as before
        ("2027-05-05", "stated", None, None, "2027-05-05", "2027-05-05", False),
        (None, None, None, None, None, None, False),
    ],
)
def test_linking_reads_the_rules_day_the_gate_withheld(
    said_on: str | None,
    source: str | None,
    withheld: str | None,
    withheld_source: str | None,
    said_on_read: str | None,
    said_day_read: str | None,
    day_told: bool,
) -> None:
    from onrecord.model import Article, Quote
    from onrecord.store.articles import put_article
    from onrecord.store.quotes import put_quotes

    body = "Ferry fares\n\nThe ferry will run all winter, the harbour master told the council.\n"
    text = "The ferry will run all winter"
    with Archive(":memory:") as archive:
        conn = archive.connection
        put_article(conn, Article("a9", body, body, body, ((0, 0, len(body)),), "h9", published="2027-05-07"))
        quote = Quote(
            "q9", "a9", "indirect", text, body.index(text), body.index(text) + len(text), None, None,
            said_on=said_on, said_on_source=source, withheld_said_on=withheld, withheld_said_on_source=withheld_source,
        )  # fmt: skip
        put_quotes(conn, "a9", [quote])
        (item,) = link_items(conn, None)

    def ordinal(day: str | None) -> int | None:
        return date.fromisoformat(day).toordinal() if day else None

    assert item.day == ordinal(said_day_read or "2027-05-07")
    assert (item.said_on, item.said_day) == (ordinal(said_on_read), ordinal(said_day_read))
    assert item.day_told is day_told


def test_join_statements_keeps_each_quotes_speaker(tmp_path: Path) -> None:
    from onrecord.link import LinkOptions
    from onrecord.store.statements import join_statements, speaker_sizes

    said = '"The north pier at Caddow will reopen to anglers by the end of May," '
    (tmp_path / "a.txt").write_text(
        "Caddow pier\n\nCADDOW, April 2, 2026 — Repairs went on.\n\n" + said + "said harbour engineer Ines Marrow.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Caddow pier\n\nCADDOW, April 2, 2026 — Repairs went on.\n\n" + said + "the Caddow Pier Trust said.\n",
        encoding="utf-8",
    )
    with Archive(":memory:", link=LinkOptions(across=False)) as archive:
        archive.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
        conn = archive.connection
        rows = conn.execute("SELECT id, speaker_id, statement_id FROM quotes WHERE text LIKE '%north pier%'").fetchall()
        assert len(rows) == 2 and rows[0][2] != rows[1][2]
        assert set(speaker_sizes(conn, [r[1] for r in rows]).values()) == {1}
        assert join_statements(conn, [[r[2] for r in rows]]) == 1
        after = conn.execute("SELECT speaker_id, statement_id FROM quotes WHERE text LIKE '%north pier%'").fetchall()
        assert {r[0] for r in after} == {r[1] for r in rows}
        (statement,) = {r[1] for r in after}
        query = "SELECT speaker_id, quotes FROM statements WHERE id = ?"
        speaker, quotes = conn.execute(query, (statement,)).fetchone()
        assert quotes == 2 and speaker.startswith("p:")  # a person before the body, one quote each


@pytest.mark.parametrize("whole", [True, False])
def test_a_relinked_speaker_leaves_the_other_speakers_quotes_in_a_statement_that_exists(
    tmp_path: Path, whole: bool
) -> None:
    from onrecord.link import LinkOptions
    from onrecord.store.statements import assign_statements, join_statements, replace_statements

    said = '"The ferry slipway at Dunmore will be rebuilt before the summer timetable," '
    (tmp_path / "a.txt").write_text(
        "Dunmore slipway\n\nDUNMORE, March 3, 2026 — Work began.\n\n" + said + "said port manager Olwen Tarr.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Dunmore slipway\n\nDUNMORE, March 3, 2026 — Work began.\n\n" + said + "the Dunmore Harbour Board said.\n",
        encoding="utf-8",
    )
    with Archive(":memory:", link=LinkOptions(across=False)) as archive:
        archive.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
        conn = archive.connection
        query = "SELECT id, speaker_id, speaker_kind, statement_id FROM quotes WHERE text LIKE '%slipway%'"
        rows = conn.execute(query).fetchall()
        assert join_statements(conn, [[r[3] for r in rows]]) == 1
        person = next(r for r in rows if r[2] == "person")
        body = next(r for r in rows if r[2] != "person")
        # the person's quotes are linked again on their own: the joined statement was the person's
        if whole:
            assign_statements(conn, person[1], {"s-new": [person[0]]})
        else:
            replace_statements(conn, person[1], [person[0]], {"s-new": [person[0]]})
        left = conn.execute("SELECT statement_id FROM quotes WHERE id = ?", (body[0],)).fetchone()[0]
        stored = conn.execute("SELECT speaker_id, quotes FROM statements WHERE id = ?", (left,)).fetchone()
        assert tuple(stored) == (body[1], 1)  # still a statement, of the body's one quote
        dangling = conn.execute(
            "SELECT count(*) FROM quotes q LEFT JOIN statements s ON s.id = q.statement_id "
            "WHERE q.statement_id IS NOT NULL AND s.id IS NULL"
        ).fetchone()[0]
        assert dangling == 0


def test_storing_the_unattributed_statements_reads_past_quotes_of_no_statement_yet(tmp_path: Path) -> None:
    from onrecord.store.statements import assign_statements

    (tmp_path / "a.txt").write_text(
        'Dunmore slipway\n\nDUNMORE, March 3, 2026 — Work began.\n\n"The slipway will be rebuilt before summer."\n\n'
        '"Nobody will lose a mooring."\n',
        encoding="utf-8",
    )
    with Archive(":memory:") as archive:
        archive.ingest([str(tmp_path / "a.txt")])
        conn = archive.connection
        rows = conn.execute("SELECT id FROM quotes WHERE speaker_id IS NULL ORDER BY id").fetchall()
        assert len(rows) == 2
        conn.execute("UPDATE quotes SET statement_id = NULL WHERE id = ?", (rows[0][0],))  # new in a batch
        assign_statements(conn, None, {"s-one": [rows[0][0]], "s-two": [rows[1][0]]})
        stored = dict(conn.execute("SELECT id, statement_id FROM quotes WHERE speaker_id IS NULL").fetchall())
        assert stored == {rows[0][0]: "s-one", rows[1][0]: "s-two"}


def _items_of_article(body: str, text: str) -> LinkItem:
    """The link item of the one quote ``text`` of an article of untold language with ``body``."""
    from onrecord.model import Article, Quote
    from onrecord.store.articles import put_article
    from onrecord.store.quotes import put_quotes

    with Archive(":memory:") as archive:
        conn = archive.connection
        put_article(conn, Article("a7", body, body, body, ((0, 0, len(body)),), "h7", published="2027-04-02"))
        start = body.index(text)
        put_quotes(conn, "a7", [Quote("q7", "a7", "direct", text, start, start + len(text), None, None)])
        (item,) = link_items(conn, None)
    return item


def test_a_wording_of_an_article_in_an_unread_language_is_in_that_language() -> None:
    # a Scottish Gaelic report: the quote alone writes "an" twice and would be read as English
    quote = "Tha an drochaid ùr ag atharrachadh an rathaid"
    body = (
        "Drochaid ùr thar na h-aibhne ann am Baile Mhic Ara\n\n"
        "BAILE MHIC ARA — Thuirt ceannard na comhairle Seumas MacLeòid Diluain gum bi an drochaid ùr "
        "fosgailte ron t-samhradh, agus gun robh an obair air a dhol gu math thairis air a' gheamhradh. "
        f'"{quote}," thuirt e. Bha muinntir a\' bhaile toilichte leis an naidheachd, ach tha cuid fhathast '
        "draghail mu chosgais na h-obrach agus mu na rathaidean beaga timcheall air a' bhaile.\n"
    )
    assert _items_of_article(body, quote).language == "und"


def test_a_wording_of_an_english_article_keeps_its_untold_language() -> None:
    quote = "The new bridge changes the whole road"
    body = (
        "New bridge over the river at Ballymara\n\n"
        "BALLYMARA — The council leader James MacLeod said on Monday that the new bridge will be open "
        "before the summer, and that the work had gone well over the winter. "
        f'"{quote}," he said. People in the town were pleased with the news, but some are still worried '
        "about the cost of the work and about the small roads around the town.\n"
    )
    assert _items_of_article(body, quote).language is None
