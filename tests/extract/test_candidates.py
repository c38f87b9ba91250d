"""The offset indexes of extraction answer as a scan of the whole article would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord import extract
from onrecord.extract.candidates import _ByOffset, _QuoteIndex, find_candidates
from onrecord.extract.marks import find_quotes

_PIECES = ['"We will go," she said. ', "“Not now” and ‘maybe’ ", "\"He said 'no' twice.\" ", "plain words. ", '"open ']


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_inside_answers_as_a_scan_of_every_quote(parts: list[str]) -> None:
    text = "".join(parts)
    quotes = [q for q in find_quotes(text) if q.nested_in is None]
    index = _QuoteIndex(quotes)
    for offset in range(len(text) + 1):
        scan = any(s <= offset < e for q in quotes if q.open <= offset for s, e in q.pieces)
        assert index.inside(offset) == scan, (text, offset)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.one_of(st.none(), st.integers(0, 50)), max_size=30),
    st.lists(st.tuples(st.integers(-5, 55), st.integers(0, 20)), min_size=1, max_size=3),
)
def test_between_gives_the_offsets_in_range_in_order(offsets: list[int | None], ranges: list[tuple[int, int]]) -> None:
    spans = [(lo, lo + width) for lo, width in ranges]
    expected = [i for i, o in enumerate(offsets) if o is not None and any(lo <= o < hi for lo, hi in spans)]
    assert _ByOffset(offsets).between(*spans) == expected


@pytest.mark.parametrize(
    ("text", "relayed"),
    [
        (
            '"The minister promised us last year that the ward would stay open," Lise Marron said. "Well."',
            "the ward would stay open",
        ),
        (
            '"I mind being lied to," Tor Eide said. "The governor told us in October that the boilers had been '
            'replaced. We believed him."',
            "the boilers had been replaced",
        ),
        (
            "RADIO NORTH\n\nHOST: Will he back the bill?\n\nSEN. ANNA ROYCE: He told me yesterday he'd back the bill "
            "if the offsets go.\n\nHOST: And you?\n\nSEN. ANNA ROYCE: I will vote for it.\n",
            "he'd back the bill if the offsets go",
        ),
        # told to a body of the speaker's own
        (
            '"The council told our members in March that the road would be rebuilt by winter," union chair '
            "Jo Marr said.",
            "the road would be rebuilt by winter",
        ),
        (
            '"The landlord promised my family that the boiler would be fixed this week," Pia Lund said.',
            "the boiler would be fixed this week",
        ),
        # a report dated to a day, to anyone
        (
            '"Mr. Orrin told the council on Friday that the lift had been serviced. The logbook is empty," '
            "Pia Lund said.",
            "the lift had been serviced",
        ),
        (
            '"He said on Friday he would fund the ferry for a year," Tor Eide said. "We are still waiting."',
            "he would fund the ferry for a year",
        ),
        # told to the speaker's side in the passive, the teller after "by"
        (
            '"We were told by the ministry on Tuesday night that the school could open as normal," Ines Varga said.',
            "the school could open as normal",
        ),
        # the words before "— that is what Y told us": Y's
        (
            '"No ward will close without a vote — that is what the governor told us in May," Lise Marron said.',
            "No ward will close without a vote",
        ),
        (
            '"We will finish the bridge by June — that\'s what Minister Ekwueme assured me, and I believe him," '
            "Tor Eide said.",
            "We will finish the bridge by June",
        ),
    ],
)
def test_a_report_inside_a_quotation_is_a_quote_of_its_own(text: str, relayed: str) -> None:
    """The speaker of a quotation relays what a third party told them: both are quotes."""
    quotes = extract(text)
    assert relayed in [q.text for q in quotes if q.kind == "indirect"]
    assert any(q.kind == "direct" and relayed in q.text for q in quotes)


_SHOW = (
    "THE MORNING DESK\n\nHOST: Good morning. {host}\n\nPERNILLE AASVANG: We want the facts first, "
    "and then we will decide.\n\nHOST: Will the ferries run on Friday?\n\nPERNILLE AASVANG: They will "
    "run, I am sure of it.\n\nHOST: Thank you.\n"
)


def test_a_third_partys_words_the_interviewer_relays_are_on_record() -> None:
    """An interviewer's turn asks; a third party's report it tells (not asks) is a statement."""
    host = (
        "Brantwick Shipping Ltd said it had no one free to take part. In a statement, the company said its "
        'crews had never ignored a safety warning and that the ferries were "fit to sail".'
    )
    quotes = extract(_SHOW.format(host=host))
    relayed = {q.text: q for q in quotes if q.kind != "direct"}
    # (two that-clauses under one cue are two records: tests/extract/test_coordinated.py)
    wanted = "its crews had never ignored a safety warning"
    assert set(relayed) == {"it had no one free to take part", wanted, 'the ferries were "fit to sail"'}
    speaker = relayed[wanted].speaker
    assert speaker is not None and speaker.name.startswith("Brantwick Shipping")


def test_a_third_partys_position_the_interviewer_gives_in_the_present_is_on_record() -> None:
    """A presenter's narration "X says C" (told, not asked: a statement follows it in the turn) is
    X's position on record, as "X said C" is; alone before the guest's answer it is a claim put to
    the guest (tests/extract/test_transcript.py)."""
    host = (
        "Good evening. Brantwick Shipping says its crews followed every emergency procedure. Our guest "
        "was on the ferry that night."
    )
    quotes = extract(_SHOW.format(host=host))
    relayed = [q for q in quotes if q.kind != "direct"]
    assert [q.text for q in relayed] == ["its crews followed every emergency procedure"]
    speaker = relayed[0].speaker
    assert speaker is not None and speaker.name.startswith("Brantwick Shipping")


def test_a_guests_present_report_of_another_stays_in_the_guests_turn() -> None:
    """A guest's "He says C" is no presenter's narration: the guest's turn holds it."""
    text = (
        "THE MORNING DESK\n\nHOST: Good morning. And the minister?\n\nPERNILLE AASVANG: The minister has "
        "been careful. He says he will not intervene. I understand that.\n\nHOST: Thank you.\n"
    )
    assert [q.kind for q in extract(text)] == ["direct"]


@pytest.mark.parametrize(
    "host",
    [
        "The minister says the ferries will run. Is he right?",  # asked about, in the present
        "The minister said on Monday that the ferries would run, did he not?",  # asked about
        'You said last week that the "ferries will run". Do you stand by that?',  # the guest's own words
    ],
)
def test_an_interviewers_question_stays_off_the_record(host: str) -> None:
    quotes = extract(_SHOW.format(host=host))
    assert all(q.kind == "direct" for q in quotes)
    assert not any(host[:20] in q.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        '"We said we would win, and we did," Tor Eide said.',  # the speaker's own words
        '"I told them that the plan would fail," Tor Eide said.',
        '"Can the minister tell us what the contract is worth?" Tor Eide asked.',  # a question
        '"He claims he is going to change the system," Tor Eide said.',  # what anyone says, not told to her
        '"He said the bridge would never open," Tor Eide said.',  # no day: what anyone once said
        '"The scientists tell us that the climate is changing," Tor Eide said.',  # not a past report
    ],
)
def test_no_relay_in_a_speakers_own_words(text: str) -> None:
    assert [q.kind for q in extract(text)] == ["direct"]


@pytest.mark.parametrize(
    ("answer", "reports"),
    [
        # what the guest said on an earlier, named occasion: a statement of its own
        (
            "I told the transport committee on Sunday that a ban on buses would push people onto footpaths. "
            "So no, a ban is not the answer.",
            ["a ban on buses would push people onto footpaths"],
        ),
        ("We said in March that the depot would close, and it will.", ["the depot would close"]),
        # no occasion: the turn's own words
        ("I told them that the depot would close. It will.", []),
    ],
)
def test_a_guests_report_of_an_earlier_occasion_is_a_quote_of_its_own(answer: str, reports: list[str]) -> None:
    text = f"RADIO NORTH\n\nHOST: Will the depot close?\n\nCLLR ANNA ROYCE: {answer}\n\nHOST: Thank you.\n"
    quotes = extract(text)
    assert [q.text for q in quotes if q.kind != "direct"] == reports
    assert {q.speaker.name for q in quotes if q.speaker is not None} == {"Anna Royce"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"He would be a great senator. One of the brightest members of the entire Congress," '
         "Rep. Elijah E. Cummings (D-Md.) said in a phone interview.", "Elijah E. Cummings"),
        ('"The plan is dead. The Harbour Authority of the whole region," said Mayor Lena Okoro.', "Lena Okoro"),
        ('"He would be a great senator," Rep. Elijah E. Cummings (D-Md.) said.', "Elijah E. Cummings"),
    ],
)  # fmt: skip
def test_the_speaker_of_a_quote_is_never_words_of_the_quote(text: str, speaker: str) -> None:
    [quote] = extract(text, published="2016-09-25")
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Readers wrote in.\n\n\u201cHe is someone no sane person would want.\u201d \u2015 Christina Luis\n",
         "Christina Luis"),
        ("Readers wrote in.\n\n\u201cI would rather stay home.\u201d \u2014 Veronica Cruz, 31, Tucson\n",
         "Veronica Cruz"),
        ('Readers wrote in.\n\n"We work hard and we deserve respect." -- Mario Delgado\n', "Mario Delgado"),
        ('Readers wrote in.\n\n"We work hard and we deserve respect." -- Twitter\n', None),
        ('She paused. "We work hard and we deserve respect." \u2014 and then she left.\n', None),
        # signed after a comma, the cue verb left out
        ('Analysts were unhappy.\n\n"People walked away confused," Orla Brennick, an analyst with Pell Securities.\n',
         "Orla Brennick"),
        ('Analysts were unhappy.\n\n"People walked away confused," Orla Brennick.\n', "Orla Brennick"),
        ('Analysts were unhappy.\n\n"People walked away confused." Orla Brennick left early.\n', None),
        # after a newsletter's capitalised label, signed with the surname of a person named in full
        ("THE COUNT \u2014 Sen. Dolores Marwick (D-Ore.) said Monday she had the votes.\n\n"
         'THE QUOTE \u2014 "This is not a red-state or blue-state storm." \u2014 Marwick, to reporters Monday.\n',
         "Dolores Marwick"),
        ('QUOTE OF THE DAY: "We will not blink first." \u2014 Orla Tennant, at the rally\n', "Orla Tennant"),
        # a surname the text names no one in full with signs nothing
        ('Readers wrote in.\n\n"We work hard and we deserve respect." \u2014 Brightwater\n', None),
        # no-break spaces around the dash, a full stop after the name, an initial with no stop
        ("Readers wrote in.\n\n\u201cWe deserve a council that listens.\u201d \u2015\u00a0Ilse Marrow.\u00a0\n",
         "Ilse Marrow"),
        ("Readers wrote in.\n\n\u201cWe deserve a council that listens.\u201d\u2015 Petra N Quill\n", "Petra N Quill"),
        # a title before the signed name; a fact-check's label in sentence case before the claim;
        # a given name the lexicon lacks, with the surname the text goes on to use alone
        ('THE CLAIM\n\n"Nobody pays tax in this town." \u2014 Sen. Gordon Maple, R-Mont., in a post on X.\n',
         "Gordon Maple"),
        ('The claim: "The port will cost 900 jobs." \u2014 Tamati Ruawai-Kerr, in a Facebook post.\n\n'
         "Ruawai-Kerr did not answer our questions.\n",
         "Tamati Ruawai-Kerr"),
    ],
)  # fmt: skip
def test_a_quote_signed_after_a_dash_is_the_signer_s(text: str, speaker: str | None) -> None:
    quotes = extract(text, published="2016-09-27")
    assert [q.speaker.name if q.speaker else None for q in quotes if q.kind == "direct"][:1] == [speaker]


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Lena Okoro Slams Harbour Board Chief: \u2018You Should Resign.\u2019", "Lena Okoro"),
        ("Okoro: \u2018You Should Resign.\u2019", "Okoro"),
    ],
)  # fmt: skip
def test_a_headline_s_speaker_is_the_name_the_story_writes_again(headline: str, speaker: str) -> None:
    body = "\n\nCouncillor Lena Okoro grilled the chief of the board on Tuesday over the port's losses."
    first = extract(headline + body, published="2027-03-02")[0]
    assert first.speaker is not None and first.speaker.name.endswith(speaker)


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        # a report by a name no given name starts only relays the cue beside it
        (
            "Dev Raman of Harwell Securities said the recall could cost between $40 million and "
            "$55 million, The Circuit Report reported.",
            "Dev Raman",
            "Circuit Report",
        ),
        (
            "Provincial Transport MEC Riaan van Rensburg said 400 more traffic officers would be "
            "deployed by year-end, the Port Kaya Herald reported.",
            "Riaan van Rensburg",
            "Port Kaya Herald",
        ),
        (
            "Varkonia's Foreign Ministry spokeswoman, Irina Sokolovskaya, said Wednesday Varkonia would take "
            "measures against American companies, according to the Varkonian agency VarInform.",
            "Irina Sokolovskaya",
            "VarInform",
        ),
        # reported words with a quoted fragment are relayed the same way
        (
            'Ostrania\'s Trade Ministry says it will "weigh every response" if the tariff stands, according '
            "to the Tessaly Wire Service (TWS).",
            "Ostrania's Trade Ministry",
            "Tessaly Wire Service",
        ),
    ],
)
def test_a_named_report_relays_the_cue_beside_it(text: str, speaker: str, via: str) -> None:
    quotes = extract(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.name == speaker
    assert quotes[0].via == via
    assert not quotes[0].text.endswith("reported")


def test_according_to_a_surname_is_that_persons_word() -> None:
    quotes = extract("According to Kowalczyk, the union wants Veltra to offer every worker a job at another plant.")
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Kowalczyk"


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # the words after the "of"/"for" of a body or an office name the body, not a person
        (
            '"The road will open on May 1," Ruiz said in an interview at the Department of Rural Roads (DRR) '
            "central office on Monday morning.",
            "Rural Roads",
            None,
        ),
        ("The Minister of Agriculture and Food Security, Dr. Ada Bello, said it.", "Food Security", "Ada Bello"),
        # a person of a body stays a person
        ("The chairman of Orlen Group, Tomas Brandl, spoke first.", None, "Tomas Brandl"),
        # an office in lower case: the place after its "of" is no person, the name after it is
        (
            "The chief fire officer of Dunhollow, a tall man with a quiet voice, Marcus Pellegrin had been in "
            "post for a year. He told the inquiry that the advice was right.",
            "Dunhollow",
            "Marcus Pellegrin",
        ),
        # a body after a lower-case office's "of" stays a body's name
        (
            "Ines Marchbank, director of the Regional Flood Office (RFO), said the bridge was shut.",
            None,
            "Regional Flood Office",
        ),
    ],
)
def test_the_words_of_an_office_or_a_body_are_no_person_s_name(
    text: str, absent: str | None, present: str | None
) -> None:
    from onrecord.extract.candidates import find_candidates

    names = {m.name for m in find_candidates(text).names}
    assert absent is None or absent not in names
    assert present is None or present in names


@pytest.mark.parametrize(
    ("medium", "via"),
    [
        ("the agency VarInform", "VarInform"),
        ("the official news agency", None),
    ],
)
def test_a_report_relays_through_a_medium_the_text_names(medium: str, via: str | None) -> None:
    text = f"Olsen told the council on Monday that the levy would stay, {medium} reported."
    found = [c for c in find_candidates(text).candidates if c.cue_lemma == "tell"]
    assert len(found) == 1 and found[0].via == via


@pytest.mark.parametrize(
    ("text", "pieces", "speaker"),
    [
        ("Mayor Ada Brell spoke first. ''The depot will close,'' Ms. Brell said. ''We have no money left.''",
         ["The depot will close", "We have no money left."], "Ada Brell"),
        ("Mayor Ada Brell spoke first. ``The depot will close,'' Ms. Brell said of the plan. ``We have no money.''",
         ["The depot will close", "We have no money."], "Ada Brell"),
        ('Mayor Ada Brell spoke first. "The depot will close," Ms. Brell said. "We have no money left."',
         ["The depot will close", "We have no money left."], "Ada Brell"),
        # a frame sentence that names the speaker at length still goes on with one quote
        ('"The depot will close," said Ada Brell, an engineer who ran the transit board for a decade and is '
         'now the director of the Harwick Institute, a small, independent research group. "We have no money."',
         ["The depot will close", "We have no money."], "Ada Brell"),
    ],
)  # fmt: skip
def test_a_quote_in_two_apostrophes_or_backticks_is_split_and_joined_as_any(
    text: str, pieces: list[str], speaker: str
) -> None:
    [quote] = [q for q in extract(text, published="2016-09-27") if q.kind == "direct"]
    assert [f.text.rstrip(",") for f in quote.fragments] == pieces
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a participle of speech after the cue opens an act of its own: the second quote is its
        ('"We are ready," Ada Vale said, adding later, "The port is costing us a fortune."',
         ["We are ready", "The port is costing us a fortune."]),
        ('"We are ready," Ada Vale said, suggesting a few questions, including, "Who pays for the port?"',
         ["We are ready", "Who pays for the port?"]),
        # a gesture is no act of speech: the quote goes on after it
        ('"Nine hundred," Ada Vale said, tapping the clipboard. "Nine hundred of our members have signed."',
         ['Nine hundred," Ada Vale said, tapping the clipboard. "Nine hundred of our members have signed.']),
        ('"We will win," Ada Vale said, pointing at the map, "and soon."',
         ['We will win," Ada Vale said, pointing at the map, "and soon.']),
        ('"We will win," the club manager said, holding the picture up. "He was pushed, not tripped."',
         ['We will win," the club manager said, holding the picture up. "He was pushed, not tripped.']),
        # a participle whose own words a full stop closes in the frame: the next quote goes on with the first
        ('"We are ready," Ada Vale said, adding that the ferry would sail on time. "The crew is here."',
         ['We are ready," Ada Vale said, adding that the ferry would sail on time. "The crew is here.']),
        ('"It is close," Mr. Orrin Tave said, noting he had trailed by forty points in May. "Now we can win."',
         ['It is close," Mr. Orrin Tave said, noting he had trailed by forty points in May. "Now we can win.']),
        # its act closed with no words of its own, or with an object, not a clause: two quotes
        ('"We are ready," Ada Vale said, adding later. "The crew is here."',
         ["We are ready", "The crew is here."]),
        ('"The pier stays," Ada Vale said, repeating the pledge that won her the seat. "The crew is here."',
         ["The pier stays", "The crew is here."]),
    ],
)  # fmt: skip
def test_a_participle_of_speech_between_two_quotes_parts_them(text: str, quotes: list[str]) -> None:
    assert [q.text for q in extract(text) if q.kind == "direct"] == quotes


@pytest.mark.parametrize("outlet", ["CNN", "Reuters", "the BBC"])
def test_a_short_name_s_full_stop_ends_the_frame_s_sentence(outlet: str) -> None:
    # an outlet's or a surname's full stop is no title's: the next sentence's quote is another's
    text = f'"We lost the vote," she told {outlet}. Kim then added, "It hurts."'
    assert [q.text for q in extract(text) if q.kind == "direct"] == ["We lost the vote", "It hurts."]


def test_a_participle_that_reports_words_of_its_own_keeps_them_as_its_record() -> None:
    text = '"We are ready," Ada Vale said, adding that the ferry would sail on time. "The crew is here."'
    reported = [q.text for q in extract(text) if q.kind == "indirect"]
    assert reported == ["the ferry would sail on time"]


@pytest.mark.parametrize(
    "frame",
    ['," Mr. Orrin Tave said, "', '," said Dr. Lis Amrane, "', '," Gov. Hal Brisket told reporters, "',
     '," the U.S. envoy said at 3 p.m. on Monday, "'],
)  # fmt: skip
def test_a_title_s_full_stop_in_the_frame_keeps_an_interrupted_quote_one(frame: str) -> None:
    text = f'The harbour board met. "The pier will stay open{frame}and the ferry will keep sailing."'
    [quote] = [q for q in extract(text) if q.kind == "direct"]
    pieces = [f.text.rstrip(",") for f in quote.fragments]
    assert pieces == ["The pier will stay open", "and the ferry will keep sailing."]


@pytest.mark.parametrize(
    "text",
    [
        "“You say you ‘accept the blame,’” Ada Vale said. “That is not accepting the blame.”",
        '"People say, \'It does not matter,\'" said Ada Vale, a councillor. "The question is what we build."',
    ],
)
def test_a_quote_ending_in_a_quotation_of_its_own_is_framed_and_goes_on(text: str) -> None:
    [quote] = [q for q in extract(text) if q.kind == "direct"]
    assert len(quote.fragments) == 2
    assert quote.speaker is not None and quote.speaker.name == "Ada Vale"


def test_a_frame_of_two_sentences_ends_the_quote() -> None:
    text = (
        '"We won the vote and we earned it," Tomas Ridel said. He then turned to the levy that had dominated the '
        'last month of the campaign, the proposed rise in the harbour tax. "This race was not about the levy."'
    )
    quotes = [q.text for q in extract(text) if q.kind == "direct"]
    assert quotes == ["We won the vote and we earned it", "This race was not about the levy."]


@pytest.mark.parametrize(
    "text",
    [
        '"The ferry runs at dawn," Ilse Korhonen said. She pointed at the grey water. "Nobody sails after that."',
        '"The ferry runs at dawn," she said. She urged walkers to keep off the pier. "Nobody sails after that."',
    ],
)
def test_a_short_frame_of_two_sentences_ends_the_quote(text: str) -> None:
    quotes = [q.text for q in extract(text) if q.kind == "direct"]
    assert quotes == ["The ferry runs at dawn", "Nobody sails after that."]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Mayor Ines Volk said the grant would go to the growers in the valley, "who have waited longest for it."',
            'the grant would go to the growers in the valley, "who have waited longest for it',
        ),
        (
            'Coach Abel Tanui said the next match would be a test, "because the league has caught up with us."',
            'the next match would be a test, "because the league has caught up with us',
        ),
    ],
)
def test_a_quote_that_goes_on_with_the_reported_clause_is_part_of_it(text: str, content: str) -> None:
    found = [(q.kind, q.text) for q in extract(text)]
    assert any(kind == "mixed" and found_text.startswith(content) for kind, found_text in found), found


def test_a_quote_that_opens_its_own_sentence_after_a_report_stays_direct() -> None:
    text = 'Mayor Ines Volk said the grant would go to the valley. "We have waited long enough," she added.'
    assert ("direct", "We have waited long enough") in [(q.kind, q.text) for q in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        # no dash before "that is what": the speaker's own words
        '"That is what the governor told us, and nothing more," Lise Marron said.',
        # the speaker's own account of what they said
        '"No ward will close — that is what I told them in May," Lise Marron said.',
    ],
)
def test_that_is_what_without_a_third_party_s_words_relays_nothing(text: str) -> None:
    assert [q.kind for q in extract(text)] == ["direct"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the possessor of a noun for what was said, before the colon, is the speaker
        (
            "Lumora CEO Marcus Fendt is doing the rounds.\n\nAnd that's a wrap. Fendt's closing words: "
            "\"Go home, say hello to the lamp, and then forget it's there. That's the point.\"",
            "Marcus Fendt",
        ),
        (
            "Mayor Ines Calloway spoke last.\n\nThe mayor's answer was blunt: "
            '"We will not pay for a bridge to nowhere, and we will say so to Parliament."',
            "Ines Calloway",
        ),
        (
            "Coach Ruben Alsted was furious.\n\nHis verdict: "
            '"We were robbed, say what you want to the league about it."',
            "Ruben Alsted",
        ),
        # the clause ends on a text with its writer: the writer, not the clause's subject
        (
            "The ministry's denial followed a tweet from Senator Mara Quill: "
            '"The base stays open, whatever you read this morning."',
            "Mara Quill",
        ),
        (
            "The crowd went quiet as the host read out a message by Ines Calloway: "
            '"I am sorry I cannot be with you tonight."',
            "Ines Calloway",
        ),
    ],
)
def test_whose_words_before_a_colon_speak_them(text: str, speaker: str) -> None:
    quotes = extract(text)
    assert quotes and quotes[-1].speaker is not None
    assert quotes[-1].speaker.name == speaker


_SIGNED_LIST = (
    "Readers sent us their views.\n\n"
    "\u201cThe mayor has no plan for the harbour.\u201d \u2015 Tomas Verhoeven\n\n"
    "\u201cWe deserve a council that listens.\u201d \u2015 Zephyrine Odalwick.\n\n"
    "\u201cMaybe we can build a fence around the council.\u201d \u2015 Petra Quill\n\n"
    "\u201cI am tired of the noise.\u201d \u2015 Karen Holt\n"
)


def test_in_a_list_of_signed_quotes_a_name_no_list_knows_signs_too() -> None:
    quotes = extract(_SIGNED_LIST, published="2016-09-27")
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Tomas Verhoeven", "Zephyrine Odalwick", "Petra Quill", "Karen Holt"
    ]  # fmt: skip


def test_one_signed_quote_with_a_name_no_list_knows_signs_nothing() -> None:
    text = "Readers wrote in.\n\n\u201cWe deserve a council that listens.\u201d \u2015 Zephyrine Odalwick\n"
    quotes = extract(text, published="2016-09-27")
    assert all(q.speaker is None for q in quotes)


@pytest.mark.parametrize(
    "frame",
    ['," he said, and a moment later: ', '," he told a news conference, before adding: ', '," he said, and then, '],
)
def test_a_frame_that_tells_of_a_second_utterance_keeps_the_quotes_apart(frame: str) -> None:
    text = f'Bishop Ansel Morrow spoke first. "The hall will stay open all winter{frame}"Nobody will sleep outside."'
    texts = [q.text for q in extract(text) if q.kind == "direct"]
    assert texts == ["The hall will stay open all winter", "Nobody will sleep outside."]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a programme's title quoted in the frame is the frame's words: the quote goes on after it
        ('"The pier will stay open," Ilse Varga said on Channel Nine\'s "Morning Desk." "The ferry will sail."',
         ['The pier will stay open," Ilse Varga said on Channel Nine\'s "Morning Desk." "The ferry will sail.']),
        ("''The pier will stay open,'' she said on ''Harbour Hour.'' ''The ferry will sail.''",
         ["The pier will stay open,'' she said on ''Harbour Hour.'' ''The ferry will sail."]),
        # the writer's words after the title: one quote
        ('"The pier will stay open," Ilse Varga said on "Morning Desk." Then the board voted.',
         ["The pier will stay open"]),
    ],
)  # fmt: skip
def test_a_title_quoted_in_the_frame_does_not_part_the_quote(text: str, quotes: list[str]) -> None:
    assert [q.text for q in extract(text) if q.kind == "direct"] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a work's title after the noun that names it is no one's words
        ("The family stayed, Mr. Orrin Tave wrote in his 2009 book, ''A Harbour Son.'' So they stayed.", []),
        ('The campaign began with a Web ad, "Ferry Tales," in which children sail a toy boat.', []),
        ('Volunteers hand out copies of his memoir, "Open Water," and watch the film.', []),
        # the first quote stays, the title joins nothing
        ('"The idea was dismissed," she wrote in her memoir, "Hard Tides." She was adamant.',
         ["The idea was dismissed"]),
        # a sentence quoted from a book is a quote
        ('In her book, "We will never give up on the harbour and its people," she wrote.',
         ["We will never give up on the harbour and its people"]),
    ],
)  # fmt: skip
def test_a_work_s_title_is_no_quote(text: str, quotes: list[str]) -> None:
    assert [q.text for q in extract(text) if q.kind == "direct"] == quotes


def test_an_interrupted_sentence_is_still_one_quote() -> None:
    text = 'Bishop Ansel Morrow spoke first. "The hall," he said, "will stay open all winter."'
    [quote] = [q for q in extract(text) if q.kind == "direct"]
    assert [f.text.rstrip(",") for f in quote.fragments] == ["The hall", "will stay open all winter."]


def test_a_quotation_that_takes_the_next_paragraph_goes_on_with_the_quote_before() -> None:
    text = (
        "The ferry board met on Friday.\n\n"
        "\u201cThe crossing will reopen in May,\u201d Ilse Varga told the Harbour Post after the meeting.\n\n"
        "\u201cWe owe the island that much. Nobody should wait a whole winter.\u201d\n\nThe board votes in April."
    )
    [quote] = [q for q in extract(text) if q.kind == "direct"]
    assert [f.text for f in quote.fragments] == [
        "The crossing will reopen in May",
        "We owe the island that much. Nobody should wait a whole winter.",
    ]


@pytest.mark.parametrize(
    "after",
    [
        # the paragraph goes on with the writer's words after the quotation
        "\u201cWe owe the island that much.\u201d Then the board voted.",
        # a paragraph between the two
        "The board votes in April.\n\n\u201cWe owe the island that much.\u201d",
    ],
)
def test_a_quotation_in_the_next_paragraph_with_more_around_it_stays_apart(after: str) -> None:
    text = (
        "The ferry board met on Friday.\n\n"
        f"\u201cThe crossing will reopen in May,\u201d Ilse Varga told the Harbour Post.\n\n{after}"
    )
    assert len([q for q in extract(text) if q.kind == "direct"]) == 2


def test_a_long_frame_before_the_paragraph_break_ends_the_turn() -> None:
    text = (
        "The ferry board met on Friday.\n\n"
        "\u201cThe crossing will reopen in May,\u201d Ilse Varga said on Monday, in the harbour office, where the "
        "board now meets among stacked chairs and boxes of old timetables.\n\n"
        "\u201cWe owe the island that much.\u201d\n\nThe board votes in April."
    )
    assert len([q for q in extract(text) if q.kind == "direct"]) == 2


def test_a_pronoun_after_an_office_of_a_place_is_the_person_named() -> None:
    quotes = extract(
        "The chief fire officer of Dunhollow, a tall man with a quiet voice, Marcus Pellegrin had been in "
        "post for a year. He told the inquiry that the stay-put advice was the right advice at the time."
    )
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Marcus Pellegrin"]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the parse hangs the quoted clause on the teller's verb: the told words still run to the closing mark
        (
            "Dam row\n\nIn the clip, he said Brandvik had promised parliament in May that the dam would be built "
            '"whatever the courts say".',
            'the dam would be built "whatever the courts say"',
            "Brandvik",
        ),
        (
            "Road row\n\nIn the video, she said Halvorsen had promised parliament in April that the road would be "
            'finished "whatever the judges say".',
            'the road would be finished "whatever the judges say"',
            "Halvorsen",
        ),
    ],
)
def test_a_told_report_runs_on_through_the_quotation_it_opens(text: str, words: str, speaker: str) -> None:
    quotes = extract(text)
    told = [q for q in quotes if q.text == words]
    assert told and told[0].speaker is not None and told[0].speaker.name == speaker


def test_a_report_whose_quotation_closes_after_a_sentence_keeps_its_own_end() -> None:
    """A quotation that runs over a sentence's end is no part of one report's content."""
    text = 'Lena Falk said the council had promised that "the bridge stays. It will not close." Nobody believed it.'
    assert all(not q.text.endswith('"the') for q in extract(text))


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Ferry row\n\nHarbour Secretary Ingrid Solvang stayed out of it. On Wednesday night she posted a photo "
            'of the empty quay with the caption "Not one ferry today."',
            "Not one ferry today.",
            "Ingrid Solvang",
        ),
        (
            "Ferry row\n\nOn Sunday the dockers union posted a clip of the picket with the caption "
            '"We will not be starved back."',
            "We will not be starved back.",
            "Dockers union",
        ),
    ],
)
def test_a_posts_caption_is_the_posters_words(text: str, words: str, speaker: str) -> None:
    quotes = [q for q in extract(text) if q.text == words]
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"Will you stand down?" Ms Kent asked the minister.\n\n"Never. I have done nothing wrong."\n',
        '"Why now?" I asked.\n\n"Because the money ran out, and nobody else would do it."\n',
        '"Tell me about the fire," she asked him.\n\n"It started in the kitchen, at the back."\n',
    ],
)
def test_a_question_is_not_continued_by_the_next_paragraphs_answer(text: str) -> None:
    quotes = [q for q in extract(text, published="2027-03-12") if q.kind == "direct"]
    assert len(quotes) == 2
    assert all("\n" not in q.text for q in quotes)


@pytest.mark.parametrize(
    ("text", "relayed"),
    [
        (
            "\"She looked at the figures and said, 'This stays between us.' That was the last we heard,\" "
            "Oskar Lind said.",
            "This stays between us.",
        ),
        (
            "\"The foreman said to me, 'Oskar, the mill will not close,' and I went home,\" Oskar Lind said.",
            "Oskar, the mill will not close",
        ),
        # the quote opens with the other's name and closes with "he said": no attribution said twice
        (
            "\"Ilse called me on Tuesday night and said, 'Let the count finish,' and I agreed with her,\" he said.",
            "Let the count finish",
        ),
    ],
)
def test_a_quotation_a_speaker_quotes_from_another_is_a_quote_of_its_own(text: str, relayed: str) -> None:
    """A quotation nested in another, opened by a third party's cue in the past: that party's words."""
    quotes = extract(text)
    assert relayed in [q.text for q in quotes if q.kind == "direct"]
    assert any(q.kind == "direct" and relayed in q.text and q.text != relayed for q in quotes)


def test_the_speakers_own_quoted_words_are_no_quote_of_their_own() -> None:
    text = "\"I said to him, 'Go home,' and he did,\" Oskar Lind said."
    assert [q.kind for q in extract(text)] == ["direct"]


@pytest.mark.parametrize(
    "text",
    [
        "\"The banner said, 'Save our pier,' and the whole street turned out,\" said Wren Tolley, the baker.",
        "\"The notice said, 'Closed until further notice,' so we went home,\" Wren Tolley said.",
    ],
)
def test_a_quotation_a_document_says_is_no_quote_of_its_own(text: str) -> None:
    """A quotation nested in a quote after a document's cue ("the banner said,") is no one's words to
    relay: the quote around it is the only one."""
    assert [q.kind for q in extract(text, published="2026-05-12")] == ["direct"]


@pytest.mark.parametrize(
    ("text", "relayed"),
    [
        ("\"My husband yelled, 'The river is up,' and we ran,\" Wren Tolley said.", "The river is up"),
        ("\"Marguerite stood and said, 'The vote stands,' and nobody argued,\" Wren Tolley said.", "The vote stands"),
    ],
)
def test_a_quotation_kin_or_a_name_says_is_a_quote_of_its_own(text: str, relayed: str) -> None:
    """Kin ("my husband") and a given name the parser reads as a noun are people whose words are relayed."""
    assert relayed in [q.text for q in extract(text, published="2026-05-12") if q.kind == "direct"]


def test_the_cue_right_after_a_quote_frames_it_not_a_later_clauses() -> None:
    text = (
        "Depot dispute\n\nThe union's steward is Carys Penhale. \"Nobody warned us about the cuts. Nobody asked us "
        'either," she said, and the union, which on Friday said its drivers would run the late buses, now says '
        "they will stay in the depot until the rota is agreed."
    )
    candidates = find_candidates(text).candidates
    quote = next(c for c in candidates if text[c.start : c.end].startswith("Nobody warned"))
    assert quote.cue is not None and text[quote.cue[0] - 4 : quote.cue[1]] == "she said"
    # the union's own report stays a report of its own
    assert any(text[c.start : c.end].startswith("its drivers would run") for c in candidates)


def test_a_body_that_reports_a_finding_is_not_relaying_a_cue() -> None:
    """A finding ("the inquiry showed that") inside a body's report is no cue the body relays."""
    text = 'On Friday the Varnley Road Agency said the inquiry showed that "the bridge was never inspected."'
    found = find_candidates(text).candidates
    assert any(c.mention is not None and c.mention.name == "Varnley Road Agency" for c in found)


def test_a_letters_cited_headline_is_no_quote() -> None:
    from onrecord import extract

    text = (
        "Re. \u201cFerry fares rise again for island commuters,\u201d Page A6, March 3:\n\n"
        "I disagree that the ferry company needs more money.\n\n"
        "The article \u201cIs the old pier safe for walkers?\u201d (Page B1, March 5) asked the right question.\n\n"
        "\u201cWe will review the fares,\u201d said Alma Pruett, a spokeswoman for the ferry company."
    )
    found = [q.text for q in extract(text)]
    assert "We will review the fares" in found
    assert not any("Ferry fares rise" in t or "old pier" in t for t in found)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a list of titles: nobody's words
        ("According to the promoter, fans can expect the band\u2019s hits on the tour, among them "
         "\u201cHarbour Lights,\u201d \u201cSlow Train Home,\u201d \u201cRiver Of Glass\u201d and others.",
         []),
        ('The studio said the sequels "Night Ferry" and "The Long Quiet" would open in May.', []),
        # an utterance beside a title stays a quote
        ('"We are excited about the tour," said Marta Lind, whose hits include "Harbour Lights".',
         ["We are excited about the tour"]),
        # two sentences said in turn are no list of titles
        ('"It Was Close." "We Won." Marta Lind said after the vote.', ["It Was Close.", "We Won."]),
    ],
)  # fmt: skip
def test_a_list_of_titles_in_quotation_marks_is_no_quote(text: str, quoted: list[str]) -> None:
    quotes = extract(text, published="2019-12-02")
    assert [q.text for q in quotes if q.kind == "direct"] == quoted
