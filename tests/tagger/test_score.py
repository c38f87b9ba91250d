from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.evaluate.scoring import Attribution
from onrecord.tagger import TrainResult, pair_spans, score_tagger
from onrecord.tagger.convert import read_records
from onrecord.tagger.score import gold_attributions, score_records

TEXT = '"We are ready," Ana Bel said, "but not yet." Kim Roe said prices rose.\n"New line," she said.'


def _at(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


READY, YET, PRICES, NEW = _at('"We are ready,"'), _at('"but not yet."'), _at("prices rose"), _at('"New line,"')
ANA, KIM, SHE = _at("Ana Bel"), _at("Kim Roe"), _at("she")
SAID1, SAID2 = _at("said,"), _at("said prices")
SAID1, SAID2 = (SAID1[0], SAID1[0] + 4), (SAID2[0], SAID2[0] + 4)
SAID3 = (TEXT.rindex("said"), TEXT.rindex("said") + 4)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], []),
        (  # an interrupted quote around one cue is one content; each cue takes its nearest source
            [
                ("CONTENT", *READY),
                ("SOURCE", *ANA),
                ("CUE", *SAID1),
                ("CONTENT", *YET),
                ("SOURCE", *KIM),
                ("CUE", *SAID2),
                ("CONTENT", *PRICES),
            ],
            [Attribution(READY[0], YET[1], (ANA,), (SAID1,)), Attribution(*PRICES, (KIM,), (SAID2,))],
        ),
        (  # a content without any cue or source is still a prediction
            [("CONTENT", *PRICES)],
            [Attribution(*PRICES, (), ())],
        ),
        (  # no joining across a line break
            [("CONTENT", *PRICES), ("CUE", *SAID3), ("CONTENT", *NEW), ("SOURCE", *SHE)],
            [Attribution(*PRICES, (SHE,), (SAID3,)), Attribution(*NEW, (SHE,), (SAID3,))],
        ),
    ],
)
def test_pair_spans(spans: list[tuple[str, int, int]], expected: list[Attribution]) -> None:
    assert pair_spans(TEXT, spans) == expected


def test_gold_tags_score_perfectly(tmp_path: Path) -> None:
    record = {
        "id": "a",
        "text": TEXT,
        "attributions": [
            {
                "source": [{"start": ANA[0], "end": ANA[1]}],
                "cue": [{"start": SAID1[0], "end": SAID1[1]}],
                "content": [{"start": READY[0], "end": READY[1]}, {"start": YET[0], "end": YET[1]}],
            },
            {
                "source": [{"start": KIM[0], "end": KIM[1]}],
                "cue": [{"start": SAID2[0], "end": SAID2[1]}],
                "content": [{"start": PRICES[0], "end": PRICES[1]}],
            },
        ],
    }
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    records = list(read_records(path))
    assert [(a.start, a.end) for a in gold_attributions(records[0])] == [(READY[0], YET[1]), PRICES]

    def oracle(text: str) -> list[tuple[str, int, int]]:
        return [
            ("CONTENT", *READY),
            ("CONTENT", *YET),
            ("CUE", *SAID1),
            ("SOURCE", *ANA),
            ("CONTENT", *PRICES),
            ("CUE", *SAID2),
            ("SOURCE", *KIM),
        ]

    figures = score_records(oracle, records).to_dict()
    assert figures["match@0.5"]["f1"] == 1.0 and figures["exact"]["f1"] == 1.0
    assert figures["end_to_end"]["f1"] == 1.0 and figures["source_accuracy"] == 1.0


def test_score_tagger_on_fixture(trained: TrainResult, fixture_files: tuple[Path, Path]) -> None:
    done: list[int] = []
    figures = score_tagger(trained.path, fixture_files[0], progress=done.append).to_dict()
    assert figures["documents"] == 10 and figures["gold"] == 30 and done[-1] == 10
    assert 0.0 <= figures["match@0.5"]["f1"] <= 1.0


def _spans(text: str, *labelled: tuple[str, str]) -> list[tuple[str, int, int]]:
    out = []
    for label, fragment in labelled:
        start = text.index(fragment)
        out.append((label, start, start + len(fragment)))
    return out


def _words(text: str, attributions: list[Attribution]) -> list[tuple[str, list[str], list[str]]]:
    return [
        (text[a.start : a.end], [text[s:e] for s, e in a.sources], [text[s:e] for s, e in a.cues]) for a in attributions
    ]


@pytest.mark.parametrize(
    ("text", "labelled", "expected"),
    [
        (  # the cue of the content's own sentence, not a nearer one in the sentence before
            "Lee Chan said so. Taxes will rise, the mayor warned.",
            [("SOURCE", "Lee Chan"), ("CUE", "said"), ("CONTENT", "Taxes will rise"), ("CUE", "warned")],
            [("Taxes will rise", ["mayor"], ["warned"])],
        ),
        (  # no tagged source in the cue's sentence: the word right before the cue, its subject
            "Ana Bel spoke first.\nStill, the fund warned that growth will slow.",
            [("SOURCE", "Ana Bel"), ("CUE", "warned"), ("CONTENT", "growth will slow")],
            [("growth will slow", ["fund"], ["warned"])],
        ),
        (  # a comma before the cue is skipped ("Mike Pence, plans ...")
            "Indiana Gov. Mike Pence, plans to release his returns, aides said.",
            [("CUE", "plans"), ("CONTENT", "to release his returns")],
            [("to release his returns", ["Pence"], ["plans"])],
        ),
        (  # a tagged source in the cue's sentence beats a nearer one across a sentence end
            'The talks ended. "We are done," the envoy, Ana Bel, said.',
            [("SOURCE", "The talks"), ("CONTENT", '"We are done,"'), ("SOURCE", "Ana Bel"), ("CUE", "said")],
            [('"We are done,"', ["Ana Bel"], ["said"])],
        ),
        (  # a cue at a line start has no word before it: the nearest tagged source anywhere
            "Kim Roe spoke.\nSaid to be ready: the plan.",
            [("SOURCE", "Kim Roe"), ("CUE", "Said"), ("CONTENT", "to be ready")],
            [("to be ready", ["Kim Roe"], ["Said"])],
        ),
    ],
)
def test_pair_spans_by_sentence(
    text: str, labelled: list[tuple[str, str]], expected: list[tuple[str, list[str], list[str]]]
) -> None:
    assert _words(text, pair_spans(text, _spans(text, *labelled))) == expected


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, [("Taxes will rise", ["mayor"], ["warned"])]),
        ({"word_before_cue": False}, [("Taxes will rise", ["Lee Chan"], ["warned"])]),
        ({"by_sentence": False}, [("Taxes will rise", ["Lee Chan"], ["said"])]),  # the hybrid's: nearest anywhere
    ],
)
def test_pair_spans_options(options: dict[str, bool], expected: list[tuple[str, list[str], list[str]]]) -> None:
    text = "Lee Chan said so. Taxes will rise, the mayor warned."
    spans = _spans(text, ("SOURCE", "Lee Chan"), ("CUE", "said"), ("CONTENT", "Taxes will rise"), ("CUE", "warned"))
    assert _words(text, pair_spans(text, spans, **options)) == expected
