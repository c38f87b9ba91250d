"""The writer's words after a report are cut from its content, whatever the parse or the tagger
made of them; a comma inside a quotation is the speaker's."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.extract.candidates import ExtractOptions
from onrecord.extract.tails import tail_start

_RULES = ExtractOptions(model="rules")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a time after something, with more after it
        (
            "Senate Majority Leader Harlan Oakes said Wednesday the Senate would not take up the rail bill "
            "this month, two days after promising a floor vote in April and a day after the bill's sponsor "
            "offered to soften it.",
            "the Senate would not take up the rail bill this month",
        ),
        (
            "Manager Gareth Penhale said on Wednesday the club would now sign three strikers before the new "
            "season, a day after promising two, following the sale of its top scorer.",
            "the club would now sign three strikers before the new season",
        ),
        # a sentence apposition
        (
            "The energy minister told parliament on Wednesday that her government was also negotiating with "
            "Estovia, a disclosure that caught officials in Vessia by surprise.",
            "her government was also negotiating with Estovia",
        ),
        # a circumstance
        (
            "Sen. Dolores Ferrante told reporters she would vote for the bill, even as she denounced the "
            "decision to freeze the grants.",
            "she would vote for the bill",
        ),
        # an apposition with words before its noun, and a dash before a relative with no dash after it
        (
            "Governor Ines Calloway said the deficit would shrink to 2% by June, a much bolder call than "
            "her guess at the spring conference.",
            "the deficit would shrink to 2% by June",
        ),
        (
            "The minister told the assembly that the fishing levy would stay for another season - which "
            "drew groans from the gallery.",
            "the fishing levy would stay for another season",
        ),
        (
            "The harbour master said the quay would reopen in May—which surprised the ferry crews.",
            "the quay would reopen in May",
        ),
        # a clause of "I" or "we" after reported speech: the reporter's own
        (
            "Our chief executive said the regulator had told him in March that it expected a ruling by June, "
            "and we are planning on that basis.",
            "it expected a ruling by June",
        ),
    ],
)
def test_the_writers_tail_is_cut(text: str, content: str) -> None:
    assert content in [q.text for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participle that places the report among earlier ones
        (
            "The trust said 214 patients had been affected, correcting a figure of 241 it gave on Monday.",
            "214 patients had been affected",
        ),
        (
            "The coach said his captain would miss the final, walking back what he told fans on Friday.",
            "his captain would miss the final",
        ),
        # a participle that tells what the report led to
        (
            "Sen. Ada Morrow said she now had the votes to pass the ferry bill, setting up a vote as early "
            "as next week.",
            "she now had the votes to pass the ferry bill",
        ),
        (
            "The yard said it would cut 60 jobs at its Tullan site, prompting the union to call a strike.",
            "it would cut 60 jobs at its Tullan site",
        ),
        (
            "The operator of Dunvale's only ferry said it would stop sailing at the end of the month, "
            "leaving 300 families without a link to the mainland.",
            "it would stop sailing at the end of the month",
        ),
        # a participle that turns the report against others' words
        (
            "The harbour board said no survey of the seabed had been ordered, dismissing talk among "
            "the trawler crews that dredging had started.",
            "no survey of the seabed had been ordered",
        ),
    ],
)
def test_the_writers_participle_is_cut(text: str, content: str) -> None:
    assert content in [q.text for q in extract(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participle that carries the report on is the speaker's
        (
            "The firm said it would close its plant in Arlow by the end of 2029, cutting 800 jobs.",
            "it would close its plant in Arlow by the end of 2029, cutting 800 jobs",
        ),
        (
            "The ministry said the tunnel would cost 90 million crowns, including the new approach roads.",
            "the tunnel would cost 90 million crowns, including the new approach roads",
        ),
    ],
)
def test_the_speakers_participle_stays(text: str, content: str) -> None:
    assert content in [q.text for q in extract(text)]


def test_dismissing_with_the_speaker_s_quoted_words_keeps_them() -> None:
    text = (
        "Corrin Athletic's president, Magda Helgarsen, said the stadium was not for sale, dismissing a "
        'rival\'s bid as "wishful thinking" and too small by far.'
    )
    assert any("wishful thinking" in q.text for q in extract(text))
    text = text.replace("Corrin", "Pellby").replace('"wishful thinking"', '"pie in the sky"')
    assert any("pie in the sky" in q.text for q in extract(text))


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        # inside a quotation the words are the speaker's
        ('She said the vote was "a day after the deadline, two days after the count" and unfair.', "en", None),
        # too little before the comma
        ("Two days, two days after the vote.", "en", None),
        ("the city was ready, hours after the warning", "en", "the city was ready"),
        # an apposition with a noun that sums up no report may be about the last thing said
        ("questions about his birthplace returned, an issue that he regards as racist", "en", None),
        ("the talks had failed, a setback that stunned the union", "en", "the talks had failed"),
        # "a NOUN of the ...": a summing-up apposition; "an increase of 12 percent" is a figure, which stays
        ("the ferry would keep running, a reversal of the plan she set out", "en", "the ferry would keep running"),
        ("profits rose to 4 million crowns, an increase of 12 percent on the year", "en", None),
        # "dismissing" cuts before talk, reports, claims and the like, never before quoted words
        ("the mill would reopen in spring, dismissing rumours of a sale", "en", "the mill would reopen in spring"),
        ("the mill would reopen in spring, dismissing its own surveyors after the delay", "en", None),
        ('the mill would reopen in spring, dismissing the claims as "idle gossip"', "en", None),
        (
            "su departamento revisará la licencia, un día después de que el tribunal anulara la concesión",
            "es",
            "su departamento revisará la licencia",
        ),
        (
            "su departamento revisa las admisiones, una noticia que cayó como un jarro de agua fría",
            "es",
            "su departamento revisa las admisiones",
        ),
    ],
)
def test_tail_start(text: str, language: str, content: str | None) -> None:
    cut = tail_start(text, 0, len(text), language)
    assert (text[:cut] if cut is not None else None) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a dash and an apposition that places the report among earlier ones
        (
            'the drivers would strike "until the gates open" – the same words she used at the depot last week',
            'the drivers would strike "until the gates open"',
        ),
        (
            "the tram line would open by spring — a line she has used all month",
            "the tram line would open by spring",
        ),
        # a dash and a noun that sums up nothing: the speaker's
        ("the yard would need three cranes — the ones it ordered in May", None),
    ],
)
def test_a_dashed_apposition_is_the_writers(text: str, content: str | None) -> None:
    cut = tail_start(text, 0, len(text), "en")
    assert (text[:cut] if cut is not None else None) == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a governing body's ruling, in the subjunctive
        (
            "The Disciplinary Board ruled that Lakeside Rangers FC be fined US$20,000 for the throwing of objects.",
            "Lakeside Rangers FC be fined US$20,000 for the throwing of objects",
        ),
        (
            "The Supreme Court ruled on Tuesday that the government had failed to consult the villages.",
            "the government had failed to consult the villages",
        ),
    ],
)
def test_a_ruling_is_reported(text: str, content: str) -> None:
    assert content in [q.text for q in extract(text)]


def test_ruling_out_is_no_ruling() -> None:
    assert extract("Dockers shut Saint-Lys, minister rules out talks under blockade.") == []
    # "ruling" is mostly a noun ("in a ruling released Thursday"): no cue form
    assert extract("The judge rejected that argument in a ruling released Thursday.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "As the Premier put it on Monday, the Hollis Street levee had held.",
            "the Hollis Street levee had held",
            "Premier",
        ),
        ("As Mayor Ana Ruiz said on Tuesday, the plan is dead.", "the plan is dead", "Ana Ruiz"),
    ],
)
def test_as_someone_put_it(text: str, content: str, speaker: str) -> None:
    """ "As X put it, ..." and "As X said, ...": the main clause is what X said."""
    found = [(q.text, q.speaker.name if q.speaker else None) for q in extract(text)]
    assert any(t == content and s is not None and speaker in s for t, s in found)


@pytest.mark.parametrize(
    "text",
    [
        "As expected, the vote failed.",
        "As she left the hall, the crowd cheered.",
        "As it turned out, the fund was empty.",
    ],
)
def test_as_without_a_speaker_is_no_report(text: str) -> None:
    assert extract(text) == []


def test_a_quotation_closed_after_the_comma_keeps_its_words() -> None:
    text = (
        'Rep. Ana Ibarra wrote on X that the bill "creates 13,000 union jobs on the docks on day one," '
        "a narrower figure than the 30,000 jobs she cited Tuesday."
    )
    texts = [q.text for q in extract(text)]
    assert any(t.startswith('the bill "creates 13,000') and t.rstrip(',"').endswith("day one") for t in texts)


def test_as_inside_a_sentence_is_no_source() -> None:
    text = (
        "But some note that Trump — even as he says his experience in tax matters makes him qualified — "
        "has proposed little."
    )
    assert not [q for q in extract(text) if q.text.startswith("that Trump")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a dash pair around a relative inside the report is the speaker's aside
        ("She said the plan — which cost $4 million — had failed.", "the plan — which cost $4 million — had failed"),
        ("He said the co-which pilot scheme had ended.", "the co-which pilot scheme had ended"),
    ],
)
def test_a_dashed_aside_inside_the_report_stays(text: str, content: str) -> None:
    assert content in [q.text for q in extract(text, options=_RULES)]


def test_a_summing_up_apposition_after_a_quotation_is_cut() -> None:
    """``that "C" filed by ..., a reversal of the position ...``: the content may open inside its
    quotation's mark; the apposition after the closed quotation is still the writer's."""
    text = (
        'In Tessby, Governor Ada Okoro wrote on Facebook on Tuesday that "Lindem State will join the suit against '
        'the ministry" filed by the growers at the High Court, a reversal of the line his office had taken.'
    )
    contents = [q.text for q in extract(text)]
    assert any("Lindem State will join the suit" in c for c in contents)
    assert not any("reversal" in c for c in contents)


@pytest.mark.parametrize(
    "text",
    [
        "the old mill had been empty for years, a sign of the times",
        "the flood would reach every street in the valley, a blow of the kind the farms had never known",
        "rents in the district would double by spring, a jump of the sort nobody had predicted",
    ],
)
def test_a_descriptive_apposition_of_the_speaker_stays(text: str) -> None:
    """``..., a sign of the times``: a summary noun with "of the" describes what was said; only
    a turn from an earlier stand, or a stand the phrase points back to, is the writer's."""
    assert tail_start(text, 0, len(text)) is None


def test_a_summary_noun_pointing_back_to_a_stand_is_cut() -> None:
    text = "the depot would stay open, a change of the policy her deputy had announced in March"
    assert tail_start(text, 0, len(text)) == text.index(",")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "as" with a subject of its own and an event: the writer's scene around the report
        (
            "The harbour board said on Monday that the ferry to Tollam would not sail before Friday, as "
            "crews at the slipway cleared the wreckage.",
            "the ferry to Tollam would not sail before Friday",
        ),
        (
            "Councillor Brite Thalwick said the depot would stay shut, as lorries were queuing along the ring road.",
            "the depot would stay shut",
        ),
        (
            "The Vintners Guild said that its growers would delay the harvest until the first of October, "
            "as storms continue to batter the terraces above Tarnholt.",
            "its growers would delay the harvest until the first of October",
        ),
    ],
)
def test_as_with_a_scene_of_its_own_is_the_writers(text: str, content: str) -> None:
    found = {q.text.removeprefix("that "): q for q in extract(text)}
    assert content in found
    assert found[content].cue is not None and found[content].cue.start < text.index(content)


@pytest.mark.parametrize(
    "text",
    [
        # "as" with "be", "have" or a modal may give the speaker's reason
        "She said the quay was closed, as the storm had damaged the crane.",
        "He said the quay would stay closed, as it was too dangerous to work there.",
        # "as" opening a phrase of its own
        "She said the quay would reopen next week, as well as the fish market.",
        "He said the quay would reopen next week, as a result of the repairs.",
        "She said the quay would reopen next week, as expected.",
    ],
)
def test_as_without_a_scene_of_its_own_stays(text: str) -> None:
    start = text.index("said ") + len("said ")
    assert tail_start(text, start, len(text) - 1) is None


def test_as_with_an_object_of_its_own_is_no_trailing_cue() -> None:
    """ "C, as the growers' union warned of protests": the verb after "as" says something of its
    own; the report is the minister's, through the cue before it."""
    text = (
        "The Minister for Farming, Edda Lorimer, has insisted that a new fertiliser duty will spare "
        "the bakers, as the region's biggest millers' association warned of protests at the grain exchange."
    )
    found = [(q.text, q.speaker.name if q.speaker else None) for q in extract(text)]
    assert any("fertiliser duty will spare the bakers" in t and s == "Edda Lorimer" for t, s in found)
    assert not any(s and "millers" in s for _, s in found)


def test_as_someone_warned_after_the_report_is_its_cue() -> None:
    text = "The dam would not hold another winter, as the engineer Halvard Brisk warned."
    found = [(q.text, q.speaker.name if q.speaker else None) for q in extract(text)]
    assert any("dam would not hold another winter" in t and s and "Brisk" in s for t, s in found)


def test_as_someone_told_the_hearers_after_the_report_is_its_cue() -> None:
    text = "The dam would not hold another winter, as the engineer Halvard Brisk told reporters on Monday."
    found = [(q.text, q.speaker.name if q.speaker else None) for q in extract(text)]
    assert any("dam would not hold another winter" in t and s and "Brisk" in s for t, s in found)
