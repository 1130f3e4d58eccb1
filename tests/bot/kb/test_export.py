"""Exports: an HSDS tabular datapackage whose services validate as compiled HSDS objects."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from bot.kb.compiled import compiled_services
from bot.kb.exporting import export_package
from bot.kb.importing import import_package
from bot.kb.schema import TABLES
from tests.conftest import SAMPLE, SHARED
from tests.helpers import read_rows

if TYPE_CHECKING:
    import jsonschema


def service_validator() -> jsonschema.protocols.Validator:
    # imported here: jsonschema's format checkers take ~1.3 s to import, which every test
    # worker would pay while collecting
    import jsonschema

    schema = json.loads((SHARED / "hsds" / "schema" / "service.json").read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    return validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)


def test_every_exported_service_validates_against_the_hsds_schema(engine: Engine, tz: ZoneInfo) -> None:
    import_package(engine, SAMPLE, tz=tz)
    validator = service_validator()

    services = compiled_services(engine)

    assert len(services) == len(read_rows(SAMPLE / "services.csv"))
    for service in services:
        problems = [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(service)
        ]
        assert problems == [], service["name"]


def test_a_compiled_service_carries_what_a_worker_needs(engine: Engine, tz: ZoneInfo) -> None:
    import_package(engine, SAMPLE, tz=tz)

    shelter = next(s for s in compiled_services(engine) if s["name"] == "Azylový dům Most naděje Ostrava")

    assert shelter["organization"]["name"] == "Most naděje, z. s."
    assert shelter["capacities"][0]["unit"]["name"] == "lůžko"
    assert {a["taxonomy_term"]["code"] for a in shelter["attributes"]} >= {"housing-shelter", "men"}
    assert shelter["service_at_locations"][0]["location"]["addresses"][0]["city"] == "Ostrava"


def test_the_official_example_exports_valid_services(engine: Engine, tz: ZoneInfo) -> None:
    import_package(engine, SHARED / "hsds" / "examples" / "csv", tz=tz)

    services = compiled_services(engine)

    assert len(services) == 1
    assert list(service_validator().iter_errors(services[0])) == []


def test_the_export_is_a_complete_datapackage(engine: Engine, tz: ZoneInfo, tmp_path: Path) -> None:
    import_package(engine, SAMPLE, tz=tz)

    counts = export_package(engine, tmp_path)

    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in descriptor["resources"]] == [spec.file for spec in TABLES]
    for spec in TABLES:
        header = (tmp_path / spec.file).read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == list(spec.column_names)
    assert counts["service"] == len(read_rows(tmp_path / "services.csv"))
    # IČO keeps its leading zero: it is text
    assert all(r["identifier"].startswith("0") for r in read_rows(tmp_path / "organization_identifiers.csv"))
