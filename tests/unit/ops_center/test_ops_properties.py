"""Property tests (Hypothesis) of the correlator and the dispatch lifecycle."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from common.vocabulary import Signal
from ops_center.correlate import Correlator, Opened
from ops_center.dispatch import (
    ASSIGNMENT_TRANSITIONS,
    TERMINAL,
    Agency,
    AssignmentState,
    Dispatcher,
    Mode,
    load_routing,
    reachable,
)
from ops_center.errors import AssignmentTransitionError
from ops_center.incidents import CapSeverity, IncidentState, IncidentType, Item, ItemKind
from ops_center.policies import (
    DEFAULT_POLICIES,
    PANEL_FEED,
    PATROL_SITE_M,
    PERMIT_EFFECTS,
    PERMIT_REACH_M,
    POLICE_FEED,
    QUEUE_CLOSED_M,
    REACH,
    ROAD_REACH_M,
    SMOKE_DRIFT_M,
    SMOKE_SEEN_M,
    SMOKE_SIGHTINGS,
    WATCH_SITES,
)

T0 = 1_464_850_000.0
KINDS = [
    ("disaster", "rule", "flood_depth"),
    ("disaster", "rule", "water_level"),
    ("disaster", "rule", "heavy_rain"),
    ("traffic", "rule", "congestion"),
    ("police", "incident", "accident"),
    ("police", "incident", "stalled_vehicle"),
    ("police", "incident", "robbery"),
    ("police", "incident", "fire_report"),
    ("citizen", "1999", "fire_smoke"),
    ("fire", "119", "ambulance"),
    ("police", "planned_event", "concert"),
    ("police", "cctv", "crowding"),
    ("citizen", "1999", "drainage_flooding"),
    ("citizen", "1999", "noise"),
    ("disaster", "fire_alarm", "alarm"),
    ("traffic", "parking", "full"),
    ("traffic", "signal", "fault"),
]


@st.composite
def items(draw: st.DrawFn) -> list[tuple[Item, float]]:
    """Items in a 3 km x 3 km box over 2 h, with arrival delays and exact repeats."""
    n = draw(st.integers(1, 60))
    out: list[tuple[Item, float]] = []
    for i in range(n):
        agency, feed, cat = draw(st.sampled_from(KINDS))
        x = draw(st.floats(0, 3000, allow_nan=False))
        y = draw(st.floats(0, 3000, allow_nan=False))
        t = draw(st.floats(0, 7200, allow_nan=False))
        delay = draw(st.sampled_from([0.0, 0.0, 30.0, 400.0, 1500.0]))
        sev = draw(st.sampled_from(list(CapSeverity)))
        kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
        site = draw(st.sampled_from(["", "", "detention_pond", "underpass"])) if kind is ItemKind.ALERT else ""
        item = Item(f"k{i}", kind, agency, feed, cat, sev, 2e5 + x, 2.67e6 + y, T0 + t, site=site)
        out.append((item, T0 + t + delay))
        if draw(st.booleans()) and draw(st.booleans()):
            out.append((item, T0 + t + delay + draw(st.floats(0, 3000))))
    # arrival order; the correlator receives non-decreasing `now`
    return sorted(out, key=lambda p: p[1])


def two_roads(x: float, y: float, within_m: float) -> tuple[tuple[str, float], ...]:
    """Two roads crossing the items' box: one east-west, one north-south, through its middle."""
    out = []
    if abs(y - (2.67e6 + 1500)) <= within_m:
        out.append(("ew", x - 2e5))
    if abs(x - (2e5 + 1500)) <= within_m:
        out.append(("ns", y - 2.67e6))
    return tuple(out)


def run(seq: list[tuple[Item, float]], *, roads: bool = False) -> tuple[Correlator, list[Opened]]:
    c = Correlator(retention_s=1e9, roads_at=two_roads if roads else None)
    opened: list[Opened] = []
    for item, now in seq:
        opened.extend(ch for ch in c.feed(item, now) if isinstance(ch, Opened))
    c.tick(T0 + 1e6)
    return c, opened


def _police(key: str, category: str, x: float, y: float, t: float) -> tuple[Item, float]:
    return Item(key, ItemKind.EVENT, "police", POLICE_FEED, category, CapSeverity.UNKNOWN, x, y, t), t


@settings(max_examples=150, deadline=None)
@given(items())
# a crash, a patrol's fire report 120 m off (the car burns), a second patrol's 400 m off
@example(
    [
        _police("c", "accident", 202114.0, 2670665.0, T0),
        _police("f1", "fire_report", 202199.0, 2670581.0, T0),
        _police("f2", "fire_report", 201817.0, 2670398.0, T0 + 1),
    ]
)
def test_the_placement_properties_hold_for_every_stream(seq: list[tuple[Item, float]]) -> None:
    """Each property below on one correlator run of the stream: they read the run, none changes it."""
    c, opened = run(seq)
    _same_item_twice_never_opens_two_incidents(seq, c, opened)
    _every_item_in_exactly_one_incident_or_left_out(seq, c)
    _every_member_was_within_reach_and_window_when_it_joined(c)
    _a_flood_never_mixes_a_watch_sites_alarms_with_other_evidence(c)


def _same_item_twice_never_opens_two_incidents(
    seq: list[tuple[Item, float]], c: Correlator, opened: list[Opened]
) -> None:
    keys = [o.item_key for o in opened]
    assert len(keys) == len(set(keys))
    assert len(opened) == len(c.incident_ids())
    # doubling every item changes nothing
    doubled = sorted([*seq, *((i, now + 1.0) for i, now in seq)], key=lambda p: p[1])
    _, opened2 = run(doubled)
    assert [o.item_key for o in opened2] == keys


def _every_item_in_exactly_one_incident_or_left_out(seq: list[tuple[Item, float]], c: Correlator) -> None:
    snaps = [c.snapshot(i) for i in c.incident_ids()]
    live = [s for s in snaps if s.state is not IncidentState.MERGED]
    holders: dict[str, int] = {}
    for inc in live:
        for m in inc.members:
            holders[m.item.key] = holders.get(m.item.key, 0) + 1
    left = c.left_out()
    assert c.pending_keys() == []
    for key in {i.key for i, _ in seq}:
        in_incidents = holders.get(key, 0)
        assert (in_incidents, key in left) in ((1, False), (0, True)), key
        if key in left:
            assert left[key]


def _every_member_was_within_reach_and_window_when_it_joined(c: Correlator) -> None:
    snaps = {i: c.snapshot(i) for i in c.incident_ids()}
    for inc in snaps.values():
        absorbed = {r.absorbed for r in inc.merges}
        assert {r.survivor for r in inc.merges} <= {inc.incident_id, *absorbed}
        permit = any(m.signal == Signal.PLANNED_EVENT.value for m in inc.members)
        for m in inc.members:
            r = REACH.get((Signal(m.signal), inc.type)) if m.signal in set(Signal) else None
            if r is None:
                continue  # the seed of a merged incident of another type, or a device's own message
            limit = r.radius_m
            if Signal(m.signal) in PERMIT_EFFECTS and permit:
                limit = max(limit, PERMIT_REACH_M)  # a running event explains its audience's effects
            burns = inc.type in {IncidentType.FIRE, IncidentType.TRAFFIC}  # a fire; a crash whose car burns
            if Signal(m.signal) in SMOKE_SIGHTINGS and burns and m.item.agency == "citizen":
                limit = max(limit, SMOKE_SEEN_M)  # a fire's smoke is seen from afar
            if Signal(m.signal) in SMOKE_SIGHTINGS and burns and m.item.feed == POLICE_FEED:
                limit = max(limit, PATROL_SITE_M)  # a patrol reports a fire from the gate of its site
            if m.signal == Signal.FIRE_ALARM.value and inc.type is IncidentType.FIRE and m.item.feed == PANEL_FEED:
                limit = max(limit, SMOKE_DRIFT_M)  # a neighbouring block's detector in the fire's smoke
            assert m.distance_m <= limit + 1e-6
            assert m.dt_s <= DEFAULT_POLICIES[inc.type].window_s


def _a_flood_never_mixes_a_watch_sites_alarms_with_other_evidence(c: Correlator) -> None:
    for inc_id in c.incident_ids():
        inc = c.snapshot(inc_id)
        if inc.type is IncidentType.FLOOD and inc.state is not IncidentState.MERGED:
            assert len({m.item.site in WATCH_SITES for m in inc.members}) == 1, inc.member_keys


ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(list(Agency)), st.sampled_from(list(AssignmentState))),
        max_size=40,
    ),
    st.lists(st.sampled_from(list(Mode)), max_size=3),
)
def test_dispatch_transitions_never_leave_their_table(
    moves: list[tuple[Agency, AssignmentState]], modes: list[Mode]
) -> None:
    d = Dispatcher(ROUTING)
    d.dispatch("inc-1", next(iter(ROUTING.routes)), CapSeverity.SEVERE, T0)
    now = T0
    for i, (agency, dst) in enumerate(moves):
        now += 60
        if modes and i % 7 == 3:
            d.set_mode(modes[i % len(modes)], now, actor="t", reason="drill")
        d.tick(now)
        try:
            before = d.get("inc-1", agency).state
        except Exception:
            continue
        try:
            after = d.transition("inc-1", agency, dst, now, actor="t").assignment.state
        except AssignmentTransitionError:
            assert dst not in ASSIGNMENT_TRANSITIONS[before]
            assert d.get("inc-1", agency).state is before
        else:
            assert dst in ASSIGNMENT_TRANSITIONS[before]
            assert after is dst


@settings(max_examples=150, deadline=None)
@given(items())
def test_with_roads_every_item_is_placed_once_and_a_flood_reaches_no_farther_than_along_its_road(
    seq: list[tuple[Item, float]],
) -> None:
    c, opened = run(seq, roads=True)
    assert len({o.item_key for o in opened}) == len(opened) == len(c.incident_ids())
    live = [c.snapshot(i) for i in c.incident_ids()]
    holders: dict[str, int] = {}
    for inc in live:
        if inc.state is IncidentState.MERGED:
            continue
        for m in inc.members:
            holders[m.item.key] = holders.get(m.item.key, 0) + 1
            if inc.type is IncidentType.FLOOD and m.signal in set(Signal):
                r = REACH.get((Signal(m.signal), inc.type))
                if r is not None:
                    # a slow-down may be the queue backing up along the flooded road
                    queue = QUEUE_CLOSED_M if m.signal == Signal.TRAFFIC_SLOWDOWN else 0.0
                    assert m.distance_m <= max(r.radius_m, ROAD_REACH_M, queue) + 1e-6
    left = c.left_out()
    assert c.pending_keys() == []
    for key in {i.key for i, _ in seq}:
        assert (holders.get(key, 0), key in left) in ((1, False), (0, True)), key


@given(st.sampled_from(list(AssignmentState)))
def test_reachable_states_are_the_forward_closure_of_the_transition_table(src: AssignmentState) -> None:
    """What the API refuses as 409 must be exactly what no chain of moves could reach."""
    ahead = reachable(src)
    assert src not in ahead  # no cycle: a repeated report is answered by the caller, not here
    assert ASSIGNMENT_TRANSITIONS[src] <= ahead
    for step in ASSIGNMENT_TRANSITIONS[src]:
        assert reachable(step) <= ahead
    assert (not ahead) == (src in TERMINAL)
