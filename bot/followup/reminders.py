"""Reminders: personal ones ("/pripomen za 14 dní zavolat do Kotvy") and a handover's
(before and on the release day, and "Jak se klientovi daří?" after it).

They are rows (due time in UTC, status). `fire_due` turns a due row from pending to sent in
the same transaction that queues its message in the outbox: a reminder is sent once, even
when two callers race or the process dies in between. The bot schedules one JobQueue job
per pending reminder at start and when one is added (handlers/reminders.py); those that
fell due while it was down fire at start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, tzinfo
from typing import Any

from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from bot.buttons import Button, Keyboard, pack
from bot.clock import aware, utc_now
from bot.database import unit_of_work
from bot.delivery.outbox import enqueue_rows, outbox_row
from bot.directory.services import need_names
from bot.followup.handovers import FEEDBACK, summary, view_of
from bot.network.registration import Member, chosen_language, members_in
from bot.privacy import find_personal_data
from bot.refusals import InvalidValue
from bot.text.dates import NotUnderstood, Reading, read_when
from bot.text.i18n import text
from bot.user_models import Handover, Reminder

TEXT_LIMIT = 300
DEFAULT_HOUR = time(9, 0)


@dataclass(frozen=True)
class ReminderView:
    id: int
    kind: str
    text: str
    due_at: datetime
    status: str


def split_when(typed: str, *, now: datetime, zone: tzinfo) -> tuple[datetime, str]:
    """ "za 14 dní zavolat do Kotvy" -> (the moment, "zavolat do Kotvy").

    Every leading run of words is read as a date; the fullest reading wins (a time as well as
    a day), taken from as few words as give it, so the rest is the reminder's text. No time
    given: 9:00.
    """
    words = typed.split()
    readings: list[tuple[int, Reading]] = []
    past = False
    for cut in range(1, min(len(words), 10) + 1):
        try:
            readings.append((cut, read_when(" ".join(words[:cut]), now=now, zone=zone)))
        except NotUnderstood as problem:
            past = past or problem.reason == "when.past"
    if not readings:
        raise NotUnderstood("when.past" if past else "when.unknown")
    fullest = readings[-1][1]
    cut = next(cut for cut, reading in readings if reading == fullest)
    start = fullest.start
    if not fullest.has_time:
        start = datetime.combine(start.date(), DEFAULT_HOUR, tzinfo=zone)
        if start <= now:
            raise NotUnderstood("when.past")
    return start.astimezone(UTC), " ".join(words[cut:])


def add_personal(
    *, session: Session, user_id: int, typed: str, now: datetime | None = None, zone: tzinfo = UTC
) -> ReminderView:
    """A reminder for oneself; the text is checked like a handover note (no client's data)."""
    moment = now or utc_now()
    due, message = split_when(typed.strip(), now=moment, zone=zone)
    message = message.strip()
    if not message:
        raise InvalidValue("reminder.no_text")
    if len(message) > TEXT_LIMIT:
        raise InvalidValue("reminder.too_long", limit=TEXT_LIMIT, length=len(message))
    if find_personal_data(message, today=moment.date()):
        raise InvalidValue("reminder.personal_data")
    row = Reminder(
        kind="personal", user_id=user_id, text=message, due_at=due, status="pending", created_at=moment
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return ReminderView(row.id, "personal", message, due, "pending")


def pending(*, session: Session, user_id: int) -> list[ReminderView]:
    rows = session.exec(
        select(Reminder)
        .where(Reminder.user_id == user_id, Reminder.status == "pending", Reminder.kind == "personal")
        .order_by(col(Reminder.due_at))
    )
    return [_view(row) for row in rows]


def _view(row: Reminder) -> ReminderView:
    assert row.id is not None
    return ReminderView(row.id, row.kind, row.text or "", aware(row.due_at), row.status)


def cancel(*, session: Session, user_id: int, reminder_id: int) -> bool:
    """False when it is not this person's pending reminder (any more)."""
    row = session.get(Reminder, reminder_id)
    if row is None or row.user_id != user_id or row.status != "pending":
        return False
    row.status = "cancelled"
    return True


def schedule(*, session: Session) -> list[tuple[int, datetime]]:
    """(id, due time) of every pending reminder: what the bot's scheduler is rebuilt from."""
    rows = session.exec(select(Reminder).where(Reminder.status == "pending").order_by(col(Reminder.due_at)))
    return [(_view(row).id, aware(row.due_at)) for row in rows]


def fire_due(engine: Engine, *, now: datetime | None = None, only: int | None = None) -> int:
    """Queue every due reminder (or just `only`), each exactly once; returns messages queued.

    A job: one unit of work per reminder, so each one that fired stays fired."""
    moment = now or utc_now()
    query = select(Reminder.id).where(Reminder.status == "pending", col(Reminder.due_at) <= moment)
    if only is not None:
        query = query.where(Reminder.id == only)
    with unit_of_work(engine) as session:
        due = list(session.exec(query.order_by(col(Reminder.due_at))))
    queued = 0
    for reminder_id in due:
        with unit_of_work(engine) as session:
            claimed = (
                session.connection()
                .execute(
                    update(Reminder)
                    .where(col(Reminder.id) == reminder_id, col(Reminder.status) == "pending")
                    .values(status="sent", sent_at=moment)
                )
                .rowcount
            )
            if claimed:  # another caller may have taken it between the read and here
                reminder = session.get(Reminder, reminder_id)
                assert reminder is not None
                queued += enqueue_rows(session=session, rows=_messages(session, reminder, moment))
    return queued


def _messages(session: Session, reminder: Reminder, moment: datetime) -> list[dict[str, Any]]:
    batch = f"reminder:{reminder.id}"
    if reminder.kind == "personal":
        assert reminder.user_id is not None
        language = chosen_language(session=session, user_id=reminder.user_id)
        body = text(language, "reminder.personal", text=reminder.text or "")
        return [outbox_row(batch=batch, chat_id=reminder.user_id, text=body, now=moment)]
    row = session.get(Handover, reminder.handover_id) if reminder.handover_id is not None else None
    if row is None or row.status in ("closed", "declined"):
        return []
    handover = view_of(row)
    people = (
        [Member(reminder.user_id, chosen_language(session=session, user_id=reminder.user_id))]
        if reminder.user_id is not None
        else members_in(session=session, organization_id=reminder.organization_id or "")
    )
    names = need_names(session=session)
    rows = []
    for user_id, language in people:
        key = f"reminder.{reminder.kind}"
        body = (
            text(language, key, count=abs(reminder.days or 0), code=handover.code)
            + "\n"
            + summary(handover, language, names)
        )
        markup: Keyboard | None = None
        if reminder.kind == "after_release":
            feedback = [
                Button(text(language, f"handover.feedback.{answer}"), pack("hf", answer, handover.id))
                for answer in FEEDBACK
            ]
            markup = [feedback[:2], feedback[2:]]
        rows.append(outbox_row(batch=batch, chat_id=user_id, text=body, markup=markup, now=moment))
    return rows
