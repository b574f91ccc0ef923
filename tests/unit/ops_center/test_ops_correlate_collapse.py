"""Someone taken ill beside another job is an ambulance's job of their own.

Described situation: at 16:10 a booth in hall B of the convention centre catches fire (the
hall's panel alarms, 119 sends two engines, a visitor calls 1999 about the smoke). A minute
later, in hall A 130 m away, a man of about sixty drops to the floor and stops breathing:
119 sends an ambulance ("突然倒地 無呼吸 現場民眾CPR中") and a visitor calls 1999 while
someone presses on his chest. The coordinator runs two jobs: the engines for the fire, an
ambulance for the cardiac arrest, whose crew reports back on its own case. A woman who
twisted her ankle while hall B was evacuated is the fire's casualty: the engines' job.

Later that evening a bus breaks down in the outer lane in front of the transit hub (a
patrol reports it, the camera sees it stopped); five minutes on, an old man in the bus
queue 70 m away collapses ("倒地 意識不清") and a caller in the queue says he fainted. The
tow truck is the bus's job, the ambulance the old man's. A rider hurt at a crash, whose
ambulance 119 sends to the crash ("機車騎士受傷 送醫"), stays the crash's job.
"""

from __future__ import annotations

from ops_center.incidents import IncidentType
from tests.unit.ops_center.scene import Scene, replay, two_jobs

X0, Y0, T0 = 215_013.0, 2_676_551.0, 1_779_450_000.0  # hall B; T0 = 16:10


item = Scene(X0, Y0, T0).item


run = replay


HALL_FIRE = [
    item("panel", "fire_alarm", "alarm", "fire", 0.0, 0.0, 0.0, "B館 1F 展區 B-214 偵煙探測器動作"),
    item("smoke", "1999", "fire_smoke", "citizen", 0.0, 12.0, 1.0, "B館有攤位在燒，現在整個展區都是煙"),
    item("engines", "119", "fire", "fire", 0.0, 0.0, 2.0, "會展中心B館 展位電線走火 濃煙 出動水箱車2 雲梯車1"),
]
HALL_A = (-102.0, 89.0)  # hall A's entrance, 135 m from the burning booth
ARREST = [
    item("arrest", "119", "ambulance", "fire", *HALL_A, 1.4, "會展中心A館 男性約60歲 突然倒地 無呼吸 民眾CPR中"),
    item(
        "cpr", "1999", "other", "citizen", *HALL_A, 2.5, "A館有一個阿伯倒下去了，有人在幫他壓胸，救護車從哪個門進來？"
    ),
    item("shock", "119", "ambulance", "fire", *HALL_A, 9.5, "A館傷患 AED電擊1次 恢復心跳 送醫", follows="arrest"),
]


def test_a_cardiac_arrest_in_the_next_hall_is_not_the_fire_s_job() -> None:
    c = run([*HALL_FIRE, *ARREST])
    fire, arrest = two_jobs(c, "engines", "arrest")
    assert c.snapshot(arrest).type is IncidentType.RESCUE
    assert c.where("cpr") == arrest
    assert c.where("shock") == arrest
    assert {c.where("panel"), c.where("smoke")} == {fire}


def test_an_evacuee_hurt_leaving_the_burning_hall_is_the_fire_s_casualty() -> None:
    ankle = item("ankle", "119", "ambulance", "fire", 0.0, 0.0, 18.0, "B館疏散時一名女性跌倒 腳踝扭傷 現場處置")
    c = run([*HALL_FIRE, *ARREST, ankle])
    assert c.where("ankle") == c.where("engines")


HUB = (214_729.0 - X0, 2_676_956.0 - Y0)  # the bus bays in front of the transit hub
QUEUE = (214_749.0 - X0, 2_676_886.0 - Y0)  # the bus queue, 70 m from the broken-down bus


def test_an_old_man_collapsing_in_the_bus_queue_is_not_the_broken_down_bus_s_job() -> None:
    bus = [
        item("cam", "cctv", "stalled_vehicle", "traffic", HUB[0] - 55.0, HUB[1] + 28.0, 80.0, "外側車道大型車停滯"),
        item("patrol", "incident", "stalled_vehicle", "police", *HUB, 84.0, "轉運中心前 市區公車故障拋錨 佔用外側車道"),
    ]
    collapse = [
        item("ems", "119", "ambulance", "fire", *QUEUE, 90.0, "水湳轉運中心 公車候車區 男性約70歲 倒地 意識不清"),
        item("queue", "1999", "other", "citizen", *QUEUE, 91.0, "轉運站排隊這邊有一個阿伯昏倒了，快叫救護車！"),
    ]
    c = run([*bus, *collapse])
    tow, ambulance = two_jobs(c, "patrol", "ems")
    assert c.where("queue") == ambulance
    assert c.where("cam") == tow


def test_a_rider_hurt_at_a_crash_stays_the_crash_s_job() -> None:
    crash = [
        item("crash", "incident", "traffic_accident", "police", 300.0, 0.0, 30.0, "經貿路口 機車與自小客擦撞"),
        item("rider", "119", "ambulance", "fire", 310.0, 10.0, 31.0, "經貿路口 機車騎士受傷 送醫"),
    ]
    c = run(crash)
    assert c.where("rider") == c.where("crash") is not None


TOWER = (215_335.0 - X0, 2_675_443.0 - Y0)  # 生態住宅 A 區, the residential tower
TREE = (215_420.0 - X0, 2_675_327.0 - Y0)  # 敦化路, 117 m from the tower


def test_people_trapped_in_a_lift_by_the_power_cut_are_not_the_fallen_tree_s_job() -> None:
    """Typhoon morning: a tree falls across 敦化路 onto the transformer beside it, sparks and
    all (a caller); the block loses power and two people are stuck in the tower's lift
    117 m away (119 sends its rescue crew; the building's manager calls 1999). The saws
    and the road are the tree's job; freeing the two is the rescue crew's."""
    c = run(
        [
            item(
                "tree",
                "1999",
                "fallen_tree",
                "citizen",
                *TREE,
                0.0,
                "敦化路一段有一棵大樹倒下來，壓到路邊的電箱，還有冒火花！",
            ),
            item(
                "manager",
                "1999",
                "other",
                "citizen",
                *TOWER,
                3.0,
                "我是A區管理員，停電了，2號電梯卡在7樓跟8樓中間，裡面有兩個人",
            ),
            item("crew", "119", "rescue", "fire", *TOWER, 4.0, "水湳生態住宅A區 停電電梯受困 受困2人（含1名長者）"),
            item(
                "patrol",
                "incident",
                "fallen_object",
                "police",
                *TREE,
                9.0,
                "敦化路一段 路樹倒塌壓損台電變電箱，雙向阻斷",
            ),
        ]
    )
    tree, lift = two_jobs(c, "tree", "crew")
    assert c.where("manager") == lift
    assert c.where("patrol") == tree
    assert c.snapshot(lift).type is IncidentType.RESCUE


CAR_PARK = (215_180.0 - X0, 2_676_020.0 - Y0)  # the car park's exit on a road near the burst main
MAIN = (215_100.0 - X0, 2_676_110.0 - Y0)  # the burst main, 120 m from the car park's exit


def test_an_old_man_collapsed_on_the_road_beside_a_burst_main_is_an_ambulance_s_job() -> None:
    """A hot noon: works crack a water main, which floods the road (a patrol, two callers,
    the water company). Twenty minutes later an old man lies collapsed at the car park's exit
    120 m away: 119 sends an ambulance (路倒, the ambulance service's word for a person found
    collapsed in public) and the patrol standing by for it reports him. The water company and
    the ambulance are two jobs."""
    main = [
        item("call1", "1999", "flooding", "citizen", *MAIN, 0.0, "路上水管破掉，水一直冒出來，整條路都是水"),
        item("patrol", "incident", "flooding_report", "police", *MAIN, 4.0, "施工挖破自來水管，路面積水約10公分"),
        item("call2", "1999", "flooding", "citizen", MAIN[0] + 20.0, MAIN[1], 6.0, "這邊馬路淹水了，水管破掉"),
    ]
    collapse = [
        item("ems", "119", "ambulance", "fire", *CAR_PARK, 20.0, "停車場出口 民眾路倒 意識模糊 派遣救護車"),
        item("officer", "incident", "medical", "police", *CAR_PARK, 22.0, "停車場出口 老翁路倒，員警協助等候救護車"),
    ]
    c = run([*main, *collapse])
    flood, ambulance = two_jobs(c, "patrol", "ems")
    assert c.where("officer") == ambulance
    assert c.snapshot(ambulance).type is IncidentType.RESCUE
    assert {c.where("call1"), c.where("call2")} == {flood}


STAGE = (214_950.0 - X0, 2_676_580.0 - Y0)  # the stage's front rows, 45 m from the backstage fire


def test_a_spectator_who_fainted_in_front_of_the_stage_is_not_the_backstage_fire_s_job() -> None:
    """A concert: a fire starts backstage (the panel, 119's engines). Nine minutes later a
    spectator faints in the front rows 45 m away (昏厥): 119 sends an ambulance there, and a
    second record says she was taken to hospital. The engines and the ambulance are two jobs."""
    fire = [
        item("panel", "fire_alarm", "alarm", "fire", 0.0, 0.0, 0.0, "後台 偵煙探測器動作"),
        item("engines", "119", "fire", "fire", 0.0, 0.0, 2.0, "後台道具間起火 出動水箱車2"),
    ]
    faint = [
        item("amb", "119", "ambulance", "fire", *STAGE, 9.0, "搖滾區 女性觀眾昏厥 意識不清 派遣救護車"),
        item("taken", "119", "ambulance", "fire", *STAGE, 22.0, "患者已送醫", follows="amb"),
    ]
    c = run([*fire, *faint])
    engines, ambulance = two_jobs(c, "engines", "amb")
    assert c.where("taken") == ambulance
    assert c.where("panel") == engines
