"""The sample knowledge base: complete enough to show Spojka, and unmistakably invented."""

from __future__ import annotations

import filecmp
from collections import defaultdict
from pathlib import Path

from bot.kb.profile import CODES, NEED
from knowledge.make_sample import build
from tests.conftest import SAMPLE
from tests.helpers import read_rows

REGIONS = [r["name"] for r in read_rows(SAMPLE.parent / "regions.csv")]


def terms() -> dict[str, tuple[str, str]]:
    return {r["id"]: (r["taxonomy"], r["code"]) for r in read_rows(SAMPLE / "taxonomy_terms.csv")}


def test_the_committed_files_are_what_make_sample_writes(tmp_path: Path) -> None:
    build().write(tmp_path)
    for path in SAMPLE.iterdir():
        assert filecmp.cmp(path, tmp_path / path.name, shallow=False), path.name


def test_every_prison_facility_is_a_prison_location() -> None:
    prisons = read_rows(SAMPLE.parent / "prisons.csv")
    locations = {r["name"]: r for r in read_rows(SAMPLE / "locations.csv")}
    term = terms()
    facility = {(a["link_id"], term[a["taxonomy_term_id"]][1]) for a in read_rows(SAMPLE / "attributes.csv")}
    for prison in prisons:
        location = locations[prison["name"]]
        assert (location["id"], prison["facility"]) in facility
        assert location["alternate_name"] == prison["aliases"]


def test_the_sample_covers_every_need_every_region_and_most_prisons() -> None:
    term = terms()
    services = read_rows(SAMPLE / "services.csv")
    needs = {
        term[a["taxonomy_term_id"]][1]
        for a in read_rows(SAMPLE / "attributes.csv")
        if term[a["taxonomy_term_id"]][0] == NEED
    }
    areas = {a["name"] for a in read_rows(SAMPLE / "service_areas.csv")}
    prison_ids = {r["id"] for r in read_rows(SAMPLE / "locations.csv") if r["organization_id"] == ""}
    served = {s["location_id"] for s in read_rows(SAMPLE / "service_at_location.csv")} & prison_ids

    assert len(read_rows(SAMPLE / "organizations.csv")) >= 25 and len(services) >= 60
    assert needs == CODES[NEED]
    assert set(REGIONS) <= areas
    assert len(served) >= 20


def test_housing_services_publish_capacity_and_conditions() -> None:
    term = terms()
    codes: dict[str, set[str]] = defaultdict(set)
    for a in read_rows(SAMPLE / "attributes.csv"):
        codes[a["link_id"]].add(term[a["taxonomy_term_id"]][1])
    with_capacity = {c["service_id"] for c in read_rows(SAMPLE / "service_capacity.csv")}
    housing = [
        s
        for s in read_rows(SAMPLE / "services.csv")
        if codes[s["id"]] & {"housing-shelter", "housing-halfway", "housing-social"}
    ]

    assert housing and all(s["id"] in with_capacity for s in housing)
    assert all(s["eligibility_description"] for s in housing)
    assert any(codes[s["id"]] & CODES["spojka-requirement"] for s in housing)
    assert any(s["maximum_age"] for s in housing)


def test_contacts_exist_for_services_for_prisons_and_for_service_in_a_prison() -> None:
    contacts = read_rows(SAMPLE / "contacts.csv")
    assert any(c["service_id"] for c in contacts)
    assert any(c["service_at_location_id"] for c in contacts)
    assert sum(1 for c in contacts if c["location_id"]) >= 5


def test_nobody_can_mistake_the_sample_for_real_providers() -> None:
    for organization in read_rows(SAMPLE / "organizations.csv"):
        assert "Ukázková data" in organization["description"]
        assert organization["website"].endswith(".example")
    for service in read_rows(SAMPLE / "services.csv"):
        assert "Ukázková data" in service["description"]
    for table in ("organizations.csv", "services.csv", "contacts.csv"):
        for row in read_rows(SAMPLE / table):
            assert row["email"] == "" or row["email"].endswith(".example"), row["email"]
    for phone in read_rows(SAMPLE / "phones.csv"):
        assert phone["number"].startswith("+420 000 "), phone["number"]
