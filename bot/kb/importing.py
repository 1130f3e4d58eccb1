"""Import a validated package into the database: all of it in one transaction, or nothing."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, delete, insert, select
from sqlmodel import Session

from bot import clock
from bot.kb.problems import PackageError, Problem
from bot.kb.published import keep_newer, snapshot
from bot.kb.reading import read_package
from bot.kb.schema import TABLES
from bot.kb.validation import ValidPackage, validate
from bot.models import KnowledgeBaseVersion, ServiceCapacity, table_of

log = logging.getLogger(__name__)
_CHUNK = 5_000


@dataclass(frozen=True)
class ImportReport:
    source: str
    counts: dict[str, int]
    warnings: list[Problem]
    replaced: bool
    kept: dict[str, int] = field(default_factory=dict)  # rows published in the bot, newer than the package


def sample_knowledge_path() -> Path:
    """The sample knowledge base shipped in knowledge/sample."""
    return Path(str(files("knowledge") / "sample"))


def check_package(path: Path, *, tz: ZoneInfo) -> ValidPackage:
    """Read and validate a package on its own (what `spojka kb validate` does)."""
    return validate(read_package(path), tz=tz)


def existing_ids(engine: Engine) -> dict[str, set[str]]:
    with engine.connect() as connection:
        return {spec.name: set(connection.execute(select(spec.table.c.id)).scalars()) for spec in TABLES}


def import_package(engine: Engine, path: Path, *, tz: ZoneInfo, replace: bool = False) -> ImportReport:
    """Validate `path` and write it to the database.

    Without `replace` the package is added to what is there (ids must not clash, references
    may point to rows already in the database); with `replace` the knowledge base becomes
    exactly the package. Raises PackageError, with every problem, when anything is wrong;
    the database is then untouched.
    """
    raw = read_package(path)
    package = validate(raw, tz=tz, existing_ids=None if replace else existing_ids(engine))
    if package.errors:
        raise PackageError(package.problems)
    kept = write_package(engine, package, replace=replace)
    return ImportReport(
        source=str(path),
        counts={name: len(rows) for name, rows in package.rows.items()},
        warnings=package.warnings,
        replaced=replace,
        kept=kept,
    )


def write_package(engine: Engine, package: ValidPackage, *, replace: bool) -> dict[str, int]:
    """Write the rows; with `replace`, what the bot published later than the package is kept
    (bot/kb/published.py). Returns how many rows were kept that way, per table."""
    kept: dict[str, int] = {}
    with engine.begin() as connection:
        if replace:
            kept = keep_newer(package.rows, snapshot(connection))
            for spec in reversed(TABLES):
                connection.execute(delete(spec.table))
        for spec in TABLES:
            rows = package.rows.get(spec.name, [])
            table = spec.table
            for start in range(0, len(rows), _CHUNK):
                connection.execute(insert(table), rows[start : start + _CHUNK])
        connection.execute(
            insert(table_of(KnowledgeBaseVersion)),
            {
                "imported_at": clock.utc_now(),
                "source": package.source,
                "services": package.count("service"),
                "replaced": replace,
            },
        )
    return kept


def seed_sample_knowledge(engine: Engine, *, tz: ZoneInfo) -> ImportReport:
    """Fill a new embedded database with the sample knowledge base.

    The sample's capacity stamps are moved so that the newest is "now": otherwise, a week
    after the sample was written, a newcomer asking for free places would find none fresh.
    """
    report = import_package(engine, sample_knowledge_path(), tz=tz, replace=True)
    capacity = table_of(ServiceCapacity)
    with engine.begin() as connection:
        stamps = connection.execute(select(capacity.c.id, capacity.c.updated)).all()
        if stamps:
            newest = max(updated for _, updated in stamps)
            shift = clock.utc_now() - newest
            for capacity_id, updated in stamps:
                connection.execute(
                    capacity.update().where(capacity.c.id == capacity_id).values(updated=updated + shift)
                )
    log.info("seeded the sample knowledge base: %d services", report.counts.get("service", 0))
    return report


def latest_version(engine: Engine) -> KnowledgeBaseVersion | None:
    """The newest import, or None for an empty knowledge base."""
    with Session(engine) as session:
        statement = select(KnowledgeBaseVersion).order_by(KnowledgeBaseVersion.id.desc()).limit(1)  # type: ignore[union-attr]
        return session.execute(statement).scalars().first()
