"""The courier: sends the outbox at Telegram's limits, without losing a message.

bot/delivery/outbox.py writes the rows; `Courier.run` sends them through a `Sender`
(the Telegram side lives in handlers/; this module never imports telegram):

- pacing: at most `per_second` messages overall, one per `private_gap` seconds per private
  chat and `group_gap` per group chat (Telegram: ~30/s, 1/s, 20/min; configurable);
- 429: that message and that chat wait `retry_after`; other chats go on;
- 5xx and network errors: retried with exponential backoff, at most `max_attempts` times;
- 403 (blocked, deactivated): the chat is marked inactive and nothing more is sent there;
- a migrated group: the chat id is updated and the message resent;
- crash safety: a row is marked "sending" (committed) before the call and "sent" (with
  Telegram's message id) after it, so a restart resends only what was in flight at the crash;
- one budget: the courier draws from the same `SendBudget` as the bot's replies, which come
  first (bot/delivery/budget.py);
- several instances: a row is claimed with a conditional update (pending -> sending), so two
  couriers never send one row twice; and only the instance that leads (bot/delivery/
  leadership.py) sends at all, so a starting instance never mistakes the leader's in-flight
  rows for a crash's.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar

from sqlalchemy import Engine, insert, update
from sqlmodel import Session, col, func, select

from bot.clock import aware, utc_now
from bot.database import unit_of_work
from bot.delivery.budget import SendBudget
from bot.delivery.leadership import Leadership
from bot.user_models import InactiveChat, Outbox

log = logging.getLogger(__name__)
_T = TypeVar("_T")


@dataclass(frozen=True)
class Outcome:
    kind: str  # sent, retry_after, blocked, migrated, temporary, permanent
    message_id: int | None = None
    retry_after: float = 0.0
    new_chat_id: int | None = None
    error: str = ""


Sender = Callable[[int, str, dict[str, Any] | None], Awaitable[Outcome]]


@dataclass(frozen=True)
class Limits:
    per_second: float = 30.0
    private_gap: float = 1.0
    group_gap: float = 3.0  # 20 per minute
    max_attempts: int = 6
    concurrency: int = 3  # enough for 30/s at 100 ms latency; more only reorders arrivals
    pacing_margin: float = 0.005  # seconds added to the one-second window: clock and timer slack


@dataclass
class Courier:
    """Sends the outbox. One per process; `run` until `stop` (or until empty with `drain`)."""

    engine: Engine
    sender: Sender
    limits: Limits = field(default_factory=Limits)
    budget: SendBudget | None = None  # shared with the bot's replies; a budget of its own if None
    leadership: Leadership | None = None  # None: this courier is the only one
    _next_for_chat: dict[int, float] = field(default_factory=dict)
    _stopping: bool = False
    _leading: bool = False
    _wake: asyncio.Event | None = None
    _deliveries: int = 0  # sends under way
    _database_thread: ThreadPoolExecutor | None = None
    stats: dict[str, int] = field(
        default_factory=lambda: {"sent": 0, "retry_after": 0, "temporary": 0, "lost_claims": 0}
    )

    def __post_init__(self) -> None:
        if self.budget is None:
            self.budget = SendBudget(self.limits.per_second, margin=self.limits.pacing_margin)

    def stop(self) -> None:
        self._stopping = True
        self.wake()

    @property
    def busy(self) -> bool:
        """Woken for new messages and not yet through them, or sending: for tests that wait
        until everything queued went out."""
        return (self._wake is not None and self._wake.is_set()) or self._deliveries > 0

    def wake(self) -> None:
        """New messages were queued (or we are stopping): do not wait for the next poll."""
        if self._wake is not None:
            self._wake.set()

    async def run(self, *, drain: bool = False, idle: float = 0.5) -> None:
        """Send due messages; with `drain`, return when nothing is pending any more."""
        self._wake = asyncio.Event()
        self._database_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox")
        try:
            await self._loop(drain=drain, idle=idle)
        finally:
            self._database_thread.shutdown(wait=True)

    def _lead(self) -> bool:
        """Whether this courier may send now; on becoming the sender, what the previous one
        left in flight is recovered (at most one duplicate each)."""
        leading = self.leadership is None or self.leadership.holds()
        if leading and not self._leading:
            self._recover()
        self._leading = leading
        return leading

    async def _loop(self, *, drain: bool, idle: float) -> None:
        assert self._wake is not None
        semaphore = asyncio.Semaphore(self.limits.concurrency)
        tasks: set[asyncio.Task[None]] = set()
        while not self._stopping:
            if not await self._db(self._lead):
                # another instance sends; wait to take over (with `drain`, until it is done)
                if drain and not await self._db(self._pending):
                    return
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), timeout=max(idle, 0.05) if not drain else 0.05)
                except TimeoutError:
                    pass
                continue
            due = await self._db(self._due, limit=200)
            if not due:
                if tasks:
                    await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
                    continue
                if drain and not await self._db(self._pending):
                    return
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), timeout=idle if not drain else 0.05)
                except TimeoutError:
                    pass
                continue
            dispatched = 0
            for row in due:
                if self._stopping:
                    break
                chat_id = row.chat_id
                ready_at = self._next_for_chat.get(chat_id, 0.0)
                if ready_at > time.monotonic():
                    continue  # this chat's next message waits; others go on
                await semaphore.acquire()
                if not await self._db(self._claim, row.id):
                    semaphore.release()  # another courier took it meanwhile
                    self.stats["lost_claims"] += 1
                    continue
                dispatched += 1
                self._next_for_chat[chat_id] = time.monotonic() + self._gap(chat_id)
                self._deliveries += 1
                task = asyncio.create_task(self._deliver(row, semaphore))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            if not dispatched:
                # every due message waits for its chat: sleep until the first chat is free
                waits = [self._next_for_chat.get(r.chat_id, 0.0) - time.monotonic() for r in due]
                await asyncio.sleep(max(0.005, min(waits)))
            await asyncio.sleep(0)
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _db(self, work: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        """Database work on one thread of its own: it never holds a send back, and never
        overlaps itself (an in-memory SQLite database has a single connection)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._database_thread, functools.partial(work, *args, **kwargs))

    # -- sending --------------------------------------------------------------------------------
    def _gap(self, chat_id: int) -> float:
        return self.limits.group_gap if chat_id < 0 else self.limits.private_gap

    async def _deliver(self, row: Outbox, semaphore: asyncio.Semaphore) -> None:
        try:
            markup = json.loads(row.markup) if row.markup else None
            # Paced right before the call, so that what is counted is what leaves; the
            # database writes run in a thread and never hold a send back.
            assert self.budget is not None
            await self.budget.bulk()
            try:
                outcome = await self.sender(row.chat_id, row.text, markup)
            except Exception as error:  # a network failure is a temporary failure
                outcome = Outcome("temporary", error=repr(error))
            finally:
                self.budget.landed()
            await self._db(self._apply, row, outcome)
        finally:
            self._deliveries -= 1
            semaphore.release()

    def _apply(self, row: Outbox, outcome: Outcome) -> None:
        assert row.id is not None
        now = utc_now()
        if outcome.kind == "sent":
            self.stats["sent"] += 1
            self._mark(row.id, status="sent", sent_at=now, telegram_message_id=outcome.message_id)
        elif outcome.kind == "retry_after":
            self.stats["retry_after"] += 1
            self._next_for_chat[row.chat_id] = time.monotonic() + outcome.retry_after
            self._mark(row.id, status="pending", not_before=now + timedelta(seconds=outcome.retry_after))
        elif outcome.kind == "blocked":
            self._deactivate(row.chat_id, outcome.error or "blocked")
        elif outcome.kind == "migrated" and outcome.new_chat_id is not None:
            self._migrate(row.chat_id, outcome.new_chat_id)
        elif outcome.kind == "temporary" and row.attempts + 1 < self.limits.max_attempts:
            self.stats["temporary"] += 1
            wait = min(60.0, 2.0**row.attempts)
            self._mark(
                row.id,
                status="pending",
                attempts=row.attempts + 1,
                not_before=now + timedelta(seconds=wait),
                last_error=outcome.error[:500],
            )
        else:
            self._mark(row.id, status="failed", attempts=row.attempts + 1, last_error=outcome.error[:500])

    # -- the table: each step is a transaction of its own (a job's step, not a person's action) --
    def _recover(self) -> None:
        """After a crash, what was being sent is sent again (at most one duplicate each).

        What the previous process sent in the last seconds still counts against Telegram's
        limits, so the pacing starts from it rather than from an empty window.
        """
        now, clock = utc_now(), time.monotonic()
        with unit_of_work(self.engine) as session:
            session.execute(update(Outbox).where(col(Outbox.status) == "sending").values(status="pending"))
            recent = session.exec(
                select(Outbox).where(
                    Outbox.status == "sent", col(Outbox.sent_at) >= now - timedelta(seconds=5)
                )
            ).all()
        moments = []
        for row in recent:
            assert row.sent_at is not None
            at = clock - (now - aware(row.sent_at)).total_seconds()
            moments.append(at)
            self._next_for_chat[row.chat_id] = max(
                self._next_for_chat.get(row.chat_id, 0.0), at + self._gap(row.chat_id)
            )
        # The process died mid-send: what it sent last is not in the table yet. One extra
        # second of caution costs a second; a 429 costs more.
        if recent:
            moments += [clock] * int(self.limits.per_second // 2)
        assert self.budget is not None
        self.budget.sent_recently(moments)

    def _due(self, *, limit: int) -> list[Outbox]:
        """The next pending rows, oldest first (read only: `_claim` decides who sends each)."""
        with Session(self.engine) as session:
            return list(
                session.exec(
                    select(Outbox)
                    .where(Outbox.status == "pending", Outbox.not_before <= utc_now())
                    .order_by(col(Outbox.id))
                    .limit(limit)
                )
            )

    def _pending(self) -> bool:
        with Session(self.engine) as session:
            count = session.exec(
                select(func.count()).where(col(Outbox.status).in_(("pending", "sending")))
            ).one()
        return bool(count)

    # Each write below is a Core statement on a connection: the send and its "sent" mark are
    # apart by as little as possible (a Session costs twice as long, and a kill -9 in between
    # means a message sent twice).
    def _claim(self, row_id: int | None) -> bool:
        """pending -> sending, only if still pending: of two couriers, one wins each row."""
        with self.engine.begin() as connection:
            claimed = connection.execute(
                update(Outbox)
                .where(col(Outbox.id) == row_id, col(Outbox.status) == "pending")
                .values(status="sending")
            )
        return claimed.rowcount == 1

    def _mark(self, row_id: int, **values: Any) -> None:
        with self.engine.begin() as connection:
            connection.execute(update(Outbox).where(col(Outbox.id) == row_id).values(**values))

    def _deactivate(self, chat_id: int, reason: str) -> None:
        with self.engine.begin() as connection:
            known = select(InactiveChat.chat_id).where(InactiveChat.chat_id == chat_id)
            if connection.execute(known).first() is None:
                connection.execute(
                    insert(InactiveChat).values(chat_id=chat_id, since=utc_now(), reason=reason[:200])
                )
            connection.execute(
                update(Outbox)
                .where(col(Outbox.chat_id) == chat_id, col(Outbox.status).in_(("pending", "sending")))
                .values(status="blocked", last_error=reason[:500])
            )

    def _migrate(self, old: int, new: int) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(Outbox)
                .where(col(Outbox.chat_id) == old, col(Outbox.status).in_(("pending", "sending")))
                .values(chat_id=new, status="pending")
            )
