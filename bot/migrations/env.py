"""Alembic environment: Spojka's models are the target; the engine comes from the caller or Settings."""

from alembic import context
from sqlmodel import SQLModel

import bot.models  # noqa: F401  (registers every table on SQLModel.metadata)
import bot.user_models  # noqa: F401
from bot.database import create_db_engine
from bot.settings import load_settings

config = context.config
target_metadata = SQLModel.metadata


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        # SQLite cannot ALTER most things; batch mode recreates the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url") or load_settings().resolved_database_url
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        url = config.get_main_option("sqlalchemy.url") or load_settings().resolved_database_url
        engine = create_db_engine(url)
    with engine.begin() as connection:
        _configure(connection)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
