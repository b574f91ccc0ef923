"""``tests.supervisor_log.ChildStarts``: a child's grace counts from the poll that first saw
its (re)start in the supervisor's log, never from before it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import supervisor_log
from tests.supervisor_log import ChildStarts


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    c = _Clock()
    monkeypatch.setattr(supervisor_log.time, "monotonic", c)
    return c


def _log(path: Path, *lines: str) -> None:
    with path.open("a") as fh:
        fh.writelines(f"2026-12-07 05:00:00,000 INFO soc.demo {ln}\n" for ln in lines)


def test_a_start_is_dated_when_first_seen_and_a_restart_anew(tmp_path: Path, clock: _Clock) -> None:
    log = tmp_path / "supervise.log"
    log.touch()
    starts = ChildStarts(log)
    assert starts.poll() == {}
    assert not starts.past_grace(["ops"], 10.0)  # not started yet: never past its grace

    _log(log, "child_started name=ops pid=11", "child_started name=alerts pid=12")
    clock.now = 105.0
    assert starts.poll() == {"ops": 105.0, "alerts": 105.0}
    clock.now = 112.0
    assert starts.poll() == {"ops": 105.0, "alerts": 105.0}  # nothing new: the dates stay
    assert not starts.past_grace(["ops", "alerts"], 10.0)

    _log(log, "child_stale name=alerts pid=12 beat_age_s=9", "child_restarted name=alerts pid=13 restarts=1")
    clock.now = 116.0
    assert not starts.past_grace(["ops", "alerts"], 10.0)  # alerts' restart: a grace of its own
    assert starts.at == {"ops": 105.0, "alerts": 116.0}
    assert starts.past_grace(["ops"], 10.0)
    clock.now = 126.5
    assert starts.past_grace(["ops", "alerts"], 10.0)
    assert not starts.past_grace(["ops", "alerts", "kpi"], 10.0)  # a child never seen started
