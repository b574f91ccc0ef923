"""An incident whose only alarm its device took back is withdrawn: the API's open list
ranks it after every live incident and says so (``withdrawn``), and so does the wall's
incident item, through the real server and database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import psycopg

from tests.api.conftest import auth
from web.wall.topics import load_incidents

NOW = datetime.now(UTC).replace(microsecond=0)
SQL_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, withdrawn)
VALUES (%(id)s, 'fire', %(state)s, 'Severe', %(prio)s, ARRAY['disaster'], 1, %(t)s, %(t)s, %(t)s,
    %(t)s, ST_SetSRID(ST_MakePoint(120.6528, 24.1972), 4326), %(withdrawn)s)
"""
#: (id, state, priority, withdrawn): the withdrawn one ranks highest by its severity alone.
ROWS = [
    ("inc-wd-test", "quiet", 3100, True),
    ("inc-wd-live", "open", 1100, False),
    ("inc-wd-calm", "quiet", 2100, False),
    ("inc-wd-done", "closed", 3200, False),
]


def test_a_withdrawn_incident_is_listed_after_the_live_ones_and_flagged(
    api: httpx.Client, accounts: dict[str, str], db_dsn: str
) -> None:
    with psycopg.connect(db_dsn) as conn:
        for i, (inc, state, prio, withdrawn) in enumerate(ROWS):
            conn.execute(SQL_INCIDENT, {"id": inc, "state": state, "prio": prio, "withdrawn": withdrawn,
                                        "t": NOW - timedelta(minutes=10 - i)})
    listed = api.get("/api/incidents", headers=auth(accounts["coord"]), params={"open_only": True}).json()
    assert [(i["incident_id"], i["withdrawn"]) for i in listed] == [
        ("inc-wd-calm", False), ("inc-wd-live", False), ("inc-wd-test", True)]
    with psycopg.connect(db_dsn) as conn:
        wall = load_incidents(conn, NOW)
    assert {k: v.withdrawn for k, v in wall.items()} == {  # type: ignore[union-attr]
        "inc-wd-calm": False, "inc-wd-live": False, "inc-wd-test": True}
