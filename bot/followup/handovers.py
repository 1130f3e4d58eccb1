"""Handovers (předání): a client handed over to a provider's service, pseudonymously, with
closed-loop feedback.

The referrer (prison staff, curator, probation officer) gets a case code such as "K-7F3Q" and
keeps it with the real person in their own records. Spojka holds the code, the service, the
needs, the planned release date, the client's consent and a short note checked by
bot/privacy.py. Statuses follow closed-loop referral systems:

    sent -> accepted | declined
    accepted -> in_contact | no_show | helped | closed
    in_contact -> no_show | helped | closed;  no_show -> in_contact | closed;  helped -> closed

The provider's members move it along; the referrer may close it at any time; each side is
told what the other did. A handover is visible to the referrer, the receiving
organisation's approved members and coordinators — checked here, for every read.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import Connection, Engine, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.buttons import Button, pack
from bot.clock import aware, utc_now
from bot.delivery.outbox import enqueue_rows, outbox_row
from bot.directory.services import need_names_in
from bot.kb import profile
from bot.models import Service, table_of
from bot.network.permissions import Who, can
from bot.network.registration import language_in, members_in
from bot.privacy import find_personal_data
from bot.refusals import InvalidValue, NotAllowed
from bot.text.dates import NotUnderstood, read_day
from bot.text.i18n import czech_date, text
from bot.user_models import Handover, HandoverStep, Reminder

NOTE_LIMIT = 500
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud over the phone
STATUSES = ("sent", "accepted", "declined", "in_contact", "no_show", "helped", "closed")
OPEN = ("sent", "accepted", "in_contact", "no_show", "helped")
DECLINE_REASONS = ("no_capacity", "not_eligible", "other")
FEEDBACK = ("fine", "difficulties", "lost_contact", "unknown")
PROVIDER_MOVES = {
    "sent": {"accepted", "declined"},
    "accepted": {"in_contact", "no_show", "helped", "closed"},
    "in_contact": {"no_show", "helped", "closed"},
    "no_show": {"in_contact", "closed"},
    "helped": {"closed"},
}
# Reminders around the release, in days (negative: before); local time of day they come at.
BEFORE_RELEASE = (30, 7)
AFTER_RELEASE = (14, 90)
REMINDER_HOUR = time(9, 0)


@dataclass(frozen=True)
class HandoverView:
    id: int
    code: str
    referrer_id: int | None
    service_id: str
    service_name: str
    organization_id: str
    needs: tuple[str, ...]
    release_date: date | None
    note: str
    status: str
    created_at: datetime


@dataclass(frozen=True)
class Step:
    user_id: int | None
    status: str
    reason: str
    note: str
    at: datetime


def view_of(row: Any) -> HandoverView:
    v = row._mapping
    return HandoverView(
        id=v["id"],
        code=v["code"],
        referrer_id=v["referrer_id"],
        service_id=v["service_id"],
        service_name=v["service_name"],
        organization_id=v["organization_id"],
        needs=tuple(n for n in (v["needs"] or "").split(";") if n),
        release_date=v["release_date"],
        note=v["note"] or "",
        status=v["status"],
        created_at=aware(v["created_at"]),
    )


def new_code() -> str:
    return "K-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))


def check_note(note: str, *, today: date | None = None) -> str:
    """The note to store; InvalidValue (with what was found) when it is too long or looks
    like personal data."""
    value = note.strip()
    if len(value) > NOTE_LIMIT:
        raise InvalidValue("handover.note_too_long", limit=NOTE_LIMIT, length=len(value))
    findings = find_personal_data(value, today=today)
    if findings:
        raise InvalidValue("handover.personal_data", findings)
    return value


UNKNOWN_RELEASE = frozenset({"-", "–", "nevím", "nevim", "nezname", "neznámé", "?"})


def read_release(typed: str, *, today: date) -> date | None:
    """A release date as typed ("15.12.", "za 3 týdny", "2027-03-15"); "-" or "nevím": not known."""
    if typed.strip().lower() in UNKNOWN_RELEASE:
        return None
    try:
        return check_release(read_day(typed, today=today), today=today)
    except NotUnderstood:
        raise InvalidValue("handover.bad_release_date") from None


def check_release(release_date: date, *, today: date) -> date:
    """A planned release at most 30 days ago (just released) and at most three years ahead."""
    if not today - timedelta(days=30) <= release_date <= today + timedelta(days=3 * 365):
        raise InvalidValue("handover.bad_release_date")
    return release_date


def create(
    engine: Engine,
    *,
    who: Who,
    service_id: str,
    needs: list[str],
    release_date: date | None,
    consent: bool,
    note: str = "",
    now: datetime | None = None,
    zone: tzinfo = UTC,
    remind_before: tuple[int, ...] | list[int] = BEFORE_RELEASE,
    remind_after: tuple[int, ...] | list[int] = AFTER_RELEASE,
) -> HandoverView:
    """Hand a client over; the provider's members are asked to accept or decline."""
    if not can(who, "hand_over"):
        raise NotAllowed(who.user_id)
    if not consent:
        raise InvalidValue("handover.no_consent")
    moment = now or utc_now()
    today = moment.astimezone(zone).date()
    clean_note = check_note(note, today=today)
    unknown = [n for n in needs if n not in profile.CODES[profile.NEED]]
    if unknown:
        raise InvalidValue("handover.bad_need")
    if release_date is not None and not today - timedelta(days=30) <= release_date <= today + timedelta(
        days=3 * 365
    ):
        raise InvalidValue("handover.bad_release_date")
    service = table_of(Service).c
    with engine.connect() as connection:
        found = connection.execute(
            select(service.name, service.organization_id).where(
                service.id == service_id, service.status == "active"
            )
        ).first()
    if found is None:
        raise InvalidValue("handover.no_service")
    for _ in range(20):  # a clash among 923,521 codes is rare; try another
        try:
            with engine.begin() as connection:
                handover_id = _insert(
                    connection, who, service_id, found[0], found[1], needs, release_date, clean_note, moment
                )
                _schedule_reminders(
                    connection,
                    handover_id,
                    who,
                    found[1],
                    release_date,
                    moment,
                    zone,
                    (remind_before, remind_after),
                )
                handover = _load(connection, handover_id)
                _tell_provider(connection, handover, moment)
            return handover
        except IntegrityError:
            continue
    raise RuntimeError("no free case code")


def _insert(
    connection: Connection,
    who: Who,
    service_id: str,
    service_name: str,
    organization_id: str,
    needs: list[str],
    release_date: date | None,
    note: str,
    moment: datetime,
) -> int:
    table = table_of(Handover)
    inserted = connection.execute(
        table.insert().values(
            code=new_code(),
            referrer_id=who.user_id,
            referrer_organization_id=who.organization_id,
            service_id=service_id,
            organization_id=organization_id,
            service_name=service_name,
            needs=";".join(dict.fromkeys(needs)),
            release_date=release_date,
            note=note or None,
            status="sent",
            created_at=moment,
            updated_at=moment,
        )
    )
    handover_id = int(inserted.inserted_primary_key[0])  # type: ignore[index]
    _step(connection, handover_id, who.user_id, "sent", None, None, moment)
    return handover_id


def _step(
    connection: Connection,
    handover_id: int,
    user_id: int | None,
    status: str,
    reason: str | None,
    note: str | None,
    at: datetime,
) -> None:
    connection.execute(
        table_of(HandoverStep)
        .insert()
        .values(handover_id=handover_id, user_id=user_id, status=status, reason=reason, note=note, at=at)
    )


def _at_local(day: date, zone: tzinfo) -> datetime:
    """9:00 local time on that day, in UTC (zoneinfo gets daylight saving right)."""
    return datetime.combine(day, REMINDER_HOUR, tzinfo=zone).astimezone(UTC)


def _schedule_reminders(
    connection: Connection,
    handover_id: int,
    who: Who,
    organization_id: str,
    release_date: date | None,
    moment: datetime,
    zone: tzinfo,
    days_around: tuple[tuple[int, ...] | list[int], tuple[int, ...] | list[int]],
) -> None:
    if release_date is None:
        return
    before, after = days_around
    rows: list[dict[str, Any]] = []
    for days in before:
        rows.append({"kind": "before_release", "user_id": who.user_id, "days": -days})
    rows.append({"kind": "release_day", "user_id": who.user_id, "days": 0})
    rows.append({"kind": "release_day", "organization_id": organization_id, "days": 0})
    for days in after:
        rows.append({"kind": "after_release", "organization_id": organization_id, "days": days})
    table = table_of(Reminder)
    for row in rows:
        due = _at_local(release_date + timedelta(days=row["days"]), zone)
        if due <= moment:
            continue  # a release date close at hand: the reminders already past are pointless
        connection.execute(
            table.insert().values(
                handover_id=handover_id,
                due_at=due,
                status="pending",
                created_at=moment,
                user_id=row.get("user_id"),
                organization_id=row.get("organization_id"),
                kind=row["kind"],
                days=row["days"],
            )
        )


def _load(connection: Connection, handover_id: int) -> HandoverView:
    table = table_of(Handover)
    row = connection.execute(select(table).where(table.c.id == handover_id)).first()
    if row is None:
        raise LookupError(handover_id)
    return view_of(row)


def summary(handover: HandoverView, language: str, needs: dict[str, str] | None = None) -> str:
    """The handover as the other side reads it (no personal data: there is none)."""
    names = needs or {}
    lines = [text(language, "handover.summary", code=handover.code, service=handover.service_name)]
    if handover.needs:
        lines.append(
            text(language, "handover.needs", needs=", ".join(names.get(n, n) for n in handover.needs))
        )
    if handover.release_date:
        lines.append(text(language, "handover.release", date=czech_date(handover.release_date)))
    if handover.note:
        lines.append(text(language, "handover.note", note=handover.note))
    lines.append(
        text(language, "handover.status_line", status=text(language, f"handover.status.{handover.status}"))
    )
    return "\n".join(lines)


def _tell_provider(connection: Connection, handover: HandoverView, moment: datetime) -> None:
    names = need_names_in(connection)
    rows = []
    for user_id, language in members_in(connection, handover.organization_id):
        markup = [
            [
                Button(text(language, "handover.accept"), pack("hm", "accepted", handover.id)),
                Button(text(language, "handover.decline"), pack("hd", handover.id)),
            ]
        ]
        body = text(language, "handover.incoming") + "\n" + summary(handover, language, names)
        rows.append(
            outbox_row(batch=f"handover:{handover.id}", chat_id=user_id, text=body, markup=markup, now=moment)
        )
    enqueue_rows(connection, rows)


# -- reading ---------------------------------------------------------------------------------------
def visible_to(who: Who, handover: HandoverView) -> bool:
    if not who.approved:
        return False
    if who.role == "coordinator" or handover.referrer_id == who.user_id:
        return True
    return who.organization_id is not None and who.organization_id == handover.organization_id


def get(engine: Engine, *, who: Who, handover_id: int) -> HandoverView:
    with engine.connect() as connection:
        handover = _load(connection, handover_id)
    if not visible_to(who, handover):
        raise NotAllowed(handover_id)
    return handover


def by_code(engine: Engine, *, who: Who, code: str) -> HandoverView:
    table = table_of(Handover)
    with engine.connect() as connection:
        row = connection.execute(select(table).where(table.c.code == code.strip().upper())).first()
    if row is None:
        raise LookupError(code)
    handover = view_of(row)
    if not visible_to(who, handover):
        raise NotAllowed(code)
    return handover


def open_handovers(engine: Engine, *, who: Who, limit: int = 30) -> list[HandoverView]:
    """What this person sees and is not finished: theirs, their organisation's, or all (coordinators)."""
    if not who.approved:
        return []
    table = table_of(Handover).c
    query = select(table_of(Handover)).where(table.status.in_(OPEN)).order_by(table.id.desc()).limit(limit)
    if who.role != "coordinator":
        mine = table.referrer_id == who.user_id
        query = query.where(
            or_(mine, table.organization_id == who.organization_id) if who.organization_id else mine
        )
    with engine.connect() as connection:
        return [view_of(row) for row in connection.execute(query)]


def history(engine: Engine, *, who: Who, handover_id: int) -> list[Step]:
    get(engine, who=who, handover_id=handover_id)  # visibility
    step = table_of(HandoverStep).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(step.user_id, step.status, step.reason, step.note, step.at)
            .where(step.handover_id == handover_id)
            .order_by(step.id)
        )
        return [Step(r[0], r[1], r[2] or "", r[3] or "", aware(r[4])) for r in rows]


# -- moving along ----------------------------------------------------------------------------------
def is_provider(who: Who, handover: HandoverView) -> bool:
    return who.approved and who.organization_id == handover.organization_id


def move(
    engine: Engine,
    *,
    who: Who,
    handover_id: int,
    status: str,
    reason: str | None = None,
    note: str = "",
    now: datetime | None = None,
) -> HandoverView:
    """The provider accepts, declines (with a reason), reports contact, no-show, help given,
    or closes; the referrer may close. The other side is told."""
    handover = get(engine, who=who, handover_id=handover_id)
    moment = now or utc_now()
    if status not in STATUSES:
        raise ValueError(status)
    provider = is_provider(who, handover)
    if status == "closed" and handover.status in OPEN and (provider or handover.referrer_id == who.user_id):
        pass
    elif not provider or status not in PROVIDER_MOVES.get(handover.status, set()):
        raise InvalidValue("handover.not_now", status=handover.status)
    if status == "declined" and reason not in DECLINE_REASONS:
        raise InvalidValue("handover.reason_needed")
    clean_note = check_note(note, today=moment.date()) if note else ""
    table = table_of(Handover)
    with engine.begin() as connection:
        changed = connection.execute(
            update(table)
            .where(table.c.id == handover_id, table.c.status == handover.status)
            .values(
                status=status,
                updated_at=moment,
                closed_at=moment if status in ("closed", "declined") else None,
            )
        ).rowcount
        if not changed:
            raise InvalidValue("handover.changed_meanwhile")
        _step(connection, handover_id, who.user_id, status, reason, clean_note or None, moment)
        if status in ("closed", "declined"):
            _cancel_reminders(connection, handover_id)
        moved = _load(connection, handover_id)
        _tell_other_side(connection, moved, who, status, reason, moment)
    return moved


def _cancel_reminders(connection: Connection, handover_id: int) -> None:
    table = table_of(Reminder)
    connection.execute(
        update(table)
        .where(table.c.handover_id == handover_id, table.c.status == "pending")
        .values(status="cancelled")
    )


def _tell_other_side(
    connection: Connection,
    handover: HandoverView,
    who: Who,
    status: str,
    reason: str | None,
    moment: datetime,
) -> None:
    if who.user_id == handover.referrer_id:
        people = [p for p in members_in(connection, handover.organization_id) if p[0] != who.user_id]
    else:
        people = (
            [(handover.referrer_id, language_in(connection, handover.referrer_id))]
            if handover.referrer_id
            else []
        )
    rows = []
    for user_id, language in people:
        why = text(language, f"handover.reason.{reason}") if reason else ""
        body = text(
            language,
            "handover.moved",
            code=handover.code,
            service=handover.service_name,
            status=text(language, f"handover.status.{status}"),
            reason=f" ({why})" if why else "",
        )
        rows.append(outbox_row(batch=f"handover:{handover.id}", chat_id=user_id, text=body, now=moment))
    enqueue_rows(connection, rows)


def feedback(engine: Engine, *, who: Who, handover_id: int, answer: str, now: datetime | None = None) -> None:
    """ "Jak se klientovi daří?" answered by the provider: recorded, and told to the referrer."""
    if answer not in FEEDBACK:
        raise ValueError(answer)
    handover = get(engine, who=who, handover_id=handover_id)
    if not is_provider(who, handover):
        raise NotAllowed(handover_id)
    moment = now or utc_now()
    with engine.begin() as connection:
        _step(connection, handover_id, who.user_id, handover.status, f"feedback:{answer}", None, moment)
        if handover.referrer_id is not None:
            language = language_in(connection, handover.referrer_id)
            body = text(
                language,
                "handover.feedback",
                code=handover.code,
                service=handover.service_name,
                answer=text(language, f"handover.feedback.{answer}"),
            )
            enqueue_rows(
                connection,
                [
                    outbox_row(
                        batch=f"handover:{handover.id}", chat_id=handover.referrer_id, text=body, now=moment
                    )
                ],
            )


# -- retention -------------------------------------------------------------------------------------
def anonymise_closed(engine: Engine, *, now: datetime | None = None, retention_days: int = 365) -> int:
    """Closed or declined handovers older than the retention: the note, the history and the
    link to the referrer go; the row stays (service, needs, status, dates) for statistics."""
    moment = now or utc_now()
    table, step = table_of(Handover), table_of(HandoverStep)
    with engine.begin() as connection:
        old = list(
            connection.execute(
                select(table.c.id).where(
                    table.c.status.in_(("closed", "declined")),
                    table.c.closed_at <= moment - timedelta(days=retention_days),
                    table.c.anonymised_at.is_(None),
                )
            ).scalars()
        )
        if old:
            connection.execute(step.delete().where(step.c.handover_id.in_(old)))
            connection.execute(
                update(table)
                .where(table.c.id.in_(old))
                .values(note=None, referrer_id=None, anonymised_at=moment)
            )
    return len(old)
