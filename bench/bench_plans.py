"""Release plans over the real-size register: from one sentence to the plan's page, and the handovers.

usage: python bench/bench_plans.py [--work DIR] [--services 7000] [--facilities 19000] [--plans 100]

1. bench/registry_generator.py writes the register (7,000 services, 19,000 facilities); a fresh
   SQLite file gets the sample knowledge base (the prisons, the vocabulary's needs) and then the
   register, each by the `spojka` command in its own process.
2. In this process: the answer index is built once (as the bot does at start), then for
   `--plans` sentences ("klient jde za 3 týdny z věznice X, cíl <town>, potřebuje <3 needs>")
   over the register's real towns, each the way the bot does it: read the sentence; in one
   unit of work create the plan and choose the first fitting service per need; in another read
   the plan's state (options per need, eligibility checked, nearest first) and render its page.
   Then the chosen services are handed over (one unit of work: handovers, the providers'
   messages). Wall time per plan: p50, p95, max. Goal: a plan within 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import func, select  # noqa: E402

from bot.database import create_db_engine, unit_of_work  # noqa: E402
from bot.directory.services import need_names  # noqa: E402
from bot.followup import plans  # noqa: E402
from bot.followup.plan_pages import plan_page  # noqa: E402
from bot.models import Service, table_of  # noqa: E402
from bot.network.permissions import Who  # noqa: E402
from bot.search.engine import AnswerEngine  # noqa: E402
from bot.text.czech import fold  # noqa: E402
from bot.user_models import AppUser  # noqa: E402

ZONE = ZoneInfo("Europe/Prague")
NEED_WORDS = {
    "housing": "bydlení",
    "employment": "práci",
    "debt": "řešit dluhy",
    "addiction": "léčbu závislosti",
    "documents": "doklady",
    "benefits": "dávky",
    "health": "lékaře",
}
ANSWERS = ("je po léčbě", "bez dokladů", "je pod dohledem PMS", "klientka, 25 let", "")


def prepare(work: Path, services: int, facilities: int) -> str:
    register = work / "rpss"
    if not (register / "rpss.json").exists():
        subprocess.run(
            [
                sys.executable,
                str(REPO / "bench" / "registry_generator.py"),
                str(register),
                "--services",
                str(services),
                "--facilities",
                str(facilities),
            ],
            check=True,
        )
    database = work / "plans.sqlite3"
    if database.exists():
        database.unlink()
    url = f"sqlite:///{database}"
    env = {**os.environ, "SPOJKA_DATABASE_URL": url, "SPOJKA_LOG_LEVEL": "WARNING"}
    spojka = str(Path(sys.executable).parent / "spojka")
    subprocess.run([spojka, "kb", "import", str(REPO / "knowledge" / "sample")], env=env, check=True)
    started = time.perf_counter()
    subprocess.run(
        [spojka, "kb", "import-registry", str(register), "--as-of", "2026-11-28"], env=env, check=True
    )
    print(f"register imported in {time.perf_counter() - started:.1f} s", flush=True)
    return url


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, default=Path("/tmp/spojka-plans-bench"))
    parser.add_argument("--services", type=int, default=7000)
    parser.add_argument("--facilities", type=int, default=19000)
    parser.add_argument("--plans", type=int, default=100)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(prepare(args.work, args.services, args.facilities))
    answers = AnswerEngine(engine)
    started = time.perf_counter()
    index = answers.index()
    build = time.perf_counter() - started
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(
            table_of(AppUser)
            .insert()
            .values(id=1, first_name="B", role="curator", status="approved", created_at=now, updated_at=now)
        )
    with engine.connect() as connection:
        service = table_of(Service).c
        active = connection.execute(select(func.count()).where(service.status == "active")).scalar_one()
    who = Who(1, "curator", True, None)
    rng = random.Random(args.seed)
    towns = sorted({t for t in index.catalog.towns.values() if plans.gazetteer().get(fold(t))})
    prisons = sorted(p.name for p in index.catalog.prisons.values())
    timings, handing, offered = [], [], []
    for _ in range(args.plans):
        town = rng.choice(towns)
        needs = rng.sample(sorted(NEED_WORDS), 3)
        sentence = (
            f"klient jde za 3 týdny z {rng.choice(prisons)}, cíl {town}, potřebuje "
            f"{', '.join(NEED_WORDS[n] for n in needs)}, {rng.choice(ANSWERS)}"
        )
        started = time.perf_counter()
        draft = plans.read_sentence(sentence, index, today=now.astimezone(ZONE).date())
        if draft.gaps:  # the bot would ask for what is missing; counted and shown, not timed
            offered.append(-1)
            print(f"  not read at once ({', '.join(draft.gaps)}): {sentence}")
            continue
        with unit_of_work(engine) as session:
            plan = plans.create(session=session, who=who, draft=draft, zone=ZONE)
            plans.choose_first_fitting(session=session, who=who, plan_id=plan.id, index=index)
        with unit_of_work(engine) as session:
            plan, states = plans.state(session=session, who=who, plan_id=plan.id, index=index)
            names = need_names(session=session)
        page, _ = plan_page(plan, states, index, names, "cs", today=now.date(), stale_days=answers.stale_days)
        timings.append(time.perf_counter() - started)
        offered.append(sum(len(s.options.candidates) for s in states))
        started = time.perf_counter()
        if plan.items:
            with unit_of_work(engine) as session:
                plans.hand_over(session=session, who=who, plan_id=plan.id, zone=ZONE)
            handing.append(time.perf_counter() - started)
    timings.sort()
    handing.sort()
    built = [o for o in offered if o >= 0]

    def p(values: list[float], share: float) -> float:
        return values[min(len(values) - 1, int(share * len(values)))] * 1000

    print(
        f"{active} active services; index build {build:.2f} s; {len(timings)} plans of 3 needs "
        f"({len(offered) - len(built)} sentences left gaps, listed above), "
        f"{statistics.mean(built):.1f} services offered per plan"
    )
    print(
        f"sentence -> plan -> page: p50 {p(timings, 0.5):.0f} ms, p95 {p(timings, 0.95):.0f} ms, "
        f"max {timings[-1] * 1000:.0f} ms"
    )
    if handing:
        print(
            f"hand over to the chosen ({len(handing)} plans): p50 {p(handing, 0.5):.0f} ms, "
            f"p95 {p(handing, 0.95):.0f} ms, max {handing[-1] * 1000:.0f} ms"
        )
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
