"""One instance at a time sends the outbox and runs scheduled work.

Two `spojka run` on one PostgreSQL (a standby for failover, or a second machine) must not
both send a broadcast or both fire the Monday nudge. The instance that holds a PostgreSQL
session advisory lock leads; the other answers people but leaves the outbox and the
scheduled jobs alone, and takes over when the leader's connection ends (a crash, a kill,
a lost network): PostgreSQL releases a session lock with its session.

Telegram's 30 messages a second are per bot, not per process, so one sender at a time is
also what keeps two instances within the limit. The embedded SQLite database serves one
process: it always leads.
"""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import Connection, Engine, text

log = logging.getLogger(__name__)

LEADER_LOCK = 0x5350_4F4A_4B41  # "SPOJKA": one number for every instance on a database
CHECK_EVERY = 5.0  # seconds between checks that the leader's session is still alive


class Leadership:
    def __init__(self, engine: Engine, *, key: int = LEADER_LOCK) -> None:
        self.engine = engine
        self.key = key
        self._connection: Connection | None = None
        self._checked = 0.0
        self._released = False
        self._guard = threading.Lock()  # asked from the event loop and the courier's thread

    @property
    def shared(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def holds(self) -> bool:
        """True while this instance leads; tries to become the leader when nobody does."""
        if not self.shared:
            return True
        with self._guard:
            if self._released:  # stopping: a job still in flight must not take the lead again
                return False
            if self._connection is not None and self._alive():
                return True
            return self._try()

    def release(self) -> None:
        """For good: this instance is stopping (its session and the lock go with it)."""
        with self._guard:
            self._released = True
            self._drop()

    def _alive(self) -> bool:
        assert self._connection is not None
        if time.monotonic() - self._checked < CHECK_EVERY:
            return True
        try:
            self._connection.execute(text("SELECT 1"))
            self._connection.commit()
        except Exception:
            log.warning("the leader's database session ended: no longer leading", exc_info=True)
            self._drop()
            return False
        self._checked = time.monotonic()
        return True

    def _try(self) -> bool:
        try:
            connection = self.engine.connect()
        except Exception:
            log.warning("cannot reach the database to take the lead", exc_info=True)
            return False
        try:
            acquired = bool(
                connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": self.key}).scalar()
            )
            connection.commit()  # a session lock outlives the transaction; no idle transaction
        except Exception:
            connection.close()
            raise
        if not acquired:
            connection.close()
            return False
        log.info("this instance now leads: it sends the outbox and runs scheduled work")
        self._connection, self._checked = connection, time.monotonic()
        return True

    def _drop(self) -> None:
        if self._connection is not None:
            try:
                self._connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self.key})
                self._connection.commit()
            except Exception:
                log.debug("could not unlock (the session is gone, and the lock with it)", exc_info=True)
            finally:
                self._connection.close()
                self._connection = None
