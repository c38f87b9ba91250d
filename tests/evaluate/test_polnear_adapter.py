"""How onrecord's records are read as PolNeAR attributions (no PolNeAR data needed)."""

from __future__ import annotations

import pytest

from onrecord.evaluate.polnear import predicted_attributions
from onrecord.model import Quote, Span, SpeakerRef


def _quote(text: str, kind: str, content: str, cue: str | None) -> Quote:
    start = text.index(content)
    cue_span = None
    if cue is not None:
        at = text.index(cue)
        cue_span = Span(cue, at, at + len(cue))
    return Quote("q1", "a1", kind, content, start, start + len(content), cue_span, None)


@pytest.mark.parametrize(
    ("text", "kind", "content", "cue", "expected"),
    [
        # reported speech: PolNeAR's content holds the "that" the record leaves out
        (
            "The mayor said that the bridge would reopen in May.",
            "indirect",
            "the bridge would reopen in May",
            "said",
            "that the bridge would reopen in May",
        ),
        (
            'Lopez argued that the plan was "dead on arrival" in the House.',
            "mixed",
            'the plan was "dead on arrival',
            "argued",
            'that the plan was "dead on arrival',
        ),
        # no "that" before it: the content as recorded
        ("The mayor said the bridge would reopen in May.", "indirect", "the bridge would reopen in May", "said", None),
        # a "that" not right before the content is no complementizer of it
        (
            "That, the mayor said, the bridge would reopen in May.",
            "indirect",
            "the bridge would reopen in May",
            "said",
            None,
        ),
        # a quotation after "that" starts at it too (PolNeAR train, even half: EXACT .500 -> .504)
        ('She said that "We are ready."', "direct", "We are ready.", "said", 'that "We are ready.'),
        ("She said that ''We are ready.''", "direct", "We are ready.", "said", "that ''We are ready."),
        # a quotation with no "that" before it keeps its own start
        ('She said, "We are ready."', "direct", "We are ready.", "said", None),
        # "that" ending another word ("what") is not the complementizer
        ("He asked what the bridge would cost.", "indirect", "the bridge would cost", "asked", None),
    ],
)
def test_a_reported_content_starts_at_its_complementizer(
    text: str, kind: str, content: str, cue: str | None, expected: str | None
) -> None:
    q = _quote(text, kind, content, cue)
    (a,) = predicted_attributions([q], text)
    assert text[a.start : a.end] == (expected if expected is not None else content)
    (plain,) = predicted_attributions([q])
    assert (plain.start, plain.end) == (q.start, q.end)


def _cued(text: str, kind: str, content: str, cue: str, after: int = 0) -> Quote:
    """A record of ``content`` (its first occurrence at or after ``after``) with ``cue``."""
    start = text.index(content, after)
    at = text.index(cue)
    return Quote("q1", "a1", kind, content, start, start + len(content), Span(cue, at, at + len(cue)), None)


@pytest.mark.parametrize(
    ("text", "kind", "content", "cue", "expected"),
    [
        # a quoted characterisation: PolNeAR's content holds the object with the quoted words
        (
            'Ms. Vale called the new levy "a tax on hope." Then she left.',
            "direct",
            "a tax on hope.",
            "called the new levy",
            'the new levy "a tax on hope.',
        ),
        (
            "The council described the budget as ''reckless.''",
            "direct",
            "reckless.",
            "described the budget as",
            "the budget as ''reckless.",
        ),
        # a cue of one word has no object to take in
        ('The mayor called it "a disgrace."', "direct", "a disgrace.", "called", None),
        # a verb that does not characterise keeps the quotation's own start
        ('The mayor told reporters "we are ready."', "direct", "we are ready.", "told reporters", None),
        # a phrasal verb ("called for"): the quoted words are its object
        ('The union called for "an end to the freeze."', "direct", "an end to the freeze.", "called for", None),
        # a belief read "as" is no characterisation on record
        ('Voters see the mayor as "a fighter."', "direct", "a fighter.", "see the mayor as", None),
        # words between the cue and the quotation: not the cue's object
        (
            'She called the levy unfair and, later, "a tax on hope."',
            "direct",
            "a tax on hope.",
            "called the levy",
            None,
        ),
    ],
)
def test_a_quoted_characterisation_starts_at_its_object(
    text: str, kind: str, content: str, cue: str, expected: str | None
) -> None:
    q = _cued(text, kind, content, cue)
    (a,) = predicted_attributions([q], text)
    assert text[a.start : a.end] == (expected if expected is not None else content)


def test_records_of_one_cue_are_one_attribution() -> None:
    text = "The mayor said the bridge would reopen in May and that tolls would stay. Then he left."
    first = _cued(text, "indirect", "the bridge would reopen in May", "said")
    second = _cued(text, "indirect", "tolls would stay", "said")
    (a,) = predicted_attributions([second, first], text)
    assert text[a.start : a.end] == "the bridge would reopen in May and that tolls would stay"
    # without the text, the records stay as they are
    assert len(predicted_attributions([first, second])) == 2


def test_records_of_different_cues_stay_apart() -> None:
    text = "The mayor said the bridge would reopen, and the chief warned that tolls would rise."
    first = _cued(text, "indirect", "the bridge would reopen", "said")
    second = _cued(text, "indirect", "tolls would rise", "warned")
    assert len(predicted_attributions([first, second], text)) == 2
    # nor does a record without a cue join another without one
    bare = [
        Quote("q1", "a1", "direct", "A", 0, 1, None, None),
        Quote("q2", "a1", "direct", "B", 2, 3, None, None),
    ]
    assert len(predicted_attributions(bare, "A B")) == 2


def _spoken(text: str, kind: str, content: str, cue: str | None, speaker: str) -> Quote:
    """A record of ``content`` with ``cue`` (or none), its speaker named by ``speaker``'s first
    occurrence."""
    start = text.index(content)
    cue_span = None
    if cue is not None:
        at = text.index(cue)
        cue_span = Span(cue, at, at + len(cue))
    at = text.index(speaker)
    ref = SpeakerRef("p:x", speaker, Span(speaker, at, at + len(speaker)))
    return Quote("q1", "a1", kind, content, start, start + len(content), cue_span, ref)


@pytest.mark.parametrize(
    ("text", "first", "second", "joined"),
    [
        # a mixed quote, its attribution, then a bare quotation: one content around the cue
        (
            'The levy did "too little," Ms. Orr added on the radio. "The valley pays for it."',
            'The levy did "too little',
            "The valley pays for it.",
            True,
        ),
        # reported speech then a bare quotation, an office after the name in the attribution
        (
            'Fares may rise in spring, said Ito Vance, the board\'s treasurer. "We cannot wait."',
            "Fares may rise in spring",
            "We cannot wait.",
            True,
        ),
        # a participle of speech between them goes on with more of what was said: two contents
        (
            'Fares may rise, said Ito Vance, noting the board "cannot wait."',
            "Fares may rise",
            "cannot wait.",
            False,
        ),
        # a verb of belief between them brings a stance of its own: two contents
        (
            'Fares may rise, said Ito Vance, who thinks the board "cannot wait."',
            "Fares may rise",
            "cannot wait.",
            False,
        ),
        # a paragraph break between them: two contents
        ('Fares may rise, said Ito Vance.\n\n"We cannot wait."', "Fares may rise", "We cannot wait.", False),
    ],
)
def test_a_bare_quotation_goes_on_past_the_attribution(text: str, first: str, second: str, joined: bool) -> None:
    speaker = "Ms. Orr" if "Orr" in text else "Ito Vance"
    cue = "added" if "added" in text else "said"
    before = _spoken(text, "mixed", first, cue, speaker)
    after = _spoken(text, "direct", second, None, speaker)
    got = predicted_attributions([before, after], text)
    if joined:
        (a,) = got
        assert (a.start, text[a.end - len(second) : a.end]) == (before.start, second)
    else:
        assert len(got) == 2
    # another speaker's quotation stays apart: one named by another mention, or by none
    for mention in (Span(text[:4], 0, 4), None):
        other = Quote("q2", "a1", "direct", second, after.start, after.end, None, SpeakerRef("p:y", "Y", mention))
        assert len(predicted_attributions([before, other], text)) == 2


@pytest.mark.parametrize(
    ("text", "content", "cue", "expected"),
    [
        # a name given in a relative clause: the content opens at "what" or "which"
        (
            "They fought what economists call rent-seeking for years.",
            "rent-seeking",
            "call",
            "what economists call rent-seeking",
        ),
        (
            'The levy, which the growers\' union has called "a tax on rain," passed.',
            "a tax on rain,",
            "called",
            "which the growers' union has called \"a tax on rain,",
        ),
        # the clause is someone else's: the record as it is
        ("What do you call a clerk who calls himself a judge?", "himself a judge", "calls", None),
        # no naming verb: the record as it is
        ("They fought what economists oppose: rent-seeking.", "rent-seeking", "oppose", None),
    ],
)
def test_a_name_given_in_a_relative_clause_starts_at_it(
    text: str, content: str, cue: str, expected: str | None
) -> None:
    q = _cued(text, "direct", content, cue)
    (a,) = predicted_attributions([q], text)
    assert text[a.start : a.end] == (expected if expected is not None else content)


def test_a_quotation_nested_in_another_record_is_no_content_of_its_own() -> None:
    """PolNeAR annotates the words a speaker quotes from someone else only as part of the quote."""
    text = "\"The foreman said, 'The mill will not close,' and I went home,\" Ada Lind said."
    outer = _quote(text, "direct", "The foreman said, 'The mill will not close,' and I went home", "said")
    inner = _quote(text, "direct", "The mill will not close", "said")
    (a,) = predicted_attributions([outer, inner], text)
    assert text[a.start : a.end] == "The foreman said, 'The mill will not close,' and I went home"


@pytest.mark.parametrize(
    ("text", "first", "second", "joined"),
    [
        # quoted pieces under one cue, linked by a few words of the same sentence: one content
        (
            'Ms. Orr said the aim was not to "patch the old pier" but to "build a new one."',
            'the aim was not to "patch the old pier',
            "build a new one.",
            True,
        ),
        (
            'Ms. Orr called it a "blunder" made by "people who never fish."',
            'it a "blunder',
            "people who never fish.",
            True,
        ),
        # a sentence ends between them: two contents
        ('Ms. Orr said the pier was "unsafe." "We warned them."', 'the pier was "unsafe.', "We warned them.", False),
        # a participle of speech between them brings more of what was said: two contents
        (
            'Ms. Orr said the pier was "unsafe," adding that the town "warned them."',
            'the pier was "unsafe',
            "warned them.",
            False,
        ),
        # the attribution stands between them: one content around it, as before
        (
            'The pier was "unsafe," Ms. Orr said, and "we warned them."',
            'The pier was "unsafe',
            "we warned them.",
            True,
        ),
    ],
)
def test_a_bare_quotation_linked_in_the_same_sentence_goes_on(text: str, first: str, second: str, joined: bool) -> None:
    cue = "called" if "called" in text else "said"
    before = _spoken(text, "mixed", first, cue, "Ms. Orr")
    after = _spoken(text, "direct", second, None, "Ms. Orr")
    got = predicted_attributions([before, after], text)
    if joined:
        (a,) = got
        assert text[a.end - len(second) : a.end] == second
    else:
        assert len(got) == 2
    # another speaker's quotation stays apart
    other = Quote("q2", "a1", "direct", second, after.start, after.end, None, SpeakerRef("p:y", "Y", None))
    assert len(predicted_attributions([before, other], text)) == 2


@pytest.mark.parametrize(
    ("text", "content", "cue", "expected"),
    [
        # a request put to someone: PolNeAR's content opens at whom it is put to
        (
            "The mayor urged the harbor board to close the pier.",
            "to close the pier",
            "urged",
            "the harbor board to close the pier",
        ),
        ("She called on Gov. Ann Lee to resign.", "to resign", "called", "Gov. Ann Lee to resign"),
        # no one between the cue and the to-infinitive: the record as it is
        ("The mayor vowed to close the pier.", "to close the pier", "vowed", None),
        # a cue that takes no object: the words between are no addressee
        ("The mayor said Monday to expect delays.", "to expect delays", "said", None),
        # a clause's punctuation between them: no addressee
        ("The mayor urged, again, to close the pier.", "to close the pier", "urged", None),
    ],
)
def test_a_request_put_to_someone_starts_at_the_addressee(
    text: str, content: str, cue: str, expected: str | None
) -> None:
    q = _cued(text, "indirect", content, cue)
    (a,) = predicted_attributions([q], text)
    assert text[a.start : a.end] == (expected if expected is not None else content)
