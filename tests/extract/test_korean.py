"""Quotes in Korean articles (invented names and sentences)."""

from __future__ import annotations

from onrecord.extract.korean import find_korean_candidates

_ARTICLE = (
    "(서울=가람일보) 이하늘 기자 = 박서준 환경부 장관은 3일 기자회견에서 "
    '"강 하류의 물은 안전하다"라고 밝혔다.\n\n'
    "필립 노바크 발트해운 대표는 항구가 다음 달 다시 문을 연다고 설명했다. "
    "그는 새 선박 두 척이 내년에 도착한다고 덧붙였다.\n\n"
    '질문에 노바크 대표는 "우리는 아무도 해고하지 않는다"며 "약속은 지킨다"고 말했다.\n\n'
    '익명을 요구한 정부 고위 당국자는 "협상은 끝나지 않았다"고 말했다.\n\n'
    "노바크 대표는 회의가 길었다고 전했다."
)


def _found() -> list[tuple[str, str, str | None]]:
    analysis = find_korean_candidates(_ARTICLE)
    return [
        (c.kind, _ARTICLE[c.start : c.end], (c.mention.name or c.mention.role) if c.mention else None)
        for c in analysis.candidates
    ]


def test_a_quotation_before_its_quotative_is_the_topic_s() -> None:
    # a Korean name written as one word, family name first, as English news writes it
    assert ("direct", "강 하류의 물은 안전하다", "Park Seo-jun") in _found()


def test_reported_speech_ends_with_its_quotative() -> None:
    assert ("indirect", "항구가 다음 달 다시 문을 연다", "필립 노바크") in _found()


def test_a_pronoun_stands_for_the_speaker_named_before() -> None:
    assert ("indirect", "새 선박 두 척이 내년에 도착한다", "필립 노바크") in _found()


def test_a_surname_alone_is_the_whole_name_and_chained_quotations_share_it() -> None:
    found = _found()
    assert ("direct", "우리는 아무도 해고하지 않는다", "필립 노바크") in found
    assert ("direct", "약속은 지킨다", "필립 노바크") in found


def test_a_role_without_a_name_is_a_role() -> None:
    assert ("direct", "협상은 끝나지 않았다", "정부 고위 당국자") in _found()
