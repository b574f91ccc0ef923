"""An agency filing trouble back on its case gone quiet: the live job at its scene is that case.

Described situation: at 06:05 a junction's signal controller fails (all lights dark); the
police report it (case a4) and direct the traffic; the contractor repairs it at 08:50 and the
controller reports back. The job goes quiet. At 14:10 the same controller fails again and a
new job opens with its fault. At 14:30 the police write on their morning case "號誌再度故障，
持續派員指揮" (a follow-up of a4): the police say the afternoon's dark junction is the morning's
trouble back, and the coordinator keeps one job, live, with the morning's evidence in it.

Likewise a fire put out at night whose 119 case is followed up at dawn, "疑似復燃", while the
panel's new alarm has opened a job: one fire, live again.

Not so: the morning's case followed up while a crash, not the signal, is the open job at the
junction (the crash is its own job); the controller failing again with no report filed back
on the morning's case (a new job, as before: a controller back holds nothing).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentState, Item, ItemKind

X0, Y0, T0 = 214_470.0, 2_674_012.0, 1_779_520_000.0
U = CapSeverity.UNKNOWN
M = 60.0
AGAIN = "河南路中平路口號誌再度故障，持續派員指揮"


def ev(key: str, feed: str, cat: str, dx: float, minute: float, text: str, sensor: str = "",
       follows: str | None = None) -> Item:
    agency = {"119": "fire", "fire_alarm": "disaster", "incident": "police", "signal": "traffic"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, cat, U, X0 + dx, Y0, T0 + M * minute, sensor, text, follows)


def morning() -> list[Item]:
    return [
        ev("fault-1", "signal", "fault", 0.0, 0.0, "號誌控制器故障，燈號全滅", "SN-SIG-1"),
        ev("a4", "incident", "traffic_signal_fault", 25.0, 25.0, "河南路中平路口號誌故障，派員指揮交通並通報交通局"),
        ev("back-1", "signal", "restored", 0.0, 165.0, "號誌恢復正常運作", "SN-SIG-1"),
    ]


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)
    return c


def test_the_police_filing_the_afternoon_failure_on_their_morning_case_keep_one_live_job() -> None:
    afternoon = [
        ev("fault-2", "signal", "fault", 0.0, 485.0, "號誌控制器故障，燈號全滅", "SN-SIG-1"),
        ev("again", "incident", "traffic_signal_fault", -30.0, 505.0, AGAIN, follows="a4"),
    ]
    c = run(morning() + afternoon)
    job = c.where("fault-2")
    assert job is not None
    assert {c.where(it.key) for it in morning() + afternoon} == {job}
    assert c.snapshot(job).state is IncidentState.OPEN


def test_119_following_up_its_night_case_at_the_dawn_alarm_keeps_one_fire_live() -> None:
    night = [
        ev("alarm-1", "fire_alarm", "alarm", 0.0, 0.0, "7F 偵煙探測器動作", "SN-FA-1"),
        ev("f1", "119", "fire", 10.0, 2.0, "生態住宅B區7樓住宅火警 有濃煙 派遣分隊"),
        ev("out", "119", "fire", 10.0, 100.0, "火勢撲滅 殘火處理完畢 收隊", follows="f1"),
    ]
    dawn = [
        ev("alarm-2", "fire_alarm", "alarm", 0.0, 280.0, "7F 偵煙探測器動作", "SN-FA-1"),
        ev("again", "119", "fire", 10.0, 283.0, "7樓 疑似復燃 出動水箱車2", follows="f1"),
    ]
    c = run(night + dawn)
    job = c.where("alarm-2")
    assert job is not None
    assert {c.where(it.key) for it in night + dawn} == {job}
    assert c.snapshot(job).state is IncidentState.OPEN


def test_the_morning_case_followed_up_beside_a_crash_leaves_the_crash_its_own_job() -> None:
    afternoon = [
        ev("crash", "incident", "injury_accident", 20.0, 485.0, "河南路中平路口機車與自小客車碰撞，騎士腿部受傷"),
        ev("again", "incident", "traffic_signal_fault", -30.0, 490.0, "號誌閃爍，持續派員指揮", follows="a4"),
    ]
    c = run(morning() + afternoon)
    assert c.where("crash") is not None
    assert c.where("crash") != c.where("fault-1")


def test_the_controller_failing_again_with_nothing_filed_back_is_a_new_job() -> None:
    afternoon = [ev("fault-2", "signal", "fault", 0.0, 485.0, "號誌控制器故障，燈號全滅", "SN-SIG-1")]
    c = run(morning() + afternoon)
    assert c.where("fault-2") is not None
    assert c.where("fault-2") != c.where("fault-1")


def test_the_morning_s_evidence_stays_with_the_live_job_when_the_quiet_job_s_hold_runs_out() -> None:
    # the morning's job, quiet from about 09:20, is held 6 h (to about 15:20): past the merge at 14:30
    c = Correlator(retention_s=6 * 3600.0)
    afternoon = [
        ev("fault-2", "signal", "fault", 0.0, 485.0, "號誌控制器故障，燈號全滅", "SN-SIG-1"),
        ev("again", "incident", "traffic_signal_fault", -30.0, 505.0, AGAIN, follows="a4"),
    ]
    for it in sorted(morning() + afternoon, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)
    c.tick(T0 + 600 * M)
    job = c.where("fault-2")
    assert job is not None
    assert c.where("fault-1") == job
    assert c.where("a4") == job
