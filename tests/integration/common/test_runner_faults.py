"""The consumers of committed rows ride out PostgreSQL outages without a restart.

The real processes (``soc alerts run``, ``soc ops run``, ``soc db maintain
--every``, ``soc kpi run``) run against a private TimescaleDB + Mosquitto; PostgreSQL
is stopped for 20 s, and for 75 s (longer than any start-up wait), then started again.
Afterwards each process must still be the same process and must do its work on
rows committed after the outage: a water level above its alert level becomes an
alert (alerts), the alert becomes an incident with dispatch (ops), the readings
reach the one-minute rollup (maintenance), the KPIs are computed again (kpi, every
2 s here), and every process beats again. The same
``soc ops run`` then has its broker restarted under it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common import services as svc
from common.db import connect
from common.migrate import migrate
from common.settings import Settings
from tests.fix_services import ROOT, private_instance, settings_for_layout, stop_processes, subprocess_env

Center = tuple[svc.Layout, Settings, dict[str, subprocess.Popen[bytes]], Path]

pytestmark = [pytest.mark.integration, pytest.mark.slow]

PROCESSES = {
    "alerts": ("alerts", "run"),
    "ops": ("ops", "run"),
    "maintenance": ("db", "maintain", "--every", "1"),
    "kpi": ("kpi", "run"),
}


def _wait(predicate: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, f"timed out after {timeout_s:.0f} s: {what}"
        time.sleep(0.5)


def _query(s: Settings, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    try:
        with psycopg.connect(s.db.conninfo(), connect_timeout=3) as conn:
            return conn.execute(sql, params).fetchall()  # type: ignore[arg-type]
    except psycopg.OperationalError:
        return []


@pytest.fixture(scope="module")
def center(settings: Settings, private_seed: Path | None, tmp_path_factory: pytest.TempPathFactory,
           ) -> Iterator[Center]:
    """A migrated private instance with the four consumers running (and the folder of their
    logs), for both outages and the broker restart in turn (each outage with a station and
    readings of its own)."""
    tmp_path = tmp_path_factory.mktemp("runner_faults")
    with private_instance(settings, uuid.uuid4().hex[:10], private_seed) as layout:
        svc.up(layout)
        s = settings_for_layout(settings, layout)
        with connect(s, autocommit=True) as conn:
            migrate(conn)
        env = subprocess_env(s, SOC_ALERTS__POLL_INTERVAL_MS="100", SOC_OPS__POLL_INTERVAL_MS="100",
                             SOC_OPS__KPI_INTERVAL_S="2", SOC_HEALTH__BEAT_EVERY_S="1")
        procs: dict[str, subprocess.Popen[bytes]] = {}
        try:
            for name, argv in PROCESSES.items():
                with (tmp_path / f"{name}.log").open("ab") as fh:
                    procs[name] = subprocess.Popen([sys.executable, "-m", "soc", *argv], cwd=ROOT, env=env,
                                                   stdout=fh, stderr=fh)
            _wait(lambda: _beating(s, since=None) >= set(PROCESSES), 90,
                  "first heartbeats of " + ", ".join(PROCESSES))
            yield layout, s, procs, tmp_path
        finally:
            stop_processes(procs.values())
            for name in procs:
                print(f"--- {name} log ---\n" + (tmp_path / f"{name}.log").read_text(errors="replace")[-4000:])


def _beating(s: Settings, since: datetime | None) -> set[str]:
    rows = _query(s, "SELECT service FROM service_heartbeats WHERE beat_at > coalesce(%s, '-infinity'::timestamptz)",
                  (since,))
    return {str(r[0]) for r in rows}


def _add_station(s: Settings, sid: str) -> None:
    with connect(s) as conn:
        conn.execute(
            "INSERT INTO sensors (sensor_id, agency, kind, name, geom, expected_interval, metadata)"
            " VALUES (%s, 'disaster', 'water_level', %s, ST_SetSRID(ST_MakePoint(120.64, 24.17), 4326),"
            " interval '60 seconds', %s::jsonb)",
            (sid, f"測站 {sid}", json.dumps({"alert_levels_m": {"1": 11.0, "2": 10.5, "3": 10.0}})),
        )
        conn.commit()


def _flood(s: Settings, sid: str) -> None:
    """Three minutes of a level above alert level 1, committed now (as ingest would)."""
    now = datetime.now(UTC).replace(microsecond=0)
    rows = [(now - timedelta(seconds=10 * i), sid, 11.5) for i in range(18, -1, -1)]
    with connect(s) as conn, conn.cursor() as cur:
        cur.executemany("INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, 'water_level_m', %s)",
                        rows)
        conn.commit()


def _outage_then_work(center: Center, outage_s: float) -> None:
    layout, s, procs, _ = center
    sid = f"RF-{uuid.uuid4().hex[:6]}"
    # The station exists before the outage, so the evaluator knows it when it reloads.
    _add_station(s, sid)
    svc.pg_down(layout)
    time.sleep(outage_s)  # the fault itself: the database is away this long
    for name, proc in procs.items():
        assert proc.poll() is None, f"{name} exited during the outage (code {proc.returncode})"
    svc.pg_up(layout)
    back = datetime.now(UTC)
    _flood(s, sid)

    _wait(lambda: bool(_query(s, "SELECT 1 FROM alerts WHERE rule_id = 'water-level' AND source_id = %s", (sid,))),
          90, "an alert from readings committed after the outage")
    _wait(lambda: bool(_query(s, "SELECT 1 FROM ops_incident_members WHERE source_id = %s", (sid,))),
          90, "an incident opened by that alert")
    _wait(lambda: bool(_query(s, "SELECT 1 FROM ops_assignments a JOIN ops_incident_members m USING (incident_id)"
                                 " WHERE m.source_id = %s", (sid,))),
          60, "the incident dispatched")
    _wait(lambda: bool(_query(s, "SELECT 1 FROM readings_1m WHERE sensor_id = %s", (sid,))),
          60, "the readings in the one-minute rollup")
    _wait(lambda: bool(_query(s, "SELECT 1 FROM kpi_compute_runs WHERE finished_at > %s", (back,))),
          60, "the KPIs computed again")
    _wait(lambda: _beating(s, since=back) >= set(PROCESSES), 60, "every process beating again")
    for name, proc in procs.items():
        assert proc.poll() is None, f"{name} exited (code {proc.returncode})"


def test_a_20_s_database_outage_is_ridden_out(center: Center) -> None:
    _outage_then_work(center, 20)


def test_a_75_s_database_outage_is_ridden_out(center: Center) -> None:
    _outage_then_work(center, 75)


def test_the_ops_center_broker_side_comes_back_after_a_broker_restart(center: Center) -> None:
    """Mosquitto restarted under the running `soc ops run`: an agency's acknowledgement sent
    after the restart is applied (the subscriptions were renewed), and the outage is
    logged once when the broker goes and once when it is back."""
    import paho.mqtt.client as mqtt

    from tests.fix_mqtt import connect_client

    layout, s, procs, logs = center
    ops, log_path = procs["ops"], logs / "ops.log"
    mark = log_path.stat().st_size

    def logged() -> str:
        return log_path.read_bytes()[mark:].decode(errors="replace")

    sid = f"fa-{uuid.uuid4().hex[:6]}"
    with connect(s) as conn:
        conn.execute(
            "INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)"
            " VALUES (now(), %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe',"
            " ST_SetSRID(ST_MakePoint(120.6564, 24.1819), 4326), '{}')", (sid,))
        conn.commit()
    sql_state = ("SELECT a.incident_id, a.state FROM ops_assignments a JOIN ops_incident_members m"
                 " USING (incident_id) WHERE m.source_id = %s AND a.agency = 'fire'")
    _wait(lambda: bool(_query(s, sql_state, (sid,))), 60, "the fire agency assigned")
    incident_id = str(_query(s, sql_state, (sid,))[0][0])

    try:
        svc.mqtt_down(layout)
        _wait(lambda: "ops_mqtt_unavailable" in logged(), 60, "the broker's loss logged")
        time.sleep(3)  # the fault: the broker stays away a while
    finally:
        svc.mqtt_up(layout)
    _wait(lambda: "ops_mqtt_available" in logged(), 90, "the broker's return logged")

    fire: mqtt.Client = connect_client(s, "agency-fire")
    try:
        fire.publish(f"soc/v1/dispatch/fire/status/{incident_id}", json.dumps({"state": "acknowledged"}),
                     qos=1).wait_for_publish(10)
    finally:
        fire.disconnect()
        fire.loop_stop()
    _wait(lambda: any(r[1] == "acknowledged" for r in _query(s, sql_state, (sid,))), 60,
          "the acknowledgement sent after the restart applied")
    text = logged()
    assert text.count("ops_mqtt_unavailable") == 1, text
    assert text.count("ops_mqtt_available") == 1, text
    assert ops.poll() is None
