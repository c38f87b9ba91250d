from __future__ import annotations

import pytest

from onrecord.link.occasions import said_again


@pytest.mark.parametrize(
    ("before", "after", "again"),
    [
        ("Thursday. In the same interview, Marchetti said", ' again: "We will not sell', True),
        ("On Saturday, in a written statement, he repeated the claim, adding", " that every", True),
        ("In the House on Tuesday he repeated", " the charge, and added a figure", True),
        ("Nella stessa intervista la manager ha ribadito", ": «Non venderemo", True),
        ("Devant les députés, la ministre a répété", " que", True),
        ("Am Donnerstag bekräftigte", " Halvorsen, dass", True),
        ("Вечером министр снова заявил", ", что", True),
        # a manner, not a second occasion; "again" in the words quoted, not in the attribution
        ("Kessler was asked repeatedly about the hub and said", " that", False),
        ('and we will never do this again," he said', "", False),
        ("The minister said", ' on Tuesday: "We will meet again next week', False),
        ("Pia Lund said", " that", False),
    ],
)
def test_the_attribution_tells_of_words_said_again(before: str, after: str, again: bool) -> None:
    assert said_again(before, after) is again
