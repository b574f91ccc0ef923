"""A source whose clock runs ahead does not carry the ops center's clock (docs/ops_center.md,
"Time"): through the real ``soc ingest run``, ``soc alerts run`` and ``soc ops run`` on a
private database and broker, a police crash report written 38 minutes ago opens a traffic
job (quiet a window and a grace after its evidence: 7 minutes from now); then a camera 3 km
away whose clock runs 10 minutes fast reports a crash (ingest set to take rows 15 minutes
ahead). The camera's job opens, and the police job stays open: the center has received
nothing past now, and its clock is not past its wall clock."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from common import services as svc
from common.settings import Settings
from tests.fix_mqtt import connect_client
from tests.fix_services import ROOT, settings_for_layout, start_soc, stop_processes, subprocess_env, wait_while_running
from tests.integration.ingest.ingest_helpers import register
from tests.integration.ops_center.ops_helpers import SQL_CAUGHT_UP

pytestmark = pytest.mark.integration

BEATING = """
SELECT count(DISTINCT service) FROM service_heartbeats
WHERE service IN ('ingest', 'alerts', 'ops') AND beat_at > now() - interval '5 s'
"""
INCIDENT_OF = """
SELECT i.type, i.state FROM ops_incident_members m JOIN ops_incidents i USING (incident_id)
WHERE m.source_id = %s
"""
STORED = "SELECT count(*) FROM events WHERE source_id = ANY(%s)"
CLOCK = "SELECT clock_at, clock_at <= clock_timestamp() FROM ops_watermarks WHERE consumer = 'ops'"


def _point(lon: float, lat: float) -> dict[str, object]:
    return {"type": "Point", "coordinates": [lon, lat]}


@pytest.fixture
def center(settings: Settings, private_layout: svc.Layout, unique_id: str,
           tmp_path: Path) -> Iterator[tuple[Settings, list[subprocess.Popen[bytes]], Path]]:
    """The three processes on a private instance (their MQTT client ids and the assignments the
    ops center publishes stay apart from other tests), a camera registered."""
    svc.up(private_layout)
    own = settings_for_layout(settings, private_layout)
    env = subprocess_env(own)
    for args in (["db", "migrate"], ["geo", "load"]):
        done = subprocess.run([sys.executable, "-m", "soc", *args], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
    register(own.db.conninfo(), [(f"CAM-{unique_id}", "cctv")])
    log = tmp_path / "center.log"
    procs = [start_soc(own, log, "ingest", "run", "--client-id", f"ingest-{unique_id}",
                       SOC_INGEST__MAX_FUTURE_SKEW_S="900", SOC_HEALTH__BEAT_EVERY_S="0"),
             start_soc(own, log, "alerts", "run", SOC_HEALTH__BEAT_EVERY_S="0"),
             start_soc(own, log, "ops", "run", SOC_HEALTH__BEAT_EVERY_S="0", SOC_OPS__POLL_INTERVAL_MS="100")]
    try:
        yield own, procs, log
    finally:
        assert stop_processes(procs) == [0, 0, 0], log.read_text()[-3000:]


def test_a_camera_ten_minutes_fast_does_not_quiet_another_source_s_open_job(
    center: tuple[Settings, list[subprocess.Popen[bytes]], Path], unique_id: str,
) -> None:
    own, procs, log = center
    report, cam = f"PR-{unique_id}", f"CAM-{unique_id}"
    police = connect_client(own, "police")
    try:
        with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
            wait_while_running(procs[0], log, lambda: conn.execute(BEATING).fetchone() == (3,), "all three beating",
                               bound_s=120)

            def send(topic: str, doc: dict[str, Any], stored: int) -> None:
                police.publish(topic, json.dumps(doc, ensure_ascii=False).encode(), qos=1).wait_for_publish(10)
                wait_while_running(procs[0], log,
                                   lambda: conn.execute(STORED, ([report, cam],)).fetchone() == (stored,),
                                   f"{topic} stored", bound_s=60)

            def caught_up() -> None:
                wait_while_running(procs[2], log, lambda: bool((conn.execute(SQL_CAUGHT_UP).fetchone()
                                                                or (False,))[0]), "the ops center caught up",
                                   bound_s=120)

            now = datetime.now(UTC)
            send(f"soc/v1/police/incident/{report}",
                 {"ts": (now - timedelta(minutes=38)).isoformat(), "category": "traffic_accident",
                  "severity": "Moderate", "unit": "第六分局", "location": _point(120.6450, 24.1950),
                  "text": "車禍 1人受傷"}, 1)
            caught_up()
            opened = conn.execute(INCIDENT_OF, (report,)).fetchone()
            send(f"soc/v1/police/cctv/{cam}",
                 {"ts": (datetime.now(UTC) + timedelta(minutes=10)).isoformat(), "event": "accident",
                  "confidence": 0.9, "location": _point(120.6750, 24.1800)}, 2)
            caught_up()
            camera = conn.execute(INCIDENT_OF, (cam,)).fetchone()
            after = conn.execute(INCIDENT_OF, (report,)).fetchone()
            clock = conn.execute(CLOCK).fetchone()
    finally:
        police.disconnect()
        police.loop_stop()
    assert opened == ("traffic", "open")
    assert camera == ("traffic", "open"), "the camera's own report was not correlated"
    assert after == ("traffic", "open"), "a camera's fast clock quieted the police's open job"
    assert clock is not None
    assert clock[1], f"the ops center's clock {clock[0]} is past its wall clock"
