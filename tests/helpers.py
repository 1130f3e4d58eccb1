"""Small helpers the tests share: database snapshots and surgical edits of CSV packages."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlmodel import Session

from bot.database import unit_of_work
from bot.kb.exporting import read_table
from bot.kb.schema import TABLES

T = TypeVar("T")


def act(engine: Engine, action: Callable[..., T], /, **values: Any) -> T:
    """Do one core action in a unit of work of its own, as a handler does for one tap."""
    session: Session
    with unit_of_work(engine) as session:
        return action(session=session, **values)


def snapshot(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every knowledge-base row, per table, ordered by id: two equal snapshots hold the same data."""
    return {spec.name: read_table(engine, spec) for spec in TABLES}


def read_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(
    path: Path, rows: list[dict[str, str]], columns: list[str] | None = None, encoding: str = "utf-8"
) -> None:
    fields = columns or list(rows[0])
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def edit_cell(path: Path, index: int, column: str, value: str) -> int:
    """Set one cell of data row `index` (0-based); returns the CSV line number of that row."""
    rows = read_rows(path)
    rows[index][column] = value
    write_rows(path, rows)
    return index + 2
