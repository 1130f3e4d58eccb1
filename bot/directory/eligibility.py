""" "Vyhoví můj klient?": a few questions about the client, checked against a service's conditions.

The answers live only in the buttons' callback data (one letter each) and are never stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.directory.services import ServiceDetails

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


@dataclass
class Verdict:
    outcome: str  # fits, no, unknown
    reasons: list[tuple[str, dict[str, object]]] = field(default_factory=list)  # (text key, values)
    notes: list[str] = field(default_factory=list)  # text keys: referral, deposit, interview


def next_question(answers: str) -> str | None:
    """The question to ask after these answers, or None when all are answered."""
    names = list(QUESTIONS)
    return names[len(answers)] if len(answers) < len(names) else None


def valid(answers: str) -> bool:
    return len(answers) <= len(QUESTIONS) and all(
        letter in QUESTIONS[name] for name, letter in zip(QUESTIONS, answers, strict=False)
    )


def check(service: ServiceDetails, answers: str) -> Verdict:
    requirement_codes = set(service.requirement_codes)
    # "-" (or any letter a question does not have) is an answer nobody knows: not checked
    given = {
        name: letter for name, letter in zip(QUESTIONS, answers, strict=False) if letter in QUESTIONS[name]
    }
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
