"""Where the held-out sets are and which ones train the learned components."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.evaluate.splits import DEVELOPMENT, VALIDATION, parse_sets, set_folder


def test_set_one_has_no_number_in_its_folder_name() -> None:
    assert set_folder(Path("data"), 1) == Path("data/linking_heldout")
    assert set_folder(Path("data"), 37) == Path("data/linking_heldout37")


@pytest.mark.parametrize(
    ("spec", "sets"),
    [("1-4", [1, 2, 3, 4]), ("7", [7]), ("1,3,5-7", [1, 3, 5, 6, 7]), (" 2 - 3 , 9", [2, 3, 9])],
)
def test_parse_sets(spec: str, sets: list[int]) -> None:
    assert parse_sets(spec) == sets


def test_a_part_that_is_not_a_number_is_an_error() -> None:
    with pytest.raises(ValueError):
        parse_sets("1-x")


def test_the_development_sets_leave_the_validation_sets_out() -> None:
    assert min(DEVELOPMENT) == 1 and 84 in DEVELOPMENT and 95 in DEVELOPMENT and 102 in DEVELOPMENT
    assert not set(DEVELOPMENT) & set(VALIDATION)
    assert list(VALIDATION) == list(range(85, 95))
