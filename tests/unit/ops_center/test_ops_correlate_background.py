"""Background on a quiet day: what a coordinator does not send anyone to.

Described situation: a quiet Sunday, 3 a.m. to noon, around the transit hub and the
campus car parks. A student walks into the police station to report the scooter stolen
from the campus car park last night; a patrol reports a broken-down scooter its rider
has already pushed away and a car with a flat battery waiting for its tow, neither
blocking traffic; two drunk men quarrelling at the hub's waiting area are talked down by
the patrol and make up. The coordinator opens no job for any of them: the theft is a
case for the station's detectives, the breakdowns and the quarrel are settled by the
patrol that reports them. On the same morning a
patrol reports a truck broken down across the inner two lanes of 環中路, the tow called:
lanes are blocked and traffic must be directed, a job at once; and a concert's
pickpocket reported at the entrance queue is a job at once (the thief is still in the
crowd).

The devices of the same quiet night: a signal controller reboots and reports itself
restored six minutes later, and a fire panel's smoke detector trips and the guard,
four minutes later, resets the panel naming a false alarm (insects in the detector).
Each take-back is the device withdrawing its own alarm: the coordinator's job on it goes
quiet at once, the take-back does not join it as more evidence. A signal gone dark in a
storm and restored by the contractor forty minutes later, and a panel reset six minutes
after the cooking fumes that tripped it, are real jobs ending: the restore joins.
"""

from __future__ import annotations

from ops_center.correlate import Correlator, Quieted, Withdrawn
from ops_center.incidents import CapSeverity, IncidentState, Item, ItemKind
from ops_center.policies import REASON_TAKEN_BACK

X0, Y0, T0 = 214_600.0, 2_675_900.0, 1_780_000_000.0
M, U = CapSeverity.MINOR, CapSeverity.UNKNOWN


def police(key: str, category: str, text: str, dx: float = 0.0, dt: float = 0.0, sev: CapSeverity = M) -> Item:
    """A police incident report ``dx`` metres east of the origin, ``dt`` s after T0."""
    return Item(key, ItemKind.EVENT, "police", "incident", category, sev, X0 + dx, Y0, T0 + dt, "", text)


def device(key: str, feed: str, category: str, source: str, text: str, dt: float, dx: float = 0.0) -> Item:
    """A device's state message (a signal controller, a fire panel)."""
    return Item(key, ItemKind.EVENT, "disaster", feed, category, U, X0 + dx, Y0 + 2000.0, T0 + dt, source, text)


def fed(*items: Item) -> Correlator:
    c = Correlator()
    for item in items:
        c.feed(item, item.t + 10.0)
    return c


def test_a_theft_reported_at_the_station_after_the_fact_opens_no_job() -> None:
    c = fed(
        police("t1", "theft", "逢甲大學水湳校區停車場機車遭竊，民眾到所報案，受理中。"),
        police("t2", "theft", "民眾報案：轉運中心自行車停車場腳踏車昨晚遭竊，受理中。", dx=900.0, dt=600.0),
    )
    assert c.where("t1") is None
    assert c.where("t2") is None
    assert c.incident_ids() == []


def test_a_pickpocket_at_a_concert_s_entrance_opens_a_job_at_once() -> None:
    c = fed(police("p1", "theft", "演唱會入口安檢處女性觀眾報案手機遭竊，疑遭扒竊。"))
    assert c.where("p1") is not None


def test_a_breakdown_blocking_no_lane_and_a_quarrel_settled_open_no_job() -> None:
    c = fed(
        police("s1", "stalled_vehicle", "環中路二段外側車道機車拋錨，騎士已自行牽離，無妨礙交通。"),
        police("s2", "stalled_vehicle", "中平路外側車道自小客車電瓶沒電，已請拖吊，無妨礙交通。", 1500.0, 900.0),
        police("d1", "public_disturbance", "轉運中心候車區兩名酒醉民眾口角，員警到場勸離，已和解。", -1500.0, 1800.0),
    )
    assert [c.where(k) for k in ("s1", "s2", "d1")] == [None, None, None]


def test_a_truck_blocking_two_lanes_opens_a_job_at_once() -> None:
    c = fed(police("b1", "stalled_vehicle", "環中路二段凱旋路口 大貨車拋錨 佔用內側兩車道 已聯絡拖吊"))
    assert c.where("b1") is not None


def test_a_signal_controller_restored_minutes_after_its_fault_takes_it_back() -> None:
    c = fed(
        device("f", "signal", "fault", "SIG-6", "號誌控制器回報故障：控制器重新啟動", 0.0),
        device("r", "signal", "restored", "SIG-6", "號誌恢復正常運作", 360.0),
    )
    job = c.where("f")
    assert job is not None
    assert c.where("r") is None
    assert c.left_out()["r"] == REASON_TAKEN_BACK
    assert c.snapshot(job).state is IncidentState.QUIET


def test_a_dark_signal_restored_by_the_contractor_forty_minutes_later_ends_its_job() -> None:
    c = fed(
        device("f", "signal", "fault", "SIG-8", "號誌控制器 燈號全黑", 0.0),
        device("r", "signal", "restored", "SIG-8", "號誌恢復運作（廠商更換控制板）", 2400.0),
    )
    assert c.where("r") == c.where("f") is not None


def test_a_panel_reset_naming_a_false_alarm_takes_its_alarm_back() -> None:
    c = fed(
        device("a", "fire_alarm", "alarm", "FA-9", "3F 實驗室 偵煙式探測器動作", 0.0, dx=800.0),
        device("n", "fire_alarm", "normal", "FA-9", "受信總機復歸（警衛確認探測器內有昆蟲，誤報）", 240.0, dx=800.0),
    )
    job = c.where("a")
    assert job is not None
    assert c.where("n") is None
    assert c.snapshot(job).state is IncidentState.QUIET


def test_a_panel_reset_after_cooking_fumes_joins_its_alarm() -> None:
    c = fed(
        device("a", "fire_alarm", "alarm", "FA-4", "B1 第 3 區 偵煙式探測器動作", 0.0, dx=800.0),
        device("n", "fire_alarm", "normal", "FA-4", "火警受信總機復歸（現場確認為烹調油煙）", 380.0, dx=800.0),
    )
    assert c.where("n") == c.where("a") is not None


def test_an_incident_whose_only_alarm_its_device_took_back_is_withdrawn_and_one_gone_quiet_is_not() -> None:
    c = fed(
        device("g", "signal", "fault", "SIG-9", "號誌控制器 燈號全黑", 0.0, 3000.0),
        device("f", "signal", "fault", "SIG-6", "號誌控制器回報故障：控制器重新啟動", 1.0),
        device("r", "signal", "restored", "SIG-6", "號誌恢復正常運作", 360.0),
    )
    taken_back, dark = c.where("f"), c.where("g")
    assert taken_back is not None
    assert dark is not None
    assert c.snapshot(taken_back).withdrawn
    assert not c.snapshot(dark).withdrawn
    c.tick(T0 + 86_400.0)  # the dark signal's job goes quiet with no word from its controller
    assert c.snapshot(dark).state is IncidentState.QUIET
    assert not c.snapshot(dark).withdrawn


def test_a_withdrawal_is_said_once_and_the_job_goes_quiet_once() -> None:
    """The take-back of a lone panel alarm: one Quieted (the job was open) and one Withdrawn
    naming the take-back; the panel saying normal again changes nothing more."""
    c = Correlator()
    alarm = device("a", "fire_alarm", "alarm", "FA-7", "火警", 0.0)
    back = device("n", "fire_alarm", "normal", "FA-7", "誤報", 60.0)
    again = device("n2", "fire_alarm", "normal", "FA-7", "", 90.0)
    c.feed(alarm, alarm.t + 10.0)
    job = c.where("a")
    assert job is not None
    out = c.feed(back, back.t + 10.0)
    assert [ch for ch in out if isinstance(ch, Quieted | Withdrawn)] == [Quieted(job), Withdrawn(job, back)]
    out = c.feed(again, again.t + 10.0)
    assert not [ch for ch in out if isinstance(ch, Quieted | Withdrawn)]
    assert c.snapshot(job).withdrawn


def status(key: str, category: str, source: str, dt: float, dx: float) -> Item:
    """A device's status message (offline, online), giving no reason."""
    return Item(key, ItemKind.EVENT, "traffic", "status", category, U, X0 + dx, Y0 - 2000.0, T0 + dt, source, "")


def test_a_device_back_online_before_anything_explained_its_drop_confirms_no_other_drop() -> None:
    # a car park's display drops and is back three minutes later; a detector 200 m off drops
    # six minutes after that: two flaps, no outage (633, 634: one author; 196, 641: two more)
    c = fed(
        status("off1", "offline", "PK-1", 0.0, 0.0),
        status("on1", "online", "PK-1", 180.0, 0.0),
        status("off2", "offline", "VD-2", 540.0, 200.0),
    )
    assert c.left_out()["off1"] == REASON_TAKEN_BACK
    c.tick(T0 + 7200.0)  # the second drop's wait is over
    assert c.incident_ids() == []


def test_devices_dropping_together_and_staying_away_are_an_outage() -> None:
    c = fed(*(status(f"off{n}", "offline", f"DEV-{n}", 3.0 * n, 90.0 * n) for n in range(3)))
    job = c.where("off0")
    assert job is not None
    assert {c.where("off1"), c.where("off2")} == {job}


def test_a_withdrawn_false_alarm_stays_withdrawn_when_its_panel_says_online_much_later() -> None:
    """The panel's reset named a false alarm; eleven minutes later the panel reconnects after a
    power blip and says ``online``: its own link tells nothing of a fire, so the job stays
    withdrawn (not a quiet Severe fire whose crews were called off for no reason shown)."""
    c = Correlator()
    alarm = device("a", "fire_alarm", "alarm", "FA-3", "", 0.0)
    back = device("n", "fire_alarm", "normal", "FA-3", "誤報", 30.0)
    online = device("on", "status", "online", "FA-3", "", 690.0)
    for item in (alarm, back, online):
        c.feed(item, item.t + 5.0)
    job = c.where("a")
    assert job is not None
    assert c.snapshot(job).withdrawn
    assert c.where("on") is None
    assert c.as_job(job) is None
