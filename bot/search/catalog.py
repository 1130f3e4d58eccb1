"""A compact, read-only picture of the knowledge base that the answer engine searches.

Loaded once per knowledge-base version with a handful of plain SELECTs (no ORM objects: at
100,000 services they would cost hundreds of megabytes), then kept as integer-indexed lists
and inverted indexes (code -> set of service numbers) so that a question costs a few set
intersections. Details shown to the user (contacts, phones, texts) are read from the database
only for the services that are shown.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from time import monotonic
from typing import NamedTuple

from sqlalchemy import Connection, Engine, Select, func, literal, select

from bot.kb import profile
from bot.models import (
    Address,
    Attribute,
    KnowledgeBaseVersion,
    Location,
    Organization,
    Service,
    ServiceArea,
    ServiceAtLocation,
    ServiceCapacity,
    TaxonomyTerm,
    Unit,
    table_of,
)
from bot.text.czech import fold
from bot.user_models import CapacityChange, ServiceEdit

NATIONWIDE_KEY = fold(profile.NATIONWIDE)


@dataclass(frozen=True)
class Prison:
    location_id: str
    name: str
    names: tuple[str, ...]  # name + alternate names
    town: str
    region: str
    facility: str


@dataclass(frozen=True)
class RegionReach:
    """The services of the regions a question names, by how they serve them (the scorer weighs
    the three differently)."""

    located: AbstractSet[int]  # a location in one of their towns (for one region: the catalog's own set)
    covering: frozenset[int]  # the region named as an area served, no location there
    nationwide: frozenset[int]  # the whole country, neither of the above
    every: frozenset[int]  # all three: the services a question about the region may answer with


@dataclass(frozen=True)
class Capacity:
    available: int
    maximum: int | None
    updated: datetime
    unit: str


@dataclass
class Catalog:
    version: int | None = None
    live_version: int = 0  # newest capacity_change id the capacities reflect
    service_ids: list[str] = field(default_factory=list)
    service_names: list[str] = field(default_factory=list)
    # Per-service numbers as compact arrays: at 100,000 services a list of floats costs 3 MB, an array 0.8.
    service_org: array[int] = field(default_factory=lambda: array("i"))
    assured: array[int] = field(default_factory=lambda: array("i"))  # date ordinal, 0 when never verified
    org_ids: list[str] = field(default_factory=list)
    org_names: list[tuple[str, ...]] = field(default_factory=list)  # name, alternate names
    org_services: dict[int, set[int]] = field(default_factory=dict)
    needs: dict[str, set[int]] = field(default_factory=dict)  # need code -> services tagged with it
    need_parents: dict[str, str] = field(default_factory=dict)
    targets: dict[str, set[int]] = field(default_factory=dict)
    need_count: array[int] = field(default_factory=lambda: array("B"))
    term_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (taxonomy, code) -> name
    prisons: dict[str, Prison] = field(default_factory=dict)
    prison_services: dict[str, set[int]] = field(default_factory=dict)
    towns: dict[str, str] = field(default_factory=dict)  # folded town -> town as written
    town_services: dict[str, set[int]] = field(default_factory=dict)  # has a (non-prison) location there
    town_region: dict[str, str] = field(default_factory=dict)  # folded town -> region name
    area_services: dict[str, set[int]] = field(default_factory=dict)  # folded area name -> services
    nationwide: set[int] = field(default_factory=set)
    capacities: dict[int, list[Capacity]] = field(default_factory=dict)

    # Derived once after loading (finish()), so that a question costs set look-ups only.
    need_under: dict[str, set[int]] = field(default_factory=dict)  # code -> services with it or a child
    region_located: dict[str, set[int]] = field(default_factory=dict)
    only_for: dict[str, set[int]] = field(default_factory=dict)  # men/women -> only for them
    focus: array[float] = field(default_factory=lambda: array("d"))  # 1 / number of needs: specialists first
    tie: array[float] = field(default_factory=lambda: array("d"))  # freshness, then free places
    by_focus: dict[float, set[int]] = field(default_factory=dict)  # a focus -> its services
    every: frozenset[int] = frozenset()  # all the services' numbers
    by_tie: list[int] = field(default_factory=list)  # the services, the highest tie first
    _free_times: list[tuple[float, int]] = field(default_factory=list)
    _free_cache: tuple[float, set[int]] = (-1.0, set())
    # Worked out on a region's or need's first question, then kept: they change only with an
    # import, which builds a new catalog (a region question built them anew: ~0.3 ms each time).
    _reach: dict[frozenset[str], RegionReach] = field(default_factory=dict)
    _only_under: dict[str, frozenset[int]] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.service_ids)

    def need_codes_under(self, code: str) -> set[str]:
        """The code and all its descendants ('housing' -> housing, housing-shelter, ...)."""
        codes = {code}
        changed = True
        while changed:
            changed = False
            for child, parent in self.need_parents.items():
                if parent in codes and child not in codes:
                    codes.add(child)
                    changed = True
        return codes

    def located_in_region(self, region: str) -> set[int]:
        return self.region_located.get(region, set())

    def reach(self, *regions: str) -> RegionReach:
        """Who serves the regions: located in them, covering them, or nationwide (no region:
        the nationwide services alone)."""
        named = frozenset(regions)
        found = self._reach.get(named)
        if found is None:
            located: AbstractSet[int] = (
                self.located_in_region(next(iter(named)))
                if len(named) == 1
                else frozenset().union(*(self.located_in_region(r) for r in named))
            )
            covering = frozenset().union(*(self.area_services.get(fold(r), set()) for r in named)) - located
            nationwide = frozenset(self.nationwide - located - covering)
            found = RegionReach(located, covering, nationwide, covering | nationwide | located)
            if len(named) <= 1:  # not every combination asked: they are many, and rarely asked again
                self._reach[named] = found
        return found

    def only_under(self, code: str) -> frozenset[int]:
        """Services with a need below `code` but not `code` itself ("housing": a shelter only)."""
        found = self._only_under.get(code)
        if found is None:
            found = frozenset(self.need_under.get(code, set()) - self.needs.get(code, set()))
            self._only_under[code] = found
        return found

    def free_now(self, now: datetime, stale_days: int) -> set[int]:
        """Services with a free place reported within the staleness window."""
        horizon = now.timestamp() - stale_days * 86_400
        horizon -= horizon % 60  # a minute's precision is plenty, and lets answers share the set
        if self._free_cache[0] != horizon:
            start = bisect.bisect_left(self._free_times, (horizon, -1))
            self._free_cache = (horizon, {number for _, number in self._free_times[start:]})
        return self._free_cache[1]

    def finish(self) -> None:
        codes = set(self.needs) | set(self.need_parents) | set(self.need_parents.values())
        for code in codes:
            found: set[int] = set()
            for under in self.need_codes_under(code):
                found |= self.needs.get(under, set())
            self.need_under[code] = found
        for town, region in self.town_region.items():
            self.region_located.setdefault(region, set()).update(self.town_services.get(town, set()))
        men, women = self.targets.get("men", set()), self.targets.get("women", set())
        self.only_for = {"men": men - women, "women": women - men}
        self.focus = array("d", (1.0 / max(1, count) for count in self.need_count))
        self.by_focus = {}
        for number, share in enumerate(self.focus):
            self.by_focus.setdefault(share, set()).add(number)
        self.every = frozenset(range(self.size))
        self.derive_live()

    def derive_live(self) -> None:
        """What depends on capacities and freshness, recomputed when they change."""
        latest: dict[int, float] = {}
        for number, rows in self.capacities.items():
            for row in rows:
                if row.available > 0:
                    latest[number] = max(latest.get(number, 0.0), row.updated.timestamp())
        self._free_times = sorted((stamp, number) for number, stamp in latest.items())
        most_free = {n: max(r.available for r in rows) for n, rows in self.capacities.items()}
        tie = array("d", (self.assured[n] * 1e3 + min(999, most_free.get(n, 0)) for n in range(self.size)))
        # Among equal ties the lower number first (stable); the heap it replaces took them in a
        # set's order: both are "any order" for services equal in everything (_best_of_many).
        by_tie = sorted(range(self.size), key=tie.__getitem__, reverse=True)
        # assigned back to back: an answer running meanwhile (this may run on a thread) ranks
        # by one reading or the other, never by the ties of one and the order of the other
        self.tie, self.by_tie = tie, by_tie
        self._free_cache = (-1.0, set())

    def refresh_live(self, engine: Engine, live_version: int) -> None:
        """Reload free places and verification dates only (a worker changed them), not the index."""
        number = {service_id: n for n, service_id in enumerate(self.service_ids)}
        service = table_of(Service).c
        with engine.connect() as connection:
            self.capacities = {}
            _load_capacities(connection, self, number)
            for service_id, assured in connection.execute(select(service.id, service.assured_date)):
                n = number.get(service_id)
                if n is not None:
                    self.assured[n] = assured.toordinal() if isinstance(assured, date) else 0
        self.derive_live()
        self.live_version = live_version  # last: until now AnswerEngine.current() refuses this index


def load_catalog(engine: Engine) -> Catalog:
    with engine.connect() as connection:
        return _load(connection)


class Versions(NamedTuple):
    """How far the knowledge base has come: every change of what a card shows moves one of these."""

    imports: int | None  # the newest import (`spojka kb import`, the register): the index is rebuilt
    live: int  # the newest capacity change or confirmation: free places and dates are reloaded
    edits: int  # the newest edit of a service's texts or contacts (not in the index; cards only)


def current_version(engine: Engine) -> Versions:
    """One cheap query decides what to reload."""
    with engine.connect() as connection:
        newest_import, newest_change, newest_edit = connection.execute(_versions()).one()
        return Versions(newest_import, newest_change or 0, newest_edit or 0)


class ChangeLogs:
    """Which services' cards changed between two versions read before answers: those with a
    capacity change, confirmation or edit in between (`CapacityChange`, `ServiceEdit`).

    On PostgreSQL a row's id comes from a sequence when it is written, not when it commits, so a
    change can become visible after a higher id did: the newest id then does not move when it
    appears. Ids missing from a range already seen are therefore asked about again at every
    answer (`waiting`) until they appear or `patience` seconds pass (a rolled-back change leaves
    its id unused for good). On SQLite ids follow the commits and nothing waits. More than
    `LARGEST_GAP` new ids at once (a bulk job, a moved sequence) forget everything instead, at
    every answer for `patience` seconds."""

    LARGEST_GAP = 5_000

    def __init__(
        self, engine: Engine, *, patience: float = 120.0, clock: Callable[[], float] = monotonic
    ) -> None:
        self._engine = engine
        self._patience = patience
        self._clock = clock
        self._missing: dict[str, dict[int, float]] = {"live": {}, "edits": {}}  # id -> noticed at
        self._forget_until = float("-inf")

    def waiting(self) -> bool:
        """Some ids below the newest are still missing: ask again even if no version moved."""
        return any(self._missing.values()) or self._clock() < self._forget_until

    def _forget_missing(self) -> None:
        for missing in self._missing.values():
            missing.clear()

    def __call__(self, before: object, now: object) -> set[str] | None:
        """The services touched since `before`; None when anything may have changed (an import,
        versions never seen, or versions that went back, as after a restored backup)."""
        if (
            not isinstance(before, Versions)
            or not isinstance(now, Versions)
            or before.imports != now.imports
            or now.live < before.live
            or now.edits < before.edits
        ):
            self._forget_missing()
            return None
        moment = self._clock()
        if now.live - before.live + now.edits - before.edits > self.LARGEST_GAP:
            # too many to ask about one by one: everything is forgotten, and again at every
            # answer for `patience` seconds, since any of them may still commit
            self._forget_missing()
            self._forget_until = moment + self._patience
            return None
        if moment < self._forget_until:
            return None
        change, edit = table_of(CapacityChange).c, table_of(ServiceEdit).c
        ranges = {"live": (before.live, now.live), "edits": (before.edits, now.edits)}
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(literal("live"), change.id, change.service_id)
                .where(
                    (change.id > before.live) & (change.id <= now.live)
                    | change.id.in_(list(self._missing["live"]))
                )
                .union_all(
                    select(literal("edits"), edit.id, edit.service_id).where(
                        (edit.id > before.edits) & (edit.id <= now.edits)
                        | edit.id.in_(list(self._missing["edits"]))
                    )
                )
            ).all()
        touched: set[str] = set()
        seen: dict[str, set[int]] = {"live": set(), "edits": set()}
        for log, row_id, service_id in rows:
            touched.add(service_id)
            seen[log].add(row_id)
        for log, (low, high) in ranges.items():
            missing = self._missing[log]
            for row_id in seen[log]:
                missing.pop(row_id, None)
            # given up only after being asked about once more: an answer may come long after
            for stale in [i for i, noticed in missing.items() if moment - noticed > self._patience]:
                del missing[stale]
            for row_id in range(low + 1, high + 1):
                if row_id not in seen[log]:
                    missing[row_id] = moment
        return touched


@cache
def _versions() -> Select[int | None, int | None, int | None]:
    """Asked before every answer: built once."""
    imports = select(func.max(table_of(KnowledgeBaseVersion).c.id)).scalar_subquery()
    changes = select(func.max(table_of(CapacityChange).c.id)).scalar_subquery()
    edits = select(func.max(table_of(ServiceEdit).c.id)).scalar_subquery()
    return select(imports, changes, edits)


def _load(connection: Connection) -> Catalog:
    catalog = Catalog()
    catalog.version = connection.execute(select(func.max(table_of(KnowledgeBaseVersion).c.id))).scalar_one()
    catalog.live_version = (
        connection.execute(select(func.max(table_of(CapacityChange).c.id))).scalar_one() or 0
    )

    org = table_of(Organization).c
    org_number: dict[str, int] = {}
    for org_id, name, alternate in connection.execute(select(org.id, org.name, org.alternate_name)):
        org_number[org_id] = len(catalog.org_ids)
        catalog.org_ids.append(org_id)
        catalog.org_names.append((name, *_split_names(alternate)))

    service = table_of(Service).c
    number: dict[str, int] = {}
    rows = connection.execute(
        select(
            service.id, service.organization_id, service.name, service.alternate_name, service.assured_date
        )
        .where(service.status == "active")
        .order_by(service.id)
    )
    for service_id, org_id, name, alternate, assured in rows:
        if org_id not in org_number:
            continue
        index = len(catalog.service_ids)
        number[service_id] = index
        catalog.service_ids.append(service_id)
        catalog.service_names.append(" ".join(filter(None, (name, alternate))))
        catalog.service_org.append(org_number[org_id])
        catalog.assured.append(assured.toordinal() if isinstance(assured, date) else 0)
        catalog.org_services.setdefault(org_number[org_id], set()).add(index)

    _load_terms(connection, catalog, number)
    _load_locations(connection, catalog, number)
    _load_areas(connection, catalog, number)
    _load_capacities(connection, catalog, number)
    catalog.finish()
    return catalog


def _split_names(alternate: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (alternate or "").split(";") if part.strip())


def _load_terms(connection: Connection, catalog: Catalog, number: dict[str, int]) -> None:
    term = table_of(TaxonomyTerm).c
    attribute = table_of(Attribute).c
    code_of: dict[str, tuple[str, str]] = {}
    parent_of: dict[str, str] = {}
    for term_id, taxonomy, code, name, parent_id in connection.execute(
        select(term.id, term.taxonomy, term.code, term.name, term.parent_id).where(
            term.taxonomy.startswith(profile.TAXONOMY_PREFIX)
        )
    ):
        if not code:
            continue
        code_of[term_id] = (taxonomy, code)
        catalog.term_names.setdefault((taxonomy, code), name)
        if parent_id:
            parent_of[term_id] = parent_id
    for term_id, parent_id in parent_of.items():
        taxonomy, code = code_of[term_id]
        if taxonomy == profile.NEED and parent_id in code_of:
            catalog.need_parents[code] = code_of[parent_id][1]
    for code in profile.CODES[profile.NEED]:
        parent = profile.need_parent(code)
        if parent:
            catalog.need_parents.setdefault(code, parent)

    catalog.need_count = array("B", bytes(len(number)))
    for link_id, term_id in connection.execute(
        select(attribute.link_id, attribute.taxonomy_term_id).where(attribute.link_entity == "service")
    ):
        service_number = number.get(link_id)
        taxonomy_code = code_of.get(term_id)
        if service_number is None or taxonomy_code is None:
            continue
        taxonomy, code = taxonomy_code
        if taxonomy == profile.NEED:
            catalog.needs.setdefault(code, set()).add(service_number)
            catalog.need_count[service_number] = min(255, catalog.need_count[service_number] + 1)
        elif taxonomy == profile.TARGET:
            catalog.targets.setdefault(code, set()).add(service_number)

    facilities: dict[str, str] = {}
    for link_id, term_id in connection.execute(
        select(attribute.link_id, attribute.taxonomy_term_id).where(attribute.link_entity == "location")
    ):
        taxonomy_code = code_of.get(term_id)
        if taxonomy_code and taxonomy_code[0] == profile.FACILITY:
            facilities[link_id] = taxonomy_code[1]
    catalog.prisons = {
        location_id: Prison(location_id, "", (), "", "", facility)
        for location_id, facility in facilities.items()
    }


def _load_locations(connection: Connection, catalog: Catalog, number: dict[str, int]) -> None:
    location = table_of(Location).c
    address = table_of(Address).c
    where: dict[str, tuple[str, str]] = {}
    for location_id, city, region in connection.execute(
        select(address.location_id, address.city, address.state_province).order_by(address.id)
    ):
        if location_id and city and location_id not in where:
            where[location_id] = (city.strip(), (region or "").strip())
    for location_id, name, alternate in connection.execute(
        select(location.id, location.name, location.alternate_name)
    ):
        prison = catalog.prisons.get(location_id)
        if prison is None:
            continue
        town, region = where.get(location_id, ("", ""))
        catalog.prisons[location_id] = Prison(
            location_id, name or "", (name or "", *_split_names(alternate)), town, region, prison.facility
        )
    for location_id, (city, region) in where.items():
        key = fold(city)
        if region:
            catalog.town_region.setdefault(key, region)
        if location_id not in catalog.prisons:
            catalog.towns.setdefault(key, city)

    link = table_of(ServiceAtLocation).c
    for service_id, location_id in connection.execute(select(link.service_id, link.location_id)):
        service_number = number.get(service_id)
        if service_number is None:
            continue
        if location_id in catalog.prisons:
            catalog.prison_services.setdefault(location_id, set()).add(service_number)
        elif location_id in where:
            key = fold(where[location_id][0])
            catalog.town_services.setdefault(key, set()).add(service_number)


def _load_areas(connection: Connection, catalog: Catalog, number: dict[str, int]) -> None:
    area = table_of(ServiceArea).c
    for service_id, name in connection.execute(select(area.service_id, area.name)):
        service_number = number.get(service_id or "")
        if service_number is None or not name:
            continue
        key = fold(name.strip())
        if key == NATIONWIDE_KEY:
            catalog.nationwide.add(service_number)
        else:
            catalog.area_services.setdefault(key, set()).add(service_number)


def _load_capacities(connection: Connection, catalog: Catalog, number: dict[str, int]) -> None:
    capacity = table_of(ServiceCapacity).c
    unit = table_of(Unit).c
    unit_names = dict(connection.execute(select(unit.id, unit.name)).all())
    for service_id, available, maximum, updated, unit_id in connection.execute(
        select(capacity.service_id, capacity.available, capacity.maximum, capacity.updated, capacity.unit_id)
    ):
        service_number = number.get(service_id)
        if service_number is None or updated is None:
            continue
        if updated.tzinfo is None:
            updated = updated.replace(tzinfo=UTC)
        catalog.capacities.setdefault(service_number, []).append(
            Capacity(int(available), maximum, updated, unit_names.get(unit_id, ""))
        )
