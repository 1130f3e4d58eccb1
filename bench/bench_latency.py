"""Reply latency of the real bot against the offline Bot API server, beside an echo bot.

usage: python bench/bench_latency.py [--database sqlite:////tmp/kb20000.sqlite3] [--rate 20] [--seconds 15]

New people (never seen before) ask questions at `rate` a second; the latency of one question
is from the moment the server holds the update to the moment the bot's answer reached the
server. Four runs, each with a fresh bot process polling the same kind of server:

1. an echo bot (PTB, one handler that repeats the text): the floor of this machine;
2. the echo bot while a coordinator sends /pokryti every few seconds (echoed);
3. Spojka on `database` (e.g. 20,000 synthetic services);
4. Spojka while a coordinator draws /pokryti (2 charts + 2 CSVs) again whenever the last
   report arrived.

Goal (issue #16): Spojka's p99 within 2x the echo bot's p99, in both conditions. The bots
run in child processes (as in production); the server and the people run in this process.

`--rounds N` runs the four N times, one after another (so the machine's other work falls on
every bot alike), and also prints each condition's figures over all its answers pooled: one
run's p99 is its 7th worst answer of 601 (at --seconds 30) and moves with the machine by a
factor of 2.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from offline_api.server import OfflineBotApi  # noqa: E402

COORDINATOR = 900

ECHO_BOT = """
import sys
from telegram import Update
from telegram.ext import ApplicationBuilder, MessageHandler, filters

async def echo(update, context):
    await update.effective_message.reply_text(update.effective_message.text or "?")

application = ApplicationBuilder().token(sys.argv[1]).base_url(sys.argv[2]).build()
application.add_handler(MessageHandler(filters.ALL, echo))
application.run_polling(allowed_updates=Update.ALL_TYPES)
"""


def questions() -> list[str]:
    from tests.eval.questions import Q

    return [q for q, _ in Q]


def spojka_bot(api: OfflineBotApi, database_url: str | None, data_dir: Path) -> subprocess.Popen[bytes]:
    """`spojka run` as production starts it, against this server."""
    environment = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "SPOJKA_TELEGRAM_TOKEN": api.token,
        "SPOJKA_BOT_API_BASE_URL": api.base_url,
        "SPOJKA_COORDINATOR_IDS": str(COORDINATOR),
        "SPOJKA_DATA_DIR": str(data_dir),
        "SPOJKA_LOG_LEVEL": "WARNING",
    }
    if database_url:
        environment["SPOJKA_DATABASE_URL"] = database_url
    spojka = str(Path(sys.executable).parent / "spojka")
    return subprocess.Popen([spojka, "run"], env=environment, stderr=subprocess.DEVNULL)


def echo_bot(api: OfflineBotApi) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", ECHO_BOT, api.token, api.base_url],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stderr=subprocess.DEVNULL,
    )


async def ready(api: OfflineBotApi, *, spojka: bool, timeout: float = 120.0) -> None:
    """Until the bot polls (and Spojka has registered its commands: its start-up is done)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        polling = any(method == "getUpdates" for method, _ in api.calls[-50:])
        if polling and (api.commands or not spojka):
            return
        await asyncio.sleep(0.1)
    raise TimeoutError("the bot did not start")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass
class Asked:
    chat_id: int
    at: float


@dataclass
class Load:
    asked: list[Asked] = field(default_factory=list)
    reports: int = 0


def latencies(api: OfflineBotApi, asked: list[Asked]) -> tuple[list[float], int]:
    found, unanswered = [], 0
    for question in asked:
        answers = [m.at for m in api.chats[question.chat_id] if m.from_bot]
        if answers:
            found.append((answers[0] - question.at) * 1000)
        else:
            unanswered += 1
    return sorted(found), unanswered


def p(values: list[float], share: float) -> float:
    return values[max(0, int(len(values) * share + 0.5) - 1)] if values else float("nan")


async def ask(api: OfflineBotApi, *, rate: float, seconds: float, first_id: int, load: Load) -> None:
    pool = questions()
    started = time.monotonic()
    n = 0
    while time.monotonic() - started < seconds:
        due = started + n / rate
        if due > time.monotonic():
            await asyncio.sleep(due - time.monotonic())
        person = api.person(first_id + n, f"Nový {n}")
        person.says(pool[n % len(pool)])
        load.asked.append(Asked(person.id, time.monotonic()))
        n += 1


LAST_FILE = "pokryti_kraje.csv"  # the last of a report's files (bot/reports/files.py)


def complete_reports(api: OfflineBotApi) -> int:
    """Reports that arrived whole: the text, the prisons' pictures and table, the regions'."""
    return sum(1 for m in api.chats[COORDINATOR] if m.from_bot and _file_name(m.extra) == LAST_FILE)


def _file_name(extra: dict[str, object]) -> str:
    sent = extra.get("document")
    return str(sent.get("file", "")) if isinstance(sent, dict) else ""


async def coordinate(api: OfflineBotApi, *, spojka: bool, until: float, load: Load, every: float) -> None:
    """A coordinator asks for /pokryti; again when the last report arrived whole (Spojka: a text,
    the prisons' pictures, their table, the regions' picture and table) or, for the echo bot,
    every `every` seconds."""
    coordinator = api.person(COORDINATOR, "Eva")
    while time.monotonic() < until:
        before = complete_reports(api)
        coordinator.says("/pokryti")
        load.reports += 1
        wait_until = time.monotonic() + (120 if spojka else every)
        while time.monotonic() < min(wait_until, until + 60):
            if spojka and complete_reports(api) > before:
                break
            await asyncio.sleep(0.05)
        if spojka:
            await asyncio.sleep(0.2)


async def run(
    kind: str,
    *,
    database_url: str | None,
    rate: float,
    seconds: float,
    with_report: bool,
    answers: list[float] | None = None,
) -> dict[str, float]:
    """One bot's run; `answers` (when given) gets every answer's latency in ms."""
    api = OfflineBotApi()
    await api.start()
    folder = Path(tempfile.mkdtemp(prefix="spojka-latency-"))
    spojka = kind == "spojka"
    process = spojka_bot(api, database_url, folder) if spojka else echo_bot(api)
    try:
        await ready(api, spojka=spojka)
        warm = Load()
        await ask(api, rate=5, seconds=2, first_id=50_000, load=warm)  # warm-up, not counted
        await asyncio.sleep(1.0)
        load = Load()
        tasks = [ask(api, rate=rate, seconds=seconds, first_id=100_000, load=load)]
        if with_report:
            tasks.append(
                coordinate(api, spojka=spojka, until=time.monotonic() + seconds, load=load, every=3.0)
            )
        await asyncio.gather(*tasks)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and latencies(api, load.asked)[1]:
            await asyncio.sleep(0.1)
        found, unanswered = latencies(api, load.asked)
        if answers is not None:
            answers.extend(found)
        reports = complete_reports(api)
        return {
            "questions": len(load.asked),
            "unanswered": unanswered,
            "p50": statistics.median(found) if found else float("nan"),
            "p90": p(found, 0.90),
            "p99": p(found, 0.99),
            "max": found[-1] if found else float("nan"),
            "reports_asked": load.reports,
            "reports_drawn": reports,
        }
    finally:
        # off the loop: the server must keep answering while the bot sends its last requests
        # (blocking here made a stopping Spojka wait out its timeouts, ~30 s, and be killed)
        await asyncio.to_thread(stop, process)
        await api.stop()


def line(label: str, result: dict[str, float]) -> str:
    return (
        f"{label:<44} {result['questions']:>4.0f} questions, unanswered {result['unanswered']:.0f}; "
        f"p50 {result['p50']:.0f} ms, p90 {result['p90']:.0f} ms, p99 {result['p99']:.0f} ms, "
        f"max {result['max']:.0f} ms"
        + (
            f"; /pokryti asked {result['reports_asked']:.0f}, drawn {result['reports_drawn']:.0f}"
            if result["reports_asked"]
            else ""
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", default=None, help="SQLAlchemy URL (default: the embedded sample)")
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--rounds", type=int, default=1, help="run the four this many times")
    args = parser.parse_args()
    conditions = (("echo", False), ("echo", True), ("spojka", False), ("spojka", True))
    pooled: dict[tuple[str, bool], list[float]] = {condition: [] for condition in conditions}
    for round_number in range(1, args.rounds + 1):
        results = {}
        for kind, with_report in conditions:
            result = asyncio.run(
                run(
                    kind,
                    database_url=args.database,
                    rate=args.rate,
                    seconds=args.seconds,
                    with_report=with_report,
                    answers=pooled[(kind, with_report)],
                )
            )
            results[(kind, with_report)] = result
            label = f"{kind} bot" + (" + a coordinator drawing /pokryti" if with_report else "")
            if args.rounds > 1:
                label = f"[{round_number}] {label}"
            print(line(label, result), flush=True)
        for with_report in (False, True):
            ratio = results[("spojka", with_report)]["p99"] / results[("echo", with_report)]["p99"]
            condition = "with" if with_report else "without"
            print(f"p99 Spojka / echo {condition} the report: {ratio:.2f}x", flush=True)
    if args.rounds > 1:
        for with_report in (False, True):
            echo, spojka = (sorted(pooled[(kind, with_report)]) for kind in ("echo", "spojka"))
            print(
                f"pooled over {args.rounds} rounds {'with' if with_report else 'without'} the report: "
                f"echo {len(echo)} answers p50 {p(echo, 0.5):.1f} / p99 {p(echo, 0.99):.1f} ms, "
                f"Spojka {len(spojka)} answers p50 {p(spojka, 0.5):.1f} / p99 {p(spojka, 0.99):.1f} ms, "
                f"p99 ratio {p(spojka, 0.99) / p(echo, 0.99):.2f}x",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
