"""A medium's name run into a person's name without a comma is the medium, then the person."""

from __future__ import annotations

import pytest

from onrecord import extract

_TEXT = (
    "GRENVILLE — Mayor Harriet Vendt defended the harbour plan on Tuesday.\n\n"
    "In a March meeting with the editorial board of the {body} Vendt said that the harbour would be "
    "dredged by spring.\n\nCritics disagreed."
)


@pytest.mark.parametrize("body", ["Boston Globe", "Financial Times"])
def test_a_known_name_after_a_medium_speaks(body: str) -> None:
    quotes = [q for q in extract(_TEXT.format(body=body)) if "dredged" in q.text]
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Harriet Vendt"
    assert quotes[0].speaker.kind == "person"


def test_a_name_the_article_never_gave_stays_with_the_medium() -> None:
    text = "In a meeting with the editorial board of the Boston Globe Quarry said the harbour would be dredged."
    quotes = [q for q in extract(text) if "dredged" in q.text]
    assert not quotes or quotes[0].speaker is None or quotes[0].speaker.kind != "person"
