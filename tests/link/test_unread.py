"""Translations of wordings the first embedder does not read, by the second model's cosine."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from onrecord.link.unread import names_differ, names_lost_in_script, sole_counterparts, unread_translations


def _vectors(table: dict[str, list[float]]):  # type: ignore[no-untyped-def]
    def vectors(texts: Sequence[str]) -> np.ndarray:
        rows = np.array([table[t] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    return vectors


def _at(cosine: float) -> list[float]:
    """A vector at ``cosine`` from [1, 0, 0] (in the plane of the first two axes)."""
    return [cosine, float(np.sqrt(1 - cosine**2)), 0.0]


def test_the_closest_statement_is_taken_when_it_leads() -> None:
    texts = ["unread", "same statement", "another statement"]
    vectors = _vectors({"unread": [1, 0, 0], "same statement": _at(0.92), "another statement": _at(0.80)})
    found = unread_translations(texts, [True, False, False], lambda i: [1, 2], lambda j: j, vectors)
    assert [(i, j) for _, i, j in found] == [(0, 1)]
    assert found[0][0] == pytest.approx(0.92, abs=1e-4)


def test_no_link_below_the_threshold_or_without_a_lead() -> None:
    texts = ["unread", "a", "b"]
    low = _vectors({"unread": [1, 0, 0], "a": _at(0.83), "b": _at(0.70)})
    assert unread_translations(texts, [True, False, False], lambda i: [1, 2], lambda j: j, low) == []
    # two statements equally close: the cosine cannot tell which one it translates
    tied = _vectors({"unread": [1, 0, 0], "a": _at(0.91), "b": _at(0.905)})
    assert unread_translations(texts, [True, False, False], lambda i: [1, 2], lambda j: j, tied) == []


@pytest.mark.parametrize(
    ("closest", "next_closest", "taken"),
    [
        (0.87, 0.845, True),  # close enough with about the least lead
        (0.85, 0.80, True),  # lower, but clearly ahead: cosine and lead add up to the evidence
        (0.85, 0.83, False),  # as low, and barely ahead
        (0.86, 0.838, False),  # the old single cut no longer suffices with about the least lead
        (0.84, None, True),  # the speaker's one statement in another language that day
        (0.82, None, False),  # alone, but under the least cosine
        (0.95, 0.94, False),  # no lead: the cosine cannot tell which one it translates
    ],
)
def test_a_lower_cosine_needs_a_clearer_lead(closest: float, next_closest: float | None, taken: bool) -> None:
    table = {"unread": [1.0, 0.0, 0.0], "a": _at(closest), "b": _at(next_closest if next_closest is not None else 0.1)}
    texts = ["unread", "a", "b"]
    found = unread_translations(
        texts, [True, False, False], lambda i: [1, 2] if next_closest else [1], lambda j: j, _vectors(table)
    )
    assert bool(found) is taken


def test_reports_of_one_statement_do_not_compete() -> None:
    # "a" and "b" are one statement so far (a quote and its indirect report): no margin between them
    texts = ["unread", "a", "b", "c"]
    vectors = _vectors({"unread": [1, 0, 0], "a": _at(0.91), "b": _at(0.905), "c": _at(0.8)})
    found = unread_translations(
        texts, [True, False, False, False], lambda i: [1, 2, 3], lambda j: 1 if j == 2 else j, vectors
    )
    assert [(i, j) for _, i, j in found] == [(0, 1)]


def test_nothing_is_embedded_without_an_unread_wording_or_candidates() -> None:
    def refuse(texts: Sequence[str]) -> np.ndarray:
        raise AssertionError("no vectors needed")

    assert unread_translations(["a", "b"], [False, False], lambda i: [0, 1], lambda j: j, refuse) == []
    assert unread_translations(["a", "b"], [True, False], lambda i: [], lambda j: j, refuse) == []


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ({"austr"}, {"zeela", "sveri"}, True),  # another country named
        ({"zeala", "swede"}, {"zeela", "sveri"}, False),  # an exonym keeps its first letters
        ({"tarlo"}, {"tarlo"}, False),
        (set(), {"brenm"}, False),  # one names nothing: nothing to compare
        ({"αθήνα"}, {"brenm"}, False),  # another script: a name is spelt in its own letters
    ],
)
def test_names_differ(a: set[str], b: set[str], differ: bool) -> None:
    assert names_differ(a, b) is differ


@pytest.mark.parametrize(
    ("candidates", "groups", "found"),
    [
        # the one statement the speaker made in other languages: taken
        ({0: [1, 2]}, [0, 1, 1], [(0, 1)]),
        # two statements it could translate: none is
        ({0: [1, 2]}, [0, 1, 2], []),
        # no candidate at all
        ({0: []}, [0, 1], []),
        # another unread wording, in another statement, could translate the same one (another
        # quote of its article, or the one wording of another article): which of the two does,
        # or whether both say one thing, nothing tells
        ({0: [2], 1: [2]}, [0, 1, 2], []),
        # ... unless the two are one statement already
        ({0: [2], 1: [2]}, [0, 0, 2], [(0, 2), (1, 2)]),
    ],
)
def test_sole_counterparts(candidates: dict[int, list[int]], groups: list[int], found: list[tuple[int, int]]) -> None:
    pairs = sole_counterparts(list(candidates), candidates.__getitem__, groups.__getitem__)
    assert pairs == found


@pytest.mark.parametrize(
    ("names", "other", "lost"),
    [
        # the name it opens with written, its other party not: another statement
        (["Kaldor", "Front"], "ویسٹریا اوسمان حکومت سے بات چیت جاری رکھے گی", True),
        (["Osman"], "Вестрия продолжит переговоры с фронтом Калдора", True),
        # every name written in the other's letters, its ending and vowels its own
        (["Kaldor", "Front"], "ویسٹریا کالڈور فرنٹ سے بات چیت جاری رکھے گی", False),
        (["Kaldor"], "Вестрия продолжит переговоры с Калдором", False),
        (["Kaldor"], "الحكومة الفيسترية الكالدورية", False),  # Arabic's article written onto the names
        # the opener not written either: the translation may have dropped every name
        (["Kaldor"], "переговоры продолжатся", False),
        # nothing to say: the other in Latin letters, Han characters, a name too short, or a
        # name not in Latin letters
        (["Kaldor"], "Vestria will keep talking", False),
        (["Kaldor"], "维斯特里亚将继续会谈", False),
        (["Ea"], "Вестрия продолжит переговоры", False),
        (["Калдор"], "Βεστρία θα συνεχίσει", False),
    ],
)
def test_names_lost_in_script(names: list[str], other: str, lost: bool) -> None:
    assert names_lost_in_script(names, ["Vestria"], other) is lost
