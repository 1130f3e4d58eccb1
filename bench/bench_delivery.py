"""The delivery engine against the offline Bot API server enforcing Telegram's limits.

usage: python bench/bench_delivery.py [--recipients 5000] [--kill-at 0.5] [--faults 0.1] [--replies]

0. A capacity change on a service with M followers: time until the last notification.
1. A broadcast to N private chats: total time against the theoretical N / 30 s, 429s
   drawn, messages lost (never delivered) and duplicated (delivered twice).
2. The same with the sending process killed (SIGKILL) when about half was sent, then a
   fresh process resuming from the database: lost and duplicated.
3. With --faults F: the same broadcasts while a share F of the sends fails at random (429 with
   retry after 1-2 s, 500, 502; as Telegram does on a bad day).
4. With --replies: `spojka run` (the whole bot) sends a 600-recipient broadcast while 30
   people ask questions, each one a second: answers, their latency, the broadcast's time.
The server runs in this process; the couriers run in child processes on a SQLite file, as
the bot would after a crash and restart. The courier is built exactly as `spojka run`
builds it (build_application: its rate limiter, its shared budget, its sender).
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
from pydantic import SecretStr
from bot.database import create_db_engine
from bot.settings import Settings
from handlers.app import build_application, courier_for

async def main(url, token, base):
    settings = Settings(telegram_token=SecretStr(token), bot_api_base_url=base)
    engine = create_db_engine(url)
    application = build_application(settings, engine=engine)
    await application.bot.initialize()
    await courier_for(application, engine, settings).run(drain=True)
    await application.bot.shutdown()

asyncio.run(main(*sys.argv[1:]))
"""


def delivered(api: OfflineBotApi, people: list[int]) -> Counter[int]:
    return Counter(len([m for m in api.transcript(p) if m.from_bot]) for p in people)


async def outcome(api: OfflineBotApi, people: list[int], started: float) -> dict[str, float]:
    """Time since `started`, and what reached the people: lost, duplicated, 429s drawn."""
    elapsed = time.monotonic() - started
    counts = delivered(api, people)
    too_many = len([r for r in api.rejected if r[1] == 429]) - api.injected.get(429, 0)
    await api.stop()
    return {
        "seconds": elapsed,
        "theoretical": len(people) / 30,
        "lost": counts.get(0, 0),
        "duplicated": sum(n - 1 for n in counts.elements() if n > 1),
        "429": too_many,
        "faults": sum(api.injected.values()),
    }


async def broadcast(recipients: int, kill_at: float | None, faults: float = 0.0) -> dict[str, float]:
    api = OfflineBotApi()
    await api.start()
    api.enforce_rate_limits = True
    if faults:
        api.inject_faults(faults, (429, 500, 502))
    people = [api.person(10_000 + n, "P").id for n in range(recipients)]
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'outbox.sqlite3'}"
    engine = create_db_engine(url)
    upgrade(engine)
    act(engine, enqueue, batch="bench", chat_ids=people, text="<b>Kulatý stůl</b> ve čtvrtek v 10:00")
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
    parser.add_argument("--faults", type=float, default=0.0, help="share of sends failing at random")
    parser.add_argument("--replies", action="store_true", help="only: replies during a broadcast")
    parser.add_argument("--ask-every", type=float, default=1.0, help="seconds between one asker's questions")
    parser.add_argument("--ask-for", type=float, default=27.0, help="seconds the 30 people keep asking")
    args = parser.parse_args()
    if args.replies:
        print_replies_during_broadcast(600, 30, args.ask_every, args.ask_for)
        return 0
    if not args.only_broadcast:
        print_capacity_change(args.subscribers)
    if args.only_subscribers:
        return 0
    for kill in (None,) if args.no_kill else (None, args.kill_at):
        result = asyncio.run(broadcast(args.recipients, kill, args.faults))
        label = "with a kill -9 and restart" if kill else "uninterrupted"
        if args.faults:
            label += f", {args.faults:.0%} random faults ({result['faults']:.0f} injected)"
        rate = args.recipients / result["seconds"]
        print(
            f"{args.recipients} messages {label}: {result['seconds']:.1f} s "
            f"(theoretical {result['theoretical']:.1f} s at 30/s; {rate:.1f} msg/s = "
            f"{rate / 30:.0%} of the limit); "
            f"429s {result['429']:.0f}; lost {result['lost']:.0f}; duplicated {result['duplicated']:.0f}",
            flush=True,
        )
    return 0


async def replies_during_broadcast(
    recipients: int, askers: int, every: float, asking_for: float
) -> dict[str, float]:
    """The whole bot (`spojka run`) sends a broadcast while people ask questions."""
    sys.path.insert(0, str(REPO / "bench"))
    from bench_latency import Asked, p, questions, ready, spojka_bot, stop

    api = OfflineBotApi()
    await api.start()
    api.enforce_rate_limits = True
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'spojka.sqlite3'}"
    people = [api.person(10_000 + n, "P").id for n in range(recipients)]
    process = spojka_bot(api, url, folder)
    await ready(api, spojka=True)
    asking = [api.person(30_000 + n, f"Ptá se {n}") for n in range(askers)]
    engine = create_db_engine(url)
    act(engine, enqueue, batch="bench", chat_ids=people, text="<b>Kulatý stůl</b> ve čtvrtek v 10:00")
    started = time.monotonic()
    pool = questions()
    asked: list[Asked] = []

    # For `asking_for` seconds from 1 s into the broadcast, each person asks again `every`
    # seconds after the last answer (as people read, then type); then they stop.
    await asyncio.sleep(1.0)
    n = 0
    broadcast_done = 0.0
    asking_until = time.monotonic() + asking_for
    sent_while_asking = 0
    while True:
        delivered_broadcast = sum(1 for chat in people if api.chats[chat])  # they only receive
        if delivered_broadcast >= recipients:
            broadcast_done = time.monotonic() - started
            break
        if time.monotonic() - started > 600:
            break
        if time.monotonic() >= asking_until:
            sent_while_asking = sent_while_asking or delivered_broadcast
            await asyncio.sleep(0.1)
            continue
        for person in asking:
            chat = api.chats[person.id]
            mine = [m for m in chat if not m.from_bot]
            answers = [m for m in chat if m.from_bot]
            if len(answers) >= len(mine) and (not answers or time.monotonic() - answers[-1].at >= every):
                person.says(pool[n % len(pool)])
                asked.append(Asked(person.id, time.monotonic()))
                n += 1
        await asyncio.sleep(0.02)
    questions_asked = len(asked)
    await asyncio.sleep(3)
    stop(process)
    answered_latency: list[float] = []
    for person in asking:
        chat = api.chats[person.id]
        asked_at = [m.at for m in chat if not m.from_bot]
        answered_at = [m.at for m in chat if m.from_bot]
        answered_latency += [(a - q) * 1000 for q, a in zip(asked_at, answered_at, strict=False)]
    answered_latency.sort()
    too_many = len([r for r in api.rejected if r[1] == 429])
    await api.stop()
    return {
        "questions": questions_asked,
        "answers": len(answered_latency),
        "p50": answered_latency[len(answered_latency) // 2] if answered_latency else float("nan"),
        "p99": p(answered_latency, 0.99),
        "max": answered_latency[-1] if answered_latency else float("nan"),
        "broadcast_s": broadcast_done,
        "broadcast_while_asking": sent_while_asking,
        "asking_for": asking_for,
        "429": too_many,
    }


def print_replies_during_broadcast(recipients: int, askers: int, every: float, asking_for: float) -> None:
    result = asyncio.run(replies_during_broadcast(recipients, askers, every, asking_for))
    print(
        f"a {recipients}-recipient broadcast while {askers} people ask for {asking_for:.0f} s (each again "
        f"{every:.1f} s after an answer): {result['answers']:.0f} answers to {result['questions']:.0f} "
        f"questions; broadcast messages sent meanwhile {result['broadcast_while_asking']:.0f}; answer "
        f"latency p50 {result['p50']:.0f} ms, p99 {result['p99']:.0f} ms, max {result['max']:.0f} ms; "
        f"the broadcast took {result['broadcast_s']:.1f} s (alone: {recipients / 30:.0f} s); "
        f"429s {result['429']:.0f}",
        flush=True,
    )


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
