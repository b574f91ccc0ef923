"""The simulated agency desk and the real ops center on the test broker: a dispatch gets acknowledged."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.dispatch import load_routing
from ops_center.messages import INTAKE_TOPICS
from ops_center.service import OpsService
from sim.agencies import run_responders
from sim.responder import Profile
from tests.fix_mqtt import MqttFactory

pytestmark = pytest.mark.integration

ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")
INSERT_EVENT = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe',
        ST_SetSRID(ST_MakePoint(120.6564, 24.1819), 4326), '{}')
"""
#: A desk that always answers, within about a second of a 15-minute window.
PROMPT = Profile(ack_median=0.001, late_share=0.0, never_share=0.0)


def wait_for(pred: Any, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_the_fire_desk_acknowledges_the_centers_dispatch(
    db_settings: Settings, settings: Settings, mqtt_client: MqttFactory, unique_id: str
) -> None:
    center = mqtt_client("center")

    def publish(topic: str, payload: bytes, *, retain: bool) -> None:
        center.publish(topic, payload, qos=1, retain=retain).wait_for_publish(5)

    stop = threading.Event()
    desk = threading.Thread(target=run_responders, args=(settings, stop),
                            kwargs={"agencies": ("fire",), "profiles": {"fire": PROMPT}})
    desk.start()
    try:
        with connect(db_settings, autocommit=True) as conn, connect(db_settings, autocommit=True) as w:
            svc = OpsService(conn, ROUTING, publish=publish, idle_after_s=None)
            svc.start()
            center.on_message = lambda _c, _u, m: svc.on_message(m.topic, bytes(m.payload))
            center.subscribe([(t, 1) for t in INTAKE_TOPICS])
            w.execute(INSERT_EVENT, (datetime.now(UTC), f"fa-{unique_id}"))

            def fire_state() -> str:
                svc.poll_once()
                svc.drain_reports()
                row = conn.execute(
                    "SELECT a.state FROM ops_assignments a JOIN ops_incident_members m USING (incident_id)"
                    " WHERE m.source_id = %s AND a.agency = 'fire'", (f"fa-{unique_id}",)).fetchone()
                return str(row[0]) if row else ""

            wait_for(lambda: fire_state() == "acknowledged", "the desk's acknowledgement")
            actors = conn.execute(
                "SELECT l.actor FROM audit_log l JOIN ops_incident_members m ON l.subject_id = m.incident_id"
                " WHERE m.source_id = %s AND l.action = 'assignment.acknowledged'", (f"fa-{unique_id}",)).fetchall()
            assert actors == [("agency-fire",)]
    finally:
        stop.set()
        desk.join(timeout=30)
    assert not desk.is_alive()
