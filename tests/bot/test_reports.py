"""Coordinators' reports: the numbers in the CSVs, and pictures a phone can show."""

from __future__ import annotations

import csv
import io
import struct
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, update

from bot.kb.importing import import_package
from bot.models import Service, table_of
from bot.reports import coverage, files, quality, usage
from bot.search.catalog import load_catalog
from tests.bot.test_subscriptions import add_service, prison_id
from tests.conftest import PRAGUE, SAMPLE

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture
def sample(engine: Engine) -> Engine:
    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    return engine


def table(content: bytes) -> list[dict[str, str]]:
    assert content.startswith("\ufeff".encode())  # Czech Excel opens it as UTF-8
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def png_size(content: bytes) -> tuple[int, int]:
    assert content[:8] == b"\x89PNG\r\n\x1a\n" and content[12:16] == b"IHDR"
    width, height = struct.unpack(">II", content[16:24])
    return width, height


def test_a_gap_in_a_prison_is_zero_and_a_new_service_fills_it(sample: Engine) -> None:
    before = table(
        files.coverage_files(load_catalog(sample), language="cs", region="Moravskoslezský kraj")[
            "pokryti_veznice.csv"
        ]
    )
    opava = next(row for row in before if row["název"] == "Věznice Opava")
    assert opava["kraj"] == "Moravskoslezský kraj" and opava["Bydlení"] == "0"
    assert {row["kraj"] for row in before} == {"Moravskoslezský kraj"}

    add_service(
        sample,
        "Přechodné bydlení za zdí Opava",
        need="housing-halfway",
        prison=prison_id(sample, "Věznice Opava"),
    )
    after = table(
        files.coverage_files(load_catalog(sample), language="cs", region="Moravskoslezský kraj")[
            "pokryti_veznice.csv"
        ]
    )
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


def test_the_pictures_are_pngs_a_phone_can_show(sample: Engine) -> None:
    made = files.coverage_files(load_catalog(sample), language="cs")
    width, height = png_size(made["pokryti_veznice.png"])
    assert 600 <= width <= 2000 and 800 <= height <= 3000  # tall, like a phone screen
    width, height = png_size(made["pokryti_kraje.png"])
    assert 600 <= width <= 2000 and 300 <= height <= 2000


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
    report = quality.by_organization(sample, now=NOW, stale_days=7)
    rows = {row["organizace"]: row for row in table(files.quality_files(sample, now=NOW)["kvalita.csv"])}
    worst = report[0]
    assert worst.organization.startswith("Most naděje")
    most = rows[worst.organization]
    assert (most["neověřeno 90+ dní"], most["neověřeno 180+ dní"], most["bez podmínek"]) == ("1", "1", "1")
    assert sum(int(r["neověřeno 90+ dní"]) for r in rows.values()) == 1


def test_usage_counts_questions_without_keeping_who_asked(sample: Engine) -> None:
    for days, question, found in [
        (1, "azylový dům Ostrava", True),
        (2, "hipoterapie Opava", False),
        (3, "Hipoterapie Opava?", False),
        (9, "drogy Opava", True),
        (9, "zavolat Janu Novákovi", False),  # looks like a name: counted, text not kept
    ]:
        usage.record_question(
            sample, question=question, had_results=found, role="curator", now=NOW - timedelta(days=days)
        )
    found = usage.summary(sample, now=NOW)
    assert found.questions == 5 and found.answered_share == pytest.approx(0.4)
    assert found.unanswered == [("hipoterapie Opava", 2)]
    made = files.usage_files(sample, language="cs", now=NOW)
    weeks = table(made["dotazy_po_tydnech.csv"])
    assert [(w["dotazy"], w["s výsledkem"]) for w in weeks] == [("2", "1"), ("3", "1")]
    assert table(made["dotazy_bez_vysledku.csv"]) == [{"dotaz": "hipoterapie Opava", "kolikrát": "2"}]
    width, height = png_size(made["statistiky.png"])
    assert width >= 400 and height >= 200
