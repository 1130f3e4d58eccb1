"""/akce: upcoming events for everyone; coordinators create, send, schedule, change, cancel
events and announcements, see delivery and answers, and write to attendees.

Buttons go to one small function each (FOR_EVERYONE, FOR_COORDINATORS); creating or changing an
event is a dialogue (handlers/dialogue.py) whose typed steps go to one function each (STEPS).
All rules are in bot/events/; this module parses, calls and renders.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from telegram import CallbackQuery, InputFile, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.buttons import Button, Tap, pack, unpack
from bot.clock import utc_now
from bot.delivery.budget import SendBudget
from bot.delivery.outbox import progress
from bot.events import lifecycle
from bot.events.ics import event_ics
from bot.events.lifecycle import EventView
from bot.network.permissions import ROLES, can
from bot.refusals import InvalidValue, NotAllowed
from bot.search.index import find_region, load_regions
from bot.text.dates import read_when
from bot.text.i18n import Html, czech_moment, refusal, text
from handlers import dialogue
from handlers.common import replace_message
from handlers.context import current_who, language, services_of, wake_courier
from handlers.dialogue import Dialogue
from handlers.keyboards import markup

REPLIES = {"y": "yes", "m": "maybe", "n": "no"}


def _zone(context: ContextTypes.DEFAULT_TYPE) -> Any:
    return services_of(context).settings.tzinfo


def _draft(context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any]:
    """What was chosen so far for a new event (empty when no event is being made)."""
    going = dialogue.current(context, "event")
    return going.draft if going is not None else {}


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
    zone = _zone(context)
    with services_of(context).unit_of_work() as session:
        upcoming = lifecycle.upcoming(session=session, user_id=user.id)
        mine = {
            event.id: lifecycle.my_answer(session=session, user_id=user.id, event_id=event.id)
            for event in upcoming
        }
        managed = lifecycle.created_by_coordinators(session=session, who=who) if can(who, "broadcast") else []
    lines = [text(lang, "events.list") if upcoming else text(lang, "events.none")]
    rows: list[list[Button]] = []
    for event in upcoming:
        given = mine[event.id]
        answer = text(lang, "events.item_answer", label=text(lang, f"event.answer.{given}")) if given else ""
        when = lifecycle.when_text(event, lang, zone) or "📣"
        lines.append(text(lang, "events.item", title=event.title, when=when, answer=answer))
        rows.append([Button(event.title[:60], pack("evo", event.id))])
    if can(who, "broadcast"):
        rows.append(
            [
                Button(text(lang, "events.new_event"), pack("evadd", "e")),
                Button(text(lang, "events.new_announcement"), pack("evadd", "a")),
            ]
        )
        if managed:
            lines += ["", text(lang, "events.mine")]
            rows += [
                [
                    Button(
                        text(
                            lang,
                            "events.mine_item",
                            status=text(lang, f"events.status.{e.status}"),
                            title=e.title,
                        )[:60],
                        pack("evr", e.id),
                    )
                ]
                for e in managed[:10]
            ]
    await message.reply_text("\n".join(lines), reply_markup=markup(rows) if rows else None)


# -- buttons -------------------------------------------------------------------------------------------
async def event_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Everyone: answers (evy/evm/evn), the calendar file (evc), opening an event (evo).
    Coordinators: the rest of ACTIONS' ev* (bot/buttons.py), one small function each."""
    query = update.callback_query
    if query is None:
        return
    tap = unpack(query.data)
    lang = language(update, context)
    try:
        if tap.action in FOR_EVERYONE:
            await FOR_EVERYONE[tap.action](update, context, tap)
        elif tap.action in FOR_COORDINATORS:
            if not can(current_who(update, context), "broadcast"):
                raise NotAllowed(tap.action)
            await FOR_COORDINATORS[tap.action](update, context, tap)
        else:
            raise LookupError(tap.action)
    except NotAllowed:
        reason = "event.not_for_you" if tap.action in FOR_EVERYONE else "event.not_allowed"
        await query.answer(text(lang, reason), show_alert=True)
    except (LookupError, ValueError):
        await query.answer(text(lang, "answer.stale"))


def _event_id(raw: str) -> int:
    if not raw.isdigit():
        raise LookupError(raw)
    return int(raw)


def _query(update: Update) -> CallbackQuery:
    query = update.callback_query
    assert query is not None
    return query


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    query = _query(update)
    reply = REPLIES[tap.action[-1]]
    lang = language(update, context)
    event_id = _event_id(tap.part(0))
    who = current_who(update, context)
    try:
        with services_of(context).unit_of_work() as session:
            counts = lifecycle.answer(session=session, who=who, event_id=event_id, reply=reply)
            event = lifecycle.get(session=session, event_id=event_id)
    except InvalidValue:
        await query.answer(text(lang, "event.closed"), show_alert=True)
        return
    label = text(lang, f"event.answer.{reply}")
    await query.answer(text(lang, "event.answered", label=label, yes=counts["yes"], maybe=counts["maybe"]))
    buttons = lifecycle.answer_buttons(event, lang, chosen=reply)
    if buttons is not None and query.message is not None:
        try:
            await query.edit_message_reply_markup(markup(buttons))
        except BadRequest:
            pass  # the same answer twice: the buttons already show it


async def _calendar(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    query, chat = _query(update), update.effective_chat
    lang = language(update, context)
    event = services_of(context).act(
        lifecycle.visible, who=current_who(update, context), event_id=_event_id(tap.part(0))
    )
    if event.starts_at is None or event.status == "cancelled":
        await query.answer(text(lang, "event.closed"))
        return
    await query.answer()
    if chat is not None:
        document = InputFile(event_ics(event, now=utc_now()), filename=f"spojka-akce-{event.id}.ics")
        await context.bot.send_document(
            chat.id, document, caption=text(lang, "events.calendar_caption", title=event.title)
        )


async def _open(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    query, chat = _query(update), update.effective_chat
    lang = language(update, context)
    who = current_who(update, context)
    with services_of(context).unit_of_work() as session:
        event = lifecycle.get(session=session, event_id=_event_id(tap.part(0)))
        if event.status == "sent":
            event = lifecycle.visible(session=session, who=who, event_id=event.id)
    if event.status != "sent":
        await query.answer(text(lang, "event.closed"))
        return
    await query.answer()
    if chat is not None:
        card = lifecycle.event_text(event, lang, _zone(context))
        await context.bot.send_message(
            chat.id, card, reply_markup=markup(lifecycle.answer_buttons(event, lang))
        )


# -- coordinators --------------------------------------------------------------------------------------
async def _new(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    """➕ Nová akce (e) / ➕ Oznámení (a): the draft starts with the title."""
    lang = language(update, context)
    kind = "event" if tap.part(0) == "e" else "announcement"
    dialogue.begin(context, "event", "title", draft={"kind": kind})
    await _query(update).answer()
    await _say(
        update,
        context,
        text(lang, "events.ask_title" if kind == "event" else "events.ask_announcement_title"),
    )


async def _when_confirmed(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    """The moment read back was right (ok: the place next) or is to be typed again."""
    lang = language(update, context)
    await _query(update).answer()
    if tap.part(0) == "ok" and _draft(context).get("starts_at"):
        dialogue.move(context, "event", "place")
        await _say(update, context, text(lang, "events.ask_place"))
    else:
        dialogue.move(context, "event", "when")
        await _say(update, context, text(lang, "events.ask_when"))


async def _send_now(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    lang = language(update, context)
    event_id = _event_id(tap.part(0))
    # on a thread: one outbox row for each of the recipients (a network's thousand and more)
    total = await services_of(context).act_in_thread(
        lifecycle.send, who=current_who(update, context), event_id=event_id, zone=_zone(context)
    )
    await _query(update).answer()
    wake_courier(context)
    body = _progress_text(lang, event_id, total, context)
    sent = await _say(update, context, body)
    if sent is not None:
        _follow_report(context, event_id, total, body, chat_id=sent.chat.id, message_id=sent.message_id)


async def _ask_send_at(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    dialogue.begin(context, "event", "send_at", about=_event_id(tap.part(0)))
    await _query(update).answer()
    await _say(update, context, text(language(update, context), "events.ask_send_at"))


async def _discard(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    services_of(context).act(
        lifecycle.cancel,
        who=current_who(update, context),
        event_id=_event_id(tap.part(0)),
        zone=_zone(context),
    )
    await _query(update).answer(text(language(update, context), "events.discarded"))


async def _show_report(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    await _query(update).answer()
    await _report(update, context, services_of(context).act(lifecycle.get, event_id=_event_id(tap.part(0))))


async def _ask_change(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    field = tap.part(0)
    if field not in CHANGEABLE:
        raise LookupError(field)
    dialogue.begin(context, "event", f"change_{field}", about=_event_id(tap.part(1)))
    await _query(update).answer()
    lang = language(update, context)
    await _say(update, context, text(lang, "events.ask_when" if field == "when" else "events.ask_new_value"))


async def _ask_message(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    event_id = _event_id(tap.part(0))
    dialogue.begin(context, "event", "message", about=event_id)
    await _query(update).answer()
    count = len(services_of(context).act(lifecycle.attendees, event_id=event_id))
    await _say(update, context, text(language(update, context), "events.ask_message", count=count))


async def _ask_cancel(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    lang = language(update, context)
    event = services_of(context).act(lifecycle.get, event_id=_event_id(tap.part(0)))
    await _query(update).answer()
    buttons = [
        [
            Button(text(lang, "events.cancel_yes"), pack("evK", event.id)),
            Button(text(lang, "events.cancel_no"), pack("evr", event.id)),
        ]
    ]
    await _say(update, context, text(lang, "events.cancel_confirm", title=event.title), buttons)


async def _cancel(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    who = current_who(update, context)
    told = await services_of(context).act_in_thread(  # one row for each who was invited
        lifecycle.cancel, who=who, event_id=_event_id(tap.part(0)), zone=_zone(context)
    )
    wake_courier(context)
    await _query(update).answer()
    await _say(update, context, text(language(update, context), "events.cancelled", count=told))


async def _say(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    body: str,
    buttons: list[list[Button]] | None = None,
) -> Any:
    chat = update.effective_chat
    if chat is None:
        return None
    return await context.bot.send_message(chat.id, body, reply_markup=markup(buttons) if buttons else None)


def _audience_label(draft: dict[str, Any], lang: str) -> str:
    regions = ", ".join(draft.get("regions", [])) or text(lang, "event.everywhere")
    roles = ", ".join(text(lang, f"role.{r}") for r in draft.get("roles", [])) or text(lang, "event.everyone")
    return text(lang, "event.audience", regions=regions, roles=roles)


def _audience_buttons(draft: dict[str, Any], lang: str) -> list[list[Button]]:
    def mark(label: str, on: bool) -> str:
        return f"✓ {label}" if on else label

    chosen_regions, chosen_roles = set(draft.get("regions", [])), set(draft.get("roles", []))
    regions = [
        Button(mark(r.name, r.name in chosen_regions), pack("eva", "r", r.abbreviation))
        for r in load_regions()
    ]
    roles = [
        Button(mark(text(lang, f"role.{role}"), role in chosen_roles), pack("eva", "o", role))
        for role in ROLES
    ]
    rows = [regions[i : i + 2] for i in range(0, len(regions), 2)]
    rows += [roles[i : i + 2] for i in range(0, len(roles), 2)]
    rows.append(
        [
            Button(text(lang, "events.audience_all"), pack("eva", "all")),
            Button(text(lang, "events.audience_done"), pack("eva", "done")),
        ]
    )
    return rows


async def _audience(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: Tap) -> None:
    """Toggle a region (r) or a role (o), everyone (all), or done: the preview."""
    query = _query(update)
    lang = language(update, context)
    draft = _draft(context)
    if not draft.get("title"):
        raise LookupError("no draft")
    kind, value = tap.part(0), tap.part(1)
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
        raise LookupError(tap.rest)
    await query.answer()
    body = text(lang, "events.ask_audience", audience=_audience_label(draft, lang))
    await replace_message(query, context, body, reply_markup=markup(_audience_buttons(draft, lang)))


async def _ask_audience(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = language(update, context)
    draft = _draft(context)
    body = text(lang, "events.ask_audience", audience=_audience_label(draft, lang))
    await _say(update, context, body, _audience_buttons(draft, lang))


async def _preview(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The draft becomes an event row (status draft) and is shown as it will arrive."""
    lang = language(update, context)
    draft = _draft(context)
    dialogue.end(context, "event")
    starts = draft.get("starts_at")
    who = current_who(update, context)
    with services_of(context).unit_of_work() as session:
        event = lifecycle.create(
            session=session,
            who=who,
            title=draft["title"],
            starts_at=datetime.fromisoformat(starts) if starts else None,
            place=draft.get("place", ""),
            link=draft.get("link", ""),
            description=draft.get("description", ""),
            regions=draft.get("regions", []),
            roles=draft.get("roles", []),
        )
        count = len(lifecycle.audience(session=session, event=event))
    body = text(
        lang,
        "events.preview",
        count=count,
        card=Html(lifecycle.event_text(event, lang, _zone(context))),
        audience=lifecycle.audience_text(event, lang),
    )
    buttons = [
        [
            Button(text(lang, "events.send_now"), pack("evs", event.id)),
            Button(text(lang, "events.schedule"), pack("evp", event.id)),
        ],
        [Button(text(lang, "events.discard"), pack("evd", event.id))],
    ]
    await _say(update, context, body, buttons)


async def _report(update: Update, context: ContextTypes.DEFAULT_TYPE, event: EventView) -> None:
    lang = language(update, context)
    zone = _zone(context)
    delivered, counts = services_of(context).act(lifecycle.report, event_id=event.id)
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
            Button(text(lang, "events.change_when"), pack("evt", "when", event.id)),
            Button(text(lang, "events.change_place"), pack("evt", "place", event.id)),
        ],
        [
            Button(text(lang, "events.change_description"), pack("evt", "description", event.id)),
            Button(text(lang, "events.change_title"), pack("evt", "title", event.id)),
        ],
        [
            Button(text(lang, "events.message_attendees"), pack("evq", event.id)),
            Button(text(lang, "events.cancel_event"), pack("evk", event.id)),
        ],
    ]
    if event.status == "draft":
        rows.insert(
            0,
            [
                Button(text(lang, "events.send_now"), pack("evs", event.id)),
                Button(text(lang, "events.schedule"), pack("evp", event.id)),
            ],
        )
    await _say(update, context, body, rows)


# -- typed values --------------------------------------------------------------------------------------
async def event_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """A typed step of creating or changing an event; False when the bot was not waiting for one."""
    message = update.message
    going = dialogue.current(context, "event")
    if message is None or message.text is None or going is None or going.step not in STEPS:
        return False
    lang = language(update, context)
    if not can(current_who(update, context), "broadcast"):
        dialogue.end(context)
        await message.reply_text(text(lang, "event.not_allowed"))
        return True
    try:
        await STEPS[going.step](update, context, going, message.text)
    except InvalidValue as problem:  # NotUnderstood too: the bot keeps waiting
        await message.reply_text(refusal(lang, problem))
    return True


async def _title(update: Update, context: ContextTypes.DEFAULT_TYPE, going: Dialogue, typed: str) -> None:
    lang = language(update, context)
    going.draft["title"] = lifecycle.clean_title(typed)
    if going.draft.get("kind") == "event":
        going.step = "when"
        await _say(update, context, text(lang, "events.ask_when"))
    else:
        going.step = "description"
        await _say(update, context, text(lang, "events.ask_description"))


async def _when(update: Update, context: ContextTypes.DEFAULT_TYPE, going: Dialogue, typed: str) -> None:
    lang, zone = language(update, context), _zone(context)
    reading = read_when(typed, now=utc_now(), zone=zone)
    if not reading.has_time:
        await _say(update, context, text(lang, "when.need_time", example=f"{typed.strip()[:40]} v 10:00"))
        return
    going.draft["starts_at"] = reading.start.isoformat()
    going.step = "confirm_when"  # a button now
    buttons = [
        [
            Button(text(lang, "events.when_ok"), pack("evw", "ok")),
            Button(text(lang, "events.when_again"), pack("evw", "again")),
        ]
    ]
    when = czech_moment(reading.start, lang, zone)
    await _say(update, context, text(lang, "events.confirm_when", when=when), buttons)


async def _place(update: Update, context: ContextTypes.DEFAULT_TYPE, going: Dialogue, typed: str) -> None:
    going.draft["place"], going.draft["link"] = lifecycle.clean_place(typed)
    going.step = "description"
    await _say(update, context, text(language(update, context), "events.ask_description"))


async def _description(
    update: Update, context: ContextTypes.DEFAULT_TYPE, going: Dialogue, typed: str
) -> None:
    going.draft["description"] = lifecycle.clean_description(typed)
    going.step = "audience"  # buttons now
    await _ask_audience(update, context)


async def _send_at(update: Update, context: ContextTypes.DEFAULT_TYPE, going: Dialogue, typed: str) -> None:
    lang, zone = language(update, context), _zone(context)
    reading = read_when(typed, now=utc_now(), zone=zone)
    who = current_who(update, context)
    scheduled = services_of(context).act(
        lifecycle.schedule, who=who, event_id=int(going.about), send_at=reading.start
    )
    dialogue.end(context)
    assert scheduled.send_at is not None
    await _say(
        update, context, text(lang, "events.scheduled", when=czech_moment(scheduled.send_at, lang, zone))
    )


async def _change(update: Update, context: ContextTypes.DEFAULT_TYPE, going: Dialogue, typed: str) -> None:
    field = going.step.removeprefix("change_")
    values: dict[str, Any]
    if field == "when":
        values = {"starts_at": read_when(typed, now=utc_now(), zone=_zone(context)).start}
    elif field == "place":
        place, link = lifecycle.clean_place(typed)
        values = {"place": place, "link": link}
    elif field == "title":
        values = {"title": lifecycle.clean_title(typed)}
    else:
        values = {"description": lifecycle.clean_description(typed)}
    who = current_who(update, context)
    _, told = await services_of(context).act_in_thread(  # one row for each who was invited
        lifecycle.change, who=who, event_id=int(going.about), zone=_zone(context), **values
    )
    dialogue.end(context)
    wake_courier(context)
    await _say(update, context, text(language(update, context), "events.changed", count=told))


async def _message(update: Update, context: ContextTypes.DEFAULT_TYPE, going: Dialogue, typed: str) -> None:
    who = current_who(update, context)
    told = await services_of(context).act_in_thread(
        lifecycle.message_attendees, who=who, event_id=int(going.about), message=typed
    )
    dialogue.end(context)
    wake_courier(context)
    await _say(update, context, text(language(update, context), "events.messaged", count=told))


Step = Callable[[Update, ContextTypes.DEFAULT_TYPE, Dialogue, str], Awaitable[None]]
Action = Callable[[Update, ContextTypes.DEFAULT_TYPE, Tap], Awaitable[None]]
CHANGEABLE = ("when", "place", "description", "title")
STEPS: dict[str, Step] = {
    "title": _title,
    "when": _when,
    "place": _place,
    "description": _description,
    "send_at": _send_at,
    "message": _message,
    **{f"change_{field}": _change for field in CHANGEABLE},
}
FOR_EVERYONE: dict[str, Action] = {
    "evy": _answer,
    "evm": _answer,
    "evn": _answer,
    "evc": _calendar,
    "evo": _open,
}
FOR_COORDINATORS: dict[str, Action] = {
    "evadd": _new,
    "evw": _when_confirmed,
    "eva": _audience,
    "evs": _send_now,
    "evp": _ask_send_at,
    "evd": _discard,
    "evr": _show_report,
    "evt": _ask_change,
    "evq": _ask_message,
    "evk": _ask_cancel,
    "evK": _cancel,
}


# -- jobs ----------------------------------------------------------------------------------------------
def _progress_text(lang: str, event_id: int, total: int, context: ContextTypes.DEFAULT_TYPE) -> str:
    state = services_of(context).act(progress, batch=f"event:{event_id}")
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
    if budget is not None and budget.slowed_within(services_of(context).settings.live_report_seconds + 2):
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
    services_of(context).act(lifecycle.set_report, event_id=event_id, chat_id=chat_id, message_id=message_id)


async def every_minute(context: ContextTypes.DEFAULT_TYPE) -> None:
    """JobQueue: scheduled events go out, reminders the day and the hour before."""
    services = services_of(context)
    zone = services.settings.tzinfo
    # on a thread: an event released to thousands queues a row for each
    released = await asyncio.to_thread(lifecycle.released_scheduled, services.engine, zone=zone)
    reminded = await asyncio.to_thread(lifecycle.send_reminders, services.engine, zone=zone)
    queued = sum(count for _, count in released) + reminded
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
    for event_id, chat_id, message_id, total in services.act(lifecycle.reports_in_progress):
        # Read whether anything is left before the text: a message sent in between then shows
        # in this edit, never after the report was finished with an older count.
        state = services.act(progress, batch=f"event:{event_id}")
        body = _progress_text(lang, event_id, total, context)
        if shown.get(event_id) != body:
            try:
                await context.bot.edit_message_text(body, chat_id=chat_id, message_id=message_id)
            except BadRequest:
                pass  # "message is not modified" after a restart, or the message was deleted
            shown[event_id] = body
        if state.pending == 0:
            services.act(lifecycle.finish_report, event_id=event_id)
            shown.pop(event_id, None)
