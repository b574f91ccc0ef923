"""What people write on an incident (a coordinator's note, an agency desk's report note: a
caller's name, number, address) is personal data: a wall's display token and a planner read
the incident without it; the roles with the personal permission, and the agency at work on
it, read it (docs/security.md, docs/web.md "permission")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import psycopg

from tests.api.conftest import LiveApp, auth
from tests.browser.test_wall_reading import SQL_ASSIGNMENT
from tests.browser.test_wall_withdrawn import SQL_HISTORY, SQL_INCIDENT, SQL_MOVE

INC = "inc-people-words"
DESK = "已聯絡報案人陳小美 0933-111-222，住址西屯路三段 100 號 5 樓"
NOTE = "報案人李先生 0955-666-777 表示家中有行動不便長者"


def seed(dsn: str) -> None:
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=5)
    with psycopg.connect(dsn) as conn:
        conn.execute(SQL_INCIDENT, {"id": INC, "type": "fire", "state": "open", "sev": "Severe", "priority": 3000,
                                    "t": t0, "lon": 120.645, "lat": 24.180, "withdrawn": False})
        conn.execute(SQL_ASSIGNMENT, (INC, "fire", "en_route", t0, now, t0, now + timedelta(minutes=20), 0))
        conn.execute(SQL_MOVE, (INC, "fire", None, "assigned", t0, "dispatcher", "route fire"))
        conn.execute("UPDATE ops_assignment_transitions SET channel = 'service' WHERE incident_id = %s", (INC,))
        conn.execute(SQL_MOVE, (INC, "fire", "acknowledged", "en_route", now, "agency-fire",
                                f"消防局值班王大明：{DESK}"))
        conn.execute("UPDATE ops_assignment_transitions SET channel = 'mqtt' WHERE incident_id = %s"
                     " AND actor = 'agency-fire'", (INC,))
        conn.execute(SQL_HISTORY, (INC, t0, "opened", "", psycopg.types.json.Jsonb({})))
        conn.execute("INSERT INTO ops_incident_history (incident_id, at, actor, action, reason, detail)"
                     " VALUES (%s, %s, 'coord', 'note', %s, '{}')", (INC, now, NOTE))


def test_a_display_token_and_a_planner_read_an_incident_without_peoples_words(
    api: httpx.Client, accounts: dict[str, str], live_app: LiveApp
) -> None:
    seed(live_app.settings.db.conninfo())
    for who in ("wall1", "plan"):
        r = api.get(f"/api/incidents/{INC}", headers=auth(accounts[who]))
        assert r.status_code == 200, r.text
        for words in ("0933", "0955", "陳小美"):
            assert words not in r.text, (who, r.text)
        body = r.json()
        # The center's own entries stay: who was sent and why, what happened when.
        assert [m["reason"] for m in body["assignment_moves"]] == ["route fire", ""], (who, body["assignment_moves"])
        assert [(h["action"], h["reason"]) for h in body["timeline"]] == [("opened", ""), ("note", "")], who
    for who in ("op", "coord", "root", "fire1"):
        r = api.get(f"/api/incidents/{INC}", headers=auth(accounts[who]))
        assert r.status_code == 200, (who, r.text)
        assert DESK in r.text, who
        assert NOTE in r.text, who


SHARED = "inc-people-words-shared"


def test_an_agency_member_reads_no_other_agencys_report_on_the_timeline(
    api: httpx.Client, accounts: dict[str, str], live_app: LiveApp
) -> None:
    """Fire and police work one incident and each desk had a report refused: the fire bureau's
    member reads its own refusal, the coordinator's note and the center's entries, not the
    police desk's refusal (its state, its allowed moves, its desk's name), as it reads only its
    own assignment; the coordinator reads both."""
    now = datetime.now(UTC)
    t0 = now - timedelta(minutes=5)
    refused = "INSERT INTO ops_incident_history (incident_id, at, actor, action, reason, detail)" \
              " VALUES (%s, %s, %s, 'report_refused', %s, %s)"
    with psycopg.connect(live_app.settings.db.conninfo()) as conn:
        conn.execute(SQL_INCIDENT, {"id": SHARED, "type": "fire", "state": "open", "sev": "Severe",
                                    "priority": 3000, "t": t0, "lon": 120.645, "lat": 24.180, "withdrawn": False})
        for agency in ("fire", "police"):
            conn.execute(SQL_ASSIGNMENT, (SHARED, agency, "on_scene", t0, now, t0, None, 0))
            conn.execute(refused, (SHARED, now, f"agency-{agency}",
                                   f"assignment {SHARED}/{agency}: illegal transition on_scene -> en_route",
                                   psycopg.types.json.Jsonb({"by": f"值班 {agency}", "state": "en_route",
                                                             "agency": agency, "allowed": ["cleared"],
                                                             "current": "on_scene"})))
        conn.execute(SQL_HISTORY, (SHARED, t0, "opened", "", psycopg.types.json.Jsonb({})))
        conn.execute("INSERT INTO ops_incident_history (incident_id, at, actor, action, reason, detail)"
                     " VALUES (%s, %s, 'coord', 'note', %s, '{}')", (SHARED, now, NOTE))
    seen = {}
    for who in ("fire1", "police1", "coord"):
        r = api.get(f"/api/incidents/{SHARED}", headers=auth(accounts[who]))
        assert r.status_code == 200, (who, r.text)
        seen[who] = sorted((h["actor"], h["action"]) for h in r.json()["timeline"])
    center = [("coord", "note"), ("ops-center", "opened")]
    assert seen["fire1"] == sorted([*center, ("agency-fire", "report_refused")])
    assert seen["police1"] == sorted([*center, ("agency-police", "report_refused")])
    assert seen["coord"] == sorted([*center, ("agency-fire", "report_refused"), ("agency-police", "report_refused")])
