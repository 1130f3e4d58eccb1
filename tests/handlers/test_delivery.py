"""The delivery engine against the offline server enforcing Telegram's limits.

The bot is built exactly as production builds it (build_application): the same rate
limiter, the same budget shared with replies, the same sender.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine, update
from telegram.ext import Application, ExtBot

from bot.database import memory_engine
from bot.delivery.courier import Courier, Limits
from bot.delivery.outbox import enqueue, progress
from bot.models import table_of
from bot.settings import Settings
from bot.user_models import Outbox
from handlers.app import build_application
from handlers.delivery import LATER, SharedRateLimiter, telegram_sender
from offline_api.server import OfflineBotApi
from tests.handlers.conftest import until
from tests.helpers import act

# build_application's Application, whose type parameters it leaves open
App = Application[Any, Any, Any, Any, Any, Any]

# seconds of waiting each (processes, pacing, drawing): each worker starts with its share (tests/conftest.py)
pytestmark = pytest.mark.slow


@pytest.fixture
async def api() -> AsyncIterator[OfflineBotApi]:
    server = OfflineBotApi()
    await server.start()
    server.enforce_rate_limits = True
    yield server
    await server.stop()


@pytest.fixture
def engine() -> Engine:
    return memory_engine()


@pytest.fixture
async def application(
    api: OfflineBotApi, engine: Engine, make_settings: Callable[..., Settings]
) -> AsyncIterator[App]:
    """The bot as `spojka run` builds it (without starting to poll)."""
    settings = make_settings(telegram_token=SecretStr(api.token), bot_api_base_url=api.base_url)
    built = build_application(settings, engine=engine)
    await built.bot.initialize()
    yield built
    await built.bot.shutdown()


@pytest.fixture
def bot(application: App) -> ExtBot[Any]:
    extbot: ExtBot[Any] = application.bot
    return extbot


def courier_of(application: App, engine: Engine, limits: Limits | None = None) -> Courier:
    return Courier(
        engine, telegram_sender(application.bot), limits or Limits(), budget=application.bot_data["budget"]
    )


def delivered(api: OfflineBotApi, chat_id: int) -> list[str]:
    return [m.text for m in api.transcript(chat_id) if m.from_bot]


async def test_a_broadcast_arrives_once_each_within_the_limits(
    api: OfflineBotApi, application: App, engine: Engine
) -> None:
    people = [api.person(1000 + n, f"P{n}").id for n in range(75)]
    assert act(engine, enqueue, batch="b1", chat_ids=people, text="<b>Kulatý stůl</b> v pátek") == 75
    started = time.monotonic()

    await courier_of(application, engine, Limits(per_second=30)).run(drain=True)

    elapsed = time.monotonic() - started
    assert [len(delivered(api, p)) for p in people] == [1] * 75
    assert [r for r in api.rejected if r[1] == 429] == []
    assert elapsed >= 2.0  # 75 messages at 30/s cannot take less than 2 s
    assert act(engine, progress, batch="b1").sent == 75


async def test_one_chat_gets_one_message_per_second(
    api: OfflineBotApi, application: App, engine: Engine
) -> None:
    jana = api.person(7, "Jana")
    for n in range(4):
        act(engine, enqueue, batch=f"n{n}", chat_ids=[jana.id], text=f"zpráva {n}")

    await courier_of(application, engine).run(drain=True)

    assert delivered(api, jana.id) == [f"zpráva {n}" for n in range(4)]
    assert [r for r in api.rejected if r[1] == 429] == []


async def test_blocked_migrated_and_failing_chats(
    api: OfflineBotApi, application: App, engine: Engine
) -> None:
    ok, blocked = api.person(1, "A"), api.person(2, "B")
    blocked.block()
    api.chats[-100]  # a group the bot is in, which became a supergroup
    api.chats[-1005]
    api.migrated[-100] = -1005
    api.fail_next("sendMessage", 500, "Internal Server Error")
    act(engine, enqueue, batch="x", chat_ids=[ok.id, blocked.id, -100], text="Pozvánka")

    await courier_of(application, engine).run(drain=True)

    assert delivered(api, ok.id) == ["Pozvánka"]  # after one 500 and a retry
    assert delivered(api, -1005) == ["Pozvánka"]
    assert act(engine, progress, batch="x").blocked == 1
    assert (
        act(engine, enqueue, batch="y", chat_ids=[blocked.id, ok.id], text="Další") == 1
    )  # the blocked chat is skipped


async def test_after_a_crash_what_was_in_flight_is_sent_again_and_nothing_else(
    api: OfflineBotApi,
    application: App,
    engine: Engine,
) -> None:
    people = [api.person(2000 + n, "P").id for n in range(10)]
    act(engine, enqueue, batch="c", chat_ids=people, text="Akce")
    outbox = table_of(Outbox)
    with engine.begin() as connection:  # the state a kill -9 leaves: 3 sent, 2 in flight, 5 waiting
        connection.execute(update(outbox).where(outbox.c.id <= 3).values(status="sent"))
        connection.execute(update(outbox).where(outbox.c.id.in_((4, 5))).values(status="sending"))

    await courier_of(application, engine).run(drain=True)

    counts = Counter(len(delivered(api, p)) for p in people)
    assert counts == Counter({1: 7, 0: 3})  # the 3 confirmed before the crash are not sent again
    assert act(engine, progress, batch="c").sent == 10


async def test_the_bot_sends_at_the_configured_limits(
    fresh_database: Engine, make_settings: Callable[..., Settings]
) -> None:
    """Telegram may change its limits: the courier takes them from the settings."""
    api = OfflineBotApi()
    await api.start()
    try:
        application = build_application(
            make_settings(
                telegram_token=SecretStr(api.token),
                bot_api_base_url=api.base_url,
                send_per_second=12.5,
                send_private_gap=2.0,
                send_group_per_minute=10,
            ),
            engine=fresh_database,
        )
        await application.initialize()
        assert application.post_init is not None
        await application.post_init(application)
        courier = application.bot_data["courier"]
        limits = (courier.limits.per_second, courier.limits.private_gap, courier.limits.group_gap)
        assert limits == (12.5, 2.0, 6.0)
        courier.stop()
        await application.bot_data["courier_task"]
        await application.shutdown()
    finally:
        await api.stop()


async def test_production_builds_the_bot_with_the_shared_limiter(application: App) -> None:
    limiter = application.bot.rate_limiter
    assert isinstance(limiter, SharedRateLimiter)
    assert limiter.budget is application.bot_data["budget"]


async def test_a_429_makes_only_that_chat_wait(api: OfflineBotApi, application: App, engine: Engine) -> None:
    """Telegram says "retry after 2" for Jana: she waits, the others do not, and the courier
    (not PTB, which would hold back every request) is the one who saw it."""
    jana, others = api.person(1, "Jana"), [api.person(10 + n, "P").id for n in range(5)]
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 2", retry_after=2)
    act(engine, enqueue, batch="b", chat_ids=[jana.id, *others], text="Pozvánka")
    courier = courier_of(application, engine)
    started = time.monotonic()
    task = asyncio.create_task(courier.run(drain=True))

    assert await until(api, lambda: sum(len(delivered(api, p)) for p in others) == len(others))
    others_done = time.monotonic() - started
    await task

    assert courier.stats["retry_after"] == 1, (courier.stats, api.rejected, delivered(api, jana.id))
    assert others_done < 1.0  # nobody else waited Jana's two seconds
    assert time.monotonic() - started >= 2.0
    assert delivered(api, jana.id) == ["Pozvánka"]
    assert act(engine, progress, batch="b").sent == 6


async def test_a_reply_that_draws_a_429_waits_alone(api: OfflineBotApi, bot: ExtBot[Any]) -> None:
    jana, petr = api.person(1, "Jana"), api.person(2, "Petr")
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    started = time.monotonic()
    to_jana = asyncio.create_task(bot.send_message(jana.id, "Odpověď Janě"))
    await asyncio.sleep(0.05)
    await bot.send_message(petr.id, "Odpověď Petrovi")
    petr_answered = time.monotonic() - started
    await to_jana

    assert petr_answered < 0.5
    assert delivered(api, jana.id) == ["Odpověď Janě"]  # retried once, after its wait


async def test_under_random_faults_a_broadcast_loses_nothing_and_keeps_its_pace(
    api: OfflineBotApi, application: App, engine: Engine
) -> None:
    people = [api.person(3000 + n, "P").id for n in range(120)]
    api.inject_faults(0.1, (429, 500, 502))
    act(engine, enqueue, batch="f", chat_ids=people, text="Kulatý stůl")
    courier = courier_of(application, engine)
    started = time.monotonic()

    await courier.run(drain=True)

    elapsed = time.monotonic() - started
    assert sum(api.injected.values()) >= 5
    assert [len(delivered(api, p)) for p in people] == [1] * 120
    # every 429 reached the courier (only that chat waited), none was retried inside PTB
    assert courier.stats["retry_after"] == api.injected.get(429, 0) > 0
    assert elapsed < 120 / 30 / 0.6 + 2.0  # (bench_delivery.py measures 0.85-0.87 of the limit)


async def test_people_who_ask_are_answered_first_during_a_broadcast(
    api: OfflineBotApi, application: App, engine: Engine
) -> None:
    people = [api.person(4000 + n, "P").id for n in range(150)]
    askers = [api.person(5000 + n, "A").id for n in range(20)]
    act(engine, enqueue, batch="big", chat_ids=people, text="Kulatý stůl")
    courier = courier_of(application, engine)
    broadcast = asyncio.create_task(courier.run(drain=True))
    await asyncio.sleep(1.0)  # the broadcast runs at full speed

    async def answer(chat_id: int) -> float:
        asked = time.monotonic()
        await application.bot.send_message(chat_id, "Odpověď")
        return time.monotonic() - asked

    waits = await asyncio.gather(*(answer(chat_id) for chat_id in askers))
    await broadcast

    assert max(waits) < 1.5  # 20 answers out of 30 a second: all within about a second
    assert [r for r in api.rejected if r[1] == 429] == []  # one budget: the limit was kept
    assert application.bot_data["budget"].slowed_for_replies > 0  # the report can say so
    assert act(engine, progress, batch="big").sent == 150


async def test_a_reports_files_leave_the_budget_to_peoples_answers(
    api: OfflineBotApi,
    application: App,
) -> None:
    """Reports' files (their texts have arrived: 24 coordinators, one file each) come while
    20 people a second ask, for 2 s: nobody's answer waits behind the files, and every file
    still arrives."""
    coordinators = [api.person(900 + n, "Eva").id for n in range(24)]
    askers = [api.person(6000 + n, "A").id for n in range(40)]

    async def files() -> None:
        await asyncio.gather(
            *(application.bot.send_message(c, "soubor", rate_limit_args=LATER) for c in coordinators)
        )

    async def answer(chat_id: int, after: float) -> float:
        await asyncio.sleep(after)
        asked = time.monotonic()
        await application.bot.send_message(chat_id, "Odpověď")
        return time.monotonic() - asked

    asking = asyncio.gather(*(answer(chat_id, n / 20) for n, chat_id in enumerate(askers)))
    await asyncio.sleep(0.5)  # people have been asking for half a second when the files come
    await files()
    waits = await asking

    assert max(waits) < 0.25  # 20 answers a second and the files: no answer waited for a slot
    assert all(delivered(api, c) == ["soubor"] for c in coordinators)
    assert [r for r in api.rejected if r[1] == 429] == []  # one budget: the limit was kept
