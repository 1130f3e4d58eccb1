"""Telegram's HTML parse mode: only its tag subset and four named entities.

Returns the text a user sees (for the 4096-character limit) or raises EntityError with
Telegram's "can't parse entities" wording.
"""

from __future__ import annotations

import re

ALLOWED: dict[str, frozenset[str]] = {
    "b": frozenset(),
    "strong": frozenset(),
    "i": frozenset(),
    "em": frozenset(),
    "u": frozenset(),
    "ins": frozenset(),
    "s": frozenset(),
    "strike": frozenset(),
    "del": frozenset(),
    "span": frozenset({"class"}),
    "tg-spoiler": frozenset(),
    "a": frozenset({"href"}),
    "code": frozenset({"class"}),
    "pre": frozenset(),
    "blockquote": frozenset({"expandable"}),
    "tg-emoji": frozenset({"emoji-id"}),
}
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>|<|&([a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);|&")
_ATTRIBUTE = re.compile(r'\s*([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s"\'>]+)))?')


class EntityError(ValueError):
    pass


def visible_text(text: str) -> str:
    stack: list[str] = []
    out: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        offset = len(text[: match.start()].encode("utf-8"))
        token = match.group(0)
        if token == "<":
            raise EntityError(f"can't parse entities: Unexpected character '<' at byte offset {offset}")
        if token == "&":
            # Telegram tolerates a lone & followed by no entity name; keep it as text.
            out.append("&")
            continue
        if token.startswith("&"):
            name = match.group(4)
            if name.startswith("#"):
                code = int(name[2:], 16) if name[1:2] in ("x", "X") else int(name[1:])
                out.append(chr(code) if 0 < code < 0x110000 else "")
            elif name in _NAMED:
                out.append(_NAMED[name])
            else:
                raise EntityError(
                    f"can't parse entities: Unsupported entity '&{name};' at byte offset {offset}"
                )
            continue
        closing, tag, rest = match.group(1), match.group(2).lower(), match.group(3)
        if tag not in ALLOWED:
            kind = "end" if closing else "start"
            raise EntityError(
                f'can\'t parse entities: Unsupported {kind} tag "{tag}" at byte offset {offset}'
            )
        if closing:
            if not stack or stack[-1] != tag:
                raise EntityError(
                    f'can\'t parse entities: Unexpected end tag "{tag}" at byte offset {offset}'
                )
            stack.pop()
            continue
        for attribute in _ATTRIBUTE.finditer(rest):
            if attribute.group(0).strip() and attribute.group(1).lower() not in ALLOWED[tag]:
                raise EntityError(
                    f'can\'t parse entities: Unsupported attribute "{attribute.group(1)}" of tag "{tag}"'
                )
        if tag == "span" and "tg-spoiler" not in rest:
            raise EntityError('can\'t parse entities: Tag "span" must have class "tg-spoiler"')
        stack.append(tag)
    out.append(text[position:])
    if stack:
        raise EntityError(
            f"can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1]}\""
        )
    return "".join(out)


def utf16_length(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2
