"""`spojka kb import-registry`: read the whole register, then merge it in one transaction.

All or nothing, like `kb import`: the register is streamed and converted first, every problem
named; only a clean register is written. The merge is keyed by the register's ids
(bot/kb/registry/convert.py derives the row ids from them):

- a service seen for the first time is added;
- a service whose register data changed is updated, part by part (the record says which);
- a service whose registration ended, or which left the register, becomes inactive;
- what Spojka's users added is never touched: rows the register did not write (prison links,
  contact persons, requirements), published free places (the register writes only the
  registered maximum), and, for a service edited in the bot (`last_modified` set), its texts,
  e-mail, web and phone numbers. Organisations already in the knowledge base (same IČO) keep
  their curated name and contacts; they only gain the registered-social-service signal.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, insert, select, update

from bot.clock import utc_now
from bot.kb import profile
from bot.kb.importing import sample_knowledge_path
from bot.kb.problems import PackageError, Problem, Problems
from bot.kb.published import KEPT_SERVICE_FIELDS
from bot.kb.registry.convert import PARTS, Context, ServiceRows, convert_item, organization_id, rid
from bot.kb.registry.mapping import load_mapping
from bot.kb.registry.records import RegistryImport, RegistryRecord
from bot.kb.registry.source import CodeLists, open_register
from bot.kb.schema import BY_NAME
from bot.models import (
    Attribute,
    KnowledgeBaseVersion,
    Organization,
    OrganizationIdentifier,
    Service,
    Taxonomy,
    TaxonomyTerm,
    Unit,
    table_of,
)
from bot.text.czech import fold
from bot.user_models import CapacityChange

_CHUNK = 500
# dependency order for inserting; deleting goes the other way
_OWNED_TABLES = (
    "location",
    "address",
    "service_at_location",
    "service_area",
    "phone",
    "attribute",
    "service_capacity",
)
_SERVICE_FIELDS = (
    "organization_id",
    "name",
    "alternate_name",
    "description",
    "url",
    "email",
    "status",
    "minimum_age",
    "maximum_age",
)


@dataclass(frozen=True)
class Change:
    register_id: str
    service_id: str
    name: str
    change: str  # new, updated, ended, reopened
    parts: tuple[str, ...] = ()


@dataclass
class RegistryReport:
    source: str
    as_of: date
    services: int  # in the register
    active: int  # of them, with a running registration
    organizations: int
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0
    kept: int = 0  # services edited in the bot whose edits were kept
    curated: int = 0  # providers already in the knowledge base (same IČO): their services may repeat
    warnings: list[Problem] = field(default_factory=list)
    import_id: int | None = None

    def count(self, change: str) -> int:
        return sum(1 for c in self.changes if c.change == change)


def read_register(
    path: Path, *, as_of: date | None = None, mapping: Path | None = None
) -> tuple[list[ServiceRows], Context]:
    """Read, check and convert the whole register; raises PackageError with every problem."""
    problems = Problems()
    table = load_mapping(mapping, problems)
    source = open_register(path, problems)
    if source is None or problems.errors:
        raise PackageError(_sorted(problems.items))
    try:
        day = as_of or source.file_date() or utc_now().date()
        _official_region_names(source.code_lists, problems)
        context = Context(source.code_lists, table, day, source.label, problems)
        services: list[ServiceRows] = []
        seen: dict[str, int] = {}
        for index, item in source.items(problems):
            converted = convert_item(index, item, context)
            if converted is None:
                continue
            if converted.register_id in seen:
                problems.error(
                    f"{source.label} › polozky[{index}]",
                    None,
                    "id",
                    f"service id {converted.register_id} is also polozky[{seen[converted.register_id]}]",
                )
                continue
            seen[converted.register_id] = index
            services.append(converted)
    finally:
        source.close()
    context.warn_unmapped()
    if problems.errors:
        raise PackageError(_sorted(problems.items))
    return services, context


def _official_region_names(code_lists: CodeLists, problems: Problems) -> None:
    """Regions are answered by their official names (knowledge/regions.csv): a code list that
    spells one otherwise ("Vysočina") is read as the official name; one that is no region at
    all is reported, since services there could not be found by region."""
    from bot.search.index import load_regions

    official = {
        fold(form): region.name for region in load_regions() for form in (region.name, *region.other_forms)
    }
    names = code_lists.names.get("kraje", {})
    for code_id, name in names.items():
        found = official.get(fold(name))
        if found is None:
            problems.warning(
                "kraje.json",
                None,
                code_id,
                f"{name!r} is not a region Spojka knows; questions by region miss it",
            )
        else:
            names[code_id] = found


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.severity != "error", p.file, p.column or "", p.message))


def import_registry(
    engine: Engine,
    path: Path,
    *,
    as_of: date | None = None,
    mapping: Path | None = None,
    now: datetime | None = None,
) -> RegistryReport:
    services, context = read_register(path, as_of=as_of, mapping=mapping)
    moment = now or utc_now()
    with engine.begin() as connection:
        report = _Merge(connection, context, moment, str(path)).run(services)
    report.warnings = context.problems.warnings
    return report


class _Merge:
    def __init__(self, connection: Connection, context: Context, now: datetime, source: str) -> None:
        self.c = connection
        self.context = context
        self.now = now
        self.source = source
        self.inserts: dict[str, list[dict[str, Any]]] = {}
        self.deletes: dict[str, set[str]] = {}
        self.tables: dict[str, Table] = {name: spec.table for name, spec in BY_NAME.items()}
        self.curated = 0

    # -- the whole run --------------------------------------------------------------------------

    def run(self, services: list[ServiceRows]) -> RegistryReport:
        records = table_of(RegistryRecord)
        created = self.c.execute(
            insert(table_of(RegistryImport)).values(
                imported_at=self.now, source=self.source, as_of=self.context.as_of, changes="[]"
            )
        ).inserted_primary_key
        assert created is not None
        import_id = int(created[0])
        terms = self._terms()
        self._units()
        org_ids = self._organizations(services)
        known = {
            row.register_id: row
            for row in self.c.execute(
                select(records.c.register_id, records.c.service_id, records.c.parts, records.c.owned)
            )
        }
        ids = [s.service_id for s in services]
        present: dict[str, tuple[str, datetime | None]] = {}
        service = table_of(Service).c
        for chunk in _chunks(ids):
            for service_id, status, last_modified in self.c.execute(
                select(service.id, service.status, service.last_modified).where(service.id.in_(chunk))
            ):
                present[service_id] = (status, last_modified)
        report = RegistryReport(
            source=self.source,
            as_of=self.context.as_of,
            services=len(services),
            active=sum(1 for s in services if s.active),
            organizations=len(org_ids),
            import_id=import_id,
            curated=self.curated,
        )
        new_records: list[dict[str, Any]] = []
        for rows in services:
            self._resolve(rows, terms, org_ids)
            record = known.get(rows.register_id)
            state = present.get(rows.service_id)
            if state is not None and record is None:
                # rows with the register's ids but no record of them (restored from an export):
                # the register's version replaces them, users' edits kept as always
                owned = self._update(rows, tuple(PARTS), _owned(rows), state[1] is not None)
                report.changes.append(
                    Change(rows.register_id, rows.service_id, rows.name, "updated", tuple(PARTS))
                )
                new_records.append(self._record(rows, import_id, owned))
                continue
            if state is None or record is None:
                self._add(rows)
                change = Change(rows.register_id, rows.service_id, rows.name, "new")
                report.changes.append(change)
            else:
                before = json.loads(record.parts)
                changed = tuple(p for p in PARTS if before.get(p) != rows.parts.get(p))
                if state[0] != ("active" if rows.active else "inactive") and "service" not in changed:
                    changed = ("service", *changed)  # back in the register after it had left
                if not changed:
                    report.unchanged += 1
                    continue
                edited = state[1] is not None
                report.kept += edited
                owned = self._update(rows, changed, json.loads(record.owned), edited)
                was_active, is_active = state[0] == "active", rows.active
                kind = (
                    "ended"
                    if was_active and not is_active
                    else "reopened"
                    if is_active and not was_active
                    else "updated"
                )
                report.changes.append(Change(rows.register_id, rows.service_id, rows.name, kind, changed))
                new_records.append(self._record(rows, import_id, owned))
                continue
            new_records.append(self._record(rows, import_id, _owned(rows)))
        self._end_missing(known, {s.register_id for s in services}, report)
        self._flush()
        for chunk in _chunks([r["register_id"] for r in new_records]):
            self.c.execute(delete(records).where(records.c.register_id.in_(chunk)))
        for start in range(0, len(new_records), 5_000):
            self.c.execute(insert(records), new_records[start : start + 5_000])
        rewritten = {r["register_id"] for r in new_records}
        seen_unchanged = [s.register_id for s in services if s.register_id not in rewritten]
        for chunk in _chunks(seen_unchanged):
            self.c.execute(
                update(records)
                .where(records.c.register_id.in_(chunk))
                .values(as_of=self.context.as_of, last_import_id=import_id)
            )
        self.c.execute(
            update(table_of(RegistryImport))
            .where(table_of(RegistryImport).c.id == import_id)
            .values(
                added=report.count("new"),
                updated=report.count("updated") + report.count("reopened"),
                ended=report.count("ended"),
                unchanged=report.unchanged,
                kept=report.kept,
                changes=json.dumps(
                    [
                        {
                            "register_id": c.register_id,
                            "service_id": c.service_id,
                            "name": c.name,
                            "change": c.change,
                            "parts": list(c.parts),
                        }
                        for c in report.changes
                    ],
                    ensure_ascii=False,
                ),
            )
        )
        self.c.execute(
            insert(table_of(KnowledgeBaseVersion)).values(
                imported_at=self.now,
                source=f"Registr MPSV ({self.source})",
                services=len(services),
                replaced=False,
            )
        )
        return report

    # -- shared rows: taxonomy terms, units, organisations ----------------------------------------

    def _terms(self) -> dict[str, str]:
        """'spojka-need:housing' -> the term's id in the database; missing profile terms are
        added from the sample (same codes, same Czech names)."""
        term = table_of(TaxonomyTerm).c
        found: dict[str, str] = {}
        for term_id, taxonomy, code in self.c.execute(
            select(term.id, term.taxonomy, term.code).where(
                term.taxonomy.in_((profile.NEED, profile.TARGET, profile.TRUST))
            )
        ):
            if code:
                found.setdefault(f"{taxonomy}:{code}", term_id)
        wanted = {f"{t}:{c}" for t in (profile.NEED, profile.TARGET, profile.TRUST) for c in profile.CODES[t]}
        if wanted <= set(found):
            return found
        sample = sample_knowledge_path()
        taxonomies = {r["name"]: r for r in _csv(sample / "taxonomies.csv")}
        existing_taxonomies = set(self.c.execute(select(table_of(Taxonomy).c.id)).scalars())
        existing_ids = set(self.c.execute(select(term.id)).scalars())
        for row in _csv(sample / "taxonomy_terms.csv"):
            key = f"{row['taxonomy']}:{row['code']}"
            if key not in wanted or key in found:
                continue
            parent = taxonomies.get(row["taxonomy"])
            if parent and parent["id"] not in existing_taxonomies:
                self.c.execute(insert(table_of(Taxonomy)), _full(table_of(Taxonomy), parent))
                existing_taxonomies.add(parent["id"])
            term_id = row["id"] if row["id"] not in existing_ids else rid("term", key)
            self.c.execute(
                insert(table_of(TaxonomyTerm)), _full(table_of(TaxonomyTerm), {**row, "id": term_id})
            )
            found[key] = term_id
        return found

    def _units(self) -> None:
        unit = table_of(Unit)
        have = set(self.c.execute(select(unit.c.id)).scalars())
        for unit_id, name in sorted(self.context.units.items()):
            if unit_id not in have:
                self.c.execute(insert(unit), _full(unit, {"id": unit_id, "name": name, "scheme": "MPSV"}))
            else:
                self.c.execute(update(unit).where(unit.c.id == unit_id).values(name=name))

    def _organizations(self, services: list[ServiceRows]) -> dict[str, str]:
        """IČO -> the organisation's id: the one already in the knowledge base with that IČO
        (curated: left as it is), else the register's own (added, or updated from the register)."""
        identifier = table_of(OrganizationIdentifier).c
        by_ico: dict[str, str] = {}
        for org_id, value in self.c.execute(
            select(identifier.organization_id, identifier.identifier).where(
                identifier.identifier_scheme == profile.CZ_ICO_SCHEME
            )
        ):
            ico = value.strip().zfill(8)
            if by_ico.get(ico) in (None, organization_id(ico)):  # a curated organisation wins
                by_ico[ico] = org_id
        organizations = {s.organization.ico: s.organization for s in services}
        org = table_of(Organization)
        existing: set[str] = set()
        for chunk in _chunks([organization_id(ico) for ico in organizations]):
            existing |= set(self.c.execute(select(org.c.id).where(org.c.id.in_(chunk))).scalars())
        trust_term = self._terms_cache_trust()
        have_trust = set(
            self.c.execute(
                select(table_of(Attribute).c.link_id).where(
                    table_of(Attribute).c.taxonomy_term_id == trust_term
                )
            ).scalars()
        )
        result: dict[str, str] = {}
        for ico, organization in organizations.items():
            own = organization_id(ico)
            target = by_ico.get(ico, own)
            result[ico] = target
            self.curated += target != own
            values = {"name": organization.name, "email": organization.email, "website": organization.website}
            if target == own and own in existing:
                self.c.execute(update(org).where(org.c.id == own).values(**values))
            elif target == own:
                self._insert("organization", {"id": own, **values})
                self._insert(
                    "organization_identifier",
                    {
                        "id": rid("organization_identifier", ico),
                        "organization_id": own,
                        "identifier_scheme": profile.CZ_ICO_SCHEME,
                        "identifier_type": "IČO",
                        "identifier": ico,
                    },
                )
            if target not in have_trust:
                self._insert(
                    "attribute",
                    {
                        "id": rid("trust", ico, target),
                        "link_id": target,
                        "link_entity": "organization",
                        "link_type": profile.LINK_TYPES[profile.TRUST],
                        "taxonomy_term_id": trust_term,
                    },
                )
                have_trust.add(target)
        return result

    def _terms_cache_trust(self) -> str:
        term = table_of(TaxonomyTerm).c
        found = (
            self.c.execute(
                select(term.id).where(
                    term.taxonomy == profile.TRUST, term.code == "registered-social-service"
                )
            )
            .scalars()
            .first()
        )
        assert found is not None  # _terms() added it
        return str(found)

    # -- services -----------------------------------------------------------------------------

    def _resolve(self, rows: ServiceRows, terms: dict[str, str], org_ids: dict[str, str]) -> None:
        target = org_ids[rows.organization.ico]
        for row in rows.rows.get("attribute", []):
            row["taxonomy_term_id"] = terms[row["taxonomy_term_id"]]
        for table in ("service", "location"):
            for row in rows.rows.get(table, []):
                row["organization_id"] = target

    def _add(self, rows: ServiceRows) -> None:
        for row in rows.rows["service"]:
            self._insert("service", row)
        for table in _OWNED_TABLES:
            for row in rows.rows.get(table, []):
                self._insert(table, row)

    def _update(
        self, rows: ServiceRows, changed: Sequence[str], owned: dict[str, list[str]], edited: bool
    ) -> dict[str, list[str]]:
        """Apply the changed parts; returns the rows the register owns from now on."""
        service = table_of(Service)
        values = {k: rows.rows["service"][0][k] for k in _SERVICE_FIELDS}
        if edited:  # the bot's edits win over the register's
            values = {k: v for k, v in values.items() if k not in KEPT_SERVICE_FIELDS}
        self.c.execute(update(service).where(service.c.id == rows.service_id).values(**values))
        now_owned = _owned(rows)
        for part in changed:
            for table in PARTS[part]:
                if table == "service":
                    continue
                if table == "phone" and edited:
                    now_owned[table] = owned.get(table, [])  # the numbers edited in the bot stay
                    continue
                if table == "service_capacity":
                    self._capacities(rows, owned.get(table, []))
                    continue
                self.deletes.setdefault(table, set()).update(owned.get(table, []))
                for row in rows.rows.get(table, []):
                    self._insert(table, row)
        return now_owned

    def _capacities(self, rows: ServiceRows, owned: list[str]) -> None:
        """The registered maximum follows the register; free places and their date never do."""
        capacity = self.tables["service_capacity"]
        new = {row["id"]: row for row in rows.rows.get("service_capacity", [])}
        existing = set(
            self.c.execute(select(capacity.c.id).where(capacity.c.id.in_(list(new) or [""]))).scalars()
        )
        for capacity_id, row in new.items():
            if capacity_id in existing:
                self.c.execute(
                    update(capacity)
                    .where(capacity.c.id == capacity_id)
                    .values(maximum=row["maximum"], unit_id=row["unit_id"], description=row["description"])
                )
            else:
                self._insert("service_capacity", row)
        gone = [c for c in owned if c not in new]
        if gone:
            change = table_of(CapacityChange).c
            published = set(
                self.c.execute(select(change.capacity_id).where(change.capacity_id.in_(gone))).scalars()
            )
            self.deletes.setdefault("service_capacity", set()).update(c for c in gone if c not in published)

    def _end_missing(self, known: dict[str, Any], seen: set[str], report: RegistryReport) -> None:
        """Services that left the register: inactive (kept, with what users added to them)."""
        service = table_of(Service)
        missing = [record.service_id for register_id, record in known.items() if register_id not in seen]
        for chunk in _chunks(missing):
            rows = self.c.execute(
                select(service.c.id, service.c.name).where(
                    service.c.id.in_(chunk), service.c.status == "active"
                )
            ).all()
            by_service = {record.service_id: register_id for register_id, record in known.items()}
            for service_id, name in rows:
                report.changes.append(
                    Change(by_service[service_id], service_id, name, "ended", ("register",))
                )
            if rows:
                self.c.execute(
                    update(service).where(service.c.id.in_([r[0] for r in rows])).values(status="inactive")
                )

    def _record(self, rows: ServiceRows, import_id: int, owned: dict[str, list[str]]) -> dict[str, Any]:
        return {
            "service_id": rows.service_id,
            "register_id": rows.register_id,
            "portal_id": rows.portal_id,
            "identifier": rows.identifier,
            "as_of": self.context.as_of,
            "ended_on": rows.ended_on,
            "parts": json.dumps(rows.parts, sort_keys=True),
            "owned": json.dumps(owned, sort_keys=True),
            "last_import_id": import_id,
        }

    # -- writing ------------------------------------------------------------------------------

    def _insert(self, table: str, row: dict[str, Any]) -> None:
        self.inserts.setdefault(table, []).append(_full(self.tables[table], row))

    def _flush(self) -> None:
        for table in reversed(_OWNED_TABLES):
            ids = self.deletes.get(table)
            if not ids:
                continue
            target = self.tables[table]
            for chunk in _chunks(sorted(ids)):
                self.c.execute(delete(target).where(target.c.id.in_(chunk)))
        for table in ("organization", "organization_identifier", "service", *_OWNED_TABLES):
            rows = self.inserts.get(table, [])
            for start in range(0, len(rows), 5_000):
                self.c.execute(insert(self.tables[table]), rows[start : start + 5_000])


def _owned(rows: ServiceRows) -> dict[str, list[str]]:
    return {table: [row["id"] for row in rows.rows.get(table, [])] for table in _OWNED_TABLES}


def _full(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """Every column (executemany needs one shape); CSV blanks are None."""
    return {name: (row.get(name) if row.get(name) != "" else None) for name in table.columns.keys()}


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    items = list(values)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
