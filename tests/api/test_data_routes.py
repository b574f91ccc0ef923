"""Sensors, readings, events, quarantine, ingest statistics, incidents and assignments,
map layers, MQTT schemas and the wall snapshot, through the real server and database."""

from __future__ import annotations

import json
import queue
import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import psycopg
import pytest

from common.settings import Settings
from geo.service import run_geo_load
from ingest.parsing import limits_from, parse_or_reject
from ingest.store import Message, Store
from tests.api.conftest import auth
from tests.api.test_auth import is_problem

#: ``mqtt_client`` fixture of tests/fix_mqtt.py: ``factory(account) -> paho client``.
MqttFactory = Callable[..., Any]

#: Unique per run: agency reports for it travel over the shared test broker.
INC = f"inc-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def seeded(db_settings: Settings, db_dsn: str, live_app: object) -> datetime:
    """The registry, an hour of flood readings, an event, two dead letters, an incident.

    Returns the time they are relative to: now when the module starts, not when it was
    imported (under xdist a module may start many minutes after collection).
    """
    now = datetime.now(UTC).replace(microsecond=0)
    run_geo_load(db_settings)
    with psycopg.connect(db_dsn) as conn:
        # Through ingest's store, which also keeps the sensor's last-reading time.
        store = Store(conn)
        registry = store.load_registry()
        topic = "soc/v1/disaster/flood/SN-FL-001"
        raw = [(topic, json.dumps({"ts": (now - timedelta(minutes=m)).isoformat(), "value": m}).encode())
               for m in range(60)]
        limits = limits_from(db_settings)
        batch = [Message(t, p, parse_or_reject(t, p, now, registry, limits)) for t, p in raw]
        assert store.store_batch(batch).total().stored == 60
        conn.execute(
            "INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom,"
            " payload) VALUES (%s, 'SN-FA-001', 'disaster', 'fire_alarm', 'k1', 'alarm', 'Severe',"
            " ST_SetSRID(ST_MakePoint(120.6528, 24.1972), 4326), '{\"state\": \"alarm\"}')",
            (now - timedelta(minutes=5),))
        conn.execute(
            "INSERT INTO events (time, source_id, domain, feed, event_key, category, payload)"
            " VALUES (%s, 'SN-FL-002', 'disaster', 'status', 's1', 'offline',"
            " '{\"state\": \"offline\"}')", (now - timedelta(minutes=1),))
        conn.execute("INSERT INTO quarantine (topic, payload, reason, detail) VALUES"
                     " ('soc/v1/disaster/flood/X', %s, 'invalid_json', 'bad'),"
                     " ('soc/v1/disaster/flood/Y', %s, 'unregistered_source', 'who')",
                     (b"{not json", b"\xff\xfe"))
        conn.execute(
            "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies,"
            " member_count, first_evidence_at, last_evidence_at, opened_at, updated_at, centroid,"
            " hull, zone, sub_area) VALUES (%(inc)s, 'fire', 'open', 'Severe', 3100,"
            " ARRAY['disaster'], 1, %(t)s, %(t)s, %(t)s, %(t)s,"
            " ST_SetSRID(ST_MakePoint(120.6528, 24.1972), 4326),"
            " ST_SetSRID(ST_MakePoint(120.6528, 24.1972), 4326), 'shuinan', 'north_hub')",
            {"t": now - timedelta(minutes=5), "inc": INC})
        conn.execute(
            "INSERT INTO ops_incident_members (item_key, incident_id, original_incident_id, kind,"
            " agency, feed, category, severity, signal, via, anchor, distance_m, dt_s,"
            " observed_at, joined_at, source_id, geom) VALUES ('event:SN-FA-001:k1', %(inc)s,"
            " %(inc)s, 'event', 'disaster', 'fire_alarm', 'alarm', 'Severe', 'fire', 'seed', true,"
            " 0, 0, %(t)s, %(t)s, 'SN-FA-001', ST_SetSRID(ST_MakePoint(120.6528, 24.1972), 4326))",
            {"t": now - timedelta(minutes=5), "inc": INC})
        conn.execute(
            "INSERT INTO ops_incident_history (incident_id, at, actor, action) VALUES"
            " (%s, %s, 'ops-center', 'opened')", (INC, now - timedelta(minutes=5)))
        for agency, deadline in (("fire", now - timedelta(minutes=1)),
                                 ("police", now + timedelta(minutes=5))):
            conn.execute(
                "INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at,"
                " state_since, deadline) VALUES (%s, %s, 'assigned', 'all', %s, %s, %s)",
                (INC, agency, now - timedelta(minutes=4), now - timedelta(minutes=4), deadline))
    return now


def test_sensors_list_detail_and_state(
    api: httpx.Client, accounts: dict[str, str], seeded: datetime
) -> None:
    h = auth(accounts["op"])
    sensors = api.get("/api/sensors", headers=h).json()
    assert len(sensors) == 75
    by_id = {s["sensor_id"]: s for s in sensors}
    assert by_id["SN-FL-001"]["state"] == "normal"
    assert by_id["SN-FL-002"]["state"] == "offline"  # its last will said so
    floods = api.get("/api/sensors", headers=h, params={"kind": "flood", "limit": 3}).json()
    assert len(floods) == 3
    assert {s["kind"] for s in floods} == {"flood"}
    detail = api.get("/api/sensors/SN-FL-001", headers=h).json()
    assert detail["metrics"] == ["flood_depth_cm"]
    assert datetime.fromisoformat(detail["last_reading_at"]) == seeded  # the newest of the hour
    assert detail["latest"][0]["value"] == 0.0
    is_problem(api.get("/api/sensors/nope", headers=h), 404)


def test_a_sensors_latest_value_is_the_last_observed_not_the_one_dated_furthest_ahead(
    api: httpx.Client, accounts: dict[str, str], seeded: datetime, db_dsn: str
) -> None:
    # A station's gateway dates one reading 280 s ahead of its receipt (ingest stores it:
    # within ingest.max_future_skew_s); 3 s later the station reports on time, above its
    # level. The station's latest level is the one reported last, the on-time one.
    received = datetime.now(UTC).replace(microsecond=0)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(
            "INSERT INTO readings (time, sensor_id, metric, value, received_at) VALUES"
            " (%s, 'SN-WL-003', 'water_level_m', 0.5, %s),"
            " (%s, 'SN-WL-003', 'water_level_m', 2.5, %s)",
            (received + timedelta(seconds=280), received,
             received + timedelta(seconds=3), received + timedelta(seconds=3)))
    detail = api.get("/api/sensors/SN-WL-003", headers=auth(accounts["op"])).json()
    assert [(r["metric"], r["value"], datetime.fromisoformat(r["time"])) for r in detail["latest"]] == [
        ("water_level_m", 2.5, received + timedelta(seconds=3))]


def test_readings_are_time_bucketed(
    api: httpx.Client, accounts: dict[str, str], seeded: datetime
) -> None:
    h = auth(accounts["wall1"])
    r = api.get("/api/sensors/SN-FL-001/readings", headers=h, params={
        "metric": "flood_depth_cm", "bucket_s": 3600,
        "start": (seeded - timedelta(hours=3)).isoformat(), "end": (seeded + timedelta(minutes=1)).isoformat()})
    assert r.status_code == 200, r.text
    buckets = r.json()["buckets"]
    assert sum(b["count"] for b in buckets) == 60
    assert min(b["min"] for b in buckets) == 0.0
    assert max(b["max"] for b in buckets) == 59.0
    is_problem(api.get("/api/sensors/SN-FL-001/readings", headers=h,
                       params={"metric": "x", "bucket_s": 1, "start": "2016-01-01T00:00:00Z",
                               "end": "2016-12-31T00:00:00Z"}), 422)
    is_problem(api.get("/api/sensors/SN-FL-001/readings", headers=h,
                       params={"metric": "x", "start": "2016-01-02T00:00:00Z",
                               "end": "2016-01-01T00:00:00Z"}), 422)
    is_problem(api.get("/api/sensors/SN-FL-001/readings", headers=h,
                       params={"metric": "x", "start": "2016-01-01T00:00:00",
                               "end": "2016-01-02T00:00:00"}), 422)
    is_problem(api.get("/api/sensors/SN-FL-001/readings", headers=h), 422)  # metric required
    is_problem(api.get("/api/sensors/nope/readings", headers=h, params={"metric": "x"}), 404)


def test_events(api: httpx.Client, accounts: dict[str, str], seeded: datetime) -> None:
    events = api.get("/api/events", headers=auth(accounts["op"]),
                     params={"feed": "fire_alarm"}).json()
    assert [(e["source_id"], e["category"]) for e in events] == [("SN-FA-001", "alarm")]
    assert events[0]["lon"] == pytest.approx(120.6528)


def test_quarantine_inspect_and_replay(
    api: httpx.Client, accounts: dict[str, str], seeded: datetime
) -> None:
    h = auth(accounts["op"])
    rows = api.get("/api/quarantine", headers=h).json()
    by_reason = {r["reason"]: r for r in rows}
    assert by_reason["invalid_json"]["payload_text"] == "{not json"
    assert by_reason["unregistered_source"]["payload_text"] is None
    assert by_reason["unregistered_source"]["payload_b64"] == "//4="
    one = api.get(f"/api/quarantine/{by_reason['invalid_json']['id']}", headers=h).json()
    assert one["topic"] == "soc/v1/disaster/flood/X"
    reasons = api.get("/api/quarantine/reasons", headers=h).json()
    assert {r["reason"] for r in reasons} == {"invalid_json", "unregistered_source"}
    is_problem(api.get("/api/quarantine/999999", headers=h), 404)
    is_problem(api.get("/api/quarantine", headers=auth(accounts["plan"])), 403)
    # Replaying still-bad input quarantines it again; the originals are marked replayed.
    r = api.post("/api/quarantine/replay", headers=h, json={"reason": "invalid_json"})
    assert r.status_code == 200, r.text
    assert r.json() == {"replayed": 1, "stored": 0, "duplicate": 0, "quarantined_again": 1}
    pending = api.get("/api/quarantine", headers=h, params={"pending": True}).json()
    again = [p for p in pending if p["topic"] == "soc/v1/disaster/flood/X"]
    assert len(again) == 1
    assert again[0]["id"] != by_reason["invalid_json"]["id"]
    stats = api.get("/api/ingest/stats", headers=h).json()
    assert stats["balanced"] is True
    assert stats["quarantined"] >= 1
    audit = api.get("/api/audit", headers=h, params={"subject_type": "quarantine"}).json()
    assert audit[0]["actor"] == "op"
    is_problem(api.post("/api/quarantine/replay", headers=h, json={"limit": 0}), 422)
    # An unknown reason (an operator's typo) is refused, not a replay of nothing.
    body = is_problem(api.post("/api/quarantine/replay", headers=h, json={"reason": "out_of_rang"}), 422)
    assert [e["loc"] for e in body["errors"]] == ["body.reason"]
    # ``true`` is not 1 and ``"5"`` no number: refused, nothing replayed.
    for limit in (True, "5", 5.0):
        body = is_problem(api.post("/api/quarantine/replay", headers=h, json={"limit": limit}), 422)
        assert [e["loc"] for e in body["errors"]] == ["body.limit"]


def test_incidents_and_assignments_with_agency_scoping(
    api: httpx.Client, accounts: dict[str, str], seeded: datetime
) -> None:
    coord = auth(accounts["coord"])
    incidents = api.get("/api/incidents", headers=coord, params={"open_only": True}).json()
    assert [i["incident_id"] for i in incidents] == [INC]
    assert {a["agency"]: a["overdue"] for a in incidents[0]["assignments"]} == {
        "fire": True, "police": False}
    detail = api.get(f"/api/incidents/{INC}", headers=coord).json()
    assert [e["item_key"] for e in detail["evidence"]] == ["event:SN-FA-001:k1"]
    assert [t["action"] for t in detail["timeline"]] == ["opened"]
    assert detail["hull"]["type"] == "Point"
    # An agency member sees only its own assignment, and no other agency's incidents.
    fire = auth(accounts["fire1"])
    own = api.get(f"/api/incidents/{INC}", headers=fire).json()
    assert [a["agency"] for a in own["assignments"]] == ["fire"]
    assert [a["agency"] for a in api.get("/api/assignments", headers=fire).json()] == ["fire"]
    is_problem(api.get("/api/assignments", headers=fire, params={"agency": "police"}), 403)
    water = api.post("/api/users", headers=auth(accounts["root"]), json={
        "user_name": "water9", "role": "agency", "agency": "water", "password": "long enough"})
    assert water.status_code == 201
    login = api.post("/api/auth/token", data={"username": "water9", "password": "long enough"})
    assert login.status_code == 200, login.text
    token = login.json()["access_token"]
    assert api.get("/api/incidents", headers=auth(token)).json() == []
    is_problem(api.get(f"/api/incidents/{INC}", headers=auth(token)), 404)
    is_problem(api.get("/api/incidents", headers=coord, params={"type": "meteor"}), 422)
    # An agency no table knows (a typo, another system's code) is refused, not answered with
    # nothing, on both lists that filter by agency.
    for route in ("/api/assignments", "/api/incidents"):
        problem = is_problem(api.get(route, headers=coord, params={"agency": "Police"}), 422)
        assert [e["loc"] for e in problem["errors"]] == ["query.agency"], route
    assert api.get("/api/incidents", headers=auth(accounts["plan"])).status_code == 200


def test_map_layers_schemas_health_and_wall_snapshot(
    api: httpx.Client, accounts: dict[str, str], seeded: datetime
) -> None:
    h = auth(accounts["wall1"])
    zones = api.get("/api/geo/zones", headers=h)
    assert zones.headers["content-type"].startswith("application/geo+json")
    assert {f["properties"]["zone_id"] for f in zones.json()["features"]} >= {"shuinan",
                                                                               "central_park"}
    is_problem(api.get("/api/geo/population", headers=h), 404)
    names = api.get("/api/schemas/mqtt", headers=h).json()
    for name in names:
        schema = api.get(f"/api/schemas/mqtt/{name}", headers=h)
        assert schema.headers["content-type"].startswith("application/schema+json")
        assert "$schema" in schema.json() or "type" in schema.json()
    is_problem(api.get("/api/schemas/mqtt/../../etc/passwd", headers=h), 404)
    is_problem(api.get("/api/schemas/mqtt/nope", headers=h), 404)
    health = api.get("/api/health")
    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    snap = api.get("/api/wall/snapshot", headers=h).json()
    assert snap["type"] == "snapshot"
    assert set(snap["state"]) == {"sensor", "alert", "incident", "kpi", "ingest", "mode", "health", "trend", "camera",
                                 "log_hold", "open_work"}


def test_agency_status_reports_go_to_the_ops_center_over_mqtt(
    api: httpx.Client, accounts: dict[str, str], seeded: datetime, mqtt_client: MqttFactory,
) -> None:
    """The report is published on the agency's own dispatch topic, as its systems would."""
    received: queue.Queue[tuple[str, bytes]] = queue.Queue()
    center = mqtt_client("center")
    center.on_message = lambda _c, _u, m: received.put((m.topic, bytes(m.payload)))
    subscribed = threading.Event()
    center.on_subscribe = lambda *_a: subscribed.set()
    center.subscribe(f"soc/v1/dispatch/fire/status/{INC}", qos=1)
    # The report is not retained: the broker drops it unless the subscription stands.
    assert subscribed.wait(20), "no SUBACK"
    fire = auth(accounts["fire1"])
    r = api.post(f"/api/incidents/{INC}/assignments/fire/status", headers=fire,
                 json={"state": "acknowledged", "note": "on it"})
    assert r.status_code == 202, r.text
    topic, payload = received.get(timeout=20)
    assert topic == f"soc/v1/dispatch/fire/status/{INC}"
    assert json.loads(payload) == {"state": "acknowledged", "by": "fire1", "note": "on it"}
    # Not its agency, not an agency state, no such assignment, not a reporter.
    is_problem(api.post(f"/api/incidents/{INC}/assignments/police/status", headers=fire,
                        json={"state": "acknowledged"}), 403)
    is_problem(api.post(f"/api/incidents/{INC}/assignments/fire/status", headers=fire,
                        json={"state": "assigned"}), 422)
    is_problem(api.post(f"/api/incidents/{INC}/assignments/water/status",
                        headers=auth(accounts["coord"]), json={"state": "acknowledged"}), 404)
    is_problem(api.post(f"/api/incidents/{INC}/assignments/fire/status",
                        headers=auth(accounts["op"]), json={"state": "acknowledged"}), 403)
    is_problem(api.post(f"/api/incidents/{INC}/assignments/army/status",
                        headers=auth(accounts["coord"]), json={"state": "acknowledged"}), 422)


def test_mode_switch_is_recorded_audited_and_reaches_the_wall(
    api: httpx.Client, accounts: dict[str, str], seeded: datetime
) -> None:
    coord = auth(accounts["coord"])
    is_problem(api.post("/api/mode", headers=coord, json={"mode": "emergency"}), 422)
    is_problem(api.post("/api/mode", headers=auth(accounts["op"]),
                        json={"mode": "emergency", "reason": "typhoon"}), 403)
    r = api.post("/api/mode", headers=coord, json={"mode": "emergency", "reason": "颱風警報"})
    assert r.json() == {"previous": "peacetime", "mode": "emergency"}
    audit = api.get("/api/audit", headers=coord, params={"subject_type": "ops_mode"}).json()
    assert audit[0]["actor"] == "coord"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        snap = api.get("/api/wall/snapshot", headers=coord).json()
        if snap["state"]["mode"][0]["mode"] == "emergency":
            break
        time.sleep(0.1)
    assert snap["state"]["mode"][0]["mode"] == "emergency"
    api.post("/api/mode", headers=coord, json={"mode": "peacetime", "reason": "all clear"})


def test_a_switch_to_the_mode_in_force_records_nothing_and_a_blank_reason_is_invalid_input(
    api: httpx.Client, accounts: dict[str, str], seeded: datetime
) -> None:
    """Since when, by whom and why 平時 is in force stay those of the switch that made it so;
    a reason of blanks is no reason, said as invalid input naming it."""
    coord = auth(accounts["coord"])
    before = api.get("/api/mode", headers=coord).json()
    switches = len(api.get("/api/audit", headers=coord, params={"subject_type": "ops_mode"}).json())
    r = api.post("/api/mode", headers=coord, json={"mode": before["mode"], "reason": "again"})
    assert r.status_code == 200, r.text
    assert r.json() == {"previous": before["mode"], "mode": before["mode"]}
    assert api.get("/api/mode", headers=coord).json() == before
    assert len(api.get("/api/audit", headers=coord, params={"subject_type": "ops_mode"}).json()) == switches
    body = is_problem(api.post("/api/mode", headers=coord, json={"mode": "emergency", "reason": "   "}), 422)
    assert [e["loc"] for e in body["errors"]] == ["body.reason"]
    assert api.get("/api/mode", headers=coord).json() == before


def _gauge_dated_ahead(db_dsn: str, gauge: str) -> tuple[datetime, datetime]:
    """A rain gauge's gateway dates one hourly total 280 s ahead of its receipt (stored: within
    ingest.max_future_skew_s, and ingest keeps its date as the gauge's furthest); 3 s later the
    gauge reports on time. Returns (that date ahead, the on-time reading's date)."""
    received = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=30)
    ahead, on_time = received + timedelta(seconds=280), received + timedelta(seconds=3)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(
            "INSERT INTO readings (time, sensor_id, metric, value, received_at) VALUES"
            " (%s, %s, 'rain_1h', 12.0, %s), (%s, %s, 'rain_1h', 31.5, %s)",
            (ahead, gauge, received, on_time, gauge, on_time))
        conn.execute(
            "INSERT INTO ingest_counters (domain, feed, source_id, last_reading_time) VALUES"
            " ('disaster', 'rain', %s, %s) ON CONFLICT (domain, feed, source_id)"
            " DO UPDATE SET last_reading_time"
            " = greatest(ingest_counters.last_reading_time, EXCLUDED.last_reading_time)",
            (gauge, ahead))
    return ahead, on_time


def test_the_walls_latest_value_is_the_last_observed_once_a_reading_dated_ahead_is_due(
    seeded: datetime, db_dsn: str
) -> None:
    # once the date ahead has passed, the wall's latest value is still the one reported last
    from web.wall.topics import load_trends

    ahead, on_time = _gauge_dated_ahead(db_dsn, "SN-RG-002")
    with psycopg.connect(db_dsn) as conn:
        item = load_trends(conn, ahead + timedelta(seconds=10))["SN-RG-002"]
    assert (item.latest, item.latest_at) == (31.5, on_time.isoformat())  # type: ignore[attr-defined]


def test_a_sensors_last_reading_is_the_last_observed(
    api: httpx.Client, accounts: dict[str, str], seeded: datetime, db_dsn: str
) -> None:
    _ahead, on_time = _gauge_dated_ahead(db_dsn, "SN-RG-003")
    detail = api.get("/api/sensors/SN-RG-003", headers=auth(accounts["op"])).json()
    assert datetime.fromisoformat(detail["last_reading_at"]) == on_time
