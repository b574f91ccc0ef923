"""A patrol's report of cars trapped in flooding and the flood, read in one poll, through the
real broker, ingest worker, database and ops service: one job, its crews on it.

Expected values come from the situation (acceptance finding: 河南路, a typhoon night): a
patrol files ``road_flooding`` "河南路積水約40公分，車輛受困" at the street's low point; the fire
bureau is sent to the rescue. Minutes later another patrol reports the water 40 m along the
street ("河南路積水約30公分 車道封閉中"): the flood opens there and takes the rescue, whose
crews' assignment is carried over to it (docs/ops_center.md, a flood opening where a rescue job of people
trapped in water stands). Read in one poll, the rescue is opened and taken at once: its crews
are sent to the flood, the job the console and the wall show, not to the merged rescue
(docs/ops_center.md, "When an incident is routed"). A module of its own: a fresh database, so
the reports meet no flood of another test at their place.
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


def test_a_flood_taking_trapped_cars_within_one_batch_sends_the_fire_bureau_with_its_agencies(
    db_settings: Settings, unique_id: str
) -> None:
    # both reports stored before the service starts: its first poll opens the rescue and takes it at once
    trapped, water = f"T-{unique_id}-trapped", f"T-{unique_id}-water"
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    with running_worker(db_settings, f"trapped1-{unique_id}"), connect(db_settings, autocommit=True) as c:
        publish_police(
            db_settings,
            f"soc/v1/police/incident/{trapped}",
            police_report(t0, "road_flooding", "河南路積水約40公分，車輛受困", 120.6528),
        )
        publish_police(
            db_settings,
            f"soc/v1/police/incident/{water}",
            police_report(t0 + timedelta(minutes=2), "flooding_report", "河南路積水約30公分 車道封閉中", 120.6532),
        )
        wait_until(lambda: stored(c, [trapped, water]) == 2, 30, "both reports stored")
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        rows = placed(c, svc, [trapped, water])
        assert rows.get(water) is not None
        flood = rows[water][0]
        # the agencies on the flood itself, where the console and the wall show them
        agencies = {
            a
            for (a,) in c.execute(
                "SELECT agency FROM ops_assignments WHERE state <> 'cancelled' AND incident_id = %s", (flood,)
            ).fetchall()
        }
        # and none on an incident it took, which is merged and shown nowhere
        hidden = c.execute(
            "SELECT incident_id, agency, state FROM ops_assignments WHERE state <> 'cancelled'"
            " AND incident_id IN (SELECT absorbed FROM ops_merges WHERE survivor = %s)",
            (flood,),
        ).fetchall()
    assert rows[water][1] == "flood"
    assert rows.get(trapped) == rows[water]
    # the flood's agencies (ops_center/routing.yaml) and the fire bureau's rescue crews
    assert (agencies, hidden) == ({"water", "public_works", "traffic", "police", "fire"}, [])
