"""A question in, a page of answer cards out; paging and filter buttons; inline mode."""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.ext import ContextTypes

from bot import clock
from bot.buttons import unpack
from bot.directory.cards import PAGE, Reply, answer_reply, hits_ids, inline_card, split_message
from bot.network.permissions import can
from bot.reports import usage
from bot.search.index import SearchIndex
from bot.text.i18n import text
from handlers.context import Services, current_who, language, person, services_of
from handlers.keyboards import markup

log = logging.getLogger(__name__)

REMEMBERED = 50  # answers per chat whose buttons still work
INLINE_LIMIT = 50


async def _page(services: Services, state: dict[str, Any], lang: str, *, can_follow: bool = False) -> Reply:
    return _answered(services, state, lang, await services.index(), can_follow=can_follow)[0]


def _answered(
    services: Services, state: dict[str, Any], lang: str, index: SearchIndex, *, can_follow: bool = False
) -> tuple[Reply, bool]:
    """The page, and whether the question found anything (for the usage statistics)."""
    answers = services.answers
    result = answers.ask(
        state["q"],
        limit=PAGE * 10,
        drop=frozenset(state["drop"]),
        towns_as_prisons=state.get("prisons", False),
        index=index,
        need=state.get("need", ""),
        everything=state.get("all", False),
    )
    reply = services.read(
        answer_reply,
        result=result,
        catalog=index.catalog,
        page=state["page"],
        language=lang,
        today=clock.today(services.settings.tzinfo),
        stale_days=answers.stale_days,
        can_follow=can_follow,
        remembered=answers.remembered,
    )
    return reply, bool(result.results)


def _can_follow(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    return can(current_who(update, context), "subscribe")


def _shown(reply: Reply) -> str:
    """What a message shows, to avoid edits that change nothing (Telegram refuses them)."""
    return repr((reply.text, reply.buttons))


def _remember(
    context: ContextTypes.DEFAULT_TYPE, message_id: int, state: dict[str, Any], reply: Reply
) -> None:
    if context.chat_data is None:
        return
    kept: dict[int, dict[str, Any]] = context.chat_data.setdefault("answers", {})
    kept[message_id] = {**state, "shown": _shown(reply)}
    for old in sorted(kept)[:-REMEMBERED]:
        del kept[old]


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    asked = message.text[:1000]
    state: dict[str, Any] = {"q": asked, "drop": [], "page": 0}
    who, lang = person(update, context)
    services = services_of(context)
    index = await services.index()
    reply, found = _answered(services, state, lang, index, can_follow=can(who, "subscribe"))
    try:
        pieces = split_message(reply.text)
        for piece in pieces[:-1]:
            await message.reply_text(piece)
        sent = await message.reply_text(pieces[-1], reply_markup=markup(reply.buttons))
        _remember(context, sent.message_id, state, reply)
    finally:
        # The usage log is bookkeeping: written once the answer has left (or failed to), so the
        # person does not wait for it.
        _log_question(services, asked=asked, found=found, role=who.role)


def _log_question(services: Services, *, asked: str, found: bool, role: str | None) -> None:
    """One row of the question log; a failure is logged, never shown to the person (who has
    their answer already)."""
    try:
        services.act(usage.record_question, question=asked, had_results=found, role=role)
    except Exception:
        log.exception("the question could not be logged")


async def answer_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Paging ("p:2"), dropping a filter ("d:towns"), reading a town as its prison ("r:prison"),
    a need picked ("an:employment") or every service of the place ("aw")."""
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    message = query.message
    kept = (context.chat_data or {}).get("answers", {})
    state = kept.get(message.message_id) if message is not None else None
    tap = unpack(query.data)
    if state is None or message is None or not tap:
        await query.answer(text(lang, "answer.stale"), show_alert=False)
        return
    shown = state.get("shown")
    state = {key: state[key] for key in ("q", "drop", "page", "prisons", "need", "all") if key in state}
    if tap.action == "p" and tap.part(0).isdigit():
        state["page"] = int(tap.part(0))
    elif tap.action == "d" and tap.rest:  # "towns", or "context:5" (the words set aside at word 5)
        state = {**state, "drop": sorted({*state["drop"], tap.rest}), "page": 0}
    elif tap.action == "an" and tap.part(0):  # the need picked when it was not understood
        state = {**state, "need": tap.part(0), "page": 0}
    elif tap.action == "aw":  # every service of the place
        state = {**state, "all": True, "page": 0}
    elif tap.action == "r" and tap.part(0) == "prison":
        picked = {key: state[key] for key in ("need", "all") if key in state}
        state = {"q": state["q"], "drop": [], "page": 0, "prisons": True, **picked}
    else:
        await query.answer(text(lang, "answer.stale"))
        return
    await query.answer()
    reply = await _page(services_of(context), state, lang, can_follow=_can_follow(update, context))
    if _shown(reply) == shown:
        return  # the same page again: Telegram refuses an edit that changes nothing
    pieces = split_message(reply.text)
    edited = await query.edit_message_text(
        pieces[0], reply_markup=markup(reply.buttons) if len(pieces) == 1 else None
    )
    if len(pieces) > 1 and message.chat is not None:
        for piece in pieces[1:-1]:
            await context.bot.send_message(message.chat.id, piece)
        edited = await context.bot.send_message(
            message.chat.id, pieces[-1], reply_markup=markup(reply.buttons)
        )
    if not isinstance(edited, bool):
        _remember(context, edited.message_id, state, reply)


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`@bot dluhy Ústí` in any chat: cards to share, with organisation-level contacts only."""
    query = update.inline_query
    if query is None:
        return
    services = services_of(context)
    lang = language(update, context)
    results = []
    if query.query.strip():
        index = await services.index()
        # a list as one types: no buttons to ask what for, so every service of a place is listed
        answer = services.answers.ask(query.query[:300], limit=INLINE_LIMIT, index=index, everything=True)
        catalog = index.catalog
        details = services.act(
            services.answers.remembered.details, service_ids=hits_ids(answer.results, catalog)
        )
        for hit in answer.results:
            service = details.get(catalog.service_ids[hit.service])
            if service is None:
                continue
            title, body, card = inline_card(service, lang)
            results.append(
                InlineQueryResultArticle(
                    id=service.id,
                    title=title,
                    description=body,
                    input_message_content=InputTextMessageContent(card),
                )
            )
    await query.answer(results[:INLINE_LIMIT], cache_time=60, is_personal=False)
