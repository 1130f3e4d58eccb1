"""`spojka ask` as a coordinator and the benchmarks use it (../shared/spec/ask.md)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main
from tests.helpers import edit_cell, read_rows, write_rows


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_newcomer_asks_in_czech_and_reads_the_answer_in_czech(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "Které NNO působí ve věznici Opava s klienty se závislostí?")

    assert code == 0
    assert out.startswith("Rozuměl jsem: věznice: Věznice a Ústav pro výkon zabezpečovací detence Opava")
    assert "1. Adiktologické poradenství ve věznici Opava\nKotva Opava, z. ú." in out
    assert "✓ ověřeno 2. 11. 2026" in out
    assert "<b>" not in out  # the bot's HTML is turned into plain text


def test_json_is_one_object_per_line_in_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "--json", "azylový dům Ostrava")

    answer = json.loads(out)
    assert code == 0 and out.count("\n") == 1
    assert answer["question"] == "azylový dům Ostrava"
    assert answer["understood"]["towns"] == ["Ostrava"]
    assert answer["understood"]["needs"] == ["housing-shelter"]
    assert len(answer["results"]) == 1 and answer["alternatives"] == []


def test_standard_input_answers_every_line_in_order_and_empty_lines_get_empty_answers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("azylák Ostrava\n\nasdf\ndluhy Praha\n"))

    code, out, _ = run(capsys, "ask", "--json")

    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [a["question"] for a in answers] == ["azylák Ostrava", "", "asdf", "dluhy Praha"]
    assert answers[1]["results"] == [] and not any(answers[1]["understood"].values())
    assert answers[2]["results"] == [] and answers[3]["results"]


def test_limit(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "ask", "--json", "--limit", "2", "bydlení")
    assert len(json.loads(out)["results"]) == 2


def test_a_wrong_limit_is_refused_with_a_reason(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["ask", "--limit", "many", "azyl"])
    assert stop.value.code == 2
    assert "'many' is not a whole number" in capsys.readouterr().err


def test_kb_answers_from_the_package_and_leaves_the_database_alone(
    capsys: pytest.CaptureFixture[str], sample_copy: Path
) -> None:
    rows = read_rows(sample_copy / "services.csv")
    for row in rows:
        if row["name"] == "Sociální byty Krok za krokem":
            row["name"] = "Sociální byty Úplně Nové"
    write_rows(sample_copy / "services.csv", rows)
    code, out, _ = run(capsys, "ask", "--kb", str(sample_copy), "sociální bydlení Plzeň")
    assert code == 0 and "Sociální byty Úplně Nové" in out

    _, from_database, _ = run(capsys, "ask", "sociální bydlení Plzeň")
    assert "Sociální byty Krok za krokem" in from_database
    assert "Úplně Nové" not in from_database


def test_an_unreadable_knowledge_base_fails_clearly(
    capsys: pytest.CaptureFixture[str], sample_copy: Path
) -> None:
    edit_cell(sample_copy / "services.csv", 0, "organization_id", "not-a-uuid")

    code, out, err = run(capsys, "ask", "--kb", str(sample_copy), "azyl")

    assert code == 1 and out == ""
    assert "Cannot answer from" in err and "services.csv" in err


def test_a_missing_knowledge_base_fails_clearly(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "ask", "--kb", str(tmp_path / "nowhere"), "azyl")
    assert code == 1 and "nowhere" in err


def test_nothing_understood_says_so_and_how_to_ask(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "jaké je počasí")
    assert code == 0
    assert out.startswith("Této otázce nerozumím (neznám slova: pocasi).")
    assert "azylový dům Ostrava" in out


def test_alternatives_are_labelled_as_not_a_match(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "ask", "azylový dům Zlín")
    assert "Nenašel jsem nic, co by odpovídalo všemu." in out
    assert "– jinde než v požadovaném místě" in out


def test_the_sample_is_used_when_nothing_is_configured(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ask", "--json", "Bory")
    assert code == 0 and json.loads(out)["results"]


def test_the_package_path_is_checked_before_anything_is_answered(
    capsys: pytest.CaptureFixture[str], sample_copy: Path
) -> None:
    (sample_copy / "datapackage.json").unlink()
    code, _, err = run(capsys, "ask", "--kb", str(sample_copy), "azyl")
    assert code == 1 and "datapackage.json" in err


def test_an_ambiguous_town_says_how_it_was_read(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "ask", "azylový dům Opava")
    assert out.startswith("Rozuměl jsem: místo: Opava (město; pro věznici napište „věznice Opava“)")


def test_piped_questions_come_back_above_their_answers_and_nothing_else_is_printed(tmp_path: Path) -> None:
    # a real process, as a worker pipes a file of questions: logging is configured as in production
    env = {**os.environ, "SPOJKA_DATA_DIR": str(tmp_path / "data"), "SPOJKA_LOG_LEVEL": "INFO"}

    def ask() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", "from cli.main import main; raise SystemExit(main(['ask']))"],
            input="azylák Ostrava\ndluhy Praha\n",
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )

    ask()  # the first call creates the database and may say so
    done = ask()
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.index("> azylák Ostrava\n"), done.stdout.index("> dluhy Praha\n")
    assert first < done.stdout.index("Azylový dům", first) < second  # each answer under its question
    assert done.stderr == ""
