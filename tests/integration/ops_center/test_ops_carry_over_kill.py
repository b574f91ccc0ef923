"""A crew carried over to the job that took its incident stays there across a kill -9 of the
ops center.

``soc ops run`` on a private TimescaleDB + Mosquitto, the reports through the real broker
and ingest worker (acceptance finding: 河南路, a typhoon night): a patrol's report of cars
trapped in water opens a rescue job and the fire bureau is sent; its desk (account
``agency-fire``) acknowledges. Another patrol reports the flood 40 m along the street: the
flood takes the rescue, and the fire bureau's acknowledged assignment is carried over to the
flood (docs/ops_center.md, "When an incident is routed"). The ops center is killed with
SIGKILL and started again: the assignment is still the flood's (the desk's en-route report
there moves it), the merged rescue's cancelled, and the desk's retained assignments name the
flood and not the rescue.
"""

from __future__ import annotations

import json
import signal
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import paho.mqtt.client as mqtt
import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from tests.fix_mqtt import connect_client
from tests.integration.ingest.ingest_helpers import running_worker
from tests.integration.ops_center.ops_helpers import police_report, publish_police, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _fire(conn: psycopg.Connection) -> list[tuple[str, str]]:
    return [(str(i), str(s)) for i, s in conn.execute(
        "SELECT incident_id, state FROM ops_assignments WHERE agency = 'fire' ORDER BY incident_id").fetchall()]


def _report_state(settings: Settings, incident_id: str, state: str) -> None:
    desk = connect_client(settings, "agency-fire")
    try:
        body = json.dumps({"state": state, "by": "值班 fire"}).encode()
        desk.publish(f"soc/v1/dispatch/fire/status/{incident_id}", body, qos=1).wait_for_publish(10)
    finally:
        desk.disconnect()
        desk.loop_stop()


def _retained(settings: Settings, incident_id: str) -> dict[str, str]:
    """The fire desk's retained assignment messages, by incident id: their state, once the one
    of ``incident_id`` has come (the broker sends a new subscriber all of them at once)."""
    got: dict[str, str] = {}
    desk = connect_client(settings, "agency-fire")

    def on_message(c: mqtt.Client, userdata: object, msg: mqtt.MQTTMessage) -> None:
        if msg.retain and msg.payload:
            got[msg.topic.rsplit("/", 1)[-1]] = str(json.loads(msg.payload)["state"])

    desk.on_message = on_message
    try:
        desk.subscribe("soc/v1/dispatch/fire/assignment/#", qos=1)
        wait_for(lambda: incident_id in got, 30, "the retained assignment messages")
    finally:
        desk.disconnect()
        desk.loop_stop()
    return dict(got)


def test_a_crew_carried_over_to_the_job_that_took_its_incident_stays_there_after_a_kill(
        center: tuple[Settings, Callable[[], subprocess.Popen[bytes]]]) -> None:
    s, start = center
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    ops = start()
    with running_worker(s, "carry-over-ingest"), connect(s, autocommit=True) as conn:
        publish_police(s, "soc/v1/police/incident/carry-trapped",
                       police_report(t0, "road_flooding", "河南路積水約40公分，車輛受困", 120.6528))
        found = wait_for(lambda: _fire(conn), 90, "the fire bureau sent to the rescue")
        assert isinstance(found, list)
        rescue = found[0][0]
        _report_state(s, rescue, "acknowledged")
        wait_for(lambda: _fire(conn) == [(rescue, "acknowledged")], 60, "the acknowledgement applied")
        water = police_report(t0 + timedelta(minutes=2), "flooding_report", "河南路積水約30公分 車道封閉中", 120.6532)
        publish_police(s, "soc/v1/police/incident/carry-water", water)
        merged = wait_for(lambda: conn.execute("SELECT survivor FROM ops_merges WHERE absorbed = %s",
                                               (rescue,)).fetchone(), 60, "the flood taking the rescue")
        assert isinstance(merged, tuple)
        flood = str(merged[0])
        expected = sorted([(rescue, "cancelled"), (flood, "acknowledged")])
        wait_for(lambda: _fire(conn) == expected, 60, "the fire bureau carried over to the flood")

        ops.send_signal(signal.SIGKILL)
        ops.wait(10)
        start()
        # the restarted center holds the crew on the flood: the desk's next report there moves it
        _report_state(s, flood, "en_route")
        expected = sorted([(rescue, "cancelled"), (flood, "en_route")])
        wait_for(lambda: _fire(conn) == expected, 90, "the en-route report applied on the flood")
        after = _fire(conn)
        retained = _retained(s, flood)
        acks = conn.execute("SELECT count(*) FROM ops_assignment_transitions WHERE agency = 'fire'"
                            " AND to_state = 'acknowledged' AND from_state IS NOT NULL").fetchone()
    assert after == expected
    assert retained == {flood: "en_route"}
    assert acks == (1,)  # acknowledged once, on the rescue; carried over, not acknowledged again
