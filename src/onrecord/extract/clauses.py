"""Reported speech from a dependency parse: for a cue token, its content, speaker and relay.

All functions take spaCy tokens of one parsed sentence and return token lists or tokens; the
caller turns them into article offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from onrecord.attribute.knowledge import knowledge
from onrecord.dates import ENGLISH_COUNTED_BACK, ENGLISH_DAY_WORDS, ENGLISH_TIME_SPANS
from onrecord.extract.lexicon import Cue, inflect
from onrecord.extract.mentions import NAME_PARTICLES, closes_a_bracket, is_party_state
from onrecord.extract.word_order import ADDRESSING_CUES, clause_by_word_order
from onrecord.extract.words import TITLE_SMALL_WORDS

__all__ = [
    "ANSWERING",
    "OTHERS_CLAIMS",
    "Frame",
    "complement_tokens",
    "counts_off",
    "is_cue_use",
    "opens_with_that",
    "read_according_to",
    "read_cue",
    "read_own_account",
    "read_speaker",
    "read_trailing_cue",
    "subject_of",
    "without_trailing_office",
    "writers_tail",
]

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_AUDIENCE = {
    "reporters",
    "journalists",
    "lawmakers",
    "supporters",
    "parliament",
    "congress",
    "the",
    "a",
    "crowd",
    "audience",
    "media",
    "press",
    "voters",
    "students",
    "delegates",
    "members",
    "listeners",
    "viewers",
    "readers",
    "correspondents",
    "officials",
    "senators",
}
_MIN_CONTENT_TOKENS = 2
_OPENING = {'"', "“", "‘", "'", "«", "„"}


@dataclass(slots=True)
class Frame:
    """What a cue token introduces: content tokens, speaker token, relay, and the cue's tokens."""

    cue_tokens: list[Any]
    content: list[Any]
    speaker: Any | None
    via: str | None = None
    via_tokens: list[Any] | None = None
    frame: str = "clause"
    relay_only: bool = False
    # the speaker's office where the parse hung it on the content (see ``without_trailing_office``)
    office: str | None = None


def opens_with_that(clause: Any) -> bool:
    """Whether ``clause`` (a parse token heading a clause) opens with the complementizer ``that``."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _span_tokens(tokens: list[Any]) -> list[Any]:
    """Trim punctuation and conjunctions from both ends of a token list."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc" or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (
        (tokens[-1].is_punct and tokens[-1].text not in {'"', "”", "’", "'", "»"} and not closes_a_bracket(tokens))
        or tokens[-1].dep_ == "cc"
        or tokens[-1].is_space
    ):
        tokens = tokens[:-1]
    return tokens


def _is_trailing_cue(token: Any) -> bool:
    """``..., adding that`` / ``..., indicating that``: a participle cue after a comma."""
    from onrecord.extract.lexicon import load_lexicon

    if token.dep_ not in {"advcl", "conj", "xcomp"} or token.tag_ != "VBG" or not load_lexicon().cues(token.text):
        return False
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return before is not None and before.text in {",", ";", "—", "–"}


def _is_second_cue(token: Any, head: Any) -> bool:
    """``said that C, and urged parents to ...``: a speech verb conjoined to the reported clause
    with no subject of its own is the speaker's next act, not part of what was said; without the
    comma too when it reports a that-clause of its own after a clause not in the past (``said the
    run is not safe and announced that ...``)."""
    from onrecord.extract.lexicon import load_lexicon

    doc = token.doc
    start = token.left_edge.i
    after_comma = start >= 2 and doc[start - 1].dep_ == "cc" and doc[start - 2].text == ","
    own_report = any(c.dep_ == "ccomp" and c.i > token.i and opens_with_that(c) for c in token.children)
    not_past = head.tag_ != "VBD" and not any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in head.children)
    # "said stocks were ample and urged buyers not to hoard", "says the site is full and urges
    # visitors to wait": a verb of speech in the cue's own form with an instruction or a clause of
    # its own is the speaker's next act, comma or not
    # (not after a perfect, whose "had" the second verb may share: "said the minister had lied and
    # urged him to ...")
    cue_form = (
        head.dep_ == "ccomp"
        and head.head.i < head.i
        and head.head.tag_ == token.tag_
        and not any(c.dep_ == "aux" and c.lower_ in _HAVE for c in head.children)
    )
    acts_again = (
        cue_form
        and (_instruction(token) or _own_clause(token))
        and any(c.cls == "speech" for c in load_lexicon().cues(token.text))
    )
    return (
        token.dep_ == "conj"
        and token.head.i == head.i
        # "..., and urged": a past act of the speaker's, like the cue
        and (token.tag_ == "VBD" or (acts_again and token.tag_ == "VBZ"))
        and (after_comma or (own_report and not_past) or acts_again)
        and not any(c.dep_ in _SUBJECTS or c.dep_ == "aux" for c in token.children)
        and bool(load_lexicon().cues(token.text))
    )


def _instruction(verb: Any) -> bool:
    """Whether ``verb`` has an object and a to-infinitive on it (``urged buyers not to hoard``)."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children
    )


def _own_clause(verb: Any) -> bool:
    """Whether ``verb`` reports a clause of its own, with its own subject (``acknowledged two
    staff were hurt``)."""
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ in _SUBJECTS for g in c.children) for c in verb.children
    )


_TIME_UNITS = frozenset("minutes hour hours day days week weeks month months year years".split())


_CLOSING = {'"', "”", "’", "'", "»"}


def _after_closing_mark(doc: Any, start: int) -> bool:
    """Whether the phrase at ``start`` follows a quotation's closing mark (and a comma or ``and``):
    ``"..." and urged``, ``"...," referring``. (After a dash the writer's words may date the
    report, ``"..." – the words he used on Monday``: they stay.)"""
    i = start - 1
    if i >= 1 and (doc[i].text == "," or doc[i].lower_ == "and"):
        i -= 1
    if i >= 1 and doc[i].text == "," and doc[i - 1].text in _CLOSING:
        i -= 1  # '... clause", and ...'
    if i < 1 or doc[i].text not in _CLOSING:
        return False
    if doc[i].text == '"':  # a straight mark closes when an even number of them stands up to it
        return sum(1 for t in doc[: i + 1] if t.text == '"') % 2 == 0
    return doc[i].text != "'" or doc[i - 1].is_punct


def _future_or_progressive(head: Any) -> bool:
    return head.tag_ in {"VB", "VBG"} and any(
        c.dep_ == "aux" and c.tag_ in {"MD", "VBD", "VBZ", "VBP"} for c in head.children
    )


def _past_perfect_before_comma(head: Any, start: int) -> bool:
    """``said the crew had kept the pumps going, and praised the harbour staff``: a past tense after a
    comma and "and", joined to a clause in the past perfect, is the speaker's next act (the
    reported clause is set back a tense; the writer's narration is not)."""
    doc = head.doc
    comma = start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].text == ","
    return comma and head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)


def writers_tail(token: Any, head: Any) -> bool:
    """Whether ``token``'s phrase, set off by a comma at the end of the clause ``head`` heads, is
    the writer's comment on the report rather than part of what was said: a comparison with an
    earlier figure (``..., up from 4 million``), a sentence apposition (``..., a move that drew
    fire ...``), whatever follows the closing mark of a quotation the clause ends with (``"..."
    and urged ...``, ``"...," referring to ...``), a time after something (``..., two days after
    promising ...``); or a past-tense verb joined to a clause in the future or progressive
    (``would last six weeks and warned them ...``): the speaker's next act."""
    doc = token.doc
    start = token.left_edge.i
    last = max((t.i for t in head.subtree if not t.is_punct), default=head.i)
    if token.i == head.i or token.right_edge.i < last or start < 1:
        return False
    if (
        token.dep_ == "conj"
        and token.head.i == head.i
        and token.tag_ == "VBD"
        and (_future_or_progressive(head) or _past_perfect_before_comma(head, start))
        and not any(c.dep_ in _SUBJECTS or c.dep_ == "aux" for c in token.children)
    ):
        return True
    if _after_closing_mark(doc, start) and token.head.pos_ in {"VERB", "AUX"}:
        # '... was "the most generous in a decade" and urged ...', '... "a good law," referring to ...':
        # the speaker's next act, or the writer's words, after the quotation the report ends with
        own = any(c.dep_ in _SUBJECTS or c.dep_ in {"aux", "auxpass"} for c in token.children)
        if token.dep_ == "conj":
            return token.tag_ == "VBD" and not own
        separated = doc[start - 1].text == "," or (doc[start - 1].text in _CLOSING and doc[start - 2].text == ",")
        return token.dep_ in {"advcl", "prep", "npadvmod", "dep"} and separated
    if doc[start - 1].text not in {",", "—", "–"}:
        return False
    children = list(token.children)
    if token.lower_ in {"up", "down"} and token.dep_ == "advmod" and any(c.lower_ == "from" for c in children):
        return True
    if token.dep_ == "npadvmod" and token.pos_ == "NOUN" and doc[start].lower_ in {"a", "an"}:
        return any(c.dep_ == "relcl" for c in children)
    if token.lower_ in {"after", "before"} and token.dep_ in {"prep", "mark"}:
        return any(t.lower_ in _TIME_UNITS for t in doc[start : token.i])
    # "..., according to its website": the writer's source, not the speaker's words (not a
    # name: "according to its head, Irina Volkova" may be whose words they are)
    return (
        token.lower_ == "according"
        and token.dep_ == "prep"
        and any(c.lower_ == "to" for c in children)
        and not any(t.pos_ == "PROPN" for t in token.subtree)
    )


def _clause(head: Any) -> list[Any]:
    """The subtree of a complement clause, without its complementizer ``that``, without a
    trailing participle cue (``..., adding that ...``) that starts a statement of its own and
    without the writer's tail (:func:`writers_tail`)."""
    cut: set[int] = set()
    for token in head.subtree:
        second = token.i != head.i and (_is_trailing_cue(token) or _is_second_cue(token, head))
        if second or (token.i not in cut and writers_tail(token, head)):
            cut.update(t.i for t in token.subtree)
    tokens = _span_tokens([t for t in head.subtree if t.i not in cut])
    tokens = _without_leading_day(tokens)
    if tokens and tokens[0].lower_ == "that" and tokens[0].dep_ == "mark":
        tokens = _span_tokens(tokens[1:])
    return tokens


def complement_tokens(head: Any) -> list[Any]:
    """The tokens of the complement clause headed by ``head``, read as a cue's content is (no
    leading ``that``, no trailing cue of its own, no writer's tail)."""
    return _clause(head)


# "the day before", "a week earlier", "two nights ago": a time counted back from another, the cue's
# (or on from it: "an hour after", "a day later")
_SPAN_OF_TIME = ENGLISH_TIME_SPANS | {"minute", "minutes", "hour", "hours", "nights"}
_COUNTED_FROM_ANOTHER = ENGLISH_COUNTED_BACK | {"after", "later", "previously"}


def counted_back_before_that(doc: Any, at: int) -> bool:
    """Whether ``doc[at]`` is the ``before`` of a time counted back from the cue's day and right
    before the complementizer (``told us the day before that C``, ``said a week earlier that C``):
    the phrase dates the telling, and the reported clause starts after ``that``."""
    return (
        0 < at < len(doc) - 1
        and doc[at].lower_ in _COUNTED_FROM_ANOTHER
        and doc[at - 1].lower_ in _SPAN_OF_TIME
        and doc[at + 1].lower_ == "that"
    )


def _opens_with_mark_that(clause: Any) -> bool:
    """Whether the clause headed by ``clause`` opens with the complementizer ``that``."""
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == clause.i


def _without_leading_day(tokens: list[Any]) -> list[Any]:
    """``said on Monday it would ...``: the day the parser put in the clause is the cue's; so is a
    time counted back that opens it (``said the day before that C``)."""
    if len(tokens) > 3 and tokens[0].lower_ == "on" and tokens[1].lower_ in ENGLISH_DAY_WORDS:
        return _span_tokens(tokens[2:])
    back = next((k for k, t in enumerate(tokens[:5]) if counted_back_before_that(t.doc, t.i)), None)
    if (
        back is not None
        and len(tokens) > back + 4
        and tokens[back + 1].i == tokens[back].i + 1
        and all(t.pos_ in {"DET", "NUM", "NOUN", "ADJ"} for t in tokens[:back])
    ):
        return _span_tokens(tokens[back + 2 :])
    if len(tokens) > 2 and tokens[0].lower_ in ENGLISH_DAY_WORDS and tokens[0].dep_ in {"npadvmod", "advmod"}:
        return _span_tokens(tokens[1:])
    if len(tokens) > 3 and _day_glued_to_name(tokens[0]):
        return _span_tokens(tokens[1:])
    return tokens


def _day_glued_to_name(token: Any) -> bool:
    """``said Tuesday President Ada Roe's plan was dead``: US copy's bare day after the cue, which
    the parser glued to the title and name that open the clause as part of them; the cue's day,
    not the content's (a day with its own possessive, ``Tuesday's vote``, stays; so does a day
    before any other capitalised word, which may open a name: ``Sunday Times readers``)."""
    if not (
        token.lower_ in ENGLISH_DAY_WORDS
        and token.text[:1].isupper()
        and token.dep_ == "compound"
        and token.head.pos_ == "PROPN"
        and 0 < token.i < len(token.doc) - 1
        and token.doc[token.i - 1].pos_ in {"VERB", "AUX"}
    ):
        return False
    # only before a title the role lexicon knows ("said Tuesday President Roe's ..."): the parse
    # runs no entity recogniser, and a day opens names of its own ("Monday Night Football",
    # "Sunday Times", "Friday Harbor Lane")
    return knowledge().role(token.doc[token.i + 1].text) is not None


def _dated_subject(verb: Any) -> Any | None:
    """The subject the parser took into a leading date: "On Friday Holmgren told ..." parses as
    "On (Friday Holmgren)"; the name after the day is the subject."""
    for child in verb.children:
        if child.dep_ != "prep" or child.i > verb.i or child.lower_ not in {"on", "by", "late", "early"}:
            continue
        for obj in child.children:
            if (
                obj.dep_ == "pobj"
                and obj.pos_ == "PROPN"
                and obj.lower_ not in ENGLISH_DAY_WORDS
                and any(t.lower_ in ENGLISH_DAY_WORDS and t.i < obj.i for t in obj.subtree)
            ):
                return obj
    return None


# verbs of putting out a text in one's own name, every form (the pipeline runs no lemmatizer):
# their object "saying ..." speaks for the subject
_ISSUING = frozenset(
    [form for verb in ("issue", "release", "publish", "post", "sign", "deliver", "file") for form in inflect(verb)]
    + "send sends sent sending put puts putting make makes made making".split()
)


def _clause_before_comma(verb: Any) -> Any | None:
    """The clause with a subject of its own that ends just before a participle's comma and hangs
    on the same verb ("Quill was addressing the jury when Tom Brade interjected, suggesting that
    ...": Brade suggested, not Quill), which the parser made the participle's sister; else None."""
    from onrecord.extract.lexicon import load_lexicon

    doc = verb.doc
    comma = verb.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or verb.dep_ != "advcl":
        return None
    if load_lexicon().cues(verb.head.text):
        return None  # "X said C when the mayor arrived, adding that ...": the cue's speaker adds
    for sister in verb.head.children:
        if (
            sister.dep_ in {"advcl", "conj"}
            and sister.i < comma
            and sister.right_edge.i == comma - 1
            and sister.tag_ in {"VBD", "VBZ", "VBP"}
            and any(c.dep_ in _SUBJECTS for c in sister.children)
        ):
            return sister
    return None


def _cue_subject_before_comma(verb: Any) -> Any | None:
    """The subject of a verb of saying that ends right before a participle's comma ('"...," Harlow
    said, going on to say that ...') when the parser hung the participle on another verb (a long
    quotation read as the sentence's root): the speaker goes on; else None."""
    from onrecord.extract.lexicon import load_lexicon

    doc = verb.doc
    comma = verb.left_edge.i - 1
    if verb.tag_ != "VBG" or comma < 2 or doc[comma].text != "," or verb.head.i == comma - 1:
        return None
    said = doc[comma - 1]
    if not said.tag_.startswith("VB") or not load_lexicon().cues(said.text):
        return None
    subjects = [c for c in said.children if c.dep_ in _SUBJECTS and c.i < said.i]
    return subjects[-1] if subjects else None


def subject_of(verb: Any, depth: int = 0) -> Any | None:
    """Return the token that is the subject of ``verb``, looking through conjunctions,
    ``went on to say`` and participle clauses (``..., adding that``)."""
    if depth > 6:
        return None
    subjects = [child for child in verb.children if child.dep_ in _SUBJECTS]
    if subjects:
        return _opener_subject(verb, subjects) or _nearest_subject(verb, subjects)
    described = _named_before_whose(verb) or _named_before_misread_aside(verb)
    if described is not None:
        return described
    dated = _dated_subject(verb)
    if dated is not None:
        return dated
    aside = (
        _subject_before_aside(verb)
        or _subject_before_marked_participle(verb)
        or _subject_after_fronted(verb)
        or _subject_after_source(verb)
    )
    if aside is not None:
        return aside
    ccomps = [c for c in verb.children if c.dep_ == "ccomp"]
    apposed = _speaker_in_apposition(verb, None, ccomps) if any(c.i > verb.i for c in ccomps) else None
    if apposed is not None:
        return apposed
    described = _subject_of_participle_root(verb) or _cue_subject_before_comma(verb)
    if described is not None:
        return described
    head = verb.head
    if head.i == verb.i:
        if depth and verb.pos_ in {"NOUN", "PROPN"}:
            return _subject_before_misparsed_verb(verb)
        return _subject_by_order(verb)
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and _is_second_cue(verb, head):
        return subject_of(head.head, depth + 1)  # "X said that C, and urged ...": X urged
    if verb.dep_ in {"conj", "xcomp"}:
        return subject_of(head, depth + 1)
    gerund_subject = _name_before_gerund(verb)
    if gerund_subject is not None:
        return gerund_subject
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        # (a person's noun is the one who spoke: "after the budget director called on senators")
        personal = knowledge().role(head.text) is not None
        infinitive = _infinitive(verb)
        if infinitive and not personal and head.dep_ == "dobj" and head.head.pos_ in {"VERB", "AUX"}:
            return subject_of(head.head, depth + 1)  # "took the opportunity to say ...": who took it
        if not personal and head.dep_ == "dobj" and head.head.lower_ in _ISSUING and head.head.i < head.i:
            # "The White House issued a statement Thursday saying ...": who issued it speaks
            issuer = subject_of(head.head, depth + 1)
            if issuer is not None:
                return issuer
        outer = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" and not personal else None
        if outer is not None and outer.pos_ == "VERB" and outer.i < head.i:
            # "X said in a video posted on YouTube that ...": the medium's speaker is X
            speaker = subject_of(outer, depth + 1)
            if speaker is not None:
                return speaker
        return head  # "reports suggesting that ...": the participle describes its noun
    if verb.dep_ in {"advcl", "pcomp", "dep", "ccomp", "relcl"} and verb.tag_ in {"VBG", "VBN"}:
        nearer = _clause_before_comma(verb)
        if nearer is not None:
            return subject_of(nearer, depth + 1)
        top = head
        while top.dep_ not in {"ROOT"} and top.head.i != top.i:
            if (
                verb.dep_ == "pcomp"
                and top.pos_ == "VERB"
                and any(c.dep_ in _SUBJECTS for c in top.children)
                and not _reported_before_aside(top, verb)
            ):
                # "Sadler, who dismissed his opposition by saying ...": the verb "by" hangs on, with its subject
                return subject_of(top, depth + 1)
            top = top.head
        return subject_of(top, depth + 1) if top.i != verb.i else None
    return None


def _reported_before_aside(top: Any, verb: Any) -> bool:
    """ "Holm said Thursday the state will pay, two days after insisting it would not": a
    participle set off by a comma after reported words the parser hung on them; it is the
    reporter's, not the reported clause's subject's."""
    from onrecord.extract.lexicon import load_lexicon

    cue = top.head
    if top.dep_ != "ccomp" or cue.i > top.i or not load_lexicon().cues(cue.text):
        return False
    return any(t.text == "," for t in verb.doc[top.i : verb.i])


def _named_before_whose(verb: Any) -> Any | None:
    """ "Rep. Ada Morrow, R-Idaho, whose district includes the suburbs, called the plan 'a stunt'
    and said ...": the parser may hang the main verbs on the "whose" clause (a conjunct of its
    verb, or a modifier of its object) and so give them its subject ("whose district"); after the
    comma that closes that clause, the name it describes is their subject."""
    if verb.dep_ not in {"conj", "acl"} or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    node = verb
    for _ in range(4):
        node = node.head
        if node.dep_ == "relcl":
            break
        if node.head.i == node.i:
            return None
    else:
        return None
    whose = any(
        c.dep_ in _SUBJECTS and any(g.tag_ == "WP$" and g.lower_ == "whose" for g in c.children)
        for c in node.children
    )
    named = node.head
    described = verb.doc[named.left_edge.i : named.i + 1].text
    if named.dep_ == "appos" and named.head.i < named.i and is_party_state(described):
        named = named.head  # "Rep. Ada Kerr, R-Idaho, whose ...": the name the party and state describe
    if not whose or named.pos_ != "PROPN" or named.i > node.i:
        return None
    if not any(t.text == "," for t in verb.doc[node.i : verb.i]):
        return None  # "Kerr, whose aide resigned and said ...": the aide said it
    return named


def _named_before_misread_aside(verb: Any) -> Any | None:
    """ "Marit Solberg, the warden of Eastgate Lodge, where the damp was found, wrote on X:
    '...'": the parser may hang the main verb, after the comma that closes the aside, on the
    aside's last noun as a modifier, and the name the aside describes on a verb inside the
    quotation (or on none); that name is the verb's subject. None unless the verb follows a
    comma, hangs (through objects of prepositions) on an apposition to a name that is a subject
    or the sentence's root, and that name's own verb, if any, comes after it."""
    doc = verb.doc
    if verb.dep_ != "acl" or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    node, apposed = verb.head, False
    for _ in range(8):
        if node.dep_ in _SUBJECTS or node.head.i == node.i:
            break
        if node.dep_ not in {"pobj", "prep", "appos", "compound"}:
            return None
        apposed = apposed or node.dep_ == "appos"
        node = node.head
    else:
        return None
    # (the name's own verb, if the parse gave it one, comes after: inside the quotation)
    if not apposed or node.pos_ != "PROPN" or node.i > verb.i or (node.head.i != node.i and node.head.i < verb.i):
        return None
    return node


def _name_before_gerund(verb: Any) -> Any | None:
    """ "answering a question on the Admiralty saying that ...": a name right before a gerund of
    saying, with no comma between, as the object of a preposition on a noun (a question, reports,
    a comment about it), is the gerund's own subject, whoever asked or answered."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl", "dep", "pcomp"} or verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    if name.dep_ != "pobj" or name.pos_ != "PROPN" or name.lower_ in ENGLISH_DAY_WORDS:
        return None
    preposition = name.head
    if preposition.dep_ != "prep" or preposition.head.pos_ != "NOUN" or preposition.lower_ not in _ABOUT:
        return None
    return name


# prepositions that put a report's subject after its noun ("reports of X saying", "a question on X saying")
_ABOUT = frozenset("on of about over from".split())


def _subject_of_participle_root(verb: Any) -> Any | None:
    """ "Farmers marching through the town chanted ...": the parser may make the participle that
    describes the subject the sentence's root, with the subject as its own, and hang the finite
    cue on it as an adverbial clause; a participle with no auxiliary is no main verb, so its
    subject is the cue's."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or head.i >= verb.i:
        return None
    if head.tag_ != "VBG" or head.dep_ != "ROOT" or any(c.dep_ in {"aux", "auxpass"} for c in head.children):
        return None
    if any(t.text in {",", ";", ":", "(", "—", "–"} for t in verb.doc[head.i : verb.i]):
        return None  # "Farmers marching, they said ...": an aside, not a description
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
    if len(subjects) != 1 or subjects[0].right_edge.i != head.i - 1:
        return None
    return subjects[0]


def _opener_subject(verb: Any, subjects: list[Any]) -> Any | None:
    """ "Speaking at a centre in Dublin Mr Varadkar said ...": with no comma after the opening
    participle the parser reads the whole opener as the cue's clausal subject and the name as
    the object of its last preposition; the name right before the cue is the subject, and so is
    a description after the opener's comma that the parser hung on the opener's last noun."""
    if len(subjects) != 1 or subjects[0].dep_ != "csubj" or subjects[0].tag_ != "VBG":
        return None
    opener = subjects[0]
    if opener.i != opener.left_edge.i or opener.right_edge.i != verb.i - 1:
        return None
    named = _subject_by_order(verb)
    if named is not None and named.pos_ == "PROPN":
        return named
    # "Speaking to supporters in the ballroom, the outgoing chief minister said ...": the
    # description after the opener's last comma, right before the cue
    doc = verb.doc
    last = doc[verb.i - 1]
    commas = [t.i for t in doc[opener.i : verb.i] if t.text == ","]
    if not commas or last.pos_ != "NOUN" or last.left_edge.i != commas[-1] + 1:
        return None
    return last if doc[commas[-1] + 1].lower_ in {"the", "a", "an"} else None


def _nearest_subject(verb: Any, subjects: list[Any]) -> Any:
    """ "Via Twitter, Eduardo Sanchez said ...": the parser may give a cue two subjects when a
    fronted phrase set off by a comma looks like a name; the one next to the cue is its
    subject (the first one otherwise)."""
    before = [s for s in subjects if s.i < verb.i]
    subjects = [s for s in subjects if not _particle_of_next(s, subjects)]
    before = [s for s in before if not _particle_of_next(s, before)]
    if len(before) >= 2 and any(t.text == "," for t in verb.doc[before[-2].i : before[-1].left_edge.i]):
        return before[-1]
    if len(before) >= 2 and (_office_holder(before[-1]) or _name_after_fragment(before[:-1], before[-1])):
        return before[-1]  # "Tessby Growers' Union (TGU) president Ravi Pal said": the person speaks
    subject = subjects[0]
    if subject.left_edge.lower_ in _FRONTED_PREPOSITIONS and subject.left_edge.i < subject.i:
        # "Via Twitter, Eduardo Sanchez said": read as a name with an apposition
        named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            return named
    return subject


def _particle_of_next(subject: Any, subjects: list[Any]) -> bool:
    """A surname's lower-case particle the parser made a subject of its own ('"...," de la
    Vierna said': "de" and "Vierna" both subjects): part of the name of the subject right after
    it, only the particles (and capitalised words) between them."""
    if not (subject.text.islower() and subject.lower_ in NAME_PARTICLES):
        return False
    doc = subject.doc
    for other in subjects:
        if other.i <= subject.i or other.pos_ != "PROPN" or other.i - subject.i > 3:
            continue
        between = doc[subject.i + 1 : other.i]
        if all(t.lower_ in NAME_PARTICLES or t.text[:1].isupper() for t in between):
            return True
    return False


def _office_holder(subject: Any) -> bool:
    """A name after an office written in lower case ("president Ravi Pal"): a person holding it."""
    if subject.pos_ != "PROPN":
        return False
    first = subject.left_edge.i
    words = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    words += [subject.doc[first - 1]] if first > 0 else []
    return any(w.text.islower() and knowledge().role(w.text) is not None for w in words)


def _name_after_fragment(fragments: list[Any], name: Any) -> bool:
    """A name right after pieces of the description before it, the parser having made each a
    subject of its own ("Her co | - | star Jonah Quillby-Marsh said", "House sponsor | Rep. Ana
    Ferreira told"): nothing between them but the description's words, no comma or conjunction."""
    words = [f for f in fragments if f.text[:1].isalpha()]
    if name.pos_ != "PROPN" or not words or any(f.pos_ in {"PROPN", "PRON"} for f in words):
        return False
    fragment = words[0]
    between = name.doc[fragment.i + 1 : name.left_edge.i]
    return not any(t.text in {",", ";", "(", ")", ":"} or t.pos_ in {"CCONJ", "VERB", "AUX", "ADP"} for t in between)


# Prepositions the parser may read as the first word of a name when they open a sentence.
_FRONTED_PREPOSITIONS = frozenset({"via", "on", "in", "through", "from", "at", "with", "per"})
_RELATIVES = frozenset({"who", "which", "whose"})
# Adverbs that stand between a subject and its cue ("Tully also said", "she later told").
_BETWEEN = frozenset({"also", "later", "then", "again", "further", "previously", "earlier", "separately"})


def _subject_before_misparsed_verb(root: Any) -> Any | None:
    """ "Voss criticized Mayor Ana Ruiz Soto on Monday, calling her ...": the parser may make the
    object's name the root, the main verb a modifier of it and the participle hang on the name.
    The word before the name is then part of it, no subject (taken, it would cut the name); the
    subject is the capitalised noun right before the verb (finite, or tagged a participle) that
    modifies the name, or none."""
    doc = root.doc
    verbs = [
        t
        for t in root.subtree
        if t.i < root.i and t.pos_ == "VERB" and t.tag_ in _FINITE and t.head.i == root.i
    ]
    if not verbs or verbs[0].i == 0:
        return None
    before = doc[verbs[0].i - 1]
    if before.pos_ in {"NOUN", "PROPN"} and before.text[:1].isupper() and before.lower_ not in ENGLISH_DAY_WORDS:
        return before
    return None


def _subject_by_order(verb: Any) -> Any | None:
    """The cue's subject by word order, where the parse gave the main verb none: the name right
    before the cue ('"...," Tully said', "the capital, Transport Minister Marie-Hélène Duvivier
    said ...", parsed as an adverb and as a conjunct of what came before), or the name before a
    relative clause set off by commas ("Siobhán Kearney-Doyle, who speaks for the families,
    said ..."). Only a capitalised word that is no verb, pronoun or day is taken: what the
    writer put in the subject's place."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].lower_ in _BETWEEN:
        i -= 1
    i = _before_party_state(doc, i)
    if i >= 0 and doc[i].text == ",":
        # "X, who speaks for ..., said": back over the relative clause to the name before it
        j = i - 1
        while j > 0 and doc[j].lower_ not in _RELATIVES and doc[j].text not in {'"', "“", "”", ";"}:
            j -= 1
        if j <= 1 or doc[j].lower_ not in _RELATIVES or doc[j - 1].text != ",":
            return None
        i = j - 2
    if i < 0:
        return None
    token = doc[i]
    if token.dep_ == "appos" and token.head.i < token.i and is_party_state(doc[token.left_edge.i : i + 1].text):
        token = token.head  # "Rep. Ada Kerr, D-Nev., who ...": the name the party and state describe
    if (
        not token.text[:1].isupper()
        or token.pos_ in {"VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "NUM", "PUNCT"}
        or token.lower_ in ENGLISH_DAY_WORDS
    ):
        return None
    return token


def _before_party_state(doc: Any, i: int) -> int:
    """The index of the name before a US legislator's party and state set off by commas that
    ends at ``i`` ('"...," Kerr, D-N.M., told reporters': the parser may hang the name on the
    state and give the cue no subject); ``i`` itself when no such aside ends there."""
    if i < 0 or doc[i].text != ",":
        return i
    j = i - 1
    while j > 0 and doc[j].text != "," and i - j <= 5:
        j -= 1
    if j > 0 and doc[j].text == "," and is_party_state(doc[j + 1 : i].text):
        return j - 1
    return i


def _subject_before_aside(verb: Any) -> Any | None:
    """ "Penhale, asked about replacements, said ...": the parser hangs the name on the aside
    between commas; the name before it is the cue's subject."""
    for child in verb.children:
        if child.dep_ != "advcl" or child.i > verb.i or child.tag_ not in {"VBN", "VBG", "VBD"}:
            continue
        if not any(t.text == "," for t in verb.doc[child.right_edge.i : verb.i]):
            continue  # the aside ends with a comma before the cue
        for sub in child.children:
            if (
                sub.dep_ in _SUBJECTS
                and sub.i < child.i
                and sub.pos_ in {"PROPN", "PRON", "NOUN"}
                and sub.i + 1 < len(sub.doc)
                and any(t.text == "," for t in sub.doc[sub.i + 1 : child.i])
            ):
                return sub
    return None


# conjunctions that open a participle aside between a subject and its verb ("X while talking to
# the channel said", "X, after meeting the unions, said")
_ASIDE_MARKS = {"while", "when", "after", "before", "since", "whilst"}


def _subject_before_marked_participle(verb: Any) -> Any | None:
    """ "Minister Ada Roe while speaking to the radio on Friday said ...": a participle aside
    opened by a conjunction (no subject of its own, commas or not); the parser makes the name
    before the conjunction the participle's subject; it is the cue's."""
    for child in verb.children:
        if child.dep_ != "advcl" or child.i > verb.i or child.tag_ not in {"VBG", "VBN"}:
            continue
        mark = next((c for c in child.children if c.dep_ == "mark" and c.lower_ in _ASIDE_MARKS), None)
        if mark is None or mark.i > child.i:
            continue
        for sub in child.children:
            if (
                sub.dep_ in _SUBJECTS
                and sub.i < mark.i
                and sub.pos_ in {"PROPN", "PRON", "NOUN"}
                and all(t.is_punct for t in sub.doc[sub.i + 1 : mark.i])
            ):
                return sub
    return None


def _subject_after_fronted(verb: Any) -> Any | None:
    """ "Speaking to reporters in Tessby, Dana Ruiz said ...": the parser makes the name the
    subject of the participle that opens the sentence; the name after its comma, right before
    the cue, is the cue's subject."""
    for child in verb.children:
        if child.dep_ != "advcl" or child.i >= verb.i or child.tag_ != "VBG" or child.left_edge.i != 0:
            continue
        for sub in child.children:
            if (
                sub.dep_ in _SUBJECTS
                and child.i < sub.i < verb.i
                and sub.pos_ in {"PROPN", "NOUN"}
                and any(t.text == "," for t in sub.doc[child.i : sub.left_edge.i])
                and all(t.is_punct for t in sub.doc[sub.i + 1 : verb.i])
            ):
                return sub
    return None


def _subject_after_source(verb: Any) -> Any | None:
    """ "According to the Harlow Courier, Mabel Okafor, a grower, told the meeting ...": the parser
    reads the name after the source's comma (or a role with its holder's name: "the
    harbourmaster, Anders Veltkamp") as the source's apposition and gives the cue no subject;
    that phrase, which runs up to the cue, is the cue's subject."""
    for child in verb.children:
        if child.lower_ != "according" or child.i > verb.i:
            continue
        to = next((c for c in child.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            continue
        for named in source.children:
            if (
                named.dep_ == "appos"
                and (named.pos_ == "PROPN" or _named_role(named))
                and named.i > source.i
                and named.right_edge.i < verb.i
                and verb.doc[source.right_edge.i + 1 : named.left_edge.i].text.strip() in {"", ","}
                and all(t.is_punct for t in verb.doc[named.right_edge.i + 1 : verb.i])
                and verb.doc[named.left_edge.i - 1].text == ","
            ):
                return named
    return None


def _named_role(noun: Any) -> bool:
    """A role noun with the name of its holder set beside it: "the harbourmaster, Anders Veltkamp"."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)


def _without_cue_aside(verb: Any, tokens: list[Any]) -> list[Any]:
    """``She said, in the same briefing, measures would ...``: a phrase set off by commas right
    after the cue is the cue's (where or how it was said), not the reported clause's."""
    if len(tokens) < 4 or tokens[0].dep_ != "prep" or tokens[0].i != verb.i + 2 or verb.doc[verb.i + 1].text != ",":
        return tokens
    end = tokens[0].right_edge.i
    if end + 1 >= len(verb.doc) or verb.doc[end + 1].text != ",":
        return tokens
    rest = [t for t in tokens if t.i > end + 1]
    return rest if len(rest) >= _MIN_CONTENT_TOKENS else tokens


_FINITE = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def _misparsed_clause(verb: Any) -> list[Any] | None:
    """A reported clause without ``that`` the parser read as the cue's object: ``told Alpwire
    the company aimed to ...`` (a second object whose verb hangs on it) and ``confirms 212
    passengers and 31 crew were on board`` (the object and a verb conjoined to the cue, the
    verb's subject right after the object's ``and``, in another tense than the cue's)."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i > verb.i]
    if len(objects) >= 2 and objects[0].lower_ == "that" and objects[0].tag_ == "IN":
        # "writing that an assistant that is always listening needs ...": the complementizer and
        # the clause's subject read as two objects, its verb hung on the subject
        return _span_tokens([t for t in verb.subtree if t.i > objects[0].i])
    if len(objects) >= 2 and objects[-1].left_edge.i == objects[-2].right_edge.i + 1:
        last = objects[-1]  # the two objects side by side: "told Alpwire the company ..."
        acl = [c for c in last.children if c.dep_ == "acl" and c.tag_ in _FINITE and c.i > last.i]
        if acl and not any(c.dep_ in {"mark", "aux"} and c.lower_ in {"to", "that"} for c in acl[0].children):
            return _span_tokens(list(last.subtree))
    clause = _subject_taken_for_object(verb, objects)
    if clause is not None:
        return clause
    if len(objects) == 1:
        obj = objects[0]
        cc = next((c for c in obj.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        for conj in verb.children:
            if conj.dep_ != "conj" or conj.i <= obj.i or cc is None:
                continue
            modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.children)
            # "told reporters the story and the crowd cheered": the writer's next clause, in the
            # cue's own tense; a reported clause is in another tense, or modal
            if not modal and (conj.tag_ not in {"VBD", "VBZ", "VBP"} or conj.tag_ == verb.tag_):
                continue
            subject = next((c for c in conj.children if c.dep_ in _SUBJECTS and c.i < conj.i), None)
            if subject is not None and subject.left_edge.i == cc.i + 1:
                return _span_tokens([t for t in verb.doc[obj.left_edge.i : conj.right_edge.i + 1]])
    return None


# words before "that" that make it a conjunction of purpose or time ("so that", "now that")
_THAT_CONJUNCTIONS = frozenset({"so", "now", "such", "order", "given", "except", "provided"})


def _clause_read_as_adverbial(verb: Any) -> list[Any] | None:
    """A reported clause after an adjunct of the cue that the parser hung on the cue as an
    adverbial clause: ``said after the convention he would not accept ...``, ``continues to insist,
    most recently in an interview, that he wants ...`` (hung on the verb ``insist`` depends on).

    The clause comes after the cue, has a subject of its own and is finite, and opens with the
    complementizer ``that`` or with no subordinator at all, right after a phrase of the cue's
    (``when``, ``as``, ``because`` ... open the writer's adverbial clauses, which stay out).
    """
    heads = [verb]
    if verb.dep_ == "xcomp" and verb.head.i < verb.i:
        heads.append(verb.head)  # "continues to insist, ..., that C": the clause hung on "continues"
    doc = verb.doc
    for head in heads:
        for clause in head.children:
            if clause.dep_ != "advcl" or clause.i <= verb.i:
                continue
            children = list(clause.children)
            if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i for c in children):
                continue
            subject = next(c for c in children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i)
            marks = [c for c in children if c.dep_ == "mark"]
            counted_back = bool(marks) and marks[0].i > verb.i and counted_back_before_that(doc, marks[0].i)
            finite_aux = any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP", "MD"} for c in children)
            finite = clause.tag_ in {"VBD", "VBZ", "VBP"} or any(c.tag_ == "MD" for c in children)
            if not finite and not (counted_back and finite_aux):
                continue
            if counted_back:
                # "told them the month before that C": the time's "before" taken for the clause's mark
                first = marks[0].i + 2
                if subject.i < first:
                    continue
            elif marks:
                mark = marks[0]
                if len(marks) > 1 or mark.lower_ != "that" or mark.i > subject.left_edge.i:
                    continue
                if mark.i > 0 and doc[mark.i - 1].lower_ in _THAT_CONJUNCTIONS:
                    continue
                first = mark.i + 1
            else:
                # no complementizer: only right after the cue's own phrase ("said after the vote he
                # would ..."), which the parser may have put inside the clause
                first = subject.left_edge.i
                if first <= verb.i + 1 or doc[first - 1].is_punct or doc[verb.i + 1].tag_ not in {"IN", "RB"}:
                    continue
                if doc[first].tag_ in {"WRB", "WP", "WDT", "IN"}:
                    continue
            between = doc[verb.i + 1 : first]
            if any(t.pos_ in {"VERB", "AUX"} or t.lower_ in _WRITERS_RELATIVES for t in between):
                continue
            tokens = _span_tokens([t for t in _clause(clause) if t.i >= first])
            if len(tokens) >= _MIN_CONTENT_TOKENS:
                return tokens
    return None


def _subject_taken_for_object(verb: Any, objects: list[Any]) -> list[Any] | None:
    """ "she'd told analysts fares would not go up", "told KFW the Commission expected ...": the
    reported clause's subject read as a second object of the cue (or an apposition to its
    audience) and its verb as the cue's open complement. The verb is finite (a modal, or a tense
    of its own), which no complement of "tell" is ("told them to wait"); the clause runs from the
    subject to the verb's last word."""
    if not objects:
        return None
    audience = objects[0]
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > audience.i), None)
    if xcomp is None:
        return None
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in xcomp.children)
    if not modal and xcomp.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children):
        return None
    subject = (
        objects[1]
        if len(objects) > 1
        else next((c for c in audience.children if c.dep_ == "appos" and c.i > audience.i), None)
    )
    if subject is None or not subject.i < xcomp.i or subject.left_edge.i != audience.i + 1:
        return None
    if subject.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    tokens = _span_tokens(list(verb.doc[subject.left_edge.i : xcomp.right_edge.i + 1]))
    return tokens if len(tokens) >= _MIN_CONTENT_TOKENS else None


_WRITERS_RELATIVES = frozenset({"where", "which", "who", "whom", "whose"})


def _writers_relative(verb: Any, clause: Any) -> bool:
    """``C, Moreau said, where the ministry had asked for ...`` / ``C, she says, which is why
    ...``: a clause after a cue set off by commas and opened by a relative word is the writer's
    note on what went before, not what was said (a reported clause follows its cue directly)."""
    doc = verb.doc
    start = clause.left_edge.i
    if start <= verb.i or doc[start].lower_ not in _WRITERS_RELATIVES:
        return False
    return doc[start - 1].text == ","


def _has_verb(tokens: list[Any]) -> bool:
    return any(t.pos_ in {"VERB", "AUX"} for t in tokens)


def _aside_left(verb: Any) -> int:
    """Where a cue's aside starts (``Ferraro, he writes from the ship, has ...``): its left edge, or,
    when the parser hung words before the aside's comma on the cue (the reported clause's subject
    read as the cue's adverbial), the start of the cue's own subject after that comma."""
    doc = verb.doc
    left = verb.left_edge.i
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    if subject is None or subject.left_edge.i <= left + 1:
        return left
    start = subject.left_edge.i
    return start if doc[start - 1].text == "," else left


def _writers_opening(clause: Any) -> bool:
    """Whether a clause before the cue opens as the writer's phrase does, not as a reported
    sentence ("The budget would collapse, an official said after ..."): with a participle
    ("Writing for ...", "Speaking at ..."), a subordinator ("While he admitted ..."), a
    preposition ("On Tuesday's call, ...") or as an aside after a comma ("..., you will recall,")."""
    doc = clause.doc
    first = doc[clause.left_edge.i]
    if first.i > 0 and doc[first.i - 1].text == ",":
        return True
    return (
        first.tag_ in {"VBG", "VBN"}
        or first.pos_ == "ADP"
        or (first.dep_ == "mark" and first.lower_ not in _COMPLEMENTIZERS)
    )


# the prepositions that date the writer's clause by what the named speaker said
_BEFORE_OR_AFTER = frozenset({"after", "before", "since", "until", "following"})


def _apposed_name(verb: Any) -> tuple[Any, Any] | None:
    """A name set off by commas right before the cue, beside the object of a preposition
    ("The walkout began two days after the county auditor, Ruth Okafor, said ..."): the name's last
    word and that noun, or None. The name is an apposition to the noun: the one who speaks."""
    doc = verb.doc
    comma = verb.i - 1
    if comma < 0 or doc[comma].text != ",":
        return None
    first = comma
    while first > 0 and doc[first - 1].pos_ == "PROPN":
        first -= 1
    noun = doc[first - 2] if first >= 3 else None
    if first == comma or noun is None or doc[first - 1].text != "," or noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return None  # (after a proper noun, a name set off by commas is a place's: "in Lintwell, Wexmoor,")
    if noun.head.lower_ not in _BEFORE_OR_AFTER:
        return None  # ("handed over by his aide, NAME, said": who hands a letter over is not who speaks)
    return doc[comma - 1], noun


def _speaker_in_apposition(verb: Any, subject: Any, ccomps: list[Any]) -> Any | None:
    """The cue's speaker when it is a name in apposition (:func:`_apposed_name`) to a noun inside
    a complement the parser hung on the cue before it (the name's last word), else None: that
    clause is the writer's ("The walkout began two days after ..."), and the complement after the
    cue is what was said."""
    apposed = _apposed_name(verb)
    if apposed is None:
        return None
    name, noun = apposed
    if subject is not None and not noun.i < subject.i <= name.i:
        return None  # the cue's subject stands elsewhere: the name is not who speaks
    # (a clause of its own, with its subject: "handed over by his aide, NAME, said" is no
    # writer's clause but a participle on the cue's subject, and the name only hands it over)
    writers = any(
        c.i < verb.i and c.left_edge.i <= noun.i <= c.right_edge.i and any(g.dep_ in _SUBJECTS for g in c.children)
        for c in ccomps
    )
    return name if writers else None


def _clause_before_colon(verb: Any, colon: Any) -> bool:
    """Whether a verb the cue governs stands between the cue and a colon after it ("continue to
    ignore the reality that a campaign is run by people they refuse to define: X"): what the
    colon opens goes on with that verb's clause, not with the cue ("told reporters on Monday: X",
    "responded the same way that we must respond now: X" have none)."""
    return any(c.dep_ in {"xcomp", "ccomp"} and verb.i < c.i < colon.i for c in verb.children)


def _colon_before(verb: Any, clause: Any) -> bool:
    """Whether a colon ends a clause the parser hung on the cue before it, and the cue has an
    object of its own ("We have been here before: Lind declared war on the league"): the
    writer's clause, which the one after the colon explains, not what the cue reports."""
    if clause.i > verb.i or not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return False
    return any(t.text == ":" for t in verb.doc[clause.right_edge.i : verb.i])


# marks that end a clause before a second one the parser hung on the same cue
_CLAUSE_BREAKS = frozenset({";", ":", "-", "--", "\u2013", "\u2014"})


def _named_clause(verb: Any, clause: Any) -> bool:
    """Whether ``clause``, a complement after the cue, is a name the parser read as a verb: a
    capitalised word inside the sentence with no subject, right after a word ("told the broadcaster
    CKRV Radio North that C": "CKRV" as a clause; not an imperative after a colon or a mark)."""
    doc = clause.doc
    return (
        clause.dep_ == "ccomp"
        and clause.i > verb.i + 1
        and clause.text[:1].isupper()
        and doc[clause.i - 1].is_alpha
        and not any(g.dep_ in _SUBJECTS for g in clause.children)
    )


def _without_named_clauses(verb: Any, children: list[Any]) -> list[Any]:
    """The cue's dependents with a name read as a clause (:func:`_named_clause`) left out when a
    that-clause follows it, on the cue or on the name itself, which then stands in its place."""
    out: list[Any] = []
    for c in children:
        if not _named_clause(verb, c):
            out.append(c)
            continue
        own = [g for g in c.children if g.dep_ == "ccomp" and g.i > c.i and _opens_with_mark_that(g)]
        later = any(o.dep_ == "ccomp" and o.i > c.i and _opens_with_mark_that(o) for o in children)
        if own:
            out.extend(own)
        elif not later:
            out.append(c)
    return out


def _content_clause(verb: Any) -> tuple[list[Any], str] | None:
    children = [c for c in verb.children if not (c.dep_ in {"ccomp", "advcl"} and _writers_relative(verb, c))]
    # "said earlier that C", "said a day earlier that C": the parser hung the that-clause on the
    # adverb after the cue
    children += [
        g
        for c in verb.children
        if c.dep_ == "advmod" and c.i > verb.i and c.lower_ not in _THAT_CONJUNCTIONS
        for g in c.children
        if g.dep_ == "ccomp" and g.i > c.i and _opens_with_mark_that(g)
    ]
    children = _without_named_clauses(verb, children)
    # "she had told reporters she had 68; by Tuesday she said she had 74", "The target was bold:
    # Okonkwo said the firm expects ...": with a complement on each side of the cue (the parser
    # joined two clauses across a semicolon or a colon), the one after it
    # The same when the one before is set off by a comma from the cue's own subject ("Writing for
    # a panel that agreed she won, Tessa Lorne noted that ...", "While he admitted money was a
    # reason, Arlo Fenwick noted several problems left him ..."): the writer's phrase, the parser's
    # second complement
    ccomps = [c for c in children if c.dep_ == "ccomp"]
    subject = next((c for c in children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    # (the mark may close the first clause's own subtree: "The coverage was merciless: The Courier
    # said ...", "X was a planner - a former aide said she ... -"; a dash sets it off as a colon does)
    if any(c.i > verb.i for c in ccomps) and (
        any(
            t.text in (_CLAUSE_BREAKS | {","} if subject is not None and _writers_opening(c) else _CLAUSE_BREAKS)
            for c in ccomps
            if c.i < verb.i
            for t in verb.doc[c.right_edge.i : subject.left_edge.i if subject is not None else verb.i]
        )
        or _speaker_in_apposition(verb, subject, ccomps) is not None
    ):
        children = [c for c in children if not (c.dep_ == "ccomp" and c.i < verb.i)]
    for child in children:
        if child.dep_ == "ccomp" and not _adverbial_before(verb, child) and not _colon_before(verb, child):
            tokens = _clause(child)
            lost = _lost_subject(verb, child)
            if lost is not None:
                tokens = _span_tokens([t for t in verb.doc[lost.left_edge.i : child.i]] + tokens)
            tokens = _with_contrasted_conjunct(verb, _without_cue_aside(verb, tokens))
            if len(tokens) >= _MIN_CONTENT_TOKENS:
                return tokens, "clause"
    misparsed = _misparsed_clause(verb)
    if misparsed is not None and len(misparsed) >= 3:
        return misparsed, "clause"
    adverbial = _clause_read_as_adverbial(verb)
    if adverbial is not None:
        return adverbial, "clause"
    # "X said: ..." where the parser did not make the part after the colon a complement
    colon = next((c for c in children if c.text == ":" and c.i > verb.i), None)
    if colon is not None and not _clause_before_colon(verb, colon):
        sent_end = verb.sent.end if verb.doc.has_annotation("SENT_START") else len(verb.doc)
        tokens = _span_tokens([t for t in verb.doc[colon.i + 1 : sent_end]])
        if len(tokens) >= _MIN_CONTENT_TOKENS:
            return tokens, "clause"
    # "C, X said." parsed with the cue as a dependent of C's verb; not "C, after X complained
    # about ...", the writer's subordinate clause
    if (
        verb.dep_ in {"parataxis", "ccomp", "advcl", "conj"}
        and verb.head.i < verb.i
        and any(c.dep_ in _SUBJECTS for c in children)
        and not any(c.dep_ == "mark" and c.lower_ != "as" and c.i < verb.i for c in children)
    ):
        left = verb.left_edge.i
        if verb.doc[left].text == "," and left < verb.i:
            left += 1  # the parser hung the comma before the cue on the cue
        before = verb.doc[left - 1] if left > 0 else None
        final = verb.right_edge.i >= verb.head.right_edge.i - 1 or _trailing_adverbial(verb)
        # the speaker phrase is short; what follows the cue is the writer's ("said as she left")
        short = verb.i - left <= 10 and not any(c.dep_ in {"ccomp", "conj"} and c.i > verb.i for c in children)
        relative = verb.doc[left].lower_ in _WRITERS_RELATIVES  # "..., where the ministry had asked"
        if (
            before is not None
            and before.text in {",", '"', "”", "’", "—", "–"}
            and final
            and short
            and not relative
            and not _as_with_own_object(verb, children)
        ):
            tokens = _span_tokens([t for t in verb.head.subtree if t.i < left])
            if len(tokens) >= _MIN_CONTENT_TOKENS and not _reporting_frame(verb, tokens):
                return tokens, "clause"
    # "The nostalgia, he noted, may be ...": the cue set off by commas inside the reported clause
    if verb.dep_ in {"parataxis", "advcl", "ccomp"} and any(c.dep_ in _SUBJECTS for c in children):
        left, right = _aside_left(verb), verb.right_edge.i
        doc = verb.doc
        # the parser may hang the commas around the cue on the cue itself
        left += doc[left].text == "," and left < verb.i
        right -= doc[right].text == "," and right > verb.i
        before = doc[left - 1] if left > 0 else None
        after = doc[right + 1] if right + 1 < len(doc) else None
        if before is not None and after is not None and before.text == "," and after.text == ",":
            opened = [t for t in verb.head.subtree if t.i < left - 1]
            if right + 2 < len(doc) and doc[right + 2].lower_ in _WRITERS_RELATIVES and _has_verb(opened):
                # "C, she says, which is why ...": the relative is the writer's note on C
                tokens = _span_tokens(opened)
                if len(tokens) >= 3:
                    return tokens, "clause"
            # "C, X said, and the city insists ...": the clause after the cue is the writer's
            # (not when the reported clause's verb comes after the cue, "What is needed, she said,
            # is a way to check ..., and whether ...": the conjunct goes on with it)
            writers = [
                c
                for c in verb.head.children
                if c.dep_ == "conj"
                and c.i > right
                and verb.head.i < verb.i
                and any(g.dep_ in _SUBJECTS for g in c.children)
                and not any(g.dep_ == "mark" for g in c.children)
            ]
            if writers:
                tokens = _span_tokens([t for t in verb.head.subtree if t.i < left - 1])
                if len(tokens) >= 3:
                    return tokens, "clause"
            tokens = _span_tokens([t for t in verb.head.subtree if not left - 1 <= t.i <= right + 1])
            tokens = _after_reported_semicolon(tokens, left)
            if len(tokens) >= 3 and (tokens[0].i < left < tokens[-1].i or _only_a_conjunction_before(verb, left)):
                return tokens, "clause"
    # "stated in an interview with a newspaper that C": a that-clause the parser hung on a noun
    on_noun = _that_clause_on_noun(verb)
    return (on_noun, "clause") if on_noun is not None else None


def _after_reported_semicolon(tokens: list[Any], left: int) -> list[Any]:
    """The clause a cue set off by commas sits in, when the parser hung a report before a
    semicolon on the same verb (``X said the ship had not been inspected; its survey, he said, was
    due``): that report has its own cue, and the aside's content starts after the semicolon."""
    from onrecord.extract.lexicon import load_lexicon

    breaks = [t.i for t in tokens if t.text == ";" and t.i < left]
    if not breaks:
        return tokens
    cut = breaks[-1]
    lexicon = load_lexicon()
    reported = any(
        t.pos_ == "VERB" and any(c.dep_ in _SUBJECTS for c in t.children) and bool(lexicon.cues(t.text))
        for t in tokens
        if t.i < cut
    )
    return _span_tokens([t for t in tokens if t.i > cut]) if reported else tokens


# "that" as the subject of its own clause ("earnings that failed"): a relative pronoun, not the
# complementizer of a content clause, which has a subject of its own (as the object it may be
# either: the parser reads "a briefing that the board had asked for" into "stated at a briefing
# that the board had asked for a copy")
_RELATIVE_ROLES = frozenset({"nsubj", "nsubjpass"})


def _that_clause_on_noun(verb: Any) -> list[Any] | None:
    """A clause opened by ``that`` that the parse hangs on a noun below the cue (its object, or
    the object of a preposition on it): ``stated in an interview with a newspaper that C``,
    ``expressed concern that C``, ``made the case to delegates that C``."""
    for token in verb.subtree:
        if token.i <= verb.i or token.dep_ not in {"relcl", "acl"}:
            continue
        first = token.left_edge
        if (
            first.dep_ in _RELATIVE_ROLES
            and first.head.i == token.i
            and not any(c.dep_ in _RELATIVE_ROLES and c.i != first.i for c in token.children)
        ):
            continue  # "reported earnings that failed to meet forecasts": a relative pronoun, no report
        if _held_by_another(token.head) and not _addressee(verb, token.head):
            continue  # "Commenting on remarks by Barroso that C": C is the remarks' holder's
        if _answers_anothers_claim(verb, token.head):
            continue  # "commenting on reports that C", "denied claims that C": C is the reports'
        if first.lower_ == "that" and first.i > verb.i and token.head.dep_ in {"pobj", "dobj"}:
            path = token.head
            ok = True
            while path.i != verb.i:
                if path.dep_ not in {"pobj", "prep", "dobj", "npadvmod"}:
                    ok = False
                    break
                path = path.head
            if ok:
                tokens = _clause(token)
                if _addressee(verb, token.head):
                    tokens = _with_reported_conjunct(verb, tokens)
                if len(tokens) >= _MIN_CONTENT_TOKENS:
                    return tokens
    return None


def _addressee(verb: Any, noun: Any) -> bool:
    """Whether ``noun`` is whom a cue that takes an addressee told (``told the club's website that
    C``, ``assured the union's members that C``): its object, with no ``by`` phrase; a possessor
    there owns the addressee, not the words."""
    from onrecord.extract.lexicon import load_lexicon

    if noun.head.i != verb.i or noun.dep_ not in {"dobj", "dative"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return False
    return any({"clause", "to"} <= c.frames for c in load_lexicon().cues(verb.text))


def _with_reported_conjunct(verb: Any, tokens: list[Any]) -> list[Any]:
    """``told the club's website that there had been contact and he had done nothing wrong``: the
    parser hung the second reported clause on the cue; a conjunct right after the content, whose
    subject follows its ``and`` and whose verb is in the reported tense (past perfect, or a modal),
    goes on with the content."""
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= tokens[-1].i:
            continue
        cc = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
        subject = next((c for c in conj.children if c.dep_ in _SUBJECTS and c.i < conj.i), None)
        reported = any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "had") for c in conj.children)
        if (
            cc is not None
            and cc.lower_ == "and"
            and subject is not None
            and subject.left_edge.i == cc.i + 1
            and reported
        ):
            return _span_tokens([*tokens, *doc[cc.i : conj.right_edge.i + 1]])
    return tokens


# A subject with no noun of its own that counts off the content's noun ("most were mild, but
# several had ..."): it can only be read back into the reported clause
_COUNTING_SUBJECTS = frozenset(
    {"several", "some", "most", "many", "few", "none", "others", "all", "both", "one", "two", "three", "half"}
)


# Words by which the writer reports a later or other-sourced fact (``..., but three have since
# withdrawn``, ``..., but two were in intensive care, according to records``)
_WRITERS_MARKERS = frozenset({"since", "later", "afterwards", "afterward", "subsequently", "according"})


def counts_off(token: Any) -> bool:
    """Whether ``token`` is a subject with no noun of its own that counts off a noun said before
    (``several``, ``most``, ``none`` in ``..., but several had ...``) in a clause that reads as
    reported: shifted back into the past like the report, and with no word by which the writer
    adds a later fact or another source (``..., but three have since withdrawn``, ``..., but two
    were in intensive care, according to records``)."""
    if not (token.dep_ in _SUBJECTS and token.lower_ in _COUNTING_SUBJECTS and token.n_lefts + token.n_rights == 0):
        return False
    verb = token.head
    if any(t.lower_ in _WRITERS_MARKERS for t in verb.subtree):
        return False
    finite = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i] or [verb]
    return finite[0].tag_ in {"VBD", "MD"}


def _with_contrasted_conjunct(verb: Any, tokens: list[Any]) -> list[Any]:
    """``said the repairs were sound but the paint was not``: the parser hung the clause after
    "but" on the cue, though it is the second half of what was said. A conjunct of the cue right
    after the content, opened by "but" and its own subject, goes on with the content when no comma
    sets it off, or when its subject only counts off the content's noun (``most patients were
    treated on site, but several had ...``); never when the conjunct is a speech verb of its own
    (``..., but critics said ...``) or when the comma comes before a subject of its own, which may
    as well be the writer's (``said the plan was sound, but the council rejected it``)."""
    from onrecord.extract.lexicon import load_lexicon

    if not tokens:
        return tokens
    doc = verb.doc
    at = tokens[-1].i + 1
    comma = at < len(doc) and doc[at].text == ","
    cc = doc[at + comma] if at + comma < len(doc) else None
    if cc is None or cc.lower_ != "but":
        return tokens
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= cc.i or load_lexicon().cues(conj.text):
            continue
        subject = next((c for c in conj.children if c.dep_ in _SUBJECTS and c.i < conj.i), None)
        if subject is None or subject.left_edge.i != cc.i + 1:
            continue
        if comma and not counts_off(subject):
            continue
        return _span_tokens([*tokens, *doc[at : conj.right_edge.i + 1]])
    return tokens


# nouns for what others put about, whose that-clause is theirs ("reports that C")
OTHERS_CLAIMS = frozenset(
    "reports report claims claim allegations allegation rumours rumors rumour rumor suggestions "
    "suggestion speculation accusations accusation charges assertions assertion".split()
)
# verbs of answering or rejecting what others put about, every form (no lemmatizer runs)
ANSWERING = re.compile(
    r"(?i)(?:comment|respond|react|reject|dismiss|refut|rebut)\w*|den(?:y|ies|ied|ying)"
)


def _answers_anothers_claim(verb: Any, noun: Any) -> bool:
    """Whether cue ``verb`` answers or rejects a claim ``noun`` holds ("commenting on reports that
    C", "denied claims that C"): C is what the reports say, not the speaker's words."""
    return noun.lower_ in OTHERS_CLAIMS and ANSWERING.fullmatch(verb.text) is not None


def _held_by_another(noun: Any) -> bool:
    """Whether a noun names whose words it holds: a possessor who can speak or a ``by`` phrase
    ("his claim", "remarks by the president"; not "this week's recall")."""
    kb = knowledge()
    return any(
        (c.dep_ == "poss" and (c.pos_ in {"PROPN", "PRON"} or kb.role(c.text) is not None or kb.is_org_word(c.text)))
        or (c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i)
        for c in noun.children
    )


def _only_a_conjunction_before(verb: Any, left: int) -> bool:
    """``But, she added, he would not ...``: the reported clause opens with a conjunction the
    writer set before the cue's aside; nothing else of it stands before the aside."""
    before = [t for t in verb.head.subtree if t.i < left - 1]
    return bool(before) and all(t.is_punct or t.dep_ == "cc" for t in before)


# the forms of the verbs that take the one told as their object
_TELLING = re.compile(r"(?i)tell|tells|told|telling|(?:re)?assur(?:e|es|ed|ing)|inform\w*|remind\w*|warn\w*")


def _lost_subject(verb: Any, clause: Any) -> Any | None:
    """``said Article 4, which ..., was compatible``: a complement clause with no subject whose
    subject the parser hung on the cue (a noun between the cue and the clause)."""
    if any(c.dep_ in _SUBJECTS or c.dep_ == "expl" for c in clause.children) or clause.pos_ not in {"VERB", "AUX"}:
        return None
    if clause.tag_ in {"VB", "VBG", "TO"}:
        return None  # "told them to wait", "said, adding": no subject expected
    nouns = [
        c
        for c in verb.children
        if verb.i < c.i < clause.i and c.dep_ in {"npadvmod", "dobj", "attr", "nsubj"} and c.pos_ in {"NOUN", "PROPN"}
    ]
    if not nouns:
        return None
    if nouns[0].dep_ == "dobj" and _TELLING.fullmatch(verb.text):
        # "told a full meeting of the council the settlement was not enough": the one told is the
        # object; the clause's subject is the noun the parser set in apposition inside it
        apposed = [t for t in nouns[0].subtree if t.dep_ == "appos" and t.i > nouns[0].i and t.i < clause.i]
        if apposed and verb.doc[apposed[0].i - 1].text != ",":
            return apposed[0]
    return nouns[0]



# what a verb after "as" says or does when the words are its own: "warned of protests",
# "continue to make"; not an object, which may be the hearer ("as she told reporters") or the
# words themselves ("as he put it")
_OWN_OBJECTS = frozenset({"xcomp", "ccomp"})
_OWN_TOPICS = frozenset({"of", "about", "against", "over"})


def _as_with_own_object(verb: Any, children: list[Any]) -> bool:
    """``C, as the growers' union warned of protests``: a clause opened by "as" whose verb has a
    complement or a topic of its own after it is the writer's scene beside the report,
    not its cue (``C, as the minister warned``, ``C, as she told reporters on Monday`` are)."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in children):
        return False
    return any(
        c.i > verb.i and (c.dep_ in _OWN_OBJECTS or (c.dep_ == "prep" and c.lower_ in _OWN_TOPICS))
        for c in children
    )


def _trailing_adverbial(verb: Any) -> bool:
    """``C, X said, a day after ...``: what follows the cue is the writer's adverbial on it."""
    doc = verb.doc
    end = verb.right_edge.i
    if doc[end].text != "," and (end + 1 >= len(doc) or doc[end + 1].text != ","):
        return False
    later = [c for c in verb.head.children if c.i > verb.right_edge.i and c.dep_ != "punct"]
    return bool(later) and all(c.dep_ in {"advcl", "npadvmod", "prep", "advmod"} for c in later)


def _infinitive(token: Any) -> bool:
    """A to-infinitive: "to apologize"."""
    return token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _calls_someone_to(verb: Any) -> bool:
    """ "called the senator's daughter, Meghan, to apologize", "called the families to offer
    support": a call made to someone for a purpose, not words called ("called on X to", "called
    it 'a farce'" are)."""
    children = list(verb.children)
    if any(c.lower_ in {"on", "upon", "for"} and c.dep_ in {"prt", "prep"} for c in children):
        return False
    someone = any(c.dep_ in {"dobj", "oprd", "dative"} and c.i > verb.i for c in children)
    return someone and any(c.dep_ in {"advcl", "xcomp"} and _infinitive(c) for c in children)


def _content_to(verb: Any) -> list[Any] | None:
    for child in verb.children:
        if child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            tokens = _span_tokens(list(child.subtree))
            if len(tokens) >= _MIN_CONTENT_TOKENS:
                return tokens
    return None


_OBJECT_WORDS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM", "PART"})
_MAX_OBJECT_TOKENS = 8


def _quoted_after_object(verb: Any) -> list[Any] | None:
    """``has called the accord "paper, not progress"``: a noun phrase right after the cue, then a
    quotation that closes the clause, however the parser hung the quoted words (a small parser
    reads a quoted "X, not Y" as a clause of its own or as an apposition)."""
    doc = verb.doc
    j = verb.i + 1
    while j < len(doc) and j - verb.i <= _MAX_OBJECT_TOKENS and doc[j].pos_ in _OBJECT_WORDS:
        j += 1
    if j == verb.i + 1 or j >= len(doc) or doc[j].text not in _OPENING:
        return None
    close = next((t.i for t in doc[j + 1 :] if t.text in _CLOSING or t.text in _OPENING), None)
    if close is None or doc[close].text not in _CLOSING or close - j < 2:
        return None
    rest = [t for t in doc[close + 1 :] if not t.is_space]
    if rest and not rest[0].is_punct:
        return None  # the quotation goes on into the writer's sentence: a name, not a characterisation
    return _span_tokens(list(doc[verb.i + 1 : close + 1]))


def _content_object(verb: Any, frames: frozenset[str]) -> tuple[list[Any], str] | None:
    children = list(verb.children)
    dobj = next((c for c in children if c.dep_ in {"dobj", "dative"} and c.i > verb.i), None)
    # (an infinitive is the call's purpose, not what it called someone: "called his daughter to apologize")
    oprd = next(
        (c for c in children if c.dep_ in {"oprd", "xcomp", "acomp"} and c.i > verb.i and not _infinitive(c)), None
    )
    as_prep = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if "as" in frames and oprd is None and dobj is not None:
        # 'called the decision "reckless"' parsed with the quoted word as a modifier after its noun
        oprd = next(
            (
                c
                for c in dobj.children
                if c.i > dobj.i and c.dep_ in {"amod", "compound", "appos"} and verb.doc[c.i - 1].text in _OPENING
            ),
            None,
        )
    if "as" in frames and oprd is None and as_prep is None:
        quoted = _quoted_after_object(verb)
        # (a cue the parse gives no subject leaves the quotation bare, to the speaker around it)
        if quoted is not None and subject_of(verb) is not None:
            return quoted, "as"
    if "as" in frames and (oprd is not None or as_prep is not None):
        target: Any = oprd if oprd is not None else as_prep
        start = dobj if dobj is not None and dobj.i < target.i else target
        if start is target and _naming(target):
            return None
        tokens = _span_tokens([t for t in verb.subtree if start.left_edge.i <= t.i <= target.right_edge.i])
        if tokens:
            return tokens, "as"
    if "of" in frames:
        prep = next((c for c in children if c.dep_ == "prep" and c.lower_ in {"of", "about", "against"}), None)
        if prep is not None:
            tokens = _span_tokens([t for t in prep.subtree if t.i != prep.i])
            if dobj is not None:
                tokens = _span_tokens(list(dobj.subtree) + list(prep.subtree))
            if len(tokens) >= 1:
                return tokens, "object"
    if dobj is not None and _answers_anothers_claim(verb, dobj):
        return None  # "denied reports that C, saying ...": the reports are no words of hers
    if "object" in frames and dobj is not None and dobj.pos_ != "PRON" and not _naming(dobj):
        tokens = _span_tokens(list(dobj.subtree))
        if tokens:
            # "The federation today announced a two-year pay deal for its members": an object on
            # record, a statement (not "announced the pick")
            on_record = "record" in frames and sum(not t.is_punct for t in tokens) >= _MIN_RECORD_WORDS
            return tokens, "record" if on_record else "object"
    return None


_MIN_RECORD_WORDS = 3


_NAME_TAGS = {"PROPN", "NUM", "PUNCT", "PART", "DET"}


def _naming(target: Any) -> bool:
    """``a program called EB-5``, ``what he called Machado's``, ``a store called Oz``: the verb
    names something and says nothing when what it gives is only a name or a number."""
    return all(t.pos_ in _NAME_TAGS for t in target.subtree)


SELF_OUTLET = "\x00this outlet"  # "told this newspaper": the article's own outlet, named at attribution

_SELF_WORDS = {"us", "this newspaper", "this paper", "this publication", "this station", "this website", "this site"}
_CHANNEL_NOUNS = {
    "interview", "interviews", "conversation", "op-ed", "article", "column", "post", "posts", "video", "videos",
    "message", "statement", "clip", "tweet", "broadcast", "podcast", "letter", "comment", "comments", "remarks",
    "appearance", "update", "livestream", "thread", "story", "report",
}  # fmt: skip


# a network's station named after it ("the Kestrel News affiliate WKTB", "BRN member station
# Radio Alder"): the station is the channel, the network only says whose it is
_AFFILIATE = re.compile(
    r"^(?:the\s+)?\S.*?\s+(?:affiliate|affiliated\s+station|member\s+station|sister\s+(?:station|paper|publication))"
    r"\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,3})$"
)


# what a station's name looks like: call letters ("WKTB", "KXTR-TV", "CFRB") or a name with a
# broadcaster's word ("Radio Alder", "Channel 9", "Ostvik Public Media"); not a day ("told NBC
# affiliate Wednesday") nor a body a federation counts among its members ("affiliate Unity Care")
_CALL_LETTERS = re.compile(r"^[KWCX][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|CD|LD))?$")
_STATION_WORDS = frozenset(
    {"radio", "tv", "television", "channel", "fm", "am", "news", "media", "broadcasting", "public", "station"}
)


def _station(name: str) -> bool:
    """Whether the words after "affiliate" or "member station" name a broadcaster."""
    words = name.split()
    if len(words) == 1:
        return _CALL_LETTERS.match(words[0]) is not None
    return any(w.casefold().strip(".") in _STATION_WORDS for w in words)


def _with_station_after(tokens: list[Any]) -> str:
    """The phrase and the capitalised words right after it, when it ends in "affiliate" or
    "station" (the parser may leave the station's call letters out of it: "told NBC affiliate |
    KXTR on Monday")."""
    if not tokens or tokens[-1].lower_ not in {"affiliate", "station", "paper", "publication"}:
        return ""
    doc, after = tokens[-1].doc, []
    for t in tokens[-1].doc[tokens[-1].i + 1 : tokens[-1].i + 5]:
        if not t.text[:1].isupper():
            break
        after.append(t)
    if not after:
        return ""
    return " ".join([*(t.text for t in tokens), doc.text[after[0].idx : after[-1].idx + len(after[-1].text)]])


def _relay(tokens: list[Any]) -> tuple[str | None, list[Any] | None]:
    """Return the channel a noun phrase names: an outlet (known, a medium's noun, or a name
    with a masthead word: ``the Saltvik Courier``, ``Radio Karsk``), a platform (``Telegram``),
    or the article's own outlet (``this newspaper``: :data:`SELF_OUTLET`)."""
    from onrecord.extract.mentions import noun_phrase

    kb = knowledge()
    heads = [t for t in tokens if t.head.i == t.i or t.head.i not in {u.i for u in tokens}]
    if heads:
        tokens = noun_phrase(heads[0])
    text = " ".join(t.text for t in tokens)
    if text.casefold() in _SELF_WORDS:
        return SELF_OUTLET, tokens
    station = _AFFILIATE.match(text) or _AFFILIATE.match(_with_station_after(tokens))
    if station is not None and _station(station.group("name")):  # "told Kestrel News affiliate WKTB"
        return station.group("name"), tokens
    found = kb.find_outlet(text)
    if found is not None:
        return found[1], tokens
    platform = kb.platform(text)
    if platform is not None:
        return platform, tokens
    named = [t for t in tokens if t.text[:1].isupper() and t.lower_ != "the"]
    while len(named) > 1 and kb.is_title(named[0].text):
        named = named[1:]  # "Minister ...": a title before the name; "Seaboard Press" keeps its "Press"
    if named:
        name = named[0].doc.text[named[0].idx : named[-1].idx + len(named[-1].text)]
        if kb.is_masthead(name):
            return name, tokens
    proper = [t for t in named if t.pos_ == "PROPN"]
    # "the newspaper Izvestia"; not media in general, named by no name of theirs ("Tarnland media reports")
    if proper and kb.is_media_phrase(text) and not any(t.text in {"media", "press"} for t in tokens):
        return " ".join(t.text for t in proper), tokens
    return None, None


def _channel_in(noun: Any) -> tuple[str | None, list[Any] | None]:
    """The channel a noun like "interview", "post" or "video" names: ``a LinkedIn post``, ``an
    interview with Radio Karsk``, ``a video posted on Telegram``, ``a Tass interview``."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"with", "to", "for", "in", "on"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    via, tokens = _relay(list(obj.subtree))
                    if via:
                        return via, tokens
        if child.dep_ in {"acl", "relcl"}:  # "a video posted on Telegram"
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in {"on", "to"}:
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            via, tokens = _relay(list(obj.subtree))
                            if via:
                                return via, tokens
    before = [t for t in noun.subtree if t.i < noun.i and t.dep_ in {"compound", "amod", "nmod", "poss"}]
    if before:
        return _relay(before)
    return None, None


def _relay_of(verb: Any, lemma: str) -> tuple[str | None, list[Any] | None]:
    """``told Izvestia``, ``told this newspaper``, ``in an interview with X``, ``wrote on X``,
    ``in a LinkedIn post``, ``said in a video posted on Telegram``."""
    for child in verb.children:
        if lemma == "tell" and child.dep_ in {"dobj", "dative"}:
            via, tokens = _relay(list(child.subtree))
            if via:
                return via, tokens
        if child.dep_ == "prep" and child.lower_ in {"in", "to", "with", "on", "via", "during"}:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.lower_ in _CHANNEL_NOUNS:
                    via, tokens = _channel_in(pobj)
                    if via:
                        return via, tokens
                elif child.lower_ in {"on", "via"}:  # "wrote on X", "said on Telegram"
                    via, tokens = _relay(list(pobj.subtree))
                    if via and knowledge().is_platform(via):
                        return via, tokens
                elif child.lower_ in {"to", "with"} and lemma in {"say", "speak", "talk", "explain", "confirm"}:
                    via, tokens = _relay(list(pobj.subtree))
                    if via:
                        return via, tokens
    return None, None


def _cue_tokens(verb: Any, cue: Cue) -> list[Any]:
    tokens = [verb]
    for child in verb.children:
        if cue.particle and child.dep_ in {"prt", "prep", "dobj"} and child.lower_ == cue.particle:
            tokens.append(child)
        elif cue.lemma == "tell" and child.dep_ in {"dobj", "dative"} and child.lower_ in _AUDIENCE:
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


_QUOTING = {"quote", "cite"}
_SAYING = {"saying", "telling", "stating", "writing"}
# the perfect form: "quoted X as having said that C", "as having told councillors that C"
_HAVING_SAID = {"said", "told", "stated", "written", "wrote"}


def _is_perfect_saying(token: Any) -> bool:
    """``said`` in ``as having said``: a past participle of saying under the auxiliary ``having``."""
    return token.lower_ in _HAVING_SAID and any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children)


def _as_saying(verb: Any) -> Any | None:
    """The verb of saying in ``quoted X as saying`` / ``as having said`` under quoting verb ``verb``.

    The parser hangs it under a preposition ``as`` or, for the perfect form, as an adverbial
    clause marked by ``as``; None when neither holds.
    """
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for saying in child.children:
                if saying.lower_ in _SAYING or _is_perfect_saying(saying):
                    return saying
        if (
            child.dep_ == "advcl"
            and _is_perfect_saying(child)
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children)
        ):
            return child
    return None


def _quoting(verb: Any) -> tuple[Any | None, Any | None] | None:
    """For ``Tass quoted Peskov as saying``: (speaker token, relay token); None if not that frame.

    Also ``Peskov was quoted by Tass as saying`` and ``Peskov was quoted as saying``.
    """
    if verb.lower_.rstrip("sd") not in {"quote", "quot", "cite", "cit"} and verb.lower_ not in {
        "quoted",
        "quotes",
        "quoting",
        "cited",
        "cites",
        "citing",
    }:
        return None
    if _as_saying(verb) is None:
        return None
    speaker = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    relay = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if relay is None:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        relay = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return speaker, relay


def _saying_content(verb: Any) -> list[Any] | None:
    """The content clause of ``quoted X as saying C`` / ``as having said C``; None if none."""
    saying = _as_saying(verb)
    found = _content_clause(saying) if saying is not None else None
    return found[0] if found else None


def read_speaker(verb: Any, cue: Cue) -> Frame:
    """Read who speaks through cue token ``verb``, the relay, and the cue's own words.

    Used on its own for a cue that frames a direct quote the parser did not attach to it.
    """
    lemma = cue.lemma.split()[0]
    speaker = None
    via = None
    via_tokens = None
    cue_tokens = _cue_tokens(verb, cue)
    quoting = _quoting(verb)
    if quoting is not None:
        speaker, relay = quoting
        saying = _as_saying(verb) or verb
        cue_tokens = [t for t in verb.doc[verb.i : saying.i + 1]]
        if relay is not None:
            via_tokens = list(relay.subtree)
            via = _relay(via_tokens)[0] or " ".join(t.text for t in via_tokens if t.pos_ == "PROPN") or None
    else:
        speaker = subject_of(verb)
        if speaker is not None and speaker.dep_ == "nsubjpass":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            speaker = pobj
        via, via_tokens = _relay_of(verb, lemma)
    return Frame(cue_tokens, [], speaker, via, via_tokens)


def _under_quoting(verb: Any) -> bool:
    """``saying`` in ``quoted X as saying``: the quoting verb is the cue, not this one."""
    head = verb.head
    if head.lower_ == "as":
        return _quoting(head.head) is not None and head.head.i != verb.i
    # "quoted X as having said C" parsed with "said" as the quoting verb's adverbial clause
    return verb.dep_ == "advcl" and _is_perfect_saying(verb) and _quoting(head) is not None


def is_cue_use(verb: Any, cue: Cue) -> bool:
    """Whether a token that can be a cue is used as one here (a verb, with its particle)."""
    if verb.pos_ not in {"VERB", "AUX"} and not (verb.pos_ == "NOUN" and verb.dep_ == "ROOT"):
        return False
    if _under_quoting(verb):
        return False
    if cue.lemma == "ask" and verb.tag_ == "VBN" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        return False  # "Asked whether ..., she said": the question put to her, not her words
    if verb.lower_ in _MOSTLY_NOUNS and not _participle_with_that(verb):
        return False  # "the ruling", "a ruling on": a noun; "..., ruling that C": the cue
    if cue.cls == "belief" and "to" not in cue.frames and _bare_passive(verb):
        return False  # "is widely seen as", "is well known": a belief held by nobody named
    if cue.lemma == "add" and _adds_to_a_thing(verb):
        return False  # "The announcement adds to the 2,500 jobs ...": it augments, says nothing
    if not cue.particle:
        # "rules out talks", "called off the strike": another verb than the cue, unless the lexicon
        # lists it
        return not any(c.dep_ == "prt" and c.lower_ in _OTHER_VERB_PARTICLES for c in verb.children)
    return any(c.lower_ == cue.particle for c in verb.children)


_HAVE = frozenset({"have", "has", "had", "having", "'ve", "'d"})


def _bare_passive(verb: Any) -> bool:
    """``was seen as``, ``a deal known as``: a past participle with no perfect ``have`` (a passive
    or a participle modifying a noun), which names no one who holds the view. The raising passive
    of the ``to`` frame (``is expected to win``) is left alone: the lexicon's ``to`` cues read it."""
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ in _HAVE for c in verb.children)


def _adds_to_a_thing(verb: Any) -> bool:
    """``adds to the jobs created``: "add to" with a thing as its object, right after the verb."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == verb.i + 1), None)
    if prep is None:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and knowledge().role(obj.text) is None


_OTHER_VERB_PARTICLES = frozenset({"out", "off", "down"})
# cue forms that are mostly nouns in news copy ("the ruling"): a cue only as a participle with a
# that-clause ("annulled the permit, ruling that the ministry had failed to consult ...")
_MOSTLY_NOUNS = frozenset({"ruling"})


def _with_that_clause(verb: Any) -> bool:
    """Whether ``verb`` has a complement clause that opens with the complementizer ``that``."""
    return any(c.dep_ == "ccomp" and opens_with_that(c) for c in verb.children)


def _participle_with_that(verb: Any) -> bool:
    """Whether ``verb`` is a present participle whose complement clause opens with ``that``."""
    return verb.tag_ == "VBG" and _with_that_clause(verb)


def _particle_clause(verb: Any, cue: Cue) -> tuple[list[Any], str] | None:
    """``made it clear that C``: the clause hangs on the cue's adjective particle, not on its verb
    (the parse reads ``it clear`` as the verb's complement and ``C`` as the adjective's)."""
    if not cue.particle:
        return None
    particle = next((c for c in verb.children if c.lower_ == cue.particle and c.pos_ == "ADJ"), None)
    if particle is None:
        return None
    head = next(
        (c for c in particle.children if c.i > particle.i and c.dep_ in {"ccomp", "advcl", "csubj"}),
        None,
    )
    if head is None:
        return None
    tokens = _clause(head)
    return (tokens, "clause") if len(tokens) >= _MIN_CONTENT_TOKENS else None


def _addressed_subject(verb: Any) -> bool:
    """``The workers were told to leave``, ``without being told to smile``: a passive cue (its
    subject, if any, the one addressed) that names no agent; its to-infinitive is an instruction
    from no one the sentence names."""
    children = list(verb.children)
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children)
    return passive and not any(c.dep_ == "agent" for c in children)


# frames that read a clause only where it opens with "that" ("held that", "made the case that")
_THAT_FRAMES = frozenset({"that", "object-that"})


def read_cue(verb: Any, cue: Cue) -> Frame | None:
    """Read the content, speaker and relay that cue token ``verb`` introduces.

    Returns:
        The frame, or None when the token is not used as a cue here (no content found).
    """
    if not is_cue_use(verb, cue) or (cue.lemma == "call" and _calls_someone_to(verb)):
        return None
    content: list[Any] | None = None
    frame = "clause"
    if "clause" in cue.frames or (cue.frames & _THAT_FRAMES and _with_that_clause(verb)):
        found = _particle_clause(verb, cue) or _content_clause(verb)
        if found:
            content, frame = found
    if content is None and "object-that" in cue.frames:
        content = _that_clause_on_noun(verb)  # "expressed concern that C"
    if content is None and _quoting(verb) is not None:
        content = _saying_content(verb)
    if content is None and "to" in cue.frames and not _addressed_subject(verb):
        content = _content_to(verb)
        frame = "to"
    answered = any(c.dep_ == "dobj" and _answers_anothers_claim(verb, c) for c in verb.children)
    if content is None and "clause" in cue.frames and cue.cls == "speech" and not answered:
        # "told the panel he would not re-bid" parsed with no complement: the word order's clause
        # (not "denied reports that C": the reports' words)
        content = clause_by_word_order(verb, cue.lemma in ADDRESSING_CUES)
        frame = "clause"
    if content is None and (cue.frames & {"object", "of", "as"}):
        found = _content_object(verb, cue.frames)
        if found:
            content, frame = found
    if content is None:
        return None
    result = read_speaker(verb, cue)
    if result.speaker is not None and any(t.i == result.speaker.i for t in content):
        return None  # the "speaker" is inside what was said: a misparse
    if any(t.i == verb.i for t in content):
        return None
    result.content = content
    result.frame = frame
    return result


# What "according to" names when it tells how something is done, not who says it.
_NORMS = frozenset(
    {
        "law", "laws", "rules", "regulations", "plan", "plans", "schedule", "tradition", "custom", "customs",
        "protocol", "procedure", "procedures", "constitution", "script", "statute", "guidelines", "timetable",
        "norms", "precedent", "legend", "design", "expectations", "merit", "need", "needs",
    }
)  # fmt: skip


def _closes_reported_clause(token: Any, head: Any) -> bool:
    """Whether "according to X", set off by a comma, closes the clause ``head`` that a speech
    cue with a subject of its own reports ("The company said it would close the plant, according
    to its website")."""
    from onrecord.extract.lexicon import load_lexicon

    if head.dep_ != "ccomp" or token.i < head.i or token.i == 0 or token.doc[token.i - 1].text != ",":
        return False
    if token.right_edge.i < max(t.i for t in head.subtree if not t.is_punct):
        return False
    if any(t.pos_ == "PROPN" for t in token.subtree):
        return False  # "according to its head, Irina Volkova": a named source may be the speaker
    cue = head.head
    if cue.pos_ != "VERB" or not any(c.dep_ in _SUBJECTS for c in cue.children):
        return False
    return any(c.cls == "speech" and c.particle is None for c in load_lexicon().cues(cue.text))


def _a_cue_with_subject(token: Any, cues: list[Any]) -> bool:
    """Whether ``token`` is a verb of speech with a subject of its own ("as the Courier reported"),
    not a participle that only looks like one ("shot and killed by police")."""
    if token.pos_ != "VERB" or not any(c.cls == "speech" and c.particle is None for c in cues):
        return False
    return any(c.dep_ in _SUBJECTS for c in token.children)


def _first_conjunct(token: Any) -> Any:
    """The verb whose clause "according to" (``token``) tells the source of: the one it hangs on,
    or, when it closes a coordination of clauses after a comma, the first of them. "Rents rose by
    a third, and two mills closed, according to the county": the county is the source of both
    (the parser hangs the source on the last verb only), unless a cue with its own subject stands
    after the first (the source then tells who said one of the clauses, or relays that cue)."""
    from onrecord.extract.lexicon import load_lexicon

    head = token.head
    if token.i < head.i or token.i == 0 or token.doc[token.i - 1].text != ",":
        return head
    while head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"} and head.head.i < head.i:
        first = head.head
        # the clauses after the first one, up to the verb "according to" hangs on
        after_first = token.doc[first.i + 1 : head.i + 1]
        if any(_a_cue_with_subject(t, load_lexicon().cues(t.text)) for t in after_first):
            # "A, as the Courier reported, and B, according to X": X is the source of B; "A,
            # and B, she told him, according to X": X relays what she told him
            break
        head = first
    return head


def read_according_to(token: Any) -> Frame | None:
    """``according to X, C`` / ``C, according to X``: X is the source of C."""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    head = _first_conjunct(token)
    if source is None or head.i == token.i or source.lower_ in _NORMS:
        return None  # "they act according to law": a rule followed, not a source
    if head.dep_ != "ROOT" and not any(c.dep_ in _SUBJECTS for c in head.children):
        return None  # "not ready to act according to the whims of the unions": how, not who says
    if _closes_reported_clause(token, head):
        # "X said C, according to its website": the parser hangs the source on C's verb; it
        # relays X's words, as when it hangs on "said"
        head = head.head
    skip = {t.i for t in token.subtree} | _source_aside(token, head)
    content = _span_tokens([t for t in head.subtree if t.i not in skip])
    if head.dep_ == "ccomp":
        content = _without_leading_day(content)  # the same words as the cue's own clause reads
    if len(content) < _MIN_CONTENT_TOKENS:
        return None
    frame = Frame([token, to], content, source, frame="according")
    # "According to Tass, Peskov said ...": the outlet relays what the cue's speaker said
    inner = _subject_after_source(head) if head.pos_ == "VERB" else None
    if inner is not None:
        source_tokens = [t for t in source.subtree if t.i < inner.left_edge.i - 1]  # the source without the name
    else:
        source_tokens = list(source.subtree)
    if head.pos_ in {"VERB", "AUX"} and (inner is not None or any(c.dep_ in _SUBJECTS for c in head.children)):
        from onrecord.extract.lexicon import load_lexicon

        # (a phrasal cue with its particle: "the man shot one of the cruisers" is no "shot back")
        particles = {c.lower_ for c in head.children if c.dep_ in {"prt", "advmod", "prep"}}
        cues = [c for c in load_lexicon().cues(head.text) if c.particle is None or c.particle in particles]
        speech = [c for c in cues if c.cls == "speech" and (c.frames != {"that"} or _with_that_clause(head))]
        subject = inner or next((c for c in head.children if c.dep_ in _SUBJECTS), None)
        if speech and (_reports_words(head, speech) or _may_speak(subject)):
            frame.relay_only = True
            frame.via = _relay(source_tokens)[0] or _named_source(source_tokens)
    return frame


_QUOTATION_MARKS = frozenset('"“”‘’«»„')
# what a reported clause or its like hangs on a speech verb by
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def _reports_words(verb: Any, cues: list[Cue]) -> bool:
    """Whether the speech verb ``verb`` that an opening "according to X" hangs on reports words of
    its own, which X only relays ("According to Tass, Peskov said the talks had failed"): it reads
    a clause, a to-infinitive or the like (:func:`read_cue`), or a quotation follows it. A verb
    with an object alone reports none ("According to the audit, the school asked for new books",
    "According to the survey, few tenants ever claim the deposit back"): X's account is then the
    whole clause."""
    if any(t.dep_ in _CLAUSE_DEPS or (t.tag_ == "TO" and t.dep_ == "aux") for t in verb.subtree if t.i > verb.i):
        return True  # a clause or a to-infinitive, however the parse hangs it
    for cue in cues:
        frame = read_cue(verb, cue)
        if frame is not None and frame.frame != "object":
            return True
    return any(t.text[:1] in _QUOTATION_MARKS for t in verb.doc[verb.i + 1 :])


_PERSONAL_PRONOUNS = frozenset({"he", "she"})


def _may_speak(subject: Any | None) -> bool:
    """Whether the subject of a speech verb under an opening "according to X" is one who makes
    speech acts of their own: a person or a named body ("Edda Lind", "the treasurer, Lena Vick",
    "the mayor", "she", "the Harlow Rowing Club"). Their "confirmed the closure" is then a report
    X relays, even with an object alone; an unnamed group's or thing's ("the academy asked for
    money", "few tenants claim the deposit back") is X's own account."""
    if subject is None:
        return False
    if subject.pos_ == "PROPN" or subject.lower_ in _PERSONAL_PRONOUNS:
        return True
    if subject.pos_ == "NOUN" and knowledge().role(subject.text) is not None:
        return True  # "the mayor"
    return _named_role(subject)  # "the former treasurer Lena Vick"


def _source_aside(token: Any, head: Any) -> set[int]:
    """The token indices of a participle set off by commas right after an opening "according to
    X" that tells of the source, not of what it says: "According to its annual report, published
    on Wednesday, the fund lost money" (the parser hangs "published" on the reported verb)."""
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if subject is None or not token.i < subject.i:
        return set()
    end = max(t.i for t in token.subtree)
    doc = token.doc
    for child in head.children:
        if child.dep_ not in {"advcl", "acl"} or child.tag_ != "VBN" or child.i != end + 2 or doc[end + 1].text != ",":
            continue
        aside = {t.i for t in child.subtree}
        after = max(aside) + 1
        if after < subject.left_edge.i and doc[after].text == ",":
            return aside
    return set()


def _named_source(tokens: list[Any]) -> str | None:
    """The proper nouns of an "according to" source ("According to Tass", "according to the news
    site Pixelgram", "according to an email made public by Sen. Ana Ruiz"), unless they only
    modify the common noun that heads it ("According to Tarnland media reports", "according to
    the Brenmoor harbour master's office": media in general, a body)."""
    ids = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i == t.i or t.head.i not in ids]
    proper = [t for t in tokens if t.pos_ == "PROPN"]
    if heads and heads[0].pos_ != "PROPN" and all(t.i < heads[0].i for t in proper):
        return None
    return " ".join(t.text for t in proper) or None


def read_own_account(token: Any) -> Frame | None:
    """``by his own account, C`` / ``C, by her account``: the possessor is the source of C, as
    with ``according to`` (not ``by all accounts``, nor an account with no possessor)."""
    if token.lower_ != "account" or token.dep_ != "pobj":
        return None
    by = token.head
    source = next((c for c in token.children if c.dep_ == "poss"), None)
    if by.lower_ != "by" or source is None:
        return None
    head = by.head
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if head.pos_ not in {"VERB", "AUX"} or subject is None:
        return None
    skip = {t.i for t in by.subtree}
    # a fronted account ("even though, by its own account on Monday, counts were due"): the
    # reported clause opens at its subject
    first = subject.left_edge.i if by.i < subject.i else head.left_edge.i
    content = _span_tokens([t for t in head.subtree if t.i not in skip and t.i >= first])
    if len(content) < _MIN_CONTENT_TOKENS or any(t.dep_ == "mark" and first <= t.i < by.i for t in head.subtree):
        return None  # the parse hung an account inside a subordinate clause on the main verb
    return Frame(list(by.subtree), content, source, frame="according")


_SPEAKER_PHRASE_POS = {"PROPN", "NOUN", "ADJ", "DET", "PRON", "PART", "NUM", "PUNCT", "CCONJ", "ADP"}
_MAX_SPEAKER_TOKENS = 9
_MAX_DESCRIPTION_TOKENS = 16  # a person's description after their name ("the company's vice president of ...")
_PHRASE_STOPS = frozenset({'"', "“", "”", "(", ")", ":", ";"})  # marks no speaker phrase holds
_PERFECT = frozenset({"has", "have", "had"})


def _phrase_start(doc: Any, end: int, limit: int = _MAX_SPEAKER_TOKENS) -> int | None:
    """The comma that opens a short verbless speaker phrase ending right before ``end``, or None
    when a word that cannot stand in a speaker's name or title comes first (a participle that
    modifies a noun, "manufacturing operations", may stand in a longer description)."""
    i = end - 1
    while i >= 0 and doc[i].text != "," and end - i <= limit:
        if _bracketed_acronym(doc, i):
            i -= 3  # "the Federation of Track Athletics (FTA)": the body's short name in brackets
            continue
        modifier = limit > _MAX_SPEAKER_TOKENS and doc[i].dep_ in {"amod", "compound"}
        modifier = modifier or doc[i].lower_ in NAME_PARTICLES  # "de" of "Ana de la Cruz", tagged foreign
        if (doc[i].pos_ not in _SPEAKER_PHRASE_POS and not modifier) or doc[i].text in _PHRASE_STOPS:
            return None
        i -= 1
    return i if i >= 0 and doc[i].text == "," else None


def _bracketed_acronym(doc: Any, close: int) -> bool:
    """Whether the token at ``close`` closes a bracket around one word in capitals ("(IFTA)")."""
    return (
        close >= 2
        and doc[close].text == ")"
        and doc[close - 2].text == "("
        and doc[close - 1].text.isupper()
        and doc[close - 1].text.isalpha()
    )


def _described_name(doc: Any, end: int) -> tuple[int, list[Any]] | None:
    """``C, Pedro Campa, the company's vice president of manufacturing operations in Mexico, told
    Reuters``: before the cue a name set off by commas, then a description longer than a title.
    Returns the comma that ends the content and the speaker phrase's tokens, or None."""
    comma = end - 1
    if comma < 0 or doc[comma].text != ",":
        return None
    start = _phrase_start(doc, comma, limit=_MAX_DESCRIPTION_TOKENS)
    if start is None or start == comma - 1 or not _description(list(doc[start + 1 : comma])):
        return None
    before = _phrase_start(doc, start)
    if before is None:
        before = _phrase_after_quote(doc, start)  # '"C," Ana de la Cruz, president of ..., told'
    if before is None or before >= start - 1:
        return None
    name = list(doc[before + 1 : start])
    if not name or not all(
        (t.pos_ == "PROPN" and t.text[:1].isupper()) or (0 < k < len(name) - 1 and t.lower_ in NAME_PARTICLES)
        for k, t in enumerate(name)
    ):
        return None  # "Ana de la Cruz": a surname's particles inside the name
    return before, list(doc[before + 1 : comma])


def _phrase_after_quote(doc: Any, end: int) -> int | None:
    """The closing quotation mark (after a comma) that opens a short speaker phrase ending right
    before ``end`` (``"C," Carlos Kirjner, ...``), or None."""
    i = end - 1
    while (
        i > 0
        and (doc[i].pos_ in _SPEAKER_PHRASE_POS or doc[i].lower_ in NAME_PARTICLES)
        and doc[i].text not in _CLOSING
        and end - i <= _MAX_SPEAKER_TOKENS
    ):
        i -= 1
    return i if i > 0 and doc[i].text in _CLOSING and doc[i - 1].text == "," and i < end - 1 else None


def _appositive_chain(doc: Any, comma: int) -> tuple[int, list[Any]] | None:
    """``C, the Minister of Trade, Aisha Bello, said``: the cue right after a comma; before that
    comma a name set off by commas, and before the name, optionally, its office (a phrase holding a
    role word, set off by commas too), or after it, its description ("Carlos Kirjner, an analyst
    with a bank,"). Returns the comma that ends the content and the speaker phrase's tokens; None
    unless the name is a capitalised name."""
    start = _phrase_start(doc, comma)
    if start is None or start == comma - 1:
        return None
    name = list(doc[start + 1 : comma])
    if not any(t.pos_ == "PROPN" for t in name) or not name[-1].text[:1].isupper():
        return None
    office = _phrase_start(doc, start)
    if office is None:
        office = _phrase_after_quote(doc, start)  # '"C," Carlos Kirjner, an analyst ...'
    if office is not None and office < start - 1:
        words = list(doc[office + 1 : start])
        if _holds_role(words):
            return office, name
        if words[-1].pos_ == "PROPN" and words[-1].text[:1].isupper() and _description(name):
            # "C, Carlos Kirjner, an analyst with Sanford Bernstein, asked": the name, then what he is
            return office, list(doc[office + 1 : comma])
    return start, name


def _description(words: list[Any]) -> bool:
    """Whether a phrase describes someone: a common noun, opened by an article or the noun
    itself ("an analyst with X", "chief economist at Y")."""
    if not any(t.pos_ == "NOUN" for t in words):
        return False
    return words[0].lower_ in {"a", "an", "the"} or words[0].pos_ in {"NOUN", "ADJ"}


def _holds_role(words: list[Any]) -> bool:
    """Whether a phrase holds a word of office ("the Minister of Trade", "the union's president")."""
    return any(knowledge().role(t.text) is not None for t in words if t.pos_ in {"NOUN", "PROPN"})


_WRITERS_TAIL = {"as", "when", "after", "before", "while", "following", "amid", "despite", "ahead", "hours", "days"}


def _writers_tail(doc: Any, start: int) -> bool:
    """Whether the words from ``start`` (after the comma that follows the cue) are the writer's:
    a participle (``blaming ...``), a time (``a day after ...``) or a conjunction of time."""
    if start >= len(doc):
        return True
    first = doc[start]
    if first.tag_ == "VBG" or first.lower_ in _WRITERS_TAIL:
        return True
    window = [t.lower_ for t in doc[start : start + 4]]
    return any(w in {"after", "before", "since", "later", "earlier", "ago"} for w in window[1:])


def without_trailing_office(frame: Frame) -> Frame:
    """``C, Minister of Information, Mr. Lai Mohammed, has said``: the parser hangs the speaker's
    office, set off by commas right before the speaker, on the content as an apposition. The
    office is the speaker's, not the report's: the content ends at the comma before it."""
    content, speaker = frame.content, frame.speaker
    if speaker is None or not content or content[-1].i >= speaker.i:
        return frame
    doc = speaker.doc
    if not all(t.is_punct for t in doc[content[-1].i + 1 : speaker.left_edge.i]):
        return frame
    commas = [k for k, t in enumerate(content) if t.text == ","]
    if not commas:
        return frame
    segment = content[commas[-1] + 1 :]
    inside = {t.i for t in segment}
    tops = [t for t in segment if t.head.i not in inside]
    if (
        not segment
        or len(segment) > _MAX_SPEAKER_TOKENS
        or len(tops) != 1
        or tops[0].dep_ == "conj"  # "we met the mayor, the minister, Smith said": a list's last item
        or any(t.pos_ not in _SPEAKER_PHRASE_POS or t.pos_ == "CCONJ" for t in segment)
        or not any(knowledge().role(t.text) is not None for t in segment if t.pos_ in {"NOUN", "PROPN"})
    ):
        return frame
    rest = _span_tokens(content[: commas[-1]])
    if len(rest) >= _MIN_CONTENT_TOKENS:
        frame.content = rest
        words = [t for t in segment if not t.is_punct]
        while words and words[0].pos_ == "DET":
            words = words[1:]
        frame.office = doc[words[0].i : words[-1].i + 1].text if words else None
    return frame


def read_trailing_cue(verb: Any, cue: Cue, spanning: bool = False) -> Frame | None:
    """``C, chief executive Henrik Molander said on Monday[, blaming ...].`` read by the order of
    the words, whatever the parser made of it: wire copy's commonest frame, and the one a small
    parser most often hangs on the wrong verb.

    The speaker phrase between the comma and the cue is short and has no verb; what follows the
    cue is the writer's (a day, a place, a participle after a comma). With ``spanning`` (the
    parse read a report on both sides of the cue), what follows the comma after the cue must
    be the writer's too.
    """
    doc = verb.doc
    perfect = verb.i > 0 and doc[verb.i - 1].lower_ in _PERFECT and verb.tag_ == "VBN"
    participle = _past_taken_for_participle(verb)
    if "clause" not in cue.frames or (verb.tag_ not in {"VBD", "VBZ"} and not perfect and not participle):
        return None
    if not cue.particle and any(c.dep_ == "prt" and c.lower_ in _OTHER_VERB_PARTICLES for c in verb.children):
        return None  # "..., minister rules out talks": another verb
    cue_start = verb.i - 1 if perfect else verb.i  # "C, the harbour master has said"
    i = _phrase_start(doc, cue_start)
    if i is None:
        return None
    if i == cue_start - 1:
        # "C, the Minister of Trade, Aisha Bello, has said": a name and its office, each set off by
        # commas; or a name and a longer description
        chain = _appositive_chain(doc, i) or _described_name(doc, cue_start)
        if chain is None:
            return None
        i, phrase = chain
    else:
        phrase = list(doc[i + 1 : cue_start])
    if not any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in phrase):
        return None
    inside = {t.i for t in phrase}
    heads = [t for t in phrase if t.head.i not in inside and t.pos_ in {"PROPN", "NOUN", "PRON"}]
    if not heads:
        return None
    if doc[i + 1].dep_ == "mark" and doc[i + 1].lower_ != "as":
        return None  # "C, after a mother complained": the writer's subordinate clause
    if doc[i + 1].tag_ in {"WP", "WDT", "WP$"}:
        return None  # "C, to opposition leader X, who had commented on it": a relative clause on the last noun
    if _relative_on_phrase(verb, inside):
        return None  # "C, not the 45 he had promised": what she promised is the phrase's noun
    if phrase[0].pos_ == "CCONJ" or any(t.dep_ == "mark" for t in phrase):
        return None  # "C, but before city officials had weighed in": the writer's clause
    if "object" not in cue.frames and any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return None  # "C, Mr X maintained his plea": the cue's object is what it maintained
    # after the cue: nothing, or a short adjunct, then the end or a comma; a programme's title
    # in marks counts as one word, a possessive's ending as none ('said Thursday on Fox News's
    # "Morning Desk."')
    j = verb.i + 1
    words = 0
    while j < len(doc) and doc[j].text not in {",", ".", "!", "?", ";"} and words < _MAX_TAIL_WORDS:
        title_end = _quoted_title_end(doc, j)
        if title_end is not None:
            j, words = title_end, words + 1
            continue
        if doc[j].pos_ in {"VERB", "AUX"} or doc[j].text in {'"', "“", "”"}:
            return None
        words += doc[j].tag_ != "POS"  # a possessive's ending is no word of its own
        j += 1
    if j < len(doc) and doc[j].text not in {",", ".", "!", "?", ";"}:
        return None
    if participle and j < len(doc) and doc[j].text in {",", ";"}:
        return None  # "C, Kirjner, asked about it, said": the participle describes; the cue follows
    if spanning and j < len(doc) and doc[j].text == "," and not _writers_tail(doc, j + 1):
        return None  # "C, she said, and D": the report goes on after the cue
    content = _span_tokens(list(doc[0:i]))
    if len(content) < 3 or not _finite(content) or _reporting_frame(verb, content):
        return None
    frame = read_speaker(verb, cue)
    frame.speaker = heads[0]
    frame.content = content
    return frame


def _relative_on_phrase(verb: Any, inside: set[int]) -> bool:
    """Whether the cue is a relative clause with a subject of its own on a noun of the phrase
    before it (``..., not the 45 he had promised``, ``..., a third of the time she had promised``): the
    noun is what was promised or cited, and the words before the comma are no report of the cue."""
    return (
        verb.dep_ == "relcl"
        and verb.head.i in inside
        and any(c.dep_ in _SUBJECTS and verb.head.i < c.i < verb.i for c in verb.children)
    )


_MARKS = frozenset({'"', "“", "”", "‘", "’", "«", "»"})

# the words an adjunct after a trailing cue may hold ("said late on Monday in Lisbon")
_MAX_TAIL_WORDS = 6
# the lower-case words of a title: articles, conjunctions, prepositions ("Late Hour with X")
_TITLE_SMALL_WORDS = TITLE_SMALL_WORDS | {"&"}


def _quoted_title_end(doc: Any, i: int) -> int | None:
    """The index after a title in quotation marks opening at ``i`` (a programme, a paper: every
    word capitalised, a figure or a small word such as a preposition, "60 Minutes", "Late Hour
    with X"; a full stop allowed before the closing mark), else None."""
    if doc[i].text not in {'"', "“"}:
        return None
    k = i + 1
    while k < len(doc) and k - i <= 8 and doc[k].text not in {'"', "”"}:
        t = doc[k]
        title_word = t.text[:1].isupper() or t.text[:1].isdigit() or t.lower_ in _TITLE_SMALL_WORDS
        if not (title_word or t.text in {".", "!", "?"}):
            return None
        k += 1
    if k >= len(doc) or doc[k].text not in {'"', "”"} or k == i + 1:
        return None
    return k + 1 if doc[k - 1].text not in {".", "!", "?"} else k - 1


# the words that open a content clause; any other subordinator opens the writer's adverbial clause
_COMPLEMENTIZERS = frozenset({"that", "whether", "if"})


def _adverbial_before(verb: Any, clause: Any) -> bool:
    """``Hours after the mayor questioned the delay, the board said C``: a clause before the cue
    opened by a subordinator other than a complementizer is the writer's time or reason, which
    the parser may hang on the cue as its complement; it is not what was said."""
    return clause.i < verb.i and any(
        c.dep_ == "mark" and c.lower_ not in _COMPLEMENTIZERS and c.i < clause.i for c in clause.children
    )


def _finite(tokens: list[Any]) -> bool:
    """Whether ``tokens`` hold a finite verb (or open with an imperative), as a reported clause
    does; a fronted participle phrase (``Asked about the vote, he said``, ``Taking to social
    media, she wrote:``) does not."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
            return True
        if t.tag_ == "VBN" and (
            any(c.dep_ in _SUBJECTS for c in t.children) or (t.dep_ == "acl" and t.head.i in inside and t.head.i < t.i)
        ):
            return True  # a past tense the tagger read as a participle, after its subject ("The wall held")
        if t.tag_ == "VB" and t.head.i not in inside and t.i == tokens[0].i:
            return True  # "Go home, he said"
    return False


def _reporting_frame(verb: Any, content: list[Any]) -> bool:
    """``Mr Ede said during his talks, he warned them ...``: the words before the comma are a
    report whose only complement is the cue's own clause, set off by a comma and told of the same
    speaker by a pronoun; they frame it and are not what was said (not ``The state has reported
    a turnout of 70 per cent, the officer said``, whose object the parser made the cue's subject)."""
    from onrecord.extract.lexicon import load_lexicon

    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or not any(t.i == head.i for t in content):
        return False
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i != verb.i for c in head.children):
        return False
    doc, opens = verb.doc, verb.left_edge.i  # the parser may hang the comma on the cue
    if doc[opens].text != "," and (opens == 0 or doc[opens - 1].text != ","):
        return False  # the cue's clause runs on from the report's verb: the parse joined them
    if any(t.text in _MARKS for t in doc[head.i : verb.i]):
        return False  # '"... His email says otherwise," she told reporters': a quotation's words
    if not any(c.dep_ in _SUBJECTS and c.tag_ == "PRP" for c in verb.children):
        return False  # "The plant adds to the jobs, Pia Brandt told the paper": a new speaker, not the frame's
    return any(c.dep_ in _SUBJECTS for c in head.children) and bool(load_lexicon().cues(head.text))


def _past_taken_for_participle(verb: Any) -> bool:
    """``C, Carlos Kirjner, an analyst with a bank, asked during the call.``: after a name and its
    appositive, each set off by commas, the parser may read the past tense as a participle hanging
    on the name; with no auxiliary and no agent of its own it is the cue's past tense."""
    doc = verb.doc
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and not any(c.dep_ in {"aux", "auxpass", "agent", "nsubj", "nsubjpass"} for c in verb.children)
    )


def read_as_said(verb: Any, cue: Cue | None = None) -> Frame | None:
    """``As the Premier put it on Monday, the levee had 'held'`` / ``As Smith said, the plan is
    dead``: a clause opened by "as" with a speech cue (or "put it") that hangs on the sentence's
    main clause; the main clause is the content, the cue's subject the speaker."""
    if verb.dep_ != "advcl" or verb.head.i <= verb.i:
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or not all(t.is_punct or t.dep_ == "cc" for t in verb.doc[: mark.i]):
        return None  # the sentence opens with it; not "..., even as he says ..."
    if cue is None:  # "put it", "phrased it"
        if verb.lower_ not in {"put", "phrased"} or not any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
        ):
            return None
    elif cue.cls != "speech" or "clause" not in cue.frames or cue.particle:
        return None
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.lower_ in {"it", "this", "that", "i", "we", "you"}:
        return None
    inner = {t.i for t in verb.subtree}
    content = _span_tokens([t for t in verb.head.subtree if t.i not in inner])
    if len(content) < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in content):
        return None
    cue_tokens = [
        t for t in verb.subtree if t.dep_ == "mark" or t.i == verb.i or (t.head.i == verb.i and t.lower_ == "it")
    ]
    return Frame(sorted(cue_tokens, key=lambda t: t.i), content, speaker, frame="clause")
