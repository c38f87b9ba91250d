"""Reported speech on patterns of real news copy (invented text): a relative clause after a
comma is no trailing attribution, a verb's prepositional object is no content, "according to"
a source before a verb that is a phrasal cue only with its particle, a writer's source closing
a reported clause, and a complementizer set off by a comma that the tagger's span would take in."""

from __future__ import annotations

import pytest

from onrecord import extract


def _said(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker.name if q.speaker else None for q in extract(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "C, who had commented on it": a relative clause on the last noun, not "C, X commented"
        (
            "Government Spokesman Arlo Brenn said on Friday that the President would be sending a letter "
            "to opposition leader Ivo Dask, who had commented on the distorted remarks.",
            {
                "the President would be sending a letter to opposition leader Ivo Dask, who had commented on the "
                "distorted remarks": "Arlo Brenn"
            },
        ),
        # "pressed for details about ...": the cue's prepositional object, no words said
        (
            "Analysts pressed for details about its promised turnaround and grew increasingly frustrated "
            "at the lack of transparency.",
            {},
        ),
        # "shot" without "back" is no cue: the source's account of the shooting is the record
        (
            "According to Sergeant Ola Brekk, the man shot one of the cruisers.",
            {"the man shot one of the cruisers": "Ola Brekk"},
        ),
        # "said about 9,800 ...": "about" of a number opens a content all the same
        (
            "A spokeswoman for the Harlow Health Board said about 9,800 patients in its area were prescribed the drug.",
            {"about 9,800 patients in its area were prescribed the drug": "Harlow Health Board"},
        ),
        # "said that, in this article, C": the content starts after the complementizer and its comma
        (
            "Tove Marr said that, in this article, the authors themselves recognize that the changes are minimal.",
            {"in this article, the authors themselves recognize that the changes are minimal": "Tove Marr"},
        ),
        # "X said C, according to its website": one record, X's, without the writer's source
        (
            "The company said it would close the plant, according to its website.",
            {"it would close the plant": "Company"},
        ),
        (
            "Helvar Corp said it would close the plant, according to a filing.",
            {"it would close the plant": "Helvar Corp"},
        ),
        # a phrase of the writer's before the cue's subject, set off by a comma, that the parser made
        # a second complement: the complement after the cue is what was said
        (
            "Writing for a Daily Courier panel that all agreed the mayor won the debate, Tessa Lorne "
            "noted that the way she carried herself was critical.",
            {"the way she carried herself was critical": "Tessa Lorne"},
        ),
        (
            "While he admitted money was a major reason he felt let down, Arlo Fenwick also noted several "
            "other problems left him disillusioned.",
            {"several other problems left him disillusioned": "Arlo Fenwick"},
        ),
    ],
)
def test_reported_speech_of_real_copy(text: str, expected: dict[str, str | None]) -> None:
    assert _said(text) == expected
