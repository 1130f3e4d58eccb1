"""A realistic synthetic knowledge base of N services, for timing the answer engine.

usage: python bench/synthetic_kb.py N OUTDIR

Real prisons (knowledge/prisons.csv) with their facility attributes, ~90 real towns in all
regions, one organisation per five services with distinct invented names, services named by
kind + organisation, 1-3 needs, 1-3 audiences, a region, an office, every third one active
in 1-3 prisons, every fifth one with a capacity. Deterministic (seeded).
"""

from __future__ import annotations

import csv
import json
import random
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.kb.profile import CODES, FACILITY, NEED, TARGET, TRUST, need_parent

NS = uuid.UUID("0b6f4f0e-7d0c-4c35-9d55-3f0b8a6e2c11")
HERE = Path(__file__).resolve().parent.parent / "knowledge"
TOWNS = {
    "Hlavní město Praha": ["Praha"],
    "Středočeský kraj": [
        "Kladno",
        "Mladá Boleslav",
        "Příbram",
        "Kolín",
        "Kutná Hora",
        "Beroun",
        "Benešov",
        "Mělník",
    ],
    "Jihočeský kraj": ["České Budějovice", "Tábor", "Písek", "Strakonice", "Jindřichův Hradec", "Prachatice"],
    "Plzeňský kraj": ["Plzeň", "Klatovy", "Domažlice", "Rokycany", "Tachov"],
    "Karlovarský kraj": ["Karlovy Vary", "Cheb", "Sokolov"],
    "Ústecký kraj": ["Ústí nad Labem", "Děčín", "Teplice", "Most", "Chomutov", "Litoměřice", "Louny"],
    "Liberecký kraj": ["Liberec", "Jablonec nad Nisou", "Česká Lípa", "Semily"],
    "Královéhradecký kraj": ["Hradec Králové", "Trutnov", "Náchod", "Jičín", "Rychnov nad Kněžnou"],
    "Pardubický kraj": ["Pardubice", "Chrudim", "Svitavy", "Ústí nad Orlicí"],
    "Kraj Vysočina": ["Jihlava", "Třebíč", "Havlíčkův Brod", "Žďár nad Sázavou", "Pelhřimov"],
    "Jihomoravský kraj": ["Brno", "Znojmo", "Břeclav", "Hodonín", "Vyškov", "Blansko"],
    "Olomoucký kraj": ["Olomouc", "Přerov", "Prostějov", "Šumperk", "Jeseník"],
    "Zlínský kraj": ["Zlín", "Kroměříž", "Uherské Hradiště", "Vsetín"],
    "Moravskoslezský kraj": [
        "Ostrava",
        "Opava",
        "Havířov",
        "Karviná",
        "Frýdek-Místek",
        "Nový Jičín",
        "Bruntál",
    ],
}
NOUNS = (
    "Maják Přístav Archa Kotva Most Brána Lávka Cesta Světlo Klíč Pramen Oáza Kompas Krok Šance Start "
    "Domov Naděje Důvěra Opora Ruka Dlaň Stezka Křižovatka Úsvit Sluníčko Vítr Kořen Strom Zahrada "
    "Horizont Spojka Návrat Proud Paprsek Hvězda Sever Jih Vlna Skála"
).split()
ADJECTIVES = (
    "Nový Modrý Zelený Pevný Otevřený Tichý Dobrý Jasný Společný Živý Bílý Zlatý Lidový Městský "
    "Horní Dolní Velký Malý Svobodný Klidný"
).split()
KINDS = {
    "housing-shelter": "Azylový dům",
    "housing-halfway": "Dům na půl cesty",
    "housing-social": "Sociální bydlení",
    "employment": "Pracovní poradenství",
    "debt": "Dluhová poradna",
    "addiction": "Adiktologická ambulance",
    "mental-health": "Psychologická poradna",
    "health": "Zdravotní služba",
    "family": "Rodinná poradna",
    "education": "Vzdělávací kurzy",
    "legal": "Právní poradna",
    "mentoring": "Mentoring",
    "documents": "Pomoc s doklady",
    "benefits": "Poradna pro dávky",
    "basic-needs": "Denní centrum",
    "counselling": "Sociální poradna",
    "spiritual": "Duchovní služba",
    "restorative": "Mediace",
    "housing": "Bydlení",
}


def uid(*parts: object) -> str:
    return str(uuid.uuid5(NS, "/".join(map(str, parts))))


def generate(count: int, out: Path, seed: int = 11) -> dict[str, int]:
    rng = random.Random(seed)
    rows: dict[str, list[dict[str, object]]] = {
        name: []
        for name in (
            "organization service location address service_at_location service_area taxonomy "
            "taxonomy_term attribute unit service_capacity contact phone"
        ).split()
    }
    terms: dict[tuple[str, str], str] = {}
    for taxonomy in (NEED, TARGET, TRUST, FACILITY):
        tid = uid("tax", taxonomy)
        rows["taxonomy"].append({"id": tid, "name": taxonomy, "description": taxonomy})
        for code in sorted(CODES[taxonomy]):
            terms[(taxonomy, code)] = uid("term", taxonomy, code)
        for code in sorted(CODES[taxonomy]):
            parent = need_parent(code) if taxonomy == NEED else None
            rows["taxonomy_term"].append(
                {
                    "id": terms[(taxonomy, code)],
                    "code": code,
                    "name": code,
                    "taxonomy": taxonomy,
                    "taxonomy_id": tid,
                    "parent_id": terms[(taxonomy, parent)] if parent else "",
                }
            )

    def attribute(entity: str, link_id: str, taxonomy: str, code: str) -> None:
        rows["attribute"].append(
            {
                "id": uid("attr", link_id, taxonomy, code),
                "link_id": link_id,
                "taxonomy_term_id": terms[(taxonomy, code)],
                "link_type": "category",
                "link_entity": entity,
            }
        )

    def place(lid: str, town: str, region: str) -> None:
        rows["address"].append(
            {
                "id": uid("addr", lid),
                "location_id": lid,
                "address_1": "Hlavní 1",
                "city": town,
                "state_province": region,
                "postal_code": "10000",
                "country": "CZ",
                "address_type": "physical",
            }
        )

    prisons: list[str] = []
    with open(HERE / "prisons.csv", encoding="utf-8", newline="") as handle:
        for i, prison in enumerate(csv.DictReader(handle)):
            lid = uid("prison", i)
            prisons.append(lid)
            rows["location"].append(
                {
                    "id": lid,
                    "location_type": "physical",
                    "name": prison["name"],
                    "alternate_name": prison["aliases"],
                }
            )
            place(lid, prison["town"], prison["region"])
            attribute("location", lid, FACILITY, prison["facility"])
    unit = uid("unit")
    rows["unit"].append({"id": unit, "name": "lůžko"})
    needs = sorted(CODES[NEED])
    targets = sorted(CODES[TARGET])
    towns = [(town, region) for region, names in TOWNS.items() for town in names]
    now = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    orgs: list[tuple[str, str, str, str]] = []
    names_used: set[str] = set()
    for o in range(max(1, count // 5)):
        town, region = towns[rng.randrange(len(towns))]
        while True:
            name = f"{rng.choice(ADJECTIVES)} {rng.choice(NOUNS).lower()} {rng.choice(NOUNS)}"
            if name not in names_used:
                names_used.add(name)
                break
        oid = uid("org", o)
        rows["organization"].append(
            {
                "id": oid,
                "name": f"{name} {town}, z. s.",
                "alternate_name": "",
                "description": "Syntetická data",
            }
        )
        for code in rng.sample(sorted(CODES[TRUST]), rng.randint(0, 2)):
            attribute("organization", oid, TRUST, code)
        office = uid("office", o)
        rows["location"].append(
            {
                "id": office,
                "location_type": "physical",
                "organization_id": oid,
                "name": town,
                "alternate_name": "",
            }
        )
        place(office, town, region)
        orgs.append((oid, name, town, region))
    for s in range(count):
        oid, org_name, town, region = orgs[s % len(orgs)]
        own = rng.sample(needs, rng.randint(1, 3))
        sid = uid("svc", s)
        rows["service"].append(
            {
                "id": sid,
                "organization_id": oid,
                "name": f"{KINDS[own[0]]} {org_name}",
                "status": "active",
                "description": "Syntetická data",
                "eligibility_description": "",
                "assured_date": (now - timedelta(days=rng.randint(0, 400))).date().isoformat(),
            }
        )
        for code in own:
            attribute("service", sid, NEED, code)
        for code in rng.sample(targets, rng.randint(1, 3)):
            attribute("service", sid, TARGET, code)
        rows["service_area"].append(
            {"id": uid("area", sid), "service_id": sid, "name": "Česká republika" if s % 50 == 0 else region}
        )
        rows["service_at_location"].append(
            {"id": uid("sal", sid), "service_id": sid, "location_id": uid("office", s % len(orgs))}
        )
        if s % 3 == 0:
            for lid in rng.sample(prisons, rng.randint(1, 3)):
                rows["service_at_location"].append(
                    {"id": uid("sal", sid, lid), "service_id": sid, "location_id": lid}
                )
        cid = uid("contact", sid)
        rows["contact"].append({"id": cid, "service_id": sid, "name": "Kontakt"})
        rows["phone"].append({"id": uid("phone", sid), "contact_id": cid, "number": "+420 000 000 000"})
        if s % 5 == 0:
            rows["service_capacity"].append(
                {
                    "id": uid("cap", sid),
                    "service_id": sid,
                    "unit_id": unit,
                    "available": rng.randint(0, 5),
                    "maximum": 10,
                    "updated": (now - timedelta(days=rng.randint(0, 20))).isoformat(),
                }
            )
    write(rows, out)
    return {name: len(table) for name, table in rows.items()}


FILES = {
    "organization": "organizations.csv",
    "service": "services.csv",
    "location": "locations.csv",
    "address": "addresses.csv",
    "service_at_location": "service_at_location.csv",
    "service_area": "service_areas.csv",
    "taxonomy": "taxonomies.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "attribute": "attributes.csv",
    "unit": "units.csv",
    "service_capacity": "service_capacity.csv",
    "contact": "contacts.csv",
    "phone": "phones.csv",
}


def write(rows: dict[str, list[dict[str, object]]], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    resources = []
    for name, table in rows.items():
        columns = list(dict.fromkeys(key for row in table for key in row))
        with open(out / FILES[name], "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns)
            writer.writeheader()
            writer.writerows(table)
        resources.append({"name": name, "path": FILES[name]})
    (out / "datapackage.json").write_text(
        json.dumps({"name": "spojka-synthetic", "resources": resources}, ensure_ascii=False, indent=1),
        encoding="utf-8",
    )


if __name__ == "__main__":
    counts = generate(int(sys.argv[1]), Path(sys.argv[2]))
    print(", ".join(f"{name} {n}" for name, n in counts.items()))
