"""A full re-import keeps what workers published in the bot, when it is newer than the package."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from bot.directory.services import service_details
from bot.kb.importing import import_package
from bot.providers import capacity
from bot.providers import edits as service_edits
from tests.bot.providers.test_capacity import member_of
from tests.conftest import PRAGUE, SAMPLE, import_sample
from tests.helpers import act, edit_cell, read_rows


def publish_in_the_bot(engine: Engine) -> tuple[str, str]:
    import_sample(engine)
    worker = member_of(engine, "Most naděje")
    shelter = act(engine, capacity.places, who=worker)[0]
    act(engine, capacity.set_available, who=worker, capacity_id=shelter.capacity_id, available=0)
    act(
        engine,
        service_edits.edit,
        who=worker,
        service_id=shelter.service_id,
        field_name="phones",
        typed="777 000 111",
    )
    act(
        engine,
        service_edits.edit,
        who=worker,
        service_id=shelter.service_id,
        field_name="email",
        typed="noc@most.example",
    )
    return shelter.service_id, shelter.capacity_id


def test_a_reimport_of_an_older_package_keeps_todays_free_places_and_edits(engine: Engine) -> None:
    service_id, capacity_id = publish_in_the_bot(engine)

    report = import_package(engine, SAMPLE, tz=PRAGUE, replace=True)

    assert report.kept == {"service_capacity": 1, "service": 1}
    shown = act(engine, service_details, service_ids=[service_id])[service_id]
    assert shown.capacity[0].available == 0
    assert (shown.email, shown.phones) == ("noc@most.example", ["+420 777 000 111"])
    assert shown.name == "Azylový dům Most naděje Ostrava"  # the rest comes from the package


def test_a_newer_package_wins(engine: Engine, sample_copy: Path) -> None:
    service_id, capacity_id = publish_in_the_bot(engine)
    row = next(n for n, r in enumerate(read_rows(sample_copy / "services.csv")) if r["id"] == service_id)
    edit_cell(sample_copy / "services.csv", row, "last_modified", "2099-01-01T00:00:00+00:00")
    place = next(
        n for n, r in enumerate(read_rows(sample_copy / "service_capacity.csv")) if r["id"] == capacity_id
    )
    edit_cell(sample_copy / "service_capacity.csv", place, "updated", "2099-01-01T00:00:00+00:00")

    report = import_package(engine, sample_copy, tz=PRAGUE, replace=True)

    assert report.kept == {"service_capacity": 0, "service": 0}
    shown = act(engine, service_details, service_ids=[service_id])[service_id]
    assert shown.email == "sluzba1@most.example" and "+420 777 000 111" not in shown.phones
    assert shown.capacity[0].available > 0
