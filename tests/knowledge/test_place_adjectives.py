"""The adjective of every town and prison (opavská basa, karvinský kriminál, pankrácká vazba)."""

from __future__ import annotations

import csv

import pytest

from bot.search.index import _prison_core, knowledge_file, load_place_adjectives, place_adjective
from bot.search.places import derived_adjective
from bot.text.czech import fold


def _rows(name: str) -> list[dict[str, str]]:
    with open(knowledge_file(name), encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _every_town_and_prison() -> list[str]:
    names = [row["name"] for row in _rows("towns.csv")]
    for row in _rows("prisons.csv"):
        for name in [row["name"], *(a.strip() for a in row["aliases"].split(";") if a.strip())]:
            names.append(_prison_core(name)[0])
        names.append(row["town"])
    return list(dict.fromkeys(names))


def test_every_town_and_prison_has_a_reviewed_adjective() -> None:
    reviewed = load_place_adjectives()
    missing = [name for name in _every_town_and_prison() if not reviewed.get(fold(name))]

    assert len(_every_town_and_prison()) > 110
    assert missing == []


def test_the_rules_give_the_reviewed_adjective_except_where_it_is_marked_irregular() -> None:
    wrong = [
        (row["name"], row["adjective"], derived_adjective(row["name"]))
        for row in _rows("place_adjectives.csv")
        if row["note"] != "irregular" and derived_adjective(row["name"]) != row["adjective"]
    ]
    irregular = [row["name"] for row in _rows("place_adjectives.csv") if row["note"] == "irregular"]

    assert wrong == []
    assert len(irregular) < 25  # the rules carry the rest, also for towns of other knowledge bases


@pytest.mark.parametrize(
    ("name", "adjective"),
    [
        ("Karviná", "karvinský"),
        ("Opava", "opavský"),
        ("Rýnovice", "rýnovický"),
        ("Praha-Ruzyně", "ruzyňský"),
        ("Pankrác", "pankrácký"),
        ("Praha", "pražský"),
        ("Brno", "brněnský"),
        ("Kutná Hora", "kutnohorský"),
        ("Jablonec nad Nisou", "jablonecký"),
        ("Šumperk", "šumperský"),
        ("Písek", "písecký"),
        ("Bory", "borský"),
        ("Lhota", "lhotský"),  # not in any list: the rules
    ],
)
def test_adjectives_people_write(name: str, adjective: str) -> None:
    assert place_adjective(name) == adjective
