"""A press release's or a stock-exchange filing's own voice: the issuer's statements.

A release speaks for the organisation that issues it. Beside the quotes of its officials, its
own sentences are the organisation's statements on record: what it commits to (``The Company
will provide further information when appropriate``, ``The restructuring will affect up to 90
positions in 2027``) and what it says in the present about itself (``ASON welcomes pledges
...``, ``The Institute is calling on the Agency to review ...``). They carry no cue: the
document is the cue. Background in the past tense (``The study followed 212,000 adults``), the
boilerplate after the body (``About X``, ``Notes to editors``, contacts, forward-looking
statements) and descriptions (``X is a specialty company``) are no statements.
"""

from __future__ import annotations

import re
from typing import Any

from onrecord.extract.mentions import Mention, analyse_mention
from onrecord.extract.nlp import parse
from onrecord.extract.sentences import Sentence

__all__ = ["is_filing", "own_voice"]

# where a release's body ends: its sign-off and the boilerplate after it
_END = re.compile(
    r"^\W*(?:ENDS?\b|###|About\s+\S|Notes?\s+to\s+editors|(?:Media|Press|Investor)\s+(?:contacts?|enquiries|relations)"
    r"|For\s+(?:further|more)\s+information|For\s+media\s+enquiries|Forward-looking\s+statements?|Contacts?:)",
    re.M,
)
_QUOTE_MARKS = frozenset('"“”«»„')
_FUTURE = frozenset({"will", "shall"})
_COPULA = frozenset({"is", "are"})
_MIN_WORDS = 6
_HEADER_CHARS = 300  # a contact line this near the top is the header's, above the lead
_HEADER_CONTACT = re.compile(r"\W*(?:Contacts?:|(?:Media|Press)\s+contacts?:?)", re.I)
_MAX_TERM_WORDS = 4  # a quoted term the issuer sets off in its own sentence, not a quotation
_QUOTED_TERM = re.compile(r'["“]([^"“”\n]*)["”]')
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_OPENING_REACH = 400  # characters after the lead sentence where the release names itself in full
# the short name a release's opening gives its issuer in brackets after its name: "(HPG)",
# '("TWB" or "the Board")'
_SHORT_NAME = r"\s*\([\"“]?([A-Z][A-Z0-9&]{1,7})[\"”]?[\s),]"


def _short_names(opening: str, issuer: str) -> frozenset[str]:
    """The short names the opening gives the issuer in brackets right after its name (not those
    of another body it names: "has notified the Food Safety Authority (FSA)")."""
    name = issuer.split("(")[0].strip()  # the mention may hold the brackets: "The Pilot Group (HPG)"
    if not name:
        return frozenset()
    return frozenset(re.findall(re.escape(name) + _SHORT_NAME, opening))


def is_filing(text: str) -> bool:
    """True when the text's header marks it as a press release or a stock-exchange filing."""
    from onrecord.attribute.headings import is_filing as filed  # attribution imports extraction

    return filed(text)


def _body_end(text: str) -> int:
    """Where the body ends: the first sign-off or boilerplate line, past a contact line in the
    header above the lead (``For immediate release: ... / Contact: Media Relations, ...``)."""
    m = _END.search(text)
    while m is not None and m.start() < _HEADER_CHARS and _HEADER_CONTACT.match(text, m.start()):
        m = _END.search(text, m.end())
    return m.start() if m else len(text)


def _quoted_terms_only(sentence: str) -> bool:
    """True when every quotation in the sentence is a short term the issuer sets off (``does not
    apply a deduction for "seasonal wear" to claims``), not someone's words: each holds at most
    :data:`_MAX_TERM_WORDS` words and no sentence's end, and the marks pair up."""
    terms = _QUOTED_TERM.findall(sentence)
    if not terms or sum(sentence.count(m) for m in _QUOTE_MARKS) != 2 * len(terms):
        return False
    return all(len(t.split()) <= _MAX_TERM_WORDS and not re.search(r"[.!?,;:]", t) for t in terms)


def _a_quoted_term(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a quotation of a short term with its marks (a span the
    quotation marks alone take, no one's words)."""
    span = text[start:end]
    return len(span) > 1 and span[0] in _QUOTE_MARKS and span[-1] in _QUOTE_MARKS and _quoted_terms_only(span)


def _subject(root: Any) -> Any | None:
    return next((c for c in root.children if c.dep_ in _SUBJECTS), None)


def _proper_subject(root: Any) -> Any | None:
    subject = _subject(root)
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def _future(root: Any) -> bool:
    """``will`` or ``shall`` on the root, also where the parse hangs it on the root's auxiliary
    (``Service will remain suspended``: ``will`` under ``remain``)."""
    auxiliaries = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
    auxiliaries += [g for c in auxiliaries for g in c.children if g.dep_ in {"aux", "auxpass"}]
    return any(c.lower_ in _FUTURE for c in auxiliaries)


def _issuer_like(
    subject: Any, issuer: Mention, own: frozenset[str] = frozenset(), short: frozenset[str] = frozenset()
) -> bool:
    """``We``, the issuer's name or a word of it, the short name its opening gives it in brackets
    (``The Harnford Pilot Group (HPG)``: ``HPG``, one of ``short``), a definite
    capitalised organisation noun the release uses for itself (``the Company``, ``The
    Institute``), or a definite noun its opening names it by (``the union``: ``own``, the words of
    the release's names capitalised near its start, lower-cased)."""
    from onrecord.attribute.knowledge import knowledge

    words = {t.lower_ for t in subject.subtree if not t.is_punct}
    if subject.lower_ == "we":
        return True
    if subject.text in short:
        return True  # (an acronym the parse may tag as a common noun)
    if subject.pos_ == "PROPN" and (subject.text in issuer.text or any(w in issuer.text.lower() for w in words)):
        return True
    det = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    if det and subject.pos_ == "NOUN" and subject.lower_ in own:
        return True  # "the union" in the Harbour Pilots' Union's own release
    if det and subject.pos_ == "NOUN" and subject.i == 1 and len(list(subject.children)) == 1:
        # "The company expects ...": a sentence the issuer's bare organisation noun opens
        return knowledge().is_org_word(subject.text)
    return det and subject.text[:1].isupper() and knowledge().is_org_word(subject.text)


def _statement(root: Any, issuer: Mention, own: frozenset[str], short: frozenset[str] = frozenset()) -> bool:
    """A commitment in the future, or the issuer's own act or stance in the present (not its
    perfect: ``The Board has reviewed ...`` is background)."""
    if root.pos_ not in {"VERB", "AUX"}:
        return False
    aux = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
    if _future(root):
        return True
    subject = _subject(root)
    if subject is None or not _issuer_like(subject, issuer, own, short) or root.lower_ in _COPULA:
        return False
    if root.tag_ == "VBN" and any(a.dep_ == "aux" for a in aux):
        return False  # "The Board has reviewed ...": background, what was done before
    present = root.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in aux)
    return present and not any(a.tag_ == "MD" for a in aux)


def own_voice(text: str, sentences: list[Sentence], taken: list[tuple[int, int]]) -> list[tuple[int, int, Mention]]:
    """The issuer's own statements in a release or filing: (start, end, speaker mention) each.

    Args:
        text: the article text.
        sentences: its sentences.
        taken: spans that other quotes already cover; a sentence overlapping one is left alone.
    """
    if not is_filing(text):
        return []
    end = _body_end(text)
    body = [s for s in sentences if s.end <= end and len(text[s.start : s.end].split()) >= _MIN_WORDS]
    if not body:
        return []
    docs = parse([text[s.start : s.end] for s in body])
    roots = [next((t for t in doc if t.dep_ == "ROOT"), None) for doc in docs]
    # the lead names the issuer ("X (NYSE: X) today announced ..."): the first proper-noun subject
    lead = next((i for i, r in enumerate(roots) if r is not None and _proper_subject(r) is not None), None)
    if lead is None:
        return []
    issuer = analyse_mention(_proper_subject(roots[lead]), body[lead].start)
    opening = text[: body[lead].end + _OPENING_REACH]
    own = frozenset(w.lower() for w in _CAPITALISED.findall(opening))
    short = _short_names(opening, issuer.text)
    out: list[tuple[int, int, Mention]] = []
    for index, (s, root) in enumerate(zip(body, roots, strict=True)):
        if root is None or (index == lead and not _future(root)):
            continue  # the lead's announcement; a lead that commits ("X will ...") is a statement
        subject = _subject(root)
        sentence = text[s.start : s.end].rstrip()
        if (
            not sentence.endswith(".")
            or (_QUOTE_MARKS & set(sentence) and not _quoted_terms_only(sentence))
            or any(a < s.end and s.start < b and not _a_quoted_term(text, a, b) for a, b in taken)
            or not _statement(root, issuer, own, short)
        ):
            continue
        mention = issuer
        if subject is not None and _issuer_like(subject, issuer, own, short):
            mention = analyse_mention(subject, s.start)
        out.append((s.start, s.start + len(sentence.rstrip(".")), mention))
    return out
