"""Paging through the incident list with ``limit`` and ``offset`` through the real server
and database: a long night leaves many incidents alike in state, priority and opening
time (a replay or a burst of one storm cell opens them in the same second), and a client
that pages through them must see each incident exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import psycopg

from tests.api.conftest import auth

T = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
COUNT = 240
SQL_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, closed_by, close_reason)
SELECT 'inc-page-' || lpad(n::text, 4, '0'), 'flood', 'closed', 'Moderate', 2000, ARRAY['disaster'],
    1, %(t)s, %(t)s, %(t)s, %(t)s, ST_SetSRID(ST_MakePoint(120.6436, 24.1917), 4326), 'coord', '退水'
FROM generate_series(1, %(count)s) AS n
"""


def test_pages_of_alike_incidents_hold_each_incident_once(
    api: httpx.Client, accounts: dict[str, str], db_dsn: str
) -> None:
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"t": T, "count": COUNT})
    coord = auth(accounts["coord"])

    def page(limit: int, offset: int) -> list[str]:
        r = api.get("/api/incidents", headers=coord,
                    params={"state": "closed", "limit": limit, "offset": offset})
        assert r.status_code == 200, r.text
        return [i["incident_id"] for i in r.json() if i["incident_id"].startswith("inc-page-")]

    whole = page(1000, 0)
    assert sorted(whole) == [f"inc-page-{n:04d}" for n in range(1, COUNT + 1)]
    for size in (7, 25, 100):
        seen: list[str] = []
        for offset in range(0, COUNT, size):
            seen += page(size, offset)
        assert len(seen) == len(set(seen)), f"pages of {size} repeat incidents"
        assert seen == whole, f"pages of {size} do not follow the list's order"
