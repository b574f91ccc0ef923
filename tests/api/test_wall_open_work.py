"""The wall's counts past the incidents its feed carries: with more open incidents than the
feed's 300 (``web/wall/topics.py``, ``INCIDENTS_MOST``), its ``open_work`` item counts every
open incident and every open assignment on them per agency (open, acknowledged, overdue),
read through a real wall websocket."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from tests.api.conftest import LiveApp, wall_url
from tests.api.wsclient import WallClient

pytestmark = pytest.mark.integration

N_OPEN = 332
N_QUIET = 3
N_CLOSED = 5

SQL_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid)
VALUES (%(id)s, 'flood', %(state)s, 'Moderate', 3000, ARRAY['disaster'], 2, %(t)s, %(t)s, %(t)s, %(t)s,
    ST_SetSRID(ST_MakePoint(120.645, 24.175), 4326))
"""
SQL_ASSIGNMENT = """
INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since,
    acknowledged_at, deadline, escalations)
VALUES (%s, %s, %s, 'all', %s, %s, %s, %s, 0)
"""


def _police(i: int) -> tuple[str, bool, bool]:
    """Incident ``i``'s police assignment: (state, acknowledged, deadline passed)."""
    if i % 3 == 0:
        return "acknowledged", True, False
    return "assigned", False, i % 5 == 0


@pytest.fixture(scope="module")
def seeded(db_dsn: str) -> datetime:
    """335 open or quiet incidents, each with a police assignment (a third acknowledged, some
    past their deadline), a fire crew on scene past an old deadline on every fourth (no running
    deadline: not overdue), and the traffic work called off on the first forty (not open);
    five closed incidents with overdue police work (not open either)."""
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=30)
    with psycopg.connect(db_dsn) as conn:
        for i in range(N_OPEN + N_QUIET + N_CLOSED):
            inc = f"inc-work-{i:03d}"
            state = "open" if i < N_OPEN else "quiet" if i < N_OPEN + N_QUIET else "closed"
            conn.execute(SQL_INCIDENT, {"id": inc, "state": state, "t": now - timedelta(minutes=400 - i)})
            if state == "closed":
                conn.execute(SQL_ASSIGNMENT, (inc, "police", "assigned", t0, t0, None, now - timedelta(hours=1)))
                continue
            police, acked, late = _police(i)
            conn.execute(SQL_ASSIGNMENT, (inc, "police", police, t0, t0, t0 if acked else None,
                                          now - timedelta(hours=1) if late else now + timedelta(hours=2)))
            if i % 4 == 0:
                conn.execute(SQL_ASSIGNMENT, (inc, "fire", "on_scene", t0, t0, t0, now - timedelta(hours=1)))
            if i < 40:
                conn.execute(SQL_ASSIGNMENT, (inc, "traffic", "cancelled", t0, t0, None, now - timedelta(hours=1)))
    return now


def _expected() -> dict[str, Any]:
    live = range(N_OPEN + N_QUIET)
    police = [_police(i) for i in live]
    fire = [i for i in live if i % 4 == 0]
    return {
        "incidents": N_OPEN + N_QUIET,
        "agencies": [
            {"agency": "fire", "open": len(fire), "acknowledged": len(fire), "overdue": 0},
            {"agency": "police", "open": len(police), "acknowledged": sum(p[1] for p in police),
             "overdue": sum(p[2] for p in police)},
        ],
    }


def _work(client: WallClient) -> dict[str, Any] | None:
    """The client's ``open_work`` item without its key (a snapshot's items carry one)."""
    item = client.state.get("open_work", {}).get("all")
    return None if item is None else {k: v for k, v in item.items() if k != "key"}


def test_the_wall_counts_every_open_incident_and_assignment_past_the_feeds_300(
    live_app: LiveApp, accounts: dict[str, str], seeded: datetime,
) -> None:
    client = WallClient(wall_url(live_app, accounts["wall1"]))
    try:
        expected = _expected()
        with contextlib.suppress(TimeoutError):
            client.wait_for(lambda c: len(c.state.get("incident", {})) == 300
                            and _work(c) == expected, timeout=60)
        # The feed still carries 300 incidents; its counts cover all 335 open ones.
        assert len(client.state.get("incident", {})) == 300
        assert _work(client) == expected
    finally:
        client.close()
