"""What a worker reads about a service, an organisation or a prison, straight from the database.

Read only for what is shown (a page of results, one card), never for the whole knowledge base.
Contacts are split into the organisation's own (always shown) and contact persons' (names,
personal phones and e-mails: only for approved users, and never in inline results).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Collection, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cache
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy import BindParameter, Connection, bindparam
from sqlmodel import Session, col, select

from bot.kb import profile
from bot.models import (
    Address,
    Attribute,
    Contact,
    Funding,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceCapacity,
    TaxonomyTerm,
    Unit,
    table_of,
)
from bot.text.czech import fold


@dataclass(slots=True)
class Free:
    available: int
    maximum: int | None
    unit: str
    updated: datetime


@dataclass(slots=True)
class Person:
    name: str
    title: str = ""
    phones: list[str] = field(default_factory=list)
    email: str = ""
    prison_id: str = ""  # set when the person is the service's contact for one prison


@dataclass(slots=True)
class ServiceDetails:
    id: str
    name: str
    organization_id: str
    organization: str
    description: str = ""
    eligibility: str = ""
    application: str = ""
    fees: str = ""
    url: str = ""
    email: str = ""
    alert: str = ""
    assured: date | None = None
    minimum_age: int | None = None
    maximum_age: int | None = None
    towns: list[str] = field(default_factory=list)
    prisons: dict[str, str] = field(default_factory=dict)  # location id -> name
    capacity: list[Free] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)  # codes
    targets: list[str] = field(default_factory=list)
    requirements: list[str] = field(default_factory=list)  # term names
    requirement_codes: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)  # the service's own, not a person's
    people: list[Person] = field(default_factory=list)
    org_email: str = ""
    org_website: str = ""
    org_year: int | None = None
    trust: list[str] = field(default_factory=list)
    funding: list[str] = field(default_factory=list)  # the organisation's funding sources
    registry_as_of: date | None = None  # "Registr MPSV, stav k ...": the data came from the register
    registered: list[Free] = field(default_factory=list)  # registered maximum only, no free places known
    addresses: list[str] = field(default_factory=list)  # where a client goes (not prisons): street, town
    hours: list[str] = field(default_factory=list)  # opening hours, as the knowledge base says them


_ID = re.compile(r"^[0-9a-fA-F-]{36}$")


def looks_like_id(text: str) -> bool:
    """A knowledge-base id (a UUID) as it comes back in button data; anything else is forged."""
    return bool(_ID.match(text))


def service_details(*, session: Session, service_ids: Sequence[str]) -> dict[str, ServiceDetails]:
    """Everything shown about these services, keyed by id (unknown ids are left out).

    A page of answers reads this on every question, so the statements are built once
    (`_statements`) and read as plain rows: building them and making ORM objects of ~130 rows
    per page cost more than the database's own work (bench/bench_latency.py)."""
    ids = list(dict.fromkeys(service_ids))
    if not ids:
        return {}
    connection = session.connection()
    found, records = _services(connection, ids)
    if found:
        links = _places(connection, found)
        _terms(connection, found)
        _contacts(connection, found, links)
        _capacity(connection, found, records)
    return found


class Touched(Protocol):
    """Which services changed between two versions (bot/search/catalog.ChangeLogs)."""

    def __call__(self, before: Hashable, now: Hashable) -> Collection[str] | None: ...

    def waiting(self) -> bool: ...


class RememberedDetails:
    """The cards' details of services, kept while what they show stays as it was.

    A page of answers needs five services' details (eight reads, ~2.5 ms at 20,000 services on
    the bot's event loop), and they change only with an import, a capacity change or
    confirmation, or an edit of a service's texts or contacts. Each moves the database's
    versions (bot/search/catalog.Versions), which the answer engine reads before every answer
    and passes to `seen` with a way to ask which services changed since: an import forgets
    everything, a capacity change, confirmation or edit only the services it touched. Any
    instance's change counts at once, since the versions are read from the database, not
    remembered. The bot reads every service's details at start (`fill`), so an answer reads
    none; after an import they are read again as they are shown (a refill would hold the
    interpreter for seconds while people wait). What is returned is shared: read it, never
    change it.
    """

    def __init__(self, limit: int = 4096) -> None:
        self.limit = limit
        self._lock = threading.Lock()
        self._version: Hashable = None
        self._generation = 0  # moves whenever anything is forgotten
        self._known: OrderedDict[str, ServiceDetails] = OrderedDict()

    def __len__(self) -> int:
        return len(self._known)

    def seen(self, version: Hashable, touched: Touched | None = None) -> None:
        """The database's versions, as just read. When they moved (or `touched` is still waiting
        for changes it knows are missing), `touched(before, now)` tells which services changed
        in between (None: any may have); without it, everything goes."""
        with self._lock:
            if version == self._version and (touched is None or not touched.waiting()):
                return
            changed = touched(self._version, version) if touched is not None else None
            if changed is None:
                self._known.clear()
            else:
                for service_id in changed:
                    self._known.pop(service_id, None)
            if changed is None or changed:  # details being read now may be older: not kept
                self._generation += 1
            self._version = version

    def details(self, *, session: Session, service_ids: Sequence[str]) -> dict[str, ServiceDetails]:
        """`service_details`, from memory for the services read since they last changed."""
        ids = list(dict.fromkeys(service_ids))
        with self._lock:
            # read after `seen(version)` was told this version, so no older than it
            generation = self._generation
            found = {i: self._known[i] for i in ids if i in self._known}
            for i in found:
                self._known.move_to_end(i)
        missing = [i for i in ids if i not in found]
        if missing:
            fresh = service_details(session=session, service_ids=missing)
            self._keep(fresh, generation)
            found.update(fresh)
        return {i: found[i] for i in ids if i in found}

    def fill(self, *, session: Session, service_ids: Sequence[str], batch: int = 500) -> int:
        """Read these services' details into memory (up to the limit), `batch` at a time;
        returns how many are remembered now."""
        with self._lock:
            room = max(0, self.limit - len(self._known))
            ids = [i for i in dict.fromkeys(service_ids) if i not in self._known][:room]
        for start in range(0, len(ids), batch):
            with self._lock:
                generation = self._generation
            self._keep(service_details(session=session, service_ids=ids[start : start + batch]), generation)
        return len(self)

    def _keep(self, fresh: dict[str, ServiceDetails], generation: int) -> None:
        with self._lock:
            if self._generation != generation:  # something was forgotten meanwhile: not kept
                return
            self._known.update(fresh)
            while len(self._known) > self.limit:
                self._known.popitem(last=False)


class _Statements:
    """The detail reads of a page, each with an expanding `ids` parameter (built once)."""

    def __init__(self) -> None:
        ids: BindParameter[list[str]] = bindparam("ids", expanding=True)
        from bot.kb.registry.records import RegistryRecord

        service, org, record = table_of(Service).c, table_of(Organization).c, table_of(RegistryRecord).c
        link, location, address = table_of(ServiceAtLocation).c, table_of(Location).c, table_of(Address).c
        attribute, term = table_of(Attribute).c, table_of(TaxonomyTerm).c
        self.services = (
            sa.select(
                service.id,
                service.name,
                org.id,
                org.name,
                service.description,
                service.eligibility_description,
                service.application_process,
                service.fees_description,
                service.url,
                service.email,
                service.alert,
                service.assured_date,
                service.minimum_age,
                service.maximum_age,
                org.email,
                org.website,
                org.year_incorporated,
                record.as_of,  # from the MPSV register: "Registr MPSV, stav k ..."
                record.owned,
            )
            .join_from(table_of(Service), table_of(Organization), org.id == service.organization_id)
            .join(table_of(RegistryRecord), record.service_id == service.id, isouter=True)
            .where(service.id.in_(ids))
        )
        # a location is a prison when it carries a facility attribute
        is_prison = (
            sa.select(attribute.id)
            .join(table_of(TaxonomyTerm), term.id == attribute.taxonomy_term_id)
            .where(
                attribute.link_entity == "location",
                term.taxonomy == profile.FACILITY,
                attribute.link_id == location.id,
            )
            .exists()
        )
        self.places = (
            sa.select(
                link.id,
                link.service_id,
                location.id,
                location.name,
                is_prison,
                address.city,
                address.address_1,
                address.address_2,
                address.postal_code,
            )
            .join_from(table_of(ServiceAtLocation), table_of(Location), location.id == link.location_id)
            .join(table_of(Address), address.location_id == location.id, isouter=True)
            .where(link.service_id.in_(ids))
            .order_by(address.city)
        )
        schedule = table_of(Schedule).c
        self.hours = sa.select(
            schedule.service_id, schedule.description, schedule.opens_at, schedule.closes_at, schedule.byday
        ).where(schedule.service_id.in_(ids))
        self.terms = (
            sa.select(attribute.link_id, attribute.link_entity, term.taxonomy, term.code, term.name)
            .join_from(table_of(Attribute), table_of(TaxonomyTerm), term.id == attribute.taxonomy_term_id)
            .where(attribute.link_id.in_(ids))
        )
        funding = table_of(Funding).c
        self.funding = sa.select(funding.organization_id, funding.source).where(
            funding.organization_id.in_(ids)
        )
        contact = table_of(Contact).c
        self.contacts = sa.select(
            contact.id,
            contact.service_id,
            contact.service_at_location_id,
            contact.name,
            contact.title,
            contact.email,
        ).where(
            contact.service_id.in_(ids)
            | contact.service_at_location_id.in_(bindparam("links", expanding=True))
        )
        phone = table_of(Phone).c
        self.phones = (
            sa.select(phone.contact_id, phone.service_id, phone.number)
            .where(phone.service_id.in_(ids) | phone.contact_id.in_(bindparam("people", expanding=True)))
            .order_by(phone.id)
        )
        capacity, unit = table_of(ServiceCapacity).c, table_of(Unit).c
        self.capacity = (
            sa.select(
                capacity.id,
                capacity.service_id,
                capacity.available,
                capacity.maximum,
                capacity.updated,
                unit.name,
            )
            .join_from(table_of(ServiceCapacity), table_of(Unit), unit.id == capacity.unit_id, isouter=True)
            .where(capacity.service_id.in_(ids))
            .order_by(capacity.updated.desc())
        )


@cache
def _statements() -> _Statements:
    return _Statements()


def _capacity_rows(
    connection: Connection, found: dict[str, ServiceDetails], records: dict[str, tuple[date, str]]
) -> set[str]:
    """Mark services from the MPSV register; returns the capacity ids that hold only the
    registered maximum (never free places: they are shown as registered capacity)."""
    from bot.kb.registry.provenance import of_records

    registered: set[str] = set()
    for service_id, source in of_records(connection, records).items():
        found[service_id].registry_as_of = source.as_of
        registered |= source.registered_only
    return registered


def _services(
    connection: Connection, ids: list[str]
) -> tuple[dict[str, ServiceDetails], dict[str, tuple[date, str]]]:
    """The services' own rows and, for those from the MPSV register, its record (as_of, owned)."""
    found: dict[str, ServiceDetails] = {}
    records: dict[str, tuple[date, str]] = {}
    # the columns in the order of _Statements.services
    for (
        service_id,
        name,
        organization_id,
        organization,
        description,
        eligibility,
        application,
        fees,
        url,
        email,
        alert,
        assured,
        minimum_age,
        maximum_age,
        org_email,
        org_website,
        org_year,
        registry_as_of,
        registry_owned,
    ) in connection.execute(_statements().services, {"ids": ids}):
        if registry_as_of is not None:
            records[service_id] = (registry_as_of, registry_owned)
        found[service_id] = ServiceDetails(
            id=service_id,
            name=name,
            organization_id=organization_id,
            organization=organization,
            description=description or "",
            eligibility=eligibility or "",
            application=application or "",
            fees=fees or "",
            url=url or "",
            email=email or "",
            alert=alert or "",
            assured=assured,
            minimum_age=minimum_age,
            maximum_age=maximum_age,
            org_email=org_email or "",
            org_website=org_website or "",
            org_year=org_year,
        )
    return found, records


def _places(connection: Connection, found: dict[str, ServiceDetails]) -> dict[str, tuple[str, str]]:
    """Towns, addresses, prisons and opening hours; returns each service-at-location link's
    service and location (contacts may belong to a link)."""
    links: dict[str, tuple[str, str]] = {}
    rows = connection.execute(_statements().places, {"ids": list(found)})
    for link_id, service_id, location_id, location_name, prison, city, line_1, line_2, postal_code in rows:
        links[link_id] = (service_id, location_id)
        details = found[service_id]
        if prison:
            details.prisons[location_id] = location_name or ""
            continue
        if city and city not in details.towns:
            details.towns.append(city)
        street = ", ".join(part for part in (line_1, line_2) if part)
        town = " ".join(part for part in (postal_code, city) if part)
        written = ", ".join(part for part in (street, town) if part)
        if written and written not in details.addresses:
            details.addresses.append(written)
    for service_id, description, opens_at, closes_at, byday in connection.execute(
        _statements().hours, {"ids": list(found)}
    ):
        said = description or _hours(opens_at, closes_at, byday)
        if service_id in found and said:
            found[service_id].hours.append(said)
    return links


def _hours(opens_at: time | None, closes_at: time | None, byday: str | None) -> str:
    """ "Po–Pá 8:00–16:00" from an HSDS schedule row without a description."""
    if opens_at is None or closes_at is None:
        return ""
    days = (byday or "").replace(",", ", ")
    span = f"{opens_at:%H:%M}–{closes_at:%H:%M}"
    return f"{days} {span}".strip()


def _terms(connection: Connection, found: dict[str, ServiceDetails]) -> None:
    organizations = list(dict.fromkeys(d.organization_id for d in found.values()))
    rows = connection.execute(_statements().terms, {"ids": [*found, *organizations]})
    by_org: dict[str, list[str]] = defaultdict(list)
    for link_id, link_entity, taxonomy, code, name in rows:
        if link_entity == "organization" and taxonomy == profile.TRUST:
            by_org[link_id].append(name)
        details = found.get(link_id)
        if details is None or link_entity != "service":
            continue
        if taxonomy == profile.NEED and code:
            details.needs.append(code)
        elif taxonomy == profile.TARGET and code:
            details.targets.append(code)
        elif taxonomy == profile.REQUIREMENT:
            details.requirements.append(name)
            if code:
                details.requirement_codes.append(code)
    sources: dict[str, list[str]] = defaultdict(list)
    for organization_id, source in connection.execute(_statements().funding, {"ids": organizations}):
        if organization_id and source and source not in sources[organization_id]:
            sources[organization_id].append(source)
    for details in found.values():
        details.trust = sorted(by_org.get(details.organization_id, []))
        details.funding = sources.get(details.organization_id, [])


def _contacts(
    connection: Connection, found: dict[str, ServiceDetails], links: dict[str, tuple[str, str]]
) -> None:
    people: dict[str, tuple[str, Person]] = {}
    contacts = connection.execute(_statements().contacts, {"ids": list(found), "links": list(links)})
    for contact_id, service_id, link_id, name, title, email in contacts:
        link = links.get(link_id) if link_id else None
        owner = service_id or (link[0] if link else None)
        if owner not in found:
            continue
        person = Person(name or "", title or "", email=email or "", prison_id=link[1] if link else "")
        people[contact_id] = (owner, person)
        found[owner].people.append(person)
    phones = connection.execute(_statements().phones, {"ids": list(found), "people": list(people)})
    for contact_id, service_id, number in phones:
        if contact_id in people:
            people[contact_id][1].phones.append(number)
        elif service_id in found and number not in found[service_id].phones:
            found[service_id].phones.append(number)


def _capacity(
    connection: Connection, found: dict[str, ServiceDetails], records: dict[str, tuple[date, str]]
) -> None:
    registered = _capacity_rows(connection, found, records)
    for capacity_id, service_id, available, maximum, updated, unit in connection.execute(
        _statements().capacity, {"ids": list(found)}
    ):
        free = Free(available, maximum, unit or "", updated)
        details = found[service_id]
        (details.registered if capacity_id in registered else details.capacity).append(free)


@dataclass
class PrisonCard:
    id: str
    name: str
    town: str
    region: str
    services: list[tuple[str, str, str, list[str]]]  # id, name, organisation, need codes
    people: list[Person]
    description: str = ""  # the knowledge base's text, e.g. how to start cooperating


def prison_card(*, session: Session, location_id: str) -> PrisonCard | None:
    found = session.exec(
        select(Location, Address)
        .join(Address, col(Address.location_id) == Location.id, isouter=True)
        .where(Location.id == location_id)
    ).first()
    if found is None:
        return None
    location, address = found
    services = session.exec(
        select(Service, Organization)
        .join(ServiceAtLocation, col(ServiceAtLocation.service_id) == Service.id)
        .join(Organization, col(Organization.id) == Service.organization_id)
        .where(ServiceAtLocation.location_id == location_id, Service.status == "active")
        .order_by(col(Service.name))
    ).all()
    needs = _need_codes(session, [service.id for service, _ in services])
    people = {
        contact.id: Person(contact.name or "", contact.title or "", email=contact.email or "")
        for contact in session.exec(select(Contact).where(Contact.location_id == location_id))
    }
    for phone in session.exec(select(Phone).where(col(Phone.contact_id).in_(list(people)))):
        if phone.contact_id is not None:
            people[phone.contact_id].phones.append(phone.number)
    return PrisonCard(
        location_id,
        location.name or "",
        (address.city if address else None) or "",
        (address.state_province if address else None) or "",
        [(service.id, service.name, org.name, needs.get(service.id, [])) for service, org in services],
        list(people.values()),
        location.description or "",
    )


def _need_codes(session: Session, service_ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    rows = session.exec(
        select(Attribute.link_id, TaxonomyTerm.code)
        .join(TaxonomyTerm, col(TaxonomyTerm.id) == Attribute.taxonomy_term_id)
        .where(
            col(Attribute.link_id).in_(service_ids),
            Attribute.link_entity == "service",
            TaxonomyTerm.taxonomy == profile.NEED,
        )
    )
    for link_id, code in rows:
        if code:
            found[link_id].append(code)
    return found


def find_organizations(*, session: Session, name: str, limit: int = 5) -> list[tuple[str, str]]:
    """Organisations whose name or alternate name contains the folded words of `name`."""
    wanted = fold(name).split()
    if not wanted:
        return []
    rows = session.exec(select(Organization).order_by(col(Organization.name)))
    hits = [
        (org.id, org.name)
        for org in rows
        if all(w in fold(f"{org.name} {org.alternate_name or ''}") for w in wanted)
    ]
    return hits[:limit]


def organization_services(*, session: Session, organization_id: str) -> list[str]:
    return list(
        session.exec(
            select(Service.id)
            .where(Service.organization_id == organization_id, Service.status == "active")
            .order_by(col(Service.name))
        )
    )


def organization_name(*, session: Session, organization_id: str) -> str | None:
    found = session.get(Organization, organization_id)
    return found.name if found else None


def need_names(*, session: Session) -> dict[str, str]:
    """Need code -> the knowledge base's own (Czech) name of it."""
    rows = session.exec(
        select(TaxonomyTerm.code, TaxonomyTerm.name).where(TaxonomyTerm.taxonomy == profile.NEED)
    )
    return {code: name for code, name in rows if code}
