"""Stored speakers: how a speaker's display name is chosen among its forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.store.speakers import _holds, _in_latin_letters


@pytest.mark.parametrize(
    ("name", "fewer", "held"),
    [
        ("Luisa Fernández Arriaga", "Fernández Arriaga", True),  # the surnames at the end
        ("Rana Muhammad Tariq Bhatti", "Rana Tariq", True),  # two of four names
        ("Rana Muhammad Tariq Bhatti", "Tariq Rana", False),  # another order
        ("Rana Tariq", "Rana Tariq", False),  # the same form holds no other
        ("Rana Tariq", "Rana Muhammad Tariq", False),
    ],
)
def test_a_name_holds_a_shorter_one(name: str, fewer: str, held: bool) -> None:
    assert _holds(name.split(), fewer.split()) is held


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        ("Trần Thị Minh Thư", True),  # Vietnamese letters lie beyond the first Latin blocks
        ("Hà", True),
        ("Anne-Sophie O'Rourke", True),
        ("Дмитрий Песков", False),
        ("Νίκος Παππάς", False),
        ("روری اودانل", False),
    ],
)
def test_a_name_in_latin_letters(name: str, latin: bool) -> None:
    """The display name is a Latin one first: by script, not by code point."""
    assert _in_latin_letters(name) is latin


def test_a_body_s_name_is_chosen_over_its_owner_s_form() -> None:
    """ "High Court of Tarnvik" over "Tarnvik's High Court", though more articles write the second."""
    from onrecord.archive import Archive
    from onrecord.store import speakers as store

    with Archive(":memory:") as archive:
        conn = archive.connection
        row = store.SpeakerRow("o:high-court-of-tarnvik", "Tarnvik's High Court", "organisation", "x", None, None)
        store.upsert_speaker(conn, row)
        store.add_alias(conn, row.id, "High Court of Tarnvik", "name", None)
        for _ in range(3):
            store.add_alias(conn, row.id, "Tarnvik's High Court", "name", None)
        store.refresh_names(conn, [row.id])
        found = store.get_speaker(conn, row.id)
    assert found is not None and found.name == "High Court of Tarnvik"


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("de la olmeda", ["p:anselmo-de-la-olmeda-urquiola"]),  # between the given name and the last word
        ("anselmo de la olmeda", []),  # the name's first words: not between two others
        ("urkuiola", []),  # its last word
        ("la ol", []),  # whole words only
    ],
)
def test_people_with_name_words_between_two_others(words: str, found: list[str]) -> None:
    from onrecord.archive import Archive
    from onrecord.store import speakers as store

    with Archive(":memory:") as archive:
        conn = archive.connection
        row = store.SpeakerRow(
            "p:anselmo-de-la-olmeda-urquiola",
            "Anselmo de la Olmeda Urquiola",
            "person",
            "anselmo de la olmeda urkuiola",
            "urkuiola",
            "m",
        )
        store.upsert_speaker(conn, row)
        assert [r.id for r in store.people_with_name_words(conn, words)] == found


def test_speaker_mentions_are_the_articles_that_name_a_speaker(tmp_path: Path) -> None:
    from onrecord.archive import Archive
    from onrecord.store import speakers as store

    path = tmp_path / "a.jsonl"
    text = "Harbour pilot Teodoro de la Vereda Ondarreta said the channel would be dredged in the spring."
    path.write_text(json.dumps({"id": "n1", "published": "2027-09-06", "text": text}) + "\n")
    with Archive(":memory:") as archive:
        archive.ingest([str(path)])
        (sid,) = {q.speaker.id for q in archive.quotes(article="n1") if q.speaker}
        ((article_id, _language, body, named),) = store.speaker_mentions(archive.connection, sid)
    assert (article_id, body, named.name) == ("n1", text, "Teodoro de la Vereda Ondarreta")
    assert named.roles == ("Harbour pilot",)


@pytest.mark.parametrize(
    ("letter", "found"),
    [("u", ["p:ub", "p:ufo"]), ("U", ["p:ub", "p:ufo"]), ("_", []), ("o", [])],  # people only, by id
)
def test_people_by_the_first_letter_of_their_name(letter: str, found: list[str]) -> None:
    from onrecord.archive import Archive
    from onrecord.store import speakers as store

    with Archive(":memory:") as archive:
        conn = archive.connection
        for row in (
            store.SpeakerRow("p:ufo", "Upland Fisheries Office", "person", "upland fisheries office", None, None),
            store.SpeakerRow("p:ub", "Ulla Brandt", "person", "ulla brandt", "brandt", "f"),
            store.SpeakerRow("o:ua", "Upland Anglers", "organisation", "upland anglers", None, None),
        ):
            store.upsert_speaker(conn, row)
        assert [r.id for r in store.people_by_initial(conn, letter)] == found
