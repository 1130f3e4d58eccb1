"""The twenty-first round: notes typed in a hurry, no diacritics, lower case or CAPITALS
(privq37A; docs/privacy.md, "Twenty-first round").

The notes of each fixed kind were refused / passed the other way on main before this round
(200ffbb); the guards beside them (harmless look-alikes of a miss fixed, personal look-alikes of
a refusal fixed) give the same answer before and after."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused, refused_in_public

# -- misses: a first name typed in lower case, in any case form --------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "pripomenout jane ze ma v utery soud 9:00",
        "zkontrolovat jestli nikolaj podal zadost o azyl",
        "zavolat kolegyni hance z PMS opava kvuli predani",
        "klientka hana, 29, rodila 2.5., dite ok",
        "zavolat lence kvuli schuzce",
        "pripomenout janovi soud",
        "predat zpravu michalovi",
        "predavam olze veci",
        "ivo dnes nedorazil",
        "s jirim na urad",
        "petr v pondeli podepsal smlouvu",
        "lektorka zuzana",
        # with the surname after it, also one that is a word ("kos", "bily")
        "poslat zpravu soudu za miroslava 'miru' sykoru",
        "nno podane ruce, adiktolog tomas velky",
    ],
)
def test_a_first_name_in_lower_case_is_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "linka podpory – na telefonu ruzena a dusan, st a pa",
        "vanocni vecirek pro klienty, prihlasky u lenky na 604 998 120",
        "turnaj ve fotbale, kapitan tymu klientu marek kos",
        "sportovni den ve valdicich, za vezeni organizuje vychovatel kamil bily",
        "kdo ma zajem o spolujizdu, volejte mi na muj mob 731 226 905 (hana)",
        "sraz v 9:00 u me doma, jecna 14, praha 2 – martina",
        "diky vsem! specialni diky vere a radkovi za kafe",
        "kapitan tymu pavel kos",
        "sraz u me doma - katerina",
        "na telefonu dusan a ruzena, po a ct",
    ],
)
def test_a_first_name_in_lower_case_is_refused_in_public(note: str) -> None:
    assert refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        # a first name that is a word ("radim", "radek": řádek, "dana", "roman", "mira")
        "radim vsem prijit vcas",
        "radek v tabulce chybi",
        "michal jsem salat, pak se podava",
        "marek nic, peci dneska",
        # a saint, a street, a school or a place
        "akce v kostele sv. jana v nedeli",
        "namesti jiriho z podebrad, sraz v 10",
        "na martina husy v jidelne",
        "sraz v hane? ne, v olomouci",
        "sraz na pankraci v 9",
        "vlak do mlade boleslavi v 6:40",
        "konference v milane, online",
        # a name day, the fair "na Matěji"
        "svatek ma dnes petr",
        "dnes ma svatek lucie",
        "pout na mateji",
        # a month after a day (Slovak "marca")
        "sk: ubytovňa v Ostrave má voľné miesta od 1. marca",
        # ordinary hurried notes
        "klient dorazil na schuzku, vse ok",
        "NEZAPOMENOUT NA PORADU V UTERY",
        "dneska max 10 lidi na vydeji",
    ],
)
def test_ordinary_words_and_places_in_lower_case_pass(note: str) -> None:
    assert not refused(note), note


# -- misses: a name after "jmenuje se" -----------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "klient se ozenil, manzelka se jmenuje dana, K-2026-118",
        "existuje job club v ostrave pro kluka z romske rodiny, jmenuje se patrik?",
        "potrebuju kontakt na brachu klienta K-2026-055, jmenuje se radim, sedi v mirove",
        "jmenuje se tomas",
        "jeho brach se jmenuje vojta",
        "syn se jmenuje adam",
        "manzel se jmenuje karel",
    ],
)
def test_a_name_after_jmenuje_se_is_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "projekt se jmenuje restart",
        "program se jmenuje nadeje",
        "akce se jmenuje vanocni besidka",
        "PROJEKT SE JMENUJE RESTART",
        "jak se jmenuje ta aplikace?",
        "ta ulice se jmenuje lipova",
        "ten projekt se jmenuje novy start",
    ],
)
def test_a_thing_after_jmenuje_se_passes(note: str) -> None:
    assert not refused(note), note


# -- misses: a title or "klient" before a surname in lower case ---------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "jaky dokumenty potrebuje ms. enkhjargal k prodlouzeni pobytu?",
        "p. svoboda prinese projektor",
        "klient liska (K-0051) chodi pozde ale snazi se",
        "klient kos (K-0051) chodi pozde",
    ],
)
def test_a_surname_after_a_title_in_lower_case_is_refused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "pripomen mi zavolat pani kuratorce kvuli vyzivnemu u klienta K-12",
        "pani z uradu volala, ze dokumenty jsou ok",
        "pan doktor prijde v 10",
        "pani uklizecka prijde ve stredu",
        "klient ukrajinec (K-0051)",
        "klient rom (K-0051) hleda praci",
        "klient dnes (K-0051) neprisel",
        "klient novy (K-0051) ok",
        "klient zednik (K-0051) nastoupil",
        "klient mlady (K-0051) hleda praci",
    ],
)
def test_a_role_or_word_after_a_title_passes(note: str) -> None:
    assert not refused(note), note


# -- refusals: a note typed in capitals ---------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "PREDAVAM K-2026-118: PRACI V ALBERTU ZTRATIL, HLEDAME DAL",
        "K-2026-062 – KLIENTI 18-26 LET MAJI U NAS PRIORITU, TAKZE OK",
        "ZITRA PORADA NA RADNICI, MASARYKOVA 1, 8:30",
        "PORADA NA URADE, PALACKEHO 12",
        "PREDNASKA O ZAVISLOSTI, MASARYKOVA UNIVERZITA",
    ],
)
def test_ordinary_words_in_capitals_pass(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "TERENNI PROGRAM PRAHA 8, VYJIZDIME PO-PA, INFO@TERENP8.CZ",
        "PREZENTACE VYZKUMU O RECIDIVE, KARLOVA UNIVERZITA, CELETNA",
        "TERENNI PROGRAM OSTRAVA, VYJIZDIME DENNE",
    ],
)
def test_ordinary_words_in_capitals_pass_in_public(note: str) -> None:
    assert not refused_in_public(note), note


@pytest.mark.parametrize(
    "note",
    [
        "POZOR - LIŠKA NESMÍ DO VÝDEJNY",
        "POZOR - KOLÁŘ MÁ ZÁKAZ VSTUPU",
        "PREDAT ZPRAVU MICHALOVI",
        "JAN NOVAK PRIJDE ZITRA",
        "PANI NOVAKOVA Z PMS",
        "KLIENT BYDLI PALACKEHO 12",
        "SRAZ U NEJ DOMA, HUSOVA 5",
        "PETR NOVAK, 35 LET",
        "HRUBES ZASE PIJE",
        # and in lower case, as before
        "jan novak prijde zitra",
    ],
)
def test_names_in_capitals_stay_refused(note: str) -> None:
    assert refused(note), note
