"""A flood nobody is sent to must not read as work in progress.

A 1999 caller reporting knee-deep water opens a flood on the one call (the opening rule: the
agencies act on it at once); the call carries no CAP severity (Unknown), which is no low
severity, so the flood's route sends its agencies. An open job no agency is sent to (a
flood below its route's minimum, every assignment cancelled) is read by the API's read model
as awaiting dispatch; a planned event, a withdrawn alarm or a quiet incident is not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from ops_center.queries import list_assignments, list_incidents
from ops_center.service import OpsService
from tests.integration.ops_center.test_ops_agency_feeds import ROUTING, T0, _point, drain, incidents_of, publish

pytestmark = pytest.mark.integration

FLOOD_AGENCIES = ["police", "public_works", "traffic", "water"]  # ops_center/routing.yaml, route flood


def test_one_call_of_knee_deep_water_opens_a_flood_its_agencies_are_sent_to(
    db_settings: Settings, unique_id: str,
) -> None:
    case = f"C-{unique_id}"
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        publish(w, db_settings, f"soc/v1/citizen/1999/{case}",
                {"caseId": case, "category": "flooding", "district": "西屯區", "location": _point(120.6566, 24.1821),
                 "createdAt": T0.isoformat(), "subCategory": "經貿路積水到膝蓋，機車過不去"},
                T0 + timedelta(seconds=30))
        drain(svc, c)
        got = incidents_of(c, [case])
        assert got[case][1] == "flood"
        (inc,) = list_incidents(c, incident_id=got[case][0])
        assigned = sorted(a.agency for a in list_assignments(c, incident_ids=[inc.incident_id]))
    assert assigned == FLOOD_AGENCIES
    assert not inc.awaiting_dispatch


SQL_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, planned, held, withdrawn)
VALUES (%s, 'flood', %s, 'Minor', 1100, ARRAY['disaster'], 1, %s, %s, %s, %s,
    ST_SetSRID(ST_MakePoint(120.6566, 24.1821), 4326), %s, 0, %s)
"""
SQL_ASSIGNMENT = """
INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since, deadline, escalations)
VALUES (%s, %s, %s, 'all', %s, %s, %s, 0)
"""


def test_the_read_model_says_which_open_jobs_nobody_is_sent_to(db_dsn: str, unique_id: str) -> None:
    now = datetime.now(UTC)
    # incident -> (state, planned, withdrawn, assignment states), and whether it awaits dispatch
    cases = {
        "none": (("open", False, False, ()), True),
        "cancelled": (("open", False, False, ("cancelled",)), True),
        "assigned": (("open", False, False, ("assigned",)), False),
        "cleared": (("open", False, False, ("cleared", "cancelled")), False),
        "planned": (("open", True, False, ()), False),
        "withdrawn": (("quiet", False, True, ()), False),
        "quiet": (("quiet", False, False, ()), False),
    }
    ids = {k: f"inc-await-{k}-{unique_id}" for k in cases}
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        for k, ((state, planned, withdrawn, assignments), _) in cases.items():
            conn.execute(SQL_INCIDENT, (ids[k], state, now, now, now, now, planned, withdrawn))
            for agency, a_state in zip(("water", "police"), assignments, strict=False):
                conn.execute(SQL_ASSIGNMENT, (ids[k], agency, a_state, now, now, now + timedelta(minutes=15)))
        got = {k: list_incidents(conn, incident_id=ids[k])[0].awaiting_dispatch for k in cases}
    assert got == {k: want for k, (_, want) in cases.items()}
