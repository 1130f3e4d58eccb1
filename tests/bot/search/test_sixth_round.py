"""Kinds of misreading three new examiners' worlds (11, 14, 13; outside the repository) showed
after the fifth round (issue #14, sixth round): a verb or a stop word read as a noun by its stem,
the asker's own job read as the need, ages written without "let", what the client has, a
town's adjective, colleagues greeted, and everyday words of need. Most tests fail on the code
before the round; the rest (marked "guard") keep readings the round's rules must not break —
a fresh reviewer found several it had broken ("Kdo v Brně má azylák?", "kde může pracovat",
"klient 20 000 dluhy")."""

from __future__ import annotations

import pytest

from bot.search.engine import AnswerEngine
from bot.search.index import SearchIndex, place_adjective
from bot.search.understanding import understand

# -- a stem shared with another word is not that word ----------------------------------------------


def test_we_have_a_prisoner_is_no_prisoners_mother(index: SearchIndex) -> None:
    found = understand("Máme odsouzeného, chodí k vám někdo, kdo dělá vzdělávání? Příbram", index)

    assert found.needs == ["education"]
    assert "families" not in found.targets and "women" not in found.targets


def test_guard_the_prisoners_mother_herself_still_is(index: SearchIndex) -> None:
    found = understand("máma odsouzeného potřebuje poradit s dluhy, Brno", index)

    assert {"families", "women"} <= set(found.targets)


def test_working_with_someone_is_no_job(index: SearchIndex) -> None:
    found = understand("mladistvý ve Všehrdech – kdo s ním může pracovat?", index)

    assert found.needs == [] and "juveniles" in found.targets and len(found.prisons) == 1


@pytest.mark.parametrize("question", ["klient chce pracovat, Brno", "potřebuje práci Brno"])
def test_guard_wanting_work_still_is(index: SearchIndex, question: str) -> None:
    assert understand(question, index).needs == ["employment"]


# -- the asker's own job is no need ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "job"),
    [
        ("Jsem sociální pracovnice v nemocnici v Brně, máme pacienta po výkonu, kam s ním?", "counselling"),
        ("Dobrý den, jsem farář a navštěvuji jednoho muže, bude bydlet v Brně. Kdo mu pomůže?", "spiritual"),
        ("I am a social worker in Brno, who can help my client after release?", "counselling"),
        ("Jsme azylový dům v Brně, kam s klientem po propuštění?", "housing-shelter"),
    ],
)
def test_what_the_asker_is_is_not_what_the_client_needs(index: SearchIndex, question: str, job: str) -> None:
    assert job not in understand(question, index).needs


def test_guard_the_clients_need_beside_the_askers_job_stays(index: SearchIndex) -> None:
    found = understand("Jsem sociální pracovnice v Brně, klient potřebuje dluhovou poradnu", index)

    assert found.needs == ["debt"]


def test_guard_i_am_looking_for_work_still_asks_for_work(index: SearchIndex) -> None:
    assert understand("I am looking for work in Brno", index).needs == ["employment"]


# -- ages --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("kluk 17, potřebuje dodělat školu, Brno", "juveniles"),
        ("Máme klienta, 19, který nemá kde bydlet, Praha", "young-adults"),
        ("Where can a 70-year-old ex-prisoner get help with his pension?", "seniors"),
    ],
)
def test_an_age_right_after_the_person(index: SearchIndex, question: str, target: str) -> None:
    assert target in understand(question, index).targets


def test_guard_hours_after_the_client_are_no_age(index: SearchIndex) -> None:
    found = understand("klient 20 hodin týdně pracuje, potřebuje bydlení Brno", index)

    assert "young-adults" not in found.targets


# -- everyday words of need and places -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("háčkař v Brně, kam s ním", "addiction"),
        ("klient se nemůže zbavit pití, Brno", "addiction"),
        ("Klient prohraje v herně všechno, co vydělá. Brno.", "addiction"),
        ("je v Brně nějaký doléčovák?", "addiction"),
        ("Hledám něco, kde by se naučil nějaké řemeslo, Brno", "education"),
        ("nemá z čeho žít, potřebuje nějaké peníze od státu, Brno", "benefits"),
        ("potřebuje někoho, kdo mu pomůže vyřídit věci na úřadech, Brno", "documents"),
        ("Chodí do Heřmanic někdo, kdo by ho provázel?", "mentoring"),
        ("supported housing in Brno", "housing-social"),
    ],
)
def test_everyday_words_of_need(index: SearchIndex, question: str, need: str) -> None:
    assert need in understand(question, index).needs


def test_guard_food_and_drink_is_no_drinking_problem(index: SearchIndex) -> None:
    assert "addiction" not in understand("jídlo a pití pro klienta, Brno", index).needs


@pytest.mark.parametrize(("question", "town"), [("Havlbrod azylák", "Havlíčkův Brod")])
def test_colloquial_town_names(index: SearchIndex, question: str, town: str) -> None:
    found = understand(question, index)

    assert [index.catalog.towns[key] for key in found.towns] == [town]


def test_a_first_name_is_no_quarter_of_prague(index: SearchIndex) -> None:
    found = understand("Petr, dluhová poradna Ústí nad Labem", index)

    assert [index.catalog.towns[key] for key in found.towns] == ["Ústí nad Labem"]


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("volné místo v domě na půl cesty?", "housing-halfway"),
        ("potřebujem TK pro klienta, je po výkonu", "addiction"),
        ("HF Brno?", "housing-social"),
    ],
)
def test_cases_and_abbreviations_of_services(index: SearchIndex, question: str, need: str) -> None:
    assert understand(question, index).needs == [need]


# -- whom the message is to, and for whom the help is ----------------------------------------------


def test_colleagues_greeted_are_no_audience(index: SearchIndex) -> None:
    greeted = understand("Ahoj holky, máte někdo zkušenost s azylákem v Brně?", index)
    client = understand("Ahoj, klientka z Brna potřebuje azylák", index)

    assert "women" not in greeted.targets and greeted.needs == ["housing-shelter"]
    assert "women" in client.targets


def test_my_brother_in_prison_whom_someone_should_help_is_helped_there(index: SearchIndex) -> None:
    found = understand("My brother is in Opava prison. Who can help him with his debts while inside?", index)

    assert len(found.prisons) == 1 and found.needs == ["debt"] and "families" not in found.targets


def test_a_prisons_playground_is_outside_the_domain(answers: AnswerEngine) -> None:
    assert answers.ask("Má věznice Opava vlastní hřiště?").results == []


# -- a second examiner's kinds: what he has, whom nobody helps, the words of services --------------


def test_a_curator_he_has_is_no_need_and_nobody_for_debts_is_one(index: SearchIndex) -> None:
    found = understand("Má kurátora i PMS, ale nemá nikoho na dluhy – Brno", index)

    assert found.needs == ["debt"]


def test_guard_a_job_he_would_need_is_one(index: SearchIndex) -> None:
    assert understand("propouštíme ho do Brna, tam by potřeboval pracovat", index).needs == ["employment"]


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("je ve vazbě v Brně a rád by se vyzpovídal", "spiritual"),
        ("má v hlavě zmatek a slyší hlasy, Brno", "mental-health"),
        ("Klient potřebuje program na zvládání vzteku a agrese, Brno", "mental-health"),
        ("I'm a probation officer in Brno. My client needs an anger management programme.", "mental-health"),
        ("má práci i bydlení, ale chce se usmířit s rodinou oběti – Praha", "restorative"),
        ("V komunitě už byl, abstinuje, teď potřebuje následnou péči, Brno", "addiction"),
        ("Where can a released prisoner sleep tonight in Brno?", "housing-shelter"),
        ("social worker for released people in Brno", "counselling"),
        ("potřebuje někoho, kdo mu pomůže se sociálními věcmi, Brno", "counselling"),
        ("resocializační program, hlavně pracovní návyky – Brno", "employment"),
        ("potřebuje řešit, kde bude bydlet po výstupu, Brno", "housing"),
    ],
)
def test_more_words_of_need(index: SearchIndex, question: str, need: str) -> None:
    assert need in understand(question, index).needs


@pytest.mark.parametrize(
    ("question", "targets"),
    [
        ("Pro mámu s malým dítětem – azyl v Brně", {"women", "children"}),
        ("Who works with foreign prisoners in Ruzyně?", {"foreigners"}),
        ("Muž, 71, propuštěný z Mírova, bude žít v Brně", {"men", "seniors"}),
        ("Jsem sama se dvěma dětmi, po propuštění nemám kde bydlet, Brno", {"women", "children"}),
        ("Brno, azyl pro ženskou", {"women"}),
    ],
)
def test_more_words_of_audiences(index: SearchIndex, question: str, targets: set[str]) -> None:
    assert targets <= set(understand(question, index).targets)


def test_a_prisons_area_is_outside_the_domain(answers: AnswerEngine) -> None:
    assert answers.ask("jakou rozlohu má areál věznice Opava").results == []


# -- a town's adjective is the town ---------------------------------------------------------------


def test_every_town_is_found_by_its_adjective(index: SearchIndex) -> None:
    """'brněnská dluhová poradna', 'táborská dluhová poradna': for every town Spojka knows,
    except where the adjective is a region's word too ('ústecká' is Ústecký kraj)."""
    missed = []
    for key, town in index.catalog.towns.items():
        feminine = place_adjective(town)[:-1] + "á"
        found = understand(f"{feminine} dluhová poradna", index)
        if found.towns != [key] and not found.regions:
            missed.append(feminine)

    assert len(index.catalog.towns) >= 80
    assert missed == []


def test_guard_a_towns_adjective_with_a_prison_word_is_its_prison(index: SearchIndex) -> None:
    found = understand("opavská basa, kdo tam chodí s dluhy", index)

    assert len(found.prisons) == 1 and found.towns == []


# -- a third examiner's kinds ---------------------------------------------------------------------


def test_what_he_has_said_in_a_question_and_joined_by_i(index: SearchIndex) -> None:
    has = understand("Má doklady, má práci, ale nemá nikoho, kdo by ho podržel – mentoring v Brně?", index)
    joined = understand("Klientka už má práci i bydlení, řeší ale exekuce, Brno.", index)
    asked = understand("Mají práci pro propuštěné?", index)

    assert has.needs == ["mentoring"]
    assert joined.needs == ["debt"]
    assert asked.needs == ["employment"]


def test_some_course_is_no_denial(index: SearchIndex) -> None:
    assert understand("kouká po nějakém kurzu, aby se něco naučil, Brno", index).needs == ["education"]


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("potřebuje se dostat z toho pití, Brno", "addiction"),
        ("pichá si denně, Brno", "addiction"),
        ("chce se usmířit s tím, komu ublížil, Praha", "restorative"),
        ("nemá ani korunu a neví, na co má nárok, Brno", "benefits"),
        ("potřebuju dneska volnou postel v Karlovkách", "housing-shelter"),
        ("debt counselling in the Pilsen region", "debt"),
    ],
)
def test_a_third_examiners_words_of_need(index: SearchIndex, question: str, need: str) -> None:
    assert understand(question, index).needs == [need]


def test_a_family_counselling_is_one_need(index: SearchIndex) -> None:
    found = understand("Manželka odsouzeného, bydlí v Brně, potřebuje rodinnou poradnu.", index)

    assert found.needs == ["family"]


def test_she_is_19(index: SearchIndex) -> None:
    assert (
        "young-adults"
        in understand("She is 19, just released, needs a place to live in Prague", index).targets
    )


@pytest.mark.parametrize(
    ("question", "town"),
    [
        (
            "Moje sestra je ve vazbě v Brně, její synové jsou teď u mě, potřebuju dávky. Bydlím v Ostravě.",
            "Ostrava",
        ),
        (
            "syn je ve vazbě na Pankráci, já jsem máma, bydlím v Praze a nevím, jak to psychicky zvládnout",
            "Praha",
        ),
        ("Přítel sedí v Ruzyni ve vazbě, já jsem těhotná a nemám kde bydlet, Praha.", "Praha"),
    ],
)
def test_where_the_relative_asking_lives_is_no_remand_prison(
    index: SearchIndex, question: str, town: str
) -> None:
    found = understand(question, index)

    assert [index.catalog.towns[key] for key in found.towns] == [town] and found.prisons == []
    assert "families" in found.targets


@pytest.mark.parametrize(
    ("question", "region"),
    [
        ("bydlím na Sokolovsku a potřebuju poradit s exekucí", "Karlovarský kraj"),
        ("azylák Brněnsko", "Jihomoravský kraj"),
        ("KÚ JMK: seznam NNO na dluhy v JMK?", "Jihomoravský kraj"),
    ],
)
def test_the_area_around_a_town_and_the_regions_abbreviations(
    index: SearchIndex, question: str, region: str
) -> None:
    found = understand(question, index)

    assert found.regions == [region] and found.towns == []


def test_what_he_has_not_beside_what_he_has_is_needed(index: SearchIndex) -> None:
    lacks = understand("Doklady má, práci ne, bydlí v Brně.", index)
    rather = understand("psycholog ne, spíš duchovní, Brno", index)

    assert lacks.needs == ["employment"]
    assert rather.needs == ["spiritual"]


@pytest.mark.parametrize(
    ("question", "need", "target"),
    [
        ("Hledáme něco pro děti vězněných rodičů, Brno.", None, "children"),
        (
            "Can someone help my mother? My father is in Opava prison and she is depressed.",
            "mental-health",
            None,
        ),
        ("klient ve VTOS v Kuřimi, AT program?", "addiction", None),
        ("kluk vylezl z Břeclavi, chce do Brna: startovák?", "housing-social", None),
        ("chce dělat někde na stavbě, Brno", "employment", None),
    ],
)
def test_a_third_examiners_words_more(
    index: SearchIndex, question: str, need: str | None, target: str | None
) -> None:
    found = understand(question, index)

    assert need is None or found.needs == [need]
    assert target is None or target in found.targets


def test_a_detention_institute_with_its_town(index: SearchIndex) -> None:
    found = understand("ÚpVZD Opava – kdo tam chodí?", index)

    assert len(found.prisons) == 1 and found.towns == []


@pytest.mark.parametrize(
    "question",
    [
        "Brácha sedí v Plzni, mámu to úplně zničilo, potřebovala by psychologa. Je z Brna.",
        "Babička se stará o vnoučata, syn jí sedí na Mírově – potřebovala by rodinnou poradnu, bydlí v Brně",
    ],
)
def test_a_woman_of_the_family_who_would_need_help(index: SearchIndex, question: str) -> None:
    found = understand(question, index)

    assert {"families", "women"} <= set(found.targets)


def test_guard_a_shelter_for_a_mother_with_children_is_no_prisoners_family(index: SearchIndex) -> None:
    found = understand("Potřebujeme azylový dům pro mámu s dětmi v Brně, vrací se z výkonu trestu.", index)

    assert "families" not in found.targets and "women" in found.targets


# -- guards: what the round's rules must not take away ---------------------------------------------


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("Kdo v Brně má azylák?", "housing-shelter"),
        ("Má azylový dům v Brně volná místa?", "housing-shelter"),
        ("kde může pracovat po propuštění, Brno", "employment"),
        ("chce zase pracovat, Brno", "employment"),
        ("chce se rekvalifikovat, Ostrava", "education"),
        ("hazarduje, Brno", "addiction"),
        ("kdo by ho mohl mentorovat, Brno", "mentoring"),
        ("manžel je ve vězení, jsem na ulici s dětmi, Brno", "housing"),
    ],
)
def test_guard_a_need_asked_for_stays(index: SearchIndex, question: str, need: str) -> None:
    assert need in understand(question, index).needs


def test_guard_work_and_housing_offered_are_asked_for(index: SearchIndex) -> None:
    assert set(understand("Má práci a bydlení pro propuštěné?", index).needs) == {"employment", "housing"}


@pytest.mark.parametrize(
    ("question", "wrong"),
    [
        ("dětská herna ve věznici Opava", "addiction"),
        ("potřebuje jídlo, pití a oblečení, Brno", "addiction"),
        ("je upoutaný na postel, Brno", "housing-shelter"),
        ("usmířit se s rodinou, Brno", "restorative"),
        ("ad hoc pomoc s bydlením, Brno", "housing-shelter"),
    ],
)
def test_guard_everyday_words_that_say_no_such_need(index: SearchIndex, question: str, wrong: str) -> None:
    assert wrong not in understand(question, index).needs


@pytest.mark.parametrize(
    "question",
    [
        "klient 20 000 dluhy, Brno",
        "klient 15 exekucí, Brno",
        "klientů 20 potřebuje práci, Brno",
        "klientka 20 min od Prahy azylák",
    ],
)
def test_guard_numbers_after_the_client_that_are_no_age(index: SearchIndex, question: str) -> None:
    targets = set(understand(question, index).targets)

    assert not targets & {"juveniles", "young-adults", "seniors"}


def test_guard_mum_without_diacritics_is_still_mum(index: SearchIndex) -> None:
    assert {"women", "children"} <= set(understand("pomoc mame s detmi v Praze", index).targets)


def test_guard_all_he_has_in_a_chain(index: SearchIndex) -> None:
    found = understand("Klientka už má práci i bydlení i doklady, řeší ale exekuce, Brno.", index)

    assert found.needs == ["debt"]


@pytest.mark.parametrize(
    "question",
    [
        "Sestra sedí ve Světlé nad Sázavou, chtěla by studovat",
        "Dcera sedí v Opavě, potřebovala by psychologa",
    ],
)
def test_guard_a_woman_who_is_herself_inside_is_no_family(index: SearchIndex, question: str) -> None:
    found = understand(question, index)

    assert len(found.prisons) == 1 and "families" not in found.targets
