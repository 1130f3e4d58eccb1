"""Members keep their own services' texts and contacts up to date; every change is audited.

Editable: the free-text fields (description, eligibility, how to apply) and the service's own
contacts (e-mail, web, phone numbers: HSDS service.email, service.url and the phone rows of the
service that belong to no contact person). Each change is one service_edit row (who, when,
field, old -> new). Only members of the owning organisation and coordinators may edit
(bot/permissions.can_change_service), checked here so no caller can forget it.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from sqlalchemy import Connection, Engine, delete, select, update
from sqlmodel import Session, col
from sqlmodel import select as select_model

from bot import clock
from bot.clock import utc_now
from bot.language import fold
from bot.models import Phone, Service, ServiceCapacity, table_of
from bot.network.permissions import Who, can, can_change_service
from bot.refusals import InvalidValue, NotAllowed
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


def editable_services(engine: Engine, *, who: Who, name: str = "", limit: int = 30) -> list[tuple[str, str]]:
    """(id, name) of the services this person may edit, by name; `name` narrows by a part of it."""
    if not who.approved:
        return []
    s = table_of(Service).c
    query = select(s.id, s.name, s.organization_id).order_by(s.name)
    if who.role != "coordinator":
        query = query.where(s.organization_id == who.organization_id)
    wanted = fold(name).strip()
    found: list[tuple[str, str]] = []
    with engine.connect() as connection:
        for service_id, service_name, organization_id in connection.execute(query):
            if not can_change_service(who, organization_id):
                continue
            if wanted and wanted not in fold(service_name):
                continue
            found.append((service_id, service_name))
            if len(found) >= limit:
                break
    return found


def editable(engine: Engine, *, who: Who, service_id: str) -> EditableService:
    with engine.connect() as connection:
        service = _load(connection, service_id)
    if service is None or not can_change_service(who, service.organization_id):
        raise NotAllowed(service_id)
    return service


def _load(connection: Connection, service_id: str) -> EditableService | None:
    s, p = table_of(Service).c, table_of(Phone).c
    row = connection.execute(
        select(
            s.id,
            s.name,
            s.organization_id,
            s.status,
            s.description,
            s.eligibility_description,
            s.application_process,
            s.email,
            s.url,
            s.assured_date,
        ).where(s.id == service_id)
    ).first()
    if row is None:
        return None
    phones = connection.execute(
        select(p.number).where(p.service_id == service_id, p.contact_id.is_(None)).order_by(p.id)
    ).scalars()
    return EditableService(
        id=row[0],
        name=row[1],
        organization_id=row[2],
        status=row[3],
        description=row[4] or "",
        eligibility_description=row[5] or "",
        application_process=row[6] or "",
        email=row[7] or "",
        url=row[8] or "",
        phones=tuple(number for number in phones if number),
        assured=row[9],
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
        return value
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
    engine: Engine, *, who: Who, service_id: str, field_name: str, typed: str, now: datetime | None = None
) -> EditableService:
    """Validate and store one field; records who changed what. Raises NotAllowed, InvalidValue."""
    current = editable(engine, who=who, service_id=service_id)
    value = clean(field_name, typed)
    old = current.value(field_name)
    if value == old:
        return current  # nothing changed: nothing to audit
    moment = now or clock.utc_now()
    with engine.begin() as connection:
        service = table_of(Service)
        # last_modified: a later full re-import keeps this edit unless its row is newer (bot/kb/published.py)
        changes: dict[str, object] = {"last_modified": moment}
        if field_name == "phones":
            _replace_phones(connection, service_id, [n for n in value.split(", ") if n])
        else:
            changes[field_name] = value or None
        connection.execute(update(service).where(service.c.id == service_id).values(changes))
        _audit(connection, service_id, who, field_name, old, value, moment)
    return editable(engine, who=who, service_id=service_id)


def _replace_phones(connection: Connection, service_id: str, numbers: list[str]) -> None:
    phone = table_of(Phone)
    connection.execute(delete(phone).where(phone.c.service_id == service_id, phone.c.contact_id.is_(None)))
    if numbers:
        connection.execute(
            phone.insert(),
            [
                {"id": _ordered_id(position), "service_id": service_id, "number": number}
                for position, number in enumerate(numbers)
            ],
        )


def _ordered_id(position: int) -> str:
    """A random UUID whose first group is the position: phone rows have no order column, and
    the number typed first should stay first (readers order by id)."""
    return f"{position:08x}" + str(uuid.uuid4())[8:]


def confirm(
    engine: Engine, *, who: Who, service_id: str, today: date, now: datetime | None = None
) -> EditableService:
    """ "Údaje platí", the one confirmation (from /sluzby, /kapacita or a freshness request): the
    service's data hold today (assured_date) and so do its free places (each capacity's
    `updated` is stamped); both are audited, in one unit of work."""
    current = editable(engine, who=who, service_id=service_id)
    moment = now or utc_now()
    with Session(engine) as session, session.begin():
        session.execute(
            update(Service)
            .where(col(Service.id) == service_id)
            .values(assured_date=today, last_modified=moment)
        )
        _audit(
            session.connection(),
            service_id,
            who,
            "assured_date",
            current.assured.isoformat() if current.assured else "",
            today.isoformat(),
            moment,
        )
        capacities = session.exec(
            select_model(ServiceCapacity).where(col(ServiceCapacity.service_id) == service_id)
        ).all()
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
    return editable(engine, who=who, service_id=service_id)


def _audit(
    connection: Connection,
    service_id: str,
    who: Who,
    field_name: str,
    old: str,
    new: str,
    at: datetime,
) -> None:
    connection.execute(
        table_of(ServiceEdit)
        .insert()
        .values(
            service_id=service_id,
            user_id=who.user_id,
            field_name=field_name,
            old_value=old or None,
            new_value=new or None,
            changed_at=at,
        )
    )


def edits(engine: Engine, *, who: Who, service_id: str, limit: int = 20) -> list[Edit]:
    """The newest changes of a service's texts and contacts: coordinators only."""
    if not can(who, "view_history"):
        raise NotAllowed(service_id)
    e = table_of(ServiceEdit).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(e.user_id, e.field_name, e.old_value, e.new_value, e.changed_at)
            .where(e.service_id == service_id)
            .order_by(e.id.desc())
            .limit(limit)
        ).all()
    return [Edit(r[0], r[1], r[2] or "", r[3] or "", r[4]) for r in rows]
