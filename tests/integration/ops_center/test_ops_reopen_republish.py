"""A reopened incident's live assignments are told again like any live job's. The correlator
forgot the incident at its closure, and a restarted service's replay closes it again in memory;
a mode switch after the restart still publishes its agency's assignment with the new deadline,
the incident drawn from its stored rows."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.dispatch import Agency, Mode, load_routing
from ops_center.service import OpsService

pytestmark = pytest.mark.integration

ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")
T = 1_800_000_300.0


def test_after_a_restart_a_mode_switch_tells_a_reopened_incidents_agency_its_new_deadline(
    db_settings: Settings,
) -> None:
    sent: list[tuple[str, dict[str, object]]] = []

    def publish(topic: str, payload: bytes, retain: bool) -> None:
        if payload:
            sent.append((topic, json.loads(payload)))

    with connect(db_settings, autocommit=True) as conn, connect(db_settings, autocommit=True) as w:
        svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: T, publish=publish)
        svc.start()
        w.execute(
            "INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)"
            " VALUES (%s, 'reopen-acc', 'police', 'incident', 'r1', 'accident', 'Moderate',"
            " ST_SetSRID(ST_MakePoint(120.645, 24.175), 4326), '{}')",
            (datetime.now(UTC),),
        )
        deadline = time.monotonic() + 15
        while (row := conn.execute("SELECT incident_id FROM ops_incident_members"
                                   " WHERE source_id = 'reopen-acc'").fetchone()) is None:
            assert time.monotonic() < deadline
            svc.poll_once()
            time.sleep(0.02)
        inc = str(row[0])
        assert svc.close_incident(inc, actor="coord", reason="處理完畢")
        assert svc.reopen_incident(inc, actor="coord", reason="同地點再次事故")
        svc.assign(inc, Agency.FIRE, actor="coord", reason="車輛起火")
        svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: T, publish=publish)  # restarted
        svc.start()
        sent.clear()
        svc.set_mode(Mode.EMERGENCY, actor="coord", reason="颱風海上警報")
    topic = f"soc/v1/dispatch/fire/assignment/{inc}"
    told = [p for t, p in sent if t == topic]
    assert told, sorted({t for t, _ in sent})
    fire = next(a for a in svc.dispatcher.assignments(inc) if a.agency is Agency.FIRE)
    assert fire.deadline == T + ROUTING.modes[Mode.EMERGENCY].ack_deadline_s
