"""The supervisor's clock counts a suspended host's sleep, so a resume kills no child.

A host suspended as a whole stops ``CLOCK_MONOTONIC``; the database's clock, on which a
beat's age is read, runs on. Here a host is faked: two clocks (one that stops while the
host sleeps, one that counts the sleep) and the children's beat ages as the database
reports them. The supervisor's real shell (``soc.demo._Beats`` and ``_supervise``, a fake
connection and fake processes) goes through an hour's suspension with each clock: on the
one that counts it, the first read after the resume answers an hour after the last one,
the supervisor's reach of the database starts anew and every child gets a full stale
period to beat again; on the one that stops, every child is judged stale at once. The
shell's own clock is the one that counts a suspension.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from common.settings import Settings
from common.supervise import ChildState
from soc import demo

STALE_S = 30.0
SLEEP_S = 3_600.0


@dataclass
class Host:
    """Two clocks and the children's last beats, on the database's clock (which counts a
    suspension, as the database's ``now()`` does)."""

    awake: float = 1_000.0  # seconds the host was running (CLOCK_MONOTONIC)
    asleep: float = 0.0  # seconds it was suspended
    last_beat: dict[int, float] = field(default_factory=dict)  # pid -> boot time of its beat

    def monotonic(self) -> float:
        return self.awake

    def boottime(self) -> float:
        return self.awake + self.asleep

    def run(self, seconds: float, pids: list[int]) -> None:
        """The host runs and every child beats as it goes."""
        self.awake += seconds
        for pid in pids:
            self.last_beat[pid] = self.boottime()


@dataclass
class _Rows:
    rows: list[tuple[str, float]]

    def fetchall(self) -> list[tuple[str, float]]:
        return self.rows


@dataclass
class _Conn:
    """What ``common.health.beat_ages`` reads: each instance's age on the database's clock
    (the supervisor's own beat, a write, is taken and forgotten)."""

    host: Host
    #: What the supervisor's answer watch notes of a guarded connection (its backend's pid).
    info: Any = field(default_factory=lambda: SimpleNamespace(backend_pid=0))

    def execute(self, _sql: str, params: tuple[Any, ...]) -> _Rows:
        if not isinstance(params[0], list):
            return _Rows([])
        now = self.host.boottime()
        rows = [(i, now - self.host.last_beat[int(i.rsplit(":", 1)[1])]) for i in params[0]
                if int(i.rsplit(":", 1)[1]) in self.host.last_beat]
        return _Rows(rows)

    def close(self) -> None:
        pass


@dataclass
class _Proc:
    pid: int
    killed: bool = False

    def poll(self) -> int | None:
        return -9 if self.killed else None

    def kill(self) -> None:
        self.killed = True


def _resume_after_sleep(settings: Settings, clock_of: Callable[[Host], Callable[[], float]]) -> list[int]:
    """The children killed as stale in the minute after an hour's suspension."""
    host = Host()
    clock = clock_of(host)
    pids = [101, 102, 103]
    children = [demo.Child(f"c{p}", "soc", ("true",), beats=True) for p in pids]
    procs: dict[str, Any] = {c.name: _Proc(p) for c, p in zip(children, pids, strict=True)}
    states = {c.name: ChildState(c.name, True, stale_after_s=STALE_S, grace_s=2 * STALE_S) for c in children}
    for st in states.values():
        st.started(clock())
    beats = demo._Beats(settings, every_s=2.0, clock=clock)
    beats._conn = _Conn(host)  # type: ignore[assignment]
    for _ in range(200):  # 100 s of good running, a round every half second
        host.run(0.5, pids)
        demo._supervise(children, procs, states, beats, clock=clock)
    assert not [p for p in procs.values() if p.killed]
    host.asleep += SLEEP_S
    for _ in range(60):  # the first 30 s after the resume: the children beat again within seconds
        host.run(0.5, pids if host.awake > 1_105.0 else [])
        demo._supervise(children, procs, states, beats, clock=clock)
        killed = [p.pid for p in procs.values() if p.killed]
        if killed:  # judged in one round; the next would notice the exits and restart them
            return killed
    return []


def test_a_suspension_counted_by_the_supervisor_s_clock_kills_no_child(settings: Settings) -> None:
    assert _resume_after_sleep(settings, lambda h: h.boottime) == []


def test_on_a_clock_that_stops_while_the_host_sleeps_every_child_would_be_judged_stale(settings: Settings) -> None:
    """Why the clock matters: the same suspension on ``CLOCK_MONOTONIC``'s kind of clock."""
    assert sorted(_resume_after_sleep(settings, lambda h: h.monotonic)) == [101, 102, 103]


@pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="CLOCK_BOOTTIME is Linux's")
def test_the_supervisor_s_clock_is_the_one_that_counts_a_suspension() -> None:
    assert demo.SUPERVISOR_CLOCK_ID == time.CLOCK_BOOTTIME
    assert abs(demo.supervisor_clock() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 60.0
