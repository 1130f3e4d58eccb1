"""Per-person memory in bot_data that cannot grow without bound.

The flood guard and the language cache remember something about everyone who writes. A
bot that runs for months meets tens of thousands of people, so each keeps the most
recently active ones only; someone forgotten is simply looked up (or counted) afresh.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")

PEOPLE_REMEMBERED = 10_000


class Recent(OrderedDict[K, V]):
    """A dict of at most `limit` entries; the least recently set or touched go first."""

    def __init__(self, limit: int | None = None) -> None:
        super().__init__()
        self.limit = limit if limit is not None else PEOPLE_REMEMBERED

    def __setitem__(self, key: K, value: V) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)

    def touch(self, key: K) -> None:
        if key in self:
            self.move_to_end(key)


def recent(bot_data: dict[str, Any], name: str, limit: int | None = None) -> Recent[Any, Any]:
    """bot_data[name] as a bounded dict (created on first use)."""
    found = bot_data.get(name)
    if not isinstance(found, Recent):
        found = Recent(limit)
        bot_data[name] = found
    return found
