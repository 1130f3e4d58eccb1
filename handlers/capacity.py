"""/kapacita: members publish free places of their organisation's services; coordinators see history."""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import clock
from bot.network.permissions import can
from bot.providers import capacity
from bot.providers.capacity import Place
from bot.refusals import InvalidValue, NotAllowed
from bot.text.i18n import czech_date, text
from handlers.common import replace_message
from handlers.context import current_who, expect, language, services_of, wake_courier


def _date(moment: datetime, context: ContextTypes.DEFAULT_TYPE) -> str:
    return czech_date(moment.astimezone(services_of(context).settings.tzinfo))


def _maximum(place: Place) -> str:
    return f"/{place.maximum}" if place.maximum is not None else ""


def _state(
    place: Place, update: Update, context: ContextTypes.DEFAULT_TYPE
) -> tuple[str, InlineKeyboardMarkup]:
    lang = language(update, context)
    lines = [
        text(
            lang,
            "capacity.state",
            name=place.service,
            available=place.available,
            maximum=_maximum(place),
            unit=place.unit,
            date=_date(place.updated, context),
        )
    ]
    if place.alert:
        lines.append(text(lang, "capacity.alert", alert=place.alert))
    if place.assured:
        lines.append(
            text(
                lang,
                "capacity.verified",
                date=czech_date(place.assured),
            )
        )
    key = place.capacity_id
    rows = [
        [
            InlineKeyboardButton(text(lang, "capacity.plus"), callback_data=f"k+:{key}"),
            InlineKeyboardButton(text(lang, "capacity.minus"), callback_data=f"k-:{key}"),
            InlineKeyboardButton(text(lang, "capacity.full"), callback_data=f"k0:{key}"),
        ],
        [
            InlineKeyboardButton(text(lang, "capacity.number"), callback_data=f"kn:{key}"),
            InlineKeyboardButton(text(lang, "capacity.full_until"), callback_data=f"kd:{key}"),
        ],
        [InlineKeyboardButton(text(lang, "capacity.confirm"), callback_data=f"kc:{key}")],
    ]
    if can(current_who(update, context), "view_history"):
        rows[-1].append(InlineKeyboardButton(text(lang, "capacity.history"), callback_data=f"kh:{key}"))
    return "\n".join(lines), InlineKeyboardMarkup(rows)


async def capacity_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    lang = language(update, context)
    mine = capacity.places(services_of(context).engine, who=current_who(update, context))
    if not mine:
        await message.reply_text(text(lang, "capacity.none"))
        return
    rows = [
        [
            InlineKeyboardButton(
                text(lang, "capacity.item", name=p.service[:40], available=p.available, maximum=_maximum(p)),
                callback_data=f"k:{p.capacity_id}",
            )
        ]
        for p in mine[:30]
    ]
    await message.reply_text(text(lang, "capacity.choose"), reply_markup=InlineKeyboardMarkup(rows))


async def capacity_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    action, _, key = (query.data or "").partition(":")
    engine = services_of(context).engine
    zone = services_of(context).settings.tzinfo
    who = current_who(update, context)
    try:
        current = capacity.place(engine, who=who, capacity_id=key)
        if action == "k+":
            current = capacity.set_available(
                engine, who=who, capacity_id=key, available=current.available + 1, zone=zone
            )
        elif action == "k-":
            current = capacity.set_available(
                engine, who=who, capacity_id=key, available=current.available - 1, zone=zone
            )
        elif action == "k0":
            current = capacity.set_available(engine, who=who, capacity_id=key, available=0, zone=zone)
        elif action == "kc":
            today = clock.today(services_of(context).settings.tzinfo)
            current = capacity.confirm(engine, who=who, capacity_id=key, today=today)
        elif action in ("kn", "kd"):
            expect(context, "capacity_input", (action, key))
            await query.answer()
            ask = "capacity.ask_number" if action == "kn" else "capacity.ask_date"
            if query.message is not None:
                await context.bot.send_message(
                    query.message.chat.id, text(lang, ask, maximum=current.maximum or 999)
                )
            return
        elif action == "kh":
            await query.answer()
            await _history(update, context, current)
            return
    except NotAllowed:
        await query.answer(text(lang, "capacity.not_allowed"), show_alert=True)
        return
    notice = (
        text(lang, "capacity.confirmed" if action == "kc" else "capacity.saved") if action != "k" else None
    )
    await query.answer(notice)
    body, markup = _state(current, update, context)
    if query.message is not None and getattr(query.message, "text", None) is not None and action != "k":
        await replace_message(query, context, body, reply_markup=markup)
    elif query.message is not None:
        await context.bot.send_message(query.message.chat.id, body, reply_markup=markup)


async def _history(update: Update, context: ContextTypes.DEFAULT_TYPE, place: Place) -> None:
    lang = language(update, context)
    changes = capacity.history(
        services_of(context).engine, who=current_who(update, context), service_id=place.service_id
    )
    lines = [text(lang, "capacity.history_title", name=place.service)]
    for change in changes:
        what = text(
            lang,
            f"capacity.kind.{change.kind}",
            old=change.old_available,
            new=change.new_available,
            note=change.note,
        )
        lines.append(
            text(
                lang,
                "capacity.history_line",
                when=_date(change.changed_at, context),
                user=change.user_id,
                what=what,
            )
        )
    if not changes:
        lines.append(text(lang, "capacity.history_empty"))
    if update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, "\n".join(lines))


async def capacity_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """A number or a date typed after "Zadat číslo" / "Plno do…"; False when none was asked for."""
    message = update.message
    state = context.user_data.get("capacity_input") if context.user_data is not None else None
    if message is None or not message.text or state is None or context.user_data is None:
        return False
    action, key = state
    lang = language(update, context)
    engine = services_of(context).engine
    who = current_who(update, context)
    try:
        current = capacity.place(engine, who=who, capacity_id=key)
        typed = message.text.strip()
        if action == "kn":
            current = capacity.set_available(
                engine,
                who=who,
                capacity_id=key,
                available=capacity.read_available(typed, maximum=current.maximum),
                zone=services_of(context).settings.tzinfo,
            )
        else:
            today = clock.today(services_of(context).settings.tzinfo)
            until = capacity.read_full_until(typed, today=today)
            alert = text(lang, "capacity.full_alert", date=czech_date(until))
            current = capacity.mark_full_until(
                engine,
                who=who,
                capacity_id=key,
                until=until,
                alert=alert,
                zone=services_of(context).settings.tzinfo,
            )
    except InvalidValue as problem:
        await message.reply_text(text(lang, problem.reason, **problem.values))
        return True  # still waiting for a value
    except NotAllowed:
        context.user_data.pop("capacity_input", None)
        await message.reply_text(text(lang, "capacity.not_allowed"))
        return True
    context.user_data.pop("capacity_input", None)
    wake_courier(context)
    body, markup = _state(current, update, context)
    await message.reply_text(body, reply_markup=markup)
    return True


async def weekly_nudge(context: ContextTypes.DEFAULT_TYPE) -> None:
    """JobQueue, Mondays 9:00 local time: ask members to confirm or change stale free places."""
    services = services_of(context)
    capacity.nudge_stale(
        services.engine,
        now=clock.utc_now(),
        stale_days=services.settings.capacity_stale_days,
        language=services.settings.default_language,
    )
    wake_courier(context)
