"""Read a knowledge-base package (datapackage folder or .zip, or HSDS JSON) into raw text rows.

Nothing is typed or checked against the schema here, only made readable: encodings,
delimiters, datapackage resource lists and nested JSON are dealt with so that validation
sees the same plain rows whatever the package looked like.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from bot.kb.problems import Problems
from bot.kb.schema import BY_NAME, TableSpec, table_for

# A real knowledge base is a few MB of CSV; what is read is held in memory as rows (measured:
# 31 MB of phone rows -> 460 MB peak while reading and validating), so a package that unpacks
# to more than this is refused unread.
MAX_PACKAGE_BYTES = 32 * 1024 * 1024
_TOO_BIG = (
    f"more than the {MAX_PACKAGE_BYTES // 2**20} MB Spojka reads: split the package or ask the developers"
)
_CZECH_LETTERS = set("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ")


@dataclass
class RawRow:
    where: str  # the file, or the file and the place inside a JSON document
    line: int | None  # CSV line number (the header is line 1)
    values: dict[str, str | None]


@dataclass
class RawTable:
    spec: TableSpec
    file: str
    columns: list[str]
    rows: list[RawRow] = field(default_factory=list)


@dataclass
class RawPackage:
    source: str
    tables: dict[str, RawTable] = field(default_factory=dict)
    problems: Problems = field(default_factory=Problems)

    def table(self, spec: TableSpec, file: str, columns: list[str]) -> RawTable:
        if spec.name not in self.tables:
            self.tables[spec.name] = RawTable(spec, file, columns)
        return self.tables[spec.name]


def read_package(path: Path) -> RawPackage:
    """Read whatever kind of package `path` is; problems are collected, never raised."""
    package = RawPackage(source=str(path))
    if not path.exists():
        package.problems.error(str(path), None, None, "no such file or folder")
    elif path.is_dir():
        _read_datapackage(package, _FolderFiles(path), label=path.name or str(path))
    elif zipfile.is_zipfile(path):
        try:
            _read_zip(package, path)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            # a damaged member (bad CRC, cut short), an unknown compression, an encrypted file
            package.problems.error(path.name, None, None, f"the .zip file is damaged or unreadable ({exc})")
    elif path.suffix.lower() == ".json":
        _read_json_file(package, path)
    elif path.suffix.lower() == ".zip":
        package.problems.error(path.name, None, None, "this .zip file is damaged or not a zip archive")
    elif path.suffix.lower() == ".csv":
        package.problems.error(
            path.name,
            None,
            None,
            "a single CSV is not a knowledge base: give the folder (or .zip) with datapackage.json "
            "and all the tables",
        )
    else:
        package.problems.error(
            path.name,
            None,
            None,
            "unknown kind of file: give a datapackage folder, a .zip with datapackage.json, or a .json file",
        )
    return package


# -- files of a folder or a zip -------------------------------------------------------


class _Files:
    """Uniform access to the files of a folder or a zip archive."""

    def read(self, relative: str) -> bytes | None:
        raise NotImplementedError

    def names(self) -> list[str]:
        raise NotImplementedError


class OutsideThePackage(Exception):
    """A path in datapackage.json that leads out of the package (`../x.csv`, `/etc/passwd`)."""


def inside(relative: str) -> PurePosixPath:
    """`relative` as a path inside the package; OutsideThePackage when it is absolute or climbs out."""
    path = PurePosixPath(relative.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or (path.parts and ":" in path.parts[0]):
        raise OutsideThePackage(relative)
    return path


class _FolderFiles(_Files):
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.bytes_read = 0

    def read(self, relative: str) -> bytes | None:
        target = (self.root / inside(relative)).resolve()
        if not target.is_relative_to(self.root):  # a symbolic link that points out
            raise OutsideThePackage(relative)
        if not target.is_file():
            return None
        self.bytes_read += target.stat().st_size
        if self.bytes_read > MAX_PACKAGE_BYTES:
            raise TooBig(f"the package's files hold {self.bytes_read // 2**20} MB, {_TOO_BIG}")
        return target.read_bytes()

    def names(self) -> list[str]:
        return sorted(p.name for p in self.root.iterdir() if p.is_file())


class _ZipFiles(_Files):
    def __init__(self, archive: zipfile.ZipFile, prefix: str) -> None:
        self.archive = archive
        self.prefix = prefix
        self.members = {i.filename: i for i in archive.infolist() if not i.is_dir()}

    def read(self, relative: str) -> bytes | None:
        name = str(PurePosixPath(self.prefix) / inside(relative)) if self.prefix else str(inside(relative))
        if name not in self.members:
            return None
        return self.archive.read(name)

    def names(self) -> list[str]:
        start = len(self.prefix) + 1 if self.prefix else 0
        return sorted(n[start:] for n in self.members if n.startswith(self.prefix) and "/" not in n[start:])


def _read_zip(package: RawPackage, path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        total = sum(i.file_size for i in archive.infolist())
        # The sizes a zip declares are upper bounds: zipfile never unpacks more than declared.
        if total > MAX_PACKAGE_BYTES:
            package.problems.error(
                path.name, None, None, f"the archive unpacks to {total // 2**20} MB, {_TOO_BIG}"
            )
            return
        descriptors = [n for n in archive.namelist() if PurePosixPath(n).name == "datapackage.json"]
        if not descriptors:
            csvs = [PurePosixPath(n).name for n in archive.namelist() if n.lower().endswith(".csv")]
            found = f" (it holds {', '.join(csvs[:6])}{'…' if len(csvs) > 6 else ''})" if csvs else ""
            package.problems.error(
                path.name,
                None,
                None,
                f"the zip has no datapackage.json{found}: a package needs datapackage.json listing its "
                "tables (`spojka kb export` writes one)",
            )
            return
        descriptor = min(descriptors, key=lambda n: n.count("/"))
        prefix = str(PurePosixPath(descriptor).parent) if "/" in descriptor else ""
        _read_datapackage(package, _ZipFiles(archive, prefix), label=path.name)


class TooBig(Exception):
    """The package holds more than MAX_PACKAGE_BYTES."""


def _read_datapackage(package: RawPackage, files: _Files, label: str) -> None:
    try:
        _read_resources(package, files, label)
    except TooBig as exc:
        package.problems.error(label, None, None, str(exc))


def _read_resources(package: RawPackage, files: _Files, label: str) -> None:
    descriptor = _load_descriptor(package, files, label)
    if descriptor is None:
        return
    resources = descriptor.get("resources")
    if not isinstance(resources, list) or not resources:
        package.problems.error(f"{label}/datapackage.json", None, "resources", "lists no resources (tables)")
        return
    for index, resource in enumerate(resources, start=1):
        if not isinstance(resource, dict):
            package.problems.error(
                f"{label}/datapackage.json", None, "resources", f"resource #{index} is not an object"
            )
            continue
        name = str(resource.get("name") or "")
        res_path = resource.get("path")
        if isinstance(res_path, list):  # a datapackage may split a resource over several files
            res_path = res_path[0] if len(res_path) == 1 else None
        if not isinstance(res_path, str) or not res_path:
            package.problems.error(
                f"{label}/datapackage.json",
                None,
                "resources",
                f"resource {name or index!r} has no single file path",
            )
            continue
        spec = table_for(name) or table_for(PurePosixPath(res_path).name)
        if spec is None:
            package.problems.warning(
                f"{label}/{res_path}",
                None,
                None,
                f"resource {name!r} is not an HSDS table Spojka knows; it was skipped",
            )
            continue
        if "://" in res_path:
            package.problems.error(
                f"{label}/datapackage.json",
                None,
                "resources",
                f"resource {name!r} points to a URL; Spojka reads only local files",
            )
            continue
        try:
            data = files.read(res_path)
        except OutsideThePackage:
            package.problems.error(
                f"{label}/datapackage.json",
                None,
                "resources",
                f"resource {name!r} points outside the package ({res_path!r}); "
                "only files inside the package are read",
            )
            continue
        if data is None:
            package.problems.error(
                f"{label}/{res_path}", None, None, "listed in datapackage.json but the file is missing"
            )
            continue
        _read_csv(package, spec, res_path, data)


def _load_descriptor(package: RawPackage, files: _Files, label: str) -> dict[str, Any] | None:
    raw = files.read("datapackage.json")
    where = f"{label}/datapackage.json"
    if raw is None:
        csvs = [n for n in files.names() if n.lower().endswith(".csv")]
        found = f" (it holds {', '.join(csvs[:6])}{'…' if len(csvs) > 6 else ''})" if csvs else ""
        package.problems.error(
            label,
            None,
            None,
            f"no datapackage.json{found}: a package needs datapackage.json listing its "
            "tables (`spojka kb export` writes one)",
        )
        return None
    text = raw.decode("utf-8-sig", errors="replace").strip()
    if text and not text.startswith("{") and "\n" not in text and text.endswith(".json"):
        # A symbolic link checked out as a plain file (git does this on some systems): follow it.
        try:
            followed = files.read(text)
        except OutsideThePackage:
            # HSDS's own examples link one shared descriptor from each folder; only another
            # datapackage.json is followed out of the folder (it only lists file names, which
            # are then looked up inside this package).
            followed = None
            target = (files.root / text).resolve() if isinstance(files, _FolderFiles) else None
            if target is None or target.name != "datapackage.json" or not target.is_file():
                package.problems.error(where, None, None, f"points outside the package ({text!r})")
                return None
            if target.stat().st_size <= MAX_PACKAGE_BYTES:
                followed = target.read_bytes()
        if followed is not None:
            text = followed.decode("utf-8-sig", errors="replace")
    if not text:
        package.problems.error(where, None, None, "the file is empty")
        return None
    descriptor = _parse_json(package, where, text)
    if descriptor is None:
        return None
    if not isinstance(descriptor, dict):
        package.problems.error(where, None, None, "must be a JSON object with a 'resources' list")
        return None
    return descriptor


# -- CSV ---------------------------------------------------------------------------------


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a file written by a Czech office: UTF-8 (with or without BOM) or windows-1250.

    Returns the text and the encoding used. ISO 8859-2 is told from windows-1250 by which
    one yields more Czech letters (they differ exactly on š, ž, ť and their capitals).
    """
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[int, str, str]] = []
    for encoding in ("cp1250", "iso8859_2"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((sum(ch in _CZECH_LETTERS for ch in text), encoding, text))
    if not candidates:
        raise UnicodeDecodeError("utf-8", data, 0, len(data), "neither UTF-8 nor a Czech 8-bit encoding")
    _, encoding, text = max(candidates, key=lambda c: c[0])
    return text, "windows-1250" if encoding == "cp1250" else "ISO 8859-2"


def _read_csv(package: RawPackage, spec: TableSpec, file: str, data: bytes) -> None:
    problems = package.problems
    if not data.strip():
        problems.error(
            file, None, None, "the file is empty: expected at least a header row with column names"
        )
        return
    try:
        text, encoding = decode_text(data)
    except UnicodeDecodeError:
        problems.error(file, None, None, "cannot read the text: it is neither UTF-8 nor windows-1250")
        return
    if encoding != "utf-8":
        problems.warning(
            file,
            None,
            None,
            f"the file is in {encoding}, not UTF-8; Spojka read it as {encoding} "
            "(save it as CSV UTF-8 to avoid surprises)",
        )
    first_line = text.split("\n", 1)[0]
    delimiter = ","
    if first_line.count(";") > first_line.count(","):
        delimiter = ";"
        problems.warning(
            file,
            1,
            None,
            "columns are separated by ';' (Czech Excel); read it that way, but HSDS expects ','",
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        problems.error(file, 1, None, "no header row with column names")
        return
    columns = [h.strip().lstrip("\ufeff").lower() for h in header]
    if spec.name in package.tables:
        problems.error(
            file, None, None, f"table {spec.name} is given twice (also as {package.tables[spec.name].file})"
        )
        return
    _check_header(package, spec, file, columns)
    table = package.table(spec, file, columns)
    known = set(spec.column_names)
    line = 1
    try:
        for values in reader:
            start = line + 1
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if any("\x00" in v for v in values):
                # no real text holds one, and PostgreSQL cannot store it
                problems.error(file, start, None, "the row holds a NUL byte (character 0), not plain text")
                continue
            if len(values) > len(columns):
                problems.error(
                    file,
                    start,
                    None,
                    f"the row has {len(values)} values but the header has {len(columns)} columns "
                    "(an unquoted comma in a value?)",
                )
                continue
            row = {
                name: _clean(values[i]) if i < len(values) else None
                for i, name in enumerate(columns)
                if name in known
            }
            table.rows.append(RawRow(file, start, row))
    except csv.Error as exc:
        problems.error(file, reader.line_num, None, f"the CSV is malformed here ({exc})")


def _check_header(package: RawPackage, spec: TableSpec, file: str, columns: list[str]) -> None:
    seen: set[str] = set()
    for name in columns:
        if name in seen:
            package.problems.error(file, 1, name, "the column appears twice in the header")
        seen.add(name)
    unknown = [c for c in columns if c and c not in spec.column_names]
    if unknown:
        package.problems.warning(
            file, 1, None, f"columns not in HSDS table {spec.name} were ignored: {', '.join(unknown)}"
        )


def _clean(value: str) -> str | None:
    value = value.strip()
    return value or None


# -- JSON --------------------------------------------------------------------------------


_UNPARSED = object()


def _parse_json(package: RawPackage, where: str, text: str) -> Any:
    """The JSON document in `text`, or None with a problem added (never an exception)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        package.problems.error(where, exc.lineno, None, f"not valid JSON ({exc.msg})")
    except RecursionError:
        package.problems.error(where, None, None, "not readable: the JSON is nested too deeply")
    except ValueError as exc:  # Python refuses integers of more than 4,300 digits
        package.problems.error(where, None, None, f"not readable: a number in it is too long ({exc})")
    return None


def _read_json_file(package: RawPackage, path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_PACKAGE_BYTES:
        package.problems.error(path.name, None, None, f"the file holds {size // 2**20} MB, {_TOO_BIG}")
        return
    data = path.read_bytes()
    if not data.strip():
        package.problems.error(path.name, None, None, "the file is empty")
        return
    try:
        text = decode_text(data)[0]
    except UnicodeDecodeError as exc:
        package.problems.error(path.name, None, None, f"not valid JSON ({exc})")
        return
    document = _parse_json(package, path.name, text)
    if document is None:
        return
    try:
        read_json_document(package, document, path.name)
    except RecursionError:
        package.problems.error(path.name, None, None, "not readable: the objects are nested too deeply")


def read_json_document(package: RawPackage, document: object, label: str) -> None:
    """HSDS JSON: compiled service objects (one or a list), or {table: [rows]}."""
    if (
        isinstance(document, dict)
        and any(table_for(k) for k in document)
        and not _looks_like_service(document)
    ):
        _read_tabular_json(package, document, label)
    elif isinstance(document, dict) and _looks_like_service(document):
        _CompiledReader(package, label).service(document, f"{label}")
    elif isinstance(document, list):
        reader = _CompiledReader(package, label)
        for index, item in enumerate(document):
            where = f"{label} › service #{index + 1}"
            if isinstance(item, dict):
                reader.service(item, where)
            else:
                package.problems.error(where, None, None, "expected a service object")
    else:
        package.problems.error(
            label, None, None, "expected HSDS JSON: a service object, a list of them, or {table: [rows]}"
        )


def _looks_like_service(document: dict[str, Any]) -> bool:
    return "id" in document and "name" in document


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        if "\x00" in value:
            raise TypeError("text with a NUL byte (character 0)")
        return _clean(value)
    raise TypeError(type(value).__name__)


def _read_tabular_json(package: RawPackage, document: dict[str, Any], label: str) -> None:
    for key, rows in document.items():
        spec = table_for(key)
        if spec is None:
            package.problems.warning(label, None, None, f"{key!r} is not an HSDS table Spojka knows; skipped")
            continue
        if not isinstance(rows, list):
            package.problems.error(f"{label} › {key}", None, None, "must be a list of rows")
            continue
        table = package.table(spec, label, list(spec.column_names))
        for index, row in enumerate(rows):
            _add_json_row(package, table, row, f"{label} › {key}[{index}]")


def _add_json_row(package: RawPackage, table: RawTable, row: object, where: str) -> None:
    if not isinstance(row, dict):
        package.problems.error(where, None, None, "a row must be an object")
        return
    values: dict[str, str | None] = {}
    for name in table.spec.column_names:
        if name not in row:
            continue
        try:
            values[name] = _text(row[name])
        except TypeError as exc:
            package.problems.error(where, None, name, f"must be a single value, not a {exc}")
    table.rows.append(RawRow(where, None, values))


class _TooDeep(Exception):
    pass


class _CompiledReader:
    """Flattens compiled HSDS objects (service with nested organisation, locations...) into rows."""

    # nested list key -> the HSDS table of its items (their link to the parent is filled in)
    CHILDREN: dict[str, str] = {
        "phones": "phone",
        "schedules": "schedule",
        "service_areas": "service_area",
        "service_at_locations": "service_at_location",
        "languages": "language",
        "funding": "funding",
        "cost_options": "cost_option",
        "required_documents": "required_document",
        "contacts": "contact",
        "capacities": "service_capacity",
        "attributes": "attribute",
        "metadata": "metadata",
        "additional_urls": "url",
        "organization_identifiers": "organization_identifier",
        "programs": "program",
        "locations": "location",
        "addresses": "address",
        "accessibility": "accessibility",
        "additional_websites": "url",
    }
    SINGLE: dict[str, str] = {
        "organization": "organization",
        "program": "program",
        "location": "location",
        "taxonomy_term": "taxonomy_term",
        "unit": "unit",
        "taxonomy_detail": "taxonomy",
    }

    MAX_DEPTH = 12  # a service › location › address is 3; HSDS never nests deeper than a few levels

    def __init__(self, package: RawPackage, label: str) -> None:
        self.package = package
        self.label = label
        self.seen: dict[tuple[str, str], dict[str, str | None]] = {}

    def service(self, obj: dict[str, Any], where: str) -> None:
        try:
            self._object("service", obj, where, parent=None)
        except _TooDeep:
            return

    def _object(
        self, table_name: str, obj: dict[str, Any], where: str, parent: tuple[str, str | None] | None
    ) -> str | None:
        spec = BY_NAME[table_name]
        if where.count(" › ") > self.MAX_DEPTH:
            self.package.problems.error(where[:200] + " …", None, None, "the objects are nested too deeply")
            raise _TooDeep
        values: dict[str, str | None] = {}
        for name in spec.column_names:
            if name in obj and not isinstance(obj[name], dict | list):
                try:
                    values[name] = _text(obj[name])
                except TypeError as exc:
                    self.package.problems.error(where, None, name, f"must be a single value, not a {exc}")
        self._link_to_parent(table_name, values, parent)
        own_id = values.get("id")
        for key, value in obj.items():
            if key in self.SINGLE and isinstance(value, dict):
                child_id = self._object(self.SINGLE[key], value, f"{where} › {key}", (table_name, own_id))
                link_column = {
                    "organization": "organization_id",
                    "program": "program_id",
                    "location": "location_id",
                    "taxonomy_term": "taxonomy_term_id",
                    "unit": "unit_id",
                    "taxonomy_detail": "taxonomy_id",
                }[key]
                if link_column in spec.column_names and not values.get(link_column):
                    values[link_column] = child_id
            elif key in self.CHILDREN and isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, dict):
                        self._object(
                            self.CHILDREN[key], item, f"{where} › {key}[{index}]", (table_name, own_id)
                        )
        self._emit(spec, values, where)
        return own_id

    @staticmethod
    def _link_to_parent(
        table_name: str, values: dict[str, str | None], parent: tuple[str, str | None] | None
    ) -> None:
        if parent is None or parent[1] is None:
            return
        parent_table, parent_id = parent
        if table_name == "attribute":
            values.setdefault("link_id", parent_id)
            values.setdefault("link_entity", parent_table)
            return
        if table_name == "metadata":
            values.setdefault("resource_id", parent_id)
            values.setdefault("resource_type", parent_table)
            return
        column = f"{parent_table}_id"
        if column in BY_NAME[table_name].column_names and not values.get(column):
            values[column] = parent_id

    def _emit(self, spec: TableSpec, values: dict[str, str | None], where: str) -> None:
        row_id = values.get("id")
        if row_id is not None:
            key = (spec.name, row_id)
            previous = self.seen.get(key)
            if previous is not None and not any(
                v is not None and previous.get(k) not in (None, v) for k, v in values.items()
            ):
                # The same contact or location nested in several places is one row: merge what
                # each place says of it (each adds the link to its own parent).
                for k, v in values.items():
                    if v is not None and previous.get(k) is None:
                        previous[k] = v
                return
            self.seen[key] = values
        table = self.package.table(spec, self.label, list(spec.column_names))
        table.rows.append(RawRow(where, None, values))
