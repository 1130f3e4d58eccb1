"""Review of the fourteenth and fifteenth rounds (docs/privacy.md, "Fifteenth round", "Review
fixes"): personal notes the check refused before those rounds and that passed after them, and
harmless notes the rounds began to refuse."""

from __future__ import annotations

import pytest

from tests.bot.privacy.checking import refused

# a surname before "jsem/jsme", with an adverb or a place before the verb after it: whom it was
# done to, no past tense of the writer's


@pytest.mark.parametrize(
    "note",
    [
        "Vykoukala jsem dnes doprovodila na úřad",
        "Vykoukala jsme konečně ubytovali",
        "Vykoukala jsem už volala dvakrát",
        "Kubala jsme ráno odvezli do nemocnice",
        "Kubala jsem včera vezla k lékaři",
        "Kubala jsem dnes v Kolíně potkala",
        "Navrátil jsem dnes zavolala",
    ],
)
def test_a_surname_before_jsem_an_adverb_and_a_verb_isrefused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    [
        "Sepsaly jsme životopis",
        "Sepsala jsem dnes seznam",
        "který si odseděl 8 let",
        "Byla jsem dnes na úřadě",
        "Volala jsem včera na ÚP",
    ],
)
def test_a_past_tense_before_jsem_passes(note: str) -> None:
    assert not refused(note), note


# a diminutive's case form whose nominative is a listed surname's form


@pytest.mark.parametrize(
    "note",
    ["Skaličku propustí v pátek", "Skaličku jsme ubytovali v azyláku", "potkala jsem Skaličku na úřadě"],
)
def test_a_surname_shaped_as_a_diminutive_in_any_case_isrefused(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize("note", ["VÝBAVIČKU PRO MIMINO", "Koupit výbavičku pro miminko"])
def test_a_diminutive_of_a_word_passes(note: str) -> None:
    assert not refused(note), note


# "dostat do bytu": a listed surname moved somewhere is a person, not a thing gained


def test_a_surname_got_somewhere_isrefused() -> None:
    assert refused("Skálu dostal do bytu brácha")


@pytest.mark.parametrize("note", ["Práci ztratil", "Práci dostal do konce roku"])
def test_a_thing_gained_or_lost_passes(note: str) -> None:
    assert not refused(note), note


# A masculine thing's noun coming (frost, a parcel) was let pass; a second review found it
# passing people coming from prison, so a thing-named surname before a man's past of coming is
# a person again, whatever follows ("Mráz přišel v noci" is refused with them: a rare note
# refused beats a person let through).


@pytest.mark.parametrize(
    "note",
    [
        "Kříž přišel z vězení, hledá ubytování.",
        "Mráz přišel po propuštění.",
        "Mráz přijel z Opavy, nemá doklady.",
        "Kříž přišel v úterý, chce pomoct s bydlením.",
    ],
)
def test_a_thing_named_surname_that_came_is_a_person(note: str) -> None:
    assert refused(note), note


@pytest.mark.parametrize(
    "note",
    ["Kříž přišel na schůzku opilý", "Mráz přišel pozdě na pohovor", "Kříž přišel opilý", "Mráz přišel."],
)
def test_a_surname_that_came_as_a_person_isrefused(note: str) -> None:
    assert refused(note), note


# a lower-case heading said to be a work ("– kniha pro děti") is its title


def test_a_heading_said_to_be_a_book_passes() -> None:
    assert not refused("vlk roman - kniha pro děti")


@pytest.mark.parametrize("note", ["vlk roman - nastupuje do výkonu", "vlk roman - chce pomoct s bydlením"])
def test_a_heading_before_a_persons_matter_isrefused(note: str) -> None:
    assert refused(note), note


# second review: ordinary words of the field the dictionary lacks read as declined lower-case
# surnames or as a name beside a town (knowledge/field_words.txt)


@pytest.mark.parametrize(
    "note",
    [
        "konzultace s logopedem v úterý",
        "klient s alzheimerem potřebuje pečovatelku",
        "stížnost na bachaře, volal bachařovi",
        "dej vědět kamošovi z party",
        "Nízkoprah Ostrava otevřeno?",
        "Doléčko Opava má volno?",
        "Azyláč Opava",
    ],
)
def test_the_fields_own_words_pass(note: str) -> None:
    assert not refused(note), note


@pytest.mark.parametrize("note", ["s lakatosem jsem mluvila", "predat zpravu lakatosovi", "Hošek Opavsko"])
def test_guard_unknown_surnames_stay_refused(note: str) -> None:
    assert refused(note), note
