"""`spojka chat`: the real bot against the offline Bot API server, in a terminal.

What a person types is sent as a Telegram message; a number presses that button of the last
answer; `@dotaz` is an inline query; /konec ends. Lines can also come from a script on
standard input (tests use that). Bot messages are printed as the chat shows them, with
HTML turned into terminal styles.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import TextIO

from pydantic import SecretStr
from sqlalchemy import Engine
from telegram.ext import Application

from bot.directory.cards import as_terminal_text
from bot.settings import Settings
from handlers.app import build_application
from offline_api.server import OfflineBotApi, Person, Sent

QUIT = {"/konec", "/quit", "/exit"}


class Screen:
    """Prints what is new or changed in the chat since the last look."""

    def __init__(self, person: Person, out: TextIO, *, styled: bool) -> None:
        self.person = person
        self.out = out
        self.styled = styled
        self.shown: dict[int, tuple[str, str]] = {}
        self.buttons: list[tuple[Sent, str]] = []

    def refresh(self) -> None:
        for message in self.person.received:
            version = (message.text, repr(message.reply_markup))
            if self.shown.get(message.message_id) == version:
                continue
            edited = message.message_id in self.shown
            self.shown[message.message_id] = version
            self._print(message, edited=edited)
        self.out.flush()

    def _print(self, message: Sent, *, edited: bool) -> None:
        prefix = "Spojka (upraveno)" if edited else "Spojka"
        if message.kind == "contact":
            contact = message.extra["contact"]
            self.out.write(
                f"\n{prefix} – kontakt: {contact.get('first_name', '')} {contact['phone_number']}\n"
            )
            return
        self.out.write(f"\n{prefix}:\n{as_terminal_text(message.text, styled=self.styled)}\n")
        if message.buttons:
            self.buttons = []
            labels = []
            for button in message.buttons:
                self.buttons.append((message, button["text"]))
                labels.append(f"[{len(self.buttons)}] {button['text']}")
            self.out.write("  " + "   ".join(labels) + "\n")


async def chat(settings: Settings, engine: Engine, source: TextIO, out: TextIO, *, interactive: bool) -> int:
    api = OfflineBotApi()
    await api.start()
    bot_settings = settings.model_copy(
        update={"telegram_token": SecretStr(api.token), "bot_api_base_url": api.base_url}
    )
    application = build_application(bot_settings, engine=engine)
    person = api.person(1, "Vy", language_code=settings.default_language)
    screen = Screen(person, out, styled=interactive and out.isatty())
    loop = asyncio.get_running_loop()
    try:
        await application.initialize()
        if application.post_init is not None:  # run_polling would call it; we start by hand
            await application.post_init(application)
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        out.write(
            "Spojka v terminálu (offline, ukázková data). Pište otázky; číslo stiskne tlačítko, "
            "@dotaz je inline režim, /konec skončí.\n"
        )
        out.flush()
        person.says("/start")
        await _idle(api, application)
        screen.refresh()
        while True:
            if interactive:
                out.write("\n> ")
                out.flush()
            line = await loop.run_in_executor(None, source.readline)
            if not line:
                break
            line = line.rstrip("\r\n")
            if line.strip() in QUIT:
                break
            if not interactive:
                out.write(f"\n> {line}\n")
            done = _act(person, screen, line, out)
            if done is None:
                continue
            await _idle(api, application)
            screen.refresh()
            if done != "sent":
                _show_inline(api, done, out)
            if api.rejected:
                out.write(f"\n[offline server refused: {api.rejected[-1]}]\n")
    finally:
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.post_shutdown is not None and "services" in application.bot_data:
            await application.post_shutdown(application)
        if application.running:
            await application.stop()
        await application.shutdown()
        await api.stop()
    return 0


def _act(person: Person, screen: Screen, line: str, out: TextIO) -> str | None:
    """Send what the line means; returns "sent", an inline query id, or None for nothing sent."""
    stripped = line.strip()
    if stripped.isdigit() and screen.buttons:
        number = int(stripped)
        if 1 <= number <= len(screen.buttons):
            message, label = screen.buttons[number - 1]
            data = next(b["callback_data"] for b in message.buttons if b["text"] == label)
            person.presses_data(data, message)
            return "sent"
        out.write(f"Tlačítko {number} tu není.\n")
        return None
    if stripped.startswith("@") and len(stripped) > 1:
        return person.types_inline(stripped[1:])
    if not stripped:
        return None
    person.says(line)
    return "sent"


def _show_inline(api: OfflineBotApi, query_id: str, out: TextIO) -> None:
    results = api.inline_answer(query_id) or []
    out.write(f"\nInline výsledky ({len(results)}):\n")
    for number, result in enumerate(results[:10], start=1):
        out.write(f"  {number}. {result.get('title', '')} – {result.get('description', '')}\n")


def run_chat(
    settings: Settings, engine: Engine, *, source: TextIO | None = None, out: TextIO | None = None
) -> int:
    # The conversation is the output here; the libraries' start/stop narration is not.
    for name in ("telegram", "apscheduler", "httpx", "bot.search.engine"):
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger().level))
    stream_in = source or sys.stdin
    stream_out = out or sys.stdout
    interactive = stream_in.isatty()
    return asyncio.run(chat(settings, engine, stream_in, stream_out, interactive=interactive))


async def _idle(api: OfflineBotApi, application: Application) -> None:  # type: ignore[type-arg]
    """Until the bot has fetched and handled everything: the server being quiet is not enough
    on a slow machine, where a handler may think longer than the server's quiet period."""
    for _ in range(400):
        await api.settle()
        busy = application.update_queue.qsize() + application.update_processor.current_concurrent_updates
        if not busy:
            await asyncio.sleep(0.05)
            if not application.update_queue.qsize() + application.update_processor.current_concurrent_updates:
                await api.settle()
                return
        await asyncio.sleep(0.02)
