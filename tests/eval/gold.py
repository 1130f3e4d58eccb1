"""Gold answers for questions over a tabular HSDS package, derived from slots the way ../shared/eval does.

Deliberately independent of the engine: it reads the CSVs itself and applies the rules of
../shared/eval/make_fixture.py (relevant()) and the scoring of ../shared/eval/score.py.
Slots name things by what a person reads (a prison's name fragment, a town, an organisation's
name fragment), and are resolved against the package here.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

NATIONWIDE = "Česká republika"
STALE_DAYS = 7


@lru_cache(maxsize=100_000)  # the same prison and organisation names, folded for every question
def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()


@dataclass
class Facts:
    id: str
    org: str
    needs: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    prisons: set[str] = field(default_factory=set)
    towns: set[str] = field(default_factory=set)
    areas: set[str] = field(default_factory=set)
    free: bool = False


@dataclass
class World:
    services: list[Facts]
    prisons: dict[str, list[str]]  # location id -> names and aliases
    orgs: dict[str, str]  # id -> name
    town_region: dict[str, str]
    need_parent: dict[str, str]


def load_world(kb: Path, now: datetime) -> World:
    tables: dict[str, list[dict[str, str]]] = {}
    for resource in json.loads((kb / "datapackage.json").read_text(encoding="utf-8"))["resources"]:
        with open(kb / resource["path"], encoding="utf-8", newline="") as handle:
            tables[resource["name"]] = list(csv.DictReader(handle))
    terms = {t["id"]: t for t in tables["taxonomy_term"]}
    need_parent = {
        t["code"]: terms[t["parent_id"]]["code"]
        for t in terms.values()
        if t["taxonomy"] == "spojka-need" and t["parent_id"] in terms
    }
    facility = {
        a["link_id"]
        for a in tables["attribute"]
        if a["link_entity"] == "location" and terms[a["taxonomy_term_id"]]["taxonomy"] == "spojka-facility"
    }
    locations = {loc["id"]: loc for loc in tables["location"]}
    city = {a["location_id"]: a["city"] for a in tables["address"]}
    town_region = {
        a["city"]: a["state_province"] for a in tables["address"] if a["location_id"] not in facility
    }
    facts = {
        s["id"]: Facts(s["id"], s["organization_id"]) for s in tables["service"] if s["status"] == "active"
    }
    for a in tables["attribute"]:
        term = terms[a["taxonomy_term_id"]]
        if a["link_entity"] == "service" and a["link_id"] in facts:
            if term["taxonomy"] == "spojka-need":
                facts[a["link_id"]].needs.add(term["code"])
            elif term["taxonomy"] == "spojka-target":
                facts[a["link_id"]].targets.add(term["code"])
    for sal in tables["service_at_location"]:
        if sal["service_id"] not in facts:
            continue
        if sal["location_id"] in facility:
            facts[sal["service_id"]].prisons.add(sal["location_id"])
        else:
            facts[sal["service_id"]].towns.add(city[sal["location_id"]])
    for area in tables.get("service_area", []):
        if area["service_id"] in facts:
            facts[area["service_id"]].areas.add(area["name"])
    for cap in tables.get("service_capacity", []):
        updated = datetime.fromisoformat(cap["updated"])
        fresh = (now - updated).total_seconds() <= STALE_DAYS * 86_400
        if cap["service_id"] in facts and int(cap["available"]) > 0 and fresh:
            facts[cap["service_id"]].free = True
    prisons = {
        lid: [
            locations[lid]["name"],
            *[x.strip() for x in (locations[lid]["alternate_name"] or "").split(";")],
        ]
        for lid in facility
    }
    orgs = {o["id"]: o["name"] for o in tables["organization"]}
    return World(list(facts.values()), prisons, orgs, town_region, need_parent)


def _one(found: list[str], what: str) -> str:
    assert len(found) == 1, f"{what} names {len(found)} things: {found}"
    return found[0]


def prison_id(world: World, fragment: str) -> str:
    """The prison whose name or alias, folded, equals or ends with the fragment."""
    wanted = _fold(fragment)
    exact = [lid for lid, names in world.prisons.items() if any(_fold(n) == wanted for n in names if n)]
    if exact:
        return _one(exact, fragment)
    return _one([lid for lid, names in world.prisons.items() if _fold(names[0]).endswith(wanted)], fragment)


def org_id(world: World, fragment: str) -> str:
    return _one([oid for oid, name in world.orgs.items() if _fold(fragment) in _fold(name)], fragment)


def _descendants(world: World, code: str) -> set[str]:
    return {code} | {child for child, parent in world.need_parent.items() if parent == code}


def relevant(world: World, s: Facts, slots: dict[str, Any]) -> bool:
    if not slots:
        return False
    if "org" in slots and s.org != org_id(world, slots["org"]):
        return False
    if "prison" in slots and prison_id(world, slots["prison"]) not in s.prisons:
        return False
    if "region" in slots:
        region = slots["region"]
        if not ({region, NATIONWIDE} & s.areas) and not any(
            world.town_region.get(t) == region for t in s.towns
        ):
            return False
    if "town" in slots and slots["town"] not in s.towns:
        return False
    if "needs" in slots:
        wanted = set().union(*(_descendants(world, c) for c in slots["needs"]))
        if not wanted & s.needs:
            return False
    for target in slots.get("targets", []):
        if target in ("women", "men"):
            other = "men" if target == "women" else "women"
            if other in s.targets and target not in s.targets:
                return False
        elif target == "addicted":
            if "addicted" not in s.targets and "addiction" not in s.needs:
                return False
        elif target not in s.targets:
            return False
    return not (slots.get("capacity") and not s.free)


def kind_of(slots: dict[str, Any]) -> str:
    if not slots:
        return "outside"
    if "org" in slots:
        return "organization"
    if "prison" in slots:
        return "prison"
    if "capacity" in slots:
        return "capacity"
    if "town" in slots or "region" in slots:
        return "place"
    return "need"


def gold(world: World, questions: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    lines = []
    for question, slots in questions:
        accepted = [s for s in world.services if relevant(world, s, slots)]
        lines.append(
            {
                "question": question,
                "slots": slots,
                "services": [s.id for s in accepted],
                "organizations": sorted({s.org for s in accepted}),
                "prison": prison_id(world, slots["prison"]) if "prison" in slots else None,
                "kind": kind_of(slots),
            }
        )
    return lines


def score(gold_lines: list[dict[str, Any]], answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per question, as ../shared/eval/score.py scores it."""
    rows = []
    for g, a in zip(gold_lines, answers, strict=True):
        assert g["question"] == a["question"]
        results = a.get("results") or []
        by_org = g["kind"] == "organization" and "prison" not in g["slots"]
        key = "organization_id" if by_org else "service_id"
        accepted = set(g["organizations"] if by_org else g["services"])
        top = [r[key] for r in results[:3]]
        if accepted:
            ok = bool(top) and top[0] in accepted
        else:
            ok = not results
        wrong = sum(1 for x in top if x not in accepted)
        prison = None
        if g["prison"]:
            prison = g["prison"] in (a.get("understood") or {}).get("prisons", [])
        rows.append(
            {
                "q": g["question"],
                "kind": g["kind"],
                "ok": ok,
                "wrong": wrong,
                "shown": len(top),
                "prison": prison,
            }
        )
    return rows


def summary(rows: list[dict[str, Any]]) -> dict[str, float]:
    shown = sum(r["shown"] for r in rows) or 1
    prisons = [r["prison"] for r in rows if r["prison"] is not None]
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(r["ok"])
    return {
        "n": len(rows),
        "accuracy": sum(r["ok"] for r in rows) / len(rows),
        "wrong3": sum(r["wrong"] for r in rows) / shown,
        "prison_understood": sum(prisons) / len(prisons) if prisons else 1.0,
        **{f"accuracy_{k}": sum(v) / len(v) for k, v in sorted(by_kind.items())},
    }
