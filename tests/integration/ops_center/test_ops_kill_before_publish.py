"""A dispatch stored but never published when the ops center is killed reaches the desk after its restart.

The ops center publishes a dispatch after its commit (docs/ops_center.md, "Dispatch"); a
kill -9 between the two leaves the assignment in the database and nothing at the agency.
Here the window is held open: the real ``soc ops run``'s broker hangs (SIGSTOP of its
Mosquitto) before a fire alarm arrives, so the ops center stores the fire brigade's
assignment and writes its message to a broker that reads nothing; the ops center is then
killed with SIGKILL, and the hung broker too (what sat unread in its socket dies with it, as
on a broker crash), and both are started again. A fire desk that connects then must get the
assignment, with the incident's number and the deadline stored with it; every message it
gets about it says the same (a repeat changes nothing at the desk).
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from common import services as svc
from common.db import connect
from common.settings import Settings
from tests.fix_mqtt import connect_client
from tests.integration.ops_center.ops_helpers import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SOURCE = "fa-kill-before-publish"
BEATING_UP = ("SELECT 1 FROM service_heartbeats WHERE service = 'ops' AND beat_at > now() - interval '2 s'"
              " AND detail->>'mqtt' = 'up'")


def test_a_dispatch_stored_when_the_ops_center_is_killed_before_publishing_reaches_the_desk_after_restart(
        center: tuple[Settings, Callable[[], subprocess.Popen[bytes]]], private_layout: svc.Layout) -> None:
    s, start = center
    ops = start()
    with connect(s, autocommit=True) as conn:
        wait_for(lambda: conn.execute(BEATING_UP).fetchone(), 90, "the ops center beating, its broker up")
        broker = svc._mosquitto_pid(private_layout)
        assert broker is not None
        os.kill(broker, signal.SIGSTOP)
        try:
            conn.execute(
                "INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)"
                " VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe',"
                " ST_SetSRID(ST_MakePoint(120.66, 24.19), 4326), '{}')", (datetime.now(UTC), SOURCE))

            def stored() -> tuple[Any, ...] | None:
                return conn.execute(
                    "SELECT a.incident_id, i.number, a.state, a.deadline FROM ops_assignments a"
                    " JOIN ops_incidents i USING (incident_id) JOIN ops_incident_members m USING (incident_id)"
                    " WHERE m.source_id = %s AND a.agency = 'fire'", (SOURCE,)).fetchone()

            row = wait_for(stored, 90, "the fire dispatch stored")
            assert isinstance(row, tuple)
            incident_id, number, state, deadline = row
            assert state == "assigned"
            assert deadline is not None
            ops.send_signal(signal.SIGKILL)
            ops.wait(10)
        finally:
            os.kill(broker, signal.SIGKILL)
            os.kill(broker, signal.SIGCONT)
        wait_for(lambda: svc._mosquitto_pid(private_layout) is None, 30, "the killed broker gone")
        svc.mqtt_up(private_layout)
        start()

        inbox: queue.Queue[bytes] = queue.Queue()
        topic = f"soc/v1/dispatch/fire/assignment/{incident_id}"
        desk = connect_client(s, "agency-fire")
        granted = threading.Event()
        desk.on_subscribe = lambda *_args: granted.set()
        desk.on_message = lambda _c, _u, m: inbox.put(bytes(m.payload)) if m.topic == topic else None
        try:
            desk.subscribe("soc/v1/dispatch/fire/assignment/#", qos=1)
            assert granted.wait(30), "no SUBACK for the fire desk"
            first = json.loads(inbox.get(timeout=90))
            # Whatever else it got by the time the restarted center beats with its broker up.
            wait_for(lambda: conn.execute(BEATING_UP).fetchone(), 90, "the restarted ops center beating")
            later = []
            while not inbox.empty():
                payload = inbox.get()
                if payload:
                    later.append(json.loads(payload))
        finally:
            desk.disconnect()
            desk.loop_stop()
    assert (first["incident_id"], first["number"], first["state"]) == (incident_id, number, "assigned")
    assert first["deadline"] == deadline.isoformat()
    assert all((m["number"], m["state"], m["deadline"]) == (number, "assigned", first["deadline"]) for m in later)
