"""The cue lexicon: forms, classes, frames and the cheap filter that selects sentences to parse."""

from __future__ import annotations

import pytest

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
