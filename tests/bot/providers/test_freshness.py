"""The daily request for confirmations, written while people keep using the bot."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from bot.models import Service, table_of
from bot.providers import freshness
from bot.reports import usage
from bot.user_models import FreshnessRequest
from tests.bot.followup.test_handovers import NOW, messages_to
from tests.helpers import act

STALE = NOW + timedelta(days=1000)  # every service's data too old


def test_while_thousands_are_asked_everybody_else_can_still_write(
    network: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written a batch at a time: between two batches SQLite's only write lock is free, so a
    question's log row (or a tap on "+1") waits for one batch, not for every service."""
    monkeypatch.setattr(freshness, "BATCH", 2)
    enqueue = freshness.enqueue_rows  # type: ignore[attr-defined]

    def slowly(**values: object) -> int:
        """A batch that takes 30 ms, its rows written (and the write lock taken) first."""
        queued = enqueue(**values)  # type: ignore[arg-type]
        values["session"].flush()  # type: ignore[attr-defined]
        time.sleep(0.03)
        return queued

    monkeypatch.setattr(freshness, "enqueue_rows", slowly)
    done: dict[str, int] = {}
    asking = threading.Thread(target=lambda: done.update(freshness.check(network, now=STALE)))
    waits: list[float] = []
    asking.start()
    while asking.is_alive():
        started = time.monotonic()
        act(network, usage.record_question, question="azylový dům", had_results=True, role=None)
        waits.append(time.monotonic() - started)
        time.sleep(0.01)
    asking.join()

    with network.connect() as connection:
        active = connection.execute(
            select(func.count()).where(table_of(Service).c.status == "active")
        ).scalar_one()
    assert done["asked"] == active > 20  # every service asked, in about 1 s of batches
    assert messages_to(network, 20)[-1].startswith("🔎 ")  # its members told
    assert len(waits) > 10 and max(waits) < 0.3, max(waits)  # a batch or two, not the run


def test_a_service_asked_meanwhile_is_not_asked_twice(
    network: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The coordinators' "send the requests" button and the daily job at once: whichever writes
    second finds the services asked since it read them, and leaves them."""
    read = freshness._open_requests
    meanwhile: dict[str, int] = {}

    def and_meanwhile_the_button(session: Session) -> object:
        counts = read(session)
        if not meanwhile:  # the other run, from its reading to its last batch, in between
            meanwhile["started"] = 1
            monkeypatch.setattr(freshness, "_open_requests", read)
            meanwhile.update(freshness.check(network, now=STALE))
        return counts

    monkeypatch.setattr(freshness, "_open_requests", and_meanwhile_the_button)
    second = freshness.check(network, now=STALE)

    assert meanwhile["asked"] > 20 and second["asked"] == 0
    request = table_of(FreshnessRequest).c
    with network.connect() as connection:
        asked = connection.execute(select(request.service_id)).scalars().all()
    assert len(asked) == len(set(asked)) == meanwhile["asked"]
