"""``onrecord eval polnear``: extraction scored against PolNeAR's attributions."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from onrecord.evaluate.corpora import load_polnear
from onrecord.evaluate.scoring import Attribution, Scores, score_documents
from onrecord.extract.candidates import ExtractOptions
from onrecord.extract.lexicon import load_lexicon
from onrecord.model import Quote

__all__ = ["SYSTEMS", "compare_polnear", "evaluate_polnear", "predicted_attributions"]

SYSTEMS = ("rules", "tagger", "hybrid")


_THAT_BEFORE = re.compile(r"(?<![\w'’])that\s+$", re.IGNORECASE)
# before a quotation: "said that \"We are ready.\"" (the record starts inside the marks)
_THAT_BEFORE_QUOTE = re.compile(r"(?<![\w'’])that\s+[\"“‘'`«„]+$", re.IGNORECASE)


def _with_complementizer(text: str, q: Quote) -> int:
    """Where PolNeAR's content of ``q`` starts: onrecord's reported speech leaves its leading
    "that" out (a record holds the statement's words), PolNeAR's contents hold it (98.7% of
    PolNeAR train's, and the corpus guidelines, data/attributions/GUIDELINES.md); the "that"
    right before the content and after its cue is taken back in, and so is the one before the
    opening marks of a quotation or a mixed quote (``said that "We are ready."``)."""
    found = _THAT_BEFORE.search(text, max(0, q.start - 12), q.start) if q.kind != "direct" else None
    if found is None and q.kind in ("direct", "mixed"):
        found = _THAT_BEFORE_QUOTE.search(text, max(0, q.start - 14), q.start)
    if found is None or (q.cue is not None and q.cue.end > found.start()):
        return q.start
    return found.start()


_VERB_THEN_OBJECT = re.compile(r"(\S+)\s+(?=\S)")
_OPENING_MARKS = " \t\"“‘'`«„‚‹"
_PARTICLE = re.compile(r"(?:for|on|upon|off|out|in|up)\b", re.IGNORECASE)


def _characterised(text: str, q: Quote) -> int | None:
    """Where PolNeAR's content of a quoted characterisation starts, or None when ``q`` is none.

    ``Bush called the use of executive orders "quite dangerous."``: onrecord's record holds the
    quoted words and its cue runs from the verb over the object up to them; PolNeAR annotates such
    a mixed quote like indirect speech, its content the object with the quoted words (``the use of
    executive orders "quite dangerous."``; data/attributions/GUIDELINES.md, mixed quotes). The
    verb is one of characterising (a cue with the frame ``as`` that is no belief: call, describe,
    label, dub, ...), the first word of a cue that ends right before the quotation."""
    if q.kind not in ("direct", "mixed") or q.cue is None or q.cue.end > q.start:
        return None
    if text[q.cue.end : q.start].strip(_OPENING_MARKS):
        return None
    found = _VERB_THEN_OBJECT.match(text, q.cue.start, q.cue.end)
    if found is None:
        return None
    entries = load_lexicon().cues(found.group(1).lower())
    if not any("as" in e.frames and e.cls != "belief" for e in entries):
        return None
    if _PARTICLE.match(text, found.end()):
        return None  # "called for", "called on": a phrasal verb, its object the quoted words
    return found.end()


# "what" or "which" opening the relative clause of a naming verb, the words naming who names in
# between: "what aide Ruth Vale called", "which the mayor's office, in a letter, has called"
_RELATIVE_BEFORE = re.compile(r"(?<![\w'’])(?:what|which)\s+(?:[^.;:!?\"“”«»\n]{1,80}?\s+)?$", re.IGNORECASE)
_MAX_NAMER_WORDS = 10
_ANOTHER_RELATIVE = re.compile(r"\b(?:who|whom|whose|that|what|which)\b", re.IGNORECASE)


def _named_by_relative(text: str, q: Quote) -> int | None:
    """Where PolNeAR's content of a name given in a relative clause starts, or None.

    ``the levy, which the farmers' union called "a tax on rain"``, ``what economists call
    rent-seeking``: onrecord's record holds the name given, its cue the naming verb alone right
    before it; PolNeAR's content starts at the "what" or "which" that opens the clause, the naming
    verb and whoever names inside it (PolNeAR train: 15 of the 19 such contents). The verb is one
    of characterising, as in :func:`_characterised`."""
    if q.cue is None or q.cue.end > q.start or text[q.cue.end : q.start].strip(_OPENING_MARKS):
        return None
    verb = text[q.cue.start : q.cue.end]
    if not verb.isalpha():
        return None
    if not any("as" in e.frames and e.cls != "belief" for e in load_lexicon().cues(verb.lower())):
        return None
    found = _RELATIVE_BEFORE.search(text, max(0, q.cue.start - 100), q.cue.start)
    if found is None or len(found.group(0).split()) > _MAX_NAMER_WORDS:
        return None
    if _ANOTHER_RELATIVE.search(" ".join(found.group(0).split()[1:])):
        return None  # "What do you call a man who calls himself ...": the clause is another's
    return found.start()


_TO_INFINITIVE = re.compile(r"to\s+\w")
# whom a request or an order is put to, between its cue and the to-infinitive: "urged the board",
# "called on Gov. Ann Lee", never a clause's punctuation or a quotation
_ADDRESSEE = re.compile(r"\s+(?:(?:on|upon)\s+)?([^\s,;:!?()\"“”«»\n][^,;:!?()\"“”«»\n]*?)\s+$")
_MAX_ADDRESSEE_WORDS = 6


def _addressed(text: str, q: Quote) -> int | None:
    """Where PolNeAR's content of a request put to someone starts, or None when ``q`` is none.

    ``The mayor urged the board to act``, ``she called on Gov. Ann Lee to resign``: onrecord's
    record holds the to-infinitive, its cue the verb alone; PolNeAR's content opens at whom the
    request is put to (data/attributions/GUIDELINES.md: the content is the cue's complement, its
    object with it), after the particle of ``call on``. The cue is a verb that takes an object
    and a to-infinitive (tell, urge, call, ...)."""
    if q.kind != "indirect" or q.cue is None or q.cue.end >= q.start:
        return None
    if _TO_INFINITIVE.match(text, q.start) is None:
        return None
    verb = _VERB_THEN_OBJECT.match(text, q.cue.start, q.cue.end)
    word = verb.group(1) if verb is not None else text[q.cue.start : q.cue.end]
    if not any({"object", "to"} <= e.frames for e in load_lexicon().cues(word.lower())):
        return None  # "said Monday to expect delays": no one the words are put to
    found = _ADDRESSEE.fullmatch(text, q.cue.end, q.start)
    if found is None or len(found.group(1).split()) > _MAX_ADDRESSEE_WORDS:
        return None
    return found.start(1)


def _start(text: str, q: Quote) -> int:
    """Where PolNeAR's content of ``q`` starts (:func:`_named_by_relative`, :func:`_characterised`,
    :func:`_addressed`, :func:`_with_complementizer`)."""
    relative = _named_by_relative(text, q)
    if relative is not None:
        return relative
    addressed = _addressed(text, q)
    if addressed is not None:
        return addressed
    characterised = _characterised(text, q)
    return characterised if characterised is not None else _with_complementizer(text, q)


def _one_per_cue(attributions: list[Attribution]) -> list[Attribution]:
    """Records that share one cue, one after the other, read as one attribution from the first's
    start to the last's end: PolNeAR's unit is the attribution of one cue, its content one span
    however many statements it joins (``said A and that B``), where onrecord keeps a record per
    statement (extract/coordinated.py)."""
    out: list[Attribution] = []
    for a in sorted(attributions, key=lambda a: (a.start, a.end)):
        last = out[-1] if out else None
        if last is not None and a.cues and a.cues == last.cues and a.start >= last.end:
            out[-1] = replace(last, end=a.end)
        else:
            out.append(a)
    return out


_QUOTE_MARKS = "\"“”‘’'`«»„‚‹›"
_MARKS_AND_STOPS = _QUOTE_MARKS + " \t,.;:"
# a quotation mark; an apostrophe inside a word ("the board's") is none
_QUOTATION_MARK = re.compile(r"[\"“”«»„‹›]|(?<!\w)['‘’`‚]|['‘’`](?!\w)")
_PARTICIPLE = re.compile(r"\w+ing")
_MAX_ATTRIBUTION_WORDS = 15  # "said Ann Lee, an economist at the Farm Institute's policy centre"


def _another_cue(word: str) -> bool:
    """Whether ``word``, in the words between a record and the quotation after it, brings what
    someone said or holds of its own: a participle of speech (``she said, noting ...``) or a verb
    of belief (``said Ann Lee, who thinks the board "must act."``)."""
    entries = load_lexicon().cues(word.lower())
    return any(e.cls == "belief" for e in entries) or (_PARTICIPLE.fullmatch(word) is not None and bool(entries))


def _goes_on(text: str, before: Quote, after: Quote) -> bool:
    """Whether ``after`` is the bare quotation that goes on with ``before`` past the attribution
    between them: ``The plan did "too little," he said. "It fails the town."`` PolNeAR annotates
    the words on both sides of such an attribution as one content around its cue, as onrecord
    itself joins an interrupted quotation; onrecord keeps a reported or mixed part and the bare
    quotation after it as two records, the second with no cue of its own and the first one's
    speaker. They are one when the second has no cue, both name their speaker by the same mention,
    that mention and the first one's cue stand between them, and nothing else does: no paragraph
    break, no other quotation, no more than an attribution's words, no cue of its own
    (:func:`_another_cue`)."""
    if after.cue is not None or before.cue is None or after.kind != "direct":
        return False
    mention, other = before.speaker, after.speaker
    if mention is None or other is None or mention.mention is None or other.mention is None:
        return False
    if (mention.mention.start, mention.mention.end) != (other.mention.start, other.mention.end):
        return False
    if not before.end <= min(before.cue.start, mention.mention.start) <= after.start:
        return False
    between = text[before.end : after.start].strip(_MARKS_AND_STOPS)
    return (
        before.cue.end <= after.start
        and "\n" not in between
        and _QUOTATION_MARK.search(between) is None
        and len(between.split()) <= _MAX_ATTRIBUTION_WORDS
        and not any(_another_cue(w) for w in between.split())
    )


_SENTENCE_STOP = re.compile(r"[.!?;:()\[\]]")
_MAX_LINKING_WORDS = 12  # "... instances" where the nonprofit's donations may have "slipped ..."


def _same_mention(before: Quote, after: Quote) -> bool:
    """Whether both records name their speaker by one and the same mention."""
    mention, other = before.speaker, after.speaker
    if mention is None or other is None or mention.mention is None or other.mention is None:
        return False
    return (mention.mention.start, mention.mention.end) == (other.mention.start, other.mention.end)


def _continues(text: str, before: Quote, after: Quote) -> bool:
    """Whether ``after`` is a bare quotation that goes on with ``before`` in the same sentence,
    with no attribution between them: ``the goal was not to "mend the old town" but to "build a new
    one."``, ``called it a "mistake" made by "voices on the right."`` PolNeAR annotates the words
    under one cue as one content, the words that link the quoted pieces inside it; onrecord keeps
    the quoted piece after the link as a record of its own, with no cue and the first one's
    speaker. They are one when the second has no cue, both name their speaker by the same mention,
    neither that mention nor a cue stands between them, and what does is a few linking words of
    the same sentence: no stop, no paragraph break, no other quotation, no cue of its own
    (:func:`_another_cue`)."""
    if after.cue is not None or after.kind != "direct" or after.start < before.end or not _same_mention(before, after):
        return False
    mention = before.speaker.mention if before.speaker is not None else None
    if mention is None or before.end <= mention.start < after.start:
        return False
    if before.cue is not None and before.end <= before.cue.start < after.start:
        return False
    ending = text[before.start : before.end].rstrip(_QUOTE_MARKS + " ")[-1:]
    if ending in (".", "!", "?") or _SENTENCE_STOP.search(text, before.end, after.start) is not None:
        return False
    between = text[before.end : after.start].strip(_MARKS_AND_STOPS)
    return (
        "\n" not in between
        and _QUOTATION_MARK.search(between) is None
        and len(between.split()) <= _MAX_LINKING_WORDS
        and not any(_another_cue(w) for w in between.split())
    )


def _joined(text: str, quotes: list[Quote]) -> list[Quote]:
    """The records with each bare quotation that goes on with the record before it
    (:func:`_goes_on`, :func:`_continues`) taken into that record, which then ends where the
    quotation does."""
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        if out and (_goes_on(text, out[-1], q) or _continues(text, out[-1], q)):
            out[-1] = replace(out[-1], end=q.end)
        else:
            out.append(q)
    return out


def _nested_quotation(text: str, q: Quote, quotes: list[Quote]) -> bool:
    """Whether ``q`` is a quotation nested in another record (``"He said, 'A,' and left," she
    said``): PolNeAR gives such words no content of their own (none of 30 in train)."""
    if q.kind != "direct" or q.start == 0 or text[q.start - 1] not in "'‘":
        return False
    return any(
        o is not q and o.start <= q.start and q.end <= o.end and o.end - o.start > q.end - q.start for o in quotes
    )


def predicted_attributions(quotes: list[Quote], text: str | None = None) -> list[Attribution]:
    """Turn extracted quotes into scorable attributions (content, source mention, cue).

    Args:
        quotes: the extracted records.
        text: the article's text; when given, the records are read as PolNeAR annotates: a
            reported content starts at the "that" before it (:func:`_with_complementizer`), a
            quoted characterisation at its object (:func:`_characterised`), a bare quotation
            goes on with the record before it past the attribution between them
            (:func:`_joined`), and records that share one cue are one attribution
            (:func:`_one_per_cue`).
    """
    out = []
    if text is not None:
        quotes = [q for q in quotes if not _nested_quotation(text, q, quotes)]
    for q in _joined(text, quotes) if text is not None else quotes:
        mention = q.speaker.mention if q.speaker is not None else q.source_mention
        out.append(
            Attribution(
                _start(text, q) if text is not None else q.start,
                q.end,
                ((mention.start, mention.end),) if mention is not None else (),
                ((q.cue.start, q.cue.end),) if q.cue is not None else (),
                q.kind,
            )
        )
    return _one_per_cue(out) if text is not None else out


def evaluate_polnear(
    split: str = "dev",
    data: str | Path | None = None,
    limit: int | None = None,
    progress: Callable[[int], None] | None = None,
    options: ExtractOptions | None = None,
) -> Scores:
    """Extract quotes from every article of a PolNeAR split and score them.

    Args:
        split: ``dev`` for tuning; ``test`` only to report.
        data: the folder with the split files (default: the shared data folder).
        limit: score only the first articles.
        progress: called with the number of articles done.
        options: what extraction counts as a quote.
    """
    from onrecord.extract import extract

    def items() -> object:
        for n, doc in enumerate(load_polnear(split, data), start=1):
            if limit is not None and n > limit:
                break
            quotes = extract(doc.text, published=doc.published, article_id=doc.id, options=options)
            yield doc.text, doc.gold, predicted_attributions(quotes, doc.text)
            if progress:
                progress(n)

    return score_documents(items())  # type: ignore[arg-type]


def _tagger_alone(split: str, data: str | Path | None, limit: int | None, model: str | None) -> Scores:
    from onrecord.tagger.score import pair_spans
    from onrecord.tagger.select import SHIPPED, resolve_model

    tagger = resolve_model(model) or resolve_model(SHIPPED)
    assert tagger is not None

    def items() -> object:
        for n, doc in enumerate(load_polnear(split, data), start=1):
            if limit is not None and n > limit:
                break
            yield doc.text, doc.gold, pair_spans(doc.text, tagger.tag(doc.text))

    return score_documents(items())  # type: ignore[arg-type]


def compare_polnear(
    split: str = "dev",
    data: str | Path | None = None,
    limit: int | None = None,
    options: ExtractOptions | None = None,
) -> dict[str, dict[str, object]]:
    """Score the rules alone, the tagger alone and the hybrid on one PolNeAR split, side by side.

    Args:
        split: ``dev`` for tuning; ``test`` only to report.
        data: the folder with the split files (default: the shared data folder).
        limit: score only the first articles.
        options: the scope; its ``model`` names the tagger for the tagger and hybrid columns
            (``rules`` or unset with the rules as default: the shipped model).

    Returns:
        ``{"rules"|"tagger"|"hybrid": figures}``, each with ``articles_per_s`` (one process,
        models loaded before the clock starts) and ``model``.
    """
    from onrecord.extract.nlp import load_model
    from onrecord.tagger.select import RULES, SHIPPED, model_name, resolve_model

    options = options or ExtractOptions()
    chosen = model_name(options.model)
    tagger_name = SHIPPED if chosen == RULES else chosen
    resolve_model(tagger_name)
    load_model()
    out: dict[str, dict[str, object]] = {}
    for system in SYSTEMS:
        started = time.perf_counter()
        if system == "tagger":
            scores = _tagger_alone(split, data, limit, tagger_name)
        else:
            model = RULES if system == "rules" else tagger_name
            scores = evaluate_polnear(split, data, limit, options=replace(options, model=model))
        seconds = time.perf_counter() - started
        figures = scores.to_dict()
        figures["articles_per_s"] = round(float(figures["documents"]) / seconds, 2) if seconds > 0 else 0.0  # type: ignore[arg-type]
        figures["model"] = RULES if system == "rules" else tagger_name
        out[system] = figures
    return out
