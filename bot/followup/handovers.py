"""Handovers (předání): a client handed over to a provider's service, pseudonymously, with
closed-loop feedback.

The referrer (prison staff, curator, probation officer) gets a case code such as "K-7F3Q" and
keeps it with the real person in their own records. Spojka holds the code, the service, the
needs, the planned release date, the client's consent and a short note checked by
bot/privacy/. Statuses follow closed-loop referral systems:

    sent -> accepted | declined
    accepted -> in_contact | no_show | helped | closed
    in_contact -> no_show | helped | closed;  no_show -> in_contact | closed;  helped -> closed

The provider's members move it along; the referrer may close it at any time; each side is
told what the other did. A handover is visible to the referrer, the receiving
organisation's approved members and coordinators — checked here, for every read.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import Engine, delete, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bot.buttons import Button, pack
from bot.clock import aware, utc_now
from bot.database import unit_of_work
from bot.delivery.outbox import enqueue_rows, outbox_row
from bot.directory.services import need_names, service_details
from bot.kb import profile
from bot.models import Organization, Phone, Service
from bot.network.permissions import Who, can
from bot.network.registration import Member, chosen_language, members_in
from bot.privacy import find_personal_data
from bot.refusals import InvalidValue, NotAllowed
from bot.text.dates import NotUnderstood, read_day
from bot.text.i18n import czech_date, text
from bot.user_models import AppUser, Handover, HandoverStep, ReleasePlan, ReleasePlanItem, Reminder

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


def view_of(row: Handover) -> HandoverView:
    assert row.id is not None
    return HandoverView(
        id=row.id,
        code=row.code,
        referrer_id=row.referrer_id,
        service_id=row.service_id,
        service_name=row.service_name,
        organization_id=row.organization_id,
        needs=tuple(n for n in (row.needs or "").split(";") if n),
        release_date=row.release_date,
        note=row.note or "",
        status=row.status,
        created_at=aware(row.created_at),
    )


def new_code() -> str:
    return "K-" + "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))


def code_taken(session: Session, code: str) -> bool:
    """True when a handover or a release plan already uses this case code."""
    used = session.exec(select(Handover.id).where(Handover.code == code)).first()
    return (
        used is not None
        or session.exec(select(ReleasePlan.id).where(ReleasePlan.code == code)).first() is not None
    )


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
    *,
    session: Session,
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
    code: str | None = None,
    remind_referrer: bool = True,
) -> HandoverView:
    """Hand a client over; the provider's members are asked to accept or decline (in the same
    unit of work as the handover and its reminders).

    `code`: the client's case code when it is already known (a release plan hands one client
    over to several services under one code); `remind_referrer` False when the plan reminds
    the worker itself."""
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
    if release_date is not None:
        check_release(release_date, today=today)
    service = session.get(Service, service_id)
    if service is None or service.status != "active":
        raise InvalidValue("handover.no_service")
    for _ in range(20):  # a clash among 923,521 codes is rare; try another
        case_code = code or new_code()
        if code is None and code_taken(session, case_code):
            continue
        try:
            with session.begin_nested():
                row = Handover(
                    code=case_code,
                    referrer_id=who.user_id,
                    referrer_organization_id=who.organization_id,
                    service_id=service_id,
                    organization_id=service.organization_id,
                    service_name=service.name,
                    needs=";".join(dict.fromkeys(needs)),
                    release_date=release_date,
                    note=clean_note or None,
                    status="sent",
                    created_at=moment,
                    updated_at=moment,
                )
                session.add(row)
                session.flush()
        except IntegrityError:
            if code is not None:
                raise InvalidValue("handover.already_handed_over") from None
            continue
        handover = view_of(row)
        _step(session, handover.id, who.user_id, "sent", None, None, moment)
        days_around = (remind_before, remind_after)
        _schedule_reminders(session, handover, who, release_date, moment, zone, days_around, remind_referrer)
        _tell_provider(session, handover, moment)
        return handover
    raise RuntimeError("no free case code")


def _step(
    session: Session,
    handover_id: int,
    user_id: int | None,
    status: str,
    reason: str | None,
    note: str | None,
    at: datetime,
) -> None:
    session.add(
        HandoverStep(handover_id=handover_id, user_id=user_id, status=status, reason=reason, note=note, at=at)
    )


def _at_local(day: date, zone: tzinfo) -> datetime:
    """9:00 local time on that day, in UTC (zoneinfo gets daylight saving right)."""
    return datetime.combine(day, REMINDER_HOUR, tzinfo=zone).astimezone(UTC)


def _schedule_reminders(
    session: Session,
    handover: HandoverView,
    who: Who,
    release_date: date | None,
    moment: datetime,
    zone: tzinfo,
    days_around: tuple[tuple[int, ...] | list[int], tuple[int, ...] | list[int]],
    remind_referrer: bool = True,
) -> None:
    if release_date is None:
        return
    before, after = days_around
    organization_id = handover.organization_id
    # (kind, days, to the referrer or to the receiving organisation's members)
    wanted = [
        *(("before_release", -days, True) for days in before),
        ("release_day", 0, True),
        ("release_day", 0, False),
        *(("after_release", days, False) for days in after),
    ]
    for kind, days, to_referrer in wanted:
        if to_referrer and not remind_referrer:
            continue
        due = _at_local(release_date + timedelta(days=days), zone)
        if due <= moment:
            continue  # a release date close at hand: the reminders already past are pointless
        session.add(
            Reminder(
                kind=kind,
                days=days,
                user_id=who.user_id if to_referrer else None,
                organization_id=None if to_referrer else organization_id,
                handover_id=handover.id,
                due_at=due,
                status="pending",
                created_at=moment,
            )
        )


def _load(session: Session, handover_id: int) -> HandoverView:
    row = session.get(Handover, handover_id)
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


def _tell_provider(session: Session, handover: HandoverView, moment: datetime) -> None:
    names = need_names(session=session)
    who_refers = referrer(session=session, handover=handover)
    rows = []
    for user_id, language in members_in(session=session, organization_id=handover.organization_id):
        markup = [
            [
                Button(text(language, "handover.accept"), pack("hm", "accepted", handover.id)),
                Button(text(language, "handover.decline"), pack("hd", handover.id)),
            ]
        ]
        body = "\n".join(
            [
                text(language, "handover.incoming"),
                summary(handover, language, names),
                *referrer_lines(who_refers, language),
            ]
        )
        rows.append(
            outbox_row(batch=f"handover:{handover.id}", chat_id=user_id, text=body, markup=markup, now=moment)
        )
    enqueue_rows(session=session, rows=rows)


@dataclass(frozen=True)
class Reach:
    """Who at the provider hears of a handover through Spojka, and how else to reach them."""

    members: int
    organization: str
    phones: tuple[str, ...]
    email: str
    web: str


def reach(*, session: Session, handover: HandoverView) -> Reach:
    """How many of the receiving organisation's people use Spojka, and its contacts (to call
    when nobody there does: the handover then waits unseen)."""
    members = len(members_in(session=session, organization_id=handover.organization_id))
    details = service_details(session=session, service_ids=[handover.service_id]).get(handover.service_id)
    if details is None:
        return Reach(members, "", (), "", "")
    return Reach(
        members,
        details.organization,
        tuple(details.phones),
        details.email or details.org_email,
        details.url or details.org_website,
    )


@dataclass(frozen=True)
class Referrer:
    """Who handed the client over, as the provider needs it to call back."""

    user_id: int
    name: str
    role: str
    organization: str
    phones: tuple[str, ...]


def referrer(*, session: Session, handover: HandoverView) -> Referrer | None:
    """The referring worker (None once they erased their account or after the retention)."""
    if handover.referrer_id is None:
        return None
    person = session.get(AppUser, handover.referrer_id)
    if person is None:
        return None
    organization: str = person.organization_name or ""
    phones: tuple[str, ...] = ()
    if person.organization_id:
        known = session.get(Organization, person.organization_id)
        if known is not None:
            organization = known.name
            phones = tuple(
                session.exec(
                    select(Phone.number).where(
                        Phone.organization_id == known.id,
                        col(Phone.service_id).is_(None),
                        col(Phone.contact_id).is_(None),
                    )
                )
            )
    return Referrer(person.id, person.first_name, person.role or "", organization, phones)


def referrer_lines(found: Referrer | None, language: str) -> list[str]:
    """The referrer on the provider's side: name, role, organisation, phone, a Telegram link."""
    if found is None:
        return [text(language, "handover.referrer_gone")]
    role = text(language, f"role.{found.role}") if found.role else ""
    lines = [
        text(
            language,
            "handover.referrer",
            name=found.name,
            role=f", {role}" if role else "",
            organization=f", {found.organization}" if found.organization else "",
            user_id=found.user_id,
        )
    ]
    lines += [
        text(language, "contacts.phone", tel=re.sub(r"[^0-9+]", "", n), number=n) for n in found.phones[:2]
    ]
    return lines


# -- reading ---------------------------------------------------------------------------------------
def visible_to(who: Who, handover: HandoverView) -> bool:
    if who.awaiting_change and handover.referrer_id == who.user_id:
        return True  # a role or organisation change waits: their own referrals stay theirs
    if not who.approved:
        return False
    if who.role == "coordinator" or handover.referrer_id == who.user_id:
        return True
    return who.organization_id is not None and who.organization_id == handover.organization_id


def get(*, session: Session, who: Who, handover_id: int) -> HandoverView:
    handover = _load(session, handover_id)
    if not visible_to(who, handover):
        raise NotAllowed(handover_id)
    return handover


def by_code(*, session: Session, who: Who, code: str) -> HandoverView:
    """The handover with this case code that this person sees (a plan's code reaches several
    services; each provider sees only its own)."""
    rows = session.exec(
        select(Handover).where(Handover.code == code.strip().upper()).order_by(col(Handover.id))
    ).all()
    if not rows:
        raise LookupError(code)
    for row in rows:
        handover = view_of(row)
        if visible_to(who, handover):
            return handover
    raise NotAllowed(code)


def open_handovers(*, session: Session, who: Who, limit: int = 30) -> list[HandoverView]:
    """What this person sees and is not finished: theirs, their organisation's, or all (coordinators)."""
    if who.awaiting_change:
        who = Who(who.user_id)  # only their own referrals until the change is approved
    elif not who.approved:
        return []
    query = (
        select(Handover).where(col(Handover.status).in_(OPEN)).order_by(col(Handover.id).desc()).limit(limit)
    )
    if who.role != "coordinator":
        mine = col(Handover.referrer_id) == who.user_id
        theirs = col(Handover.organization_id) == who.organization_id
        query = query.where(or_(mine, theirs) if who.organization_id else mine)
    return [view_of(row) for row in session.exec(query)]


def history(*, session: Session, who: Who, handover_id: int) -> list[Step]:
    get(session=session, who=who, handover_id=handover_id)  # visibility
    rows = session.exec(
        select(HandoverStep).where(HandoverStep.handover_id == handover_id).order_by(col(HandoverStep.id))
    )
    return [Step(row.user_id, row.status, row.reason or "", row.note or "", aware(row.at)) for row in rows]


# -- moving along ----------------------------------------------------------------------------------
def is_provider(who: Who, handover: HandoverView) -> bool:
    return who.approved and who.organization_id == handover.organization_id


def move(
    *,
    session: Session,
    who: Who,
    handover_id: int,
    status: str,
    reason: str | None = None,
    note: str = "",
    now: datetime | None = None,
) -> HandoverView:
    """The provider accepts, declines (with a reason), reports contact, no-show, help given,
    or closes; the referrer may close. The other side is told."""
    handover = get(session=session, who=who, handover_id=handover_id)
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
    # only from the status read: two taps at once cannot both move it
    changed = (
        session.connection()
        .execute(
            update(Handover)
            .where(col(Handover.id) == handover_id, col(Handover.status) == handover.status)
            .values(
                status=status,
                updated_at=moment,
                closed_at=moment if status in ("closed", "declined") else None,
            )
        )
        .rowcount
    )
    session.expire_all()  # the row was changed behind the session's back
    if not changed:
        raise InvalidValue("handover.changed_meanwhile")
    _step(session, handover_id, who.user_id, status, reason, clean_note or None, moment)
    if status in ("closed", "declined"):
        _cancel_reminders(session, handover_id)
    moved = _load(session, handover_id)
    _tell_other_side(session, moved, who, status, reason, moment)
    return moved


def _cancel_reminders(session: Session, handover_id: int) -> None:
    session.execute(
        update(Reminder)
        .where(col(Reminder.handover_id) == handover_id, col(Reminder.status) == "pending")
        .values(status="cancelled")
    )


def _tell_other_side(
    session: Session,
    handover: HandoverView,
    who: Who,
    status: str,
    reason: str | None,
    moment: datetime,
) -> None:
    if who.user_id == handover.referrer_id:
        members = members_in(session=session, organization_id=handover.organization_id)
        people = [member for member in members if member.user_id != who.user_id]
    else:
        people = (
            [Member(handover.referrer_id, chosen_language(session=session, user_id=handover.referrer_id))]
            if handover.referrer_id
            else []
        )
    # a declined handover from a release plan: the plan offers the next fitting service
    from_plan = select(ReleasePlanItem.plan_id).where(ReleasePlanItem.handover_id == handover.id)
    declined = status == "declined" and who.user_id != handover.referrer_id
    plan_id = session.exec(from_plan).first() if declined else None
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
        markup = [[Button(text(language, "plan.next_service"), pack("plo", plan_id))]] if plan_id else None
        rows.append(
            outbox_row(batch=f"handover:{handover.id}", chat_id=user_id, text=body, markup=markup, now=moment)
        )
    enqueue_rows(session=session, rows=rows)


def feedback(
    *, session: Session, who: Who, handover_id: int, answer: str, now: datetime | None = None
) -> None:
    """ "Jak se klientovi daří?" answered by the provider: recorded, and told to the referrer."""
    if answer not in FEEDBACK:
        raise ValueError(answer)
    handover = get(session=session, who=who, handover_id=handover_id)
    if not is_provider(who, handover):
        raise NotAllowed(handover_id)
    moment = now or utc_now()
    _step(session, handover_id, who.user_id, handover.status, f"feedback:{answer}", None, moment)
    if handover.referrer_id is None:
        return
    language = chosen_language(session=session, user_id=handover.referrer_id)
    body = text(
        language,
        "handover.feedback",
        code=handover.code,
        service=handover.service_name,
        answer=text(language, f"handover.feedback.{answer}"),
    )
    row = outbox_row(batch=f"handover:{handover.id}", chat_id=handover.referrer_id, text=body, now=moment)
    enqueue_rows(session=session, rows=[row])


# -- retention -------------------------------------------------------------------------------------
def anonymise_closed(engine: Engine, *, now: datetime | None = None, retention_days: int = 365) -> int:
    """Closed or declined handovers older than the retention: the note, the history and the
    link to the referrer go; the row stays (service, needs, status, dates) for statistics."""
    moment = now or utc_now()
    with unit_of_work(engine) as session:
        old = session.exec(
            select(Handover).where(
                col(Handover.status).in_(("closed", "declined")),
                col(Handover.closed_at) <= moment - timedelta(days=retention_days),
                col(Handover.anonymised_at).is_(None),
            )
        ).all()
        ids = [row.id for row in old]
        if ids:
            session.execute(delete(HandoverStep).where(col(HandoverStep.handover_id).in_(ids)))
        for row in old:
            row.note, row.referrer_id, row.anonymised_at = None, None, moment
    return len(old)
