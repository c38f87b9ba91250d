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
    ("text", "cue"),
    [
        # "tell" with nobody told, before a yes/no question: knowing, not telling
        ("Kessler said it was too early to tell whether the fire was set on purpose.", "tell"),
        ("The chief added that it is hard to tell if the levy will hold.", "tell"),
        # a challenge or a plea to say something: not said
        ("One member threatened to sue, in effect daring him to say that the board had no right to it.", "say"),
        ("The mayor said she urged the chief to explain why the station had closed.", "explain"),
    ],
)
def test_a_cue_of_no_words_said_inside_a_report(text: str, cue: str) -> None:
    # the report around it stays; the inner cue reports nothing
    quotes = extract(text, options=ExtractOptions(model="rules"))
    assert quotes and not [q for q in quotes if q.cue is not None and q.cue.text.startswith(cue)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister said how much the new bridge would cost: 40 million.", "how much the new bridge would cost"),
        ("The mayor said the tax would not rise.", "the tax would not rise"),
        ("He refused to resign but said that the report was unfair.", "the report was unfair"),
        ("Mr Vell asked whether the unions would return to the table.", "whether the unions would return"),
        # someone told: words said
        ("Pruitt told reporters whether the vote would be held was up to the chair.", "whether the vote would"),
        ("The minister told the committee the plan was ready.", "the plan was ready"),
        ('"If the fund runs dry, we walk," Halloran told the Gazette in an interview.', "If the fund runs dry"),
        (
            "Whether the levy is legal under guild rules, he told Radio Kestrel on Monday, was for the courts.",
            "Whether the levy is legal",
        ),
        # daring or urging no one: words said
        ("Ms Lee dared to say that the budget was a fraud, the paper reported.", "the budget was a fraud"),
    ],
)
def test_words_said_stay(text: str, content: str) -> None:
    assert [q for q in extract(text, options=ExtractOptions(model="rules")) if content in q.text]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a call that books or summons something reports no words, whoever reads it
        ("The harbour board called an emergency meeting to discuss the spill.", "emergency meeting"),
        ("At the fair, the band leader called the town's councillors to the stage, singing loudly.", "councillors"),
        # a refusal governs the verb joined to its own by "or"
        (
            "The mayor demands openness from the council, yet refuses to publish his diary or explain how "
            "his aide got the contract.",
            "how his aide got the contract",
        ),
    ],
)
def test_no_words_said_with_the_tagger(text: str, content: str) -> None:
    assert not [q for q in extract(text) if content in q.text]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Mayor Ada Lind called the plan "a farce and a waste of public money."', "a farce"),
        ("The mayor called him a liar.", "a liar"),
        ("The mayor called the plan a farce and a waste of money.", "a farce"),
        ("The mayor declined to comment, but said the talks would go on.", "the talks would go on"),
    ],
)
def test_a_name_called_stays(text: str, content: str) -> None:
    assert [q for q in extract(text) if content in q.text]


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


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a question put to the subject after a subordinator, however much stands between
        ('When asked a second time if she trusted the board, Okafor said: "Yes I do."', "if she trusted the board"),
        ("If asked again whether the depot would close, the mayor says nothing.", "whether the depot would close"),
        # the question the parse hangs on the cue of the words said before ("said this when asked")
        (
            "Halvorsen said the port had cleared 40 ships. He said this when asked to comment on the status of "
            "three crews held at the quay since May.",
            "when asked to comment on the status of three crews",
        ),
        # words the subject did not say, or denied saying
        ("The spokeswoman could not confirm reports that the minister had resigned.", "the minister had resigned"),
        ("Lindqvist would not confirm that the talks with the dockers had collapsed.", "the talks with the dockers"),
        ("The mayor never claimed that the new tunnel would be finished by June.", "the new tunnel would be"),
        ("The governor has denied instructing his aide to issue a statement on the strike.", "to issue a statement"),
        ("The chairman refused to confirm that the fleet would be sold.", "the fleet would be sold"),
        # a description by no one the sentence names
        ("The driver was described as a tall man in his forties.", "as a tall man in his forties"),
    ],
)
def test_words_not_said_are_no_statement(text: str, content: str) -> None:
    for model in ("rules", "shipped"):
        assert not [q for q in extract(text, options=ExtractOptions(model=model)) if content in q.text]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a subordinate clause with a subject of its own is what was said
        ("Okafor said that when asked, the board would reply within a week.", "the board would reply"),
        # a negation that only stresses the words, or that stands inside them
        ("The coach could not stress enough that the players needed rest.", "the players needed rest"),
        ("She said the depot would not close before the winter.", "the depot would not close"),
        # a participle of its own after a denial is said
        ("The ministry denied the report, saying it was false and misleading.", "it was false and misleading"),
        # a description with its author names who said it
        ("The driver was described by police as a tall man in his forties.", "as a tall man in his forties"),
    ],
)
def test_words_said_beside_a_question_or_a_negation_stay(text: str, content: str) -> None:
    assert [q for q in extract(text, options=ExtractOptions(model="rules")) if content in q.text]
