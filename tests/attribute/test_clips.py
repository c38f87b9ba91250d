from __future__ import annotations

import pytest

from onrecord.attribute.clips import clip_name, production_cue, script_cue
from onrecord.extract import extract

_SCRIPT = (
    "BRELLMOUTH TV - LATE NEWS\n"
    "Air date: Friday 3 March 2028 | Reporter: Pia Lundqvist\n\n"
    "[ANCHOR ON CAM]\n"
    "ANCHOR (Otto Grell): The ferry to Skallen Island has been cancelled for a third day. Pia Lundqvist reports.\n\n"
    "[VO - empty quay]\n"
    "LUNDQVIST (VO): The harbour master, Ines Achterhof, closed the quay on Wednesday.\n\n"
    "[SOT: Ines Achterhof / Harbour Master - recorded Wed 1 Mar]\n"
    '"The swell is over four metres. Nothing sails in that."\n'
    "[CUT TO]\n"
    '"We will look again on Saturday morning."\n'
    '[ENDS: "...Saturday morning."]\n\n'
    "[VO - ferry office]\n"
    "LUNDQVIST (VO): Islanders say the shop has run out of bread.\n\n"
    "[SOT — CAPT. ROLF VANTONGEREN, FERRY MASTER]\n"
    '"I have never lost three days in a row. Never."\n\n'
    "[PTC - Pia Lundqvist, quay]\n"
    "LUNDQVIST (PTC): Pia Lundqvist, Brellmouth TV, at the quay.\n"
)

_CAPTIONED = (
    "CHANNEL NINE EVENING SCRIPT\n"
    "Script - Monday 6 March 2028\n\n"
    "PRESENTER: Good evening. Flood barriers are up along the Welle tonight.\n\n"
    "V/O: The county council has opened its emergency centre.\n\n"
    "ASTON: Insp Dalia Okorafor-Heyn - County Police\n"
    'SOT: "Please stay away from the river path. It is not safe tonight."\n\n'
    "V/O: The water board, Welle Water, said in a statement that the pumps were working.\n\n"
    'GFX (statement, read V/O): "All four pumping stations are running at full power."\n\n'
    "ASTON: Benedek Sorvall - Farmer\n"
    'SOT: "My lower field is a lake. I have seen nothing like it."\n\n'
    "PRESENTER: We will bring you more later.\n"
)


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        # a slug with the name, a slash and the role, and the clip's second cut under it
        ("The swell is over four metres", "Ines Achterhof"),
        ("We will look again", "Ines Achterhof"),
        # a slug in capitals, with a rank before the name
        ("I have never lost three days", "Rolf Vantongeren"),
    ],
)
def test_a_clip_under_a_slug_is_the_slugs_persons(words: str, speaker: str) -> None:
    quotes = [q for q in extract(_SCRIPT, article_id="t") if q.text.startswith(words)]
    assert quotes, words
    assert quotes[0].speaker is not None and quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        # the caption above "SOT:" names who speaks, not the cue word
        ("Please stay away from the river path", "Dalia Okorafor-Heyn"),
        ("My lower field is a lake", "Benedek Sorvall"),
        # a graphic of a statement: the body the voice-over named with it
        ("All four pumping stations", "Welle Water"),
    ],
)
def test_a_captioned_clip_is_the_captions_persons(words: str, speaker: str) -> None:
    quotes = [q for q in extract(_CAPTIONED, article_id="t") if words in q.text]
    assert quotes, words
    assert quotes[0].speaker is not None and quotes[0].speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('[SOT — ADA LIND, HARBOUR MASTER]\n"The quay stays shut."', "Ada Lind"),
        ('[CLIP: Ivo Sant / Farmer - Monday]\n\n"The barley is gone."', "Ivo Sant"),
        ('[SOT — DR REFILWE MOTAUNG, CITY HOSPITAL]\n"Forty beds left."', "Refilwe Motaung"),
        ('ASTON: Ch Supt Ola Brenn — Harbour Police\nSOT: "No one was hurt."', "Ola Brenn"),
        # an office and no name: nobody the slug can name
        ('[SOT — THE MAYOR]\n"The bridge reopens."', None),
        # words read out for another: the reader is not their speaker
        ('[SOT — IVO SANT, SPOKESMAN, READING]\n"The minister regrets the delay."', None),
        # a line of prose between: the slug is not the quote's
        ('[SOT — ADA LIND, HARBOUR MASTER]\nThe storm passed at noon.\n"The quay stays shut."', None),
        # a quote inside a sentence, not a clip on its own line
        ('[SOT — ADA LIND, HARBOUR MASTER]\nShe said "the quay stays shut."', None),
    ],
)
def test_clip_name(text: str, name: str | None) -> None:
    start = text.index('"', text.rindex("\n")) + 1  # the quote on the last line
    found = clip_name(text, start)
    assert (found.name if found is not None else None) == name
    if found is not None and name is not None:
        assert text[found.start : found.end].casefold() == name.casefold()


@pytest.mark.parametrize(
    ("mention", "expected"),
    [("SOT", True), ("GFX (statement, read V/O)", True), ("ASTON", True), ("Sotiris Kanell", False), ("Super", False)],
)
def test_production_cue(mention: str, expected: bool) -> None:
    assert production_cue(mention) is expected


def test_public_names() -> None:
    from onrecord.attribute import clips

    assert set(clips.__all__) == {"SLUG", "ClipName", "clip_name", "production_cue", "script_cue"}


_SCRIPTED = (
    "TARNWICK TV - EARLY NEWS\n\n"
    "PRESENTER: The canal lock at Hebbing is shut.\n\n"
    "[VO - the lock]\n"
    "V/O: The canal trust said the gates had cracked.\n\n"
    'VT (trust statement): "The gates will be replaced by the spring."\n'
)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a cue as the label opening a line of a script, bare or in its bracket
        (_SCRIPTED, "VT (trust statement)", True),
        (_SCRIPTED + '[GFX - trust statement]: "The lock reopens in May."\n', "GFX - trust statement", True),
        # the same initials in prose: a body the article names by them
        (
            "The Vellmoor Tramways (VT) will close two depots.\n\nVT said in a statement that costs had doubled.",
            "VT",
            False,
        ),
        # in prose opening its line, not defined, but no script around it and no label
        ("Depots to close\n\nCG said the plan was final.", "CG", False),
        # a label, but the article spells the initials out as a body's name
        (
            _SCRIPTED + "\nThe Cobb Group (CG) owns the lock.\nPRESENTER: More later.\n"
            'CG: "We regret the closure."\n',
            "CG",
            False,
        ),
    ],
)
def test_script_cue(text: str, mention: str, expected: bool) -> None:
    start = text.rindex(mention)
    assert script_cue(text, start, mention) is expected


def test_initials_a_release_defines_keep_their_speaker() -> None:
    text = (
        "The Corlan Gasworks (CG) will drop its night tariff from June.\n\n"
        'CG said in a statement that "fuel and crew costs" made it unviable.\n'
    )
    quotes = [q for q in extract(text, article_id="t") if "fuel and crew" in q.text]
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == "Corlan Gasworks"


@pytest.mark.parametrize(
    ("slug", "speaker"),
    [("[SOT — RADIO TELLWICK NEWS]", None), ("[SOT — HANNE STROM, FERRY MASTER]", "Hanne Strom")],
)
def test_a_clip_under_a_mediums_slug_records_no_entity(slug: str, speaker: str | None) -> None:
    from types import SimpleNamespace
    from typing import cast

    from onrecord.attribute import _clip_speaker
    from onrecord.attribute.entities import EntityTracker
    from onrecord.extract.candidates import Candidate

    text = slug + '\n"The crossing is off until Friday."'
    tracker = EntityTracker(text)
    found = _clip_speaker(text, cast(Candidate, SimpleNamespace(start=text.index('"') + 1)), tracker)
    assert (found[0].name if found is not None else None) == speaker
    assert [e.name for e in tracker.entities] == ([speaker] if speaker else [])
