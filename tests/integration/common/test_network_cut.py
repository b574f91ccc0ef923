"""Every supervised process rides out a silent network cut to the database and to the broker.

A cut drops packets without a FIN or an RST (a pulled cable, a firewall that starts dropping,
a dying switch, a frozen peer): nothing tells a process its connection is gone, and a
statement or a COMMIT sent into it waits for an answer that never comes. The real ``soc
supervise ingest alerts ops maintenance kpi web simulator agencies`` (every child ``soc demo``
starts, under the same supervision) runs on a private TimescaleDB + Mosquitto reached through a
:class:`tests.netcut.NetCut` proxy each; the test itself reaches both directly. In turn:

* the database cut for :data:`CUT_S` or more: each process notices within its answer deadline
  (``{service}_database_unavailable`` in its log) and is named down by the health model
  (``common.health.read_health``, what ``/api/health`` reads), not up;
* the broker cut: ingest, the ops center, the simulator and the agencies' desks report the
  broker gone (``broker_down_s``) within two MQTT keepalives and are named down;
* both cut at once.

After each cut every process beats again as the same process, and the readings published
(QoS 1, straight to the broker) during the cut are stored, each exactly once.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
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
from tests.integration.ingest.ingest_helpers import close, flood_payload, publish_all, publisher, register
from tests.netcut import NetCut

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: Every child ``soc demo`` starts (``soc.demo.CHILDREN``), under the same supervision.
CHILDREN = ("ingest", "alerts", "ops", "maintenance", "kpi", "web", "simulator", "agencies")
REQUIRED = ("ingest", "alerts", "ops")
#: The MQTT clients among them whose beats carry ``broker_down_s``.
MQTT_CHILDREN = ("ingest", "ops", "simulator", "agencies")
STALE_AFTER_S = 10.0
#: The answer deadline and the MQTT keepalive here (10 s each as shipped): a cut of the
#: database is noticed within the deadline plus the connect timeout (5 s), one of the broker
#: within two keepalives (docs/architecture.md, "A silent network cut").
ANSWER_WITHIN_S = 5
KEEPALIVE_S = 5
#: How long each cut lasts at least (longer if noticing it takes longer on a loaded host):
#: about twice what noticing it takes, so that every process also tries to reconnect into it.
CUT_S = 20.0
#: A bound on waiting for a process to notice a cut; not a timing assertion.
NOTICE_BOUND_S = 120.0
#: Readings published during each cut.
N = 200
SENSOR = "netcut-flood-1"


def wait_for(predicate: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Poll ``predicate`` until true; a bound on waiting, not a timing assertion."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, f"timed out after {timeout_s:.0f} s: {what}"
        time.sleep(0.5)


def _now(s: Settings) -> datetime:
    with connect(s, autocommit=True) as conn:
        row = conn.execute("SELECT now()").fetchone()
    assert row is not None
    return row[0]  # type: ignore[no-any-return]


def _readings(probe: DbProbe) -> tuple[int, int]:
    row = probe.run(lambda conn: conn.execute("SELECT count(*), count(DISTINCT time) FROM readings"
                                              " WHERE sensor_id = %s", (SENSOR,)).fetchone())
    return (-1, -1) if row is None else (int(row[0]), int(row[1]))


def _noticed(log: Path, start: int) -> set[str]:
    """The services whose database loss was logged after byte ``start`` of the log: by their
    loop or by their heartbeat (ingest's loop logs ``database_unavailable``)."""
    text = log.read_bytes()[start:].decode(errors="replace")
    pattern = r"\b(alerts|ops|maintenance|kpi|ingest|web|simulator|agencies)_(?:database|heartbeat)_unavailable\b"
    found = {m.group(1) for m in re.finditer(pattern, text)}
    if re.search(r"(?<![\w])database_unavailable\b", text):
        found.add("ingest")
    return found


def _health(probe: DbProbe) -> dict[str, ProcessHealth]:
    return probe.health(REQUIRED, STALE_AFTER_S)


def _not_up(probe: DbProbe, names: tuple[str, ...]) -> bool:
    h = _health(probe)
    return all(n in h and h[n].state is not ProcessState.UP for n in names)


def _broker_down(probe: DbProbe, names: tuple[str, ...]) -> bool:
    return all(float(str(b[n][2].get("broker_down_s", 0))) > 0 for b in [probe.beats()] for n in names)


def _all_back(probe: DbProbe, since: datetime) -> bool:
    b = probe.beats()
    return all(n in b and b[n][1] > since and float(str(b[n][2].get("broker_down_s", 0))) == 0
               for n in CHILDREN) and all(p.state is ProcessState.UP for p in _health(probe).values())


CutCenter = tuple[Settings, DbProbe, NetCut, NetCut, Path, subprocess.Popen[bytes]]


@pytest.fixture
def cut_center(settings: Settings, private_layout: svc.Layout, tmp_path: Path) -> Iterator[CutCenter]:
    """``soc supervise`` of every child on a private instance behind two proxies, every
    child beating; yields the direct settings, a probe of the database (direct too), the database
    and broker proxies and the log."""
    svc.up(private_layout)
    s = settings_for_layout(settings, private_layout)
    with connect(s, autocommit=True) as conn:
        migrate(conn)
    run_geo_load(s)  # the simulator's zone
    register(s.db.conninfo(), [(SENSOR, "flood")])
    with NetCut(s.db.host, s.db.port) as db_cut, NetCut(s.mqtt.host, s.mqtt.port) as mqtt_cut:
        env = subprocess_env(s, SOC_DB__PORT=str(db_cut.port), SOC_MQTT__PORT=str(mqtt_cut.port),
                             SOC_WEB__PORT=str(svc.free_port()),
                             SOC_HEALTH__SERVICES='["ingest","alerts","ops"]', SOC_HEALTH__BEAT_EVERY_S="1",
                             SOC_HEALTH__STALE_AFTER_S=str(STALE_AFTER_S), SOC_HEALTH__START_GRACE_S="300",
                             SOC_DB__ANSWER_WITHIN_S=str(ANSWER_WITHIN_S), SOC_MQTT__KEEPALIVE_S=str(KEEPALIVE_S))
        log = tmp_path / "supervise.log"
        with log.open("ab") as fh:
            proc = subprocess.Popen([sys.executable, "-m", "soc", "supervise", *CHILDREN], cwd=ROOT, env=env,
                                    stdout=fh, stderr=fh)
        probe = DbProbe(s, connect_timeout=10)
        try:
            wait_for(lambda: all(n in b for b in [probe.beats()] for n in CHILDREN)
                     and all(p.state is ProcessState.UP for p in _health(probe).values()),
                     180, "every child beating")
            yield s, probe, db_cut, mqtt_cut, log, proc
        finally:
            probe.close()
            db_cut.resume()
            mqtt_cut.resume()
            stop_processes([proc])
            print("--- supervise log ---\n" + log.read_text(errors="replace")[-8000:])


def _publish(s: Settings, start: int, base: datetime) -> None:
    pub = publisher(s, "disaster")
    try:
        publish_all(pub, [(f"soc/v1/disaster/flood/{SENSOR}", flood_payload(i, base)) for i in range(start, start + N)])
    finally:
        close(pub)


def test_every_process_rides_out_a_silent_cut_of_the_database_and_of_the_broker(
        cut_center: CutCenter) -> None:
    s, probe, db_cut, mqtt_cut, log, proc = cut_center
    first = {name: inst for name, (inst, _at, _d) in probe.beats().items() if name in CHILDREN}
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    published = 0

    for what, cuts in (("database", (db_cut,)), ("broker", (mqtt_cut,)), ("database and broker", (db_cut, mqtt_cut))):
        start = log.stat().st_size
        for c in cuts:
            c.blackhole()
        began = time.monotonic()
        _publish(s, published, base)
        published += N
        if db_cut.cut:
            # noticed within the answer deadline, and named waiting or down meanwhile
            wait_for(lambda st=start: _noticed(log, st) >= set(CHILDREN), NOTICE_BOUND_S,  # type: ignore[misc]
                     f"every process noticing the {what} cut")
            wait_for(lambda: _not_up(probe, CHILDREN), NOTICE_BOUND_S,
                     f"every process named not up during the {what} cut")
        else:
            wait_for(lambda: _broker_down(probe, MQTT_CHILDREN), NOTICE_BOUND_S,
                     f"the MQTT clients noticing the {what} cut")
            wait_for(lambda: _not_up(probe, MQTT_CHILDREN), NOTICE_BOUND_S,
                     f"the MQTT clients named down during the {what} cut")
        wait_for(lambda b=began: time.monotonic() - b >= CUT_S, CUT_S + 5, f"a {CUT_S:.0f} s cut")  # type: ignore[misc]
        assert proc.poll() is None
        for c in cuts:
            c.resume()
        back = _now(s)
        wait_for(lambda b=back: _all_back(probe, b), 180, f"every process beating and up after the {what} cut")  # type: ignore[misc]
        wait_for(lambda p=published: _readings(probe)[0] >= p, 180,  # type: ignore[misc]
                 f"the readings published during the {what} cut stored")
        assert _readings(probe) == (published, published), f"after the {what} cut"
        assert {name: inst for name, (inst, _at, _d) in probe.beats().items() if name in CHILDREN} == first
