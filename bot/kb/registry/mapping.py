"""The coordinator's table from the register's names to the profile's codes (knowledge/registry_mapping.csv).

Keyed by the Czech names of the register's code lists, never by their numbers: a number
guessed wrong maps shelters onto debt counselling without anyone noticing, a name that no
longer exists in the code list is reported. Kinds of rows:

- service_type: a `druhy-socialni-sluzby` name -> needs and targets of every such service;
- target_group: a `cilove-skupiny-osoby` name -> targets;
- name_phrase: words in a service's or facility's name -> targets ("pro muže": the register
  has no field for whom a shelter takes, its names say it).

An empty needs/targets cell is a decision ("not a need Spojka answers"), a name missing from
the table is a question for the coordinator: the import warns about it.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from bot.kb import profile
from bot.kb.problems import Problems
from bot.text.czech import fold

KINDS = ("service_type", "target_group", "name_phrase")


@dataclass(frozen=True)
class Codes:
    needs: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()


@dataclass
class RegistryMapping:
    service_types: dict[str, Codes] = field(default_factory=dict)  # folded name -> codes
    target_groups: dict[str, Codes] = field(default_factory=dict)
    name_phrases: list[tuple[str, Codes]] = field(default_factory=list)  # folded phrase, longest first

    def service_type(self, name: str) -> Codes | None:
        return self.service_types.get(fold(name))

    def target_group(self, name: str) -> Codes | None:
        return self.target_groups.get(fold(name))

    def targets_named(self, *names: str) -> set[str]:
        """Targets the names say ("Azylový dům pro muže" -> men); the longest phrase wins."""
        found: set[str] = set()
        for name in names:
            text = f" {fold(name)} "
            for phrase, codes in self.name_phrases:
                if f" {phrase} " in text:
                    found.update(codes.targets)
                    text = text.replace(f" {phrase} ", " ")
        return found


def mapping_path() -> Path:
    return Path(str(files("knowledge") / "registry_mapping.csv"))


def load_mapping(path: Path | None = None, problems: Problems | None = None) -> RegistryMapping:
    """Read the table; every wrong row is a problem (an error: the import would map wrongly)."""
    source = path or mapping_path()
    report = problems if problems is not None else Problems()
    mapping = RegistryMapping()
    with open(source, encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            kind, name = (row.get("kind") or "").strip(), (row.get("register_name") or "").strip()
            if kind not in KINDS:
                report.error(source.name, line, "kind", f"{kind!r} is not one of {', '.join(KINDS)}")
                continue
            if not name:
                report.error(source.name, line, "register_name", "empty")
                continue
            codes = Codes(
                _codes(row.get("needs"), profile.NEED, source.name, line, "needs", report),
                _codes(row.get("targets"), profile.TARGET, source.name, line, "targets", report),
            )
            if kind == "name_phrase" and codes.needs:
                report.error(source.name, line, "needs", "a name phrase gives targets only")
            table = {"service_type": mapping.service_types, "target_group": mapping.target_groups}.get(kind)
            if table is not None:
                if fold(name) in table:
                    report.error(source.name, line, "register_name", f"{name!r} is in the table twice")
                table[fold(name)] = codes
            else:
                mapping.name_phrases.append((fold(name), codes))
    mapping.name_phrases.sort(key=lambda item: -len(item[0]))
    return mapping


def _codes(
    cell: str | None, taxonomy: str, file: str, line: int, column: str, problems: Problems
) -> tuple[str, ...]:
    codes = tuple(part.strip() for part in re.split(r"[;,]", cell or "") if part.strip())
    for code in codes:
        if code not in profile.CODES[taxonomy]:
            problems.error(file, line, column, f"{code!r} is not a {taxonomy} code of the profile")
    return codes


# -- age groups ------------------------------------------------------------------------------

_RANGE = re.compile(r"(\d+)\s*(?:-|–|až)\s*(\d+)")
_OVER = re.compile(r"\b(?:nad|od)\s+(\d+)")
_UNDER = re.compile(r"\bdo\s+(\d+)")


def age_bounds(name: str) -> tuple[int | None, int | None] | None:
    """The ages an age-group name of `vekove-skupiny-osoby` covers, read from its words:
    "mladí dospělí (19–26 let)" -> (19, 26), "starší senioři (nad 80 let)" -> (81, None),
    "děti do 1 roku" -> (0, 1), "bez omezení věku" -> (None, None); None when it says no age."""
    folded = fold(name)
    if "bez omezeni" in folded:
        return (None, None)
    if match := _RANGE.search(folded):
        return (int(match[1]), int(match[2]))
    if match := _OVER.search(folded):
        low = int(match[1])
        return (low + 1 if folded[match.start() :].startswith("nad") else low, None)
    if match := _UNDER.search(folded):
        return (0, int(match[1]))
    return None


def age_range(bounds: list[tuple[int | None, int | None]]) -> tuple[int | None, int | None]:
    """minimum_age and maximum_age of a service open to all these groups (None: no limit)."""
    if not bounds:
        return (None, None)
    lows = [low for low, _ in bounds]
    highs = [high for _, high in bounds]
    low = None if any(v is None for v in lows) else min(v for v in lows if v is not None)
    high = None if any(v is None for v in highs) else max(v for v in highs if v is not None)
    return (low or None, high)
