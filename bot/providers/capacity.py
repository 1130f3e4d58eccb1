"""Free places, published by the people who run the service, with the history of every change.

Stored where HSDS keeps them (service_capacity: available, maximum, updated; "full until" as
service.alert; "data still valid" as service.assured_date) plus one capacity_change row per
change: who, when, old -> new. Every function checks the permission itself
(bot/network/permissions.can_change_service), so no caller can forget it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import update
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import Select

from bot.buttons import Button, Keyboard, pack
from bot.clock import aware, utc_now
from bot.delivery.outbox import enqueue_rows, outbox_row
from bot.following.notifications import DEFAULT_ZONE
from bot.following.subscriptions import notify_capacity
from bot.models import Service, ServiceCapacity, Unit
from bot.network.permissions import Who, can, can_change_service
from bot.providers import edits
from bot.refusals import InvalidValue, NotAllowed
from bot.text.dates import NotUnderstood, read_day
from bot.text.i18n import text
from bot.user_models import AppUser, CapacityChange


@dataclass(frozen=True)
class Place:
    capacity_id: str
    service_id: str
    service: str
    available: int
    maximum: int | None
    unit: str
    updated: datetime
    alert: str
    assured: date | None


def places(*, session: Session, who: Who, limit: int | None = None, name: str = "") -> list[Place]:
    """The capacities this person may change (their organisation's; all of them for coordinators),
    by the service's name; `name` narrows by a part of it; the first `limit` of them when given."""
    # the organisation in the query, not after it: at 20,000 services reading every capacity to
    # keep one organisation's held the event loop for ~0.2 s at each tap on "+1"
    query = _places().order_by(col(Service.name), col(ServiceCapacity.id))
    rows = edits.changeable(
        session,
        query,
        who=who,
        name=name,
        limit=limit,
        owner_and_name=lambda r: (r[1].organization_id, r[1].name),
    )
    return [_place(*row) for row in rows]


def place(*, session: Session, who: Who, capacity_id: str) -> Place:
    """One capacity this person may change; NotAllowed for any other (or none)."""
    found = session.exec(_places().where(ServiceCapacity.id == capacity_id)).first()
    if found is None or not can_change_service(who, found[1].organization_id):
        raise NotAllowed(capacity_id)
    return _place(*found)


def _places() -> Select[ServiceCapacity, Service, Unit]:
    """Active services' capacities with their service and unit."""
    return (
        select(ServiceCapacity, Service, Unit)
        .join(Service, col(Service.id) == ServiceCapacity.service_id)
        .join(Unit, col(Unit.id) == ServiceCapacity.unit_id, isouter=True)
        .where(Service.status == "active")
    )


def _place(held: ServiceCapacity, service: Service, unit: Unit | None) -> Place:
    return Place(
        capacity_id=held.id,
        service_id=service.id,
        service=service.name,
        available=held.available,
        maximum=held.maximum,
        unit=unit.name if unit else "",
        updated=aware(held.updated),
        alert=service.alert or "",
        assured=service.assured_date,
    )


def set_available(
    *,
    session: Session,
    who: Who,
    capacity_id: str,
    available: int,
    now: datetime | None = None,
    zone: tzinfo = DEFAULT_ZONE,
) -> Place:
    """Set the free places (clamped to 0..maximum); stamps `updated` and records the change."""
    current = place(session=session, who=who, capacity_id=capacity_id)
    value = max(0, available)
    if current.maximum is not None:
        value = min(value, current.maximum)
    # free places again: a "full until" notice no longer holds
    alert = None if value > 0 and current.alert else _UNCHANGED
    return _publish(session, current, who, available=value, alert=alert, kind="available", now=now, zone=zone)


def read_available(typed: str, *, maximum: int | None) -> int:
    """Free places as typed: a whole number from 0 to the maximum."""
    cleaned = typed.strip()
    if not cleaned.isdigit() or (maximum is not None and int(cleaned) > maximum):
        raise InvalidValue("capacity.bad_number", maximum=maximum or 999)
    return int(cleaned)


def read_full_until(typed: str, *, today: date) -> date:
    """ "plno do 31.1.", "do konce ledna", "za 3 týdny": a day from today on."""
    try:
        until = read_day(typed, today=today)
    except NotUnderstood:
        raise InvalidValue("capacity.bad_date") from None
    if until < today:
        raise InvalidValue("capacity.bad_date")
    return until


def mark_full_until(
    *,
    session: Session,
    who: Who,
    capacity_id: str,
    until: date,
    alert: str,
    now: datetime | None = None,
    zone: tzinfo = DEFAULT_ZONE,
) -> Place:
    """No free place until a date: available 0 and the service's alert says until when."""
    current = place(session=session, who=who, capacity_id=capacity_id)
    note = f"{until.isoformat()}: {alert}"
    return _publish(
        session, current, who, available=0, alert=alert, kind="full_until", note=note, now=now, zone=zone
    )


_UNCHANGED = object()  # the service's alert stays as it is


def _publish(
    session: Session,
    current: Place,
    who: Who,
    *,
    available: int,
    alert: object,
    kind: str,
    now: datetime | None,
    zone: tzinfo,
    note: str = "",
) -> Place:
    """Store the free places (and the alert, unless _UNCHANGED), record the change, and tell
    the followers when it matters: all in the caller's unit of work, so a crash can neither lose
    a notification nor send one about a change that did not happen."""
    moment = now or utc_now()
    session.execute(
        update(ServiceCapacity)
        .where(col(ServiceCapacity.id) == current.capacity_id)
        .values(available=available, updated=moment)
    )
    if alert is not _UNCHANGED:
        session.execute(
            update(Service)
            .where(col(Service.id) == current.service_id)
            .values(alert=alert, last_modified=moment)
        )
    _record(session, current, who, kind=kind, new=available, at=moment, note=note)
    notify_capacity(
        session=session,
        service_id=current.service_id,
        service_name=current.service,
        old=current.available,
        new=available,
        changed_by=who.user_id,
        now=moment,
        zone=zone,
    )
    return place(session=session, who=who, capacity_id=current.capacity_id)


def confirm(
    *, session: Session, who: Who, capacity_id: str, today: date, now: datetime | None = None
) -> Place:
    """ "Údaje platí" from /kapacita: the same confirmation as everywhere (bot/providers/edits.confirm)."""
    current = place(session=session, who=who, capacity_id=capacity_id)
    edits.confirm(session=session, who=who, service_id=current.service_id, today=today, now=now)
    return place(session=session, who=who, capacity_id=capacity_id)


def _record(
    session: Session, current: Place, who: Who, *, kind: str, new: int, at: datetime, note: str = ""
) -> None:
    session.add(
        CapacityChange(
            service_id=current.service_id,
            capacity_id=current.capacity_id,
            user_id=who.user_id,
            kind=kind,
            old_available=current.available,
            new_available=new,
            note=note or None,
            changed_at=at,
        )
    )


@dataclass(frozen=True)
class Change:
    user_id: int
    kind: str
    old_available: int | None
    new_available: int | None
    note: str
    changed_at: datetime


def history(*, session: Session, who: Who, service_id: str, limit: int = 20) -> list[Change]:
    """The newest changes of a service's free places, for coordinators."""
    if not can(who, "view_history"):
        raise NotAllowed(service_id)
    rows = session.exec(
        select(CapacityChange)
        .where(CapacityChange.service_id == service_id)
        .order_by(col(CapacityChange.id).desc())
        .limit(limit)
    )
    return [
        Change(
            row.user_id, row.kind, row.old_available, row.new_available, row.note or "", aware(row.changed_at)
        )
        for row in rows
    ]


def stale_for_members(*, session: Session, now: datetime, stale_days: int) -> dict[int, list[Place]]:
    """Approved members -> their organisation's capacities not updated for `stale_days` days."""
    members = session.exec(
        select(AppUser).where(AppUser.status == "approved", col(AppUser.organization_id).is_not(None))
    ).all()
    horizon = now - timedelta(days=stale_days)
    found: dict[int, list[Place]] = {}
    for member in members:
        if member.role == "coordinator":
            continue  # coordinators can change everything; the nudge is for the people who run it
        who = Who(member.id, member.role, True, member.organization_id)
        mine = [p for p in places(session=session, who=who) if p.updated < horizon]
        if mine:
            found[member.id] = mine
    return found


def nudge_stale(*, session: Session, now: datetime, stale_days: int, language: str = "cs") -> int:
    """Queue the weekly "are these free places still true?" with one-tap buttons; returns how many."""
    queued = 0
    for user_id, stale in stale_for_members(session=session, now=now, stale_days=stale_days).items():
        lines = [text(language, "capacity.nudge")]
        rows: Keyboard = []
        for place in stale[:8]:
            days = (now - place.updated).days
            lines.append(
                text(
                    language, "capacity.nudge_item", name=place.service, available=place.available, count=days
                )
            )
            rows.append(
                [
                    Button(
                        text(language, "capacity.nudge_confirm", name=place.service[:30]),
                        pack("kc", place.capacity_id),
                    ),
                    Button(text(language, "capacity.nudge_change"), pack("k", place.capacity_id)),
                ]
            )
        row = outbox_row(
            batch=f"nudge:{now.date().isoformat()}",
            chat_id=user_id,
            text="\n".join(lines),
            markup=rows,
            now=now,
        )
        queued += enqueue_rows(session=session, rows=[row])
    return queued
