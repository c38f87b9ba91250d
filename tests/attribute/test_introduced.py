"""A person a sentence of the writer's introduces right before a "he"/"she" is who it means."""

from __future__ import annotations

import onrecord
from onrecord.attribute.introduced import introduced_before_pronouns


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: (q.speaker.name if q.speaker else None) for q in onrecord.extract(text, published="2031-03-04")}


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in [i + 1 for i, ch in enumerate(text) if ch == "." and (i + 1 == len(text) or text[i + 1] == " ")]:
        spans.append((start, end))
        start = end + 1
    return spans


def test_the_one_woman_a_plain_sentence_introduces_before_she() -> None:
    text = "For Ada Brill, a researcher at the port, the case fits a pattern. She has studied seizures."
    found = introduced_before_pronouns(text, _sentences(text), [], [])
    assert found == [(text.index("Ada Brill"), "Ada Brill")]


def test_no_one_when_two_women_are_named_or_the_gender_differs() -> None:
    two = "Ada Brill met Maria Lind at the port. She has studied seizures."
    assert introduced_before_pronouns(two, _sentences(two), [], []) == []
    other = "For Tomas Berg, a researcher, the case fits a pattern. She has studied seizures."
    assert introduced_before_pronouns(other, _sentences(other), [], []) == []


def test_no_one_named_before_nor_in_a_sentence_that_reports() -> None:
    again = "Ada Brill spoke first. Later Ada Brill went home. She has studied seizures."
    assert introduced_before_pronouns(again, _sentences(again), [], []) == []
    reporting = "Ada Brill told the court the case fits. She has studied seizures."
    cue = reporting.index("told")
    assert introduced_before_pronouns(reporting, _sentences(reporting), [], [cue]) == []


def test_a_feature_goes_on_about_the_researcher_it_introduced() -> None:
    text = (
        "Customs find more cocaine in banana boxes\n\n"
        "The customs service says it found the drugs on Monday. Its spokeswoman, Maria Lindqvist, declined to "
        'name anyone. "I am not going to name companies while the inquiry is running," she said.\n\n'
        "For Ada van Brill, a drugs-policy researcher at the University of Kelmsby, the case fits a pattern. "
        "She has studied fruit-cargo seizures for a decade.\n\n"
        'Smugglers, she said, pick refrigerated fruit because it cannot wait. "Nobody wants to hold a reefer '
        'of ripening bananas on the quay for a day," she said.\n'
    )
    speakers = _speakers(text)
    assert speakers["I am not going to name companies while the inquiry is running"] == "Maria Lindqvist"
    said = next(k for k in speakers if k.startswith("Nobody wants"))
    assert speakers[said] == "Ada van Brill"


def test_a_letter_the_head_teacher_sent_is_hers() -> None:
    text = (
        "School closed after outbreak\n\n"
        "One mother, Rosa Pell, told the Echo she would keep her son at home for the rest of the week.\n\n"
        "The caterer's director, Tomas Berg, has put out a short statement. He said the firm was cooperating.\n\n"
        "We have seen a copy of the letter that head teacher Ada Brill sent home with families this morning.\n\n"
        '"I want to reassure you that the school will reopen on Monday," she writes.\n'
    )
    speakers = _speakers(text)
    assert speakers["I want to reassure you that the school will reopen on Monday"] == "Ada Brill"


def test_no_one_named_as_the_object_of_anothers_sentence() -> None:
    after_her = "Ada Brill rose on Monday. The new chair thanked her rival, Rosa Pell. She spoke."
    assert introduced_before_pronouns(after_her, _sentences(after_her), [], []) == []
    after_role = "Ada Brill rose on Monday. The new chair thanked Rosa Pell warmly. She spoke."
    assert introduced_before_pronouns(after_role, _sentences(after_role), [], []) == []
    after_surname = "Ada Brill rose on Monday. Brill accused minister Rosa Pell of lying. She spoke."
    assert introduced_before_pronouns(after_surname, _sentences(after_surname), [], []) == []


def test_an_opening_preposition_is_cut_an_unknown_given_name_is_not() -> None:
    kiosk = "Prices rose. Adeyemo Ruth Okonjo keeps a kiosk by the depot. She sells yams."
    # (not cut to "Ruth Okonjo": a name no known given name opens is left to the parse)
    assert introduced_before_pronouns(kiosk, _sentences(kiosk), [], []) == []
    fronted = "Prices rose. For Ada van Brill the case fits a pattern. She sells yams."
    assert introduced_before_pronouns(fronted, _sentences(fronted), [], []) == [(17, "Ada van Brill")]


def test_no_one_named_in_passing_as_an_object_or_the_dead() -> None:
    passing = (
        "Housing shake-up\n\n"
        "The housing minister, Tove Sand, set out the plan on Monday. "
        '"We will sell the first homes soon," she said.\n\n'
        "The policy echoes one introduced by Margaret Thatcher in 1980. She said the first sales would begin "
        "in the autumn.\n"
    )
    assert _speakers(passing)["the first sales would begin in the autumn"] == "Tove Sand"
    dead = (
        "Library reopens\n\n"
        'The council leader, Rosa Pell, opened the building on Monday. "It is a great day for the town," she said.\n\n'
        "The library was named after Margaret Hale, a local suffragist who died in 1952. She said the reading "
        "room would open at weekends.\n"
    )
    assert _speakers(dead)["the reading room would open at weekends"] == "Rosa Pell"
    late = "Prices rose. Ada Brill rose. The fund was set up by the late Maria Lind. She spoke."
    assert introduced_before_pronouns(late, _sentences(late), [], []) == []
    passed = "Prices rose. The hall honours Maria Lind, who died in 1990. She spoke."
    assert introduced_before_pronouns(passed, _sentences(passed), [], []) == []


def test_a_subject_after_a_fronted_adverbial_or_in_a_relative_clause() -> None:
    fronted = "Prices rose. On Monday, Maria Lind opened a stall. She sells yams."
    found = introduced_before_pronouns(fronted, _sentences(fronted), [], [])
    assert found == [(fronted.index("Maria"), "Maria Lind")]
    relative = "Prices rose. We read the letter head teacher Maria Lind sent home. She spoke."
    found = introduced_before_pronouns(relative, _sentences(relative), [], [])
    assert found == [(relative.index("Maria"), "Maria Lind")]


def test_a_person_the_writer_reaches_is_introduced() -> None:
    text = "Prices rose. We have reached Maria Lind, the charity's coordinator, by phone. She spoke."
    found = introduced_before_pronouns(text, _sentences(text), [], [])
    assert found == [(text.index("Maria"), "Maria Lind")]
