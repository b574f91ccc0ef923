"""A device that said it went offline while its readings keep coming, on the wall's sensor
states and ingest tile, through the real ingest store and database: fresh readings from a
device are evidence it is online, so the wall agrees with itself (its map, its offline count
and its panels of values)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from common.db import connect
from common.settings import Settings
from tests.integration.ingest.ingest_helpers import register
from tests.integration.ops_center.test_ops_agency_feeds import publish
from web.wall.topics import load_ingest, load_sensor_states

pytestmark = pytest.mark.integration


def test_a_gauge_that_said_offline_is_online_on_the_wall_while_its_readings_come_after(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    """A rain gauge behind a buffering gateway says ``offline`` (mains lost) and a minute later
    its reading arrives: the wall draws it normal and counts no sensor offline; a second gauge
    that said offline and sent nothing after is drawn and counted offline."""
    gauge, quiet = f"RG-{unique_id}", f"RQ-{unique_id}"
    register(db_dsn, [(gauge, "rain"), (quiet, "rain")])
    now = datetime.now(UTC).replace(microsecond=0)
    said = now - timedelta(minutes=2)
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        for sid in (gauge, quiet):
            publish(w, db_settings, f"soc/v1/disaster/rain/{sid}/status",
                    {"ts": said.isoformat(), "state": "offline", "reason": "mains_power_lost"}, said)
        reading = said + timedelta(minutes=1)
        publish(w, db_settings, f"soc/v1/disaster/rain/{gauge}",
                {"ts": reading.isoformat(), "values": {"MIN_10": 1.5, "RAIN": 48.5}}, reading)
        w.commit()
        states = load_sensor_states(c, now, 3.0)
        tile = load_ingest(c, now, states.items)["ingest"]
    assert states.items[gauge].state.value == "normal"
    assert states.items[quiet].state.value == "offline"
    assert (tile.sensors_offline, tile.sensors_total) == (1, 2)
