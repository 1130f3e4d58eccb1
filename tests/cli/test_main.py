"""The command line as a coordinator uses it: exit codes and what is printed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.database import create_db_engine
from bot.following import notifications, subscriptions
from bot.models import table_of
from bot.network import registration
from bot.network.permissions import Who
from bot.user_models import Outbox
from cli.main import main
from tests.conftest import SAMPLE
from tests.helpers import act, edit_cell


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_stats_on_a_fresh_machine_shows_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "kb", "stats")

    assert code == 0
    assert "Prisons:                 35" in out
    assert "Organisations:           26" in out
    # needs by the names coordinators read in the bot, the most served first
    assert "Active services by need: Mentoring a provázení 9, Závislosti 8," in out
    assert "addiction" not in out


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


def test_an_import_tells_followers_about_a_new_shelter_in_their_region(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, sample_copy: Path, tmp_path: Path
) -> None:
    database = f"sqlite:///{tmp_path / 'own.sqlite3'}"
    monkeypatch.setenv("SPOJKA_DATABASE_URL", database)
    edit_cell(sample_copy / "services.csv", 0, "status", "inactive")  # Most naděje's shelter, Ostrava
    assert run(capsys, "kb", "import", str(sample_copy))[0] == 0
    engine = create_db_engine(database)
    act(engine, registration.choose_language, user_id=42, first_name="Kurátor", language="cs")
    act(engine, notifications.set_quiet_hours, user_id=42, start=0, end=0)
    follower = Who(42, "curator", True)
    act(
        engine,
        subscriptions.follow_need_in_region,
        who=follower,
        need="housing-shelter",
        region="Moravskoslezský kraj",
    )

    code, out, _ = run(capsys, "kb", "import", "--replace", str(SAMPLE))  # the shelter is active again

    assert code == 0
    assert (
        "New services announced to 1 follower(s): 1 now, 0 after their quiet hours, 0 in their daily digest."
        in out
    )
    outbox = table_of(Outbox).c
    with engine.connect() as connection:
        (queued,) = connection.execute(select(outbox.text).where(outbox.chat_id == 42)).scalars().all()
    engine.dispose()
    assert "• Azylový dům Most naděje Ostrava – Most naděje" in queued


def test_reports_are_written_as_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "report", "coverage", "--out", str(tmp_path / "r"), "--region", "ULK")
    assert code == 0 and "pokryti_veznice.png" in out
    written = (tmp_path / "r" / "pokryti_veznice.csv").read_text(encoding="utf-8-sig")
    assert all(line.split(";")[1] == "Ústecký kraj" for line in written.splitlines()[1:])
    assert (tmp_path / "r" / "pokryti_veznice.png").read_bytes()[:4] == b"\x89PNG"
    assert run(capsys, "report", "quality", "--out", str(tmp_path / "r"))[0] == 0
    assert run(capsys, "report", "usage", "--out", str(tmp_path / "r"))[0] == 0
    assert {p.name for p in (tmp_path / "r").iterdir()} >= {"kvalita.csv", "statistiky.png", "predani.csv"}
    code, _, err = run(capsys, "report", "coverage", "--out", str(tmp_path / "r"), "--region", "Bavorsko")
    assert code == 2 and "Unknown region" in err


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
