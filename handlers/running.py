"""`spojka run`: the bot against Telegram (or any Bot API server), by long polling."""

from __future__ import annotations

from telegram import Update

from bot.settings import Settings
from handlers.app import build_application


def run_polling(settings: Settings) -> int:
    application = build_application(settings)
    application.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    return 0
