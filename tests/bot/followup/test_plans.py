"""A release plan: from one sentence to fitting services, handovers under one case code,
reminders around the release and a case conference for the providers only."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from bot.directory.services import service_details
from bot.events import lifecycle
from bot.followup import handovers, plans
from bot.models import table_of
from bot.network import account
from bot.network.permissions import Who
from bot.refusals import InvalidValue, NotAllowed
from bot.search.engine import AnswerEngine
from bot.search.index import SearchIndex
from bot.user_models import AppUser, Outbox, Reminder
from tests.conftest import PRAGUE
from tests.helpers import act

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TODAY = NOW.date()
SENTENCE = "klient jde 15. 3. z Heřmanic do Ostravy, potřebuje bydlení, práci a řešit dluhy, je po léčbě"


def who(engine: Engine, user_id: int) -> Who:
    user = table_of(AppUser).c
    with engine.connect() as connection:
        role, org = connection.execute(
            select(user.role, user.organization_id).where(user.id == user_id)
        ).one()
    return Who(user_id, role, True, org)


def index_of(engine: Engine) -> SearchIndex:
    return AnswerEngine(engine).index()


def join(engine: Engine, user_id: int, organization_id: str) -> None:
    """A provider's worker, approved, in that organisation."""
    with engine.begin() as connection:
        connection.execute(
            table_of(AppUser)
            .insert()
            .values(
                id=user_id,
                first_name="P",
                role="ngo",
                organization_id=organization_id,
                status="approved",
                created_at=NOW,
                updated_at=NOW,
            )
        )


def messages_to(engine: Engine, chat_id: int) -> list[str]:
    outbox = table_of(Outbox).c
    with engine.connect() as connection:
        return list(
            connection.execute(
                select(outbox.text).where(outbox.chat_id == chat_id).order_by(outbox.id)
            ).scalars()
        )


def new_plan(engine: Engine) -> plans.PlanView:
    draft = plans.read_sentence(SENTENCE, index_of(engine), today=TODAY)
    return act(engine, plans.create, who=who(engine, 10), draft=draft, now=NOW, zone=PRAGUE)


def choose(engine: Engine, curator: Who, plan: plans.PlanView, need: str, candidate: plans.Candidate) -> None:
    """The worker picks `candidate` for `need` in the plan."""
    act(engine, plans.choose, who=curator, plan_id=plan.id, need=need, service_id=candidate.service_id)


def first_fitting(
    engine: Engine, plan: plans.PlanView, need: str, avoid: set[str] | frozenset[str] = frozenset()
) -> plans.Candidate:
    found = act(
        engine,
        plans.options,
        index=index_of(engine),
        town=plan.town,
        region=plan.region,
        need=need,
        answers=plan.answers,
    )
    return next(c for c in found.candidates if c.verdict == "fits" and c.organization not in avoid)


# -- the sentence ------------------------------------------------------------------------------------
def test_one_sentence_gives_the_day_the_prison_the_town_the_needs_and_the_answers(
    sample_database: Engine,
) -> None:
    index = index_of(sample_database)
    draft = plans.read_sentence(SENTENCE, index, today=TODAY)
    assert draft.release_date == date(2027, 3, 15)
    assert index.catalog.prisons[draft.origin_prison_id].name == "Věznice Heřmanice"
    assert (draft.town, draft.region) == ("Ostrava", "Moravskoslezský kraj")
    assert draft.needs == ["housing", "employment", "debt"]
    answers = dict(zip(plans.QUESTIONS, draft.answers, strict=True))
    assert answers == {
        "gender": "m",
        "age": "-",
        "addiction": "n",  # after treatment: no active addiction
        "debts": "y",
        "valid_id": "-",
        "probation": "-",
    }
    assert draft.gaps == []


def test_what_the_sentence_leaves_out_is_asked_and_a_name_is_refused(sample_database: Engine) -> None:
    index = index_of(sample_database)
    draft = plans.read_sentence("klientka z Opavy, bez dokladů, 45 let", index, today=TODAY)
    assert draft.gaps == ["release", "town"]  # "z Opavy" is where she comes from
    assert draft.needs == ["documents"]  # no papers: a need of its own
    assert draft.answers == "fc--n-"
    with pytest.raises(InvalidValue) as named:
        plans.read_sentence("Jan Novák jde 15. 3. do Ostravy, bydlení", index, today=TODAY)
    assert named.value.reason == "plan.personal_data"
    # A town that reads like a first name and a surname is a town; a name like it is refused.
    to_vary = plans.read_sentence(
        "klient jde 15. 3. z Heřmanic do Karlových Varů, bydlení", index, today=TODAY
    )
    assert to_vary.town == "Karlovy Vary"
    to_sokolov = plans.read_sentence("klient jde 15. 3. z Heřmanic, cíl Sokolov, bydlení", index, today=TODAY)
    assert to_sokolov.town == "Sokolov"  # a town, though a surname too
    brandys = plans.read_sentence(
        "klient jde 15. 3., cíl Brandýs nad Labem-Stará Boleslav", index, today=TODAY
    )
    assert brandys.town == "Brandýs nad Labem-Stará Boleslav"
    with pytest.raises(InvalidValue):
        plans.read_sentence("Jan Sokolov jde 15. 3. do Brna, bydlení", index, today=TODAY)
    with pytest.raises(InvalidValue):
        plans.read_sentence("Petr Svoboda jde 15. 3. do Karlových Varů, bydlení", index, today=TODAY)
    # "do" marks the destination wherever it stands; "z" the origin
    assert plans.read_sentence("klient z Opavy jde do Brna, bydlení", index, today=TODAY).town == "Brno"
    # next to "vazební věznice" a town reads as a prison; after "cíl"/"do" it is the destination
    remand = plans.read_sentence(
        "z vazební věznice Hradec Králové, cíl Pardubice, doklady", index, today=TODAY
    )
    assert remand.town == "Pardubice"
    assert index.catalog.prisons[remand.origin_prison_id].name == "Vazební věznice Hradec Králové"
    assert plans.read_town("do Brna", index) == ("Brno", "Jihomoravský kraj")
    with pytest.raises(InvalidValue):
        plans.read_town("někam na venkov", index)


# -- the options for a need ----------------------------------------------------------------------------
def test_each_service_is_marked_by_the_clients_answers_nearest_first(sample_database: Engine) -> None:
    index = index_of(sample_database)

    def housing_for(answers: str) -> plans.NeedOptions:
        return act(
            sample_database,
            plans.options,
            index=index,
            town="Ostrava",
            region="Moravskoslezský kraj",
            need="housing",
            answers=answers,
        )

    fits = housing_for("m-ny--")  # the sentence's answers: the shelter in Ostrava fits
    assert [(c.name, c.verdict, c.kilometres) for c in fits.candidates] == [
        ("Azylový dům Most naděje Ostrava", "fits", 0),
        ("Krizová pomoc po propuštění", "fits", 30),  # the nearest further one, for a choice
    ]
    assert fits.local_fit
    line = plans.candidate_line(fits.candidates[0], "cs", today=TODAY)
    assert line.startswith("✅ Azylový dům Most naděje Ostrava · Ostrava · volná místa: 3 (20. 11. 2026)")

    no_id = housing_for("m-nyn-")  # without a valid ID it does not, and says why
    shelter = no_id.candidates[0]
    assert (shelter.name, shelter.verdict) == ("Azylový dům Most naděje Ostrava", "no")
    assert "nevyhoví: vyžaduje platný doklad totožnosti" in plans.candidate_line(shelter, "cs", today=TODAY)
    nearer, farther = [c for c in no_id.candidates if c.verdict == "fits"][:2]
    assert nearer.town == "Opava" and 20 < (nearer.kilometres or 0) <= (farther.kilometres or 0)
    assert not no_id.local_fit and no_id.in_region

    woman = housing_for("f-nnyn")  # a men's shelter is no place for her
    assert woman.candidates[0].reasons == (("only_men", {}),)


def test_nothing_in_the_region_is_said_and_the_nearest_elsewhere_offered(sample_database: Engine) -> None:
    debt = act(
        sample_database,
        plans.options,
        index=index_of(sample_database),
        town="Ostrava",
        region="Moravskoslezský kraj",
        need="debt",
        answers="m-ny--",
    )
    assert not debt.local_fit and not debt.in_region
    assert [(c.town, c.kilometres) for c in debt.candidates][:2] == [("Brno", 141), ("Praha", 278)]
    assert debt.candidates[-1].town == "" and debt.candidates[-1].name == "Dluhová linka po telefonu"
    assert "celostátně" in plans.candidate_line(debt.candidates[-1], "cs", today=TODAY)


# -- the plan ---------------------------------------------------------------------------------------------
def test_three_handovers_under_one_code_each_provider_sees_its_own(network: Engine) -> None:
    plan = new_plan(network)
    chosen: dict[str, plans.Candidate] = {}
    for need in ("employment", "housing", "debt"):  # three services of three organisations
        chosen[need] = first_fitting(network, plan, need, {c.organization for c in chosen.values()})
    organizations = {c.organization for c in chosen.values()}
    assert len(organizations) == 3
    details = act(network, service_details, service_ids=[c.service_id for c in chosen.values()])
    members = {}
    for user_id, candidate in zip((61, 62, 63), chosen.values(), strict=True):
        org = details[candidate.service_id].organization_id
        if org != who(network, 20).organization_id:
            join(network, user_id, org)
            members[candidate.service_id] = user_id
        else:
            members[candidate.service_id] = 20
    curator = who(network, 10)
    for need, candidate in chosen.items():
        plan = act(
            network, plans.choose, who=curator, plan_id=plan.id, need=need, service_id=candidate.service_id
        )
    made = act(network, plans.hand_over, who=curator, plan_id=plan.id, now=NOW, zone=PRAGUE)
    assert len(made) == 3 and {h.code for h in made} == {plan.code}
    for handover in made:
        member = members[handover.service_id]
        (incoming,) = [m for m in messages_to(network, member) if m.startswith("📥")]
        assert f"<b>{plan.code}</b> → {handover.service_name}" in incoming
        seen = act(network, handovers.open_handovers, who=who(network, member))
        assert [h.service_id for h in seen] == [handover.service_id]  # its own, not the others'
        assert act(network, handovers.by_code, who=who(network, member), code=plan.code).id == handover.id
    assert messages_to(network, 30) == []  # Kotva was not chosen
    again = act(network, plans.get, who=curator, plan_id=plan.id)
    assert [i.handover_status for i in again.items] == ["sent", "sent", "sent"]
    with pytest.raises(InvalidValue):
        act(network, plans.hand_over, who=curator, plan_id=plan.id, now=NOW, zone=PRAGUE)  # nothing new


def test_what_nothing_in_the_region_fits_is_counted_for_coverage(network: Engine) -> None:
    plan = new_plan(network)
    act(network, plans.choose_first_fitting, who=who(network, 10), plan_id=plan.id, index=index_of(network))
    act(network, plans.choose_first_fitting, who=who(network, 10), plan_id=plan.id, index=index_of(network))
    found = act(network, plans.gaps_by_region, since=NOW - timedelta(days=1))
    assert found == [("Moravskoslezský kraj", "debt", 1)]  # counted once per plan
    assert act(network, plans.gaps_by_region, since=NOW + timedelta(days=1)) == []


def test_the_worker_is_reminded_30_and_7_days_before_and_on_the_day_once(network: Engine) -> None:
    plan = new_plan(network)
    curator = who(network, 10)
    candidate = first_fitting(network, plan, "employment")
    choose(network, curator, plan, "employment", candidate)
    act(network, plans.hand_over, who=curator, plan_id=plan.id, now=NOW, zone=PRAGUE)
    reminder = table_of(Reminder).c
    with network.connect() as connection:
        mine = connection.execute(
            select(reminder.due_at, reminder.text).where(reminder.user_id == 10).order_by(reminder.due_at)
        ).all()
    days = [(date(2027, 3, 15) - due.replace(tzinfo=UTC).astimezone(PRAGUE).date()).days for due, _ in mine]
    assert days == [30, 7, 0]  # not once more per handover
    assert mine[0][1].startswith(f"🗓 Plán {plan.code}: propuštění za 30 dní (15. 3. 2027), cíl: Ostrava")
    act(network, plans.close, who=curator, plan_id=plan.id, now=NOW)
    with network.connect() as connection:
        statuses = connection.execute(select(reminder.status).where(reminder.user_id == 10)).scalars().all()
    assert set(statuses) == {"cancelled"}
    assert act(network, plans.plans_of, who=curator) == []


def test_a_service_chosen_for_a_second_need_later_keeps_its_one_handover(network: Engine) -> None:
    plan = new_plan(network)
    curator = who(network, 10)
    employment = first_fitting(network, plan, "employment")
    choose(network, curator, plan, "employment", employment)
    (handover,) = act(network, plans.hand_over, who=curator, plan_id=plan.id, now=NOW, zone=PRAGUE)
    act(network, plans.choose, who=curator, plan_id=plan.id, need="debt", service_id=employment.service_id)
    assert act(network, plans.hand_over, who=curator, plan_id=plan.id, now=NOW, zone=PRAGUE) == []
    items = act(network, plans.get, who=curator, plan_id=plan.id).items
    assert [(i.need, i.handover_id) for i in items] == [("employment", handover.id), ("debt", handover.id)]
    assert len([m for m in messages_to(network, 20) if m.startswith("📥")]) == 1


def test_a_case_conference_reaches_the_chosen_providers_only(network: Engine) -> None:
    plan = new_plan(network)
    curator = who(network, 10)
    employment = first_fitting(network, plan, "employment")  # Most naděje: members 20 and 21
    choose(network, curator, plan, "employment", employment)
    with pytest.raises(InvalidValue):  # nobody to invite before a handover
        act(
            network,
            plans.conference,
            who=curator,
            plan_id=plan.id,
            starts_at=NOW + timedelta(days=7),
            place="",
            link="",
            now=NOW,
        )
    act(network, plans.hand_over, who=curator, plan_id=plan.id, now=NOW, zone=PRAGUE)
    invited = act(
        network,
        plans.conference,
        who=curator,
        plan_id=plan.id,
        starts_at=NOW + timedelta(days=7),
        place="",
        link="https://meet.example.org/abc",
        now=NOW,
        zone=PRAGUE,
    )
    assert invited == 3  # two shelter workers and the curator
    for user_id in (20, 21):
        assert any(f"Případová konference {plan.code}" in m for m in messages_to(network, user_id))
        (event,) = act(network, lifecycle.upcoming, user_id=user_id, now=NOW)
        assert event.title == f"Případová konference {plan.code}"
    for user_id in (30, 40, 50):  # another organisation, a coordinator, prison staff
        assert not any("konference" in m for m in messages_to(network, user_id))
        assert act(network, lifecycle.upcoming, user_id=user_id, now=NOW) == []
    with pytest.raises(NotAllowed):
        act(network, lifecycle.answer, who=who(network, 30), event_id=event.id, reply="yes", now=NOW)
    assert (
        act(network, lifecycle.answer, who=who(network, 20), event_id=event.id, reply="yes", now=NOW)["yes"]
        == 1
    )


def test_a_declined_handover_brings_the_next_fitting_service(network: Engine) -> None:
    plan = new_plan(network)
    curator = who(network, 10)
    first = first_fitting(network, plan, "housing")
    act(network, plans.choose, who=curator, plan_id=plan.id, need="housing", service_id=first.service_id)
    (handover,) = act(network, plans.hand_over, who=curator, plan_id=plan.id, now=NOW, zone=PRAGUE)
    details = act(network, service_details, service_ids=[first.service_id])[first.service_id]
    join(network, 64, details.organization_id)
    act(
        network,
        handovers.move,
        who=who(network, 64),
        handover_id=handover.id,
        status="declined",
        reason="no_capacity",
        now=NOW,
    )
    plan = act(network, plans.get, who=curator, plan_id=plan.id)
    assert [i.service_id for i in plan.declined()] == [first.service_id]
    tried = [i.service_id for i in plan.chosen("housing")]
    following = act(
        network,
        plans.options,
        index=index_of(network),
        town=plan.town,
        region=plan.region,
        need="housing",
        answers=plan.answers,
        exclude=tried,
    )
    offered = [c for c in following.candidates if c.verdict == "fits"]
    assert offered and first.service_id not in [c.service_id for c in offered]
    act(network, plans.choose, who=curator, plan_id=plan.id, need="housing", service_id=offered[0].service_id)
    (second,) = act(network, plans.hand_over, who=curator, plan_id=plan.id, now=NOW, zone=PRAGUE)
    assert second.code == plan.code and second.service_id == offered[0].service_id


def test_the_plan_for_the_client_has_addresses_and_phones_but_no_staff_contacts(network: Engine) -> None:
    plan = new_plan(network)
    curator = who(network, 10)
    employment = first_fitting(network, plan, "employment")
    choose(network, curator, plan, "employment", employment)
    names = {"employment": "Práce"}
    body = act(network, plans.client_text, who=curator, plan_id=plan.id, language="cs", needs=names)
    details = act(network, service_details, service_ids=[employment.service_id])[employment.service_id]
    assert body.startswith(f"Plán po propuštění ({plan.code})\nPropuštění: 15. 3. 2027, cíl: Ostrava")
    assert f"Práce: {details.name} ({details.organization})" in body
    assert "Ostrava" in body.split(details.name)[1]  # the address
    assert details.phones and all(phone in body for phone in details.phones)
    for person in details.people:
        assert person.name not in body
        assert not any(phone in body for phone in person.phones)
    assert "<" not in body  # plain text: it goes into the client's file


def test_a_plan_is_the_workers_alone_and_goes_with_their_account(network: Engine) -> None:
    plan = new_plan(network)
    for user_id in (20, 40, 50):  # a provider, a coordinator, other prison staff
        with pytest.raises(NotAllowed):
            act(network, plans.get, who=who(network, user_id), plan_id=plan.id)
    with pytest.raises(NotAllowed):  # providers do not make plans
        act(network, plans.create, who=who(network, 20), draft=plans.Draft(town="Ostrava", needs=["housing"]))
    employment = first_fitting(network, plan, "employment")
    curator = who(network, 10)
    choose(network, curator, plan, "employment", employment)
    exported = json.loads(act(network, account.export, user_id=10))
    assert exported["release_plans"][0]["code"] == plan.code
    assert [s["service_id"] for s in exported["release_plan_services"]] == [employment.service_id]
    assert "Heřmanic" not in json.dumps(exported)  # only the prison's id, no sentence kept
    act(network, account.erase, user_id=10)
    with pytest.raises(LookupError):
        act(network, plans.get, who=who(network, 40), plan_id=plan.id)


def test_closed_plans_lose_the_worker_and_the_answers_after_the_retention(network: Engine) -> None:
    plan = new_plan(network)
    act(network, plans.close, who=who(network, 10), plan_id=plan.id, now=NOW)
    assert plans.anonymise_closed(network, now=NOW + timedelta(days=364)) == 0
    assert plans.anonymise_closed(network, now=NOW + timedelta(days=366)) == 1
    with pytest.raises(NotAllowed):
        act(network, plans.get, who=who(network, 10), plan_id=plan.id)


def test_a_case_conference_is_typed_as_when_then_place_and_link() -> None:
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    starts_at, place, link = plans.read_conference(
        "3. 12. v 10:00 Ostrava, Úřad městského obvodu https://meet.example/k-7qx3", now=now, zone=PRAGUE
    )
    assert starts_at == datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # 10:00 in Prague
    assert (place, link) == ("Ostrava, Úřad městského obvodu", "https://meet.example/k-7qx3")
    with pytest.raises(InvalidValue) as refused:
        plans.read_conference("3. 12. v 10:00 u Jana Nováka doma", now=now, zone=PRAGUE)
    assert refused.value.reason == "plan.personal_data" and refused.value.findings
    # an office's street address is where providers meet, not a client's home
    assert plans.read_conference("3. 12. v 10:00 Ostrava, Sokolská 1", now=now, zone=PRAGUE)[1] == (
        "Ostrava, Sokolská 1"
    )
