"""Registration, approval and invitations, as plain functions over the caller's session.

A worker chooses a role, an organisation and a region; the request goes to the coordinators,
who approve or reject it. An invitation link (created by a coordinator with a preset role and
organisation, an expiry and a use limit) admits at once. The first coordinators come from
Settings (SPOJKA_COORDINATOR_IDS) and are approved coordinators without any request.

Every function takes the session of the caller's unit of work (bot/database.unit_of_work) and
never commits: a handler's one action (a region chosen and the request sent) is stored whole
or not at all.
"""

from __future__ import annotations

import secrets
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import NamedTuple

import sqlalchemy
from sqlalchemy import bindparam, update
from sqlmodel import Session, col, select

from bot.clock import utc_now
from bot.models import table_of
from bot.network.permissions import ROLES, Who
from bot.privacy import check_free_text
from bot.text.czech import fold
from bot.text.i18n import DEFAULT
from bot.user_models import AppUser, Invite


def who(*, session: Session, user_id: int, coordinator_ids: Iterable[int]) -> Who:
    if user_id in set(coordinator_ids):
        return Who(user_id, "coordinator", True)
    return account(session=session, user_id=user_id)[0]


def account(*, session: Session, user_id: int) -> tuple[Who, str | None]:
    """Who a person is by their account (coordinators named in Settings aside: `who`) and the
    language they chose (None: none), in one primary-key read. Every update of a person asks
    this, so it is a statement built once, read as a plain row on the session's connection (an
    AppUser changed in this session must be flushed first to be seen; callers read it in a
    session of its own: the bot's question path in a read-only one, `Services.read`)."""
    row = session.connection().execute(_account_statement(), {"user_id": user_id}).first()
    if row is None:
        return Who(user_id), None
    was_approved = row.decided_by is not None  # approved before, now asking for a change
    return (
        Who(
            user_id,
            row.role,
            row.status == "approved",
            row.organization_id,
            awaiting_change=row.status == "pending" and was_approved,
        ),
        row.language,
    )


@cache
def _account_statement() -> sqlalchemy.Select[str | None, str, str | None, int | None, str | None]:
    """Of the table, not the ORM class: read on the session's connection, the row skips the
    ORM's result machinery (0.32 -> 0.22 ms a read)."""
    user = table_of(AppUser).c
    return sqlalchemy.select(
        user.role, user.status, user.organization_id, user.decided_by, user.language
    ).where(user.id == bindparam("user_id"))


def profile(*, session: Session, user_id: int) -> AppUser | None:
    return session.get(AppUser, user_id)


def _update(session: Session, user_id: int, first_name: str = "", **changes: object) -> AppUser:
    now = utc_now()
    user = session.get(AppUser, user_id)
    if user is None:
        user = AppUser(id=user_id, first_name=first_name[:64], created_at=now, updated_at=now)
        session.add(user)
    for key, value in changes.items():
        setattr(user, key, value)
    user.updated_at = now
    session.flush()
    return user


# suspended and removed people keep no rights; only a coordinator lets them back (or an approval)
CLOSED = frozenset({"suspended", "removed"})


def choose_role(*, session: Session, user_id: int, first_name: str, role: str) -> AppUser:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    current = profile(session=session, user_id=user_id)
    changes: dict[str, object] = {"role": role}
    if current is not None and current.status in ("approved", "pending") and current.role != role:
        changes["status"] = "new"  # a new role needs a new approval: nobody promotes themselves
    return _update(session, user_id, first_name, **changes)


def choose_organization(
    *, session: Session, user_id: int, organization_id: str | None, typed_name: str | None = None
) -> AppUser:
    """The organisation a person works for. A typed name is checked like any free text (it goes
    to every coordinator). Another organisation ends the old rights at once: the person is a
    member of the new one only when a coordinator approves."""
    typed = check_free_text(typed_name.strip()) if typed_name and typed_name.strip() else None
    current = profile(session=session, user_id=user_id)
    changes: dict[str, object] = {"organization_id": organization_id, "organization_name": typed}
    if (
        current is not None
        and current.status in ("approved", "pending")
        and (current.organization_id, current.organization_name) != (organization_id, typed)
    ):
        changes["status"] = "new"
    return _update(session, user_id, "", **changes)


def choose_region(*, session: Session, user_id: int, region: str) -> AppUser:
    return _update(session, user_id, region=region)


def choose_language(*, session: Session, user_id: int, first_name: str, language: str) -> AppUser:
    return _update(session, user_id, first_name, language=language)


def submit(*, session: Session, user_id: int) -> AppUser:
    """Send the request to the coordinators (an approved user whose role and organisation did
    not change stays approved)."""
    current = profile(session=session, user_id=user_id)
    if current is not None and current.status in ("approved", "suspended"):
        return current  # a suspension is lifted by a coordinator, not by asking again
    return _update(session, user_id, status="pending")


def decide(*, session: Session, user_id: int, approve: bool, by: int) -> AppUser | None:
    """Approve or reject a pending request; None when there is no such request (any more)."""
    current = profile(session=session, user_id=user_id)
    if current is None or current.status != "pending":
        return None
    return _update(session, user_id, status="approved" if approve else "rejected", decided_by=by)


def suspend(*, session: Session, user_id: int, by: int) -> AppUser | None:
    """Take every right away for now (role and organisation kept for a later `reinstate`);
    None when there is nobody to suspend."""
    current = profile(session=session, user_id=user_id)
    if current is None or current.status in CLOSED or user_id == by:
        return None
    return _update(session, user_id, status="suspended", decided_by=by)


def reinstate(*, session: Session, user_id: int, by: int) -> AppUser | None:
    """Give a suspended person their rights back."""
    current = profile(session=session, user_id=user_id)
    if current is None or current.status != "suspended":
        return None
    return _update(session, user_id, status="approved", decided_by=by)


def remove(*, session: Session, user_id: int, by: int) -> AppUser | None:
    """Out of the network: no role, no organisation, no rights. They may apply again, and a
    coordinator decides again."""
    current = profile(session=session, user_id=user_id)
    if current is None or current.status == "removed" or user_id == by:
        return None
    return _update(
        session,
        user_id,
        status="removed",
        role=None,
        organization_id=None,
        organization_name=None,
        decided_by=by,
    )


def people(*, session: Session, statuses: Iterable[str], name: str = "", limit: int = 30) -> list[AppUser]:
    """People in the given statuses, newest change first; `name` narrows by a part of the first
    name or the exact Telegram id."""
    query = (
        select(AppUser)
        .where(col(AppUser.status).in_(list(statuses)))
        .order_by(col(AppUser.updated_at).desc())
    )
    wanted = fold(name.strip())
    found = [
        person
        for person in session.exec(query)
        if not wanted or wanted in fold(person.first_name) or wanted == str(person.id)
    ]
    return found[:limit]


def coordinators(*, session: Session, coordinator_ids: Iterable[int]) -> list[int]:
    approved = session.exec(
        select(AppUser.id).where(AppUser.role == "coordinator", AppUser.status == "approved")
    )
    return sorted({*coordinator_ids, *approved})


def create_invite(
    *, session: Session, by: int, role: str, organization_id: str | None, days: int, uses: int
) -> Invite:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    now = utc_now()
    invite = Invite(
        code=secrets.token_urlsafe(16),  # 128 bits: not guessable, fits Telegram's 64-character start
        role=role,
        organization_id=organization_id,
        created_by=by,
        created_at=now,
        expires_at=now + timedelta(days=max(1, min(days, 90))),
        max_uses=max(1, min(uses, 500)),
    )
    session.add(invite)
    session.flush()
    return invite


@dataclass(frozen=True)
class Redeemed:
    outcome: str  # admitted, unknown, expired, used_up, suspended
    user: AppUser | None = None


def redeem_invite(
    *, session: Session, user_id: int, first_name: str, code: str, now: datetime | None = None
) -> Redeemed:
    moment = now or utc_now()
    invite = session.get(Invite, code[:64]) if code else None
    if invite is None:
        return Redeemed("unknown")
    if invite.expires_at <= moment:
        return Redeemed("expired")
    if invite.uses >= invite.max_uses:
        return Redeemed("used_up")
    user = session.get(AppUser, user_id)
    if user is not None and user.status == "suspended":
        return Redeemed("suspended")  # an invitation does not lift a coordinator's suspension
    # counted in the database, not from the row read above: two people redeeming the last
    # place at the same moment on PostgreSQL must not both get in (the update changed nothing
    # when it was too late, so there is nothing to undo)
    counted = session.execute(
        update(Invite)
        .where(col(Invite.code) == invite.code, col(Invite.uses) < col(Invite.max_uses))
        .values(uses=col(Invite.uses) + 1)
    )
    if counted.rowcount != 1:  # type: ignore[attr-defined]
        return Redeemed("used_up")
    if user is None:
        user = AppUser(id=user_id, first_name=first_name[:64], created_at=moment, updated_at=moment)
        session.add(user)
    user.role, user.organization_id, user.status = invite.role, invite.organization_id, "approved"
    user.decided_by, user.updated_at = invite.created_by, moment
    session.flush()
    return Redeemed("admitted", user)


class InviteGuard:
    """Slows down someone trying codes: after 3 wrong ones in 10 minutes, a pause that doubles."""

    def __init__(self, *, free_tries: int = 3, window: float = 600.0, pause: float = 60.0) -> None:
        self.free_tries, self.window, self.pause = free_tries, window, pause
        self._failures: dict[int, deque[float]] = {}
        self._blocked_until: dict[int, float] = {}

    def allowed(self, user_id: int, now: float) -> bool:
        return now >= self._blocked_until.get(user_id, 0.0)

    def failed(self, user_id: int, now: float) -> None:
        failures = self._failures.setdefault(user_id, deque())
        while failures and now - failures[0] > self.window:
            failures.popleft()
        failures.append(now)
        extra = len(failures) - self.free_tries
        if extra >= 0:
            self._blocked_until[user_id] = now + self.pause * (2 ** min(extra, 6))


class Member(NamedTuple):
    """An approved member of an organisation, and the language to write to them in."""

    user_id: int
    language: str


def members_in(*, session: Session, organization_id: str) -> list[Member]:
    """The organisation's approved members."""
    approved = session.exec(
        select(AppUser).where(AppUser.status == "approved", AppUser.organization_id == organization_id)
    )
    return [Member(person.id, person.language or DEFAULT) for person in approved]


def chosen_language(*, session: Session, user_id: int | None) -> str:
    """The language a person chose (Czech when none, or when they are not registered)."""
    person = session.get(AppUser, user_id) if user_id is not None else None
    return (person.language if person else None) or DEFAULT
