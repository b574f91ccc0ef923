"""The web and its supervisor through a silent network cut of the database.

A cut drops packets without a FIN or an RST (a pulled cable, a firewall that starts dropping
or forgets a connection, a frozen peer): a statement sent into it waits for an answer nobody
sends. The real ``soc supervise web`` reaches a private PostgreSQL through a
:class:`tests.netcut.NetCut` proxy (the test reaches it directly), with a short answer
deadline (``SOC_DB__ANSWER_WITHIN_S``); one process tree serves the module:

* the whole database cut: a request sent as the cut begins is answered during the cut with
  the structured 503 (``/problems/database-unavailable``) instead of waiting as long as the
  cut; ``/api/health`` says the database is unreachable and the wall names it down; once the
  network is back the same web process serves the request, says the database is up and the
  wall shows it up again;
* the wall's LISTEN connection cut alone (the others get through): the listener notices and
  listens again on a new connection while the old one stays cut;
* the web's own database probe connection cut alone: the answer watch notices, the probe
  connects anew while the old one stays cut, and the web says the database is up;
* the whole database cut and the web child killed: the supervisor notices the exit and
  starts a new child during the cut, its own read of the beats failing past its deadline
  instead of holding it as long as the cut (that a restarted child beats again after a cut
  is ``tests/integration/common/test_supervise_faults.py``'s).

The same web under a broker restart (Mosquitto started, stopped and started again; the
database reached directly is untouched): an agency report, the web's one use of the broker
(it connects per publish), is answered 503 while the broker is down, nothing audited, and
the same web process publishes the next one once the broker is back (202 after its PUBACK).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from common import services as svc
from common.settings import Settings
from tests import http_calls
from tests.fix_services import ROOT, private_instance, stop_processes, subprocess_env
from tests.integration.ops_center.ops_helpers import wait_for
from tests.integration.web.web_helpers import migrated_with_admin
from tests.netcut import NetCut

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: The answer deadline of the processes under test: short, so a cut is noticed within
#: about 4 + 3 (connect timeout) + 1 s (the watch's tick).
ANSWER_WITHIN_S = 4
#: A bound on waiting for what the cut should bring about while it holds; not a timing
#: assertion: without the deadline nothing comes until the cut ends.
DURING_CUT_S = 60.0
#: A bound on waiting for the return after the cut (a loaded host).
AFTER_CUT_S = 90.0


@dataclass
class Center:
    """The supervised web behind the proxy, and how to reach it."""

    direct: Settings
    layout: svc.Layout
    cut: NetCut
    url: str
    ws_url: str
    password: str
    proc: subprocess.Popen[bytes]
    log: Path

    def text(self, start: int = 0) -> str:
        return self.log.read_bytes()[start:].decode(errors="replace")

    def token(self) -> str:
        r = http_calls.post(f"{self.url}/api/auth/token", data={"username": "root", "password": self.password},
                       timeout=30)
        r.raise_for_status()
        return str(r.json()["access_token"])

    def web_pid(self) -> int | None:
        """The web process's pid, from its freshest beat (read directly, not through the cut)."""
        with psycopg.connect(self.direct.db.conninfo(), connect_timeout=10) as conn:
            row = conn.execute("SELECT instance FROM service_heartbeats WHERE service = 'web'"
                               " ORDER BY beat_at DESC LIMIT 1").fetchone()
        return None if row is None else int(str(row[0]).rsplit(":", 1)[1])


def _health(url: str) -> tuple[int, dict[str, Any]] | None:
    try:
        r = http_calls.get(f"{url}/api/health", timeout=30)
    except httpx.HTTPError:
        return None
    return r.status_code, r.json()


def _healthy(url: str) -> bool:
    h = _health(url)
    return h is not None and h[0] == 200 and h[1]["database"] == "up"


@pytest.fixture(scope="module")
def center(settings: Settings, private_seed: Path | None,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Center]:
    """``soc supervise web`` on a private instance behind a proxy, the web answering healthy."""
    with private_instance(settings, f"cut-{uuid.uuid4().hex[:8]}", private_seed) as layout:
        s, password = migrated_with_admin(settings, layout)
        port = svc.free_port()
        log = tmp_path_factory.mktemp("cut") / "supervise.log"
        with NetCut(s.db.host, s.db.port) as cut:
            env = subprocess_env(s, SOC_DB__PORT=str(cut.port), SOC_WEB__PORT=str(port), SOC_WEB__HOST="127.0.0.1",
                                 SOC_DB__ANSWER_WITHIN_S=str(ANSWER_WITHIN_S), SOC_DB__CONNECT_TIMEOUT_S="3",
                                 SOC_HEALTH__SERVICES='["web"]', SOC_HEALTH__BEAT_EVERY_S="1",
                                 SOC_HEALTH__STALE_AFTER_S="10", SOC_HEALTH__START_GRACE_S="300",
                                 SOC_LOG_LEVEL="INFO", PYTHONUNBUFFERED="1")
            with log.open("ab") as fh:
                proc = subprocess.Popen([sys.executable, "-m", "soc", "supervise", "web"], cwd=ROOT, env=env,
                                        stdout=fh, stderr=fh, stdin=subprocess.DEVNULL)
            url = f"http://127.0.0.1:{port}"
            try:
                wait_for(lambda: _healthy(url), 180, "the web answering healthy")
                yield Center(s, layout, cut, url, f"ws://127.0.0.1:{port}", password, proc, log)
            finally:
                cut.resume()
                stop_processes([proc])
                print("--- supervise log ---\n" + log.read_text(errors="replace")[-6000:])


@dataclass
class Wall:
    """A wall screen's socket, read in a thread: the health items as the wall holds them."""

    health: dict[str, dict[str, Any]] = field(default_factory=dict)
    frames: int = 0
    error: BaseException | None = None

    def database_up(self) -> bool | None:
        item = self.health.get("database")
        return None if item is None else bool(item["up"])


@pytest.fixture
def wall(center: Center) -> Iterator[Wall]:
    from websockets.sync.client import connect as ws_connect

    token = center.token()
    ticket = http_calls.post(f"{center.url}/api/ws-ticket", headers={"Authorization": f"Bearer {token}"},
                        timeout=30).json()["ticket"]
    screen = Wall()
    with ws_connect(f"{center.ws_url}/ws/wall?ticket={ticket}", open_timeout=30) as ws:
        stop = threading.Event()
        yield from _read_wall(ws, screen, stop)


def _read_wall(ws: Any, screen: Wall, stop: threading.Event) -> Iterator[Wall]:
    """Read ``ws`` into ``screen`` in a thread while the caller's block runs."""

    def read() -> None:
        try:
            while not stop.is_set():
                try:
                    frame = json.loads(ws.recv(timeout=1))
                except TimeoutError:
                    continue
                screen.frames += 1
                if frame["type"] == "ping":
                    ws.send(json.dumps({"type": "pong"}))
                elif frame["type"] == "snapshot":
                    screen.health = {h["part"]: h for h in frame["state"].get("health", [])}
                elif frame["type"] == "delta" and frame["topic"] == "health":
                    if frame["op"] == "upsert":
                        screen.health[frame["key"]] = frame["item"]
                    else:
                        screen.health.pop(frame["key"], None)
        except BaseException as exc:  # reported by the test
            if not stop.is_set():
                screen.error = exc

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        yield screen
    finally:
        stop.set()
        reader.join(5)


@dataclass
class Asked:
    """A request sent in a thread: its answer once it comes."""

    status: int | None = None
    problem: str = ""
    done: threading.Event = field(default_factory=threading.Event)


def _ask(url: str, token: str) -> Asked:
    asked = Asked()

    def run() -> None:
        try:
            r = http_calls.get(f"{url}/api/alerts", headers={"Authorization": f"Bearer {token}"},
                          timeout=DURING_CUT_S * 3)
            asked.status = r.status_code
            if r.headers.get("content-type", "") == "application/problem+json":
                asked.problem = str(r.json().get("type", ""))
        finally:
            asked.done.set()

    threading.Thread(target=run, daemon=True).start()
    return asked


def test_a_request_sent_into_a_database_cut_is_answered_503_during_it_and_the_wall_says_so(
        center: Center, wall: Wall) -> None:
    token = center.token()
    pid = center.web_pid()
    wait_for(lambda: wall.database_up() is True, 60, "the wall showing the database up")
    center.cut.blackhole()
    try:
        asked = _ask(center.url, token)  # as the cut begins: before the web's own probe can know
        wait_for(asked.done.is_set, DURING_CUT_S, "an answer to the request sent into the cut, while it lasts")
        # Answered at once either way: as the database away (the web's probe or the watch knew of
        # the cut) or as busy, when no pooled connection could be checked within the pool's wait
        # because the cut holds them (a fresh-clone CI run answered database-busy).
        assert asked.status == 503, asked.status
        assert asked.problem in {"/problems/database-unavailable", "/problems/database-busy"}, asked.problem
        h = _health(center.url)
        assert h is not None
        assert (h[0], h[1]["database"]) == (503, "unreachable"), h
        wait_for(lambda: wall.database_up() is False, DURING_CUT_S, "the wall naming the database down")
        assert center.cut.cut
    finally:
        center.cut.resume()
    wait_for(lambda: _healthy(center.url), AFTER_CUT_S, "/api/health saying the database is up again")
    wait_for(lambda: http_calls.get(f"{center.url}/api/alerts", headers={"Authorization": f"Bearer {token}"},
                               timeout=30).status_code == 200, AFTER_CUT_S, "the request served again")
    wait_for(lambda: wall.database_up() is True, AFTER_CUT_S, "the wall showing the database up again")
    assert wall.error is None, wall.error
    assert center.web_pid() == pid  # the same process: nobody restarted it


def _listener(s: Settings) -> tuple[int, int, str] | None:
    """The wall listener's backend: (pid, client port, last statement)."""
    with psycopg.connect(s.db.conninfo(), connect_timeout=10) as conn:
        row = conn.execute("SELECT pid, client_port, query FROM pg_stat_activity"
                           " WHERE application_name = 'soc-wall-listen' ORDER BY backend_start DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), int(row[1]), str(row[2]))


def test_the_wall_listener_notices_its_connection_cut_alone_and_listens_again(center: Center) -> None:
    wait_for(lambda: _listener(center.direct) is not None, 60, "the wall listening")
    first = _listener(center.direct)
    assert first is not None
    pid, port, _ = first
    assert port in center.cut.upstream_ports()
    center.cut.blackhole_connection(port)
    try:
        def listening_again() -> bool:
            now = _listener(center.direct)
            return now is not None and now[0] != pid and bool(re.match(r"(LISTEN|SELECT 1)", now[2]))

        wait_for(listening_again, DURING_CUT_S, "the wall listening again on a new connection while the old is cut")
    finally:
        center.cut.resume()
    assert "wall_push_listen_unavailable" in center.text()


def _prober(s: Settings) -> tuple[int, int] | None:
    """The web's database probe's backend: (pid, client port)."""
    with psycopg.connect(s.db.conninfo(), connect_timeout=10) as conn:
        row = conn.execute("SELECT pid, client_port FROM pg_stat_activity"
                           " WHERE application_name = 'soc-web-watch' ORDER BY backend_start DESC LIMIT 1").fetchone()
    return None if row is None else (int(row[0]), int(row[1]))


def test_the_database_probe_notices_its_connection_cut_alone_and_probes_again(center: Center) -> None:
    wait_for(lambda: _prober(center.direct) is not None, 60, "the web probing")
    first = _prober(center.direct)
    assert first is not None
    pid, port = first
    assert port in center.cut.upstream_ports()
    center.cut.blackhole_connection(port)
    try:
        wait_for(lambda: (now := _prober(center.direct)) is not None and now[0] != pid, DURING_CUT_S,
                 "the web probing again on a new connection while the old is cut")
        wait_for(lambda: _healthy(center.url), DURING_CUT_S, "the web saying the database is up")
    finally:
        center.cut.resume()
    assert "database_answer_lost" in center.text()


#: How often the supervisor reads the children's beats (``soc.demo._Beats``).
SUPERVISOR_READ_S = 2.0


def _beat_age(s: Settings, service: str) -> float:
    with psycopg.connect(s.db.conninfo(), connect_timeout=10) as conn:
        row = conn.execute("SELECT extract(epoch FROM now() - max(beat_at))::float8 FROM service_heartbeats"
                           " WHERE service = %s", (service,)).fetchone()
    return float("inf") if row is None or row[0] is None else float(row[0])


def test_the_supervisor_restarts_a_killed_child_during_a_database_cut(center: Center) -> None:
    wait_for(lambda: _healthy(center.url), AFTER_CUT_S, "the web answering healthy")
    pid = center.web_pid()
    assert pid is not None
    start = center.log.stat().st_size
    center.cut.blackhole()
    try:
        # The supervisor beats with each read of the children's beats (every 2 s): its beat
        # growing old says its read has gone into the cut before the child is killed.
        wait_for(lambda: _beat_age(center.direct, "supervisor") > 3 * SUPERVISOR_READ_S, DURING_CUT_S,
                 "the supervisor's read of the beats in the cut")
        os.kill(pid, signal.SIGKILL)
        wait_for(lambda: re.search(r"child_restarted\b.*name=web", center.text(start)), DURING_CUT_S,
                 "the supervisor noticing the exit and starting a new web while the cut lasts")
        assert center.cut.cut
        assert re.search(r"child_exited\b.*name=web", center.text(start)), center.text(start)[-3000:]
    finally:
        center.cut.resume()
    assert center.proc.poll() is None


INCIDENT = f"inc-broker-{uuid.uuid4().hex[:8]}"
INSERT_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, hull)
VALUES (%(inc)s, 'fire', 'open', 'Severe', 3100, ARRAY['disaster'], 1, %(t)s, %(t)s, %(t)s,
    %(t)s, ST_SetSRID(ST_MakePoint(120.6528, 24.1972), 4326),
    ST_SetSRID(ST_MakePoint(120.6528, 24.1972), 4326))
"""
INSERT_ASSIGNMENT = """
INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since,
    deadline) VALUES (%s, %s, %s, 'all', %s, %s, %s)
"""


def _reports(s: Settings) -> int:
    with psycopg.connect(s.db.conninfo()) as conn:
        row = conn.execute("SELECT count(*) FROM audit_log WHERE subject_id = %s AND action = 'assignment.report'",
                           (INCIDENT,)).fetchone()
    return 0 if row is None else int(row[0])


def test_an_agency_report_during_a_broker_restart_is_503_then_published_by_the_same_web(center: Center) -> None:
    s, layout = center.direct, center.layout
    wait_for(lambda: _healthy(center.url), AFTER_CUT_S, "the web answering healthy")  # a restart before
    now = datetime.now(UTC).replace(microsecond=0)
    with psycopg.connect(s.db.conninfo()) as conn:
        conn.execute(INSERT_INCIDENT, {"inc": INCIDENT, "t": now})
        conn.execute(INSERT_ASSIGNMENT, (INCIDENT, "police", "assigned", now, now, now + timedelta(minutes=30)))
    url = f"{center.url}/api/incidents/{INCIDENT}/assignments/police/status"
    headers = {"Authorization": f"Bearer {center.token()}"}
    web = center.web_pid()
    svc.mqtt_up(layout)
    try:
        r = http_calls.post(url, headers=headers, json={"state": "acknowledged"}, timeout=60)
        assert r.status_code == 202, r.text  # the broker up: published
        svc.mqtt_down(layout)
        r = http_calls.post(url, headers=headers, json={"state": "en_route"}, timeout=60)
        assert r.status_code == 503, r.text
        assert r.headers["content-type"].startswith("application/problem+json"), r.headers
        assert _reports(s) == 1  # the report not delivered is not audited either
        svc.mqtt_up(layout)
        r = http_calls.post(url, headers=headers, json={"state": "en_route"}, timeout=60)
        assert r.status_code == 202, r.text
        assert _reports(s) == 2
        assert center.web_pid() == web
        assert _healthy(center.url)
    finally:
        svc.mqtt_down(layout)
