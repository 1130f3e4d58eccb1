"""The lowest CPU priority for background work: it runs only on a core nobody else wants.

Imported by a freshly spawned worker process before anything else, so it imports nothing
heavy. On Linux the scheduler's idle class (SCHED_IDLE) yields the core at once to any
ordinary process that wakes up, such as the bot with a person's answer to send; a niceness of
10 or 19 only lowers a share and still lets the worker hold a core for a few milliseconds.
Elsewhere the lowest niceness is the best there is.
"""

from __future__ import annotations

import os
import signal
import sys

NICENESS = 19
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def background_worker(bot: int | None = None, lowest_priority: bool = True) -> None:
    """The reports' worker process: the lowest priority (unless told otherwise: tests whose
    other workers keep every core busy), and it ends with the bot.

    A bot stopped by SIGKILL (a supervisor's last resort) never shuts its worker down: the
    worker would draw on, then wait forever, orphaned. On Linux the kernel tells it when its
    parent is gone. `bot`: the bot's process id, given by the bot itself, so that a bot that
    died while the worker was still starting (its imports take a second) is noticed too."""
    if lowest_priority:
        lowest()
    die_with_parent(bot)


def die_with_parent(parent: int | None = None) -> None:
    """SIGTERM to the calling process when its parent dies (Linux; elsewhere nothing).

    When the kernel refuses (prctl returns -1, e.g. under a seccomp filter) nothing is lost but
    this safety net; the worker still ends on a normal stop."""
    if not sys.platform.startswith("linux"):
        return
    expected = parent if parent is not None else os.getppid()
    try:
        import ctypes  # here, not at the top: a worker imports only what it needs

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0)
    except (ImportError, OSError, AttributeError):
        return
    if os.getppid() != expected:  # the parent died before the request was made
        os.kill(os.getpid(), signal.SIGTERM)


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
