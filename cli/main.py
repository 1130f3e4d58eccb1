"""The `spojka` command line: knowledge base, database, ask, chat and run."""

from __future__ import annotations

import argparse
import io
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from bot import __version__, clock
from bot.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.following.notifications import Routed

_Report = TypeVar("_Report")

Handler = Callable[[argparse.Namespace, Settings], int]


def _write(text: str = "", stream: TextIO | None = None) -> None:
    (stream or sys.stdout).write(text + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spojka",
        description="Spojka: a Telegram assistant for the people who work around Czech prisons.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    kb = commands.add_parser(
        "kb",
        help="knowledge base: validate, import, export, stats",
        description="Work with the HSDS 3.1 knowledge base (see docs/knowledge-base.md).",
    )
    kb_commands = kb.add_subparsers(dest="kb_command", metavar="ACTION", required=True)
    validate = kb_commands.add_parser(
        "validate",
        help="check a package without importing it",
        description="Check a datapackage folder, .zip or HSDS JSON file and "
        "list every problem with file, line and column.",
    )
    validate.add_argument("path", type=Path, help="datapackage folder, .zip, or .json file")
    validate.set_defaults(handler=_kb_validate)
    importing = kb_commands.add_parser(
        "import",
        help="import a package (all or nothing)",
        description="Validate and import a package in one transaction: on any "
        "error the database is left unchanged.",
    )
    importing.add_argument("path", type=Path, help="datapackage folder, .zip, or .json file")
    importing.add_argument(
        "--replace", action="store_true", help="replace the whole knowledge base instead of adding to it"
    )
    importing.set_defaults(handler=_kb_import)
    export = kb_commands.add_parser(
        "export",
        help="write the knowledge base as a tabular datapackage",
        description="Write datapackage.json and one CSV per HSDS table into DIR.",
    )
    export.add_argument("directory", type=Path, help="output folder (created if missing)")
    export.set_defaults(handler=_kb_export)
    registry = kb_commands.add_parser(
        "import-registry",
        help="import or refresh the MPSV register of social services (a merge)",
        description="Merge the MPSV register of social services (rpss.json and its code lists from "
        "data.mpsv.cz, in a folder or a zip) into the knowledge base: new services are added, changed ones "
        "updated, ended ones made inactive; what users added in the bot is kept. All or nothing. "
        "See docs/knowledge-base.md.",
    )
    registry.add_argument("path", type=Path, help="folder or .zip with rpss.json and the code lists")
    registry.add_argument(
        "--as-of",
        type=_day,
        metavar="YYYY-MM-DD",
        help="the date of the register's data ('stav k'); default: the date rpss.json was written",
    )
    registry.add_argument(
        "--changes",
        action="store_true",
        help="list every new, updated and ended service, not just the counts",
    )
    registry.add_argument(
        "--check", action="store_true", help="only read and check the register; the database is not opened"
    )
    registry.set_defaults(handler=_kb_import_registry)
    registry_log = kb_commands.add_parser(
        "registry-log",
        help="what each import of the MPSV register changed",
        description="Without ID: the latest imports of the register with their counts. With ID: every "
        "service that import added, updated or ended, and which parts of it changed.",
    )
    registry_log.add_argument(
        "id", nargs="?", type=int, help="the import's number (as the import printed it)"
    )
    registry_log.set_defaults(handler=_kb_registry_log)
    stats = kb_commands.add_parser("stats", help="what the knowledge base holds")
    stats.set_defaults(handler=_kb_stats)

    db = commands.add_parser("db", help="database schema: upgrade, status")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_commands.add_parser("upgrade", help="apply the Alembic migrations up to the newest schema")
    upgrade.set_defaults(handler=_db_upgrade)
    status = db_commands.add_parser("status", help="show the schema revision of the database")
    status.set_defaults(handler=_db_status)

    version = commands.add_parser("version", help="print Spojka's version")
    version.set_defaults(handler=_version)

    ask = commands.add_parser(
        "ask",
        help="answer questions from the knowledge base",
        description="Answer a question (or, without one, every line of standard input) the way the bot "
        "would. See ../shared/spec/ask.md for the --json contract.",
    )
    ask.add_argument("question", nargs="*", help="the question; omit it to read one question per line")
    ask.add_argument(
        "--kb", type=Path, help="answer from this package (loaded into memory; the database is untouched)"
    )
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("--limit", type=_limit, default=10, help="how many results at most (default 10)")
    ask.set_defaults(handler=_ask)

    chat = commands.add_parser(
        "chat",
        help="chat with the bot in the terminal (offline, no Telegram token needed)",
        description="Start the offline Bot API server and the real bot against it, on the configured "
        "database (the embedded sample by default), and chat in the terminal. A number presses a button, "
        "@question is an inline query, /konec ends. Reads a script from standard input when piped.",
    )
    chat.set_defaults(handler=_chat)
    run = commands.add_parser(
        "run",
        help="run the Telegram bot (long polling)",
        description="Run the bot with SPOJKA_TELEGRAM_TOKEN against SPOJKA_BOT_API_BASE_URL (long polling).",
    )
    run.add_argument("--webhook", metavar="URL", help="receive updates at this https URL instead of polling")
    run.add_argument(
        "--listen", default="127.0.0.1", help="address the webhook server binds (default 127.0.0.1)"
    )
    run.add_argument("--port", type=int, default=8443, help="port of the webhook server (default 8443)")
    run.set_defaults(handler=_run)
    report = commands.add_parser(
        "report",
        help="coordinators' reports as PNG and CSV files: coverage, quality, usage",
        description="coverage: prisons x needs and regions x needs (heatmaps + CSV); quality: freshness and "
        "completeness per organisation (CSV); usage: questions per week, questions without results, users, "
        "handovers (chart + CSV). The bot's /pokryti, /kvalita and /statistiky send the same files.",
    )
    report.add_argument("kind", choices=("coverage", "quality", "usage"))
    report.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder to write the files to")
    report.add_argument("--region", help="coverage: only the prisons of this region (e.g. 'Ústecký kraj')")
    report.set_defaults(handler=_report)
    return parser


def _report(args: argparse.Namespace, settings: Settings) -> int:
    from bot.database import unit_of_work
    from bot.reports import files, quality, usage
    from bot.search.engine import AnswerEngine
    from bot.search.understanding import region_in

    language = settings.default_language
    with _database(settings) as engine:
        if engine is None:
            return 1
        index = AnswerEngine(engine, stale_days=settings.capacity_stale_days).index()
        region = region_in(args.region, index) if args.region else None  # "usti", "ustecky", "ULK"
        if args.region and region is None:
            _write(
                f"Unknown region {args.region!r}; use a name such as 'Ústecký kraj', ULK or a town.",
                sys.stderr,
            )
            return 2
        if args.kind == "coverage":
            written = files.coverage_files(index.catalog, language=language, region=region)
        elif args.kind == "quality":
            with unit_of_work(engine) as session:
                report = quality.by_organization(session=session, stale_days=settings.capacity_stale_days)
            written = files.quality_files(report)
        else:
            with unit_of_work(engine) as session:
                found = usage.summary(session=session)
            written = files.usage_files(found, language=language)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, content in written.items():
        (args.out / name).write_bytes(content)
        _write(f"{args.out / name} ({len(content):,} bytes)")
    return 0


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= 1000:
        raise argparse.ArgumentTypeError("use a number from 0 to 1000")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        _write(str(exc), sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
    # Alembic narrates every step at INFO; a coordinator only needs to hear about problems.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    handler: Handler = args.handler
    from sqlalchemy.exc import OperationalError

    try:
        return handler(args, settings)
    except OperationalError as exc:
        # An unreachable server or a locked file: say which database, without a traceback.
        from sqlalchemy.engine import make_url

        where = make_url(settings.resolved_database_url).render_as_string(hide_password=True)
        _write(f"Cannot use the database {where}: {str(exc.orig).strip()}", sys.stderr)
        return 1


# -- handlers ------------------------------------------------------------------------------


def _version(_args: argparse.Namespace, _settings: Settings) -> int:
    _write(f"spojka {__version__}")
    return 0


def _chat(_args: argparse.Namespace, settings: Settings) -> int:
    # The command line is the edge where the Telegram adapters are wired in, lazily.
    from cli.chat import run_chat

    with _database(settings) as engine:
        return 1 if engine is None else run_chat(settings, engine)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.telegram_token is None:
        _write(
            "SPOJKA_TELEGRAM_TOKEN is not set: the bot needs its token (try `spojka chat` offline).",
            sys.stderr,
        )
        return 2
    if args.webhook:
        if settings.webhook_secret is None:
            _write(
                "SPOJKA_WEBHOOK_SECRET is not set: webhook mode needs a secret, or anyone could post updates "
                "in a coordinator's name.",
                sys.stderr,
            )
            return 2
        if not args.webhook.startswith("https://"):
            _write("--webhook must be an https:// URL (Telegram posts only to https).", sys.stderr)
            return 2
        from handlers.running import run_webhook

        return run_webhook(settings, url=args.webhook, listen=args.listen, port=args.port)
    from handlers.running import run_polling

    return run_polling(settings)


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from cli.ask import ask_lines

    # The answers are the output; the engine's start-up narration is for SPOJKA_LOG_LEVEL=DEBUG.
    logging.getLogger("bot.search.engine").setLevel(max(logging.WARNING, logging.getLogger().level))

    question = " ".join(args.question)
    with _database(settings, kb=args.kb) as engine:
        if engine is None:
            return 1
        ask_lines(
            engine,
            [question] if args.question else _stdin_lines(),
            sys.stdout,
            as_json=args.json,
            limit=args.limit,
            settings=settings,
            echo=not args.question,  # a batch: each answer under its question
        )
    return 0


def _stdin_lines() -> Iterator[str]:
    stream = sys.stdin
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", errors="replace")
    for line in stream:
        yield line.rstrip("\r\n")


def _import_and_announce(
    settings: Settings, path: Path, do_import: Callable[[Engine], _Report]
) -> tuple[_Report, Routed] | None:
    """Import into the configured database (a database created by this very command holds just
    what is imported, not the sample); then the followers of a need in a region or of a prison
    hear about what is new (the running bot's courier sends it from the outbox). None after the
    problems were printed: nothing was imported."""
    from bot.database import unit_of_work
    from bot.following.subscriptions import active_service_ids, announce_new_services
    from bot.kb.problems import PackageError

    with _database(settings, seed=False) as engine:
        if engine is None:
            return None
        try:
            with unit_of_work(engine) as session:
                before = active_service_ids(session=session)
            report = do_import(engine)
            told = announce_new_services(
                engine,
                before=before,
                now=clock.utc_now(),
                stale_days=settings.capacity_stale_days,
                zone=settings.tzinfo,
            )
        except PackageError as exc:
            _print_problems(exc.problems, sys.stderr)
            errors = [p for p in exc.problems if p.severity == "error"]
            _write(
                f"Nothing was imported: {len(errors)} error(s) in {path}. Fix them and import again.",
                sys.stderr,
            )
            return None
    return report, told


def _open(settings: Settings, *, seed: bool = True) -> Engine | None:
    """The ready database, or None after telling the user why it is not ready."""
    from bot.database import DatabaseNotReady, open_database

    try:
        return open_database(settings, seed=seed)
    except DatabaseNotReady as exc:
        _write(str(exc), sys.stderr)
        return None


def _private(kb: Path, settings: Settings) -> Engine | None:
    """A private in-memory database holding just this package, or None after printing why not."""
    from bot.kb.problems import PackageError
    from cli.ask import load_private_knowledge

    try:
        return load_private_knowledge(kb, tz=settings.tzinfo)
    except PackageError as exc:
        _print_problems(exc.problems, sys.stderr)
        _write(f"Cannot answer from {kb}: the knowledge base is not readable (see above).", sys.stderr)
        return None


@contextmanager
def _database(settings: Settings, *, seed: bool = True, kb: Path | None = None) -> Iterator[Engine | None]:
    """The database of one command, disposed of however the command ends: the configured one
    (`_open`), or with `kb` (`spojka ask --kb`) a private one holding just that package; None
    after telling the user why there is none."""
    engine = _open(settings, seed=seed) if kb is None else _private(kb, settings)
    try:
        yield engine
    finally:
        if engine is not None:
            engine.dispose()


def _print_problems(problems: Sequence[object], stream: TextIO) -> None:
    from bot.kb.problems import Problem

    by_file: dict[str, list[Problem]] = {}
    for problem in problems:
        assert isinstance(problem, Problem)
        by_file.setdefault(problem.file, []).append(problem)
    for file, items in by_file.items():
        _write(f"{file}:", stream)
        for p in items:
            where = []
            if p.line is not None:
                where.append(f"line {p.line}")
            if p.column:
                where.append(f"column {p.column}")
            prefix = "ERROR" if p.severity == "error" else "warning"
            place = f" ({', '.join(where)})" if where else ""
            _write(f"  {prefix}{place}: {p.message}", stream)


def _summary(counts: dict[str, int]) -> str:
    shown = [
        "organization",
        "service",
        "location",
        "service_at_location",
        "contact",
        "service_capacity",
        "attribute",
        "taxonomy_term",
    ]
    return ", ".join(f"{counts.get(name, 0)} {name}" for name in shown)


def _kb_validate(args: argparse.Namespace, settings: Settings) -> int:
    from bot.kb.importing import check_package

    package = check_package(args.path, tz=settings.tzinfo)
    _print_problems(package.problems, sys.stdout)
    counts = {name: len(rows) for name, rows in package.rows.items()}
    if package.errors:
        _write(f"{args.path}: NOT valid: {len(package.errors)} error(s), {len(package.warnings)} warning(s).")
        return 1
    _write(f"{args.path}: valid ({_summary(counts)}); {len(package.warnings)} warning(s).")
    return 0


def _kb_import(args: argparse.Namespace, settings: Settings) -> int:
    from bot.kb.importing import import_package

    # A database created by this very command holds just the package, not the sample.
    imported = _import_and_announce(
        settings,
        args.path,
        lambda engine: import_package(engine, args.path, tz=settings.tzinfo, replace=args.replace),
    )
    if imported is None:
        return 1
    report, told = imported
    _print_problems(report.warnings, sys.stdout)
    mode = "replaced the knowledge base with" if report.replaced else "added"
    _write(
        f"Imported {args.path}: {mode} {_summary(report.counts)}"
        + (f"; {len(report.warnings)} warning(s)." if report.warnings else ".")
    )
    kept_places, kept_services = report.kept.get("service_capacity", 0), report.kept.get("service", 0)
    if kept_places or kept_services:
        _write(
            f"Kept what workers published in the bot after the package was made: {kept_places} free-place "
            f"report(s), {kept_services} edited service(s) (newer wins; see docs/knowledge-base.md)."
        )
    if told.total:
        _write(
            f"New services announced to {told.total} follower(s): {told.now} now, "
            f"{told.held} after their quiet hours, {told.digest} in their daily digest."
        )
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _kb_import_registry(args: argparse.Namespace, settings: Settings) -> int:
    from bot.kb.problems import PackageError
    from bot.kb.registry.merge import import_registry, read_register

    if args.check:
        try:
            services, context = read_register(args.path, as_of=args.as_of)
        except PackageError as exc:
            _print_problems(exc.problems, sys.stdout)
            errors = [p for p in exc.problems if p.severity == "error"]
            _write(f"{args.path}: NOT importable: {len(errors)} error(s).")
            return 1
        warnings = context.problems.warnings
        _print_problems(warnings, sys.stdout)
        running = sum(1 for s in services if s.active)
        _write(
            f"{args.path}: importable (stav k {context.as_of.isoformat()}): {len(services)} services, "
            f"{running} with a running registration; {len(warnings)} warning(s)."
        )
        return 0
    imported = _import_and_announce(
        settings, args.path, lambda engine: import_registry(engine, args.path, as_of=args.as_of)
    )
    if imported is None:
        return 1
    report, told = imported
    _print_problems(report.warnings, sys.stdout)
    updated = report.count("updated") + report.count("reopened")
    _write(
        f"Imported the MPSV register (stav k {report.as_of.isoformat()}) from {args.path}: "
        f"{report.services} services ({report.active} with a running registration) of "
        f"{report.organizations} providers; {report.count('new')} new, {updated} updated, "
        f"{report.count('ended')} ended, {report.unchanged} unchanged"
        + (f"; {len(report.warnings)} warning(s)." if report.warnings else ".")
    )
    if report.kept:
        _write(f"Kept the edits made in the bot of {report.kept} service(s) the register changed.")
    if report.curated:
        _write(
            f"{report.curated} provider(s) were already in the knowledge base (same IČO): their register "
            "services were added to them; check that none repeats a service curated there."
        )
    if args.changes:
        for change in report.changes:
            parts = f" ({', '.join(change.parts)})" if change.parts else ""
            _write(f"  {change.change:<8} {change.register_id:>10}  {change.name}{parts}")
    _write(f"The list of changes is stored as registry import #{report.import_id}.")
    if told.total:
        _write(
            f"New services announced to {told.total} follower(s): {told.now} now, "
            f"{told.held} after their quiet hours, {told.digest} in their daily digest."
        )
    return 0


def _kb_registry_log(args: argparse.Namespace, settings: Settings) -> int:
    from bot.kb.registry.history import import_run, import_runs

    with _database(settings, seed=False) as engine:
        if engine is None:
            return 1
        runs = import_runs(engine) if args.id is None else [import_run(engine, args.id)]
    if args.id is not None and runs[0] is None:
        _write(f"There is no register import #{args.id}; `spojka kb registry-log` lists them.", sys.stderr)
        return 1
    if not runs:
        _write("The MPSV register has not been imported yet (`spojka kb import-registry PATH`).")
        return 0
    for run in runs:
        assert run is not None
        when = run.imported_at.astimezone(settings.tzinfo).strftime("%Y-%m-%d %H:%M")
        _write(
            f"#{run.id} {when} stav k {run.as_of.isoformat()} from {run.source}: {run.added} new, "
            f"{run.updated} updated, {run.ended} ended, {run.unchanged} unchanged"
            + (f", edits in the bot kept for {run.kept}" if run.kept else "")
        )
        for change in run.changes:
            parts = change.get("parts")
            named = ", ".join(str(p) for p in parts) if isinstance(parts, list) else ""
            shown = f" ({named})" if named and change["change"] != "new" else ""
            _write(f"  {change['change']!s:<8} {change['register_id']!s:>10}  {change['name']}{shown}")
    return 0


def _kb_export(args: argparse.Namespace, settings: Settings) -> int:
    from bot.kb.exporting import export_package

    with _database(settings) as engine:
        if engine is None:
            return 1
        counts = export_package(engine, args.directory)
    _write(f"Exported to {args.directory}: {_summary(counts)}.")
    return 0


def _kb_stats(_args: argparse.Namespace, settings: Settings) -> int:
    from bot.database import describe_url
    from bot.kb.stats import knowledge_base_stats

    with _database(settings) as engine:
        if engine is None:
            return 1
        stats = knowledge_base_stats(engine)
        _write(f"Database: {describe_url(engine)}")
    rows = stats.rows
    lines = [
        ("Organisations", str(rows["organization"])),
        ("Services", f"{rows['service']} ({stats.active_services} active)"),
        ("Prisons", str(stats.prisons)),
        ("Locations", str(rows["location"])),
        ("Services at locations", str(rows["service_at_location"])),
        ("Contacts", f"{rows['contact']} (phones: {rows['phone']})"),
        ("Capacities", str(rows["service_capacity"])),
    ]
    if stats.services_by_need:
        # by the names a coordinator reads in the bot ("Závislosti 8"), most served first
        counted = sorted(stats.services_by_need.items(), key=lambda item: (-item[1], item[0]))
        needs = ", ".join(f"{stats.need_names.get(code, code)} {count}" for code, count in counted)
        lines.append(("Active services by need", needs))
    if stats.last_import is not None:
        when = stats.last_import.imported_at.astimezone(settings.tzinfo).strftime("%Y-%m-%d %H:%M")
        lines.append(("Last import", f"{when} from {stats.last_import.source}"))
    else:
        lines.append(("Last import", "none (the knowledge base is empty)"))
    for label, value in lines:
        _write(f"{label + ':':<25}{value}")
    return 0


def _db_upgrade(_args: argparse.Namespace, settings: Settings) -> int:
    from bot.database import create_db_engine, current_revision, describe_url, head_revision, upgrade

    engine = create_db_engine(settings.resolved_database_url)
    try:
        before = current_revision(engine)
        upgrade(engine)
        _write(f"{describe_url(engine)}: {before or 'empty'} -> {head_revision()} (up to date)")
    finally:
        engine.dispose()
    return 0


def _db_status(_args: argparse.Namespace, settings: Settings) -> int:
    from bot.database import create_db_engine, current_revision, describe_url, head_revision

    engine = create_db_engine(settings.resolved_database_url)
    try:
        current, head = current_revision(engine), head_revision()
        state = "up to date" if current == head else "needs `spojka db upgrade`"
        _write(f"{describe_url(engine)}: revision {current or 'none'}, newest {head}: {state}")
    finally:
        engine.dispose()
    return 0 if current == head else 1


if __name__ == "__main__":
    raise SystemExit(main())
