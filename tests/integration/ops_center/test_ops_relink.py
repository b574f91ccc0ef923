"""A coordinator's link and unlink of evidence through the real service and database: the
stored rows and the correlator agree, later evidence does not pull the item back, and a
restart (the correlator rebuilt from the replay log) keeps the coordinator's decision.

Two fires 2 km apart, each a fire panel's alarm with 1999 calls about its smoke. The
coordinator moves one call of the first fire to the second (the caller named the wrong
street: it is the second fire's smoke), and unlinks another call of the first (a prank).
"""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from ops_center.dispatch import Agency
from ops_center.errors import DispatchError
from ops_center.service import OpsService
from tests.integration.ingest.ingest_helpers import register
from tests.integration.ops_center.test_ops_agency_feeds import ROUTING, T0, _point, drain, incidents_of, publish

pytestmark = pytest.mark.integration

HERE = (120.6566, 24.1821)  # beside the registry's point of the first panel
THERE = (120.6366, 24.1921)  # about 2.3 km west-north-west


def _call(w: psycopg.Connection, settings: Settings, case: str, where: tuple[float, float], minute: int) -> None:
    at = T0 + timedelta(minutes=minute)
    publish(w, settings, f"soc/v1/citizen/1999/{case}",
            {"caseId": case, "category": "fire_smoke", "district": "西屯區", "location": _point(*where),
             "createdAt": at.isoformat(), "subCategory": "大樓冒煙"}, at + timedelta(seconds=30))


def _key(c: psycopg.Connection, source: str) -> str:
    row = c.execute("SELECT item_key FROM ops_incident_members WHERE source_id = %s", (source,)).fetchone()
    assert row is not None, source
    return str(row[0])


def _caps(c: psycopg.Connection, inc: str) -> list[str]:
    """The CAP messages sent to the agencies of ``inc``, oldest first, by type."""
    return [str(t) for (t,) in c.execute("SELECT msg_type FROM ops_cap_messages WHERE incident_id = %s"
                                          " AND direction = 'out' ORDER BY sent, identifier", (inc,))]


def _stored(c: psycopg.Connection, inc: str) -> tuple[set[str], int]:
    keys = {str(k) for (k,) in c.execute("SELECT item_key FROM ops_incident_members WHERE incident_id = %s",
                                          (inc,))}
    (count,) = c.execute("SELECT member_count FROM ops_incidents WHERE incident_id = %s", (inc,)).fetchone() or (0,)
    return keys, int(count)


def test_moved_and_unlinked_evidence_stays_where_the_coordinator_put_it(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    panels = [f"FA-{unique_id}", f"FB-{unique_id}"]
    calls = [f"CA{i}-{unique_id}" for i in range(3)]
    register(db_dsn, [(p, "fire_alarm") for p in panels])
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute("UPDATE sensors SET geom = ST_SetSRID(ST_MakePoint(%s, %s), 4326) WHERE sensor_id = %s",
                     (*THERE, panels[1]))
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        for panel in panels:
            publish(w, db_settings, f"soc/v1/disaster/fire_alarm/{panel}", {"ts": T0.isoformat(), "state": "alarm"},
                    T0 + timedelta(seconds=5))
        drain(svc, c)
        # the panels' positions come from the registry; the calls are placed beside the first
        for i, case in enumerate(calls):
            _call(w, db_settings, case, HERE, 2 + i)
        drain(svc, c)
        placed = incidents_of(c, [*panels, *calls])
        first, second = placed[panels[0]][0], placed[panels[1]][0]
        assert first != second, placed
        assert {placed[k][0] for k in calls} == {first}, placed
        moved, prank = _key(c, calls[0]), _key(c, calls[1])

        with pytest.raises(DispatchError):  # a reason is required
            svc.relink_item(second, moved, unlink=False, actor="coord", reason=" ")
        with pytest.raises(DispatchError):  # not its evidence
            svc.relink_item(second, prank, unlink=True, actor="coord", reason="惡作劇")
        with pytest.raises(DispatchError):  # already there
            svc.relink_item(first, moved, unlink=False, actor="coord", reason="x")
        # The fire brigade, sent to both fires by the routing, is told of each incident a move changed.
        assert all(Agency.FIRE in {a.agency for a in svc.dispatcher.assignments(inc)} for inc in (first, second))
        told = {inc: len(_caps(c, inc)) for inc in (first, second)}
        svc.relink_item(second, moved, unlink=False, actor="coord", reason="報案人說錯路名，是第二處的煙")
        assert {inc: _caps(c, inc)[told[inc]:] for inc in (first, second)} == {first: ["Update"], second: ["Update"]}
        svc.relink_item(first, prank, unlink=True, actor="coord", reason="惡作劇電話")
        assert {inc: _caps(c, inc)[told[inc]:] for inc in (first, second)} == {
            first: ["Update", "Update"], second: ["Update"]}

        assert _stored(c, first) == ({_key(c, panels[0]), _key(c, calls[2])}, 2)
        assert _stored(c, second) == ({_key(c, panels[1]), moved}, 2)
        assert svc.correlator.where(moved) == second
        assert svc.correlator.where(prank) is None
        left = c.execute("SELECT reason FROM ops_left_out WHERE item_key = %s", (prank,)).fetchone()
        assert left == ("unlinked_by_coordinator",)
        timeline = c.execute("SELECT incident_id, action, reason FROM ops_incident_history WHERE actor = 'coord'"
                             " ORDER BY id").fetchall()
        assert timeline == [(first, "evidence_moved_out", "報案人說錯路名，是第二處的煙"),
                            (second, "evidence_linked", "報案人說錯路名，是第二處的煙"),
                            (first, "evidence_unlinked", "惡作劇電話")]
        audited = c.execute("SELECT action, subject_id FROM audit_log WHERE actor = 'coord' ORDER BY id").fetchall()
        assert audited == [("incident.link", second), ("incident.unlink", first)]

        # More smoke at the first fire: it joins the first fire and pulls nothing back.
        _call(w, db_settings, f"CA9-{unique_id}", HERE, 8)
        drain(svc, c)
        assert incidents_of(c, [f"CA9-{unique_id}"])[f"CA9-{unique_id}"][0] == first
        keys, count = _stored(c, first)
        assert moved not in keys
        assert prank not in keys
        assert count == 3

        # A restart rebuilds the correlator from the replay log: the decisions hold.
        again = OpsService(c, ROUTING, idle_after_s=None)
        again.start()
        assert again.correlator.where(moved) == second
        assert again.correlator.where(prank) is None
        assert again.correlator.snapshot(first).member_keys == keys
        _call(w, db_settings, f"CA10-{unique_id}", HERE, 10)
        drain(again, c)
        keys, count = _stored(c, first)
        assert moved not in keys
        assert prank not in keys
        assert count == 4
        assert _stored(c, second)[0] == {_key(c, panels[1]), moved}
