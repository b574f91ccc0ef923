"""A gauge's water falling back from a warning level, through the real ``soc alerts run`` on
the real database with the shipped rules (alerts/rules.yaml, the ``water-level`` rule's
``falling``): the level's own alert says it (label 水位回降, a ``level`` record), and its next
CAP message is an Update of that alert (``soc alerts cap``), as CAP 1.2 says a change.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common.settings import Settings
from soc.cli import main
from tests.fix_services import start_soc, stop_processes, wait_while_running
from tests.integration.alerts.alerts_helpers import add_water_sensor, insert_readings

pytestmark = pytest.mark.integration

ALERT = "SELECT alert_id, label, severity FROM alerts WHERE rule_id = 'water-level' AND source_id = %s"
RECORDS = """
SELECT t.action, t.reason FROM alert_transitions t JOIN alerts a USING (alert_id)
WHERE a.rule_id = 'water-level' AND a.source_id = %s ORDER BY t.id
"""


def test_soc_alerts_run_says_the_fall_on_the_level_s_alert_and_cap_sends_an_update(
    db_settings: Settings, unique_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sid = f"WLfall-{unique_id}"
    log = tmp_path / "alerts.log"
    # readings close to the wall clock: a station 3 intervals (180 s) behind is silent, and
    # silence suspends its level (the fall then counts afresh, docs/alerts.md)
    now = datetime.now(UTC).replace(microsecond=0)
    with psycopg.connect(db_settings.db.conninfo()) as ingest:
        add_water_sensor(ingest, sid)  # levels 3/2/1 = 10.0/10.5/11.0 m, every 60 s
        insert_readings(ingest, [(sid, now - timedelta(seconds=40), 10.6), (sid, now - timedelta(seconds=30), 10.8)])
    monkeypatch.setenv("SOC_DB__NAME", db_settings.db.name)
    proc = start_soc(db_settings, log, "alerts", "run")
    try:
        with psycopg.connect(db_settings.db.conninfo(), autocommit=True) as conn:
            def label() -> str | None:
                row = conn.execute(ALERT, (sid,)).fetchone()
                return None if row is None else str(row[1])

            wait_while_running(proc, log, lambda: label() == "二級警戒", "the level-2 alert", bound_s=120)
            (alert_id, _, _) = conn.execute(ALERT, (sid,)).fetchone() or (None, None, None)
            assert main(["alerts", "cap", str(alert_id)]) == 0
            assert "<msgType>Alert</msgType>" in capsys.readouterr().out
            # 10.75 (0.05 below), then 10.68 and 10.66, two readings 0.10 m or more below 10.8
            later = datetime.now(UTC).replace(microsecond=0)
            with psycopg.connect(db_settings.db.conninfo()) as ingest:
                insert_readings(ingest, [(sid, later - timedelta(seconds=s_), v)
                                         for s_, v in ((20, 10.75), (10, 10.68), (0, 10.66))])
            wait_while_running(proc, log, lambda: label() == "二級警戒・水位回降", "the fall said", bound_s=120)
            records = conn.execute(RECORDS, (sid,)).fetchall()
            still = conn.execute(ALERT, (sid,)).fetchone()
    finally:
        stop_processes([proc])
    assert [a for a, _ in records] == ["raise", "level"]
    assert records[1][1].startswith("二級警戒 -> 二級警戒・水位回降 (Moderate)")
    assert still is not None
    assert (still[0], still[2]) == (alert_id, "Moderate")  # the same alert, its severity kept
    assert main(["alerts", "cap", str(alert_id)]) == 0
    out = capsys.readouterr().out
    assert "<msgType>Update</msgType>" in out
    assert "水位回降" in out
