"""What Spojka remembers about the register: which services came from it, and every import.

Kept beside the HSDS tables (HSDS has no place for "this row is owned by an outside source"):
the merge needs it to know which rows it may change, and a coordinator needs it to see what
each import changed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from bot.db_types import UTCDateTime


class RegistryRecord(SQLModel, table=True):
    """One register service as last imported."""

    __tablename__ = "registry_record"
    # no foreign key: `kb import --replace` empties the HSDS tables, and a record whose service is
    # gone is simply imported anew by the next merge
    service_id: str = Field(primary_key=True)
    register_id: str = Field(index=True, unique=True)  # the register's `id` of the service
    portal_id: int | None = None
    identifier: str | None = None  # the register's `identifikator` (the registration number)
    as_of: date  # "stav k": the date of the register's data
    ended_on: date | None = None  # datumPoskytovaniDo, when the registration ends or ended
    parts: str  # JSON {part: hash}: which parts changed is what the change record names
    owned: str  # JSON {table: [row ids]}: the rows the register wrote, the only ones it may change
    last_import_id: int | None = None


class RegistryImport(SQLModel, table=True):
    """One run of `spojka kb import-registry`: the counts and the list of changes."""

    __tablename__ = "registry_import"
    id: int | None = Field(default=None, primary_key=True)
    imported_at: datetime = Field(sa_type=UTCDateTime)
    source: str
    as_of: date
    added: int = 0
    updated: int = 0
    ended: int = 0
    unchanged: int = 0
    kept: int = 0  # services whose edits in the bot were kept
    changes: str = "[]"  # JSON list of {register_id, service_id, name, change, parts}
