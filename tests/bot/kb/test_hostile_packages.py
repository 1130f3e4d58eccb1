"""Hostile or damaged packages: each gets a file/line refusal, never a traceback, and the
database stays exactly as it was."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from bot.kb import reading
from bot.kb.importing import import_package
from bot.kb.problems import PackageError
from tests.conftest import SAMPLE
from tests.helpers import edit_cell, snapshot


def refused(engine: Engine, package: Path, tz: ZoneInfo) -> list[str]:
    """Import `package` over the sample; the messages it was refused with (the database unchanged)."""
    before = snapshot(engine)
    with pytest.raises(PackageError) as refusal:
        import_package(engine, package, tz=tz, replace=True)
    assert snapshot(engine) == before
    return [f"{p.file}:{p.line}: {p.message}" for p in refusal.value.errors]


def point_resource(package: Path, table: str, path: str) -> None:
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["name"] == table:
            resource["path"] = path
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")


@pytest.mark.parametrize("outside", ["../outside.csv", "/etc/passwd", "sub/../../outside.csv"])
def test_a_resource_outside_the_package_is_never_read(
    engine: Engine, tz: ZoneInfo, tmp_path: Path, outside: str
) -> None:
    import_package(engine, SAMPLE, tz=tz)
    package = tmp_path / "pkg"
    shutil.copytree(SAMPLE, package)
    # a perfectly valid phone table, but outside the package
    shutil.copy(package / "phones.csv", tmp_path / "outside.csv")
    point_resource(package, "phone", outside)

    messages = refused(engine, package, tz)

    assert any("outside the package" in m for m in messages), messages


def test_a_zip_that_unpacks_to_too_much_is_refused_before_it_is_read(
    engine: Engine, tz: ZoneInfo, tmp_path: Path
) -> None:
    import_package(engine, SAMPLE, tz=tz)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in SAMPLE.iterdir():
            if path.name != "phones.csv":
                archive.write(path, path.name)
        header = (SAMPLE / "phones.csv").read_text(encoding="utf-8").splitlines()[0]
        with archive.open("phones.csv", "w", force_zip64=True) as member:
            member.write((header + "\n").encode())
            row = b"," * header.count(",") + b"\n"
            for _ in range((reading.MAX_PACKAGE_BYTES // len(row)) // 1000 + 1):
                member.write(row * 1000)
    assert bomb.stat().st_size < 2 * 2**20

    messages = refused(engine, bomb, tz)

    assert any(f"more than the {reading.MAX_PACKAGE_BYTES // 2**20} MB" in m for m in messages), messages


def test_a_damaged_zip_is_a_message(engine: Engine, tz: ZoneInfo, tmp_path: Path) -> None:
    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in SAMPLE.iterdir():
            archive.write(path, path.name)
    data = bytearray(good.read_bytes())
    # spoil the compressed bytes of the first member but keep the central directory intact
    for offset in range(200, 1200):
        data[offset] ^= 0x5A
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))

    messages = refused(engine, damaged, tz)

    assert any(m.startswith("damaged.zip") and "damaged" in m for m in messages), messages


@pytest.mark.parametrize("where", ["datapackage.json", "document.json"])
def test_deeply_nested_json_is_a_message(engine: Engine, tz: ZoneInfo, tmp_path: Path, where: str) -> None:
    nested = "[" * 100_000 + "]" * 100_000
    if where == "datapackage.json":
        package = tmp_path / "pkg"
        shutil.copytree(SAMPLE, package)
        (package / "datapackage.json").write_text(nested, encoding="utf-8")
    else:
        package = tmp_path / "document.json"
        package.write_text('{"service": ' + nested + "}", encoding="utf-8")

    messages = refused(engine, package, tz)

    assert any("nested too deeply" in m for m in messages), messages


def test_nested_service_objects_are_a_message_not_a_recursion_error(
    engine: Engine, tz: ZoneInfo, tmp_path: Path
) -> None:
    document: dict[str, object] = {"id": "x", "name": "x"}
    inner = document
    for _ in range(300):  # within what json can parse, far deeper than HSDS nests
        child: dict[str, object] = {"id": "y", "name": "y"}
        inner["organization"] = {"id": "o", "name": "o", "location": {"id": "l", "organization": child}}
        inner = child
    package = tmp_path / "deep.json"
    package.write_text(json.dumps(document), encoding="utf-8")

    messages = refused(engine, package, tz)

    assert any("nested too deeply" in m for m in messages), messages


def test_a_hundred_thousand_digit_number_is_a_message(engine: Engine, tz: ZoneInfo, tmp_path: Path) -> None:
    package = tmp_path / "numbers.json"
    package.write_text('{"service_capacity": [{"id": "a", "available": ' + "9" * 100_000 + "}]}")

    messages = refused(engine, package, tz)

    assert any(m.startswith("numbers.json") and "too long" in m for m in messages), messages


def test_a_hundred_thousand_digit_number_in_a_csv_is_a_message(
    engine: Engine, tz: ZoneInfo, sample_copy: Path
) -> None:
    line = edit_cell(sample_copy / "service_capacity.csv", 0, "available", "9" * 100_000)

    messages = refused(engine, sample_copy, tz)

    assert any(m.startswith(f"service_capacity.csv:{line}:") for m in messages), messages


def test_a_nul_byte_in_a_csv_is_a_message_on_every_database(
    engine: Engine, tz: ZoneInfo, sample_copy: Path
) -> None:
    import_package(engine, SAMPLE, tz=tz)
    line = edit_cell(sample_copy / "services.csv", 1, "description", "Azylový dům\x00 pro muže")

    messages = refused(engine, sample_copy, tz)

    assert any(m.startswith(f"services.csv:{line}:") and "NUL" in m for m in messages), messages
