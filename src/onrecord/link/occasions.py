"""Words said again: the attribution that tells of a second occasion.

"In the same interview, Marchetti said again: ...", "he repeated the claim", "ha ribadito",
"a répété": the journalist says the words were said before and are said now on another
occasion. Such a report is not a report of the earlier occasion; linking uses that to keep the
repetition apart from what was published before it was said (:mod:`onrecord.link.linker`).
The speaker may say so too ("I said it on Saturday and I'll say it again: ..."), and the writer
may tell of a later repetition after the quote ("a line he repeated on Tuesday"): that quote
reports the earlier occasion, and the repetition's day is not its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onrecord.dates import WEEKDAYS, weekday_alternation, weekday_number
from onrecord.link.features import content_words, tokens

__all__ = [
    "another_ending",
    "named_weekday",
    "repeated_before",
    "repeated_later",
    "repeats_itself",
    "said_again",
    "spoken_on",
    "still_holds",
    "weekdays_named",
]

# "again", "repeated", "reiterated" and their equivalents; "repeatedly" (asked repeatedly) is a
# manner, not a second occasion
_AGAIN = re.compile(
    r"\b(?:again|once more|repeat(?:ed|s|ing)?|reiterat\w*|restat\w*"
    r"|erneut|noch einmal|wiederholt(?:e|en)?\b|bekräftigt\w*"
    r"|de nouveau|à nouveau|répét\w*|réitér\w*"
    r"|otra vez|de nuevo|repiti\w*|reiter\w*"
    r"|di nuovo|ancora una volta|ribadi\w*"
    r"|novamente|repetiu|repete"
    r"|снова|вновь|повтори\w*)(?!\w)",
    re.I,
)
# "went further", "has gone a step further": the speaker adds to what was said before, on an
# occasion of its own; not "declined to go further", nor "would not go further", nor prices that
# "went further down", nor going further "in the same interview" (the same occasion)
_FURTHER = re.compile(
    r"(?<!to )(?<!not )(?<!n't )\b(?:went|goes|has gone|had gone|have gone)\s+(?:\w+\s+){0,2}?further\b"
    r"(?!\s+than\s+(?:that|this)\b)(?!\s+(?:up|down|afield|along|ahead|back|still)\b)"
    r"(?![^,.;:]{0,20}\b(?:in|at|during) the same\b)",
    re.I,
)
# the words between a subject and its "went further" ("Varga then went further")
_BETWEEN = frozenset({"then", "later", "even", "also", "now", "soon", "quickly", "since"})
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my"}
)


def _goes_further(clause: str) -> bool:
    """Whether the clause tells of someone going further than they went before, its subject a
    speaker right before the verb: a pronoun, a name, a title or what a body is ("she went
    further", "Okafor goes further", "the mayor went further"); not a thing ("Shares went
    further down", "The plan went further", "whose proposal went further"), nor someone
    brought in by an apposition ("Her rival, Tom Haldane, went further": another speaker, whose
    words may be said once)."""
    from onrecord.attribute.knowledge import knowledge  # attribute imports the archive, which links

    for m in _FURTHER.finditer(clause):
        words = re.findall(r"[\w'’.-]+|,", clause[: m.start()])
        while words and words[-1].casefold() in _BETWEEN:
            words.pop()
        if not words or words[-1] == ",":
            continue
        word = words[-1].rstrip(".")
        low = word.casefold()
        if low in _SPEAKER_PRONOUNS:
            return True
        if low in _DETERMINERS or not word[:1].isalpha():
            continue
        if word[:1].isupper() and len(words) > 1:
            return True
        kb = knowledge()
        if word[:1].islower() and (kb.is_title(low) or kb.is_org_word(low) or kb.is_epithet(low)):
            return True
        if word[:1].isupper() and len(words) == 1 and kb.is_title(low):
            return True
    return False


# what ends the attribution's clause on either side: a sentence's end, a quotation mark, a colon
_EDGE = re.compile(r"[.!?:\"“”„«»]")


def said_again(before: str, after: str) -> bool:
    """Whether the attribution around a quote's cue says the words are said again.

    Args:
        before: the text before the cue's end, back to at most a few words before the cue (and
            never into the quote).
        after: the text after the cue's end (never into the quote).

    Returns:
        True when the cue's clause (``before`` from its last sentence end or quotation mark,
        ``after`` to its first) has a word of repetition.
    """
    return _another_occasion(_clause(before, _before_later(after)))


def _another_occasion(clause: str) -> bool:
    """Whether an attribution's clause tells of words said again, or of the speaker going
    further than before: either way a second occasion, not the first one's statement."""
    return _AGAIN.search(clause) is not None or _goes_further(clause)


# After the cue, a clause of its own that tells of the words said again later: a noun phrase or a
# conjunction, then the speaker as a pronoun and a verb of repetition ("he said on the tarmac, a
# line he repeated almost word for word on Tuesday", "..., and she repeated it on Friday"), or a
# participle ("..., before repeating it to the committee"). The quote reports the first occasion.
_LATER = re.compile(
    r",\s+(?:(?:a|an|the|words|something|which|and|before|then|later)\b[^,.;:]{0,40}?\s)?"
    r"(?:he|she|they)\s+(?:\w+\s+){0,2}?(?:repeat(?:ed|s)|reiterat(?:ed|es)|restat(?:ed|es)|said (?:it |so )?again)\b"
    r"|,\s+(?:before|then|later)\s+(?:repeating|reiterating|restating)\b",
    re.I,
)


def _before_later(after: str) -> str:
    """``after`` up to a clause that tells of the words said again later (all of it when none)."""
    m = _LATER.search(after)
    return after[: m.start()] if m else after


def repeated_later(after: str) -> bool:
    """Whether the attribution after a quote's cue tells of the words said again on a later
    occasion ("he said on the tarmac, a line he repeated almost word for word on Tuesday"): the
    quote reports the earlier one, and the day that clause names is the repetition's.

    Args:
        after: the text after the cue's end (never into the quote).
    """
    cut = _EDGE.search(after)
    return _LATER.search(after[: cut.start()] if cut else after) is not None


# The speaker's own words tell of a second occasion: "I said it on Saturday and I'll say it
# again: ...", "I say it again today", "I repeat", "je le redis", "lo repito".
_OWN_REPETITION = re.compile(
    r"\b(?:I|we)(?:['’]ll|['’]m| will| am going to| have to| must| can only| shall)?\s+"
    r"(?:say|said|repeat|tell)\s+(?:it|this|that|you)?\s*(?:\w+\s+)?(?:again|once more)\b"
    r"|\bI repeat\b|\blet me (?:say|repeat) (?:it|this|that) (?:again|once more)\b"
    r"|\bje (?:le )?(?:redis|répète)\b|\blo (?:repito|vuelvo a decir)\b|\blo ripeto\b"
    r"|\bich (?:wiederhole|sage es noch einmal)\b|\bповторю\b",
    re.I,
)


def repeats_itself(text: str) -> bool:
    """Whether a quote's own words say they are said again ("I said it on Saturday and I'll say
    it again: this squad is good enough to stay up"): the speaker tells of an earlier occasion,
    so the quote reports a second one.

    Args:
        text: the quote's words.
    """
    return _OWN_REPETITION.search(text) is not None


# A journalist's "still" before a verb of stance: the speaker holds a position said before
# ("he still expects a vote before the leaves turn", "she still believed the pause was a mistake").
_STILL_HOLDS = re.compile(
    r"\bstill\s+(?:\w+ly\s+)?(?:expect|believ|backs?\b|backed|support|hop|think|want|oppos|intend|insist|regard"
    r"|consider|favou?r|trust|feel)\w*"
    # the Swedish, Norwegian and Danish adverb, before a verb of stance or intent ("familjen
    # fortfarande kommer att stämma museet", "hon tror fortfarande"/"hun mener fortsatt" after it)
    r"|\b(?:fortfarande|fortsatt|fortsat)\s+(?:kommer|tror|anser|vill|hoppas|räknar|förväntar|stöder|mener|håper"
    r"|vil|regner|planer|ønsker)\w*"
    r"|\b(?:tror|anser|vill|hoppas|räknar|förväntar|stöder|mener|håper|ønsker)\s+(?:\w+\s+)?"
    r"(?:fortfarande|fortsatt|fortsat)\b",
    re.I,
)


def still_holds(text: str) -> bool:
    """Whether a report says the speaker still holds a position ("he still expects a vote"):
    words said again, on an occasion after the one that first said them (a report's own
    words, never the speaker's: "We still believe" in a direct quote is the speaker's tense).

    Args:
        text: a report's words (indirect or mixed speech).
    """
    return _STILL_HOLDS.search(text) is not None


# A weekday by its full name; one with a possessive ("Friday's vote") names an event, not the day
# the words were said.
_WEEKDAY = re.compile(r"\b(" + weekday_alternation(n for n in WEEKDAYS if len(n) > 4) + r")\b(?!['’]s\b)", re.I)
# An aside in brackets: "shortly after 2 a.m. (1800 GMT Saturday)" gives the hour in another time
# zone, whose weekday is not the one the words were said on where they were said.
_BRACKETED = re.compile(r"\([^()]*\)|^[^()]*\)")  # or its end, where the clause began inside it


def weekdays_named(text: str) -> frozenset[int]:
    """The weekdays (Monday 0) a text names by their full names ("had on Monday submitted"),
    not as events' ("Friday's vote").

    Args:
        text: any text (the words around a quote).
    """
    return frozenset(weekday_number(m.group(1)) for m in _WEEKDAY.finditer(text))


_CLAUSE_EDGE = re.compile(r"[.!?:;\"“”„«»]\s")  # a sentence's end, a quotation's edge
_CUE_REACH = 6  # words between a speech cue and the weekday it is said on ("told the House committee on Tuesday")


def spoken_on(paragraphs: Sequence[str], weekday: int) -> bool:
    """Whether the first sentence that names ``weekday`` (Monday 0) names it as the day of words
    said: a speech cue at most :data:`_CUE_REACH` words before it in that sentence ("promised
    Tuesday that", "told reporters on Tuesday"), not the day of an event ("unseated the mayor on
    Tuesday", "an ice storm that began Monday"), after which a story's quotes are often said.

    Args:
        paragraphs: the article's paragraphs, in order.
        weekday: the weekday.
    """
    from onrecord.extract.lexicon import load_lexicon  # the store, which links, is below extraction

    for paragraph in paragraphs:
        for m in _WEEKDAY.finditer(paragraph):
            if weekday_number(m.group(1)) != weekday:
                continue
            sentence = _CLAUSE_EDGE.split(paragraph[: m.start()])[-1]
            return load_lexicon().has_cue(" ".join(sentence.split()[-_CUE_REACH:]), speech_only=True)
    return False


def _clause(before: str, after: str) -> str:
    """The cue's clause: ``before`` from its last sentence end or quotation mark, ``after`` to
    its first."""
    edges = list(_EDGE.finditer(before))
    clause = before[edges[-1].end() :] if edges else before
    cut = _EDGE.search(after)
    return clause + (after[: cut.start()] if cut else after)


def named_weekday(before: str, after: str) -> int | None:
    """The weekday (Monday 0) the attribution around a quote's cue names ("she told reporters
    Monday", "said on Tuesday"), read whether or not the article is dated; None when its clause
    names no weekday, or two different ones. A weekday in brackets is an aside (the hour in
    another time zone: "(1800 GMT Saturday)"), not the day said.

    Args:
        before: the text before the cue's end (never into the quote).
        after: the text after the cue's end (never into the quote).
    """
    clause = _BRACKETED.sub(" ", _clause(before, _before_later(after)))
    days = {weekday_number(m.group(1)) for m in _WEEKDAY.finditer(clause)}
    return days.pop() if len(days) == 1 else None


# The end of the sentence before a quote that opens its own: a full stop (or colon), then the
# opening quotation mark.
_OPENS_SENTENCE = re.compile(r"[.!?:]\s*[\"“„«‘']?\s*$")
# a sentence ends at a stop, or at a closing quotation mark after one ('... sorry for it." She
# repeated ...'), and always at a paragraph break
_SENTENCE_START = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’»]))\s+(?=[\"“„«‘'A-ZÀ-Þ])|\n\s*\n")


def repeated_before(text: str) -> bool:
    """Whether the sentence just before a quote that opens its own sentence tells of words said
    again ("Kulkarni repeated on Wednesday, at an event in Nadigaon, what he had said on Monday.
    "The festival is free to choose its own films," Kulkarni said.").

    Args:
        text: the article's text just before the quote's first word (its opening mark included).
    """
    if not _OPENS_SENTENCE.search(text):
        return False
    body = text.rstrip().rstrip("\"“„«‘'").rstrip()
    sentence = _SENTENCE_START.split(body[:-1])[-1] if body else ""
    return bool(sentence) and _QUOTE_MARKS.search(sentence) is None and _another_occasion(sentence)


_QUOTE_MARKS = re.compile(r"[\"“”„«»]")


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_SAME_FRAME = 3  # words a sentence of two quotes opens with in common before the two endings differ


def _sentences(pieces: Sequence[str]) -> list[list[str]]:
    """The words of each sentence of a quote given as its pieces (an interrupted quote's, or the
    whole)."""
    return [words for _, words in _sentences_by_piece(pieces)]


def _sentences_by_piece(pieces: Sequence[str]) -> list[tuple[int, list[str]]]:
    """:func:`_sentences`, each with the index of the piece it is in."""
    out = []
    for k, piece in enumerate(pieces):
        out += [(k, w) for w in (tokens(s) for s in _SENTENCE_END.split(piece)) if w]
    return out


def _other_last_sentence(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two direct quotes say the same sentences (one at least) and then each one more,
    its last, that has no content word of the other's and runs on in the same piece: the same
    lines closed two ways ("Privacy is not a feature. It is the product. Halo proves it." /
    "... It is the product. And if we get that wrong, we don't have a business."), said on two
    occasions. An outlet that cut the quote keeps fewer sentences; one that left a sentence out
    between two it kept breaks its quote there."""
    sa, sb = _sentences_by_piece(a), _sentences_by_piece(b)
    k = len(sa) - 1
    if k < 1 or len(sb) != len(sa) or any(x[1] != y[1] for x, y in zip(sa[:k], sb[:k], strict=True)):
        return False
    if sa[k][0] != sa[k - 1][0] or sb[k][0] != sb[k - 1][0]:
        return False  # the last sentence is another piece of an interrupted quote
    rest_a, rest_b = content_words(sa[k][1]), content_words(sb[k][1])
    return bool(rest_a) and bool(rest_b) and not rest_a & rest_b


def another_ending(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two direct quotes of one speaker, in one language, are the same opening with
    another ending: the same sentences (one at least) up to one that opens with the same words
    (at least :data:`_SAME_FRAME`) and ends otherwise, neither ending holding a content word of the
    other and the two ending with other words ("We are not against the levy. We are against
    being the only ones paying for it." / "We are not against the levy. We are against being
    made fools of."). A speaker who fills the same frame another way said it on another
    occasion; an outlet that cut a quote short, or edited a word of it, keeps the other's
    content words or its last word. The same sentences closed by two last ones that share no
    content word are two occasions too (:func:`_other_last_sentence`).

    Args:
        a: one quote's pieces (an interrupted quote's, or its whole text).
        b: the other's.
    """
    if _other_last_sentence(a, b):
        return True
    sa, sb = _sentences(a), _sentences(b)
    k = 0
    while k < min(len(sa), len(sb)) and sa[k] == sb[k]:
        k += 1
    if k == 0 or k == min(len(sa), len(sb)):
        return False  # a single sentence that ends otherwise may be another translation of it
    x, y = sa[k], sb[k]
    p = 0
    while p < min(len(x), len(y)) and x[p] == y[p]:
        p += 1
    if p < _SAME_FRAME:
        return False
    if x[-1] == y[-1]:
        return False  # "finished in May" / "done in May": a word edited inside the same ending
    rest_x, rest_y = content_words(x[p:]), content_words(y[p:])
    return bool(rest_x) and bool(rest_y) and not rest_x & rest_y
