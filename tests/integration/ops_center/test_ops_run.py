"""`soc ops run` wiring (database, broker, loop, clean stop) and `soc ops mode`."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.dispatch import Mode
from ops_center.errors import DispatchError
from ops_center.service import run_mode_switch, run_ops

pytestmark = pytest.mark.integration


def test_run_ops_correlates_dispatches_and_stops(db_settings: Settings, services: object, unique_id: str) -> None:
    settings = db_settings.model_copy(update={"ops": db_settings.ops.model_copy(update={"poll_interval_ms": 20})})
    stop = threading.Event()
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(run_ops(settings, stop=stop)), daemon=True)
    worker.start()
    try:
        with connect(settings, autocommit=True) as conn:
            conn.execute(
                "INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)"
                " VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe',"
                " ST_SetSRID(ST_MakePoint(120.66, 24.19), 4326), '{}')",
                (datetime.now(UTC), f"run-{unique_id}"),
            )
            deadline = time.monotonic() + 20
            while True:
                row = conn.execute(
                    "SELECT count(*) FROM ops_assignments a JOIN ops_incident_members m USING (incident_id)"
                    " WHERE m.source_id = %s",
                    (f"run-{unique_id}",),
                ).fetchone()
                if row and row[0] == 3:  # fire, police, environment
                    break
                assert time.monotonic() < deadline, "run_ops did not dispatch"
                time.sleep(0.05)
    finally:
        stop.set()
        worker.join(10)
    assert result == [0]


def test_mode_command_records_an_audited_switch(db_settings: Settings) -> None:
    # No reason, or one nobody can read (the API's rule: docs/web.md), records nothing.
    for invisible in ("  ", "\u200b", "\u2060\ufeff\u00a0\u3000"):
        with pytest.raises(DispatchError, match="needs a reason"):
            run_mode_switch(db_settings, Mode.EMERGENCY, actor="ops-1", reason=invisible)
    assert run_mode_switch(db_settings, Mode.EMERGENCY, actor="ops-1", reason="颱風陸上警報") is Mode.PEACETIME
    assert run_mode_switch(db_settings, Mode.PEACETIME, actor="ops-1", reason="警報解除") is Mode.EMERGENCY
    with connect(db_settings, autocommit=True) as conn:
        rows = conn.execute("SELECT from_mode, to_mode, actor, reason FROM ops_mode_switches ORDER BY id").fetchall()
        audited = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'mode.switch'").fetchone()
    assert rows == [
        ("peacetime", "emergency", "ops-1", "颱風陸上警報"),
        ("emergency", "peacetime", "ops-1", "警報解除"),
    ]
    assert audited == (2,)
