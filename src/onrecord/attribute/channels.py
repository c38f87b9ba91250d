"""The channel a quote reached the article through (``via``): an outlet, a platform, a wire or a
person who relays.

News copy names the channel in a few ways, in every language it is written in: the outlet the
speaker spoke to ("told Radio North", "sagte dem Sender X", "a confié au Courrier", "заявил
телеканалу X"), a platform ("wrote on X", "in a video posted on Telegram", "написал в Facebook"),
an outlet that reported first ("according to X", "X reported", "selon l'agence X"), and a person
who relays another's words. The channel is often stated once ("Vang told the Ledger on Thursday
that ...") and holds for the speaker's next quotes of the same conversation ("...," Vang said),
or stated by a media noun that points back to the outlet named before ("she told the
broadcaster"). The outlets an article names are read from the article itself (a
:class:`Gazetteer`): known outlets, names a media noun introduces ("the broadcaster Radio
Stellach", "l'agence CPA"), masthead-shaped names and the article's own outlet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from onrecord.attribute.channel_conversation import (
    Said,
    another_day,
    goes_further,
    goes_on,
    next_to,
    same_conversation,
)
from onrecord.attribute.channel_cues import REPORTED, SPOKE
from onrecord.attribute.channel_foreign import FOREIGN
from onrecord.attribute.channel_gazetteer import Gazetteer, gazetteer
from onrecord.attribute.channel_headed import headed_name
from onrecord.attribute.channel_names import LEADING, name_ends, name_leads, same_outlet, spelled_out
from onrecord.attribute.channel_platforms import own_platform
from onrecord.attribute.channel_reading import (
    abbreviated,
    channel_name,
    channels_in,
    credited,
    find_channel,
    masthead_spelled,
    outlet_of,
    own_record,
    owned_medium,
    owners_site,
)
from onrecord.attribute.channel_relays import (
    TOLD_THE_PROGRAMME,
    WHEN_GAP,
    according_to_person,
    bare_person,
    framing_teller,
    full_name,
    hearsay_person,
    inside_others,
    person_relays,
    read_out,
    sentence_span,
)
from onrecord.attribute.channel_spelled import spelled_before
from onrecord.attribute.channel_told import told_outlets
from onrecord.attribute.channel_turns import turn_relayer
from onrecord.attribute.channel_unread import unread_channel
from onrecord.attribute.headings import proceedings_header
from onrecord.attribute.knowledge import knowledge
from onrecord.dates import FULL_WEEKDAYS, MONTHS
from onrecord.extract.clauses import SELF_OUTLET
from onrecord.extract.transcript import find_turns
from onrecord.languages import languages
from onrecord.spans import mask_pieces

if TYPE_CHECKING:
    from onrecord.attribute.entities import Entity
    from onrecord.extract.candidates import Analysis, Candidate

__all__ = [
    "ORIGINS",
    "Gazetteer",
    "assign_channels",
    "audience",
    "bare_person",
    "channel_name",
    "find_channel",
    "full_name",
    "gazetteer",
    "inside_others",
    "person_relays",
    "relayed",
    "spelled_out",
]


# The steps of assign_channels that read a candidate's channel (its ``origins``).
ORIGINS = (
    "cue",
    "bare_sentence",
    "bare_conversation",
    "turn",
    "sentence",
    "teller",
    "according_person",
    "read_out",
    "setup",
    "conversation",
    "goes_on",
    "further",
    "setup_own",
    "setup_post",
    "unread",
    "thread",
    "credited",
    "turn_relayer",
    "turn_record",
)


_AUDIENCES = ("journalists", "reporters", "lawmakers", "supporters", "the press", "the media", "correspondents")


def audience(text: str, c: Candidate) -> str | None:
    """The audience a cue names ("told journalists" -> journalists), if any."""
    if c.cue is None:
        return None
    cue = text[c.cue[0] : c.cue[1]].casefold()
    return next((a for a in _AUDIENCES if a in cue), None)


_REPORTING_CUE = re.compile(r"quot|cit|according|report|selon|laut|según|сообщ", re.I)


def relayed(c: Candidate, text: str) -> bool:
    """Whether a quote's words reached the article second-hand through the relay its cue names:
    an outlet's report ("according to X", "X reported", "X quoted Y as saying") or a person who
    relays them; not an outlet the speaker spoke to ("told Radio North") nor a platform posted
    on, which carry the speaker's own words of that day.

    Args:
        c: the candidate, with the relay read at extraction (``c.via``).
        text: the article's text (for the cue's words).
    """
    if not c.via:
        return False
    cue = text[c.cue[0] : c.cue[1]] if c.cue is not None else ""
    if c.frame == "according" or _REPORTING_CUE.search(cue):
        return True
    return knowledge().channel_kind(c.via) == "person"


# A statement sent to an outlet or the article's own ("in a statement emailed to the Ledger", "in a
# statement to this programme"): said to the outlet, which hears it, not to reporters at large.
_STATEMENT_TO = (
    r"\s+(?:(?:sent|e-?mailed|given|provided|supplied)\s+)?to\s+"
    r"(?!the\s+(?:press|media|senate|house|assembly|committee|council|court|parliament|inquiry|hearing)\b)"
    r"(?:this\s+(?:newspaper|paper|programme|program|station|magazine|website|site|broadcaster|show)\b|"
    r"(?:the\s+)?(?-i:[A-Z]))"
)


_RESET = re.compile(
    r"\b(?:told|tells)\s+(?:reporters|journalists|lawmakers|the\s+press|a\s+news\s+conference|strikers|"
    r"supporters|parliament|the\s+(?:senate|assembly|committee|hearing))\b|\b(?:at|in)\s+a\s+(?:news|press)\s+"
    r"conference\b|\bin\s+a\s+(?:written\s+)?statement\b"
    # (a statement a medium carried, its day between: "said in a statement on Friday, carried by X")
    r"(?!" + WHEN_GAP + r",?\s+(?:carried|quoted|published|reported|cited)\s+by)"
    r"(?!" + _STATEMENT_TO + r")"
    r"(?!\s+(?:issued|released|sent|made)" + WHEN_GAP + r"\s+through\s+(?:his|her|their|its)\b)"
    r"|\bat\s+(?:a|the)\s+(?:(?:press|news)\s+)?(?:briefing|rally|meeting|hearing)\b",
    re.I,
)


# The name of a body that sits and keeps a record of its proceedings.
_SITTING_BODY = re.compile(
    r"\b(?:council|assembly|parliament|senate|house\s+of|committee|commission|tribunal|court|inquiry|congress)\b", re.I
)


def assign_channels(
    analysis: Analysis,
    speakers: dict[int, Entity | None],
    own: str | None,
    audience_of: Callable[[Candidate], str | None] | None = None,
    dated: Callable[[Candidate], bool] | None = None,
    dateline: str | None = None,
    reports: set[int] | None = None,
    people: list[Entity] | None = None,
    language: str | None = None,
    places: frozenset[str] = frozenset(),
    origins: dict[int, str] | None = None,
) -> tuple[dict[int, str | None], Gazetteer]:
    """Find every candidate's channel: the relay its cue names (read at extraction), else the
    channel its cue's sentence names, else the one the sentence setting up the quote names
    ("Olesk posted on Facebook. '...,' he wrote"), else the one the speaker's previous quote
    was heard through in the same conversation (no other speaker quoted between, at most one
    paragraph on, and no day of its own: ``dated``). A transcript's turns came through the
    transcript's own outlet; a quote told to an audience (``audience_of``) through none. A
    quote with no channel of its own whose line ends in a credit ("(via The Standard)") came
    through the outlet credited; one in a forum's thread (``own`` a forum), through the forum.

    ``reports``, if given, receives the ``id`` of every candidate whose channel is an outlet's
    report ("according to X", "según la agencia X"): words heard second-hand. ``people``, the
    article's entities, give a relaying person read by surname their full name. ``language``,
    the article's: in another than English, a sentence naming the article's own outlet in any
    grammatical case names the channel. ``places``, the places the article names (casefolded),
    are never an outlet a speaker told something ("she told Kyiv"). ``origins``, if given,
    receives for every candidate given a channel the step that read it (``cue``, ``sentence``,
    ``setup``, ``conversation``, ``turn``, ``credited``, ...: see :data:`ORIGINS`), which the
    channel gate (:mod:`onrecord.attribute.channel_gate`) reads.

    Returns:
        Each candidate's channel (by ``id``), and the article's outlets (for the channels' kinds).
        The candidates' own ``via`` (the relay their cue names) is left as read.
    """
    text = analysis.text
    gaz = gazetteer(text, own, dateline)
    gaz.foreign = language is not None and language != "en"
    told_outlets(text, gaz, people or [], places)  # "he told SkyLedger": an outlet the article never introduced
    # the turns of proceedings (a parliament's report, an inquiry, a briefing) came through no outlet
    turn_via = None if proceedings_header(text) else own
    # a streamer's channel on a platform ("Channel: GroveCooks (Twitch)"): its turns came through the platform
    kb = knowledge()
    turn_via = own_platform(text, turn_via, lambda w: kb.platform(w) if kb.is_platform(w) else None) or turn_via
    # a record of a sitting body's proceedings, its own "outlet" the body ("SECURITY COUNCIL")
    chamber = turn_via is None and own is not None and _SITTING_BODY.search(own) is not None
    thread = own is not None and knowledge().is_forum(own)  # a forum thread's posts are all on the forum
    channels: dict[int, str | None] = {}
    last: dict[int, Said] = {}
    previous_speaker: int | None = None
    inner = inside_others(analysis.candidates)
    transcript = any(c.frame == "turn" for c in analysis.candidates)
    turns = find_turns(text) if transcript else []
    unread = language != "en"  # (None: a language the detector does not know)
    # (a language onrecord has data for: its rules read a sentence's opening "according to X")
    rules = language is not None and language in languages()
    quoted_last: Entity | None = None  # the person quoted last ("Later he read out a letter ...")
    for c in sorted(analysis.candidates, key=lambda c: c.start):
        entity = speakers.get(id(c))
        key = id(entity) if entity is not None else None
        para = analysis.sentences[analysis.sentence_at(c.start)].paragraph if analysis.sentences else 0
        at = c.cue[0] if c.cue else c.start
        via = c.via
        how = "cue"  # the step that read the channel (see ORIGINS)
        if via is not None and not c.bare and _relay_before_cue(text, c, via):
            # "Rolf K. Ahlgren said ..., according to a statement quoted by X": the speaker's
            # initial read as the relay; the channel is the one the sentence names
            via = None
        cue = text[c.cue[0] : c.cue[1]] if c.cue is not None else ""
        report = c.frame == "according" or bool(_REPORTING_CUE.search(cue))
        # a quote read without its cue came through the channel its own sentence names, before any
        # the speaker's quote before it lends it ("..." which she told the crowd, according to X)
        here = _bare_channel(analysis, c, entity, gaz, people or []) if c.bare else (None, False)
        if here[0] is not None:
            via, report = here
            how = "bare_sentence"
        elif via is not None:
            raw = via
            via = channel_name(via, own, gaz, at)
            if raw != SELF_OUTLET and not c.bare:
                # the parser may cut an outlet's name short ("Kanal" of "told Kanal 5 Nord")
                named, _ = _sentence_channel(analysis, c, gaz)
                if named is not None and (
                    name_leads(raw.split(), LEADING.sub("", named).split()) or name_ends(raw.split(), named.split())
                ):
                    via = named  # ("TV" of "state TV quoted ...")
            elif not c.bare:
                named, _ = _sentence_channel(analysis, c, gaz)
                if named is not None and knowledge().is_platform(named):
                    via = named  # "the co-op told us on X that ...": the audience was told on the platform
            if via is not None and people and knowledge().channel_kind(via) == "person":
                via = full_name(via, people, text)
            if via is not None and knowledge().channel_kind(via) == "person" and not c.bare:
                # the cue's relay read as a person may be an outlet the sentence names in full
                # ("told Portuguese newspaper Diário da Foz")
                named, _ = _sentence_channel(analysis, c, gaz)
                if named is not None and named != via and same_outlet(named, via):
                    via = named
                # nor is the country or body owning the medium ("Kessa's public broadcaster KBC quoted")
                via = owned_medium(text, at, raw, gaz) or via
            if via is not None and raw != SELF_OUTLET:
                via = owners_site(text, c, raw, gaz) or via
        elif c.frame == "turn":
            via, how = turn_via, "turn"
        elif c.bare:
            # (right after the sentence of the speaker's quote: a sentence between may bring on another)
            if key is not None and key == previous_speaker and key in last and next_to(analysis, c, last[key]):
                # a quote with no cue after the speaker's quote goes on with it ("...," he said.
                # Then, tapping a folder: "...")
                via = same_conversation(last[key], para, dated is not None and dated(c))
                how = "bare_conversation"
        elif not c.bare:
            via, report = _sentence_channel(analysis, c, gaz)
            how = "sentence"
            if via is not None:
                via = owners_site(text, c, via, gaz) or via  # "as quoted by VSL's website": the site
                via = hearsay_person(via, gaz.hearsay, people or []) or via  # "according to Quesnel"
            teller = framing_teller(analysis, c, entity, people or [])
            if teller is not None:
                # words told to a person who passes them on came through that person, not the
                # channel the teller's own clause names ("O'Dwyer told Radio X the minister had
                # promised him ...")
                via, report, how = full_name(teller, people or [], text), True, "teller"
            if via is None:
                via, how = according_to_person(analysis, c, entity, people or []), "according_person"
            if via is None:
                via, how = read_out(analysis, c, entity, people, quoted_last), "read_out"
            heard = (audience_of is None or audience_of(c) is None) and not _resets(analysis, c)
            # a quote in the speaker's own words, or written, goes on with the conversation or the
            # post the sentence before sets up; reported speech is the writer's summary of another
            words = c.kind != "indirect" or (c.cue_lemma or "").split()[:1] in (["write"], ["post"])
            if via is None and heard and words:
                via, how = _setup_channel(analysis, c, entity, gaz, key == previous_speaker), "setup"
                if via is None and key is not None and key == previous_speaker and key in last:
                    # (a post goes on the platform whatever the day, "A day earlier he had written
                    # that ..."; spoken words of another day do not)
                    spoken = (c.cue_lemma or "").split()[:1] not in (["write"], ["post"], ["tweet"])
                    before = last[key].via
                    posted = not spoken and before is not None and knowledge().is_platform(before)
                    later = not posted and (
                        (dated is not None and dated(c)) or (spoken and another_day(analysis, c, last[key]))
                    )
                    via, how = same_conversation(last[key], para, later), "conversation"
            elif via is None and heard:
                if key is not None and key == previous_speaker and key in last:
                    via, how = goes_on(analysis, c, last[key], dated is not None and dated(c)), "goes_on"
                if via is None and key is not None and key in last and goes_further(text, c):
                    # "X further stated that ...": the same interview, others quoted between
                    via, how = last[key].via, "further"
                if via is None:
                    # the writer's own interview the sentence before sets up ("... when this
                    # newspaper reached him. The minister promised us ..., Mr Dunne said"), or a
                    # post on a platform ("Varga posted a video on Telegram. She says the pier ...")
                    setup = _setup_channel(analysis, c, entity, gaz, key == previous_speaker)
                    own_setup = setup is not None and setup == gaz.own
                    # (the summary of a post is of no day of its own: "said in evidence on
                    # Wednesday", after a sentence about a post, is another occasion's)
                    posted = setup is not None and gaz.channel_kind(setup) == "platform"
                    posted = posted and not (dated is not None and dated(c))
                    # (only a sentence that tells of something put on the platform: "Koller, who has
                    # 40,000 followers on Instagram, runs a bakery" posts nothing)
                    posted = posted and _tells_of_a_post(analysis, c)
                    via = setup if own_setup or posted else None
                    how = "setup_own" if own_setup else "setup_post"
        # "according to the DSVA's Thursday bulletin": the body's own record, no medium, heard second-hand
        record = via is not None and report and c.frame == "according" and _own_record(analysis, c, via, gaz)
        if record:
            via = None
        if via is not None and c.frame != "turn" and _seen_by(analysis, c, via):
            via = None  # "According to a copy seen by the Standard, she wrote ...": a document it saw
        if via is None and unread and c.frame != "turn":
            # a language without channel words: the one channel the attribution names by its name
            start, end = sentence_span(analysis, c)
            via = unread_channel(_masked_quotes(analysis, start, end), c.cue[0] - start if c.cue else None, rules)
            how = "unread"
        if via is None:
            via, how = (own, "thread") if thread else (credited(text, c, gaz), "credited")
        elif via == own and chamber:
            via = None  # a record of proceedings is its chamber's: "he told the Council" names no outlet
        elif (
            via is not None
            and via == turn_via
            and c.frame != "turn"
            and turns
            and _told_the_turn(analysis, c, inner, own)
        ):
            # words relayed inside a turn ("The chief told me that ...") came through its speaker
            relayer = turn_relayer(text, turns, c.start, entity.name if entity is not None else None)
            if relayer is not None:
                via, how = relayer, "turn_relayer"
        if via is None and turn_via is None and c.frame != "turn" and turns:
            # another's words in a member's turn of proceedings ("The director has assured me that
            # ...", "The minister has told the House ...") came through that member
            via = turn_relayer(text, turns, c.start, entity.name if entity is not None else None, record=True)
            how = "turn_record"
        spelled = spelled_before(masthead_spelled(abbreviated(via, text), text, transcript), text, own)
        channels[id(c)] = headed_name(spelled, text)  # ("told Kestrel" under "KESTREL BUSINESS WIRE")
        if origins is not None and channels[id(c)] is not None:
            origins[id(c)] = how
        if report and (via is not None or record) and reports is not None:
            reports.add(id(c))
        if entity is not None and entity.kind == "person":
            quoted_last = entity
        if id(c) in inner:
            continue  # words relayed inside another's quote do not interrupt that speaker's conversation
        if key is not None and not (c.past_perfect and key in last):
            # (words of an earlier occasion, "On Tuesday she had said ...", do not end the
            # conversation they are told in)
            # a report is no conversation to go on with
            # where its words end: a quote of several sentences goes on from its last
            ends = max(c.end, c.cue[1] if c.cue else c.end) - 1
            last[key] = Said(None if report else via, para, analysis.sentence_at(ends), ends)
        if not c.bare and not (key is None and c.frame == "according"):
            # (a report with no speaker, "according to the station's blog", interrupts no one)
            previous_speaker = key
    return channels, gaz


def _relay_before_cue(text: str, c: Candidate, via: str) -> bool:
    """Whether an "according to" quote's relay, read at extraction, is named only before the
    cue, not after it in the sentence where "according to" names it: a misreading (a speaker's
    name cut at an initial's full stop, "Simon J.")."""
    if c.frame != "according" or c.cue is None or via == SELF_OUTLET:
        return False
    after = text[c.cue[1] : c.cue[1] + 200].split("\n", 1)[0]
    return via not in after and via in text[max(0, c.cue[0] - 300) : c.cue[0]]


def _own_record(analysis: Analysis, c: Candidate, via: str, gaz: Gazetteer) -> bool:
    """Whether the quote's sentence says "according to" ``via``'s own record or office (see
    :func:`own_record`)."""
    start, end = sentence_span(analysis, c)
    return own_record(analysis.text[start:end], via, gaz)


# A document an outlet (or anyone) saw or obtained ("a copy seen by the Standard", "a memo obtained
# by the Ledger", "a draft circulated to cabinet and seen by the Gazette-Post"): the words were read,
# not told to anyone.
_SEEN_BY = re.compile(
    r"\b(?:seen|obtained|reviewed)\s+by\s+(?:the\s+)?(?P<who>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
)
# "According to" a document someone saw: the seen-by phrase in the document's own noun phrase, no
# comma, relative or verb of its own between ("According to the minister, who spoke to ... after a
# draft was obtained by ...", "According to a spokesman who talked to ...": a person's words).
_ACCORDING_TO_DOCUMENT = re.compile(
    r"\b[Aa]ccording\s+to\s+(?:a|an|the)\b"
    r"(?:(?!\s(?:who|whom|whose|which|was|were|is|are|had|has|have)\b)[^,.;:\"“”]){0,80}?\b(?:seen|obtained)\s+by\b"
)
# Words told to a channel: "told the Ledger", "spoke to the Courier", "in an interview with ..."
_TOLD_TO = re.compile(
    r"\b(?:told|tells|telling|(?:spoke|speaking|talked|talking|said)\s+to|interview\s+with)\s+"
    r"(?:the\s+)?(?P<who>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
)


def _names(who: str, via: str) -> bool:
    """Whether the capitalised words ``who`` name the channel ``via``."""
    return who == via or (same_outlet(who, via) and via.split()[-1] == who.split()[-1])


def _seen_by(analysis: Analysis, c: Candidate, via: str) -> bool:
    """Whether the quote's sentence gives its words as a document's that the channel ``via`` only
    saw ("According to a copy seen by the Standard, the chief executive wrote that ...": no one
    told the Standard anything), or as an "according to" of a document someone saw ("According
    to an agency summary seen by the Sentinel, ..."): written words, read, through no channel.
    Never when the sentence tells of words told to ``via`` ("told the Ledger that the memo,
    obtained by the Ledger, ..."): those came through it."""
    start, end = sentence_span(analysis, c)
    window = mask_pieces(analysis.text, start, end, c.pieces)
    if any(_names(m.group("who"), via) for m in _TOLD_TO.finditer(window)):
        return False
    if c.frame == "according" and _ACCORDING_TO_DOCUMENT.search(window):
        return True
    return any(_names(m.group("who"), via) for m in _SEEN_BY.finditer(window))


def _bare_channel(
    analysis: Analysis, c: Candidate, entity: Entity | None, gaz: Gazetteer, people: list[Entity]
) -> tuple[str | None, bool]:
    """The channel a quote read without its cue (in a language extraction has no rules for, or
    standing alone) names in its own sentence ("ha dichiarato a Radio Hallvik che «...»"), and
    whether it reported."""
    via, report = _sentence_channel(analysis, c, gaz)
    if via is None and _spans_sentence(analysis, c):
        # a span read over its own attribution ('"...", kazao je Babić za Jutarnji glas.'): the
        # words outside its quotation marks name the channel
        via, report = _sentence_channel(analysis, c, gaz, marks_only=True)
    via = via or according_to_person(analysis, c, entity, people) or read_out(analysis, c, entity, people)
    return via, report


def _sentence_channel(
    analysis: Analysis, c: Candidate, gaz: Gazetteer, marks_only: bool = False
) -> tuple[str | None, bool]:
    """The channel the quote's own sentence (content blanked) names, and whether it reported;
    ``marks_only``: blank only the words inside quotation marks (for a span read over its
    attribution)."""
    start, end = sentence_span(analysis, c)
    pieces = c.pieces
    if marks_only:
        pieces = [(start + m.start(), start + m.end()) for m in _MARKED.finditer(analysis.text[start:end])]
    window = mask_pieces(analysis.text, start, end, pieces)
    if _RESET.search(window):
        return None, False
    others = [o.cue[0] - start for o in analysis.candidates if o is not c and o.cue and start <= o.cue[0] < end]
    found = _in_cue_clause(window, start, gaz, c.cue[0] - start if c.cue else None, others)
    if found is None and gaz.own and _TOLD_ME.search(_masked_quotes(analysis, start, end)):
        return gaz.own, False  # the writer's own interview: "a mother of three told me she had ..."
    if found is None:
        closing = _closing_report(analysis.text[start:end], start, gaz)
        if closing is None:
            foreign = _closing_foreign(analysis.text[start:end], start, gaz)
            return foreign or (_closing_interview(analysis.text[start:end], start, gaz), False)
        return closing, True
    return (found[0], found[2]) if found else (None, False)


# Words inside quotation marks, of any style.
_MARKED = re.compile(r"[\"“„«»‘][^\"“”„«»]*[\"”“»«]")


def _spans_sentence(analysis: Analysis, c: Candidate) -> bool:
    """Whether a bare quote's span holds its whole sentence, quotation marks and all."""
    start, end = sentence_span(analysis, c)
    return c.start <= start + 1 and c.end >= end - 2 and _MARKED.search(analysis.text[c.start : c.end]) is not None


# Where one clause of a sentence ends and the next, with a subject of its own, begins.
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")


# A relative clause set off by commas about the subject: ", who promised on Monday that ...,".
_RELATIVE = re.compile(r",\s+(?:who|which)\s[^,;]*,")

# A clause of another occasion than the main clause's, whatever words it holds: a relative clause
# about something of the subject's (", whose blog post first raised the alarm,"), a statement
# made before or after ("two days after saying at a news conference that ...", "Having
# promised on Friday that ..., he told the broadcaster"), the occasion a quote is set at (", when he said ..."). A
# channel inside it is not the main clause's, nor the main clause's a quote's inside it.
_STATING = r"(?:announc|say|tell|post|writ|tweet|promis|claim|insist|declar|stat|deny|deni|admitt|pledg|vow|warn)"
_OTHER_OCCASION = re.compile(
    r",\s+whose\s[^,;]*,"
    r"|\b(?:[Aa]fter|[Bb]efore)\s+" + _STATING + r"(?:ing|ed)\b[^,;.]*"
    r"|\b[Hh]aving\s+(?:said|told|written|posted|promised|announced|claimed|insisted|declared|stated|warned)\b[^,;.]*,"
    r"|,\s+when\s+(?:he|she|they|[A-Z][\w'’-]+)\s+(?:said|told|wrote|promised|claimed|insisted|declared|stated)\b[^,;]*"
)


def _in_cue_clause(
    window: str, offset: int, gaz: Gazetteer, cue: int | None, others: list[int] | None = None
) -> tuple[str, int, bool] | None:
    """The channel a sentence names for the quote whose cue stands at ``cue`` (in ``window``):
    of several channels, the one in the cue's own clause ("The senator invited him in a post on
    X, and he said in a LinkedIn post that he would attend": LinkedIn), else the first; none of a
    relative clause that holds a cue of ``others`` (the other quotes' cues in the window)."""
    found = channels_in(window, offset, gaz)
    if not found:
        return None
    if cue is not None:
        # a relative clause with a quote of its own has its own channel ("Halloran, who promised on
        # Monday that '...', wrote on X"); one without sets the main clause's ("X, who spoke through
        # his spokesman, Y, said")
        relative = [
            (m.start(), m.end())
            for m in _RELATIVE.finditer(window)
            if m.start() <= cue < m.end() or any(m.start() <= o < m.end() for o in others or [])
        ] + [(m.start(), m.end()) for m in _OTHER_OCCASION.finditer(window)]
        spans = [(a, b) for a, b in relative if a <= cue < b] or relative
        inside = [f for f in found if any(a <= f[0] < b for a, b in spans)]
        found = inside if spans is not relative else [f for f in found if f not in inside]
        if not found:
            return None
    if cue is not None and others:
        # a clause after a semicolon with a quote of its own has its own channel ("He said on
        # Tuesday that ...; on Monday, writing on X, he had said ...")
        found = [f for f in found if not _others_clause(window, cue, f[0], others)]
        if not found:
            return None
    if cue is not None and len({name for _, name, _ in found}) > 1:
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(window)]
        begin = max((b for b in breaks if b <= cue), default=0)
        end = min((b for b in breaks if b > cue), default=len(window))
        inside = [f for f in found if begin <= f[0] < end]
        if inside:
            found = inside
    at, name, report = min(found)
    return name, at, report


def _others_clause(window: str, cue: int, at: int, others: list[int]) -> bool:
    """Whether the channel named at ``at`` stands in a clause the window's semicolons set apart
    from the quote's cue at ``cue``, one that holds another quote's cue of ``others``."""
    bounds = [0, *(m.end() for m in re.finditer(r";\s+", window)), len(window) + 1]
    segment = next(i for i in range(len(bounds) - 1) if bounds[i] <= at < bounds[i + 1])
    begin, end = bounds[segment], bounds[segment + 1]
    return not begin <= cue < end and any(begin <= o < end for o in others)


def _closing_report(sentence: str, offset: int, gaz: Gazetteer) -> str | None:
    """The outlet that reported the whole sentence, named at its very end even where the quote's
    words were read to run on over it ("Okafor said the vote would come, according to the
    station."): the sentence came through that report."""
    closing = [m for m in REPORTED.finditer(sentence) if not sentence[m.end() :].strip(' .,"”’')]
    if not closing or sentence[: closing[-1].start()].rstrip()[-1:] != ",":
        return None
    m = closing[-1]
    return outlet_of(m.group("ch"), offset + m.start("ch"), gaz, titled=True)


def _closing_foreign(sentence: str, offset: int, gaz: Gazetteer) -> tuple[str, bool] | None:
    """The channel a clause in another language names after the sentence's last comma, the
    clause closing the sentence (", сообщает агентство X.", ", segons l'agència X.", ", en una
    entrevista con la emisora X."), even where the quote's words were read to run on over it:
    the sentence came through that channel. Returns it, and False: no report whose day is not the
    speaker's (the clause closes the speaker's own sentence, dated as the article dates it)."""
    comma = sentence.rstrip(' .,"”’»').rfind(",")
    if comma < 0:
        return None
    tail = sentence[comma + 1 :]
    opens = len(tail) - len(tail.lstrip())
    for m in FOREIGN.finditer(tail):
        if m.start() == opens and not tail[m.end() :].strip(' .,"”’»'):
            found = channels_in(tail, offset + comma + 1, gaz)
            return (found[0][1], False) if found else None
    return None


def _closing_interview(sentence: str, offset: int, gaz: Gazetteer) -> str | None:
    """The outlet an interview that closes the sentence names, after a comma, even where the
    quote's words were read to run on over it ("... would contribute 500 million dollars, in
    remarks to NNA at the close of the summit on Wednesday."): the words were said to it."""
    for m in SPOKE.finditer(sentence):
        if sentence[m.start() : m.start() + 3].casefold() == "in " and sentence[: m.start()].rstrip().endswith(","):
            name = outlet_of(m.group("ch"), offset + m.start("ch"), gaz, titled=True, spoken_to=True)
            if name is not None:
                return name
    return None


# The writer in the first person, told something outside anyone's quote: the article's own interview.
# The writer's own interview: "told me", and the meeting a column or a feature tells of in the
# first person ("When I sat down with her on Wednesday she said ...", "when I reached him by phone")
# (not "I asked her", a question whose answer the writer may have from anywhere).
_TOLD_ME = re.compile(
    r"\b(?:told|tells|telling) me\b"
    r"|\b[Ww]hen I (?:sat down with|spoke (?:to|with)|talked (?:to|with)|caught up with|met|reached|visited|"
    r"interviewed) (?:him|her|them)\b"
)


def _told_the_turn(analysis: Analysis, c: Candidate, inner: set[int], own: str | None = None) -> bool:
    """Whether words in a transcript's turn were told to the turn's speaker: quoted inside the
    turn's own words, or in a sentence saying "told me" (not "In a statement to this programme,
    the ministry said", nor "X told this programme that ..." or "X told <the outlet by its name>
    that ...": told to the programme)."""
    start, end = sentence_span(analysis, c)
    # (the turn's own words, where they hold the quote, are the sentence: only the quote's are blanked)
    window = mask_pieces(analysis.text, start, end, c.pieces)
    if TOLD_THE_PROGRAMME.search(window) is not None:
        return False
    if own and re.search(rf"\b(?:told|tells|telling)\s+(?:the\s+)?{re.escape(LEADING.sub('', own))}\b", window):
        return False  # "Dr Ada Voss told Quillmoor Tonight that ...": told to the programme by its name
    return id(c) in inner or _TOLD_ME.search(_masked_quotes(analysis, start, end)) is not None


def _masked_quotes(analysis: Analysis, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with every candidate's words blanked out."""
    pieces = [p for o in analysis.candidates if o.start < end and o.end > start for p in o.pieces]
    return mask_pieces(analysis.text, start, end, pieces)


# A private written reply ("In a text message, he said ...", "said by email"), or a call ("Reached by
# phone, he said ..."): words sent to the writer, no conversation nor post the sentences before set up.
_PRIVATE = re.compile(
    r"\b(?:in\s+an?\s+(?:(?:short|brief|later|separate)\s+)?(?:text(?:\s+message)?|e-?mail(?:ed)?(?:\s+statement)?|"
    r"letter|WhatsApp\s+message)|by\s+(?:e-?mail|text(?:\s+message)?|letter|(?:tele)?phone))\b(?!\s+(?:interview|to|with)\b)",
    re.I,
)


def _resets(analysis: Analysis, c: Candidate) -> bool:
    """Whether the quote's own sentence ends the conversation before it: said to reporters, in
    a statement, at a briefing, or in a private written reply."""
    start, end = sentence_span(analysis, c)
    window = mask_pieces(analysis.text, start, end, c.pieces)
    return _RESET.search(window) is not None or _PRIVATE.search(window) is not None


_PERSONAL = re.compile(r"\b(?:he|she|He|She)\b")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]*")


# A sentence opening with a role for its subject: "The health minister has been speaking to us."
_ROLE_OPENING = re.compile(r"^\s*[Tt]he\s+(?P<role>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)\b")
# the words of the sentence after "The", a comma kept (an apposition's)
_OPENING_WORD = re.compile(r"[\w'’-]+|,")


def _opens_with_role(sentence: str, roles: list[str], names: Sequence[str] = ()) -> bool:
    """Whether a sentence's subject is one of the speaker's ``roles`` ("The health minister has
    been speaking to us." of the one the article called "Health Minister Ada Krell"), the whole noun
    phrase compared: not "The minister of health ..." of a finance minister (the role's words go
    on after its head), nor "The minister, Ion Vark, ..." of another person (``names``: the
    speaker's names; another name in apposition after the head is another's)."""
    m = _ROLE_OPENING.match(sentence)
    if m is None or not roles:
        return False
    after = _OPENING_WORD.findall(sentence[m.start("role") :])
    said = m.group("role").casefold().split()
    own = {w.casefold() for n in names for w in re.findall(r"[\w'’-]+", n or "")}
    # (the role's head and every word before it: "the minister", "the sports minister", not "the
    # finance minister" of a sports minister)
    for role in roles:
        words = role.casefold().split()
        for end in range(len(said), 0, -1):
            if words and said[end - 1] == words[-1] and set(said[: end - 1]) <= set(words):
                return _ends_the_phrase(after[end:], own)
    return False


def _ends_the_phrase(rest: list[str], own: set[str]) -> bool:
    """Whether a role's head ends its noun phrase, given the words after it (``own``: the words
    of the speaker's names): no "of/for + word" after it ("the minister of health"), no other
    name in apposition ("the minister, Ion Vark," or "the minister Ion Vark")."""
    if len(rest) >= 2 and rest[0].casefold() in ("of", "for") and rest[1] != ",":
        return False
    following = rest[1:] if rest[:1] == [","] else rest
    name = []
    for word in following:
        if not word[:1].isupper() or word == "I" or (w := word.casefold()) in FULL_WEEKDAYS or w in MONTHS:
            break  # ("The minister on Monday ...", "The minister I spoke to ...": no name)
        name.append(w)
    return not name or all(w in own for w in name)


def _only_a_pronoun(sentence: str, channel: str) -> bool:
    """Whether a sentence tells of a person by a pronoun alone ("In an interview with the Ledger
    on Thursday he corrected himself."): "he" or "she", and no capitalised word but its first,
    the channel's words and the calendar's (nobody else it could be about)."""
    if _PERSONAL.search(sentence) is None:
        return False
    allowed = {w.casefold() for w in channel.split()} | {"i", "he", "she"}
    words = [m for m in _CAPITALISED.finditer(sentence.strip()) if m.start() > 0]  # (not the sentence's first)
    return all((w := m.group(0).casefold()) in allowed or w in FULL_WEEKDAYS or w in MONTHS for m in words)


# a passive's agent, named, right before the channel's phrase: "mentioned by Ana Vell in an interview with"
_AGENT_BEFORE_CHANNEL = re.compile(
    r"\b(?:mentioned|said|quoted|cited|told|asked|made|raised|described|repeated|put)\s+by\s+"
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:(?:in|on|during)\b[^.;:]{0,40})?$"
)


def _agents_channel(sentence: str, at: int) -> bool:
    """Whether the channel at ``at`` in ``sentence`` is that of a passive's agent named just before it
    ("why it was mentioned by Ana Vell in an interview with the Ledger"): that person's interview,
    not one the sentence's "he" gave."""
    return _AGENT_BEFORE_CHANNEL.search(sentence[: max(at, 0)]) is not None


# Something put on a platform: a verb of posting, or the thing posted ("posted a clip on
# Telegram", "took to X", "in a video posted on Instagram", "a message on her Facebook page").
_POSTED = re.compile(
    r"\b(?:post(?:s|ed|ing)?|tweet(?:s|ed|ing)?|wr(?:ote|ites|iting)|shar(?:es|ed|ing)|"
    r"publish(?:es|ed|ing)|upload(?:s|ed|ing)|stream(?:s|ed|ing)|livestream(?:s|ed|ing)?|"
    r"(?:took|takes|taking|take)\s+to|went\s+live|goes\s+live|"
    r"video|clip|message|thread|reel|story|broadcast|"
    r"postete|schrieb|teilte|veröffentlichte|publi(?:é|ó|cou)|post(?:é|ó)|écrit|escribió)\b",
    re.I,
)


def _tells_of_a_post(analysis: Analysis, c: Candidate) -> bool:
    """Whether the sentence before the quote tells of something put on a platform ("Varga
    posted a video on Telegram."), not only of a platform ("who has 40,000 followers on Instagram")."""
    index = analysis.sentence_at(min(c.start, c.cue[0] if c.cue else c.start))
    if index == 0:
        return False
    before = analysis.sentences[index - 1]
    return _POSTED.search(analysis.text[before.start : before.end]) is not None


def _posted_on(sentence: str, offset: int, gaz: Gazetteer) -> str | None:
    """The platform a sentence names as the one posted on, if the first channel it names is a
    platform ("... in a LinkedIn post", "posted on Facebook that ...")."""
    found = find_channel(sentence, offset, gaz)
    if found is None or gaz.channel_kind(found[0]) != "platform" or _RESET.search(sentence):
        return None
    return found[0]


def _setup_channel(
    analysis: Analysis, c: Candidate, entity: Entity | None, gaz: Gazetteer, same_speaker: bool
) -> str | None:
    """The channel the sentence before the quote names, when it is about the quote's speaker
    and holds no quote of its own ("Olesk posted on Facebook.", "In an interview with the
    station, Brekke suggested ...", "... when this newspaper reached him.")."""
    posted = (c.cue_lemma or "").split()[:1] in (["write"], ["post"], ["tweet"])
    if entity is None and not posted:
        return None  # (a post by a user the article names by no name goes on the platform all the same)
    index = analysis.sentence_at(min(c.start, c.cue[0] if c.cue else c.start))
    if index == 0:
        return None
    before = analysis.sentences[index - 1]
    here = analysis.sentences[index]
    if here.paragraph - before.paragraph > 1:
        return None
    sentence = analysis.text[before.start : before.end]
    if any(
        o is not c
        and ((o.start < before.end and o.end > before.start) or (o.cue and before.start <= o.cue[0] < before.end))
        for o in analysis.candidates
    ):
        # a quote of its own: its channel is its own; but a post's words go on the platform the
        # sentence before names, whatever else it quotes ("X, who said on Monday that the ward
        # would stay shut, changed her tone in a LinkedIn post. '...,' she wrote")
        return _posted_on(sentence, before.start, gaz) if posted else None
    names = [entity.name, *(entity.forms or ())] if entity is not None else []
    about = any(n and n.split()[-1].casefold() in sentence.casefold() for n in names)
    about = about or (entity is not None and _opens_with_role(sentence, entity.roles, names))
    if _RESET.search(sentence):
        return None
    found = find_channel(sentence, before.start, gaz)
    if found is None:
        return None
    if _agents_channel(sentence, found[1]):
        return None  # "... why it was mentioned by Ana Vell in an interview with X": another's interview
    if about or (same_speaker and re.search(r"\b(?:he|she|they|er|sie|il|elle|él|ella)\b", sentence)):
        return found[0]
    if entity is not None and entity.kind != "organisation" and _only_a_pronoun(sentence, found[0]):
        # "In an interview with the Ledger on Thursday he corrected himself. '...,' de Vries said":
        # a sentence whose only person is a pronoun tells of the one the quote then names
        return found[0]
    # a post or a written line goes on the platform the sentence before names, whoever that
    # sentence describes ("The freeze's loudest defender took to Facebook. Rep. Gundersen posted ...")
    return found[0] if posted and gaz.channel_kind(found[0]) == "platform" else None
