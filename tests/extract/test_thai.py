"""Quotes in Thai articles (invented names and sentences)."""

from __future__ import annotations

from onrecord.extract.thai import find_thai_candidates

_ARTICLE = (
    'ข่าวเช้า | ภูมิภาค\n\nชาวบ้านยืนยัน "ไม่ปลอดภัย"\n\n'
    "นายสุรชัย ทองมาก ผู้ว่าราชการจังหวัด เปิดเผยเมื่อวันที่ 4 มิถุนายนว่า สะพานแห่งใหม่จะเปิดใช้ได้ในเดือนหน้า\n\n"
    '"เราจะไม่ปิดโรงเรียนในหมู่บ้านนี้ ไม่ว่าจะเกิดอะไรขึ้น" นายสุรชัยกล่าวกับ "ข่าวเช้า"\n\n'
    'นางพิมพ์ใจ ศรีสุข ครูใหญ่ กล่าวว่า "นักเรียนทุกคนกลับมาเรียนตามปกติแล้วตั้งแต่เมื่อวาน"\n\n'
    'นายกรัฐมนตรีไม่ได้แสดงความเห็น "ตอนนี้ยังไม่มีอะไรจะพูดเพิ่มเติมในเรื่องนี้เลย" ครูใหญ่กล่าว'
)


def _found() -> list[tuple[str, str, str | None]]:
    analysis = find_thai_candidates(_ARTICLE)
    return [(c.kind, _ARTICLE[c.start : c.end], c.mention.name if c.mention else None) for c in analysis.candidates]


def test_reported_speech_follows_a_cue_and_that() -> None:
    assert ("indirect", "สะพานแห่งใหม่จะเปิดใช้ได้ในเดือนหน้า", "สุรชัย ทองมาก") in _found()


def test_a_quotation_before_a_title_a_given_name_and_its_cue_written_together() -> None:
    assert ("direct", "เราจะไม่ปิดโรงเรียนในหมู่บ้านนี้ ไม่ว่าจะเกิดอะไรขึ้น", "สุรชัย ทองมาก") in _found()


def test_a_quotation_after_its_speaker_and_cue() -> None:
    assert ("direct", "นักเรียนทุกคนกลับมาเรียนตามปกติแล้วตั้งแต่เมื่อวาน", "พิมพ์ใจ ศรีสุข") in _found()


def test_a_role_before_a_cue_after_a_quotation_is_the_person_named_before() -> None:
    # "นายกรัฐมนตรี" (prime minister) opens with a title's letters: it is no name
    assert ("direct", "ตอนนี้ยังไม่มีอะไรจะพูดเพิ่มเติมในเรื่องนี้เลย", "พิมพ์ใจ ศรีสุข") in _found()


def test_a_short_quoted_term_or_a_title_is_no_quote() -> None:
    texts = [text for _, text, _ in _found()]
    assert "ไม่ปลอดภัย" not in texts and "ข่าวเช้า" not in texts
