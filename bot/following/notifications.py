"""How a notification reaches a person: right away, after their quiet hours, or in a daily digest.

Each person chooses (stored on app_user): immediate messages, held during quiet hours (default
20:00-7:00, local time) until the morning, or one digest a day at an hour they pick. Immediate
messages go to the outbox with `not_before` set to the end of the quiet hours, so the courier
holds them without any extra job; digest items wait in digest_item until `send_digests` (run
every minute by the bot) finds their hour has come. Both survive restarts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from bot.clock import aware
from bot.database import unit_of_work
from bot.delivery.outbox import enqueue_rows, inactive_chats, outbox_row
from bot.text.i18n import DEFAULT, text
from bot.user_models import AppUser, DigestItem

DEFAULT_ZONE = ZoneInfo("Europe/Prague")
MODES = ("immediate", "digest")
DIGEST_LIMIT = 3500  # characters of items per digest message; Telegram allows 4096


@dataclass(frozen=True)
class Preferences:
    mode: str = "immediate"
    digest_at: int = 8 * 60  # minutes after local midnight
    quiet_from: int = 20 * 60
    quiet_until: int = 7 * 60

    @property
    def has_quiet_hours(self) -> bool:
        return self.quiet_from != self.quiet_until


@dataclass(frozen=True)
class Recipient:
    user_id: int
    language: str
    preferences: Preferences


@dataclass(frozen=True)
class Routed:
    now: int = 0  # queued for sending right away
    held: int = 0  # queued, held until the end of quiet hours
    digest: int = 0  # waiting for the daily digest

    @property
    def total(self) -> int:
        return self.now + self.held + self.digest


def clock_time(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def recipients(*, session: Session, user_ids: Iterable[int]) -> list[Recipient]:
    """Language and preferences of these people; someone unknown gets the defaults."""
    wanted = list(dict.fromkeys(user_ids))
    if not wanted:
        return []
    found = {
        user.id: Recipient(
            user.id,
            user.language or DEFAULT,
            Preferences(user.notify_mode, user.digest_at, user.quiet_from, user.quiet_until),
        )
        for user in session.exec(select(AppUser).where(col(AppUser.id).in_(wanted)))
    }
    return [found.get(user_id, Recipient(user_id, DEFAULT, Preferences())) for user_id in wanted]


def preferences(*, session: Session, user_id: int) -> Preferences:
    return recipients(session=session, user_ids=[user_id])[0].preferences


def registered(*, session: Session, user_id: int) -> Preferences | None:
    """The person's preferences, or None when they never registered (nothing to store them in)."""
    if session.get(AppUser, user_id) is None:
        return None
    return preferences(session=session, user_id=user_id)


def set_mode(*, session: Session, user_id: int, mode: str, digest_at: int | None = None) -> Preferences:
    if mode not in MODES:
        raise ValueError(f"unknown notification mode {mode!r}")
    values: dict[str, object] = {"notify_mode": mode}
    if digest_at is not None:
        if not 0 <= digest_at < 24 * 60:
            raise ValueError(f"digest time out of the day: {digest_at}")
        values["digest_at"] = digest_at
    return _store(session, user_id, values)


def set_quiet_hours(*, session: Session, user_id: int, start: int, end: int) -> Preferences:
    """Quiet from `start` to `end` (minutes after midnight); equal values switch them off."""
    if not (0 <= start < 24 * 60 and 0 <= end < 24 * 60):
        raise ValueError(f"quiet hours out of the day: {start}-{end}")
    return _store(session, user_id, {"quiet_from": start, "quiet_until": end})


def _store(session: Session, user_id: int, values: dict[str, object]) -> Preferences:
    person = session.get(AppUser, user_id)
    if person is None:
        raise LookupError(f"no user {user_id}: preferences belong to registered people")
    for name, value in values.items():
        setattr(person, name, value)
    session.flush()
    return preferences(session=session, user_id=user_id)


def release_time(preferences: Preferences, now: datetime, zone: tzinfo) -> datetime:
    """When an immediate message may go: now, or when the person's quiet hours end."""
    if not preferences.has_quiet_hours:
        return now
    local = now.astimezone(zone)
    minute = local.hour * 60 + local.minute
    start, end = preferences.quiet_from, preferences.quiet_until
    inside = start <= minute < end if start < end else minute >= start or minute < end
    if not inside:
        return now
    day = local.date() if minute < end else local.date() + timedelta(days=1)
    wake = datetime(day.year, day.month, day.day, end // 60, end % 60, tzinfo=zone)
    return wake.astimezone(UTC)


def notify(
    *,
    session: Session,
    batch: str,
    user_ids: Iterable[int],
    render: Callable[[str], str],
    now: datetime,
    zone: tzinfo = DEFAULT_ZONE,
) -> Routed:
    """Send `render(language)` to these people, each the way they chose: outbox rows and digest
    items are written in the caller's session, so they commit (or not) with the change that
    caused them."""
    routed = {"now": 0, "held": 0, "digest": 0}
    rendered: dict[str, str] = {}
    rows: list[dict[str, object]] = []
    items: list[DigestItem] = []
    blocked = inactive_chats(session=session)
    for person in recipients(session=session, user_ids=user_ids):
        if person.user_id in blocked:
            continue  # they blocked the bot: nothing to hold or gather for them
        message = rendered.setdefault(person.language, render(person.language))
        if person.preferences.mode == "digest":
            items.append(DigestItem(user_id=person.user_id, text=message, created_at=now))
            routed["digest"] += 1
            continue
        release = release_time(person.preferences, now, zone)
        routed["held" if release > now else "now"] += 1
        rows.append(
            outbox_row(batch=batch, chat_id=person.user_id, text=message, now=now, not_before=release)
        )
    enqueue_rows(session=session, rows=rows)
    if items:
        session.add_all(items)
    return Routed(**routed)


def _last_digest_moment(preferences: Preferences, now: datetime, zone: tzinfo) -> datetime:
    local = now.astimezone(zone)
    hour, minute = divmod(preferences.digest_at, 60)
    moment = datetime(local.year, local.month, local.day, hour, minute, tzinfo=zone)
    if moment > local:
        moment -= timedelta(days=1)
    return moment.astimezone(UTC)


def send_digests(engine: Engine, *, now: datetime, zone: tzinfo = DEFAULT_ZONE) -> int:
    """Queue the digests whose hour has come (items gathered before it); returns how many.

    Someone who went back to immediate messages gets what is still waiting right away. The
    outbox row and the "sent" marks are written in one transaction: a crash sends it once.
    """
    by_user: dict[int, list[DigestItem]] = {}
    with Session(engine) as session:
        waiting = session.exec(
            select(DigestItem).where(col(DigestItem.sent_at).is_(None)).order_by(col(DigestItem.id))
        )
        for item in waiting:
            by_user.setdefault(item.user_id, []).append(item)
        people = recipients(session=session, user_ids=by_user)
    queued = 0
    for person in people:
        if person.preferences.mode == "digest":
            cutoff = _last_digest_moment(person.preferences, now, zone)
            due = [item for item in by_user[person.user_id] if aware(item.created_at) <= cutoff]
        else:
            due = by_user[person.user_id]
        if not due:
            continue
        body = _digest_text(person.language, [item.text for item in due])
        row = outbox_row(batch=f"digest:{now.date().isoformat()}", chat_id=person.user_id, text=body, now=now)
        with unit_of_work(engine) as session:  # one digest, its rows marked sent: one unit
            queued += enqueue_rows(session=session, rows=[row])
            session.execute(
                update(DigestItem)
                .where(col(DigestItem.id).in_([item.id for item in due]))
                .values(sent_at=now)
            )
    return queued


def _digest_text(language: str, messages: list[str]) -> str:
    lines = [text(language, "digest.title", count=len(messages))]
    used = 0
    for shown, message in enumerate(messages):
        if used + len(message) > DIGEST_LIMIT:
            lines.append(text(language, "digest.more", count=len(messages) - shown))
            break
        lines.append(message)
        used += len(message) + 2
    return "\n\n".join(lines)
