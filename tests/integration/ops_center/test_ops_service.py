"""The ops service against the real TimescaleDB + PostGIS: watermark, restart, commit order.

Scenario deliveries are written the way ingest and the alerts service write them
(events with ON CONFLICT DO NOTHING, alerts with a raise/severity transition), one
committed transaction per delivery, in arrival order.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from ops_center.dispatch import load_routing
from ops_center.service import OpsService
from tests import scenarios
from tests.fix_db import _create_from_template, drop_database

pytestmark = pytest.mark.integration

ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")
RULE_OF = {
    "flood_depth": "flood-depth",
    "water_level": "water-level",
    "heavy_rain": "cwa-rainfall",
    "congestion": "corridor-congestion",
}

# A device's message carries its own ts (a status is the device's word, not a last will).
INSERT_EVENT = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
SELECT v.t, v.s, v.d, v.f, v.k, v.c, v.sev, ST_SetSRID(ST_MakePoint(v.lon, v.lat), 4326), jsonb_build_object('ts', v.t)
FROM (VALUES (%s::timestamptz, %s, %s, %s, %s, %s, %s, %s::float8, %s::float8)) v(t, s, d, f, k, c, sev, lon, lat)
ON CONFLICT DO NOTHING
"""
INSERT_ALERT = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom, raised_at,
    updated_at, last_triggered_at, escalate_after_s, auto_resolve_after_s)
VALUES (%s, %s, 'raised', %s, 'Met', %s, 'test', ST_SetSRID(ST_MakePoint(%s, %s), 4326), %s, %s, %s,
    600, 600)
ON CONFLICT (rule_id, source_id) WHERE state IN ('raised', 'acknowledged', 'escalated', 'shelved')
DO UPDATE SET updated_at = EXCLUDED.updated_at
RETURNING alert_id, (xmax = 0) AS created
"""
INSERT_TRANSITION = """
INSERT INTO alert_transitions (alert_id, at, actor, action, from_state, to_state, severity)
VALUES (%s, %s, 'test', %s, %s, 'raised', %s)
"""


def deliver(conn: psycopg.Connection, rec: scenarios.Record) -> None:
    """Write one scenario delivery in its own committed transaction."""
    t = datetime.fromisoformat(rec.observed)
    with conn.transaction():
        if rec.kind == "event":
            conn.execute(
                INSERT_EVENT, (t, rec.key, rec.agency, rec.feed, rec.key, rec.category, rec.severity, rec.lon, rec.lat)
            )
        else:
            row = conn.execute(
                INSERT_ALERT, (RULE_OF[rec.category], rec.key, rec.severity, rec.agency, rec.lon, rec.lat, t, t, t)
            ).fetchone()
            assert row is not None
            action = "raise" if row[1] else "severity"
            conn.execute(INSERT_TRANSITION, (row[0], t, action, None if row[1] else "raised", rec.severity))


def outcome(conn: psycopg.Connection) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Incidents (id -> source ids of members, with state) and items left out."""
    incidents: dict[str, set[str]] = {}
    for inc, state, src in conn.execute(
        "SELECT i.incident_id, i.state, m.source_id FROM ops_incidents i "
        "JOIN ops_incident_members m USING (incident_id)"
    ):
        incidents.setdefault(f"{inc}/{state}", set()).add(src)
    left: dict[str, str] = dict(conn.execute("SELECT item_key, reason FROM ops_left_out").fetchall())
    return {k: frozenset(v) for k, v in incidents.items()}, left


@pytest.fixture(scope="module")
def second_db(settings: Settings, db_template: str) -> Iterator[Settings]:
    """A second fresh database for the restarted run."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        _create_from_template(admin, name, db_template)
    yield settings.model_copy(update={"db": settings.db.model_copy(update={"name": name})})
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        drop_database(admin, name)  # waits out TimescaleDB's scheduler backend (tests/fix_db.py)


def service(conn: psycopg.Connection) -> OpsService:
    svc = OpsService(conn, ROUTING, idle_after_s=None, clock=lambda: 1_700_000_000.0)
    svc.start()
    return svc


LATEST = """
SELECT greatest((SELECT max(received_at) FROM events),
                (SELECT max(recorded_at) FROM alert_transitions))
"""


def drain(svc: OpsService) -> None:
    """Poll until the watermark has passed every committed row (the horizon trails the
    clock by its margin, so this takes a few polls, bounded by a deadline)."""
    (latest,) = svc.conn.execute(LATEST).fetchone() or (None,)
    deadline = time.monotonic() + 30
    while True:
        svc.poll_once()
        (events_wm, alerts_wm) = svc.conn.execute(
            "SELECT events_wm, alerts_wm FROM ops_watermarks WHERE consumer = 'ops'"
        ).fetchone() or (None, None)
        if latest is None or (events_wm > latest and alerts_wm > latest):
            return
        assert time.monotonic() < deadline, "watermark does not advance"


def test_restart_mid_scenario_gives_same_incidents(db_settings: Settings, second_db: Settings) -> None:
    records = scenarios.load(scenarios.scenario_path(1))
    cut = len(records) // 2

    # Uninterrupted: one service, polled every 17 deliveries.
    with connect(db_settings, autocommit=True) as w, connect(db_settings, autocommit=True) as c:
        svc = service(c)
        for i, rec in enumerate(records):
            deliver(w, rec)
            if i % 17 == 0:
                svc.poll_once()
        drain(svc)
        expected = outcome(w)

    # Interrupted: a service runs to the middle, is dropped without shutdown (its connection
    # closed mid-stream), and a new one picks up from the persisted watermark and log.
    with connect(second_db, autocommit=True) as w:
        with connect(second_db, autocommit=True) as c1:
            first = service(c1)
            for i, rec in enumerate(records[:cut]):
                deliver(w, rec)
                if i % 5 == 0:
                    first.poll_once()
            drain(first)
        for rec in records[cut : cut + 20]:
            deliver(w, rec)  # committed while no service runs
        with connect(second_db, autocommit=True) as c2:
            second = service(c2)
            for i, rec in enumerate(records[cut + 20 :]):
                deliver(w, rec)
                if i % 29 == 0:
                    second.poll_once()
            drain(second)
        got = outcome(w)
        (missing,) = w.execute(
            "SELECT count(*) FROM (SELECT source_id FROM events UNION SELECT source_id FROM alerts) s "
            "WHERE source_id NOT IN (SELECT item ->> 'source_id' FROM ops_feed_log WHERE op = 'feed')"
        ).fetchone() or (None,)
        (dupes,) = w.execute(
            "SELECT count(*) FROM (SELECT source_id FROM ops_incident_members GROUP BY source_id HAVING count(*) > 1) d"
        ).fetchone() or (None,)

    only_got = {k: v for k, v in got[0].items() if expected[0].get(k) != v}
    only_exp = {k: v for k, v in expected[0].items() if got[0].get(k) != v}
    assert (only_got, set(got[1].items()) ^ set(expected[1].items())) == (only_exp, set())
    assert got == expected
    assert dupes == 0
    # Nothing missed: every stored event and alert was fed to the correlator exactly once
    # (it then is in an incident, left out with a reason, or still pending in the log).
    assert missing == 0
    incidents, _ = got
    assert len([k for k in incidents if k.endswith("/open") or k.endswith("/quiet")]) >= 17


def test_row_committed_late_is_not_skipped(db_settings: Settings) -> None:
    t = datetime(2016, 9, 27, 6, 0, tzinfo=UTC)
    with (
        connect(db_settings, autocommit=True) as c,
        connect(db_settings, autocommit=True) as early,
        connect(db_settings, autocommit=True) as other,
    ):
        # The hypertable chunk for ``t`` exists before the two transactions: a chunk
        # created inside ``early``'s open transaction would hold ``other``'s insert on
        # its lock, and this thread would wait for itself.
        c.execute(INSERT_EVENT, (t, "chunk", "citizen", "1999", "k0", "streetlight", None, 120.6, 24.1))
        c.execute("DELETE FROM events WHERE source_id = 'chunk'")
        svc = service(c)
        drain(svc)
        with early.transaction():
            # received_at = start of this transaction, which commits last
            early.execute(
                INSERT_EVENT, (t, "late-fire", "disaster", "fire_alarm", "k1", "alarm", "Severe", 120.65, 24.18)
            )
            with other.transaction():
                other.execute(
                    INSERT_EVENT, (t, "cctv-1", "police", "cctv", "k2", "crowding", "Minor", 120.6501, 24.1801)
                )
            svc.poll_once()
            seen = c.execute(
                "SELECT count(*) FROM ops_feed_log WHERE item ->> 'source_id' IN ('late-fire', 'cctv-1')"
            ).fetchone()
            assert seen == (0,)  # the horizon is held back by the open transaction
        drain(svc)
        rows = c.execute(
            "SELECT m.source_id, i.type FROM ops_incident_members m JOIN ops_incidents i "
            "USING (incident_id) WHERE m.source_id IN ('late-fire', 'cctv-1') ORDER BY m.source_id"
        ).fetchall()
    assert rows == [("cctv-1", "fire"), ("late-fire", "fire")]


def test_more_rows_at_one_instant_than_a_batch_are_all_read(db_settings: Settings) -> None:
    t = datetime(2016, 9, 27, 15, 0, tzinfo=UTC)
    with connect(db_settings, autocommit=True) as c, connect(db_settings, autocommit=True) as w:
        svc = OpsService(c, ROUTING, idle_after_s=None, batch_max=10)
        svc.start()
        drain(svc)
        with w.transaction():  # 30 rows, one received_at
            for i in range(30):
                w.execute(
                    INSERT_EVENT, (t, f"tie-{i}", "citizen", "1999", f"k{i}", "streetlight", None, 120.6, 24.1)
                )
        drain(svc)
        (n,) = c.execute(
            "SELECT count(*) FROM ops_left_out WHERE item_key LIKE 'event:tie-%%' AND reason = 'unrelated_category'"
        ).fetchone() or (0,)
    assert n == 30


def test_closed_incident_stays_closed_across_restart(db_settings: Settings) -> None:
    t = datetime(2016, 9, 27, 17, 0, tzinfo=UTC)
    with connect(db_settings, autocommit=True) as w:
        with connect(db_settings, autocommit=True) as c1:
            first = service(c1)
            w.execute(INSERT_EVENT, (t, "close-1", "disaster", "fire_alarm", "k", "alarm", "Severe", 120.63, 24.16))
            drain(first)
            (inc,) = c1.execute(
                "SELECT incident_id FROM ops_incident_members WHERE source_id = 'close-1'"
            ).fetchone() or ("",)
            assert first.close_incident(inc, actor="coordinator-3", reason="誤報")
        with connect(db_settings, autocommit=True) as c2:
            second = service(c2)  # replays the log, closure included
            w.execute(
                INSERT_EVENT,
                (t.replace(minute=1), "close-2", "disaster", "fire_alarm", "k", "alarm", "Severe", 120.6301, 24.1601),
            )
            drain(second)
            rows: dict[str, str] = dict(
                c2.execute(
                    "SELECT source_id, incident_id FROM ops_incident_members WHERE source_id IN ('close-1', 'close-2')"
                ).fetchall()
            )
            (state,) = c2.execute("SELECT state FROM ops_incidents WHERE incident_id = %s", (inc,)).fetchone() or ("",)
    assert rows["close-1"] == inc
    assert rows["close-2"] != inc  # 10 m and 1 min away, but the first incident is closed
    assert state == "closed"


def test_idle_service_lets_incidents_go_quiet_without_quieting_a_replay_at_once(db_settings: Settings) -> None:
    t = datetime(2016, 9, 27, 18, 0, tzinfo=UTC)  # historical data, replayed years later
    wall = [2_000_000_000.0]
    with connect(db_settings, autocommit=True) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=60, clock=lambda: wall[0])
        svc.start()
        w.execute(INSERT_EVENT, (t, "idle-1", "disaster", "fire_alarm", "k", "alarm", "Severe", 120.62, 24.15))
        drain(svc)
        (inc,) = c.execute("SELECT incident_id FROM ops_incident_members WHERE source_id = 'idle-1'").fetchone() or (
            "",
        )

        def state() -> str:
            svc.poll_once()
            (s,) = c.execute("SELECT state FROM ops_incidents WHERE incident_id = %s", (inc,)).fetchone() or ("",)
            return str(s)

        wall[0] += 61  # idle for a minute: correlator time runs on by a minute, not by years
        assert state() == "open"
        wall[0] += 2700  # fire: 30 min window + 15 min grace after the alarm (ops_center/policies.py)
        assert state() == "quiet"


def test_a_1999_call_filed_under_other_joins_the_fire_its_text_describes(db_settings: Settings) -> None:
    """The vocabulary's text reader reads the stored report's text (1999 `other` + "冒煙")."""
    t = datetime(2016, 9, 27, 19, 0, tzinfo=UTC)
    with connect(db_settings, autocommit=True) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        w.execute(INSERT_EVENT, (t, "kw-fa", "disaster", "fire_alarm", "k", "alarm", None, 120.61, 24.14))
        w.execute(
            "INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload) "
            "VALUES (%s, 'kw-1999', 'citizen', '1999', 'created', 'other', NULL, "
            "ST_SetSRID(ST_MakePoint(120.6105, 24.1402), 4326), %s)",
            (t.replace(minute=2), json.dumps({"text": "大樓三樓冒煙"})),
        )
        drain(svc)
        rows = dict(
            c.execute(
                "SELECT source_id, incident_id FROM ops_incident_members WHERE source_id IN ('kw-fa', 'kw-1999')"
            ).fetchall()
        )
    assert rows.keys() == {"kw-fa", "kw-1999"}
    assert rows["kw-fa"] == rows["kw-1999"]


def test_an_alerts_level_change_joins_and_its_clear_lets_the_flood_go_quiet(db_settings: Settings) -> None:
    """The alerts package records a level change within one severity (action ``level``)
    and the end of the condition (``clear``): both reach the flood of the alert. With the
    alert cleared, the flood no longer holds on it (alert held: up to 2 h more)."""
    t = datetime(2016, 9, 27, 20, 0, tzinfo=UTC)
    wall = [2_000_000_000.0]
    with connect(db_settings, autocommit=True) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=60, clock=lambda: wall[0])
        svc.start()
        row = w.execute(
            INSERT_ALERT, ("flood-depth", "lvl-1", "Severe", "disaster", 120.605, 24.135, t, t, t)
        ).fetchone()
        assert row is not None
        alert_id = row[0]
        w.execute(INSERT_TRANSITION, (alert_id, t, "raise", None, "Severe"))
        w.execute(INSERT_TRANSITION, (alert_id, t.replace(minute=10), "level", "raised", "Severe"))
        w.execute(INSERT_TRANSITION, (alert_id, t.replace(minute=20), "clear", "raised", "Severe"))
        drain(svc)
        members = c.execute(
            "SELECT item_key, incident_id FROM ops_incident_members WHERE source_id = 'lvl-1' ORDER BY item_key"
        ).fetchall()
        keys = [k for k, _ in members]
        assert len(keys) == 3, keys  # the raise, the level change and the clear
        assert len({i for _, i in members}) == 1
        inc = members[0][1]

        def state() -> str:
            svc.poll_once()
            (s,) = c.execute("SELECT state FROM ops_incidents WHERE incident_id = %s", (inc,)).fetchone() or ("",)
            return str(s)

        wall[0] += 61
        assert state() == "open"
        wall[0] += 2700 + 900  # flood: 45 min window + 15 min grace after its last evidence (policies.py)
        assert state() == "quiet"


def test_a_detention_ponds_alarm_is_read_with_its_registered_site_and_kept_from_the_street_flood(
    db_settings: Settings,
) -> None:
    """The pond's flood sensor is registered with ``metadata.site`` detention_pond: its
    alarm reaches the correlator with that site and opens a watch of its own, apart from
    the flooded street 200 m away."""
    t = datetime(2016, 9, 27, 21, 0, tzinfo=UTC)
    with connect(db_settings, autocommit=True) as w, connect(db_settings, autocommit=True) as c:
        w.execute(
            "INSERT INTO sensors (sensor_id, agency, kind, name, geom, metadata) VALUES "
            "('site-pond', 'disaster', 'flood', '滯洪池', ST_SetSRID(ST_MakePoint(120.602, 24.132), 4326), %s)",
            (json.dumps({"site": "detention_pond"}),),
        )
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        for sid, lon, minute in (("site-street", 120.604, 0), ("site-pond", 120.602, 5)):
            row = w.execute(INSERT_ALERT, ("flood-depth", sid, "Severe", "disaster", lon, 24.132, t, t, t)).fetchone()
            assert row is not None
            w.execute(INSERT_TRANSITION, (row[0], t.replace(minute=minute), "raise", None, "Severe"))
        drain(svc)
        members = "SELECT source_id, incident_id FROM ops_incident_members WHERE source_id LIKE 'site-%'"
        rows = dict(c.execute(members).fetchall())
    assert rows.keys() == {"site-street", "site-pond"}
    assert rows["site-street"] != rows["site-pond"]
