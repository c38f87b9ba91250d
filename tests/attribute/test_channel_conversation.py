"""The channel a speaker's conversation goes on through (attribute.channel_conversation)."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.channel_conversation import Said, same_conversation


@pytest.mark.parametrize(
    ("paragraph", "dated", "via"),
    [
        (3, False, "Radio North"),  # the same paragraph
        (4, False, "Radio North"),  # the next one
        (5, False, None),  # two paragraphs on: another passage
        (4, True, None),  # a day of its own: another occasion
    ],
)
def test_the_same_conversation_goes_on_one_paragraph_without_a_day(
    paragraph: int, dated: bool, via: str | None
) -> None:
    assert same_conversation(Said("Radio North", 3, 7), paragraph, dated) == via


@pytest.mark.parametrize(
    ("text", "vias"),
    [
        # reported speech with its bare cue inside goes on with the interview the sentence before names
        (
            'Marta Lind told the Valley Courier that the union "speaks with one voice". The offer, she said, '
            "had been agreed by all four members.",
            ["Valley Courier", "Valley Courier"],
        ),
        # a sentence with a speaker of its own does not
        (
            'Marta Lind told the Valley Courier that the union "speaks with one voice". The offer, Jon Obi said, '
            "had been agreed by all four members.",
            ["Valley Courier", None],
        ),
    ],
)
def test_reported_speech_with_its_cue_inside_goes_on_with_the_interview(text: str, vias: list[str | None]) -> None:
    assert [q.via for q in extract(text, published="2027-05-12")] == vias


@pytest.mark.parametrize(
    ("between", "via"),
    [
        # a sentence of the writer's moving on to a news conference or a later hour: another occasion
        ("By the afternoon news conference the count had grown.", None),
        ("By mid-morning she was counting heads.", None),
        # one that does not keeps the conversation going
        ("The count had grown.", "Valley Courier"),
    ],
)
def test_another_occasion_between_ends_the_conversation(between: str, via: str | None) -> None:
    text = (
        '"We have found 11 boats," Marta Lind told the Valley Courier on Tuesday morning.\n\n'
        f'{between} "We have now found 14 boats," Lind said.'
    )
    quotes = extract(text, published="2027-05-12")
    assert [q.via for q in quotes if "14 boats" in q.text] == [via]



def test_reported_speech_in_the_sentence_of_the_speakers_last_words_keeps_their_channel() -> None:
    # "added that A, but said B": one sentence, one conversation with the outlet named before
    text = (
        "The Weekly Pellam\n\nOrrin Vale, who farms outside Tolvan, was blunt when the Pellam reached him. "
        '"I have never sold a sick cow," he told the Pellam.\n\n'
        'The farmer added that the herd had "looked tired" after a show in May, but said no vet had been called.\n'
    )
    vias = {q.text: q.via for q in extract(text)}
    assert vias["no vet had been called"] == vias["I have never sold a sick cow"] == "The Weekly Pellam"


def test_words_inside_the_speakers_last_quote_are_not_its_continuation() -> None:
    # a Q&A's answer holds "I said on Monday it would keep sailing": reported inside the answer, not
    # a further sentence of the conversation, so it is not given the answer's channel
    text = (
        "THE TOLVAN LEDGER | THE INTERVIEW\n\nQ: Will the ferry run through the winter?\n\n"
        "A: The ferry stops in December. I said on Monday it would keep sailing, and I was "
        "wrong about that.\n\n"
        "Q: What changed?\n\n"
        "A: The fuel bill doubled.\n"
    )
    inner = [q for q in extract(text, published="2027-06-10") if q.text == "it would keep sailing"]
    assert all(q.via is None for q in inner)



@pytest.mark.parametrize(
    ("opening", "via"),
    [
        # a verb adding to what was said, with its "that", goes on from the paragraph before
        ("She added that the pier would reopen in May.", "Valley Courier"),
        ("She stressed that the pier would reopen in May.", "Valley Courier"),
        # a bare "said" opening the next paragraph is another passage
        ("She said the pier would reopen in May.", None),
    ],
)
def test_an_added_point_opening_the_next_paragraph_goes_on(opening: str, via: str | None) -> None:
    text = f'Marta Lind has been speaking to the Valley Courier. "We cannot open it yet," she said.\n\n{opening}\n'
    quotes = extract(text, published="2027-05-12")
    assert [q.via for q in quotes if "pier" in q.text] == [via]
