"""A permit that is the first row a fresh database's ops center reads is dated by the permit.

Described situation: the center goes live on a fresh database the morning of a concert. The
first thing it ever reads is the police permit for the concert, issued twenty hours ago for a
concert that began an hour ago. The operator opens the incident: its evidence begins at the
concert's start and it has been known since the permit was issued; nothing on it is dated
1970 (the wall would show "first evidence 499030 hours ago").
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx

from common.db import connect
from tests.api.conftest import LiveApp, auth
from tests.api.planned_event import VENUE, planned_incident
from tests.integration.ops_center.test_ops_agency_feeds import publish
from tests.integration.ops_center.test_ops_commands import running_ops


def test_a_permit_read_first_is_dated_by_its_start_and_its_issue_not_1970(
    api: httpx.Client, accounts: dict[str, str], live_app: LiveApp
) -> None:
    settings = live_app.settings
    now = datetime.now(UTC).replace(microsecond=0)
    issued, start, end = now - timedelta(hours=20), now - timedelta(hours=1), now + timedelta(hours=2)
    permit = f"P-{uuid.uuid4().hex[:8]}"
    with connect(settings, autocommit=True) as conn:
        (rows,) = conn.execute("SELECT count(*) FROM events").fetchone() or (None,)
        (log,) = conn.execute("SELECT count(*) FROM ops_feed_log").fetchone() or (None,)
    assert (rows, log) == (0, 0), "the situation: a fresh database, the permit its first row"
    with running_ops(settings):
        with connect(settings) as w:
            publish(w, settings, f"soc/v1/police/planned_event/{permit}",
                    {"ts": issued.isoformat(), "category": "concert", "start": start.isoformat(),
                     "end": end.isoformat(), "title": "戶外演唱會", "expected_attendance": 25_000,
                     "area": {"type": "Point", "coordinates": list(VENUE), "radius_m": 400}},
                    now)
        inc = planned_incident(settings, permit, held=0)
    detail = api.get(f"/api/incidents/{inc}", headers=auth(accounts["op"])).json()

    assert datetime.fromisoformat(detail["first_evidence_at"]) == start
    assert datetime.fromisoformat(detail["opened_at"]) == issued, "a permit read first opens an incident of 1970"
    assert datetime.fromisoformat(detail["updated_at"]) >= issued
