"""The fourteenth round (issue #15): kinds two examiners' corpora (halves A, dev14_*.txt and
dev15_*.txt) showed, in notes written anew for each kind (docs/privacy.md, "Fourteenth round").

For a kind of miss, each personal note passed the check before this round (priv14 at c53eba7) and
must now be refused, and the harmless look-alikes beside it must pass; for a kind of refusal, each
harmless note was refused before and must now pass, and the guards beside it must stay refused."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused

# -- misses ------------------------------------------------------------------------------

# a surname and a first name in lower case heading the note, either way round, before a dash,
# a colon, a comma or a verb; "Katka" is a first name now


@pytest.mark.parametrize(
    "note",
    [
        "vlk roman - chce pomoct s bydlením",
        "kos petr: dluh u operátora 20 tis",
        "roman vlk - nástup do azyláku v pondělí",
        "katka novotna - zadost o davky",
        "K-2026-111 kos pavel, nástup 1.5.",
        "vlk roman nastupuje do komunity",
    ],
)
def test_a_lower_case_name_heading_the_note_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "roman - nová kniha do knihovny",
        "vlk a liška - pohádka pro děti",
        "vlk roman je dobrá kniha",
        "novy roman - doporučit do knihovny",
    ],
)
def test_lower_case_words_that_are_no_heading_pass(note: str) -> None:
    assert not refused(note), note


# a listed surname that is also a thing's noun, opening a sentence before what only grown-ups
# do, have or lack


@pytest.mark.parametrize(
    "note",
    [
        "Skála odmítá léčbu",
        "Skála souhlasí s plánem, schůzka v úterý",
        "Kostka nemá práci, řešit úřad práce",
        "Kostka má exekuce a dluhy",
        "Kříž nemá kde bydlet",
        "Skála chce bydlení v Ostravě",
        "Kříž přišel opilý",
        "Skála - nástup na ubytovnu 1.3.",
        "Kostka: dluhy 40 tis",
    ],
)
def test_a_thing_named_surname_doing_what_grown_ups_do_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Skála se zřítila na silnici",
        "Rada souhlasí s projektem",
        "Kostka má šest stěn",
        "Zima nemá konce",
        "Skála - výlet s klienty v sobotu",
        "Kostka: hra pro děti v klubu",
        "Zima přišla brzy, chybí deky",
    ],
)
def test_a_thing_doing_what_things_do_passes(note: str) -> None:
    assert not refused(note), note


# kin as spoken and by marriage make an address somebody's home (an office in the note or not)


@pytest.mark.parametrize(
    "note",
    [
        "Ubytovna nevyšla, strejda má dům v Lipníku č. p. 120",
        "Azyl nevyšel, brácha má byt v Lipníku č. p. 120, může tam přespat",
        # a village's house number right after kin
        "máma klientky, Horní Lhota 33",
        "u strejdy, Dolní Újezd 12",
    ],
)
def test_a_relatives_house_number_is_an_address(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note", ["Ubytovna Lipník, č. p. 120, recepce nonstop", "Kurz pro rodiče, Horní Lhota 33"]
)
def test_an_offices_house_number_passes(note: str) -> None:
    assert not refused(note), note


# a surname declined as a soft adjective (Krejčí, Kočí) in every case


@pytest.mark.parametrize(
    "note",
    [
        "za Kočího se ptala jeho sestra",
        "volala jsem Krejčímu, nebere",
        "za Krejčím přišla sestra",
        "u Kočích byla kontrola",
    ],
)
def test_a_soft_adjective_surname_in_any_case_is_a_person(note: str) -> None:
    assert refused(note), note


def test_the_tailors_passes() -> None:
    assert not refused("šití u krejčího, oprava oblečení zdarma")


# -- refusals ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        # a prison by its short name after a preposition, though Pankrác is a first name too
        "muž 52 let, propuštění 3.2. z Pankráce, hledá ubytovnu",
        # a first name that is a word of a town beside its other word
        "brigáda na stavbě v Mladé Boleslavi / Penny nebere",
        # an organisation named by a word and a number is no street
        "tlumočení do arabštiny zkuste přes Slovo 21",
        # in capitals, a title before a verb names nobody
        "KLIENT POTŘEBUJE POMOC S BYDLENÍM",
        "KLIENTKA ODEŠLA Z AZYLÁKU BEZ OHLÁŠENÍ",
        # a diminutive of a word the dictionary knows
        "MÁME KOČÁREK, POTŘEBUJE VÝBAVIČKU PRO MIMINO",
        # a verb's prefix and its past tense the dictionary lacks
        "Sepsaly jsme žádost a odnesly ji na úřad",
        "Sepsala jsem seznam věcí",
        "beseda s mužem, který si odseděl 12 let",
        # "-u" of a man's surname right after a verb is no surname
        "potřebuje simku a nabíječku",
        # a saint's name, and the house's village after it
        "Dům svatého Josefa, Žireč",
    ],
)
def test_harmless_notes_of_the_fixed_kinds_pass(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Pankrác Novák volal",
        "Boleslav Novák, 45 let, Mladá Boleslav",
        "bydlí Slovanská 21",
        "KLIENT NOVÁK POTŘEBUJE POMOC",
        "Vykoukal volal, přijde zítra",
        "petr vykoukal 45 let",
        "zavolat simkovi",
        "přijde šimek",
        "Vykoukala jsem potkala u Lidlu",
        "Michalička volal, přijde zítra",
        "KLIENTKA PAVLÍČKOVÁ PORODILA",
    ],
)
def test_guards_beside_the_fixed_refusals_stayrefused(note: str) -> None:
    assert refused(note), note
