"""Answer the evaluation questions with the real engine and score them.

.venv/bin/python -m tests.eval.run          # figures and misses, for docs/benchmarks.md
.venv/bin/python -m tests.eval.run chat     # the chat-style set (tests/eval/questions_chat.py)
.venv/bin/python -m tests.eval.run chat2    # the third set (tests/eval/questions_chat2.py)
.venv/bin/python -m tests.eval.run chat3    # the fourth set (tests/eval/questions_chat3.py)
.venv/bin/python -m tests.eval.run chat4    # the fifth set (tests/eval/questions_chat4.py)
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any

from bot.database import memory_engine
from bot.kb.importing import import_package
from bot.search.engine import AnswerEngine, answer_json
from tests.conftest import PRAGUE, SAMPLE
from tests.eval import questions, questions_chat, questions_chat2, questions_chat3, questions_chat4
from tests.eval.gold import gold, load_world, score, summary

# The sample's capacity stamps are from November 2026: the evaluation's clock is fixed with them.
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


SETS = {
    "keywords": questions.Q,
    "chat": questions_chat.Q,
    "chat2": questions_chat2.Q,
    "chat3": questions_chat3.Q,
    "chat4": questions_chat4.Q,
}


def evaluate(
    name: str = "keywords",
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Gold, answers and scored rows of one question set over the sample knowledge base."""
    question_set = SETS[name]
    engine = memory_engine()
    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    answers = AnswerEngine(engine, clock=lambda: NOW)
    replies = [answer_json(answers.ask(q), answers.index()) for q, _ in question_set]
    expected = gold(load_world(SAMPLE, NOW), question_set)
    engine.dispose()
    return expected, replies, score(expected, replies)


def main() -> int:
    expected, replies, rows = evaluate(sys.argv[1] if len(sys.argv) > 1 else "keywords")
    for row, g, a in zip(rows, expected, replies, strict=True):
        if not row["ok"] or row["wrong"]:
            understood = {k: v for k, v in a["understood"].items() if v}
            mark = "MISS " if not row["ok"] else "wrong"
            sys.stdout.write(
                f"{mark} [{row['kind']}] {row['q']!r}: understood {understood}; "
                f"{len(a['results'])} results, {len(g['services'])} acceptable\n"
                f"      slots {g.get('slots', '')}\n"
            )
    figures = summary(rows)
    sys.stdout.write(
        " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items())
    )
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
