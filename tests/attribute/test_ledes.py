from __future__ import annotations

import pytest

from onrecord.extract import extract


def _speaker_of(text: str, words: str) -> str | None:
    quotes = [q for q in extract(text, article_id="t") if q.text.startswith(words)]
    assert quotes, words
    return quotes[0].speaker.name if quotes[0].speaker is not None else None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the role the lede gives, held by the one the body names with it
        (
            "Widow tells of long wait\n\nBy Ana Pell\n\n"
            "A FARMER who waited 19 hours on a trolley in the city's hospital died partly because of "
            "neglect, a coroner ruled yesterday.\n\n"
            "His widow said the family would take legal advice.\n\n"
            'Area coroner Tobias Wrenfield told the court that the delay "contributed to his death".',
            "A FARMER who waited",
            "Tobias Wrenfield",
        ),
        # a description no list of roles knows: the person quoted in the next paragraph
        (
            "HARBURG, May 17 (NPA) — The estuary that gives this port city its name is losing the mud "
            "that keeps it alive, a leading sediment scientist said on Monday.\n\n"
            '"The estuary lost 12 percent of its marsh in a decade," Ilona Varga-Tamas, director of the '
            "Institute for River Systems, told delegates at the opening of the conference.",
            "The estuary that gives",
            "Ilona Varga-Tamas",
        ),
        # a definite description whose head is an agent noun ("sponsor", "officer"), named below
        (
            "WASHINGTON (NPA) — The Senate's lead sponsor of a $3 billion harbour bill said Tuesday that "
            "she had secured a majority for it.\n\n"
            '"We have 61 votes," Sen. Marisa Okonedo-Hale, D-Ore., told reporters.',
            "she had secured a majority",
            "Marisa Okonedo-Hale",
        ),
    ],
)
def test_a_ledes_role_is_the_person_the_body_names(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


def test_an_unnamed_source_in_a_lede_stays_unnamed() -> None:
    text = (
        "HARBURG, May 17 (NPA) — The port will close its northern terminal by the end of the year, "
        "an official said on Monday, in a move that could cost hundreds of jobs.\n\n"
        '"We will fight this," Ilona Varga-Tamas, who leads the dockers\' union, told reporters.'
    )
    assert _speaker_of(text, "The port will close") is None


def test_a_business_by_its_agent_noun_is_no_person_of_the_body() -> None:
    text = (
        "HARBURG, May 17 (NPA) — The private operator of the city's only ferry said on Monday that it "
        "would stop sailing at the end of the month over unpaid fees.\n\n"
        '"We cannot run boats on promises," Ilona Varga-Tamas, the mayor, told reporters.'
    )
    assert _speaker_of(text, "it would stop sailing") is None


def test_an_owner_of_a_company_read_as_a_body_is_the_person_the_body_names() -> None:
    # "The owner of a ... company" is read as a body's name for its last word; the lede describes
    # a person by what she is, and the next paragraph names her
    text = (
        "Ferry owner says sea was calm\n\nBy Ana Pell\n\n"
        "PORTMEIRA (CPA) — The owner of a small ferry company whose boat ran aground on Saturday, "
        "injuring four passengers, said on Monday that the sea had been calm when it left the harbour.\n\n"
        "Marit Oyelaran, who set up Bluewake Ferries in 2009, told a news conference that her skipper "
        'had sailed the route "more than a thousand times". She said all sailings were suspended.\n'
    )
    assert _speaker_of(text, "the sea had been calm") == "Marit Oyelaran"


def test_a_body_whose_name_opens_with_an_office_word_stays_a_body() -> None:
    # "The head of the ..." is no agent noun: the body read stays as it was
    text = (
        "Port closes\n\nBy Ana Pell\n\n"
        "PORTMEIRA (CPA) — The Board of the Portmeira Harbour Company said on Monday that the port "
        "would close for two days while the breakwater was repaired.\n\n"
        'Marit Oyelaran, a skipper, told reporters: "We will lose a week of work."\n'
    )
    assert _speaker_of(text, "the port would close") != "Marit Oyelaran"


def test_review_d1_an_owner_is_not_the_next_person_with_another_office() -> None:
    text = (
        "Balloon firm owner says crash was freak accident\n\n"
        "DUNMORE, Aug 14 - The owner of a hot-air balloon company says a sudden gust of wind caused the crash "
        "that injured three passengers near Dunmore on Saturday.\n\n"
        "Police Sergeant Tom Brack said officers had closed the road for several hours.\n\n"
        "Ada Pell, who runs Skyward Balloons, said the pilot had followed every rule.\n"
    )
    assert _speaker_of(text, "a sudden gust") != "Tom Brack"
