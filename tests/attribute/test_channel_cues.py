"""The words that name a quote's channel (attribute.channel_cues)."""

from __future__ import annotations

import pytest

from onrecord import extract


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # a document an outlet made public first came through that outlet
        (
            "The audit, leaked in May and first published on Friday by the weekly Le Journal de Brisse, "
            'found that the depot "cannot stay open past winter".',
            "Le Journal de Brisse",
        ),
        ('The letter, first reported by the Harbour Gazette, said the pier "will close in May".', "Harbour Gazette"),
        # published by no outlet: no channel
        ('The memo, published on Thursday by the ministry, said the pier "will close in May".', None),
    ],
)
def test_first_published_by_an_outlet(text: str, via: str | None) -> None:
    [quote] = extract(text, published="2027-05-07")
    assert quote.via == via


@pytest.mark.parametrize(
    ("text", "via"),
    [
        # the means of the conversation between the verb and its outlet
        (
            "Captain Ilse Varga, speaking by satellite phone to Radio Karsk's Night Watch programme, "
            "said the port did not answer the calls.",
            "Radio Karsk",
        ),
        ("Ilse Varga, talking over the phone to the Harbour Gazette, said the port was closed.", "Harbour Gazette"),
        # to reporters: no channel
        ("The mayor, Ola Dahl, speaking by phone to reporters, said the road was closed.", None),
    ],
)
def test_spoken_to_by_phone(text: str, via: str | None) -> None:
    [quote] = extract(text, outlet="The Courier")
    assert quote.via == via


@pytest.mark.parametrize(
    ("text", "outlet", "via"),
    [
        # words written to the outlet: in an email, a note e-mailed, a reply
        (
            '"The price will not move this year," the dairy\'s owner, Ola Dahl, said in an email to Field Notes '
            "on Monday.",
            "Field Notes",
            "Field Notes",
        ),
        (
            'The dairy\'s owner, Ola Dahl, wrote to the Gazette on Friday: "The price will not move this year."',
            "The Hallvik Gazette",
            "The Hallvik Gazette",
        ),
        (
            "In a note e-mailed to the Courier, Ola Dahl said that the dairy would close one of its barns.",
            None,
            "Courier",
        ),
        (
            "The ferry company said in a brief reply to Radio Lorn that its timetable would not change.",
            None,
            "Radio Lorn",
        ),
        # written to someone who is no outlet: no channel
        ("Ola Dahl wrote to the mayor on Friday that the barn would close.", "The Courier", None),
        ("Ola Dahl said in an email to farmers that the barn would close.", "The Courier", None),
    ],
)
def test_words_written_to_an_outlet(text: str, outlet: str | None, via: str | None) -> None:
    [quote] = extract(text, outlet=outlet, published="2027-05-07")
    assert quote.via == via


@pytest.mark.parametrize(
    ("text", "outlet", "via"),
    [
        # a statement sent to the outlet came through it
        (
            "In an email statement sent to The Hallvik Gazette, the dairy's owner, Ola Dahl, said: \"The price "
            'will not move this year."',
            "The Hallvik Gazette",
            "The Hallvik Gazette",
        ),
        (
            "In a statement emailed to the Kessa Ledger, the co-operative said that the barn would close in June.",
            None,
            "Kessa Ledger",
        ),
        (
            'PRESENTER: In a statement to this programme, the ministry said: "The quota is fair and it is final."',
            "Radio Lorn",
            "Radio Lorn",
        ),
        # a statement to reporters, to a chamber or to a court: no channel
        ("In a statement to reporters, the harbour board said the pier would reopen on Friday.", "The Courier", None),
        (
            "In a statement to the Senate committee, the regulator said it would publish its findings in June.",
            "The Courier",
            None,
        ),
        ("In a written statement to the court, Ilse Varga said she had never seen the contract.", "The Courier", None),
    ],
)
def test_a_statement_sent_to_an_outlet(text: str, outlet: str | None, via: str | None) -> None:
    [quote] = extract(text, outlet=outlet, published="2027-05-07")
    assert quote.via == via


@pytest.mark.parametrize("verb", ["repeated", "confirmed", "insisted", "conceded"])
def test_a_verb_of_saying_to_an_outlet_names_it_the_channel(verb: str) -> None:
    # "repeated to the broadcaster" as "told the broadcaster"; a name no outlet is no channel
    text = (
        "The broadcaster Tolvan Radio ran the story first.\n\n"
        f"The mayor, Iris Fenn, {verb} to Tolvan Radio on Wednesday that the beach would reopen.\n\n"
        f"The coach, Ian Pell, {verb} to Harlow that the team was fit.\n"
    )
    vias = {q.text: q.via for q in extract(text)}
    assert vias["the beach would reopen"] == "Tolvan Radio"
    assert vias["the team was fit"] is None
