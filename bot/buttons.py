"""Buttons: the one place where a button's data is made and read back, and the one shape of a
keyboard. The core builds keyboards from these (no Telegram import); handlers/keyboards.py turns
them into Telegram markup, and the outbox stores them as JSON.

A button's data is an action and its parts joined by ":" ("k+:<capacity id>"). Telegram allows
1-64 bytes: `pack` refuses more, so a button that could not be sent is caught where it is made.
Every action is listed in ACTIONS with what it does, so a reader finds every button here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

MAX_DATA_BYTES = 64

ACTIONS: dict[str, str] = {
    # answers and cards (handlers/search.py, handlers/browse.py)
    "p": "next page of an answer: page number",
    "d": "drop what was understood of a kind from an answer: prisons, towns, needs, ...",
    "r": "read the question's town as its prison",
    "an": "an answer for the need picked when it was not understood: need code",
    "aw": "every service of the place, the need left open",
    "c": "a service's contacts: service id",
    "e": "a service's conditions: service id",
    "m": "more about a service: service id",
    "cc": "a service as a plain card for the client: service id",
    "v": "a prison's card: location id",
    "o": "an organisation's card: organisation id",
    "q": "client check: service id, answers so far",
    # following (handlers/follow.py)
    "s": "follow a service: service id",
    "u": "stop following: subscription id",
    "fp": "follow a prison: location id",
    "fr": "follow a need in a region: need code, region abbreviation",
    "fa": "add a followed need: start",
    "fn": "add a followed need: need code",
    "fs": "notification settings",
    "fm": "notification mode: immediate or digest",
    "fh": "digest time: minutes after midnight, or other",
    "fq": "quiet hours: from-until in minutes, or other",
    # providers (handlers/capacity.py, handlers/editing.py)
    "k": "a capacity's card: capacity id",
    "k+": "one more free place: capacity id",
    "k-": "one free place less: capacity id",
    "k0": "full: capacity id",
    "kn": "type the free places: capacity id",
    "kd": "full until a date: capacity id",
    "kc": "the data hold (capacity): capacity id",
    "kh": "history of a capacity: capacity id",
    "ed": "edit a service: service id",
    "ef": "edit a field: field number, service id",
    "ea": "the data hold (service): service id",
    "eh": "history of a service's edits: service id",
    # events (handlers/events.py)
    "evo": "open an event: event id",
    "evadd": "new event (e) or announcement (a)",
    "evy": "answer yes: event id",
    "evm": "answer maybe: event id",
    "evn": "answer no: event id",
    "evc": "the event as a calendar file: event id",
    "eva": "audience: r (region) or o (role) and its value, all, done",
    "evw": "the moment read is right (ok) or type again (again)",
    "evs": "send now: event id",
    "evp": "schedule: event id",
    "evd": "discard a draft: event id",
    "evr": "delivery report: event id",
    "evt": "change: field, event id",
    "evq": "message the attendees: event id",
    "evk": "cancel the event (asks): event id",
    "evK": "cancel the event (confirmed): event id",
    # handovers (handlers/handovers.py)
    "ho": "hand over to a service: service id",
    "hn": "a need of the handover: need code",
    "hx": "needs chosen: next step",
    "hc": "consent given",
    "hv": "a handover's card: handover id",
    "hm": "move a handover: status, handover id",
    "hd": "decline a handover (asks for a reason): handover id",
    "hr": "decline with a reason: reason, handover id",
    "hf": "feedback after release: answer, handover id",
    # release plans (handlers/plans.py)
    "pl": "a release plan from a prison card: location id (or nothing)",
    "pln": "plan draft: a need on or off: need code",
    "pla": "plan draft: a screening answer: question number, letter",
    "plb": "plan draft: build the plan",
    "plw": "plan draft: type again: release or town",
    "plo": "open a plan: plan id",
    "pls": "choose a service in a plan (again: not): plan id, need number, service id",
    "plh": "hand over to the chosen services, the client consents: plan id",
    "plk": "a case conference for a plan (asks when and where): plan id",
    "plt": "the plan as plain text for the client: plan id",
    "plz": "close a plan: plan id",
    # reminders, account, reports
    "rc": "cancel a reminder: reminder id",
    "ax": "erase the account: yes or no",
    "rq": "send requests to confirm data",
    # registration and profile (handlers/registration.py)
    "role": "registration: a role",
    "org": "registration: organisation id, or a choice",
    "reg": "registration: region number",
    "ok": "approve a request: user id",
    "no": "reject a request: user id",
    "prof": "profile: what to change",
    "lang": "profile: language",
    # people (handlers/people.py)
    "pp": "coordinators: s (suspend), r (reinstate) or x (remove), user id",
}


@dataclass(frozen=True)
class Button:
    """A button: data for the bot (`data`) or a link (`url`)."""

    label: str
    data: str = ""
    url: str = ""


Keyboard = list[list[Button]]


@dataclass(frozen=True)
class Tap:
    """A pressed button's data, read back: the action and its parts."""

    action: str
    parts: tuple[str, ...]

    def part(self, index: int, default: str = "") -> str:
        return self.parts[index] if index < len(self.parts) else default

    def __bool__(self) -> bool:
        return bool(self.action)

    @property
    def rest(self) -> str:
        """Everything after the action, as it was joined."""
        return ":".join(self.parts)


def pack(action: str, *parts: object) -> str:
    """The data of a button; ValueError for an unknown action or more than Telegram's 64 bytes."""
    if action not in ACTIONS:
        raise ValueError(f"unknown button action {action!r}")
    data = ":".join([action, *(str(part) for part in parts)])
    if len(data.encode("utf-8")) > MAX_DATA_BYTES:
        raise ValueError(f"button data over {MAX_DATA_BYTES} bytes: {data!r}")
    return data


NOTHING = Tap("", ())


def unpack(data: str | None) -> Tap:
    """A button's data read back; NOTHING (false) when it is not one of ours (old or forged)."""
    action, _, rest = (data or "").partition(":")
    if action not in ACTIONS:
        return NOTHING
    return Tap(action, tuple(rest.split(":")) if rest else ())


def pattern(*actions: str) -> re.Pattern[str]:
    """What a handler of these actions answers to (for PTB's CallbackQueryHandler)."""
    unknown = [action for action in actions if action not in ACTIONS]
    if unknown:
        raise ValueError(f"unknown button actions {unknown}")
    alternatives = "|".join(re.escape(action) for action in sorted(actions, key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})(?::|$)")


def as_json(keyboard: Keyboard) -> dict[str, Any] | None:
    """The keyboard as Telegram's reply_markup JSON (stored with outbox rows, and sent as it is:
    handlers/keyboards.py). The keys in PTB's order (its to_dict walks its slots alphabetically):
    handlers/common.py compares a pressed button's message, as PTB read it, with what is sent."""
    rows = [
        [
            {"text": b.label, "url": b.url} if b.url else {"callback_data": b.data, "text": b.label}
            for b in row
        ]
        for row in keyboard
        if row
    ]
    return {"inline_keyboard": rows} if rows else None


def from_json(markup: dict[str, Any] | None) -> Keyboard:
    """A keyboard stored with as_json, read back."""
    if not markup:
        return []
    return [
        [Button(b["text"], b.get("callback_data", ""), b.get("url", "")) for b in row]
        for row in markup.get("inline_keyboard", [])
    ]
