"""Check a raw package against HSDS and Spojka's profile and turn its text into typed rows.

Every problem is collected (never only the first), each naming the file, line and column,
worded so that a coordinator knows what to change.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from bot.kb import profile
from bot.kb.problems import Problem, Problems
from bot.kb.reading import RawPackage, RawRow
from bot.kb.schema import BY_NAME, LINKABLE_ENTITIES, TABLES, ColumnSpec, TableSpec

Row = dict[str, Any]
_CZECH_DATE = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$")
_CZECH_DATETIME = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass
class ValidPackage:
    """Typed rows per table, in dependency order, and every problem found on the way."""

    source: str
    rows: dict[str, list[Row]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))


@dataclass
class _Located:
    row: Row
    raw: RawRow


def validate(
    raw: RawPackage, *, tz: ZoneInfo, existing_ids: Mapping[str, set[str]] | None = None
) -> ValidPackage:
    """Validate `raw`; `existing_ids` are ids already in the database that references may use."""
    problems = Problems()
    problems.extend(raw.problems.items)
    existing = existing_ids or {}
    located: dict[str, list[_Located]] = {}
    for spec in TABLES:
        table = raw.tables.get(spec.name)
        if table is None:
            continue
        missing = [c.name for c in spec.columns if c.required and c.name not in table.columns]
        for name in missing:
            problems.error(table.file, 1, name, f"required column is missing from the header of {spec.file}")
        located[spec.name] = [
            _Located(_convert_row(spec, r, problems, tz, skip_required=set(missing)), r) for r in table.rows
        ]
    ids = _check_ids(located, existing, problems)
    _check_references(located, ids, problems)
    _check_attributes(located, ids, problems)
    _check_profile_codes(located, problems)
    _check_values(located, problems)
    package = ValidPackage(source=raw.source, problems=sorted(problems.items, key=_problem_order))
    for spec in TABLES:
        if spec.name in located:
            package.rows[spec.name] = [item.row for item in located[spec.name]]
    return package


def _problem_order(problem: Problem) -> tuple[str, int, str, str]:
    return (problem.file, problem.line or 0, problem.column or "", problem.message)


# -- single values -------------------------------------------------------------------------


class _Invalid(ValueError):
    pass


def _convert_row(
    spec: TableSpec, raw: RawRow, problems: Problems, tz: ZoneInfo, skip_required: set[str]
) -> Row:
    row: Row = {}
    for column in spec.columns:
        text = raw.values.get(column.name)
        if text is None:
            row[column.name] = None
            if column.required and column.name not in skip_required:
                problems.error(
                    raw.where, raw.line, column.name, f"required: every {spec.name} row needs a {column.name}"
                )
            continue
        try:
            row[column.name] = _convert(spec, column, text, tz)
        except _Invalid as exc:
            row[column.name] = None
            problems.error(raw.where, raw.line, column.name, str(exc))
    return row


def _convert(spec: TableSpec, column: ColumnSpec, text: str, tz: ZoneInfo) -> object:
    if column.name in spec.identifier_columns:
        try:
            uuid.UUID(text)
        except ValueError:
            raise _Invalid(
                f"{text!r} is not a UUID (HSDS ids look like 4a7b5c1e-...; generate them, e.g. with uuidgen)"
            ) from None
        return text
    enum = spec.enums.get(column.name)
    if enum is not None:
        # Case does not matter to people ("Active", "weekly"); store the spelling HSDS uses.
        spelled = {allowed.lower(): allowed for allowed in enum}.get(text.lower())
        if spelled is None:
            raise _Invalid(f"{text!r} is not allowed; use one of: {', '.join(sorted(enum))}")
        return spelled
    if column.kind == "integer":
        return _integer(text)
    if column.kind == "number":
        return _number(text)
    if column.kind == "date":
        return parse_date(text)
    if column.kind == "datetime":
        return parse_datetime(text, tz)
    if column.kind == "time":
        return _time(text)
    if column.name.endswith("email") and "@" not in text:
        raise _Invalid(f"{text!r} is not an e-mail address")
    return text


def _integer(text: str) -> int:
    try:
        value = float(text.replace(",", ".").replace(" ", ""))
    except ValueError:
        raise _Invalid(f"{text!r} is not a number") from None
    if not value.is_integer():
        raise _Invalid(f"{text!r} must be a whole number")
    return int(value)


def _number(text: str) -> float:
    try:
        return float(text.replace(",", ".").replace(" ", ""))
    except ValueError:
        raise _Invalid(f"{text!r} is not a number") from None


def _explain_bad_date(year: int, month: int, day: int, original: str) -> _Invalid:
    if not 1 <= month <= 12:
        return _Invalid(f"{original!r} is not a date: there is no month {month}")
    return _Invalid(f"{original!r} is not a date: {_MONTHS_EN[month - 1]} {year} has no day {day}")


def parse_date(text: str) -> date:
    """ISO 8601 (2026-03-01) or the Czech way of writing it (1. 3. 2026)."""
    czech = _CZECH_DATE.match(text)
    if czech:
        day, month, year = (int(g) for g in czech.groups())
        try:
            return date(year, month, day)
        except ValueError:
            raise _explain_bad_date(year, month, day, text) from None
    iso = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        try:
            return date(year, month, day)
        except ValueError:
            raise _explain_bad_date(year, month, day, text) from None
    raise _Invalid(f"{text!r} is not a date; write it as YYYY-MM-DD (e.g. 2026-03-01)")


def parse_datetime(text: str, tz: ZoneInfo) -> datetime:
    """ISO 8601 with or without offset (without: local time), or Czech '20. 11. 2026 8:00'."""
    czech = _CZECH_DATETIME.match(text)
    if czech:
        day, month, year, hour, minute = (int(g) for g in czech.groups()[:5])
        second = int(czech.group(6) or 0)
        try:
            return datetime(year, month, day, hour, minute, second, tzinfo=tz)
        except ValueError:
            raise _Invalid(f"{text!r} is not a valid date and time") from None
    if _CZECH_DATE.match(text) or re.match(r"^\d{4}-\d{2}-\d{2}$", text):
        day_only = parse_date(text)
        return datetime(day_only.year, day_only.month, day_only.day, tzinfo=tz)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise _Invalid(f"{text!r} is not a date and time; write it as 2026-11-20T08:00:00+01:00") from None
    return value if value.tzinfo is not None else value.replace(tzinfo=tz)


def _time(text: str) -> time:
    try:
        return time.fromisoformat(text if len(text) != 4 else "0" + text)
    except ValueError:
        raise _Invalid(f"{text!r} is not a time of day; write it as HH:MM (e.g. 08:30)") from None


# -- across rows and tables ------------------------------------------------------------------


def _check_ids(
    located: dict[str, list[_Located]], existing: Mapping[str, set[str]], problems: Problems
) -> dict[str, set[str]]:
    ids: dict[str, set[str]] = {}
    for table, items in located.items():
        first_seen: dict[str, RawRow] = {}
        clashes: list[str] = []
        in_db = existing.get(table, set())
        for item in items:
            row_id = item.row.get("id")
            if row_id is None:
                continue
            if row_id in first_seen:
                first = first_seen[row_id]
                at = f"line {first.line}" if first.line is not None else first.where
                problems.error(
                    item.raw.where,
                    item.raw.line,
                    "id",
                    f"id {row_id} is used twice in this table (first at {at})",
                )
                continue
            first_seen[row_id] = item.raw
            if row_id in in_db:
                clashes.append(row_id)
        if clashes:
            file = items[0].raw.where.split(" › ")[0]
            sample = ", ".join(clashes[:3]) + ("…" if len(clashes) > 3 else "")
            problems.error(
                file,
                None,
                "id",
                f"{len(clashes)} {table} row(s) already exist in the database ({sample}); "
                "import with --replace to replace the whole knowledge base",
            )
        ids[table] = set(first_seen) | in_db
    for table, known in existing.items():
        ids.setdefault(table, set(known))
    return ids


def _check_references(
    located: dict[str, list[_Located]], ids: dict[str, set[str]], problems: Problems
) -> None:
    for table, items in located.items():
        spec = BY_NAME[table]
        for reference in spec.references:
            targets = ids.get(reference.target, set())
            for item in items:
                value = item.row.get(reference.column)
                if value is None or value in targets:
                    continue
                target_file = BY_NAME[reference.target].file
                if reference.hard:
                    problems.error(
                        item.raw.where,
                        item.raw.line,
                        reference.column,
                        f"refers to {reference.target} {value}, which is not in {target_file}",
                    )
                else:
                    problems.warning(
                        item.raw.where,
                        item.raw.line,
                        reference.column,
                        f"refers to {reference.target} {value}, which is not in {target_file}; "
                        "kept as written, but Spojka will not follow it",
                    )


def _check_attributes(
    located: dict[str, list[_Located]], ids: dict[str, set[str]], problems: Problems
) -> None:
    for item in located.get("attribute", []):
        entity = item.row.get("link_entity")
        link_id = item.row.get("link_id")
        if entity is None or link_id is None:
            continue
        entity_key = entity.strip().lower()
        if entity_key not in LINKABLE_ENTITIES:
            problems.warning(
                item.raw.where,
                item.raw.line,
                "link_entity",
                f"{entity!r} is not an HSDS table Spojka links attributes to; the attribute is kept "
                "but not used",
            )
            continue
        item.row["link_entity"] = entity_key
        if link_id not in ids.get(entity_key, set()):
            problems.error(
                item.raw.where,
                item.raw.line,
                "link_id",
                f"refers to {entity_key} {link_id}, which is not in {BY_NAME[entity_key].file}",
            )


def _term_taxonomy(row: Row, taxonomy_names: dict[str, str]) -> str | None:
    name = row.get("taxonomy")
    if name is None and row.get("taxonomy_id") is not None:
        name = taxonomy_names.get(row["taxonomy_id"])
    return name.strip().lower() if isinstance(name, str) else None


def _check_profile_codes(located: dict[str, list[_Located]], problems: Problems) -> None:
    taxonomy_names = {
        item.row["id"]: item.row["name"]
        for item in located.get("taxonomy", [])
        if item.row.get("id") and item.row.get("name")
    }
    seen: dict[tuple[str, str], RawRow] = {}
    for item in located.get("taxonomy_term", []):
        taxonomy = _term_taxonomy(item.row, taxonomy_names)
        if taxonomy is None or not taxonomy.startswith(profile.TAXONOMY_PREFIX):
            continue
        if item.row.get("taxonomy") is None:
            item.row["taxonomy"] = taxonomy
        known = profile.CODES.get(taxonomy)
        if known is None:
            problems.error(
                item.raw.where,
                item.raw.line,
                "taxonomy",
                f"unknown Spojka taxonomy {taxonomy!r}; the profile has {', '.join(sorted(profile.CODES))}",
            )
            continue
        code = item.row.get("code")
        if code is None:
            problems.error(
                item.raw.where,
                item.raw.line,
                "code",
                f"a term of {taxonomy} needs one of the profile's codes",
            )
        elif code not in known:
            problems.error(
                item.raw.where,
                item.raw.line,
                "code",
                f"unknown code {code!r} in taxonomy {taxonomy}; known codes: {', '.join(sorted(known))}",
            )
        elif (taxonomy, code) in seen:
            first = seen[(taxonomy, code)]
            problems.error(
                item.raw.where,
                item.raw.line,
                "code",
                f"code {code!r} of {taxonomy} is defined twice (also at line {first.line})",
            )
        else:
            seen[(taxonomy, code)] = item.raw


def _check_values(located: dict[str, list[_Located]], problems: Problems) -> None:
    for item in located.get("service_capacity", []):
        available, maximum = item.row.get("available"), item.row.get("maximum")
        for column, value in (("available", available), ("maximum", maximum)):
            if value is not None and value < 0:
                problems.error(
                    item.raw.where, item.raw.line, column, f"capacity cannot be negative ({value})"
                )
        if available is not None and maximum is not None and 0 <= maximum < available:
            problems.warning(
                item.raw.where,
                item.raw.line,
                "available",
                f"{available} places free but only {maximum} in total",
            )
    for item in located.get("service", []):
        low, high = item.row.get("minimum_age"), item.row.get("maximum_age")
        for column, value in (("minimum_age", low), ("maximum_age", high)):
            if value is not None and not 0 <= value <= 150:
                problems.error(item.raw.where, item.raw.line, column, f"{value} is not a plausible age")
        if low is not None and high is not None and low > high:
            problems.error(
                item.raw.where,
                item.raw.line,
                "maximum_age",
                f"maximum age {high} is below the minimum age {low}",
            )
