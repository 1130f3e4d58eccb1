"""The coordinator's mapping table (knowledge/registry_mapping.csv) and the age groups."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.kb.problems import Problems
from bot.kb.registry.mapping import age_bounds, age_range, load_mapping, mapping_path
from bot.kb.registry.merge import read_register
from bot.text.czech import fold
from tests.bot.kb.registry_helpers import AS_OF, FIXTURE, MEN_SHELTER


def code_list_names(file: str) -> set[str]:
    document = json.loads((FIXTURE / f"{file}.json").read_text(encoding="utf-8"))
    return {item["nazev"]["cs"] for item in document["polozky"]}


def test_the_table_uses_only_codes_of_the_profile() -> None:
    problems = Problems()
    load_mapping(problems=problems)
    assert problems.items == []


def test_a_code_the_profile_does_not_know_is_an_error(tmp_path: Path) -> None:
    table = tmp_path / "mapping.csv"
    table.write_text(
        mapping_path()
        .read_text(encoding="utf-8")
        .replace("azylové domy,housing-shelter", "azylové domy,shelter"),
        encoding="utf-8",
    )
    problems = Problems()
    load_mapping(table, problems)
    assert [str(p) for p in problems.errors] == [
        "mapping.csv, line 2, column needs: 'shelter' is not a spojka-need code of the profile"
    ]


def test_every_service_type_of_the_code_list_is_decided_in_the_table() -> None:
    mapping = load_mapping()
    names = code_list_names("druhy-socialni-sluzby")
    assert {name for name in names if mapping.service_type(name) is None} == set()
    # and no row of the table names a type the code list does not have (a typo maps nothing)
    assert set(mapping.service_types) == {fold(n) for n in names}


def test_the_types_a_curator_asks_for_map_to_the_right_needs() -> None:
    mapping = load_mapping()
    assert mapping.service_type("azylové domy").needs == ("housing-shelter",)  # type: ignore[union-attr]
    assert mapping.service_type("domy na půl cesty").needs == ("housing-halfway",)  # type: ignore[union-attr]
    assert mapping.service_type("kontaktní centra").needs == ("addiction",)  # type: ignore[union-attr]
    assert "released" in mapping.target_group("pachatelé trestné činnosti").targets  # type: ignore[union-attr]
    assert mapping.targets_named("Azylový dům pro muže Děčín") == {"men"}
    assert mapping.targets_named("Azylový dům pro ženy a matky s dětmi") == {"women", "families"}


def test_a_type_missing_from_the_table_is_imported_without_needs_and_reported(tmp_path: Path) -> None:
    table = tmp_path / "mapping.csv"
    lines = mapping_path().read_text(encoding="utf-8").splitlines()
    table.write_text(
        "\n".join(line for line in lines if not line.startswith("service_type,azylové domy,")) + "\n"
    )

    services, context = read_register(FIXTURE, as_of=AS_OF, mapping=table)

    shelter = next(s for s in services if s.register_id == MEN_SHELTER)
    needs = [r["taxonomy_term_id"] for r in shelter.rows["attribute"] if r["link_type"] == "category"]
    assert needs == []
    assert any(
        "service type 'azylové domy' (" in str(w) and "add a row" in str(w) for w in context.problems.warnings
    )


def test_target_groups_of_the_code_list_are_all_in_the_table() -> None:
    mapping = load_mapping()
    assert {n for n in code_list_names("cilove-skupiny-osoby") if mapping.target_group(n) is None} == set()


@pytest.mark.parametrize(
    ("name", "bounds"),
    [
        ("mladí dospělí (19–26 let)", (19, 26)),
        ("dospělí (27-64 let)", (27, 64)),
        ("starší senioři (nad 80 let)", (81, None)),
        ("děti do 1 roku", (0, 1)),
        ("bez omezení věku", (None, None)),
        ("dospělí", None),
    ],
)
def test_age_groups_are_read_from_their_names(
    name: str, bounds: tuple[int | None, int | None] | None
) -> None:
    assert age_bounds(name) == bounds


def test_a_service_for_several_age_groups_spans_them() -> None:
    assert age_range([(19, 26), (27, 64)]) == (19, 64)
    assert age_range([(65, 80), (81, None)]) == (65, None)
    assert age_range([]) == (None, None)


def test_every_age_group_of_the_code_list_names_its_ages() -> None:
    assert [n for n in code_list_names("vekove-skupiny-osoby") if age_bounds(n) is None] == []
