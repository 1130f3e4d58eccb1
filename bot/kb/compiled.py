"""The knowledge base as compiled HSDS service objects (nested JSON, ../hsds/schema/service.json)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Engine

from bot.kb.exporting import read_table
from bot.kb.schema import BY_NAME

JsonObject = dict[str, Any]

# Keys the compiled schema requires; an empty value is written as "" rather than left out.
_REQUIRED: dict[str, tuple[str, ...]] = {
    "organization": ("name", "description"),
    "program": ("name", "description"),
    "taxonomy_term": ("name", "description"),
    "taxonomy": ("name", "description"),
    "location": ("location_type",),
    "address": ("address_1", "city", "state_province", "postal_code", "country", "address_type"),
    "phone": ("number",),
    "organization_identifier": ("identifier_type", "identifier"),
    "url": ("url",),
    "metadata": (
        "last_action_date",
        "last_action_type",
        "field_name",
        "previous_value",
        "replacement_value",
        "updated_by",
    ),
    "unit": ("name",),
}


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _plain(table: str, row: dict[str, Any]) -> JsonObject:
    obj = {k: _json_value(v) for k, v in row.items() if v is not None}
    for key in _REQUIRED.get(table, ()):
        obj.setdefault(key, "")
    return obj


class _Tables:
    """All rows, indexed by id and by the column that links them to a parent."""

    def __init__(self, engine: Engine) -> None:
        self.rows = {name: read_table(engine, spec) for name, spec in BY_NAME.items()}
        self.by_id = {name: {r["id"]: r for r in rows} for name, rows in self.rows.items()}
        self._groups: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = {}

    def children(self, table: str, column: str, parent_id: str) -> list[dict[str, Any]]:
        key = (table, column)
        if key not in self._groups:
            groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for row in self.rows[table]:
                if row.get(column) is not None:
                    groups[row[column]].append(row)
            self._groups[key] = groups
        return self._groups[key].get(parent_id, [])


class _Compiler:
    def __init__(self, tables: _Tables) -> None:
        self.t = tables

    def attributes(self, entity: str, link_id: str) -> list[JsonObject]:
        out = []
        for row in self.t.children("attribute", "link_id", link_id):
            if row["link_entity"] != entity:
                continue
            obj = _plain("attribute", row)
            term = self.t.by_id["taxonomy_term"].get(row["taxonomy_term_id"])
            if term is not None:
                obj["taxonomy_term"] = _plain("taxonomy_term", term)
            out.append(obj)
        return out

    def many(self, table: str, column: str, parent_id: str) -> list[JsonObject]:
        return [self.entity(table, row) for row in self.t.children(table, column, parent_id)]

    def entity(self, table: str, row: dict[str, Any]) -> JsonObject:
        obj = _plain(table, row)
        attributes = self.attributes(table, row["id"])
        if attributes:
            obj["attributes"] = attributes
        if table == "contact":
            obj["phones"] = self.many("phone", "contact_id", row["id"])
        if table == "phone":
            obj["languages"] = self.many("language", "phone_id", row["id"])
        return obj

    def location(self, row: dict[str, Any]) -> JsonObject:
        obj = self.entity("location", row)
        lid = row["id"]
        obj["addresses"] = self.many("address", "location_id", lid)
        obj["contacts"] = self.many("contact", "location_id", lid)
        obj["phones"] = [p for p in self.many("phone", "location_id", lid) if p.get("contact_id") is None]
        obj["accessibility"] = self.many("accessibility", "location_id", lid)
        obj["languages"] = self.many("language", "location_id", lid)
        obj["schedules"] = self.many("schedule", "location_id", lid)
        return obj

    def organization(self, row: dict[str, Any]) -> JsonObject:
        obj = self.entity("organization", row)
        oid = row["id"]
        obj["organization_identifiers"] = self.many("organization_identifier", "organization_id", oid)
        obj["funding"] = [
            f for f in self.many("funding", "organization_id", oid) if f.get("service_id") is None
        ]
        obj["additional_websites"] = [
            u for u in self.many("url", "organization_id", oid) if u.get("service_id") is None
        ]
        return obj

    def service(self, row: dict[str, Any]) -> JsonObject:
        sid = row["id"]
        obj = self.entity("service", row)
        organization = self.t.by_id["organization"].get(row["organization_id"])
        if organization is not None:
            obj["organization"] = self.organization(organization)
        program = self.t.by_id["program"].get(row.get("program_id") or "")
        if program is not None:
            obj["program"] = self.entity("program", program)
        obj["service_at_locations"] = [
            self.service_at_location(sal) for sal in self.t.children("service_at_location", "service_id", sid)
        ]
        obj["contacts"] = self.many("contact", "service_id", sid)
        obj["phones"] = [p for p in self.many("phone", "service_id", sid) if p.get("contact_id") is None]
        obj["schedules"] = self.many("schedule", "service_id", sid)
        obj["service_areas"] = self.many("service_area", "service_id", sid)
        obj["languages"] = self.many("language", "service_id", sid)
        obj["funding"] = self.many("funding", "service_id", sid)
        obj["cost_options"] = self.many("cost_option", "service_id", sid)
        obj["required_documents"] = self.many("required_document", "service_id", sid)
        obj["additional_urls"] = self.many("url", "service_id", sid)
        obj["capacities"] = [self.capacity(c) for c in self.t.children("service_capacity", "service_id", sid)]
        obj["metadata"] = [_plain("metadata", m) for m in self.t.children("metadata", "resource_id", sid)]
        return obj

    def service_at_location(self, row: dict[str, Any]) -> JsonObject:
        obj = self.entity("service_at_location", row)
        location = self.t.by_id["location"].get(row["location_id"])
        if location is not None:
            obj["location"] = self.location(location)
        obj["contacts"] = self.many("contact", "service_at_location_id", row["id"])
        obj["phones"] = [
            p for p in self.many("phone", "service_at_location_id", row["id"]) if p.get("contact_id") is None
        ]
        obj["schedules"] = self.many("schedule", "service_at_location_id", row["id"])
        obj["service_areas"] = self.many("service_area", "service_at_location_id", row["id"])
        return obj

    def capacity(self, row: dict[str, Any]) -> JsonObject:
        obj = self.entity("service_capacity", row)
        unit = self.t.by_id["unit"].get(row["unit_id"])
        # The compiled schema requires a unit object; a capacity whose unit is missing gets a bare one.
        obj["unit"] = _plain("unit", unit) if unit is not None else {"id": row["unit_id"], "name": ""}
        return obj


def compiled_services(engine: Engine, service_ids: Iterable[str] | None = None) -> list[JsonObject]:
    """Every service (or the given ones) as a compiled HSDS object, ordered by id."""
    tables = _Tables(engine)
    compiler = _Compiler(tables)
    wanted = set(service_ids) if service_ids is not None else None
    return [compiler.service(row) for row in tables.rows["service"] if wanted is None or row["id"] in wanted]
