"""Street racing: two households hearing the same gang race is the police's job.

One noise call about cars racing, or calls that only hear an engine revving, are the
routine noise complaint (the environment bureau's, the traffic police's next patrol). A
second caller's complaint about racing or revving engines along the same stretch of road,
from another household, makes it a job a coordinator sends a patrol to: the gang races
up and down a kilometre or two of arterial, and the callers and the patrol report from
along it. A karaoke next door is no racing gang's noise.
"""

from __future__ import annotations

from ops_center.correlate import Correlator, Opened, Pending
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_464_850_000.0


def noise(key: str, text: str, dx: float = 0.0, dt: float = 0.0) -> Item:
    """A 1999 noise complaint ``dx`` metres east of the origin, ``dt`` seconds after T0."""
    return Item(key, ItemKind.EVENT, "citizen", "1999", "noise", CapSeverity.UNKNOWN, X0 + dx, Y0, T0 + dt, "", text)


def racing_job(c: Correlator) -> str:
    """Two callers hearing a gang race along 700 m of 中科路 (T0 to T0 + 480 s): the job they open."""
    c.feed(noise("n1", "中科路一群改裝車在飆車，排氣管超大聲"), T0)
    c.feed(noise("n2", "環中路中科路口一直有車在甩尾，很吵", dx=700.0, dt=480.0), T0 + 480.0)
    job = c.where("n1")
    assert job is not None
    return job


def test_a_second_caller_hearing_the_gang_race_opens_a_public_safety_job_with_the_first() -> None:
    c = Correlator()
    out = c.feed(noise("n1", "每天半夜都有人在中科路飆車，排氣管超大聲，警察可不可以來抓"), T0)
    assert isinstance(out[-1], Pending)  # one call is the routine complaint
    second = noise("n2", "中科路那邊一直有車在催油門，轟轟轟，吵到小孩都醒了", dx=900.0, dt=720.0)
    out = c.feed(second, second.t)
    opened = [ch for ch in out if isinstance(ch, Opened)]
    assert len(opened) == 1
    assert opened[0].type is IncidentType.PUBLIC_SAFETY
    assert c.where("n1") == c.where("n2") == opened[0].incident_id


def test_two_calls_that_only_hear_an_engine_revving_stay_routine_complaints() -> None:
    c = Correlator()
    c.feed(noise("n1", "有人在路邊改裝排氣管一直催油門，很吵"), T0)
    out = c.feed(noise("n2", "有人在路邊改裝排氣管一直催油門，很吵", dx=130.0, dt=860.0), T0 + 860.0)
    assert not any(isinstance(ch, Opened) for ch in out)
    assert c.where("n1") is None
    assert c.where("n2") is None


def test_the_patrol_reporting_the_race_along_the_road_joins_the_job_and_the_karaoke_stays_out() -> None:
    c = Correlator()
    job = racing_job(c)
    patrol = Item(
        "p1",
        ItemKind.EVENT,
        "police",
        "incident",
        "public_disturbance",
        CapSeverity.MODERATE,
        X0 + 1100.0,
        Y0,
        T0 + 1050.0,
        "",
        "經貿路二段 改裝車約10輛聚集競速，已派巡邏車攔查",
    )
    c.feed(patrol, patrol.t)
    assert c.where("p1") == job
    c.feed(noise("n3", "樓上在唱卡拉OK，都十一點了", dx=200.0, dt=1200.0), T0 + 1200.0)
    assert c.where("n3") != job


def test_the_gang_coming_back_within_the_hour_is_the_same_job() -> None:
    # A patrol disperses the gang; forty minutes after the job's last evidence a caller hears
    # it racing on the same stretch again (又回來了): the same job, still open for it.
    c = Correlator()
    job = racing_job(c)
    back = noise("n3", "又回來了，中科路又在飆車", dx=300.0, dt=480.0 + 2400.0)
    c.feed(back, back.t)
    assert c.where("n3") == job


def test_a_racing_call_hours_after_the_job_went_quiet_is_not_joined_to_it() -> None:
    c = Correlator()
    job = racing_job(c)
    later = noise("n3", "中科路又在飆車", dx=300.0, dt=480.0 + 3 * 3600.0)
    c.tick(later.t)
    c.feed(later, later.t)
    assert c.where("n3") != job


def test_a_caller_hearing_only_engines_revving_along_the_stretch_joins_the_open_racing_job() -> None:
    # Once two households hear the gang race, a third 1 km along the road that only hears
    # engines revving (催油門) hears the same gang: it joins the job, beyond a noise call's usual reach.
    c = Correlator()
    job = racing_job(c)
    revving = noise("n3", "凌晨一點多了還有機車一直催油門", dx=-1000.0, dt=1200.0)
    c.feed(revving, revving.t)
    assert c.where("n3") == job
