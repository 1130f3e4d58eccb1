"""The twenty-second round: harmless notes refused (privq40A, privq41A, privq42A; docs/privacy.md,
"Twenty-second round").

The harmless notes of each fixed kind were refused on main before this round (04b4afd); the
guards beside them (personal look-alikes of a refusal fixed) are refused before and after."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused, refused_in_public

# -- a street typed without diacritics, or named by a plural's genitive, before its number ------


@pytest.mark.parametrize(
    "note",
    [
        "Dluhova poradna, Palackeho 12, Prostejov, objednani na 582 330 125",
        "poradna pro dluzniky, Palackeho 7 - vchod ze dvora",
        "kancelar Budovatelu 1989, Most, sluzebni tel 476 448 200",
        "kancelář terénní práce, Budovatelů 1989, Most",
        "spolujizda od Klubu, Ostrozna 25, v 7:00",
        "sraz pred poradnou, Krizna 8, Opava",
        "vydej saten, Budovatelu 4, Most, pracovni dny 9-12",
    ],
)
def test_a_street_without_diacritics_is_no_name_in_public(note: str) -> None:
    assert not refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "sraz u Svobody 25, Opava",  # a man's genitive before a number: no street's ending
        "nocleh u Vrany 14, Opava",
        "Jan Novak 45, Opava",
        "na telefonu Novakova, Palackeho 12",  # a listed surname before the street
    ],
)
def test_a_name_before_a_number_is_still_refused_in_public(note: str) -> None:
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "klient bydli Palackeho 12, Prostejov",  # a home address in a case text
        "bydli Zahradni 14, Plzen",
        "klientka bydlí Budovatelů 1989, Most",
        "matka klienta, Ostrozna 25, Opava",
        # a client's address after his case code: the street's name keeps it refused
        "K-2026-011, Ostrozna 25, Opava",
        "K-2026-011, Budovatelů 19, Most",
        "K-2026-011, Budovatelu 1989, Most",
    ],
)
def test_a_street_without_diacritics_is_still_a_home_in_a_case_text(note: str) -> None:
    assert refused(note), note


# -- a firm's or a lodging's name holding a surname ------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Zavolat správci Ubytovny Svoboda, jestli bere klienty po výkonu",
        "Ubytovna Svoboda, Ostrava: volná lůžka od pondělí.",
        "z Valdic ho vyzvedne vedoucí party z firmy Stavby Černý s.r.o., práce od pondělí.",
        "Klient nastoupil na úklid do firmy Kovář & syn s.r.o.",
        "Klient nastoupil do firmy Kovář a synové s.r.o. jako pomocník.",
        "sociální firma Tesař a Kovář, s.r.o., Hranice, bereme i bez praxe",
        "Ubytování pro přespolní: Hotel Gustav Mahler, Jihlava.",
        "Nocleh zajištěn v Penzionu Dvořák, platí organizace.",
    ],
)
def test_a_surname_inside_a_firms_name_is_no_person(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Jan Svoboda z ubytovny volal, že nepřijde.",
        "pan Černý volal kvůli práci",
        "Pracuje u firmy Hanák s.r.o., šéf je přísný.",  # a surname alone before a legal form
        "Zaměstnán u Petr Novák s.r.o., šéf je přísný.",  # a first name with it
        "Klient pracuje u Jan Kovář & syn s.r.o.",
        "Ubytovna Jan Svoboda, jestli bere klienty",
        "Hotel Novák volal, že klient nepřišel",  # a verb after the name
        "na ubytovně Svoboda nebyl",  # the kind in lower case, not the name's first word
        "Vít Adámek, zaměstnavatel Stavby Adámek s.r.o.",
        "Novák a Dvořák, s.r.o. zaplatili",
    ],
)
def test_a_person_beside_a_firm_is_still_refused(note: str) -> None:
    assert refused(note), note


# -- a famous person's name with initials or an academic title, as streets are named ---------


@pytest.mark.parametrize(
    "note",
    [
        "doprovod na MM Liberec, nám. Dr. E. Beneše 1, přepážka 12",
        "Klient potřebuje doprovod na úřad, nám. E. Beneše 3.",
        "polevka zdarma pro klienty v Kralove Dvore, nam. T. G. Masaryka 1, 11-13h",
        "schůzka v kavárně na tř. T. G. Masaryka ve 14:00",
        "Skupina AA, každé pondělí 17:30, fara Husova sboru, Dr. Milady Horákové 12.",
        "Den otevřených dveří v Domě na půl cesty Dona Boska, Pardubice.",
    ],
)
def test_a_famous_name_with_initials_or_a_title_is_no_person(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Dr. Novák volal",
        "klient T. G. Masaryk, nar. 1980",
        "MUDr. J. Novák, obvodní lékař klienta",
        "E. Beneš přijde zítra",  # a person's verb after the name
        "pan Dr. E. Beneš volal",
        "bydlí nám. T. G. Masaryka 12, byt 3",  # the street is then a home
        "Dr. Milada Horáková přednáší",  # a title and a verb: a namesake alive
        "Dr. E. Beneš přednáší o dějinách",
    ],
)
def test_a_person_with_initials_is_still_refused(note: str) -> None:
    assert refused(note), note


# -- a town that is a surname too, as an office's seat ---------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "k-2026-152 UP Sokolov 12.3. v 9, sam nedojde, domluvit odvoz",
        "první kontakt po propuštění: K-centrum Sokolov.",
        "Klient se hlásí na ÚP Mělník, doprovod ve čtvrtek.",
        "Doklady vyřídí na MÚ Sokolov, přepážka 3.",
    ],
)
def test_a_town_after_an_office_is_its_seat(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "UP Sokolov volal, klient nepřišel",  # a person's verb after it
        "klient Sokolov, 35 let",
        "Jan Sokolov z UP",
        "pan Mělník volal",
        "Sokolov z PMS volal",
    ],
)
def test_a_surname_that_is_a_town_is_still_somebody(note: str) -> None:
    assert refused(note), note


# -- a verb opening a sentence that is a first name's case form -------------------------------


def test_a_verb_opening_a_sentence_is_no_first_name() -> None:
    assert not refused("Klient, 37 let. Míří do Kolína, kontakt na K-centrum dostal.")
    assert not refused("Klient po výkonu, 45 let. Míří do Ostravy za prací.")


@pytest.mark.parametrize(
    "note",
    [
        "Klient, 37 let. Mírovi jsem volala.",
        "Klient, 37 let. Jana do Kolína nejede.",
        "Míra, 37 let, míří do Kolína",
    ],
)
def test_a_first_name_opening_a_sentence_is_still_one(note: str) -> None:
    assert refused(note), note


# -- a word in capitals for stress ------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Prosim NEFOTIT odsouzene, ani zezadu, dik",
        "Prosíme NEFOTIT účastníky ani prostory věznice.",
        "prosím NEVOLAT po 20. hodině, jen SMS",
    ],
)
def test_a_word_in_capitals_for_stress_is_no_name(note: str) -> None:
    assert not refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    ["klient HOLUB nepřišel", "Prosím NEFOTIT, díky, Kolář", "zavolat NOVÁKOVI, NEFOTIT"],
)
def test_a_surname_in_capitals_is_still_refused(note: str) -> None:
    assert refused(note), note


# -- holidays and collections named by an adjective, typed with or without diacritics --------


@pytest.mark.parametrize(
    "note",
    [
        "v lednu by chtěl pomáhat u Tříkrálové sbírky, hodil by se k Charitě",
        "klient pomáhal u Tříkrálové sbírky s Charitou",
        "Sbirka hracek pro deti vezni, Vanoce 2026, sberna mista Charita Ostrava",
    ],
)
def test_a_holiday_word_is_no_name(note: str) -> None:
    assert not refused_in_public(note), note


@pytest.mark.parametrize("note", ["pani Vanoce volala", "Jan Vanoce volal", "Vanoce Jan, 35 let"])
def test_a_surname_spelt_as_a_holiday_is_still_refused(note: str) -> None:
    assert refused(note), note


# -- a nationality said of kin -----------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "kl. K-2026-080 zenaty, manzelka Ukrajinka zije v Praze 9, navstevy pres VS",
        "Klient je ženatý, manželka Ukrajinka, děti v Charkově.",
        "druh Vietnamec pracuje v Brně, s bydlením pomůže",
    ],
)
def test_a_nationality_after_kin_is_refused_again(note: str) -> None:
    """The rule was withdrawn by the second review of the twenty-second and twenty-third rounds:
    "Manžel Chorvat", "Druh Bulhar", "Matka Němka" may be named so, and a leak is worse than a
    refusal."""
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "manžel Němec volal",  # a listed surname too
        "manželka Polák se ozvala",
        "manželka Ukrajinka Olena volala",
        "manželka Ukrajinka, nar. 1990",
        "klient Slovák, v CZ nemá nikoho",  # after a client word it is most often his surname
        # a nationality that is a frequent surname too (review of the round): Mr Slovák may be meant
        "druh Slovák pracuje v Brně, s bydlením pomůže",
    ],
)
def test_a_surname_after_kin_is_still_refused(note: str) -> None:
    assert refused(note), note


# -- a trade named as a course's ---------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "K-2026-064: dokončil rekvalifikaci Zedník, mistr ho chce zaměstnat.",
        "Klient se hlásí na rekvalifikaci Kuchař – číšník, začíná v březnu.",
    ],
)
def test_a_trade_after_a_course_word_is_no_name(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "obor Kovář dokončil v pondělí",  # a verb after it: Mr Kovář
        "rekvalifikace Novák",
        "na rekvalifikaci Zedník přišel pozdě",
    ],
)
def test_a_surname_after_a_course_word_is_still_refused(note: str) -> None:
    assert refused(note), note


# -- an institution's name after a famous person, then its town -------------------------------


def test_a_famous_name_then_a_town_is_no_person() -> None:
    note = "Doučování dětí vězněných rodičů ve spolupráci se ZŠ Boženy Němcové, Brno-Žabovřesky."
    assert not refused_in_public(note)
    assert not refused_in_public("Kroužek pro děti klientů v ZŠ T. G. Masaryka, Ostrava-Poruba.")


@pytest.mark.parametrize(
    "note", ["spolupráce se ZŠ Boženy Němcové, Novák", "Gymnázium Jana Keplera, Praha, kontakt Novák"]
)
def test_a_person_after_a_famous_name_is_still_refused(note: str) -> None:
    assert refused_in_public(note), note


# -- a town hall's address: "MÚ" is no pronoun, a residence registered there no home ----------


@pytest.mark.parametrize(
    "note",
    [
        "K-2026-090 – vyzvednout nový OP na MÚ (Masarykovo nám. 1) a předat klientovi",
        "Klient K-2026-079 (38) má trvalý pobyt na ohlašovně MÚ Opava, Horní nám. 69. Reálně bez bydlení.",
        "Klient má trvalý pobyt na ohlašovně MÚ Opava, Horní nám. 69.",
        "po propuštění 2. 5. hlášen na MÚ Uherský Ostroh, Veselská 93, PSČ 687 24.",
        "Setkání sítě: MÚ Benešov, Masarykovo nám. 100, 2. patro, čtvrtek 14:00",
    ],
)
def test_a_town_halls_address_is_no_home(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "klient hlášen na Husova 5, Opava",  # no office: his home
        "klient má trvalý pobyt na Husova 5",
        "trvalý pobyt u matky, Husova 5",
        "hlášen na MÚ, ale bydlí u sestry, Husova 5",
        "Klient má trvalý pobyt na ohlašovně MÚ Opava, Horní nám. 69, ale bydlí u matky, Husova 5.",
        "dal mu adresu Husova 5",  # the pronoun
        "na MÚ mu dali adresu, bydlí Husova 5",
        "bydlí na ubytovně MÚ, Husova 5",
    ],
)
def test_a_home_beside_a_town_hall_is_still_refused(note: str) -> None:
    assert refused(note), note


# -- word lists: a field organisation's genitive, bus stations; "K-centra"; "kancl" ------------


@pytest.mark.parametrize(
    "note",
    [
        "ct navsteva Mirov 13h, vzit nabidky od Podanych rukou a letak Charity",
        "Klient dostal letáky od Podaných rukou a Charity.",
        "vecer Zvonarka - donest boty vel 44 a spacak pro K-2026-140",
        "Výlet s klienty K-centra na Sněžku, odjezd v 7:00.",
        "zaplatit najem kanclu Palackeho 12 (25 000) do 15.",
        "zaplatit nájem kanclu Palackého 12 do 15.",
    ],
)
def test_organisations_stations_and_offices_are_no_person(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "pan Zvonařka volal",
        "Jan Florenc, 35 let",
        "Podaný volal",
        "klient K-centra Novák volal",
        "klient bydlí u kámoše, Palackeho 12, kancl ma zavreny",  # his home, the office aside
        "klient bydli Palackeho 12 (u matky)",
        "Kontakt Dvořák 12 (mobil)",
    ],
)
def test_a_person_beside_them_is_still_refused(note: str) -> None:
    assert refused(note), note
