"""A crew on scene of an incident a job takes works the job: its lists, its reports, its close.

``soc ops run`` on a private TimescaleDB + Mosquitto, the reports through the real broker and
ingest worker (acceptance finding: 河南路, a typhoon night): a patrol's report of cars trapped
in water opens a rescue job and the fire bureau is sent; its desk (account ``agency-fire``)
acknowledges and reports its crew on scene. Another patrol reports the flood 40 m along the
street: the flood opens there and takes the rescue (docs/ops_center.md, "When an incident is
routed"). The coordinator expects the crew at work on the flood: its assignment there on scene
(ended on the merged rescue, with the reason), in the flood's open assignments and among the
open incidents the fire bureau works, the desk's retained assignment messages naming the flood
only, and the coordinator's close of the flood clearing the crew.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from common.db import connect
from common.settings import Settings
from ops_center import api, repo
from tests.integration.ingest.ingest_helpers import running_worker
from tests.integration.ops_center.ops_helpers import (
    fire_assignments,
    fire_crew_sent,
    fire_retained,
    police_report,
    publish_police,
    wait_for,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_a_crew_on_scene_of_a_rescue_the_flood_takes_works_the_flood(
        center: tuple[Settings, Callable[[], subprocess.Popen[bytes]]]) -> None:
    s, start = center
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    start()
    with running_worker(s, "on-scene-ingest"), connect(s, autocommit=True) as conn:
        rescue = fire_crew_sent(s, conn, "soc/v1/police/incident/os-trapped",
                                police_report(t0, "road_flooding", "河南路積水約40公分，車輛受困", 120.6528),
                                ("acknowledged", "on_scene"))
        publish_police(s, "soc/v1/police/incident/os-water",
                       police_report(t0 + timedelta(minutes=2), "flooding_report", "河南路積水約30公分 車道封閉中",
                                     120.6532))
        merged = wait_for(lambda: conn.execute("SELECT survivor FROM ops_merges WHERE absorbed = %s",
                                               (rescue,)).fetchone(), 60, "the flood taking the rescue")
        assert isinstance(merged, tuple)
        flood = str(merged[0])
        carried = sorted([(rescue, "cleared"), (flood, "on_scene")])
        wait_for(lambda: fire_assignments(conn) == carried, 60, "the crew carried over to the flood")
        ended = conn.execute("SELECT from_state, to_state, reason FROM ops_assignment_transitions"
                             " WHERE incident_id = %s AND agency = 'fire' ORDER BY id DESC LIMIT 1",
                             (rescue,)).fetchone()
        open_fire = [(a.incident_id, a.state) for a in api.list_assignments(conn, agency="fire", open_only=True)]
        working = [i.incident_id for i in api.list_incidents(conn, agency="fire",
                                                              states=list(api.OPEN_INCIDENT_STATES))]
        retained = fire_retained(s, flood)
        command = repo.insert_command(conn, flood, "close", {}, actor="coordinator", reason="積水退去，車輛已拖離")
        wait_for(lambda: (row := repo.get_command(conn, command)) is not None and row.state == "done", 60,
                 "the close applied")
        after = fire_assignments(conn)
    assert ended == ("on_scene", "cleared", f"carried over to {flood}, which took {rescue}")
    assert open_fire == [(flood, "on_scene")]
    assert working == [flood]
    assert retained == {flood: "on_scene"}
    # closing the flood clears the crew on it
    assert after == sorted([(rescue, "cleared"), (flood, "cleared")])
