"""Where post-care is missing: prisons x needs, and regions x needs after release.

A cell counts the active services for that need (or any of its narrower needs) working in
that prison, or available in that region (located there, serving the area, or nationwide),
exactly as answers count them (bot/search/answering.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot import clock
from bot.kb import profile
from bot.search.answering import Constraints, matching
from bot.search.catalog import Catalog
from bot.search.index import load_regions
from bot.text.czech import fold

# The needs shown as columns: the top-level ones (housing covers its shelters and halfway houses).
NEEDS = tuple(code for code in sorted(profile.CODES[profile.NEED]) if profile.need_parent(code) is None)


@dataclass(frozen=True)
class Matrix:
    title: str
    rows: list[str]  # prison or region names
    row_groups: list[str]  # the region of each row (prisons), or "" (regions)
    columns: list[str]  # need codes
    column_labels: list[str]  # need names as the knowledge base writes them
    counts: list[list[int]]
    labels: list[str] = field(default_factory=list)  # the rows as pictures name them (default: rows)

    def gaps(self) -> int:
        return sum(1 for row in self.counts for count in row if count == 0)

    def parts(self, most: int) -> list[Matrix]:
        """The rows in parts of at most `most`, a region never split unless it alone is longer:
        one part is one picture a phone shows without zooming."""
        runs: list[list[int]] = []  # row numbers of one region, cut at `most`
        for n, region in enumerate(self.row_groups):
            if runs and self.row_groups[runs[-1][-1]] == region and len(runs[-1]) < most:
                runs[-1].append(n)
            else:
                runs.append([n])
        parts: list[list[int]] = []
        for run in runs:
            if parts and len(parts[-1]) + len(run) <= most:
                parts[-1] += run
            else:
                parts.append(list(run))
        return [
            Matrix(
                title=self.title,
                rows=[self.rows[n] for n in part],
                labels=[self.labels[n] for n in part] if self.labels else [],
                row_groups=[self.row_groups[n] for n in part],
                columns=self.columns,
                column_labels=self.column_labels,
                counts=[self.counts[n] for n in part],
            )
            for part in parts
        ]


def _need_label(catalog: Catalog, code: str) -> str:
    return catalog.term_names.get((profile.NEED, code), code)


def _columns(catalog: Catalog) -> list[str]:
    """The needs in the order of their names, as a reader looks for them."""
    return sorted(NEEDS, key=lambda code: fold(_need_label(catalog, code)))


def short_prison_name(name: str) -> str:
    """One way for every prison on a small screen: "Opava", "Ostrava-Heřmanice", "Brno (vazební)"."""
    short = name.replace("a Ústav pro výkon zabezpečovací detence ", "").strip()
    if short.startswith("Vazební věznice "):
        return f"{short.removeprefix('Vazební věznice ')} (vazební)"
    return short.removeprefix("Věznice ")


def prisons_by_need(catalog: Catalog, *, region: str | None = None) -> Matrix:
    prisons = sorted(
        (p for p in catalog.prisons.values() if region is None or p.region == region),
        key=lambda p: (p.region, p.name),
    )
    needs = _columns(catalog)
    counts = [
        [
            len(catalog.prison_services.get(p.location_id, set()) & catalog.need_under.get(need, set()))
            for need in needs
        ]
        for p in prisons
    ]
    return Matrix(
        title=f"prisons:{region or 'all'}",
        rows=[p.names[1] if len(p.names) > 1 and p.names[1] else p.name for p in prisons],
        labels=[short_prison_name(p.name) for p in prisons],
        row_groups=[p.region for p in prisons],
        columns=needs,
        column_labels=[_need_label(catalog, n) for n in needs],
        counts=counts,
    )


def regions_by_need(catalog: Catalog, *, now: datetime | None = None) -> Matrix:
    moment = now or clock.utc_now()
    regions = [r.name for r in load_regions()]
    needs = _columns(catalog)
    counts = [
        [
            len(
                matching(
                    catalog, Constraints(regions=frozenset({region}), needs=frozenset({need})), moment, 7
                )
            )
            for need in needs
        ]
        for region in regions
    ]
    return Matrix(
        title="regions",
        rows=regions,
        row_groups=[""] * len(regions),
        columns=needs,
        column_labels=[_need_label(catalog, n) for n in needs],
        counts=counts,
    )
