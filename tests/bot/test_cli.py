"""The command line as a coordinator uses it: exit codes and what is printed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import SAMPLE
from tests.helpers import edit_cell


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_stats_on_a_fresh_machine_shows_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "kb", "stats")

    assert code == 0
    assert "Prisons:                 35" in out
    assert "Organisations:           26" in out


def test_validate_reports_every_problem_and_fails(
    capsys: pytest.CaptureFixture[str], sample_copy: Path
) -> None:
    line = edit_cell(sample_copy / "services.csv", 0, "assured_date", "31.2.2026")
    edit_cell(sample_copy / "service_capacity.csv", 0, "available", "-2")

    code, out, _ = run(capsys, "kb", "validate", str(sample_copy))

    assert code == 1
    assert f"ERROR (line {line}, column assured_date): '31.2.2026' is not a date" in out
    assert "column available): capacity cannot be negative" in out
    assert "NOT valid: 2 error(s)" in out


def test_import_export_and_reimport(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SPOJKA_DATABASE_URL", f"sqlite:///{tmp_path / 'own.sqlite3'}")

    code, out, _ = run(capsys, "kb", "import", str(SAMPLE))
    assert code == 0 and "Imported" in out and "63 service" in out

    code, out, _ = run(capsys, "kb", "export", str(tmp_path / "out"))
    assert code == 0 and (tmp_path / "out" / "services.csv").exists()

    code, _, err = run(capsys, "kb", "import", str(tmp_path / "out"))
    assert code == 1 and "--replace" in err and "Nothing was imported" in err

    code, out, _ = run(capsys, "kb", "import", "--replace", str(tmp_path / "out"))
    assert code == 0 and "replaced the knowledge base" in out


def test_a_wrong_setting_stops_with_the_variable_named(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPOJKA_TIMEZONE", "Mars/Olympus")

    code, _, err = run(capsys, "version")

    assert code == 2 and "SPOJKA_TIMEZONE" in err


def test_run_without_a_token_says_what_is_missing(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "run")
    assert code == 2 and "SPOJKA_TELEGRAM_TOKEN is not set" in err and "spojka chat" in err


def test_chat_reads_a_script_and_ends(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("azylový dům Ostrava\n/konec\n"))
    code, out, _ = run(capsys, "chat")
    assert code == 0
    assert "1. Azylový dům Most naděje Ostrava" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "version")
    assert code == 0 and out.startswith("spojka 0.")


def test_db_status_and_upgrade(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "db", "status")
    assert code == 1 and "needs `spojka db upgrade`" in out

    code, out, _ = run(capsys, "db", "upgrade")
    assert code == 0 and "up to date" in out

    code, out, _ = run(capsys, "db", "status")
    assert code == 0 and "up to date" in out


def test_an_unreachable_database_is_named_without_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPOJKA_DATABASE_URL", "postgresql://spojka:secret@127.0.0.1:1/nothing")

    code, _, err = run(capsys, "kb", "stats")

    assert code == 1
    assert "Cannot use the database postgresql+psycopg://spojka:***@127.0.0.1:1/nothing" in err
    assert "secret" not in err and "Traceback" not in err


def test_webhook_mode_refuses_to_start_without_a_secret(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPOJKA_TELEGRAM_TOKEN", "123456:ABCdefGHIjklMNOpqr")
    code, _, err = run(capsys, "run", "--webhook", "https://spojka.example/hook")
    assert code == 2 and "SPOJKA_WEBHOOK_SECRET is not set" in err


def test_a_weak_webhook_secret_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPOJKA_WEBHOOK_SECRET", "secret")
    code, _, err = run(capsys, "version")
    assert code == 2 and "SPOJKA_WEBHOOK_SECRET: " in err and "24-256 characters" in err
