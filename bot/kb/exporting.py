"""Export the knowledge base as an HSDS 3.1 tabular datapackage (datapackage.json + CSV files)."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from bot.kb.schema import TABLES, ColumnSpec, TableSpec

_FRICTIONLESS_TYPES = {
    "text": "string",
    "integer": "integer",
    "number": "number",
    "date": "date",
    "datetime": "datetime",
    "time": "time",
}


def format_value(value: Any) -> str:
    """One cell as HSDS writes it: ISO dates, whole numbers without '.0', empty for nothing."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def read_table(engine: Engine, spec: TableSpec) -> list[dict[str, Any]]:
    """Every row of one table as plain dicts, ordered by id so exports are reproducible."""
    table = spec.table
    with engine.connect() as connection:
        result = connection.execute(select(table).order_by(table.c.id))
        return [dict(row._mapping) for row in result]


def export_package(engine: Engine, out_dir: Path) -> dict[str, int]:
    """Write every table (an empty one as a header) and a datapackage.json describing them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for spec in TABLES:
        rows = read_table(engine, spec)
        with open(out_dir / spec.file, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(spec.column_names)
            for row in rows:
                writer.writerow([format_value(row[name]) for name in spec.column_names])
        counts[spec.name] = len(rows)
    descriptor = {
        "name": "spojka-knowledge-base",
        "title": "Spojka knowledge base (HSDS 3.1, Spojka profile)",
        "profile": "tabular-data-package",
        "version": "3.1",
        "resources": [_resource(spec) for spec in TABLES],
    }
    (out_dir / "datapackage.json").write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return counts


def _field(column: ColumnSpec) -> dict[str, Any]:
    described: dict[str, Any] = {"name": column.name, "type": _FRICTIONLESS_TYPES[column.kind]}
    if column.name == "id" or column.name.endswith("_id"):
        described["format"] = "uuid"
    if column.required:
        described["constraints"] = {"required": True}
    return described


def _resource(spec: TableSpec) -> dict[str, Any]:
    return {
        "name": spec.name,
        "path": spec.file,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {
            "fields": [_field(c) for c in spec.columns],
            "primaryKey": "id",
            "foreignKeys": [
                {"fields": r.column, "reference": {"resource": r.target, "fields": "id"}}
                for r in spec.references
                if r.hard
            ],
        },
    }
