"""Coordinator commands queued in ``ops_commands`` (0042) and applied by a running `soc ops run`.

The web API is another process: it inserts a command row; the service claims it,
applies it through its audited methods, publishes to the agencies over the real
Mosquitto and marks it done or rejected in the same transaction.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest

from common.db import connect
from common.settings import Settings
from ops_center import repo
from ops_center.dispatch import load_routing
from ops_center.service import OpsService, run_ops
from tests.fix_mqtt import MqttFactory

pytestmark = pytest.mark.integration

INSERT_FIRE_ALARM = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe', ST_SetSRID(ST_MakePoint(%s, %s), 4326), '{}')
"""


def wait_for(pred: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.03)


@contextmanager
def running_ops(settings: Settings) -> Iterator[None]:
    """`run_ops` in a thread (20 ms polls) until the block ends; it must stop cleanly."""
    fast = settings.model_copy(update={"ops": settings.ops.model_copy(update={"poll_interval_ms": 20})})
    stop = threading.Event()
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(run_ops(fast, stop=stop)), daemon=True)
    worker.start()
    try:
        yield
    finally:
        stop.set()
        worker.join(15)
    assert result == [0]


def open_fire_incident(conn: repo.Conn, source_id: str, lon: float, lat: float) -> str:
    """Insert a fire alarm and wait until the running service has dispatched its incident."""
    conn.execute(INSERT_FIRE_ALARM, (datetime.now(UTC), source_id, lon, lat))
    found: list[str] = []

    def dispatched() -> bool:
        row = conn.execute(
            "SELECT m.incident_id, (SELECT count(*) FROM ops_assignments a WHERE a.incident_id = m.incident_id)"
            " FROM ops_incident_members m WHERE m.source_id = %s",
            (source_id,),
        ).fetchone()
        if row and row[1] == 3:  # fire, police, environment (routing.yaml)
            found.append(str(row[0]))
            return True
        return False

    wait_for(dispatched, "the fire incident to be dispatched")
    return found[0]


def command(conn: repo.Conn, incident_id: str, kind: str, args: dict[str, str], reason: str = "") -> int:
    return repo.insert_command(conn, incident_id, kind, args, actor="coord-7", reason=reason)


def finished(conn: repo.Conn, command_id: int) -> repo.CommandRow:
    rows: list[repo.CommandRow] = []

    def done() -> bool:
        row = repo.get_command(conn, command_id)
        if row is not None and row.state != "pending":
            rows.append(row)
            return True
        return False

    wait_for(done, f"command {command_id}")
    return rows[0]


def assignments(conn: repo.Conn, incident_id: str) -> dict[str, str]:
    rows = conn.execute("SELECT agency, state FROM ops_assignments WHERE incident_id = %s", (incident_id,))
    return {str(a): str(s) for a, s in rows}


def subscriber(mqtt_client: MqttFactory, agency: str, incident_id: str) -> queue.Queue[dict[str, object]]:
    """The agency's own account subscribed to its assignment topic for the incident."""
    inbox: queue.Queue[dict[str, object]] = queue.Queue()
    client = mqtt_client(f"agency-{agency}")

    def on_message(_c: mqtt.Client, _u: object, m: mqtt.MQTTMessage) -> None:
        if m.payload:
            inbox.put(json.loads(m.payload))

    client.on_message = on_message
    client.subscribe(f"soc/v1/dispatch/{agency}/assignment/{incident_id}", qos=1)
    return inbox


def next_state(inbox: queue.Queue[dict[str, object]], state: str) -> dict[str, object]:
    """The next message in ``state`` (earlier retained ones in other states are skipped)."""
    deadline = time.monotonic() + 15
    while True:
        body = inbox.get(timeout=max(0.1, deadline - time.monotonic()))
        if body["state"] == state:
            return body


def clear_retained(mqtt_client: MqttFactory, incident_id: str, agencies: list[str]) -> None:
    center = mqtt_client("center")
    for agency in agencies:
        topic = f"soc/v1/dispatch/{agency}/assignment/{incident_id}"
        center.publish(topic, b"", qos=1, retain=True).wait_for_publish(5)


def test_commands_are_applied_published_audited_or_rejected(
    db_settings: Settings, services: object, mqtt_client: MqttFactory, unique_id: str
) -> None:
    with running_ops(db_settings), connect(db_settings, autocommit=True) as conn:
        inc = open_fire_incident(conn, f"cmd-{unique_id}", 120.6420, 24.1700)
        water = subscriber(mqtt_client, "water", inc)
        police = subscriber(mqtt_client, "police", inc)
        traffic = subscriber(mqtt_client, "traffic", inc)
        try:
            c1 = command(conn, inc, "assign", {"agency": "water"}, "消防栓水壓不足")
            row = finished(conn, c1)
            assert (row.state, row.result, row.error) == ("done", "water assigned", None)
            body = next_state(water, "assigned")
            assert (body["incident_id"], body["type"]) == (inc, "fire")
            assert "<msgType>Update</msgType>" in str(body["cap"])

            c2 = command(conn, inc, "reassign", {"src": "police", "dst": "traffic"}, "交通管制為主")
            assert finished(conn, c2).state == "done"
            assert next_state(traffic, "assigned")["incident_id"] == inc
            assert next_state(police, "cancelled")["incident_id"] == inc

            # Refusals: the typed error's message, nothing changed, audited with the user.
            c3 = command(conn, inc, "assign", {"agency": "fire"})
            c4 = command(conn, inc, "reassign", {"src": "water", "dst": "fire"}, "消防局接手")
            c5 = command(conn, inc, "assign", {"agency": "navy"})
            c6 = command(conn, "inc-does-not-exist", "note", {"text": "x"})
            unreasoned = command(conn, inc, "reassign", {"src": "water", "dst": "traffic"})  # queued with no reason
            rejected = {c: finished(conn, c) for c in (c3, c4, c5, c6, unreasoned)}
            assert all(r.state == "rejected" for r in rejected.values())
            assert rejected[c3].error == f"fire is already assigned to {inc}"
            assert rejected[c4].error == f"fire is already assigned to {inc}"
            assert rejected[c5].error == "unknown agency 'navy' (agency)"
            assert (rejected[c6].error, rejected[c6].error_type) == (
                "unknown incident inc-does-not-exist",
                "UnknownIncidentError",
            )
            assert (rejected[unreasoned].error, rejected[unreasoned].error_type) == (
                "a reassignment needs a reason", "DispatchError")
            assert assignments(conn, inc) == {
                "fire": "assigned",
                "police": "cancelled",
                "environment": "assigned",
                "water": "assigned",
                "traffic": "assigned",
            }

            c7 = command(conn, inc, "note", {"text": "第二分隊已出動"})
            assert finished(conn, c7).result == "note added"
            c8 = command(conn, inc, "close", {}, "火勢撲滅")
            assert finished(conn, c8).result == "closed"
            assert next_state(water, "cancelled")["incident_id"] == inc
            c9 = command(conn, inc, "close", {}, "again")
            again = finished(conn, c9)
            assert (again.state, again.error) == ("rejected", f"incident {inc}: illegal transition closed -> closed")

            state = conn.execute(
                "SELECT state, closed_by, close_reason FROM ops_incidents WHERE incident_id = %s", (inc,)
            ).fetchone()
            assert state == ("closed", "coord-7", "火勢撲滅")
            assert set(assignments(conn, inc).values()) == {"cancelled"}
            history = conn.execute(
                "SELECT action, reason FROM ops_incident_history WHERE incident_id = %s AND actor = 'coord-7'"
                " ORDER BY id",
                (inc,),
            ).fetchall()
            assert history == [("note", "第二分隊已出動"), ("closed", "火勢撲滅")]
            audit = [
                (str(a), str(r))
                for a, r in conn.execute(
                    "SELECT action, reason FROM audit_log WHERE subject_id = %s AND actor = 'coord-7' ORDER BY id",
                    (inc,),
                )
            ]
            assert audit[:3] == [
                ("assignment.assigned", "消防栓水壓不足"),
                ("assignment.cancelled", "交通管制為主"),
                ("assignment.assigned", "交通管制為主"),
            ]
            assert [a for a, _ in audit].count("command.rejected") == 5  # c3, c4, c5, unreasoned, c9
            assert ("incident.note", "第二分隊已出動") in audit
            assert ("incident.close", "火勢撲滅") in audit
            channels = conn.execute(
                "SELECT DISTINCT channel FROM ops_assignment_transitions WHERE incident_id = %s AND actor = 'coord-7'",
                (inc,),
            ).fetchall()
            assert channels == [("api",)]
        finally:
            clear_retained(mqtt_client, inc, ["fire", "police", "environment", "water", "traffic"])


def test_a_restart_neither_loses_nor_repeats_a_command(
    db_settings: Settings, services: object, mqtt_client: MqttFactory, unique_id: str
) -> None:
    with connect(db_settings, autocommit=True) as conn:
        with running_ops(db_settings):
            inc = open_fire_incident(conn, f"rst-{unique_id}", 120.6600, 24.1900)
        try:
            # The service is down: the command waits in the table.
            c1 = command(conn, inc, "assign", {"agency": "public_works"}, "建物結構受損")
            assert repo.get_command(conn, c1) is not None
            with running_ops(db_settings):
                first = finished(conn, c1)
            assert (first.state, first.result) == ("done", "public_works assigned")
            with running_ops(db_settings):
                # Commands run in id order: once c2 is done, c1 was looked at again if ever.
                c2 = command(conn, inc, "note", {"text": "restart marker"})
                assert finished(conn, c2).state == "done"
            assert repo.get_command(conn, c1) == first
            moves = conn.execute(
                "SELECT count(*) FROM ops_assignment_transitions"
                " WHERE incident_id = %s AND agency = 'public_works' AND to_state = 'assigned'",
                (inc,),
            ).fetchone()
            assert moves == (1,)
            assert assignments(conn, inc)["public_works"] == "assigned"
        finally:
            clear_retained(mqtt_client, inc, ["fire", "police", "environment", "public_works"])


def test_a_command_claimed_elsewhere_is_skipped_not_applied_twice(db_settings: Settings, unique_id: str) -> None:
    routing = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")
    with connect(db_settings, autocommit=True) as conn, connect(db_settings, autocommit=True) as other:
        svc = OpsService(conn, routing, idle_after_s=None)
        svc.start()
        svc.apply_commands()  # drain what earlier tests left
        cid = command(conn, f"inc-locked-{unique_id}", "note", {"text": "x"})
        with other.transaction():
            claimed = repo.claim_command(other)
            assert claimed is not None
            assert claimed.id == cid
            assert svc.apply_commands() == 0  # locked: skipped, not waited for
            repo.finish_command(other, cid, at=time.time(), result="applied elsewhere")
        assert svc.apply_commands() == 0  # done: never applied again
        row = repo.get_command(conn, cid)
        assert row is not None
        assert (row.state, row.result) == ("done", "applied elsewhere")
        cid2 = command(conn, f"inc-locked-{unique_id}", "note", {"text": "x"})
        assert svc.apply_commands() == 1
        row = repo.get_command(conn, cid2)
        assert row is not None
        assert (row.state, row.error_type) == ("rejected", "UnknownIncidentError")
