"""Import of a real-size MPSV register, its re-imports, and answers at that size.

usage: python bench/bench_registry.py [--work DIR] [--services 7000] [--facilities 19000] [--database URL]

1. bench/registry_generator.py writes the register (7,000 services, 19,000 facilities, ~90 MB)
   and the same register "a day later" (every 20th service with a new phone number, every
   21st with a new registered capacity).
2. `spojka kb import-registry` into a fresh database (SQLite file by default), each run a
   separate process: wall time and that process's peak RSS — first import, the same register
   again (nothing changes), the later register (a merge with changes).
3. bench/bench_ask.py's measuring process on that database: index build, p50/p99 per question
   over the evaluation questions (x3).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the child, and its output. One child at a time: RUSAGE_CHILDREN's
    maximum is then this child's (the largest so far, and each run is measured after the generators)."""
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, default=Path("/tmp/spojka-registry-bench"))
    parser.add_argument("--services", type=int, default=7000)
    parser.add_argument("--facilities", type=int, default=19000)
    parser.add_argument("--database", help="database URL (default: a fresh SQLite file in --work)")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    today, later = args.work / "rpss", args.work / "rpss-later"
    generator = [sys.executable, str(REPO / "bench" / "registry_generator.py")]
    size = ["--services", str(args.services), "--facilities", str(args.facilities)]
    subprocess.run([*generator, str(today), *size], check=True)
    subprocess.run([*generator, str(later), *size, "--changed-every", "20"], check=True)
    database = args.work / "registry.sqlite3"
    if args.database is None and database.exists():
        database.unlink()
    url = args.database or f"sqlite:///{database}"
    env = {**os.environ, "SPOJKA_DATABASE_URL": url, "SPOJKA_LOG_LEVEL": "WARNING"}
    spojka = str(Path(sys.executable).parent / "spojka")
    peaks = []
    for label, folder, day in (
        ("first import", today, "2026-11-28"),
        ("same register again", today, "2026-11-29"),
        ("a day later, with changes", later, "2026-11-30"),
    ):
        seconds, peak, out = timed([spojka, "kb", "import-registry", str(folder), "--as-of", day], env)
        peaks.append(peak)
        summary = next(line for line in out.splitlines() if line.startswith("Imported"))
        counts = summary.split(": ", 1)[1]
        print(
            f"{label}: {seconds:.1f} s, peak RSS {peak:.0f} MB (largest child so far) — {counts}", flush=True
        )
    if url.startswith("sqlite:///"):
        measured = subprocess.run(
            [
                sys.executable,
                str(REPO / "bench" / "bench_ask.py"),
                "--measure",
                url.removeprefix("sqlite:///"),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        engine = json.loads(measured.stdout.strip().splitlines()[-1])
        print(
            f"answers at {engine['services']:.0f} active services: index build "
            f"{engine['index_only_s']:.2f} s (with catalog load {engine['load_and_build_s']:.2f} s); "
            f"per question p50 {engine['p50_ms']:.2f} ms, "
            f"p99 {engine['p99_ms']:.2f} ms, max {engine['max_ms']:.2f} ms over {engine['questions']:.0f} "
            f"questions x3; peak RSS {engine['peak_rss_mb']:.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
