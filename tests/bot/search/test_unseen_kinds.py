"""The kinds of misreading seen on an unseen world (issue #14, second round), one rule each:
a relative's place, everyday words that equal a name, the asker's own situation, verb and
colloquial need words, schedules and meals, English, long letters."""

from __future__ import annotations

import pytest

from bot.search.everyday import everyday_lemma, other_word_than_town
from bot.search.index import SearchIndex
from bot.search.understanding import understand


def towns(index: SearchIndex, question: str) -> list[str]:
    return understand(question, index).towns


def background(index: SearchIndex, question: str) -> list[str]:
    return [r.text for r in understand(question, index).set_aside if r.note == "background"]


# -- 1. a relative's place is background; the person needing help decides --------------------


def test_a_relatives_town_is_background_when_the_client_goes_elsewhere(index: SearchIndex) -> None:
    question = "maminka klienta bydlí v Opavě, ale on sám bude po propuštění v Ostravě a potřebuje práci"

    assert towns(index, question) == ["ostrava"]
    assert background(index, question) == ["opavě"]


def test_when_the_relative_needs_help_her_own_town_counts(index: SearchIndex) -> None:
    found = understand("syn klientky sedí v Heřmanicích, ona bydlí v Karviné a má dluhy", index)

    assert found.towns == ["karvina"] and found.prisons == []
    assert found.needs == ["debt"]


def test_living_at_a_relatives_is_where_the_client_goes(index: SearchIndex) -> None:
    # "u mámy v Havířově": the client's destination, not the relative's own place.
    assert towns(index, "jde ven z Heřmanic, bude bydlet u bratra v Ostravě, hledá práci") == ["ostrava"]


def test_a_relative_named_after_the_place_makes_it_theirs(index: SearchIndex) -> None:
    assert towns(index, "klient má v Opavě jen přítelkyni, bydlet bude v Olomouci, potřebuje bydlení") == [
        "olomouc"
    ]


def test_a_relative_who_needs_help_is_the_prisoners_family(index: SearchIndex) -> None:
    found = understand("jeho táta je na Mírově, syn bydlí v Olomouci a potřebuje psychologa", index)

    assert found.towns == ["olomouc"] and found.prisons == []
    assert "families" in found.targets


def test_a_client_living_with_a_relative_is_not_the_family(index: SearchIndex) -> None:
    found = understand("jde ven z Heřmanic, bude bydlet u bratra v Ostravě, hledá práci", index)

    assert "families" not in found.targets


# -- 2. everyday words that equal a name --------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "klient udělal velký krok, teď potřebuje práci v Plzni",
        "chtěli bychom postavit most mezi klientem a rodinou v Opavě",
        "tahal písek na stavbě, hledá práci v Kladně",
        "potřebuje pevnou kotvu v životě a hlavně bydlení, Praha",
        "brána do normálního života je pro něj práce, Ostrava",
    ],
)
def test_everyday_words_are_neither_organisations_nor_towns(index: SearchIndex, question: str) -> None:
    found = understand(question, index)

    assert found.organizations == []
    assert len(found.towns) == 1, found.towns


def test_on_the_threshold_of_release_is_not_prague(index: SearchIndex) -> None:
    assert towns(index, "je na prahu propuštění a nemá kde bydlet, Ostrava") == ["ostrava"]


def test_the_same_words_with_evidence_are_the_names(index: SearchIndex) -> None:
    assert towns(index, "potřebuje ubytování v Mostě") == ["most"]
    assert towns(index, "insolvence most") == ["most"]  # a list of keywords: every word means something
    assert understand("napisu Kotve, maji misto?", index).organizations  # a capital in mid-sentence
    assert understand("kontakt na kotvu", index).organizations  # an addressee's preposition


def test_an_organisation_is_meant_when_nothing_else_was_asked(index: SearchIndex) -> None:
    # Lower case at the start of a sentence, no preposition: but the question is about nothing else.
    assert understand("kotva ma jeste misto?", index).organizations
    assert not understand("brána do normálního života je pro něj práce, Ostrava", index).organizations


def test_a_diacritic_the_town_lacks_shows_another_word(index: SearchIndex) -> None:
    assert other_word_than_town("práh", "Praha")
    assert not other_word_than_town("praze", "Praha")
    assert not other_word_than_town("mostě", "Most")
    assert not other_word_than_town("budějkách", "České Budějovice")  # a nickname, no contradiction
    assert understand("kontakt na Práh", index).towns == []


def test_place_names_and_their_adjectives_are_not_everyday_words() -> None:
    assert everyday_lemma("most") and everyday_lemma("krok") and everyday_lemma("pisek")
    assert not everyday_lemma("opava") and not everyday_lemma("plzni") and not everyday_lemma("karvinsky")


# -- 3. the asker's own situation ----------------------------------------------------------------


def test_the_askers_own_work_is_no_need(index: SearchIndex) -> None:
    found = understand("jsem v práci druhý týden, kdo v Brně řeší dluhy?", index)

    assert found.needs == ["debt"]


def test_the_askers_own_town_is_background_also_in_english(index: SearchIndex) -> None:
    question = "I am a social worker in Prague, my client will live in Brno and needs housing"

    assert towns(index, question) == ["brno"]


def test_a_prison_educators_town_is_the_prison(index: SearchIndex) -> None:
    found = understand("jsem vychovatel v Opavě, mám klienta, který fetuje, kdo k nám chodí?", index)

    assert len(found.prisons) == 1 and found.towns == []
    assert found.needs == ["addiction"]


# -- 4. verb and colloquial need words ----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("klient fetuje, kdo pomůže v Ostravě", "addiction"),
        ("je zavalenej exekucema, Brno", "debt"),
        ("s exekucí mu nikdo nepomohl, Olomouc", "debt"),
        ("shání makačku v Plzni", "employment"),
        ("potřebuje kvartýr v Liberci", "housing"),
        ("nemá co jíst, Opava", "basic-needs"),
        ("nějaká makačka v Kladně by nebyla?", "employment"),
    ],
)
def test_verb_and_colloquial_need_words(index: SearchIndex, question: str, need: str) -> None:
    found = understand(question, index)

    assert found.needs == [need]
    assert len(found.towns) == 1


# -- 5. outside the domain ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "kdy jsou návštěvy v Opavě ve věznici",
        "jaké jsou ordinační hodiny psychiatra v nemocnici v Opavě",
        "dobrá pizzerie v Brně poblíž věznice",
        "kde se dá naobědvat v Kuřimi",
        "visiting hours at Opava prison",
    ],
)
def test_schedules_and_meals_are_outside_the_domain(index: SearchIndex, question: str) -> None:
    assert understand(question, index).empty


# -- 6. and 7. English origin, long letters -----------------------------------------------------


def test_a_prison_word_of_the_origin_makes_no_other_place_a_prison(index: SearchIndex) -> None:
    found = understand("a man released from Mírov prison will live in Olomouc, he needs housing", index)

    assert found.towns == ["olomouc"] and found.prisons == []


def test_in_a_letter_the_last_request_decides_the_place(index: SearchIndex) -> None:
    letter = (
        "Zdravím, jmenuji se Karel, pracuji v neziskovce v Ostravě. Klientka si odpykává trest v Opavě. "
        "Chtěla by se připravit na propuštění a hledá bydlení v Ostravě."
    )
    found = understand(letter, index)

    assert found.towns == ["ostrava"] and found.prisons == []
    assert found.needs == ["housing"]
