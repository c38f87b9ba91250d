"""The channel a sentence names: an outlet spoken to or reporting, a platform posted on, the
article's own outlet ("this newspaper"), an unnamed state broadcaster, a principal's spokesman; and
the name a channel is recorded under."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from onrecord.attribute.channel_cues import BROADCAST_AFTER, CALL_SIGN, NAMED_BEFORE_MEDIUM, REPORTED, REPORTS, SPOKE
from onrecord.attribute.channel_foreign import AFTER_NOUN_KEYS, FOREIGN, REPORTING_KEYS
from onrecord.attribute.channel_gazetteer import ANAPHORS, SELF_REFERENCE, Gazetteer
from onrecord.attribute.channel_names import (
    AFTER_MEDIUM,
    MEDIUM,
    NAME_RE,
    TRAILING,
    WIRE_WORDS,
    after_medium_noun,
    body_of,
    known_with_station,
    spelled_out,
    trim_name,
    unapposed,
)
from onrecord.attribute.channel_own import own_named_at
from onrecord.attribute.channel_platforms import (
    BACK_TO_BLOG,
    BACK_TO_POST,
    BACK_TO_VIDEO,
    EARLIER_POST,
    PLAIN_STREAM,
    named_platform_at,
    platform_phrases,
)
from onrecord.attribute.channel_relays import SPOKE_THROUGH, person_name
from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.own_outlet import NOT_OUTLET as _NOT_OUTLET
from onrecord.attribute.own_outlet import own_outlet
from onrecord.extract.clauses import SELF_OUTLET
from onrecord.languages import languages

if TYPE_CHECKING:
    from onrecord.extract.candidates import Candidate


def find_channel(sentence: str, offset: int, gaz: Gazetteer) -> tuple[str, int, bool] | None:
    """The channel a sentence names, where, and whether it is a report: an outlet spoken to
    or reporting ("according to X": a report), a platform posted on, the article's own outlet
    ("this newspaper")."""
    found = channels_in(sentence, offset, gaz)
    if not found:
        return None
    at, name, report = min(found)
    return name, at, report


def channels_in(sentence: str, offset: int, gaz: Gazetteer) -> list[tuple[int, str, bool]]:
    """Every channel a sentence names (see :func:`find_channel`).

    Args:
        sentence: the sentence, with the quoted content blanked out.
        offset: where the sentence starts in the article (to find the outlet named before it).
        gaz: the article's outlets.
    """
    kb = knowledge()
    found: list[tuple[int, str, bool]] = []
    self_ref = SELF_REFERENCE.search(sentence)
    if self_ref and gaz.own:
        found.append((self_ref.start(), gaz.own, False))
    if gaz.foreign:
        found.extend((at, gaz.own, False) for at in own_named_at(sentence, gaz.own) if gaz.own)
    for pattern in (SPOKE, REPORTED, REPORTS):
        for m in pattern.finditer(sentence):
            if (
                pattern is REPORTED
                and _GENERIC_MEDIA.match(sentence, m.end("ch"))
                and kb.outlet(m.group("ch")) is None
                and not kb.is_masthead(m.group("ch"))
            ):
                continue  # "according to Tarnland media reports": media in general (not "Xinhua state media")
            # mid-sentence after "told" or "according to", a capital "The" opens a title
            name = outlet_of(
                m.group("ch"), offset + m.start("ch"), gaz, titled=pattern is not REPORTS, spoken_to=pattern is SPOKE
            )
            if name is None and pattern is SPOKE and _INTERVIEW_WITH.match(m.group(0)):
                name = _acronym(m.group("ch"), offset + m.start("ch"), gaz)
            if name is None and pattern is REPORTED and _QUOTED_BY.match(m.group(0)):
                # "said as quoted by VSL's website": whatever quoted the words carried them
                name = _acronym(_OWN_SITE.sub("", m.group("ch")), offset + m.start("ch"), gaz)
            if name is not None and name == m.group("ch").split()[-1]:
                name = _lower_cased_title(sentence, m, name, offset, gaz)
            if name:
                found.append((m.start(), name, pattern is not SPOKE))
    for m in FOREIGN.finditer(sentence):
        key = next(k for k, v in m.groupdict().items() if v)
        phrase = m.group(key)
        if key == "ru3":
            name = gaz.resolve(phrase, offset + m.start(key))
        elif key == "hr":
            name = _title_at_start(phrase, offset + m.start(key), gaz)
        elif key == "fi" and len(phrase.split()) > 1 and not knowledge().starts_with_given_name(phrase):
            # "Radio Vaskilalle": the name as written, less its case ending, which the article's
            # outlets (read in the nominative) do not hold
            name = gaz.resolve(phrase, offset + m.start(key)) or phrase
        else:
            name = outlet_of(phrase, offset + m.start(key), gaz, titled=True)
        if name is None and key in AFTER_NOUN_KEYS:
            name = trim_name(phrase) or None  # "według dziennika Głos Portu": a medium by its noun
            if name is not None:
                gaz.add(name, offset + m.start(key))
        if name:
            found.append((m.start(), name, key in REPORTING_KEYS))
    for m in SPOKE_THROUGH.finditer(sentence):
        found.append((m.start(), person_name(m.group("name")), False))
    found.extend(_unnamed_state_media(sentence))
    for m in _BACK_TO_MEDIUM.finditer(sentence):
        # (a programme by its noun is the one the article last described by it: "on the radio show")
        noun = m.group("noun")
        named = (noun and gaz.described_before(noun.casefold(), offset + m.start())) or gaz.named_before(
            offset + m.start()
        )
        if named is not None:
            found.append((m.start(), named, False))
    for m in BACK_TO_BLOG.finditer(sentence):
        blog = gaz.blog_before(offset + m.start())  # "on her blog": the blog named by its noun
        if blog is not None:
            found.append((m.start(), blog, False))
    for m in BACK_TO_POST.finditer(sentence):
        at = offset + m.start()
        if PLAIN_STREAM.fullmatch(m.group(0)) and not gaz.streamed_before(at):
            continue  # "fished on the stream": a brook, where the article streamed nothing
        # (a video is the one named with its platform, whatever platform was named since)
        platform = (gaz.video_before(at) if BACK_TO_VIDEO.search(m.group(0)) else None) or gaz.platform_before(at)
        if platform is not None:
            found.append((m.start(), platform, False))
    found.extend((at, name, False) for at, name in named_platform_at(sentence, gaz.own_platforms))
    for at, platform, m in platform_phrases(sentence, kb.platform):
        if EARLIER_POST.search(m.group(0)):
            continue  # "repeating a post he had written on X": an earlier occasion, not this one
        key = next(k for k, v in m.groupdict().items() if v)
        if platform != "X" or m.group(key) == "X":
            found.append((at, platform, False))
    return found


# What follows a body's name in "according to" when the words are the body's own record: its
# document or its figures ("according to the DSVA's Thursday bulletin", "according to the agency's own
# figures"), an office it names ("according to the Tilsbury county registrar's office"), or a
# paper it wrote ("according to a Brask Lowe research note").
_OWN_RECORD = re.compile(
    r"(?:['’]s?\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:bulletin|figures|data|statement|estimates?|count|tally|"
    r"records?|survey|calculations?|numbers|update|filing|notice|minutes|audit|accounts|register|website)"
    r"|\s+(?:[a-z][\w'’-]*\s+){1,3}(?:office|department|ministry|authority|board|bureau|service)"
    r"|\s+(?:[a-z][\w'’-]*\s+){0,2}(?:note|study|analysis|forecast|projections?|briefing|estimates?|survey))\b"
)


def own_record(sentence: str, name: str, gaz: Gazetteer) -> bool:
    """Whether a sentence's "according to" a name that is no medium the article or the knowledge
    base knows goes on with the body's own record or office (see :data:`_OWN_RECORD`): the body
    speaks, and nothing relays it (its words are second-hand all the same)."""
    kb = knowledge()
    if gaz.is_medium(name) or kb.outlet(name) is not None or kb.is_masthead(name) or kb.is_platform(name):
        return False
    m = re.search(r"\baccording\s+to\s+(?:(?:the|an?)\s+)?" + re.escape(name), sentence, re.I)
    return m is not None and _OWN_RECORD.match(sentence, m.end()) is not None


# Media in general after a place's or a people's name, named by no name of theirs ("according to
# Tarnland media reports", "according to Kessan state media").
_GENERIC_MEDIA = re.compile(r"[ \t]+(?:(?:state|local|national|official|foreign)[ \t]+)?(?:media|press)\b")


# A foreign title's lower-case words after its first ("the Croatian daily Vjesnik dana on Monday",
# "the news site Vakara ziņas that ..."), up to the sentence's next small word or its punctuation.
_LOWER_TAIL = re.compile(
    r"(?:[ \t]+[a-zß-ÿĀ-ž][\w’'-]*){1,2}"
    r"(?=[ \t]+(?:on|that|in|about|after|before|last|this|earlier|when|while|as|and|but|to)\b|[,.;:])"
)
# English verbs and adverbs by their endings, and the present tense of reporting verbs, which no
# title's lower-case word is taken to be.
_ENGLISH_ENDING = re.compile(
    r"(?:ed|ly|ing)$|^(?:say|report|write|quote|claim|note|add|cite|state|tell|ask|explain|insist|argue|warn|"
    r"suggest|confirm|reveal|publish|carr(?:y|ie)|run|air|broadcast)s$"
)


def _lower_cased_title(sentence: str, m: re.Match[str], name: str, offset: int, gaz: Gazetteer) -> str:
    """The outlet's name with the lower-case words of its title, when its medium's noun comes
    just before it ("told the Croatian daily Vjesnik dana on Monday" -> "Vjesnik dana"); else
    the name as read."""
    if not re.search(rf"{MEDIUM}\s+\S+$", m.group("ch")):
        return name
    tail = _LOWER_TAIL.match(sentence, m.end("ch"))
    if tail is None:
        return name
    words = tail.group(0).split()
    english = languages()["en"].stopwords
    if any(w in english or _ENGLISH_ENDING.search(w) for w in words):
        return name
    title = " ".join([name, *words])
    gaz.add(title, offset + m.start("ch"))
    return title


# An interview given to a channel ("In a Friday interview with KTN"): one an acronym names is a medium.
_INTERVIEW_WITH = re.compile(r"(?i:in\s+an?\s+(?:\w+\s+){0,2}interview\s+(?:with|on|to))\s")
_QUOTED_BY = re.compile(r"(?i:quoted(?:\s+as\s+saying)?\s+by)\s")
# an owner's own site or channel, of no name of its own
_SITE_NOUNS = r"website|web\s+site|site|channel"
# an owner's site after its name ("VSL's website", "the VSL website"), the owner being the channel
_OWN_SITE = re.compile(r"(?:['’]s)?\s+(?:official\s+)?(?:" + _SITE_NOUNS + r")$")
_ACRONYM = re.compile(r"(?:the\s+)?(?P<name>[A-Z]{2,6}(?:-(?:TV|FM|AM))?)")


def _acronym(phrase: str, at: int, gaz: Gazetteer) -> str | None:
    """The medium an acronym names where an interview was given to it, recorded as the article's."""
    m = _ACRONYM.fullmatch(phrase.strip(" ,.;:"))
    if m is None or knowledge().is_org_word(m.group("name")):
        return None
    gaz.add(m.group("name"), at)
    return m.group("name")


# A programme, interview or station the article named before, pointed back to: "On the breakfast show
# on Friday, he said ...", "In the phone-in interview she also said ...", "On the same TV channel
# that evening, X said ..." (not "in the interview with X", which names its own).
_BACK_TO_MEDIUM = re.compile(
    r"\b(?i:on|in|during)\s+the\s+(?:same\s+)?(?:(?:radio|television|TV|phone-in|breakfast|morning|evening|"
    r"late-night|live)\s+)?(?:(?P<noun>show|programme|program|podcast)|interview|broadcast)\b(?!['’-])(?!\s+(?:with|to|on|by)\b)"
    r"|\b(?i:on|in)\s+the\s+(?:same\s+(?:(?:radio|television|TV)\s+)?|(?:radio|television|TV)\s+)"
    r"(?:station|channel|network)\b(?!['’-])"
)


# A programme after its outlet's possessive ("WBS's Newsline programme"): the outlet is the channel.
_PROGRAMME_END = re.compile(r"\s(?:programme|program|show|podcast|segment|series)$", re.I)
_PRINT_AFTER = re.compile(r"\s(?:magazine|newspaper|tabloid|newsletter)$")


def _title_at_start(phrase: str, at: int, gaz: Gazetteer) -> str | None:
    """The outlet a phrase opens with, in a language whose titles keep only their first word
    capitalised ("Večernji vjesnik u četvrtak" -> the article's "Večernji vjesnik"): the longest
    opening the article's outlets or its masthead in capitals hold, else the capitalised name it
    opens with."""
    words = phrase.split()
    for n in range(len(words), 0, -1):
        known = gaz.resolve(" ".join(words[:n]), at)
        if known is not None:
            return known
        if n > 1 and gaz.masthead is not None and " ".join(words[:n]).casefold() == gaz.masthead.casefold():
            return " ".join(words[:n])  # the masthead over the article, as the text writes it
    name = NAME_RE.match(phrase)
    return outlet_of(name.group(0), at, gaz, titled=True, spoken_to=True) if name else None


# A state broadcaster the article does not name, spoken to or reporting ("told state television
# Tuesday that ...", "Speaking to state TV, the minister ...", "state radio quoted him as saying"):
# the channel as the article writes it. With an article ("the state broadcaster") it points back
# to the outlet named before; with a name after it ("state television PTV-7") it is that name.
_STATE_MEDIUM = r"(?:state|state-run|state-owned|public)\s+(?:television|TV|radio|broadcaster)"
_UNNAMED_STATE = re.compile(
    rf"\b(?i:told|tells|telling|speaking\s+to|spoke\s+to|talking\s+to|said\s+on|speaking\s+on|"
    rf"in\s+an?\s+(?:\w+\s+)?interview\s+with|interviewed\s+by|quoted\s+by|cited\s+by|carried\s+by|"
    rf"according\s+to)\s+(?P<ch>{_STATE_MEDIUM})\b(?![\w-])"
    rf"|(?:^|(?<=[,;]\s))(?P<rep>(?i:{_STATE_MEDIUM}))\s+(?:quoted|cited|reported)\b"
)


def _unnamed_state_media(sentence: str) -> list[tuple[int, str, bool]]:
    """The unnamed state broadcasters a sentence names as its channel (see
    :data:`_UNNAMED_STATE`), as (offset, name as written, whether it reported)."""
    out = []
    for m in _UNNAMED_STATE.finditer(sentence):
        key = "ch" if m.group("ch") else "rep"
        after = sentence[m.end(key) :].split(None, 1)
        if key == "ch" and after and after[0][:1].isupper() and after[0].strip(",.;:").casefold() not in TRAILING:
            continue  # "state television PTV-7": the name after it is the channel
        phrase = " ".join(m.group(key).split())
        name = phrase[0].lower() + phrase[1:] if phrase[:1].isupper() and phrase.split()[0] != "TV" else phrase
        out.append((m.start(key), name, key == "rep" or "by" in m.group(0)[: m.start(key) - m.start()].split()))
    return out


# a programme's title in quotation marks before its noun (see ``channel_cues``)
_QUOTED_TITLE = re.compile(r"[\"“](?P<title>[A-Z][^\"“”\n]{1,40})[\"”]\s+(?:show|programme|program|podcast)$")


# A country's name in the possessive before a phrase ("Kenya's", "the Netherlands'")
_COUNTRY_OWNER = re.compile(r"(?:[Tt]he\s+)?(?P<country>[A-Z][\w .-]*?)(?:['’]s|(?<=s)['’])(?=\s|$)")


def outlet_of(phrase: str, at: int, gaz: Gazetteer, titled: bool = False, spoken_to: bool = False) -> str | None:
    """The outlet (or platform) a phrase names, or None for a person or an ordinary noun;
    ``titled``: the phrase stands where a capital "The" can only open a title ("told The
    Harbour Report"), which names the outlet; ``spoken_to``: it stands where the speaker was
    heard ("told X", "in an interview with X"), where a title joined by "&" is an outlet."""
    kb = knowledge()
    programme = _QUOTED_TITLE.search(phrase)
    if programme is not None:  # "KWTR's "Harbour Hour" show": the programme by its title
        title = programme.group("title").strip()
        known = gaz.resolve(title, at)
        if known is None:
            gaz.add(title, at)
        return known or title
    phrase = re.sub(r"\s+\([A-Z0-9-]+\)$", "", phrase.strip(' ,.;:«»"“”'))
    phrase = unapposed(phrase)
    owner = _COUNTRY_OWNER.match(phrase)
    if owner is not None and kb.is_country(owner.group("country")):
        # "according to Kenya's 'Daily Ledger'", "Canada's Halvern Ltd reported": a country owns
        # what is named after it, and is no outlet itself
        rest = phrase[owner.end() :].strip(" '‘’\"“”")
        return (gaz.resolve(rest, at) or rest) if spoken_to and rest else None
    resolved = gaz.resolve(phrase, at)
    if resolved:
        return resolved
    before = NAMED_BEFORE_MEDIUM.match(phrase)
    if before and BROADCAST_AFTER.search(phrase) and not CALL_SIGN.search(before.group("name")):
        before = None
    if (
        before
        and not _NOT_OUTLET.search(before.group("name"))
        and (before.group("the") is None or len(before.group("name").split()) > 1)
    ):  # "told Gilt magazine", "the Kessa Ledger newspaper"
        name = trim_name(before.group("name"))
        # a given name before a print medium's noun is its title all the same ("told Gilt magazine")
        if name and (not kb.starts_with_given_name(name) or _PRINT_AFTER.search(phrase)):
            known = gaz.resolve(name, at)
            if known is None:
                gaz.add(name, at)
            return known or name
    after = AFTER_MEDIUM.search(phrase)
    if after and not _medium_in_title(phrase, after.start()):
        # "der aldmärkischen Nachrichtenagentur ANA", "au quotidien anglophone The Meridian"
        name = trim_name(after.group("name"))
        if name and not _NOT_OUTLET.search(name) and (name.isupper() or not kb.starts_with_given_name(name)):
            known = gaz.resolve(name, at)
            if known is None:
                gaz.add(name, at, wire=bool(WIRE_WORDS.search(after.group(0))))
            return known or name
    bare = re.sub(rf"^(?:(?:the|a|an|le|la|l'|el|dem|der)\s+)?(?:{MEDIUM}\s+)?", "", phrase, flags=re.I).strip()
    bare = trim_name(bare.strip("«»"))
    if not bare or _NOT_OUTLET.search(bare):
        return None
    if re.match(r"(?i:an?)\s", phrase) and bare.casefold() in ANAPHORS:
        return None  # "telling a magazine": no outlet in particular
    resolved = gaz.resolve(bare, at)
    if resolved:
        return resolved
    platform = kb.platform(bare)
    if platform is not None and kb.is_platform(bare):
        return platform
    listed = kb.find_outlet(bare)
    if listed is not None:
        return known_with_station(bare, listed[1])
    if kb.is_masthead(bare) and not kb.starts_with_given_name(bare):
        return bare
    if bare != phrase and re.match(rf"(?:(?:the|a|an|le|la|l'|el|dem|der)\s+)?{MEDIUM}\s+", phrase, re.I):
        gaz.add(bare, at, wire=bool(WIRE_WORDS.search(phrase)))
        return bare  # "the broadcaster STV": a medium by its noun
    if titled and _a_title(phrase):
        gaz.add(phrase, at)
        return phrase
    longer = _longer_form(bare, at, gaz) if titled else None
    if longer is not None:
        return longer
    if spoken_to and _ampersand_title(bare):
        gaz.add(bare, at)
        return bare
    return None


def _longer_form(name: str, at: int, gaz: Gazetteer) -> str | None:
    """The full name of an outlet the article otherwise names by its last word ("the Seattle
    Beacon" where "The Beacon quoted ..." made "Beacon" an outlet): capitalised words before a
    known outlet's name are the rest of its name, and the short form now stands for it."""
    words = name.split()
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        known = gaz.names.get(tail.casefold())
        if known is None or not all(w[:1].isupper() and w.isalpha() for w in words[:k]):
            continue
        if knowledge().starts_with_given_name(name) or knowledge().is_title(words[0]):
            return None  # a person's name ("Maria Beacon"), or an office's
        gaz.add(name, at)
        gaz.names[tail.casefold()] = name
        return name
    return None


def _ampersand_title(name: str) -> bool:
    """Whether ``name`` is a title joined by an ampersand ("Harbor & Hinterland"): no person's
    name, and no body's read where an outlet is spoken to."""
    words = name.split()
    return (
        len(words) == 3
        and words[1] == "&"
        and all(w[:1].isupper() for w in (words[0], words[2]))
        and not any(knowledge().is_org_word(w) for w in words)
    )


def _medium_in_title(phrase: str, at: int) -> bool:
    """Whether the medium's word at ``at`` is a word of a capitalised title that began before it
    ("the Western Journal of Applied Hydrology"), no common noun before a name."""
    lead = phrase[:at].split()
    return phrase[at : at + 1].isupper() and bool(lead) and lead[-1][:1].isupper() and lead[-1] not in _FOREIGN_THE


# A title's opening article in the other languages ("told La Voce dello Sport"); a name of two
# words after one may be a person's ("Le Pen"), of three or more it is a title.
_FOREIGN_THE = {"La", "Le", "Les", "Il", "Lo", "El", "Los", "Las", "O", "Os", "As", "Der", "Die", "Das"}
_TITLE_SMALL = {"of", "and", "&", "de", "du", "des", "del", "della", "dello", "delle", "dei", "degli", "da", "do", "di"}


def _a_title(phrase: str) -> bool:
    """Whether ``phrase``, read mid-sentence, is a title in capitals after a capital "The" ("The
    Harbour Report") or, in three words or more, after another language's article ("La Voce
    dello Sport"), and no body's name ("The Ministry of Trade", "The Federal Commission")."""
    words = phrase.split()
    return (
        ((len(words) > 1 and words[0] == "The") or (len(words) > 2 and words[0] in _FOREIGN_THE))
        and all(w[:1].isupper() or w in _TITLE_SMALL for w in words[1:])
        and not _NOT_OUTLET.search(phrase)
        and not body_of(phrase)
        and not knowledge().is_org_word(words[-1])
    )


def channel_name(via: str | None, own: str | None, gaz: Gazetteer, at: int) -> str | None:
    """The name a relay read from a cue is recorded under: the article's own outlet for "this
    newspaper" or its short name, a named outlet for its short form, a platform without
    "channel"/"page", an outlet without its programme ("WBS's Newsline programme" -> "WBS")."""
    if via is None:
        return None
    if via == SELF_OUTLET:
        return own
    kb = knowledge()
    # (a medium's name of two words or more: "WBS's Newsline" is the outlet's programme, its own one word)
    owned = re.match(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+(?P<medium>\S+\s+\S.*)$", via)
    if owned is not None and kb.channel_kind(owned.group("medium")) != "person" and not _PROGRAMME_END.search(via):
        via = owned.group("medium")  # "Kessa's Radio Marin": the medium, not its owner
    if kb.channel_kind(via) == "person" and not kb.outlet(via):
        return person_name(via)
    trimmed = trim_name(re.sub(r"^(?:the\s+)?(?:[\w-]+-language|state|state-run|public)\s+", "", via, flags=re.I))
    trimmed = re.split(r",\s+", trimmed, maxsplit=1)[0]
    trimmed = after_medium_noun(trimmed)  # "Portuguese newspaper Diário da Foz"
    trimmed = re.sub(r"\s+(?:news agency|agency|channel|account|page|feed|profile|programme|program)$", "", trimmed)
    if not trimmed:
        return via
    trimmed = spelled_out(trimmed)
    return gaz.resolve(trimmed, at) or trimmed


def owned_medium(text: str, at: int, owner: str, gaz: Gazetteer) -> str | None:
    """The medium the line before offset ``at`` names as ``owner``'s ("Kessa's public
    broadcaster KBC quoted ...", "the union's newspaper Voice of Labour reported"): the channel
    is the medium, not its owner."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    # the parser may join the owner and the medium's name ("Norvania NorPress" of "Norvania's
    # official news agency, NorPress, quoted ..."): the owner is then its first word
    owners = "|".join(re.escape(o) for o in dict.fromkeys([owner, owner.split()[0]]))
    found = list(re.finditer(rf"\b(?:{owners})['’]s\s+(?=(?:[\w-]+\s+){{0,2}}?{MEDIUM}(?:\s|,\s))", line))
    if not found:
        return None
    owned = found[-1]
    phrase = line[owned.end() :].strip()
    return outlet_of(phrase, at - len(line) + owned.end(), gaz) if phrase else None


# An owner's own unnamed medium after its name: "told the club's official website", "on the ministry's app".
_SITE = r"(?:(?:official|own)\s+)?(?:" + _SITE_NOUNS + r"|app|TV\s+channel|podcast|magazine|radio)\b"


def owners_site(text: str, c: Candidate, owner: str, gaz: Gazetteer) -> str | None:
    """The owner's own medium, named by no name of its own, that the cue read as its owner
    ("told Kestria United's official website" -> "Kestria United's official website"): the
    channel is the site, not the club."""
    if c.cue is None:
        return None
    end = text.find("\n", c.cue[0])
    line = text[c.cue[0] : len(text) if end < 0 else end]
    site = re.search(rf"\b{re.escape(owner)}['’]s\s+{_SITE}", line)
    if site is None:
        return None
    gaz.add(site.group(0), c.cue[0] + site.start())
    return site.group(0)


# A company's abbreviation closing a name, whose full stop is the name's ("Kessa Broadcasting Corp.").
_ABBREVIATION = re.compile(r"\b(?:Corp|Inc|Ltd|Co|Bros|Cos)$")


def abbreviated(name: str | None, text: str) -> str | None:
    """``name`` with the full stop of the abbreviation it ends in, as the article writes it
    ("Kessa Broadcasting Corp" -> "Kessa Broadcasting Corp.")."""
    if name is None or not _ABBREVIATION.search(name) or f"{name}." not in text:
        return name
    return f"{name}."


# A credit closing a newsletter's item: "... Pryce told reporters on Tuesday. (via The Standard)".
_CREDIT = re.compile(r"\((?i:via)\s+(?P<name>[^()\n]{2,60}?)\)[ \t]*$")


def credited(text: str, c: Candidate, gaz: Gazetteer) -> str | None:
    """The channel a credit at the end of the quote's line names ("(via The Standard)"): the
    item was taken from it, whatever the speaker was talking to."""
    end = text.find("\n", c.end)
    line_end = len(text) if end < 0 else end
    credit = _CREDIT.search(text, c.end, line_end)
    if credit is None:
        return None
    name = credit.group("name").strip()
    return outlet_of(name, credit.start("name"), gaz, titled=True) or name


# A header line that spells out an outlet's acronym: "NORDALE NEWS AGENCY (NNA)", "Hoshino News Service (HNS)",
# with its service after a dash ("NORDALE NEWS AGENCY (NNA) — WORLD SERVICE"); the agency's own byline
# ("By NORDALE NEWS AGENCY"). (The acronym first, "NNA — Nordale News Agency", is left as the copy
# writes it: writers record that wire by either name.)
_MASTHEAD_ACRONYM = re.compile(
    r"^(?P<name>[A-Z][\w’'&.-]*(?:[ \t]+[\w’'&.-]+){1,5})[ \t]*\((?P<acronym>[A-Z][A-Z0-9]{1,6})\)"
    r"(?:[ \t]+[—–|][ \t]+[^()\n]{1,40})?$"
    r"|^(?i:by)[ \t]+(?P<byline>[A-Z][A-Z’'&.-]*(?:[ \t]+[A-Z’'&.-]+){1,5})$"
)
_MASTHEAD_LINES = 5  # the header's first lines that may spell the article's own name
# the word a wire's or a broadcaster's own byline ends in ("By NORDALE NEWS AGENCY"); a byline
# ending in any other word is a reporter's ("By ANNA PRICE" spells no "AP")
_BYLINE_OUTLET = frozenset(
    "agency service news press wire radio television tv broadcasting broadcaster network corporation".split()
)


def masthead_spelled(name: str | None, text: str, transcript: bool) -> str | None:
    """``name`` spelled out when it is the acronym a line of the article's header spells
    ("NORDALE NEWS AGENCY (NNA)" over the wire copy: "told NNA" -> "Nordale News Agency"),
    the agency's name as its own copy gives it; any other name as it is. A transcript's
    outlet keeps the short name its turns are heard under ("VESTMARK PUBLIC RADIO
    (VPR)" over a programme: VPR)."""
    if name is None or transcript or not name.isupper():
        return name
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()][:_MASTHEAD_LINES]
    alone = _name_alone(name, lines, _header_own(text))
    if alone is not None:
        return alone
    for line in lines:
        m = _MASTHEAD_ACRONYM.match(line)
        if m is None or m.group("acronym") not in (name, None):
            continue
        words = (m.group("name") or m.group("byline")).split()
        if m.group("byline") and words[-1].strip(".").casefold() not in _BYLINE_OUTLET:
            continue  # a reporter's byline: no outlet's name
        if "".join(w[0] for w in words if w[0].isupper()) != name:
            continue  # the acronym spells other words: no outlet's name
        return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)
    return name


@lru_cache(maxsize=32)
def _header_own(text: str) -> str | None:
    """The outlet the article's header names (:func:`own_outlet` without metadata), read once a text."""
    return own_outlet(text, None)


# A header line of an agency's name alone, in capitals ("NORDALE NEWS AGENCY") or, in a paper
# that runs the agency's story, as its credit over the dateline that writes the acronym ("THE
# BRELL POST" ... "Nordale News Agency" over "TARVIK, May 3 (NNA) - ..."); its last word a medium's.
_NAME_LINE = re.compile(r"^[A-Z][\w’'&.-]*(?:[ \t]+(?:of|the|and|&|[A-Z][\w’'&.-]*)){1,5}$")
_DATELINE_ACRONYM = re.compile(r"^[A-ZÀ-Þ][^\n()]{1,60}\((?P<acronym>[A-Z][A-Z0-9]{1,6})\)[ \t]*(?:[-—–]|$)")


def _name_alone(acronym: str, lines: list[str], masthead: str | None) -> str | None:
    """The agency's name a header line gives alone whose initials spell ``acronym`` (see
    :data:`_NAME_LINE`), as a title writes it; None if no line does. A credit in title case
    counts only under another outlet's ``masthead`` (the paper's): in the agency's own copy,
    writers record the acronym its sentences use."""
    for i, line in enumerate(lines):
        if not _NAME_LINE.match(line):
            continue
        words = line.split()
        if words[-1].strip(".").casefold() not in _BYLINE_OUTLET:
            continue
        if "".join(w[0] for w in words if w[0].isupper()) != acronym:
            continue
        below = _DATELINE_ACRONYM.match(lines[i + 1]) if i + 1 < len(lines) else None
        credit = below is not None and below.group("acronym") == acronym
        credit = credit and masthead is not None and masthead != acronym and masthead.casefold() != line.casefold()
        if line.isupper() or credit:
            return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in words)
    return None
