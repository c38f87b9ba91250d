from __future__ import annotations

import pytest

from onrecord.link.features import (
    UNREAD,
    _other_name_after,
    _owner_swapped,
    _predicate_of_another_name,
    _predicate_of_two_names,
    _subject_swapped,
    compatible,
    features,
    figures_in_digits,
    normalize,
    scale_by_shape,
    set_aside,
    tokens,
)


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ("We will raise the tariff", "We will not raise the tariff", "negation"),
        ("We won't raise taxes", "We will raise taxes", "negation"),
        ("Wir werden die Steuern erhöhen", "Wir werden die Steuern nicht erhöhen", "negation"),
        ("Мы будем повышать налоги", "Мы не будем повышать налоги", "negation"),
        ("a 2% cut next year", "a 4% cut next year", "figures"),
        ("emissions will fall by 2030", "emissions will fall by 2035", "figures"),
        ("We may raise taxes", "We will raise taxes", "modality"),
        ("Talks with France will resume", "Talks with Germany will resume", "entities"),
        ("We found three cracks in the spillway", "We have now found thirteen cracks in the spillway", "figures"),
        ("a cut of a quarter point", "a cut of half a point", "figures"),
        ("Wir haben drei Risse gefunden", "We found thirteen cracks", "figures"),
        ("Мы нашли тринадцать трещин", "We found three cracks", "figures"),
        ("Wir werden 1.200 Stellen abbauen", "We will cut 1,500 jobs", "figures"),
        (
            "We are in talks with the nurses' union, and those talks are constructive",
            "We are in talks with the doctors' union, and those talks are constructive",
            "entities",
        ),
        ("Wir senken die Steuer um 1,5 Prozent", "We will cut the tax by 15%", "figures"),
        ("Wir werden niemanden entlassen", "We will lay off staff", "negation"),
        ("the fire is not yet contained", "the fire is contained", "negation"),
        ("we will cut no more jobs", "we will cut more jobs", "negation"),
        # the figure a change is measured from is an earlier statement's figure, not this one's
        (
            "the agency was reviewing 14 complaints",
            "it was now reviewing 23 complaints, up from the 14 it cited",
            "figures",
        ),
        (
            "the appeal had 250 signatures by Friday",
            "the appeal had passed 900 signatures, compared with 250 on Friday",
            "figures",
        ),
        ("Die Zahl stieg von 40 auf 65", "the number stood at 40", "figures"),
        (
            "Today, six thousand homes are still dark. Yesterday it was eleven thousand",
            "Eleven thousand homes are dark tonight",
            "figures",
        ),
        ("l'État gèle 4 millions sur les 11 millions qu'il verse", "the state pays 11 million a year", "figures"),
        (
            "Today the court told the ministry that the law binds it too",
            "Today the court told Karsk Mining that the law binds it too, she wrote",
            "entities",
        ),
        # different parties named in the same frame
        (
            "the first funds would go to the Port of Halden in Maine",
            "the first round of funds would go to the Port of Corrin, in Vermont",
            "entities",
        ),
        (
            "We have opened talks with Norvia on a new fishing accord",
            "We have opened talks with Estland on a new fishing accord, the first",
            "entities",
        ),
        # a figure set aside is not the figure given
        ("fares would be frozen for three years rather than two", "fares would be frozen for two years", "figures"),
        (
            "die Tarife bleiben drei Jahre statt zwei eingefroren",
            "die Tarife bleiben zwei Jahre eingefroren",
            "figures",
        ),
        ("the plant will close in 2029 instead of 2027", "the plant will close in 2027", "figures"),
        # a figure corrected in passing ("18, not 30") is set aside too
        (
            "Veil will be on sale in 18 countries by Christmas, not 30. I misspoke on stage",
            "Veil will be on sale in 30 countries by Christmas",
            "figures",
        ),
        (
            "the fund will pay out 400 pounds a month, and not 600",
            "the fund would pay out 600 pounds a month",
            "figures",
        ),
        # ... with its scale word: "not the 18 million" sets aside 18 million
        (
            "The strike now costs the region about 25 million euros a day, not the 18 million I gave on Monday",
            "the strike would cost the region about 18 million euros a day",
            "figures",
        ),
        # the figure a correction sets aside, beside figures both give, is not the figure it gives
        (
            "seven of the twelve riders had never raced on ice, not nine",
            "Nine of the twelve riders had never raced on ice before",
            "figures",
        ),
        # a figure weighed against the one given and found wrong is set aside too
        (
            "the water at the finish was nearer nine degrees than eleven",
            "The water was about eleven degrees. Another ten minutes in there and it would be different",
            "figures",
        ),
        ("the queue was closer to 40 boats than 50", "there were 50 boats in the queue", "figures"),
        # the same opening words, then another named place or party
        (
            "Zarevia will not accept naval patrols in the Meridian Strait, whoever proposes them",
            "Zarevia will not accept naval patrols in the Korsak Sea without a mandate from the Assembly",
            "entities",
        ),
        (
            "The first relief convoy will reach Quillby by Friday morning",
            "The first relief convoy will reach Saltillo on Saturday",
            "entities",
        ),
        # the same predicate said of two parties a ruling names
        (
            "Lakeside Rangers FC be fined US$20,000 for the throwing of objects onto the field",
            "Estrela do Norte be fined US$20,000 for the improper conduct of their players",
            "entities",
        ),
        # the same predicate said of another party, marked as an addition
        (
            "Oberwald Hydro will have to answer for this",
            "The federal office will have to answer for this as well, because it signed off the inspection",
            "entities",
        ),
        ("the union would also accept the offer, she said", "management would accept the offer", "entities"),
        ("Council members must vote on the budget too", "The mayor must vote on the budget", "entities"),
        # a name opening each wording, then the same predicate (its tense aside)
        ("Lisbon had lost its soul", "Porto has lost its soul. He loved this city for fifty years.", "entities"),
        ("Harwick will keep its hospital open", "Quillby will keep its hospital open", "entities"),
        # an opening name of several words, then the predicate the other says of its own name
        ("Town Hall has never paid a single invoice", "Brackwell has never paid a single invoice", "entities"),
        # the same, the name after an opening "And" or "But" (a quote's second sentence)
        ("And Corn Exchange has never sent a single bill", "Dunhallow has never sent a single bill", "entities"),
        ("Dunhallow had never sent a single bill", "But Corn Exchange has never sent a single bill", "entities"),
        # the same frame around two places, one reported a tense back ("will" as "would")
        (
            "buses from Garrowby would run again at noon on Monday if the bridge held",
            "Buses from Eskford will run again at noon on Monday, subject to checks",
            "entities",
        ),
        # the same request of two parties, one reported in the third person and a tense back
        (
            "she had asked Harrowgate Mills \"to return to the talks this month",
            "I have asked the drivers' union to return to the talks, and I want a reply by Monday",
            "entities",
        ),
        (
            "I have written to Felbridge Water today asking for every pumping record from June",
            "he had written to the harbourmaster's office asking for every complaint it had logged",
            "entities",
        ),
        # the report names a party where the quote's words describe one
        (
            "he had told Orlik Cables to halt weekend deliveries at the Carvel site",
            "I have told the contractor to halt weekend deliveries at the site until the noise is measured",
            "entities",
        ),
        # the same frame, an article before one place only
        (
            "warming shelters in the Tannery will stay open all night until the frost lifts",
            "warming shelters in Hollinfield will stay open all night, starting this evening",
            "entities",
        ),
    ],
)
def test_traps_are_refused(a: str, b: str, reason: str) -> None:
    assert compatible(features(a), features(b)) == (False, reason)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a name that qualifies the same noun after the same word: two parties
        (
            "Varkonia would take measures against American companies, according to the agency",
            "measures would be taken against European companies if Brussels followed suit",
            False,
        ),
        ("the levy will hit German carmakers hardest", "the new levy would hit Italian carmakers hardest", False),
        # a title before the same name is no other party
        ("we will keep working with Mayor Ortiz on the levee", "we will keep working with Ortiz on the levee", True),
        # the same name on both sides
        ("measures against American companies", "it would take measures against American companies", True),
    ],
)
def test_a_name_before_the_same_noun(a: str, b: str, same: bool) -> None:
    assert compatible(features(a), features(b))[0] is same


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the change's new figure alone reports the same statement
        ("it was now reviewing 23 complaints, up from the 14 it cited", "the agency is reviewing 23 complaints"),
        ("the rate rose from 5% to 7%", "the rate rose to 7%"),
        # "from" before a figure with nothing after it is no baseline
        ("aid from 12 countries arrived", "12 countries sent aid"),
        # a name and a longer form of it in the same frame
        ("he had read the Halberd report on Tuesday", "he had read the November 2026 Halberd report on Tuesday"),
        # a title before the same name, a name and its acronym after the same opening words
        ("We will keep working with Mayor Ortiz on the levee", "We will keep working with Ortiz on the levee"),
        # a name last after an article may be a short form of the other ("the PFA" / "the Federation")
        ("she would stay on as chair of the PFA", "I am staying on as chair of the Federation"),
        # a part of a place qualified with "of" may be the sector the other names
        ("rail lines across the northern district will reopen at dawn on Friday",
         "Rail lines across the northern half of Tavland will reopen at dawn Friday"),
        # one place in both frames, its auxiliary reported a tense back
        ("trains from Garrowby would run again on Monday", "Trains from Garrowby will run again on Monday"),
        # the report of a quote describes the party the quote names ("the firm", "his agent",
        # "the Danish skipper", "regional councillors"), a person or a tense shifted
        ("we are buying Orlik Cables for its plant and warehouse at Hesby",
         "they were buying the firm for its plant and warehouse, which hold 90 spools"),
        ("I have told Pia Lund to stop taking calls from the press until June",
         "he had told his agent to stop taking calls from the press"),
        ("I saw Jens Holt at the regatta and told him the boat is ready",
         "she saw the Danish skipper at the regatta and told him the boat was almost rigged"),
        ("the rowing club will ask Holmfirth Council for land to build the depot next spring",
         "the rowing club would ask regional councillors for land to build the depot, she said"),
        # "and no one" is a pronoun, not a figure corrected
        ("About 4,000 people have left their homes, and no one has been hurt", "4,000 people have left their homes"),
        # an addition said of the same party, and one without a subject to compare
        ("Oberwald Hydro will have to answer for this", "Oberwald Hydro will have to answer for this as well"),
        ("will have to answer for this as well", "Oberwald Hydro will have to answer for this"),
        # both mark the addition, each a few words from the words they share
        (
            "she would also send a letter to the Minister for Rivers and Canals, because the faults are common",
            "she would also write to the Minister for Rivers and Canals, as the faults she saw are common",
        ),
    ],
)
def test_changes_and_name_forms_pass(a: str, b: str) -> None:
    assert compatible(features(a), features(b)) == (True, "")


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        (
            "Zarevia will not accept patrols in Meridian waters",
            "Zarevia will not accept patrols in Korsak waters",
            True,
        ),
        # a name and its acronym; one thing named two ways after "the"
        ("We will sign the accord with Coastal Shipping Federation", "We will sign the accord with CSF today", False),
        ("he had read the Halberd report on Tuesday", "he had read the Costello report on Tuesday", False),
        (
            "The league will send its appeal to the Arbitration Court",
            "The league will send its appeal to the Kell Tribunal",
            True,
        ),
        # too few shared words to tell
        ("It was Quillby", "It was Saltillo", False),
        # the other name given only further on is said of something else; next to it, one list
        (
            "two cases were confirmed in Bondara County, both of them traders",
            "two cases were confirmed in Lwando County, the first outside Kisoma and Bondara",
            True,
        ),
        ("We will open talks with Vessia and Estovia", "We will open talks with Estovia and Vessia", False),
        # "also" marks the same predicate said of another party
        ("We will audit the accounts of Tarlow", "We will also audit the accounts of Brenmark Data", True),
        ("We will also audit the accounts of Tarlow", "We will audit the accounts of Tarlow today", False),
        ("We will open talks with Vessia and the Estovians", "We will open talks with Estovia and Vessia", False),
    ],
)
def test_another_name_after_the_same_words(a: str, b: str, swapped: bool) -> None:
    assert _other_name_after(features(a), features(b)) is swapped


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("We are working on peace, not on a ceasefire", "Russia is prioritising lasting peace over a ceasefire"),
        ("We are working on peace, not a ceasefire", "Wir arbeiten am Frieden, nicht an einem Waffenstillstand"),
        ("We are working on peace, not a ceasefire", "Мы работаем над миром, а не над перемирием"),
        ("We will not raise taxes", "Мы не будем повышать налоги"),
        ("a 2% cut in 2026", "a 2% cut"),  # a partial quote may drop a figure
        ("We found three cracks in the spillway", "Wir haben drei Risse im Überlauf gefunden"),
        ("We will cut 1,200 jobs in Kessberg", "Wir werden in Kessberg 1.200 Stellen abbauen"),
        ("a cut of 1.5 percent", "eine Senkung um 1,5 Prozent"),
        ("We will hire 1,200 people", "Мы наймём 1 200 человек"),
        ("The 5% threshold remains an attack on small parties", "Пятипроцентный барьер остаётся ударом по партиям"),
        ("the cracks did not threaten the structure", 'the cracks were "on the surface" and posed no threat'),
        (
            "The dam is safe and there is no need to evacuate anyone",
            "Der Damm ist sicher, niemand muss evakuiert werden",
        ),
        ("in the context of not a ceasefire, but a sustainable peace", "a sustainable peace"),
        # a negator before a comparative bounds a figure
        ("the repairs would take at least ten days", "ремонт займёт не менее десяти дней"),
        ("we will cut no more than 300 jobs", "we will cut 300 jobs at most"),
        # a figure corrected in passing negates no predicate, in any language
        (
            "gli occhiali saranno in vendita in 18 Paesi entro Natale, e non in 30",
            "Veil will be on sale in 18 countries by Christmas, not 30",
        ),
        # a negator after a comma negates the verb after it where the negator stands before the verb
        (
            "her port bill would not raise fees on shipping companies",
            "su proyecto portuario, aprobado en marzo, no aumentará las tarifas de las navieras",
        ),
        ("We are working for peace, not for a ceasefire", "Trabajamos por la paz, no por un alto el fuego"),
        # a negator after a comma and before a preposition contrasts, in any language
        ("Our duty is to tenants, not landlords", "Notre devoir est envers les locataires, pas envers les bailleurs"),
        ("Our duty is to tenants, not to landlords", "Il nostro dovere è verso gli inquilini, non verso i proprietari"),
        ("We are fighting for the workers, not against them", "Luchamos por los trabajadores, no contra ellos"),
        # "niemanden" is "nobody" in the accusative
        (
            "the ministry was not going to order anyone back to work",
            "Das Ministerium wird niemanden zur Arbeit verpflichten",
        ),
        # "non pas parce que ..." contrasts, as "not because ..." does
        (
            "Je vais démissionner. Non pas parce que j'ai commis une faute, mais parce que le club mérite mieux",
            "I will resign. Not because I have done anything wrong, but because the club deserves better",
        ),
        # an adverb between the negator and the word it negates
        ("the fire was not contained on Monday", "the fire is not yet contained on Monday"),
        ("One hundred and twenty buildings are warm tonight", "120 buildings had heat again"),
        ("three million people", "3 million people"),
        # the quote that gives both figures, the new one and the one it replaces
        (
            "fares would be frozen for three years rather than two",
            "Fares will be frozen for three years. I said two yesterday.",
        ),
        # "more than" weighs no figure against another: the figure after it is given
        ("more than 300 people had signed by noon", "300 people had signed"),
        ("the water was nearer nine degrees than eleven", "the water was about nine degrees"),
        # a year or a total before "more than"/"fewer than" weighs nothing against the figure after it
        ("In 2023, more than 300 people were hurt on the roads", "more than 300 people were hurt on the roads in 2023"),
        ("Of the 40 boats, fewer than 30 finished", "fewer than 30 of the 40 boats finished"),
        (
            "deliveries to Velmark stop from 1 May, after the council refused a price of 412 crowns",
            "it will suspend deliveries in Velmark from 1 May 2027",
        ),
        (
            "Trump's statements about the root causes are important",
            "President Trump touched on the root causes of this conflict, particularly regarding NATO",
        ),
    ],
)
def test_paraphrases_and_translations_pass(a: str, b: str) -> None:
    assert compatible(features(a), features(b)) == (True, "")


@pytest.mark.parametrize(
    ("text", "language", "numbers"),
    [
        ("1,200 jobs and 3.1% of GDP", "en", {"1200", "3.1%"}),
        ("1.200 Stellen und 1,5 Prozent", "de", {"1200", "1.5%"}),
        ("1\u00a0200 мест, 3,1 процента", "ru", {"1200", "3.1%"}),
        ("in 2020 200 people", "en", {"2020", "200"}),
        # number words that write one number
        ("One hundred and twenty buildings are warm", "en", {"120"}),
        ("Fourteen thousand people", "en", {"14000"}),  # as "14,000" and "14 thousand" give it
        ("Dix-neuf arbitres sont venus", "fr", {"19"}),
        ("treinta y dos casas", "es", {"32"}),
        ("een 11 procent lager risico", "nl", {"11%"}),
        ("two or three days", "en", {"2", "3"}),
        # the year of a full date is not a figure of its own
        ("deliveries stop from 1 May 2027", "en", {"1"}),
        ("deliveries stop from May 1, 2027", "en", {"1"}),
        ("Lieferungen enden ab 1. Mai 2027", "de", {"1"}),
        ("emissions will fall by 2030", "en", {"2030"}),
        # Portuguese and Italian number words ("um", "uno" are articles too: not counted)
        ("o clube vai contratar dois avançados", "pt", {"2"}),
        ("la squadra comprerà tre attaccanti", "it", {"3"}),
        ("o clube vai contratar um avançado", "pt", set()),
        # the digits of other scripts are the same figures as ASCII ones
        ("۱۲ روز آب داریم", "fa", {"12"}),
        ("৪৮০টি বাড়ি", None, {"480"}),
        ("नदी में १५ नावें", "hi", {"15"}),
        ("نرخ ۳٫۵ بود", "fa", {"3.5"}),  # the Arabic decimal separator
        # the scale words of more languages
        ("de nieuwe sluis kost 640 miljoen euro", "nl", {"640000000"}),
        ("dự án cần 85 triệu đồng", "vi", {"85000000"}),
        ("luka traži 2,4 milijarde eura", "hr", {"2400000000"}),
    ],
)
def test_figures_read_as_their_language_writes_them(text: str, language: str, numbers: set[str]) -> None:
    assert features(text, language).numbers == numbers


def test_normalize() -> None:
    assert normalize("“We are READY,” she said —") == "we are ready she said"


@pytest.mark.parametrize(
    ("text", "specific"),
    [
        ("We will cut 2,100 jobs by 2028", {"2100"}),
        ("a 3% rise in three years", {"3%"}),
        ("six metres on Friday", set()),
        ("turnout of 61.5 percent", {"61.5%"}),
    ],
)
def test_specific_figures_are_not_years_or_small_counts(text: str, specific: set[str]) -> None:
    assert features(text, "en").specific == specific


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "expected"),
    [
        # "no longer", "not going to", "not ... again" negate the verb after them
        (
            "he no longer had confidence in the contractor",
            "en",
            "I do not have confidence in the contractor",
            "en",
            True,
        ),
        (
            "she would not let the dispute derail the bill",
            "en",
            "I am not going to let the dispute derail the bill",
            "en",
            True,
        ),
        ("регулятор не будет снижать ключевую ставку", "ru", "Мы не будем снова снижать ставки в июне", "ru", True),
        ("Wir werden die Zinsen nicht erneut senken", "de", "the bank would not cut rates in June", "en", True),
        # a predicate negated twice is one negation across languages
        (
            "We are not ruling out sabotage. We are not ruling out anything.",
            "en",
            "МЧС не исключает диверсию",
            "ru",
            True,
        ),
        ("Non ho mai preso un centesimo dal fondo", "it", "I never took a penny from the fund", "en", True),
        # the word after an elided article is the one negated
        (
            "Ce port vit de la mer. Il n'a pas l'intention d'arrêter",
            "fr",
            'the town had "no intention of stopping"',
            "en",
            True,
        ),
        ("Il n'a pas l'intention d'arrêter la grève", "fr", "Il a l'intention d'arrêter la grève", "fr", False),
        # after a comma: the verb negated (Spanish, Italian) or a phrase set aside
        ("el plan, aprobado en marzo, no subirá las tarifas", "es", "the plan would raise fares", "en", False),
        ("il piano, approvato a marzo, non aumenterà le tariffe", "it", "the plan will not raise fares", "en", True),
        ("Lavoriamo per la pace, non per una tregua", "it", "We are working for peace", "en", True),
        # Portuguese: "no" is "in the", not the Spanish negator; "não" negates
        ("três casos confirmados no distrito de Norvale", "pt", "three cases confirmed in Norvale", "en", True),
        ("a câmara não vai aumentar as tarifas", "pt", "the council will raise fares", "en", False),
        ("a câmara não vai aumentar as tarifas", "pt", "the council will not raise fares", "en", True),
        ("Vim para ganhar títulos, não pelo salário", "pt", "he came to win titles", "en", True),  # contrast
        # Dutch and Swedish negators; a Dutch "procent" is a percentage
        ("De gemeente zal de tarieven niet verhogen", "nl", "the council will not raise fares", "en", True),
        ("De gemeente zal de tarieven verhogen", "nl", "the council will not raise fares", "en", False),
        ("Kommunen kommer inte att höja taxorna", "sv", "the council will not raise fares", "en", True),
        ("Kommunen kommer att höja taxorna", "sv", "the council will not raise fares", "en", False),
        ("Kommunen kommer inte att höja taxorna", None, "the council will not raise fares", "en", True),
        # "No." answers a question; an irregular verb's forms are one word
        ("No. The board did not know about the loans.", "en", "Совет директоров не знал о кредитах", "ru", True),
        ("No. The board did not know about the loans.", "en", "the board had known about the loans", "en", False),
        ("The board knew about the loans", "en", "the board did not know about the loans", "en", False),
        # a name is not what is negated; a negative pronoun closing its clause negates the verb before it
        ("no Northwind pilot will be replaced", "en", "the letter from Northwind was what we asked for", "en", True),
        ("the company had looked for a buyer but had found none", "en", "the company had found a buyer", "en", False),
        (
            "the company had looked for a buyer but had found none",
            "en",
            "Einen Käufer habe man nicht gefunden",
            "de",
            True,
        ),
        # "пока ... не", "finché non", "dok ... ne": "until", no second negation
        (
            "the terminal will not restart until the inspectorate has signed off",
            "en",
            "терминал не возобновит работу, пока инспекция не даст разрешения",
            "ru",
            True,
        ),
        ("the plant will stay shut until the contract is signed", "en",
         "l'impianto resterà chiuso finché non sarà firmato il contratto", "it", True),
        ("the terminal will restart", "en", "терминал не возобновит работу, пока инспекция не даст разрешения", "ru",
         False),
        (
            "we will halt the line at Brod until the regulator approves the new valve",
            "en",
            "Zaustavit ćemo liniju u Brodu dok regulator ne odobri novi ventil",
            "hr",
            True,
        ),
        ("the line will keep running", "en", "Linija neće raditi dok regulator ne odobri novi ventil", "hr", False),
        ("the mill stays shut until it is paid", "en", "a malom zárva marad, amíg nem fizetnek", "hu", True),
        ("the mill stays shut until it is paid", "en", "Mlin bo zaprt, dokler ne plačajo", "sl", True),
        ("Nobody goes back until they agree", "en", "Walang babalik hangga't hindi sila pumapayag",
         "tl", True),
        # a verb-final clause puts its object between "until" and the negated verb
        ("the strike goes on until the firm makes a real offer", "en",
         "a sztrájk addig tart, amíg a cég valódi ajánlatot nem tesz", "hu", True),
        ("the strike goes on", "en", "a sztrájk nem tart tovább, amíg a cég valódi ajánlatot nem tesz", "hu", False),
        ("the mill stays shut until it is paid", "en", "Mlin ne bo zaprt, dokler ne plačajo", "sl", False),
        # a negation the other wording does not contradict: two clauses of one statement that share no word
        ("the government would not intervene", "en", "a lawful dispute between two responsible parties", "en", True),
        # ... but a wording about the same thing, not negated, is another statement
        ("the company would not intervene", "en", "the company would step in", "en", False),
        # a word in a negator's clause ("not ready to sign") is not affirmed against a later "will not sign"
        (
            "Ondara is not ready to sign the protocol until the quotas are published. We will not sign a blank page.",
            "en",
            "her country was not ready to sign the protocol until the quotas were published",
            "en",
            True,
        ),
        ("We will not sign the protocol", "en", "her country was ready to sign the protocol", "en", False),
        # French writes a negation in a "tant que" clause that English "until" does not
        (
            "ils ne bougeront pas tant que Paris ne nous aura pas entendus",
            "fr",
            "they will not move until Paris has heard us",
            "en",
            True,
        ),
        ("nous ne signerons pas avant qu'ils ne publient les quotas", "fr", "we will not sign", "en", True),
        # "with no loss" denies a thing, as "sans perte" does; no predicate is negated
        ('nurses would be reassigned "with no loss of pay', "en", "réaffectées « sans perte de salaire »", "fr", True),
        ("nurses would not lose pay", "en", "les infirmières garderont leur salaire", "fr", False),
        # a shorter translation of the part of a long wording that negates something: its other
        # negated predicate is not in the fragment
        (
            "This review is not a vote of no confidence. But we will not let the board hide what it knew.",
            "en",
            "la revisión «no es una moción de censura»",
            "es",
            True,
        ),
        ("the panel was not a court and would not rule on anyone's pay", "en", "o painel «não é um tribunal»", "pt",
         True),
        # ... but a wording that negates nothing is still no translation of one that does
        ("the panel was not a court and it would rule on pay", "en", "o painel é um tribunal", "pt", False),
        # ... nor one as long as the other, which would carry both negations
        ("We will not sell the club and we will not move it", "en", "No venderemos el club y lo trasladaremos", "es",
         False),
        # "No." before a figure is the sign for "number", no negator
        ("the No. 4 kiln had been relined in May", "en", "the kiln had been relined in May", "en", True),
        ("Gate No. 12 will not reopen this week", "en", "the gate will reopen this week", "en", False),
    ],
)
def test_negations_are_read_where_news_writes_them(
    a: str, lang_a: str | None, b: str, lang_b: str, expected: bool
) -> None:
    assert compatible(features(a, lang_a), features(b, lang_b))[0] is expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("I expect a decision on the application by the end of October", "I expect a decision before Christmas", False),
        ("the plant will reopen before October", "das Werk werde bis Oktober wieder öffnen", True),
        ("the report will be out by 3 May", "le rapport sera publié avant le 3 mai", True),
        ("the talks must end before Easter", "the talks must end before Christmas", False),
        # a month the writer dates something by is no deadline
        ("the council would raise charges, going back on a promise she made in October", "Charges will rise in April",
         True),
    ],
)  # fmt: skip
def test_a_deadline_s_month_or_feast_is_a_figure(a: str, b: str, same: bool) -> None:
    assert compatible(features(a, "en"), features(b))[0] == same


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("The anemometer on the pier recorded gusts of 48 knots at 19.40.", {"48"}),  # a time of day
        ("the ferry left at 7.40pm with 212 passengers", {"212"}),
        ("the policy rate stands at 4.25", {"4.25"}),  # at 4.25: a rate, not a time
        ("shares closed at 19.40%", {"19.40%"}),
    ],
)
def test_a_time_of_day_is_no_figure(text: str, numbers: set[str]) -> None:
    assert set(features(text).numbers) == numbers


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "same"),
    [
        # an amount with its scale is one figure however it is written
        ("her $4.2 billion port bill", "en", "su proyecto, dotado con 4.200 millones de dólares", "es", True),
        (
            "the state would put €12m into a fund",
            "en",
            "the government would make 12 million euros available",
            "en",
            True,
        ),
        ("das Land sei bereit, bis zu 60 Millionen Euro bereitzustellen", "de", "up to €60m", "en", True),
        ("the state would put €12m into a fund", "en", "the state would put €15m into a fund", "en", False),
        ("a 12m sea wall", "en", "a sea wall of 12 metres", "en", True),  # no currency sign: metres
    ],
)
def test_an_amount_and_its_scale(a: str, lang_a: str, b: str, lang_b: str, same: bool) -> None:
    assert compatible(features(a, lang_a), features(b, lang_b))[0] is same


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "expected"),
    [
        # negative concord: two negators of one clause are one negation
        ("Nous ne prenons aucun engagement sur les tarifs", "fr", "We are not making any promise on fares", "en", True),
        ("Nous prenons un engagement sur les tarifs", "fr", "We are not making any promise on fares", "en", False),
        ("No tenemos ninguna intención de cerrar la fábrica", "es", "We have no plan to close the mill", "en", True),
        ("Мы не видим никаких причин менять план", "ru", "We see no reason to change the plan", "en", True),
        ("Personne ne sera licencié cette année", "fr", "Nobody will be laid off this year", "en", True),
        # a comma ends the clause: two negations, as in English
        ("Rien n'est décidé, nous ne fermerons pas l'usine", "fr", "Nothing is set, we will not close it", "en", True),
        ("Rien n'est décidé, nous fermerons l'usine", "fr", "Nothing is set, we will not close it", "en", False),
        # German has no concord: "nicht ... kein" are still read one by one
        ("Wir haben keine Pläne", "de", "We have no plans", "en", True),
    ],
)
def test_negators_that_agree_in_one_clause_are_one_negation(
    a: str, lang_a: str, b: str, lang_b: str, expected: bool
) -> None:
    assert compatible(features(a, lang_a), features(b, lang_b))[0] is expected


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        ("I told the governor's office on 3 May", "I told the Office of Water Standards on 3 May", True),
        ("We wrote to the council's board", "We wrote to the board of Pellham Harbour", True),
        # the owner named both ways: one body
        ("I told the minister's office on 3 May", "I told the Office of the Minister on 3 May", False),
        ("We wrote to Pellham's board", "We wrote to the board of Pellham", False),
        # no name after "of"
        ("I told the governor's office", "I told the office of the governor", False),
    ],
)
def test_a_body_of_another_owner(a: str, b: str, swapped: bool) -> None:
    assert _owner_swapped(features(a), features(b)) is swapped
    if swapped:
        assert compatible(features(b), features(a)) == (False, "entities")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # the same name, in other tenses; a report that opens with no name; a name the other holds
        ("Lisbon had lost its soul", "Lisbon has lost its soul tonight.", True),
        ("prices would rise next year", "Prices will rise next year", True),
        ("Porto had lost its soul, like Lisbon", "Lisbon has lost its soul", True),
        # another subject, but no predicate of two content words in common
        ("Harwick is ready", "Quillby is ready", True),
        # one name of several words, in both
        ("Town Hall has never paid a single invoice", "Town Hall had never paid a single invoice", True),
    ],
)
def test_a_name_that_opens_the_wording(a: str, b: str, same: bool) -> None:
    assert compatible(features(a), features(b))[0] is same


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "expected"),
    [
        # Czech writes "ne" on the verb, and its negators agree within a clause
        ("Letos nebude vyplacena žádná prémie", "cs", "No bonus will be paid this year", "en", True),
        ("Prémie letos vyplacena bude", "cs", "No bonus will be paid this year", "en", False),
        ("Nejvyšší soud rozhodl o odvolání", "cs", "The Supreme Court ruled on the appeal", "en", True),
        ("Firma nezavře továrnu", "cs", "The firm will close the plant", "en", False),
        # Turkish writes the negation as a suffix of the verb
        ("Fabrika kapanmayacak", "tr", "The factory will not close", "en", True),
        ("Fabrika kapanacak", "tr", "The factory will not close", "en", False),
        ("Bu bir çözüm değil", "tr", "This is no solution", "en", True),
        # Indonesian negators are words of their own
        ("Pabrik tidak akan ditutup", "id", "The factory will not close", "en", True),
        ("Pabrik akan ditutup", "id", "The factory will not close", "en", False),
        ("Musim hujan belum berakhir", "id", "The rainy season has not ended yet", "en", True),
        # a capitalised word is a name or a country, never a negated verb ("Nemecko", Germany;
        # the Azerbaijani name "Teymur")
        ("Nemecko podpíše dohodu o plyne budúci týždeň", "sk", "Germany will sign the gas deal next week", "en", True),
        ("Teymur Əliyev bu həftə müqaviləni imzalayacaq", "az", "Teymur Aliyev will sign the contract", "en", True),
    ],
)
def test_negations_written_on_the_verb_or_in_other_languages(
    a: str, lang_a: str, b: str, lang_b: str, expected: bool
) -> None:
    assert compatible(features(a, lang_a), features(b, lang_b))[0] is expected


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [("12.000 keluarga telah dievakuasi", "id", "12000"), ("Ayda 4,5 milyon ton taşınacak", "tr", "4500000")],
)
def test_figures_as_indonesian_and_turkish_write_them(text: str, language: str, figure: str) -> None:
    assert figure in features(text, language).numbers


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "same"),
    [
        ("zakład działa od dwudziestu lat", "pl", "the plant has run for twenty years", "en", True),
        ("zakład działa od sześciu lat", "pl", "the plant has run for twenty years", "en", False),
        ("firma propustí dvě stě lidí", "cs", "the firm will lay off 200 people", "en", True),
        ("ayda 4 milyon ton taşınacak", "tr", "4 million tonnes a month will be carried", "en", True),
        ("ayda 3 milyon ton taşınacak", "tr", "4 million tonnes a month will be carried", "en", False),
        ("pabrik itu mempekerjakan 40 ribu orang", "id", "the plant employs 40,000 people", "en", True),
        ("varvet ska anställa tjugo svetsare", "sv", "the yard will hire twenty welders", "en", True),
        ("la fàbrica contractarà divuit soldadors", "ca", "the plant will hire eighteen welders", "en", True),
        ("tvornica zapošljava 340 radnika", "hr", "the plant employs 340 workers", "en", True),
        ("opoziv obuhvaća oko 12.500 uređaja", "hr", "the recall covers about 12,500 devices", "en", True),
        ("devet mjeseci i 14 pritužbi", "hr", "nine months and 14 complaints", "en", True),
        ("devet mjeseci i 14 pritužbi", "hr", "eight months and 14 complaints", "en", False),
    ],
)
def test_number_words_of_the_languages_added_as_data(a: str, lang_a: str, b: str, lang_b: str, same: bool) -> None:
    assert compatible(features(a, lang_a), features(b, lang_b))[0] is same


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        # the same undertaking of two places or parties, each named as the subject
        ("the Brynmor pump station would be replaced by 2031", "The Felindre station will be replaced by 2031", True),
        ("Customs should inspect the cargo", "The Navy should inspect this cargo first", True),
        ("the Harlan depot could close next spring", "The Wexley depot could close next spring too", True),
        # one party under two names: the other wording holds it, or an acronym of it
        ("the Brynmor station would be replaced by 2031", "The Brynmor pump station will be replaced by 2031", False),
        ("NPA should inspect the cargo", "The National Ports Authority should inspect the cargo", False),
        ("Customs should inspect the cargo", "The Navy should help Customs inspect the cargo", False),
        # no predicate in common, or no named subject before the modal
        ("Customs should inspect the cargo", "The Navy should stay out of it", False),
        ("We will replace the station by 2031", "The Felindre station will be replaced by 2031", False),
        ("the station in Brynmor would be replaced", "the station in Felindre would be replaced", False),
    ],
)
def test_an_undertaking_said_of_another_subject(a: str, b: str, swapped: bool) -> None:
    assert _subject_swapped(features(a), features(b)) is swapped
    assert _subject_swapped(features(b), features(a)) is swapped
    if swapped:
        assert compatible(features(a), features(b)) == (False, "entities")


@pytest.mark.parametrize(
    ("a", "lang", "b", "same"),
    [
        # "i no", "i ne" before a figure correct it in passing (Catalan, Croatian): no negation
        ("la vaga durarà dotze dies i no els divuit", "ca", "the strike will last 12 days rather than 18", True),
        ("štrajk će trajati dvanaest dana i ne osamnaest", "hr", "the strike will last 12 days rather than 18", True),
        # the figure set aside is not the one given
        ("la vaga durarà dotze dies i no els divuit", "ca", "the strike will last eighteen days", False),
    ],
)
def test_a_figure_corrected_after_and_not(a: str, lang: str, b: str, same: bool) -> None:
    assert compatible(features(a, lang), features(b, "en"))[0] is same


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        # the same figure said of two named places or parties, an aside after one of the names
        (
            "The Harlan reservoir lost 9 percent of its volume",
            "The Wexley basin, further south, had lost 9 percent of its volume too",
            True,
        ),
        (
            "Dunmere Rovers were fined $15,000 for crowd trouble",
            "Castlebay United were fined $15,000 for crowd trouble too",
            True,
        ),
        (
            "the Harlan reservoir lost 9 percent of its volume",
            "Harlan's reservoir had lost 9 percent of its volume",
            False,
        ),
        # one party under two names: the other wording holds it, or an acronym of it
        (
            "The Harlan reservoir lost 9 percent of its volume",
            "The Harlan basin reservoir has lost 9 percent of it",
            False,
        ),
        ("HWA lost 9 percent of its customers", "The Harlan Water Authority lost 9 percent of its customers", False),
        # no specific figure in what both say: two names may be one party's
        (
            "The Riverdale mill has lost money in each of the last six years",
            "the Quay Road mill has lost money in each of the last six years",
            False,
        ),
        # no name to open with, or nothing said of both
        ("We lost 9 percent of our volume", "The Wexley basin had lost 9 percent of its volume", False),
        ("The Harlan reservoir lost 9 percent of its volume", "The Wexley basin gained 9 percent after rain", False),
    ],
)
def test_a_figure_said_of_another_name(a: str, b: str, swapped: bool) -> None:
    assert _predicate_of_another_name(features(a), features(b)) is swapped
    assert _predicate_of_another_name(features(b), features(a)) is swapped
    if swapped:
        assert compatible(features(a), features(b)) == (False, "entities")


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # a count of none negates the thing counted, as "no" does
        ("Not one tenant will be evicted as a result of this sale", ("tenan",)),
        ("not a single pension would be lost", ("pensi",)),
        ("no tenants would be evicted", ("tenan",)),
        # what a characterising verb calls it
        ('a delay she called "not acceptable for a city like this"', ("accep",)),
        ("he described the timetable as not realistic", ("reali",)),
        # no count, no predicate: a contrast
        ("in the context of not a ceasefire", ()),
        ("Fuel is a separate question, and not one for today", ()),
        ("Not one more household will lose its supply", ("house",)),
        ("With respect, not a single crown of this fund goes to Ostrava", ("crown",)),
        # other languages count none their own way
        ("Ni un solo muelle será vendido", ("muell",)),
        ("a pause, not a ceasefire", ()),
        # an auxiliary contracted onto its subject is an auxiliary
        ("We're not going to close the pool this month", ("close",)),
        ("they’ve not paid the grant", ("pay",)),
    ],
)
def test_what_a_negator_without_an_auxiliary_negates(text: str, negated: tuple[str, ...]) -> None:
    assert features(text, "es" if text.startswith("Ni ") else "en").negations == negated


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # an adverb after the negator takes no place among the words the negated one is sought in
        ("she does not yet have the 40 signatures she claimed", ("signa",)),
        ("he does not have the 40 signatures", ("signa",)),
        ("we have not even seen the 3 reports", ("see",)),
        ("the council has not really begun the 2 audits", ("begin",)),
        ("the pier is no longer open to 12 boats a day", ("open",)),
        # a phrasal verb's short verb is the negated word, not the noun after its particle
        ("fares would not go up this year", ("go",)),
        ("prices will not go down in the spring", ("go",)),
        # a figure written out is no more the negated word than its digits are
        ("We do not have the forty signatures yet", ("signa",)),
        ("It is not the only one on that list", ("one",)),  # "one" is also a pronoun
    ],
)
def test_an_adverb_after_a_negator_leaves_its_reach_to_the_words_after_it(text: str, negated: tuple[str, ...]) -> None:
    assert features(text, "en").negations == negated


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("We have the 40 signatures. I checked them myself", "she does not yet have the 40 signatures", False),
        ("she had the 40 signatures", "she does not yet have the 40 signatures she had claimed", False),
        ("We do not yet have the 40 signatures", "she does not yet have the 40 signatures", True),
        ("We do not have the forty signatures yet. I was too hasty", "she does not yet have the 40 signatures", True),
        (
            "fares for pensioners would not rise during the current year",
            "fares for pensioners would not go up this year",
            True,
        ),
        ("fares for pensioners would go up this year", "fares for pensioners would not go up this year", False),
    ],
)
def test_a_claim_and_its_retraction_not_yet_made_good_are_two_statements(a: str, b: str, same: bool) -> None:
    assert compatible(features(a, "en"), features(b, "en"))[0] is same


@pytest.mark.parametrize(
    ("a", "b", "lang_b", "same"),
    [
        ("no tenants would be evicted", "Not one tenant at Harrow Court will be evicted", "en", True),
        ('the delay was "not acceptable for a city"', "That is not acceptable for a city like this.", "en", True),
        ("Not one tenant will be evicted", "Tenants will be evicted", "en", False),
        # across languages the parity of the negations: a count of none is one in each
        ("Not a single pier of Ostrava will be sold", "Ni un solo muelle de Ostrava será vendido", "es", True),
        ("Not a single pier of Ostrava will be sold", "Nem um só cais de Ostrava será vendido", "pt", True),
    ],
)
def test_a_count_of_none_and_a_characterisation_agree_with_their_negations(
    a: str, b: str, lang_b: str, same: bool
) -> None:
    assert compatible(features(a, "en"), features(b, lang_b))[0] is same


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "expected"),
    [
        ("Værftet vil ikke lukke", "da", "The yard will not close", "en", True),
        ("Værftet vil lukke", "da", "The yard will not close", "en", False),
        ("Verftet skal aldri stenge", "nb", "The yard will never close", "en", True),
        ("Fabrica nu va fi închisă", "ro", "The factory will not be closed", "en", True),
        ("Fabrica va fi închisă", "ro", "The factory will not be closed", "en", False),
        ("A gyárat nem zárják be", "hu", "The factory will not be closed", "en", True),
        ("A gyárat bezárják", "hu", "The factory will not be closed", "en", False),
        ("Το εργοστάσιο δεν θα κλείσει", "el", "The factory will not close", "en", True),
        ("Το εργοστάσιο θα κλείσει", "el", "The factory will not close", "en", False),
        # Japanese negates with a suffix on the verb; "少ない" (few) is no negation
        ("船は港を出ていない", "ja", "The ship has not left the port", "en", True),
        ("船は港を出た", "ja", "The ship has not left the port", "en", False),
        ("乗客は少ない", "ja", "There are few passengers", "en", True),
        # Catalan and Croatian
        ("La fàbrica no tancarà", "ca", "The factory will not close", "en", True),
        ("La fàbrica tancarà", "ca", "The factory will not close", "en", False),
        ("Tvornica neće zatvoriti pogon", "hr", "The factory will not close the plant", "en", True),
        ("Tvornica će zatvoriti pogon", "hr", "The factory will not close the plant", "en", False),
    ],
)
def test_negations_of_danish_norwegian_romanian_hungarian_greek(
    a: str, lang_a: str, b: str, lang_b: str, expected: bool
) -> None:
    assert compatible(features(a, lang_a), features(b, lang_b))[0] is expected


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        ("værftet ansætter tyve svejsere", "da", {"20"}),
        ("selskapet får 3 milliarder kroner", "nb", {"3000000000"}),
        ("costul a crescut cu 12 la sută", "ro", {"12%"}),  # "la sută" is a percentage, not a hundred
        ("compania investește 30 de milioane de euro", "ro", {"30000000"}),
        ("a cég 16 millió forintot fizet", "hu", {"16000000"}),
        ("az ár 7 százalékkal nőtt", "hu", {"7%"}),
        ("η εταιρεία θα επενδύσει 250 εκατ. ευρώ", "el", {"250000000"}),
        ("οι τιμές αυξήθηκαν 5 τοις εκατό", "el", {"5%"}),
        ("τρεις νέοι γερανοί", "el", {"3"}),  # a Greek word ending in a final sigma
    ],
)
def test_figures_of_danish_norwegian_romanian_hungarian_greek(text: str, language: str, figures: set[str]) -> None:
    assert features(text, language).numbers == figures


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "expected"),
    [
        ("Emme palaa töihin huomenna", "fi", "We will not return to work tomorrow", "en", True),
        ("Palaamme töihin huomenna", "fi", "We will not return to work tomorrow", "en", False),
        ("لن نغلق المصنع", "ar", "We will not close the factory", "en", True),
        ("سنغلق المصنع", "ar", "We will not close the factory", "en", False),
        ("कारखाना बंद नहीं होगा", "hi", "The factory will not close", "en", True),
        ("कारखाना बंद होगा", "hi", "The factory will not close", "en", False),
        ("工厂不会关闭", "zh", "The factory will not close", "en", True),
        ("工厂将会关闭", "zh", "The factory will not close", "en", False),
        # words that open with a negator's character and negate nothing; "而不是" contrasts
        ("未来工厂将会扩建", "zh", "The factory will grow in the future", "en", True),
        ("我们选择修路，而不是等待", "zh", "We chose to build roads, not to wait", "en", True),
        ("لن نغلق المصنع. ليس هذا العام", "ar", "We will not close the factory. Not this year", "en", True),
        # Persian: the negating prefix on a participle before its auxiliary, or "نمی" before a verb
        ("هیچ‌کس آسیب ندیده است", "fa", "No one was hurt", "en", True),
        ("یکی از کارکنان آسیب دیده است", "fa", "No one was hurt", "en", False),
        ("ما کارخانه را نمی‌بندیم", "fa", "We will not close the factory", "en", True),
    ],
)
def test_negations_of_finnish_arabic_hindi_chinese(a: str, lang_a: str, b: str, lang_b: str, expected: bool) -> None:
    assert compatible(features(a, lang_a), features(b, lang_b))[0] is expected


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        ("satamassa on 140 työpaikkaa", "fi", {"140"}),
        ("عبر 25 ألف شخص الحدود", "ar", {"25000"}),
        ("3,40,000 लोग बेघर हुए", "hi", {"340000"}),  # lakhs grouped as Indian copy writes them
        ("संस्था ने 2.5 करोड़ डॉलर मांगे", "hi", {"25000000"}),
        ("将建设4500套住房", "zh", {"4500"}),  # digits between characters
        ("约有3万人撤离", "zh", {"30000"}),
        ("fonds saņems 12 miljardi eiro", "lv", {"12000000000"}),
        ("bendrovė sumokės 12 tūkst. eurų", "lt", {"12000"}),  # an abbreviated scale
        ("지원금은 250억 원이다", "ko", {"25000000000"}),  # a scale written with its digits
    ],
)
def test_figures_of_finnish_arabic_hindi_chinese(text: str, language: str, figures: set[str]) -> None:
    assert features(text, language).numbers == figures


def test_chinese_is_read_character_by_character() -> None:
    assert tokens("工厂不会关闭") == ["工", "厂", "不", "会", "关", "闭"]


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "expected"),
    [
        # Serbian in Cyrillic writes the negated auxiliary as one word ("неће")
        ("Мост неће бити затворен", "sr", "The bridge will not be closed", "en", True),
        ("Мост ће бити затворен", "sr", "The bridge will not be closed", "en", False),
        # Swahili negates on the verb's prefix ("hatutafunga": we will not close); "hatari" is a noun
        ("Hatutafunga kiwanda hiki", "sw", "We will not close this factory", "en", True),
        ("Tutafunga kiwanda hiki", "sw", "We will not close this factory", "en", False),
        ("Kuna hatari ya mafuriko", "sw", "There is a risk of floods", "en", True),
        # Vietnamese "không", "chưa"
        ("Chúng tôi sẽ không đóng cửa nhà máy", "vi", "We will not close the factory", "en", True),
        ("Chúng tôi sẽ đóng cửa nhà máy", "vi", "We will not close the factory", "en", False),
    ],
)
def test_negations_of_serbian_swahili_vietnamese(a: str, lang_a: str, b: str, lang_b: str, expected: bool) -> None:
    assert compatible(features(a, lang_a), features(b, lang_b))[0] is expected


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "expected"),
    [
        # Azerbaijani: "deyil" and its endings, and the verb's suffix "-ma/-mə"
        ("Bu yanğın təxribat deyildi", "az", "This fire was not sabotage", "en", True),
        ("Bu yanğın təxribat idi", "az", "This fire was not sabotage", "en", False),
        ("Biz zavodu bağlamayacağıq", "az", "We will not close the plant", "en", True),
        ("Biz zavodu bağlayacağıq", "az", "We will not close the plant", "en", False),
        ("Vergiləri artırmayacağıq", "az", "We will not raise taxes", "en", True),
        ("Bu barədə heç nə deməyəcəyik", "az", "We will say nothing about it", "en", True),
        ("Nazirlik körpünün təmirinə 5 milyon manat ayırdı", "az", "The ministry gave 5 million manat", "en", True),
        # "heç" goes with the negated verb: one negation, far from it as it stands
        ("Heç bir işçi bu qış maaşsız qalmamalıdır", "az", "No worker should go unpaid this winter", "en", True),
        # Albanian "nuk", Slovenian "nima", Tagalog "wala" and "hindi", Icelandic "ekki"
        ("Ministria nuk do ta mbyllë portin", "sq", "The ministry will not close the port", "en", True),
        ("Ministria do ta mbyllë portin", "sq", "The ministry will not close the port", "en", False),
        ("Zbornica nima dovolj denarja", "sl", "The chamber does not have enough money", "en", True),
        ("Zbornica ima dovolj denarja", "sl", "The chamber does not have enough money", "en", False),
        ("Hindi namin isasara ang pabrika", "tl", "We will not close the factory", "en", True),
        ("Wala kaming natanggap na abiso", "tl", "We received no notice", "en", True),
        ("Við munum ekki loka verksmiðjunni", "is", "We will not close the factory", "en", True),
        ("Við munum loka verksmiðjunni", "is", "We will not close the factory", "en", False),
        # Slovak writes "ne" on the verb as Czech does; "nedeľa" (Sunday) is no negated verb
        ("Vláda nebude zvyšovať dane", "sk", "The government will not raise taxes", "en", True),
        ("Vláda v nedeľu zvýši dane", "sk", "The government will raise taxes on Sunday", "en", True),
        ("Vláda v nedeľu zvýši dane", "sk", "The government will not raise taxes on Sunday", "en", False),
    ],
)
def test_negations_of_azerbaijani_albanian_slovenian_tagalog_icelandic_slovak(
    a: str, lang_a: str, b: str, lang_b: str, expected: bool
) -> None:
    assert compatible(features(a, lang_a), features(b, lang_b))[0] is expected


@pytest.mark.parametrize(
    ("text", "language", "figures"),
    [
        # thousands grouped with a point, a percent written as a word
        ("на скупу учествује 2.310 делегата", "sr", {"2310"}),
        ("незапосленост је пала на 7 одсто", "sr", {"7%"}),
        ("Có 1.250 công nhân, tức 8 phần trăm", "vi", {"1250", "8%"}),
        ("wafanyakazi tano walijeruhiwa", "sw", {"5"}),
        # Vietnamese tens are a unit and "mươi"; a number word after "thứ" is a weekday or an
        # ordinal; a figure after "so với" (compared with) is the baseline
        ("Hai mươi ba công nhân bị thương, sáu người nhập viện", "vi", {"23", "6"}),
        ("ba trăm hai mươi lăm hộ gia đình", "vi", {"325"}),
        ("cuộc họp hôm thứ Ba với mười hai đại biểu", "vi", {"12"}),
        ("31 ca nhiễm, tăng so với con số 19 hôm qua", "vi", {"31"}),
        # Malay and Indonesian tens and teens: "dua puluh tiga" (23), "tiga belas" (13)
        ("dua puluh tiga pekerja cedera", "id", {"23"}),
        ("tiga belas ribu rumah", "id", {"13000"}),
    ],
)
def test_figures_of_serbian_swahili_vietnamese(text: str, language: str, figures: set[str]) -> None:
    assert features(text, language).numbers == figures


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # an elliptical negation after a negated predicate echoes it: no claim of its own
        ("the council did not expect to close the depot that week, and it did not", "We do not expect to close the "
         "depot this week. But the budget is tight, and every saving helps us keep it open.", True),
        # still a negation where it is the only one
        ("the council will sell the depot, and it will not", "the council will sell the depot", True),
        ("the council will not sell the depot, and it will not", "the council will sell the depot", False),
        # a negative pronoun that is a sentence of its own echoes the sentence before it
        (
            "There is no danger to drivers on the coast road. None",
            'the bridge posed "no danger to drivers on the coast road" and would reopen at noon',
            True,
        ),
        ("Nobody at the depot has warned the drivers. Nobody.", "nobody at the depot had warned drivers", True),
        ("I did not sign the lease. Nothing. The lawyers did.", "she had not signed the lease", True),
    ],
)
def test_an_elliptical_negation_echoes_the_one_before_it(a: str, b: str, same: bool) -> None:
    assert compatible(features(a, "en"), features(b, "en"))[0] is same


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("the bid had gone to the ministry rather than the local care board", ["the", "local", "care"]),
        ("farmers in the Mossgate Basin, not the Wyle Valley, would lose water", ["the", "wyle", "valley"]),
        ("18 countries by Christmas, not 30", ["30"]),
        ("there was no plan, no money and no time", []),  # a list of "no"s sets nothing aside
        ("the plant will not close", []),
    ],
)
def test_what_a_wording_sets_aside(text: str, aside: list[str]) -> None:
    assert set_aside(text) == aside


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("the northern line will run again from Friday", "the southern line will run again from Friday, after repairs",
         False),
        ("roads in the east of the county stay shut", "the western roads of the county stay shut", False),
        ("the northern line will run again from Friday", "the line in the north will run again", True),
        ("the northern line will run again from Friday", "the line will run again from Friday", True),
        # a point between two, written as one word or two: one place
        ("The storm will hit the north-east hardest", "The storm will hit the northeast hardest", True),
    ],
)  # fmt: skip
def test_two_points_of_the_compass_are_two_places(a: str, b: str, same: bool) -> None:
    assert compatible(features(a, "en"), features(b, "en"))[0] is same


@pytest.mark.parametrize(
    ("other", "language", "same"),
    [
        # a separator before three digits is a thousands separator in a language told as one
        # that writes a decimal comma: both readings are the figure's
        ("sekitar 12,000 keluarga kehilangan rumah mereka", "id", True),
        ("sekitar 13,000 keluarga kehilangan rumah mereka", "id", False),
        ("sekitar 12,5 keluarga", "id", False),  # a decimal: no grouping to read otherwise
    ],
)
def test_figures_across_languages_in_either_reading_of_a_separator(other: str, language: str, same: bool) -> None:
    english = features("around 12,000 families lost their homes", "en")
    assert compatible(english, features(other, language))[0] is same


@pytest.mark.parametrize(
    ("text", "opener"),
    [
        ("And Corn Exchange has never sent a bill", "corn"),
        ("But Ilse said no", "ilse"),
        # a lower-case word after the coordinator: no name hidden, nothing left out
        ("And we will not pay", None),
        ("Andover will not pay", "andover"),
    ],
)
def test_an_opening_coordinator_does_not_hide_the_opening_name(text: str, opener: str | None) -> None:
    assert features(text).opener == opener


@pytest.mark.parametrize(
    ("text", "specific"),
    [
        ("Seventeen pumps are back in service at the Brisk depot", {"17"}),
        ("17 pumps were back in service", {"17"}),
        ("Thirty crews worked through the night", {"30"}),
        ("a dozen crews worked through the night", set()),
        ("hundreds of crews, a hundred of them volunteers", set()),
        ("Nine crews worked through the night", set()),
    ],
)
def test_a_number_word_above_ten_is_a_specific_figure(text: str, specific: set[str]) -> None:
    assert features(text, "en").specific == frozenset(specific)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Thirty-seven walkers were rescued from the ridge", "en", "37 walkers were rescued from the ridge"),
        ("One hundred and fifteen flats are dry tonight", "en", "115 flats are dry tonight"),
        ("Sixty, she said. Sixty!", "en", "60, she said. 60!"),
        ("two boats and a dozen volunteers", "en", "two boats and a dozen volunteers"),  # counts that identify nothing
        ("hundreds of calls, about thirty of them urgent", "en", "hundreds of calls, about 30 of them urgent"),
        ("Zweiundzwanzig", "de", "Zweiundzwanzig"),  # not a word the tables know: left as written
        ("nothing to count here", "en", "nothing to count here"),
        # two figures side by side or joined by "and" are two numbers, never their sum
        ("between sixty and seventy ponies", "en", "between 60 and 70 ponies"),
        ("the thirteen fourteen-year-olds", "en", "the thirteen fourteen-year-olds"),
        ("since nineteen eighty-four", "en", "since nineteen eighty-four"),
        ("vingt et un bateaux", "fr", "21 bateaux"),
    ],
)
def test_figures_in_digits(text: str, lang: str, expected: str) -> None:
    assert figures_in_digits(text, lang) == expected


@pytest.mark.parametrize(
    ("unread", "english"),
    [
        # Lingala and Kyrgyz, neither of them a language onrecord has data for: "nobody told us anything"
        ("Moto moko te ayebisaki biso eloko na mokolo ya mibale", "Nobody told us anything on Tuesday."),
        ("Эч ким бизге эч нерсе айткан жок, деди ал", "Nobody has told us anything."),
    ],
)
def test_a_language_without_data_reads_no_negation(unread: str, english: str) -> None:
    read = features(unread, UNREAD)
    assert read.language == UNREAD and not read.negations
    assert compatible(read, features(english, "en")) == (True, "")


def test_a_known_language_keeps_its_negation_parity() -> None:
    negated, affirmed = features("Никто нам ничего не сказал", "ru"), features("Somebody told us.", "en")
    assert compatible(negated, affirmed)[1] == "negation"


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        # the same predicate said of two named parties, wherever it stands in the longer wording
        ('the FRB "has questions to answer.', "The Harbour Commission has questions to answer. It meets soon.", True),
        (
            'Dunmore Estates "has never cleared the storm drains" on Drumlow Lane',
            "No. The Rowan Trust has never cleared the storm drains on its side of the road, not once.",
            True,
        ),
        ("Velta Rail had ignored the drivers' warnings", "Ostby Freight ignored the drivers' warnings again", True),
        # one party: the other wording holds its name, or its initials
        ('the HCA "has questions to answer', "the Harbour Control Agency has questions to answer", False),
        ("Dunmore Estates has never cleared the drains", "Dunmore has never cleared the drains", False),
        # a subject that is no name may be the same party, and a pronoun is whoever it stands for
        ("the landowner has never cleared the drains", "Dunmore Estates has never cleared the drains", False),
        ("They have questions to answer", "The Harbour Commission has questions to answer", False),
        # too little said of both
        ("Velta Rail has left", "Ostby Freight has left", False),
        # names before a noun both hold: one thing under two of its names, as often as two things
        (
            "The Ashby depot has run short of spare parts in each of the past four winters",
            'the Kettle Row depot "has run short of spare parts in each of the past four winters',
            False,
        ),
    ],
)
def test_a_predicate_said_of_two_names(a: str, b: str, swapped: bool) -> None:
    assert _predicate_of_two_names(features(a), features(b)) is swapped
    assert _predicate_of_two_names(features(b), features(a)) is swapped
    if swapped:
        assert compatible(features(a), features(b)) == (False, "entities")


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # a negative pronoun alone in its sentence negates no word of the sentence before it
        ("There is no charge for the ferry. None.", ("charg", "")),
        ("Have the drivers had an answer? None.", ("",)),
        # one that closes its clause negates the verb before it
        ("The divers searched the wreck and found none.", ("find",)),
    ],
)
def test_a_negative_pronoun_alone_echoes_the_sentence_before(text: str, negated: tuple[str, ...]) -> None:
    assert features(text, "en").negations == negated


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a scale word no list holds, by the shape of the Latin word
        ("varo sedra 2,4 milliúnir kruna", {"2400000"}),
        ("varo sedra 3 miliyoni kruna", {"3000000"}),
        ("varo sedra 6 milyari kruna", {"6000000000"}),
        # the scale words of languages with no entry that have not that shape
        ("varo sedra 9 yuta kruna", {"9000000"}),
        ("varo sedra 4 tapitrisa kruna", {"4000000"}),
        ("varo sedra 15 ewu kruna", {"15000"}),
        # words that only begin like one
        ("varo sedra 5 milongas kruna", {"5"}),
        ("varo sedra 12 miles kruna", {"12"}),
    ],
)
def test_a_scale_word_by_its_shape(text: str, numbers: set[str]) -> None:
    assert features(text, UNREAD).numbers == numbers


def test_scale_by_shape_reads_only_the_word_right_after() -> None:
    assert scale_by_shape(" milliúnir kruna") == 1000000
    assert scale_by_shape(" kruna milliúnir") is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a negator's reach ends where an open question begins: not knowing whether is no denial
        (
            "the water board had closed the main and could not yet say whether it caused the subsidence",
            "Our main did not cause this subsidence. The break is beside the hole, not under it",
            False,
        ),
        ("the port would not say if the crane had collapsed", "The crane has not collapsed", False),
        # within its reach the words are still neither negated nor affirmed
        ("the union was not ready to sign the offer", "We will not sign this offer", True),
    ],
)
def test_an_open_question_ends_a_negators_reach(a: str, b: str, same: bool) -> None:
    assert compatible(features(a, "en"), features(b, "en"))[0] is same


@pytest.mark.parametrize(
    ("quote", "report", "same"),
    [
        # the report renders the clause that negates, and affirms the word it governs
        (
            "No ferryman will pay for a radio. The harbour trust will cover every set before May",
            "small ferries would pay for their own radios",
            False,
        ),
        # it renders an un-negated clause best
        (
            "We will not close the depot. We will sell the depot to the council",
            "it would sell the depot to the council",
            True,
        ),
        # the negated predicate in other words
        (
            "The levy will not apply to crates already on the quay. Let nobody doubt it",
            "crates already on the quay would be spared",
            True,
        ),
        # the negated clause in other words, no word of its reach affirmed
        (
            "Let me say this to our listeners: the choir's accounts are sound and this tour is not at risk",
            "the choir's accounts were sound, so the tour would go on",
            True,
        ),
    ],
)
def test_a_shorter_report_of_a_negated_clause(quote: str, report: str, same: bool) -> None:
    assert compatible(features(quote, "en"), features(report, "en"))[0] is same


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # an adverb between the auxiliary and its "not" keeps the negation
        ("the ferry ramps were still not open to cyclists", ("open",)),
        ("the hatchery pumps are simply not working", ("worki",)),
        ("the orchard levy is really not fair to growers", ("fair",)),
        ("the parish board has yet not decided on the hall", ("decid",)),
        ("the quarry roads are clearly not ready for buses", ("ready",)),
        ("the reservoir is no longer open to anglers", ("open",)),
        ("the reservoir is still no longer open to anglers", ("open",)),
        # no auxiliary before the adverbs: no negated predicate
        ("a truce, yet not a settlement", ()),
    ],
)
def test_an_adverb_between_an_auxiliary_and_not_keeps_the_negation(text: str, negated: tuple[str, ...]) -> None:
    assert features(text, "en").negations == negated


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("the ferry ramps were still not open to cyclists", "the ferry ramps were open to cyclists", False),
        ("the ferry ramps were still not open to cyclists", "the ferry ramps were not open to cyclists", True),
        # a negated verb of excluding lets in what it names: no denial of it
        ("the surveyors found no crack in the weir", "the board no longer rules out a crack in the weir", False),
        ("the surveyors found no crack in the weir", "the board could not exclude a crack in the weir", False),
        ("the board no longer rules out a crack in the weir", "the board does not rule out a crack in the weir", True),
    ],
)
def test_negations_read_past_adverbs_and_through_verbs_of_excluding(a: str, b: str, same: bool) -> None:
    assert compatible(features(a, "en"), features(b, "en"))[0] is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a wording that only negates a verb of excluding lets a thing in: one that denies it is another claim
        ("nothing was amiss at the sluice", "the trust no longer rules out a crack in the sluice", False),
        ("nobody was hurt at the sluice", "the trust could not exclude injuries at the sluice", False),
        ("the trust no longer rules out a crack in the sluice", "the trust did not rule out a crack there", True),
        # one that negates the same verb of excluding, and more, is a longer wording of it
        (
            "the trust no longer rules out a crack in the sluice",
            "the trust no longer rules out a crack in the sluice and has not reopened it",
            True,
        ),
    ],
)
def test_a_wording_that_lets_a_thing_in_is_not_one_that_denies_it(a: str, b: str, same: bool) -> None:
    assert compatible(features(a, "en"), features(b, "en"))[0] is same


def test_an_hour_is_no_figure_apart_from_sixty_minutes() -> None:
    # "about an hour" is not read as a figure: it would split it from "about 60 minutes"
    one = features("the new ferry crossing takes about an hour")
    assert compatible(one, features("the new ferry crossing takes about 60 minutes"))[0]
