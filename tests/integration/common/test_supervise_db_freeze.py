"""A database that stops answering for a while (a stalled disk, a frozen VM) restarts nobody.

``soc supervise`` reads its children's beat ages from the database every few seconds and
kills a child whose newest beat is older than ``SOC_HEALTH__STALE_AFTER_S``, but only once
it has reached the database for a full stale period, so that an outage restarts nobody.
A database that hangs instead of refusing is an outage too: while it hangs every child's
beat waits on it, and so does the supervisor's own read, which then answers with every
beat older than the stale limit. Here a private PostgreSQL is frozen (SIGSTOP of the
server and its backends) for three stale periods under the real ``soc supervise alerts
maintenance kpi``, then thawed: the same three processes must beat again, and no child may
be judged stale or restarted. The module's faults go, one after the other, to one
supervisor: its children's start-up grace is waited out once, and each fault finds the
supervisor judging every beat, as after the grace. The last one hangs the supervisor itself
(SIGSTOP): its children go on as the same processes, the health model names the supervisor
down, and once continued it restarts nobody.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from common import services as svc
from common.db import connect
from common.health import ProcessHealth, ProcessState, beat_ages, read_health, supervision_stopped
from common.settings import Settings
from tests.fix_services import ROOT, private_instance, stop_processes, subprocess_env
from tests.pg_freeze import server_pids, signal_all
from tests.supervise_helpers import beats, migrated, supervising, wait
from web.wall.hub import HealthItem
from web.wall.topics import load_health

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: The supervisor's staleness limit here (its start-up grace is twice this).
STALE_AFTER_S = 6.0
#: How long the database is frozen: three stale limits.
FREEZE_S = 3 * STALE_AFTER_S
#: The children's start-up grace (the supervisor allows no less than twice the stale limit).
#: The KPI child beats only after its first recompute, which took over 12 s on a host at load
#: 20, so that twice the stale limit restarted it again and again; a child that takes longer
#: still is restarted before any fault, and the fixture waits for its replacement
#: (:func:`tests.supervise_helpers.past_the_grace`).
START_GRACE_S = 5 * STALE_AFTER_S
CHILDREN = ("alerts", "maintenance", "kpi")


@pytest.fixture(scope="module")
def private_pg(settings: Settings, private_seed: Path | None) -> Iterator[svc.Layout]:
    """A private instance for the module's supervisor (only its PostgreSQL is started)."""
    with private_instance(settings, uuid.uuid4().hex[:10], private_seed) as layout:
        yield layout


@pytest.fixture(scope="module")
def supervised(settings: Settings, private_pg: svc.Layout,
               tmp_path_factory: pytest.TempPathFactory
               ) -> Iterator[tuple[svc.Layout, Settings, Path, subprocess.Popen[bytes]]]:
    """``soc supervise alerts maintenance kpi`` on a migrated private instance, every child
    beating, past their start-up grace; yields the supervisor's process last."""
    s = migrated(settings, private_pg, broker=False)  # the children need no broker
    log = tmp_path_factory.mktemp("supervise") / "supervise.log"
    with supervising(s, CHILDREN, log, stale_after_s=STALE_AFTER_S, start_grace_s=START_GRACE_S,
                     SOC_ALERTS__POLL_INTERVAL_MS="200") as proc:
        yield private_pg, s, log, proc


Supervised = tuple[svc.Layout, Settings, Path, subprocess.Popen[bytes]]


def test_a_frozen_database_restarts_nobody(supervised: Supervised) -> None:
    layout, s, log, _proc = supervised
    before = {name: instance for name, (instance, _age) in beats(s).items() if name in CHILDREN}
    mark = log.stat().st_size

    pids = server_pids(layout)
    signal_all(pids, signal.SIGSTOP)
    try:
        time.sleep(FREEZE_S)
    finally:
        signal_all(pids, signal.SIGCONT)

    _assert_the_same_children_beat(s, log, mark, before)


def _assert_the_same_children_beat(s: Settings, log: Path, mark: int, before: dict[str, str]) -> None:
    """After the fault (its log from byte ``mark``): the children beat again as the same
    processes, and go on beating for two stale periods judged by the supervisor, nobody
    judged stale or restarted."""
    wait(lambda: all(n in b and b[n][1] < 2 for b in [beats(s)] for n in CHILDREN), 60,
          "beats of " + ", ".join(CHILDREN) + " after the fault")
    deadline = time.monotonic() + 2 * STALE_AFTER_S
    while time.monotonic() < deadline:
        time.sleep(1)
    after = {name: instance for name, (instance, _age) in beats(s).items() if name in CHILDREN}
    text = log.read_bytes()[mark:].decode(errors="replace")
    assert "child_stale" not in text, [ln for ln in text.splitlines() if "child_" in ln]
    assert "child_restarted" not in text, [ln for ln in text.splitlines() if "child_" in ln]
    assert after == before


def _read_only(layout: svc.Layout, on: bool) -> None:
    """Make every transaction of the server read-only (or not), as a full disk or a
    replica promoted back would: reads answer, every write is refused (SQLSTATE 25006)."""
    with psycopg.connect(svc.superuser_conninfo(layout), autocommit=True) as conn:
        conn.execute(f"ALTER SYSTEM SET default_transaction_read_only = {'on' if on else 'off'}")
        conn.execute("SELECT pg_reload_conf()")


def test_a_database_that_refuses_every_write_restarts_nobody(supervised: Supervised) -> None:
    """The children beat only through writes, so a server that answers reads but refuses
    writes stops every beat while the supervisor's own reads go on: an outage, as a frozen
    server is, and nobody may be judged stale or restarted."""
    layout, s, log, _proc = supervised
    before = {name: instance for name, (instance, _age) in beats(s).items() if name in CHILDREN}
    mark = log.stat().st_size
    _read_only(layout, on=True)
    try:
        time.sleep(FREEZE_S)  # the fault itself: three stale periods without a write
    finally:
        _read_only(layout, on=False)
    _assert_the_same_children_beat(s, log, mark, before)


def _health(s: Settings) -> dict[str, ProcessHealth]:
    """What ``/api/health`` and the wall read (``common.health.read_health``), by service."""
    with connect(s, autocommit=True) as conn:
        return {p.service: p for p in read_health(conn, CHILDREN, STALE_AFTER_S)}


def _wall_health(s: Settings) -> dict[str, object]:
    """The wall's health topic as the feed reads it (``web.wall.topics.load_health``)."""
    with connect(s, autocommit=True) as conn:
        items, _processes = load_health(conn, CHILDREN, STALE_AFTER_S)
    return dict(items)


def test_a_hung_supervisor_leaves_its_children_running_and_is_named_down(supervised: Supervised) -> None:
    """``soc supervise`` itself stopped (SIGSTOP: a hung supervisor). Its children are
    processes of their own, writing to the supervisor's stdout, not through it, so they go on
    beating as the same processes, up; the supervisor's own beat goes stale and the health
    model names it down (not required) and supervision stopped: a warning, with every
    required process up (``/api/health`` 200 with ``warnings``), which the wall's health
    topic carries apart from what is down. Continued, it beats again, the warning goes, and
    it restarts nobody."""
    _layout, s, log, proc = supervised
    before = {name: instance for name, (instance, _age) in beats(s).items() if name in CHILDREN}
    mark = log.stat().st_size
    # A second supervisor beats beside it throughout: the hung one must not hide behind it.
    other_log = log.with_name("supervise-other.log")
    with other_log.open("ab") as fh:
        other = subprocess.Popen([sys.executable, "-m", "soc", "supervise", "maintenance"], cwd=ROOT,
                                 env=subprocess_env(s, SOC_HEALTH__STALE_AFTER_S=str(STALE_AFTER_S)),
                                 stdout=fh, stderr=fh)
    try:
        wait(lambda: _supervisor_beats(s) == 2, 60, "the second supervisor's beat")
        _hung_beside_another(s, proc, other, before)
    finally:
        stop_processes([other])
    wait(lambda: (h := _health(s).get("supervisor")) is not None and h.state is ProcessState.UP, 60,
          "the supervisor up again once continued")
    assert supervision_stopped(_health(s).values()) is None
    assert "supervisor" not in _wall_health(s)
    _assert_the_same_children_beat(s, log, mark, before)


def _supervisor_beats(s: Settings) -> int:
    """How many supervisors have beaten within the stale limit."""
    with psycopg.connect(s.db.conninfo()) as conn:
        row = conn.execute("SELECT count(*) FROM service_heartbeats WHERE service = 'supervisor'"
                           " AND beat_at > now() - make_interval(secs => %s)", (STALE_AFTER_S,)).fetchone()
    assert row is not None
    return int(row[0])


def _hung_beside_another(s: Settings, proc: subprocess.Popen[bytes], other: subprocess.Popen[bytes],
                         before: dict[str, str]) -> None:
    """``proc`` hung while ``other`` beats: named down, supervision stopped, on the wall too.
    ``before``: the instances of ``proc``'s children."""
    os.kill(proc.pid, signal.SIGSTOP)
    try:
        wait(lambda: (h := _health(s).get("supervisor")) is not None and h.state is ProcessState.DOWN,
              STALE_AFTER_S + 60, "the hung supervisor named down")
        # the children meanwhile: beating (younger than the stale limit), the same processes, up
        with connect(s, autocommit=True) as conn:
            ages = beat_ages(conn, list(before.values()))
        assert ages.keys() == set(before.values())
        assert all(age < STALE_AFTER_S for age in ages.values()), ages
        health = _health(s)
        assert all(health[n].state is ProcessState.UP for n in CHILDREN), health
        stopped = supervision_stopped(health.values())
        assert stopped is not None, health
        assert stopped.last_beat is not None
        # The wall: each part up (the broker too: no process is cut off from it), and the
        # stopped supervision a warning since its last beat.
        items = _wall_health(s)
        assert items == {"database": HealthItem("database", True), "broker": HealthItem("broker", True),
                         **{n: HealthItem(n, True) for n in CHILDREN},
                         "supervisor": HealthItem("supervisor", False, stopped.last_beat.isoformat(), warning=True)}
        assert other.poll() is None
        assert _supervisor_beats(s) == 1  # the other one beats on
    finally:
        os.kill(proc.pid, signal.SIGCONT)
