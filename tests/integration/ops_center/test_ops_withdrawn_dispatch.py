"""A withdrawn incident's work is called off: through ``soc ops run`` on the real database and
Mosquitto, a fire panel's alarm is dispatched (fire, police, environment; the brigade
acknowledges over MQTT), then its panel takes it back (``normal``, 誤報) a minute later. The
incident is withdrawn (docs/ops_center.md), the assignments nobody acknowledged are cancelled
with the reason, the brigade's, acknowledged, stays for a coordinator to stand down, and each
agency's retained assignment message says its state, ``withdrawn`` and why, in the note of a
CAP Update. A restarted ``soc ops run`` keeps them so (nothing dispatched again) and says the
withdrawal again to an agency whose retained message was lost.
"""

from __future__ import annotations

import json
import queue
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from common.settings import Settings
from ops_center.queries import list_incidents
from tests.fix_mqtt import MqttFactory
from tests.fix_services import stop_processes, wait_while_running
from tests.integration.ops_center.ops_helpers import start_ops

pytestmark = pytest.mark.integration

INSERT_PANEL = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', %s, %s, %s, ST_SetSRID(ST_MakePoint(120.6480, 24.1760), 4326), %s)
"""
ASSIGNMENTS = """
SELECT a.agency, a.state FROM ops_assignments a JOIN ops_incident_members m USING (incident_id)
WHERE m.source_id = %s ORDER BY a.agency
"""
AGENCIES = ("environment", "fire", "police")  # routing.yaml: a fire's route
#: After the withdrawal: the brigade acknowledged, so it is on its way until a coordinator
#: stands it down; the others had not, and are called off.
AFTER = [("environment", "cancelled"), ("fire", "acknowledged"), ("police", "cancelled")]


def next_message(inbox: queue.Queue[tuple[str, bytes]], topic: str, state: str) -> dict[str, Any]:
    """The first message on ``topic`` whose state is ``state`` (earlier ones are skipped)."""
    while True:
        got, payload = inbox.get(timeout=30)
        if got == topic and payload:
            body: dict[str, Any] = json.loads(payload)
            if body["state"] == state:
                return body


def test_a_withdrawn_panel_alarm_calls_its_agencies_off_and_a_restart_keeps_it_so(
    db_settings: Settings, mqtt_client: MqttFactory, unique_id: str, tmp_path: Path
) -> None:
    panel = f"FW-run-{unique_id}"
    log = tmp_path / "ops.log"
    brigade = mqtt_client("agency-fire")
    inbox: queue.Queue[tuple[str, bytes]] = queue.Queue()
    brigade.on_message = lambda _c, _u, m: inbox.put((m.topic, bytes(m.payload)))
    center = mqtt_client("center")
    alarm_at = datetime.now(UTC) - timedelta(minutes=2)
    ops = start_ops(db_settings, log)
    procs = [ops]
    try:
        with psycopg.connect(db_settings.db.conninfo(), autocommit=True) as conn:
            def states() -> list[tuple[str, str]]:
                return [(str(a), str(s)) for a, s in conn.execute(ASSIGNMENTS, (panel,)).fetchall()]

            conn.execute(INSERT_PANEL, (alarm_at, panel, "a", "alarm", "Severe", "{}"))
            wait_while_running(ops, log, lambda: len(states()) == len(AGENCIES), "the alarm's dispatch")
            (job,) = {i for (i,) in conn.execute(
                "SELECT incident_id FROM ops_incident_members WHERE source_id = %s", (panel,)).fetchall()}
            topic = f"soc/v1/dispatch/fire/assignment/{job}"
            brigade.subscribe(topic, qos=1)
            assert next_message(inbox, topic, "assigned")["incident_id"] == job
            brigade.publish(f"soc/v1/dispatch/fire/status/{job}", json.dumps({"state": "acknowledged"}),
                            qos=1).wait_for_publish(5)
            wait_while_running(ops, log, lambda: ("fire", "acknowledged") in states(), "the acknowledgement")

            conn.execute(INSERT_PANEL, (alarm_at + timedelta(minutes=1), panel, "n", "normal", "Minor",
                                        json.dumps({"text": "誤報，探測器有蟲"})))
            wait_while_running(ops, log, lambda: states() == AFTER,
                               "the withdrawn incident's unacknowledged assignments cancelled")
            told = next_message(inbox, topic, "acknowledged")
            while not told.get("withdrawn"):
                told = next_message(inbox, topic, "acknowledged")
            moves = conn.execute(
                "SELECT agency, from_state, actor, reason FROM ops_assignment_transitions"
                " WHERE incident_id = %s AND to_state = 'cancelled' ORDER BY agency", (job,)).fetchall()
            audited = conn.execute(
                "SELECT count(*) FROM audit_log WHERE subject_id = %s AND action = 'assignment.cancelled'"
                " AND reason LIKE 'withdrawn: %%'", (job,)).fetchone()
            (read,) = list_incidents(conn, incident_id=job)

            # The brigade's retained message is lost (cleared); the ops center restarts.
            center.publish(topic, b"", qos=1, retain=True).wait_for_publish(5)
            assert stop_processes([ops]) == [0]
            ops = start_ops(db_settings, log)
            procs.append(ops)
            again: queue.Queue[tuple[str, bytes]] = queue.Queue()
            late = mqtt_client("agency-fire")
            late.on_message = lambda _c, _u, m: again.put((m.topic, bytes(m.payload)))
            wait_while_running(ops, log, lambda: bool(conn.execute(
                "SELECT 1 FROM service_heartbeats WHERE service = 'ops' AND beat_at > now() - interval '2 s'"
            ).fetchone()), "the restarted ops center beating")
            late.subscribe(topic, qos=1)
            retold = next_message(again, topic, "acknowledged")
            after = states()
            assigned = conn.execute(
                "SELECT count(*) FROM ops_assignment_transitions WHERE incident_id = %s AND to_state = 'assigned'",
                (job,)).fetchone()
            withdrawals = conn.execute(
                "SELECT count(*) FROM ops_incident_history WHERE incident_id = %s AND action = 'withdrawn'",
                (job,)).fetchone()
            for agency in AGENCIES:  # clear this test's retained messages
                center.publish(f"soc/v1/dispatch/{agency}/assignment/{job}", b"", qos=1,
                               retain=True).wait_for_publish(5)
    finally:
        stop_processes(procs)
    assert (read.state, read.withdrawn) == ("quiet", True)
    assert read.withdrawn_reason == f"{panel}：復歸（誤報，探測器有蟲）"
    assert read.withdrawn_reason_en == f"{panel}: Back to normal (誤報，探測器有蟲)"
    assert [(a, src, actor) for a, src, actor, _ in moves] == [
        ("environment", "assigned", "ops-center"), ("police", "assigned", "ops-center")]
    assert {reason for *_, reason in moves} == {f"withdrawn: {read.withdrawn_reason}"}
    assert audited == (2,)
    for body in (told, retold):
        assert (body["incident_id"], body["withdrawn"]) == (job, True)
        assert (body["reason"], body["reason_en"]) == (read.withdrawn_reason, read.withdrawn_reason_en)
        assert "<msgType>Update</msgType>" in body["cap"]
        assert read.withdrawn_reason in body["cap"]
    assert after == AFTER
    assert assigned == (3,)
    assert withdrawals == (1,)
