"""An outlet's acronym recorded under the full name the article introduced it by."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.channel_spelled import spelled_before

_INTRODUCED = (
    "Dock workers in Varske walked out on Monday, according to Kelsby Newswire.\n\n"
    'Harbourmaster Ylva Sandholm told KNW that the pier would stay shut. "We cannot open it," she said.\n'
)


@pytest.mark.parametrize(
    ("name", "text", "own", "expected"),
    [
        # named in full first, then by its initials (a compound's media word gives one too)
        ("KNW", _INTRODUCED, "The Varske Courier", "Kelsby Newswire"),
        ("HNA", "The Harlow News Agency reported the strike.\n\nLater Berg told HNA it was over.", None,
         "Harlow News Agency"),
        # the acronym first, then glossed: the name the article uses
        ("HNA", "Berg spoke to HNA, the Harlow News Agency, on Monday.", None, "HNA"),
        # defined in brackets: the article gives both names
        ("HNA", "From Harlow News Agency (HNA)\n\nBerg told HNA it was over.", None, "HNA"),
        # defined in a sentence that tells of no speech, a credit for the story: the full name
        ("HNA", "The Courier's account rests on reporting by the Harlow News Agency (HNA).\n\nBerg told HNA so.",
         "The Varske Courier", "Harlow News Agency"),
        # defined in a sentence of speech: the full name the article gives it
        ("HNA", "Harlow News Agency (HNA) quoted Berg as saying so.\n\nLater Lind told HNA it was over.", None,
         "Harlow News Agency"),
        ("MPA", "Berg said so on Tuesday, according to the Meridian Press Agency (MPA).\n\n"
         '"We are aware of it," Lind told MPA.', "Eastern Courier", "Meridian Press Agency"),
        # the own outlet's initials, never defined, of its masthead: the outlet's name
        ("KTR", "KESTREL TRADE REVIEW\n\nThe pier shut.\n\nBerg told KTR it was over.", "Kestrel Trade Review",
         "Kestrel Trade Review"),
        ("KTR", "KESTREL TRADE REVIEW (KTR)\n\nThe pier shut.\n\nBerg told KTR it was over.",
         "Kestrel Trade Review", "KTR"),
        # the own agency's initials only in its dateline's credit: no definition, the agency's name
        ("PCP", "GORUKA, Sept 7 (PCP) - A nurse was found.\n\nDe Graaf told PCP so.", "Pacific Continental Press",
         "Pacific Continental Press"),
        # the agency's own copy: its full name only from its reporter's byline
        ("HNA", "Strike ends\n\nBy Ada Lenz, Harlow News Agency\n\nVARSKE, May 4 (HNA) - Berg told HNA so.", "HNA",
         "Harlow News Agency"),
        ("HNA", "Strike ends\n\nBy Ada Lenz\nHarlow News Agency\n\nVARSKE, May 4 (HNA) - Text.", "HNA",
         "Harlow News Agency"),
        ("HNA", "Strike ends\n\nHarlow News Agency\n4 May 2027\n\nVARSKE, May 4 (HNA) - Text.", "HNA", "HNA"),
        # a paper running the agency's copy defines it in a sentence after the credit
        ("HNA", "THE VARSKE TIMES\n\nVARSKE, May 4 (HNA) - Berg told Harlow News Agency it was over.", "HNA",
         "HNA"),
        ("HNA", "VARSKE (HNA) - The pier shut.\n\nBerg told the Harlow News Agency (HNA) so.", "HNA",
         "Harlow News Agency"),
        # a credit line after the dateline names it alone: no sentence
        ("HNA", "VARSKE (HNA) - The pier shut.\n\nHarlow News Agency\n", "HNA", "HNA"),
        # a body's name is no medium's
        ("HMSA", "The Harlow Marine Survey Agency said so.\n\nBerg told HMSA it was over.", None, "HMSA"),
        ("HFGO", "The Harlow Flood Gauge Office said so.\n\nBerg told HFGO it was over.", None, "HFGO"),
        # an acronym that is itself a known outlet's is no other outlet's initials
        ("RT", "Speaking on Radio Tavel on Friday, Mayor Ilse Dorn said so.\n\nOleg Varin told RT it was over.",
         None, "RT"),
        ("BBC", "The Brenvik Broadcasting Company said so.\n\nOleg Varin told BBC it was over.", None, "BBC"),
        # initials of no outlet's name, and names that are no acronym, stay as read
        ("HNA", "Hanna Nils Arendt met the mayor.\n\nBerg told HNA so.", None, "HNA"),
        ("Radio Vellby", _INTRODUCED, None, "Radio Vellby"),
        (None, _INTRODUCED, None, None),
    ],
)  # fmt: skip
def test_spelled_before(name: str | None, text: str, own: str | None, expected: str | None) -> None:
    assert spelled_before(name, text, own) == expected


def test_a_quote_told_to_an_acronym_comes_through_the_outlet_named_in_full() -> None:
    quotes = extract(_INTRODUCED, outlet="The Varske Courier")
    told = [q for q in quotes if q.speaker is not None and q.speaker.name.endswith("Ylva Sandholm")]
    assert len(told) == 2 and {q.via for q in told} == {"Kelsby Newswire"}
