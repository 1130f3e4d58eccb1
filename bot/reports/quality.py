"""How fresh and complete the data are, per organisation: what a coordinator chases."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlmodel import Session, col, select

from bot import clock
from bot.clock import aware
from bot.models import Contact, Organization, Phone, Service, ServiceCapacity
from bot.reports import rows


@dataclass
class OrganizationQuality:
    organization: str
    services: int = 0
    unverified_90: int = 0  # assured_date missing or older than 90 days
    unverified_180: int = 0
    stale_capacities: int = 0  # capacity not updated for `stale_days`
    no_contacts: int = 0  # no e-mail, web, phone or contact person (of its own or the organisation's)
    no_eligibility: int = 0
    stale_service_ids: list[str] = field(default_factory=list)

    @property
    def problems(self) -> int:
        return self.unverified_90 + self.stale_capacities + self.no_contacts + self.no_eligibility


class _ServiceFacts(NamedTuple):
    """What the report needs of an active service."""

    id: str
    organization_id: str
    assured_date: date | None
    email: str | None
    url: str | None
    eligibility_description: str | None


class _OrganizationFacts(NamedTuple):
    id: str
    name: str
    email: str | None
    website: str | None


def by_organization(
    *, session: Session, now: datetime | None = None, stale_days: int = 7
) -> list[OrganizationQuality]:
    """Active services per organisation and what is wrong with them, the worst first."""
    moment = now or clock.utc_now()
    today = moment.date()
    services = rows.read(session, _ServiceFacts, Service, col(Service.status) == "active")
    organizations = {org.id: org for org in rows.read(session, _OrganizationFacts, Organization)}
    with_phone = set(session.exec(select(Phone.service_id).where(col(Phone.service_id).is_not(None))))
    org_phone = set(
        session.exec(select(Phone.organization_id).where(col(Phone.organization_id).is_not(None)))
    )
    with_person = set(session.exec(select(Contact.service_id).where(col(Contact.service_id).is_not(None))))
    stale_capacity: dict[str, int] = defaultdict(int)
    horizon = moment - timedelta(days=stale_days)
    for service_id, updated in session.exec(select(ServiceCapacity.service_id, ServiceCapacity.updated)):
        if aware(updated) < horizon:
            stale_capacity[service_id] += 1
    found: dict[str, OrganizationQuality] = {}
    for service in services:
        organization = organizations.get(service.organization_id)
        quality = found.setdefault(
            service.organization_id,
            OrganizationQuality(organization.name if organization else service.organization_id),
        )
        quality.services += 1
        assured = service.assured_date
        age = (today - assured).days if isinstance(assured, date) else None
        if age is None or age > 90:
            quality.unverified_90 += 1
            quality.stale_service_ids.append(service.id)
        if age is None or age > 180:
            quality.unverified_180 += 1
        quality.stale_capacities += stale_capacity.get(service.id, 0)
        organization_contacts = (
            bool(organization and (organization.email or organization.website))
            or service.organization_id in org_phone
        )
        if not (
            service.email
            or service.url
            or service.id in with_phone
            or service.id in with_person
            or organization_contacts
        ):
            quality.no_contacts += 1
        if not (service.eligibility_description or "").strip():
            quality.no_eligibility += 1
    return sorted(found.values(), key=lambda q: (-q.problems, q.organization))
