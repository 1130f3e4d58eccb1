"""/pokryti, /kvalita, /statistiky: coordinators' reports as pictures, tables and text.

A report at 20,000 services takes seconds of database reading and drawing. That work never
runs on the event loop, where it would hold back every answer to everybody and make
scheduled jobs miss their time. The charts run in a worker process of their own when the
database can be opened from there (a file or PostgreSQL; the coverage charts read the catalog
there, the usage chart is drawn from the summary read here): on a thread, drawing would still
hold Python's interpreter lock for long stretches and slow every answer (p99 0.55 s instead
of 0.04 s at 20 questions a second, bench/bench_latency.py). An in-memory database (tests,
`spojka chat`) is drawn on a thread. One worker of each: pyplot is not thread-safe, and two
coordinators can wait for each other.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import timedelta
from typing import Any, TypeVar

from sqlalchemy import Engine
from telegram import InputFile, Update
from telegram.ext import ContextTypes, ExtBot

from bot import clock, priority
from bot.buttons import Button, pack
from bot.database import in_memory
from bot.directory.services import need_names
from bot.followup import plans
from bot.network.permissions import can
from bot.providers import freshness
from bot.reports import coverage, files, quality, usage
from bot.search.understanding import region_in
from bot.settings import Settings
from bot.text.i18n import text
from handlers.context import Services, current_who, language, services_of, wake_courier
from handlers.delivery import LATER
from handlers.keyboards import markup

_T = TypeVar("_T")
_REPORTS = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reports")
_worker: ProcessPoolExecutor | None = None
log = logging.getLogger(__name__)


async def off_loop(work: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
    """Blocking report work on the reports' thread; the loop answers others meanwhile."""
    return await asyncio.get_running_loop().run_in_executor(
        _REPORTS, functools.partial(work, *args, **kwargs)
    )


async def in_worker(work: Callable[..., _T], *args: Any, lowest: bool = True) -> _T:
    """Report work in the reports' process (started on first use; `work` is module-level).
    `lowest`: the process draws at the lowest priority (Settings.reports_priority), decided
    when it starts."""
    global _worker
    if _worker is None:
        # From a fork server, not a fork of this process: this one has threads (the courier's,
        # PTB's) and an event loop. The server, a fresh interpreter, imports the drawing code
        # once per bot (~1-2 s of a core; in the idle class when `spojka run` started it,
        # `prepare_in_background`); each worker forked from it is ready at once and takes the
        # lowest priority in its initializer (a module that imports nothing), so that on busy
        # cores drawing takes what the bot's answers leave. It also ends when the bot is
        # killed, instead of drawing on orphaned.
        _worker = ProcessPoolExecutor(
            max_workers=1,
            mp_context=_process_context(),
            initializer=priority.background_worker,
            initargs=(os.getpid(), lowest),
        )
    # submitted from a thread: the first submit starts the fork server if none runs and waits
    # for its imports (seconds), which on the loop would hold back every answer meanwhile
    submitted = await asyncio.to_thread(_worker.submit, work, *args)
    return await asyncio.wrap_future(submitted)


async def _fork_server_in_the_idle_class() -> None:
    """The fork server started from a thread of its own in the idle class (on Linux a class
    belongs to a thread, and a process started from it inherits it), so that the server's
    imports (~1-2 s of a core) and every worker forked from it take only what the bot's answers
    leave. Only the server: the executor's own threads in the bot (the one that unpickles every
    report's files holds the interpreter lock meanwhile) must not be in the idle class, where a
    busy core could leave them stopped while the event loop waits for that lock."""
    from multiprocessing import forkserver

    _process_context()  # the preloaded modules are set before the server starts

    def start() -> None:
        priority.lowest()  # this thread only: it ends once the server is up
        forkserver.ensure_running()

    starting = threading.Thread(target=start, name="reports-start", daemon=True)
    starting.start()
    await asyncio.to_thread(starting.join)


def prepare_in_background(services: Services) -> asyncio.Task[None] | None:
    """At `spojka run`'s start: the reports' process started, its catalog read, in the idle
    class, so that the first /pokryti neither waits seconds for them nor has them compete with
    the answers to people asking then. Only where reports are drawn in their own process (a
    database another process can open) at the lowest priority (the default). The worker then
    holds its own catalog from the start (~175 MB at 20,000 services, as `spojka report
    coverage` does), whether or not anybody asks for a report."""
    url = shareable_url(services.engine)
    if url is None or not lowest_priority(services.settings):
        return None
    task = asyncio.get_running_loop().create_task(_prepared(url))
    _preparing.add(task)
    task.add_done_callback(_preparing.discard)
    return task


_preparing: set[asyncio.Task[None]] = set()  # kept until done (the loop keeps only weak ones)


async def _prepared(url: str) -> None:
    try:
        if hasattr(os, "SCHED_IDLE"):
            await _fork_server_in_the_idle_class()
        await in_worker(_catalog_read, url)
    except Exception:  # the first report starts it again, and says so if it fails
        log.warning("the reports' process could not be prepared", exc_info=True)


def _catalog_read(url: str) -> None:
    """The catalog read into the worker and kept there; nothing sent back (it is the size of
    the knowledge base)."""
    _catalog(url)


def _process_context() -> Any:
    """Where the reports' process comes from: a fork of a server process that has imported the
    drawing code once (the bot's lifetime), so that a process started again (after a
    shutdown, or by every test's bot) is ready at once instead of after ~2 s of imports."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(_PRELOADED))
    return context


# what the reports' process needs, imported once by the fork server (not Alembic nor pyplot: a
# worker that draws the usage chart imports pyplot itself, after it has taken the lowest
# priority; the heatmaps are drawn with Pillow). Python 3.11's fork server ignores the bot's
# sys.path and finds these through the installed package (or PYTHONPATH); a module it cannot
# import is skipped silently and imported by the worker.
_PRELOADED = (
    "handlers.reports",
    "bot.search.engine",
    "matplotlib.backends.backend_agg",
    "PIL.ImageDraw",
    "PIL.ImageFont",
)


def lowest_priority(settings: Settings) -> bool:
    """Whether the reports' process draws in the idle class (Settings.reports_priority)."""
    return settings.reports_priority == "idle"


async def _drawn(context: ContextTypes.DEFAULT_TYPE, work: Callable[..., _T], *args: Any) -> _T:
    """`work` in the reports' process, started at the bot's priority if it is not running."""
    return await in_worker(work, *args, lowest=lowest_priority(services_of(context).settings))


def stop_worker() -> None:
    global _worker
    if _worker is not None:
        _worker.shutdown(wait=False, cancel_futures=True)
        _worker = None


def shareable_url(engine: Engine) -> str | None:
    """The database's URL if another process can open it (not an in-memory SQLite)."""
    if in_memory(engine.url):
        return None
    return engine.url.render_as_string(hide_password=False)


_engines: dict[str, Any] = {}  # in the worker process: one answer engine per database


def _catalog(url: str) -> Any:
    """In the worker process: the catalog, rebuilt only after an import (as in the bot)."""
    from bot.database import create_db_engine
    from bot.search.engine import AnswerEngine

    if url not in _engines:
        _engines[url] = AnswerEngine(create_db_engine(url))
    return _engines[url].index().catalog


def _coverage_gaps(url: str, region: str | None) -> int:
    return coverage.prisons_by_need(_catalog(url), region=region).gaps()


def _coverage_files(url: str, language: str, region: str | None) -> dict[str, bytes]:
    return files.coverage_files(_catalog(url), language=language, region=region)


def _usage_files(found: usage.Usage, language: str) -> dict[str, bytes]:
    return files.usage_files(found, language=language)


async def _allowed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    if can(current_who(update, context), "view_reports"):
        return True
    if update.effective_message is not None:
        await update.effective_message.reply_text(text(language(update, context), "reports.not_allowed"))
    return False


async def _send_files(update: Update, context: ContextTypes.DEFAULT_TYPE, found: dict[str, bytes]) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    # The report's text has arrived; its files take what people's answers leave (LATER).
    bot: ExtBot[Any] = context.bot
    for name, content in found.items():
        if name.endswith(".png"):
            await bot.send_photo(chat.id, InputFile(content, filename=name), rate_limit_args=LATER)
        else:
            await bot.send_document(chat.id, InputFile(content, filename=name), rate_limit_args=LATER)


async def coverage_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await _allowed(update, context) or update.effective_message is None:
        return
    lang = language(update, context)
    typed = " ".join(context.args or []).strip()[:200]
    services = services_of(context)
    index = await services.index()
    region = region_in(typed, index) if typed else None
    if typed and region is None:
        await update.effective_message.reply_text(text(lang, "reports.bad_region", name=typed[:60]))
        return
    url = shareable_url(services.engine)
    if url is not None:
        gaps = await _drawn(context, _coverage_gaps, url, region)
    else:
        catalog = index.catalog
        gaps = (await off_loop(coverage.prisons_by_need, catalog, region=region)).gaps()
    body = text(lang, "reports.coverage", where=f" – {region}" if region else "", count=gaps)
    since = clock.utc_now() - timedelta(days=365)
    planned = await off_loop(services.act, plans.gaps_by_region, since=since)
    names = await off_loop(services.act, need_names)
    missing = [f"{r} – {names.get(n, n)}: {c}" for r, n, c in planned if region is None or r == region]
    if missing:  # release plans that found nothing fitting in the client's region
        body += "\n" + text(lang, "reports.plan_gaps", gaps="\n".join(missing[:10]))
    await update.effective_message.reply_text(body)
    if url is not None:
        found = await _drawn(context, _coverage_files, url, lang, region)
    else:
        found = await off_loop(files.coverage_files, catalog, language=lang, region=region)
    await _send_files(update, context, found)


async def quality_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await _allowed(update, context) or update.effective_message is None:
        return
    lang = language(update, context)
    services = services_of(context)
    stale_days = services.settings.capacity_stale_days
    report = await off_loop(services.act, quality.by_organization, stale_days=stale_days)
    worst = [q for q in report if q.problems][:15]
    lines = [text(lang, "reports.quality_title") if worst else text(lang, "reports.quality_ok")]
    lines += [
        text(
            lang,
            "reports.quality_line",
            organization=q.organization,
            old90=q.unverified_90,
            services=q.services,
            old180=q.unverified_180,
            capacities=q.stale_capacities,
            contacts=q.no_contacts,
            eligibility=q.no_eligibility,
        )
        for q in worst
    ]
    button = markup([[Button(text(lang, "reports.send_requests"), pack("rq", "send"))]])
    await update.effective_message.reply_text("\n".join(lines), reply_markup=button if worst else None)
    # a table of the report just read: nothing to read again or draw
    await _send_files(update, context, await off_loop(files.quality_files, report))


async def send_requests_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    if not can(current_who(update, context), "view_reports"):
        await query.answer(text(lang, "reports.not_allowed"), show_alert=True)
        return
    settings = services_of(context).settings
    done = await off_loop(
        freshness.check,
        services_of(context).engine,
        now=clock.utc_now(),
        every_days=settings.freshness_days,
        coordinator_ids=settings.coordinator_ids,
    )
    wake_courier(context)
    await query.answer(
        text(
            lang,
            "reports.requests_sent",
            asked=done["asked"],
            again=done["asked_again"],
            escalated=done["escalated"],
        ),
        show_alert=True,
    )


async def usage_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await _allowed(update, context) or update.effective_message is None:
        return
    lang = language(update, context)
    services = services_of(context)
    found = await off_loop(services.act, usage.summary)
    none = text(lang, "reports.none")
    body = text(
        lang,
        "reports.usage",
        questions=found.questions,
        share=round(100 * found.answered_share),
        unanswered="\n".join(f"• {q} ({n}×)" for q, n in found.unanswered[:10]) or none,
        users=", ".join(
            f"{text(lang, f'role.{role}') if role else '?'} / {region or '?'}: {count}"
            for role, region, count in found.users
        )
        or none,
        handovers=", ".join(f"{text(lang, f'handover.status.{s}')}: {n}" for s, n in found.handovers) or none,
    )
    await update.effective_message.reply_text(body)
    if shareable_url(services.engine) is not None:
        found_files = await _drawn(context, _usage_files, found, lang)
    else:
        found_files = await off_loop(files.usage_files, found, language=lang)
    await _send_files(update, context, found_files)
