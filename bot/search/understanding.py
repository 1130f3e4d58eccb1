"""Read a worker's question: which prison, place, need, audience, organisation it is about.

Longest match wins between readings of the same words ("úřad práce" is benefits, not work).
Where one word has several readings, the rest of the question decides, and the decision is
kept in `readings` so that the answer can say how the question was understood:
"Opava" with "věznice" anywhere in the question is the prison, alone it is the town; a
prison's own name ("Bory", "Kuřim") is the prison.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.search.context import (
    PLACE_KINDS,
    ContextWords,
    addressed_people,
    age_targets,
    ages,
    asker_is_woman,
    askers_organisation,
    askers_own_needs,
    askers_places,
    asks_who_goes_in,
    background_places,
    children_along,
    context_word,
    helped_relative,
    house_arrest,
    imprisoned_relatives,
    inside_groups,
    is_woman_relative,
    later_needs,
    left_places,
    living_groups,
    load_context_words,
    male_relative_client,
    mother_with_children,
    need_words,
    negated_groups,
    negation_kind,
    outside_phrase,
    outside_the_domain,
    past_needs,
    prison_words_left,
    prisoner_is_helped,
    prisoners_relative,
    region_adjectives,
    relative_asks,
    relatives_prison_beside_home,
    sent_to_a_prisoner,
    staying_with_mother,
    unrequested_needs,
    unrequested_places,
    visiting_rules,
    with_background_places,
    woman_relative_in_need,
)
from bot.search.everyday import (
    TOWN_KINDS,
    abbreviations_not_in_capitals,
    weak_name_groups,
    without_other_words,
)
from bot.search.index import SearchIndex
from bot.search.lexicon import Match, best_spans
from bot.text.czech import question_sentences, typed_words, word_marks, words

MAX_CHARS = 700  # a question longer than this is cut: nobody types a need in the 701st character
MAX_WORDS = 96

# Audiences everybody in this field serves: they order the answers but never hide one
# (a shelter not tagged "released" still takes people after release).
SOFT_TARGETS = frozenset({"released", "in-custody"})
# Words of an age ("17", "17letej", "let"): read by bot.search.context.ages, never unknown.
_AGE_WORD = re.compile(r"^(\d+[a-z]*|let|lety|roku|rok|years?|old)$")


@dataclass(frozen=True)
class Reading:
    """How some words of the question were read: 'v Opavě' -> town Opava."""

    text: str
    kind: str
    value: str
    typos: int = 0
    note: str = ""
    start: int = -1  # the word position: names a set-aside reading in "I meant it"


@dataclass
class Understanding:
    prisons: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    towns: list[str] = field(default_factory=list)  # folded keys of catalog.towns
    needs: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    organizations: list[int] = field(default_factory=list)
    capacity_available: bool = False
    remand: bool = False
    readings: list[Reading] = field(default_factory=list)
    # Read but not used: a place the client comes from, a need only mentioned or denied.
    set_aside: list[Reading] = field(default_factory=list)
    unknown_words: list[str] = field(default_factory=list)
    # ... of them, those that may say what is needed (no verb, adverb or filler of a chat)
    need_words: list[str] = field(default_factory=list)
    # Word positions the worker said "I meant it" about (all of them when read literally): what
    # starts there is never let go to find something (bot.search.answering).
    insisted: frozenset[int] = frozenset()
    literal: bool = False

    @property
    def empty(self) -> bool:
        return not (
            self.prisons
            or self.regions
            or self.towns
            or self.needs
            or self.targets
            or self.organizations
            or self.capacity_available
        )

    @property
    def strict_targets(self) -> list[str]:
        return [t for t in self.targets if t not in SOFT_TARGETS]

    @property
    def soft_targets(self) -> list[str]:
        return [t for t in self.targets if t in SOFT_TARGETS]


def _add(values: list[str], value: str) -> None:
    if value not in values:
        values.append(value)


def understand(
    question: str,
    index: SearchIndex,
    *,
    literal: bool = False,
    meant: frozenset[int] = frozenset(),
    towns_as_prisons: bool = False,
) -> Understanding:
    """What the question asks. `literal` reads every known word as asked for, with nothing set
    aside as background or negated; `meant` does so for the set-aside readings starting at
    these word positions (`Reading.start`): the worker's "I meant it" after seeing the answer.
    `towns_as_prisons` reads a town with a prison as that prison, as if "věznice" were said
    ("Myslel jsem věznici …", /veznice)."""
    found = Understanding(insisted=meant, literal=literal)
    text = question[:MAX_CHARS]
    question_words = words(text, limit=MAX_WORDS)
    if not question_words:
        return found
    marks = word_marks(text, limit=MAX_WORDS)
    lexicon = index.lexicon
    context = load_context_words()
    typed = typed_words(text, limit=MAX_WORDS)
    groups = without_other_words(best_spans(lexicon.find(question_words, typed)), typed, index.catalog.towns)
    # "udělal velký krok", "most mezi": an everyday word, not the organisation or the town;
    # "ad hoc": no AD
    weak = weak_name_groups(groups, question_words, text, marks)
    weak |= abbreviations_not_in_capitals(groups, text, question_words, lexicon.capitals_only)
    ordinary = {p for i in weak for p in range(groups[i][0].start, groups[i][0].end)}
    groups = [g for i, g in enumerate(groups) if i not in weak]
    matched = {p for g in groups for p in range(g[0].start, g[0].end)}
    denied: set[int] = set()
    aside: set[int] = set()
    asking_relative = False
    if not literal:
        denied = negated_groups(groups, question_words, marks, matched, context, question_sentences(text))
        asking_relative = relative_asks(groups, question_words, context)
        aside = background_places(
            groups, question_words, denied, context, marks, asker_helped=asking_relative
        )
        # "jejich máma sedí ve Světlé, … bydlí v Pardubicích": her prison is background, the home not
        serving, homes = relatives_prison_beside_home(groups, question_words, marks, denied, context)
        aside = (aside - homes) | serving
        aside |= askers_own_needs(
            groups, question_words, marks, denied, context, asker_helped=asking_relative
        )
        aside |= past_needs(groups, question_words, denied | aside)
        aside |= later_needs(groups, question_words, marks, denied | aside, context)
        aside |= children_along(groups, question_words, denied | aside, context)
        aside |= staying_with_mother(groups, question_words, denied | aside)
        aside |= unrequested_needs(groups, question_words, marks, denied | aside, context)
        aside |= unrequested_places(groups, question_words, marks, denied | aside, context)
        aside |= with_background_places(groups, question_words, denied | aside)
        aside |= prison_words_left(groups, question_words, denied | aside, context, marks)
        aside |= house_arrest(groups, question_words, denied | aside, context)
        aside |= imprisoned_relatives(groups, question_words, denied | aside, context)
        aside |= addressed_people(groups, question_words)
        aside |= askers_organisation(groups, question_words, context)
        taken = {i for i in denied | aside if groups[i][0].start in meant}
        denied -= taken
        aside -= taken
    kept = [g for i, g in enumerate(groups) if i not in denied and i not in aside]
    inside = inside_groups(groups, question_words, context, marks)
    # "žije ve Znojmě, věznici má za sebou": the town he lives in, not the prison of that town
    living = set() if literal or towns_as_prisons else living_groups(groups, question_words, context) - inside
    # "Bydlet bude v Opavě. … co pro ni v Opavě je?": the town she will live in, named again
    living |= _same_towns(groups, living) - inside
    if living and not literal and not prisoner_is_helped(question_words, context):
        # "je ve výkonu v Pardubicích, … po propuštění chce bydlet v Pardubicích": the town she will
        # live in, not also its prison
        served = (_same_towns(groups, living) & inside) - {i for i in inside if groups[i][0].start in meant}
        if served:
            aside |= served
            kept = [g for i, g in enumerate(groups) if i not in denied and i not in aside]
    if asking_relative:
        # "manžel je ve vazbě v Hradci, já jsem doma s dětmi v Hradci Králové": where she lives
        living |= askers_places(groups, question_words, marks, context) - denied - aside
    left = set() if literal else left_places(groups, question_words, context)
    prison_context = any(m.entry.kind == "prison_word" for group in kept for m in group) or (
        not literal and asks_who_goes_in(question_words, context)
    )
    relative = -1
    if not literal:
        relative = helped_relative(groups, question_words, marks, denied | aside, context)
        if relative >= 0 and prisoner_is_helped(question_words, context):
            relative = -1  # "syn je v Rapoticích …, chodí tam za nimi někdo?": help for him
        if relative < 0:
            relative = prisoners_relative(question_words, context)
        if relative < 0:
            relative = woman_relative_in_need(question_words, marks, context)
        if relative >= 0 or asking_relative or _families_of_a_relative(kept, question_words, context):
            # "manžel sedí na Borech a mě honí exekutoři": the relative's own need is wanted where
            # the relative lives, not in the prisoner's prison (unless asked there: "kdo tam chodí").
            theirs = _prisoners_prisons(
                groups,
                kept,
                question_words,
                denied | aside | living | _towns_alone(groups, marks),
                inside,
                prison_context,
                context,
            )
            aside |= {i for i in theirs if groups[i][0].start not in meant}
            kept = [g for i, g in enumerate(groups) if i not in denied and i not in aside]
    found.remand = _remand_said(kept, question_words)
    prison_context = prison_context or found.remand or towns_as_prisons
    covered: set[int] = set()
    regional = region_adjectives(groups, question_words, marks)
    for number, group in enumerate(groups):
        if number in regional:
            group = [m for m in group if m.entry.kind == "region"]
        span = range(group[0].start, group[0].end)
        text_read = " ".join(question_words[span.start : span.stop])
        if number in denied or number in aside:
            first = group[0].entry
            note = "negated" if number in denied else "background"
            as_typed = " ".join(typed[span.start : span.stop])  # shown to the worker as written
            found.set_aside.append(
                Reading(as_typed, first.kind, first.value, group[0].typos, note, start=span.start)
            )
            covered |= set(span)
        else:
            if _read_group(
                group,
                text_read,
                (prison_context and number not in living) or number in inside,
                index,
                found,
                lives_there=number in living,
                start=span.start,
                left=number in left,
            ):
                covered |= set(span)
    if relative >= 0 or asking_relative:
        # "maminka klienta bydlí v Opavě a potřebuje poradit": help for the prisoner's family.
        if "families" not in found.targets:
            found.targets.append("families")
            found.readings.append(Reading("", "target", "families", 0, "relative"))
        woman = (
            is_woman_relative(question_words[relative], context)
            if relative >= 0
            else asker_is_woman(question_words, context)
        )
        if woman and "women" not in found.targets and "men" not in found.targets:
            found.targets.append("women")
            found.readings.append(Reading("", "target", "women", 0, "relative"))
    elif (
        not literal
        and male_relative_client(question_words, context)
        and not {"women", "men", "families"} & set(found.targets)
    ):
        # "můj syn vyšel z vězení a nemůže sehnat práci": the client is a man
        found.targets.append("men")
        found.readings.append(Reading("", "target", "men", 0, "relative"))
    if mother_with_children(question_words, context):
        for target in ("women", "children"):
            if target not in found.targets:
                found.targets.append(target)
                found.readings.append(Reading("", "target", target, 0, "mother with children"))
    if asking_relative:
        # "můj syn (23) je ve vazbě … potřebovala bych psycholožku pro sebe": who is in prison and
        # how old he is says nothing of the mother who asks for herself (her own age does)
        _drop_targets(found, {"in-custody"})
    for age in ages(text, not_of=context.relative if asking_relative else frozenset()):
        for target in age_targets(age):
            _add(found.targets, target)
            found.readings.append(Reading(str(age), "target", target, 0, "age"))
    found.unknown_words = [
        word
        for position, word in enumerate(question_words)
        if position not in covered
        and position not in ordinary
        and word not in lexicon.stop_words
        and not _AGE_WORD.match(word)
        and len(word) > 1
        and not negation_kind(word, context)
        and not context_word(word, context)
    ]
    if (found.prisons or found.towns or found.regions) and not (
        found.needs or found.organizations or found.capacity_available
    ):
        # only then may the need be in words not understood (answering.need_unclear): the
        # dictionary that tells a verb is not loaded for other questions
        found.need_words = need_words(found.unknown_words, context)
    _forms_beside_needs(found, context)
    _prefer_remand(found, index)
    if (
        outside_phrase(question_words, context, marks)
        # the prison's own rules for visits, when no need other than the visit is understood
        or (not literal and set(found.needs) <= {"family"} and visiting_rules(question_words, context))
        or (found.prisons and not literal and sent_to_a_prisoner(question_words, context))
        or (_nothing_but_places(found) and outside_the_domain(question_words, covered, context))
    ):
        # "kdy jede vlak do Brna", "kolik vězňů je v Mírově": a place, but not a question for us.
        found = Understanding(unknown_words=found.unknown_words, need_words=found.need_words)
    return found


def _same_towns(groups: Sequence[Sequence[Match]], chosen: set[int]) -> set[int]:
    """The groups naming a town that one of `chosen` names."""
    towns = {m.entry.value for i in chosen for m in groups[i] if m.entry.kind in TOWN_KINDS}
    return {
        i
        for i, g in enumerate(groups)
        if any(m.entry.kind in TOWN_KINDS and m.entry.value in towns for m in g)
    }


def _remand_said(kept: list[list[Match]], question_words: list[str]) -> bool:
    """ "vazba", "ve vazbě", "in custody" say remand prison; "po vazbě" (released) does not."""
    return any(
        w.startswith(("vazb", "vazeb", "custody", "remand"))
        for g in kept
        if any(m.entry.kind == "prison_word" or m.entry.value == "in-custody" for m in g)
        for w in question_words[g[0].start : g[0].end]
    )


def _families_of_a_relative(
    kept: list[list[Match]], question_words: list[str], context: ContextWords
) -> bool:
    """ "manželka odsouzeného", "manžel sedí", "my husband": the audience families read from words
    that name a relative."""
    return any(
        any(m.entry.value == "families" for m in g)
        and any(w in context.relative for w in question_words[g[0].start : g[0].end])
        for g in kept
    )


def _prisoners_prisons(
    groups: list[list[Match]],
    kept: list[list[Match]],
    question_words: list[str],
    set_apart: set[int],
    inside: set[int],
    prison_context: bool,
    context: ContextWords,
) -> set[int]:
    """The prisons of a question where a prisoner's relative needs help: every kept place read as
    a prison (as `_read_group` would read it), unless the help is wanted there ("kdo tam chodí",
    contact with the prisoner)."""
    if prisoner_is_helped(question_words, context) or _asks_for_contact(kept):
        return set()
    prison_context = prison_context or _remand_said(kept, question_words)
    places = [
        i for i, g in enumerate(groups) if i not in set_apart and {m.entry.kind for m in g} & PLACE_KINDS
    ]
    prisons = set()
    for i in places:
        kinds = {m.entry.kind for m in groups[i]}
        # a prison's own name, or a town with a prison word near
        if ((prison_context or i in inside) and kinds & {"prison", "prison_town"}) or (
            kinds & {"prison", "town"} == {"prison"}
        ):
            prisons.add(i)
    return prisons if len(prisons) == len(places) else set()


def _towns_alone(groups: list[list[Match]], marks: list[tuple[int, int]]) -> set[int]:
    """Towns said alone in their clause ("… nemám kde bydlet, Praha."): where the help is
    wanted, never the prisoner's prison of that town."""
    return {
        i
        for i, group in enumerate(groups)
        if any(m.entry.kind in TOWN_KINDS for m in group)
        and [p for p, mark in enumerate(marks) if mark[1] == marks[group[0].start][1]]
        == list(range(group[0].start, group[0].end))
    }


def _asks_for_contact(kept: list[list[Match]]) -> bool:
    """Contact with the prisoner ("návštěvy s dětmi") is wanted in the prison itself."""
    return any(m.entry.kind == "need" and m.entry.value == "family" for g in kept for m in g)


def _nothing_but_places(found: Understanding) -> bool:
    """Only places, prisons and audiences: "kolik vězňů je v Mírově", "kolik je odsouzených žen ve
    Světlé" (who, without a need, is no service asked for)."""
    return not (found.needs or found.organizations or found.capacity_available)


def _read_group(
    group: list[Match],
    text: str,
    prison_context: bool,
    index: SearchIndex,
    found: Understanding,
    *,
    lives_there: bool = False,
    start: int = -1,
    left: bool = False,
) -> bool:
    """Record the reading of one span; False when the span is not read as anything.
    `lives_there`: the span follows "žije", "bydlí" ...: a town, even where nothing is listed.
    `start`: the span's first word, kept on every reading made of it; `left`: the prisoner has
    left that prison ("left" on its readings). Each reading is made once, with both: a name shared
    by hundreds of organisations gives hundreds of readings here."""
    by_kind: dict[str, list[Match]] = {}
    for match in group:
        by_kind.setdefault(match.entry.kind, []).append(match)
    typos = group[0].typos
    vocabulary = [m for kind in ("need", "target", "capacity", "prison_word") for m in by_kind.get(kind, [])]
    if vocabulary:
        for match in vocabulary:
            kind, value = match.entry.kind, match.entry.value
            if kind == "need":
                _add(found.needs, value)
            elif kind == "target":
                _add(found.targets, value)
            elif kind == "capacity":
                found.capacity_available = True
            found.readings.append(Reading(text, kind, value, typos, start=start))
        # "Sociální kurátoři" is also an organisation's full name: asked by name, it is both.
        known = set(found.organizations)  # a name shared by hundreds: a list's `in` was quadratic
        for match in by_kind.get("organization", []):
            if match.length >= 2 and int(match.entry.value) not in known:
                known.add(int(match.entry.value))
                found.organizations.append(int(match.entry.value))
                org_id = index.catalog.org_ids[int(match.entry.value)]
                found.readings.append(Reading(text, "organization", org_id, typos, start=start))
        return True
    prisons = [m.entry.value for m in by_kind.get("prison", [])]
    prison_towns = [m.entry.value for m in by_kind.get("prison_town", [])]
    towns = [m.entry.value for m in by_kind.get("town", [])]
    if lives_there and not towns and not prison_context:
        # "bydlí v Kuřimi": the town Kuřim, where nothing may be listed, not its prison
        prisons = prisons if "other_town" not in by_kind else []
    if prisons and (prison_context or not towns):
        note = "prison word" if towns else ""
        if prison_context:
            prisons = list(dict.fromkeys([*prisons, *prison_towns]))
        for value in prisons:
            _add(found.prisons, value)
            found.readings.append(Reading(text, "prison", value, typos, "left" if left else note, start))
        return True
    if prison_context and prison_towns:
        for value in prison_towns:
            _add(found.prisons, value)
            note = "left" if left else "prison town"
            found.readings.append(Reading(text, "prison", value, typos, note, start))
        return True
    if towns:
        note = "no prison word" if prisons or prison_towns else ""
        for value in towns:
            _add(found.towns, value)
            found.readings.append(Reading(text, "town", value, typos, note, start))
        return True
    regions = [m.entry.value for m in by_kind.get("region", [])]
    if regions:
        for value in regions:
            _add(found.regions, value)
            found.readings.append(Reading(text, "region", value, typos, start=start))
        return True
    organizations = by_kind.get("organization") or by_kind.get("org_word") or []
    known = set(found.organizations)  # a name shared by hundreds: a list's `in` was quadratic
    for match in organizations:
        number = int(match.entry.value)
        if number not in known:
            known.add(number)
            found.organizations.append(number)
            org_id = index.catalog.org_ids[number]
            found.readings.append(Reading(text, "organization", org_id, typos, start=start))
    if organizations:
        return True
    # A town where the knowledge base has nothing: still a place, so the answer is "nothing there".
    for match in by_kind.get("other_town", []):
        _add(found.towns, match.entry.value)
        found.readings.append(Reading(text, "town", match.entry.value, typos, "nothing there", start))
    return "other_town" in by_kind


def _drop_targets(found: Understanding, targets: set[str]) -> None:
    _set_aside(found, [r for r in found.readings if r.kind == "target" and r.value in targets])


def _set_aside(found: Understanding, readings: list[Reading]) -> None:
    """Move readings to the background (shown, and open to "I meant it"); a need or audience
    no other reading gives any more is no longer asked for."""
    found.readings = [r for r in found.readings if r not in readings]
    found.set_aside += [Reading(r.text, r.kind, r.value, r.typos, "background", r.start) for r in readings]
    moved = {r.kind for r in readings}
    kept = {(r.kind, r.value) for r in found.readings}
    if "need" in moved:
        found.needs = [need for need in found.needs if ("need", need) in kept]
    if "target" in moved:
        found.targets = [target for target in found.targets if ("target", target) in kept]


# Needs that a word for how help is given ("poradna", "ambulance") also reads as.
_FORM_NEEDS = frozenset({"counselling", "health"})


def _forms_beside_needs(found: Understanding, context: ContextWords) -> None:
    """ "gamblerství poradna", "háčko, ambulance": beside another need, the form of the help is how
    that need is met, not a second need (a service for either would be shown); for addicted
    people it is help with the addiction."""
    forms = [
        r
        for r in found.readings
        if r.kind == "need"
        and r.value in _FORM_NEEDS
        and r.text.split()[-1:]
        and r.text.split()[-1] in context.service_forms
        and r.start not in found.insisted
    ]
    if not forms:
        return
    if not any(r.kind == "need" and r not in forms for r in found.readings):
        if "addicted" not in found.targets:
            return
        # "ambulance pro závislé", "poradna pro gamblery": the form of help for addicted people
        # is help with the addiction
        _add(found.needs, "addiction")
        found.readings.append(Reading(forms[0].text, "need", "addiction", forms[0].typos, "", forms[0].start))
    _set_aside(found, forms)


def _prefer_remand(found: Understanding, index: SearchIndex) -> None:
    """'vazební věznice Brno' means the remand prison where a town has both kinds."""
    if not found.remand or len(found.prisons) < 2:
        return
    remand = [p for p in found.prisons if index.catalog.prisons[p].facility == "remand-prison"]
    if remand:
        found.prisons = remand
        found.readings = [r for r in found.readings if r.kind != "prison" or r.value in remand]


def region_in(typed: str, index: SearchIndex) -> str | None:
    """The region a person means when a command asks for one (/pokryti usti, /pokryti
    ustecky, "MSK"): read as in questions, a town or prison standing for its region."""
    found = understand(typed, index)
    if found.regions:
        return found.regions[0]
    catalog = index.catalog
    for town in found.towns:
        if town in catalog.town_region:
            return catalog.town_region[town]
    for prison_id in found.prisons:
        prison = catalog.prisons.get(prison_id)
        if prison is not None and prison.region:
            return prison.region
    return None
