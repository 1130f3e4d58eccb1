"""The answer as a worker reads it: Czech text with contacts, capacity and trust signals.

Plain text here; the Telegram handlers pass an `escape` function for HTML. Details are read
from the database only for the services shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Engine, select

from bot.kb import profile
from bot.models import (
    Attribute,
    Contact,
    Organization,
    Phone,
    Service,
    ServiceCapacity,
    TaxonomyTerm,
    Unit,
    table_of,
)
from bot.search.answering import Answer, Hit
from bot.search.catalog import Catalog, Prison

RELAXED_CS = {
    "capacity": "bez volné kapacity (teď nemají volno, nebo ji dlouho neaktualizovali)",
    "place": "jinde než v požadovaném místě",
    "prison": "mimo požadovanou věznici",
    "needs": "jiné služby, které tam působí",
    "targets": "pro jinou cílovou skupinu",
    "place+capacity": "jinde, bez volné kapacity",
    "prison+capacity": "mimo požadovanou věznici, bez volné kapacity",
    "needs+capacity": "jiné služby, které tam působí, bez volné kapacity",
}
NEED_CS_FALLBACK = "potřeba"


@dataclass
class ServiceCard:
    service_id: str
    name: str
    organization: str
    eligibility: str = ""
    assured: date | None = None
    alert: str = ""
    email: str = ""
    phones: list[str] = field(default_factory=list)
    capacity: list[tuple[int, int | None, datetime, str]] = field(default_factory=list)
    trust: list[str] = field(default_factory=list)
    minimum_age: int | None = None
    maximum_age: int | None = None


def load_cards(engine: Engine, service_ids: Sequence[str]) -> dict[str, ServiceCard]:
    if not service_ids:
        return {}
    service, org = table_of(Service).c, table_of(Organization).c
    contact, phone = table_of(Contact).c, table_of(Phone).c
    capacity, unit = table_of(ServiceCapacity).c, table_of(Unit).c
    attribute, term = table_of(Attribute).c, table_of(TaxonomyTerm).c
    cards: dict[str, ServiceCard] = {}
    org_of: dict[str, str] = {}
    with engine.connect() as connection:
        rows = connection.execute(
            select(
                service.id,
                service.name,
                org.name,
                org.id,
                service.eligibility_description,
                service.assured_date,
                service.alert,
                service.email,
                org.email,
                service.minimum_age,
                service.maximum_age,
            )
            .join_from(table_of(Service), table_of(Organization), org.id == service.organization_id)
            .where(service.id.in_(service_ids))
        )
        for sid, name, org_name, org_id, eligibility, assured, alert, email, org_email, amin, amax in rows:
            cards[sid] = ServiceCard(
                sid,
                name,
                org_name,
                eligibility or "",
                assured,
                alert or "",
                email or org_email or "",
                minimum_age=amin,
                maximum_age=amax,
            )
            org_of[sid] = org_id
        contact_ids: dict[str, str] = dict(
            connection.execute(
                select(contact.id, contact.service_id).where(contact.service_id.in_(service_ids))
            ).all()
        )
        for number, service_id, contact_id in connection.execute(
            select(phone.number, phone.service_id, phone.contact_id).where(
                phone.service_id.in_(service_ids) | phone.contact_id.in_(list(contact_ids))
            )
        ):
            owner = service_id if service_id in cards else contact_ids.get(contact_id)
            if owner in cards and number not in cards[owner].phones:
                cards[owner].phones.append(number)
        for service_id, available, maximum, updated, unit_name in connection.execute(
            select(capacity.service_id, capacity.available, capacity.maximum, capacity.updated, unit.name)
            .join_from(table_of(ServiceCapacity), table_of(Unit), unit.id == capacity.unit_id, isouter=True)
            .where(capacity.service_id.in_(service_ids))
        ):
            cards[service_id].capacity.append((available, maximum, updated, unit_name or ""))
        orgs = set(org_of.values())
        trust_of: dict[str, list[str]] = {}
        for link_id, term_name in connection.execute(
            select(attribute.link_id, term.name)
            .join_from(table_of(Attribute), table_of(TaxonomyTerm), term.id == attribute.taxonomy_term_id)
            .where(attribute.link_id.in_(orgs), term.taxonomy == profile.TRUST)
        ):
            trust_of.setdefault(link_id, []).append(term_name)
        for sid, org_id in org_of.items():
            cards[sid].trust = sorted(trust_of.get(org_id, []))
    return cards


def understood_text(result: Answer, catalog: Catalog) -> str:
    found = result.understanding
    parts: list[str] = []
    if found.prisons:
        parts.append("věznice: " + ", ".join(_prison_name(catalog.prisons[p]) for p in found.prisons))
    if found.towns:
        parts.append("místo: " + ", ".join(catalog.towns.get(t, t) for t in found.towns))
        for reading in found.readings:
            if reading.kind == "town" and reading.note == "no prison word":
                town = catalog.towns.get(reading.value, reading.value)
                parts[-1] += f" (město; pro věznici napište „věznice {town}“)"
                break
    if found.regions:
        parts.append("kraj: " + ", ".join(found.regions))
    if found.needs:
        parts.append("potřeba: " + ", ".join(_term(catalog, profile.NEED, n) for n in found.needs))
    if found.targets:
        parts.append("pro: " + ", ".join(_term(catalog, profile.TARGET, t) for t in found.targets))
    if found.organizations:
        parts.append("organizace: " + ", ".join(catalog.org_names[o][0] for o in found.organizations))
    if found.capacity_available:
        parts.append("jen s volnou kapacitou")
    return "; ".join(parts)


def _prison_name(prison: Prison) -> str:
    return prison.name or prison.location_id


def _term(catalog: Catalog, taxonomy: str, code: str) -> str:
    return catalog.term_names.get((taxonomy, code), code)


def answer_text(
    result: Answer,
    catalog: Catalog,
    cards: dict[str, ServiceCard],
    *,
    escape: Callable[[str], str] = str,
    bold: Callable[[str], str] = str,
    today: date | None = None,
) -> str:
    found = result.understanding
    if found.empty:
        hint = "Napište, co klient potřebuje a kde, např. „azylový dům Ostrava“ nebo „drogy věznice Opava“."
        unknown = f" (nerozumím: {escape(', '.join(found.unknown_words[:5]))})" if found.unknown_words else ""
        return f"Této otázce nerozumím{unknown}. {hint}"
    lines = [f"Rozuměl jsem: {escape(understood_text(result, catalog))}"]
    if result.results:
        lines.append("")
        lines.extend(_hits(result.results, catalog, cards, escape, bold, today))
        return "\n".join(lines)
    lines.append("")
    lines.append("Nenašel jsem nic, co by odpovídalo všemu.")
    if result.alternatives:
        lines.append("Nejbližší možnosti:")
        groups: list[list[Hit]] = []
        for hit in result.alternatives:
            if not groups or groups[-1][0].relaxed != hit.relaxed:
                groups.append([])
            groups[-1].append(hit)
        shown = 0
        for group in groups:
            lines.append("")
            lines.append(f"– {RELAXED_CS.get(group[0].relaxed, 'částečná shoda')}:")
            lines.extend(_hits(group, catalog, cards, escape, bold, today, start=shown + 1))
            shown += len(group)
    return "\n".join(lines)


def _hits(
    hits: list[Hit],
    catalog: Catalog,
    cards: dict[str, ServiceCard],
    escape: Callable[[str], str],
    bold: Callable[[str], str],
    today: date | None,
    start: int = 1,
) -> list[str]:
    lines: list[str] = []
    for number, hit in enumerate(hits, start=start):
        card = cards.get(catalog.service_ids[hit.service])
        if card is None:
            continue
        lines.append(f"{number}. {bold(escape(card.name))} – {escape(card.organization)}")
        contact = ", ".join(filter(None, [*card.phones[:2], card.email]))
        if contact:
            lines.append(f"   kontakt: {escape(contact)}")
        for available, maximum, updated, unit in card.capacity[:2]:
            total = f" z {maximum}" if maximum is not None else ""
            what = f"{escape(unit)}, " if unit else ""
            lines.append(f"   volno: {available}{total} ({what}stav k {updated:%-d. %-m. %Y})")
        if card.eligibility:
            lines.append(f"   podmínky: {escape(card.eligibility)}")
        ages = _ages(card)
        if ages:
            lines.append(f"   věk: {ages}")
        if card.alert:
            lines.append(f"   upozornění: {escape(card.alert)}")
        if card.trust:
            lines.append(f"   důvěra: {escape(', '.join(card.trust))}")
        if card.assured:
            age = f" ({(today - card.assured).days} dní)" if today and today >= card.assured else ""
            lines.append(f"   ověřeno: {card.assured:%-d. %-m. %Y}{age}")
    return lines


def _ages(card: ServiceCard) -> str:
    if card.minimum_age is not None and card.maximum_age is not None:
        return f"{card.minimum_age}–{card.maximum_age} let"
    if card.minimum_age is not None:
        return f"od {card.minimum_age} let"
    if card.maximum_age is not None:
        return f"do {card.maximum_age} let"
    return ""
