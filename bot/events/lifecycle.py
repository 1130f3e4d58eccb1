"""Events and announcements: coordinators reach the network; people answer and are reminded.

Everything goes through the outbox (bot/delivery/outbox.py), in batches named after the event
("event:12" for the invitation, "event:12:change", "event:12:reminder-day", ...), so the
delivery report of any of them is `delivery.progress(batch)`. Only coordinators create,
send, change or cancel (checked here); audiences are approved users by region and role.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, Engine, Row, func, select, update

from bot.buttons import Button, Keyboard, pack
from bot.clock import aware_or_none, utc_now
from bot.delivery.outbox import Progress, enqueue_rows, outbox_row, progress
from bot.models import table_of
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


def _split(joined: str) -> tuple[str, ...]:
    return tuple(part for part in joined.split(";") if part)


def _view(row: Row[Any]) -> EventView:
    values = row._mapping
    return EventView(
        id=values["id"],
        kind=values["kind"],
        title=values["title"],
        starts_at=aware_or_none(values["starts_at"]),
        place=values["place"] or "",
        link=values["link"] or "",
        description=values["description"] or "",
        regions=_split(values["regions"]),
        roles=_split(values["roles"]),
        status=values["status"],
        send_at=aware_or_none(values["send_at"]),
        sent_at=aware_or_none(values["sent_at"]),
        created_by=values["created_by"],
        updated_at=aware_or_none(values["updated_at"]) or utc_now(),
    )


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
    engine: Engine,
    *,
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
    table = table_of(Event)
    with engine.begin() as connection:
        inserted = connection.execute(
            table.insert().values(
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
        )
        event_id = int(inserted.inserted_primary_key[0])  # type: ignore[index]
    return get(engine, event_id)


def get(engine: Engine, event_id: int) -> EventView:
    with engine.connect() as connection:
        return get_in(connection, event_id)


def get_in(connection: Connection, event_id: int) -> EventView:
    """The event, on the caller's connection (inside its unit of work)."""
    table = table_of(Event)
    row = connection.execute(select(table).where(table.c.id == event_id)).first()
    if row is None:
        raise LookupError(event_id)
    return _view(row)


def listed_for(connection: Connection, event_ids: list[int]) -> dict[int, set[int]]:
    """Event id -> its invited people, for the events that are for a named list only
    (bot/events/listed.py); events for regions and roles are not in it."""
    if not event_ids:
        return {}
    invitee = table_of(EventInvitee).c
    found: dict[int, set[int]] = {}
    for event_id, user_id in connection.execute(
        select(invitee.event_id, invitee.user_id).where(invitee.event_id.in_(event_ids))
    ):
        found.setdefault(event_id, set()).add(user_id)
    return found


def audience(engine: Engine, event: EventView) -> list[tuple[int, str]]:
    """(user id, language) of the approved people the event is for."""
    user = table_of(AppUser).c
    query = select(user.id, user.language).where(user.status == "approved")
    if event.regions:
        query = query.where(user.region.in_(event.regions))
    if event.roles:
        query = query.where(user.role.in_(event.roles))
    with engine.connect() as connection:
        return [(row[0], row[1] or DEFAULT) for row in connection.execute(query.order_by(user.id))]


def send(engine: Engine, *, who: Who, event_id: int, zone: tzinfo, now: datetime | None = None) -> int:
    """Send the invitation to the audience now; returns how many were queued."""
    _require(who)
    return _release(engine, get(engine, event_id), zone=zone, now=now or utc_now())


def schedule(
    engine: Engine, *, who: Who, event_id: int, send_at: datetime, now: datetime | None = None
) -> EventView:
    _require(who)
    moment = now or utc_now()
    event = get(engine, event_id)
    if event.status not in ("draft", "scheduled"):
        raise InvalidValue("event.already_sent")
    if send_at <= moment:
        raise InvalidValue("when.past")
    if event.starts_at is not None and send_at >= event.starts_at:
        raise InvalidValue("event.send_after_start")
    _set(engine, event_id, status="scheduled", send_at=send_at, updated_at=moment)
    return get(engine, event_id)


def release_scheduled(engine: Engine, *, zone: tzinfo, now: datetime | None = None) -> int:
    """Send the scheduled events whose time has come; returns how many messages were queued."""
    return sum(queued for _, queued in released_scheduled(engine, zone=zone, now=now))


def released_scheduled(
    engine: Engine, *, zone: tzinfo, now: datetime | None = None
) -> list[tuple[EventView, int]]:
    """Send the scheduled events whose time has come (the bot runs this every minute); returns
    each event sent with how many messages it queued, for the coordinator's live report."""
    moment = now or utc_now()
    table = table_of(Event).c
    with engine.connect() as connection:
        due = [
            _view(row)
            for row in connection.execute(
                select(table_of(Event)).where(table.status == "scheduled", table.send_at <= moment)
            )
        ]
    return [(event, _release(engine, event, zone=zone, now=moment)) for event in due]


def _release(engine: Engine, event: EventView, *, zone: tzinfo, now: datetime) -> int:
    if event.status not in ("draft", "scheduled"):
        raise InvalidValue("event.already_sent")
    people = audience(engine, event)
    rows = [
        outbox_row(
            batch=f"event:{event.id}",
            chat_id=user_id,
            text=event_text(event, language, zone),
            markup=answer_buttons(event, language),
            now=now,
        )
        for user_id, language in people
    ]
    table = table_of(Event)
    # Reminders that would fall before the invitation itself are pointless: mark them done.
    starts = event.starts_at
    with engine.begin() as connection:
        changed = connection.execute(
            update(table)
            .where(table.c.id == event.id, table.c.status.in_(("draft", "scheduled")))
            .values(
                status="sent",
                sent_at=now,
                updated_at=now,
                reminded_day=starts is None or starts - timedelta(days=1) <= now,
                reminded_hour=starts is None or starts - timedelta(hours=1) <= now,
            )
        ).rowcount
        if not changed:
            return 0  # sent meanwhile by another path (the minute job and a tap at once)
        return enqueue_rows(connection, rows)


# -- answers and reminders ------------------------------------------------------------------------
def answer(
    engine: Engine, *, who: Who, event_id: int, reply: str, now: datetime | None = None
) -> Counter[str]:
    """Přijdu / Možná / Nepřijdu (changeable); returns the counts."""
    if reply not in ANSWERS:
        raise ValueError(reply)
    event = get(engine, event_id)
    if event.status != "sent" or event.kind != "event":
        raise InvalidValue("event.closed")
    if not in_audience(engine, who=who, event=event):
        raise NotAllowed(who.user_id)
    moment = now or utc_now()
    table = table_of(Rsvp)
    with engine.begin() as connection:
        changed = connection.execute(
            update(table)
            .where(table.c.event_id == event_id, table.c.user_id == who.user_id)
            .values(answer=reply, answered_at=moment)
        ).rowcount
        if not changed:
            connection.execute(
                table.insert().values(
                    event_id=event_id, user_id=who.user_id, answer=reply, answered_at=moment
                )
            )
    return answers(engine, event_id)


def answers(engine: Engine, event_id: int) -> Counter[str]:
    table = table_of(Rsvp).c
    with engine.connect() as connection:
        rows = connection.execute(select(table.answer).where(table.event_id == event_id)).scalars()
        return Counter(rows)


def my_answer(engine: Engine, *, user_id: int, event_id: int) -> str | None:
    table = table_of(Rsvp).c
    with engine.connect() as connection:
        return connection.execute(
            select(table.answer).where(table.event_id == event_id, table.user_id == user_id)
        ).scalar()


def attendees(engine: Engine, event_id: int) -> list[tuple[int, str]]:
    """(user id, language) of those who said Přijdu or Možná."""
    rsvp, user = table_of(Rsvp).c, table_of(AppUser).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(rsvp.user_id, user.language)
            .join_from(table_of(Rsvp), table_of(AppUser), user.id == rsvp.user_id, isouter=True)
            .where(rsvp.event_id == event_id, rsvp.answer.in_(("yes", "maybe")))
            .order_by(rsvp.user_id)
        )
        answered = [(row[0], row[1] or DEFAULT) for row in rows]
    # only people the event was for: an answer that slipped in some other way reaches nobody
    event = get(engine, event_id)
    return [
        (user_id, lang) for user_id, lang in answered if in_audience(engine, who=Who(user_id), event=event)
    ]


def in_audience(engine: Engine, *, who: Who, event: EventView) -> bool:
    """May this person see the event and answer it? Coordinators always; others once it was
    sent, while they are approved, and when it was for them (their region and role, or the
    list of people a case conference invites) or reached them."""
    if can(who, "broadcast"):
        return True
    if event.status != "sent":
        return False
    user, outbox = table_of(AppUser).c, table_of(Outbox).c
    with engine.connect() as connection:
        person = connection.execute(
            select(user.status, user.region, user.role).where(user.id == who.user_id)
        ).first()
        if person is None or person[0] != "approved":
            return False
        invited = listed_for(connection, [event.id]).get(event.id)
        if invited is not None:  # a case conference: for the invited only
            return who.user_id in invited
        if _for(event, region=person[1], role=person[2]):
            return True
        reached = connection.execute(
            select(outbox.id)
            .where(outbox.batch == f"event:{event.id}", outbox.chat_id == who.user_id)
            .limit(1)
        ).first()
        return reached is not None


def visible(engine: Engine, *, who: Who, event_id: int) -> EventView:
    """The event, for someone who may see it (opening it, its .ics); NotAllowed otherwise, and a
    coordinator's draft is nobody else's business."""
    event = get(engine, event_id)
    if not in_audience(engine, who=who, event=event):
        raise NotAllowed(who.user_id)
    return event


def _for(event: EventView, *, region: str | None, role: str | None) -> bool:
    return (not event.regions or region in event.regions) and (not event.roles or role in event.roles)


def send_reminders(engine: Engine, *, zone: tzinfo, now: datetime | None = None) -> int:
    """The day before and an hour before, to Přijdu and Možná (the bot runs this every minute)."""
    moment = now or utc_now()
    table = table_of(Event)
    queued = 0
    for name, ahead in REMINDERS:
        flag = table.c[f"reminded_{name}"]
        with engine.connect() as connection:
            due = [
                _view(row)
                for row in connection.execute(
                    select(table).where(
                        table.c.status == "sent",
                        flag.is_(False),
                        table.c.starts_at.is_not(None),
                        table.c.starts_at <= moment + ahead,
                    )
                )
            ]
        for event in due:
            people = attendees(engine, event.id) if event.starts_at and event.starts_at > moment else []
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
            with engine.begin() as connection:
                marked = connection.execute(
                    update(table).where(table.c.id == event.id, flag.is_(False)).values({flag.name: True})
                ).rowcount
                if marked:
                    queued += enqueue_rows(connection, rows)
    return queued


# -- changing and cancelling ------------------------------------------------------------------------
def change(
    engine: Engine,
    *,
    who: Who,
    event_id: int,
    zone: tzinfo,
    now: datetime | None = None,
    **values: Any,
) -> tuple[EventView, int]:
    """Change title, start, place/link or description; everyone who got the invitation is told.
    A new start re-arms the reminders. Returns the event and how many were told."""
    _require(who)
    moment = now or utc_now()
    event = get(engine, event_id)
    if event.status == "cancelled":
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
    _set(engine, event_id, updated_at=moment, **stored)
    changed = get(engine, event_id)
    told = 0
    if changed.status == "sent":
        told = _tell_recipients(engine, changed, "change", zone=zone, now=moment, buttons=True)
    return changed, told


def cancel(engine: Engine, *, who: Who, event_id: int, zone: tzinfo, now: datetime | None = None) -> int:
    """Cancel; if it was sent, everyone who got it is told. Returns how many were told."""
    _require(who)
    moment = now or utc_now()
    event = get(engine, event_id)
    if event.status == "cancelled":
        return 0
    _set(engine, event_id, status="cancelled", updated_at=moment)
    if event.status != "sent":
        return 0
    # whatever of the invitation is still waiting need not go out at all
    outbox = table_of(Outbox)
    with engine.begin() as connection:
        connection.execute(
            update(outbox)
            .where(outbox.c.batch == f"event:{event.id}", outbox.c.status == "pending")
            .values(status="failed", last_error="event cancelled")
        )
    return _tell_recipients(engine, get(engine, event_id), "cancel", zone=zone, now=moment, buttons=False)


def message_attendees(
    engine: Engine, *, who: Who, event_id: int, message: str, now: datetime | None = None
) -> int:
    """A coordinator's message to those who said Přijdu or Možná."""
    _require(who)
    value = message.strip()
    if not value:
        raise InvalidValue("event.empty_message")
    if len(value) > DESCRIPTION_LIMIT:
        raise InvalidValue("event.too_long", limit=DESCRIPTION_LIMIT, length=len(value))
    check_free_text(value, public=True)
    event = get(engine, event_id)
    moment = now or utc_now()
    rows = [
        outbox_row(
            batch=f"event:{event.id}:message",
            chat_id=user_id,
            text=text(language, "event.message", title=event.title, message=value),
            now=moment,
        )
        for user_id, language in attendees(engine, event_id)
    ]
    with engine.begin() as connection:
        return enqueue_rows(connection, rows)


def _recipients(engine: Engine, event_id: int) -> list[tuple[int, str]]:
    """Who the invitation reached (or is still on its way to)."""
    outbox, user = table_of(Outbox).c, table_of(AppUser).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(outbox.chat_id, user.language)
            .join_from(table_of(Outbox), table_of(AppUser), user.id == outbox.chat_id, isouter=True)
            .where(outbox.batch == f"event:{event_id}", outbox.status.in_(("sent", "sending")))
            .order_by(outbox.chat_id)
        )
        return [(row[0], row[1] or DEFAULT) for row in rows]


def _tell_recipients(
    engine: Engine, event: EventView, what: str, *, zone: tzinfo, now: datetime, buttons: bool
) -> int:
    rows = [
        outbox_row(
            batch=f"event:{event.id}:{what}",
            chat_id=user_id,
            text=text(language, f"event.{what}", card=Html(event_text(event, language, zone))),
            markup=answer_buttons(event, language) if buttons else None,
            now=now,
        )
        for user_id, language in _recipients(engine, event.id)
    ]
    with engine.begin() as connection:
        return enqueue_rows(connection, rows)


def _set(engine: Engine, event_id: int, **values: Any) -> None:
    table = table_of(Event)
    with engine.begin() as connection:
        connection.execute(update(table).where(table.c.id == event_id).values(**values))


# -- what people see --------------------------------------------------------------------------------
def upcoming(
    engine: Engine, *, user_id: int, now: datetime | None = None, limit: int = 10
) -> list[EventView]:
    """Sent events not yet over, for this person's region and role (announcements of the last
    14 days too), soonest first."""
    moment = now or utc_now()
    user = table_of(AppUser).c
    with engine.connect() as connection:
        person = connection.execute(
            select(user.region, user.role).where(user.id == user_id, user.status == "approved")
        ).first()
        if person is None:
            return []  # the audience is approved people only
        table = table_of(Event).c
        rows = connection.execute(
            select(table_of(Event)).where(table.status == "sent").order_by(table.starts_at, table.id)
        )
        events = [_view(row) for row in rows]
        invited = listed_for(connection, [event.id for event in events])
    region, role = (person[0], person[1]) if person else (None, None)
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


def created_by_coordinators(engine: Engine, *, who: Who, limit: int = 20) -> list[EventView]:
    """For coordinators: drafts, scheduled and sent events, newest first."""
    _require(who)
    table = table_of(Event).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(table_of(Event)).where(table.status != "cancelled").order_by(table.id.desc()).limit(limit)
        )
        return [_view(row) for row in rows]


def report(engine: Engine, event_id: int) -> tuple[Progress, Counter[str]]:
    """The invitation's delivery (delivered, blocked, failed, pending) and the answers."""
    return progress(engine, batch=f"event:{event_id}"), answers(engine, event_id)


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
def set_report(engine: Engine, *, event_id: int, chat_id: int, message_id: int) -> None:
    _set(engine, event_id, report_chat_id=chat_id, report_message_id=message_id)


def reports_in_progress(engine: Engine) -> list[tuple[int, int, int, int]]:
    """(event id, chat id, message id, messages in the invitation batch) still being followed."""
    table, outbox = table_of(Event).c, table_of(Outbox).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(table.id, table.report_chat_id, table.report_message_id).where(
                table.report_message_id.is_not(None)
            )
        ).all()
        found = []
        for event_id, chat_id, message_id in rows:
            total = connection.execute(
                select(func.count()).where(outbox.batch == f"event:{event_id}")
            ).scalar_one()
            found.append((event_id, chat_id, message_id, total))
    return found


def finish_report(engine: Engine, *, event_id: int) -> None:
    _set(engine, event_id, report_message_id=None)
