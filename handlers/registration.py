"""/start with or without an invitation, the registration steps, approvals, /pozvanka, /profil.

The steps (role -> organisation -> region) are a dialogue (handlers/dialogue.py); while a
person is at the organisation step, their next text is the organisation's name, not a question
(handlers/awaiting.py hands it to `organization_text` before the question handler sees it).
"""

from __future__ import annotations

import time

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.buttons import Button, pack, unpack
from bot.directory.services import find_organizations, organization_name
from bot.network import registration
from bot.network.permissions import ROLES, can
from bot.privacy import check_free_text
from bot.refusals import InvalidValue
from bot.search.index import load_regions
from bot.text.i18n import czech_date, refusal, text
from bot.user_models import AppUser
from handlers import dialogue
from handlers.common import replace_message
from handlers.context import current_who, language, remember_language, services_of
from handlers.keyboards import markup

ROLE_WORDS = {
    "veznice": "prison_staff",
    "vezen": "prison_staff",
    "kurator": "curator",
    "probace": "probation",
    "pms": "probation",
    "nno": "ngo",
    "ngo": "ngo",
    "koordinator": "coordinator",
}


def _part(data: str | None) -> str:
    """The one part of a registration button's data ("role:ngo" -> "ngo")."""
    tap = unpack(data)
    return tap.part(0) if tap else ""


def _markup(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup | None:
    return markup([[Button(label, data) for label, data in row] for row in rows])


def _role_buttons(lang: str) -> InlineKeyboardMarkup | None:
    return _markup([[(text(lang, f"role.{role}"), pack("role", role))] for role in ROLES])


def _region_buttons() -> InlineKeyboardMarkup | None:
    names = [region.name for region in load_regions()]
    pairs = [names[i : i + 2] for i in range(0, len(names), 2)]
    return _markup([[(name, pack("reg", names.index(name))) for name in pair] for pair in pairs])


def _organization_label(
    context: ContextTypes.DEFAULT_TYPE, organization_id: str | None, typed: str | None
) -> str:
    if organization_id:
        return services_of(context).act(organization_name, organization_id=organization_id) or typed or ""
    return typed or ""


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = language(update, context)
    services = services_of(context)
    if context.args:
        await _redeem(update, context, context.args[0])
        return
    await message.reply_text(text(lang, "start.welcome"))
    who = current_who(update, context)
    current = services.act(registration.profile, user_id=user.id)
    if who.approved:
        label = (
            _organization_label(context, current.organization_id, current.organization_name)
            if current
            else ""
        )
        await message.reply_text(
            text(
                lang,
                "register.already",
                role=text(lang, f"role.{who.role}"),
                organization=f", {label}" if label else "",
            )
        )
        waiting = (
            services.act(registration.people, statuses=("pending",)) if who.role == "coordinator" else []
        )
        if waiting:  # also requests made before any coordinator existed
            await message.reply_text(text(lang, "register.requests_waiting", count=len(waiting)))
        return
    if current is not None and current.status == "suspended":
        await message.reply_text(text(lang, "register.suspended"))
        return
    if current is not None and current.status == "pending":
        change = _markup([[(text(lang, "register.change_request"), pack("prof", "role"))]])
        await message.reply_text(text(lang, "register.pending"), reply_markup=change)
        await _no_coordinator_yet(update, context)
        return
    dialogue.begin(context, "registration", "role")
    await message.reply_text(text(lang, "register.ask_role"), reply_markup=_role_buttons(lang))


async def _redeem(update: Update, context: ContextTypes.DEFAULT_TYPE, code: str) -> None:
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    lang = language(update, context)
    guard: registration.InviteGuard = context.bot_data.setdefault("invite_guard", registration.InviteGuard())
    if not guard.allowed(user.id, time.monotonic()):
        await message.reply_text(text(lang, "invite.slow_down"))
        return
    redeemed = services_of(context).act(
        registration.redeem_invite, user_id=user.id, first_name=user.first_name, code=code
    )
    if redeemed.outcome != "admitted" or redeemed.user is None:
        if redeemed.outcome == "unknown":
            guard.failed(user.id, time.monotonic())
        await message.reply_text(text(lang, f"invite.{redeemed.outcome}"))
        return
    label = _organization_label(context, redeemed.user.organization_id, None)
    await message.reply_text(
        text(
            lang,
            "invite.admitted",
            role=text(lang, f"role.{redeemed.user.role}"),
            organization=f", {label}" if label else "",
        )
    )


async def role_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    lang = language(update, context)
    role = _part(query.data)
    if role not in ROLES:
        await query.answer(text(lang, "answer.stale"))
        return
    await query.answer()
    services_of(context).act(registration.choose_role, user_id=user.id, first_name=user.first_name, role=role)
    dialogue.begin(context, "registration", "organization")
    await replace_message(query, context, f"{text(lang, 'register.ask_role')} {text(lang, f'role.{role}')}")
    if query.message is not None:
        await context.bot.send_message(
            query.message.chat.id,
            text(lang, "register.ask_organization"),
            reply_markup=_markup([[(text(lang, "register.skip"), pack("org", "-"))]]),
        )


async def organization_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """At the organisation step, text is the organisation's name; False when not at that step."""
    message = update.message
    if message is None or not message.text:
        return False
    going = dialogue.current(context, "registration")
    if going is None or going.step != "organization":
        return False
    lang = language(update, context)
    typed = message.text.strip()[:120]
    try:
        check_free_text(typed)  # the name goes to every coordinator
    except InvalidValue as problem:
        await message.reply_text(refusal(lang, problem))
        return True
    going.draft["typed_organization"] = typed
    found = await services_of(context).act_in_thread(find_organizations, name=typed, limit=6)
    rows = [[(name[:60], pack("org", oid))] for oid, name in found]
    rows.append([(text(lang, "register.not_listed", name=typed[:40]), pack("org", "typed"))])
    await message.reply_text(text(lang, "register.choose_organization"), reply_markup=_markup(rows))
    return True


async def organization_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    lang = language(update, context)
    choice = _part(query.data)
    going = dialogue.current(context, "registration")
    if going is None or going.step != "organization":
        await query.answer(text(lang, "answer.stale"))
        return
    with services_of(context).unit_of_work() as session:
        listed = choice not in ("-", "typed")  # not skipped, not typed: an organisation's id
        known = not listed or organization_name(session=session, organization_id=choice) is not None
        if known:
            organization_id = choice if listed else None
            typed = going.draft.get("typed_organization") if choice == "typed" else None
            registration.choose_organization(
                session=session, user_id=user.id, organization_id=organization_id, typed_name=typed
            )
    if not known:  # an organisation no longer in the knowledge base
        await query.answer(text(lang, "answer.stale"))
        return
    await query.answer()
    going.step = "region"
    await replace_message(query, context, text(lang, "register.ask_region"), reply_markup=_region_buttons())


async def region_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    lang = language(update, context)
    names = [region.name for region in load_regions()]
    index = _part(query.data)
    going = dialogue.current(context, "registration")
    if (
        not index.isdigit()
        or int(index) >= len(names)
        or going is None
        or going.step not in ("region", "profile-region")
    ):
        await query.answer(text(lang, "answer.stale"))
        return
    # the region and the request it completes are one step: stored together or not at all (and
    # the press answered after, so that a failure can still be told on it)
    with services_of(context).unit_of_work() as session:
        registration.choose_region(session=session, user_id=user.id, region=names[int(index)])
        submitted = registration.submit(session=session, user_id=user.id) if going.step == "region" else None
    await query.answer()
    dialogue.end(context)
    if submitted is None:  # a new region in /profil
        await replace_message(query, context, _profile_text(update, context))
        return
    if submitted.status == "suspended":
        await replace_message(query, context, text(lang, "register.suspended"))
        return
    await replace_message(query, context, text(lang, "register.sent"))
    await _tell_coordinators(context, submitted)
    await _no_coordinator_yet(update, context)


async def _no_coordinator_yet(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Nobody can approve yet: say how a network gets its first coordinator, and the person's
    Telegram id, which the administrator needs for that."""
    services = services_of(context)
    chat = update.effective_chat
    if chat is None or services.act(
        registration.coordinators, coordinator_ids=services.settings.coordinator_ids
    ):
        return
    user_id = update.effective_user.id if update.effective_user else 0
    await context.bot.send_message(
        chat.id, text(language(update, context), "register.no_coordinator", user_id=user_id)
    )


async def _tell_coordinators(context: ContextTypes.DEFAULT_TYPE, user: AppUser) -> None:
    services = services_of(context)
    organization = _organization_label(context, user.organization_id, user.organization_name)
    for coordinator in services.act(
        registration.coordinators, coordinator_ids=services.settings.coordinator_ids
    ):
        lang = services.settings.default_language
        request = text(
            lang,
            "register.request",
            name=user.first_name,
            user_id=user.id,
            role=text(lang, f"role.{user.role}") if user.role else "—",
            organization=organization or "—",
            region=user.region or "—",
        )
        buttons = _markup(
            [
                [
                    (text(lang, "register.approve"), pack("ok", user.id)),
                    (text(lang, "register.reject"), pack("no", user.id)),
                ]
            ]
        )
        try:
            await context.bot.send_message(coordinator, request, reply_markup=buttons)
        except Exception:  # a coordinator who blocked the bot must not stop the others
            continue


async def decision_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    lang = language(update, context)
    tap = unpack(query.data)
    verdict, target = (tap.action, tap.part(0)) if tap else ("", "")
    if not can(current_who(update, context), "decide_registrations"):
        await query.answer(text(lang, "register.not_allowed"), show_alert=True)
        return
    if not target.isdigit():
        await query.answer(text(lang, "answer.stale"))
        return
    decided = services_of(context).act(
        registration.decide, user_id=int(target), approve=verdict == "ok", by=user.id
    )
    if decided is None:
        await query.answer(text(lang, "register.decided_already"))
        return
    await query.answer()
    note = "register.approved_note" if verdict == "ok" else "register.rejected_note"
    original = (
        query.message.text_html if query.message is not None and hasattr(query.message, "text_html") else ""
    )
    await replace_message(query, context, f"{original}\n\n{text(lang, note, by=user.first_name)}")
    outcome = "register.you_approved" if verdict == "ok" else "register.you_rejected"
    try:
        await context.bot.send_message(decided.id, text(decided.language or lang, outcome))
    except Exception:  # the person may have blocked the bot since: the decision stands
        return


async def invite_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = language(update, context)
    if not can(current_who(update, context), "create_invites"):
        await message.reply_text(text(lang, "register.not_allowed"))
        return
    args = list(context.args or [])
    role = ROLE_WORDS.get(args[0].lower()) if args else None
    if role is None:
        await message.reply_text(text(lang, "invite.usage"))
        return
    numbers = [int(a) for a in args[1:3] if a.isdigit()]
    days = numbers[0] if numbers else 7
    uses = numbers[1] if len(numbers) > 1 else 1
    rest = " ".join(a for a in args[1:] if not a.isdigit()).strip()
    services = services_of(context)
    organization_id, label = None, ""
    if rest:
        found = await services.act_in_thread(find_organizations, name=rest, limit=1)
        if found:
            organization_id, label = found[0]
        else:
            await message.reply_text(text(lang, "invite.organization_not_found", name=rest))
    invite = services.act(
        registration.create_invite,
        by=user.id,
        role=role,
        organization_id=organization_id,
        days=days,
        uses=uses,
    )
    link = f"https://t.me/{context.bot.username}?start={invite.code}"
    until = invite.expires_at.astimezone(services.settings.tzinfo)
    await message.reply_text(
        text(
            lang,
            "invite.created",
            role=text(lang, f"role.{role}"),
            organization=f", {label}" if label else "",
            until=czech_date(until),
            uses=invite.max_uses,
            link=link,
        )
    )


def _profile_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    lang = language(update, context)
    user = update.effective_user
    assert user is not None
    current = services_of(context).act(registration.profile, user_id=user.id)
    who = current_who(update, context)
    none = text(lang, "profile.none")
    status = "approved" if who.approved else (current.status if current else "new")
    role = who.role or (current.role if current else None)
    return text(
        lang,
        "profile.text",
        role=text(lang, f"role.{role}") if role else none,
        organization=(
            _organization_label(context, current.organization_id, current.organization_name)
            if current
            else ""
        )
        or none,
        region=(current.region if current else None) or none,
        language=text(lang, "profile.language_name"),
        status=text(lang, f"profile.{status}"),
    )


def _profile_buttons(lang: str) -> InlineKeyboardMarkup | None:
    return _markup(
        [
            [
                (text(lang, "profile.change_role"), pack("prof", "role")),
                (text(lang, "profile.change_region"), pack("prof", "region")),
            ],
            [(text(lang, "profile.other_language"), pack("lang", "en" if lang == "cs" else "cs"))],
        ]
    )


async def profile_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is None:
        return
    lang = language(update, context)
    await update.effective_message.reply_text(
        _profile_text(update, context), reply_markup=_profile_buttons(lang)
    )


async def profile_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    tap = unpack(query.data)
    services = services_of(context)
    if tap.action == "lang" and tap.part(0) in ("cs", "en"):
        services.act(
            registration.choose_language, user_id=user.id, first_name=user.first_name, language=tap.part(0)
        )
        remember_language(context, user.id, tap.part(0))
        lang = language(update, context)
        await query.answer(text(lang, "profile.language_set"))
        await replace_message(
            query, context, _profile_text(update, context), reply_markup=_profile_buttons(lang)
        )
        return
    lang = language(update, context)
    if tap.action == "prof" and tap.part(0) == "role" and user.id in services.settings.coordinator_ids:
        # a coordinator by the administrator's setting stays one whatever is chosen here
        await query.answer(text(lang, "profile.role_fixed"), show_alert=True)
        return
    if tap.action == "prof" and tap.part(0) == "role":
        await query.answer()
        dialogue.begin(context, "registration", "role")
        await replace_message(
            query, context, text(lang, "register.ask_role"), reply_markup=_role_buttons(lang)
        )
    elif tap.action == "prof" and tap.part(0) == "region":
        await query.answer()
        dialogue.begin(context, "registration", "profile-region")
        await replace_message(
            query, context, text(lang, "register.ask_region"), reply_markup=_region_buttons()
        )
    else:
        await query.answer(text(lang, "answer.stale"))
