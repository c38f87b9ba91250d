"""The audit of the hybrid's guards: per outcome, the tagged contents and the right ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.tagger.audit import Outcome, audit_document, audit_polnear, format_audit, main, matched_gold

TEXT = (
    "Ms Orsolya Brandt said the ferry to Kallis would run again on Friday. "
    "Harbour staff hoped the storm would pass. "
    "The council wants the quay rebuilt before the summer season."
)


def _span(phrase: str) -> tuple[int, int]:
    at = TEXT.index(phrase)
    return at, at + len(phrase)


FERRY = _span("the ferry to Kallis would run again on Friday")
STORM = _span("the storm would pass")
QUAY = _span("the quay rebuilt before the summer season")


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        ([FERRY], {0}),
        ([_span("on Friday")], set()),  # two tokens of nine: under half
        ([FERRY, _span("the ferry to Kallis would run again")], {0}),  # one to one: the better pair
        ([STORM, FERRY], {0, 1}),
    ],
)
def test_gold_contents_are_matched_one_to_one_at_half_their_tokens(
    predicted: list[tuple[int, int]], expected: set[int]
) -> None:
    assert matched_gold(TEXT, [FERRY, STORM], predicted) == expected


def test_a_tagged_content_is_right_only_when_it_matches_gold_no_record_matches() -> None:
    outcomes = [
        (FERRY, "overlap"),  # matches gold, but a record already matched that gold
        (STORM, "not_clause"),  # matches gold no record matches: right
        (_span("pass"), "cue_far"),  # one token of four: too short to match
        (QUAY, "scope"),  # no gold there at all
    ]
    counts = audit_document(TEXT, [FERRY, STORM], [FERRY], outcomes)
    assert counts == {
        "overlap": Outcome(1, 0),
        "not_clause": Outcome(1, 1),
        "cue_far": Outcome(1, 0),
        "scope": Outcome(1, 0),
    }


def test_a_content_made_a_record_is_right_when_it_matches_any_gold_content() -> None:
    counts = audit_document(TEXT, [FERRY, STORM], [FERRY], [(FERRY, "added"), (QUAY, "added")])
    assert counts == {"added": Outcome(2, 1)}


def test_counts_add_up_over_articles() -> None:
    counts = audit_document(TEXT, [STORM], [], [(STORM, "cue_far")])
    audit_document(TEXT, [STORM], [STORM], [(STORM, "cue_far")], counts)
    assert counts == {"cue_far": Outcome(2, 1)}


def test_the_table_gives_f1_were_each_outcome_flipped() -> None:
    counts = {"cue_far": Outcome(10, 4), "added": Outcome(5, 3), "overlap": Outcome(2, 1)}
    table = format_audit(counts, gold=100, predicted=50, matched=40)
    lines = table.splitlines()
    assert lines[0] == "hybrid: gold 100, records 50, matched 40, MATCH@0.5 F1 0.5333"
    assert lines[2].split() == ["cue_far", "10", "4", "0.400", f"{2 * 44 / 160:.4f}"]  # kept: 10 more, 4 right
    assert lines[3].split() == ["added", "5", "3", "0.600", f"{2 * 37 / 145:.4f}"]  # dropped: 5 fewer, 3 right
    assert lines[4].split() == ["overlap", "2", "1", "0.500", "-"]  # a rule record's span revised: no flip


def _split(folder: Path) -> Path:
    record = {
        "id": "kallis-ferry",
        "text": TEXT,
        "attributions": [
            {
                "source": [{"start": 0, "end": len("Ms Orsolya Brandt")}],
                "cue": [dict(zip(("start", "end"), _span("said"), strict=True))],
                "content": [dict(zip(("start", "end"), FERRY, strict=True))],
            }
        ],
        "meta": {"publication_date": "2031-03-04"},
    }
    (folder / "dev.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


def test_a_split_is_audited_with_the_hybrids_own_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    counts, gold, predicted, matched = audit_polnear("dev", _split(tmp_path))
    assert (gold, matched) == (1, 1)
    assert predicted >= 1
    assert all(o.right <= o.tagged for o in counts.values())
    assert main(["--split", "dev", "--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("PolNeAR dev (statements)\nhybrid: gold 1, records")


def test_public_names() -> None:
    from onrecord.tagger import audit

    assert audit.__all__ == [
        "RECORDED",
        "Outcome",
        "audit_document",
        "audit_polnear",
        "format_audit",
        "main",
        "matched_gold",
    ]
