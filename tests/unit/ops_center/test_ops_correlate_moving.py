"""A subject that drives on (a wrong-way driver, a burning car): its sightings are one incident.

Described situation: at dusk the cameras along 環中路 detect one car driving
against the traffic — every 30-40 s the next camera, 400-500 m further on (about
45-55 km/h), sees it — then a patrol stops it and reports so. A coordinator
runs this as one job, whatever the distance between the first and the last
sighting; two sightings kilometres apart within seconds are two cars.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_168.0, 2_676_765.0, 1_779_471_600.0


def camera(key: str, dx: float, dt: float) -> Item:
    """A camera's wrong-way detection (each camera its own source)."""
    sev = CapSeverity.UNKNOWN
    return Item(key, ItemKind.EVENT, "police", "cctv", "wrong_way", sev, X0 + dx, Y0, T0 + dt, f"cam-{key}")


def report(key: str, dx: float, dt: float, text: str) -> Item:
    """A police report in the catch-all category, told by its text."""
    return Item(key, ItemKind.EVENT, "police", "incident", "other", CapSeverity.MODERATE, X0 + dx, Y0, T0 + dt,
                text=text)


def _feed(c: Correlator, items: list[Item]) -> None:
    for item in items:
        c.feed(item, item.t + 20.0)


def test_sightings_of_a_wrong_way_driver_along_the_road_are_one_incident() -> None:
    c = Correlator()
    _feed(c, [camera("w1", 0, 0), camera("w2", 90, 18), camera("w3", 550, 55), camera("w4", 1000, 90)])
    (inc_id,) = c.incident_ids()
    assert c.snapshot(inc_id).member_keys == {"w1", "w2", "w3", "w4"}


def test_a_police_report_whose_text_tells_of_the_wrong_way_driver_joins_its_track() -> None:
    c = Correlator()
    text = "逆向車輛於環中路往北屯方向攔停"
    _feed(c, [camera("w1", 0, 0), camera("w2", 90, 18), report("stop", 700, 60, text)])
    (inc_id,) = c.incident_ids()
    assert c.snapshot(inc_id).member_keys == {"w1", "w2", "stop"}


def test_two_wrong_way_sightings_too_far_apart_to_drive_between_are_two_incidents() -> None:
    c = Correlator()
    _feed(c, [camera("w1", 0, 0), camera("w2", 90, 18), camera("w3", 3000, 30), camera("w4", 3090, 48)])
    assert len(c.incident_ids()) == 2


def fire(key: str, feed: str, category: str, dx: float, dt: float, text: str, *, agency: str = "citizen") -> Item:
    """A report of fire or smoke (a camera's is its own source)."""
    sev = CapSeverity.UNKNOWN
    src = f"cam-{key}" if feed == "cctv" else ""
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0, T0 + dt, src, text)


def test_a_car_burning_as_it_drives_on_is_one_fire_where_it_stops() -> None:
    """A camera and a caller see a car smoking as it drives along 環中路; a patrol sees it
    500 m on, still driving; it stops 250 m further and burns: the 119 dispatch and the
    calls from its stop are the same car."""
    c = Correlator()
    _feed(c, [
        fire("cam", "cctv", "smoke", 0, 0, "車輛後方白煙 移動中", agency="police"),
        fire("call", "1999", "fire_smoke", 40, 50, "一台休旅車一直冒煙，還在開"),
        fire("patrol", "incident", "fire_report", 500, 120, "巡邏車目擊 休旅車冒煙行駛", agency="police"),
        fire("119", "119", "fire", 750, 240, "派遣：經貿路口東側 車輛火警", agency="fire"),
        fire("stop", "1999", "fire_smoke", 760, 300, "車子起火了！在經貿路口"),
    ])
    (inc_id,) = c.incident_ids()
    assert c.snapshot(inc_id).member_keys == {"cam", "call", "patrol", "119", "stop"}


def test_fires_with_no_word_of_driving_are_placed_where_they_burn() -> None:
    """Two building fires 600 m apart within minutes, each placed by the fire bureau: two jobs."""
    c = Correlator()
    _feed(c, [
        fire("a", "119", "fire", 0, 0, "住宅火警", agency="fire"),
        fire("b", "119", "fire", 600, 120, "工廠火警", agency="fire"),
    ])
    assert len(c.incident_ids()) == 2


def test_a_fire_long_after_the_burning_car_was_last_seen_moving_is_placed_where_it_burns() -> None:
    c = Correlator()
    _feed(c, [
        fire("cam", "cctv", "smoke", 0, 0, "車輛冒煙 移動中", agency="police"),
        fire("patrol", "incident", "fire_report", 300, 60, "冒煙車輛行駛中", agency="police"),
        fire("119", "119", "fire", 1500, 60 + 600, "派遣：倉庫火警", agency="fire"),
    ])
    assert len(c.incident_ids()) == 2


def test_a_wrong_way_driver_stopped_3_km_on_is_the_same_job_when_the_tow_truck_comes() -> None:
    """Cameras see the car every 450 m for 3.2 km; a patrol stops it there; twelve minutes
    later the police report the car towed from where it was stopped: one job."""
    c = Correlator()
    cams = [camera("w0", 0, 0), *(camera(f"w{i}", 90.0 + 450.0 * (i - 1), 18.0 + 30.0 * (i - 1)) for i in range(1, 9))]
    stop = report("stop", 3300, 260, "巡邏車攔停逆向車輛")
    towed = Item("towed", ItemKind.EVENT, "police", "incident", "wrong_way_driver", CapSeverity.MINOR, X0 + 3290,
                 Y0, T0 + 260 + 720, text="逆向車輛由拖吊車移置")
    _feed(c, [*cams, stop, towed])
    (inc_id,) = c.incident_ids()
    assert "towed" in c.snapshot(inc_id).member_keys


def call(key: str, dx: float, dy: float, dt: float, text: str, *, feed: str = "1999") -> Item:
    """A citizen's 1999 call or a police report in the catch-all category, told by its text."""
    agency, sev = ("citizen", CapSeverity.UNKNOWN) if feed == "1999" else ("police", CapSeverity.MODERATE)
    return Item(key, ItemKind.EVENT, agency, feed, "other", sev, X0 + dx, Y0 + dy, T0 + dt, text=text)


def test_sightings_of_a_wandering_elder_along_the_way_are_one_search() -> None:
    """At 21:40 an 83-year-old with dementia walks out of his home; at 22:10 the family
    reports him missing. At 22:35 a caller 1.3 km away in the park sees an old man in
    pajamas walking on who seems lost; at 23:00 the police find him 1.1 km further on.
    No report is written as a follow-up of another. A coordinator runs one search."""
    c = Correlator()
    _feed(
        c,
        [
            call("home", 0, 0, 0, "民眾報案：83歲父親（失智）自住處走失，身穿深藍色睡衣", feed="incident"),
            call("park", 900, 950, 1500, "公園步道有一位老伯伯穿睡衣一直走，問他都不說話，好像迷路"),
            call("found", 1500, 1900, 3000, "走失長者已於大學校門口尋獲，通知家屬", feed="incident"),
        ],
    )
    (inc_id,) = c.incident_ids()
    assert c.snapshot(inc_id).member_keys == {"home", "park", "found"}


def test_a_lost_child_too_far_to_have_walked_from_an_elders_search_is_another_search() -> None:
    """Ten minutes after an elderly man is reported missing, a mother 3 km away calls: her
    child is lost at the market. Nobody walks 3 km in ten minutes: two searches."""
    c = Correlator()
    _feed(
        c,
        [
            call("elder", 0, 0, 0, "民眾報案：83歲父親（失智）自住處走失", feed="incident"),
            call("child", 3000, 0, 600, "小孩在市集走失了，5歲男生穿紅色外套"),
        ],
    )
    assert len(c.incident_ids()) == 2


def ambulance(key: str, dx: float, dy: float, dt: float, text: str) -> Item:
    """A 119 ambulance dispatch, told by its text."""
    return Item(key, ItemKind.EVENT, "fire", "119", "ambulance", CapSeverity.UNKNOWN, X0 + dx, Y0 + dy, T0 + dt,
                text=text)


def test_the_ambulance_for_a_missing_elder_found_after_an_hour_without_news_is_the_searchs() -> None:
    """At 21:20 a family reports their 78-year-old father with dementia missing; at 21:40
    a caller 800 m away sees an old man who seems lost. Nothing more comes for 75 min;
    the police are still searching. At 22:55 an ambulance is sent 1.2 km further on
    for a 78-year-old with dementia, cold through. A coordinator runs one search, which
    ends with that ambulance; a fainting passer-by's ambulance meanwhile, 1 km away,
    is a job of its own."""
    c = Correlator()
    _feed(
        c,
        [
            call("home", 0, 0, 0, "失蹤人口協尋：78歲男性，失智，自住家走失", feed="incident"),
            call("seen", 500, 600, 1200, "河南路停車場有一位阿伯一直繞來繞去，好像迷路了"),
            ambulance("faint", -1000, 0, 2400, "路人昏倒 意識不清 派遣救護車"),
            ambulance("found", 1200, 1500, 5700, "78歲失智長者 疑似失溫 意識清楚，送醫檢查"),
        ],
    )
    search = c.where("home")
    assert {k: c.where(k) for k in ("seen", "found")} == {"seen": search, "found": search}
    assert c.where("faint") != search
