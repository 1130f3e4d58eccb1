"""`spojka run`: what happens around the bot's start, whatever the mode."""

from __future__ import annotations

import gc
from types import SimpleNamespace
from typing import Any

from handlers.running import freeze_after_start


async def test_what_start_up_built_is_set_aside_from_the_garbage_collector() -> None:
    started: list[str] = []

    async def post_init(_application: Any) -> None:
        started.append("index built")

    application = SimpleNamespace(post_init=post_init)
    freeze_after_start(application)  # type: ignore[arg-type]
    try:
        await application.post_init(application)
        assert started == ["index built"]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
