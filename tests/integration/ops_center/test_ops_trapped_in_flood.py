"""A patrol's report of cars trapped in flooding, then the flood, through the real broker,
ingest worker, database and ops service: one job.

Expected values come from the situation (acceptance finding: 河南路, a typhoon night): a
patrol files ``road_flooding`` "河南路積水約40公分，車輛受困" at the street's low point; the fire
bureau is sent to the rescue. Minutes later another patrol reports the water 40 m along the
street ("河南路積水約30公分 車道封閉中"): the flood opens there and takes the rescue, whose
crews' assignment is carried over to the flood (docs/ops_center.md, a flood opening where a
rescue job of people trapped in water stands; "When an incident is routed"). Both reports read
in one poll: ``test_ops_taken_in_poll.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.service import OpsService
from tests.integration.ingest.ingest_helpers import running_worker, wait_until
from tests.integration.ops_center.ops_helpers import ROUTING, placed, police_report, publish_police, stored

pytestmark = pytest.mark.integration


def test_a_patrol_s_trapped_cars_and_the_flood_that_follows_are_one_job(db_settings: Settings, unique_id: str) -> None:
    trapped, water = f"T-{unique_id}-trapped", f"T-{unique_id}-water"
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    with running_worker(db_settings, f"trapped-{unique_id}"), connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        publish_police(
            db_settings,
            f"soc/v1/police/incident/{trapped}",
            police_report(t0, "road_flooding", "河南路積水約40公分，車輛受困", 120.6528),
        )
        wait_until(lambda: stored(c, [trapped]) == 1, 30, "the trapped report stored")
        first = placed(c, svc, [trapped])
        assert first[trapped][1] == "rescue"
        rescue = first[trapped][0]
        fire = c.execute("SELECT agency, state FROM ops_assignments WHERE incident_id = %s", (rescue,)).fetchall()
        assert ("fire", "assigned") in fire
        publish_police(
            db_settings,
            f"soc/v1/police/incident/{water}",
            police_report(t0 + timedelta(minutes=2), "flooding_report", "河南路積水約30公分 車道封閉中", 120.6532),
        )
        wait_until(lambda: stored(c, [water]) == 1, 30, "the water report stored")
        rows = placed(c, svc, [trapped, water])
        merged = c.execute("SELECT survivor FROM ops_merges WHERE absorbed = %s", (rescue,)).fetchone()
        left = c.execute("SELECT agency, state FROM ops_assignments WHERE incident_id = %s", (rescue,)).fetchall()
        flood = rows[water][0] if rows.get(water) else ""
        carried = c.execute("SELECT agency, state FROM ops_assignments WHERE incident_id = %s AND agency = 'fire'",
                            (flood,)).fetchall()
        # a restart (the dispatch read back from the database, the correlator replayed) keeps them there
        again = OpsService(c, ROUTING, idle_after_s=None)
        again.start()
        again.poll_once()
        held = {(a.incident_id, a.agency.value, a.state.value) for a in again.dispatcher.assignments()
                if a.agency.value == "fire"}
    assert rows.get(water) is not None
    assert rows[water][1] == "flood"
    assert rows.get(trapped) == rows[water]
    assert merged == (flood,)
    # the rescue crews carry on on the flood, the job the console and the wall show
    assert (left, carried) == ([("fire", "cancelled")], [("fire", "assigned")])
    assert held == {(rescue, "fire", "cancelled"), (flood, "fire", "assigned")}

