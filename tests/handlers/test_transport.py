"""Requests go to the Bot API as JSON (handlers/transport.py); files still as multipart."""

from __future__ import annotations

import json
import socket

import pytest
from telegram.error import TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

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


async def test_a_server_that_does_not_answer_is_a_timeout_as_with_ptb() -> None:
    """PTB's retry logic tells a timeout (TimedOut) from other network errors."""
    with socket.socket() as silent:  # takes the connection, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        request = JsonRequest()
        await request.initialize()
        try:
            data = RequestData(
                [RequestParameter.from_input("chat_id", 1), RequestParameter.from_input("text", "ahoj")]
            )
            with pytest.raises(TimedOut):
                await request.post(
                    f"http://127.0.0.1:{silent.getsockname()[1]}/botX/sendMessage", data, read_timeout=0.2
                )
        finally:
            await request.shutdown()
