"""Alerts and KPI routes through the real server, the alerts and KPI services and the DB."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import psycopg
import pytest
from lxml import etree

from alerts.lifecycle import Severity, Trigger
from alerts.rules import load_rules_file
from alerts.service import AlertStore, apply_decisions
from common.settings import Settings
from tests.api.conftest import auth
from tests.api.test_auth import is_problem

SQL_ALERT = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom,
                    raised_at, updated_at, last_triggered_at, escalate_after_s,
                    auto_resolve_after_s, label)
VALUES ('cwa-rainfall', %s, 'raised', 'Severe', 'Met', 'disaster', '豪雨 西屯',
        ST_SetSRID(ST_MakePoint(120.656, 24.182), 4326), %s, %s, %s, 600, 600, '豪雨')
RETURNING alert_id
"""


@pytest.fixture
def alert_id(db_dsn: str, unique_id: str) -> int:
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(SQL_ALERT, (f"C0F9T0-{unique_id}", now, now, now)).fetchone()
    assert row is not None
    return int(row[0])


def test_list_and_filter_alerts(api: httpx.Client, accounts: dict[str, str], alert_id: int) -> None:
    h = auth(accounts["op"])
    listed = api.get("/api/alerts", headers=h, params={"open_only": True}).json()
    assert alert_id in [a["alert_id"] for a in listed]
    severe = api.get("/api/alerts", headers=h, params={"severity": "Severe"}).json()
    assert all(a["severity"] == "Severe" for a in severe)
    minor = api.get("/api/alerts", headers=h, params={"severity": "Minor"}).json()
    assert alert_id not in [a["alert_id"] for a in minor]
    is_problem(api.get("/api/alerts", headers=h, params={"severity": "Huge"}), 422)
    is_problem(api.get("/api/alerts", headers=h, params={"state": "asleep"}), 422)
    is_problem(api.get("/api/alerts"), 401)
    is_problem(api.get("/api/alerts", headers=auth(accounts["fire1"])), 403)
    is_problem(api.get("/api/alerts/999999999", headers=h), 404)


def test_acknowledge_shelve_resolve_are_lifecycle_moves_audited_with_the_user(
    api: httpx.Client, accounts: dict[str, str], alert_id: int
) -> None:
    op, coord = auth(accounts["op"]), auth(accounts["coord"])
    r = api.post(f"/api/alerts/{alert_id}/acknowledge", headers=op, json={"reason": "seen"})
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "acknowledged"
    assert r.json()["acknowledged_by"] == "op"
    # Acknowledging twice is not a legal move.
    is_problem(api.post(f"/api/alerts/{alert_id}/acknowledge", headers=op, json={}), 409)
    # Operators acknowledge; shelving and resolving are for coordinators.
    is_problem(api.post(f"/api/alerts/{alert_id}/shelve", headers=op, json={"minutes": 5}), 403)
    until = (datetime.now(UTC) + timedelta(minutes=30)).isoformat()
    r = api.post(f"/api/alerts/{alert_id}/shelve", headers=coord,
                 json={"until": until, "reason": "maintenance"})
    assert r.json()["state"] == "shelved"
    is_problem(api.post(f"/api/alerts/{alert_id}/shelve", headers=coord,
                        json={"until": "2000-01-01T00:00:00+08:00"}), 422)
    r = api.post(f"/api/alerts/{alert_id}/resolve", headers=coord, json={"reason": "dry"})
    detail = r.json()
    assert detail["state"] == "resolved"
    assert [(t["actor"], t["to_state"]) for t in detail["transitions"]][-3:] == [
        ("op", "acknowledged"), ("coord", "shelved"), ("coord", "resolved")]
    audit = api.get("/api/audit", headers=coord,
                    params={"subject_type": "alert", "subject_id": str(alert_id)}).json()
    assert [(a["actor"], a["action"]) for a in reversed(audit)] == [
        ("op", "alert.acknowledged"), ("coord", "alert.shelved"), ("coord", "alert.resolved")]


def test_a_refused_move_leaves_no_audit_row(
    api: httpx.Client, accounts: dict[str, str], alert_id: int
) -> None:
    coord = auth(accounts["coord"])
    api.post(f"/api/alerts/{alert_id}/resolve", headers=coord, json={"reason": "dry"})
    is_problem(api.post(f"/api/alerts/{alert_id}/acknowledge", headers=coord, json={}), 409)
    audit = api.get("/api/audit", headers=coord,
                    params={"subject_type": "alert", "subject_id": str(alert_id)}).json()
    assert [a["action"] for a in audit] == ["alert.resolved"]


@pytest.mark.parametrize("body", [{}, {"reason": ""}, {"reason": " \t\n"}])
@pytest.mark.parametrize("move", ["resolve", "shelve"])
def test_resolve_and_shelve_need_the_reason_the_audit_records(
    api: httpx.Client, accounts: dict[str, str], alert_id: int, move: str, body: dict[str, str]
) -> None:
    # The console asks for this reason ("會記錄在稽核紀錄"); an API client must give it too.
    coord = auth(accounts["coord"])
    problem = is_problem(api.post(f"/api/alerts/{alert_id}/{move}", headers=coord, json=body), 422)
    assert [e["loc"] for e in problem["errors"]] == ["body.reason"]
    alert = api.get(f"/api/alerts/{alert_id}", headers=coord).json()
    assert alert["state"] == "raised"
    audit = api.get("/api/audit", headers=coord,
                    params={"subject_type": "alert", "subject_id": str(alert_id)}).json()
    assert audit == []


def test_unknown_body_fields_and_bad_types_are_422(
    api: httpx.Client, accounts: dict[str, str], alert_id: int
) -> None:
    coord = auth(accounts["coord"])
    is_problem(api.post(f"/api/alerts/{alert_id}/acknowledge", headers=coord,
                        json={"reason": "x", "extra": 1}), 422)
    is_problem(api.post(f"/api/alerts/{alert_id}/shelve", headers=coord,
                        json={"minutes": "soon"}), 422)
    is_problem(api.post("/api/alerts/not-a-number/acknowledge", headers=coord, json={}), 422)


def test_cap_export_is_valid_cap_and_logged(
    api: httpx.Client, accounts: dict[str, str], alert_id: int
) -> None:
    op = auth(accounts["op"])
    first = api.post(f"/api/alerts/{alert_id}/cap", headers=op)
    assert first.status_code == 200, first.text
    assert first.headers["content-type"].startswith("application/cap+xml")
    root = etree.fromstring(first.content)
    assert root.tag == "{urn:oasis:names:tc:emergency:cap:1.2}alert"
    second = api.post(f"/api/alerts/{alert_id}/cap", headers=op)
    assert second.headers["x-cap-msgtype"] == "Update"
    log = api.get(f"/api/alerts/{alert_id}/cap", headers=op).json()
    assert [m["msg_type"] for m in log] == ["Alert", "Update"]
    stored = api.get(f"/api/cap/{log[0]['identifier']}", headers=op)
    assert stored.content == first.content
    is_problem(api.get("/api/cap/nope", headers=op), 404)
    is_problem(api.post(f"/api/alerts/{alert_id}/cap", headers=auth(accounts["plan"])), 403)



def test_the_cap_log_of_an_alert_that_does_not_exist_is_a_404_not_an_empty_list(
    api: httpx.Client, accounts: dict[str, str], alert_id: int
) -> None:
    """A client tells "no CAP message yet" ([] for a stored alert) from a wrong id (404)."""
    op = auth(accounts["op"])
    assert api.get(f"/api/alerts/{alert_id}/cap", headers=op).status_code == 200
    problem = is_problem(api.get("/api/alerts/99999999/cap", headers=op), 404)
    assert problem["detail"] == "no alert 99999999"


def test_a_cap_export_asked_again_after_its_cancel_is_the_same_cancel(
    api: httpx.Client, accounts: dict[str, str], alert_id: int
) -> None:
    """docs/alerts.md "CAP 1.2": Alert, Update, and one Cancel once resolved: a second click
    after it sends receivers no further Cancel of an alert already cancelled."""
    op, coord = auth(accounts["op"]), auth(accounts["coord"])
    assert api.post(f"/api/alerts/{alert_id}/cap", headers=op).headers["x-cap-msgtype"] == "Alert"
    r = api.post(f"/api/alerts/{alert_id}/resolve", headers=coord, json={"reason": "water gone"})
    assert r.status_code == 200, r.text
    cancel = api.post(f"/api/alerts/{alert_id}/cap", headers=op)
    assert cancel.headers["x-cap-msgtype"] == "Cancel"
    again = api.post(f"/api/alerts/{alert_id}/cap", headers=op)
    assert again.status_code == 200, again.text
    assert (again.headers["x-cap-msgtype"], again.headers["x-cap-identifier"]) == (
        "Cancel", cancel.headers["x-cap-identifier"])
    assert again.content == cancel.content
    log = api.get(f"/api/alerts/{alert_id}/cap", headers=op).json()
    assert [m["msg_type"] for m in log] == ["Alert", "Cancel"]
    audit = api.get("/api/audit", headers=coord,
                    params={"subject_type": "alert", "subject_id": str(alert_id)}).json()
    assert [a["action"] for a in audit].count("alert.cap_export") == 3


def test_an_acknowledgement_is_stamped_when_it_was_made_though_a_fast_gauge_dated_the_alert_later(
    api: httpx.Client, accounts: dict[str, str], db_dsn: str, unique_id: str
) -> None:
    """A gauge 2 min fast (ingest keeps readings up to 300 s ahead) dates its alert after the
    wall clock: the coordinator's acknowledgement and resolve say when they were made, as the
    audit log does, and MTTA counts from them."""
    ahead = datetime.now(UTC) + timedelta(seconds=120)
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(SQL_ALERT, (f"C0F9T0-{unique_id}", ahead, ahead, ahead)).fetchone()
    assert row is not None
    coord = auth(accounts["coord"])
    before = datetime.now(UTC)
    assert api.post(f"/api/alerts/{row[0]}/acknowledge", headers=coord, json={}).status_code == 200
    acked = datetime.now(UTC)
    r = api.post(f"/api/alerts/{row[0]}/resolve", headers=coord, json={"reason": "water gone"})
    assert r.status_code == 200, r.text
    resolved = datetime.now(UTC)
    alert = api.get(f"/api/alerts/{row[0]}", headers=coord).json()
    ack_at = datetime.fromisoformat(alert["acknowledged_at"])
    res_at = datetime.fromisoformat(alert["resolved_at"])
    assert before <= ack_at <= acked <= res_at <= resolved, alert
    moves = {t["action"]: datetime.fromisoformat(t["at"]) for t in alert["transitions"]}
    assert (moves["acknowledge"], moves["resolve"]) == (ack_at, res_at), alert["transitions"]


CSV_OK = (
    "indicator_id,period,as_of,value,unit,numerator,denominator,source_note\n"
    "4.1,2016,2016-06-30,90.5,%,905,1000,test entry\n"
)
CSV_BAD = (
    "indicator_id,period,as_of,value,unit,numerator,denominator,source_note\n"
    "4.1,2016,2016-12-31,91,%,,,ok row\n"
    "9.9,2016,2016-06-30,1,%,,,unknown indicator\n"
    "4.1,2016-03,2016-03-31,91,%,,,monthly period for a yearly indicator\n"
)


def test_kpi_definitions_observations_import_export(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    planner, op = auth(accounts["plan"]), auth(accounts["op"])
    defs = api.get("/api/kpis/definitions", headers=op).json()
    assert "4.1" in [i["id"] for i in defs["indicators"]]
    r = api.post("/api/kpis/import", headers=planner,
                 files={"file": ("kpi.csv", CSV_OK.encode(), "text/csv")})
    assert r.status_code == 200, r.text
    assert r.json()["imported"] == 1
    # The same file again: every row is a duplicate, nothing imported, each error located.
    bad = is_problem(api.post("/api/kpis/import", headers=planner,
                              files={"file": ("kpi.csv", CSV_BAD.encode(), "text/csv")}), 422)
    lines = {e["line"] for e in bad["errors"]}
    assert {3, 4} <= lines
    observations = api.get("/api/kpis/observations", headers=op,
                           params={"indicator_id": "4.1", "year": 2016}).json()
    assert [o["value"] for o in observations] == [90.5]
    assert observations[0]["entered_by"] == "plan"
    exported = api.get("/api/kpis/export", headers=op, params={"year": 2016})
    assert exported.headers["content-type"].startswith("text/csv")
    assert "test entry" in exported.text
    history = api.get("/api/kpis/4.1/history", headers=op).json()
    assert history["points"][-1]["achievement"]["target"] > 0
    scores = api.get("/api/kpis/scores", headers=op).json()
    assert {s["year"] for s in scores} >= {2016}
    audit = api.get("/api/audit", headers=op, params={"actor": "plan"}).json()
    assert audit, "the KPI import is audited with the planner's name"


def test_kpi_writes_need_the_planner_role_and_valid_input(
    api: httpx.Client, accounts: dict[str, str]
) -> None:
    body = {"indicator_id": "2.1", "period": "2016", "as_of": "2016-06-30", "value": 2,
            "unit": "times", "source_note": "two surveys"}
    is_problem(api.post("/api/kpis/observations", headers=auth(accounts["op"]), json=body), 403)
    r = api.post("/api/kpis/observations", headers=auth(accounts["plan"]), json=body)
    assert r.status_code == 201, r.text
    is_problem(api.post("/api/kpis/observations", headers=auth(accounts["plan"]), json=body), 409)
    is_problem(api.post("/api/kpis/observations", headers=auth(accounts["plan"]),
                        json={**body, "indicator_id": "no-such"}), 422)
    is_problem(api.post("/api/kpis/observations", headers=auth(accounts["plan"]),
                        json={**body, "as_of": "yesterday"}), 422)
    is_problem(api.get("/api/kpis/no-such/history", headers=auth(accounts["op"])), 404)
    is_problem(api.post("/api/kpis/import", headers=auth(accounts["plan"])), 422)


def test_a_resolve_while_the_condition_holds_sets_it_aside_until_it_rises(
    api: httpx.Client, accounts: dict[str, str], alert_id: int, db_dsn: str, settings: Settings
) -> None:
    """The alert (豪雨, condition holding) is resolved by hand: the service then opens no new
    alert for the same level, and does for a higher one (docs/alerts.md)."""
    with psycopg.connect(db_dsn) as conn:
        conn.execute("UPDATE alerts SET level = 1 WHERE alert_id = %s", (alert_id,))  # 豪雨: the second class
    coord = auth(accounts["coord"])
    r = api.post(f"/api/alerts/{alert_id}/resolve", headers=coord, json={"reason": "crews on site"})
    assert r.status_code == 200, r.text
    detail = r.json()
    assert (detail["state"], detail["set_aside"], detail["cleared_at"]) == ("resolved", True, None)
    assert detail["transitions"][-1]["reason"] == (
        "crews on site · condition still holds (豪雨): no new alert until it ends or rises above 豪雨")
    source = detail["source_id"]

    def rain(label: str, level: int, sev: Severity) -> Trigger:
        return Trigger(rule_id="cwa-rainfall", source_id=source, severity=sev, at=datetime.now(UTC), title=label,
                       category="Met", agency="disaster", label=label, level=level, reason=f"rain_24h ({label})")

    rules = load_rules_file(settings.alerts.rules_file)
    with psycopg.connect(db_dsn) as conn:
        store = AlertStore(conn, rules)
        assert apply_decisions(store, [rain("豪雨", 1, Severity.SEVERE)]) == (0, 0)
        conn.commit()
    listed = api.get("/api/alerts", headers=coord, params={"source_id": source}).json()
    assert [a["alert_id"] for a in listed] == [alert_id]
    with psycopg.connect(db_dsn) as conn:
        assert apply_decisions(AlertStore(conn, rules), [rain("大豪雨", 2, Severity.SEVERE)]) == (1, 2)
        conn.commit()
    listed = api.get("/api/alerts", headers=coord, params={"source_id": source}).json()
    assert [(a["state"], a["label"], a["set_aside"]) for a in listed] == [
        ("raised", "大豪雨", False), ("resolved", "豪雨", False)]


def test_an_offline_alert_s_history_gives_the_device_s_own_reason(
        api: httpx.Client, accounts: dict[str, str], db_dsn: str, unique_id: str) -> None:
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        row = conn.execute(SQL_ALERT.replace("'cwa-rainfall'", "'sensor-offline'"),
                           (f"WL-{unique_id}", now, now, now)).fetchone()
        assert row is not None
        for action, reason, why in (("raise", "status offline: mains_power_lost", "mains_power_lost"),
                                    ("clear", "status online", None)):
            conn.execute("INSERT INTO alert_transitions (alert_id, at, actor, action, to_state, severity, reason,"
                         " status_reason) VALUES (%s, %s, 'alerts-service', %s, 'raised', 'Minor', %s, %s)",
                         (row[0], now, action, reason, why))
    detail = api.get(f"/api/alerts/{row[0]}", headers=auth(accounts["op"])).json()
    assert [(t["action"], t["status_reason"]) for t in detail["transitions"]] == [
        ("raise", "mains_power_lost"), ("clear", None)]


@pytest.mark.parametrize("minutes", [True, False, "30", 30.0])
def test_a_shelving_s_minutes_that_are_no_whole_number_are_refused_and_the_alert_stays(
    api: httpx.Client, accounts: dict[str, str], alert_id: int, minutes: object
) -> None:
    """``true`` is no minute count and ``"30"`` no number (the wire's rule, docs/mqtt.md): a
    client sending a flag must not shelve a live alert for a minute nobody meant."""
    coord = auth(accounts["coord"])
    r = api.post(f"/api/alerts/{alert_id}/shelve", headers=coord, json={"minutes": minutes, "reason": "x"})
    body = is_problem(r, 422)
    assert [e["loc"] for e in body["errors"]] == ["body.minutes"]
    assert api.get(f"/api/alerts/{alert_id}", headers=coord).json()["state"] != "shelved"
