"""Cards of answers are read from memory between changes, and never show what was changed."""

from __future__ import annotations

import threading
from collections.abc import Hashable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert
from sqlmodel import Session

import bot.directory.services as directory
import bot.search.engine as search_engine
from bot.directory.cards import answer_reply, inline_card
from bot.directory.services import RememberedDetails, ServiceDetails, Touched
from bot.kb.importing import import_package
from bot.models import table_of
from bot.network.permissions import Who
from bot.providers import capacity, edits
from bot.search.catalog import ChangeLogs, Versions, current_version
from bot.search.engine import AnswerEngine
from bot.user_models import CapacityChange
from tests.bot.providers.test_capacity import member_of
from tests.conftest import PRAGUE, SAMPLE, import_sample
from tests.helpers import act, read_rows, write_rows

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
TODAY = date(2026, 11, 22)
SHELTER = "azylový dům Ostrava"


@pytest.fixture
def sample(engine: Engine) -> Engine:
    import_sample(engine)
    return engine


def page(engine: Engine, answers: AnswerEngine, question: str) -> str:
    """The first page of an answer as the bot reads it: versions, then the remembered cards."""
    index = answers.current() or answers.index()
    result = answers.ask(question, index=index)
    reply = act(
        engine,
        answer_reply,
        result=result,
        catalog=index.catalog,
        page=0,
        language="cs",
        today=TODAY,
        stale_days=7,
        remembered=answers.remembered,
    )
    return reply.text


def shared(engine: Engine, answers: AnswerEngine, question: str) -> str:
    """The first result shared inline (it shows the service's own phones)."""
    index = answers.index()
    hit = answers.ask(question, index=index).results[0]
    service_id = index.catalog.service_ids[hit.service]
    details = act(engine, answers.remembered.details, service_ids=[service_id])
    return inline_card(details[service_id], "cs")[2]


def test_a_card_shows_changed_free_places_right_after_the_change(sample: Engine) -> None:
    answers = AnswerEngine(sample, clock=lambda: NOW)
    assert "volno 3/24" in page(sample, answers, SHELTER)
    assert "volno 3/24" in page(sample, answers, SHELTER)  # from memory now
    member = member_of(sample, "Most naděje")
    key = act(sample, capacity.places, who=member)[0].capacity_id

    act(sample, capacity.set_available, who=member, capacity_id=key, available=7, now=NOW)
    assert "volno 7/24" in page(sample, answers, SHELTER)

    act(sample, capacity.mark_full_until, who=member, capacity_id=key, until=date(2027, 1, 31), alert="Plno")
    assert "Plno" in page(sample, answers, SHELTER)

    act(sample, capacity.confirm, who=member, capacity_id=key, today=TODAY, now=NOW)
    assert "ověřeno 22. 11. 2026" in page(sample, answers, SHELTER)


def test_a_card_shows_an_edited_phone_right_after_the_edit(sample: Engine) -> None:
    answers = AnswerEngine(sample, clock=lambda: NOW)
    member = member_of(sample, "Most naděje")
    ((service_id, _),) = act(sample, edits.editable_services, who=member, name="azylový")
    assert "777 123 999" not in shared(sample, answers, SHELTER)

    act(
        sample,
        edits.edit,
        who=member,
        service_id=service_id,
        field_name="phones",
        typed="777 123 999",
        now=NOW,
    )

    assert "777 123 999" in shared(sample, answers, SHELTER)


def test_a_card_shows_a_new_import_at_once(engine: Engine, tmp_path: Path) -> None:
    package = tmp_path / "package"
    package.mkdir()
    for source in SAMPLE.iterdir():
        (package / source.name).write_bytes(source.read_bytes())
    import_package(engine, package, tz=PRAGUE, replace=True)
    answers = AnswerEngine(engine, clock=lambda: NOW)
    assert "Azylový dům Most naděje Ostrava" in page(engine, answers, SHELTER)

    rows = read_rows(package / "services.csv")
    for row in rows:
        if row["name"] == "Azylový dům Most naděje Ostrava":
            row["name"] = "Azylový dům Most naděje Ostrava-Přívoz"
    write_rows(package / "services.csv", rows)
    import_package(engine, package, tz=PRAGUE, replace=True)

    assert "Azylový dům Most naděje Ostrava-Přívoz" in page(engine, answers, SHELTER)


def test_details_read_before_a_change_are_not_kept(sample: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A change seen by another answer while these details were read: they are used once,
    not remembered for the new versions."""
    remembered = RememberedDetails()
    remembered.seen("before")
    reads: list[list[str]] = []
    read = directory.service_details

    def overtaken(*, session: Session, service_ids: list[str]) -> dict[str, ServiceDetails]:
        reads.append(list(service_ids))
        found = read(session=session, service_ids=service_ids)
        remembered.seen("after")  # a change committed and seen meanwhile
        return found

    monkeypatch.setattr(directory, "service_details", overtaken)
    answers = AnswerEngine(sample, clock=lambda: NOW)
    index = answers.index()
    service_id = index.catalog.service_ids[answers.ask(SHELTER, index=index).results[0].service]

    assert service_id in act(sample, remembered.details, service_ids=[service_id])
    assert service_id in act(sample, remembered.details, service_ids=[service_id])
    assert reads == [[service_id], [service_id]]  # read again: the first was not kept
    act(sample, remembered.details, service_ids=[service_id])
    assert len(reads) == 2  # kept once read under the versions it was told


def reads_of(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The services whose details are read from the database from now on."""
    reads: list[list[str]] = []
    read = directory.service_details

    def counted(*, session: Session, service_ids: list[str]) -> dict[str, ServiceDetails]:
        reads.append(list(service_ids))
        return read(session=session, service_ids=service_ids)

    monkeypatch.setattr(directory, "service_details", counted)
    return reads


def test_with_every_card_read_at_start_an_answer_reads_none(
    sample: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = AnswerEngine(sample, clock=lambda: NOW)
    remembered = answers.remember_cards()
    assert remembered == answers.index().catalog.size

    reads = reads_of(monkeypatch)
    assert "Program Mladiství (PMS)" in page(sample, answers, "Ostrava")
    assert "Doléčovací byty Kotva" in page(sample, answers, "bydlení Moravskoslezský kraj")
    assert reads == []


def test_a_change_forgets_only_the_service_it_touched(
    sample: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = AnswerEngine(sample, clock=lambda: NOW)
    answers.remember_cards()
    member = member_of(sample, "Most naděje")
    key = act(sample, capacity.places, who=member)[0].capacity_id
    changed = act(sample, capacity.places, who=member)[0].service_id
    reads = reads_of(monkeypatch)

    act(sample, capacity.set_available, who=member, capacity_id=key, available=7, now=NOW)

    shown = page(sample, answers, "bydlení Moravskoslezský kraj")
    assert "volno 7/24" in shown and "Doléčovací byty Kotva" in shown
    assert reads == [[changed]]  # the other cards on the page stayed in memory


def test_a_new_import_forgets_every_card(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    answers = AnswerEngine(engine, clock=lambda: NOW)
    answers.remember_cards()
    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    reads = reads_of(monkeypatch)

    page(engine, answers, SHELTER)

    assert reads and len(answers.remembered) == len(reads[0])


def test_at_most_the_limit_is_remembered(sample: Engine) -> None:
    answers = AnswerEngine(sample, clock=lambda: NOW, remember=3)
    assert answers.remember_cards() == 3
    page(sample, answers, SHELTER)
    assert len(answers.remembered) == 3


def test_a_change_that_commits_after_a_later_one_is_still_seen(sample: Engine) -> None:
    """On PostgreSQL a change's id is taken when it is written, not when it commits: one
    worker's change can appear after another's with a higher id (the newest id does not move)."""
    if sample.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time: its ids follow the commits")
    answers = AnswerEngine(sample, clock=lambda: NOW)
    answers.remember_cards()
    member = member_of(sample, "Most naděje")
    shelter = act(sample, capacity.places, who=member)[0]
    assert "volno 3/24" in page(sample, answers, SHELTER)
    coordinator = Who(2, "coordinator", True)
    other = next(
        p for p in act(sample, capacity.places, who=coordinator) if p.service_id != shelter.service_id
    )

    with Session(sample, expire_on_commit=False) as first, first.begin():
        capacity.set_available(
            session=first, who=member, capacity_id=shelter.capacity_id, available=7, now=NOW
        )
        first.flush()  # its id is taken now
        act(
            sample,
            capacity.set_available,
            who=coordinator,
            capacity_id=other.capacity_id,
            available=1,
            now=NOW,
        )
        page(sample, answers, SHELTER)  # an answer sees the later change first
    # the first change has committed now, under an id below the newest one seen

    assert "volno 7/24" in page(sample, answers, SHELTER)


def test_versions_that_went_back_forget_every_card(sample: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database restored from a backup: its change logs are older than what was seen."""
    remembered = RememberedDetails()
    answers = AnswerEngine(sample, clock=lambda: NOW)
    index = answers.index()
    ids = index.catalog.service_ids[:3]
    remembered.seen(Versions(1, 5, 5))
    act(sample, remembered.details, service_ids=ids)
    reads = reads_of(monkeypatch)

    remembered.seen(Versions(1, 4, 5), ChangeLogs(sample))

    act(sample, remembered.details, service_ids=ids)
    assert reads == [ids]


def test_an_id_that_never_commits_is_waited_for_only_a_while(sample: Engine) -> None:
    """A rolled-back change leaves its id unused for good: answers stop asking about it."""
    now = [0.0]
    changes = ChangeLogs(sample, patience=120.0, clock=lambda: now[0])

    assert changes(Versions(1, 0, 0), Versions(1, 2, 0)) == set()  # ids 1 and 2 are missing
    assert changes.waiting()
    now[0] = 60.0
    changes(Versions(1, 2, 0), Versions(1, 2, 0))
    assert changes.waiting()  # after 60 s: still
    now[0] = 200.0
    changes(Versions(1, 2, 0), Versions(1, 2, 0))
    assert not changes.waiting()  # after 200 s: given up


def logged(engine: Engine, row_id: int, service_id: str) -> None:
    """A capacity change under a chosen id, as PostgreSQL's sequence may hand them out."""
    with engine.begin() as connection:
        connection.execute(
            insert(table_of(CapacityChange)).values(
                id=row_id, service_id=service_id, user_id=1, kind="available", changed_at=NOW
            )
        )


def test_a_missing_change_is_asked_about_once_more_before_it_is_given_up(sample: Engine) -> None:
    """The next answer may come long after the change committed (a quiet night)."""
    moments = iter([0.0, 200.0])
    changes = ChangeLogs(sample, patience=120.0, clock=lambda: next(moments))
    first, second = AnswerEngine(sample).index().catalog.service_ids[:2]
    before = current_version(sample)
    logged(sample, before.live + 2, second)  # the later id commits first
    seen = current_version(sample)
    assert changes(before, seen) == {second}

    logged(sample, before.live + 1, first)  # the earlier one a moment later

    assert changes(seen, current_version(sample)) == {first}


def test_the_versions_are_told_in_the_order_they_were_read(
    sample: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index thread and the event loop both read the versions: a reading told after a newer
    one would look like a restored backup and forget every card and every missing change."""
    answers = AnswerEngine(sample, clock=lambda: NOW)
    answers.index()
    read = current_version  # what search_engine.current_version is until the patch below
    first_read, go_on = threading.Event(), threading.Event()

    def slow_for_the_index_thread(engine: Engine) -> Versions:
        versions = read(engine)
        if threading.current_thread().name == "index":
            first_read.set()
            go_on.wait(5)
        return versions

    told: list[str] = []
    tell = answers.remembered.seen

    def seen(version: Hashable, touched: Touched | None = None) -> None:
        told.append(threading.current_thread().name)
        tell(version, touched)

    monkeypatch.setattr(search_engine, "current_version", slow_for_the_index_thread)
    monkeypatch.setattr(answers.remembered, "seen", seen)
    index = threading.Thread(target=answers.current, name="index")
    index.start()
    assert first_read.wait(5)
    loop = threading.Thread(target=answers.current, name="loop")
    loop.start()
    loop.join(1.0)  # the loop's reading would be told first without the lock
    go_on.set()
    index.join(5)
    loop.join(5)

    assert told == ["index", "loop"]


def test_thousands_of_new_changes_at_once_forget_every_card_for_a_while(sample: Engine) -> None:
    """A bulk job or a moved sequence: not asked about one id at a time on the event loop, and
    any of them may still commit, so nothing is remembered until the patience is over."""
    now = [0.0]
    changes = ChangeLogs(sample, patience=120.0, clock=lambda: now[0])
    jumped = Versions(1, ChangeLogs.LARGEST_GAP + 1, 0)
    assert changes(Versions(1, 0, 0), jumped) is None
    now[0] = 60.0
    assert changes.waiting()
    assert changes(jumped, jumped) is None  # forgotten again
    now[0] = 200.0
    assert not changes.waiting()
    assert changes(jumped, jumped) == set()
