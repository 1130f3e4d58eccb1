"""/pripomen: personal reminders; and the scheduler of every reminder, rebuilt from the rows.

At start every pending reminder gets a JobQueue job at its due time (those already due fire
at once); a reminder added later gets its job when added. The job only calls
bot.followup.reminders.fire_due, which sends each reminder once however often it is called; a sweep
every minute catches anything a job missed (a reminder added by another process).
"""

from __future__ import annotations

import asyncio
from datetime import datetime

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, ContextTypes

from bot import clock
from bot.buttons import Button, pack, unpack
from bot.followup import reminders
from bot.refusals import InvalidValue
from bot.text.dates import NotUnderstood
from bot.text.i18n import czech_moment, text
from handlers.context import language, services_of, wake_courier
from handlers.keyboards import markup


def _when(moment: datetime, update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    return czech_moment(moment, language(update, context), services_of(context).settings.tzinfo)


async def remind_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = language(update, context)
    typed = " ".join(context.args or []).strip()
    services = services_of(context)
    if not typed:
        await _list(update, context)
        return
    try:
        with services.unit_of_work() as session:
            added = reminders.add_personal(
                session=session, user_id=user.id, typed=typed[:400], zone=services.settings.tzinfo
            )
    except NotUnderstood as problem:  # before InvalidValue: it is one, and gets the usage too
        await message.reply_text(text(lang, problem.reason) + "\n" + text(lang, "reminders.usage"))
        return
    except InvalidValue as problem:
        await message.reply_text(text(lang, problem.reason, **problem.values))
        return
    schedule_one(context.application, added.id, added.due_at)
    await message.reply_text(
        text(lang, "reminders.added", when=_when(added.due_at, update, context), text=added.text)
    )


async def _list(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user
    assert user is not None
    lang = language(update, context)
    with services_of(context).unit_of_work() as session:
        mine = reminders.pending(session=session, user_id=user.id)
    if not mine:
        await _reply(update, context, text(lang, "reminders.usage"), None)
        return
    lines = [text(lang, "reminders.list")]
    rows = []
    for item in mine[:20]:
        when = _when(item.due_at, update, context)
        lines.append(text(lang, "reminders.item", when=when, text=item.text))
        rows.append([Button(text(lang, "reminders.cancel", when=when), pack("rc", item.id))])
    await _reply(update, context, "\n".join(lines), markup(rows))


async def _reply(
    update: Update, context: ContextTypes.DEFAULT_TYPE, body: str, markup: InlineKeyboardMarkup | None
) -> None:
    if update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, body, reply_markup=markup)


async def cancel_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query, user = update.callback_query, update.effective_user
    if query is None or user is None:
        return
    lang = language(update, context)
    key = unpack(query.data).rest
    with services_of(context).unit_of_work() as session:
        cancelled = key.isdigit() and reminders.cancel(session=session, user_id=user.id, reminder_id=int(key))
    if not cancelled:
        await query.answer(text(lang, "answer.stale"))
        return
    await query.answer(text(lang, "reminders.cancelled"))
    await _list(update, context)


# -- the scheduler -----------------------------------------------------------------------------------
def schedule_one(application: Application, reminder_id: int, due_at: datetime) -> None:  # type: ignore[type-arg]
    if application.job_queue is None:
        return
    delay = max(0.0, (due_at - clock.utc_now()).total_seconds())
    application.job_queue.run_once(fire, when=delay, data=reminder_id, name=f"reminder:{reminder_id}")


def rebuild(application: Application) -> int:  # type: ignore[type-arg]
    """At start: a job for every pending reminder (the overdue ones fire at once)."""
    services = application.bot_data["services"]
    with services.unit_of_work() as session:
        pending = reminders.schedule(session=session)
    for reminder_id, due_at in pending:
        schedule_one(application, reminder_id, due_at)
    return len(pending)


async def fire(context: ContextTypes.DEFAULT_TYPE) -> None:
    job = context.job
    only = int(job.data) if job is not None and isinstance(job.data, int) else None
    if reminders.fire_due(services_of(context).engine, only=only):
        wake_courier(context)


async def sweep(context: ContextTypes.DEFAULT_TYPE) -> None:
    if await asyncio.to_thread(reminders.fire_due, services_of(context).engine):
        wake_courier(context)
