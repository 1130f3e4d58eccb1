"""Start, help, notices for what the bot cannot read, the flood guard and the error handler."""

from __future__ import annotations

import logging
import time
from collections import deque

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.network.permissions import can
from bot.text.i18n import text
from bot.text.telegram_html import visible_text
from handlers.bounded import recent
from handlers.context import current_who, language

log = logging.getLogger(__name__)

FLOOD_WINDOW = 10.0  # seconds
FLOOD_LIMIT = 12  # updates per person in the window; more are politely refused
FLOOD_TAP_LIMIT = 30  # button taps per person in the window


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What the bot does; coordinators also read what only they can do."""
    if update.effective_message:
        lang = language(update, context)
        body = text(lang, "help.text", bot=context.bot.username)
        if can(current_who(update, context), "broadcast"):
            body += "\n\n" + text(lang, "help.coordinator")
        await update.effective_message.reply_text(body)


async def private_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command with personal or case data, typed in a group: a pointer to the private chat."""
    if update.effective_message:
        await update.effective_message.reply_text(
            text(language(update, context), "private.only", bot=context.bot.username)
        )


async def edited_command(_update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited command does nothing: an edited "/start CODE" or "/pripomen ..." is not a
    second request (PTB's CommandHandler would otherwise run it again)."""
    raise ApplicationHandlerStop


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message:
        await update.effective_message.reply_text(text(language(update, context), "notice.unknown_command"))


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice, locations: say what the bot reads. Edits are ignored."""
    if update.message is not None:
        await update.message.reply_text(text(language(update, context), "notice.not_text"))


async def flood_guard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.channel_post is not None or update.edited_channel_post is not None:
        raise ApplicationHandlerStop  # a channel the bot was added to: nobody there asked anything
    user = update.effective_user
    if user is None:
        return
    now = time.monotonic()
    # Taps have a budget of their own: ticking six regions and two roles for an event's
    # audience is quick, legitimate work; typing twelve messages in ten seconds is not.
    tap = update.callback_query is not None
    limit = FLOOD_TAP_LIMIT if tap else FLOOD_LIMIT
    seen = recent(context.bot_data, "flood")
    times: deque[float] = seen.get((user.id, tap)) or deque()
    while times and now - times[0] > FLOOD_WINDOW:
        times.popleft()
    times.append(now)
    seen[(user.id, tap)] = times  # the most recently active people are remembered
    if len(times) <= limit:
        return
    if update.callback_query is not None:
        await update.callback_query.answer(text(language(update, context), "notice.slow_down"))
    elif update.inline_query is not None:
        await update.inline_query.answer([], cache_time=5)
    elif len(times) == limit + 1 and update.effective_message is not None:
        await update.effective_message.reply_text(text(language(update, context), "notice.slow_down"))
    raise ApplicationHandlerStop


# Telegram's answers when a button's message is gone (deleted, or too old to edit): the
# person pressed a button on something that no longer exists. Not an error.
VANISHED = ("message to edit not found", "message can't be edited", "message to delete not found")


def vanished(error: object) -> bool:
    return isinstance(error, BadRequest) and any(words in str(error).lower() for words in VANISHED)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    if vanished(context.error) and isinstance(update, Update):
        # (the button handlers answer the press before they edit)
        log.info("update %s: its message is gone (%s)", update.update_id, context.error)
        return
    # The exception is logged without request URLs (the token is in them; httpx is quietened).
    log.error(
        "update %s failed: %r", getattr(update, "update_id", "?"), context.error, exc_info=context.error
    )
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(
                text(language(update, context), "notice.error"), show_alert=True
            )
        elif update.effective_chat is not None and update.effective_chat.type == "private":
            await context.bot.send_message(
                update.effective_chat.id, text(language(update, context), "notice.error")
            )
    except Exception:  # the user cannot be told (blocked bot, network): the log has it
        log.warning("could not tell the user about the error", exc_info=True)


async def replace_message(
    query: CallbackQuery,
    context: ContextTypes.DEFAULT_TYPE,
    body: str,
    reply_markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Edit the message a button belongs to, unless it already shows exactly this.

    Two quick taps arrive with the message as it was before either was handled; the second
    would ask for the content the first already set, and Telegram refuses such an edit
    ("message is not modified"). So what each message was last set to is remembered here.
    """
    message = query.message
    shown: dict[int, str] = context.chat_data.setdefault("shown", {}) if context.chat_data is not None else {}
    wanted = repr((body, reply_markup.to_dict() if reply_markup else None))
    key = message.message_id if message is not None else 0
    if key in shown and shown[key] == wanted:
        return
    if isinstance(message, Message) and message.text is not None and key not in shown:
        current = repr((message.text, message.reply_markup.to_dict() if message.reply_markup else None))
        if current == repr((visible_text(body), reply_markup.to_dict() if reply_markup else None)):
            shown[key] = wanted
            return
    try:
        await query.edit_message_text(body, reply_markup=reply_markup)
    except BadRequest as error:
        if vanished(error):
            return  # the message was deleted meanwhile: nothing to show it on
        if "not modified" not in str(error).lower():
            raise
    shown[key] = wanted
    for old in sorted(shown)[:-50]:  # the last fifty messages are plenty
        del shown[old]


async def unknown_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button of an old message or forged data: answered, so the person's client stops waiting."""
    if update.callback_query is not None:
        await update.callback_query.answer(text(language(update, context), "answer.stale"))
