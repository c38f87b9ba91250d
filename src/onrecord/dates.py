"""Date and time parsing for news text: ISO 8601, RFC 2822, day-first numerals, month names.

Numeric dates are read day first (``10.12.2025`` is 10 December) unless the first number cannot
be a day. Nothing here looks at the clock: relative dates need an explicit reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

__all__ = [
    "ENGLISH_COUNTED_BACK",
    "ENGLISH_DAY_WORDS",
    "ENGLISH_TIME_SPANS",
    "ENGLISH_WEEKDAYS",
    "FULL_WEEKDAYS",
    "MONTHS",
    "WEEKDAYS",
    "FoundDate",
    "day_ordinal",
    "find_dates",
    "infer_year",
    "parse_date",
    "to_date",
    "weekday_alternation",
    "weekday_number",
]


def _by_name(groups: list[str], start: int) -> dict[str, int]:
    """Each name of each group of names (one group per line, in order) to its group's number; an
    underscore joins the words of a name of two (Vietnamese ``thứ_năm``, "fifth day": Thursday)."""
    return {name.replace("_", " "): i for i, names in enumerate(groups, start=start) for name in names.split()}


MONTHS: dict[str, int] = _by_name(
    [
        "january jan janvier januar enero gennaio janeiro января январь январе januari січня січень "
        "stycznia ledna ocak ianuarie január ιανουαρίου ιανουάριος tammikuuta tammikuu يناير जनवरी "
        "gener siječnja siječanj januara јануар јануара januari "
        "janvāris janvārī janvāra sausio sausį sausis มกราคม "
        "ژانویه "
        "janar janúar jaanuar януари januarja januára جنوری "
        "ionawr janairu қаңтар ஜனவரி xaneiro jannar "
        "јануари janaayo जनवरी հունվար հունվարի",
        "february feb febr février fevrier februar febrero febbraio fevereiro февраля февраль феврале "
        "februari лютого лютий lutego února şubat februarie február φεβρουαρίου φεβρουάριος helmikuuta helmikuu فبراير "
        "شباط फरवरी फ़रवरी "
        "febrer veljače veljača februara фебруар фебруара "
        "februāris februārī februāra vasario vasarį vasaris กุมภาพันธ์ "
        "pebrero فوریه "
        "shkurt febrúar veebruar февруари februarja februára فروری "
        "chwefror fabrairu ақпан பிப்ரவரி febreiro frar "
        "февруари febraayo फेब्रुअरी փետրվար փետրվարի",
        "march mar mars märz maerz marzo março марта март марте maart березня березень marca března maret mart "
        "marts martie március μαρτίου μάρτιος maaliskuuta maaliskuu مارس آذار मार्च "
        "març ožujka ožujak machi "
        "marts martā marta kovo kovą มีนาคม "
        "mac marso "
        "märts marec مارچ "
        "maris наурыз மார்ச் marzu "
        "maarso մարտի",
        "april apr avril abril aprile апреля апрель апреле квітня квітень kwietnia dubna nisan aprilie április "
        "απριλίου απρίλιος huhtikuuta huhtikuu أبريل إبريل نيسان अप्रैल "
        "travnja travanj aprila април априла aprili "
        "aprīlis aprīlī aprīļa balandžio balandį balandis เมษายน "
        "آوریل "
        "prill apríl aprill apríla اپریل "
        "ebrill afrilu сәуір ஏப்ரல் "
        "abriil अप्रिल ապրիլ ապրիլի",
        "may mai mayo maggio maio мая май мае mei maj травня травень maja května mayıs május μαΐου μάιος "
        "toukokuuta toukokuu مايو أيار मई "
        "maig svibnja svibanj мај маја "
        "maijs maijā maija gegužės gegužę gegužė พฤษภาคม "
        "مه "
        "maí mája مئی "
        "mayu мамыр மே mejju "
        "maajo मे մայիս մայիսի",
        "june jun juin juni junio giugno junho июня июнь июне червня червень czerwca června haziran iunie június "
        "ιουνίου ιούνιος kesäkuuta kesäkuu يونيو حزيران जून "
        "juny lipnja lipanj juna јун јуна "
        "jūnijs jūnijā jūnija birželio birželį birželis มิถุนายน "
        "hunyo ژوئن "
        "qershor júní juuni юни junij junija júna جون "
        "mehefin yuni маусым ஜூன் xuño ġunju "
        "јуни juun հունիս հունիսի",
        "july jul juillet juli julio luglio julho июля июль июле липня липень lipca července temmuz iulie július "
        "ιουλίου ιούλιος heinäkuuta heinäkuu يوليو تموز जुलाई "
        "juliol srpnja srpanj jula јул јула julai "
        "jūlijs jūlijā jūlija liepos liepą กรกฎาคม "
        "hulyo ژوئیه "
        "korrik júlí juuli юли julij julija júla جولائی "
        "gorffennaf yuli шілде ஜூலை xullo lulju "
        "јули luulyo հուլիս հուլիսի",
        "august aug août aout agosto августа август августе augustus augusti серпня серпень "
        "sierpnia srpna agustus ağustos augusztus αυγούστου αύγουστος elokuuta elokuu أغسطس آب अगस्त "
        "agost kolovoza kolovoz avgusta agosti "
        "augusts augustā augusta rugpjūčio rugpjūtį rugpjūtis สิงหาคม "
        "ogos "
        "gusht ágúst avgust اگست "
        "awst agusta тамыз ஆகஸ்ட் awwissu "
        "agoosto अगस्ट օգոստոս օգոստոսի",
        "september sep sept septembre septiembre settembre setembro сентября сентябрь сентябре вересня вересень "
        "września září eylül septembrie szeptember σεπτεμβρίου σεπτέμβριος syyskuuta syyskuu سبتمبر أيلول "
        "सितंबर सितम्बर "
        "setembre rujna rujan septembra септембар септембра septemba "
        "septembris septembrī septembra rugsėjo rugsėjį rugsėjis กันยายน "
        "setyembre سپتامبر "
        "shtator септември ستمبر "
        "medi satumba қыркүйек செப்டம்பர் settembru "
        "sebtember सेप्टेम्बर սեպտեմբեր սեպտեմբերի",
        "october oct octobre oktober octubre ottobre outubro октября октябрь октябре жовтня жовтень "
        "października října ekim octombrie október οκτωβρίου οκτώβριος lokakuuta lokakuu أكتوبر अक्टूबर "
        "अक्तूबर "
        "oktobra октобар октобра oktoba "
        "oktobris oktobrī oktobra spalio spalį spalis ตุลาคม "
        "oktubre اکتبر "
        "tetor oktoober октомври októbra اکتوبر "
        "hydref қазан அக்டோபர் ottubru "
        "oktoobar अक्टोबर հոկտեմբեր հոկտեմբերի",
        "november nov novembre noviembre novembro ноября ноябрь ноябре листопада листопад listopada listopadu kasım "
        "noiembrie νοεμβρίου νοέμβριος marraskuuta marraskuu نوفمبر नवंबर नवम्बर "
        "studenoga studenog novembra новембар новембра novemba "
        "novembris novembrī novembra lapkričio lapkritį lapkritis พฤศจิกายน "
        "nobyembre نوامبر "
        "nëntor nóvember ноември نومبر "
        "tachwedd nuwamba қараша நவம்பர் novembru "
        "nofembar नोभेम्बर նոյեմբեր նոյեմբերի",
        "december dec décembre decembre dezember diciembre dicembre dezembro декабря декабрь декабре грудня грудень "
        "grudnia prosince desember aralık decembrie δεκεμβρίου δεκέμβριος joulukuuta joulukuu ديسمبر "
        "दिसंबर दिसम्बर "
        "desembre prosinca prosinac decembra децембар децембра desemba "
        "decembris decembrī decembra gruodžio gruodį gruodis ธันวาคม "
        "disember disyembre دسامبر "
        "dhjetor detsember декември دسمبر "
        "rhagfyr disamba желтоқсан டிசம்பர் decembro diċembru "
        "disembar डिसेम्बर դեկտեմբեր դեկտեմբերի",
    ],
    start=1,
)
# ... and in the scripts of Bengali, Malayalam and Georgian (Nepali's other spelling "आगस्ट"), and
# Hebrew's with "ב" ("ביוני", in June; not "במאי", which is also "director"), as papers' date lines
# write them ("बिहीबार, ७ अक्टोबर २०२७", "শনিবার, ১৩ মার্চ ২০২৭": their digits are digits too)
MONTHS.update(
    _by_name(
        [
            "জানুয়ারি ജനുവരി იანვარი בינואר",
            "ফেব্রুয়ারি ഫെബ്രുവരി თებერვალი בפברואר",
            "মার্চ മാർച്ച് მარტი במרץ במרס",
            "এপ্রিল ഏപ്രിൽ აპრილი באפריל",
            "মে മേയ് მაისი",
            "জুন ജൂൺ ივნისი ביוני",
            "জুলাই ജൂലൈ ივლისი ביולי",
            "आगस्ट আগস্ট ഓഗസ്റ്റ് აგვისტო באוגוסט",
            "সেপ্টেম্বর സെപ്റ്റംബർ სექტემბერი בספטמבר",
            "অক্টোবর ഒക്ടോബർ ოქტომბერი באוקטובר",
            "নভেম্বর നവംബർ ნოემბერი בנובמבר",
            "ডিসেম্বর ഡിസംബർ დეკემბერი בדצמבר",
        ],
        start=1,
    )
)

# ... and Basque's, with the genitive of a date ("2027ko ekainaren 3a"), Zulu's and Sinhala's (the
# twenty-eighth session's languages; Mongolian numbers its months, "10 дугаар сар")
MONTHS.update(
    _by_name(
        [
            "urtarrila urtarrilaren urtarrilean januwari ජනවාරි",
            "otsaila otsailaren otsailean februwari පෙබරවාරි",
            "martxoa martxoaren martxoan mashi මාර්තු",
            "apirila apirilaren apirilean ephreli අප්‍රේල්",
            "maiatza maiatzaren maiatzean meyi මැයි",
            "ekaina ekainaren ekainean ජූනි",
            "uztaila uztailaren uztailean julayi ජූලි",
            "abuztua abuztuaren abuztuan agasti අගෝස්තු",
            "iraila irailaren irailean septhemba සැප්තැම්බර්",
            "urria urriaren urrian okthoba ඔක්තෝබර්",
            "azaroa azaroaren azaroan නොවැම්බර්",
            "abendua abenduaren abenduan disemba දෙසැම්බර්",
        ],
        start=1,
    )
)

# ... and Belarusian's, whose copy the language vote reads with Ukrainian's data ("8 верасня 2027"),
# and Afrikaans' own spellings (the others are Dutch's; not "Junie", "Julie", given names too)
MONTHS.update(
    _by_name(
        [
            "студзеня januarie",
            "лютага februarie",
            "сакавіка",
            "красавіка",
            "",
            "чэрвеня",
            "ліпеня",
            "жніўня",
            "верасня",
            "кастрычніка",
            "лістапада",
            "снежня",
        ],
        start=1,
    )
)

# ... and Irish's (also in the genitive, "mí Aibreáin"), Luxembourgish's own ("9. Mäerz 2027"; its
# others are German's), Punjabi's in Gurmukhi and Khmer's (the thirty-first session's languages; a
# Khmer date line writes "ទី២១ ខែកក្កដា ឆ្នាំ២០២៧", day, month and year each after its word, read by
# the "khmer" pattern below)
MONTHS.update(
    _by_name(
        [
            "eanáir ਜਨਵਰੀ មករា",
            "feabhra ਫ਼ਰਵਰੀ ਫਰਵਰੀ កុម្ភៈ",
            "márta mäerz ਮਾਰਚ មីនា",
            "aibreán aibreáin abrëll ਅਪ੍ਰੈਲ ਅਪਰੈਲ មេសា",
            "bealtaine ਮਈ ឧសភា",
            "meitheamh meithimh ਜੂਨ មិថុនា",
            "iúil ਜੁਲਾਈ កក្កដា",
            "lúnasa ਅਗਸਤ សីហា",
            "meán_fómhair ਸਤੰਬਰ កញ្ញា",
            "deireadh_fómhair ਅਕਤੂਬਰ តុលា",
            "samhain samhna ਨਵੰਬਰ វិច្ឆិកា",
            "nollaig nollag ਦਸੰਬਰ ធ្នូ",
        ],
        start=1,
    )
)

# The English words that name a day: the weekdays and the days relative to today. Never part of a
# name (US style's "Foreign Minister Wang Yi Friday made a call"; "May", "Domingo" are names too, so
# months and other languages' days are left out), and the cue's when they open its clause.
ENGLISH_DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday".split()
)

# The English words that name a span of time in a time of the telling: "last week", "this
# morning", "the day before", "two years ago". (Readers add their own: a clause's "hours
# earlier", a word order's "last weekend".)
ENGLISH_TIME_SPANS = frozenset("morning evening night day days week weeks month months year years".split())
# The words that count a span back from the cue's day: "the day before", "a week earlier", "two nights ago"
ENGLISH_COUNTED_BACK = frozenset({"before", "earlier", "ago"})

# Weekday names in the languages onrecord reads (Russian and Ukrainian also in the accusative of
# "в среду", "у суботу", Swedish in its definite form "på onsdagen"), to their index (Monday 0).
# Malay's own names ("Isnin", "Khamis", "Jumaat", "Ahad"; "Mac", "Ogos", "Disember" among the months)
# stand with Indonesian's. Indonesian "minggu" and Turkish "pazar" are also "week" and "market" and
# are left out, as Bulgarian "неделя" (Sunday; Russian "week") and Urdu "پیر" (Monday; Persian "old");
# Romanian "luni" is also "months" ("trei luni"), which may be read as a Monday: Romanian copy names
# Monday far more often than it counts months. Macedonian weekdays also in their definite forms
# ("во вторникот"), its "недела" (also "week") only as "неделата"; Georgian ones also in the dative
# of "on Tuesday" ("სამშაბათს"), its Sunday "კვირა" (also "week") left out; Hebrew ones with "ביום"
# ("on the day"), their numbers alone being ordinals ("שני", second); Armenian Saturday only as
# "շաբաթ օրը" (bare "շաբաթ" is also "week"). Among the months, Nepali "जुन" (June; also "which")
# and Armenian "մարտ" (March; also "battle": its genitive "մարտի" of dates stays) are left out.
WEEKDAYS: dict[str, int] = _by_name(
    [
        "monday mon montag lundi lunes lunedì lunedi segunda-feira понедельник maandag måndag понеділок "
        "måndagen poniedziałek pondělí senin pazartesi mandag luni hétfő hétfőn δευτέρα maanantai maanantaina "
        "الاثنين الإثنين सोमवार "
        "dilluns ponedjeljak ponedeljak понедељак jumatatu "
        "pirmdien pirmdiena pirmdienas pirmadienis pirmadienį pirmadienio "
        "isnin دوشنبه thứ_hai "
        "ponedeljek pondelok esmaspäev esmaspäeval esmaspäeva понеделник hënë hënën mánudag mánudaginn "
        "dydd_llun ddydd_llun litinin дүйсенбі திங்கள்கிழமை திங்கள் "
        "понеделникот isniin isniinta isniintii सोमबार "
        "երկուշաբթի সোমবার തിങ്കളാഴ്ച ორშაბათი ორშაბათს ሰኞ ביום_שני",
        "tuesday tue tues dienstag mardi martes martedì martedi terça-feira terca-feira вторник "
        "dinsdag tisdag вівторок tisdagen wtorek úterý selasa salı tirsdag marți marţi kedd kedden τρίτη tiistai "
        "tiistaina الثلاثاء मंगलवार "
        "dimarts utorak уторак jumanne "
        "otrdien otrdiena otrdienas antradienis antradienį antradienio "
        "سه‌شنبه سه_شنبه thứ_ba "
        "torek utorok teisipäev teisipäeval teisipäeva martë martën þriðjudag þriðjudaginn منگل "
        "dydd_mawrth ddydd_mawrth talata сейсенбі செவ்வாய்க்கிழமை செவ்வாய் "
        "вторникот talaado talaadada talaadadii मंगलबार मङ्गलबार "
        "երեքշաբթի মঙ্গলবার ചൊവ്വാഴ്ച სამშაბათი სამშაბათს ማክሰኞ ביום_שלישי",
        "wednesday wed mittwoch mercredi miércoles miercoles mercoledì mercoledi quarta-feira среда среду "
        "woensdag onsdag середа середу onsdagen środa środę středa středu rabu çarşamba miercuri szerda szerdán "
        "τετάρτη keskiviikko keskiviikkona الأربعاء बुधवार "
        "dimecres srijeda srijedu sreda sredu jumatano "
        "trešdien trešdiena trešdienas trečiadienis trečiadienį trečiadienio "
        "miyerkules چهارشنبه thứ_tư "
        "sredo streda stredu kolmapäev kolmapäeval kolmapäeva сряда mërkurë mërkurën miðvikudag miðvikudaginn بدھ "
        "dydd_mercher ddydd_mercher mercher fercher laraba сәрсенбі புதன்கிழமை புதன் "
        "средата arbaco arbacada arbacadii बुधबार չորեքշաբթի বুধবার ബുധനാഴ്ച ოთხშაბათი ოთხშაბათს ረቡዕ ביום_רביעי",
        "thursday thu thur thurs donnerstag jeudi jueves giovedì giovedi quinta-feira четверг donderdag torsdag четвер "
        "torsdagen czwartek čtvrtek kamis perşembe joi csütörtök csütörtökön πέμπτη torstai torstaina الخميس गुरुवार "
        "dijous četvrtak четвртак alhamisi "
        "ceturtdien ceturtdiena ceturtdienas ketvirtadienis ketvirtadienį ketvirtadienio "
        "khamis huwebes پنجشنبه پنج‌شنبه پنج_شنبه thứ_năm "
        "četrtek štvrtok neljapäev neljapäeval neljapäeva четвъртък enjte enjten fimmtudag fimmtudaginn جمعرات "
        "dydd_iau ddydd_iau alhamis бейсенбі வியாழக்கிழமை வியாழன் "
        "четврток четвртокот khamiis khamiista khamiistii बिहीबार "
        "հինգշաբթի বৃহস্পতিবার വ്യാഴാഴ്ച ხუთშაბათი ხუთშაბათს ሐሙስ ביום_חמישי",
        "friday fri freitag vendredi viernes venerdì venerdi sexta-feira пятница пятницу "
        "vrijdag fredag п'ятниця п'ятницю п’ятниця п’ятницю fredagen piątek pátek jumat cuma vineri péntek pénteken "
        "παρασκευή perjantai perjantaina الجمعة शुक्रवार "
        "divendres petak петак ijumaa "
        "piektdien piektdiena piektdienas penktadienis penktadienį penktadienio "
        "jumaat biyernes جمعه thứ_sáu "
        "petek piatok reedel петък premte premten föstudag föstudaginn جمعہ "
        "dydd_gwener ddydd_gwener gwener wener juma'a jumma'a жұма வெள்ளிக்கிழமை "
        "петок петокот jimco jimcaha jimcihii शुक्रबार ուրբաթ শুক্রবার വെള്ളിയാഴ്ച პარასკევი პარასკევს ዓርብ ביום_שישי",
        "saturday sat samstag samedi sábado sabato sabado суббота субботу zaterdag lördag субота суботу "
        "lördagen sobota sobotę sobotu sabtu cumartesi lørdag sâmbătă szombat szombaton σάββατο lauantai lauantaina "
        "السبت शनिवार "
        "dissabte subota subotu jumamosi "
        "sestdien sestdiena sestdienas šeštadienis šeštadienį šeštadienio "
        "شنبه thứ_bảy "
        "soboto laupäev laupäeval laupäeva събота shtunë shtunën laugardag laugardaginn "
        "dydd_sadwrn ddydd_sadwrn sadwrn asabar сенбі சனிக்கிழமை "
        "сабота саботата sabti sabtida sabtidii शनिबार շաբաթ_օրը শনিবার ശനിയാഴ്ച შაბათი შაბათს ቅዳሜ",
        "sunday sun sonntag dimanche domingo domenica воскресенье zondag söndag неділя неділю "
        "söndagen niedziela niedzielę neděle neděli søndag duminică vasárnap κυριακή sunnuntai sunnuntaina الأحد "
        "रविवार "
        "diumenge nedjelja nedjelju nedelja nedelju недеља недељу jumapili "
        "svētdien svētdiena svētdienas sekmadienis sekmadienį sekmadienio "
        "ahad یکشنبه chủ_nhật "
        "nedeljo nedeľa nedeľu pühapäev pühapäeval pühapäeva dielën sunnudag sunnudaginn اتوار "
        "dydd_sul ddydd_sul lahadi жексенбі ஞாயிற்றுக்கிழமை ஞாயிறு "
        "неделата axad axadda axaddii आइतबार կիրակի রবিবার ഞായറാഴ്ച እሁድ ביום_ראשון",
    ],
    start=0,
)
# ... and Basque's (with the inessive of "on Monday", "astelehenean"), Zulu's with "on" ("ngoMsombuluko";
# bare "isonto" and "ngesonto" are also "week", "in a week"), Mongolian's with the word for day
# ("Мягмар гарагт", on Tuesday; the names alone are given names too) and Sinhala's
WEEKDAYS.update(
    _by_name(
        [
            "astelehena astelehenean ngomsombuluko umsombuluko даваа_гараг даваа_гарагт даваа_гарагийн සඳුදා",
            "asteartea asteartean ngolwesibili ulwesibili мягмар_гараг мягмар_гарагт мягмар_гарагийн අඟහරුවාදා",
            "asteazkena asteazkenean ngolwesithathu ulwesithathu лхагва_гараг лхагва_гарагт лхагва_гарагийн බදාදා",
            "osteguna ostegunean ngolwesine ulwesine пүрэв_гараг пүрэв_гарагт пүрэв_гарагийн බ්‍රහස්පතින්දා",
            "ostirala ostiralean ngolwesihlanu ulwesihlanu баасан_гараг баасан_гарагт баасан_гарагийн සිකුරාදා",
            "larunbata larunbatean ngomgqibelo umgqibelo бямба_гараг бямба_гарагт бямба_гарагийн සෙනසුරාදා",
            "igandea igandean ням_гараг ням_гарагт ням_гарагийн ඉරිදා",
        ],
        start=0,
    )
)
# ... and Belarusian's, also in the accusative of "on Wednesday" ("у сераду"), and Afrikaans' own
# spellings (its others are Dutch's)
WEEKDAYS.update(
    _by_name(
        [
            "панядзелак",
            "аўторак",
            "серада сераду",
            "чацвер",
            "пятніца пятніцу vrydag",
            "субота суботу saterdag",
            "нядзеля нядзелю sondag",
        ],
        start=0,
    )
)
# ... and Galician's own (its "martes", "sábado", "domingo" are Spanish's), Kyrgyz's (its Friday
# "жума" is also "week": only as "жума күнү", on Friday), Kannada's, and Maltese's after "nhar" ("nhar
# l-Erbgħa", on Wednesday: bare "tlieta", "erbgħa" are numbers). (Galician's and Maltese's months
# stand at the ends of their months' rows above.)
WEEKDAYS.update(
    _by_name(
        [
            "luns дүйшөмбү ಸೋಮವಾರ nhar_it-tnejn",
            "шейшемби ಮಂಗಳವಾರ nhar_it-tlieta",
            "mércores mercores шаршемби ಬುಧವಾರ nhar_l-erbgħa",
            "xoves бейшемби ಗುರುವಾರ nhar_il-ħamis",
            "venres жума_күнү ಶುಕ್ರವಾರ nhar_il-ġimgħa",
            "ишемби ಶನಿವಾರ nhar_is-sibt",
            "жекшемби ಭಾನುವಾರ nhar_il-ħadd",
        ],
        start=0,
    )
)
# ... and Irish's ("Dé Céadaoin", on Wednesday), Luxembourgish's, Punjabi's in Gurmukhi and Khmer's
# with the word for day ("ថ្ងៃអង្គារ": bare "អាទិត្យ" is also "week" and "sun")
WEEKDAYS.update(
    _by_name(
        [
            "dé_luain méindeg ਸੋਮਵਾਰ ថ្ងៃច័ន្ទ",
            "dé_máirt dënschdeg ਮੰਗਲਵਾਰ ថ្ងៃអង្គារ",
            "dé_céadaoin mëttwoch ਬੁੱਧਵਾਰ ਬੁਧਵਾਰ ថ្ងៃពុធ",
            "déardaoin donneschdeg ਵੀਰਵਾਰ ថ្ងៃព្រហស្បតិ៍",
            "dé_haoine freideg ਸ਼ੁੱਕਰਵਾਰ ថ្ងៃសុក្រ",
            "dé_sathairn samschdeg ਸ਼ਨੀਵਾਰ ਸ਼ਨਿੱਚਰਵਾਰ ថ្ងៃសៅរ៍",
            "dé_domhnaigh sonndeg ਐਤਵਾਰ ថ្ងៃអាទិត្យ",
        ],
        start=0,
    )
)
# ... and Scottish Gaelic's ("thuirt i Diciadain": she said on Wednesday)
WEEKDAYS.update(
    _by_name(
        ["diluain", "dimàirt dimairt", "diciadain", "diardaoin", "dihaoine", "disathairne", "didòmhnaich didomhnaich"],
        start=0,
    )
)
# (Gurmukhi's letters with a nukta, "ਸ਼", "ਫ਼", also as their composed code points)
_NUKTA_LETTERS = {"\u0a38\u0a3c": "\u0a36", "\u0a2b\u0a3c": "\u0a5e"}
for _table in (MONTHS, WEEKDAYS):
    for _name, _n in list(_table.items()):
        for _parts, _letter in _NUKTA_LETTERS.items():
            if _parts in _name:
                _table[_name.replace(_parts, _letter)] = _n
# The weekdays' full names: not the English abbreviations, which are words too ("mon", "sun"),
# but Indonesian "rabu" and Turkish "salı", "cuma", which are as short. Not Vietnamese "thứ" days
# either: only their case tells "thứ Năm" (Thursday) from "lần thứ năm" (the fifth time), so they are
# read where case is kept (attribute.when).
_ABBREVIATED = frozenset("mon tue tues wed thu thur fri sat sun".split())
FULL_WEEKDAYS: dict[str, int] = {
    name: day for name, day in WEEKDAYS.items() if name not in _ABBREVIATED and not name.startswith("thứ ")
}

# Vietnamese weekdays are "thứ" and a number: "thứ Năm", "Thứ Năm" (Thursday) with the number's
# capital, or in lower case after "vào" ("vào thứ năm", on Thursday); elsewhere lower-case "thứ năm"
# is the ordinal "fifth" ("lần thứ năm"), which names no day. Read by case whatever the pattern
# around it ignores.
_VI_NUMBERS = "|".join(name.split()[1] for name in WEEKDAYS if name.startswith("thứ "))
# (a look-behind has one width: "vào" and one to four whitespace characters, each width its own)
_AFTER_VAO = "(?:" + "|".join(rf"(?<=[Vv]ào\s{{{n}}})" for n in range(1, 5)) + ")"
_VI_WEEKDAY = r"(?-i:[Tt]hứ\s+(?:" + _VI_NUMBERS.title() + r")|" + _AFTER_VAO + r"thứ\s+(?:" + _VI_NUMBERS + r"))"


# the English weekdays as running text writes them, Monday first ("released late on Monday")
ENGLISH_WEEKDAYS: tuple[str, ...] = tuple(
    name.capitalize() for name in sorted(ENGLISH_DAY_WORDS & WEEKDAYS.keys(), key=WEEKDAYS.__getitem__)
)


def weekday_alternation(names: Iterable[str] = ()) -> str:
    """A regular-expression alternation of weekday ``names`` (keys of :data:`WEEKDAYS`), to be
    matched ignoring case, with the Vietnamese "thứ" days read by their case ("thứ Năm", "vào thứ
    năm": Thursday; "lần thứ năm": the fifth time): the one reading of weekdays in running text.
    Read a match's day with :func:`weekday_number`.

    Args:
        names: the weekday names to match, in the order to try them: English names alone match
            English weekdays alone; names of other languages among them (the "thứ" names or not)
            match the Vietnamese days too; none, the Vietnamese days alone.
    """
    names = list(names)
    written = [re.escape(name) for name in names if not name.startswith("thứ ")]
    if names and all(name.casefold() in ENGLISH_DAY_WORDS for name in names):
        return "|".join(written)  # (each language's weekdays its own: no Vietnamese in an English list)
    return "|".join([*written, _VI_WEEKDAY])


def weekday_number(name: str) -> int:
    """The weekday (Monday 0) a name matched by a :func:`weekday_alternation` names, in any case
    and spacing ("Thursday", "thứ  Năm").

    Raises:
        KeyError: ``name`` is no weekday's name.
    """
    return WEEKDAYS[" ".join(name.lower().split())]


_TZ = {
    "gmt": 0,
    "utc": 0,
    "z": 0,
    "bst": 60,
    "cet": 60,
    "cest": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "ist": 330,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "et": -300,
    "pt": -480,
    "jst": 540,
    "kst": 540,
    "aest": 600,
    "aedt": 660,
}

_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
# English month abbreviations as a monitoring service's header writes them ("17 Nov 27"): not
# "May", which is also the month's full name.
_SHORT_MONTH_RE = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# the English weekdays, whole or abbreviated ("Friday", "FRI", "Thurs"), longest first
_ENGLISH_WEEKDAY_RE = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun"
)
_TIME = r"(?P<hh>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?"
_TZ_RE = r"(?:\s*(?P<tz>" + "|".join(sorted(_TZ, key=len, reverse=True)) + r")\b)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "iso",
        re.compile(
            r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
            r"(?:[T ](?P<hh>\d{2}):(?P<mi>\d{2})(?::(?P<ss>\d{2})(?:\.\d+)?)?"
            r"(?P<off>Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
        ),
    ),
    (
        "time-numeric",
        re.compile(
            r"(?<![\d.])" + _TIME + _TZ_RE + r",?\s+(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4}|\d{2})(?![\d])",
            re.I,
        ),
    ),
    (
        "numeric",
        re.compile(  # "10.12.2025", "10/12/2025", a wire's slug line "12-01-2027 17:05"
            r"(?<![\d.-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d])"
            r"(?:,?\s+(?:at\s+)?" + _TIME + _TZ_RE + r")?",
            re.I,
        ),
    ),
    (
        # a broadcast script's transmission line: "TX: WED 09/06/27 19:15", "Tue 3.8.27" (a weekday
        # before a numeric date with a two-digit year; the weekday tells the order of day and month,
        # and a date it does not fall on is none: see _weekday_agrees)
        "weekday-numeric-short-year",
        re.compile(
            r"\b(?P<wd>" + _ENGLISH_WEEKDAY_RE + r")\.?,?\s+"
            r"(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{2})(?![\d./])"
            r"(?:,?\s+(?:at\s+)?" + _TIME + _TZ_RE + r")?",
            re.I,
        ),
    ),
    (
        "month-day",
        re.compile(
            r"\b(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b"
            r"(?:,?\s+(?P<y>\d{4}))?(?:,?\s+(?:at\s+)?" + _TIME + _TZ_RE + r")?",
            re.I,
        ),
    ),
    (
        # a monitoring service's header: "1600 gmt 17 Nov 27", "9 Dec 27 | Ref: ..." (an abbreviated
        # month and a two-digit year; "17 May 27" is no such date: May is the full name)
        "day-abbreviated-month-short-year",
        re.compile(r"\b(?P<d>\d{1,2})\s+(?P<mon>" + _SHORT_MONTH_RE + r")\s+(?P<y>\d{2})\b(?!\s*(?:%|[a-z]))"),
    ),
    (
        # Hungarian writes the year first: "2027. március 10.", "2026. november 3-án"
        "year-month-day",
        re.compile(r"\b(?P<y>\d{4})\.\s+(?P<mon>" + _MONTH_RE + r")\s+(?P<d>\d{1,2})\b(?!\s*%)", re.I),
    ),
    (
        # Basque writes the year first with its genitive: "2027ko ekainaren 3a", "2027ko urriaren 14an"
        "year-ko-month-day",
        re.compile(
            r"\b(?P<y>\d{4})ko\s+(?P<mon>" + _MONTH_RE + r")\s+(?P<d>\d{1,2})(?:a|an|ean)?\b"
            r"(?:,?\s+" + _TIME + _TZ_RE + r")?",
            re.I,
        ),
    ),
    (
        # Latvian writes the year first, with the word for year: "2027. gada 4. jūnijs"
        "year-gada-day-month",
        re.compile(
            r"\b(?P<y>\d{4})\.\s+gada\s+(?P<d>\d{1,2})\.\s+(?P<mon>" + _MONTH_RE + r")\b"
            r"(?:,?\s+" + _TIME + _TZ_RE + r")?",
            re.I,
        ),
    ),
    (
        # Lithuanian: "2027 m. spalio 3 d." (m. for the year, d. for the day)
        "year-m-month-day-d",
        re.compile(
            r"\b(?P<y>\d{4})\s*m\.\s+(?P<mon>" + _MONTH_RE + r")\s+(?P<d>\d{1,2})\s*d\."
            r"(?:,?\s+" + _TIME + _TZ_RE + r")?",
            re.I,
        ),
    ),
    (
        # Chinese and Japanese: "2027年11月3日", "11月2日" (the year from the reference)
        "cjk",
        re.compile(r"(?<!\d)(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日"),
    ),
    (
        # a day and month in numerals after the word for "day": Vietnamese "Ngày 14/9" (the year
        # from the reference); not "3/4" alone, which is as often a fraction or a score
        "day-word-numeric",
        re.compile(r"\b(?:ngày)\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![/\d])", re.I),
    ),
    (
        # Korean: "2027년 9월 8일", "9월 7일"
        "korean",
        re.compile(r"(?<!\d)(?:(?P<y>\d{4})년\s*)?(?P<m>\d{1,2})월\s*(?P<d>\d{1,2})일"),
    ),
    (
        # a range of days, as a weekly's cover gives its issue ("Issue 11, 12–18 March 2027",
        # "March 12-18, 2027"): the range's first day, the day the issue came out
        "day-range-month",
        re.compile(
            r"\b(?P<d>\d{1,2})\s*[–—-]\s*(?P<d2>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?P<mon>" + _MONTH_RE + r")\b\.?"
            r"(?:,?\s+(?P<y>\d{4}))?",
            re.I,
        ),
    ),
    (
        "month-day-range",
        re.compile(
            r"\b(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*[–—-]\s*(?P<d2>\d{1,2})"
            r"(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4}))?",
            re.I,
        ),
    ),
    (
        # Khmer: "ទី២១ ខែកក្កដា ឆ្នាំ២០២៧", each of day, month and year after its word, unspaced
        "khmer",
        re.compile(r"ទី\s*(?P<d>\d{1,2})\s*ខែ\s*(?P<mon>" + _MONTH_RE + r")(?:\s*ឆ្នាំ\s*(?P<y>\d{4}))?"),
    ),
    (
        "day-month",
        re.compile(
            # Arabic papers give a month's two names: "3 مارس/آذار 2027"; Catalan "30 d'abril";
            # Hausa "18 ga Mayu"; Maltese "20 ta' Mejju"
            r"\b(?P<d>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+|di\s+|d['’]|ga\s+|ta['’]\s+)?(?P<mon>"
            + _MONTH_RE
            + r")\.?(?:/[^\W\d_]+)?"
            r"(?:,?\s+(?:de\s+)?(?P<y>\d{4}))?(?:,?\s+(?:at\s+)?" + _TIME + _TZ_RE + r")?",  # "4 de agosto de 2027"
            re.I,
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in text: its ISO form and where it was.

    ``iso`` is ``YYYY-MM-DD`` when no time was given, else a full ISO datetime (with offset when
    the text named a zone). ``year_known`` is False when the year came from ``default_year``.
    """

    iso: str
    start: int
    end: int
    has_time: bool
    year_known: bool = True


_BUDDHIST_ERA = 543
_BUDDHIST_ERA_FROM = 2400


_WEEKDAY_PREFIXES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_agrees(groups: dict[str, str | None]) -> dict[str, str | None] | None:
    """A match's groups, read in the order of day and month its weekday falls on ("WED 09/06/27":
    9 June 2027, a Wednesday; "Mon 09/06/27": 6 September, a Monday), or None when it falls on neither;
    a match with no weekday as it is."""
    named = groups.get("wd")
    if not named:
        return groups
    weekday = _WEEKDAY_PREFIXES.index(named[:3].lower())
    year = 2000 + int(groups.get("y") or 0)
    first, second = int(groups.get("d") or 0), int(groups.get("m") or 0)
    for day, month in ((first, second), (second, first)):
        try:
            if date(year, month, day).weekday() == weekday:
                return {**groups, "d": str(day), "m": str(month)}
        except ValueError:
            continue
    return None


def _build(groups: dict[str, str | None], default_year: int | None) -> tuple[str, bool, bool] | None:
    year_known = bool(groups.get("y"))
    if groups.get("y"):
        year = int(groups["y"] or 0)
        if year < 100:
            year += 2000
        elif year >= _BUDDHIST_ERA_FROM:
            year -= _BUDDHIST_ERA  # Thai papers count the years of the Buddhist era: 2570 is 2027
    elif default_year is not None:
        year = default_year
    else:
        return None
    month = MONTHS[(groups["mon"] or "").lower().rstrip(".")] if groups.get("mon") else int(groups.get("m") or 0)
    day = int(groups.get("d") or 0)
    if groups.get("mon") is None and month > 12 and day <= 12:
        day, month = month, day  # "12/25/2025": the first number cannot be a month-day pair
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    if not groups.get("hh"):
        return d.isoformat(), False, year_known
    hour, minute = int(groups["hh"] or 0), int(groups["mi"] or 0)
    second = int(groups.get("ss") or 0)
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    tzinfo: timezone | None = None
    off = groups.get("off")
    if off:
        if off == "Z":
            tzinfo = UTC
        else:
            sign = -1 if off[0] == "-" else 1
            digits = off[1:].replace(":", "")
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
            if offset >= timedelta(hours=24):
                return None  # "+99:00" is no zone: no date, rather than a crash
            tzinfo = timezone(sign * offset)
    elif groups.get("tz"):
        tzinfo = timezone(timedelta(minutes=_TZ[(groups["tz"] or "").lower()]))
    try:
        dt = datetime(d.year, d.month, d.day, hour, minute, second, tzinfo=tzinfo)
    except ValueError:
        return None
    return dt.isoformat(), True, year_known


def find_dates(text: str, *, default_year: int | None = None) -> list[FoundDate]:
    """Return every date in ``text``, in order of position, without overlaps.

    Args:
        text: any text.
        default_year: year for dates that name none ("Dec 11"); without it they are skipped.

    Returns:
        The dates found, leftmost first; a longer match wins over one it overlaps.
    """
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    candidates: list[tuple[int, int, str, bool, bool]] = []
    for _name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if m.groupdict().get("d2") and int(m.group("d2")) <= int(m.group("d")):
                continue  # "2-1 March": a score, no range of days
            groups = _weekday_agrees(m.groupdict())
            built = _build(groups, default_year) if groups is not None else None
            if built:
                candidates.append((m.start(), m.end(), *built))
    for start, end, iso, has_time, year_known in sorted(candidates, key=lambda c: (c[0], -c[1])):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        found.append(FoundDate(iso, start, end, has_time, year_known))
    return sorted(found, key=lambda f: f.start)


def parse_date(value: str | None, *, default_year: int | None = None) -> str | None:
    """Parse one date or datetime given as metadata (feed, JSON-LD, meta tag, JSONL).

    Args:
        value: the string as the input gave it.
        default_year: year to assume when the value names none.

    Returns:
        ISO 8601 (``YYYY-MM-DD`` or a datetime with offset), or None if it is not a date.
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    else:
        if len(value) <= 10:
            return parsed.date().isoformat()
        return parsed.isoformat()
    try:
        rfc = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        rfc = None
    if rfc is not None:
        return rfc.isoformat()
    found = find_dates(value, default_year=default_year)
    return found[0].iso if found else None


def to_date(iso: str | None) -> date | None:
    """Return the calendar date of an ISO date or datetime string (None if not one)."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def day_ordinal(iso: str | None) -> int | None:
    """Return the day ordinal (``date.toordinal``) of an ISO date or datetime string (None if not one)."""
    day = to_date(iso)
    return day.toordinal() if day is not None else None


_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_FULL_WEEKDAY = re.compile(r"\b(" + weekday_alternation(n for n in WEEKDAYS if len(n) > 4) + r")\b", re.I)
# How many mentions the lede's weekday is worth beyond its own in scoring a filing day's year
# (see infer_year): the day its first sentence reports is the day a wire story files.
_LEDE_WEIGHT = 2
_YEAR_REACH = 6  # a weekday falls on the same date again within at most 11 years; 6 either side


def _weekday_counts(text: str) -> dict[int, int]:
    counts: dict[int, int] = {}
    for m in _FULL_WEEKDAY.finditer(text):
        day = weekday_number(m.group(1))
        counts[day] = counts.get(day, 0) + 1
    return counts


def _fits(month: int, day: int, weekday: int, anchor: int) -> list[int]:
    """The years near ``anchor`` in which ``month``/``day`` falls on ``weekday``, nearest first."""
    fits = []
    for year in range(anchor - _YEAR_REACH, anchor + _YEAR_REACH + 1):
        try:
            if date(year, month, day).weekday() == weekday:
                fits.append(year)
        except ValueError:
            continue  # 29 February
    return sorted(fits, key=lambda y: (abs(y - anchor), -y))


def infer_year(
    month: int, day: int, text: str, *, this_year: int, weekday: int | None = None, lede: int | None = None
) -> int | None:
    """The year of a date written without one ("ARNHOLT, March 18 (Meridian Press)", a live
    blog's "Wednesday 5 May"), from the weekdays the text gives.

    The anchor is the latest year the text mentions that is not after ``this_year + 1`` (later
    years are plans: "by 2030"), or ``this_year`` if that is later. With the date's own weekday
    (``weekday``), the year nearest the anchor where the date falls on it wins.

    Without one, the date is the day a wire story files: its copy names that day's weekday ("said
    on Wednesday") and the days before ("a day after the deal was signed on Tuesday"), seldom the
    day after. Of the years within one of the anchor (news is read while fresh), the one whose
    weekday for the date the text names, and names more often than the weekday after it, wins,
    the weekday the story's first sentence names (``lede``) counting twice more (a story filed
    on Thursday that tells of Tuesday's statement four times still leads with Thursday); of
    years scoring alike, the lede's, else the latest.

    Args:
        month: the date's month.
        day: the date's day.
        text: the article's text, for the years and weekdays it names.
        this_year: the year of the reading (the caller's clock), the anchor's floor.
        weekday: the weekday written with the date (Monday 0), if any.
        lede: the first weekday the story's first sentence names, if any.

    Returns:
        The year, or None when the text gives no weekday to go by or two years fit equally.
    """
    mentioned = [int(y) for y in _YEAR.findall(text) if int(y) <= this_year + 1]
    anchor = max([this_year, *mentioned])
    if weekday is None:
        counts = _weekday_counts(text)
        scores: dict[int, int] = {}
        for year in range(anchor - 1, anchor + 2):
            try:
                named = date(year, month, day).weekday()
            except ValueError:
                continue  # 29 February
            if counts.get(named):
                # the lede reports the filing day: its weekday outweighs an earlier occasion's
                # named more often ("said on Thursday ... had said on Tuesday ... on Tuesday")
                bonus = _LEDE_WEIGHT if named == lede else 0
                scores[year] = counts[named] - counts.get((named + 1) % 7, 0) + bonus
        if not scores:
            return None
        top = max(scores.values())
        best = [y for y, score in scores.items() if score == top]
        led = [y for y in best if date(y, month, day).weekday() == lede]
        return max(led or best)
    fits = _fits(month, day, weekday, anchor)
    if not fits:
        return None
    if len(fits) > 1 and abs(fits[0] - anchor) == abs(fits[1] - anchor):
        return None
    return fits[0]
