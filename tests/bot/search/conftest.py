"""The sample knowledge base in memory, and an answer engine on it with a fixed clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from bot.database import memory_engine
from bot.kb.importing import import_package
from bot.search.engine import AnswerEngine
from bot.search.index import SearchIndex
from tests.conftest import PRAGUE, SAMPLE

# The sample's capacity stamps are from 1-21 November 2026.
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def sample_engine() -> Iterator[Engine]:
    engine = memory_engine()
    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def answers(sample_engine: Engine) -> AnswerEngine:
    return AnswerEngine(sample_engine, clock=lambda: NOW)


@pytest.fixture(scope="session")
def index(answers: AnswerEngine) -> SearchIndex:
    return answers.index()
