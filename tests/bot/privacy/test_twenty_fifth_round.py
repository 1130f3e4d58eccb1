"""The twenty-fifth privacy round (docs/privacy.md, "Twenty-fifth round").

Four new engine-blind examiners (privq52–55) wrote 240 personal and 240 harmless notes each.
Two (privq52, privq54) were measured unseen on the code of 5417e14 and developed on; the other
two (privq53, privq55) measured that development unseen before they were looked at and were then
developed on too. What each examiner's note showed: a famous name borne by somebody the note
tells of (a namesake: "jmenovec prezidenta", "(není příbuzný)", "sám za sebe"; a person's role
right before it or set off after it; the town he is from; a verb in the present), a town's name
borne by a man after "pan/panu", and names of things nobody listed (memorials, cafés, Rudolfinum,
"Komeniáda", houses named after saints). Every examiner's note and every namesake here fails on
5417e14; the famous people themselves passed there and still do."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused, refused_in_public


@pytest.mark.parametrize(
    "note",
    [
        "Jan Hus, Tábor, strýc klienta",
        "Jan Žižka, soukromý poradce (opravdu se tak jmenuji)",
        "K-1902 – otec klienta je Karel Čapek, žije v Berouně, klient s ním nechce být v kontaktu.",
        "K-3304 – Tomáš Baťa (klient, ne ten podnikatel) má ve čtvrtek soud ve Zlíně",
        "K-3310: 20. června návštěva u Karla Čapka v Úpici, domluvit služební auto.",
        "K-3555 klient mara sykora, vazba litomerice, advokat uz ma plnou moc",
        "Karel Čapek (sám za sebe)",
        "Karel Čapek – otec",
        "Karel Čapek – soukromá osoba, Úpice",
        "Setkání s K-3310 a jeho otcem Karlem Čapkem v Trutnově proběhlo v klidu, otec souhlasí s dohledem.",
        "Václav Havel, soukromá osoba",
        "Zavolat Bohumilu Hrabalovi, dědovi klienta K-8802, je ochotný ručit za podnájem v Nymburce.",
        "kde ma pan tabor z pelhrimova nahlasit podnajemnika? jde o k-4021",
        "predavam K-4402, otec klienta je Karel Čapek z Dobříše, s klientem nekomunikuje uz 10 let",
        "pripominka vratit klic od bytu panu taborovi do patku (k-4021)",
    ],
)
def test_a_namesake_or_a_man_named_like_a_town_is_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Autorské čtení Jaroslava Haška z Lipnice, bývalého vychovatele ve Věznici Jiřice.",
        "Beseda s Bohumilem Hrabalem z Nymburka",
        "Beseda s Karlem Čapkem z Úpice, otcem odsouzeného, o tom, jak syna podporoval.",
        "Beseda s bývalým vězněm Janem Husem z Tábora",
        "Hostem bude Václav Havel, ne prezident, ale pan z Písku, který pomáhá propuštěným.",
        "Mediátor Jan Hus vysvětlí, jak funguje mediace mezi obětí a pachatelem.",
        "Otevírá Jan Hus, předseda spolku a otec bývalého klienta.",
        "Pracovní rehabilitace – koordinátor Václav Havel (není příbuzný), tel. 775 404 404.",
        "Přednáška Jana Husa z Prachatic o mediaci",
        "Přednáší Václav Havel, sociální pracovník z Liberce, jmenovec prezidenta.",
        "Setkání s Karlem Čapkem, otcem odsouzeného",
        "Skupinu pro partnerky odsouzených vede Božena Němcová, psycholožka z Prahy 4.",
        "Vzpomínkové setkání na Karla Čapka, našeho dlouholetého dobrovolníka, který zemřel v lednu.",
        "Zápis z minula posílá Václav Havel, náš pokladník.",
        "akce se presouva, volejte panu taborovi 602 119 456",
        "sraz pred domem Aleny Bilkove",
        "sraz u pana tabora, ukaze nam jak opravovat kola",
        "zahrada u karla capka v upici",
    ],
)
def test_a_namesake_in_an_event_or_a_service_is_refused(note: str) -> None:
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "K-2025-117 byl s dobrovolníky v Památníku Jaroslava Haška v Lipnici, moc se mu líbilo.",
        "K-4013 byl s kroužkem čtení na výletě do Památníku Karla Čapka ve Strži, byl nadšený.",
        "Klientova dcera (7 let) je v péči babičky, OSPOD Kolín situaci sleduje.",
        "Mohlo by klientovi přispět na studium Nadání Josefa, Marie a Zdeňky Hlávkových?",
        "Má někdo zkušenost s Poradnou sv. Josefa? Jak dlouho se čeká na termín?",
        "Přijímá Nadání Josefa, Marie a Zdeňky Hlávkových žádosti i od studentů po výkonu trestu?",
    ],
)
def test_a_case_note_naming_a_memorial_a_saint_or_a_foundation_passes(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Běh Terryho Foxe – tým PMS Kolín",
        "Den Cyrila a Metoděje – dobrovolnický úklid",
        "Hospoda U Švejka, Lipnice nad Sázavou",
        "Komeniáda – vzdělávací den pro vychovatele",
        "Komentovaná prohlídka Památníku Karla Čapka pro klienty",
        "Komentovaná prohlídka Památníku Karla Čapka ve Strži pro klienty a dobrovolníky.",
        "Koncert ve Dvořákově síni Rudolfina pro rodiny klientů",
        "Náměstí Jana Palacha, před Rudolfinem",
        "Prohlídka Památníku Karla Čapka ve Strži, odjezd od PMS v 8:00.",
        "Přijďte na Běh Terryho Foxe s naším týmem, startovné hradí spolek.",
        "diky vsem, sbirka pro domov sv. anezky vynesla 4 200 kc",
        "kostel sv. Jakuba, Jakubské nám., Brno",
    ],
)
def test_an_event_at_a_place_named_after_somebody_passes(note: str) -> None:
    assert not refused_in_public(note), note


# what the round's rules must not take for a namesake: the famous person himself
@pytest.mark.parametrize(
    "note",
    [
        "Spisovatel Karel Čapek napsal R.U.R., beseda o knize v knihovně.",
        "Čteme Karla Čapka s klienty, každé úterý v 17:00.",
        "Beseda o Karlu Čapkovi a jeho knihách.",
        "Středisko Don Bosco otevírá klub pro mládež.",
        "Skupina šla na výstavu Alfonse Muchy, klient nadšený.",
        "5. 7. Cyrila a Metoděje a 6. 7. Mistra Jana Husa – úřady zavřené.",
        "Koncert v Domě Jiřího Wolkera.",
        "Výstava v domě Josefa Jungmanna.",
        "Restaurace U Karla IV. v Praze, salonek v patře.",
        "Oslava: Den Jana Husa – volno, úřady zavřeny.",
        "Příspěvek od Nadačního fondu Otakara Motejla dorazil.",
        "Klient nový pan vychovatel přijde zítra.",
        "Jak říká Václav Havel, naděje není přesvědčení, že něco dobře dopadne.",
        "Seminář: psychiatr Viktor Frankl a logoterapie v práci s vězni.",
        "Přednáška o Janu Husovi z Husince a jeho kázáních.",
        "Promítání filmu Jan Hus, ne ten seriál, ale film z roku 1954.",
        "Pan hlavní vychovatel schválil vycházku.",
        "pan online poradce odpovi do 24 hodin",
    ],
)
def test_the_famous_person_himself_still_passes(note: str) -> None:
    assert not refused_in_public(note), note


# and the namesakes' company, beyond the examiners' own notes
@pytest.mark.parametrize(
    "note",
    [
        "Lektor Jan Neruda povede skupinu.",
        "v kavarne Lenka Horakova cekala na klienta, je to jeho partnerka",
        "Klementina, 45 let, matka klienta, žije v Kolíně.",
        "cestou domu sv. jana videla klienta s nozem",
        "Klient se pohádal s Městskou, sousedkou z vedlejšího bytu.",
        "Zaměstnavatel: Dziedzic, Lipnice nad Sázavou.",
        "Zápis posílá Karel Čapek, náš dobrovolník.",
        "Beseda s Bedřichem Smetanou z Litomyšle, otcem klienta.",
        "Vede Václav Havel (jmenovec), psycholog.",
        "pan tabor volal, ze prijde",
        "klic predat panu pisku do patku",
        "sraz před domem Jany Novákové v 9:00",
    ],
)
def test_more_namesakes_are_refused(note: str) -> None:
    assert refused_in_public(note), note


# -- developed on privq56 and privq57 after the review (each fails on d15050a): a case code, "doma"
# or "OSVČ" beside a famous name; a family's home in lower case ("u novakovych"); somebody after
# "nějaká"; a lower-case street, house number and town where somebody lives; and what passes now:
# "Café" and one word, a town after a house number, "Pátek:", a square's possessive in lower
# case, a name in lower case after its place's kind, "Intervenční", "Svatováclavský", "Ponrepo".
# The last notes of each list are guards of what the new rules must not let through or refuse.


@pytest.mark.parametrize(
    "note",
    [
        "Jan Žižka, truhlář OSVČ – zaměstnávám propuštěné",
        "K-1234 Bohumil Hrabal dokončil rekvalifikaci na kuchaře, jde pracovat do Nymburka.",
        "Může se K-0950 Josef Lada zúčastnit výtvarné dílny, i když má podmínku?",
        "k-8123 bydli u kamarada, delnicka 45 karvina-nove mesto, zvonek bily",
        "klient k-2081 ted bydli u stryce, lidicka 31 teplice, vse funguje",
        "klient ma adresu na vysluni 8, ostrava-poruba, byt 12, bydli u tety",
        "Pátek volal, že nepřijde.",
        "Café Jana Veselá – klientčina sestra tam pracuje.",
        "psala nejaka kowalczykova, ze je jeho druzka",
    ],
)
def test_a_client_a_family_or_a_home_typed_in_a_hurry_is_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "U Jaroslava Haška doma, Lidická 20, Lipnice nad Sázavou",
        "oxana melnyk predstavi skupinu pro ukr. matky",
        "zahrada u novakovych, kamenna 3, jihlava",
    ],
)
def test_a_namesake_at_home_is_refused_in_public(note: str) -> None:
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "K-1212 – klientka se vrátila k manželovi, doporučuji další podporu Intervenčního centra.",
        "K-2204 si našel brigádu v kavárně Café Kafka, zatím ho to baví.",
        "Klient K-4432 je přihlášen na rekvalifikaci v Akademii J. A. Komenského, kurz začíná 10. 10.",
        "Pátek: předat spis K-1008 kolegyni na středisku.",
        "Pátek: vyzvednout dokumenty pro K-5530 na OSPOD Kutná Hora.",
        "k-1109 ziskal misto v pekarne na havlickove nam., zacina v 5 rano",
        "veřejný ochránce práv, údolní 39, brno – podnět",
    ],
)
def test_a_cafe_a_square_or_a_foundation_in_a_case_note_passes(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Café Kafka, Praha 1",
        "Díky všem za skvělou organizaci Svatováclavského turnaje!",
        "Kurz vaření pro propuštěné v kavárně Café Kafka, Kafkova 8, Praha 6.",
        "Muzeum Bedřicha Smetany, Novotného lávka 1",
        "Oběd zajistí Café Bernard na Jungmannově náměstí.",
        "Po akci pokračujeme v Café Kafka, kdo chce.",
        "Po promítání v kině Ponrepo diskuse s vychovatelem z Valdic.",
        "Prosím, berte s sebou trvanlivé potraviny pro Domov sv. Vincence.",
        "Psychologická podpora pro rodiny odsouzených v Poradně sv. Ludmily, Komenského 3, Mělník.",
    ],
)
def test_a_cafe_a_cinema_or_a_town_after_an_address_passes_in_public(note: str) -> None:
    assert not refused_in_public(note), note


# -- the review of aa3334b: a fresh reviewer's probes that its rules let through or refused; the
# lower-case name after a place's kind, "nějaká", and no pair across "?" were withdrawn, the rest
# narrowed (each of these fails on aa3334b)


@pytest.mark.parametrize(
    "note",
    [
        "Bedřich Smetana, Novotného lávka 1, soused klienta",
        "Byla tam Jana? Černá tvrdí, že ne.",
        "Cafe Horák volal, chce mluvit s klientem",
        "Café Balog volal kvůli synovi.",
        "Café Novák přinesl klíče od bytu klienta.",
        "Café Nováková – klientčina sestra tam pracuje.",
        "Café Procházka volal kvůli bratrovi.",
        "Café, Horváthová přinese klíče.",
        "Dostavil se Pavel?Holub",
        "Dveře č. 2, Benešová to ví.",
        "Jana! Malá to viděla.",
        "Kdo volal, Petr? Hrubý?",
        "Pokoj 4, Sokolov, spolubydlící klienta, kouří.",
        "Sejdeme se v Café, Novák přijde pozdě.",
        "Sraz v Café, Dvořáková přinese dokumenty syna.",
        "V Café Dvořák čekal, bratr klienta.",
        "akademie petr novak, pani ucitelka volala",
        "do akademie pavel svoboda chodi s klientem",
        "do centra petr svoboda nechodi",
        "do nemocnice jana svobodova jezdi za otcem",
        "do skoly jakub novak nechodi, otec klienta to nevi",
        "klient bydli u sestry, ulice jana novaka nevime",
        "klient k-22: ve skole jana novakova (mama) cekala",
        "knihovna pavla horaka mu pujcila penize",
        "na fakulte tomas kral studuje, je to syn klienta",
        "na koleji jan kucera bydli s klientem",
        "na koleji tomáš marek bydlí s klientem",
        "na nadrazi josef novotny",
        "na poliklinice tereza mala ceka",
        "na stanici jana hornakova vystoupila a zmizela",
        "na ulici petr novak spi, kamarad klienta",
        "na zastavce pavla novakova cekala na syna",
        "na zastávce pavla nováková čekala s dítětem",
        "navstivit v nemocnici jana novaka",
        "navstivit v nemocnici jana novaka, lezi tam s nohou",
        "navstivit v nemocnici janu novakovou, je to matka klienta",
        "navštívit v nemocnici jana nováka, je to otec klienta",
        "pokoj 12, Benešová si stěžuje na souseda",
        "sbor jana novaka zpiva, klient tam chodi se synem",
        "schůzka v Cafe Svoboda, je to otec klienta",
        "sestra klienta pracuje v nadaci petra novaka",
        "u domova tomas kalina kouril",
        "u kostela petr novotny zebra, je to otec",
        "u nadrazi pavel novotny cekal na syna",
        "u skoly tomas dvorak prodaval drogy",
        "ulice jana novaka je plna feťáků",
        "v centru lukáš dvořák čeká na klienta",
        "v centru pavel horak ceka na klienta",
        "v divadle eva svobodova hraje, je to klientova sestra",
        "v domove jana svobodova",
        "v domove marie novakove byva babicka klienta",
        "v domově marie dvořákové bydlí babička klienta",
        "v galerii eva kralova",
        "v knihovně jana svobodová půjčuje knihy, je to teta klienta",
        "v lecebne jiriho pokorneho navstivit",
        "v muzeu jana novakova",
        "v nemocnici jan novak",
        "v nemocnici petr dvorak rekl ze klient ma zlomenou ruku",
        "v parku jiří černý prodává, kamarád klienta",
        "v parku petr cerny s nim pil",
        "v parku petr novak",
        "v parku petra cerneho potkal kurator",
        "ve skole jana prochazkova uci syna klienta",
        "ve skole lucie kolarova 8 let chodi do 2. tridy",
        "ve skole petra svobody",
        "ve skole petra svobody je problem, syn klienta",
        "ve skole tomas hruby",
        "ve spolku jana dvorakova vede kurzy, je to druzka klienta",
        "volat horakove, namesti v 10 sraz s klientem",
        "z gymnazia petr novak odesel, syn klientky",
        "z gymnazia petra novaka vyloucili, je to syn klientky",
        "z nemocnice marie jelinkova utekla",
        "zavolat dvořákové, náměstí je zavřené",
        "zavolat novakove, namesti je zavrene",
    ],
)
def test_a_person_the_review_let_through_is_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "K-12 chce být OSVČ, čte knihu Tomáš Baťa: Úvahy a projevy.",
        "K-1234 Bedřich Smetana – Má vlast, hudební terapie.",
        "K-1234 Karel Čapek – Válka s mloky, vrátit do knihovny",
        "K-2201 Antonín Dvořák – koncert ve věznici, klient chce jít.",
        "K-300 Karel Hynek Mácha – Máj, klient se učí nazpaměť.",
        "K-3321 - Václav Havel: Moc bezmocných, půjčeno z vězeňské knihovny.",
        "K-4410 Jan Hus – beseda v knihovně, klient se přihlásil.",
        "K-5 Tomáš Baťa – přednáška o podnikání, klient zaujat.",
        "K-552 Jan Amos Komenský – knížka z knihovny vrátit do pátku.",
        "K-918 Jaroslav Hašek: Švejk, četba na oddělení.",
        "Klient chce být OSVČ jako Tomáš Baťa, motivace dobrá.",
        "Klient chce být OSVČ jako Tomáš Baťa.",
        "adresa soudu: masarykova 12, pisek – klient bydli u matky",
        "adresa úřadu práce: palackého 5 tábor, klient bydlí u tety",
        "azylovy dum, masarykova 23 jihlava – klient tam bude bydlet",
        "byl u drogovejch dealeru, relaps",
        "ceka u autobusovejch zastavek",
        "chyba u mzdovejch listu",
        "doucovani v knihovne husova 12 pisek, klient jinak bydli u mamy",
        "hlaseny na obecnim urade, masarykova 1 jihlava",
        "klient bydli v azyl. dome, pracak je na palackeho 5 kolin",
        "klient ceka u vchodovejch dveri",
        "klient ma trvaly pobyt na ohlasovne, palackeho 1 kolin",
        "klient prespava v noclehárne, prazska 12 kolin",
        "mel nejaky probiracky s dluhama",
        "nejaka cigoska mu nadavala",
        "nejaka cikanska rodina vedle",
        "nejaka exekutorka volala",
        "nejaka kamoska mu pujcila penize",
        "nejaka kontrolorka z PMS prijde",
        "nejaky kredity na telefonu",
        "nejaky ospodak volal",
        "nejaky vyhrubky od kuratora",
        "noclehárna Naděje, bydlí tam: husova 12 plzen",
        "nějaká exekutorka volala kvůli srážkám",
        "nějaká kamoška mu půjčila peníze",
        "nějaký ospoďák volal",
        "pobytove sluzby nabizi charita, husova 8 tabor",
        "poradna se prestehovala na palackeho 12, kolin",
        "poradna se přestěhovala na palackého 12, kolín",
        "prespal u nadrazkovejch budov",
        "prisla nejaka vejplata, ale malo",
        "problem u terenovejch pracovniku",
        "sejdem se u panelovejch domu v 10",
        "spal u garazovejch vrat",
        "sraz u bytovejch domu na sidlisti",
        "sraz u panelovejch domů v 10",
        "stal u popelnicovejch stani",
        "u cenovejch nabidek nevim",
        "u dluhovejch poraden nebyl",
        "u kontejnerovejch stani spal",
        "u potravinovejch bank je fronta",
        "urad prace se prestehoval do husovy, palackeho 5 pisek",
        "volala nejaka socka, chteji papiry",
        "čeká u autobusovejch zastávek",
    ],
)
def test_a_harmless_note_the_review_saw_refused_passes(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Beseda: Karel Čapek a OSVČ v první republice",
        "Dokument Václav Havel doma, promítání v klubu.",
        "Jan Hus doma a v Kostnici – beseda pro odsouzené.",
        "Přednáška: Antonín Dvořák doma v Nelahozevsi.",
        "Výlet: Bedřich Smetana doma v Litomyšli, sraz v 8.",
        "Výstava Karel Čapek doma i ve světě – skupinová vycházka.",
        "Výstava Karel Čapek doma – vycházka s klienty",
        "Workshop pro začínající OSVČ, inspirace: Tomáš Baťa a jeho podnikání.",
    ],
)
def test_a_harmless_public_text_the_review_saw_refused_passes(note: str) -> None:
    assert not refused_in_public(note), note


# -- developed on privq58-60 (each fails on e95af3e): nicknames and Slovak names after kin, "mentor",
# a house or a studio named after nobody famous in a town, "jana n.", a case code before a first
# name and a verb, "u novaku", a lower-case street before "v <town>", "z naší dílny"; and what
# passes now: "nemá trvalé bydliště", "adresa zatím nejistá", birthdays without a date, squares
# named by initials, "Dům na půl cesty Jiříkov", SOU/SOŠ/VOŠ and "středisko" as kinds, a verb
# before a first name, a title after a colon, a lower-case street and town in a public text.
# The last notes of each list are guards.


@pytest.mark.parametrize(
    "note",
    [
        "Jan Žižka, nezávislý mentor",
        "k-1150 - je bezpecny aby s nim do bytu sel kamarad rasto kovac ze ziliny?",
        "k-1290 jana n. (matka) chodi s nim na vsechny schuzky, je ok ji prizvat",
        "k-5121 pujde bydlet k tete na palackeho 12 v olomouci byt 5",
        "k-5590 jarda se choval slusne ale porad pije",
        "pripomenout k-0333 at zavola byvale partnerce katarine hudakove kvuli vyzivnemu",
        "nám. Dr. Novák volal, že přijde.",
        "Letňany: Holub",
        "manžel francouz, 45 let.",
    ],
)
def test_a_nickname_a_family_or_a_home_in_a_case_note_is_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Doučování dětí vězněných rodičů, lektorka Slávka Černá, studentka pedagogiky.",
        "Děkujeme Václavu Havlovi z naší dílny za opravu lavic.",
        "Dům Jiřího Hrušky, Mělník, Na Výsluní 44",
        "u novaku na zahrade, lipova 3, slany",
        "pripominame ze karel capek ma narozeniny, prineste prani",
    ],
)
def test_a_private_house_or_a_namesakes_birthday_is_refused_in_public(note: str) -> None:
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Jak postupovat, když K-2025-066 nemá trvalé bydliště a ÚP ho odmítá?",
        "Jak postupovat, když klient K-2026-031 nemá trvalé bydliště a chce se hlásit na radnici "
        "v Jindřichově Hradci?",
        "K-1804 – 10. 5. schůzka s pěstounkou v Komunitním centru sv. Prokopa.",
        "K-3003 se stěhuje z Mostu do Litvínova, nová adresa bude ve spisu po nahlášení.",
        "K-3355: klient chce poslat synovi dopis k narozeninám, pomoct mu s obálkou.",
        "Klient K-0717 po výstupu z Věznice Rýnovice kontaktoval PMS Liberec na nám. Dr. E. Beneše.",
        "Rozhovor s K-1404 proběhl v Café Kafka na Palackého náměstí, klient byl otevřený.",
        "Salesiánské středisko mládeže Dona Boska, Brno",
        "Ve 14:00 sraz na nám. T. G. Masaryka, pak společně na ÚP.",
        "jak mam vyplnit zadost pro K-2177 kdyz nema trvale bydliste",
        "klient k-0199 bude po propusteni bydlet v usti, adresa zatim nejista",
        "předávám K-2999, klient 41 let, vyučený, učil se v SOU Josefa Ressla",
        "Armáda spásy – Azylový dům Bohuslava Bureše, Praha 7, příjem po telefonu",
    ],
)
def test_no_home_no_birth_date_and_a_square_of_initials_pass(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Akce v rámci Dne Jana Husa, komentovaná procházka Betlémskou kaplí.",
        "Beseda v Knihovně Václava Havla: Život po výstupu",
        "Café Kafka, Palackého náměstí",
        "Dům na půl cesty Jiříkov – bydlení pro mladé do 26 let po ústavní výchově a výkonu trestu.",
        "Fotografický workshop v Ateliéru Josefa Sudka",
        "Kavárna Kafka, nám. Franze Kafky 3, Praha 1",
        "Kavárna Čapek, Trutnov",
        "Kurz vaření v Café Kafka, max. 10 účastníků, pro klienty od 18 let.",
        "Mediace pro rodiny, Středisko sv. Kláry, nám. T. G. Masaryka 3, Jindřichův Hradec.",
        "Mikulášská nadílka pro děti klientů. Přijde Mikuláš, čert a anděl. Balíčky zajištěny.",
        "Noclehárna Armády spásy – Centrum Bohuslava Bureše, Tusarova 60, Praha 7.",
        "Přijďte na setkání o životě po propuštění. Promluví pracovníci PMS a Domu na půl cesty Jiříkov.",
        "Sociální šatník Nadačního fondu sv. Zdislavy, Liberec, nám. Dr. E. Beneše 1.",
        "Ubytování pro muže po výstupu – Armáda spásy, Centrum Bohuslava Bureše, Tusarova 60, Praha 7.",
        "poradna pro cizince smetanova 15 karvina, vietnamsky a ukrajinsky, poradna@cizinci-ka.cz",
        "rodinne poradenstvi havlickova 10 kolin objednani na poradna@charitakolin.cz",
    ],
)
def test_a_cafe_a_halfway_house_and_an_organisations_street_pass_in_public(note: str) -> None:
    assert not refused_in_public(note), note


# -- the review of a5cf898: its probes that the round's rules let through or refused (each fails on
# a5cf898): birthdays said in words, squares of initials before a nominative, SOU/středisko/ateliér
# before a nominative name, past-tense surnames before a first name, "z naší knihovny", memorial
# houses without a house number, "u hajku", a day or a shift before a number and a town


@pytest.mark.parametrize(
    "note",
    [
        "Kavárnu Novák si otevřel po výkonu trestu.",
        "Ke konci měsíce má narozeniny (dne třetího), bude mu třicet jedna.",
        "Klient má narozeniny patnáctého března, bude mu čtyřicet.",
        "Koukal Martin podepsal plán.",
        "Mistr odborného výcviku ze SOU Karel Beneš volal kvůli absencím.",
        "Má narozeniny třetího září, letos padesáté.",
        "Na SOŠ Karel Svoboda chodí jen občas.",
        "Na VOŠ Tomáš Kříž nastoupil v září.",
        "Na akademii Pavel Černý studuje druhým rokem, je to syn klientky.",
        "Na nám. Ing. P. Kučera, vedoucí stavby, nabídl klientovi práci.",
        "Na nám. J. Kučera čekal s dětmi u kašny.",
        "Na nám. Mgr. J. Procházka, kurátor, předal spis.",
        "Na nám. P. Svoboda předal klientovi tašku.",
        "Narozeniny má na Silvestra, tak jsme mu poslali přání.",
        "Narozeniny má první máje.",
        "Narozeniny má, jak říkala matka při včerejším telefonátu, 12. 5.",
        "Narozeniny slaví na Štědrý den, letos čtyřicáté.",
        "Narozeniny, jak nám řekl při dnešní návštěvě ve věznici Mírov, má 14. 3.",
        "Narozeniny: dvacátý druhý duben, rok osmdesát sedm.",
        "Nedbal Jiří dnes nepřišel na schůzku.",
        "Pracovnice střediska Jana Dvořáková potvrdila termín.",
        "SOŠ Martina Dvořáková, matka nezletilé, nekomunikuje.",
        "Slaví narozeniny osmého října, ročník osmdesát dva.",
        "Sraz na nám. K. Skála nepřišel.",
        "Středisko Petr Novák opustil bez rozloučení.",
        "Třídní učitelka ze SOU Marie Horáková potvrdila absence.",
        "V akademii Jiří Veselý vyučuje, klient ho zná z vězení.",
        "V ateliéru Milan Lakatoš maluje s klienty.",
        "Ve středisku Alena Kovářová převzala klientku.",
        "Vedoucí střediska Jiří Procházka souhlasil s přijetím.",
        "Vrátil Pavel peníze matce.",
        "Vyskočil Petr se dnes nedostavil.",
        "Z ateliéru Jana Malá přinesla výrobky klientky.",
        "Zapsala Vlasta: Skála, kurátorka města.",
        "Zavolal Nedbal Jiří a zrušil schůzku.",
        "Ze SOU Lukáš Horák, spolužák klienta, ho navštívil.",
        "Ze SOU Petr Dvořák odešel po prvním ročníku.",
        "Ze SOŠ Jana Nováková volala, že klient nechodí do školy.",
        "Ze střediska Markéta Horáková volala ohledně klienta.",
        "Ze střediska Petr Novák, otec dítěte, odešel bez dohody.",
        "na nam. J. Kucera cekal s detmi u kasny",
        "na nam. J. Novakova cekala s kocarkem",
        "na nam. M. Vesela prinesla klientce obleceni",
        "narozeniny ma ctvrteho cervence, chce slavit doma",
        "narozky mel minuly tyden, pry trinactého unora, slavil s kamarady na cele",
        "v atelieru Milan Lakatos maluje s klienty",
        "ve stredisku Alena Kovarova prevzala klientku",
        "ze SOU Petr Dvorak odesel po prvnim rocniku",
    ],
)
def test_a_person_the_second_review_let_through_is_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Kontakt: horakova 35 ostrava",
        "Kontakt: novakova 40 praha, volejte večer",
        "Přednáší dvorakova 50 v brne",
    ],
)
def test_a_person_the_second_review_let_through_is_refused_in_public(note: str) -> None:
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Bydlí na ubytovně, nastupuje na ranní 6 v Plzni.",
        "Bydlí u matky, výplata chodí každého 15 ve Zlíně na poště.",
        "Klient stal u mlejnku na kafe a povidal",
        "Klienti čtou Boženu Němcovou z našeho fondu.",
        "Kniha Karla Čapka z naší knihovny se ztratila.",
        "bolest u krcku stehenni kosti, ortoped",
        "sejdeme se u sobotku? ne, v sobotu",
        "Čekal u kocourku (hračka v herně)",
        "žije s družkou, kurz od příštího 3 v Kolíně",
    ],
)
def test_a_harmless_note_the_second_review_saw_refused_passes(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Ateliér Josefa Sudka, Praha – fotografický workshop.",
        "Ateliér Karla Zemana, Praha – animace pro děti.",
        "Citáty Václava Havla z naší nástěnky.",
        "Dům Jiřího Wolkera, Prostějov – čtení poezie.",
        "Dům Petra Bezruče, Opava, výlet s klienty.",
        "Dům Rudolfa Těsnohlídka, Brno – Bystrouška pro děti.",
        "Knihy Boženy Němcové z naší knihovny si můžete půjčit.",
        "Obrázky Josefa Lady z naší sbírky visí na chodbě.",
        "Pohádky Karla Jaromíra Erbena z naší knihovničky.",
        "Přečtěte si Jaroslava Haška z naší čítárny.",
        "Půjčte si knihy Karla Čapka z naší knihovny.",
        "Sraz u hajku v 9, jdeme na vycházku.",
        "Sraz u hájku v 9, jdeme na vycházku.",
        "Výlet do Domu Jana Amose Komenského, Uherský Brod.",
        "Výlet: Dům Emila Holuba, Holice.",
        "Výstava v Domě Gustava Mahlera, Jihlava.",
        "sraz u hajku za obci v 10",
    ],
)
def test_a_harmless_public_text_the_second_review_saw_refused_passes(note: str) -> None:
    assert not refused_in_public(note), note


# -- the whole change's review (each fails on e41b1ca): an apposition that a comma ends, an office
# far from the street, an institution named after somebody that acts in the present, no home
@pytest.mark.parametrize(
    "note",
    ["Václav Havel, náš pokladník, přinese klíče.", "Karel Čapek – soukromá osoba, přijde v 10."],
)
def test_an_apposition_a_comma_ends_still_names_a_namesake(note: str) -> None:
    assert refused_in_public(note), note


def test_an_office_after_the_address_leaves_a_home_refused() -> None:
    assert refused("bydli u kamarada, delnicka 45 karvina, zitra jde na urad")


@pytest.mark.parametrize(
    "note",
    ["SOU Josefa Ressla nabízí obory.", "Klient je bez trvalého bydliště a spí venku."],
)
def test_a_school_that_offers_and_no_home_pass(note: str) -> None:
    assert not refused(note), note
