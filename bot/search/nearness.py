"""How far a service is from the place asked about, for "nearest first" among equal fits.

Towns' approximate centres come from knowledge/gazetteer.csv (a coordinator can review and add
to it); a service is where its non-prison locations' towns are, and where the prisons it works
in are. Distances are great-circle kilometres: enough to say which is nearer.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Collection
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


def _services_at(catalog: Catalog) -> list[tuple[Point, set[int]]]:
    """Every known point with the services that have a place there, worked out once per catalog."""
    cached: list[tuple[Point, set[int]]] | None = getattr(catalog, "_services_at", None)
    if cached is not None:
        return cached
    at: dict[Point, set[int]] = {}
    for number, places in _points(catalog).items():
        for point in places:
            at.setdefault(point, set()).add(number)
    cached = list(at.items())
    object.__setattr__(catalog, "_services_at", cached)
    return cached


class Nearness:
    """Kilometres from `start` to a service's nearest known place (FAR when none is known).

    `reachable`: when given, a service outside it (only inside prisons) comes after every
    service in it, however near: its distance counts from FAR on."""

    def __init__(self, catalog: Catalog, start: Point, reachable: set[int] | None = None) -> None:
        self._points = _points(catalog)
        self._at = _services_at(catalog)
        self._start = start
        self._reachable = reachable
        self._measured: dict[Point, float] = {}  # a hundred towns, thousands of services: each once

    def _away(self, point: Point) -> float:
        found = self._measured.get(point)
        if found is None:
            found = self._measured[point] = kilometres(self._start, point)
        return found

    def _plain(self, number: int) -> float:
        points = self._points.get(number)
        if not points:
            return FAR
        if len(points) == 1:  # most services: one place (a generator for it cost twice the look-up)
            return self._away(points[0])
        return min(map(self._away, points))

    def __call__(self, number: int) -> float:
        if self._reachable is None or number in self._reachable:
            return self._plain(number)
        return FAR + self._plain(number)

    def nearest(self, candidates: Collection[int], limit: int) -> dict[int, int]:
        """Rounded distances of the candidates that can be among the `limit` nearest: every
        candidate whose rounded distance is at most the limit-th smallest one (ties included).
        Walks the places nearest first instead of measuring every candidate."""
        if self._reachable is None:
            return self._nearest(set(candidates), limit, 0.0)
        inside = self._reachable.intersection(candidates)
        found = self._nearest(inside, limit, 0.0)
        if len(found) >= limit and sorted(found.values())[limit - 1] < round(FAR):
            return found
        # too few nearby among the reachable: the rest count from FAR on, ties with FAR included
        return found | self._nearest(set(candidates) - inside, limit, FAR)

    def _nearest(self, candidates: set[int], limit: int, offset: float) -> dict[int, int]:
        if not candidates or limit <= 0:
            return {}
        ordered = sorted((self._away(point), services) for point, services in self._at)
        found: dict[int, int] = {}
        enough: int | None = None  # the rounded distance at which `limit` were found
        for kilometres_away, services in ordered:
            rounded = round(offset + kilometres_away)
            if enough is not None and rounded > enough:
                break
            for number in candidates.intersection(services):
                found.setdefault(number, rounded)  # places come nearest first: the first is its own
            if enough is None and len(found) >= limit:
                enough = rounded
        if enough is None or enough >= round(offset + FAR):
            # fewer than `limit` have a known place: all the others tie at FAR
            unknown = round(offset + FAR)
            for number in candidates:
                found.setdefault(number, unknown)
        return found


def outside_prisons(catalog: Catalog) -> set[int]:
    """Services with a place outside prisons: where a released person can go."""
    cached: set[int] | None = getattr(catalog, "_outside", None)
    if cached is None:
        cached = set().union(*catalog.town_services.values()) if catalog.town_services else set()
        object.__setattr__(catalog, "_outside", cached)
    return cached
