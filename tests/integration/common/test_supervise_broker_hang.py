"""A hung broker under every process of the center that speaks MQTT: nobody restarted, nothing
lost or stored twice.

``test_broker_hung.py`` hangs Mosquitto (SIGSTOP: a stalled host, a broker stuck on its disk)
under ``soc ingest run`` and ``soc ops run`` alone. Here the real ``soc supervise ingest ops
simulator agencies`` (the typhoon on repeat, the simulated agency desks) runs on a private
instance, and the broker hangs for three of the supervisor's stale periods while an agency
publishes readings at QoS 1 into it. No client sees a refusal or a close, each notices only by
its MQTT keepalive, and each must keep beating meanwhile: a child that stopped would be judged
stale, killed and restarted, losing what its client holds. Continued, every child beats as the
same process, the supervisor judged none stale nor restarted any, and every reading published
before and into the hang is stored exactly once.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import paho.mqtt.client as mqtt
import psycopg
import pytest

from common import services as svc
from common.settings import Settings
from geo.service import run_geo_load
from tests.fix_services import private_instance
from tests.integration.ingest import ingest_helpers as ih
from tests.supervise_helpers import beats, migrated, supervising, wait

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: The supervisor's staleness limit here (its start-up grace is twice this); longer than a
#: client's drop of a silent broker (2 x ``mqtt.keepalive_s``, 20 s), so each child's beat
#: is judged while its client knows the broker is gone and while it does not yet.
STALE_AFTER_S = 8.0
HUNG_S = 3 * STALE_AFTER_S + 20
#: Start-up grace: the ops center's first beat has come 16 s after its start on a loaded host.
START_GRACE_S = 5 * STALE_AFTER_S
CHILDREN = ("ingest", "ops", "simulator", "agencies")
N = 200
SENSOR = "hang-flood-1"


def _readings(s: Settings) -> tuple[int, int]:
    with psycopg.connect(s.db.conninfo()) as conn:
        row = conn.execute("SELECT count(*), count(DISTINCT time) FROM readings WHERE sensor_id = %s",
                           (SENSOR,)).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


@pytest.fixture
def supervised(settings: Settings, private_seed: Path | None, tmp_path: Path
               ) -> Iterator[tuple[svc.Layout, Settings, Path]]:
    """``soc supervise ingest ops simulator agencies`` on a migrated private instance, each
    beating, past their grace and one stale period judged after it."""
    with private_instance(settings, uuid.uuid4().hex[:10], private_seed) as layout:
        s = migrated(settings, layout)
        run_geo_load(s)  # the simulator's zone
        ih.register(s.db.conninfo(), [(SENSOR, "flood")])
        log = tmp_path / "supervise.log"
        with supervising(s, CHILDREN, log, stale_after_s=STALE_AFTER_S, start_grace_s=START_GRACE_S,
                         settle_s=STALE_AFTER_S + 2, SOC_HEALTH__SERVICES='["ingest","ops"]'):
            yield layout, s, log


def test_a_hung_broker_restarts_none_of_the_mqtt_children_and_loses_nothing(
        supervised: tuple[svc.Layout, Settings, Path]) -> None:
    layout, s, log = supervised
    before = {name: instance for name, (instance, _age) in beats(s).items() if name in CHILDREN}
    mark = log.stat().st_size
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    topic = f"soc/v1/disaster/flood/{SENSOR}"
    pub = ih.publisher(s, "disaster")
    assert isinstance(pub, mqtt.Client)
    broker = svc._mosquitto_pid(layout)
    assert broker is not None
    try:
        ih.publish_all(pub, [(topic, ih.flood_payload(i, base)) for i in range(N)])
        os.kill(broker, signal.SIGSTOP)
        try:
            held = [pub.publish(topic, ih.flood_payload(i, base), qos=1) for i in range(N, 2 * N)]
            time.sleep(HUNG_S)  # the fault itself: hung this long
        finally:
            os.kill(broker, signal.SIGCONT)
        for info in held:
            info.wait_for_publish(180)
            assert info.is_published()
    finally:
        if svc._mosquitto_pid(layout) == broker:
            os.kill(broker, signal.SIGCONT)
        ih.close(pub)
    wait(lambda: all(n in b and b[n][1] < 2 for b in [beats(s)] for n in CHILDREN), 90,
          "beats of every child after the hang")
    wait(lambda: _readings(s)[0] >= 2 * N, 120, "the readings published before and into the hang stored")
    deadline = time.monotonic() + 2 * STALE_AFTER_S  # two more stale periods judged after it
    while time.monotonic() < deadline:
        time.sleep(1)
    after = {name: instance for name, (instance, _age) in beats(s).items() if name in CHILDREN}
    text = log.read_bytes()[mark:].decode(errors="replace")
    judged = [ln for ln in text.splitlines() if "child_" in ln]
    assert "child_stale" not in text, judged
    assert "child_restarted" not in text, judged
    assert after == before
    assert _readings(s) == (2 * N, 2 * N)
