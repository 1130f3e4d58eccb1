"""What Spojka holds about a user: /moje_data exports it, /smazat_ucet erases it.

Erasing keeps what other people rely on without the person in it: handovers they made stay
for the receiving side with the referrer removed; audit rows (capacity changes, service
edits) keep the change with the user id replaced by 0 ("a deleted account").
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, update
from sqlmodel import Session, SQLModel, col, select

from bot.followup.plans import erase_worker as erase_worker_plans
from bot.user_models import (
    AppUser,
    CapacityChange,
    DigestItem,
    Event,
    Handover,
    InactiveChat,
    Invite,
    Outbox,
    ReleasePlan,
    ReleasePlanItem,
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


# What a person's data is, table by table: (name in the export, the table, the column naming them).
YOURS: tuple[tuple[str, type[SQLModel], str], ...] = (
    ("profile", AppUser, "id"),
    ("subscriptions", Subscription, "user_id"),
    ("reminders", Reminder, "user_id"),
    ("handovers_made", Handover, "referrer_id"),
    ("release_plans", ReleasePlan, "worker_id"),
    ("event_answers", Rsvp, "user_id"),
    ("events_created", Event, "created_by"),
    ("invitations_created", Invite, "created_by"),
    ("capacity_changes", CapacityChange, "user_id"),
    ("service_edits", ServiceEdit, "user_id"),
    ("digest_waiting", DigestItem, "user_id"),
)
# Erased with the account; the rest of YOURS stays for others, without the person in it.
ERASED: tuple[tuple[str, type[SQLModel], str], ...] = (
    ("subscriptions", Subscription, "user_id"),
    ("reminders", Reminder, "user_id"),
    ("event_answers", Rsvp, "user_id"),
    ("digest_waiting", DigestItem, "user_id"),
    ("inactive_chat", InactiveChat, "chat_id"),
    ("profile", AppUser, "id"),
)


def export(*, session: Session, user_id: int) -> bytes:
    """Everything about this user, as a JSON file (UTF-8, readable)."""
    data: dict[str, Any] = {"telegram_user_id": user_id, "exported_by": "Spojka"}
    for name, model, column in YOURS:
        rows = session.exec(select(model).where(getattr(model, column) == user_id)).all()
        data[name] = [{key: _plain(value) for key, value in row.model_dump().items()} for row in rows]
    sent = session.exec(select(func.count()).select_from(Outbox).where(Outbox.chat_id == user_id)).one()
    data["messages_sent_to_you"] = sent
    plan_ids = [plan["id"] for plan in data["release_plans"]]
    items = session.exec(select(ReleasePlanItem).where(col(ReleasePlanItem.plan_id).in_(plan_ids))).all()
    data["release_plan_services"] = [{k: _plain(v) for k, v in item.model_dump().items()} for item in items]
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def erase(*, session: Session, user_id: int) -> dict[str, int]:
    """Delete the account and the personal data, in one unit of work; returns what was done, per kind."""
    connection = session.connection()
    done: dict[str, int] = {}
    for name, model, column in ERASED:
        done[name] = connection.execute(delete(model).where(getattr(model, column) == user_id)).rowcount
    done["messages_dropped"] = connection.execute(
        update(Outbox)
        .where(col(Outbox.chat_id) == user_id, col(Outbox.status) == "pending")
        .values(status="failed", last_error="account erased")
    ).rowcount
    done["release_plans_erased"] = erase_worker_plans(session, user_id)
    done["handovers_anonymised"] = connection.execute(
        update(Handover).where(col(Handover.referrer_id) == user_id).values(referrer_id=None)
    ).rowcount
    for audited in (CapacityChange, ServiceEdit):
        connection.execute(update(audited).where(col(audited.user_id) == user_id).values(user_id=DELETED))
    for created in (Event, Invite):
        connection.execute(
            update(created).where(col(created.created_by) == user_id).values(created_by=DELETED)
        )
    session.expire_all()
    return done
