"""The case forms and short forms of Czech place names, generated from the name itself.

Place names change their stem when inflected (Praha -> v Praze, Plzeň -> v Plzni, Pankrác ->
na Pankráci), so stemming alone does not bring them together. The rules below over-generate
on purpose: a form nobody writes costs nothing, a missing one loses a question. They work on
any knowledge base's towns, not on a list of known ones.
"""

from __future__ import annotations

from functools import lru_cache

from bot.text.czech import fold

# Locative -e after a hard consonant softens it (Praha -> Praze, Chrudim -> Chrudimi is regular).
_SOFTEN = (("ch", "š"), ("h", "z"), ("g", "z"), ("k", "c"), ("r", "ř"))
_ADJECTIVE_ENDINGS = ("ský", "cký", "ská", "cká", "ské", "cké", "é", "á", "í", "ý", "y")
_JOINERS = frozenset({"nad", "pod", "u", "na", "v", "ve"})


def _soft_e(stem: str) -> str:
    for hard, soft in _SOFTEN:
        if stem.endswith(hard):
            return stem[: -len(hard)] + soft + "e"
    return stem + "ě"


def noun_forms(word: str) -> set[str]:
    """Case forms of one place-name noun (with diacritics, lower case)."""
    w = word.lower()
    forms = {w}
    if len(w) < 3:
        return forms
    if w.endswith("ice"):  # Pardubice, Heřmanice, Budějovice (plural)
        base = w[:-1]
        forms |= {w[:-1], base + "ích", base + "ím", base + "emi"}
    elif w.endswith("a"):  # Praha, Opava, Jihlava
        stem = w[:-1]
        forms |= {stem + "y", stem + "u", stem + "ou", _soft_e(stem), stem + "o"}
    elif w.endswith("á"):  # Karviná (adjectival)
        stem = w[:-1]
        forms |= {stem + "é", stem + "ou"}
    elif w.endswith("o"):  # Brno, Kladno, Sedlo
        stem = w[:-1]
        forms |= {stem + "a", stem + "u", stem + "em", _soft_e(stem), stem + "ech"}
    elif w.endswith(("í", "é")):  # Ústí, Králové: do not decline
        pass
    elif w.endswith("ň"):  # Plzeň -> v Plzni, z Plzně
        stem = w[:-2] + "n" if w.endswith("eň") else w[:-1] + "n"
        forms |= {stem + "ě", stem + "i", stem + "í", stem + "ou"}
    elif w.endswith("ec"):  # Liberec, Hradec, Jablonec
        stem = w[:-2]
        forms |= {stem + "ce", stem + "ci", stem + "cem"}
    elif w.endswith("ek"):  # Písek -> Písku
        stem = w[:-2] + "k"
        forms |= {stem + "u", stem + "em", stem + "a"}
    elif w.endswith("y"):  # Vary
        stem = w[:-1]
        forms |= {stem + "ech", stem + "ů", stem + "ům"}
    else:  # Olomouc, Přerov, Zlín, Cheb, Pankrác, Kuřim
        forms |= {w + "a", w + "u", w + "e", w + "i", w + "ě", w + "em", w + "ou"}
    return forms


def _adjective_forms(word: str) -> set[str]:
    w = word.lower()
    if w.endswith(("ský", "cký", "ý")):
        stem = w[:-1]
        return {w, stem + "ého", stem + "ém", stem + "ému", stem + "ým"}
    if w.endswith(("á",)):
        stem = w[:-1]
        return {w, stem + "é", stem + "ou"}
    if w.endswith("é"):
        stem = w[:-1]
        return {w, stem + "ého", stem + "ém", stem + "ých", stem + "ými"}
    if w.endswith("í"):  # Horní (Slavkov)
        return {w, w + "m", w + "ch", w + "mi"}
    if w.endswith("y"):  # Karlovy (Vary)
        stem = w[:-1]
        return {w, stem + "ých", stem + "ým"}
    return {w}


def _is_adjective(word: str) -> bool:
    return word.lower().endswith(_ADJECTIVE_ENDINGS) and len(word) > 3


def name_variants(name: str, *, short_forms: bool = True) -> list[tuple[str, ...]]:
    """Every spelling of a place name as folded word sequences: case forms and short forms.

    'Ústí nad Labem' -> ('usti', 'nad', 'labem'), ('usti',); 'Hradec Králové' -> ('hradec',
    'kralove'), ('hradci', 'kralove'), ..., ('hradec',) ...
    """
    return list(_name_variants(name, short_forms))


@lru_cache(maxsize=20_000)  # every index build asks again for the same few thousand towns
def _name_variants(name: str, short_forms: bool) -> tuple[tuple[str, ...], ...]:
    parts = name.replace("-", " ").split()
    if not parts:
        return ()
    declinable = len(parts)
    for index, part in enumerate(parts):
        if part.lower() in _JOINERS and index > 0:
            declinable = index  # "Ústí nad Labem": only the words before "nad" decline
            break
    head = parts[:declinable]
    tail = tuple(fold(p) for p in parts[declinable:])
    per_word: list[set[str]] = []
    for index, part in enumerate(head):
        last = index == len(head) - 1
        if not last and _is_adjective(part):
            per_word.append(_adjective_forms(part))
        elif index > 0 and _is_adjective(part) and len(head) == 2 and part.lower().endswith(("é", "á")):
            per_word.append({part.lower()})  # "Hradec Králové": the genitive adjective stays
        else:
            per_word.append(noun_forms(part) if index == 0 or last else {part.lower()})
    variants: set[tuple[str, ...]] = set()
    _combine(per_word, 0, (), variants)
    result = {tuple(fold(w) for w in v) + tail for v in variants}
    # Short forms people write: "Ústí", "Jablonec", "Budějovice", "Hradec".
    if not short_forms:
        return tuple(sorted(result))
    if tail:
        result |= {tuple(fold(w) for w in v) for v in variants}
    elif len(head) == 2 and "-" not in name:  # "Praha-Pankrác" is not "Praha"
        first, second = head
        if _is_adjective(first):
            result |= {(fold(w),) for w in noun_forms(second)}
        else:
            result |= {(fold(w),) for w in noun_forms(first)}
    return tuple(sorted(result))


def _combine(
    per_word: list[set[str]], index: int, prefix: tuple[str, ...], out: set[tuple[str, ...]]
) -> None:
    if index == len(per_word):
        out.add(prefix)
        return
    for form in sorted(per_word[index]):
        _combine(per_word, index + 1, (*prefix, form), out)


# The name's ending -> the adjective's (Opava -> opavský, Pardubice -> pardubický, Karviná ->
# karvinský, Ruzyně -> ruzyňský, Liberec -> liberecký, Písek -> písecký, Šumperk -> šumperský);
# irregular ones (Praha -> pražský, Brno -> brněnský) are data: knowledge/place_adjectives.csv.
_ADJECTIVE_RULES = (
    ("ice", "ický"),
    ("ík", "ický"),
    ("ek", "ecký"),
    ("ec", "ecký"),
    ("rk", "rský"),
    ("ně", "ňský"),
    ("tě", "ťský"),
    ("dě", "ďský"),
    ("c", "cký"),
    ("á", "ský"),
    ("a", "ský"),
    ("y", "ský"),
    ("e", "ský"),
    ("o", "ský"),
    ("ý", "ský"),
)


def _word_adjective(word: str) -> str:
    for ending, adjective_ending in _ADJECTIVE_RULES:
        if word.endswith(ending):
            return word[: -len(ending)] + adjective_ending
    return word + "ský"


def derived_adjective(name: str) -> str:
    """The adjective of a place name by the regular rules: 'Opava' -> 'opavský', 'Kutná Hora'
    -> 'kutnohorský', 'Jablonec nad Nisou' -> 'jablonecký', 'Praha-Pankrác' -> 'pankrácký'."""
    parts = name.lower().split("-")[-1].split()
    for index, part in enumerate(parts):
        if part in _JOINERS and index > 0:
            parts = parts[:index]
            break
    if len(parts) == 2 and parts[0].endswith(("á", "é", "ý", "í", "ův", "ovy")):
        first = parts[0][:-2] if parts[0].endswith("ův") else parts[0][:-1]
        return first + "o" + _word_adjective(parts[1])
    return _word_adjective(parts[-1])


def adjective_forms(adjective: str) -> list[str]:
    """The case forms of a place adjective: 'opavský' -> opavská, opavské, opavského, v opavské...,
    and the spoken ones: plzeňskej, plzeňskýho, plzeňskýmu."""
    stem = adjective[:-1]
    endings = ("ý", "á", "é", "ou", "ého", "ém", "ému", "ým", "ých", "ými", "í", "ej", "ýho", "ýmu")
    return [stem + ending for ending in endings]
