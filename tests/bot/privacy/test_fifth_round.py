"""Issue #15, fifth round: the kinds of notes an independent examiner's notes (half A) showed the
check missing or refusing, each as a worker would write it (docs/privacy.md)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.privacy import find_personal_data

TODAY = date(2026, 11, 30)


def reasons(note: str) -> set[str]:
    return {finding.reason for finding in find_personal_data(note, today=TODAY)}


@pytest.mark.parametrize(
    "note",
    [
        "Pepa z azyláku včera odjel za bratrem.",  # a first name, where he comes from, a verb
        "Majda z druhého patra si stěžuje na hluk.",
        "Tonda (kl. z Ruzyně) dostal podmínku.",  # ... who he is in brackets, a verb
        "Ahmed (klient z Iráku) dostal azyl.",
        "Vláďa (bratr klienta) slíbil, že mu půjčí.",  # a nickname in no list, a person in brackets
        "Bóža nedorazil, asi zase pije.",  # a nickname the list now has
        "Mára (bratr kl.) nabídl bydlení.",  # the brand "Mar" (March) has no case forms
        "Mára (kamarád kl.) mu sehnal brigádu.",  # a clitic pronoun before the verb
    ],
)
def test_a_first_name_described_before_its_verb_is_somebody(note: str) -> None:
    assert "privacy.name" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Vrána Pavel - výstup v dubnu, chce ubytovnu.",  # a surname that is a word, then the name
        "Skála Roman hledá ubytovnu.",
        "Malý Tomáš potřebuje doprovod na úřad.",  # a man's adjective
        "Kovář Milan nedorazil na ÚP.",
    ],
)
def test_a_surname_that_is_a_word_before_the_first_name_is_somebody(note: str) -> None:
    assert "privacy.name" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "zavolat panu kovarovi kvuli praci",  # a listed surname that is also a word
        "predat spis novakove",  # a woman's form of a listed surname, no title
        "poslat dvorakovi formular",
    ],
)
def test_a_listed_surname_in_lower_case_is_somebody(note: str) -> None:
    assert "privacy.name" in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Kl. K-2026-090: r.n. 1979",
        "dcera kl. se narodila 14. 6. 2023 v Ostravě",  # a child's birth: any past year
        "syn se narodil 12. ledna 2024",
    ],
)
def test_a_birth_by_its_abbreviation_or_its_verb_is_a_birth_date(note: str) -> None:
    assert "privacy.birth_date" in reasons(note)


def test_a_childs_birth_date_is_shown_whatever_its_year() -> None:
    found = find_personal_data("dcera kl. se narodila 14. 6. 2023 v Ostravě", today=TODAY)
    assert [f.excerpt for f in found if f.reason == "privacy.birth_date"] == ["14. 6. 2023"]


@pytest.mark.parametrize(
    ("note", "reason"),
    [
        ("číslo pasu 41235678, platnost do 2028", "privacy.document"),
        ("kl. má ukrajinský pas FT123456", "privacy.document"),
        ("občanka č. 115667234 propadlá", "privacy.document"),
        ("výživné posílat na účet 1234567890/0800", "privacy.account"),
        ("dávka chodí na účet 19-2000145399/0100", "privacy.account"),
        ("žije v chatě, Bystřice 212", "privacy.address"),  # a village's house number
        ("kl. má jen pevnou linku 466 221 098, ÚP ho nezastihl", "privacy.phone"),
        ("ze sociálního odboru předali e-mail kl.: petr.dvorak85@seznam.cz", "privacy.email"),
        ("klient bydlí Husova 12, u poradny", "privacy.address"),
        ("pevná linka 465 521 774 - volat večer", "privacy.phone"),
        ("nová adresa: Krátká 5, Krnov, nahlásit na ÚP", "privacy.address"),  # somebody moved
        ("poslat mu adresu Husova 12", "privacy.address"),  # "mu" is no MÚ  # a household's, though "linka"
        ("IBAN kl. CZ65 0800 0000 1920 0014 5399", "privacy.account"),
    ],
)
def test_documents_accounts_and_a_clients_contacts_are_refused(note: str, reason: str) -> None:
    assert reason in reasons(note)


@pytest.mark.parametrize(
    "note",
    [
        "Na Kladensku chybí terénní pracovník.",  # a region by its town's adjective
        "Zlínsko nemá žádnou noclehárnu pro ženy.",
        "Program pro Karvinsko a Brněnsko hledá lektora.",
        "Opavsko má nejvíc klientů v kraji.",
        "Jesenicko - vysoká nezaměstnanost, málo NNO.",  # by knowledge/place_adjectives.csv
        "Sokol pořádá sbírku oblečení pro noclehárnu.",  # a club named after an animal
        "klient je Polák, mluví česky dobře",  # a nationality after "je"
        "klientka je Romka, chce romského asistenta",
        "meeting moved to Jan 20 for the whole team",  # an English date
        "Sraz ve stanici metra Jiřího z Poděbrad v 9:00.",  # a station named after a person
        "Vystoupit na metru I. P. Pavlova, pak pěšky.",
        "Vysednout na zastávce Václava Trojana.",
        "kl. rozbil Samsung, nemá jak volat",  # phones, motorbikes, medicines
        "kl. by chtěl starou Babettu na dojíždění",
        "kl. chce Jawu opravit a jezdit do práce",  # a brand of four letters in another case
        "kl. užívá Sertralin, předepsal psychiatr",
        "Sídlo organizace: Masarykova 1520/4, Opava.",  # an office's address, lines, mailboxes
        "Ústředna věznice: 553 000 100, pak linka sociálního oddělení.",
        "Bezplatná linka 800 123 456 pro lidi v dluzích.",
        "Terénní pracovnice Charity, služební mobil 731 222 333",  # a work mobile
        "Azylový dům sídlí na Husově 12, zazvonit.",
        "Azylový dům pro matky s dětmi, Husova 12, tel. 465 111 222",  # whom it is for
        "Objednávání klientů: poradna 221 000 100",  # clients, nobody in particular
        "Dobrý anděl - příspěvek pro rodiny s dětmi",  # a field organisation of several words
        "objednávky na podatelna@mesto-opava.cz",
        "PSČ 702 00 Ostrava - adresa pro korespondenci úřadu",
        "č. j. 45678/2026 - rozhodnutí o dávce",  # a file number, no account
        "OP vyřídit do konce měsíce, fotky má",
        "Kamenice nad Lipou má nový azylový dům pro 12 lidí.",
    ],
)
def test_harmless_notes_of_these_kinds_pass(note: str) -> None:
    assert find_personal_data(note, today=TODAY) == []


def test_a_mobile_is_a_persons_even_beside_an_office() -> None:
    assert reasons("Poradna: 777 123 456") == {"privacy.phone"}
    assert reasons("poradna@seznam.cz - dotazy") == {"privacy.email"}  # a free mail service's
    assert reasons("Sokol volal, že nepřijde") == {"privacy.name"}  # Mr Sokol, not the club
