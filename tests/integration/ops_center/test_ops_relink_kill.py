"""A coordinator's link and unlink survive a kill -9 of the real ``soc ops run``.

Two fires 2 km apart, opened by fire panels' alarms; a third panel beside the first fire
joins it. The coordinator moves that panel's alarm to the second fire and unlinks nothing
else; the ops center is killed with SIGKILL, another alarm comes in beside the first fire
while it is down, and it is started again: it rebuilds its correlator from the replay log,
and the moved alarm stays where the coordinator put it while the first fire takes the new one
(and, written again with it, does not take the moved one back).
"""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from common.db import connect
from common.settings import Settings
from ops_center import repo
from tests.integration.ops_center.ops_helpers import wait_for

pytestmark = pytest.mark.integration

ALARM = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe', ST_SetSRID(ST_MakePoint(%s, %s), 4326), '{}')
"""
HERE = (120.6564, 24.1819)
BESIDE = (120.6568, 24.1820)  # about 40 m on
THERE = (120.6364, 24.1919)  # about 2.3 km off


def _alarm(conn: object, source: str, where: tuple[float, float]) -> None:
    conn.execute(ALARM, (datetime.now(UTC), source, *where))  # type: ignore[attr-defined]


def _home(conn: object, source: str) -> str | None:
    row = conn.execute("SELECT incident_id FROM ops_incident_members WHERE source_id = %s",  # type: ignore[attr-defined]
                       (source,)).fetchone()
    return None if row is None else str(row[0])


def test_a_moved_alarm_stays_moved_after_a_kill_and_a_restart(
        center: tuple[Settings, Callable[[], subprocess.Popen[bytes]]]) -> None:
    s, start = center
    ops = start()
    with connect(s, autocommit=True) as conn:
        _alarm(conn, "fa-relink-a", HERE)
        _alarm(conn, "fa-relink-b", THERE)
        _alarm(conn, "fa-relink-a2", BESIDE)
        first, second = (wait_for(lambda src=src: _home(conn, src), 90, f"{src} placed")
                         for src in ("fa-relink-a", "fa-relink-b"))
        assert wait_for(lambda: _home(conn, "fa-relink-a2") == first, 30, "the panel beside joining the first fire")
        assert first != second
        (key,) = conn.execute("SELECT item_key FROM ops_incident_members WHERE source_id = 'fa-relink-a2'").fetchone()
        command = repo.insert_command(conn, str(second), "link", {"item_key": str(key)}, actor="coord",
                                      reason="同一棟另一側的受信總機")
        wait_for(lambda: (row := repo.get_command(conn, command)) is not None and row.state == "done", 60,
                 "the link applied")
        assert _home(conn, "fa-relink-a2") == second

        ops.send_signal(signal.SIGKILL)
        ops.wait(10)
        _alarm(conn, "fa-relink-a3", BESIDE)  # while it is down, beside the first fire
        start()
        assert wait_for(lambda: _home(conn, "fa-relink-a3") == first, 120, "the new alarm joining the first fire")
        assert _home(conn, "fa-relink-a2") == second
        counts = dict(conn.execute("SELECT incident_id, member_count FROM ops_incidents WHERE incident_id = ANY(%s)",
                                   ([first, second],)).fetchall())
        assert counts == {first: 2, second: 2}
