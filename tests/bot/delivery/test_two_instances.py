"""Two instances of the bot on one PostgreSQL: every message sent once, every job run once."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.database import create_db_engine
from bot.delivery.courier import Courier, Limits, Outcome
from bot.delivery.leadership import Leadership
from bot.delivery.outbox import enqueue, progress
from tests.conftest import _empty_postgres
from tests.helpers import act

# seconds of waiting each (processes, pacing, drawing): each worker starts with its share (tests/conftest.py)
pytestmark = pytest.mark.slow

FAST = Limits(per_second=1000, private_gap=0, group_gap=0)


class Telegram:
    """Counts what each chat received; a send takes a little while, as over the network."""

    def __init__(self) -> None:
        self.received: Counter[int] = Counter()
        self.by_instance: Counter[str] = Counter()

    def sender(self, instance: str) -> Any:
        async def send(chat_id: int, _text: str, _markup: dict[str, Any] | None) -> Outcome:
            await asyncio.sleep(0.02)
            self.received[chat_id] += 1
            self.by_instance[instance] += 1
            return Outcome("sent", message_id=self.received[chat_id])

        return send


@pytest.fixture
def postgres_url(_postgres_database: str, _postgres_engine: Engine) -> str:
    _empty_postgres(_postgres_engine)
    return _postgres_database


@pytest.fixture
def two_engines(postgres_url: str) -> Iterator[tuple[Engine, Engine]]:
    """Each instance has its own connections, as two processes would."""
    first, second = create_db_engine(postgres_url), create_db_engine(postgres_url)
    yield first, second
    first.dispose()
    second.dispose()


async def test_two_couriers_send_each_message_once(two_engines: tuple[Engine, Engine]) -> None:
    first, second = two_engines
    chats = list(range(1, 301))
    act(first, enqueue, batch="b", chat_ids=chats, text="Kulatý stůl")
    telegram = Telegram()
    one = Courier(first, telegram.sender("one"), FAST, leadership=Leadership(first))
    two = Courier(second, telegram.sender("two"), FAST, leadership=Leadership(second))

    running = asyncio.create_task(one.run(drain=True))
    await asyncio.sleep(0.1)  # the second instance starts while the first has messages in flight
    await asyncio.gather(running, two.run(drain=True))

    assert telegram.received == Counter(dict.fromkeys(chats, 1))
    assert act(first, progress, batch="b").sent == 300
    for courier in (one, two):
        assert courier.leadership is not None
        courier.leadership.release()


async def test_when_the_leader_goes_the_other_instance_finishes_the_broadcast(
    two_engines: tuple[Engine, Engine],
) -> None:
    first, second = two_engines
    chats = list(range(1, 201))
    act(first, enqueue, batch="b", chat_ids=chats, text="Kulatý stůl")
    telegram = Telegram()
    leader = Leadership(first)
    one = Courier(first, telegram.sender("one"), FAST, leadership=leader)
    two = Courier(second, telegram.sender("two"), FAST, leadership=Leadership(second))
    # The first instance leads before the standby starts: left to a race, the standby won now
    # and then on a busy machine, the first never sent, and the wait below never ended.
    assert leader.holds()
    standby = asyncio.create_task(two.run(drain=True))
    running = asyncio.create_task(one.run())
    deadline = asyncio.get_running_loop().time() + 20
    while telegram.by_instance["one"] < 50:
        assert asyncio.get_running_loop().time() < deadline, f"the leader sent only {telegram.by_instance}"
        await asyncio.sleep(0.01)

    one.stop()  # the first instance goes away; its database session (and lock) with it
    await running
    leader.release()
    await standby

    assert telegram.by_instance["one"] >= 50 and telegram.by_instance["two"] > 0
    assert sum(telegram.received.values()) <= 200 + Limits().concurrency  # at most the in-flight again
    assert set(telegram.received) == set(chats)
    assert act(second, progress, batch="b").sent == 200


async def test_two_couriers_without_a_leader_still_claim_each_row_once(
    two_engines: tuple[Engine, Engine],
) -> None:
    """The claim itself is atomic: two senders that both believe they lead (a network
    partition, a lock lost mid-send) never take one row twice."""
    first, second = two_engines
    chats = list(range(1, 301))
    act(first, enqueue, batch="b", chat_ids=chats, text="Kulatý stůl")
    telegram = Telegram()
    one, two = Courier(first, telegram.sender("one"), FAST), Courier(second, telegram.sender("two"), FAST)
    one._leading = two._leading = True  # both past their start-up recovery: no crash to recover

    await asyncio.gather(one.run(drain=True), two.run(drain=True))

    assert telegram.received == Counter(dict.fromkeys(chats, 1))
    assert telegram.by_instance["one"] > 0 and telegram.by_instance["two"] > 0


async def test_an_instance_that_stopped_never_takes_the_lead_again(
    two_engines: tuple[Engine, Engine],
) -> None:
    """A job still in flight while the bot stops must not take the lock (and a database
    session nobody closes) again: the other instance leads from then on."""
    first, second = two_engines
    stopping, other = Leadership(first), Leadership(second)
    assert stopping.holds() and not other.holds()
    stopping.release()
    assert not stopping.holds()
    assert other.holds()
    other.release()
