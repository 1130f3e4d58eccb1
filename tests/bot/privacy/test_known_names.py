"""Organisations of the live knowledge base are nobody's name (issue #15).

The check knows the sample's organisations and knowledge/brands.txt; the answer engine tells it
the live knowledge base's organisations whenever it builds its index, and a caller may pass
names of its own.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from bot.database import memory_engine
from bot.kb.importing import import_package
from bot.privacy import check_free_text, find_personal_data, known, learn_from_index
from bot.refusals import InvalidValue
from bot.search.engine import AnswerEngine

TODAY = date(2026, 11, 30)
NOTE = "Bartimaios přijme klienta v pondělí"  # an organisation's name nobody listed


@pytest.fixture
def live_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever this test's engine teaches the check is forgotten after it."""
    monkeypatch.setattr(known._Live, "names", None)


def _with_organisation(package: Path, name: str) -> Path:
    path = package / "organizations.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    row = dict(rows[0], id="00000000-0000-4000-8000-00000000b001", name=name, alternate_name="")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows([*rows, row])
    return package


def _engine_with(package: Path) -> Engine:
    engine = memory_engine()
    import_package(engine, package, tz=ZoneInfo("Europe/Prague"), replace=True)
    return engine


@pytest.mark.usefixtures("live_names")
def test_an_organisation_of_the_live_knowledge_base_is_no_name(sample_copy: Path) -> None:
    assert find_personal_data(NOTE, today=TODAY)  # unknown: it reads like "Hanák přijme"
    engine = _engine_with(_with_organisation(sample_copy, "Bartimaios, z. s."))
    # the bot builds it at start-up and after each import, wired as build_application does
    AnswerEngine(engine, on_index=learn_from_index).index()
    assert check_free_text(NOTE, today=TODAY) == NOTE
    assert find_personal_data("předávám K-2XX3 do Bartimaia", today=TODAY) == []


def test_the_names_may_be_passed_in() -> None:
    assert find_personal_data(NOTE, today=TODAY, organisations=["Bartimaios, z. s."]) == []
    # a name of several words in another case
    named = "předávám K-2XX3 do Fondu Vavřince Kořínka"
    assert find_personal_data(named, today=TODAY, organisations=["Fond Vavřince Kořínka, z. s."]) == []


def test_an_organisation_named_after_a_person_licenses_no_persons_name() -> None:
    with pytest.raises(InvalidValue):
        check_free_text("Vavřinec Kořínek volal", today=TODAY, organisations=["Fond Vavřince Kořínka, z. s."])


@pytest.mark.usefixtures("live_names")
def test_an_organisation_named_after_a_person_is_known_only_whole(sample_copy: Path) -> None:
    """The register has thousands of organisations named after people: their names pass, the
    person's name alone does not."""
    engine = _engine_with(_with_organisation(sample_copy, "Nadace Vavřince Kořínka"))
    AnswerEngine(engine).index()
    assert find_personal_data("žádost poslána do Nadace Vavřince Kořínka", today=TODAY) == []
    assert find_personal_data("Kořínka převezme kurátor zítra", today=TODAY)


@pytest.mark.parametrize("note", ["Roman Hruška nastupuje v pondělí", "Mikuláš Hruška, 34 let"])
def test_brands_that_are_also_names_do_not_hide_a_pair_of_names(note: str) -> None:
    assert find_personal_data(note, today=TODAY)  # "Hruška", "Mikuláš" are in brands.txt too
