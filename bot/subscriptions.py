"""What people follow, and telling them when it matters (through the delivery engine).

A service's free places going from none to some, or from some to none, is a change that
matters; its subscribers hear about it, except the person who made the change.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, delete, select

from bot.delivery import enqueue
from bot.i18n import DEFAULT, text
from bot.models import Service, table_of
from bot.user_models import AppUser, Subscription


def follow_service(engine: Engine, *, user_id: int, service_id: str) -> bool:
    """Subscribe; False when the person already follows it."""
    table = table_of(Subscription)
    with engine.begin() as connection:
        exists = connection.execute(
            select(table.c.id).where(
                table.c.user_id == user_id, table.c.kind == "service", table.c.service_id == service_id
            )
        ).first()
        if exists is not None:
            return False
        connection.execute(
            table.insert().values(
                user_id=user_id, kind="service", service_id=service_id, created_at=datetime.now(UTC)
            )
        )
        return True


def unfollow(engine: Engine, *, user_id: int, subscription_id: int) -> bool:
    table = table_of(Subscription)
    with engine.begin() as connection:
        result = connection.execute(
            delete(table).where(table.c.id == subscription_id, table.c.user_id == user_id)
        )
        return bool(result.rowcount)


def followed(engine: Engine, *, user_id: int) -> list[tuple[int, str]]:
    """(subscription id, service name) of what the person follows."""
    table, service = table_of(Subscription).c, table_of(Service).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(table.id, service.name)
            .join_from(table_of(Subscription), table_of(Service), service.id == table.service_id)
            .where(table.user_id == user_id, table.kind == "service")
            .order_by(service.name)
        ).all()
    return [(row[0], row[1]) for row in rows]


def notify_capacity(
    engine: Engine, *, service_id: str, service_name: str, old: int, new: int, changed_by: int
) -> int:
    """Queue "free places now" / "full now" for the service's followers; returns how many."""
    if (old > 0) == (new > 0):
        return 0
    table, user = table_of(Subscription).c, table_of(AppUser).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(table.user_id, user.language)
            .join_from(table_of(Subscription), table_of(AppUser), user.id == table.user_id, isouter=True)
            .where(table.kind == "service", table.service_id == service_id, table.user_id != changed_by)
        ).all()
    by_language: dict[str, list[int]] = {}
    for user_id, language in rows:
        by_language.setdefault(language or DEFAULT, []).append(user_id)
    key = "follow.now_free" if new > 0 else "follow.now_full"
    queued = 0
    for language, people in by_language.items():
        queued += enqueue(
            engine,
            batch=f"capacity:{service_id}",
            chat_ids=people,
            text=text(language, key, name=service_name, available=new),
        )
    return queued
