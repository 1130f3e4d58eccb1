"""/predani and "🤝 Předat": handing a client over pseudonymously, moving it along, feedback.

The steps (needs -> release date -> note -> consent) are a dialogue (handlers/dialogue.py) whose
draft holds what was chosen; the release date and the note are typed. Rules, privacy checks
and visibility are in bot/followup/handovers.py.
"""

from __future__ import annotations

import re
from typing import Any

from telegram import Update
from telegram.ext import ContextTypes

from bot import clock
from bot.buttons import Button, pack, unpack
from bot.directory.services import looks_like_id, need_names, service_details
from bot.followup import handovers
from bot.followup.handovers import DECLINE_REASONS, PROVIDER_MOVES, HandoverView
from bot.network.permissions import can
from bot.refusals import InvalidValue, NotAllowed
from bot.text.i18n import Html, czech_date, refusal, text
from handlers import dialogue
from handlers.common import replace_message
from handlers.context import current_who, language, services_of, wake_courier
from handlers.keyboards import markup


async def _say(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    body: str,
    rows: list[list[Button]] | None = None,
) -> None:
    if update.effective_chat is not None:
        await context.bot.send_message(
            update.effective_chat.id, body, reply_markup=markup(rows) if rows else None
        )


async def handovers_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    lang = language(update, context)
    who = current_who(update, context)
    if not who.approved and not who.awaiting_change:
        await message.reply_text(text(lang, "handovers.guest"))
        return
    with services_of(context).unit_of_work() as session:
        found = handovers.open_handovers(session=session, who=who)
    lines = [text(lang, "handovers.list") if found else text(lang, "handovers.none")]
    rows = []
    for handover in found:
        status = text(lang, f"handover.status.{handover.status}")
        label = text(lang, "handovers.item", code=handover.code, service=handover.service_name, status=status)
        rows.append([Button(label[:64], pack("hv", handover.id))])
    if can(who, "hand_over"):
        lines += ["", text(lang, "handovers.how_to_start")]
    await message.reply_text("\n".join(lines), reply_markup=markup(rows) if rows else None)


async def handover_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    tap = unpack(query.data)
    action, rest = tap.action, tap.rest
    try:
        if action in ("ho", "hn", "hx", "hc"):
            await _draft_step(update, context, action, rest)
        else:
            await _existing(update, context, action, rest)
    except NotAllowed:
        await query.answer(text(lang, "handovers.not_allowed"), show_alert=True)
    except InvalidValue as problem:
        await query.answer(refusal(lang, problem), show_alert=True)
    except (LookupError, ValueError):
        await query.answer(text(lang, "answer.stale"))


def _needs_rows(draft: dict[str, Any], names: dict[str, str], lang: str) -> list[list[Button]]:
    chosen = set(draft["needs"])
    buttons = [
        Button(("✓ " if code in chosen else "") + names.get(code, code), pack("hn", code))
        for code in draft["offered"]
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([Button(text(lang, "handovers.next"), pack("hx", ""))])
    return rows


async def _draft_step(update: Update, context: ContextTypes.DEFAULT_TYPE, action: str, rest: str) -> None:
    query = update.callback_query
    assert query is not None
    lang = language(update, context)
    who = current_who(update, context)
    if not can(who, "hand_over"):
        await query.answer(text(lang, "handovers.not_referrer"), show_alert=True)
        return
    names = services_of(context).act(need_names)
    if action == "ho":
        if not looks_like_id(rest):
            raise LookupError(rest)
        details = services_of(context).act(service_details, service_ids=[rest]).get(rest)
        if details is None:
            raise LookupError(rest)
        draft: dict[str, Any] = {
            "service_id": rest,
            "service": details.name,
            "offered": details.needs or sorted(names),
            "needs": [],
        }
        dialogue.begin(context, "handover", "needs", about=rest, draft=draft)
        await query.answer()
        await _say(
            update,
            context,
            text(lang, "handovers.start", service=details.name),
            _needs_rows(draft, names, lang),
        )
        return
    going = dialogue.current(context, "handover")
    if going is None:
        raise LookupError("no draft")
    draft = going.draft
    if action == "hn":
        if rest not in draft["offered"]:
            raise LookupError(rest)
        draft["needs"] = [c for c in draft["offered"] if c in set(draft["needs"]) ^ {rest}]
        await query.answer()
        body = text(lang, "handovers.start", service=draft["service"])
        await replace_message(query, context, body, reply_markup=markup(_needs_rows(draft, names, lang)))
    elif action == "hx":
        await query.answer()
        dialogue.move(context, "handover", "release")
        await _say(update, context, text(lang, "handovers.ask_release"))
    elif action == "hc":
        settings = services_of(context).settings
        with services_of(context).unit_of_work() as session:
            handover = handovers.create(
                session=session,
                who=who,
                service_id=draft["service_id"],
                needs=draft["needs"],
                release_date=draft.get("release"),
                consent=True,
                note=draft.get("note", ""),
                zone=settings.tzinfo,
                remind_before=settings.handover_remind_before,
                remind_after=settings.handover_remind_after,
            )
            reached = handovers.reach(session=session, handover=handover)
        dialogue.end(context)
        wake_courier(context)
        await query.answer()
        summary = handovers.summary(handover, lang, names)
        await _say(
            update, context, text(lang, "handovers.created", code=handover.code, summary=Html(summary))
        )
        if not reached.members:  # nobody there would ever see it: say so, and how to call them
            lines = [text(lang, "handovers.nobody_there", organization=reached.organization)]
            lines += [text(lang, "contacts.phone", tel=_tel(n), number=n) for n in reached.phones]
            if reached.email:
                lines.append(text(lang, "handovers.nobody_there_email", email=reached.email))
            if reached.web:
                lines.append(text(lang, "handovers.nobody_there_web", web=reached.web))
            await _say(update, context, "\n".join(lines))


async def _existing(update: Update, context: ContextTypes.DEFAULT_TYPE, action: str, rest: str) -> None:
    query = update.callback_query
    assert query is not None
    lang = language(update, context)
    services = services_of(context)
    who = current_who(update, context)
    parts = rest.split(":")
    handover_id = int(parts[-1])
    if action == "hv":
        with services.unit_of_work() as session:
            handover = handovers.get(session=session, who=who, handover_id=handover_id)  # visibility first
        await query.answer()
        await _card(update, context, handover)
    elif action == "hd":
        with services.unit_of_work() as session:
            handover = handovers.get(session=session, who=who, handover_id=handover_id)
        await query.answer()
        rows = [
            [Button(text(lang, f"handover.reason.{r}"), pack("hr", r, handover.id))] for r in DECLINE_REASONS
        ]
        await _say(update, context, text(lang, "handovers.choose_reason"), rows)
    elif action in ("hm", "hr"):
        status, reason = (parts[0], None) if action == "hm" else ("declined", parts[0])
        with services.unit_of_work() as session:
            moved = handovers.move(
                session=session, who=who, handover_id=handover_id, status=status, reason=reason
            )
        wake_courier(context)
        await query.answer(
            text(lang, "handovers.moved", status=text(lang, f"handover.status.{moved.status}"))
        )
        await _card(update, context, moved)
    elif action == "hf":
        with services.unit_of_work() as session:
            handovers.feedback(session=session, who=who, handover_id=handover_id, answer=parts[0])
        wake_courier(context)
        await query.answer(text(lang, "handovers.feedback_thanks"), show_alert=True)
    else:
        raise LookupError(action)


async def _card(update: Update, context: ContextTypes.DEFAULT_TYPE, handover: HandoverView) -> None:
    lang = language(update, context)
    zone = services_of(context).settings.tzinfo
    who = current_who(update, context)
    with services_of(context).unit_of_work() as session:
        steps = handovers.history(session=session, who=who, handover_id=handover.id)
        refers = handovers.referrer(session=session, handover=handover)
    lines = [handovers.summary(handover, lang, services_of(context).act(need_names))]
    if handovers.is_provider(who, handover):  # the provider calls back the one who referred
        lines += handovers.referrer_lines(refers, lang)
    lines += ["", text(lang, "handovers.history")]
    for step in steps:
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
    rows: list[list[Button]] = []
    if handovers.is_provider(who, handover):
        moves = PROVIDER_MOVES.get(handover.status, set())
        buttons = [
            Button(text(lang, f"handovers.move.{s}"), pack("hm", s, handover.id))
            for s in sorted(moves - {"declined"})
        ]
        if "declined" in moves:
            buttons.append(Button(text(lang, "handover.decline"), pack("hd", handover.id)))
        rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    elif handover.referrer_id == who.user_id and handover.status in handovers.OPEN:
        rows = [[Button(text(lang, "handovers.move.closed"), pack("hm", "closed", handover.id))]]
    await _say(update, context, "\n".join(lines), rows)


async def handover_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """The release date or the note typed during a handover; False when none was asked for."""
    message = update.message
    going = dialogue.current(context, "handover")
    if message is None or message.text is None or going is None or going.step not in ("release", "note"):
        return False
    step, draft = going.step, going.draft
    lang = language(update, context)
    typed = message.text.strip()
    if step == "release":
        today = clock.today(services_of(context).settings.tzinfo)
        try:
            draft["release"] = handovers.read_release(typed, today=today)
        except InvalidValue as problem:
            await message.reply_text(refusal(lang, problem))
            return True
        dialogue.move(context, "handover", "note")
        await message.reply_text(text(lang, "handovers.ask_note"))
        return True
    try:
        draft["note"] = "" if typed in ("-", "–") else handovers.check_note(typed)
    except InvalidValue as problem:
        await message.reply_text(refusal(lang, problem))
        return True
    dialogue.move(context, "handover", "consent")  # a button now, no more text
    await message.reply_text(
        text(lang, "handovers.ask_consent"),
        reply_markup=markup([[Button(text(lang, "handovers.consent"), pack("hc", ""))]]),
    )
    return True


def _tel(number: str) -> str:
    return re.sub(r"[^0-9+]", "", number)
