""" "Vyhoví můj klient?": a few questions about the client, checked against a service's conditions.

Only the questions this service has a condition on are asked, and the asking stops as soon as
the answer is "no". The answers live only in the buttons' callback data, two letters each
(which question, which option: "GfAb"), and are never stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from bot.directory.services import ServiceDetails, service_details
from bot.search.catalog import Catalog
from bot.text.czech import fold

# question -> its options (one letter each, in the order the buttons show them)
QUESTIONS: dict[str, tuple[str, ...]] = {
    "gender": ("m", "f"),
    "age": ("a", "b", "c", "d"),
    "addiction": ("y", "n"),
    "debts": ("y", "n"),
    "valid_id": ("y", "n"),
    "probation": ("y", "n"),
}
AGE_BANDS = {"a": (15, 17), "b": (18, 26), "c": (27, 64), "d": (65, 99)}
LETTERS = {"gender": "G", "age": "A", "addiction": "Z", "debts": "D", "valid_id": "I", "probation": "P"}
_QUESTION_OF = {letter: question for question, letter in LETTERS.items()}


@dataclass
class Verdict:
    outcome: str  # fits, no, unknown
    reasons: list[tuple[str, dict[str, object]]] = field(default_factory=list)  # (text key, values)
    notes: list[str] = field(default_factory=list)  # text keys: referral, deposit, interview


def relevant(service: ServiceDetails) -> list[str]:
    """The questions this service has a condition on, in the order they are asked."""
    targets, codes = set(service.targets), set(service.requirement_codes)
    matters = {
        "gender": ("men" in targets) != ("women" in targets),
        "age": service.minimum_age is not None or service.maximum_age is not None,
        "addiction": "abstinence" in codes,
        "debts": "debt-free" in codes,
        "valid_id": "valid-id" in codes,
        "probation": targets == {"probation"},
    }
    return [question for question in QUESTIONS if matters[question]]


def read(answers: str) -> dict[str, str] | None:
    """The answers as given ("GfAb" -> gender f, age b); None for data we did not make."""
    if len(answers) % 2 or len(answers) > 2 * len(QUESTIONS):
        return None
    given: dict[str, str] = {}
    for i in range(0, len(answers), 2):
        question = _QUESTION_OF.get(answers[i])
        if question is None or question in given or answers[i + 1] not in QUESTIONS[question]:
            return None
        given[question] = answers[i + 1]
    return given


def answer(answers: str, question: str, option: str) -> str:
    """The answers with one more: what the option's button carries."""
    return answers + LETTERS[question] + option


def from_positional(answers: str) -> str:
    """Answers kept one letter per question in the order of QUESTIONS, "-" where unknown (a
    release plan's screening, "mc-n--"), as the buttons carry them ("GmAcDn")."""
    encoded = ""
    for question, letter in zip(QUESTIONS, answers, strict=False):
        if letter in QUESTIONS[question]:
            encoded = answer(encoded, question, letter)
    return encoded


def next_question(service: ServiceDetails, answers: str) -> str | None:
    """The question to ask next, or None: all that matter are answered, or it is already "no"."""
    given = read(answers) or {}
    if check(service, answers).outcome == "no":
        return None
    return next((q for q in relevant(service) if q not in given), None)


def valid(answers: str) -> bool:
    return read(answers) is not None


def check(service: ServiceDetails, answers: str) -> Verdict:
    requirement_codes = set(service.requirement_codes)
    given = read(answers) or {}
    blocking: list[tuple[str, dict[str, object]]] = []
    unsure: list[tuple[str, dict[str, object]]] = []
    targets = set(service.targets)
    if given.get("gender") == "f" and "men" in targets and "women" not in targets:
        blocking.append(("only_men", {}))
    if given.get("gender") == "m" and "women" in targets and "men" not in targets:
        blocking.append(("only_women", {}))
    low, high = AGE_BANDS[given["age"]] if "age" in given else (0, 0)
    if "age" in given:
        if service.minimum_age is not None and high < service.minimum_age:
            blocking.append(("too_young", {"age": service.minimum_age}))
        elif service.maximum_age is not None and low > service.maximum_age:
            blocking.append(("too_old", {"age": service.maximum_age}))
        elif (service.minimum_age is not None and low < service.minimum_age) or (
            service.maximum_age is not None and high > service.maximum_age
        ):
            unsure.append(("age_edge", {"low": service.minimum_age or 0, "high": service.maximum_age or 99}))
    if given.get("addiction") == "y" and "abstinence" in requirement_codes:
        unsure.append(("abstinence", {}))
    if given.get("debts") == "y" and "debt-free" in requirement_codes:
        blocking.append(("debt_free", {}))
    if given.get("valid_id") == "n" and "valid-id" in requirement_codes:
        blocking.append(("valid_id", {}))
    if given.get("probation") == "n" and targets == {"probation"}:
        unsure.append(("probation_only", {}))
    notes: list[str] = [code for code in ("referral", "deposit", "interview") if code in requirement_codes]
    if blocking:
        return Verdict("no", blocking, notes)
    if unsure:
        return Verdict("unknown", unsure, notes)
    return Verdict("fits", [], notes)


def similar_that_fit(
    *, session: Session, catalog: Catalog, service: ServiceDetails, answers: str, limit: int = 3
) -> list[ServiceDetails]:
    """Services for the same needs, in the same towns or region, that this client fits: the next
    step when the one asked about does not fit."""
    own = catalog.service_ids.index(service.id) if service.id in catalog.service_ids else -1
    by_need: set[int] = set()
    for code in service.needs:
        by_need |= catalog.need_under.get(code, set())
    nearby: set[int] = set()
    for town in service.towns:
        folded = fold(town)
        nearby |= catalog.town_services.get(folded, set())
        region = catalog.town_region.get(folded)
        if region:
            nearby |= catalog.located_in_region(region)
    candidates = sorted((by_need & nearby) - {own}, key=lambda n: -catalog.assured[n])[: limit * 8]
    found = service_details(session=session, service_ids=[catalog.service_ids[n] for n in candidates])
    fitting = [found[i] for i in (catalog.service_ids[n] for n in candidates) if i in found]
    return [other for other in fitting if check(other, answers).outcome == "fits"][:limit]
