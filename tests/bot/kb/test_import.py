"""Importing knowledge-base packages: the sample, the official HSDS example, JSON, all-or-nothing."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from bot.kb.exporting import export_package
from bot.kb.importing import import_package, latest_version
from bot.kb.problems import PackageError
from bot.models import Contact, Organization, Service, ServiceCapacity
from tests.conftest import SAMPLE, SHARED
from tests.helpers import edit_cell, read_rows, snapshot


def count(engine: Engine, model: type) -> int:
    with Session(engine) as session:
        counted: int = session.execute(select(func.count()).select_from(model)).scalar_one()
        return counted


def test_the_sample_knowledge_base_imports_whole(engine: Engine, tz: ZoneInfo) -> None:
    report = import_package(engine, SAMPLE, tz=tz)

    assert report.warnings == []
    assert count(engine, Organization) == report.counts["organization"] >= 25
    assert count(engine, Service) == report.counts["service"] >= 60
    version = latest_version(engine)
    assert version is not None and version.services == report.counts["service"]


def test_export_then_import_gives_back_the_same_data(engine: Engine, tz: ZoneInfo, tmp_path: Path) -> None:
    import_package(engine, SAMPLE, tz=tz)
    before = snapshot(engine)

    export_package(engine, tmp_path / "exported")
    import_package(engine, tmp_path / "exported", tz=tz, replace=True)

    assert snapshot(engine) == before
    # the capacity time stamps survive with their instant intact
    with Session(engine) as session:
        capacity = session.execute(select(ServiceCapacity).order_by(ServiceCapacity.id)).scalars().first()
    assert capacity is not None and capacity.updated.utcoffset() is not None


def test_the_official_hsds_example_imports_without_error(engine: Engine, tz: ZoneInfo) -> None:
    report = import_package(engine, SHARED / "hsds" / "examples" / "csv", tz=tz)

    assert report.counts["service"] == 1
    assert count(engine, Contact) == 1
    # its dangling optional links are reported, not silently dropped
    assert any("service_capacity.csv" == w.file and w.column == "service_id" for w in report.warnings)


def test_the_official_compiled_service_json_imports(engine: Engine, tz: ZoneInfo) -> None:
    report = import_package(engine, SHARED / "hsds" / "examples" / "service_full.json", tz=tz)

    assert report.counts["service"] == 1
    assert report.counts["organization"] == 1
    # the contact nested under the service, its location and its organisation is one contact
    assert count(engine, Contact) == 1
    with Session(engine) as session:
        contact = session.execute(select(Contact)).scalars().one()
    assert contact.service_at_location_id is not None and contact.organization_id is not None


def test_tabular_json_gives_the_same_knowledge_base_as_the_csv_files(
    engine: Engine, tz: ZoneInfo, tmp_path: Path
) -> None:
    descriptor = json.loads((SAMPLE / "datapackage.json").read_text(encoding="utf-8"))
    document = {r["name"]: read_rows(SAMPLE / r["path"]) for r in descriptor["resources"]}
    as_json = tmp_path / "kb.json"
    as_json.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    import_package(engine, SAMPLE, tz=tz)
    from_csv = snapshot(engine)
    import_package(engine, as_json, tz=tz, replace=True)

    assert snapshot(engine) == from_csv


def test_a_broken_package_leaves_the_database_exactly_as_it_was(
    engine: Engine, tz: ZoneInfo, sample_copy: Path
) -> None:
    import_package(engine, SAMPLE, tz=tz)
    before = snapshot(engine)
    # one bad value in the last table written is enough to refuse everything
    edit_cell(sample_copy / "service_capacity.csv", 0, "available", "-3")

    with pytest.raises(PackageError) as refused:
        import_package(engine, sample_copy, tz=tz, replace=True)

    assert any("negative" in p.message for p in refused.value.problems)
    assert snapshot(engine) == before


def test_importing_the_same_package_twice_asks_for_replace(engine: Engine, tz: ZoneInfo) -> None:
    import_package(engine, SAMPLE, tz=tz)

    with pytest.raises(PackageError) as refused:
        import_package(engine, SAMPLE, tz=tz)

    messages = [p.message for p in refused.value.errors]
    assert any("already exist in the database" in m and "--replace" in m for m in messages)


def test_a_package_may_refer_to_organisations_already_in_the_database(
    engine: Engine, tz: ZoneInfo, tmp_path: Path
) -> None:
    import_package(engine, SAMPLE, tz=tz)
    organization_id = read_rows(SAMPLE / "organizations.csv")[0]["id"]
    addition = tmp_path / "addition"
    addition.mkdir()
    (addition / "services.csv").write_text(
        "id,organization_id,name,status\n"
        f"6d0c0b7e-51f0-4a8e-9d5e-0e7a4b1c2d3e,{organization_id},Nová služba,active\n",
        encoding="utf-8",
    )
    (addition / "datapackage.json").write_text(
        json.dumps({"resources": [{"name": "service", "path": "services.csv"}]}), encoding="utf-8"
    )
    services_before = count(engine, Service)

    import_package(engine, addition, tz=tz)

    assert count(engine, Service) == services_before + 1


@pytest.mark.parametrize(
    ("file", "column", "value"),
    [
        ("services.csv", "organization_id", "0c1d2e3f-0000-4000-8000-000000000000"),
        ("services.csv", "status", "open"),
        ("services.csv", "assured_date", "31.2.2026"),
        ("service_capacity.csv", "available", "-1"),
        ("services.csv", "name", ""),
        ("organizations.csv", "id", "not-a-uuid"),
    ],
)
def test_no_bad_package_reaches_the_database(
    engine: Engine, tz: ZoneInfo, sample_copy: Path, file: str, column: str, value: str
) -> None:
    line = edit_cell(sample_copy / file, 1, column, value)

    with pytest.raises(PackageError) as refused:
        import_package(engine, sample_copy, tz=tz)

    assert any((p.file, p.line, p.column) == (file, line, column) for p in refused.value.errors)
    assert all(rows == [] for rows in snapshot(engine).values())
