"""A caller who hears a fight files it under noise: it is the fight's report, not the event's.

Described situation: a concert by the pop-music centre runs 19:30-21:30 under a police
permit ("預估 6,000 人"); officers direct the crowd at the gates from 19:00. At 20:26 a
resident rings 1999 and the operator files the call as noise: "停車場那邊有一群人在吵架大叫，
好像打起來了" (a group quarrelling and shouting in the car park, a fight, it seems). A
minute later the patrol reports two groups of drinkers coming to blows in the car park
beside the centre; its report reaches the center after the call. At 20:40 another resident
complains that the concert's bass shakes the windows.

The coordinator sends the patrol to the fight: the caller's report is the fight's job,
whichever of the two reached the center first; the bass complaint is the concert's.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_400.0, 2_676_300.0, 1_777_113_000.0  # the stage; T0 = 19:30, the concert's start
U = CapSeverity.UNKNOWN
AGENCY = {"planned_event": "police", "1999": "citizen", "incident": "police"}


def event(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str) -> Item:
    sev = CapSeverity.MODERATE if feed == "incident" else U
    return Item(key, ItemKind.EVENT, AGENCY[feed], feed, category, sev, X0 + dx, Y0 + dy, T0 + dt, "", text)


def permit() -> Item:
    p = event("permit", "planned_event", "concert", 0.0, 0.0, 0.0, "流行影音中心 戶外演唱會 預估 6,000 人")
    return replace(p, ends_t=T0 + 2 * 3600.0)


GATES = event("gates", "incident", "crowd_control", 30.0, -20.0, -1800.0, "演唱會入場人潮約6,000人 員警於路口指揮疏導")
CALL = event("call", "1999", "noise", 70.0, -60.0, 3360.0, "停車場那邊有一群人在吵架大叫，好像打起來了")
FIGHT = event(
    "fight", "incident", "public_disturbance", 80.0, -70.0, 3420.0, "影音中心旁停車場 兩群民眾酒後互毆 員警到場控制"
)
BASS = event("bass", "1999", "noise", -150.0, 90.0, 4200.0, "演唱會的低音一直震，我家窗戶都在響")


def run(*arrivals: tuple[Item, float]) -> Correlator:
    """The permit (days ahead), then each item at its arrival (seconds after T0)."""
    c = Correlator()
    c.feed(permit(), T0 - 6 * 86_400.0)
    for it, at in arrivals:
        c.feed(it, T0 + at)
    return c


def test_a_fight_heard_before_the_patrol_reports_it_is_the_fight_s_job() -> None:
    c = run((GATES, -1750.0), (CALL, 3420.0), (FIGHT, 3500.0), (BASS, 4260.0))
    job = c.where("fight")
    assert job is not None
    assert c.snapshot(job).type is IncidentType.PUBLIC_SAFETY
    assert c.where("call") == job
    assert c.where("gates") == c.where("permit") != job
    assert c.where("bass") == c.where("permit")


def test_a_fight_heard_after_the_patrol_reports_it_is_the_fight_s_job() -> None:
    c = run((GATES, -1750.0), (FIGHT, 3440.0), (CALL, 3500.0))
    job = c.where("fight")
    assert job is not None
    assert c.where("call") == job != c.where("permit")


def test_the_concert_s_noise_stays_the_concert_s() -> None:
    c = run((GATES, -1750.0), (FIGHT, 3440.0), (BASS, 4260.0))
    assert c.where("bass") == c.where("permit") != c.where("fight")
