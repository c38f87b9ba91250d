"""The body a spokesperson's mention names in capitals before the voice word.

"A Pellworth Rail spokesperson said", "a KRB spokesman said": the parse may read such a
subject as an anonymous voice (its role "KRB spokesman") rather than as the body "KRB" speaking
through its voice, and then nobody is found for it. The words before the voice word, written
in capitals, name the body whose words they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from onrecord.attribute.knowledge import knowledge
from onrecord.extract.mentions import Mention

__all__ = ["voiced_body"]

# "A|An|The <Capitalised words> spokesman|spokeswoman|spokesperson|representative"
_VOICE_OF_NAMED = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<body>[A-ZÀ-Þ][\w’'&-]*(?:\s+[A-ZÀ-Þ][\w’'&-]*){0,4})\s+"
    r"(?P<voice>spokes(?:man|woman|person)|representative)"
)


def voiced_body(mention: Mention) -> Mention:
    """The mention as the body it names speaking through its voice, else unchanged.

    Args:
        mention: a speaker mention.

    Returns:
        For an ``anonymous`` mention written "a <Body> spokesperson" whose body words are all
        capitalised (no person's given name, title or country among them): an ``organisation``
        mention named by those words, with the voice in its role (as the parse gives "A KRB
        spokesman" when it reads the body); else ``mention`` itself.
    """
    if mention.kind != "anonymous":
        return mention
    m = _VOICE_OF_NAMED.fullmatch(" ".join(mention.text.split()))
    if m is None:
        return mention
    body = m.group("body")
    kb = knowledge()
    if kb.starts_with_given_name(body) or kb.is_title(body.split()[0]) or kb.is_country(body):
        return mention  # "a Nadia spokesperson"? a person's, a title's or a country's: no body read here
    return replace(mention, kind="organisation", name=body, role=f"{body} {m.group('voice')}", gender=None)
