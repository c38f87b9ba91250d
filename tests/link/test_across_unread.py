"""Candidates of the cross-speaker pass found by the second model for unread wordings."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pytest

from onrecord.link import across_unread
from onrecord.link.across_unread import FLOOR, unread, unread_pairs

_HINDI = "नदी का पानी अब भी बढ़ रहा है और पुल बंद रहेगा"
_ENGLISH = "The river is still rising and the bridge will stay closed"
_OTHER = "The school at Marrick will open again on Monday morning"


def _unit(*values: float) -> np.ndarray:
    v = np.asarray(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def _vectors(table: Sequence[np.ndarray]) -> Callable[[Sequence[int]], np.ndarray]:
    def vectors(indexes: Sequence[int]) -> np.ndarray:
        return np.vstack([table[k] for k in indexes])

    return vectors


def test_public_names() -> None:
    assert set(across_unread.__all__) == {"FLOOR", "Second", "unread", "unread_pairs"}


def test_unread() -> None:
    assert unread("hi", _HINDI)
    assert unread(None, _HINDI)  # its letters tell
    assert not unread("en", _ENGLISH)
    assert not unread("hi", "नदी")  # too short to compare


def test_the_closest_statement_in_another_language_is_a_candidate() -> None:
    table = [_unit(1, 0.1, 0), _unit(1, 0.12, 0), _unit(0.7, 0.7, 0.2)]
    found = unread_pairs(
        ["p:kavya-rane", "o:marrick-flood-office", "o:marrick-flood-office"],
        ["s1", "s2", "s3"],
        ["hi", "en", "en"],
        [_HINDI, _ENGLISH, _OTHER],
        _vectors(table),
    )
    assert set(found) == {(0, 1)}
    assert found[(0, 1)].cosine >= FLOOR and found[(0, 1)].lead > 0


@pytest.mark.parametrize(
    ("speakers", "statements", "languages"),
    [
        (["p:kavya-rane", "p:kavya-rane"], ["s1", "s2"], ["hi", "en"]),  # one speaker: the block links it
        ([None, None], ["s1", "s2"], ["hi", "en"]),  # nobody's twice: one block too
        (["p:kavya-rane", None], ["s1", "s1"], ["hi", "en"]),  # already one statement
        (["p:kavya-rane", None], ["s1", "s2"], ["hi", "hi"]),  # one language: no translation
    ],
)
def test_no_candidate(speakers: list[str | None], statements: list[str], languages: list[str]) -> None:
    table = [_unit(1, 0, 0), _unit(1, 0, 0)]
    assert unread_pairs(speakers, statements, languages, [_HINDI, _ENGLISH], _vectors(table)) == {}


def test_a_far_wording_is_no_candidate() -> None:
    table = [_unit(1, 0, 0), _unit(0, 1, 0)]
    assert unread_pairs(["p:kavya-rane", None], ["s1", "s2"], ["hi", "en"], [_HINDI, _ENGLISH], _vectors(table)) == {}
