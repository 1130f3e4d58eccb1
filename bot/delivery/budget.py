"""Telegram's ~30 messages a second for the whole bot: one budget, and replies come first.

Both paths that send draw from one `SendBudget`: the bot's replies (through the rate
limiter in handlers/delivery.py) and the courier's broadcasts and notifications. A person
who asked something must not wait behind a 5,000-recipient broadcast, so:

- a reply takes the next free slot; while a reply waits, no broadcast message starts;
- the courier also leaves room for the replies of the last second (as many as were sent
  then): at a steady 10 replies a second broadcasts run at 20 a second, not 30;
- every time a broadcast message waited for replies it is counted, so that the live
  delivery report can say why it is slower than usual;
- but a broadcast never stops: even when people ask faster than Telegram lets the bot
  answer, one slot in ten (3 a second) goes to the broadcast;
- what follows a reply (a report's charts and files after its text: `later`) takes what the
  replies leave, as a broadcast does, but does not queue behind one, and at most half a
  second's slots; it too keeps a floor of one slot in ten, so a report always arrives. With a
  broadcast and a report's files both waiting while people ask faster than Telegram allows,
  the two floors leave replies 24 of 30;
- while people have asked within the last few seconds, a third of the slots stays free for
  them whatever the last second's count says: after a stall the askers come at once, and a
  second filled with a report's files (each slot taken counts for a whole second) made the
  last of them wait that second out.

Counting as Telegram counts arrivals: a finished send counts from the moment its response
came back (never later than its arrival), and a send still in flight counts all the time.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque


class SendBudget:
    def __init__(self, per_second: float = 30.0, *, margin: float = 0.005, bulk_floor: float = 0.1) -> None:
        self.per_second = per_second
        self.bulk_floor = max(1, int(per_second * bulk_floor))  # bulk sends a second, whatever happens
        self.later_most = max(self.bulk_floor, int(per_second) // 2)  # a report's files a second
        self.kept_for_people = int(per_second) // 3  # free while people are asking
        self.people_asking_for = 5.0  # seconds after a reply that people count as asking
        self._last_reply = float("-inf")
        self.window = 1.0 + margin  # clock and timer slack
        self._landed: deque[float] = deque()  # when recent sends' responses came back
        self._replies: deque[float] = deque()  # when recent replies were granted
        self._bulk: deque[float] = deque()  # when recent bulk sends were granted
        self._later: deque[float] = deque()  # when recent sends that follow a reply were granted
        self._bulk_waiting = False
        self._in_flight = 0
        self._replies_waiting = 0
        self._bulk_turn = asyncio.Lock()  # bulk sends queue one behind the other, in order
        self.slowed_for_replies = 0  # bulk sends that waited because people were answered
        self.last_slowed = float("-inf")  # time.monotonic() of the last such wait

    # -- what the courier and the replies call ---------------------------------------------------
    async def reply(self) -> None:
        """A slot for a reply (or any call the bot makes for a person): as soon as one is free."""
        self._replies_waiting += 1
        try:
            while not self._free(reserve=1 if self._bulk_owed() else 0):
                await asyncio.sleep(self._wait() if not self._bulk_owed() else 0.005)
        finally:
            self._replies_waiting -= 1
        self._take()
        self._replies.append(time.monotonic())
        self._last_reply = self._replies[-1]

    async def bulk(self) -> None:
        """A slot for a broadcast or notification: what replies leave free."""
        async with self._bulk_turn:
            slowed = False
            self._bulk_waiting = True
            try:
                while True:
                    room = self._free(reserve=0)
                    for_replies = self._replies_waiting > 0 or not self._free(self._reserve())
                    if room and (not for_replies or self._bulk_owed()):
                        break
                    if room:  # there was room, but it went (or is kept) for replies
                        slowed = True
                        await asyncio.sleep(0.005)
                    else:
                        await asyncio.sleep(self._wait())
            finally:
                self._bulk_waiting = False
            if slowed:
                self.slowed_for_replies += 1
                self.last_slowed = time.monotonic()
            self._take()
            self._bulk.append(time.monotonic())

    async def later(self) -> None:
        """A slot for what follows a reply the person already has (a report's charts and files
        after its text): what the replies of the last second leave free, or the floor."""
        while True:
            room = self._free(reserve=0)
            if (
                room
                and self._replies_waiting == 0
                and self._free(self._reserve())
                and len(self._later) < self.later_most
            ):
                break
            self._forget_old(time.monotonic())
            if room and len(self._later) < self.bulk_floor:
                break
            await asyncio.sleep(0.005 if room else self._wait())
        self._take()
        self._later.append(time.monotonic())

    def landed(self) -> None:
        """The response of a granted send came back (whatever it said)."""
        self._in_flight -= 1
        self._landed.append(time.monotonic())

    def sent_recently(self, moments: list[float]) -> None:
        """Sends made before this process started (a restart): they still count."""
        self._landed.extend(sorted(moments))

    def slowed_within(self, seconds: float) -> bool:
        return time.monotonic() - self.last_slowed <= seconds

    # -- the arithmetic ----------------------------------------------------------------------------
    def _forget_old(self, now: float) -> None:
        while self._landed and now - self._landed[0] >= self.window:
            self._landed.popleft()
        while self._replies and now - self._replies[0] >= self.window:
            self._replies.popleft()
        while self._bulk and now - self._bulk[0] >= self.window:
            self._bulk.popleft()
        while self._later and now - self._later[0] >= self.window:
            self._later.popleft()

    def _used(self) -> int:
        self._forget_old(time.monotonic())
        return len(self._landed) + self._in_flight

    def _bulk_owed(self) -> bool:
        """A broadcast waits and had less than its floor in the last second."""
        self._forget_old(time.monotonic())
        return self._bulk_waiting and len(self._bulk) < self.bulk_floor

    def _reserve(self) -> int:
        """Room kept for replies: as many as were granted in the last second, and a third of the
        slots while people have asked within the last few seconds."""
        now = time.monotonic()
        self._forget_old(now)
        kept = len(self._replies)
        if now - self._last_reply < self.people_asking_for:
            kept = max(kept, self.kept_for_people)
        return min(kept, int(self.per_second) - 1)

    def _free(self, reserve: int) -> bool:
        return self._used() + reserve < self.per_second

    def _wait(self) -> float:
        if self._landed:
            return max(0.001, self.window - (time.monotonic() - self._landed[0]) + 0.001)
        return 0.005  # every slot is in flight: wait for a response

    def _take(self) -> None:
        self._in_flight += 1
