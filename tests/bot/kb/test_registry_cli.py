"""`spojka kb import-registry` as a coordinator runs it, and what a curator then gets from `spojka ask`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.database import create_db_engine
from bot.following import notifications, subscriptions
from bot.models import table_of
from bot.network import registration
from bot.network.permissions import Who
from bot.user_models import Outbox
from cli.main import main
from tests.bot.kb.registry_helpers import FIXTURE, load_items, register_copy, save_items, service_id
from tests.conftest import SAMPLE
from tests.helpers import act


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def own_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    database = f"sqlite:///{tmp_path / 'own.sqlite3'}"
    monkeypatch.setenv("SPOJKA_DATABASE_URL", database)
    return database


def test_a_curator_asking_for_a_mens_shelter_in_usti_gets_the_registers_shelter(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "kb", "import-registry", str(FIXTURE), "--as-of", "2026-11-28")
    assert code == 0
    assert "Imported the MPSV register (stav k 2026-11-28)" in out
    assert "36 services (34 with a running registration) of 31 providers; 36 new, 0 updated, 0 ended" in out

    code, out, _ = run(capsys, "ask", "--json", "azylový dům pro muže Ústí nad Labem")
    answer = json.loads(out)
    assert answer["results"][0]["service_id"] == service_id("5000001")
    code, out, _ = run(capsys, "ask", "azylový dům pro muže Ústí nad Labem")
    first = out.split("\n2.")[0]
    assert "1. Azylový dům pro muže Ústí nad Labem" in first
    assert "registrovaná kapacita: počet lůžek 40 (počet volných míst neznámý)" in first
    assert "zdroj: Registr MPSV, stav k 28. 11. 2026" in first
    assert "volno 0" not in first  # the register never says anything about free places


def test_a_refreshed_register_tells_followers_of_shelters_in_the_region(
    capsys: pytest.CaptureFixture[str], own_database: str, tmp_path: Path
) -> None:
    assert run(capsys, "kb", "import", str(SAMPLE))[0] == 0
    assert run(capsys, "kb", "import-registry", str(FIXTURE), "--as-of", "2026-11-28")[0] == 0
    engine = create_db_engine(own_database)
    act(engine, registration.choose_language, user_id=42, first_name="Kurátor", language="cs")
    act(engine, notifications.set_quiet_hours, user_id=42, start=0, end=0)
    act(
        engine,
        subscriptions.follow_need_in_region,
        who=Who(42, "curator", True),
        need="housing-shelter",
        region="Ústecký kraj",
    )
    newer = register_copy(tmp_path)
    items = load_items(newer)
    rumburk = dict(items[3], id="5000099", portalId=9999)
    rumburk["zarizeni"] = [dict(rumburk["zarizeni"][0], nazev="Azylový dům pro muže Rumburk")]
    save_items(newer, [*items, rumburk])

    code, out, _ = run(capsys, "kb", "import-registry", str(newer), "--as-of", "2026-11-29", "--changes")

    assert code == 0
    assert "1 new, 0 updated, 0 ended, 36 unchanged" in out
    assert "  new         5000099  Azylový dům pro muže Rumburk" in out
    assert "New services announced to 1 follower(s): 1 now" in out
    outbox = table_of(Outbox).c
    with engine.connect() as connection:
        (queued,) = connection.execute(select(outbox.text).where(outbox.chat_id == 42)).scalars().all()
    engine.dispose()
    assert "Azylový dům pro muže Rumburk" in queued


def test_a_file_that_is_not_the_register_is_refused_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "kb", "import-registry", str(SAMPLE))

    assert code == 1
    assert "no rpss.json (it holds" in err
    assert "Nothing was imported: " in err


def test_check_reads_the_register_without_touching_the_database(
    capsys: pytest.CaptureFixture[str], own_database: str, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "kb", "import-registry", "--check", str(FIXTURE), "--as-of", "2026-11-28")

    assert code == 0
    assert "importable (stav k 2026-11-28): 36 services, 34 with a running registration; 1 warning(s)." in out
    assert not Path(own_database.removeprefix("sqlite:///")).exists()
    broken = register_copy(tmp_path)
    (broken / "obce.json").unlink()
    code, out, _ = run(capsys, "kb", "import-registry", "--check", str(broken))
    assert code == 1
    assert "obce.json" in out and "NOT importable: 1 error(s)." in out


def test_a_coordinator_reads_later_what_each_import_changed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "kb", "registry-log")[1].startswith("The MPSV register has not been imported yet")
    run(capsys, "kb", "import-registry", str(FIXTURE), "--as-of", "2026-11-28")
    later = register_copy(tmp_path)
    items = load_items(later)
    items[0]["telefony"] = [{"telefon": "475 999 999"}]
    save_items(later, items[:-1])
    run(capsys, "kb", "import-registry", str(later), "--as-of", "2026-11-29")

    code, out, _ = run(capsys, "kb", "registry-log")
    assert code == 0
    newest, oldest = out.splitlines()
    assert newest.startswith("#2 ") and "stav k 2026-11-29" in newest
    assert newest.endswith(": 0 new, 1 updated, 1 ended, 34 unchanged")
    assert oldest.endswith(": 36 new, 0 updated, 0 ended, 0 unchanged")

    code, out, _ = run(capsys, "kb", "registry-log", "2")
    assert "  updated     5000001  Azylový dům pro muže Ústí nad Labem (contacts)" in out
    assert "  ended       5000121  " in out and "(register)" in out
    assert run(capsys, "kb", "registry-log", "9")[2].startswith("There is no register import #9")
