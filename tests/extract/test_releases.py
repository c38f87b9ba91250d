"""A release's or a filing's own voice, and the cues of courts and of an organisation's figures."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.lexicon import load_lexicon
from onrecord.extract.releases import is_filing

_RELEASE = """PRESS RELEASE
Harnford Water Board
FOR IMMEDIATE RELEASE — 4 May 2027

Water Board sets out repair plan for Eastmoor reservoir

The Harnford Water Board today published its repair plan for the Eastmoor reservoir.

The Board has reviewed the engineers' reports from the winter inspection.

{sentence}

"We owe the valley a dam it can trust," said chief executive Mara Lindqvist.

ENDS

About the Harnford Water Board
The Harnford Water Board supplies drinking water to 400,000 people.
"""

_FILING = """Tessel Shipping ASA: update on the Korvik arbitration

Company announcement | Inside information

Tessel Shipping ASA ("Tessel" or "the Company") announces that the arbitration panel has issued its award.

{sentence}

For further information, please contact:
Investor Relations, Tessel Shipping ASA
"""


def _texts(text: str) -> list[str]:
    return [q.text for q in extract(text)]


@pytest.mark.parametrize(
    ("template", "sentence"),
    [
        (_RELEASE, "The repairs will close the Eastmoor road for six weeks from 1 June."),
        (_RELEASE, "The Board will publish the full engineering report on its website."),
        (_RELEASE, "The Board expects the reservoir to be full again by September."),
        (_RELEASE, "The Board remains committed to keeping the reservoir full through the summer."),
        # the issuer's bare organisation noun in lower case
        (_RELEASE, "The company expects to receive about 2,000 claims from the valley."),
        (_FILING, "The Company will provide further information when appropriate."),
        (_FILING, "The award will reduce the Company's 2027 operating result by up to NOK 90 million."),
    ],
)
def test_release_own_voice_is_the_issuers(template: str, sentence: str) -> None:
    text = template.format(sentence=sentence)
    quotes = [q for q in extract(text) if q.text == sentence.rstrip(".")]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert any(w in quotes[0].speaker.name for w in ("Board", "Company", "Tessel", "Harnford"))


_LEAD_AFTER = """PRESS RELEASE
Harnford Pilots' Union (HPU)
Harnford, 17 May 2027

PILOTS SET OVERTIME BAN AT HARNFORD

{sentence}

The Harnford Pilots' Union (HPU) today announced an overtime ban at the port of Harnford.

"Nobody pilots a tanker on a twenty-hour shift," said HPU secretary Ines Moller.

{closing}

Notes to editors:
HPU represents 140 harbour pilots.
"""


@pytest.mark.parametrize(
    ("sentence", "closing", "wanted"),
    [
        # a commitment before the sentence that names the issuer is the issuer's too
        (
            "Each pilot will keep working normal hours through the ban.",
            "The ban will end when the port signs the new rota.",
            "Each pilot will keep working normal hours through the ban",
        ),
        # the release's own noun for itself, lower-cased ("the union")
        (
            "The port authority has refused to drop the rota.",
            "The union stands ready to talk on any day of the week.",
            "The union stands ready to talk on any day of the week",
        ),
    ],
)
def test_release_own_voice_wherever_the_issuer_is_named(sentence: str, closing: str, wanted: str) -> None:
    quotes = {q.text: q for q in extract(_LEAD_AFTER.format(sentence=sentence, closing=closing))}
    assert wanted in quotes, list(quotes)
    assert quotes[wanted].speaker is not None
    assert "Union" in quotes[wanted].speaker.name or "HPU" in quotes[wanted].speaker.name


@pytest.mark.parametrize(
    ("template", "sentence"),
    [
        # background in the past or the perfect, and descriptions, are no statements
        (_RELEASE, "The dam was completed in 1962 and holds back the Eastmoor river."),
        (_RELEASE, "The Board has met the contractors twice since March."),
        (_RELEASE, "The Harnford Water Board is the largest water utility in the region."),
        (_FILING, "The arbitration was brought by the charterer of the vessel in 2025."),
        # another organisation the release describes, not the issuer's bare noun
        (_RELEASE, "The company that built the dam expects the repairs to take a year."),
    ],
)
def test_release_background_is_no_statement(template: str, sentence: str) -> None:
    assert sentence.rstrip(".") not in _texts(template.format(sentence=sentence))


@pytest.mark.parametrize(
    "text",
    [
        # the boilerplate after a release's sign-off, and an ordinary news story
        _RELEASE.format(sentence="The plan was agreed in April."),
        "Harnford's water board will publish its repair plan on Monday. The board will meet the "
        "contractors on Tuesday, and the repairs will close the Eastmoor road for six weeks.",
    ],
)
def test_no_own_voice_outside_a_release_body(text: str) -> None:
    assert not any("supplies drinking water" in t or "will meet the contractors" in t for t in _texts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MEDIA RELEASE\nCoastal Rivers Service\n\nThe Service today confirmed the road is open.", True),
        ("Tessel Shipping ASA\nCompany announcement\n\nTessel announces its results.", True),
        ("KORVIK (Nordpress) - The company announced on Monday that it would appeal.", False),
    ],
)
def test_is_filing(text: str, expected: bool) -> None:
    assert is_filing(text) is expected


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The Court holds that the dismissals were unlawful because the operator failed to consult the union.",
            "the dismissals were unlawful because the operator failed to consult the union",
            "Court",
        ),
        (
            "The tribunal held that the contract had been terminated without notice.",
            "the contract had been terminated without notice",
            "tribunal",
        ),
        (
            "Judge Anna Okafor ordered that the documents be released to the families within 14 days.",
            "the documents be released to the families within 14 days",
            "Anna Okafor",
        ),
        (
            "KALVOR (Nordpress) - The Supreme Court on Tuesday annulled the mining permit, ruling that the "
            "ministry had failed to consult the villages along the river.",
            "the ministry had failed to consult the villages along the river",
            "Supreme Court",
        ),
        (
            "Once inflation is taken into account, the union calculates that dockers' real pay has fallen by "
            "6 percent since 2024.",
            "dockers' real pay has fallen by 6 percent since 2024",
            "union",
        ),
    ],
)
def test_court_holdings_and_calculations_are_reported_speech(text: str, content: str, speaker: str) -> None:
    quotes = [q for q in extract(text) if q.text == content]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and speaker.lower() in quotes[0].speaker.name.lower()


@pytest.mark.parametrize(
    "text",
    [
        # "hold", "order" and the noun "ruling" without a that-clause are no cues
        "The union held talks with the ministry on Monday and ordered new banners for the march.",
        "The dam holds back the largest reservoir in the region.",
        "The ruling that annulled the licence was a blow to the company.",
        "The court is ruling on the case today.",
    ],
)
def test_hold_order_ruling_need_a_that_clause(text: str) -> None:
    assert extract(text) == []


def test_that_only_cues_trigger_only_beside_that() -> None:
    lexicon = load_lexicon()
    assert not lexicon.has_cue("The ruling was a blow to the company.", True)
    assert lexicon.has_cue("The court annulled the permit, ruling that it was unlawful.", True)


def test_a_that_only_cue_is_no_speech_cue_for_according_to() -> None:
    text = "Senator Ruiz now holds a lead of 12 points over her rival, according to a Harbour Gazette poll."
    assert [q.text for q in extract(text)] == ["Senator Ruiz now holds a lead of 12 points over her rival"]


_SHORT = """PRESS RELEASE
Harnford, 17 May 2027

Harnford Pilot Group announces new rota for its harbour pilots

Harnford Pilot Group (HPG) today announced a new rota for its harbour pilots after talks with the
Port Standards Office (PSO).

{sentence}

"Nobody pilots a tanker on a twenty-hour shift," said HPG secretary Ines Moller.

Notes to editors:
HPG represents 140 harbour pilots.
"""


def test_the_short_name_the_opening_gives_the_issuer_is_its_own_voice() -> None:
    sentence = "HPG remains committed to safe pilotage in Harnford and will keep both launches in service."
    quotes = {q.text: q for q in extract(_SHORT.format(sentence=sentence))}
    assert sentence.rstrip(".") in quotes, list(quotes)
    speaker = quotes[sentence.rstrip(".")].speaker
    assert speaker is not None and ("HPG" in speaker.name or "Pilot" in speaker.name)


def test_another_bodys_short_name_is_not_the_issuers_voice() -> None:
    sentence = "PSO remains committed to safe pilotage in Harnford and to both launches in service."
    assert sentence.rstrip(".") not in _texts(_SHORT.format(sentence=sentence))


_CONTACT_HEADER = """NEWS RELEASE
Brindle Valley Ferry Company
For immediate release: June 2, 2027
Contact: BVFC Media Desk, press@bvfc.example, (555) 010-2299

BVFC PAUSES NIGHT CROSSINGS AFTER ENGINE FAULT

ORSTON — The Brindle Valley Ferry Company (BVFC) today paused all night crossings on the Orston route.

{sentence}

About BVFC: The Brindle Valley Ferry Company runs four ferries on the Orston estuary.
"""


@pytest.mark.parametrize(
    ("template", "sentence"),
    [
        # a contact line in the header, above the lead, does not end the body
        (_CONTACT_HEADER, "Day crossings will run every half hour until the engine is repaired."),
        # "will" the parse hangs on the root's auxiliary ("will remain" + a participle)
        (_CONTACT_HEADER, "Night crossings will remain halted until both engines have been checked."),
        # a short term the issuer sets off in quotation marks is no one's quotation
        (_RELEASE, 'The Board does not charge a "summer supplement" to households on a meter.'),
    ],
)
def test_release_own_voice_past_the_header_and_with_quoted_terms(template: str, sentence: str) -> None:
    quotes = [q for q in extract(template.format(sentence=sentence)) if q.text == sentence.rstrip(".")]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # a longer quotation, or one holding a sentence's end, is someone's words
        'The Board does not accept that the dam is "a danger to every house in the valley below it".',
        'The Board says the reservoir "is safe. It has always been safe."',
    ],
)
def test_release_own_voice_not_over_a_quotation(sentence: str) -> None:
    assert sentence.rstrip(".") not in _texts(_RELEASE.format(sentence=sentence))


def test_release_boilerplate_after_a_header_contact_stays_out() -> None:
    text = _CONTACT_HEADER.format(sentence="Day crossings will run every half hour.")
    assert not any("runs four ferries" in t for t in _texts(text))
