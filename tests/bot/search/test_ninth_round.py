"""Kinds of misreading two new examiners' worlds (32 and 35, outside the repository) showed after
the eighth round (issue #14, ninth round): sport, museums, statistics and English timetables of
visits answered, house arrest read as a prison, an office's refusal read as a negation, an age
said as "je mi 16", colloquial words (resocka, F-M, CDZ, vysprchovat, "kde může bydlet", the
slavkovský kriminál). Each test fails on the code before the round; those marked "guard" keep
what the round must not break."""

from __future__ import annotations

import pytest

from bot.search.engine import AnswerEngine
from bot.search.index import SearchIndex
from bot.search.understanding import understand


@pytest.mark.parametrize(
    "question",
    [
        "Hraje dnes v neděli Slavia Praha doma?",
        "zápas Baníku v Ostravě dnes večer?",
        "Je v Brně nějaké dobré muzeum?",
        "Jaká je průměrná délka trestu na Mírově?",
        "What time do visits begin in Kuřim prison?",
    ],
)
def test_sport_museums_statistics_and_visit_times_are_outside_the_domain(
    answers: AnswerEngine, index: SearchIndex, question: str
) -> None:
    result = answers.ask(question)

    assert understand(question, index).empty  # not only an answer of nothing: nothing read
    assert result.results == [] and result.alternatives == []


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("hraje automaty a prohrál všechno, Opava", "addiction"),
        ("hledá práci, ideálně na poloviční úvazek, part-time, Opava", "employment"),
    ],
)
def test_guard_a_need_beside_an_outside_word_is_answered(
    index: SearchIndex, question: str, need: str
) -> None:
    found = understand(question, index)

    assert need in found.needs and found.towns == ["opava"]


def test_house_arrest_names_no_prison(index: SearchIndex) -> None:
    found = understand("klientka v domácím vězení shání práci v Ostravě", index)

    assert found.prisons == [] and found.towns == ["ostrava"]
    assert found.needs == ["employment"] and "in-custody" not in found.targets


def test_guard_a_prison_is_still_a_prison(index: SearchIndex) -> None:
    found = understand("sedí ve vězení v Ostravě a shání práci", index)

    assert found.prisons and found.towns == []


@pytest.mark.parametrize(
    "question",
    [
        "Nepřiznali mu invalidní důchod, Brno – kdo poradí?",
        "dávky jí úřad nevyplatili, Brno",
    ],
)
def test_an_office_refusing_is_no_negation_of_the_need(index: SearchIndex, question: str) -> None:
    assert understand(question, index).needs == ["benefits"]


def test_guard_not_needing_benefits_is_a_negation(index: SearchIndex) -> None:
    assert "benefits" not in understand("dávky nepotřebuje, jen práci, Brno", index).needs


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("je mi 17 a táta je ve vězení, s kým si promluvit", "juveniles"),
        ("I am 16, my dad is in prison", "juveniles"),
    ],
)
def test_an_age_said_of_oneself(index: SearchIndex, question: str, target: str) -> None:
    assert target in understand(question, index).targets


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("kdo dělá v Opavě resocku?", "mentoring"),
        ("kde se může v Brně vysprchovat a vyprat", "basic-needs"),
        ("klientka, propuštěná včera, Brno – kde by mohla bydlet?", "housing"),
        ("schizofrenie, po VTOS, CDZ Brno", "mental-health"),
    ],
)
def test_colloquial_needs(index: SearchIndex, question: str, need: str) -> None:
    assert need in understand(question, index).needs


def test_guard_cdz_only_in_capitals(index: SearchIndex) -> None:
    assert understand("cdz brno", index).needs == []


def test_frydek_mistek_by_its_initials(index: SearchIndex) -> None:
    found = understand("azylák pro chlapa F-M", index)

    assert found.towns == ["frydek-mistek"] and found.needs == ["housing-shelter"]


def test_the_slavkov_prison_by_its_main_word(index: SearchIndex) -> None:
    found = understand("sedí ve slavkovským kriminále a chce oddlužení", index)

    assert len(found.prisons) == 1 and found.needs == ["debt"]


def test_who_goes_into_a_town_asked_last_decides_the_place(index: SearchIndex) -> None:
    found = understand(
        "Klientka je teď v opavské věznici, ven jde na jaře. Syn je v pěstounské péči v Brně a chtěla "
        "by ho vidět. Chodí do Opavy někdo, kdo pomůže s návštěvami dětí?",
        index,
    )

    assert len(found.prisons) == 1 and found.towns == [] and found.needs == ["family"]


def test_guard_a_trip_of_the_client_is_no_prison(index: SearchIndex) -> None:
    found = understand("chodí do Brna do K-centra, potřebuje ještě práci", index)

    assert found.prisons == [] and found.towns == ["brno"]


def test_a_prison_served_in_the_past_is_background(index: SearchIndex) -> None:
    found = understand("dřív seděl za krádež v Opavě, teď žije u bratra v Brně, potřebuje azylák", index)

    assert found.towns == ["brno"] and found.prisons == [] and found.needs == ["housing-shelter"]


def test_guard_a_prison_served_in_the_past_alone_stays(index: SearchIndex) -> None:
    found = understand("seděl v Opavě, teď hledá práci", index)

    assert found.prisons or found.towns == ["opava"]


@pytest.mark.parametrize(
    "question",
    [
        "holka 16 let, táta jí sedí, potřebuje doučování, Opava",
        "kluk (15), máma mu sedí – potřebuje doučování, Opava",
    ],
)
def test_a_relative_inside_makes_no_prison_of_the_childs_town(index: SearchIndex, question: str) -> None:
    found = understand(question, index)

    assert found.towns == ["opava"] and found.prisons == []


def test_guard_sitting_then_a_town_is_the_prison(index: SearchIndex) -> None:
    found = understand("sedí, Opava, potřebuje drogovou službu", index)

    assert len(found.prisons) == 1 and found.towns == []


@pytest.mark.parametrize(
    "question",
    [
        "dědeček se stará o vnoučata, jejich táta sedí ve Valdicích, potřebuje poradit – bydlí v Brně",
        "táta sedí ve Valdicích, dcera bydlí v Brně a potřebuje doučování",
    ],
)
def test_a_relatives_prison_beside_a_home_is_background(index: SearchIndex, question: str) -> None:
    found = understand(question, index)

    assert found.towns == ["brno"] and found.prisons == []


@pytest.mark.parametrize(
    "question",
    [
        "brácha sedí ve Valdicích a potřebuje mentora",
        "táta sedí ve Valdicích, máma bydlí v Brně, kdo tam za ním chodí?",
    ],
)
def test_guard_help_for_the_relative_inside_stays_in_his_prison(index: SearchIndex, question: str) -> None:
    assert len(understand(question, index).prisons) == 1


@pytest.mark.parametrize(
    ("question", "need", "target"),
    [
        ("dcera 15 let, pomoc s kontaktem s mámou ve vězení, Brno", "family", ""),
        ("má dva malé kluky, potřebuje azyl v Brně", "housing-shelter", "children"),
    ],
)
def test_contact_with_a_parent_and_small_boys(
    index: SearchIndex, question: str, need: str, target: str
) -> None:
    found = understand(question, index)

    assert need in found.needs
    assert not target or (target in found.targets and "men" not in found.targets)


def test_guard_a_boy_of_nineteen_is_a_man(index: SearchIndex) -> None:
    assert "men" in understand("kluk 19 let hledá práci v Brně", index).targets


def test_a_mother_asking_for_work_with_her_son_inside(index: SearchIndex) -> None:
    found = understand(
        "Jsem máma, syn je ve vazbě v Brně. Hledám někoho, kdo by s ním pracoval už teď ve vazbě, "
        "nějakého mentora.",
        index,
    )

    assert len(found.prisons) == 1 and "mentoring" in found.needs and "families" not in found.targets


def test_guard_a_mother_asking_for_herself(index: SearchIndex) -> None:
    found = understand(
        "syn sedí v Kuřimi, nevím si s ním rady, potřebuju psychologa pro sebe, jsem z Brna", index
    )

    assert "families" in found.targets and found.towns == ["brno"]


def test_what_he_has_behind_him_is_no_packing_list(index: SearchIndex) -> None:
    found = understand("Volala mi matka vězně, syn má za sebou dva tresty. Sama bydlí v Olomouci.", index)

    assert found.towns == ["olomouc"] and "families" in found.targets


@pytest.mark.parametrize("question", ["Co s sebou do vězení na Mírov?", "co sebou do vazby v Brně?"])
def test_guard_packing_for_prison_is_outside_the_domain(index: SearchIndex, question: str) -> None:
    assert understand(question, index).empty


def test_the_prisons_town_where_she_will_live_is_the_town(index: SearchIndex) -> None:
    found = understand(
        "Klientka je ve výkonu v Opavě, za měsíc jde ven. Po propuštění chce bydlet s dětmi, nejlépe v "
        "Opavě. Potřebuje bydlení.",
        index,
    )

    assert found.towns == ["opava"] and found.prisons == []


def test_guard_the_prisons_town_asked_inside_stays_the_prison(index: SearchIndex) -> None:
    found = understand("sedí v Opavě a bude tam i bydlet, kdo tam za ním chodí kvůli práci?", index)

    assert len(found.prisons) == 1 and found.towns == []


def test_parents_of_prisoners_are_families_not_prisoners(index: SearchIndex) -> None:
    found = understand("Ptala se, jestli je nějaká podpora pro rodiče vězňů v Olomouci.", index)

    assert found.targets == ["families"] and found.towns == ["olomouc"]


def test_guard_children_of_prisoners_are_children(index: SearchIndex) -> None:
    found = understand("Je volné místo na táboře pro děti odsouzených?", index)

    assert found.targets == ["children"]


def test_children_a_client_is_with_ask_no_family_help(index: SearchIndex) -> None:
    found = understand("klientka se dvěma dětmi, hmotná nouze, Brno", index)

    assert found.needs == ["benefits"] and found.towns == ["brno"]


def test_guard_contact_with_the_children_is_the_need(index: SearchIndex) -> None:
    assert understand("klientka potřebuje kontakt s dětmi, Brno", index).needs == ["family"]


def test_contact_of_mothers_with_children_is_the_need(index: SearchIndex) -> None:
    found = understand("věznice Světlá – kdo tam pomáhá s kontaktem matek s dětmi?", index)

    assert found.needs == ["family"] and "children" not in found.targets


def test_going_to_prison_makes_no_prison_of_the_familys_town(index: SearchIndex) -> None:
    found = understand("táta tří dětí jde do výkonu trestu, jak na to děti připravit – Opava", index)

    assert found.towns == ["opava"] and found.prisons == [] and found.needs == ["family"]


@pytest.mark.parametrize(
    "question",
    ["jde do výkonu trestu v Opavě, potřebuje vyřešit dluhy", "jde do vězení na návštěvu za synem, Opava"],
)
def test_guard_going_into_a_named_prison_or_on_a_visit(index: SearchIndex, question: str) -> None:
    assert len(understand(question, index).prisons) == 1


@pytest.mark.parametrize(
    "question",
    [
        "Manžel vyšel z Kuřimi, bude bydlet se mnou v Brně, ale zase pije. Kam s ním?",
        "brácha vylezl z Valdic, je u mě v Brně a fetuje – kam s ním?",
    ],
)
def test_where_to_take_him_is_help_for_him(index: SearchIndex, question: str) -> None:
    found = understand(question, index)

    assert "families" not in found.targets and "men" in found.targets and found.towns == ["brno"]


def test_guard_where_to_go_with_her_own_debts(index: SearchIndex) -> None:
    found = understand("Manžel sedí v Kuřimi, já mám dluhy a nevím kam s tím, bydlím v Brně", index)

    assert "families" in found.targets and found.needs == ["debt"]


def test_his_wife_who_needs_a_shelter_is_a_woman(index: SearchIndex) -> None:
    # review: read as "manželka" (someone beside the client) she lost her gender, and a men's
    # shelter came first for her
    found = understand("jeho žena potřebuje azyl, Brno", index)

    assert "women" in found.targets


def test_his_wife_in_prison_is_the_prison_asked_about(index: SearchIndex) -> None:
    found = understand("jeho žena je v Opavě ve vězení, děti v Ostravě", index)

    assert [index.catalog.prisons[p].town for p in found.prisons] == ["Opava"]


def test_guard_a_woman_is_the_client(index: SearchIndex) -> None:
    found = understand("žena bydlí v Brně a potřebuje práci", index)

    assert found.targets == ["women"] and found.towns == ["brno"]


def test_what_to_bring_to_a_shelter_is_asked_of_the_shelters(index: SearchIndex) -> None:
    # review: "co s sebou" anywhere made it outside the domain
    assert understand("co s sebou do azylového domu", index).needs == ["housing-shelter"]


def test_guard_packing_for_prison_is_outside(answers: AnswerEngine) -> None:
    assert answers.ask("co s sebou do vězení v Opavě").results == []


def test_a_prisoners_child_telling_their_age_gets_the_familys_help(answers: AnswerEngine) -> None:
    # review: families + juveniles fit nothing, and nothing was offered at all
    result = answers.ask("je mi 16 a táta sedí")

    relaxed = [r.value for r in result.understanding.set_aside if r.note == "relaxed"]
    assert result.results and relaxed == ["juveniles"]


def test_visits_are_where_the_relative_serves(index: SearchIndex) -> None:
    # review: her prison was set aside as background beside the mother's home
    found = understand("dcera sedí v Opavě, máma bydlí v Ostravě, návštěvy", index)

    assert [index.catalog.prisons[p].town for p in found.prisons] == ["Opava"] and found.towns == []


def test_guard_with_a_need_named_the_age_says_whose_it_is(answers: AnswerEngine) -> None:
    result = answers.ask("Moje máma je ve vazbě v Praze a já (16) nemám kde bydlet")

    assert "juveniles" in result.understanding.targets


def test_guard_help_after_a_visit_is_wanted_at_home(index: SearchIndex) -> None:
    found = understand("syn sedí v Opavě, máma bydlí v Ostravě, po návštěvě potřebuje psychologa", index)

    assert found.prisons == [] and found.towns == ["ostrava"]
