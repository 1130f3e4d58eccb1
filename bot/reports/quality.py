"""How fresh and complete the data are, per organisation: what a coordinator chases."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Engine, select

from bot import clock
from bot.clock import aware
from bot.models import Contact, Organization, Phone, Service, ServiceCapacity, table_of


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


def by_organization(
    engine: Engine, *, now: datetime | None = None, stale_days: int = 7
) -> list[OrganizationQuality]:
    """Active services per organisation and what is wrong with them, the worst first."""
    moment = now or clock.utc_now()
    today = moment.date()
    s, o = table_of(Service).c, table_of(Organization).c
    with engine.connect() as connection:
        services = connection.execute(
            select(s.id, s.organization_id, s.assured_date, s.email, s.url, s.eligibility_description).where(
                s.status == "active"
            )
        ).all()
        organizations = {row[0]: row for row in connection.execute(select(o.id, o.name, o.email, o.website))}
        phone, contact = table_of(Phone).c, table_of(Contact).c
        with_phone = set(
            connection.execute(select(phone.service_id).where(phone.service_id.is_not(None))).scalars()
        )
        org_phone = set(
            connection.execute(
                select(phone.organization_id).where(phone.organization_id.is_not(None))
            ).scalars()
        )
        with_person = set(
            connection.execute(select(contact.service_id).where(contact.service_id.is_not(None))).scalars()
        )
        capacity = table_of(ServiceCapacity).c
        stale_capacity: dict[str, int] = defaultdict(int)
        horizon = moment - timedelta(days=stale_days)
        for service_id, updated in connection.execute(select(capacity.service_id, capacity.updated)):
            if aware(updated) < horizon:
                stale_capacity[service_id] += 1
    found: dict[str, OrganizationQuality] = {}
    for service_id, organization_id, assured, email, url, eligibility in services:
        organization = organizations.get(organization_id)
        quality = found.setdefault(
            organization_id, OrganizationQuality(organization[1] if organization else organization_id)
        )
        quality.services += 1
        age = (today - assured).days if isinstance(assured, date) else None
        if age is None or age > 90:
            quality.unverified_90 += 1
            quality.stale_service_ids.append(service_id)
        if age is None or age > 180:
            quality.unverified_180 += 1
        quality.stale_capacities += stale_capacity.get(service_id, 0)
        organization_contacts = (
            bool(organization and (organization[2] or organization[3])) or organization_id in org_phone
        )
        if not (
            email or url or service_id in with_phone or service_id in with_person or organization_contacts
        ):
            quality.no_contacts += 1
        if not (eligibility or "").strip():
            quality.no_eligibility += 1
    return sorted(found.values(), key=lambda q: (-q.problems, q.organization))
