"""A coordinator looks at coverage, data quality and usage in the bot."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from bot.settings import Settings
from tests.handlers.conftest import COORDINATOR, Chat, until
from tests.handlers.test_following import admitted

# seconds of waiting each (processes, pacing, drawing): each worker starts with its share (tests/conftest.py)
pytestmark = pytest.mark.slow


@pytest.mark.both_databases
async def test_coverage_quality_and_usage_for_a_coordinator(chat: Chat) -> None:
    curator = admitted(chat, 951, "curator")
    curator.says("azylový dům Ostrava")
    curator.says("kdy jede vlak do Opavy")  # outside the domain: no result
    await chat.settle()
    curator.says("/pokryti")
    await chat.settle()
    assert curator.last.plain == "Přehledy jsou pro koordinátory."

    coordinator = chat.person(COORDINATOR, "Eva")
    coordinator.says("/pokryti Ústecký kraj")
    await chat.settle()
    sent = coordinator.received[-5:]
    assert sent[0].plain.startswith("Pokrytí – Ústecký kraj: ")
    assert [m.kind for m in sent[1:]] == ["photo", "document", "photo", "document"]
    assert sent[2].extra["document"]["file"] == "pokryti_veznice.csv"
    assert "Vazební věznice Litoměřice" in sent[2].extra["document"]["content"].decode("utf-8-sig")

    coordinator.says("/pokryti Atlantida")
    await chat.settle()
    assert coordinator.last.plain.startswith("Kraj „Atlantida“ neznám.")

    # a region typed as in questions, here a town without diacritics (each drawing costs a
    # second: the other ways of typing it, tests/bot/search/test_understanding.py)
    coordinator.says("/pokryti usti")
    await chat.settle()
    assert coordinator.received[-5].plain.startswith("Pokrytí – Ústecký kraj: ")

    coordinator.says("/kvalita")
    await chat.settle()
    summary = coordinator.received[-2]
    assert summary.plain.startswith("Kvalita údajů – nejvíc problémů nahoře:")  # the sample has stale data
    assert "neověřeno 90+ dní" in summary.plain
    assert "Poslat žádosti o potvrzení" in summary.buttons[0]["text"]
    assert coordinator.last.extra["document"]["file"] == "kvalita.csv"

    coordinator.says("/statistiky")
    await chat.settle()
    stats = coordinator.received[-6].plain
    assert stats.startswith("Využití (12 týdnů): 2 dotazů, s výsledkem 50 %.")
    assert "• kdy jede vlak do Opavy (1×)" in stats
    assert coordinator.received[-5].kind == "photo"


async def test_people_are_answered_while_a_coordinator_draws_a_report(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawing /pokryti at 20,000 services takes seconds: nobody else waits for it."""
    from bot.reports import files

    drawing = files.coverage_files

    def slow_drawing(*args: Any, **kwargs: Any) -> dict[str, bytes]:
        time.sleep(1.5)  # as long as a big network's charts take; blocking, like matplotlib
        return drawing(*args, **kwargs)

    monkeypatch.setattr(files, "coverage_files", slow_drawing)
    coordinator = chat.person(COORDINATOR, "Eva")
    jana = chat.person(5, "Jana")
    coordinator.says("/pokryti")
    assert await until(chat.api, lambda: bool(coordinator.received))  # the text came; charts are drawn
    jana.says("azylový dům Ostrava")
    await chat.settle()

    sent = [
        (method, int(params["chat_id"])) for method, params in chat.api.calls if method.startswith("send")
    ]
    assert sent.index(("sendMessage", jana.id)) < sent.index(("sendPhoto", COORDINATOR))  # Jana went first
    # five pictures of the prisons (for a phone), their CSV, the regions picture and its CSV
    assert [m.kind for m in coordinator.received[1:]] == ["photo"] * 5 + ["document", "photo", "document"]


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux's scheduling classes")
async def test_the_reports_process_gives_way_to_the_answers() -> None:
    """Drawing runs only on a core the bot does not want (Linux's idle class), so on busy cores
    answers come first."""
    from handlers import reports

    reports.stop_worker()
    try:
        policy = await reports.in_worker(os.sched_getscheduler, 0)
    finally:
        reports.stop_worker()
    assert policy == os.SCHED_IDLE
    assert os.sched_getscheduler(0) != os.SCHED_IDLE  # the bot itself keeps its priority
    assert Settings().reports_priority == "idle"  # what a bot built from its settings asks for


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux's scheduling classes")
async def test_a_coverage_report_starts_the_reports_process_at_the_bots_setting(chat: Chat) -> None:
    """The conversation bot is built with reports_priority "normal" (tests/handlers/conftest.py):
    the process /pokryti starts draws in the normal class, not the default idle one."""
    from handlers import reports

    coordinator = chat.person(COORDINATOR, "Eva")
    coordinator.says("/pokryti Ústecký kraj")
    await chat.settle()
    assert coordinator.last.kind == "document"
    # the running process answers, whatever this call asks for (its class is set at its start)
    assert await reports.in_worker(os.sched_getscheduler, 0) != os.SCHED_IDLE


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux's scheduling classes")
@pytest.mark.parametrize(("priority", "idle"), [("idle", True), ("normal", False)])
async def test_the_reports_process_draws_at_the_priority_the_settings_name(
    make_settings: Callable[..., Settings], priority: str, idle: bool
) -> None:
    from handlers import reports

    settings = make_settings(reports_priority=priority)
    reports.stop_worker()
    try:
        policy = await reports.in_worker(os.sched_getscheduler, 0, lowest=reports.lowest_priority(settings))
    finally:
        reports.stop_worker()
    assert (policy == os.SCHED_IDLE) is idle


async def test_a_reports_files_follow_its_text_at_what_peoples_answers_leave(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The text of /pokryti is the coordinator's answer; its charts and tables are sent as what
    follows it (the budget's `later`), so that people asking meanwhile are answered first."""
    budget = chat.application.bot_data["budget"]
    followed: list[float] = []
    later = budget.later

    async def counted() -> None:
        followed.append(time.monotonic())
        await later()

    monkeypatch.setattr(budget, "later", counted)
    coordinator = chat.person(COORDINATOR, "Eva")
    coordinator.says("/pokryti Ústecký kraj")
    await chat.settle()

    assert [m.kind for m in coordinator.received[-5:]] == ["text", "photo", "document", "photo", "document"]
    assert len(followed) == 4  # the two charts and the two tables, not the text


_OWNER = """
import asyncio, os, sys, time
sys.path.insert(0, sys.argv[1])
from handlers import reports

async def main():
    print(await reports.in_worker(os.getpid), flush=True)  # the worker, started and alive
    time.sleep(60)

asyncio.run(main())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's parent-death signal")
def test_the_reports_process_ends_when_the_bot_is_killed() -> None:
    """A bot killed outright (SIGKILL: no shutdown) leaves no worker drawing on, orphaned."""
    with subprocess.Popen(
        [sys.executable, "-c", _OWNER, str(Path(__file__).resolve().parents[2])],
        stdout=subprocess.PIPE,
        text=True,
    ) as owner:
        assert owner.stdout is not None
        worker = int(owner.stdout.readline())
        os.kill(owner.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(worker):
        time.sleep(0.05)
    alive = _alive(worker)
    if alive:
        os.kill(worker, signal.SIGKILL)
    assert not alive


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ")[-1][0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


_STARTING = """
import asyncio, os, sys, time
sys.path.insert(0, sys.argv[1])
from handlers import reports

async def main():
    asyncio.ensure_future(reports.in_worker(os.getpid))
    await asyncio.sleep(0)
    print("started", flush=True)  # the worker is spawned, still importing
    time.sleep(60)

asyncio.run(main())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's parent-death signal")
def test_a_worker_still_starting_when_the_bot_is_killed_ends_too() -> None:
    with subprocess.Popen(
        [sys.executable, "-c", _STARTING, str(Path(__file__).resolve().parents[2])],
        stdout=subprocess.PIPE,
        text=True,
    ) as owner:
        assert owner.stdout is not None
        owner.stdout.readline()
        # the fork server and the resource tracker, and the worker if the server forked it yet
        children = _children(owner.pid)
        children += [pid for child in children for pid in _children(child)]
        os.kill(owner.pid, signal.SIGKILL)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_alive(pid) for pid in children):
        time.sleep(0.05)
    left = [pid for pid in children if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert children and not left


def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text(encoding="ascii")
            except OSError:
                continue
            if int(stat.split(") ")[-1].split()[1]) == parent:
                found.append(int(entry.name))
    return found


_FIRST_REPORT = """
import asyncio, os, sys, time
sys.path.insert(0, sys.argv[1])
from handlers import reports

async def ticks(longest):
    last = time.monotonic()
    while True:
        await asyncio.sleep(0.02)
        now = time.monotonic()
        longest[0] = max(longest[0], now - last)
        last = now

async def main():
    longest = [0.0]
    ticker = asyncio.ensure_future(ticks(longest))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await reports.in_worker(os.getpid, lowest=False)
    print(f"{longest[0]:.3f} {time.monotonic() - started:.3f}", flush=True)
    ticker.cancel()
    reports.stop_worker()

asyncio.run(main())
"""


def test_starting_the_reports_process_holds_back_no_answer() -> None:
    """The bot's first report starts the reports' process, whose imports take seconds; the
    event loop, which answers everybody, goes on meanwhile (it stalled ~4 s at 20 questions a
    second when the process was started on it)."""
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_REPORT, str(Path(__file__).resolve().parents[2])],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    longest, took = (float(x) for x in done.stdout.split())
    assert took > 0.3  # the process did start from nothing (its imports), or this proves nothing
    assert longest < min(0.5, took / 2)


async def test_a_restarted_reports_process_is_ready_at_once() -> None:
    """The reports' process comes from a fork server that has imported the drawing code once:
    started again (after a shutdown; every test's bot does it) it answers at once, instead of
    after seconds of imports."""
    from handlers import reports

    reports.stop_worker()
    first = await reports.in_worker(os.getpid, lowest=False)  # starts the fork server if need be
    reports.stop_worker()
    started = time.monotonic()
    # a function of the reports' module: the worker must have the bot's code to run it
    await reports.in_worker(reports.stop_worker, lowest=False)
    took = time.monotonic() - started
    second = await reports.in_worker(os.getpid, lowest=False)
    reports.stop_worker()
    assert os.getpid() not in (first, second) and first != second  # two processes of their own
    assert took < 0.5


_PREPARED = """
import asyncio, os, sys, threading
sys.path.insert(0, sys.argv[1])
from bot.database import create_db_engine
from bot.search.engine import AnswerEngine
from bot.settings import Settings
from handlers import reports
from handlers.context import Services

def idle(pid):
    return os.sched_getscheduler(pid) == os.SCHED_IDLE

def parent_of(pid):
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        return int(stat.read().split(") ")[-1].split()[1])

async def main():
    url = sys.argv[2]
    engine = create_db_engine(url)
    await reports.prepare_in_background(Services(Settings(), engine, AnswerEngine(engine)))
    worker = await reports.in_worker(os.getpid)
    # the worker's catalogs, read in the worker (eval: a built-in, so it travels by name)
    catalogs = await reports.in_worker(eval, "list(__import__('handlers.reports').reports._engines)")
    # none of the bot's own threads (the executor's, which unpickle the files) in the idle class
    bot_idle = any(idle(thread.native_id) for thread in threading.enumerate())
    print(idle(worker), idle(parent_of(worker)), bot_idle, url in catalogs, flush=True)
    reports.stop_worker()

asyncio.run(main())
"""


@pytest.mark.skipif(not hasattr(os, "SCHED_IDLE"), reason="Linux's scheduling classes")
def test_spojka_run_prepares_the_reports_process_at_the_lowest_priority(tmp_path: Path) -> None:
    """`spojka run` starts the reports' process and reads its catalog in the background, so that
    the first /pokryti is drawn at once; the fork server's imports, the worker and the catalog all
    run in the idle class (they ran beside the answers at the bot's priority when the first report
    started them), and the bot itself keeps its own, in every thread."""
    from tests.conftest import sample_in_memory

    url = f"sqlite:///{tmp_path / 'kb.sqlite3'}"
    sample_in_memory(tmp_path / "kb.sqlite3").dispose()
    done = subprocess.run(
        [sys.executable, "-c", _PREPARED, str(Path(__file__).resolve().parents[2]), url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    worker_idle, server_idle, bot_idle, catalog_read = done.stdout.split()
    assert (worker_idle, server_idle, bot_idle, catalog_read) == ("True", "True", "False", "True")


async def test_nothing_is_prepared_for_a_database_only_this_process_can_open(tmp_path: Path) -> None:
    """An in-memory database (tests, a trial run) has its reports drawn on a thread: no process
    to prepare. A file is prepared (what `spojka run` on the embedded default has)."""
    from bot.search.engine import AnswerEngine
    from handlers import reports
    from handlers.context import Services
    from tests.conftest import sample_in_memory

    async def prepared(engine: Engine) -> bool:
        task = reports.prepare_in_background(Services(Settings(), engine, AnswerEngine(engine)))
        if task is None:
            return False
        await task
        reports.stop_worker()
        return True

    assert not await prepared(sample_in_memory())
    assert await prepared(sample_in_memory(tmp_path / "kb.sqlite3"))
