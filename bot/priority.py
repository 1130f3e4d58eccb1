"""The lowest CPU priority for background work: it runs only on a core nobody else wants.

Imported by a freshly spawned worker process before anything else, so it imports nothing
heavy. On Linux the scheduler's idle class (SCHED_IDLE) yields the core at once to any
ordinary process that wakes up, such as the bot with a person's answer to send; a niceness of
10 or 19 only lowers a share and still lets the worker hold a core for a few milliseconds.
Elsewhere the lowest niceness is the best there is.
"""

from __future__ import annotations

import os

NICENESS = 19


def lowest() -> None:
    """For the calling process; never fails (a missing capability keeps what there is).

    The idle class is not a strict one: its processes still get a tiny share of a busy core
    (a weight of 3 against a normal process's 1,024), so drawing is slowed, never stopped."""
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):  # not Linux, or not allowed
        try:
            os.nice(NICENESS)
        except (AttributeError, OSError):  # no niceness either (Windows)
            pass
