from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord import extract
from onrecord.clean import CleanOptions, clean, detect_language
from onrecord.clean.language import unread_language
from onrecord.errors import InputError
from onrecord.model import Document
from tests.conftest import SEED_GOLD, SEEDS

BOILERPLATE = ["Being updated", "09:08 GMT", "--IANS", "akl/as", " date 2025-12-11"]


def _doc(text: str, **hints: str) -> Document:
    return Document(content=text, source="test.txt", reader="text", **hints)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["000_bdbef122728239ac.txt", "003_cb571a2e6f574d89.txt"])
def test_seed_articles(name: str) -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["articles"][name]
    article = clean(_doc((SEEDS / name).read_text(encoding="utf-8")))
    assert article.title == gold["title"]
    assert article.outlet == gold["outlet"]
    assert article.published == gold["published"]
    for junk in BOILERPLATE:
        assert junk not in article.body
    if gold["title"]:
        assert gold["title"] not in article.body  # the repeated headline is out of the body
    assert article.language == "en"


def test_seed_dateline_is_its_own_paragraph() -> None:
    article = clean(_doc((SEEDS / "003_cb571a2e6f574d89.txt").read_text(encoding="utf-8")))
    assert article.body.startswith("Moscow, Dec 11 (IANS)\n\nRussian Foreign Minister Sergei Lavrov")
    assert (article.place, article.dateline, article.published_from) == (
        "Moscow",
        "Moscow, Dec 11 (IANS)",
        "date marker",
    )
    assert article.body.rstrip().endswith("settlement of the situation in Ukraine.")


def test_segments_map_body_back_to_the_input() -> None:
    text = (SEEDS / "000_bdbef122728239ac.txt").read_text(encoding="utf-8")
    article = clean(_doc(text))
    for b, s, n in article.segments:
        assert article.body[b : b + n] == text[s : s + n]
    i = article.body.index("We are working on peace")
    assert text[article.source_offset(i) : article.source_offset(i) + 23] == "We are working on peace"


def test_soft_line_breaks_stay_inside_a_paragraph() -> None:
    article = clean(_doc((SEEDS / "000_bdbef122728239ac.txt").read_text(encoding="utf-8")))
    assert "Donald Trump\nthat addressed Russia and Ukraine, Peskov said." in article.body


def test_metadata_wins_and_conflicts_are_noted() -> None:
    text = "Headline here\n09:08 GMT 10.12.2025\nThe minister said talks would resume.\nMore text follows here."
    article = clean(_doc(text, published="2025-12-11", outlet="Wire"))
    assert article.published == "2025-12-11"
    assert article.published_from == "text metadata"
    assert any("kept '2025-12-11'" in note for note in article.notes)
    assert article.outlet == "Wire"


def test_known_title_is_removed_wherever_it_repeats() -> None:
    text = "Talks resume\nBy Jane Roe\nTalks resumed on Thursday, officials said.\nTalks resume\nThe end of the story."
    article = clean(_doc(text, title="Talks resume"))
    assert article.title == "Talks resume"
    assert "Talks resume\n" not in article.body and "By Jane Roe" not in article.body
    assert article.body.startswith("Talks resumed on Thursday")


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        # found probing inputs for the fuzz tests: an item whose title is its whole text was refused
        # as "no article text"
        ('Peskov said "we are ready."', 'Peskov said "we are ready."', 'Peskov said "we are ready."'),
        ("Talks resume\n\nTalks resume.", "Talks resume", "Talks resume\n\nTalks resume."),
        ("Talks resume\n\nTalks resumed, she said.", "Talks resume", "Talks resumed, she said."),
    ],
)
def test_a_text_that_is_only_its_title_keeps_it(text: str, title: str, body: str) -> None:
    article = clean(_doc(text, title=title))
    assert (article.title, article.body) == (title, body)


@pytest.mark.parametrize(
    "separator",
    # found by fuzzing: every line boundary but "\n" glued the story to a "Read more:" line,
    # and the article was refused as "no article text"
    ["\n", "\r\n", "\r", "\u2029", "\u2028", "\x85", "\x0c", "\x0b", "\x1e"],
)
def test_every_line_boundary_ends_a_line(separator: str) -> None:
    text = f"Read more: Kremlin says talks are possible{separator}Dmitry Peskov said the talks had failed."
    article = clean(_doc(text))
    assert article.body == "Dmitry Peskov said the talks had failed."
    assert article.source_text[article.segments[0][1] :].startswith(article.body)


def test_html_page() -> None:
    from tests.ingest.test_readers import PAGE

    article = clean(Document(content=PAGE, source="page.html", reader="html", media_type="html"))
    assert article.title == "Talks resume"
    assert article.outlet == "Daily Planet"
    assert article.published == "2026-03-05T09:30:00+01:00"
    assert article.published_from == "json-ld datePublished"
    assert article.url == "https://planet.example/talks"
    assert "union leader Ana Ruiz told reporters" in article.body
    for junk in ("cookies", "By Jane Roe", "Related", "All rights reserved", "var ad"):
        assert junk not in article.body


@pytest.mark.parametrize("content", ["   \n  ", "--IANS\nakl/as\n"])
def test_nothing_left_is_an_error(content: str) -> None:
    with pytest.raises(InputError, match=r"test\.txt: no article text"):
        clean(_doc(content))


def test_html_without_article_text() -> None:
    html = "<html><body><nav><a href='/'>Home</a></nav><script>x=1</script></body></html>"
    with pytest.raises(InputError, match="no article text"):
        clean(Document(content=html, source="nav.html", reader="html", media_type="html"))


def test_same_content_same_id() -> None:
    a = clean(_doc("One article.\n\nWith two paragraphs."))
    b = clean(_doc("One article.\n\n\nWith two paragraphs.\n"))
    assert a.id == b.id and a.id.startswith("a")
    assert clean(_doc("Text.", id="feed-guid-1")).id == "feed-guid-1"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The minister said on Tuesday that the government would not raise taxes this year.", "en"),
        ("Der Minister sagte am Dienstag, dass die Regierung die Steuern nicht erhöhen wird.", "de"),
        ("Министр заявил во вторник, что правительство не будет повышать налоги в этом году.", "ru"),
        ("Le ministre a déclaré mardi que le gouvernement n'augmentera pas les impôts cette année.", "fr"),
        ("Minister powiedział we wtorek, że rząd nie podniesie w tym roku podatków dla firm.", "pl"),
        ("Ministr ve středu uvedl, že vláda letos nezvýší daně a že rozpočet bude vyrovnaný.", "cs"),
        ("Menteri mengatakan bahwa pemerintah tidak akan menaikkan pajak pada tahun ini dan juga tahun depan.", "id"),
        ("Bakan salı günü yaptığı açıklamada, hükümetin bu yıl vergileri artırmayacağını söyledi ve ekledi.", "tr"),
        ("Ministern sade på tisdagen att regeringen inte kommer att höja skatten i år och att det är klart.", "sv"),
        ("Ministeren sagde tirsdag, at regeringen ikke vil hæve skatten i år, og at det er blevet besluttet.", "da"),
        ("Ministeren sa tirsdag at regjeringen ikke vil øke skatten i år, og at det er blitt bestemt nå.", "nb"),
        ("Ministrul a declarat marți că guvernul nu va crește taxele anul acesta și că bugetul este stabil.", "ro"),
        ("A miniszter kedden azt mondta, hogy a kormány idén nem emeli az adókat, és a költségvetés stabil.", "hu"),
        ("Ο υπουργός είπε την Τρίτη ότι η κυβέρνηση δεν θα αυξήσει τους φόρους φέτος και ότι ο προϋπολογισμός "
         "είναι σταθερός.", "el"),
        ("Ministeri sanoi tiistaina, että hallitus ei nosta veroja tänä vuonna ja että budjetti on vakaa.", "fi"),
        ("قال الوزير يوم الثلاثاء إن الحكومة لن ترفع الضرائب هذا العام وإن الميزانية مستقرة.", "ar"),
        ("وزیر روز سه‌شنبه گفت که دولت امسال مالیات را افزایش نمی‌دهد و بودجه پایدار است.", "fa"),
        ("मंत्री ने मंगलवार को कहा कि सरकार इस साल कर नहीं बढ़ाएगी और बजट स्थिर है।", "hi"),
        ("部长周二表示，政府今年不会提高税收，预算保持稳定。", "zh"),
        ("大臣は火曜日、政府は今年増税しないと述べ、予算は安定していると説明した。", "ja"),
        ("El ministre va dir dimarts que el govern no apujarà els impostos aquest any i que el pressupost és estable.",
         "ca"),
        ("Ministar je u utorak rekao da vlada ove godine neće povećati poreze te da je proračun stabilan i "
         "da se ništa neće mijenjati.", "hr"),
        ("El ministro dijo el martes que el gobierno no subirá los impuestos este año y que el presupuesto es estable.",
         "es"),
        ("Ministrs otrdien sacīja, ka valdība šogad nepaaugstinās nodokļus un ka budžets ir stabils.", "lv"),
        ("Ministras antradienį sakė, kad vyriausybė šiais metais nedidins mokesčių ir kad biudžetas yra stabilus.",
         "lt"),
        ("장관은 화요일 정부가 올해 세금을 올리지 않을 것이라고 말했다.", "ko"),
        ("รัฐมนตรีกล่าวเมื่อวันอังคารว่ารัฐบาลจะไม่ขึ้นภาษีในปีนี้", "th"),
        ("Ráðherrann sagði á þriðjudag að ríkisstjórnin myndi ekki hækka skatta á þessu ári og að fjárlögin væru "
         "í jafnvægi.", "is"),
        ("Minister ütles teisipäeval, et valitsus ei tõsta tänavu makse ja et eelarve on tasakaalus ning see jääb "
         "nii.", "et"),
        ("Министърът каза във вторник, че правителството няма да вдига данъците тази година и че бюджетът е "
         "стабилен.", "bg"),
        ("Minister je v torek dejal, da vlada letos ne bo zvišala davkov in da je proračun stabilen ter da se to ne "
         "bo spremenilo.", "sl"),
        ("Minister v utorok povedal, že vláda tento rok nezvýši dane a že rozpočet je vyrovnaný, čo potvrdil aj "
         "premiér.", "sk"),
        ("Ministri tha të martën se qeveria nuk do t'i rrisë taksat këtë vit dhe se buxheti është i "
         "qëndrueshëm.", "sq"),
        ("وزیر نے منگل کو کہا کہ حکومت اس سال ٹیکس نہیں بڑھائے گی اور بجٹ مستحکم ہے۔", "ur"),
        ("Nazir çərşənbə axşamı bildirib ki, hökumət bu il vergiləri artırmayacaq və büdcə sabitdir.", "az"),
        ("השר אמר ביום שלישי כי הממשלה לא תעלה את המסים השנה וכי התקציב יציב.", "he"),
        ("মন্ত্রী মঙ্গলবার বলেন, সরকার এ বছর কর বাড়াবে না এবং বাজেট স্থিতিশীল।", "bn"),
        ("მინისტრმა სამშაბათს თქვა, რომ მთავრობა წელს გადასახადებს არ გაზრდის.", "ka"),
        ("ഈ വർഷം നികുതി കൂട്ടില്ലെന്ന് മന്ത്രി ചൊവ്വാഴ്ച പറഞ്ഞു.", "ml"),
        ("ሚኒስትሩ ማክሰኞ ዕለት መንግሥት በዚህ ዓመት ግብር እንደማይጨምር ተናግረዋል።", "am"),
        ("Mínísítà náà sọ ní ọjọ́ Ìṣẹ́gun pé ìjọba kò ní fi owó-orí kún ní ọdún yìí, àti pé ìnáwó wà ní ìwọ̀ntúnwọ̀nsì.",
         "yo"),
        ("Dywedodd y gweinidog ddydd Mawrth fod y llywodraeth wedi penderfynu na fydd yn codi trethi eleni, ond "
         "roedd y gyllideb yn sefydlog.", "cy"),
        ("Ministan ya ce ranar Talata cewa gwamnati ba za ta kara haraji ba a wannan shekara, kuma kasafin kudi "
         "yana nan daram.", "ha"),
        ("Министр сейсенбі күні үкімет биыл салықты көтермейтінін және бюджеттің тұрақты екенін айтты.", "kk"),
        ("இந்த ஆண்டு வரிகள் உயர்த்தப்படாது என்று அமைச்சர் செவ்வாய்க்கிழமை தெரிவித்தார்.", "ta"),
        # Macedonian beside Serbian and Bulgarian, Somali, Nepali beside Hindi (words of Devanagari are not cut
        # at their vowel signs), Armenian (a script with capitals of its own)
        ("Министерот во вторникот изјави дека владата оваа година нема да ги зголеми даноците и дека буџетот е "
         "стабилен.", "mk"),
        ("Wasiirka ayaa Talaadadii sheegay in dowladdu aanay sannadkan kordhin doonin canshuuraha, isla markaana "
         "miisaaniyaddu ay tahay mid deggan.", "so"),
        ("मन्त्रीले मंगलबार सरकारले यो वर्ष कर नबढाउने र बजेट स्थिर रहेको बताए। उनले भने, सबै तयारी पूरा भएको छ।", "ne"),
        ("Նախարարը երեքշաբթի ասաց, որ կառավարությունն այս տարի հարկերը չի բարձրացնի, և բյուջեն կայուն է։", "hy"),
        # Basque (its function words, not Turkish's), Zulu, Mongolian (Cyrillic beside Kazakh's and Russian's),
        # Sinhala (a script of its own)
        ("Ministroak astelehenean esan du gobernuak ez dituela zergak igoko aurten, eta aurrekontua egonkorra dela "
         "baina beste neurri batzuk behar direla.", "eu"),
        ("Ungqongqoshe uthe ngoLwesibili uhulumeni ngeke akhuphule intela kulo nyaka futhi isabelomali sizinzile, "
         "kodwa manje kukhona ukukhathazeka.", "zu"),
        ("Сайд Мягмар гарагт Засгийн газар энэ жил татвар нэмэхгүй бөгөөд төсөв тогтвортой байна гэж хэлэв. Тэр "
         "бол харин одоо бид бэлэн байна гэж нэмж хэлэв.", "mn"),
        ("අමාත්‍යවරයා අඟහරුවාදා පැවසුවේ රජය මෙම වසරේ බදු වැඩි නොකරන බව සහ අයවැය ස්ථාවර බවයි.", "si"),
        # a language of a script without capitals that the file has no entry for: its nearest neighbour's
        # data rather than none (Marathi read as Hindi, Pashto as Persian)
        ("मंत्री मंगळवारी म्हणाले की सरकार यावर्षी कर वाढवणार नाही आणि अर्थसंकल्प स्थिर आहे.", "hi"),
        ("وزیر په سه شنبه وویل چې حکومت به سږکال مالیات نه زیاتوي او بودیجه ثابته ده.", "fa"),
        ("12 34", None),
        # a vote carried by one- and two-letter words alone ("te", "i", "a"), which many languages write
        # as words of their own, tells nothing: an invented language is no Croatian
        ("Te marika i korava a te ulani i nopeka te warua a korimo, i te faleki i te taruna a horo. Te pakino i "
         "te mareva a ulimo te hanga.", None),
    ],
)
def test_detect_language(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang


def test_a_danda_is_no_part_of_the_word_before_it() -> None:
    from onrecord.clean.language import _WORD

    assert _WORD.findall("सबै तयारी पूरा भएको छ। अनि छन्॥ १२") == ["सबै", "तयारी", "पूरा", "भएको", "छ", "अनि", "छन्"]


_TAGALOG = "Sinabi ng alkalde na bubuksan muli ang tulay sa susunod na buwan matapos ang pagkukumpuni nito. " * 4
_ENGLISH = "The mayor said that the bridge would open again next month after the repairs were done. " * 4
_HEBREW = "ראש העירייה אמר כי הגשר ייפתח מחדש בחודש הבא לאחר סיום העבודות בעיר. " * 4
# a language whose article before a noun is written as English words are ("is-", "it-"), in one word
# in thirteen: no English copy
_ARTICLES_LIKE_ENGLISH = (
    "Is-sindku qal nhar il-Ġimgħa li l-pont tal-belt se jerġa jinfetaħ ix-xahar id-dieħel wara li jintemm "
    "ix-xogħol fuq it-triq prinċipali. Is-sewwieqa kienu ilhom jistennew ħafna xhur għal din l-aħbar. "
) * 4
# a language with no entry that writes "in", "was", "will" as words of its own, a twelfth of its words
_IN_WAS_WILL = (
    "Der Bürgermeister sagte am Freitag in der Stadthalle, was die Brücke betrifft, will die Stadt "
    "über den Sommer prüfen, ob sie für schwere Lastwagen gesperrt wird. Die Arbeiten würden "
    "frühestens im Herbst beginnen, so die Behörde. "
) * 4
# English copy with few function words (a results box, one word in twenty): English all the same
_RESULTS_BOX = (
    "Haldon Vale 2 Corbin Rangers 0\n"
    "Ystrad Forge 1 Wetherly Park 1\n"
    "Ambrey Athletic 4 Sallow Mills 3\n"
    "Goals: Tallack 9, 71, Brisby 33; Kinsale 52, Orlek 60, 85, Plover 90.\n"
    "Referee: Colm Arlott. Crowd: 3,118. Cautions: Brisby, Kinsale, Orlek, Hask.\n"
    'Vale coach Nerys Tallack said: "Solid shift, clean sheet."\n'
    'Rangers boss Idris Hask: "Frustrating, honestly. Sloppy passing, sloppy pressing, sloppy everything."\n'
    'Athletic skipper Bram Plover told the club website on Saturday: "Huge points."\n'
)
# a script with capitals of its own, in a language that would have no entry: no English copy either
_ARMENIAN = "Քաղաքապետը երեքշաբթի ասաց, որ կամուրջը կվերաբացվի հաջորդ ամիս՝ վերանորոգումից հետո։ " * 8


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        (_TAGALOG, True),
        (_ENGLISH, False),
        (_HEBREW, False),
        ("Short text.", False),
        (_ARMENIAN, True),
        (_ARTICLES_LIKE_ENGLISH, True),
        (_IN_WAS_WILL, True),
        (_RESULTS_BOX, False),
    ],
)
def test_unread_language(text: str, unread: bool) -> None:
    """A language with no entry, in a script with capitals or in a script no entry is written in, is
    not read as English."""
    assert unread_language(text) is unread


@pytest.fixture
def hebrew_withheld(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Hebrew's entry withheld, as ``ONRECORD_UNREAD_LANGUAGES=he`` withholds it."""
    from onrecord.languages import UNREAD_ENV, languages

    monkeypatch.setenv(UNREAD_ENV, "he")
    languages.cache_clear()
    yield
    monkeypatch.delenv(UNREAD_ENV)
    languages.cache_clear()


@pytest.mark.usefixtures("hebrew_withheld")
def test_a_caseless_script_no_entry_reads() -> None:
    """A caseless script whose only language onrecord has no data for: no language told (the
    article is still cleaned), and no English copy."""
    assert detect_language(_HEBREW) is None
    assert unread_language(_HEBREW) is True


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Being updated",
                "--IANS",
                "akl/as",
                "By Jane Roe",
                "A headline",
                "",
                "“We are ready,” she said.",
                "He said the talks would resume\non Monday.",
                "Read more: x",
                "09:08 GMT 10.12.2025",
                "Plain sentence here.",
                "  indented line  ",
                "Ünïcödé line.",
            ]
        ),
        min_size=1,
        max_size=12,
    )
)
def test_segments_always_map_exactly(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        article = clean(_doc(text))
    except InputError:
        return
    for b, s, n in article.segments:
        assert article.body[b : b + n] == text[s : s + n]


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("By Helen Marsh, Football Correspondent | Tuesday 11 May 2027", "2027-05-11"),
        ("Von Jonas Reiter | Mittwoch, 12. Mai 2027, 06:00 Uhr", "2027-05-12T06:00:00"),
        ("Publié le 18 mars 2027 à 07h30 – Par Claire Deschamps", "2027-03-18"),
        ("MARREN CREEK (Colorado), 4 de agosto de 2027", "2027-08-04"),
        ("FOR IMMEDIATE RELEASE | August 3, 2027, 6:15 a.m. MDT", "2027-08-03T06:15:00-06:00"),
        ("Transcript of interview — recorded Thursday, April 15, 2027, 6:40 p.m.", "2027-04-15T18:40:00"),
        # Hungarian ends the date with the point of the day's ordinal
        ("Debrecen, 2027. június 14.", "2027-06-14"),
        # Croatian ends it with the point of the year's ordinal; Catalan writes "de" before the month
        ("Split, utorak, 8. lipnja 2027.", "2027-06-08"),
        ("Redacció | Girona, 9 de març de 2027", "2027-03-09"),
    ],
)
def test_a_date_in_a_header_line_is_the_publication_date(header: str, published: str) -> None:
    text = f"Rovers agree sale to new owner\n{header}\n\nThe club said on Monday that the sale would close in June."
    article = clean(Document(content=text, source="x.txt", reader="text"))
    assert article.published == published


@pytest.mark.parametrize(
    ("header", "published"),
    [
        # a title that dates the story's event gives way to the line that says when it came out
        ("Harlow Savings Bank: the outage of 4 May 2027\nReport of the Committee\nPublished 7 May 2027", "2027-05-07"),
        ("Flooding of 2 March 2027: what went wrong\nLast updated: 5 March 2027", "2027-03-05"),
        # with no such line, the first dated line still dates it
        ("Harlow Savings Bank: the outage of 4 May 2027\nReport of the Committee", "2027-05-04"),
        # "Published by" names a publisher, no date's label
        ("Tuesday 4 May 2027\nPublished by the Committee, 7 May 2027", "2027-05-04"),
    ],
)
def test_a_labelled_publication_line_outranks_a_dated_title(header: str, published: str) -> None:
    text = f"{header}\n\nThe committee said on Monday that the bank had misled its customers for most of the day."
    article = clean(Document(content=text, source="x.txt", reader="text"))
    assert article.published == published


@pytest.mark.parametrize(
    ("header", "body", "published"),
    [
        # a language whose months onrecord has no names for: the month by its sound, or its number
        (
            "Lwesihlanu, 8 Ogasti 2027 | Ezemidlalo",
            "Iqembu lithe ngoMsombuluko ukuthengiswa kwalo kuzophothulwa ngoJuni, kusho umphathi walo.",
            "2027-08-08",
        ),
        (
            "2026 оны 4 дүгээр сарын 21, Мягмар",
            "Клубын удирдлага худалдааг зургаадугаар сард дуусгана гэж Даваа гарагт мэдэгдэв.",
            "2026-04-21",
        ),
    ],
)
def test_a_date_line_of_unknown_months_dates_copy_not_in_english(header: str, body: str, published: str) -> None:
    text = f"Rovers agree sale to new owner\n{header}\n\n{body}"
    article = clean(Document(content=text, source="x.txt", reader="text"))
    assert article.published == published


def test_a_dateline_after_a_press_release_header_is_found() -> None:
    from onrecord.clean import clean
    from onrecord.model import Document

    text = (
        "NEWS RELEASE\n\nTamberlane Mobility Inc.\n\n1400 Canal Works Drive, Harlow Falls, OH\n\n"
        "FOR IMMEDIATE RELEASE\nMay 10, 2027\n\nTamberlane Announces Voluntary Recall of Battery Packs\n\n"
        "HARLOW FALLS, Ohio, May 10, 2027 — Tamberlane Mobility Inc. today announced that it is recalling "
        "480,000 battery packs sold in the United States."
    )
    article = clean(Document(content=text, source="release.txt", reader="text"))
    assert (article.place, article.dateline) == ("Harlow Falls, Ohio", "HARLOW FALLS, Ohio, May 10, 2027")


def test_an_agency_header_line_is_no_dateline_when_a_dated_one_follows() -> None:
    from onrecord.clean import clean
    from onrecord.model import Document

    text = (
        "Minister calls report a rumour\nNWA - National Wire Agency\n"
        "Orvask, Feb 3, NWA -- Foreign Ministry spokesman Tomas Vell said here Sunday that the report was "
        "baseless. He said no request had been made."
    )
    article = clean(Document(content=text, source="x.txt", reader="text"))
    assert (article.place, article.dateline, article.outlet) == ("Orvask", "Orvask, Feb 3, NWA", "NWA")
    assert "\n\nForeign Ministry spokesman Tomas Vell said" in article.body


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Drugmaker backs away from cut-off\n\nBy Aleksander Brun\n\n"
            "ARNHOLT, March 18 (Meridian Press) - The company will keep supplying its insulin, its chief "
            "executive said on Thursday. Prices were last set in 2021.",
            "2027-03-18",
        ),
        (
            "THE MARREN HERALD | BUSINESS LIVE\n\nPilots call off strike - as it happened\n\n"
            "Wednesday 5 May\n\n14:05\n\nThe union said the walkout would not go ahead. The deal should "
            "close in 2028.",
            "2027-05-05",
        ),
    ],
)
def test_a_date_without_a_year_takes_the_year_its_weekday_falls_in(text: str, published: str) -> None:
    article = clean(Document(content=text, source="x.txt", reader="text"), CleanOptions(today=date(2026, 12, 2)))
    assert article.published == published
    assert "year" in (article.published_from or "")


def test_a_dated_dateline_after_a_standfirst_ending_on_a_quote_is_found() -> None:
    text = (
        "Il Corriere Marittimo\nPORTI E LOGISTICA\n\nSciopero a oltranza nei porti\n\n"
        "Il sindacato chiede il 6 per cento. La ministra: «Lo Stato non ne è parte»\n\ndi Giulia Ferrante\n\n"
        "HALLVIK, 12 marzo 2027 – Lo sciopero è «a tempo indeterminato», ha detto giovedì il presidente."
    )
    article = clean(Document(content=text, source="x.txt", reader="text"), CleanOptions(today=date(2026, 12, 2)))
    assert (article.place, article.dateline, article.published) == ("Hallvik", "HALLVIK, 12 marzo 2027", "2027-03-12")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # "Tuesday" and "Wednesday" are named as often; 2 March is a Tuesday in 2027 only, near 2026
        (
            "Dock strike costing Rs 40 crore a day\n\nNEW KARPUR, March 2 (NWS) The minister said here on "
            "Tuesday that the strike was costly. The union will meet the commissioner on Wednesday.",
            "2027-03-02",
        ),
        # both fit within a year of 2026 (9 June: Tuesday 2026, Wednesday 2027): the lede's weekday wins
        (
            "Club wants three strikers\n\nRIVERMOUTH, England, June 9 (Sportswire) - The manager said on "
            "Wednesday the club would sign three strikers, a day after promising two on Tuesday. The chief "
            "executive spoke on Tuesday; the agent spoke on Wednesday.",
            "2027-06-09",
        ),
    ],
)
def test_a_tie_of_weekdays_is_broken_by_the_years_near_and_the_lede(text: str, published: str) -> None:
    article = clean(Document(content=text, source="x.txt", reader="text"), CleanOptions(today=date(2026, 12, 2)))
    assert article.published == published


def test_a_dateline_without_a_year_or_weekday_gives_no_publication_date() -> None:
    text = "Court halts mine\n\nORVASK, Sept 21 (ENA) - The court halted the mine, the judge said."
    article = clean(Document(content=text, source="x.txt", reader="text"), CleanOptions(today=date(2026, 12, 2)))
    assert article.published is None


_BLOG = (
    "LIVE | Ridgeview hit-and-run: bail granted\n\nPort Kaya Herald live desk\nLast updated: 15 April 2027, 16:40\n\n"
    "Thursday 15 April 2027\n\n16:40\nThe captain gave a short briefing at the station.\n\n"
    "{heading}\n\n17:15\nBail granted. The magistrate has granted the accused bail of R10,000.\n"
)


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("Wednesday 14 April 2027", True),  # a day heading between the entries: the day of those below
        ("14 April 2027", True),
        ("Wednesday 14 April 2027, 09:00", False),  # a time stamp line, metadata
    ],
)
def test_a_live_blogs_day_heading_between_entries_stays_in_the_body(heading: str, kept: bool) -> None:
    article = clean(_doc(_BLOG.format(heading=heading)))
    assert (heading in article.body) is kept
    assert "Thursday 15 April 2027" not in article.body  # above the first entry: the header's date


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("Sarah Keane in Brussels", True),  # the writer and where they file from
        ("Tom Reilly, Political Correspondent", True),
        ("Maria Costa at Westminster", True),
        ("Chaos in Brussels", False),  # no person's name
        ("Storm Dara in Galway", False),  # "Storm" is no given name
        ("Sarah Keane in Brussels said the talks failed.", False),  # a sentence
    ],
)
def test_a_header_byline_without_by_is_no_body_text(line: str, dropped: bool) -> None:
    text = f"Deadlock wears on in coalition talks\n\n{line}\n\nThe Taoiseach has predicted that he will stay on."
    article = clean(_doc(text))
    assert (line not in article.body) is dropped
    assert "The Taoiseach has predicted" in article.body


@pytest.mark.parametrize("headline", ["My 5 favourite books of 2027", "Mary 3 and the 2027 season"])
def test_an_english_headline_that_sounds_like_a_month_is_no_date_line(headline: str) -> None:
    # "My" and "Mary" sound like May and March to a reader of unknown months: in English copy
    # the dateline's day stands
    text = (
        f"{headline}\n\nLONDON, Aug 10 (Reuters) - The list was published on Tuesday, its editor said.\n\n"
        "Readers chose the titles in a poll that ran for a month, the editor said on Tuesday."
    )
    article = clean(_doc(text), CleanOptions(today=date(2027, 9, 1)))
    assert article.published is None or article.published.endswith("-08-10")


def test_a_results_box_is_read_as_english_copy() -> None:
    """English copy with few function words is read by the English parser: the weekday after "told
    the club website on" is no speaker, the name before the cue is."""
    records = {r.text: r for r in extract(_RESULTS_BOX, published="2026-05-12")}
    speaker = records["Huge points."].speaker
    assert speaker is not None
    assert speaker.name == "Bram Plover"
