"""Every 90 days (setting) the people who run a service are asked whether its data still hold.

"✓ Údaje platí" (bot/service_edits.confirm) answers it by setting the service's
assured_date. A request unanswered for two weeks is asked again; after the second one goes
unanswered the coordinators are told, once, which services nobody vouches for any more.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select, update

from bot.buttons import Button, pack
from bot.clock import aware
from bot.delivery.outbox import enqueue_rows, outbox_row
from bot.models import Service, table_of
from bot.network.registration import members_in
from bot.text.i18n import DEFAULT, text
from bot.user_models import AppUser, FreshnessRequest

ASK_AGAIN_AFTER = timedelta(days=14)


def check(
    engine: Engine, *, now: datetime, every_days: int = 90, coordinator_ids: list[int] | None = None
) -> dict[str, int]:
    """Ask, ask again, or tell the coordinators; returns how many of each (the bot runs it daily)."""
    done = {"asked": 0, "asked_again": 0, "escalated": 0, "answered": 0}
    horizon = (now - timedelta(days=every_days)).date()
    service, request = table_of(Service).c, table_of(FreshnessRequest)
    with engine.connect() as connection:
        services = connection.execute(
            select(service.id, service.name, service.organization_id, service.assured_date).where(
                service.status == "active"
            )
        ).all()
        open_requests: dict[str, list[Any]] = {}
        for row in connection.execute(
            select(request)
            .where(request.c.answered_at.is_(None), request.c.escalated_at.is_(None))
            .order_by(request.c.id)
        ):
            open_requests.setdefault(row.service_id, []).append(row)
    unanswered: list[tuple[str, str]] = []
    with engine.begin() as connection:
        for service_id, name, organization_id, assured in services:
            asked = open_requests.get(service_id, [])
            fresh = isinstance(assured, date) and assured > horizon
            if asked and isinstance(assured, date) and assured >= aware(asked[0].asked_at).date():
                connection.execute(
                    update(request)
                    .where(request.c.service_id == service_id, request.c.answered_at.is_(None))
                    .values(answered_at=now)
                )
                done["answered"] += 1
                continue
            if fresh:
                continue
            if not asked:
                _ask(connection, service_id, name, organization_id, now)
                done["asked"] += 1
            elif now - aware(asked[-1].asked_at) >= ASK_AGAIN_AFTER:
                if len(asked) >= 2:
                    connection.execute(
                        update(request)
                        .where(request.c.service_id == service_id, request.c.answered_at.is_(None))
                        .values(escalated_at=now)
                    )
                    unanswered.append((service_id, name))
                    done["escalated"] += 1
                else:
                    _ask(connection, service_id, name, organization_id, now)
                    done["asked_again"] += 1
        if unanswered:
            _tell_coordinators(connection, unanswered, now, coordinator_ids or [])
    return done


def _ask(connection: Any, service_id: str, name: str, organization_id: str, now: datetime) -> None:
    connection.execute(table_of(FreshnessRequest).insert().values(service_id=service_id, asked_at=now))
    rows = []
    for user_id, language in members_in(connection, organization_id):
        markup = [
            [
                Button(text(language, "edit.confirm"), pack("ea", service_id)),
                Button(text(language, "edit.card_button"), pack("ed", service_id)),
            ]
        ]
        rows.append(
            outbox_row(
                batch=f"freshness:{now.date().isoformat()}",
                chat_id=user_id,
                text=text(language, "freshness.ask", name=name),
                markup=markup,
                now=now,
            )
        )
    enqueue_rows(connection, rows)


def _tell_coordinators(
    connection: Any, unanswered: list[tuple[str, str]], now: datetime, configured: list[int]
) -> None:
    user = table_of(AppUser).c
    stored = connection.execute(
        select(user.id, user.language).where(user.role == "coordinator", user.status == "approved")
    ).all()
    people = {row[0]: row[1] or DEFAULT for row in stored}
    for coordinator_id in configured:
        people.setdefault(coordinator_id, DEFAULT)
    rows = []
    for user_id, language in people.items():
        names = "\n".join(f"• {name}" for _, name in unanswered[:30])
        more = len(unanswered) - 30
        body = text(language, "freshness.escalated", count=len(unanswered), names=names)
        if more > 0:
            body += "\n" + text(language, "freshness.more", count=more)
        rows.append(
            outbox_row(
                batch=f"freshness-escalated:{now.date().isoformat()}", chat_id=user_id, text=body, now=now
            )
        )
    enqueue_rows(connection, rows)
