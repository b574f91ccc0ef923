"""A coordinator's dispatch turns a planned event into a job, through the ops service on the
real database, and a restarted service keeps it so.

Described situation (the coordinator's expectation, docs/ops_center.md): an outdoor concert
runs under a police permit; as it ends its audience crowds the exits (two cameras) and a
citizen calls 1999 about cars parked along the road. The center holds them aside as the
concert's expected effects: the concert is planned, quiet, dispatched to nobody. The
coordinator sees the crowd pressing at the gate and dispatches the fire brigade from the
console. From then on the concert is a job like any other: not planned, the three reports
its evidence, routed to the crowd's agencies with the brigade among them, the dispatch a
command done under the coordinator's name, and the decision survives a restart of the ops
center: a noise complaint after the restart joins the job instead of being held aside.
"""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from common.vocabulary import IncidentType
from ops_center.api import CommandKind, CommandState, get_command, submit_command
from ops_center.queries import held as held_aside
from ops_center.queries import history, list_incidents, members
from ops_center.service import OpsService
from tests.integration.ingest.ingest_helpers import register
from tests.integration.ops_center.test_ops_agency_feeds import ROUTING, T0, _point, drain, incidents_of, publish

pytestmark = pytest.mark.integration

START, END = T0 + timedelta(minutes=30), T0 + timedelta(hours=3, minutes=30)
LATE = START + timedelta(hours=2)  # the concert ends


def concert(w: psycopg.Connection, settings: Settings, u: str) -> list[str]:
    """The permit, then its audience at the exits: two cameras and a parking call. Their sources."""
    cams = [f"CC1-{u}", f"CC2-{u}"]
    register(settings.db.conninfo(), [(c, "cctv") for c in cams])
    publish(w, settings, f"soc/v1/police/planned_event/P-{u}",
            {"ts": (T0 - timedelta(hours=11)).isoformat(), "category": "concert", "start": START.isoformat(),
             "end": END.isoformat(), "title": "戶外演唱會", "expected_attendance": 25_000,
             "area": {"type": "Point", "coordinates": [120.652, 24.185], "radius_m": 400}},
            T0 - timedelta(hours=11) + timedelta(seconds=30))
    for i, (cam, lon, lat) in enumerate([(cams[0], 120.6523, 24.1852), (cams[1], 120.6535, 24.1860)]):
        at = LATE + timedelta(minutes=5 * i)
        publish(w, settings, f"soc/v1/police/cctv/{cam}",
                {"ts": at.isoformat(), "event": "crowding", "confidence": 0.9, "location": _point(lon, lat)},
                at + timedelta(seconds=40))
    call, at = f"C0-{u}", LATE + timedelta(minutes=12)
    publish(w, settings, f"soc/v1/citizen/1999/{call}",
            {"caseId": call, "category": "illegal_parking", "district": "西屯區",
             "location": _point(120.6506, 24.1839), "createdAt": at.isoformat()}, at + timedelta(seconds=40))
    return [*cams, call]


def test_a_coordinator_s_dispatch_makes_a_planned_concert_a_job_that_a_restart_keeps(
    db_settings: Settings, unique_id: str
) -> None:
    u = unique_id
    permit = f"P-{u}"
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        effects = concert(w, db_settings, u)
        drain(svc, c)
        inc = incidents_of(c, [permit])[permit][0]
        (before,) = list_incidents(c, incident_id=inc)
        assert (before.planned, before.held) == (True, len(effects)), "the situation: a planned concert"

        with c.transaction():
            command_id = submit_command(c, inc, CommandKind.ASSIGN, {"agency": "fire"}, actor="coord",
                                        reason="散場人潮推擠，請派救護待命")
        assert svc.apply_commands() >= 1
        command = get_command(c, command_id)
        (job,) = list_incidents(c, incident_id=inc)
        evidence = {m.source_id: m.via for m in members(c, inc)}
        kept = held_aside(c, inc)
        timeline = [(h.actor, h.action) for h in history(c, inc)]
        sent = {a.agency.value for a in svc.dispatcher.assignments(inc)}
        audited = c.execute("SELECT count(*) FROM audit_log WHERE subject_id = %s AND actor = 'coord'"
                            " AND action IN ('assignment.assigned', 'incident.made_job')", (inc,)).fetchone()

        # The ops center restarts: the correlator is rebuilt from its replay log.
        with connect(db_settings, autocommit=True) as c2:
            again = OpsService(c2, ROUTING, idle_after_s=None)
            again.start()
            rebuilt = again.correlator.snapshot(inc)
            noise, at = f"C1-{u}", LATE + timedelta(minutes=30)
            publish(w, db_settings, f"soc/v1/citizen/1999/{noise}",
                    {"caseId": noise, "category": "noise", "district": "西屯區",
                     "location": _point(120.6540, 24.1845), "createdAt": at.isoformat()}, at + timedelta(seconds=40))
            drain(again, c2)
            (after,) = list_incidents(c2, incident_id=inc)
            placed = incidents_of(c2, [noise])
            still = again.correlator.snapshot(inc)

    assert command is not None
    assert (command.state, command.actor, command.kind) == (CommandState.DONE, "coord", "assign")
    assert (job.planned, job.held) == (False, 0), "a planned event the coordinator dispatched to is still planned"
    assert job.member_count == 1 + len(effects)
    assert evidence == {permit: "seed", **dict.fromkeys(effects, "pulled")}, "what it held aside is not its evidence"
    assert kept == [], "a dispatched event still lists held-aside reports"
    assert ("coord", "made_job") in timeline
    assert sent == {"fire", *(a.value for a in ROUTING.route(IncidentType.CROWD).agencies)}
    assert audited == (2,), "the dispatch is not audited under the coordinator's name"
    assert (rebuilt.planned, rebuilt.held) == (False, ()), "a restart forgot the coordinator's decision"
    assert {m.item.source_id for m in rebuilt.members} == {permit, *effects}
    assert (after.planned, after.held) == (False, 0)
    assert placed.get(noise, (None,))[0] == inc, "the audience's noise after the restart is held aside, not the job's"
    assert (still.planned, still.held) == (False, ())


SQL_STORED_PLANNED = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
    first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, planned, held)
VALUES (%(inc)s, 'crowd', 'quiet', 'Unknown', 1000, ARRAY['police'], 1, %(t)s, %(t)s, %(t)s, %(t)s,
    ST_SetSRID(ST_MakePoint(120.652, 24.185), 4326), true, 2)
"""
SQL_STORED_MEMBER = """
INSERT INTO ops_incident_members (item_key, incident_id, original_incident_id, kind, agency, feed, category,
    severity, signal, via, anchor, distance_m, dt_s, observed_at, joined_at, source_id, geom)
VALUES (%(key)s, %(inc)s, %(inc)s, 'event', 'police', 'planned_event', 'concert', 'Unknown', 'planned_event',
    'seed', true, 0, 0, %(t)s - interval '1 hour', %(t)s, %(src)s, ST_SetSRID(ST_MakePoint(120.652, 24.185), 4326))
"""
SQL_STORED_HELD = """
INSERT INTO ops_incident_held (item_key, incident_id, kind, agency, feed, category, severity, signal,
    observed_at, source_id, geom)
VALUES (%s, %s, 'event', 'citizen', '1999', %s, 'Unknown', 'parking_effect', %s, '', ST_SetSRID(ST_MakePoint(120.6506,
    24.1839), 4326))
"""


def test_a_planned_event_the_correlator_no_longer_holds_is_made_a_job_in_its_stored_rows(
    db_settings: Settings, unique_id: str
) -> None:
    """Last night's concert, quiet for longer than the correlator keeps an incident (forgotten),
    is still listed planned; the coordinator dispatches the police to it (its audience's cars
    still block the road): its stored rows become a job, its two held calls its evidence."""
    inc, t = f"inc-forgotten-{unique_id}", T0 - timedelta(days=1)
    with connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        c.execute(SQL_STORED_PLANNED, {"inc": inc, "t": t})
        c.execute(SQL_STORED_MEMBER, {"inc": inc, "t": t, "key": f"event:P-{unique_id}", "src": f"P-{unique_id}"})
        for i, category in enumerate(("illegal_parking", "noise")):
            c.execute(SQL_STORED_HELD, (f"event:C{i}-{unique_id}", inc, category, t + timedelta(minutes=10 * i)))
        with c.transaction():
            submit_command(c, inc, CommandKind.ASSIGN, {"agency": "police"}, actor="coord", reason="違停阻塞")
        assert svc.apply_commands() >= 1
        (job,) = list_incidents(c, incident_id=inc)
        evidence = [(m.item_key, m.via) for m in members(c, inc)]
        timeline = [(h.actor, h.action) for h in history(c, inc)]
    assert (job.planned, job.held, job.member_count) == (False, 0, 3)
    assert evidence == [(f"event:P-{unique_id}", "seed"), (f"event:C0-{unique_id}", "pulled"),
                        (f"event:C1-{unique_id}", "pulled")]
    assert timeline == [("coord", "made_job")]
