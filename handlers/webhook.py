"""The webhook endpoint: Telegram posts updates here, nobody else gets in.

PTB's own webhook server (tornado) reads the whole body before it looks at the secret, so
anyone who finds the URL can make the bot hold large posts in memory. This one checks the
secret header first, refuses a body larger than any update before reading it, and answers a
body that is not an update with 400.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
from dataclasses import dataclass

from aiohttp import web
from telegram import Update
from telegram.ext import Application

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram's updates are a few kB (a message is at most 4096 characters, a caption 1024); 1 MB
# leaves room for anything Telegram sends and bounds what a stranger can make us hold.
MAX_UPDATE_BYTES = 1024 * 1024


def webhook_app(application: Application, *, path: str, secret: str) -> web.Application:  # type: ignore[type-arg]
    """An aiohttp application that puts each update Telegram posts to `path` on the update queue."""

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return web.Response(status=403)  # the body is never read
        if request.content_length is not None and request.content_length > MAX_UPDATE_BYTES:
            return web.Response(status=413)
        try:
            body = await request.read()  # client_max_size stops a chunked body that grows too big
            update = Update.de_json(json.loads(body), application.bot)
        except web.HTTPRequestEntityTooLarge:
            return web.Response(status=413)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            log.warning("the webhook got a body that is not an update (%d bytes)", len(body))
            return web.Response(status=400)
        if update is None:
            return web.Response(status=400)
        await application.update_queue.put(update)
        return web.Response(status=200)

    app = web.Application(client_max_size=MAX_UPDATE_BYTES)
    app.router.add_post("/" + path.lstrip("/"), receive)
    return app


@dataclass
class WebhookServer:
    """The endpoint on `listen:port`; start() then stop()."""

    application: Application  # type: ignore[type-arg]
    path: str
    secret: str
    listen: str
    port: int
    _runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = webhook_app(self.application, path=self.path, secret=self.secret)
        # no lingering: a refused request's unread body is not waited for
        self._runner = web.AppRunner(app, access_log=None, lingering_time=0)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.listen, self.port).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


async def serve_until_stopped(
    application: Application,  # type: ignore[type-arg]
    *,
    url: str,
    path: str,
    secret: str,
    listen: str,
    port: int,
) -> None:
    """Start the bot, tell Telegram the URL and secret, serve until SIGINT/SIGTERM, stop cleanly."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stopping.set)
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    await application.start()
    server = WebhookServer(application, path, secret, listen, port)
    try:
        await server.start()
        await application.bot.set_webhook(url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
        await stopping.wait()
    finally:
        await server.stop()
        await application.stop()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
        await application.shutdown()
