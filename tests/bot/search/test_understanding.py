"""How a worker's question is read: prisons, places, needs, audiences, organisations."""

from __future__ import annotations

import pytest

from bot.search.index import SearchIndex
from bot.search.understanding import Understanding, region_in, understand


def prison(index: SearchIndex, name: str) -> str:
    found = [p.location_id for p in index.catalog.prisons.values() if p.name == name]
    assert len(found) == 1, name
    return found[0]


def org(index: SearchIndex, start: str) -> int:
    found = [n for n, names in enumerate(index.catalog.org_names) if names[0].startswith(start)]
    assert len(found) == 1, start
    return found[0]


def read(index: SearchIndex, question: str) -> Understanding:
    return understand(question, index)


OPAVA = "Věznice a Ústav pro výkon zabezpečovací detence Opava"


def test_the_educators_question_names_the_prison_and_the_audience(index: SearchIndex) -> None:
    found = read(index, "Které NNO působí ve věznici Opava s klienty se závislostí?")

    assert found.prisons == [prison(index, OPAVA)]
    assert found.targets == ["addicted"]
    assert found.towns == [] and found.needs == []


def test_a_town_with_a_prison_word_is_the_prison_and_alone_it_is_the_town(index: SearchIndex) -> None:
    with_word = read(index, "drogy veznice opava")
    alone = read(index, "azylový dům Opava")

    assert with_word.prisons == [prison(index, OPAVA)] and with_word.towns == []
    assert alone.towns == ["opava"] and alone.prisons == []
    assert alone.needs == ["housing-shelter"]
    assert any(r.kind == "town" and r.note == "no prison word" for r in alone.readings)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Které organizace chodí do Heřmanic?", "Věznice Heřmanice"),
        ("na Pankráci", "Vazební věznice a Ústav pro výkon zabezpečovací detence Praha-Pankrác"),
        ("Bory", "Věznice Plzeň"),
        ("Bytíz", "Věznice Příbram"),
        ("kriminál Valdice", "Věznice Valdice"),
        ("v Kuřimi", "Věznice Kuřim"),
        ("veznice Hermanyce", "Věznice Heřmanice"),
        ("basa Mírov", "Věznice Mírov"),
        ("Drahonice", "Věznice Nové Sedlo"),
        ("věznice Jablonec", "Věznice Rýnovice"),
    ],
)
def test_prisons_by_name_alias_inflection_typo_and_town(index: SearchIndex, question: str, name: str) -> None:
    assert read(index, question).prisons == [prison(index, name)]


def test_remand_prison_wins_when_the_question_says_vazebni(index: SearchIndex) -> None:
    remand = read(index, "vazební věznice Ostrava")
    any_prison = read(index, "věznice Ostrava")

    assert remand.prisons == [prison(index, "Vazební věznice Ostrava")]
    assert set(any_prison.prisons) == {
        prison(index, "Vazební věznice Ostrava"),
        prison(index, "Věznice Heřmanice"),
    }


@pytest.mark.parametrize(
    ("question", "town"),
    [
        ("azylový dům v Ostravě", "ostrava"),
        ("dluhy v Brně", "brno"),
        ("bydlení v Praze", "praha"),
        ("bydlení v Plzni", "plzen"),
        ("psycholog v Olomouci", "olomouc"),
        ("dávky Ústí", "usti nad labem"),
        ("práce v Karlových Varech", "karlovy vary"),
        ("bydlení v Českých Budějovicích", "ceske budejovice"),
        ("debt advice Prague", "praha"),
    ],
)
def test_towns_in_any_case_and_short_form(index: SearchIndex, question: str, town: str) -> None:
    assert read(index, question).towns == [town]


@pytest.mark.parametrize(
    ("question", "region"),
    [
        ("dluhy v Ústeckém kraji", "Ústecký kraj"),
        ("dluhy ustecky kraj", "Ústecký kraj"),
        ("dluhy Ústecko", "Ústecký kraj"),
        ("azyl MSK", "Moravskoslezský kraj"),
        ("práce JHM", "Jihomoravský kraj"),
        ("rodiny na Vysočině", "Kraj Vysočina"),
        ("drogy kraj Liberecký", "Liberecký kraj"),
    ],
)
def test_regions_by_name_adjective_abbreviation_and_sko(
    index: SearchIndex, question: str, region: str
) -> None:
    assert read(index, question).regions == [region]


@pytest.mark.parametrize(
    ("question", "needs", "targets"),
    [
        ("azylák", ["housing-shelter"], []),
        ("DPC", ["housing-halfway"], []),
        ("toxikomani", [], ["addicted"]),
        ("exekuce", ["debt"], []),
        ("občanka", ["documents"], []),
        ("úřad práce", ["benefits"], []),  # longest match wins: not employment
        ("práce", ["employment"], []),
        ("pro ženy", [], ["women"]),
        ("bydlení pro mladé do 26", ["housing"], ["young-adults"]),
        ("shelter for women", ["housing-shelter"], ["women"]),
        ("zavislost", ["addiction"], []),
        ("zavislot", ["addiction"], []),  # one letter missing
        ("azilovy dum", ["housing-shelter"], []),
        ("volné místo v probačním domě", ["housing-halfway"], []),
    ],
)
def test_needs_and_audiences_from_professional_and_colloquial_czech(
    index: SearchIndex, question: str, needs: list[str], targets: list[str]
) -> None:
    found = read(index, question)
    assert (found.needs, found.targets) == (needs, targets)


def test_free_places_are_understood(index: SearchIndex) -> None:
    assert read(index, "volné lůžko azylový dům").capacity_available
    assert read(index, "volná místa").capacity_available
    assert not read(index, "azylový dům").capacity_available


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("kontakt na Most naděje", "Most naděje"),
        ("Kotva Opava, z. ú.", "Kotva Opava"),
        ("Kotwa", "Kotva Opava"),
        ("telefon Cesta ven", "Cesta ven"),
        ("Zlinsky mentor", "Zlínský mentor"),
        ("podaná ruka", "Středočeská podaná ruka"),
    ],
)
def test_organisations_without_legal_form_with_typos_and_by_part_of_the_name(
    index: SearchIndex, question: str, start: str
) -> None:
    assert read(index, question).organizations == [org(index, start)]


def test_one_letter_words_that_fold_onto_everyday_words_mean_nothing(index: SearchIndex) -> None:
    # "byt" (a flat) and "být" (to be) fold to the same word: never a need on its own.
    assert read(index, "chci byt").empty


@pytest.mark.parametrize(
    "question",
    ["jaké je počasí", "ahoj", "asdf", "kdy jede vlak do Brna", "qwertz", "recept na svíčkovou", "dobrý den"],
)
def test_questions_outside_the_domain_understand_nothing(index: SearchIndex, question: str) -> None:
    found = read(index, question)
    assert found.empty
    assert all(r.kind == "prison_word" for r in found.readings)  # at most a word like "věznice"


def test_unknown_words_are_kept_so_the_answer_can_name_them(index: SearchIndex) -> None:
    assert read(index, "kdy jede vlak do Brna").unknown_words == ["jede", "vlak"]


def test_a_town_is_read_as_its_prison_when_the_worker_says_so(index: SearchIndex) -> None:
    # "Myslel jsem věznici Opava" and /veznice: no Czech word appended to the question
    as_prison = understand("drogy opava", index, towns_as_prisons=True)
    assert as_prison.prisons == [prison(index, OPAVA)] and as_prison.towns == []
    assert understand("drogy opava", index).towns == ["opava"]


def test_where_the_client_lives_is_the_town_even_where_a_prison_has_its_name(index: SearchIndex) -> None:
    # Opava: services in town and a prison; Kuřim: only the prison; Teplice: only a remand prison
    assert read(index, "věznici má za sebou, žije v Opavě, potřebuje bydlení").towns == ["opava"]
    lives = read(index, "po výkonu trestu bydlí v Kuřimi, potřebuje práci")
    assert lives.towns == ["kurim"] and lives.prisons == []
    assert read(index, "klient z Teplic hledá práci").prisons == []
    assert read(index, "sedí v Opavě, potřebuje bydlení").prisons == [prison(index, OPAVA)]
    assert read(index, "kdo chodí do Kuřimi?").prisons  # the prison's own name, nobody lives there


def test_spoken_adjectives_and_abbreviations_of_remand_prisons(index: SearchIndex) -> None:
    hradec = prison(index, "Vazební věznice Hradec Králové")
    assert read(index, "hradecká vazba, drogy").prisons == [hradec]
    assert read(index, "ve hradecké vazbě sedí klient").prisons == [hradec]
    assert read(index, "VV Hradec Králové, kdo tam chodí").prisons == [hradec]
    assert read(index, "Hradecko, azylák").regions == ["Královéhradecký kraj"]
    teplice = prison(index, "Vazební věznice Teplice")
    assert read(index, "teplická vazba, dluhy").prisons == [teplice]


def test_a_count_inside_a_phrase_does_not_break_it(index: SearchIndex) -> None:
    for question in ("máma se třemi dětmi, azylák", "matka se 2 dětmi hledá azylák", "máma s dětmi, azylák"):
        assert set(read(index, question).targets) >= {"women", "children"}, question


@pytest.mark.parametrize(
    ("typed", "region"),
    [
        ("Ústecký kraj", "Ústecký kraj"),
        ("usti", "Ústecký kraj"),  # a town for its region
        ("ustecky", "Ústecký kraj"),
        ("ULK", "Ústecký kraj"),
        ("Bory", "Plzeňský kraj"),  # a prison for its region
        ("Atlantida", None),
    ],
)
def test_a_region_typed_after_a_command_as_in_questions(
    index: SearchIndex, typed: str, region: str | None
) -> None:
    """/pokryti usti: tests/handlers/test_reports.py has it in a conversation."""
    assert region_in(typed, index) == region
