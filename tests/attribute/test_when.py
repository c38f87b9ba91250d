from __future__ import annotations

from datetime import date

import pytest

from onrecord import extract
from onrecord.attribute.when import (
    after_midnight,
    afternoon_stamp,
    by_a_day,
    continues_the_day,
    day_named_last,
    day_of_month,
    filed_next_day,
    find_time,
    lede_at_night,
    lede_day,
    lede_speech_day,
    lede_weekday,
    opens_with_day,
    present_perfect,
    present_tense,
    reference_date,
    relative_to_previous,
)


@pytest.mark.parametrize(
    ("published", "dateline", "expected"),
    [
        ("2025-12-11", "Moscow, Dec 11 (IANS)", date(2025, 12, 11)),
        ("2025-12-10T09:08:00+00:00", None, date(2025, 12, 10)),
        ("2026-01-02", "KYIV, Dec 31 (AP)", date(2025, 12, 31)),  # the year turned since
        (None, None, None),
        # found by fuzzing: no 29 February in the year before, nor a day after 9999-12-31
        ("2028-02-27", "Moscow, Feb 29 (IANS)", date(2028, 2, 27)),
        ("9999-12-31", "Moscow, Dec 30 (IANS)", date(9999, 12, 30)),
    ],
)
def test_reference_date(published: str | None, dateline: str | None, expected: date | None) -> None:
    assert reference_date(published, dateline) == expected


REF = date(2025, 12, 11)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Wednesday, he said", ("day", date(2025, 12, 10))),
        ("he said Thursday", ("day", date(2025, 12, 11))),  # on or before the reference day
        ("he said last Thursday", ("day", date(2025, 12, 4))),
        # the qualifier after the weekday, as British copy puts it: said on a Thursday, a week before
        ("he said on Thursday last", ("day", date(2025, 12, 4))),
        ("On Tuesday last, she said", ("day", date(2025, 12, 9))),
        # "last-minute", "last-ditch" after the weekday: a compound of the words, no qualifier
        ("he said on Thursday last-minute talks had failed", ("day", REF)),
        ("she said on Thursday last-ditch efforts to save the mill were under way", ("day", REF)),
        ("he said yesterday", ("day", date(2025, 12, 10))),
        ("he told reporters today", ("day", REF)),
        ("he said on Dec 9", ("day", date(2025, 12, 9))),
        ("Earlier this month, he had said", ("not-day", None)),
        ("he said last week", ("not-day", None)),
        ("citing earlier remarks by an aide, he said", None),
        ("he said", None),
        # weekdays and dates in the other languages of the copy onrecord reads
        ("ha detto mercoledì", ("day", date(2025, 12, 10))),
        ("disse na quarta-feira", ("day", date(2025, 12, 10))),
        ("disse em 9 de dezembro", ("day", date(2025, 12, 9))),
        ("sagte er am Mittwochabend", ("day", date(2025, 12, 10))),
        ("zei hij woensdag", ("day", date(2025, 12, 10))),
        ("sade hon på onsdagen", ("day", date(2025, 12, 10))),  # Swedish definite weekdays are read as data
        ("säger hon i tisdags", None),
        ("sa hon på tisdag", ("day", date(2025, 12, 9))),
        ("— said заявив Бондар у неділю", ("day", date(2025, 12, 7))),
        ("— said написав у п'ятницю міністр", ("day", date(2025, 12, 5))),
        # a weekday after a verb in the future is an event to come
        ("he said the assembly will vote on Saturday", None),
        ("said Reyes, whose union would strike on Friday", None),
        ("la asamblea votará el sábado, dijo", None),
        ("he said on Monday the assembly will vote", ("day", date(2025, 12, 8))),
        ("On Tuesday, she said the assembly will vote", ("day", date(2025, 12, 9))),
        # a year alone is no day, in any language
        ("she said in a 1998 interview", None),
        ("she said in 1998", ("not-day", None)),
        ("— said казала у 1998 році", ("not-day", None)),
        ("— said 2014 року зізналася", ("not-day", None)),
        ("dijo en 2014", ("not-day", None)),
        # a weekday that bounds another event is not the day of speech
        ("he said, with crews on the line since Monday", None),
        ("she said the talks would run until Friday", None),
        ("by Wednesday she said", ("day", date(2025, 12, 10))),  # "by" is no bound: that day here
        # a weekday's occasion at which the words were said is their day
        ("she said at Wednesday's briefing", ("day", date(2025, 12, 10))),
        ("At Tuesday's televised debate, the senator said", ("day", date(2025, 12, 9))),
        ("the club said in Monday's statement", ("day", date(2025, 12, 8))),
        ("he said, before Monday's hearing", None),  # an occasion to come, not the one of speech
        ("she said in Monday's broadcast", ("day", date(2025, 12, 8))),
        # "On Monday's results call, X had said": the occasion opening the sentence is the cue's
        ("On Monday's results call, the chief executive had said", ("day", date(2025, 12, 8))),
        # ... on it, or spoken to it
        ("Speaking to Monday's briefing by radio link, the warden said", ("day", date(2025, 12, 8))),
        ("she said she will go to Monday's hearing", None),  # an occasion to come
        # an occasion a participle opens the sentence with is the cue's, however far the cue
        (
            "Asked during Monday's morning programme about the tolls and the new bridge, the mayor said",
            ("day", date(2025, 12, 8)),
        ),
        (
            "Speaking at Tuesday's rally outside the town hall in front of a crowd, the senator said",
            ("day", date(2025, 12, 9)),
        ),
        # the day of an earlier figure another verb gives is not the cue's
        ("she wrote on X, a smaller number than the 12,000 homes she cited Tuesday", None),
        ("he said the fund was up from the 900 he cited on Monday", None),
        ("he told the paper 180 boats were out, up from the 120 he had counted on Monday", None),
        ("she said the count was 40, up from the 30 they recorded Monday", None),
        ("she said the state would put up 60, up from the 40 she offered on Monday", None),
        # a cue's verb closing a noun phrase tells of its earlier figure too, not the cue's day
        ("it said it had raised its payment to $7,500, up from the $4,500 it announced on Monday", None),
        ("the firm said it announced on Monday", ("day", date(2025, 12, 8))),  # no noun before it
        ("she said cases had risen to 261. She gave a figure of 214 on Monday", None),
        ("she said, word for word what she posted on Monday", None),
        ("she said on Tuesday, word for word what she posted on Monday", ("day", date(2025, 12, 9))),
        ("he said on Wednesday the fund was up from the 900 he cited on Monday", ("day", date(2025, 12, 10))),
        ("the union, she said Tuesday, would walk out", ("day", date(2025, 12, 9))),
        (
            "FACT CHECK: At Tuesday's televised debate in the state capital, the senator said",
            ("day", date(2025, 12, 9)),
        ),
        # "yesterday's" names an event, as "Sunday's" does
        ("she said yesterday's vote had been a disgrace", None),
        ("she said yesterday the vote had been a disgrace", ("day", date(2025, 12, 10))),
        # an occasion another verb far from the cue tells of is not the cue's
        ("he said the line will carry 18 billion, up from the 12 billion he cited at Monday's briefing", None),
        # a relative clause's time is its own verb's, when the rest of the sentence names one
        (
            "The agency, which has advised the county since late last month, said on Tuesday",
            ("day", date(2025, 12, 9)),
        ),
        (
            "Ruiz said on Monday, drawing jeers from rivals, who recalled a post he wrote last week",
            ("day", REF.replace(day=8)),
        ),
        ("Okeke, who chairs the group this year, said", ("not-day", None)),  # the only time there: kept
        # ... unless it tells of its own verb's past: no day, no vagueness
        ("Okeke, who has lived in the valley since 2019, said", None),
        ("Okeke, whose firm went under in June, said", None),
        ("the firm would go to court in Orm, Okeke said, where a rival cut jobs last year", ("not-day", None)),
        ("Okeke, who has lived in the valley since 2019, said on Monday", ("day", date(2025, 12, 8))),
        # a weekday in a title ("the Sunday Beacon") is no day; the day named beside it is
        ("she said to the Sunday Beacon yesterday", ("day", date(2025, 12, 10))),
        ("he said to The Sunday Beacon on Tuesday", ("day", date(2025, 12, 9))),
        ("she said to the Sunday Beacon", None),
        ("she said on Sunday Ruiz was wrong", ("day", date(2025, 12, 7))),
        # after "on the", a weekday before a clause is a day; a title closes at a punctuation mark
        ("she said on the Friday Parliament rose", ("day", date(2025, 12, 5))),
        ("she said on the Sunday Show, to cheers", None),
        # ... nor is "Tonight" closing a programme's title
        ("she said on KRB's Harbour Tonight on Tuesday", ("day", date(2025, 12, 9))),
        ("she said on KRB's Harbour Tonight", None),
        ("Today, she said", ("day", REF)),
        ("she said today", ("day", REF)),
        # a date before a noun, after a determiner or a possessive, is another event's day
        ("she said the government's Dec. 2 deadline would stand", None),
        ("the agency said in its Dec. 2 release", ("day", date(2025, 12, 2))),  # an occasion of speech
        ("At the Dec. 3 news briefing, she said", ("day", date(2025, 12, 3))),
        ("he said on Monday that the Dec. 2 vote was void", ("day", date(2025, 12, 8))),
        ("On Monday the minister said", ("day", date(2025, 12, 8))),
        ("the minister said on Monday that talks would resume", ("day", date(2025, 12, 8))),
        # the same moment in another zone, in brackets, names no day of the story's clock
        ("shortly after 2 a.m. (1900 GMT Wednesday) the registrar said turnout was 70 percent", None),
        ("she said at 1 a.m. (2300 UTC Tuesday) on Thursday", ("day", REF)),
        ("he said on Wednesday (the first day of the count)", ("day", date(2025, 12, 10))),
        # a counted number of days ago is a day; a few days, or weeks, ago is none
        ("Three days ago the harbour board said", ("day", date(2025, 12, 8))),
        ("the harbour board said five days ago", ("day", date(2025, 12, 6))),
        ("the harbour board said a few days ago", ("not-day", None)),
        ("Two weeks ago the harbour board said", ("not-day", None)),
        # minutes or a few hours before the story's own time are of its day; twenty-four hours ago is not
        ("the harbour master said a short time ago", ("day", REF)),
        ("On the ferry line's page, about two hours ago, the operator said", ("day", REF)),
        ("the coach said a few minutes ago", ("day", REF)),
        ("the regional council posted twenty minutes ago and said", ("day", REF)),
        ("the warden said twenty-three hours ago", None),
        ("Twenty-four hours ago the warden said", None),
        # "a while ago", "a little while ago" are vague, as often months back as hours: no day
        ("the ferry skipper said a while ago that the pier was rotten", None),
        ("A little while ago the ferry skipper said", None),
        ("the ferry skipper said just moments ago", ("day", REF)),
        # a relative clause in the past perfect tells of a time before the cue's: its day is not the cue's
        ("Ola Brandt, who on Friday had priced the repair at a million, said", None),
        ("Ola Brandt, who had first costed it on Tuesday, said", None),
        # ... one in the simple past still dates the cue when nothing else does
        ("Ola Brandt, who spoke on Tuesday, said", ("day", date(2025, 12, 9))),
        ("Ola Brandt, who drove out to the quarry on Tuesday, said", ("day", date(2025, 12, 9))),
        # ... but not one of another's event ("whose"), nor one that tells of no words or occasion
        ("Ola Brandt, whose barn burned down on Monday night, said", None),
        ("Ola Brandt, who lives on Quarry Lane and only learned on Tuesday that it was shut, said", None),
    ],
)
def test_find_time(text: str, expected: tuple[str, date | None] | None) -> None:
    found = find_time(text, text.index("said") if "said" in text else 0, REF)
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the day before" alone is the day before the story's, as "yesterday" is
        ("The harbour master said the day before, the pier had been closed", ("day", date(2025, 12, 10))),
        ("Ms Ode had said the day before that no ferry would sail", ("day", date(2025, 12, 10))),
        # ... but before the event it counts back from, of that event's day, not the story's
        ("The day before the verdict came through, she sat in her kitchen and said", None),
        ("Her brother told the Courier the day before the hearing that he had said", None),
        ("The day before he announced his resignation, the mayor said", None),
    ],
)
def test_the_day_before_an_event_is_not_the_day_before_the_story(
    text: str, expected: tuple[str, date | None] | None
) -> None:
    found = find_time(text, text.index("said"), REF)
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Catalan "va" + infinitive is the past ("va dir dijous": said on Thursday), French "va" the future
        ("l'alcaldessa va dir dijous que", "ca", ("day", date(2025, 12, 11))),
        ("van anunciar dilluns que", "ca", ("day", date(2025, 12, 8))),
        ("le conseil va voter jeudi, a-t-il dit", "fr", None),
        ("el consell votarà dijous, va dir", "ca", None),
        # the words of a language's entry for the day before (Swahili "jana", Serbian "јуче")
        ("alisema jana kuwa", "sw", ("day", date(2025, 12, 10))),
        ("рекла је јуче да", "sr", ("day", date(2025, 12, 10))),
        ("a ministra afirmou ontem que", "pt", ("day", date(2025, 12, 10))),
        ("der Minister sagte gestern, dass", "de", ("day", date(2025, 12, 10))),
        ("le ministre a déclaré hier que", "fr", ("day", date(2025, 12, 10))),
        ("janaury jana-jana", "en", None),
        # weekdays of Malay, Tagalog, Vietnamese (two words) and Persian; Malay's yesterday
        ("menteri itu berkata pada hari Isnin bahawa", "id", ("day", date(2025, 12, 8))),
        ("sabi niya noong Miyerkules", "tl", ("day", date(2025, 12, 10))),
        ("bà Lan cho biết hôm thứ Ba rằng", "vi", ("day", date(2025, 12, 9))),
        ("وزیر روز سه‌شنبه گفت", "fa", ("day", date(2025, 12, 9))),
        ("katanya semalam", "id", ("day", date(2025, 12, 10))),
        # Nepali, Bengali, Malayalam, Amharic weekdays; Macedonian's definite, Georgian's dative,
        # Hebrew's with "ביום" (its ordinal alone is no day: "שני", second)
        ("मन्त्रीले बिहीबार पत्रकारहरूसँग भने", "ne", ("day", date(2025, 12, 11))),
        ("изјави министерот во вторникот навечер", "mk", ("day", date(2025, 12, 9))),
        ("মন্ত্রী মঙ্গলবার সংসদে বলেন", "bn", ("day", date(2025, 12, 9))),
        ("മന്ത്രി ബുധനാഴ്ച പറഞ്ഞു", "ml", ("day", date(2025, 12, 10))),
        ("მინისტრმა სამშაბათს განაცხადა", "ka", ("day", date(2025, 12, 9))),
        ("ሚኒስትሯ ሰኞ ዕለት ገለጹ", "am", ("day", date(2025, 12, 8))),
        ("אמרה השרה ביום שלישי", "he", ("day", date(2025, 12, 9))),
        ("אמרה השרה בפעם השנייה", "he", None),
    ],
)
def test_a_past_written_with_go_names_the_day_of_speech(
    text: str, language: str, expected: tuple[str, date | None] | None
) -> None:
    found = find_time(text, 0, REF, language=language)
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # found by fuzzing: days off either end of the calendar name no day, and raise nothing
        ("he said yesterday", date(1, 1, 1), ("not-day", None)),
        ("he said last night", date(1, 1, 1), ("not-day", None)),
        ("he said on Tuesday", date(1, 1, 1), ("not-day", None)),  # 1 January of year 1 was a Monday
        ("he said on Monday", date(1, 1, 1), ("day", date(1, 1, 1))),
        ("he said on Dec 31", date(9999, 12, 31), ("day", date(9999, 12, 31))),
        ("he said on Feb 29", date(2028, 2, 27), None),  # no 29 February in 2027
        ("he said on Feb 29", date(2028, 3, 2), ("day", date(2028, 2, 29))),
    ],
)
def test_find_time_at_the_calendar_edges(text: str, ref: date, expected: tuple[str, date | None] | None) -> None:
    found = find_time(text, text.index("said"), ref)
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of the month as an ordinal, its month the last one that has it up to the reference
        ("The mayor said on the 21st that the bridge would reopen.", ("day", date(2027, 6, 21))),
        ("She said on the 4th that the bridge would reopen.", ("day", date(2027, 7, 4))),
        ("A notice dated the 12th. It said the road was shut.", ("day", date(2027, 6, 12))),
        ("He rang me on the 2nd, and he said he would come.", ("day", date(2027, 7, 2))),
        # with its weekday, the month that has that weekday on that day
        ("When she came to the hall on Monday the 14th, she said it was over.", ("day", date(2027, 6, 14))),
        ("On Thursday the 13th, he said it was over.", ("day", date(2027, 5, 13))),
        ("On Tuesday the 30th, he said it was over.", ("not-day", None)),  # no such day of late
        # with its month
        ("The warden called me on the 3rd of May and said the pier was closed.", ("day", date(2027, 5, 3))),
        ("He said on the 9th of December that he would stay.", ("day", date(2026, 12, 9))),
        # an ordinal that counts a noun names no day
        ("He said on the 3rd floor that the lift was broken.", None),
        ("She said on the 10th anniversary of the flood that the town had healed.", None),
    ],
)
def test_an_ordinal_day_of_the_month_is_the_last_one_up_to_the_reference(
    text: str, expected: tuple[str, date | None] | None
) -> None:
    found = find_time(text, text.index("said"), date(2027, 7, 7))
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # an ordinal with no weekday and no month dates words only in a clause that tells of words
        ("The golfer Juno Orde bogeyed on the 17th, but she told reporters she was pleased.", "told", None),
        ("The sprinter Ilke Krall, who finished on the 3rd at the trials, said the track was wet.", "said", None),
        ("Ostby, who was sent off on the 2nd in a row of away games, said the side had earned it.", "said", None),
        # a clause of words, published or read out, dates them
        ("The report, published on the 14th, said the gates had failed.", "said", ("day", date(2027, 6, 14))),
        (
            "Krall, who read a short statement to the council on the 24th, said afterwards that she would stay.",
            "said",
            ("day", date(2027, 6, 24)),
        ),
    ],
)
def test_an_ordinal_day_dates_words_only_in_a_clause_of_words(
    text: str, cue: str, expected: tuple[str, date | None] | None
) -> None:
    found = find_time(text, text.index(cue), date(2027, 7, 7))
    assert (found[:2] if found else None) == expected


def test_a_weekday_with_a_possessive_is_an_event_not_the_day_of_speech() -> None:
    from datetime import date

    from onrecord.attribute.when import find_time

    text = "Kovac said turnout in Sunday's run-off had reached 61%."
    assert find_time(text, 6, date(2027, 4, 13)) is None


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the first paragraph of running text, not the headline or byline above it
        (
            [
                "Rovers confirm striker's sale",
                "By Tom Garside",
                "Rivermouth Athletic confirmed on Wednesday that their top scorer had joined a Portuguese club.",
            ],
            date(2025, 12, 10),
        ),
        (["The tidal barrier will cost more than planned, the flood agency confirmed yesterday."], date(2025, 12, 10)),
        # a lede naming no day, a vague time, or two days gives none
        (["The tidal barrier will cost more than planned and open two years late, engineers say."], None),
        (["The tidal barrier will cost more than planned, the agency said last week in a report."], None),
        (["The union said on Monday it would strike on Monday or Friday unless the port met its demands."], None),
        # ... but a day of an event to come is no day of the lede's report
        (["The union said on Monday it would strike on Friday unless the port met its demands."], date(2025, 12, 8)),
        # a lede of a change from one day to the next gives neither
        (
            [
                "Corra Bellweather spent much of Tuesday telling investors that fares would not rise after the deal. "
                "By Wednesday the message had shifted."
            ],
            None,
        ),
        (
            [
                "Corra Bellweather spent much of Tuesday telling investors that fares would not rise after the deal. "
                "The shares rose."
            ],
            date(2025, 12, 9),
        ),
        (
            [
                "The party's spokesperson has denied that it gave up hope of winning the by-election taking place on "
                "Thursday."
            ],
            None,
        ),
        (["The talks due on Friday were called off, the union's leader confirmed yesterday."], date(2025, 12, 10)),
        # an abbreviation's point ends no sentence: the day after it is still the lede's
        (
            [
                "PORT ARDELL — It was nearly 11 p.m. Tuesday when the last resident stepped away from the "
                "microphone, and by then the outcome was no longer in doubt."
            ],
            date(2025, 12, 9),
        ),
        (
            ["WASHINGTON — Sen. Dolores Whitcomb said Wednesday that she would subpoena the company's records."],
            date(2025, 12, 10),
        ),
        (["BOISE — Gov. Ana Ruiz, who took office in Jan. 2025, will sign the bill, aides said."], None),
        # a lede that introduces its first quote ends in a colon
        (
            [
                "PUERTO VALMORA.— Cerca de mil estibadores se reunieron el martes frente al muelle. "
                "El dirigente fue tajante:"
            ],
            date(2025, 12, 9),
        ),
        (["Hundreds of dockers gathered at the quay on Tuesday, and their leader was blunt:"], date(2025, 12, 9)),
        (["Port strike: what the union wants"], None),  # a headline, no running text
        # a vague time in the reported content is not the occasion's
        (
            [
                "HARNVIK — The head of the port authority had to correct his figures within hours of "
                "speaking to councillors yesterday, after telling them that traffic fell last year."
            ],
            date(2025, 12, 10),
        ),
        (["The union said last week that its members would strike on the quay on Monday."], None),
        # a day in a clause after "that" still counts: the occasion may be told there, or before a relative
        (["The football club can confirm that it has today again rejected a bid for its young striker."], REF),
        (
            [
                "The capsule will come home a week late, and the arm that collected the samples is broken, "
                "officials admitted on Thursday."
            ],
            REF,
        ),
        (
            ["The mayor said on Tuesday that the tolls on the old bridge would be scrapped next year."],
            date(2025, 12, 9),
        ),
        # a day after the "that" of the reported words is their own event's: the one before it is the lede's
        (
            [
                "HARNVIK — The ferry operator's chief told councillors on Tuesday that 40 sailings had been "
                "cancelled, going back on what the company had said on Sunday."
            ],
            date(2025, 12, 9),
        ),
        (["HARNVIK — The ferry operator's chief spoke to councillors on Tuesday and to the union on Sunday."], None),
        # a newsletter's greeting names its own day, no event's
        (["Good Wednesday morning. Here is where the vote count on the ferry bill stands after a long night."], None),
        # "yesterday's" names an event, the day of no statement
        (["The club is aware of abusive messages sent to its captain after yesterday's match at the park."], None),
        (
            ["KARSTA — The minister said on Wednesday that crews on the fire line since Monday would be relieved."],
            date(2025, 12, 10),
        ),
        # a date names the day as a weekday does; not one before a noun, nor one to come
        (["KARSTA — On 9 December the district court found the engineer guilty of negligence."], REF.replace(day=9)),
        (["KARSTA — The district court upheld the December 2 ruling against the engineer at the port."], None),
        # a German dateline, the place and a point, is no sentence of the lede
        (
            ["KARSTA. Der Minister hat am Dienstag angekündigt, dass die Fähre bleibt. Die Crews jubelten laut."],
            REF.replace(day=9),
        ),
        # a feature's scene ("on the Thursday I visited") is not the day the story reports
        (["On the Thursday I visited, a dozen children were chasing a ball between two puddles in the yard."], None),
        # the lede is the first sentence: a second that names a day is the story's own telling
        (
            ["Tove Lind had been told the pitch would turn. It didn't, and by the time the dew settled on "
             "Tuesday night, the captain had a hundred and a trophy."],
            None,
        ),
        (["KARSTA — The district court will rule on December 20 on the engineer's appeal at the port."], None),
        # a weekday something starts from is not the day of what the lede reports
        (
            ["KARSTA — The ferry will sail every other day from Saturday, the harbour board said on Tuesday."],
            date(2025, 12, 9),
        ),
        (["KARSTA — The harbour board will run a night ferry starting Saturday, its chair said."], None),
        # a later sentence of the lede that gives the words their day, over the first's event
        (
            ["After a Monday-night storm brought down the pier at Karsta, the reaction came quickly from "
             "every quarter. Here is what the town's leaders posted on Tuesday."],
            date(2025, 12, 9),
        ),
        (
            ["The mayor said on Monday the pier at Karsta would be rebuilt within the year. Here is what "
             "the traders wrote on Tuesday."],
            date(2025, 12, 8),
        ),
        # ... but not a day said in a relative clause, nor over a first sentence's own speech verb's day
        (
            ["After a Monday-night fire closed the tram depot at Karsta, the morning buses ran an hour late. "
             "The drivers' guild, which said on Wednesday that it would refuse overtime, blamed the council."],
            date(2025, 12, 8),
        ),
        (
            ["After a Monday-night fire closed the tram depot at Karsta, the morning buses ran an hour late. "
             "The drivers' guild, which runs the night shifts, said on Wednesday that it would refuse overtime."],
            date(2025, 12, 10),
        ),
        (
            ["Transport minister Bram Oskell announced a new timetable for the valley line at Karsta on Monday. "
             "The drivers' guild said on Wednesday that it would refuse overtime."],
            date(2025, 12, 8),
        ),
        (["KARSTA — The court ruled on Tuesday, December 9, that the engineer was negligent."], REF.replace(day=9)),
        # a day of the month alone, as Korean copy names the day of what it reports ("on the 9th")
        (
            [
                "(서울=한빛일보) 기자 = 해양수산부 장관은 9일 항만 노조와 만난 뒤 기자회견에서 "
                "파업이 곧 끝날 것이라고 밝혔다."
            ],
            REF.replace(day=9),
        ),
    ],
)
def test_lede_day(paragraphs: list[str], expected: date | None) -> None:
    assert lede_day(paragraphs, REF) == expected


@pytest.mark.parametrize(
    ("paragraphs", "weekday"),
    [
        # an undated wire story's lede: the weekday, which no date places
        (["Pier tolls row", "PORT KELD — The harbour minister promised Tuesday that the pier would not be sold."], 1),
        (["The mayor said on Friday that the tolls on the old bridge would be scrapped next year, to cheers."], 4),
        # "yesterday" and "today" need the article's date; a day to come or a bound is no occasion
        (["The mayor said yesterday that the tolls on the old bridge would be scrapped on Friday next year."], None),
        (["The council will vote on Thursday on whether the tolls on the old bridge are scrapped next year."], None),
        (["Crews on the fire line since Monday will be relieved, the minister said in a statement to press."], None),
        # two weekdays, or none
        (["The mayor said on Friday that the tolls he had defended on Monday would be scrapped next year."], None),
        (["The mayor said that the tolls on the old bridge would be scrapped next year, to loud cheers."], None),
    ],
)
def test_lede_weekday(paragraphs: list[str], weekday: int | None) -> None:
    assert lede_weekday(paragraphs) == weekday


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("says", True),
        ("insists", True),
        ("sagt", True),
        ("dit", True),
        ("said", False),
        ("say", True),
        ("told reporters", False),
        ("was", False),
        ("a déclaré", False),
    ],
)
def test_present_tense(cue: str, expected: bool) -> None:
    assert present_tense(cue) == expected


@pytest.mark.parametrize(
    ("text", "previous", "expected"),
    [
        # some days after the day the text before named last
        ("a day later she told the committee", date(2025, 12, 8), ("day", date(2025, 12, 9))),
        ("Three days later he promised the growers more", date(2025, 12, 5), ("day", date(2025, 12, 8))),
        ("the next morning the mayor told the council", date(2025, 12, 9), ("day", date(2025, 12, 10))),
        ("the following day she wrote to members", date(2025, 12, 9), ("day", date(2025, 12, 10))),
        ("a week later the coach told reporters", date(2025, 12, 2), ("day", date(2025, 12, 9))),
        # ... and some days before it
        ("A day earlier, she had told the committee", date(2025, 12, 9), ("day", date(2025, 12, 8))),
        ("Two days earlier the same lawyer had read it out", date(2025, 12, 9), ("day", date(2025, 12, 7))),
        ("Two days before, he had promised the growers more", date(2025, 12, 9), ("day", date(2025, 12, 7))),
        ("the previous evening she wrote to members", date(2025, 12, 9), ("day", date(2025, 12, 8))),
        ("A week earlier the coach had told reporters", date(2025, 12, 9), ("day", date(2025, 12, 2))),
        ("Two weeks before, she had promised the growers more", date(2025, 12, 16), ("day", date(2025, 12, 2))),
        # no day named before: the story has moved to a day it does not give
        ("two days later she told the committee", None, ("not-day", None)),
        # the day before which nothing is counted from
        ("she told the committee on Monday", date(2025, 12, 2), ("day", date(2025, 12, 8))),
    ],
)
def test_days_later_count_from_the_day_named_before(
    text: str, previous: date | None, expected: tuple[str, date | None]
) -> None:
    found = find_time(text, 3, REF, previous)
    assert found is not None and found[:2] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he said the same day", True),
        ("A day later, at the hearing, she went further", True),
        ("Four days later the board met again", True),
        ("the next afternoon he wrote", True),
        ("A day earlier she had told analysts", True),
        ("The previous day she had written", True),
        ("A week earlier he had told the board", True),
        # a day before an event the sentence names is no day counted back
        ("two days before the fire she said", False),
        ("earlier, she said", False),
        ("later, she said", False),
        ("the next step, she said", False),
        ("she said on Tuesday", False),
    ],
)
def test_relative_to_previous(text: str, expected: bool) -> None:
    assert relative_to_previous(text) == expected


@pytest.mark.parametrize(
    ("text", "previous", "expected"),
    [
        # "the same day", "that day": the day the text before named last
        ("he told reporters the same day", date(2025, 12, 8), ("day", date(2025, 12, 8))),
        ("she said in the guild's statement that day", date(2025, 12, 9), ("day", date(2025, 12, 9))),
        ("er sagte am selben Tag", date(2025, 12, 9), ("day", date(2025, 12, 9))),
        ("il a dit le même jour", date(2025, 12, 9), ("day", date(2025, 12, 9))),
        ("he told reporters the same day", None, None),  # no day before: none
        # "on the same call": the occasion the text before named
        ("Speaking on the same call, he told analysts", date(2025, 12, 9), ("day", date(2025, 12, 9))),
        # "then" closing the cue: the occasion the sentence before told of
        ('"We will not sign," she said then.', date(2025, 12, 8), ("day", date(2025, 12, 8))),
        ('"Nobody moves," Marlow said then, and nobody did.', date(2025, 12, 8), ("day", date(2025, 12, 8))),
        ("she said then that the talks were over", date(2025, 12, 8), None),  # "then" opens the clause
    ],
)
def test_the_same_day_is_the_day_named_before(
    text: str, previous: date | None, expected: tuple[str, date | None] | None
) -> None:
    found = find_time(text, 3, REF, previous)
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union said on Tuesday that talks had failed", date(2025, 12, 9)),
        # the last one named; not a day to come
        ("The union said on Tuesday that it would strike on Friday", date(2025, 12, 9)),
        ("The union said on Tuesday that it had struck on Friday", date(2025, 12, 5)),
        ("The union said on Tuesday it had met the company last week", None),  # a vague time last
        ("The union said it would meet again", None),
    ],
)
def test_day_named_last(text: str, expected: date | None) -> None:
    assert day_named_last(text, REF) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a cue some days after the day the sentence names was said that many days before it
        (
            "The minister said on Thursday he would act, two days after saying he would wait",
            "saying",
            date(2025, 12, 9),
        ),
        (
            "The panel has found fraud, its chair said Wednesday, a day after telling reporters it had not",
            "telling",
            date(2025, 12, 9),
        ),
        ("She resigned on Thursday, a week after telling staff she would stay", "telling", date(2025, 12, 4)),
        # the cue's own subject between the lag and the cue
        ("The mayor spoke on Thursday, three days after she had vowed to stay", "vowed", date(2025, 12, 8)),
        (
            "The regulator said on Wednesday the water was unsafe,"
            " a day after the firm's chief executive said it was safe",
            "said it",
            date(2025, 12, 9),
        ),
        # a clause of its own between them: the day its sentence names
        ("On Thursday, two days after the vote, she said she would stay", "said", REF),
        # ... with the cue's own subject, in the past perfect or not
        ("Marlow spoke on Thursday, three days after she had vowed to stay", "vowed", date(2025, 12, 8)),
        ("The board met on Thursday, a day after Okoro said it would not", "said", date(2025, 12, 10)),
        ("The minister said on Thursday he would act, two days after saying he would wait", "said", REF),
        ("The minister said he would act, two days after saying he would wait", "saying", None),
        # a duration is no lag: the cue is of the day its sentence names
        ("The mayor will be held for two weeks after a clerk told a judge on Thursday", "told", REF),
        ("The shelter must close within three days after the chief told staff on Thursday", "told", REF),
    ],
)
def test_a_cue_some_days_after_the_day_named(text: str, cue: str, expected: date | None) -> None:
    found = find_time(text, text.index(cue), REF)
    assert (found[1] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a date ahead of the story's day is an event to come, not the day of speech
        ("The glasses ship April 20 in eleven countries, she said", date(2027, 3, 10), None),
        ("The plant will reopen on April 20, 2027, she said", date(2027, 3, 10), None),
        # ... unless too far ahead to be planned for: last year's date, written without its year
        ("She said on Dec. 28 that the talks had failed", date(2027, 1, 5), ("day", date(2026, 12, 28))),
        ("She said on March 8 that the talks had failed", date(2027, 3, 10), ("day", date(2027, 3, 8))),
    ],
)
def test_a_date_ahead_of_the_story_is_no_day_of_speech(
    text: str, ref: date, expected: tuple[str, date | None] | None
) -> None:
    found = find_time(text, text.index("said"), ref)
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a participle after "first" tells of an earlier occasion of the noun: its day is not the cue's
        ("He repeated a promise first made at a dinner in Oslen on Friday, telling guests", "telling", None),
        ("She cited a figure originally given on Monday, saying", "saying", None),
        ("On Tuesday she repeated a promise first made on Friday, telling guests", "telling", date(2025, 12, 9)),
        # not a cue of its own clause: "first said on Monday" is the cue's day
        ("The minister first said on Monday that", "said", date(2025, 12, 8)),
        # a free relative of what was said before: its day is that occasion's
        ("Asked again, she repeated what she had said on Monday:", "repeated", None),
        ("On Tuesday she repeated what the minister had told MPs on Friday:", "repeated", date(2025, 12, 9)),
    ],
)
def test_an_earlier_occasion_in_a_reduced_relative_is_not_the_cues_day(
    text: str, cue: str, expected: date | None
) -> None:
    found = find_time(text, text.index(cue), REF)
    assert (found[1] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a comparison with an earlier figure or earlier words: its day is theirs, not the cue's
        ("The coroner said 14 bodies had been recovered, up from nine on Monday.", "said", None),
        ("The fund said prices were down from their peak on Friday.", "said", None),
        ("The firm also said it had raised its offer to $7,500, up from the $4,500 it gave on Monday.", "said", None),
        ("He said output would be a point lower than his forecast on Monday.", "said", None),
        ("she told the panel, six fewer than when the hearing opened on Monday.", "told", None),
        ("he said, a line he repeated almost word for word on Friday.", "said", None),
        ("she said, repeating her Monday warning.", "said", None),
        # the cue's own clause keeps its day: "repeated on Tuesday", "more than 200 ... told ... on Tuesday"
        ("The mayor repeated on Tuesday that the depot would close.", "repeated", date(2025, 12, 9)),
        ("More than 200 tenants told the council on Tuesday that", "told", date(2025, 12, 9)),
        ("She said on Tuesday that the rise was smaller than the forecast.", "said", date(2025, 12, 9)),
        # a comparison before the cue tells of the cue's own occasion
        ("a call brighter than the one she gave MPs on Monday, when she said", "said", date(2025, 12, 8)),
    ],
)
def test_a_comparison_with_an_earlier_figure_is_not_the_cues_day(text: str, cue: str, expected: date | None) -> None:
    found = find_time(text, text.index(cue), REF)
    assert (found[1] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        # Indonesian "Rabu" and Turkish "salı" are as short as an English abbreviation, and full names
        (
            "Menteri Dewi Lestari mengatakan harga beras di pasar tidak akan naik, ujarnya di Jakarta, Rabu.",
            "2027-03-10",
        ),
        ("Bakan Murat Aksoy salı günü, yeni köprünün gelecek yıl açılacağını söyledi.", "2027-03-09"),
        # the day stands by the cue that closes an Indonesian report
        (
            "Gubernur Budi Santoso mengungkapkan 900 keluarga telah dievakuasi di seluruh kota, kata Budi, Selasa.",
            "2027-03-09",
        ),
        ("Burmistrz Tomasz Nowicki powiedział we wtorek, że stocznia zatrudni dwustu pracowników.", "2027-03-09"),
        ("Kommunalrådet Anna Holm sade på onsdagen att skolan ska byggas om nästa år.", "2027-03-10"),
        # Malay's own weekday names
        ("“Jambatan itu akan dibuka semula,” kata Ahmad Rizal kepada pemberita pada hari Isnin.", "2027-03-08"),
        # a Vietnamese weekday is "thứ" and a capitalised number
        ("Bà Lan Nguyễn cho biết hôm thứ Ba rằng cây cầu sẽ mở lại vào tháng sau.", "2027-03-09"),
        # Galician, Kyrgyz and Maltese weekdays
        ("A alcaldesa Uxía Ferreiro anunciou o luns que a ponte abrirá en maio.", "2027-03-08"),
        ("Министр Асан Бекмуратов шаршемби күнү «көпүрөнү оңдоо үчүн акча жок» деп билдирди.", "2027-03-10"),
        ("Is-sindku Karmenu Borg qal nhar it-Tlieta li l-pont \"se jerġa' jinfetaħ malajr\".", "2027-03-09"),
    ],
)
def test_the_day_in_the_languages_added_as_data(text: str, said_on: str) -> None:
    assert [q.said_on for q in extract(text, published="2027-03-11")] == [said_on]


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2027-06-05T20:15:00", date(2027, 6, 5)),  # an evening's stamp: the day's report
        ("2027-06-05T12:00:00-05:00", date(2027, 6, 5)),  # the stamp's own clock
        ("2027-06-05T06:30:00", None),  # a morning's paper tells of the day before
        ("2027-06-05", None),  # a date without a time
        (None, None),
        ("Tuesday at noon", None),
    ],
)
def test_afternoon_stamp(published: str | None, expected: date | None) -> None:
    assert afternoon_stamp(published) == expected


_MATCH_REPORT = (
    "Millbrook Town 1 Ashvale United 3\n\n"
    "Ashvale ran away with it in the second half and their manager was in no mood to hide his delight.\n\n"
    '"We were patient and the goals came," Tomas Ferreira said afterwards.\n\n'
    '"It is one game. We go again," Millbrook boss Owen Larkin told Valley Radio.\n\n'
)


@pytest.mark.parametrize(
    ("text", "published", "said_on"),
    [
        # a report stamped the evening of the match: its undated quotes are of that day
        (_MATCH_REPORT, "2027-06-05T20:15:00", ["2027-06-05", "2027-06-05"]),
        # a morning's stamp, or one without a time, dates nothing
        (_MATCH_REPORT, "2027-06-06T06:30:00", [None, None]),
        (_MATCH_REPORT, "2027-06-05", [None, None]),
        # an article that names a day for one quote tells of several days: the others keep none
        (
            _MATCH_REPORT + '"I have never seen anything like it," club chair Ruth Dalby said on Thursday.\n\n',
            "2027-06-05T20:15:00",
            [None, None, "2027-06-03"],
        ),
        # one whose dated quotes are all of the stamp's own day tells of that day alone: the
        # others are of it too
        (
            _MATCH_REPORT + '"I have never seen anything like it," club chair Ruth Dalby said on Saturday.\n\n',
            "2027-06-05T20:15:00",
            ["2027-06-05", "2027-06-05", "2027-06-05"],
        ),
        (
            _MATCH_REPORT + '"Proud of every one of them," club chair Ruth Dalby wrote on X this evening.\n\n',
            "2027-06-05T20:15:00",
            ["2027-06-05", "2027-06-05", "2027-06-05"],
        ),
        # a quote its sentence places in another time keeps no day of the stamp's
        (
            _MATCH_REPORT + "Ferreira told Valley Radio in a 2025 interview that he would stay for years.\n\n",
            "2027-06-05T20:15:00",
            ["2027-06-05", "2027-06-05", None],
        ),
        (
            _MATCH_REPORT + "Larkin said last month that the club would need time to rebuild.\n\n",
            "2027-06-05T20:15:00",
            ["2027-06-05", "2027-06-05", None],
        ),
        # (a time in a relative clause is that clause's, not the quote's)
        (
            _MATCH_REPORT + "Larkin, who joined the club last year, said the squad would need time.\n\n",
            "2027-06-05T20:15:00",
            ["2027-06-05", "2027-06-05", "2027-06-05"],
        ),
        # (the same day's words under a morning's stamp date nothing else)
        (
            _MATCH_REPORT + '"Proud of every one of them," club chair Ruth Dalby wrote on X this morning.\n\n',
            "2027-06-06T06:30:00",
            [None, None, "2027-06-06"],
        ),
    ],
)
def test_a_report_stamped_the_evening_its_words_were_said(text: str, published: str, said_on: list[str | None]) -> None:
    assert [q.said_on for q in extract(text, published=published)] == said_on


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("The harbour board has ", " it would", True),
        ("The mayor has ", " little beyond a pledge", False),  # how much: the pledge has its own day
        ("The mayor has ", " nothing since", False),
        ("Councillors have long ", "", True),
        ("The minister has repeatedly ", " that", True),
        ("The minister, who spoke on Monday, ", "", False),
        ("The minister had ", "", False),  # the past perfect: an earlier occasion, told apart elsewhere
        ("On Tuesday the mayor ", "", False),
    ],
)
def test_present_perfect(before: str, after: str, expected: bool) -> None:
    assert present_perfect(before, after) == expected


@pytest.mark.parametrize(
    ("ref", "day", "expected"),
    [
        (date(2027, 11, 3), 2, date(2027, 11, 2)),  # "2日晚": the 2nd of the reference's month
        (date(2027, 11, 3), 3, date(2027, 11, 3)),
        (date(2027, 11, 3), 30, date(2027, 10, 30)),  # later in the month: the month before
        (date(2027, 1, 2), 31, date(2026, 12, 31)),
        (date(2027, 3, 1), 30, None),  # no 30 February
    ],
)
def test_a_day_of_the_month_alone(ref: date, day: int, expected: date | None) -> None:
    assert day_of_month(ref, day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3日上午，市长在市政厅外对记者指出，", date(2027, 11, 3)),
        ("部长于1日晚在声明中说，", date(2027, 11, 1)),
        ("외교부 장관은 2일 기자회견에서 밝혔다", date(2027, 11, 2)),  # Korean: "on the 2nd"
        ("الوزير قال يوم الاثنين إن", date(2027, 11, 1)),
        ("मंत्री ने मंगलवार को कहा कि", date(2027, 11, 2)),
        ("ministeri totesi tiistaina, että", date(2027, 11, 2)),
    ],
)
def test_days_in_the_languages_added(text: str, expected: date) -> None:
    found = find_time(text, len(text) - 2, date(2027, 11, 3))
    assert found is not None and found[1] == expected


@pytest.mark.parametrize(
    "text", ["파업은 7일간 계속됐다고 밝혔다", "파업이 3일째 이어졌다고 말했다", "9월 7일 노조는 밝혔다"]
)
def test_a_korean_count_of_days_or_a_whole_date_is_no_day_of_the_month(text: str) -> None:
    """A count of days ("7일간", for seven days; "3일째", the third day) names no day; "9월 7일" is a whole date."""
    found = find_time(text, len(text) - 2, date(2027, 11, 3))
    assert found is None or found[1] == date(2027, 9, 7)


@pytest.mark.parametrize(
    ("lede", "night"),
    [
        ("The count was still going when the challenger took the stage a little after 10:45 p.m. Tuesday and thanked "
         "her volunteers.", True),
        ("The council voted late Monday to close the pool at the end of the season after a long debate.", True),
        ("The board met on Thursday night and agreed to sell the depot to the highest bidder in town.", True),
        ("The board met on Thursday and agreed to sell the depot to the highest bidder in the town.", False),
        ("The late mayor's statue was unveiled on Thursday in front of a crowd of several hundred people.", False),
        ("The polls closed at 8 a.m. Sunday and the first results are expected before noon on Monday.", False),
    ],
)
def test_a_lede_that_names_its_day_at_night(lede: str, night: bool) -> None:
    assert lede_at_night(["Headline", lede]) is night


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor conceded shortly after midnight in a hotel bar.", True),
        ("In a statement sent at 12:51 a.m., the campaign said it would not appeal.", True),
        ("She posted at 1 a.m. that the count was over.", True),
        ("The fire was reported at 2 a.m. Tuesday by a neighbour.", False),  # a day of its own
        ("The ferry left at 7 a.m. as planned.", False),
        ("The count ended at 11:40 p.m.", False),
    ],
)
def test_after_midnight(text: str, expected: bool) -> None:
    assert after_midnight(text) is expected


_ELECTION_NIGHT = (
    "Tanner wins\n\nBy A Writer\n\nFENWICK — Jo Tanner climbed onto the stage a little after 10:50 p.m. Tuesday and "
    "told the hall the town had chosen her.\n\n"
    '"We will build the bridge," Tanner said.\n\n'
    "Mayor Ed Pryor conceded at 12:35 a.m. in a pub near the town hall.\n\n"
    '"I phoned Jo and congratulated her," Pryor said.\n\n'
)


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        # an evening's lede: the words said after midnight are of the next day
        (_ELECTION_NIGHT, ["2027-11-02", "2027-11-02", "2027-11-03"]),
        # a lede of the day's morning: its small hours are its own day's
        (_ELECTION_NIGHT.replace("10:50 p.m. Tuesday", "Tuesday morning"), ["2027-11-02", "2027-11-02", "2027-11-02"]),
    ],
)
def test_words_said_after_an_evening_ledes_midnight_are_of_the_next_day(text: str, said_on: list[str]) -> None:
    assert [q.said_on for q in extract(text, published="2027-11-03")] == said_on


@pytest.mark.parametrize(
    ("text", "previous", "expected"),
    [
        # "a day later", "the same day" in the text before count from the day named before it
        ("A day later the board met again", date(2025, 12, 8), date(2025, 12, 9)),
        ("The next morning the board met again", date(2025, 12, 8), date(2025, 12, 9)),
        ("The board met again the same day", date(2025, 12, 8), date(2025, 12, 8)),
        ("A day later the board met again", None, None),
    ],
)
def test_the_day_named_last_counts_a_lag_from_the_day_before(
    text: str, previous: date | None, expected: date | None
) -> None:
    assert day_named_last(text, REF, previous) == expected


_CHAIN = (
    "Levy row\n\nBy A Writer\n\nPORT ELLIS — The harbour board met on Monday to discuss the levy on trawlers.\n\n"
    "A day later, the board's chair Ida Strandmoe wrote to the trawler owners.\n\n"
    "The next morning she went on local radio.\n\n"
    '"The levy stays," Strandmoe told listeners.\n\n'
)


def test_a_chain_of_days_later_is_followed_back_to_the_day_named() -> None:
    # Monday, a day later (Tuesday), the next morning (Wednesday)
    assert [q.said_on for q in extract(_CHAIN, published="2025-12-11")] == ["2025-12-10"]


_MOVED_ON = (
    "Levy row\n\nBy A Writer\n\nPORT ELLIS — The harbour board's chair, Ida Strandmoe, said on Tuesday that the "
    "levy on trawlers would stay in place for the season.\n\n"
    "By Wednesday morning Strandmoe was more cautious. \"We may drop it,\" Strandmoe told radio listeners.\n\n"
    "\"It is a fair levy,\" said Tom Berg, a trawler owner.\n\n"
)


def test_a_day_the_sentence_before_gives_moves_the_story_off_the_ledes_day() -> None:
    # after Wednesday's words, an undated quote is no longer of the lede's Tuesday
    assert [q.said_on for q in extract(_MOVED_ON, published="2025-12-11")] == ["2025-12-09", "2025-12-10", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ông nói hôm thứ Năm rằng", date(2025, 12, 11)),
        ("bà nói vào Chủ nhật rằng", date(2025, 12, 7)),
        ("bà nói vào thứ ba rằng", date(2025, 12, 9)),  # in lower case after "vào"
        # lower case: the ordinal "fifth", no day; and a day to come
        ("lần thứ năm ông nói rằng", None),
        ("ông nói sẽ họp vào thứ Hai tuần sau", None),
    ],
)
def test_a_vietnamese_weekday(text: str, expected: date | None) -> None:
    found = find_time(text, len(text), REF)
    assert (found[1] if found else None) == expected


def test_the_previous_day_s_thing_is_no_day_counted_back() -> None:
    # "the previous day's vote" names a thing of that day, not the day the words were said
    assert find_time("Lind said the previous day's vote was a betrayal.", 3, REF, date(2025, 12, 9)) is None


def test_earlier_than_counts_no_days_back() -> None:
    # "earlier than" compares: no day is counted back from the day named before
    assert find_time("the vote was moved a week earlier than planned, he said", 3, REF, date(2025, 12, 9)) is None


@pytest.mark.parametrize(
    ("sentence", "opens", "by_day"),
    [
        ("By Tuesday evening, after a call with the governor, she had switched sides.", True, True),
        ("And by Wednesday lunchtime she had widened the net.", True, True),
        ("By yesterday morning the timetable had tightened.", True, True),
        ("But by last night the mood had changed.", True, True),
        ("On Tuesday, over the same phone line, the tally was smaller.", True, False),
        ("Then on Friday the figure grew.", True, False),
        # a deadline or a bound inside the sentence opens with no day
        ("The union said it would decide by Friday.", False, False),
        ("Andrea by then had left.", False, False),
    ],
)
def test_a_sentence_opening_with_the_day_the_story_moved_to(sentence: str, opens: bool, by_day: bool) -> None:
    assert (opens_with_day(sentence), by_a_day(sentence)) == (opens, by_day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "earlier this afternoon", "Earlier today": the story's own day, no vague "earlier"
        ("The mayor told me earlier this afternoon that the pool would stay shut.", REF),
        ("Earlier today she told the agency the talks were over.", REF),
        ("She said earlier this morning that the bridge was safe.", REF),
        # a vague "earlier" stays no day
        ("The mayor said earlier that the pool would stay shut.", None),
    ],
)
def test_earlier_today_is_the_story_s_day(text: str, expected: date | None) -> None:
    found = find_time(text, 4, REF)
    assert (found[1] if found else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The board put out a statement that night, which read as follows.",
        "Later that morning the club posted again.",
        "In a post that evening, Ostrava wrote to her followers.",
    ],
)
def test_a_part_of_that_day_is_the_day_named_before(text: str) -> None:
    tuesday = date(2025, 12, 9)
    found = find_time(text, 4, REF, tuesday)
    assert found is not None and found[1] == tuesday
    assert continues_the_day(text)


def test_that_day_s_part_is_no_day_without_one_named_before() -> None:
    assert find_time("The board put out a statement that night.", 4, REF) is None
    assert not continues_the_day("That nightclub said it would close.")


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause after no comma tells who the person is, not when the words were said
        "Ines Marr, the cyclist from Tolby whose video went round on Tuesday, has been talking to us.",
        "Ada Foss, a plumber who filed a claim against the firm on Monday, said he was owed money.",
        "The ferry's cook, who runs the galley and who spent Tuesday night bailing water, said it was fine.",
    ],
)
def test_a_relative_clause_after_no_comma_names_no_day_of_the_cue(text: str) -> None:
    at = text.index("has been") if "has been" in text else text.rindex("said")
    assert find_time(text, at, REF) is None


def test_a_relative_clause_holding_the_cue_keeps_its_day() -> None:
    text = "The warden who told reporters on Tuesday that the gates were shut was right."
    found = find_time(text, text.index("told"), REF)
    assert found is not None and found[1] == date(2025, 12, 9)


@pytest.mark.parametrize(
    "text",
    [
        "The coach has gone further this morning than she did last night.",
        "He told the crowd the march was now bigger than he had said on Tuesday.",
    ],
)
def test_a_comparison_with_what_someone_did_before_names_no_day(text: str) -> None:
    found = find_time(text, text.index("he"), REF)
    assert found is None or found[1] == REF


def test_the_weekday_after_the_is_a_day_looked_back_on() -> None:
    # the story's Thursday is "today": "on the Thursday" is the week before's
    found = find_time("On the Thursday she said 30 boats had been lost.", 17, REF)
    assert found is not None and found[1] == date(2025, 12, 4)
    # another weekday after "the": the last one before the story's day
    found = find_time("On the Tuesday she said 30 boats had been lost.", 16, REF)
    assert found is not None and found[1] == date(2025, 12, 9)


_THAT_MORNING = (
    "Tomas Verlin has fished out of Karsby for forty years and still mends his own nets by hand each winter.\n\n"
    "On the morning of 2 March the harbour master met the crews at the slipway.\n\n"
    "Verlin remembers the meeting well. The harbour master told them that morning that the "
    "slipway would stay open, Verlin said.\n\n"
    "On Tuesday evening the port authority met again. \"The slipway will close,\" read a statement "
    "it issued that night.\n"
)


def test_that_morning_is_a_day_its_own_paragraph_named() -> None:
    # "that morning" in a later paragraph takes no day an earlier paragraph named (Verlin speaks
    # now, of a morning gone); "that night" after "On Tuesday evening" in its paragraph is Tuesday
    said_on = [q.said_on for q in extract(_THAT_MORNING, published="2027-03-11")]
    assert said_on == [None, None, "2027-03-09"]


@pytest.mark.parametrize(
    "text",
    [
        # a weekday before a noun it modifies names that occasion's day: on its own weekday, the story's
        "Clothilde Tolvane said at the Thursday meeting that the pier would reopen.",
        "Clothilde Tolvane wrote in the Thursday edition of her parish letter that the pier would reopen.",
        "At the Thursday morning briefing Clothilde Tolvane said the pier would reopen.",
    ],
)
def test_a_weekday_before_its_noun_after_the_is_no_day_looked_back_on(text: str) -> None:
    found = find_time(text, text.index("said") if "said" in text else text.index("wrote"), REF)
    assert found is not None and found[1] == REF


@pytest.mark.parametrize(
    ("text", "cue", "day"),
    [
        # a restrictive clause of the cue's hearers, the only time of the sentence: the day of the words
        (
            "Clothilde Tolvane told anglers who met at the Quillby slipway on Monday that the pier would reopen.",
            "told",
            date(2025, 12, 8),
        ),
        (
            "Addressing walkers who gathered at the Skelbridge stile on Tuesday, Clothilde Tolvane said it was safe.",
            "said",
            date(2025, 12, 9),
        ),
    ],
)
def test_a_restrictive_clause_of_the_hearers_gives_the_day_no_other_time_gives(text: str, cue: str, day: date) -> None:
    found = find_time(text, text.index(cue), REF)
    assert found is not None and found[1] == day


def test_a_restrictive_clause_of_the_hearers_gives_way_to_another_time() -> None:
    text = "Yesterday Clothilde Tolvane told anglers who met at the slipway on Monday that the pier would reopen."
    found = find_time(text, text.index("told"), REF)
    assert found is not None and found[1] == date(2025, 12, 10)


def test_the_hearers_day_end_to_end() -> None:
    text = (
        "Anglers on the Quillby coast have waited all winter for the pier to reopen.\n\n"
        "Addressing anglers who gathered at the Quillby slipway on Tuesday, harbour warden Clothilde Tolvane "
        'said: "The pier opens in spring."\n'
    )
    assert [q.said_on for q in extract(text, published="2025-12-11")] == ["2025-12-09"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a restrictive clause in a person's aside is no hearers' clause, wherever the cue stands
        (
            '"We will manage," said Clothilde Tolvane, who runs the Quillby ferry and who spent Tuesday night '
            "bailing the hold.",
            "said",
        ),
        ("Clothilde Tolvane, the skipper from Quillby whose boat sank on Monday, has been speaking to us.", "Tolvane"),
    ],
)
def test_a_restrictive_clause_in_an_aside_gives_no_day_as_a_fallback(text: str, cue: str) -> None:
    assert find_time(text, text.index(cue), REF) is None


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        # a counted "days ago" of a relative clause about someone else's act dates that act
        ("Priya Dunmore, who joined the board three days ago, said the accounts were in order.", [None]),
        ("Oskar Vell, whose shop flooded five days ago, said the drains had not been cleared.", [None]),
        # the clause's own cue has its day, but it is not carried on to the main clause's words
        (
            "Brantley Mills, which warned four days ago that it would close a plant, said the decision was final.",
            ["2026-07-10", None],
        ),
        # tied to the cue, it is the day of speech
        ("Four days ago the harbour master insisted the channel was safe.", ["2026-07-10"]),
        ("The harbour master said four days ago that the channel was safe.", ["2026-07-10"]),
    ],
)
def test_days_ago_in_another_clause_is_not_the_day_of_speech(text: str, said_on: list[str | None]) -> None:
    assert [q.said_on for q in extract(text, published="2026-07-14")] == said_on


def test_a_yearly_document_does_not_take_its_author_s_day_before() -> None:
    text = (
        "Mayor Ivo Strand said on Monday that the ferry timetable would change in June.\n\n"
        "The mayor's latest annual letter to tenants said rents would stay the same."
    )
    quotes = extract(text, published="2027-05-20")
    rents = next(q for q in quotes if "rents" in q.text)
    assert rents.speaker is not None and rents.speaker.name == "Ivo Strand"
    assert rents.said_on is None


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (date(2025, 12, 10), date(2025, 12, 10)),  # the lede's words of the day before: filed the morning after
        (REF, REF),  # the dateline's own day
        (date(2025, 12, 8), REF),  # an earlier occasion the lede looks back on
        (None, REF),
    ],
)
def test_a_wire_filed_the_morning_after_tells_of_its_lede_s_day(lede: date | None, expected: date) -> None:
    assert filed_next_day(REF, lede) == expected


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # the day of a speech verb: said on it, or in the clause the verb opens
        ("The harbour master of Varno said on Wednesday the north pier would reopen soon.", date(2025, 12, 10)),
        ("The ferry operator announced a winter timetable for the Tarnvik route on Wednesday.", date(2025, 12, 10)),
        (
            "A gale shut the Varno quay on Tuesday. This is what the harbour master said on Wednesday.",
            date(2025, 12, 10),
        ),
        # an event's day: the words may be of any later day
        ("A gale tore the roof off the Varno ferry terminal on Wednesday night, leaving passengers stranded.", None),
        ("The Varno quay flooded on Wednesday, the harbour master said.", None),
        ("The ferry union, which warned on Wednesday of a strike, met the operator's board.", None),
        ("The harbour master of Varno said the north pier would reopen within a month.", None),  # no day
    ],
)
def test_lede_speech_day_is_a_speech_verb_s_day_not_an_event_s(lede: str, expected: date | None) -> None:
    assert lede_speech_day([lede], REF) == expected


def test_lede_speech_day_is_a_lede_day() -> None:
    # an event's day is still the lede's day (a dateline's story not filed by wire takes it)
    gale = "A gale tore the roof off the Varno ferry terminal on Wednesday night, leaving many stranded."
    assert lede_day([gale], REF) == date(2025, 12, 10)
