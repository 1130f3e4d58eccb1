"""`spojka chat`: the real bot against the offline Bot API server, in a terminal.

What a person types is sent as a Telegram message; a number presses that button of the bot's
last message when that message has buttons (when the bot asked for a number instead, a
number is the answer; `#3` always presses button 3); `@dotaz` is an inline query; /konec
ends. Lines can also come from a script on standard input (tests use that). Bot messages are
printed as the chat shows them, with HTML turned into terminal styles; pictures and files are
saved (to ./spojka-soubory/) and named, and a button's pop-up answer is printed.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path
from typing import TextIO

from pydantic import SecretStr
from sqlalchemy import Engine
from telegram.ext import Application

from bot.directory.cards import as_terminal_text
from bot.settings import Settings
from handlers.app import build_application
from offline_api.server import OfflineBotApi, Person, Sent

QUIT = {"/konec", "/quit", "/exit"}


FILES = Path("spojka-soubory")
KINDS = {"photo": "obrázek", "document": "soubor"}


class Screen:
    """Prints what is new or changed in the chat since the last look."""

    def __init__(self, person: Person, out: TextIO, *, styled: bool, files: Path = FILES) -> None:
        self.person = person
        self.out = out
        self.styled = styled
        self.files = files
        self.shown: dict[int, tuple[str, str]] = {}
        self.buttons: list[tuple[Sent, str]] = []
        self.buttons_are_last = False  # the bot's newest message is the one with these buttons

    def refresh(self) -> None:
        for message in self.person.received:
            version = (message.text, repr(message.reply_markup))
            if self.shown.get(message.message_id) == version:
                continue
            edited = message.message_id in self.shown
            self.shown[message.message_id] = version
            self._print(message, edited=edited)
        self.out.flush()

    def notice(self, shown: str) -> None:
        """A button's pop-up answer (answerCallbackQuery), as the phone shows it for a moment."""
        if shown:
            self.out.write(f"\n[Spojka ukazuje: {shown}]\n")

    def _print(self, message: Sent, *, edited: bool) -> None:
        prefix = "Spojka (upraveno)" if edited else "Spojka"
        if not edited:
            self.buttons_are_last = False
        if message.kind == "contact":
            contact = message.extra["contact"]
            self.out.write(
                f"\n{prefix} – kontakt: {contact.get('first_name', '')} {contact['phone_number']}\n"
            )
            return
        if message.kind in KINDS:
            self.out.write(f"\n{prefix}: [{KINDS[message.kind]}: {self._save(message)}]\n")
            if message.text:
                self.out.write(as_terminal_text(message.text, styled=self.styled) + "\n")
        else:
            self.out.write(f"\n{prefix}:\n{as_terminal_text(message.text, styled=self.styled)}\n")
        if message.buttons:
            self.buttons = []
            self.buttons_are_last = True
            labels = []
            for button in message.buttons:
                self.buttons.append((message, button["text"]))
                labels.append(f"[{len(self.buttons)}] {button['text']}")
            self.out.write("  " + "   ".join(labels) + "\n")

    def _save(self, message: Sent) -> str:
        """The file as sent, saved where the person can open it; says its name and where."""
        sent = message.extra.get(message.kind)
        if not isinstance(sent, dict) or "content" not in sent:
            return "(bez obsahu)"
        name = Path(str(sent.get("file") or f"{message.kind}-{message.message_id}")).name
        self.files.mkdir(parents=True, exist_ok=True)
        target = self.files / name
        target.write_bytes(sent["content"])
        return f"{name}, uloženo do {target.resolve()}"


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
            "Spojka v terminálu (offline, ukázková data). Pište otázky; číslo stiskne tlačítko "
            "poslední zprávy (#3 vždy tlačítko 3), @dotaz je inline režim, /konec skončí.\n"
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
            if done == "pressed":
                screen.notice(person.notice)
            screen.refresh()
            if done not in ("sent", "pressed"):
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
    """Send what the line means; returns "sent", "pressed", an inline query id, or None for
    nothing sent. A number presses a button only while the buttons are the bot's newest
    message: after "Napište počet volných míst" a number is the answer."""
    stripped = line.strip()
    forced = stripped.startswith("#") and stripped[1:].isdigit()
    if forced or (stripped.isdigit() and screen.buttons and screen.buttons_are_last):
        number = int(stripped.lstrip("#"))
        if 1 <= number <= len(screen.buttons):
            message, label = screen.buttons[number - 1]
            data = next(b["callback_data"] for b in message.buttons if b["text"] == label)
            person.presses_data(data, message)
            return "pressed"
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
