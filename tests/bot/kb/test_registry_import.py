"""Importing the MPSV register: what a curator then finds, and the register's traps avoided."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select

from bot.directory import cards
from bot.directory.services import service_details
from bot.kb import profile
from bot.kb.importing import import_package
from bot.kb.problems import PackageError
from bot.kb.registry.merge import import_registry
from bot.kb.registry.records import RegistryImport, RegistryRecord
from bot.models import (
    Address,
    Attribute,
    Organization,
    OrganizationIdentifier,
    Phone,
    Service,
    ServiceArea,
    ServiceAtLocation,
    ServiceCapacity,
    TaxonomyTerm,
    table_of,
)
from tests.bot.kb.registry_helpers import (
    AS_OF,
    ENDED_IN_2012,
    FIXTURE,
    MEN_SHELTER,
    NIGHT_SHELTER,
    NO_OWN_CONTACTS,
    OUTREACH,
    STARTS_NEXT_YEAR,
    item,
    load_items,
    register_copy,
    save_items,
    service_id,
    service_row,
)
from tests.conftest import import_sample
from tests.helpers import act, snapshot


def codes_of(engine: Engine, link_id: str) -> set[str]:
    a, t = table_of(Attribute).c, table_of(TaxonomyTerm).c
    with engine.connect() as connection:
        return set(
            connection.execute(
                select(t.code)
                .join_from(table_of(Attribute), table_of(TaxonomyTerm), t.id == a.taxonomy_term_id)
                .where(a.link_id == link_id)
            ).scalars()
        )


def column(engine: Engine, model: type, wanted: str, **where: str) -> list[object]:
    table = table_of(model)
    query = select(table.c[wanted])
    for name, value in where.items():
        query = query.where(table.c[name] == value)
    with engine.connect() as connection:
        return sorted(connection.execute(query).scalars(), key=str)


def test_the_mens_shelter_comes_with_its_place_contacts_needs_and_registered_capacity(engine: Engine) -> None:
    report = import_registry(engine, FIXTURE, as_of=AS_OF)

    assert report.services == 36 and report.count("new") == 36
    shelter = service_row(engine, MEN_SHELTER)
    assert shelter["name"] == "Azylový dům pro muže Ústí nad Labem"
    assert shelter["status"] == "active"
    assert shelter["email"] == "azyl@nadeje-usti.cz" and shelter["url"] == "http://www.nadeje-usti.cz/azyl"
    assert (shelter["minimum_age"], shelter["maximum_age"]) == (19, 80)
    assert {"housing-shelter", "homeless", "men", "released"} <= codes_of(engine, shelter["id"])
    assert column(engine, Phone, "number", service_id=shelter["id"]) == ["475 111 222"]
    # listed twice in the register, one place here
    (location_id,) = column(engine, ServiceAtLocation, "location_id", service_id=shelter["id"])
    (address,) = column(engine, Address, "address_1", location_id=str(location_id))
    assert address == "Hrbovická 2510/31"
    assert column(engine, Address, "city", location_id=str(location_id)) == ["Ústí nad Labem"]
    assert column(engine, Address, "state_province", location_id=str(location_id)) == ["Ústecký kraj"]
    assert column(engine, ServiceArea, "name", service_id=shelter["id"]) == ["Ústecký kraj"]
    # the registered maximum, never free places
    (capacity,) = column(engine, ServiceCapacity, "id", service_id=shelter["id"])
    assert column(engine, ServiceCapacity, "maximum", id=str(capacity)) == [40]
    assert column(engine, ServiceCapacity, "available", id=str(capacity)) == [0]
    organization = shelter["organization_id"]
    assert column(engine, OrganizationIdentifier, "identifier", organization_id=organization) == ["04512345"]
    assert column(engine, OrganizationIdentifier, "identifier_scheme", organization_id=organization) == [
        "CZ-ICO"
    ]
    assert "registered-social-service" in codes_of(engine, organization)


def test_the_card_says_where_the_data_comes_from_and_that_free_places_are_unknown(engine: Engine) -> None:
    import_registry(engine, FIXTURE, as_of=AS_OF)

    details = act(engine, service_details, service_ids=[service_id(MEN_SHELTER)])[service_id(MEN_SHELTER)]

    assert details.registry_as_of == AS_OF
    assert details.capacity == []  # nothing a worker published
    assert [(free.maximum, free.unit) for free in details.registered] == [(40, "Počet lůžek")]
    more = cards.more_view(details, "en").text
    assert "registered capacity: počet lůžek 40 (free places unknown)" in more
    assert "source: MPSV register of social services, as of 28. 11. 2026" in more
    assert "zdroj: Registr MPSV, stav k 28. 11. 2026" in cards.inline_card(details, "cs")[2]


def test_an_ended_registration_is_inactive_though_its_facility_looks_open(engine: Engine) -> None:
    import_registry(engine, FIXTURE, as_of=AS_OF)

    assert service_row(engine, ENDED_IN_2012)["status"] == "inactive"
    assert service_row(engine, STARTS_NEXT_YEAR)["status"] == "inactive"
    # of the night shelter's two facilities, the one closed in 2019 is not a place to send anyone
    night = service_row(engine, NIGHT_SHELTER)
    assert night["name"] == "Noclehárna Holešovice"
    assert len(column(engine, ServiceAtLocation, "id", service_id=night["id"])) == 1


def test_a_service_without_its_own_contacts_gets_its_providers(engine: Engine) -> None:
    import_registry(engine, FIXTURE, as_of=AS_OF)

    shelter = service_row(engine, NO_OWN_CONTACTS)
    assert column(engine, Phone, "number", service_id=shelter["id"]) == ["412 000 999"]
    assert shelter["email"] == "kancelar@severpomaha.cz"
    assert shelter["url"] == "https://severpomaha.cz"


def test_outreach_reaches_the_regions_it_is_registered_for(engine: Engine) -> None:
    import_registry(engine, FIXTURE, as_of=AS_OF)

    areas = column(engine, ServiceArea, "name", service_id=service_id(OUTREACH))
    assert areas == ["Moravskoslezský kraj", "Olomoucký kraj"]


def test_names_of_people_and_the_ministrys_documents_never_enter(engine: Engine) -> None:
    import_registry(engine, FIXTURE, as_of=AS_OF)

    everything = repr(snapshot(engine))
    assert "Statutárková" not in everything and "Tajemná" not in everything  # statutarniOrgany
    assert "Vedoucí" not in everything  # a facility's head
    assert "agportal-server" not in everything  # doplnkoveUdaje documents are not webs


def test_the_same_register_again_changes_nothing(engine: Engine) -> None:
    import_registry(engine, FIXTURE, as_of=AS_OF)
    before = snapshot(engine)

    report = import_registry(engine, FIXTURE, as_of=AS_OF)

    assert report.changes == [] and report.unchanged == 36
    assert snapshot(engine) == before


def test_a_new_register_merges_and_never_overwrites_what_users_added(engine: Engine, tmp_path: Path) -> None:
    from bot.network.permissions import Who
    from bot.providers import capacity
    from bot.providers import edits as service_edits
    from bot.search.catalog import load_catalog

    import_sample(engine)
    import_registry(engine, FIXTURE, as_of=AS_OF)
    coordinator = Who(1, "coordinator", True)
    shelter = service_id(MEN_SHELTER)
    # the shelter's worker publishes free places, a coordinator edits the e-mail and eligibility
    (capacity_id,) = column(engine, ServiceCapacity, "id", service_id=shelter)
    act(engine, capacity.set_available, who=coordinator, capacity_id=str(capacity_id), available=5)
    act(
        engine,
        service_edits.edit,
        who=coordinator,
        service_id=shelter,
        field_name="email",
        typed="prijem@nadeje-usti.cz",
    )
    act(
        engine,
        service_edits.edit,
        who=coordinator,
        service_id=shelter,
        field_name="eligibility_description",
        typed="Jen muži po výkonu trestu.",
    )
    # and links the shelter to a prison
    prison = next(iter(load_catalog(engine).prisons))
    with engine.begin() as connection:
        connection.execute(
            table_of(ServiceAtLocation).insert(),
            {"id": "00000000-0000-4000-8000-000000000001", "service_id": shelter, "location_id": prison},
        )

    changed = register_copy(tmp_path)
    items = load_items(changed)
    men = item(items, MEN_SHELTER)
    men["emaily"] = [{"email": "novy@nadeje-usti.cz"}]
    men["formy"][0]["kapacity"][0]["pocet"] = 45  # registered for more beds
    halfway = item(items, "5000005")
    halfway["telefony"] = [{"telefon": "476 448 999"}]
    item(items, "5000002")["datumPoskytovaniDo"] = "2026-10-31"  # the women's shelter closed
    items = [i for i in items if i["id"] != "5000010"]  # the Brno counselling left the register
    newcomer = dict(item(items, NO_OWN_CONTACTS), id="5000099", portalId=9999)
    newcomer["zarizeni"] = [dict(newcomer["zarizeni"][0], nazev="Azylový dům pro muže Rumburk")]
    items.append(newcomer)
    save_items(changed, items)

    report = import_registry(engine, changed, as_of=AS_OF)

    kinds = {c.register_id: (c.change, c.parts) for c in report.changes}
    assert kinds["5000099"] == ("new", ())
    assert kinds["5000002"][0] == "ended" and kinds["5000010"][0] == "ended"
    assert kinds[MEN_SHELTER] == ("updated", ("service", "capacity"))
    assert kinds["5000005"] == ("updated", ("contacts",))
    assert report.unchanged == 32 and report.kept == 1
    assert service_row(engine, "5000002")["status"] == "inactive"
    assert service_row(engine, "5000010")["status"] == "inactive"
    men_now = service_row(engine, MEN_SHELTER)
    assert men_now["email"] == "prijem@nadeje-usti.cz"  # edited in the bot: kept
    assert men_now["eligibility_description"] == "Jen muži po výkonu trestu."
    assert column(engine, ServiceCapacity, "available", id=str(capacity_id)) == [5]  # published: kept
    assert column(engine, ServiceCapacity, "maximum", id=str(capacity_id)) == [45]  # the register's
    assert prison in column(engine, ServiceAtLocation, "location_id", service_id=shelter)
    assert column(engine, Phone, "number", service_id=service_id("5000005")) == ["476 448 999"]
    # a coordinator can read what this import changed
    records = table_of(RegistryImport).c
    with engine.connect() as connection:
        stored = connection.execute(
            select(records.added, records.updated, records.ended, records.changes).order_by(records.id.desc())
        ).first()
    assert stored is not None and tuple(stored[:3]) == (1, 2, 2)
    assert "Azylový dům pro muže Rumburk" in stored[3]


def test_a_provider_already_in_the_knowledge_base_keeps_its_curated_name(
    engine: Engine, tmp_path: Path
) -> None:
    import_sample(engine)
    identifier = table_of(OrganizationIdentifier).c
    with engine.connect() as connection:
        organization_id, ico = connection.execute(
            select(identifier.organization_id, identifier.identifier).limit(1)
        ).one()
    curated = column(engine, Organization, "name", id=organization_id)
    changed = register_copy(tmp_path)
    items = load_items(changed)
    item(items, OUTREACH)["poskytovatel"]["ico"] = ico
    save_items(changed, items)

    report = import_registry(engine, changed, as_of=AS_OF)

    assert report.curated == 1  # the coordinator is told to look for a repeated service
    assert service_row(engine, OUTREACH)["organization_id"] == organization_id
    assert column(engine, Organization, "name", id=organization_id) == curated
    assert "registered-social-service" in codes_of(engine, organization_id)


def test_a_broken_register_changes_nothing_and_every_problem_is_named(engine: Engine, tmp_path: Path) -> None:
    import_registry(engine, FIXTURE, as_of=AS_OF)
    before = snapshot(engine)
    broken = register_copy(tmp_path)
    items = load_items(broken)
    item(items, MEN_SHELTER)["zarizeni"][0]["adresa"]["obec"] = {"id": "Obec/999999"}
    item(items, OUTREACH)["poskytovatel"]["ico"] = "IČO neuvedeno"
    item(items, NIGHT_SHELTER)["formy"][0]["kapacity"][0]["pocet"] = -3
    item(items, "5000005")["datumPoskytovaniOd"] = "31. 2. 2026"
    save_items(broken, items)

    with pytest.raises(PackageError) as caught:
        import_registry(engine, broken, as_of=AS_OF)

    said = "\n".join(str(p) for p in caught.value.errors)
    assert (
        "polozky[0] (id 5000001), column zarizeni[0].adresa.obec: "
        "'Obec/999999' is not in the code list obce.json" in said
    )
    assert "(id 5000009), column poskytovatel.ico" in said
    assert "(id 5000006), column formy[0].kapacity[0].pocet" in said
    assert "(id 5000005), column datumPoskytovaniOd: '31. 2. 2026' is not a date" in said
    assert len(caught.value.errors) == 4
    assert snapshot(engine) == before
    with engine.connect() as connection:
        assert (
            connection.execute(select(func.count()).select_from(table_of(RegistryImport))).scalar_one() == 1
        )


def test_profile_terms_missing_from_an_empty_knowledge_base_are_added(engine: Engine) -> None:
    import_registry(engine, FIXTURE, as_of=AS_OF)

    terms = table_of(TaxonomyTerm).c
    with engine.connect() as connection:
        needs = set(connection.execute(select(terms.code).where(terms.taxonomy == profile.NEED)).scalars())
        records = connection.execute(select(func.count()).select_from(table_of(RegistryRecord))).scalar_one()
    assert needs == profile.CODES[profile.NEED]
    assert records == 36
    assert column(engine, Service, "status", id=service_id(MEN_SHELTER)) == ["active"]


def test_the_registers_rows_export_and_come_back_as_the_same_services(
    engine: Engine, tmp_path: Path, tz: ZoneInfo
) -> None:
    from bot.kb.exporting import export_package

    import_registry(engine, FIXTURE, as_of=AS_OF)
    export_package(engine, tmp_path / "exported")
    before = snapshot(engine)

    import_package(engine, tmp_path / "exported", tz=tz, replace=True)  # valid HSDS, every row back
    report = import_registry(engine, FIXTURE, as_of=AS_OF)

    assert report.changes == [] and report.unchanged == 36
    assert snapshot(engine) == before


def test_a_service_back_in_the_register_is_active_again(engine: Engine, tmp_path: Path) -> None:
    import_registry(engine, FIXTURE, as_of=AS_OF)
    without = register_copy(tmp_path)
    items = load_items(without)
    save_items(without, [i for i in items if i["id"] != MEN_SHELTER])
    import_registry(engine, without, as_of=AS_OF)
    assert service_row(engine, MEN_SHELTER)["status"] == "inactive"

    report = import_registry(engine, FIXTURE, as_of=AS_OF)

    assert [(c.register_id, c.change) for c in report.changes] == [(MEN_SHELTER, "reopened")]
    assert service_row(engine, MEN_SHELTER)["status"] == "active"


def test_a_capacity_a_worker_published_on_stays_when_the_register_drops_it(
    engine: Engine, tmp_path: Path
) -> None:
    from bot.network.permissions import Who
    from bot.providers import capacity

    import_registry(engine, FIXTURE, as_of=AS_OF)
    contact_centre = service_id("5000007")  # registered for two forms: ambulatory and outreach
    capacities = column(engine, ServiceCapacity, "id", service_id=contact_centre)
    assert len(capacities) == 2
    published = str(capacities[0])
    act(engine, capacity.set_available, who=Who(1, "coordinator", True), capacity_id=published, available=3)
    changed = register_copy(tmp_path)
    items = load_items(changed)
    item(items, "5000007")["formy"] = []  # both forms' capacities gone from the register
    save_items(changed, items)

    import_registry(engine, changed, as_of=AS_OF)

    assert column(engine, ServiceCapacity, "id", service_id=contact_centre) == [published]
    assert column(engine, ServiceCapacity, "available", id=published) == [3]
