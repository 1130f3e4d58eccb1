"""How each HSDS table maps onto Spojka's models: file names, column types, references, enums.

The column list, their types and which ones are required come from the models themselves
(bot/models.py), so a new column is declared once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Literal

from sqlalchemy import Column, Table
from sqlalchemy import types as sa_types
from sqlmodel import SQLModel
from sqlmodel.sql.sqltypes import AutoString

from bot import models
from bot.db_types import UTCDateTime

ColumnKind = Literal["text", "integer", "number", "date", "datetime", "time"]


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: ColumnKind
    required: bool


@dataclass(frozen=True)
class Reference:
    """`column` holds the id of a row of `target`.

    A *hard* reference must resolve or the import is refused (Spojka follows it to answer);
    a *soft* one that points nowhere is only a warning, and the id is kept as written.
    """

    column: str
    target: str
    hard: bool


@dataclass(frozen=True)
class TableSpec:
    name: str  # HSDS resource name, e.g. "service_at_location"
    file: str  # HSDS file name, e.g. "service_at_location.csv"
    model: type[SQLModel]
    references: tuple[Reference, ...] = ()
    enums: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def columns(self) -> tuple[ColumnSpec, ...]:
        return _columns(self.model)

    @property
    def table(self) -> Table:
        return models.table_of(self.model)

    @cached_property  # asked for every cell an import validates: once per table, not per cell
    def identifier_columns(self) -> frozenset[str]:
        """Columns holding UUIDs: the id and every reference (tax_id, say, is not one)."""
        extra = {"link_id", "resource_id"} & set(self.model.model_fields)
        return frozenset({"id", *extra, *(r.column for r in self.references)})

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


_KINDS: tuple[tuple[type, ColumnKind], ...] = (
    (UTCDateTime, "datetime"),
    (AutoString, "text"),
    (sa_types.String, "text"),
    (sa_types.Integer, "integer"),
    (sa_types.Float, "number"),
    (sa_types.DateTime, "datetime"),
    (sa_types.Date, "date"),
    (sa_types.Time, "time"),
)


@cache
def _columns(model: type[SQLModel]) -> tuple[ColumnSpec, ...]:
    table = models.table_of(model)
    specs = []
    for name in model.model_fields:
        column: Column[object] = table.columns[name]
        kind = next(k for sql_type, k in _KINDS if isinstance(column.type, sql_type))
        specs.append(ColumnSpec(name=name, kind=kind, required=not column.nullable))
    return tuple(specs)


LOCATION_TYPES = frozenset({"physical", "postal", "virtual"})
SERVICE_STATUSES = frozenset({"active", "inactive", "defunct", "temporarily closed"})


def _hard(column: str, target: str) -> Reference:
    return Reference(column, target, hard=True)


def _soft(column: str, target: str) -> Reference:
    return Reference(column, target, hard=False)


# In dependency order: a table comes after every table its hard references point to.
TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "organization",
        "organizations.csv",
        models.Organization,
        (_soft("parent_organization_id", "organization"),),
    ),
    TableSpec(
        "organization_identifier",
        "organization_identifiers.csv",
        models.OrganizationIdentifier,
        (_hard("organization_id", "organization"),),
    ),
    TableSpec("program", "programs.csv", models.Program, (_hard("organization_id", "organization"),)),
    TableSpec(
        "service",
        "services.csv",
        models.Service,
        (_hard("organization_id", "organization"), _soft("program_id", "program")),
        {"status": SERVICE_STATUSES},
    ),
    TableSpec(
        "location",
        "locations.csv",
        models.Location,
        (_soft("organization_id", "organization"),),
        {"location_type": LOCATION_TYPES},
    ),
    TableSpec(
        "address",
        "addresses.csv",
        models.Address,
        (_hard("location_id", "location"),),
        {"address_type": LOCATION_TYPES},
    ),
    TableSpec(
        "service_at_location",
        "service_at_location.csv",
        models.ServiceAtLocation,
        (_hard("service_id", "service"), _hard("location_id", "location")),
    ),
    TableSpec(
        "service_area",
        "service_areas.csv",
        models.ServiceArea,
        (_hard("service_id", "service"), _soft("service_at_location_id", "service_at_location")),
    ),
    # Contacts, phones, schedules and languages may hang on several parents at once; a link
    # that points nowhere loses only that one placement, so it is a warning.
    TableSpec(
        "contact",
        "contacts.csv",
        models.Contact,
        (
            _soft("organization_id", "organization"),
            _soft("service_id", "service"),
            _soft("service_at_location_id", "service_at_location"),
            _soft("location_id", "location"),
        ),
    ),
    TableSpec(
        "phone",
        "phones.csv",
        models.Phone,
        (
            _soft("location_id", "location"),
            _soft("service_id", "service"),
            _soft("organization_id", "organization"),
            _soft("contact_id", "contact"),
            _soft("service_at_location_id", "service_at_location"),
        ),
    ),
    TableSpec(
        "schedule",
        "schedules.csv",
        models.Schedule,
        (
            _soft("service_id", "service"),
            _soft("location_id", "location"),
            _soft("service_at_location_id", "service_at_location"),
        ),
        {
            "wkst": frozenset({"MO", "TU", "WE", "TH", "FR", "SA", "SU"}),
            "freq": frozenset({"WEEKLY", "MONTHLY"}),
        },
    ),
    TableSpec(
        "funding",
        "funding.csv",
        models.Funding,
        (_hard("organization_id", "organization"), _hard("service_id", "service")),
    ),
    TableSpec(
        "required_document",
        "required_documents.csv",
        models.RequiredDocument,
        (_hard("service_id", "service"),),
    ),
    TableSpec(
        "language",
        "languages.csv",
        models.Language,
        (_soft("service_id", "service"), _soft("location_id", "location"), _soft("phone_id", "phone")),
    ),
    TableSpec(
        "accessibility", "accessibility.csv", models.Accessibility, (_hard("location_id", "location"),)
    ),
    TableSpec("cost_option", "cost_options.csv", models.CostOption, (_hard("service_id", "service"),)),
    TableSpec(
        "url",
        "url.csv",
        models.Url,
        (_hard("organization_id", "organization"), _hard("service_id", "service")),
    ),
    TableSpec("taxonomy", "taxonomies.csv", models.Taxonomy),
    TableSpec(
        "taxonomy_term",
        "taxonomy_terms.csv",
        models.TaxonomyTerm,
        (_soft("parent_id", "taxonomy_term"), _soft("taxonomy_id", "taxonomy")),
    ),
    TableSpec("attribute", "attributes.csv", models.Attribute, (_hard("taxonomy_term_id", "taxonomy_term"),)),
    TableSpec("unit", "units.csv", models.Unit),
    TableSpec(
        "service_capacity",
        "service_capacity.csv",
        models.ServiceCapacity,
        (_soft("service_id", "service"), _soft("unit_id", "unit")),
    ),
    TableSpec("metadata", "metadata.csv", models.Metadata),
    TableSpec("meta_table_description", "meta_table_descriptions.csv", models.MetaTableDescription),
)

BY_NAME: dict[str, TableSpec] = {t.name: t for t in TABLES}
BY_FILE: dict[str, TableSpec] = {t.file: t for t in TABLES}

# attribute.link_entity values whose link_id Spojka resolves (others are kept unchecked)
LINKABLE_ENTITIES = frozenset(BY_NAME) - {"attribute", "metadata", "meta_table_description"}


def table_for(name: str) -> TableSpec | None:
    """The spec for a resource name or a file name (with or without .csv), or None."""
    key = name.strip().lower()
    if key in BY_NAME:
        return BY_NAME[key]
    if key in BY_FILE:
        return BY_FILE[key]
    if key + ".csv" in BY_FILE:
        return BY_FILE[key + ".csv"]
    return None
