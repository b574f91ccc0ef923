"""An incident goes quiet once: its timeline (``ops_incident_history``, the API's and the
console's timeline) says ``quiet`` once, whatever joins it after, through the real
service and database."""

from __future__ import annotations

from datetime import datetime, timedelta

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from ops_center.queries import history
from ops_center.service import OpsService
from tests.integration.ops_center.test_ops_agency_feeds import ROUTING, T0, _point, drain, incidents_of, publish
from tests.integration.ops_center.test_ops_service import INSERT_ALERT, INSERT_TRANSITION
from tests.integration.ops_center.test_ops_service import drain as drain_both

pytestmark = pytest.mark.integration

REPORT = {"category": "traffic_accident", "severity": "Moderate", "unit": "第六分局", "text": "車禍"}


def report(w: psycopg.Connection, settings: Settings, case: str, at: datetime, lon: float, lat: float,
           **more: object) -> None:
    """A precinct's crash report ``case`` observed at ``at``, received 30 s later."""
    publish(w, settings, f"soc/v1/police/incident/{case}",
            {**REPORT, "ts": at.isoformat(), "location": _point(lon, lat), **more}, at + timedelta(seconds=30))


def test_a_follow_up_joining_a_job_gone_quiet_leaves_one_quiet_in_its_timeline(
    db_settings: Settings, unique_id: str
) -> None:
    """A police crash report goes quiet (no more evidence for its window, the clock moved on
    by a crash reported 3 km away an hour later); two hours after it, the precinct's
    follow-up (``follows`` the report: the scene cleared) joins the quiet job. The job went
    quiet once: its timeline holds one ``quiet``, and still one after another follow-up."""
    u = unique_id
    first = f"Q1-{u}"
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        report(w, db_settings, first, T0, 120.65496, 24.19582, text="車禍 1人受傷")
        drain(svc, c)
        report(w, db_settings, f"Q2-{u}", T0 + timedelta(hours=1), 120.6240, 24.1700)
        drain(svc, c)
        (job, _) = incidents_of(c, [first])[first]
        (state,) = c.execute("SELECT state FROM ops_incidents WHERE incident_id = %s", (job,)).fetchone() or ("",)
        for n, minutes in enumerate((120, 130)):
            report(w, db_settings, f"F{n}-{u}", T0 + timedelta(minutes=minutes), 120.6640, 24.1930,
                   follows=[first], text="前案 現場處理完畢 車輛已移置")
            drain(svc, c)
        joined = incidents_of(c, [f"F0-{u}", f"F1-{u}"])
        actions = [h.action for h in history(c, job)]
    assert state == "quiet"
    assert {j for (j, _) in joined.values()} == {job}
    assert actions.count("quiet") == 1, actions


def test_a_job_quieted_by_the_clock_of_a_repeated_alert_says_quiet_once_after_a_restart(
    db_settings: Settings, unique_id: str
) -> None:
    """A crash report's job goes quiet when a flood alert 3 km away comes back to a severity
    it had (Severe, Moderate, Severe again two hours later: the repeat is a duplicate
    item, whose time still moves the correlator's clock). A restarted service rebuilds
    the job from the replay log as it was, quiet: the next report elsewhere leaves one
    ``quiet`` in its timeline."""
    u = unique_id
    t0 = T0 + timedelta(days=1)
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        report(w, db_settings, f"C1-{u}", t0, 120.65496, 24.19582)
        drain(svc, c)
        (job, _) = incidents_of(c, [f"C1-{u}"])[f"C1-{u}"]
        row = w.execute(INSERT_ALERT, ("flood-depth", f"fd-{u}", "Severe", "disaster", 120.6240, 24.1700,
                                       t0, t0, t0)).fetchone()
        assert row is not None
        for action, severity, at in (("raise", "Severe", t0), ("severity", "Moderate", t0 + timedelta(minutes=10)),
                                     ("severity", "Severe", t0 + timedelta(hours=2))):
            w.execute(INSERT_TRANSITION, (row[0], at, action, None if action == "raise" else "raised", severity))
            w.commit()
            drain_both(svc)
        (state,) = c.execute("SELECT state FROM ops_incidents WHERE incident_id = %s", (job,)).fetchone() or ("",)
        again = OpsService(c, ROUTING, idle_after_s=None)
        again.start()
        report(w, db_settings, f"C2-{u}", t0 + timedelta(hours=2, minutes=5), 120.6800, 24.2100)
        drain(again, c)
        actions = [h.action for h in history(c, job)]
    assert state == "quiet"
    assert actions.count("quiet") == 1, actions
