"""Settings: sensible defaults, and a message naming the variable when one is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings


def test_defaults_need_nothing_configured(tmp_path: Path) -> None:
    settings = load_settings()

    assert settings.resolved_database_url == f"sqlite:///{tmp_path / 'data' / 'spojka.sqlite3'}"
    assert settings.uses_embedded_database
    assert settings.timezone == "Europe/Prague" and settings.default_language == "cs"
    assert settings.telegram_token is None
    assert settings.bot_api_base_url == "https://api.telegram.org/bot"


def test_coordinators_may_be_written_with_commas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPOJKA_COORDINATOR_IDS", "123456, 7890")
    assert load_settings().coordinator_ids == [123456, 7890]


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("SPOJKA_TIMEZONE", "Europe/Prag", "unknown time zone"),
        ("SPOJKA_COORDINATOR_IDS", "123,pepa", "'pepa' is not a Telegram user id"),
        ("SPOJKA_DEFAULT_LANGUAGE", "de", "SPOJKA_DEFAULT_LANGUAGE"),
        ("SPOJKA_DATABASE_URL", "mysql://x/y", "only sqlite"),
        ("SPOJKA_TELEGRAM_TOKEN", "changeme", "does not look like a Telegram bot token"),
        ("SPOJKA_SEND_PER_SECOND", "0", "SPOJKA_SEND_PER_SECOND"),
        ("SPOJKA_HANDOVER_REMIND_BEFORE", "30,týden", "whole numbers of days"),
    ],
)
def test_a_wrong_setting_names_its_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, said: str
) -> None:
    monkeypatch.setenv(variable, value)

    with pytest.raises(SettingsError) as failed:
        load_settings()

    assert variable in str(failed.value) and said in str(failed.value)


def test_the_token_is_never_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPOJKA_TELEGRAM_TOKEN", "123456:AAE-secret-part")

    settings = load_settings()

    assert settings.telegram_token is not None
    assert settings.telegram_token.get_secret_value() == "123456:AAE-secret-part"
    assert "secret-part" not in repr(settings) and "secret-part" not in str(settings)


def test_a_plain_postgresql_url_uses_psycopg_3(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPOJKA_DATABASE_URL", "postgresql://postgres@127.0.0.1/spojka")
    settings = load_settings()
    assert settings.resolved_database_url == "postgresql+psycopg://postgres@127.0.0.1/spojka"
    assert not settings.uses_embedded_database


def test_a_dotenv_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("SPOJKA_TIMEZONE=Europe/Vienna\n", encoding="utf-8")
    assert load_settings().timezone == "Europe/Vienna"


def test_reminder_days_are_written_with_commas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPOJKA_HANDOVER_REMIND_BEFORE", "60, 14, 1")
    settings = load_settings()
    assert settings.handover_remind_before == [60, 14, 1] and settings.handover_remind_after == [14, 90]
