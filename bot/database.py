"""Engines, migrations and the first-use setup of the embedded database."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel

from bot.settings import Settings

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"


class DatabaseNotReady(Exception):
    """The database is not at the schema this code expects; the message says what to run."""


def in_memory(url: URL) -> bool:
    """A SQLite database that lives in this process only (no file another process can open)."""
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def create_db_engine(url: str) -> Engine:
    """An engine for SQLite or PostgreSQL (psycopg 3) with foreign keys enforced on both."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not in_memory(parsed) and parsed.database:
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False},
            poolclass=StaticPool if in_memory(parsed) else None,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets the bot read while an import writes; busy_timeout avoids spurious "locked" errors.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # In WAL mode NORMAL survives a crash of the process (kill -9) like FULL, and only a power
    # cut can lose the last commits; FULL waits for the disk at every commit, and the
    # courier's two commits per message then held the bot's answers back (bench_delivery.py
    # --replies: p99 0.9 s -> 0.48 s during a broadcast).
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# -- checkpoints of a SQLite file, off the event loop -------------------------------------

CHECKPOINT_SECONDS = 2.0


def checkpoints_by_hand(engine: Engine) -> bool:
    """For the bot's SQLite file: no commit checkpoints the write-ahead log any more
    (PRAGMA wal_autocheckpoint=0 on every connection); `checkpoint_every` does, on a thread.

    SQLite's automatic checkpoint runs inside the commit that finds 1,000 pages in the log:
    on the bot's event loop that was a question's log row, once every ~450 questions, and it
    took 25 ms (copying the pages, waiting for the disk) while everybody waited for an answer.
    Python's sqlite3 lets other threads run during a checkpoint. False (and nothing changed)
    for PostgreSQL and an in-memory database, which have no such log."""
    if engine.url.get_backend_name() != "sqlite" or in_memory(engine.url):
        return False
    event.listen(engine, "connect", _no_automatic_checkpoint)
    engine.dispose()  # connections made before this come back with the setting
    return True


def _no_automatic_checkpoint(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA wal_autocheckpoint=0")
    cursor.close()


def checkpoint(engine: Engine) -> tuple[int, int]:
    """A passive checkpoint (it waits for no reader nor writer): the log's pages, and how many of
    them are now in the database file."""
    with engine.connect() as connection:
        row = connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    return int(row[1]), int(row[2])


async def checkpoint_every(engine: Engine, seconds: float = CHECKPOINT_SECONDS) -> None:
    """`checkpoint` on a thread every `seconds`, until cancelled (the bot's stop)."""
    while True:
        await asyncio.sleep(seconds)
        try:
            await asyncio.to_thread(checkpoint, engine)
        except Exception:  # a locked or vanished file: the next one tries again
            log.warning("the database's checkpoint failed", exc_info=True)


def memory_engine() -> Engine:
    """A private in-memory database with the current schema (for `ask --kb` and tests)."""
    import bot.models
    import bot.user_models  # noqa: F401  (both register their tables on SQLModel.metadata)

    engine = create_db_engine("sqlite://")
    SQLModel.metadata.create_all(engine)
    return engine


# Alembic is imported where it is used: the reports' worker process opens the database
# without it (~0.2 s of CPU at every start).


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory(str(MIGRATIONS)).get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}"
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` with Alembic (the only way the schema changes)."""
    from alembic import command

    command.upgrade(_alembic_config(engine), revision)


def describe_url(engine: Engine) -> str:
    """The database URL without its password, for messages."""
    return engine.url.render_as_string(hide_password=True)


def open_database(settings: Settings, *, seed: bool = True) -> Engine:
    """The engine for the configured database, ready to use.

    SQLite databases are embedded: they are migrated on first use (and the default one is
    seeded with the sample knowledge base from knowledge/). Any other database must already
    be at the head revision; Spojka will not change a production schema on its own.
    """
    engine = create_db_engine(settings.resolved_database_url)
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return engine
    if engine.dialect.name == "sqlite":
        log.info("migrating %s from %s to %s", describe_url(engine), current, head)
        upgrade(engine)
        if current is None and seed and settings.uses_embedded_database:
            from bot.kb.importing import seed_sample_knowledge

            seed_sample_knowledge(engine, tz=settings.tzinfo)
        return engine
    engine.dispose()
    state = "has no Spojka schema yet" if current is None else f"is at revision {current}"
    raise DatabaseNotReady(
        f"The database {describe_url(engine)} {state}; this version of Spojka needs revision {head}. "
        "Run `spojka db upgrade` first."
    )


@contextmanager
def unit_of_work(engine: Engine) -> Iterator[Session]:
    """One person's action, or one job's step: everything written in it (the change, its audit
    row, the outbox rows it causes) commits together when the block ends, or nothing does when
    it raises. Core functions take this session and never commit themselves."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session


class WriteInReadOnlySession(RuntimeError):
    """A change was flushed in a session opened for reads (`reading`): it would be lost."""


class _ReadOnlySession(Session):
    def flush(self, objects: Sequence[Any] | None = None) -> None:
        if self.new or self.dirty or self.deleted:
            raise WriteInReadOnlySession("a change in a read-only session: use unit_of_work")
        super().flush(objects)


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A session for reads only: never committed, and a change of an ORM object in it raises
    instead of being lost (a statement run on its connection is not checked). Every answer reads
    twice before it is sent (the person's account, the page's cards); the ORM's commit of a unit of
    work cost ~0.1 ms of each on SQLite (a COMMIT; here the connection's ROLLBACK when it closes,
    the same round trips on PostgreSQL)."""
    with _ReadOnlySession(engine, expire_on_commit=False) as session:
        yield session
