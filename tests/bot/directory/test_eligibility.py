"""The client check against a service's conditions: only what the service asks about, stopped
at the first "no", and fits / does not fit (why) / cannot tell (why)."""

from __future__ import annotations

from bot.directory.eligibility import answer, check, next_question, read, relevant, valid
from bot.directory.services import ServiceDetails


def shelter(**changes: object) -> ServiceDetails:
    service = ServiceDetails(
        id="s",
        name="Azylový dům pro muže",
        organization_id="o",
        organization="Most naděje",
        minimum_age=18,
        targets=["men", "homeless"],
        requirement_codes=["valid-id", "debt-free", "interview"],
    )
    for key, value in changes.items():
        setattr(service, key, value)
    return service


def given(**answers: str) -> str:
    """The answers as the buttons carry them: given(gender="m", age="c") -> "GmAc"."""
    encoded = ""
    for question, option in answers.items():
        encoded = answer(encoded, question, option)
    return encoded


def reasons(service: ServiceDetails, answers: str) -> tuple[str, list[str]]:
    verdict = check(service, answers)
    return verdict.outcome, [key for key, _ in verdict.reasons]


def test_a_man_of_thirty_with_an_id_and_no_debts_fits() -> None:
    verdict = check(shelter(), given(gender="m", age="c", debts="n", valid_id="y"))
    assert (verdict.outcome, verdict.notes) == ("fits", ["interview"])


def test_each_condition_says_why_not() -> None:
    assert reasons(shelter(), given(gender="f")) == ("no", ["only_men"])
    assert reasons(shelter(), given(gender="m", age="a", debts="y")) == ("no", ["too_young", "debt_free"])
    assert reasons(shelter(), given(gender="m", age="c", debts="n", valid_id="n")) == ("no", ["valid_id"])


def test_what_cannot_be_decided_from_bands_is_said_so() -> None:
    young = shelter(minimum_age=20, maximum_age=26, requirement_codes=["abstinence"])
    assert reasons(young, given(gender="m", age="b", addiction="y")) == (
        "unknown",
        ["age_edge", "abstinence"],
    )
    probation = shelter(targets=["probation"], requirement_codes=[])
    assert reasons(probation, given(probation="n")) == ("unknown", ["probation_only"])


def test_only_the_questions_the_service_has_a_condition_on_are_asked() -> None:
    assert relevant(shelter()) == ["gender", "age", "debts", "valid_id"]  # no abstinence, no probation
    assert next_question(shelter(), "") == "gender"
    assert next_question(shelter(), given(gender="m")) == "age"
    assert next_question(shelter(), given(gender="m", age="c", debts="n", valid_id="y")) is None
    open_to_all = shelter(minimum_age=None, targets=["homeless"], requirement_codes=[])
    assert relevant(open_to_all) == [] and next_question(open_to_all, "") is None


def test_the_asking_stops_at_the_first_no() -> None:
    assert next_question(shelter(), given(gender="f")) is None  # a woman: no need to ask her age
    assert check(shelter(), given(gender="f")).outcome == "no"


def test_answers_we_did_not_make_are_refused() -> None:
    assert valid(given(gender="m", age="c")) and read("GmAc") == {"gender": "m", "age": "c"}
    assert (
        not valid("xx") and not valid("Gz") and not valid("GmGf") and not valid("Gm" * 7) and not valid("G")
    )
