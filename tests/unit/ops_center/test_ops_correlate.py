"""Correlator examples: flood and fire gathering, unrelated events, chaining, merges."""

from __future__ import annotations

from dataclasses import replace

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
    CapSeverity,
    IncidentState,
    IncidentType,
    Item,
    ItemKind,
    JoinVia,
    ZoneRef,
    check_incident_transition,
)
from ops_center.policies import (
    PENDING_WAIT_S,
    REASON_NO_ANCHOR,
    REASON_NOT_ALARM,
    REASON_REGIONAL,
    REASON_UNKNOWN_CATEGORY,
    REASON_UNRELATED,
)

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
    severity: CapSeverity = CapSeverity.SEVERE,
) -> Item:
    kind = ItemKind.ALERT if feed.startswith("rule") else ItemKind.EVENT
    return Item(key, kind, agency, feed, category, severity, X0 + dx, Y0 + dy, T0 + dt)


def test_flood_gathers_cross_agency_evidence_and_leaves_streetlight_out() -> None:
    c = Correlator()
    items = [
        it("a1", "rule", "flood_depth", severity=CapSeverity.SEVERE),
        it("a2", "rule", "water_level", 300, 0, 120),
        it("a3", "rule", "heavy_rain", -200, 100, 60),
        it("e1", "rule", "congestion", 100, 350, 400, agency="traffic"),
        it("e2", "incident", "road_closure", 0, -120, 500, agency="police"),
        it("e3", "incident", "stalled_vehicle", 50, 50, 700, agency="police"),
        it("e4", "1999", "drainage_flooding", -300, -300, 900, agency="citizen"),
        it("p1", "1999", "streetlight", 20, 20, 100, agency="citizen"),
    ]
    changes = [ch for item in items for ch in c.feed(item, item.t)]
    assert changes[0] == Opened(incident_id_for("a1"), IncidentType.FLOOD, "a1")
    assert LeftOut("p1", REASON_UNRELATED) in changes
    (inc_id,) = c.incident_ids()
    inc = c.snapshot(inc_id)
    assert inc.member_keys == {"a1", "a2", "e1", "e2", "e3", "e4"}
    assert inc.agencies == {"disaster", "traffic", "police", "citizen"}
    assert inc.severity is CapSeverity.SEVERE
    assert len(inc.hull) >= 4
    assert c.left_out() == {"p1": REASON_UNRELATED, "a3": REASON_REGIONAL}


def test_far_evidence_opens_separate_incident_and_window_runs_from_latest_evidence() -> None:
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    c.feed(it("a2", "rule", "flood_depth", 600, 0, 10), T0 + 10)  # 600 m > 500 m
    # evidence every 40 min keeps the first flood alive for 2 hours: the window
    # (45 min) runs from the incident's latest evidence, not from its first alarm
    for i in range(1, 4):
        c.feed(it(f"w{i}", "rule", "flood_depth", -100 * i, 0, 2400 * i), T0 + 2400 * i)
    assert len(c.incident_ids()) == 2
    assert c.where("w3") == incident_id_for("a1")
    # beyond the window from the latest evidence: a new incident
    c.feed(it("z1", "rule", "flood_depth", -300, 0, 7200 + 2701), T0 + 7200 + 2701)
    assert c.where("z1") == incident_id_for("z1")


def test_two_fires_200_m_apart_stay_apart_and_reports_join_the_nearer() -> None:
    c = Correlator()
    c.feed(it("f1", "fire_alarm", "alarm"), T0)
    c.feed(it("g1", "fire_alarm", "alarm", 200, 0, 30), T0 + 30)
    c.feed(it("p1", "incident", "fire_report", 20, 10, 60, agency="police"), T0 + 60)
    c.feed(it("p2", "incident", "fire_report", 190, -10, 70, agency="police"), T0 + 70)
    c.feed(it("f2", "fire_alarm", "fault"), T0 + 140)
    assert c.where("p1") == incident_id_for("f1")
    assert c.where("p2") == incident_id_for("g1")
    assert len(c.incident_ids()) == 2
    assert c.left_out()["f2"] == REASON_NOT_ALARM


def test_fire_evidence_arriving_long_after_the_last_alarm_still_joins() -> None:
    c = Correlator()
    c.feed(it("f1", "fire_alarm", "alarm"), T0)
    c.feed(it("p1", "incident", "fire_report", 50, 0, 600, agency="police"), T0 + 620)
    # 13 and 19 minutes after the last alarm, within the window from the latest evidence
    c.feed(it("c1", "1999", "fire_smoke", 150, 80, 780, agency="citizen"), T0 + 800)
    c.feed(it("s1", "rule", "congestion", 300, 0, 1140, agency="traffic"), T0 + 1150)
    assert {c.where(k) for k in ("p1", "c1", "s1")} == {incident_id_for("f1")}


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
    assert inc.members[3].distance_m == pytest.approx(400.0)


def test_a_flood_along_a_road_is_a_line_with_a_buffer() -> None:
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    c.feed(it("a2", "1999", "flooding", 450, 0, 60, agency="citizen"), T0 + 60)
    c.feed(it("a3", "rule", "flood_depth", 900, 0, 120), T0 + 120)
    # 470 m beside the middle of the flooded street, 520 m from every report on it
    out = c.feed(it("s1", "rule", "congestion", 450, 470, 180, agency="traffic"), T0 + 180)
    assert Joined(incident_id_for("a1"), "s1", JoinVia.CONTEXT) in out
    assert c.snapshot(incident_id_for("a1")).members[-1].distance_m == pytest.approx(470.0)


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


def test_a_rain_alarm_at_a_flood_is_regional_context_and_joins_nothing() -> None:
    """A storm's rain gauges alarm all over the zone: the alarm next to the one street that
    floods says it rains there, as everywhere, not that the street floods."""
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    out = c.feed(it("r1", "rule", "heavy_rain", 300, 0, 30), T0 + 30)
    assert out == [LeftOut("r1", REASON_REGIONAL)]
    before = c.feed(it("r0", "rule", "heavy_rain", 5000, 0, 40), T0 + 40)
    c.feed(it("b1", "rule", "flood_depth", 5000, 0, 60), T0 + 60)
    assert before == [LeftOut("r0", REASON_REGIONAL)]
    assert c.snapshot(incident_id_for("a1")).member_keys == {"a1"}
    assert c.snapshot(incident_id_for("b1")).member_keys == {"b1"}


def test_context_item_never_bridges() -> None:
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    c.feed(it("b1", "rule", "flood_depth", 900, 0, 30), T0 + 30)
    out = c.feed(it("r1", "rule", "congestion", 400, 0, 60, agency="traffic"), T0 + 60)
    assert out == [Joined(incident_id_for("a1"), "r1", JoinVia.CONTEXT)]
    assert len(c.incident_ids(state=IncidentState.OPEN)) == 2


def test_pending_context_is_pulled_by_later_anchor_or_left_out() -> None:
    c = Correlator()
    c.feed(it("s1", "rule", "congestion", 100, 0, 0, agency="traffic"), T0)
    c.feed(it("s2", "rule", "congestion", 5000, 0, 0, agency="traffic"), T0)
    out = c.feed(it("a1", "rule", "flood_depth", 0, 0, 300), T0 + 300)
    assert Joined(incident_id_for("a1"), "s1", JoinVia.PULLED) in out
    assert c.pending_keys() == ["s2"]
    late = c.tick(T0 + PENDING_WAIT_S)
    assert LeftOut("s2", REASON_NO_ANCHOR) in late
    assert c.left_out()["s2"] == REASON_NO_ANCHOR


def test_the_simulators_words_are_evidence() -> None:
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    c.feed(it("c1", "1999", "積淹水", 100, 0, 60, agency="citizen"), T0 + 60)
    c.feed(it("x1", "incident", "traffic_accident", 3000, 0, 60, agency="police"), T0 + 60)
    assert c.where("c1") == incident_id_for("a1")
    assert c.snapshot(incident_id_for("x1")).type is IncidentType.TRAFFIC


def test_strong_evidence_opens_without_an_alarm() -> None:
    c = Correlator()
    c.feed(it("p1", "incident", "fire_report", severity=CapSeverity.SEVERE, agency="police"), T0)
    c.feed(it("n1", "119", "rescue", 3000, 0, 0, agency="fire"), T0)
    c.feed(it("k1", "incident", "crowd_control", 6000, 0, 0, agency="police"), T0)
    types = {c.snapshot(i).type for i in c.incident_ids()}
    assert types == {IncidentType.FIRE, IncidentType.RESCUE, IncidentType.CROWD}


def test_a_police_report_of_a_hazard_on_the_road_opens_at_once_whatever_its_severity() -> None:
    """A patrol reporting a fallen sign or a stalled truck is the agency's own word: the
    coordinator opens the job on it (every author of the corpus reads it so)."""
    c = Correlator()
    out = c.feed(it("p1", "incident", "fallen_object", agency="police", severity=CapSeverity.MINOR), T0)
    assert Opened(incident_id_for("p1"), IncidentType.TRAFFIC, "p1") in out
    p2 = it("p2", "incident", "stalled_vehicle", 4000, 0, 0, agency="police", severity=CapSeverity.MODERATE)
    out = c.feed(p2, T0)
    assert Opened(incident_id_for("p2"), IncidentType.TRAFFIC, "p2") in out


def test_a_police_theft_report_opens_at_once_and_the_cars_parked_beside_it_are_not_its_evidence() -> None:
    """A pickpocketing reported by police is a job; an illegal-parking call 100 m away is
    a parking matter, not evidence of the theft; the noise of a crowd there is."""
    c = Correlator()
    out = c.feed(it("p1", "incident", "theft", agency="police", severity=CapSeverity.MINOR), T0)
    assert Opened(incident_id_for("p1"), IncidentType.PUBLIC_SAFETY, "p1") in out
    c.feed(it("c1", "1999", "illegal_parking", 100, 0, 120, agency="citizen", severity=CapSeverity.UNKNOWN), T0 + 120)
    c.feed(it("c2", "1999", "noise", 80, 40, 180, agency="citizen", severity=CapSeverity.UNKNOWN), T0 + 180)
    assert c.where("c1") is None
    assert c.where("c2") == incident_id_for("p1")


def test_one_call_about_a_tree_across_the_road_opens_a_traffic_job_but_one_call_about_water_waits() -> None:
    """A caller says a tree has fallen across two lanes: someone must go, whoever else
    calls. A caller who sees water on the road (how deep, not said) may see the puddle
    of every storm: that waits for a second source."""
    c = Correlator()
    u = CapSeverity.UNKNOWN
    out = c.feed(it("t1", "1999", "fallen_tree", agency="citizen", severity=u), T0)
    assert Opened(incident_id_for("t1"), IncidentType.TRAFFIC, "t1") in out
    out = c.feed(it("s1", "1999", "flooding", 3000, 0, 0, agency="citizen", severity=u), T0)
    assert isinstance(out[-1], Pending)


def test_a_dispatch_opens_with_the_earlier_calls_it_confirms() -> None:
    """A camera sees smoke; eight minutes later 119 dispatches to a building 200 m away:
    the camera was the first sign of that fire, not a stray detection left waiting."""
    c = Correlator()
    c.feed(it("c1", "cctv", "smoke", agency="police", severity=CapSeverity.UNKNOWN), T0)
    out = c.feed(it("f1", "119", "fire", 200, 0, 480, agency="fire", severity=CapSeverity.UNKNOWN), T0 + 480)
    assert Opened(incident_id_for("c1"), IncidentType.FIRE, "c1") in out
    assert c.snapshot(incident_id_for("c1")).member_keys == {"c1", "f1"}


def test_independent_citizen_calls_confirm_each_other_but_one_call_opens_nothing() -> None:
    c = Correlator()
    out = c.feed(it("c1", "1999", "flooding", 0, 0, 0, agency="citizen"), T0)
    assert isinstance(out[-1], Pending)
    c.feed(it("w1", "1999", "flooding", 3000, 0, 0, agency="citizen"), T0)
    out = c.feed(it("c2", "1999", "flooding", 250, 100, 40, agency="citizen"), T0 + 40)
    assert Opened(incident_id_for("c1"), IncidentType.FLOOD, "c1") in out
    assert c.snapshot(incident_id_for("c1")).member_keys == {"c1", "c2"}
    c.tick(T0 + 3600)
    assert c.left_out()["w1"] == REASON_NO_ANCHOR


def test_a_crash_beside_a_crowd_stays_its_own_incident() -> None:
    c = Correlator()
    c.feed(it("k1", "incident", "crowd_control", agency="police"), T0)
    c.feed(it("x1", "incident", "injury_accident", 150, 0, 60, agency="police"), T0 + 60)
    c.feed(it("w1", "1999", "flooding", 100, 50, 90, agency="citizen"), T0 + 90)
    assert c.where("x1") == incident_id_for("x1")
    assert c.where("w1") is None  # one call about water opens nothing and joins neither
    assert len(c.incident_ids()) == 2


def test_follow_ups_and_device_messages_continue_their_incident() -> None:
    c = Correlator()
    c.feed(it("f1", "fire_alarm", "alarm"), T0)
    c.feed(replace(it("r1", "incident", "fire_report", 30, 0, 60, agency="police"), follows=None), T0 + 60)
    c.feed(replace(it("r2", "incident", "fire_report", 900, 0, 3000, agency="police"), follows="r1"), T0 + 3000)
    c.feed(replace(it("n1", "fire_alarm", "normal", 0, 0, 4000), source_id=""), T0 + 4000)
    c.feed(replace(it("n2", "fire_alarm", "normal", 0, 0, 4000), source_id="FA-1"), T0 + 4000)
    assert c.where("r2") == incident_id_for("f1")
    assert c.where("n2") is None  # FA-1 is in no incident
    assert c.left_out()["n1"] == REASON_NO_ANCHOR


def test_a_device_back_to_normal_joins_the_incident_of_its_alarm() -> None:
    c = Correlator()
    c.feed(replace(it("f1", "fire_alarm", "alarm"), source_id="FA-1"), T0)
    c.feed(replace(it("n1", "fire_alarm", "normal", 0, 0, 3600), source_id="FA-1"), T0 + 3600 * 3)
    assert c.where("n1") == incident_id_for("f1")


def test_unknown_category_is_mapped_by_keyword_or_left_out_with_its_reason() -> None:
    c = Correlator()
    c.feed(it("f1", "fire_alarm", "alarm"), T0)
    c.feed(replace(it("o1", "1999", "other", 50, 0, 30, agency="citizen"), text="大樓冒煙"), T0 + 30)
    c.feed(it("u1", "incident", "lost_property", 20, 0, 40, agency="police"), T0 + 40)
    assert c.where("o1") == incident_id_for("f1")
    assert c.left_out()["u1"] == REASON_UNKNOWN_CATEGORY


def test_a_clock_ahead_of_arrival_is_read_as_arrival() -> None:
    c = Correlator()
    c.feed(it("x1", "incident", "accident", agency="police"), T0)
    c.feed(it("s1", "rule", "congestion", 100, 0, 8 * 3600, agency="traffic"), T0 + 120)
    assert c.where("s1") == incident_id_for("x1")


def test_a_planned_event_explains_the_crowd_it_brings() -> None:
    c = Correlator()
    event = replace(it("e1", "planned_event", "concert", agency="police"), ends_t=T0 + 3 * 3600)
    c.feed(event, T0 - 10 * 3600)  # the permit arrives ten hours before the start
    c.feed(it("p1", "parking", "full", 100, 0, -1200, agency="traffic"), T0 - 1100)
    c.feed(it("k1", "cctv", "crowding", 50, 100, 600, agency="police"), T0 + 610)
    c.feed(it("n1", "1999", "noise", 400, 0, 7200, agency="citizen"), T0 + 7300)
    # explained by the concert and held aside while no report of its work comes
    assert {c.explained_by(k) for k in ("p1", "k1", "n1")} == {incident_id_for("e1")}


def test_a_running_event_explains_its_audience_far_beyond_a_crowds_reach() -> None:
    """Convention 3 of tests/data/situations/README.md: a concert's full car parks,
    noise and the crowd walking to the shuttle 1.5 km away are the event's effects."""
    c = Correlator()
    event = replace(it("e1", "planned_event", "concert", agency="police"), ends_t=T0 + 3 * 3600)
    c.feed(event, T0 - 10 * 3600)
    c.feed(it("p1", "parking", "full", 700, 0, 600, agency="traffic"), T0 + 600)
    c.feed(it("n1", "1999", "noise", 0, -800, 3600, agency="citizen"), T0 + 3600)
    c.feed(it("k1", "cctv", "crowding", -300, 1500, 3 * 3600 + 600, agency="police"), T0 + 3 * 3600 + 600)
    assert {c.explained_by(k) for k in ("p1", "n1", "k1")} == {incident_id_for("e1")}
    # the same effects far from any event, or a day after it, are explained by nothing
    c.feed(it("n2", "1999", "noise", 0, -2500, 3600, agency="citizen"), T0 + 3600)
    c.feed(it("p2", "parking", "full", 700, 0, 86_400, agency="traffic"), T0 + 86_400)
    assert c.where("n2") is None
    assert c.where("p2") is None
    assert c.explained_by("n2") is c.explained_by("p2") is None


def test_a_follow_up_at_the_scene_of_another_incident_makes_them_one() -> None:
    """A wrong-way driver reported by police, then a head-on crash 400 m on opened by
    other sources; the police follow-up of the first report lies at the crash: one job."""
    c = Correlator()
    c.feed(it("w1", "incident", "wrong_way_driver", agency="police"), T0)
    c.feed(it("x1", "119", "rescue", 400, 0, 120, agency="fire"), T0 + 120)
    c.feed(it("x2", "incident", "injury_accident", 400, 10, 150, agency="police"), T0 + 150)
    assert c.where("w1") != c.where("x2")
    changes = c.feed(
        replace(it("f1", "incident", "injury_accident", 405, 0, 600, agency="police"), follows="w1"), T0 + 600
    )
    assert any(isinstance(ch, Merged) for ch in changes)
    assert c.where("w1") == c.where("x2") == c.where("f1") == incident_id_for("w1")
    # a follow-up at its own scene merges nothing
    c.feed(it("y1", "incident", "injury_accident", -2000, 0, 700, agency="police"), T0 + 700)
    c.feed(replace(it("y2", "incident", "injury_accident", -2000, 5, 900, agency="police"), follows="y1"), T0 + 900)
    assert c.where("y2") == incident_id_for("y1") != c.where("w1")


def test_a_cleared_flood_alert_no_longer_holds_its_flood_open() -> None:
    """A raised water alert keeps its flood alive for up to 6 h; once the alerts package
    says the condition cleared, the flood goes quiet a window and a grace after its last
    evidence."""
    c = Correlator()
    c.feed(replace(it("a1", "rule", "flood_depth"), source_id="FD-1"), T0)
    c.feed(replace(it("c1", "rule", "cleared", 0, 0, 1200), source_id="FD-1"), T0 + 1200)
    assert c.where("c1") == incident_id_for("a1")
    assert c.tick(T0 + 1200 + 2700 + 899) == []
    assert c.tick(T0 + 1200 + 2700 + 900) == [Quieted(incident_id_for("a1"))]
    held = Correlator()
    held.feed(replace(it("a1", "rule", "flood_depth"), source_id="FD-1"), T0)
    assert held.tick(T0 + 1200 + 2700 + 900) == []  # still raised: the flood lasts


def test_quiet_after_window_and_grace_then_new_incident() -> None:
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    assert c.next_deadline() == T0 + 2700 + 900
    assert c.tick(T0 + 3599) == []
    assert c.tick(T0 + 3600) == [Quieted(incident_id_for("a1"))]
    c.feed(it("a2", "rule", "flood_depth", 10, 0, 3500), T0 + 3601)
    assert len(c.incident_ids()) == 2


def test_multi_agency_ranks_higher_and_zone_is_attached() -> None:
    c = Correlator(zone_of=lambda x, y: ZoneRef("shuinan", "central_park" if x > 0 else None))
    c.feed(it("a1", "rule", "flood_depth"), T0)
    c.feed(it("b1", "rule", "flood_depth", 5000, 0, 0), T0)
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


def test_a_closed_incident_is_forgotten_at_once_and_its_snapshot_read_until_released() -> None:
    """A coordinator's closure ends what the correlator holds of the incident: nothing of
    it is needed any more, so a replay that starts after its closure rebuilds the same."""
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    job = incident_id_for("a1")
    c.close(job, T0 + 1)
    assert c.incident_ids() == []
    assert c.where("a1") is None
    assert c.snapshot(job).state is IncidentState.CLOSED
    c.release_forgotten()
    with pytest.raises(UnknownIncidentError):
        c.snapshot(job)


def test_an_incident_opened_and_forgotten_in_one_batch_can_still_be_stored() -> None:
    """A backlog longer than the retention is fed before its changes are stored: the
    incident it opened early is forgotten by the time the batch is written."""
    c = Correlator(retention_s=600)
    opened = c.feed(it("a1", "rule", "flood_depth"), T0)
    assert opened[0] == Opened(incident_id_for("a1"), IncidentType.FLOOD, "a1")
    c.feed(it("far1", "rule", "flood_depth", 50_000, 0, 50_000), T0 + 50_000)  # a1 goes quiet
    c.feed(it("far2", "rule", "flood_depth", -50_000, 0, 100_000), T0 + 100_000)  # and is forgotten
    assert incident_id_for("a1") not in c.incident_ids()
    snap = c.snapshot(incident_id_for("a1"))
    assert snap.member_keys == {"a1"}
    assert snap.state is IncidentState.QUIET
    c.release_forgotten()
    with pytest.raises(UnknownIncidentError):
        c.snapshot(incident_id_for("a1"))


def test_a_missing_person_is_one_search_that_follows_the_person() -> None:
    """An exhibition is running; a father calls 1999: his father with dementia is lost
    in the park beside it. Police open a search and widen it 40 min later; 80 min later a citizen 1.4 km away
    sees an old man who seems lost, police find him there (a follow-up of the search)
    and an ambulance takes him to hospital. One job, apart from the exhibition."""
    c = Correlator()
    expo = replace(it("e1", "planned_event", "exhibition", 50, 0, -3600, agency="police"), ends_t=T0 + 8 * 3600)
    c.feed(expo, T0 - 3600)
    lost = "我爸爸82歲有失智，在公園這邊走失了"
    c.feed(replace(it("c1", "1999", "other", 0, 0, 0, agency="citizen"), text=lost), T0 + 20)
    search = replace(it("p1", "incident", "other", 0, -20, 240, agency="police"), text="失智老翁走失協尋")
    c.feed(replace(search, severity=CapSeverity.MODERATE), T0 + 260)
    wider = replace(it("p3", "incident", "other", 0, -20, 2700, agency="police"), text="擴大搜尋範圍")
    c.feed(replace(wider, follows="p1", severity=CapSeverity.MODERATE), T0 + 2720)
    seen = replace(it("c2", "1999", "other", -250, -1430, 4800, agency="citizen"), text="有一位老先生好像迷路了")
    c.feed(seen, T0 + 4820)
    found = replace(it("p2", "incident", "medical", -340, -1530, 5280, agency="police"), text="尋獲走失老翁，腿部擦傷")
    c.feed(replace(found, follows="p1", severity=CapSeverity.MINOR), T0 + 5300)
    c.feed(replace(it("a1", "119", "ambulance", -340, -1530, 5500, agency="fire"), text="老翁腿部擦傷送醫"), T0 + 5520)
    search_id = c.where("p1")  # the father's call, confirmed by the police search, seeds it
    assert search_id == incident_id_for("c1")
    assert c.snapshot(search_id).type is IncidentType.RESCUE
    keys = ("c1", "p1", "p3", "c2", "p2", "a1")
    assert {k: c.where(k) for k in keys} == dict.fromkeys(keys, search_id)
    assert c.where("e1") != search_id


def test_devices_that_fail_together_are_one_outage_and_a_later_crash_there_is_its_own_job() -> None:
    """A power cut: within seconds four signal controllers 200-470 m apart go dark and
    two cameras and a detector go offline; the detectors' offline rule fires 3 min later.
    A citizen reports the dark signals. Fifteen minutes later two cars collide at one of
    the dark intersections (a citizen call, then a 119 dispatch); another citizen calls
    about the dark signal there. A camera 600 m away that fails an hour later is not part
    of the power cut."""
    c = Correlator()

    def dev(key: str, feed: str, cat: str, dx: float, dy: float, dt: float, src: str) -> Item:
        item = replace(it(key, feed, cat, dx, dy, dt, agency="traffic", severity=CapSeverity.UNKNOWN), source_id=src)
        c.feed(item, item.t + 4)
        return item

    dev("s1", "signal", "fault", 0, 0, 0, "SIG-1")
    dev("s2", "signal", "fault", 140, -330, 1, "SIG-2")
    dev("s3", "signal", "fault", -50, -80, 1, "SIG-3")
    dev("s4", "signal", "fault", 460, 140, 2, "SIG-4")
    dev("o1", "status", "offline", 8, 6, 5, "CCTV-1")
    dev("o2", "status", "offline", 147, -325, 5, "CCTV-2")
    dev("o3", "rule", "sensor_offline", 440, -200, 185, "VD-1")
    call = replace(it("c1", "1999", "traffic_signal", 4, 0, 120, agency="citizen"), text="紅綠燈全暗")
    c.feed(call, T0 + 190)
    crash = replace(
        it("x1", "1999", "traffic_accident", 150, -320, 860, agency="citizen"), text="路口紅綠燈沒亮，兩車相撞"
    )
    c.feed(crash, T0 + 900)
    ambulance = it("x2", "119", "ambulance", 140, -330, 890, agency="fire", severity=CapSeverity.UNKNOWN)
    c.feed(replace(ambulance, text="路口車禍，一人胸痛"), T0 + 920)
    c.feed(replace(it("c2", "1999", "traffic_signal", 120, -310, 1010, agency="citizen"), text="號誌黑燈"), T0 + 1080)
    dev("o4", "status", "offline", 600, 0, 3600, "CCTV-3")
    outage = c.where("s1")
    assert outage is not None
    assert {k: c.where(k) for k in ("s2", "s3", "s4", "o1", "o2", "o3", "c1", "c2")} == dict.fromkeys(
        ("s2", "s3", "s4", "o1", "o2", "o3", "c1", "c2"), outage
    )
    assert c.where("x1") == c.where("x2") != outage
    assert c.where("x1") is not None
    assert c.where("o4") != outage


def test_a_crash_at_a_signal_dark_for_a_quarter_of_an_hour_is_a_new_job() -> None:
    """A signal controller reports a fault; 15 min later police report a collision at
    that intersection: a new job. Elsewhere a crash knocks out a signal within a minute:
    one job."""
    c = Correlator()
    dark = replace(it("s1", "signal", "fault", agency="traffic", severity=CapSeverity.UNKNOWN), source_id="SIG-1")
    c.feed(dark, T0)
    c.feed(it("x1", "incident", "traffic_accident", 10, 0, 900, agency="police"), T0 + 930)
    assert c.where("x1") not in {None, c.where("s1")}
    c.feed(it("y1", "incident", "traffic_accident", 3000, 0, 0, agency="police"), T0 + 30)
    knocked = replace(it("y2", "signal", "fault", 3010, 0, 40, agency="traffic"), source_id="SIG-9")
    c.feed(knocked, T0 + 45)
    assert c.where("y2") == c.where("y1") == incident_id_for("y1")


def test_a_crashed_tanker_that_leaks_is_one_job_with_its_crash() -> None:
    """A tanker overturns in a collision (police, Severe); seven minutes later police
    report the tank leaking acid at the same spot, the fire bureau sends its hazmat team
    and a resident 230 m downwind calls about an acrid smell. A gas leak reported by
    police 2 km away is another job."""
    c = Correlator()
    c.feed(it("x1", "incident", "traffic_accident", agency="police"), T0 + 60)
    c.feed(it("h1", "incident", "hazmat_report", 0, 0, 420, agency="police"), T0 + 480)
    c.feed(it("h2", "119", "hazmat", 0, 0, 480, agency="fire", severity=CapSeverity.UNKNOWN), T0 + 510)
    c.feed(it("h3", "1999", "gas_odor", 170, -150, 600, agency="citizen", severity=CapSeverity.UNKNOWN), T0 + 675)
    c.feed(it("g1", "incident", "hazmat_report", 2000, 0, 600, agency="police"), T0 + 660)
    crash = incident_id_for("x1")
    assert {c.where(k) for k in ("x1", "h1", "h2", "h3")} == {crash}
    assert c.snapshot(crash).type is IncidentType.TRAFFIC
    assert c.snapshot(incident_id_for("g1")).type is IncidentType.HAZMAT


def test_the_noise_and_crowd_of_a_gathering_police_disperse_are_part_of_it() -> None:
    """A resident calls 1999 about loud music in a car park at night and a camera sees a
    crowd there; 10 min later police report 30 modified cars gathering and go to disperse
    them, and 8 min after that that they dispersed them. A noise call 2 km away is
    another matter."""
    c = Correlator()
    c.feed(it("n1", "1999", "noise", 20, 30, 0, agency="citizen", severity=CapSeverity.UNKNOWN), T0 + 60)
    crowd = replace(
        it("k1", "cctv", "crowding", 0, -20, 420, agency="police", severity=CapSeverity.UNKNOWN), source_id="C1"
    )
    c.feed(crowd, T0 + 425)
    c.feed(it("p1", "incident", "public_disturbance", 0, 0, 600, agency="police", severity=CapSeverity.MODERATE),
           T0 + 700)
    c.feed(it("n2", "1999", "noise", 2000, 0, 650, agency="citizen", severity=CapSeverity.UNKNOWN), T0 + 710)
    done = it("p2", "incident", "public_disturbance", 0, 0, 1080, agency="police", severity=CapSeverity.MINOR)
    c.feed(replace(done, follows="p1"), T0 + 1180)
    gathering = incident_id_for("p1")
    assert {c.where(k) for k in ("n1", "k1", "p1", "p2")} == {gathering}
    assert c.where("n2") is None


def test_an_emergency_at_a_planned_event_is_its_own_job() -> None:
    """A concert is running; the camera at the gate sees crowding (the concert's). A
    119 ambulance is sent for a person who collapsed at the venue, and police report a
    crash at the car-park exit: two jobs of their own, not part of the concert."""
    c = Correlator()
    concert = replace(it("e1", "planned_event", "concert", agency="police"), ends_t=T0 + 3 * 3600)
    c.feed(concert, T0 - 3600)
    gate = replace(it("k1", "cctv", "crowding", 30, 0, 600, agency="police", severity=CapSeverity.UNKNOWN),
                   source_id="C1")
    c.feed(gate, T0 + 605)
    c.feed(it("a1", "119", "ambulance", 20, 20, 1800, agency="fire", severity=CapSeverity.UNKNOWN), T0 + 1810)
    c.feed(it("x1", "incident", "traffic_accident", 100, -50, 2400, agency="police"), T0 + 2430)
    assert c.explained_by("k1") == incident_id_for("e1")  # the concert's, held aside: nobody works it
    assert c.where("a1") == incident_id_for("a1")
    assert c.where("x1") == incident_id_for("x1")


def test_calls_about_a_fires_smoke_seen_from_afar_join_the_fire() -> None:
    """A factory burns (119 dispatch); its black smoke is seen across the district and
    callers report it where they stand: two 1.2 km east, one 1.9 km north, one 2.4 km
    south-west, within forty minutes. They are the factory fire's calls, not fires of
    their own. A grass fire the fire bureau reports 1.8 km away is another job, and a
    call 4 km away, beyond where the smoke is seen, is not the factory's."""
    c = Correlator()
    c.feed(it("f1", "119", "fire", agency="fire", severity=CapSeverity.UNKNOWN), T0 + 30)
    calls = [("s1", 1200, 0, 120), ("s2", 1250, 80, 180), ("s3", 0, 1900, 600), ("s4", -1700, -1700, 2400)]
    for key, dx, dy, dt in calls:
        c.feed(it(key, "1999", "fire_smoke", dx, dy, dt, agency="citizen", severity=CapSeverity.UNKNOWN), T0 + dt + 20)
    c.feed(it("g1", "119", "fire", 0, -1800, 1500, agency="fire", severity=CapSeverity.UNKNOWN), T0 + 1520)
    c.feed(it("far1", "1999", "fire_smoke", 4000, 0, 900, agency="citizen", severity=CapSeverity.UNKNOWN), T0 + 920)
    c.feed(it("far2", "1999", "fire_smoke", 4050, 50, 960, agency="citizen", severity=CapSeverity.UNKNOWN), T0 + 980)
    fire = incident_id_for("f1")
    assert {c.where(k) for k in ("f1", "s1", "s2", "s3", "s4")} == {fire}
    assert c.where("g1") not in {fire, None}
    assert c.where("far1") != fire
    assert c.where("far2") != fire


def test_a_signal_dark_in_a_flooded_street_is_the_signal_crews_job() -> None:
    """The flood crew pumps the water; a dark junction 150 m along the flooded road needs a
    signal technician and police at the junction: a traffic job of its own."""
    c = Correlator()
    c.feed(it("a1", "rule", "flood_depth"), T0)
    c.feed(it("a2", "rule", "flood_depth", 300, 0, 120), T0 + 120)
    out = c.feed(it("s1", "signal", "fault", 150, 20, 600, agency="traffic"), T0 + 600)
    assert out == [Opened(incident_id_for("s1"), IncidentType.TRAFFIC, "s1")]
    c.feed(it("p1", "incident", "traffic_signal_fault", 160, 30, 900, agency="police"), T0 + 900)
    assert c.where("p1") == incident_id_for("s1")
    assert c.snapshot(incident_id_for("a1")).member_keys == {"a1", "a2"}


def test_a_panel_alarm_set_off_by_drifting_smoke_takes_no_calls_about_the_fire_people_see() -> None:
    """A yard burns (119 dispatch); callers around it report black smoke. Ten minutes in, the
    smoke drifts into a museum 1 km east and trips its panel. The next callers, 500-600 m
    from the museum and farther from the yard, report the smoke everyone sees: the yard's.
    A caller at the museum's door reporting smoke there is the museum's."""
    c = Correlator()
    u = CapSeverity.UNKNOWN
    c.feed(it("f1", "119", "fire", agency="fire", severity=u), T0)
    for key, dx, dy, dt in [("s1", -300, 200, 60), ("s2", 250, -450, 120), ("s3", 300, -600, 300)]:
        c.feed(it(key, "1999", "fire_smoke", dx, dy, dt, agency="citizen", severity=u), T0 + dt + 20)
    c.feed(replace(it("p1", "fire_alarm", "alarm", 1000, 0, 600, severity=u), source_id="FA-9"), T0 + 610)
    c.feed(it("s4", "1999", "fire_smoke", 600, -300, 660, agency="citizen", severity=u), T0 + 680)
    c.feed(it("s5", "1999", "fire_smoke", 1100, -600, 720, agency="citizen", severity=u), T0 + 740)
    c.feed(it("s6", "1999", "fire_smoke", 1050, 60, 780, agency="citizen", severity=u), T0 + 800)
    yard, museum = incident_id_for("f1"), incident_id_for("p1")
    calls = ("s1", "s2", "s3", "s4", "s5")
    assert {k: c.where(k) for k in calls} == dict.fromkeys(calls, yard)
    assert c.where("s6") == museum


def test_a_detention_pond_filling_is_a_watch_kept_apart_from_the_street_flood() -> None:
    """A park's detention ponds fill in a storm as they were built to: their alarms are
    a watch on the ponds (one, however many of them alarm), while the low street 300 m
    away floods; the street's reports stay with the street, the pond alarms with the
    watch."""
    c = Correlator()
    pond = "detention_pond"

    def at_pond(key: str, dx: float, dt: float, category: str = "flood_depth") -> Item:
        return replace(it(key, "rule", category, dx, 0, dt), source_id=f"P-{key}", site=pond)

    c.feed(it("s1", "rule", "flood_depth", 300, 0, 0), T0)
    c.feed(at_pond("p1", 0, 60), T0 + 60)
    c.feed(at_pond("p2", -150, 300, "water_level"), T0 + 300)
    c.feed(it("c1", "1999", "flooding", 280, 40, 400, agency="citizen"), T0 + 400)
    c.feed(it("c2", "1999", "flooding", 60, 20, 500, agency="citizen"), T0 + 500)
    street, watch = incident_id_for("s1"), incident_id_for("p1")
    assert c.snapshot(street).member_keys == {"s1", "c1", "c2"}
    assert c.snapshot(watch).member_keys == {"p1", "p2"}


def test_a_panel_alarm_stamped_by_a_slow_clock_is_current_when_it_arrives() -> None:
    """A block's fire panel runs 47 minutes slow: its alarm arrives now, stamped 47 minutes
    ago. Nine minutes later police report smoke pouring from the same building: the same
    fire, not a second one opened beside a stale alarm."""
    c = Correlator()
    u = CapSeverity.UNKNOWN
    alarm = replace(it("fa1", "fire_alarm", "alarm", 0, 0, -47 * 60, severity=u), source_id="FA-12")
    c.feed(alarm, T0)
    c.feed(it("p1", "incident", "fire_report", 30, 10, 540, agency="police"), T0 + 540)
    assert c.where("p1") == incident_id_for("fa1")


def test_a_camera_stamped_by_a_slow_clock_joins_the_crash_it_saw() -> None:
    """119 sends an ambulance to a crash at a junction; two minutes later the junction's
    camera reports a vehicle stopped in the junction, stamped 17 minutes earlier by its
    slow clock: it saw the crash, it is not a breakdown before it."""
    c = Correlator()
    u = CapSeverity.UNKNOWN
    c.feed(replace(it("f1", "119", "ambulance", agency="fire", severity=u), text="路口車禍 機車騎士受傷"), T0)
    cam = replace(it("v1", "cctv", "stalled_vehicle", 20, -10, -15 * 60, agency="police", severity=u), source_id="CV-9")
    c.feed(cam, T0 + 120)
    assert c.where("v1") == c.where("f1") is not None


def test_a_pond_alarm_does_not_take_the_waiting_call_about_a_flooded_street() -> None:
    """A caller reports water on the street by the park; a minute later the park's pond
    alarms. The pond opens its watch alone and the call keeps waiting for the street."""
    c = Correlator()
    c.feed(it("c1", "1999", "flooding", 0, 300, 0, agency="citizen"), T0)
    pond = replace(it("p1", "rule", "flood_depth", 0, 0, 60), source_id="P-1", site="detention_pond")
    out = c.feed(pond, T0 + 60)
    assert out == [Opened(incident_id_for("p1"), IncidentType.FLOOD, "p1")]
    assert c.pending_keys() == ["c1"]
