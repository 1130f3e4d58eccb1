"""What the knowledge base holds, in the numbers a coordinator checks after an import."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select
from sqlmodel import Session

from bot.kb import profile
from bot.kb.importing import latest_version
from bot.kb.schema import TABLES
from bot.models import Attribute, KnowledgeBaseVersion, Service, TaxonomyTerm, table_of


@dataclass(frozen=True)
class KnowledgeBaseStats:
    rows: dict[str, int]
    active_services: int
    prisons: int
    services_by_need: dict[str, int] = field(default_factory=dict)  # need code -> active services
    need_names: dict[str, str] = field(default_factory=dict)  # need code -> its Czech name in the KB
    last_import: KnowledgeBaseVersion | None = None


def knowledge_base_stats(engine: Engine) -> KnowledgeBaseStats:
    service, attribute, term = table_of(Service).c, table_of(Attribute).c, table_of(TaxonomyTerm).c
    with Session(engine) as session:
        rows = {
            spec.name: session.execute(select(func.count()).select_from(table_of(spec.model))).scalar_one()
            for spec in TABLES
        }
        active = session.execute(
            select(func.count()).select_from(table_of(Service)).where(service.status == "active")
        ).scalar_one()
        prisons = session.execute(
            select(func.count(func.distinct(attribute.link_id)))
            .join_from(table_of(Attribute), table_of(TaxonomyTerm), term.id == attribute.taxonomy_term_id)
            .where(attribute.link_entity == "location", term.taxonomy == profile.FACILITY)
        ).scalar_one()
        names = {
            code: name
            for code, name in session.execute(
                select(term.code, term.name).where(term.taxonomy == profile.NEED)
            )
            if code
        }
        by_need = session.execute(
            select(term.code, func.count(func.distinct(service.id)))
            .join_from(table_of(TaxonomyTerm), table_of(Attribute), attribute.taxonomy_term_id == term.id)
            .join(table_of(Service), service.id == attribute.link_id)
            .where(
                term.taxonomy == profile.NEED, attribute.link_entity == "service", service.status == "active"
            )
            .group_by(term.code)
        ).all()
    return KnowledgeBaseStats(
        rows=rows,
        active_services=active,
        prisons=prisons,
        services_by_need={code: count for code, count in by_need if code is not None},
        need_names=names,
        last_import=latest_version(engine),
    )
