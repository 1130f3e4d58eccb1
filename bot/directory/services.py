"""What a worker reads about a service, an organisation or a prison, straight from the database.

Read only for what is shown (a page of results, one card), never for the whole knowledge base.
Contacts are split into the organisation's own (always shown) and contact persons' (names,
personal phones and e-mails: only for approved users, and never in inline results).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Connection, Engine, select

from bot.kb import profile
from bot.language import fold
from bot.models import (
    Address,
    Attribute,
    Contact,
    Funding,
    Location,
    Organization,
    Phone,
    Service,
    ServiceAtLocation,
    ServiceCapacity,
    TaxonomyTerm,
    Unit,
    table_of,
)


@dataclass
class Free:
    available: int
    maximum: int | None
    unit: str
    updated: datetime


@dataclass
class Person:
    name: str
    title: str = ""
    phones: list[str] = field(default_factory=list)
    email: str = ""
    prison_id: str = ""  # set when the person is the service's contact for one prison


@dataclass
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


_ID = re.compile(r"^[0-9a-fA-F-]{36}$")


def looks_like_id(text: str) -> bool:
    """A knowledge-base id (a UUID) as it comes back in button data; anything else is forged."""
    return bool(_ID.match(text))


def service_details(engine: Engine, service_ids: Sequence[str]) -> dict[str, ServiceDetails]:
    """Everything shown about these services, keyed by id (unknown ids are left out)."""
    ids = list(dict.fromkeys(service_ids))
    if not ids:
        return {}
    with engine.connect() as connection:
        found = _services(connection, ids)
        if found:
            _places(connection, found)
            _terms(connection, found)
            _contacts(connection, found)
            _capacity(connection, found)
    return found


def _services(connection: Connection, ids: list[str]) -> dict[str, ServiceDetails]:
    s, o = table_of(Service).c, table_of(Organization).c
    rows = connection.execute(
        select(
            s.id,
            s.name,
            o.id,
            o.name,
            s.description,
            s.eligibility_description,
            s.application_process,
            s.fees_description,
            s.url,
            s.email,
            s.alert,
            s.assured_date,
            s.minimum_age,
            s.maximum_age,
            o.email,
            o.website,
            o.year_incorporated,
        )
        .join_from(table_of(Service), table_of(Organization), o.id == s.organization_id)
        .where(s.id.in_(ids))
    )
    found: dict[str, ServiceDetails] = {}
    for row in rows:
        found[row[0]] = ServiceDetails(
            id=row[0],
            name=row[1],
            organization_id=row[2],
            organization=row[3],
            description=row[4] or "",
            eligibility=row[5] or "",
            application=row[6] or "",
            fees=row[7] or "",
            url=row[8] or "",
            email=row[9] or "",
            alert=row[10] or "",
            assured=row[11],
            minimum_age=row[12],
            maximum_age=row[13],
            org_email=row[14] or "",
            org_website=row[15] or "",
            org_year=row[16],
        )
    return found


def _facility_ids(connection: Connection, location_ids: set[str]) -> set[str]:
    """Which of these locations are prisons (only these: a network has thousands of places)."""
    a, t = table_of(Attribute).c, table_of(TaxonomyTerm).c
    return set(
        connection.execute(
            select(a.link_id)
            .join_from(table_of(Attribute), table_of(TaxonomyTerm), t.id == a.taxonomy_term_id)
            .where(
                a.link_entity == "location",
                t.taxonomy == profile.FACILITY,
                a.link_id.in_(sorted(location_ids)),
            )
        ).scalars()
    )


def _places(connection: Connection, found: dict[str, ServiceDetails]) -> None:
    sal, loc, addr = table_of(ServiceAtLocation).c, table_of(Location).c, table_of(Address).c
    rows = connection.execute(
        select(sal.service_id, loc.id, loc.name, addr.city)
        .join_from(table_of(ServiceAtLocation), table_of(Location), loc.id == sal.location_id)
        .join(table_of(Address), addr.location_id == loc.id, isouter=True)
        .where(sal.service_id.in_(list(found)))
        .order_by(addr.city)
    ).all()
    prisons = _facility_ids(connection, {row[1] for row in rows})
    for service_id, location_id, name, city in rows:
        details = found[service_id]
        if location_id in prisons:
            details.prisons[location_id] = name or ""
        elif city and city not in details.towns:
            details.towns.append(city)


def _terms(connection: Connection, found: dict[str, ServiceDetails]) -> None:
    a, t = table_of(Attribute).c, table_of(TaxonomyTerm).c
    rows = connection.execute(
        select(a.link_id, a.link_entity, t.taxonomy, t.code, t.name)
        .join_from(table_of(Attribute), table_of(TaxonomyTerm), t.id == a.taxonomy_term_id)
        .where(a.link_id.in_([*found, *{d.organization_id for d in found.values()}]))
    )
    by_org: dict[str, list[str]] = defaultdict(list)
    for link_id, entity, taxonomy, code, name in rows:
        if entity == "organization" and taxonomy == profile.TRUST:
            by_org[link_id].append(name)
        details = found.get(link_id)
        if details is None or entity != "service":
            continue
        if taxonomy == profile.NEED and code:
            details.needs.append(code)
        elif taxonomy == profile.TARGET and code:
            details.targets.append(code)
        elif taxonomy == profile.REQUIREMENT:
            details.requirements.append(name)
            if code:
                details.requirement_codes.append(code)
    funding = table_of(Funding).c
    sources: dict[str, list[str]] = defaultdict(list)
    for organization_id, source in connection.execute(
        select(funding.organization_id, funding.source).where(
            funding.organization_id.in_({d.organization_id for d in found.values()})
        )
    ):
        if source and source not in sources[organization_id]:
            sources[organization_id].append(source)
    for details in found.values():
        details.trust = sorted(by_org.get(details.organization_id, []))
        details.funding = sources.get(details.organization_id, [])


def _contacts(connection: Connection, found: dict[str, ServiceDetails]) -> None:
    c, p, sal = table_of(Contact).c, table_of(Phone).c, table_of(ServiceAtLocation).c
    at_prison = dict(
        connection.execute(select(sal.id, sal.location_id).where(sal.service_id.in_(list(found)))).all()
    )
    owner_of_link = dict(
        connection.execute(select(sal.id, sal.service_id).where(sal.service_id.in_(list(found)))).all()
    )
    people: dict[str, tuple[str, Person]] = {}
    rows = connection.execute(
        select(c.id, c.service_id, c.service_at_location_id, c.name, c.title, c.email).where(
            c.service_id.in_(list(found)) | c.service_at_location_id.in_(list(at_prison))
        )
    )
    for contact_id, service_id, link_id, name, title, email in rows:
        owner = service_id or owner_of_link.get(link_id)
        if owner not in found:
            continue
        person = Person(
            name or "",
            title or "",
            email=email or "",
            prison_id=at_prison.get(link_id, "") if link_id else "",
        )
        people[contact_id] = (owner, person)
        found[owner].people.append(person)
    phones = connection.execute(
        select(p.service_id, p.contact_id, p.number)
        .where(p.service_id.in_(list(found)) | p.contact_id.in_(list(people)))
        .order_by(p.id)
    )
    for service_id, contact_id, number in phones:
        if contact_id in people:
            people[contact_id][1].phones.append(number)
        elif service_id in found and number not in found[service_id].phones:
            found[service_id].phones.append(number)


def _capacity(connection: Connection, found: dict[str, ServiceDetails]) -> None:
    cap, unit = table_of(ServiceCapacity).c, table_of(Unit).c
    rows = connection.execute(
        select(cap.service_id, cap.available, cap.maximum, unit.name, cap.updated)
        .join_from(table_of(ServiceCapacity), table_of(Unit), unit.id == cap.unit_id, isouter=True)
        .where(cap.service_id.in_(list(found)))
        .order_by(cap.updated.desc())
    )
    for service_id, available, maximum, unit_name, updated in rows:
        found[service_id].capacity.append(Free(available, maximum, unit_name or "", updated))


@dataclass
class PrisonCard:
    id: str
    name: str
    town: str
    region: str
    services: list[tuple[str, str, str, list[str]]]  # id, name, organisation, need codes
    people: list[Person]
    description: str = ""  # the knowledge base's text, e.g. how to start cooperating


def prison_card(engine: Engine, location_id: str) -> PrisonCard | None:
    loc, addr = table_of(Location).c, table_of(Address).c
    sal, s, o = table_of(ServiceAtLocation).c, table_of(Service).c, table_of(Organization).c
    c, p = table_of(Contact).c, table_of(Phone).c
    with engine.connect() as connection:
        row = connection.execute(
            select(loc.name, addr.city, addr.state_province, loc.description)
            .join_from(table_of(Location), table_of(Address), addr.location_id == loc.id, isouter=True)
            .where(loc.id == location_id)
        ).first()
        if row is None:
            return None
        services = connection.execute(
            select(s.id, s.name, o.name)
            .join_from(table_of(ServiceAtLocation), table_of(Service), s.id == sal.service_id)
            .join(table_of(Organization), o.id == s.organization_id)
            .where(sal.location_id == location_id, s.status == "active")
            .order_by(s.name)
        ).all()
        needs = _need_codes(connection, [sid for sid, _, _ in services])
        people: dict[str, Person] = {}
        for contact_id, name, title, email in connection.execute(
            select(c.id, c.name, c.title, c.email).where(c.location_id == location_id)
        ):
            people[contact_id] = Person(name or "", title or "", email=email or "")
        for contact_id, number in connection.execute(
            select(p.contact_id, p.number).where(p.contact_id.in_(list(people)))
        ):
            people[contact_id].phones.append(number)
    return PrisonCard(
        location_id,
        row[0] or "",
        row[1] or "",
        row[2] or "",
        [(sid, name, org, needs.get(sid, [])) for sid, name, org in services],
        list(people.values()),
        row[3] or "",
    )


def _need_codes(connection: Connection, service_ids: list[str]) -> dict[str, list[str]]:
    a, t = table_of(Attribute).c, table_of(TaxonomyTerm).c
    found: dict[str, list[str]] = defaultdict(list)
    for link_id, code in connection.execute(
        select(a.link_id, t.code)
        .join_from(table_of(Attribute), table_of(TaxonomyTerm), t.id == a.taxonomy_term_id)
        .where(a.link_id.in_(service_ids), a.link_entity == "service", t.taxonomy == profile.NEED)
    ):
        found[link_id].append(code)
    return found


def find_organizations(engine: Engine, name: str, *, limit: int = 5) -> list[tuple[str, str]]:
    """Organisations whose name or alternate name contains the folded words of `name`."""
    wanted = fold(name).split()
    if not wanted:
        return []
    o = table_of(Organization).c
    with engine.connect() as connection:
        rows = connection.execute(select(o.id, o.name, o.alternate_name).order_by(o.name)).all()
    hits = [(oid, n) for oid, n, alt in rows if all(w in fold(f"{n} {alt or ''}") for w in wanted)]
    return hits[:limit]


def organization_services(engine: Engine, organization_id: str) -> list[str]:
    s = table_of(Service).c
    with engine.connect() as connection:
        return list(
            connection.execute(
                select(s.id)
                .where(s.organization_id == organization_id, s.status == "active")
                .order_by(s.name)
            ).scalars()
        )


def organization_name(engine: Engine, organization_id: str) -> str | None:
    o = table_of(Organization).c
    with engine.connect() as connection:
        name: str | None = connection.execute(select(o.name).where(o.id == organization_id)).scalar()
        return name


def need_names_in(connection: Connection) -> dict[str, str]:
    """Need code -> the knowledge base's own (Czech) name of it, on the caller's connection."""
    term = table_of(TaxonomyTerm).c
    rows = connection.execute(select(term.code, term.name).where(term.taxonomy == profile.NEED))
    return {code: name for code, name in rows if code}


def need_names(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        return need_names_in(connection)
