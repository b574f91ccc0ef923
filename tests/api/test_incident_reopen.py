"""A coordinator reopens a closed incident through the API, applied by the real ops service
(``run_ops`` in a thread over the module's database): role-checked, with a reason, on the
incident's timeline and in the audit log, a CAP Update to the agencies that worked it, live
again on the open list, and dispatched and closed again like any live job."""

from __future__ import annotations

import json
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import psycopg
import pytest

from common.settings import Settings
from tests.api.conftest import auth
from tests.api.ops_thread import INSERT_ASSIGNMENT, INSERT_INCIDENT, INSERT_MEMBER, ops_service
from tests.api.test_auth import is_problem
from tests.fix_mqtt import connect_client

INC = f"inc-reopen-{uuid.uuid4().hex[:8]}"
OPEN = f"inc-reopen-open-{uuid.uuid4().hex[:8]}"
ON_SCENE = f"inc-reopen-on-scene-{uuid.uuid4().hex[:8]}"
TWICE = f"inc-reopen-twice-{uuid.uuid4().hex[:8]}"
HANDED = f"inc-reopen-handed-{uuid.uuid4().hex[:8]}"

@pytest.fixture(scope="module")
def seeded(db_dsn: str, live_app: object) -> None:
    """An open fire incident with its panel's alarm, fire assigned (twice: INC and TWICE); another
    open one; and an open one with the fire crew on scene."""
    now = datetime.now(UTC).replace(microsecond=0)
    t = now - timedelta(minutes=5)
    with psycopg.connect(db_dsn) as conn:
        for inc in (INC, OPEN, ON_SCENE, TWICE, HANDED):
            conn.execute(INSERT_INCIDENT, {"inc": inc, "state": "open", "t": t})
        for inc in (INC, TWICE, HANDED):
            conn.execute(INSERT_MEMBER, {"key": f"event:{inc}", "inc": inc, "t": t})
            conn.execute(INSERT_ASSIGNMENT, (inc, "fire", t, t, now + timedelta(minutes=5)))
        conn.execute(INSERT_ASSIGNMENT, (ON_SCENE, "fire", t, t, None))
        conn.execute("UPDATE ops_assignments SET state = 'on_scene', acknowledged_at = %s"
                     " WHERE incident_id = %s", (t, ON_SCENE))


@contextmanager
def fire_desk(settings: Settings, agency: str = "fire", incident: str = INC) -> Iterator[list[dict[str, Any]]]:
    """An agency's desk (its own MQTT account; the fire bureau's by default) listening to its
    assignment of ``incident`` (INC by default)."""
    got: list[dict[str, Any]] = []
    desk = connect_client(settings, f"agency-{agency}")
    desk.on_message = lambda _c, _u, msg: got.append(json.loads(msg.payload)) if msg.payload else None
    subscribed = threading.Event()
    desk.on_subscribe = lambda *_a: subscribed.set()
    desk.subscribe(f"soc/v1/dispatch/{agency}/assignment/{incident}", qos=1)
    assert subscribed.wait(10)
    try:
        yield got
    finally:
        desk.disconnect()
        desk.loop_stop()


def _until(what: str, check: Any, timeout: float = 20.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (value := check()):
        assert time.monotonic() < deadline, what
        time.sleep(0.05)
    return value


def _cap(db_dsn: str, incident: str = INC) -> list[tuple[str, str]]:
    with psycopg.connect(db_dsn) as conn:
        return [(r[0], r[1]) for r in conn.execute(
            "SELECT msg_type, xml FROM ops_cap_messages WHERE incident_id = %s AND direction = 'out'"
            " ORDER BY sent, identifier", (incident,))]


def _addresses(xml: str) -> set[str]:
    """The agencies a CAP message is addressed to (its ``addresses``, space-separated)."""
    return set(ET.fromstring(xml).findtext("{urn:oasis:names:tc:emergency:cap:1.2}addresses", "").split())


def test_reopen_is_refused_without_role_reason_or_incident(
    api: httpx.Client, accounts: dict[str, str], seeded: None
) -> None:
    path = f"/api/incidents/{INC}/reopen"
    assert is_problem(api.post(path, json={"reason": "復燃"}), 401)["reason"] == "missing_token"
    for who in ("fire1", "plan", "op", "wall1"):
        is_problem(api.post(path, json={"reason": "復燃"}, headers=auth(accounts[who])), 403)
    coord = auth(accounts["coord"])
    for body in ({}, {"reason": ""}, {"reason": "  "}, {"reason": "復燃", "extra": 1}):
        is_problem(api.post(path, json=body, headers=coord), 422)
    assert is_problem(api.post("/api/incidents/inc-nope/reopen", json={"reason": "復燃"}, headers=coord),
                      404)["resource"] == "incident"


def test_a_closed_incident_reopened_is_live_told_and_audited(
    api: httpx.Client, accounts: dict[str, str], seeded: None, live_app: Any, db_dsn: str
) -> None:
    coord = auth(accounts["coord"])
    settings = live_app.settings
    with ops_service(settings, [INC, OPEN]), fire_desk(settings) as desk:
        # Only a closed incident can be reopened: an open one is the service's 409.
        problem = is_problem(api.post(f"/api/incidents/{OPEN}/reopen", json={"reason": "復燃"},
                                      params={"wait": 5}, headers=coord), 409)
        assert f"{OPEN}: illegal transition open -> quiet" in problem["detail"]

        r = api.post(f"/api/incidents/{INC}/assignments", json={"agency": "police", "reason": "交管"},
                     params={"wait": 5}, headers=coord)
        assert r.status_code == 200, r.text
        r = api.post(f"/api/incidents/{INC}/close", json={"reason": "火勢撲滅"}, params={"wait": 5},
                     headers=coord)
        assert r.status_code == 200, r.text
        # told at the service's start (its fire assignment is live), the police's dispatch, the close
        assert [m for m, _ in _cap(db_dsn)] == ["Alert", "Update", "Cancel"]
        open_ids = [i["incident_id"] for i in api.get("/api/incidents", params={"open_only": True},
                                                      headers=coord).json()]
        assert INC not in open_ids

        r = api.post(f"/api/incidents/{INC}/reopen", json={"reason": "同址復燃，119 再次派遣"},
                     params={"wait": 5}, headers=coord)
        assert r.status_code == 200, r.text
        assert (r.json()["kind"], r.json()["state"], r.json()["result"]) == ("reopen", "done", "quiet")

        detail = api.get(f"/api/incidents/{INC}", headers=coord).json()
        assert (detail["state"], detail["closed_by"], detail["close_reason"]) == ("quiet", None, None)
        assert [(t["action"], t["reason"]) for t in detail["timeline"] if t["actor"] == "coord"] == [
            ("closed", "火勢撲滅"), ("reopened", "同址復燃，119 再次派遣")]
        assert [e["item_key"] for e in detail["evidence"]] == [f"event:{INC}"]  # its evidence kept
        # Nobody works it (the closure cancelled fire and police) and the coordinator says the
        # work is not over: awaiting dispatch (待派工), not a quiet incident nobody needs to send to.
        assert {a["agency"]: a["state"] for a in detail["assignments"]} == {"fire": "cancelled",
                                                                            "police": "cancelled"}
        assert detail["awaiting_dispatch"] is True
        open_ids = [i["incident_id"] for i in api.get("/api/incidents", params={"open_only": True},
                                                      headers=coord).json()]
        assert INC in open_ids  # live again on the open list (the wall's and the console's)

        # The agency that worked it: a CAP Update after the Cancel, saying it is reopened and why.
        caps = _cap(db_dsn)
        assert [m for m, _ in caps][-2:] == ["Cancel", "Update"]
        assert "重新開啟 reopened: 同址復燃，119 再次派遣" in caps[-1][1]
        told = _until("the fire desk was never told of the reopening",
                      lambda: [m for m in desk if "重新開啟" in str(m.get("cap"))])
        assert told[-1]["incident_id"] == INC

        # Reopened once: a second reopening is refused, and the closure stays the only way out.
        is_problem(api.post(f"/api/incidents/{INC}/reopen", json={"reason": "again"}, params={"wait": 5},
                            headers=coord), 409)

        # A live job again: dispatched to, and closed once more (a Cancel again).
        r = api.post(f"/api/incidents/{INC}/assignments", json={"agency": "fire", "reason": "再派"},
                     params={"wait": 5}, headers=coord)
        assert r.status_code == 200, r.text
        assert {a["agency"]: a["state"] for a in api.get(f"/api/incidents/{INC}", headers=coord).json()[
            "assignments"]} == {"fire": "assigned", "police": "cancelled"}
        assert api.get(f"/api/incidents/{INC}", headers=coord).json()["awaiting_dispatch"] is False
        assert [m for m, _ in _cap(db_dsn)][-1] == "Update"
        r = api.post(f"/api/incidents/{INC}/close", json={"reason": "確認撲滅"}, params={"wait": 5},
                     headers=coord)
        assert r.status_code == 200, r.text
        assert [m for m, _ in _cap(db_dsn)][-1] == "Cancel"

    with psycopg.connect(db_dsn) as conn:
        audited = conn.execute(
            "SELECT actor, action, reason FROM audit_log WHERE subject_id = %s AND action = 'incident.reopen'",
            (INC,)).fetchall()
    assert audited == [("coord", "incident.reopen", "同址復燃，119 再次派遣")]


def test_a_reopened_incident_whose_crew_the_closure_cleared_is_awaiting_dispatch(
    api: httpx.Client, accounts: dict[str, str], seeded: None, live_app: Any
) -> None:
    """The crew on scene when the coordinator closed the job is cleared by the closure (on
    scene cannot be cancelled): after the reopening nobody works it, as after a closure that
    cancelled its agencies, so it is awaiting dispatch (待派工), not a quiet job."""
    coord = auth(accounts["coord"])
    with ops_service(live_app.settings, [ON_SCENE]):
        r = api.post(f"/api/incidents/{ON_SCENE}/close", json={"reason": "現場處理完畢"}, params={"wait": 5},
                     headers=coord)
        assert r.status_code == 200, r.text
        r = api.post(f"/api/incidents/{ON_SCENE}/reopen", json={"reason": "車輛仍阻塞車道"},
                     params={"wait": 5}, headers=coord)
        assert r.status_code == 200, r.text
        detail = api.get(f"/api/incidents/{ON_SCENE}", headers=coord).json()
        assert detail["state"] == "quiet"
        assert {a["agency"]: a["state"] for a in detail["assignments"]} == {"fire": "cleared"}
        assert detail["awaiting_dispatch"] is True
        # the coordinator sends the fire bureau again: a new assignment, no longer awaiting dispatch
        r = api.post(f"/api/incidents/{ON_SCENE}/assignments", json={"agency": "fire", "reason": "再派"},
                     params={"wait": 5}, headers=coord)
        assert r.status_code == 200, r.text
        detail = api.get(f"/api/incidents/{ON_SCENE}", headers=coord).json()
        assert ({a["agency"]: a["state"] for a in detail["assignments"]}, detail["awaiting_dispatch"]) == (
            {"fire": "assigned"}, False)


def test_a_second_closure_tells_every_agency_that_worked_the_incident(
    api: httpx.Client, accounts: dict[str, str], seeded: None, live_app: Any, db_dsn: str
) -> None:
    """Closed, reopened (the Update goes to fire and police, whose CAP systems held the first
    Cancel), dispatched to one more agency and closed again: the second Cancel ends the incident
    in every CAP system that holds it live, fire's and police's as well as water's, and the
    second reopening's Update refers to a message each of them received."""
    coord = auth(accounts["coord"])
    settings = live_app.settings

    def post(action: str, body: dict[str, str]) -> None:
        r = api.post(f"/api/incidents/{TWICE}/{action}", json=body, params={"wait": 5}, headers=coord)
        assert r.status_code == 200, r.text
        assert r.json()["state"] == "done", r.text

    with ops_service(settings, [TWICE]), fire_desk(settings, "fire", TWICE) as fire, \
            fire_desk(settings, "police", TWICE) as police:
        post("assignments", {"agency": "police", "reason": "交管"})
        post("close", {"reason": "火勢撲滅"})
        post("reopen", {"reason": "同址復燃"})
        post("assignments", {"agency": "water", "reason": "抽水"})
        post("close", {"reason": "確認撲滅"})
        caps = _cap(db_dsn, TWICE)
        assert caps[-1][0] == "Cancel"
        assert _addresses(caps[-1][1]) == {"fire", "police", "water"}
        second_cancel = ET.fromstring(caps[-1][1]).findtext("{urn:oasis:names:tc:emergency:cap:1.2}identifier")
        assert second_cancel
        for desk, agency in ((fire, "fire"), (police, "police")):
            _until(f"the {agency} desk never received the second closure's Cancel {second_cancel}",
                   lambda d=desk: [m for m in d if second_cancel in str(m.get("cap"))])
        post("reopen", {"reason": "再次復燃"})
        caps = _cap(db_dsn, TWICE)
        assert caps[-1][0] == "Update"
        assert second_cancel in caps[-1][1]  # its references: the Cancel every agency holds
        assert _addresses(caps[-1][1]) == {"fire", "police", "water"}


def test_a_closure_tells_an_agency_the_job_was_handed_on_from(
    api: httpx.Client, accounts: dict[str, str], seeded: None, live_app: Any, db_dsn: str
) -> None:
    """Police sent, then handed on to traffic (its CAP system got the reassignment's Update,
    the job live): the closure's Cancel goes to the police too, so no agency that worked the
    job keeps it live."""
    coord = auth(accounts["coord"])
    settings = live_app.settings

    def post(action: str, body: dict[str, str]) -> None:
        r = api.post(f"/api/incidents/{HANDED}/{action}", json=body, params={"wait": 5}, headers=coord)
        assert r.status_code == 200, r.text
        assert r.json()["state"] == "done", r.text

    with ops_service(settings, [HANDED]), fire_desk(settings, "police", HANDED) as police:
        post("assignments", {"agency": "police", "reason": "交管"})
        post("assignments/police/reassign", {"to": "traffic", "reason": "改由交通局管制"})
        post("close", {"reason": "救援完成"})
        caps = _cap(db_dsn, HANDED)
        assert caps[-1][0] == "Cancel"
        assert _addresses(caps[-1][1]) == {"fire", "police", "traffic"}
        cancel = ET.fromstring(caps[-1][1]).findtext("{urn:oasis:names:tc:emergency:cap:1.2}identifier")
        assert cancel
        _until(f"the police desk never received the closure's Cancel {cancel}",
               lambda: [m for m in police if cancel in str(m.get("cap"))])
