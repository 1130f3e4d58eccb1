"""Bad packages: every problem is reported at once, each with its file, line and column."""

from __future__ import annotations

import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.kb.importing import check_package
from bot.kb.problems import Problem
from tests.conftest import SAMPLE
from tests.helpers import edit_cell, read_rows, write_rows


def errors_of(path: Path, tz: ZoneInfo) -> list[Problem]:
    return check_package(path, tz=tz).errors


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_the_sample_is_valid(tz: ZoneInfo) -> None:
    package = check_package(SAMPLE, tz=tz)
    assert package.errors == [] and package.warnings == []


def test_a_duplicate_id_names_both_lines(sample_copy: Path, tz: ZoneInfo) -> None:
    rows = read_rows(sample_copy / "organizations.csv")
    rows[3]["id"] = rows[1]["id"]
    write_rows(sample_copy / "organizations.csv", rows)

    problems = [p for p in errors_of(sample_copy, tz) if p.file == "organizations.csv"]

    problem = only(problems)
    assert (problem.line, problem.column) == (5, "id")
    assert "used twice" in problem.message and "line 3" in problem.message


def test_a_reference_to_a_missing_organisation_is_an_error(sample_copy: Path, tz: ZoneInfo) -> None:
    line = edit_cell(
        sample_copy / "services.csv", 4, "organization_id", "0c1d2e3f-0000-4000-8000-000000000000"
    )

    problem = only([p for p in errors_of(sample_copy, tz) if p.file == "services.csv"])

    assert (problem.line, problem.column) == (line, "organization_id")
    assert "not in organizations.csv" in problem.message


def test_an_unknown_status_lists_the_allowed_ones(sample_copy: Path, tz: ZoneInfo) -> None:
    line = edit_cell(sample_copy / "services.csv", 0, "status", "otevřeno")

    problem = only(errors_of(sample_copy, tz))

    assert (problem.file, problem.line, problem.column) == ("services.csv", line, "status")
    assert "active" in problem.message and "temporarily closed" in problem.message


@pytest.mark.parametrize(
    ("written", "explained"),
    [
        ("31.2.2026", "February 2026 has no day 31"),
        ("2026-13-01", "no month 13"),
        ("brzy", "YYYY-MM-DD"),
    ],
)
def test_impossible_dates_are_explained(
    sample_copy: Path, tz: ZoneInfo, written: str, explained: str
) -> None:
    line = edit_cell(sample_copy / "services.csv", 2, "assured_date", written)

    problem = only(errors_of(sample_copy, tz))

    assert (problem.line, problem.column) == (line, "assured_date")
    assert explained in problem.message


def test_czech_dates_are_understood(sample_copy: Path, tz: ZoneInfo) -> None:
    edit_cell(sample_copy / "services.csv", 2, "assured_date", "1. 3. 2026")

    package = check_package(sample_copy, tz=tz)

    assert package.errors == []
    assert str(package.rows["service"][2]["assured_date"]) == "2026-03-01"


def test_negative_capacity_is_refused(sample_copy: Path, tz: ZoneInfo) -> None:
    line = edit_cell(sample_copy / "service_capacity.csv", 1, "available", "-1")

    problem = only(errors_of(sample_copy, tz))

    assert (problem.file, problem.line, problem.column) == ("service_capacity.csv", line, "available")
    assert "negative" in problem.message


def test_an_unknown_spojka_code_is_refused(sample_copy: Path, tz: ZoneInfo) -> None:
    rows = read_rows(sample_copy / "taxonomy_terms.csv")
    index = next(i for i, r in enumerate(rows) if r["code"] == "debt")
    rows[index]["code"] = "dluhy"
    write_rows(sample_copy / "taxonomy_terms.csv", rows)

    problem = only(errors_of(sample_copy, tz))

    assert (problem.file, problem.line, problem.column) == ("taxonomy_terms.csv", index + 2, "code")
    assert "'dluhy'" in problem.message and "spojka-need" in problem.message


def test_a_missing_required_value_is_named(sample_copy: Path, tz: ZoneInfo) -> None:
    line = edit_cell(sample_copy / "services.csv", 7, "name", "  ")

    problem = only(errors_of(sample_copy, tz))

    assert (problem.line, problem.column) == (line, "name")
    assert "required" in problem.message


def test_a_missing_required_column_is_reported_once(sample_copy: Path, tz: ZoneInfo) -> None:
    rows = read_rows(sample_copy / "services.csv")
    write_rows(sample_copy / "services.csv", [{k: v for k, v in r.items() if k != "status"} for r in rows])

    problem = only(errors_of(sample_copy, tz))

    assert (problem.file, problem.line, problem.column) == ("services.csv", 1, "status")


def test_every_problem_is_reported_at_once(sample_copy: Path, tz: ZoneInfo) -> None:
    edit_cell(sample_copy / "services.csv", 0, "status", "zavřeno")
    edit_cell(sample_copy / "services.csv", 5, "minimum_age", "osmnáct")
    edit_cell(sample_copy / "service_capacity.csv", 0, "maximum", "-5")
    edit_cell(
        sample_copy / "service_at_location.csv", 3, "location_id", "0c1d2e3f-0000-4000-8000-000000000000"
    )

    problems = errors_of(sample_copy, tz)

    assert {(p.file, p.column) for p in problems} == {
        ("services.csv", "status"),
        ("services.csv", "minimum_age"),
        ("service_capacity.csv", "maximum"),
        ("service_at_location.csv", "location_id"),
    }


def test_a_zip_without_datapackage_json_is_explained(tmp_path: Path, tz: ZoneInfo) -> None:
    archive = tmp_path / "kb.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for name in ("organizations.csv", "services.csv"):
            zipped.write(SAMPLE / name, name)

    problem = only(errors_of(archive, tz))

    assert problem.file == "kb.zip" and "no datapackage.json" in problem.message
    assert "services.csv" in problem.message


def test_a_zipped_package_in_a_folder_imports_like_the_folder(tmp_path: Path, tz: ZoneInfo) -> None:
    archive = tmp_path / "kb.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in SAMPLE.iterdir():
            zipped.write(path, f"export-2026/{path.name}")

    from_zip = check_package(archive, tz=tz)

    assert from_zip.errors == []
    assert from_zip.rows == check_package(SAMPLE, tz=tz).rows


def test_a_windows_1250_csv_is_read_correctly_and_flagged(sample_copy: Path, tz: ZoneInfo) -> None:
    rows = read_rows(sample_copy / "organizations.csv")
    write_rows(sample_copy / "organizations.csv", rows, encoding="cp1250")

    package = check_package(sample_copy, tz=tz)

    assert package.errors == []
    names = {r["name"] for r in package.rows["organization"]}
    assert "Ženský dům Aurora, z. s." in names and "Šance pro mladé, z. s." in names
    warning = only([w for w in package.warnings if w.file == "organizations.csv"])
    assert "windows-1250" in warning.message


def test_an_empty_file_is_an_error(sample_copy: Path, tz: ZoneInfo) -> None:
    (sample_copy / "phones.csv").write_bytes(b"")

    problem = only(errors_of(sample_copy, tz))

    assert problem.file == "phones.csv" and "empty" in problem.message


def test_a_file_listed_but_missing_is_an_error(sample_copy: Path, tz: ZoneInfo) -> None:
    (sample_copy / "units.csv").unlink()

    problems = errors_of(sample_copy, tz)

    assert any(p.file.endswith("units.csv") and "missing" in p.message for p in problems)


def test_a_semicolon_csv_from_czech_excel_is_read_with_a_warning(sample_copy: Path, tz: ZoneInfo) -> None:
    rows = read_rows(sample_copy / "funding.csv")
    text = ";".join(rows[0]) + "\n" + "\n".join(";".join(r.values()) for r in rows) + "\n"
    (sample_copy / "funding.csv").write_text(text, encoding="utf-8")

    package = check_package(sample_copy, tz=tz)

    assert package.errors == []
    assert len(package.rows["funding"]) == len(rows)
    assert any(w.file == "funding.csv" and "';'" in w.message for w in package.warnings)


def test_a_path_that_does_not_exist(tmp_path: Path, tz: ZoneInfo) -> None:
    problem = only(errors_of(tmp_path / "nowhere", tz))
    assert "no such file" in problem.message


def test_broken_json_names_the_line(tmp_path: Path, tz: ZoneInfo) -> None:
    path = tmp_path / "kb.json"
    path.write_text('{"service": [\n{"id": 1,}\n]}', encoding="utf-8")

    problem = only(errors_of(path, tz))

    assert problem.line == 2 and "not valid JSON" in problem.message
