"""The twenty-third round: harmless notes refused (privq40B, privq41B, privq42B, privq39A;
docs/privacy.md, "Twenty-third round").

The harmless notes of each fixed kind were refused on main before this round (0a11496); the
guards beside them (personal look-alikes of a refusal fixed) are refused before and after."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused, refused_in_public

# -- a course or a workshop named by its trade -----------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Klient absolvoval ve výkonu kurz Kuchař – přípravář, certifikát je ve spisu.",
        "Přihlásila se na kurz Pekař v březnu.",
        "Od září nastoupí na kurz Zedník.",
        "Po propuštění chce do dílny Truhlář v chráněné dílně.",
    ],
)
def test_a_trade_after_a_course_or_a_workshop_is_no_person(note: str) -> None:
    assert not refused(note), note


def test_trades_listed_after_a_workshop_are_no_persons_in_public() -> None:
    note = "Pracovní terapie – dílny Kovář a Truhlář, Jihlava, Brněnská 45. Po–Pá 7–15."
    assert not refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "na kurz Kuchař přišel pozdě",  # a person's verb after the trade
        "kurz vede Kovář",
        "dílny Kovář a Novák",  # a surname that is no trade after the list's "a"
        "v dílně Kovář nepřišel",
    ],
)
def test_a_person_beside_a_course_is_still_refused(note: str) -> None:
    assert refused(note), note


# -- a sentence opened by a conjunction, an adverb, a negated verb or a note's label --------


@pytest.mark.parametrize(
    "note",
    [
        "Telefon nebere. Pokud se neozve do 14 dnů, spolupráci ukončíme.",
        "Má nový OP. Zatím spí na krizovém lůžku.",
        "Klient je motivovaný. Vhodný by byl mentor muž.",
        "Klient po 12 letech ve Valdicích, 61 let. Nezvládá mobil ani internet.",
        "Ani po 3 týdnech se neozval. Stav: nepodařilo se kontaktovat.",
        "Klient, 58 let. Nerozumí dopisům. Zatím bydlí u sestry.",
    ],
)
def test_a_word_opening_a_sentence_is_no_name(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Holý má exekuce.",  # a man's adjective before his verb
        "Holý by podepsal.",  # the conditional, but no copula
        "Klient 61 let. Nedoma volal.",  # a surname shaped as a negated word
        "Nedvěd nemá peníze.",
        "K-2026-089, 61 let. Nejedlý nemá mobil.",  # a negated adjective the dictionary knows
        "Holub: nepodařilo se kontaktovat.",  # a person's noun before the colon
        "Vítr volal, že nepřijde.",
    ],
)
def test_a_surname_opening_a_sentence_is_still_refused(note: str) -> None:
    assert refused(note), note


# -- an office's address: abbreviations, embassies, hospitals, lodgings; a street after it -----


@pytest.mark.parametrize(
    "note",
    [
        "Pátek 13h: K-2026-089 na OAMP, Cigánkova 1861, Praha 4",
        "K-2026-097 (61 let) – invalidní důchod, ČSSZ Praha, Křížová 25",
        "Nástup do PN Bohnice, Ústavní 91, Praha 8, hned po skončení trestu.",
        "Doporučuji Centrum pro integraci cizinců, Brno, Mezírka 1.",
        "Ubytování pro lektory: Hotel Gustav Mahler, Jihlava, Křížová 4.",
        "Žádost o důchod podat na OSSZ Opava, Krnovská 69.",
        "supervize ctvrtek 16h, Komenskeho nam. 3, 1. patro",
    ],
)
def test_an_offices_street_is_no_home_nor_name(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "klientka bydlí u matky, Křížová 25",
        "ÚP Opava, paní Křížová 25, tel. 602 123 456",
        "ČSSZ Praha, volala Křížová 25",  # no comma before the name: a woman who called
        "sraz na ÚP, Novák 25, Opava",  # a listed surname before the number
        "sraz na ÚP, Opava, Svoboda 25",
        "klient bydlí v hotelu, Husova 5, Jihlava",  # where he lives is his home
        "K-2026-011, Ostrozna 25, Opava",
    ],
)
def test_a_home_beside_an_office_is_still_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Kancelář spolku, Dlouha 8, Pardubice",
        "Cyklovylet s klienty, start od kancelare spolku, Dlouha 8",
    ],
)
def test_an_offices_street_is_no_name_in_public(note: str) -> None:
    assert not refused_in_public(note), note


@pytest.mark.parametrize("note", ["kancelar spolku, Svoboda 8", "Kancelář: Jan Novák, Dlouhá 8"])
def test_a_person_beside_an_office_is_still_refused_in_public(note: str) -> None:
    assert refused_in_public(note), note


# -- no home said: none, in a document, or a town hall's -------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Klient K-2026-097 nemá trvalé bydliště v ČR, původem ze Slovenska.",
        "K-2026-165 bude bydlet u syna, adresa je v papírovém předávacím protokolu.",
        "Klientka nemá trvalé bydliště v ČR, žije na Slovensku.",
        "K-2026-066 bude hlášen na adrese MÚ Příbram, Tyršova 108, jako ostatní bez trvalého bydliště.",
    ],
)
def test_no_home_said_is_no_address(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "trvalé bydliště: Husova 5, Opava",
        "má trvalé bydliště Husova 5",
        "nová adresa klienta: Husova 5, Opava",
        "adresa je Husova 5, Opava",
        "hlášen na adrese matky, Husova 5",  # a mother's, no town hall
        "bydliště Lipová 12, Krnov",
    ],
)
def test_a_home_address_is_still_refused(note: str) -> None:
    assert refused(note), note
