"""Every long-running MQTT client notices a broker whose packets a router drops, and comes back.

The real ``soc supervise ingest ops simulator`` runs in a network namespace of its own
(:mod:`tests.netns`) and reaches Mosquitto through a router namespace, PostgreSQL over a
direct link; the router then drops every packet, both ways, without a word: the clients'
kernels see no FIN, no RST and no acknowledgement from the broker (a proxy's kernel would
acknowledge, ``tests/netcut.py``), while the database stays reachable. With the MQTT keepalive at
:data:`KEEPALIVE_S`:

* ingest, the ops center and the simulator each report the broker gone (``broker_down_s`` in
  their beats) and the health model (``common.health.read_health``, what ``/api/health`` reads)
  names them not up while the drop holds;
* a client of the shared shell (:class:`common.mqtt.MqttShell`, as the ops center and the
  simulator publish) in the same namespace publishes :data:`N` readings at QoS 1 into the drop,
  and the test publishes :data:`N` more straight to the broker, which queues them for ingest's
  persistent session;
* once the router forwards again every process beats as the same process with the broker
  back, the shell's readings are all acknowledged, and both sets are stored, each exactly once.

Needs root and iproute2 (skipped elsewhere, which the suite reports as a failure).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from common import services as svc
from common.db import connect
from common.health import ProcessHealth, ProcessState
from common.migrate import migrate
from common.settings import Settings
from geo.service import run_geo_load
from tests.db_probe import DbProbe
from tests.fix_services import ROOT, settings_for_layout, stop_processes, subprocess_env
from tests.integration.common.test_network_cut import wait_for
from tests.integration.ingest.ingest_helpers import close, flood_payload, publish_all, publisher, register
from tests.netcut import NetCut
from tests.netns import Route, drop, restore, route

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CHILDREN = ("ingest", "ops", "simulator")
#: The MQTT keepalive here (10 s as shipped): a silent broker is noticed within 2 x 2 + 1 s.
KEEPALIVE_S = 2
STALE_AFTER_S = 10.0
#: A bound on waiting for a process to notice the drop or come back; not a timing assertion.
BOUND_S = 120.0
#: Readings published at QoS 1 during the drop, by the client in the namespace and by the test.
N = 200
SENSOR_IN, SENSOR_OUT = "kdrop-flood-in", "kdrop-flood-out"

#: A client of the shared shell in the namespace: connected, it says "ready"; on "go" it
#: publishes N readings at QoS 1 (into the drop) and says "acked" once the broker has
#: acknowledged every one.
SHELL_CLIENT = """
import sys, time
from datetime import datetime
from common.mqtt import MqttShell
from common.settings import load_settings
from tests.integration.ingest.ingest_helpers import flood_payload

n, sensor, base = int(sys.argv[1]), sys.argv[2], datetime.fromisoformat(sys.argv[3])
shell = MqttShell(load_settings().mqtt, "disaster", client_id=f"kdrop-{sensor}", name="kdrop")
shell.start(wait_s=30)
print("ready", flush=True)
sys.stdin.readline()
infos = [shell.publish(f"soc/v1/disaster/flood/{sensor}", flood_payload(i, base)) for i in range(n)]
print("published", flush=True)
while not all(i.is_published() for i in infos):
    time.sleep(0.2)
print("acked", flush=True)
sys.stdin.readline()
shell.stop()
"""


def _health(probe: DbProbe) -> dict[str, ProcessHealth]:
    return probe.health(("ingest", "ops"), STALE_AFTER_S)


def _not_up(probe: DbProbe) -> bool:
    h = _health(probe)
    return all(n in h and h[n].state is not ProcessState.UP for n in CHILDREN)


def _broker_down(probe: DbProbe, names: tuple[str, ...]) -> bool:
    return all(float(str(b[n][2].get("broker_down_s", 0))) > 0 for b in [probe.beats()] for n in names)


def _all_up(probe: DbProbe) -> bool:
    return all(p.state is ProcessState.UP for p in _health(probe).values())


def _with_broker(probe: DbProbe, names: tuple[str, ...], since: datetime | None = None) -> bool:
    """Each of ``names`` has beaten (after ``since``) saying it has the broker."""
    b = probe.beats()
    return all(n in b and (since is None or b[n][1] > since) and float(str(b[n][2].get("broker_down_s", 0))) == 0
               for n in names)


def _now(probe: DbProbe) -> datetime:
    now = probe.run(lambda conn: conn.execute("SELECT now()").fetchone())
    assert now is not None, "the database answers over the direct link"
    return now[0]  # type: ignore[no-any-return]


def _readings(probe: DbProbe, sensor: str) -> tuple[int, int]:
    row = probe.run(lambda conn: conn.execute("SELECT count(*), count(DISTINCT time) FROM readings"
                                              " WHERE sensor_id = %s", (sensor,)).fetchone())
    return (-1, -1) if row is None else (int(row[0]), int(row[1]))


class Lines:
    """The stdout lines of a process, read by a daemon thread."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        self.lines: list[str] = []
        out = proc.stdout
        self._out = out
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        for line in self._out:
            self.lines.append(line.strip())

    def close(self) -> None:
        """Once the process is gone: the reader ended and the pipe closed."""
        self._thread.join(10)
        self._out.close()


DroppedCenter = tuple[Settings, DbProbe, Route, NetCut, Path, subprocess.Popen[bytes], dict[str, str]]


@pytest.fixture
def dropped_center(settings: Settings, private_layout: svc.Layout, tmp_path: Path) -> Iterator[DroppedCenter]:
    """``soc supervise ingest ops simulator`` in a client namespace, every child beating; yields
    the test's own settings, its probe of the database (one session kept between polls), the
    route, the broker's forwarder, the log and the environment of the namespace's processes."""
    svc.up(private_layout)
    s = settings_for_layout(settings, private_layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    run_geo_load(s)  # the simulator's zone
    register(s.db.conninfo(), [(SENSOR_IN, "flood"), (SENSOR_OUT, "flood")])
    with route() as path, NetCut(s.db.host, s.db.port, listen_host=path.direct_ip) as db_fwd, \
            NetCut(s.mqtt.host, s.mqtt.port, listen_host=path.host_ip) as mqtt_fwd:
        env = subprocess_env(s, SOC_DB__HOST=path.direct_ip, SOC_DB__PORT=str(db_fwd.port),
                             SOC_MQTT__HOST=path.host_ip, SOC_MQTT__PORT=str(mqtt_fwd.port),
                             SOC_HEALTH__SERVICES='["ingest","ops"]', SOC_HEALTH__BEAT_EVERY_S="1",
                             SOC_HEALTH__STALE_AFTER_S=str(STALE_AFTER_S), SOC_HEALTH__START_GRACE_S="300",
                             SOC_MQTT__KEEPALIVE_S=str(KEEPALIVE_S), PYTHONPATH=str(ROOT))
        log = tmp_path / "supervise.log"
        with log.open("ab") as fh:
            proc = subprocess.Popen(["ip", "netns", "exec", path.client, sys.executable, "-m", "soc", "supervise",
                                     *CHILDREN], cwd=ROOT, env=env, stdout=fh, stderr=fh)
        probe = DbProbe(s)
        try:
            wait_for(lambda: _with_broker(probe, CHILDREN) and _all_up(probe),
                     180, "every child beating with the broker")
            yield s, probe, path, mqtt_fwd, log, proc, env
        finally:
            probe.close()
            restore(path)
            stop_processes([proc])
            print("--- supervise log ---\n" + log.read_text(errors="replace")[-8000:])


def test_every_mqtt_client_notices_a_broker_cut_by_a_router_and_loses_nothing(
        dropped_center: DroppedCenter) -> None:
    s, probe, path, _fwd, _log, proc, env = dropped_center
    first = {name: inst for name, (inst, _at, _d) in probe.beats().items() if name in CHILDREN}
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    shell = subprocess.Popen(["ip", "netns", "exec", path.client, sys.executable, "-c", SHELL_CLIENT, str(N),
                              SENSOR_IN, base.isoformat()], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert shell.stdin is not None
    out = Lines(shell)
    try:
        wait_for(lambda: "ready" in out.lines, 60, f"the shell client connected: {out.lines}")
        began = _now(probe)
        drop(path)
        shell.stdin.write("go\n")
        shell.stdin.flush()
        pub = publisher(s, "disaster")  # straight to the broker: queued for ingest's session
        try:
            publish_all(pub, [(f"soc/v1/disaster/flood/{SENSOR_OUT}", flood_payload(i, base)) for i in range(N)])
        finally:
            close(pub)
        noticed: dict[str, float] = {}

        def all_noticed() -> bool:
            for name, (_inst, at, detail) in probe.beats().items():
                down = float(str(detail.get("broker_down_s", 0)))
                if name in CHILDREN and down > 0 and name not in noticed:
                    noticed[name] = (at - timedelta(seconds=down) - began).total_seconds()
            return set(noticed) == set(CHILDREN)

        wait_for(all_noticed, BOUND_S, "every MQTT client noticing the drop")
        wait_for(lambda: _broker_down(probe, CHILDREN), BOUND_S, "every MQTT client still cut off")
        wait_for(lambda: _not_up(probe), BOUND_S, "every MQTT client named not up during the drop")
        print("noticed the drop after (s):", {k: round(v, 1) for k, v in sorted(noticed.items())})
        # held a while longer, so that each client also tries to reconnect into the drop
        held = time.monotonic()
        wait_for(lambda: time.monotonic() - held >= 3 * KEEPALIVE_S, 30, "reconnects into the drop")
        assert "acked" not in out.lines
        assert proc.poll() is None
        restore(path)
        back = _now(probe)
        wait_for(lambda: _with_broker(probe, CHILDREN, back) and _all_up(probe),
                 BOUND_S, "every client back")
        assert {name: inst for name, (inst, _at, _d) in probe.beats().items() if name in CHILDREN} == first
        wait_for(lambda: "acked" in out.lines, BOUND_S, f"the shell client's readings acknowledged: {out.lines}")
        for sensor in (SENSOR_IN, SENSOR_OUT):
            wait_for(lambda x=sensor: _readings(probe, x)[0] >= N, BOUND_S,  # type: ignore[misc]
                     f"{sensor}'s readings stored")
            assert _readings(probe, sensor) == (N, N), sensor
    finally:
        shell.kill()
        shell.wait(10)
        shell.stdin.close()
        out.close()
        print("shell client:", out.lines)
