"""Two `spojka run` on one PostgreSQL: scheduled work runs on one of them only."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from pydantic import SecretStr
from telegram.ext import Application, ContextTypes

from bot.database import create_db_engine
from bot.settings import Settings
from handlers.app import LeaderJobQueue, build_application
from offline_api.server import OfflineBotApi


@pytest.fixture
async def two_instances(
    _postgres_database: str, make_settings: Callable[..., Settings]
) -> AsyncIterator[list[Application]]:  # type: ignore[type-arg]
    from tests.conftest import _empty_postgres

    api = OfflineBotApi()
    await api.start()
    settings = make_settings(telegram_token=SecretStr(api.token), bot_api_base_url=api.base_url)
    engines = [create_db_engine(_postgres_database) for _ in range(2)]
    _empty_postgres(engines[0])
    instances = [build_application(settings, engine=engine) for engine in engines]
    for application in instances:
        await application.initialize()
        assert application.post_init is not None
        await application.post_init(application)
        await application.start()  # the job queues run
    try:
        yield instances
    finally:
        for application in instances:
            if application.post_shutdown is not None:
                await application.post_shutdown(application)
            await application.stop()
            await application.shutdown()
        for engine in engines:
            engine.dispose()
        await api.stop()


async def test_a_scheduled_job_runs_on_one_instance_only(two_instances: list[Application]) -> None:  # type: ignore[type-arg]
    runs: list[int] = []
    done = asyncio.Event()

    def job_for(instance: int) -> Any:
        async def job(_context: ContextTypes.DEFAULT_TYPE) -> None:
            runs.append(instance)
            done.set()

        return job

    for number, application in enumerate(two_instances):
        assert isinstance(application.job_queue, LeaderJobQueue)
        assert application.job_queue.get_jobs_by_name("digests")  # the real jobs run through it too
        application.job_queue.run_once(job_for(number), when=0.1)
    await asyncio.wait_for(done.wait(), timeout=5)
    await asyncio.sleep(0.3)  # time enough for the other instance's run, if it ran

    assert len(runs) == 1
