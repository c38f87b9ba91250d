"""A body's officer who speaks one sentence before the article names them
(onrecord.attribute.introduced)."""

from __future__ import annotations

import pytest

from onrecord.clean import clean
from onrecord.extract import analyse_article
from onrecord.model import Document


def _speaker_of(text: str, words: str) -> str | None:
    quotes, _ = analyse_article(clean(Document(text, "test.txt", "text")))
    found = [q for q in quotes if words in q.text]
    assert found, words
    return found[0].speaker.name if found[0].speaker else None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the lede's "its chairman", and the next sentence brings the chairman in by name
        (
            "The harbour board has found no fault in the tender for the north quay, its chairman said "
            "Thursday. Councillor Tomas Brandvik said at the close of the meeting that the tender had "
            "followed every rule.",
            "has found no fault in the tender",
            "Tomas Brandvik",
        ),
        (
            "For the pilots' guild, none of this was new. Its president, a former ferry captain, says the "
            "guild had warned the port for years. Edda Rasmussen, who chairs the Varnes Pilots' Guild, told "
            "the Courier that two more berths were unsafe.",
            "the guild had warned the port for years",
            "Edda Rasmussen",
        ),
        # a nickname inside the name and a company in the sentence bring in nobody else
        (
            "The port committee has found no fault in the dredging deal, its chairman said Thursday. "
            'Sen. Efren "Bong" Tolentino said at the close of the hearing that the contract awarded to '
            "Lirio Dredging Corp. had followed every rule.",
            "has found no fault in the dredging deal",
            "Tolentino",
        ),
        # a person named before the role is no one the next sentence brings in
        (
            "Tomas Brandvik chaired the session. The harbour board has found no fault in the tender, its "
            "chairman said Thursday. Tomas Brandvik said later that the tender had followed every rule.",
            "has found no fault in the tender",
            "its chairman",
        ),
        # two people brought in by name: no telling which holds the office
        (
            "The harbour board has found no fault in the tender, its chairman said Thursday. Councillor "
            "Tomas Brandvik said the tender was sound, and Councillor Ines Moberg said it was not.",
            "has found no fault in the tender",
            "its chairman",
        ),
        # a role without a body's possessive is left to the holders the article gives the role
        (
            "The harbour board has found no fault in the tender, the spokesman said Thursday. Councillor "
            "Tomas Brandvik said at the close of the meeting that the tender had followed every rule.",
            "has found no fault in the tender",
            "spokesman",
        ),
    ],
)
def test_a_possessive_office_is_the_person_the_next_sentence_brings_in(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker
