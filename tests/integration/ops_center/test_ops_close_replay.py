"""A closed incident holds nothing of the replay log back, and a restart on the pruned log
rebuilds nothing of it.

Through the real service and database: a fire panel's alarm and 1999 calls about the smoke
every 5 minutes for 40 minutes make one fire; a coordinator closes it. With a retention of
10 minutes the replay window is the last 20, so the maintenance's prune
(``ops_center.api.prune_feed_log``) deletes its first entries at once. A service restarted
then replays the calls of the window, which may rebuild a fire of them under another id, and
the logged closure closes what it rebuilt: the restarted correlator holds none of the closed
fire's evidence, as the unbroken one held none after the closure.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from common.db import connect
from common.settings import Settings
from ops_center.api import prune_feed_log
from ops_center.service import OpsService
from tests.integration.ingest.ingest_helpers import register
from tests.integration.ops_center.test_ops_agency_feeds import ROUTING, T0, _point, drain, incidents_of, publish

pytestmark = pytest.mark.integration

RETENTION_S = 600.0


def test_a_closed_fire_is_pruned_at_once_and_a_restart_rebuilds_nothing_of_it(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    panel = f"FC-{unique_id}"
    calls = [f"C{i}-{unique_id}" for i in range(9)]
    register(db_dsn, [(panel, "fire_alarm")])
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None, retention_s=RETENTION_S)
        svc.start()
        publish(w, db_settings, f"soc/v1/disaster/fire_alarm/{panel}", {"ts": T0.isoformat(), "state": "alarm"},
                T0 + timedelta(seconds=5))
        for i, case in enumerate(calls):
            at = T0 + timedelta(minutes=5 * i + 1)
            publish(w, db_settings, f"soc/v1/citizen/1999/{case}",
                    {"caseId": case, "category": "fire_smoke", "district": "西屯區",
                     "location": _point(120.6566, 24.1821), "createdAt": at.isoformat(), "subCategory": "大樓冒煙"},
                    at + timedelta(seconds=30))
            drain(svc, c)
        placed = incidents_of(c, [panel, *calls])
        fire = placed[panel][0]
        assert {placed[k][0] for k in calls if k in placed} == {fire}
        keys = [k for (k,) in c.execute("SELECT item_key FROM ops_incident_members WHERE incident_id = %s", (fire,))]
        assert svc.close_incident(fire, actor="coord", reason="火已撲滅")
        assert all(svc.correlator.where(k) is None for k in keys)

        while prune_feed_log(c, chunk=100, retention_s=RETENTION_S):
            pass
        (first,) = c.execute("SELECT min(now_at) FROM ops_feed_log").fetchone() or (None,)
        (clock,) = c.execute("SELECT clock_at FROM ops_watermarks WHERE consumer = 'ops'").fetchone() or (None,)
        assert first is not None
        assert clock is not None
        assert first >= clock - timedelta(seconds=2 * RETENTION_S)
        # the window still holds some of the fire's evidence and its closure
        logged = c.execute("SELECT count(*) FROM ops_feed_log WHERE item ->> 'key' = ANY(%s)", (keys,)).fetchone()
        assert logged is not None
        assert logged[0] > 0

        again = OpsService(c, ROUTING, idle_after_s=None, retention_s=RETENTION_S)
        again.start()
        assert [k for k in keys if again.correlator.where(k) is not None] == []
        state = c.execute("SELECT state FROM ops_incidents WHERE incident_id = %s", (fire,)).fetchone()
    assert state == ("closed",)
