"""A person taken ill, or fallen at home, beside another job is an ambulance's job of their own.

Described situation: an evening fire in a flat on the fifth floor of block B of the residential
estate (the panel alarms, 119 sends its engines, a neighbour calls 1999). Twenty minutes
later, in the next stairwell 60 m away, a man of seventy falls in his bathroom and cuts his
head: 119 sends an ambulance ("浴室跌倒 頭部撕裂傷") and its crew reports on arrival. An hour
on, a man of eighty on the ninth floor has chest pain (胸悶): another ambulance. Neither is
the fire's casualty: the coordinator runs the engines for the fire and one ambulance job for
each patient, each crew reporting on its own case.

Later a bus breaks down in the outer lane in front of the transit hub (a patrol reports it);
a passenger on it feels dizzy with a tight chest and 119 sends an ambulance to the bus. The
tow truck is the bus's job, the ambulance the passenger's.

What stays with the other job: a driver with chest pain after a crash (the crash's), and a
person the crews brought out of a flooded underpass who is cold and short of breath
(救出 ... 失溫、胸悶: the flood rescue's).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from tests.unit.ops_center.scene import two_jobs

X0, Y0, T0 = 215_355.0, 2_675_166.0, 1_779_450_000.0  # block B of the estate; T0 = 19:00


def item(
    key: str,
    feed: str,
    category: str,
    agency: str,
    dx: float,
    dy: float,
    minute: float,
    text: str,
    follows: str | None = None,
) -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "1999"} else CapSeverity.SEVERE
    return Item(
        key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0 + dy, T0 + minute * 60.0, "", text, follows
    )


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    return c


FLAT_FIRE = [
    item("panel", "fire_alarm", "alarm", "fire", 0.0, 0.0, 0.0, "生態住宅 B區 受信總機 5F 偵煙探測器 動作"),
    item("engines", "119", "fire", "fire", 0.0, 0.0, 2.0, "生態住宅B區 5樓住宅火警 有火光 派遣水湳分隊"),
    item("neighbour", "1999", "fire_smoke", "citizen", -40.0, -20.0, 3.0, "公寓5樓陽台一直冒煙，還有看到火光！"),
]
STAIRWELL = (-20.0, 57.0)  # the next stairwell of the estate, 60 m from the burning flat


def test_a_man_fallen_in_his_bathroom_beside_the_fire_is_an_ambulance_s_job() -> None:
    fall = [
        item(
            "fall", "119", "ambulance", "fire", *STAIRWELL, 20.0, "生態住宅 3樓 男 70歲 浴室跌倒 頭部撕裂傷 派遣救護車"
        ),
        item("arrived", "119", "ambulance", "fire", *STAIRWELL, 33.0, "抵達 患者頭部撕裂傷 已止血", follows="fall"),
    ]
    c = run([*FLAT_FIRE, *fall])
    fire, ambulance = two_jobs(c, "engines", "fall")
    assert c.snapshot(ambulance).type is IncidentType.RESCUE
    assert c.where("arrived") == ambulance
    assert {c.where("panel"), c.where("neighbour")} == {fire}


def test_a_man_with_chest_pain_beside_the_fire_is_an_ambulance_s_job() -> None:
    chest = item("chest", "119", "ambulance", "fire", *STAIRWELL, 25.0, "生態住宅 9樓 男 80歲 胸悶 呼吸困難 派遣救護車")
    c = run([*FLAT_FIRE, chest])
    two_jobs(c, "engines", "chest")


HUB = (214_729.0 - X0, 2_676_956.0 - Y0)  # the bus bays in front of the transit hub


def test_a_passenger_taken_ill_on_the_broken_down_bus_is_not_the_tow_s_job() -> None:
    c = run(
        [
            item("bus", "incident", "stalled_vehicle", "police", *HUB, 0.0, "轉運中心前 市區公車故障拋錨 佔用外側車道"),
            item("ems", "119", "ambulance", "fire", *HUB, 6.0, "故障公車上 乘客 男 78歲 頭暈胸悶 派遣救護車"),
        ]
    )
    two_jobs(c, "bus", "ems")


def test_the_patrol_s_word_on_the_passenger_taken_ill_is_the_ambulance_s() -> None:
    c = run(
        [
            item("bus", "incident", "stalled_vehicle", "police", *HUB, 0.0, "轉運中心前 市區公車故障拋錨 佔用外側車道"),
            item("ems", "119", "ambulance", "fire", *HUB, 6.0, "故障公車上 乘客 男 78歲 頭暈胸悶 派遣救護車"),
            item("word", "incident", "medical", "police", *HUB, 14.0, "故障公車上乘客身體不適 由救護車送醫 員警協助"),
        ]
    )
    _tow, ambulance = two_jobs(c, "bus", "ems")
    assert c.where("word") == ambulance


def test_a_driver_with_chest_pain_after_a_crash_stays_the_crash_s_job() -> None:
    c = run(
        [
            item("crash", "incident", "traffic_accident", "police", 400.0, 0.0, 0.0, "經貿路口 自小客追撞"),
            item("driver", "119", "ambulance", "fire", 405.0, 5.0, 2.0, "經貿路口車禍，一名駕駛胸痛，派遣救護車"),
        ]
    )
    assert c.where("driver") == c.where("crash") is not None


UNDERPASS = (600.0, 300.0)


def test_a_person_brought_out_of_the_flooded_underpass_stays_the_flood_rescue_s() -> None:
    c = run(
        [
            item("car", "119", "rescue", "fire", *UNDERPASS, 0.0, "地下道 自小客車涉水熄火受困 派遣救助隊"),
            item("call", "1999", "flooding", "citizen", *UNDERPASS, 1.0, "地下道淹水很深，有一台車卡在裡面"),
            item("out", "119", "ambulance", "fire", *UNDERPASS, 12.0, "地下道救出民眾1名失溫、胸悶，送醫"),
        ]
    )
    assert c.where("out") == c.where("car") is not None


PLAZA = (-600.0, 420.0)  # the concert hall's outer plaza, where the police broadcast a lost boy
GATE = (PLAZA[0] - 116.0, PLAZA[1] - 30.0)  # the hall's entrance queue, 120 m from the plaza
PATH = (PLAZA[0] + 120.0, PLAZA[1] - 200.0)  # the park path, 233 m from the plaza


def test_a_fan_who_fainted_in_the_queue_is_not_the_lost_boy_s_search() -> None:
    """A concert night: the police broadcast a five-year-old boy lost on the outer plaza and a
    walker finds a small boy crying on the park path. Twenty minutes later a woman of 22
    faints in the entrance queue 120 m away: 119 sends an ambulance, whose crew reports her
    recovered. The search and the ambulance are two jobs."""
    c = run(
        [
            item("lost", "incident", "other", "police", *PLAZA, 0.0, "外廣場 5歲男童走失 穿黃色上衣 請線上警網協尋"),
            item("walker", "1999", "other", "citizen", *PATH, 6.0, "公園步道有一個小男生在哭，說找不到媽媽"),
            item("faint", "119", "ambulance", "fire", *GATE, 26.0, "入口處 女 22歲 排隊時昏倒 意識已恢復 派遣救護車"),
            item("stable", "119", "ambulance", "fire", *GATE, 34.0, "患者意識清楚 拒絕送醫", follows="faint"),
        ]
    )
    search, ambulance = two_jobs(c, "lost", "faint")
    assert c.where("stable") == ambulance
    assert c.where("walker") == search


def test_the_sought_elder_found_collapsed_is_the_search_s() -> None:
    c = run(
        [
            item("lost", "incident", "other", "police", *PLAZA, 0.0, "協尋：82歲男性，失智，灰色外套，外出未歸"),
            item("found", "119", "ambulance", "fire", *GATE, 40.0, "公園北側老翁倒地，意識不清，疑似失智走失"),
            item("kin", "incident", "medical", "police", *GATE, 48.0, "公園老翁路倒送醫，已聯繫家屬"),
        ]
    )
    assert c.where("found") == c.where("lost") == c.where("kin") is not None
