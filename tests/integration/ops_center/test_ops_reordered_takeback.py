"""A take-back delivered before what it takes back, through the real ingest store and the
ops service: a fire panel's reset naming a false alarm, a signal controller's restore and a
permit's cancellation, each stored and read before the alarm, the fault or the version it
follows in observation time (a buffering gateway, a QoS 1 redelivery). The result is the
in-order one (docs/ops_center.md, "take-back"): the incident the alarm opens is withdrawn,
quiet, with no agency left assigned, and a restarted service rebuilds it so."""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from ops_center.queries import list_incidents
from ops_center.service import OpsService
from tests.integration.ingest.ingest_helpers import register
from tests.integration.ops_center.test_ops_agency_feeds import ROUTING, T0, drain, incidents_of, publish

pytestmark = pytest.mark.integration

LIVE = "SELECT count(*) FROM ops_assignments WHERE incident_id = %s AND state NOT IN ('cancelled', 'cleared')"


def _withdrawn_after_restart(c: psycopg.Connection, source: str) -> None:
    (job, _) = incidents_of(c, [source])[source]
    row = c.execute("SELECT state, withdrawn FROM ops_incidents WHERE incident_id = %s", (job,)).fetchone()
    (read,) = list_incidents(c, incident_id=job)
    (live,) = c.execute(LIVE, (job,)).fetchone() or (None,)
    again = OpsService(c, ROUTING, idle_after_s=None)
    again.start()
    assert row == ("quiet", True)
    assert (read.state, read.withdrawn) == ("quiet", True)
    assert live == 0  # nobody sent to a panel that said 誤報
    assert again.correlator.snapshot(job).withdrawn


@pytest.mark.parametrize(
    ("feed", "domain", "alarm", "back"),
    [("fire_alarm", "disaster", {"state": "alarm"}, {"state": "normal", "text": "復歸（誤報）"}),
     ("signal", "traffic", {"state": "fault"}, {"state": "restored"})],
)
def test_a_device_s_take_back_read_before_its_alarm_withdraws_the_alarm_s_incident(
    db_settings: Settings, db_dsn: str, unique_id: str, feed: str, domain: str,
    alarm: dict[str, object], back: dict[str, object],
) -> None:
    device = f"RB-{feed}-{unique_id}"
    register(db_dsn, [(device, feed)])
    topic = f"soc/v1/{domain}/{feed}/{device}"
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        # observed: the alarm at T0, the take-back 30 s later; read: the take-back first
        publish(w, db_settings, topic, {"ts": (T0 + timedelta(seconds=30)).isoformat(), **back},
                T0 + timedelta(seconds=60))
        drain(svc, c)
        publish(w, db_settings, topic, {"ts": T0.isoformat(), **alarm}, T0 + timedelta(seconds=62))
        drain(svc, c)
        _withdrawn_after_restart(c, device)


def test_a_permit_s_cancellation_read_before_the_version_it_cancels_withdraws_its_planned_event(
    db_settings: Settings, unique_id: str
) -> None:
    permit = f"PR-{unique_id}"
    topic = f"soc/v1/police/planned_event/{permit}"
    start, end = T0 + timedelta(hours=8), T0 + timedelta(hours=11)

    def version(issued: timedelta, status: str) -> dict[str, object]:
        return {"ts": (T0 + issued).isoformat(), "category": "concert", "title": "戶外演唱會",
                "start": start.isoformat(), "end": end.isoformat(), "status": status,
                "area": {"type": "Point", "coordinates": [120.6455, 24.1795], "radius_m": 300}}

    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        publish(w, db_settings, topic, version(timedelta(seconds=30), "cancelled"), T0 + timedelta(seconds=60))
        drain(svc, c)
        publish(w, db_settings, topic, version(timedelta(0), "approved"), T0 + timedelta(seconds=62))
        drain(svc, c)
        _withdrawn_after_restart(c, permit)
