"""What the agencies say reaches the correlator through the real ingest store and the
ops service: a 119 dispatch opens its incident by itself, a planned event holds the
crowding and parking it brings aside, undispatched, until the police report working it,
then they join it and it is routed, a police follow-up joins its report, a device's status says why it went offline.

Expectations come from the situation (tests/data/situations/README.md, conventions
3, 9 and 10): a 119 dispatch or an approved permit is enough by itself; evidence a
planned event explains is grouped with it; a follow-up belongs to its report.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from common.vocabulary import IncidentType
from ingest.parsing import limits_from, parse_or_reject
from ingest.store import Message, Store
from ops_center.dispatch import load_routing
from ops_center.queries import held as held_aside
from ops_center.queries import list_incidents
from ops_center.service import OpsService
from tests.integration.ingest.ingest_helpers import register
from web.wall.hub import IncidentItem
from web.wall.topics import load_incidents

pytestmark = pytest.mark.integration

ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")
T0 = datetime(2026, 10, 17, 11, 0, tzinfo=UTC)


def _point(lon: float, lat: float) -> dict[str, object]:
    return {"type": "Point", "coordinates": [lon, lat]}


def publish(conn: psycopg.Connection, settings: Settings, topic: str, doc: dict[str, object], at: datetime) -> None:
    """Store one wire message the way the ingest worker does, received at ``at``."""
    payload = json.dumps(doc, ensure_ascii=False).encode()
    store = Store(conn)
    result = parse_or_reject(topic, payload, at, store.load_registry(), limits_from(settings))
    tally = store.store_batch([Message(topic, payload, result)]).total()
    assert tally.stored == 1, (topic, result)


def drain(svc: OpsService, conn: psycopg.Connection) -> None:
    """Poll until every committed event has been read (bounded by a deadline)."""
    (latest,) = conn.execute("SELECT max(received_at) FROM events").fetchone() or (None,)
    deadline = time.monotonic() + 30
    while True:
        svc.poll_once()
        (wm,) = conn.execute("SELECT events_wm FROM ops_watermarks WHERE consumer = 'ops'").fetchone() or (None,)
        if latest is None or (wm is not None and wm > latest):
            return
        assert time.monotonic() < deadline, "watermark does not advance"


def incidents_of(conn: psycopg.Connection, sources: list[str]) -> dict[str, tuple[str, str]]:
    """source id -> (incident id, incident type) for the given sources' members."""
    rows = conn.execute(
        "SELECT m.source_id, i.incident_id, i.type FROM ops_incident_members m JOIN ops_incidents i "
        "USING (incident_id) WHERE m.source_id = ANY(%s)",
        (sources,),
    ).fetchall()
    return {s: (i, t) for s, i, t in rows}


def test_a_lone_119_dispatch_opens_its_incident_and_its_update_joins_it(db_settings: Settings, unique_id: str) -> None:
    u = unique_id
    fire, amb = f"F-{u}", f"A-{u}"
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        publish(w, db_settings, f"soc/v1/fire/119/{fire}",
                {"ts": T0.isoformat(), "category": "fire", "location": _point(120.6585, 24.193), "text": "建物火警"},
                T0 + timedelta(seconds=20))
        publish(w, db_settings, f"soc/v1/fire/119/{amb}",
                {"ts": T0.isoformat(), "category": "ambulance", "location": _point(120.6420, 24.1700),
                 "text": "路倒 救護車出勤"}, T0 + timedelta(seconds=30))
        drain(svc, c)
        opened = incidents_of(c, [fire, amb])
        assert opened[fire][1] == "fire"
        assert opened[amb][1] == "rescue"
        assert opened[fire][0] != opened[amb][0]
        # the crew on scene 9 minutes later, reported from 300 m away (the command post)
        publish(w, db_settings, f"soc/v1/fire/119/{fire}",
                {"ts": (T0 + timedelta(minutes=9)).isoformat(), "category": "fire", "status": "on_scene",
                 "location": _point(120.6615, 24.193)}, T0 + timedelta(minutes=9, seconds=5))
        drain(svc, c)
        n = c.execute("SELECT count(DISTINCT incident_id) FROM ops_incident_members WHERE source_id = %s",
                      (fire,)).fetchone()
        assert n == (1,)


def test_a_planned_event_holds_the_crowding_it_brings_until_the_police_work_it(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    u = unique_id
    cams = [f"CC1-{u}", f"CC2-{u}"]
    register(db_dsn, [(c, "cctv") for c in cams])
    permit = f"P-{u}"
    start, end = T0 + timedelta(minutes=30), T0 + timedelta(hours=3, minutes=30)
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        # the permit arrives eleven hours ahead
        publish(w, db_settings, f"soc/v1/police/planned_event/{permit}",
                {"ts": (T0 - timedelta(hours=11)).isoformat(), "category": "concert", "start": start.isoformat(),
                 "end": end.isoformat(), "title": "戶外演唱會", "expected_attendance": 25_000,
                 "area": {"type": "Point", "coordinates": [120.652, 24.185], "radius_m": 400}},
                T0 - timedelta(hours=11) + timedelta(seconds=30))
        drain(svc, c)
        late = start + timedelta(hours=2)  # the crowd as the concert ends, two hours after its start
        items: list[tuple[str, str, dict[str, object], datetime]] = [
            (cams[0], f"soc/v1/police/cctv/{cams[0]}", {"event": "crowding", "confidence": 0.9, "motion": "standing",
                                                         "location": _point(120.6523, 24.1852)}, late),
            (cams[1], f"soc/v1/police/cctv/{cams[1]}", {"event": "crowding", "confidence": 0.8, "motion": "moving",
                                                         "location": _point(120.6535, 24.1860)},
             late + timedelta(minutes=5)),
        ]
        for i, (lon, lat, cat) in enumerate([(120.6514, 24.1866, "crowding"), (120.6540, 24.1845, "noise"),
                                             (120.6506, 24.1839, "illegal_parking")]):
            case = f"C{i}-{u}"
            at = late + timedelta(minutes=10 + 7 * i)
            items.append((case, f"soc/v1/citizen/1999/{case}",
                          {"caseId": case, "category": cat, "district": "西屯區", "location": _point(lon, lat),
                           "createdAt": at.isoformat()}, at))
        for _sid, topic, doc, at in items:
            body = doc if "caseId" in doc else {"ts": at.isoformat(), **doc}
            publish(w, db_settings, topic, body, at + timedelta(seconds=40))
            drain(svc, c)
        held = incidents_of(c, [permit, *(s for s, *_ in items)])
        (planned,) = list_incidents(c, incident_id=held[permit][0])
        board = load_incidents(c, datetime.now(UTC))[held[permit][0]]  # what the console lists
        sent_planned = {a.agency.value for a in svc.dispatcher.assignments(held[permit][0])}
        kept = held_aside(c, held[permit][0])  # what the console lists as held aside
        # the police report controlling the crowd at the exit: the concert is a job
        control, at = f"CC-{u}", late + timedelta(minutes=40)
        publish(w, db_settings, f"soc/v1/police/incident/{control}",
                {"ts": at.isoformat(), "category": "crowd_control", "severity": "Minor", "unit": "第六分局",
                 "location": _point(120.6521, 24.1851), "text": "演唱會散場 人潮管制"}, at + timedelta(seconds=30))
        drain(svc, c)
        got = incidents_of(c, [permit, control, *(s for s, *_ in items)])
        (job,) = list_incidents(c, incident_id=got[permit][0])
        kept_job = held_aside(c, got[permit][0])
        sent_job = {a.agency.value for a in svc.dispatcher.assignments(got[permit][0])}
    assert set(held) == {permit}, "an effect joined a concert nobody reported working"
    assert sent_planned == set(), "a planned event nobody works was dispatched to agencies who must acknowledge it"
    routed = {a.value for a in ROUTING.route(IncidentType.CROWD).agencies}
    assert sent_job == routed, "the event the police work is not dispatched"
    assert (planned.planned, planned.held) == (True, len(items)), "the read model hides what the permit explains"
    assert (job.planned, job.held) == (False, 0)
    assert [(h.source_id, h.category) for h in kept] == [
        (sid, str(doc.get("category") or doc.get("event"))) for sid, _t, doc, _at in items], \
        "which reports the permit explains is not stored"
    assert kept_job == [], "a worked event still lists held-aside reports, now its evidence"
    assert isinstance(board, IncidentItem)
    assert (board.planned, board.held) == (True, len(items)), "the console's board hides what the permit explains"
    assert got[permit][1] == "crowd"
    assert {s: got.get(s) for s, *_ in [*items, (control,)]} == {s: got[permit] for s, *_ in [*items, (control,)]}


def test_a_police_follow_up_joins_the_report_it_follows(db_settings: Settings, unique_id: str) -> None:
    u = unique_id
    first, follow, other = f"R1-{u}", f"R2-{u}", f"R3-{u}"
    report = {"category": "traffic_accident", "severity": "Moderate", "unit": "第六分局"}
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        publish(w, db_settings, f"soc/v1/police/incident/{first}",
                {**report, "ts": T0.isoformat(), "location": _point(120.65496, 24.19582), "text": "車禍 1人受傷"},
                T0 + timedelta(seconds=30))
        later = T0 + timedelta(minutes=20)
        # written at the precinct 900 m away: placed by its link, not by its position
        publish(w, db_settings, f"soc/v1/police/incident/{follow}",
                {**report, "ts": later.isoformat(), "location": _point(120.6640, 24.1930), "follows": [first],
                 "text": "前案 現場處理完畢 車輛已移置"}, later + timedelta(seconds=30))
        # the same words from the same place without the link: another crash
        publish(w, db_settings, f"soc/v1/police/incident/{other}",
                {**report, "ts": later.isoformat(), "location": _point(120.6640, 24.1930), "text": "車禍"},
                later + timedelta(seconds=40))
        drain(svc, c)
        got = incidents_of(c, [first, follow, other])
    assert got[follow] == got[first]
    assert got[other] != got[first]



def test_a_permit_for_tonight_does_not_age_the_incidents_of_this_morning(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    u = unique_id
    panel, call1, call2, permit = f"FA-{u}", f"C1-{u}", f"C2-{u}", f"P-{u}"
    register(db_dsn, [(panel, "fire_alarm")])

    def call(case: str, at: datetime) -> dict[str, object]:
        # 30 m from the panel (register() places devices at 120.6564, 24.1819)
        return {"caseId": case, "category": "fire_smoke", "district": "西屯區", "location": _point(120.6566, 24.1821),
                "createdAt": at.isoformat(), "subCategory": "大樓冒煙"}

    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        publish(w, db_settings, f"soc/v1/disaster/fire_alarm/{panel}", {"ts": T0.isoformat(), "state": "alarm"},
                T0 + timedelta(seconds=5))
        publish(w, db_settings, f"soc/v1/citizen/1999/{call1}", call(call1, T0 + timedelta(minutes=1)),
                T0 + timedelta(minutes=1, seconds=30))
        drain(svc, c)
        publish(w, db_settings, f"soc/v1/police/planned_event/{permit}",
                {"ts": (T0 + timedelta(minutes=2)).isoformat(), "category": "march",
                 "start": (T0 + timedelta(hours=8)).isoformat(), "end": (T0 + timedelta(hours=10)).isoformat(),
                 "area": {"type": "Point", "coordinates": [120.64, 24.17], "radius_m": 300}},
                T0 + timedelta(minutes=2, seconds=10))
        drain(svc, c)
        publish(w, db_settings, f"soc/v1/citizen/1999/{call2}", call(call2, T0 + timedelta(minutes=4)),
                T0 + timedelta(minutes=4, seconds=30))
        drain(svc, c)
        got = incidents_of(c, [panel, call1, call2])
    assert got[call2] == got[call1] == got[panel]
    assert got[panel][1] == "fire"


def test_a_local_flood_warning_opens_a_flood_and_its_update_joins_it(db_settings: Settings, unique_id: str) -> None:
    u = unique_id
    first, update = f"WRA-{u}-1", f"WRA-{u}-2"

    def cap(ident: str, at: datetime, circle: str, msg_type: str, refs: str | None) -> dict[str, object]:
        doc: dict[str, object] = {
            "identifier": ident, "sender": "wra@wra.gov.tw", "sent": at.isoformat(), "status": "Actual",
            "msgType": msg_type,
            "info": {"event": "淹水", "severity": "Severe", "area": {"areaDesc": "經貿路", "circle": circle}},
        }
        if refs is not None:
            doc["references"] = refs
        return doc

    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        publish(w, db_settings, f"soc/v1/disaster/cap/{first}", cap(first, T0, "24.1900,120.6580 0.3", "Alert", None),
                T0 + timedelta(seconds=20))
        later = T0 + timedelta(minutes=30)
        # the warning moved 1.6 km south with the water
        publish(w, db_settings, f"soc/v1/disaster/cap/{update}",
                cap(update, later, "24.1755,120.6580 0.3", "Update", f"wra@wra.gov.tw,{first},{T0.isoformat()}"),
                later + timedelta(seconds=20))
        drain(svc, c)
        got = incidents_of(c, [first, update])
    assert got[first][1] == "flood"
    assert got[update] == got[first]


def test_a_confident_crash_detection_opens_a_job_and_a_doubtful_one_waits(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    """The analytics' confidence travels from the camera's payload to the correlator: a
    crash seen at 0.9 opens a traffic job at once; one at 0.3, 3 km off, opens nothing."""
    u = unique_id
    sure, doubt = f"CS-{u}", f"CD-{u}"
    register(db_dsn, [(sure, "cctv"), (doubt, "cctv")])
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        for cam, conf, lon in ((sure, 0.9, 120.6450), (doubt, 0.3, 120.6750)):
            publish(w, db_settings, f"soc/v1/police/cctv/{cam}",
                    {"ts": T0.isoformat(), "event": "accident", "confidence": conf, "location": _point(lon, 24.1800)},
                    T0 + timedelta(seconds=5))
        drain(svc, c)
        got = incidents_of(c, [sure, doubt])
        logged = c.execute(
            "SELECT item ->> 'source_id', (item ->> 'confidence')::float8 FROM ops_feed_log "
            "WHERE item ->> 'source_id' = ANY(%s)",
            ([sure, doubt],),
        ).fetchall()
    assert got[sure][1] == "traffic"
    assert doubt not in got
    assert sorted(logged) == sorted([(sure, 0.9), (doubt, 0.3)])


def test_a_device_s_own_reason_for_going_offline_reaches_the_correlator(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    # a fire at the registered devices' place; a car-park sign there says its link dropped
    # (its own matter, no part of the fire), a camera there that its mains power was lost
    # (the fire cut its supply: the fire's)
    u = unique_id
    fire, sign, cam = f"F-{u}", f"PK-{u}", f"CC-{u}"
    register(db_dsn, [(sign, "parking"), (cam, "cctv")])
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        publish(w, db_settings, f"soc/v1/fire/119/{fire}",
                {"ts": T0.isoformat(), "category": "fire", "location": _point(120.6564, 24.1819), "text": "建物火警"},
                T0 + timedelta(seconds=20))
        for topic, reason, minutes in ((f"soc/v1/traffic/parking/{sign}/status", "comms_lost", 10),
                                       (f"soc/v1/police/cctv/{cam}/status", "mains_power_lost", 12)):
            at = T0 + timedelta(minutes=minutes)
            publish(w, db_settings, topic, {"ts": at.isoformat(), "state": "offline", "reason": reason},
                    at + timedelta(seconds=2))
        drain(svc, c)
        placed = incidents_of(c, [fire, sign, cam])
        logged = c.execute(
            "SELECT item ->> 'source_id', item ->> 'reason', coalesce(item ->> 'text', '') FROM ops_feed_log "
            "WHERE item ->> 'source_id' = ANY(%s)",
            ([sign, cam],),
        ).fetchall()
        assert placed[fire][1] == "fire"
        assert placed[cam][0] == placed[fire][0]
        assert sign not in placed
        # the reason is the item's field, not words of its text, and the replay log keeps it:
        # restarted (the correlator rebuilt from the log), the sign's return after its link
        # dropped is still no part of the fire
        assert sorted(logged) == sorted([(sign, "comms_lost", ""), (cam, "mains_power_lost", "")])
        again = OpsService(c, ROUTING, idle_after_s=None)
        again.start()
        back = T0 + timedelta(minutes=14)
        publish(w, db_settings, f"soc/v1/traffic/parking/{sign}/status", {"ts": back.isoformat(), "state": "online"},
                back + timedelta(seconds=2))
        drain(again, c)
        assert sign not in incidents_of(c, [sign])



def test_a_119_hazmat_dispatch_opens_a_hazmat_incident_routed_to_its_team(
    db_settings: Settings, unique_id: str
) -> None:
    """119's hazmat team sent to a gas leak (危險物品): the stored incident is of type hazmat
    (the database's type check takes it) and goes to the fire bureau, the environmental
    protection bureau and the police (ops_center/routing.yaml)."""
    leak = f"H-{unique_id}"
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        publish(w, db_settings, f"soc/v1/fire/119/{leak}",
                {"ts": T0.isoformat(), "category": "hazmat", "location": _point(120.6500, 24.1850),
                 "text": "施工挖破天然氣管 瓦斯外洩 派遣危險物品處理小組"}, T0 + timedelta(seconds=20))
        drain(svc, c)
        opened = incidents_of(c, [leak])
        assert opened[leak][1] == IncidentType.HAZMAT.value
        sent = {a.agency.value for a in svc.dispatcher.assignments(opened[leak][0])}
        assert sent == {"fire", "environment", "police"}


def test_a_119_fire_at_a_crash_sends_the_fire_route_s_agencies_with_the_crash_s(
    db_settings: Settings, unique_id: str
) -> None:
    """A police crash report, then the fire bureau's 119 dispatch of a car burning at the same
    point: the fire joins the crash, and the job gets the fire route's agencies (fire, police,
    environment: ops_center/routing.yaml) beside the crash's (traffic, police), each with its
    acknowledgement and deadline tracked (docs/ops_center.md, "Dispatch")."""
    u = unique_id
    crash, fire = f"R-{u}", f"119-{u}"
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        publish(w, db_settings, f"soc/v1/police/incident/{crash}",
                {"ts": T0.isoformat(), "category": "車禍", "severity": "Moderate", "unit": "西屯分局",
                 "location": _point(120.6420, 24.1650), "text": "兩車碰撞"}, T0 + timedelta(seconds=5))
        drain(svc, c)
        publish(w, db_settings, f"soc/v1/fire/119/{fire}",
                {"ts": (T0 + timedelta(seconds=30)).isoformat(), "category": "fire", "severity": "Severe",
                 "location": _point(120.6420, 24.1650), "text": "車輛起火，火勢延燒至路旁店面"},
                T0 + timedelta(seconds=35))
        drain(svc, c)
        placed = incidents_of(c, [crash, fire])
        assert placed[crash][0] == placed[fire][0], placed
        sent = {(a, r) for a, r in c.execute(
            "SELECT agency, reason FROM ops_assignment_transitions WHERE incident_id = %s AND from_state IS NULL",
            (placed[crash][0],)).fetchall()}
        (row,) = list_incidents(c, incident_id=placed[crash][0], limit=1)
    assert {a for a, _ in sent} == {"traffic", "police", "fire", "environment"}, sent
    assert ("fire", "route fire (its evidence holds a fire)") in sent, sent
    # ``agencies`` says who reported its evidence (the feed domains), not who was sent.
    assert sorted(row.agencies) == ["fire", "police"], row.agencies


def test_a_119_update_dated_before_its_dispatch_leaves_the_incident_s_first_evidence_at_the_dispatch(
    db_settings: Settings, unique_id: str,
) -> None:
    """A command centre whose clock jumped back 10 min sends the case's ``on_scene`` dated before
    its dispatch: the update is stored and joins the case's fire, and the fire's first evidence
    (which the evidence→dispatch measure reads, docs/kpi.md) stays the dispatch's time."""
    fire = f"F-{unique_id}"
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        t0 = T0 + timedelta(days=3)  # apart from the other tests' fires in this database
        doc = {"category": "fire", "location": _point(120.6480, 24.1810), "text": "建物火警"}
        publish(w, db_settings, f"soc/v1/fire/119/{fire}", doc | {"ts": t0.isoformat()},
                t0 + timedelta(seconds=0.1))
        drain(svc, c)
        publish(w, db_settings, f"soc/v1/fire/119/{fire}",
                doc | {"ts": (t0 - timedelta(minutes=10)).isoformat(), "status": "on_scene"},
                t0 + timedelta(seconds=0.4))
        drain(svc, c)
        rows = c.execute(
            "SELECT i.first_evidence_at, count(*) FROM ops_incident_members m JOIN ops_incidents i "
            "USING (incident_id) WHERE m.source_id = %s GROUP BY i.incident_id", (fire,)).fetchall()
        assert rows == [(t0, 2)]  # the case's two rows in one incident, begun at the dispatch
