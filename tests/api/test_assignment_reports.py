"""An agency's report that is no move of its assignment: refused at the API.

The route publishes the report for the ops service, another process, to apply. A
report that is no move from the stored state (cancelled, cleared, already past that
state, or a step ahead of it) is 409 problem+json naming the stored state and the
allowed moves, with nothing published or audited, instead of a 202 the service would
only audit as rejected. A repeat of the stored state stays 202
(the service treats it as a no-op, as a QoS 1 redelivery).
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import psycopg
import pytest

from ops_center.cap_exchange import CENTER_SENDER, ack_message, message_ref
from tests import http_calls
from tests.api.conftest import auth
from tests.api.ops_thread import ops_service
from tests.api.test_auth import is_problem
from tests.fix_mqtt import connect_client

INC = f"inc-rep-{uuid.uuid4().hex[:8]}"
#: An incident whose fire assignment is acknowledged by many at once.
RACE = f"inc-race-{uuid.uuid4().hex[:8]}"
#: An incident whose assigned fire assignment is reported cleared over MQTT.
LEAP = f"inc-leap-{uuid.uuid4().hex[:8]}"
#: An incident whose assigned fire assignment is acknowledged over MQTT, twice.
LAND = f"inc-land-{uuid.uuid4().hex[:8]}"
#: An incident whose assigned fire assignment gets reports that do not parse.
GARBLE = f"inc-garble-{uuid.uuid4().hex[:8]}"
#: An incident whose assigned fire assignment is acknowledged with the retain flag set.
KEPT = f"inc-kept-{uuid.uuid4().hex[:8]}"
#: An incident whose acknowledged water and police assignments get two reports at once, while
#: the service stores nothing (the first stays pending).
PEND = f"inc-pend-{uuid.uuid4().hex[:8]}"
INCIDENTS = (INC, RACE, LEAP, LAND, GARBLE, KEPT, PEND)  # their retained assignments are cleared after the service

INSERT_INCIDENT = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, hull)
VALUES (%(inc)s, 'fire', 'open', 'Severe', 3100, ARRAY['disaster'], 1, %(t)s, %(t)s, %(t)s,
    %(t)s, ST_SetSRID(ST_MakePoint(120.6528, 24.1972), 4326),
    ST_SetSRID(ST_MakePoint(120.6528, 24.1972), 4326))
"""
INSERT_ASSIGNMENT = """
INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since,
    deadline) VALUES (%s, %s, %s, 'all', %s, %s, %s)
"""
#: agency -> its stored state.
STORED = {"fire": "cancelled", "police": "cleared", "water": "on_scene", "traffic": "assigned"}


@pytest.fixture(scope="module")
def seeded(db_dsn: str, live_app: object) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    t = now - timedelta(minutes=5)
    with psycopg.connect(db_dsn) as conn:
        conn.execute(INSERT_INCIDENT, {"inc": INC, "t": t})
        for agency, state in STORED.items():
            conn.execute(INSERT_ASSIGNMENT, (INC, agency, state, t, t, now + timedelta(minutes=5)))
        conn.execute(INSERT_INCIDENT, {"inc": RACE, "t": t})
        conn.execute(INSERT_ASSIGNMENT, (RACE, "fire", "assigned", t, t, now + timedelta(minutes=5)))
        conn.execute(INSERT_INCIDENT, {"inc": LEAP, "t": t})
        conn.execute(INSERT_ASSIGNMENT, (LEAP, "fire", "assigned", t, t, now + timedelta(minutes=5)))
        conn.execute(INSERT_INCIDENT, {"inc": LAND, "t": t})
        conn.execute(INSERT_ASSIGNMENT, (LAND, "fire", "assigned", t, t, now + timedelta(minutes=5)))
        conn.execute(INSERT_INCIDENT, {"inc": GARBLE, "t": t})
        conn.execute(INSERT_ASSIGNMENT, (GARBLE, "fire", "assigned", t, t, now + timedelta(minutes=5)))
        conn.execute(INSERT_INCIDENT, {"inc": PEND, "t": t})
        for agency in ("water", "police"):
            conn.execute(INSERT_ASSIGNMENT, (PEND, agency, "acknowledged", t, t, None))
        conn.execute(INSERT_INCIDENT, {"inc": KEPT, "t": t})
        conn.execute(INSERT_ASSIGNMENT, (KEPT, "fire", "assigned", t, t, now + timedelta(minutes=5)))


def reports(db_dsn: str) -> list[tuple[str, str]]:
    with psycopg.connect(db_dsn) as conn:
        rows = conn.execute("SELECT detail->>'agency', detail->>'state' FROM audit_log"
                            " WHERE subject_id = %s AND action = 'assignment.report' ORDER BY id",
                            (INC,)).fetchall()
    return [(str(a), str(s)) for a, s in rows]


#: agency -> the moves an agency may report from its stored state (``/api/vocabulary``).
ALLOWED = {"fire": [], "police": [], "water": ["cleared"], "traffic": ["acknowledged"]}


@pytest.mark.parametrize(("agency", "state"), [
    ("fire", "acknowledged"),    # cancelled: a coordinator took the job away
    ("fire", "on_scene"),
    ("police", "acknowledged"),  # cleared: the job is over
    ("water", "acknowledged"),   # on scene: acknowledging is behind it
    ("water", "en_route"),
    ("traffic", "on_scene"),     # assigned: only an acknowledgement follows
    ("traffic", "cleared"),
    ("traffic", "en_route"),
])
def test_a_report_that_is_no_move_from_the_stored_state_is_409_and_not_published(
    api: httpx.Client, accounts: dict[str, str], seeded: None, db_dsn: str, agency: str,
    state: str,
) -> None:
    before = reports(db_dsn)
    r = api.post(f"/api/incidents/{INC}/assignments/{agency}/status",
                 headers=auth(accounts["coord"]), json={"state": state, "note": "重複 ✓"})
    problem = is_problem(r, 409)
    assert (problem["resource"], problem["key"]) == ("assignment", f"{INC}/{agency}")
    assert STORED[agency] in problem["detail"]
    assert (problem["state"], problem["allowed"]) == (STORED[agency], ALLOWED[agency])
    assert reports(db_dsn) == before


def test_a_repeat_or_a_move_from_the_stored_state_is_accepted(
    api: httpx.Client, accounts: dict[str, str], seeded: None, db_dsn: str
) -> None:
    coord = auth(accounts["coord"])
    for agency, state in (("police", "cleared"), ("water", "on_scene"), ("water", "cleared"),
                          ("traffic", "acknowledged")):
        r = api.post(f"/api/incidents/{INC}/assignments/{agency}/status", headers=coord,
                     json={"state": state})
        assert r.status_code == 202, r.text
    assert reports(db_dsn)[-4:] == [("police", "cleared"), ("water", "on_scene"), ("water", "cleared"),
                                    ("traffic", "acknowledged")]


def test_a_report_after_one_published_and_not_yet_stored_follows_that_one(
    api: httpx.Client, accounts: dict[str, str], seeded: None, db_dsn: str
) -> None:
    """Two reports sent at once while the service has stored neither (it is not running
    here): the first counts as a step taken, so the second is checked against it, not
    against the stored state. A step back from it is 409 (what the service would refuse),
    naming the stored state, the pending one and the moves from the pending one, with
    nothing published or audited; a repeat of it or a move from it is 202."""
    coord = auth(accounts["coord"])

    def report(agency: str, state: str) -> httpx.Response:
        return api.post(f"/api/incidents/{PEND}/assignments/{agency}/status", headers=coord,
                        json={"state": state})

    def published() -> list[tuple[str, str]]:
        with psycopg.connect(db_dsn) as conn:
            return [(str(a), str(s)) for a, s in conn.execute(
                "SELECT detail->>'agency', detail->>'state' FROM audit_log WHERE subject_id = %s"
                " AND action = 'assignment.report' ORDER BY id", (PEND,))]

    for agency, first, refused, allowed in (("water", "en_route", "acknowledged", ["on_scene"]),
                                            ("police", "cleared", "en_route", [])):
        assert report(agency, first).status_code == 202
        before = published()
        problem = is_problem(report(agency, refused), 409)
        assert (problem["state"], problem["pending"], problem["allowed"]) == ("acknowledged", first, allowed)
        assert f"is acknowledged, with {first} reported and not stored yet" in problem["detail"]
        assert published() == before
    assert report("water", "en_route").status_code == 202  # a repeat of the pending one
    assert report("water", "on_scene").status_code == 202  # a move on from it
    # The service refused the police's cleared (as it does when the job moved meanwhile): no
    # step taken, so a move from the stored state is taken again.
    with psycopg.connect(db_dsn) as conn:
        conn.execute("INSERT INTO audit_log (actor, action, subject_type, subject_id, reason, detail)"
                     " VALUES ('agency-police', 'dispatch.rejected', 'incident', %s,"
                     " 'AssignmentTransitionError', %s)",
                     (PEND, json.dumps({"error": "refused", "state": "cleared", "by": "coord"})))
    assert report("police", "en_route").status_code == 202
    assert published() == [("water", "en_route"), ("police", "cleared"), ("water", "en_route"),
                           ("water", "on_scene"), ("police", "en_route")]


def test_a_note_the_center_cannot_store_is_422_naming_the_field(
    api: httpx.Client, accounts: dict[str, str], seeded: None, db_dsn: str
) -> None:
    before = reports(db_dsn)
    for note in ("a\x00b", "\x00"):
        r = api.post(f"/api/incidents/{INC}/assignments/traffic/status",
                     headers=auth(accounts["coord"]), json={"state": "on_scene", "note": note})
        problem = is_problem(r, 422)
        assert [e["loc"] for e in problem["errors"]] == ["body.note"], problem
    assert reports(db_dsn) == before


def test_the_same_acknowledgement_over_http_and_cap_at_once_moves_the_assignment_once(
    api: httpx.Client, accounts: dict[str, str], seeded: None, live_app: Any, db_dsn: str
) -> None:
    """Four members press "acknowledge" while the agency's system sends two CAP Acks: one
    move, no rejection audited, the later reports no-ops (the service applies reports
    one by one from its queue)."""
    fire = auth(accounts["fire1"])
    path = f"/api/incidents/{RACE}/assignments/fire/status"
    answers: list[int] = []
    now = datetime.now(UTC)

    def press() -> None:
        with http_calls.client(base_url=live_app.url, timeout=60) as client:
            answers.append(client.post(path, headers=fire, json={"state": "acknowledged"}).status_code)

    with ops_service(live_app.settings, INCIDENTS):
        desk = connect_client(live_app.settings, "agency-fire")
        try:
            threads = [threading.Thread(target=press) for _ in range(4)]
            for th in threads:
                th.start()
            for n in range(2):
                ack = ack_message(message_ref("fire.taichung", f"ack-{RACE}-{n}", now),
                                  message_ref(CENTER_SENDER, f"{RACE}-1", now))
                desk.publish(f"soc/v1/dispatch/fire/ack/{RACE}", ack, qos=1).wait_for_publish(10)
            for th in threads:
                th.join(60)
            assert answers == [202] * 4
            # A later move through the same queue: once it is stored, the acks before it are applied.
            assert api.post(path, headers=fire, json={"state": "en_route"}).status_code == 202
            deadline = time.monotonic() + 30
            while (api.get(f"/api/incidents/{RACE}", headers=fire).json()["assignments"][0]["state"]
                   != "en_route"):
                assert time.monotonic() < deadline, "the en_route report was never applied"
                time.sleep(0.05)
        finally:
            desk.disconnect()
            desk.loop_stop()
            center = connect_client(live_app.settings, "center")  # the ops service's retained message
            center.publish(f"soc/v1/dispatch/fire/assignment/{RACE}", b"", qos=1,
                           retain=True).wait_for_publish(5)
            center.disconnect()
            center.loop_stop()
    moves = api.get(f"/api/incidents/{RACE}", headers=fire).json()["assignment_moves"]
    assert [(m["from_state"], m["to_state"]) for m in moves if m["from_state"]] == [
        ("assigned", "acknowledged"), ("acknowledged", "en_route")]
    with psycopg.connect(db_dsn) as conn:
        rejected = conn.execute("SELECT count(*) FROM audit_log WHERE subject_id = %s"
                                " AND action = 'dispatch.rejected'", (RACE,)).fetchone()
    assert rejected == (0,)


def test_a_report_the_service_refuses_is_told_to_the_agency_and_kept_on_the_timeline(
    api: httpx.Client, accounts: dict[str, str], seeded: None, live_app: Any
) -> None:
    """An agency's own system sends ``cleared`` for an assignment still ``assigned``, over
    MQTT: the service refuses it, replies on the agency's ``reply`` topic with the stored
    state and the moves it may report, and the incident's timeline keeps the refusal."""
    replies: list[dict[str, Any]] = []
    got = threading.Event()
    desk = connect_client(live_app.settings, "agency-fire")

    def on_message(_c: object, _u: object, msg: Any) -> None:
        replies.append({"topic": msg.topic, "retain": msg.retain, **json.loads(msg.payload)})
        got.set()

    desk.on_message = on_message
    try:
        desk.subscribe(f"soc/v1/dispatch/fire/reply/{LEAP}", qos=1)
        with ops_service(live_app.settings, INCIDENTS):
            body = json.dumps({"state": "cleared", "by": "消防系統", "note": "已完成"}).encode()
            desk.publish(f"soc/v1/dispatch/fire/status/{LEAP}", body, qos=1).wait_for_publish(10)
            assert got.wait(30), "no reply to the refused report"
    finally:
        desk.disconnect()
        desk.loop_stop()
    assert replies == [{
        "topic": f"soc/v1/dispatch/fire/reply/{LEAP}", "retain": False, "incident_id": LEAP,
        "accepted": False, "agency": "fire", "state": "cleared", "current": "assigned",
        "allowed": ["acknowledged"], "by": "消防系統", "note": "已完成", "at": replies[0]["at"],
        "reason": f"assignment {LEAP}/fire: illegal transition assigned -> cleared"}]
    detail = api.get(f"/api/incidents/{LEAP}", headers=auth(accounts["fire1"])).json()
    assert detail["assignments"][0]["state"] == "assigned"
    refused = [h for h in detail["timeline"] if h["action"] == "report_refused"]
    assert [(h["actor"], h["detail"]["state"], h["detail"]["current"], h["detail"]["allowed"])
            for h in refused] == [("agency-fire", "cleared", "assigned", ["acknowledged"])]


def test_a_report_the_service_makes_is_told_to_the_agency_as_accepted(
    api: httpx.Client, accounts: dict[str, str], seeded: None, live_app: Any
) -> None:
    """An agency's own system acknowledges an assigned assignment over MQTT, then sends the
    same report again (a QoS 1 redelivery): each is answered on the agency's ``reply`` topic
    as accepted, with the state now stored and the moves it may report next, so the agency
    knows its report landed."""
    replies: list[dict[str, Any]] = []
    lock = threading.Condition()
    desk = connect_client(live_app.settings, "agency-fire")

    def on_message(_c: object, _u: object, msg: Any) -> None:
        with lock:
            replies.append({"topic": msg.topic, "retain": msg.retain, **json.loads(msg.payload)})
            lock.notify_all()

    desk.on_message = on_message
    try:
        desk.subscribe(f"soc/v1/dispatch/fire/reply/{LAND}", qos=1)
        with ops_service(live_app.settings, INCIDENTS):
            body = json.dumps({"state": "acknowledged", "by": "消防系統", "note": "收到"}).encode()
            for n in (1, 2):
                desk.publish(f"soc/v1/dispatch/fire/status/{LAND}", body, qos=1).wait_for_publish(10)
                with lock:
                    assert lock.wait_for(lambda n=n: len(replies) >= n, 30), f"no reply to report {n}"
    finally:
        desk.disconnect()
        desk.loop_stop()
    assert replies == [{
        "topic": f"soc/v1/dispatch/fire/reply/{LAND}", "retain": False, "incident_id": LAND,
        "accepted": True, "agency": "fire", "state": "acknowledged", "current": "acknowledged",
        "allowed": ["en_route", "on_scene", "cleared"], "by": "消防系統", "note": "收到", "reason": "",
        "at": r["at"]} for r in replies]
    detail = api.get(f"/api/incidents/{LAND}", headers=auth(accounts["fire1"])).json()
    assert detail["assignments"][0]["state"] == "acknowledged"
    assert [h for h in detail["timeline"] if h["action"] == "report_refused"] == []


def test_a_report_that_does_not_parse_or_names_no_assignment_is_answered_with_the_reason(
    api: httpx.Client, accounts: dict[str, str], seeded: None, live_app: Any
) -> None:
    """An agency desk's reports that the center cannot take (a misspelt state, a field the
    contract does not have, no JSON; a well-formed report on an incident it has no assignment
    on) are each answered on its ``reply`` topic as refused with the reason, so the desk
    does not believe it acknowledged; the ones on its own incident are on the timeline."""
    unknown = f"inc-none-{uuid.uuid4().hex[:8]}"
    sent = {
        GARBLE: [b'{"state": "Acknowledged", "by": "x"}', b'{"state": "acknowledged", "by": "x", "eta_min": 10}',
                 b"not json"],
        unknown: [b'{"state": "acknowledged"}'],
    }
    replies: list[dict[str, Any]] = []
    lock = threading.Condition()
    desk = connect_client(live_app.settings, "agency-fire")

    def on_message(_c: object, _u: object, msg: Any) -> None:
        with lock:
            replies.append({"topic": msg.topic, **json.loads(msg.payload)})
            lock.notify_all()

    desk.on_message = on_message
    try:
        desk.subscribe("soc/v1/dispatch/fire/reply/#", qos=1)
        with ops_service(live_app.settings, INCIDENTS):
            for inc, bodies in sent.items():
                for body in bodies:
                    desk.publish(f"soc/v1/dispatch/fire/status/{inc}", body, qos=1).wait_for_publish(10)
            with lock:
                assert lock.wait_for(lambda: len(replies) >= 4, 30), f"replies: {replies}"
    finally:
        desk.disconnect()
        desk.loop_stop()
    assert sorted((r["topic"].rsplit("/", 1)[1], r["accepted"], r["current"]) for r in replies) == sorted(
        [(GARBLE, False, "assigned")] * 3 + [(unknown, False, None)])
    assert all(r["reason"] for r in replies)
    assert [r["allowed"] for r in replies if r["incident_id"] == GARBLE] == [["acknowledged"]] * 3
    detail = api.get(f"/api/incidents/{GARBLE}", headers=auth(accounts["fire1"])).json()
    assert detail["assignments"][0]["state"] == "assigned"
    refused = [h for h in detail["timeline"] if h["action"] == "report_refused"]
    assert [(h["actor"], h["detail"]["current"], h["detail"]["allowed"]) for h in refused] == [
        ("agency-fire", "assigned", ["acknowledged"])] * 3


def test_a_report_sent_with_the_retain_flag_is_refused_and_the_desk_is_told_why(
    api: httpx.Client, accounts: dict[str, str], seeded: None, live_app: Any
) -> None:
    """Many MQTT tools set the retain flag by default. The center refuses a retained report
    (kept by the broker it would be applied again at every subscription), but says so: on the
    desk's ``reply`` topic with the reason and on the timeline, so the desk does not believe
    it acknowledged while its assignment escalates."""
    replies: list[dict[str, Any]] = []
    got = threading.Event()
    desk = connect_client(live_app.settings, "agency-fire")

    def on_message(_c: object, _u: object, msg: Any) -> None:
        if msg.payload:
            replies.append({"topic": msg.topic, **json.loads(msg.payload)})
            got.set()

    desk.on_message = on_message
    try:
        desk.subscribe(f"soc/v1/dispatch/fire/reply/{KEPT}", qos=1)
        with ops_service(live_app.settings, INCIDENTS):
            body = json.dumps({"state": "acknowledged", "by": "desk"}).encode()
            desk.publish(f"soc/v1/dispatch/fire/status/{KEPT}", body, qos=1, retain=True).wait_for_publish(10)
            assert got.wait(30), "no reply to the retained report"
    finally:
        desk.disconnect()
        desk.loop_stop()
    # The service's session outlives its restarts: a report queued for it while it was away
    # comes once queued and once more as the retained copy of its subscription, each refused.
    assert replies
    assert {(r["accepted"], r["current"], r["error"]) for r in replies} == {(False, "assigned", "retained")}
    assert all("retain flag" in r["reason"] for r in replies)
    detail = api.get(f"/api/incidents/{KEPT}", headers=auth(accounts["fire1"])).json()
    assert detail["assignments"][0]["state"] == "assigned"
    refused = [h for h in detail["timeline"] if h["action"] == "report_refused"]
    assert refused
    assert {(h["actor"], h["detail"]["current"]) for h in refused} == {("agency-fire", "assigned")}
