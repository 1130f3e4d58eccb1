"""/kapacita: members publish free places of their organisation's services; coordinators see history."""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import clock
from bot.buttons import Button, pack, unpack
from bot.network.permissions import can
from bot.providers import capacity
from bot.providers.capacity import Place
from bot.refusals import InvalidValue, NotAllowed
from bot.text.czech import unit_form
from bot.text.i18n import czech_date, refusal, text
from handlers import dialogue
from handlers.common import replace_message
from handlers.context import current_who, language, services_of, wake_courier
from handlers.keyboards import markup


def _date(moment: datetime, context: ContextTypes.DEFAULT_TYPE) -> str:
    return czech_date(moment.astimezone(services_of(context).settings.tzinfo))


def _maximum(place: Place) -> str:
    return f"/{place.maximum}" if place.maximum is not None else ""


def _state(
    place: Place, update: Update, context: ContextTypes.DEFAULT_TYPE
) -> tuple[str, InlineKeyboardMarkup | None]:
    lang = language(update, context)
    lines = [
        text(
            lang,
            "capacity.state",
            name=place.service,
            available=place.available,
            maximum=_maximum(place),
            unit=unit_form(place.unit, place.maximum if place.maximum is not None else place.available),
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
            Button(text(lang, "capacity.plus"), pack("k+", key)),
            Button(text(lang, "capacity.minus"), pack("k-", key)),
            Button(text(lang, "capacity.full"), pack("k0", key)),
        ],
        [
            Button(text(lang, "capacity.number"), pack("kn", key)),
            Button(text(lang, "capacity.full_until"), pack("kd", key)),
        ],
        [Button(text(lang, "capacity.confirm"), pack("kc", key))],
    ]
    if can(current_who(update, context), "view_history"):
        rows[-1].append(Button(text(lang, "capacity.history"), pack("kh", key)))
    return "\n".join(lines), markup(rows)


LISTED = 30  # services a /kapacita list shows; more are found by a part of the name


async def capacity_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    lang = language(update, context)
    name = " ".join(context.args or []).strip()[:100]
    services = services_of(context)
    who = current_who(update, context)
    mine = await services.act_in_thread(capacity.places, who=who, limit=LISTED + 1, name=name)
    if not mine:
        anything = bool(name) and bool(services.act(capacity.places, who=who, limit=1))
        key = "capacity.nothing_found" if anything else "capacity.none"
        await message.reply_text(text(lang, key, name=name))
        return
    rows = [
        [
            Button(
                text(lang, "capacity.item", name=p.service[:40], available=p.available, maximum=_maximum(p)),
                pack("k", p.capacity_id),
            )
        ]
        for p in mine[:LISTED]
    ]
    key = "capacity.choose_more" if len(mine) > LISTED else "capacity.choose"
    await message.reply_text(text(lang, key, count=LISTED), reply_markup=markup(rows))


async def capacity_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    tap = unpack(query.data)
    action, key = tap.action, tap.rest
    services = services_of(context)
    zone = services.settings.tzinfo
    who = current_who(update, context)
    try:
        with services.unit_of_work() as session:
            current = capacity.place(session=session, who=who, capacity_id=key)
            change = {"k+": current.available + 1, "k-": current.available - 1, "k0": 0}.get(action)
            if change is not None:
                current = capacity.set_available(
                    session=session, who=who, capacity_id=key, available=change, zone=zone
                )
            elif action == "kc":
                today = clock.today(zone)
                current = capacity.confirm(session=session, who=who, capacity_id=key, today=today)
        if action in ("kn", "kd"):
            dialogue.begin(context, "capacity", action, about=key)
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
    with services_of(context).unit_of_work() as session:
        changes = capacity.history(
            session=session, who=current_who(update, context), service_id=place.service_id
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
    waiting = dialogue.current(context, "capacity")
    if message is None or not message.text or waiting is None:
        return False
    action, key = waiting.step, waiting.about
    lang = language(update, context)
    services = services_of(context)
    zone = services.settings.tzinfo
    who = current_who(update, context)
    typed = message.text.strip()
    try:
        with services.unit_of_work() as session:
            current = capacity.place(session=session, who=who, capacity_id=key)
            if action == "kn":
                available = capacity.read_available(typed, maximum=current.maximum)
                current = capacity.set_available(
                    session=session, who=who, capacity_id=key, available=available, zone=zone
                )
            else:
                until = capacity.read_full_until(typed, today=clock.today(zone))
                alert = text(lang, "capacity.full_alert", date=czech_date(until))
                current = capacity.mark_full_until(
                    session=session, who=who, capacity_id=key, until=until, alert=alert, zone=zone
                )
    except InvalidValue as problem:
        await message.reply_text(refusal(lang, problem))
        return True  # still waiting for a value
    except NotAllowed:
        dialogue.end(context)
        await message.reply_text(text(lang, "capacity.not_allowed"))
        return True
    dialogue.end(context)
    wake_courier(context)
    body, markup = _state(current, update, context)
    await message.reply_text(body, reply_markup=markup)
    return True


async def weekly_nudge(context: ContextTypes.DEFAULT_TYPE) -> None:
    """JobQueue, Mondays 9:00 local time: ask members to confirm or change stale free places."""
    services = services_of(context)
    await services.act_in_thread(  # every member's stale places: off the loop
        capacity.nudge_stale,
        now=clock.utc_now(),
        stale_days=services.settings.capacity_stale_days,
        language=services.settings.default_language,
    )
    wake_courier(context)
