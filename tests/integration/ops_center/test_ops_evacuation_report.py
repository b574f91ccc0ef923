"""A police report filed as an evacuation travels the real broker and ingest worker into the
database, and the ops service places it in the job its people were sent out from.

Expected values come from the situation (docs/mqtt.md, police `incident` `evacuation`;
tests/unit/ops_center/test_ops_correlate_evacuation_category.py): 119 sends its hazmat team
to a gas main struck by works; six minutes later the police file the evacuation of the block
beside it ("疏散周邊住戶約 40 人"): the leak's job, a hazmat incident.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from common.db import connect
from common.settings import Settings
from tests.integration.ingest.ingest_helpers import close, publish_all, publisher, running_worker, wait_until
from tests.integration.ops_center.test_ops_road_reopened import _report, _stored, placed

pytestmark = pytest.mark.integration

def test_an_evacuation_report_through_the_broker_joins_the_leak_it_was_made_for(
    db_settings: Settings, unique_id: str
) -> None:
    leak, evac = f"H-{unique_id}", f"R-{unique_id}-evac"
    t0 = datetime.now(UTC) - timedelta(minutes=20)
    dispatch = {"ts": t0.isoformat(), "category": "hazmat", "text": "施工挖破天然氣管 瓦斯外洩 派遣危險物品處理小組",
                "location": {"type": "Point", "coordinates": [120.6480, 24.1830]}}
    with running_worker(db_settings, f"evac-{unique_id}"):
        fire, police = publisher(db_settings, "fire"), publisher(db_settings, "police")
        try:
            publish_all(fire, [(f"soc/v1/fire/119/{leak}", json.dumps(dispatch, ensure_ascii=False).encode())])
            publish_all(police, [(f"soc/v1/police/incident/{evac}",
                                  _report(t0 + timedelta(minutes=6), "evacuation", "疏散周邊住戶約 40 人"))])
        finally:
            close(fire)
            close(police)
        with connect(db_settings, autocommit=True) as c:
            wait_until(lambda: _stored(c, [leak, evac]) == 2, 30, "both reports stored")
    with connect(db_settings, autocommit=True) as c:
        rows = placed(c, [leak, evac])
    assert rows[leak][1] == "hazmat"
    assert rows.get(evac) == rows[leak]
