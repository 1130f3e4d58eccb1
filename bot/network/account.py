"""What Spojka holds about a user: /moje_data exports it, /smazat_ucet erases it.

Erasing keeps what other people rely on without the person in it: handovers they made stay
for the receiving side with the referrer removed; audit rows (capacity changes, service
edits) keep the change with the user id replaced by 0 ("a deleted account").
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, delete, select, update

from bot.models import table_of
from bot.user_models import (
    AppUser,
    CapacityChange,
    DigestItem,
    Event,
    Handover,
    InactiveChat,
    Invite,
    Outbox,
    Reminder,
    Rsvp,
    ServiceEdit,
    Subscription,
)

DELETED = 0  # the user id audit rows keep once their author erased the account


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def export(engine: Engine, *, user_id: int) -> bytes:
    """Everything about this user, as a JSON file (UTF-8, readable)."""
    wanted: list[tuple[str, Any, Any]] = [
        ("profile", table_of(AppUser), table_of(AppUser).c.id),
        ("subscriptions", table_of(Subscription), table_of(Subscription).c.user_id),
        ("reminders", table_of(Reminder), table_of(Reminder).c.user_id),
        ("handovers_made", table_of(Handover), table_of(Handover).c.referrer_id),
        ("event_answers", table_of(Rsvp), table_of(Rsvp).c.user_id),
        ("events_created", table_of(Event), table_of(Event).c.created_by),
        ("invitations_created", table_of(Invite), table_of(Invite).c.created_by),
        ("capacity_changes", table_of(CapacityChange), table_of(CapacityChange).c.user_id),
        ("service_edits", table_of(ServiceEdit), table_of(ServiceEdit).c.user_id),
        ("digest_waiting", table_of(DigestItem), table_of(DigestItem).c.user_id),
    ]
    data: dict[str, Any] = {"telegram_user_id": user_id, "exported_by": "Spojka"}
    with engine.connect() as connection:
        for name, table, column in wanted:
            rows = connection.execute(select(table).where(column == user_id)).all()
            data[name] = [{key: _plain(value) for key, value in row._mapping.items()} for row in rows]
        outbox = table_of(Outbox).c
        data["messages_sent_to_you"] = (
            connection.execute(select(outbox.id).where(outbox.chat_id == user_id)).all().__len__()
        )
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def erase(engine: Engine, *, user_id: int) -> dict[str, int]:
    """Delete the account and the personal data; returns what was done, per kind."""
    done: dict[str, int] = {}
    with engine.begin() as connection:
        for name, table, column in (
            ("subscriptions", table_of(Subscription), table_of(Subscription).c.user_id),
            ("reminders", table_of(Reminder), table_of(Reminder).c.user_id),
            ("event_answers", table_of(Rsvp), table_of(Rsvp).c.user_id),
            ("digest_waiting", table_of(DigestItem), table_of(DigestItem).c.user_id),
            ("inactive_chat", table_of(InactiveChat), table_of(InactiveChat).c.chat_id),
            ("profile", table_of(AppUser), table_of(AppUser).c.id),
        ):
            done[name] = connection.execute(delete(table).where(column == user_id)).rowcount
        outbox = table_of(Outbox)
        done["messages_dropped"] = connection.execute(
            update(outbox)
            .where(outbox.c.chat_id == user_id, outbox.c.status == "pending")
            .values(status="failed", last_error="account erased")
        ).rowcount
        handover = table_of(Handover)
        done["handovers_anonymised"] = connection.execute(
            update(handover).where(handover.c.referrer_id == user_id).values(referrer_id=None)
        ).rowcount
        for table in (table_of(CapacityChange), table_of(ServiceEdit)):
            connection.execute(update(table).where(table.c.user_id == user_id).values(user_id=DELETED))
        for table in (table_of(Event), table_of(Invite)):
            connection.execute(update(table).where(table.c.created_by == user_id).values(created_by=DELETED))
    return done
