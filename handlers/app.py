"""The composition root: one Application built from Settings, every handler registered here.

Order matters: the flood guard sees every update first (group -2); a registration step may
take a text next (group -1); then commands; then plain text (a question); then buttons,
inline queries and everything else.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import time as dt_time

from sqlalchemy import Engine
from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.buttons import ACTIONS, pattern
from bot.delivery.courier import Courier, Limits
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
    plans,
    registration,
    reminders,
    reports,
    search,
)
from handlers.context import Services
from handlers.delivery import telegram_sender

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
)


def build_application(settings: Settings, *, engine: Engine | None = None) -> Application:  # type: ignore[type-arg]
    if settings.telegram_token is None:
        raise ValueError("SPOJKA_TELEGRAM_TOKEN is not set")
    # httpx logs every request URL at INFO, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    application = (
        ApplicationBuilder()
        .token(settings.telegram_token.get_secret_value())
        .base_url(settings.bot_api_base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.tzinfo))
        .rate_limiter(AIORateLimiter(max_retries=2))
        .post_init(_starting(settings, engine))
        .post_shutdown(_stopping)
        .build()
    )
    # 1. every update: a polite per-user limit
    application.add_handler(TypeHandler(Update, common.flood_guard), group=-2)
    # ... and text the bot asked for (an organisation's name, a number, a date) is not a question
    application.add_handler(
        MessageHandler(filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE, awaiting.awaited_text),
        group=-1,
    )
    # 2. commands
    application.add_handler(CommandHandler("start", registration.start))
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
        CallbackQueryHandler(browse.card_button, pattern=pattern("c", "e", "m", "v", "o"))
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
    application.add_handler(CallbackQueryHandler(search.answer_button, pattern=pattern("p", "d", "r")))
    application.add_handler(CallbackQueryHandler(common.unknown_button))  # old or forged buttons
    application.add_handler(InlineQueryHandler(search.inline_query))
    # 5. anything else a person can send: stickers, photos, voice, edits...
    application.add_handler(MessageHandler(filters.ChatType.PRIVATE, common.not_text))
    application.add_error_handler(common.on_error)
    return application


def _starting(settings: Settings, engine: Engine | None):  # type: ignore[no-untyped-def]
    async def post_init(application: Application) -> None:  # type: ignore[type-arg]
        from bot.database import open_database

        database = engine if engine is not None else open_database(settings)
        answers = AnswerEngine(database, stale_days=settings.capacity_stale_days)
        answers.index()  # built now, not on the first user's question
        application.bot_data["services"] = Services(settings, database, answers)
        application.bot_data["owns_engine"] = engine is None
        # The delivery engine sends notifications and broadcasts from the outbox, paced.
        limits = Limits(
            per_second=settings.send_per_second,
            private_gap=settings.send_private_gap,
            group_gap=60.0 / settings.send_group_per_minute,
        )
        courier = Courier(database, telegram_sender(application.bot), limits)
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
                events.delivery_reports, interval=3, first=3, name="delivery-reports"
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


async def _stopping(application: Application) -> None:  # type: ignore[type-arg]
    courier = application.bot_data.get("courier")
    if courier is not None:
        courier.stop()
        await application.bot_data["courier_task"]
    services = application.bot_data.get("services")
    if services is not None and application.bot_data.get("owns_engine"):
        services.engine.dispose()
