"""Cues that report no words said: refusals, unanswered questions, questions put to the subject."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract import ExtractOptions


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister refused to say how much the new bridge would cost.", "how much the new bridge would cost"),
        ("The minister declined to comment on the report.", "comment on the report"),
        ("Ms Arden was unable to say when the plant would reopen.", "when the plant would reopen"),
        ("The mayor would not say whether the tax would rise.", "whether the tax would rise"),
        ("Mr Vell was asked four times what the plan would cost the public.", "what the plan would cost the public"),
        ("Asked why the talks had failed, Mr Vell blamed the unions.", "why the talks had failed"),
        ('Asked what he told backbenchers, Mr Vell replied: "The truth, always."', "what he told backbenchers"),
        ("We made mistakes in areas where you wonder where they come from.", "where they come from"),
    ],
)
def test_no_words_said_is_no_statement(text: str, content: str) -> None:
    assert not [q for q in extract(text, options=ExtractOptions(model="rules")) if content in q.text]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister said how much the new bridge would cost: 40 million.", "how much the new bridge would cost"),
        ("The mayor said the tax would not rise.", "the tax would not rise"),
        ("He refused to resign but said that the report was unfair.", "the report was unfair"),
        ("Mr Vell asked whether the unions would return to the table.", "whether the unions would return"),
    ],
)
def test_words_said_stay(text: str, content: str) -> None:
    assert [q for q in extract(text, options=ExtractOptions(model="rules")) if content in q.text]


def test_the_attributions_scope_keeps_a_refusal() -> None:
    options = ExtractOptions.scope("attributions", model="rules")
    quotes = extract("The minister refused to say how much the new bridge would cost.", options=options)
    assert quotes


def test_the_tagger_adds_no_question_put_to_the_subject() -> None:
    text = (
        "Asked why he had struggled in another interview to give a figure, he told Radio Karsk: "
        "\u201cThat is a trite form of journalism.\u201d"
    )
    found = [q.text for q in extract(text, options=ExtractOptions(model="shipped"))]
    assert "That is a trite form of journalism." in found
    assert not [t for t in found if "why he had struggled" in t]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In the chamber the premier was asked by the opposition leader if he had spoken to his ministers "
            "and explained to them why leaks were damaging.",
            "why leaks were damaging",
        ),
        ("She asked whether he had said the tax would rise.", "the tax would rise"),
        # under an adjective the question holds ("whether he was able to deny")
        (
            "Asked whether he was able to deny suggestions that there was a pact with the Greens, the "
            'spokesman replied: "Yes."',
            "there was a pact with the Greens",
        ),
    ],
)
def test_a_cue_inside_a_yes_no_question_is_asked_not_said(text: str, content: str) -> None:
    # the question itself may be a quote of the one who asked; what it asks about is none
    assert not [q for q in extract(text, options=ExtractOptions(model="rules")) if q.text == content]


def test_a_condition_is_no_question() -> None:
    text = "The minister said the tax would rise if the deficit grew."
    assert [q for q in extract(text, options=ExtractOptions(model="rules")) if "the tax would rise" in q.text]
