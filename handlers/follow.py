"""Following: a service's free places ("Sledovat"), a need in a region, a prison; /odbery lists
what one follows, cancels it, and sets how notifications arrive (now / quiet hours / digest)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import clock
from bot.directory.services import looks_like_id, need_names, service_details
from bot.following import notifications, subscriptions
from bot.following.notifications import Preferences, clock_time
from bot.refusals import NotAllowed
from bot.search.index import find_region, load_regions
from bot.text.dates import read_clock, read_hours
from bot.text.i18n import text
from handlers.common import replace_message
from handlers.context import current_who, expect, language, services_of, wake_courier

DIGEST_HOURS = (6, 7, 8, 9, 12, 16, 18)
QUIET_PRESETS = ((20 * 60, 7 * 60), (22 * 60, 6 * 60), (18 * 60, 8 * 60))


def _button(label: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=data)


async def follow_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    service_id = (query.data or "").removeprefix("s:")
    engine = services_of(context).engine
    if not looks_like_id(service_id) or not service_details(engine, [service_id]):
        await query.answer(text(lang, "answer.stale"))
        return
    try:
        new = subscriptions.follow_service(engine, who=current_who(update, context), service_id=service_id)
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
    kind, _, rest = (query.data or "").partition(":")
    who = current_who(update, context)
    try:
        if kind == "fr":
            need, _, code = rest.partition(":")
            region = find_region(code)
            names = need_names(services.engine)
            if region is None or need not in names:
                await query.answer(text(lang, "answer.stale"))
                return
            label = f"{names[need]} · {region}"
            new = subscriptions.follow_need_in_region(services.engine, who=who, need=need, region=region)
        else:
            prison = services.answers.index().catalog.prisons.get(rest)
            if prison is None:
                await query.answer(text(lang, "answer.stale"))
                return
            label = prison.name
            new = subscriptions.follow_prison(services.engine, who=who, prison_id=rest)
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


def _list(update: Update, context: ContextTypes.DEFAULT_TYPE) -> tuple[str, InlineKeyboardMarkup]:
    lang = language(update, context)
    user = update.effective_user
    assert user is not None
    engine = services_of(context).engine
    items = subscriptions.followed(engine, user_id=user.id)
    lines = [text(lang, "follow.list" if items else "follow.none")]
    rows: list[list[InlineKeyboardButton]] = []
    kind = ""
    for item in items:
        if item.kind != kind:
            kind = item.kind
            lines.append(text(lang, f"follow.kind.{kind}"))
        lines.append(text(lang, "follow.list_item", label=item.label))
        rows.append([_button(text(lang, "follow.cancel", name=item.label[:50]), f"u:{item.id}")])
    lines += ["", text(lang, "follow.prison_hint")]
    if registered := notifications.registered(engine, user_id=user.id):
        lines.append(text(lang, "follow.preferences", summary=_summary(registered, lang)))
    rows.append(
        [_button(text(lang, "follow.add_need"), "fa:"), _button(text(lang, "follow.settings"), "fs:")]
    )
    return "\n".join(lines), InlineKeyboardMarkup(rows)


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
    names = need_names(services_of(context).engine)
    data = query.data or ""
    if data.startswith("fn:"):
        need = data.removeprefix("fn:")
        if need not in names:
            await query.answer(text(lang, "answer.stale"))
            return
        regions = [_button(r.name, f"fr:{need}:{r.abbreviation}") for r in load_regions()]
        rows = [regions[i : i + 2] for i in range(0, len(regions), 2)]
        await query.answer()
        await replace_message(
            query,
            context,
            text(lang, "follow.choose_region", need=names[need]),
            reply_markup=InlineKeyboardMarkup(rows),
        )
        return
    needs = [_button(name[:40], f"fn:{code}") for code, name in sorted(names.items(), key=lambda i: i[1])]
    rows = [needs[i : i + 2] for i in range(0, len(needs), 2)]
    await query.answer()
    await replace_message(
        query, context, text(lang, "follow.choose_need"), reply_markup=InlineKeyboardMarkup(rows)
    )


def _settings(preferences: Preferences, lang: str) -> tuple[str, InlineKeyboardMarkup]:
    def chosen(label: str, on: bool) -> str:
        return text(lang, "notify.chosen", label=label) if on else label

    digest = preferences.mode == "digest"
    rows = [
        [
            _button(chosen(text(lang, "notify.immediate"), not digest), "fm:immediate"),
            _button(chosen(text(lang, "notify.digest"), digest), "fm:digest"),
        ]
    ]
    if digest:
        hours = [
            _button(chosen(clock_time(hour * 60), preferences.digest_at == hour * 60), f"fh:{hour * 60}")
            for hour in DIGEST_HOURS
        ]
        rows += [hours[:4], hours[4:], [_button(text(lang, "notify.digest_other"), "fh:other")]]
    else:
        quiet = (preferences.quiet_from, preferences.quiet_until)
        presets = [
            _button(
                chosen(
                    text(lang, "notify.quiet", quiet_from=clock_time(a), quiet_until=clock_time(b)),
                    quiet == (a, b),
                ),
                f"fq:{a}-{b}",
            )
            for a, b in QUIET_PRESETS
        ]
        rows += [
            presets[:2],
            [
                presets[2],
                _button(chosen(text(lang, "notify.quiet_off"), not preferences.has_quiet_hours), "fq:0-0"),
            ],
            [_button(text(lang, "notify.quiet_other"), "fq:other")],
        ]
    return text(lang, "notify.title", summary=_summary(preferences, lang)), InlineKeyboardMarkup(rows)


async def settings_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """fs: shows; fm:MODE, fh:MINUTES, fq:FROM-UNTIL change; fq:other asks for a typed range."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    lang = language(update, context)
    engine = services_of(context).engine
    if notifications.registered(engine, user_id=user.id) is None:
        await query.answer(text(lang, "follow.not_allowed"), show_alert=True)
        return
    kind, _, value = (query.data or "").partition(":")
    try:
        if kind == "fm":
            notifications.set_mode(engine, user_id=user.id, mode=value)
        elif kind == "fh" and value == "other":
            expect(context, "digest_input", True)
            await query.answer()
            if query.message is not None:
                await context.bot.send_message(query.message.chat.id, text(lang, "notify.ask_digest"))
            return
        elif kind == "fh":
            notifications.set_mode(engine, user_id=user.id, mode="digest", digest_at=int(value))
        elif kind == "fq" and value == "other":
            expect(context, "quiet_input", True)
            await query.answer()
            if query.message is not None:
                await context.bot.send_message(query.message.chat.id, text(lang, "notify.ask_quiet"))
            return
        elif kind == "fq":
            start, _, end = value.partition("-")
            notifications.set_quiet_hours(engine, user_id=user.id, start=int(start), end=int(end))
    except ValueError:
        await query.answer(text(lang, "answer.stale"))
        return
    await query.answer(text(lang, "notify.saved") if kind != "fs" else None)
    body, markup = _settings(notifications.preferences(engine, user_id=user.id), lang)
    if query.message is not None and getattr(query.message, "text", None) is not None:
        if kind == "fs":
            await context.bot.send_message(query.message.chat.id, body, reply_markup=markup)
        else:
            await replace_message(query, context, body, reply_markup=markup)


async def quiet_hours_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """The quiet hours typed after "Jiné tiché hodiny…", or the digest time after "Jiná
    hodina…"; False when neither was asked for."""
    message, user = update.message, update.effective_user
    if message is None or user is None or not message.text or context.user_data is None:
        return False
    lang = language(update, context)
    if context.user_data.get("digest_input"):
        minutes = read_clock(message.text)
        if minutes is None:
            await message.reply_text(text(lang, "notify.bad_digest"))
            return True
        engine = services_of(context).engine
        stored = notifications.set_mode(engine, user_id=user.id, mode="digest", digest_at=minutes)
        context.user_data.pop("digest_input", None)
        body, markup = _settings(stored, lang)
        await message.reply_text(body, reply_markup=markup)
        return True
    if not context.user_data.get("quiet_input"):
        return False
    parsed = read_hours(message.text)
    if parsed is None:
        await message.reply_text(text(lang, "notify.bad_quiet"))
        return True
    engine = services_of(context).engine
    stored = notifications.set_quiet_hours(engine, user_id=user.id, start=parsed[0], end=parsed[1])
    context.user_data.pop("quiet_input", None)
    body, markup = _settings(stored, lang)
    await message.reply_text(body, reply_markup=markup)
    return True


async def daily_digests(context: ContextTypes.DEFAULT_TYPE) -> None:
    """JobQueue, every minute: queue the digests whose hour has come (bot/notifications.py)."""
    services = services_of(context)
    if notifications.send_digests(services.engine, now=clock.utc_now(), zone=services.settings.tzinfo):
        wake_courier(context)
