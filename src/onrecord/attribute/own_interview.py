"""Words told to the article's own writer or paper ("he told me", "she told this newspaper",
"X told the Courier" in the Courier): the writer's own interview, whose day a feature seldom
gives. The day a sentence before gave the same speaker ("On Tuesday he said ...") is another
occasion's, so it is not carried on to these words."""

from __future__ import annotations

import re

from onrecord.attribute.channel_names import same_outlet

__all__ = ["told_the_writer"]

_WRITERS = r"newspaper|paper|magazine|reporter|correspondent|writer|website|site|publication|programme|station"
# the hearer right after "told": the writer, "this newspaper", or a name to check against the own outlet
_TOLD = re.compile(
    rf"\s*told\s+(?:(?P<me>me|us)\b|(?:this|our)\s+(?:{_WRITERS})\b|"
    r"the\s+(?P<name>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}))"
)
_REACH = 60  # characters after the cue's start that hold its hearer


def told_the_writer(text: str, cue_start: int, own: str | None) -> bool:
    """Whether the cue at ``cue_start`` tells its words to the article's writer or paper: "told
    me", "told this newspaper", "told the Courier" when ``own`` (the article's outlet) is the
    Courier.

    Args:
        text: the article's text.
        cue_start: where the cue ("told") starts.
        own: the article's own outlet, if known.

    Returns:
        True for words given to the writer's own interview.
    """
    m = _TOLD.match(text, cue_start, cue_start + _REACH)
    if m is None:
        return False
    name = m.group("name")
    if name is None:
        return True
    return own is not None and same_outlet(name, own)
