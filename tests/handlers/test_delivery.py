"""The delivery engine against the offline server enforcing Telegram's limits."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import AsyncIterator, Callable

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine, update
from telegram.ext import AIORateLimiter, ExtBot

from bot.database import memory_engine
from bot.delivery.courier import Courier, Limits
from bot.delivery.outbox import enqueue, progress
from bot.models import table_of
from bot.settings import Settings
from bot.user_models import Outbox
from handlers.app import build_application
from handlers.delivery import telegram_sender
from offline_api.server import OfflineBotApi


@pytest.fixture
async def api() -> AsyncIterator[OfflineBotApi]:
    server = OfflineBotApi()
    await server.start()
    server.enforce_rate_limits = True
    yield server
    await server.stop()


@pytest.fixture
async def bot(api: OfflineBotApi) -> AsyncIterator[ExtBot]:  # type: ignore[type-arg]
    extbot: ExtBot = ExtBot(api.token, base_url=api.base_url, rate_limiter=AIORateLimiter(max_retries=0))  # type: ignore[type-arg]
    await extbot.initialize()
    yield extbot
    await extbot.shutdown()


@pytest.fixture
def engine() -> Engine:
    return memory_engine()


def delivered(api: OfflineBotApi, chat_id: int) -> list[str]:
    return [m.text for m in api.transcript(chat_id) if m.from_bot]


async def test_a_broadcast_arrives_once_each_within_the_limits(
    api: OfflineBotApi, bot: ExtBot, engine: Engine
) -> None:  # type: ignore[type-arg]
    people = [api.person(1000 + n, f"P{n}").id for n in range(75)]
    assert enqueue(engine, batch="b1", chat_ids=people, text="<b>Kulatý stůl</b> v pátek") == 75
    started = time.monotonic()

    await Courier(engine, telegram_sender(bot), Limits(per_second=30)).run(drain=True)

    elapsed = time.monotonic() - started
    assert [len(delivered(api, p)) for p in people] == [1] * 75
    assert [r for r in api.rejected if r[1] == 429] == []
    assert elapsed >= 2.0  # 75 messages at 30/s cannot take less than 2 s
    assert progress(engine, batch="b1").sent == 75


async def test_one_chat_gets_one_message_per_second(api: OfflineBotApi, bot: ExtBot, engine: Engine) -> None:  # type: ignore[type-arg]
    jana = api.person(7, "Jana")
    for n in range(4):
        enqueue(engine, batch=f"n{n}", chat_ids=[jana.id], text=f"zpráva {n}")

    await Courier(engine, telegram_sender(bot)).run(drain=True)

    assert delivered(api, jana.id) == [f"zpráva {n}" for n in range(4)]
    assert [r for r in api.rejected if r[1] == 429] == []


async def test_blocked_migrated_and_failing_chats(api: OfflineBotApi, bot: ExtBot, engine: Engine) -> None:  # type: ignore[type-arg]
    ok, blocked = api.person(1, "A"), api.person(2, "B")
    blocked.block()
    api.chats[-100]  # a group the bot is in, which became a supergroup
    api.chats[-1005]
    api.migrated[-100] = -1005
    api.fail_next("sendMessage", 500, "Internal Server Error")
    enqueue(engine, batch="x", chat_ids=[ok.id, blocked.id, -100], text="Pozvánka")

    await Courier(engine, telegram_sender(bot)).run(drain=True)

    assert delivered(api, ok.id) == ["Pozvánka"]  # after one 500 and a retry
    assert delivered(api, -1005) == ["Pozvánka"]
    assert progress(engine, batch="x").blocked == 1
    assert (
        enqueue(engine, batch="y", chat_ids=[blocked.id, ok.id], text="Další") == 1
    )  # the blocked chat is skipped


async def test_after_a_crash_what_was_in_flight_is_sent_again_and_nothing_else(
    api: OfflineBotApi,
    bot: ExtBot,
    engine: Engine,  # type: ignore[type-arg]
) -> None:
    people = [api.person(2000 + n, "P").id for n in range(10)]
    enqueue(engine, batch="c", chat_ids=people, text="Akce")
    outbox = table_of(Outbox)
    with engine.begin() as connection:  # the state a kill -9 leaves: 3 sent, 2 in flight, 5 waiting
        connection.execute(update(outbox).where(outbox.c.id <= 3).values(status="sent"))
        connection.execute(update(outbox).where(outbox.c.id.in_((4, 5))).values(status="sending"))

    await Courier(engine, telegram_sender(bot)).run(drain=True)

    counts = Counter(len(delivered(api, p)) for p in people)
    assert counts == Counter({1: 7, 0: 3})  # the 3 confirmed before the crash are not sent again
    assert progress(engine, batch="c").sent == 10


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
