"""The client check against a service's conditions: fits, does not fit (why), cannot tell (why)."""

from __future__ import annotations

from bot.directory.eligibility import check, next_question, valid
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


def reasons(service: ServiceDetails, answers: str) -> tuple[str, list[str]]:
    verdict = check(service, answers)
    return verdict.outcome, [key for key, _ in verdict.reasons]


def test_a_man_of_thirty_with_an_id_and_no_debts_fits() -> None:
    verdict = check(shelter(), "mcnnyn")  # man, 27-64, no addiction, no debts, has an ID, no probation
    assert (verdict.outcome, verdict.notes) == ("fits", ["interview"])


def test_each_condition_says_why_not() -> None:
    assert reasons(shelter(), "fcnnyn") == ("no", ["only_men"])
    assert reasons(shelter(), "manyyn") == ("no", ["too_young", "debt_free"])
    assert reasons(shelter(), "mcnnnn") == ("no", ["valid_id"])
    assert reasons(shelter(), "mcnyny") == ("no", ["debt_free", "valid_id"])


def test_what_cannot_be_decided_from_bands_is_said_so() -> None:
    young = shelter(minimum_age=20, maximum_age=26, requirement_codes=["abstinence"])
    assert reasons(young, "mbynyn") == ("unknown", ["age_edge", "abstinence"])
    probation = shelter(targets=["probation"], requirement_codes=[])
    assert reasons(probation, "mcnnyn") == ("unknown", ["probation_only"])


def test_the_questions_come_one_by_one_and_bad_answers_are_refused() -> None:
    assert next_question("") == "gender"
    assert next_question("mc") == "addiction"
    assert next_question("mcnnyn") is None
    assert valid("mc") and not valid("xx") and not valid("mcnnynn")
