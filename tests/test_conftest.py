"""The test run itself: how many workers `python -m pytest` starts, and how they share tests."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from tests import conftest


class _Plugins:
    def __init__(self, *, xdist: bool) -> None:
        self.xdist = xdist

    def has_plugin(self, name: str) -> bool:
        return name == "xdist" and self.xdist


def _started(
    *, numprocesses: Any = None, dist: str = "no", xdist: bool = True, worker: bool = False
) -> tuple[Any, str]:
    """What the run is set to after our hook, for a command line that said this."""
    config = SimpleNamespace(
        option=SimpleNamespace(numprocesses=numprocesses, dist=dist), pluginmanager=_Plugins(xdist=xdist)
    )
    if worker:
        config.workerinput = {"workerid": "gw0"}
    conftest.pytest_cmdline_main(cast(pytest.Config, config))
    return config.option.numprocesses, config.option.dist


@pytest.fixture(autouse=True)
def _not_inside_a_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)  # this test may run in one


def test_a_plain_run_starts_workers_that_take_each_others_tests() -> None:
    assert _started() == ("auto", "worksteal")


def test_a_worker_starts_no_workers_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without this, each worker started workers of its own: hundreds of processes in a minute."""
    assert _started(worker=True) == (None, "no")
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")  # a process a worker started
    assert _started() == (None, "no")


def test_what_the_command_line_says_counts() -> None:
    assert _started(numprocesses=2) == (2, "worksteal")
    assert _started(numprocesses=0) == (0, "no")  # -n 0: one process
    assert _started(dist="load") == ("auto", "load")
    assert _started(xdist=False) == (None, "no")  # -p no:xdist
