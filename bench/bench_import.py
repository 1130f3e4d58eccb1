"""Import speed: a synthetic knowledge base of N services into SQLite and PostgreSQL.

usage: python bench/bench_import.py [--services 20000] [--postgres URL] [--out DIR]

Each service gets what real ones have: 3 attributes (need, target, requirement), a service
area, 2 service-at-location rows (a prison and an office), a contact with a phone, and every
fifth one a capacity. Prints rows, seconds for read+validate and for the database write.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import tempfile
import time
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bot.database import create_db_engine, upgrade
from bot.kb.importing import write_package
from bot.kb.profile import CODES, NEED, REQUIREMENT, TARGET
from bot.kb.reading import read_package
from bot.kb.schema import BY_NAME, TABLES
from bot.kb.validation import validate

NS = uuid.UUID("9d7c3b1a-1111-4222-8333-444455556666")
REGIONS = ["Hlavní město Praha", "Středočeský kraj", "Ústecký kraj", "Moravskoslezský kraj", "Kraj Vysočina"]


def uid(*parts: object) -> str:
    return str(uuid.uuid5(NS, "/".join(map(str, parts))))


def generate(out: Path, services: int) -> dict[str, int]:
    rows: dict[str, list[dict[str, object]]] = {t.name: [] for t in TABLES}
    terms = {}
    for taxonomy in (NEED, TARGET, REQUIREMENT):
        tid = uid("tax", taxonomy)
        rows["taxonomy"].append({"id": tid, "name": taxonomy, "description": taxonomy})
        for code in sorted(CODES[taxonomy]):
            terms[(taxonomy, code)] = uid("term", taxonomy, code)
            rows["taxonomy_term"].append(
                {
                    "id": terms[(taxonomy, code)],
                    "code": code,
                    "name": code,
                    "taxonomy": taxonomy,
                    "taxonomy_id": tid,
                }
            )
    needs, targets, reqs = (sorted(CODES[t]) for t in (NEED, TARGET, REQUIREMENT))
    prisons = [uid("prison", i) for i in range(35)]
    for i, lid in enumerate(prisons):
        rows["location"].append({"id": lid, "location_type": "physical", "name": f"Věznice {i}"})
        rows["address"].append(
            {
                "id": uid("addr", lid),
                "location_id": lid,
                "city": f"Město {i}",
                "state_province": REGIONS[i % len(REGIONS)],
                "country": "CZ",
            }
        )
    unit = uid("unit")
    rows["unit"].append({"id": unit, "name": "lůžko"})
    organizations = max(1, services // 10)
    for o in range(organizations):
        oid = uid("org", o)
        rows["organization"].append({"id": oid, "name": f"Organizace {o}, z. s.", "description": "Bench"})
        office = uid("office", o)
        rows["location"].append(
            {"id": office, "location_type": "physical", "organization_id": oid, "name": f"Pobočka {o}"}
        )
        rows["address"].append(
            {
                "id": uid("addr", office),
                "location_id": office,
                "city": f"Město {o % 200}",
                "state_province": REGIONS[o % len(REGIONS)],
                "country": "CZ",
            }
        )
    for s in range(services):
        sid = uid("svc", s)
        o = s % organizations
        rows["service"].append(
            {
                "id": sid,
                "organization_id": uid("org", o),
                "name": f"Služba {s}",
                "description": "Syntetická služba pro měření.",
                "status": "active",
                "eligibility_description": "Dospělí po propuštění.",
                "minimum_age": 18,
                "assured_date": "2026-10-01",
            }
        )
        for taxonomy, codes in ((NEED, needs), (TARGET, targets), (REQUIREMENT, reqs)):
            code = codes[s % len(codes)]
            rows["attribute"].append(
                {
                    "id": uid("attr", sid, taxonomy),
                    "link_id": sid,
                    "link_entity": "service",
                    "taxonomy_term_id": terms[(taxonomy, code)],
                    "link_type": "category",
                }
            )
        rows["service_area"].append(
            {"id": uid("area", sid), "service_id": sid, "name": REGIONS[s % len(REGIONS)]}
        )
        for lid in (prisons[s % len(prisons)], uid("office", o)):
            rows["service_at_location"].append(
                {"id": uid("sal", sid, lid), "service_id": sid, "location_id": lid}
            )
        cid = uid("contact", sid)
        rows["contact"].append(
            {"id": cid, "service_id": sid, "name": "Jana Ukázková", "email": "a@b.example"}
        )
        rows["phone"].append({"id": uid("phone", sid), "contact_id": cid, "number": "+420 000 000 000"})
        if s % 5 == 0:
            rows["service_capacity"].append(
                {
                    "id": uid("cap", sid),
                    "service_id": sid,
                    "unit_id": unit,
                    "available": s % 4,
                    "maximum": 10,
                    "updated": "2026-11-20T08:00:00+01:00",
                }
            )
    out.mkdir(parents=True, exist_ok=True)
    resources = []
    for spec in TABLES:
        with open(out / spec.file, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=BY_NAME[spec.name].column_names)
            writer.writeheader()
            writer.writerows(rows[spec.name])
        resources.append({"name": spec.name, "path": spec.file})
    (out / "datapackage.json").write_text(json.dumps({"resources": resources}), encoding="utf-8")
    return {name: len(table) for name, table in rows.items() if table}


def measure(url: str, package_dir: Path, tz: ZoneInfo) -> tuple[float, float, int]:
    engine = create_db_engine(url)
    upgrade(engine)
    started = time.perf_counter()
    package = validate(read_package(package_dir), tz=tz)
    assert not package.errors, package.errors[:3]
    validated = time.perf_counter()
    write_package(engine, package, replace=True)
    written = time.perf_counter()
    engine.dispose()
    return validated - started, written - validated, sum(len(r) for r in package.rows.values())


def report(database: str, read_s: float, write_s: float, rows: int) -> None:
    total = read_s + write_s
    print(
        f"{database + ':':11} read+validate {read_s:6.2f} s   write {write_s:6.2f} s   "
        f"total {total:6.2f} s   ({rows / total:,.0f} rows/s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, default=20_000)
    parser.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    tz = ZoneInfo("Europe/Prague")
    work = Path(tempfile.mkdtemp(prefix="spojka-bench-"))
    package_dir = args.out or work / "kb"
    counts = generate(package_dir, args.services)
    print(f"package: {sum(counts.values())} rows ({counts['service']} services) in {package_dir}")

    read_s, write_s, rows = measure(f"sqlite:///{work / 'bench.sqlite3'}", package_dir, tz)
    report("SQLite", read_s, write_s, rows)

    admin = create_engine(args.postgres, isolation_level="AUTOCOMMIT")
    name = f"spojka_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
        read_s, write_s, rows = measure(url, package_dir, tz)
        report("PostgreSQL", read_s, write_s, rows)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
