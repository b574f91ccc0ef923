"""How much CPU a child process spent between two of its beats: a staleness bound that load does not move.

A liveness test that judges a service by the wall time between its beats fails on a
busy host: a process that gets a core a tenth of the time takes ten times as long per
unit of work, and its beats are late although its loop is as short as ever. The CPU
time the process itself used between two beats (``utime + stime`` of
``/proc/<pid>/stat``) is what its units cost, whatever the load: a loop that does not
beat for a long stretch of work still shows that whole stretch between two beats.

:class:`CpuSampler` reads a child's CPU time every few milliseconds in a thread (the
child is named by a callable, so a supervised child restarted under another pid is
followed); :func:`cpu_between` gives, for each two consecutive beats (wall times, e.g.
a trigger's ``clock_timestamp()`` on the same host) that fall in one child's life, an
upper bound of the CPU seconds it spent between them (from the last sample before the
first beat to the first sample after the second), and :func:`cpu_after_last_beat` what
it spent after its last beat (a loop that stops beating never closes a pair).
:class:`SupervisedChild` names the child a ``soc supervise`` log says runs now,
:func:`beat_times` reads the beats a trigger traced (:func:`tests.trace_sql.beat_trace`
with an ``at`` column) and :func:`worst_gap` checks the bound.
"""

from __future__ import annotations

import bisect
import itertools
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

#: Clock ticks per second of ``/proc/<pid>/stat`` (``sysconf(_SC_CLK_TCK)``, 100 on Linux).
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float | None:
    """User plus system CPU seconds of ``pid`` so far (None once it has gone)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
    except OSError:
        return None
    # the command name (field 2) may hold spaces: the fields after it start past its ")"
    fields = stat[stat.rindex(b")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


@dataclass
class CpuSampler:
    """Samples ``(wall time, pid, CPU seconds)`` of the process ``pid()`` names, every ``every_s``."""

    pid: Callable[[], int | None]
    every_s: float = 0.01
    samples: list[tuple[float, int, float]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> CpuSampler:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)

    def _run(self) -> None:
        while not self._stop.is_set():
            pid = self.pid()
            if pid is not None:
                cpu = cpu_seconds(pid)
                if cpu is not None:
                    self.samples.append((time.time(), pid, cpu))
            self._stop.wait(self.every_s)


def cpu_between(samples: list[tuple[float, int, float]], beats: list[float]) -> list[tuple[float, float, float]]:
    """For each two consecutive ``beats`` (wall times) with samples of one process around
    both: ``(first beat, second beat, CPU seconds at most spent in between)``. Pairs not
    bracketed by samples of one pid (a restart in between, no sample yet) are left out."""
    times = [s[0] for s in samples]
    out: list[tuple[float, float, float]] = []
    for a, b in itertools.pairwise(beats):
        i = bisect.bisect_right(times, a) - 1  # the last sample at or before a
        j = bisect.bisect_left(times, b)  # the first sample at or after b
        if i < 0 or j >= len(samples) or samples[i][1] != samples[j][1]:
            continue
        if any(s[1] != samples[i][1] for s in samples[i : j + 1]):
            continue
        out.append((a, b, samples[j][2] - samples[i][2]))
    return out


def cpu_after_last_beat(samples: list[tuple[float, int, float]],
                        beats: list[float]) -> list[tuple[float, float, float]]:
    """For each sampled process with a beat in its sampled life: ``(its last beat, its last
    sample, CPU seconds at least spent in between)``. A loop that stops beating is never
    closed by a second beat: this is what it spent until it was killed or sampling ended."""
    out: list[tuple[float, float, float]] = []
    for pid in dict.fromkeys(s[1] for s in samples):
        own = [s for s in samples if s[1] == pid]
        inside = [b for b in beats if own[0][0] <= b <= own[-1][0]]
        if not inside:
            continue
        after = next(s for s in own if s[0] >= inside[-1])  # the first sample at or after it
        out.append((inside[-1], own[-1][0], own[-1][2] - after[2]))
    return out


class SupervisedChild:
    """The pid of the child ``name`` that the supervisor writing ``log`` runs now (its last
    ``child_started`` or ``child_restarted`` line), read at most every 0.2 s: the ``pid`` of
    a :class:`CpuSampler` that follows the child across restarts."""

    def __init__(self, log: Path, name: str) -> None:
        self.log = log
        self.pattern = re.compile(rf"child_(?:started|restarted) name={re.escape(name)} pid=(\d+)")
        self.read_at = float("-inf")
        self.pid: int | None = None

    def __call__(self) -> int | None:
        if time.monotonic() - self.read_at >= 0.2:
            self.read_at = time.monotonic()
            found = self.pattern.findall(self.log.read_text(errors="replace"))
            self.pid = int(found[-1]) if found else None
        return self.pid


def beat_times(conn: psycopg.Connection) -> list[float]:
    """The wall times (epoch seconds) of the traced beats, in the order they were written."""
    return [float(t) for (t,) in conn.execute(
        "SELECT extract(epoch FROM at) FROM test_trace WHERE what = 'beat' ORDER BY seq")]


def worst_gap(samples: list[tuple[float, int, float]], beats: list[float], *, least_pairs: int,
              bound_cpu_s: float, what: str) -> tuple[float, float, float]:
    """Assert that ``what`` spent at most ``bound_cpu_s`` of its own CPU time between any two
    beats and after each process's last beat (:func:`cpu_after_last_beat`), over at least
    ``least_pairs`` measured pairs; the worst stretch, for the report."""
    gaps = cpu_between(samples, beats)
    worst = max([*gaps, *cpu_after_last_beat(samples, beats)], key=lambda g: g[2], default=(0.0, 0.0, 0.0))
    assert worst[2] <= bound_cpu_s, (
        f"{worst[2]:.2f} CPU s between two beats ({worst[1] - worst[0]:.2f} s of wall time) "
        f"of {what}: more than {bound_cpu_s} s")
    assert len(gaps) >= least_pairs, f"{len(gaps)} pairs of beats measured, fewer than {least_pairs}"
    return worst
