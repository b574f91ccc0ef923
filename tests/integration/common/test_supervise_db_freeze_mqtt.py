"""A frozen database under ingest, the ops center and the simulator: nobody restarted, nothing
lost or stored twice.

``test_supervise_db_freeze.py`` freezes PostgreSQL (SIGSTOP of the server and its backends:
a stalled disk, a frozen host) under the consumers that need no broker. Here the real
``soc supervise ingest ops simulator`` (the typhoon on repeat) runs on a private instance,
and the database is frozen for
three stale periods while an agency keeps publishing readings at QoS 1: ingest's batch and
heartbeat wait on the frozen server (its answer deadline fails them, and it waits with
backoff), the ops center's steps and the simulator's beats likewise. Thawed, all three beat
again as the same processes, the supervisor judged none stale nor restarted any, and every
reading published during the freeze is stored exactly once. The module's faults go, one
after the other, to one supervisor: a server that refuses every write (read-only) for three
stale periods restarts nobody either; a hung simulator (SIGSTOP) is judged stale and
restarted while ingest and the ops center go on as the same processes.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common import services as svc
from common.settings import Settings
from geo.service import run_geo_load
from tests.fix_services import private_instance
from tests.integration.common.test_supervise_db_freeze import _read_only
from tests.integration.ingest import ingest_helpers as ih
from tests.pg_freeze import server_pids, signal_all
from tests.supervise_helpers import beats, migrated, supervising, wait

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: The supervisor's staleness limit here (its start-up grace is twice this).
STALE_AFTER_S = 6.0
FREEZE_S = 3 * STALE_AFTER_S
START_GRACE_S = 2 * STALE_AFTER_S
#: The answer deadline here (10 s as shipped): a statement sent into the freeze fails after it.
ANSWER_WITHIN_S = 4
CHILDREN = ("ingest", "ops", "simulator")
N = 200
SENSOR = "freeze-flood-1"


def _readings(s: Settings) -> tuple[int, int]:
    with psycopg.connect(s.db.conninfo()) as conn:
        row = conn.execute("SELECT count(*), count(DISTINCT time) FROM readings WHERE sensor_id = %s",
                           (SENSOR,)).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


@pytest.fixture(scope="module")
def private_layout(settings: Settings, private_seed: Path | None) -> Iterator[svc.Layout]:
    """A private instance for the module's supervisor."""
    with private_instance(settings, uuid.uuid4().hex[:10], private_seed) as layout:
        yield layout


@pytest.fixture(scope="module")
def supervised(settings: Settings, private_layout: svc.Layout, tmp_path_factory: pytest.TempPathFactory
               ) -> Iterator[tuple[svc.Layout, Settings, Path]]:
    """``soc supervise ingest ops simulator`` on a migrated private instance, each beating, past
    their grace."""
    s = migrated(settings, private_layout)
    run_geo_load(s)  # the simulator's zone
    ih.register(s.db.conninfo(), [(SENSOR, "flood")])
    log = tmp_path_factory.mktemp("supervise") / "supervise.log"
    with supervising(s, CHILDREN, log, stale_after_s=STALE_AFTER_S, start_grace_s=START_GRACE_S,
                     SOC_DB__ANSWER_WITHIN_S=str(ANSWER_WITHIN_S), SOC_HEALTH__SERVICES='["ingest","ops"]'):
        yield private_layout, s, log


def test_a_frozen_database_restarts_none_of_ingest_ops_and_the_simulator_and_loses_nothing(
        supervised: tuple[svc.Layout, Settings, Path]) -> None:
    layout, s, log = supervised
    before = {name: instance for name, (instance, _age) in beats(s).items() if name in CHILDREN}
    mark = log.stat().st_size
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    pids = server_pids(layout)
    signal_all(pids, signal.SIGSTOP)
    try:
        ih.publish_floods(s, SENSOR, N, base)  # the broker acknowledges them; ingest cannot store them
        held = time.monotonic()
        while time.monotonic() - held < FREEZE_S:  # the fault itself: frozen this long
            time.sleep(0.5)
    finally:
        signal_all(pids, signal.SIGCONT)
    wait(lambda: all(n in b and b[n][1] < 2 for b in [beats(s)] for n in CHILDREN), 90,
          "beats of ingest, ops and the simulator after the thaw")
    wait(lambda: _readings(s)[0] >= N, 90, "the readings published during the freeze stored")
    _judged_and_the_same(s, log, mark, before)
    assert _readings(s) == (N, N)


def _judged_and_the_same(s: Settings, log: Path, mark: int, before: dict[str, str]) -> None:
    """Two stale periods judged by the supervisor after the fault (its log from byte
    ``mark``): nobody judged stale or restarted, every child the same process."""
    deadline = time.monotonic() + 2 * STALE_AFTER_S
    while time.monotonic() < deadline:
        time.sleep(1)
    after = {name: instance for name, (instance, _age) in beats(s).items() if name in CHILDREN}
    text = log.read_bytes()[mark:].decode(errors="replace")
    assert "child_stale" not in text, [ln for ln in text.splitlines() if "child_" in ln]
    assert "child_restarted" not in text, [ln for ln in text.splitlines() if "child_" in ln]
    assert after == before


def test_a_database_that_refuses_every_write_restarts_none_of_ingest_ops_and_the_simulator(
        supervised: tuple[svc.Layout, Settings, Path]) -> None:
    """Read-only for three stale periods (as a full disk refuses writes): every beat is a
    write, so every child falls silent while the supervisor still reads; it judges that an
    outage. Writable again, the same three processes beat."""
    layout, s, log = supervised
    before = {name: instance for name, (instance, _age) in beats(s).items() if name in CHILDREN}
    mark = log.stat().st_size
    _read_only(layout, on=True)
    try:
        time.sleep(FREEZE_S)  # the fault itself: three stale periods without a write
        silent = beats(s)  # reads answer: every beat older than the stale limit
        assert all(silent[n][1] > STALE_AFTER_S for n in CHILDREN), silent
    finally:
        _read_only(layout, on=False)
    wait(lambda: all(n in b and b[n][1] < 2 for b in [beats(s)] for n in CHILDREN), 90,
          "beats of ingest, ops and the simulator once writes are taken")
    _judged_and_the_same(s, log, mark, before)


def test_a_hung_simulator_is_restarted_and_ingest_and_the_ops_center_go_on(
        supervised: tuple[svc.Layout, Settings, Path]) -> None:
    """The simulator's loop stuck (SIGSTOP): it has no watchdog of its own, so its supervisor
    judges its stale beat and restarts it; its siblings go on as the same processes."""
    _layout, s, log = supervised
    before = {name: instance for name, (instance, _age) in beats(s).items() if name in CHILDREN}
    mark = log.stat().st_size
    os.kill(int(before["simulator"].rsplit(":", 1)[1]), signal.SIGSTOP)
    wait(lambda: (b := beats(s)).get("simulator", ("", 99.0))[0] != before["simulator"]
          and b["simulator"][1] < 2, 90, "a new simulator beating")
    lines = [ln for ln in log.read_bytes()[mark:].decode(errors="replace").splitlines() if "child_" in ln]
    assert any("child_stale" in ln and "simulator" in ln for ln in lines), lines
    assert all("simulator" in ln for ln in lines if "child_stale" in ln or "child_restarted" in ln), lines
    now = beats(s)
    assert {n: now[n][0] for n in ("ingest", "ops")} == {n: before[n] for n in ("ingest", "ops")}
    assert all(now[n][1] < STALE_AFTER_S for n in ("ingest", "ops")), now
