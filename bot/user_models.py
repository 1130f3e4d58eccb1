"""Spojka's own tables (not HSDS): the people who use the bot and the invitations that admit them.

Only what the bot needs to know about a worker: their Telegram id, role, organisation and
region. No client data ever: clients appear elsewhere only as pseudonymous case codes.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from bot.db_types import UTCDateTime
from bot.kb.registry import records as _registry_records  # noqa: F401  (registers the register's tables)


class AppUser(SQLModel, table=True):
    __tablename__ = "app_user"
    id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))  # Telegram user id
    first_name: str = ""
    language: str | None = None  # chosen in /profil; None = Telegram's language
    role: str | None = None  # see bot/network/permissions.py ROLES
    organization_id: str | None = None  # soft reference: the knowledge base may be replaced
    organization_name: str | None = None  # as typed when the organisation is not in the directory
    region: str | None = None
    status: str = "new"  # new -> pending -> approved | rejected
    # How notifications reach this person (bot/following/notifications.py): right away, outside quiet hours,
    # or gathered into one daily digest. Times are minutes after local midnight.
    notify_mode: str = "immediate"  # immediate | digest
    digest_at: int = 8 * 60
    quiet_from: int = 20 * 60
    quiet_until: int = 7 * 60  # equal to quiet_from: no quiet hours
    decided_by: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class Invite(SQLModel, table=True):
    __tablename__ = "invite"
    code: str = Field(primary_key=True)  # secrets.token_urlsafe: unguessable
    role: str
    organization_id: str | None = None
    created_by: int = Field(sa_column=Column(BigInteger, nullable=False))
    created_at: datetime = Field(sa_type=UTCDateTime)
    expires_at: datetime = Field(sa_type=UTCDateTime)
    max_uses: int = 1
    uses: int = 0


class CapacityChange(SQLModel, table=True):
    """Every change of free places, full-until notices and "data still valid" confirmations.

    Kept for coordinators (who changed what, when) and to notice changes: the answer engine
    reloads capacities when the newest id here changes.
    """

    __tablename__ = "capacity_change"
    id: int | None = Field(default=None, primary_key=True)
    service_id: str = Field(index=True)
    capacity_id: str | None = None
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    kind: str  # available, full_until, confirmed
    old_available: int | None = None
    new_available: int | None = None
    note: str | None = None  # e.g. the alert text for "plno do ..."
    changed_at: datetime = Field(sa_type=UTCDateTime)


class Outbox(SQLModel, table=True):
    """Messages waiting to be delivered (broadcasts, notifications, reminders): survives restarts."""

    __tablename__ = "outbox"
    id: int | None = Field(default=None, primary_key=True)
    batch: str = Field(index=True)  # e.g. "capacity:<service id>", "broadcast:12"
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    text: str
    markup: str | None = None  # JSON of the inline keyboard, if any
    status: str = Field(default="pending", index=True)  # pending, sending, sent, blocked, failed
    attempts: int = 0
    not_before: datetime = Field(sa_type=UTCDateTime)
    created_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    telegram_message_id: int | None = None
    last_error: str | None = None


class InactiveChat(SQLModel, table=True):
    """Chats that blocked the bot or were deactivated: nothing more is sent there."""

    __tablename__ = "inactive_chat"
    chat_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    since: datetime = Field(sa_type=UTCDateTime)
    reason: str


class Subscription(SQLModel, table=True):
    """What a person follows: a service, a need in a region, or a prison."""

    __tablename__ = "subscription"
    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    kind: str  # service, need_region, prison
    service_id: str | None = None
    need: str | None = None
    region: str | None = None
    prison_id: str | None = None
    created_at: datetime = Field(sa_type=UTCDateTime)


class DigestItem(SQLModel, table=True):
    """A notification waiting for its person's daily digest (rendered in their language)."""

    __tablename__ = "digest_item"
    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    text: str
    created_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)


class ServiceEdit(SQLModel, table=True):
    """Every change members make to a service's texts and contacts: who, when, old -> new."""

    __tablename__ = "service_edit"
    id: int | None = Field(default=None, primary_key=True)
    service_id: str = Field(index=True)
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    field_name: str
    old_value: str | None = None
    new_value: str | None = None
    changed_at: datetime = Field(sa_type=UTCDateTime)


class Event(SQLModel, table=True):
    """A workshop, round table or case conference (with a start), or a plain announcement.

    Audience: approved users whose region is in `regions` and role in `roles` (";"-joined;
    empty = everyone). draft -> scheduled (send_at) -> sent; cancelled at any point.
    """

    __tablename__ = "event"
    id: int | None = Field(default=None, primary_key=True)
    kind: str = "event"  # event | announcement
    title: str
    starts_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    place: str | None = None
    link: str | None = None
    description: str | None = None
    regions: str = ""
    roles: str = ""
    status: str = Field(default="draft", index=True)
    send_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reminded_day: bool = False
    reminded_hour: bool = False
    created_by: int = Field(sa_column=Column(BigInteger, nullable=False))
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    # the coordinator's "Odesláno 1 200 / 5 000" message, edited while the outbox drains
    report_chat_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    report_message_id: int | None = None


class Rsvp(SQLModel, table=True):
    """Přijdu / Možná / Nepřijdu: one answer per person and event, the latest wins."""

    __tablename__ = "rsvp"
    __table_args__ = (UniqueConstraint("event_id", "user_id"),)
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(index=True)
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    answer: str  # yes | maybe | no
    answered_at: datetime = Field(sa_type=UTCDateTime)


class Handover(SQLModel, table=True):
    """A client handed over to a provider's service, known here only by a case code.

    The referrer keeps the code with the real person in their own records; Spojka never
    holds a name, a birth date or an address (bot/privacy/ refuses them in the note).
    """

    __tablename__ = "handover"
    # One case code may reach several services (a release plan hands over to each of them);
    # never twice the same service.
    __table_args__ = (UniqueConstraint("code", "service_id", name="uq_handover_code_service"),)
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(index=True)  # e.g. K-7F3Q
    referrer_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True, index=True))
    referrer_organization_id: str | None = None
    service_id: str
    organization_id: str = Field(index=True)  # the receiving organisation (soft reference)
    service_name: str  # as it was: the knowledge base may be replaced
    needs: str = ""  # ";"-joined need codes
    release_date: date | None = None
    note: str | None = None
    status: str = Field(default="sent", index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    anonymised_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class HandoverStep(SQLModel, table=True):
    """The history of a handover: every status with who set it, when, and why."""

    __tablename__ = "handover_step"
    id: int | None = Field(default=None, primary_key=True)
    handover_id: int = Field(index=True)
    user_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    status: str
    reason: str | None = None  # declined: no_capacity, not_eligible, other; feedback answers
    note: str | None = None
    at: datetime = Field(sa_type=UTCDateTime)


class Reminder(SQLModel, table=True):
    """A message due at a moment (UTC): personal reminders and the handover's reminders.

    Fired exactly once: the row turns from pending to sent in the same transaction that
    queues the message in the outbox.
    """

    __tablename__ = "reminder"
    id: int | None = Field(default=None, primary_key=True)
    kind: str  # personal, before_release, release_day, after_release
    user_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True, index=True))
    organization_id: str | None = None  # instead of user_id: the organisation's members
    handover_id: int | None = Field(default=None, index=True)
    days: int | None = None  # for handover reminders: days before (-) or after (+) release
    text: str | None = None
    due_at: datetime = Field(sa_type=UTCDateTime, index=True)
    status: str = Field(default="pending", index=True)  # pending, sent, cancelled
    created_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class FreshnessRequest(SQLModel, table=True):
    """ "Are your service's data still true?" asked of the provider every 90 days."""

    __tablename__ = "freshness_request"
    id: int | None = Field(default=None, primary_key=True)
    service_id: str = Field(index=True)
    asked_at: datetime = Field(sa_type=UTCDateTime)
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    escalated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # coordinators told


class QuestionLog(SQLModel, table=True):
    """One question asked in the bot, for /statistiky: when, whether it found anything, and
    the asker's role. Never who asked; the text only when nothing was found (it shows a gap
    in the vocabulary or the network) and only when it holds nothing like personal data."""

    __tablename__ = "question_log"
    id: int | None = Field(default=None, primary_key=True)
    asked_at: datetime = Field(sa_type=UTCDateTime, index=True)
    had_results: bool
    role: str | None = None
    question: str | None = None


class EventInvitee(SQLModel, table=True):
    """An event for a named list of people (a case conference): only they are invited and see it."""

    __tablename__ = "event_invitee"
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(index=True)
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))


class ReleasePlan(SQLModel, table=True):
    """A client's release plan, known only by its case code (the handovers made from it share it).

    Holds what the worker told Spojka and nothing more: the day, where the client goes, the
    needs and the screening answers (one letter per question of bot/directory/eligibility.py,
    "-" where not known).
    """

    __tablename__ = "release_plan"
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True)
    worker_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True, index=True))
    worker_organization_id: str | None = None
    release_date: date | None = None
    origin_prison_id: str | None = None
    town: str = ""  # the destination town as written in the knowledge base
    region: str = ""
    needs: str = ""  # ";"-joined need codes
    answers: str = ""
    gaps: str = ""  # ";"-joined needs nothing in the region fitted when the plan was built (/pokryti)
    status: str = Field(default="open", index=True)  # open, closed
    conference_event_id: int | None = None
    reminder_ids: str = ""  # ";"-joined ids of the worker's reminders around the release
    created_at: datetime = Field(sa_type=UTCDateTime)
    updated_at: datetime = Field(sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    anonymised_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ReleasePlanItem(SQLModel, table=True):
    """A service chosen in a plan for one need, and the handover it became."""

    __tablename__ = "release_plan_item"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(index=True)
    need: str
    service_id: str
    service_name: str
    handover_id: int | None = Field(default=None, index=True)
    created_at: datetime = Field(sa_type=UTCDateTime)
