"""A planned event nobody works is no job: its expected effects are explained and held.

Described situation: an open-air concert at the riverside stage runs 19:30-22:00 (the
permit arrived in the morning). From 18:00 the audience comes: the car park 500 m away
reports full, the detector on the riverside road reports traffic at walking pace, a camera
sees people queueing on the pavement, and a neighbour calls about the sound check. On a
quiet night that is all: the coordinator sees the concert on the wall, known in advance,
and reads each report as what the permit said would happen (explained by the concert, no
job to send anyone to). On a busier night the police report at 21:00 that they are
controlling the crowd at the gate: from then on the concert is a job, and what it
explained before joins it with what comes after. A march's permit is the same: the
police closing the avenue for the march make it a job, with the queues its route made.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.changes import Joined, LeftOut
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 216_500.0, 2_674_200.0, 1_779_550_200.0  # the stage; T0 = 19:30, the start
EXPECTED = "expected_of_event"


def item(
    key: str, feed: str, category: str, agency: str, dx: float, dy: float, dt: float, source: str = "", text: str = ""
) -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    return Item(key, kind, agency, feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0 + dy, T0 + dt, source, text)


def concert() -> Item:
    text = "河濱舞台 戶外音樂會 19:30-22:00 預估6,000人"
    permit = item("permit", "planned_event", "concert", "police", 0.0, 0.0, 0.0, text=text)
    return replace(permit, ends_t=T0 + 2.5 * 3600.0)


def audience() -> list[Item]:
    return [
        item("carpark", "parking", "full", "traffic", 420.0, -280.0, -85 * 60.0, "pk-river", "河濱停車場 汽車位已滿"),
        item("road", "rule", "congestion", "traffic", -150.0, 60.0, -70 * 60.0, "vd-river-1", "河濱路 車速 9 km/h"),
        item("queue", "cctv", "crowding", "police", 90.0, 110.0, -40 * 60.0, "cam-gate"),
        item("sound", "1999", "noise", "citizen", -600.0, 500.0, -30 * 60.0, text="河濱那邊試音好大聲"),
    ]


def run(*items: Item) -> tuple[Correlator, list[object]]:
    c = Correlator()
    changes: list[object] = list(c.feed(concert(), T0 - 10 * 3600.0))
    for it in sorted(items, key=lambda i: i.t):
        changes.extend(c.feed(it, it.t + 60.0))
    return c, changes


def test_a_quiet_concert_holds_its_audience_s_effects_explained_and_opens_no_job_for_them() -> None:
    c, changes = run(*audience())
    permit = c.where("permit")
    assert permit is not None, "the concert stays visible: its permit is known in advance"
    snap = c.snapshot(permit)
    assert snap.type is IncidentType.CROWD
    assert snap.member_keys == {"permit"}, "no expected effect joins a concert nobody works"
    assert snap.planned, "the permit's own state says no report of the event's work came"
    for it in audience():
        assert c.where(it.key) is None, f"{it.key} opened or joined a job"
        assert c.left_out()[it.key] == EXPECTED, f"{it.key} is not held as the concert's expected effect"
        assert c.explained_by(it.key) == permit, f"{it.key} does not say the concert explains it"
    assert LeftOut("sound", EXPECTED) in changes


def test_the_police_crowd_control_at_21_makes_the_concert_a_job_and_the_held_effects_join_it() -> None:
    control = item("control", "incident", "crowd_control", "police", 30.0, 20.0, 1.5 * 3600.0, text="入口人潮 派員管制")
    later = item("late_road", "rule", "congestion", "traffic", -150.0, 60.0, 1.6 * 3600.0, "vd-river-2")
    c, changes = run(*audience(), control, later)
    permit = c.where("permit")
    assert permit is not None
    assert c.where("control") == permit
    joined = [ch.item_key for ch in changes if isinstance(ch, Joined)]
    assert joined.index("control") < joined.index("carpark"), "the held effects join with the police's report"
    for it in audience():
        assert c.where(it.key) == permit, f"{it.key} did not join the concert's job with the police's report"
        assert it.key not in c.left_out()
        assert c.explained_by(it.key) is None
    assert c.where("late_road") == permit
    assert not c.snapshot(permit).planned


def test_a_march_the_police_close_the_avenue_for_is_a_job_with_the_queues_of_its_route() -> None:
    permit = replace(
        item("permit", "planned_event", "march", "police", 0.0, 0.0, 0.0, text="遊行 19:30-21:30 預估3,000人"),
        ends_t=T0 + 2 * 3600.0,
    )
    queue = item("queue", "rule", "congestion", "traffic", 900.0, 0.0, 10 * 60.0, "vd-avenue", "大道 車速 7 km/h")
    closed = item("closed", "incident", "road_closure", "police", 1000.0, 0.0, 20 * 60.0, text="遊行管制 大道封閉")
    back = replace(
        item("back", "rule", "cleared", "traffic", 900.0, 0.0, 150 * 60.0, "vd-avenue"), kind=ItemKind.ALERT
    )
    c = Correlator()
    c.feed(permit, T0 - 10 * 3600.0)
    c.feed(queue, queue.t + 60.0)
    assert c.left_out().get("queue") == EXPECTED, "the queue of a march nobody works yet is not held"
    c.feed(closed, closed.t + 60.0)
    job = c.where("permit")
    assert job is not None
    assert c.where("closed") == job
    assert c.where("queue") == job, "the queue the march's route made joins the march's job"
    c.feed(back, back.t + 60.0)
    assert c.where("back") == job


def test_a_detector_s_return_while_its_slow_down_is_held_is_held_with_it() -> None:
    back = replace(
        item("back", "rule", "cleared", "traffic", -150.0, 60.0, -20 * 60.0, "vd-river-1"), kind=ItemKind.ALERT
    )
    c, _ = run(*audience(), back)
    assert c.left_out().get("back") == EXPECTED, "the detector's return is not held with its slow-down"
    control = item("control", "incident", "crowd_control", "police", 30.0, 20.0, 1.5 * 3600.0, text="入口人潮 派員管制")
    c.feed(control, control.t + 60.0)
    assert c.where("back") == c.where("permit")


def test_a_device_failing_beside_a_quiet_concert_is_placed_by_what_it_says() -> None:
    offline = replace(
        item("offline", "status", "offline", "traffic", -150.0, 60.0, -60 * 60.0, "vd-river-1"), kind=ItemKind.EVENT
    )
    c, _ = run(*audience(), offline)
    assert c.where("offline") != c.where("permit"), "a device's failure is no report of the event's work"
    assert c.left_out().get("offline") != EXPECTED
    assert c.snapshot(c.where("permit") or "").planned


def test_a_citizen_s_report_of_a_crush_at_the_gate_makes_the_concert_a_job() -> None:
    """A caller at the gate says people were pushed down and trampled: the audience in danger
    is no expected effect; the concert is a job from that report, the held effects with it."""
    for said in ("入口推擠倒地，有人被踩，快派人來", "舞台前人潮踩踏"):
        crush = item("crush", "1999", "crowding", "citizen", 40.0, 30.0, 20 * 60.0, text=said)
        c, changes = run(*audience(), crush)
        permit = c.where("permit")
        assert permit is not None
        assert c.left_out().get("crush") != EXPECTED, f"a crush at the gate was held as an expected effect: {said}"
        assert c.where("crush") == permit, f"the crush did not join the concert's job: {said}"
        assert not c.snapshot(permit).planned
        for it in audience():
            assert c.where(it.key) == permit, f"{it.key} did not join the concert's job with the crush"
        joined = [ch.item_key for ch in changes if isinstance(ch, Joined)]
        assert joined.index("crush") < joined.index("carpark"), "the held effects join with the crush report"
