"""Every 90 days (setting) the people who run a service are asked whether its data still hold.

"✓ Údaje platí" (bot/providers/edits.confirm) answers it by setting the service's
assured_date. A request unanswered for two weeks is asked again; after the second one goes
unanswered the coordinators are told, once, which services nobody vouches for any more.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from bot.buttons import Button, pack
from bot.clock import aware
from bot.database import unit_of_work
from bot.delivery.outbox import enqueue_rows, outbox_row
from bot.models import Service
from bot.network.registration import members_in
from bot.text.i18n import DEFAULT, text
from bot.user_models import AppUser, FreshnessRequest

ASK_AGAIN_AFTER = timedelta(days=14)


def check(
    engine: Engine, *, now: datetime, every_days: int = 90, coordinator_ids: list[int] | None = None
) -> dict[str, int]:
    """Ask, ask again, or tell the coordinators; returns how many of each (the bot runs it daily).

    A job: it runs as one unit of work, so requests and the messages they send commit together."""
    done = {"asked": 0, "asked_again": 0, "escalated": 0, "answered": 0}
    horizon = (now - timedelta(days=every_days)).date()
    with unit_of_work(engine) as session:
        services = session.exec(select(Service).where(Service.status == "active")).all()
        open_requests: dict[str, list[FreshnessRequest]] = {}
        for request in session.exec(
            select(FreshnessRequest)
            .where(col(FreshnessRequest.answered_at).is_(None), col(FreshnessRequest.escalated_at).is_(None))
            .order_by(col(FreshnessRequest.id))
        ):
            open_requests.setdefault(request.service_id, []).append(request)
        unanswered: list[tuple[str, str]] = []
        for service in services:
            asked = open_requests.get(service.id, [])
            assured = service.assured_date
            if asked and assured is not None and assured >= aware(asked[0].asked_at).date():
                _settle(session, service.id, answered_at=now)
                done["answered"] += 1
                continue
            if assured is not None and assured > horizon:
                continue
            if not asked:
                _ask(session, service, now)
                done["asked"] += 1
            elif now - aware(asked[-1].asked_at) >= ASK_AGAIN_AFTER:
                if len(asked) >= 2:
                    _settle(session, service.id, escalated_at=now)
                    unanswered.append((service.id, service.name))
                    done["escalated"] += 1
                else:
                    _ask(session, service, now)
                    done["asked_again"] += 1
        if unanswered:
            _tell_coordinators(session, unanswered, now, coordinator_ids or [])
    return done


def _settle(session: Session, service_id: str, **values: datetime) -> None:
    """Every unanswered request of the service: answered, or handed to the coordinators."""
    session.execute(
        update(FreshnessRequest)
        .where(col(FreshnessRequest.service_id) == service_id, col(FreshnessRequest.answered_at).is_(None))
        .values(**values)
    )


def _ask(session: Session, service: Service, now: datetime) -> None:
    session.add(FreshnessRequest(service_id=service.id, asked_at=now))
    rows = []
    for user_id, language in members_in(session=session, organization_id=service.organization_id):
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
