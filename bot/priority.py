"""The lowest CPU priority for background work: it runs only on a core nobody else wants.

Imported by the reports' worker process before anything else, so it imports nothing heavy.
On Linux the scheduler's idle class (SCHED_IDLE) yields the core at once to any ordinary
process that wakes up, such as the bot with a person's answer to send; a niceness of
10 or 19 only lowers a share and still lets the worker hold a core for a few milliseconds.
Elsewhere the lowest niceness is the best there is.
"""

from __future__ import annotations

import os
import signal
import time

NICENESS = 19


def background_worker(bot: int | None = None, lowest_priority: bool = True) -> None:
    """The reports' worker process: the lowest priority (unless told otherwise: tests whose
    other workers keep every core busy), and it ends with the bot.

    A bot stopped by SIGKILL (a supervisor's last resort) never shuts its worker down: the
    worker would draw on, then wait forever, orphaned. `bot`: the bot's process id, given by
    the bot itself (the worker's parent is the fork server the bot started, not the bot)."""
    if lowest_priority:
        lowest()
    else:
        normal()
    die_with(bot if bot is not None else os.getppid())


def die_with(bot: int) -> None:
    """SIGTERM to the calling process when the process `bot` ends, also when it has ended
    already.

    A thread waits on the bot's process descriptor (Linux 5.3 and later; elsewhere it looks
    every second). The kernel's parent-death signal is not enough: the worker's parent is the
    fork server, which in turn waits for its children to end before it ends."""
    import threading  # here, not at the top: a worker imports only what it needs

    threading.Thread(target=_wait_then_end, args=(bot,), name="ends-with-the-bot", daemon=True).start()


def _wait_then_end(bot: int) -> None:
    try:
        import select

        descriptor = os.pidfd_open(bot)
        select.select([descriptor], [], [])  # readable when the process has ended
    except ProcessLookupError:
        pass  # ended before we looked
    except (AttributeError, OSError):
        while _alive(bot):
            time.sleep(1.0)
    os.kill(os.getpid(), signal.SIGTERM)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # somebody else's process now bears the number: ours has ended, or not
    return True


def lowest() -> None:
    """For the calling thread (on Linux a scheduling class is a thread's; the reports' worker
    calls it from its only thread, so the whole process), and for what it starts later; never
    fails (a missing capability keeps what there is).

    The idle class is not a strict one: its processes still get a tiny share of a busy core
    (a weight of 3 against a normal process's 1,024), so drawing is slowed, never stopped."""
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):  # not Linux, or not allowed
        try:
            os.nice(NICENESS)
        except (AttributeError, OSError):  # no niceness either (Windows)
            pass


def normal() -> None:
    """For the calling thread (as `lowest`): the ordinary class, also when it was started in the
    idle one (a fork server started for a bot that draws at the lowest priority). Leaving the
    idle class needs the privilege to raise one's priority where RLIMIT_NICE does not allow it:
    without it the thread keeps the class it has."""
    try:
        os.sched_setscheduler(0, os.SCHED_OTHER, os.sched_param(0))
    except (AttributeError, OSError):
        pass
