"""Answer speed and memory at 1k, 20k and 100k services, beside the FTS5 baseline.

usage: python bench/bench_ask.py [--sizes 1000,20000,100000] [--work DIR] [--baseline PATH]

For each size: generate a synthetic knowledge base (bench/synthetic_kb.py), import it into a
SQLite file with `spojka kb import` (a separate process: the import's memory is not the
engine's), then in a fresh process load the catalog, build the index and answer every evaluation
question (tests/eval/questions.py, questions_chat.py, questions_chat2.py, questions_chat3.py,
questions_chat4.py,
../shared/eval/questions_dev.py and questions_dev2.py: short keyword questions and chat-style
sentences) three times, timing each answer. Prints index build seconds, p50/p99 milliseconds per
question, and the measuring process's peak RSS. The baseline (../shared/eval/baseline_fts.py)
answers the same questions from the same package in process; its build time and median are
printed beside.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_EVAL = REPO.parent / "shared" / "eval"


def questions() -> list[str]:
    sys.path.insert(0, str(REPO))
    from tests.eval.questions import Q
    from tests.eval.questions_chat import Q as CHAT
    from tests.eval.questions_chat2 import Q as CHAT2
    from tests.eval.questions_chat3 import Q as CHAT3
    from tests.eval.questions_chat4 import Q as CHAT4

    found = [q for q, _ in [*Q, *CHAT, *CHAT2, *CHAT3, *CHAT4]]
    for name in ("questions_dev", "questions_dev2"):
        dev = SHARED_EVAL / f"{name}.py"
        if not dev.exists():
            continue
        sys.path.insert(0, str(SHARED_EVAL))
        spec = importlib.util.spec_from_file_location(name, dev)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found += [q for q, _ in module.Q]
    found.append("x" * 10_000)  # the longest input anyone can paste
    return found


def measure_engine(database: Path) -> dict[str, float]:
    """Runs in its own process: load + build + answer, then report."""
    sys.path.insert(0, str(REPO))  # this checkout's engine, not the one installed in the venv
    from bot.database import create_db_engine
    from bot.search.engine import AnswerEngine

    engine = create_db_engine(f"sqlite:///{database}")
    answers = AnswerEngine(engine)
    started = time.perf_counter()
    index = answers.index()
    build = time.perf_counter() - started
    asked = questions()
    timings: list[float] = []
    for _ in range(3):
        for question in asked:
            begin = time.perf_counter()
            answers.ask(question)
            timings.append((time.perf_counter() - begin) * 1000)
    timings.sort()
    return {
        "services": index.catalog.size,
        "load_and_build_s": build,
        "index_only_s": index.build_seconds,
        "p50_ms": statistics.median(timings),
        "p99_ms": timings[int(len(timings) * 0.99) - 1],
        "max_ms": timings[-1],
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "questions": len(asked),
    }


def measure_baseline(kb: Path, baseline: Path) -> dict[str, float]:
    spec = importlib.util.spec_from_file_location("baseline_fts", baseline)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    started = time.perf_counter()
    db = module.build(module.load(kb))
    build = time.perf_counter() - started
    timings: list[float] = []
    for _ in range(3):
        for question in questions():
            begin = time.perf_counter()
            module.ask(db, question)
            timings.append((time.perf_counter() - begin) * 1000)
    timings.sort()
    return {
        "build_s": build,
        "p50_ms": statistics.median(timings),
        "p99_ms": timings[int(len(timings) * 0.99) - 1],
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,20000,100000")
    parser.add_argument("--work", type=Path, default=Path("/tmp/spojka-bench"))
    parser.add_argument("--baseline", type=Path, default=SHARED_EVAL / "baseline_fts.py")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_engine(args.measure)))
        return 0
    args.work.mkdir(parents=True, exist_ok=True)
    spojka = str(Path(sys.executable).parent / "spojka")
    for size in (int(s) for s in args.sizes.split(",")):
        kb = args.work / f"kb{size}"
        database = args.work / f"kb{size}.sqlite3"
        if not (kb / "datapackage.json").exists():
            subprocess.run(
                [sys.executable, str(REPO / "bench" / "synthetic_kb.py"), str(size), str(kb)], check=True
            )
        if not database.exists():
            env = {
                **os.environ,
                "SPOJKA_DATABASE_URL": f"sqlite:///{database}",
                "SPOJKA_LOG_LEVEL": "WARNING",
            }
            subprocess.run(
                [spojka, "kb", "import", str(kb), "--replace"], check=True, env=env, stdout=subprocess.DEVNULL
            )
        measured = subprocess.run(
            [sys.executable, __file__, "--measure", str(database)], check=True, capture_output=True, text=True
        )
        engine = json.loads(measured.stdout.strip().splitlines()[-1])
        line = (
            f"{size:>7} services: index build {engine['index_only_s']:.2f} s (with catalog load "
            f"{engine['load_and_build_s']:.2f} s); per question p50 {engine['p50_ms']:.2f} ms, "
            f"p99 {engine['p99_ms']:.2f} ms, max {engine['max_ms']:.2f} ms over {engine['questions']} "
            f"questions x3; peak RSS {engine['peak_rss_mb']:.0f} MB"
        )
        print(line, flush=True)
        if args.baseline.exists():
            base = measure_baseline(kb, args.baseline)
            print(
                f"{'':>7}   FTS5 baseline: build {base['build_s']:.2f} s; p50 {base['p50_ms']:.2f} ms, "
                f"p99 {base['p99_ms']:.2f} ms; "
                f"Spojka p99 / FTS5 median = {engine['p99_ms'] / base['p50_ms']:.1f}x",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
