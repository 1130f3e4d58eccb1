"""What workers published in the bot survives a full re-import, when it is newer than the package.

`spojka kb import --replace` makes the knowledge base the package. But free places published
this morning, or a phone number a worker corrected yesterday, are newer than a coordinator's
spreadsheet exported last month: losing them would send a released person to a full shelter.
So, per row, newer wins, by HSDS's own timestamps:

- service_capacity: the database's `available` and `updated` are kept when its `updated` is
  later than the package's;
- service: the fields workers edit in the bot (texts, e-mail, web, alert, assured date) and the
  service's own phone numbers are kept when the database's `last_modified` is later than the
  package's (or the package has none). The bot stamps `last_modified` on every such change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select

from bot.clock import aware_or_none
from bot.models import Phone, Service, ServiceCapacity, table_of

KEPT_SERVICE_FIELDS = (
    "description",
    "eligibility_description",
    "application_process",
    "email",
    "url",
    "alert",
    "assured_date",
    "last_modified",
)

_NEVER = datetime.min.replace(tzinfo=UTC)  # a row without a timestamp is older than any


@dataclass
class Published:
    capacities: dict[str, tuple[int, datetime]] = field(default_factory=dict)
    services: dict[str, dict[str, Any]] = field(default_factory=dict)
    phones: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def snapshot(connection: Connection) -> Published:
    """Read, before the tables are emptied, what the bot may have published."""
    published = Published()
    capacity = table_of(ServiceCapacity).c
    for capacity_id, available, updated in connection.execute(
        select(capacity.id, capacity.available, capacity.updated)
    ):
        published.capacities[capacity_id] = (
            available,
            aware_or_none(updated) or datetime.min.replace(tzinfo=UTC),
        )
    service = table_of(Service).c
    columns = [service.id, *(service[name] for name in KEPT_SERVICE_FIELDS)]
    for row in connection.execute(select(*columns).where(service.last_modified.is_not(None))):
        values = dict(zip(("id", *KEPT_SERVICE_FIELDS), row, strict=True))
        published.services[values.pop("id")] = values
    if published.services:
        phone = table_of(Phone).c
        rows = connection.execute(
            select(phone.id, phone.service_id, phone.number).where(
                phone.service_id.in_(list(published.services)), phone.contact_id.is_(None)
            )
        )
        empty = dict.fromkeys(table_of(Phone).columns.keys())  # every column: one shape for executemany
        for phone_id, service_id, number in rows:
            published.phones.setdefault(service_id, []).append(
                {**empty, "id": phone_id, "service_id": service_id, "number": number}
            )
    return published


def keep_newer(rows: dict[str, list[dict[str, Any]]], published: Published) -> dict[str, int]:
    """Change the package's rows in place where the database's are newer; returns what was kept."""
    kept = {"service_capacity": 0, "service": 0}
    for row in rows.get("service_capacity", []):
        old = published.capacities.get(row["id"])
        if old is not None and old[1] > (
            aware_or_none(row.get("updated")) or datetime.min.replace(tzinfo=UTC)
        ):
            row["available"], row["updated"] = old
            kept["service_capacity"] += 1
    newer: set[str] = set()
    for row in rows.get("service", []):
        old_service = published.services.get(row["id"])
        if old_service is None:
            continue
        theirs = aware_or_none(row.get("last_modified"))
        ours = aware_or_none(old_service["last_modified"])
        if ours is not None and (theirs is None or ours > theirs):
            row.update(old_service)
            newer.add(row["id"])
            kept["service"] += 1
    if newer:
        phones = rows.setdefault("phone", [])
        # the package's own numbers of those services give way to the ones edited in the bot
        phones[:] = [p for p in phones if not (p.get("service_id") in newer and p.get("contact_id") is None)]
        taken = {p["id"] for p in phones}
        for service_id in newer:
            phones += [dict(p) for p in published.phones.get(service_id, []) if p["id"] not in taken]
    return kept
