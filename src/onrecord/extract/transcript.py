"""Transcripts and interviews: ``NAME: text`` turns, or ``Q:`` / ``A:`` turns.

Labels come as broadcast transcripts write them (``CORRIGAN:``, ``SEN. DELIA MARSH (D-ORE.):``,
``MARY-KATE BRENNAN, ACTING CHAIR, FCSB:``, ``DEPUTY PRESS SECRETARY MARCHETTI:``), as a
parliamentary record does (``The Minister for Transport (Ms Priscilla Abara):``, ``Mr Connor de
Vries (Elvane North) (Con):``, ``Ms Abara:``; a Canadian one: ``Mr. R. van der Pol (Ashby
Harbour):``, ``Hon. A.-S. Kerrigan (Minister of ...):``), as a monitoring service does
(``[Lazarev] ...``), after a recording's time code (``[00:14:32] NAME:``) and as a forum thread
does (``CMT_JaneDoe:``, ``tramfan1989 asked:``, ``CMT_JaneDoe answered:``: the user name stands
for the person the text names with its letters).

An article is read as a transcript when at least three paragraphs open with a speaker label.
Each turn of an interviewee is a direct quote of the person its label names (``CORRIGAN:`` is
the Niamh Corrigan the introduction named); the interviewer's turns are questions, not
statements on record. The interviewer is the label called ``Q``, ``HOST``, ``INTERVIEWER`` and
the like, or the one whose turns are mostly questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from onrecord.dates import ENGLISH_DAY_WORDS
from onrecord.extract.court import bench_holder, dotted_labels, sworn_witness
from onrecord.extract.mentions import Mention
from onrecord.extract.name_forms import HONORIFICS as _HONORIFICS
from onrecord.extract.name_forms import capitalised as _capitalised
from onrecord.extract.slugs import introduced_by_slug

__all__ = ["Turn", "find_turns"]

# an honorific as a British record prints it ("Mr"), or a Canadian one ("Mr.", "Hon.")
_HON = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Cllr|Hon)\.?"
# initials before a surname: "R. van der Pol", "A.-S. Kerrigan"
_INITIALS = r"(?:[A-Z]\.(?:-[A-Z]\.)?\s)*"
# a recording's time code before a label: "[00:14:32] HOST: ...", "(01:02) HOST: ..."
_TIME_CODE = r"(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\))[ \t]+"
# a forum's user name, as an "ask me anything" thread prints it: "CMT_JaneDoe", "tramfan_88"
_HANDLE = r"[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9_]+"
# a forum's question and answer labels: "tramfan1989 asked:", "CMT_JaneDoe answered:"
_FORUM = r"[A-Za-z][\w.\-]{1,31} (?:asked|answered)"
# Latin-1 and Latin Extended-A letters: "STOJKOVIĆ", "ŁUKASIEWICZ", "Dušan"
_CAPS = r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’\-]+"
_WORD = r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿĀ-ž'’]+(?:-[A-ZÀ-ÞĀ-Ž][a-zß-ÿĀ-ž'’]+)*"  # Marie-Claire, Ruairí, O'Neill
_PARTICLES = r"(?:de|van|von|der|den|da|di|du|la|le|ter|Ó|Ní|Mac|Nic)"
_OPENING = frozenset('"“')
_CLOSING = frozenset('"”')
# a line of a turn's words, not another label ("IVO DRANSK:", "Dr Ivo Sant:"), a court record's
# "Q." or "A.", a bracketed note, or a heading with no lower-case word (nor one of a script with
# no capitals)
_PROSE_LINE = (
    r"(?!(?:Q|A)\.[ \t]|[(\[]|(?:[A-ZÀ-ÞĀ-Ž][\w'’.\-]*[ \t]*){1,6}(?:\([^()\n]*\)[ \t]*)?:)"
    r"(?=[^\n]*[a-zß-ÿā-žа-яёά-ώ\u0590-\u06ff\u3040-\u9fff\uac00-\ud7af]{2})"
)
_LABEL = re.compile(
    # a label may be set in bold, as a magazine prints it: "**Q:**", "**A**:"
    # a transcript quoted paragraph by paragraph opens each turn with a quotation mark that no
    # mark closes before the next: "\"WALLACE: ...", "\"PENCE: ..."
    rf"^(?:[\"“](?=[A-Z]))?(?:{_TIME_CODE})?(?:\*\*|__)?(?P<label>Q|A|{_FORUM}|{_HANDLE}"
    # "CORRIGAN", "SEN. DELIA MARSH (D-ORE.)", "MARY-KATE BRENNAN, ACTING CHAIR, FCSB", and a
    # cable transcript's party tag before the office: "REP. IVO SANT (I-VT.), WHIP"
    # and an official report's office with its holder's name, or a member with seat, party and
    # office: "THE PRIME MINISTER (Helena Varga-Stroud)", "ORLA DUNNE (Eastmere) (NP) (Leader of ...)"
    rf"|(?:[A-Z]{{2,5}}\.\s)?{_CAPS}(?: {_CAPS}){{0,5}}(?: \([^()\n]{{1,40}}\)){{0,3}}"
    r"(?:,(?: [A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’.\-]*)+){0,2}(?: \([^()\n]{1,20}\))?"
    r"|[A-Z][a-z]+ [A-Z][a-z'’\-]+"
    # an earnings call's or a hearing's: "CEO Marie-Claire Dunne", "Deputy Eamon Rourke",
    # "Ruairí Brennan (Liffey Capital)"
    rf"|(?:[A-Z]{{2,5}} )?{_WORD}(?: (?:{_PARTICLES} )?{_WORD}){{1,3}}(?: \([^()\n]{{1,40}}\))?"
    # a parliamentary record: "The Minister for Transport (Ms Priscilla Abara)", "Mr Connor de
    # Vries (Elvane North) (Con)", "Ms Abara"
    rf"|(?:The )?[A-Z][a-z]+(?: (?:for|of|the|and|[A-Z][\w'’\-]*))* \({_HON} [^()\n]{{2,40}}\)"
    # and an office with its holder's name alone: "The Minister of Works (Ada Lind-Oyelaran)"
    r"|The [A-Z][a-z]+(?: (?:for|of|the|and|[A-Z][\w'’\-]*))* \([A-ZÀ-ÞĀ-Ž][\w'’\-]+(?: [A-ZÀ-ÞĀ-Ž][\w'’\-]+){1,3}\)"
    rf"|{_HON} {_INITIALS}(?:{_PARTICLES} ){{0,2}}[A-Z][\w'’\-]*(?: (?:de|van|von|der|la|le|[A-Z][\w'’\-]*)){{0,3}}"
    r"(?: \([^()\n]{1,60}\)){0,2}"
    # the turn's words on the label's own line, or on the next when that line is prose ("MARTA
    # VELL:" above "Good morning."); a label alone above another label, a "Q." or "A." paragraph,
    # a bracketed line or a line with no lower-case word is a heading ("EXAMINATION BY MS. VARGA:")
    r")(?:\*\*|__)?\s*:(?:\*\*|__)?(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*" + _PROSE_LINE + r")(?P<text>\S.*)$"
    # a monitoring transcript: "[Lazarev] Heat will be back ..."
    r"|^\[(?P<blabel>[A-ZÀ-Þ][\w'’ .\-]{1,40})\][ \t]+(?P<btext>\S.*)$"
    # an answer labelled with who gives it: "A (HALLORAN-VEY): ...", "A (Mayor Ines Vey): ..."
    r"|^(?:A|Answer)[ \t]*\((?P<alabel>[A-ZÀ-ÞĀ-Ž][^()\n:]{1,60})\)[ \t]*:[ \t]+(?P<atext>\S.*)$",
    re.M,
)
# labels of a transcript's header, not of anyone's turn
_NOT_SPEAKERS = frozenset(
    "transcript segment recorded guests guest briefers source note update correction subject summary date time "
    "location item ref members participants attendees present panellists panelists exclusive".split()
)
# a fact-check's or an explainer's section labels: "THE CLAIM:", "THE FACTS:", "ALSO ON THE TRAIL:"
_SECTIONS = frozenset({*"claim claims facts fact verdict rating context trail background".split(), "bottom line"})
_SECTION = re.compile(r"^(?:also\s+)?(?:on\s+)?(?:the\s+)?")
# what a heading of several words calls the piece it opens: "THE CLARION INTERVIEW: '...'",
# "FULL TRANSCRIPT:", "PRESS BRIEFING:"
_PIECES = frozenset("interview transcript briefing conversation".split())
_HOSTS = frozenset(
    "q question host presenter interviewer anchor reporter moderator journalist correspondent editor".split()
)
# who presides over a parliament: "Mr SPEAKER: Order." keeps order, it makes no statement (an
# inquiry's or a committee's chair does: "THE CHAIR: The inquiry will sit in public")
_CHAIRS = frozenset({"speaker", "the speaker", "deputy speaker", "madam speaker", "president"})
# a forum's label for a question: "tramfan1989 asked"
_ASKED = re.compile(r"\s+asked$")
_CHAIR_ROLES = frozenset({"chair", "the chair", "chairman", "chairwoman", "chairperson", "the chairman"})
_MIN_TURNS = 3


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn: its text span, who its label names, and whether it is the interviewer's."""

    start: int
    end: int
    label: Mention
    question: bool = False
    labelled: bool = True  # the label opens the turn (not a name in the introduction)


def _is_host(label: str, turns: list[str], parliament: bool = False) -> bool:
    return _asker_by_label(label) or _questions(turns, parliament) * 2 > len(turns)


def _asker_by_label(label: str) -> bool:
    """Whether a label says its speaker asks or keeps order, whatever the turns say."""
    if _by_role(label):
        return True  # "HOST", "LAUREN ABERNATHY, HOST"
    if _label_name(label).casefold() in _CHAIRS:
        return True  # "Mr SPEAKER: Order.": the chair of a parliamentary record
    return _ASKED.search(label) is not None  # "tramfan1989 asked:": a forum's question


def _questions(turns: list[str], parliament: bool) -> int:
    """How many of a label's turns ask a question."""
    return sum(_asks(t) if parliament else t.rstrip().endswith("?") for t in turns)


def _caller(label: str, by_label: dict[str, list[str]]) -> bool:
    """Whether a label's speaker is a caller or a guest, though their turns end with a question:
    in an exchange of three people or more, one who speaks once or twice (under any of their
    labels: "ADA LIND" and later "LIND"), and says more of their own than they ask (under a quarter of
    their words ask: "I drive a bus. It is forty minutes late every day. Who answers for that?"),
    not a label that says it asks or chairs (:func:`_asker_by_label`)."""
    surname = _label_name(label).split()[-1:]
    own = [t for other, turns in by_label.items() if _label_name(other).split()[-1:] == surname for t in turns]
    people = {tuple(_label_name(other).split()[-1:]) for other in by_label}
    return (
        len(people) >= 3
        and len(own) < 3
        and not _asker_by_label(label)
        and re.sub(r"\s*\(.*", "", label).casefold() not in _CHAIR_ROLES  # "THE CHAIR (Ada Lind)"
        and _asked_share(own) * 4 < 1
        and not any(_ADDRESSES.search(t) for t in own)
    )


# a sentence that opens by addressing whoever is asked, as a reporter or an analyst does ("Mayor,
# last night you said ...", "Ms. Varga, why ...", "Anne-Marie, on margins: ..."), not a word
# that only opens what the speaker says ("Well, ...", "Look, ...") or greets ("Morning, Ada.")
_ADDRESSES = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?!(?:Well|Look|Listen|Yes|No|Now|So|Thanks|Sorry|Okay|OK|Honestly|Again|Still|Sure|Right|Morning|Hello|Hi"
    r"|Hey|Evening|Afternoon),)"
    rf"(?:{_HON}\s)?[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?,\s"
)


def _asked_share(turns: list[str]) -> float:
    """The share of the words of ``turns`` that are in sentences asking a question."""
    sentences = [p for t in turns for p in re.split(r"(?<=[.!?])\s+", t.strip()) if p]
    words = sum(len(p.split()) for p in sentences)
    asked = sum(len(p.split()) for p in sentences if p.endswith("?"))
    return asked / words if words else 0.0


def _by_role(label: str) -> bool:
    """Whether a label calls its speaker the asking side by its words ("HOST", "Q", "ADA
    LIND, PRESENTER"), not by what the turns ask."""
    return label.casefold() in _HOSTS or any(w.strip(",. ").casefold() in _HOSTS for w in label.split(",")[1:])


# the name a header's credit line gives the presenter: "Presenter: Ada Lind.", "Host: Ivo Sant |"
_HOST_CREDIT = re.compile(
    r"\b(?i:interviewer|presenter|host|anchor|moderator)s?[ \t]*:[ \t]*"
    rf"(?P<name>[A-ZÀ-ÞĀ-Ž][\w'’\-]+(?:[ \t]+(?:{_PARTICLES}[ \t]+)?[A-ZÀ-ÞĀ-Ž][\w'’\-]+){{0,3}})"
)


def _header_host(header: str, by_label: dict[str, list[str]]) -> str | None:
    """The label of the presenter a header's credit names ("Presenter: Ada Lind-Oyo." above
    "LIND-OYO: Good morning."): the one label whose name's last word is the credited name's;
    None when the header credits no one, or no single label names them. A programme's presenter
    asks the questions, whatever share of the turns end with one, and a caller or a guest who
    asks something at the end of a turn of their own is no presenter."""
    credited = {m.group("name").split()[-1].casefold() for m in _HOST_CREDIT.finditer(header)}
    if not credited:
        return None
    found = [
        label
        for label in by_label
        if label not in {"Q", "A"} and (words := _label_name(label).split()) and words[-1].casefold() in credited
    ]
    return found[0] if len(found) == 1 else None


def _interviewer(by_label: dict[str, list[str]], parliament: bool) -> str | None:
    """The label of a two-person exchange whose turns are half questions when the other's are
    none: the host who opens and closes a programme and asks in between."""
    if len(by_label) != 2 or parliament:
        return None
    asks = {label: _questions(turns, parliament) for label, turns in by_label.items()}
    (a, qa), (_, qb) = sorted(asks.items(), key=lambda kv: -kv[1])
    return a if qa and not qb and qa * 2 >= len(by_label[a]) else None


_MAX_PREFACE_WORDS = 30
# a member who speaks through the chair ("Mr. Speaker, the people of ...") makes a speech on the
# record, whatever it asks at the end
_TO_THE_CHAIR = re.compile(r"(?:Mr\.?|Madam|Madame)\s+(?:Deputy\s+)?Speaker\b")
# a member's turn that only says whom the question is for
_ANNOUNCES_QUESTION = re.compile(
    r"(?:(?:Mr\.?|Madam|Madame)\s+(?:Deputy\s+)?Speaker,\s+)?"
    r"(?i:my\s+(?:first\s+|next\s+|final\s+|supplementary\s+)?question\s+is\s+(?:for|to)\s)[^.?!]*[.?!]"
)


def _asks(turn: str) -> bool:
    """Whether a member's turn in a parliamentary record is a question: it ends with one, and
    what it says before asking is short; a member who argues at length and then asks the
    minister something makes a statement on record."""
    turn = turn.rstrip()
    if _ANNOUNCES_QUESTION.fullmatch(turn):
        return True  # "Mr. Speaker, my question is for the Premier.": the question comes next
    if not turn.endswith("?") or _TO_THE_CHAIR.match(turn):
        return False
    preface = re.split(r"(?<=[.!?])\s+", turn)[:-1]
    if any(_own_claim(p) for p in preface):
        return False  # "Mothers in Ashby travel forty miles to give birth. Will she give them a date?"
    return sum(len(p.split()) for p in preface) <= _MAX_PREFACE_WORDS


_MIN_CLAIM_WORDS = 8
# a speech cue after a passive auxiliary reports nobody's words ("was promised a new wing")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$", re.I)


def _own_claim(sentence: str) -> bool:
    """Whether a sentence before a member's question is the member's own claim on record: a
    statement of some length (not a question) with no speech cue reporting someone else's words
    ("The union says ...", "You said the plant would stay open.": what the question is about)."""
    from onrecord.extract.lexicon import load_lexicon

    if sentence.rstrip().endswith("?") or len(sentence.split()) < _MIN_CLAIM_WORDS:
        return False
    lexicon = load_lexicon()
    for m in re.finditer(r"[^\W\d_]+", sentence):
        if lexicon.has_cue(m.group(), speech_only=True) and not _PASSIVE.search(sentence[: m.start()]):
            return False
    return True


def _full_name(text: str, label: str) -> str:
    """The full name the article gives the person a label names ("Niamh Corrigan" for CORRIGAN,
    "Gordon Almeida" for ALMEIDA after a participants' line "GORDON ALMEIDA, race director")."""
    # Mary-Kate, Marie-Hélène; not a contraction ("I'm Nadia Okafor"); or a word in capitals, as a
    # list of participants prints it, which counts only from a known given name on
    word = (
        r"(?![A-Z]\w*['’](?:m|s|re|ve|ll|d)\b)"
        r"[A-ZÀ-Þ](?:[a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*|[A-ZÀ-Þ'’]+(?:-[A-ZÀ-Þ]+)*)"
    )
    # "DE VRIES" is the "Henrik de Vries" of the introduction: the surname as the text writes it;
    # the words run on one line or across a wrapped one, never across a paragraph's end ("...,
    # chair, Sport Committee" above the turn "ALMEIDA: ...") nor into a turn's label
    gap = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?!\s))"
    pattern = rf"(?<![\w-])((?:{word}{gap}){{1,2}})((?i:{re.escape(label)}))\b(?![^\S\n]*:)"
    from onrecord.attribute.knowledge import knowledge

    kb = knowledge()
    for m in re.finditer(pattern, text):
        given = [w for w in m.group(1).split() if w.rstrip(".") not in _HONORIFICS]
        first = next((i for i, w in enumerate(given) if kb.is_given_name(w)), None)
        if first is not None:
            given = given[first:]  # "Minister of Health Marie-Louise THORSBY": the name from its given name
        elif any(w.isupper() for w in given):
            continue  # "COUNCIL CHAIR ALMEIDA": capitals with no given name name no one
        elif given and (kb.is_title(given[0]) or kb.is_org_word(given[0]) or kb.role(" ".join(given)) is not None):
            given = []  # "Chief Cabinet Secretary SUGA": an office's words, no given name
        surname = m.group(2)
        words = [_capitalised(w) if w.isupper() else w for w in [*given, surname]]
        return " ".join(words) if given else surname
    return label


def _initialled(text: str, label: str) -> str | None:
    """The full name a label of two or three initials stands for ("JK" after "the Prime
    Minister, John Key"): the first name in the text, opening with a given name, whose words
    start with those letters; None for any other label, or when the text names no such person."""
    if not re.fullmatch(r"[A-Z]{2,3}", label):
        return None
    from onrecord.attribute.knowledge import knowledge

    pattern = r"\s+".join(rf"{letter}[a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*" for letter in label)
    for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text):
        if knowledge().is_given_name(m.group().split()[0]):
            return m.group()
    return None


def _handle_name(text: str, handle: str) -> str | None:
    """The person a forum user name stands for: the first name in the text whose letters are
    the handle's after a prefix ("Jean-Paul Okafor" for ``ACME_JeanPaulOkafor``); None for a
    label that is no handle, or one no name in the text spells."""
    if not re.fullmatch(_HANDLE, handle):
        return None
    parts = handle.split("_")
    spelled = {"".join(parts[i:]).casefold() for i in range(len(parts))}
    for m in _PLAIN_NAME.finditer(text):
        words = m.group().split()
        for i in range(len(words) - 1):  # "I'm Oskar Brandt": the name at its end
            if re.sub(r"[\W\d_]", "", "".join(words[i:])).casefold() in spelled:
                return " ".join(words[i:])
    return None


_GUEST_LINE = re.compile(
    r"^.*?\b(?:interview(?:ed)?\s+with|guest|interviewee|witness(?=\s*:)|in conversation with"
    r"|answers?\s+(?:are\s+)?(?:given\s+)?by)\b"
    r"\s*[:\-–—]?\s*(?P<who>.+)$",
    re.I | re.M,
)
# Two to four capitalised words, surname particles between them: a name when a header line says so.
_PLAIN_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:(?:van|von|de|der|den|da|di|du|dos|del|la|le|ter|Ó|Ní|Mac|Nic)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
)
_HOST_LINE = re.compile(r"^\s*(?:interviewer|presenter|host|anchor|moderator|reporter)\b", re.I)


def _guest(header: str) -> str | None:
    """Who answers the ``A:`` turns: the person the header names as the guest ("Transcript:
    interview with Energy Minister Katrin Oosterveld", "Guest: ..."), else the one person it
    names outside the interviewer's line."""
    from onrecord.extract.mentions import scan_names

    for m in _GUEST_LINE.finditer(header):
        if _HOST_LINE.match(m.group()):
            continue
        names = scan_names(header, m.start("who"), m.end("who"))
        if names:
            return names[0].name
        who = m.group("who").split(",")[0].strip()
        if who.isupper():
            # "Witness: MS ADA PELL-VORN, Director": the name, less a form of address
            words = [_capitalised(w) for w in who.split()]
            who = " ".join(words[1:] if len(words) > 2 and words[0].rstrip(".") in _HONORIFICS else words)
        if _PLAIN_NAME.fullmatch(who):  # "Guest: Siobhán de Búrca, chair": the line says it is a name
            return who
    named = {
        n.name
        for line in re.finditer(r"^.*$", header, re.M)
        if not _HOST_LINE.match(line.group())
        for n in scan_names(header, line.start(), _before_host(header, line.start(), line.end()))
        if not _newsroom_role(header[line.start() : n.start]) and not _spoken_to(header[line.start() : n.start])
    }
    return named.pop() if len(named) == 1 else None


# a standfirst that names the one answering by office only: "The harbour board's chair on the
# winter closures.", "Kelmont Rail's chief executive talks timetables"
_ROLE_LINE = re.compile(
    r"^[ \t]*(?P<who>(?:[Tt]he[ \t]+)?[A-ZÀ-Þ][^\n.:;!?\"“”]{2,80}?)[ \t]+"
    r"(?P<connector>on|talks|speaks|explains|answers|defends|faces)[ \t]+\S",
    re.M,
)


# what opens a time, not a topic, after "on": "on Monday resigned", "on 4 March", "on the 4th"
_ENGLISH_MONTHS = "january february march april may june july august september october november december".split()
_DAY_WORDS = sorted({*ENGLISH_DAY_WORDS, *_ENGLISH_MONTHS})
_ON_A_DAY = re.compile(rf"(?i:(?:the[ \t]+)?\d|(?:{'|'.join(_DAY_WORDS)})\b)")
# where a topic may hold a clause of its own: "on why the grid failed", "on the plan that failed"
_CLAUSE_OPENS = re.compile(r"(?i:\b(?:how|why|what|whether|where|when|who|whom|whose|which|that|if)\b)")
# a finite verb of the sentence's own (an auxiliary, a copula), and a verb in the past tense ("resigned")
_FINITE = re.compile(
    r"(?i:\b(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|may|might|must|shall|should)\b)"
)
_PAST = re.compile(r"\b(?P<before>[\w'’]+)[ \t]+(?P<verb>[a-z]{3,}ed)\b")
# the words a participle may stand after in a noun phrase: "on delayed trains", "of missed targets"
_BEFORE_A_MODIFIER = frozenset(
    "the a an of on and or for with its their his her our your this that these those after before in to by "
    "about over from more most many few all some no".split()
)
# a header's sentence saying who answered the questions: "Her deputy, who takes over this week,
# answered our questions.", "Questions were answered by the deputy chair."
_ANSWERED = re.compile(
    r"(?i:\b(?:answer(?:ed|s|ing)|(?:took|takes|fielded|fields)[ \t]+(?:[\w'’]+[ \t]+)?questions"
    r"|(?:spoke|talked|speaks|talks)[ \t]+to[ \t]+(?:us|the[ \t]+\w+))\b)(?P<by>[ \t]+by[ \t]+(?P<agent>[^.!?\n]+))?"
)
_PRONOUN = frozenset("she he they i we".split())


def _standfirst(rest: str, connector: str) -> bool:
    """Whether the words after an office and its connector ("on", "talks") to the end of their
    sentence describe a topic, as a standfirst does ("... on four days of darkness"), not tell of
    an event with a finite verb ("... on Monday resigned after a row with ministers")."""
    if connector == "on" and _ON_A_DAY.match(rest):
        return False  # a day, not a topic: the sentence's verb is still to come
    clause = _CLAUSE_OPENS.search(rest)
    own = rest[: clause.start()] if clause is not None else rest
    if _FINITE.search(own):
        return False
    return not any(m.group("before").casefold() not in _BEFORE_A_MODIFIER for m in _PAST.finditer(own))


def _another_answers(header: str, role_at: int, role: str) -> bool:
    """Whether a sentence of the header, other than the office's own, says that someone else
    answered the questions ("Her deputy, who takes over this week, answered our questions."): a
    subject that is no pronoun and does not end as the office does."""
    last = role.split()[-1].casefold()
    for m in _ANSWERED.finditer(header):
        start = max(header.rfind(mark, 0, m.start()) for mark in (".", "!", "?", "\n")) + 1
        if start <= role_at < m.start():
            continue  # the standfirst itself: "The chair answers readers' questions on ..."
        who = re.sub(r",[^,]*,", " ", header[start : m.start()])
        if m.group("agent") and re.search(r"(?i:\b(?:is|are|was|were|been|be))[ \t]*$", who):
            who = m.group("agent")  # "Questions were answered by her deputy."
        words = re.sub(r"[^\w'’ \t-]", " ", who).casefold().split()
        if not words or (len(words) == 1 and words[0] in _PRONOUN):
            continue
        if words[-1] != last or words[0] in {"her", "his", "their", "its", "my", "our"}:
            return True
    return False


def _guest_role(header: str) -> str | None:
    """The office of the one who answers the ``A:`` turns when the header names no person but
    a role in a standfirst ("Kelmont Rail's chief executive on ..."): the role phrase, else None.
    A sentence telling of what the office did ("The harbour board's chair on Monday resigned
    ...") is no standfirst, and a header that says another answered ("Her deputy ... answered
    our questions") names no office for the answers."""
    from onrecord.attribute.knowledge import knowledge

    kb = knowledge()
    for m in _ROLE_LINE.finditer(header):
        if _HOST_LINE.match(m.group()) or re.match(r"\s*By\s", m.group()):
            continue
        who = m.group("who").strip()
        last = who.split()[-1].casefold()
        if kb.role(who) is None or (kb.role(last) is None and kb.role(" ".join(who.split()[-2:])) is None):
            continue
        stop = re.compile(r"[.!?](?:\s|$)|\n").search(header, m.end() - 1)
        rest = header[m.end() - 1 : stop.start() if stop is not None else len(header)]
        if not _standfirst(rest, m.group("connector")):
            continue
        return None if _another_answers(header, m.start("who"), who) else who
    return None


# the words before a name that make it the interviewer's: "sat down with news editor Bea Lund"
# (or set off by a comma: "the Herald's comment editor, Bea Lund, asked her")
_NEWSROOM_ROLE = re.compile(rf"\b(?i:{'|'.join(sorted(_HOSTS - {'q'}))})s?,?[ \t]+(?:[A-ZÀ-Þ][\w'’.-]*[ \t]+)?$")


def _newsroom_role(before: str) -> bool:
    """Whether the words just before a header's name give the newsroom's role ("Clarion news
    editor", "our reporter"): that person asks the questions."""
    return _NEWSROOM_ROLE.search(before) is not None


# the one a header says the guest spoke to: "The port's harbourmaster spoke to Bea Lund on Monday"
_SPOKEN_TO = re.compile(r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+$", re.I)
# who in the newsroom may do the speaking to the guest: "Our reporter spoke to ...", "I talked with ..."
_ASKING_SIDE = re.compile(rf"\b(?:I|[Ww]e|[Oo]ur|{'|'.join(sorted(_HOSTS - {'q'}))}s?)\b", re.I)


def _spoken_to(before: str) -> bool:
    """Whether a header's name is the one its guest spoke to ("The port's harbourmaster spoke to
    Bea Lund"): the interviewer, unless the newsroom's side is who spoke ("Our editor spoke to
    ...", "I talked with ...": then the name is the guest's)."""
    m = _SPOKEN_TO.search(before)
    return m is not None and _ASKING_SIDE.search(before[: m.start()]) is None


# the interviewer's label inside a header line: "Broadcast live at eight. Host: Dana Ruiz.", or
# a magazine's credit: "Interview by Hanne Solvik", "Interviewed by ...", "Questions by ..."
_HOST_LABEL = re.compile(
    r"\b(?:(?:interviewer|presenter|host|anchor|moderator)s?\s*:|(?:interview(?:ed)?|questions)\s+by\b)", re.I
)


def _before_host(header: str, start: int, end: int) -> int:
    """Where the words of a header line stop naming guests: at the interviewer's label, if any."""
    m = _HOST_LABEL.search(header, start, end)
    return m.start() if m is not None else end


# a phone-in's label: a caller's given name (and where they call from) in brackets after a word
# that only says they called: "CALLER (Marta, Vila Nova)", "LISTENER (TUNDE, OSOGBO)"
_CALLER = re.compile(
    r"(?i:(?:next\s+|first\s+|another\s+)?(?:caller|listener|viewer))\s*"
    r"\((?P<name>[A-ZÀ-ÞĀ-Ž][\w'’\-]+(?: [A-ZÀ-ÞĀ-Ž][\w'’\-]+){0,2})(?:,[^()\n]*)?\)"
)


# a label that says only what part someone plays, with their name in brackets: "WITNESS (Ada
# Lind)", "FLOOR (Tom Berg, Delta Institute)", "PANELLIST (IVO SANT)"
_PART_AND_NAME = re.compile(
    r"(?:(?i:the)\s+)?(?P<part>[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’\-]+(?: [A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’\-]+)?)\s*"
    rf"\((?P<name>[A-ZÀ-ÞĀ-Ž][\w'’\-]+(?: (?:{_PARTICLES} )?[A-ZÀ-ÞĀ-Ž][\w'’\-]+){{1,3}})(?:,[^()\n]*)?\)"
)


def _named_in_brackets(label: str) -> str | None:
    """The person a label of a part and a name names ("WITNESS (Ada Lind)": Ada Lind): the
    name in its brackets, when it opens with a given name and the words before it name no one
    (not "EVA MOTT (Quarry Times)") nor the one who asks (a host's label stays the host's)."""
    from onrecord.attribute.knowledge import knowledge

    m = _PART_AND_NAME.fullmatch(label.strip())
    if m is None:
        return None
    kb = knowledge()
    part = [_capitalised(w) for w in m.group("part").split()]
    name = [_capitalised(w) if w.isupper() else w for w in m.group("name").split()]
    if any(kb.is_given_name(w) for w in part) or " ".join(part).casefold() in _HOSTS:
        return None
    return " ".join(name) if kb.is_given_name(name[0]) else None


def _label_name(label: str) -> str:
    """The person a turn's label names: the name in a parliamentary record's brackets, else the
    label without its bracketed party or seat, its title after a comma, its honorific and the
    titles before a surname ("DEPUTY PRESS SECRETARY MARCHETTI": MARCHETTI)."""
    from onrecord.attribute.knowledge import knowledge

    inner = re.search(rf"\({_HON}\s+([^()]+)\)", label)
    if inner is not None:
        return inner.group(1)
    holder = _holder_in_brackets(label)
    if holder is not None:
        return holder
    label = re.sub(r"\s+(?:asked|answered)$", "", label)  # a forum's "tramfan1989 asked"
    caller = _CALLER.fullmatch(label.strip())
    if caller is not None:  # "CALLER (Marta, Vila Nova)": the name the brackets give first
        return " ".join(_capitalised(w) if w.isupper() else w for w in caller.group("name").split())
    named = _named_in_brackets(label)
    if named is not None:
        return named
    words = re.sub(r"\s*\([^()]*\)", "", label).split(",")[0].split()
    kb = knowledge()
    while len(words) > 1 and (
        words[0].rstrip(".").capitalize() in _HONORIFICS
        or re.fullmatch(r"[A-Z]{2,5}\.", words[0])
        or re.fullmatch(_INITIALS, words[0] + " ")  # "R. van der Pol": the surname without its initials
    ):
        words = words[1:]
    if all(w.isupper() for w in words):
        while len(words) > 1 and kb.is_title(_capitalised(words[0])) and not kb.is_given_name(_capitalised(words[0])):
            words = words[1:]
        # "DEPUTY CHIEF CABINET SECRETARY KATO": the longest opening that names an office
        office = next(
            (cut for cut in range(len(words) - 1, 0, -1) if kb.role(" ".join(map(_capitalised, words[:cut])))),
            0,
        )
        words = words[office:]
    else:  # "CEO Marie-Claire Dunne", "Deputy Eamon Rourke": the name after the title
        while len(words) > 2 and (
            re.fullmatch(r"[A-Z]{2,5}", words[0]) or (kb.is_title(words[0]) and not kb.is_given_name(words[0]))
        ):
            words = words[1:]
    return " ".join(words)


def _office_and_holder(label: str) -> tuple[str, str] | None:
    """An official report's label that names an office and, in brackets, the person who holds it
    ("THE PRIME MINISTER (Helena Varga-Stroud)"): the office (casefolded, without "the") and the
    name; None for any other label."""
    from onrecord.attribute.knowledge import knowledge

    m = re.fullmatch(r"(?:(?i:the)\s+)?(?P<office>[^()]+?)\s+\((?P<name>[^()]+)\)", label.strip())
    if m is None:
        return None
    kb = knowledge()
    office = " ".join(_capitalised(w) if w.isupper() else w for w in m.group("office").split())
    name = m.group("name").split()
    if kb.role(office) is None or len(name) < 2 or not all(w[:1].isupper() for w in name):
        return None
    return office.casefold(), m.group("name")


def _holder_in_brackets(label: str) -> str | None:
    """The name in an official report's label of an office and its holder."""
    found = _office_and_holder(label)
    return found[1] if found is not None else None


_POSTNOMINALS = frozenset("DBE CBE OBE MBE KC QC SC MP KBE".split())


def _presiding(header: str, label: str) -> str | None:
    """The person a chair's label stands for, as the header names them: "Before: DAME NGOZI
    ADAEZE OKOLI DBE (Chair)" gives "Ngozi Adaeze Okoli" for "THE CHAIR"."""
    if label.casefold() not in _CHAIR_ROLES:
        return None
    role = label.split()[-1]
    m = re.search(
        rf"([A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]+){{1,5}})[ \t]*(?:\(|,[ \t]*)(?i:(?:the[ \t]+)?{role})\b",
        header,
    )
    if m is None:
        return None
    titles = _HONORIFICS | {"Dame", "Sir", "Lord", "Lady"}
    words = [w for w in m.group(1).split() if w.rstrip(".").capitalize() not in titles and w not in _POSTNOMINALS]
    return " ".join(_capitalised(w) if w.isupper() else w for w in words) or None


def _office_holder(header: str, label: str) -> str | None:
    """The person a label that names an office alone stands for, as the header names them: the
    full name after the office ("Press point by Secretary General Anne-Marit Vollan" for
    ``SECRETARY GENERAL``), or before it after a comma or with the label in brackets ("Anne-Sophie
    Vollan, the Secretary General", "Ada Obi-Kanu, Director (SPOKESPERSON)"); None for a
    label that names a person, or one the header names nobody with."""
    from onrecord.attribute.knowledge import knowledge
    from onrecord.extract.mentions import scan_names

    kb = knowledge()
    words = re.sub(r"^the\s+", "", label.strip(), flags=re.I).split()
    if not words or any(kb.is_given_name(_capitalised(w)) for w in words):
        return None
    office = " ".join(words)
    if kb.role(office) is None and not all(kb.is_title(_capitalised(w)) for w in words):
        return None
    said = r"[ \t]+".join(map(re.escape, words))
    after = re.compile(rf"(?i:{said})[ \t]+$")
    before = re.compile(rf"^(?:,[ \t]+(?:(?i:the)[ \t]+)?(?i:{said})\b|[^\n()]*\((?i:{said})\))")
    holders = {
        n.name
        for n in scan_names(header, 0, len(header))
        if n.name
        and len(n.name.split()) >= 2
        and (after.search(header, 0, n.start + len(n.text) - len(n.name)) or before.match(header[n.end :]))
    }
    return holders.pop() if len(holders) == 1 else None


_TITLED_NAME = re.compile(rf"(?:[A-Z]{{2,5}} )?{_WORD}(?: (?:{_PARTICLES} )?{_WORD}){{1,3}}(?: \([^()\n]{{1,40}}\))?")
_TWO_WORDS = re.compile(r"[A-Z][a-z]+ [A-Z][a-z'’\-]+")


def _labels(text: str) -> list[tuple[str, int, int, int, int]]:
    """Every turn label in ``text``: the label, its offsets and its turn's text offsets. A
    title-case label of three words or more ("CEO Marie-Claire Dunne") that labels one turn
    only names a person when it starts with a given name: "Northern High-Speed Line: ..." is a
    heading."""
    from onrecord.attribute.knowledge import knowledge

    out = []
    for m in _LABEL.finditer(text):
        group, body = next(
            (g, b) for g, b in (("label", "text"), ("blabel", "btext"), ("alabel", "atext")) if m.group(g) is not None
        )
        name = _label_name(m.group(group)).casefold()
        if name in _GUEST_LABELS and _guest_turns(text, m.group(group)):
            pass  # "GUEST: ..." turn after turn: the guest the header names speaks
        elif name in _NOT_SPEAKERS or _SECTION.sub("", name) in _SECTIONS or _names_piece(name):
            continue
        out.append((m.group(group), m.start(group), m.end(group), m.start(body), m.end(body)))
    if len(out) >= _MIN_TURNS:  # a court's record: its "Q." and "A." paragraphs are turns too
        out = sorted([*out, *dotted_labels(text)], key=lambda o: o[1])
    counts: dict[str, int] = {}
    for label, *_ in out:
        counts[label] = counts.get(label, 0) + 1
    kb = knowledge()
    return [
        o
        for o in out
        if counts[o[0]] > 1
        or not _TITLED_NAME.fullmatch(o[0])
        or _TWO_WORDS.fullmatch(o[0])
        or re.match(rf"{_HON}\s", o[0])
        or kb.is_given_name(_label_name(o[0]).split()[0])
    ]


# a turn label that stands for the guest the header names ("Guest: Ana Ruiz, President, ..."
# above "GUEST: Good morning."), as "A" does in a printed interview
_GUEST_LABELS = frozenset({"guest", "interviewee"})


def _guest_turns(text: str, label: str) -> bool:
    """Whether a guest's label opens more turns than a header's one line: two or more."""
    return len(re.findall(rf"^{re.escape(label)}[ \t]*:[ \t]+\S", text, re.M)) >= 2


def _names_piece(name: str) -> bool:
    """Whether a label of several words is a heading that names the piece ("the clarion
    interview"), not a speaker."""
    words = name.split()
    return len(words) > 1 and words[-1] in _PIECES


def find_turns(text: str) -> list[Turn]:
    """The turns of a transcript in ``text``, in order (none when it is not one): labelled
    turns, else a printed interview's questions and its unlabelled answers
    (:func:`find_printed_interview`). Read once per text: extraction, candidates and channels
    all ask for the same text's turns."""
    return list(_turns_of(text))


@lru_cache(maxsize=16)
def _turns_of(text: str) -> tuple[Turn, ...]:
    return tuple(_labelled_turns(text) or find_printed_interview(text))


_CONTINUATION = re.compile(r"\n[ \t]*(?P<p>[^\s(\[•*#–—-][^\n]*?[.!?…\"”’»])[ \t\r]*(?=\n|$)")


# the opening of a turn under a label of another shape: "Q (Ilse Farro, Meridian News): ..."
_LABEL_LIKE = re.compile(r"^[^\s:]+(?:\s+[^\s:]+){0,5}\s*(?:\([^()\n]{1,60}\))?\s*:\s")


def _turn_end(text: str, end: int, next_label: int) -> int:
    """Where a turn that runs on ends: its first paragraph, then each paragraph after it up to the
    next label that reads as the same speaker's prose (a sentence that ends as one, not a bracketed
    note such as "(Abridged)", a bullet or a heading); the first that does not stops it."""
    pos = end
    while True:
        m = _CONTINUATION.match(text, pos) or _CONTINUATION.match(text, pos + 1) if pos < next_label else None
        if (
            m is None
            or m.end("p") > next_label
            or text[pos : m.start("p")].count("\n") > 2
            or m.group("p").endswith("?")  # someone's question
            or _LABEL_LIKE.match(m.group("p"))  # a turn whose label this module does not read
        ):
            return end
        end = pos = m.end("p")


def _labelled_turns(text: str) -> list[Turn]:
    found = _labels(text)
    if len(found) < _MIN_TURNS and not (found and all(introduced_by_slug(text, f[0], f[1]) for f in found)):
        return []  # (a broadcast script's clips under slugs that name their speakers are turns)
    by_label: dict[str, list[str]] = {}
    for label, _, _, start, end in found:
        by_label.setdefault(label, []).append(text[start:end])
    if len(by_label) < 2 and "A" not in by_label:
        return []  # one label throughout: a list ("Note: ..."), not an exchange
    # a parliamentary record: a minister named in brackets, a member with a seat or a party
    parliament = any(
        re.search(rf"\({_HON}\s", label)
        or re.match(rf"{_HON}\s.*\)$", label)
        # an official report's office in title case ("The Minister of Works (Ada Lind)"), not a
        # broadcast's part ("ANCHOR (ADA LIND)")
        or (re.match(r"The [A-Z][a-z]", label) is not None and _office_and_holder(label) is not None)
        for label in by_label
    )
    clips = len(found) < _MIN_TURNS  # a script's clips: nobody in them interviews anyone
    named_host = None if parliament or clips else _header_host(text[: found[0][1]], by_label)
    hosts = {
        label
        for label, turns in by_label.items()
        if not clips
        and _is_host(label, turns, parliament)
        and (named_host is None or label == named_host or _by_role(label) or all(_asks(t) for t in turns))
        and (parliament or not _caller(label, by_label))
    }
    if named_host is not None:
        hosts.add(named_host)
    if not hosts and not clips and (interviewer := _interviewer(by_label, parliament)) is not None:
        hosts.add(interviewer)
    # "MARTA KELLS, HOST" and later "KELLS": one host (not in a parliamentary record, where a
    # member whose first turn asks the question makes statements in the next)
    surnames = set() if parliament else {_label_name(h).split()[-1].casefold() for h in hosts if h not in {"Q", "A"}}
    hosts |= {label for label in by_label if label != "A" and _label_name(label).split()[-1].casefold() in surnames}
    guests = [label for label in by_label if label not in hosts and label != "A"]
    # "A (Anne-Claire Moreau): ..." beside plain "A: ...": the plain answers are another's
    marked = {
        label
        for label, label_start, *_ in found
        if _MARKED_ANSWER.match(text, text.rfind("\n", 0, label_start) + 1, label_start)
    }
    guests = [label for label in guests if label not in marked] if marked else guests
    guest = _guest(text[: found[0][1]]) if "A" in by_label and not guests else None
    if guest is None and any(label.casefold() in _GUEST_LABELS for label in by_label):
        guest = _guest(text[: found[0][1]])
    # "THE PRIME MINISTER (Helena Varga-Stroud)" once, then "THE PRIME MINISTER" alone
    holders = {pair[0]: pair[1] for label in by_label if (pair := _office_and_holder(label)) is not None}
    turns = []
    answerer: str | None = None  # who the plain "A:" turns are, as the questions address them
    caller: str | None = None  # who the bare "CALLER:" turns are, as the host puts them through
    for k, (label, label_start, label_end, start, end) in enumerate(found):
        if k + 1 < len(found):
            end = _turn_end(text, end, found[k + 1][1])
        while end > start and text[end - 1] in " \t\r":
            end -= 1
        if text[label_start - 1 : label_start] in _OPENING and text[end - 1 : end] in _CLOSING:
            end -= 1  # the mark that closes a transcript quoted paragraph by paragraph
        if label == "A" and k and found[k - 1][0] in hosts:
            answerer = _addressed(text, found[k - 1][3], found[k - 1][4]) or answerer
        if _BARE_CALLER.fullmatch(label) and k and found[k - 1][0] in hosts:
            # "HOST: ... Tessa Grell is on the line. Tessa, go ahead." / "CALLER: Hi, Bev. ..."
            caller = _put_through(text, found[k - 1][3], found[k - 1][4]) or caller
        named = guests[0] if label == "A" and len(guests) == 1 else label
        if label.casefold() in _GUEST_LABELS and label not in hosts:
            named = "A"  # "GUEST": whoever the header names as the guest
        if label in hosts and len(label) == 1:  # "Q": a question, whoever asks it
            mention = Mention(label_start, label_end, label, "pronoun", number="sg")
        elif named == "A" and (witness := sworn_witness(text, label_start)) is not None:
            mention = Mention(label_start, label_end, label, "name", name=witness, number="sg")
        elif named == "A" and (answerer or guest) is not None:
            mention = Mention(label_start, label_end, label, "name", name=answerer or guest, number="sg")
        elif named == "A" and (role := _guest_role(text[: found[0][1]])) is not None:
            mention = Mention(label_start, label_end, label, "role", role=role, number="sg")
        elif named == "A":
            mention = Mention(label_start, label_end, label, "pronoun", number="sg")
        elif caller is not None and _BARE_CALLER.fullmatch(label):
            mention = Mention(label_start, label_end, label, "name", name=caller, number="sg")
        else:
            words = _label_name(named).split()
            office = re.sub(r"^(?i:the)\s+", "", " ".join(_capitalised(w) if w.isupper() else w for w in named.split()))
            name = (
                holders.get(office.casefold())
                or _office_holder(text[: found[0][1]], re.sub(r"\s*\([^()]*\)", "", named))
                or _presiding(text[: found[0][1]], " ".join(words))
                or bench_holder(text[:label_start], named)
                or _initialled(text[:label_start], " ".join(words))
                or _handle_name(text, " ".join(words))
                or _full_name(text, " ".join(_capitalised(w) if w.isupper() else w for w in words))
            )
            mention = Mention(label_start, label_end, label, "name", name=name, number="sg")
        turns.append(Turn(start, end, mention, label in hosts))
    return turns


# a phone-in's label that names no one: "CALLER:", "LISTENER:" (the host names them before)
_BARE_CALLER = re.compile(r"(?i:caller|listener|viewer)")
_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+")


def _put_through(text: str, start: int, end: int) -> str | None:
    """The caller a host's turn puts through by the given name a sentence of it opens with ("Tessa
    Grell is on the line from Westbank. Tessa, go ahead."): the full name the text gives before
    it that starts with that given name (:func:`_addressed`); the last such in the turn, else None."""
    opens = [start, *(m.end() for m in _SENTENCE_BREAK.finditer(text, start, end))]
    found = None
    for at in opens:
        found = _addressed(text, at, end) or found
    return found


# an answer's label that says who gives it: "A (Anne-Claire Moreau): ..." (its line up to the name)
_MARKED_ANSWER = re.compile(r"(?:A|Answer)[ \t]*\($")
# a question that opens by addressing someone by their given name: "Colm, is this deal done?"
_VOCATIVE = re.compile(r"(?P<given>[A-ZÀ-ÞĀ-Ž][a-zß-ÿĀ-ž'’]+(?:-[A-ZÀ-ÞĀ-Ž][a-zß-ÿĀ-ž'’]+)?),\s")


def _addressed(text: str, start: int, end: int) -> str | None:
    """The person a question addresses by the given name it opens with ("Q: Niamh, seven from
    seven."): the one full name the text gives before the question that starts with that given
    name; None when the question addresses nobody, or the text names no one (or more than one)
    by it."""
    from onrecord.attribute.knowledge import knowledge

    m = _VOCATIVE.match(text, start, end)
    kb = knowledge()
    if m is None or kb.is_title(m.group("given")) or kb.role(m.group("given")) is not None:
        return None  # "Minister, ...": an office, not a given name
    surname = rf"(?:[ \t]+(?:{_PARTICLES}[ \t]+)*{_WORD}){{1,3}}"
    full = {
        re.sub(r"['’]s$", "", n.group())
        for n in re.finditer(rf"(?<![\w-]){re.escape(m.group('given'))}{surname}", text[:start])
    }
    if any(kb.is_org_word(word) for name in full for word in name.split()):
        return None  # "Q: Brexit, is it done?" after "the Brexit Party rally": no one's given name
    return full.pop() if len(full) == 1 else None


# A printed interview's question: a paragraph in bold ("**Is it ready?**", "__Is it ready?__") or
# one opened by "Q." / "Q:" / "Question:"; the answers are the plain paragraphs after it.
_QUESTION_LINE = re.compile(
    r"^[ \t]*(?:\*\*(?P<bold>[^*\n]+?)\*\*|__(?P<under>[^_\n]+?)__|(?:Q|Question)[.:][ \t]+(?P<q>\S[^\n]*?))[ \t]*$",
    re.M,
)
_ANSWER_LABEL = re.compile(r"^(?:A|Answer)[.:][ \t]+", re.M)
_PARAGRAPH = re.compile(r"^[ \t]*(?P<text>\S[^\n]*?)[ \t\r]*$", re.M)
# a note, a sign-off or a section rule after the answers: "*Edited for length.*", "— Ends —"
_NOT_ANSWER = re.compile(r"^(?:[*_](?!\*)|[—–-]{1,3}\s|#|\(|\[|Photo|Interview by|This interview)", re.I)
# an answer the writer reports in the third person ("The spokesman says we are in the first
# phase", "He says it is important"), as a live blog of a briefing does: reported speech, which
# the cue reader takes, not the answer's own words
_REPORTED_ANSWER = re.compile(
    r"^(?!(?:People|Everyone|Everybody|Nobody|Someone|Somebody|Many|Some|Others|Most|Few|Friends|Critics)\b)"
    r"(?:(?:The|A|An|Her|His|Their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}|He|She|They|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"\s+(?:also\s+)?(?:says|said|adds|added|replies|replied|tells|told|insists|insisted|explains|explained|stresses|stressed)\b"
    # (words told the one answering are the answer's own: "People told us it would fail. We are still here.")
    r"(?!\s+(?:us|me)\b)"
)


def _interviewee(header: str) -> str | None:
    """Who answers a printed interview: the guest its header names ("Interview with ..."), else
    the person the header names most often ("Anne-Sophie Marchetti: 'I was ahead of our own
    testing'" above "Anne-Sophie Marchetti has run Kestrel Systems since 2023"), when one is."""
    from onrecord.extract.mentions import scan_names

    guest = _guest(header)
    if guest is not None:
        return guest
    counts: dict[str, int] = {}
    for line in re.finditer(r"^.*$", header, re.M):
        if _HOST_LINE.match(line.group()) or re.match(r"\s*By\s", line.group()):
            continue  # the interviewer and the byline ask, they do not answer
        for n in scan_names(header, line.start(), _before_host(header, line.start(), line.end())):
            if n.name:
                counts[n.name] = counts.get(n.name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def find_printed_interview(text: str) -> list[Turn]:
    """The turns of an interview printed as questions and answers without answer labels: the
    questions in bold (or opened by ``Q.``), each plain paragraph after one an answer of the
    interviewee the introduction names. At least three questions, most of them ending in "?",
    so that a feature's bold subheadings are no interview."""
    questions = list(_QUESTION_LINE.finditer(text))
    asked = [m.group("bold") or m.group("under") or m.group("q") or "" for m in questions]
    if len(questions) < _MIN_TURNS or sum(q.rstrip().endswith("?") for q in asked) * 2 < len(asked):
        return []
    guest = _interviewee(text[: questions[0].start()])
    turns: list[Turn] = []
    for i, q in enumerate(questions):
        asker = Mention(q.start(), q.start(), "", "pronoun", number="sg")
        turns.append(Turn(q.start(), q.end(), asker, question=True, labelled=False))
        stop = questions[i + 1].start() if i + 1 < len(questions) else len(text)
        for p in _PARAGRAPH.finditer(text, q.end(), stop):
            start = p.start("text")
            if _NOT_ANSWER.match(p.group("text")):
                break
            if _REPORTED_ANSWER.match(p.group("text")):
                continue
            label = _ANSWER_LABEL.match(text, start)
            if label is not None:
                start = label.end()
            end = p.end("text")
            # no words of the answer name who gives it: an empty mention where it starts
            if guest is not None:
                mention = Mention(start, start, "", "name", name=guest, number="sg")
            else:
                mention = Mention(start, start, "", "pronoun", number="sg")
            turns.append(Turn(start, end, mention, labelled=False))
    return [t for t in turns if t.end > t.start]
