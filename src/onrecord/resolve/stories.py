"""Whether two articles tell the same story, by the proper names they share.

A role an article leaves unnamed ("the mayor said", "the chairman told me") is most often the
holder another article of the same story names ("Mayor Dwayne Holcomb"); articles of one story
name the same places, bodies and people ("Millbrook Junction", "Kestrel", "Okonjo-Blake"). The
names are the capitalised words of a text that no sentence or line opens with, less titles and
calendar words, which any two stories share.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from onrecord.attribute.knowledge import knowledge

__all__ = [
    "LONGER_TEXT_SHARE",
    "LONG_TEXT_CAP",
    "LONG_TEXT_NAMES",
    "LONG_TEXT_SHARE",
    "SHARED_NAMES",
    "other_story",
    "same_story",
    "story_names",
]

SHARED_NAMES = 2  # how many proper names two articles of one story share at the least
_WORD = re.compile(r"(?<![\w'’-])([A-ZÀ-ÞА-ЯЁ][\w'’-]{3,})")
_OPENS = re.compile(r"(?:^|[.!?:;\"“”«»\n]\s*|\n\s*[-*•]\s*)$")
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december today tonight yesterday tomorrow christmas easter
    this that these there their they then when what where which while with from after before about
    during said says according""".split()
)


@lru_cache(maxsize=256)
def story_names(text: str) -> frozenset[str]:
    """The proper names of a text (casefolded, possessive dropped): capitalised words of four
    letters or more inside a sentence, not titles or calendar words."""
    kb = knowledge()
    found = set()
    for m in _WORD.finditer(text):
        if _OPENS.search(text, max(0, m.start() - 3), m.start()):
            continue
        word = re.sub(r"['’]s$", "", m.group(1)).casefold()
        if len(word) >= 4 and word not in _CALENDAR and not kb.is_title(word):
            found.add(word)
    return frozenset(found)


# Texts that name more than this many proper names (a long feature, a listicle, a page of
# round-ups: a news story names about 25) share two of them by chance ("Indonesia", "Henry"):
# such a pair must share a fifth of the shorter text's names (at most :data:`LONG_TEXT_CAP`: two
# long pages of one election name the same five people and parties among sixty places), and a
# twentieth of the longer's (a listicle of four hundred names holds a dozen of any news story's
# countries and cities), to tell one story.
LONG_TEXT_NAMES = 50
LONG_TEXT_SHARE = 0.2
LONG_TEXT_CAP = 5
LONGER_TEXT_SHARE = 0.05


def same_story(a: str, b: str) -> bool:
    """Whether two texts share at least :data:`SHARED_NAMES` proper names, and, when both name
    more than :data:`LONG_TEXT_NAMES`, at least :data:`LONG_TEXT_SHARE` of the shorter one's (or
    :data:`LONG_TEXT_CAP`) and :data:`LONGER_TEXT_SHARE` of the longer one's."""
    names_a, names_b = story_names(a), story_names(b)
    shared = len(names_a & names_b)
    fewer, more = sorted((len(names_a), len(names_b)))
    if fewer > LONG_TEXT_NAMES:
        needed = min(math.ceil(LONG_TEXT_SHARE * fewer), LONG_TEXT_CAP)
        return shared >= max(SHARED_NAMES, needed, math.ceil(LONGER_TEXT_SHARE * more))
    return shared >= SHARED_NAMES


def other_story(a: str, b: str) -> bool:
    """Whether two texts surely tell two stories: each names at least :data:`SHARED_NAMES`
    proper names and they share none (a text that names too few tells nothing)."""
    names_a, names_b = story_names(a), story_names(b)
    return len(names_a) >= SHARED_NAMES and len(names_b) >= SHARED_NAMES and not names_a & names_b
