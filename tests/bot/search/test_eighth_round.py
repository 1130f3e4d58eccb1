"""Kinds of misreading a new examiner's world (25, outside the repository) showed after the
seventh round (issue #14, eighth round): a prisoner's relative asking for herself (her home is
the place, his prison background), a relative asking for him (no family audience), partners
and mothers with children, the mother a client lives with, a family he does not have, words of
guiding, an organisation found by a word of helping, a town put first, and more questions
outside the domain. Each test fails on the code before the round; those marked "guard" keep
what the round must not break."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.database import memory_engine
from bot.kb.importing import import_package
from bot.search.engine import AnswerEngine
from bot.search.index import SearchIndex
from bot.search.understanding import understand
from tests.conftest import PRAGUE
from tests.helpers import edit_cell


@pytest.mark.parametrize(
    ("question", "town", "need"),
    [
        (
            "Manžel je ve výkonu trestu ve Znojmě, mám exekuce a nevím kudy kam. Jsem z Ostravy.",
            "ostrava",
            "debt",
        ),
        ("brácha sedí v Jiřicích, já jsem z Brna a potřebuju právní radu", "brno", "legal"),
    ],
)
def test_a_relative_asking_for_herself_is_helped_where_she_is_from(
    index: SearchIndex, question: str, town: str, need: str
) -> None:
    found = understand(question, index)

    assert found.towns == [town] and found.prisons == []  # not the prisoner's town or prison
    assert found.needs[0] == need and "families" in found.targets
    assert "in-custody" not in found.targets


def test_guard_a_professional_from_a_town_is_still_background(index: SearchIndex) -> None:
    found = understand("Jsem kurátorka z Kladna, klient bude bydlet v Brně a hledá práci", index)

    assert found.towns == ["brno"]


def test_serving_a_sentence_in_a_town_is_its_prison(index: SearchIndex) -> None:
    found = understand("Klient je ve výkonu trestu v Karviné a potřebuje poradit s dluhy", index)

    assert found.towns == [] and len(found.prisons) == 1


def test_guard_after_the_sentence_in_a_town_is_the_town(index: SearchIndex) -> None:
    found = understand("po výkonu trestu v Opavě hledá práci", index)

    assert found.towns == ["opava"] and found.prisons == []


@pytest.mark.parametrize(
    "question",
    [
        "Můj syn (20) vyšel z vězení a nemůže sehnat práci, bydlíme v Olomouci.",
        "Můj syn sedí v Opavě, bojím se, že začne brát drogy. Chodí za ním do vězení někdo, kdo s tím "
        "pracuje?",
    ],
)
def test_a_parent_asking_for_her_son_is_no_family_audience(index: SearchIndex, question: str) -> None:
    assert "families" not in understand(question, index).targets


@pytest.mark.parametrize(
    "question",
    [
        "Brno podpůrná skupina pro partnerky vězňů",
        "I'm the wife of a prisoner in Kuřim and I live in Brno. Is there a support group for partners of "
        "prisoners?",
    ],
)
def test_partners_of_prisoners_are_families(index: SearchIndex, question: str) -> None:
    found = understand(question, index)

    assert found.towns == ["brno"]
    assert found.targets == ["families", "women"]  # not prisoners ("in-custody")


def test_the_mother_a_client_lives_with_is_no_audience(index: SearchIndex) -> None:
    found = understand("Klient bydlí v Ostravě u matky a ta ho chce vyhodit, potřebuje bydlení tady", index)

    assert found.targets == [] and found.needs == ["housing"]


@pytest.mark.parametrize(
    "question",
    ["Moravskoslezský kraj: azylový dům pro maminku s dítětem", "Ostrava azylák pro ženu s dětmi"],
)
def test_a_mother_with_children_in_any_case(index: SearchIndex, question: str) -> None:
    found = understand(question, index)

    assert found.needs == ["housing-shelter"]  # the children she is with ask for no family help
    assert sorted(found.targets) == ["children", "women"]


def test_a_family_he_does_not_have_is_no_need(index: SearchIndex) -> None:
    found = understand(
        "Klient vychází z Valdic. Rodinu nemá, bydlet bude v Brně. Hodně by mu pomohl někdo, kdo ho "
        "provede prvními měsíci venku.",
        index,
    )

    assert found.needs == ["mentoring"] and found.towns == ["brno"]


def test_guard_no_contact_with_the_family_is_the_need(index: SearchIndex) -> None:
    assert understand("nemá kontakt s rodinou, Opava", index).needs == ["family"]


def test_someone_to_guide_him_in_english(index: SearchIndex) -> None:
    found = understand(
        "My brother gets out of Valdice next month and will live in Brno. He needs someone to guide him.",
        index,
    )

    assert found.needs == ["mentoring"] and found.towns == ["brno"]


@pytest.mark.parametrize(
    "question",
    [
        "Jak se dostanu autem k věznici Rýnovice?",
        "How do I get to Mírov prison?",
        "Utekl už někdy někdo z Mírova?",
        "jaky je dnes kurz eura",
        "What time does the train leave from Znojmo to Vienna?",
        "Jaké je PSČ Stráže pod Ralskem?",
    ],
)
def test_more_questions_outside_the_domain_get_nothing(answers: AnswerEngine, question: str) -> None:
    result = answers.ask(question)

    assert result.results == [] and result.alternatives == []


def test_guard_how_to_get_housing_is_a_need(index: SearchIndex) -> None:
    found = understand("jak se dostanu k bydlení po propuštění v Ostravě", index)

    assert found.needs == ["housing"] and found.towns == ["ostrava"]


def test_a_town_put_first_before_a_need(index: SearchIndex) -> None:
    assert understand("Písek práce pro člověka po kriminále", index).towns == ["pisek"]


def test_guard_the_everyday_word_inside_a_sentence_stays_a_word(index: SearchIndex) -> None:
    assert understand("tahal písek na stavbě, teď hledá práci v Brně", index).towns == ["brno"]


def test_a_word_of_helping_finds_no_organisation_named_with_it(sample_copy: Path) -> None:
    edit_cell(sample_copy / "organizations.csv", 0, "name", "Paragraf pomoci, z. s.")
    engine = memory_engine()
    import_package(engine, sample_copy, tz=PRAGUE, replace=True)
    index = AnswerEngine(engine).index()

    found = understand("Kdo dochází do věznice Vinařice s pomocí pro cizince?", index)
    named = understand("kontakt na Paragraf pomoci", index)

    assert found.organizations == [] and found.targets == ["foreigners"]
    assert len(named.organizations) == 1  # the name itself still finds it


def test_who_comes_to_us_asks_about_the_askers_own_prison(index: SearchIndex) -> None:
    found = understand(
        "jsem vychovatelka v Opavě, klient půjde bydlet do Krnova, kdo k nám dochází s dluhy?", index
    )

    assert len(found.prisons) == 1 and found.towns == []  # not where he will live


def test_guard_without_asking_about_us_the_askers_place_is_background(index: SearchIndex) -> None:
    found = understand("jsem vychovatelka v Opavě, klient půjde bydlet do Krnova, má dluhy", index)

    assert found.towns == ["krnov"] and found.prisons == []


def test_guard_not_living_with_us_is_no_question_about_us(index: SearchIndex) -> None:
    found = understand(
        "Jsem kurátorka v Ostravě. Klient se vrací z Valdic, ale bydlet nebude u nás – bratr mu slíbil "
        "pokoj v Brně. Znáte v Brně někoho, kdo pomáhá s hledáním zaměstnání?",
        index,
    )

    assert found.towns == ["brno"] and found.needs == ["employment"]


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("Klientka je ve vazbě v Ostravě a neví, kde bude po propuštění bydlet.", "housing"),
        ("Ostrava – kde se nají a osprchuje člověk, co spí venku?", "basic-needs"),
        ("Děcka mu sebrali, chce je vidět – sedí v Karviné", "family"),
        ("My brother is in Mírov prison, does anyone offer courses there?", "education"),
    ],
)
def test_more_words_of_need(index: SearchIndex, question: str, need: str) -> None:
    assert need in understand(question, index).needs


def test_still_inside_in_a_town_is_its_prison(index: SearchIndex) -> None:
    found = understand("Ještě je uvnitř v Karviné, ale chtěli bychom už teď začít řešit práci.", index)

    assert len(found.prisons) == 1 and found.towns == [] and found.needs == ["employment"]


def test_recruiting_is_outside_the_domain(answers: AnswerEngine) -> None:
    result = answers.ask("Hledáme nového vychovatele do Věznice Heřmanice, kde dát inzerát?")

    assert result.results == [] and result.alternatives == []


@pytest.mark.parametrize(
    ("question", "region"),
    [
        (
            "Klient je z Ostravska, teď sedí v Rapoticích, ale po propuštění se vrátí zpátky na Ostravsko a "
            "potřebuje bydlení.",
            "Moravskoslezský kraj",
        )
    ],
)
def test_the_region_he_returns_to_outranks_the_prison_he_sits_in(
    answers: AnswerEngine, question: str, region: str
) -> None:
    result = answers.ask(question)

    assert result.results  # not nothing, for a prison and a region that no service has both
    assert result.understanding.prisons == [] and result.understanding.regions == [region]


def test_the_town_she_will_live_in_named_again_is_no_prison(index: SearchIndex) -> None:
    found = understand(
        "Klientka 52 let, teď ve vazbě v Ostravě, pravděpodobně ji pustí. Bydlet bude v Opavě. Nemá tam "
        "nikoho a potřebuje střechu nad hlavou – co pro ni v Opavě je?",
        index,
    )

    assert found.towns == ["opava"] and found.prisons == []


def test_a_relative_at_home_in_the_town_of_his_remand_prison(index: SearchIndex) -> None:
    found = understand(
        "Manžel je ve vazbě v Brně, já jsem doma s dětmi v Brně a psychicky to nezvládám.", index
    )

    assert found.towns == ["brno"] and found.prisons == []
    assert found.needs == ["mental-health"]  # the children she is with ask for no family help


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("ošetřovna pro bezdomovce Ostrava", "health"),
        ("Dokud je v Opavě uvnitř, chce pracovat na vztahu s dcerou – kdo tam chodí?", "family"),
        ("Kdo doprovází děti do opavské věznice?", "family"),
    ],
)
def test_still_more_words_of_need(index: SearchIndex, question: str, need: str) -> None:
    assert understand(question, index).needs == [need]


def test_an_organisation_put_first_before_a_need(index: SearchIndex) -> None:
    found = understand("Kotva azylák – mají volné lůžko?", index)

    assert len(found.organizations) == 1 and found.capacity_available


# Found by a review of the round: each failed on the round's first version.
@pytest.mark.parametrize(
    "question",
    [
        "až se dostane z věznice, kde bude bydlet v Ostravě?",
        "syn se dostane z vazby, potřebuje bydlení v Brně",
        "dostane se do věznice psycholog?",
        "jezdí někdo autem do věznice Heřmanice za klienty?",
        "how do i get housing after prison in Ostrava?",
        "what time does the shelter in Brno open?",
        "dala jsem inzerát na podnájem, nikdo mi nechce pronajmout, jsem po výkonu trestu",
        "syn utekl z domova a je někde v Ostravě",
    ],
)
def test_guard_in_domain_questions_with_words_of_journeys_and_escapes(
    answers: AnswerEngine, question: str
) -> None:
    assert answers.ask(question).results


@pytest.mark.parametrize(
    "question",
    [
        "co mám dělat, syn sedí na Mírově a po propuštění nemá kde bydlet v Olomouci",
        "mám dotaz, syn vychází z Mírova a nemá kde bydlet v Olomouci",
        "co mám dělat, manžel jde z vězení a nemá práci, bydlíme v Ostravě",
        "sem zoufalá, syn je ve vězení a po propuštění nebude mít kde bydlet v Brně",
    ],
)
def test_guard_a_relative_asking_what_to_do_for_him_is_no_family_audience(
    answers: AnswerEngine, question: str
) -> None:
    result = answers.ask(question)

    assert "families" not in result.understanding.targets and result.results


def test_guard_the_prison_named_after_us_is_the_one_asked_about(index: SearchIndex) -> None:
    found = understand("jsem kurátorka v Olomouci, kdo k nám dochází do věznice Mírov?", index)

    assert len(found.prisons) == 1 and found.towns == []


def test_guard_help_asked_in_a_town_beside_us_stays(index: SearchIndex) -> None:
    found = understand("pracuju na Mírově, kdo k nám chodí a pomáhá s bydlením v Olomouci?", index)

    assert "olomouc" in found.towns


def test_guard_a_word_beginning_like_a_negation_is_none(index: SearchIndex) -> None:
    found = understand(
        "jsem vychovatelka v Opavě, klient půjde bydlet do Krnova, nějaká neziskovka k nám dochází s dluhy?",
        index,
    )

    assert len(found.prisons) == 1 and found.towns == []


@pytest.mark.parametrize(
    "question",
    ["nemá rodinu, kdo mu pomůže s kontaktem s dcerou?", "rodinu nemá a chce ji najít"],
)
def test_guard_a_family_he_has_not_but_wants_is_the_need(index: SearchIndex, question: str) -> None:
    assert understand(question, index).needs == ["family"]


def test_guard_a_wife_with_children_visiting_her_husband(index: SearchIndex) -> None:
    assert understand("žena s dětmi chce navštívit manžela na Mírově", index).needs == ["family"]


def test_a_family_living_with_a_prisoners_children_asks_for_itself(index: SearchIndex) -> None:
    found = understand("Jak říct dětem, že táta je ve vězení? Bydlíme v Opavě.", index)

    assert found.targets == ["families"] and found.towns == ["opava"]


def test_what_the_family_arranged_for_him_is_no_need(index: SearchIndex) -> None:
    found = understand(
        "Jsem kurátor v Olomouci, klient se vrací z Mírova, bydlení mu zajistila rodina, ale má dluhy. "
        "Dluhová poradna v Olomouci?",
        index,
    )

    assert found.needs == ["debt"]


def test_guard_who_will_arrange_housing_asks_for_it(index: SearchIndex) -> None:
    assert understand("kdo mu zajistí bydlení v Olomouci?", index).needs == ["housing"]


@pytest.mark.parametrize(
    "question",
    [
        "Můj syn vyšel z vězení a nemůže sehnat práci, bydlíme ve Zlíně.",
        "brácha vylezl z basy a nemá kde bydlet, Brno",
        "my son got out of prison and needs a job in Brno",
    ],
)
def test_a_son_or_brother_who_is_the_client_is_a_man(index: SearchIndex, question: str) -> None:
    assert understand(question, index).targets == ["men"]


@pytest.mark.parametrize(
    "question",
    [
        "syn sedí na Pankráci, já mám dluhy a potřebuju poradit, Praha",  # she asks for herself
        "jeho syn je u babičky, klient hledá práci v Brně",  # the client's son
    ],
)
def test_guard_a_son_who_is_not_the_client_says_no_gender(index: SearchIndex, question: str) -> None:
    assert "men" not in understand(question, index).targets


def test_an_indefinite_pronoun_negates_nothing(index: SearchIndex) -> None:
    found = understand("Spolupracuje Věznice Opava s někým na vzdělávání odsouzených?", index)

    assert found.needs == ["education"]


def test_a_mother_calling_about_her_son_asks_for_herself_where_she_lives(index: SearchIndex) -> None:
    found = understand(
        "Volám kvůli synovi, sedí v Heřmanicích. Já bydlím v Ostravě a topím se v dluzích. Existuje něco "
        "pro maminky vězňů?",
        index,
    )

    assert found.towns == ["ostrava"] and found.prisons == []
    assert sorted(found.targets) == ["families", "women"]


def test_a_released_man_asking_for_himself_is_no_relative(index: SearchIndex) -> None:
    found = understand(
        "Jsem venku z Mírova od června, bydlím v Olomouci. Práci mám, byt taky. Ale zase jsem začal pít. "
        "Kam můžu zajít?",
        index,
    )

    assert found.towns == ["olomouc"] and found.prisons == []
    assert found.needs == ["addiction"] and "families" not in found.targets


def test_help_for_him_inside_is_no_family_audience(index: SearchIndex) -> None:
    found = understand(
        "Syn je v Rapoticích a má dluhy. Chtěl by začít s oddlužením už uvnitř. Já jsem z Třebíče. Chodí "
        "tam za nimi někdo?",
        index,
    )

    assert len(found.prisons) == 1 and found.towns == []
    assert found.needs == ["debt"] and "families" not in found.targets


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("rodina se o nej nestara, kamarady nema, potrebuje aspon nekoho kdo ho povede – Brno", "mentoring"),
        ("V Opavě už chodí do poradny, teď by potřeboval spíš ambulanci kvůli pití.", "addiction"),
        (
            "Manžel je ve vazbě v Ruzyni. Děti ho neviděly půl roku. Jak zařídit, aby ho mohly navštívit?",
            "family",
        ),
    ],
)
def test_yet_more_words_of_need(index: SearchIndex, question: str, need: str) -> None:
    assert need in understand(question, index).needs


@pytest.mark.parametrize(
    "question",
    [
        "Jak se dostanu autem na Pankrác z dálnice D1?",
        "Kde koupit kolo v Opavě?",
        "kino Brno program dnes vecer",
    ],
)
def test_journeys_shopping_and_films_are_outside_the_domain(answers: AnswerEngine, question: str) -> None:
    result = answers.ask(question)

    assert result.results == [] and result.alternatives == []


def test_an_organisation_put_first_with_its_town(index: SearchIndex) -> None:
    found = understand("Kotvy z Opavy chodí někdo na Mírov?", index)

    assert len(found.organizations) == 1 and len(found.prisons) == 1


# Found by a second review of the round: each failed on the round's second version.
@pytest.mark.parametrize(
    "question",
    [
        "manžel ještě sedí, jsem venku s dětmi sama, potřebuju azylák v Brně",
        "manžel už vyšel, jsem s dětmi sama v Brně, kde seženu pomoc s dluhy?",
        "brácha je venku, jsem jeho sestra, potřebuju psychologa pro sebe, bydlím v Plzni",
        "syn sedí v Plzni na Borech, jezdím tam každý měsíc a potřebuju příspěvek na cestu, bydlím v Chebu",
        "syn sedí na Pankráci, tam nemám nikoho, já jsem z Kladna a mám dluhy",
        "syn je ve vazbě, chodím tam na návštěvy, potřebuju poradit s dluhy, jsem z Prahy",
    ],
)
def test_guard_a_relative_asking_for_herself_stays_family_not_a_man(
    index: SearchIndex, question: str
) -> None:
    found = understand(question, index)

    assert "families" in found.targets and "men" not in found.targets
    assert found.prisons == [] and len(found.towns) == 1  # where she lives, not his prison


@pytest.mark.parametrize(
    "question",
    [
        "můj manžel pije a já potřebuju azylový dům s dětmi v Ostravě",
        "my father is in prison and my mum needs help with debts in Prague",
    ],
)
def test_guard_a_woman_asking_beside_a_man_of_the_family_says_no_man(
    index: SearchIndex, question: str
) -> None:
    assert "men" not in understand(question, index).targets


@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("potřebuje, aby mu obec zajistila sociální byt v Brně", "housing-social"),
        ("aby jí zajistili azylový dům v Praze", "housing-shelter"),
    ],
)
def test_guard_what_is_to_be_arranged_is_the_need(index: SearchIndex, question: str, need: str) -> None:
    assert understand(question, index).needs == [need]


@pytest.mark.parametrize(
    "question",
    [
        "divadlo pro vězně na Mírově",
        "koncert pro vězně ve věznici Plzeň",
        "jak se dostanu autem do azylového domu v Brně?",
    ],
)
def test_guard_theatre_for_prisoners_and_a_way_to_a_shelter_are_questions(
    answers: AnswerEngine, question: str
) -> None:
    assert answers.ask(question).results


def test_a_relative_asking_for_herself_in_a_low_mood_is_her_need(index: SearchIndex) -> None:
    found = understand("Syn sedí na Borech a já jsem z toho v depresi. Bydlím v Plzni.", index)

    assert found.needs == ["mental-health"] and found.towns == ["plzen"] and "families" in found.targets


def test_without_money_denies_no_town(index: SearchIndex) -> None:
    found = understand(
        "Manžela zavřeli do Břeclavi, já zůstala v Brně bez peněz a s exekucí, kde mi pomůžou?", index
    )

    assert found.towns == ["brno"] and found.needs == ["debt"] and found.prisons == []


def test_a_prisoners_brother_helped_inside_in_english(index: SearchIndex) -> None:
    found = understand(
        "My brother is in Bory prison in Pilsen and uses drugs. Is there any addiction programme inside?",
        index,
    )

    assert "families" not in found.targets and found.needs == ["addiction"] and len(found.prisons) == 1


@pytest.mark.parametrize(
    ("question", "need"),
    [
        (
            "Dcera je ve vazbě v Brně a má malého syna. Chtěla bych, aby ho mohla vidět. Kdo s tím pomáhá?",
            "family",
        ),
        ("Přijde z Bor, bude v Rokycanech, probační byt by byl ideál.", "housing-halfway"),
        ("chráněné bydlení pro ženy po výkonu", "housing-social"),
    ],
)
def test_words_of_need_of_the_round_end(index: SearchIndex, question: str, need: str) -> None:
    assert understand(question, index).needs == [need]


def test_a_young_man_described_is_a_man(index: SearchIndex) -> None:
    assert understand("mladej kluk z Písku, po vazbě, hledá práci", index).targets == ["men", "released"]


@pytest.mark.parametrize(
    "question",
    ["vinobraní Znojmo 2026 program", "Jaké jsou průměrné ceny nájmů v Písku?", "Proč se Bory jmenují Bory?"],
)
def test_festivals_rents_and_names_are_outside_the_domain(answers: AnswerEngine, question: str) -> None:
    result = answers.ask(question)

    assert result.results == [] and result.alternatives == []


def test_guard_a_relative_in_retirement_is_no_need_for_benefits(index: SearchIndex) -> None:
    found = understand(
        "syn je ve vězení, já jsem v důchodu a mám exekuci, kdo mi poradí v Pardubicích?", index
    )

    assert found.needs == ["debt"] and "families" in found.targets


def test_guard_a_curator_naming_a_prisoners_family_is_no_relative_asking(index: SearchIndex) -> None:
    found = understand("jsem kurátor v Olomouci, otec je na Mírově a děti potřebují kontakt s ním", index)

    assert found.needs == ["family"]  # not counselling from the curator's own job


@pytest.mark.parametrize(
    "question",
    [
        "Smím si na návštěvu do Drahonic vzít mobil?",
        "Kolikrát měsíčně může mít vězeň na Borech návštěvu?",
        "Can children visit an inmate in Pankrác?",
        "Bude v pátek v Liberci náledí?",
        "Do kolika má otevřeno pošta v Kuřimi v sobotu?",
        "Byl ve Valdicích dřív kartuziánský klášter?",
        "What is the capacity of Mírov prison?",
        "Kolik stojí hodina advokáta v Hradci Králové za sepsání odvolání?",
        "jsi clovek nebo robot? pisu z Karvine",
    ],
)
def test_visiting_rules_journeys_news_courts_and_small_talk_are_outside(
    answers: AnswerEngine, question: str
) -> None:
    result = answers.ask(question)

    assert result.results == [] and result.alternatives == []


@pytest.mark.parametrize(
    "question",
    [
        "nemame na autobus na navstevu do Hermanic, prispeje nam nekdo na cestu?",
        "Kdo pomůže mámě s dětmi dojet na návštěvu do Mírova?",
        "potřebuje právníka zdarma, sedí v Kuřimi",
        "Kde v Olomouci dostanu zimní bundu a boty pro klienta, který jde ven z Mírova?",
        "má nezaplacený pokuty a exekuce, Brno",
    ],
)
def test_guard_help_with_visits_lawyers_and_clothes_stays_in_the_domain(
    answers: AnswerEngine, question: str
) -> None:
    result = answers.ask(question)

    assert result.results or result.alternatives


def test_most_of_all_reaches_a_need_late_in_its_sentence(index: SearchIndex) -> None:
    found = understand(
        "Klientka, 45 let, propuštěná z Ruzyně, bydlí v Praze u kamarádky, má dluhy a sklony k depresím. "
        "Nejvíc by jí teď pomohl někdo, kdo ji bude dlouhodobě provázet.",
        index,
    )

    assert found.needs == ["mentoring"]


def test_guard_please_does_not_reach_so_far(index: SearchIndex) -> None:
    found = understand(
        "Prosím, klient je propuštěný z Mírova a bydlí v Olomouci, má dluhy a potřebuje práci.", index
    )

    assert "employment" in found.needs


@pytest.mark.parametrize(
    "question",
    [
        "Na které ulici je věznice v Břeclavi?",
        "Jaké jsou návštěvni hodny ve věznici Heřmanice?",
        "jaka je kapacita veznice Horni Slavkov",
    ],
)
def test_still_more_questions_outside_the_domain(answers: AnswerEngine, question: str) -> None:
    result = answers.ask(question)

    assert result.results == [] and result.alternatives == []


@pytest.mark.parametrize(
    "question",
    [
        "syn je na ulici, Brno",
        "koncert pro vězně ve věznici Plzeň",
        "jsem sociální pracovnice Vězeňské služby v Opavě, klient potřebuje bydlení v Krnově",
    ],
)
def test_guard_the_street_prisoners_and_the_prison_service_as_employer(
    answers: AnswerEngine, question: str
) -> None:
    result = answers.ask(question)

    assert result.results or result.alternatives  # not set aside as outside the domain


# Found by a third review: each got nothing on the round's version before it.
@pytest.mark.parametrize(
    "question",
    [
        "Hezký den, syn je ve vazbě v Brně",
        "seděl pět let na Mírově, teď je v Olomouci, co dál",
        "syn vyšel z Valdic a neví kudy kam",
        "po propuštění spí na nádraží v Ostravě",
        "Nechci vás rušit, potřebuji pomoc pro syna, je v Pardubicích",
        "nemá na telefonní kartu, Kynšperk, kdo pomůže",
        "sněží, spí v parku v Jihlavě",
        "sociální kavárna pro propuštěné Brno",
        "Syn nechce na návštěvy, musím ho nutit? Potřebuju psychologa",
        "kolikrát do měsíce můžu na návštěvu a kam se obrátit s dluhy",
        "po návštěvě u manžela musím sehnat bydlení, Brno",
        "potřebuje azylák, ale ne daleko od Ostravy",
        "nemá na ceny nájmů, potřebuje sociální bydlení v Brně",
        "hlavní líčení bude v říjnu, potřebuje právní poradnu",
        "jsi člověk? potřebuju pomoc s dluhy",
    ],
)
def test_guard_everyday_words_beside_a_place_or_a_need_are_no_sign_of_outside(
    answers: AnswerEngine, question: str
) -> None:
    result = answers.ask(question)

    assert result.results or result.alternatives or result.need_unclear


def test_a_lunch_menu_is_no_victim_and_no_man(answers: AnswerEngine) -> None:
    result = answers.ask("doporucte restauraci v Jicine s levnym obedovym menu")

    assert result.understanding.needs == [] and result.understanding.targets == []
    assert result.results == [] and result.alternatives == []  # a restaurant: outside the domain


def test_guard_men_in_english_still_are_men(index: SearchIndex) -> None:
    assert understand("men's shelter in Brno", index).targets == ["men"]
