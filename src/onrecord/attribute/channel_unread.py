"""The channel a sentence in a language onrecord has no channel words for names, read from the
names alone.

In English, French or Russian the words around a channel say what it is ("told Radio Karsk",
"a confié au Courrier", "заявил телеканалу X"). In a language without such rules ("sier direktør
X til Nordfjord-Avisen", "sagði hann við Vestby Courier", "Kura Wire-თან საუბარში", "ysgrifennodd
ar Instagram", "Telegram-да жазды") the channel is still there by its name: a platform, or a
capitalised name an outlet's shape gives away (a masthead word, a call sign), often with the
language's case ending after a hyphen. A sentence whose attribution, the quoted words left out,
names exactly one such channel came through it.
"""

from __future__ import annotations

import re

from onrecord.attribute.channel_names import known_with_station
from onrecord.attribute.knowledge import knowledge

__all__ = ["platform_with_ending", "unread_channel"]

# A chunk of the sentence between spaces, less the punctuation and quotation marks around it.
_CHUNK = re.compile(r"[^\s\"“”„«»‚‘’()\[\],;:!?]+")
# A word in Latin letters (a name's word), perhaps with a case ending in another script or after
# a hyphen ("Wire-თან", "Telegram-да"; a capital after the hyphen goes on with the name,
# "Sundby-Avisen"): the name's part, and the ending.
_LATIN_WORD = re.compile(
    r"(?P<word>[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ0-9&'’.-]*?)"
    r"(?P<ending>-(?![A-ZÀ-ÖØ-Þ])[^\W\d_]+|[^\x00-\u024f]+)?$"
)
# The marks that open a name in quotation marks.
_OPENING = frozenset('"“„«‚‘')
# A channel's number after its name ("Radio Tennick 96.1").
_NUMBER = re.compile(r"\d+(?:\.\d+)?$")


def unread_channel(attribution: str, cue: int | None = None, reports_read: bool = True) -> str | None:
    """The one channel ``attribution`` names by its name alone (see the module's docstring).

    Args:
        attribution: the quote's sentence with every quote's words blanked out.
        cue: where the quote's cue stands in it, if known.
        reports_read: whether the language's own rules read a source the sentence opens with
            ("Según el diario X, ..."); if not, the outlet that clause names is the channel too
            (a language onrecord has no data for).

    Returns:
        The platform or outlet, as the sentence writes it less a case ending; None when the
        sentence names none, or more than one.
    """
    begin = _after_opening_report(attribution, cue) if reports_read else 0
    found = {*_platforms(attribution, begin), *_outlets(attribution, begin)}
    return found.pop() if len(found) == 1 else None


_MARKS = frozenset('"“”„«»‚‘’')


def _after_opening_report(attribution: str, cue: int | None) -> int:
    """Where the sentence's words after an opening clause that names a source set off by a comma
    begin ("De acordo com o jornal X, o diretor disse que ...", "Según el diario X, Ruiz declaró
    que ..."): a report whose words the writer took from another, which a language's own rules
    read, with the day it has or has not; 0 when the sentence opens otherwise (with the quote's
    words, or with its cue: "Igår sa hun til X, da ...")."""
    comma = attribution.find(",")
    if comma < 0 or any(ch in _MARKS for ch in attribution[:comma]) or not attribution[:comma].strip():
        return 0
    if cue is not None and cue < comma:
        return 0
    return comma + 1


# A lowercase prefix joined by a hyphen before a name ("ku-X", "nge-Facebook"): the language's
# preposition or case marker, no part of the name.
_PREFIX = re.compile(r"^[^\W\d_A-Z]{1,4}-(?=[A-Z])")
# The letters a case ending may add to a platform's name with no hyphen ("TikTokis", "Facebookil").
_GLUED_ENDING = re.compile(r"[a-zà-ÿ]{1,4}")
# an agent noun's ending, no case ending: "Instagrammer", "YouTuber", "Twitcher" are people
_AGENT_ENDING = re.compile(r"m?e?rs?|m?erin")


def _platforms(attribution: str, begin: int) -> list[str]:
    """The platforms named in ``attribution`` from ``begin``, perhaps with a case marker before
    ("ku-Facebook") or a case ending after ("Facebookis"); "X" only as a word of its own after
    a lowercase word, with a case marker or an ending in another script ("på X", "ku-X",
    "X-ზე"), not as a letter after a name or a title ("Pius X", "Mr X"), before another
    capitalised word or in a compound ("X-ray")."""
    kb = knowledge()
    names = []
    chunks = list(_CHUNK.finditer(attribution, begin))
    for i, m in enumerate(chunks):
        chunk = m.group(0).rstrip(".")
        prefix = _PREFIX.match(chunk)
        latin = _LATIN_WORD.match(chunk[prefix.end() :] if prefix else chunk)
        if latin is None or not latin.group("word")[:1].isupper():
            continue
        word = latin.group("word").rstrip(".-")
        platform = kb.platform(word) or platform_with_ending(word)
        foreign_ending = re.search(r"[^\x00-\u024f]", latin.group("ending") or "") is not None
        if platform == "X" and not (prefix or foreign_ending or _a_word_of_its_own(chunks, i)):
            continue
        if platform is not None:
            names.append(platform)
    return names


def platform_with_ending(word: str) -> str | None:
    """The platform a word names with a case ending glued on ("TikTokis", "Instagramil"): a
    known name of five letters or more, then a few lowercase letters that are no agent noun's
    ending ("Instagrammer", "YouTuber": a person)."""
    kb = knowledge()
    for cut in range(len(word) - 1, 4, -1):
        ending = word[cut:]
        if _GLUED_ENDING.fullmatch(ending) and not _AGENT_ENDING.fullmatch(ending) and kb.is_platform(word[:cut]):
            return kb.platform(word[:cut])
    return None


def _a_word_of_its_own(chunks: list[re.Match[str]], i: int) -> bool:
    """Whether the ``i``-th chunk ("X") stands after a word in lower case (a preposition, a
    noun: "på X", "bogga X") and before none in capitals: the platform, not a letter of a name."""
    before = chunks[i - 1].group(0) if i > 0 else ""
    after = chunks[i + 1].group(0) if i + 1 < len(chunks) else ""
    return before[:1].islower() and chunks[i].group(0).rstrip(".") == "X" and not after[:1].isupper()


def _outlets(attribution: str, begin: int) -> list[str]:
    """The outlets a run of capitalised Latin words in ``attribution`` (from ``begin``) names by
    its shape."""
    kb = knowledge()
    runs: list[list[str]] = [[]]
    for m in _CHUNK.finditer(attribution, begin):
        chunk = m.group(0).rstrip(".")
        if attribution[m.start() - 1 : m.start()] in _OPENING and m.start() > 0:
            runs.append([])  # a mark opens the name ("die Zeitung „Capital Ledger“")
        latin = _LATIN_WORD.match(chunk)
        number = _NUMBER.match(chunk) is not None and bool(runs[-1])
        if number:
            runs[-1].append(chunk)
            runs.append([])
            continue
        if latin is None or not latin.group("word")[:1].isupper():
            runs.append([])
            continue
        runs[-1].append(latin.group("word").rstrip(".-"))
        if latin.group("ending") or attribution[m.end() : m.end() + 1] in ',;:”“"»«':
            runs.append([])  # a case ending or a mark closes the name
    names = []
    for run in runs:
        if not run:
            continue
        name = " ".join(run)
        if kb.platform(name) is not None or (len(run) == 1 and name.casefold() in kb.mastheads):
            continue  # (a masthead word alone is the common noun: German "die Zeitung")
        known = kb.find_outlet(name)
        if known is not None:
            names.append(known_with_station(name, known[1]))
        elif kb.is_masthead(name) or (len(run) == 1 and kb.is_masthead(name.replace("-", ""))):
            names.append(name)
    return names
