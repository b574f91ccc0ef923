"""``soc respond`` on a real (private) Mosquitto: the simulated desks answer in time, late or never.

The desks log in with the ``agency-{name}`` accounts and the broker's ACL; the
test plays the center (its account), publishes retained assignments and
watches the status reports. Fates come from the seed, so the test picks one
incident of each fate first.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import paho.mqtt.client as mqtt
import pytest

from common import services as svc
from common.settings import Settings
from sim.agencies import run_responders
from sim.responder import PROFILES, Fate, Responder
from tests.fix_mqtt import connect_client

pytestmark = pytest.mark.integration

SEED = 11
WINDOW_S = 10.0


@pytest.fixture
def private_broker(settings: Settings) -> Iterator[tuple[Settings, svc.Layout]]:
    base = svc.Layout.from_settings(settings)
    layout = replace(base, instance=f"desk-{uuid.uuid4().hex[:8]}", mqtt_port=svc.free_port(),
                     pg_port=svc.free_port())
    svc.mqtt_up(layout)
    try:
        yield settings.model_copy(update={"mqtt": settings.mqtt.model_copy(update={"port": layout.mqtt_port})}), layout
    finally:
        svc.mqtt_down(layout)
        shutil.rmtree(layout.instance_dir, ignore_errors=True)


def pick(fate: Fate, start: int = 0) -> str:
    r = Responder("police", PROFILES["police"], SEED)
    return next(f"inc-{k}" for k in range(start, 100_000) if r.fate(f"inc-{k}") is fate)


class Center:
    """The test's center: publishes assignments, records status reports with their arrival time."""

    def __init__(self, settings: Settings) -> None:
        self.reports: list[tuple[str, str, datetime]] = []
        self.lock = threading.Lock()
        self.client = connect_client(settings, "center")
        self.client.on_message = self._on_message
        self.client.subscribe("soc/v1/dispatch/police/status/+", qos=1)

    def _on_message(self, c: mqtt.Client, u: object, msg: mqtt.MQTTMessage) -> None:
        with self.lock:
            self.reports.append((msg.topic.rsplit("/", 1)[1], json.loads(msg.payload)["state"], datetime.now(UTC)))

    def assign(self, incident: str, deadline: datetime, state: str = "assigned") -> None:
        body = {"incident_id": incident, "state": state, "deadline": deadline.isoformat(), "type": "flood"}
        self.client.publish(f"soc/v1/dispatch/police/assignment/{incident}", json.dumps(body), qos=1,
                            retain=True).wait_for_publish(10)

    def of(self, incident: str) -> list[tuple[str, datetime]]:
        with self.lock:
            return [(s, t) for i, s, t in self.reports if i == incident]

    def wait(self, incident: str, state: str, timeout: float) -> datetime:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for s, t in self.of(incident):
                if s == state:
                    return t
            time.sleep(0.05)
        raise AssertionError(f"no {state} for {incident}: {self.of(incident)}")

    def close(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()


def test_desks_answer_on_time_late_and_never_and_survive_a_broker_restart(
    private_broker: tuple[Settings, svc.Layout],
) -> None:
    settings, layout = private_broker
    on_time, late, never = pick(Fate.ON_TIME), pick(Fate.LATE), pick(Fate.NEVER)
    stop = threading.Event()
    result: list[object] = []
    desk = threading.Thread(target=lambda: result.append(
        run_responders(settings, stop, seed=SEED, agencies=("police",))))
    desk.start()
    center = Center(settings)
    try:
        time.sleep(1.0)  # the desk's subscription (retained messages would arrive anyway)
        # Bad input first: the desk must count it and go on.
        center.client.publish("soc/v1/dispatch/police/assignment/inc-bad", b"{not json", qos=1,
                              retain=True).wait_for_publish(10)
        deadline = datetime.now(UTC) + timedelta(seconds=WINDOW_S)
        for incident in (on_time, late, never):
            center.assign(incident, deadline)

        acked = center.wait(on_time, "acknowledged", WINDOW_S + 5)
        assert acked < deadline
        late_ack = center.wait(late, "acknowledged", WINDOW_S * 2 + 10)
        assert late_ack > deadline
        # The never-fate's last chance would have been deadline + late_max × window.
        while datetime.now(UTC) < deadline + timedelta(seconds=WINDOW_S * PROFILES["police"].late_max + 1):
            time.sleep(0.1)
        assert center.of(never) == []
        assert center.of("inc-bad") == []

        # The center confirms the acknowledgement with the on-scene deadline: the crew moves.
        center.assign(on_time, datetime.now(UTC) + timedelta(seconds=WINDOW_S), state="acknowledged")
        center.wait(on_time, "en_route", WINDOW_S)
        center.wait(on_time, "on_scene", WINDOW_S)

        # Broker restart: the desk reconnects by itself and answers new work.
        svc.mqtt_down(layout)
        center.close()
        svc.mqtt_up(layout)
        center = Center(settings)
        after = pick(Fate.ON_TIME, start=int(on_time.removeprefix("inc-")) + 1)
        center.assign(after, datetime.now(UTC) + timedelta(seconds=WINDOW_S))
        center.wait(after, "acknowledged", WINDOW_S + 30)
    finally:
        stop.set()
        desk.join(timeout=30)
        center.close()
    assert not desk.is_alive()
    stats = result[0]
    assert stats.malformed >= 1  # type: ignore[attr-defined]
