"""The report files, by name, as the bot sends them and `spojka report` writes them.

They are drawn from what they are given (a catalog, a computed report), never from the
database, so they can be drawn in another process (handlers/reports.py)."""

from __future__ import annotations

from bot.reports import charts, coverage, tables
from bot.reports.quality import OrganizationQuality
from bot.reports.usage import Usage
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


def quality_files(report: list[OrganizationQuality]) -> dict[str, bytes]:
    """The quality report (`quality.by_organization`) as a table."""
    return {"kvalita.csv": tables.quality_csv(report)}


def usage_files(found: Usage, *, language: str) -> dict[str, bytes]:
    """The usage summary (`usage.summary`) as a picture and tables."""
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
