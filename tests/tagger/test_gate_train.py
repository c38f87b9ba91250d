"""Training the learned gate: labels by token Jaccard, the guards' budget, the penalty."""

from __future__ import annotations

from onrecord.tagger.gate import Gate
from onrecord.tagger.gate_train import Example, budget_threshold, jaccard_match, select_penalty


def _example(score: float, label: int, guard: str | None, speech: bool = True) -> Example:
    features = {"score": score, "class_speech": 1.0 if speech else 0.0}
    return Example(features, label, {"statements": guard, "attributions": guard}, "a1")


def test_a_content_is_right_when_it_shares_half_its_tokens_with_a_gold_one() -> None:
    text = "Ms Varga said that the ferry would run again on Friday, officials said."
    gold = (text.index("that"), text.index(", officials"))
    assert jaccard_match(text, (text.index("the ferry"), gold[1]), gold)
    assert not jaccard_match(text, (text.index("on Friday"), gold[1]), gold)


def test_the_threshold_keeps_as_many_contents_as_the_guards_do() -> None:
    examples = [
        _example(0.9, 1, "cue_far"),
        _example(0.8, 1, None),
        _example(0.1, 0, None),
        _example(0.5, 0, "no_speaker"),
        _example(0.95, 1, "not_clause"),  # the statements scope's own guard: the gate never decides it
        _example(0.99, 1, None, speech=False),  # no speech: out of the statements scope
    ]
    gate = Gate(("score",), (10.0,), -5.0)
    threshold = budget_threshold(gate, examples, "statements")
    kept = [e for e in examples if e.eligible("statements") and gate.probability(e.features) >= threshold]
    assert [e.features["score"] for e in kept] == [0.9, 0.8]
    assert not examples[4].eligible("statements") and examples[4].eligible("attributions")


def test_the_penalty_is_chosen_on_the_validation_writers() -> None:
    train = [_example(s / 10, int(s >= 5), None if s % 2 else "cue_far") for s in range(10)] * 3
    validate = [_example(s / 10, int(s >= 6), None if s % 3 else "no_speaker") for s in range(10)]
    l2, figures = select_penalty(train, validate)
    assert str(l2) in figures and set(figures[str(l2)]) == {"statements", "attributions"}
