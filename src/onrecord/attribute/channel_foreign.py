"""The words that name a quote's channel in the other languages onrecord reads ("sagte dem Sender
X", "a confié au Courrier", "según la agencia X", "заявил телеканалу X", "säger till X"), and which
of them name an outlet that reported."""

from __future__ import annotations

import re

from onrecord.attribute.channel_names import NAME

FOREIGN = re.compile(
    # German
    r"\b(?:sagte|erklärte|betonte|versicherte|kündigte|räumte|warnte|bestätigte|meinte|so)\b[^.!?;:]{0,60}?"
    r"\b(?:dem|der)\s+(?P<de>(?:[\w-]+\s+){0,2}" + NAME + r"(?:\s+\([A-Z0-9-]+\))?)"
    r"|\b[Dd](?:em|er)\s+(?P<de5>(?:Sender|Fernsehsender|Radiosender|Zeitung|Nachrichtenagentur|Agentur)\s+"
    + NAME
    + r")\s+(?:sagte|erklärte|bestätigte|versicherte)\b"
    r"|\b[Gg]egenüber\s+(?:dem|der|den)\s+(?P<de2>(?:[\w-]+\s+){0,2}" + NAME + r")"
    r"|\b[Ll]aut\s+(?:dem|der|den)?\s*(?P<de3>(?:[\w-]+\s+){0,2}" + NAME + r")"
    r"|\b[Ii]m\s+(?:\w+\s+)?(?:Interview|Gespräch)\s+mit\s+(?:dem|der)\s+(?P<de4>(?:[\w-]+\s+){0,2}" + NAME + r")"
    # French
    r"|\bau\s+micro\s+d[e']\s*(?P<fr>" + NAME + r")"
    r"|\bsur\s+l'antenne\s+d[e']\s*(?P<fr2>" + NAME + r")"
    r"|\binvitée?\s+d[eu']\s*(?P<fr3>" + NAME + r")"
    r"|\b(?:[Ss]elon|[Dd]'après)\s+(?:l'agence\s+|le\s+quotidien\s+|le\s+journal\s+|la\s+radio\s+|la\s+chaîne\s+|le\s+|la\s+)?"
    r"(?P<fr4>" + NAME + r")"
    r"|\b(?:a|avait|ont|avaient)(?:-t-(?:il|elle))?\s+(?:confié|déclaré|expliqué|indiqué|dit|assuré|affirmé|raconté|"
    r"précisé|répété)\b[^.!?;«»]{0,60}?\b(?:à\s+l'|à\s+la\s+|à\s+|au\s+|aux\s+)(?P<fr5>(?:agence\s+|quotidien\s+|"
    r"journal\s+|radio\s+|chaîne\s+|(?:\w+\s+){0,2})" + NAME + r")"
    r"|\bcitée?\s+par\s+(?P<fr6>(?:l'agence\s+|le\s+quotidien\s+|le\s+journal\s+)?"
    + NAME
    + r"|l'agence|le\s+quotidien|le\s+journal)"
    # "Interrogé mardi par Radio Lac", "a rapporté la radio publique RPE"
    r"|\b[Ii]nterrogée?s?\s+(?:[a-zé]+\s+){0,2}par\s+(?:l'agence\s+|la\s+radio\s+|la\s+chaîne\s+|le\s+quotidien\s+)?"
    r"(?P<fr7>" + NAME + r")"
    r"|\b(?:a|ont|avait)\s+rapporté\s+(?:l'|la\s+|le\s+)(?P<fr8>(?:agence|radio|chaîne|quotidien|journal)"
    r"(?:\s+[a-zé]+){0,2}\s+" + NAME + r")"
    # Spanish
    r"|\b(?:dijo|declaró|aseguró|afirmó|explicó|contó|señaló|confirmó|indicó)\b[^.!?;«»\"]{0,60}?"
    r"\ba\s+(?:(?:la|el)\s+(?:agencia|diario|emisora|cadena|radio|televisión|periódico)(?:\s+[a-záéíóú]+)?\s+)?"
    r"(?P<es>" + NAME + r")"
    r"|\b[Ss]egún\s+(?:la\s+agencia\s+|el\s+diario\s+|el\s+periódico\s+)(?P<es2>" + NAME + r")"
    r"|\b[Ee]n\s+una\s+entrevista\s+con\s+(?:la|el)\s+(?:televisora|emisora|cadena|radio|diario|periódico|agencia|"
    r"revista|canal)\s+(?:[a-záéíóú]+\s+)?(?P<es3>" + NAME + r")"
    # Italian and Portuguese
    # (a medium's noun, perhaps an adjective after it, before the name: "alla rivista americana X")
    r"|\b(?:[Ii]n\s+un['’]intervista|[Ee]m\s+entrevista|[Nn]uma\s+entrevista)\s+(?:al|alla|a|ao|à)\s+"
    r"(?:quotidiano|giornale|rivista|emittente|televisione|jornal|diário|revista|rádio|radio|agência|agenzia)\s+"
    r"(?:[a-zàèéìòù]+\s+)?(?P<it3>" + NAME + r")"
    r"|\b(?:[Ii]n\s+un['’]intervista|[Ee]m\s+entrevista|[Nn]uma\s+entrevista)\s+(?:al|alla|a|ao|à)\s+"
    r"(?:quotidiano\s+|giornale\s+|jornal\s+|diário\s+|rádio\s+|radio\s+|agência\s+|agenzia\s+)?(?P<it>" + NAME + r")"
    r"|\b(?:ha|aveva|hanno)\s+(?:dichiarato|detto|spiegato|affermato|raccontato|confermato|assicurato)\b"
    r"[^.!?;«»\"]{0,60}?\b(?:a|al|alla|all['’])\s*(?P<it2>(?:(?:quotidiano|giornale|agenzia|radio|emittente)\s+)?"
    + NAME
    + r")"
    r"|\b(?:disse|afirmou|declarou|contou|explicou|garantiu|confirmou)\b[^.!?;«»\"]{0,60}?\b(?:ao|à)\s+"
    r"(?P<pt>(?:(?:jornal|diário|rádio|agência|televisão|canal)\s+)?" + NAME + r")"
    r"|\b[Cc]itad[oa]\s+(?:pel[oa]|dall['’]|dal|dalla)\s*"
    r"(?P<pt2>(?:(?:agência|agenzia|jornal|giornale)\s+)?" + NAME + r")"
    r"|\b(?:[Ss]econdo|[Ss]egundo)\s+(?:l['’]agenzia\s+|il\s+quotidiano\s+|a\s+agência\s+|o\s+jornal\s+)"
    r"(?P<pt3>" + NAME + r")"
    # Catalan ("segons l'agència X", "segons el diari X")
    r"|\b[Ss]egons\s+(?:l['’]agència|el\s+diari|la\s+ràdio|la\s+televisió|el\s+setmanari)\s+(?P<ca>" + NAME + r")"
    # an English title by its capital "The" ("Secondo The Harbour Report", "según The Courier")
    r"|\b(?:[Ss]econdo|[Ss]egundo|[Ss]egún|[Ss]elon|[Ll]aut)\s+(?P<ti>The\s+" + NAME + r")"
    # Indonesian ("ujar Hendra seperti dikutip The Nusantara Courier", "menurut harian X", "kepada X")
    r"|\b(?:seperti\s+)?dikutip\s+(?:oleh\s+|dari\s+)?(?:harian\s+|koran\s+|kantor\s+berita\s+)?(?P<id>" + NAME + r")"
    r"|\b[Mm]enurut\s+(?:harian|koran|kantor\s+berita|stasiun\s+televisi|radio)\s+(?P<id2>" + NAME + r")"
    r"|\b(?:mengatakan|menyatakan|berkata|menjelaskan)\s+kepada\s+(?:harian\s+|koran\s+|stasiun\s+televisi\s+)?"
    r"(?P<id3>" + NAME + r")"
    # Polish ("jak podała agencja X", "według dziennika X", "powiedział w rozmowie z X")
    r"|\b(?:[Jj]ak\s+)?(?:podała|podał|podało|poinformowała|poinformował)\s+(?:agencja|dziennik|gazeta|stacja|"
    r"radio|telewizja|portal)\s+(?P<pl>" + NAME + r")"
    r"|\b[Ww]edług\s+(?:agencji|dziennika|gazety|stacji|portalu|radia|telewizji)\s+(?P<pl2>" + NAME + r")"
    # Russian
    # Russian and Ukrainian datives ("газеті The Lowland Chronicle", "виданню Northern Review")
    r"|(?:телеканалу|агентству|газете|газеті|радиостанции|радіостанції|изданию|виданню|радио|радіо)\s+(?:«)?(?P<ru>"
    + NAME
    + r")"
    r"|(?:[Кк]ак\s+)?(?:сообщило|сообщила|сообщает|пишет)\s+(?:(?:агентство|газета|издание|телеканал)\s+)?(?:«)?"
    r"(?P<ru2>" + NAME + r")"
    # "в эфире радио «Вестник»", "передает агентство «Норд»", "приводит Норд слова"
    r"|в\s+эфире\s+(?P<ru5>(?:(?:радио|телеканала|радиостанции)\s+)?(?:«)?" + NAME + r")"
    r"|(?:передает|передаёт|передало|передала)\s+(?:агентство\s+|издание\s+|телеканал\s+|радио\s+)?(?:«)?"
    r"(?P<ru6>" + NAME + r")"
    r"|приводит\s+(?:агентство\s+|издание\s+)?(?:«)?(?P<ru7>" + NAME + r")(?:»)?\s+слова"
    r"|(?:сказал|сказала|заявил|заявила|рассказал|рассказала)(?:\s+(?:он|она|они))?\s+«(?P<ru3>[^»]{2,40})»"
    r"|[Пп]о\s+данным\s+(?:агентства\s+|газеты\s+)?(?:«)?(?P<ru4>" + NAME + r")"
    # Polish "jak podała agencja X", Indonesian "seperti dikutip X", Swedish "säger till X"
    r"|\b[Jj]ak\s+(?:podała|podał|podaje|poinformowała|poinformował|napisała|napisał|pisze)\s+"
    r"(?:agencja\s+|gazeta\s+|dziennik\s+|telewizja\s+|radio\s+|portal\s+)?(?P<pl3>" + NAME + r")"
    r"|\b[Ss]eperti\s+dikutip\s+(?:dari\s+|oleh\s+)?(?:kantor\s+berita\s+|harian\s+|surat\s+kabar\s+)?(?P<id4>"
    + NAME
    + r")"
    r"|\b(?:säger|sade|sa|berättar|berättade|uppger|uppgav|förklarar|förklarade)\s+till\s+(?P<sv>" + NAME + r")"
    r"|\b[Ee]nligt\s+(?:[\w-]*tidningen|nyhetsbyrån|radion|kanalen|sajten|tv-kanalen)\s+(?P<sv2>" + NAME + r")"
    # Dutch ("zei woensdag tegen Radio Y", "volgens de krant Y")
    r"|\b(?:zei|zegt|vertelde|vertelt|verklaarde|bevestigde)\b[^.!?;:„“”\"]{0,60}?\btegen\s+"
    r"(?:de\s+krant\s+|het\s+dagblad\s+|de\s+omroep\s+|persbureau\s+|de\s+zender\s+)?(?P<nl>" + NAME + r")"
    r"|\b[Vv]olgens\s+(?:de\s+krant|het\s+dagblad|de\s+omroep|persbureau|de\s+zender|het\s+blad)\s+"
    r"(?P<nl2>" + NAME + r")"
    # Czech and Slovak ("řekl podle televize Y", "podľa denníka Y")
    r"|\b[Pp]od(?:le|ľa)\s+(?:televize|televízie|deníku|denníka|listu|agentury|agentúry|serveru|rádia|stanice|"
    r"týdeníku|týždenníka|webu)\s+(?P<cs>" + NAME + r")"
    # Bulgarian ("според агенция Y"; "каза пред ежедневника Y")
    r"|[Сс]поред\s+(?:агенция|вестник|телевизия|радио|сайта|ежедневник)\s+(?P<bg>" + NAME + r")"
    r"|(?<![\w-])пред\s+(?:[а-я]+\s+)?(?:ежедневник|вестник|телевизия|радио|агенция|сайта)\s+(?P<bg2>" + NAME + r")"
    # Turkish: the name before its medium's noun ("Y gazetesine göre", "Y ajansına göre")
    r"|(?P<tr>" + NAME + r")\s+(?:gazetesine|ajansına|televizyonuna|radyosuna|kanalına|sitesine)\s+göre"
    # Malay: the outlet told as the verb's object ("memberitahu Radio Y bahawa")
    r"|\b(?:memberitahu|memberitahunya)\s+(?:akhbar\s+|portal\s+|stesen\s+|harian\s+)?(?P<ms2>" + NAME + r")"
    # Danish and Norwegian ("sagde X onsdag til Avisen Y", "Ifølge Radio Y")
    r"|\b(?:siger|sagde|fortæller|fortalte|udtaler|udtalte|sier|sa|forteller|uttaler|uttalte)\b[^.!?;:,«»\"]{0,60}?"
    r"\btil\s+(?:avisen\s+|bladet\s+|radioen\s+|nyhedsbureauet\s+|nyhetsbyrået\s+)?(?P<da>" + NAME + r")"
    r"|\b[Ii]følge\s+(?:avisen\s+|bladet\s+|radioen\s+|nyhedsbureauet\s+|nyhetsbyrået\s+)?(?P<da2>" + NAME + r")"
    # Romanian ("a declarat X miercuri pentru Y", "la postul britanic Radio Y", "potrivit agenției Y")
    r"|\b(?:declarat|spus|precizat|afirmat|explicat|transmis|declară|spune)\b[^.!?;:,«»„”\"]{0,60}?\bpentru\s+"
    r"(?:publicația\s+|ziarul\s+|postul\s+|agenția\s+)?(?P<ro>" + NAME + r")"
    r"|\b(?:la|pentru)\s+(?:postul|ziarul|publicația|agenția)\s+(?:[a-zăâîșț]+\s+)?(?P<ro2>" + NAME + r")"
    r"|\b[Pp]otrivit\s+(?:agenției|ziarului|publicației|postului)\s+(?:[a-zăâîșț]+\s+)?(?P<ro3>" + NAME + r")"
    # Greek ("μιλώντας στην εφημερίδα Y", "σύμφωνα με το πρακτορείο Y")
    r"|\b(?:[Μμ]ιλώντας|δήλωσε|είπε|ανέφερε)\s+(?:στην\s+εφημερίδα|στο\s+πρακτορείο|στον\s+σταθμό|στο\s+κανάλι)\s+"
    r"(?P<el>" + NAME + r")"
    r"|\b[Σσ]ύμφωνα\s+με\s+(?:το\s+πρακτορείο|την\s+εφημερίδα|τον\s+σταθμό|το\s+κανάλι)\s+(?P<el2>" + NAME + r")"
    # Finnish: the outlet spoken to in the allative ("vakuutti tiistaina Radio Vaskilalle")
    r"|\b(?:sanoi|kertoi|totesi|vakuutti|korosti|sanoo|kertoo|toteaa|lupasi|vahvisti)\b[^.!?;:,”\"]{0,60}?"
    r"(?<![\w-])(?P<fi>(?:[A-ZÅÄÖ][\w-]*[ \t]+){0,3}[A-ZÅÄÖ][\w-]*?):?lle\b"
    # Croatian, Serbian and Bosnian: the outlet spoken to after "za" ("rekao je Babić za Jutarnji glas",
    # "izjavio je za Večernji vjesnik"), a title whose words after the first may be lower-case
    r"|\b(?:rekao|rekla|rekli|izjavio|izjavila|izjavili|kazao|kazala|zanijekao|zanijekala|potvrdio|potvrdila|"
    r"objasnio|objasnila|poručio|poručila|naglasio|naglasila|tvrdio|tvrdila|otkrio|otkrila)\b[^.!?;«»„“”\"]{0,60}?"
    r"\bza\s+(?P<hr>[A-ZČĆŠŽĐ][\w-]*(?:[ \t]+[\w-]+){0,2})"
    # Vietnamese: the outlet spoken to ("Chị nói với Tiếng Sông Quê:", "trả lời phỏng vấn báo X"), and
    # one reporting ("theo báo X", "theo hãng tin X")
    r"|\b(?:nói|cho\s+biết|chia\s+sẻ|khẳng\s+định|tâm\s+sự|kể)\s+với\s+(?:báo\s+|đài\s+|tờ\s+|kênh\s+)?(?P<vi>"
    + NAME
    + r")"
    r"|\btrả\s+lời\s+phỏng\s+vấn\s+(?:báo\s+|đài\s+|tờ\s+|kênh\s+)?(?P<vi2>" + NAME + r")"
    r"|\b[Tt]heo\s+(?:báo|đài|tờ|hãng\s+tin|thông\s+tấn\s+xã|kênh)\s+(?P<vi3>" + NAME + r")"
    # Malay: the outlet told after "kepada" ("katanya kepada Suara Pagi"; "kepada pemberita",
    # reporters, is no name)
    r"|\b(?:kata|katanya|ujarnya|beritahu|memberitahu|memberitahunya)\b[^.!?;:“”\"]{0,40}?\bkepada\s+"
    r"(?:akhbar\s+|portal\s+|stesen\s+|harian\s+)?(?P<ms>" + NAME + r")"
    # Chinese: a title in its marks that reports ("据《X》报道"); Arabic "according to the agency X"
    r"|据《(?P<zh>[^》]{1,30})》(?:报道|消息|称)"
    r"|\b[وف]?(?:وفقا|وفقًا|حسب|بحسب)\s+ل(?P<ar>(?:وكالة|صحيفة|قناة|إذاعة|موقع)\s+[^\s،,.:]+)"
)


# the groups of :data:`FOREIGN` that name an outlet reporting ("laut", "selon", "según", "по данным")
REPORTING_KEYS = {
    "de3", "fr4", "fr6", "fr8", "es2", "ru2", "ru4", "ru6", "ru7", "pt2", "pt3", "ti", "id", "id2", "id4", "pl",
    "pl2", "pl3", "da2", "ro3", "el2", "zh", "ar", "vi3", "ca", "sv2", "nl2", "cs", "bg", "tr",
}  # fmt: skip
# the groups of :data:`FOREIGN` whose name a medium's noun introduces ("menurut harian X")
# (Romanian "a declarat pentru X": a medium; a Chinese title in "《》" and an Arabic "وكالة X" are one)
AFTER_NOUN_KEYS = {
    "id2", "pl", "pl2", "ro", "ro2", "ro3", "el", "el2", "zh", "ar", "pt3", "ca", "sv2", "nl2", "cs", "bg",
    "bg2", "tr", "es3", "it3",
}  # fmt: skip
