"""Text the bot asked for (an organisation's name, a number of free places, a date) is not a question.

Runs in its own group before the commands and questions; when it takes the text, the update
stops here.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from handlers import capacity, registration


async def awaited_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.message
    if message is None or not message.text or message.text.startswith("/"):
        return
    if await registration.organization_text(update, context) or await capacity.capacity_text(update, context):
        raise ApplicationHandlerStop
