"""Events and announcements: coordinators reach the network; people answer and are reminded.

Everything goes through the outbox (bot/delivery/outbox.py), in batches named after the event
("event:12" for the invitation, "event:12:change", "event:12:reminder-day", ...), so the
delivery report of any of them is `delivery.progress(batch)`. Only coordinators create,
send, change or cancel (checked here); audiences are approved users by region and role.

Every function takes the caller's session and never commits: a change and the outbox rows
it causes (the invitation, a change, a cancellation) commit together or not at all. The two
jobs (`released_scheduled`, `send_reminders`) take the engine and open one unit of work per
event, so an event already sent stays sent when a later one fails.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from sqlalchemy import CursorResult, Engine, Update, func, update
from sqlmodel import Session, col, select

from bot.buttons import Button, Keyboard, pack
from bot.clock import utc_now
from bot.database import unit_of_work
from bot.delivery.outbox import Progress, enqueue_rows, outbox_row, progress
from bot.network.permissions import ROLES, Who, can
from bot.privacy import check_free_text
from bot.refusals import InvalidValue, NotAllowed
from bot.search.index import load_regions
from bot.text.i18n import DEFAULT, Html, czech_moment, escape, text
from bot.user_models import AppUser, Event, EventInvitee, Outbox, Rsvp

TITLE_LIMIT = 120
DESCRIPTION_LIMIT = 2000
PLACE_LIMIT = 300
ANSWERS = ("yes", "maybe", "no")
REMINDERS = (("day", timedelta(days=1)), ("hour", timedelta(hours=1)))


@dataclass(frozen=True)
class EventView:
    id: int
    kind: str
    title: str
    starts_at: datetime | None
    place: str
    link: str
    description: str
    regions: tuple[str, ...]
    roles: tuple[str, ...]
    status: str
    send_at: datetime | None
    sent_at: datetime | None
    created_by: int
    updated_at: datetime


class FollowedReport(NamedTuple):
    """A coordinator's live "Odesláno X / N" message and the size of the invitation batch."""

    event_id: int
    chat_id: int
    message_id: int
    total: int


def _split(joined: str) -> tuple[str, ...]:
    return tuple(part for part in joined.split(";") if part)


def _utc(moment: datetime | None) -> datetime | None:
    """Stored moments read back in UTC; one set in this unit of work may still carry its zone."""
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _view(row: Event) -> EventView:
    assert row.id is not None
    return EventView(
        id=row.id,
        kind=row.kind,
        title=row.title,
        starts_at=_utc(row.starts_at),
        place=row.place or "",
        link=row.link or "",
        description=row.description or "",
        regions=_split(row.regions),
        roles=_split(row.roles),
        status=row.status,
        send_at=_utc(row.send_at),
        sent_at=_utc(row.sent_at),
        created_by=row.created_by,
        updated_at=_utc(row.updated_at) or utc_now(),
    )


def _row(session: Session, event_id: int) -> Event:
    row = session.get(Event, event_id)
    if row is None:
        raise LookupError(event_id)
    return row


def _require(who: Who) -> None:
    if not can(who, "broadcast"):
        raise NotAllowed(who.user_id)


# -- checking what was typed ----------------------------------------------------------------------
def clean_title(typed: str) -> str:
    value = " ".join(typed.split())
    if len(value) < 3:
        raise InvalidValue("event.bad_title")
    if len(value) > TITLE_LIMIT:
        raise InvalidValue("event.too_long", limit=TITLE_LIMIT, length=len(value))
    return check_free_text(value, public=True)


def clean_place(typed: str) -> tuple[str, str]:
    """(place, link): an address, an online link, or both on separate lines; "-" for none."""
    value = typed.strip()
    if value in ("-", "–"):
        return "", ""
    if len(value) > PLACE_LIMIT:
        raise InvalidValue("event.too_long", limit=PLACE_LIMIT, length=len(value))
    place_lines, link = [], ""
    for line in value.splitlines():
        line = line.strip()
        if not line:
            continue
        parts = urlsplit(line if "://" in line else "")
        if parts.scheme in ("http", "https") and "." in parts.netloc and " " not in line:
            link = line
        else:
            place_lines.append(line)
    return check_free_text(", ".join(place_lines), public=True), link


def clean_description(typed: str) -> str:
    value = typed.strip()
    if value in ("-", "–"):
        return ""
    if len(value) > DESCRIPTION_LIMIT:
        raise InvalidValue("event.too_long", limit=DESCRIPTION_LIMIT, length=len(value))
    return check_free_text(value, public=True)


def clean_audience(regions: list[str], roles: list[str]) -> tuple[str, str]:
    known_regions = {r.name for r in load_regions()}
    if any(region not in known_regions for region in regions) or any(role not in ROLES for role in roles):
        raise InvalidValue("event.bad_audience")
    return ";".join(sorted(set(regions))), ";".join(r for r in ROLES if r in roles)


# -- creating, sending, scheduling ----------------------------------------------------------------
def create(
    *,
    session: Session,
    who: Who,
    title: str,
    starts_at: datetime | None,
    place: str = "",
    link: str = "",
    description: str = "",
    regions: list[str] | None = None,
    roles: list[str] | None = None,
    now: datetime | None = None,
) -> EventView:
    """A draft: nothing is sent until `send` or `schedule`."""
    _require(who)
    moment = now or utc_now()
    region_list, role_list = clean_audience(regions or [], roles or [])
    for value in (place, description):
        check_free_text(value, public=True)
    if starts_at is not None and starts_at <= moment:
        raise InvalidValue("when.past")
    row = Event(
        kind="event" if starts_at else "announcement",
        title=clean_title(title),
        starts_at=starts_at,
        place=place or None,
        link=link or None,
        description=description or None,
        regions=region_list,
        roles=role_list,
        status="draft",
        created_by=who.user_id,
        created_at=moment,
        updated_at=moment,
    )
    session.add(row)
    session.flush()  # its id
    return _view(row)


def get(*, session: Session, event_id: int) -> EventView:
    return _view(_row(session, event_id))


def listed_for(*, session: Session, event_ids: list[int]) -> dict[int, set[int]]:
    """Event id -> its invited people, for the events that are for a named list only
    (bot/events/listed.py); events for regions and roles are not in it."""
    if not event_ids:
        return {}
    found: dict[int, set[int]] = {}
    for invitee in session.exec(select(EventInvitee).where(col(EventInvitee.event_id).in_(event_ids))):
        found.setdefault(invitee.event_id, set()).add(invitee.user_id)
    return found


def audience(*, session: Session, event: EventView) -> list[tuple[int, str]]:
    """(user id, language) of the approved people the event is for."""
    query = select(AppUser).where(AppUser.status == "approved")
    if event.regions:
        query = query.where(col(AppUser.region).in_(event.regions))
    if event.roles:
        query = query.where(col(AppUser.role).in_(event.roles))
    people = session.exec(query.order_by(col(AppUser.id)))
    return [(person.id, person.language or DEFAULT) for person in people]


def send(*, session: Session, who: Who, event_id: int, zone: tzinfo, now: datetime | None = None) -> int:
    """Send the invitation to the audience now; returns how many were queued."""
    _require(who)
    return _release(session, get(session=session, event_id=event_id), zone=zone, now=now or utc_now())


def schedule(
    *, session: Session, who: Who, event_id: int, send_at: datetime, now: datetime | None = None
) -> EventView:
    _require(who)
    moment = now or utc_now()
    row = _row(session, event_id)
    event = _view(row)
    if event.status not in ("draft", "scheduled"):
        raise InvalidValue("event.already_sent")
    if send_at <= moment:
        raise InvalidValue("when.past")
    if event.starts_at is not None and send_at >= event.starts_at:
        raise InvalidValue("event.send_after_start")
    row.status, row.send_at, row.updated_at = "scheduled", send_at, moment
    return _view(row)


def release_scheduled(engine: Engine, *, zone: tzinfo, now: datetime | None = None) -> int:
    """Send the scheduled events whose time has come; returns how many messages were queued."""
    return sum(queued for _, queued in released_scheduled(engine, zone=zone, now=now))


def released_scheduled(
    engine: Engine, *, zone: tzinfo, now: datetime | None = None
) -> list[tuple[EventView, int]]:
    """Send the scheduled events whose time has come (the bot runs this every minute); returns
    each event sent with how many messages it queued, for the coordinator's live report.

    A job: one unit of work per event, so each event sent stays sent with its invitations."""
    moment = now or utc_now()
    with unit_of_work(engine) as session:
        due = [
            _view(row)
            for row in session.exec(
                select(Event)
                .where(Event.status == "scheduled", col(Event.send_at) <= moment)
                .order_by(col(Event.id))
            )
        ]
    released = []
    for event in due:
        with unit_of_work(engine) as session:
            released.append((event, _release(session, event, zone=zone, now=moment)))
    return released


def _release(session: Session, event: EventView, *, zone: tzinfo, now: datetime) -> int:
    """The event is sent and its invitations queued, in the caller's unit of work."""
    if event.status not in ("draft", "scheduled"):
        raise InvalidValue("event.already_sent")
    # Reminders that would fall before the invitation itself are pointless: mark them done.
    starts = event.starts_at
    claimed = _changed(
        session,
        update(Event)
        .where(col(Event.id) == event.id, col(Event.status).in_(("draft", "scheduled")))
        .values(
            status="sent",
            sent_at=now,
            updated_at=now,
            reminded_day=starts is None or starts - timedelta(days=1) <= now,
            reminded_hour=starts is None or starts - timedelta(hours=1) <= now,
        ),
    )
    if not claimed:
        return 0  # sent meanwhile by another path (the minute job and a tap at once)
    rows = [
        outbox_row(
            batch=f"event:{event.id}",
            chat_id=user_id,
            text=event_text(event, language, zone),
            markup=answer_buttons(event, language),
            now=now,
        )
        for user_id, language in audience(session=session, event=event)
    ]
    return enqueue_rows(session=session, rows=rows)


def _changed(session: Session, guarded: Update) -> int:
    """How many rows a guarded update ("only if still a draft") changed; the session's copies
    of them follow the change."""
    result = session.execute(guarded)
    assert isinstance(result, CursorResult)
    return result.rowcount


# -- answers and reminders ------------------------------------------------------------------------
def answer(
    *, session: Session, who: Who, event_id: int, reply: str, now: datetime | None = None
) -> Counter[str]:
    """Přijdu / Možná / Nepřijdu (changeable); returns the counts."""
    if reply not in ANSWERS:
        raise ValueError(reply)
    event = get(session=session, event_id=event_id)
    if event.status != "sent" or event.kind != "event":
        raise InvalidValue("event.closed")
    if not in_audience(session=session, who=who, event=event):
        raise NotAllowed(who.user_id)
    moment = now or utc_now()
    given = session.exec(select(Rsvp).where(Rsvp.event_id == event_id, Rsvp.user_id == who.user_id)).first()
    if given is None:
        session.add(Rsvp(event_id=event_id, user_id=who.user_id, answer=reply, answered_at=moment))
    else:
        given.answer, given.answered_at = reply, moment
    return answers(session=session, event_id=event_id)


def answers(*, session: Session, event_id: int) -> Counter[str]:
    return Counter(session.exec(select(Rsvp.answer).where(Rsvp.event_id == event_id)))


def my_answer(*, session: Session, user_id: int, event_id: int) -> str | None:
    return session.exec(select(Rsvp.answer).where(Rsvp.event_id == event_id, Rsvp.user_id == user_id)).first()


def attendees(*, session: Session, event_id: int) -> list[tuple[int, str]]:
    """(user id, language) of those who said Přijdu or Možná."""
    event = get(session=session, event_id=event_id)
    said = session.exec(
        select(Rsvp)
        .where(Rsvp.event_id == event_id, col(Rsvp.answer).in_(("yes", "maybe")))
        .order_by(col(Rsvp.user_id))
    ).all()
    found = []
    for rsvp in said:
        # only people the event was for: an answer that slipped in some other way reaches nobody
        if in_audience(session=session, who=Who(rsvp.user_id), event=event):
            person = session.get(AppUser, rsvp.user_id)
            found.append((rsvp.user_id, (person.language if person else None) or DEFAULT))
    return found


def in_audience(*, session: Session, who: Who, event: EventView) -> bool:
    """May this person see the event and answer it? Coordinators always; others once it was
    sent, while they are approved, and when it was for them (their region and role, or the
    list of people a case conference invites) or reached them."""
    if can(who, "broadcast"):
        return True
    if event.status != "sent":
        return False
    person = session.get(AppUser, who.user_id)
    if person is None or person.status != "approved":
        return False
    invited = listed_for(session=session, event_ids=[event.id]).get(event.id)
    if invited is not None:  # a case conference: for the invited only
        return who.user_id in invited
    if _for(event, region=person.region, role=person.role):
        return True
    reached = session.exec(
        select(Outbox.id).where(Outbox.batch == f"event:{event.id}", Outbox.chat_id == who.user_id).limit(1)
    ).first()
    return reached is not None


def visible(*, session: Session, who: Who, event_id: int) -> EventView:
    """The event, for someone who may see it (opening it, its .ics); NotAllowed otherwise, and a
    coordinator's draft is nobody else's business."""
    event = get(session=session, event_id=event_id)
    if not in_audience(session=session, who=who, event=event):
        raise NotAllowed(who.user_id)
    return event


def _for(event: EventView, *, region: str | None, role: str | None) -> bool:
    return (not event.regions or region in event.regions) and (not event.roles or role in event.roles)


def send_reminders(engine: Engine, *, zone: tzinfo, now: datetime | None = None) -> int:
    """The day before and an hour before, to Přijdu and Možná (the bot runs this every minute).

    A job: one unit of work per event and reminder, so a reminder marked sent is queued too."""
    moment = now or utc_now()
    queued = 0
    for name, ahead in REMINDERS:
        flag = col(Event.reminded_day) if name == "day" else col(Event.reminded_hour)
        with unit_of_work(engine) as session:
            due = [
                _view(row)
                for row in session.exec(
                    select(Event)
                    .where(
                        Event.status == "sent",
                        flag.is_(False),
                        col(Event.starts_at).is_not(None),
                        col(Event.starts_at) <= moment + ahead,
                    )
                    .order_by(col(Event.id))
                )
            ]
        for event in due:
            with unit_of_work(engine) as session:
                if not _changed(
                    session,
                    update(Event).where(col(Event.id) == event.id, flag.is_(False)).values({flag: True}),
                ):
                    continue  # reminded meanwhile
                upcoming = event.starts_at is not None and event.starts_at > moment
                people = attendees(session=session, event_id=event.id) if upcoming else []
                rows = [
                    outbox_row(
                        batch=f"event:{event.id}:reminder-{name}",
                        chat_id=user_id,
                        text=text(
                            language, f"event.reminder_{name}", card=Html(event_text(event, language, zone))
                        ),
                        markup=calendar_button(event, language),
                        now=moment,
                    )
                    for user_id, language in people
                ]
                queued += enqueue_rows(session=session, rows=rows)
    return queued


# -- changing and cancelling ------------------------------------------------------------------------
def change(
    *,
    session: Session,
    who: Who,
    event_id: int,
    zone: tzinfo,
    now: datetime | None = None,
    **values: Any,
) -> tuple[EventView, int]:
    """Change title, start, place/link or description; everyone who got the invitation is told
    (in the same unit of work). A new start re-arms the reminders. Returns the event and how
    many were told."""
    _require(who)
    moment = now or utc_now()
    row = _row(session, event_id)
    if row.status == "cancelled":
        raise InvalidValue("event.closed")
    allowed = {"title", "starts_at", "place", "link", "description"}
    if not set(values) <= allowed:
        raise ValueError(f"not changeable: {set(values) - allowed}")
    if values.get("starts_at") is not None and values["starts_at"] <= moment:
        raise InvalidValue("when.past")
    for key in ("title", "place", "description"):
        if values.get(key):
            check_free_text(values[key], public=True)
    stored = {key: (value or None) if key != "title" else value for key, value in values.items()}
    if "starts_at" in values:
        stored["reminded_day"] = values["starts_at"] - timedelta(days=1) <= moment
        stored["reminded_hour"] = values["starts_at"] - timedelta(hours=1) <= moment
        stored["kind"] = "event"
    row.sqlmodel_update({**stored, "updated_at": moment})
    changed = _view(row)
    told = 0
    if changed.status == "sent":
        told = _tell_recipients(session, changed, "change", zone=zone, now=moment, buttons=True)
    return changed, told


def cancel(*, session: Session, who: Who, event_id: int, zone: tzinfo, now: datetime | None = None) -> int:
    """Cancel; if it was sent, everyone who got it is told (in the same unit of work). Returns
    how many were told."""
    _require(who)
    moment = now or utc_now()
    row = _row(session, event_id)
    was = row.status
    if was == "cancelled":
        return 0
    row.status, row.updated_at = "cancelled", moment
    if was != "sent":
        return 0
    # whatever of the invitation is still waiting need not go out at all
    session.execute(
        update(Outbox)
        .where(col(Outbox.batch) == f"event:{event_id}", col(Outbox.status) == "pending")
        .values(status="failed", last_error="event cancelled")
    )
    return _tell_recipients(session, _view(row), "cancel", zone=zone, now=moment, buttons=False)


def message_attendees(
    *, session: Session, who: Who, event_id: int, message: str, now: datetime | None = None
) -> int:
    """A coordinator's message to those who said Přijdu or Možná."""
    _require(who)
    value = message.strip()
    if not value:
        raise InvalidValue("event.empty_message")
    if len(value) > DESCRIPTION_LIMIT:
        raise InvalidValue("event.too_long", limit=DESCRIPTION_LIMIT, length=len(value))
    check_free_text(value, public=True)
    event = get(session=session, event_id=event_id)
    moment = now or utc_now()
    rows = [
        outbox_row(
            batch=f"event:{event.id}:message",
            chat_id=user_id,
            text=text(language, "event.message", title=event.title, message=value),
            now=moment,
        )
        for user_id, language in attendees(session=session, event_id=event_id)
    ]
    return enqueue_rows(session=session, rows=rows)


def _recipients(session: Session, event_id: int) -> list[tuple[int, str]]:
    """Who the invitation reached (or is still on its way to)."""
    reached = session.exec(
        select(Outbox.chat_id, AppUser.language)
        .join(AppUser, col(AppUser.id) == Outbox.chat_id, isouter=True)
        .where(Outbox.batch == f"event:{event_id}", col(Outbox.status).in_(("sent", "sending")))
        .order_by(col(Outbox.chat_id))
    )
    return [(chat_id, language or DEFAULT) for chat_id, language in reached]


def _tell_recipients(
    session: Session, event: EventView, what: str, *, zone: tzinfo, now: datetime, buttons: bool
) -> int:
    rows = [
        outbox_row(
            batch=f"event:{event.id}:{what}",
            chat_id=user_id,
            text=text(language, f"event.{what}", card=Html(event_text(event, language, zone))),
            markup=answer_buttons(event, language) if buttons else None,
            now=now,
        )
        for user_id, language in _recipients(session, event.id)
    ]
    return enqueue_rows(session=session, rows=rows)


# -- what people see --------------------------------------------------------------------------------
def upcoming(
    *, session: Session, user_id: int, now: datetime | None = None, limit: int = 10
) -> list[EventView]:
    """Sent events not yet over, for this person's region and role (announcements of the last
    14 days too), soonest first."""
    moment = now or utc_now()
    person = session.get(AppUser, user_id)
    if person is None or person.status != "approved":
        return []  # the audience is approved people only
    events = [
        _view(row)
        for row in session.exec(
            select(Event).where(Event.status == "sent").order_by(col(Event.starts_at), col(Event.id))
        )
    ]
    invited = listed_for(session=session, event_ids=[event.id for event in events])
    region, role = person.region, person.role
    found = []
    for event in events:
        if event.id in invited and user_id not in invited[event.id]:
            continue  # a case conference: for the invited only
        if event.id not in invited and event.regions and region not in event.regions:
            continue
        if event.id not in invited and event.roles and role not in event.roles:
            continue
        if event.starts_at is not None and event.starts_at < moment:
            continue
        if event.starts_at is None and (event.sent_at or moment) < moment - timedelta(days=14):
            continue
        found.append(event)
    found.sort(key=lambda e: e.starts_at or e.sent_at or moment)
    return found[:limit]


def created_by_coordinators(*, session: Session, who: Who, limit: int = 20) -> list[EventView]:
    """For coordinators: drafts, scheduled and sent events, newest first."""
    _require(who)
    rows = session.exec(
        select(Event).where(Event.status != "cancelled").order_by(col(Event.id).desc()).limit(limit)
    )
    return [_view(row) for row in rows]


def report(*, session: Session, event_id: int) -> tuple[Progress, Counter[str]]:
    """The invitation's delivery (delivered, blocked, failed, pending) and the answers."""
    return progress(session=session, batch=f"event:{event_id}"), answers(session=session, event_id=event_id)


def when_text(event: EventView, language: str, zone: tzinfo) -> str:
    return czech_moment(event.starts_at, language, zone) if event.starts_at is not None else ""


def audience_text(event: EventView, language: str) -> str:
    regions = ", ".join(event.regions) or text(language, "event.everywhere")
    roles = ", ".join(text(language, f"role.{role}") for role in event.roles) or text(
        language, "event.everyone"
    )
    return text(language, "event.audience", regions=regions, roles=roles)


def event_text(event: EventView, language: str, zone: tzinfo) -> str:
    lines = [
        text(language, "event.title" if event.kind == "event" else "event.announcement", title=event.title)
    ]
    if event.starts_at is not None:
        lines.append(text(language, "event.when_line", when=when_text(event, language, zone)))
    if event.place:
        lines.append(text(language, "event.place", place=event.place))
    if event.link:
        lines.append(text(language, "event.link", link=event.link))
    if event.description:
        lines += ["", escape(event.description)]
    return "\n".join(lines)


def answer_buttons(event: EventView, language: str, *, chosen: str | None = None) -> Keyboard | None:
    """Přijdu / Možná / Nepřijdu (the `chosen` one marked) and Do kalendáře, for events
    (announcements have none)."""
    if event.kind != "event":
        return None

    def label(reply: str) -> str:
        shown = text(language, f"event.answer.{reply}")
        return text(language, "event.chosen", label=shown) if reply == chosen else shown

    return [
        [Button(label(reply), pack(f"ev{reply[0]}", event.id)) for reply in ANSWERS],
        *calendar_button(event, language),
    ]


def calendar_button(event: EventView, language: str) -> Keyboard:
    return [[Button(text(language, "event.calendar"), pack("evc", event.id))]]


# -- the coordinator's progress message ---------------------------------------------------------------
def set_report(*, session: Session, event_id: int, chat_id: int, message_id: int) -> None:
    row = _row(session, event_id)
    row.report_chat_id, row.report_message_id = chat_id, message_id


def reports_in_progress(*, session: Session) -> list[FollowedReport]:
    """The coordinators' live reports still being followed, with the size of their batches."""
    followed = session.exec(
        select(Event).where(col(Event.report_message_id).is_not(None)).order_by(col(Event.id))
    ).all()
    found = []
    for row in followed:
        if row.id is None or row.report_chat_id is None or row.report_message_id is None:
            continue  # (set_report writes both)
        total = session.exec(
            select(func.count()).select_from(Outbox).where(Outbox.batch == f"event:{row.id}")
        ).one()
        found.append(FollowedReport(row.id, row.report_chat_id, row.report_message_id, total))
    return found


def finish_report(*, session: Session, event_id: int) -> None:
    _row(session, event_id).report_message_id = None
