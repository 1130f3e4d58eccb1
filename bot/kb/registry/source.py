"""Read the register: rpss.json (streamed, one service at a time) and its code lists.

PATH is a folder or a zip holding `rpss.json` and the code-list files as data.mpsv.cz names
them (`kraje.json`, `obce.json`, ...). rpss.json is about 100 MB: it is never loaded whole,
ijson hands over one item of `polozky` at a time. Code lists are small and read whole.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

import ijson

from bot.kb.problems import Problems

REGISTER_FILE = "rpss.json"
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024


@dataclass(frozen=True)
class CodeListSpec:
    file: str  # as data.mpsv.cz names it, without .json
    prefix: str  # the ids of its items: "Kraj/51"
    required: bool
    what: str


CODE_LISTS: tuple[CodeListSpec, ...] = (
    CodeListSpec("druhy-socialni-sluzby", "DruhSocialniSluzby", True, "service types"),
    CodeListSpec("cilove-skupiny-osoby", "CilovaSkupinaOsoby", True, "target groups"),
    CodeListSpec("vekove-skupiny-osoby", "VekovaSkupinaOsoby", True, "age groups"),
    CodeListSpec("formy-soc-sluzby", "FormaSocialniSluzby", True, "forms of service"),
    CodeListSpec("typy-kapacity-socialni-sluzby", "TypKapacitySocialniSluzby", True, "kinds of capacity"),
    CodeListSpec("kraje", "Kraj", True, "regions"),
    CodeListSpec("okresy", "Okres", False, "districts"),
    CodeListSpec("obce", "Obec", True, "municipalities"),
    CodeListSpec("casti-obci", "CastObce", False, "parts of municipalities"),
)
_BY_PREFIX = {spec.prefix: spec for spec in CODE_LISTS}


@dataclass
class CodeLists:
    names: dict[str, dict[str, str]] = field(default_factory=dict)  # file -> id -> Czech name

    def name(self, file: str, code_id: str | None) -> str | None:
        if code_id is None:
            return None
        return self.names.get(file, {}).get(code_id)

    def has(self, file: str) -> bool:
        return file in self.names


class _Files:
    """The register's files in a folder or a zip, by base name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = path.name or str(path)
        self._archive: zipfile.ZipFile | None = None
        self._members: dict[str, str] = {}
        if path.is_file():
            self._archive = zipfile.ZipFile(path)
            for info in self._archive.infolist():
                if not info.is_dir():
                    # the shallowest file of a name wins (a zip may hold a folder)
                    name = PurePosixPath(info.filename).name
                    known = self._members.get(name)
                    if known is None or known.count("/") > info.filename.count("/"):
                        self._members[name] = info.filename

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()

    def exists(self, name: str) -> bool:
        if self._archive is not None:
            return name in self._members
        return (self.path / name).is_file()

    def names(self) -> list[str]:
        if self._archive is not None:
            return sorted(self._members)
        return sorted(p.name for p in self.path.iterdir() if p.is_file())

    def unpacked_size(self) -> int:
        if self._archive is None:
            return 0
        return sum(i.file_size for i in self._archive.infolist())

    def modified(self, name: str) -> date | None:
        if self._archive is not None:
            member = self._members.get(name)
            return date(*self._archive.getinfo(member).date_time[:3]) if member else None
        target = self.path / name
        return datetime.fromtimestamp(target.stat().st_mtime, UTC).date() if target.is_file() else None

    @contextmanager
    def open(self, name: str) -> Iterator[IO[bytes]]:
        if self._archive is not None:
            with self._archive.open(self._members[name]) as handle:
                yield handle
        else:
            with open(self.path / name, "rb") as handle:
                yield handle


class RegisterSource:
    """An opened register: its code lists read, its services ready to be streamed."""

    def __init__(self, files: _Files, code_lists: CodeLists) -> None:
        self._files = files
        self.code_lists = code_lists
        self.label = f"{files.label}/{REGISTER_FILE}"

    def file_date(self) -> date | None:
        """When rpss.json was written (the zip's or the file system's date)."""
        return self._files.modified(REGISTER_FILE)

    def items(self, problems: Problems) -> Iterator[tuple[int, Any]]:
        """(index, item) of `polozky`, one at a time. A file that is not the register, or
        breaks off, is a problem: the import then writes nothing."""
        count = 0
        try:
            with self._files.open(REGISTER_FILE) as handle:
                for count, item in enumerate(ijson.items(handle, "polozky.item", use_float=True), start=1):
                    if count == 1 and _looks_like_code(item):
                        problems.error(self.label, None, None, _NOT_A_REGISTER_BUT_A_CODE_LIST)
                        return
                    yield count - 1, item
        except ijson.JSONError as exc:
            if count == 0 and self._why_empty() == _EMPTY:
                problems.error(self.label, None, None, _EMPTY)
                return
            where = f" after service #{count}" if count else ""
            problems.error(self.label, None, None, f"not valid JSON{where} ({' '.join(str(exc).split())})")
            return
        if count == 0:
            problems.error(self.label, None, None, self._why_empty())

    def _why_empty(self) -> str:
        with self._files.open(REGISTER_FILE) as handle:
            head = handle.read(4096).decode("utf-8", errors="replace").lstrip("\ufeff \r\n\t")
        if not head:
            return _EMPTY
        if head.startswith("["):
            return (
                "this is a JSON list, not the register: rpss.json is an object whose `polozky` lists the "
                "services (an HSDS file is imported with `spojka kb import`)"
            )
        if '"polozky"' in head:
            return "the register lists no services (`polozky` is empty)"
        return "this is not the register: rpss.json is an object whose `polozky` lists the services"

    def close(self) -> None:
        self._files.close()


_EMPTY = "the file is empty"
_NOT_A_REGISTER_BUT_A_CODE_LIST = "this looks like a code list, not the register of services (rpss.json)"


def _looks_like_code(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and "nazev" in item
        and "druhSocialniSluzby" not in item
        and "poskytovatel" not in item
    )


def open_register(path: Path, problems: Problems) -> RegisterSource | None:
    """Open PATH and read its code lists; None (with the problems said) when it cannot be read."""
    if not path.exists():
        problems.error(str(path), None, None, "no such file or folder")
        return None
    if path.is_file() and not zipfile.is_zipfile(path):
        if path.name == REGISTER_FILE:
            problems.error(
                path.name,
                None,
                None,
                "give the folder that holds rpss.json and the code lists (kraje.json, obce.json, ...), "
                "or a zip of them: the register names places and types only by code",
            )
        else:
            problems.error(path.name, None, None, "not a folder or a zip with the register (rpss.json)")
        return None
    files = _Files(path)
    if files.unpacked_size() > MAX_UNPACKED_BYTES:
        problems.error(
            files.label, None, None, "the archive unpacks to more than 1 GB; that is not the register"
        )
        files.close()
        return None
    if not files.exists(REGISTER_FILE):
        held = ", ".join(files.names()[:8]) or "nothing"
        problems.error(
            files.label,
            None,
            None,
            f"no rpss.json (it holds {held}): the register of social services is the file rpss.json "
            "from data.mpsv.cz/od/soubory/rpss/",
        )
    code_lists = CodeLists()
    for spec in CODE_LISTS:
        _read_code_list(files, spec, code_lists, problems)
    if problems.errors:
        files.close()
        return None
    return RegisterSource(files, code_lists)


def _read_code_list(files: _Files, spec: CodeListSpec, code_lists: CodeLists, problems: Problems) -> None:
    name = f"{spec.file}.json"
    where = f"{files.label}/{name}"
    if not files.exists(name):
        if spec.required:
            problems.error(
                where,
                None,
                None,
                f"missing: the code list of {spec.what}, which the register refers to by code "
                f"(data.mpsv.cz/od/soubory/ciselniky/{name})",
            )
        return
    with files.open(name) as handle:
        raw = handle.read()
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        problems.error(where, getattr(exc, "lineno", None), None, f"not valid JSON ({exc})")
        return
    items = document.get("polozky") if isinstance(document, dict) else None
    if not isinstance(items, list):
        problems.error(
            where, None, None, "not a code list: expected an object whose `polozky` lists the codes"
        )
        return
    names: dict[str, str] = {}
    for index, item in enumerate(items):
        code_id = item.get("id") if isinstance(item, dict) else None
        if not isinstance(code_id, str) or "/" not in code_id:
            problems.error(where, None, f"polozky[{index}].id", "every code needs an id such as 'Kraj/51'")
            continue
        prefix = code_id.split("/", 1)[0]
        if prefix != spec.prefix:
            other = _BY_PREFIX.get(prefix)
            said = f"the code list {other.file}.json" if other else f"codes {prefix}/…"
            if "druhSocialniSluzby" in item or "zarizeni" in item:
                said = "the register of services (rpss.json)"
            problems.error(
                where,
                None,
                None,
                f"this holds {said}, not the code list of {spec.what} ({spec.prefix}/…): a file under a "
                "wrong name?",
            )
            return
        label = item.get("nazev")
        text = label.get("cs") if isinstance(label, dict) else label
        if not isinstance(text, str) or not text.strip():
            problems.error(where, None, f"polozky[{index}].nazev.cs", f"{code_id} has no Czech name")
            continue
        names[code_id] = text.strip()
    code_lists.names[spec.file] = names
