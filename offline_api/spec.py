"""The Bot API's methods and types, and checking a call against them like Telegram does.

`bot_api.json` is a compact form of ../shared/telegram/bot-api.json (Bot API 10.1, MIT
licence, see LICENSE-bot-api.txt): descriptions dropped, the constant `type` of each subtype
kept. Regenerate with `python -m offline_api.spec PATH/TO/bot-api.json`.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

_MUST_BE = re.compile(r"must be ([a-z_]+)")

Spec = dict[str, Any]


def compact(full: dict[str, Any]) -> Spec:
    def fields(items: list[dict[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in items:
            entry: dict[str, Any] = {"types": f["types"], "required": bool(f.get("required"))}
            if f["name"] == "type":
                found = _MUST_BE.search(
                    " ".join(f.get("description", ""))
                    if isinstance(f.get("description"), list)
                    else f.get("description", "")
                )
                if found:
                    entry["const"] = found.group(1)
            out[f["name"]] = entry
        return out

    return {
        "version": full["version"],
        "methods": {
            name: {"fields": fields(m.get("fields", []))} for name, m in sorted(full["methods"].items())
        },
        "types": {
            name: {"fields": fields(t.get("fields", [])), "subtypes": t.get("subtypes", [])}
            for name, t in sorted(full["types"].items())
        },
    }


@cache
def load() -> Spec:
    data: Spec = json.loads((files("offline_api") / "bot_api.json").read_text(encoding="utf-8"))
    return data


class Rejected(Exception):
    """A call Telegram would refuse: HTTP status and Telegram's description."""

    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def decode(method: str, raw: dict[str, Any], *, from_form: bool) -> dict[str, Any]:
    """Typed parameters of a call; raises Rejected for an unknown method or a wrong parameter."""
    spec = load()
    known = {name.lower(): name for name in spec["methods"]}
    name = known.get(method.lower())
    if name is None:
        raise Rejected(404, "Not Found")
    wanted = spec["methods"][name]["fields"]
    params: dict[str, Any] = {}
    for key, value in raw.items():
        field = wanted.get(key)
        if field is None and key == "parse_mode" and (name.startswith("send") or name.startswith("edit")):
            # PTB's shared send/edit path puts Defaults.parse_mode on every send and edit method
            # (sendContact, editMessageReplyMarkup too); Telegram ignores it where it does not
            # apply. This one tolerance is the only one.
            continue
        if field is None:
            raise Rejected(400, f"Bad Request: unknown parameter '{key}' of method {name}")
        params[key] = _from_form(value, field["types"]) if from_form else value
    for key, field in wanted.items():
        if field["required"] and key not in params:
            raise Rejected(400, f"Bad Request: {key} is empty")
    for key, value in params.items():
        problem = check(value, wanted[key]["types"], spec)
        if problem:
            raise Rejected(400, f"Bad Request: wrong parameter '{key}' of method {name}: {problem}")
    return params


def _from_form(value: Any, types: list[str]) -> Any:
    if not isinstance(value, str):
        return value  # an uploaded file
    if types == ["String"]:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value  # checked below: a String alternative accepts it, anything else rejects it


def check(value: Any, types: list[str], spec: Spec) -> str | None:
    """None when the value fits one of the types, else what is wrong."""
    problems = []
    for type_name in types:
        problem = _check_one(value, type_name, spec)
        if problem is None:
            return None
        problems.append(problem)
    return problems[0]


def _check_one(value: Any, type_name: str, spec: Spec) -> str | None:
    if type_name.startswith("Array of "):
        if not isinstance(value, list):
            return f"expected an array, got {type(value).__name__}"
        inner = type_name.removeprefix("Array of ")
        for item in value:
            problem = _check_one(item, inner, spec)
            if problem:
                return problem
        return None
    if type_name == "Integer":
        return (
            None
            if isinstance(value, int) and not isinstance(value, bool)
            else f"expected an Integer, got {value!r}"
        )
    if type_name == "Float":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return None if ok else f"expected a Float, got {value!r}"
    if type_name == "String":
        return None if isinstance(value, str) else f"expected a String, got {value!r}"
    if type_name in ("Boolean", "True"):
        return None if isinstance(value, bool) else f"expected a Boolean, got {value!r}"
    if type_name == "InputFile":
        return None
    described = spec["types"].get(type_name)
    if described is None:
        return f"unknown type {type_name}"
    if described["subtypes"]:
        if isinstance(value, dict):
            for sub in described["subtypes"]:
                const = spec["types"][sub]["fields"].get("type", {}).get("const")
                if const is not None and value.get("type") == const:
                    return _check_one(value, sub, spec)
        for sub in described["subtypes"]:
            if _check_one(value, sub, spec) is None:
                return None
        return f"can't parse {type_name}"
    if not isinstance(value, dict):
        return f"expected a {type_name} object, got {value!r}"
    for key in value:
        if key not in described["fields"]:
            return f"{type_name} has no field '{key}'"
    for key, field in described["fields"].items():
        if key not in value:
            if field["required"]:
                return f"{type_name} needs field '{key}'"
            continue
        problem = check(value[key], field["types"], spec)
        if problem:
            return f"{type_name}.{key}: {problem}"
    return None


def main(argv: list[str]) -> int:
    full = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    target = Path(__file__).with_name("bot_api.json")
    target.write_text(
        json.dumps(compact(full), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    sys.stdout.write(f"wrote {target}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
