"""What each register import changed, as stored in `registry_import` (for `spojka kb registry-log`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Engine, select

from bot.kb.registry.records import RegistryImport
from bot.models import table_of


@dataclass(frozen=True)
class ImportRun:
    id: int
    imported_at: datetime
    source: str
    as_of: date
    added: int
    updated: int
    ended: int
    unchanged: int
    kept: int
    changes: list[dict[str, object]] = field(default_factory=list)


_SUMMARY = ("id", "imported_at", "source", "as_of", "added", "updated", "ended", "unchanged", "kept")


def import_runs(engine: Engine, *, limit: int = 20) -> list[ImportRun]:
    """The newest runs first, without their lists of changes."""
    runs = table_of(RegistryImport).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(*(runs[name] for name in _SUMMARY)).order_by(runs.id.desc()).limit(limit)
        ).all()
    return [ImportRun(*row) for row in rows]


def import_run(engine: Engine, run_id: int) -> ImportRun | None:
    """One run with every change it made; None when there is no such run."""
    runs = table_of(RegistryImport).c
    with engine.connect() as connection:
        row = connection.execute(
            select(*(runs[name] for name in _SUMMARY), runs.changes).where(runs.id == run_id)
        ).first()
    if row is None:
        return None
    summary = dict(zip(_SUMMARY, row, strict=False))
    return ImportRun(**summary, changes=json.loads(row[len(_SUMMARY)]))
