from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy

from onrecord.errors import InputError
from onrecord.tagger import ConversionReport, TrainingRecord, read_records, record_to_doc

TEXT = 'Ana Bel said that the port "will close soon," and Kim Roe added that it would not.'


def _span(text: str, fragment: str, shift: tuple[int, int] = (0, 0)) -> dict[str, Any]:
    start = text.index(fragment) + shift[0]
    end = text.index(fragment) + len(fragment) + shift[1]
    return {"start": start, "end": end, "text": text[start:end]}


def _attribution(source: str, cue: str, content: str, **kwargs: Any) -> dict[str, Any]:
    shift = kwargs.pop("content_shift", (0, 0))
    return {
        "source": [_span(TEXT, source)] if source else [],
        "cue": [_span(TEXT, cue)],
        "content": [_span(TEXT, content, shift)],
        "attrs": kwargs,
    }


OUTER = _attribution("Ana Bel", "said", 'the port "will close soon," and')
SECOND = _attribution("Kim Roe", "added", "it would not")
# the same words, attributed again inside the outer content (PolNeAR's nested attributions)
NESTED = _attribution("", "said", "will close soon", nested=True)
OVERLAPPING = _attribution("Kim Roe", "added", 'port "will close')
MISALIGNED = _attribution("Kim Roe", "added", "it would not", content_shift=(1, -1))  # "t would no"
BLANK = {"source": [], "cue": [_span(TEXT, "added")], "content": [{"start": 0, "end": 0, "text": ""}], "attrs": {}}
SHARED = _attribution("Ana Bel", "said", "it would not")


@pytest.mark.parametrize(
    ("attributions", "entities", "counts"),
    [
        (
            [OUTER, SECOND],
            [
                ("SOURCE", "Ana Bel"),
                ("CUE", "said"),
                ("CONTENT", 'the port "will close soon," and'),
                ("SOURCE", "Kim Roe"),
                ("CUE", "added"),
                ("CONTENT", "it would not"),
            ],
            {"attributions": 2, "nested_skipped": 0, "snapped": 0, "misaligned_skipped": 0, "overlap_dropped": 0},
        ),
        (  # the nested attribution is skipped whole, whichever comes first in the file
            [NESTED, OUTER],
            [("SOURCE", "Ana Bel"), ("CUE", "said"), ("CONTENT", 'the port "will close soon," and')],
            {"attributions": 2, "nested_skipped": 1, "overlap_dropped": 0},
        ),
        (  # without the flag the outer attribution wins and the overlapping span is dropped
            [OVERLAPPING, OUTER],
            [
                ("SOURCE", "Ana Bel"),
                ("CUE", "said"),
                ("CONTENT", 'the port "will close soon," and'),
                ("SOURCE", "Kim Roe"),
                ("CUE", "added"),
            ],
            {"attributions": 2, "overlap_dropped": 1},
        ),
        (  # a span inside words is snapped outwards to whole tokens, and counted
            [MISALIGNED],
            [("SOURCE", "Kim Roe"), ("CUE", "added"), ("CONTENT", "it would not")],
            {"snapped": 1, "misaligned_skipped": 0},
        ),
        (  # an empty span cannot be aligned: skipped and counted
            [BLANK],
            [("CUE", "added")],
            {"misaligned_skipped": 1},
        ),
        (  # one source span shared by two attributions is one entity
            [OUTER, SHARED],
            [
                ("SOURCE", "Ana Bel"),
                ("CUE", "said"),
                ("CONTENT", 'the port "will close soon," and'),
                ("CONTENT", "it would not"),
            ],
            {"overlap_dropped": 0},
        ),
    ],
)
def test_record_to_doc(
    attributions: list[dict[str, Any]], entities: list[tuple[str, str]], counts: dict[str, int]
) -> None:
    nlp = spacy.blank("en")
    report = ConversionReport()
    doc = record_to_doc(nlp, TrainingRecord("a1", TEXT, tuple(attributions), None, "x.jsonl"), report)
    assert [(e.label_, e.text) for e in doc.ents] == entities
    figures = report.to_dict()
    for key, value in counts.items():
        assert figures[key] == value, key
    assert all(t.ent_iob_ in ("B", "I", "O") for t in doc)  # complete annotation: no missing labels


def test_span_outside_text_is_an_input_error() -> None:
    bad = {"source": [], "cue": [], "content": [{"start": 5, "end": 500}], "attrs": {}}
    with pytest.raises(InputError, match="outside the text"):
        record_to_doc(spacy.blank("en"), TrainingRecord("a1", TEXT, (bad,), None, "x.jsonl"))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a", "text": "t"}', "line 2"),
        ("not json", "line 2"),
        ('{"id": "a", "text": 3, "attributions": []}', "line 2"),
    ],
)
def test_read_records_rejects_malformed_lines(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    good = {"id": "ok", "text": "x", "attributions": [], "meta": {"license": "CC0-1.0"}}
    path.write_text(json.dumps(good) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        list(read_records(path))


def test_read_records_reads_licence(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    rows = [
        {"id": "a", "text": "x", "attributions": [], "meta": {"license": "CC0-1.0"}},
        {"id": "b", "text": "y", "attributions": []},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert [(r.id, r.license) for r in read_records(path)] == [("a", "CC0-1.0"), ("b", None)]
