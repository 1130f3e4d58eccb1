"""Reports as PNG pictures readable on a phone (matplotlib, no display needed)."""

from __future__ import annotations

import io
from typing import Any

from bot.reports.coverage import Matrix
from bot.reports.usage import Usage


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")  # no display: the bot runs on a server
    import matplotlib.pyplot as plt

    return plt


def _png(figure: Any) -> bytes:
    plt = _pyplot()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(figure)
    return buffer.getvalue()


def heatmap(matrix: Matrix, *, title: str, legend: str, gap_label: str) -> bytes:
    """Rows x needs: the number of services per cell; a gap (0) is red and marked ×."""
    plt = _pyplot()
    from matplotlib.colors import ListedColormap

    rows, columns = len(matrix.rows), len(matrix.columns)
    # a phone screen is tall: one row per line, needs as short rotated labels on top
    figure, axes = plt.subplots(figsize=(2.5 + 0.42 * columns, 1.6 + 0.3 * max(rows, 1)))
    capped = [[min(count, 4) for count in row] for row in matrix.counts] or [[0] * columns]
    colours = ListedColormap(["#d7301f", "#fee8c8", "#a1d99b", "#41ab5d", "#006d2c"])
    image = axes.imshow(capped, cmap=colours, vmin=-0.5, vmax=4.5, aspect="auto")
    axes.set_xticks(range(columns))
    axes.set_xticklabels(matrix.column_labels, rotation=60, ha="left", fontsize=8)
    axes.xaxis.tick_top()
    axes.set_yticks(range(rows))
    axes.set_yticklabels(matrix.rows, fontsize=8)
    for y, row in enumerate(matrix.counts):
        for x, count in enumerate(row):
            axes.text(x, y, "×" if count == 0 else str(count), ha="center", va="center", fontsize=7,
                      color="white" if count == 0 or count >= 3 else "black")  # fmt: skip
    axes.set_title(title, fontsize=11, pad=12, loc="left")
    bar = figure.colorbar(image, ax=axes, ticks=[0, 1, 2, 3, 4], fraction=0.03, pad=0.02)
    bar.ax.set_yticklabels([gap_label, "1", "2", "3", "4+"], fontsize=8)
    bar.set_label(legend, fontsize=8)
    return _png(figure)


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
