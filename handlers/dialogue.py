"""What the bot is waiting for from a person: at most one dialogue at a time, kept in one place.

A dialogue is a feature ("capacity", "event", "handover", ...), the step it waits for next
("number", "title", "release", ...), what it is about (a capacity's, service's or event's id)
and a draft of what was chosen so far. It lives in user_data["dialogue"]. A button that starts
a dialogue replaces whatever was awaited before (the newest button wins); /zrusit ends it.
Typed text goes to the taker of the dialogue's feature (handlers/awaiting.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from telegram.ext import ContextTypes

KEY = "dialogue"


@dataclass
class Dialogue:
    feature: str
    step: str
    about: str = ""
    draft: dict[str, Any] = field(default_factory=dict)


def begin(
    context: ContextTypes.DEFAULT_TYPE,
    feature: str,
    step: str,
    *,
    about: object = "",
    draft: dict[str, Any] | None = None,
) -> Dialogue:
    """Start waiting: whatever was awaited before is forgotten."""
    dialogue = Dialogue(feature, step, str(about), draft if draft is not None else {})
    if context.user_data is not None:
        context.user_data[KEY] = dialogue
    return dialogue


def current(context: ContextTypes.DEFAULT_TYPE, feature: str | None = None) -> Dialogue | None:
    """The dialogue going on (only when it is of `feature`, if one is named)."""
    dialogue = (context.user_data or {}).get(KEY)
    if not isinstance(dialogue, Dialogue):
        return None
    if feature is not None and dialogue.feature != feature:
        return None
    return dialogue


def move(context: ContextTypes.DEFAULT_TYPE, feature: str, step: str, *, about: object = None) -> Dialogue:
    """The next step of the feature's dialogue, keeping its draft (a new dialogue if none)."""
    dialogue = current(context, feature)
    if dialogue is None:
        return begin(context, feature, step, about="" if about is None else about)
    dialogue.step = step
    if about is not None:
        dialogue.about = str(about)
    return dialogue


def end(context: ContextTypes.DEFAULT_TYPE, feature: str | None = None) -> bool:
    """Stop waiting (only for `feature`, if one is named); True when something was awaited."""
    if current(context, feature) is None or context.user_data is None:
        return False
    del context.user_data[KEY]
    return True
