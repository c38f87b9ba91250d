"""The speaker a medium passes words on from (attribute.inner_speaker): a medium read as both
speaker and channel gives way to the one its sentence names."""

from __future__ import annotations

import pytest

from onrecord import extract


def _of(text: str, words: str) -> tuple[str | None, str | None]:
    """The speaker and channel of the first quote whose text holds ``words``."""
    found = extract(text, published="2027-05-12")
    hits = [(q.speaker.name if q.speaker else None, q.via) for q in found if words in q.text]
    assert hits, [q.text for q in found]
    return hits[0]


@pytest.mark.parametrize(
    ("text", "opening", "speaker", "via"),
    [
        # the subject of the clause an agency's report relays ("selon l'agence X")
        (
            "Au ministère du Budget, le ton se veut prudent. Le ministre Anselme Dubreuil a jugé la hausse "
            "« regrettable mais inévitable » au vu des chiffres du chômage, selon l'agence Corvipress. "
            "Il n'a pas souhaité en dire plus.",
            "regrettable mais",
            "Anselme Dubreuil",
            "Corvipress",
        ),
        # the one who told a newspaper, in a language the parse reads less well
        (
            "Flommen har rammet over 2 000 hjem i regionen.\n\nOmbudsmann Ragnhild Sæterbakk sa til avisen "
            "Nordfjell Tidende at hun har mottatt 1 200 klager siden flommen.\n",
            "hun har mottatt",
            "Ragnhild Sæterbakk",
            "Nordfjell Tidende",
        ),
        # "quoted X as saying" with words of manner between
        (
            "Lorencia Vashti, 71, a tenant since 1990, was among the first to leave.\n\n"
            "The Easterby Gazette quoted tenant Lorencia Vashti as saying through her grandson that she "
            'had "nowhere else to go". The landlord declined to comment.',
            "she had",
            "Lorencia Vashti",
            "The Easterby Gazette",
        ),
    ],
)
def test_medium_read_as_speaker_gives_way_to_the_one_it_relays(text: str, opening: str, speaker: str, via: str) -> None:
    assert _of(text, opening) == (speaker, via)


def test_the_medium_own_name_is_no_one_else() -> None:
    # "Corvasia" of "the Corvasia Tribune" names no one who speaks: the paper's own report stays its own
    text = (
        'Corvasia\'s trade ministry said it would answer "in kind", according to the Corvasia Tribune, '
        "which said officials were drafting a list of goods for counter-duties."
    )
    speaker, _ = _of(text, "officials were drafting")
    assert speaker != "Corvasia"


def test_the_english_shape_is_read_without_the_medium_as_speaker() -> None:
    # "X told the weekly Y that Z had said ...": the parse gives X the words and Y the channel, and
    # Z the inner words through X, so no medium is read as the speaker and the relay step is not
    # needed here (it serves readings that take the medium for the speaker: "selon l'agence Y",
    # "sa til avisen Y", "Y quoted X as saying through ...", above)
    text = "Tom Brade told the weekly Harbour Gazette that Ilse Varga had said the bridge would close in May."
    assert _of(text, "Ilse Varga had said") == ("Tom Brade", "Harbour Gazette")
    inner = [q for q in extract(text, published="2027-05-12") if q.text.startswith("the bridge")]
    assert [(q.speaker.name if q.speaker else None, q.via) for q in inner] == [("Ilse Varga", "Tom Brade")]



def test_the_subject_of_a_clause_a_citing_report_relays_is_not_its_speaker() -> None:
    text = "On Monday, NTV reported, citing sources, that Norland had sold long-range drones to Tallmark."
    speaker, via = _of(text, "sold long-range drones")
    assert speaker != "Norland" and via == "NTV"


def test_a_report_citing_unnamed_sources_gives_them_as_the_source_and_the_medium_as_channel() -> None:
    text = "On Monday, NTV reported, citing two officials, that Norland had sold long-range drones to Tallmark."
    found = [q for q in extract(text, published="2027-05-12") if "long-range drones" in q.text]
    assert found and found[0].speaker is None and found[0].via == "NTV"
    assert found[0].source_mention is not None and found[0].source_mention.text == "two officials"
