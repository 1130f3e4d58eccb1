"""The offline Bot API server refuses what Telegram refuses, in Telegram's words."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from offline_api.server import OfflineBotApi
from offline_api.spec import compact, load
from tests.conftest import SHARED


@pytest.fixture
async def api() -> AsyncIterator[OfflineBotApi]:
    server = OfflineBotApi()
    await server.start()
    server.person(1, "Jana")
    yield server
    await server.stop()


async def call(
    api: OfflineBotApi, method: str, token: str | None = None, **params: Any
) -> tuple[int, dict[str, Any]]:
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    url = f"http://127.0.0.1:{api.port}/bot{token or api.token}/{method}"
    async with aiohttp.ClientSession() as session, session.post(url, data=form) as response:
        return response.status, await response.json()


def test_the_packaged_spec_is_the_shared_bot_api_compacted() -> None:
    source = SHARED / "telegram" / "bot-api.json"
    if not source.exists():
        pytest.skip("../shared/telegram/bot-api.json is not here")
    assert load() == compact(json.loads(source.read_text(encoding="utf-8")))
    assert load()["version"] == "Bot API 10.1"


@pytest.mark.parametrize(
    ("method", "params", "status", "description"),
    [
        ("sendMesage", {"chat_id": 1, "text": "x"}, 404, "Not Found"),
        ("sendMessage", {"chat_id": 1, "text": "x", "colour": "red"}, 400, "unknown parameter 'colour'"),
        ("sendMessage", {"chat_id": 1}, 400, "text is empty"),
        (
            "sendMessage",
            {"chat_id": 1, "text": "x", "disable_notification": "maybe"},
            400,
            "expected a Boolean",
        ),
        (
            "sendMessage",
            {"chat_id": 1, "text": "x", "reply_markup": {"inline_keyboard": [[{"txt": "a"}]]}},
            400,
            "InlineKeyboardButton has no field 'txt'",
        ),
        (
            "sendMessage",
            {"chat_id": 1, "text": "<div>x</div>", "parse_mode": "HTML"},
            400,
            'can\'t parse entities: Unsupported start tag "div"',
        ),
        ("sendMessage", {"chat_id": 1, "text": "a < b", "parse_mode": "HTML"}, 400, "can't parse entities"),
        ("sendMessage", {"chat_id": 1, "text": "<b>x", "parse_mode": "HTML"}, 400, "Can't find end tag"),
        ("sendMessage", {"chat_id": 1, "text": "x" * 4097}, 400, "message is too long"),
        (
            "sendMessage",
            {"chat_id": 1, "text": "<b> </b>", "parse_mode": "HTML"},
            400,
            "message text is empty",
        ),
        (
            "sendMessage",
            {
                "chat_id": 1,
                "text": "x",
                "reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": "d" * 65}]]},
            },
            400,
            "BUTTON_DATA_INVALID",
        ),
        ("sendMessage", {"chat_id": 42, "text": "x"}, 400, "chat not found"),
        ("answerCallbackQuery", {"callback_query_id": "nope"}, 400, "query is too old"),
        ("editMessageText", {"chat_id": 1, "message_id": 99, "text": "x"}, 400, "message to edit not found"),
    ],
)
async def test_refusals(
    api: OfflineBotApi, method: str, params: dict[str, Any], status: int, description: str
) -> None:
    code, body = await call(api, method, **params)
    assert (code, body["ok"], body["error_code"]) == (status, False, status)
    assert description in body["description"]
    assert api.rejected[-1][1] == status


async def test_a_wrong_token_is_unauthorized(api: OfflineBotApi) -> None:
    code, body = await call(api, "getMe", token="1:wrong")
    assert (code, body["description"]) == (401, "Unauthorized")


async def test_an_edit_that_changes_nothing_is_refused(api: OfflineBotApi) -> None:
    _, sent = await call(api, "sendMessage", chat_id=1, text="<b>Ahoj</b>", parse_mode="HTML")
    message_id = sent["result"]["message_id"]
    code, body = await call(
        api, "editMessageText", chat_id=1, message_id=message_id, text="<b>Ahoj</b>", parse_mode="HTML"
    )
    assert code == 400 and body["description"].startswith("Bad Request: message is not modified")
    code, _ = await call(api, "editMessageText", chat_id=1, message_id=message_id, text="Nazdar")
    assert code == 200 and api.transcript(1)[-1].text == "Nazdar"


async def test_updates_are_long_polled_and_confirmed_by_offset(api: OfflineBotApi) -> None:
    jana = api.people[1]
    first = jana.says("ahoj")
    second = jana.says("azyl")
    _, body = await call(api, "getUpdates", timeout=0)
    assert [u["update_id"] for u in body["result"]] == [first, second]
    _, again = await call(api, "getUpdates", offset=second + 1, timeout=0)
    assert again["result"] == []


async def test_unanswered_button_presses_are_reported(api: OfflineBotApi) -> None:
    _, sent = await call(
        api,
        "sendMessage",
        chat_id=1,
        text="x",
        reply_markup={"inline_keyboard": [[{"text": "Další", "callback_data": "p:1"}]]},
    )
    jana = api.people[1]
    jana.presses("Další")
    assert len(api.unanswered_callbacks()) == 1
    _, updates = await call(api, "getUpdates", timeout=0)
    query_id = updates["result"][0]["callback_query"]["id"]
    code, _ = await call(api, "answerCallbackQuery", callback_query_id=query_id)
    assert code == 200 and api.unanswered_callbacks() == []
    assert sent["result"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "p:1"


async def test_injected_failures_look_like_telegram(api: OfflineBotApi) -> None:
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3)
    code, body = await call(api, "sendMessage", chat_id=1, text="x")
    assert (code, body["parameters"]) == (429, {"retry_after": 3})

    api.people[1].block()
    code, body = await call(api, "sendMessage", chat_id=1, text="x")
    assert (code, body["description"]) == (403, "Forbidden: bot was blocked by the user")

    api.migrated[-5] = -1005
    code, body = await call(api, "sendMessage", chat_id=-5, text="x")
    assert code == 400 and body["parameters"] == {"migrate_to_chat_id": -1005}


async def test_rate_limits_when_enforced(api: OfflineBotApi) -> None:
    api.enforce_rate_limits = True
    codes = [(await call(api, "sendMessage", chat_id=1, text=f"x{n}"))[0] for n in range(4)]
    assert codes == [200, 200, 200, 429]
    assert "retry after" in api.rejected[-1][2]


async def test_inline_answers_are_checked(api: OfflineBotApi) -> None:
    query = api.people[1].types_inline("dluhy")
    result = {
        "type": "article",
        "id": "1",
        "title": "T",
        "input_message_content": {"message_text": "<b>ok</b>", "parse_mode": "HTML"},
    }
    code, _ = await call(api, "answerInlineQuery", inline_query_id=query, results=[result] * 51)
    assert code == 400
    code, _ = await call(api, "answerInlineQuery", inline_query_id=query, results=[result])
    assert code == 200 and api.inline_answer(query) == [result]
