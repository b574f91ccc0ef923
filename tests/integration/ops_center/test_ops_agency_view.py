"""Dispatch as an agency desk sees it, through ``soc ops run`` on the real database and
Mosquitto and the agencies' own MQTT accounts: the incident's short number (the console's
``#12``) in its first assignment message; a coordinator's dispatch to a withdrawn incident
with its deadline, also after a restart; and a desk that (re)connects gets exactly its open
assignments as retained messages, each in its current state (docs/mqtt.md).
"""

from __future__ import annotations

import json
import queue
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from common.settings import Settings
from ops_center import repo
from ops_center.queries import list_incidents
from tests.fix_mqtt import MqttFactory
from tests.fix_services import stop_processes, wait_while_running
from tests.integration.ops_center.ops_helpers import start_ops

pytestmark = pytest.mark.integration

INSERT_PANEL = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', %s, %s, %s, ST_SetSRID(ST_MakePoint(%s, %s), 4326), %s)
"""
ASSIGNMENTS = """
SELECT a.agency, a.state FROM ops_assignments a JOIN ops_incident_members m USING (incident_id)
WHERE m.source_id = %s ORDER BY a.agency
"""
#: routing.yaml: a fire's route; peacetime's acknowledgement deadline (15 min).
FIRE_ROUTE = ("environment", "fire", "police")
ACK_DEADLINE = timedelta(minutes=15)

Inbox = queue.Queue[tuple[str, bytes, bool]]


def desk(mqtt_client: MqttFactory, agency: str) -> tuple[Any, Inbox]:
    """An agency desk on its own account, subscribed to all of its assignments (returned once
    the broker has granted the subscription: a message published after that reaches it)."""
    inbox: Inbox = queue.Queue()
    client = mqtt_client(f"agency-{agency}")
    client.on_message = lambda _c, _u, m: inbox.put((m.topic, bytes(m.payload), bool(m.retain)))
    granted = threading.Event()
    client.on_subscribe = lambda *_args: granted.set()
    client.subscribe(f"soc/v1/dispatch/{agency}/assignment/#", qos=1)
    assert granted.wait(30), f"no SUBACK for the {agency} desk"
    return client, inbox


def next_body(inbox: Inbox, topic: str, state: str | None = None) -> dict[str, Any]:
    """The first message on ``topic`` (in ``state``, if given); empty payloads skipped."""
    while True:
        got, payload, _retained = inbox.get(timeout=30)
        if got == topic and payload:
            body: dict[str, Any] = json.loads(payload)
            if state is None or body["state"] == state:
                return body


def incident_of(conn: psycopg.Connection[Any], source_id: str) -> str:
    (job,) = {i for (i,) in conn.execute(
        "SELECT incident_id FROM ops_incident_members WHERE source_id = %s", (source_id,)).fetchall()}
    return str(job)


def wait_command(ops: Any, log: Path, conn: psycopg.Connection[Any], command_id: int) -> tuple[str, str | None]:
    row: list[tuple[str, str | None]] = []

    def finished() -> bool:
        got = conn.execute("SELECT state, error FROM ops_commands WHERE id = %s", (command_id,)).fetchone()
        if got and got[0] != "pending":
            row.append((str(got[0]), got[1]))
            return True
        return False

    wait_while_running(ops, log, finished, f"command {command_id} applied")
    return row[0]


def beating(conn: psycopg.Connection[Any]) -> bool:
    return bool(conn.execute(
        "SELECT 1 FROM service_heartbeats WHERE service = 'ops' AND beat_at > now() - interval '2 s'").fetchone())


def test_the_first_assignment_message_carries_the_number_the_console_shows(
    db_settings: Settings, mqtt_client: MqttFactory, unique_id: str, tmp_path: Path
) -> None:
    panel = f"FN-{unique_id}"
    log = tmp_path / "ops.log"
    _brigade, inbox = desk(mqtt_client, "fire")
    ops = start_ops(db_settings, log)
    try:
        with psycopg.connect(db_settings.db.conninfo(), autocommit=True) as conn:
            conn.execute(INSERT_PANEL, (datetime.now(UTC), panel, "a", "alarm", "Severe", 120.6390, 24.1690, "{}"))
            wait_while_running(ops, log, lambda: len(conn.execute(ASSIGNMENTS, (panel,)).fetchall()) == 3,
                               "the alarm's dispatch")
            job = incident_of(conn, panel)
            first = next_body(inbox, f"soc/v1/dispatch/fire/assignment/{job}")
            (read,) = list_incidents(conn, incident_id=job)
            for agency in FIRE_ROUTE:
                mqtt_client("center").publish(f"soc/v1/dispatch/{agency}/assignment/{job}", b"", qos=1,
                                              retain=True).wait_for_publish(5)
    finally:
        stop_processes([ops])
    assert read.number is not None
    assert (first["incident_id"], first["state"], first["number"]) == (job, "assigned", read.number)


def test_a_dispatch_to_a_withdrawn_incident_runs_its_clock_like_any_other(
    db_settings: Settings, mqtt_client: MqttFactory, unique_id: str, tmp_path: Path
) -> None:
    """The panel's alarm is taken back (誤報) after the brigade acknowledged: police and
    environment are called off, the brigade's clock stopped. A coordinator who hears of smoke
    dispatches the police again: the police must acknowledge within the deadline of any
    dispatch, its desk is told so and not that it was called off, and a restart keeps it."""
    panel = f"FW-{unique_id}"
    log = tmp_path / "ops.log"
    brigade = mqtt_client("agency-fire")
    _police, inbox = desk(mqtt_client, "police")
    _fire, fire_inbox = desk(mqtt_client, "fire")
    alarm_at = datetime.now(UTC) - timedelta(minutes=2)
    ops = start_ops(db_settings, log)
    procs = [ops]
    try:
        with psycopg.connect(db_settings.db.conninfo(), autocommit=True) as conn:
            def states() -> list[tuple[str, str]]:
                return [(str(a), str(s)) for a, s in conn.execute(ASSIGNMENTS, (panel,)).fetchall()]

            conn.execute(INSERT_PANEL, (alarm_at, panel, "a", "alarm", "Severe", 120.6420, 24.1720, "{}"))
            wait_while_running(ops, log, lambda: len(states()) == 3, "the alarm's dispatch")
            job = incident_of(conn, panel)
            brigade.publish(f"soc/v1/dispatch/fire/status/{job}", json.dumps({"state": "acknowledged"}),
                            qos=1).wait_for_publish(5)
            wait_while_running(ops, log, lambda: ("fire", "acknowledged") in states(), "the acknowledgement")
            conn.execute(INSERT_PANEL, (alarm_at + timedelta(minutes=1), panel, "n", "normal", "Minor", 120.6420,
                                        24.1720, json.dumps({"text": "誤報"})))
            wait_while_running(ops, log, lambda: ("police", "cancelled") in states(), "the withdrawal")
            topic = f"soc/v1/dispatch/police/assignment/{job}"
            called_off = next_body(inbox, topic, "cancelled")
            assert called_off["withdrawn"] is True
            fire_topic = f"soc/v1/dispatch/fire/assignment/{job}"
            while not next_body(fire_inbox, fire_topic, "acknowledged").get("withdrawn"):
                pass  # the brigade told of the withdrawal
            cid = repo.insert_command(conn, job, "assign", {"agency": "police"}, actor="coordinator-1",
                                      reason="民眾來電：仍有煙")
            outcome = wait_command(ops, log, conn, cid)
            told = next_body(inbox, topic, "assigned")
            brigade_told = next_body(fire_inbox, fire_topic, "acknowledged")  # the coordinator's CAP Update
            stored = conn.execute(
                "SELECT assigned_at, deadline FROM ops_assignments WHERE incident_id = %s AND agency = 'police'",
                (job,)).fetchone()
            brigade_deadline = conn.execute(
                "SELECT deadline FROM ops_assignments WHERE incident_id = %s AND agency = 'fire'", (job,)).fetchone()
            assert stop_processes([ops]) == [0]
            ops = start_ops(db_settings, log)
            procs.append(ops)
            wait_while_running(ops, log, lambda: beating(conn), "the restarted ops center beating")
            after = conn.execute(
                "SELECT deadline FROM ops_assignments WHERE incident_id = %s AND agency = 'police'", (job,)).fetchone()
            for agency in FIRE_ROUTE:
                mqtt_client("center").publish(f"soc/v1/dispatch/{agency}/assignment/{job}", b"", qos=1,
                                              retain=True).wait_for_publish(5)
    finally:
        stop_processes(procs)
    assert outcome == ("done", None)
    assert stored is not None
    assert stored[1] == stored[0] + ACK_DEADLINE
    assert brigade_deadline == (None,)  # the withdrawal's: still the coordinator's to decide
    assert told["deadline"] == stored[1].isoformat()
    assert "withdrawn" not in told  # a dispatch, not a call-off
    assert "reason" not in told
    assert brigade_told["cap"] == told["cap"]
    assert (brigade_told["withdrawn"], brigade_told["reason"]) == (True, called_off["reason"])
    assert after == (stored[1],)


def test_a_reconnecting_desk_gets_exactly_its_open_assignments_in_their_state(
    db_settings: Settings, mqtt_client: MqttFactory, unique_id: str, tmp_path: Path
) -> None:
    """Four fires for the police desk: one it acknowledges, one it clears, one a coordinator
    hands to the traffic bureau, one closed. A police desk that connects afterwards gets the
    acknowledged one alone, saying ``acknowledged``; the fire desk gets its four, open."""
    log = tmp_path / "ops.log"
    police = mqtt_client("agency-police")
    _on_line, live = desk(mqtt_client, "police")
    ops = start_ops(db_settings, log)
    panels = [f"FR{k}-{unique_id}" for k in range(4)]
    try:
        with psycopg.connect(db_settings.db.conninfo(), autocommit=True) as conn:
            jobs = []
            for k, panel in enumerate(panels):  # 2 km apart: four incidents
                conn.execute(INSERT_PANEL, (datetime.now(UTC), panel, "a", "alarm", "Severe", 120.60 + 0.02 * k,
                                            24.12, "{}"))
                wait_while_running(ops, log, lambda p=panel: len(conn.execute(ASSIGNMENTS, (p,)).fetchall()) == 3,
                                   "the alarm's dispatch")
                jobs.append(incident_of(conn, panel))
            acked, cleared, handed, closed = jobs

            def police_state(job: str) -> str:
                row = conn.execute("SELECT state FROM ops_assignments WHERE incident_id = %s AND agency = 'police'",
                                   (job,)).fetchone()
                return str(row[0]) if row else ""

            for job, moves in ((acked, ["acknowledged"]), (cleared, ["acknowledged", "cleared"])):
                for state in moves:
                    police.publish(f"soc/v1/dispatch/police/status/{job}", json.dumps({"state": state}),
                                   qos=1).wait_for_publish(5)
                    wait_while_running(ops, log, lambda j=job, s=state: police_state(j) == s, f"police {state}")
            done = [wait_command(ops, log, conn, repo.insert_command(
                        conn, handed, "reassign", {"src": "police", "dst": "traffic"}, actor="coordinator-1",
                        reason="交通局接手")),
                    wait_command(ops, log, conn, repo.insert_command(
                        conn, closed, "close", {}, actor="coordinator-1", reason="誤報"))]
            open_now = {str(i) for (i,) in conn.execute(
                "SELECT incident_id FROM ops_assignments WHERE agency = 'police' AND state IN"
                " ('assigned', 'acknowledged', 'en_route', 'on_scene') AND incident_id = ANY(%s)", (jobs,))}
            # The publications follow each commit: the desk on line all along is told of the
            # last two (the QoS 1 messages of one client arrive in order).
            for job in (handed, closed):
                next_body(live, f"soc/v1/dispatch/police/assignment/{job}", "cancelled")
            stop_processes([ops])

            _late, inbox = desk(mqtt_client, "police")
            retained: dict[str, dict[str, Any]] = {}
            fire_retained: dict[str, dict[str, Any]] = {}
            _late2, fire_again = desk(mqtt_client, "fire")
            # A marker published after the subscriptions: every retained message came before it.
            for box, own, agency in ((inbox, retained, "police"), (fire_again, fire_retained, "fire")):
                mqtt_client("center").publish(f"soc/v1/dispatch/{agency}/assignment/inc-marker-{unique_id}",
                                              b"{}", qos=1).wait_for_publish(5)
                while True:
                    topic, payload, was_retained = box.get(timeout=30)
                    job = topic.rsplit("/", 1)[-1]
                    if job == f"inc-marker-{unique_id}":
                        break
                    if job in jobs and was_retained and payload:
                        own[job] = json.loads(payload)
            for job in jobs:
                for agency in ("fire", "police", "environment", "traffic"):
                    mqtt_client("center").publish(f"soc/v1/dispatch/{agency}/assignment/{job}", b"", qos=1,
                                                  retain=True).wait_for_publish(5)
    finally:
        stop_processes([ops])
    assert done == [("done", None), ("done", None)]
    assert open_now == {acked}
    assert {job: body["state"] for job, body in retained.items()} == {acked: "acknowledged"}
    # The fire desk: three open (assigned), the closed one ended.
    assert {job: body["state"] for job, body in fire_retained.items()} == {
        acked: "assigned", cleared: "assigned", handed: "assigned"}
