"""The linking evaluation on a tiny set written here, so the scorer is tested on its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.errors import EvaluationError
from onrecord.evaluate.linking import _past_headline, evaluate_linking

A = (
    "VALMORA, March 4 (Meridian) - Union leader Ana Ruiz said on Wednesday that the strike would go on.\n\n"
    '"We will not go back without a deal," Ruiz told reporters.'
)
B = (
    "VALMORA (Harbour Wire) - The dock strike will continue, union leader Ana Ruiz said.\n\n"
    '"We will not return without a deal," she told reporters on Wednesday.\n\n'
    '"We will return without a deal," said port manager Ana Lopez.'
)


def _write(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(A)
    (tmp_path / "articles" / "b.txt").write_text(B)
    gold = {
        "articles": {
            "a.txt": {"outlet": "Meridian", "published": "2026-03-04", "language": "en", "syndicated_from": None},
            "b.txt": {"outlet": "Harbour Wire", "published": "2026-03-04", "language": "en", "syndicated_from": None},
        },
        "speakers": {"ruiz": {"name": "Ana Ruiz", "kind": "person"}, "lopez": {"name": "Ana Lopez", "kind": "person"}},
        "quotes": [
            {
                "article": "a.txt",
                "text": "the strike would go on",
                "kind": "indirect",
                "speaker": "ruiz",
                "statement": "go-on",
            },
            {
                "article": "a.txt",
                "text": "We will not go back without a deal",
                "kind": "direct",
                "speaker": "ruiz",
                "statement": "no-deal",
            },
            {
                "article": "b.txt",
                "text": "The dock strike will continue",
                "kind": "indirect",
                "speaker": "ruiz",
                "statement": "go-on",
            },
            {
                "article": "b.txt",
                "text": "We will not return without a deal",
                "kind": "direct",
                "speaker": "ruiz",
                "statement": "no-deal",
            },
            {
                "article": "b.txt",
                "text": "We will return without a deal",
                "kind": "direct",
                "speaker": "lopez",
                "statement": "lopez",
            },
        ],
        "traps": [{"a": "no-deal", "b": "lopez", "why": "negation"}],
    }
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "port.json").write_text(json.dumps(gold))
    return tmp_path


def test_linking_evaluation(tmp_path: Path) -> None:
    figures = evaluate_linking(_write(tmp_path))
    assert figures["quotes"] == {"gold": 5, "matched": 5, "gold_text_not_found": 0}
    assert figures["trap_merges"] == {"traps": 1, "merged": 0}
    assert figures["speaker_pairs"]["f1"] == 1.0
    assert figures["statement_pairs"]["precision"] == 1.0
    assert figures["statement_pairs"]["recall"] >= 0.5


def test_gold_of_names_each_matched_quotes_statement(tmp_path: Path) -> None:
    gold_of: dict[str, str] = {}
    evaluate_linking(_write(tmp_path), gold_of=gold_of)
    assert len(gold_of) == 5
    assert sorted(set(gold_of.values())) == ["go-on", "lopez", "no-deal"]


def test_metadata_gives_the_publication_date(tmp_path: Path) -> None:
    """An undated article's "on Wednesday" has a day when the gold's date is fed with it, and
    without it when a dated article's report of the same words places its week."""
    folder = _write(tmp_path)
    (folder / "articles" / "b.txt").write_text(B.replace("VALMORA (Harbour Wire) - ", ""))
    gold = json.loads((folder / "events" / "port.json").read_text())
    for quote in gold["quotes"]:
        if quote["article"] == "b.txt" and quote["statement"] == "no-deal":
            quote["said_on"] = "2026-03-04"
    (folder / "events" / "port.json").write_text(json.dumps(gold))
    plain = evaluate_linking(folder)
    fed = evaluate_linking(folder, metadata=True)
    assert fed["quotes"] == plain["quotes"]
    # without the date, the dated wire report of the same words places the undated "on Wednesday"
    # (onrecord.link.anchored); with it, the publication date does
    assert (plain["said_on"]["gold_non_null"], plain["said_on"]["right"]) == (1, 1)
    assert (fed["said_on"]["gold_non_null"], fed["said_on"]["right"]) == (1, 1)


def test_missing_set(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="not found"):
        evaluate_linking(tmp_path / "nowhere")


def test_the_cli_lists_what_the_figures_count(tmp_path: Path) -> None:
    import json as json_module

    from click.testing import CliRunner

    from onrecord.cli import main

    folder = _write(tmp_path)
    plain = CliRunner().invoke(main, ["eval", "linking", "--data", str(folder), "-v"])
    assert plain.exit_code == 0, plain.output
    assert "statement_pairs" in plain.output
    as_json = CliRunner().invoke(main, ["eval", "linking", "--data", str(folder), "--json", "-v"])
    figures = json_module.loads(as_json.output)  # one JSON document, nothing after it
    kinds = {"missed", "split", "merged", "speaker", "speaker_split", "via", "via_kind", "said_on"}
    assert set(figures["errors"]) == kinds
    assert figures["errors"]["missed"] == []


def _quote(name: str | None, via: str | None = None, said_on: str | None = None) -> object:
    from onrecord.model import Quote, SpeakerRef

    speaker = SpeakerRef("p1", name, None) if name else None
    return Quote("q", "a", "direct", "t", 0, 1, None, speaker, via=via, said_on=said_on)


GOLD_SPEAKERS = {
    "ruiz": {"name": "Ana Ruiz", "aliases": ["Ruiz", "the union leader"]},
    "lopez": {"name": "Ana Lopez", "aliases": ["Lopez"]},
}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        (None, "missing"),
        ("Valmora", "place"),
        ("Harbour Wire", "outlet"),
        ("Wire", "outlet"),
        ("Their association", "possessive"),
        ("Ana Lopez", "another speaker"),
        ("Port Manager", "other"),
    ],
)
def test_a_wrong_speaker_is_sorted_by_kind(name: str | None, kind: str) -> None:
    from onrecord.evaluate.linking import speaker_error_kind

    outlets = {"harbour wire", "meridian"}
    assert speaker_error_kind(_quote(name), GOLD_SPEAKERS, outlets, "Valmora") == kind  # type: ignore[arg-type]


def test_speaker_via_and_said_on_are_scored_on_matched_quotes() -> None:
    from onrecord.evaluate.linking import attribution_scores

    gold = [
        {"article": "a.txt", "text": "x", "speaker": "ruiz", "via": "Radio North", "said_on": "2027-03-03"},
        {"article": "a.txt", "text": "y", "speaker": "ruiz", "via": None, "said_on": None},
        {"article": "a.txt", "text": "z", "speaker": "lopez", "via": "Telegram", "said_on": "2027-03-04"},
        {"article": "a.txt", "text": "w", "speaker": "lopez", "via": None, "said_on": None},
    ]
    found = [
        _quote("the Union Leader", via="radio north", said_on="2027-03-03"),
        _quote("Ruiz", via="Meridian"),
        _quote("Ana Ruiz", said_on="2027-03-04T10:00"),
        None,
    ]
    articles = {"a.txt": {"outlet": "Meridian"}}
    figures = attribution_scores(gold, found, GOLD_SPEAKERS, articles, {"a.txt": "Valmora"})  # type: ignore[arg-type]
    assert figures["speaker_accuracy"] == {"matched": 3, "right": 2, "accuracy": 2 / 3}
    assert figures["speaker_errors"] == {"another speaker": 1}
    assert figures["via"] == {"graded": 3, "accuracy": 1 / 3, "gold_non_null": 2, "right": 1, "false_non_null": 1}
    assert figures["said_on"] == {"graded": 3, "accuracy": 1.0, "gold_non_null": 2, "right": 2, "false_non_null": 0}


@pytest.mark.parametrize(
    ("gold_kind", "via", "via_kind", "right", "false"),
    [
        ("outlet", "Radio North", "outlet", 1, 0),
        ("outlet", "Radio North", "person", 0, 0),
        ("wire", None, None, 0, 0),
        (None, "Radio North", "outlet", 0, 1),
        (None, None, None, 0, 0),
    ],
)
def test_via_kind_is_graded_like_via(
    gold_kind: str | None, via: str | None, via_kind: str | None, right: int, false: int
) -> None:
    from onrecord.evaluate.linking import attribution_errors, attribution_scores
    from onrecord.model import Quote, SpeakerRef

    gold = [
        {"article": "a.txt", "text": "x", "speaker": "ruiz", "via": gold_kind and "Radio North", "via_kind": gold_kind}
    ]
    found = [Quote("q", "a", "direct", "t", 0, 1, None, SpeakerRef("p1", "Ana Ruiz", None), via=via, via_kind=via_kind)]
    figures = attribution_scores(gold, found, GOLD_SPEAKERS, {"a.txt": {}}, {})  # type: ignore[arg-type]
    graded = figures["via_kind"]
    assert (graded["gold_non_null"], graded["right"], graded["false_non_null"]) == (int(bool(gold_kind)), right, false)
    assert graded["accuracy"] == float(via_kind == gold_kind)
    errors = attribution_errors(gold, found, GOLD_SPEAKERS)  # type: ignore[arg-type]
    assert len(errors["via_kind"]) == int(via_kind != gold_kind)


@pytest.mark.parametrize(
    ("after", "span"),
    [
        (0, (9, 36)),  # the first occurrence
        (36, (64, 91)),  # a second gold quote with the same words: the next occurrence
        (92, (9, 36)),  # none follows: the first
    ],
)
def test_a_second_gold_quote_with_the_same_words_is_their_next_occurrence(after: int, span: tuple[int, int]) -> None:
    from onrecord.evaluate.linking import _locate

    text = 'Sunday: "This team will win this cup." Saturday, at full time: "This team will win this cup."'
    assert _locate(text, "This team will win this cup", after) == span


@pytest.mark.parametrize(
    ("ids", "lines"),
    [
        (["p1", "p1"], []),  # one id for both quotes: nothing split
        (["p1", "p2"], ["ruiz: [p1] 'Ana Ruiz' x1 (a.txt) | [p2] 'Ana Ruiz' x1 (b.txt)"]),  # two ids: one line
        (["p1", None], []),  # a quote without a speaker is a speaker error, not a split
    ],
)
def test_a_gold_speaker_spread_over_several_ids_is_listed(ids: list[str | None], lines: list[str]) -> None:
    from onrecord.evaluate.linking import attribution_errors
    from onrecord.model import Quote, SpeakerRef

    gold = [{"article": "a.txt", "text": "x", "speaker": "ruiz"}, {"article": "b.txt", "text": "y", "speaker": "ruiz"}]
    found = [
        Quote("q", "a", "direct", "t", 0, 1, None, SpeakerRef(sid, "Ana Ruiz", None) if sid else None) for sid in ids
    ]
    assert attribution_errors(gold, found, GOLD_SPEAKERS)["speaker_split"] == lines  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("names", "ids", "missed"),
    [
        (["Ana Ruiz", "Ana Ruiz"], ["p1", "p1"], {}),  # one id: nothing missed
        (["Ana Ruiz", None], ["p1", "p1"], {"no_quote": 1}),  # the second quote not extracted
        (["Ana Ruiz", ""], ["p1", "p1"], {"no_speaker": 1}),  # extracted without a speaker
        (["Ana Ruiz", "Valmora"], ["p1", "p2"], {"wrong_name": 1}),  # which speaker: attribution
        (["Ana Ruiz", "Ruiz"], ["p1", "p2"], {"ids_differ": 1}),  # two right names apart: the resolver
    ],
)
def test_missed_speaker_pairs_are_sorted_by_cause(
    names: list[str | None], ids: list[str], missed: dict[str, int]
) -> None:
    from onrecord.evaluate.linking import speaker_pairs_missed
    from onrecord.model import Quote, SpeakerRef

    gold = [{"article": "a.txt", "text": "x", "speaker": "ruiz"}, {"article": "b.txt", "text": "y", "speaker": "ruiz"}]
    found = [
        None
        if name is None
        else Quote("q", "a", "direct", "t", 0, 1, None, SpeakerRef(sid, name, None) if name else None)
        for name, sid in zip(names, ids, strict=True)
    ]
    want = {"missed": sum(missed.values()), "no_quote": 0, "no_speaker": 0, "wrong_name": 0, "ids_differ": 0}
    assert speaker_pairs_missed(gold, found, GOLD_SPEAKERS) == {**want, **missed}  # type: ignore[arg-type]


def test_a_split_id_with_a_wrong_name_says_so() -> None:
    from onrecord.evaluate.linking import attribution_errors
    from onrecord.model import Quote, SpeakerRef

    gold = [{"article": "a.txt", "text": "x", "speaker": "ruiz"}, {"article": "b.txt", "text": "y", "speaker": "ruiz"}]
    found = [
        Quote("q", "a", "direct", "t", 0, 1, None, SpeakerRef("p1", "Ana Ruiz", None)),
        Quote("q", "a", "direct", "t", 0, 1, None, SpeakerRef("p2", "Valmora", None)),
    ]
    line = "ruiz: [p1] 'Ana Ruiz' x1 (a.txt) | [p2] 'Valmora' (wrong name) x1 (b.txt)"
    assert attribution_errors(gold, found, GOLD_SPEAKERS)["speaker_split"] == [line]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("said_on", "source", "gold_day", "lines"),
    [
        ("2027-03-04", "dateline", None, ["a.txt: 'x': '2027-03-04' for None (dateline)"]),  # a false day's rule
        (None, None, "2027-03-04", ["a.txt: 'x': None for '2027-03-04'"]),  # a missed day has no source
        ("2027-03-04", "stated", "2027-03-04", []),  # right: not listed
    ],
)
def test_a_wrong_day_names_the_rule_it_came_from(
    said_on: str | None, source: str | None, gold_day: str | None, lines: list[str]
) -> None:
    from onrecord.evaluate.linking import attribution_errors
    from onrecord.model import Quote, SpeakerRef

    gold = [{"article": "a.txt", "text": "x", "speaker": "ruiz", "said_on": gold_day}]
    found = [
        Quote(
            "q",
            "a",
            "direct",
            "t",
            0,
            1,
            None,
            SpeakerRef("p1", "Ana Ruiz", None),
            said_on=said_on,
            said_on_source=source,
        )
    ]
    assert attribution_errors(gold, found, GOLD_SPEAKERS)["said_on"] == lines  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "right"),
    [
        ("Mira Ostvik", True),
        ("Ostvik", True),
        ("Sen. Mira Ostvik", True),
        ("Mira", False),
        ("Dr. Mira Ostvik", False),
        ("Ostvik Lind", False),
    ],
)
def test_a_gold_name_with_an_abbreviated_title_accepts_the_bare_name(name: str, right: bool) -> None:
    from onrecord.evaluate.linking import _right_name

    wanted = {"name": "Sen. Mira Ostvik", "aliases": ["Ostvik", "Senator Ostvik"]}
    assert _right_name(name, wanted) is right


def test_an_abbreviated_given_name_is_not_a_title() -> None:
    from onrecord.evaluate.linking import _right_name

    assert not _right_name("Lourdes Navarro", {"name": "Ma. Lourdes Navarro", "aliases": ["Navarro"]})


@pytest.mark.parametrize(
    ("name", "wanted_name", "right"),
    [
        ("Tove K. Brannlund", "Tove Brannlund", True),
        ("Tove K Brannlund", "Tove Brannlund", True),
        ("Tove Brannlund", "Tove K. Brannlund", True),
        ("Tove A. B. Brannlund", "Tove Brannlund", True),
        ("Tove K. Lind", "Tove Brannlund", False),
        ("K. Brannlund", "Tove Brannlund", False),
    ],
)
def test_a_middle_initial_on_either_side_is_not_counted(name: str, wanted_name: str, right: bool) -> None:
    from onrecord.evaluate.linking import _right_name

    assert _right_name(name, {"name": wanted_name, "aliases": ["Brannlund"]}) is right


@pytest.mark.parametrize(
    ("found", "right"), [("mira ostvik", True), ("sen. mira ostvik", True), ("ostvik", False), (None, False)]
)
def test_a_gold_via_with_an_abbreviated_title_accepts_the_bare_name(found: str | None, right: bool) -> None:
    from onrecord.evaluate.linking import _agrees

    assert _agrees(found, {"via": "Sen. Mira Ostvik"}, "via") is right


def test_a_headline_repeating_gold_words_is_passed_over_when_the_article_writes_them_more_often() -> None:
    text = (
        "THE WEEKLY CALLER | 6 June 2027\n\n'We are still waiting': a week on the dyke\n\n"
        'On Thursday Aiko Berg said: "We are still waiting."\n\n'
        'On Saturday she said again: "We are still waiting."\n'
    )
    after = _past_headline(text, "We are still waiting", 2)
    assert text.find("We are still waiting", after) == text.index('"We are still waiting.') + 1
    # as many occurrences as gold quotes: the headline's may be one of them
    assert _past_headline(text, "We are still waiting", 3) == 0
    # words the headline does not hold are looked for from the start
    assert _past_headline(text, "On Thursday", 1) == 0
