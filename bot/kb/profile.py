"""The fixed codes of Spojka's HSDS profile (../shared/spec/kb-profile.md).

These are the contract between a knowledge base and Spojka, not vocabulary: the words that
map a question onto them live in knowledge/.
"""

from __future__ import annotations

TAXONOMY_PREFIX = "spojka-"

NEED = "spojka-need"
TARGET = "spojka-target"
REQUIREMENT = "spojka-requirement"
TRUST = "spojka-trust"
FACILITY = "spojka-facility"

CODES: dict[str, frozenset[str]] = {
    NEED: frozenset(
        "housing housing-shelter housing-halfway housing-social employment debt addiction mental-health "
        "health family education legal mentoring documents benefits basic-needs counselling spiritual "
        "restorative".split()
    ),
    TARGET: frozenset(
        "men women young-adults juveniles addicted families children in-custody released probation "
        "foreigners homeless seniors mental-illness".split()
    ),
    REQUIREMENT: frozenset("abstinence debt-free deposit referral valid-id interview".split()),
    TRUST: frozenset("aoov-member registered-social-service accredited-program public-body".split()),
    FACILITY: frozenset("prison remand-prison detention-institute".split()),
}

# attribute.link_type the profile uses for each taxonomy
LINK_TYPES: dict[str, str] = {
    NEED: "category",
    TARGET: "audience",
    REQUIREMENT: "eligibility",
    TRUST: "accreditation",
    FACILITY: "facility_type",
}

NATIONWIDE = "Česká republika"

CZ_ICO_SCHEME = "CZ-ICO"


def need_parent(code: str) -> str | None:
    """housing-* needs are children of housing."""
    return "housing" if code.startswith("housing-") else None
