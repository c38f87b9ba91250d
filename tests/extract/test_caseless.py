"""Quotes in Arabic, Hindi, Chinese and Japanese copy, read by cue words without capitals (invented text)."""

from __future__ import annotations

import pytest

from onrecord.extract.caseless import find_caseless_candidates, name_words


def _found(text: str, language: str) -> list[tuple[str, str, str | None]]:
    analysis = find_caseless_candidates(text, language)
    return [
        (c.kind, text[c.start : c.end], c.mention.name if c.mention is not None else None)
        for c in analysis.candidates
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Arabic, verb first: the subject runs from the cue to its complementizer
        (
            "وقال المتحدث باسم الوزارة كريم دي فال إن المطار سيفتح صباح الجمعة.",
            "ar",
            [("indirect", "المطار سيفتح صباح الجمعة", "كريم دي فال")],
        ),
        # a role and its body between prepositions: the part with the name
        (
            "أكد سفير تيرانيا لدى الاتحاد الأوروبي سامي نوفاك أن المحادثات ستستمر غدا.",
            "ar",
            [("indirect", "المحادثات ستستمر غدا", "سامي نوفاك")],
        ),
        # a subject set before "قد" and the cue; a feminine verb after it takes her
        (
            'وكانت الوزيرة ليلى مارتن قد صرحت بأن الجسر مغلق منذ أسبوع. وأضافت: "لن نفتحه قبل الربيع".',
            "ar",
            [("indirect", "الجسر مغلق منذ أسبوع", "ليلى مارتن"), ("direct", "لن نفتحه قبل الربيع", "ليلى مارتن")],
        ),
        # a report inside a report: the inner subject speaks, relayed by the outer one (a role
        # standing for its holder)
        (
            "وقال المتحدث باسمه سامي نوفاك إن الوزير أبلغ النواب بأن الميناء سيغلق يومين.",
            "ar",
            [
                ("indirect", "الوزير أبلغ النواب بأن الميناء سيغلق يومين", "سامي نوفاك"),
                ("indirect", "الميناء سيغلق يومين", None),
            ],
        ),
        # an institution opened by its head speaks, not the statement it spoke in
        (
            'وقالت وزارة النقل الكارلية في بيان: "لن نرفع الأسعار هذا العام".',
            "ar",
            [("direct", "لن نرفع الأسعار هذا العام", "وزارة النقل الكارلية")],
        ),
        # Hindi: the words before the ergative "ने"; a particle keeps the surname whole
        (
            "परिवहन मंत्री रीना डी सूजा ने बुधवार को कहा कि पुल अगले महीने खुलेगा।",
            "hi",
            [("indirect", "पुल अगले महीने खुलेगा", "रीना डी सूजा")],
        ),
        (
            'संघ के अध्यक्ष टोमस वेरा ने कहा, "हम हड़ताल जारी रखेंगे।"',
            "hi",
            [("direct", "हम हड़ताल जारी रखेंगे।", "टोमस वेरा")],
        ),
        # a source and its postposition open the sentence
        (
            "मंत्रालय के अनुसार, बाढ़ में 1,20,000 घर डूब गए हैं।",
            "hi",
            [("indirect", "बाढ़ में 1,20,000 घर डूब गए हैं", "मंत्रालय")],
        ),
        # Chinese: the name given with its Latin spelling, recorded so; a pronoun takes the name before it
        (
            "市议员白秋云（Qiu-Yun Bai）周一发表讲话。她说：“我们会修好这座桥。”她还表示，工程将在五月完成。",
            "zh",
            [("direct", "我们会修好这座桥。", "Qiu-Yun Bai"), ("indirect", "工程将在五月完成", "Qiu-Yun Bai")],
        ),
        # a name before a role and another name owns the role: the other speaks
        (
            "托马斯·伦德（Tomas Lund）的发言人卡特里娜（Katrina Moss）在声明中说，公司不会裁员。",
            "zh",
            [("indirect", "公司不会裁员", "Katrina Moss")],
        ),
        # Japanese: the topic before "は" speaks; a quotation "と" follows is speech, a name in
        # brackets ("「ノルド」") is none; what was said runs from the comma to the "と"
        (
            "港湾局のマルタ・ベルグルンド局長は3日、記者団に対し、新しい岸壁は「ノルド」と呼ばれると述べた。",
            "ja",
            [("indirect", "新しい岸壁は「ノルド」と呼ばれる", "マルタ・ベルグルンド")],
        ),
        # ... a surname with "氏" and "同氏" stand for the name the article gave
        (
            "港湾局のマルタ・ベルグルンド局長は3日、「岸壁は来月開く」と語った。"
            "ベルグルンド氏は、費用は増えないと説明した。同氏は「遅れはない」と強調した。",
            "ja",
            [
                ("direct", "岸壁は来月開く", "マルタ・ベルグルンド"),
                ("indirect", "費用は増えない", "マルタ・ベルグルンド"),
                ("direct", "遅れはない", "マルタ・ベルグルンド"),
            ],
        ),
        # an institution speaks as itself
        (
            "沿岸警備庁は4日、船は既に港を出たとしていた。",
            "ja",
            [("indirect", "船は既に港を出た", "沿岸警備庁")],
        ),
        # Persian, the verb last: the subject opens the clause, up to its apposition's comma or
        # the first adverbial; a dateline's dash, a relative "که" inside the apposition
        (
            "بندر لاروس — نرگس فاضلی‌نیا، زمین‌شناس که در جزیره کار می‌کند، روز شنبه نوشت: «همه در امانیم.»",
            "fa",
            [("direct", "همه در امانیم.", "نرگس فاضلی‌نیا")],
        ),
        # a ship's name in marks inside the apposition is nobody's quote
        (
            "کاپیتان تورین هالدور، فرمانده «ستاره شمال»، روز جمعه به خبرنگاران گفت: «فردا می‌رسیم.»",
            "fa",
            [("direct", "ستاره شمال", None), ("direct", "فردا می‌رسیم.", "تورین هالدور")],
        ),
        # a title before a surname with its particle; the clause after a cue's "که" has its own subject
        (
            "اما خانم د ورس روز سه‌شنبه اظهار داشت که بندر بسته خواهد ماند.",
            "fa",
            [("indirect", "بندر بسته خواهد ماند", "د ورس")],
        ),
        (
            "فاضلی‌نیا در وبلاگ خود همچنین نوشت که آنا د ورس در نامه‌ای گفته است: «حال او خوب است.»",
            "fa",
            [("direct", "حال او خوب است.", "آنا د ورس")],
        ),
        # Urdu: Hindi's grammar in the Arabic script, its ergative "نے" before the cue
        (
            "شہر کے میئر ندیم فاروقی نے بتایا کہ پل اگلے ماہ دوبارہ کھول دیا جائے گا۔",
            "ur",
            [("indirect", "پل اگلے ماہ دوبارہ کھول دیا جائے گا", "ندیم فاروقی")],
        ),
        # a name of three words after a role; the words between the marker and the cue are no subject
        (
            "وزیر صحت ماریا لوئیزا برنک نے پیر کو صحافیوں سے گفتگو کرتے ہوئے کہا: “اسپتال کل کھلیں گے۔”",
            "ur",
            [("direct", "اسپتال کل کھلیں گے۔", "ماریا لوئیزا برنک")],
        ),
        # an institution a postposition makes an object is no speaker: the role closing the subject is
        (
            "جمعہ کی شام سرکاری ادارے کو انٹرویو دیتے ہوئے وزیر خزانہ نے کہا کہ بجٹ متوازن رہے گا۔",
            "ur",
            [("indirect", "بجٹ متوازن رہے گا", None)],
        ),
    ],
)
def test_quotes_and_speakers(text: str, language: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _found(text, language) == expected


@pytest.mark.parametrize(
    ("words", "language", "run"),
    [
        (["سفير", "تيرانيا", "سامي", "نوفاك"], "ar", 2),
        (["المتحدث", "باسمها", "جان", "بيير", "فان", "دير", "برغ"], "ar", 5),
        (["الأمينة", "العامة"], "ar", 0),
        (["संस्था", "के", "निदेशक", "अमर", "लाल"], "hi", 2),
        (["मंत्री", "रीना", "डी", "सूजा"], "hi", 3),
        (["اوستریویا", "کی", "وزیر", "صحت", "ماریا", "لوئیزا", "برنک"], "ur", 3),
        (["मंत्री", "अमर", "लाल", "वर्मा"], "hi", 3),
        (["सचिव", "कल", "शाम", "अमर", "लाल"], "hi", 3),
    ],
)
def test_name_words(words: list[str], language: str, run: int) -> None:
    assert name_words(words, language) == run


def test_a_role_closing_the_subject_speaks_rather_than_an_object_institution() -> None:
    text = "جمعہ کی شام سرکاری ادارے کو انٹرویو دیتے ہوئے وزیر خزانہ نے کہا کہ بجٹ متوازن رہے گا۔"
    mention = find_caseless_candidates(text, "ur").candidates[0].mention
    assert mention is not None and (mention.kind, mention.role) == ("role", "وزیر خزانہ")


def test_a_role_stands_for_its_holder() -> None:
    text = "وقال المتحدث باسمه سامي نوفاك إن الوزير أبلغ النواب بأن الميناء سيغلق يومين."
    relayed = find_caseless_candidates(text, "ar").candidates[-1]
    assert relayed.mention is not None and (relayed.mention.kind, relayed.mention.role) == ("role", "الوزير")
