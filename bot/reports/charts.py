"""Reports as PNG pictures readable on a phone (no display needed).

The coverage heatmaps are drawn with Pillow: a grid of coloured cells with a number in each.
matplotlib drew the same pictures in ~0.4 s each (a Text artist per cell, laid out twice for
the tight bounding box): 2-3 s of a core for a country's /pokryti at 20,000 services, which the
reports' process spent beside the bot answering people. Pillow draws them in ~35 ms. The
weekly usage chart (a dozen bars) stays with matplotlib."""

from __future__ import annotations

import io
import textwrap
from functools import cache
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


# the colours of 0 (a gap), 1, 2, 3 and 4 or more services
COLOURS = ("#d7301f", "#fee8c8", "#a1d99b", "#41ab5d", "#006d2c")
SCALE = 120 / 72  # pixels per typographic point at 120 dpi, as the pictures were drawn before
CELL = round(0.5 * 120)  # a cell: half an inch across
ROW = round(0.42 * 120)  # and 0.42 inch down
MARGIN = 16
BAR = 24  # the colour bar's width


@cache
def _font(points: int) -> Any:
    """DejaVu Sans, which matplotlib ships (every Czech letter); found without importing pyplot."""
    from pathlib import Path

    import matplotlib
    from PIL import ImageFont

    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    return ImageFont.truetype(str(path), round(points * SCALE))


def heatmap(matrix: Matrix, *, title: str, legend: str, gap_label: str, upright: bool = False) -> bytes:
    """Rows x needs: the number of services per cell; a gap (0) is red and marked ×.

    `upright`: for a phone held upright, the needs run down and the (few, see Matrix.parts)
    prisons across, each named with its region's abbreviation; type is large enough to read
    without zooming."""
    from PIL import Image, ImageDraw

    names = [  # prisons (grouped by region) by one short form, with the region's abbreviation
        f"{_abbreviation(group)} · {name}" if group else name
        for name, group in zip(matrix.labels or matrix.rows, matrix.row_groups, strict=True)
    ]
    counts = [list(row) for row in matrix.counts] or [[0] * len(matrix.columns)]
    down, across = names, [textwrap.fill(label, 18) for label in matrix.column_labels]
    if upright:
        counts = [list(column) for column in zip(*counts, strict=True)]
        down, across = list(matrix.column_labels), [textwrap.fill(name, 22) for name in names]
    label_font, title_font, small = _font(10), _font(12), _font(9)
    ticks = [gap_label, "1", "2", "3", "4+"]

    # the layout, from the sizes of the texts: title; labels across (read upwards); labels down
    # beside the grid; the colour bar with its ticks and its (upwards) legend on the right
    turned = [_upwards(label.split("\n"), label_font) for label in across]
    title_width, title_height = _extent(title_font, title)
    left = MARGIN + max((round(label_font.getlength(label)) for label in down), default=0) + 8
    top = MARGIN + title_height + 16 + max((tile.height for tile in turned), default=0) + 8
    grid = (left, top, left + len(across) * CELL, top + len(counts) * ROW)
    bar_left = grid[2] + 16
    legend_tile = _upwards([legend], small)
    tick_width = max(round(small.getlength(tick)) for tick in ticks)
    width = max(bar_left + BAR + 6 + tick_width + 8 + legend_tile.width + MARGIN, title_width + 2 * MARGIN)

    step = max((grid[3] - grid[1]) / len(COLOURS), 20)  # the colour bar's steps, a gap at the bottom
    bar_bottom = top + round(len(COLOURS) * step)
    legend_top = max(top, (top + bar_bottom - legend_tile.height) // 2)
    # the bar and its legend may be longer than a grid of one or two rows
    height = max(grid[3], bar_bottom, legend_top + legend_tile.height) + MARGIN
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((MARGIN, MARGIN), title, font=title_font, fill="black")
    _cells(draw, grid, counts, label_font)
    _region_lines(draw, grid, matrix.row_groups, upright)
    for y, label in enumerate(down):  # right-aligned beside their row
        draw.text((left - 8, top + y * ROW + ROW / 2), label, font=label_font, fill="black", anchor="rm")
    for x, tile in enumerate(turned):  # centred above their column
        image.paste(tile, (left + x * CELL + (CELL - tile.width) // 2, top - 8 - tile.height))
    for n, (colour, tick) in enumerate(zip(COLOURS, ticks, strict=True)):
        y = top + round((len(COLOURS) - 1 - n) * step)
        draw.rectangle((bar_left, y, bar_left + BAR, y + round(step)), fill=colour, outline="black")
        draw.text((bar_left + BAR + 6, y + step / 2), tick, font=small, fill="black", anchor="lm")
    image.paste(legend_tile, (bar_left + BAR + 6 + tick_width + 8, legend_top))

    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _cells(draw: Any, grid: tuple[int, int, int, int], counts: list[list[int]], font: Any) -> None:
    left, top, right, bottom = grid
    for y, row in enumerate(counts):
        for x, count in enumerate(row):
            cell_left, cell_top = left + x * CELL, top + y * ROW
            draw.rectangle(
                (cell_left, cell_top, cell_left + CELL - 1, cell_top + ROW - 1), fill=COLOURS[min(count, 4)]
            )
            draw.text(
                (cell_left + CELL / 2, cell_top + ROW / 2),
                "×" if count == 0 else str(count),
                font=font,
                fill="white" if count == 0 or count >= 3 else "black",  # readable on its colour
                anchor="mm",
            )
    draw.rectangle((left - 1, top - 1, right, bottom), outline="black")


def _region_lines(draw: Any, grid: tuple[int, int, int, int], groups: list[str], upright: bool) -> None:
    """A line between two regions' prisons (across when upright, else down)."""
    left, top, right, bottom = grid
    for n in range(1, len(groups)):
        if groups[n] != groups[n - 1]:
            if upright:
                draw.line((left + n * CELL, top, left + n * CELL, bottom), fill="black", width=3)
            else:
                draw.line((left, top + n * ROW, right, top + n * ROW), fill="black", width=3)


def _upwards(lines: list[str], font: Any) -> Any:
    """Lines set one under another, turned to be read upwards (a column's label, the legend)."""
    from PIL import Image, ImageDraw

    step = round(font.size * 1.2)
    width = max(1, round(max((font.getlength(line) for line in lines), default=0)))
    tile = Image.new("RGB", (width, max(1, step * len(lines))), "white")
    draw = ImageDraw.Draw(tile)
    for n, line in enumerate(lines):
        draw.text((0, n * step), line, font=font, fill="black")
    return tile.rotate(90, expand=True)


def _extent(font: Any, line: str) -> tuple[int, int]:
    left, top, right, bottom = font.getbbox(line)
    return right - left, bottom - top


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
