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

from sqlalchemy import Connection, Engine, func, select

from bot.buttons import Keyboard, as_json
from bot.clock import utc_now
from bot.models import table_of
from bot.user_models import InactiveChat, Outbox


@dataclass
class Progress:
    sent: int = 0
    blocked: int = 0
    failed: int = 0
    pending: int = 0


def enqueue(
    engine: Engine,
    *,
    batch: str,
    chat_ids: Iterable[int],
    text: str,
    markup: Keyboard | None = None,
    not_before: datetime | None = None,
) -> int:
    """Queue one message per chat (inactive chats are skipped); returns how many were queued."""
    now = utc_now()
    rows = [
        outbox_row(batch=batch, chat_id=chat_id, text=text, markup=markup, now=now, not_before=not_before)
        for chat_id in dict.fromkeys(chat_ids)
    ]
    with engine.begin() as connection:
        return enqueue_rows(connection, rows)


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


def inactive_chats(connection: Connection) -> set[int]:
    return set(connection.execute(select(table_of(InactiveChat).c.chat_id)).scalars())


def enqueue_rows(connection: Connection, rows: list[dict[str, Any]]) -> int:
    """Insert outbox rows inside the caller's transaction, skipping chats that blocked the bot."""
    inactive = inactive_chats(connection) if rows else set()
    wanted = [row for row in rows if row["chat_id"] not in inactive]
    if wanted:
        connection.execute(table_of(Outbox).insert(), wanted)
    return len(wanted)


def progress(engine: Engine, *, batch: str) -> Progress:
    outbox = table_of(Outbox).c
    with engine.connect() as connection:
        counts: dict[str, int] = {}
        query = select(outbox.status, func.count()).where(outbox.batch == batch).group_by(outbox.status)
        for status, count in connection.execute(query):
            counts[status] = count
    return Progress(
        sent=counts.get("sent", 0),
        blocked=counts.get("blocked", 0),
        failed=counts.get("failed", 0),
        pending=counts.get("pending", 0) + counts.get("sending", 0),
    )
