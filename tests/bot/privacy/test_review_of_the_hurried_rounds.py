"""Review of the nineteenth to twenty-first rounds (docs/privacy.md, "Review of the nineteenth to
twenty-first rounds"): personal notes those rounds let through that the check refused before
(d150f3d), harmless notes they began to refuse, and inputs that became slow."""

from __future__ import annotations

import time

import pytest

from bot.privacy import find_personal_data, load
from tests.bot.privacy.checking import TODAY, refused, refused_in_public

# -- a birth verb without a date was allowed (withdrawn): a date, a time or a place later on ---


@pytest.mark.parametrize(
    "note",
    [
        "narodil se v Polsku, v roce osmdesát pět",
        "narodila se ve Vietnamu, v devadesátém druhém",
        "narodil se ve Vietnamu, ve čtyřicátém pátém",
        "narodil se v Polsku, koncem osmdesátých let",
        "narodil se mu syn, před týdnem",
        "narodil se mu syn, je mu týden",
        "narodil se v Polsku, je mu čtyřicet let",
        "narodil se na Ukrajině, dnes slaví čtyřicítku",
        "narodil se mu syn před týdnem",
        "narodila se před týdnem",
        "narodil se mu syn o víkendu",
        "narodila se jí dcera ráno",
        "narodil se mu syn o prázdninách",
        "narodil se mu syn patnáctého",
        "narodil se mu syn ve FN Motol",
        "narodila se jí dcera, porodnice Motol",
        "narodil se v Rumunsku, v Brašově",
        "narodila se v Polsku, Krakov",
        "narodil se v Polsku (Gdaňsk)",
    ],
)
def test_a_birth_verb_with_a_time_or_a_place_later_in_the_note_is_refused(note: str) -> None:
    assert refused(note), note


# -- an abbreviated river after a town, then a house number: a village address -----------------


@pytest.mark.parametrize(
    "note",
    [
        "K-0042, Kostelec n. Orl. 125",
        "K-0042 bydlí Kostelec n. Orl. 125",
        "K-0042 bydlí v Ústí n. Orl., čp. 125",
    ],
)
def test_a_town_with_an_abbreviated_river_and_a_house_number_is_an_address(note: str) -> None:
    assert refused(note), note


def test_the_town_alone_still_passes() -> None:
    assert not refused("K-2026-181 má slíbenou práci na stavbě v Kostelci n. Orl., ověřit u firmy")


# -- a venue's address in a public text, with a flat in it -------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Komunitní centrum Motýlek, Kopeckého 1, Praha 4, byt 12",
        "Komunitní centrum Motýlek, Kopeckého 1, Praha 4, zvonek 3",
    ],
)
def test_a_flat_after_a_venues_address_is_somebodys_home(note: str) -> None:
    assert refused_in_public(note), note


def test_the_venue_and_its_address_alone_still_pass() -> None:
    assert not refused_in_public("Beseda o Ukrajině, Komunitní centrum Motýlek, Kopeckého 1, Praha 4")


# -- harmless notes the rounds began to refuse ------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "V ČR od 2015, narozena na Ukrajině",
        "kategorie: přípravka ml.",
        "juniorky ml. trénují v úterý",
        "kadeti ml. a st. mají turnaj",
        "dojde na Husovu 20 metrů od zastávky",
        "sraz na Žižkovu 19. výročí založení",
        "k-0089 tiktok zablokoval účet",
    ],
)
def test_what_the_rounds_began_to_refuse_passes_again(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "K-0042: 1985, narozen v Polsku",
        "zajít na Husovu 7 pro doklady",
        "K-0256 - vrana ml. mi volal",
        "K-0042 snajdr ml. zase nepřišel",
    ],
)
def test_their_personal_look_alikes_stay_refused(note: str) -> None:
    assert refused(note), note


def test_a_first_name_in_an_offices_mailbox_passes_in_a_public_text() -> None:
    assert not refused_in_public("Přihlášky na petr@charita.cz")
    assert refused_in_public("Přihlášky na petr.novak@seznam.cz")


# -- a long token without "@" is read once, not once from each of its characters ---------------


def test_a_long_token_is_checked_in_linear_time() -> None:
    load()
    started = time.perf_counter()
    find_personal_data("K-0042 " + "x" * 40_000, today=TODAY, public=True)
    assert time.perf_counter() - started < 2.0  # the quadratic e-mail pattern took ~10 s here


# -- the re-review: a second address glued to the first; a date after the town; a floor -------


def test_a_second_address_glued_to_the_first_is_found() -> None:
    assert refused("Klient poslal kontakt info@spolek.cz;novak@seznam.cz a odešel.")
    assert refused_in_public("Přihlášky na adrese info@spolek.cz;novak@seznam.cz do pátku.")


@pytest.mark.parametrize("note", ["Festival v Kostelci n. Orl. 12. června.", "Ústí n. Orl. 2026: koncert"])
def test_a_date_or_a_year_after_an_abbreviated_river_is_no_house_number(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Komunitní centrum Motýlek, Kopeckého 1, Praha 4. Pomáháme s hledáním bytu.",
        "Komunitní centrum Motýlek, Kopeckého 1, Praha 4, 1. patro.",
    ],
)
def test_a_venues_floor_or_a_flat_elsewhere_in_the_text_is_no_home(note: str) -> None:
    assert not refused_in_public(note), note
