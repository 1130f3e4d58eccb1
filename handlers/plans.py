"""/plan, /plany and "🗓 Plán propuštění" on a prison card: a release plan in one conversation.

The first sentence is read by the core (bot/followup/plans.py); what it left out is asked one
message at a time (the day, the town), then the draft shows the needs as toggles and the
screening answers as buttons. "Sestavit plán" makes the plan with the first fitting service
per need chosen; the page (bot/followup/plan_pages.py) takes it from there: choose, hand over,
case conference, text for the client, close. The draft lives in the dialogue
(handlers/dialogue.py) until the plan is made.
"""

from __future__ import annotations

from typing import Any

from telegram import InputFile, Update
from telegram.ext import ContextTypes

from bot import clock
from bot.buttons import Button, Keyboard, pack, unpack
from bot.directory import eligibility
from bot.directory.cards import split_message
from bot.directory.services import looks_like_id, need_names
from bot.followup import handovers, plans
from bot.followup.plan_pages import draft_page, offered_needs, plan_list, plan_page
from bot.network.permissions import can
from bot.refusals import InvalidValue, NotAllowed
from bot.text.dates import NotUnderstood
from bot.text.i18n import refusal, text
from handlers import dialogue
from handlers.common import replace_message
from handlers.context import current_who, language, services_of, wake_courier
from handlers.keyboards import markup

FEATURE = "plan"


async def _say(
    update: Update, context: ContextTypes.DEFAULT_TYPE, body: str, keyboard: Keyboard | None = None
) -> None:
    if update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, body, reply_markup=markup(keyboard))


def _today(context: ContextTypes.DEFAULT_TYPE) -> Any:
    return clock.today(services_of(context).settings.tzinfo)


# -- starting --------------------------------------------------------------------------------------
async def plan_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/plan [sentence]: read it at once, or ask for it."""
    message = update.effective_message
    if message is None:
        return
    lang = language(update, context)
    if not can(current_who(update, context), "hand_over"):
        await message.reply_text(text(lang, "plans.not_allowed"))
        return
    sentence = " ".join(context.args or []).strip()
    if sentence:
        dialogue.begin(context, FEATURE, "sentence")
        await _read_first(update, context, sentence)
        return
    dialogue.begin(context, FEATURE, "sentence")
    await message.reply_text(text(lang, "plan.ask_sentence"))


async def plans_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/plany: the worker's open plans."""
    message = update.effective_message
    if message is None:
        return
    lang = language(update, context)
    who = current_who(update, context)
    if not can(who, "hand_over"):
        await message.reply_text(text(lang, "plans.not_allowed"))
        return
    found = services_of(context).act(plans.plans_of, who=who)
    body, keyboard = plan_list(found, lang)
    await message.reply_text(body, reply_markup=markup(keyboard))


async def _read_first(update: Update, context: ContextTypes.DEFAULT_TYPE, sentence: str) -> None:
    lang = language(update, context)
    going = dialogue.current(context, FEATURE)
    origin = going.draft.get("origin", "") if going else ""
    index = await services_of(context).index()
    try:
        draft = plans.read_sentence(sentence, index, today=_today(context))
    except InvalidValue as problem:
        await _say(update, context, refusal(lang, problem))
        return  # still waiting for the sentence, without the name
    if origin and not draft.origin_prison_id:
        draft.origin_prison_id = origin
    dialogue.begin(context, FEATURE, "draft", draft={"plan": draft, "asked": []})
    await _next_gap(update, context)


async def _next_gap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask for what is still missing (the day, the town), else show the draft."""
    going = dialogue.current(context, FEATURE)
    if going is None:
        return
    draft: plans.Draft = going.draft["plan"]
    lang = language(update, context)
    for gap in draft.gaps:
        if gap in ("release", "town") and gap not in going.draft["asked"]:
            dialogue.move(context, FEATURE, gap)
            await _say(update, context, text(lang, f"plan.ask_{gap}"))
            return
    dialogue.move(context, FEATURE, "draft")
    body, keyboard = await _draft(context, draft, lang)
    await _say(update, context, body, keyboard)


async def _draft(context: ContextTypes.DEFAULT_TYPE, draft: plans.Draft, lang: str) -> tuple[str, Keyboard]:
    services = services_of(context)
    return draft_page(draft, await services.index(), services.act(need_names), lang)


async def plan_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """The sentence, the day, the town or the conference's time and place, typed."""
    message = update.message
    going = dialogue.current(context, FEATURE)
    if message is None or message.text is None or going is None:
        return False
    typed = message.text.strip()
    lang = language(update, context)
    if going.step == "sentence":
        await _read_first(update, context, typed)
        return True
    if going.step == "conference":
        await _conference(update, context, int(going.about), typed)
        return True
    if going.step not in ("release", "town"):
        return False
    draft: plans.Draft = going.draft["plan"]
    try:
        if going.step == "release":
            draft.release_date = handovers.read_release(typed, today=_today(context))
        else:
            draft.town, draft.region = plans.read_town(typed, await services_of(context).index())
    except InvalidValue as problem:
        await message.reply_text(refusal(lang, problem))
        return True
    going.draft["asked"].append(going.step)  # "nevím" for the day: a plan without one
    await _next_gap(update, context)
    return True


# -- buttons -----------------------------------------------------------------------------------------
async def plan_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    lang = language(update, context)
    tap = unpack(query.data)
    try:
        if not can(current_who(update, context), "hand_over"):
            raise NotAllowed(0)
        if tap.action in ("pl", "pln", "pla", "plb", "plw"):
            await _draft_button(update, context, tap.action, tap.parts)
        else:
            await _plan_button(update, context, tap.action, tap.parts)
    except NotAllowed:
        await query.answer(text(lang, "plans.not_allowed"), show_alert=True)
    except InvalidValue as problem:
        await query.answer(refusal(lang, problem), show_alert=True)
    except (LookupError, ValueError):
        await query.answer(text(lang, "answer.stale"))


async def _draft_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, action: str, parts: tuple[str, ...]
) -> None:
    query = update.callback_query
    assert query is not None
    lang = language(update, context)
    if action == "pl":
        origin = parts[0] if parts and looks_like_id(parts[0]) else ""
        dialogue.begin(context, FEATURE, "sentence", draft={"origin": origin})
        await query.answer()
        await _say(update, context, text(lang, "plan.ask_sentence"))
        return
    going = dialogue.current(context, FEATURE)
    if going is None or "plan" not in going.draft:
        raise LookupError("no draft")
    draft: plans.Draft = going.draft["plan"]
    if action == "pln":
        if parts[0] not in offered_needs(draft):
            raise LookupError(parts[0])
        draft.needs = [n for n in offered_needs(draft) if n in set(draft.needs) ^ {parts[0]}]
    elif action == "pla":
        number, letter = int(parts[0]), parts[1]
        question = plans.QUESTIONS[number]
        if letter not in eligibility.QUESTIONS[question]:
            raise LookupError(letter)
        answers = list(draft.answers)
        answers[number] = plans.UNKNOWN if answers[number] == letter else letter  # again: not known
        draft.answers = "".join(answers)
    elif action == "plb":
        await _build(update, context, draft)
        return
    elif action == "plw":  # the sentence was misread: type the day or the town again
        step = "release" if parts[0] == "release" else "town"
        dialogue.move(context, FEATURE, step)
        await query.answer()
        await _say(update, context, text(lang, f"plan.ask_{step}"))
        return
    await query.answer()
    body, keyboard = await _draft(context, draft, lang)
    await replace_message(query, context, body, reply_markup=markup(keyboard))


async def _build(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: plans.Draft) -> None:
    query = update.callback_query
    assert query is not None
    services = services_of(context)
    who = current_who(update, context)
    index = await services.index()  # before the unit of work: it reads on a connection of its own
    with services.unit_of_work() as session:
        plan = plans.create(session=session, who=who, draft=draft, zone=services.settings.tzinfo)
        plans.choose_first_fitting(session=session, who=who, plan_id=plan.id, index=index)
    dialogue.end(context, FEATURE)
    await query.answer(text(language(update, context), "plan.built", code=plan.code))
    await _page(update, context, plan.id, replace=True)


async def _plan_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, action: str, parts: tuple[str, ...]
) -> None:
    query = update.callback_query
    assert query is not None
    lang = language(update, context)
    services = services_of(context)
    who = current_who(update, context)
    plan_id = int(parts[0])
    if action == "plo":
        await query.answer()
        await _page(update, context, plan_id)
    elif action == "pls":
        with services.unit_of_work() as session:
            plan = plans.get(session=session, who=who, plan_id=plan_id)
            need = plan.needs[int(parts[1])]
            plans.choose(session=session, who=who, plan_id=plan_id, need=need, service_id=parts[2])
        await query.answer()
        await _page(update, context, plan_id, replace=True)
    elif action == "plh":
        with services.unit_of_work() as session:
            made = plans.hand_over(session=session, who=who, plan_id=plan_id, zone=services.settings.tzinfo)
        wake_courier(context)
        await query.answer(text(lang, "plan.handed", count=len(made)))
        await _page(update, context, plan_id, replace=True)
    elif action == "plk":
        services.act(plans.get, who=who, plan_id=plan_id)  # it is theirs
        dialogue.begin(context, FEATURE, "conference", about=plan_id)
        await query.answer()
        await _say(update, context, text(lang, "plan.ask_conference"))
    elif action == "plt":
        with services.unit_of_work() as session:
            plan = plans.get(session=session, who=who, plan_id=plan_id)
            body = plans.client_text(
                session=session, who=who, plan_id=plan_id, language=lang, needs=need_names(session=session)
            )
        await query.answer()
        if update.effective_chat is not None:
            await context.bot.send_document(
                update.effective_chat.id,
                InputFile(body.encode("utf-8"), filename=f"plan-{plan.code}.txt"),
                caption=text(lang, "plan.client_caption"),
            )
    elif action == "plz":
        services.act(plans.close, who=who, plan_id=plan_id)
        await query.answer(text(lang, "plan.closed_now"))
        await _page(update, context, plan_id, replace=True)
    else:
        raise LookupError(action)


async def _page(
    update: Update, context: ContextTypes.DEFAULT_TYPE, plan_id: int, *, replace: bool = False
) -> None:
    services = services_of(context)
    lang = language(update, context)
    who = current_who(update, context)
    index = await services.index()
    with services.unit_of_work() as session:
        plan, needs = plans.state(session=session, who=who, plan_id=plan_id, index=index)
        names = need_names(session=session)
    body, keyboard = plan_page(
        plan, needs, index, names, lang, today=_today(context), stale_days=services.answers.stale_days
    )
    query = update.callback_query
    pieces = split_message(body)
    if replace and query is not None and len(pieces) == 1:
        await replace_message(query, context, body, reply_markup=markup(keyboard))
        return
    for piece in pieces[:-1]:  # many needs: the page in parts, the buttons under the last
        await _say(update, context, piece)
    await _say(update, context, pieces[-1], keyboard)


# -- the case conference -------------------------------------------------------------------------------
async def _conference(update: Update, context: ContextTypes.DEFAULT_TYPE, plan_id: int, typed: str) -> None:
    """ "20. 2. v 10:00 Ostrava, Sokolská 1" or with a link: the event goes to the chosen
    providers' members at once."""
    message = update.message
    assert message is not None
    lang = language(update, context)
    services = services_of(context)
    zone = services.settings.tzinfo
    try:
        starts_at, place, link = plans.read_conference(typed, now=clock.utc_now(), zone=zone)
    except NotUnderstood as problem:
        await message.reply_text(text(lang, problem.reason) + "\n" + text(lang, "plan.ask_conference"))
        return
    except InvalidValue as problem:
        await message.reply_text(refusal(lang, problem))
        return
    who = current_who(update, context)
    try:
        with services.unit_of_work() as session:
            invited = plans.conference(
                session=session,
                who=who,
                plan_id=plan_id,
                starts_at=starts_at,
                place=place,
                link=link,
                zone=zone,
            )
    except InvalidValue as problem:
        await message.reply_text(refusal(lang, problem))
        return
    dialogue.end(context, FEATURE)
    wake_courier(context)
    await message.reply_text(
        text(lang, "plan.conference_sent", count=invited),
        reply_markup=markup([[Button(text(lang, "plan.back"), pack("plo", plan_id))]]),
    )
