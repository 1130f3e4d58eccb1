"""After an import the answer index is rebuilt (~0.75 s at 20,000 services): whatever a person
does that needs it, the rebuild runs off the event loop and everybody else is answered
meanwhile."""

from __future__ import annotations

import asyncio
import importlib
import threading
from collections.abc import Callable
from typing import Any

import pytest

from bot.search.engine import AnswerEngine
from offline_api.server import Person
from tests.conftest import import_sample
from tests.handlers.conftest import COORDINATOR, Chat, until
from tests.handlers.test_events import create_round_table, in_region
from tests.handlers.test_following import admitted
from tests.handlers.test_plans import SENTENCE


def _new(jana: Person, wanted: str) -> Callable[[], bool]:
    """Whether a message sent (or edited) from now on holds `wanted`."""
    before = {m.message_id: m.plain for m in jana.received}
    return lambda: any(wanted in m.plain and before.get(m.message_id) != m.plain for m in jana.received)


class Held:
    """`work` made slow: each call waits until `release()` (at most 3 s) and notes whether it
    waited that long in vain. Run on the event loop, a call can never be released: the test's
    own code waits on that loop."""

    def __init__(self, work: Callable[..., Any]) -> None:
        self.work = work
        self.gate = threading.Event()
        self.waited_out: list[bool] = []

    def __call__(self, *args: Any, **values: Any) -> Any:
        self.waited_out.append(not self.gate.wait(timeout=3))
        return self.work(*args, **values)

    def ran_off_the_loop(self) -> bool:
        return bool(self.waited_out) and not any(self.waited_out)


async def answered_meanwhile(chat: Chat, held: Held) -> bool:
    """Whether Petr's /help is answered while `held` waits; then it is released."""
    petr = chat.person(2, "Petr")
    petr.says("/help")
    answered = await until(chat.api, lambda: bool(petr.received), timeout=10)
    held.gate.set()
    await chat.settle()
    return answered and petr.last.plain.startswith("Co umím")


def _held(monkeypatch: pytest.MonkeyPatch, module: str, name: str) -> Held:
    held = Held(getattr(importlib.import_module(module), name))
    monkeypatch.setattr(f"{module}.{name}", held)
    return held


Step = Callable[[Person], Callable[[], bool]]


def _doing(action: str, what: str, shown: str) -> Step:
    """Jana `says` or `presses` `what`; done once a message holds `shown`."""

    def step(jana: Person) -> Callable[[], bool]:
        done = _new(jana, shown)
        getattr(jana, action)(what)
        return done

    return step


def _follow_prison(jana: Person) -> Callable[[], bool]:
    jana.presses("Sledovat nové služby ve věznici")
    return lambda: jana.notice.startswith("Sleduji: ")


def _inline(jana: Person) -> Callable[[], bool]:
    query = jana.types_inline("dluhy Ústí")
    return lambda: bool(jana.api.inline_answer(query))


STEPS = [
    pytest.param(_doing("says", "azylový dům", "Výsledky 1–5 z 7"), id="a question"),
    pytest.param(_doing("presses", "Další výsledky", "Výsledky 6–7 z 7"), id="the next page"),
    pytest.param(_doing("presses", "1 · Kontakty", "Kontakty – "), id="contacts"),
    pytest.param(
        _doing("says", "/veznice Opava", "Ústav pro výkon zabezpečovací detence Opava"), id="a prison"
    ),
    pytest.param(_follow_prison, id="following a prison"),
    pytest.param(_inline, id="inline mode"),
    pytest.param(_doing("says", "/plan " + SENTENCE, "🗓 Plán propuštění – koncept"), id="a release plan"),
]


@pytest.mark.parametrize("step", STEPS)
async def test_while_the_index_is_rebuilt_after_an_import_everybody_else_is_answered(
    chat: Chat, step: Step
) -> None:
    jana = admitted(chat, 941, "curator")  # may plan releases
    await chat.settle()
    jana.says("azylový dům")  # an answer and a prison's card whose buttons the steps press
    jana.says("/veznice Opava")
    await chat.settle()

    answers: AnswerEngine = chat.application.bot_data["services"].answers
    rebuild = Held(answers.index)  # a rebuild that lasts until Petr has been answered
    answers.index = rebuild  # type: ignore[method-assign]
    import_sample(chat.engine)  # a coordinator imported the knowledge base

    done = step(jana)

    assert await answered_meanwhile(chat, rebuild)
    assert rebuild.waited_out == [False]  # the rebuild ran, and never held the loop
    assert done()  # and Jana got what she asked for, from the new index


@pytest.mark.parametrize(
    ("typed", "module", "name", "shown"),
    [
        ("/organizace Most naděje", "handlers.browse", "find_organizations", "Azylový dům Most naděje"),
        ("/veznice Opava", "handlers.browse", "prison_card", "zabezpečovací detence Opava"),
        ("/kapacita", "bot.providers.capacity", "places", "vyberte službu"),
        ("/sluzby azyl", "bot.providers.edits", "editable_services", "Kterou službu"),
        ("/pozvanka nno 7 2 Kotva", "handlers.registration", "find_organizations", "Kotva Opava, z. ú."),
    ],
)
async def test_a_read_across_the_whole_knowledge_base_holds_up_nobody(
    chat: Chat, monkeypatch: pytest.MonkeyPatch, typed: str, module: str, name: str, shown: str
) -> None:
    """Every organisation's name, a prison's card, every capacity or service a coordinator may
    change: 15-75 ms each at 20,000 services, read on a thread while others are answered."""
    read = _held(monkeypatch, module, name)
    eva = chat.person(COORDINATOR, "Eva")
    eva.says(typed)

    assert await answered_meanwhile(chat, read)
    assert read.ran_off_the_loop()
    assert any(shown in m.plain for m in eva.received), [m.plain[:80] for m in eva.received]


@pytest.mark.parametrize(
    ("job", "module", "name"),
    [
        ("daily-upkeep", "bot.providers.freshness", "check"),
        ("events", "bot.events.lifecycle", "released_scheduled"),
        ("events", "bot.events.lifecycle", "send_reminders"),
        ("digests", "bot.following.notifications", "send_digests"),
        ("reminders", "bot.followup.reminders", "fire_due"),
        ("capacity-nudge", "bot.providers.capacity", "nudge_stale"),
    ],
)
async def test_a_scheduled_job_holds_up_nobody(
    chat: Chat, monkeypatch: pytest.MonkeyPatch, job: str, module: str, name: str
) -> None:
    """The daily request for confirmations reads every service (~1 s at 20,000, ~7 s the first
    time); an event released to thousands queues a row for each: on a thread, every one."""
    work = _held(monkeypatch, module, name)
    assert chat.application.job_queue is not None
    (scheduled,) = chat.application.job_queue.get_jobs_by_name(job)
    running = asyncio.create_task(scheduled.run(chat.application))

    assert await answered_meanwhile(chat, work)
    await running
    assert work.ran_off_the_loop()


async def test_sending_an_event_to_everybody_holds_up_nobody(
    chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sending now ("Odeslat hned") queues one outbox row for each recipient: on a thread."""
    send = _held(monkeypatch, "bot.events.lifecycle", "send")
    in_region(chat, admitted(chat, 831, "curator"), "Ústecký kraj")
    coordinator = chat.person(COORDINATOR, "Eva")
    await create_round_table(chat, coordinator)
    coordinator.presses("📤 Odeslat hned")

    assert await answered_meanwhile(chat, send)
    assert send.waited_out == [False]
    assert await until(chat.api, lambda: coordinator.last.plain.startswith("✅ Hotovo: doručeno 1 / 1"))
