"""The channel a quote came through, where the article names it once for several quotes, by a
media noun, in the sentence setting a quote up, or in another language (attribute.channels)."""

from __future__ import annotations

import pytest

from onrecord import extract
from onrecord.attribute.channels import gazetteer
from onrecord.attribute.own_outlet import own_outlet


def _vias(text: str, outlet: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {q.text[:24]: (q.via, q.via_kind) for q in extract(text, outlet=outlet, published="2027-03-12")}


@pytest.mark.parametrize(
    ("text", "outlet", "quote", "via"),
    [
        # told the paper once; the speaker's next words in her own voice came the same way
        (
            "Pernille Vang, chief economist at the chamber, told the Ledger on Thursday that the estimate "
            'was cautious.\n\n"The minister\'s 45 million is a conservative number," Vang said.',
            "The Northern Ledger",
            "The minister's 45 millio",
            ("The Northern Ledger", "outlet"),
        ),
        # the sentence before tells of the speaker by a pronoun alone, with the outlet he spoke to
        (
            "Tomas Ekberg, an archivist, has been hired by the family. On Tuesday he had spoken of a gap.\n\n"
            'In an interview with the Herald on Thursday he corrected himself. "The gap is two years," '
            "Ekberg said.",
            "The Harbour Herald",
            "The gap is two years",
            ("The Harbour Herald", "outlet"),
        ),
        # the sentence before sets the post up
        (
            'Then, shortly after 8 p.m., Olesk posted on Facebook. "The government will not challenge the '
            'ruling," he wrote.',
            None,
            "The government will not ",
            ("Facebook", "platform"),
        ),
        (
            "Sen. Dolores Whitcomb posted twice on X on Tuesday morning.\n\n"
            '"Families deserve answers, not a refund form," she wrote in the first post.',
            None,
            "Families deserve answers",
            ("X", "platform"),
        ),
        # a media noun points back to the outlet named before
        (
            'Van der Laan was on Radio Brenna this afternoon. "Automation is not about cutting jobs," he told '
            "the station.",
            None,
            "Automation is not about ",
            ("Radio Brenna", "outlet"),
        ),
        # an outlet the article calls an agency is a wire, whatever its name
        (
            "The state news agency Alpwire reported the closure first. Marchetti told Alpwire on Monday "
            "that the company aimed to lower the lake by 12 metres.",
            None,
            "the company aimed to low",
            ("Alpwire", "wire"),
        ),
        # a wire's own copy, by its dateline: the wire it was told
        (
            "Transport chief vows to act\n\nHAVERFORD, April 12 (FWS) - Millbrook Mayor Anita Sorensen told FWS "
            "that about 1,800 residents had left their homes.",
            "FWS",
            "about 1,800 residents ha",
            ("FWS", "wire"),
        ),
        # "the Courier" in the Millbrook Courier is the Millbrook Courier, not a "The Courier" it also writes
        (
            "The Courier will update this story. Fire Chief Ray Quillby told the Courier on Monday that crews "
            "were booming the river.",
            "Millbrook Courier",
            "crews were booming the r",
            ("Millbrook Courier", "outlet"),
        ),
        # an outlet named by the medium after its name
        (
            "Valderrama has said little beyond a promise, made to the Alpwire news agency on Monday, that the "
            'company "will cover every cost of the rescue".',
            None,
            'the company "will cover ',
            ("Alpwire", "wire"),
        ),
        # a name that "reported" is an outlet, and "the paper" is that outlet
        (
            "Le Littoral de l'Ouest reported on Thursday that de Roncourt would visit on Saturday. "
            '"I will be in Port-Saint-Aubrac on Saturday to listen," the minister told the paper.',
            None,
            "I will be in Port-Saint-",
            ("Le Littoral de l'Ouest", "outlet"),
        ),
    ],
)
def test_a_channel_named_once_or_by_a_noun(
    text: str, outlet: str | None, quote: str, via: tuple[str | None, str | None]
) -> None:
    assert _vias(text, outlet)[quote] == via


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the writer's summary of more that she said is not what the outlet heard
        (
            '"Nobody in Ulmark will be cold this winter," Oosterveld told Radio Ulmark.\n\n'
            "Oosterveld said Ulmark would bring in extra cargoes through the Sandvik terminal.",
            "Ulmark would bring in ex",
        ),
        # told reporters: the audience, no channel, even after an interview
        (
            '"We are ready," Ferrand told Radio Atlantique. "We will not move," Ferrand later told reporters.',
            "We will not move",
        ),
        # said at the briefing after an interview the sentence before names: the press at large
        (
            "Earlier, Ramos had told Radio Lumen that 80 percent of buses were off the road.\n\n"
            '"We are against the plan, not against the buses," Ramos said at the briefing.',
            "We are against the plan,",
        ),
        # a platform in the sentence before, about someone else
        (
            'The clip was shared thousands of times on Telegram. "We respect the court," de Ruiter said.',
            "We respect the court",
        ),
        # a pronoun in a sentence that names someone else too
        (
            'Mayor Ines Kalt spoke to Radio Lumen on Monday, and she was angry. "We are ready," Obi said.',
            "We are ready",
        ),
    ],
)
def test_no_channel_where_none_is_named_for_the_quote(text: str, quote: str) -> None:
    assert _vias(text)[quote] == (None, None)


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        (
            "Gewerkschaftschef Karl-Johan Brekke sagte dem Sender Saltvik Radio am Mittwochabend, die Kräne "
            "würden „wieder in Bewegung kommen“.",
            "die Kräne würden „wieder",  # a report quoting some of its words: one mixed record
            "Saltvik Radio",
        ),
        (
            "« Nous avions prévenu la ministre par écrit dès janvier », a rappelé lundi le docteur "
            "Pierre-Yves Kessler sur l'antenne de Radio Publique Estrelle.",
            "Nous avions prévenu la m",
            "Radio Publique Estrelle",
        ),
        (
            "Министр экономики Дмитрий Олеск вечером написал в Facebook: «Правительство не будет оспаривать "
            "это решение суда».",
            "Правительство не будет о",
            "Facebook",
        ),
        (
            "Die Gewerkschaft streikt weiter. Dem Sender Radio Brenna sagte van der Laan am Mittwoch: „Bei der "
            "Automatisierung geht es nicht um Stellenabbau.“",
            "Bei der Automatisierung ",
            "Radio Brenna",
        ),
        (
            "Laut der aldmärkischen Nachrichtenagentur ANA sagte Hafenchef Henrik von Essen am Donnerstag, die "
            "Kühlhäuser am Kai seien zu 90 Prozent ausgelastet.",
            "die Kühlhäuser am Kai se",
            "ANA",
        ),
        (
            "Mercredi, changement de ton. « Je m'assiérai avec le syndicat si c'est ce qu'il faut », a confié "
            "la ministre au quotidien anglophone The Meridian.",
            "Je m'assiérai avec le sy",
            "The Meridian",
        ),
    ],
)
def test_the_channel_in_other_languages(text: str, quote: str, via: str) -> None:
    assert _vias(text)[quote][0] == via


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("VBC RADIO 1 - THE MORNING REPORT\n\nTRANSCRIPT\n", "VBC Radio 1"),
        ('KVLT-TV "VALLEY MORNING"\nSegment transcript\n', "KVLT-TV"),
        ("ALBION NATIONAL BROADCASTING (ANB)\nTHE EVENING DESK\n\nProduced by ANB.\n", "ANB"),
        ("NBN NEWS — CAPITOL DESK WITH LAUREN ABERNATHY\nTRANSCRIPT\n", "NBN"),
        ("PRESS RELEASE\n\nFor immediate release\n", None),
    ],
)
def test_a_transcripts_own_outlet_from_its_header(header: str, outlet: str | None) -> None:
    assert own_outlet(header + "\nQ: Minister, good morning.\n\nA: Good morning.", None) == outlet


@pytest.mark.parametrize(
    ("phrase", "outlet"),
    [
        ("the Tribune", "The Arnholt Tribune"),  # the article's own, shortened
        ("the broadcaster", "Radio Stellach"),  # the outlet named last before
        ("this newspaper", "The Arnholt Tribune"),
        ("STV", "STV"),  # named by the article as a broadcaster
        ("the committee", None),
    ],
)
def test_the_outlets_an_article_names(phrase: str, outlet: str | None) -> None:
    text = (
        "Kessler told the Seltavian broadcaster STV on Tuesday that both brands would stay. On Wednesday the "
        "mayor told the broadcaster Radio Stellach that the town had no warning."
    )
    outlets = gazetteer(text, "The Arnholt Tribune")
    assert outlets.resolve(phrase, len(text)) == outlet


@pytest.mark.parametrize(
    ("text", "outlet", "quote", "via"),
    [
        # words the speaker relays inside his own quote do not interrupt his interview
        (
            '"The coach told me at the toss that the pitch would turn," Dlamo told Radio Quellmora after the '
            'win.\n\n"We won it with the ball in the last ten overs," he said.',
            None,
            "We won it with the ball ",
            ("Radio Quellmora", "outlet"),
        ),
        (
            "Rasch told him in that call that she would not let the port stay shut, Brekke told the Ledger on "
            'Thursday.\n\n"I took her at her word," the union chairman Karl Brekke said.',
            "The Northern Ledger",
            "I took her at her word",
            ("The Northern Ledger", "outlet"),
        ),
        # "this reporter", "told me": the writer's own interview, the article's outlet
        (
            "Festival director Vikram Deshpande told this reporter on Monday that the decision was taken for "
            "reasons of safety.",
            "Sundarpur Herald",
            "the decision was taken f",
            ("Sundarpur Herald", "outlet"),
        ),
        (
            "At the gate, a mother of three, Niamh Duggan, told me she had already looked at houses in Kilbrack.",
            "The Irish Weekly Review",
            "she had already looked a",
            ("The Irish Weekly Review", "outlet"),
        ),
        # "we spoke to X", "when I met her": the writer's own interview told in the first person
        (
            "Ahead of the vote, we spoke to Dana Pell, a forecaster at the weather office. Pell said the river "
            "would crest on Friday.",
            "The Valley Courier",
            "the river would crest on",
            ("The Valley Courier", "outlet"),
        ),
        (
            "Marta Lind spoke on Friday, when I met her outside the hotel, and said that forty families were "
            "still waiting.",
            "The Valley Courier",
            "forty families were stil",
            ("The Valley Courier", "outlet"),
        ),
        (
            "The plan's author is Ruth Kell, who has run the bid since autumn. When I sat down with her on "
            'Wednesday she said the plan was "the cheapest bid in a generation," and she meant it.',
            "The Valley Courier",
            "the plan was \"the cheapest",
            ("The Valley Courier", "outlet"),
        ),
        # "has spoken to us", "has been speaking to us": the writer's newsroom in the first person plural
        (
            "10:40\nTomas Rell, the harbour master, has spoken to us by phone from the pier. He said the "
            "ferry would not sail before noon.",
            "Brindle Bay News",
            "the ferry would not sail",
            ("Brindle Bay News", "outlet"),
        ),
        (
            "Dr Anja Quillan, a chemist at Tarn University, has been speaking to us about the spill.\n\n"
            '"Nobody should fish below the weir this week," she said.',
            "Brindle Bay News",
            "Nobody should fish below",
            ("Brindle Bay News", "outlet"),
        ),
        # "told me" inside another's quote is that speaker's, not the writer's
        (
            '"The minister told me the school was safe," Mac Giolla said.',
            "The Irish Weekly Review",
            "the school was safe",
            ("Mac Giolla", "person"),
        ),
    ],
)
def test_the_writer_and_a_relay_inside_a_quote(
    text: str, outlet: str | None, quote: str, via: tuple[str | None, str | None]
) -> None:
    assert _vias(text, outlet)[quote[:24]] == via


@pytest.mark.parametrize(
    ("text", "vias"),
    [
        (
            "DELHI - Agriculture Minister Lalitha Rao told Radio Kaveri on Tuesday that she had written to the "
            "Union minister. She said the state would open twelve procurement centres from Monday.",
            ["Radio Kaveri", "Radio Kaveri"],
        ),
        (
            "LONDON - Sir Nigel Ash told the Chronicle that the striker would stay. He also said the board had "
            "never discussed selling him.",
            ["Chronicle", "Chronicle"],
        ),
        (
            "LONDON - Sir Nigel Ash told the Chronicle that the striker would stay. Later, at the stadium, he said "
            "the board had never discussed selling him.",
            ["Chronicle", None],
        ),
        (
            "LONDON - Sir Nigel Ash told the Chronicle that the striker would stay.\n\nHe said the board had never "
            "discussed selling him.",
            ["Chronicle", None],
        ),
        # a bare "she said" closing the next sentence goes on with it, in the next paragraph too
        (
            'LONDON - "We are preparing a second office in Leeds," Ada Moss told Radio Lorn on Tuesday.\n\n'
            "The Hull office would open first, she said.",
            ["Radio Lorn", "Radio Lorn"],
        ),
        (
            'LONDON - "We are preparing a second office in Leeds," Ada Moss told Radio Lorn on Tuesday.\n\n'
            "The Hull office would open first, she said at a rally on Friday.",
            ["Radio Lorn", None],
        ),
    ],
)
def test_reported_speech_going_on_in_the_next_sentence_keeps_the_channel(text: str, vias: list[str | None]) -> None:
    assert [q.via for q in extract(text, published="2027-05-12")] == vias


@pytest.mark.parametrize(
    ("text", "vias"),
    [
        # the name stops where the reported clause begins; the quote after goes on with it
        (
            'WASHINGTON - Rep. Ada Moss, D-Nev., told the Ledger the White House was "making it up".\n\n'
            '"I have growers who heard four numbers in two days," Moss said in an interview.',
            ["The Valley Ledger", "The Valley Ledger"],
        ),
        # the writer's own interview set up the sentence before: reported speech goes on with it
        (
            "Tom Dunne, who runs 14 trucks out of Athlone, was in his cab when this newspaper reached him. "
            "He said he had already cancelled an order for two new trailers.",
            ["The Valley Ledger"],
        ),
        # a weekday after "said on" is no channel, whatever name follows it
        (
            'Ada Moss, chief executive of Strand Ferries, said on Friday the Northern Star was "fully seaworthy".\n\n'
            '"We will cooperate with the inquiry," Moss said.',
            [None, None],
        ),
        # a sentence before that is a quote of its own sets up no scene for the writer's summary
        (
            '"It is about our jobs," Tom Dunne told this newspaper.\n\nDunne also said the blockade would be '
            "lifted for the weekend.",
            ["The Valley Ledger", None],
        ),
        # another outlet set up the sentence before: the writer's summary names no channel of its own
        (
            "Tom Dunne, who runs 14 trucks out of Athlone, spoke to Radio Lorn on Monday. "
            "He said he had already cancelled an order for two new trailers.",
            [None],
        ),
    ],
)
def test_the_sentence_before_sets_up_the_writers_own_interview(text: str, vias: list[str | None]) -> None:
    quotes = extract(text, published="2027-05-04", outlet="The Valley Ledger")
    assert [q.via for q in quotes] == vias


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # the agency named before, by its noun at the head of the next sentence
        (
            "Energy Minister Sara Lindqvist told reporters the grid was safe, according to the Baltic Press "
            "Agency. The agency quoted her as saying that prices would not rise in winter.",
            "prices would not rise in",
            ("Baltic Press Agency", "wire"),
        ),
        # the speaker's interview goes on in the next paragraph, quoted, then reported
        (
            "Tomas Rydell, the port's director, told the Harbour Gazette that the cranes would arrive in June."
            '\n\n"We are ready for them," Mr Rydell said. "The quay is finished."\n\n'
            "He stressed that no jobs would be lost at the terminal.",
            "no jobs would be lost at",
            ("Harbour Gazette", "outlet"),
        ),
        # another's words come between: no conversation to go on with
        (
            "Tomas Rydell told the Harbour Gazette that the cranes would arrive in June.\n\n"
            '"They will not," union leader Ana Ruiz said.\n\n'
            "He stressed that no jobs would be lost at the terminal.",
            "no jobs would be lost at",
            (None, None),
        ),
        # a statement of its own is no interview
        (
            "Tomas Rydell told the Harbour Gazette that the cranes would arrive in June.\n\n"
            "In a statement on Friday, he stressed that no jobs would be lost at the terminal.",
            "no jobs would be lost at",
            (None, None),
        ),
    ],
)
def test_a_media_noun_and_a_stressing_sentence_go_on_with_the_channel_before(
    text: str, quote: str, via: tuple[str | None, str | None]
) -> None:
    assert _vias(text)[quote] == via


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # the report named at the sentence's end covers the whole sentence
        (
            "Majority Leader Ana Ruiz told KPLX Radio that the vote would come soon. Ruiz said Speaker "
            "Tom Hale had promised her in May that a vote would be held, according to the station.",
            "Speaker Tom Hale had pro",
            ("KPLX Radio", "outlet"),
        ),
        # "according to" with no comma before it is the quote's own words
        (
            "Ana Ruiz said the deal had collapsed according to the rules of the Harbour Gazette.",
            "the deal had collapsed a",
            (None, None),
        ),
    ],
)
def test_a_report_named_at_the_end_of_the_sentence(text: str, quote: str, via: tuple[str | None, str | None]) -> None:
    assert _vias(text)[quote] == via


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # "the podcast" is the name the article described as a podcast, not the radio named after it
        (
            '"We are short," Sen. Ana Ruiz said on The Long Table, a podcast from Harbour Public Radio. '
            "Ruiz told the podcast that the vote would slip to May.",
            "the vote would slip to M",
            ("The Long Table", "outlet"),
        ),
        # with no name described as one, the outlet named last
        (
            "Sen. Ana Ruiz spoke to Harbour Public Radio on Monday. Ruiz told the station that the vote would slip.",
            "the vote would slip",
            ("Harbour Public Radio", "outlet"),
        ),
        ("Sen. Ana Ruiz told a podcast that the vote would slip.", "the vote would slip", (None, None)),
    ],
)
def test_a_media_noun_points_back_to_the_name_it_described(
    text: str, quote: str, via: tuple[str | None, str | None]
) -> None:
    assert _vias(text)[quote] == via


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # the short form reported later stands for the full name told before
        (
            "Trade Secretary Ana Ruiz told the Kestrel Beacon that the grants would go to Tarnby. The Beacon "
            'quoted Ruiz as saying that Tarnby was "ready to build."',
            "the grants would go to T",
            ("Kestrel Beacon", "outlet"),
        ),
        (
            "Trade Secretary Ana Ruiz told the Kestrel Beacon that the grants would go to Tarnby. The Beacon "
            'quoted Ruiz as saying that Tarnby was "ready to build."',
            'Tarnby was "ready to bui',
            ("Kestrel Beacon", "outlet"),
        ),
    ],
)
def test_a_known_outlets_name_with_words_before_it_is_its_full_name(
    text: str, quote: str, via: tuple[str | None, str | None]
) -> None:
    assert _vias(text)[quote] == via


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # words of an earlier occasion told between two quotes do not end the conversation
        (
            '"Contracts signed before Monday are safe," Ilse Marwood told Harbour Wire on Friday. On Monday she '
            'had said every contract was covered.\n\nAsked about the deadline, she said: "The date stands '
            'and it will stay."',
            "The date stands and it w",
            ("Harbour Wire", "wire"),
        ),
        # a quote with no cue of its own after the speaker's quote goes on with it
        (
            "Tomas Brekvik, who runs the cannery, said in an interview with Gilt & Grain that his plant was "
            'behind.\n\n"Last year we canned 4,000 tonnes," he said.\n\nThen, pointing at an empty shelf: "This '
            'year we will be lucky to can half of that."',
            "This year we will be luc",
            ("Gilt & Grain", "outlet"),
        ),
        # a report with no speaker of its own interrupts no one: the podcast the sentence before names
        (
            'Mara Quill wrote on X on Monday: "We will ship in June." The launch had slipped twice, according to '
            "people familiar with the plan.\n\nThat morning, on the Tinder Box podcast, she stood by her figure. "
            '"We will sell two million," Quill told host Jon Pell.',
            "We will sell two million",
            ("Tinder Box", "outlet"),
        ),
        # a post of another day goes on the platform all the same
        (
            'The Harnby Electric Cooperative posted on X on Monday that "18,000 homes are without power." By '
            'Tuesday the co-op had revised the figure. "About 24,000 homes are without power," the cooperative wrote.',
            "About 24,000 homes are w",
            ("X", "platform"),
        ),
        # a sentence between that brings on someone else: no conversation carried into a quote with no cue
        (
            'The mayor, Elin Saar, told Radio Lorn that the town would ask for an inquiry. "We want answers," she '
            'said.\n\nOlsen put it more bluntly. "Three men stayed on a burning ship. They deserve the truth."',
            "Three men stayed on a bu",
            (None, None),
        ),
        # a sentence of the writer's naming another day: another occasion, no channel carried over
        (
            "On Wednesday, Ruth Almqvist told Radio Lorn that the pumps had failed overnight. She spoke again "
            'on Thursday. "The backup pumps failed as well," she said.',
            "The backup pumps failed ",
            (None, None),
        ),
        (
            "On Wednesday, Ruth Almqvist told Radio Lorn that the pumps had failed overnight. She sounded "
            'tired. "The backup pumps failed as well," she said.',
            "The backup pumps failed ",
            ("Radio Lorn", "outlet"),
        ),
    ],
)
def test_what_goes_on_with_the_conversation_before(text: str, quote: str, via: tuple[str | None, str | None]) -> None:
    assert _vias(text)[quote] == via


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # the main clause's platform is not that of the words its relative clause reports
        (
            'Mayor Ines Halloran, who promised on Monday that "the bridge will reopen by Friday," wrote on '
            'Facebook on Wednesday: "The bridge will reopen next week."',
            "the bridge will reopen b",
            (None, None),
        ),
        (
            'Mayor Ines Halloran, who promised on Monday that "the bridge will reopen by Friday," wrote on '
            'Facebook on Wednesday: "The bridge will reopen next week."',
            "The bridge will reopen n",
            ("Facebook", "platform"),
        ),
        (
            "Ines Halloran, who told Vale Radio on Monday that the bridge was safe, said on Wednesday that it "
            "would close.",
            "it would close",
            (None, None),
        ),
        # a relative clause with no quote of its own sets the main clause's channel
        (
            "The Governor, who spoke through his press secretary, Mr. Ade Okon, said the county \"is doing all "
            'it can."',
            'the county "is doing all',
            ("Ade Okon", "person"),
        ),
        (
            "Ines Halloran, who was speaking on Radio Nord on Tuesday, said the bridge would close.",
            "the bridge would close",
            ("Radio Nord", "outlet"),
        ),
        # a quote read without its cue: its own sentence's channel before the one its speaker's last post gave
        (
            'Mara Quill wrote on X on Monday: "We will ship in June." That is far from "we ship in May, and on '
            'time," which is what she told the crowd, according to Tech Bulletin.',
            "we ship in May, and on t",
            ("Tech Bulletin", "outlet"),
        ),
    ],
)
def test_a_clauses_own_channel(text: str, quote: str, via: tuple[str | None, str | None]) -> None:
    assert _vias(text)[quote] == via


def test_our_crew_is_the_articles_own_outlet() -> None:
    text = "KBRN News 4 | Harnvik Decides\n\n9:15 p.m.\nA shopkeeper, Ines, told our crew the count was slow."
    assert _vias(text) == {"the count was slow": ("KBRN News 4", "outlet")}


@pytest.mark.parametrize(
    ("text", "quote", "via"),
    [
        # the writer's summary of a post the sentence before sets up: the post's platform
        (
            "Ilse Varga, the ferry's captain, posted a clip on Telegram before dawn. She says the vessel now "
            "carries 90 people after a sick child was flown off.",
            "the vessel now carries 9",
            ("Telegram", "platform"),
        ),
        (
            "Mats Lund answered first, in a video posted on Instagram on the team bus. Lund says he has never taken a "
            "banned substance.",
            "he has never taken a ban",
            ("Instagram", "platform"),
        ),
        # an outlet spoken to the sentence before is not the summary's channel
        (
            "The harbour master, Ola Dahl, spoke to Radio Lumen on Monday. He said the pier would reopen on Friday.",
            "the pier would reopen on",
            (None, None),
        ),
        # words of a day of their own, in court, after a sentence about a post
        (
            "Mr Lund is suing Ines Kalt, his former manager, over a Facebook post. Ms Kalt said under oath on "
            "Wednesday that every word of the post was accurate.",
            "every word of the post w",
            (None, None),
        ),
        # a platform the sentence before names, with nothing put on it
        (
            "Piet Maren, who has a large following on TikTok, teaches maths in Orrby. He said the exam was far "
            "too hard.",
            "the exam was far too har",
            (None, None),
        ),
        # a post about someone else
        (
            "The clip was shared thousands of times on Telegram. Mayor Ines Kalt said the pier would reopen.",
            "the pier would reopen",
            (None, None),
        ),
    ],
)
def test_the_summary_of_a_post_the_sentence_before_sets_up(
    text: str, quote: str, via: tuple[str | None, str | None]
) -> None:
    assert _vias(text)[quote] == via
