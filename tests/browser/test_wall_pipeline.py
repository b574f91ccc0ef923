"""End to end in a real browser: an MQTT fire alarm becomes an alert and an incident on the wall.

The real pipeline runs against this module's database: the ingest package's
:class:`~ingest.consumer.Consumer` in a thread (as the ingest tests run it), the
alerts service as a process (``soc alerts run``), and the ops center's own
:class:`~ops_center.service.OpsService` in a thread (its ``soc ops run`` uses a
fixed MQTT client id, which would collide with other test runs on the shared
test broker; it needs no MQTT for this path).
The fire alarm is published with the disaster account, as a panel would.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import paho.mqtt.client as mqtt
import psycopg
import pytest
from paho.mqtt.enums import CallbackAPIVersion
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from ingest.consumer import Consumer
from ops_center.dispatch import Mode, load_routing
from ops_center.messages import INTAKE_TOPICS
from ops_center.service import OpsService, _geo_lookups
from tests import http_calls
from tests.api.conftest import LiveApp
from tests.browser.conftest import settle
from tests.fix_services import ROOT, subprocess_env

#: A fire-alarm panel registered only in this module's database, a copy of SN-FA-002
#: (臺中國際會展中心 A棟 火警受信總機, geo/data/sensors.geojson): a unique topic on the
#: shared test broker, so no other test's ingest worker stores it.
SENSOR = f"FA-web-{uuid.uuid4().hex[:8]}"
SQL_COPY_SENSOR = """
INSERT INTO sensors (sensor_id, agency, kind, name, geom, zone, sub_area, expected_interval,
                     metadata)
SELECT %s, agency, kind, name, geom, zone, sub_area, expected_interval, metadata
FROM sensors WHERE sensor_id = 'SN-FA-002'
"""


def purge_session(settings: Settings, client_id: str) -> None:
    """End the ingest worker's persistent MQTT session so the broker stops queueing for it."""
    from paho.mqtt.packettypes import PacketTypes
    from paho.mqtt.properties import Properties

    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=client_id, protocol=mqtt.MQTTv5)
    client.username_pw_set("ingest", settings.mqtt.password_for("ingest"))
    props = Properties(PacketTypes.CONNECT)  # type: ignore[no-untyped-call]
    props.SessionExpiryInterval = 0
    client.connect(settings.mqtt.host, settings.mqtt.port, clean_start=True, properties=props)
    client.loop_start()
    client.disconnect()
    client.loop_stop()


@pytest.fixture(scope="module")
def pipeline(db_settings: Settings, db_dsn: str, live_app: LiveApp,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    run_geo_load(db_settings)
    with psycopg.connect(db_dsn) as setup:
        setup.execute(SQL_COPY_SENSOR, (SENSOR,))
    logs = tmp_path_factory.mktemp("pipeline")
    env = subprocess_env(db_settings)
    client_id = f"web-e2e-{uuid.uuid4().hex[:8]}"
    commands = {"alerts": [sys.executable, "-m", "soc", "alerts", "run"]}
    procs = []
    for name, command in commands.items():
        with (logs / f"{name}.log").open("wb") as out:
            procs.append(subprocess.Popen(command, cwd=ROOT, env=env, stdout=out,
                                          stderr=subprocess.STDOUT))
    consumer = Consumer(db_settings, client_id=client_id, group=client_id)
    ingest = threading.Thread(target=consumer.run, name="ingest", daemon=True)
    ingest.start()
    assert consumer.subscribed.wait(30), "ingest worker did not subscribe"
    stop = threading.Event()
    conn = psycopg.connect(db_dsn, autocommit=True)
    ops = OpsService(conn, load_routing(ROOT / db_settings.ops.routing_file), **_geo_lookups(conn)._asdict(),
                     default_mode=Mode(db_settings.ops.mode))

    # Agency reports reach the ops center over MQTT, as in run_ops (own client id).
    intake = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=f"ops-{client_id}",
                         protocol=mqtt.MQTTv5)
    intake.username_pw_set("center", db_settings.mqtt.password_for("center"))
    subscribed = threading.Event()
    intake.on_message = lambda _c, _u, msg: ops.on_message(msg.topic, bytes(msg.payload))
    intake.on_subscribe = lambda *_a: subscribed.set()
    intake.connect(db_settings.mqtt.host, db_settings.mqtt.port)
    intake.loop_start()
    intake.subscribe([(t, 1) for t in INTAKE_TOPICS])
    assert subscribed.wait(20)

    def run_ops() -> None:
        ops.start()
        while not stop.is_set():
            busy = ops.poll_once().items + ops.drain_reports()
            if not busy:
                stop.wait(0.2)

    thread = threading.Thread(target=run_ops, name="ops-center", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=20)
        intake.disconnect()
        intake.loop_stop()
        consumer.stop()
        ingest.join(timeout=30)
        conn.close()
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=30)
        purge_session(db_settings, client_id)
        for log in logs.iterdir():
            print(f"--- {log.name}\n{log.read_text(errors='replace')[-3000:]}")


def publish_fire_alarm(settings: Settings) -> None:
    client = mqtt.Client(CallbackAPIVersion.VERSION2, client_id=f"pub-{uuid.uuid4().hex[:8]}",
                         protocol=mqtt.MQTTv5)
    client.username_pw_set("disaster", settings.mqtt.password_for("disaster"))
    client.connect(settings.mqtt.host, settings.mqtt.port)
    client.loop_start()
    payload = json.dumps({"ts": datetime.now(UTC).isoformat(), "state": "alarm",
                          "zone": "A棟 3F"}).encode()
    info = client.publish(f"soc/v1/disaster/fire_alarm/{SENSOR}", payload, qos=1)
    info.wait_for_publish(20)
    assert info.is_published()
    client.disconnect()
    client.loop_stop()


def test_mqtt_fire_alarm_appears_on_the_wall_map_board_and_ticker(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_settings: Settings,
    pipeline: None, artifacts: Path,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    # The registry's sensors and this module's extra fire panel.
    registry = json.loads((ROOT / "geo" / "data" / "sensors.geojson").read_text(encoding="utf-8"))
    expect(page.locator("circle.sensor")).to_have_count(len(registry["features"]) + 1, timeout=20_000)
    expect(page.locator("g.incident")).to_have_count(0)

    publish_fire_alarm(db_settings)

    # ingest → alerts: the panel's alert reaches the ticker and colours its sensor.
    expect(page.locator("#ticker .tick.sev-Severe, #ticker .tick.sev-Extreme, #ticker .tick")
           .filter(has_text="火")).not_to_have_count(0, timeout=60_000)
    # alerts → ops center: a fire incident with its dispatched agencies, on map and board.
    marker = page.locator("g.incident")
    expect(marker).to_have_count(1, timeout=60_000)
    expect(marker.locator("rect.badge")).not_to_have_count(0, timeout=30_000)
    card = page.locator("#board article.card")
    expect(card).to_have_count(1)
    expect(card.locator(".kind")).to_have_text("火災")
    expect(card.locator(".assignment").filter(has_text="消防局")).to_have_count(1)
    settle(page)
    page.screenshot(path=str(artifacts / "wall-pipeline.png"))

    # The fire agency acknowledges through the API: MQTT with its own account → ops center
    # → database → the wall's badge and board turn acknowledged.
    with http_calls.client(base_url=live_app.url) as api:
        incident_id = marker.get_attribute("data-incident")
        r = api.post(f"/api/incidents/{incident_id}/assignments/fire/status",
                     headers={"Authorization": f"Bearer {accounts['fire1']}"},
                     json={"state": "acknowledged", "note": "第一分隊出動"})
        assert r.status_code == 202, r.text
    fire = card.locator(".assignment").filter(has_text="消防局")
    expect(fire.locator(".astate")).to_have_text("已確認", timeout=60_000)
    expect(marker.locator("rect.badge.acked")).to_have_count(1)
    settle(page)
    page.screenshot(path=str(artifacts / "wall-pipeline-ack.png"))
    page.close()
