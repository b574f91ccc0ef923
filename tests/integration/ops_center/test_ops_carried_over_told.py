"""An agency whose assignment ended because another job took its incident is told where its crew
works now.

The situation of ``test_ops_trapped_in_flood.py`` (acceptance finding: 河南路, a typhoon night):
a patrol's report of cars trapped in water opens a rescue and the fire bureau is sent; the flood
reported 40 m along the street takes the rescue, and the fire bureau's assignment is carried over
to it (docs/ops_center.md, "When an incident is routed"). The fire desk's last message on the
rescue's assignment topic (its end, sent once, not retained) must name the flood by its id and
its short number, and say in zh-TW and English that the crew works there now (docs/mqtt.md).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.service import OpsService
from tests.integration.ingest.ingest_helpers import running_worker, wait_until
from tests.integration.ops_center.ops_helpers import ROUTING, placed, police_report, publish_police, stored

pytestmark = pytest.mark.integration


def test_the_desk_told_of_a_carried_over_assignment_s_end_learns_the_job_its_crew_works_on(
        db_settings: Settings, unique_id: str) -> None:
    trapped, water = f"C-{unique_id}-trapped", f"C-{unique_id}-water"
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    sent: list[tuple[str, bytes, bool]] = []

    def publish(topic: str, payload: bytes, *, retain: bool) -> None:
        sent.append((topic, payload, retain))

    with running_worker(db_settings, f"told-{unique_id}"), connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None, publish=publish)
        svc.start()
        publish_police(db_settings, f"soc/v1/police/incident/{trapped}",
                       police_report(t0, "road_flooding", "河南路積水約40公分，車輛受困", 120.6528))
        wait_until(lambda: stored(c, [trapped]) == 1, 30, "the trapped report stored")
        rescue = placed(c, svc, [trapped])[trapped][0]
        publish_police(db_settings, f"soc/v1/police/incident/{water}",
                       police_report(t0 + timedelta(minutes=2), "flooding_report", "河南路積水約30公分 車道封閉中",
                                     120.6532))
        wait_until(lambda: stored(c, [water]) == 1, 30, "the water report stored")
        flood = placed(c, svc, [trapped, water])[water][0]
        row = c.execute("SELECT number FROM ops_incidents WHERE incident_id = %s", (flood,)).fetchone()
    assert row is not None
    number = row[0]
    topic = f"soc/v1/dispatch/fire/assignment/{rescue}"
    ends = [json.loads(p) for t, p, retain in sent if t == topic and p and not retain]
    assert len(ends) == 1
    end = ends[0]
    assert end["state"] == "cancelled"
    assert (end["carried_over_to"], end["carried_over_to_number"]) == (flood, number)
    assert f"#{number}" in end["reason"]
    assert flood in end["reason"]
    assert f"#{number}" in end["reason_en"]
    assert flood in end["reason_en"]
    assert "carried over" in end["reason_en"]
    assert (topic, b"", True) in sent  # and the rescue's retained message cleared
