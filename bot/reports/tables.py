"""Reports as CSV: UTF-8 with a BOM and ";" so that Czech Excel opens them as they are."""

from __future__ import annotations

import csv
import io

from bot.reports.coverage import Matrix
from bot.reports.quality import OrganizationQuality
from bot.reports.usage import Usage


def _csv(rows: list[list[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def coverage_csv(matrix: Matrix) -> bytes:
    header: list[object] = ["název", "kraj", *matrix.column_labels]
    rows: list[list[object]] = [header]
    rows += [
        [name, group, *counts]
        for name, group, counts in zip(matrix.rows, matrix.row_groups, matrix.counts, strict=True)
    ]
    return _csv(rows)


def quality_csv(report: list[OrganizationQuality]) -> bytes:
    rows: list[list[object]] = [
        [
            "organizace",
            "aktivní služby",
            "neověřeno 90+ dní",
            "neověřeno 180+ dní",
            "zastaralé kapacity",
            "bez kontaktu",
            "bez podmínek",
        ]
    ]
    rows += [
        [
            q.organization,
            q.services,
            q.unverified_90,
            q.unverified_180,
            q.stale_capacities,
            q.no_contacts,
            q.no_eligibility,
        ]
        for q in report
    ]
    return _csv(rows)


def usage_csv(usage: Usage) -> dict[str, bytes]:
    return {
        "dotazy_po_tydnech.csv": _csv(
            [["týden od", "dotazy", "s výsledkem"], *[[m.isoformat(), t, f] for m, t, f in usage.weeks]]
        ),
        "dotazy_bez_vysledku.csv": _csv([["dotaz", "kolikrát"], *[[q, n] for q, n in usage.unanswered]]),
        "uzivatele.csv": _csv([["role", "kraj", "schválení uživatelé"], *[list(u) for u in usage.users]]),
        "predani.csv": _csv([["stav", "počet"], *[list(h) for h in usage.handovers]]),
    }
