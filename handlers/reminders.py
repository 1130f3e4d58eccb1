"""/pripomen: personal reminders; and the scheduler of every reminder, rebuilt from the rows.

At start every pending reminder gets a JobQueue job at its due time (those already due fire
at once); a reminder added later gets its job when added. The job only calls
bot.followup.reminders.fire_due, which sends each reminder once however often it is called; a sweep
every minute catches anything a job missed (a reminder added by another process).
"""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, ContextTypes

from bot import clock
from bot.followup import reminders
from bot.refusals import InvalidValue
from bot.text.dates import NotUnderstood
from bot.text.i18n import czech_moment, text
from handlers.context import language, services_of, wake_courier


def _when(moment: datetime, update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    return czech_moment(moment, language(update, context), services_of(context).settings.tzinfo)


async def remind_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    lang = language(update, context)
    typed = " ".join(context.args or []).strip()
    engine = services_of(context).engine
    if not typed:
        await _list(update, context)
        return
    try:
        added = reminders.add_personal(
            engine, user_id=user.id, typed=typed[:400], zone=services_of(context).settings.tzinfo
        )
    except InvalidValue as problem:
        await message.reply_text(text(lang, problem.reason, **problem.values))
        return
    except NotUnderstood as problem:
        await message.reply_text(text(lang, problem.reason) + "\n" + text(lang, "reminders.usage"))
        return
    schedule_one(context.application, added.id, added.due_at)
    await message.reply_text(
        text(lang, "reminders.added", when=_when(added.due_at, update, context), text=added.text)
    )


async def _list(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user = update.effective_user
    assert user is not None
    lang = language(update, context)
    mine = reminders.pending(services_of(context).engine, user_id=user.id)
    if not mine:
        await _reply(update, context, text(lang, "reminders.usage"), None)
        return
    lines = [text(lang, "reminders.list")]
    rows = []
    for item in mine[:20]:
        when = _when(item.due_at, update, context)
        lines.append(text(lang, "reminders.item", when=when, text=item.text))
        rows.append(
            [InlineKeyboardButton(text(lang, "reminders.cancel", when=when), callback_data=f"rc:{item.id}")]
        )
    await _reply(update, context, "\n".join(lines), InlineKeyboardMarkup(rows))


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
    key = (query.data or "").removeprefix("rc:")
    if not key.isdigit() or not reminders.cancel(
        services_of(context).engine, user_id=user.id, reminder_id=int(key)
    ):
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
    pending = reminders.schedule(services.engine)
    for reminder_id, due_at in pending:
        schedule_one(application, reminder_id, due_at)
    return len(pending)


async def fire(context: ContextTypes.DEFAULT_TYPE) -> None:
    job = context.job
    only = int(job.data) if job is not None and isinstance(job.data, int) else None
    if reminders.fire_due(services_of(context).engine, only=only):
        wake_courier(context)


async def sweep(context: ContextTypes.DEFAULT_TYPE) -> None:
    if reminders.fire_due(services_of(context).engine):
        wake_courier(context)
