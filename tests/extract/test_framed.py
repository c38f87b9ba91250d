"""Reported speech in a language with no data, told by the place of its complementizer."""

from __future__ import annotations

from onrecord.extract.foreign import find_foreign_candidates
from onrecord.extract.framed import framed_complementizers
from onrecord.extract.sentences import Sentence

# An invented language onrecord has no entry for: "dorumi" (said), "velu" (that), no quotation
# to learn a cue from
_TEXT = (
    "Teodor Maskvane, lumo ta plavi, dorumi velu pasko tuneri vamo lisk orben. "
    "Ilse Varrowin dorumi ka sesta velu kesto amavi lurin pasko nedre. "
    "Maskvane sorumi velu tuneri orben lisk vamo pasko."
)


def _sentences(text: str) -> list[Sentence]:
    out, at = [], 0
    for part in text.split(". "):
        out.append(Sentence(at, at + len(part), 0))
        at += len(part) + 2
    return out


def _found(text: str) -> list[tuple[str, str, str | None]]:
    analysis = find_foreign_candidates(text, "")
    return [(c.kind, text[c.start : c.end], c.mention.text if c.mention else None) for c in analysis.candidates]


def test_a_short_word_a_few_words_after_full_names_twice_is_the_complementizer() -> None:
    known = frozenset({"Maskvane", "Varrowin"})
    assert "velu" in framed_complementizers(_TEXT, _sentences(_TEXT), known)


def test_a_word_seen_after_one_name_only_is_none() -> None:
    text = _TEXT.split(". ")[0] + "."
    assert framed_complementizers(text, _sentences(text), frozenset({"Maskvane"})) == {}


def test_each_such_sentence_is_a_report_of_the_name_s_words() -> None:
    found = _found(_TEXT)
    assert ("indirect", "pasko tuneri vamo lisk orben", "Teodor Maskvane") in found
    assert ("indirect", "kesto amavi lurin pasko nedre", "Ilse Varrowin") in found


def test_a_word_before_a_capitalised_one_opens_no_clause() -> None:
    # "ka Sestadi" (on a day): the word is followed by a day's name, not by a clause
    text = (
        "Teodor Maskvane dorumi ka Sestadi pasko tuneri vamo lisk. "
        "Ilse Varrowin dorumi ka Sestadi kesto amavi lurin pasko."
    )
    assert [c for c in _found(text) if c[0] == "indirect"] == []


def test_a_neighbour_s_data_that_finds_no_report_gives_way_to_the_framed_complementizer() -> None:
    # read with Danish data (its "at" never written, none of its cues found): the place of "velu"
    from onrecord.extract.foreign import find_foreign_candidates as find

    found = [(c.kind, _TEXT[c.start : c.end]) for c in find(_TEXT, "da").candidates]
    assert ("indirect", "pasko tuneri vamo lisk orben") in found


def test_a_language_s_data_that_finds_reports_is_read_alone() -> None:
    from onrecord.extract.foreign import find_foreign_candidates as find

    text = _TEXT + " Maskvane sagde at tuneri orben lisk vamo pasko er godt."
    found = [(c.kind, text[c.start : c.end]) for c in find(text, "da").candidates if c.kind == "indirect"]
    assert ("indirect", "pasko tuneri vamo lisk orben") not in found


# German copy with no "dass" and no quotation: "wohl" (probably) stands a few words after two full
# names, an adverb, not a complementizer
_GERMAN = (
    "Der Kreis Halvesen saniert seine Brücke für acht Millionen Euro. "
    "Landrat Jonas Pfisterer will wohl mit den Gemeinden über die Umleitung sprechen. "
    "Schulleiterin Ida Wendhagen hat wohl auch den Plan für die neue Mensa vorgelegt."
)


def test_a_language_s_own_copy_is_never_read_by_the_complementizer_s_place() -> None:
    from onrecord.extract.foreign import find_foreign_candidates as find

    assert [c for c in find(_GERMAN, "de").candidates if c.kind == "indirect"] == []
    text = _GERMAN + " „Wir bauen im Sommer“, sagte Pfisterer."
    assert [c for c in find(text, "de").candidates if c.kind == "indirect"] == []


def test_a_word_seen_after_one_person_s_name_only_is_none() -> None:
    text = (
        "Teodor Maskvane dorumi velu pasko tuneri vamo lisk orben. "
        "Maskvane sorumi velu tuneri orben lisk vamo pasko."
    )
    assert framed_complementizers(text, _sentences(text), frozenset({"Maskvane"})) == {}


def test_a_function_word_of_a_language_with_data_is_no_complementizer() -> None:
    # "na" (Swahili "and", Polish "on") after two names: read with Danish data, not taken
    from onrecord.extract.foreign import find_foreign_candidates as find

    text = _TEXT.replace("velu", "na")
    assert [c for c in find(text, "da").candidates if c.kind == "indirect"] == []
    known = frozenset({"Maskvane", "Varrowin"})
    assert "na" not in framed_complementizers(text, _sentences(text), known, frozenset({"na"}))


def test_a_data_s_complementizer_written_by_a_neighbour_is_kept() -> None:
    # "at" is an English function word and the Danish complementizer: a neighbour read as
    # Icelandic (whose "að" it never writes) keeps it
    from onrecord.extract.foreign import find_foreign_candidates as find

    text = _TEXT.replace("velu", "at")
    found = [(c.kind, text[c.start : c.end]) for c in find(text, "is").candidates]
    assert ("indirect", "pasko tuneri vamo lisk orben") in found


def test_capitalised_words_take_no_room_in_the_window() -> None:
    # "pi Radio Sotu na Tevadi" (to a station, on a day) before "velu": five lower-case words at most
    text = _TEXT + " Petra Elvik dorumi pi Radio Sotu na Tevadi velu kesto amavi lurin pasko."
    assert ("indirect", "kesto amavi lurin pasko", "Petra Elvik") in _found(text)


def test_of_the_names_before_the_complementizer_the_nearest_speaks() -> None:
    # "Ministra Sotavi ja Kalastus": a ministry's capitalised words before the speaker's name
    text = _TEXT + " Ministra Sotavi ja Kalastus Irja Lumme dorumi na Tevadi velu kesto amavi lurin pasko."
    found = [f for f in _found(text) if f[1] == "kesto amavi lurin pasko"]
    assert [f[2] for f in found] == ["Lumme"]


def test_a_double_surname_stands_before_its_complementizer_whole() -> None:
    # "Vanderlyn-Tollak" is one surname the article gives in full: its sentence is a report too
    text = (
        "Teodor Maskvane dorumi velu pasko tuneri vamo lisk orben. "
        "Ilse Varrowin dorumi velu kesto amavi lurin pasko nedre. "
        "Dana Vanderlyn-Tollak dorumi velu sesto plavi orben lisk tuneri."
    )
    assert ("indirect", "sesto plavi orben lisk tuneri", "Dana Vanderlyn-Tollak") in _found(text)


def test_an_apposition_may_name_a_body_with_its_acronym() -> None:
    # the apposition's lower-case words are counted: a body's long name and its acronym are not
    text = (
        "Teodor Maskvane dorumi velu pasko tuneri vamo lisk orben. "
        "Ilse Varrowin dorumi velu kesto amavi lurin pasko nedre. "
        "Dr Olek Farrimond, lumo ta plavi na Harrow Vale Water Services Board (HVWSB), dorumi velu "
        "sesto plavi orben lisk tuneri."
    )
    assert ("indirect", "sesto plavi orben lisk tuneri", "Olek Farrimond") in _found(text)


def test_a_body_named_with_its_acronym_speaks_by_its_acronym() -> None:
    # the acronym is what copy in other languages calls the body too
    text = (
        "Teodor Maskvane dorumi velu pasko tuneri vamo lisk orben. "
        "Ilse Varrowin dorumi velu kesto amavi lurin pasko nedre. "
        "Bodi Lumo ta Harrow Vale (HVWB) dorumi velu sesto plavi orben lisk tuneri."
    )
    found = find_foreign_candidates(text, "").candidates
    report = next(c for c in found if text[c.start : c.end] == "sesto plavi orben lisk tuneri")
    assert report.mention is not None
    assert (report.mention.text, report.mention.kind) == ("HVWB", "organisation")
