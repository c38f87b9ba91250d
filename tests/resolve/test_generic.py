"""A body an article names only by its kind is the one body of that kind the article names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.archive import Archive


def _speakers(tmp_path: Path, text: str) -> dict[str, str | None]:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a1", "published": "2027-05-04", "text": text}) + "\n")
    with Archive(":memory:") as archive:
        archive.ingest([str(path)])
        return {q.text: q.speaker.id if q.speaker else None for q in archive.quotes(article="a1")}


@pytest.mark.parametrize(
    ("text", "body_quote", "bare_quote", "same"),
    [
        (
            "The German auto supplier Fennwick Werke said it would close its plant in Kaltenbach. "
            "The site has no future, the company said.",
            "it would close its plant in Kaltenbach",
            "The site has no future",
            True,
        ),
        # a body "based" somewhere is the article's one named company, whatever the noun
        (
            "Vellamo Talent said on Monday that the tour would end in May. "
            '"The break will last a year," the Lisbon-based agency said in a statement.',
            "the tour would end in May",
            "The break will last a year",
            True,
        ),
        # a surname alone is a person, not the company
        (
            "Halvorsen said on Monday that the plant in Kaltenbach would close. "
            "Production will move to Sopron, the company said.",
            "the plant in Kaltenbach would close",
            "Production will move to Sopron",
            False,
        ),
    ],
)
def test_a_bare_body_noun_is_the_body_its_article_names(
    tmp_path: Path, text: str, body_quote: str, bare_quote: str, same: bool
) -> None:
    found = _speakers(tmp_path, text)
    assert found[body_quote] and found[bare_quote]
    assert (found[body_quote] == found[bare_quote]) is same


@pytest.mark.parametrize(
    ("noun", "name", "kind", "roles", "fits"),
    [
        ("company", "Fennwick Werke", "person", ("German auto supplier",), True),
        ("company", "Halvard Mobility Inc.", "organisation", (), True),
        ("unternehmen", "Lumora", "organisation", (), True),
        ("company", "Harbour Workers' Alliance", "organisation", (), False),  # a union, no company
        ("company", "Transport Ministry", "organisation", (), False),
        ("unternehmen", "Industrieministerium", "organisation", (), False),
        ("company", "FNTM", "organisation", (), False),  # an acronym says not what it is
        ("company", "Lumora Inc.", "person", ("company's chief executive",), False),  # a person's role
        ("company", "Halvorsen", "person", (), False),  # a surname alone
        ("company", "Jens-Peter Rohloff", "person", (), False),
        ("committee", "Regional Fisheries Committee", "organisation", (), True),
        ("committee", "CRPAA", "organisation", (), False),  # nothing says it is a committee
        ("council", "Irish Ports and Shipping Council", "organisation", (), True),
        ("council", "Fennwick Werke", "organisation", (), False),
    ],
)
def test_which_named_body_a_bare_noun_may_be(
    noun: str, name: str, kind: str, roles: tuple[str, ...], fits: bool
) -> None:
    from onrecord.model import ArticleSpeaker
    from onrecord.resolve.generic import _a_body, _fits
    from onrecord.store.speakers import SpeakerRow

    spoken = ArticleSpeaker("x", name, kind, None, (name,), roles)
    row = SpeakerRow("id", name, kind, name.casefold(), None, None)
    assert (_a_body(spoken, row) and _fits(noun, spoken, row)) is fits


@pytest.mark.parametrize(
    ("name", "noun"),
    [
        ("Agency", "agency"),  # an article's "a" is a word of its own: "Agency" keeps its "A"
        ("the Authority", "authority"),
        ("The Company", "company"),
        ("an agency", "agency"),
        ("Lobby", None),
        ("Fennwick Werke", None),
        ("the Oslo-based agency", "agency"),  # where it is based says not which body
    ],
)
def test_the_noun_a_bare_body_is_named_by(name: str, noun: str | None) -> None:
    from onrecord.resolve.generic import _generic_noun

    assert _generic_noun(name) == noun


def _speakers_of(tmp_path: Path, texts: list[str]) -> list[dict[str, str | None]]:
    path = tmp_path / "a.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"a{i}", "published": "2027-05-04", "text": t}) + "\n" for i, t in enumerate(texts))
    )
    with Archive(":memory:") as archive:
        archive.ingest([str(path)])
        return [
            {q.text: q.speaker.id if q.speaker else None for q in archive.quotes(article=f"a{i}")}
            for i in range(len(texts))
        ]


@pytest.mark.parametrize(
    ("texts", "body_quote", "bare_quote", "same"),
    [
        # a name in another language, the kind written beside it
        (
            [
                "The national rail agency, Badan Kereta Nusantara, said on Monday that the line would reopen "
                'in June. "Repairs will cost four million," the agency said.'
            ],
            "the line would reopen in June",
            "Repairs will cost four million",
            True,
        ),
        # a place's name for a club, the club's own words calling it so
        (
            [
                'Port Vellan said in a statement that the club "will appeal the fine". '
                "A club spokesman said the striker would miss two games."
            ],
            'the club "will appeal the fine"',
            "the striker would miss two games",
            True,
        ),
        # initials another article named, written beside the noun
        (
            [
                "The regional fisheries body CRPMV said on Monday that boats would stay in port.",
                'The committee, known by its French initials CRPMV, said the quota was "a sticking plaster".',
            ],
            "boats would stay in port",
            'the quota was "a sticking plaster"',
            True,
        ),
        # a body another article calls "the airline", named here only in passing
        (
            [
                'Teslin Air said on Monday that the flight had landed safely. "Nobody was hurt," the airline said.',
                "Teslin Air flight 12 turned back to Orvik on Monday. Its pilots' union said the crew had "
                "followed the checklist. The airline said it would inspect the jet overnight.",
            ],
            "the flight had landed safely",
            "it would inspect the jet overnight",
            True,
        ),
        # the body known by that noun elsewhere is not named in this article
        (
            [
                'Teslin Air said on Monday that the flight had landed safely. "Nobody was hurt," the airline said.',
                "A jet turned back to Orvik on Monday. The airline said it would inspect the jet overnight.",
            ],
            "the flight had landed safely",
            "it would inspect the jet overnight",
            False,
        ),
        # the police are no ministry, though they spoke last
        (
            ['The police said the driver had been arrested. "We have charged him," the ministry said.'],
            "the driver had been arrested",
            "We have charged him",
            False,
        ),
        # a body whose name says another kind is no agency, however near the noun
        (
            [
                "The Dockers Federation said on Monday that the agency had ignored its warnings. "
                '"The port stays shut," the agency said.'
            ],
            "the agency had ignored its warnings",
            "The port stays shut",
            False,
        ),
    ],
)
def test_a_bare_noun_is_the_body_a_sentence_names_beside_it(
    tmp_path: Path, texts: list[str], body_quote: str, bare_quote: str, same: bool
) -> None:
    found: dict[str, str | None] = {}
    for article in _speakers_of(tmp_path, texts):
        found.update(article)
    assert found[body_quote] and found[bare_quote]
    assert (found[body_quote] == found[bare_quote]) is same


@pytest.mark.parametrize(
    ("texts", "body_quote", "organ_quote", "same"),
    [
        (
            [
                "The water company Halden Water Board (HWB) said on Monday that bills would rise. "
                "HWB's board has agreed that no dividend will be paid this year."
            ],
            "bills would rise",
            "no dividend will be paid this year",
            True,
        ),
        (
            [
                "Tallmark Inc. said on Monday that fares would rise.",
                'Tallmark\'s engineering team wrote that the defect was "a thin layer".',
            ],
            "fares would rise",
            'the defect was "a thin layer"',
            True,
        ),
        # a company's customer service, its possessor the first word of the company's name
        (
            [
                "Brenvik Kitchen Systems said on Monday that every buyer would get a refund.",
                "A buyer said Brenvik's customer service told her it was \"user error\".",
            ],
            "every buyer would get a refund",
            'it was "user error"',
            True,
        ),
        # a news service is a medium of its own, not an organ
        (
            [
                "Brenvik Kitchen Systems said on Monday that every buyer would get a refund.",
                "Brenvik's news service reported that the plant had closed.",
            ],
            "every buyer would get a refund",
            "the plant had closed",
            False,
        ),
        # a person's office speaks apart from the person
        (
            ['Sen. Ada Moreno said she would vote no. Moreno\'s office said the senator "still wants the whole bill".'],
            "she would vote no",
            'the senator "still wants the whole bill"',
            False,
        ),
    ],
)
def test_an_organ_of_a_body_is_that_body(
    tmp_path: Path, texts: list[str], body_quote: str, organ_quote: str, same: bool
) -> None:
    found: dict[str, str | None] = {}
    for article in _speakers_of(tmp_path, texts):
        found.update(article)
    assert found[body_quote] and found[organ_quote]
    assert (found[body_quote] == found[organ_quote]) is same


@pytest.mark.parametrize(
    ("second", "same"),
    [
        # the article names the company only by the first word of its name, and no speaker is one
        (
            "Workers gathered at the gate of the Velmarsen plant on Tuesday. "
            "The site will close in May, the company said in a statement.",
            True,
        ),
        # a union named so is no company
        (
            "Workers of the Ostervik Federation of Miners gathered on Tuesday. "
            "The site will close in May, the company said in a statement.",
            False,
        ),
        # a town named so is no company
        (
            "Workers gathered in Oberhollen on Tuesday. The site will close in May, the company said in a statement.",
            False,
        ),
    ],
)
def test_a_bare_company_is_the_company_its_article_names_in_passing(tmp_path: Path, second: str, same: bool) -> None:
    path = tmp_path / "a.jsonl"
    rows = [
        ("a1", "Velmarsen Werke AG said on Monday that it would close the plant by the end of the year."),
        ("a2", "Oberhollen Town Council said on Monday that it would fight the closure of the plant."),
        ("a4", "Ostervik Federation of Miners said on Monday that it would strike."),
        ("a3", second),
    ]
    path.write_text("\n".join(json.dumps({"id": i, "published": "2027-05-04", "text": t}) for i, t in rows) + "\n")
    with Archive(":memory:") as archive:
        archive.ingest([str(path)])
        company = {q.speaker.id for q in archive.quotes(article="a1") if q.speaker}
        bodies = {q.speaker.id for a in ("a1", "a2", "a4") for q in archive.quotes(article=a) if q.speaker}
        bare = {q.speaker.id for q in archive.quotes(article="a3") if q.speaker}
    assert company and bare
    assert bare == company if same else not bare & bodies


@pytest.mark.parametrize(
    ("text", "same"),
    [
        (
            "The Central Bank of Estrevia (CBM) said on Monday that inflation had eased. "
            "The Bank announced that its Monetary Policy Committee had cut the rate. "
            '"Price pressures have eased faster than expected," the Monetary Policy Committee said.',
            True,
        ),
        # no "its": another body, not an organ of the bank
        (
            "The Central Bank of Estrevia (CBM) said on Monday that inflation had eased. "
            "The Monetary Policy Committee met on Monday. "
            '"Price pressures have eased faster than expected," the Monetary Policy Committee said.',
            False,
        ),
    ],
)
def test_a_body_written_after_its_is_the_organ_of_the_body_its_sentence_names(
    tmp_path: Path, text: str, same: bool
) -> None:
    speakers = _speakers(tmp_path, text)
    bank = speakers["inflation had eased"]
    committee = speakers["Price pressures have eased faster than expected"]
    assert bank and committee
    assert (bank == committee) is same


def test_a_bare_noun_read_as_another_article_s_body_is_its_own_article_s(tmp_path: Path) -> None:
    # the corpus took this article's "the authority" for another article's "... Trust" (a trust
    # is an authority) when it was read; the article itself names the one authority it means
    from onrecord.resolve.generic import bind_generic_bodies
    from onrecord.store import speakers as store

    path = tmp_path / "a.jsonl"
    text = (
        "The authority said the eastern runway would reopen on Friday. "
        "The Orvland Ports Authority (OPA) said later that the ferry terminal would stay shut."
    )
    path.write_text(json.dumps({"id": "a1", "published": "2027-05-04", "text": text}) + "\n")
    with Archive(":memory:") as archive:
        archive.ingest([str(path)])
        conn = archive.connection
        trust = store.SpeakerRow("o:dunmore-anglers-trust", "Dunmore Anglers' Trust", "organisation", "x", None, None)
        store.upsert_speaker(conn, trust)
        bare = next(t.local_id for t, _ in store.article_speaker_rows(conn, "a1") if t.name == "Authority")
        store.set_article_speaker(conn, "a1", bare, trust.id)
        bind_generic_bodies(conn, ["a1"])
        found = {r.name for _, r in store.article_speaker_rows(conn, "a1")}
    assert found == {"Orvland Ports Authority"}


@pytest.mark.parametrize(
    ("name", "described"),
    [
        ("Transit authority", ("authority", ("transit",))),
        ("the city's ferry regulator", ("regulator", ("ferry",))),
        ("National fisheries authority", ("authority", ("fisheries",))),
        ("Pensions watchdog", ("watchdog", ("pensions",))),
        ("Quorvale Transit Agency", None),  # a name, not a description
        ("Regulator", None),  # a bare noun
        ("Ferry timetable", None),  # no kind of body
    ],
)
def test_what_a_description_of_a_body_says(name: str, described: tuple[str, tuple[str, ...]] | None) -> None:
    from onrecord.resolve.generic import description_of

    assert description_of(name) == described


_STORY = (
    "The Quorvale Transit Agency said on Monday that the Tessmoor tram line would stay "
    "shut until the Osterfeld depot was inspected."
)


def _ids_of_two(tmp_path: Path, first: tuple[str, str], second: tuple[str, str]) -> tuple[set[str], set[str]]:
    """The speaker ids of each of two articles (publication day, text) ingested into one store."""
    path = tmp_path / "a.jsonl"
    rows = [("a1", *first), ("a2", *second)]
    path.write_text("\n".join(json.dumps({"id": i, "published": d, "text": t}) for i, d, t in rows) + "\n")
    with Archive(":memory:") as archive:
        archive.ingest([str(path)])
        first_ids, second_ids = (
            {q.speaker.id for q in archive.quotes(article=a) if q.speaker} for a in ("a1", "a2")
        )
    return first_ids, second_ids


@pytest.mark.parametrize(
    ("second", "same"),
    [
        # a description of the story's one body that fits it
        (
            "The Tessmoor tram line is still shut. The Osterfeld depot was closed on Sunday. "
            "The inspection will take a week, the town's transit authority said.",
            True,
        ),
        # a bare "regulator" for the story's one supervising body
        (
            "The Tessmoor tram line is still shut. The Osterfeld depot was closed on Sunday. "
            "The inspection will take a week, the regulator said.",
            True,
        ),
        # a description the story's body does not fit stays apart
        (
            "The Tessmoor tram line is still shut. The Osterfeld depot was closed on Sunday. "
            "The inspection will take a week, the town's ferry authority said.",
            False,
        ),
        # another story's authority stays apart
        (
            "The Pellhaven harbour reopened after the Marrowgate storm. "
            "The inspection will take a week, the town's transit authority said.",
            False,
        ),
        # a story may have several companies, some never quoted: "the company" stays apart
        (
            "The Tessmoor tram line is still shut. The Osterfeld depot was closed on Sunday. "
            "The inspection will take a week, the company said.",
            False,
        ),
    ],
)
def test_a_body_an_article_only_describes_is_the_one_its_story_names(tmp_path: Path, second: str, same: bool) -> None:
    first = _STORY if "company" not in second else _STORY.replace("Transit Agency", "Tramworks Ltd")
    named, described = _ids_of_two(tmp_path, ("2027-05-04", first), ("2027-05-04", second))
    assert named and described
    assert (named == described) is same


@pytest.mark.parametrize(
    "second",
    [
        # a scope word the story's body does not fit: another regulator
        "The Tessmoor tram line is still shut. The Osterfeld depot was closed on Sunday. "
        "The inspection will take a week, the state regulator said.",
        # "separately": the article tells of another body
        "The Tessmoor tram line is still shut. The Osterfeld depot was closed on Sunday. "
        "The regulator said separately it would fine the tram company.",
        # another body of the kind, which the article names
        "The Tessmoor tram line is still shut. The Osterfeld depot was closed on Sunday. "
        "The Brinmark Safety Agency opened its own inquiry. The inspection will take a week, the regulator said.",
    ],
)
def test_a_body_the_story_names_is_not_another_one_the_article_means(tmp_path: Path, second: str) -> None:
    named, described = _ids_of_two(tmp_path, ("2027-05-04", _STORY), ("2027-05-04", second))
    assert named and described
    assert not named & described


def test_a_higher_court_is_not_the_court_the_story_names(tmp_path: Path) -> None:
    first = (
        '"The lease of the Wendmarsh quay was lawful," the Ostrey County Court said in its ruling against Ivo Tanner.'
    )
    second = (
        "Boatbuilder Ivo Tanner, who lost his Wendmarsh quay case on Monday, has taken it to a higher court. "
        "The court said on Thursday it would hear the Wendmarsh appeal in October."
    )
    named, later = _ids_of_two(tmp_path, ("2027-05-03", first), ("2027-05-06", second))
    assert named and later
    assert not named & later


def test_the_court_of_an_appeal_is_the_appeal_court_the_story_names(tmp_path: Path) -> None:
    first = '"The verdict against Ivo Tanner cannot stand," the Ostrey Court of Appeal said on Monday.'
    second = (
        "Boatbuilder Ivo Tanner walked free from Ostrey on Monday after his appeal over the Wendmarsh fire. "
        "Few such appeals succeed, the court said."
    )
    named, later = _ids_of_two(tmp_path, ("2027-05-03", first), ("2027-05-04", second))
    assert named and named == later


@pytest.mark.parametrize(
    ("second", "same"),
    [
        # weeks later, another story's words: the body the article names in passing before it
        (
            "Ottoline Brackley complained to the hospital in May and got no answer until she turned to the "
            "Records Privacy Inspectorate. A spokeswoman for the privacy watchdog said its report was due in "
            "the autumn.",
            True,
        ),
        # the description's words are not the body's: kept apart
        (
            "Ottoline Brackley complained to the hospital in May and got no answer until she turned to the "
            "Records Privacy Inspectorate. A spokeswoman for the pensions watchdog said its report was due in "
            "the autumn.",
            False,
        ),
        # the body is named only after the description speaks: no pointing back
        (
            "A spokeswoman for the privacy watchdog said its report was due in the autumn. Ottoline Brackley had "
            "complained to the Records Privacy Inspectorate in May.",
            False,
        ),
        # another watchdog of the kind: kept apart
        (
            "Ottoline Brackley complained to the Records Privacy Inspectorate in May. Separately, a spokeswoman for "
            "the privacy watchdog said its report was due in the autumn.",
            False,
        ),
        # a watchdog of the kind the text calls another land's own: kept apart
        (
            "Last year the Records Privacy Inspectorate fined a clinic in Ostmere. This month a bank in Wendhal "
            "was fined by that country's own privacy watchdog, and a spokesman for the privacy watchdog said "
            "the bank had lost its savers' files.",
            False,
        ),
    ],
)
def test_a_description_is_the_body_its_article_names_in_passing(tmp_path: Path, second: str, same: bool) -> None:
    first = (
        "The Records Privacy Inspectorate said on Monday that it had opened an inquiry into the "
        "loss of two hospital laptops."
    )
    a, b = _ids_of_two(tmp_path, ("2027-06-07", first), ("2027-07-21", second))
    assert a and b
    assert (a == b) is same


@pytest.mark.parametrize(
    ("second", "same"),
    [
        (
            "The federation that speaks for most mill hands says little in public. "
            "One FKM organiser, Ines Marlow, has said more. "
            "The federation said on Monday that its members would walk out on Friday.",
            True,
        ),
        # initials of a body whose name does not hold the noun: another body
        (
            "The federation that speaks for most mill hands says little in public. "
            "One TCA spokesman, Ines Marlow, has said more. "
            "The federation said on Monday that its members would walk out on Friday.",
            False,
        ),
    ],
)
def test_a_bare_noun_is_the_body_whose_initials_its_article_writes(tmp_path: Path, second: str, same: bool) -> None:
    path = tmp_path / "a.jsonl"
    rows = [
        ("a1", "The Federation of Kelby Millworkers (FKM) said on Monday that talks had failed."),
        ("a2", "The Tarnby Chamber of Commerce (TCA) said on Monday that the mills should stay open."),
        ("a3", second),
    ]
    path.write_text("\n".join(json.dumps({"id": i, "published": "2027-05-04", "text": t}) for i, t in rows) + "\n")
    with Archive(":memory:") as archive:
        archive.ingest([str(path)])
        federation = {q.speaker.id for q in archive.quotes(article="a1") if q.speaker}
        chamber = {q.speaker.id for q in archive.quotes(article="a2") if q.speaker}
        bare = {q.speaker.id for q in archive.quotes(article="a3") if q.speaker}
    assert federation and chamber and bare
    assert (bare == federation) is same
    assert not bare & chamber


@pytest.mark.parametrize(
    ("name", "kind", "fits"),
    [
        ("Vellacombe Water Services", "organisation", True),
        ("Quarnby Power", "organisation", True),
        ("Kelstow Gas and Electric", "organisation", True),
        ("Vellacombe Rowing Club", "organisation", False),  # its name tells no utility's trade
        ("Ministry of Energy", "organisation", False),  # an institution, no utility
    ],
)
def test_a_utility_is_a_body_whose_name_tells_its_trade(name: str, kind: str, fits: bool) -> None:
    from onrecord.model import ArticleSpeaker
    from onrecord.resolve.generic import _a_body, _fits, _generic_noun
    from onrecord.store.speakers import SpeakerRow

    assert _generic_noun("the utility") == "utility"
    spoken = ArticleSpeaker("x", name, kind, None, (name,), ())
    row = SpeakerRow("id", name, kind, name.casefold(), None, None)
    assert (_a_body(spoken, row) and _fits("utility", spoken, row)) is fits

