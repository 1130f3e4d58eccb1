"""Reading the register: what a coordinator hears when a file is not the register or a code list is wrong."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from bot.kb.problems import PackageError
from bot.kb.registry.merge import read_register
from tests.bot.kb.registry_helpers import AS_OF, FIXTURE, register_copy


def problems_of(path: Path) -> list[str]:
    with pytest.raises(PackageError) as caught:
        read_register(path, as_of=AS_OF)
    return [str(p) for p in caught.value.errors]


def test_a_zip_of_the_register_reads_like_the_folder(tmp_path: Path) -> None:
    archive = tmp_path / "rpss.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as packed:
        for file in sorted(FIXTURE.glob("*.json")):
            packed.write(file, f"stazeno-2026-11-28/{file.name}")  # inside a folder, as people zip it

    from_zip, _ = read_register(archive, as_of=AS_OF)
    from_folder, _ = read_register(FIXTURE, as_of=AS_OF)

    assert [s.rows for s in from_zip] == [s.rows for s in from_folder]
    assert len(from_zip) == 36


def test_a_code_list_saved_as_the_register_is_named_as_such(tmp_path: Path) -> None:
    folder = register_copy(tmp_path)
    shutil.copy(folder / "kraje.json", folder / "rpss.json")

    (said,) = problems_of(folder)

    assert said.endswith("rpss.json: this looks like a code list, not the register of services (rpss.json)")


def test_an_hsds_list_or_an_empty_file_is_not_the_register(tmp_path: Path) -> None:
    folder = register_copy(tmp_path)
    (folder / "rpss.json").write_text('[{"id": "x", "name": "Služba"}]', encoding="utf-8")
    assert "this is a JSON list, not the register" in problems_of(folder)[0]
    (folder / "rpss.json").write_text("", encoding="utf-8")
    assert problems_of(folder)[0].endswith("the file is empty")


def test_a_register_that_breaks_off_imports_nothing(tmp_path: Path) -> None:
    folder = register_copy(tmp_path)
    text = (folder / "rpss.json").read_text(encoding="utf-8")
    (folder / "rpss.json").write_text(text[: len(text) // 2], encoding="utf-8")  # a download cut short

    (said,) = problems_of(folder)

    assert "rpss.json: not valid JSON after service #" in said


def test_a_wrong_code_list_under_a_code_lists_name_is_named(tmp_path: Path) -> None:
    folder = register_copy(tmp_path)
    shutil.copy(folder / "okresy.json", folder / "kraje.json")

    said = problems_of(folder)

    assert said == [
        "rpss/kraje.json: this holds the code list okresy.json, not the code list of regions (Kraj/…): "
        "a file under a wrong name?"
    ]


def test_missing_files_are_each_named_with_where_to_get_them(tmp_path: Path) -> None:
    folder = register_copy(tmp_path)
    (folder / "obce.json").unlink()
    (folder / "druhy-socialni-sluzby.json").unlink()
    (folder / "casti-obci.json").unlink()  # optional: Spojka does not need it

    said = problems_of(folder)

    assert said == [
        "rpss/druhy-socialni-sluzby.json: missing: the code list of service types, which the register refers "
        "to by code (data.mpsv.cz/od/soubory/ciselniky/druhy-socialni-sluzby.json)",
        "rpss/obce.json: missing: the code list of municipalities, which the register refers to by code "
        "(data.mpsv.cz/od/soubory/ciselniky/obce.json)",
    ]


def test_a_folder_without_the_register_or_the_register_alone_is_explained(tmp_path: Path) -> None:
    folder = register_copy(tmp_path)
    (folder / "rpss.json").unlink()
    assert "no rpss.json (it holds casti-obci.json, cilove-skupiny-osoby.json" in problems_of(folder)[0]
    alone = tmp_path / "alone" / "rpss.json"
    alone.parent.mkdir()
    shutil.copy(FIXTURE / "rpss.json", alone)
    assert "give the folder that holds rpss.json and the code lists" in problems_of(alone)[0]


def test_a_repeated_service_id_names_both_places(tmp_path: Path) -> None:
    folder = register_copy(tmp_path)
    document = json.loads((folder / "rpss.json").read_text(encoding="utf-8"))
    document["polozky"].append(document["polozky"][0])
    (folder / "rpss.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    (said,) = problems_of(folder)

    assert said.endswith("polozky[36], column id: service id 5000001 is also polozky[0]")


def test_a_region_spelt_otherwise_is_read_as_its_official_name(tmp_path: Path) -> None:
    folder = register_copy(tmp_path)
    regions = json.loads((folder / "kraje.json").read_text(encoding="utf-8"))
    for region in regions["polozky"]:
        if region["nazev"]["cs"] == "Kraj Vysočina":
            region["nazev"]["cs"] = "Vysočina"
    regions["polozky"].append({"id": "Kraj/999", "nazev": {"cs": "Zámoří"}})
    (folder / "kraje.json").write_text(json.dumps(regions, ensure_ascii=False), encoding="utf-8")

    services, context = read_register(folder, as_of=AS_OF)

    jihlava = [s for s in services if any(r["city"] == "Jihlava" for r in s.rows.get("address", []))]
    assert jihlava and all(s.rows["address"][0]["state_province"] == "Kraj Vysočina" for s in jihlava)
    assert any("'Zámoří' is not a region Spojka knows" in str(w) for w in context.problems.warnings)


def test_retired_codes_of_closed_places_and_ended_registrations_do_not_stop_the_import(
    tmp_path: Path,
) -> None:
    from tests.bot.kb.registry_helpers import ENDED_IN_2012, NIGHT_SHELTER, item, load_items, save_items

    folder = register_copy(tmp_path)
    items = load_items(folder)
    item(items, ENDED_IN_2012)["zarizeni"][0]["adresa"]["obec"] = {"id": "Obec/111111"}  # merged away since
    item(items, NIGHT_SHELTER)["zarizeni"][0]["adresa"]["obec"] = {"id": "Obec/222222"}  # closed in 2019
    save_items(folder, items)

    services, context = read_register(folder, as_of=AS_OF)

    assert len(services) == 36
    assert any(
        "1 references of ended or not yet started registrations are not in obce.json" in str(w)
        for w in context.problems.warnings
    )


def test_list_entries_as_bare_references_read_the_same(tmp_path: Path) -> None:
    from tests.bot.kb.registry_helpers import MEN_SHELTER, OUTREACH, item, load_items, save_items

    folder = register_copy(tmp_path)
    items = load_items(folder)
    men = item(items, MEN_SHELTER)
    men["vekoveSkupiny"] = [entry["vekovaSkupina"] for entry in men["vekoveSkupiny"]]
    men["ciloveSkupiny"] = [entry["cilovaSkupina"] for entry in men["ciloveSkupiny"]]
    outreach = item(items, OUTREACH)
    outreach["rozsirenePusobnostiVKraji"] = [entry["kraj"] for entry in outreach["rozsirenePusobnostiVKraji"]]
    save_items(folder, items)

    bare, _ = read_register(folder, as_of=AS_OF)
    documented, _ = read_register(FIXTURE, as_of=AS_OF)

    assert [s.rows for s in bare] == [s.rows for s in documented]
