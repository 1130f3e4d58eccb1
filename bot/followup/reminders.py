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

from sqlalchemy import Connection, Engine, select, update

from bot.buttons import Button, Keyboard, pack
from bot.clock import aware, utc_now
from bot.delivery.outbox import enqueue_rows, outbox_row
from bot.directory.services import need_names_in
from bot.followup.handovers import FEEDBACK, summary, view_of
from bot.models import table_of
from bot.network.registration import language_in, members_in
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
    engine: Engine, *, user_id: int, typed: str, now: datetime | None = None, zone: tzinfo = UTC
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
    table = table_of(Reminder)
    with engine.begin() as connection:
        inserted = connection.execute(
            table.insert().values(
                kind="personal",
                user_id=user_id,
                text=message,
                due_at=due,
                status="pending",
                created_at=moment,
            )
        )
        reminder_id = int(inserted.inserted_primary_key[0])  # type: ignore[index]
    return ReminderView(reminder_id, "personal", message, due, "pending")


def pending(engine: Engine, *, user_id: int) -> list[ReminderView]:
    table = table_of(Reminder).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(table.id, table.kind, table.text, table.due_at, table.status)
            .where(table.user_id == user_id, table.status == "pending", table.kind == "personal")
            .order_by(table.due_at)
        )
        return [ReminderView(r[0], r[1], r[2] or "", aware(r[3]), r[4]) for r in rows]


def cancel(engine: Engine, *, user_id: int, reminder_id: int) -> bool:
    table = table_of(Reminder)
    with engine.begin() as connection:
        return bool(
            connection.execute(
                update(table)
                .where(table.c.id == reminder_id, table.c.user_id == user_id, table.c.status == "pending")
                .values(status="cancelled")
            ).rowcount
        )


def schedule(engine: Engine) -> list[tuple[int, datetime]]:
    """(id, due time) of every pending reminder: what the bot's scheduler is rebuilt from."""
    table = table_of(Reminder).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(table.id, table.due_at).where(table.status == "pending").order_by(table.due_at)
        )
        return [(row[0], aware(row[1])) for row in rows]


def fire_due(engine: Engine, *, now: datetime | None = None, only: int | None = None) -> int:
    """Queue every due reminder (or just `only`), each exactly once; returns messages queued."""
    moment = now or utc_now()
    table = table_of(Reminder)
    query = select(table).where(table.c.status == "pending", table.c.due_at <= moment)
    if only is not None:
        query = query.where(table.c.id == only)
    with engine.connect() as connection:
        due = list(connection.execute(query.order_by(table.c.due_at)))
    queued = 0
    for row in due:
        with engine.begin() as connection:
            claimed = connection.execute(
                update(table)
                .where(table.c.id == row.id, table.c.status == "pending")
                .values(status="sent", sent_at=moment)
            ).rowcount
            if claimed:  # another caller may have taken it between the read and here
                queued += enqueue_rows(connection, _messages(connection, row._mapping, moment))
    return queued


def _messages(connection: Connection, reminder: Any, moment: datetime) -> list[dict[str, Any]]:
    batch = f"reminder:{reminder['id']}"
    if reminder["kind"] == "personal":
        language = language_in(connection, reminder["user_id"])
        body = text(language, "reminder.personal", text=reminder["text"] or "")
        return [outbox_row(batch=batch, chat_id=reminder["user_id"], text=body, now=moment)]
    handover_table = table_of(Handover)
    row = connection.execute(
        select(handover_table).where(handover_table.c.id == reminder["handover_id"])
    ).first()
    if row is None or row.status in ("closed", "declined"):
        return []
    handover = view_of(row)
    people = (
        [(reminder["user_id"], language_in(connection, reminder["user_id"]))]
        if reminder["user_id"] is not None
        else members_in(connection, reminder["organization_id"])
    )
    names = need_names_in(connection)
    rows = []
    for user_id, language in people:
        key = f"reminder.{reminder['kind']}"
        body = (
            text(language, key, days=abs(reminder["days"] or 0), code=handover.code)
            + "\n"
            + summary(handover, language, names)
        )
        markup: Keyboard | None = None
        if reminder["kind"] == "after_release":
            feedback = [
                Button(text(language, f"handover.feedback.{answer}"), pack("hf", answer, handover.id))
                for answer in FEEDBACK
            ]
            markup = [feedback[:2], feedback[2:]]
        rows.append(outbox_row(batch=batch, chat_id=user_id, text=body, markup=markup, now=moment))
    return rows
