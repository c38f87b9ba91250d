"""Speaker mentions: organisation names read whole from a cue's subject."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.candidates import find_candidates
from onrecord.extract.mentions import scan_names


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        # a hyphenated place inside an organisation's "of" phrase
        (
            "The Port Authority of Saint-Lys (PASL) today announced that it had activated its plan.",
            "organisation",
            "Port Authority of Saint-Lys",
        ),
        # the organisation word closes the name after "of"
        (
            "The Port of Saltvik Authority said 27 vessels were waiting to berth on Tuesday evening.",
            "organisation",
            "Port of Saltvik Authority",
        ),
        (
            "The Riverton Area Chamber of Commerce said in a statement that it would hold a job fair.",
            "organisation",
            "Riverton Area Chamber of Commerce",
        ),
        # a person "of" an organisation stays the person
        (
            "Cmdr. Ruth Abernethy of the Northern Coastguard Service said the lifeboat had reached the ferry.",
            "name",
            "Ruth Abernethy",
        ),
        (
            "Colonel Dmitry Savelyev of the Emergency Situations Ministry said investigators had found a valve.",
            "name",
            "Dmitry Savelyev",
        ),
    ],
)
def test_organisation_names_read_whole(sentence: str, kind: str, name: str) -> None:
    mentions = [c.mention for c in find_candidates(sentence).candidates if c.mention is not None]
    assert mentions
    assert (mentions[0].kind, mentions[0].name) == (kind, name)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Guest: Mary de Búrca, chair of the board", ["Mary de Búrca"]),
        ("Guest: Mary Ó Ceallaigh, a councillor", ["Mary Ó Ceallaigh"]),
        ("Guest: José dos Santos, mayor", ["José dos Santos"]),
        ("Anna-Sophie Müller said", ["Anna-Sophie Müller"]),
        ("the Port of Astoria", []),
    ],
)
def test_names_with_accents_and_particles_are_scanned(text: str, names: list[str]) -> None:
    assert [m.name for m in scan_names(text, 0, len(text))] == names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a school named for a saint is no "she"
        (
            "Anna Kelly chairs the board. John Walsh said St Brigid's was safe. "
            "'This decision is about money,' she said.",
            "Anna Kelly",
        ),
        # honorifics of other traditions stand before the name, not in it
        ("'The levee held,' Cr Tomas Berg said.", "Tomas Berg"),
        ("'We will appeal,' Shri Ravi Menon said.", "Ravi Menon"),
    ],
)
def test_saints_and_honorifics(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == speaker
