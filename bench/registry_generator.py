"""A register of the real size in the documented shape: 7,000 services, 19,000 facilities, ~100 MB.

usage: python bench/registry_generator.py DIR [--services 7000] [--facilities 19000] [--seed 17]

Writes DIR/rpss.json and the code lists. The code lists of service types, target groups, age
groups, forms and capacity types are the test fixture's (tests/bot/kb/registry_fixture); the
territorial ones are made up to the real counts (14 regions, 77 districts, ~6,250
municipalities). Every service carries what the live register carries and Spojka must skip
(statutarniOrgany, doplnkoveUdaje with document links, contact addresses, facility heads), so
that the file has the real size and the parser the real work. Deterministic for a seed.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FIXTURE = REPO / "tests" / "bot" / "kb" / "registry_fixture"
COPIED = (
    "druhy-socialni-sluzby",
    "cilove-skupiny-osoby",
    "vekove-skupiny-osoby",
    "formy-soc-sluzby",
    "typy-kapacity-socialni-sluzby",
    "kraje",
)
STREETS = (
    "Nádražní",
    "Husova",
    "Masarykova",
    "Palackého",
    "Školní",
    "Zahradní",
    "Komenského",
    "Sokolská",
    "Tyršova",
    "Jiráskova",
    "Nerudova",
    "Havlíčkova",
    "Smetanova",
    "Dukelská",
    "Pražská",
)
WORDS = ("Naděje", "Cesta", "Domov", "Most", "Prostor", "Oblast", "Pomoc", "Šance", "Krok", "Kotva")


def _codes(file: str) -> list[tuple[str, str]]:
    document = json.loads((FIXTURE / f"{file}.json").read_text(encoding="utf-8"))
    return [(item["id"], item["nazev"]["cs"]) for item in document["polozky"]]


def _towns(regions: list[tuple[str, str]], count: int, rng: random.Random) -> list[tuple[int, str, str, int]]:
    """(town code, name, region id, district code): real big towns first, then made-up villages."""
    real = [
        line.split(",")[:2] for line in (REPO / "knowledge" / "towns.csv").read_text("utf-8").splitlines()[1:]
    ]
    by_name = {name: rid for rid, name in regions}
    towns = [(500000 + i, name, by_name[region], 3000 + i % 77) for i, (name, region) in enumerate(real)]
    while len(towns) < count:
        rid = rng.choice(regions)[0]
        towns.append(
            (500000 + len(towns), f"{rng.choice(WORDS)}ov {len(towns)}", rid, 3000 + len(towns) % 77)
        )
    return towns


def generate(
    folder: Path, services: int = 7000, facilities: int = 19000, seed: int = 17, changed_every: int = 0
) -> dict[str, int]:
    """With `changed_every` N, every Nth service has a new phone number and every (N+1)th a new
    registered capacity: the same register a day later, for timing a merge with changes."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        shutil.copy(FIXTURE / f"{name}.json", folder / f"{name}.json")
    regions = _codes("kraje")
    kinds = _codes("druhy-socialni-sluzby")
    groups = _codes("cilove-skupiny-osoby")
    ages = _codes("vekove-skupiny-osoby")
    towns = _towns(regions, 6250, rng)
    # big towns get most services, as in the live register
    weights = [40 if i < 87 else 1 for i in range(len(towns))]
    _write(
        folder / "obce.json",
        {"polozky": [{"id": f"Obec/{c}", "nazev": {"cs": n}, "kod": str(c)} for c, n, _, _ in towns]},
    )
    _write(
        folder / "okresy.json",
        {"polozky": [{"id": f"Okres/{3000 + i}", "nazev": {"cs": f"Okres {i}"}} for i in range(77)]},
    )
    _write(
        folder / "casti-obci.json",
        {"polozky": [{"id": f"CastObce/{400000 + i}", "nazev": {"cs": f"Část {i}"}} for i in range(500)]},
    )
    per_service = [1] * services
    for _ in range(facilities - services):
        per_service[rng.randrange(services)] += 1
    providers = [
        (f"{rng.randrange(10**7, 10**8):08d}", f"{rng.choice(WORDS)} {i}, z. s.")
        for i in range(services // 3)
    ]
    written = 0
    with open(folder / "rpss.json", "w", encoding="utf-8") as handle:
        handle.write('{"polozky": [\n')
        for n in range(services):
            item = _service(n, per_service[n], rng, kinds, groups, ages, regions, towns, weights, providers)
            if changed_every and n % changed_every == 0:
                item["telefony"] = [{"telefon": f"999 000 {n % 1000:03d}", "poznamka": None}]
            if changed_every and n % (changed_every + 1) == 0:
                item["formy"][0]["kapacity"][0]["pocet"] += 1
            written += len(item["zarizeni"])
            handle.write(("" if n == 0 else ",\n") + json.dumps(item, ensure_ascii=False))
        handle.write("\n]}\n")
    return {"services": services, "facilities": written, "bytes": (folder / "rpss.json").stat().st_size}


def _write(path: Path, document: dict[str, Any]) -> None:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def _contacts(rng: random.Random, n: int, empty: bool = False) -> dict[str, Any]:
    if empty:
        return {"telefony": [], "emaily": [], "weby": [], "faxy": []}
    return {
        "telefony": [
            {
                "telefon": f"{rng.randrange(200, 800)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}",
                "poznamka": None,
            }
            for _ in range(rng.randint(1, 3))
        ],
        "emaily": [{"email": f"info{n}@sluzba{n}.cz", "poznamka": None}],
        "weby": [{"web": f"www.sluzba{n}.cz", "poznamka": None}],
        "faxy": [],
    }


def _service(
    n: int,
    facilities: int,
    rng: random.Random,
    kinds: list[tuple[str, str]],
    groups: list[tuple[str, str]],
    ages: list[tuple[str, str]],
    regions: list[tuple[str, str]],
    towns: list[tuple[int, str, str, int]],
    weights: list[int],
    providers: list[tuple[str, str]],
) -> dict[str, Any]:
    kind_id, kind_name = rng.choice(kinds)
    ico, provider_name = providers[n % len(providers)]
    town = rng.choices(towns, weights)[0]
    ended = rng.random() < 0.08
    zarizeni = []
    for f in range(facilities):
        place = town if f == 0 or rng.random() < 0.6 else rng.choices(towns, weights)[0]
        zarizeni.append(
            {
                "nazev": f"{kind_name.capitalize()} {place[1]}" + (f" – pobočka {f}" if f else ""),
                "poskytujeOd": "2014-01-01",
                "poskytujeDo": "2020-12-31" if rng.random() < 0.05 else None,
                "vedouci": {"titulPred": "Bc.", "jmeno": "Jana", "prijmeni": f"Vedoucí{n}"},
                "provozniDoba": [
                    {"den": {"id": f"DenVTydnu/{d}"}, "od": "07:30", "do": "15:30", "poznamka": None}
                    for d in range(1, 8)
                ],
                "adresa": {
                    "cisloDomovni": rng.randrange(1, 3000),
                    "cisloOrientacni": str(rng.randrange(1, 90)),
                    "dodatekAdresy": None,
                    "kodAdresnihoMista": rng.randrange(10**7, 10**8) if rng.random() > 0.036 else None,
                    "psc": f"{rng.randrange(10000, 79999)}",
                    "typCislaDomovniho": {"id": "TypStavebnihoObjektu/1"},
                    "kraj": {"id": place[2]},
                    "okres": {"id": f"Okres/{place[3]}"},
                    "obec": {"id": f"Obec/{place[0]}"},
                    "castObce": {"id": f"CastObce/{400000 + rng.randrange(500)}"},
                    "mestskyObvodMestskaCast": None,
                    "mestskyObvodVPraze": None,
                    "ulice": {"nazev": rng.choice(STREETS)},
                },
            }
        )
    if rng.random() < 0.1 and zarizeni:
        zarizeni.append(dict(zarizeni[0]))  # the register's repeated facility
    forms = rng.sample(["pob", "amb", "ter"], rng.randint(1, 2))
    documents = {
        key: [
            {
                "nazev": f"Příloha {i}",
                "priloha": {
                    "url": f"https://www.mpsv.cz/agportal-server/rest/documents/{n}-{key}-{i}",
                    "nazev": f"dokument-{n}-{i}.pdf",
                    "velikost": rng.randrange(10**4, 10**6),
                },
            }
            for i in range(3)
        ]
        for key in ("realizacePoskytovani", "planyFinancnihoZajisteni", "personalniZajisteni")
    }
    return {
        "portalId": 10_000 + n,
        "id": str(1_000_000 + n),
        "identifikator": str(rng.randrange(10**6, 10**7)),
        "datumPoskytovaniOd": "2010-01-01",
        "datumPoskytovaniDo": "2015-06-30" if ended else None,
        "kontaktniAdresy": [
            {"ulice": {"nazev": rng.choice(STREETS)}, "obec": {"id": f"Obec/{town[0]}"}, "psc": "11000"}
        ],
        "druhSocialniSluzby": {"id": kind_id},
        "zarizeni": zarizeni,
        "poskytovatel": {
            "ico": ico,
            "nazev": provider_name,
            "pravniForma": {"id": "PravniForma/706"},
            "statutarniOrgany": [
                {
                    "titulPred": "Mgr.",
                    "jmeno": "Petr",
                    "prijmeni": f"Statutár{n}",
                    "titulZa": None,
                    "funkce": "předseda",
                }
                for _ in range(2)
            ],
            **_contacts(rng, n),
        },
        **_contacts(rng, n, empty=rng.random() < 0.15),
        "ciloveSkupiny": [{"cilovaSkupina": {"id": g}} for g, _ in rng.sample(groups, rng.randint(1, 4))],
        "vekoveSkupiny": [{"vekovaSkupina": {"id": a}} for a, _ in rng.sample(ages, rng.randint(1, 4))],
        "doplnujiciInformaceVekoveSkupiny": None,
        "formy": [
            {
                "forma": {"id": f"FormaSocialniSluzby/{form}"},
                "nepretrzitePoskytovani": form == "pob",
                "casoveRozsahy": [
                    {"den": d, "od": "08:00", "do": "16:00"} for d in ("po", "út", "st", "čt", "pá")
                ],
                "kapacity": [
                    {
                        "pocet": rng.randrange(5, 200),
                        "popis": f"Maximální kapacita s účinností od 01.01.{rng.randrange(2010, 2026)}.",
                        "typ": {
                            "id": "TypKapacitySocialniSluzby/" + ("luzka" if form == "pob" else "klient")
                        },
                    }
                ],
            }
            for form in forms
        ],
        "rozsirenePusobnostiVKraji": [{"kraj": {"id": r}} for r, _ in rng.sample(regions, rng.randint(0, 2))],
        "doplnkoveUdaje": {
            **documents,
            "popisRealizace": "Služba je poskytována v souladu se zákonem. " * 120,
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--services", type=int, default=7000)
    parser.add_argument("--facilities", type=int, default=19000)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--changed-every", type=int, default=0, help="change every Nth service (a later day)")
    args = parser.parse_args()
    made = generate(args.folder, args.services, args.facilities, args.seed, args.changed_every)
    size = made["bytes"] / 2**20
    counts = f"{made['services']} services, {made['facilities']} facilities"
    print(f"{args.folder}: {counts}, rpss.json {size:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
