"""A name and its acronym in one speaker's quotes: "the VDA" in one report, "the Velmark
Diabetes Association" in another.

One outlet writes an organisation's name out, another its initials ("the IMF mission" / "the
International Monetary Fund's mission"), so two renderings of one remark share neither the
word nor, often enough, a close vector. Within one speaker's block, a run of capitalised words
whose initials spell an acronym another wording of the block gives (three letters at least,
connectives such as "of" and "and" not counted, each part of a hyphenated word counted:
"Union of Small-Scale Farmers" is USSF) is read as that acronym, in every wording of the block,
so that both wordings name the same party; a name written out with its acronym after it ("the
Northern Customs Union (NCU)") is read as the acronym once. A run whose initials spell no
acronym of the block is left as it is, so two parties stay two names. So is a name in an
article whose own quotes of the speaker give its acronym: there one writer chose the name for
one quote and the initials for another, which says nothing of how other outlets write it, and
reading them alike would leave a report and the quote beside it of another claim nothing but
their words to tell them apart.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from spacy.lang.en.stop_words import STOP_WORDS

__all__ = ["ACRONYM", "acronyms_of", "read_acronyms"]

ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
"""An acronym: three to six capitals."""
_LEAST = 3  # letters an acronym has at least: two ("EU", "PM") spell too many runs by chance
# a capitalised word (each part of a hyphenated one), or a connective between two of them
_RUN = re.compile(
    r"[A-Z][^\W\d_]*(?:[-‐][A-Z][^\W\d_]*)*"
    r"(?:\s+(?:(?:of|for|and|the|on|de|du|des|la|le|del|für|und)\s+)*[A-Z][^\W\d_]*(?:[-‐][A-Z][^\W\d_]*)*)+"
)
_WORD = re.compile(r"[A-Z][^\W\d_]*(?:[-‐][A-Z][^\W\d_]*)*")


def _initials(word: str) -> str:
    """The initials of a capitalised word, one per part of a hyphenated word ("Small-Scale": SS)."""
    return "".join(part[0] for part in re.split(r"[-‐]", word) if part)


def _spans(text: str, acronyms: frozenset[str]) -> list[tuple[int, int, str]]:
    """The spans of ``text`` (start, end, acronym) whose capitalised words' initials spell one of
    ``acronyms``: within each run of capitalised words, the shortest run of whole words from the
    earliest word that opens one (a sentence's first word, "The", "Now", may open the run without
    being part of the name, and opens no name)."""
    longest = max(map(len, acronyms))
    out = []
    for run in _RUN.finditer(text):
        words = [
            (run.start() + m.start(), run.start() + m.end(), _initials(m.group(0))) for m in _WORD.finditer(run[0])
        ]
        k = 0
        while k < len(words):
            if text[words[k][0] : words[k][1]].lower() in STOP_WORDS:
                k += 1  # a sentence's "Now", "Both", "The" opens no name ("Now Health Secretary X" is no NHS)
                continue
            spelled, end = words[k][2], k
            while spelled not in acronyms and len(spelled) < longest and end + 1 < len(words):
                end += 1
                spelled += words[end][2]
            if end > k and spelled in acronyms:
                out.append((words[k][0], words[end][1], spelled))
                k = end + 1
            else:
                k += 1
    return out


def acronyms_of(texts: Iterable[str]) -> dict[str, str]:
    """The names the wordings write out whose acronym one of them gives (another, or the same one
    after the name: "the Northern Customs Union (NCU)"): {name: acronym}."""
    texts = list(texts)
    given = frozenset(a for t in texts for a in ACRONYM.findall(t))
    if not given:
        return {}
    out: dict[str, str] = {}
    for text in texts:
        for start, end, acronym in _spans(text, given):
            out[text[start:end]] = acronym
    return out


def read_acronyms(text: str, names: Mapping[str, str], kept: Collection[str] = ()) -> str:
    """``text`` with each name of ``names`` read as its acronym ("the Velmark Diabetes
    Association" as "the VDA"; "the Northern Customs Union (NCU)" as "the NCU"), a possessive
    as the acronym too ("the International Monetary Fund's mission" as "the IMF mission", as
    another outlet writes it). The names of the acronyms ``kept`` stay as they are written but
    where the acronym follows them."""
    for name in sorted(names, key=len, reverse=True):
        acronym = names[name]
        text = re.sub(rf"{re.escape(name)}\s*\({acronym}\)", acronym, text)
        if acronym not in kept:
            text = re.sub(rf"(?<![\w-]){re.escape(name)}(?:['’]s\b|['’](?!\w))?(?![\w-])", acronym, text)
    return text
