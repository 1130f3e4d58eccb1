"""The report files, by name, as the bot sends them and `spojka report` writes them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine

from bot import clock
from bot.reports import charts, coverage, quality, tables, usage
from bot.search.catalog import Catalog
from bot.text.i18n import text

PRISONS_PER_PICTURE = 8  # across a 6" phone held upright, readable without zooming


def coverage_files(catalog: Catalog, *, language: str, region: str | None = None) -> dict[str, bytes]:
    """Pictures of at most a dozen prisons each (pokryti_veznice.png, or _1, _2 ... for the whole
    country, a region never split), one CSV with every prison, and the regions' picture."""
    prisons = coverage.prisons_by_need(catalog, region=region)
    regions = coverage.regions_by_need(catalog)
    legend, gap = text(language, "report.legend"), text(language, "report.gap")
    where = region or text(language, "event.everywhere")
    parts = prisons.parts(PRISONS_PER_PICTURE)
    pictures: dict[str, bytes] = {}
    for number, part in enumerate(parts, start=1):
        name = "pokryti_veznice.png" if len(parts) == 1 else f"pokryti_veznice_{number}.png"
        shown = where if len(parts) == 1 else f"{where} {number}/{len(parts)}"
        title = text(language, "report.prisons_title", where=shown)
        pictures[name] = charts.heatmap(part, title=title, legend=legend, gap_label=gap, upright=True)
    return {
        **pictures,
        "pokryti_veznice.csv": tables.coverage_csv(prisons),
        "pokryti_kraje.png": charts.heatmap(
            regions, title=text(language, "report.regions_title"), legend=legend, gap_label=gap
        ),
        "pokryti_kraje.csv": tables.coverage_csv(regions),
    }


def quality_files(engine: Engine, *, stale_days: int = 7, now: datetime | None = None) -> dict[str, bytes]:
    return {
        "kvalita.csv": tables.quality_csv(quality.by_organization(engine, now=now, stale_days=stale_days))
    }


def usage_files(engine: Engine, *, language: str, now: datetime | None = None) -> dict[str, bytes]:
    found = usage.summary(engine, now=now or clock.utc_now())
    files = {
        "statistiky.png": charts.usage_chart(
            found,
            title=text(language, "report.usage_title"),
            asked=text(language, "report.asked"),
            answered=text(language, "report.answered"),
        )
    }
    files.update(tables.usage_csv(found))
    return files
