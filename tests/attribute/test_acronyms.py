"""Acronyms an article spells out, inside the article and across the corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord import extract
from onrecord.archive import Archive
from onrecord.attribute.acronyms import bracketed_initials, defined_acronyms, definition_spans, spells


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the Aldmark Dockworkers' Union (ADU) said", {"ADU": "Aldmark Dockworkers' Union"}),
        ("the Federal Consumer Safety Board (FCSB) and", {"FCSB": "Federal Consumer Safety Board"}),
        ("the Bank of Estmark (BoE) said", {}),  # mixed case: no acronym
        ("the Office of the Prime Minister (OPM) said", {"OPM": "Office of the Prime Minister"}),
        ("Sen. Maria Ruiz (D-Ore.) said", {}),
        ("a pressure of 40 (PSI)", {}),
        # a company's acronym may take more than a word's initial, and its legal form no letter
        ("Brunvik Marinetechnik (BMT) said", {"BMT": "Brunvik Marinetechnik"}),
        ("Kelvard Tankers A/S (KVT), the shipowner", {"KVT": "Kelvard Tankers A/S"}),
        ("Solgrund Kraftverk ASA (SKV) said", {"SKV": "Solgrund Kraftverk ASA"}),
        ("Ostmark Reederei AG (OMR) said", {"OMR": "Ostmark Reederei AG"}),
        ("the Kelvard Tankers (KT) said", {"KT": "Kelvard Tankers"}),
        ("Kelvard Tankers (TKV) said", {}),  # letters out of order
        ("Kelvard Tankers (KX) said", {}),  # a letter no word holds
        ("Holmgaard (HOLM) said", {}),  # one word: no acronym
        ("Minas Portena S.A. (MPSA) said", {}),  # a legal form gives no letter but an initial
        ("Minas Portena S.A. (MPS) said", {"MPS": "Minas Portena S.A."}),
    ],
)
def test_defined_acronyms(text: str, found: dict[str, str]) -> None:
    assert defined_acronyms(text) == found


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("NPL", "National Premier League", True),
        ("OPM", "Office of the Prime Minister", True),  # small words optional
        ("PM", "Office of the Prime Minister", False),  # the initials of a tail only
        ("NPL", "Northern League", False),
        ("Npl", "National Premier League", False),  # mixed case: no acronym
        ("N", "Nobody", False),
    ],
)
def test_spells(acronym: str, name: str, expected: bool) -> None:
    assert spells(acronym, name) is expected


def test_an_acronym_is_the_organisation_the_article_spelled_out() -> None:
    text = (
        "The Aldmark Dockworkers' Union (ADU) called the strike on Monday.\n\n"
        "The ADU said in a statement that its members would stay out."
    )
    [quote] = extract(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("Aldmark Dockworkers' Union", "organisation")


@pytest.mark.parametrize("order", [("full", "short"), ("short", "full")])
def test_an_acronym_in_another_article_is_the_same_organisation(tmp_path: Path, order: tuple[str, str]) -> None:
    texts = {
        "full": "The Aldmark Dockworkers' Union (ADU) said on Monday that the strike would go on.",
        "short": "Talks failed again.\n\nThe ADU said on Tuesday that members would not return.",
    }
    lines = [json.dumps({"id": key, "text": texts[key], "published": "2027-03-10"}) for key in order]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    with Archive(tmp_path / "x.db") as archive:
        archive.ingest([str(tmp_path / "a.jsonl")], batch_size=1)
        speakers = {q.speaker.id for q in archive.quotes() if q.speaker}
        assert len(speakers) == 1
        assert archive.speaker("ADU").name == "Aldmark Dockworkers' Union"


def test_an_acronym_of_more_than_initials_is_the_company_other_articles_name(tmp_path: Path) -> None:
    texts = {
        "wire": "Port news.\n\nKelvard Tankers said on Monday it would buy two ships, a spokesman said.",
        "release": (
            "Kelvard Tankers A/S (KVT), the Nordic shipowner, today announced the purchase.\n\n"
            '"This doubles our fleet," KVT said.'
        ),
    }
    lines = [json.dumps({"id": key, "text": text, "published": "2027-03-10"}) for key, text in texts.items()]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n")
    with Archive(tmp_path / "x.db") as archive:
        archive.ingest([str(tmp_path / "a.jsonl")], batch_size=1)
        speakers = {(q.speaker.id, q.speaker.kind) for q in archive.quotes() if q.speaker}
        assert len(speakers) == 1
        assert {kind for _, kind in speakers} == {"organisation"}


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("an offer to the Welders' and Riggers' Union (WRU) on Monday", ["Welders' and Riggers' Union"]),
        (
            "The Coastal Shipping Federation (CSF) and the Port Board (PB) met.",
            ["Coastal Shipping Federation", "Port Board"],
        ),
        ("a pressure of 40 (PSI)", []),
    ],
)
def test_where_a_body_s_name_is_spelled_out(text: str, spelled: list[str]) -> None:
    assert [text[s:e] for s, e in definition_spans(text)] == spelled


def test_initials_in_brackets_after_a_name_they_do_not_spell() -> None:
    text = "Kıyı ve Tersane İşçileri Sendikası (CSWU) salı günü açıkladı."
    assert bracketed_initials("Kıyı ve Tersane İşçileri Sendikası", text) == {"CSWU"}
    # the name's last word in another case before the brackets
    text = "Ostrijas Vides ministrijas (OMEA) pārstāvis pauda, ka"
    assert bracketed_initials("Ostrijas Vides ministrija", text) == {"OMEA"}
    assert bracketed_initials("Ostrijas Vides ministrija", "Ostrijas Vides ministrija paziņoja") == set()
    assert bracketed_initials("Sendikası", text) == set()  # one word: no name to tie initials to


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the tagger reads a defined acronym as a common noun: it still names the body
        (
            "The Tidal Ferry Users Alliance (TFUA) was quick to object.\n\n"
            "TFUA said Tuesday it had opened a free helpline for riders.",
            "Tidal Ferry Users Alliance",
        ),
        (
            "The Orrin Valley Growers Association (OVGA) met on Monday.\n\n"
            "The OVGA, for its part, said in a statement that its members would plant later.",
            "Orrin Valley Growers Association",
        ),
    ],
)
def test_an_acronym_read_as_a_noun_names_the_body(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert quotes and quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker
