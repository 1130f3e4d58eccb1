"""What a worker gets back: only services that fit, best first, and honest alternatives."""

from __future__ import annotations

from collections import OrderedDict
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, update

from bot.database import memory_engine
from bot.kb.importing import import_package
from bot.models import Service, TaxonomyTerm, table_of
from bot.search import index
from bot.search.engine import AnswerEngine, answer_json
from bot.search.lexicon import FrozenLexiconError
from bot.text.czech import words
from tests.bot.search.conftest import NOW
from tests.conftest import PRAGUE, SAMPLE
from tests.helpers import read_rows, write_rows


def names(answers: AnswerEngine, question: str, *, alternatives: bool = False) -> list[str]:
    result = answers.ask(question)
    catalog = answers.index().catalog
    return [
        catalog.service_names[h.service] for h in (result.alternatives if alternatives else result.results)
    ]


def test_the_educators_question_gets_the_addiction_programme_in_that_prison(answers: AnswerEngine) -> None:
    assert names(answers, "Které NNO působí ve věznici Opava s klienty se závislostí?") == [
        "Adiktologické poradenství ve věznici Opava"
    ]


def test_a_shelter_for_men_never_answers_a_question_about_women(answers: AnswerEngine) -> None:
    for_women = names(answers, "azylový dům pro ženy")
    assert "Azylový dům Aurora pro ženy" in for_women
    assert "Azylový dům Lávka pro ženy a matky" in for_women
    assert not [n for n in for_women if "pro muže" in n or "Most naděje" in n]
    # open to both (tagged men and women) stays in
    assert "Azylový dům Olomoucký most" in for_women


def test_a_town_means_a_location_there_and_a_region_also_covers_nationwide_services(
    answers: AnswerEngine,
) -> None:
    in_town = names(answers, "dluhy Praha")
    in_region = names(answers, "dluhy Moravskoslezský kraj")

    assert in_town == ["Oddlužení pro propuštěné"]
    assert in_region == ["Dluhová linka po telefonu"]  # nationwide, the only debt service there


def test_a_parent_need_finds_its_children(answers: AnswerEngine) -> None:
    found = names(answers, "bydlení Opava")
    assert set(found) == {"Krizová pomoc po propuštění", "Doléčovací byty Kotva"}


def test_free_places_count_only_when_fresh(answers: AnswerEngine) -> None:
    # Olomouc's shelter reported 2 free beds on 12 November: ten days old by the clock.
    assert names(answers, "azylový dům Olomouc") == ["Azylový dům Olomoucký most"]
    assert names(answers, "volné lůžko azylový dům Olomouc") == []
    alternatives = names(answers, "volné lůžko azylový dům Olomouc", alternatives=True)
    assert alternatives[0] == "Azylový dům Olomoucký most"
    assert all("Azylový dům" in n or "Noclehárna" in n for n in alternatives)
    assert answers.ask("volné lůžko azylový dům Olomouc").relaxed == "capacity"
    assert set(names(answers, "volné lůžko v azylovém domě")) == {
        "Azylový dům Aurora pro ženy",
        "Azylový dům Most naděje Ostrava",
        "Azylový dům Lávka pro ženy a matky",
    }


def test_nothing_fits_gives_empty_results_and_nearby_alternatives(answers: AnswerEngine) -> None:
    result = answers.ask("azylový dům Zlín")
    alternatives = names(answers, "azylový dům Zlín", alternatives=True)

    assert result.results == []
    assert result.relaxed == "place"
    assert alternatives and all("Azylový dům" in n or "Noclehárna" in n for n in alternatives)


def test_a_prison_without_the_need_offers_the_need_nearby_and_the_prison_other_services(
    answers: AnswerEngine,
) -> None:
    result = answers.ask("dluhy Heřmanice")
    assert result.results == []
    assert result.alternatives  # debt services of the region (nationwide line) or other Heřmanice services


def test_outside_the_domain_gives_nothing_at_all(answers: AnswerEngine) -> None:
    for question in ("jaké je počasí", "ahoj", "", "   "):
        result = answers.ask(question)
        assert result.results == [] and result.alternatives == []


def test_results_are_ranked_by_fit_then_freshness(answers: AnswerEngine) -> None:
    result = answers.ask("terapeutická komunita")
    catalog = answers.index().catalog
    assert catalog.service_names[result.results[0].service] == "Terapeutická komunita Cesta ven"
    scores = [h.score for h in result.results]
    assert scores == sorted(scores, reverse=True) and 0 < scores[-1] <= scores[0] <= 1


def test_json_follows_the_contract(answers: AnswerEngine) -> None:
    result = answers.ask("volná místa azylový dům Ostrava")
    data = answer_json(result, answers.index())

    assert list(data) == ["question", "understood", "results", "alternatives"]
    assert list(data["understood"]) == [
        "prisons",
        "regions",
        "towns",
        "needs",
        "targets",
        "organizations",
        "capacity_available",
    ]
    assert data["understood"]["towns"] == ["Ostrava"]
    assert data["understood"]["capacity_available"] is True
    assert list(data["results"][0]) == ["service_id", "organization_id", "score"]


def test_limit_is_respected(answers: AnswerEngine) -> None:
    assert len(answers.ask("bydlení", limit=2).results) == 2
    assert answers.ask("bydlení", limit=0).results == []


def test_only_active_services_are_answered() -> None:
    engine = memory_engine()
    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    answers = AnswerEngine(engine, clock=lambda: NOW)
    assert names(answers, "azylový dům Ostrava") == ["Azylový dům Most naděje Ostrava"]

    with engine.begin() as connection:
        service = table_of(Service)
        connection.execute(
            update(service)
            .where(service.c.name == "Azylový dům Most naděje Ostrava")
            .values(status="inactive")
        )
    fresh = AnswerEngine(engine, clock=lambda: NOW)
    assert names(fresh, "azylový dům Ostrava") == []


def test_the_index_is_built_once_and_rebuilt_after_an_import(sample_copy: Path) -> None:
    engine = memory_engine()
    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    answers = AnswerEngine(engine, clock=lambda: NOW)
    for _ in range(5):
        answers.ask("azylový dům Ostrava")
    assert answers.builds == 1

    rows = read_rows(sample_copy / "services.csv")
    for row in rows:
        if row["name"] == "Azylový dům Most naděje Ostrava":
            row["name"] = "Azylový dům U Mostu"
    write_rows(sample_copy / "services.csv", rows)
    import_package(engine, sample_copy, tz=PRAGUE, replace=True)

    assert names(answers, "azylový dům Ostrava") == ["Azylový dům U Mostu"]
    assert answers.builds == 2


def test_a_knowledge_base_with_only_the_profile_codes_is_understood(sample_copy: Path) -> None:
    # Term names are the dataset's own: here they are bare codes, and the vocabulary still works.
    rows = read_rows(sample_copy / "taxonomy_terms.csv")
    for row in rows:
        row["name"] = row["code"]
    write_rows(sample_copy / "taxonomy_terms.csv", rows)
    engine = memory_engine()
    import_package(engine, sample_copy, tz=PRAGUE, replace=True)
    answers = AnswerEngine(engine, clock=lambda: NOW)

    assert names(answers, "azylák v Ostravě") == ["Azylový dům Most naděje Ostrava"]
    assert _term_names(engine) <= {row["code"] for row in rows}


def _term_names(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(
            connection.execute(
                table_of(TaxonomyTerm).select().with_only_columns(table_of(TaxonomyTerm).c.name)
            ).scalars()
        )


def test_capacity_goes_stale_with_the_clock(sample_engine: Engine) -> None:
    later = AnswerEngine(sample_engine, clock=lambda: NOW + timedelta(days=30))
    assert names(later, "volné lůžko azylový dům") == []


def test_the_same_answers_from_a_real_database_file_and_postgresql(
    engine: Engine, answers: AnswerEngine
) -> None:
    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    on_disk = AnswerEngine(engine, clock=lambda: NOW)
    for question in ("drogy veznice opava", "volné lůžko v azylovém domě", "Kotva", "dluhy Ústecký kraj"):
        assert answer_json(on_disk.ask(question), on_disk.index()) == answer_json(
            answers.ask(question), answers.index()
        )


def shown_names(answers: AnswerEngine, question: str) -> list[str]:
    result = answers.ask(question)
    catalog = answers.index().catalog
    return [catalog.service_names[hit.service] for hit in result.results or result.alternatives]


def test_elsewhere_the_nearest_comes_first(answers: AnswerEngine) -> None:
    # no men's shelter in Ústí: Kladno (57 km) before Pardubice, Brno, Olomouc and Ostrava
    shown = shown_names(answers, "azylák Ústí pro muže")
    assert shown[:3] == [
        "Azylový dům Svatý Martin pro muže",
        "Noclehárna Pevný bod",
        "Azylový dům Brána pro muže",
    ]


def test_a_town_question_puts_services_only_inside_prisons_after_the_ones_outside(
    answers: AnswerEngine,
) -> None:
    shown = shown_names(answers, "fetak ostrava")
    assert shown[0] != "Adiktologické poradenství ve věznici Opava"
    assert shown.index("Doléčovací byty Kotva") < shown.index("Adiktologické poradenství ve věznici Opava")


def test_a_soft_slot_that_empties_the_answer_is_let_go_and_said(answers: AnswerEngine) -> None:
    """The asker's own workplace is no audience: with it nothing fits, without it the shelter does."""
    result = answers.ask("Pracuju na probaci v Ostravě, klient potřebuje azylák v Ostravě")

    assert [answers.index().catalog.service_names[h.service] for h in result.results] == [
        "Azylový dům Most naděje Ostrava"
    ]
    relaxed = [r.value for r in result.understanding.set_aside if r.note == "relaxed"]
    assert relaxed == ["probation"]
    assert "probation" not in result.understanding.targets


def test_the_place_the_need_a_gender_and_an_age_are_never_let_go(answers: AnswerEngine) -> None:
    assert names(answers, "azylový dům Zlín") == []  # the place
    assert names(answers, "dluhy Heřmanice") == []  # the prison, when no town is named after it
    assert names(answers, "klient (20) hledá bydlení v Ostravě") == []  # young adults: none there
    assert "Azylový dům Most naděje Ostrava" not in names(answers, "azylák pro ženu v Ostravě")


def test_a_prison_named_before_the_town_he_goes_to_is_let_go(answers: AnswerEngine) -> None:
    result = answers.ask("je ještě na Pankráci, po propuštění chce do Plzně, potřebuje mentora")

    assert result.understanding.prisons == []
    assert [r.note for r in result.understanding.set_aside if r.kind == "prison"] == ["relaxed"]
    assert names(answers, "je ještě na Pankráci, po propuštění chce do Plzně, potřebuje mentora")


def test_a_generic_service_word_beside_an_organisation_is_no_filter(answers: AnswerEngine) -> None:
    result = answers.ask("Brána Brno – mají nějakou poradnu v Brně?")
    catalog = answers.index().catalog

    assert result.results
    organizations = {catalog.org_names[catalog.service_org[h.service]][0] for h in result.results}
    assert organizations == {"Brána Brno, z. s."}
    assert result.understanding.needs == []


def test_a_rebuild_with_the_same_names_answers_as_the_first_build_did() -> None:
    """The lexicon is reused when the names are unchanged (bot/search/index.py): the towns where
    the knowledge base has nothing, which building it adds to the catalog, are there again."""
    engine = memory_engine()
    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    first, second = AnswerEngine(engine, clock=lambda: NOW), AnswerEngine(engine, clock=lambda: NOW)

    for question in ("azylový dům Tábor", "poradna v Praze", "Kotva Opava"):
        told = first.ask(question)
        again = second.ask(question)
        assert answer_json(again, second.index()) == answer_json(told, first.index())
    assert second.ask("azylový dům Tábor").understanding.towns == ["tabor"]


def test_an_organisation_renamed_by_an_import_is_found_by_its_new_name(sample_copy: Path) -> None:
    engine = memory_engine()
    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    answers = AnswerEngine(engine, clock=lambda: NOW)
    assert answers.ask("Kotva Opava").understanding.organizations != []

    rows = read_rows(sample_copy / "organizations.csv")
    for row in rows:
        if row["alternate_name"] == "Kotva Opava":
            row["name"], row["alternate_name"] = "Přístav Slezsko, z. ú.", "Přístav Slezsko"
    write_rows(sample_copy / "organizations.csv", rows)
    import_package(engine, sample_copy, tz=PRAGUE, replace=True)

    assert answers.ask("Přístav Slezsko").understanding.organizations != []
    assert answers.ask("Kotva Opava").understanding.organizations == []


def test_a_prisons_new_alias_from_an_import_is_understood(sample_copy: Path) -> None:
    """The prisons are part of what decides whether the lexicon can be reused."""
    engine = memory_engine()
    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    answers = AnswerEngine(engine, clock=lambda: NOW)
    assert answers.ask("drogy Borovka").understanding.prisons == []

    rows = read_rows(sample_copy / "locations.csv")
    for row in rows:
        if row["name"] == "Věznice Plzeň":
            row["alternate_name"] += "; Borovka"
    write_rows(sample_copy / "locations.csv", rows)
    import_package(engine, sample_copy, tz=PRAGUE, replace=True)

    assert len(answers.ask("drogy Borovka").understanding.prisons) == 1


def test_a_rebuild_with_the_same_names_reuses_the_lexicon_and_a_rename_builds_a_new_one(
    sample_copy: Path,
) -> None:
    """An import that keeps every name (here: the same package again) costs no lexicon."""
    engine = memory_engine()
    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    answers = AnswerEngine(engine, clock=lambda: NOW)
    first = answers.index().lexicon

    import_package(engine, SAMPLE, tz=PRAGUE, replace=True)
    assert answers.index().lexicon is first
    assert answers.builds == 2  # the index itself was rebuilt: only its lexicon was reused

    rows = read_rows(sample_copy / "organizations.csv")
    rows[0]["name"] = "Přístav Slezsko, z. ú."
    write_rows(sample_copy / "organizations.csv", rows)
    import_package(engine, sample_copy, tz=PRAGUE, replace=True)
    assert answers.index().lexicon is not first


def test_a_lexicon_two_bots_share_refuses_every_change(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two bots on the same names share one lexicon: what one of them changed in it would
    change the other's answers, so once built it refuses any change."""
    monkeypatch.setattr(index, "_built", OrderedDict())  # a lexicon of this test's own
    answers, other = (AnswerEngine(memory_engine(), clock=lambda: NOW) for _ in range(2))
    for bot in (answers, other):
        import_package(bot.engine, SAMPLE, tz=PRAGUE, replace=True)
    lexicon = answers.index().lexicon
    assert other.index().lexicon is lexicon

    with pytest.raises(FrozenLexiconError):
        lexicon.add("organization", "1", words("Borovka"))
    with pytest.raises(FrozenLexiconError):
        lexicon.read_only_in_capitals(words("drogy"))
    # each of these would show in the other bot's answers if it were let through
    with pytest.raises(FrozenLexiconError):
        lexicon.stop_words = frozenset({"drogy"})  # "drogy" would no longer be a need
    with pytest.raises(FrozenLexiconError):
        del lexicon.stop_words
    with pytest.raises(AttributeError):
        lexicon.capitals_only.discard("=ad")  # type: ignore[attr-defined]  # "ad hoc" would be AD

    assert other.ask("drogy Opava").understanding.needs == ["addiction"]
    assert other.ask("ad hoc pomoc Opava").understanding.needs == []
