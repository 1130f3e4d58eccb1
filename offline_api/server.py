"""The offline Bot API server: PTB talks to it over real HTTP (ApplicationBuilder.base_url).

It keeps every chat's transcript, delivers injected updates through getUpdates (long polling
with offset confirmation), refuses what Telegram refuses (see spec.py and telegram_html.py)
and records every refusal, so a test can assert that the bot never made a bad call. Tests and
`spojka chat` drive it through `Person` objects: a person says something, presses a button,
types an inline query, and reads what the bot answered.
"""

from __future__ import annotations

import asyncio
import bisect
import contextvars
import itertools
import math
import random
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.text.telegram_html import EntityError, utf16_length, visible_text
from offline_api.spec import Rejected, decode

_ARRIVED: contextvars.ContextVar[float | None] = contextvars.ContextVar("arrived", default=None)

BOT_ID = 7_000_000_001
MAX_TEXT = 4096
MAX_CALLBACK_DATA = 64
MAX_INLINE_RESULTS = 50


@dataclass
class Sent:
    """One message in a chat, as the chat shows it."""

    message_id: int
    chat_id: int
    from_bot: bool
    text: str = ""
    reply_markup: dict[str, Any] | None = None
    kind: str = "text"  # text, contact, photo, document, sticker, ...
    extra: dict[str, Any] = field(default_factory=dict)
    deleted: bool = False
    # When it was sent, for latency benchmarks: a bot's message counts from the moment its request
    # arrived, before this server's own parsing (Telegram's parsing does not run on our cores).
    at: float = field(default_factory=lambda: _ARRIVED.get(None) or time.monotonic())

    @property
    def buttons(self) -> list[dict[str, Any]]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]

    @property
    def plain(self) -> str:
        """The text without HTML, as the user reads it."""
        try:
            return visible_text(self.text)
        except EntityError:
            return self.text


@dataclass
class Failure:
    status: int
    description: str
    parameters: dict[str, Any] | None = None


class OfflineBotApi:
    def __init__(
        self, *, token: str = "123456789:offline-test-token", username: str = "spojka_offline_bot"
    ) -> None:
        self.token = token
        self.username = username
        self.me = {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Spojka",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.people: dict[int, Person] = {}
        self.chats: dict[int, list[Sent]] = defaultdict(list)
        self.rejected: list[tuple[str, int, str]] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        # how each accepted call's body came: "json", "form" or "multipart" (the bot sends JSON)
        self.bodies: list[tuple[str, str]] = []
        self._accepted: dict[str, int] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.descriptions: dict[str, str] = {}
        self.webhook: dict[str, Any] = {}
        self.enforce_rate_limits = False
        self.blocked: set[int] = set()
        self.migrated: dict[int, int] = {}
        self._failures: deque[tuple[str | None, Failure]] = deque()
        self._fault_rate = 0.0
        self._fault_kinds: tuple[int, ...] = ()
        self._faults = random.Random(0)
        self.injected: dict[int, int] = {}  # status -> how many random faults were injected
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids: dict[int, itertools.count[int]] = defaultdict(lambda: itertools.count(1))
        self._query_ids = itertools.count(1)
        self._callbacks: dict[str, bool] = {}  # callback query id -> answered
        self.callback_answers: dict[str, str] = {}  # callback query id -> the notice shown
        self._inline: dict[str, list[dict[str, Any]] | None] = {}
        self._new_update = asyncio.Event()
        self._activity = asyncio.Event()  # set whenever a request ends or an update is injected
        self._closing = False  # long polls return at once: the bot is being stopped
        self._confirmed = 0
        self._fetched = 0
        self._in_flight = 0
        self._last_request = time.monotonic()
        self._sends: deque[tuple[float, int]] = deque()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- running ----------------------------------------------------------------------------
    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        server = site._server
        assert isinstance(server, asyncio.Server) and server.sockets
        self.port = int(server.sockets[0].getsockname()[1])

    def end_long_polls(self) -> None:
        """Answer waiting and later long polls at once, so that a bot stops without waiting
        for its poll's timeout (PTB's updater.stop waits for the running getUpdates)."""
        self._closing = True
        self._new_update.set()

    async def stop(self) -> None:
        self._new_update.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # -- driving ------------------------------------------------------------------------------
    def person(self, user_id: int, first_name: str = "Jana", *, language_code: str = "cs") -> Person:
        if user_id not in self.people:
            self.people[user_id] = Person(self, user_id, first_name, language_code)
        return self.people[user_id]

    def inject(self, update: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        self._updates.append({"update_id": update_id, **update})
        self._new_update.set()
        self._activity.set()
        return update_id

    @property
    def updates_injected(self) -> int:
        """How many updates were injected so far (update ids are 1..updates_injected)."""
        return len(self._updates)

    @property
    def busy(self) -> bool:
        """A request of the bot is being handled (a waiting long poll does not count)."""
        return self._in_flight > 0

    async def activity(self, timeout: float) -> None:
        """Until something happens at the server (a request ends, an update comes), or `timeout`."""
        self._activity.clear()
        try:
            await asyncio.wait_for(self._activity.wait(), timeout)
        except TimeoutError:
            pass

    async def settle(self, *, quiet: float = 0.15, timeout: float = 10.0) -> None:
        """Wait until the bot has fetched every update and has been silent for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            fetched_all = self._fetched >= len(self._updates)
            silent = self._in_flight == 0 and time.monotonic() - self._last_request >= quiet
            if fetched_all and silent:
                return
            await asyncio.sleep(0.02)
        raise TimeoutError(
            f"the bot did not settle: {len(self._updates) - self._fetched} updates not fetched"
        )

    def fail_next(self, method: str | None, status: int, description: str, **parameters: Any) -> None:
        """The next call (of `method`, or any) fails like Telegram: 429 with retry_after, 5xx..."""
        self._failures.append((method, Failure(status, description, parameters or None)))

    def inject_faults(self, rate: float, kinds: tuple[int, ...] = (429, 500, 502), *, seed: int = 1) -> None:
        """From now on a share `rate` of the sends fails at random, as Telegram does on a bad day:
        429 (retry after 1-2 s), 500 or 502. The message is then not delivered."""
        self._fault_rate, self._fault_kinds, self._faults = rate, kinds, random.Random(seed)

    def accepted(self, method: str) -> int:
        """How many calls of a method the server accepted (cheap, for benchmarks)."""
        return self._accepted.get(method, 0)

    def unanswered_callbacks(self) -> list[str]:
        return [query for query, answered in self._callbacks.items() if not answered]

    def inline_answer(self, query_id: str) -> list[dict[str, Any]] | None:
        return self._inline.get(query_id)

    def transcript(self, chat_id: int) -> list[Sent]:
        return [m for m in self.chats[chat_id] if not m.deleted]

    # -- the HTTP side -------------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.Response:
        # Rate limits count arrivals, as Telegram does: stamped before this server's own
        # parsing and validation, whose cost would otherwise bunch requests together.
        _ARRIVED.set(time.monotonic())
        self._in_flight += 1
        self._last_request = time.monotonic()
        method = request.match_info["method"]
        try:
            if request.match_info["token"] != self.token:
                return self._error(method, Rejected(401, "Unauthorized"))
            raw, from_form = await self._read(request)
            try:
                params = decode(method, raw, from_form=from_form)
                self._inject_failure(method)
                self.calls.append((method, params))
                self.bodies.append((method, _body_kind(request.content_type)))
                result = await self._call(method, params)
            except Rejected as rejected:
                return self._error(method, rejected)
            self._accepted[method] = self._accepted.get(method, 0) + 1
            return web.json_response({"ok": True, "result": result})
        finally:
            self._in_flight -= 1
            self._last_request = time.monotonic()
            self._activity.set()

    async def _read(self, request: web.Request) -> tuple[dict[str, Any], bool]:
        if request.content_type == "application/json":
            body = await request.json()
            return (body if isinstance(body, dict) else {}), False
        form = await request.post()
        merged: dict[str, Any] = dict(request.query)
        for key, value in form.items():
            if isinstance(value, str):
                merged[key] = value
            elif isinstance(value, web.FileField):  # kept so that tests can read what was received
                merged[key] = {"file": value.filename, "content": value.file.read()}
            else:
                merged[key] = {"file": "", "content": bytes(value)}
        for key, value in list(merged.items()):
            if isinstance(value, str) and value.startswith("attach://"):
                merged[key] = merged.get(value.removeprefix("attach://"), value)
        return merged, True

    def _error(self, method: str, rejected: Rejected) -> web.Response:
        self.rejected.append((method, rejected.status, rejected.description))
        body: dict[str, Any] = {
            "ok": False,
            "error_code": rejected.status,
            "description": rejected.description,
        }
        if rejected.parameters:
            body["parameters"] = rejected.parameters
        return web.json_response(body, status=rejected.status)

    def _inject_failure(self, method: str) -> None:
        if self._fault_rate and method.startswith("send") and self._faults.random() < self._fault_rate:
            status = self._faults.choice(self._fault_kinds)
            self.injected[status] = self.injected.get(status, 0) + 1
            if status == 429:
                retry = self._faults.choice((1, 2))
                raise Rejected(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})
            raise Rejected(status, "Internal Server Error" if status == 500 else "Bad Gateway")
        if not self._failures or method in ("getUpdates", "getMe"):
            return
        wanted, failure = self._failures[0]
        if wanted is None or wanted == method:
            self._failures.popleft()
            raise Rejected(failure.status, failure.description, failure.parameters)

    async def _call(self, method: str, params: dict[str, Any]) -> Any:
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return True  # a valid method this server has no state for (setChatMenuButton...)
        return await handler(params)

    # -- methods ------------------------------------------------------------------------------
    async def _m_getMe(self, _params: dict[str, Any]) -> Any:
        return self.me

    async def _m_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset", 0) or 0)
        limit = int(params.get("limit", 100) or 100)
        timeout = float(params.get("timeout", 0) or 0)
        if offset:
            self._confirmed = max(self._confirmed, offset - 1)
        deadline = time.monotonic() + min(timeout, 50)
        while True:
            pending = [u for u in self._updates if u["update_id"] > self._confirmed][:limit]
            if pending or time.monotonic() >= deadline or self._closing:
                break
            self._new_update.clear()
            self._in_flight -= 1  # a waiting long poll is not work in progress
            try:
                await asyncio.wait_for(self._new_update.wait(), timeout=max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                pass
            finally:
                self._in_flight += 1
        if pending:
            self._fetched = max(self._fetched, pending[-1]["update_id"])
        return pending

    async def _m_deleteWebhook(self, _params: dict[str, Any]) -> Any:
        self.webhook = {}
        return True

    async def _m_setWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = params
        return True

    async def _m_setMyCommands(self, params: dict[str, Any]) -> Any:
        self.commands[params.get("language_code", "")] = params["commands"]
        return True

    async def _m_setMyDescription(self, params: dict[str, Any]) -> Any:
        self.descriptions[params.get("language_code", "")] = params.get("description", "")
        return True

    async def _m_sendMessage(self, params: dict[str, Any]) -> Any:
        chat_id = self._writable_chat(params["chat_id"])
        text = self._checked_text(params["text"], params.get("parse_mode"))
        markup = self._checked_markup(params.get("reply_markup"))
        return self._store(Sent(self._next_id(chat_id), chat_id, True, text, markup))

    async def _m_sendContact(self, params: dict[str, Any]) -> Any:
        chat_id = self._writable_chat(params["chat_id"])
        contact = {k: params[k] for k in ("phone_number", "first_name", "last_name", "vcard") if k in params}
        markup = self._checked_markup(params.get("reply_markup"))
        sent = Sent(self._next_id(chat_id), chat_id, True, "", markup, "contact", {"contact": contact})
        return self._store(sent)

    async def _m_sendPhoto(self, params: dict[str, Any]) -> Any:
        return await self._send_file(params, "photo")

    async def _m_sendDocument(self, params: dict[str, Any]) -> Any:
        return await self._send_file(params, "document")

    async def _send_file(self, params: dict[str, Any], kind: str) -> Any:
        chat_id = self._writable_chat(params["chat_id"])
        caption = params.get("caption", "")
        if caption:
            visible = self._visible(caption, params.get("parse_mode"))
            if utf16_length(visible) > 1024:
                raise Rejected(400, "Bad Request: message caption is too long")
        markup = self._checked_markup(params.get("reply_markup"))
        sent = Sent(self._next_id(chat_id), chat_id, True, caption, markup, kind, {kind: params.get(kind)})
        return self._store(sent)

    async def _m_sendChatAction(self, params: dict[str, Any]) -> Any:
        self._writable_chat(params["chat_id"])
        return True

    async def _m_editMessageText(self, params: dict[str, Any]) -> Any:
        message = self._message(params)
        text = self._checked_text(params["text"], params.get("parse_mode"))
        markup = self._checked_markup(params.get("reply_markup"))
        if message.text == text and message.reply_markup == markup:
            raise Rejected(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message",
            )
        message.text, message.reply_markup = text, markup
        return self._as_message(message)

    async def _m_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        message = self._message(params)
        markup = self._checked_markup(params.get("reply_markup"))
        if message.reply_markup == markup:
            raise Rejected(400, "Bad Request: message is not modified")
        message.reply_markup = markup
        return self._as_message(message)

    async def _m_deleteMessage(self, params: dict[str, Any]) -> Any:
        self._message(params).deleted = True
        return True

    async def _m_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        query = params["callback_query_id"]
        if query not in self._callbacks or self._callbacks[query]:
            raise Rejected(
                400, "Bad Request: query is too old and response timeout expired or query ID is invalid"
            )
        if len(params.get("text", "")) > 200:
            raise Rejected(400, "Bad Request: MESSAGE_TOO_LONG")
        self._callbacks[query] = True
        self.callback_answers[query] = params.get("text", "")
        return True

    async def _m_answerInlineQuery(self, params: dict[str, Any]) -> Any:
        query = params["inline_query_id"]
        if query not in self._inline or self._inline[query] is not None:
            raise Rejected(
                400, "Bad Request: query is too old and response timeout expired or query ID is invalid"
            )
        results = params["results"]
        if len(results) > MAX_INLINE_RESULTS:
            raise Rejected(400, "Bad Request: RESULTS_TOO_MUCH")
        for result in results:
            content = result.get("input_message_content") or {}
            if "message_text" in content:
                self._checked_text(content["message_text"], content.get("parse_mode"))
            self._checked_markup(result.get("reply_markup"))
        self._inline[query] = results
        return True

    # -- checks -------------------------------------------------------------------------------
    def _writable_chat(self, chat: Any) -> int:
        try:
            chat_id = int(chat)
        except (TypeError, ValueError):
            raise Rejected(400, "Bad Request: chat not found") from None
        if chat_id in self.migrated:
            raise Rejected(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self.migrated[chat_id]},
            )
        if chat_id not in self.people and chat_id not in self.chats:
            raise Rejected(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            raise Rejected(403, "Forbidden: bot was blocked by the user")
        if self.enforce_rate_limits:
            self._rate_limit(chat_id)
        return chat_id

    def _rate_limit(self, chat_id: int) -> None:
        now = _ARRIVED.get(None) or time.monotonic()
        while self._sends and now - self._sends[0][0] > 60:
            self._sends.popleft()
        overall = [t for t, _ in self._sends if 0 <= now - t < 1]
        mine = [t for t, c in self._sends if c == chat_id]
        group = chat_id < 0
        if len(overall) >= 30:
            self._too_many(1 - (now - overall[0]))
        if group and len(mine) >= 20:
            self._too_many(60 - (now - mine[-20]))
        recent = [t for t in mine if now - t < 3]
        if not group and len(recent) >= 3:  # 1 per second, a burst of three tolerated
            self._too_many(3 - (now - recent[-3]))
        bisect.insort(self._sends, (now, chat_id))  # requests may finish out of arrival order

    @staticmethod
    def _too_many(wait: float) -> None:
        retry = max(1, math.ceil(wait))
        raise Rejected(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})

    @staticmethod
    def _visible(text: str, parse_mode: str | None) -> str:
        if parse_mode is None:
            return text
        if parse_mode.upper() != "HTML":
            raise Rejected(400, f"Bad Request: unsupported parse_mode {parse_mode} (this server speaks HTML)")
        try:
            return visible_text(text)
        except EntityError as error:
            raise Rejected(400, f"Bad Request: {error}") from None

    def _checked_text(self, text: str, parse_mode: str | None) -> str:
        visible = self._visible(text, parse_mode).strip()
        if not visible:
            raise Rejected(400, "Bad Request: message text is empty")
        if utf16_length(visible) > MAX_TEXT:
            raise Rejected(400, "Bad Request: message is too long")
        return text

    @staticmethod
    def _checked_markup(markup: Any) -> dict[str, Any] | None:
        if markup is None:
            return None
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA:
                    raise Rejected(400, "Bad Request: BUTTON_DATA_INVALID")
                if not button.get("text", "").strip():
                    raise Rejected(400, "Bad Request: text buttons are unallowed in the inline keyboard")
        return dict(markup)

    def _message(self, params: dict[str, Any]) -> Sent:
        if "inline_message_id" in params:
            raise Rejected(400, "Bad Request: MESSAGE_ID_INVALID")
        chat_id = int(params.get("chat_id", 0))
        for message in self.chats.get(chat_id, []):
            if message.message_id == params.get("message_id") and not message.deleted:
                return message
        raise Rejected(400, "Bad Request: message to edit not found")

    def _next_id(self, chat_id: int) -> int:
        return next(self._message_ids[chat_id])

    def _store(self, sent: Sent) -> dict[str, Any]:
        self.chats[sent.chat_id].append(sent)
        return self._as_message(sent)

    def _chat(self, chat_id: int) -> dict[str, Any]:
        person = self.people.get(chat_id)
        if person is None:
            return {"id": chat_id, "type": "group" if chat_id < 0 else "private", "title": "Skupina"}
        return {"id": chat_id, "type": "private", "first_name": person.first_name}

    def _as_message(self, sent: Sent) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": self._chat(sent.chat_id),
            "from": self.me if sent.from_bot else self.people[sent.chat_id].as_user(),
        }
        if sent.kind == "text":
            message["text"] = _plain_or_raw(sent.text)
        elif sent.kind == "contact":
            message["contact"] = sent.extra["contact"]
        elif sent.kind in ("photo", "document"):
            if sent.kind == "photo":
                message["photo"] = [{"file_id": "photo", "file_unique_id": "photo", "width": 1, "height": 1}]
            else:
                message["document"] = {"file_id": "doc", "file_unique_id": "doc"}
            if sent.text:
                message["caption"] = _plain_or_raw(sent.text)
        else:
            message.update(sent.extra)
        if sent.reply_markup:
            message["reply_markup"] = sent.reply_markup
        return message


def _plain_or_raw(text: str) -> str:
    try:
        return visible_text(text)
    except EntityError:
        return text


class Person:
    """Someone chatting with the bot in a private chat."""

    def __init__(self, api: OfflineBotApi, user_id: int, first_name: str, language_code: str) -> None:
        self.api = api
        self.id = user_id
        self.first_name = first_name
        self.language_code = language_code
        self.last_query = ""

    def as_user(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": self.language_code,
        }

    def _message(self, **content: Any) -> dict[str, Any]:
        kind = next(
            (k for k in ("sticker", "photo", "location", "voice", "document", "contact") if k in content),
            "text",
        )
        sent = Sent(self.api._next_id(self.id), self.id, False, content.get("text", ""), kind=kind)
        self.api.chats[self.id].append(sent)
        return {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": {"id": self.id, "type": "private", "first_name": self.first_name},
            "from": self.as_user(),
            **content,
        }

    def says(self, text: str) -> int:
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return self.api.inject({"message": self._message(**content)})

    def says_in_group(self, group_id: int, text: str) -> int:
        """A message in a group chat (negative id) the bot is a member of."""
        sent = Sent(self.api._next_id(group_id), group_id, False, text)
        self.api.chats[group_id].append(sent)
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            command = text.split()[0]
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return self.api.inject(
            {
                "message": {
                    "message_id": sent.message_id,
                    "date": int(time.time()),
                    "chat": {"id": group_id, "type": "group", "title": "Skupina"},
                    "from": self.as_user(),
                    **content,
                }
            }
        )

    def sends(self, **content: Any) -> int:
        """Anything but text: sticker=..., photo=[...], location=..., voice=..."""
        return self.api.inject({"message": self._message(**content)})

    def edits(self, message_id: int, text: str) -> int:
        message = self._message(text=text)
        message["message_id"] = message_id
        message["edit_date"] = int(time.time())
        return self.api.inject({"edited_message": message})

    def presses(self, label: str, message: Sent | None = None) -> int:
        """Press the button whose label contains `label`, on `message` or the newest one that has it."""
        candidates = [message] if message else list(reversed(self.api.transcript(self.id)))
        for candidate in candidates:
            for button in candidate.buttons:
                if label.lower() in button["text"].lower() and "callback_data" in button:
                    return self.presses_data(button["callback_data"], candidate)
        shown = [b["text"] for m in candidates[:1] for b in m.buttons]
        raise LookupError(f"no button {label!r}; the last message has {shown}")

    def presses_data(self, data: str, message: Sent) -> int:
        query_id = str(next(self.api._query_ids))
        self.api._callbacks[query_id] = False
        self.last_query = query_id
        return self.api.inject(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self.as_user(),
                    "message": self.api._as_message(message),
                    "chat_instance": str(self.id),
                    "data": data,
                }
            }
        )

    def types_inline(self, query: str) -> str:
        query_id = str(next(self.api._query_ids))
        self.api._inline[query_id] = None
        self.api.inject(
            {"inline_query": {"id": query_id, "from": self.as_user(), "query": query, "offset": ""}}
        )
        return query_id

    @property
    def received(self) -> list[Sent]:
        return [m for m in self.api.transcript(self.id) if m.from_bot]

    @property
    def last(self) -> Sent:
        return self.received[-1]

    @property
    def notice(self) -> str:
        """What the bot showed for the last button press (answerCallbackQuery's text)."""
        return self.api.callback_answers.get(self.last_query, "")

    def block(self) -> None:
        self.api.blocked.add(self.id)


def _body_kind(content_type: str) -> str:
    if content_type == "application/json":
        return "json"
    return "multipart" if content_type.startswith("multipart/") else "form"
