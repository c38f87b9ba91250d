"""Styles of honour kept with a person's full name (onrecord.attribute.styles)."""

from __future__ import annotations

import pytest

from onrecord.attribute.styles import is_styled, styled_forms


@pytest.mark.parametrize(
    ("names", "text", "styled"),
    [
        (
            {"Khalid bin Omar al-Ruwaili"},
            "Sheikh Khalid bin Omar al-Ruwaili, who chairs the fund, said on Monday it would bid.",
            {"Sheikh Khalid bin Omar al-Ruwaili"},
        ),
        (
            {"Azman bin Yusof", "Azman"},
            "The summit chair, Dato' Seri Azman bin Yusof, said pledges had doubled.",
            {"Dato' Seri Azman bin Yusof"},
        ),
        (
            {"Alistair Penhaligon"},
            "The inquiry was told by Sir Alistair Penhaligon that the ramp had failed.",
            {"Sir Alistair Penhaligon"},
        ),
        (
            {"Sani Musa Gwandu"},
            "Alhaji Sani Musa Gwandu, the association's chairman, said exports would fall.",
            {"Alhaji Sani Musa Gwandu"},
        ),
        # a royal style before a title of rank: both, as written
        (
            {"Rashid bin Omar Al Harbi"},
            "His Highness Sheikh Rashid bin Omar Al Harbi, chairman of the group, said it would bid.",
            {"His Highness Sheikh Rashid bin Omar Al Harbi"},
        ),
        (
            {"Rashid bin Omar Al Harbi"},
            "H.H. Sheikh Rashid bin Omar Al Harbi opened the forum.",
            {"H.H. Sheikh Rashid bin Omar Al Harbi"},
        ),
        (
            {"Amelia Rosecroft"},
            "Her Royal Highness Amelia Rosecroft opened the ward.",
            {"Her Royal Highness Amelia Rosecroft"},
        ),
        # an office's courtesy is no style: the style after it alone
        (
            {"Faisal bin Saeed Al Nuaimi"},
            "His Excellency Sheikh Faisal bin Saeed Al Nuaimi said talks would go on.",
            {"Sheikh Faisal bin Saeed Al Nuaimi"},
        ),
        # forms of address and offices are no styles of honour
        ({"Anika Velloso"}, "Dr. Anika Velloso said the trial had ended.", set()),
        ({"Budi Hartono"}, "Pak Budi Hartono said the harvest was late.", set()),
        ({"Oren Castell"}, "Senator Oren Castell said he would vote no.", set()),
        # a style before a given name or a surname alone is no fuller form of a full name
        ({"Fenwick"}, "Lord Fenwick said the sentence was just.", set()),
        ({"Khalid bin Omar al-Ruwaili"}, "Sheikh Khalid said the fund would bid.", set()),
        # a style in lower case is a word of the sentence, not the name's
        ({"Rowan Ellery"}, "The lady Rowan Ellery met said nothing.", set()),
    ],
)
def test_a_style_of_honour_before_a_full_name_is_one_of_its_forms(names: set[str], text: str, styled: set[str]) -> None:
    assert styled_forms(names, text) == styled


@pytest.mark.parametrize(
    ("name", "styled"),
    [
        ("Sheikh Khalid bin Omar al-Ruwaili", True),
        ("Dato' Seri Azman bin Yusof", True),
        ("Tan Sri Farah Idris", True),
        ("Tan Wei Ming", False),  # "Tan" alone is a family name
        ("His Highness Sheikh Rashid bin Omar Al Harbi", True),
        ("His Excellency Rashid bin Omar Al Harbi", False),
        ("Dr. Anika Velloso", False),
        ("Khalid bin Omar al-Ruwaili", False),
    ],
)
def test_a_name_that_opens_with_a_style(name: str, styled: bool) -> None:
    assert is_styled(name) is styled
