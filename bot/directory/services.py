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
)
from bot.text.czech import fold


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
    registry_as_of: date | None = None  # "Registr MPSV, stav k ...": the data came from the register
    registered: list[Free] = field(default_factory=list)  # registered maximum only, no free places known
    addresses: list[str] = field(default_factory=list)  # where a client goes (not prisons): street, town
    hours: list[str] = field(default_factory=list)  # opening hours, as the knowledge base says them


_ID = re.compile(r"^[0-9a-fA-F-]{36}$")


def looks_like_id(text: str) -> bool:
    """A knowledge-base id (a UUID) as it comes back in button data; anything else is forged."""
    return bool(_ID.match(text))


def service_details(*, session: Session, service_ids: Sequence[str]) -> dict[str, ServiceDetails]:
    """Everything shown about these services, keyed by id (unknown ids are left out)."""
    ids = list(dict.fromkeys(service_ids))
    if not ids:
        return {}
    found = _services(session, ids)
    if found:
        _places(session, found)
        _terms(session, found)
        _contacts(session, found)
        _capacity(session, found)
    return found


def _capacity_rows(session: Session, found: dict[str, ServiceDetails]) -> set[str]:
    """Mark services from the MPSV register; returns the capacity ids that hold only the
    registered maximum (never free places: they are shown as registered capacity)."""
    from bot.kb.registry.provenance import provenance

    registered: set[str] = set()
    for service_id, source in provenance(session.connection(), list(found)).items():
        found[service_id].registry_as_of = source.as_of
        registered |= source.registered_only
    return registered


def _services(session: Session, ids: list[str]) -> dict[str, ServiceDetails]:
    rows = session.exec(
        select(Service, Organization)
        .join(Organization, col(Organization.id) == Service.organization_id)
        .where(col(Service.id).in_(ids))
    )
    return {
        service.id: ServiceDetails(
            id=service.id,
            name=service.name,
            organization_id=organization.id,
            organization=organization.name,
            description=service.description or "",
            eligibility=service.eligibility_description or "",
            application=service.application_process or "",
            fees=service.fees_description or "",
            url=service.url or "",
            email=service.email or "",
            alert=service.alert or "",
            assured=service.assured_date,
            minimum_age=service.minimum_age,
            maximum_age=service.maximum_age,
            org_email=organization.email or "",
            org_website=organization.website or "",
            org_year=organization.year_incorporated,
        )
        for service, organization in rows
    }


def _facility_ids(session: Session, location_ids: set[str]) -> set[str]:
    """Which of these locations are prisons (only these: a network has thousands of places)."""
    return set(
        session.exec(
            select(Attribute.link_id)
            .join(TaxonomyTerm, col(TaxonomyTerm.id) == Attribute.taxonomy_term_id)
            .where(
                Attribute.link_entity == "location",
                TaxonomyTerm.taxonomy == profile.FACILITY,
                col(Attribute.link_id).in_(sorted(location_ids)),
            )
        )
    )


def _places(session: Session, found: dict[str, ServiceDetails]) -> None:
    rows = session.exec(
        select(ServiceAtLocation, Location, Address)
        .join(Location, col(Location.id) == ServiceAtLocation.location_id)
        .join(Address, col(Address.location_id) == Location.id, isouter=True)
        .where(col(ServiceAtLocation.service_id).in_(list(found)))
        .order_by(col(Address.city))
    ).all()
    prisons = _facility_ids(session, {location.id for _, location, _ in rows})
    for link, location, address in rows:
        details = found[link.service_id]
        city = address.city if address else None
        if location.id in prisons:
            details.prisons[location.id] = location.name or ""
            continue
        if city and city not in details.towns:
            details.towns.append(city)
        if address is not None:
            street = ", ".join(part for part in (address.address_1, address.address_2) if part)
            town = " ".join(part for part in (address.postal_code, address.city) if part)
            written = ", ".join(part for part in (street, town) if part)
            if written and written not in details.addresses:
                details.addresses.append(written)
    for hours in session.exec(select(Schedule).where(col(Schedule.service_id).in_(list(found)))):
        said = hours.description or _hours(hours)
        if hours.service_id in found and said:
            found[hours.service_id].hours.append(said)


def _hours(schedule: Schedule) -> str:
    """ "Po–Pá 8:00–16:00" from an HSDS schedule row without a description."""
    if schedule.opens_at is None or schedule.closes_at is None:
        return ""
    days = (schedule.byday or "").replace(",", ", ")
    span = f"{schedule.opens_at:%H:%M}–{schedule.closes_at:%H:%M}"
    return f"{days} {span}".strip()


def _terms(session: Session, found: dict[str, ServiceDetails]) -> None:
    organizations = {d.organization_id for d in found.values()}
    rows = session.exec(
        select(Attribute, TaxonomyTerm)
        .join(TaxonomyTerm, col(TaxonomyTerm.id) == Attribute.taxonomy_term_id)
        .where(col(Attribute.link_id).in_([*found, *organizations]))
    )
    by_org: dict[str, list[str]] = defaultdict(list)
    for attribute, term in rows:
        if attribute.link_entity == "organization" and term.taxonomy == profile.TRUST:
            by_org[attribute.link_id].append(term.name)
        details = found.get(attribute.link_id)
        if details is None or attribute.link_entity != "service":
            continue
        if term.taxonomy == profile.NEED and term.code:
            details.needs.append(term.code)
        elif term.taxonomy == profile.TARGET and term.code:
            details.targets.append(term.code)
        elif term.taxonomy == profile.REQUIREMENT:
            details.requirements.append(term.name)
            if term.code:
                details.requirement_codes.append(term.code)
    sources: dict[str, list[str]] = defaultdict(list)
    for funding in session.exec(select(Funding).where(col(Funding.organization_id).in_(organizations))):
        if (
            funding.organization_id
            and funding.source
            and funding.source not in sources[funding.organization_id]
        ):
            sources[funding.organization_id].append(funding.source)
    for details in found.values():
        details.trust = sorted(by_org.get(details.organization_id, []))
        details.funding = sources.get(details.organization_id, [])


def _contacts(session: Session, found: dict[str, ServiceDetails]) -> None:
    links = session.exec(
        select(ServiceAtLocation).where(col(ServiceAtLocation.service_id).in_(list(found)))
    ).all()
    at_prison = {link.id: link.location_id for link in links}
    owner_of_link = {link.id: link.service_id for link in links}
    people: dict[str, tuple[str, Person]] = {}
    contacts = session.exec(
        select(Contact).where(
            col(Contact.service_id).in_(list(found))
            | col(Contact.service_at_location_id).in_(list(at_prison))
        )
    )
    for contact in contacts:
        link_id = contact.service_at_location_id
        owner = contact.service_id or (owner_of_link.get(link_id) if link_id else None)
        if owner not in found:
            continue
        person = Person(
            contact.name or "",
            contact.title or "",
            email=contact.email or "",
            prison_id=at_prison.get(link_id, "") if link_id else "",
        )
        people[contact.id] = (owner, person)
        found[owner].people.append(person)
    phones = session.exec(
        select(Phone)
        .where(col(Phone.service_id).in_(list(found)) | col(Phone.contact_id).in_(list(people)))
        .order_by(col(Phone.id))
    )
    for phone in phones:
        if phone.contact_id in people:
            people[phone.contact_id][1].phones.append(phone.number)
        elif phone.service_id in found and phone.number not in found[phone.service_id].phones:
            found[phone.service_id].phones.append(phone.number)


def _capacity(session: Session, found: dict[str, ServiceDetails]) -> None:
    registered = _capacity_rows(session, found)
    rows = session.exec(
        select(ServiceCapacity, Unit)
        .join(Unit, col(Unit.id) == ServiceCapacity.unit_id, isouter=True)
        .where(col(ServiceCapacity.service_id).in_(list(found)))
        .order_by(col(ServiceCapacity.updated).desc())
    )
    for held, unit in rows:
        free = Free(held.available, held.maximum, unit.name if unit else "", held.updated)
        details = found[held.service_id]
        (details.registered if held.id in registered else details.capacity).append(free)


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
