"""The fifteenth round (issue #15): principles a new examiner's corpus (privq20, dev16_*.txt) showed,
in notes written anew for each (docs/privacy.md, "Fifteenth round").

For a kind of miss, each personal note passed the check before this round (priv15 at 5b1dd54) and
must now be refused, and the harmless look-alikes beside it must pass; for a kind of refusal, each
harmless note was refused before and must now pass, and the guards beside it must stay refused."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused

# -- misses: names -----------------------------------------------------------------------

# a thing's noun in its dictionary form opening a sentence before what only people do (call,
# owe, sign, promise), or seeking, having or lacking work, a home, money or papers: a surname
# that is a word, listed or not


@pytest.mark.parametrize(
    "note",
    [
        "Vítr volal, že dnes nepřijde",
        "Lev nemá peníze na nájem, prosí o potravinovou pomoc",
        "Hora hledá práci, má řidičák",
        "Sníh dluží na nájmu 14 tisíc",
    ],
)
def test_a_things_noun_doing_what_only_people_do_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Zima přišla brzy, na ubytovně netopí",
        "Projekt nemá peníze na další rok",
        "Úřad nemá peníze na doplatek",
        "Nikdo nevolal, klienti nechodí",
        "Dnes volal soud kvůli termínu",
        "Soused volal kvůli hluku",
        "Malý spí u babičky, máma je na směně",
        "Město hledá pracovníky na úklid",
    ],
)
def test_things_offices_and_pronouns_before_such_verbs_pass(note: str) -> None:
    assert not refused(note), note


# a listed surname and a listed first name are a name-shaped pair, though the pair reads as an
# adjective and a brand's word ("Roman" is a word of "Romani")


@pytest.mark.parametrize(
    "note",
    ["Šťastný Roman nemá kde bydlet", "Veselý Roman nastoupil na ubytovnu"],
)
def test_a_surname_and_a_first_name_are_a_pair_whatever_else_they_read_as(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize("note", ["Veselé Vánoce všem klientům i kolegům"])
def test_a_wish_stays_a_wish(note: str) -> None:
    assert not refused(note), note


# a lower-case name heading the note before a case code or a number; and any noun beside a first
# name that is no word of its own ("marek" is only a form of "marka")


@pytest.mark.parametrize(
    "note",
    [
        "kos petr K-2026-045 nástup 1. 3., bez bydlení",
        "lisak marek - nástup do práce v pondělí",
        "vitr pavel: dluhy u operátora",
        "marek lisak - chce do azyláku",
    ],
)
def test_a_lower_case_heading_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    ["novy roman - doporučit do knihovny", "roman - nová kniha do knihovny", "dlouhy roman: na dovolenou"],
)
def test_a_novel_heading_the_note_passes(note: str) -> None:
    assert not refused(note), note


# a listed surname's possessive in lower case right before close kin


@pytest.mark.parametrize(
    "note", ["pekarova manzelka volala, chce kontakt", "kovaruv syn chce pomoct s bytem", "zajicuv syn volal"]
)
def test_a_lower_case_possessive_before_kin_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize("note", ["sousedova zena volala kvuli hluku", "pohadka o kralove dceri pro deti"])
def test_a_neighbours_wife_passes(note: str) -> None:
    assert not refused(note), note


# a surname typed in lower case told by its declension where no dictionary knows the word: the
# instrumental after "s", a man's dative in -ovi, a woman's -ová before her verb


@pytest.mark.parametrize(
    "note",
    [
        "s lakatosem jsem mluvila o bydlení",
        "predat zpravu balogovi do pondeli",
        "fialova nechce davky, chce praci",
        "slamova prisla pozde, opilá",
    ],
)
def test_a_lower_case_surname_told_by_its_ending_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "souhlasí s případovou konferencí v úterý",
        "procházka s terapeutem po parku funguje",
        "má chalupu po dědovi, bez vody",
        "nova prisla pozde",
        "Centrum Martin – pro lidi s autismem, ne pro nás",
    ],
)
def test_known_words_in_those_cases_pass(note: str) -> None:
    assert not refused(note), note


# -- misses: addresses, documents, accounts -------------------------------------------------

# a street's adjective declined after a preposition, an abbreviated avenue named by a date, kin
# in the cases whose stem changes ("k babičce") making a note somebody's


@pytest.mark.parametrize(
    "note",
    [
        "posílat poštu na Sokolskou 32, Opava, u bratra",
        "bydli u sestry v Hranicich, Tr. 1. maje 540",
        "do DPC nechce, půjde k babičce na Mírovou 12",
    ],
)
def test_a_declined_street_is_an_address(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note", ["na Olomouckou 12 km, autobus jede v 7", "sraz na Mírové náměstí v 10", "žák 3. tř. ZŠ"]
)
def test_a_way_and_a_meeting_place_pass(note: str) -> None:
    assert not refused(note), note


# a document's own number after "č." in any shape; a law's is none


def test_a_documents_number_in_any_shape_isrefused() -> None:
    assert refused("průkaz ZTP č. 123/2019/K, na MHD zdarma")


def test_a_laws_number_passes() -> None:
    assert not refused("průkaz ZTP podle zákona č. 329/2011 Sb., vyřizuje ÚP")


# an office after a verb of sending is where an account goes, not whose it is


def test_an_account_sent_to_an_office_is_the_clients() -> None:
    assert refused("klient si zřídil účet, č. 1064523019/3030, poslat na ÚP")


def test_an_offices_account_for_gifts_passes() -> None:
    assert not refused("Účet pro dary organizace: 2100123456/2010")


# -- refusals --------------------------------------------------------------------------------

# "bytem" after an adjective that agrees with it is a flat, no label of where somebody lives


def test_a_flat_after_its_adjective_passes() -> None:
    assert not refused("Klientka chce děti zpět, prosím o pomoc se startovacím bytem")


def test_bytem_before_an_address_isrefused() -> None:
    assert refused("Jan chce děti zpět, bytem Nádražní 12")


# A word-surname's case before a verb of getting or losing was let pass as the thing got or lost
# ("Svobodu dostal dřív"); a review found it passing people assigned, moved or freed ("Vránu
# dostal na starost Petr", "Svobodu získal v březnu"), so such notes are refused again.


@pytest.mark.parametrize(
    "note", ["Vránu dostal na starost Petr.", "Svobodu získal v březnu.", "Skálu dostal na pokoj."]
)
def test_a_surname_got_or_lost_stays_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize("note", ["Svobodu jsem viděla na ubytovně", "Svobodu převzít od kurátora"])
def test_svoboda_seen_or_taken_over_stays_a_person(note: str) -> None:
    assert refused(note), note


# "Zima je na ubytovně problém" was let pass as a thing's state; a review found "Skála je na
# ubytovně problém" passing with it: a listed surname's state is a person's again.


@pytest.mark.parametrize(
    "note", ["Skála je na ubytovně problém.", "Zima je na ubytovně problém, dluží nájem."]
)
def test_a_surnames_state_as_a_problem_stays_a_person(note: str) -> None:
    assert refused(note), note


def test_svoboda_at_the_hostel_stays_a_person() -> None:
    assert refused("Svoboda je na ubytovně, má problém s alkoholem")


# a past tense of what only people do that the dictionary reads as another word ("pil": of "pít",
# read as the saws' genitive)


@pytest.mark.parametrize("note", ["Kubiš zase pil, na schůzku nepřišel", "K-2026-348 Láďa zase pil"])
def test_a_past_the_dictionary_reads_as_a_noun_is_a_persons(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note", ["Zima zase pila z nás síly", "na dílně chybí dvě pily a sedm pil je tupých"]
)
def test_saws_stay_saws(note: str) -> None:
    assert not refused(note), note


# a capitalised word no dictionary knows, opening the note or a sentence right beside a listed
# town or region: the person and where he is from


@pytest.mark.parametrize(
    "note", ["Hošek Opavsko, nástup 3. 2.", "Rusnák Opava – chce do DPC", "Opava: Rusnák nástup v pondělí"]
)
def test_an_unknown_word_beside_a_place_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Františkovy Lázně – klient má nabídku práce v lázních",
        "Kylešovice Opava, výdej polévky ve středu",
        "Frýdek Místek, Kunčičky Ostrava: terén v úterý",
        "Terén: Chanov – Most",
        "Hipoterapie Opava?",
        "Canisterapie Ostrava, Arteterapie Opava",
        "Kontaktko Opava",
        "Potravinovka Ostrava?",
    ],
)
def test_places_of_two_words_quarters_and_services_pass(note: str) -> None:
    assert not refused(note), note
