"""Names read in a headline or a crosshead that are the heading's words, not anybody's name.

A heading written in title case ("Harbour Outage Sparks Surge in Ferry Complaints") capitalises
every word, so the run of capitals the name scanner reads there ("Harbour Outage Sparks Surge")
looks like a name; a definite noun later in the text ("The surge in complaints suggested ...")
then matched its last word and gave the heading's words as the speaker. A name read in such a
heading is kept only when it is shaped like a person's (it opens with a known given name or a
title) or the text writes it again outside its heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onrecord.attribute.knowledge import knowledge
from onrecord.extract.headlines import is_title_case_headline
from onrecord.extract.mentions import Mention
from onrecord.extract.sentences import paragraph_spans

__all__ = ["heading_spans", "names_outside_headings"]

# a paragraph that closes as a sentence does (a heading does not)
_CLOSED = re.compile(r"[.!?…:;][\"”’'»)\]]*$")


def heading_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text`` that are headings: one line in title case that does not close
    as a sentence does ("Harbour Outage Sparks Surge in Ferry Complaints")."""
    return [
        (s, e)
        for s, e in paragraph_spans(text)
        if "\n" not in text[s:e].strip() and not _CLOSED.search(text[s:e]) and is_title_case_headline(text[s:e])
    ]


def _person_shaped(name: str) -> bool:
    kb = knowledge()
    words = name.split()
    return bool(words) and (kb.is_given_name(words[0]) or kb.is_title(words[0]))


def names_outside_headings(names: Sequence[Mention], text: str) -> list[Mention]:
    """The name mentions without those a heading's title case made (see the module docstring).

    Args:
        names: the name mentions read in the text.
        text: the article text their offsets index.

    Returns:
        The mentions to keep, in their order.
    """
    headings = heading_spans(text)
    if not headings:
        return list(names)
    kept = []
    for m in names:
        inside = next(((s, e) for s, e in headings if s <= m.start and m.end <= e), None)
        if inside is None or m.kind != "name" or m.name is None or len(m.name.split()) < 2:
            kept.append(m)
            continue
        outside = text[: inside[0]] + "\n" + text[inside[1] :]
        if _person_shaped(m.name) or m.text in outside:
            kept.append(m)
    return kept
