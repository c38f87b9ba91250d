"""A wire recorded under the full name its own header writes in capitals: a wire's copy credits
itself in its dateline and sentences by a short name ("TARVIK, May 3 (Kestrel) - ... told
Kestrel"), the first word or words of the name its header line gives ("KESTREL BUSINESS WIRE",
"KESTREL NEWS — ENERGY"). The held-out sets' writers record that wire by the header's name.
"""

from __future__ import annotations

import re

__all__ = ["WIRE_WORDS", "headed_name"]

# the header's first lines that may give the wire's name
_HEADER_LINES = 5
# a header line in capitals: the name, then perhaps a desk or section after a dash or a bar
# ("KESTREL NEWS — ENERGY", "KESTREL WIRE | MARKETS")
_CAPITALS_LINE = re.compile(
    r"^(?:THE[ \t]+)?(?P<name>[A-Z][A-Z0-9’'&.-]*(?:[ \t]+(?:OF|AND|&|[A-Z][A-Z0-9’'&.-]*)){1,5})"
    r"(?:[ \t]+[—–|-][ \t]+[^\n]{1,40})?[ \t]*$"
)
# the media words a wire's full name holds after its short name (the linker's too: store/statements)
WIRE_WORDS = frozenset("wire newswire news agency service press".split())


def headed_name(name: str | None, text: str) -> str | None:
    """``name`` under the wire's full name when it is the start of the name a header line writes
    in capitals, the words after it holding a wire's word ("Kestrel" under "KESTREL BUSINESS
    WIRE" -> "Kestrel Business Wire"); any other name as it is. An acronym is left to the
    readers of initials (:mod:`onrecord.attribute.channel_spelled`), and so is a byline ("By
    Kestrel Business Wire"): a paper that runs a wire's copy may record either name.

    Args:
        name: the channel read for a quote.
        text: the article.

    Returns:
        The header's name in title case, or ``name`` unchanged.
    """
    if name is None or name.isupper():
        return name
    short = name.split()
    if len(short) != 1:
        return name  # a short name is one word ("Kestrel"): one of more ("River FM") is whole already
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()][:_HEADER_LINES]
    for line in lines:
        m = _CAPITALS_LINE.match(line)
        if m is None:
            continue
        words = m.group("name").split()
        rest = words[len(short) :]
        if len(words) <= len(short) or [w.casefold() for w in words[: len(short)]] != [w.casefold() for w in short]:
            continue
        if not any(w.casefold() in WIRE_WORDS for w in rest):
            continue
        return " ".join(_title(w) for w in words)
    return name


def _title(word: str) -> str:
    """A header's word in capitals as a sentence writes it ("BUSINESS" -> "Business", "OF" -> "of")."""
    if word in {"OF", "AND"}:
        return word.lower()
    return word.capitalize() if word.isupper() and len(word) > 1 else word
