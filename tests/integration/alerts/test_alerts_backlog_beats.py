"""``soc alerts run`` keeps beating while it works through a backlog.

A backlog of committed readings (many ingest-sized transactions) is waiting when
the real process starts. Every beat it writes is recorded, by a trigger on
``service_heartbeats``, together with the evaluator's committed readings watermark
at that moment. The evaluator must take the backlog in bounded chunks and beat
between them: beats arrive while part of the backlog is still unevaluated, not
only after all of it (one pass over a large enough backlog outlasts the stale
limit on any machine, and the health checks would call a working service dead).
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common.settings import Settings
from tests.fix_services import ROOT, stop_processes, subprocess_env
from tests.integration.alerts.alerts_helpers import add_water_sensor, insert_readings

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: Readings per transaction (ingest commits a batch of at most 2,000 messages).
PER_TXN = 1_000
TXNS = 40

BEAT_LOG = """
CREATE TABLE test_alert_beats (beat_at timestamptz NOT NULL, readings_wm timestamptz);
CREATE FUNCTION test_log_alert_beat() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO test_alert_beats
    SELECT NEW.beat_at, (SELECT readings_wm FROM alert_watermarks WHERE consumer = 'alerts');
    RETURN NEW;
END $$;
CREATE TRIGGER test_log_alert_beat AFTER INSERT OR UPDATE ON service_heartbeats
FOR EACH ROW WHEN (NEW.service = 'alerts') EXECUTE FUNCTION test_log_alert_beat();
"""


def test_the_evaluator_beats_between_chunks_of_a_backlog(
        db_settings: Settings, db_dsn: str, unique_id: str, tmp_path: Path) -> None:
    sid = f"WLb-{unique_id}"
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=PER_TXN * TXNS)
    with psycopg.connect(db_dsn) as conn:
        add_water_sensor(conn, sid)
        for k in range(TXNS):  # one transaction each, as ingest commits its batches
            insert_readings(conn, [(sid, start + timedelta(seconds=k * PER_TXN + i), 5.0) for i in range(PER_TXN)])
        row = conn.execute("SELECT max(received_at) FROM readings").fetchone()
        assert row is not None
        last_received: datetime = row[0]
        conn.execute(BEAT_LOG)
        conn.commit()

    env = subprocess_env(db_settings, SOC_HEALTH__BEAT_EVERY_S="0", SOC_ALERTS__POLL_INTERVAL_MS="100")
    with (tmp_path / "alerts.log").open("wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "soc", "alerts", "run"], cwd=ROOT, env=env,
                                stdout=log, stderr=subprocess.STDOUT)
    try:
        with psycopg.connect(db_dsn, autocommit=True) as conn:
            deadline = time.monotonic() + 300  # a bound on waiting, not a timing assertion
            while True:
                row = conn.execute("SELECT count(*) FROM test_alert_beats WHERE readings_wm > %s",
                                   (last_received,)).fetchone()
                if row and row[0] > 0:
                    break
                assert proc.poll() is None, (tmp_path / "alerts.log").read_text()[-3000:]
                assert time.monotonic() < deadline, "the evaluator never got through the backlog"
                time.sleep(0.5)
            beats = conn.execute("SELECT readings_wm FROM test_alert_beats ORDER BY beat_at").fetchall()
    finally:
        stop_processes([proc])
    during = sorted({wm for (wm,) in beats if wm is not None and wm <= last_received})
    # Beats at several points inside the backlog: the loop came round between chunks.
    assert len(during) >= 2, (
        f"{len(beats)} beats, {len(during)} of them while the backlog of {PER_TXN * TXNS} readings was "
        "being evaluated")
