"""Requests that wait on another process hold no database connection while they wait.

Agency reports sent while the broker does not answer cannot take the API from everyone.
``POST /api/incidents/{id}/assignments/{agency}/status`` publishes the report over MQTT
with the agency's account and waits up to 5 s for the broker; it held one of the web's
8 pooled database connections through that wait. Replayed against the real server with a
broker that accepts connections and never answers (a hung Mosquitto, or one cut off by
the network): 12 reports sent at once by an agency's member left the pool empty, and
the operator's incident list in the meantime was answered 503. docs/security.md: the
route reads and checks on a connection it gives back before publishing, and audits the
report on another once the broker took it.

Nor can coordinator commands while the ops service is away: a command route records the
command, then waits up to ``wait`` (5 s at most) for the ops service to finish it, and
held its pooled connection through that wait. 12 notes sent at once with ``wait=5`` while
no ops service ran emptied the pool, and the operator's incident list was answered 503.
The route now looks at the command on a fresh connection each time and holds none between.
"""

from __future__ import annotations

import socket
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import psycopg
import pytest

from tests.api.test_assignment_reports import INSERT_ASSIGNMENT, INSERT_INCIDENT
from tests.security.conftest import WebProcess, bearer, cached_login

INC = f"inc-away-{uuid.uuid4().hex[:8]}"
REPORTS = 12
COMMANDS = 12


@pytest.fixture(scope="module")
def silent_broker() -> Iterator[int]:
    """A port that accepts TCP connections (the kernel's backlog) and never answers MQTT."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        s.listen(128)
        yield int(s.getsockname()[1])


@pytest.fixture(scope="module")
def web_env(silent_broker: int) -> dict[str, str]:
    return {"SOC_MQTT__PORT": str(silent_broker)}


@pytest.fixture(scope="module")
def seeded(web_server: WebProcess) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    t = now - timedelta(minutes=5)
    with psycopg.connect(web_server.settings.db.conninfo()) as conn:
        conn.execute(INSERT_INCIDENT, {"inc": INC, "t": t})
        conn.execute(INSERT_ASSIGNMENT, (INC, "water", "assigned", t, t, now + timedelta(minutes=30)))


def test_reports_waiting_on_a_silent_broker_leave_the_api_served(web_server: WebProcess, seeded: None) -> None:
    member = cached_login(web_server, "water1")
    operator = cached_login(web_server, "op")
    answers: list[int] = []
    started = threading.Barrier(REPORTS + 1)

    def report() -> None:
        with httpx.Client(base_url=web_server.url, timeout=120) as client:
            started.wait()
            r = client.post(f"/api/incidents/{INC}/assignments/water/status", headers=bearer(member),
                            json={"state": "acknowledged", "note": "on our way"})
            answers.append(r.status_code)

    threads = [threading.Thread(target=report) for _ in range(REPORTS)]
    for t in threads:
        t.start()
    started.wait()
    with httpx.Client(base_url=web_server.url, timeout=120) as client:
        listed = client.get("/api/incidents", headers=bearer(operator))
        detail = client.get(f"/api/incidents/{INC}", headers=bearer(operator))
    for t in threads:
        t.join(timeout=300)
    assert listed.status_code == 200, listed.text
    assert detail.status_code == 200, detail.text
    # The broker never took them: every report is 503 (retry), none recorded as sent.
    assert answers == [503] * REPORTS, answers
    with psycopg.connect(web_server.settings.db.conninfo()) as conn:
        audited = conn.execute("SELECT count(*) FROM audit_log WHERE subject_id = %s AND action = 'assignment.report'",
                               (INC,)).fetchone()
    assert audited == (0,)
    # An expected outage answer: logged once a minute with a count, never a traceback a report.
    log = web_server.log()
    assert "Traceback" not in log, log[-3000:]
    assert "request_failed" not in log, log[-3000:]
    lines = [line for line in log.splitlines() if "request_service_unavailable" in line]
    assert 1 <= len(lines) < REPORTS, lines


def test_commands_waiting_on_an_absent_ops_service_leave_the_api_served(web_server: WebProcess, seeded: None) -> None:
    coordinator = cached_login(web_server, "coord")
    operator = cached_login(web_server, "op")
    answers: list[int] = []
    started = threading.Barrier(COMMANDS + 1)

    def note(i: int) -> None:
        with httpx.Client(base_url=web_server.url, timeout=120) as client:
            started.wait()
            r = client.post(f"/api/incidents/{INC}/notes", params={"wait": 5}, headers=bearer(coordinator),
                            json={"text": f"note {i}"})
            answers.append(r.status_code)

    threads = [threading.Thread(target=note, args=(i,)) for i in range(COMMANDS)]
    for t in threads:
        t.start()
    started.wait()
    with httpx.Client(base_url=web_server.url, timeout=120) as client:
        listed = client.get("/api/incidents", headers=bearer(operator))
        detail = client.get(f"/api/incidents/{INC}", headers=bearer(operator))
    for t in threads:
        t.join(timeout=300)
    assert listed.status_code == 200, listed.text
    assert detail.status_code == 200, detail.text
    # No ops service runs: every command is recorded and still pending (202, poll its Location).
    assert answers == [202] * COMMANDS, answers
    with psycopg.connect(web_server.settings.db.conninfo()) as conn:
        pending = conn.execute("SELECT count(*) FROM ops_commands WHERE incident_id = %s AND state = 'pending'",
                               (INC,)).fetchone()
    assert pending == (COMMANDS,)
