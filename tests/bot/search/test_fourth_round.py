"""Kinds of misreading left after the third round (issue #14, fourth round): a relative who is
the prisoner and needs the help, in English and Czech."""

from __future__ import annotations

import pytest

from bot.search.engine import AnswerEngine
from bot.search.index import SearchIndex
from bot.search.understanding import understand

# -- the relative in prison is the one helped ------------------------------------------------------


def test_my_brother_in_a_prison_who_needs_a_job_is_helped_in_that_prison(index: SearchIndex) -> None:
    found = understand("my brother is in Opava prison and needs a job after release", index)

    assert len(found.prisons) == 1 and found.needs == ["employment"]
    assert "families" not in found.targets


def test_a_husband_serving_who_needs_a_lawyer_is_helped_on_bory(index: SearchIndex) -> None:
    found = understand("manžel sedí na Borech, potřebuje právníka", index)

    assert len(found.prisons) == 1 and found.needs == ["legal"]
    assert "families" not in found.targets


def test_a_wife_who_needs_help_herself_is_still_the_family(index: SearchIndex) -> None:
    english = understand("my husband is in prison and I need help with debts", index)
    czech = understand("manžel sedí na Borech a mě honí exekutoři", index)

    assert "families" in english.targets and english.needs == ["debt"]
    assert "families" in czech.targets and czech.prisons == []


# -- a place understood, what for not: ask rather than guess -----------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("chtěl by do fabriky nebo do skladu, Ostrava", ["fabriky", "skladu"]),
        ("klient hulí a je takovej zmatlanej, Opava", ["takovej", "zmatlanej"]),
        ("má nezaplacený pokuty, Brno", ["pokuty"]),
    ],
)
def test_words_that_may_be_the_need_leave_the_answer_to_the_worker(
    answers: AnswerEngine, question: str, words: list[str]
) -> None:
    result = answers.ask(question)

    assert result.understanding.need_words == words
    assert result.need_unclear and result.results == [] and result.alternatives == []
    assert result.need_choices  # what the place's services help with, to pick from


def test_the_need_picked_answers_the_question(answers: AnswerEngine) -> None:
    result = answers.ask("chtěl by do fabriky nebo do skladu, Ostrava", need="employment")

    assert not result.need_unclear and result.results
    assert result.understanding.needs == ["employment"]


@pytest.mark.parametrize(
    "question",
    [
        "hele co je na Borech teď aktuálně",  # adverbs and a greeting
        "můžete mi poradit kdo pracuje ve věznici Kuřim",  # verbs of asking and working
        "mám tu člověka co dřív pracoval jako kuchař, teď sedí v Ostrově, co pro něj je",  # who he was
        "prosím vás co všechno je teď v Mostě pro lidi po kriminále",  # fillers of a chat
    ],
)
def test_words_of_a_chat_leave_every_service_of_the_place(answers: AnswerEngine, question: str) -> None:
    result = answers.ask(question)

    assert not result.need_unclear and result.results


def test_a_place_with_one_service_shows_it_whatever_the_words(answers: AnswerEngine) -> None:
    result = answers.ask("klient je takovej zmatlanej, Příbram")  # one service in Příbram

    assert not result.need_unclear and len(result.results) == 1


def test_a_prison_is_listed_as_a_whole_beside_words_not_known(answers: AnswerEngine) -> None:
    result = answers.ask("kdo k nám chodí do věznice Opava, máme poradu")

    assert result.understanding.need_words == ["poradu"]
    assert not result.need_unclear and result.results


def test_a_picked_need_can_be_taken_back_with_its_filter(answers: AnswerEngine) -> None:
    question = "chtěl by do fabriky nebo do skladu, Ostrava"
    dropped = answers.ask(question, need="employment", drop=frozenset({"needs"}))

    assert dropped.understanding.needs == [] and dropped.need_unclear


@pytest.mark.parametrize(
    "question",
    [
        "co je v Ostravě pro mého klienta",
        "máte něco pro kamaráda v Ostravě",
        "seznam organizací Ostrava",
        "list of organisations in Ostrava",
    ],
)
def test_asking_for_everything_in_a_place_lists_it(answers: AnswerEngine, question: str) -> None:
    result = answers.ask(question)

    assert not result.need_unclear and result.results
