"""The hybrid: tagger spans beside the rules', where the rules' filters point (a scripted tagger)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

from onrecord import extract
from onrecord.extract.candidates import Candidate, ExtractOptions, find_candidates
from onrecord.extract.gate_features import Reading
from onrecord.extract.hybrid import (
    HybridOptions,
    add_tagger_candidates,
    quote_type,
    recording_outcomes,
    tagger_windows,
)
from onrecord.tagger.model import Tagger


@dataclass
class _Ent:
    label_: str
    start_char: int
    end_char: int


@dataclass
class _Doc:
    ents: list[_Ent]


class _ScriptedNlp:
    """Tags the phrases it is given wherever they occur in a window, and records the windows."""

    def __init__(self, phrases: list[tuple[str, str]]) -> None:
        self.phrases = phrases
        self.windows: list[str] = []

    def pipe(self, texts: Iterable[str]) -> Iterable[_Doc]:
        for text in texts:
            self.windows.append(text)
            ents = []
            for label, phrase in self.phrases:
                at = text.find(phrase)
                if at >= 0:
                    ents.append(_Ent(label, at, at + len(phrase)))
            yield _Doc(sorted(ents, key=lambda e: e.start_char))


def _tagger(phrases: list[tuple[str, str]]) -> Tagger:
    return Tagger(_ScriptedNlp(phrases), Path("scripted"))


WEATHER = "The weather was cold on Monday."
CUED = "Maria Lopez argued that the budget would collapse by June."
FILLER = "Snow fell across the valley. Roads were closed. Schools stayed open."
TEXT = f"{WEATHER} {FILLER} {CUED} The river froze."


@pytest.mark.parametrize(
    ("neighbours", "expected"),
    [
        (0, [CUED]),
        (1, [f"Schools stayed open. {CUED} The river froze."]),
    ],
)
def test_the_tagger_reads_only_selected_sentences_and_their_neighbours(neighbours: int, expected: list[str]) -> None:
    analysis = find_candidates(TEXT)
    windows = tagger_windows(analysis, neighbours)
    assert [TEXT[s:e] for s, e in windows] == expected


def test_a_text_without_cues_or_quotes_is_never_tagged() -> None:
    nlp = _ScriptedNlp([("CONTENT", "cold")])
    analysis = find_candidates(f"{WEATHER} {FILLER}")
    assert add_tagger_candidates(analysis, Tagger(nlp, Path("x"))) == analysis.candidates
    assert nlp.windows == []


WAGERED = "Maria Lopez said the port would reopen. Her deputy wagered the budget will collapse by June."


@pytest.mark.parametrize(
    ("phrases", "expected"),
    [
        # a content no rule found (its cue is not in the lexicon), its cue in its sentence: a
        # record, the speaker the cue's subject in the parse (the sentence is parsed on demand)
        (
            [("CUE", "wagered"), ("CONTENT", "the budget will collapse by June")],
            ("the budget will collapse by June", "wagered", "Her deputy", None),
        ),
        # the cue's subject in the parse wins over a tagged source further away
        (
            [("SOURCE", "Maria Lopez"), ("CUE", "wagered"), ("CONTENT", "the budget will collapse by June")],
            ("the budget will collapse by June", "wagered", "Her deputy", None),
        ),
        # a tagged cue the lexicon knows gives its lemma and class
        (
            [("CUE", "said"), ("CONTENT", "Her deputy wagered the budget")],
            ("Her deputy wagered the budget", "said", "Maria Lopez", "speech"),
        ),
    ],
)
def test_a_tagged_content_becomes_a_candidate_with_its_speaker(
    phrases: list[tuple[str, str]], expected: tuple[str, str, str, str | None]
) -> None:
    analysis = find_candidates(WAGERED)
    rule_spans = {(c.start, c.end) for c in analysis.candidates}
    everything = ExtractOptions.scope("attributions")
    # the cue's class from the lexicon (types=False: no type classifier, not even the shipped one's)
    hybrid = HybridOptions(cue_in_sentence=False, types=False, cue_taken=False)
    out = add_tagger_candidates(analysis, _tagger(phrases), everything, hybrid)
    added = [c for c in out if (c.start, c.end) not in rule_spans]
    assert len(added) == 1
    c = added[0]
    assert c.cue is not None and c.mention is not None and c.frame == "tagger"
    got = (WAGERED[c.start : c.end], WAGERED[c.cue[0] : c.cue[1]], c.mention.text, c.cue_class)
    assert got == expected


@pytest.mark.parametrize(
    ("phrases", "kept"),
    [
        ([("CUE", "wagered"), ("CONTENT", "the budget will collapse by June")], False),  # a cue the lexicon lacks
        ([("CUE", "said"), ("CONTENT", "Her deputy")], False),  # no clause: no statement
        ([("CUE", "said"), ("CONTENT", "Her deputy wagered the budget")], True),
    ],
)
def test_the_statements_scope_takes_clauses_with_known_cues(phrases: list[tuple[str, str]], kept: bool) -> None:
    analysis = find_candidates(WAGERED)
    hybrid = HybridOptions(cue_in_sentence=False, types=False, cue_taken=False)
    out = add_tagger_candidates(analysis, _tagger(phrases), hybrid=hybrid)
    assert (len(out) == len(analysis.candidates) + 1) is kept


def test_a_cue_in_another_sentence_adds_nothing() -> None:
    text = "Maria Lopez said so at the council. The budget would collapse by June."
    phrases = [("SOURCE", "Maria Lopez"), ("CUE", "said"), ("CONTENT", "The budget would collapse by June")]
    analysis = find_candidates(text)
    before = [(c.start, c.end) for c in analysis.candidates]
    after = add_tagger_candidates(analysis, _tagger(phrases))
    assert [(c.start, c.end) for c in after] == before
    loose = add_tagger_candidates(analysis, _tagger(phrases), hybrid=HybridOptions(cue_in_sentence=False))
    assert len(loose) == len(before) + 1


@pytest.mark.parametrize(
    ("text", "content", "kept"),
    [
        # the rules read the words before the cue; a phrase in a preposition's object after it is
        # no second content of the same cue
        (
            "The budget would collapse, a council official said Friday amid reports the mayor is weighing cuts.",
            "Friday amid reports the mayor is weighing cuts",
            False,
        ),
        (
            "The budget would collapse, a council official said after warnings the mayor is weighing cuts.",
            "after warnings the mayor is weighing cuts",
            False,
        ),
    ],
)
def test_a_cue_the_rules_took_takes_no_phrase_outside_its_clauses(text: str, content: str, kept: bool) -> None:
    analysis = find_candidates(text)
    rules = [(c.start, c.end) for c in analysis.candidates]
    assert rules and all(text[s:e] != content for s, e in rules)
    phrases = [("CUE", "said"), ("CONTENT", content)]
    everything = ExtractOptions.scope("attributions")
    out = add_tagger_candidates(analysis, _tagger(phrases), everything, HybridOptions(types=False))
    assert any(text[c.start : c.end] == content for c in out) is kept
    loose = add_tagger_candidates(analysis, _tagger(phrases), everything, HybridOptions(types=False, cue_taken=False))
    assert any(text[c.start : c.end] == content for c in loose)


SAID = "Lopez said the budget would collapse, because the tax base had shrunk by a third."


@pytest.mark.parametrize(
    ("widen", "content"),
    [
        (True, "the budget would collapse, because the tax base had shrunk by a third"),
        (False, None),
    ],
)
def test_a_longer_tagged_span_widens_the_rules_reported_speech(widen: bool, content: str | None) -> None:
    analysis = find_candidates(SAID)
    rules = [(SAID[c.start : c.end], c.cue) for c in analysis.candidates]
    assert len(rules) == 1
    phrases = [("CUE", "said"), ("CONTENT", "the budget would collapse, because the tax base had shrunk by a third")]
    out = add_tagger_candidates(analysis, _tagger(phrases), hybrid=HybridOptions(widen=widen))
    got = [(SAID[c.start : c.end], c.cue) for c in out]
    if content is None:
        assert got == rules
    else:
        assert got == [(content, rules[0][1])]  # the rule's cue and speaker stay


def test_a_tagged_span_running_into_the_next_sentence_widens_nothing() -> None:
    text = SAID + " That is more than the board expected."
    analysis = find_candidates(text)
    before = [(c.start, c.end) for c in analysis.candidates]
    content = "the budget would collapse, because the tax base had shrunk by a third. That"
    phrases = [("CUE", "said"), ("CONTENT", content)]
    out = add_tagger_candidates(analysis, _tagger(phrases))
    assert [(c.start, c.end) for c in out] == before


@pytest.mark.parametrize(
    "tagged",
    [
        "the budget would collapse, state media",
        "the budget would collapse, Tass reported",
    ],
)
def test_a_tagged_span_running_into_the_report_around_the_cue_widens_nothing(tagged: str) -> None:
    text = f"Lopez told the council that {tagged}{'' if tagged.endswith('reported') else ' reported'}."
    analysis = find_candidates(text)
    before = [(text[c.start : c.end], c.cue) for c in analysis.candidates if c.cue_lemma == "tell"]
    assert [t for t, _ in before] == ["the budget would collapse"]
    out = add_tagger_candidates(analysis, _tagger([("CUE", "told"), ("CONTENT", tagged)]))
    assert [(text[c.start : c.end], c.cue) for c in out if c.cue_lemma == "tell"] == before


def test_a_direct_quote_is_left_to_the_rules() -> None:
    text = '"We will not sign this deal," Lopez said on Tuesday.'
    analysis = find_candidates(text)
    before = [(c.kind, c.start, c.end) for c in analysis.candidates]
    phrases = [("CONTENT", 'We will not sign this deal," Lopez'), ("CUE", "said")]
    after = add_tagger_candidates(analysis, _tagger(phrases))
    assert [(c.kind, c.start, c.end) for c in after] == before


@pytest.mark.parametrize("model", ["rules", "shipped"])
def test_extract_with_either_model_keeps_names_resolved(model: str) -> None:
    text = (
        "Governor Anna Berg spoke at the port on Monday. She argued that the new terminal would "
        'bring jobs to the valley. "This is our chance," Berg said.'
    )
    quotes = extract(text, published="2026-03-10", options=ExtractOptions(model=model))
    assert quotes, model
    assert all(q.speaker is not None and q.speaker.name == "Anna Berg" for q in quotes)
    assert any(q.kind == "direct" and q.text == "This is our chance" for q in quotes)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("that the offer would stand", "the offer would stand"),  # the rules' contents start after "that"
        ("the offer would stand", "the offer would stand"),
    ],
)
def test_a_tagged_content_starts_after_its_complementizer(content: str, expected: str) -> None:
    text = "Aalund said on Monday that the offer would stand."
    analysis = find_candidates(text)
    out = add_tagger_candidates(analysis, _tagger([("CUE", "said"), ("CONTENT", content)]))
    assert [text[c.start : c.end] for c in out] == [expected]


class _ParseFeatureNlp:
    """A parse-feature model's stand-in: records the docs the hybrid hands it, tags nothing."""

    def __init__(self) -> None:
        import spacy

        self.meta = {"onrecord": {"features": ["TAG", "DEP", "LEMMA"]}}
        self.blank = spacy.blank("en")
        self.docs: list[object] = []

    def make_doc(self, text: str) -> object:
        return self.blank.make_doc(text)

    def pipe(self, docs: Iterable[object]) -> Iterable[_Doc]:
        for doc in docs:
            self.docs.append(doc)
            yield _Doc([])


def test_a_parse_feature_tagger_reads_the_parse_of_every_sentence_it_tags() -> None:
    nlp = _ParseFeatureNlp()
    analysis = find_candidates(TEXT)
    add_tagger_candidates(analysis, Tagger(nlp, Path("scripted")))
    assert [d.text for d in nlp.docs] == [f"Schools stayed open. {CUED} The river froze."]  # type: ignore[attr-defined]
    tokens = {t.text: t for t in nlp.docs[0]}  # type: ignore[attr-defined]
    assert all(t.tag_ != "-" for t in tokens.values())  # neighbours parsed too, not only the selected sentence
    assert (tokens["argued"].lemma_, tokens["budget"].lemma_, tokens["river"].lemma_) == ("CUE", "cue:ccomp", "-")


MIXED = 'Ms. Berg said she wanted to speak "directly to the workers" and let them know that "this is not who we are."'
MIXED_CONTENT = 'she wanted to speak "directly to the workers" and let them know that "this is not who we are."'


@pytest.mark.parametrize(
    ("mixed", "expected"),
    [
        # the tagged content holds both quotations and the words around them: one mixed record,
        # with the rules' cue and speaker, the quotations as its quoted parts, ending inside the
        # closing mark as the rules' mixed records do
        (
            True,
            [("mixed", MIXED_CONTENT[:-1], "said", "Ms. Berg", ["directly to the workers", "this is not who we are."])],
        ),
        (
            False,
            [
                (
                    "indirect",
                    'she wanted to speak "directly to the workers" and let them know that "this is not who we are',
                    "said",
                    "Ms. Berg",
                    [],
                ),
                ("direct", "this is not who we are.", None, None, []),
            ],
        ),
    ],
)
def test_a_tagged_mixed_content_takes_in_the_quotations_it_holds(
    mixed: bool, expected: list[tuple[str, str, str | None, str | None, list[str]]]
) -> None:
    analysis = find_candidates(MIXED)
    phrases = [("SOURCE", "Ms. Berg"), ("CUE", "said"), ("CONTENT", MIXED_CONTENT)]
    out = add_tagger_candidates(analysis, _tagger(phrases), hybrid=HybridOptions(mixed=mixed))
    got = [
        (
            c.kind,
            MIXED[c.start : c.end],
            MIXED[c.cue[0] : c.cue[1]] if c.cue else None,
            c.mention.text if c.mention else None,
            [MIXED[s:e] for s, e in c.quoted],
        )
        for c in out
    ]
    assert got == expected


@pytest.mark.parametrize(
    "content",
    [
        'No, it would not be correct to say so," Tass quoted Peskov as saying on Monday',  # holds the quote's cue
        'No, it would not be correct to say so," Peskov',  # holds its speaker, and little else
    ],
)
def test_a_quote_with_its_own_cue_or_speaker_is_no_mixed_content(content: str) -> None:
    text = '"No, it would not be correct to say so," Tass quoted Peskov as saying on Monday.'
    analysis = find_candidates(text)
    before = [(c.kind, c.start, c.end) for c in analysis.candidates]
    out = add_tagger_candidates(analysis, _tagger([("CONTENT", content), ("CUE", "on Monday")]))
    assert [(c.kind, c.start, c.end) for c in out] == before


class _Types:
    """A type classifier's stand-in: one type for every attribution."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def predict(self, cue: str | None, source: str | None) -> str:
        return self.kind


@pytest.mark.parametrize(
    ("kind", "scope", "expected"),
    [
        # the cue "wagered" is not in the lexicon: its type comes from the model's classifier
        ("speech", "statements", ("speech", "tagger")),
        ("belief", "statements", None),
        ("belief", "attributions", ("belief", "tagger")),
        ("document", "attributions", ("evidence", "tagger")),
        ("other", "statements", None),
        ("other", "attributions", ("stance", "object")),
    ],
)
def test_a_tagged_content_takes_its_type_from_the_models_classifier(
    kind: str, scope: str, expected: tuple[str, str] | None
) -> None:
    analysis = find_candidates(WAGERED)
    rule_spans = {(c.start, c.end) for c in analysis.candidates}
    tagger = _tagger([("CUE", "wagered"), ("CONTENT", "the budget will collapse by June")])
    tagger.types = _Types(kind)  # type: ignore[assignment]
    out = add_tagger_candidates(analysis, tagger, ExtractOptions.scope(scope))
    added = [(c.cue_class, c.frame) for c in out if (c.start, c.end) not in rule_spans]
    assert added == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("kind", "cue_class", "expected"),
    [
        ("indirect", "speech", "speech"),
        ("indirect", "belief", "belief"),
        ("indirect", "evidence", "document"),
        ("indirect", "stance", "other"),
        ("indirect", None, None),  # reported content with no class: no type
        ("direct", None, "speech"),  # a quotation with no cue (a transcript's turn) is speech
        ("mixed", "belief", "belief"),
    ],
)
def test_a_candidates_type_comes_from_its_cue_class(kind: str, cue_class: str | None, expected: str | None) -> None:
    c = Candidate(kind=kind, pieces=[(0, 4)], cue=None, cue_lemma=None, cue_class=cue_class, mention=None, sentence=0)
    assert quote_type(c) == expected


TYPED = (
    "Mayor Ines Duarte said the ferry would run again on Friday. The harbour board believes the storm "
    "will pass. An audit by the council found that fares rose by a fifth. Duarte rejected the fare plan. "
    '"We will rebuild," Duarte told reporters.'
)


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        (
            "attributions",
            {
                "the ferry would run again on Friday": "speech",
                "the storm will pass": "belief",
                "fares rose by a fifth": "document",
                "the fare plan": "other",
                "We will rebuild": "speech",
            },
        ),
        # an audit's finding is on record (extract.documents): a statement, typed as a document
        (
            "statements",
            {
                "the ferry would run again on Friday": "speech",
                "fares rose by a fifth": "document",
                "We will rebuild": "speech",
            },
        ),
    ],
)
def test_rule_records_take_their_type_from_the_cue_lexicon(scope: str, expected: dict[str, str]) -> None:
    quotes = extract(TYPED, options=ExtractOptions.scope(scope, "rules"))
    assert {q.text: q.type for q in quotes} == expected


@pytest.mark.parametrize("kind", ["speech", "belief", "document", "other"])
def test_a_tagged_record_takes_its_type_from_the_classifier(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    tagger = _tagger([("CUE", "wagered"), ("CONTENT", "the budget will collapse by June")])
    tagger.types = _Types(kind)  # type: ignore[assignment]
    monkeypatch.setattr(sys.modules["onrecord.extract"], "resolve_model", lambda name: tagger)
    quotes = extract(WAGERED, options=ExtractOptions.scope("attributions"))
    assert {q.text: q.type for q in quotes} == {
        "the port would reopen": "speech",
        "the budget will collapse by June": kind,
    }


PLEDGES = (
    "Mayor Ines Duarte gave her word to double the number of night buses by June. "
    "Councillor Amir Haddad criticised the fare plan at the same meeting, aides said. "
    "A reporter asked about her promise to cut fares."
)


@pytest.mark.parametrize(
    ("clause", "phrases", "kept"),
    [
        # an infinitive after a speech cue is a commitment on record: a statement when the test is verbal
        ("verbal", [("CUE", "gave her word"), ("CONTENT", "to double the number of night buses by June")], True),
        ("finite", [("CUE", "gave her word"), ("CONTENT", "to double the number of night buses by June")], False),
        # an infinitive deep inside a noun phrase makes no clause of it
        ("verbal", [("CUE", "asked"), ("CONTENT", "about her promise to cut fares")], False),
        # a noun phrase is a stance, not a statement, under either test
        ("verbal", [("CUE", "criticised"), ("CONTENT", "the fare plan")], False),
        ("finite", [("CUE", "criticised"), ("CONTENT", "the fare plan")], False),
        ("any", [("CUE", "gave her word"), ("CONTENT", "to double the number of night buses by June")], True),
    ],
)
def test_the_statements_scope_reads_a_clause_by_the_chosen_test(
    clause: str, phrases: list[tuple[str, str]], kept: bool
) -> None:
    analysis = find_candidates(PLEDGES)
    rule_spans = {(c.start, c.end) for c in analysis.candidates}
    tagger = _tagger(phrases)
    tagger.types = _Types("speech")  # type: ignore[assignment]
    out = add_tagger_candidates(analysis, tagger, hybrid=HybridOptions(clause=clause))
    added = [PLEDGES[c.start : c.end] for c in out if (c.start, c.end) not in rule_spans]
    assert (added == [phrases[1][1]]) is kept


@pytest.mark.parametrize(
    ("own", "expected"),
    [
        (None, "shipped"),  # a model trained on untyped data (PolNeAR) borrows the shipped classifier
        ("belief", "own"),  # a model with its own classifier keeps it
    ],
)
def test_a_tagger_without_types_borrows_the_shipped_classifier(own: str | None, expected: str) -> None:
    from onrecord.extract.hybrid import _shipped_types, _type_classifier

    tagger = _tagger([])
    if own is not None:
        tagger.types = _Types(own)  # type: ignore[assignment]
    got = _type_classifier(tagger)
    assert got is (_shipped_types() if expected == "shipped" else tagger.types)
    assert got is not None


def test_the_trace_names_what_happened_to_each_tagged_content() -> None:
    analysis = find_candidates(PLEDGES)
    phrases = [("CUE", "gave her word"), ("CONTENT", "to double the number of night buses by June")]
    tagger = _tagger([*phrases, ("CONTENT", "the fare plan")])
    tagger.types = _Types("speech")  # type: ignore[assignment]
    trace: list[tuple[tuple[int, int], str]] = []
    add_tagger_candidates(analysis, tagger, hybrid=HybridOptions(clause="finite"), trace=trace)
    assert [(PLEDGES[s:e], what) for (s, e), what in trace] == [
        ("to double the number of night buses by June", "not_clause"),
        ("the fare plan", "overlap"),  # inside the rules' "Councillor ... meeting" (aides said)
    ]


@pytest.mark.parametrize(
    ("text", "content", "widened"),
    [
        # "as" / "for" after the cue's object: what the attribution says about it
        (
            "Senator Ruth Okafor attacked her opponent as a fraud and a scam artist.",
            "her opponent as a fraud and a scam artist",
            True,
        ),
        (
            "The union blasted the harbour board for being “utterly dishonest.”",
            "the harbour board for being “utterly dishonest.”",
            True,
        ),
        # a verb coordinated with the content's own (the parse hangs it on the cue)
        (
            "She wants to triple the size of the ferry fleet, grow the coast guard and create a reserve corps.",
            "to triple the size of the ferry fleet, grow the coast guard and create a reserve corps",
            True,
        ),
        # a second reported clause sharing the content's subject
        (
            "She said her proposals were more detailed than his and, even more important, "
            "would not blow open a hole in the budget.",
            "her proposals were more detailed than his and, even more important, would not blow open a hole "
            "in the budget",
            True,
        ),
        # a time of the cue's own is no content
        (
            "The mayor complained about the microphone the morning after the debate.",
            "the microphone the morning after the debate",
            False,
        ),
        # the main clause a cue in the writer's adverbial clause hangs on is no content
        (
            "The mill was busy. When Ms. Vale noted that the mill had not paid any rent, Mr. Dorn left the room.",
            "that the mill had not paid any rent, Mr. Dorn left the room",
            False,
        ),
        # a second act of the speaker's own is no content
        (
            "Officials said the port would reopen but requested more money from the ministry.",
            "the port would reopen but requested more money from the ministry",
            False,
        ),
    ],
)
def test_a_longer_tagged_span_continues_the_rules_reading(text: str, content: str, widened: bool) -> None:
    options = ExtractOptions.scope("attributions")
    analysis = find_candidates(text, options)
    before = [text[c.start : c.end] for c in analysis.candidates]
    out = add_tagger_candidates(analysis, _tagger([("CONTENT", content)]), options)
    after = [text[c.start : c.end] for c in out]
    assert (content in after and content not in before) is widened
    assert len(after) == len(before)


def test_a_tagged_content_that_holds_its_speaker_adds_nothing() -> None:
    text = (
        '"Investigating agencies are independent," said Mr. Thakur when asked if he justified the action '
        "against the journalists."
    )
    content = "Mr. Thakur when asked if he justified the action against the journalists"
    phrases = [("CUE", "said"), ("SOURCE", "Mr. Thakur"), ("CONTENT", content)]
    analysis = find_candidates(text)
    trace: list[tuple[tuple[int, int], str]] = []
    out = add_tagger_candidates(analysis, _tagger(phrases), trace=trace)
    assert [text[c.start : c.end] for c in out] == [text[c.start : c.end] for c in analysis.candidates]
    assert [what for _, what in trace] == ["speaker_inside"]
TULLY = (
    "Senator Raymond Tully spoke after the vote. "
    '"I will block every bill this agency sends us," Tully said in a floor speech on Tuesday.'
)
QUOTE = "I will block every bill this agency sends us"
TOLD = "Banks said an agent had told her the battery could not catch fire."


def _span(text: str, phrase: str) -> tuple[int, int]:
    """The last occurrence of ``phrase`` (the speaker's surname after his full name)."""
    at = text.rindex(phrase)
    return at, at + len(phrase)


class _PlacedNlp:
    """Tags spans given as offsets into the whole text, in whichever window holds them."""

    def __init__(self, text: str, spans: list[tuple[str, int, int]]) -> None:
        self.text = text
        self.spans = spans

    def pipe(self, texts: Iterable[str]) -> Iterable[_Doc]:
        for window in texts:
            base = self.text.index(window)
            inside = [
                (label, s - base, e - base) for label, s, e in self.spans if base <= s and e <= base + len(window)
            ]
            yield _Doc([_Ent(label, s, e) for label, s, e in inside])


def _placed(text: str, phrases: list[tuple[str, str]]) -> Tagger:
    return Tagger(_PlacedNlp(text, [(label, *_span(text, phrase)) for label, phrase in phrases]), Path("placed"))


def _bare_rule(text: str, content: str, cue: str) -> Candidate:
    """A rule candidate with its cue and no speaker mention (what the tagger's source may fill)."""
    analysis = find_candidates(text)
    start, end = _span(text, content)
    return Candidate("indirect", [(start, end)], _span(text, cue), "say", "speech", None, analysis.sentence_at(start))


@pytest.mark.parametrize(
    ("text", "content", "cue", "phrases", "source"),
    [
        # the rules found no speaker for the quote; the tagger pairs it with "Tully"
        (TULLY, QUOTE, "said", [("CONTENT", QUOTE), ("SOURCE", "Tully"), ("CUE", "said")], "Tully"),
        # the tagged content covers under half of the rule's: no pairing of this quote
        (TULLY, QUOTE, "said", [("CONTENT", "I will block"), ("SOURCE", "Tully"), ("CUE", "said")], None),
        # the candidate's cue lies inside the tagged content: Banks relays what the agent told her
        (
            TOLD,
            "the battery could not catch fire",
            "told",
            [
                ("SOURCE", "Banks"),
                ("CUE", "said"),
                ("CONTENT", "an agent had told her the battery could not catch fire"),
            ],
            None,
        ),
    ],
)
def test_the_tagger_lends_its_source_to_a_rule_quote_without_a_speaker(
    text: str, content: str, cue: str, phrases: list[tuple[str, str]], source: str | None
) -> None:
    analysis = find_candidates(text)
    analysis.candidates = [_bare_rule(text, content, cue)]
    out = add_tagger_candidates(analysis, _placed(text, phrases), ExtractOptions.scope("attributions"))
    rule = next(c for c in out if text[c.start : c.end] == content)
    got = rule.tagged_source.text if rule.tagged_source is not None else None
    assert got == source


def test_a_description_the_rules_read_stays_the_source() -> None:
    """``The report said ...``: PolNeAR's source is the report; the tagger's nearest name does not
    stand in for it."""
    text = "The report said the battery could not catch fire, Banks noted."
    analysis = find_candidates(text)
    phrases = [("SOURCE", "Banks"), ("CUE", "said"), ("CONTENT", "the battery could not catch fire")]
    out = add_tagger_candidates(analysis, _placed(text, phrases), ExtractOptions.scope("attributions"))
    rule = next(c for c in out if text[c.start : c.end] == "the battery could not catch fire")
    assert rule.mention is not None and rule.mention.text == "The report"
    assert rule.tagged_source is None


# an adverb between the name and the cue: neither the parse nor the word order gives the rules a subject
FLATLY = TULLY.replace("Tully said", "Tully flatly said")


@pytest.mark.parametrize(("fallback", "speaker"), [(True, "Raymond Tully"), (False, None)])
def test_the_tagged_source_is_resolved_like_a_rule_speaker(fallback: bool, speaker: str | None) -> None:
    from onrecord.attribute import ArticleContext, attribute

    analysis = find_candidates(FLATLY)
    assert [c.mention for c in analysis.candidates if FLATLY[c.start : c.end] == QUOTE] == [None]
    phrases = [("CONTENT", QUOTE), ("SOURCE", "Tully"), ("CUE", "said")]
    analysis.candidates = add_tagger_candidates(
        analysis,
        _placed(FLATLY, phrases),
        ExtractOptions.scope("attributions"),
        HybridOptions(fallback_speaker=fallback),
    )
    quotes, _ = attribute(analysis, ArticleContext(article_id="a1", published="2027-03-09"))
    quote = next(q for q in quotes if q.text == QUOTE)
    assert (quote.speaker.name if quote.speaker is not None else None) == speaker


def test_a_mixed_reading_keeps_the_rules_attribution_over_a_bare_quote() -> None:
    text = (
        "Sir Alden Hoyt said the amendment was out of order.\n\n"
        'Mr Dorran acknowledged the Speaker was "the referee on this matter - and that is that."'
    )
    quotes = [q for q in extract(text, options=ExtractOptions(model="shipped")) if "referee" in q.text]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Dorran"
    assert quotes[0].cue is not None and quotes[0].cue.text == "acknowledged"


SAFE = "Officials said the port was safe to use, although the minister again refused to visit it."
FERRY = "Okafor said the ferry would run on Sundays, and union leaders warned that crews would strike."
HOLD = "Lopez said the budget would hold, because the tax base had grown by a third."
WEXFORD = "The mill said it would close its Kerrow line, ending production there in September."
MEET = "Vell said he would meet the governor instead, and bring him the council's May letter."
CENTRE = "Officials said a centre would open at the library on Thursday, and that the state would pay for it."


@pytest.mark.parametrize(
    ("text", "tagged", "shorten", "expected"),
    [
        # the tagger stops a word or two past a comma where the rules' reading runs on
        (SAFE, "the port was safe to use, although", True, "the port was safe to use"),
        (FERRY, "the ferry would run on Sundays, and union leaders", True, "the ferry would run on Sundays"),
        # or stops right before it
        (SAFE, "the port was safe to use", True, "the port was safe to use"),
        # a span running well past the comma marks no end there
        (HOLD, "the budget would hold, because the tax base had grown", True, None),
        # no comma at or before the span's end: no cut
        (HOLD, "the budget would", True, None),
        # a participle after the comma continues the content
        (WEXFORD, "it would close its Kerrow line", True, None),
        # so do a verb that shares the content's subject and another "that" clause of the same cue
        (MEET, "he would meet the governor instead, and", True, None),
        (CENTRE, "a centre would open at the library on Thursday, and", True, None),
        # a span starting inside the rules' content is no shorter reading of it
        (SAFE, "port was safe to use, although", True, None),
        (SAFE, "the port was safe to use, although", False, None),
    ],
)
def test_a_shorter_tagged_span_ends_the_rules_reported_speech_at_its_comma(
    text: str, tagged: str, shorten: bool, expected: str | None
) -> None:
    analysis = find_candidates(text)
    before = [text[c.start : c.end] for c in analysis.candidates]
    phrases = [("CUE", "said"), ("CONTENT", tagged)]
    out = add_tagger_candidates(analysis, _tagger(phrases), hybrid=HybridOptions(shorten=shorten))
    after = [text[c.start : c.end] for c in out]
    if expected is None:
        assert after == before
    else:
        assert expected in after and expected not in before
        assert len(after) == len(before)


@pytest.mark.parametrize(
    ("text", "tagged", "content"),
    [
        # the predicate of the subject the cue's relative clause describes is the writer's
        (
            "Councillor Ada Carver, who had told the board she would support the tram, abstained when the "
            "route was changed.",
            "she would support the tram, abstained when the route was changed",
            "she would support the tram",
        ),
        (
            "Mayor Ivo Penn, who told the council she would fund the library, cut its budget a week later.",
            "she would fund the library, cut its budget a week later",
            "she would fund the library",
        ),
    ],
)
def test_a_tagged_span_running_past_a_relative_clause_widens_nothing(text: str, tagged: str, content: str) -> None:
    analysis = find_candidates(text)
    assert [text[c.start : c.end] for c in analysis.candidates] == [content]
    out = add_tagger_candidates(analysis, _tagger([("CUE", "told"), ("CONTENT", tagged)]))
    assert [text[c.start : c.end] for c in out] == [content]


def _gated(phrases: list[tuple[str, str]], bias: float, kind: str = "speech") -> Tagger:
    """A scripted tagger with a learned gate that keeps everything (bias > 0) or nothing."""
    from onrecord.tagger.gate import Gate

    tagger = _tagger(phrases)
    tagger.types = _Types(kind)  # type: ignore[assignment]
    tagger.gate = Gate((), (), bias)
    return tagger


FAR = [("CUE", "said"), ("CONTENT", "the budget will collapse by June")]
NEAR = [("CUE", "wagered"), ("CONTENT", "the budget will collapse by June")]


@pytest.mark.parametrize(
    ("phrases", "bias", "expected"),
    [
        # the guards drop a content whose cue is in another sentence; a gate that keeps it wins
        (FAR, -10.0, "cue_far"),
        (FAR, 10.0, "added"),
        # the guards add a content with its cue in its sentence; a gate that drops it wins
        (NEAR, 10.0, "added"),
        (NEAR, -10.0, "gate"),
    ],
)
def test_the_learned_gate_decides_in_place_of_the_guards(
    phrases: list[tuple[str, str]], bias: float, expected: str
) -> None:
    analysis = find_candidates(WAGERED)
    tagger = _gated(phrases, bias)
    trace: list[tuple[tuple[int, int], str]] = []
    hybrid = HybridOptions(gate=bias > 0 or phrases is NEAR)
    add_tagger_candidates(analysis, tagger, ExtractOptions.scope("attributions"), hybrid, trace=trace)
    assert [what for _, what in trace] == [expected]


@pytest.mark.parametrize(
    ("phrases", "kind", "expected"),
    [
        ([("CUE", "wagered"), ("CONTENT", "the budget")], "speech", "not_clause"),  # a stance, not a statement
        (NEAR, "belief", "scope"),  # a belief is no statement
        (NEAR, "speech", "added"),
    ],
)
def test_the_statements_scopes_own_guards_hold_whatever_the_gate_says(
    phrases: list[tuple[str, str]], kind: str, expected: str
) -> None:
    analysis = find_candidates(WAGERED)
    trace: list[tuple[tuple[int, int], str]] = []
    add_tagger_candidates(analysis, _gated(phrases, 10.0, kind), ExtractOptions(), trace=trace)
    assert [what for _, what in trace] == [expected]


def test_the_hybrid_hands_out_its_readings_of_unoverlapped_contents() -> None:
    analysis = find_candidates(WAGERED)
    readings: list[Reading] = []
    add_tagger_candidates(analysis, _gated(FAR, 10.0), ExtractOptions(), readings=readings)
    assert len(readings) == 1
    r = readings[0]
    assert WAGERED[r.span[0] : r.span[1]] == "the budget will collapse by June"
    assert r.cue_far and r.cue_taken and not r.said_by and r.finite and r.cue_class == "speech"


def test_a_gate_serving_only_the_attributions_scope_leaves_the_statements_scope_to_its_guards() -> None:
    from onrecord.tagger.gate import Gate

    tagger = _gated(FAR, 10.0)
    tagger.gate = Gate((), (), 10.0, scopes={"attributions": 0.5})
    for scope, expected in [("statements", "cue_far"), ("attributions", "added")]:
        trace: list[tuple[tuple[int, int], str]] = []
        add_tagger_candidates(find_candidates(WAGERED), tagger, ExtractOptions.scope(scope), trace=trace)
        assert [what for _, what in trace] == [expected]


RELAYED = "Colm Obeng had told him that the government would “never let a port be automated,” Quaye-Lind said."


def test_a_tagged_mixed_content_inside_a_quote_of_a_quote_keeps_the_inner_report() -> None:
    """The quotation belongs to the inner report ("X had told him that ... 'Y'," Z said), which
    keeps its own cue and speaker; the outer report, Z's relay of it, stays."""
    analysis = find_candidates(RELAYED)
    content = "the government would “never let a port be automated"
    phrases = [("SOURCE", "Quaye-Lind"), ("CUE", "said"), ("CONTENT", content)]
    out = add_tagger_candidates(analysis, _tagger(phrases), hybrid=HybridOptions(mixed=True))
    got = [(c.kind, RELAYED[c.start : c.end], c.mention.text if c.mention else None) for c in out]
    assert ("mixed", content, "Colm Obeng") in got
    assert any(m == "Quaye-Lind" and text.startswith("Colm Obeng had told him") for _, text, m in got)


def test_the_tagger_keeps_no_clause_of_reports_a_speaker_denies() -> None:
    text = (
        "The dock authority denied reports that the quay had been sold to a foreign buyer, saying the talks "
        "were still open."
    )
    quotes = [q.text for q in extract(text, published="2027-03-05")]
    assert not any(q.startswith("reports that") or q.startswith("the quay") for q in quotes), quotes


def test_the_tagger_widens_no_report_over_the_clause_of_reports_it_answers() -> None:
    text = (
        "Harbour chief Oda Brekkestad said on Monday, commenting on reports that Norland is secretly "
        "buying ferries, that such stories rarely match the facts."
    )
    quotes = [q.text for q in extract(text, published="2027-03-05")]
    assert "such stories rarely match the facts" in quotes, quotes


def test_outcomes_are_recorded_only_inside_a_recording_block() -> None:
    text = '"Investigating agencies are independent," said Mr. Thakur when asked if he justified the action.'
    phrases = [("CUE", "said"), ("SOURCE", "Mr. Thakur"), ("CONTENT", "Mr. Thakur when asked if he justified")]
    analysis = find_candidates(text)
    add_tagger_candidates(analysis, _tagger(phrases))  # outside a block: nothing is kept anywhere
    with recording_outcomes() as recorded:
        add_tagger_candidates(analysis, _tagger(phrases))
        own: list[tuple[tuple[int, int], str]] = []
        add_tagger_candidates(analysis, _tagger(phrases), trace=own)  # a trace of its own wins
    assert [what for _, what in recorded] == ["speaker_inside"]
    assert [what for _, what in own] == ["speaker_inside"]
    with recording_outcomes() as later:
        pass
    assert later == []
