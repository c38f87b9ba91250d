from __future__ import annotations

from onrecord.link import LinkItem, LinkOptions, link_block
from onrecord.link.acronyms import acronyms_of, read_acronyms
from onrecord.link.linker import _names_as_acronyms


def _item(qid: str, text: str, article: str) -> LinkItem:
    return LinkItem(qid, "p:x", text, "indirect", "en", 100, article, 0, "2026-01-05")


def test_a_name_written_out_is_read_as_the_acronym_of_the_block() -> None:
    texts = [
        "the TWRB would refund every season ticket within ten days",
        "The Tarnholm Water Rates Board would refund every season ticket within ten days",
        "she had written to the Alliance of Far-North Towns (AFNT) about the tariff",
        "the AFNT mission had met her",
    ]
    names = acronyms_of(texts)
    assert names == {"Tarnholm Water Rates Board": "TWRB", "Alliance of Far-North Towns": "AFNT"}
    assert read_acronyms(texts[1], names) == "The TWRB would refund every season ticket within ten days"
    assert read_acronyms(texts[2], names) == "she had written to the AFNT about the tariff"
    assert read_acronyms("the Alliance of Far-North Towns' mission", names) == "the AFNT mission"
    assert read_acronyms("the Alliance of Far-North Towns's mission", names) == "the AFNT mission"


def test_no_acronym_no_reading() -> None:
    # initials that spell no acronym of the block stay a name; two letters spell too much
    assert acronyms_of(["the Tarnholm Water Rates Board would act", "the EU would act"]) == {}
    assert acronyms_of(["the Tarnholm Water Board would act", "the TWRB would act"]) == {}
    # a sentence's first word opens no name: "Now Rail Secretary ..." is no NRS
    assert acronyms_of(["The NRS is late, she said", "Now Rail Secretary Ola Berg must act"]) == {}


def test_two_reports_one_with_the_acronym_link() -> None:
    items = [
        _item("q1", "the TWRB would refund the levy within ten working days", "a"),
        _item("q2", "the Tarnholm Water Rates Board would refund the levy within ten working days", "b"),
        _item("q3", "the TWRB would refund the levy within four working days", "c"),
    ]
    labels = link_block(items, LinkOptions(embed=False))
    assert labels[0] == labels[1] != labels[2]


def test_an_article_that_gives_the_acronym_keeps_its_names() -> None:
    # one writer's name beside its initials: the report and the quote next to it keep their names
    items = [
        _item("q1", "the Tarnholm Water Rates Board would refund the levy within ten working days", "a"),
        _item("q2", "The TWRB owes every household a refund this month", "a"),
    ]
    assert _names_as_acronyms(items) == items
    other = _item("q3", "the TWRB would refund the levy within ten working days", "b")
    read = _names_as_acronyms([items[0], other])
    assert read[0].text == "the TWRB would refund the levy within ten working days"
