"""The composition root: one Application built from Settings, every handler registered here.

Order matters: the flood guard sees every update first (group -2); a registration step may
take a text next (group -1); then commands; then plain text (a question); then buttons,
inline queries and everything else.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import time as dt_time
from typing import Any

from sqlalchemy import Engine
from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    JobQueue,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import privacy
from bot.buttons import ACTIONS, pattern
from bot.delivery.budget import SendBudget
from bot.delivery.courier import Courier, Limits
from bot.delivery.leadership import Leadership
from bot.search.engine import AnswerEngine
from bot.settings import Settings
from bot.text.i18n import LANGUAGES, text
from handlers import (
    account,
    awaiting,
    browse,
    capacity,
    common,
    editing,
    events,
    follow,
    handovers,
    people,
    plans,
    registration,
    reminders,
    reports,
    search,
)
from handlers.context import Services
from handlers.delivery import SharedRateLimiter, telegram_sender
from handlers.redaction import hide_token_in_logs
from handlers.transport import JsonRequest
from handlers.updates import PerChatUpdateProcessor

EVENT_ACTIONS = tuple(action for action in ACTIONS if action.startswith("ev"))

COMMANDS = (
    "start",
    "pomoc",
    "veznice",
    "organizace",
    "predani",
    "plan",
    "plany",
    "pripomen",
    "akce",
    "kapacita",
    "sluzby",
    "odbery",
    "profil",
    "zrusit",
    "moje_data",
    "smazat_ucet",
    "pokryti",
    "kvalita",
    "statistiky",
    "lide",
)
# Commands with personal or case data (a person's export, reminders, handovers, profile, people,
# invitations): answered only in the person's private chat; in a group, a pointer to it.
PRIVATE_ONLY = (
    "start",
    "profil",
    "pozvanka",
    "predani",
    "pripomen",
    "moje_data",
    "smazat_ucet",
    "odbery",
    "akce",
    "lide",
)


def build_application(settings: Settings, *, engine: Engine | None = None) -> Application:  # type: ignore[type-arg]
    if settings.telegram_token is None:
        raise ValueError("SPOJKA_TELEGRAM_TOKEN is not set")
    # httpx logs every request URL at INFO, and the URL holds the token; whatever still
    # carries it (DEBUG logs, PTB's InvalidToken) is redacted.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    hide_token_in_logs(settings.telegram_token.get_secret_value())
    # One budget of Telegram's messages a second for replies and the courier; replies first.
    budget = SendBudget(settings.send_per_second)
    application = (
        ApplicationBuilder()
        .token(settings.telegram_token.get_secret_value())
        .base_url(settings.bot_api_base_url)
        # JSON bodies, not forms (handlers/transport.py); PTB's pool sizes
        .request(JsonRequest(connection_pool_size=256))
        .get_updates_request(JsonRequest(connection_pool_size=1))
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.tzinfo))
        .rate_limiter(SharedRateLimiter(budget))
        .job_queue(LeaderJobQueue())
        .concurrent_updates(PerChatUpdateProcessor())
        .post_init(_starting(settings, engine))
        .post_shutdown(_stopping)
        .build()
    )
    # 0. an edited command is never run again
    application.add_handler(
        MessageHandler(filters.UpdateType.EDITED & filters.COMMAND, common.edited_command), group=-3
    )
    application.bot_data["budget"] = budget
    # 1. every update: a polite per-user limit
    application.add_handler(TypeHandler(Update, common.flood_guard), group=-2)
    # ... and text the bot asked for (an organisation's name, a number, a date) is not a question
    application.add_handler(
        MessageHandler(filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE, awaiting.awaited_text),
        group=-1,
    )
    # 2. commands (those with personal or case data: only in private chats)
    application.add_handler(
        CommandHandler(PRIVATE_ONLY, common.private_only, filters=~filters.ChatType.PRIVATE)
    )
    application.add_handler(CommandHandler("start", registration.start))
    application.add_handler(CommandHandler("lide", people.people_command))
    application.add_handler(CommandHandler("profil", registration.profile_command))
    application.add_handler(CommandHandler("pozvanka", registration.invite_command))
    application.add_handler(CommandHandler("kapacita", capacity.capacity_command))
    application.add_handler(CommandHandler("sluzby", editing.services_command))
    application.add_handler(CommandHandler("akce", events.events_command))
    application.add_handler(CommandHandler("predani", handovers.handovers_command))
    application.add_handler(CommandHandler(["plan", "plan_propusteni"], plans.plan_command))
    application.add_handler(CommandHandler("plany", plans.plans_command))
    application.add_handler(CommandHandler("pripomen", reminders.remind_command))
    application.add_handler(CommandHandler("moje_data", account.my_data_command))
    application.add_handler(CommandHandler("pokryti", reports.coverage_command))
    application.add_handler(CommandHandler("kvalita", reports.quality_command))
    application.add_handler(CommandHandler("statistiky", reports.usage_command))
    application.add_handler(CommandHandler("smazat_ucet", account.erase_command))
    application.add_handler(CommandHandler("odbery", follow.followed_command))
    application.add_handler(CommandHandler("zrusit", awaiting.cancel_command))
    application.add_handler(CommandHandler(["pomoc", "help"], common.help_command))
    application.add_handler(CommandHandler("veznice", browse.prison_command))
    application.add_handler(CommandHandler("organizace", browse.organization_command))
    application.add_handler(MessageHandler(filters.COMMAND, common.unknown_command))
    # 3. a plain text message is a question
    application.add_handler(
        # in groups plain text is conversation between people; there the bot answers commands
        # and inline queries only
        MessageHandler(
            filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE,
            search.question,
        )
    )
    # 4. buttons, inline mode
    application.add_handler(
        CallbackQueryHandler(browse.card_button, pattern=pattern("c", "cc", "e", "m", "v", "o"))
    )
    application.add_handler(CallbackQueryHandler(browse.eligibility_button, pattern=pattern("q")))
    application.add_handler(CallbackQueryHandler(follow.follow_button, pattern=pattern("s")))
    application.add_handler(CallbackQueryHandler(follow.unfollow_button, pattern=pattern("u")))
    application.add_handler(CallbackQueryHandler(follow.scope_button, pattern=pattern("fr", "fp")))
    application.add_handler(CallbackQueryHandler(follow.add_need_button, pattern=pattern("fa", "fn")))
    application.add_handler(
        CallbackQueryHandler(follow.settings_button, pattern=pattern("fs", "fm", "fh", "fq"))
    )
    application.add_handler(
        CallbackQueryHandler(editing.edit_button, pattern=pattern("ed", "ef", "ea", "eh"))
    )
    application.add_handler(CallbackQueryHandler(events.event_button, pattern=pattern(*EVENT_ACTIONS)))
    application.add_handler(
        CallbackQueryHandler(
            handovers.handover_button, pattern=pattern("ho", "hn", "hx", "hc", "hv", "hm", "hd", "hr", "hf")
        )
    )
    application.add_handler(
        CallbackQueryHandler(
            plans.plan_button,
            pattern=pattern("pl", "pln", "pla", "plb", "plw", "plo", "pls", "plh", "plk", "plt", "plz"),
        )
    )
    application.add_handler(CallbackQueryHandler(reminders.cancel_button, pattern=pattern("rc")))
    application.add_handler(CallbackQueryHandler(account.erase_button, pattern=pattern("ax")))
    application.add_handler(CallbackQueryHandler(reports.send_requests_button, pattern=pattern("rq")))
    application.add_handler(
        CallbackQueryHandler(
            capacity.capacity_button, pattern=pattern("k", "k+", "k-", "k0", "kn", "kd", "kc", "kh")
        )
    )
    application.add_handler(CallbackQueryHandler(registration.role_button, pattern=pattern("role")))
    application.add_handler(CallbackQueryHandler(registration.organization_button, pattern=pattern("org")))
    application.add_handler(CallbackQueryHandler(registration.region_button, pattern=pattern("reg")))
    application.add_handler(CallbackQueryHandler(registration.decision_button, pattern=pattern("ok", "no")))
    application.add_handler(
        CallbackQueryHandler(registration.profile_button, pattern=pattern("prof", "lang"))
    )
    application.add_handler(
        CallbackQueryHandler(search.answer_button, pattern=pattern("p", "d", "r", "an", "aw"))
    )
    application.add_handler(CallbackQueryHandler(people.people_button, pattern=pattern("pp")))
    application.add_handler(CallbackQueryHandler(common.unknown_button))  # old or forged buttons
    application.add_handler(InlineQueryHandler(search.inline_query))
    # 5. anything else a person can send: stickers, photos, voice, edits...
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE, common.not_text))
    application.add_error_handler(common.on_error)
    return application


def _starting(settings: Settings, engine: Engine | None):  # type: ignore[no-untyped-def]
    async def post_init(application: Application) -> None:  # type: ignore[type-arg]
        from bot.database import checkpoint_every, checkpoints_by_hand, open_database

        database = engine if engine is not None else open_database(settings)
        # a SQLite file of the bot's own (not an engine a caller lent, which it may write to
        # after the bot has stopped): its checkpoints run on a thread
        if engine is None and checkpoints_by_hand(database):
            checkpoints = asyncio.get_running_loop().create_task(checkpoint_every(database))
            application.bot_data["checkpoints"] = checkpoints
        answers = AnswerEngine(
            database,
            stale_days=settings.capacity_stale_days,
            on_index=privacy.learn_from_index,
            remember=settings.remembered_cards,
        )
        answers.index()  # built now, not on the first user's question
        # every card's details too: a page of answers then reads none (~2.5 ms each at 20,000
        # services on the event loop, the largest part of a slow answer)
        await asyncio.to_thread(answers.remember_cards)
        # the privacy check's dictionaries too (~1.5 s): the first unanswered question (its log
        # row is checked) must not hold up everybody's answers while they load
        await asyncio.to_thread(privacy.load)
        application.bot_data["services"] = Services(settings, database, answers)
        application.bot_data["owns_engine"] = engine is None
        # Of several instances on one database, one sends the outbox and runs the jobs.
        application.bot_data["leadership"] = Leadership(database)
        # The delivery engine sends notifications and broadcasts from the outbox, paced.
        courier = courier_for(application, database, settings)
        application.bot_data["courier"] = courier
        application.bot_data["courier_task"] = asyncio.get_running_loop().create_task(courier.run())
        if application.job_queue is not None:
            # PTB counts days from Sunday = 0: (1,) is Monday, at 9:00 in the configured zone.
            application.job_queue.run_daily(
                capacity.weekly_nudge,
                time=dt_time(9, 0, tzinfo=settings.tzinfo),
                days=(1,),
                name="capacity-nudge",
            )
            application.job_queue.run_repeating(follow.daily_digests, interval=60, first=5, name="digests")
            # scheduled events and reminders; the coordinator's live "Odesláno X / N"
            application.job_queue.run_repeating(events.every_minute, interval=60, first=10, name="events")
            application.job_queue.run_repeating(
                events.delivery_reports,
                interval=settings.live_report_seconds,
                first=settings.live_report_seconds,
                name="delivery-reports",
            )
            # reminders: one job each, rebuilt from the rows; a sweep for anything missed
            reminders.rebuild(application)
            application.job_queue.run_repeating(reminders.sweep, interval=60, first=30, name="reminders")
            application.job_queue.run_daily(
                account.daily_upkeep, time=dt_time(10, 0, tzinfo=settings.tzinfo), name="daily-upkeep"
            )
        for language in LANGUAGES:
            commands = [BotCommand(name, text(language, f"commands.{name}")) for name in COMMANDS]
            await application.bot.set_my_commands(commands, language_code=language)
            await application.bot.set_my_description(
                text(language, "bot.description"), language_code=language
            )
            await application.bot.set_my_short_description(
                text(language, "bot.short_description"), language_code=language
            )
        await application.bot.set_my_commands(
            [BotCommand(name, text(settings.default_language, f"commands.{name}")) for name in COMMANDS]
        )

    return post_init


def courier_for(application: Application, engine: Engine, settings: Settings) -> Courier:  # type: ignore[type-arg]
    """The courier exactly as the running bot has it: its bot, budget, limits and leadership."""
    limits = Limits(
        per_second=settings.send_per_second,
        private_gap=settings.send_private_gap,
        group_gap=60.0 / settings.send_group_per_minute,
    )
    return Courier(
        engine,
        telegram_sender(application.bot),
        limits,
        budget=application.bot_data["budget"],
        leadership=application.bot_data.get("leadership"),
    )


class LeaderJobQueue(JobQueue):  # type: ignore[type-arg]
    """Scheduled work (reminders, digests, events, nudges, freshness requests) runs on the
    instance that leads only: two instances on one database fire nothing twice."""

    @staticmethod
    async def job_callback(job_queue: JobQueue, job: Any) -> None:  # type: ignore[type-arg]
        application = job_queue.application
        leadership: Leadership | None = application.bot_data.get("leadership")
        if leadership is not None and not await asyncio.to_thread(leadership.holds):
            return
        await JobQueue.job_callback(job_queue, job)


async def _stopping(application: Application) -> None:  # type: ignore[type-arg]
    courier = application.bot_data.get("courier")
    if courier is not None:
        courier.stop()
        await application.bot_data["courier_task"]
    leadership = application.bot_data.get("leadership")
    if leadership is not None:
        leadership.release()
    reports.stop_worker()
    checkpoints = application.bot_data.get("checkpoints")
    if checkpoints is not None:
        checkpoints.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await checkpoints
    services = application.bot_data.get("services")
    if services is not None and application.bot_data.get("owns_engine"):
        services.engine.dispose()
