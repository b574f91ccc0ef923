"""Which job an item belongs to when another kind of job is near it (coordinators' examples)."""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator, incident_id_for
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_464_850_000.0
U = CapSeverity.UNKNOWN


def call(key: str, category: str, dx: float, dy: float, dt: float, text: str, feed: str = "1999") -> Item:
    agency = "citizen" if feed == "1999" else ("fire" if feed == "119" else "police")
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + dt, text=text)


def test_someone_burning_rubbish_is_not_the_factory_fire_seen_from_afar() -> None:
    """A factory burns (119); its black smoke is seen across the district. Two callers
    1.7 km north say someone is burning rubbish on the empty lot beside them, and the
    fire bureau is sent there: a rubbish fire, its own small job. A caller 900 m east
    complains of joss paper burnt at the roadside: smoke at the caller's place, not the
    factory's. A caller 1.8 km north-west, nearer the rubbish fire than the factory,
    sees the factory's black smoke: the factory's."""
    c = Correlator()
    c.feed(call("f1", "fire", 0, 0, 0, "工廠火警 派遣", feed="119"), T0 + 20)
    c.feed(call("s1", "fire_smoke", 300, 200, 60, "工廠冒黑煙"), T0 + 80)
    c.feed(call("b1", "fire_smoke", 0, 1700, 600, "旁邊空地有人在燒垃圾，白煙一直飄過來"), T0 + 620)
    c.feed(call("b2", "fire_smoke", 40, 1800, 800, "這邊有人燒東西，煙很臭"), T0 + 820)
    c.feed(call("g1", "fire", 20, 1760, 1000, "空地燃燒雜草垃圾 派遣分隊", feed="119"), T0 + 1020)
    c.feed(call("j1", "fire_smoke", 900, 0, 700, "路口有人在燒金紙，煙飄到我家"), T0 + 720)
    c.feed(call("s2", "fire_smoke", -1300, 1300, 1100, "外面都是黑煙，空氣有燒塑膠的味道"), T0 + 1120)
    factory = incident_id_for("f1")
    assert {c.where(k) for k in ("f1", "s1", "s2")} == {factory}
    assert c.where("b1") == c.where("b2") == c.where("g1") != factory
    assert c.where("j1") != factory
    assert c.where("b1") is not None


def ev(
    key: str, feed: str, category: str, dx: float, dy: float, dt: float, *, source: str = "", text: str = ""
) -> Item:
    """An agency's or a device's event (a camera or a controller is its own source)."""
    agency = {"signal": "traffic", "cctv": "police", "incident": "police", "119": "fire"}.get(feed, "traffic")
    sev = CapSeverity.MODERATE if feed == "incident" else U
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0 + dy, T0 + dt, source, text)


def test_a_signal_failing_beside_a_broken_down_coach_is_the_signal_crews_job() -> None:
    """A coach breaks down at the transit hub's exit (a camera, then the police). A
    quarter of an hour later the signal of the junction 50 m on starts flashing: a
    signal technician's job, not the tow truck's. A crash that knocks a signal out
    (its controller reports the fault two minutes later, 30 m off) is one job."""
    c = Correlator()
    c.feed(ev("b1", "cctv", "stalled_vehicle", 0, 0, 0, source="CAM-1"), T0 + 10)
    c.feed(ev("b2", "incident", "stalled_vehicle", 0, 0, 240, text="客運拋錨 擋住出口車道"), T0 + 250)
    c.feed(ev("s1", "signal", "fault", -25, 40, 900, source="SIG-1"), T0 + 905)
    c.feed(ev("s2", "cctv", "signal_dark", -16, 45, 1020, source="CAM-2"), T0 + 1025)
    assert c.where("b1") == c.where("b2") == incident_id_for("b1")
    assert c.where("s1") == c.where("s2") == incident_id_for("s1")
    c.feed(ev("k1", "incident", "injury_accident", 2000, 0, 3000, text="車禍撞倒號誌桿"), T0 + 3010)
    c.feed(ev("k2", "signal", "fault", 2030, 0, 3120, source="SIG-2"), T0 + 3125)
    assert c.where("k2") == incident_id_for("k1")


def test_a_load_fallen_at_the_next_junction_is_not_the_dark_signals_job() -> None:
    """At rush hour a junction's signal goes dark. 85 m on, by the ramp, a lorry drops
    pallets on the inner lanes: a camera sees a fallen object, the police report it.
    Clearing the load is another job than the signal's."""
    c = Correlator()
    c.feed(ev("s1", "signal", "fault", 0, 0, 0, source="SIG-1"), T0 + 5)
    c.feed(ev("s2", "cctv", "signal_dark", 8, 6, 50, source="CAM-1"), T0 + 55)
    c.feed(ev("f1", "cctv", "fallen_object", -40, -75, 300, source="CAM-2"), T0 + 305)
    c.feed(ev("f2", "incident", "fallen_object", -47, -80, 360, text="貨車掉落木棧板 佔用內側車道"), T0 + 365)
    assert c.where("f1") == c.where("f2") not in {None, incident_id_for("s1")}
    assert c.where("s2") == incident_id_for("s1")


def test_a_car_broken_down_before_a_wrong_way_driver_passed_it_is_not_the_drivers_doing() -> None:
    """A car breaks down by the ramp (police); the camera there sees it stand. Twenty
    minutes later a wrong-way driver is reported 3 km away and the cameras follow it
    along the road; the patrol's follow-up places it passing the ramp. The breakdown
    was there before the driver came: two jobs."""
    c = Correlator()
    c.feed(ev("p1", "incident", "stalled_vehicle", 0, 0, 0, text="自小客車故障 等待拖吊"), T0 + 10)
    c.feed(ev("c1", "cctv", "stalled_vehicle", 60, 60, 30, source="CAM-9"), T0 + 40)
    c.feed(ev("w1", "incident", "wrong_way_driver", -2200, -2000, 1200, text="逆向行駛"), T0 + 1210)
    for i, (dx, dy) in enumerate([(-1600, -1500), (-1000, -900), (-500, -400), (50, 80)]):
        c.feed(ev(f"wc{i}", "cctv", "wrong_way", dx, dy, 1240 + 30 * i, source=f"CAM-{i}"), T0 + 1250 + 30 * i)
    follow = replace(ev("w2", "incident", "wrong_way_driver", 40, 70, 1380, text="巡邏車尾隨逆向車"), follows="w1")
    c.feed(follow, T0 + 1390)
    driver = c.where("w1")
    assert c.where("w2") == driver
    assert c.where("p1") == c.where("c1") == incident_id_for("p1") != driver


def test_road_works_bring_no_audience() -> None:
    """A permit for manhole repairs closes an inner lane for the day: nothing to run.
    At noon the museum beside it is evacuated and the crowd stands on the pavement
    (a camera, a caller): that crowd is not the works'. The permit for the emergency
    repair of a sinkhole is the sinkhole job's."""
    c = Correlator()
    works = replace(
        ev("w1", "planned_event", "road_works", 0, 0, 0, text="人孔修繕 封閉內側車道"), ends_t=T0 + 8 * 3600
    )
    c.feed(works, T0)
    assert c.incident_ids() == []
    c.feed(ev("k1", "cctv", "crowding", 120, 60, 3 * 3600, source="CAM-1"), T0 + 3 * 3600 + 5)
    c.feed(call("k2", "crowding", 60, 20, 3 * 3600 + 60, "館內的人全部被叫出來站在路邊"), T0 + 3 * 3600 + 70)
    assert all(c.snapshot(i).member_keys.isdisjoint({"w1"}) for i in c.incident_ids())
    c.feed(ev("h1", "incident", "road_collapse", 3000, 0, 0, text="路面坍塌"), T0 + 10)
    repair = replace(ev("r1", "planned_event", "road_works", 3010, 20, 600, text="緊急搶修"), ends_t=T0 + 7200)
    c.feed(repair, T0 + 610)
    assert c.where("r1") == c.where("h1") is not None


def test_one_call_about_a_barbecue_opens_no_fire_and_takes_no_calls_about_the_fire() -> None:
    """A block burns (panel alarm, 119). A caller in the park 800 m south asks whether one
    may barbecue there, it smokes so; a minute later the caller beside her sees the
    block burning to the north: the block's, not a fire of the barbecue's."""
    c = Correlator()
    c.feed(Item("a1", ItemKind.EVENT, "disaster", "fire_alarm", "alarm", U, X0, Y0, T0, "FA-1"), T0 + 5)
    c.feed(call("f1", "fire", 20, 0, 60, "大樓火警 派遣", feed="119"), T0 + 70)
    c.feed(call("s1", "fire_smoke", 100, 50, 120, "大樓冒黑煙"), T0 + 130)
    c.feed(call("b1", "fire_smoke", 0, -820, 300, "公園草地有人在烤肉，一直冒煙"), T0 + 310)
    assert c.where("b1") is None
    c.feed(call("s2", "fire_smoke", 20, -800, 360, "公園這邊看到北邊有大樓失火"), T0 + 370)
    assert c.where("s2") == incident_id_for("a1")


def test_an_elder_collapsing_in_a_market_crowd_is_a_medical_job_of_its_own() -> None:
    """Police control the crowd at a packed night market. Half an hour later a man in his
    70s collapses in front of the stage, 60 m from the officers: 119 sends an
    ambulance and a caller shouts for one. A coordinator sends the ambulance as its
    own job; the crowd control goes on without it."""
    c = Correlator()
    c.feed(call("c1", "crowd_control", 0, 0, 0, "市集人潮擁擠，派員管制", feed="incident"), T0 + 20)
    c.feed(call("c2", "crowding", 30, 20, 600, "公園市集人多到走不動"), T0 + 620)
    c.feed(call("a1", "ambulance", 50, 30, 1800, "市集舞台前70多歲男性昏倒，意識模糊", feed="119"), T0 + 1820)
    c.feed(call("a2", "other", 60, 30, 1860, "有阿伯倒在舞台前面，叫都叫不醒，快叫救護車"), T0 + 1880)
    crowd = c.where("c1")
    assert c.where("a1") == c.where("a2") != crowd
