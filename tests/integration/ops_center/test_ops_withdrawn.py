"""A fire panel's alarm its panel takes back leaves a withdrawn incident, through the real
service and database (a module of its own: its database holds no other job at the panel's
place for the alarm to join)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.queries import list_incidents
from ops_center.service import OpsService
from tests.integration.ingest.ingest_helpers import register
from tests.integration.ops_center.test_ops_agency_feeds import ROUTING, T0, drain, incidents_of, publish

pytestmark = pytest.mark.integration


def test_a_panel_alarm_its_panel_takes_back_leaves_a_withdrawn_incident_after_a_restart_too(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    """A fire panel's alarm followed by its ``normal`` a minute later: the incident it
    opened goes quiet and is withdrawn in the table and the read model, not a live job;
    rebuilt from the replay log by a restarted service, it stays withdrawn."""
    panel = f"FW-{unique_id}"
    register(db_dsn, [(panel, "fire_alarm")])
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        for state, minutes in (("alarm", 0), ("normal", 1)):
            at = T0 + timedelta(minutes=minutes)
            publish(w, db_settings, f"soc/v1/disaster/fire_alarm/{panel}", {"ts": at.isoformat(), "state": state},
                    at + timedelta(seconds=5))
            drain(svc, c)
        (job, _) = incidents_of(c, [panel])[panel]
        row = c.execute("SELECT state, withdrawn FROM ops_incidents WHERE incident_id = %s", (job,)).fetchone()
        (read,) = list_incidents(c, incident_id=job)
        again = OpsService(c, ROUTING, idle_after_s=None)
        again.start()
        rebuilt = again.correlator.snapshot(job)
    assert row == ("quiet", True)
    assert (read.state, read.withdrawn) == ("quiet", True)
    assert rebuilt.withdrawn


def test_a_withdrawn_false_alarm_stays_withdrawn_when_its_panel_reconnects_later(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    """The panel's reset names a false alarm (誤報); eleven minutes later the panel says
    ``online`` on its status topic (back after a power blip). The incident stays withdrawn,
    with its reason, and no agency is left assigned."""
    panel = f"FO-{unique_id}"
    register(db_dsn, [(panel, "fire_alarm")])
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        for suffix, doc, seconds in (("", {"state": "alarm"}, 0),
                                     ("", {"state": "normal", "text": "復歸（誤報）"}, 30),
                                     ("/status", {"state": "online"}, 690)):
            at = T0 + timedelta(seconds=seconds)
            publish(w, db_settings, f"soc/v1/disaster/fire_alarm/{panel}{suffix}", {"ts": at.isoformat(), **doc},
                    at + timedelta(seconds=5))
            drain(svc, c)
        (job, _) = incidents_of(c, [panel])[panel]
        (read,) = list_incidents(c, incident_id=job)
        (live,) = c.execute("SELECT count(*) FROM ops_assignments WHERE incident_id = %s "
                            "AND state NOT IN ('cancelled', 'cleared')", (job,)).fetchone() or (None,)
    assert (read.state, read.withdrawn) == ("quiet", True)
    assert read.withdrawn_reason is not None
    assert "誤報" in read.withdrawn_reason
    assert live == 0
