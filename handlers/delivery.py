"""The Telegram side of delivery: one send and what came of it, and the bot's rate limiter.

Every request the bot makes passes `SharedRateLimiter` (ApplicationBuilder.rate_limiter):

- the courier's sends (marked `rate_limit_args=COURIER`) go straight through: the courier
  has paced them from the shared budget already, and a 429 must reach it, so that only that
  chat waits (bot/delivery/courier.py);
- what follows a reply the person already has (marked `LATER`: a report's charts and files
  after its text) takes what replies leave, so that nobody's answer waits behind them;
- everything else the bot sends for a person (replies, edits, files) takes a reply slot of
  the same budget, ahead of any broadcast; a 429 makes only that one request wait and try
  once more. PTB's AIORateLimiter would instead hold back every request of the bot while
  one waits, replies to everybody else included.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter, ExtBot

from bot.delivery.budget import SendBudget
from bot.delivery.courier import Outcome, Sender
from handlers.keyboards import markup_from_json

log = logging.getLogger(__name__)

COURIER = "courier"  # rate_limit_args of a send the courier paced itself
LATER = "later"  # rate_limit_args of a send that follows a reply (a report's files): after replies

# Calls that put a message on a screen: these count against Telegram's ~30 a second.
_COUNTED_PREFIXES = ("send", "edit", "copy", "forward")


def counted(endpoint: str) -> bool:
    return endpoint.startswith(_COUNTED_PREFIXES) and endpoint != "sendChatAction"


def _seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the type will become a timedelta
        warnings.simplefilter("ignore", DeprecationWarning)
        wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


class SharedRateLimiter(BaseRateLimiter[str]):
    def __init__(self, budget: SendBudget, *, max_retries: int = 1) -> None:
        self.budget = budget
        self.max_retries = max_retries
        self.retried = 0  # replies that drew a 429 and waited

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],  # noqa: ARG002
        rate_limit_args: str | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        if rate_limit_args == COURIER:
            return await callback(*args, **kwargs)
        paced = counted(endpoint)
        attempt = 0
        while True:
            if paced and rate_limit_args == LATER:
                await self.budget.later()
            elif paced:
                await self.budget.reply()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt >= self.max_retries:
                    raise
                attempt += 1
                self.retried += 1
                log.info("%s drew a 429; this request waits %.1f s", endpoint, _seconds(error))
                await asyncio.sleep(_seconds(error))
            finally:
                if paced:
                    self.budget.landed()


def telegram_sender(bot: ExtBot[Any]) -> Sender:
    """The courier's one send; `bot` must be built with `SharedRateLimiter` (build_application)."""

    async def send(chat_id: int, text: str, markup: dict[str, Any] | None) -> Outcome:
        keyboard = markup_from_json(markup)
        try:
            message = await bot.send_message(chat_id, text, reply_markup=keyboard, rate_limit_args=COURIER)
        except RetryAfter as error:
            return Outcome("retry_after", retry_after=_seconds(error))
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
