"""Events are seen and answered only by the people they were for; their texts hold no one's data."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.events import lifecycle as events
from bot.network import registration
from bot.network.permissions import Who
from bot.refusals import InvalidValue, NotAllowed
from tests.bot.events.test_lifecycle import COORDINATOR, NOW, START, network, queued, round_table
from tests.conftest import PRAGUE
from tests.helpers import act

__all__ = ["network"]  # the fixture, shared


def test_a_draft_is_nobody_elses_business(network: Engine) -> None:
    draft = round_table(network)
    with pytest.raises(NotAllowed):
        act(network, events.visible, who=Who(1, "curator", True), event_id=draft.id)  # its .ics, its card
    assert act(network, events.visible, who=COORDINATOR, event_id=draft.id).id == draft.id


def test_only_the_audience_opens_and_answers_a_sent_event(network: Engine) -> None:
    event = round_table(network, regions=["Ústecký kraj"], roles=["curator"])
    act(network, events.send, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW)

    assert act(network, events.visible, who=Who(1), event_id=event.id).place == "Magistrát Ústí, zasedačka 3"
    for outsider in (2, 3, 4, 999):  # another role, another region, not approved, not registered
        with pytest.raises(NotAllowed):
            act(network, events.visible, who=Who(outsider), event_id=event.id)
        with pytest.raises(NotAllowed):
            act(network, events.answer, who=Who(outsider), event_id=event.id, reply="yes", now=NOW)
    assert act(network, events.answer, who=Who(1), event_id=event.id, reply="yes", now=NOW) == {"yes": 1}


def test_messages_to_attendees_reach_only_people_who_were_in_the_audience(network: Engine) -> None:
    event = round_table(network, roles=["curator"])
    act(network, events.send, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW)
    act(network, events.answer, who=Who(1), event_id=event.id, reply="yes", now=NOW)
    act(network, events.answer, who=Who(3), event_id=event.id, reply="maybe", now=NOW)
    # person 3 is suspended after answering: no longer approved, no longer told anything
    act(network, registration.suspend, user_id=3, by=900)

    told = act(
        network, events.message_attendees, who=COORDINATOR, event_id=event.id, message="Parkujte za budovou."
    )

    assert told == 1 and set(queued(network, f"event:{event.id}:message")) == {1}


@pytest.mark.parametrize(
    "field",
    ["title", "place", "description"],
)
def test_an_events_texts_name_nobody(field: str) -> None:
    typed = "Přednáší klient Jan Novák, nar. 3. 5. 1985"
    clean = {
        "title": events.clean_title,
        "place": events.clean_place,
        "description": events.clean_description,
    }
    with pytest.raises(InvalidValue) as refused:
        clean[field](typed)
    assert refused.value.reason == "privacy.refused"
    # an organisation's own address is fine in a place
    assert events.clean_place("Kotva, Nádražní 12, Ostrava") == ("Kotva, Nádražní 12, Ostrava", "")


def test_a_change_and_a_message_to_attendees_name_nobody(network: Engine) -> None:
    event = round_table(network)
    act(network, events.send, who=COORDINATOR, event_id=event.id, zone=PRAGUE, now=NOW)
    with pytest.raises(InvalidValue):
        act(
            network,
            events.change,
            who=COORDINATOR,
            event_id=event.id,
            zone=PRAGUE,
            now=NOW,
            description="Host: Jana Nováková",
        )
    with pytest.raises(InvalidValue):
        act(
            network,
            events.message_attendees,
            who=COORDINATOR,
            event_id=event.id,
            message="Odvoz zajistí p. Dvořák, 777 123 456",
        )
    assert act(network, events.get, event_id=event.id).description == "Program: <kapacity> & spolupráce"
    assert START > NOW
