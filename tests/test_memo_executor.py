"""The test suite's memoising executor (tests/conftest.py): one analysis per distinct input, and
a fresh copy of the result for every archive."""

from __future__ import annotations

import json
from pathlib import Path

from onrecord.archive import Archive
from tests.conftest import MemoExecutor


def _double(item: list[int]) -> list[int]:
    return [2 * n for n in item]


def test_a_repeated_input_is_computed_once_and_returned_as_a_copy() -> None:
    executor = MemoExecutor({})
    first = list(executor.map(_double, [[1, 2], [3]]))
    second = list(executor.map(_double, [[3], [1, 2], [4]]))
    assert first == [[2, 4], [6]] and second == [[6], [2, 4], [8]]
    assert executor.hits == 2
    assert second[1] is not first[0]
    second[1].append(99)  # a caller that changes a result changes nobody else's
    assert list(executor.map(_double, [[1, 2]])) == [[2, 4]]


def test_archives_built_through_it_hold_what_fresh_ones_hold(tmp_path: Path, analyses_once: MemoExecutor) -> None:
    path = tmp_path / "a.jsonl"
    records = [
        {"id": "a1", "published": "2025-03-03", "text": 'Port row\n\n"The quay will close in May," Maria Keller said.'},
        {
            "id": "a2",
            "published": "2025-03-04",
            "text": 'Port row\n\n"The quay will close in May," Keller said on Monday.',
        },
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    seen = []
    for _ in range(2):
        with Archive(":memory:") as archive:
            archive.ingest([str(path)], batch_size=1)
            seen.append(
                sorted((q.text, q.speaker.name if q.speaker else None, q.statement_id) for q in archive.quotes())
            )
    assert analyses_once.hits == 2
    assert seen[0] == seen[1] and len(seen[0]) == 2
