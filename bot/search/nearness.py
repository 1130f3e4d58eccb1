"""How far a service is from the place asked about, for "nearest first" among equal fits.

Towns' approximate centres come from knowledge/gazetteer.csv (a coordinator can review and add
to it); a service is where its non-prison locations' towns are, and where the prisons it works
in are. Distances are great-circle kilometres: enough to say which is nearer.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable
from functools import cache

from bot.search.catalog import Catalog
from bot.search.index import knowledge_file
from bot.text.czech import fold

Point = tuple[float, float]
FAR = 10_000.0  # no known place: after every service whose place is known


@cache
def gazetteer() -> dict[str, Point]:
    """Folded town name -> (latitude, longitude)."""
    with open(knowledge_file("gazetteer.csv"), encoding="utf-8", newline="") as handle:
        return {
            fold(row["name"].strip()): (float(row["latitude"]), float(row["longitude"]))
            for row in csv.DictReader(handle)
            if row["name"].strip()
        }


def kilometres(a: Point, b: Point) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def origin(catalog: Catalog, *, towns: list[str], prisons: list[str]) -> Point | None:
    """Where the question asks for help: its first town, else its first prison's town."""
    known = gazetteer()
    for town in towns:
        if fold(town) in known:
            return known[fold(town)]
    for prison_id in prisons:
        prison = catalog.prisons.get(prison_id)
        if prison is not None and fold(prison.town) in known:
            return known[fold(prison.town)]
    return None


def _points(catalog: Catalog) -> dict[int, list[Point]]:
    """Every service's known places, worked out once per catalog."""
    cached: dict[int, list[Point]] | None = getattr(catalog, "_points", None)
    if cached is not None:
        return cached
    known = gazetteer()
    points: dict[int, list[Point]] = {}
    for town, services in catalog.town_services.items():
        point = known.get(fold(town))
        if point is not None:
            for number in services:
                points.setdefault(number, []).append(point)
    for prison_id, services in catalog.prison_services.items():
        prison = catalog.prisons.get(prison_id)
        point = known.get(fold(prison.town)) if prison is not None else None
        if point is not None:
            for number in services:
                points.setdefault(number, []).append(point)
    object.__setattr__(catalog, "_points", points)
    return points


def distance_from(catalog: Catalog, start: Point) -> Callable[[int], float]:
    """Kilometres from `start` to a service's nearest known place (FAR when none is known)."""
    points = _points(catalog)
    measured: dict[Point, float] = {}  # a hundred towns, thousands of services: measure each town once

    def away(point: Point) -> float:
        found = measured.get(point)
        if found is None:
            found = measured[point] = kilometres(start, point)
        return found

    def distance(number: int) -> float:
        return min((away(point) for point in points.get(number, ())), default=FAR)

    return distance


def outside_prisons(catalog: Catalog) -> set[int]:
    """Services with a place outside prisons: where a released person can go."""
    cached: set[int] | None = getattr(catalog, "_outside", None)
    if cached is None:
        cached = set().union(*catalog.town_services.values()) if catalog.town_services else set()
        object.__setattr__(catalog, "_outside", cached)
    return cached
