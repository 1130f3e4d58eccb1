"""/sluzby: members edit their services' texts and contacts, confirm "Údaje platí"; coordinators
also see the history of edits. The rules and the audit live in bot/providers/edits.py."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot import clock
from bot.buttons import Button, pack, unpack
from bot.directory.services import looks_like_id
from bot.network.permissions import can
from bot.providers import edits
from bot.providers.edits import FIELDS, TEXT_FIELDS, EditableService
from bot.refusals import InvalidValue, NotAllowed
from bot.text.i18n import Html, czech_date, refusal, text
from handlers import dialogue
from handlers.common import replace_message
from handlers.context import current_who, language, services_of
from handlers.keyboards import markup

SHOWN = 160  # characters of each field in the overview


def _shorten(value: str) -> str:
    return value if len(value) <= SHOWN else value[: SHOWN - 1] + "…"


def _view(
    service: EditableService, update: Update, context: ContextTypes.DEFAULT_TYPE
) -> tuple[str, InlineKeyboardMarkup | None]:
    lang = language(update, context)
    lines = [text(lang, "edit.title", name=service.name)]
    if service.status != "active":
        lines.append(text(lang, "edit.inactive"))
    for field_name in FIELDS:
        value = service.value(field_name)
        shown: str | Html = _shorten(value) if value else Html(text(lang, "edit.empty_value"))
        lines.append(text(lang, "edit.field_line", label=text(lang, f"edit.field.{field_name}"), value=shown))
    if service.assured:
        lines.append(text(lang, "edit.verified", date=czech_date(service.assured)))
    else:
        lines.append(text(lang, "edit.never_verified"))
    fields = [
        Button(text(lang, "edit.button", label=text(lang, f"edit.field.{f}")), pack("ef", n, service.id))
        for n, f in enumerate(FIELDS)
    ]
    rows = [fields[i : i + 3] for i in range(0, len(fields), 3)]
    last = [Button(text(lang, "edit.confirm"), pack("ea", service.id))]
    if can(current_who(update, context), "view_history"):
        last.append(Button(text(lang, "edit.history"), pack("eh", service.id)))
    rows.append(last)
    return "\n".join(lines), markup(rows)


async def services_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    lang = language(update, context)
    who = current_who(update, context)
    name = " ".join(context.args or []).strip()[:100]
    limit = 30
    services = services_of(context)
    found = await services.act_in_thread(edits.editable_services, who=who, name=name, limit=limit + 1)
    anything = bool(found) or bool(services.act(edits.editable_services, who=who, limit=1))
    if not found:
        key = "edit.nothing_found" if name and anything else "edit.none"
        await message.reply_text(text(lang, key, name=name))
        return
    rows = [[Button(service_name[:60], pack("ed", service_id))] for service_id, service_name in found[:limit]]
    key = "edit.choose_more" if len(found) > limit else "edit.choose"
    await message.reply_text(text(lang, key, count=limit), reply_markup=markup(rows))


async def edit_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ed:ID shows; ef:N:ID asks for field N; ea:ID confirms the data; eh:ID the history."""
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    tap = unpack(query.data)
    kind, rest = tap.action, tap.rest
    number, service_id = rest.split(":", 1) if kind == "ef" and ":" in rest else ("", rest)
    if not looks_like_id(service_id) or (
        kind == "ef" and not (number.isdigit() and int(number) < len(FIELDS))
    ):
        await query.answer(text(lang, "answer.stale"))
        return
    services = services_of(context)
    who = current_who(update, context)
    try:
        with services.unit_of_work() as session:
            service = edits.editable(session=session, who=who, service_id=service_id)
            if kind == "ea":
                today = clock.today(services.settings.tzinfo)
                service = edits.confirm(session=session, who=who, service_id=service_id, today=today)
        if kind == "ef":
            field_name = FIELDS[int(number)]
            dialogue.begin(context, "edit", field_name, about=service_id)
            await query.answer()
            value = service.value(field_name)
            current: str | Html = value or Html(text(lang, "edit.empty_value"))
            if field_name == "phones":
                ask = text(lang, "edit.ask_phones", current=current)
            else:
                label = text(lang, f"edit.field.{field_name}")
                limit = TEXT_FIELDS.get(field_name, 500)
                ask = text(lang, "edit.ask", label=label, limit=limit, current=current)
            if query.message is not None:
                await context.bot.send_message(query.message.chat.id, ask)
            return
        if kind == "eh":
            await query.answer()
            await _history(update, context, service)
            return
        notice = text(lang, "edit.confirmed") if kind == "ea" else None
    except NotAllowed:
        await query.answer(text(lang, "edit.not_allowed"), show_alert=True)
        return
    await query.answer(notice)
    body, markup = _view(service, update, context)
    if kind == "ea" and query.message is not None and getattr(query.message, "text", None) is not None:
        await replace_message(query, context, body, reply_markup=markup)
    elif query.message is not None:
        await context.bot.send_message(query.message.chat.id, body, reply_markup=markup)


async def _history(update: Update, context: ContextTypes.DEFAULT_TYPE, service: EditableService) -> None:
    lang = language(update, context)
    services = services_of(context)
    with services.unit_of_work() as session:
        changes = edits.edits(session=session, who=current_who(update, context), service_id=service.id)
    lines = [text(lang, "edit.history_title", name=service.name)]
    for change in changes:
        lines.append(
            text(
                lang,
                "edit.history_line",
                when=czech_date(change.changed_at.astimezone(services.settings.tzinfo)),
                user=change.user_id,
                label=text(lang, f"edit.field.{change.field_name}"),
                old=_shorten(change.old) or "–",
                new=_shorten(change.new) or "–",
            )
        )
    if not changes:
        lines.append(text(lang, "edit.history_empty"))
    if update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, "\n".join(lines))


async def edit_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """The new value typed after "✏️ Popis" etc.; False when nothing was asked for.

    A value that cannot be stored is explained and the bot keeps waiting: nothing typed is lost
    silently, and /zrusit leaves the field as it was.
    """
    message = update.message
    waiting = dialogue.current(context, "edit")
    if message is None or message.text is None or waiting is None:
        return False
    field_name, service_id = waiting.step, waiting.about
    lang = language(update, context)
    services = services_of(context)
    who = current_who(update, context)
    try:
        with services.unit_of_work() as session:
            before = edits.editable(session=session, who=who, service_id=service_id)
            after = edits.edit(
                session=session, who=who, service_id=service_id, field_name=field_name, typed=message.text
            )
    except NotAllowed:
        dialogue.end(context)
        await message.reply_text(text(lang, "edit.not_allowed"))
        return True
    except InvalidValue as problem:
        await message.reply_text(refusal(lang, problem))
        return True
    dialogue.end(context)
    label = text(lang, f"edit.field.{field_name}")
    changed = before.value(field_name) != after.value(field_name)
    await message.reply_text(
        text(lang, "edit.saved", label=label) if changed else text(lang, "edit.unchanged")
    )
    body, markup = _view(after, update, context)
    await message.reply_text(body, reply_markup=markup)
    return True
