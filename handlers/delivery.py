"""The Telegram side of the delivery engine: one send, and what came of it."""

from __future__ import annotations

from typing import Any

from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter
from telegram.ext import ExtBot

from bot.delivery.courier import Outcome, Sender
from handlers.keyboards import markup_from_json


def telegram_sender(bot: ExtBot[Any]) -> Sender:
    async def send(chat_id: int, text: str, markup: dict[str, Any] | None) -> Outcome:
        keyboard = markup_from_json(markup)
        try:
            # The courier paces itself; PTB's rate limiter must not retry behind its back.
            message = await bot.send_message(chat_id, text, reply_markup=keyboard, rate_limit_args=0)
        except RetryAfter as error:
            wait = error.retry_after
            seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
            return Outcome("retry_after", retry_after=seconds)
        except ChatMigrated as error:
            return Outcome("migrated", new_chat_id=error.new_chat_id)
        except Forbidden as error:
            return Outcome("blocked", error=str(error))
        except BadRequest as error:
            return Outcome("permanent", error=str(error))
        except NetworkError as error:  # timeouts and 5xx
            return Outcome("temporary", error=str(error))
        return Outcome("sent", message_id=message.message_id)

    return send
