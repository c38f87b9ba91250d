"""A definite description speaks for the one body whose name ends in its words."""

from __future__ import annotations

import pytest

import onrecord
from onrecord.attribute.name_tails import body_by_name_tail


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: (q.speaker.name if q.speaker else None) for q in onrecord.extract(text, published="2031-03-04")}


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Sergeant Ada Lind, who leads the Kelmsby Police Fraud Unit, said.",
            "police fraud unit",
            ("Kelmsby Police Fraud Unit"),
        ),
        ("Brackwater Orchards answered on its own page.", "orchard", "Brackwater Orchards"),
        ("The Office of Rail and Road said.", "road", None),  # a name's inner word after "and": no tail of it
        ("It came from the Tarn Valley Water Board.\n\nThe board met.", "board", "Tarn Valley Water Board"),
        # two bodies end so: who is meant goes unsaid
        ("The Tarn Water Board and the Kelm Health Board met.", "board", None),
        # a sentence's capital before a name on the next line is no part of it
        ("They met in Tarn County.\n\nGreyfield Orchards said.", "orchard", "Greyfield Orchards"),
        ("The operator said.", "operator", None),
    ],
)
def test_body_by_name_tail(text: str, words: str, name: str | None) -> None:
    assert body_by_name_tail(text, words) == name


def test_a_lede_description_speaks_for_the_body_named_later() -> None:
    text = (
        "KELMSBY - Hundreds of fans were turned away at the gates with forged tickets, and the police "
        "fraud unit says the fakes were sold on a scale it has not seen before.\n\n"
        '"We believe about 2,000 forged tickets were sold," Inspector Ada Lind, who heads the Kelmsby '
        "Police Fraud Unit, told a news conference on Saturday.\n"
    )
    speakers = _speakers(text)
    lede = next(k for k in speakers if k.startswith("the fakes were sold"))
    assert speakers[lede] == "Kelmsby Police Fraud Unit"


def test_a_body_shortened_to_its_kind_after_it_is_named() -> None:
    text = (
        "Beekeepers in the valley lost 300 hives this week.\n\n"
        'Brackwater Orchards answered on its own Facebook page. "We have farmed beside beekeepers for '
        'three generations and we are as upset as anyone," the orchard posted on Sunday evening.\n'
    )
    speakers = _speakers(text)
    posted = next(k for k in speakers if k.startswith("We have farmed"))
    assert speakers[posted] == "Brackwater Orchards"


def test_a_persons_office_is_no_body_name() -> None:
    # "the minister" is an office: the Prime Minister's name is not its holder's
    text = "The Prime Minister's office was silent on Monday.\n\nThe minister said the road would reopen in May.\n"
    speakers = _speakers(text)
    said = next(k for k in speakers if k.startswith("the road would"))
    assert speakers[said] != "Prime Minister"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a joining word in a run of capitals that starts before it: the body's name starts after it
        (
            "Detective Sergeant Mara Quill of the Port Ansel Police Fraud Unit said buyers should not pay.",
            "police fraud unit",
            "Port Ansel Police Fraud Unit",
        ),
        # the same body written plainly too is one body, by its plain name
        (
            "Mara Quill of the Port Fraud Unit said.\n\nThe Port Fraud Unit met.",
            "fraud unit",
            "Port Fraud Unit",
        ),
        ("The Bank of the North Fraud Unit said.", "fraud unit", "Bank of the North Fraud Unit"),
    ],
)
def test_a_name_after_a_persons_name_and_of_starts_after_of(text: str, words: str, name: str) -> None:
    assert body_by_name_tail(text, words) == name


def test_review_a1_the_unit_a_lede_describes_is_the_named_unit() -> None:
    text = (
        "PORT ANSEL, May 4 - The police fraud unit says at least forty people have lost money to fake "
        "concert tickets sold online this month.\n\n"
        "Detective Sergeant Mara Quill of the Port Ansel Police Fraud Unit said buyers should never pay by "
        "bank transfer.\n\n"
        '"We are seeing new sites every day," Quill said.\n'
    )
    speakers = _speakers(text)
    lede = next(k for k in speakers if k.startswith("at least forty"))
    assert speakers[lede] == "Port Ansel Police Fraud Unit"


def test_review_a4_a_group_of_people_or_a_narrowed_description_is_no_named_body() -> None:
    text = (
        "DUNMORE, July 2 - A tourist has died after falling from the walls of Dunmore Castle on Sunday.\n\n"
        "The family said they were heartbroken and asked for privacy. The man had been staying with relatives "
        "and had visited the Royal Family exhibition in Kelsby the day before.\n\n"
        "The estate said the walls had been inspected in May. The castle is owned by the Dunmore Estate.\n\n"
        "The hotel where he was staying said staff were shocked. He had worked for years at the Harbour View "
        "Hotel in Kelsby before retiring.\n"
    )
    speakers = _speakers(text)
    assert speakers[next(k for k in speakers if k.startswith("they were heartbroken"))] is None
    assert speakers[next(k for k in speakers if k.startswith("staff were shocked"))] is None
    assert speakers[next(k for k in speakers if k.startswith("the walls had"))] == "Dunmore Estate"
