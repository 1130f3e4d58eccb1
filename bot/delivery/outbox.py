"""The outbox: the one place that writes a message for later delivery (bot/delivery/courier.py sends it).

Every notification, broadcast, reminder and request is a row here, written in the same
transaction as the change that caused it, so a crash can lose neither.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert
from sqlmodel import Session, col, select

from bot.buttons import Keyboard, as_json
from bot.clock import utc_now
from bot.user_models import InactiveChat, Outbox


@dataclass
class Progress:
    sent: int = 0
    blocked: int = 0
    failed: int = 0
    pending: int = 0


def enqueue(
    *,
    session: Session,
    batch: str,
    chat_ids: Iterable[int],
    text: str,
    markup: Keyboard | None = None,
    not_before: datetime | None = None,
) -> int:
    """Queue one message per chat (inactive chats are skipped) in the caller's unit of work;
    returns how many were queued."""
    now = utc_now()
    rows = [
        outbox_row(batch=batch, chat_id=chat_id, text=text, markup=markup, now=now, not_before=not_before)
        for chat_id in dict.fromkeys(chat_ids)
    ]
    return enqueue_rows(session=session, rows=rows)


def outbox_row(
    *,
    batch: str,
    chat_id: int,
    text: str,
    now: datetime,
    markup: Keyboard | None = None,
    not_before: datetime | None = None,
) -> dict[str, Any]:
    """One outbox row; `not_before` holds it (quiet hours, a scheduled broadcast)."""
    return {
        "batch": batch,
        "chat_id": chat_id,
        "text": text,
        "markup": json.dumps(as_json(markup), ensure_ascii=False) if markup else None,
        "status": "pending",
        "attempts": 0,
        "not_before": not_before or now,
        "created_at": now,
    }


def inactive_chats(*, session: Session) -> set[int]:
    """Chats that blocked the bot or were deactivated: nothing is queued for them."""
    return set(session.exec(select(InactiveChat.chat_id)))


def enqueue_rows(*, session: Session, rows: list[dict[str, Any]]) -> int:
    """Insert outbox rows (`outbox_row`) in the caller's unit of work, skipping chats that
    blocked the bot; they commit with the change that caused them, or not at all."""
    inactive = inactive_chats(session=session) if rows else set()
    wanted = [row for row in rows if row["chat_id"] not in inactive]
    if wanted:
        session.execute(insert(Outbox), wanted)
    return len(wanted)


def progress(*, session: Session, batch: str) -> Progress:
    """How far the courier got with one batch (an event's invitation, a change, ...)."""
    query = select(Outbox.status, func.count()).where(Outbox.batch == batch).group_by(col(Outbox.status))
    counts = dict(session.exec(query).all())
    return Progress(
        sent=counts.get("sent", 0),
        blocked=counts.get("blocked", 0),
        failed=counts.get("failed", 0),
        pending=counts.get("pending", 0) + counts.get("sending", 0),
    )
