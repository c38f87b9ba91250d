"""Attribution: speakers for quote candidates (coreference), relays, and when it was said."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from dataclasses import replace as dataclass_replace
from datetime import date, timedelta

from onrecord.attribute.acronyms import bracketed_initials, defined_acronyms, definition_spans, spells
from onrecord.attribute.appositions import (
    apposed_role,
    apposition_head,
    named_before_cue,
    on_behalf,
    persons_named,
    repaired,
    self_named,
)
from onrecord.attribute.article_bodies import always_after_the, named_as_business
from onrecord.attribute.body_names import whole_body
from onrecord.attribute.channel_gate import ViaFacts, keeps_via, record, recording, shipped_gate, via_features
from onrecord.attribute.channel_names import same_outlet
from onrecord.attribute.channel_relays import sentence_span
from onrecord.attribute.channels import (
    Gazetteer,
    assign_channels,
    audience,
    inside_others,
    person_relays,
    relayed,
)
from onrecord.attribute.clips import clip_name, script_cue
from onrecord.attribute.clock_stamps import after_clock_stamp, is_live_blog, role_without_stamp
from onrecord.attribute.documents import document_day, read_from_document
from onrecord.attribute.entities import DOCUMENT_NOUNS, Entity, EntityTracker, abbreviates_office
from onrecord.attribute.first_names import disclosed_speaker, disclosures
from onrecord.attribute.heading_names import names_outside_headings
from onrecord.attribute.headings import DayMarks, day_marks, is_release
from onrecord.attribute.inner_speaker import relayed_speaker
from onrecord.attribute.introduced import introduced_before_pronouns
from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.ledes import lede_speakers
from onrecord.attribute.member_days import later_occasion, speaks_for
from onrecord.attribute.moved_days import day_moved_on
from onrecord.attribute.name_tails import described_bodies_to_names
from onrecord.attribute.occasions import occasion_day
from onrecord.attribute.organisations import article_organisations, is_business_name, is_business_role
from onrecord.attribute.original_names import original_name
from onrecord.attribute.orphan_cues import orphan_choices, orphan_speakers, record_orphans
from onrecord.attribute.outlet_days import OutletDays, told_outlet
from onrecord.attribute.own_outlet import own_outlet
from onrecord.attribute.own_words import owner_of_words, person_between, role_before
from onrecord.attribute.passing_days import in_passing
from onrecord.attribute.possessive_names import possessive_business
from onrecord.attribute.read_statements import read_for_client, statement_owner
from onrecord.attribute.relayed_days import relayed_day
from onrecord.attribute.role_holders import unnamed_roles_to_holders
from onrecord.attribute.salience import sentence_subject
from onrecord.attribute.salience import subjects as sentence_subjects
from onrecord.attribute.slug_days import in_an_undated_clip, slug_day
from onrecord.attribute.styles import styled_forms
from onrecord.attribute.turn_days import in_a_turn, relaying_turn, turn_tells_its_own_day
from onrecord.attribute.turn_labels import past_turn_label
from onrecord.attribute.voice_owners import voiced_body
from onrecord.attribute.when import (
    TimeExpression,
    after_midnight,
    afternoon_stamp,
    by_a_day,
    continues_the_day,
    day_named_last,
    earlier_occasions_out,
    filed_next_day,
    find_time,
    in_an_aside,
    lag_days,
    lede_at_night,
    lede_day,
    lede_speech_day,
    names_today,
    on_an_occasion,
    opens_with_day,
    outside_clauses,
    own_time,
    present_perfect,
    present_tense,
    reference_date,
    relative_to_previous,
)
from onrecord.clean.language import unread_language
from onrecord.clean.unread_dates import names_the_days_date, weekday_heard
from onrecord.dates import MONTHS, WEEKDAYS, find_dates, to_date
from onrecord.extract.candidates import Analysis, Candidate
from onrecord.extract.caseless_unread import caseless_text
from onrecord.extract.foreign import LANGUAGES
from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import Sentence, paragraph_spans
from onrecord.extract.tails import tail_start
from onrecord.extract.transcript import find_turns
from onrecord.model import ArticleSpeaker, Quote, Span, SpeakerRef
from onrecord.spans import mask_pieces

__all__ = ["ArticleContext", "attribute"]

_BARE_REACH = 2  # paragraphs back a bare quote may look for its speaker


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What attribution needs to know about the article besides its text."""

    article_id: str
    published: str | None = None
    dateline: str | None = None
    source: str | None = None
    outlet: str | None = None
    language: str | None = None
    place: str | None = None
    wire: str | None = None  # the agency whose story a paper's copy is (Article.syndicated_from)


def quote_id(article_id: str, start: int, end: int) -> str:
    """A stable id for the quote at ``start:end`` of an article."""
    digest = hashlib.sha1(f"{article_id}\x00{start}\x00{end}".encode()).hexdigest()
    return f"q{digest[:15]}"


def attribute(analysis: Analysis, context: ArticleContext) -> tuple[list[Quote], list[ArticleSpeaker]]:
    """Resolve every candidate's speaker, relay and date.

    Returns:
        The quote records (offsets index ``analysis.text``) and the article's speakers.
    """
    text = analysis.text
    organisations = article_organisations(text)
    tracker = EntityTracker(text, organisations)
    datelined = dateline_places(text, context)
    blocked = not_speakers(text, context, datelined)
    # a cue's subject may be a country ("Russia said"); a name read from around a quote, as in
    # the other languages, may not, and the dateline's place and the outlet never speak
    subjects = blocked if context.language in LANGUAGES else _place_and_outlet(text, context)
    for c in analysis.candidates:
        if c.mention is not None and _blocked(c.mention, subjects):
            c.mention = None  # the quote's speaker is not named here
    names = [m for m in analysis.names if not _blocked(m, blocked)]
    names = [possessive_business(m, text) or m for m in names]  # "according to Halloran's."
    names = names_outside_headings(names, text)  # "Harbour Outage Sparks Surge": a heading's words
    for c in analysis.candidates:
        if c.mention is not None and c.frame != "turn":
            c.mention = past_turn_label(c.mention, text)  # "REPORTER (V/O): The board, KWB, said"
        if c.mention is not None and c.mention.kind == "other":
            c.mention = _proper_elsewhere(c.mention, text)
        if c.mention is not None:
            c.mention = apposition_head(c.mention, text)  # "X, Y's biggest lender, said": X
        if c.mention is not None and c.cue:
            c.mention = named_before_cue(c.mention, text, c.cue[0])  # "The surgeon who ..., Ada Pell, said"
            c.mention = on_behalf(c.mention, text, c.cue)  # "X read a statement on behalf of Y": Y's words
            c.mention = read_for_client(c.mention, text, c.cue)  # "X, lawyer for Y, read ... on her client's behalf"
            c.mention = statement_owner(c.mention, text, c.cue)  # "A note from him was read ... by X: '...'"
        if c.mention is not None:
            c.mention = possessive_business(c.mention, text, c.cue)  # "Brannigan's said": the shop
        if c.mention is not None:
            c.mention = self_named(c.mention, text)  # "A group calling itself X said"
            c.mention = voiced_body(c.mention)  # "A KRB spokesman said": the KRB's words
        if not c.bare and (clipped := _clip_mention(text, c)) is not None:
            c.mention = clipped  # 'ASTON: Insp Ada Lind' above 'SOT: "..."': the clip is hers
        elif c.mention is not None and script_cue(text, c.mention.start, c.mention.text):
            # 'GFX (statement): "..."': a graphic of words the script's story gave someone before
            c.mention, c.bare = None, True
    acronyms = defined_acronyms(text)
    defined = definition_spans(text)
    # "Metalworkers" of "Shipbuilders' and Metalworkers' Union (SMU)": a piece of a body's name
    names = [n for m in names if not _piece_of(m, defined) for n in persons_named(m, acronyms)]
    for c in analysis.candidates:
        if c.mention is not None:
            c.mention = whole_body(repaired(c.mention, acronyms), text, organisations)
    names = [whole_body(m, text, organisations, joined=False) for m in names]
    if acronyms:  # "ADU" is the "Aldmark Dockworkers' Union (ADU)" the article spelled out
        names = [_spelled_out(m, acronyms) for m in names]
        for c in analysis.candidates:
            if c.mention is not None:
                c.mention = _spelled_out(c.mention, acronyms)
    names.extend(_given_names_only(analysis, names))
    names = [apposed_role(m, text) for m in names]
    events: list[tuple[int, int, object]] = [(m.start, 0, m) for m in names]
    for c in analysis.candidates:
        pos = c.mention.start if c.mention is not None else (c.cue[0] if c.cue else c.start)
        events.append((pos, 1, c))
    inside = [(q.open, q.close) for q in analysis.quotes]
    spans = [(s.start, s.end) for s in analysis.sentences if not any(a < s.start < b for a, b in inside)]
    events.extend((at, 2, (name, role)) for at, name, role in sentence_subjects(text, spans))
    if context.language in {None, "en"}:
        # "For Ada Brill, a researcher, the case fits a pattern. She has ...": the person a sentence
        # of the writer's introduces right before a pronoun of her gender is its subject
        pronouns = [c.mention.start for c in analysis.candidates if c.mention and c.mention.kind == "pronoun"]
        cues = [c.cue[0] for c in analysis.candidates if c.cue]
        events.extend((at, 2, (name, None)) for at, name in introduced_before_pronouns(text, spans, pronouns, cues))
    events.sort(key=lambda e: (e[0], e[1]))
    ref = reference_date(context.published, context.dateline)
    marks = day_marks(text, ref)
    # each quote's reference day: its live-blog entry's, a transcript's recording day (its header's:
    # "this afternoon" in a turn is that day's), else the article's
    recorded = to_date(marks.header) if any(c.frame == "turn" for c in analysis.candidates) else None
    entry_refs = {id(c): _entry_day(marks, c) or recorded or ref for c in analysis.candidates}
    times = {id(c): _explicit_time(analysis, c, entry_refs[id(c)], context.language) for c in analysis.candidates}
    speakers: dict[int, Entity | None] = {}
    by_mention: dict[tuple[int, int], Entity] = {}  # one mention, one speaker
    holding = _Holding(analysis.candidates)
    named: list[tuple[Mention, Entity]] = []  # each name mention and whom it names
    for pos, kind, item in events:
        if kind == 0:
            seen = tracker.observe(item)  # type: ignore[arg-type]
            if seen is not None:
                named.append((item, seen))  # type: ignore[arg-type]
            continue
        if kind == 2:
            subject: tuple[str, str | None] = item  # type: ignore[assignment]
            tracker.subject(subject[0], pos, subject[1])
            continue
        candidate: Candidate = item  # type: ignore[assignment]
        if candidate.bare:
            clip = _clip_speaker(text, candidate, tracker)
            if clip is not None:
                # "[SOT: ADA LIND, HARBOUR MASTER]" over a clip: she has the floor, and "She said"
                # after it in the script is hers
                tracker.spoke(clip[0], candidate.end, None)
            continue
        channel = audience(text, candidate)
        around = holding(candidate.cue[0]) if candidate.cue else []
        # the quotes whose words hold the cue (its speaker is reported by theirs)
        outers = _holding_the_cue(candidate, around)
        # "He told me ..." in someone's words: the one told is that speaker, the teller another
        teller = _told_the_speaker(text, candidate, outers, speakers, tracker)
        entity = _named_in_words(candidate, outers, speakers, named)
        owner = owner_of_words(candidate, outers, speakers) if entity is None and teller is None else None
        unnamed = False  # the pronoun means a person the words named and did not name ("my son")
        if owner is not None and candidate.mention is not None:
            # "CALLER: The minister was on and he said C": the office the caller's words gave, else
            # anyone but the caller
            teller = owner
            words_from = min(o.start for o in outers if speakers.get(id(o)) is owner)
            office = role_before(text, candidate.mention, words_from)
            entity = tracker.resolve(office, pos, channel, relayed=True) if office is not None else None
            # ("CALLER: The minister came. My son stayed, and he said C": the son, no one named)
            unnamed = office is None and person_between(text, candidate.mention, words_from)
        if entity is None and teller is None:
            entity = _outer_speaker(candidate, outers, speakers)
        mention = candidate.mention
        # "She said X, adding: '...'": the second quote hangs on the same "she" before it, who by
        # now has spoken past it; she is who she was for the first
        # (so is a description's: "The Dutch-born star ... said X, but admitted Y")
        shared = mention is not None and mention.kind in {"pronoun", "other"} and mention.end <= candidate.start
        if entity is None and shared and mention is not None:
            entity = by_mention.get((mention.start, mention.end))
        # a cue inside another quote's words: its speaker is reported by that quote's
        in_words = bool(outers)
        if entity is None and not unnamed:
            entity = tracker.resolve(candidate.mention, pos, channel, relayed=in_words, besides=teller)
        tagged = candidate.tagged_source
        if entity is None and not unnamed and tagged is not None and not _blocked(tagged, subjects):
            # the rules' mention names nobody: the learned tagger's source for the same content
            entity = tracker.resolve(tagged, pos, channel)
            if entity is not None:
                candidate.mention = tagged
        speakers[id(candidate)] = entity
        if entity is not None and not in_words:
            # (one whose words another relays has not taken the floor: "'The judge promised us ...,' he
            # added": the judge is reported, "he" is still the relay)
            tracker.spoke(entity, max(pos, candidate.end), channel)
            if shared and mention is not None:
                by_mention.setdefault((mention.start, mention.end), entity)
    holders = tracker.later_holders()
    for cid, entity in list(speakers.items()):
        if entity is not None and entity.key in holders:
            speakers[cid] = holders[entity.key]  # the role's holder, named later in the article
    unnamed_roles_to_holders(analysis.candidates, speakers, tracker.described_anywhere)
    # "the police fraud unit says": the one body whose name ends in those words
    described_bodies_to_names(text, analysis.candidates, speakers, tracker.body_named)
    lede_speakers(analysis, speakers, tracker)
    if context.language not in LANGUAGES:
        # "Sen. Ivo Marten, R-Okla., who chairs the panel, said ...": a subject read as nobody
        orphans = orphan_choices(
            text,
            analysis.candidates,
            speakers,
            named,
            analysis.sentences,
            analysis.sentence_at,
            inside_others(analysis.candidates),
        )
        # (while the trainer records the choices, none is taken: its features stay the rules' own)
        picks = {} if record_orphans(context.article_id, analysis.candidates, orphans) else orphan_speakers(orphans)
        for c in analysis.candidates:
            picked = picks.get(id(c))
            if picked is not None:
                speakers[id(c)] = picked.entity
                if picked.mention is not None:
                    c.mention = picked.mention
    # copy in a script without capitals and a language with no data names people onrecord cannot
    # read: a paragraph of its own may well name another speaker than the last one read
    unread_caseless = context.language is None and caseless_text(text) and unread_language(text)
    named_near = _attribute_bare(analysis, speakers, tracker, 0 if unread_caseless else _BARE_REACH)
    for c in analysis.candidates:
        if c.bare and id(c) in named_near and times[id(c)] is None and named_near[id(c)][0] >= c.end:
            # '"...." That was the message from the minister, X, on Tuesday.': the day the
            # sentence that names the speaker after the words gives
            found = _naming_time(analysis, named_near[id(c)][0], entry_refs[id(c)], context.language)
            if found is not None and found[0] == "day" and found[1] is not None:
                times[id(c)] = found  # (a day only: "He says ..." after the words dates nothing)
    person_relays(analysis.candidates, speakers, holding, text, analysis)
    # the outlet "this newspaper" and a transcript's turns mean: metadata's, else the header's
    reports: set[int] = set()
    transcript = any(c.frame == "turn" for c in analysis.candidates)
    # a script whose every turn asks (an anchor and reporters) is a transcript still for its days
    turned = transcript or bool(find_turns(text))
    origins: dict[int, str] = {}
    channels, outlets = assign_channels(
        analysis,
        speakers,
        # a paper's copy of a wire story: "told this agency", a transcript's channel, are the wire's
        own_outlet(text, context.wire or context.outlet, transcript=transcript),
        audience_of=lambda c: audience(text, c),
        # ("Later that morning she posted again: '...'": the day named before, on the same channel)
        dated=lambda c: times[id(c)] is not None and not _continues_the_day(analysis, c),
        dateline=context.dateline,
        reports=reports,
        people=tracker.entities,
        language=context.language,
        places=datelined,
        origins=origins,
    )
    gate = shipped_gate()
    collecting = recording()  # (the trainer's collector: see channel_gate.record)
    via_counts: dict[str, int] = {}
    for name in channels.values():
        if name is not None:
            via_counts[name] = via_counts.get(name, 0) + 1

    last_day: dict[str, str] = {}  # by speaker id: the league and the NPL of one article are one
    aside_at: dict[str, int] = {}  # by speaker id: the sentence of an aside that dated the speaker last
    cue_sentences = {analysis.sentence_at(c.cue[0]) for c in analysis.candidates if c.cue is not None}
    paragraphs = [text[s:e] for s, e in paragraph_spans(text)]
    wire_day = _dateline_day(context.dateline, ref)
    if wire_day is not None:
        # "DARLEY, 11 March (Wire) - ... the engineer said on Wednesday": a wire filed the day after
        # the words its lede dates tells of that day, which its undated quotes take
        # (an event's day in the lede, "A storm tore the roof off ... on Tuesday night", is no day of words)
        lede_words = lede_speech_day(paragraphs, ref)
        wire_day = filed_next_day(date.fromisoformat(wire_day), lede_words).isoformat()
    quotes: list[Quote] = []
    story_day = wire_day  # the day the story has reached: the last day a quote stated
    first_day = lede_day(paragraphs, ref) if wire_day is None else None
    lede = first_day.isoformat() if first_day is not None else None
    # an evening's lede ("after 11:30 p.m. Tuesday"): words said after midnight are of the next day
    next_day = (first_day + timedelta(days=1)).isoformat() if first_day and lede_at_night(paragraphs) else None
    paragraph = -1
    undated: list[int] = []  # the quotes nothing dates, said as the article reports (see _same_day_report)
    # the day of the date line of an article in a language onrecord has no data for
    unread_day = to_date(context.published) if context.language is None and unread_language(text) else None
    scenes = _scene_days(analysis, ref) if wire_day is None else []
    body_days: dict[int, tuple[Entity, str]] = {}  # by sentence: a speaker's statement dated there, and its day
    outlet_days = OutletDays()  # the named days each speaker spoke to an outlet (see outlet_days)
    deictic: list[tuple[int, date]] = []  # undated quotes whose own words say "today" (see _says_its_day)
    for c in sorted(analysis.candidates, key=lambda c: c.start):
        entity = speakers.get(id(c))
        time = times[id(c)]
        if time is None and c.mention is not None and _YEARS_DOCUMENT.search(c.mention.text):
            time = ("year", None, c.mention.start)  # "According to a 2026 report, ...": of that year, no day
        while scenes and scenes[0][0] < c.start:
            # "At the school gates this morning, the mood was tired.": the story moves to the day of
            # the scene it sets, the lede's again or another
            story_day = scenes.pop(0)[1]
        if wire_day is not None and analysis.sentences:
            # a wire story's paragraph tells of the day it files unless it names another: the
            # day an earlier paragraph moved to is not carried into the next
            start = analysis.sentences[analysis.sentence_at(c.start)]
            if start.paragraph != paragraph:
                paragraph = start.paragraph
                if not _named_before(entity, text, _paragraph_start(analysis, paragraph)):
                    story_day = wire_day
        # "..., two days after saying ...": an earlier occasion's day, carried on to no later quote
        # ("The mayor's most recent annual letter said": a document of its own occasion, no day told)
        standing = _standing_document(c)
        looks_back = (
            c.past_perfect
            or _lagged(analysis, c)
            or _in_a_tail(analysis, c)
            or _occasion_only(analysis, c, time)
            or standing
        )
        # "dropping her promise of Friday that ...": a day told in passing, which the story does not
        # move to when its speaker already has one (see passing_days)
        passing = in_passing(text, c.cue) and _day_key(entity, tracker.entities) in last_day
        if (
            time is not None
            and time[0] == "day"
            and time[1] is not None
            and not (looks_back or passing)
            and entity is not None
        ):
            # "On Thursday, the captain had told reporters ...": a look back, the story stays on its day;
            # so does a line no speaker is found for (an anonymous source, a stray clause)
            story_day = time[1].isoformat()
        # a report's or a relaying person's words: their day is not ours
        second_hand = id(c) in reports or relayed(c, text)
        via = channels.get(id(c))
        if second_hand and outlets.channel_kind(via) != "person" and _before_cue(analysis, c, time, via):
            time = None  # "The Courier on Wednesday quoted Ruiz as saying ...": the report's day, not hers
        cue_words = text[c.cue[0] : c.cue[1]].strip() if c.cue else ""
        if entity is not None and not _a_person(entity) and _REPORTED.fullmatch(cue_words) and _reports(text, c):
            # "Radio Lorn reported that Ada Vell would not stand": the words a medium reports
            # of a person its clause opens with are hers, the medium their channel
            opener = _person_opening(c, entity, named, text, tracker.entities)
            if opener is not None:
                medium = entity
                c.mention, entity = opener
                speakers[id(c)] = entity
                reach = max(c.end, c.cue[1]) if c.cue else c.end
                for d in analysis.candidates:
                    if d is not c and c.start <= d.start and d.end <= reach and speakers.get(id(d)) is medium:
                        # 'Ada Vell said cells "can burn", the agency reported': the words quoted
                        # inside hers took the medium from her report, and are hers as well
                        speakers[id(d)] = entity
        if (
            via is not None
            and entity is not None
            and (_names(entity, via) or abbreviates_office(via, entity))
            and not (_known_medium(entity, via, outlets) and not _reports(text, c))
        ):
            # "Clinton says ...", "According to the Palace, ...", "Radio Lorn reported that ...":
            # nobody is their own channel (a medium read as the speaker of words it did not report
            # itself, "According to the Tidende, the harbourmaster said ...", is the speaker read
            # wrong, and keeps its channel)
            via = None
        elif via is not None and entity is not None and _names(entity, via):
            # the medium read wrong: the one it relays, named beside it ("X told the daily Y that")
            inner = relayed_speaker(analysis, c, entity, named, lambda e: not _medium_or_blocked(e, outlets, blocked))
            cited = _cited_unnamed(text, c) if inner is None else None
            if inner is not None:
                c.mention, entity = inner
                speakers[id(c)] = entity
            elif cited is not None:
                # "X reported, citing two officials, that C": the medium relays sources it does not
                # name; they speak, unnamed, and the medium is the channel, not the speaker too
                c.mention, entity = cited, None
                speakers.pop(id(c), None)
        if via is not None and via.casefold() in _CALENDAR_WORDS:
            via = None  # "told his radio audience of Monday": a day is nobody's channel
        via_kind = outlets.channel_kind(via)
        present = present_tense(text[c.cue[0] : c.cue[1]] if c.cue else "")
        perfect = c.cue is not None and present_perfect(text[: c.cue[0]], text[c.cue[1] : c.cue[1] + 20])
        if perfect:
            present, time = True, None  # "the union has said": a position held to now, of no day
        day_key = _day_key(entity, tracker.entities)
        # "Harlow Rail, which announced two days ago that ..., said ...": the day of an aside
        # between commas is not carried on to the words of its own sentence's main clause, which
        # the sentence sets apart from it (a later sentence may go on with it)
        sentence_index = analysis.sentence_at(c.cue[0]) if c.cue is not None else -1
        aside = day_key is not None and _in_an_aside(analysis, c)
        held = None
        if day_key is not None and aside_at.get(day_key) == sentence_index and not aside:
            held = last_day.pop(day_key, None)
        kept_day = last_day.get(day_key) if passing and day_key is not None else None
        said_on, said_on_source = _said_on(c, time, day_key, last_day, second_hand, present, looks_back)
        if kept_day is not None and day_key is not None:
            last_day[day_key] = kept_day
        if held is not None:
            last_day.setdefault(day_key or "", held)
        if day_key is not None and said_on_source == "stated" and not looks_back:
            if aside:
                aside_at[day_key] = sentence_index
            else:
                aside_at.pop(day_key, None)
        if standing and said_on_source == "context":
            said_on, said_on_source = None, None  # (its author's day before is not the document's)
        if (
            said_on_source in (None, "context")
            # ("She had also said ...": more of the occasion the sentence before dated, however far back)
            and not ((_vague(c, time) and not (c.past_perfect and time is None and _also(analysis, c))) or standing)
            and entity is not None
            and not present
        ):
            # ("she says": a feature's interview, not the day the sentence before tells of)
            # ("wrote to the crew tonight" in a blog's post: the night of the post's day)
            # (a person who relays words tells of the day they were said to him: "X rang me at six this
            # morning. He told me ...")
            told = not second_hand or outlets.channel_kind(via) == "person"
            before = _preceding_day(analysis, c, entity, entry_refs[id(c)], cue_sentences) if told else None
            if before is not None:
                said_on, said_on_source = before, "preceding"
                last_day[day_key or entity.id] = before
                if not looks_back:
                    story_day = before  # "By Wednesday morning she was more cautious. '...,' she said"
        slugged = (
            slug_day(text, c.start, to_date(marks.record or "") or ref)
            if said_on_source in (None, "context") and c.frame != "turn" and not looks_back
            else (False, None)
        )
        if slugged[0]:
            # "[SOT: Ada Lind / Harbour Master - recorded Mon 4 Oct]": the clip beneath is of the day
            # its slug gives, not the script's air date (an undated slug's, in a script that dates
            # its clips, of none)
            said_on, said_on_source = slugged[1], "slug" if slugged[1] else None
        elif said_on_source in (None, "context") and not _vague(c, time):
            # ("REPORTER: I have just spoken to the mayor, who expects ...": words a turn relays
            # were said the day the transcript records, when nothing else dates them)
            turn = relaying_turn(analysis.candidates, c, text) if said_on is None and not looks_back else None
            nested = turn is not None and turn_tells_its_own_day(text, turn, c, entry_refs[id(c)])
            layout = marks.turn_day() if c.frame == "turn" or nested else marks.heading_day(c.start)
            if layout is not None:
                said_on, said_on_source = layout, "header" if c.frame == "turn" or nested else "heading"
            elif said_on is None and marks.release is not None:
                said_on, said_on_source = marks.release, "release"
            elif (
                said_on is None
                and marks.record is not None
                and not (turned and (present or in_a_turn(text, analysis.candidates, c)))
            ):
                # the minutes of a meeting ("Date: Tuesday, April 13, 2027"): its words were said that day;
                # so are a broadcast script's clips between its labelled lines ("TX: 07/09/2027"), not
                # the voice-over's "residents say ..." between them
                said_on, said_on_source = marks.record, "header"
        script_day = to_date(marks.record or "") or ref
        if said_on is None and c.frame != "turn" and not looks_back and in_an_undated_clip(text, c.start, script_day):
            # "[SOT — ADA LIND, HARBOUR MASTER]" in a script none of whose slugs dates its clip:
            # the day's sound, of the day the script airs
            said_on, said_on_source = script_day.isoformat() if script_day else None, "slug"
        if said_on is None and via is None and not (present or second_hand or looks_back or _vague(c, time)):
            # "The PWRA said on Wednesday that ... Its director-general said ...": the body's officer
            # speaks on the occasion the sentence before dated the body's statement
            spoke_for = _member_day(analysis, c, entity, body_days)
            if spoke_for is not None:
                said_on, said_on_source = spoke_for, "preceding"
                if day_key is not None:
                    last_day.setdefault(day_key, spoke_for)  # ("..., she told the briefing": that occasion still)
        outlet_kind = via_kind in ("outlet", "wire")
        if (
            said_on is None
            and second_hand
            and outlet_kind
            and via is not None
            and day_key is not None
            and time is None
            and not (present or looks_back)
        ):
            # "Ivo Marsh told the Fenland Post on Thursday ... '...,' the Post quoted him as saying":
            # an outlet relaying its own dated exchange with the speaker, of that exchange's day
            carried = outlet_days.relayed_day(day_key, via)
            if carried is not None:
                said_on, said_on_source = carried, "context"
        if day_key is not None:
            outlet_days.heard(day_key)
        if (
            said_on_source == "stated"
            and said_on
            and outlet_kind
            and via
            and day_key
            and c.cue is not None
            and not (second_hand or looks_back or present)
            and told_outlet(text[c.cue[0] : c.cue[1]], text[c.cue[1] : c.cue[1] + len(via) + 30], via)
        ):
            # ("told the Post on Thursday": an exchange with the outlet; not "according to the Post")
            outlet_days.spoke(day_key, via, said_on)
        # (not "the FSC says pensioners, hit on Monday night, ...": a standing position, of no day)
        if said_on_source == "stated" and said_on and entity and c.cue and not (looks_back or present):
            body_days[analysis.sentence_at(max(c.end, c.cue[1]))] = (entity, said_on)
        dated_by_article = _dated_by_article(c, time, second_hand) and not perfect
        # words heard through another outlet's interview or a platform's post ("..., the headman told
        # the regional newspaper Delta Morning") are of that interview's or that post's day, which the
        # dateline does not tell (the wire's own interview is of its day: a wire's name, or the own)
        own_name = outlets.own
        elsewhere = (
            via is not None
            and via_kind in ("outlet", "platform")
            and not (own_name is not None and same_outlet(via, own_name))
        )
        if (
            said_on is None
            and wire_day is not None
            and story_day == wire_day
            and dated_by_article
            and not elsewhere
            and not present  # "X says": a standing position, of no day, in a wire's copy as in any other
            and not standing
        ):
            # after "On Wednesday, Peskov said ...", an undated quote may be of Wednesday too
            said_on, said_on_source = wire_day, "dateline"
        elif (
            said_on is None
            and lede is not None
            and story_day in (None, lede)
            and dated_by_article
            and not (present or standing)
            and via_kind not in ("outlet", "wire")  # an interview's day is its own
        ):
            # the occasion the lede reports ("confirmed on Tuesday"): its undated quotes are of that day
            said_on, said_on_source = lede, "lede"
            if next_day is not None and after_midnight(_told_before(analysis, c)):
                said_on = next_day  # "Haskett conceded at 12:24 a.m. ... 'I called her,' Haskett said"
        lag = _lag(analysis, c)
        if lag and said_on is not None and said_on_source != "stated" and (time is None or time[0] != "day"):
            # "To recap: two days after telling the Assembly ...": that many days before the day
            # the text is on, though its sentence names none
            said_on = (date.fromisoformat(said_on) - timedelta(days=lag)).isoformat()
        if said_on is None and not second_hand:
            # "The central passage of the judgment reads: '...'": a document's words, of the day
            # the report says it was handed down ("a written judgment handed down on Tuesday")
            read = _document_day(analysis, c, ref)
            if read is not None:
                said_on, said_on_source = read, "document"
        if said_on is None and time is None and not second_hand and not present and not looks_back:
            # "At Tuesday's meeting, she said ... '...,' he said at the meeting": the day the story
            # gave that occasion when it last named it
            met = _occasion_day(analysis, c, entry_refs[id(c)])
            if met is not None:
                said_on, said_on_source = met, "occasion"
        if said_on is None and time is None and not present and not looks_back:
            # "She rang me on Monday night. She told me, '...'": words quoted inside another's quote
            # or turn, of the day the one who quotes them gives the call
            heard_on = _relayed_day(analysis, c, entry_refs[id(c)])
            if heard_on is not None:
                said_on, said_on_source = heard_on, "preceding"
        if said_on is None and unread_day is not None and time is None and not second_hand:
            # a language with no data: its sentence names a weekday by its sound in another
            # language ("... seshanba kuni ...", on Tuesday), the last one up to the article's day
            heard = _weekday_heard(analysis, c, ref)
            if heard is not None:
                said_on, said_on_source = heard.isoformat(), "stated"
        if said_on is None and dated_by_article and not (present or standing) and not _own_time(analysis, c, ref):
            undated.append(len(quotes))
        elif (
            said_on is None
            and unread_day is not None
            and c.cue is None
            and time is None
            and not second_hand
            and _names_date_line_day(analysis, c)
        ):
            # a language with no data: its sentence names the day as the date line does
            # ("ngoLwesithathu" under "Ulwesithathu, 12 Meyi 2027")
            said_on, said_on_source = unread_day.isoformat(), "dateline"
        if said_on is None and _says_its_day(text, c, time, second_hand):
            own_day = entry_refs[id(c)]
            if own_day is not None and {lede, story_day} <= {None, own_day.isoformat()}:
                # (not in a story whose lede or last dated quote tells of another day: a weekly's
                # "today" is the day of its scene, which nothing else names)
                deictic.append((len(quotes), own_day))
        if via is not None and (gate is not None or collecting):
            # the learned gate: a channel the rules read that it judges wrong is left null (its day stays)
            facts = ViaFacts(
                c.start,
                c.end,
                sentence_span(analysis, c) if analysis.sentences else (c.start, c.end),
                c.cue,
                via,
                via_kind,
                origins.get(id(c)),
                outlets.own is not None and same_outlet(via, outlets.own),
                c.kind,
                c.frame,
                c.bare,
                second_hand,
                transcript,
                via_counts.get(channels.get(id(c)) or via, 1) - 1,
                len(analysis.candidates),
                knowledge().channel_kind(via) is not None,
                entity.kind if entity is not None else None,
                context.language is not None and context.language != "en",
                c.cue_lemma,
            )
            features = via_features(text, facts)
            record(quote_id(context.article_id, c.start, c.end), features)
            if gate is not None and not keeps_via(features, gate):
                via, via_kind = None, None
        via_and_kind = (via, via_kind)
        quotes.append(_record(text, c, entity, said_on, context, via_and_kind, said_on_source, named_near.get(id(c))))
    if wire_day is None:
        _same_day_report(quotes, undated, afternoon_stamp(context.published))
    for i, day in deictic:
        if quotes[i].said_on is None:
            # "'We've had forty calls since eight o'clock this morning,' a pharmacist told the site":
            # words that say "this morning" were said on the story's day
            quotes[i] = dataclass_replace(quotes[i], said_on=day.isoformat(), said_on_source="words")
    spoken = {id(e) for e in speakers.values() if e is not None}
    for acronym, full in acronyms.items():
        for e in tracker.entities:
            if e.kind == "organisation" and e.name.casefold() == full.casefold():
                e.forms.add(acronym)
    return quotes, _article_speakers([e for e in tracker.entities if id(e) in spoken], text)


# a document its year dates ("a 2026 KTRB report", "its 2025 annual survey"): no day of the story's
_YEARS_DOCUMENT = re.compile(
    r"\b(?:19|20)\d\d\s+(?:[\w’'-]+\s+){0,3}?(?:report|study|survey|review|audit|assessment|bulletin)s?\b", re.I
)


_EARLIER_WORDS = re.compile(r"\b(?:had|would|will|'d|due|expected|scheduled|since|until)\b", re.I)


def _says_its_day(text: str, c: Candidate, time: TimeExpression | None, second_hand: bool) -> bool:
    """Whether a direct quote's own words name the day they were said ("We've had forty calls
    since eight this morning", "We are out today"): the speaker's today is the story's, unless
    the quote came second-hand, an earlier occasion ("had said") or a vague time ("last week")
    tells of it."""
    if c.kind != "direct" or c.past_perfect or second_hand or (time is not None and time[0] != "day"):
        return False
    return any(names_today(text[a:b]) for a, b in c.pieces)


def _scene_days(analysis: Analysis, ref: date | None) -> list[tuple[int, str]]:
    """The days the story's sentences of narrative (no quote, no cue, no one named) set their scene
    on ("At the school gates this morning, the mood was tired rather than angry."), by offset: the day
    the story has moved to for the quotes after them. Not a look back or ahead ("had", "will",
    "since"), nor a sentence naming two days or a vague time."""
    if ref is None:
        return []
    busy = [(o.start, o.end) for o in analysis.candidates] + [o.cue for o in analysis.candidates if o.cue]
    out: list[tuple[int, str]] = []
    for s in analysis.sentences:
        if any(a < s.end and b > s.start for a, b in busy) or not _names_nobody(analysis, s.start, s.end):
            continue
        sentence = analysis.text[s.start : s.end]
        if not opens_with_day(sentence) or _EARLIER_WORDS.search(sentence):
            continue
        day = day_named_last(sentence, ref)
        if day is not None:
            out.append((s.start, day.isoformat()))
    return out


def _told_before(analysis: Analysis, c: Candidate) -> str:
    """The text that tells of a quote's occasion: from the sentence before its first one to its
    end or its cue's, whichever comes last."""
    first = analysis.sentence_at(min(c.start, c.cue[0]) if c.cue else c.start)
    start = analysis.sentences[max(0, first - 1)].start if analysis.sentences else 0
    return analysis.text[start : max(c.end, c.cue[1]) if c.cue else c.end]


def _framing(analysis: Analysis, c: Candidate) -> str:
    """The sentences of quote ``c`` with its quoted words left out (:func:`mask_pieces`): what the
    writer says around them. Needs ``analysis.sentences``."""
    first, last = analysis.sentence_at(c.start), analysis.sentence_at(max(c.start, c.end - 1))
    start, end = analysis.sentences[first].start, analysis.sentences[last].end
    return mask_pieces(analysis.text, start, end, list(c.pieces))


def _names_date_line_day(analysis: Analysis, c: Candidate) -> bool:
    """Whether the sentence of quote ``c``, its quoted words left out, names a word of the date
    line that stands apart from its numbers (:func:`onrecord.clean.unread_dates.names_the_days_date`)."""
    if not analysis.sentences:
        return False
    return names_the_days_date(analysis.text, _framing(analysis, c))


def _weekday_heard(analysis: Analysis, c: Candidate, ref: date | None) -> date | None:
    """The weekday the sentence of quote ``c``, its quoted words left out, names by ear
    (:func:`onrecord.clean.unread_dates.weekday_heard`), as a day up to ``ref``."""
    if ref is None or not analysis.sentences:
        return None
    return weekday_heard(_framing(analysis, c), ref)


def _own_time(analysis: Analysis, c: Candidate, ref: date | None) -> bool:
    """Whether the sentences of a quote place it in a time of their own (:func:`own_time`): "told
    Radio Alder in a 2021 interview that ...", "said last month": no words of the article's day."""
    if ref is None or not analysis.sentences:
        return False
    return own_time(_framing(analysis, c), ref.year)


def _same_day_report(quotes: list[Quote], undated: list[int], stamp: date | None) -> None:
    """Date the quotes at ``undated`` (said as the article reports, nothing of their own to date
    them) with the day of an afternoon's or evening's publication stamp (``stamp``: see
    :func:`afternoon_stamp`), when no quote of the article has a day: a report filed the evening
    its words were said ("Bernier said afterwards" under a match report stamped 19:48). An article
    that names another day for any quote tells of several days, and its undated quotes keep none;
    one whose dated quotes are all of the stamp's own day ("wrote on X this morning" in a round-up
    stamped 13:47) tells of that day alone, and its undated quotes are of it too."""
    if stamp is None or any(q.said_on and q.said_on != stamp.isoformat() for q in quotes):
        return
    for i in undated:
        quotes[i] = dataclass_replace(quotes[i], said_on=stamp.isoformat(), said_on_source="published")


def _a_person(entity: Entity) -> bool:
    """A person the article shows is one: a gender, or a name a given name starts. (An outlet read
    as the speaker of "according to X" keeps X as the channel: the speaker is what is wrong.)"""
    return entity.kind == "person" and (entity.gender is not None or knowledge().starts_with_given_name(entity.name))


def _known_medium(entity: Entity, via: str, outlets: Gazetteer) -> bool:
    """Whether a speaker read as the one its channel names is a medium: by its name (a masthead,
    a listed outlet) or by what the article calls it ("the regional newspaper Kamsky Vestnik").
    A person or a body known only from "according to the Palace" is never its own channel."""
    return not _a_person(entity) and (_medium_name(via) or outlets.is_medium(via))


def _medium_or_blocked(entity: Entity, outlets: Gazetteer, blocked: frozenset[str]) -> bool:
    """Whether an entity is a medium, a platform, a place or the article's own outlet: no one a
    medium's report relays."""
    name = entity.name
    return _known_medium(entity, name, outlets) or name.casefold() in blocked or knowledge().is_platform(name)


def _person_opening(
    c: Candidate, medium: Entity, named: list[tuple[Mention, Entity]], text: str, entities: list[Entity]
) -> tuple[Mention, Entity] | None:
    """The person whose name opens a medium's reported words ("Radio Lorn reported that Ada Vell
    would not stand", "the daily reported that Tomas Ek, a student who ..., had slept"), with the
    mention naming them; None when the words open with no name the article shows is a person's
    (:func:`_a_speaking_person`): "reported that Kestrel Lines had chartered two vessels" is the
    medium's own report."""
    for mention, entity in named:
        if (
            c.start <= mention.start < c.start + 2
            and mention.end <= c.end
            and entity is not medium
            and _a_speaking_person(entity)
            and not _medium_name(entity.name)
        ):
            return mention, entity
    # a form of a person's name the article wrote before, where no mention was read ("al-Hakami")
    for entity in entities:
        if entity is medium or not _a_speaking_person(entity) or _medium_name(entity.name):
            continue
        # ("al-Hakami" for the "Hakami" the article read: an Arabic name's article before it)
        at = c.start + (3 if text[c.start : c.start + 3] in {"al-", "el-"} else 0)
        for form in sorted({entity.name, *entity.forms}, key=len, reverse=True):
            end = at + len(form)
            if len(form) > 3 and text.startswith(form, at) and not (text[end : end + 1].isalnum()):
                return Mention(c.start, end, text[c.start : end], "name", name=entity.name), entity
    return None


def _a_speaking_person(entity: Entity) -> bool:
    """A person the article shows is one (:func:`_a_person`), or one read as a person who has
    spoken before in it ("al-Hakami told CPA ... Radio Qamar reported that al-Hakami ...")."""
    return _a_person(entity) or (entity.kind == "person" and entity.last_spoke >= 0)


def _medium_name(name: str) -> bool:
    """Whether a name is a medium's (a masthead or a listed outlet)."""
    kb = knowledge()
    return kb.is_masthead(name) or kb.find_outlet(name) is not None


def _reports(text: str, c: Candidate) -> bool:
    """Whether the quote's cue is a verb of reporting ("reported", "reports") whose subject, an
    outlet, is the speaker of the words: not when it cites another ("reported that ..., citing
    the company")."""
    if c.cue is None or _REPORT_CUE.search(text[c.cue[0] : c.cue[1]]) is None:
        return False
    end = text.find(".", max(c.end, c.cue[1]))
    return _CITING.search(text[c.cue[0] : len(text) if end < 0 else end]) is None


def _cited_unnamed(text: str, c: Candidate) -> Mention | None:
    """The unnamed sources a report cites between its cue and the words ("reported, citing two
    officials, that C": "two officials"); None when it cites none, a name, or a body."""
    if c.cue is None or c.cue[1] > c.start:
        return None
    found = _CITED.search(text, c.cue[1], c.start)
    if found is None or any(w[:1].isupper() for w in found.group(1).split()):
        return None
    if found.group(1).split()[-1].casefold() not in _UNNAMED_SOURCES:
        return None  # "citing the police": a body, read as such elsewhere
    return Mention(found.start(1), found.end(1), found.group(1), "anonymous")


# what unnamed sources are called ("sources", "two officials", "people familiar with the matter"
# ends otherwise: only the head word right before the comma counts)
_UNNAMED_SOURCES = frozenset(
    "source sources official officials people person insider insiders aide aides diplomat diplomats "
    "member members witness witnesses employee employees staff".split()
)


# ", citing two officials," between a report's cue and its words
_CITED = re.compile(r",\s*(?:citing|quoting)\s+([^,.;:]{3,60}?)\s*,")
_REPORT_CUE = re.compile(r"\breport", re.I)
# the cue of a medium's own report: "reported", "reports" (not "told reporters")
_REPORTED = re.compile(r"report(?:s|ed|ing)?", re.I)
_CITING = re.compile(r"\b(?:citing|quoting)\b", re.I)


def _names(entity: Entity, name: str) -> bool:
    """True when ``name`` is the entity's name or one of the forms the article used for it, its
    full name after a title ("according to NYPD Commissioner James O'Neill"), or the possessive
    a company's name opens with or is ("Hallard" of "according to Hallard's Research" or of
    "according to Hallard's": its own name, read short)."""
    folded = _APOSTROPHES.sub("'", name.casefold())
    forms = [_APOSTROPHES.sub("'", form.casefold()) for form in (entity.name, *entity.forms)]
    return any(
        folded == form
        or (" " in form and folded.endswith(" " + form))
        or form.startswith(folded + "'s ")
        or form == folded + "'s"
        for form in forms
    )


_APOSTROPHES = re.compile("[’‘`]")
# Weekday and month names in every language onrecord reads: never anybody's channel.
_CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)


# An honorific or an age read beside a name ("Mr.", "Dr", "56"): it helps tell who "she" means in
# the article, but it is no office to record on the speaker.
_NO_ROLE = re.compile(r"(?i)(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame)\.?|[\d\s,]+")


# How a role phrase cut out of a longer one ends: a preposition, an article, a possessive, an
# open bracket ("former secretary of", "the panel's ranking", "nbc's", "(d-").
_CUT_ROLE = re.compile(r"(?i)(?:\b(?:of|the|a|an|and|for|to|in|at|with|on)|['’]s?|[(\-])\s*$")
# Words read beside a name that are no office: pronouns, adverbs and verbs the parse kept, an
# adjective left alone by a cut ("the top" of "the top Democrat on the panel").
_NOT_A_ROLE = frozenset(
    "back about only said says himself herself itself themselves everything now also co "
    "top leading former senior".split()
)


def _recorded_role(role: str, names: set[str]) -> str | None:
    """The role to record on a speaker from one read beside their name, or None: what follows
    the name when the mention was kept whole ("Dr Naomi Ferrante, Chief Executive of Fenmoor
    Health" -> "Chief Executive of Fenmoor Health", "mr. barrett, the lawyer" -> "lawyer"); not
    an honorific or an age (:data:`_NO_ROLE`), not a piece cut out of a longer phrase
    (:data:`_CUT_ROLE`, an open bracket or quotation mark), not a word that is no office
    (:data:`_NOT_A_ROLE`)."""
    role = role_without_stamp(role)  # "07.49 airline boss": the live blog's entry time
    words = {w for n in names for w in re.findall(r"[^\W\d_]{3,}", n.casefold())}
    last = None
    for m in re.finditer(r"[^\W\d_]+", role):
        if m.group().casefold() in words:
            last = m
    if last is not None:
        role = re.sub(r"(?i)^[\s,;:—–-]*(?:(?:the|a|an)\s+)?", "", role[last.end() :])
    role = _without_place_before(_relative_role(role))
    if not role or _NO_ROLE.fullmatch(role) or _CUT_ROLE.search(role) or role.casefold() in _NOT_A_ROLE:
        return None
    if role.count("(") != role.count(")") or len(re.findall('["“”]', role)) % 2:
        return None
    return role


# A relative clause read as a role ("Tom Arlo, who was the acting director of ..."): what follows
# its "is"/"was" is the office; a clause of another verb ("who follows Quillon as ...") holds none
_RELATIVE_OFFICE = re.compile(
    r"(?i)^(?:who|which)\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as)\s+(?:(?:the|a|an)\s+)?"
)
_RELATIVE = re.compile(r"(?i)^(?:who|whom|whose|which|that)\b")
# A segment of a place's capitalised words before a comma ("Redmond, Washington, Chief Executive"
# of "at its headquarters in Redmond, Washington, Chief Executive Satya Nadella said")
_PLACE_SEGMENT = re.compile(r"^[A-ZÀ-Þ][\w.’'-]*(?:\s+[A-ZÀ-Þ][\w.’'-]*){0,2},\s+")


def _relative_role(role: str) -> str:
    """A role without the relative clause that opened it: the office after "who was", or
    nothing for a clause of another verb."""
    if (m := _RELATIVE_OFFICE.match(role)) is not None:
        return role[m.end() :]
    return "" if _RELATIVE.match(role) else role


def _without_place_before(role: str) -> str:
    """A role without the place's words set off by commas before it ("Redmond, Washington,
    Chief Executive" -> "Chief Executive"): capitalised segments of no noun for a person."""
    from onrecord.resolve.roles import describes_person

    while (m := _PLACE_SEGMENT.match(role)) is not None and role[m.end() :].strip():
        if any(describes_person(w) for w in re.findall(r"[^\W\d_]+", m.group())):
            break
        role = role[m.end() :]
    return role


def _a_body_after_the(e: Entity, text: str) -> bool:
    """Whether a 'person' of an article is a body or a place: no gender, no given name opening
    its name, and the text writes the name only after "the"
    (:func:`~onrecord.attribute.article_bodies.always_after_the`), or every role read beside it
    is a business's kind ("the telecommunications giant Brightwager"), or, with no other role, the
    text writes it as a business's name ("Quillon's shares", "Quillon CEO Mara Lind":
    :func:`~onrecord.attribute.article_bodies.named_as_business`). A name a business's word heads
    ("Dick Clark Productions", "Kestrel Equities") is a business's even when a given name opens it
    (and gives it a gender)."""
    if e.kind != "person":
        return False
    if is_business_name(e.name):
        return True  # "Dick Clark Productions": a business's word heads it, a given name or not
    if e.gender is not None or knowledge().starts_with_given_name(e.name):
        return False
    business_roles = all(is_business_role(r) for r in e.roles)
    return (
        always_after_the(e.name, text)
        or (bool(e.roles) and business_roles)
        or (business_roles and named_as_business(e.name, text))
    )


def _article_speakers(entities: list[Entity], text: str) -> list[ArticleSpeaker]:
    """One speaker per id: two entities whose names share an id ("Dmitry Peskov" and
    "Дмитрий Песков") are one speaker of the article, named as first seen. Its names are the
    forms the article's mentions used, the entity's own name ("Ashbury Borough Council" that
    only "the council said" spoke as) and a person's full name with the style of honour the
    text writes before it ("Sheikh Hamad bin Rashid al-Qassimi": :func:`styled_forms`); its
    roles leave out honorifics, ages and the name itself (:func:`_recorded_role`)."""
    merged: dict[str, ArticleSpeaker] = {}
    for e in entities:
        forms = {*e.forms, e.name}
        # "Margita-Klēra Ošvuda (Margaret-Claire Oswood)": the name the person's own language writes
        original = original_name(sorted(forms), text) if e.kind == "person" else None
        if original is not None:
            forms.add(original)
        # the names as the mentions wrote them: a style of honour read as a role ("His Highness
        # said") stays one, though the styled form holds its words
        names = set(forms) if e.kind == "person" else set()
        if e.kind == "person":
            forms |= styled_forms(forms, text)
        elif e.kind == "organisation":
            forms |= {i for form in list(forms) for i in bracketed_initials(form, text)}
        first = merged.get(e.id)
        roles = [kept for r in e.roles if (kept := _recorded_role(r, names))]
        kind = e.kind
        if _a_body_after_the(e, text):
            kind, roles = "organisation", []  # "The Admiralty insisted": no person's name
        if first is None:
            name = original or e.name
            merged[e.id] = ArticleSpeaker(e.id, name, kind, e.gender, tuple(sorted(forms)), tuple(roles))
            continue
        merged[e.id] = ArticleSpeaker(
            e.id,
            first.name,
            first.kind,
            first.gender or e.gender,
            tuple(sorted({*first.names, *forms})),
            tuple(dict.fromkeys([*first.roles, *roles])),
        )
    return list(merged.values())


# Prepositions of place ("in Zelavia", "from Brannvik", "à Saint-Rémy", "в Орваске"): what follows
# is a place, and a place never speaks.
_LOCATIVE = re.compile(
    r"(?:\b(?:in|from|near|outside|across|throughout|à|en|dans|près de|aus|nach|bei|desde|cerca de)|"
    r"(?<!\w)(?:в|во|из|под))\s+(?:the\s+|la\s+|le\s+|l'|el\s+|der\s+|dem\s+)?"
    r"([A-ZÀ-ÞА-ЯЁ][\w’'-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'-]+){0,2})(?!['’]s)"
)


# A paragraph opening with a place in capitals: "HARLOW FALLS, Ohio —", "LISBON —".
_DATELINE = re.compile(r"^\s*([A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’-]{2,}?)(?=,|\s+[—–-]|\s*\()", re.M)
# A paragraph opening with capitals and a colon: a transcript's label ("CORRIGAN:"), or, when no
# other paragraph opens so, a dateline's place ("KUALA LUMPUR: The minister said ...").
_CAPITALS_COLON = re.compile(r"^\s*([A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’-]{2,}?)\s*:\s+(?=\S)", re.M)


# A paragraph opening with capitals, a bracket and a colon: a transcript's label with the
# speaker's role or place ("HALE (PRESENTER):", "WILLA ROOKE (Caller, Dunmore):"); a dateline's
# bracket names its wire and is followed by a dash ("LISBON (Reuters) -").
_BRACKETED_LABEL = re.compile(r"^\s*([A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’-]{2,}?)\s*\([^()\n]*\)\s*:", re.M)


def _bracketed_labels(text: str) -> set[int]:
    """The offsets of the names of a transcript's bracketed labels ("MARA TOLLEY (ANCHOR): ..."):
    none unless two paragraphs or more open so (one may be a dateline written with a colon)."""
    found = [m.start(1) for m in _BRACKETED_LABEL.finditer(text)]
    return set(found) if len(found) > 1 else set()


def _colon_dateline(text: str) -> set[str]:
    """The place of a dateline written with a colon ("KUALA LUMPUR: ..."): the only paragraph of the
    article that opens with capitals and a colon (a transcript's labels open many)."""
    found = list(_CAPITALS_COLON.finditer(text))
    return {found[0].group(1).strip()} if len(found) == 1 else set()


def not_speakers(text: str, context: ArticleContext, datelined: frozenset[str] | None = None) -> frozenset[str]:
    """Names in this article that cannot speak: its dateline's place (and any paragraph that
    opens like a dateline, "LISBON —", or, the only one so, "KUALA LUMPUR:"), the places it
    writes "in X" / "from X" of, and its own outlet (the casefolded names). A press release's
    outlet is the organisation that issues it and speaks in it ("CRES today confirmed that ..."),
    so it is not among them. ``datelined``: the article's :func:`dateline_places`, if the caller
    has read them already."""
    kb = knowledge()
    places = {m.group(1) for m in _LOCATIVE.finditer(text)}
    places = {p for p in places if not kb.starts_with_given_name(p) and not kb.is_org_word(p.split()[-1])}
    if datelined is None:
        datelined = dateline_places(text, context)
    return frozenset(p.casefold() for p in places) | datelined | _place_and_outlet(text, context)


def dateline_places(text: str, context: ArticleContext) -> frozenset[str]:
    """The places this article's datelines name (its own, "LISBON —" opening a paragraph, the one
    "KUALA LUMPUR:"), casefolded: places for sure, where a name written "in X" may be an outlet's
    ("an op-ed in Skyledger")."""
    labels = _bracketed_labels(text)
    places = {m.group(1).strip() for m in _DATELINE.finditer(text) if m.start(1) not in labels}
    places |= _colon_dateline(text)
    if context.place:
        places.add(context.place)
    return frozenset(p.casefold() for p in places)


def _place_and_outlet(text: str, context: ArticleContext) -> frozenset[str]:
    """The dateline's place and the article's own outlet, casefolded; a press release's outlet
    is the organisation that issues it, which speaks in it, so it is left out."""
    names = {context.place} if context.place else set()
    if context.outlet and not is_release(text):
        names.add(context.outlet)
    if context.wire:
        names.add(context.wire)
    return frozenset(n.casefold() for n in names)


def _proper_elsewhere(mention: Mention, text: str) -> Mention:
    """A subject the tagger read as a common noun ("Tamberlane said Monday ...", the sentence's
    first word) is a name when the article writes it capitalised inside a sentence too."""
    words = mention.text.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return mention
    inside = re.search(r"(?<=[a-z,;:] )" + re.escape(mention.text) + r"\b", text)
    if inside is None or knowledge().is_title(words[0]):
        return mention
    return dataclass_replace(mention, kind="name", name=mention.text, role=None)


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _piece_of(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether a name mention lies inside a body's spelled-out name (its article aside: "the
    Shipbuilders") and is less than all of it."""
    start = mention.start + len(mention.text) - len(_LEADING_ARTICLE.sub("", mention.text, count=1))
    return any(s <= start and mention.end <= e and (s, e) != (start, mention.end) for s, e in spans)


def _spelled_out(mention: Mention, acronyms: dict[str, str]) -> Mention:
    """A defined acronym's mention as the body it stands for; also one the tagger took for a
    common noun ("The EBA said", "STOA disputes": no name read, the acronym is the words)."""
    written = mention.name
    if written is None and mention.kind == "other":
        written = _LEADING_ARTICLE.sub("", mention.text, count=1)
    full = acronyms.get(written or "")
    return dataclass_replace(mention, name=full, kind="organisation") if full else mention


def _blocked(mention: Mention, blocked: frozenset[str]) -> bool:
    """A mention that names a place, a platform or the article's own outlet, never a speaker."""
    name = mention.name
    if not name or mention.kind not in {"name", "organisation"}:
        return False
    return name.casefold() in blocked or knowledge().is_platform(name)


class _Holding:
    """The candidates whose content may hold an offset, in their order: a pronoun's cue is
    looked up among the candidates around it, not among all of an article's."""

    def __init__(self, candidates: list[Candidate]) -> None:
        self.candidates = candidates
        self.order = sorted(range(len(candidates)), key=lambda i: candidates[i].start)
        self.starts = [candidates[i].start for i in self.order]
        self.longest = max((c.end - c.start for c in candidates), default=0)

    def __call__(self, offset: int) -> list[Candidate]:
        lo = bisect.bisect_left(self.starts, offset - self.longest)
        hi = bisect.bisect_right(self.starts, offset)
        return [self.candidates[i] for i in sorted(self.order[lo:hi])]


# the one a cue's words were told to, in the first person: "He told me", "she assured us"
_TO_ME = re.compile(r"\s+(?:me|us)\b")


def _holding_the_cue(c: Candidate, candidates: list[Candidate]) -> list[Candidate]:
    """The records of ``candidates`` (in the article's order) other than ``c`` whose words hold
    ``c``'s cue, none of them a bare quote; none when ``c`` has no cue."""
    if c.cue is None:
        return []
    return [o for o in candidates if o is not c and not o.bare and o.start <= c.cue[0] < o.end]


def _told_the_speaker(
    text: str, c: Candidate, outers: list[Candidate], speakers: dict[int, Entity | None], tracker: EntityTracker
) -> Entity | None:
    """The speaker whose words hold a cue told to "me" or "us" ("DE VRIES: Ana rang me at six. She
    told me the slope was checked"): the one the words were told to, so no teller of them
    (``outers``: the records holding the cue, :func:`_holding_the_cue`). Where that speaker is
    named after the words ('"He told me, '...'," Holt said'), not read yet: the person the
    name means."""
    if c.cue is None or not outers or not _TO_ME.match(text, c.cue[1]):
        return None
    outer = outers[0]
    if id(outer) not in speakers and outer.mention is not None and outer.mention.kind == "name":
        return tracker.named(outer.mention.name or outer.mention.text)
    return speakers.get(id(outer))


def _named_in_words(
    c: Candidate, outers: list[Candidate], speakers: dict[int, Entity | None], named: list[tuple[Mention, Entity]]
) -> Entity | None:
    """'MAYOR DARROW: Councillor Ada Brill rang me last night, and she told me, "..."': a "he" or
    "she" whose cue stands in another's direct words (a quotation, a transcript's turn) is not
    that speaker, who says "I", but the person those words named last before the pronoun, of its
    gender (``outers``: the records holding the cue, :func:`_holding_the_cue`; ``named``: each
    name mention read so far and whom it names); None when they named nobody so."""
    mention = c.mention
    if mention is None or mention.kind != "pronoun" or mention.text.casefold() not in {"he", "she"} or c.cue is None:
        return None
    for outer in outers:
        if outer.kind != "direct":
            continue
        teller = speakers.get(id(outer))
        found = [
            e
            for m, e in named
            if outer.start <= m.start < mention.start
            and e.kind == "person"
            and e is not teller
            and (e.gender is None or mention.gender is None or e.gender == mention.gender)
        ]
        if found:
            return found[-1]
    return None


def _outer_speaker(c: Candidate, outers: list[Candidate], speakers: dict[int, Entity | None]) -> Entity | None:
    """``Zelensky said he expected ...``: a pronoun inside reported content means its speaker
    (``outers``: the records holding the cue, :func:`_holding_the_cue`)."""
    mention = c.mention
    if mention is None or mention.kind != "pronoun" or c.cue is None:
        return None

    for outer in outers:
        entity = speakers.get(id(outer))
        if (
            entity is not None
            and entity.kind != "organisation"
            and (mention.gender is None or entity.gender is None or mention.gender == entity.gender)
            and mention.number != "pl"
        ):
            return entity
    return None


def _given_names_only(analysis: Analysis, names: list[Mention]) -> list[Mention]:
    """The given names speakers gave as all of their name ("a voter who gave only her first
    name, Odalys, told ..."): each becomes the mention of the cues whose subject names nobody
    there; returns those the parse did not already find as names."""
    sentences = [(s.start, s.end) for s in analysis.sentences]
    found = disclosures(analysis.text, sentences)
    if not found:
        return []
    paragraphs: dict[int, tuple[int, int]] = {}
    for s in analysis.sentences:
        start, end = paragraphs.get(s.paragraph, (s.start, s.end))
        paragraphs[s.paragraph] = (min(start, s.start), max(end, s.end))
    for c in analysis.candidates:
        if c.bare or c.cue is None:
            continue
        sentence = analysis.sentences[analysis.sentence_at(c.cue[0])]
        given = disclosed_speaker(c.mention, (sentence.start, sentence.end), paragraphs[sentence.paragraph], found)
        if given is not None:
            c.mention = given
    return [d.mention() for d in found if not any(m.start <= d.start < m.end for m in names)]


def _paragraph(analysis: Analysis, c: Candidate) -> int:
    return analysis.sentences[analysis.sentence_at(c.start)].paragraph if analysis.sentences else 0


def _attribute_bare(
    analysis: Analysis, speakers: dict[int, Entity | None], tracker: EntityTracker, reach: int = _BARE_REACH
) -> dict[int, tuple[int, int]]:
    """A quote with no cue of its own belongs to the person its sentence is about, when the
    sentence opens with a name the article gave a person and the quote stands later in it
    ("Trump on Twitter blasted 'the so-called leaks'"); else to the nearest speaker before it (or
    just after), not to one reported inside another's words ("De Kleer always told us the mill
    would outlast us all, Vantoorn said. 'Now I am not so sure.'": Vantoorn's, not de Kleer's),
    up to ``reach`` paragraphs before its own.

    Returns:
        By ``id`` of a bare quote, the words of its paragraph that name its speaker (the
        sentence's subject, or the mention of the quote it goes on from in the same paragraph:
        '"...," Ames said. "..."'): its speaker is named there, if not by a cue of its own. A
        quote whose speaker was named paragraphs before has none.
    """
    ordered = sorted(analysis.candidates, key=lambda c: c.start)
    nested = inside_others(analysis.candidates)
    named: dict[int, tuple[int, int]] = {}
    for i, c in enumerate(ordered):
        if not c.bare:
            continue
        found = (
            _clip_speaker(analysis.text, c, tracker)
            or _document_subject(analysis, c, tracker)
            or _sentence_person(analysis, c, tracker)
            or _verbless_tail(analysis.text, c, tracker)
            or _introduced_before(analysis, c, tracker, ordered[:i])
            or _revealed_after(analysis, c, tracker)
        )
        if found is not None:
            speakers[id(c)], named[id(c)] = found
            c.mention = None
            continue
        para = _paragraph(analysis, c)
        chosen = _same_words(analysis.text, c, ordered, speakers)
        for prev in reversed(ordered[:i]) if chosen is None else []:
            if para - _paragraph(analysis, prev) > reach:
                break
            if speakers.get(id(prev)) is not None and id(prev) not in nested:
                chosen = prev
                break
        if chosen is None:
            for nxt in ordered[i + 1 :]:
                if _paragraph(analysis, nxt) - para > 0 or nxt.bare:
                    break
                if speakers.get(id(nxt)) is not None:
                    chosen = nxt
                    break
        if chosen is not None:
            speakers[id(c)] = speakers[id(chosen)]
            c.mention = None
            c.via = c.via or chosen.via
            near = _mention_span(chosen) or named.get(id(chosen))
            if near is not None and _paragraph(analysis, chosen) == para:
                named[id(c)] = near
    for c in ordered:
        # a headline's quote given again further down, its speaker named only there (the story's
        # order put the headline first, before that speaker was known)
        if c.bare and speakers.get(id(c)) is None and (chosen := _same_words(analysis.text, c, ordered, speakers)):
            speakers[id(c)] = speakers[id(chosen)]
            c.mention = None
            c.via = c.via or chosen.via
    return named


def _clip_mention(text: str, c: Candidate) -> Mention | None:
    """The name a broadcast script's slug or caption gives above a quoted clip (see
    :func:`onrecord.attribute.clips.clip_name`), as the clip's speaker mention."""
    clip = clip_name(text, c.start)
    if clip is None:
        return None
    return Mention(clip.start, clip.end, text[clip.start : clip.end], "name", name=clip.name, number="sg")


def _clip_speaker(text: str, c: Candidate, tracker: EntityTracker) -> tuple[Entity, tuple[int, int]] | None:
    """The person a slug or caption names above a bare quoted clip ("[SOT — ADA LIND, HARBOUR
    MASTER]" over '"The quay stays shut."'), and the span of the name."""
    mention = _clip_mention(text, c)
    if mention is None:
        return None
    kb = knowledge()
    if kb.is_media_phrase(mention.name or "") and not kb.starts_with_given_name(mention.name or ""):
        return None  # "[SOT — RADIO KARSK NEWS]": a medium, no person; not to be recorded as one
    entity = tracker.observe(mention)
    if entity is None or entity.kind != "person":
        return None
    return entity, (mention.start, mention.end)


# A document as the subject of a bare quote's sentence, its verb right before the quotation ("The
# ruling itself orders '...'", "Kell's notice to the exchange flags '...'"): the
# document's words, whoever it is by.
_DOCUMENT_SUBJECT = re.compile(
    r"^(?P<phrase>(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))
    + r"))(?P<rest>\s+(?:itself|also|then|further|(?:to|of|on|from|for)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?))?"
    r"\s+(?!(?:is|was|has|does|seems|looks|remains|sounds)\b)(?P<verb>[a-z]+(?:s|ed))\s*[:,]?\s*[\"“”«„]?$",
    re.I,
)


def _document_subject(
    analysis: Analysis, c: Candidate, tracker: EntityTracker
) -> tuple[Entity, tuple[int, int]] | None:
    """The author of the document a bare quote's sentence opens with as its subject, the verb
    right before the quotation ("The ruling itself orders '...'", "Kell Energy's
    notice to the exchange flags '...'"), and the span of the document's words: the one it is by
    (see :meth:`EntityTracker.resolve`), or None."""
    if not analysis.sentences:
        return None
    sentence = analysis.sentences[analysis.sentence_at(c.start)]
    words = analysis.text[sentence.start : c.start]
    m = _DOCUMENT_SUBJECT.match(words)
    if m is None:
        return None
    start, end = sentence.start + m.start("phrase"), sentence.start + m.end("phrase")
    phrase = m.group("phrase")
    role = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    entity = tracker.resolve(Mention(start, end, phrase, "other", role=role, number="sg"), c.start)
    return (entity, (start, end)) if entity is not None else None


# What follows a quote's closing mark when the writer left out the verb: '"...," Deputy mayor
# Ilse Varnholt.' (a role, then a name of two to four capitalised words, then the full stop).
_VERBLESS_TAIL = re.compile(
    r"\s*,?\s*[\"”’'»]\s*,?\s*(?P<role>(?:[\w'’.-]+\s+){1,6}?)"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*\.(?:\s|$)"
)


def _verbless_tail(text: str, c: Candidate, tracker: EntityTracker) -> tuple[Entity, tuple[int, int]] | None:
    """The person a bare quote's sentence names after it, with their role and no verb: '"We have
    the votes," press secretary Ilse Varnholt.' (an editing slip common in real copy). The words
    before the name must be a role the lexicon knows ("press secretary", "spokeswoman"), so that
    a sentence going on about others is not read as one."""
    m = _VERBLESS_TAIL.match(text, c.end)
    if m is None or "," not in text[c.end : m.start("role")] or knowledge().role(m.group("role").strip()) is None:
        return None
    entity = tracker.named(m.group("name"))
    if entity is None:
        return None
    return entity, (m.start("name"), m.end("name"))


def _introduced_before(
    analysis: Analysis, c: Candidate, tracker: EntityTracker, before: list[Candidate]
) -> tuple[Entity, tuple[int, int]] | None:
    """The person the sentence just before a bare quote, in its paragraph, is about, when that
    sentence reports nobody's words: a feature introduces a speaker and then quotes them with no
    verb ("Ada Strandvik, who follows ports for a consultancy, revised her numbers on Wednesday.
    'Every day of the stoppage now costs ...'"); the one quoted paragraphs before does not speak
    there."""
    if not analysis.sentences:
        return None
    index = analysis.sentence_at(c.start)
    sentence = analysis.sentences[index]
    if c.start > sentence.start + 1 or index == 0:
        return None  # the quote must open its sentence
    previous = analysis.sentences[index - 1]
    if previous.paragraph != sentence.paragraph:
        return None
    if any(o.end > previous.start and o.start < c.start for o in before):
        return None  # words reported in the paragraph before the quote: whose they are goes on
    return _named_subject(analysis, tracker, previous.start, previous.end)


# Words that point back at a quotation just given: "That was the message from ...", "... made
# the announcement", "... opened her evidence with those four words".
_POINTS_BACK = re.compile(
    r"\b(?:that|this|those|these|the)\s+(?:\w+\s+)?(?:words?|message|verdict|announcement|remarks?|"
    r"comments?|warning|pledge|promise|apology|assessment|admission|plea|vow)\b"
    # "That was the view of Ada Brill" (not "The view of Ada Brill is more cautious"), "That was Ada
    # Brill, the commissioner, at a lunch.", "Ada Brill ... was speaking at a lunch."
    r"|\b(?:was|is)\s+the\s+view\b|^(?:that|this)\s+was\s+(?-i:[A-ZÀ-Þ])|\b(?:was|is)\s+speaking\b",
    re.I,
)


def _revealed_after(analysis: Analysis, c: Candidate, tracker: EntityTracker) -> tuple[Entity, tuple[int, int]] | None:
    """The person named in the sentence right after a bare quote that opens its sentence, when
    that sentence points back at the words ('"We will not intervene." That was the message from
    the transport minister, Ada Brill, on Tuesday.'; '"We have opened an investigation." Ada
    Brill, the commissioner, made the announcement on Thursday.'): the writer gives the words
    first and then who said them."""
    if not analysis.sentences:
        return None
    index = analysis.sentence_at(c.start)
    sentence = analysis.sentences[index]
    if c.start > sentence.start + 1:
        return None  # the quote opens its sentence
    after = next((s for s in analysis.sentences[index + 1 :] if s.start >= c.end), None)
    if after is None or after.paragraph != sentence.paragraph or analysis.text[c.end : after.start].strip(" .!?\"”’'»"):
        return None  # the quote's last sentence must end where its marks close
    words = analysis.text[after.start : after.end]
    if _POINTS_BACK.search(words) is None:
        return None
    kb = knowledge()
    for m in _PERSON_RUN.finditer(words):
        name = _POSSESSIVE_END.sub("", m.group())  # "The words are Ada Brill's."
        entity = tracker.named(name)
        set_off = re.match(r",\s+(?:the\s+)?([a-z][\w’' -]{2,60}?),", words[m.end() :])
        described = words[: m.start()].rstrip().endswith(",") or (
            set_off is not None and kb.role(set_off.group(1)) is not None
        )
        if entity is None and len(name.split()) > 1 and (kb.starts_with_given_name(name) or described):
            # the person is named here for the first time: "the transport minister, Ada Brill,"
            start = after.start + m.start()
            entity = tracker.observe(Mention(start, start + len(name), name, "name", name=name, number="sg"))
        if entity is not None and entity.kind == "person":
            return entity, (after.start + m.start(), after.start + m.end())
    return None


# A person's name in running text: capitalised words, with a surname's particles between them (or
# a surname with its particle alone: "van Rijn's").
_RUN_PARTICLE = r"(?:van|von|de|der|den|da|di|du|la|le|del|dos|ter)"
_PERSON_RUN = re.compile(
    rf"(?<![\w’'-])[A-ZÀ-Þ][\w’'-]+(?:\s+(?:{_RUN_PARTICLE}\s+)*[A-ZÀ-Þ][\w’'-]+){{1,3}}"
    rf"(?![\w’'-])|(?<![\w’'-]){_RUN_PARTICLE}(?:\s+(?:der|den|la))?\s+[A-ZÀ-Þ][\w’'-]+"
)
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _mention_span(c: Candidate) -> tuple[int, int] | None:
    return (c.mention.start, c.mention.end) if c.mention is not None else None


def _sentence_person(analysis: Analysis, c: Candidate, tracker: EntityTracker) -> tuple[Entity, tuple[int, int]] | None:
    """The person named as the subject of a bare quote's sentence, before the quote, and the
    span of the name."""
    if not analysis.sentences:
        return None
    sentence = analysis.sentences[analysis.sentence_at(c.start)]
    if c.start <= sentence.start + 1:
        return None  # a quote that opens its sentence: no subject before it
    return _named_subject(analysis, tracker, sentence.start, c.start)


def _named_subject(
    analysis: Analysis, tracker: EntityTracker, start: int, end: int
) -> tuple[Entity, tuple[int, int]] | None:
    """The tracked person named as the subject of the words ``text[start:end]``, and the span of
    the name, or None."""
    found = sentence_subject(analysis.text[start:end])
    if found is None:
        return None
    entity = tracker.named(found[1])
    if entity is None:
        return None
    at = start + found[0]
    return entity, (at, at + len(found[1]))


def _words_of(text: str, c: Candidate) -> str:
    """A quote's words, casefolded, without the marks and spaces around them."""
    return " ".join(text[c.start : c.end].casefold().split()).strip(_EDGE_MARKS)


_EDGE_MARKS = " .,;:!?\"'“”„«»‚‘’‹›"


def _same_words(
    text: str, c: Candidate, ordered: list[Candidate], speakers: dict[int, Entity | None]
) -> Candidate | None:
    """A quote with a speaker of the article's that gives the same words as the bare quote ``c``
    (a headline's quote repeated in the story): the one to take the speaker from."""
    words = _words_of(text, c)
    if len(words.split()) < _SAME_WORDS_MIN:
        return None
    return next(
        (o for o in ordered if o is not c and speakers.get(id(o)) is not None and _words_of(text, o) == words),
        None,
    )


_SAME_WORDS_MIN = 4  # words a repeated quote needs, so that a stock phrase ("No comment") is no match


def _continues_the_day(analysis: Analysis, c: Candidate) -> bool:
    """Whether the sentence of a candidate's cue names its day only as a part of the day named
    before ("Later that morning she posted again", :func:`when.continues_the_day`)."""
    at = c.cue[0] if c.cue is not None else max(c.end - 1, c.start)
    sentence = analysis.sentences[analysis.sentence_at(at)]
    return continues_the_day(analysis.text[sentence.start : sentence.end])


def _explicit_time(
    analysis: Analysis, c: Candidate, ref: date | None, language: str | None = None
) -> TimeExpression | None:
    """The time expression of a candidate's own cue sentence (content masked out), if any; for a
    quote read without a cue (in other languages), of the words around it in its sentence
    ("», a réagi vendredi la ministre")."""
    if c.frame == "turn" or (c.bare and c.cue is not None):
        return None
    at = c.cue[0] if c.cue is not None else max(c.end - 1, c.start)
    sentence = analysis.sentences[analysis.sentence_at(at)]
    # what the other quotes of the sentence say is no time of this one ("'Our boats go out on
    # Monday,' he said, adding that ..."), unless this quote's cue stands inside it
    others = [
        p
        for o in analysis.candidates
        if o is not c and o.start < sentence.end and o.end > sentence.start
        for p in o.pieces
        if not p[0] <= at < p[1] and not (p[0] < c.end and c.start < p[1])
    ]
    masked = [*c.pieces, *others, *_tail(analysis, c, sentence)]
    window = mask_pieces(analysis.text, sentence.start, sentence.end, masked)
    previous = (
        _day_before(analysis, analysis.sentence_at(at), ref, in_paragraph=continues_the_day(window))
        if relative_to_previous(window)
        else None
    )
    return find_time(window, at - sentence.start, ref, previous, language)


def _naming_time(analysis: Analysis, at: int, ref: date | None, language: str | None) -> TimeExpression | None:
    """The time expression of the sentence at offset ``at``, read from the name there: the
    sentence that names a bare quote's speaker after the words."""
    sentence = analysis.sentences[analysis.sentence_at(at)]
    window = analysis.text[sentence.start : sentence.end]
    return find_time(window, at - sentence.start, ref, None, language)


_SAME_DAY_REACH = 3  # sentences back "the same day" may look for the day it means
_CHAIN = 3  # links of "a day later ... the next morning ..." followed back to a day named


def _day_before(
    analysis: Analysis, index: int, ref: date | None, chain: int = _CHAIN, *, in_paragraph: bool = False
) -> date | None:
    """The day named last before sentence ``index`` (what "the same day" means, what "a day
    later" counts from): in the sentence before, or (a quote between) a few sentences back; the
    words quoted there name no day of the story. A sentence that names its day only relative to
    the one before ("A day later ...") counts from the day named before it, up to ``chain`` links
    back ("On Monday ... A day later ... The next morning ..."). ``in_paragraph``: only a day named
    in sentence ``index``'s own paragraph (what "that morning" means: a paragraph's scene, not
    the last day an earlier paragraph named)."""
    first = max(index - _SAME_DAY_REACH, 0)
    paragraph = analysis.sentences[index].paragraph
    for at in range(index - 1, first - 1, -1):
        before = analysis.sentences[at]
        if in_paragraph and before.paragraph != paragraph:
            break
        pieces = [p for o in analysis.candidates for p in o.pieces if p[0] < before.end and p[1] > before.start]
        sentence = mask_pieces(analysis.text, before.start, before.end, pieces)
        earlier = _day_before(analysis, at, ref, chain - 1) if chain > 0 and relative_to_previous(sentence) else None
        previous = day_named_last(sentence, ref, earlier)
        if previous is not None:
            return previous
    return None


def _tail(analysis: Analysis, c: Candidate, sentence: Sentence) -> list[tuple[int, int]]:
    """The writer's tail cut from a report that follows its cue (``said C, a bolder guess than
    the one she made on Friday``): its day is another occasion's, never the cue's."""
    if c.kind not in {"indirect", "mixed"} or c.cue is None or c.cue[0] > c.start:
        return []
    at = tail_start(analysis.text, c.start, sentence.end)
    return [(at, sentence.end)] if at is not None and at >= c.end - 1 else []


def _before_cue(analysis: Analysis, c: Candidate, time: TimeExpression | None, report: str | None) -> bool:
    """Whether a quote's named day stands between the name of the report that relays it and its
    speaker: the day the report came out ("X on Wednesday quoted Y as saying"); not a day before
    the report's name ("On Wednesday, according to X, Y said"), nor one after the speaker's
    ("according to X, Y on Tuesday said")."""
    if time is None or time[0] != "day" or c.cue is None or not report:
        return False
    sentence = analysis.sentences[analysis.sentence_at(c.cue[0])]
    at = sentence.start + time[2]
    speaker = c.mention.start if c.mention is not None and c.mention.start > sentence.start else c.cue[0]
    return at < speaker and analysis.text.find(report, sentence.start, at) >= 0


def _holds(outer: Candidate, c: Candidate) -> bool:
    """Whether ``c``'s words stand inside ``outer``'s (a quote a transcript's turn or another
    quote reports)."""
    return outer is not c and outer.start <= c.start and c.end <= outer.end


def _entry_day(marks: DayMarks, c: Candidate) -> date | None:
    """The day of the live-blog entry a quote stands in: "this evening" there is that day's."""
    day = marks.heading_day(c.start)
    return to_date(day) if day else None


_EARLIER = re.compile(r"\b(?:had|hatte|hatten|había|habían|avait|avaient|было)\b", re.I)
# The present perfect after the speaker's name: "has just repeated", "have now posted".
_NOW = re.compile(
    r"\b(?:has|have)\s+(?:just\s+|now\s+|again\s+|also\s+)?(?!been\b|had\b)[a-z]+(?:ed|en|wn|ne|id|ld|ght|ung|ot)\b"
)


_ADDED = re.compile(r"add(?:s|ed|ing)?\b", re.I)  # a cue that goes on with the words before
_ALSO = re.compile(r"\balso\s+(?:had\s+)?$", re.I)  # "She also said", "She had also said"
# The other cases of a subject pronoun, which stand for the same one in the sentence before.
_PRONOUN_CASES = {"he": ("him", "his"), "she": ("her", "hers"), "they": ("them", "their")}


def _asides_only(analysis: Analysis, sentence: Sentence) -> bool:
    """Whether every cue in ``sentence`` stands in a relative clause between commas, its main clause
    telling of another occasion ("Ada Lee, who told MPs on Tuesday that ..., struck a warmer tone
    on Thursday in a post."): no statement of the sentence's own."""
    text = analysis.text[sentence.start : sentence.end]
    cues = [
        c.cue[0] - sentence.start for c in analysis.candidates if c.cue and sentence.start <= c.cue[0] < sentence.end
    ]
    return bool(cues) and all(in_an_aside(text, at) for at in cues)


# A time of no one occasion, beside a cue: "She had also said for years", "had long said", "had
# repeatedly said", "had also said in the past"
_VAGUE_TIME = re.compile(
    r"\b(?:for\s+(?:(?:many|some|several)\s+)?(?:years|months|weeks|decades|a\s+long\s+time|some\s+time|ages)"
    r"|long|in\s+the\s+past|repeatedly|often|frequently|previously|many\s+times|time\s+and\s+again"
    r"|again\s+and\s+again|always|consistently)\b",
    re.I,
)


def _also(analysis: Analysis, c: Candidate) -> bool:
    """Whether the quote's cue says the words were "also" said ("She had also said ..."), of the
    occasion before it: not when the cue's sentence, outside the quote's words, holds a time of no
    one occasion ("She had also said for years that ...", "had also long said")."""
    text = analysis.text
    if c.cue is None or _ALSO.search(text[max(0, c.cue[0] - 20) : c.cue[0]]) is None:
        return False
    sentence = analysis.sentences[analysis.sentence_at(c.cue[0])]
    start, end = min(sentence.start, c.cue[0]), max(sentence.end, c.cue[1])
    return _VAGUE_TIME.search(mask_pieces(text, start, end, list(c.pieces))) is None


def _may_be(entity: Entity, pronoun: str) -> bool:
    """Whether "he" or "she" may stand for the entity: its gender, when known, is the pronoun's."""
    read = knowledge().pronoun(pronoun.casefold())
    return read is not None and (entity.gender is None or read[0] == entity.gender)


def _names_nobody(analysis: Analysis, start: int, end: int) -> bool:
    """Whether the text between ``start`` and ``end`` names no one (a place may stand there)."""
    return not any(start <= m.start < end for m in analysis.names)


def _preceding_day(
    analysis: Analysis, c: Candidate, entity: Entity, ref: date | None, cue_sentences: set[int]
) -> str | None:
    """The day the sentence before a quote gives its speaker, named there ("Sen. Dolores
    Whitcomb posted twice on X on Tuesday morning. 'Families deserve answers,' she wrote"); for
    a cue that adds to it, the day of the occasion it tells of, however far back ("On Monday she
    had told the dockers that ... She added that ...")."""
    if c.cue is None or c.bare:
        return None
    index = analysis.sentence_at(c.cue[0])
    first = min(analysis.sentence_at(c.start), index)
    if first == 0:
        return None
    before = analysis.sentences[first - 1]
    # "On Monday she had told the dockers that ... She added that ...": what she added was said then,
    # however far back that occasion lies
    # (so does one that "also" said: "She had also said the hall was insured in full")
    added = _ADDED.match(analysis.text[c.cue[0] : c.cue[1]]) is not None or (c.past_perfect and _also(analysis, c))
    # (the turn or quote whose words hold this one's is no statement of its own before it, and its
    # words are the teller's account: "DE VERRAN: X rang me at six this morning. He told me ...")
    holders = [o for o in analysis.candidates if _holds(o, c)]
    if (
        first - 1 in cue_sentences - {analysis.sentence_at(o.cue[0]) for o in holders if o.cue}
        and not added
        and not _asides_only(analysis, before)
    ):
        # a statement of its own: its day is carried as context, not stated for this one, unless a
        # clause after its words moves the speaker on ("On Tuesday he said X; by Friday he put it at Y")
        return _moved_on(analysis, c, entity, before, ref)
    # the words quoted there name their own days ("'We close on April 1,' she said. She added: ...")
    quoted = [
        p
        for o in analysis.candidates
        if all(o is not h for h in holders)
        for p in o.pieces
        if p[0] < before.end and p[1] > before.start
    ]
    sentence = mask_pieces(analysis.text, before.start, before.end, quoted)
    names = [entity.name, *(entity.forms or ())]
    at = [sentence.find(n.split()[-1]) for n in names if n and n.split()[-1] in sentence]
    if c.mention is not None and c.mention.kind == "pronoun":
        # "On Thursday she said it again. 'The fund will be €18m,' she told reporters."; "By
        # yesterday morning her language had hardened. In an interview, she said ...": the pronoun's
        # other cases stand for the same one
        forms = (c.mention.text, *_PRONOUN_CASES.get(c.mention.text.casefold(), ()))
        at += [m.start() for f in forms for m in re.finditer(rf"\b{re.escape(f)}\b", sentence, re.I)]
    elif entity.kind == "person" and _names_nobody(analysis, before.start, before.end):
        # "By Tuesday evening she had switched sides. 'I will vote no,' Ostrander wrote": the only
        # one the sentence can mean is the speaker the quote names (of her gender, when known)
        at += [m.start() for m in re.finditer(r"\b(?:[Hh]e|[Ss]he)\b", sentence) if _may_be(entity, m.group())]
    if (
        not at
        and opens_with_day(sentence)
        and before.paragraph == analysis.sentences[first].paragraph
        and _names_nobody(analysis, before.start, before.end)
    ):
        # "On Tuesday, over the same phone line, the tally was smaller. '...,' Osterhaug said": a scene
        # that names no one sets the day of the quote after it in its paragraph
        at = [0]
    if not at:
        return None  # the sentence before is about someone else
    # (the past perfect outside relative clauses, not "his wife, whose scan had gone ahead"; not
    # after "By Tuesday evening": the day it had happened by)
    if (
        # (not a comparison's "than she was on Monday": "X was blunter yesterday than she was on Monday")
        _EARLIER.search(earlier_occasions_out(outside_clauses(sentence, min(at)), min(at)))
        and not by_a_day(sentence)
        and not added
        and not _words_go_on(analysis, c, first, sentence)
    ):
        return None  # "On Tuesday Whitcombe had warned ...": an earlier occasion
    if _NOW.search(sentence, min(at)):
        # "She has just repeated the line she used on Tuesday": the present perfect tells of now,
        # and a day it names is another clause's
        return None
    # ("A day later, on a panel, Ruiz revised her figure. 'It is 40,' she said": the day after the one named before)
    previous = (
        _day_before(analysis, first - 1, ref, in_paragraph=continues_the_day(sentence))
        if relative_to_previous(sentence)
        else None
    )
    # the day nearest the speaker's name there, not one of a relative clause about another's act
    # ("... asked about the levy, which the minister announced on Monday")
    time = find_time(outside_clauses(sentence, min(at)), min(at), ref, previous)
    if time is None or time[0] != "day" or time[1] is None:
        return None
    return time[1].isoformat()


def _moved_on(analysis: Analysis, c: Candidate, entity: Entity, before: Sentence, ref: date | None) -> str | None:
    """The day a clause of the sentence ``before`` a quote, after the words and cues that sentence
    holds, moves the quote's speaker on to (see :func:`moved_days.day_moved_on`), in the quote's
    paragraph; None otherwise."""
    if c.cue is None or before.paragraph != analysis.sentences[analysis.sentence_at(c.cue[0])].paragraph:
        return None
    ends = [
        end
        for o in analysis.candidates
        if o is not c
        for end in ([p[1] for p in o.pieces] + ([o.cue[1]] if o.cue else []))
        if before.start < end <= before.end
    ]
    if not ends:
        return None
    forms = [entity.name.split()[-1]] if entity.name else []
    if c.mention is not None and c.mention.kind == "pronoun":
        forms.append(c.mention.text)
    day = day_moved_on(analysis.text[max(ends) : before.end], forms, ref)
    return day.isoformat() if day is not None else None


# What tells of a speaking occasion in the past perfect's sentence: a verb of saying or writing, or
# an occasion one speaks at ("had struck a defiant tone at a news conference on Tuesday", "in a video
# posted on Sunday", "back on his stream"); not "had met the operators", "had been arrested".
_SPEAKING_OCCASION = re.compile(
    r"\b(?:conferences?|briefings?|interviews?|videos?|speech(?:es)?|congress|(?:live)?streams?|broadcasts?"
    r"|podcasts?|statements?|tone|said|told|wrote|written|posted|spoke|spoken|sounded|appealed|promised"
    r"|warned|insisted|argued|announced|tweeted|declared|vowed|pledged)\b",
    re.I,
)
# A cue that carries its own time or a new occasion ("he said after his release", "she said later",
# "he said in an interview"): not the occasion before
_OWN_TIME = re.compile(
    r"\b(?:after|later|since|before|once|now|today|tonight|yesterday|then|afterwards|this (?:week|morning|evening)"
    r"|in an? (?:interview|statement|post|video|letter|speech))\b",
    re.I,
)
# Words that point back at the occasion as past ("nothing has changed since then", "that day")
_BACK_THEN = re.compile(r"\b(?:then|that day|that night|at the time|since that)\b", re.I)


def _words_go_on(analysis: Analysis, c: Candidate, first: int, sentence: str) -> bool:
    """Whether the quote ``c`` (its first sentence ``first``) gives the words of the occasion the
    sentence before it (``sentence``) tells of in the past perfect: it opens that sentence in the same
    paragraph, its cue after the words ("Ines Ruiz had struck a defiant tone at a news conference on
    Tuesday. 'Nobody will lose a job,' she said."). A cue that comes first ("She said on Friday ...")
    begins a new occasion; so does one with its own time ("he said after his release"). The sentence
    must tell of a speaking occasion ("had resigned on Monday" tells of none); words that point back
    at it ("nothing has changed since then") are later ones."""
    if c.cue is None or c.cue[0] < c.end or first == 0:
        return False
    here, before = analysis.sentences[first], analysis.sentences[first - 1]
    if here.paragraph != before.paragraph:
        return False
    if analysis.text[here.start : c.start].strip(" \"“”‘’'«»„"):
        return False
    if not _SPEAKING_OCCASION.search(sentence):
        return False
    told = analysis.sentences[analysis.sentence_at(c.cue[0])]
    if _OWN_TIME.search(analysis.text[c.cue[1] : told.end]):
        return False
    return not _BACK_THEN.search(analysis.text[c.start : c.end])


_WIRE_DATELINE = re.compile(r"[^\W\d][^,\n]*,")  # a place, then a comma


def _dateline_day(line: str | None, ref: date | None) -> str | None:
    """The day (``ref``, read from the dateline) a wire dateline gives: a place, then the date
    ("KALTENBACH, Germany, June 14 (Continental Wire) -"); not a date line in a newspaper's
    header ("Sunday 20 June 2027", "Published March 9, 2027, 5:00 a.m."), whose features and
    next-day reports tell of other days."""
    if ref is None or not line or not _WIRE_DATELINE.match(line):
        return None
    if any(len(word) > 4 and word.casefold() in WEEKDAYS for word in re.findall(r"[^\W\d]+", line)):
        return None  # "The Northern Ledger, Wednesday 3 March": a header's date, no wire's
    found = find_dates(line, default_year=2000)  # a leap year: any month and day reads
    place = _WIRE_DATELINE.match(line)
    if not found or place is None or found[0].start < place.end():
        return None  # "Published March 9, 2027, 5:00 a.m.": a header's stamp, the date before any place
    return ref.isoformat()


def _paragraph_start(analysis: Analysis, paragraph: int) -> int:
    return next(s.start for s in analysis.sentences if s.paragraph == paragraph)


def _named_before(entity: Entity | None, text: str, at: int) -> bool:
    """Whether the speaker was named before offset ``at`` (an unknown speaker counts as named):
    one the story brought in on another day ("Asked about Zelensky's statement ...") stays there."""
    if entity is None:
        return True
    names = {n.split()[-1] for n in (entity.name, *(entity.forms or ())) if n}
    return any(re.search(rf"\b{re.escape(n)}\b", text[:at]) for n in names)


def _occasion_only(analysis: Analysis, c: Candidate, time: TimeExpression | None) -> bool:
    """Whether the quote's day comes from an occasion named after "on" by its day's possessive
    (:func:`when.on_an_occasion`): a day the speaker's later words do not take on."""
    if time is None or c.cue is None:
        return False
    sentence = analysis.sentences[analysis.sentence_at(c.cue[0])]
    return on_an_occasion(analysis.text[sentence.start : sentence.end], time[2])


def _in_a_tail(analysis: Analysis, c: Candidate) -> bool:
    """Whether a quote's cue stands in the writer's tail of an earlier report of its sentence
    ("said C, a more optimistic call than the one she gave on Monday, when she said D"): D is
    the earlier occasion the tail compares C with."""
    if c.cue is None:
        return False
    sentence = analysis.sentences[analysis.sentence_at(c.cue[0])]
    return any(
        _tail(analysis, o, sentence)[0][0] <= c.cue[0]
        for o in analysis.candidates
        if o is not c and sentence.start <= o.start and o.end <= c.cue[0] and _tail(analysis, o, sentence)
    )


def _in_an_aside(analysis: Analysis, c: Candidate) -> bool:
    """Whether a quote's cue stands in a relative clause between commas of its sentence, the main
    clause going on after it (see :func:`in_an_aside`)."""
    if c.cue is None:
        return False
    sentence = analysis.sentences[analysis.sentence_at(c.cue[0])]
    return in_an_aside(analysis.text[sentence.start : sentence.end], c.cue[0] - sentence.start)


def _lagged(analysis: Analysis, c: Candidate) -> bool:
    """Whether a quote's cue comes some days after the day its sentence names ("..., two days
    after saying ...")."""
    return _lag(analysis, c) > 0


def _lag(analysis: Analysis, c: Candidate) -> int:
    """How many days before the day its sentence is on a quote's cue was said ("..., two days
    after saying ..." 2); 0 when its sentence names no lag."""
    if c.cue is None:
        return 0
    sentence = analysis.sentences[analysis.sentence_at(c.cue[0])]
    return lag_days(analysis.text[sentence.start : c.cue[0]])


def _dated_by_article(c: Candidate, time: TimeExpression | None, second_hand: bool) -> bool:
    """Whether a quote nothing else dates was said on the article's own day: news reports the
    day's words, so a quote with its cue and no time of its own ("Rohloff told Continental Wire
    by telephone") was said on the dateline's day; not words relayed from another outlet's
    report, nor an earlier or vague occasion."""
    return c.cue is not None and not c.bare and not second_hand and time is None and not c.past_perfect


def _document_day(analysis: Analysis, c: Candidate, ref: date | None) -> str | None:
    """The day of the document a quote is read from ("'...,' the award states", "The judgment
    reads: '...'"), as the article dates it before the quote (see :mod:`documents`); None for a
    quote no document speaks."""
    if ref is None or not analysis.sentences:
        return None
    first = analysis.sentence_at(min(c.start, c.cue[0]) if c.cue else c.start)
    last = analysis.sentence_at(max(c.end, c.cue[1]) if c.cue else c.end)
    sentence_start, sentence_end = analysis.sentences[first].start, analysis.sentences[last].end
    attribution = mask_pieces(analysis.text, sentence_start, sentence_end, list(c.pieces))
    paragraph = _paragraph_start(analysis, analysis.sentences[first].paragraph)
    if not read_from_document(attribution, analysis.text[paragraph : c.start]):
        return None
    # (every direct quotation's words blanked: "an inspection report dated 21 June" quoted from
    # the document is no day of the document's own)
    quoted = [
        *c.pieces,
        *(p for o in analysis.candidates if o.kind == "direct" for p in o.pieces if p[0] < sentence_end),
    ]
    day = document_day(mask_pieces(analysis.text, 0, sentence_end, quoted), ref)
    return day.isoformat() if day is not None else None


def _relayed_day(analysis: Analysis, c: Candidate, ref: date | None) -> str | None:
    """The day the one who quotes a quote inside their own words gives the call or talk they
    heard it in, in the quoting sentence or the one before it inside their words (see
    :mod:`relayed_days`), inside the words that hold it, else inside its paragraph."""
    if ref is None or not analysis.sentences:
        return None
    index = analysis.sentence_at(c.start)
    # the holder's words, or a transcript turn's or a writer's own paragraph ("She rang me on
    # Monday. 'We will pay,' she said"): the one who was rung tells of the call; past a reported
    # clause that holds the words, the words that hold that clause ("She rang me on Monday. She
    # told me the pier would shut, and she said the ferry would stop"): one teller tells of both
    holders = sorted((o for o in analysis.candidates if _holds(o, c)), key=lambda o: o.start, reverse=True)
    starts: list[int] = []
    for o in holders:
        starts.append(o.start)
        if o.kind != "indirect":
            break
    else:
        starts.append(_paragraph_start(analysis, analysis.sentences[index].paragraph))
    for inner in starts:
        day = _relayed_inside(analysis, c, index, inner, ref)
        if day is not None:
            return day
    return None


def _relayed_inside(analysis: Analysis, c: Candidate, index: int, inner: int, ref: date) -> str | None:
    """The day the words from ``inner`` on give the call a quote was heard in (see
    :func:`_relayed_day`): its sentence (sentence ``index``) and the one before, inside them."""
    sentence = analysis.text[max(analysis.sentences[index].start, inner) : c.start]
    before = ""
    if index > 0 and analysis.sentences[index - 1].end > inner:
        previous = analysis.sentences[index - 1]
        before = analysis.text[max(previous.start, inner) : previous.end]
    # (the cue after the words too: "'Never sell the farm,' my father always said")
    after = ""
    if c.cue is not None and c.cue[0] >= c.end:
        after = analysis.text[c.end : min(c.cue[1], analysis.sentences[analysis.sentence_at(c.cue[0])].end)]
    day = relayed_day(before, sentence, ref, sentence + " " + after)
    return day.isoformat() if day is not None else None


def _occasion_day(analysis: Analysis, c: Candidate, ref: date | None) -> str | None:
    """The day of the occasion a quote's sentence names by "the" ("he said at the meeting"), as
    the story dated it when it last named it (see :mod:`occasions`); None for any other quote."""
    if ref is None or c.cue is None or not analysis.sentences:
        return None
    first = analysis.sentence_at(min(c.start, c.cue[0]))
    last = analysis.sentence_at(max(c.end, c.cue[1]))
    start, end = analysis.sentences[first].start, analysis.sentences[last].end
    sentence = mask_pieces(analysis.text, start, end, list(c.pieces))
    day = occasion_day(analysis.text[:start], sentence, ref)
    return day.isoformat() if day is not None else None


# words that put a document on an occasion of its own, of every year or the last of many: "the
# mayor's annual letter", "the board's most recent report", "its quarterly update"
_STANDING = re.compile(r"\b(?:annual|yearly|quarterly|monthly|biannual|most\s+recent)\b", re.I)


def _standing_document(c: Candidate) -> bool:
    """Whether the quote's speaker phrase is a document its words put on an occasion of its own
    (:data:`_STANDING`): the day its author spoke before is not that document's."""
    role = c.mention.role if c.mention is not None else None
    text = c.mention.text if c.mention is not None else ""
    words = (role or text or "").casefold().split()
    return any(w.strip(".,") in DOCUMENT_NOUNS for w in words) and _STANDING.search(" ".join(words)) is not None


def _vague(c: Candidate, time: TimeExpression | None) -> bool:
    """Whether the quote's own words put it on no particular day ("last week", "had said")."""
    return c.past_perfect or (time is not None and time[0] != "day")


def _member_day(
    analysis: Analysis, c: Candidate, entity: Entity | None, body_days: dict[int, tuple[Entity, str]]
) -> str | None:
    """The day of a body's statement dated in the sentence just before the quote's (in its
    paragraph or closing the one before), when the quote's sentence names its speaker as that
    body's officer or spokesperson (see :mod:`member_days`); None otherwise."""
    if c.cue is None or entity is None or not analysis.sentences:
        return None
    first = analysis.sentence_at(min(c.start, c.cue[0]))
    last = analysis.sentence_at(max(c.end, c.cue[1]))
    dated = body_days.get(first - 1)
    if dated is None:
        return None
    body, day = dated
    if body.id == entity.id:
        return None  # the body itself: its own days are carried as context
    sentence = mask_pieces(analysis.text, analysis.sentences[first].start, analysis.sentences[last].end, list(c.pieces))
    if later_occasion(sentence):
        return None  # "Its chief engineer later said at a council hearing": the officer's own occasion
    prior = analysis.sentences[first - 1]
    before = analysis.text[prior.start : prior.end]
    return day if speaks_for(sentence, body.name, body.forms, before) else None


def _said_on(
    c: Candidate,
    time: TimeExpression | None,
    speaker: str | None,
    last_day: dict[str, str],
    second_hand: bool,
    present: bool = False,
    looks_back: bool = False,
) -> tuple[str | None, str | None]:
    """The day of the statement and where it comes from: its own time expression (``stated``),
    else the last dated one of its speaker (``speaker``, see :func:`_day_key`: ``context``),
    never for a cue in the present tense (``present``: "he says", an interview of no particular
    day). The day of an earlier occasion
    (``looks_back``: "had said on Monday", "two days after saying") is carried on to no later quote."""
    if (c.cue is not None and not c.bare) or time is not None:
        if c.past_perfect and (time is None or time[0] != "day"):
            return None, None  # "had said": an earlier occasion, unless its day is named
        if time is not None:
            kind, day, _ = time
            if kind == "day" and day is not None:
                iso = day.isoformat()
                if speaker is not None and not looks_back:  # an earlier occasion carries no day on
                    last_day[speaker] = iso
                return iso, "stated"
            return None, None
        if second_hand:
            return None, None  # relayed from another outlet's report: its day is that report's
    if present:
        return None, None  # "he says": a feature's interview, not the occasion dated before
    earlier = last_day.get(speaker) if speaker is not None else None
    return earlier, "context" if earlier else None


def _day_key(entity: Entity | None, entities: list[Entity]) -> str | None:
    """Whose days a quote carries on: its speaker's id; an acronym's, the id of the one
    organisation of the article whose initials it is (what "the league" said on Tuesday, "the
    NPL" said then too; an acronym the article spelled out, "(NPL)", is that body already); None
    for no speaker."""
    if entity is None:
        return None
    if entity.kind == "organisation":
        spelled = [e for e in entities if e.kind == "organisation" and spells(entity.name, e.name)]
        if len(spelled) == 1:
            return spelled[0].id
    return entity.id


def _span(text: str, span: tuple[int, int] | None) -> Span | None:
    if span is None:
        return None
    return Span(text[span[0] : span[1]], span[0], span[1])


def _record(
    text: str,
    c: Candidate,
    entity: Entity | None,
    said_on: str | None,
    context: ArticleContext,
    channel: tuple[str | None, str | None],
    said_on_source: str | None = None,
    named_near: tuple[int, int] | None = None,
) -> Quote:
    # a live blog's entry time opening the quote's paragraph is no word of it ("16.06 The agency ...")
    start, end = after_clock_stamp(text, c.start, is_live_blog(text)), c.end
    # a bare quote's speaker is named by no cue of its own, but may be in its paragraph
    near = _mention_span(c) or (named_near if entity is not None else None)
    mention = _span(text, near) if near is not None else None
    speaker = None
    if entity is not None:
        speaker = SpeakerRef(entity.id, entity.name, mention, entity.kind)
    via, via_kind = channel  # the channel and its kind, named as the article names them (attribute.channels)
    fragments = tuple(Span(text[s:e], s, e) for s, e in c.pieces) if len(c.pieces) > 1 else ()
    quoted = tuple(Span(text[s:e], s, e) for s, e in c.quoted_parts)
    return Quote(
        quote_id=quote_id(context.article_id, start, end),
        article_id=context.article_id,
        kind=c.kind,
        text=text[start:end],
        start=start,
        end=end,
        cue=_span(text, c.cue),
        speaker=speaker,
        via=via,
        via_kind=via_kind,
        said_on=said_on,
        fragments=fragments,
        source=context.source,
        outlet=context.outlet,
        published=context.published,
        language=context.language,
        source_mention=mention if speaker is None else None,
        said_on_source=said_on_source,
        quoted=quoted,
    )
