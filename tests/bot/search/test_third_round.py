"""Kinds of misreading seen on a third unseen world (issue #14, third round): what the client
already has, a relative named as the object ("rodinu má v X"), serving a sentence, what is
behind the client ("po podmíněném propuštění"), "nejdřív chci, aby ...", free places asked as
"je tam místo?", words of need not known before, and requests for poems and weather."""

from __future__ import annotations

import pytest

from bot.search.engine import AnswerEngine
from bot.search.index import SearchIndex
from bot.search.understanding import understand

# -- what the client has is not what he needs ------------------------------------------------


def test_what_the_client_has_is_not_asked_for(index: SearchIndex) -> None:
    found = understand("Dluhy nemá, práci má – jde jen o to, aby v Ostravě měl kde spát.", index)

    assert "employment" not in found.needs and "debt" not in found.needs
    assert found.needs and all(need.startswith("housing") for need in found.needs)
    assert found.towns == ["ostrava"]


def test_a_home_at_his_sisters_leaves_the_work_he_needs(index: SearchIndex) -> None:
    found = understand("bydlení má u sestry, ale práci potřebuje, Ostrava", index)

    assert found.needs == ["employment"]


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("má problém s bydlením, Ostrava", "housing"),  # trouble with it: the need itself
        ("má dluhy, Ostrava", "debt"),  # debts one has are the need
        ("má zájem o práci v Ostravě", "employment"),  # not right beside "má"
    ],
)
def test_having_a_trouble_or_an_interest_is_still_the_need(
    index: SearchIndex, question: str, need: str
) -> None:
    assert need in understand(question, index).needs


def test_the_family_he_has_somewhere_is_background(index: SearchIndex) -> None:
    found = understand("Klient sedí v Heřmanicích, rodinu má v Opavě. Chodí tam někdo s dluhy?", index)

    assert len(found.prisons) == 1 and found.towns == []
    assert found.needs == ["debt"]


# -- where he serves his sentence --------------------------------------------------------------


def test_serving_a_sentence_somewhere_is_that_prison(index: SearchIndex) -> None:
    found = understand("Je z Ostravy, ale trest si odpykává v Opavě. Jsou tam nějaké kurzy?", index)

    assert len(found.prisons) == 1 and found.towns == []


# -- what is behind the client, and what comes first ----------------------------------------


def test_parole_behind_the_client_is_no_legal_need(index: SearchIndex) -> None:
    found = understand("Klient po podmíněném propuštění, Ostrava, práce", index)

    assert found.needs == ["employment"]


def test_parole_asked_about_alone_is_still_the_legal_need(index: SearchIndex) -> None:
    assert understand("podmíněné propuštění Ostrava", index).needs == ["legal"]


def test_what_the_asker_wants_first_decides_among_needs(index: SearchIndex) -> None:
    question = (
        "Má exekuce asi za 600 tisíc a je na dně. Nejdřív chci, aby s ní někdo pracoval na té psychice."
    )

    assert understand(question, index).needs == ["mental-health"]


# -- words and phrases ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("Olomoucko psychiatrie", "mental-health"),
        ("ženy, psychologická podpora", "mental-health"),
        ("bere subutex, Ostrava", "addiction"),
        ("klient gambluje, Ostrava", "addiction"),
        ("je tam nekdo na pravni veci?", "legal"),
        ("kdo doprovází lidi po výkonu trestu v Ostravě?", "mentoring"),
        ("krizové ubytování v Ostravě", "housing-shelter"),
        ("postel na par noci v Ostravě", "housing-shelter"),
        ("duchovní doprovázení pro vězně", "spiritual"),
    ],
)
def test_words_of_need_seen_on_the_third_world(index: SearchIndex, question: str, need: str) -> None:
    found = understand(question, index)

    assert need in found.needs
    assert not (need == "spiritual" and "mentoring" in found.needs)  # one phrase, one need


def test_is_there_a_place_today_asks_for_free_places(index: SearchIndex) -> None:
    found = understand("Azylový dům v Ostravě – je tam dneska místo?", index)

    assert found.capacity_available


@pytest.mark.parametrize(
    "question",
    ["Napiš mi básničku o Brně", "Is it going to rain in Ostrava tomorrow?", "bude v Opavě pršet?"],
)
def test_poems_and_weather_are_outside_the_domain(index: SearchIndex, question: str) -> None:
    found = understand(question, index)

    assert not (found.towns or found.prisons or found.needs)


# -- a relative who is the prisoner ------------------------------------------------------------


def test_a_brother_serving_in_a_prison_is_the_one_helped_there(index: SearchIndex) -> None:
    found = understand("brácha sedí v Heřmanicích a potřebuje pomoct s dluhy", index)

    assert len(found.prisons) == 1 and found.needs == ["debt"]
    assert "families" not in found.targets


def test_my_son_in_prison_who_needs_help_is_the_one_helped(index: SearchIndex) -> None:
    found = understand("můj syn sedí v Heřmanicích a potřebuje pomoct s dluhy", index)

    assert len(found.prisons) == 1 and "families" not in found.targets


def test_a_relative_asking_for_herself_is_still_the_one_helped(index: SearchIndex) -> None:
    found = understand("manžel sedí v Heřmanicích a já potřebuju poradit s dluhy, bydlím v Opavě", index)

    assert "families" in found.targets and found.prisons == []


def test_a_son_in_custody_who_needs_a_lawyer_is_the_one_helped(index: SearchIndex) -> None:
    found = understand("Syn sedí ve vazbě v Ostravě, já bydlím v Opavě. Potřeboval by tam právníka.", index)

    assert found.needs == ["legal"] and found.towns == []
    assert "families" not in found.targets


def test_english_doesnt_need_denies_what_follows(index: SearchIndex) -> None:
    found = understand("Job coaching in Ostrava for a guy on probation, he doesn't need housing", index)

    assert found.needs == ["employment"]


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("jede na piko, Ostrava", "addiction"),
        ("Mluví o tom, že se zabije. Potřebuje krizovou pomoc, Ostrava.", "mental-health"),
        ("potřebuje převazy nohy, Ostrava", "health"),
        ("chce se omluvit poškozenýmu, nějakej program?", "restorative"),
        ("v Ostravě pracovní asistence", "employment"),
        ("klient zase bez bydlení, Ostrava", "housing"),
        ("potrebujem pomoc s bývaním pre klienta v Ostrave", "housing"),
        ("Kde je v Ostrave poradňa pre dlhy?", "debt"),
        ("potřebuju dnes volné lůžko kdekoliv v kraji", "housing-shelter"),
    ],
)
def test_more_words_of_need(index: SearchIndex, question: str, need: str) -> None:
    assert need in understand(question, index).needs


def test_foreign_women_are_both_audiences(index: SearchIndex) -> None:
    assert set(understand("věznice Opava, cizinky", index).targets) >= {"foreigners", "women"}


def test_a_letter_asks_for_what_follows_please(index: SearchIndex) -> None:
    question = (
        "Dobrý den, klient byl podmíněně propuštěn z věznice Heřmanice, nyní bydlí u přítelkyně v "
        "Opavě, práci má přes agenturu, ale přítelkyně ho chce vystěhovat a on má dvě malé děti. "
        "Prosím o kontakt na azylový dům v Ostravě."
    )
    found = understand(question, index)

    assert found.towns == ["ostrava"]
    assert found.needs and all(need.startswith("housing") for need in found.needs)


# -- names that are everyday words, and mothers --------------------------------------------------


def test_a_town_standing_alone_after_the_question_is_the_town(index: SearchIndex) -> None:
    assert understand("chce se omluvit poškozenýmu, nějakej program? Most", index).towns == ["most"]


def test_an_organisation_named_first_with_its_place_is_the_organisation(index: SearchIndex) -> None:
    assert understand("Kotvu v Opavě znáte?", index).organizations
    assert understand("Bránu v Brně – telefon", index).organizations


def test_an_everyday_word_inside_a_sentence_stays_a_word(index: SearchIndex) -> None:
    assert understand("udělal velký krok v Praze, hledá práci", index).organizations == []


def test_a_mother_of_two_children_brings_her_children(index: SearchIndex) -> None:
    found = understand("máma dvou dětí, propuštěná, potřebuje bydlení v Ostravě", index)

    assert {"women", "children"} <= set(found.targets)


def test_a_gambler_at_the_machines_is_an_addiction(index: SearchIndex) -> None:
    assert "addiction" in understand("Ostrava – hráč automatů, poradna?", index).needs


# -- long messages: the request, the children mentioned, the place said at the end ------------


def test_a_wife_who_cannot_cope_with_debts_asks_about_debts_not_visits(index: SearchIndex) -> None:
    question = (
        "Dobrý den, jsem manželka odsouzeného, manžel sedí v Heřmanicích ještě rok. Já zůstala s dvěma "
        "dětmi sama, hypotéku platím sama a nevím si rady s exekucí. Kdo pomáhá rodinám?"
    )
    found = understand(question, index)

    assert found.needs == ["debt"] and found.prisons == []
    assert {"families", "women"} <= set(found.targets)


def test_visits_with_the_children_are_still_wanted_in_the_prison(index: SearchIndex) -> None:
    found = understand("manžel sedí v Heřmanicích, já bych potřebovala zařídit návštěvy s dětmi", index)

    assert len(found.prisons) == 1


def test_a_place_said_alone_at_the_end_is_where_help_is_wanted(index: SearchIndex) -> None:
    question = (
        "Mám tady klienta po výkonu trestu v Heřmanicích, je mu 60, je nemocný, ale hlavně – nemá kde "
        "spát. Dnes. Ostrava nebo nejbližší okolí."
    )
    found = understand(question, index)

    assert found.towns == ["ostrava"]  # not set aside as background of another sentence


# -- a homeless client ---------------------------------------------------------------------------


def test_a_homeless_client_gets_the_services_for_homeless_people(answers: AnswerEngine) -> None:
    result = answers.ask("bezdomovec Brno bydlení")
    for_homeless = answers.index().catalog.targets["homeless"]

    assert result.results  # Brno has a shelter for homeless men ...
    assert all(hit.service in for_homeless for hit in result.results)  # ... and only such are shown


def test_when_none_is_for_homeless_people_the_audience_is_let_go_and_said(answers: AnswerEngine) -> None:
    result = answers.ask("bezdomovec hledá práci v Ostravě")

    assert result.results
    assert "homeless" not in result.understanding.targets  # let go: "uvolnil jsem … bezdomovec"


def test_an_organisation_put_first_before_bych_is_the_organisation(index: SearchIndex) -> None:
    assert understand("Kotvě bych rád zavolal kvůli bydlení pro klienta", index).organizations


# -- a seventh world: everyday words, purposes, "můžu", children along ----------------------------


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("senior 74 let, Ostrava, potřebuje pomoct s důchodem", "benefits"),
        ("Kde v Ostravě dostane klient polívku?", "basic-needs"),
        ("klient nemá co na sebe, Ostrava", "basic-needs"),
        ("potrebuju pro klienta v Ostrave dluhovku", "debt"),
        ("halfway Ostrava", "housing-halfway"),
        ("pracovní dílna Ostrava", "employment"),
        ("Jsou v Heřmanicích nějaký pracovní programy?", "employment"),
        ("výpis z rejstříku", "legal"),
        ("potřebuje někoho, kdo ho podrží po propuštění, Ostrava", "mentoring"),
        ("kdo chodi do Heřmanic za lidma co berou", "addiction"),
        ("nemám na nájem, Ostrava", "housing"),
        ("Kam se můžu obrátit, abychom nebyli na ulici? Ostrava", "housing"),
    ],
)
def test_words_of_need_seen_on_the_seventh_world(index: SearchIndex, question: str, need: str) -> None:
    assert need in understand(question, index).needs


def test_a_mental_illness_is_an_audience(index: SearchIndex) -> None:
    assert "mental-illness" in understand("Kdo v Opavě pracuje s lidmi s duševní nemocí?", index).targets


def test_i_can_is_no_man(index: SearchIndex) -> None:
    assert "men" not in understand("Kam se můžu obrátit s dluhy? Ostrava", index).targets


def test_na_nej_is_no_rent(index: SearchIndex) -> None:
    assert understand("exekuce přišla na něj i na mě, Ostrava", index).needs == ["debt"]


def test_what_the_family_has_and_has_not(index: SearchIndex) -> None:
    found = understand("Dluhy nemáme, bydlení máme. Potřebuju hlavně poradit s rodinou, Ostrava.", index)

    assert found.needs == ["family"]


def test_children_someone_is_with_are_no_request_about_the_family(index: SearchIndex) -> None:
    found = understand("Manžel je ve vazbě v Ostravě a já s dětmi nemám na nájem, kdo nám pomůže?", index)

    assert found.needs == ["housing"]


@pytest.mark.parametrize(
    "question",
    [
        "Jaký plat má vychovatel ve věznici Opava?",
        "kde se parkuje u vazebky v Ostravě",
        "Může mi syn z Heřmanic zavolat na mobil?",
        "Co si vzít s sebou na návštěvu do Heřmanic?",
    ],
)
def test_pay_parking_calls_and_what_to_bring_are_outside_the_domain(
    index: SearchIndex, question: str
) -> None:
    found = understand(question, index)

    assert not (found.needs or found.strict_targets or found.towns or found.prisons)


@pytest.mark.parametrize(
    "question",
    [
        "Jak dostat povolení k návštěvě v Heřmanicích?",
        "telefonní číslo věznice Opava",
        "Kolik bere dozorce v Heřmanicích?",
        "Jak se stát dozorcem v Opavě?",
        "kolik vězňů je v Heřmanicích",
        "historie věznice Opava",
        "má věznice Heřmanice kantýnu?",
    ],
)
def test_the_prison_services_own_business_is_outside_the_domain(index: SearchIndex, question: str) -> None:
    found = understand(question, index)

    assert not (found.needs or found.strict_targets or found.towns or found.prisons)


# -- the review's cases: asking is not having, "aby" alone asks nothing, "po" is mostly a word ----


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("Která firma má práci pro lidi po výkonu trestu v Ostravě?", "employment"),
        ("Mají práci pro propuštěné v Ostravě?", "employment"),
        ("Kdo má bydlení pro matky s dětmi v Ostravě?", "housing"),
        ("Potřebuje pomoc po exekuci a s bydlením v Opavě", "debt"),
    ],
)
def test_asking_who_has_something_asks_for_it(index: SearchIndex, question: str, need: str) -> None:
    assert need in understand(question, index).needs


def test_a_relative_who_asks_where_to_find_help_is_the_one_helped(index: SearchIndex) -> None:
    question = (
        "Syn sedí v Heřmanicích a chce se mnou mluvit, já bydlím v Opavě, kde najdu poradnu pro rodiny?"
    )
    found = understand(question, index)

    assert found.towns == ["opava"] and "families" in found.targets


def test_pay_of_any_role_is_outside_the_domain(index: SearchIndex) -> None:
    found = understand("Jaký plat má sociální pracovník v Ostravě?", index)

    assert not (found.needs or found.towns)
