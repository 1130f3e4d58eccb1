"""Events for a named list of people (a release plan's case conference).

Not a broadcast: whoever may hand a client over may invite the people already working on that
client (the chosen providers' members). The event is an ordinary one (answers, reminders,
calendar file: bot/events/lifecycle.py) whose audience is its `event_invitee` rows; it is sent
at once and is seen, in /akce too, by the invited only.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo

from sqlmodel import Session, col, select

from bot.clock import utc_now
from bot.delivery.outbox import enqueue_rows, outbox_row
from bot.events.lifecycle import answer_buttons, clean_place, clean_title, event_text, get
from bot.network.permissions import Who, can
from bot.network.registration import chosen_language
from bot.refusals import InvalidValue, NotAllowed
from bot.user_models import Event, EventInvitee


def invite(
    *,
    session: Session,
    who: Who,
    title: str,
    starts_at: datetime,
    place: str = "",
    link: str = "",
    user_ids: list[int],
    now: datetime | None = None,
    zone: tzinfo = UTC,
) -> tuple[int, int]:
    """Create the event and queue its invitation to these people, in the caller's unit of work;
    (event id, invited)."""
    if not can(who, "hand_over"):
        raise NotAllowed(who.user_id)
    moment = now or utc_now()
    if starts_at <= moment:
        raise InvalidValue("when.past")
    if place or link:
        clean_place("\n".join(p for p in (place, link) if p))
    people = list(dict.fromkeys(user_ids))
    if not people:
        raise InvalidValue("event.bad_audience")
    starts = starts_at.astimezone(UTC)
    row = Event(
        kind="event",
        title=clean_title(title),
        starts_at=starts,
        place=place or None,
        link=link or None,
        regions="",
        roles="",
        status="sent",
        sent_at=moment,
        created_by=who.user_id,
        created_at=moment,
        updated_at=moment,
        reminded_day=starts - timedelta(days=1) <= moment,
        reminded_hour=starts - timedelta(hours=1) <= moment,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    for user_id in people:
        session.add(EventInvitee(event_id=row.id, user_id=user_id))
    event = get(session=session, event_id=row.id)
    rows = []
    for user_id in people:
        language = chosen_language(session=session, user_id=user_id)
        rows.append(
            outbox_row(
                batch=f"event:{event.id}",
                chat_id=user_id,
                text=event_text(event, language, zone),
                markup=answer_buttons(event, language),
                now=moment,
            )
        )
    return row.id, enqueue_rows(session=session, rows=rows)


def invitees(*, session: Session, event_id: int) -> list[int]:
    return list(
        session.exec(
            select(EventInvitee.user_id)
            .where(EventInvitee.event_id == event_id)
            .order_by(col(EventInvitee.id))
        )
    )
