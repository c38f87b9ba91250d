"""Quotes in Hebrew, Bengali, Georgian, Malayalam, Tamil and Amharic copy, read by word order and
each language's data (invented text)."""

from __future__ import annotations

import pytest

from onrecord.extract.caseless import find_caseless_candidates


def _found(text: str, language: str) -> list[tuple[str, str, str | None]]:
    analysis = find_caseless_candidates(text, language)
    return [
        (c.kind, text[c.start : c.end], c.mention.name or c.mention.text if c.mention is not None else None)
        for c in analysis.candidates
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Hebrew, verb first: the name after the cue, up to a weekday
        (
            '"הגשר ייסגר לשבועיים", אמר רון לביא ביום חמישי. באותו ראיון כתב לביא כי העבודות יתחילו בקיץ הבא.',
            "he",
            [
                ("direct", "הגשר ייסגר לשבועיים", "רון לביא"),
                ("indirect", "העבודות יתחילו בקיץ הבא", "לביא"),
            ],
        ),
        # a cue with no subject after it stands for the speaker named before; a source word
        (
            "כתב לביא כי הכביש ייפתח בערב. בהמשך הוסיף כי אין סכנה לנהגים בעיר. לדבריו, התיקון יעלה מעט כסף.",
            "he",
            [
                ("indirect", "הכביש ייפתח בערב", "לביא"),
                ("indirect", "אין סכנה לנהגים בעיר", "לביא"),
                ("indirect", "התיקון יעלה מעט כסף", "לביא"),
            ],
        ),
        # "לפי X,": the source speaks
        (
            "לפי משרד התחבורה, הגשר יישאר סגור עד הסתיו.",
            "he",
            [("indirect", "הגשר יישאר סגור עד הסתיו", "משרד התחבורה")],
        ),
        # an apposition set off by commas before the cue, a title in marks after it
        (
            'נהג מונית, יוסי כרמלי, אמר ל"חדשות הצפון": "אני נוסע עכשיו דרך העמק כל בוקר."',
            "he",
            [("direct", "אני נוסע עכשיו דרך העמק כל בוקר.", "יוסי כרמלי")],
        ),
        # Bengali, verb last: the name after the role, up to a weekday; a comma opens what was said
        (
            "পরিবহন মন্ত্রী রাজীব সেনগুপ্ত বৃহস্পতিবার সংসদে স্বীকার করেছেন, সেতুর মেরামতে দেরি হয়েছে।",
            "bn",
            [("indirect", "সেতুর মেরামতে দেরি হয়েছে", "রাজীব সেনগুপ্ত")],
        ),
        # a pronoun; an acronym in parentheses names the body
        (
            "পরে তিনি জানান, আগামী মাসে কাজ শেষ হবে। সড়ক কর্তৃপক্ষ (এসকেএ) শুক্রবার জানায়, মোট ১২টি সেতু পরীক্ষা করা হবে।",
            "bn",
            [
                ("indirect", "আগামী মাসে কাজ শেষ হবে", "তিনি"),
                ("indirect", "মোট ১২টি সেতু পরীক্ষা করা হবে", "এসকেএ"),
            ],
        ),
        # Georgian: the subject's ergative ending, put back to the nominative
        (
            "ბერიძემ ხუთშაბათს თქვა, რომ ხიდი მომავალ კვირას გაიხსნება.",
            "ka",
            [("indirect", "ხიდი მომავალ კვირას გაიხსნება", "ბერიძე")],
        ),
        # a conjunction with the ergative's ending is no subject; a noun of the content with it,
        # before the cue's clause, leaves the name after the cue
        (
            "მაგრამ ბერიძემ ხუთშაბათს თქვა, რომ ხიდი მომავალ კვირას გაიხსნება.",
            "ka",
            [("indirect", "ხიდი მომავალ კვირას გაიხსნება", "ბერიძე")],
        ),
        (
            "პრობლემა დიდია, თქვა ნინო ბერიძე, რომ ხიდი მომავალ კვირას გაიხსნება.",
            "ka",
            [("indirect", "ხიდი მომავალ კვირას გაიხსნება", "ნინო ბერიძე")],
        ),
        # a source postposition after its source
        (
            "სამინისტროს (MRT) განცხადებით, სამუშაოები ზაფხულამდე დასრულდება.",
            "ka",
            [("indirect", "სამუშაოები ზაფხულამდე დასრულდება", "MRT")],
        ),
        # Malayalam: the quotative ending closes what was said; the role's holder after it speaks
        (
            "പാലം അടുത്ത ആഴ്ച തുറക്കുമെന്ന് ജില്ലാ മേധാവി റീന തോമസ് വ്യാഴാഴ്ച അറിയിച്ചു.",
            "ml",
            [("indirect", "പാലം അടുത്ത ആഴ്ച തുറക്കുമ", "റീന തോമസ്")],
        ),
        # Amharic: a source postposition after the role and its holder; a quotation closed by the
        # cue, its subject a role, which stands for the speaker named after that role before
        (
            "የትራንስፖርት ሚኒስትሩ ዳዊት ተሰማ ሐሙስ ዕለት እንደገለጹት፣ ድልድዩ በሚቀጥለው ሳምንት ይከፈታል። "
            "ሚኒስትሩ «ሥራው በጊዜ ይጠናቀቃል» ብለዋል።",
            "am",
            [
                ("indirect", "ድልድዩ በሚቀጥለው ሳምንት ይከፈታል", "ዳዊት ተሰማ"),
                ("direct", "ሥራው በጊዜ ይጠናቀቃል", "ዳዊት ተሰማ"),
            ],
        ),
        # a clause closed by its own verb with the prefix "እንደ", the subject opening the sentence
        (
            "የኩባንያው ሥራ አስኪያጅ ሳራ ኃይሉ አዲሱ ጭነት ሰኞ እንደሚደርስ ተናግረዋል።",
            "am",
            [("indirect", "አዲሱ ጭነት ሰኞ እንደሚደርስ", "ሳራ ኃይሉ")],
        ),
    ],
)
def test_reports_read_by_word_order(text: str, language: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text, language) == expected


def test_a_quoted_name_is_no_quotation() -> None:
    text = 'המסעדה "גפן" נסגרה. "לא נפתח השבוע בשום אופן", כתבה דנה שגיא.'
    assert _found(text, "he") == [("direct", "לא נפתח השבוע בשום אופן", "דנה שגיא")]


def test_a_quotation_going_on_after_its_attribution_is_one_record() -> None:
    text = '"הגשר ייסגר לשבועיים", אמר רון לביא ביום חמישי. "אין לנו ברירה אחרת."'
    assert _found(text, "he") == [
        ("direct", 'הגשר ייסגר לשבועיים", אמר רון לביא ביום חמישי. "אין לנו ברירה אחרת.', "רון לביא")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the role and name before a quotation its verb-final cue closes, not the addressee between
        (
            'மருத்துவர் கவிதா சுந்தரம் புதன்கிழமை, "மருத்துவமனை நாளை முதல் திறந்திருக்கும்" என்று '
            "நிருபர்களிடம் தெரிவித்தார்.",
            ("direct", "மருத்துவமனை நாளை முதல் திறந்திருக்கும்", "கவிதா சுந்தரம்"),
        ),
        # a quotation of two sentences: its cue closes the second
        (
            'அமைச்சர் ரவி மோகன், "பாலம் பாதுகாப்பானது. அடுத்த வாரம் திறக்கப்படும்" என்று கூறினார்.',
            ("direct", "பாலம் பாதுகாப்பானது. அடுத்த வாரம் திறக்கப்படும்", "ரவி மோகன்"),
        ),
        # the name between the quotative and the cue, up to the weekday after it
        (
            "பேருந்து சேவைகள் நாளை மீண்டும் தொடங்கும் என்று வான் டெர் போல் வியாழக்கிழமை சட்டமன்றத்தில் "
            "தெரிவித்தார்.",
            ("indirect", "பேருந்து சேவைகள் நாளை மீண்டும் தொடங்கும்", "வான் டெர் போல்"),
        ),
    ],
)
def test_tamil_as_data(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text, "ta")


def test_a_role_alone_stands_for_the_speaker_named_after_it() -> None:
    # the minister of the first report, named after her role; the role alone then speaks again
    text = (
        "இந்த வாரம் சாலைகள் திறக்கப்படும் என்று போக்குவரத்து அமைச்சர் மாலதி குமரன் திங்கள்கிழமை தெரிவித்தார். "
        'பின்னர் செய்தியாளர்களைச் சந்தித்த அமைச்சர், "எல்லா பாலங்களும் பாதுகாப்பானவை" என்றார்.'
    )
    assert ("direct", "எல்லா பாலங்களும் பாதுகாப்பானவை", "மாலதி குமரன்") in _found(text, "ta")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nepali: the subject's ergative ending "-ले" (fused to the name) taken off, the whole name after
        # the role noun
        (
            "नगरपालिकाका मेयर सुरेश थापाले सोमबार पत्रकारहरूसँग भने, 'पुल अर्को हप्ता खुल्नेछ।'",
            ("direct", "पुल अर्को हप्ता खुल्नेछ।", "सुरेश थापा"),
        ),
        # a report closed by the participle "-एको" before its verb-final cue
        (
            "हिजो मेयर सुरेश थापाले सडक मर्मत अर्को महिना सकिएको बताए।",
            ("indirect", "सडक मर्मत अर्को महिना सकि", "सुरेश थापा"),
        ),
    ],
)
def test_nepali_as_data(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text, "ne")
