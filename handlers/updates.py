"""Updates from different people are handled side by side; one person's, one after another.

PTB handles updates strictly one at a time by default: while a coordinator's report is
drawn (off the loop, but awaited), every other person would wait for it. PTB's own
concurrent processor would instead let two messages of one person overtake each other,
and a registration step, a typed date or a quick double tap depend on their order. So:
concurrent across chats, in order within a chat.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

CONCURRENT_UPDATES = 64


def _chat_of(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:  # inline queries have a user, not a chat
        return update.effective_user.id
    return None


class PerChatUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self._chats: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}  # how many updates hold or wait for each chat's lock

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = _chat_of(update)
        if chat is None:
            await coroutine
            return
        lock = self._chats.setdefault(chat, asyncio.Lock())
        self._users[chat] = self._users.get(chat, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._users[chat] -= 1
            if not self._users[chat]:  # nobody else waits: forget the chat (bounded memory)
                del self._users[chat], self._chats[chat]

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
