"""Reports as PNG pictures readable on a phone (matplotlib, no display needed)."""

from __future__ import annotations

import io
import textwrap
from typing import Any

from bot.reports.coverage import Matrix
from bot.reports.usage import Usage
from bot.search.index import region_abbreviation


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")  # no display: the bot runs on a server
    import matplotlib.pyplot as plt

    return plt


def _png(figure: Any, dpi: int = 110) -> bytes:
    plt = _pyplot()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    plt.close(figure)
    return buffer.getvalue()


def heatmap(matrix: Matrix, *, title: str, legend: str, gap_label: str, upright: bool = False) -> bytes:
    """Rows x needs: the number of services per cell; a gap (0) is red and marked ×.

    `upright`: for a phone held upright, the needs run down and the (few, see Matrix.parts)
    prisons across, each named with its region's abbreviation; type is large enough to read
    without zooming."""
    plt = _pyplot()
    from matplotlib.colors import ListedColormap

    names = [  # prisons (grouped by region) by one short form, with the region's abbreviation
        f"{_abbreviation(group)} · {name}" if group else name
        for name, group in zip(matrix.labels or matrix.rows, matrix.row_groups, strict=True)
    ]
    counts = [list(row) for row in matrix.counts] or [[0] * len(matrix.columns)]
    down, across = names, [textwrap.fill(label, 18) for label in matrix.column_labels]
    if upright:
        counts = [list(column) for column in zip(*counts, strict=True)]
        down, across = matrix.column_labels, [textwrap.fill(name, 22) for name in names]
    rows, columns = len(down), len(across)
    figure, axes = plt.subplots(figsize=(2.8 + 0.5 * columns, 2.4 + 0.42 * max(rows, 1)))
    capped = [[min(count, 4) for count in row] for row in counts]
    colours = ListedColormap(["#d7301f", "#fee8c8", "#a1d99b", "#41ab5d", "#006d2c"])
    image = axes.imshow(capped, cmap=colours, vmin=-0.5, vmax=4.5, aspect="auto")
    axes.set_xticks(range(columns))
    axes.set_xticklabels(across, rotation=90, fontsize=10)
    axes.xaxis.tick_top()
    axes.set_yticks(range(rows))
    axes.set_yticklabels(down, fontsize=10)
    groups = matrix.row_groups
    for n in range(1, len(groups)):  # a line between regions
        if groups[n] != groups[n - 1]:
            if upright:
                axes.axvline(n - 0.5, color="black", linewidth=1.5)
            else:
                axes.axhline(n - 0.5, color="black", linewidth=1.5)
    for y, row in enumerate(counts):
        for x, count in enumerate(row):
            axes.text(x, y, "×" if count == 0 else str(count), ha="center", va="center", fontsize=10,
                      color="white" if count == 0 or count >= 3 else "black")  # fmt: skip
    axes.set_title(title, fontsize=12, pad=12, loc="left")
    bar = figure.colorbar(image, ax=axes, ticks=[0, 1, 2, 3, 4], fraction=0.05, pad=0.02)
    bar.ax.set_yticklabels([gap_label, "1", "2", "3", "4+"], fontsize=9)
    bar.set_label(legend, fontsize=9)
    return _png(figure, dpi=120)


def _abbreviation(region: str) -> str:
    return region_abbreviation(region) or region


def usage_chart(usage: Usage, *, title: str, asked: str, answered: str) -> bytes:
    """Questions per week, and how many of them found something."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(7, 4))
    labels = [f"{monday.day}. {monday.month}." for monday, _, _ in usage.weeks] or ["–"]
    totals = [total for _, total, _ in usage.weeks] or [0]
    found = [with_results for _, _, with_results in usage.weeks] or [0]
    positions = list(range(len(labels)))
    axes.bar(positions, totals, color="#c6dbef", label=asked)
    axes.bar(positions, found, color="#2171b5", label=answered)
    axes.set_xticks(positions)
    axes.set_xticklabels(labels, rotation=45, fontsize=8)
    axes.set_title(title, fontsize=11, loc="left")
    axes.legend(fontsize=8)
    return _png(figure)
