"""Cards: a prison, an organisation, and a service's contacts, conditions and details."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.buttons import Button, pack, unpack
from bot.directory import eligibility
from bot.directory.cards import (
    Reply,
    client_card,
    conditions_view,
    contacts_view,
    eligibility_view,
    more_view,
    organization_view,
    prison_view,
    split_message,
)
from bot.directory.services import (
    find_organizations,
    looks_like_id,
    organization_name,
    organization_services,
    prison_card,
    service_details,
)
from bot.network.permissions import can, can_change_service
from bot.search.index import SearchIndex
from bot.search.understanding import region_in, understand
from bot.text.i18n import text
from handlers.common import replace_message
from handlers.context import current_who, language, sees_personal_contacts, services_of
from handlers.keyboards import markup


async def _send(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    pieces = split_message(reply.text)
    for piece in pieces[:-1]:
        await context.bot.send_message(chat.id, piece)
    await context.bot.send_message(chat.id, pieces[-1], reply_markup=markup(reply.buttons))


async def prison_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = language(update, context)
    name = " ".join(context.args or []).strip()[:200]
    if not name:
        await _send(update, context, Reply(text(lang, "prison.usage")))
        return
    services = services_of(context)
    index = await services.index()
    found = understand(name, index, towns_as_prisons=True).prisons
    region = region_in(name, index) if not found else None
    if not found and region is not None:  # "/veznice usti": no prison in the town, some in its region
        in_region = sorted(
            (p for p in index.catalog.prisons.values() if p.region == region), key=lambda p: p.name
        )
        buttons = [[Button(p.name[:60], pack("v", p.location_id))] for p in in_region]
        if update.effective_message and buttons:
            await update.effective_message.reply_text(
                text(lang, "prison.in_region", name=name, region=region), reply_markup=markup(buttons)
            )
            return
    if not found:
        await _send(update, context, Reply(text(lang, "prison.not_found", name=name)))
        return
    if len(found) > 1:
        buttons = [[Button(index.catalog.prisons[p].name[:60], pack("v", p))] for p in found]
        if update.effective_message:
            await update.effective_message.reply_text(
                text(lang, "prison.usage"), reply_markup=markup(buttons)
            )
        return
    await _prison(update, context, found[0])


async def _prison(update: Update, context: ContextTypes.DEFAULT_TYPE, location_id: str) -> None:
    services = services_of(context)
    card = await services.act_in_thread(prison_card, location_id=location_id)
    if card is None:
        return
    catalog = (await services.index()).catalog
    personal = sees_personal_contacts(update, context)
    can_follow = can(current_who(update, context), "subscribe")
    reply = prison_view(
        card, catalog, personal=personal, language=language(update, context), can_follow=can_follow
    )
    if can(current_who(update, context), "hand_over"):  # a release plan from this prison
        reply.buttons.append(
            [Button(text(language(update, context), "plan.prison_button"), pack("pl", location_id))]
        )
    await _send(update, context, reply)


async def organization_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = language(update, context)
    name = " ".join(context.args or []).strip()[:200]
    if not name:
        await _send(update, context, Reply(text(lang, "organization.usage")))
        return
    found = await services_of(context).act_in_thread(find_organizations, name=name)
    if not found:
        await _send(update, context, Reply(text(lang, "organization.not_found", name=name)))
        return
    if len(found) > 1 and update.effective_message:
        buttons = [[Button(n[:60], pack("o", oid))] for oid, n in found]
        await update.effective_message.reply_text(
            text(lang, "organization.usage"), reply_markup=markup(buttons)
        )
        return
    await _organization(update, context, *found[0])


async def _organization(
    update: Update, context: ContextTypes.DEFAULT_TYPE, organization_id: str, name: str
) -> None:
    services = services_of(context)
    ids = await services.act_in_thread(organization_services, organization_id=organization_id)
    details = await services.act_in_thread(service_details, service_ids=ids)
    await _send(
        update,
        context,
        organization_view(name, [details[i] for i in ids if i in details], language(update, context)),
    )


async def card_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """c: contacts, cc: a card for the client, e: conditions, m: more (of a service); v: a prison;
    o: an organisation."""
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    tap = unpack(query.data)
    kind, key = (tap.action, tap.part(0)) if tap else ("", "")
    if not looks_like_id(key):
        await query.answer(text(lang, "answer.stale"))
        return
    services = services_of(context)
    if kind == "v":
        await query.answer()
        await _prison(update, context, key)
        return
    if kind == "o":
        name = services.act(organization_name, organization_id=key)
        if name is None:
            await query.answer(text(lang, "answer.stale"))
            return
        await query.answer()
        await _organization(update, context, key, name)
        return
    details = services.act(service_details, service_ids=[key]).get(key)
    if details is None:
        await query.answer(text(lang, "answer.stale"))
        return
    await query.answer()
    index = await services.index()
    catalog = index.catalog
    if kind == "c":
        asked = _asked_prisons(context, query.message.message_id if query.message else 0, index)
        personal = sees_personal_contacts(update, context)
        await _send(
            update, context, contacts_view(details, asked_prisons=asked, personal=personal, language=lang)
        )
        phone = details.phones[0] if details.phones else ""
        if phone and update.effective_chat:
            await context.bot.send_contact(
                update.effective_chat.id, phone_number=phone, first_name=details.organization[:64]
            )
    elif kind == "e":
        await _send(update, context, conditions_view(details, catalog, lang))
    elif kind == "cc":  # a card to forward or print: one message the worker can pass on as it is
        await _send(update, context, Reply(text(lang, "client.intro")))
        await _send(update, context, Reply(client_card(details, lang)))
    else:
        reply = more_view(details, lang)
        who = current_who(update, context)
        if can_change_service(who, details.organization_id):
            reply.buttons.append([Button(text(lang, "edit.card_button"), pack("ed", details.id))])
        if can(who, "hand_over"):
            reply.buttons.append([Button(text(lang, "handovers.button", number=""), pack("ho", details.id))])
        reply.buttons.append([Button(text(lang, "client.button"), pack("cc", details.id))])
        await _send(update, context, reply)


def _asked_prisons(context: ContextTypes.DEFAULT_TYPE, message_id: int, index: SearchIndex) -> list[str]:
    state = (context.chat_data or {}).get("answers", {}).get(message_id)
    if state is None:
        return []
    return understand(state["q"], index, towns_as_prisons=state.get("prisons", False)).prisons


async def eligibility_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Vyhoví můj klient?": q:<service id>:<answers so far>, two letters per answer."""
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    tap = unpack(query.data)
    service_id, answers = (tap.part(0), tap.part(1)) if tap else ("", "")
    details = (
        services_of(context).act(service_details, service_ids=[service_id]).get(service_id)
        if looks_like_id(service_id)
        else None
    )
    if details is None or not eligibility.valid(answers):
        await query.answer(text(lang, "answer.stale"))
        return
    await query.answer()
    services = services_of(context)
    similar = []
    if (
        eligibility.next_question(details, answers) is None
        and eligibility.check(details, answers).outcome == "no"
    ):
        catalog = (await services.index()).catalog
        similar = services.act(
            eligibility.similar_that_fit, catalog=catalog, service=details, answers=answers
        )
    reply = eligibility_view(details, answers, lang, similar=similar)
    verdict = eligibility.next_question(details, answers) is None
    if (
        verdict
        and eligibility.check(details, answers).outcome != "no"
        and can(current_who(update, context), "hand_over")
    ):
        reply.buttons.append([Button(text(lang, "handovers.button", number=""), pack("ho", details.id))])
    if answers:
        await replace_message(query, context, reply.text, reply_markup=markup(reply.buttons))
    else:
        await _send(update, context, reply)
