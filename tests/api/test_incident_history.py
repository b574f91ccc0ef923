"""Incidents named by place and short number; the closed-incident history search
(place, type, agency, time) through the real server and database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import psycopg

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import auth
from tests.api.test_auth import is_problem

NOW = datetime.now(UTC).replace(microsecond=0)
SQL_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, closed_by, close_reason)
VALUES (%(id)s, %(type)s, %(state)s, 'Moderate', 2000, ARRAY['disaster'], 1, %(t)s, %(t)s, %(t)s,
    %(t)s, ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), %(by)s, %(why)s)
"""
# Points from geo/data: on 環中路 (between two of its vertices) and inside
# 中央公園 (Central Park), 220 m from the nearest road (中科路).
ON_HUANZHONG = (120.6436, 24.1917)
IN_PARK = (120.6560, 24.1800)


def seed(dsn: str) -> None:
    rows = [
        ("inc-hist-a", "flood", "closed", NOW - timedelta(days=2), ON_HUANZHONG),
        ("inc-hist-b", "fire", "closed", NOW - timedelta(hours=3), IN_PARK),
        ("inc-hist-c", "flood", "open", NOW - timedelta(minutes=5), IN_PARK),
    ]
    with psycopg.connect(dsn) as conn:
        for inc, typ, state, t, (lon, lat) in rows:
            closed = state == "closed"
            conn.execute(SQL_INCIDENT, {"id": inc, "type": typ, "state": state, "t": t, "lon": lon,
                                        "lat": lat, "by": "coord" if closed else None,
                                        "why": "退水" if closed else None})
        conn.execute("INSERT INTO ops_assignments (incident_id, agency, state, ack_policy,"
                     " assigned_at, state_since) VALUES ('inc-hist-a', 'water', 'cleared', 'all',"
                     " %s, %s)", (NOW - timedelta(days=2), NOW - timedelta(days=2)))


def test_incidents_carry_a_short_number_and_a_place(
    api: httpx.Client, accounts: dict[str, str], db_settings: Settings, db_dsn: str
) -> None:
    run_geo_load(db_settings)
    seed(db_dsn)
    coord = auth(accounts["coord"])
    got = {i["incident_id"]: i for i in api.get("/api/incidents", headers=coord).json()}
    numbers = [got[k]["number"] for k in ("inc-hist-a", "inc-hist-b", "inc-hist-c")]
    assert all(isinstance(n, int) and n >= 1 for n in numbers)
    assert len(set(numbers)) == 3
    assert (got["inc-hist-a"]["place"], got["inc-hist-a"]["place_en"]) == ("環中路", "Huanzhong Road")
    assert (got["inc-hist-b"]["place"], got["inc-hist-b"]["place_en"]) == ("中央公園", "Central Park")
    assert got["inc-hist-b"]["area"] == ""
    assert got["inc-hist-b"]["closed_at"] is not None
    assert got["inc-hist-c"]["closed_at"] is None
    # The number finds the incident, and is stable: it does not change on update.
    one = api.get("/api/incidents", headers=coord, params={"number": numbers[2]}).json()
    assert [i["incident_id"] for i in one] == ["inc-hist-c"]
    with psycopg.connect(db_dsn) as conn:
        conn.execute("UPDATE ops_incidents SET severity = 'Severe' WHERE incident_id = 'inc-hist-c'")
    again = api.get("/api/incidents", headers=coord, params={"number": numbers[2]}).json()
    assert again[0]["severity"] == "Severe"
    assert again[0]["number"] == numbers[2]


def test_history_search_by_place_type_agency_and_time(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    coord = auth(accounts["coord"])

    def ids(**params: str) -> list[str]:
        r = api.get("/api/incidents", headers=coord, params={"state": "closed", **params})
        assert r.status_code == 200, r.text
        return sorted(i["incident_id"] for i in r.json() if i["incident_id"].startswith("inc-hist"))

    assert ids() == ["inc-hist-a", "inc-hist-b"]
    assert ids(place="環中") == ["inc-hist-a"]
    assert ids(place="central PARK") == ["inc-hist-b"]
    assert ids(place="nowhere at all") == []
    assert ids(type="fire") == ["inc-hist-b"]
    assert ids(agency="water") == ["inc-hist-a"]
    assert ids(since=(NOW - timedelta(days=1)).isoformat()) == ["inc-hist-b"]
    assert ids(until=(NOW - timedelta(days=1)).isoformat()) == ["inc-hist-a"]
    is_problem(api.get("/api/incidents", headers=coord, params={"agency": "army"}), 422)
    is_problem(api.get("/api/incidents", headers=coord, params={"since": "yesterday"}), 422)
    # An agency member may not search another agency's incidents.
    is_problem(api.get("/api/incidents", headers=auth(accounts["fire1"]),
                       params={"agency": "water"}), 403)


# Beyond every drawn area and every road's 150 m (太平區, east of the zone): 12.8 km east of
# 中清路, the nearest road of geo/data.
IN_TAIPING = (120.797, 24.192)


def test_an_incident_beyond_every_area_is_named_from_its_nearest_road_and_found_by_it(
    api: httpx.Client, accounts: dict[str, str], db_settings: Settings, db_dsn: str
) -> None:
    run_geo_load(db_settings)
    lon, lat = IN_TAIPING
    with psycopg.connect(db_dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": "inc-far-a", "type": "fire", "state": "closed",
                                    "t": NOW - timedelta(hours=1), "lon": lon, "lat": lat,
                                    "by": "coord", "why": "撲滅"})
    coord = auth(accounts["coord"])
    got = {i["incident_id"]: i for i in api.get("/api/incidents", headers=coord).json()}
    far = got["inc-far-a"]
    assert (far["place"], far["place_en"]) == ("中清路東方 12.8 公里", "12.8 km E of Zhongqing Road")
    assert (far["area"], far["area_en"]) == ("", "")

    def ids(place: str) -> list[str]:
        r = api.get("/api/incidents", headers=coord, params={"state": "closed", "place": place})
        assert r.status_code == 200, r.text
        return sorted(i["incident_id"] for i in r.json() if i["incident_id"].startswith("inc-"))

    assert ids("中清路") == ["inc-far-a"]
    assert ids("zhongqing") == ["inc-far-a"]
    assert "inc-far-a" not in ids("環中")
