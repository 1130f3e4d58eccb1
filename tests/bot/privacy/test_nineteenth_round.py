"""The nineteenth round (issue #15): two examiners' A halves (privq32A, privq33A; docs/privacy.md,
"Nineteenth round"), each note checked with its field's profile.

The notes of each fixed kind were refused / passed the other way on main before this round
(d150f3d); the guards beside them (personal look-alikes of a refusal fixed, harmless look-alikes
of a miss fixed) give the same answer before and after."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused, refused_in_public

# -- misses: a person in lower case right after a case code -----------------------------------


@pytest.mark.parametrize(
    "note",
    [
        # a shorter case code ("K-0610") opens the clause as "K-2026-047" did
        "K-0610 piotr odjel za rodinou do katowic, exekuce bezi dal",
        "k-0610 piotr - zavolat zamestnavateli kvuli vyplate",
        "K-0610 oleg dnes neprisel",
        "K-117 marek odjel",
        # a word no dictionary knows, before its verb
        "k-0089 snajdr zase spi na ulici u hlavaku",
        "K-0089 hrubes dnes neprisel",
        "K-0089 kowalczyk odjel do Polska",
        "k-0089 mazur pije",
        # a listed first name, "je" and where the person is
        "K-2026-133 thanh je zpet u bratra, obchod funguje",
        "K-0610 oleg je u matky",
        "K-0610 piotr je ve vazbe",
        "k-0610 ahmed je doma",
        "K-2026-133 vasyl je zpatky doma",
        # a listed surname's other case before what the writer does with him (an em dash too)
        "K-2026-077 — krale z oddilu B2 predavam, chodi na AA",
        "K-2026-077 vranu predavam kolegyni",
        "K-0077 kose posilam na UP",
        "K-0089 novaka predavam kolegyni",
        "K-0089 dvoraka z oddilu C posilam na UP",
    ],
)
def test_a_person_in_lower_case_after_a_case_code_is_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "K-0610 odjel za rodinou do Polska",
        "K-0610 - zavolat zaměstnavateli",
        "K-0610 dnes nepřišel, omluven",
        "K-0610 exekuce běží dál",
        "k-0610 splátky placeny včas",
        "K-0089 ubytovna konci v breznu",
        "k-0089 brigada skoncila",
        "K-0089 detox zvladl",
        "K-0089 substituce pokracuje",
        "k-0089 whatsapp nefunguje",
        "K-0089 ubytko zaplatil",
        "k-0089 socka zavolala",
        "K-0042 fetak spi na ulici",
        "K-0042 pervitin bere",
        "K-2026-133 je zpět u bratra",
        "K-2026-133 dluh je u exekutora",
        "K-2026-011 zaloha je zpet na uctu",
        "K-2026-011 pondeli je u soudu",
        "K-2026-077 — spis predavam kolegyni",
        "K-2026-077 — klice predavam",
        "K-0089 spis z oddilu C predavam",
        "K-0089 zadost posilam na UP",
        "K-0042 vlka z knizky cteme",
        "K-0042 ptaka z papiru delame",
        "K-0042 zajice z cokolady kupuju",
        "ISO-9001 audit probehl",
    ],
)
def test_ordinary_words_after_a_case_code_stay_allowed(note: str) -> None:
    assert not refused(note), note


# -- misses: a father and his son, a surname in lower case ------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "K-0256 - vrana ml. mi volal ze otec zase pije",
        "novak st. prisel",
        "kos ml. je ve vazbe",
        "dnes volal snajdr ml.",
        "K-0042 syn kovar ml. pije",
        "K-0042 - vrana st.",
    ],
)
def test_a_lower_case_surname_before_junior_or_senior_is_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "žáci 2. st. ZŠ, beseda",
        "ve 20. st. se to změnilo",
        "klient navštěvuje 2. st., chodí do školy",
        "ml. a st. žáci dostanou oběd",
        "dospělí i ml. klienti",
    ],
)
def test_junior_and_senior_abbreviations_alone_stay_allowed(note: str) -> None:
    assert not refused(note), note


# -- misses: kin before a first name that is also a word; a first name at home ----------------


@pytest.mark.parametrize(
    "note",
    [
        "K-2026-093: klient se usmířil s mámou Věrou, zatím bydlí u ní v Kolíně",
        "bydlí u tety Věry",
        "brácha Míra pije",
        "bratr Míry volal",
        "s dcerou Danou bydlí v Kolíně",
        "s mámou Danou",
    ],
)
def test_kin_before_a_first_name_that_is_also_a_word_is_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "klient se usmířil s mámou, věří jí",
        "matka s vírou v Boha",
        "máma Boží",
        "matka Boží pomáhá",
        "sestra Rady je nemocná",
        "s matkou Naděje nekomunikuje",
    ],
)
def test_kin_before_an_ordinary_word_stays_allowed(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Grilovačka pro dobrovolníky u Petra na chatě, Lhota pod Hořičkami 15",
        "Setkání u Jany doma, Brno",
        "Oslava u Martina na chalupě v sobotu",
        "Setkání u Jiřího na chatě",
    ],
)
def test_a_first_name_after_u_and_a_home_is_refused_in_public(note: str) -> None:
    assert refused_in_public(note), note


def test_a_first_name_at_home_in_a_case_text_is_refused() -> None:
    assert refused("přespává u Pavla v bytě")


@pytest.mark.parametrize(
    "note",
    [
        "Grilovačka pro dobrovolníky na chatě, Lhota pod Hořičkami 15",
        "Setkání u kostela sv. Petra, pak na chatě",
        "Grilovačka u Lípy na chatě",
        "Sraz u Albertu na parkovišti, pak na chatu",
    ],
)
def test_a_place_or_a_saint_before_a_cottage_stays_allowed_in_public(note: str) -> None:
    assert not refused_in_public(note), note


# -- refusals: the word "adresa" with no address -----------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "K-2026-201 komunikuje jen mailem (adresa ve spisu), predtim delal na cerno",
        "K-0042 adresa neznámá, kontakt přes probaci",
        "adresa je ve spisu, telefon taky",
        "Adresa neuvedena, klient bez domova",
        "adresa v systému chybí, doplnit",
        "(adresa v evidenci)",
    ],
)
def test_the_word_address_without_an_address_is_allowed(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "adresa ve spisu: Husova 5, Brno",
        "adresa Husova 12",
        "klient, adresa: Nádražní 5",
        "adresa neznámá, ale bydlí v Dlouhé 5",
        "Adresa v dokumentaci je Palackého 12",
    ],
)
def test_an_address_after_the_word_stays_refused(note: str) -> None:
    assert refused(note), note


# -- refusals: a street after "tř.", a river shortened after "n." ------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "K-2026-181 ma slibenou praci na stavbe v Kostelci n. Orl., overit u firmy",
        "přestěhoval se do Kostelce n. Orl.",
        "K-0042 má práci v Ústí n. Orl.",
    ],
)
def test_a_river_shortened_after_a_town_is_allowed(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Služba pro romské rodiny po propuštění, Most, tř. Budovatelů 2957, tel. 476 101 774.",
        "Poradna, tř. Budovatelů 2957, Most, tel. 476 101 774",
    ],
)
def test_an_avenue_after_tr_is_allowed_in_public(note: str) -> None:
    assert not refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "volal p. Novák",
        "mluvil jsem s p. Kos.",
        "bydlí tř. Budovatelů 2957, Most",
        "K-0042 bydlí na nám. Míru 12",
        "tř. Hrubešová volala, že syn nechodí",
        "nám. Kubeš rozhodl o dávce",
        "Jednání s nám. Hrubešem",
        "Kostelec n. Orl., Hrubeš",
    ],
)
def test_a_person_after_an_abbreviation_or_a_home_on_an_avenue_stays_refused(note: str) -> None:
    assert refused(note), note


# -- refusals: Silvestr as a date ---------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Silvestr - AD ma zavreno od 14h, rict klientum",
        "do Silvestra vyúčtovat grant od Nadace Dagmar a Václava Havlových",
        "do Silvestra vyúčtovat grant",
        "Silvestr - DC má zavřeno od 12h",
        "Silvestr – KC zavřeno",
        "před Silvestrem vyúčtovat zálohy",
        "po Silvestru vyúčtovat cestovné",
        "Mikuláš - NZDM má zavřeno",
        "do Mikuláše vyúčtovat sbírku",
    ],
)
def test_a_saints_holiday_as_a_date_is_allowed(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Silvestr Novák volal",
        "peníze od Mikuláše Hrubeše",
        "do Silvestra Hrubeše zavolat",
        "od Silvestra Kubeše dostal klíče",
        "Silvestr - Hrubeš má zavřeno",
        "na Silvestra Hrubeš volal",
        "Mikuláš, 34 let, Hrubeš",
    ],
)
def test_a_person_beside_the_holiday_stays_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    ["Mikuláš: otevřeno do 12", "Mikuláš - zavřeno", "spoluvězni ho šikanovali", "Projekce filmu Masaryk"],
)
def test_what_passed_before_still_passes(note: str) -> None:
    assert not refused_in_public(note) and not refused(note), note


# -- refusals: a birth with no date ------------------------------------------------------------
# The round allowed a birth verb with no date ("narodil se mu syn", "narozen ve Vietnamu, v ČR od
# 2009"); the review found dates, times and places later in such notes passing with it
# (test_review_of_the_hurried_rounds.py), and the exemption was withdrawn. A country alone after
# the verb passes as before the round ("narozen na Slovensku").


@pytest.mark.parametrize(
    "note",
    [
        "narozen 1985",
        "K-0042 nar. 3.5.",
        "narodil se v roce 85",
        "narozen v Opavě",
        "narodil se v Brně, syn klientky",
        "včera se mu narodil syn",
        "narodila se v březnu",
        "narozena v devadesátém druhém",
        "narozen v osmdesátém pátém",
        "narozen v Polsku, 85",
        "narozena ve Vietnamu, ročník 90",
        "narodil se v Rumunsku, 45 let",
        "narodila se mu dcera, 12.11.",
        "narozen - 85",
        "K-2026-201 – slovenský občan, ročník 95, nutná registrace na ÚP",
        "nar. v Německu",
    ],
)
def test_a_birth_with_a_date_year_place_or_time_stays_refused(note: str) -> None:
    assert refused(note), note


# -- refusals: vocabulary, famous people, a film, a venue's address in a public text ------------


@pytest.mark.parametrize(
    "note",
    [
        "K-2026-067 bydlí v podnájmu v Praze 4, práci hledá na tržnici Sapa",
        "K-2026-171 – plánuje sdílené bydlení se spoluvězněm, doporučuji opatrnost",
    ],
)
def test_words_of_the_field_are_allowed(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Dobrý den, vaše registrace je potvrzena, začínáme v 9:00 v KD Josefa Kajetána Tyla.",
        "Promítání filmu Havel a debata o vězeňství za normalizace, kino Lucerna, vstup zdarma",
        "promítáme dokument Havel",
        "Promítání dokumentu Horáková",
        "Promítání filmu Beneš a debata",
        "Seminář: Jan Hus, Komenský a exil – co nám říkají o návratu do společnosti, Betlémská kaple",
        "Přednáška: Komenský, Jan Hus a vzdělávání",
        "Beseda o Ukrajině, Komunitní centrum Motýlek, Kopeckého 1, Praha 4",
        "Kurzy češtiny pro cizince A1–B1 v prostorách Knihovny Václava Havla, Ostrovní 13, Praha 1",
        "Setkání v Knihovně Václava Havla, Ostrovní 13, 110 00 Praha 1",
    ],
)
def test_famous_names_works_and_venues_are_allowed_in_public(note: str) -> None:
    assert not refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "spoluvězeň Novák volal",
        "bydlí se spoluvězněm Pepou",
        "Sapa volal, že nepřijde",
        "Tyl přišel včera",
        "Jan Hus, Novák a Kos přijdou",
        "Jan Hus, Hrubeš",
        "Jan Hus, Komenský volal",
        "Komenský, Havel a Kos",
        "po filmu Havel odešel domů",
        "film Hrubeš",
        "filmu Havel a Kos volali",
    ],
)
def test_people_beside_the_words_and_names_stay_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Jan Kopecký, Kopeckého 1, Praha 4",
        "klient Novák, Nádražní 5, Praha 4",
        "Hrubeš, Kopeckého 1, Praha 4",
        "Kontakt: Hrubešová, Husova 12, Brno",
        "Nemocnice Tomáše Bati, Krásná 40 let, matka klienta",
        "Knihovna Václava Havla, Hrdý 1985",
        "Knihovna Václava Havla, Hrubeš 12, Praha 1",
        "Knihovna Václava Havla, Marek přijde",
        "Dobrovolník Hrubeš, Palackého 5, Olomouc",
        "Petr, Palackého 5, Olomouc",
        "Martina, Jiráskova 8, Praha 2",
        "paní Kubešová, Husova 12, Brno",
        "Komunitní centrum Hrubeš, Kopeckého 1, Praha 4",
        "Dům Petra Nováka, Husova 12, Praha 1",
        "Knihovna Václava Havla, Kopeckého 1, Praha 1, kontakt Hrubeš",
    ],
)
def test_a_person_before_an_address_stays_refused_in_public(note: str) -> None:
    assert refused_in_public(note), note
