"""One item of the register -> the HSDS rows of the profile.

Pure: no database. Ids are UUIDs derived from the register's own keys (uuid5), so that the
same service, facility or phone gets the same row id in every import; that is what makes
re-import a merge. Facts about the source this code relies on (checked against the public
parser of zdenekpesicka/AutomatizaceKatalogu and its notes on the live data):

- a registration ends by `datumPoskytovaniDo` while its facilities may still look open:
  both levels are checked;
- facilities repeat with the same name and address: one location each;
- a service's own contacts may be empty where the provider's are not: the provider's stand in;
- `kapacity[].pocet` is the registered maximum, never free places;
- links under `doplnkoveUdaje` are the ministry's documents, not the provider's web: never read;
- `poskytovatel.statutarniOrgany` are names of people: never read.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from bot.kb import profile
from bot.kb.problems import Problems
from bot.kb.registry.mapping import RegistryMapping, age_bounds, age_range
from bot.kb.registry.source import CodeLists

NAMESPACE = uuid.UUID("6f1d3c2e-7a84-5b9e-a1c0-2d4f8e9b0a17")  # Spojka's ids for the MPSV register
Row = dict[str, Any]
_ICO = re.compile(r"^\d{1,8}$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def rid(*parts: object) -> str:
    """The row id of a register thing, the same in every import."""
    return str(uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts)))


def organization_id(ico: str) -> str:
    return rid("organization", ico)


def unit_id(capacity_type: str) -> str:
    return rid("unit", capacity_type)


@dataclass
class Organization:
    ico: str
    name: str
    email: str | None
    website: str | None


@dataclass
class ServiceRows:
    """Everything one register service becomes; `rows` are owned by the register."""

    register_id: str
    portal_id: int | None
    identifier: str | None
    name: str
    ended_on: date | None
    active: bool
    organization: Organization
    rows: dict[str, list[Row]] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)

    @property
    def service_id(self) -> str:
        return rid("service", self.register_id)

    def add(self, table: str, row: Row) -> None:
        self.rows.setdefault(table, []).append(row)


@dataclass
class Context:
    code_lists: CodeLists
    mapping: RegistryMapping
    as_of: date
    file: str
    problems: Problems
    unmapped_types: Counter[str] = field(default_factory=Counter)
    unmapped_groups: Counter[str] = field(default_factory=Counter)
    unread_ages: Counter[str] = field(default_factory=Counter)
    retired_codes: Counter[str] = field(default_factory=Counter)  # code list -> references left out
    placeless: int = 0
    units: dict[str, str] = field(default_factory=dict)  # unit id -> name, of capacities seen

    def warn_unmapped(self) -> None:
        source = "knowledge/registry_mapping.csv"
        for name, count in sorted(self.unmapped_types.items()):
            self.problems.warning(
                source,
                None,
                "service_type",
                f"service type {name!r} ({count} services) is not in the table: "
                "they were imported without needs; add a row to map it",
            )
        for name, count in sorted(self.unmapped_groups.items()):
            self.problems.warning(
                source, None, "target_group", f"target group {name!r} ({count} services) is not in the table"
            )
        for name, count in sorted(self.unread_ages.items()):
            self.problems.warning(
                self.file,
                None,
                "vekoveSkupiny",
                f"age group {name!r} ({count} services) names no ages; ignored",
            )
        for code_list, count in sorted(self.retired_codes.items()):
            self.problems.warning(
                self.file,
                None,
                None,
                f"{count} references of ended or not yet started registrations are not in "
                f"{code_list}.json (retired codes); they were left out",
            )
        if self.placeless:
            self.problems.warning(
                self.file,
                None,
                "zarizeni",
                f"{self.placeless} open facilities have no town: they cannot be "
                "found by place (the service is found by its region)",
            )


class _Item:
    """Reads one item, naming every problem with the item and the field."""

    def __init__(self, index: int, item: dict[str, Any], context: Context) -> None:
        self.item = item
        self.context = context
        shown = item.get("id") or item.get("portalId")
        self.where = f"{context.file} › polozky[{index}]" + (f" (id {shown})" if shown else "")
        self.ok = True
        # an ended registration may point to codes since retired (merged municipalities):
        # those are left out with a warning instead of stopping the import
        self.lenient = False

    def error(self, column: str, message: str) -> None:
        self.context.problems.error(self.where, None, column, message)
        self.ok = False

    def ref(self, value: Any, column: str) -> str | None:
        """The id of a `{"id": "Kraj/51"}` reference, or None."""
        if value is None:
            return None
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            return str(value["id"])
        self.error(column, 'expected a reference such as {"id": "Kraj/51"}')
        return None

    def coded(
        self, code_list: str, value: Any, column: str, *, required: bool = False
    ) -> tuple[str, str] | None:
        """(id, Czech name) of a reference into a code list; unknown ids are errors."""
        code_id = self.ref(value, column)
        if code_id is None:
            if required:
                self.error(column, "required")
            return None
        if not self.context.code_lists.has(code_list):
            return (code_id, "")
        name = self.context.code_lists.name(code_list, code_id)
        if name is None and self.lenient:
            self.context.retired_codes[code_list] += 1
            return None
        if name is None:
            self.error(column, f"{code_id!r} is not in the code list {code_list}.json")
            return None
        return (code_id, name)

    def day(self, value: Any, column: str) -> date | None:
        if value in (None, ""):
            return None
        if isinstance(value, str):
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                pass
        self.error(column, f"{value!r} is not a date (YYYY-MM-DD)")
        return None

    def texts(self, entries: Any, key: str, column: str) -> list[str]:
        """`[{"telefon": "..."}]` -> the texts, without blanks and repeats."""
        if entries is None:
            return []
        if not isinstance(entries, list):
            self.error(column, "expected a list")
            return []
        found: list[str] = []
        for index, entry in enumerate(entries):
            value = entry.get(key) if isinstance(entry, dict) else None
            if value is None:
                continue
            if not isinstance(value, str | int):
                self.error(f"{column}[{index}].{key}", "expected text")
                continue
            text = " ".join(str(value).split())
            if text and text not in found:
                found.append(text)
        return found


def convert_item(index: int, item: Any, context: Context) -> ServiceRows | None:
    """The rows of one register item; None (with problems named) when it cannot be imported."""
    if not isinstance(item, dict):
        context.problems.error(
            f"{context.file} › polozky[{index}]", None, None, "a service must be an object"
        )
        return None
    reader = _Item(index, item, context)
    register_id = item.get("id")
    if not isinstance(register_id, str | int) or str(register_id).strip() == "":
        reader.error("id", "required: the register's id of the service")
        return None
    register_id = str(register_id).strip()
    started = reader.day(item.get("datumPoskytovaniOd"), "datumPoskytovaniOd")
    ended_on = reader.day(item.get("datumPoskytovaniDo"), "datumPoskytovaniDo")
    active = not (ended_on is not None and ended_on < context.as_of) and not (
        started is not None and started > context.as_of
    )
    reader.lenient = not active
    kind = reader.coded(
        "druhy-socialni-sluzby", item.get("druhSocialniSluzby"), "druhSocialniSluzby", required=True
    )
    organization = _organization(reader)
    groups = [
        reader.coded("cilove-skupiny-osoby", _entry(g, "cilovaSkupina"), f"ciloveSkupiny[{i}].cilovaSkupina")
        for i, g in enumerate(_list(reader, item.get("ciloveSkupiny"), "ciloveSkupiny"))
    ]
    ages = [
        reader.coded("vekove-skupiny-osoby", _entry(g, "vekovaSkupina"), f"vekoveSkupiny[{i}].vekovaSkupina")
        for i, g in enumerate(_list(reader, item.get("vekoveSkupiny"), "vekoveSkupiny"))
    ]
    facilities = _facilities(reader)
    extended = _extended_regions(reader)
    forms = _forms(reader)
    service_phones = reader.texts(item.get("telefony"), "telefon", "telefony")
    service_emails = reader.texts(item.get("emaily"), "email", "emaily")
    service_webs = reader.texts(item.get("weby"), "web", "weby")
    if not reader.ok or organization is None or kind is None:
        return None

    # -- what the service is --------------------------------------------------------------
    kind_name = kind[1]
    names = list(dict.fromkeys(f["name"] for f in facilities if f["name"]))
    label = kind_name[:1].upper() + kind_name[1:]
    name = names[0] if names else f"{label} – {organization.name}"
    alternates = [*names[1:], label] if names else []
    provider = reader.item.get("poskytovatel") or {}
    phones = service_phones or reader.texts(provider.get("telefony"), "telefon", "poskytovatel.telefony")
    emails = service_emails or reader.texts(provider.get("emaily"), "email", "poskytovatel.emaily")
    webs = service_webs or reader.texts(provider.get("weby"), "web", "poskytovatel.weby")
    low, high = _ages(context, [a for a in ages if a is not None])
    result = ServiceRows(
        register_id=register_id,
        portal_id=item.get("portalId") if isinstance(item.get("portalId"), int) else None,
        identifier=str(item["identifikator"]) if item.get("identifikator") is not None else None,
        name=name,
        ended_on=ended_on,
        active=active,
        organization=organization,
    )
    service_id = result.service_id
    result.add(
        "service",
        {
            "id": service_id,
            "organization_id": organization_id(organization.ico),
            "name": name,
            "alternate_name": "; ".join(alternates) or None,
            "description": " · ".join([kind_name, *(form for form, _ in forms)]),
            "url": _web(webs[0]) if webs else None,
            "email": emails[0] if emails else None,
            "status": "active" if active else "inactive",
            "minimum_age": low,
            "maximum_age": high,
        },
    )

    # -- where: facilities, their towns and regions, the regions it reaches -----------------
    regions: list[str] = []
    for facility in facilities:
        location_id = rid("location", register_id, facility["key"])
        result.add(
            "location",
            {
                "id": location_id,
                "location_type": "physical",
                "organization_id": organization_id(organization.ico),
                "name": facility["name"] or name,
                "external_identifier": facility["ruian"],
                "external_identifier_type": "RÚIAN kód adresního místa" if facility["ruian"] else None,
            },
        )
        result.add(
            "address",
            {
                "id": rid("address", register_id, facility["key"]),
                "location_id": location_id,
                "address_1": facility["street"],
                "city": facility["town"],
                "region": facility["district"],
                "state_province": facility["region"],
                "postal_code": facility["postcode"],
                "country": "CZ",
                "address_type": "physical",
            },
        )
        result.add(
            "service_at_location",
            {
                "id": rid("service_at_location", register_id, facility["key"]),
                "service_id": service_id,
                "location_id": location_id,
            },
        )
        if facility["region"] and facility["region"] not in regions:
            regions.append(facility["region"])
    for region in extended:
        if region not in regions:
            regions.append(region)
    for region in regions:
        result.add(
            "service_area",
            {
                "id": rid("service_area", register_id, region),
                "service_id": service_id,
                "name": region,
                "extent_type": "region",
            },
        )

    # -- contacts ----------------------------------------------------------------------------
    for number in phones:
        result.add(
            "phone", {"id": rid("phone", register_id, number), "service_id": service_id, "number": number}
        )

    # -- needs and targets, through the coordinator's table ----------------------------------
    codes = context.mapping.service_type(kind_name)
    needs: list[str] = list(codes.needs) if codes else []
    targets: list[str] = list(codes.targets) if codes else []
    if codes is None:
        context.unmapped_types[kind_name] += 1
    for group in groups:
        if group is None:
            continue
        mapped = context.mapping.target_group(group[1])
        if mapped is None:
            context.unmapped_groups[group[1]] += 1
        else:
            targets += mapped.targets
    targets += sorted(context.mapping.targets_named(name, *names))
    for taxonomy, values in ((profile.NEED, needs), (profile.TARGET, targets)):
        for code in dict.fromkeys(values):
            result.add(
                "attribute",
                {
                    "id": rid("attribute", register_id, taxonomy, code),
                    "link_id": service_id,
                    "link_entity": "service",
                    "link_type": profile.LINK_TYPES[taxonomy],
                    "taxonomy_term_id": f"{taxonomy}:{code}",  # resolved to the database's term on writing
                },
            )

    # -- registered capacity: the maximum, never free places ---------------------------------
    stamp = datetime.combine(context.as_of, time(0, 0), tzinfo=UTC)
    for form, capacities in forms:
        for kind_id, unit_name, count, description in capacities:
            context.units[unit_id(kind_id)] = unit_name
            result.add(
                "service_capacity",
                {
                    "id": rid("service_capacity", register_id, form, kind_id),
                    "service_id": service_id,
                    "unit_id": unit_id(kind_id),
                    "available": 0,
                    "maximum": count,
                    "description": description or form,
                    "updated": stamp,
                },
            )
    result.parts = _parts(result)
    return result


def _entry(entry: Any, key: str) -> Any:
    """The reference in a list entry: `{"cilovaSkupina": {"id": ...}}` as documented, or the
    reference itself (`{"id": ...}`): the lists' item shape is not in the public documentation
    we could read, so both are taken, and anything else is named as an error by the caller."""
    if isinstance(entry, dict) and key in entry:
        return entry[key]
    return entry


def _list(reader: _Item, value: Any, column: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        reader.error(column, "expected a list")
        return []
    return value


def _organization(reader: _Item) -> Organization | None:
    provider = reader.item.get("poskytovatel")
    if not isinstance(provider, dict):
        reader.error("poskytovatel", "required: the provider (with its IČO and name)")
        return None
    ico = provider.get("ico")
    ico_text = str(ico).strip() if isinstance(ico, str | int) else ""
    if not _ICO.match(ico_text):
        reader.error("poskytovatel.ico", f"{ico!r} is not an IČO (up to 8 digits)")
        return None
    name = provider.get("nazev")
    if not isinstance(name, str) or not name.strip():
        reader.error("poskytovatel.nazev", "required: the provider's name")
        return None
    # statutarniOrgany (names of people) is deliberately never read
    emails = reader.texts(provider.get("emaily"), "email", "poskytovatel.emaily")
    webs = reader.texts(provider.get("weby"), "web", "poskytovatel.weby")
    return Organization(
        ico=ico_text.zfill(8),
        name=" ".join(name.split()),
        email=emails[0] if emails else None,
        website=_web(webs[0]) if webs else None,
    )


def _web(text: str) -> str:
    return text if _SCHEME.match(text) else f"http://{text}"


def _facilities(reader: _Item) -> list[dict[str, Any]]:
    """Open facilities, each once (the register repeats them with the same name and address)."""
    context = reader.context
    found: dict[tuple[object, ...], dict[str, Any]] = {}
    for index, facility in enumerate(_list(reader, reader.item.get("zarizeni"), "zarizeni")):
        column = f"zarizeni[{index}]"
        if not isinstance(facility, dict):
            reader.error(column, "a facility must be an object")
            continue
        opened = reader.day(facility.get("poskytujeOd"), f"{column}.poskytujeOd")
        closed = reader.day(facility.get("poskytujeDo"), f"{column}.poskytujeDo")
        if (opened is not None and opened > context.as_of) or (closed is not None and closed < context.as_of):
            continue  # closed: not a place to send anyone, and its old codes need not exist any more
        address = facility.get("adresa") or {}
        if not isinstance(address, dict):
            reader.error(f"{column}.adresa", "expected an object")
            continue
        region = reader.coded("kraje", address.get("kraj"), f"{column}.adresa.kraj")
        district = reader.coded("okresy", address.get("okres"), f"{column}.adresa.okres")
        town = reader.coded("obce", address.get("obec"), f"{column}.adresa.obec")
        raw_name = facility.get("nazev")
        name = " ".join(raw_name.split()) if isinstance(raw_name, str) else ""
        street = _street(address, town[1] if town else None)
        ruian = address.get("kodAdresnihoMista")
        postcode = address.get("psc")
        key_place: object = ruian if ruian is not None else (street, town[0] if town else None)
        key = (name.casefold(), key_place)
        if key in found:
            continue
        if town is None:
            context.placeless += 1
        found[key] = {
            "key": hashlib.sha1(repr(key).encode()).hexdigest()[:16],
            "name": name,
            "street": street,
            "town": town[1] if town else None,
            "district": district[1] if district and district[1] else None,
            "region": region[1] if region else None,
            "postcode": " ".join(str(postcode).split()) if postcode is not None else None,
            "ruian": str(ruian) if ruian is not None else None,
        }
    return list(found.values())


def _street(address: dict[str, Any], town: str | None) -> str | None:
    street = address.get("ulice")
    street_name = street.get("nazev") if isinstance(street, dict) else None
    house, orientation = address.get("cisloDomovni"), address.get("cisloOrientacni")
    number = "/".join(str(n) for n in (house, orientation) if n not in (None, ""))
    if street_name:
        return f"{street_name} {number}".strip()
    if number and town:
        return f"{town} {number}"  # a village without streets: "Bory 12"
    return number or None


def _extended_regions(reader: _Item) -> list[str]:
    """Regions an outreach service reaches beyond its facilities (`rozsirenePusobnostiVKraji`)."""
    regions: list[str] = []
    for index, entry in enumerate(
        _list(reader, reader.item.get("rozsirenePusobnostiVKraji"), "rozsirenePusobnostiVKraji")
    ):
        reference = _entry(entry, "kraj")
        coded = reader.coded("kraje", reference, f"rozsirenePusobnostiVKraji[{index}].kraj")
        if coded and coded[1] not in regions:
            regions.append(coded[1])
    return regions


def _forms(reader: _Item) -> list[tuple[str, list[tuple[str, str, int, str | None]]]]:
    """(form name, [(capacity type id, unit name, registered maximum, description)])."""
    forms: list[tuple[str, list[tuple[str, str, int, str | None]]]] = []
    for index, entry in enumerate(_list(reader, reader.item.get("formy"), "formy")):
        column = f"formy[{index}]"
        if not isinstance(entry, dict):
            reader.error(column, "a form must be an object")
            continue
        form = reader.coded("formy-soc-sluzby", entry.get("forma"), f"{column}.forma", required=True)
        capacities: list[tuple[str, str, int, str | None]] = []
        for number, capacity in enumerate(_list(reader, entry.get("kapacity"), f"{column}.kapacity")):
            where = f"{column}.kapacity[{number}]"
            if not isinstance(capacity, dict):
                reader.error(where, "a capacity must be an object")
                continue
            kind = reader.coded(
                "typy-kapacity-socialni-sluzby", capacity.get("typ"), f"{where}.typ", required=True
            )
            count = capacity.get("pocet")
            if isinstance(count, float) and count.is_integer():
                count = int(count)
            if not isinstance(count, int) or isinstance(count, bool) or count < 0:
                reader.error(
                    f"{where}.pocet", f"{count!r} is not a registered capacity (a whole number, 0 or more)"
                )
                continue
            description = capacity.get("popis")
            if kind:
                capacities.append(
                    (
                        kind[0],
                        kind[1],
                        count,
                        " ".join(description.split()) if isinstance(description, str) else None,
                    )
                )
        if form:
            forms.append((form[1], capacities))
    return forms


def _ages(context: Context, ages: list[tuple[str, str]]) -> tuple[int | None, int | None]:
    bounds = []
    for _, name in ages:
        found = age_bounds(name)
        if found is None:
            context.unread_ages[name] += 1
        else:
            bounds.append(found)
    return age_range(bounds)


PARTS: dict[str, tuple[str, ...]] = {
    "service": ("service",),
    "places": ("location", "address", "service_at_location"),
    "areas": ("service_area",),
    "contacts": ("phone",),
    "categories": ("attribute",),
    "capacity": ("service_capacity",),
}


def _parts(result: ServiceRows) -> dict[str, str]:
    """A hash per part: a re-import tells what changed ("contacts", "capacity"...)."""
    digests = {}
    for part, tables in PARTS.items():
        content: list[Any] = [result.rows.get(t, []) for t in tables]
        if part == "capacity":  # the stamp is the import's date, not a change
            content = [[{k: v for k, v in row.items() if k != "updated"} for row in rows] for rows in content]
        if part == "service":
            content.append([result.organization.ico])
        digests[part] = hashlib.sha1(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()[
            :16
        ]
    return digests
