"""A release plan as the worker sees it: the draft read from the first sentence (needs as
toggles, screening answers as buttons) and the plan's page (options per need, what was chosen
and handed over, what to do next). Text + buttons, no Telegram import (handlers/plans.py sends them).
"""

from __future__ import annotations

from datetime import date

from bot.buttons import Button, Keyboard, pack
from bot.directory import eligibility
from bot.followup.plans import QUESTIONS, UNKNOWN, Draft, NeedState, PlanView, candidate_line
from bot.kb import profile
from bot.search.index import SearchIndex
from bot.text.i18n import czech_date, text

ROW = 3


def offered_needs(draft: Draft) -> list[str]:
    """The needs a draft offers as toggles: the top-level ones, and any the sentence named."""
    top = [code for code in sorted(profile.CODES[profile.NEED]) if profile.need_parent(code) is None]
    return list(dict.fromkeys([*draft.needs, *top]))


def _rows(buttons: list[Button], per_row: int = ROW) -> Keyboard:
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


def _answers_summary(answers: str, language: str) -> str:
    given = [
        text(language, f"plan.answer.{question}.{letter}")
        for question, letter in zip(QUESTIONS, answers, strict=False)
        if letter != UNKNOWN
    ]
    return ", ".join(given) or text(language, "plan.answers_none")


def _where(origin: str, town: str, region: str, language: str) -> list[str]:
    lines = []
    if origin:
        lines.append(text(language, "plan.origin", prison=origin))
    if town:
        lines.append(text(language, "plan.destination", town=town, region=region or "?"))
    return lines


def draft_page(
    draft: Draft, index: SearchIndex, names: dict[str, str], language: str
) -> tuple[str, Keyboard]:
    origin = (
        index.catalog.prisons[draft.origin_prison_id].name
        if draft.origin_prison_id in index.catalog.prisons
        else ""
    )
    lines = [text(language, "plan.draft_title")]
    if draft.release_date:
        lines.append(text(language, "plan.release", date=czech_date(draft.release_date)))
    lines += _where(origin, draft.town, draft.region, language)
    lines.append(text(language, "plan.client", answers=_answers_summary(draft.answers, language)))
    lines += ["", text(language, "plan.draft_hint")]
    chosen = set(draft.needs)
    needs = [
        Button(("✓ " if code in chosen else "") + names.get(code, code), pack("pln", code))
        for code in offered_needs(draft)
    ]
    keyboard = _rows(needs)
    for number, (question, letters) in enumerate(eligibility.QUESTIONS.items()):
        given = draft.answers[number] if number < len(draft.answers) else UNKNOWN
        keyboard.append(
            [
                Button(
                    ("✓ " if letter == given else "") + text(language, f"plan.answer.{question}.{letter}"),
                    pack("pla", number, letter),
                )
                for letter in letters
            ]
        )
    keyboard.append(
        [
            Button(text(language, "plan.change_release"), pack("plw", "release")),
            Button(text(language, "plan.change_town"), pack("plw", "town")),
        ]
    )
    keyboard.append([Button(text(language, "plan.build"), pack("plb"))])
    return "\n".join(lines), keyboard


def plan_page(
    plan: PlanView,
    needs: list[NeedState],
    index: SearchIndex,
    names: dict[str, str],
    language: str,
    *,
    today: date,
    stale_days: int,
) -> tuple[str, Keyboard]:
    prisons = index.catalog.prisons
    origin = prisons[plan.origin_prison_id].name if plan.origin_prison_id in prisons else ""
    lines = [text(language, "plan.title", code=plan.code)]
    if plan.release_date:
        lines.append(text(language, "plan.release", date=czech_date(plan.release_date)))
    lines += _where(origin, plan.town, plan.region, language)
    lines.append(text(language, "plan.client", answers=_answers_summary(plan.answers, language)))
    if plan.status == "closed":
        lines.append(text(language, "plan.is_closed"))
    elif plan.release_date and plan.release_date >= today:
        lines.append(text(language, "plan.reminders"))
    keyboard: Keyboard = []
    for need_number, need in enumerate(needs):
        lines += ["", f"<b>{text(language, 'plan.need', need=names.get(need.need, need.need))}</b>"]
        if not need.options.local_fit:
            key = "plan.gap_town" if need.options.in_region else "plan.gap_region"
            lines.append(text(language, key, town=plan.town))
        chosen = {item.service_id: item for item in need.chosen}
        shown = [c.service_id for c in need.options.candidates]
        for number, candidate in enumerate(need.options.candidates, start=1):
            line = f"{number}. " + candidate_line(candidate, language, today=today, stale_days=stale_days)
            item = chosen.get(candidate.service_id)
            if item is not None:
                line += "\n   " + _item_state(item.handover_status, language)
            lines.append(line)
            if plan.status == "open" and (item is None or item.handover_id is None):
                mark = "✓" if item is not None else "+"
                label = f"{mark} {names.get(need.need, need.need)[:14]} {number}: {candidate.name}"
                keyboard.append([Button(label[:60], pack("pls", plan.id, need_number, candidate.service_id))])
        for item in need.chosen:  # chosen earlier, no longer among the options (declined, far)
            if item.service_id not in shown:
                lines.append(
                    f"• {text(language, 'plan.chosen_elsewhere', service=item.service_name)} – "
                    + _item_state(item.handover_status, language)
                )
        if not need.options.candidates and not need.chosen:
            lines.append(text(language, "plan.nothing"))
    if plan.status == "open":
        waiting = [item for item in plan.items if item.handover_id is None]
        if waiting:
            keyboard.append(
                [Button(text(language, "plan.hand_over", count=len(waiting)), pack("plh", plan.id))]
            )
        if any(item.handover_id is not None and item.handover_status != "declined" for item in plan.items):
            keyboard.append([Button(text(language, "plan.conference"), pack("plk", plan.id))])
        keyboard.append(
            [
                Button(text(language, "plan.client_text"), pack("plt", plan.id)),
                Button(text(language, "plan.close"), pack("plz", plan.id)),
            ]
        )
    return "\n".join(lines), keyboard


def _item_state(status: str, language: str) -> str:
    if not status:
        return text(language, "plan.chosen")
    return text(language, "plan.handed_over", status=text(language, f"handover.status.{status}"))


def plan_list(plans: list[PlanView], language: str) -> tuple[str, Keyboard]:
    if not plans:
        return text(language, "plans.none"), []
    keyboard = [
        [
            Button(
                f"{plan.code} · {plan.town} · {czech_date(plan.release_date) if plan.release_date else '?'}"[
                    :60
                ],
                pack("plo", plan.id),
            )
        ]
        for plan in plans
    ]
    return text(language, "plans.list"), keyboard
