"""A backlog does not make every station silent at each step.

Silence is judged on the wall clock: a station is silent when its newest reading is older
than its interval times the rule's factor. A backlog after an outage holds readings far
behind the wall clock; judged at every step, each step would find every station silent
(a raise or recurrence of ``sensor-offline``) and its next reading in the backlog bring it
back (a clear), as many times as there are steps, and the steps' number follows the
machine's load (they are sized by time). Here twelve stations reporting every minute for
an hour wait as a backlog of 60 transactions, evaluated in steps of one transaction; the
wall clock stands 10 minutes after their last reading. Once everything is evaluated
each station is silent (10 min > 3 × 60 s): one ``sensor-offline`` alert per station,
raised once, and nothing more.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from alerts.rules import load_rules_file
from alerts.service import AlertsService
from common.settings import Settings
from tests.fix_db import scratch_database
from tests.integration.alerts.alerts_helpers import add_water_sensor, insert_readings

pytestmark = [pytest.mark.integration]

RULES = load_rules_file(Path(__file__).parents[3] / "alerts" / "rules.yaml")
STATIONS = 12
MINUTES = 60


def test_a_backlog_raises_each_silent_station_once(settings: Settings, db_template: str) -> None:
    start = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=MINUTES + 10)
    wall = start + timedelta(minutes=MINUTES + 10)
    stations = [f"WLq-{k:02d}" for k in range(STATIONS)]
    with scratch_database(settings, db_template) as own, psycopg.connect(own.db.conninfo()) as conn, \
            psycopg.connect(own.db.conninfo()) as ingest:
        for sid in stations:
            add_water_sensor(ingest, sid)
        svc = AlertsService(conn, RULES, horizon_margin_s=0, batch_max=STATIONS)
        svc.start(start)
        for m in range(MINUTES):  # one transaction a minute: the backlog
            insert_readings(ingest, [(sid, start + timedelta(minutes=m), 9.0) for sid in stations])
        steps = 0
        while svc.step(wall).readings:
            steps += 1
        svc.step(wall)
        rows = conn.execute(
            "SELECT a.source_id, count(*) FILTER (WHERE t.action IN ('raise', 'recur')),"
            " count(*) FILTER (WHERE t.action = 'clear')"
            " FROM alerts a JOIN alert_transitions t USING (alert_id)"
            " WHERE a.rule_id = 'sensor-offline' GROUP BY 1 ORDER BY 1").fetchall()
        conn.commit()
        svc.stop()
    assert steps >= MINUTES  # a step per transaction
    assert rows == [(sid, 1, 0) for sid in stations]
