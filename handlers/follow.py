"""Following: a service's free places ("Sledovat"), a need in a region, a prison; /odbery lists
what one follows, cancels it, and sets how notifications arrive (now / quiet hours / digest)."""

from __future__ import annotations

import asyncio

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import clock
from bot.buttons import Button, pack, unpack
from bot.directory.services import looks_like_id, need_names, service_details
from bot.following import notifications, subscriptions
from bot.following.notifications import Preferences, clock_time
from bot.refusals import NotAllowed
from bot.search.index import find_region, load_regions
from bot.text.dates import read_clock, read_hours
from bot.text.i18n import text
from handlers import dialogue
from handlers.common import replace_message
from handlers.context import current_who, language, services_of, wake_courier
from handlers.keyboards import markup

DIGEST_HOURS = (6, 7, 8, 9, 12, 16, 18)
QUIET_PRESETS = ((20 * 60, 7 * 60), (22 * 60, 6 * 60), (18 * 60, 8 * 60))


async def follow_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    service_id = unpack(query.data).rest
    if not looks_like_id(service_id) or not services_of(context).act(
        service_details, service_ids=[service_id]
    ):
        await query.answer(text(lang, "answer.stale"))
        return
    try:
        with services_of(context).unit_of_work() as session:
            new = subscriptions.follow_service(
                session=session, who=current_who(update, context), service_id=service_id
            )
    except NotAllowed:
        await query.answer(text(lang, "follow.not_allowed"), show_alert=True)
        return
    await query.answer(text(lang, "follow.done" if new else "follow.already"), show_alert=new)


async def scope_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """fr:NEED:REGION (a need in a region) and fp:PRISON (a prison) from answers, cards, /odbery."""
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    services = services_of(context)
    tap = unpack(query.data)
    kind, rest = tap.action, tap.rest
    who = current_who(update, context)
    try:
        if kind == "fr":
            need, _, code = rest.partition(":")
            region = find_region(code)
            names = services.act(need_names)
            if region is None or need not in names:
                await query.answer(text(lang, "answer.stale"))
                return
            label = f"{names[need]} · {region}"
            with services.unit_of_work() as session:
                new = subscriptions.follow_need_in_region(session=session, who=who, need=need, region=region)
        else:
            prison = (await services.index()).catalog.prisons.get(rest)
            if prison is None:
                await query.answer(text(lang, "answer.stale"))
                return
            label = prison.name
            with services.unit_of_work() as session:
                new = subscriptions.follow_prison(session=session, who=who, prison_id=rest)
    except NotAllowed:
        await query.answer(text(lang, "follow.not_allowed"), show_alert=True)
        return
    await query.answer(
        text(lang, "follow.scope_done" if new else "follow.scope_already", label=label), show_alert=new
    )


def _summary(preferences: Preferences, lang: str) -> str:
    if preferences.mode == "digest":
        return text(lang, "notify.summary_digest", time=clock_time(preferences.digest_at))
    if not preferences.has_quiet_hours:
        return text(lang, "notify.summary_immediate_always")
    return text(
        lang,
        "notify.summary_immediate",
        quiet_from=clock_time(preferences.quiet_from),
        quiet_until=clock_time(preferences.quiet_until),
    )


def _list(update: Update, context: ContextTypes.DEFAULT_TYPE) -> tuple[str, InlineKeyboardMarkup | None]:
    lang = language(update, context)
    user = update.effective_user
    assert user is not None
    with services_of(context).unit_of_work() as session:
        items = subscriptions.followed(session=session, user_id=user.id)
        registered = notifications.registered(session=session, user_id=user.id)
    lines = [text(lang, "follow.list" if items else "follow.none")]
    rows: list[list[Button]] = []
    kind = ""
    for item in items:
        if item.kind != kind:
            kind = item.kind
            lines.append(text(lang, f"follow.kind.{kind}"))
        lines.append(text(lang, "follow.list_item", label=item.label))
        rows.append([Button(text(lang, "follow.cancel", name=item.label[:50]), pack("u", item.id))])
    lines += ["", text(lang, "follow.prison_hint")]
    if registered is not None:
        lines.append(text(lang, "follow.preferences", summary=_summary(registered, lang)))
    rows.append(
        [
            Button(text(lang, "follow.add_need"), pack("fa", "")),
            Button(text(lang, "follow.settings"), pack("fs", "")),
        ]
    )
    return "\n".join(lines), markup(rows)


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
    key = unpack(query.data).rest
    with services_of(context).unit_of_work() as session:
        gone = key.isdigit() and subscriptions.unfollow(
            session=session, user_id=user.id, subscription_id=int(key)
        )
    if not gone:
        await query.answer(text(lang, "answer.stale"))
        return
    await query.answer(text(lang, "follow.cancelled"))
    body, markup = _list(update, context)
    await replace_message(query, context, body, reply_markup=markup)


async def add_need_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """fa: -> the needs; fn:NEED -> the regions (each region button follows: fr:NEED:REGION)."""
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    if not current_who(update, context).approved:
        await query.answer(text(lang, "follow.not_allowed"), show_alert=True)
        return
    names = services_of(context).act(need_names)
    tap = unpack(query.data)
    if tap.action == "fn":
        need = tap.part(0)
        if need not in names:
            await query.answer(text(lang, "answer.stale"))
            return
        regions = [Button(r.name, pack("fr", need, r.abbreviation)) for r in load_regions()]
        rows = [regions[i : i + 2] for i in range(0, len(regions), 2)]
        await query.answer()
        await replace_message(
            query,
            context,
            text(lang, "follow.choose_region", need=names[need]),
            reply_markup=markup(rows),
        )
        return
    needs = [Button(name[:40], pack("fn", code)) for code, name in sorted(names.items(), key=lambda i: i[1])]
    rows = [needs[i : i + 2] for i in range(0, len(needs), 2)]
    await query.answer()
    await replace_message(query, context, text(lang, "follow.choose_need"), reply_markup=markup(rows))


def _settings(preferences: Preferences, lang: str) -> tuple[str, InlineKeyboardMarkup | None]:
    def chosen(label: str, on: bool) -> str:
        return text(lang, "notify.chosen", label=label) if on else label

    digest = preferences.mode == "digest"
    rows = [
        [
            Button(chosen(text(lang, "notify.immediate"), not digest), pack("fm", "immediate")),
            Button(chosen(text(lang, "notify.digest"), digest), pack("fm", "digest")),
        ]
    ]
    if digest:
        hours = [
            Button(chosen(clock_time(hour * 60), preferences.digest_at == hour * 60), pack("fh", hour * 60))
            for hour in DIGEST_HOURS
        ]
        rows += [hours[:4], hours[4:], [Button(text(lang, "notify.digest_other"), pack("fh", "other"))]]
    else:
        quiet = (preferences.quiet_from, preferences.quiet_until)
        presets = [
            Button(
                chosen(
                    text(lang, "notify.quiet", quiet_from=clock_time(a), quiet_until=clock_time(b)),
                    quiet == (a, b),
                ),
                pack("fq", f"{a}-{b}"),
            )
            for a, b in QUIET_PRESETS
        ]
        rows += [
            presets[:2],
            [
                presets[2],
                Button(
                    chosen(text(lang, "notify.quiet_off"), not preferences.has_quiet_hours), pack("fq", "0-0")
                ),
            ],
            [Button(text(lang, "notify.quiet_other"), pack("fq", "other"))],
        ]
    return text(lang, "notify.title", summary=_summary(preferences, lang)), markup(rows)


async def settings_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """fs: shows; fm:MODE, fh:MINUTES, fq:FROM-UNTIL change; fq:other asks for a typed range."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    lang = language(update, context)
    tap = unpack(query.data)
    kind, value = tap.action, tap.rest
    if (kind, value) in (("fh", "other"), ("fq", "other")):
        step = "digest" if kind == "fh" else "quiet"
        dialogue.begin(context, "notifications", step)
        await query.answer()
        if query.message is not None:
            await context.bot.send_message(query.message.chat.id, text(lang, f"notify.ask_{step}"))
        return
    try:
        with services_of(context).unit_of_work() as session:
            if notifications.registered(session=session, user_id=user.id) is None:
                raise NotAllowed(kind)
            if kind == "fm":
                notifications.set_mode(session=session, user_id=user.id, mode=value)
            elif kind == "fh":
                notifications.set_mode(session=session, user_id=user.id, mode="digest", digest_at=int(value))
            elif kind == "fq":
                start, _, end = value.partition("-")
                notifications.set_quiet_hours(
                    session=session, user_id=user.id, start=int(start), end=int(end)
                )
            chosen = notifications.preferences(session=session, user_id=user.id)
    except NotAllowed:
        await query.answer(text(lang, "follow.not_allowed"), show_alert=True)
        return
    except ValueError:
        await query.answer(text(lang, "answer.stale"))
        return
    await query.answer(text(lang, "notify.saved") if kind != "fs" else None)
    body, markup = _settings(chosen, lang)
    if query.message is not None and getattr(query.message, "text", None) is not None:
        if kind == "fs":
            await context.bot.send_message(query.message.chat.id, body, reply_markup=markup)
        else:
            await replace_message(query, context, body, reply_markup=markup)


async def quiet_hours_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """The quiet hours typed after "Jiné tiché hodiny…", or the digest time after "Jiná
    hodina…"; False when neither was asked for."""
    message, user = update.message, update.effective_user
    waiting = dialogue.current(context, "notifications")
    if message is None or user is None or not message.text or waiting is None:
        return False
    lang = language(update, context)
    if waiting.step == "digest":
        minutes = read_clock(message.text)
        if minutes is None:
            await message.reply_text(text(lang, "notify.bad_digest"))
            return True
        with services_of(context).unit_of_work() as session:
            stored = notifications.set_mode(
                session=session, user_id=user.id, mode="digest", digest_at=minutes
            )
        dialogue.end(context)
        body, markup = _settings(stored, lang)
        await message.reply_text(body, reply_markup=markup)
        return True
    parsed = read_hours(message.text)
    if parsed is None:
        await message.reply_text(text(lang, "notify.bad_quiet"))
        return True
    with services_of(context).unit_of_work() as session:
        stored = notifications.set_quiet_hours(
            session=session, user_id=user.id, start=parsed[0], end=parsed[1]
        )
    dialogue.end(context)
    body, markup = _settings(stored, lang)
    await message.reply_text(body, reply_markup=markup)
    return True


async def daily_digests(context: ContextTypes.DEFAULT_TYPE) -> None:
    """JobQueue, every minute: queue the digests whose hour has come (bot/following/notifications.py)."""
    services = services_of(context)
    if await asyncio.to_thread(
        notifications.send_digests, services.engine, now=clock.utc_now(), zone=services.settings.tzinfo
    ):
        wake_courier(context)
