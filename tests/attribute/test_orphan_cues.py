from __future__ import annotations

from dataclasses import dataclass

import pytest

from onrecord.attribute import orphan_cues
from onrecord.attribute.orphan_cues import (
    FEATURES,
    Choice,
    OrphanRanker,
    choice_features,
    load_ranker,
    opener_rule,
    orphan_choices,
    orphan_speakers,
    pick,
    record_orphans,
    unread_subject,
)
from onrecord.extract import extract
from onrecord.extract.candidates import Candidate
from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import Sentence


@dataclass(eq=False)
class _Entity:
    name: str
    kind: str = "person"


def _mention(text: str, words: str, kind: str = "name") -> Mention:
    start = text.index(words)
    return Mention(start, start + len(words), words, kind, name=words if kind == "name" else None)


def _candidate(text: str, words: str, cue: str, mention: Mention | None = None) -> Candidate:
    start = text.index(words)
    at = text.index(cue)
    return Candidate("indirect", [(start, start + len(words))], (at, at + len(cue)), cue, None, mention, 0)


_TEXT = (
    "Ada Brill opened the hearing. "
    "Rep. Ivo Marten, R-Okla., who chairs the panel, said the vote on the grazing bill would wait."
)
_SENTENCES = [Sentence(0, 29, 0), Sentence(30, len(_TEXT), 0)]


def _sentence_at(at: int) -> int:
    return 0 if at < 30 else 1


@pytest.mark.parametrize(
    ("mention", "unread"),
    [
        (None, True),
        (Mention(0, 6, "R-Okla", "other"), True),
        (Mention(0, 12, "the chairman", "other", role="chairman"), False),
        (Mention(0, 8, "Ivo Marten", "name", name="Ivo Marten"), False),
        (Mention(0, 2, "he", "pronoun"), False),
    ],
)
def test_unread_subject(mention: Mention | None, unread: bool) -> None:
    assert unread_subject(mention) is unread


def test_orphan_choices_rank_the_sentence_opener_first() -> None:
    brill, marten = _Entity("Ada Brill"), _Entity("Ivo Marten")
    named = [(_mention(_TEXT, "Ada Brill"), brill), (_mention(_TEXT, "Ivo Marten"), marten)]
    c = _candidate(_TEXT, "the vote on the grazing bill would wait", "said", Mention(0, 0, "R-Okla.", "other"))
    choices = orphan_choices(_TEXT, [c], {}, named, _SENTENCES, _sentence_at, set())[id(c)]
    by_name = {ch.entity.name: ch.features for ch in choices}
    assert by_name["Ivo Marten"]["opens"] == 1.0 and by_name["Ivo Marten"]["first"] == 1.0
    assert by_name["Ada Brill"]["same_sentence"] == 0.0
    picked = opener_rule(choices)
    assert picked is not None and picked.entity is marten


def test_orphan_choices_skip_quotes_with_a_speaker_or_a_readable_subject() -> None:
    marten = _Entity("Ivo Marten")
    named = [(_mention(_TEXT, "Ivo Marten"), marten)]
    c = _candidate(_TEXT, "the vote on the grazing bill would wait", "said")
    assert orphan_choices(_TEXT, [c], {id(c): marten}, named, _SENTENCES, _sentence_at, set()) == {}
    assert orphan_choices(_TEXT, [c], {}, named, _SENTENCES, _sentence_at, {id(c)}) == {}
    pronoun = _candidate(_TEXT, "the vote on the grazing bill would wait", "said", Mention(0, 2, "he", "pronoun"))
    assert orphan_choices(_TEXT, [pronoun], {}, named, _SENTENCES, _sentence_at, set()) == {}


def test_choice_features_see_a_cue_between() -> None:
    text = 'Lena Orr said the pier was safe. Her deputy, "still cautious", told us the pier would reopen.'
    c = _candidate(text, "the pier would reopen", "told")
    sentence = Sentence(33, len(text), 0)
    orr = _mention(text, "Lena Orr")
    f = choice_features(text, c, sentence, orr, None, False, [text.index("said"), text.index("told")], True, 1, True)
    assert f["cue_between"] == 1.0 and f["quote_between"] == 1.0 and f["same_sentence"] == 0.0
    assert f["last_speaker"] == 1.0 and f["opens"] == 0.0
    assert set(f) <= set(FEATURES)


def test_ranker_picks_the_best_choice_above_its_threshold() -> None:
    ranker = OrphanRanker(FEATURES, tuple(2.0 if n == "opens" else 0.0 for n in FEATURES), -1.0, 0.5)
    opener = Choice(_Entity("A"), None, {"opens": 1.0})
    other = Choice(_Entity("B"), None, {"last_speaker": 1.0})
    assert pick(ranker, [other, opener]) is opener
    assert pick(ranker, [other]) is None
    assert pick(ranker, []) is None
    assert orphan_speakers({1: [other, opener], 2: [other]}, ranker) == {1: opener}


def test_the_shipped_ranker_reads_its_features() -> None:
    ranker = load_ranker()
    if ranker is not None:
        assert ranker.names == FEATURES and len(ranker.weights) == len(FEATURES)
        assert 0.0 < ranker.threshold < 1.0


def test_recording_takes_no_choice() -> None:
    c = _candidate(_TEXT, "the vote on the grazing bill would wait", "said")
    choice = Choice(_Entity("Ivo Marten"), None, {"opens": 1.0})
    assert record_orphans("a", [c], {id(c): [choice]}) is False
    kept: list[tuple[str, int, int, list[Choice]]] = []
    orphan_cues.record_choices(kept)
    try:
        assert record_orphans("a", [c], {id(c): [choice]}) is True
    finally:
        orphan_cues.record_choices(None)
    assert kept == [("a", c.start, c.end, [choice])]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "PORTVALE (NPA) — Lawmakers met on Monday.\n\nRep. Tomasz Ellory-Vance, D-N.H., who is sponsoring "
            "a House companion, said he expected the House to vote on the dredging bill in May.",
            "he expected the House",
            "Tomasz Ellory-Vance",
        ),
        (
            "PORTVALE (NPA) — Lawmakers met on Monday.\n\nGov. Hedda Marlowe-Quist, of Lantern Bay, who chairs "
            "the panel, told reporters the vote on the grazing bill would wait until autumn.",
            "the vote on the grazing bill",
            "Hedda Marlowe-Quist",
        ),
    ],
)
def test_a_subject_with_a_state_after_the_name_keeps_its_speaker(text: str, words: str, speaker: str) -> None:
    quotes = [q for q in extract(text, article_id="t") if q.text.startswith(words)]
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == speaker


def test_two_earlier_quotes_at_one_cue_are_ordered_without_comparing_them() -> None:
    text = 'Ada Brill said "the pier is safe" and "the ferry runs". Later the council told us the pier would reopen.'
    brill = _Entity("Ada Brill")
    first = _candidate(text, "the pier is safe", "said")
    second = _candidate(text, "the ferry runs", "said")
    orphan = _candidate(text, "the pier would reopen", "told")
    sentences = [Sentence(0, 55, 0), Sentence(56, len(text), 0)]
    choices = orphan_choices(
        text,
        [first, second, orphan],
        {id(first): brill, id(second): brill},
        [(_mention(text, "Ada Brill"), brill)],
        sentences,
        lambda at: 0 if at < 56 else 1,
        set(),
    )
    (only,) = choices[id(orphan)]
    assert only.entity is brill and only.features["last_speaker"] == 1.0 and only.features["spoke"] == 2 / 3
