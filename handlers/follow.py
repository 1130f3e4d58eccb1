"""Sledovat: follow a service's free places; /odbery lists and cancels what one follows."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import subscriptions
from bot.directory import looks_like_id, service_details
from bot.i18n import text
from bot.permissions import can
from handlers.context import current_who, language, services_of


async def follow_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    lang = language(update, context)
    service_id = (query.data or "").removeprefix("s:")
    if not can(current_who(update, context), "subscribe"):
        await query.answer(text(lang, "follow.not_allowed"), show_alert=True)
        return
    engine = services_of(context).engine
    if not looks_like_id(service_id) or not service_details(engine, [service_id]):
        await query.answer(text(lang, "answer.stale"))
        return
    new = subscriptions.follow_service(engine, user_id=user.id, service_id=service_id)
    await query.answer(text(lang, "follow.done" if new else "follow.already"), show_alert=new)


def _list(update: Update, context: ContextTypes.DEFAULT_TYPE) -> tuple[str, InlineKeyboardMarkup | None]:
    lang = language(update, context)
    user = update.effective_user
    assert user is not None
    items = subscriptions.followed(services_of(context).engine, user_id=user.id)
    if not items:
        return text(lang, "follow.none"), None
    rows = [
        [InlineKeyboardButton(text(lang, "follow.cancel", name=name[:50]), callback_data=f"u:{sid}")]
        for sid, name in items
    ]
    return text(lang, "follow.list"), InlineKeyboardMarkup(rows)


async def followed_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is None or update.effective_user is None:
        return
    body, markup = _list(update, context)
    await update.effective_message.reply_text(body, reply_markup=markup)


async def unfollow_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    lang = language(update, context)
    key = (query.data or "").removeprefix("u:")
    if not key.isdigit() or not subscriptions.unfollow(
        services_of(context).engine, user_id=user.id, subscription_id=int(key)
    ):
        await query.answer(text(lang, "answer.stale"))
        return
    await query.answer(text(lang, "follow.cancelled"))
    body, markup = _list(update, context)
    await query.edit_message_text(body, reply_markup=markup)
