"""The composition root: every button the core can make reaches a handler of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr
from telegram import CallbackQuery, Update, User
from telegram.ext import CallbackQueryHandler

from bot.buttons import ACTIONS, pack
from bot.database import memory_engine
from bot.kb.importing import import_package
from bot.privacy import find_personal_data, known
from bot.settings import Settings
from handlers import common
from handlers.app import build_application
from offline_api.server import OfflineBotApi
from tests.bot.privacy.test_known_names import NOTE, TODAY, _with_organisation
from tests.conftest import PRAGUE


def test_every_button_action_has_its_handler() -> None:
    application = build_application(Settings(telegram_token=SecretStr("1:offline")))
    taps = [
        handler
        for group in application.handlers.values()
        for handler in group
        if isinstance(handler, CallbackQueryHandler)
    ]
    for action in ACTIONS:
        data = pack(action, 1)
        taker = next(handler for handler in taps if handler.check_update(_tap(data)))
        assert taker.callback is not common.unknown_button, f"no handler takes {data!r}"


def _tap(data: str) -> Update:
    user = User(1, "Jana", is_bot=False)
    return Update(1, callback_query=CallbackQuery("1", user, chat_instance="1", data=data))


async def test_the_bot_teaches_the_privacy_check_its_organisations(
    sample_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer engine built at start-up tells the privacy check the live knowledge base's
    organisations: a note naming one is no person's name."""
    monkeypatch.setattr(known._Live, "names", None)
    engine = memory_engine()
    import_package(engine, _with_organisation(sample_copy, "Bartimaios, z. s."), tz=PRAGUE, replace=True)
    api = OfflineBotApi()
    await api.start()
    application = build_application(
        Settings(telegram_token=SecretStr(api.token), bot_api_base_url=api.base_url), engine=engine
    )
    try:
        await application.initialize()
        assert application.post_init is not None
        await application.post_init(application)

        assert find_personal_data(NOTE, today=TODAY) == []
    finally:
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
        await application.shutdown()
        await api.stop()
        engine.dispose()


async def test_a_bot_on_a_sqlite_file_checkpoints_on_a_thread_until_it_stops(tmp_path: Path) -> None:
    """Built as `spojka run` builds it on the embedded default (its own database file): its
    commits never checkpoint (bot/database.checkpoints_by_hand), a task does, and it ends with
    the bot."""
    from sqlalchemy import text

    api = OfflineBotApi()
    await api.start()
    url = f"sqlite:///{tmp_path / 'spojka.sqlite3'}"
    settings = Settings(telegram_token=SecretStr(api.token), bot_api_base_url=api.base_url, database_url=url)
    application = build_application(settings)
    try:
        await application.initialize()
        assert application.post_init is not None
        await application.post_init(application)
        checkpoints = application.bot_data["checkpoints"]
        engine = application.bot_data["services"].engine
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 0
        assert not checkpoints.done()
    finally:
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
        await application.shutdown()
        await api.stop()
    assert checkpoints.cancelled()
