"""The kinds of misreading of the third unseen measurement (issue #14, third round), one rule each:
an outside topic that names a need-like word, a prisoner's relative asking for themselves, a
negation of trouble, a need of priority, "X a okolí", a prison word left behind."""

from __future__ import annotations

import pytest

from bot.search.index import SearchIndex
from bot.search.understanding import understand
from tests.eval.questions_chat3 import Q as FOURTH_SET

# -- 1. the real topic is outside, whatever else is named ----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "jak můžu poslat manželovi peníze do vazby v Ostravě",
        "číslo účtu věznice Plzeň Bory pro zaslání peněz vězni",
        "Smí se do věznice v Kuřimi posílat balíky s oblečením?",
        "Jak často může odsouzený v Rýnovicích telefonovat rodině?",
        "návštěvní doba ve věznici Světlá nad Sázavou pro rodinu s dětmi",
        "Vězeňská služba v Opavě nabírá nové lidi? Hledám práci jako dozorce.",
        "what is the postal address of Pardubice prison",
        "how do I send money to my son in Karviná prison?",
        "Můžu poslat bratrovi do Všehrd nějaké oblečení? A jak?",
        "Jak se stát vychovatelem ve vězení v Ostravě?",
    ],
)
def test_an_outside_topic_gives_nothing_even_with_a_need_word(index: SearchIndex, question: str) -> None:
    assert understand(question, index).empty


def test_the_outside_questions_of_the_fourth_set_are_understood_as_nothing(index: SearchIndex) -> None:
    # Not only answered with nothing because the sample has no service there: read as nothing.
    outside = [question for question, slots in FOURTH_SET if not slots]
    assert len(outside) >= 30
    assert [q for q in outside if not understand(q, index).empty] == []


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("Klient potřebuje založit bankovní účet, bydlí v Praze.", "documents"),
        ("adresa azylového domu pro ženy v Praze", "housing-shelter"),
        ("potřebuje pomoct napsat životopis a poslat ho zaměstnavatelům, Zlín", "employment"),
        # the Prison Service's own staff ask for their clients
        ("jsem sociální pracovnice Vězeňské služby v Opavě, klient potřebuje bydlení v Krnově", "housing"),
        ("address of the shelter in Brno", "housing-shelter"),
        ("klient si potřebuje zavolat na úřad práce kvůli dávkám, Opava", "benefits"),
    ],
)
def test_the_same_words_about_a_clients_need_stay_in_the_domain(
    index: SearchIndex, question: str, need: str
) -> None:
    assert need in understand(question, index).needs


# -- 2. a prisoner's relative who asks for themselves ---------------------------------------------


def test_a_relative_asking_for_herself_is_helped_where_she_is_not_in_the_prison(index: SearchIndex) -> None:
    found = understand("Manžel sedí na Borech a mě honí exekutoři, zůstala jsem na všechno sama.", index)

    assert found.prisons == []
    assert found.needs == ["debt"]
    assert {"families", "women"} <= set(found.targets)
    assert [r.note for r in found.set_aside if r.kind == "prison"] == ["background"]


def test_a_parent_asking_in_the_first_person_is_the_family(index: SearchIndex) -> None:
    found = understand("syn je ve výkonu trestu v Kuřimi, já potřebuju poradit, jak to ustát", index)

    assert found.prisons == [] and found.towns == []  # "ustát" is no Ústí
    assert "families" in found.targets
    assert "women" not in found.targets


def test_a_female_relative_who_needs_help_adds_women(index: SearchIndex) -> None:
    found = understand("Jeho máma bydlí v Praze a potřebuje právní radu, syn dostal osm let.", index)

    assert found.towns == ["praha"] and found.needs == ["legal"]
    assert {"families", "women"} <= set(found.targets)


def test_a_prisoners_relative_by_the_genitive(index: SearchIndex) -> None:
    found = understand("Dcera odsouzeného (17) potřebuje pomoct se školou, bydlí v Brně", index)

    assert {"families", "women", "juveniles"} <= set(found.targets)


def test_help_wanted_in_the_prison_keeps_it(index: SearchIndex) -> None:
    # "kdo tam chodí", contact with the prisoner: the prison is the place after all.
    found = understand("Manžel sedí v Opavě a já nevím, jak mu pomoct s dluhy. Kdo tam chodí?", index)
    assert found.prisons
    found = understand("Potřebuje rodina odsouzeného z Opavy pomoct s návštěvami dětí ve věznici?", index)
    assert found.prisons and "family" in found.needs


def test_an_asker_asking_for_someone_else_is_no_family(index: SearchIndex) -> None:
    found = understand("Mám tu pána, jeho syn sedí v Mírově, potřebuju pro něj azylák v Olomouci", index)

    assert found.towns == ["olomouc"] and "families" not in found.targets


def test_a_client_with_a_relative_in_prison_is_no_family(index: SearchIndex) -> None:
    found = understand("Bratr klienta sedí v Kuřimi, klient sám je venku a hledá práci v Praze", index)

    assert found.towns == ["praha"] and "families" not in found.targets


# -- 3. negation -----------------------------------------------------------------------------------


def test_no_trouble_with_something_denies_it_whatever_it_is(index: SearchIndex) -> None:
    found = understand("nemá problém s bydlením, ale s alkoholem – kdo v Kladně pomáhá?", index)
    assert found.needs == ["addiction"]
    assert understand("nemá problém s alkoholem, ale s penězi, Praha", index).needs == ["debt"]


def test_ill_is_no_negation(index: SearchIndex) -> None:
    assert "debt" in understand("má dluhy a je nemocný, Pardubice", index).needs


# -- 4. the need of priority -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "need"),
    [
        (
            "Chtěl by si dodělat výuční list a má taky nějaké dluhy, ale úplně nejdůležitější je pro "
            "něj teď práce, Praha.",
            "employment",
        ),
        (
            "dlouho bral drogy, má dluhy, nemá kde spát a potřebuje to vyřešit ještě dnes, Brno",
            "housing-shelter",
        ),
        ("má dluhy a problémy s alkoholem. Od zítřka nemá kde bydlet, to je teď nejdůležitější.", "housing"),
        ("hraje automaty, nemá práci a hlavně teď potřebuje někde složit hlavu, Hradec Králové", "housing"),
        (
            "He has debts and no job, but the most urgent thing is a place to sleep tonight in Olomouc.",
            "housing",
        ),
    ],
)
def test_the_need_of_priority_is_the_one_asked_for(index: SearchIndex, question: str, need: str) -> None:
    assert understand(question, index).needs == [need]


def test_today_goes_only_with_the_need_close_after_it(index: SearchIndex) -> None:
    found = understand("Klientka dnes vyšla z Opavy, má dluhy, potřebuje bydlení v Ostravě", index)
    assert found.needs == ["housing"]
    found = understand("ztratil občanku, má dluhy, ale dneska večer nemá kam jít spát, Pardubice", index)
    assert found.needs == ["housing"]


def test_a_need_before_it_is_not_the_antecedent_of_a_later_one(index: SearchIndex) -> None:
    # "pálí to, že nemá kde přespat": the need follows "to".
    question = "práci zatím nemá, ale nejvíc teď pálí to, že nemá kde přespat. Je v Ostravě."
    assert understand(question, index).needs == ["housing-shelter"]


# -- 5. surroundings, and a prison left behind ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "town"),
    [
        ("Most a okolí – potravinová pomoc", "most"),
        ("probační dům Jihlava nebo okolí", "jihlava"),
        ("dluhová poradna v okolí Brna", "brno"),
        ("shelter in or near Brno", "brno"),
    ],
)
def test_a_town_and_its_surroundings_is_the_town(index: SearchIndex, question: str, town: str) -> None:
    assert understand(question, index).towns == [town]


def test_a_relatives_prison_word_makes_no_prison_of_the_town(index: SearchIndex) -> None:
    found = understand("Kdo v Opavě pomáhá rodinám, kterým sedí táta ve vězení?", index)
    assert found.towns == ["opava"] and found.prisons == [] and "families" in found.targets
    # children are no prisoner: "návštěvy dětí ve věznici" stays in the prison
    found = understand("Potřebuje rodina odsouzeného z Opavy pomoct s návštěvami dětí ve věznici?", index)
    assert found.prisons


def test_a_prison_word_after_from_is_the_prison_left(index: SearchIndex) -> None:
    found = understand("vrací se z výkonu trestu do Liberce, chce se léčit z drog", index)
    assert found.towns == ["liberec"] and found.prisons == []
    found = understand("What NGOs can help a man just out of prison find a place to live in Olomouc?", index)
    assert found.towns == ["olomouc"] and found.prisons == [] and found.needs == ["housing"]


@pytest.mark.parametrize(
    "question",
    ["matka se třemi dětmi potřebuje azylák v Ústí", "a mother with two kids needs a shelter in Prague"],
)
def test_a_mother_with_her_children_is_women_and_children(index: SearchIndex, question: str) -> None:
    assert {"women", "children"} <= set(understand(question, index).targets)
