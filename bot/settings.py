"""Spojka's configuration: one pydantic-settings object read from SPOJKA_* variables and .env."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from platformdirs import user_data_dir
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ENV_PREFIX = "SPOJKA_"
TELEGRAM_API = "https://api.telegram.org/bot"
_PLACEHOLDER_TOKENS = {"changeme", "change-me", "your-token", "token", "xxx", "todo", "<token>"}


def default_data_dir() -> Path:
    """Per-user data directory (e.g. ~/.local/share/spojka on Linux)."""
    return Path(user_data_dir("spojka", appauthor=False))


class Settings(BaseSettings):
    """Everything Spojka needs to know about its environment; nothing else reads os.environ."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = None
    telegram_token: SecretStr | None = None
    bot_api_base_url: str = TELEGRAM_API
    timezone: str = "Europe/Prague"
    default_language: Literal["cs", "en"] = "cs"
    coordinator_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    capacity_stale_days: int = Field(default=7, ge=1, le=365)
    # services whose cards' details the bot keeps in memory (all read at start; ~4 KB each)
    remembered_cards: int = Field(default=50_000, ge=0, le=1_000_000)
    # closed handovers lose their note and history after this many days (counts stay)
    handover_retention_days: int = Field(default=365, ge=30, le=3650)
    freshness_days: int = Field(default=90, ge=7, le=730)  # providers confirm their data this often
    # a handover's reminders: days before the release (to the referrer), days after (to the provider)
    handover_remind_before: Annotated[list[int], NoDecode] = Field(default_factory=lambda: [30, 7])
    handover_remind_after: Annotated[list[int], NoDecode] = Field(default_factory=lambda: [14, 90])
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    webhook_secret: SecretStr | None = None  # required by `spojka run --webhook`
    # Telegram's sending limits (undocumented, may change): the delivery engine keeps under them.
    send_per_second: float = Field(default=30.0, gt=0, le=1000)
    send_private_gap: float = Field(default=1.0, ge=0, le=60)  # seconds between messages to one person
    send_group_per_minute: float = Field(default=20.0, gt=0, le=600)
    # seconds between edits of a coordinator's live "Odesláno X / N" (Telegram allows ~1 edit/s)
    live_report_seconds: float = Field(default=3.0, ge=0.05, le=60)
    # "idle": reports are drawn only on a core the bot's answers do not want (Linux's idle
    # class). "normal" only where every core is always busy with other work that matters less
    # (a test run's parallel workers), or the charts would wait for minutes.
    reports_priority: Literal["idle", "normal"] = "idle"

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (use an IANA name such as Europe/Prague)") from exc
        return value

    @field_validator("handover_remind_before", "handover_remind_after", mode="before")
    @classmethod
    def _comma_separated_days(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").strip("[]").split(",") if p.strip()]
            if not all(p.isdigit() and 0 < int(p) <= 365 for p in parts):
                raise ValueError(f"{value!r}: whole numbers of days from 1 to 365, comma separated")
            return [int(p) for p in parts]
        return value

    @field_validator("coordinator_ids", mode="before")
    @classmethod
    def _comma_separated_ids(cls, value: object) -> object:
        # "123, 456" is what people write in a .env file; JSON lists still work.
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").strip("[]").split(",") if p.strip()]
            for part in parts:
                if not part.lstrip("-").isdigit():
                    raise ValueError(f"{part!r} is not a Telegram user id (a whole number)")
            return [int(p) for p in parts]
        return value

    @field_validator("telegram_token")
    @classmethod
    def _real_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        token = value.get_secret_value().strip()
        if token.lower() in _PLACEHOLDER_TOKENS or ":" not in token:
            # A Bot API token always looks like "123456:ABC..."; say so without echoing it.
            raise ValueError("does not look like a Telegram bot token (expected '<digits>:<letters>')")
        return SecretStr(token)

    @field_validator("webhook_secret")
    @classmethod
    def _strong_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        secret = value.get_secret_value().strip()
        # Telegram allows 1-256 of A-Z a-z 0-9 _ -; a guessable secret protects nothing.
        if not 24 <= len(secret) <= 256 or not all(
            c.isascii() and (c.isalnum() or c in "_-") for c in secret
        ):
            raise ValueError(
                "use 24-256 characters of A-Z, a-z, 0-9, _ and - (e.g. from `openssl rand -hex 32`)"
            )
        return SecretStr(secret)

    @field_validator("database_url")
    @classmethod
    def _supported_database(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            # Plain postgresql:// would pick psycopg2, which we do not ship.
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        if not (value.startswith("sqlite") or value.startswith("postgresql+psycopg://")):
            raise ValueError("only sqlite:///PATH and postgresql://... URLs are supported")
        return value

    @property
    def default_database_path(self) -> Path:
        return self.data_dir / "spojka.sqlite3"

    @property
    def resolved_database_url(self) -> str:
        """The configured URL, or the embedded SQLite file in the data directory."""
        return self.database_url or f"sqlite:///{self.default_database_path}"

    @property
    def uses_embedded_database(self) -> bool:
        return self.database_url is None

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class SettingsError(Exception):
    """Settings could not be read; the message names each offending variable."""


def load_settings(**overrides: object) -> Settings:
    """Read settings, turning pydantic's report into one line per SPOJKA_* variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            field = str(error["loc"][0]) if error["loc"] else "?"
            message = str(error["msg"]).removeprefix("Value error, ")
            lines.append(f"{ENV_PREFIX}{field.upper()}: {message}")
        raise SettingsError("Invalid settings:\n  " + "\n  ".join(lines)) from None
