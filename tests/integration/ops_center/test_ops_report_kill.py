"""An agency's report survives a kill -9 of the ops center between its receipt and its commit.

``soc ops run`` on a private TimescaleDB + Mosquitto dispatches a fire alarm to
the fire desk. The test holds the fire assignment's row locked, the fire desk
(account ``agency-fire``) reports ``acknowledged`` over MQTT, and once the ops
center waits on that lock (it has received the report and is inside the
report's transaction) it is killed with SIGKILL. Then the lock is released and
a new ``soc ops run`` started: the assignment must end acknowledged, because the
ops center acknowledges a report to the broker only after its commit
(persistent session, QoS 1, manual acks), so the broker delivers it again.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from common import services as svc
from common.db import connect
from common.migrate import migrate
from common.settings import Settings
from tests.fix_mqtt import connect_client
from tests.fix_services import ROOT, settings_for_layout, subprocess_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SOURCE = "fa-kill-window"


def _wait(predicate: Callable[[], object], timeout_s: float, what: str) -> object:
    deadline = time.monotonic() + timeout_s
    while True:
        value = predicate()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out after {timeout_s:.0f} s: {what}"
        time.sleep(0.2)


@pytest.fixture
def center(settings: Settings, private_layout: svc.Layout,
           tmp_path: Path) -> Iterator[tuple[Settings, Callable[[], subprocess.Popen[bytes]]]]:
    svc.up(private_layout)
    s = settings_for_layout(settings, private_layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    env = subprocess_env(s, SOC_OPS__POLL_INTERVAL_MS="50", SOC_HEALTH__BEAT_EVERY_S="1")
    procs: list[subprocess.Popen[bytes]] = []

    def start() -> subprocess.Popen[bytes]:
        with (tmp_path / "ops.log").open("ab") as fh:
            procs.append(subprocess.Popen([sys.executable, "-m", "soc", "ops", "run"], cwd=ROOT, env=env,
                                          stdout=fh, stderr=fh))
        return procs[-1]

    try:
        yield s, start
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        print((tmp_path / "ops.log").read_text(errors="replace")[-4000:])


def test_a_report_received_but_not_committed_when_ops_is_killed_is_applied_after_the_restart(
        center: tuple[Settings, Callable[[], subprocess.Popen[bytes]]]) -> None:
    s, start = center
    ops = start()
    with connect(s, autocommit=True) as conn, connect(s) as blocker:
        conn.execute(
            "INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)"
            " VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe',"
            " ST_SetSRID(ST_MakePoint(120.66, 24.19), 4326), '{}')", (datetime.now(UTC), SOURCE))

        def fire_assignment() -> tuple[str, str] | None:
            row = conn.execute(
                "SELECT a.incident_id, a.state FROM ops_assignments a JOIN ops_incident_members m USING (incident_id)"
                " WHERE m.source_id = %s AND a.agency = 'fire'", (SOURCE,)).fetchone()
            return (str(row[0]), str(row[1])) if row else None

        found = _wait(fire_assignment, 90, "the fire dispatch")
        assert isinstance(found, tuple)
        incident_id = found[0]
        assert found[1] == "assigned"

        # Hold the assignment: the report's transaction waits on this lock, uncommitted.
        blocker.execute("SELECT 1 FROM ops_assignments WHERE incident_id = %s AND agency = 'fire' FOR UPDATE",
                        (incident_id,))
        desk = connect_client(s, "agency-fire")
        try:
            body = json.dumps({"state": "acknowledged", "by": "值班 fire", "note": "kill window"}).encode()
            desk.publish(f"soc/v1/dispatch/fire/status/{incident_id}", body, qos=1).wait_for_publish(10)
        finally:
            desk.disconnect()
            desk.loop_stop()

        def ops_waits_on_the_lock() -> bool:
            row = conn.execute(
                "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)"
                " WHERE NOT l.granted AND a.pid <> pg_backend_pid() AND a.datname = current_database()").fetchone()
            return bool(row and row[0])

        _wait(ops_waits_on_the_lock, 60, "the ops center to apply the report")
        ops.send_signal(signal.SIGKILL)
        ops.wait(10)
        blocker.rollback()

        start()
        _wait(lambda: (fire_assignment() or ("", ""))[1] == "acknowledged", 90,
              "the report to be applied after the restart")
        rows = conn.execute(
            "SELECT actor FROM audit_log WHERE action = 'assignment.acknowledged' AND subject_id = %s",
            (incident_id,)).fetchall()
    assert rows == [("agency-fire",)]
