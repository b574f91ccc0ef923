"""A permit's later version reaches the correlator with its ``status``, through the real
ingest store and the ops service (docs/mqtt.md, docs/ops_center.md): a concert's permit
cancelled on the day withdraws the planned event its permit alone made, with the
cancellation as its reason, and a restarted service rebuilds it so; an amended permit stays
the same planned event."""

from __future__ import annotations

from datetime import timedelta

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.queries import list_incidents
from ops_center.service import OpsService
from tests.integration.ops_center.test_ops_agency_feeds import ROUTING, T0, drain, incidents_of, publish

pytestmark = pytest.mark.integration

START, END = T0 + timedelta(hours=8), T0 + timedelta(hours=11)


def _permit(issued_h: float, status: str | None) -> dict[str, object]:
    doc: dict[str, object] = {
        "ts": (T0 + timedelta(hours=issued_h)).isoformat(), "category": "concert", "title": "戶外演唱會",
        "start": START.isoformat(), "end": END.isoformat(),
        "area": {"type": "Point", "coordinates": [120.6455, 24.1795], "radius_m": 300},
    }
    return doc | ({"status": status} if status is not None else {})


def test_a_cancelled_permit_withdraws_its_planned_event_after_a_restart_too(
    db_settings: Settings, unique_id: str
) -> None:
    permit = f"PE-{unique_id}"
    topic = f"soc/v1/police/planned_event/{permit}"
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        publish(w, db_settings, topic, _permit(-24.0, None), T0 - timedelta(hours=24) + timedelta(seconds=30))
        drain(svc, c)
        publish(w, db_settings, topic, _permit(2.0, "cancelled"), T0 + timedelta(hours=2, seconds=30))
        drain(svc, c)
        (job, _) = incidents_of(c, [permit])[permit]
        row = c.execute("SELECT state, withdrawn FROM ops_incidents WHERE incident_id = %s", (job,)).fetchone()
        (read,) = list_incidents(c, incident_id=job)
        again = OpsService(c, ROUTING, idle_after_s=None)
        again.start()
        rebuilt = again.correlator.snapshot(job)
    assert row == ("quiet", True)
    assert (read.state, read.withdrawn) == ("quiet", True)
    assert read.withdrawn_reason is not None
    assert "撤銷" in read.withdrawn_reason
    assert read.withdrawn_reason_en is not None
    assert "Cancelled" in read.withdrawn_reason_en
    assert rebuilt.withdrawn


def test_an_amended_permit_is_the_same_planned_event(db_settings: Settings, unique_id: str) -> None:
    permit = f"PA-{unique_id}"
    topic = f"soc/v1/police/planned_event/{permit}"
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        publish(w, db_settings, topic, _permit(-24.0, None), T0 - timedelta(hours=24) + timedelta(seconds=30))
        drain(svc, c)
        publish(w, db_settings, topic, _permit(2.0, "amended"), T0 + timedelta(hours=2, seconds=30))
        drain(svc, c)
        jobs = c.execute("SELECT DISTINCT incident_id FROM ops_incident_members WHERE source_id = %s",
                         (permit,)).fetchall()
        assert len(jobs) == 1
        (read,) = list_incidents(c, incident_id=jobs[0][0])
    assert read.planned
    assert not read.withdrawn
