"""What every handler reaches through context.bot_data, and who the user is to Spojka."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from telegram import Update
from telegram.ext import ContextTypes

from bot.i18n import language_of
from bot.search.engine import AnswerEngine
from bot.settings import Settings


@dataclass
class Services:
    """Built once in post_init (handlers/app.py)."""

    settings: Settings
    engine: Engine
    answers: AnswerEngine


def services_of(context: ContextTypes.DEFAULT_TYPE) -> Services:
    services: Services = context.bot_data["services"]
    return services


def language(update: Update) -> str:
    user = update.effective_user
    return language_of(user.language_code if user else None)


def sees_personal_contacts(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Contact persons' phones and e-mails: for approved users only.

    Until registration lands, only the coordinators named in Settings count as approved.
    """
    user = update.effective_user
    return user is not None and user.id in services_of(context).settings.coordinator_ids
