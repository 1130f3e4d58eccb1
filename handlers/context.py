"""What every handler reaches through context.bot_data, and who the user is to Spojka."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlmodel import Session
from telegram import Update
from telegram.ext import ContextTypes

from bot.database import reading, unit_of_work
from bot.network import registration
from bot.network.permissions import Who, can
from bot.search.engine import AnswerEngine
from bot.search.index import SearchIndex
from bot.settings import Settings
from bot.text.i18n import language_of
from handlers.bounded import recent

T = TypeVar("T")


@dataclass
class Services:
    """Built once in post_init (handlers/app.py)."""

    settings: Settings
    engine: Engine
    answers: AnswerEngine

    def unit_of_work(self) -> AbstractContextManager[Session]:
        """The session of one person's action (bot/database.unit_of_work)."""
        return unit_of_work(self.engine)

    def act(self, action: Callable[..., T], /, **values: Any) -> T:
        """One core call in a unit of work of its own (reads, and single changes)."""
        with unit_of_work(self.engine) as session:
            return action(session=session, **values)

    async def act_in_thread(self, action: Callable[..., T], /, **values: Any) -> T:
        """`act` on a thread, for a call that reads across the whole knowledge base (every
        organisation's name, every service a coordinator may edit: 15-75 ms at 20,000 services),
        so that the event loop answers everybody else meanwhile."""
        return await asyncio.to_thread(self.act, action, **values)

    async def index(self) -> SearchIndex:
        """The answer index of the newest knowledge base. After an import it is rebuilt (~0.75 s
        at 20,000 services) or its capacities reloaded: that runs on a thread, so that the
        event loop answers everybody else meanwhile."""
        index = self.answers.current()
        if index is None:
            index = await asyncio.to_thread(self.answers.index)
        return index

    def read(self, action: Callable[..., T], /, **values: Any) -> T:
        """One core call that only reads (bot/database.reading): what an answer reads before
        it is sent. A call that writes must use `act`: here nothing is committed."""
        with reading(self.engine) as session:
            return action(session=session, **values)


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
        stored = services_of(context).act(registration.profile, user_id=user.id)
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
    return services.act(registration.who, user_id=user.id, coordinator_ids=services.settings.coordinator_ids)


def person(update: Update, context: ContextTypes.DEFAULT_TYPE) -> tuple[Who, str]:
    """`current_who` and `language` from one read of the person's account (a question's path).

    Who they are is read every time, so an approval, a suspension or a removal made by any
    instance of the bot counts at once; the language read with it refreshes the remembered one."""
    user = update.effective_user
    if user is None:
        return Who(0), language_of(None)
    services = services_of(context)
    who, chosen = services.read(registration.account, user_id=user.id)
    recent(context.bot_data, "languages")[user.id] = chosen
    if user.id in services.settings.coordinator_ids:  # named in Settings, whatever the account says
        who = Who(user.id, "coordinator", True)
    return who, language_of(user.language_code, chosen)


def sees_personal_contacts(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Contact persons' phones and e-mails: for approved users only (bot/network/permissions.py)."""
    return can(current_who(update, context), "see_personal_contacts")


def wake_courier(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Something was queued in the outbox: send it now rather than at the next poll."""
    courier = context.bot_data.get("courier")
    if courier is not None:
        courier.wake()
