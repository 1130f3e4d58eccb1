"""What every handler reaches through context.bot_data, and who the user is to Spojka."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from telegram import Update
from telegram.ext import ContextTypes

from bot.network import registration
from bot.network.permissions import Who, can
from bot.search.engine import AnswerEngine
from bot.settings import Settings
from bot.text.i18n import language_of
from handlers.bounded import recent


@dataclass
class Services:
    """Built once in post_init (handlers/app.py)."""

    settings: Settings
    engine: Engine
    answers: AnswerEngine


def services_of(context: ContextTypes.DEFAULT_TYPE) -> Services:
    services: Services = context.bot_data["services"]
    return services


def language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The language chosen in /profil, else Telegram's (English or Czech), else Czech."""
    user = update.effective_user
    if user is None:
        return language_of(None)
    chosen = recent(context.bot_data, "languages")
    if user.id not in chosen:
        stored = registration.profile(services_of(context).engine, user_id=user.id)
        chosen[user.id] = stored.language if stored else None
    chosen.touch(user.id)
    return language_of(user.language_code, chosen[user.id])


def remember_language(context: ContextTypes.DEFAULT_TYPE, user_id: int, chosen: str) -> None:
    recent(context.bot_data, "languages")[user_id] = chosen


def current_who(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Who:
    user = update.effective_user
    if user is None:
        return Who(0)
    services = services_of(context)
    return registration.who(
        services.engine, user_id=user.id, coordinator_ids=services.settings.coordinator_ids
    )


def sees_personal_contacts(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Contact persons' phones and e-mails: for approved users only (bot/permissions.py)."""
    return can(current_who(update, context), "see_personal_contacts")


def wake_courier(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Something was queued in the outbox: send it now rather than at the next poll."""
    courier = context.bot_data.get("courier")
    if courier is not None:
        courier.wake()


# Text the bot is waiting for (a number, a date, a field's new value, quiet hours): one at a time.
PENDING_INPUTS = (
    "capacity_input",
    "edit_input",
    "quiet_input",
    "digest_input",
    "event_input",
    "handover_input",
)


def expect(context: ContextTypes.DEFAULT_TYPE, key: str, value: object) -> None:
    """Wait for a typed value; whatever was awaited before is forgotten (the newest button wins)."""
    if context.user_data is None:
        return
    for other in PENDING_INPUTS:
        context.user_data.pop(other, None)
    context.user_data[key] = value


def forget_inputs(context: ContextTypes.DEFAULT_TYPE) -> bool:
    """/zrusit: stop waiting for anything; True when something was awaited."""
    if context.user_data is None:
        return False
    popped = [
        context.user_data.pop(key, None) for key in (*PENDING_INPUTS, "event_draft", "handover_draft")
    ]  # all of them
    return any(value is not None for value in popped)
