"""Where a service's data comes from, for cards: "Registr MPSV, stav k …"."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, select

from bot.kb.registry.records import RegistryRecord
from bot.models import table_of
from bot.user_models import CapacityChange


@dataclass(frozen=True)
class Provenance:
    as_of: date
    registered_only: frozenset[str] = field(default_factory=frozenset)  # capacity ids never published


def provenance(connection: Connection, service_ids: Sequence[str]) -> dict[str, Provenance]:
    """The register's date for these services (those that came from it), and which of their
    capacity rows hold only the registered maximum (no worker has published free places)."""
    record = table_of(RegistryRecord).c
    rows = connection.execute(
        select(record.service_id, record.as_of, record.owned).where(record.service_id.in_(list(service_ids)))
    ).all()
    return of_records(connection, {service_id: (as_of, owned) for service_id, as_of, owned in rows})


def of_records(connection: Connection, records: dict[str, tuple[date, str]]) -> dict[str, Provenance]:
    """`provenance` of services whose register record (as_of, owned) was read already, e.g.
    joined to the services' own read (bot/directory/services.py)."""
    capacities = {
        service_id: json.loads(owned).get("service_capacity", [])
        for service_id, (_, owned) in records.items()
    }
    every = [c for ids in capacities.values() for c in ids]
    change = table_of(CapacityChange).c
    published = (
        set(connection.execute(select(change.capacity_id).where(change.capacity_id.in_(every))).scalars())
        if every
        else set()
    )
    return {
        service_id: Provenance(as_of, frozenset(c for c in capacities[service_id] if c not in published))
        for service_id, (as_of, _) in records.items()
    }
