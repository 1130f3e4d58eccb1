"""Questions typed the way workers write in a chat: whole sentences, context, negation, slang."""

from __future__ import annotations

import pytest

from bot.search.engine import AnswerEngine
from bot.search.index import SearchIndex, _prison_core, place_adjective
from bot.search.understanding import understand
from tests.bot.search.test_understanding import OPAVA, prison

OSTRAVA_REMAND = "Vazební věznice Ostrava"
PANKRAC = "Vazební věznice a Ústav pro výkon zabezpečovací detence Praha-Pankrác"


@pytest.mark.parametrize(
    "question",
    [
        "kde může přespat klientka v Ostravě",
        "kam muze jit klientka na noc v Ostrave",
        "Klientka se ptá, kdo jí může pomoct s bydlením v Liberci.",
    ],
)
def test_can_is_not_men(index: SearchIndex, question: str) -> None:
    found = understand(question, index)

    assert found.targets == ["women"]
    assert "housing" in found.needs[0]


def test_everyday_words_are_not_read_as_needs(index: SearchIndex) -> None:
    found = understand("teď hned hledám práci pro klienta v Liberci, jezdí tam autobusem", index)

    assert found.needs == ["employment"]
    assert not found.capacity_available  # "hned" is not "free places"
    assert found.towns == ["liberec"]


def test_a_typo_is_still_repaired_but_a_real_word_is_left_alone(index: SearchIndex) -> None:
    assert understand("dokaldy Liberec", index).needs == ["documents"]  # two letters swapped
    assert understand("azylak olomuc", index).towns == ["olomouc"]
    assert understand("právě Liberec", index).needs == []  # "právě" (just now) is not "práce"


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Kdo chodí do opavský basy?", OPAVA),
        ("chodi do karvinskyho kriminalu nejaka neziskovka?", "Věznice Karviná"),
        ("na rýnovickým lapáku někdo s drogama?", "Věznice Rýnovice"),
        ("ostravská vazebka – dochází tam někdo?", OSTRAVA_REMAND),
        ("pankrácká vazba, kdo tam chodí", PANKRAC),
        # a spoken ending on a prison's adjective: "jirickej" is not "jiřičky" (flowers)
        ("jirickej lapak – chodi tam nekdo kvuli bydleni?", "Věznice Jiřice"),
        ("klient sedí v Karviné, potřebuje mentora", "Věznice Karviná"),
    ],
)
def test_adjective_and_colloquial_forms_of_prisons(index: SearchIndex, question: str, name: str) -> None:
    found = understand(question, index)

    assert found.prisons == [prison(index, name)]
    assert found.towns == [] and found.regions == []


def test_the_prison_the_client_leaves_is_background_where_he_will_live_is_the_place(
    index: SearchIndex,
) -> None:
    found = understand("za měsíc jde ven z Rýnovic, bude bydlet v Liberci a potřebuje práci", index)

    assert found.prisons == []
    assert found.towns == ["liberec"]
    assert found.needs == ["employment"]
    assert [(r.text, r.note) for r in found.set_aside] == [("rýnovic", "background")]


def test_a_woman_released_from_one_town_asks_about_another(index: SearchIndex) -> None:
    found = understand("propuštěná z Opavy, bude bydlet u sestry v Krnově, má dluhy", index)

    assert found.towns == ["krnov"] and found.prisons == []
    assert found.strict_targets == ["women"]
    assert found.needs == ["debt"]


def test_the_askers_own_town_is_background(index: SearchIndex) -> None:
    found = understand("jsem kurátorka z Karviné, klient sedí na Mírově a chce psychologa", index)

    assert found.prisons == [prison(index, "Věznice Mírov")]
    assert found.towns == []
    assert found.needs == ["mental-health"]


def test_a_place_alone_stays_the_place_even_after_from(index: SearchIndex) -> None:
    assert understand("klient z Liberce má deprese", index).towns == ["liberec"]


@pytest.mark.parametrize(
    ("question", "needs", "negated"),
    [
        ("nejde o drogy, jen o dluhy, Liberec", ["debt"], "drogy"),
        ("práci nepotřebuje, jde jen o ubytování v Liberci", ["housing"], "práci"),
        ("psycholog ne, spíš duchovní, Mírov", ["spiritual"], "psycholog"),
        ("dluhy nemá, potřebuje doklady, Liberec", ["documents"], "dluhy"),
    ],
)
def test_what_is_denied_is_not_asked_for(
    index: SearchIndex, question: str, needs: list[str], negated: str
) -> None:
    found = understand(question, index)

    assert found.needs == needs
    assert (negated, "negated") in [(r.text, r.note) for r in found.set_aside]


def test_not_addicted_is_not_an_audience(index: SearchIndex) -> None:
    found = understand("klient není závislý, potřebuje bydlení v Liberci", index)

    assert found.targets == [] and found.needs == ["housing"]


def test_but_not_having_work_or_a_place_to_live_is_the_need(index: SearchIndex) -> None:
    assert understand("nemá kde bydlet, Liberec", index).needs == ["housing"]


def test_not_in_prague_but_in_the_region(index: SearchIndex) -> None:
    found = understand("Ne v Praze, ale někde ve Středočeském kraji – azylový dům", index)

    assert found.towns == [] and found.regions == ["Středočeský kraj"]


def test_the_need_asked_for_wins_over_the_needs_only_mentioned(index: SearchIndex) -> None:
    found = understand(
        "Klient 28 let, má exekuce a občas pije. Teď přespává u kamaráda v Liberci. Hlavně potřebuje "
        "bydlení.",
        index,
    )

    assert found.needs == ["housing"]
    assert {r.text for r in found.set_aside} == {"exekuce", "pije", "přespává"}  # facts, not requests


def test_i_meant_it_reads_every_word_as_asked(index: SearchIndex) -> None:
    found = understand("nejde o drogy, jen o dluhy, Liberec", index, literal=True)

    assert set(found.needs) == {"addiction", "debt"} and found.set_aside == []


def test_i_meant_it_for_one_reading_keeps_the_others_aside(index: SearchIndex) -> None:
    question = "nejde o drogy, jen o dluhy – propuštěný z Heřmanic, bude bydlet v Liberci"
    first = understand(question, index)
    drugs = next(r.start for r in first.set_aside if r.text == "drogy")

    found = understand(question, index, meant=frozenset({drugs}))

    assert set(found.needs) == {"addiction", "debt"}
    assert found.towns == ["liberec"] and found.prisons == []
    assert [r.text for r in found.set_aside] == ["heřmanic"]


@pytest.mark.parametrize(
    ("question", "targets"),
    [
        ("17letej kluk, dluhy, Liberec", ["juveniles", "men"]),
        ("holka, 23 let, chce DPC", ["women", "young-adults"]),
        ("senior, 72 let, po propuštění v Ostravě", ["seniors"]),
        ("chlap 45 let, potřebuje azylák v Olomouci", ["men"]),
        ("máme kluka, je mu 25, chce se vyučit", ["men", "young-adults"]),
        ("potřebuju něco pro mámu s dětma co vyšla z Opavy", ["women", "children"]),
        ("manželka odsouzeného potřebuje poradit s dluhy", ["families", "women"]),
    ],
)
def test_gender_and_age_words(index: SearchIndex, question: str, targets: list[str]) -> None:
    found = understand(question, index)

    assert sorted(found.strict_targets) == sorted(targets)


def test_the_generic_masculine_is_no_gender(index: SearchIndex) -> None:
    assert understand("klient propuštěný z výkonu trestu, bydlení Liberec", index).strict_targets == []


def test_an_unknown_word_does_not_wipe_the_question(answers: AnswerEngine) -> None:
    result = answers.ask("hipoterapie Opava")

    assert result.understanding.towns == ["opava"]
    assert result.understanding.unknown_words == ["hipoterapie"]
    # the place is kept; what for is asked, with the needs of Opava's services to pick from
    assert result.need_unclear and result.need_choices
    assert answers.ask("hipoterapie Opava", everything=True).results


@pytest.mark.parametrize(
    "question",
    [
        "kdy jede autobus z Opavy do Ostravy?",
        "Kolik vězňů je teď v Mírově?",
        "jaký bude zítra počasí v Opavě",
        "kolik stojí parkování u věznice v Karviné",
        "Kolik má věznice Heřmanice zaměstnanců?",
    ],
)
def test_outside_the_domain_with_a_place_gives_nothing(answers: AnswerEngine, question: str) -> None:
    result = answers.ask(question)

    assert result.understanding.empty
    assert result.results == [] and result.alternatives == []


def test_english_work_as_a_verb_is_no_need(index: SearchIndex) -> None:
    found = understand("Which NGOs work in Opava prison with drug addicted clients?", index)

    assert found.prisons == [prison(index, OPAVA)]
    assert "employment" not in found.needs


def test_an_english_relative_of_a_prisoner_is_the_family(index: SearchIndex) -> None:
    found = understand("My son is in Mírov prison. Who works with families there?", index)

    assert found.prisons == [prison(index, "Věznice Mírov")]
    assert "families" in found.targets and "in-custody" not in found.strict_targets


def test_every_prison_is_found_by_its_adjective(index: SearchIndex) -> None:
    """'opavská basa', 'pankrácká vazba', 'heřmanický kriminál': for every prison of the sample."""
    missed = []
    for location_id, facility in index.catalog.prisons.items():
        core = _prison_core(facility.name)[0]
        word = "vazba" if facility.facility == "remand-prison" else "basa"
        adjective = place_adjective(core)
        feminine = adjective[:-1] + "á"
        question = f"kdo chodí do {feminine} {word}"
        if understand(question, index).prisons != [location_id]:
            missed.append(question)

    assert len(index.catalog.prisons) >= 30
    assert missed == []


def test_a_case_ending_with_a_diacritic_is_the_same_word(index: SearchIndex) -> None:
    """'dětí' is 'děti' in another case; 'může' (can) is not 'muže' (men)."""
    assert understand("kontakt dětí s otcem ve vězení, Liberec", index).needs == ["family"]
    assert understand("kdo může pomoct, Liberec", index).targets == []
    assert understand("azylový dům pro muže, Liberec", index).targets == ["men"]
