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


def import_runs(engine: Engine, *, limit: int = 20) -> list[ImportRun]:
    """The newest runs first, without their lists of changes."""
    runs = table_of(RegistryImport).c
    with engine.connect() as connection:
        rows = connection.execute(
            select(
                runs.id,
                runs.imported_at,
                runs.source,
                runs.as_of,
                runs.added,
                runs.updated,
                runs.ended,
                runs.unchanged,
                runs.kept,
            )
            .order_by(runs.id.desc())
            .limit(limit)
        ).all()
    return [ImportRun(*row) for row in rows]


def import_run(engine: Engine, run_id: int) -> ImportRun | None:
    """One run with every change it made; None when there is no such run."""
    runs = table_of(RegistryImport).c
    with engine.connect() as connection:
        row = connection.execute(
            select(
                runs.id,
                runs.imported_at,
                runs.source,
                runs.as_of,
                runs.added,
                runs.updated,
                runs.ended,
                runs.unchanged,
                runs.kept,
                runs.changes,
            ).where(runs.id == run_id)
        ).first()
    if row is None:
        return None
    return ImportRun(*row[:9], changes=json.loads(row[9]))
