"""Shared steps of the register tests: the fixture, a private copy to change, a service by register id."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from bot.kb.registry.convert import rid
from bot.models import Service, table_of

FIXTURE = Path(__file__).parent / "registry_fixture"
AS_OF = date(2026, 11, 28)
MEN_SHELTER = "5000001"  # Azylový dům pro muže Ústí nad Labem
WOMEN_SHELTER = "5000002"
ENDED_IN_2012 = "5000003"
NO_OWN_CONTACTS = "5000004"  # Děčín: the service has no contacts, its provider has
HALFWAY_MOST = "5000005"
NIGHT_SHELTER = "5000006"  # one facility closed in 2019, one open
OUTREACH = "5000009"  # Ostrava, also reaching Olomoucký kraj
COUNSELLING_BRNO = "5000010"
STARTS_NEXT_YEAR = "5000013"


def service_id(register_id: str) -> str:
    return rid("service", register_id)


def register_copy(tmp_path: Path) -> Path:
    target = tmp_path / "rpss"
    shutil.copytree(FIXTURE, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return target


def load_items(folder: Path) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads((folder / "rpss.json").read_text(encoding="utf-8"))["polozky"]
    return items


def save_items(folder: Path, items: list[dict[str, Any]]) -> None:
    (folder / "rpss.json").write_text(json.dumps({"polozky": items}, ensure_ascii=False), encoding="utf-8")


def item(items: list[dict[str, Any]], register_id: str) -> dict[str, Any]:
    return next(i for i in items if i["id"] == register_id)


def service_row(engine: Engine, register_id: str) -> dict[str, Any]:
    service = table_of(Service)
    with engine.connect() as connection:
        row = (
            connection.execute(select(service).where(service.c.id == service_id(register_id)))
            .mappings()
            .one()
        )
    return dict(row)
