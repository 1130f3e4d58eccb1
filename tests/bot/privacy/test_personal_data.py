"""Notes about clients: what looks like personal data is refused, ordinary notes pass."""

from __future__ import annotations

from datetime import date

import pytest

from bot.privacy import check_free_text, find_personal_data, is_first_name
from bot.refusals import InvalidValue

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("note", "reason"),
    [
        ("RČ 850503/1007 kvůli dokladům", "privacy.birth_number"),  # 8505031007 % 11 == 0
        ("klient 8505031007", "privacy.birth_number"),
        ("RČ 850503/1234", "privacy.birth_number"),  # a wrong check digit, but named as one
        ("nar. 3. 5. 1985, bez bydlení", "privacy.birth_date"),
        ("datum 3.5.1985", "privacy.birth_date"),
        ("narozen v Opavě", "privacy.birth_date"),
        ("Jan Novák, po výkonu trestu", "privacy.name"),
        ("předávám Petra Svobodu", "privacy.name"),
        ("volat panu Dvořákovi", "privacy.name"),
        ("bytem Nádražní 12, Ostrava", "privacy.address"),
        ("zdržuje se na Husova 5", "privacy.address"),
        ("č. p. 1020/5", "privacy.address"),
        ("bydlí na Smetanově 45 v Kolíně", "privacy.address"),
        ("Sídliště Lesná 880, Brno - u bratra", "privacy.address"),
        ("PSČ 702 00", "privacy.address"),
        ("bydlí v ulici Boženy Němcové 12", "privacy.address"),  # a street named after a person
        ("bydlí na třídě Tomáše Bati 1020 ve Zlíně", "privacy.address"),
        ("jeho telefon 777 123 456", "privacy.phone"),
        ("píše na jan.novak@seznam.cz", "privacy.email"),
    ],
)
def test_personal_data_is_found_and_named(note: str, reason: str) -> None:
    assert reason in {finding.reason for finding in find_personal_data(note, today=TODAY)}


@pytest.mark.parametrize(
    "note",
    [
        "Muž, 42 let, bez bydlení, závislost na alkoholu v remisi.",
        "Propuštění 12. 3., potřebuje azylový dům a dluhovou poradnu.",
        "Dluhy kolem 150 000 Kč, insolvence zatím nepodaná.",
        "Potřebuje 2 noci ubytování, pak Kotva Ostrava.",
        "Spolupráce s PMS Opava, probační dohled 3 roky.",
        "Klient souhlasí, kontakt přes sociální pracovnici věznice.",
        "Věznice Opava, oddíl 3, termín 1. 12. 2026 v 9:00.",
        "Azylový dům Most naděje Ostrava, volno 2.",
    ],
)
def test_ordinary_case_notes_pass(note: str) -> None:
    assert find_personal_data(note, today=TODAY) == []


def test_first_names_in_any_case() -> None:
    assert all(is_first_name(w) for w in ("Jan", "Janem", "Janě", "Karla", "Markovi", "Petrovi"))
    assert not any(is_first_name(w) for w in ("Ostrava", "Kotva", "Azylový", "Věznice", "Most"))


@pytest.mark.parametrize(
    "note",
    [
        "JAN NOVÁK",
        "Novák Jan",
        "Kevin Novák",
        "Oleksandr Kovalenko",
        "Jаn Nоvák",  # Cyrillic а and о
        "Олександр Коваленко",
        "jana novakova 38 let",
        "* 3.5.85",
        "3. května 1985",
        "Jan N., ročník 1985",
    ],
)
def test_what_the_issue_found_stored_is_refused(note: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        check_free_text(note, today=TODAY)
    assert refused.value.reason == "privacy.refused" and refused.value.findings


def test_an_organisations_own_address_and_phone_may_stand_in_public_texts() -> None:
    venue = "Kotva Ostrava, Nádražní 12, tel. 596 123 456"
    assert check_free_text(venue, public=True) == venue
    assert find_personal_data(venue, today=TODAY)  # in a case note the same would be refused
    with pytest.raises(InvalidValue):
        check_free_text("Přednáší klient Jan Novák, nar. 1985", public=True)
