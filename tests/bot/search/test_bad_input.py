"""Whatever is typed or pasted, the engine answers calmly, sensibly and fast."""

from __future__ import annotations

import time

import pytest

from bot.search.engine import AnswerEngine, answer_json

NASTY = [
    "",
    "   \t  ",
    "🙂🙂🙂",
    "\x00\x01\x02 azyl \x1b[31m",
    "'; DROP TABLE service; --",
    "<b>azylový dům</b> <script>alert(1)</script>",
    "a a a a a a a a a a a a a a a a a a a a",
    "ve na do pro s se z u k",
    "Привет azylový dům Ostrava 你好",
    "%s %d {0} ${HOME} \\n",
    "x" * 10_000,
    "azylový dům Ostrava " * 500,
    "ž" * 3000,
    "\u202eovaro azyl",
]


@pytest.mark.parametrize("question", NASTY, ids=range(len(NASTY)))
def test_bad_input_never_raises_and_gets_a_sensible_answer(answers: AnswerEngine, question: str) -> None:
    result = answers.ask(question)
    data = answer_json(result, answers.index())

    assert data["question"] == question
    assert len(data["results"]) <= 10
    if question.strip() == "" or question.startswith(("🙂", "'", "x", "ž", "a a", "ve na", "%s")):
        assert data["results"] == [] and not any(data["understood"].values())


def test_a_known_question_inside_noise_is_still_understood(answers: AnswerEngine) -> None:
    result = answer_json(answers.ask("Привет azylový dům Ostrava 你好"), answers.index())
    assert result["understood"]["towns"] == ["Ostrava"]
    assert result["understood"]["needs"] == ["housing-shelter"]


def test_the_work_per_question_is_capped(answers: AnswerEngine) -> None:
    answers.ask("warm up")
    started = time.perf_counter()
    for question in ("x" * 10_000, "azylový dům Ostrava " * 500, "ž" * 3000):
        answers.ask(question)
    # A generous bound a user would notice being broken: the three take milliseconds here.
    assert time.perf_counter() - started < 1.0
