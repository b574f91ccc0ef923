"""End to end: the typhoon scenario through the real processes.

A private TimescaleDB + Mosquitto instance (so retained device status and
fixed sensor topics never reach other tests' workers), the zone and registry
loaded with `soc geo load`, then `soc ingest run`, `soc alerts run` and
`soc ops run` as real subprocesses, and `soc simulate typhoon --speed 0`
publishing 12 simulated hours with each agency's account. The test checks
that every published message is accounted for exactly as the scenario's
ground truth says, that every expected flood appears as a flood incident, and
that every dangerous one (truth severity Severe: road low points and
underpasses past 30 cm) has the agencies the ground truth requires dispatched.

Detention-pond floods of 16-30 cm are "warning band" floods in the simulator's
truth and under the alert rules alike (DOMAIN.md §2.3 third-party bands:
1-15 注意 Minor, 16-30 警戒 Moderate, > 30 危險 Severe); the routing table
dispatches floods from Moderate on (ops_center/routing.yaml).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from common import services as svc
from common.settings import Settings
from sim.truth import CENTER_TYPES, IncidentType
from tests.fix_mqtt import connect_client
from tests.fix_services import ROOT, settings_for_layout, stop_processes, subprocess_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]

PROCESSES = {
    "ingest": ["ingest", "run"],
    "alerts": ["alerts", "run"],
    "ops": ["ops", "run"],
}


def _soc(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "soc", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def _wait_for(what: str, probe: Callable[[], Any], timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    delay = 0.2
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(delay)
        delay = min(delay * 1.5, 2.0)


def _metres(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    # Equirectangular is exact enough at 500 m scales.
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6_371_000 * math.hypot(x, y)


@pytest.fixture
def center(settings: Settings, private_layout: svc.Layout, tmp_path: Path) -> Iterator[tuple[Settings, dict[str, str]]]:
    svc.up(private_layout)
    own = settings_for_layout(settings, private_layout)
    env = subprocess_env(own, SOC_LOG_LEVEL="WARNING")
    for args in (["db", "migrate"], ["geo", "load"]):
        done = _soc(env, *args)
        assert done.returncode == 0, done.stderr
    procs: dict[str, subprocess.Popen[bytes]] = {}
    logs = {name: (tmp_path / f"{name}.log").open("wb") for name in PROCESSES}
    try:
        for name, args in PROCESSES.items():
            procs[name] = subprocess.Popen([sys.executable, "-m", "soc", *args], cwd=ROOT, env=env,
                                           stdout=logs[name], stderr=subprocess.STDOUT)
        yield own, env
        for name, proc in procs.items():
            assert proc.poll() is None, f"{name} died: {(tmp_path / f'{name}.log').read_text()[-2000:]}"
    finally:
        codes = dict(zip(procs, stop_processes(procs.values()), strict=True))  # None: killed
        for fh in logs.values():
            fh.close()
    assert all(code == 0 for code in codes.values()), f"unclean stop: {codes}"


def _wait_ingest_subscribed(conn: psycopg.Connection, own: Settings, timeout: float = 60) -> None:
    """Publish probes that ingest must quarantine until one is counted, then until all are.

    The probe is deliberately invalid: a valid reading stamped "now" would be newer
    than the scenario's readings and make the evaluators treat them as out of order.
    Probes published before ingest's session existed are lost (no subscriber yet),
    so the wait ends when the count stops changing after the first one arrived.
    """
    def quarantined() -> int:
        row = conn.execute("SELECT coalesce(sum(quarantined), 0) FROM ingest_counters").fetchone()
        return int(row[0]) if row else 0

    client = connect_client(own, "citizen")
    try:
        deadline = time.monotonic() + timeout
        while quarantined() == 0:
            assert time.monotonic() < deadline, "ingest never subscribed"
            client.publish("soc/v1/citizen/1999/e2e-probe", b"not json", qos=1).wait_for_publish(10)
            time.sleep(1.0)
    finally:
        client.disconnect()
        client.loop_stop()
    last = -1
    while last != (now := quarantined()):
        last = now
        time.sleep(1.0)


def test_typhoon_incidents_dispatched_and_every_message_accounted(
        center: tuple[Settings, dict[str, str]], tmp_path: Path) -> None:
    own, env = center
    truth_file = tmp_path / "truth.json"
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        # Ingest subscribes asynchronously; messages published before its session
        # exists would have no subscriber, so wait until a probe pass is counted.
        _wait_ingest_subscribed(conn, own)
        before = conn.execute(
            "SELECT coalesce(sum(received),0), coalesce(sum(stored),0), coalesce(sum(duplicate),0), "
            "coalesce(sum(quarantined),0) FROM ingest_counters").fetchone()
        assert before is not None

        run = _soc(env, "simulate", "typhoon", "--speed", "0", "--seed", "7", "--truth", str(truth_file))
        assert run.returncode == 0, run.stderr
        truth = json.loads(truth_file.read_text())
        total = truth["messages"]["total"]
        outcomes = truth["messages"]["outcomes"]

        def counted() -> tuple[int, int, int, int] | None:
            row = conn.execute(
                "SELECT sum(received), sum(stored), sum(duplicate), sum(quarantined) FROM ingest_counters"
            ).fetchone()
            assert row is not None
            got = tuple(int(v) - int(b) for v, b in zip(row, before, strict=True))
            return got if got[0] >= total else None  # type: ignore[return-value]

        received, stored, duplicate, quarantined = _wait_for("ingest to count every message", counted, 180)
        assert received == total
        assert received == stored + duplicate + quarantined
        got = {"stored": stored, "duplicate": duplicate, "quarantined": quarantined}
        expected = {k: outcomes.get(k, 0) for k in got}
        assert got == expected, f"ground truth {outcomes}"

        # Every long-running process beats (what the compose healthchecks ask).
        for name in PROCESSES:
            health = _soc(env, "health", name)
            assert health.returncode == 0, f"{name}: {health.stdout} {health.stderr}"

        floods = [i for i in truth["incidents"] if i["type"] == "flood"]
        assert floods, "the typhoon ground truth must contain flood incidents"
        # every expected incident the center must open, of a type that may hold it
        opened = [i for i in truth["incidents"] if i["type"] in CENTER_TYPES]
        assert any(i["type"] == "stalled_vehicle" for i in opened)

        def dispatched() -> list[str] | None:
            # An agency working on an incident that a merge absorbed is carried over to the
            # survivor, but one on scene stays there (Dispatcher.take_over), so a surviving
            # incident's agencies are its own plus those of everything merged into it.
            rows = conn.execute("""
                WITH RECURSIVE family(root, member) AS (
                    SELECT incident_id, incident_id FROM ops_incidents WHERE state <> 'merged'
                    UNION
                    SELECT f.root, i.incident_id FROM family f
                    JOIN ops_incidents i ON i.merged_into = f.member
                )
                SELECT r.incident_id, ST_X(r.centroid), ST_Y(r.centroid), r.type,
                       coalesce(array_agg(DISTINCT a.agency) FILTER (WHERE a.agency IS NOT NULL), '{}')
                FROM ops_incidents r
                JOIN family f ON f.root = r.incident_id
                LEFT JOIN ops_assignments a ON a.incident_id = f.member AND a.state <> 'cancelled'
                GROUP BY 1, 2, 3, 4""").fetchall()
            missing = []
            for exp in opened:
                lon, lat = exp["location"]["lon"], exp["location"]["lat"]
                types = CENTER_TYPES[IncidentType(exp["type"])]
                near = [r for r in rows if r[3] in types and _metres(lon, lat, r[1], r[2]) <= 1000]
                if not near:
                    missing.append(f"{exp['id']}: no {'/'.join(sorted(types))} incident")
                elif exp["severity"] == "Severe" and not any(set(exp["agencies"]) <= set(r[4]) for r in near):
                    missing.append(f"{exp['id']}: agencies {exp['agencies']} not all dispatched")
            last_missing[:] = missing
            return None if missing else [r[0] for r in rows]

        last_missing: list[str] = []
        assert any(f["severity"] == "Severe" for f in floods)
        try:
            _wait_for("flood incidents with their agencies dispatched", dispatched, 180)
        except AssertionError:
            state = conn.execute("SELECT incident_id, type, state, severity, agencies, ST_AsText(centroid) "
                                 "FROM ops_incidents").fetchall()
            pytest.fail(f"missing: {last_missing}; incidents: {state}")
