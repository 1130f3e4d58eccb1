"""Knowledge-base tables: every HSDS 3.1 table, column for column, in the specification's order.

Column order is the order of the CSV files Spojka exports. Columns that must be filled for
Spojka to use a row are non-nullable; references Spojka follows when answering are real
foreign keys (checked on import), the softer ones are plain text (see bot/kb/schema.py).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

from sqlalchemy import Table
from sqlmodel import Field, SQLModel

from bot.db_types import UTCDateTime


def table_of(model: type[SQLModel]) -> Table:
    """The SQLAlchemy table behind a model (typed, for Core queries)."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


def _dt() -> datetime | None:
    return Field(default=None, sa_type=UTCDateTime)  # type: ignore[no-any-return]


class Organization(SQLModel, table=True):
    __tablename__ = "organization"
    id: str = Field(primary_key=True)
    name: str
    alternate_name: str | None = None
    description: str | None = None
    email: str | None = None
    website: str | None = None
    tax_status: str | None = None
    tax_id: str | None = None
    year_incorporated: int | None = None
    legal_status: str | None = None
    logo: str | None = None
    uri: str | None = None
    parent_organization_id: str | None = None


class Program(SQLModel, table=True):
    __tablename__ = "program"
    id: str = Field(primary_key=True)
    organization_id: str = Field(foreign_key="organization.id", index=True)
    name: str
    alternate_name: str | None = None
    description: str | None = None


class Service(SQLModel, table=True):
    __tablename__ = "service"
    id: str = Field(primary_key=True)
    organization_id: str = Field(foreign_key="organization.id", index=True)
    program_id: str | None = None
    name: str
    alternate_name: str | None = None
    description: str | None = None
    url: str | None = None
    email: str | None = None
    status: str
    interpretation_services: str | None = None
    application_process: str | None = None
    fees_description: str | None = None
    wait_time: str | None = None
    fees: str | None = None
    accreditations: str | None = None
    eligibility_description: str | None = None
    minimum_age: int | None = None
    maximum_age: int | None = None
    assured_date: date | None = None
    assurer_email: str | None = None
    licenses: str | None = None
    alert: str | None = None
    last_modified: datetime | None = _dt()


class TaxonomyTerm(SQLModel, table=True):
    __tablename__ = "taxonomy_term"
    id: str = Field(primary_key=True)
    code: str | None = Field(default=None, index=True)
    name: str
    description: str | None = None
    parent_id: str | None = None
    taxonomy: str | None = None
    language: str | None = None
    taxonomy_id: str | None = None
    term_uri: str | None = None


class Attribute(SQLModel, table=True):
    __tablename__ = "attribute"
    id: str = Field(primary_key=True)
    link_id: str = Field(index=True)
    taxonomy_term_id: str = Field(foreign_key="taxonomy_term.id", index=True)
    link_type: str | None = None
    link_entity: str
    value: str | None = None
    label: str | None = None


class Location(SQLModel, table=True):
    __tablename__ = "location"
    id: str = Field(primary_key=True)
    location_type: str
    url: str | None = None
    organization_id: str | None = None
    name: str | None = None
    alternate_name: str | None = None
    description: str | None = None
    transportation: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    external_identifier: str | None = None
    external_identifier_type: str | None = None


class ServiceAtLocation(SQLModel, table=True):
    __tablename__ = "service_at_location"
    id: str = Field(primary_key=True)
    service_id: str = Field(foreign_key="service.id", index=True)
    location_id: str = Field(foreign_key="location.id", index=True)
    description: str | None = None


class Contact(SQLModel, table=True):
    __tablename__ = "contact"
    id: str = Field(primary_key=True)
    organization_id: str | None = None
    service_id: str | None = Field(default=None, index=True)
    service_at_location_id: str | None = Field(default=None, index=True)
    location_id: str | None = Field(default=None, index=True)
    name: str | None = None
    title: str | None = None
    department: str | None = None
    email: str | None = None


class Phone(SQLModel, table=True):
    __tablename__ = "phone"
    id: str = Field(primary_key=True)
    location_id: str | None = Field(default=None, index=True)
    service_id: str | None = Field(default=None, index=True)
    organization_id: str | None = None
    contact_id: str | None = Field(default=None, index=True)
    service_at_location_id: str | None = Field(default=None, index=True)
    number: str
    extension: int | None = None
    type: str | None = None
    description: str | None = None


class Address(SQLModel, table=True):
    __tablename__ = "address"
    id: str = Field(primary_key=True)
    location_id: str | None = Field(default=None, foreign_key="location.id", index=True)
    attention: str | None = None
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    region: str | None = None
    state_province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    address_type: str | None = None


class Schedule(SQLModel, table=True):
    __tablename__ = "schedule"
    id: str = Field(primary_key=True)
    service_id: str | None = Field(default=None, index=True)
    location_id: str | None = Field(default=None, index=True)
    service_at_location_id: str | None = Field(default=None, index=True)
    valid_from: date | None = None
    valid_to: date | None = None
    dtstart: date | None = None
    timezone: float | None = None
    until: date | None = None
    count: int | None = None
    wkst: str | None = None
    freq: str | None = None
    interval: int | None = None
    byday: str | None = None
    byweekno: str | None = None
    bymonthday: str | None = None
    byyearday: str | None = None
    description: str | None = None
    opens_at: time | None = None
    closes_at: time | None = None
    schedule_link: str | None = None
    attending_type: str | None = None
    notes: str | None = None


class Funding(SQLModel, table=True):
    __tablename__ = "funding"
    id: str = Field(primary_key=True)
    organization_id: str | None = Field(default=None, foreign_key="organization.id", index=True)
    service_id: str | None = Field(default=None, foreign_key="service.id", index=True)
    source: str | None = None


class ServiceArea(SQLModel, table=True):
    __tablename__ = "service_area"
    id: str = Field(primary_key=True)
    service_id: str | None = Field(default=None, foreign_key="service.id", index=True)
    service_at_location_id: str | None = None
    name: str | None = None
    description: str | None = None
    extent: str | None = None
    extent_type: str | None = None
    uri: str | None = None


class RequiredDocument(SQLModel, table=True):
    __tablename__ = "required_document"
    id: str = Field(primary_key=True)
    service_id: str | None = Field(default=None, foreign_key="service.id", index=True)
    document: str | None = None
    uri: str | None = None


class Language(SQLModel, table=True):
    __tablename__ = "language"
    id: str = Field(primary_key=True)
    service_id: str | None = Field(default=None, index=True)
    location_id: str | None = Field(default=None, index=True)
    phone_id: str | None = Field(default=None, index=True)
    name: str | None = None
    code: str | None = None
    note: str | None = None


class Accessibility(SQLModel, table=True):
    __tablename__ = "accessibility"
    id: str = Field(primary_key=True)
    location_id: str | None = Field(default=None, foreign_key="location.id", index=True)
    description: str | None = None
    details: str | None = None
    url: str | None = None


class Taxonomy(SQLModel, table=True):
    __tablename__ = "taxonomy"
    id: str = Field(primary_key=True)
    name: str
    description: str | None = None
    uri: str | None = None
    version: str | None = None


class Metadata(SQLModel, table=True):
    """HSDS change-log rows ("metadata" table)."""

    __tablename__ = "metadata"
    id: str = Field(primary_key=True)
    resource_id: str | None = None
    resource_type: str | None = None
    last_action_date: date | None = None
    last_action_type: str | None = None
    field_name: str | None = None
    previous_value: str | None = None
    replacement_value: str | None = None
    updated_by: str | None = None


class MetaTableDescription(SQLModel, table=True):
    __tablename__ = "meta_table_description"
    id: str = Field(primary_key=True)
    name: str | None = None
    language: str | None = None
    character_set: str | None = None


class CostOption(SQLModel, table=True):
    __tablename__ = "cost_option"
    id: str = Field(primary_key=True)
    service_id: str = Field(foreign_key="service.id", index=True)
    valid_from: date | None = None
    valid_to: date | None = None
    option: str | None = None
    currency: str | None = None
    amount: float | None = None
    amount_description: str | None = None


class OrganizationIdentifier(SQLModel, table=True):
    __tablename__ = "organization_identifier"
    id: str = Field(primary_key=True)
    organization_id: str = Field(foreign_key="organization.id", index=True)
    identifier_scheme: str | None = None
    identifier_type: str
    identifier: str


class Unit(SQLModel, table=True):
    __tablename__ = "unit"
    id: str = Field(primary_key=True)
    name: str
    scheme: str | None = None
    identifier: str | None = None
    uri: str | None = None


class ServiceCapacity(SQLModel, table=True):
    __tablename__ = "service_capacity"
    id: str = Field(primary_key=True)
    service_id: str = Field(index=True)
    unit_id: str
    available: int
    maximum: int | None = None
    description: str | None = None
    updated: datetime = Field(sa_type=UTCDateTime)


class Url(SQLModel, table=True):
    __tablename__ = "url"
    id: str = Field(primary_key=True)
    label: str | None = None
    url: str
    organization_id: str | None = Field(default=None, foreign_key="organization.id", index=True)
    service_id: str | None = Field(default=None, foreign_key="service.id", index=True)


class KnowledgeBaseVersion(SQLModel, table=True):
    """One row per successful import: answer indexes are rebuilt when the newest one changes."""

    __tablename__ = "kb_version"
    id: int | None = Field(default=None, primary_key=True)
    imported_at: datetime = Field(sa_type=UTCDateTime)
    source: str
    services: int
    replaced: bool = False
