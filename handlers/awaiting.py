"""Text the bot asked for (an organisation's name, a number of free places, a date) is not a question.

Runs in its own group before the commands and questions; when it takes the text, the update
stops here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.text.i18n import text
from handlers import capacity, dialogue, editing, events, follow, handovers, plans, registration
from handlers.context import language

Taker = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[bool]]

# Each dialogue's feature and the function that takes its typed steps (False: not a step it
# waits for, so the text is a question after all).
TAKERS: dict[str, Taker] = {
    "registration": registration.organization_text,
    "capacity": capacity.capacity_text,
    "edit": editing.edit_text,
    "notifications": follow.quiet_hours_text,
    "event": events.event_text,
    "handover": handovers.handover_text,
    "plan": plans.plan_text,
}


async def awaited_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.message
    going = dialogue.current(context)
    if message is None or not message.text or message.text.startswith("/") or going is None:
        return
    taker = TAKERS.get(going.feature)
    if taker is not None and await taker(update, context):
        raise ApplicationHandlerStop


async def cancel_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/zrusit: whatever the bot was waiting for stays as it was."""
    if update.effective_message is None:
        return
    key = "cancel.done" if dialogue.end(context) else "cancel.nothing"
    await update.effective_message.reply_text(text(language(update, context), key))
