"""/lide: coordinators see who is waiting for approval, and suspend, reinstate or remove people.

The rules (who may, what each step changes) are in bot/network/registration.py; this module
only renders the lists and buttons. Pending requests use the same "ok:"/"no:" buttons as the
request a coordinator receives (handlers/registration.decision_button); "pp" is in bot/buttons.py.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.buttons import pack
from bot.directory.services import organization_name
from bot.network import registration
from bot.network.permissions import can
from bot.text.i18n import text
from bot.user_models import AppUser
from handlers.context import current_who, language, services_of

LISTED = ("pending", "approved", "suspended")
MAX_BUTTON_ROWS = 30


def _line(context: ContextTypes.DEFAULT_TYPE, lang: str, person: AppUser) -> str:
    organization = (
        services_of(context).act(organization_name, organization_id=person.organization_id)
        if person.organization_id
        else None
    )
    return text(
        lang,
        "people.line",
        name=person.first_name or "—",
        user_id=person.id,
        role=text(lang, f"role.{person.role}") if person.role else "—",
        organization=organization or person.organization_name or "—",
        region=person.region or "—",
        status=text(lang, f"profile.{person.status}"),
    )


def _buttons(lang: str, person: AppUser) -> list[InlineKeyboardButton]:
    name = (person.first_name or str(person.id))[:20]

    def button(label: str, action: str, *parts: object) -> InlineKeyboardButton:
        return InlineKeyboardButton(label, callback_data=pack(action, *parts, person.id))

    if person.status == "pending":
        return [
            button(f"{text(lang, 'register.approve')} {name}", "ok"),
            button(f"{text(lang, 'register.reject')} {name}", "no"),
        ]
    if person.status == "suspended":
        first = button(text(lang, "people.reinstate", name=name), "pp", "r")
    else:
        first = button(text(lang, "people.suspend", name=name), "pp", "s")
    return [first, button(text(lang, "people.remove", name=name), "pp", "x")]


async def people_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    lang = language(update, context)
    if not can(current_who(update, context), "manage_people"):
        await message.reply_text(text(lang, "people.not_allowed"))
        return
    services = services_of(context)
    wanted = " ".join(context.args or []).strip()
    if wanted:
        found = services.act(registration.people, statuses=LISTED, name=wanted, limit=MAX_BUTTON_ROWS)
        if not found:
            await message.reply_text(text(lang, "people.none_found"))
            return
        lines = [_line(context, lang, person) for person in found]
        rows = [_buttons(lang, person) for person in found]
        await message.reply_text("\n".join(lines), reply_markup=InlineKeyboardMarkup(rows))
        return
    with services.unit_of_work() as session:
        pending = registration.people(session=session, statuses=["pending"], limit=MAX_BUTTON_ROWS)
        suspended = registration.people(session=session, statuses=["suspended"], limit=MAX_BUTTON_ROWS)
        approved = registration.people(session=session, statuses=["approved"], limit=10_000)
    parts = [
        text(
            lang,
            "people.overview",
            pending=len(pending),
            approved=len(approved),
            suspended=len(suspended),
        )
    ]
    if pending:
        parts += ["", text(lang, "people.pending_title"), *(_line(context, lang, p) for p in pending)]
    if suspended:
        parts += ["", text(lang, "people.suspended_title"), *(_line(context, lang, p) for p in suspended)]
    rows = [_buttons(lang, person) for person in [*pending, *suspended]][:MAX_BUTTON_ROWS]
    await message.reply_text("\n".join(parts), reply_markup=InlineKeyboardMarkup(rows) if rows else None)


async def people_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    lang = language(update, context)
    if not can(current_who(update, context), "manage_people"):
        await query.answer(text(lang, "people.not_allowed"), show_alert=True)
        return
    _, action, target = (
        (query.data or "").split(":", 2) if (query.data or "").count(":") == 2 else ("", "", "")
    )
    if action not in ("s", "r", "x") or not target.isdigit():
        await query.answer(text(lang, "answer.stale"))
        return
    step = {"s": registration.suspend, "r": registration.reinstate, "x": registration.remove}[action]
    changed = services_of(context).act(step, user_id=int(target), by=user.id)
    if changed is None:
        await query.answer(text(lang, "people.unchanged"), show_alert=True)
        return
    outcome = {"s": "suspended", "r": "reinstated", "x": "removed"}[action]
    await query.answer(text(lang, f"people.{outcome}", name=changed.first_name or changed.id))
    if query.message is not None:
        await context.bot.send_message(
            query.message.chat.id, text(lang, f"people.{outcome}", name=changed.first_name or changed.id)
        )
    try:
        await context.bot.send_message(changed.id, text(changed.language or lang, f"people.you_{outcome}"))
    except Exception:  # the person may have blocked the bot: the change stands
        return
