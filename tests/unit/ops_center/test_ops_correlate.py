"""Correlator examples: flood and fire gathering, unrelated events, chaining, merges."""

from __future__ import annotations

import pytest

from ops_center.correlate import (
    Correlator,
    Duplicate,
    Joined,
    LeftOut,
    Merged,
    Opened,
    Pending,
    Quieted,
    incident_id_for,
)
from ops_center.errors import IncidentTransitionError, UnknownIncidentError
from ops_center.incidents import (
    IncidentState,
    IncidentType,
    Item,
    ItemKind,
    JoinVia,
    Severity,
    ZoneRef,
    check_incident_transition,
)
from ops_center.policies import REASON_NO_ANCHOR, REASON_NOT_ALARM, REASON_UNRELATED

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_464_850_000.0


def it(
    key: str,
    feed: str,
    category: str,
    dx: float = 0.0,
    dy: float = 0.0,
    dt: float = 0.0,
    *,
    agency: str = "disaster",
    severity: Severity = Severity.MODERATE,
) -> Item:
    kind = ItemKind.ALERT if feed.startswith("rule") else ItemKind.EVENT
    return Item(key, kind, agency, feed, category, severity, X0 + dx, Y0 + dy, T0 + dt)


def test_flood_gathers_cross_agency_evidence_and_leaves_parking_out() -> None:
    c = Correlator()
    items = [
        it("a1", "rule", "flood_depth", severity=Severity.SEVERE),
        it("a2", "rule", "water_level", 300, 0, 120),
        it("a3", "rule", "heavy_rain", -200, 100, 60),
        it("e1", "rule", "congestion", 100, 350, 400, agency="traffic"),
        it("e2", "incident", "accident", 0, -420, 500, agency="police"),
        it("e3", "incident", "stalled_vehicle", 50, 50, 700, agency="police"),
        it("e4", "1999", "drainage_flooding", -300, -300, 900, agency="citizen"),
        it("p1", "parking", "full", 20, 20, 100, agency="traffic"),
    ]
    changes = [ch for item in items for ch in c.feed(item, item.t)]
    assert changes[0] == Opened(incident_id_for("a1"), IncidentType.FLOOD, "a1")
    assert LeftOut("p1", REASON_UNRELATED) in changes
    (inc_id,) = c.incident_ids()
    inc = c.snapshot(inc_id)
    assert inc.member_keys == {"a1", "a2", "a3", "e1", "e2", "e3", "e4"}
    assert inc.agencies == {"disaster", "traffic", "police", "citizen"}
    assert inc.severity is Severity.SEVERE
    assert len(inc.hull) >= 4
    assert c.left_out() == {"p1": REASON_UNRELATED}


def test_far_or_late_evidence_opens_separate_incident() -> None:
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    c.feed(it("a2", "rule", "flood_depth", 600, 0, 10), T0 + 10)  # 600 m > 500 m
    c.feed(it("a3", "rule", "flood_depth", 0, 0, 1900), T0 + 1900)  # 31.7 min > 30 min
    assert len(c.incident_ids()) == 3


def test_fire_uses_tighter_radius_and_window() -> None:
    c = Correlator()
    c.feed(it("f1", "fire_alarm", "alarm", agency="disaster"), T0)
    c.feed(it("p1", "incident", "robbery", 150, 0, 60, agency="police"), T0 + 60)
    c.feed(it("v1", "cctv", "crowding", 0, 180, 120, agency="police"), T0 + 120)
    out = c.feed(it("p2", "incident", "robbery", 250, 0, 60, agency="police"), T0 + 130)
    c.feed(it("f2", "fire_alarm", "fault"), T0 + 140)
    (inc_id,) = c.incident_ids()
    assert c.snapshot(inc_id).member_keys == {"f1", "p1", "v1"}
    # a police report may also be context of a traffic incident: the longest wait wins
    assert out[-1] == Pending("p2", T0 + 60 + 900 + 600)
    assert c.left_out()["f2"] == REASON_NOT_ALARM


def test_duplicate_never_opens_second_incident() -> None:
    c = Correlator()
    first = it("a1", "rule", "flood_depth")
    c.feed(first, T0)
    out = c.feed(first, T0 + 5)
    assert out == [Duplicate("a1", incident_id_for("a1"))]
    assert len(c.incident_ids()) == 1


def test_chaining_extends_beyond_one_radius() -> None:
    c = Correlator()
    for i in range(4):
        c.feed(it(f"a{i}", "rule", "flood_depth", 400 * i, 0, 60 * i), T0 + 60 * i)
    (inc_id,) = c.incident_ids()
    inc = c.snapshot(inc_id)
    assert [m.via for m in inc.members] == [JoinVia.SEED] + [JoinVia.CHAIN] * 3
    assert inc.members[3].linked_to == "a2"
    assert inc.members[3].distance_m == pytest.approx(400.0)


def test_bridge_merges_two_incidents_and_keeps_history() -> None:
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    c.feed(it("b1", "rule", "flood_depth", 900, 0, 30), T0 + 30)
    assert len(c.incident_ids(state=IncidentState.OPEN)) == 2
    out = c.feed(it("m1", "rule", "water_level", 450, 0, 60), T0 + 60)
    merged = [ch for ch in out if isinstance(ch, Merged)]
    assert len(merged) == 1
    rec = merged[0].record
    assert (rec.survivor, rec.absorbed, rec.bridge_key) == (
        incident_id_for("a1"),
        incident_id_for("b1"),
        "m1",
    )
    survivor = c.snapshot(rec.survivor)
    assert survivor.member_keys == {"a1", "b1", "m1"}
    assert survivor.merges == (rec,)
    absorbed = c.snapshot(rec.absorbed)
    assert absorbed.state is IncidentState.MERGED
    assert absorbed.merged_into == rec.survivor
    assert c.where("b1") == rec.survivor


def test_context_item_never_bridges() -> None:
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    c.feed(it("b1", "rule", "flood_depth", 900, 0, 30), T0 + 30)
    out = c.feed(it("r1", "rule", "heavy_rain", 400, 0, 60), T0 + 60)
    assert out == [Joined(incident_id_for("a1"), "r1", JoinVia.CONTEXT)]
    assert len(c.incident_ids(state=IncidentState.OPEN)) == 2


def test_pending_context_is_pulled_by_later_anchor_or_left_out() -> None:
    c = Correlator()
    c.feed(it("s1", "rule", "congestion", 100, 0, 0, agency="traffic"), T0)
    c.feed(it("s2", "rule", "congestion", 5000, 0, 0, agency="traffic"), T0)
    out = c.feed(it("a1", "rule", "flood_depth", 0, 0, 300), T0 + 300)
    assert Joined(incident_id_for("a1"), "s1", JoinVia.PULLED) in out
    assert c.pending_keys() == ["s2"]
    late = c.tick(T0 + 1800 + 600)
    assert LeftOut("s2", REASON_NO_ANCHOR) in late
    assert c.left_out()["s2"] == REASON_NO_ANCHOR


def test_flood_absorbs_nearby_traffic_incident() -> None:
    c = Correlator()
    c.feed(it("x1", "incident", "accident", 200, 0, 0, agency="police"), T0)
    assert c.incident_ids() == [incident_id_for("x1")]
    assert c.snapshot(incident_id_for("x1")).type is IncidentType.TRAFFIC
    out = c.feed(it("a1", "rule", "flood_depth", 0, 0, 60), T0 + 60)
    assert any(isinstance(ch, Merged) for ch in out)
    flood = c.snapshot(incident_id_for("a1"))
    assert flood.type is IncidentType.FLOOD
    assert flood.member_keys == {"x1", "a1"}
    assert c.snapshot(incident_id_for("x1")).state is IncidentState.MERGED


def test_quiet_after_window_and_grace_then_new_incident() -> None:
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    assert c.next_deadline() == T0 + 1800 + 600
    assert c.tick(T0 + 2399) == []
    assert c.tick(T0 + 2400) == [Quieted(incident_id_for("a1"))]
    c.feed(it("a2", "rule", "flood_depth", 10, 0, 2300), T0 + 2401)
    assert len(c.incident_ids()) == 2


def test_multi_agency_ranks_higher_and_zone_is_attached() -> None:
    c = Correlator(zone_of=lambda x, y: ZoneRef("shuinan", "central_park" if x > 0 else None))
    c.feed(it("a1", "rule", "flood_depth", severity=Severity.MODERATE), T0)
    c.feed(it("b1", "rule", "flood_depth", 5000, 0, 0, severity=Severity.MODERATE), T0)
    c.feed(it("e1", "incident", "stalled", 5000, 100, 10, agency="police"), T0 + 10)
    single = c.snapshot(incident_id_for("a1"))
    multi = c.snapshot(incident_id_for("b1"))
    assert multi.priority > single.priority
    assert multi.zone == ZoneRef("shuinan", "central_park")


def test_incident_transitions_and_unknown() -> None:
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    c.close(incident_id_for("a1"), T0 + 1)
    assert c.snapshot(incident_id_for("a1")).state is IncidentState.CLOSED
    with pytest.raises(IncidentTransitionError):
        c.close(incident_id_for("a1"), T0 + 2)
    with pytest.raises(UnknownIncidentError):
        c.snapshot("inc-nope")
    with pytest.raises(IncidentTransitionError):
        check_incident_transition("x", IncidentState.MERGED, IncidentState.OPEN)
