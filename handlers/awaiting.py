"""Text the bot asked for (an organisation's name, a number of free places, a date) is not a question.

Runs in its own group before the commands and questions; when it takes the text, the update
stops here.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.text.i18n import text
from handlers import capacity, editing, events, follow, handovers, registration
from handlers.context import forget_inputs, language


async def awaited_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.message
    if message is None or not message.text or message.text.startswith("/"):
        return
    for taker in (
        registration.organization_text,
        capacity.capacity_text,
        editing.edit_text,
        follow.quiet_hours_text,
        events.event_text,
        handovers.handover_text,
    ):
        if await taker(update, context):
            raise ApplicationHandlerStop


async def cancel_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/zrusit: whatever the bot was waiting for stays as it was."""
    if update.effective_message is None:
        return
    key = "cancel.done" if forget_inputs(context) else "cancel.nothing"
    await update.effective_message.reply_text(text(language(update, context), key))
