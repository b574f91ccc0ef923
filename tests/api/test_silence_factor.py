"""The wall and /api/sensors draw a silent sensor offline by the configured silence rule.

The app runs with a rules file whose silence rule says ``factor: 5`` (the shipped
file says 3): a sensor silent for 4 expected intervals is drawn normal, one silent
for 6 offline, in the sensor list, the sensor detail and the wall's sensor items.
Readings go through the real ingest store, so the sensors' last-reading times are
kept where the app reads them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg
import pytest

from common.settings import Settings
from ingest.parsing import limits_from, parse_or_reject
from ingest.store import Message, Store
from tests.api.conftest import LiveApp, auth, serve, wall_url
from tests.api.wsclient import WallClient
from tests.integration.ingest.ingest_helpers import register
from web.app import WallOptions

pytestmark = pytest.mark.integration

SHIPPED = Path(__file__).resolve().parents[2] / "alerts" / "rules.yaml"
INTERVAL_S = 600  # the registry interval of ingest_helpers.register
#: Sensor id → how many expected intervals it has been silent (plus a minute).
SILENT = {"WL-SIL-4": 4, "WL-SIL-6": 6}


@pytest.fixture(scope="module")
def rules_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped rules with the silence rule's factor 3 → 5."""
    text = SHIPPED.read_text(encoding="utf-8")
    assert text.count("factor: 3\n") == 1
    path = tmp_path_factory.mktemp("rules") / "rules.yaml"
    path.write_text(text.replace("factor: 3\n", "factor: 5\n"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def live_app(db_settings: Settings, db_dsn: str, wall_options: WallOptions,
             rules_file: Path) -> Iterator[LiveApp]:
    register(db_dsn, [(sid, "water_level") for sid in SILENT])
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        store = Store(conn, notify_seen=False)
        registry = store.load_registry()
        limits = limits_from(db_settings)
        batch = []
        for sid, intervals in SILENT.items():
            at = now - timedelta(seconds=intervals * INTERVAL_S + 60)
            topic = f"soc/v1/disaster/water_level/{sid}"
            payload = json.dumps({"ts": at.isoformat(), "value": 1.25}).encode()
            batch.append(Message(topic, payload, parse_or_reject(topic, payload, now, registry, limits)))
        assert store.store_batch(batch).total().stored == len(SILENT)
    settings = db_settings.model_copy(update={
        "alerts": db_settings.alerts.model_copy(update={"rules_file": rules_file}),
        "health": db_settings.health.model_copy(update={"services": ()}),
    })
    yield from serve(settings, wall_options)


def test_the_sensor_list_and_detail_follow_the_configured_factor(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    h = auth(accounts["op"])
    listed = api.get("/api/sensors", headers=h, params={"kind": "water_level"})
    assert listed.status_code == 200, listed.text
    states = {s["sensor_id"]: s["state"] for s in listed.json() if s["sensor_id"] in SILENT}
    assert states == {"WL-SIL-4": "normal", "WL-SIL-6": "offline"}
    for sid, expected in states.items():
        assert api.get(f"/api/sensors/{sid}", headers=h).json()["state"] == expected


def test_the_wall_follows_the_configured_factor(
    live_app: LiveApp, accounts: dict[str, str]
) -> None:
    client = WallClient(wall_url(live_app, accounts["wall1"]))
    try:
        client.next("snapshot")
        sensors = client.state.get("sensor", {})
        assert {sid: sensors[sid]["state"] for sid in SILENT} == {
            "WL-SIL-4": "normal", "WL-SIL-6": "offline"}
    finally:
        client.close()
