"""Coordinators' reports: the numbers in the CSVs, and pictures a phone can show."""

from __future__ import annotations

import csv
import io
import struct
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, update

from bot.models import Service, table_of
from bot.reports import coverage, files, quality, tables, usage
from bot.search.catalog import load_catalog
from tests.bot.following.test_subscriptions import add_service, prison_id
from tests.conftest import import_sample
from tests.helpers import act

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def sample(engine: Engine) -> Engine:
    import_sample(engine)
    return engine


def table(content: bytes) -> list[dict[str, str]]:
    assert content.startswith("\ufeff".encode())  # Czech Excel opens it as UTF-8
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def png_size(content: bytes) -> tuple[int, int]:
    assert content[:8] == b"\x89PNG\r\n\x1a\n" and content[12:16] == b"IHDR"
    width, height = struct.unpack(">II", content[16:24])
    return width, height


def prisons_csv(engine: Engine, region: str) -> list[dict[str, str]]:
    """The prisons' CSV of /pokryti for a region, as coverage_files makes it (without drawing
    the pictures beside it: ~0.5 s a run on each database, and test_the_pictures_are_pngs…
    looks at those)."""
    return table(tables.coverage_csv(coverage.prisons_by_need(load_catalog(engine), region=region)))


def test_a_gap_in_a_prison_is_zero_and_a_new_service_fills_it(sample: Engine) -> None:
    before = prisons_csv(sample, "Moravskoslezský kraj")
    opava = next(row for row in before if row["název"] == "Věznice Opava")
    assert opava["kraj"] == "Moravskoslezský kraj" and opava["Bydlení"] == "0"
    assert {row["kraj"] for row in before} == {"Moravskoslezský kraj"}

    add_service(
        sample,
        "Přechodné bydlení za zdí Opava",
        need="housing-halfway",
        prison=prison_id(sample, "Věznice Opava"),
    )
    after = prisons_csv(sample, "Moravskoslezský kraj")
    opava_after = next(row for row in after if row["název"] == "Věznice Opava")
    assert opava_after["Bydlení"] == "1"  # a halfway house counts as housing
    assert {k: v for k, v in opava_after.items() if k != "Bydlení"} == {
        k: v for k, v in opava.items() if k != "Bydlení"
    }


def test_the_matrix_counts_what_answers_count(sample: Engine) -> None:
    catalog = load_catalog(sample)
    matrix = coverage.prisons_by_need(catalog)
    assert len(matrix.rows) == len(catalog.prisons) == 35
    row = matrix.rows.index("Věznice Opava")
    for column, need in enumerate(matrix.columns):
        expected = catalog.prison_services.get(
            prison_id(sample, "Věznice Opava"), set()
        ) & catalog.need_under.get(need, set())
        assert matrix.counts[row][column] == len(expected)
    regions = coverage.regions_by_need(catalog)
    assert len(regions.rows) == 14 and regions.gaps() < 14 * len(regions.columns)


def test_the_pictures_are_pngs_a_phone_can_show(sample_database: Engine) -> None:
    # drawn once, not per database: the pictures are made from the catalog alone
    made = files.coverage_files(load_catalog(sample_database), language="cs")
    prisons = [name for name in made if name.startswith("pokryti_veznice_") and name.endswith(".png")]
    assert len(prisons) == 5  # 35 prisons, at most 8 a picture, no region split
    for name in prisons:
        width, height = png_size(made[name])
        assert 600 <= width <= 1300 and height >= 0.9 * width  # upright, like a phone screen
    width, height = png_size(made["pokryti_kraje.png"])
    assert 600 <= width <= 2000 and 300 <= height <= 2000


def _cells(*counts: list[int]) -> coverage.Matrix:
    """Two prisons of one region and as many needs as a row has: a picture to compare."""
    needs = [f"need-{n}" for n in range(len(counts[0]))]
    return coverage.Matrix(
        title="",
        rows=["Věznice Opava", "Věznice Heřmanice"][: len(counts)],
        row_groups=["Moravskoslezský kraj"] * len(counts),
        columns=needs,
        column_labels=needs,
        counts=[list(row) for row in counts],
    )


def _changed_cell(before: bytes, after: bytes) -> tuple[tuple[int, int], dict[tuple[int, ...], int]]:
    """Where two pictures of the same size differ: the size of that area and its colours."""
    from PIL import Image, ImageChops

    old, new = (Image.open(io.BytesIO(picture)).convert("RGB") for picture in (before, after))
    assert old.size == new.size
    box = ImageChops.difference(old, new).getbbox()
    assert box is not None, "the pictures are the same"
    counted = new.crop(box).getcolors(1 << 16)
    assert counted is not None  # (None: more colours than asked for)
    colours = {tuple(colour): n for n, colour in counted if isinstance(colour, tuple)}
    return (box[2] - box[0], box[3] - box[1]), colours


def test_a_gap_is_a_red_cell_marked_with_a_cross_and_many_services_dark_green() -> None:
    from bot.reports import charts

    def drawn(matrix: coverage.Matrix) -> bytes:
        return charts.heatmap(matrix, title="Pokrytí", legend="služeb", gap_label="mezera")

    red, light, dark = (0xD7, 0x30, 0x1F), (0xFE, 0xE8, 0xC8), (0x00, 0x6D, 0x2C)

    def whitish(colours: dict[tuple[int, ...], int]) -> int:  # a glyph's smoothed edges aside
        return sum(n for colour, n in colours.items() if min(colour) > 200)

    one_each = drawn(_cells([1, 1, 1], [1, 1, 1]))
    (width, height), colours = _changed_cell(one_each, drawn(_cells([1, 1, 1], [1, 0, 1])))
    assert (width, height) == (charts.CELL, charts.ROW)  # one cell changed, and all of it
    assert max(colours, key=colours.__getitem__) == red
    assert whitish(colours) > 5  # the cross, in white on red (a thin glyph)
    assert light not in colours

    (width, height), colours = _changed_cell(one_each, drawn(_cells([1, 1, 12], [1, 1, 1])))
    assert (width, height) == (charts.CELL, charts.ROW)
    assert max(colours, key=colours.__getitem__) == dark  # 4 or more
    assert whitish(colours) > 5  # "12" in white on the dark green


def test_a_picture_of_one_row_still_shows_the_whole_colour_bar() -> None:
    """One need, upright: the bar (a gap at its bottom, red) is longer than the grid of one row."""
    from PIL import Image

    from bot.reports import charts

    one_need = _cells([3], [2])  # of two prisons
    picture = charts.heatmap(one_need, title="Pokrytí", legend="služeb", gap_label="m", upright=True)
    image = Image.open(io.BytesIO(picture)).convert("RGB")
    colours = {colour: n for n, colour in image.getcolors(1 << 16) or []}
    assert colours.get((0xD7, 0x30, 0x1F), 0) >= (charts.BAR - 1) * 19  # the whole red step, inside its frame


def test_quality_per_organisation(sample: Engine) -> None:
    service = table_of(Service)
    with sample.begin() as connection:
        connection.execute(update(service).values(assured_date=date(2026, 11, 1)))
        shelter = connection.execute(
            service.select().where(service.c.name == "Azylový dům Most naděje Ostrava")
        ).first()
        assert shelter is not None
        connection.execute(
            update(service)
            .where(service.c.id == shelter.id)
            .values(assured_date=date(2026, 4, 1), eligibility_description=None)
        )
    report = act(sample, quality.by_organization, now=NOW, stale_days=7)
    rows = {row["organizace"]: row for row in table(files.quality_files(report)["kvalita.csv"])}
    worst = report[0]
    assert worst.organization.startswith("Most naděje")
    most = rows[worst.organization]
    assert (most["neověřeno 90+ dní"], most["neověřeno 180+ dní"], most["bez podmínek"]) == ("1", "1", "1")
    assert sum(int(r["neověřeno 90+ dní"]) for r in rows.values()) == 1


def test_usage_counts_questions_without_keeping_who_asked(sample: Engine) -> None:
    for days, question, answered in [
        (1, "azylový dům Ostrava", True),
        (2, "hipoterapie Opava", False),
        (3, "Hipoterapie Opava?", False),
        (9, "drogy Opava", True),
        (9, "zavolat Janu Novákovi", False),  # looks like a name: counted, text not kept
        (9, "KEVIN NOVÁK ubytování", False),
        (9, "Оleksandr Коvalenko azyl", False),  # Cyrillic look-alikes
        (9, "jana novakova 38 let", False),
    ]:
        act(
            sample,
            usage.record_question,
            question=question,
            had_results=answered,
            role="curator",
            now=NOW - timedelta(days=days),
        )
    found = act(sample, usage.summary, now=NOW)
    assert found.questions == 8 and found.answered_share == pytest.approx(0.25)
    assert found.unanswered == [("hipoterapie Opava", 2)]
    made = files.usage_files(found, language="cs")
    weeks = table(made["dotazy_po_tydnech.csv"])
    assert [(w["dotazy"], w["s výsledkem"]) for w in weeks] == [("5", "1"), ("3", "1")]
    assert table(made["dotazy_bez_vysledku.csv"]) == [{"dotaz": "hipoterapie Opava", "kolikrát": "2"}]
    width, height = png_size(made["statistiky.png"])
    assert width >= 400 and height >= 200


# -- a small knowledge base built here, so that every number can be counted by hand ------------
def small_network(engine: Engine) -> None:
    from bot.kb import profile
    from bot.models import (
        Address,
        Attribute,
        Location,
        Organization,
        ServiceArea,
        ServiceAtLocation,
        Taxonomy,
        TaxonomyTerm,
    )

    def insert(model: type, *rows: Mapping[str, object]) -> None:
        with engine.begin() as connection:
            connection.execute(table_of(model).insert(), list(rows))

    insert(Taxonomy, {"id": "t-need", "name": profile.NEED}, {"id": "t-fac", "name": profile.FACILITY})
    terms = {
        "housing": "Bydlení",
        "housing-shelter": "Azylové bydlení",
        "debt": "Dluhy",
        "addiction": "Závislosti",
    }
    insert(
        TaxonomyTerm,
        *[
            {"id": f"n-{code}", "code": code, "name": name, "taxonomy": profile.NEED, "taxonomy_id": "t-need"}
            for code, name in terms.items()
        ],
        {
            "id": "f-prison",
            "code": "prison",
            "name": "Věznice",
            "taxonomy": profile.FACILITY,
            "taxonomy_id": "t-fac",
        },
    )
    insert(Organization, {"id": "o-1", "name": "Kotva"}, {"id": "o-2", "name": "Linka"})
    insert(
        Location,
        {"id": "p-a", "location_type": "physical", "name": "Věznice A", "alternate_name": "Věznice A"},
        {"id": "p-b", "location_type": "physical", "name": "Věznice B", "alternate_name": "Věznice B"},
        {"id": "l-t", "location_type": "physical", "name": "Poradna Tábor", "alternate_name": None},
    )
    insert(
        Address,
        {"id": "a-a", "location_id": "p-a", "city": "Opava", "state_province": "Moravskoslezský kraj"},
        {"id": "a-b", "location_id": "p-b", "city": "Tábor", "state_province": "Jihočeský kraj"},
        {"id": "a-t", "location_id": "l-t", "city": "Tábor", "state_province": "Jihočeský kraj"},
    )
    insert(
        Attribute,
        *[
            {"id": f"fa-{p}", "link_id": p, "link_entity": "location", "taxonomy_term_id": "f-prison"}
            for p in ("p-a", "p-b")
        ],
    )
    services = {
        "s-1": ("o-1", "housing-shelter", ["p-a"]),  # a shelter's in-reach in prison A
        "s-2": ("o-2", "debt", ["p-a", "p-b"]),  # debt advice in both prisons
        "s-3": ("o-1", "addiction", ["l-t"]),  # after release, in Tábor
        "s-4": ("o-2", "debt", []),  # a nationwide helpline
    }
    insert(
        Service,
        *[
            {"id": sid, "organization_id": org, "name": sid, "status": "active"}
            for sid, (org, _, _) in services.items()
        ],
    )
    insert(
        Attribute,
        *[
            {"id": f"na-{sid}", "link_id": sid, "link_entity": "service", "taxonomy_term_id": f"n-{need}"}
            for sid, (_, need, _) in services.items()
        ],
    )
    insert(
        ServiceAtLocation,
        *[
            {"id": f"sal-{sid}-{loc}", "service_id": sid, "location_id": loc}
            for sid, (_, _, places) in services.items()
            for loc in places
        ],
    )
    insert(ServiceArea, {"id": "area-4", "service_id": "s-4", "name": "Česká republika"})


def test_coverage_of_a_small_network_counted_by_hand(engine: Engine) -> None:
    small_network(engine)
    made = files.coverage_files(load_catalog(engine), language="cs")
    prisons = {row["název"]: row for row in table(made["pokryti_veznice.csv"])}
    assert set(prisons) == {"Věznice A", "Věznice B"}
    assert (
        prisons["Věznice A"]["Bydlení"],
        prisons["Věznice A"]["Dluhy"],
        prisons["Věznice A"]["Závislosti"],
    ) == (
        "1",
        "1",
        "0",
    )
    assert (prisons["Věznice B"]["Bydlení"], prisons["Věznice B"]["Dluhy"]) == ("0", "1")
    regions = {row["název"]: row for row in table(made["pokryti_kraje.csv"])}
    assert len(regions) == 14
    assert (regions["Jihočeský kraj"]["Závislosti"], regions["Jihočeský kraj"]["Dluhy"]) == ("1", "1")
    assert (regions["Zlínský kraj"]["Závislosti"], regions["Zlínský kraj"]["Dluhy"]) == (
        "0",
        "1",
    )  # nationwide
    assert regions["Moravskoslezský kraj"]["Bydlení"] == "0"  # the shelter works only inside the prison


def test_prisons_are_named_one_way_with_their_region() -> None:
    assert coverage.short_prison_name("Věznice a Ústav pro výkon zabezpečovací detence Opava") == "Opava"
    assert coverage.short_prison_name("Vazební věznice Ostrava") == "Ostrava (vazební)"
    pankrac = "Vazební věznice a Ústav pro výkon zabezpečovací detence Praha-Pankrác"
    assert coverage.short_prison_name(pankrac) == "Praha-Pankrác (vazební)"
    assert coverage.short_prison_name("Věznice Ostrava-Heřmanice") == "Ostrava-Heřmanice"


def test_a_region_is_never_split_across_pictures(sample: Engine) -> None:
    matrix = coverage.prisons_by_need(load_catalog(sample))
    parts = matrix.parts(8)
    assert sum(len(part.rows) for part in parts) == len(matrix.rows) == 35
    assert all(len(part.rows) <= 8 for part in parts)
    ends = [(parts[n].row_groups[-1], parts[n + 1].row_groups[0]) for n in range(len(parts) - 1)]
    assert all(last != first for last, first in ends)  # each picture ends where a region ends
