"""A backlog after ``soc alerts run`` was killed gives the alerts the stream gives live.

The process is killed (``kill -9``) while a corridor is congested; the rest of the
stream is committed while it is down, as ingest commits a backlog after an outage:
many transactions, each with the readings and events of one minute. In such a
backlog readings far outnumber events (the typhoon's first 5 h: 83,318 readings, 84
events), so a chunk of ``batch_max`` readings covers minutes where the same number
of events covers hours. Whether the returning congestion recurs on the
open alert or opens a new one must follow from the data (clear for less than
``auto_resolve_after_s`` of observation time: it recurs), not from how the backlog
is cut into steps.
"""

from __future__ import annotations

import json
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common.settings import Settings
from tests.fix_services import start_soc, stop_processes, wait_while_running

pytestmark = [pytest.mark.integration, pytest.mark.slow]

BASE = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=3)
#: Readings per step: a chunk of the backlog holds 10 minutes of this stream (4 readings
#: a minute), as 5,000 readings hold about 18 minutes of the typhoon.
BATCH_MAX = 40

# The shipped corridor-congestion rule: mean speed < 20 km/h and mean occupancy > 60 %
# over the corridor's detectors, held for 180 s; auto-resolve after 600 s clear.
CONGESTED, FREE = (12.0, 80.0), (55.0, 20.0)
# Congested minutes 0-9 (raised at minute 3, after 180 s), free 10-14 (clear at 10),
# congested 15-29 (held again from 18: clear for 8 minutes, so the same alert recurs),
# free from 30 (clear at 30, resolved at 40).
STREAM = [CONGESTED] * 10 + [FREE] * 5 + [CONGESTED] * 15 + [FREE] * 30
LIVE = 6  # minutes evaluated before the kill


def minute(n: int) -> datetime:
    return BASE + timedelta(minutes=n)


def commit_minutes(conn: psycopg.Connection, corridor: str, sensors: list[str], minutes: range) -> None:
    """One transaction per minute: each detector's speed and occupancy, and one event."""
    for m in minutes:
        speed, occupancy = STREAM[m]
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO readings (time, sensor_id, metric, value) VALUES (%s, %s, %s, %s)",
                [(minute(m), s, metric, v) for s in sensors
                 for metric, v in (("speed_kmh", speed), ("occupancy_pct", occupancy))])
            # a fire panel reporting normal every minute: an event no rule alerts on
            cur.execute(
                "INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)"
                " VALUES (%s, %s, 'disaster', 'fire_alarm', %s, 'normal', 'Minor',"
                " ST_SetSRID(ST_MakePoint(120.64, 24.17), 4326), '{}')",
                (minute(m), f"FA-{corridor}", f"{corridor}-{m}"))
        conn.commit()


def test_a_backlog_after_a_kill_recurs_where_the_live_stream_recurs(
        db_settings: Settings, db_dsn: str, unique_id: str, tmp_path: Path) -> None:
    corridor = f"cc-{unique_id}"
    sensors = [f"VD-{unique_id}-{i}" for i in (1, 2)]
    log = tmp_path / "alerts.log"
    env = {"SOC_ALERTS__BATCH_MAX": str(BATCH_MAX), "SOC_ALERTS__POLL_INTERVAL_MS": "100"}
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        for i, sid in enumerate(sensors):
            conn.execute(
                "INSERT INTO sensors (sensor_id, agency, kind, name, geom, expected_interval, metadata)"
                " VALUES (%s, 'traffic', 'vd', %s, ST_SetSRID(ST_MakePoint(%s, 24.17), 4326),"
                " interval '60 seconds', %s::jsonb)",
                (sid, sid, 120.64 + i / 1000, json.dumps({"corridor": corridor})))

        def raised() -> list[datetime]:
            return [r[0] for r in conn.execute(
                "SELECT raised_at FROM alerts WHERE source_id = %s ORDER BY raised_at",
                (f"corridor:{corridor}",)).fetchall()]

        with psycopg.connect(db_dsn) as ingest:
            proc = start_soc(db_settings, log, "alerts", "run", **env)
            try:
                commit_minutes(ingest, corridor, sensors, range(LIVE))
                wait_while_running(proc, log, lambda: raised() == [minute(3)], "the live raise")
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                commit_minutes(ingest, corridor, sensors, range(LIVE, len(STREAM)))
            finally:
                stop_processes([proc])
        row = conn.execute("SELECT max(received_at) FROM readings").fetchone()
        assert row is not None
        last = row[0]

        def caught_up() -> bool:
            got = conn.execute("SELECT readings_wm, events_wm FROM alert_watermarks WHERE consumer = 'alerts'"
                               ).fetchone()
            return got is not None and min(got) > last

        proc = start_soc(db_settings, log, "alerts", "run", **env)
        try:
            wait_while_running(proc, log, caught_up, "the evaluation of the backlog")
        finally:
            stop_processes([proc])
        history = [(str(a), at) for a, at in conn.execute(
            "SELECT t.action, t.at FROM alert_transitions t JOIN alerts a ON a.alert_id = t.alert_id"
            " WHERE a.source_id = %s AND t.action <> 'escalate'"  # escalation runs on the wall clock
            " ORDER BY t.at, t.id", (f"corridor:{corridor}",)).fetchall()]
        assert (raised(), history) == ([minute(3)], [
            ("raise", minute(3)), ("clear", minute(10)), ("recur", minute(18)),
            ("clear", minute(30)), ("resolve", minute(40))])
