"""A crowd report that names another job inside the crowd is that job's, not the event's.

Described situation: a concert in the park runs 19:00-22:30 under a police permit
("預估入場 12,000 人"). At 20:10 a spectator faints in the front rows: 119 sends an
ambulance. Four minutes later a police crowd-control report says the officers cleared a
lane for the ambulance into the front rows ("協助救護車進入搖滾區 疏導觀眾讓出通道"). At
20:40 a vendor's gas cylinder leaks (119 hazmat) and a crowd-control report says the
stalls around it were cleared ("攤販區疑似瓦斯外洩 周邊20公尺淨空"). After the show two
men come to blows at the shuttle queue: the police report the fight, and a caller files
it under crowding ("排隊那邊有兩個男的吵起來，已經動手了，一堆人圍著看").

The coordinator reads each of these reports as the job it names (the ambulance's, the
leak's, the fight's), though filed under the crowd's categories; the concert's job keeps
its crowds and queues. A crowd report with no other job near it stays the crowd's.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_100.0, 2_675_860.0, 1_777_111_200.0  # the stage; T0 = 19:00, its start
U = CapSeverity.UNKNOWN


def event(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "") -> Item:
    agency = {"planned_event": "police", "119": "fire", "1999": "citizen", "incident": "police", "cctv": "police"}[
        feed
    ]
    sev = CapSeverity.MODERATE if feed == "incident" else U
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0 + dy, T0 + dt, "", text)


def concert() -> Item:
    permit = event("permit", "planned_event", "concert", 0.0, 0.0, 0.0, "中央公園戶外演唱會 預估入場12,000人")
    return replace(permit, ends_t=T0 + 3.5 * 3600.0)


def run(*items: Item) -> Correlator:
    """The concert's permit (arrived days ahead), then ``items``, each 30 s after it was seen."""
    c = Correlator()
    for it in (concert(), *items):
        c.feed(it, T0 - 6 * 86_400.0 if it.feed == "planned_event" else it.t + 30.0)
    return c


def crowds() -> list[Item]:
    return [
        event("crowd1", "incident", "crowd_control", 40.0, 30.0, -1800.0, "演唱會入場人潮湧入 派員疏導"),
        event("crowd2", "cctv", "crowding", -60.0, 20.0, -1500.0),
    ]


def test_a_lane_cleared_for_the_ambulance_is_the_ambulance_s_job() -> None:
    faint = event("faint", "119", "ambulance", 30.0, 50.0, 4200.0, "搖滾區女性觀眾昏倒 意識不清")
    lane = event("lane", "incident", "crowd_control", 35.0, 45.0, 4440.0, "協助救護車進入搖滾區 疏導觀眾讓出通道")
    c = run(*crowds(), faint, lane)
    job = c.where("faint")
    assert job is not None
    assert c.snapshot(job).type is IncidentType.RESCUE
    assert c.where("lane") == job
    assert c.where("crowd1") == c.where("permit") != job


def test_stalls_cleared_round_a_gas_leak_are_the_leak_s_job() -> None:
    leak = event("leak", "119", "hazmat", -80.0, -40.0, 6000.0, "攤販區瓦斯鋼瓶外洩")
    cleared = event("cleared", "incident", "crowd_control", -75.0, -45.0, 6120.0, "攤販區疑似瓦斯外洩 周邊20公尺淨空")
    c = run(*crowds(), leak, cleared)
    job = c.where("leak")
    assert job is not None
    assert job != c.where("permit")
    assert c.where("cleared") == job


def test_a_fight_filed_under_crowding_is_the_fight_s_job() -> None:
    fight = event("fight", "incident", "public_disturbance", 120.0, -90.0, 12_900.0, "接駁車排隊處兩名男子互毆")
    call = event(
        "call", "1999", "crowding", 125.0, -95.0, 13_000.0, "排隊那邊有兩個男的吵起來，已經動手了，一堆人圍著看"
    )
    c = run(*crowds(), fight, call)
    job = c.where("fight")
    assert job is not None
    assert c.snapshot(job).type is IncidentType.PUBLIC_SAFETY
    assert c.where("call") == job


def test_a_crowd_report_naming_no_job_near_it_stays_the_crowd_s() -> None:
    # a fall almost happened: the text reads a rescue's word, and no rescue job is near
    near_fall = event("near_fall", "1999", "crowding", 20.0, 10.0, 3000.0, "人太擠了，有老人家差點跌倒")
    c = run(*crowds(), near_fall)
    assert c.where("near_fall") == c.where("permit")
