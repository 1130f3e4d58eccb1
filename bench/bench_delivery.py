"""The delivery engine against the offline Bot API server enforcing Telegram's limits.

usage: python bench/bench_delivery.py [--recipients 5000] [--kill-at 0.5]

0. A capacity change on a service with M followers: time until the last notification.
1. A broadcast to N private chats: total time against the theoretical N / 30 s, 429s
   drawn, messages lost (never delivered) and duplicated (delivered twice).
2. The same with the sending process killed (SIGKILL) when about half was sent, then a
   fresh process resuming from the database: lost and duplicated.
The server runs in this process; the couriers run in child processes on a SQLite file, as
the bot would after a crash and restart.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.database import create_db_engine, upgrade  # noqa: E402
from bot.delivery.outbox import enqueue  # noqa: E402
from offline_api.server import OfflineBotApi  # noqa: E402
from tests.helpers import act  # noqa: E402

COURIER = """
import asyncio, sys
from telegram.ext import AIORateLimiter, ExtBot
from bot.database import create_db_engine
from bot.delivery.courier import Courier
from handlers.delivery import telegram_sender

async def main(url, token, base):
    bot = ExtBot(token, base_url=base, rate_limiter=AIORateLimiter(max_retries=0))
    await bot.initialize()
    await Courier(create_db_engine(url), telegram_sender(bot)).run(drain=True)
    await bot.shutdown()

asyncio.run(main(*sys.argv[1:]))
"""


def delivered(api: OfflineBotApi, people: list[int]) -> Counter[int]:
    return Counter(len([m for m in api.transcript(p) if m.from_bot]) for p in people)


async def outcome(api: OfflineBotApi, people: list[int], started: float) -> dict[str, float]:
    """Time since `started`, and what reached the people: lost, duplicated, 429s drawn."""
    elapsed = time.monotonic() - started
    counts = delivered(api, people)
    too_many = len([r for r in api.rejected if r[1] == 429])
    await api.stop()
    return {
        "seconds": elapsed,
        "theoretical": len(people) / 30,
        "lost": counts.get(0, 0),
        "duplicated": sum(n - 1 for n in counts.elements() if n > 1),
        "429": too_many,
    }


async def broadcast(recipients: int, kill_at: float | None) -> dict[str, float]:
    api = OfflineBotApi()
    await api.start()
    api.enforce_rate_limits = True
    people = [api.person(10_000 + n, "P").id for n in range(recipients)]
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'outbox.sqlite3'}"
    engine = create_db_engine(url)
    upgrade(engine)
    enqueue(engine, batch="bench", chat_ids=people, text="<b>Kulatý stůl</b> ve čtvrtek v 10:00")
    command = [sys.executable, "-c", COURIER, url, api.token, api.base_url]
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.monotonic()
    process = subprocess.Popen(command, env=environment)
    killed = False
    while process.poll() is None:
        await asyncio.sleep(0.05)
        sent = api.accepted("sendMessage")  # cheap: scanning 5,000 transcripts would slow the server
        if kill_at is not None and not killed and sent >= recipients * kill_at:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            killed = True
            process = subprocess.Popen(command, env=environment)  # the restart
    return {**await outcome(api, people, started), "killed": killed}


async def capacity_change(subscribers: int) -> dict[str, float]:
    """A shelter fills up; every follower must hear it. Time from the change to the last delivery."""
    from zoneinfo import ZoneInfo

    from bot.directory.services import find_organizations
    from bot.following import subscriptions
    from bot.kb.importing import import_package, sample_knowledge_path
    from bot.models import table_of
    from bot.network.permissions import Who
    from bot.providers import capacity
    from bot.user_models import AppUser

    api = OfflineBotApi()
    await api.start()
    api.enforce_rate_limits = True
    people = [api.person(20_000 + n, "P").id for n in range(subscribers)]
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'spojka.sqlite3'}"
    engine = create_db_engine(url)
    upgrade(engine)
    import_package(engine, sample_knowledge_path(), tz=ZoneInfo("Europe/Prague"), replace=True)
    organization = act(engine, find_organizations, name="Most naděje", limit=1)[0][0]
    worker = Who(1, "ngo", True, organization)
    place = act(engine, capacity.places, who=worker)[0]
    # Followers who want every message at once, at any hour: the worst case, all due together.
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(
            table_of(AppUser).insert(),
            [
                {
                    "id": person,
                    "first_name": "P",
                    "role": "curator",
                    "status": "approved",
                    "notify_mode": "immediate",
                    "digest_at": 480,
                    "quiet_from": 0,
                    "quiet_until": 0,
                    "created_at": now,
                    "updated_at": now,
                }
                for person in people
            ],
        )
    for person in people:
        follower = Who(person, "curator", True)
        act(engine, subscriptions.follow_service, who=follower, service_id=place.service_id)
    process = subprocess.Popen(
        [sys.executable, "-c", COURIER.replace("run(drain=True)", "run()"), url, api.token, api.base_url],
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    await asyncio.sleep(2)  # the bot is up and idle when the change comes
    started = time.monotonic()
    act(engine, capacity.set_available, who=worker, capacity_id=place.capacity_id, available=0)
    while api.accepted("sendMessage") < subscribers and time.monotonic() - started < 600:
        await asyncio.sleep(0.05)
    process.kill()
    process.wait()
    return await outcome(api, people, started)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recipients", type=int, default=5000)
    parser.add_argument("--kill-at", type=float, default=0.5)
    parser.add_argument("--subscribers", type=int, default=2000)
    parser.add_argument("--only-subscribers", action="store_true")
    parser.add_argument("--only-broadcast", action="store_true")
    parser.add_argument("--no-kill", action="store_true")
    args = parser.parse_args()
    if not args.only_broadcast:
        print_capacity_change(args.subscribers)
    if args.only_subscribers:
        return 0
    for kill in (None,) if args.no_kill else (None, args.kill_at):
        result = asyncio.run(broadcast(args.recipients, kill))
        label = "with a kill -9 and restart" if kill else "uninterrupted"
        rate = args.recipients / result["seconds"]
        print(
            f"{args.recipients} messages {label}: {result['seconds']:.1f} s "
            f"(theoretical {result['theoretical']:.1f} s at 30/s; {rate:.1f} msg/s = "
            f"{rate / 30:.0%} of the limit); "
            f"429s {result['429']:.0f}; lost {result['lost']:.0f}; duplicated {result['duplicated']:.0f}",
            flush=True,
        )
    return 0


def print_capacity_change(subscribers: int) -> None:
    result = asyncio.run(capacity_change(subscribers))
    print(
        f"a capacity change with {subscribers} followers: last notification accepted after "
        f"{result['seconds']:.1f} s (theoretical {result['theoretical']:.1f} s at 30/s; "
        f"the courier polls every 0.5 s when idle); 429s {result['429']:.0f}; lost {result['lost']:.0f}; "
        f"duplicated {result['duplicated']:.0f}",
        flush=True,
    )


if __name__ == "__main__":
    raise SystemExit(main())
