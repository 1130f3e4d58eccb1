"""/moje_data and /smazat_ucet; the daily retention and freshness jobs."""

from __future__ import annotations

import asyncio
from datetime import datetime

from sqlalchemy import Engine
from telegram import InputFile, Update
from telegram.ext import ContextTypes

from bot import clock
from bot.buttons import Button, Tap, pack, unpack
from bot.followup import handovers, plans
from bot.network import account
from bot.providers import freshness
from bot.settings import Settings
from bot.text.i18n import text
from handlers.common import replace_message
from handlers.context import language, services_of, wake_courier
from handlers.keyboards import markup


async def my_data_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    with services_of(context).unit_of_work() as session:
        exported = account.export(session=session, user_id=user.id)
    await context.bot.send_document(
        chat.id,
        InputFile(exported, filename="spojka-moje-data.json"),
        caption=text(language(update, context), "account.export_caption"),
    )


async def erase_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    lang = language(update, context)
    buttons = [
        [
            Button(text(lang, "account.erase_yes"), pack("ax", "yes")),
            Button(text(lang, "account.erase_no"), pack("ax", "no")),
        ]
    ]
    await message.reply_text(text(lang, "account.erase_confirm"), reply_markup=markup(buttons))


async def erase_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    lang = language(update, context)
    await query.answer()
    if unpack(query.data) != Tap("ax", ("yes",)):
        await replace_message(query, context, text(lang, "account.kept"))
        return
    with services_of(context).unit_of_work() as session:
        account.erase(session=session, user_id=user.id)
    context.bot_data.get("languages", {}).pop(user.id, None)
    if context.user_data is not None:
        context.user_data.clear()
    await replace_message(query, context, text(lang, "account.erased"))


async def daily_upkeep(context: ContextTypes.DEFAULT_TYPE) -> None:
    """JobQueue, daily: closed handovers past the retention are anonymised; providers are
    asked to confirm data older than the freshness period (coordinators told after two)."""
    services = services_of(context)
    # on a thread: asking for confirmations reads every service (~1 s at 20,000 services, ~7 s
    # the first time, when thousands are asked), and everybody is answered meanwhile
    asked = await asyncio.to_thread(_upkeep, services.engine, services.settings, clock.utc_now())
    if any(asked.values()):
        wake_courier(context)


def _upkeep(engine: Engine, settings: Settings, now: datetime) -> dict[str, int]:
    handovers.anonymise_closed(engine, now=now, retention_days=settings.handover_retention_days)
    plans.anonymise_closed(engine, now=now, retention_days=settings.handover_retention_days)
    return freshness.check(
        engine, now=now, every_days=settings.freshness_days, coordinator_ids=settings.coordinator_ids
    )
