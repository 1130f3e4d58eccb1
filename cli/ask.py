"""`spojka ask`: answer questions one per line, as JSON or as the Czech text the bot sends."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from bot import clock
from bot.database import memory_engine, unit_of_work
from bot.directory.cards import answer_reply, as_terminal_text
from bot.kb.importing import import_package
from bot.search.answering import Answer
from bot.search.engine import AnswerEngine, answer_json
from bot.search.index import SearchIndex
from bot.settings import Settings


def load_private_knowledge(path: Path, *, tz: ZoneInfo) -> Engine:
    """A private in-memory database holding just this package (raises PackageError)."""
    engine = memory_engine()
    try:
        import_package(engine, path, tz=tz, replace=True)
    except BaseException:
        engine.dispose()
        raise
    return engine


def ask_lines(
    engine: Engine,
    questions: Iterable[str],
    out: TextIO,
    *,
    as_json: bool,
    limit: int,
    settings: Settings,
    echo: bool = False,
) -> int:
    """Answer each question as it comes (flushed line by line); returns how many were answered.
    With `echo` each text answer comes under its question ("> ..."), so a batch can be read."""
    answers = AnswerEngine(engine, stale_days=settings.capacity_stale_days)
    count = 0
    for question in questions:
        result = answers.ask(question, limit=limit)
        index = answers.index()
        if as_json:
            out.write(json.dumps(answer_json(result, index), ensure_ascii=False) + "\n")
        elif not question.strip():
            out.write("\n")
        else:
            if echo:
                out.write(f"> {question.strip()}\n")
            out.write(_as_text(result, index, engine, limit=limit, settings=settings) + "\n\n")
        out.flush()
        count += 1
    return count


def _as_text(result: Answer, index: SearchIndex, engine: Engine, *, limit: int, settings: Settings) -> str:
    """The answer the bot would send (all results on one page), as terminal text."""
    with unit_of_work(engine) as session:
        reply = answer_reply(
            result,
            index.catalog,
            session=session,
            page=0,
            language=settings.default_language,
            today=clock.today(settings.tzinfo),
            stale_days=settings.capacity_stale_days,
            page_size=max(1, limit),
        )
    if result.need_unclear:  # the bot's buttons, as words: the question can be asked again with one
        choices = " · ".join(button.label for row in reply.buttons for button in row)
        return as_terminal_text(reply.text) + "\n" + choices
    return as_terminal_text(reply.text)
