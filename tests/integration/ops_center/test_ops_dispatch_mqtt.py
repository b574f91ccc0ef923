"""Dispatch over the real Mosquitto: assignment out, agency acknowledgement in, ACL enforced."""

from __future__ import annotations

import json
import queue
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.dispatch import Agency, Mode, load_routing
from ops_center.incidents import CapSeverity
from ops_center.messages import INTAKE_TOPICS
from ops_center.service import OpsService
from tests.fix_mqtt import MqttFactory

pytestmark = pytest.mark.integration

ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")
INSERT_EVENT = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe',
        ST_SetSRID(ST_MakePoint(120.6564, 24.1819), 4326), '{}')
"""


def wait_for(pred: Any, what: str, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def test_agency_acknowledges_over_mqtt(db_settings: Settings, mqtt_client: MqttFactory, unique_id: str) -> None:
    center = mqtt_client("center")

    def publish(topic: str, payload: bytes, *, retain: bool) -> None:
        center.publish(topic, payload, qos=1, retain=retain).wait_for_publish(5)

    with connect(db_settings, autocommit=True) as conn, connect(db_settings, autocommit=True) as w:
        svc = OpsService(conn, ROUTING, publish=publish, idle_after_s=None)
        svc.start()
        center.on_message = lambda _c, _u, m: svc.on_message(m.topic, bytes(m.payload))
        center.subscribe([(t, 1) for t in INTAKE_TOPICS])

        fire = mqtt_client("agency-fire")
        inbox: queue.Queue[tuple[str, bytes]] = queue.Queue()
        fire.on_message = lambda _c, _u, m: inbox.put((m.topic, bytes(m.payload)))

        w.execute(INSERT_EVENT, (datetime.now(UTC), f"fa-{unique_id}"))
        incident_id = ""

        def dispatched() -> bool:
            nonlocal incident_id
            svc.poll_once()
            row = conn.execute(
                "SELECT incident_id FROM ops_incident_members WHERE source_id = %s",
                (f"fa-{unique_id}",),
            ).fetchone()
            incident_id = row[0] if row else ""
            return (
                bool(row)
                and conn.execute(
                    "SELECT 1 FROM ops_assignments WHERE incident_id = %s AND agency = 'fire'",
                    (incident_id,),
                ).fetchone()
                is not None
            )

        wait_for(dispatched, "the fire incident to be dispatched")
        # Subscribing after the fact: the assignment is retained, so a brigade that
        # connects late still gets it.
        fire.subscribe(f"soc/v1/dispatch/fire/assignment/{incident_id}", qos=1)
        topic, payload = inbox.get(timeout=10)
        assert topic == f"soc/v1/dispatch/fire/assignment/{incident_id}"
        body = json.loads(payload)
        assert (body["type"], body["state"]) == ("fire", "assigned")
        assert "<msgType>Alert</msgType>" in body["cap"]

        # The fire brigade may not speak for the police: the broker drops it (ACL).
        fire.publish(
            f"soc/v1/dispatch/police/status/{incident_id}", json.dumps({"state": "acknowledged"}), qos=1
        ).wait_for_publish(5)
        fire.publish(
            f"soc/v1/dispatch/fire/status/{incident_id}", json.dumps({"state": "acknowledged", "by": "第三大隊"}), qos=1
        ).wait_for_publish(5)

        def state_of(agency: str) -> str:
            svc.drain_reports()
            row = conn.execute(
                "SELECT state FROM ops_assignments WHERE incident_id = %s AND agency = %s",
                (incident_id, agency),
            ).fetchone()
            return str(row[0]) if row else ""

        wait_for(lambda: state_of("fire") == "acknowledged", "the acknowledgement")
        assert state_of("police") == "assigned"
        audit = conn.execute(
            "SELECT actor, action FROM audit_log WHERE subject_id = %s AND action LIKE 'assignment.%%' ORDER BY id",
            (incident_id,),
        ).fetchall()
        # The account is the actor; the body's "by" is only a display name (in the detail).
        assert ("agency-fire", "assignment.acknowledged") in audit
        by = conn.execute(
            "SELECT detail ->> 'by' FROM audit_log WHERE subject_id = %s AND action = 'assignment.acknowledged'",
            (incident_id,),
        ).fetchone()
        assert by == ("第三大隊",)
        transitions = conn.execute(
            "SELECT agency, from_state, to_state, channel FROM ops_assignment_transitions "
            "WHERE incident_id = %s AND channel = 'mqtt'",
            (incident_id,),
        ).fetchall()
        assert transitions == [("fire", "assigned", "acknowledged", "mqtt")]
        # Fire's policy is "any": one acknowledgement acknowledges the incident.
        assert svc.dispatcher.acknowledged(incident_id)

        # Moves follow the table; an illegal one (en_route -> acknowledged) is refused,
        # audited, and changes nothing.
        for state in ("en_route", "acknowledged", "on_scene"):
            fire.publish(
                f"soc/v1/dispatch/fire/status/{incident_id}", json.dumps({"state": state}), qos=1
            ).wait_for_publish(5)
        wait_for(lambda: state_of("fire") == "on_scene", "on scene")
        rejected = conn.execute(
            "SELECT reason, detail ->> 'state' FROM audit_log WHERE subject_id = %s AND action = 'dispatch.rejected'",
            (incident_id,),
        ).fetchall()
        assert rejected == [("AssignmentTransitionError", "acknowledged")]
        for agency in ("fire", "police", "environment"):  # clear retained test messages
            center.publish(
                f"soc/v1/dispatch/{agency}/assignment/{incident_id}", b"", qos=1, retain=True
            ).wait_for_publish(5)


def test_mode_switch_is_audited_and_shortens_deadlines(db_settings: Settings) -> None:
    with connect(db_settings, autocommit=True) as conn:
        svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: 1_800_000_000.0)
        svc.start()
        svc.dispatcher.dispatch("inc-modetest", next(iter(ROUTING.routes)), CapSeverity.SEVERE, 1_800_000_000.0)
        svc.set_mode(Mode.EMERGENCY, actor="coordinator-1", reason="颱風海上警報")
        rows = conn.execute("SELECT actor, reason, to_mode FROM ops_mode_switches ORDER BY id DESC LIMIT 1").fetchall()
        audit = conn.execute("SELECT actor, action, reason FROM audit_log WHERE action = 'mode.switch'").fetchall()
    assert rows == [("coordinator-1", "颱風海上警報", "emergency")]
    assert ("coordinator-1", "mode.switch", "颱風海上警報") in audit
    a = svc.dispatcher.assignments("inc-modetest")[0]
    assert a.deadline == 1_800_000_000.0 + ROUTING.modes[Mode.EMERGENCY].ack_deadline_s


def test_coordinator_assign_reassign_note_close_are_audited(db_settings: Settings) -> None:
    with connect(db_settings, autocommit=True) as conn, connect(db_settings, autocommit=True) as w:
        svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: 1_800_000_100.0)
        svc.start()
        w.execute(
            "INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)"
            " VALUES (%s, 'coord-acc', 'police', 'incident', 'a1', 'accident', 'Moderate',"
            " ST_SetSRID(ST_MakePoint(120.64, 24.17), 4326), '{}')",
            (datetime.now(UTC),),
        )
        deadline = time.monotonic() + 15
        while True:
            svc.poll_once()
            row = conn.execute("SELECT incident_id FROM ops_incident_members WHERE source_id = 'coord-acc'").fetchone()
            if row:
                break
            assert time.monotonic() < deadline
            time.sleep(0.02)
        inc = str(row[0])
        svc.reassign(inc, Agency.TRAFFIC, Agency.PUBLIC_WORKS, actor="coordinator-2", reason="號誌桿倒塌")
        svc.assign(inc, Agency.FIRE, actor="coordinator-2", reason="車輛起火")
        svc.note(inc, "封閉外側車道", actor="coordinator-2")
        assert svc.close_incident(inc, actor="coordinator-2", reason="排除完畢")
        states: dict[str, str] = dict(
            conn.execute("SELECT agency, state FROM ops_assignments WHERE incident_id = %s", (inc,)).fetchall()
        )
        actions = [
            r[0]
            for r in conn.execute(
                "SELECT action FROM audit_log WHERE subject_id = %s AND actor = 'coordinator-2' ORDER BY id", (inc,)
            )
        ]
        (state,) = conn.execute("SELECT state FROM ops_incidents WHERE incident_id = %s", (inc,)).fetchone() or ("",)
    assert states == {"traffic": "cancelled", "police": "cancelled", "public_works": "cancelled", "fire": "cancelled"}
    assert actions == [
        "assignment.cancelled",
        "assignment.assigned",
        "assignment.assigned",
        "incident.note",
        "assignment.cancelled",
        "assignment.cancelled",
        "assignment.cancelled",
        "incident.close",
    ]
    assert state == "closed"
