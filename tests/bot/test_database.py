"""The database: migrations match the models, the embedded default sets itself up, others refuse."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

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
