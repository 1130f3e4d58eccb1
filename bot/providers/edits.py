"""Members keep their own services' texts and contacts up to date; every change is audited.

Editable: the free-text fields (description, eligibility, how to apply) and the service's own
contacts (e-mail, web, phone numbers: HSDS service.email, service.url and the phone rows of the
service that belong to no contact person). Each change is one service_edit row (who, when,
field, old -> new). Only members of the owning organisation and coordinators may edit
(bot/network/permissions.can_change_service), checked here so no caller can forget it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from bot.clock import aware, utc_now
from bot.models import Phone, Service, ServiceCapacity
from bot.network.permissions import Who, can, can_change_service
from bot.privacy import check_free_text
from bot.refusals import InvalidValue, NotAllowed
from bot.text.czech import fold
from bot.user_models import CapacityChange, ServiceEdit

TEXT_FIELDS = {"description": 3000, "eligibility_description": 2000, "application_process": 2000}
CONTACT_FIELDS = ("email", "url", "phones")
FIELDS = (*TEXT_FIELDS, *CONTACT_FIELDS)
CLEAR = frozenset({"-", "–", "smazat", "nic", "delete", "none"})
MAX_PHONES = 5


@dataclass(frozen=True)
class EditableService:
    id: str
    name: str
    organization_id: str
    status: str
    description: str
    eligibility_description: str
    application_process: str
    email: str
    url: str
    phones: tuple[str, ...] = ()
    assured: date | None = None

    def value(self, field_name: str) -> str:
        if field_name == "phones":
            return ", ".join(self.phones)
        return str(getattr(self, field_name))


@dataclass(frozen=True)
class Edit:
    user_id: int
    field_name: str
    old: str
    new: str
    changed_at: datetime


def editable_services(
    *, session: Session, who: Who, name: str = "", limit: int = 30
) -> list[tuple[str, str]]:
    """(id, name) of the services this person may edit, by name; `name` narrows by a part of it."""
    # the columns needed, not the services: a coordinator may edit all 20,000 (~0.4 s on the
    # event loop when every service was read as an object)
    query = select(Service.id, Service.name, Service.organization_id).order_by(
        col(Service.name), col(Service.id)
    )
    rows = changeable(session, query, who=who, name=name, limit=limit, owner_and_name=lambda r: (r[2], r[1]))
    return [(service_id, service_name) for service_id, service_name, _ in rows]


def changeable(
    session: Session,
    query: Any,
    *,
    who: Who,
    name: str,
    limit: int | None,
    owner_and_name: Callable[[Any], tuple[str, str]],
) -> list[Any]:
    """The rows of `query` (of services, in the order to show) whose service this person may
    change, narrowed by a part of the service's name (`owner_and_name`: its organisation and
    name); the first `limit`. Their organisation is narrowed in the query, and without a name the
    limit too: a coordinator may change every one of 20,000 services."""
    if not who.approved:
        return []
    if who.role != "coordinator":
        query = query.where(Service.organization_id == who.organization_id)
    wanted = fold(name).strip()
    if limit is not None and not wanted:
        query = query.limit(limit)
    found: list[Any] = []
    for row in session.exec(query):
        organization_id, service_name = owner_and_name(row)
        if can_change_service(who, organization_id) and wanted in fold(service_name):
            found.append(row)
            if len(found) == limit:
                break
    return found


def editable(*, session: Session, who: Who, service_id: str) -> EditableService:
    """The service as its members edit it; NotAllowed for anyone else (or no such service)."""
    service = session.get(Service, service_id)
    if service is None or not can_change_service(who, service.organization_id):
        raise NotAllowed(service_id)
    phones = session.exec(
        select(Phone.number)
        .where(Phone.service_id == service_id, col(Phone.contact_id).is_(None))
        .order_by(col(Phone.id))
    )
    return EditableService(
        id=service.id,
        name=service.name,
        organization_id=service.organization_id,
        status=service.status,
        description=service.description or "",
        eligibility_description=service.eligibility_description or "",
        application_process=service.application_process or "",
        email=service.email or "",
        url=service.url or "",
        phones=tuple(number for number in phones if number),
        assured=service.assured_date,
    )


_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\".]{2,}$")
_PHONE_PARTS = re.compile(r"[,;\n]+")


def clean(field_name: str, typed: str) -> str:
    """The value to store for what was typed ("" clears an optional field); InvalidValue if it
    cannot be stored. Texts keep their line breaks; contacts are normalised."""
    if field_name not in FIELDS:
        raise ValueError(f"not an editable field: {field_name!r}")
    value = typed.strip()
    if not value:
        raise InvalidValue("edit.empty")
    if fold(value) in CLEAR:
        if field_name == "description":
            raise InvalidValue("edit.description_required")
        return ""
    if field_name in TEXT_FIELDS:
        limit = TEXT_FIELDS[field_name]
        if len(value) > limit:
            raise InvalidValue("edit.too_long", limit=limit, length=len(value))
        # every worker reads these texts: an organisation's address may stand, nobody's name
        return check_free_text(value, public=True)
    if field_name == "email":
        if not _EMAIL.match(value) or len(value) > 254:
            raise InvalidValue("edit.bad_email")
        return value
    if field_name == "url":
        candidate = value if re.match(r"^https?://", value, re.IGNORECASE) else f"https://{value}"
        parts = urlsplit(candidate)
        if " " in value or "." not in parts.netloc or len(candidate) > 500:
            raise InvalidValue("edit.bad_url")
        return candidate
    numbers = [_phone(part) for part in _PHONE_PARTS.split(value) if part.strip()]
    if len(numbers) > MAX_PHONES:
        raise InvalidValue("edit.too_many_phones", limit=MAX_PHONES)
    return ", ".join(numbers)


def _phone(typed: str) -> str:
    digits = re.sub(r"[\s\-/().]", "", typed.strip())
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not re.fullmatch(r"\+?\d{9,15}", digits):
        raise InvalidValue("edit.bad_phone", phone=typed.strip()[:40])
    if not digits.startswith("+"):
        if len(digits) != 9:
            raise InvalidValue("edit.bad_phone", phone=typed.strip()[:40])
        digits = "+420" + digits
    if digits.startswith("+420") and len(digits) == 13:
        rest = digits[4:]
        return f"+420 {rest[:3]} {rest[3:6]} {rest[6:]}"
    return digits


def edit(
    *, session: Session, who: Who, service_id: str, field_name: str, typed: str, now: datetime | None = None
) -> EditableService:
    """Validate and store one field; records who changed what. Raises NotAllowed, InvalidValue."""
    current = editable(session=session, who=who, service_id=service_id)
    value = clean(field_name, typed)
    old = current.value(field_name)
    if value == old:
        return current  # nothing changed: nothing to audit
    moment = now or utc_now()
    # last_modified: a later full re-import keeps this edit unless its row is newer (bot/kb/published.py)
    changes: dict[str, object] = {"last_modified": moment}
    if field_name == "phones":
        _replace_phones(session, service_id, [n for n in value.split(", ") if n])
    else:
        changes[field_name] = value or None
    session.execute(update(Service).where(col(Service.id) == service_id).values(changes))
    _audit(session, service_id, who, field_name, old, value, moment)
    session.flush()
    return editable(session=session, who=who, service_id=service_id)


def _replace_phones(session: Session, service_id: str, numbers: list[str]) -> None:
    session.execute(delete(Phone).where(col(Phone.service_id) == service_id, col(Phone.contact_id).is_(None)))
    for position, number in enumerate(numbers):
        session.add(Phone(id=_ordered_id(position), service_id=service_id, number=number))


def _ordered_id(position: int) -> str:
    """A random UUID whose first group is the position: phone rows have no order column, and
    the number typed first should stay first (readers order by id)."""
    return f"{position:08x}" + str(uuid.uuid4())[8:]


def confirm(
    *, session: Session, who: Who, service_id: str, today: date, now: datetime | None = None
) -> EditableService:
    """ "Údaje platí", the one confirmation (from /sluzby, /kapacita or a freshness request): the
    service's data hold today (assured_date) and so do its free places (each capacity's
    `updated` is stamped); both are audited, in the caller's unit of work."""
    current = editable(session=session, who=who, service_id=service_id)
    moment = now or utc_now()
    session.execute(
        update(Service).where(col(Service.id) == service_id).values(assured_date=today, last_modified=moment)
    )
    old = current.assured.isoformat() if current.assured else ""
    _audit(session, service_id, who, "assured_date", old, today.isoformat(), moment)
    capacities = session.exec(select(ServiceCapacity).where(ServiceCapacity.service_id == service_id)).all()
    # the answer engine reloads verification dates when capacity_change grows (no rebuild)
    held_places: list[ServiceCapacity | None] = list(capacities) or [None]
    for held in held_places:
        session.add(
            CapacityChange(
                service_id=service_id,
                capacity_id=held.id if held else None,
                user_id=who.user_id,
                kind="confirmed",
                old_available=held.available if held else None,
                new_available=held.available if held else None,
                changed_at=moment,
            )
        )
        if held is not None:
            held.updated = moment
    session.flush()
    return editable(session=session, who=who, service_id=service_id)


def _audit(
    session: Session, service_id: str, who: Who, field_name: str, old: str, new: str, at: datetime
) -> None:
    session.add(
        ServiceEdit(
            service_id=service_id,
            user_id=who.user_id,
            field_name=field_name,
            old_value=old or None,
            new_value=new or None,
            changed_at=at,
        )
    )


def edits(*, session: Session, who: Who, service_id: str, limit: int = 20) -> list[Edit]:
    """The newest changes of a service's texts and contacts: coordinators only."""
    if not can(who, "view_history"):
        raise NotAllowed(service_id)
    rows = session.exec(
        select(ServiceEdit)
        .where(ServiceEdit.service_id == service_id)
        .order_by(col(ServiceEdit.id).desc())
        .limit(limit)
    )
    return [
        Edit(row.user_id, row.field_name, row.old_value or "", row.new_value or "", aware(row.changed_at))
        for row in rows
    ]
