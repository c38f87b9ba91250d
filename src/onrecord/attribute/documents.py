"""The day of a document a quote is read from: a court's judgment, a tribunal's award, an order.

A report of a ruling quotes it ("The central passage of the judgment reads: '...'", "'...,' the
award states", "The Order adds that ...") in the present tense, which of a person's words would
tell of no particular day; a document's words were given on the day it was handed down, which the
report names beside it ("a written judgment handed down on Tuesday", "In its award, released on
Monday", "Tuesday's Court of Appeal judgment").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from onrecord.attribute.when import day_named_last
from onrecord.dates import FULL_WEEKDAYS, weekday_alternation, weekday_number

# the documents a court, a tribunal or a regulator speaks by ("in order to" is no document), and an
# office's or a journal's ("its interim report, published on Wednesday", "the retraction notice"),
# one of them ("local media reports said" are the press; "at short notice" is no document)
_DOCUMENT = (
    r"(?:(?:judge?ment|ruling|(?<!\bin )order|decision|verdict|award|determination)s?"
    r"|(?<!\bnews )(?<!\bmedia )report|(?<!\bshort )notice)\b"
)
_DOCUMENT_NOUN = re.compile(r"\b" + _DOCUMENT, re.I)
# the document as the source the sentence opens with: "According to its own Monetary Policy
# Report, published alongside Tuesday's decision, services inflation has risen ..."
_ACCORDING = re.compile(r"^\W*according\s+to\s+(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?" + _DOCUMENT, re.I)
# the document as the subject of a reading verb: "the judgment reads", "the award states",
# "The Order adds that", "it reads at paragraph 3" (it: the document the paragraph has named)
_READING = r"(?:reads|read|states|stated|provides|provided|adds|added|says|said|declares|declared)\b"
# only an adverb between ("the judgment also reads"): "the ruling party says", "the award winner
# said", "After the ruling her lawyer said" have no document speaking
_BETWEEN = r"(?:\s+(?:also|further|itself|then|simply|expressly|explicitly|plainly))*"
_DOCUMENT_READS = re.compile(r"\b" + _DOCUMENT + _BETWEEN + r"\s+" + _READING, re.I)
# "it says"/"it said" of a paragraph naming a decision is as often a body's statement about it
_IT_READS = re.compile(
    r"\bit\s+(?:also\s+)?(?:reads|read|states|stated|provides|provided|adds|added|declares|declared)\b", re.I
)
# the body that gave it, in a paragraph that names the document: "There is a sentence in Tuesday's
# judgment ... '...,' the court said"
_BODY_READS = re.compile(r"\b(?:court|tribunal|panel|chamber|bench)\s+" + _READING, re.I)
# "Tuesday's Court of Appeal judgment": a weekday's possessive names the document's own day
_DAYS_DOCUMENT = re.compile(
    r"\b(" + weekday_alternation(FULL_WEEKDAYS) + r")['’]s\s+(?:[\w-]+\s+){0,4}?" + _DOCUMENT, re.I
)
# how far from its noun the words that date a document reach ("handed down on Tuesday", "of
# September 17, 2027" after the gazette's name; "Tuesday's Court of Appeal judgment")
_AFTER_REACH = 100
_BEFORE_REACH = 40


def read_from_document(attribution: str, paragraph_before: str) -> bool:
    """Whether a quote's attribution (its sentence's words outside the quotation) makes a document
    the one that speaks: "the award states", "The central passage of the judgment reads", "it
    reads" or "the court said" in a paragraph that has named a document (``paragraph_before``: its
    text up to the quote), a sentence opening "According to the report, ..."."""
    if _DOCUMENT_READS.search(attribution) or _ACCORDING.match(attribution):
        return True
    if _BODY_READS.search(attribution) is None and _IT_READS.search(attribution) is None:
        return False
    return _DOCUMENT_NOUN.search(paragraph_before) is not None


def document_day(before: str, ref: date | None) -> date | None:
    """The day the article gives the document last named in ``before`` (the article's text up to
    the quote, the quotation's own words blanked): the day named beside its noun, within a few
    words ("a written judgment handed down on Tuesday", "Tuesday's judgment"); the nearest noun
    that has one, back to the start; None when none has."""
    if ref is None:
        return None
    for m in reversed(list(_DOCUMENT_NOUN.finditer(before))):
        start = max(0, m.start() - _BEFORE_REACH)
        own = [d for d in _DAYS_DOCUMENT.finditer(before, start, m.end()) if d.end() == m.end()]
        if own:
            return _last(ref, weekday_number(own[-1].group(1)))
        day = day_named_last(before[start : m.end() + _AFTER_REACH], ref)
        if day is not None:
            return day
    return None


def _last(ref: date, weekday: int) -> date:
    """The last day up to ``ref`` that is ``weekday`` (Monday 0)."""
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)
