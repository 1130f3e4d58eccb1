"""The tenth round (issue #15): kinds two examiners' corpora (halves A, dev10_*.txt and
dev11_*.txt) showed, in notes written anew for each kind (docs/privacy.md, "Tenth round").

Every harmless note here was refused by the ninth round's check; every guard is a personal
look-alike of a kind that must stay refused."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused

# -- a trade that is a surname, opening a sentence, spoken of as a trade


@pytest.mark.parametrize(
    "note",
    [
        "Truhlář je dobrý obor, výuční list za tři roky",  # the copula says it is a trade
        "Pekař je řemeslo, které se dá vyučit i ve výkonu trestu",
        "Zedník, tesař a pokrývač – nejvíc hledané profese na Vysočině",  # a list of trades
        "Malíř – rekvalifikační kurz na ÚP Jihlava",  # a trade labelled by a word of trades
        "Sedlák z Vysočiny hledá sezónní brigádníky na brambory",  # an employer seeking staff
        "Řezník z Kauflandu hledá nové pomocníky",  # staff after an adjective
    ],
)
def test_a_trade_spoken_of_as_a_trade_is_nobody(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Kovář Jan volal",
        "pan Sedlák z Polabí hledá pomocníky",
        "Sedlák z Polabí volal",
        "Sedlák z Polabí hledá práci",  # a person seeks work, a farm seeks staff
        "Kovář je bez práce",  # "práce" is no word of trades: Mr Kovář is out of work
        "Kovář je v oboru nový",  # the trade word after a preposition
        "Kovář – bez práce, volal",
        "Kovář, tesař z Bor, volal",  # one trade after him is his trade, not a list
        "Kovář, tesař a Novák",
    ],
)
def test_guard_a_trade_named_as_a_person_is_stillrefused(note: str) -> None:
    assert refused(note), note


# -- where an event takes place or a service sits is no home


@pytest.mark.parametrize(
    "note",
    [
        "Husova 12 – tělocvična, místo konání turnaje",
        "změna místa: budeme na Nádražní 8, 2. patro",
        "Kolín – nízkoprah pro mladé, Husova 4",
        # a street named after a man, in an office's address
        "Setkání v Kolíně, Městský úřad, Václava Kubelíka 3",
    ],
)
def test_a_venue_or_a_service_address_is_no_home(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "bydlí na Palackého 3",
        "Klient chodí do tělocvičny, bydlí na Palackého 3",
        "změna místa: klient bydlí na Palackého 3",
        "Tyršova 16 – tělocvična, tam spí klient",
        "budova B, Husova 5, byt 12",
        "Setkání s klientem, Ignáta Herrmanna 1",  # a client in the note: his address
        "Úřad práce, kontakt Petra Nováka 1",  # a contact on a person, no street
        "Úřad práce: Jana Nováková 45",
    ],
)
def test_guard_a_clients_address_is_stillrefused(note: str) -> None:
    assert refused(note), note


def test_a_name_before_a_comma_is_no_part_of_a_street() -> None:
    # a miss the ninth round had: "Novák, Palackého" was read as one street's name
    assert refused("Seminář: Novák, Palackého 3")
    assert not refused(
        "Dopisy: Vazební věznice Praha-Pankrác, Soudní 1672/1a, 140 57 Praha 4 – pro všechny odsouzené"
    )


# -- an adjective in a thing's name is no surname


@pytest.mark.parametrize(
    "note",
    [
        "Sociální podnik Zelená zahrada, s.r.o.",
        "supervize formou Balintovské skupiny",  # an adjective made from a name: a method
        "KLIENTKA CHCE KONTAKT NA DLUHOVOU PORADNU V OPAVĚ",  # an office after "kontakt na"
    ],
)
def test_an_adjective_before_its_noun_is_a_name_of_a_thing(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Zelená volala",
        "Novotná kauce",  # a surname the dictionary knows only as a name
        "dokumenty předat Novotné osobně",  # an adverb is no noun
        "Hronovský dorazil na schůzku",  # an -ovský word before a verb
        "kontakt na Pokornou",
        "kontakt na Pokornou kurátorku",  # a person by role
        "KONTAKT NA POKORNOU MÁMU",
    ],
)
def test_guard_a_surname_that_is_an_adjective_is_stillrefused(note: str) -> None:
    assert refused(note), note


# -- where from, a nationality or a birthplace, said with an age or no date


@pytest.mark.parametrize(
    "note",
    [
        "klientka je Ukrajinka, 33 let, hledá práci",  # a woman's nationality (nationalities.txt)
        "klient z Předlic, 30 let, hledá práci",  # where from, right before the age
        "narozena na Ukrajině, bez dokladů, potřebuje pomoc s pobytem",  # a country, no date
        # the field named, no date after it (numbers elsewhere are an office's address)
        "Do formuláře: Úřad práce, Husova 5, 110 00 Praha 1 – jméno a datum narození vyplní klient sám",
    ],
)
def test_where_somebody_comes_from_is_no_name_and_no_birth_date(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "kontakt na Kuneše, 48 let",
        "Kuneš z Předlic, 30 let",
        "klient Bohdan z Kuneše, 30 let",
        "narozen v Opavě",  # a town locates him
        "narozen na Slovensku 3. 5. 1985",
        "narozena ve Vsetíně, ročník 85",
        "narozen v osmdesátém pátém",
        "datum narození 85",
        # a fresh reviewer's probes: "z" typed for "s", and "do" + somebody
        "Mluvila jsem z Kunešem, 48 let, propuštěn v březnu",
        "Dnes schůzka ze Šebestíkem, 52 let",
        "Jdu do Šebestíka, 52 let",
    ],
)
def test_guard_a_name_or_a_birth_beside_an_age_is_stillrefused(note: str) -> None:
    assert refused(note), note


# -- what stands after a title is no name when a number or a code parts them


@pytest.mark.parametrize(
    "note",
    [
        "Klient OP/23/101 ze Šluknova chce kontakt na poradnu",  # a case code, then "ze"
        "Doplatek na bydlení – klientka 2 500 Kč, zbytek rodina",  # "Kč" after a number
        "zavolat pani kuratorce kvuli davkam",  # a woman's role typed without diacritics
        "Is there any NGO in Brno that helps with debts?",  # an abbreviation in English
    ],
)
def test_a_code_a_sum_a_role_or_an_abbreviation_is_no_name(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Míra Pešek z Jiřic",
        "zavolat pani novakove",
        "pani kuratorka Novakova",
        "Klient NGO volal",
        "Client NGUYEN called",
        "Does Novak have debts?",
    ],
)
def test_guard_a_name_after_a_title_is_stillrefused(note: str) -> None:
    assert refused(note), note


# -- misses of a natural corpus (examiner 14, half A; after the tenth round) ------------------------


@pytest.mark.parametrize(
    "note",
    [
        "K-0311 – X @martin_olomouc, posílá úřadům stížnosti",  # an office named in the note
        "K-0412 kartička pojištěnce 8103152231 (VZP)",  # the insurance number is the birth number
        "dnes vyzvedl kartičku pojištěnce č. 7702281234",
    ],
)
def test_a_persons_handle_or_insurance_number_is_refused_in_any_note(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize("note", ["FB poradny @charitaopava, úřední hodiny po–pá 9–12"])
def test_guard_an_offices_own_handle_passes(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Klient bydlí na ubytovně, Husova 5",
        "K-0517 spí v azylovém domě, Nádražní 12, pokoj 4",
        "klientka prespava v noclehárně Palackého 3",
    ],
)
def test_where_a_client_lives_is_his_home_whoever_keeps_the_house(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize("note", ["Ubytovna Nádražní 44, volná lůžka 3", "Klient chodí do poradny, Husova 5"])
def test_guard_a_hostel_or_office_address_spoken_of_so_passes(note: str) -> None:
    assert not refused(note), note
