"""Maintenance takes a rollup backlog in units cut by time, beats between them, and rolls up the same.

After a long outage of maintenance (or of the database's jobs) the readings received
since its watermarks are a backlog; one transaction over all of them runs as long as the
backlog and the machine's load make it, with no beat, and a supervisor that judges the
process by its beats kills it in the middle, again and again. The rollups are taken in
windows of ``received_at`` sized by time (``SOC_HEALTH__UNIT_S``), each its own
transaction with its watermark; each reading is added to its buckets once, so the rollups
after the last window are those of one pass over everything.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from common.db import detect_capabilities
from common.maintenance import MaintenanceWorker, run_once
from common.settings import Settings
from tests.fix_db import scratch_database
from tests.fix_services import ROOT, stop_processes, subprocess_env

pytestmark = [pytest.mark.integration]

#: Transactions of the backlog, each as ingest commits a batch: several of the smallest
#: units (``ROLLUP_UNIT_LEAST`` readings) in all.
TXNS = 50
PER_TXN = 2_000
ROLLUPS = {
    "readings_1m": "SELECT bucket, sensor_id, metric, n, avg_value, min_value, max_value FROM readings_1m",
    "readings_1h": "SELECT bucket, sensor_id, metric, n, avg_value, min_value, max_value FROM readings_1h",
    "readings_1d": "SELECT bucket, sensor_id, metric, n, avg_value, min_value, max_value FROM readings_1d",
    "readings_area_1h": "SELECT area, metric, bucket, n, avg_value, min_value, max_value, sensors"
                        " FROM readings_area_1h",
    "readings_area_1d": "SELECT area, metric, bucket, n, avg_value, min_value, max_value, sensors"
                        " FROM readings_area_1d",
}
SQL_RESET = """
TRUNCATE readings_1h, readings_1d, readings_area_1h, readings_area_1d;
DELETE FROM soc_maintenance WHERE key IN ('readings_1m', 'readings_1h');
"""
BEAT_LOG = """
CREATE TABLE test_maintenance_beats (beat_at timestamptz NOT NULL, hours_wm text);
CREATE FUNCTION test_log_maintenance_beat() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO test_maintenance_beats
    SELECT NEW.beat_at, (SELECT value::text FROM soc_maintenance WHERE key = 'readings_1h');
    RETURN NEW;
END $$;
CREATE TRIGGER test_log_maintenance_beat AFTER INSERT OR UPDATE ON service_heartbeats
FOR EACH ROW WHEN (NEW.service = 'maintenance') EXECUTE FUNCTION test_log_maintenance_beat();
"""


def _backlog(conn: psycopg.Connection, sensors: list[str]) -> datetime:
    """:data:`TXNS` transactions of readings over the last hours, some late (an hour back, into
    buckets earlier transactions touched); returns the last one's ``received_at``."""
    t0 = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=24)
    for k in range(TXNS):
        with conn.transaction(), conn.cursor() as cur:
            rows = [(t0 + timedelta(seconds=5 * (k * PER_TXN + i) // len(sensors)) - timedelta(hours=k % 3),
                     sensors[i % len(sensors)], "water_level_m", float((k * PER_TXN + i) % 97) / 7)
                    for i in range(PER_TXN)]
            cur.executemany("INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, %s, %s)"
                            " ON CONFLICT DO NOTHING", rows)
    row = conn.execute("SELECT max(received_at) FROM readings").fetchone()
    assert row is not None
    last: datetime = row[0]
    return last


@pytest.fixture
def backlog(settings: Settings, db_template: str) -> Iterator[tuple[Settings, datetime]]:
    """A scratch database with sensors in areas and a backlog no rollup has seen."""
    with scratch_database(settings, db_template) as own:
        with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
            sensors = [f"WLm-{k}" for k in range(7)]
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO sensors (sensor_id, agency, kind, name, geom, zone, sub_area, district)"
                    " VALUES (%s, 'disaster', 'water_level', %s, ST_SetSRID(ST_MakePoint(120.64, 24.17), 4326),"
                    " 'SN', %s, %s)",
                    [(s, s, f"SN-{k % 2}", f"D{k % 3}") for k, s in enumerate(sensors)])
            last = _backlog(conn, sensors)
        yield own, last


def _rollups(conn: psycopg.Connection) -> dict[str, list[tuple[Any, ...]]]:
    def same(v: object) -> object:  # a float recomputed from the same rows, to 12 digits
        return float(f"{v:.12g}") if isinstance(v, float) else v
    return {name: sorted(tuple(same(v) for v in row) for row in conn.execute(sql).fetchall())
            for name, sql in ROLLUPS.items()}


def test_units_cut_by_time_roll_up_what_one_pass_rolls_up(backlog: tuple[Settings, datetime]) -> None:
    own, _last = backlog
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        caps = detect_capabilities(conn)
        # a budget no unit meets and no least size: every unit one transaction of the backlog
        worker = MaintenanceWorker(unit_s=1e-9, least=1)
        worker.open(conn, datetime.now(UTC))
        steps = 1
        while worker.step(conn, datetime.now(UTC)):
            steps += 1
        in_units = _rollups(conn)
        if not caps.has_continuous_aggregates:
            conn.execute("TRUNCATE readings_1m")
        conn.execute(SQL_RESET)
        run_once(conn, caps)
        at_once = _rollups(conn)
    assert steps > TXNS, f"{steps} steps for a backlog of {TXNS} transactions"
    assert in_units["readings_1h"], "nothing was rolled up"
    for name, rows in at_once.items():
        assert in_units[name] == rows, name


def test_maintenance_beats_between_units_of_a_rollup_backlog(
        backlog: tuple[Settings, datetime], tmp_path: Path) -> None:
    own, last = backlog
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        conn.execute(BEAT_LOG)
    env = subprocess_env(own, SOC_HEALTH__BEAT_EVERY_S="0", SOC_HEALTH__UNIT_S="0.000001")
    with (tmp_path / "maintenance.log").open("wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "soc", "db", "maintain", "--every", "1"], cwd=ROOT,
                                env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
            deadline = time.monotonic() + 300  # a bound on waiting, not a timing assertion
            while True:
                row = conn.execute("SELECT value > %s FROM soc_maintenance WHERE key = 'readings_1h'",
                                   (last,)).fetchone()
                if row and row[0]:
                    break
                assert proc.poll() is None, (tmp_path / "maintenance.log").read_text()[-3000:]
                assert time.monotonic() < deadline, "maintenance never got through the backlog"
                time.sleep(0.2)
            beats = conn.execute("SELECT hours_wm FROM test_maintenance_beats ORDER BY beat_at").fetchall()
            inside = {wm for (wm,) in beats if wm is not None
                      and conn.execute("SELECT %s::timestamptz <= %s", (wm, last)).fetchone() == (True,)}
    finally:
        assert stop_processes([proc]) == [0]
    # Beats at several points inside the backlog: the loop came round between units.
    assert len(inside) >= 2, f"{len(beats)} beats, {len(inside)} of them inside the backlog of {TXNS} transactions"
