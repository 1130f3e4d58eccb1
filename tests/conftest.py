"""Shared fixtures: a fresh database per test, on SQLite and on PostgreSQL.

PostgreSQL: one database is created per test run (and dropped after it) on the server named
by SPOJKA_TEST_POSTGRES_URL (default: postgres@127.0.0.1:5432, trust auth), migrated once
with Alembic, and emptied between tests. When the server is unreachable the PostgreSQL half
is skipped with the reason, except in CI (CI=true), where it fails.
"""

from __future__ import annotations

import asyncio
import faulthandler
import gc
import os
import shutil
import sys
import threading
import uuid
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlmodel import SQLModel

import bot.user_models  # noqa: F401  (registers Spojka's own tables in the metadata)
from bot.database import create_db_engine, memory_engine, upgrade
from bot.kb.importing import check_package, write_package
from bot.kb.validation import ValidPackage

try:
    import fcntl  # a lock the test workers share; elsewhere each migrates its own database
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SAMPLE = REPO / "knowledge" / "sample"
PRAGUE = ZoneInfo("Europe/Prague")
POSTGRES_ADMIN_URL = os.environ.get(
    "SPOJKA_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# A test still running after this long is stuck (the slowest take ~15 s on a loaded CI machine):
# every thread's stack is printed, and an async test waiting on its event loop is failed with
# the stack of each of its tasks, instead of holding CI until its limit. A test blocked in a
# synchronous call cannot be interrupted: its stacks are printed, and faulthandler_timeout
# (pyproject) prints them again.
HUNG_AFTER_SECONDS = 75.0


@pytest.hookimpl(tryfirst=True)  # before xdist's own, which turns "auto" into workers
def pytest_cmdline_main(config: pytest.Config) -> None:
    """Several workers by default (`-n auto --dist worksteal`) unless the command line says
    otherwise: `-n 0` runs everything in one process (for a debugger or -s), and `-p no:xdist`
    works too (in pyproject's addopts, `-n` was an unknown option without xdist). worksteal: a
    worker that runs out takes tests from another's queue, so the run does not end on one
    worker's long tail."""
    if hasattr(config, "workerinput") or os.environ.get("PYTEST_XDIST_WORKER"):
        return  # a worker itself (or a process it started): it must not start workers of its own
    if not config.pluginmanager.has_plugin("xdist"):
        return
    if config.option.numprocesses is None:
        config.option.numprocesses = "auto"
    if config.option.dist == "no" and config.option.numprocesses != 0:  # `-n 2` too
        config.option.dist = "worksteal"


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist's: unknown without it
def pytest_xdist_auto_num_workers() -> int:
    """`-n auto`: one worker more than the cores. A test waits for something outside its worker
    about half of its time (a bot or reports process it started, PostgreSQL, Telegram's
    pacing), and the extra worker uses the cores meanwhile. On 2 cores, alternating runs: 2
    workers 147.9 s and 149.3 s, 3 workers 139.0 s and 136.5 s (docs/benchmarks.md). xdist's
    own PYTEST_XDIST_AUTO_NUM_WORKERS still decides when it is set."""
    chosen = os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS", "")
    if chosen.isdigit():
        return int(chosen)
    affinity = getattr(os, "sched_getaffinity", None)  # Linux; elsewhere every core counts
    cores = len(affinity(0)) if affinity is not None else (os.cpu_count() or 1)
    return cores + 1


# after -k and -m have chosen the tests (--ff, --nf, and --lf over files named on the command
# line reorder later: the slow tests are then only less well spread)
@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With several workers, the tests marked `slow` (seconds of waiting each: the processes they
    start, Telegram's pacing, drawing) are dealt out among the workers and each starts with its
    share. xdist's worksteal gives each worker an equal run of the collection; a worker that runs
    out takes the tail of another's. Left in file order, the slow tests came in the last worker's
    run and it ended the suite alone; first in one run, one worker had them all (155 s against
    the others' 94 s). Dealt out, they wait side by side while the other tests use the cores, and
    every run ends on short tests. The runs are cut as xdist 3.8 cuts them (worksteal.py,
    check_schedule); were that to change, the order is only less well spread."""
    workers = getattr(config, "workerinput", {}).get("workercount", 1)
    if workers < 2:
        return
    slow = [item for item in items if item.get_closest_marker("slow") is not None]
    rest = [item for item in items if item.get_closest_marker("slow") is None]
    ordered: list[pytest.Item] = []
    left = len(items)
    for worker in range(workers):
        size = left // (workers - worker)  # xdist: the pending tests split evenly among the idle
        left -= size
        share = slow[worker::workers]
        taken = max(0, size - len(share))
        ordered += share + rest[:taken]
        rest = rest[taken:]
    items[:] = ordered + rest


def pytest_configure() -> None:
    """No garbage collector while the tests are collected: the collection builds a large heap
    that lives on (modules, parameters, thousands of items) and each full pass walked all of it
    again, ~1.6 s of a worker's ~5 s of collecting. The collector is set up for the tests by
    _collector_between_tests."""
    gc.disable()


@pytest.fixture(scope="session", autouse=True)
def _collector_between_tests() -> Iterator[None]:
    """The garbage collector runs between tests, not inside them: its full passes walked up to
    ~800,000 objects (caches and what earlier tests left) and paused whatever test was running
    0.5-1.1 s, long enough for a reply in a timing test to "wait" 0.95 s in CI. What every test
    shares (the privacy check's lists, the dictionaries) is set aside first, as the bot sets
    aside what its start built (handlers/running.freeze_after_start)."""
    from bot import privacy

    privacy.load()
    gc.collect()
    gc.freeze()
    gc.disable()
    yield
    gc.enable()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item) -> Generator[None, None, None]:
    watchdog = threading.Timer(HUNG_AFTER_SECONDS, _fail_hung_test, args=(item.nodeid,))
    watchdog.daemon = True
    watchdog.start()
    try:
        yield
    finally:
        watchdog.cancel()
    _set_aside_now_and_then()


_tests_run = 0


def _set_aside_now_and_then(every: int = 50) -> None:
    """Between tests, every `every` tests (the collector is off during them): the garbage the
    tests made is collected and what survives is set aside, so that the next pass walks only
    what the next tests make (left to itself the collector spent ~13 s a worker). The passes
    also finalize what was left in cycles, and so bring out what a test leaked (an unclosed
    socket, a coroutine never awaited) for pytest to report; never collecting saved 1.5-3 s a
    worker and hid them (a reviewer's socket left in a cycle: reported before, not after)."""
    global _tests_run
    _tests_run += 1
    if _tests_run % every == 0:
        gc.collect()
        gc.freeze()


def _fail_hung_test(nodeid: str) -> None:
    print(f"\n!! {nodeid} still runs after {HUNG_AFTER_SECONDS:.0f} s", file=sys.__stderr__, flush=True)
    # faulthandler writes to sys.stderr when given None, as print() does to sys.stdout
    faulthandler.dump_traceback(file=sys.__stderr__ or sys.stderr, all_threads=True)
    # The test's loop runs in the main thread; only that thread may touch its tasks, and loops
    # of other threads (a test's own helper thread) are not the test's to cancel.
    main = threading.main_thread().ident
    for loop in (o for o in gc.get_objects() if isinstance(o, asyncio.AbstractEventLoop)):
        if loop.is_running() and getattr(loop, "_thread_id", None) == main:
            loop.call_soon_threadsafe(_dump_and_cancel_tasks, loop, nodeid)


def _dump_and_cancel_tasks(loop: asyncio.AbstractEventLoop, nodeid: str) -> None:
    tasks = asyncio.all_tasks(loop)
    print(f"!! {len(tasks)} asyncio tasks of {nodeid}:", file=sys.__stderr__, flush=True)
    for task in tasks:
        task.print_stack(file=sys.__stderr__)
    for task in tasks:
        task.cancel(f"hung: {nodeid} ran over {HUNG_AFTER_SECONDS:.0f} s")


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's own SPOJKA_* settings, .env or data directory."""
    for name in list(os.environ):
        if name.startswith("SPOJKA_") and name != "SPOJKA_TEST_POSTGRES_URL":
            monkeypatch.delenv(name)
    monkeypatch.setenv("SPOJKA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def tz() -> ZoneInfo:
    return PRAGUE


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A private copy of the sample knowledge base that a test may break."""
    target = tmp_path / "package"
    shutil.copytree(SAMPLE, target)
    return target


_validated_sample: ValidPackage | None = None


def import_sample(engine: Engine) -> None:
    """The sample knowledge base written to `engine` as `import_package(..., replace=True)`
    writes it, for tests that need it only as a starting point.

    The sample's files are read and validated once per test run (~0.1 s each time, most of a
    test's own work on the core): the writing, which is what differs per test and per
    database, runs each time through the importer's own `write_package`. The tests of
    importing itself call `import_package`."""
    global _validated_sample
    if _validated_sample is None:
        _validated_sample = check_package(SAMPLE, tz=PRAGUE)
        assert not _validated_sample.errors, _validated_sample.errors
    # write_package changes rows in place (what the bot published later is kept): a copy
    package = ValidPackage(
        source=_validated_sample.source,
        rows={name: [dict(row) for row in rows] for name, rows in _validated_sample.rows.items()},
        problems=list(_validated_sample.problems),
    )
    write_package(engine, package, replace=True)


@pytest.fixture(scope="session")
def sample_database() -> Engine:
    """The sample knowledge base in memory, shared by the tests that only read it."""
    engine = memory_engine()
    import_sample(engine)
    return engine


_sample_template: Engine | None = None


def sample_in_memory(path: Path | None = None) -> Engine:
    """A private database holding the sample knowledge base: in memory, or in the file `path`.

    The sample is imported once per test run; each test gets a page-by-page copy of that
    database (SQLite's backup API, ~1 ms instead of ~50 ms for the import)."""
    global _sample_template
    if _sample_template is None:
        _sample_template = memory_engine()
        import_sample(_sample_template)
    engine = create_db_engine(f"sqlite:///{path}" if path else "sqlite://")
    source = _sample_template.raw_connection()
    try:
        with engine.connect() as connection:
            source.driver_connection.backup(connection.connection.driver_connection)  # type: ignore[union-attr]
    finally:
        source.close()
    return engine


@pytest.fixture
def fresh_database() -> Engine:
    """The sample in a database of this test's own: conversations change things (capacities...)."""
    return sample_in_memory()


# -- SQLite ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite file; each test gets a copy (migrating each time is slow)."""
    path = tmp_path_factory.mktemp("sqlite") / "template.sqlite3"
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


# -- PostgreSQL --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _postgres_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"spojka_test_{uuid.uuid4().hex[:12]}"
    try:
        with _one_worker_at_a_time(tmp_path_factory), admin.connect() as connection:
            template = _migrated_template(connection)
            source = f' TEMPLATE "{template}"' if template else ""
            connection.execute(text(f'CREATE DATABASE "{name}"{source}'))
            # a throwaway database: a commit need not wait for the disk
            connection.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
    except OperationalError as exc:
        admin.dispose()
        reason = f"PostgreSQL unreachable at {make_url(POSTGRES_ADMIN_URL).render_as_string()}: {exc.orig}"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    url = make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    if template is None:
        _migrate(url)
    try:
        yield url
    finally:
        with _one_worker_at_a_time(tmp_path_factory), admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            if template is not None:  # the workers still to start make it again
                connection.execute(text(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)'))
        admin.dispose()


def _migrated_template(connection: Connection) -> str | None:
    """With several workers: a database migrated once for the test run, which each worker's
    database copies (~0.2 s) instead of migrating its own (~1.3 s and as much of the server's
    CPU each, all at once when the workers start). None with one process."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if run is None or fcntl is None:
        return None
    template = f"spojka_template_{run[:12]}"
    found = connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": template})
    if found.first() is None:
        # migrated under another name first: a migration that fails leaves no half-made template
        making = f"{template}_making"
        connection.execute(text(f'DROP DATABASE IF EXISTS "{making}"'))
        connection.execute(text(f'CREATE DATABASE "{making}"'))
        _migrate(make_url(POSTGRES_ADMIN_URL).set(database=making).render_as_string(hide_password=False))
        connection.execute(text(f'ALTER DATABASE "{making}" RENAME TO "{template}"'))
    return template


def _migrate(url: str) -> None:
    engine = create_db_engine(url)
    upgrade(engine)
    engine.dispose()  # a template is copied only when nobody is connected to it


@contextmanager
def _one_worker_at_a_time(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A lock the run's workers share (xdist gives each a directory in the run's own)."""
    if fcntl is None:
        yield
        return
    with open(tmp_path_factory.getbasetemp().parent / "postgres.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _empty_postgres(engine: Engine) -> None:
    """Every table emptied (Spojka's own included: none forgotten) and every id restarting at 1.

    DELETE rather than TRUNCATE: a test leaves a few rows, and TRUNCATE makes PostgreSQL
    create new files for every table (about a second per test); setval rather than ALTER
    SEQUENCE ... RESTART for the same reason (a new file per sequence: ~30 ms of the server's
    CPU per test). One statement, one round trip (a DELETE and a restart each cost one: ~40 ms
    per test).
    """
    deletes = "".join(f'DELETE FROM "{table.name}"; ' for table in reversed(SQLModel.metadata.sorted_tables))
    restarts = (
        "FOR name IN SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema() LOOP "
        "PERFORM setval(quote_ident(name), 1, false); END LOOP;"
    )
    with engine.begin() as connection:
        connection.exec_driver_sql(f"DO $$ DECLARE name text; BEGIN {deletes}{restarts} END $$")


# -- the database a test uses ------------------------------------------------------------


@pytest.fixture(scope="session")
def _postgres_engine(_postgres_database: str) -> Iterator[Engine]:
    """One engine, and so one pool of connections, for all of a worker's tests on PostgreSQL.

    A new connection is a new server process that reads the catalog afresh for every table it
    touches: with an engine per test, the server spent ~110 ms of CPU per test (21 s for the
    ~200 tests), on the same two cores the tests run on."""
    engine = create_db_engine(_postgres_database)
    yield engine
    engine.dispose()


@contextmanager
def shared_postgres(request: pytest.FixtureRequest) -> Iterator[Engine]:
    """The worker's PostgreSQL engine (above) for one test, checked afterwards: every connection
    back in the pool and no advisory lock held (the bots' leadership). A test that kept either
    would hold back the worker's later tests (a pool waits 30 s for a free connection; a held
    lock leaves no bot leading, so nothing is sent): it fails here instead."""
    engine: Engine = request.getfixturevalue("_postgres_engine")
    yield engine
    assert engine.pool.checkedout() == 0, "a test kept a connection of the shared engine"  # type: ignore[attr-defined]
    with engine.connect() as connection:
        held = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = "
            "(SELECT oid FROM pg_database WHERE datname = current_database())"
        ).scalar()
    assert held == 0, f"a test left {held} advisory lock(s) held"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of a fresh, migrated, empty database: each test runs once per backend."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("_sqlite_template")
        path = tmp_path / "test.sqlite3"
        shutil.copy(template, path)
        return f"sqlite:///{path}"
    _empty_postgres(request.getfixturevalue("_postgres_engine"))
    url: str = request.getfixturevalue("_postgres_database")
    return url


@pytest.fixture
def engine(database_url: str, request: pytest.FixtureRequest) -> Iterator[Engine]:
    if make_url(database_url).get_backend_name() == "postgresql":
        with shared_postgres(request) as shared:
            yield shared
        return
    engine = create_db_engine(database_url)
    yield engine
    engine.dispose()
