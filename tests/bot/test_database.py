"""The database: migrations match the models, the embedded default sets itself up, others refuse."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlmodel import SQLModel, func, select

from bot.clock import utc_now
from bot.database import (
    DatabaseNotReady,
    WriteInReadOnlySession,
    create_db_engine,
    current_revision,
    head_revision,
    open_database,
    reading,
    unit_of_work,
)
from bot.kb.stats import knowledge_base_stats
from bot.models import ServiceCapacity, table_of
from bot.settings import load_settings
from bot.user_models import QuestionLog
from tests.conftest import IN_CI, POSTGRES_ADMIN_URL


def test_the_migrations_build_exactly_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == []
    assert current_revision(engine) == head_revision()


def test_the_embedded_database_creates_and_seeds_itself_on_first_use() -> None:
    settings = load_settings()
    assert not settings.default_database_path.exists()

    engine = open_database(settings)

    assert settings.default_database_path.exists()
    stats = knowledge_base_stats(engine)
    assert stats.rows["service"] >= 60 and stats.prisons == 35
    engine.dispose()


def test_the_embedded_database_is_seeded_only_once() -> None:
    settings = load_settings()
    engine = open_database(settings)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM service_capacity"))
    engine.dispose()

    engine = open_database(settings)

    assert knowledge_base_stats(engine).rows["service_capacity"] == 0
    engine.dispose()


def test_a_production_database_not_at_head_refuses_to_start(monkeypatch: pytest.MonkeyPatch) -> None:
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"spojka_empty_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        admin.dispose()
        if IN_CI:
            pytest.fail(f"PostgreSQL unreachable: {exc}")
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    try:
        url = make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
        monkeypatch.setenv("SPOJKA_DATABASE_URL", url)

        with pytest.raises(DatabaseNotReady) as refused:
            open_database(load_settings())

        assert "spojka db upgrade" in str(refused.value)
        untouched = create_db_engine(url)
        assert current_revision(untouched) is None  # nothing was changed behind our back
        untouched.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_the_seeded_sample_has_fresh_free_places() -> None:
    # A newcomer asking "volná místa" weeks after the sample was written still gets answers.
    engine = open_database(load_settings())
    with engine.connect() as connection:
        newest = connection.execute(select(func.max(table_of(ServiceCapacity).c.updated))).scalar_one()
    engine.dispose()
    assert abs(datetime.now(UTC) - newest) < timedelta(minutes=5)


def test_a_change_in_a_read_only_session_is_refused_not_lost(engine: Engine) -> None:
    """An answer's reads go through `reading`: a write slipped into one must fail loudly."""
    with reading(engine) as session:
        assert session.exec(select(func.count()).select_from(QuestionLog)).one() == 0  # reads work
        session.add(QuestionLog(asked_at=utc_now(), had_results=True))
        with pytest.raises(WriteInReadOnlySession):
            session.flush()

    with unit_of_work(engine) as session:
        assert session.exec(select(func.count()).select_from(QuestionLog)).one() == 0


def test_nothing_read_only_is_ever_committed(engine: Engine) -> None:
    with reading(engine) as session:
        session.connection().execute(
            insert(table_of(QuestionLog)), {"asked_at": utc_now(), "had_results": True}
        )

    with unit_of_work(engine) as session:
        assert session.exec(select(func.count()).select_from(QuestionLog)).one() == 0


def _logged(engine: Engine, questions: int) -> None:
    """Questions logged one commit each, as the bot logs them."""
    from bot.reports import usage

    for n in range(questions):
        with unit_of_work(engine) as session:
            usage.record_question(session=session, question=f"azylový dům {n}", had_results=True, role=None)


def test_a_bots_commits_leave_the_checkpoint_to_its_thread(tmp_path: Path) -> None:
    """No commit of the bot copies the log into the database (it held one question's answer
    25 ms, once every ~450 questions); the checkpoint, run on a thread, copies all of it."""
    from bot.database import checkpoint, checkpoints_by_hand, upgrade

    engine = create_db_engine(f"sqlite:///{tmp_path / 'spojka.sqlite3'}")
    upgrade(engine)  # its connections were opened before the bot took the checkpoints over
    assert checkpoints_by_hand(engine)
    _logged(engine, 1500)
    pages, copied = checkpoint(engine)
    assert pages > 1100  # SQLite's own checkpoint would have run at 1,000 pages, in a commit
    assert copied == pages
    assert not checkpoints_by_hand(create_db_engine("sqlite://"))  # no log to checkpoint


async def test_the_checkpoints_run_on_a_thread_until_the_bot_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from bot import database

    engine = create_db_engine(f"sqlite:///{tmp_path / 'spojka.sqlite3'}")
    database.upgrade(engine)
    database.checkpoints_by_hand(engine)
    _logged(engine, 20)
    copied: list[tuple[int, str]] = []
    real = database.checkpoint

    def counted(checkpointed: Engine) -> tuple[int, int]:
        pages, done = real(checkpointed)
        copied.append((done, threading.current_thread().name))
        return pages, done

    monkeypatch.setattr(database, "checkpoint", counted)
    running = asyncio.get_running_loop().create_task(database.checkpoint_every(engine, seconds=0.01))
    for _ in range(300):
        await asyncio.sleep(0.01)
        if len(copied) >= 3:
            break
    running.cancel()
    with pytest.raises(asyncio.CancelledError):
        await running
    after = len(copied)
    await asyncio.sleep(0.05)
    # again and again, and no more once stopped (but the one on its thread at that moment)
    assert after >= 3 and len(copied) <= after + 1
    assert copied[0][0] > 0  # the first copied the 20 questions' pages
    assert all(thread != threading.main_thread().name for _, thread in copied)
