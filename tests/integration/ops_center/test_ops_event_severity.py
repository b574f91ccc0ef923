"""An incident opened from an agency's event is as grave as the event's alert, through the
real ops worker (which reads the alert rules as the evaluator does) and database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.service import OpsWorker
from tests.integration.ingest.ingest_helpers import register
from tests.integration.ops_center.test_ops_agency_feeds import ROUTING, incidents_of, publish

pytestmark = pytest.mark.integration


def test_a_fire_panel_s_alarm_opens_a_severe_incident_as_its_alert_is(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    """A building's fire panel says ``alarm`` and nothing of severity; its ``fire-alarm``
    alert is Severe (alerts/rules.yaml), so is the fire incident it opens: a coordinator reads
    a fire alarm as serious until it is verified, and the board ranks it so."""
    panel = f"FS-{unique_id}"
    register(db_dsn, [(panel, "fire_alarm")])
    at = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=30)
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        publish(w, db_settings, f"soc/v1/disaster/fire_alarm/{panel}", {"ts": at.isoformat(), "state": "alarm"},
                at + timedelta(seconds=1))
        worker = OpsWorker(db_settings, ROUTING, None)
        for _ in worker.open(c, datetime.now(UTC)):
            pass
        for _ in range(10_000):
            if panel in incidents_of(c, [panel]) or not worker.step(c, datetime.now(UTC)):
                break
        while worker.step(c, datetime.now(UTC)):
            pass
        (job, typ) = incidents_of(c, [panel])[panel]
        row = c.execute("SELECT severity FROM ops_incidents WHERE incident_id = %s", (job,)).fetchone()
    assert typ == "fire"
    assert row == ("Severe",)
