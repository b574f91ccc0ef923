"""The simulated agency desks (``soc respond``) under database faults and a kill -9, supervised.

The desks are a long-running process of ``soc demo`` like the others: they beat (service
``agencies``) through the database, and their supervisor judges that beat. Here the real
``soc supervise agencies`` runs on a private instance and, in turn:

* PostgreSQL stopped for 20 s and started: the same process beats again, nobody judged stale
  or restarted (an outage of the database is not the child's hang);
* PostgreSQL frozen (SIGSTOP of the server and its backends) for three stale periods, then
  continued: likewise;
* ``kill -9`` of the desks: the supervisor sees the exit, the health names them down before
  the replacement beats, and the replacement, a new process, beats.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from common import services as svc
from common.health import read_health
from common.settings import Settings
from tests.fix_services import private_instance
from tests.pg_freeze import server_pids, signal_all
from tests.supervise_helpers import beats, migrated, supervising, wait

pytestmark = [pytest.mark.integration, pytest.mark.slow]

STALE_AFTER_S = 8.0
START_GRACE_S = 5 * STALE_AFTER_S
DOWN_S = 20.0
FREEZE_S = 3 * STALE_AFTER_S
#: The answer deadline here (10 s as shipped): a beat sent into the freeze fails after it.
ANSWER_WITHIN_S = 4


def _judged(log: Path, mark: int) -> list[str]:
    text = log.read_bytes()[mark:].decode(errors="replace")
    return [ln for ln in text.splitlines() if re.search(r"child_(stale|exited|restarted)", ln)]


def _fresh(s: Settings, instance: str) -> bool:
    got = beats(s).get("agencies")
    return got is not None and got[0] == instance and got[1] < 2


@pytest.fixture
def supervised(settings: Settings, private_seed: Path | None, tmp_path: Path
               ) -> Iterator[tuple[svc.Layout, Settings, Path, subprocess.Popen[bytes]]]:
    """``soc supervise agencies`` on a migrated private instance, its child beating past its grace."""
    with private_instance(settings, uuid.uuid4().hex[:10], private_seed) as layout:
        s = migrated(settings, layout)
        log = tmp_path / "supervise.log"
        with supervising(s, ("agencies",), log, stale_after_s=STALE_AFTER_S, start_grace_s=START_GRACE_S,
                         SOC_DB__ANSWER_WITHIN_S=str(ANSWER_WITHIN_S)) as proc:
            yield layout, s, log, proc


def test_the_desks_ride_out_a_database_restart_and_freeze_and_a_kill_is_named_and_healed(
        supervised: tuple[svc.Layout, Settings, Path, subprocess.Popen[bytes]]) -> None:
    layout, s, log, proc = supervised
    (first, _age) = beats(s)["agencies"]

    mark = log.stat().st_size
    svc.pg_down(layout)
    try:
        time.sleep(DOWN_S)  # the fault itself: stopped this long
    finally:
        svc.pg_up(layout)
    wait(lambda: _fresh(s, first), 120, "the same desks beating after the database restart")

    pids = server_pids(layout)
    signal_all(pids, signal.SIGSTOP)
    try:
        time.sleep(FREEZE_S)  # the fault itself: frozen this long
    finally:
        signal_all(pids, signal.SIGCONT)
    wait(lambda: _fresh(s, first), 120, "the same desks beating after the freeze")
    time.sleep(2 * STALE_AFTER_S)  # two more stale periods judged after the faults
    assert _judged(log, mark) == []
    assert _fresh(s, first)

    mark = log.stat().st_size
    os.kill(int(first.rsplit(":", 1)[1]), signal.SIGKILL)
    wait(lambda: any("child_exited name=agencies" in ln for ln in _judged(log, mark)), 60,
          "the supervisor seeing the desks' exit")
    with psycopg.connect(s.db.conninfo(), autocommit=True) as conn:
        wait(lambda: any(h.service == "agencies" and h.stale
                          for h in read_health(conn, ["agencies"], STALE_AFTER_S)), 60,
              "the health naming the killed desks down")
    wait(lambda: (b := beats(s).get("agencies")) is not None and b[0] != first and b[1] < 2, 120,
          "the restarted desks beating")
    assert any("child_restarted name=agencies" in ln for ln in _judged(log, mark))
    assert proc.poll() is None
