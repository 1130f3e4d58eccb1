"""Requests go to the Bot API as JSON (handlers/transport.py); files still as multipart."""

from __future__ import annotations

import json
import os
import socket
import ssl
import time

import pytest
from telegram import Bot
from telegram.error import TimedOut

from handlers.transport import JsonRequest
from tests.handlers.conftest import Chat
from tests.handlers.test_following import admitted


async def test_an_answer_leaves_as_json_with_its_czech_text_and_buttons(chat: Chat) -> None:
    jana = chat.person(501)
    jana.says("azylový dům Praha")
    await chat.settle()

    answer = jana.last
    assert "dům" in answer.plain.lower() and answer.buttons  # Czech letters and buttons arrive whole
    sent = [kind for method, kind in chat.api.bodies if method == "sendMessage"]
    assert sent and set(sent) == {"json"}
    assert "form" not in {kind for _, kind in chat.api.bodies}  # getUpdates and the rest too


async def test_a_file_still_goes_as_multipart(chat: Chat) -> None:
    curator = admitted(chat, 502, "curator")
    curator.says("/moje_data")
    await chat.settle()

    exported = curator.last
    assert exported.kind == "document"
    assert json.loads(exported.extra["document"]["content"])["profile"][0]["role"] == "curator"
    assert ("sendDocument", "multipart") in chat.api.bodies


async def test_a_server_that_does_not_answer_times_out_when_the_call_says_as_with_ptb() -> None:
    """PTB's retries tell a timeout (TimedOut) from other network errors, and the long poll
    gives each call its own read timeout (the default's 5 s plus the poll's): a timeout given
    with the call must count, not the request's default."""
    with socket.socket() as silent:  # takes the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        bot = Bot(
            "123:abc",
            base_url=f"http://127.0.0.1:{silent.getsockname()[1]}/bot",
            request=JsonRequest(read_timeout=30),
        )
        async with bot.request:  # Bot.initialize would ask getMe first
            started = time.monotonic()
            with pytest.raises(TimedOut):
                await bot.send_message(1, "ahoj", read_timeout=0.2)
            assert time.monotonic() - started < 5


def test_both_clients_of_a_bot_check_telegrams_certificate_with_one_shared_context(chat: Chat) -> None:
    """Building a TLS context reads the whole CA bundle; the bot's two clients (answers and the
    long poll) share one, which still verifies the server and its name, as httpx's default."""
    polling, answering = chat.application.bot._request
    contexts = [request._client._transport._pool._ssl_context for request in (polling, answering)]
    assert contexts[0] is contexts[1]
    assert contexts[0].verify_mode == ssl.CERT_REQUIRED and contexts[0].check_hostname
    if not os.environ.get("SSL_CERT_DIR"):  # certificates from a directory load lazily
        assert contexts[0].cert_store_stats()["x509_ca"] > 100  # the CA bundle, as httpx loads it


def test_a_sent_message_comes_back_without_its_keyboard_and_a_pressed_ones_with_it() -> None:
    keyboard = {"inline_keyboard": [[{"text": "Další", "callback_data": "p:1"}]]}
    message = {"message_id": 7, "date": 0, "chat": {"id": 1, "type": "private"}, "reply_markup": keyboard}
    sent = JsonRequest.parse_json_payload(json.dumps({"ok": True, "result": message}).encode())
    pressed = [{"update_id": 1, "callback_query": {"message": message}}]
    updates = JsonRequest.parse_json_payload(json.dumps({"ok": True, "result": pressed}).encode())

    assert "reply_markup" not in sent["result"]  # the bot built it: not parsed into objects again
    assert updates["result"][0]["callback_query"]["message"]["reply_markup"] == keyboard
