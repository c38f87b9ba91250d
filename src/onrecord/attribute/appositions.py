"""Speaker phrases whose name the mention reader took from the wrong word.

A cue's subject often holds more than one name: a person and the body they belong to ("Eva-Maria
Aigner of the VCS", "The negotiator, Sanna Kivelä of the Association of Port Operators (APO)"),
or a body and its acronym and apposition ("The Federation of Health Workers of Caldonia (FHWC)",
"The Competition and Consumer Board (CCB), Marrenland's antitrust watchdog"). The speaker is the
person in the first case, and the body's full name in the second: not the country at the end of
the body's name, not a body's acronym spelled out in place of the person.
"""

from __future__ import annotations

import re
from dataclasses import replace

from onrecord.attribute.knowledge import knowledge
from onrecord.attribute.organisations import head_word, kind_word
from onrecord.attribute.particles import NAME_PARTICLE
from onrecord.extract.mentions import Mention, scan_names

__all__ = [
    "apposed_role",
    "apposition_head",
    "behalf_of",
    "named_before_cue",
    "on_behalf",
    "persons_named",
    "repaired",
    "self_named",
]

_WORD = r"[A-ZÀ-ÞА-ЯЁ][\w’'.-]*"
# "The negotiator, " / "Union chair " before the person's name
_LEADING = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+", re.I)
_PERSON_OF = re.compile(
    rf"^((?:{_WORD}\s+)(?:(?:{NAME_PARTICLE}\s+){{0,2}}{_WORD}\s+){{0,2}}?(?:{NAME_PARTICLE}\s+){{0,2}}{_WORD})"
    r",?\s+(?:of|from|at)\s+(?:the\s+)?[A-ZÀ-ÞА-ЯЁ]"
)
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ&]{1,7})\b")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
# the name an office set off by commas may introduce next: ", the agency's chief, Ada Brell"
_NAME_AFTER = re.compile(r"[ \t\xa0]*,[ \t\xa0]+([A-ZÀ-Þ][\w’'-]+(?:[ \t\xa0]+[A-ZÀ-Þ][\w’'-]+)*)")
# ", president of the Eastside Business Guild," after a name: the apposition up to its end
# a person's full name set off by commas right before the cue: "..., Ada Pell, said"
_SET_OFF_LAST = re.compile(
    rf",[ \t\xa0]+({_WORD}(?:[ \t\xa0]+(?:(?:{NAME_PARTICLE})[ \t\xa0]+){{0,2}}{_WORD}){{1,3}}),[ \t\xa0]*$"
)
# the same name after its office in lower case: "..., association chair Ada Pell, said"
_ROLED_LAST = re.compile(
    rf",[ \t\xa0]+((?:[a-z][\w’'-]*[ \t\xa0]+){{1,3}})"
    rf"({_WORD}(?:[ \t\xa0]+(?:(?:{NAME_PARTICLE})[ \t\xa0]+){{0,2}}{_WORD}){{1,3}}),[ \t\xa0]*$"
)
# the name a nameless subject gives itself right after it: "A group calling itself Larkspur Cell"
_CALLING_ITSELF = re.compile(
    rf"\s+(?:calling\s+(?:itself|themselves|himself|herself)|that\s+calls\s+itself)\s+(?:the\s+)?"
    rf"(?P<name>{_WORD}(?:\s+(?:(?:of|for|and|{NAME_PARTICLE})\s+)?{_WORD}){{0,5}})"
)
# the pronoun a possessive before "behalf" stands for, and its gender and number
_OWNER_PRONOUNS = {
    "his": ("he", "m", "sg"),
    "her": ("she", "f", "sg"),
    "their": ("they", None, "pl"),
    "its": ("it", None, "sg"),
}
_OWNER = "|".join(_OWNER_PRONOUNS)
# a written statement read out after the reader's cue, up to the "on" of "on behalf"
_READ_A_STATEMENT_ON = (
    r"\s+(?:out\s+)?(?:(?:to|at|in|into|outside)\s+(?:the\s+)?[\w’'-]+\s+)?(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:statement|letter|message|note)\s+on\s+"
)
# read out for someone: "read a statement on behalf of"
_READ_FOR = re.compile(_READ_A_STATEMENT_ON + r"behalf\s+of\s+")
# the same read for one named before: "read a statement on his behalf" (the one "he" means there)
_READ_FOR_OWNER = re.compile(_READ_A_STATEMENT_ON + rf"(?P<owner>{_OWNER})\s+behalf\b", re.I)
# the possessive before "behalf": "his behalf"
_OWNER_BEHALF = re.compile(rf"(?P<owner>{_OWNER})\s+behalf\b", re.I)
# a form of address before a name, no part of it
_TITLE_BEFORE = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+")
# a name cut before its possessive ending ("on behalf of Mr Berg's family"): nobody named speaks
_POSSESSIVE_NEXT = re.compile(r"['’]s?\b|\w")
# whom it was read for: a name after a relation ("his sister-in-law, Ada Pell"), a name, or a body's noun
_BEHALF_OF = re.compile(
    rf"(?:(?:his|her|their|its|the)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,2}},\s+)?"
    # (a surname by its particles: "on behalf of de la Fuente")
    rf"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?(?:(?-i:{NAME_PARTICLE})\s+){{0,2}}{_WORD}"
    rf"(?:\s+(?:{NAME_PARTICLE}\s+){{0,2}}{_WORD}){{0,3}})"
    r"|the\s+(?P<noun>[a-z][a-z-]+)\b"
)
# the name set off after "by"/"from" and a noun: the apposition of that agent, no subject's
_AGENT_BEFORE = re.compile(r"\b(?:by|from)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,2}[\w’'-]+,$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[A-ZÀ-Þ“\"]|\n")
# a name and the apposition set off after it, up to the comma before a relative pronoun or the
# end of a subject: "Tarbeck Bank, Veldia's biggest lender", "Ada Pell, a teacher from Kelmsby,",
# "Ada Pell, LDP-Northfield," (a member's party and seat)
_HEAD_APPOSED = re.compile(
    rf"(?P<head>{_WORD}(?:[ \t\xa0]+(?:(?:of|for|and|&|{NAME_PARTICLE})[ \t\xa0]+){{0,2}}{_WORD}){{0,5}})"
    r"(?:[ \t\xa0]+\([A-ZÀ-Þ][A-ZÀ-Þ&]{1,7}\))?,[ \t\xa0]+"
    rf"(?P<apposition>(?:a|an|the|its|{_WORD}['’]s)[ \t\xa0][^,;:.!?\n\"“”()]{{2,90}}?|[A-ZÀ-Þ]{{2,6}}-{_WORD})"
    r"(?P<comma>,[ \t\xa0]*)?$"
)
# a description set off after a name, whose own relative clause may follow it without a comma
# ("Ada Pell, the nurse who told the Courier ...")
_DESCRIPTION = re.compile(r"(?:a|an|the)\s", re.I)
# what a place or a date opens ("In Kelmsby, the capital, ..."): no name that speaks
_NO_HEAD_BEFORE = re.compile(r"\b(?:in|at|from|near|outside|to|on|of|for|since|until)[ \t\xa0]+$", re.I)
_APPOSED = re.compile(r",[ \t\xa0]+(?P<role>[\w’'-][^,.;:!?\n“”\"()\[\]]{2,80}?)(?=[ \t\xa0]*(?:[,.;:!?)]|\n|$))")


def _person_of(text: str) -> str | None:
    """The person a phrase opens with, before "of"/"from"/"at" and a body ("Sanna Kivelä of the
    Association of Port Operators"), after an optional leading role and comma."""
    kb = knowledge()
    first, _, rest = text.partition(" ")
    # (a title before the name: "Cmdr. Ada Vell of the Harbour Guard Service (HGS)")
    untitled = rest if rest and kb.is_title(first.rstrip(".")) else text
    for phrase in (text, _LEADING.sub("", text, count=1), untitled):
        m = _PERSON_OF.match(phrase)
        if m and kb.starts_with_given_name(m.group(1)) and len(m.group(1).split()) >= 2:
            return m.group(1)
    return None


def _body_before_acronym(text: str, acronyms: dict[str, str]) -> str | None:
    """The body's name a phrase gives before its acronym in parentheses ("The Federation of
    Health Workers of Caldonia (FHWC" -> the federation's full name)."""
    m = _ACRONYM_AFTER.search(text)
    if m is None:
        return None
    before = _DETERMINER.sub("", text[: m.start()].strip())
    kb = knowledge()
    if "," in before or kb.starts_with_given_name(before):
        return None  # "Sigrid Aalund, chair of the ... Association (STOA)": a person's apposition
    full = acronyms.get(m.group(1))
    if full and before.casefold().endswith(full.casefold()):
        return full
    if len(before.split()) >= 2 and kb.is_org_word(kind_word(head_word(before))):
        return before
    return None


def _holder_after_acronym(text: str, mention: Mention) -> bool:
    """Whether the person a mention names comes after the body's acronym ("Tessby Growers Union
    (TGU) chief Ravi Pal Singh"): the body's officer speaks, not the body."""
    m = _ACRONYM_AFTER.search(text)
    name = mention.name
    return mention.kind == "name" and m is not None and name is not None and name in text[m.end() :]


def _person_last(mention: Mention) -> Mention | None:
    """The person a name phrase ends with after its appositions, when that is another person
    than the one it opens with: "Siân Pryce-Morgan, the Labour MP for Ceredigion South, Mr ap
    Gwilym" of "Under questioning from the committee's chair, Siân Pryce-Morgan, the Labour MP
    for Ceredigion South, Mr ap Gwilym said ...", where the opening phrase's person was read as
    the subject's head; else None."""
    if mention.kind != "name" or not mention.name or mention.text.count(",") < 2:
        return None
    cut = mention.text.rindex(",") + 1
    cut += len(mention.text[cut:]) - len(mention.text[cut:].lstrip())
    tail = mention.text[cut:].rstrip()
    found = scan_names(tail, 0, len(tail))
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(tail)) or not found[0].name:
        return None
    person = found[0]
    if person.name is None or person.name in mention.name or mention.name in person.name:
        return None
    return replace(person, start=mention.start + cut, end=mention.start + cut + len(tail))


def apposed_role(mention: Mention, text: str) -> Mention:
    """A person's name with the office its apposition gives, when the name was read with no
    role ("... worries Ray Boisvenu, president of the Eastside Business Guild." -> role "president
    of the Eastside Business Guild"): the writer introduces that person as one who may speak
    next. Unchanged when the words after the comma are no office a role list knows (an age, a
    place, another name)."""
    kb = knowledge()
    if mention.kind != "name" or not mention.name or mention.role or not kb.starts_with_given_name(mention.name):
        return mention
    m = _APPOSED.match(text, mention.end)
    if m is None:
        return mention
    role = m.group("role").strip()
    if kb.role(role) is None:  # (a name after the comma ends with no office: "Tom Lind")
        return mention
    after = _NAME_AFTER.match(text, m.end())
    if after is not None and kb.starts_with_given_name(after.group(1)):
        return mention  # "after eating Sunny Oat, the agency's chief, Ada Brell, told": Brell's office
    return replace(mention, role=role)


def persons_named(mention: Mention, acronyms: dict[str, str]) -> list[Mention]:
    """The people a name mention names (:func:`repaired`), and the one its phrase opens with
    when it ends with another's name (:func:`_person_last`): "Siân Pryce-Morgan, the Labour MP
    ..., Mr ap Gwilym" names both, the first with her own gender."""
    found = repaired(mention, acronyms)
    if _person_last(mention) is None:
        return [found]
    cut = mention.text.index(",")
    gender = knowledge().gender_of_given(mention.text.split()[0])
    opener = replace(mention, end=mention.start + cut, text=mention.text[:cut], role=None, gender=gender)
    return [opener, found]


def repaired(mention: Mention, acronyms: dict[str, str]) -> Mention:
    """The mention with the name its words give: the person a "X of the Y" phrase opens with;
    the person a phrase ends with after appositions of another (:func:`_person_last`); the full
    name of a body written with its acronym or an apposition after it; else unchanged."""
    if mention.kind not in {"name", "organisation"} or not mention.name:
        return mention
    last = _person_last(mention)
    if last is not None:
        return last
    text = " ".join(mention.text.split())
    person = _person_of(text)
    if person is not None and person != mention.name:
        gender = mention.gender or knowledge().gender_of_given(person.split()[0])
        return replace(mention, kind="name", name=person, role=None, gender=gender)
    if person is not None:
        return mention
    body = _body_before_acronym(text, acronyms)
    if body is not None and body != mention.name and not _holder_after_acronym(text, mention):
        return replace(mention, kind="organisation", name=body, role=None, gender=None)
    return mention


def _head_mention(text: str, start: int, end: int, apposition_end: int, mention: Mention) -> Mention | None:
    """The mention of the name ``text[start:end]`` set before an apposition, read as a person's
    when it opens with a given name, else as a body's; None for no speaker's name (a sentence's
    first word that is no name, an office) or when the apposition up to ``apposition_end`` names
    a person, who speaks."""
    head = text[start:end]
    if head.split()[0].casefold() == "the":
        cut = len(head.split()[0]) + 1
        start, head = start + cut, head[cut:].lstrip()
    if not head or head.casefold() in _NOT_HEADS:
        return None
    kb = knowledge()
    if kb.role(head) is not None or kb.is_title_phrase(head.split()):
        return None  # an office, not a name: "The Health Secretary, the Rt Hon Ada Pell MP, said"
    if scan_names(text, end, apposition_end):
        return None  # the apposition names the person: "The Agency, its director Ada Pell, said"
    people = scan_names(text, start, start + len(head))
    if people and people[-1].end == start + len(head) and people[-1].name:
        return people[-1]  # (after a title: "Opposition Leader Ada Pell")
    if _NO_HEAD_BEFORE.search(text, max(0, start - 12), start):
        return None
    return Mention(start, start + len(head), head, "organisation", name=head, number=mention.number or "sg")


# a comma closing an apposition before the cue
_CLOSED = re.compile(r"[ \t\xa0]*,")

# a sentence's capitalised first words that are no name
_NOT_HEADS = frozenset("but and yet so still however meanwhile today yesterday earlier later".split())


def apposition_head(mention: Mention, text: str) -> Mention:
    """The name a cue's subject gives before an apposition, when the mention was read from the
    apposition's words: "Tarbeck Bank, Veldia's biggest lender, said" (Tarbeck Bank, not Veldia),
    "Ada Pell, a teacher from Kelmsby, who told ..." and "the Quorvale Coalition (CLC), a group
    based in Marrowby, which said ..." (the relative clause is the name's, not the place's),
    "Ada Pell, LDP-Northfield, who said" (a member and her party and seat), "Ada Pell, the nurse
    who told the Courier ..." (the description's own clause is hers). The mention itself
    when its words have no such apposition, or the apposition names the speaker's own name."""
    if mention.kind == "relative" and mention.antecedent is not None:
        line_start = text.rfind("\n", 0, mention.start) + 1
        m = _HEAD_APPOSED.search(text, max(line_start, mention.start - 250), mention.start)
        if m is None or m.start("apposition") > mention.antecedent.start:
            return mention
        if not m.group("comma") and not _DESCRIPTION.match(m.group("apposition")):
            return mention  # ("Ada Pell, LDP-Northfield who"): no description the clause is of
        if " and " in m.group("apposition"):
            return mention  # ("X, the Y Fund and the Z Trust, which": a list, not one name)
        head = _head_mention(text, m.start("head"), m.end("head"), m.end("apposition"), mention.antecedent)
        if head is None:
            return mention
        return replace(mention, antecedent=head, name=head.name, role=None, gender=head.gender, number=head.number)
    if mention.kind not in {"name", "organisation", "anonymous"} or mention.text.count(",") != 1:
        return mention
    m = _HEAD_APPOSED.fullmatch(mention.text)
    if m is None or m.group("comma") or " and " in m.group("apposition"):
        return mention
    if mention.name and mention.name in m.group("head"):
        return mention
    at = mention.start
    head = _head_mention(text, at + m.start("head"), at + m.end("head"), at + m.end("apposition"), mention)
    if head is None:
        return mention
    apposition = m.group("apposition").strip()
    role = knowledge().role(apposition)
    if head.kind != "name" and role is not None and not _CLOSED.match(text, mention.end):
        # no comma closes the words before the cue: they are its subject, a body's officer, in a
        # cue set off inside the sentence ("Tarbeck Bank, its chief executive said on Monday, will")
        start = at + m.start("apposition")
        return Mention(start, start + len(apposition), apposition, "role", role=apposition, gender=role[1], number="sg")
    if head.kind == "name" and role is not None:
        return replace(head, role=apposition)  # "Ada Pell, the agency's director": her office
    return replace(head, role=None)


def named_before_cue(mention: Mention, text: str, cue_start: int) -> Mention:
    """The person a description's subject names last, set off by commas right before the cue
    ("The consultant who was to operate that morning, a woman who has spent nineteen years at
    the hospital, Ada Pell, said"): a full name that opens with a given name, in the same
    sentence as the description; the mention itself when the subject is no description or ends
    otherwise (a name, a pronoun, "The company that owns the marina, Harbour Point, said")."""
    if mention.kind not in {"other", "anonymous"} or not mention.start < cue_start <= mention.start + 400:
        return mention
    between = text[mention.start : cue_start]
    m = _SET_OFF_LAST.search(between)
    group = 1
    if m is None:
        # "The man who ..., association chair Ada Pell, said": an office the words know before her name
        m = _ROLED_LAST.search(between)
        if m is None or knowledge().role(m.group(1).strip()) is None or not _describes(m.group(1).split()):
            return mention
        group = 2
    if _SENTENCE_BREAK.search(between, 0, m.start()) is not None:
        return mention
    name = m.group(group)
    # (an office before the name shows a person as a given name does, and so does a description
    # of a person by "who"/"whose": "The farmer whose field the balloon hit, Per Kernevez, told")
    person = group == 2 or knowledge().starts_with_given_name(name) or _named_person_after_who(between, name)
    if not person or _AGENT_BEFORE.search(between, 0, m.start() + 1):
        return mention  # ("A statement from the mayor, read by her manager, Ada Pell, said": Pell reads it)
    start = mention.start + m.start(group)
    # the description up to its first clause is the person's role: "the surgeon" later is Pell
    described = re.split(r",|\s(?:who|whom|whose|that|which)\s", _DETERMINER.sub("", mention.text), maxsplit=1)[0]
    role = (m.group(1).strip() if group == 2 else described.strip()) or mention.role
    return Mention(start, start + len(name), name, "name", name=name, role=role, gender=mention.gender)


def _describes(words: list[str]) -> bool:
    """Whether lower-case words before a name are its office and what qualifies it ("association
    chair"), not a clause the name is the object of ("who attacked chairman", "having met
    chairman"): no relative pronoun, and no verb's -ed or -ing form that no office holds."""
    kb = knowledge()
    return not any(
        kb.is_relative(w)
        or (w.casefold().endswith(("ed", "ing")) and w.casefold() not in kb.role_words | _OFFICE_PARTICIPLES)
        for w in words
    )


# participles that qualify an office ("acting chair", "retired chairman"), not a verb's
_OFFICE_PARTICIPLES = frozenset("acting retired outgoing incoming founding serving presiding".split())


def _named_person_after_who(between: str, name: str) -> bool:
    """Whether a description opened by a person's relative pronoun ("The farmer whose field ...",
    "The man who ...") sets off a name of two or more words that is no body's ("Harbour Point
    Marina" ends in a body's word)."""
    words = name.split()
    if len(words) < 2 or knowledge().is_org_word(words[-1].casefold()):
        return False
    m = _WHO_DESCRIPTION.match(between)
    if m is None or knowledge().is_org_word(m.group(1).casefold()):
        return False
    # "whose" is a body's too ("The charity whose founder died, Hope Springs,"): a person's
    # description names what they do ("The farmer whose field ...")
    from onrecord.attribute.ledes import agent_noun  # (ledes reads entities, which read this module)

    return m.group(2).casefold() == "who" or agent_noun(m.group(1).casefold())


# a description whose first clause opens with "who" or "whose": "The farmer whose field ...,"
_WHO_DESCRIPTION = re.compile(r"(?:the|an?)\s+(?:[\w’'-]+\s+){0,3}?([\w’'-]+)\s+(who|whose)\s", re.I)


def on_behalf(mention: Mention, text: str, cue: tuple[int, int]) -> Mention:
    """The one a reader's cue reads a statement for ("Ms Lund read a statement on behalf of Mr
    Berg:", "read a statement on behalf of his sister, Ada Pell,", "on behalf of the airline"), or
    the pronoun that stands for them ("read a statement on his behalf": a ``pronoun`` mention of
    "he" at "his", resolved as a pronoun is): the statement is theirs, the reader only its
    channel; the mention itself when the cue reads for nobody so."""
    words = text[cue[0] : cue[1]].casefold()
    if words in {"read", "reads", "read out"}:
        after = cue[1]
    elif words == ":" and mention.end <= cue[0]:
        # the words a colon opens after the reading: "X read out a statement on his behalf: '...'"
        reads = list(_READ_VERB.finditer(text, mention.end, cue[0]))
        if not reads:
            return mention
        after = reads[-1].end()
    else:
        return mention
    owner = _READ_FOR_OWNER.match(text, after)
    if owner is not None:
        at = owner.start("owner")
        if words == ":" and text[owner.end() : cue[0]].strip():
            return mention  # ("read a statement on his behalf at the inquiry, then said:")
    else:
        m = _READ_FOR.match(text, after)
        if m is None:
            return mention
        at = m.end()
    found = _behalf_mention(text, at)
    if (
        found is not None
        and words == ":"
        and (re.search(r"[.!?;]", text[found.end : cue[0]]) or _NEW_CLAUSE.match(text[found.end : cue[0]]))
    ):
        return mention  # ("on behalf of the team, and her own message was simple:": hers)
    return found if found is not None else mention


# a clause of its own after the one read for, up to the colon: ", and her own message was", " before adding"
_NEW_CLAUSE = re.compile(r".*?(?:^|,)\s*(?:and|but|or|so|then|yet|while|before|after|when|as)\s", re.I | re.S)
# the reading verb of a sentence a colon ends ("read out a statement on his behalf:")
_READ_VERB = re.compile(r"\bread(?:s)?(?:\s+out)?(?=\s)", re.I)


# "on the skipper's behalf", "on Ada Pell's behalf": a description or a name as the possessor
_HELD_BEHALF = rf"the\s+(?P<noun>[a-z][a-z-]+)|(?P<name>{_WORD}(?:\s+{_WORD}){{0,2}})"
# "on his behalf", "on behalf of": where the one a written statement is for is named
_ON_BEHALF = re.compile(
    rf"\bon\s+(?:(?P<owner>{_OWNER})\s+behalf\b|behalf\s+of\s+|(?P<held>(?-i:{_HELD_BEHALF}))['’]s?\s+behalf\b)",
    re.I,
)


def behalf_of(text: str, start: int, end: int) -> Mention | None:
    """The one the words ``text[start:end]`` say a statement or a letter was for ("A statement
    was read out on his behalf by ...", "read a statement on behalf of the airline"): a name, a
    body's noun or a pronoun mention (see :func:`on_behalf`); None when they say it for nobody."""
    m = _ON_BEHALF.search(text, start, end)
    if m is None:
        return None
    if m.group("held"):
        # "read a statement on the skipper's behalf": the one "the skipper" means
        if m.group("name"):
            at, stop = m.span("name")
            return Mention(at, stop, m.group("name"), "name", name=_TITLE_BEFORE.sub("", m.group("name")))
        at, stop = m.span("held")
        return Mention(at, stop, m.group("held"), "other", role=m.group("noun"), number="sg")
    return _behalf_mention(text, m.start("owner") if m.group("owner") else m.end())


def _behalf_mention(text: str, at: int) -> Mention | None:
    """The mention of whom a statement is for, at ``at``: after "on behalf of" ("Mr Oskar Berg",
    "his sister, Ada Pell", "the airline"), or the possessive before "behalf" ("his": a pronoun
    mention of "he" there); None for one of a name's possessive ("on behalf of Mr Berg's family")."""
    owner = _OWNER_BEHALF.match(text, at)
    if owner is not None:
        # "His deputy, Ada Pell, read a statement on his behalf": the one "he" means, not the reader
        pronoun, gender, number = _OWNER_PRONOUNS[owner.group("owner").casefold()]
        return Mention(at, at + len(owner.group("owner")), pronoun, "pronoun", gender=gender, number=number)
    found = _BEHALF_OF.match(text, at)
    if found is None or _POSSESSIVE_NEXT.match(text, found.end()) or found.group(0).endswith(("'s", "’s")):
        return None  # "on behalf of Mr Berg's family": no name of who spoke (the family's)
    if found.group("name"):
        start, end = found.span("name")
        name = found.group("name")
        return Mention(start, end, name, "name", name=_TITLE_BEFORE.sub("", name))
    start, end = found.span()
    return Mention(start, end, found.group(0), "other", role=found.group("noun"), number="sg")


def self_named(mention: Mention, text: str) -> Mention:
    """A nameless subject's own name, given right after it ("A group calling itself Larkspur Cell
    claimed ...", "A group calling itself the Harbour Boatowners' Alliance (HBA) said"): that
    body speaks, not one named before; the mention itself otherwise."""
    words = mention.text.split()
    if mention.kind not in {"organisation", "other", "anonymous"} or not words or not words[-1].islower():
        return mention  # (a name of its own: "Harbour Watch, calling itself ...")
    m = _CALLING_ITSELF.match(text, mention.end)
    if m is None:
        return mention
    start, end = m.span("name")
    name = m.group("name")
    return Mention(start, end, name, "organisation", name=name)
