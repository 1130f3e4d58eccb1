"""One sending budget for replies, broadcasts and a report's files (bot/delivery/budget.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from bot.delivery.budget import SendBudget


async def _sent(budget: SendBudget, slot: Callable[[], Awaitable[None]]) -> float:
    """One send through the budget, its slot taken by `slot` (budget.reply, budget.later); how
    long it waited for the slot."""
    asked = time.monotonic()
    await slot()
    budget.landed()  # the server answered at once
    return time.monotonic() - asked


async def test_people_who_come_at_once_after_a_stall_are_not_kept_waiting_by_a_reports_files() -> None:
    """Three people were answered, then the report's 24 files came, then the loop stalled and
    ten people's questions arrived at once: each of them gets a slot at once, the files the
    rest of the second."""
    budget = SendBudget(30)
    for _ in range(3):
        await _sent(budget, budget.reply)
        await asyncio.sleep(0.05)
    files = [asyncio.create_task(_sent(budget, budget.later)) for _ in range(24)]
    await asyncio.sleep(0.05)  # the files took what they could

    waits = await asyncio.gather(*(_sent(budget, budget.reply) for _ in range(10)))

    assert max(waits) < 0.25, waits
    await asyncio.gather(*files)  # and every file went, later


async def test_a_report_alone_is_not_held_back() -> None:
    """Nobody is asking: a report's 24 files go within the second (half of them at once)."""
    budget = SendBudget(30)
    started = time.monotonic()
    await asyncio.gather(*(_sent(budget, budget.later) for _ in range(24)))
    assert time.monotonic() - started < 1.5
