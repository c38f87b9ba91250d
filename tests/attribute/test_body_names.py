"""A body's name cut short in a speaker mention, read whole from the text."""

from __future__ import annotations

import pytest

from onrecord.attribute.body_names import whole_body
from onrecord.attribute.organisations import article_organisations
from onrecord.extract import extract
from onrecord.extract.mentions import Mention


def _mention(text: str, written: str, kind: str, name: str, gender: str | None = None) -> Mention:
    start = text.index(written)
    return Mention(start, start + len(written), written, kind, name=name, gender=gender)


@pytest.mark.parametrize(
    ("text", "written", "kind", "name", "wanted"),
    [
        # the parse ended the name at its "and"
        (
            "The Coastal Ferries and Harbours Board said on Monday it would act.",
            "The Coastal Ferries",
            "organisation",
            "Ferries",
            "Coastal Ferries and Harbours Board",
        ),
        # "X of Y" read as a person from a place: "the" before it says a body
        (
            "The Gallery of Modern Prints said it would review the loan.",
            "The Gallery of Modern Prints",
            "name",
            "Gallery",
            "Gallery of Modern Prints",
        ),
        # a person's name stays a person's
        ("Tomas Brennick said on Monday it would act.", "Tomas Brennick", "name", "Tomas Brennick", "Tomas Brennick"),
        ("The Dunmore Trust said it would act.", "The Dunmore Trust", "name", "Dunmore Trust", "Dunmore Trust"),
        # a rank a person bears before "of": the Duke of a place is a person
        ("The Duke of Kestmouth said he would give more.", "The Duke of Kestmouth", "name", "Duke", "Duke"),
        ("The Bishop of Lunde said the fund was open.", "The Bishop of Lunde", "name", "Bishop", "Bishop"),
    ],
)
def test_whole_body(text: str, written: str, kind: str, name: str, wanted: str) -> None:
    found = whole_body(_mention(text, written, kind, name), text, article_organisations(text))
    assert found.name == wanted


def test_a_person_after_a_body_s_words_stays_a_person() -> None:
    text = "Bank of Ostmark Governor Ilse Brandvik said on Monday it would act."
    mention = _mention(text, "Bank of Ostmark Governor Ilse Brandvik", "name", "Ilse Brandvik")
    assert whole_body(mention, text, article_organisations(text)) == mention


def test_a_gendered_name_is_no_body() -> None:
    text = "The Earl of Brackmoor said he would act."
    mention = _mention(text, "The Earl of Brackmoor", "name", "Earl", gender="m")
    assert whole_body(mention, text, article_organisations(text)) == mention


def test_a_speaker_named_by_the_start_of_its_name_is_the_whole_body() -> None:
    text = (
        "A bridge collapsed on Sunday.\n\n"
        'The Western Roads and Tunnels Authority said on Monday it would inspect "every bridge of that design".'
    )
    (quote,) = extract(text, published="2027-05-04")
    assert quote.speaker is not None and quote.speaker.name == "Western Roads and Tunnels Authority"


def test_a_body_named_the_x_of_y_speaks_by_its_whole_name() -> None:
    text = 'The Gallery of Modern Prints said on Monday it would review "the loan".'
    (quote,) = extract(text, published="2027-05-04")
    assert quote.speaker is not None and quote.speaker.name == "Gallery of Modern Prints"


def test_according_to_the_x_of_y_is_left_to_the_channel_reading() -> None:
    text = "The port will reopen on Monday, according to the Voice of Kelmarsh."
    mention = _mention(text, "the Voice of Kelmarsh", "name", "Voice")
    assert whole_body(mention, text, article_organisations(text)) == mention


def test_a_firm_joined_by_an_ampersand_reads_on_past_it() -> None:
    text = "Brannock & Vell Surveying said on Monday the roof was sound."
    found = whole_body(_mention(text, "Brannock", "name", "Brannock"), text, article_organisations(text))
    assert (found.name, found.kind, found.text) == (
        "Brannock & Vell Surveying",
        "organisation",
        "Brannock & Vell Surveying",
    )


def test_a_firm_with_an_ampersand_speaks_by_its_whole_name() -> None:
    text = 'Ostrand Pumps & Valves said on Tuesday its engineers were "already on the site".'
    quotes = extract(text, published="2027-05-04")
    assert quotes and all(q.speaker is not None and q.speaker.name == "Ostrand Pumps & Valves" for q in quotes)


def test_an_ampersand_after_a_line_break_joins_nothing() -> None:
    text = "Brannock said the roof was sound.\n& Co notes follow."
    mention = _mention(text, "Brannock", "name", "Brannock")
    assert whole_body(mention, text, article_organisations(text)) == mention


def test_a_newspaper_joined_by_an_ampersand_is_left_to_the_medium_reading() -> None:
    text = "The Kelby & District Courier reported that the pier was shut."
    mention = _mention(text, "Kelby", "name", "Kelby")
    assert whole_body(mention, text, article_organisations(text)) == mention


def test_a_name_written_anywhere_is_not_joined_unless_asked() -> None:
    text = "Speaking to Brannock & Vell on Monday, the skipper said the roof was sound."
    mention = _mention(text, "Brannock", "name", "Brannock")
    assert whole_body(mention, text, article_organisations(text), joined=False) == mention
