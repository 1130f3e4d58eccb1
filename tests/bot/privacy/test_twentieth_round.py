"""The twentieth round (issue #15): one examiner's corpus (privq34; docs/privacy.md, "Twentieth
round"), each note checked with its field's profile.

The notes of each fixed kind were refused / passed the other way on main before this round
(200ffbb); the guards beside them (personal look-alikes of a refusal fixed, harmless look-alikes
of a miss fixed) give the same answer before and after."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused, refused_in_public

# -- misses: a client named right after his case code -----------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        # a listed first name that is no word, capitalised, right after the code
        "K-0320 Matěj po léčbě v Č. Dvoře, teď doléčovací program Sananim.",
        "K-2026-047: Zdeněk po výstupu bez bydlení",
        "K-0042 – Radek, výstup 12. 5.",
        "K-0042 Alena po porodu",
        "KL-0610 Petra na ubytovně",
        "K-0703, Ondřej, bez domova",
        # in brackets alone, a listed surname (a word too) or first name
        "Klient K-2026-090 (Liška) bohužel recidivoval, zase na Pankráci.",
        "K-0042 (Zajíc) – dluhy",
        # a listed first name or a surname's shape before "se" / "si" and its verb
        "KL-0610 piotr se ozval",
        # a surname's shape, "je" and where the person is
        "K-0042 petrenko je zpet doma",
        "K-0042 kovalenko je u matky",
        "K-0042 lakatos je u matky",
    ],
)
def test_a_client_named_after_his_case_code_is_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "K-0117 Jiří nastoupil do práce",
        "K-2026-090 Vasyl bez dokladů",
        "K-0042 (Vrána) nastoupil",
        "K-0042 (Kos) má dluhy",
        "K-0042 ( Sova ) dorazil",
        "K-0042 (Petr) přišel",
        "K-0042 kowalski si stezoval na ubytovne",
        "k-0042 horvath se nedostavil",
        "K-0042 bondarenko se vratil",
        "K-0042 kowalski je ve vazbe",
    ],
)
def test_people_after_a_case_code_stay_refused(note: str) -> None:
    """Refused on main too (by older rules): guards beside the new ones."""
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        # a place, a prison, an organisation, a month or a brand after the code
        "K-0042 Praha 8, terén",
        "K-0042 Bory – výstup 3. 12.",
        "K-0042 Olomouc, ÚP",
        "K-0042 Naděje, azylový dům",
        "K-0042 Sananim, doléčování",
        "K-0042 Květen – program",
        "K-0042 Silvestr – zavřeno",
        "K-0042 Albert – nákup potravin",
        "K-0042 Mírov, výstup",
        "K-0042 Jihlava, doléčování",
        "K-0042 Diakonie, dluhová poradna",
        # in brackets: prisons, towns, organisations, offices
        "K-0042 (Bory) výstup",
        "K-0042 (Pankrác) výstup",
        "K-0042 (Jiřice) výstup",
        "K-0042 (Valdice) výstup",
        "K-0042 (Světlá) výstup",
        "K-0042 (Stráž) výstup",
        "K-0042 (Ostrov) výstup",
        "K-0042 (Naděje) ubytování",
        "K-0042 (Jahoda) kurz",
        "K-0042 (Slunce) klub",
        "K-0042 (ÚP) dávky",
        "K-0042 (muž) výstup",
        # things that do "se" verbs, and things that are somewhere
        "K-0042 dluhy se řeší",
        "K-0042 socka se ozvala",
        "K-0042 powerbank se rozbil",
        "K-0042 gmail se zablokoval",
        "K-0042 instagram se zablokoval",
        "K-0042 ipad je doma",
        "K-0042 playstation je doma",
        "K-0042 powerbank je u vedouci",
        "K-0042 prukaz je zpet doma",
        "K-0042 kauce je zpet u nas",
    ],
)
def test_what_else_follows_a_case_code_passes(note: str) -> None:
    assert not refused(note), note


# -- misses: a birthday, a street declined, a year before the birth verb ---------------------------


@pytest.mark.parametrize(
    "note",
    [
        "nezapomenout: K-0117 má narozky 15.8., poslat přání",
        "K-0117 narozky 3. 4., zavolat",
        "poslat přání k narozkám 12.3.",
        # a street in the accusative or genitive with its house number
        "K-2026-102 – zajít na Žižkovu 19 k tetě klienta pro doklady",
        "zajít na Husovu 7 pro doklady",
        "dojít do Husovy 12 k matce",
        # a year right before "narozen" and a country
        "K-0042: 1985, narozen v Polsku",
        "K-0042 1990 – narozena na Ukrajině",
        "K-0042, 1978, narozen ve Vietnamu",
    ],
)
def test_a_birthday_a_declined_street_and_a_year_before_the_birth_are_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "přestěhoval se na Masarykovu 1020/4",
    ],
)
def test_a_street_declined_as_before_stays_refused(note: str) -> None:
    """Refused on main too."""
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "K-0117 – poslat přání k svátku",
        "K-0042 – jít na Husovu 200 let výročí",
        "zajít na Masarykovu 10 minut pěšky",
        "zajít do Mendlovy 3 km od centra",
        "K-0042 – přečíst Husovu knihu",
        "Od 2015 v ČR, narozen ve Vietnamu",
        "K-2026-047 narozen ve Vietnamu",
    ],
)
def test_their_look_alikes_pass(note: str) -> None:
    assert not refused(note), note


# -- misses in public texts: a trainer's name, a first name's mobile, a person's mailbox --------


@pytest.mark.parametrize(
    "note",
    [
        # "školí" is a verb, not a school named after the trainers
        "Workshop pro dobrovolníky, školí Anna Kovářová a Petr Kovář",
        "Kurz, školí Jana Dvořáková",
        # a mobile right after a first name
        "Služba Následná péče – objednání přes Romana, 733 812 004, jen SMS.",
        "Vánoční večírek, přihlášky u Terezy na 777 123 456",
        "Přihlášky u Jany, 603 111 222",
        "Objednání přes Kláru: 731 222 333",
        "Přihlášky přes Michala – 725 111 222",
        # a number said to be its owner's, after it
        "Vánoční večírek, přihlášky na 777 123 456 (osobní)",
        "Ozvěte se na 603 111 222 (domácí)",
        # a mailbox named after a person
        "Prosím o potvrzení účasti na e-mail martina.kriz@seznam.cz",
        "Potvrďte na novak@seznam.cz",
        "Pište na michal@seznam.cz",
        "Přihlášky na j.novak@seznam.cz",
        "Přihlášky u Vlasty na 777 123 456",
        "Přihlášky přes Adama, 777 123 456",
    ],
)
def test_a_persons_name_phone_or_mailbox_in_a_public_text_is_refused(note: str) -> None:
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Info podá Pavel, tel. 602 555 444",
        "Volejte Martinovi na 777 888 999",
        "Rezervace u Honzy na 777 123 456",
        "Přihlášky u Marka, 777 123 456",
        "Info 603 111 222 (soukromé)",
        "Přihlášky na jana.novakova@email.cz",
        "Přihlášky: dvorakova.lucie@gmail.com",
        "Přihlášky: jana.novakova1990@email.cz",
        "Přihlášky na tomas.kral@centrum.cz",
    ],
)
def test_people_and_their_contacts_in_public_texts_stay_refused(note: str) -> None:
    """Refused on main too (a name with a verb, a dative, a surname in the mailbox)."""
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Workshop, školí lektoři Nadace Vodafone",
        "Kurz ve Škole Jana Ámose Komenského",
        "Beseda v Gymnáziu Jana Keplera",
        "Setkání v Knihovně Václava Havla",
        # an organisation's, a saint's, a place's, a pub's or a brand's name before a mobile
        "Centrum Martin, 777 123 456",
        "Kostel sv. Anny, 777 123 456",
        "Hospic sv. Zdislavy, tel. 603 111 222",
        "Přihlášky: Klub Jana, tel. 777 123 456",
        "Přihlášky u koordinátorky, tel. 777 123 456",
        "Sraz u Alberta, 777 123 456",
        "Přihlášky do Silvestra na 777 123 456",
        "Restaurace U Marka, 777 123 456",
        "Penzion U Anny, rezervace 603 111 222",
        "Azylový dům Naděje, 777 123 456",
        "Ubytovna Viktorie, tel. 603 111 222",
        "Farnost sv. Václava, 603 111 222",
        "Přihlášky v Centru Anna, 603 111 222",
        "Sraz v Jiříkově, 777 123 456",
        "Konzultace (osobní i telefonické) na 603 111 222",
        "Zavolejte na 800 123 456 (bezplatné)",
        "Registrace do pátku, 777 123 456 (služební)",
        # an office's mailbox, a first name alone on its own domain
        "Prosím o potvrzení na info@charita.cz",
        "Prosím o potvrzení na klub.sova@seznam.cz",
        "Přihlášky na akce.jaro@seznam.cz",
        "Přihlášky na centrum.anna@charita.cz",
        "Přihlášky na klubslunce@seznam.cz",
        "Přihlášky na petr@charita.cz",
        "Přihlášky na magdala@charita.cz",
        "Přihlášky na job.club@email.cz",
        "Přihlášky na j.k@seznam.cz",
        "Přihlášky na praha.sever@seznam.cz",
        "Přihlášky na klub.adam@charita.cz",
        "Přihlášky na vikend.pro.rodiny@email.cz",
        "Kontakt: Ubytovna Adam, 777 123 456",
        "Výdej jídla u sv. Ludmily, 777 123 456",
        "Přihlášky přes Diakonii, 777 123 456",
    ],
)
def test_an_organisations_contacts_in_a_public_text_pass(note: str) -> None:
    assert not refused_in_public(note), note


# -- refusals: cinemas and programmes known only whole -----------------------------------------


def test_a_cinema_and_a_programme_known_only_whole_pass() -> None:
    assert not refused_in_public("Promítání filmu Havel a diskuse o vězeňství, Kino Světozor, 17. 11.")
    assert not refused("K-0341 – doporučeno do programu Job club Květen, sraz v pondělí 9:00.")


@pytest.mark.parametrize("note", ["Světozor volal, že nepřijde", "Job přišel opilý"])
def test_their_words_alone_are_still_somebody(note: str) -> None:
    assert refused(note), note
