"""The answer engine: one per database, shared by the bot, `spojka chat` and `spojka ask`.

The index is built on the first question and rebuilt only when a newer knowledge-base import
appears (kb_version), never per question. The check is one tiny query, so an import done by
`spojka kb import` in another process is picked up by a running bot at its next question.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Engine

from bot import clock
from bot.database import unit_of_work
from bot.directory.services import RememberedDetails
from bot.search.answering import DEFAULT_LIMIT, Answer, answer
from bot.search.catalog import ChangeLogs, Versions, current_version, load_catalog
from bot.search.index import SearchIndex, build_index
from bot.search.understanding import Reading, understand

log = logging.getLogger(__name__)
DROPPABLE = frozenset({"prisons", "towns", "regions", "needs", "targets", "organizations", "capacity"})
CONTEXT = "context"


def _utc_now() -> datetime:
    return clock.utc_now()


class AnswerEngine:
    def __init__(
        self,
        engine: Engine,
        *,
        stale_days: int = 7,
        clock: Callable[[], datetime] = _utc_now,
        on_index: Callable[[SearchIndex], None] | None = None,
        remember: int = 4096,
    ) -> None:
        """`on_index` is told of each index built (the bot teaches the privacy check the
        organisations' names with it; a one-shot `spojka ask` has no use for that); `remember`
        is how many services' card details are kept in memory (the bot: all of them)."""
        self._engine = engine
        self._on_index = on_index
        self._stale_days = stale_days
        self._clock = clock
        self._index: SearchIndex | None = None
        self._lock = threading.Lock()
        self.builds = 0
        # the cards' details, forgotten for the services a change touched
        self.remembered = RememberedDetails(remember)
        self._changes = ChangeLogs(engine)
        self._seeing = threading.Lock()

    @property
    def engine(self) -> Engine:
        return self._engine

    def index(self) -> SearchIndex:
        """The index of the newest knowledge base, rebuilt if an import happened since.

        A capacity change (a worker published free places) reloads only the capacities.
        """
        versions = self._versions()
        version, live = versions.imports, versions.live
        index = self._index
        if index is not None and index.catalog.version == version and index.catalog.live_version == live:
            return index
        with self._lock:
            if self._index is None or self._index.catalog.version != version:
                self._index = build_index(load_catalog(self._engine))
                self.builds += 1
                if self._on_index is not None:
                    self._on_index(self._index)
                log.info(
                    "answer index built for knowledge base version %s: %d services in %.2f s",
                    version,
                    self._index.catalog.size,
                    self._index.build_seconds,
                )
            if self._index.catalog.live_version != live:
                self._index.catalog.refresh_live(self._engine, live)
            return self._index

    def remember_cards(self) -> int:
        """Read the cards' details of every service (up to `remember`) into memory, so that no
        answer waits for them (the bot at start, 20,000 services: ~2.5 s on SQLite, 4–8 s on
        PostgreSQL); returns how many."""
        index = self.index()
        with unit_of_work(self._engine) as session:
            return self.remembered.fill(session=session, service_ids=index.catalog.service_ids)

    def _versions(self) -> Versions:
        """The database's versions, told to the remembered cards. Read and told under one lock:
        the index thread and the event loop both ask, and a reading told after a newer one
        would look like a restored backup (everything forgotten, the missing ids with it)."""
        with self._seeing:
            versions = current_version(self._engine)
            self.remembered.seen(versions, self._changes)
            return versions

    def current(self) -> SearchIndex | None:
        """The index when it is up to date (one small query; one more when the versions moved or
        changes are missing), None when `index()` has a rebuild
        or a capacity refresh to do first: the bot then calls `index()` off its event loop."""
        versions = self._versions()
        index = self._index
        if (
            index is not None
            and index.catalog.version == versions.imports
            and index.catalog.live_version == versions.live
        ):
            return index
        return None

    def ask(
        self,
        question: str,
        *,
        limit: int = DEFAULT_LIMIT,
        drop: frozenset[str] = frozenset(),
        towns_as_prisons: bool = False,
        index: SearchIndex | None = None,
        need: str = "",
        everything: bool = False,
    ) -> Answer:
        """Answer a question; `drop` leaves out what was understood of those kinds
        ("towns", "needs", "capacity"...), for the bot's "✕ filter" buttons; "context" drops
        the reading of context (the worker meant every word set aside as background or
        negated), "context:5" only for the words set aside at word 5. `towns_as_prisons`: a town
        with a prison is read as that prison (the "Myslel jsem věznici …" button). `index`: the
        one `index()` just returned, when the caller has it (saves a look at kb_version).
        `need`: the need the worker picked when it was not understood ("Práce"); `everything`:
        every service of the place, the need left open."""
        if index is None:
            index = self.index()
        meant = frozenset(
            int(kind[len(CONTEXT) + 1 :])
            for kind in drop
            if kind.startswith(f"{CONTEXT}:") and kind[len(CONTEXT) + 1 :].isdigit()
        )
        found = understand(
            question, index, literal=CONTEXT in drop, meant=meant, towns_as_prisons=towns_as_prisons
        )
        for kind in drop:
            if kind == "capacity":
                found.capacity_available = False
            elif kind in DROPPABLE:
                getattr(found, kind).clear()
        if need in index.catalog.needs and need not in found.needs and "needs" not in drop:
            found.needs.append(need)
            found.readings.append(Reading("", "need", need, 0, "picked"))
        return answer(
            question,
            found,
            index,
            now=self._clock(),
            stale_days=self._stale_days,
            limit=max(0, limit),
            everything=everything,
        )

    @property
    def stale_days(self) -> int:
        return self._stale_days

    def now(self) -> datetime:
        return self._clock()


def answer_json(result: Answer, index: SearchIndex) -> dict[str, Any]:
    """The answer in the `spojka ask --json` contract (../shared/spec/ask.md)."""
    catalog = index.catalog
    found = result.understanding

    def hits(items: list[Any]) -> list[dict[str, Any]]:
        return [
            {
                "service_id": catalog.service_ids[hit.service],
                "organization_id": catalog.org_ids[catalog.service_org[hit.service]],
                "score": hit.score,
            }
            for hit in items
        ]

    return {
        "question": result.question,
        "understood": {
            "prisons": list(found.prisons),
            "regions": list(found.regions),
            "towns": [catalog.towns.get(t, t) for t in found.towns],
            "needs": list(found.needs),
            "targets": list(found.targets),
            "organizations": [catalog.org_ids[o] for o in found.organizations],
            "capacity_available": found.capacity_available,
        },
        "results": hits(result.results),
        "alternatives": hits(result.alternatives),
    }
