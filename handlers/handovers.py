"""/predani and "🤝 Předat": handing a client over pseudonymously, moving it along, feedback.

The steps (needs -> release date -> note -> consent) live in user_data["handover_draft"]; the
typed ones are user_data["handover_input"]. Rules, privacy checks and visibility are in
bot/handovers.py.
"""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import clock
from bot.directory.services import looks_like_id, need_names, service_details
from bot.followup import handovers
from bot.followup.handovers import DECLINE_REASONS, PROVIDER_MOVES, HandoverView
from bot.network.permissions import can
from bot.refusals import InvalidValue, NotAllowed
from bot.text.i18n import Html, czech_date, text
from handlers.common import replace_message
from handlers.context import current_who, expect, language, services_of, wake_courier


def _button(label: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=data)


async def _say(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    body: str,
    rows: list[list[InlineKeyboardButton]] | None = None,
) -> None:
    if update.effective_chat is not None:
        await context.bot.send_message(
            update.effective_chat.id, body, reply_markup=InlineKeyboardMarkup(rows) if rows else None
        )


async def handovers_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    lang = language(update, context)
    who = current_who(update, context)
    if not who.approved:
        await message.reply_text(text(lang, "handovers.guest"))
        return
    found = handovers.open_handovers(services_of(context).engine, who=who)
    lines = [text(lang, "handovers.list") if found else text(lang, "handovers.none")]
    rows = []
    for handover in found:
        status = text(lang, f"handover.status.{handover.status}")
        label = text(lang, "handovers.item", code=handover.code, service=handover.service_name, status=status)
        rows.append([_button(label[:64], f"hv:{handover.id}")])
    if can(who, "hand_over"):
        lines += ["", text(lang, "handovers.how_to_start")]
    await message.reply_text("\n".join(lines), reply_markup=InlineKeyboardMarkup(rows) if rows else None)


async def handover_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    action, _, rest = (query.data or "").partition(":")
    try:
        if action in ("ho", "hn", "hx", "hc"):
            await _draft_step(update, context, action, rest)
        else:
            await _existing(update, context, action, rest)
    except NotAllowed:
        await query.answer(text(lang, "handovers.not_allowed"), show_alert=True)
    except InvalidValue as problem:
        await query.answer(text(lang, problem.reason, **problem.values), show_alert=True)
    except (LookupError, ValueError):
        await query.answer(text(lang, "answer.stale"))


def _needs_rows(draft: dict[str, Any], names: dict[str, str], lang: str) -> list[list[InlineKeyboardButton]]:
    chosen = set(draft["needs"])
    buttons = [
        _button(("✓ " if code in chosen else "") + names.get(code, code), f"hn:{code}")
        for code in draft["offered"]
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([_button(text(lang, "handovers.next"), "hx:")])
    return rows


async def _draft_step(update: Update, context: ContextTypes.DEFAULT_TYPE, action: str, rest: str) -> None:
    query = update.callback_query
    assert query is not None and context.user_data is not None
    lang = language(update, context)
    who = current_who(update, context)
    if not can(who, "hand_over"):
        await query.answer(text(lang, "handovers.not_referrer"), show_alert=True)
        return
    engine = services_of(context).engine
    names = need_names(engine)
    if action == "ho":
        if not looks_like_id(rest):
            raise LookupError(rest)
        details = service_details(engine, [rest]).get(rest)
        if details is None:
            raise LookupError(rest)
        draft: dict[str, Any] = {
            "service_id": rest,
            "service": details.name,
            "offered": details.needs or sorted(names),
            "needs": [],
        }
        context.user_data["handover_draft"] = draft
        await query.answer()
        await _say(
            update,
            context,
            text(lang, "handovers.start", service=details.name),
            _needs_rows(draft, names, lang),
        )
        return
    draft = context.user_data.get("handover_draft") or {}
    if not draft:
        raise LookupError("no draft")
    if action == "hn":
        if rest not in draft["offered"]:
            raise LookupError(rest)
        draft["needs"] = [c for c in draft["offered"] if c in set(draft["needs"]) ^ {rest}]
        await query.answer()
        body = text(lang, "handovers.start", service=draft["service"])
        await replace_message(
            query, context, body, reply_markup=InlineKeyboardMarkup(_needs_rows(draft, names, lang))
        )
    elif action == "hx":
        await query.answer()
        expect(context, "handover_input", "release")
        await _say(update, context, text(lang, "handovers.ask_release"))
    elif action == "hc":
        handover = handovers.create(
            engine,
            who=who,
            service_id=draft["service_id"],
            needs=draft["needs"],
            release_date=draft.get("release"),
            consent=True,
            note=draft.get("note", ""),
            zone=services_of(context).settings.tzinfo,
            remind_before=services_of(context).settings.handover_remind_before,
            remind_after=services_of(context).settings.handover_remind_after,
        )
        context.user_data.pop("handover_draft", None)
        wake_courier(context)
        await query.answer()
        summary = handovers.summary(handover, lang, names)
        await _say(
            update, context, text(lang, "handovers.created", code=handover.code, summary=Html(summary))
        )


async def _existing(update: Update, context: ContextTypes.DEFAULT_TYPE, action: str, rest: str) -> None:
    query = update.callback_query
    assert query is not None
    lang = language(update, context)
    engine = services_of(context).engine
    who = current_who(update, context)
    parts = rest.split(":")
    handover_id = int(parts[-1])
    if action == "hv":
        handover = handovers.get(engine, who=who, handover_id=handover_id)  # visibility first
        await query.answer()
        await _card(update, context, handover)
    elif action == "hd":
        handover = handovers.get(engine, who=who, handover_id=handover_id)
        await query.answer()
        rows = [
            [_button(text(lang, f"handover.reason.{r}"), f"hr:{r}:{handover.id}")] for r in DECLINE_REASONS
        ]
        await _say(update, context, text(lang, "handovers.choose_reason"), rows)
    elif action in ("hm", "hr"):
        status, reason = (parts[0], None) if action == "hm" else ("declined", parts[0])
        moved = handovers.move(engine, who=who, handover_id=handover_id, status=status, reason=reason)
        wake_courier(context)
        await query.answer(
            text(lang, "handovers.moved", status=text(lang, f"handover.status.{moved.status}"))
        )
        await _card(update, context, moved)
    elif action == "hf":
        handovers.feedback(engine, who=who, handover_id=handover_id, answer=parts[0])
        wake_courier(context)
        await query.answer(text(lang, "handovers.feedback_thanks"), show_alert=True)
    else:
        raise LookupError(action)


async def _card(update: Update, context: ContextTypes.DEFAULT_TYPE, handover: HandoverView) -> None:
    lang = language(update, context)
    engine, zone = services_of(context).engine, services_of(context).settings.tzinfo
    who = current_who(update, context)
    lines = [handovers.summary(handover, lang, need_names(engine)), "", text(lang, "handovers.history")]
    for step in handovers.history(engine, who=who, handover_id=handover.id):
        reason = step.reason.removeprefix("feedback:")
        key = (
            f"handover.feedback.{reason}"
            if step.reason.startswith("feedback:")
            else f"handover.reason.{reason}"
        )
        lines.append(
            text(
                lang,
                "handovers.history_line",
                when=czech_date(step.at.astimezone(zone)),
                status=text(lang, f"handover.status.{step.status}"),
                reason=f" ({text(lang, key)})" if reason else "",
            )
        )
    rows: list[list[InlineKeyboardButton]] = []
    if handovers.is_provider(who, handover):
        moves = PROVIDER_MOVES.get(handover.status, set())
        buttons = [
            _button(text(lang, f"handovers.move.{s}"), f"hm:{s}:{handover.id}")
            for s in sorted(moves - {"declined"})
        ]
        if "declined" in moves:
            buttons.append(_button(text(lang, "handover.decline"), f"hd:{handover.id}"))
        rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    elif handover.referrer_id == who.user_id and handover.status in handovers.OPEN:
        rows = [[_button(text(lang, "handovers.move.closed"), f"hm:closed:{handover.id}")]]
    await _say(update, context, "\n".join(lines), rows)


async def handover_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """The release date or the note typed during a handover; False when none was asked for."""
    message = update.message
    if message is None or message.text is None or context.user_data is None:
        return False
    step = context.user_data.get("handover_input")
    draft = context.user_data.get("handover_draft")
    if step is None or draft is None:
        return False
    lang = language(update, context)
    typed = message.text.strip()
    if step == "release":
        today = clock.today(services_of(context).settings.tzinfo)
        try:
            draft["release"] = handovers.read_release(typed, today=today)
        except InvalidValue as problem:
            await message.reply_text(text(lang, problem.reason, **problem.values))
            return True
        expect(context, "handover_input", "note")
        await message.reply_text(text(lang, "handovers.ask_note"))
        return True
    try:
        draft["note"] = "" if typed in ("-", "–") else handovers.check_note(typed)
    except InvalidValue as problem:
        found = ", ".join(dict.fromkeys(text(lang, f.reason) for f in problem.findings))
        await message.reply_text(text(lang, problem.reason, found=found, **problem.values))
        return True
    context.user_data.pop("handover_input", None)
    await message.reply_text(
        text(lang, "handovers.ask_consent"),
        reply_markup=InlineKeyboardMarkup([[_button(text(lang, "handovers.consent"), "hc:")]]),
    )
    return True
