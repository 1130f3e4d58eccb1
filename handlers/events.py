"""/akce: upcoming events for everyone; coordinators create, send, schedule, change, cancel
events and announcements, see delivery and answers, and write to attendees.

The creation steps live in user_data["event_draft"]; the text the bot waits for is
user_data["event_input"] (handlers/awaiting.py hands it to `event_text`). All rules are in
bot/events.py; this module parses, calls and renders.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.clock import utc_now
from bot.delivery.budget import SendBudget
from bot.delivery.outbox import progress
from bot.events import lifecycle
from bot.events.ics import event_ics
from bot.events.lifecycle import EventView
from bot.network.permissions import ROLES, can
from bot.refusals import InvalidValue, NotAllowed
from bot.search.index import find_region, load_regions
from bot.text.dates import NotUnderstood, read_when
from bot.text.i18n import Html, czech_moment, text
from handlers.common import replace_message
from handlers.context import current_who, expect, language, services_of, wake_courier

REPLIES = {"y": "yes", "m": "maybe", "n": "no"}


def _button(label: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=data)


def _markup(raw: dict[str, Any] | None) -> InlineKeyboardMarkup | None:
    if not raw:
        return None
    return InlineKeyboardMarkup(
        [[_button(b["text"], b["callback_data"]) for b in row] for row in raw["inline_keyboard"]]
    )


def _zone(context: ContextTypes.DEFAULT_TYPE) -> Any:
    return services_of(context).settings.tzinfo


def _draft(context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any]:
    assert context.user_data is not None
    draft: dict[str, Any] = context.user_data.setdefault("event_draft", {})
    return draft


# -- /akce ---------------------------------------------------------------------------------------------
async def events_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = language(update, context)
    who = current_who(update, context)
    if not who.approved:
        await message.reply_text(text(lang, "events.guest"))
        return
    engine, zone = services_of(context).engine, _zone(context)
    upcoming = lifecycle.upcoming(engine, user_id=user.id)
    lines = [text(lang, "events.list") if upcoming else text(lang, "events.none")]
    rows: list[list[InlineKeyboardButton]] = []
    for event in upcoming:
        mine = lifecycle.my_answer(engine, user_id=user.id, event_id=event.id)
        answer = text(lang, "events.item_answer", label=text(lang, f"event.answer.{mine}")) if mine else ""
        when = lifecycle.when_text(event, lang, zone) or "📣"
        lines.append(text(lang, "events.item", title=event.title, when=when, answer=answer))
        rows.append([_button(event.title[:60], f"evo:{event.id}")])
    if can(who, "broadcast"):
        rows.append(
            [
                _button(text(lang, "events.new_event"), "evadd:e"),
                _button(text(lang, "events.new_announcement"), "evadd:a"),
            ]
        )
        managed = lifecycle.created_by_coordinators(engine, who=who)
        if managed:
            lines += ["", text(lang, "events.mine")]
            rows += [
                [
                    _button(
                        text(
                            lang,
                            "events.mine_item",
                            status=text(lang, f"events.status.{e.status}"),
                            title=e.title,
                        )[:60],
                        f"evr:{e.id}",
                    )
                ]
                for e in managed[:10]
            ]
    await message.reply_text("\n".join(lines), reply_markup=InlineKeyboardMarkup(rows) if rows else None)


# -- buttons -------------------------------------------------------------------------------------------
async def event_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    action, _, rest = (query.data or "").partition(":")
    lang = language(update, context)
    try:
        if action in ("evy", "evm", "evn"):
            await _answer(update, context, REPLIES[action[-1]], rest)
        elif action == "evc":
            await _calendar(update, context, rest)
        elif action == "evo":
            await _open(update, context, rest)
        else:
            if not can(current_who(update, context), "broadcast"):
                raise NotAllowed(action)
            await _coordinator(update, context, action, rest)
    except NotAllowed:
        await query.answer(text(lang, "event.not_allowed"), show_alert=True)
    except (LookupError, ValueError):
        await query.answer(text(lang, "answer.stale"))


def _event_id(raw: str) -> int:
    if not raw.isdigit():
        raise LookupError(raw)
    return int(raw)


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: str, raw: str) -> None:
    query = update.callback_query
    assert query is not None
    lang = language(update, context)
    engine = services_of(context).engine
    event_id = _event_id(raw)
    try:
        counts = lifecycle.answer(engine, who=current_who(update, context), event_id=event_id, reply=reply)
    except InvalidValue:
        await query.answer(text(lang, "event.closed"), show_alert=True)
        return
    label = text(lang, f"event.answer.{reply}")
    await query.answer(text(lang, "event.answered", label=label, yes=counts["yes"], maybe=counts["maybe"]))
    markup = lifecycle.answer_buttons(lifecycle.get(engine, event_id), lang)
    if markup is not None and query.message is not None:
        for row in markup["inline_keyboard"]:
            for button in row:
                if button["callback_data"] == f"ev{reply[0]}:{event_id}":
                    button["text"] = text(lang, "event.chosen", label=button["text"])
        try:
            await query.edit_message_reply_markup(_markup(markup))
        except BadRequest:
            pass  # the same answer twice: the buttons already show it


async def _calendar(update: Update, context: ContextTypes.DEFAULT_TYPE, raw: str) -> None:
    query, chat = update.callback_query, update.effective_chat
    assert query is not None
    lang = language(update, context)
    event = lifecycle.get(services_of(context).engine, _event_id(raw))
    if event.starts_at is None or event.status == "cancelled":
        await query.answer(text(lang, "event.closed"))
        return
    await query.answer()
    if chat is not None:
        document = InputFile(event_ics(event, now=utc_now()), filename=f"spojka-akce-{event.id}.ics")
        await context.bot.send_document(
            chat.id, document, caption=text(lang, "events.calendar_caption", title=event.title)
        )


async def _open(update: Update, context: ContextTypes.DEFAULT_TYPE, raw: str) -> None:
    query, chat = update.callback_query, update.effective_chat
    assert query is not None
    lang = language(update, context)
    event = lifecycle.get(services_of(context).engine, _event_id(raw))
    if event.status != "sent":
        await query.answer(text(lang, "event.closed"))
        return
    await query.answer()
    if chat is not None:
        card = lifecycle.event_text(event, lang, _zone(context))
        await context.bot.send_message(
            chat.id, card, reply_markup=_markup(lifecycle.answer_buttons(event, lang))
        )


# -- coordinators --------------------------------------------------------------------------------------
async def _coordinator(update: Update, context: ContextTypes.DEFAULT_TYPE, action: str, rest: str) -> None:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    lang = language(update, context)
    engine, zone = services_of(context).engine, _zone(context)
    who = current_who(update, context)
    if action == "evadd":
        context.user_data["event_draft"] = {"kind": "event" if rest == "e" else "announcement"}
        expect(context, "event_input", "title")
        await query.answer()
        key = "events.ask_title" if rest == "e" else "events.ask_announcement_title"
        await _say(update, context, text(lang, key))
    elif action == "evw":  # the read date confirmed, or to be typed again
        await query.answer()
        if rest == "ok" and _draft(context).get("starts_at"):
            expect(context, "event_input", "place")
            await _say(update, context, text(lang, "events.ask_place"))
        else:
            expect(context, "event_input", "when")
            await _say(update, context, text(lang, "events.ask_when"))
    elif action == "eva":
        await _audience_button(update, context, rest)
    elif action == "evs":
        event_id = _event_id(rest)
        total = lifecycle.send(engine, who=who, event_id=event_id, zone=zone)
        await query.answer()
        wake_courier(context)
        body = _progress_text(lang, event_id, total, context)
        sent = await _say(update, context, body)
        if sent is not None:
            _follow_report(context, event_id, total, body, chat_id=sent.chat.id, message_id=sent.message_id)
    elif action == "evp":
        expect(context, "event_input", f"send_at:{_event_id(rest)}")
        await query.answer()
        await _say(update, context, text(lang, "events.ask_send_at"))
    elif action == "evd":
        lifecycle.cancel(engine, who=who, event_id=_event_id(rest), zone=zone)
        await query.answer(text(lang, "events.discarded"))
    elif action == "evr":
        await query.answer()
        await _report(update, context, lifecycle.get(engine, _event_id(rest)))
    elif action == "evt":
        field, _, raw = rest.partition(":")
        if field not in ("when", "place", "description", "title"):
            raise LookupError(field)
        expect(context, "event_input", f"change:{field}:{_event_id(raw)}")
        await query.answer()
        await _say(
            update, context, text(lang, "events.ask_when" if field == "when" else "events.ask_new_value")
        )
    elif action == "evq":
        event_id = _event_id(rest)
        expect(context, "event_input", f"message:{event_id}")
        await query.answer()
        await _say(
            update,
            context,
            text(lang, "events.ask_message", count=len(lifecycle.attendees(engine, event_id))),
        )
    elif action == "evk":
        event = lifecycle.get(engine, _event_id(rest))
        await query.answer()
        buttons = [
            [
                _button(text(lang, "events.cancel_yes"), f"evK:{event.id}"),
                _button(text(lang, "events.cancel_no"), f"evr:{event.id}"),
            ]
        ]
        await _say(update, context, text(lang, "events.cancel_confirm", title=event.title), buttons)
    elif action == "evK":
        told = lifecycle.cancel(engine, who=who, event_id=_event_id(rest), zone=zone)
        wake_courier(context)
        await query.answer()
        await _say(update, context, text(lang, "events.cancelled", count=told))
    else:
        raise LookupError(action)


async def _say(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    body: str,
    buttons: list[list[InlineKeyboardButton]] | None = None,
) -> Any:
    chat = update.effective_chat
    if chat is None:
        return None
    return await context.bot.send_message(
        chat.id, body, reply_markup=InlineKeyboardMarkup(buttons) if buttons else None
    )


def _audience_label(draft: dict[str, Any], lang: str) -> str:
    regions = ", ".join(draft.get("regions", [])) or text(lang, "event.everywhere")
    roles = ", ".join(text(lang, f"role.{r}") for r in draft.get("roles", [])) or text(lang, "event.everyone")
    return text(lang, "event.audience", regions=regions, roles=roles)


def _audience_buttons(draft: dict[str, Any], lang: str) -> list[list[InlineKeyboardButton]]:
    def mark(label: str, on: bool) -> str:
        return f"✓ {label}" if on else label

    chosen_regions, chosen_roles = set(draft.get("regions", [])), set(draft.get("roles", []))
    regions = [
        _button(mark(r.name, r.name in chosen_regions), f"eva:r:{r.abbreviation}") for r in load_regions()
    ]
    roles = [
        _button(mark(text(lang, f"role.{role}"), role in chosen_roles), f"eva:o:{role}") for role in ROLES
    ]
    rows = [regions[i : i + 2] for i in range(0, len(regions), 2)]
    rows += [roles[i : i + 2] for i in range(0, len(roles), 2)]
    rows.append(
        [
            _button(text(lang, "events.audience_all"), "eva:all"),
            _button(text(lang, "events.audience_done"), "eva:done"),
        ]
    )
    return rows


async def _audience_button(update: Update, context: ContextTypes.DEFAULT_TYPE, rest: str) -> None:
    query = update.callback_query
    assert query is not None
    lang = language(update, context)
    draft = _draft(context)
    if not draft.get("title"):
        raise LookupError("no draft")
    kind, _, value = rest.partition(":")
    if kind == "done":
        await query.answer()
        await _preview(update, context)
        return
    if kind == "all":
        draft["regions"], draft["roles"] = [], []
    elif kind == "r":
        name = find_region(value)
        if name is None:
            raise LookupError(value)
        draft["regions"] = sorted(set(draft.get("regions", [])) ^ {name})
    elif kind == "o" and value in ROLES:
        draft["roles"] = [r for r in ROLES if r in set(draft.get("roles", [])) ^ {value}]
    else:
        raise LookupError(rest)
    await query.answer()
    body = text(lang, "events.ask_audience", audience=_audience_label(draft, lang))
    await replace_message(
        query, context, body, reply_markup=InlineKeyboardMarkup(_audience_buttons(draft, lang))
    )


async def _ask_audience(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = language(update, context)
    draft = _draft(context)
    body = text(lang, "events.ask_audience", audience=_audience_label(draft, lang))
    await _say(update, context, body, _audience_buttons(draft, lang))


async def _preview(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The draft becomes an event row (status draft) and is shown as it will arrive."""
    assert context.user_data is not None
    lang = language(update, context)
    engine = services_of(context).engine
    draft = context.user_data.pop("event_draft", {})
    starts = draft.get("starts_at")
    event = lifecycle.create(
        engine,
        who=current_who(update, context),
        title=draft["title"],
        starts_at=datetime.fromisoformat(starts) if starts else None,
        place=draft.get("place", ""),
        link=draft.get("link", ""),
        description=draft.get("description", ""),
        regions=draft.get("regions", []),
        roles=draft.get("roles", []),
    )
    body = text(
        lang,
        "events.preview",
        count=len(lifecycle.audience(engine, event)),
        card=Html(lifecycle.event_text(event, lang, _zone(context))),
        audience=lifecycle.audience_text(event, lang),
    )
    buttons = [
        [
            _button(text(lang, "events.send_now"), f"evs:{event.id}"),
            _button(text(lang, "events.schedule"), f"evp:{event.id}"),
        ],
        [_button(text(lang, "events.discard"), f"evd:{event.id}")],
    ]
    await _say(update, context, body, buttons)


async def _report(update: Update, context: ContextTypes.DEFAULT_TYPE, event: EventView) -> None:
    lang = language(update, context)
    engine, zone = services_of(context).engine, _zone(context)
    delivered, counts = lifecycle.report(engine, event.id)
    body = text(
        lang,
        "events.report",
        card=Html(lifecycle.event_text(event, lang, zone)),
        audience=lifecycle.audience_text(event, lang),
        sent=delivered.sent,
        blocked=delivered.blocked,
        failed=delivered.failed,
        pending=delivered.pending,
        yes=counts["yes"],
        maybe=counts["maybe"],
        no=counts["no"],
    )
    if event.status == "scheduled" and event.send_at is not None:
        body += "\n" + text(lang, "events.report_scheduled", when=czech_moment(event.send_at, lang, zone))
    rows = [
        [
            _button(text(lang, "events.change_when"), f"evt:when:{event.id}"),
            _button(text(lang, "events.change_place"), f"evt:place:{event.id}"),
        ],
        [
            _button(text(lang, "events.change_description"), f"evt:description:{event.id}"),
            _button(text(lang, "events.change_title"), f"evt:title:{event.id}"),
        ],
        [
            _button(text(lang, "events.message_attendees"), f"evq:{event.id}"),
            _button(text(lang, "events.cancel_event"), f"evk:{event.id}"),
        ],
    ]
    if event.status == "draft":
        rows.insert(
            0,
            [
                _button(text(lang, "events.send_now"), f"evs:{event.id}"),
                _button(text(lang, "events.schedule"), f"evp:{event.id}"),
            ],
        )
    await _say(update, context, body, rows)


# -- typed values --------------------------------------------------------------------------------------
async def event_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """A step of creating or changing an event; False when the bot was not waiting for one."""
    message = update.message
    if message is None or message.text is None or context.user_data is None:
        return False
    step = context.user_data.get("event_input")
    if step is None:
        return False
    lang = language(update, context)
    if not can(current_who(update, context), "broadcast"):
        context.user_data.pop("event_input", None)
        await message.reply_text(text(lang, "event.not_allowed"))
        return True
    try:
        await _step(update, context, step, message.text)
    except InvalidValue as problem:
        await message.reply_text(text(lang, problem.reason, **problem.values))
    except NotUnderstood as problem:
        await message.reply_text(text(lang, problem.reason))
    return True


async def _step(update: Update, context: ContextTypes.DEFAULT_TYPE, step: str, typed: str) -> None:
    assert context.user_data is not None
    lang = language(update, context)
    engine, zone = services_of(context).engine, _zone(context)
    who = current_who(update, context)
    draft = _draft(context)
    if step == "title":
        draft["title"] = lifecycle.clean_title(typed)
        if draft.get("kind") == "event":
            expect(context, "event_input", "when")
            await _say(update, context, text(lang, "events.ask_when"))
        else:
            expect(context, "event_input", "description")
            await _say(update, context, text(lang, "events.ask_description"))
    elif step == "when":
        reading = read_when(typed, now=utc_now(), zone=zone)
        if not reading.has_time:
            await _say(update, context, text(lang, "when.need_time", example=f"{typed.strip()[:40]} v 10:00"))
            return
        draft["starts_at"] = reading.start.isoformat()
        context.user_data.pop("event_input", None)
        when = czech_moment(reading.start, lang, zone)
        buttons = [
            [
                _button(text(lang, "events.when_ok"), "evw:ok"),
                _button(text(lang, "events.when_again"), "evw:again"),
            ]
        ]
        await _say(update, context, text(lang, "events.confirm_when", when=when), buttons)
    elif step == "place":
        draft["place"], draft["link"] = lifecycle.clean_place(typed)
        expect(context, "event_input", "description")
        await _say(update, context, text(lang, "events.ask_description"))
    elif step == "description":
        draft["description"] = lifecycle.clean_description(typed)
        context.user_data.pop("event_input", None)
        await _ask_audience(update, context)
    elif step.startswith("send_at:"):
        event_id = int(step.split(":")[1])
        reading = read_when(typed, now=utc_now(), zone=zone)
        scheduled = lifecycle.schedule(engine, who=who, event_id=event_id, send_at=reading.start)
        context.user_data.pop("event_input", None)
        assert scheduled.send_at is not None
        when = czech_moment(scheduled.send_at, lang, zone)
        await _say(update, context, text(lang, "events.scheduled", when=when))
    elif step.startswith("change:"):
        _, field, raw = step.split(":")
        values: dict[str, Any]
        if field == "when":
            reading = read_when(typed, now=utc_now(), zone=zone)
            values = {"starts_at": reading.start}
        elif field == "place":
            place, link = lifecycle.clean_place(typed)
            values = {"place": place, "link": link}
        elif field == "title":
            values = {"title": lifecycle.clean_title(typed)}
        else:
            values = {"description": lifecycle.clean_description(typed)}
        _, told = lifecycle.change(engine, who=who, event_id=int(raw), zone=zone, **values)
        context.user_data.pop("event_input", None)
        wake_courier(context)
        await _say(update, context, text(lang, "events.changed", count=told))
    elif step.startswith("message:"):
        told = lifecycle.message_attendees(engine, who=who, event_id=int(step.split(":")[1]), message=typed)
        context.user_data.pop("event_input", None)
        wake_courier(context)
        await _say(update, context, text(lang, "events.messaged", count=told))


# -- jobs ----------------------------------------------------------------------------------------------
REPORT_EVERY = 3  # seconds between edits of a live delivery report (handlers/app.py)


def _progress_text(lang: str, event_id: int, total: int, context: ContextTypes.DEFAULT_TYPE) -> str:
    state = progress(services_of(context).engine, batch=f"event:{event_id}")
    done = state.sent + state.blocked + state.failed
    if done >= total:  # 0 / 0 included: nobody to tell is done at once
        return text(
            lang,
            "events.progress_done",
            sent=state.sent,
            total=total,
            blocked=state.blocked,
            failed=state.failed,
        )
    details = (
        text(lang, "events.progress_details", blocked=state.blocked, failed=state.failed)
        if state.blocked or state.failed
        else ""
    )
    budget: SendBudget | None = context.bot_data.get("budget")
    if budget is not None and budget.slowed_within(REPORT_EVERY + 2):
        details += text(lang, "events.progress_slowed")
    return text(lang, "events.progress", sent=state.sent, total=total, details=Html(details))


def _follow_report(
    context: ContextTypes.DEFAULT_TYPE, event_id: int, total: int, body: str, *, chat_id: int, message_id: int
) -> None:
    """Keep the coordinator's "Odesláno X / N" live, knowing what it shows now: an event with
    nobody to tell (0 recipients) is done at once, and no edit repeats what is shown."""
    if total == 0:
        return
    context.bot_data.setdefault("reports_shown", {})[event_id] = body
    lifecycle.set_report(
        services_of(context).engine, event_id=event_id, chat_id=chat_id, message_id=message_id
    )


async def every_minute(context: ContextTypes.DEFAULT_TYPE) -> None:
    """JobQueue: scheduled events go out, reminders the day and the hour before."""
    services = services_of(context)
    zone = services.settings.tzinfo
    released = lifecycle.released_scheduled(services.engine, zone=zone)
    queued = sum(count for _, count in released) + lifecycle.send_reminders(services.engine, zone=zone)
    if queued:
        wake_courier(context)
    for event, count in released:
        # the coordinator who planned it gets the same live "Odesláno X / N" as for "send now"
        body = _progress_text(services.settings.default_language, event.id, count, context)
        sent = await context.bot.send_message(event.created_by, body)
        _follow_report(context, event.id, count, body, chat_id=sent.chat.id, message_id=sent.message_id)


async def delivery_reports(context: ContextTypes.DEFAULT_TYPE) -> None:
    """JobQueue, every 3 s: edit the coordinator's "Odesláno 1 200 / 5 000" while it changes."""
    services = services_of(context)
    lang = services.settings.default_language
    shown: dict[int, str] = context.bot_data.setdefault("reports_shown", {})
    for event_id, chat_id, message_id, total in lifecycle.reports_in_progress(services.engine):
        body = _progress_text(lang, event_id, total, context)
        if shown.get(event_id) != body:
            try:
                await context.bot.edit_message_text(body, chat_id=chat_id, message_id=message_id)
            except BadRequest:
                pass  # "message is not modified" after a restart, or the message was deleted
            shown[event_id] = body
        state = progress(services.engine, batch=f"event:{event_id}")
        if state.pending == 0:
            lifecycle.finish_report(services.engine, event_id=event_id)
            shown.pop(event_id, None)
