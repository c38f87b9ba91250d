"""The cue lexicon: forms, classes, frames and the cheap filter that selects sentences to parse."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("form", "is_noun_cue", "is_verb_cue"),
    [
        ("assertion", True, False),
        ("assertions", True, False),
        ("claim", True, True),  # both a verb and a noun of speech
        ("claims", True, True),
        ("insisted", False, True),
        ("pavement", False, False),
    ],
)
def test_nouns_of_speech_are_kept_apart_from_verbs(form: str, is_noun_cue: bool, is_verb_cue: bool) -> None:
    lexicon = load_lexicon()
    assert bool(lexicon.noun_cues(form)) is is_noun_cue
    assert bool(lexicon.cues(form)) is is_verb_cue


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        ("The union's assertion that the yard would close was denied.", True),
        ("The assertion was printed on page two of the newsletter.", False),  # a noun-only form away from "that"
        ("She made the point that fares would rise.", True),
        ("The senator voiced concern that fares would rise.", True),
    ],
)
def test_a_noun_of_speech_selects_its_sentence_only_beside_that(text: str, selected: bool) -> None:
    assert load_lexicon().has_cue(text, speech_only=True) is selected


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        ("Counsel for the family had submitted last week that the inquiry was flawed.", True),
        ("The board held last week that the permit was void.", True),  # a that-only cue, "that" a few words on
        ("The firm submitted its accounts and accepted the terms.", False),
    ],
)
def test_a_that_only_cue_selects_its_sentence_with_that_a_few_words_on(text: str, selected: bool) -> None:
    assert load_lexicon().has_cue(text, speech_only=True) is selected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mr. Obinna Eke, who chairs the Delta Growers Association, averred that the new road would halve "
            "haulage costs.",
            "the new road would halve haulage costs",
        ),
        (
            "The Minister of Works, Dr. Zainab Adamu, posited that the toll was designed to fund repairs.",
            "the toll was designed to fund repairs",
        ),
        (
            "For the appellants, Moira Quill KC had submitted on Friday that the tender was never advertised.",
            "the tender was never advertised",
        ),
        # "set out that", "spelled out that": a report (only beside "that")
        (
            "In a letter to staff on Thursday, Anneke de Wolfe set out that the trust was offering 3.2 per cent.",
            "the trust was offering 3.2 per cent",
        ),
    ],
)
def test_cues_of_court_and_of_west_african_press(text: str, content: str) -> None:
    """Nigerian and Kenyan copy's "posited", "averred"; counsel's "submitted that" in court."""
    assert [q.text for q in extract(text)] == [content]


def test_submit_without_that_is_no_cue() -> None:
    assert extract("The firm submitted the report on Friday and accepted the offer that was made.") == []
    assert extract("The council set out its plans on Monday, and the board laid out a budget.") == []


def test_hitting_back_is_a_reply() -> None:
    """A live blog's "hits back that ...", as "fires back" and "shoots back" are."""
    text = "The mayor hits back that the city has paved 40 miles of road since the spring."
    assert [q.text for q in extract(text)] == ["the city has paved 40 miles of road since the spring"]
    assert extract("The striker hit back at his critics after the match on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Most residents of Quillby know that the ferry will not run in winter.", "the ferry will not run in winter"),
        ("Brandt Holm learned that the yard would close.", "the yard would close"),
        ("Party officials finally realized the count was wrong.", "the count was wrong"),
        ("Many farmers see the levy as a tax on bread.", "the levy as a tax on bread"),
        ("Voters have long viewed the senator as a reformer.", "the senator as a reformer"),
    ],
)
def test_knowledge_and_view_verbs_are_beliefs(text: str, content: str) -> None:
    """Knowledge (``know``, ``learn``, ``realize``) and views (``see X as Y``): the attributions
    scope keeps them, the statements scope does not."""
    from onrecord.extract import ExtractOptions

    assert content in [q.text for q in extract(text, options=ExtractOptions.scope("attributions", "rules"))]
    assert extract(text, options=ExtractOptions.scope("statements", "rules")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The two towns are widely seen as rivals.",  # a passive view: nobody named holds it
        "The pier, long viewed as unsafe, was closed.",
        "The mayor is well known for her speeches.",
    ],
)
def test_a_belief_in_the_bare_passive_is_no_attribution(text: str) -> None:
    from onrecord.extract import ExtractOptions

    assert extract(text, options=ExtractOptions.scope("attributions", "rules")) == []


@pytest.mark.parametrize(
    ("form", "frames"),
    [("said", True), ("warned", True), ("believes", True), ("seen", False), ("learned", False), ("sure", False)],
)
def test_a_view_or_a_that_only_belief_frames_no_quotation(form: str, frames: bool) -> None:
    assert load_lexicon().frames_quote(form) is frames


def test_a_quotation_after_a_view_verb_stays_the_callers_words() -> None:
    text = "Chief Ida Rask called it the worst flood the valley has seen \u201cin forty years.\u201d"
    assert [q.text for q in extract(text)] == ["it the worst flood the valley has seen \u201cin forty years"]
