"""The composition root: every button the core can make reaches a handler of its own."""

from __future__ import annotations

from pydantic import SecretStr
from telegram import CallbackQuery, Update, User
from telegram.ext import CallbackQueryHandler

from bot.buttons import ACTIONS, pack
from bot.settings import Settings
from handlers import common
from handlers.app import build_application


def test_every_button_action_has_its_handler() -> None:
    application = build_application(Settings(telegram_token=SecretStr("1:offline")))
    taps = [
        handler
        for group in application.handlers.values()
        for handler in group
        if isinstance(handler, CallbackQueryHandler)
    ]
    for action in ACTIONS:
        data = pack(action, 1)
        taker = next(handler for handler in taps if handler.check_update(_tap(data)))
        assert taker.callback is not common.unknown_button, f"no handler takes {data!r}"


def _tap(data: str) -> Update:
    user = User(1, "Jana", is_bot=False)
    return Update(1, callback_query=CallbackQuery("1", user, chat_instance="1", data=data))
