"""What two wordings of a statement must agree on before they are linked.

Embeddings and shingles see that "we will not raise taxes" and "we will raise taxes" are close;
they are different statements. Verification compares what a paraphrase or translation keeps:

* predicate negation ("will not raise", "won't", "never", German "nicht", Russian "не") — but not
  contrastive negation ("peace, not a ceasefire"), which a paraphrase may express otherwise;
* the figures (numbers, percentages, years): "a 2% cut" is not "a 4% cut", and a figure set
  aside ("three years rather than two") is not the figure given ("two years");
* modality: "will" is not "may";
* named entities, within one language, when the rest of the wording is the same: "talks with
  France" is not "talks with Germany".
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from difflib import Match, SequenceMatcher

from onrecord.link import trends
from onrecord.link.contrasts import aside_clash, names_set_aside
from onrecord.link.figures import FigureKey, counted_word, figures_disagree
from onrecord.link.fractions import fractions_differ, fractions_in

__all__ = [
    "NUMBER_STEMS",
    "UNREAD",
    "Features",
    "compatible",
    "content_words",
    "features",
    "figures_in_digits",
    "function_words",
    "normalize",
    "set_aside",
    "tokens",
]

# a word, with the vowel signs Devanagari writes on its letters (which are no word characters);
# a Chinese character is a word of its own (Chinese writes no spaces between words)
_LETTERS = r"[\u4e00-\u9fff]|(?:[^\W_\u4e00-\u9fff]|[\u0900-\u0963\u0966-\u097f])+"
_WORD = re.compile(rf"(?:{_LETTERS})(?:['’][^\W_]+)?", re.UNICODE)
_PERCENT = (
    r"(?:\s*(%|percent|per cent|процент\w*|prozent|procent|prosent|pour cent|por ciento|la sută|százalék\w*"
    r"|τοις εκατό|одсто|посто|posto|phần trăm))?"
)
_NUMBER = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)*)" + _PERCENT, re.I)
# French and Russian group thousands with a (narrow, no-break) space: "1 200"
_NUMBER_SPACED = re.compile(r"(?<![\w.])(\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,])|\d+(?:[.,]\d+)*)" + _PERCENT, re.I)
# Languages that group thousands with a point ("1.200") and write decimals with a comma.
_POINT_GROUPS = frozenset({"de", "es", "it", "pt", "nl", "da", "tr", "id", "ro", "el", "ca", "hr", "sr", "vi"})
# ... and those that group them with a comma as English does; Hindi groups lakhs too ("2,10,000")
_COMMA_GROUPS = frozenset({"ar", "hi", "zh", "sw"})
_INDIAN_GROUPS = frozenset({"hi"})
# Number words by language, so "three cracks" and "drei Risse" agree and "thirteen" does not.
_NUMBER_WORD_LISTS = {
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve",
    "ru": "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать "
    "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать",
    # "um"/"uno" are articles as often as numbers: no entry for one
    "pt": "zero - dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis "
    "dezassete dezoito dezanove",
    "it": "zero - due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
    "sedici diciassette diciotto diciannove",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście "
    "czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście",
    "cs": "nula jeden dva tři čtyři pět šest sedm osm devět deset jedenáct dvanáct třináct čtrnáct patnáct "
    "šestnáct sedmnáct osmnáct devatenáct",
    # "se-" forms and "belas" (teens), "puluh" (tens) are written as two words: only the units
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas",
    # "bir" and "en", "ett" are articles as often as numbers: no entry for one
    "tr": "sıfır - iki üç dört beş altı yedi sekiz dokuz on",
    "sv": "noll - två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton",
    # Danish "en"/"et", Norwegian "en"/"ett", Romanian "un"/"o", Hungarian "egy", Greek "ένα" are
    # articles as often as numbers: no entry for one
    "da": "nul - to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
    "nb": "null - to tre fire fem seks sju åtte ni ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
    "ro": "zero - doi trei patru cinci șase șapte opt nouă zece unsprezece doisprezece treisprezece paisprezece "
    "cincisprezece șaisprezece șaptesprezece optsprezece nouăsprezece",
    "hu": "nulla - kettő három négy öt hat hét nyolc kilenc tíz tizenegy tizenkettő tizenhárom tizennégy tizenöt "
    "tizenhat tizenhét tizennyolc tizenkilenc",
    "el": "μηδέν - δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε "
    "δεκαέξι δεκαεπτά δεκαοκτώ δεκαεννέα",
    # Catalan "un"/"una", Croatian "jedan"/"jedna" are articles or "one and the same" as often as numbers
    "ca": "zero - dos tres quatre cinc sis set vuit nou deu onze dotze tretze catorze quinze setze disset divuit "
    "dinou",
    "hr": "nula - dva tri četiri pet šest sedam osam devet deset jedanaest dvanaest trinaest četrnaest petnaest "
    "šesnaest sedamnaest osamnaest devetnaest",
    "sr": "нула - два три четири пет шест седам осам девет десет једанаест дванаест тринаест четрнаест петнаест "
    "шеснаест седамнаест осамнаест деветнаест",
    # Swahili "moja" is "one" and "a certain" alike: no entry for one
    "sw": "sifuri - mbili tatu nne tano sita saba nane tisa kumi",
    # Vietnamese "không" is "not" and "một" "a" as often as numbers, "năm" is "year" as often as
    # five: no entry for them; the tens are a unit and "mươi" ("hai mươi ba", 23, see _TEN_TIMES)
    "vi": "- - hai ba bốn - sáu bảy tám chín mười",
}
_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "fr": "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "ru": "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "pl": "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt "
    "dziewięćdziesiąt",
    "cs": "dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát",
    "id": "",
    "tr": "yirmi otuz kırk elli altmış yetmiş seksen doksan",
    "sv": "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio",
    "da": "tyve tredive fyrre halvtreds tres halvfjerds firs halvfems",
    "nb": "tjue tretti førti femti seksti sytti åtti nitti",
    "ro": "douăzeci treizeci patruzeci cincizeci șaizeci șaptezeci optzeci nouăzeci",
    "hu": "húsz harminc negyven ötven hatvan hetven nyolcvan kilencven",
    "el": "είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα",
    "ca": "vint trenta quaranta cinquanta seixanta setanta vuitanta noranta",
    "hr": "dvadeset trideset četrdeset pedeset šezdeset sedamdeset osamdeset devedeset",
    "sr": "двадесет тридесет четрдесет педесет шездесет седамдесет осамдесет деведесет",
    "sw": "ishirini thelathini arobaini hamsini sitini sabini themanini tisini",
    "vi": "",
}
_SCALES = {
    "en": {
        "hundred": "100",
        "thousand": "1000",
        "million": "1000000",
        "billion": "1000000000",
        "half": "0.5",
        "quarter": "0.25",
        "dozen": "12",
    },
    "de": {
        "hundert": "100",
        "tausend": "1000",
        "million": "1000000",
        "millionen": "1000000",
        "milliarde": "1000000000",
        "milliarden": "1000000000",
        "halb": "0.5",
        "halbe": "0.5",
        "halben": "0.5",
        "viertel": "0.25",
    },
    "fr": {
        "cent": "100",
        "mille": "1000",
        "million": "1000000",
        "millions": "1000000",
        "milliard": "1000000000",
        "milliards": "1000000000",
        "demi": "0.5",
        "quart": "0.25",
    },
    "es": {"cien": "100", "mil": "1000", "millón": "1000000", "millones": "1000000", "medio": "0.5", "cuarto": "0.25"},
    "pt": {
        "duas": "2",
        "quatorze": "14",
        "dezesseis": "16",
        "dezessete": "17",
        "dezenove": "19",
        "cem": "100",
        "mil": "1000",
        "milhão": "1000000",
        "milhões": "1000000",
        "meio": "0.5",
        "meia": "0.5",
    },
    "it": {"cento": "100", "mille": "1000", "mila": "1000", "milione": "1000000", "milioni": "1000000", "mezzo": "0.5"},
    # Polish and Czech numerals in the cases a count takes ("od sześciu lat", "dvě")
    "pl": {
        "dwie": "2", "dwóch": "2", "trzech": "3", "czterech": "4", "pięciu": "5", "sześciu": "6", "siedmiu": "7",
        "ośmiu": "8", "dziewięciu": "9", "dziesięciu": "10", "dwudziestu": "20", "trzydziestu": "30", "sto": "100",
        "tysiąc": "1000", "tysiące": "1000", "tysięcy": "1000", "milion": "1000000", "miliony": "1000000",
        "milionów": "1000000", "miliard": "1000000000", "pół": "0.5",
    },
    "cs": {
        "jedna": "1", "dvě": "2", "dvou": "2", "tří": "3", "pěti": "5", "šesti": "6", "deseti": "10",
        "sto": "100", "stě": "100", "set": "100",
        "tisíc": "1000", "tisíce": "1000", "milion": "1000000", "miliony": "1000000", "milionů": "1000000",
        "miliarda": "1000000000", "miliardy": "1000000000", "půl": "0.5",
    },
    # the teens are a unit and "belas" (13: "tiga belas"), the tens a unit and "puluh" (23: "dua
    # puluh tiga", see _TEN_TIMES)
    "id": {
        "belas": "10", "puluh": "10", "seratus": "100", "seribu": "1000", "ribu": "1000", "juta": "1000000",
        "miliar": "1000000000",
    },
    "tr": {"yüz": "100", "bin": "1000", "milyon": "1000000", "milyar": "1000000000", "yarım": "0.5"},
    "sv": {
        "hundra": "100", "tusen": "1000", "miljon": "1000000", "miljoner": "1000000", "miljard": "1000000000",
        "miljarder": "1000000000", "halv": "0.5",
    },
    "da": {
        "hundrede": "100", "tusind": "1000", "million": "1000000", "millioner": "1000000", "milliard": "1000000000",
        "milliarder": "1000000000", "halv": "0.5",
    },
    "nb": {
        "hundre": "100", "tusen": "1000", "million": "1000000", "millioner": "1000000", "milliard": "1000000000",
        "milliarder": "1000000000", "halv": "0.5",
    },
    "ro": {
        "două": "2", "sută": "100", "sute": "100", "mie": "1000", "mii": "1000", "milion": "1000000",
        "milioane": "1000000", "miliard": "1000000000", "miliarde": "1000000000", "jumătate": "0.5",
    },
    "ca": {
        "dues": "2", "cent": "100", "mil": "1000", "milió": "1000000", "milions": "1000000", "mig": "0.5",
        "mitja": "0.5",
    },
    # Croatian and Serbian numerals in the cases a count takes ("dvije", "triju")
    "hr": {
        "dvije": "2", "dvaju": "2", "triju": "3", "sto": "100", "stotinu": "100", "tisuću": "1000", "tisuća": "1000",
        "tisuće": "1000", "hiljadu": "1000", "hiljada": "1000", "milijun": "1000000", "milijuna": "1000000",
        "milion": "1000000", "miliona": "1000000", "milijarda": "1000000000", "milijardi": "1000000000",
        "pola": "0.5",
    },
    "sr": {
        "две": "2", "сто": "100", "стотину": "100", "хиљаду": "1000", "хиљада": "1000", "хиљаде": "1000",
        "милион": "1000000", "милиона": "1000000", "милијарда": "1000000000", "милијарди": "1000000000",
        "пола": "0.5",
    },
    # Swahili sets a scale before its count ("elfu tatu", three thousand): only "half" is read
    "sw": {"nusu": "0.5"},
    # "lăm" is five after a ten ("hai mươi lăm", 25)
    "vi": {
        "mươi": "10", "lăm": "5", "trăm": "100", "nghìn": "1000", "ngàn": "1000", "triệu": "1000000",
        "tỷ": "1000000000", "tỉ": "1000000000",
    },
    "hu": {"két": "2", "száz": "100", "ezer": "1000", "millió": "1000000", "milliárd": "1000000000", "fél": "0.5"},
    # Greek words as casefolded ("τρεις" -> "τρεισ"); "εκατ." and "δισ." abbreviate the scales
    "el": {
        "τρεισ": "3", "τέσσερισ": "4", "εκατό": "100", "χίλια": "1000", "χιλιάδεσ": "1000", "εκατομμύριο": "1000000",
        "εκατομμύρια": "1000000", "εκατ": "1000000", "δισεκατομμύριο": "1000000000", "δισεκατομμύρια": "1000000000",
        "δισ": "1000000000", "μισό": "0.5",
    },
    "ru": {
        "сто": "100",
        "тысяча": "1000",
        "тысячи": "1000",
        "тысяч": "1000",
        "миллион": "1000000",
        "миллиона": "1000000",
        "миллионов": "1000000",
        "миллиард": "1000000000",
        "миллиарда": "1000000000",
        "миллиардов": "1000000000",
        "половина": "0.5",
        "пол": "0.5",
        "четверть": "0.25",
    },
}
# The words that make tens of the unit before them ("dua puluh", "hai mươi": twenty).
_TEN_TIMES = frozenset({"puluh", "mươi"})
# The words that make an ordinal or a weekday of the number word after them (Vietnamese "thứ
# Ba", Tuesday; "thứ hai", second): no count.
_ORDINAL_MARKERS = frozenset({"thứ"})
# Two words that write "percent" the second of which is a number word too (Vietnamese "phần
# trăm", "hundredth part"): no hundred.
_PERCENT_PAIRS = frozenset({("phần", "trăm")})
_NUMBER_WORDS: dict[str, dict[str, str]] = {}
for _lang, _words in _NUMBER_WORD_LISTS.items():
    _table = {w: str(i) for i, w in enumerate(_words.split())}
    _table.update({w: str(20 + 10 * i) for i, w in enumerate(_TENS[_lang].split())})
    _table.update(_SCALES[_lang])
    _NUMBER_WORDS[_lang] = _table
# The 5-letter stems (as :func:`content_words` cuts them) of number words in every language, and
# of the words a percentage is written with: a content word two wordings share besides a figure
# must be another word than the figure's own.
NUMBER_STEMS: frozenset[str] = frozenset(
    {w[:5] for table in _NUMBER_WORDS.values() for w in table} | {"per", "cent", "perce", "proze", "pourc", "porce"}
)
# Russian numerals in other cases ("трёх", "тринадцати") by their stem
_RU_NUMBER_STEMS = sorted(
    ((w[:-1] if len(w) > 4 else w, v) for w, v in _NUMBER_WORDS["ru"].items() if v.isdigit() and len(w) >= 4),
    key=lambda item: -len(item[0]),
)
# Negators that negate a predicate when an auxiliary, a subject or a verb is next to them.
_NEGATORS = {
    "en": {
        "not",
        "n't",
        "never",
        "cannot",
        "can't",
        "won't",
        "don't",
        "doesn't",
        "didn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "shouldn't",
        "wouldn't",
        "couldn't",
        "hasn't",
        "haven't",
        "hadn't",
        "mustn't",
        "no longer",
        "neither",
        "nor",
        "no",
        "nobody",
        "nothing",
        "none",
    },
    "de": {
        "nicht",
        "nie",
        "niemals",
        "kein",
        "keine",
        "keinen",
        "keinem",
        "keiner",
        "keines",
        "niemand",
        "niemanden",
        "niemandem",
        "nichts",
    },
    "fr": {"ne", "n'", "jamais", "pas", "aucun", "aucune", "personne", "rien"},
    "es": {"no", "nunca", "jamás", "nadie", "nada", "ningún", "ninguna", "ninguno"},
    "it": {"non", "mai"},
    # without it a Portuguese wording is read as Spanish, whose "no" negates ("no condado": "in the county")
    "pt": {"não", "nunca", "jamais", "ninguém", "nada", "nenhum", "nenhuma"},
    "nl": {"niet", "nooit", "geen", "niemand", "niets"},
    "sv": {"inte", "icke", "aldrig", "ingen", "inget", "inga", "ingenting"},
    "ru": {"не", "никогда", "нет", "никто", "никого", "никому", "ничего", "ничто", "ни"},
    "uk": {"не", "ніколи", "ні"},
    "pl": {"nie", "nigdy"},
    # Czech writes "ne" on the verb ("nebude"), Turkish a suffix ("olmayacak"): _affix_negations
    # writes them as a negator before the verb
    "cs": {"ne", "nikdy", "nikdo", "nic", "žádný", "žádná", "žádné", "žádného", "žádnou"},
    "id": {"tidak", "tak", "bukan", "belum", "tiada", "jangan"},
    "tr": {"değil", "yok", "hiç", "hiçbir", "asla"},
    "da": {"ikke", "aldrig", "ingen", "intet", "ingenting"},
    "nb": {"ikke", "aldri", "ingen", "intet", "ingenting"},
    "ro": {"nu", "niciodată", "nimeni", "nimic", "niciun", "nicio", "niciunul"},
    "hu": {"nem", "sem", "soha", "senki", "semmi", "ne", "nincs", "nincsenek"},
    # Greek as casefolded ("κανείς" -> "κανείσ"); "όχι" sets a thing aside more often than it negates
    "el": {"δεν", "δε", "μην", "μη", "ποτέ", "κανείσ", "κανένασ", "καμία", "κανένα", "τίποτα"},
    # Finnish negates with a verb of its own, in every person ("emme palaa": we do not return)
    "fi": {"ei", "en", "et", "emme", "ette", "eivät", "eikä", "koskaan"},
    # Arabic, with the conjunctions written on the word ("ولن", "فلا")
    "ar": {"لا", "لن", "لم", "ليس", "ليست", "لسنا", "لست", "ليسوا", "ولا", "ولن", "ولم", "وليس", "فلا", "فلن"},
    "hi": {"नहीं", "न", "मत", "कभी"},
    # Persian negates the verb with a prefix ("ندیده است", "نمی‌کند"): _affix_negations writes
    # it as "نه" before the verb; "هیچ" and "هرگز" go with a negated verb, one negation with it
    "fa": {"نه", "نیست", "نیستند", "نیستیم", "نمی", "نخواهد", "نخواهیم", "نخواهند"},
    # Chinese read character by character (see _han_characters)
    "zh": {"不", "没", "未", "别", "无"},
    # Japanese negates with a suffix on the verb, read as a word after it (see _japanese_characters)
    "ja": {"ない", "なかった", "ません", "ず"},
    "ca": {"no", "mai", "ningú", "res", "tampoc"},
    # Croatian and Serbian write the negated auxiliaries as one word ("neće", "nije", "nisam")
    "hr": {
        "ne", "neće", "nećemo", "nećete", "nećeš", "neću", "nije", "nisu", "nisam", "nismo", "niste", "nisi", "nema",
        "nemamo", "nikad", "nikada", "nitko", "niko", "ništa", "nijedan", "nijedna", "nijedno", "ni",
    },
    # Serbian in Cyrillic, as Croatian writes them
    "sr": {
        "не", "неће", "нећемо", "нећете", "нећеш", "нећу", "није", "нису", "нисам", "нисмо", "нисте", "ниси", "нема",
        "немамо", "никад", "никада", "нико", "ништа", "ниједан", "ниједна", "ниједно", "ни",
    },
    # Swahili: "si" (is not; also what a negated verb's prefix is read as, see _affix_negations),
    # "hapana" (no), "hakuna" (there is none), "bila" (without) is no negator of a predicate
    "sw": {"si", "sio", "siyo", "hapana", "hakuna", "wala"},
    # Vietnamese: "không" (not), "chưa" (not yet), "chẳng", "đừng" (don't), "chớ"
    "vi": {"không", "chưa", "chẳng", "đừng", "chớ"},
    # Slovenian: "ni"/"niso" (is/are not), "nima" (has not), "ne bo" (will not); Slovak as Czech,
    # with its verbs in "ne-" read by _affix_negations
    "sl": {
        "ne", "ni", "niso", "nisem", "nismo", "niste", "nisi", "nima", "nimajo", "nimamo", "nimam", "nikoli", "nihče",
        "nič", "ničesar", "noben", "nobena", "nobeno", "nobenega",
    },
    "sk": {"nie", "ne", "nikdy", "nikto", "nič", "žiadny", "žiadna", "žiadne", "žiadneho", "žiadnu"},
    "bg": {"не", "няма", "никога", "никой", "никоя", "никакъв", "никакви", "нищо", "нито"},
    "et": {"ei", "pole", "polnud", "mitte", "eales", "keegi", "midagi"},
    "is": {"ekki", "aldrei", "enginn", "engin", "ekkert", "engan", "engum", "enga", "engir", "engar", "neitt", "neinn"},
    # Albanian: "nuk", "s'" (written on the verb: "s'do të"), "mos" (do not), "asnjë" (no one)
    "sq": {"nuk", "s'", "mos", "kurrë", "askush", "asgjë", "asnjë"},
    # Tagalog: "hindi" (not), "wala"/"walang" (there is none), "huwag" (do not)
    "tl": {"hindi", "wala", "walang", "huwag", "kailanman"},
    "ur": {"نہیں", "نہ", "مت", "کبھی"},
    # Azerbaijani: "deyil" (is not) with its endings ("deyildi") and the verb's suffix "-ma/-mə"
    # ("olmayacaq", "etmədi"), both read by _affix_negations; "heç" (any), "əsla" (ever) go with
    # a negated verb, one negation with it, far as it may stand in a verb-final clause
    "az": {"deyil", "yox"},
}
# Czech words in "ne-" that are no negated verb: "nebo" (or), "než" (than), "nejvyšší" (a
# superlative), "několik" (several), "neděle" (Sunday), ...; "nej-" opens a superlative except in
# the verbs listed.
_CS_NOT_NEGATED = re.compile(
    r"^(?:nebo|neboť|než|nejen|nejsou|nejde|nejsem|nejsme|nejste|nejedn\w*|ně\w*|nej\w*|neděl\w*|nemocn\w*|nehod\w*"
    r"|nebezpe\w*|nedávn\w*|nedaleko|neustál\w*|nezávisl\w*|nezaměstnan\w*|nedeľ\w*|neďaleko"
    r"|nemeck\w*|nemc\w*|neskôr|neskor\w*|nezamestnan\w*|nehnuteľn\w*|nejak\w*)$"
)
_CS_NEGATED_NEJ = frozenset({"nejsou", "nejde", "nejsem", "nejsme", "nejste"})
# A Turkish verb negated by its suffix: "-ma/-me" before a tense ("olmayacak", "etmedi", "yapmaz",
# "gelmiyor", "kalmamış").
_TR_NEGATED = re.compile(
    r"^(\w{2,}?)m(?:[ae](?:y[ae]c[ae]k|d[ıiuü]|z|m[ıiuü]ş|kt[ae]|l[ıi]|s[ıi]n)|[ıiuü]yor)\w*$"
)
# An Azerbaijani verb negated by its suffix "-ma/-mə" before a tense or mood ("olmayacaq",
# "etmədi", "verməz", "olmamışdır", "ödəməməlidir"), and "deyil" with its endings ("deyildi").
# ("verməz", "bilmir") only after three letters ("namaz", prayer; "dəmir", iron); not "-ması"
# ("olmasına": its being), a verbal noun.
_AZ_NEGATED = re.compile(
    r"^(?:(\w{2,}?)m[aə](?:y[aə]c[aə][qkğy]|d[ıiuü]|m[ıiuü]ş|m[aə]l[ıi])|(\w{3,}?)m(?:[aə]z|[ıiuü]r))\w*$"
)
_AZ_NOT = re.compile(r"^deyil\w*$")


# A Swahili verb negated by its subject prefix in "h-" before a negative tense: "-ta-" (will not),
# "-ku-" (did not), "-ja-" (not yet): "hatutafunga", "hawakushirikishwa", "haitaanza"; not
# "hatari" (danger) and its forms.
_SW_NEGATED = re.compile(
    r"^(?!hatar)(?:hatu|hawa|ham|hai|hazi|hali|haki|havi|hau|haya|hapa|haku|ha)(?:ta|ku|ja)(\w{3,})$"
)


# Persian auxiliaries after a participle ("دیده است", "بوده‌اند"): a participle with the negating
# prefix before one is a negated predicate
_FA_AUXILIARIES = frozenset("است اند بود بودند شد شده خواهد باشد".split())


def _az_negated(w: str) -> list[str]:
    """An Azerbaijani word as :func:`_affix_negations` writes it: "deyildi" as "deyil" (which
    negates the word before it), "olmayacaq" as "deyil", "ol"; any other word as it is."""
    lw = w.casefold()
    if lw in _NEGATORS["az"] or w[:1].isupper():
        return [w]  # (a capitalised word is a name: "Teymur", "Əhmədi")
    if _AZ_NOT.match(lw):
        return ["deyil"]
    negated = _AZ_NEGATED.match(lw)
    return ["deyil", negated.group(1) or negated.group(2)] if negated else [w]


def _affix_negations(raw: list[str], lang: str) -> list[str]:
    """Words negated by an affix written as a negator and the verb ("nebude" -> "ne", "bude";
    "olmayacak" -> "değil", "ol"; "hatutafunga" -> "si", "funga"; Slovak as Czech, Azerbaijani
    by :func:`_az_negated`), so that the negation is read as other languages' is."""
    if lang not in {"cs", "sk", "tr", "sw", "fa", "az"}:
        return raw
    out = []
    for i, w in enumerate(raw):
        lw = w.casefold()
        if lang == "az":
            out += _az_negated(w)
            continue
        if lang == "fa":
            after = raw[i + 1] if i + 1 < len(raw) else ""
            if len(w) >= 4 and w.startswith("ن") and w not in _NEGATORS["fa"] and after in _FA_AUXILIARIES:
                out += ["نه", w[1:]]  # "ندیده است": "not seen has"
            else:
                out.append(w)
            continue
        if lang in {"cs", "sk"} and len(lw) >= 5 and lw.startswith("ne") and not w[:1].isupper() and (
            lw in _CS_NEGATED_NEJ or not _CS_NOT_NEGATED.match(lw)
        ):
            out += ["ne", w[2:]]
            continue
        negated = _TR_NEGATED.match(lw) if lang == "tr" else _SW_NEGATED.match(lw) if lang == "sw" else None
        if negated is not None:
            out += ["değil" if lang == "tr" else "si", negated.group(1)]
            continue
        out.append(w)
    return out
# Enough function words to tell the language of a short quote with no article behind it.
_STOPWORDS_BY_LANG = {
    "en": frozenset("the and of to is are we will not be that it this with for".split()),
    "de": frozenset("der die das und ist sind wir werden nicht ein eine mit für den dem zu".split()),
    "fr": frozenset("le la les et est sont nous ne pas un une avec pour des du".split()),
    "es": frozenset("el la los las y es son nosotros no un una con para del".split()),
    "nl": frozenset("het een van niet zijn wij geen naar ook maar wordt worden ons onze".split()),
    "sv": frozenset("och att det som är inte för på med jag har ett till av om vi inga oss vår kommer".split()),
}
# Negative pronouns negate their clause even after a comma ("sicher, niemand muss ...").
_NEGATIVE_PRONOUNS = frozenset(
    "nobody nothing none niemand niemanden niemandem nichts personne rien nadie nada "
    "никто никого никому ничего ничто".split()
)
# A negator before a comparative bounds a figure ("не менее десяти лет" is "at least ten years",
# "no more than 300"), it negates no predicate; English and German need the "than" after it.
_BOUNDS = {
    "ru": frozenset("менее более меньше больше раньше позднее позже".split()),
    "en": frozenset("more less fewer later earlier".split()),
    "de": frozenset("mehr weniger später früher".split()),
    "fr": frozenset("plus moins".split()),
    "es": frozenset("más menos".split()),
}
_THAN = {"en": "than", "de": "als", "fr": "de", "es": "de"}
# Adverbs between a negator and the word it negates: "is not yet contained" negates "contained".
_NEGATION_ADVERBS = frozenset(
    "yet always ever even really necessarily quite entirely fully exactly again longer going noch immer ganz wirklich "
    "wieder erneut ещё еще совсем снова вновь encore toujours vraiment todavía aún siempre".split()
)
_SENTENCE_END = frozenset(".!?।")
# A negator alone before a sentence's end answers a question ("No. The board did not know"): it
# negates nothing in the quote.
_ELISION = re.compile(r"^(?:[^\W\d_]|qu|jusqu|lorsqu|puisqu)['’]", re.I)
_ANSWERS = frozenset("no nein non нет ні".split())
# English irregular verbs, each form to its base, so that "did not know" and "had known" (or
# "knew") negate and affirm one word.
_IRREGULAR = {
    form: base
    for line in """know knew known|say said|take took taken|give gave given|go went gone|see saw seen|tell told
    think thought|come came|find found|leave left|meet met|pay paid|keep kept|hold held|bring brought
    buy bought|sell sold|win won|lose lost|begin began begun|break broke broken|choose chose chosen
    speak spoke spoken|write wrote written|fall fell fallen|rise rose risen|drive drove driven|feel felt
    build built|send sent|spend spent|stand stood|understand understood|get got gotten|seek sought
    teach taught|fight fought|catch caught|forget forgot forgotten|hide hid hidden|steal stole stolen
    run ran|sink sank sunk""".replace("\n", "|").split("|")
    for base, *forms in [line.split()]
    for form in forms
}
_PUNCTUATION = frozenset(",;—–.!?।")
_CONTRAST_BEFORE = {",", ";", "—", "–", "а", "but", "aber", "mais", "pero", "ma", "но", "而"}  # 而不是: rather than
_EN_AUXILIARIES = frozenset(
    "is are was were be been being am will would shall should can could may might must do does did "
    "has have had 's 're 'm 'll 'd".split()
)
_CONTRACTED_AUXILIARY = re.compile(r"\w['’](?:s|re|m|ll|d|ve)$")  # "we're not", "it's not", "they've not"
_MODAL = {
    "certain": {
        "will",
        "shall",
        "must",
        "won't",
        "going",
        "wird",
        "werden",
        "muss",
        "будет",
        "будем",
        "должен",
        "должны",
        "va",
        "doit",
    },
    "possible": {
        "may",
        "might",
        "could",
        "can",
        "possibly",
        "perhaps",
        "kann",
        "könnte",
        "vielleicht",
        "может",
        "могут",
        "возможно",
        "peut",
        "pourrait",
        "puede",
        "podría",
    },
}
# Auxiliaries of other languages: "не будет участвовать" negates "участвовать", not "будет".
_AUXILIARIES = frozenset(
    """буду будешь будет будем будете будут был была было были может могут можем должен должна должны
    werde wirst wird werden werdet wurde wurden habe hat haben hatte hatten ist sind war waren kann können
    muss müssen soll sollen will wollen va vont sera seront peut peuvent doit doivent
    va van será serán puede pueden debe deben""".split()
)
_STOP = frozenset(
    """a an the of to in on at for by with from and or but is are was were be been being it its this
    that these those as into over about than then there their they them he she his her we our us
    you your i me my not no do does did has have had will would shall should can could may might must
    also very so such just only more most""".split()
)


def normalize(text: str) -> str:
    """Lower-case, accents and punctuation removed, spaces collapsed: the key of exact matching."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return " ".join(_WORD.findall(text))


def tokens(text: str) -> list[str]:
    """Words of ``text``, lower-case."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold().replace("’", "'"))


def function_words(words: list[str]) -> set[str]:
    """The English function words among ``words`` (articles, pronouns, auxiliaries, ...): what
    an English wording of a few words hardly ever lacks."""
    return {w for w in words if w in _STOP}


def content_words(words: list[str]) -> set[str]:
    """Words that carry content, cut to a 5-letter stem (telephone ~ telephonic)."""
    return {w[:5] for w in words if w not in _STOP and len(w) > 2 and not w.isdigit()}


@dataclass(frozen=True, slots=True)
class Features:
    """The verification features of one wording."""

    negations: tuple[str, ...]
    numbers: frozenset[str]
    modality: frozenset[str]
    entities: frozenset[str]
    language: str | None
    content: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()
    length: int = 0
    contrasted: frozenset[str] = frozenset()  # words after a contrastive "not" ("..., but not over")
    specific: frozenset[str] = frozenset()  # figures that identify a statement: not years, not small counts
    words: tuple[str, ...] = ()  # the wording's words in order, lower-case
    replaced: frozenset[str] = frozenset()  # figures the wording sets aside ("three years rather than two")
    seasons: frozenset[str] = frozenset()  # deadlines it names ("by the end of October", "before Christmas")
    scoped: frozenset[str] = frozenset()  # words a negator's clause holds after it ("not ready to [sign]")
    denied: bool = False  # its attribution denies the words ("denied that ...", "dismissed reports that ...")
    opener: str | None = None  # its first word, lower-case, when written with a capital (a name, or a quote's start)
    counted: frozenset[tuple[str, str]] = frozenset()  # (figure, the word it counts): "two years" -> ("2", "years")
    possessors: frozenset[str] = frozenset()  # English words written as possessors: "the mayor's", "the drivers'"
    clauses: tuple[tuple[bool, frozenset[str]], ...] = ()  # each clause: whether it negates a word, its content words
    governed: frozenset[str] = frozenset()  # what a negating determiner's noun is said to do ("No boat will [pay]")
    admits: bool = False  # it only negates verbs of excluding: it lets a thing in ("no longer rules out a leak")
    fractions: frozenset[str] = frozenset()  # fractions written in words: "two-thirds of" -> "2/3"
    aside: frozenset[str] = frozenset()  # names it sets aside: "in Tannick, not Brissel" -> "brissel"

    @property
    def figure_key(self) -> FigureKey:
        """Its figures as :func:`onrecord.link.figures.figures_disagree` compares them: those it
        gives, not those it sets aside ("seven of the twelve riders, not nine" gives seven and
        twelve; "Nine of the twelve riders" gives the figure it corrects)."""
        if not self.replaced or self.numbers <= self.replaced:
            return FigureKey(self.numbers, self.specific, self.counted, self.content)
        return FigureKey(
            self.numbers - self.replaced,
            self.specific - self.replaced,
            frozenset(c for c in self.counted if c[0] not in self.replaced),
            self.content,
        )

    @property
    def negated(self) -> bool:
        """Whether an odd number of predicates is negated (the cross-language comparison); a
        predicate negated twice ("We are not ruling out sabotage. We are not ruling out anything",
        "non ho mai preso") counts once, and a negator that negates no word ("Twenty is not.") none."""
        return len({s for s in self.negations if s}) % 2 == 1


_SCRIPTS = {
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "hi": re.compile(r"[\u0900-\u097f]"),
    "zh": re.compile(r"[\u4e00-\u9fff]"),
}


UNREAD = "und"
"""The language of a wording onrecord has no data for (ISO 639-2 "undetermined"): its negators,
stopwords and number words are unknown, so none is read, rather than those of the language whose
letters it shares (a Tajik wording is no Russian, a Xhosa one no English)."""


def _language_of(words: list[str], hint: str | None) -> str:
    if hint == UNREAD:
        return UNREAD
    if any(re.search(r"[\u0400-\u04ff]", w) for w in words[:20]):
        return hint if hint in {"ru", "uk", "sr"} else "ru"
    if hint in _NEGATORS:
        return hint
    for lang, script in _SCRIPTS.items():
        if any(script.search(w) for w in words[:20]):
            return lang  # the one language read in Arabic, Devanagari or Chinese characters
    votes = {lang: sum(w in _STOPWORDS_BY_LANG[lang] for w in words) for lang in _STOPWORDS_BY_LANG}
    best = max(votes, key=lambda k: votes[k])
    return best if votes[best] > votes["en"] else "en"


def _predicate_negations(raw_words: list[str], lang: str, contrast: list[str] | None = None) -> list[str]:
    """The words that predicate negators negate, as stems (``will not raise`` -> ``raise``).

    Contrastive negation (``X, not Y``) is left out: a paraphrase may say it otherwise.
    """
    negators = _NEGATORS.get(lang, _NEGATORS["en"]) if lang != UNREAD else frozenset()
    found = []
    last = -_CONCORD_REACH - 1  # where the last negator that negated a word stood
    for i, w in enumerate(raw_words):
        lw = w.casefold()
        counted = _none_counted(raw_words[i : i + 5], lang)
        if lw not in negators and not (lang == "en" and lw.endswith("n't")) and not counted:
            continue
        if _in_concord(raw_words, last, i, lang):
            continue  # "ne prenons aucun engagement", "no tenemos ninguna": one negation
        before = raw_words[i - 1].casefold() if i else ""
        if before in _FIGURE_CONTRAST_BEFORE and _figure_follows(raw_words[i + 1 : i + 3], lang):
            continue  # "in 18 Paesi, e non in 30": a figure corrected, no predicate negated
        after = raw_words[i + 1].casefold() if i + 1 < len(raw_words) else ""
        if not counted and _contrasts(before, after, lw, lang):  # "..., not a single dollar" counts, no contrast
            if contrast is not None:
                contrast.extend(x.casefold()[:5] for x in raw_words[i + 1 : i + 3] if x.isalpha())
            continue
        if lang == "en" and lw in {"not", "no longer"}:
            after = raw_words[i + 1].casefold() if i + 1 < len(raw_words) else ""
            verb = _word_before_adverbs(raw_words, i)  # "were still not open": "were"
            auxiliary = verb in _EN_AUXILIARIES or _CONTRACTED_AUXILIARY.search(verb) is not None
            if not auxiliary and before not in _EN_CHARACTERISING and after != "to" and not counted:
                continue  # "in the context of not a ceasefire": not a negated predicate
        if (
            lang == "fr"
            and lw == "pas"
            and any(x.casefold() in {"ne", "n'", "non"} for x in raw_words[max(0, i - 4) : i])
        ):
            continue  # "ne ... pas" is one negation; "non pas" contrasts ("non pas parce que ..., mais ...")
        if _bounds_a_figure(raw_words, i, lang):
            continue
        if _after_until(raw_words, i):
            continue  # "пока инспекция не даст", "finché non sarà", "dok ... ne odobri": "until", nothing negated
        if _number_sign(raw_words, i):
            continue  # "the No. 3 unit": the sign for "number", nothing negated
        if lang == "en" and lw == "no" and before in _EN_NO_AFTER:
            continue  # "with no loss of pay" is "sans perte de salaire": a thing absent, no predicate negated
        if lang == "fr" and _in_until_clause(raw_words, i):
            continue  # "tant que Paris ne nous aura pas entendus" is "until Paris has heard us"
        # the word it negates is in its own sentence ("Twenty is not. ..." negates no word of the next)
        rest = list(itertools.takewhile(lambda x: x not in _SENTENCE_END, raw_words[i + 1 :]))
        if lw in _ANSWERS and (not i or before in _SENTENCE_END) and not rest:
            continue  # "No." answering a question
        if counted:  # "not one job", "not a single pension": the thing counted is negated, as after "no"
            rest = list(itertools.dropwhile(lambda x: x.casefold() in _NONE_COUNTED_WORDS, rest))
        # "does not yet have the 60 votes" reads on as "does not have the 60 votes": the adverb
        # takes no place among the words the negated one is looked for in
        rest = list(itertools.dropwhile(lambda x: x.casefold() in _NEGATION_ADVERBS, rest))
        if lang != "en":  # the word after an elided article or pronoun ("l'intention", "d'arrêter")
            rest = [_ELISION.sub("", x) for x in rest]
        target = next(
            (
                _stem(x.casefold())
                for k, x in enumerate(rest[:4])
                if x.casefold() not in _STOP
                and x.casefold() not in _AUXILIARIES
                and x.casefold() not in negators
                and x.casefold() not in _NEGATION_ADVERBS
                and (len(x) > 2 or _phrasal(rest, k, lang))
                and _alpha(x)
                # a figure, as "60" is ("the sixty votes"); "one" is also a pronoun ("not the only one")
                and _number_word_value(x.casefold(), lang) in (None, "1")
                and (lang == "de" or not x[:1].isupper())  # a name is not what is negated ("no Transalpa pilot")
            ),
            next((_stem(x.casefold()) for x in rest[:2] if _alpha(x) and x.casefold() not in negators), ""),
        )
        clause = itertools.takewhile(lambda x: x not in _PUNCTUATION, rest)
        if (lw in _NEGATIVE_PRONOUNS or lang in _NEGATOR_AFTER) and not any(_alpha(x) for x in clause):
            # a negative pronoun closing its clause negates the verb before it ("had found none"),
            # as a Turkish negator after its predicate does ("bir çözüm değil"); one that is a
            # sentence of its own ("There is no fee. None.") negates nothing in the sentence before
            # it: it echoes that sentence's negation, an elliptical one
            before_it = list(
                itertools.takewhile(lambda x: x not in _SENTENCE_END, reversed(raw_words[max(0, i - 3) : i]))
            )
            target = next(
                (
                    _stem(x.casefold())
                    for x in before_it
                    if _alpha(x) and x.casefold() not in _STOP and x.casefold() not in _AUXILIARIES
                ),
                target,
            )
        found.append(target)
        last = i
    return found


# English adverbs that stand between an auxiliary and its "not": "were still not open", "is
# simply not true", "has yet not decided"; any word in "-ly" as well ("are clearly not ready").
_EN_ADVERBS_BEFORE_NOT = frozenset(
    "still yet simply really just also certainly surely actually obviously already even now then "
    "definitely probably perhaps maybe absolutely".split()
)
_ADVERBS_BEFORE_NOT = 2  # adverbs between an auxiliary and its "not", at most


def _word_before_adverbs(raw_words: list[str], i: int) -> str:
    """The word before the negator at ``i``, past up to :data:`_ADVERBS_BEFORE_NOT` adverbs
    (:data:`_EN_ADVERBS_BEFORE_NOT`, or words in "-ly"), lower-case: "were still not" gives
    "were", "the family not" gives "family"."""
    k = i - 1
    while k >= 0 and i - k <= _ADVERBS_BEFORE_NOT:
        word = raw_words[k].casefold()
        if word not in _EN_ADVERBS_BEFORE_NOT and not (len(word) > 4 and word.endswith("ly") and word.isalpha()):
            break
        k -= 1
    return raw_words[k].casefold() if k >= 0 else ""


def _number_sign(raw_words: list[str], i: int) -> bool:
    """Whether the "no" at ``i`` is the abbreviation of "number" before a figure ("the No. 3
    unit", "Gate No. 12"): followed by its full stop and digits, it negates nothing."""
    return (
        raw_words[i].casefold() == "no"
        and raw_words[i + 1 : i + 2] == ["."]
        and i + 2 < len(raw_words)
        and raw_words[i + 2][:1].isdigit()
    )


def _alpha(word: str) -> bool:
    """Whether ``word`` is letters only, with the vowel signs some scripts write on them ("नहीं")."""
    return bool(word) and all(c.isalpha() or unicodedata.category(c).startswith("M") for c in word)


# Particles of English phrasal verbs: "go up", "set out", "back down".
_EN_PARTICLES = frozenset("up down out off back away over".split())


def _phrasal(words: list[str], k: int, lang: str) -> bool:
    """Whether the short word at ``k`` is the verb of an English phrasal verb ("would not go up
    this year" negates "go", not "year")."""
    return lang == "en" and k + 1 < len(words) and words[k + 1].casefold() in _EN_PARTICLES


# Languages whose negator follows the predicate it negates.
_NEGATOR_AFTER = frozenset({"tr", "ja", "az"})
# Languages whose negators agree within a clause: "ne ... aucun", "no ... ninguna", "не ... никаких"
# are one negation, as English "not ... any" is.
_CONCORD = frozenset(
    {"fr", "es", "it", "pt", "ru", "uk", "pl", "cs", "ro", "hu", "el", "sk", "sl", "bg", "sq", "az"}
)
_CONCORD_REACH = 4  # words after a negator within which another one of its clause agrees with it


def _in_concord(raw_words: list[str], last: int, i: int, lang: str) -> bool:
    """Whether the negator at ``i`` agrees with the one at ``last`` (negative concord): both in
    one clause of a language that has it, at most :data:`_CONCORD_REACH` words apart."""
    if lang not in _CONCORD or i - last > _CONCORD_REACH:
        return False
    return not any(x in _PUNCTUATION for x in raw_words[last + 1 : i])


# Conjunctions meaning "until" that take a negator negating nothing ("не возобновит работу, пока
# инспекция не даст разрешения" is "will not restart until the inspectorate signs off").
# Hungarian "amíg ... nem", Slovenian "dokler ... ne", Czech "dokud ... ne", Polish "dopóki ... nie",
# Bulgarian "докато ... не" and Tagalog "hangga't hindi" are "until" as well
_UNTIL_WITH_NEGATOR = frozenset(
    {"пока", "поки", "finché", "finchè", "dok", "amíg", "dokler", "dokud", "dopóki", "докато", "hangga't", "hanggang"}
)
_UNTIL_NEAR = 3  # words before a negator within which "until" takes it, whatever stands between
_UNTIL_CLAUSE = 6  # ... and within which it does in the same clause ("amíg a cég valódi ajánlatot nem tesz")


def _after_until(raw_words: list[str], i: int) -> bool:
    """Whether the negator at ``i`` is the one "until" takes (:data:`_UNTIL_WITH_NEGATOR`): the
    word stands up to :data:`_UNTIL_NEAR` words before it, or up to :data:`_UNTIL_CLAUSE` words
    before it in its clause (a verb-final clause puts the negated verb after its object)."""
    if any(x.casefold() in _UNTIL_WITH_NEGATOR for x in raw_words[max(0, i - _UNTIL_NEAR) : i]):
        return True
    for x in reversed(raw_words[max(0, i - _UNTIL_CLAUSE) : i]):
        if x in _PUNCTUATION:
            return False
        if x.casefold() in _UNTIL_WITH_NEGATOR:
            return True
    return False


# Prepositions after which "no" denies a thing, not a predicate ("with no loss", "at no cost").
_EN_NO_AFTER = frozenset("with at for of under without".split())
# A verb that characterises with the words after it: "a record he called "not acceptable"",
# "described the plan as not viable" negate what they call it.
_EN_CHARACTERISING = frozenset("called calls call calling termed deemed branded labelled labeled as".split())
# "not one job", "not a single pension", "ni un solo atraque", "nem um só navio": none of the
# thing counted (a negator, then the count's words, which the negated word comes after)
_NONE_COUNTED = {
    "en": ("not", (("one",), ("a", "single"))),
    "es": ("ni", (("un", "solo"), ("una", "sola"))),
    "pt": ("nem", (("um", "só"), ("uma", "só"), ("um", "único"), ("uma", "única"))),
}
_NONE_COUNTED_WORDS = frozenset("one a single more un una solo sola um uma só único única".split())


def _none_counted(words: list[str], lang: str) -> bool:
    """Whether ``words`` open with a count of none of a thing ("not one job", "not a single
    pension", "not one more household", "ni un solo atraque"; "not a ceasefire" is no count, and
    "not one for today" counts no thing)."""
    negator, counts = _NONE_COUNTED.get(lang, ("", ()))
    folded = [w.casefold() for w in words]
    if folded[:1] != [negator] or not any(tuple(folded[1 : 1 + len(c)]) == c for c in counts):
        return False
    thing = next((w for w in folded[1:] if w not in _NONE_COUNTED_WORDS), "")
    return thing.isalpha() and thing not in _STOP


# French conjunctions whose clause takes a negation that English does not write ("ils ne
# bougeront pas tant que Paris ne nous aura pas entendus": "until Paris has heard us").
_FR_UNTIL = frozenset({("tant", "que"), ("avant", "que"), ("à", "moins")})


def _in_until_clause(raw_words: list[str], i: int) -> bool:
    """Whether the French negator at ``i`` is inside a clause opened by "tant que", "avant que"
    or "à moins que" (no punctuation between them)."""
    for k in range(i - 1, 0, -1):
        if raw_words[k] in _PUNCTUATION:
            return False
        word = re.sub(r"^qu['’].*", "que", raw_words[k].casefold())
        if (raw_words[k - 1].casefold(), word) in _FR_UNTIL:
            return True
    return False


# What sets a figure aside: "three years rather than two", "statt zwei", "au lieu de deux".
_REPLACING = re.compile(
    r"\b(?:rather than|instead of|in place of|(?:an)?statt|anstelle von|au lieu de|plutôt que|en lugar de|en vez de"
    r"|вместо)\s+((?:\S+\s+){0,2}\S+)",
    re.I,
)


# A figure corrected in passing: "18 countries by Christmas, not 30", "in 18 Paesi, e non in 30",
# "18 Länder, nicht 30", "dotze mesos i no els divuit": a comma or "and" before the negator, at
# most a short word (a preposition or an article) between it and the figure.
_CONTRASTED_FIGURE = re.compile(
    r"(?:,|\b(?:and|e|y|et|und|и|i)\b|\s[а])\s+(not|non|nicht|pas|no|não|не|ne)\s+"
    r"((?:[^\W\d_]{1,3}\s+)?[\d\w][\w.,]*)",
    re.I,
)


# What a comma and a negator set aside: "growers in the Mossgate Basin, not the Wyle Valley"
# ("no" is left out: "no money, no plan" lists, it sets nothing aside).
_CONTRASTED = re.compile(
    r",\s+(?:and\s+|et\s+|e\s+|y\s+|und\s+)?(?:not|nicht|non|pas|não|не)\s+((?:\S+\s+){0,2}\S+)", re.I
)


def set_aside(text: str) -> list[str]:
    """The words (lower-case) of what a wording sets aside: the three words after "rather
    than", "instead of" and their equivalents ("had gone to the ministry rather than the local
    care board": "the", "local", "care"), or after a comma and a negator ("growers in the Mossgate
    Basin, not the Wyle Valley": "the", "wyle", "valley")."""
    return [w for rx in (_REPLACING, _CONTRASTED) for m in rx.finditer(text) for w in tokens(m.group(1))]


# A figure weighed against another and found wrong: "nearer nine degrees than eleven", "closer to
# 40 than 50" (English: "nearer"/"closer (to)", the figure weighed, up to two words of its unit,
# "than" and the figure set aside; "more than 300" weighs no figure against another, and "In 2023,
# more than 300" or "of the 40 boats, fewer than 30" weigh nothing: no comparison of nearness).
_COMPARED_FIGURES = re.compile(
    r"\b(?:nearer|closer)(?:\s+to)?\s+(\S+)(?:\s+[^\s,;:.]+){0,2}?\s+than\s+((?:the\s+|a\s+)?\S+)", re.I
)


def _figure_of(w: str, lang: str) -> str | None:
    """A word's figure ("11", "eleven": "11"), or None; "one" and "a" are no figure."""
    w = w.strip('.,;:!?"“”«»()').casefold()
    if re.fullmatch(r"\d+(?:[.,]\d+)*", w):
        return _number(w, lang)
    value = _number_word_value(w, lang)
    return value if value not in (None, "1") else None


def _compared_away(text: str, lang: str) -> set[str]:
    """The figures a wording weighs against one it gives and sets aside: "the water was nearer
    nine degrees than eleven" gives nine and sets eleven aside (English only)."""
    out: set[str] = set()
    if lang != "en":
        return out
    for m in _COMPARED_FIGURES.finditer(text):
        if _figure_of(m.group(1), lang) is None:
            continue
        figure = _figure_of(m.group(2).split()[-1], lang)
        if figure is not None:
            out.add(figure)
    return out


def _replaced_figures(text: str, lang: str) -> set[str]:
    """The figures a wording sets aside: the first figure within three words after "rather
    than", "instead of" (and their equivalents in other languages), a figure after a
    contrastive "not" ("18 countries, not 30") and one weighed against a figure the wording
    gives ("nearer nine degrees than eleven": :func:`_compared_away`)."""
    out = _compared_away(text, lang)
    for m in _CONTRASTED_FIGURE.finditer(text):
        if m.group(1).casefold() == "no" and lang == "en":
            continue  # "and no 50 cuts" negates; Spanish "y no 30" corrects a figure
        w = m.group(2).split()[-1].strip('.,;:!?"“”«»').casefold()
        if re.fullmatch(r"\d+(?:[.,]\d+)*", w):
            figure = _number(w, lang)
            out.add(figure)
            scale = _SCALE_AFTER.match(text, m.end(2))
            if scale is not None and scale.group(1).casefold() in _SCALE_VALUES:
                # "25 million euros, not the 18 million I gave": the figure set aside is 18 million
                with contextlib.suppress(ArithmeticError, ValueError):
                    out.add(_scaled(figure, _SCALE_VALUES[scale.group(1).casefold()]))
        elif (value := _number_word_value(w, lang)) not in (None, "1"):
            out.add(value)
    for m in _REPLACING.finditer(text):
        for w in m.group(1).split():
            w = w.strip('.,;:!?"“”«»').casefold()
            if re.fullmatch(r"\d+(?:[.,]\d+)*", w):
                out.add(_number(w, lang))
                break
            value = _number_word_value(w, lang)
            if value is not None:
                out.add(value)
                break
    return out


def _stem(word: str) -> str:
    """A lower-case word's stem: its first five letters, of the base form for an English
    irregular verb ("knew", "known" -> "know")."""
    return _IRREGULAR.get(word, word)[:5]


# The words that open what a contrastive negator sets aside in languages that put the negator
# right before the verb: "la paz, no un alto el fuego" contrasts; "con 4.200 millones, no aumentará
# las tarifas" negates the verb after the comma.
_CONTRAST_OPENERS = {
    "es": frozenset(
        "un una unos unas el la los las lo en a de por para con sin al del como solo sólo hacia contra sobre entre"
        .split()
    ),
    "it": frozenset("un una uno il lo la i gli le l in a di da per con su come solo verso contro tra fra".split()),
    "pt": frozenset(
        "um uma o a os as em no na nos nas de do da dos das por pelo pela pelos pelas para com como só contra sobre "
        "entre ao aos".split()
    ),
    "fr": frozenset(
        "un une le la les l en à de du des pour par avec sans comme seulement envers vers contre sur chez".split()
    ),
}


# Arabic "ليس" before a demonstrative sets a thing aside ("ليس هذه النسخة": not this version), as
# English "Not this version" with no auxiliary does
_AR_DEMONSTRATIVES = frozenset("هذه هذا ذلك تلك هؤلاء".split())


def _contrasts(before: str, after: str, negator: str, lang: str) -> bool:
    """Whether a negator after ``before`` and before ``after`` contrasts ("peace, not a
    ceasefire") rather than negates a predicate."""
    if lang == "ar" and negator == "ليس" and after in _AR_DEMONSTRATIVES:
        return True
    if before == "," and lang in _CONTRAST_OPENERS and after.isalpha() and after not in _CONTRAST_OPENERS[lang]:
        return False  # "..., no aumentará": the verb after the comma is negated
    return (before in _CONTRAST_BEFORE or (lang == "ru" and before == "а")) and negator not in _NEGATIVE_PRONOUNS


_FIGURE_CONTRAST_BEFORE = frozenset({"and", "e", "y", "et", "und", "и", "i"})  # Catalan, Croatian "i"


def _figure_follows(after: list[str], lang: str) -> bool:
    """Whether the words after a negator are a figure, or a short word and a figure ("30",
    "in 30")."""
    for k, w in enumerate(after):
        if w.isdigit() or _number_word_value(w.casefold(), lang) not in (None, "1"):
            return True  # "one" is also a pronoun ("and no one was hurt")
        if k or len(w) > 3 or not w.isalpha():
            return False
    return False


def _bounds_a_figure(raw_words: list[str], i: int, lang: str) -> bool:
    """Whether the negator at ``i`` bounds a figure ("не менее десяти", "no more than 300")."""
    after = [x.casefold() for x in raw_words[i + 1 : i + 3]]
    if not after or after[0] not in _BOUNDS.get(lang, frozenset()):
        return False
    return lang == "ru" or (len(after) > 1 and after[1] == _THAN[lang])


# A time of day written with a point: "at 19.40" (a 24-hour clock), "7.40pm", "19.40 Uhr".
_CLOCK = re.compile(r"([01]?\d|2[0-3])\.[0-5]\d")
_CLOCK_BEFORE = re.compile(r"\b(?:at|um|gegen|à|às|alle)\s+$", re.I)
_CLOCK_AFTER = re.compile(r"^\s*(?:a\.?m\b|p\.?m\b|h\b|hrs\b|uhr\b|gmt\b|utc\b)", re.I)


def _clock_time(text: str, start: int, digits: str) -> bool:
    """Whether the number ``digits`` at ``start`` is a time of day: hours and minutes before
    "pm", "Uhr", "GMT" ..., or after "at", "um", "à" on a 24-hour clock (13.00 to 23.59: "at
    7.40" may be a rate)."""
    clock = _CLOCK.fullmatch(digits)
    if not clock:
        return False
    end = start + len(digits)
    if _CLOCK_AFTER.match(text[end : end + 6]):
        return True
    return int(clock.group(1)) >= 13 and _CLOCK_BEFORE.search(text[max(0, start - 8) : start]) is not None


# Scale words and abbreviations after digits ("4.2 billion", "€60m", "4.200 millones", "1,9 Mrd.").
_SCALE_VALUES = {
    **{
        w: 1000
        for w in "thousand thousands tausend mille mil тысяч тысячи тысяча тыс tys tysięcy tysiące tisíc tisíce "
        "ribu bin tusen tusind mii ezer χιλιάδες χιλ".split()
    },
    **{
        w: 1000000
        for w in "million millions m mn mio millionen millón millones milhão milhões milione milioni млн "
        "миллион миллиона миллионов mln milion miliony milionów milionu milionů juta milyon miljon miljoner "
        "millioner milioane millió εκατομμύριο εκατομμύρια εκατ".split()
    },
    **{
        w: 1000000000
        for w in "billion billions bn milliard milliards milliarde milliarden mrd miliardi млрд миллиард "
        "миллиарда миллиардов mld miliard miliardy miliardów miliardů miliar milyar miljard miljarder milliarder "
        "miliarde milliárd mia δισεκατομμύριο δισεκατομμύρια δισ".split()
    },
}
_SCALE_VALUES.update({"lakh": 100000, "crore": 10000000})
# Finnish, Arabic, Hindi and Chinese scale words ("18 ألف" is 18,000, "4.8 करोड़" 48 million, "3 万" 30,000)
_SCALE_VALUES.update(
    {
        "tuhatta": 1000, "miljoonaa": 1000000, "miljardia": 1000000000, "ألف": 1000, "آلاف": 1000,
        "مليون": 1000000, "ملايين": 1000000, "مليار": 1000000000, "हज़ार": 1000, "हजार": 1000, "लाख": 100000,
        "करोड़": 10000000, "करोड": 10000000, "千": 1000, "万": 10000, "亿": 100000000,
    }
)  # fmt: skip
# Latvian and Lithuanian scale words and their abbreviations ("12 tūkst. eurų" is €12,000), Korean
# ("250억 원" is 25 billion won)
_SCALE_VALUES.update(
    {
        "tūkstoši": 1000, "tūkstošiem": 1000, "tūkstošu": 1000, "tūkst": 1000, "tūkstančių": 1000,
        "tūkstančiai": 1000, "miljoni": 1000000, "miljonu": 1000000, "milj": 1000000, "milijonai": 1000000,
        "milijonų": 1000000, "miljardi": 1000000000, "miljardu": 1000000000, "milijardai": 1000000000,
        "milijardų": 1000000000, "천": 1000, "만": 10000, "억": 100000000,
    }
)  # fmt: skip
# More languages' scale words, as their translations of a figure write them ("640 miljoen dollar"
# is $640 million, "85 triệu" 85 million, "2,4 milijarde" 2.4 billion)
_SCALE_VALUES.update(
    {
        **dict.fromkeys(
            "duizend هزار tisuća tisuće tisuću tisoč хиљада хиљаде хиляди тисяч тисячі þúsund mijë tuhat nghìn ngàn "
            "হাজার ആയിരം ათასი אלף libo elfu".split(),
            1000,
        ),
        **dict.fromkeys(
            "miljoen میلیون milijun milijuna milijuni milijon milijona milijonov милион милиона милиони мільйон "
            "мільйона мільйонів milljón milljónir milljóna milionë miljonit triệu milión milióna miliónov "
            "মিলিয়ন מיליון მილიონი milyon".split(),
            1000000,
        ),
        **dict.fromkeys(
            "میلیارد milijarda milijarde milijardi милијарда милијарди милиарда мільярд мільярда "
            "мільярдів milljarður milljarðar milljarða miljardit tỷ miliardy miliárd bilion bilyon bilioni "
            "מיליארד მილიარდი milyard".split(),
            1000000000,
        ),
        "লাখ": 100000, "কোটি": 10000000, "ലക്ഷം": 100000, "കോടി": 10000000,
    }
)  # fmt: skip
# Scale words of languages with no entry, which their translations write after digits as the
# Latin shape above does not ("12 yuta" in Javanese, "3 tapitrisa" in Malagasy are millions)
_SCALE_VALUES.update(
    {
        **dict.fromkeys("ewu rébu rebu arivo nkoto nkóto ibihumbi".split(), 1000),
        **dict.fromkeys("yuta tapitrisa".split(), 1000000),
    }
)  # fmt: skip
_SCALE_ABBREVIATIONS = frozenset({"m", "mn", "bn"})
# A scale word no list above holds, by the shape the Latin word takes in most languages written
# in Latin letters ("4,5 milliúnir", "3 miliyoni", "2 milyari"): "mil(l)" with an optional "i",
# "j" or "y", then "on"/"un" (a million) or "ar" (a thousand millions). Only right after digits.
_SCALE_SHAPE = re.compile(
    r"\s(mil{1,2}[ijy]{0,2}(?:[oóöòuúü]n(?!g)|[aáà]r)[^\W\d_]*)(?![^\W\d_])", re.I
)


def scale_by_shape(after: str) -> int | None:
    """The scale of the word right after a figure's digits (``after``: the text that follows)
    when no list of scale words holds it but it has the shape of one (:data:`_SCALE_SHAPE`):
    a million, or a thousand millions for the "-ar-" forms; None for any other word. Not read in
    English, whose scale words are all listed ("3 millionaires" are people)."""
    m = _SCALE_SHAPE.match(after)
    if m is None:
        return None
    stem = m.group(1).casefold()
    return 1000000000 if re.match(r"mil{1,2}[ijy]{0,2}[aáà]r", stem) else 1000000
# Romanian puts "de" before the scale of a number above 19 ("30 de milioane")
_SCALE_AFTER = re.compile(
    r"\s?(?:de\s)?(" + "|".join(sorted((re.escape(w) for w in _SCALE_VALUES), key=len, reverse=True)) + r")\.?(?!\w)",
    re.I,
)


def _scaled(figure: str, scale: int) -> str:
    """``figure`` times ``scale``, written as :func:`_number` writes a number ("4.2" x 10^9 is
    "4200000000")."""
    value = Decimal(figure) * scale
    return str(value.quantize(Decimal(1))) if value == value.to_integral_value() else format(value.normalize(), "f")


# The words of a percentage written out after the digits, which are number words too ("sută", "εκατό").
_PERCENT_WORDS = frozenset({"sută", "suta", "εκατό"})
_JOINING = frozenset({"de", "la", "τοισ"})  # "30 de milioane", "12 la sută", "5 τοις εκατό" (casefolded)


def _after_digits(words: list[str], k: int) -> bool:
    """Whether word ``k`` follows digits, directly or after a joining word."""
    if k and words[k - 1].isdigit():
        return True
    return k > 1 and words[k - 1] in _JOINING and words[k - 2].isdigit()


# Chinese words that open with a negator's character and negate nothing: "不过" (but), "不断"
# (steadily), "不少" (many), "不仅" (not only), "不久" (soon), "不管" (whatever), "不同" (different),
# "未来" (the future)
_ZH_NOT_NEGATING = re.compile(r"不(?=[过断少仅久管同但])|未(?=来)")
_HAN = re.compile(r"([\u4e00-\u9fff])")  # one character, each a word of its own


def _han_characters(text: str) -> str:
    """Chinese text with its characters set apart, each one a word, digits apart from them ("建设
    3000 套"): Chinese writes no spaces between words."""
    return _HAN.sub(r" \1 ", _ZH_NOT_NEGATING.sub("", text))


# A Japanese verb's negative suffix ("出ていない", "当たらない", "発砲はなかった"), not the end of an
# adjective that is no negation ("少ない", few; "危ない", dangerous)
_JA_NEGATIVE = re.compile(r"(?<![少危汚幼])(?:なかった|ません|ない|ず)")
_JA_CHARACTER = re.compile(r"([\u3040-\u30ff\u4e00-\u9fff])")


def _japanese_characters(text: str) -> str:
    """Japanese text with its characters set apart as Chinese is (:func:`_han_characters`), but a
    verb's negative suffix kept whole, a word after the verb it negates."""
    negators = _JA_NEGATIVE.findall(text)
    out = []
    for i, part in enumerate(_JA_NEGATIVE.split(text)):
        out.append(_JA_CHARACTER.sub(r" \1 ", part))
        if i < len(negators):
            out.append(f" {negators[i]} ")
    return "".join(out)


# The digits of other scripts as ASCII ones (Persian "۲۵", Bengali "২৫", Devanagari "२५" are 25),
# and the Arabic decimal and thousands separators ("۲٫۴" is 2.4): one figure however written.
_ASCII_DIGITS = {
    **{cp: str(unicodedata.decimal(chr(cp))) for cp in range(0x80, 0x10000) if unicodedata.category(chr(cp)) == "Nd"},
    0x066B: ".",
    0x066C: ",",
}


# a sentence's opening coordinator before a capitalised word, which hides the name the wording
# opens with ("And Town Hall has never paid ...": its opener is "Town", as in "Town Hall has ...")
_OPENING_COORDINATOR = re.compile(r"^(?:And|But|So|Or|Yet)\s+(?=[^\W\d_])")


def _without_opening_coordinator(text: str) -> str:
    """``text`` without the coordinator it opens with when a capitalised word follows it."""
    m = _OPENING_COORDINATOR.match(text)
    return text[m.end() :] if m and text[m.end()].isupper() else text


def features(text: str, language: str | None = None) -> Features:
    """Extract the verification features of a quote's wording (an opening "And" or "But" before
    a capitalised word left out: :data:`_OPENING_COORDINATOR`)."""
    text = _without_opening_coordinator(text.lstrip())
    text = text.translate(_ASCII_DIGITS)  # one character for one: offsets in it stay as they were
    if language == "ja":
        text = _japanese_characters(text)
    elif language == "zh" or (language is None and _HAN.search(text)):
        text = _han_characters(text)
    normal = unicodedata.normalize("NFKC", text).replace("’", "'")
    raw = re.findall(rf"(?:{_LETTERS})(?:['’][^\W_]+)?|[,;—–.!?।]", normal)
    words = [w.casefold() for w in raw if w not in _PUNCTUATION]
    lang = _language_of(words, language)
    pattern = _NUMBER if lang == "en" else _NUMBER_SPACED
    numbers = set()
    specific = set()
    counted: set[tuple[str, str]] = set()

    def skip(word: str) -> bool:
        return word in _STOP or word.rstrip(".") in _SCALE_VALUES or _number_word_value(word, lang) is not None

    dated_years = {m.start(1) for m in _DATE_YEAR.finditer(text)}
    for m in pattern.finditer(text):
        if m.start(1) in dated_years:
            continue  # "from 1 May 2027": a report that writes "from May 1" gives the same date
        if _clock_time(text, m.start(1), m.group(1)) and not m.group(2):
            continue  # "at 19.40": a time of day, which another report may give otherwise
        figure = _number(m.group(1), lang) + ("%" if m.group(2) else "")
        if _is_baseline(text, m.start(1), m.end()):
            continue
        scale = None if m.group(2) else _SCALE_AFTER.match(text[m.end() : m.end() + 14])
        if scale and (
            scale.group(1).casefold() not in _SCALE_ABBREVIATIONS or (m.start(1) > 0 and text[m.start(1) - 1] in "€$£¥")
        ):
            # "$4.2 billion", "4.200 millones", "€60m": one amount, however it is written ("12m"
            # without a currency sign may be metres)
            figure = _scaled(figure, _SCALE_VALUES[scale.group(1).casefold().rstrip(".")])
        elif lang != "en" and not m.group(2) and (shaped := scale_by_shape(text[m.end() : m.end() + 16])) is not None:
            figure = _scaled(figure, shaped)
        numbers.add(figure)
        counted.add((figure, counted_word(text[: m.start(1)], text[m.end() :], skip)))
        year = re.fullmatch(r"(?:19|20)\d\d", m.group(1)) is not None
        if m.group(2) or "." in figure or (not year and float(figure) > 10):
            specific.add(figure)
    # Portuguese and Italian have number words but no negation rules here: the hint says which
    counting = language if language in {"pt", "it"} and lang == "en" else lang
    # a scale word after digits is part of their amount ("4.2 billion", "30 de milioane"), and the
    # words of a percentage part of it ("12 la sută", "5 τοις εκατό"): no numbers of their own
    # and a number word after an ordinal's marker is no count ("thứ Ba": Tuesday)
    masked = [
        "_"
        if (_after_digits(words, k) and (w.rstrip(".") in _SCALE_VALUES or w in _PERCENT_WORDS))
        or (k > 0 and (words[k - 1] in _ORDINAL_MARKERS or (words[k - 1], w) in _PERCENT_PAIRS))
        else w
        for k, w in enumerate(words)
    ]
    # a fraction is a share of its own ("two-thirds" is 2/3, not a count of two), compared only
    # with another fraction (:attr:`Features.fractions`)
    shares = fractions_in(words, lang)
    for k, _ in shares:
        masked[k] = "_"
    for run in _number_word_runs(_mask_word_baselines(masked, counting), counting):
        if len(run) == 1:
            w, value = run[0]
            if not (w == "one" and lang == "en"):
                numbers.add(value)
            if _specific_word(w, value):
                specific.add(value)
            continue
        composed = _compose(run)
        numbers.add(composed)
        if float(composed) > 10:
            specific.add(composed)

    modality = {kind for kind, ws in _MODAL.items() if any(w in ws for w in words)}
    entities = set()
    for i, w in enumerate(raw):
        if i > 0 and w[:1].isupper() and w.casefold() not in _STOP and not _sentence_start(text, w):
            entities.add(w.casefold())
    contrast: list[str] = []
    negations = tuple(_predicate_negations(_affix_negations(raw, lang), lang, contrast))
    scoped = _negated_scope(raw, lang)
    content = frozenset(content_words(words) - {e[:5] for e in entities})
    stems = frozenset(_stem(w) for w in words)
    return Features(
        negations,
        frozenset(numbers),
        frozenset(modality),
        frozenset(entities),
        lang,
        content,
        stems,
        len(words),
        frozenset(contrast),
        frozenset(specific),
        tuple(words),
        frozenset(_replaced_figures(text, lang)),
        _seasons(text),
        scoped,
        opener=_opener(raw),
        counted=frozenset(counted | _counted_number_words(normal, lang, skip)),
        possessors=_possessors(normal, words) if lang == "en" else frozenset(),
        clauses=_clauses(raw, lang, frozenset(e[:5] for e in entities)),
        governed=_governed(raw, lang),
        admits=_admits(raw, negations, lang),
        fractions=frozenset(share for _, share in shares),
        aside=names_set_aside(text),
    )


# Negators that stand before a noun as its determiner ("No boat will pay", "Kein Boot muss
# zahlen", "Aucun bateau ne paiera", "Ningún barco pagará"): the predicate after the noun is
# what they deny, though the word negated is the noun
_NEGATING_DETERMINERS = {
    "en": frozenset({"no"}),
    "de": frozenset({"kein", "keine", "keinen", "keinem", "keiner"}),
    "fr": frozenset({"aucun", "aucune"}),
    "es": frozenset({"ningún", "ninguna", "ninguno"}),
}


def _governed(raw: list[str], lang: str) -> frozenset[str]:
    """The content words (cut as :func:`content_words` cuts them) of the predicate a negating
    determiner denies: up to :data:`_SCOPE` words after its noun, in its clause ("No boat will
    have to pay for a radio": "pay")."""
    determiners = _NEGATING_DETERMINERS.get(lang, frozenset())
    out: set[str] = set()
    for i, w in enumerate(raw):
        if w.casefold() not in determiners or i + 1 >= len(raw) or raw[i + 1] in _PUNCTUATION:
            continue
        after = itertools.takewhile(lambda x: x not in _PUNCTUATION, raw[i + 2 : i + 2 + _SCOPE])
        out |= content_words([x.casefold() for x in after])
    return frozenset(out)


def _clauses(raw: list[str], lang: str, names: frozenset[str]) -> tuple[tuple[bool, frozenset[str]], ...]:
    """Each clause of a wording (its words between punctuation marks): whether a negator in it
    negates a word (:func:`_predicate_negations`), and its content words, names left out."""
    out = []
    for punct, run in itertools.groupby(raw, key=lambda w: w in _PUNCTUATION):
        if punct:
            continue
        clause = list(run)
        negated = any(_predicate_negations(_affix_negations(clause, lang), lang, []))
        out.append((negated, frozenset(content_words([w.casefold() for w in clause]) - names)))
    return tuple(out)


# "'s" after these is "is" or "has" ("it's", "there's"), not a possessive
_NOT_POSSESSORS = frozenset("it that there here what who where how let he she".split())


def _possessors(normal: str, words: list[str]) -> frozenset[str]:
    """The words of an English wording written as possessors, as :attr:`Features.words` holds
    them: "the mayor's office" ("mayor's"), "the drivers' union" ("drivers"); not a pronoun's "'s"
    ("it's", "that's")."""
    out = {w for w in words if w.endswith("'s") and w[:-2] not in _NOT_POSSESSORS and w[:-2] not in _STOP}
    out.update(m.group(1).casefold() for m in re.finditer(r"([^\W\d_]+s)'(?![^\W_])", normal))
    return frozenset(out)


def _counted_number_words(text: str, lang: str, skip: Callable[[str], bool]) -> set[tuple[str, str]]:
    """(figure, the word it counts) for the numbers ``text`` writes in words ("two more
    datasets" -> ("2", "datas"), "a hundred and twenty ships" -> ("120", "ships"))."""
    found = [(m.group(0).casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]
    out = set()
    k = 0
    while k < len(found):
        value = _number_word_value(found[k][0], lang)
        before = found[k - 1][0] if k else ""
        if value is None or before in _ORDINAL_MARKERS or (before, found[k][0]) in _PERCENT_PAIRS:
            k += 1
            continue
        run, j = [(found[k][0], value)], k + 1
        while value not in _FRACTIONS and j < len(found):
            nxt = _number_word_value(found[j][0], lang)
            if nxt is None and found[j][0] in _NUMBER_JOINERS and j + 1 < len(found):
                after = _number_word_value(found[j + 1][0], lang)
                if after is not None and after not in _FRACTIONS:
                    j += 1
                    continue
            if nxt is None or nxt in _FRACTIONS:
                break
            run.append((found[j][0], nxt))
            j += 1
        figure = _compose(run) if len(run) > 1 else value
        out.add((figure, counted_word(text[: found[k][1]], text[found[j - 1][2] :], skip)))
        k = j
    return out


def _opener(raw: list[str]) -> str | None:
    """The first word of a wording, lower-case, when it is written with a capital and is no
    function word: a report's first word only when it is a name ("Kyiv had lost ..."), a
    direct quote's whatever it is."""
    first = next((w for w in raw if w not in _PUNCTUATION), "")
    return first.casefold() if first[:1].isupper() and first.casefold() not in _STOP else None


_SCOPE = 5  # words after a negator that its clause may negate
# The words that open an open question, which ends a negator's scope: "did not know whether the
# pipe caused it" neither denies nor affirms that the pipe caused it, so "the pipe did not cause
# it" is another claim ("weiß nicht, ob"; French and Spanish "si" is as often "so" or "yes")
_OPEN_QUESTION = {"en": frozenset({"whether", "if"}), "de": frozenset({"ob"})}


def _negated_scope(raw_words: list[str], lang: str) -> frozenset[str]:
    """The stems of the words up to :data:`_SCOPE` after each negator, in its clause: "is not
    ready to sign" leaves "sign" neither negated nor affirmed, so that "We will not sign" does not
    contradict it."""
    negators = _NEGATORS.get(lang, _NEGATORS["en"])
    opens = _OPEN_QUESTION.get(lang, frozenset())
    out = set()
    for i, w in enumerate(raw_words):
        lw = w.casefold()
        if lw not in negators and not (lang == "en" and lw.endswith("n't")):
            continue
        clause = list(
            itertools.takewhile(
                lambda x: x not in _PUNCTUATION and x.casefold() not in opens, raw_words[i + 1 : i + 1 + _SCOPE]
            )
        )
        for k, x in enumerate(clause):
            if lang == "en" and _excludes(clause, k):
                break  # "no longer rules out a crack": the crack is not denied, it is let in
            if x.isalpha():
                out.add(_stem(x.casefold()))
    return frozenset(out)


def _admits(raw_words: list[str], negations: tuple[str, ...], lang: str) -> bool:
    """Whether an English wording negates verbs of excluding and nothing else ("it no longer
    rules out a leak", "we cannot exclude sabotage"): it lets a thing in rather than denying
    one, which a wording that denies something ("nothing was amiss at the weir") contradicts."""
    if lang != "en" or not any(negations):
        return False
    excluding = {_stem(w.casefold()) for k, w in enumerate(raw_words) if _excludes(raw_words, k)}
    return all(s in excluding for s in negations if s)


# English verbs that exclude what follows them: negated, they let it in ("does not rule out a
# leak" allows a leak, where "did not find a leak" denies one); "rule" needs its "out".
_EN_EXCLUDING = frozenset("exclude excludes excluded excluding discount discounts discounted discounting".split())
_EN_RULE = frozenset("rule rules ruled ruling".split())


def _excludes(words: list[str], k: int) -> bool:
    """Whether the word at ``k`` is an English verb of excluding (:data:`_EN_EXCLUDING`, or
    "rule" with "out" after it): a negator before it does not deny the words after it."""
    word = words[k].casefold()
    return word in _EN_EXCLUDING or (word in _EN_RULE and words[k + 1 : k + 2] in (["out"], ["Out"]))


# Months and feasts in the languages onrecord reads, each to one key: a deadline "by the end of
# October" and "before Christmas" are two statements, "by October" and "bis Oktober" one.
_SEASON_WORDS = {
    "1": "january januar janvier enero gennaio janeiro январь января январе",
    "2": "february februar février febrero febbraio fevereiro февраль февраля феврале",
    "3": "march märz mars marzo março март марта марте",
    "4": "april avril abril aprile апрель апреля апреле",
    "5": "may mai mayo maggio maio май мая мае",
    "6": "june juni juin junio giugno junho июнь июня июне",
    "7": "july juli juillet julio luglio julho июль июля июле",
    "8": "august août agosto август августа августе",
    "9": "september septembre septiembre settembre setembro сентябрь сентября сентябре",
    "10": "october oktober octobre octubre ottobre outubro октябрь октября октябре",
    "11": "november novembre noviembre novembro ноябрь ноября ноябре",
    "12": "december dezember décembre diciembre dicembre dezembro декабрь декабря декабре",
    "christmas": "christmas weihnachten noël navidad natale natal рождество рождества рождеству",
    "easter": "easter ostern pâques pascua pasqua páscoa пасха пасхи пасху",
}
_SEASON_OF = {w: key for key, words in _SEASON_WORDS.items() for w in words.split()}
_SEASON = re.compile(r"\b(" + "|".join(sorted(_SEASON_OF, key=len, reverse=True)) + r")\b", re.I)


# Words that make a month or a feast a deadline: "by the end of October", "before Christmas",
# "bis Ende Oktober", "avant Noël", "antes de Navidad", "entro ottobre", "até ao Natal", "до Рождества".
_DEADLINE = re.compile(
    r"\b(?:by|before|until|till|ahead\s+of|bis|vor|avant|d'ici|jusqu'(?:à|en)|antes|hasta|para|entro|prima|fino|"
    r"até|до|к)\b(?:\s+[^\W\d_]+){0,3}\s*$",
    re.I,
)


def _seasons(text: str) -> frozenset[str]:
    """The months and feasts a wording sets as deadlines ("by the end of October", "before
    Christmas"); a month the writer dates something by ("a promise she made in October") is none."""
    out = set()
    for m in _SEASON.finditer(text):
        if _DEADLINE.search(text[max(0, m.start() - 40) : m.start()]):
            out.add(_SEASON_OF[m.group(1).casefold()])
    return frozenset(out)


_MONTH = (
    r"(?:jan|feb|fév|fev|mar|mär|apr|avr|abr|may|mai|jun|jui|jul|aug|aoû|ago|sep|oct|okt|nov|dec|dez|déc|dic|ene"
    r"|янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек)[^\W\d_]*\.?"
)
# The year of a full date ("1 May 2027", "May 1, 2027", "1. Mai 2027", "1 мая 2027 года"): a
# day and a month already say which date it is, and another report may leave the year out.
_DATE_YEAR = re.compile(
    rf"(?:\b\d{{1,2}}(?:er|\.)?\s+{_MONTH}|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+((?:19|20)\d\d)\b",
    re.I,
)
# The figure a change is measured from ("19 reports, up from 12", "1,100, compared with 300 on
# Monday", "von 300 auf 1.100", "contre 12"): the wording's own figure is the other one; a report
# of the earlier figure alone is an earlier statement, not a part of this one.
_BASELINE = re.compile(
    r"(?:\b(?:up|down|rising|falling|rose|fell|increased|decreased|climbing|dropping)\s+from"
    r"|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\bfrom"
    r"|\bgegenüber|\bnach\s+zuvor|\bvon|\bcontre|\bfrente\s+a|\bdesde|\bпротив|\bпосле"
    r"|\b(?:yesterday|earlier|previously|last\s+\w+)\s*,?\s+(?:it|that|there)\s+(?:was|were|stood\s+at)"
    r"|\bso\s+với(?:\s+con\s+số)?"  # Vietnamese "compared with (the figure)"
    r"|\bout\s+of|\bsur\s+(?:les|un\s+total\s+de)|\bde\s+un\s+total\s+de|\bvon\s+insgesamt)"  # the whole of a part
    r"\s+(?:(?:the|a|an|just|only|some|about|around|roughly|its|der|den|les|las|los)\s+)?$",
    re.I,
)
# "from 12 to 19", "von 12 auf 19", "de 12 à 19", "с 12 до 19": the first figure is the baseline
# only when a second one follows.
_RANGE_END = re.compile(
    r"^\s*(?:%|percent|per\s+cent|prozent|pour\s+cent|por\s+ciento|процент\w*)?\s*"
    r"(?:to|auf|à|a|до|bis)\s+\d",
    re.I,
)
_NUMBER_JOINERS = frozenset({"and", "und", "et", "y", "и"})
_FRACTIONS = frozenset({"0.5", "0.25"})


def _is_baseline(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is what a change is measured from ("up from 12")."""
    before = text[max(0, start - 40) : start]
    m = _BASELINE.search(before)
    if m is None:
        return False
    word = m.group(0).split()[0].casefold()
    if word in {"from", "von", "desde"}:  # "from 12 to 19": a baseline; "from 12 countries": not
        return _RANGE_END.match(text[end : end + 20]) is not None
    return True


def _number_word_value(w: str, lang: str) -> str | None:
    value = _NUMBER_WORDS.get(lang, {}).get(w)
    if value is None and lang == "ru" and len(w) > 4:
        value = next((v for stem, v in _RU_NUMBER_STEMS if w.startswith(stem) and len(w) - len(stem) <= 3), None)
    return value


# The words before a figure written out that make it the figure a change is measured from ("up
# from fourteen thousand", "yesterday it was fourteen thousand").
_WORD_BASELINES = (
    frozenset({"up from", "down from", "rose from", "fell from", "compared with", "compared to", "against", "versus"}),
    frozenset({"yesterday it was", "earlier it was", "previously it was", "yesterday there were"}),
)


def _mask_word_baselines(words: list[str], lang: str) -> list[str]:
    """``words`` with the number words of a baseline figure blanked out."""
    out = list(words)
    for k in range(1, len(words)):
        if _number_word_value(words[k], lang) is None or _number_word_value(words[k - 1], lang) is not None:
            continue
        before = [" ".join(words[max(0, k - n) : k]) for n in (1, 2, 3)]
        after_the = [" ".join(words[max(0, k - n) : k - 1]) for n in (2, 3)] if words[k - 1] == "the" else []
        if any(b in group for group in _WORD_BASELINES for b in before + after_the):
            j = k
            while j < len(out) and (_number_word_value(words[j], lang) is not None or words[j] in _NUMBER_JOINERS):
                out[j] = "_"
                j += 1
    return out


_VAGUE_COUNTS = frozenset({"dozen", "dozens", "score", "scores"})  # "a dozen" is about twelve, no figure


def _specific_word(word: str, value: str) -> bool:
    """Whether one number word writes a figure that identifies a statement, as its digits would
    ("twelve metres" / "12 metres", "nineteen years" / "19 years"): a whole number above ten, but
    for a bare scale ("hundred", "thousand": as loose as "hundreds") and "a dozen"."""
    if not value.isdigit() or word in _VAGUE_COUNTS:
        return False
    return int(value) > _SMALL_COUNT and not _ROUND_SCALE.fullmatch(value)


_SMALL_COUNT = 10  # counts up to this identify nothing ("two members", "three days")
_ROUND_SCALE = re.compile(r"10+")


def _number_word_runs(words: list[str], lang: str) -> list[list[tuple[str, str]]]:
    """The number words of ``words``, grouped into the runs that write one number ("one hundred
    and twenty", "fourteen thousand", "dix-neuf"); a fraction stands alone."""
    runs: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for k, w in enumerate(words):
        value = _number_word_value(w, lang)
        if value is not None and value not in _FRACTIONS:
            current.append((w, value))
            continue
        joins = w in _NUMBER_JOINERS and current and k + 1 < len(words)
        if joins and (nxt := _number_word_value(words[k + 1], lang)) is not None and nxt not in _FRACTIONS:
            continue
        if current:
            runs.append(current)
            current = []
        if value is not None:
            runs.append([(w, value)])
    if current:
        runs.append(current)
    return runs


def figures_in_digits(text: str, language: str | None) -> str:
    """``text`` with each figure it writes in words above ten written in digits ("Fifty-two
    walkers were rescued" -> "52 walkers were rescued"): an embedder reads "52" and "fifty-two" as
    different words, so a paraphrase that writes its figure the other way looks far from the
    report it restates. Counts up to ten, bare scales ("hundreds") and "a dozen" stay as they are
    (:func:`_specific_word`)."""
    lang = language or "en"
    found = [(m.group(0).casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]
    out, last, k = [], 0, 0
    while k < len(found):
        value = _number_word_value(found[k][0], lang)
        if value is None or value in _FRACTIONS:
            k += 1
            continue
        run, j, adds_up = [(found[k][0], value)], k + 1, True
        while j < len(found):
            nxt = _number_word_value(found[j][0], lang)
            if nxt is None and found[j][0] in _NUMBER_JOINERS and j + 1 < len(found):
                after = _number_word_value(found[j + 1][0], lang)
                between = text[found[j - 1][2] : found[j + 1][1]]
                if (
                    after is not None
                    and after not in _FRACTIONS
                    and between.count(" ") <= 2
                    and _adds_on(run[-1][1], after, found[j + 1][0])
                ):
                    j += 1
                    continue
            if nxt is None or nxt in _FRACTIONS or text[found[j - 1][2] : found[j][1]] not in (" ", "-"):
                break
            adds_up = adds_up and _adds_on(run[-1][1], nxt, found[j][0])
            run.append((found[j][0], nxt))
            j += 1
        if not adds_up:  # "eleven twelve-year-olds", "nineteen ninety-eight": no one figure, left as written
            k = j
            continue
        figure = _compose(run) if len(run) > 1 else value
        if _specific_word(run[-1][0] if len(run) > 1 else run[0][0], figure):
            out += [text[last : found[k][1]], figure]
            last = found[j - 1][2]
        k = j
    return "".join([*out, text[last:]])


def _adds_on(before: str, value: str, word: str) -> bool:
    """Whether the number word ``word`` (``value``) goes on the number the word before it
    (``before``) began: a scale after its multiplier ("two hundred", "hai mươi"), a smaller number
    after a scale ("hundred and twelve"), a unit after a ten ("forty-two", "vingt et un", "dix-neuf";
    "soixante-dix"). Two tens or teens side by side ("forty and fifty", "eleven twelve-year-olds",
    "nineteen ninety-eight") are two numbers, not one."""
    if not (before.isdigit() and value.isdigit()):
        return False
    prev, nxt = int(before), int(value)
    if word in _TEN_TIMES or nxt >= 100:
        return prev < nxt
    if prev >= 100:
        return nxt < prev
    if 10 <= prev < 100 and prev % 10 == 0:
        return nxt < 10 or (prev in (60, 80) and nxt < 20)  # French "soixante-dix", "quatre-vingt-douze"
    return False


def _compose(run: list[tuple[str, str]]) -> str:
    """The number a run of number words writes: "one hundred and twenty" is 120, "fourteen
    thousand" 14000, "dix neuf" 19, "hai mươi ba" (two ten three) 23."""
    total, current, unit = 0, 0, 0
    for w, value in run:
        v = int(value)
        if w in _TEN_TIMES:
            current += unit * 9 if unit else v  # the unit before it counts tens
            unit = 0
        elif v == 100:
            current, unit = max(current, 1) * 100, 0
        elif v >= 1000:
            total += max(current, 1) * v
            current, unit = 0, 0
        else:
            current += v
            unit = v if v < 10 else 0
    return str(total + current)


def _number(digits: str, lang: str) -> str:
    """A written number as one canonical string: "1,200" (English), "1.200" (German) and
    "1 200" (French, Russian) are all "1200"; "1.5" and "1,5" are "1.5"."""
    if re.fullmatch(r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+", digits):
        return re.sub(r"\D", "", digits)
    if lang in _INDIAN_GROUPS and re.fullmatch(r"\d{1,2}(?:,\d{2})*,\d{3}(?:\.\d+)?", digits):
        return digits.replace(",", "")  # "2,10,000": lakhs and thousands
    comma = lang == "en" or lang in _COMMA_GROUPS
    thousands, decimal = (".", ",") if lang in _POINT_GROUPS else (",", ".") if comma else (None, ",")
    if thousands and re.fullmatch(rf"\d{{1,3}}(?:\{thousands}\d{{3}})+(?:\{decimal}\d+)?", digits):
        digits = digits.replace(thousands, "")
    return digits.replace(",", ".")


def _sentence_start(text: str, word: str) -> bool:
    """Whether every occurrence of ``word`` in ``text`` starts a sentence."""
    return all(re.search(r"(^|[.!?…]\s+)$", text[: m.start()]) for m in re.finditer(re.escape(word), text))


def _negations_agree(a: Features, b: Features) -> bool:
    """Negated predicates must be negated in both wordings wherever both say them.

    Within one language: a word negated in one wording and present in the other must be negated
    there too; a negation whose word the other wording lacks is allowed only when that wording
    is a shorter, partial quote. Across languages only the parity is compared, unless both negate
    something and one is a much shorter fragment of the other (:func:`_negated_fragment`).
    """
    if UNREAD in (a.language, b.language) and a.language != b.language and a.denied == b.denied:
        return True  # a language whose negators are unknown: its parity says nothing
    if a.language != b.language or a.denied != b.denied:
        # "denied that X" is not "said that X"; it may be "said that not X"
        if (a.negated != a.denied) == (b.negated != b.denied):
            return True
        return a.language != b.language and a.denied == b.denied and _negated_fragment(a, b)
    for x, y in ((a, b), (b, a)):
        admitted = x.admits and not y.admits and not set(x.negations) & set(y.negations)
        if admitted and any(y.negations) and x.content & y.content:
            return False  # "no longer rules out a leak" lets in what "nothing was amiss" denies
        for stem in x.negations:
            if stem and stem in y.stems and stem not in y.negations and stem not in y.contrasted | y.scoped:
                return False
    if len(a.negations) != len(b.negations):
        more, fewer = (a, b) if len(a.negations) > len(b.negations) else (b, a)
        # an elliptical negation ("did not expect outages, and it did not") echoes a negated
        # predicate of its own wording: no claim of its own, unless it is the only negation
        echoed = any(more.negations)
        unmatched = [
            s for s in more.negations if s not in fewer.negations and s not in fewer.contrasted and (s or not echoed)
        ]
        partial = fewer.length < 0.8 * more.length
        if unmatched and partial and not fewer.negations and _renders_a_negated_clause(fewer, more):
            return False
        if unmatched and not partial and not all(s and s not in fewer.stems for s in unmatched):
            return False
        shared = fewer.content & more.content  # two clauses of one statement may share no word
        if unmatched and not partial and fewer.length >= more.length * 0.8 and not fewer.negations and shared:
            return False
    return True


_CLAUSE_RENDERED = 2  # content words a shorter wording shares with the clause it renders, at least


def _renders_a_negated_clause(short: Features, long: Features) -> bool:
    """Whether a shorter wording with no negation renders a clause of the longer one that denies
    a predicate by a negating determiner, and affirms that predicate: it shares at least
    :data:`_CLAUSE_RENDERED` content words with that clause, more than with any clause that
    negates nothing, one of them the predicate ("small ferries would pay for their own radios"
    against "No ferryman will pay for a radio. The trust will cover every set": "pay"). The word
    negated is the determiner's noun, which the shorter wording names otherwise ("small ferries");
    it leaves out no more than that negation, so the two say opposite things. One that renders
    an un-negated clause best ("it would sell the depot to the council" of "We will not close the
    depot. We will sell the depot to the council"), or says the negated predicate in other words
    ("crates on the quay would be exempt" of "The levy will not touch crates
    already on the quay"), is a partial wording as before."""
    if not long.governed & short.content:
        return False
    negated = max((len(c & short.content) for neg, c in long.clauses if neg), default=0)
    plain = max((len(c & short.content) for neg, c in long.clauses if not neg), default=0)
    return negated >= _CLAUSE_RENDERED and negated > plain


# How much shorter than the other a translated wording is, at least, when it is a fragment of it
# (a translation of the whole may be a third shorter: English writes more function words)
_FRAGMENT = 0.5


def _negated_fragment(a: Features, b: Features) -> bool:
    """Whether two wordings in different languages whose negated predicates differ in parity are
    a long wording and a shorter translation of the part that negates something: both negate a
    predicate, and the one that negates fewer is the shorter ("This review is not a vote of no
    confidence. But we will not let the board ..." / "la revisión «no es una moción de censura»").
    A negation one wording lacks altogether ("will close" / "ne fermera pas") still keeps them
    apart."""
    count_a, count_b = (len({s for s in f.negations if s}) for f in (a, b))
    if not (count_a and count_b) or count_a == count_b:
        return False
    fewer, more = (a, b) if count_a < count_b else (b, a)
    return fewer.length < _FRAGMENT * more.length


def _one_word_swapped(a: Features, b: Features) -> bool:
    """The same words in the same order but one content word, between the same neighbours:
    "talks with the nurses' union" and "talks with the doctors' union" name two parties."""
    if a.language != b.language or len(a.words) != len(b.words) or len(a.words) < 4:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a.words, b.words, strict=True)) if x != y]
    if len(diff) != 1:
        return False
    x, y = a.words[diff[0]], b.words[diff[0]]
    return x not in _STOP and y not in _STOP and x[:5] != y[:5] and not (x.isdigit() or y.isdigit())


# The points of the compass, each with its adjective: "the eastern sector" and "the western sector"
# are two places however alike the rest of the sentence.
_DIRECTIONS = {
    w: point
    for point, forms in (
        ("n", "north northern"),
        ("s", "south southern"),
        ("e", "east eastern"),
        ("w", "west western"),
        ("ne", "northeast northeastern"),
        ("nw", "northwest northwestern"),
        ("se", "southeast southeastern"),
        ("sw", "southwest southwestern"),
    )
    for w in forms.split()
}


def _directions_differ(a: Features, b: Features) -> bool:
    """Two wordings in one language that each name points of the compass, none in common:
    "the eastern sector will reopen" and "the western sector will reopen" are about two places."""
    if a.language != b.language:
        return False
    # (a point between two is both: "north-east" and "northeast" name one place)
    da = {p for w in a.words if w in _DIRECTIONS for p in _DIRECTIONS[w]}
    db = {p for w in b.words if w in _DIRECTIONS for p in _DIRECTIONS[w]}
    return bool(da) and bool(db) and not da & db


# A figure whose one kind of separator stands before groups of three digits ("18,000", "65.000"),
# which the language of its wording may write as a thousands separator or a decimal point
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def _readings(figure: str) -> frozenset[str]:
    """A figure as its wording's language read it, and, where its separator may be the other
    kind (:data:`_GROUPED`: a wording whose language was told wrongly or not at all, "um 65.000
    fuglum", "kira-kira 18,000 isi rumah"), the whole number it then is."""
    if _GROUPED.fullmatch(figure) and len(set(re.sub(r"\d", "", figure))) == 1:
        return frozenset({figure, re.sub(r"\D", "", figure)})
    return frozenset({figure})


def _among(few: frozenset[str], many: frozenset[str]) -> bool:
    """Whether every figure of one wording is among another's, in a reading of each
    (:func:`_readings`), when the two are in different languages."""
    read = {r for n in many for r in _readings(n)}
    return all(_readings(n) & read for n in few)


def compatible(a: Features, b: Features, negations: bool = True) -> tuple[bool, str]:
    """Whether two wordings may report the same statement, and if not, why.

    Args:
        a: one wording's features.
        b: the other's.
        negations: compare their negations (off when the wordings that linked them, a clause
            of one and the other, were compared already).

    Returns:
        (True, "") or (False, the reason: ``negation``, ``figures``, ``modality``, ``entities``).
    """
    if negations and not _negations_agree(a, b):
        return False, "negation"
    for x, y in ((a, b), (b, a)):
        if x.replaced and y.numbers and y.numbers <= x.replaced:
            return False, "figures"  # "three years rather than two" is not "two years"
    if a.language == b.language:
        if figures_disagree(a.figure_key, b.figure_key):
            return False, "figures"  # a partial quote may drop a figure, never change one
        if fractions_differ(a.fractions, b.fractions):
            return False, "figures"  # "a third of the homes" / "two-thirds of the homes"
    else:  # "a 5% threshold" is "пятипроцентный барьер" in one word; what a figure counts is read in one language
        na, nb = frozenset(n.rstrip("%") for n in a.numbers), frozenset(n.rstrip("%") for n in b.numbers)
        if na and nb and not (_among(na, nb) or _among(nb, na)):
            return False, "figures"
    sa, sb = a.seasons, b.seasons
    if sa and sb and not (sa <= sb or sb <= sa):
        return False, "figures"  # "by the end of October" is not "before Christmas"
    if len(a.modality) == 1 and len(b.modality) == 1 and a.modality != b.modality:
        return False, "modality"
    if aside_clash(a.aside, a.entities, b.aside, b.entities):
        return False, "entities"  # "in Tannick, not Brissel" / "the final moves to Brissel": two places
    if _directions_differ(a, b):
        return False, "entities"
    if a.language == b.language == "en" and trends.directions_differ(a.words, b.words, a.entities, b.entities):
        return False, "figures"  # "admissions had doubled" / "admissions had fallen": two claims
    if _one_word_swapped(a, b) or _slot_swapped(a, b) or _span_swapped(a, b) or _other_name_after(a, b):
        return False, "entities"
    if _owner_swapped(a, b) or _owner_swapped(b, a):
        return False, "entities"  # "the governor's office" / "the Office of Water Standards": two bodies
    if _subjects_differ(a, b):
        return False, "entities"  # "Rangers FC be fined ..." / "Estrela do Norte be fined ...": two parties
    if _said_of_another(a, b):
        return False, "entities"  # "Oberwald Hydro will answer for this" / "the federal office will ... as well"
    if _opener_swapped(a, b):
        return False, "entities"  # "Lisbon has lost its soul" / "Porto had lost its soul": two places
    if _subject_swapped(a, b):
        return False, "entities"  # "the Brynmor works would be rebuilt" / "The Felindre works will be rebuilt"
    if _predicate_of_another_name(a, b):
        return False, "entities"  # "The Harlan reservoir lost 9 percent" / "The Wexley basin ... had lost 9 percent"
    if _predicate_of_two_names(a, b):
        return False, "entities"  # "Ellmere Council "has never cleared the drains"" / "No. Tarnow Hydro has never"
    if a.language == b.language and a.entities - b.entities and b.entities - a.entities:
        # the same frame about different parties ("talks with France" / "talks with Germany")
        union = len(a.content | b.content)
        if union and len(a.content & b.content) / union >= 0.7:
            return False, "entities"
    return True, ""


def _subjects_differ(a: Features, b: Features) -> bool:
    """Two wordings in one language that name no party in common, open with different names and
    go on with the same two words: the same predicate said of two parties ("Lakeside Rangers FC
    be fined US$20,000 for ..." / "Estrela do Norte be fined US$20,000 for ...")."""
    if a.language != b.language or not a.entities or not b.entities or a.entities & b.entities:
        return False
    rest_a, rest_b = _after_leading_name(a), _after_leading_name(b)
    if rest_a is None or rest_b is None or a.words[0] == b.words[0]:
        return False
    return len(rest_a) >= 2 and rest_a[:2] == rest_b[:2]


_SHARED_PREDICATE = 3  # words of a predicate two wordings say of two parties
_EN_PREDICATE_AUXILIARIES = frozenset(
    "will would shall should can could may might must is are was were has have had".split()
)


@functools.lru_cache(maxsize=64)
def _longest_shared_run(a: tuple[str, ...], b: tuple[str, ...]) -> Match:
    """The longest run of words two wordings both hold (``a[run.a : run.a + run.size]``), read
    once for a pair that :func:`_said_of_another` and :func:`_predicate_of_two_names` both ask of
    in :func:`compatible`."""
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))


def _said_of_another(a: Features, b: Features) -> bool:
    """The same predicate said of another party, which one wording marks as an addition: "Oberwald
    Hydro will have to answer for this" / "The federal office will have to answer for this as
    well" (English; a run of at least :data:`_SHARED_PREDICATE` words in common, one a content
    word; "as well", "too" after it or "also" before it on one side only; before it, the subjects'
    content words differ and neither wording holds the other's). Where both wordings mark an
    addition, each where its own words put it ("he would also send a report to the minister" /
    "he would also write to the minister"), neither marks one the other lacks."""
    if a.language != b.language or a.language != "en":
        return False
    run = _longest_shared_run(a.words, b.words)
    if run.size < _SHARED_PREDICATE or all(w in _STOP for w in a.words[run.a : run.a + run.size]):
        return False
    added, subjects = [], []
    for f, start in ((a, run.a), (b, run.b)):
        end = start + run.size
        after = f.words[end : end + 2]
        while start > 0 and f.words[start - 1] in _EN_PREDICATE_AUXILIARIES:
            start -= 1
        before = f.words[max(0, start - 3) : start]
        added.append(after[:2] == ("as", "well") or after[:1] == ("too",) or "also" in before)
        subjects.append({w for w in before if w not in _STOP})
    if added[0] == added[1] or not subjects[0] or not subjects[1]:
        return False
    if _marks_an_addition(a.words) and _marks_an_addition(b.words):
        return False
    return not (subjects[0] & set(b.words)) and not (subjects[1] & set(a.words))


def _marks_an_addition(words: tuple[str, ...]) -> bool:
    """Whether an English wording marks its words as an addition anywhere: "also", "too", "as well"."""
    return "also" in words or "too" in words or any(words[k : k + 2] == ("as", "well") for k in range(len(words) - 1))


_TENSE_AUXILIARIES = frozenset("has have had is are was were will would shall should".split())
_SHARED_PREDICATE_CONTENT = 2  # content words of the predicate two wordings say of two openers


def _opener_swapped(a: Features, b: Features) -> bool:
    """Two wordings in one language that open with different capitalised words, neither of which
    the other holds, and go on with the same predicate (its tense aside): "Lisbon has lost its
    soul. ..." / "Porto had lost its soul", "City Hall has never answered a letter" / "Marlbeck
    has never answered a letter" (at least :data:`_SHARED_PREDICATE` words after the opening
    name, two of them content words). A name at a sentence's start is no entity (any first word is capitalised),
    so the entity rules do not see it."""
    if a.language != b.language or a.opener is None or b.opener is None or a.opener == b.opener:
        return False
    if a.opener in b.words or b.opener in a.words:
        return False
    # the names after an opening name are its own ("City Hall"), when both open with a name, not a
    # pronoun ("He's going to veto it" is said of whoever "President Harlan Whitcombe" is)
    named = not (_pronoun(a.opener) or _pronoun(b.opener))
    rest_a = _after_auxiliaries(a.words[_opening_run(a) if named else 1 :])
    rest_b = _after_auxiliaries(b.words[_opening_run(b) if named else 1 :])
    p = _shared_opening(rest_a, rest_b)
    return p >= _SHARED_PREDICATE and sum(w not in _STOP for w in rest_a[:p]) >= _SHARED_PREDICATE_CONTENT


def _pronoun(word: str) -> bool:
    """Whether a word is a function word, its contraction cut ("he's", "we'll")."""
    return re.split(r"['’]", word)[0] in _STOP


def _opening_run(f: Features) -> int:
    """How many words the capitalised word a wording opens with runs to, with the names after it
    ("City Hall has ...": 2)."""
    end = 1
    while end < len(f.words) and f.words[end] in f.entities:
        end += 1
    return end


_EN_MODALS = frozenset("will would shall should can could may might must".split())
_SUBJECT_WORDS = 4  # words a named subject runs to before its modal ("the Brynmor pump station")


def _named_subject(f: Features) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]] | None:
    """The subject an English wording opens with, when it is a name (with "the" before it and
    nouns after it: "the Brynmor pump station") followed by a modal: its words, its names,
    and the content words (cut to a stem) of what it is said to do; None for any other opening
    ("We will", "It should")."""
    words = f.words
    start = 1 if words[:1] == ("the",) else 0
    k = next((i for i in range(start, min(len(words), start + _SUBJECT_WORDS + 1)) if words[i] in _EN_MODALS), None)
    if k is None or k == start or any(w in _STOP for w in words[start:k]):
        return None
    names = frozenset(w for w in words[start:k] if w in f.entities or (w == f.opener and start == 0))
    if words[start] not in names:
        return None
    return words[start:k], names, frozenset(w[:5] for w in words[k + 1 :] if w not in _STOP and len(w) > 2)


def _subject_swapped(a: Features, b: Features) -> bool:
    """Two English wordings whose subjects are different names, neither of which the other
    wording holds (nor an acronym of the other's subject), and whose predicates after a modal
    share a content word: the same undertaking or demand said of two parties or places ("the
    Brynmor pump station would be replaced by 2031" / "The Felindre station will be replaced
    by 2031 as well", "Customs should inspect the cargo" / "The Navy should inspect this
    cargo")."""
    if a.language != b.language or a.language != "en":
        return False
    sa, sb = _named_subject(a), _named_subject(b)
    if sa is None or sb is None:
        return False
    (subject_a, names_a, rest_a), (subject_b, names_b, rest_b) = sa, sb
    if names_a & set(b.words) or names_b & set(a.words):
        return False
    if any(_acronym_of(x, subject_b) for x in names_a) or any(_acronym_of(y, subject_a) for y in names_b):
        return False
    return bool(rest_a & rest_b)


_NAMED_REACH = 10  # words a named subject (with an aside after it) runs to before the predicate both wordings share
_SHARED_RUN = 4  # words of that predicate, two of them content words, one a specific figure both give


def _opening_names(f: Features) -> tuple[int, frozenset[str]]:
    """Where the name an English wording opens with ends (after "the": "the Harlan depot"), and
    its words; (0, empty) when it opens with no name."""
    words = f.words
    start = 1 if words[:1] == ("the",) else 0
    end = start
    while end < len(words) and (words[end] in f.entities or (end == 0 and words[end] == f.opener)):
        end += 1
    return end, frozenset(words[start:end])


def _predicate_of_another_name(a: Features, b: Features) -> bool:
    """Two English wordings that open with different names, neither of which the other wording
    holds (nor an acronym of the other's), and then say the same thing of each: a run of at
    least :data:`_SHARED_RUN` words, two of them content words, that starts after each name
    within :data:`_NAMED_REACH` words and gives a specific figure of both ("The Harlan reservoir
    lost 9 percent of its volume" / "The Wexley basin, further south, had lost 9 percent of its
    volume too"): the same figure said of two places or parties (what :func:`_subject_swapped`
    finds before a modal). Without a figure, two names may be one party's ("The Riverton plant has
    lost money ..." / "the Front Street plant "has lost money ..."")."""
    if a.language != b.language or a.language != "en":
        return False
    (end_a, names_a), (end_b, names_b) = _opening_names(a), _opening_names(b)
    if not names_a or not names_b or _bare(names_a) & _bare(b.words) or _bare(names_b) & _bare(a.words):
        return False
    if any(_acronym_of(x, b.words[end_b - len(names_b) :]) for x in names_a) or any(
        _acronym_of(y, a.words[end_a - len(names_a) :]) for y in names_b
    ):
        return False
    matcher = SequenceMatcher(None, a.words, b.words, autojunk=False)
    run = matcher.find_longest_match(end_a, len(a.words), end_b, len(b.words))
    if run.size < _SHARED_RUN or run.a > _NAMED_REACH or run.b > _NAMED_REACH:
        return False
    shared, figures = a.words[run.a : run.a + run.size], a.specific & b.specific
    if sum(w not in _STOP for w in shared) < 2 or not figures:
        return False
    # the run's words hold a figure both give: its digits ("$15,000" is "15", "000"), or its words
    return any(w.isdigit() and f.startswith(w) for w in shared for f in figures) or bool(
        features(" ".join(shared), a.language).specific & figures
    )


_PREDICATE_CONTENT = 2  # content words of the predicate two wordings say of two named subjects


def _subject_names(f: Features, start: int) -> tuple[str, ...]:
    """The names right before ``start`` in an English wording, auxiliaries before it skipped: the
    named subject of the predicate that starts there ("No. Tarnow Hydro [has] never cleared":
    "tarnow", "hydro"); empty when a word that is no name comes first ("the company has", "we
    have"). A capitalised first word counts as a name unless it is a function word."""
    while start > 0 and f.words[start - 1] in _TENSE_AUXILIARIES | _EN_MODALS:
        start -= 1
    end = start
    while start > 0:
        word = f.words[start - 1]
        if word in f.entities or (start == 1 and word == f.opener and not _pronoun(word)):
            start -= 1
        else:
            break
    return f.words[start:end]


def _predicate_of_two_names(a: Features, b: Features) -> bool:
    """The same predicate said of two named parties, wherever it stands in each wording: "Ellmere
    Council "has never cleared the drains"" / "No. Tarnow Hydro has never cleared the drains at all"
    (English; the longest run of words both hold, at least :data:`_SHARED_PREDICATE` of them and
    :data:`_PREDICATE_CONTENT` content words, starts at an auxiliary on either side and follows a
    name on each side, and neither name, nor its initials, is among the other wording's words). A
    subject that is no name ("the company", "she") may be another name for the same party, so it
    keeps the pair."""
    if a.language != b.language or a.language != "en":
        return False
    run = _longest_shared_run(a.words, b.words)
    shared = a.words[run.a : run.a + run.size]
    if run.size < _SHARED_PREDICATE or sum(w not in _STOP for w in shared) < _PREDICATE_CONTENT:
        return False
    # the run starts at the predicate, an auxiliary on either side: one that starts at a noun after
    # the names ("the Ashby [depot has run short]" / "the Kettle Row [depot has run short]") is
    # one thing's under two of its names as often as two things'
    helpers = _TENSE_AUXILIARIES | _EN_MODALS
    if shared[0] not in helpers and not any(k > 0 and f.words[k - 1] in helpers for f, k in ((a, run.a), (b, run.b))):
        return False
    names_a, names_b = _subject_names(a, run.a), _subject_names(b, run.b)
    if not names_a or not names_b or _bare(names_a) & _bare(b.words) or _bare(names_b) & _bare(a.words):
        return False
    if any(x[:4] == y[:4] for x in names_a for y in names_b):
        return False
    return not any(
        _acronym_of(x, other[k:])
        for names, other in ((names_a, b.words), (names_b, a.words))
        for x in names
        for k in range(len(other))
    )


def _bare(words: frozenset[str] | tuple[str, ...]) -> set[str]:
    """``words`` without a possessive ending ("harlan's" is "harlan")."""
    return {w[:-2] if w.endswith(_POSSESSIVE) else w for w in words}


def _after_auxiliaries(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without the auxiliaries of tense they open with ("has lost" / "had lost")."""
    i = 0
    while i < len(words) and words[i] in _TENSE_AUXILIARIES:
        i += 1
    return words[i:]


def _after_leading_name(f: Features) -> tuple[str, ...] | None:
    """The words after the name a wording opens with (its first word, then party names and the
    particles between them), or ``None`` when it opens with no name of two words or more."""
    words = f.words
    if not words or words[0] in _STOP:
        return None
    i = 1
    while i < len(words) and (words[i] in f.entities or words[i] in {"do", "da", "de", "del", "di", "of", "the"}):
        i += 1
    return words[i:] if i > 1 else None  # a name of two words or more: "Lakeside Rangers FC"


def _slots(f: Features, names: frozenset[str]) -> set[tuple[str, str, str]]:
    """The frames around each run of names that starts with one of ``names``: the two words before
    it (an article just before it aside: "cooling centres in [the Flats]" is framed as "cooling
    centres in [Eastgate]") and the word after it, an auxiliary read in its present tense
    (:func:`_unshifted`: "buses to [Olmery] would run" is reported speech of "buses
    to [Castrane] will run")."""
    out = set()
    words = f.words
    for i in range(2, len(words)):
        if words[i] not in names or words[i - 1] in f.entities:
            continue
        j = i
        while j < len(words) and words[j] in f.entities:
            j += 1
        after = _unshifted(words[j]) if j < len(words) else ""
        starts = [i]
        if words[i - 1] == "the" and i >= 3 and after:  # (a name last may be a short form: "the KNA")
            starts.append(i - 1)
        for k in starts:
            frame = (_unshifted(words[k - 2]), _unshifted(words[k - 1]), after)
            if any(w and w not in _STOP for w in frame):
                out.add(frame)
    return out


# Reported speech shifts an auxiliary back a tense ("will" is reported as "would"): the present
# form each shifted one stands for
_BACKSHIFT = {"would": "will", "could": "can", "might": "may", "was": "is", "were": "are", "had": "has", "have": "has"}


# Reported speech also shifts the person: "I have asked" is reported as "he had asked"
_PERSONS = {
    w: "·" + role
    for role, forms in (("s", "i we he she they"), ("o", "me us him them"), ("p", "my our his her their"))
    for w in forms.split()
}


def _as_said(words: tuple[str, ...]) -> tuple[str, ...]:
    """English words with the shifts of reported speech undone: each personal pronoun as its
    role, each auxiliary in the present (:func:`_unshifted`): "he had asked" and "I have asked"
    read alike."""
    return tuple(_PERSONS.get(w) or _unshifted(w) for w in words)


def _unshifted(word: str) -> str:
    """An auxiliary in the tense it was said in (:data:`_BACKSHIFT`); any other word as it is."""
    return _BACKSHIFT.get(word, word)


def _slot_swapped(a: Features, b: Features) -> bool:
    """Two wordings name different parties in the same frame: "the Port of Astoria in" and "the
    Port of Bellingham in", "talks with Vessia on" and "talks with Estovia on" (same language; the
    two words before each name and the word after it are the same, one of them a content word)."""
    if a.language != b.language:
        return False
    only_a, only_b = a.entities - b.entities, b.entities - a.entities
    if not only_a or not only_b:
        return False
    return bool(_slots(a, only_a) & _slots(b, only_b)) or bool(_heads(a, only_a) & _heads(b, only_b))


def _heads(f: Features, names: frozenset[str]) -> set[tuple[str, str]]:
    """The word before and the noun after each single name of ``names`` that qualifies that
    noun: "against [American] companies", "for [German] carmakers" (the noun a content word;
    after a determiner a name may be another name for one thing: "the Halberd report")."""
    out = set()
    words = f.words
    for i in range(1, len(words) - 1):
        if words[i] not in names or words[i - 1] in f.entities or words[i + 1] in f.entities:
            continue
        if words[i - 1] in _DETERMINERS_BEFORE:
            continue
        if words[i + 1] not in _STOP and len(words[i + 1]) > 3:
            out.add((words[i - 1], words[i + 1][:5]))
    return out


_DETERMINERS_BEFORE = frozenset("the a an its his her their our my your this that these those".split())


def _shared_opening(wa: tuple[str, ...], wb: tuple[str, ...]) -> int:
    """How many words two wordings open with in common."""
    p = 0
    while p < min(len(wa), len(wb)) and wa[p] == wb[p]:
        p += 1
    return p


def _span_swapped(a: Features, b: Features) -> bool:
    """The same words around a different party: "the court told the government that the law
    applies" and "the court told Balkor Minerals that the law applies ..." (same language; at least
    two words before and three after the differing words, which are one to three words on each
    side, share none, and name someone on at least one side). English words are read as said
    (:func:`_as_said`: "she had written to" is "I have written to"); the words after may go on
    apart once they have shared three, two of them content words, unless a differing span
    qualifies its noun with "of" ("the northern end of Pellory" may be "the northern quarter").

    Read so, a report may describe the party its source names (:func:`_reported_description`):
    "they were suing the company over the spill" reports "we are suing Delmar Foods over the
    spill"."""
    if a.language != b.language:
        return False
    wa, wb = (_as_said(a.words), _as_said(b.words)) if a.language == "en" else (a.words, b.words)
    p = _shared_opening(wa, wb)
    if p < 2 or wa[p - 1] in _DETERMINERS_BEFORE or wa[p - 1] == _PERSONS["his"]:
        return False  # "the November 2026 Halberd report" / "the Costello report": one thing named two ways
    for ma in range(1, 4):
        for mb in range(1, 4):
            tail_a, tail_b = wa[p + ma :], wb[p + mb :]
            n = _shared_opening(tail_a, tail_b)
            whole = n == min(len(tail_a), len(tail_b))  # one goes on where the other ends
            if n < 3 or (not whole and sum(w not in _STOP for w in tail_a[:n]) < 2):
                continue
            mid_a, mid_b = set(wa[p : p + ma]), set(wb[p : p + mb])
            if mid_a & mid_b or mid_a <= _STOP or mid_b <= _STOP:
                continue
            if not whole and "of" in mid_a | mid_b:
                continue
            if not (mid_a & a.entities or mid_b & b.entities):
                continue
            if not _reported_description((a, wa[p : p + ma]), (b, wb[p : p + mb]), p, n):
                return True
    return False


# The words a report writes for what was said ("would" for "will", "she" for "I"): a wording
# holding them where another holds what they stand for is the report of the other
_REPORTED = frozenset("would could might was were had he she they him them his her their".split())

_Span = tuple[Features, tuple[str, ...]]  # a wording and its differing words, as said


def _reported_description(one: _Span, other: _Span, p: int, n: int) -> bool:
    """Whether, of two wordings that differ in one span each (after ``p`` words they open with
    and before ``n`` words they share), one is a report of the other that describes the party
    the other names ("we are suing Delmar Foods over the spill" / "they were suing the company
    over the spill", "I met Ana Ruiz at" / "he met the Spanish minister at"): a report may refer
    back to a party so. Not where both spans name someone, where the description holds a
    possessor ("the mayor's office": a party of its own), or where the wording that names is
    the report ("she had written to Corlane to ask for the figures" / "I have written to the board to
    ask for the figures": the report names a party the words did not)."""
    (a, span_a), (b, span_b) = one, other
    named_a, named_b = _names_party(span_a, a), _names_party(span_b, b)
    if named_a == named_b:
        return False
    after_a, after_b = p + len(span_a), p + len(span_b)
    opening = zip(a.words[:p], b.words[:p], strict=True)
    pairs = [*opening, *zip(a.words[after_a : after_a + n], b.words[after_b : after_b + n], strict=True)]
    # the side whose words read as the report's wherever the two are written apart
    reported_a = {x in _REPORTED and y not in _REPORTED for x, y in pairs if x != y}
    reported_b = {y in _REPORTED and x not in _REPORTED for x, y in pairs if x != y}
    if named_a:
        return reported_b == {True} and not b.possessors & set(span_b)
    return reported_a == {True} and not a.possessors & set(span_a)


def _names_party(span: tuple[str, ...], f: Features) -> bool:
    """Whether a span names a party: a name in it other than one between an article or a
    possessive and the noun it qualifies ("Ana Ruiz", "Pellory were", "KPRA today"; not "the
    Spanish envoy", "her French counterpart")."""
    return any(w in f.entities and not _qualifies(span, k, f) for k, w in enumerate(span))


def _qualifies(span: tuple[str, ...], k: int, f: Features) -> bool:
    """Whether the name at ``k`` of a span qualifies the noun after it: "the [Spanish] envoy"."""
    if k == 0 or k + 1 == len(span) or (span[k - 1] not in _DETERMINERS_BEFORE and span[k - 1] != _PERSONS["his"]):
        return False
    return span[k + 1] not in f.entities and span[k + 1] not in _STOP


_SHARED_OPENING = 4  # words two wordings must open with before the names that follow differ
_LIST_REACH = 3  # words after a name within which the other's name makes them one list ("X and the Y")
_ADDITIVE_WORDS = frozenset("also auch aussi también anche também".split())  # "also": the same said of another


def _other_name_after(a: Features, b: Features) -> bool:
    """The same opening words, then a different name: "Zarevia will not accept naval patrols in
    the Meridian Strait, whoever ..." and "... patrols in the Korsak Sea without a mandate" (same
    language; at least :data:`_SHARED_OPENING` words in common, two of them content words, then a
    name on each side that the other wording does not hold next to it, neither a short form of
    the other). A name the other wording gives only further on, after other words, is said of
    something else there ("confirmed in Bondara County" / "confirmed in Lwando County, the first
    outside Bondara"); one next to the other's is one list said in another order ("talks with
    Vessia and Estovia" / "talks with Estovia and Vessia")."""
    if a.language != b.language:
        return False
    # "we will also audit the accounts of Y" opens as "we will audit the accounts of X" does:
    # the additive word marks the same predicate said of another party
    wa = tuple(w for w in a.words if w not in _ADDITIVE_WORDS)
    wb = tuple(w for w in b.words if w not in _ADDITIVE_WORDS)
    p = _shared_opening(wa, wb)
    if p < _SHARED_OPENING or p >= min(len(wa), len(wb)) or sum(w not in _STOP for w in wa[:p]) < 2:
        return False
    # (an article on one side only is no difference: "confidence in the Senate inquiry" /
    # "confidence in Secretary Ana Ruiz" differ at the names after it)
    ia = p + (wa[p] == "the" and wb[p] != "the" and p + 1 < len(wa))
    ib = p + (wb[p] == "the" and wa[p] != "the" and p + 1 < len(wb))
    x, y = wa[ia], wb[ib]
    near = p + _LIST_REACH + 1
    if x not in a.entities or y not in b.entities or x in wb[:near] or y in wa[:near]:
        return False
    if x[:4] == y[:4] or _acronym_of(y, wa[p:]) or _acronym_of(x, wb[p:]):
        return False
    # after "the", a name may be another name for one thing ("the Halberd report" / "the Costello
    # report"): the words after the names must differ too ("the Meridian Strait" / "the Korsak Sea")
    after_a, after_b = wa[p + 1 : p + 2], wb[p + 1 : p + 2]
    return wa[p - 1] not in _DETERMINERS_BEFORE or after_a != after_b


_POSSESSIVE = ("'s", "’s")


def _owner_swapped(a: Features, b: Features) -> bool:
    """One wording names a body by its owner and the other the same noun of a named party: "I
    wrote to the governor's office" / "I wrote to the Office of Water Standards" (English; a possessive
    before a content word in ``a``, that word then "of" and a name in ``b``, neither owner among
    the other wording's words: "the minister's office" is "the Office of the Minister")."""
    if a.language != b.language or a.language != "en":
        return False
    for i, word in enumerate(a.words[:-1]):
        owner, noun = word[:-2], a.words[i + 1]
        if not word.endswith(_POSSESSIVE) or noun in _STOP or owner in b.words:
            continue
        for j in range(len(b.words) - 2):
            name = b.words[j + 2]
            if b.words[j] == noun and b.words[j + 1] == "of" and name in b.entities and name not in a.words:
                return True
    return False


def _acronym_of(short: str, run: tuple[str, ...]) -> bool:
    """Whether ``short`` is the initials of the words ``run`` opens with ("csf", "coastal
    shipping federation")."""
    return len(short) >= 2 and "".join(w[:1] for w in run[: len(short)]) == short
