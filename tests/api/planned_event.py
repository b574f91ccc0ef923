"""A planned concert whose audience's calls it holds aside, correlated by a running ops service:
shared by the API and browser tests of a coordinator's dispatch to a planned event."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from common.db import connect
from common.settings import Settings
from tests.fix_mqtt import connect_client
from tests.integration.ops_center.test_ops_agency_feeds import _point, publish
from tests.integration.ops_center.test_ops_commands import running_ops

#: Where the concert's permit puts it (in 水湳) and its audience's calls around it.
VENUE = (120.652, 24.185)
CALLS = (("illegal_parking", 120.6506, 24.1839), ("noise", 120.6540, 24.1845))
#: The agencies a crowd job is routed to (routing.yaml) and the ones the tests dispatch.
AGENCIES = ("fire", "police", "traffic")


def concert(settings: Settings, u: str, now: datetime) -> tuple[str, list[str]]:
    """A concert's permit (started an hour ago, two more to go) and two 1999 calls of its
    audience, stored the way the ingest worker does: the permit's source and the calls'."""
    permit = f"P-{u}"
    with connect(settings) as w:
        publish(w, settings, f"soc/v1/police/planned_event/{permit}",
                {"ts": (now - timedelta(hours=20)).isoformat(), "category": "concert",
                 "start": (now - timedelta(hours=1)).isoformat(), "end": (now + timedelta(hours=2)).isoformat(),
                 "title": "戶外演唱會", "expected_attendance": 25_000,
                 "area": {"type": "Point", "coordinates": list(VENUE), "radius_m": 400}},
                now)  # received now: the ops service reads rows by when they came
        calls = []
        for i, (category, lon, lat) in enumerate(CALLS):
            case, at = f"C{i}-{u}", now - timedelta(minutes=10 - 3 * i)
            publish(w, settings, f"soc/v1/citizen/1999/{case}",
                    {"caseId": case, "category": category, "district": "西屯區", "location": _point(lon, lat),
                     "createdAt": at.isoformat()}, now)
            calls.append(case)
    return permit, calls


@contextmanager
def planned_concert(settings: Settings) -> Iterator[tuple[str, str, list[str]]]:
    """`soc ops run` in a thread (20 ms polls, ``running_ops``) and a concert (:func:`concert`)
    it stores planned, holding its two calls aside: yields its incident, the permit's source and
    the calls'; the incident's retained assignments are cleared after."""
    incidents: list[str] = []
    try:
        with running_ops(settings):
            permit, calls = concert(settings, uuid.uuid4().hex[:8], datetime.now(UTC))
            incidents.append(planned_incident(settings, permit, held=len(calls)))
            yield incidents[0], permit, calls
    finally:
        center = connect_client(settings, "center")
        try:
            for topic in [f"soc/v1/dispatch/{a}/assignment/{i}" for i in incidents for a in AGENCIES]:
                center.publish(topic, b"", qos=1, retain=True).wait_for_publish(5)
        finally:
            center.disconnect()
            center.loop_stop()


SQL_INCIDENT_OF = """
SELECT m.incident_id, i.planned, i.held FROM ops_incident_members m JOIN ops_incidents i USING (incident_id)
WHERE m.source_id = %s
"""


def planned_incident(settings: Settings, permit: str, held: int, timeout_s: float = 30.0) -> str:
    """The id of ``permit``'s incident once the ops service stored it planned, holding ``held``
    reports aside (waited for, polling the database)."""
    deadline = time.monotonic() + timeout_s
    with connect(settings, autocommit=True) as conn:
        while True:
            row = conn.execute(SQL_INCIDENT_OF, (permit,)).fetchone()
            if row is not None and row[1] and row[2] == held:
                return str(row[0])
            assert time.monotonic() < deadline, f"no planned incident holding {held} for {permit}: {row}"
            time.sleep(0.05)
