"""Helpers of the ops center's integration tests."""

from __future__ import annotations

import functools
import json
import queue
import signal
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt
import psycopg

from bench.ops import writer
from common.settings import Settings
from ops_center.dispatch import load_routing
from ops_center.service import OpsService, OpsWorker
from tests.fix_mqtt import connect_client
from tests.fix_services import start_soc, stop_processes, wait_while_running
from tests.integration.ingest.ingest_helpers import close, publish_all, publisher

#: The routing table the service runs with.
ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")

#: A Severe fire-panel alarm in the zone: source id, then its time; one is enough to dispatch.
INSERT_FIRE_ALARM = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'disaster', 'fire_alarm', 'k', 'alarm', 'Severe',
        ST_SetSRID(ST_MakePoint(120.6564, 24.1819), 4326), '{}')
"""

#: Rows per transaction, as the ingest and alerts services commit them.
PER_TXN = 200

#: Lock requests of other sessions of this database not granted yet (on one relation, if named).
SQL_LOCK_WAITERS = """
SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)
WHERE NOT l.granted AND a.pid <> pg_backend_pid() AND a.datname = current_database()
  AND (%(relation)s::text IS NULL OR l.relation = %(relation)s::text::regclass)
"""


def wait_for(predicate: Callable[[], object], timeout_s: float, what: str) -> object:
    """Poll ``predicate`` every 0.2 s until it returns something true (returned); fail after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = predicate()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out after {timeout_s:.0f} s: {what}"
        time.sleep(0.2)


def kill_when_blocked(conn: psycopg.Connection[Any], ops: subprocess.Popen[bytes], blocker: psycopg.Connection[Any],
                      timeout_s: float, what: str, relation: str | None = None) -> None:
    """Wait until another session waits on a lock (on ``relation``, if named): the one ``blocker``
    holds, with ``ops`` in the middle of its transaction; kill ``ops`` with SIGKILL there, then
    release the lock (``blocker`` rolls back)."""

    def waiting() -> bool:
        row = conn.execute(SQL_LOCK_WAITERS, {"relation": relation}).fetchone()
        return bool(row and row[0])

    wait_for(waiting, timeout_s, what)
    ops.send_signal(signal.SIGKILL)
    ops.wait(10)
    blocker.rollback()


SQL_CAUGHT_UP = """
SELECT w.events_wm > COALESCE((SELECT max(received_at) FROM events), '-infinity')
   AND w.alerts_wm > COALESCE((SELECT max(recorded_at) FROM alert_transitions), '-infinity')
FROM ops_watermarks w WHERE consumer = 'ops'
"""

#: What the correlator decided (no wall-clock columns: dispatch follows the wall clock).
SQL_DECISIONS = {
    "incidents": "SELECT incident_id, type, state, severity, member_count, first_evidence_at, last_evidence_at,"
                 " opened_at, updated_at, merged_into FROM ops_incidents ORDER BY incident_id",
    "members": "SELECT item_key, incident_id, original_incident_id, via, anchor FROM ops_incident_members"
               " ORDER BY item_key",
    "log": "SELECT op, item_key, now_at, incident_id FROM ops_feed_log ORDER BY seq",
}


def write_rows(own: Settings, rows: list[Any]) -> None:
    """Commit ``rows`` as the ingest and alerts services would, :data:`PER_TXN` per transaction."""
    writer(own.db.conninfo(), rows, PER_TXN, 0.0, time.time(), queue.Queue())


def start_ops(own: Settings, log: Path) -> subprocess.Popen[bytes]:
    """``soc ops run`` beating at every chance and polling every 100 ms."""
    return start_soc(own, log, "ops", "run", SOC_HEALTH__BEAT_EVERY_S="0", SOC_OPS__POLL_INTERVAL_MS="100")


def wait_caught_up(own: Settings, proc: subprocess.Popen[bytes], log: Path) -> None:
    """Wait until the ops center's watermarks are past every committed row."""
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        def done() -> bool:
            row = conn.execute(SQL_CAUGHT_UP).fetchone()
            return bool(row and row[0])

        wait_while_running(proc, log, done, "the ops center catching up")


def run_until_caught_up(own: Settings, log: Path) -> None:
    """Start ``soc ops run``, wait until it has caught up, stop it cleanly."""
    proc = start_ops(own, log)
    try:
        wait_caught_up(own, proc, log)
    finally:
        assert stop_processes([proc]) == [0]


def decisions(own: Settings) -> dict[str, list[tuple[Any, ...]]]:
    """What the correlator decided: :data:`SQL_DECISIONS`' rows."""
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        return {k: conn.execute(sql).fetchall() for k, sql in SQL_DECISIONS.items()}


def same_decisions(got: dict[str, list[tuple[Any, ...]]], want: dict[str, list[tuple[Any, ...]]]) -> None:
    for kind, rows in want.items():
        extra, missing = sorted(set(got[kind]) - set(rows)), sorted(set(rows) - set(got[kind]))
        assert got[kind] == rows, f"{kind}: {len(extra)} unexpected {extra[:5]}, {len(missing)} missing {missing[:5]}"


def take_second_paused(own: Settings, second: list[Any], log: Path,
                       polled: Callable[[], bool] | None = None) -> None:
    """Start ``soc ops run``; once it has polled (``polled``, by default: caught up with what is
    committed), pause it while ``second`` is written, let it catch up, stop it cleanly.

    Paused while the second part is written, it polls that part in the same batches as a
    process restarted with it waiting, or as another run of this (a member's
    original_incident_id is the incident its row was first written under, which depends on
    the batches)."""
    proc = start_ops(own, log)
    try:
        if polled is None:
            wait_caught_up(own, proc, log)
        else:
            wait_while_running(proc, log, polled, "the first poll of the ops center", every_s=0.05)
        proc.send_signal(signal.SIGSTOP)
        try:
            write_rows(own, second)
        finally:
            proc.send_signal(signal.SIGCONT)
        wait_caught_up(own, proc, log)
    finally:
        assert stop_processes([proc]) == [0]


def decisions_without_restart(own: Settings, first: list[Any], second: list[Any],
                              log: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The decisions of one ``soc ops run`` that took ``first`` then ``second`` without a restart."""
    write_rows(own, first)
    take_second_paused(own, second, log)
    return decisions(own)


def clocked_worker(settings: Settings, now: list[float]) -> tuple[OpsWorker, list[tuple[str, bytes]]]:
    """An ops worker in the test's process on a clock the test moves (``now[0]``), and the
    list of what it publishes (topic, payload) in order."""
    sent: list[tuple[str, bytes]] = []

    def publish(topic: str, payload: bytes, *, retain: bool) -> None:
        sent.append((topic, payload))

    return OpsWorker(settings, ROUTING, publish, clock=lambda: now[0]), sent


def open_and_step(worker: OpsWorker, conn: psycopg.Connection[Any]) -> None:
    """Open ``worker`` anew on ``conn`` (as after an outage) and step it until it is idle."""
    for _ in worker.open(conn, datetime.now(UTC)):
        pass
    for _ in range(200):
        if not worker.step(conn, datetime.now(UTC)):
            return
    raise AssertionError("the worker never went idle")


# -- a patrol's reports through the real broker and ingest (河南路, a typhoon night) ----------


def police_report(ts: datetime, category: str, text: str, lon: float, unit: str = "第六分局") -> bytes:
    """A Severe report of a patrol (the 第六分局's unless ``unit`` says) on 河南路 (latitude
    24.1742), as the police feed sends it."""
    doc = {
        "ts": ts.isoformat(),
        "category": category,
        "severity": "Severe",
        "unit": unit,
        "location": {"type": "Point", "coordinates": [lon, 24.1742]},
        "text": text,
    }
    return json.dumps(doc, ensure_ascii=False).encode()


def publish_police(settings: Settings, topic: str, body: bytes) -> None:
    """Publish one message as the police gateway, acknowledged by the broker."""
    pub = publisher(settings, "police")
    try:
        publish_all(pub, [(topic, body)])
    finally:
        close(pub)


def stored(conn: psycopg.Connection[Any], sources: list[str]) -> int:
    """How many of ``sources``' events ingest has stored."""
    row = conn.execute("SELECT count(*) FROM events WHERE source_id = ANY(%s)", (sources,)).fetchone()
    return int(row[0]) if row else 0


def placed(c: psycopg.Connection[Any], svc: OpsService, sources: list[str]) -> dict[str, tuple[str, str]]:
    """Poll the service until every source is in an open incident (or 30 s passed): source id ->
    (incident id, incident type) of the incident it is in now."""
    deadline = time.monotonic() + 30
    while True:
        svc.poll_once()
        rows = c.execute(
            "SELECT m.source_id, i.incident_id, i.type FROM ops_incident_members m"
            " JOIN ops_incidents i USING (incident_id) WHERE m.source_id = ANY(%s) AND i.state = 'open'",
            (sources,),
        ).fetchall()
        if len(rows) == len(sources) or time.monotonic() > deadline:
            return {s: (i, t) for s, i, t in rows}


# -- the fire bureau's desk (account agency-fire) and its assignments -----------------------


def fire_assignments(conn: psycopg.Connection[Any]) -> list[tuple[str, str]]:
    """The fire bureau's stored assignments: (incident id, state), by incident id."""
    return [(str(i), str(s)) for i, s in conn.execute(
        "SELECT incident_id, state FROM ops_assignments WHERE agency = 'fire' ORDER BY incident_id").fetchall()]


def fire_reports(settings: Settings, incident_id: str, state: str) -> None:
    """The fire desk reports ``state`` on ``incident_id`` (its status topic, acknowledged by the broker)."""
    desk = connect_client(settings, "agency-fire")
    try:
        body = json.dumps({"state": state, "by": "值班 fire"}).encode()
        desk.publish(f"soc/v1/dispatch/fire/status/{incident_id}", body, qos=1).wait_for_publish(10)
    finally:
        desk.disconnect()
        desk.loop_stop()


def _fire_assignments_are(conn: psycopg.Connection[Any], want: list[tuple[str, str]]) -> bool:
    return fire_assignments(conn) == want


def fire_crew_sent(settings: Settings, conn: psycopg.Connection[Any], topic: str, report: bytes,
                   states: tuple[str, ...] = ("acknowledged",)) -> str:
    """A patrol's ``report`` (police topic ``topic``) opens a rescue and the fire bureau is sent;
    its desk reports ``states`` in turn, each waited for as applied. The rescue's id."""
    publish_police(settings, topic, report)
    found = wait_for(lambda: fire_assignments(conn), 90, "the fire bureau sent to the rescue")
    assert isinstance(found, list)
    rescue = str(found[0][0])
    for state in states:
        fire_reports(settings, rescue, state)
        wait_for(functools.partial(_fire_assignments_are, conn, [(rescue, state)]), 60, f"the desk's {state} applied")
    return rescue


def fire_retained(settings: Settings, incident_id: str) -> dict[str, str]:
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
