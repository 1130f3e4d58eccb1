"""`spojka run`: the bot against Telegram (or any Bot API server), by long polling or a webhook."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import InvalidToken
from telegram.ext import Application

from bot.settings import Settings
from handlers import reports
from handlers.app import build_application
from handlers.webhook import serve_until_stopped

log = logging.getLogger(__name__)
REJECTED = (
    "Telegram rejected the bot's token (SPOJKA_TELEGRAM_TOKEN): check it with @BotFather. "
    "The token is not printed."
)


def freeze_after_start(application: Application) -> None:  # type: ignore[type-arg]
    """Once started, what start-up built (the answer index, the privacy check's lists: 156,000
    objects the collector tracks at 20,000 services) is set aside from the garbage collector:
    a full collection walked them all (90 ms on this machine), and every answer waited."""
    _after_start(application, lambda _started: gc.freeze())


def prepare_reports_after_start(application: Application) -> None:  # type: ignore[type-arg]
    """Once started, the reports' process is made ready in the background, at the lowest
    priority (handlers/reports.prepare_in_background): the first /pokryti then finds it ready,
    and its start-up (imports, the catalog: ~2-3 s of a core at 20,000 services) ran while
    nobody asked for it instead of beside the answers of the moment a coordinator asked."""
    _after_start(application, lambda started: reports.prepare_in_background(started.bot_data["services"]))


def _after_start(application: Application, step: Callable[[Application], object]) -> None:  # type: ignore[type-arg]
    """`step` once the bot's own start-up (post_init: the index, the services) is done."""
    starting = application.post_init

    async def post_init(started: Application) -> None:  # type: ignore[type-arg]
        if starting is not None:
            await starting(started)
        step(started)

    application.post_init = post_init


def run_polling(settings: Settings) -> int:
    application = build_application(settings)
    freeze_after_start(application)
    prepare_reports_after_start(application)
    try:
        application.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    except InvalidToken:
        log.error(REJECTED)  # PTB's own message quotes the token: never shown
        return 2
    return 0


def webhook_arguments(settings: Settings, *, url: str, listen: str, port: int) -> dict[str, Any]:
    """PTB's webhook arguments: our path, Telegram's URL, and the secret it must send back."""
    assert settings.webhook_secret is not None, "webhook mode needs SPOJKA_WEBHOOK_SECRET"
    return {
        "listen": listen,
        "port": port,
        "url_path": urlsplit(url).path.lstrip("/"),
        "webhook_url": url,
        "secret_token": settings.webhook_secret.get_secret_value(),
        "allowed_updates": Update.ALL_TYPES,
    }


def run_webhook(settings: Settings, *, url: str, listen: str, port: int) -> int:
    """Telegram posts updates to `url`; requests without the secret header are refused (403)
    before their body is read (handlers/webhook.py).

    Without SPOJKA_WEBHOOK_SECRET anyone who finds the URL could post updates in a
    coordinator's name, so the CLI refuses to start without it.
    """
    application = build_application(settings)
    freeze_after_start(application)
    prepare_reports_after_start(application)
    arguments = webhook_arguments(settings, url=url, listen=listen, port=port)
    try:
        asyncio.run(
            serve_until_stopped(
                application,
                url=url,
                path=arguments["url_path"],
                secret=arguments["secret_token"],
                listen=listen,
                port=port,
            )
        )
    except InvalidToken:
        log.error(REJECTED)
        return 2
    return 0
