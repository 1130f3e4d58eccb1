"""Every 90 days (setting) the people who run a service are asked whether its data still hold.

"✓ Údaje platí" (bot/providers/edits.confirm) answers it by setting the service's
assured_date. A request unanswered for two weeks is asked again; after the second one goes
unanswered the coordinators are told, once, which services nobody vouches for any more.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Engine, func, update
from sqlmodel import Session, col, select

from bot.buttons import Button, pack
from bot.clock import aware
from bot.database import reading, unit_of_work
from bot.delivery.outbox import enqueue_rows, outbox_row
from bot.models import Service
from bot.text.i18n import DEFAULT, text
from bot.user_models import AppUser, FreshnessRequest

ASK_AGAIN_AFTER = timedelta(days=14)
_T = TypeVar("_T")


BATCH = 100  # services written per transaction
# between two batches: SQLite keeps no queue of writers, a waiting one looks again after a few
# ms, and a loop that took the lock again at once would keep it from ever getting in
PAUSE = 0.03


class _Service(NamedTuple):
    id: str
    name: str
    organization_id: str
    assured: date | None


class _Open(NamedTuple):
    """A service's requests neither answered nor handed to the coordinators."""

    times: int  # asked so many times
    first: datetime  # asked
    last: datetime


def check(
    engine: Engine, *, now: datetime, every_days: int = 90, coordinator_ids: list[int] | None = None
) -> dict[str, int]:
    """Ask, ask again, or tell the coordinators; returns how many of each (the bot runs it daily).

    Decided on one reading, then written BATCH services at a time, with a PAUSE between: one
    transaction over every service held SQLite's only write lock for seconds (6.7 s when 16,104
    of 20,000 services were asked), and every person's write meanwhile waited, then failed. A
    service's request and the messages it sends commit together; a service somebody asked in the
    meantime (the coordinators' button, another run) is not asked twice. The escalated services
    and the coordinators' message about them commit together, last."""
    done = {"asked": 0, "asked_again": 0, "escalated": 0, "answered": 0}
    horizon = (now - timedelta(days=every_days)).date()
    with reading(engine) as session:
        services = [_Service(*row) for row in session.exec(_active_services())]
        open_requests = _open_requests(session)
    answered: list[str] = []
    to_ask: list[_Service] = []
    escalated: list[_Service] = []
    for service in services:
        asked = open_requests.get(service.id)
        assured = service.assured
        if asked is not None and assured is not None and assured >= aware(asked.first).date():
            answered.append(service.id)  # confirmed since the first request
        elif assured is not None and assured > horizon:
            continue
        elif asked is None:
            to_ask.append(service)
        elif now - aware(asked.last) >= ASK_AGAIN_AFTER:
            if asked.times >= 2:
                escalated.append(service)
                done["escalated"] += 1
            else:
                to_ask.append(service)
    done["answered"] = len(answered)
    for batch in _batches(answered):
        with unit_of_work(engine) as session:
            for service_id in batch:
                _settle(session, service_id, answered_at=now)
    for batch_to_ask in _batches(to_ask):
        with unit_of_work(engine) as session:
            for service in _ask_all(session, batch_to_ask, open_requests, now):
                done["asked" if service.id not in open_requests else "asked_again"] += 1
    if escalated:
        with unit_of_work(engine) as session:
            for service in escalated:
                _settle(session, service.id, escalated_at=now)
            _tell_coordinators(session, [(s.id, s.name) for s in escalated], now, coordinator_ids or [])
    return done


def _batches(items: list[_T]) -> Iterator[list[_T]]:
    """BATCH at a time, with a PAUSE between two."""
    for start in range(0, len(items), BATCH):
        if start:
            time.sleep(PAUSE)
        yield items[start : start + BATCH]


def _active_services() -> Any:
    return select(Service.id, Service.name, Service.organization_id, col(Service.assured_date)).where(
        Service.status == "active"
    )


def _open_requests(session: Session, service_ids: list[str] | None = None) -> dict[str, _Open]:
    """Each service's (of `service_ids`, or every one's) requests neither answered nor handed to
    the coordinators."""
    asked_at = col(FreshnessRequest.asked_at)
    query = select(FreshnessRequest.service_id, func.count(), func.min(asked_at), func.max(asked_at)).where(
        col(FreshnessRequest.answered_at).is_(None), col(FreshnessRequest.escalated_at).is_(None)
    )
    if service_ids is not None:
        query = query.where(col(FreshnessRequest.service_id).in_(service_ids))
    grouped = session.exec(query.group_by(col(FreshnessRequest.service_id)))
    return {service_id: _Open(count, first, last) for service_id, count, first, last in grouped}


def _settle(session: Session, service_id: str, **values: datetime) -> None:
    """Every unanswered request of the service: answered, or handed to the coordinators."""
    session.execute(
        update(FreshnessRequest)
        .where(col(FreshnessRequest.service_id) == service_id, col(FreshnessRequest.answered_at).is_(None))
        .values(**values)
    )


def _ask_all(
    session: Session, services: list[_Service], seen: dict[str, _Open], now: datetime
) -> list[_Service]:
    """A request for each service and a message to each of its organisation's members; not for a
    service asked since `seen` was read. Returns the services asked."""
    since = _open_requests(session, [s.id for s in services])
    services = [s for s in services if since.get(s.id) == seen.get(s.id)]
    members: dict[str, list[tuple[int, str]]] = {}
    people = select(AppUser.id, AppUser.language, AppUser.organization_id).where(
        AppUser.status == "approved", col(AppUser.organization_id).in_({s.organization_id for s in services})
    )
    for user_id, language, organization_id in session.exec(people):
        if organization_id is not None:
            members.setdefault(organization_id, []).append((user_id, language or DEFAULT))
    rows = []
    for service in services:
        session.add(FreshnessRequest(service_id=service.id, asked_at=now))
        for user_id, language in sorted(members.get(service.organization_id, [])):
            markup = [
                [
                    Button(text(language, "edit.confirm"), pack("ea", service.id)),
                    Button(text(language, "edit.card_button"), pack("ed", service.id)),
                ]
            ]
            rows.append(
                outbox_row(
                    batch=f"freshness:{now.date().isoformat()}",
                    chat_id=user_id,
                    text=text(language, "freshness.ask", name=service.name),
                    markup=markup,
                    now=now,
                )
            )
    enqueue_rows(session=session, rows=rows)
    return services


def _tell_coordinators(
    session: Session, unanswered: list[tuple[str, str]], now: datetime, configured: list[int]
) -> None:
    stored = session.exec(select(AppUser).where(AppUser.role == "coordinator", AppUser.status == "approved"))
    people = {person.id: person.language or DEFAULT for person in stored}
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
    enqueue_rows(session=session, rows=rows)
