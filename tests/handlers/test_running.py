"""`spojka run`: what happens around the bot's start, whatever the mode."""

from __future__ import annotations

import gc
from types import SimpleNamespace
from typing import Any

from handlers.running import freeze_after_start


async def test_what_start_up_built_is_set_aside_from_the_garbage_collector() -> None:
    """Frozen after start-up has built the index, not before (then the index would not be)."""
    gc.unfreeze()
    frozen_while_starting: list[int] = []

    async def post_init(_application: Any) -> None:
        frozen_while_starting.append(gc.get_freeze_count())  # the index is built here

    application = SimpleNamespace(post_init=post_init)
    freeze_after_start(application)  # type: ignore[arg-type]
    try:
        await application.post_init(application)
        assert frozen_while_starting == [0]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


async def test_the_reports_process_is_prepared_once_the_bot_has_started(monkeypatch: Any) -> None:
    from handlers import reports
    from handlers.running import prepare_reports_after_start

    prepared: list[object] = []
    started: list[str] = []

    async def post_init(started_application: Any) -> None:
        started_application.bot_data["services"] = "the services"  # built by the bot's start-up
        started.append("services built")

    monkeypatch.setattr(reports, "prepare_in_background", lambda services: prepared.append(services))
    application = SimpleNamespace(post_init=post_init, bot_data={})
    prepare_reports_after_start(application)  # type: ignore[arg-type]
    await application.post_init(application)
    assert started == ["services built"] and prepared == ["the services"]
