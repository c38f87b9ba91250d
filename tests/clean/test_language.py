"""The language of an article from its script and its function words."""

from __future__ import annotations

import pytest

from onrecord.clean.language import detect_language, unread_language, vote_lead


def test_one_long_function_word_once_is_no_vote() -> None:
    # an invented language with no data whose words include one Croatian function word ("ali")
    # and many two-letter ones other languages write too ("a", "pa", "za")
    text = (
        "Madala a Kelvo adanora pa doko la Mirvan kuyambo za intaneti, a madzulo pa chipata. "
        "A Tovi Ranko ali pa nyumba za bungwe, a ntchito pa doko la Mirvan kuyambo. "
        "Kelvo adanora za chipata, a Ranko pa nyumba za madzulo, a ntchito pa doko la Mirvan. "
        "Madzulo a bungwe adanora kuyambo pa intaneti, a nyumba za Kelvo pa chipata cha doko. "
        "Ntchito za doko la Mirvan kuyambo madzulo, a Ranko adanora pa chipata cha nyumba za bungwe. "
        "Kelvo pa intaneti za madzulo, a ntchito pa doko la Mirvan kuyambo chipata cha bungwe. "
        "Ranko adanora madzulo kuyambo pa doko, a bungwe za nyumba pa intaneti cha Mirvan kuyambo."
    )
    assert detect_language(text) is None
    assert unread_language(text)


def test_a_language_of_the_file_is_still_read_by_its_function_words() -> None:
    text = (
        "Ministar je rekao da će vlada pomoći, ali nije rekao kada. Ona je rekla da je to "
        "važno za grad i da će se sve riješiti, ali tek kada budu znali što se dogodilo."
    )
    assert detect_language(text) == "hr"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cebuano and Tagalog share "ang", "sa", "si", "ni": "nga", "ug", "usab" tell the first
        (
            "Miingon si Marisol Dagatan nga ang tulay sa Lungsod Verano dili maablihan karon nga semana. "
            "Sumala sa iyang opisina, adunay usa ka tim nga nagsusi ug nagkuha og mga litrato sa dapit. "
            "Matod pa niya, ang mga residente kinahanglan mogamit una sa laing dalan hangtod sa Biyernes.",
            "ceb",
        ),
        (
            "Sinabi ni Marisol Dagatan na hindi mabubuksan ang tulay sa Lungsod Verano ngayong linggo. "
            "Ayon sa kanyang tanggapan, may isang pangkat na sumusuri at kumukuha ng mga larawan sa lugar. "
            "Dagdag pa niya, ang mga residente ay dapat munang gumamit ng ibang daan hanggang Biyernes.",
            "tl",
        ),
    ],
)
def test_cebuano_is_told_from_tagalog(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_the_vote_s_lead_over_the_next_language_of_the_script() -> None:
    french = (
        "Le conseil municipal a voté mardi soir le budget de la rénovation du quai, et les riverains "
        "ont dit qu'ils ne sont pas contents de la décision du maire pour les travaux dans la ville."
    )
    assert vote_lead(french, "fr") > 0.05
    assert vote_lead(french, "es") < 0
    assert vote_lead("東京で会議が開かれた。", "xx") == 0.0
