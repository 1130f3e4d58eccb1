"""The real bot against the offline Bot API server, on a fresh in-memory sample database."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine
from telegram import Update
from telegram.ext import Application

from bot.settings import Settings
from handlers.app import build_application
from offline_api.server import OfflineBotApi, Person
from tests.conftest import _empty_postgres, import_sample, sample_in_memory, shared_postgres

COORDINATOR = 900


@dataclass
class Chat:
    """A running bot and the server it talks to."""

    api: OfflineBotApi
    application: Application  # type: ignore[type-arg]
    engine: Engine

    def person(self, user_id: int = 1, first_name: str = "Jana", language_code: str = "cs") -> Person:
        return self.api.person(user_id, first_name, language_code=language_code)

    handled: set[int] = field(default_factory=set)  # update ids the bot finished handling

    def idle(self) -> bool:
        """Every update handled, no request at the server, nothing queued for the courier."""
        courier = self.application.bot_data.get("courier")
        return (
            len(self.handled) >= self.api.updates_injected
            and not self.api.busy
            and self.application.update_queue.qsize() == 0
            and self.application.update_processor.current_concurrent_updates == 0
            and not (courier is not None and courier.busy)
        )

    async def settle(self, timeout: float = 20.0) -> None:
        """Until the bot has handled every update and everything it started has finished.

        Waits on the server's activity rather than sleeping; once idle, it must stay idle for
        a moment (a handler's last reply can start a courier send a tick later).
        """
        deadline = time.monotonic() + timeout
        idle_since: float | None = None
        while time.monotonic() < deadline:
            if self.idle():
                idle_since = idle_since or time.monotonic()
                if time.monotonic() - idle_since >= QUIET:
                    return
            else:
                idle_since = None
            await self.api.activity(timeout=0.005)
        raise TimeoutError(
            f"the bot did not settle: {self.api.updates_injected - len(self.handled)} updates not handled"
        )


QUIET = 0.02  # seconds of idleness that count as settled


async def until(api: OfflineBotApi, done: Callable[[], bool], *, timeout: float = 20.0) -> bool:
    """Until `done()` holds, checked whenever something happens at the server; False after
    `timeout` (a busy machine may take seconds, a broken feature never gets there)."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() >= deadline:
            return False
        await api.activity(timeout=0.05)
    return True


@pytest.fixture
def make_settings() -> Callable[..., Settings]:
    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {"coordinator_ids": [COORDINATOR], **overrides}
        return Settings(**values)  # type: ignore[arg-type]

    return make


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Conversations marked `both_databases` run twice: on SQLite and on PostgreSQL."""
    if metafunc.definition.get_closest_marker("both_databases") and "database_kind" in metafunc.fixturenames:
        metafunc.parametrize("database_kind", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def database_kind(request: pytest.FixtureRequest) -> str:
    kind: str = getattr(request, "param", "sqlite")
    return kind


@pytest.fixture
def fresh_database(database_kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """The sample in a database of this test's own: conversations change things (capacities...).

    SQLite: a file of the test's own (as production has it: the bot's threads — the index
    build, the reports — get connections of their own; an in-memory database shares one
    connection, and a thread's rollback could undo what the test had just written), tables
    created from the models. PostgreSQL: the test run's database, migrated by Alembic exactly
    as `spojka db upgrade` leaves it, emptied for each test.
    """
    if database_kind == "postgresql":
        with shared_postgres(request) as shared:
            _empty_postgres(shared)
            import_sample(shared)
            yield shared
        return
    engine = sample_in_memory(tmp_path / "spojka.sqlite3")
    yield engine
    engine.dispose()


@pytest.fixture
async def chat(fresh_database: Engine, make_settings: Callable[..., Settings]) -> AsyncIterator[Chat]:
    sample_database = fresh_database
    api = OfflineBotApi()
    await api.start()
    # Telegram's 30 a second (and 1 s between two messages to one person) would make a
    # 800-update conversation take half a minute; the delivery tests (test_delivery.py) hold the
    # bot to the real limits. The live delivery report is edited every 0.1 s instead of 3 s:
    # tests wait for its "✅ Hotovo". The reports' process draws at normal priority: the test
    # run's other workers keep both cores busy, and in the idle class a chart waited for
    # seconds (test_reports.py checks the idle class the bot runs with).
    settings = make_settings(
        telegram_token=SecretStr(api.token),
        bot_api_base_url=api.base_url,
        send_per_second=1000,
        send_private_gap=0.05,
        live_report_seconds=0.1,
        reports_priority="normal",
    )
    application = build_application(settings, engine=sample_database)
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.0, timeout=1)
    chat = Chat(api, application, sample_database)
    handle = application.process_update

    async def counted(update: object) -> None:
        try:
            await handle(update)
        finally:
            if isinstance(update, Update):
                chat.handled.add(update.update_id)

    application.process_update = counted  # type: ignore[method-assign]
    try:
        yield chat
        await chat.settle()
        # Whatever a test did, the bot never made a call Telegram would refuse, and answered
        # every button press.
        assert all(status in (403, 429) or status >= 500 for _, status, _ in api.rejected), api.rejected
        assert api.unanswered_callbacks() == []
    finally:
        api.end_long_polls()
        await application.updater.stop()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
        await application.stop()
        await application.shutdown()
        await api.stop()
