"""Issue #15, eighth round: the kinds of notes a new examiner's corpus showed the check refusing
or missing, each written anew as a worker would write it (docs/privacy.md, "Eighth round").
Every harmless note here is refused by the seventh round's code; every personal one must stay
refused."""

from __future__ import annotations

from datetime import date

import pytest

from bot.privacy import find_personal_data

TODAY = date(2026, 11, 30)


def reasons(note: str, *, public: bool = False) -> set[str]:
    return {finding.reason for finding in find_personal_data(note, today=TODAY, public=public)}


@pytest.mark.parametrize(
    "note",
    [
        # where an event or a group meets is no home: a seminar, a workshop, a club, a hall, a
        # meeting of the network, a halfway house, an open day
        "Seminář: Pracovní právo pro propuštěné, Olomouc, Wellnerova 3, 1 200 Kč.",
        "Klub Kotva, Palackého 12, Tábor – otevřeno po–čt.",
        "Konference o probaci, sál Marianum, Ostrava, Sokolská 26.",
        "Den otevřených dveří v Domě na půli cesty Maják, Lidická 8, Vsetín.",
        "Setkání podpůrné skupiny pro partnerky odsouzených, Olomouc, Horní náměstí 5, 2. patro.",
        # an office that moved, with its new address and switchboard
        "Poradna přestěhována, nová adresa Husova 18, Jihlava, tel. 567 300 200.",
        # a service's contact phone in a text labelled as the service's
        "Služba: Terénní sociální práce na Děčínsku, kontakt 731 222 333.",
        # an institution's address, then a new clause about a client going there
        "Nemocnice Jihlava, Vrchlického 59 – klient tam chodí na kontroly.",
    ],
)
def test_an_event_venue_or_an_office_is_no_home(note: str) -> None:
    assert reasons(note) == set()


@pytest.mark.parametrize(
    "note",
    [
        "Kurz vaření, klient bydlí na adrese Tyršova 9.",
        "Schůzka v klubu, matka klienta bydlí Tyršova 9, Kroměříž.",
        "Klient přestěhován, nová adresa Tyršova 9, Kolín.",
        "Chodí do klubu, nová adresa Husova 5, Jihlava.",  # a new address, no office moved
        "Charita Opava, Husova 5 – bydlí tam klient s matkou.",
        "Klub Fénix, Tyršova 9 – byt klientky.",
        "Seminář: klient bydlí Údolní 53, Brno.",
        # a house number ending the sentence (missed before this round)
        "Klient bydlí Masarykovo náměstí 100.",
        "Jednání ORP Benešov, klient bydlí Masarykovo náměstí 100.",
    ],
)
def test_a_home_beside_an_event_or_office_is_still_an_address(note: str) -> None:
    assert "privacy.address" in reasons(note)


def test_a_mobile_in_a_service_text_about_a_client_is_still_his() -> None:
    assert "privacy.phone" in reasons("Služba: klient K-2026-001 má mobil 737 000 111.")


@pytest.mark.parametrize(
    "note",
    [
        "Rodný list pro klienta narozeného v zahraničí – kam se obrátit?",
        "Ročník nezjištěn, klient bez dokladů, řešíme OP.",
    ],
)
def test_a_birth_word_without_a_date(note: str) -> None:
    assert reasons(note) == set()


@pytest.mark.parametrize(
    "note", ["Klient narozen v zahraničí, 3. 5. 1985.", "Klient K-2020, ročník 1985, dluhy."]
)
def test_a_birth_date_is_still_one(note: str) -> None:
    assert "privacy.birth_date" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        # famous people and characters of children's films, in any case
        "Přednáška o Viktoru Franklovi a smyslu života, knihovna věznice.",
        "Beseda: Maria Montessori a vzdělávání dospělých.",
        "Pro děti promítáme Boba a Bobka a Krtečka.",
        "Klub čtenářů: o Karlu Havlíčkovi Borovském a jeho epigramech.",
        # a name of a café, a club, a platform, a hall; a theme or a title after its kind
        "Schůzka v kavárně Café Lena, Opava, 10:00.",
        "Výstava fotografií odsouzených, téma Zima, vernisáž v pátek.",
        "Metodika vznikla v rámci projektu Platforma pro rodiny.",
        # English names of countries and their peoples
        "Study visit to Sweden and Finland for prison service staff.",
        # trades the dictionary lacks, Czech and Slovak
        "Muž, 40 let, vyučený zedník, chce na kurz Svářeč.",
        "Klient má výučný list stolár, 29 rokov, hľadá prácu.",
        # an abbreviation in capitals, whatever it ends with
        "Zapojili jsme se do sítě ASOV a chceme víc.",
        # a role before a case code
        "Klientka (K-0203) potřebuje doprovod na úřad.",
        # a brand that is a first name, then an ordinary word after a comma
        "Nakoupit v Albertu, peněženku nechat v kanceláři.",
        # a place of two words after a preposition
        "Vozíme potravinovou pomoc do Dolní Lhoty.",
        # a place's adjective before the noun it agrees with
        "Co je Wiesbadenská metoda a kde se učí?",
        # a firm's or association's name before its legal form
        "Organizace: Romano drom, z. s.",
        "Zaměstnavatel Stavby Elektro servis s.r.o. hledá pomocné dělníky.",
        # a support group
        "Klient, 41 let, prohrál výplatu, doporučena skupina Gamblers Anonymous.",
        # a trade at a known shop
        "Řezník z Kauflandu hledá pomocníka na zkrácený úvazek.",
        # a size is no registration plate
        "Kapacita disku 2TB 4096, stačí na archiv.",
    ],
)
def test_names_of_nobody(note: str) -> None:
    assert reasons(note) == set()


@pytest.mark.parametrize(
    "note",
    [
        "Klient žije s družkou Janou Havlovou v Kolíně.",  # a woman's forms of a famous man's name
        "Přijde i Jana Palachová, sestra klienta.",
        "Přihlásila jsem na kurz Vomáčku, začíná v pondělí.",
        "V klubu byl Šebestík, ptal se na práci.",
        "Klient bydlí v Horní Lidči u Hanáka.",
        "Zítra přijde Koperská s matkou.",
        "Zítra přijde Koperská matka.",
        "Zítra přišla Wiesbadenská volat.",
        "Vomáčka (K-0203) potřebuje doprovod.",
        "Pracuje u firmy Hanák s.r.o., šéf je přísný.",
        "Zaměstnán u Petr Novák s.r.o., šéf je přísný.",
        "Kovář z Lidlu volal, že klient nepřišel.",
        "Sedlák z Lidlu volal, že klient nepřišel.",
        "V Albertu, Novák dluží 3000.",
        "Klient chodí do Café Práh za kamarádem Šebestíkem.",
    ],
)
def test_people_beside_the_new_kinds_are_still_named(note: str) -> None:
    assert "privacy.name" in reasons(note)


def test_a_plate_after_a_car_word_is_still_one() -> None:
    assert "privacy.plate" in reasons("Klientovo auto 1GB 2048 stojí u domu.")


# --- review of the eighth round: holes it opened, each refused again -------------------------


@pytest.mark.parametrize(
    "note",
    [
        # where a client goes is no office: his address or contact beside it is his
        "Klient byl na školení, kontakt: Husova 5, Brno",
        "Klient chodí do klubu AA, jeho adresa Husova 5",
        "Klient chodí na přednášky, teď je k zastižení Nádražní 5, Brno",
        # a spolubydlící is no spolek
        "Spolubydlící se přestěhoval, nová adresa Husova 5",
        "Jeho spolubydlící se přestěhoval, nová adresa Husova 5",
    ],
)
def test_review_a_clients_address_beside_where_he_goes(note: str) -> None:
    assert "privacy.address" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        # a surname after a hall, a theme or a password is no hall's or theme's name
        "v sále Novák volal",
        "po přednášce v sále Novák zase křičel",
        "Svoboda, téma Novák",
        "heslo Novák",
        "v sále Svoboda volal",
        # a trade that is a surname, at a shop, who acts
        "Řezník z Kauflandu volal",
        "Pekař ze Žabky volal",
        "Pekař ze Žabky mi přišel říct, že klient nepřišel.",
        "Kovář z Lidlu hledá práci.",
        # "Town u Surname" is no place like "Vinařice u Kladna"
        "Klient bydlí v Brně u Nováka.",
    ],
)
def test_review_names_refused_again(note: str) -> None:
    assert "privacy.name" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Seminář: Palackého 12, Brno",
        "Klub Fénix, Palackého 12, otevřeno po–čt.",
        "Workshop v sále Marianum, Českobratrská 1, Ostrava.",
        "Spolek se přestěhoval, nová adresa Husova 5, Jihlava.",
        "Výstava, téma Svoboda, vernisáž v pátek.",
        "Pekař z Penny hledá brigádníky.",
        "Klient bydlí v Kostelci u Holešova.",
    ],
)
def test_review_the_venues_and_names_of_nobody_still_pass(note: str) -> None:
    assert reasons(note) == set()
