"""What the fault tests of ``soc supervise`` share: a migrated private instance, the real
supervisor started on it and waited past its children's start-up grace, the children's
beats read from the database, bounded waits.

A fault test means the supervisor to judge every beat when its fault begins, so the
supervisor's children are waited for past their grace, counted from each child's start
(:mod:`tests.supervisor_log`); a child restarted meanwhile (a start-up longer than the grace
on a loaded host, no fault of the supervisor's) gets a grace of its own, up to five times.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

from common import services as svc
from common.db import connect
from common.migrate import migrate
from common.settings import Settings
from tests.fix_services import ROOT, settings_for_layout, stop_processes, subprocess_env
from tests.supervisor_log import ChildStarts

#: How long the children may take to beat once started (a bound, not an expectation).
BEATS_WITHIN_S = 120.0


def wait(predicate: Callable[[], object], timeout_s: float, what: str) -> None:
    """Poll ``predicate`` every 0.5 s until it is true; fail naming ``what`` after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, f"timed out after {timeout_s:.0f} s: {what}"
        time.sleep(0.5)


def beats(s: Settings) -> dict[str, tuple[str, float]]:
    """Per service: the freshest instance and its beat's age (nothing when unreachable)."""
    try:
        with psycopg.connect(s.db.conninfo(), connect_timeout=3) as conn:
            rows = conn.execute(
                "SELECT DISTINCT ON (service) service, instance, extract(epoch FROM now() - beat_at)::float8"
                " FROM service_heartbeats ORDER BY service, beat_at DESC").fetchall()
    except psycopg.OperationalError:
        return {}
    return {str(r[0]): (str(r[1]), float(r[2])) for r in rows}


def troubles(log: Path) -> int:
    """How many times the supervisor has judged a child stale, seen one exit or restarted one."""
    text = log.read_text(errors="replace")
    return sum(text.count(event) for event in ("child_stale", "child_exited", "child_restarted"))


def migrated(settings: Settings, layout: svc.Layout, *, broker: bool = True) -> Settings:
    """Start ``layout``'s services (its PostgreSQL alone without ``broker``), migrate its
    database, and return the settings that reach it."""
    if broker:
        svc.up(layout)
    else:
        svc.pg_up(layout)
    s = settings_for_layout(settings, layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    return s


def past_the_grace(s: Settings, starts: ChildStarts, children: Sequence[str], grace_s: float,
                   *, settle_s: float = 0.0) -> None:
    """Wait until every one of ``children`` beats and has run past its start-up grace, from
    when on the supervisor judges every beat (and ``settle_s`` more, for stale periods judged
    past it). Retried with a grace of its own where a child was judged or restarted meanwhile."""
    names = ", ".join(children)
    for _ in range(5):
        before = troubles(starts.log)
        wait(lambda: bool(starts.poll()) and all(n in b and b[n][1] < 2 for b in [beats(s)] for n in children),
             BEATS_WITHIN_S, "beats of " + names)
        wait(lambda: starts.past_grace(children, grace_s), grace_s + 120, "every child past its start-up grace")
        if settle_s:
            time.sleep(settle_s)  # stale periods the supervisor judges; nothing to poll for
        if troubles(starts.log) == before:
            return
    pytest.fail("a child was judged stale or restarted at each of five starts before any fault\n"
                + starts.log.read_text(errors="replace")[-3000:])


@contextmanager
def supervising(s: Settings, children: Sequence[str], log: Path, *, stale_after_s: float, start_grace_s: float,
                settle_s: float = 0.0, **env: str) -> Iterator[subprocess.Popen[bytes]]:
    """The real ``soc supervise`` of ``children`` on ``s``'s instance, beating every second,
    its stale limit and start-up grace as given (and ``env``, more settings), waited for
    past the grace (:func:`past_the_grace`); stopped on leaving, the end of its log printed."""
    full_env = subprocess_env(s, SOC_HEALTH__STALE_AFTER_S=str(stale_after_s),
                              SOC_HEALTH__START_GRACE_S=str(start_grace_s), SOC_HEALTH__BEAT_EVERY_S="1", **env)
    with log.open("ab") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "soc", "supervise", *children], cwd=ROOT, env=full_env,
                                stdout=fh, stderr=fh)
    try:
        past_the_grace(s, ChildStarts(log), children, start_grace_s, settle_s=settle_s)
        yield proc
    finally:
        stop_processes([proc])
        print("--- supervise log ---\n" + log.read_text(errors="replace")[-6000:])
