"""A caller who names a landmark or a junction is judged from that place as well.

Described situation: a typhoon evening. Intercity coaches stop running and hundreds of
travellers are stranded in the 水湳 transit hub; the police report the crowd they are
sorting out in its waiting hall. At 20:40 a mother calls 1999 from home, 1.7 km south:
"我女兒在水湳轉運中心回不來，你們有沒有安排接駁還是安置". The operator files it under 其他;
the coordinator puts it with the stranded travellers: the hub is the place she names. At
21:00 a car and a scooter collide at the 環中路/中清路 junction (the camera there sees
it, a patrol reports it); a wife calls from 1.2 km away: "聽說環中路中清路口有車禍，是不是
很嚴重？" The junction she names is the crash's.

Calls judged where they were sent: a caller standing at the 經貿路/黎明路 junction who
wonders whether the man lying in the bus shelter is the one hurt at the hub ("是不是剛剛
轉運站那個"): the place he stands at is named too, so his phone is where he is; a driver
heading for the hub ("我要去轉運中心搭客運") says where he goes, not where he is; and a
patrol's report names a landmark only as a bearing from its scene ("中科路(流行影音中心
東側)"). A caller naming a place that lies between two floods on one road picks one of
them, never merging the two.
"""

from __future__ import annotations

import pytest

from geo.gazetteer import Gazetteer
from geo.loaders import load_roads
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind
from ops_center.policies import NAMED_PLACE_NEAR_M, REASON_UNRELATED
from tests.unit.ops_center.scene import at, gazetteer

T0 = 1_787_000_000.0


def item(key: str, feed: str, category: str, agency: str, xy: tuple[float, float], minute: float, text: str) -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "1999"} else CapSeverity.SEVERE
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, xy[0], xy[1], T0 + minute * 60.0, "", text)


def off(xy: tuple[float, float], dx: float, dy: float) -> tuple[float, float]:
    return xy[0] + dx, xy[1] + dy


def run(items: list[Item], *, places: bool = True) -> Correlator:
    c = Correlator(places=gazetteer().points_named if places else None)
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    return c


HUB = at("水湳轉運中心")
STRANDED = [
    item("hall", "incident", "crowd_control", "police", off(HUB, -40.0, -20.0), 0.0,
         "水湳轉運中心候車區滯留旅客約400人，派員協助疏導、維持秩序"),
    item("cam", "cctv", "crowding", "disaster", off(HUB, 20.0, 30.0), 5.0, ""),
]
MOTHER = item("mother", "1999", "other", "citizen", off(HUB, 300.0, -1700.0), 20.0,
              "我女兒在水湳轉運中心回不來，你們有沒有安排接駁還是安置")


def test_a_call_naming_the_hub_from_far_away_is_the_stranded_travellers_job() -> None:
    c = run([*STRANDED, MOTHER])
    assert c.where("mother") == c.where("hall") is not None


def test_without_the_gazetteer_the_same_call_is_read_as_nothing() -> None:
    c = run([*STRANDED, MOTHER], places=False)
    assert c.where("mother") is None
    assert c.left_out()["mother"] == REASON_UNRELATED


JUNCTION = at("環中路中清路口")
CRASH = [
    item("cctv", "cctv", "accident", "disaster", off(JUNCTION, 15.0, 10.0), 60.0, ""),
    item("patrol", "incident", "accident", "police", off(JUNCTION, -10.0, 5.0), 63.0,
         "環中路中清路口 自小客與機車碰撞 機車騎士受傷"),
]


def test_a_call_naming_the_junction_from_far_away_joins_the_crash_there() -> None:
    wife = item("wife", "1999", "traffic_accident", "citizen", off(JUNCTION, -900.0, -800.0), 70.0,
                "聽說環中路中清路口有車禍，是不是很嚴重？我老公騎機車都走那邊")
    c = run([*CRASH, wife])
    assert c.where("wife") == c.where("patrol") is not None
    old = run([*CRASH, wife], places=False)
    assert old.where("wife") != old.where("patrol")


def test_a_call_naming_a_far_place_extends_no_job_to_where_it_was_sent() -> None:
    car_park = at("河南路停車場")
    flood = item(
        "police", "incident", "flooding_report", "police", off(car_park, 0.0, 60.0), 0.0, "河南路二段積水約30公分"
    )
    far = off(car_park, 900.0, 700.0)
    named = item("named", "1999", "flooding", "citizen", far, 10.0, "河南路停車場前面那段淹起來了，水到輪胎一半")
    here = item("here", "1999", "flooding", "citizen", off(far, 40.0, 30.0), 12.0, "我家門口這邊積水了")
    c = run([flood, named, here])
    assert c.where("named") == c.where("police") is not None
    assert c.where("here") != c.where("police")  # the water at the caller's home is another job


def test_a_caller_standing_at_one_named_place_is_judged_where_he_stands() -> None:
    shelter = at("經貿路黎明路口")
    man = item("man", "1999", "other", "citizen", off(shelter, 30.0, 20.0), 30.0,
               "經貿路黎明路口公車亭有個阿伯躺在地上叫不起來，是不是剛剛轉運站那個？")
    c = run([*STRANDED, man])
    assert c.where("man") != c.where("hall")


def test_a_place_the_caller_heads_for_is_not_where_he_is() -> None:
    driver = item("driver", "1999", "other", "citizen", off(HUB, 200.0, -1500.0), 20.0,
                  "我要去轉運中心搭客運，路上整個卡住，這樣會不會趕不上")
    c = run([*STRANDED, driver])
    assert c.where("driver") != c.where("hall")
    assert gazetteer().points_named(driver.text) == ()


def test_an_agency_crew_names_a_landmark_only_as_a_bearing_from_its_scene() -> None:
    venue = at("流行影音中心")
    crew = item("crew", "incident", "accident", "police", off(venue, 0.0, 650.0), 90.0,
                "中科路(流行影音中心東側) 自小客與機車碰撞")
    c = run([*STRANDED, crew])
    assert c.where("crew") is not None
    assert c.where("crew") != c.where("hall")
    assert c._named_places(crew) == ()


def test_a_named_place_near_where_the_call_was_sent_adds_nothing() -> None:
    call = item("near", "1999", "other", "citizen", off(HUB, NAMED_PLACE_NEAR_M - 50.0, 0.0), 20.0,
                "轉運中心裡面人好多")
    c = run([call])
    assert c._named_places(call) == ()


def test_a_place_between_two_floods_on_one_road_joins_one_of_them_never_both() -> None:
    car_park = at("河南路停車場")
    floods = [
        item("f1", "incident", "flooding_report", "police", off(car_park, 0.0, 120.0), 0.0, "河南路二段積水約30公分"),
        item("f2", "incident", "flooding_report", "police", off(car_park, 0.0, -200.0), 1.0, "河南路積水約25公分"),
    ]
    c = run(floods)
    two = {c.where("f1"), c.where("f2")}
    call = item("car", "1999", "flooding", "citizen", off(car_park, 900.0, 700.0), 10.0,
                "河南路停車場前面那段淹起來了，水到輪胎一半")
    c.feed(call, call.t + 30.0)
    assert {c.where("f1"), c.where("f2")} == two
    if len(two) == 2:
        assert c.where("car") in two


def test_a_named_junction_draws_only_a_job_of_the_report_s_own_kind() -> None:
    """Past midnight two men fight in the hub's forecourt (a patrol separates them); a
    resident 900 m off calls about cars racing at the 環中路/中科路 junction 100 m from the
    hub: the racing is no part of the fight."""
    fight = item("fight", "incident", "public_disturbance", "police", off(HUB, 10.0, 10.0), 0.0,
                 "水湳轉運中心前廣場 兩名男子互毆，員警到場隔離雙方")
    racing = item("racing", "1999", "noise", "citizen", off(at("環中路中科路口"), -700.0, -600.0), 5.0,
                  "又在飆車了，環中路中科路口那邊，聽起來好幾台")
    c = run([fight, racing])
    assert c.where("fight") is not None
    assert c.where("racing") != c.where("fight")


def test_the_service_gives_the_correlator_the_gazetteer_of_the_stored_roads(monkeypatch: pytest.MonkeyPatch) -> None:
    import geo.service
    from geo.errors import GazetteerError
    from geo.index import SpatialIndex
    from ops_center import service

    monkeypatch.setattr(geo.service, "build_index", lambda _conn: SpatialIndex((), roads=load_roads()))
    places = service._geo_lookups(object()).places  # type: ignore[arg-type]
    assert places is not None
    assert places("河南路中平路口淹水") == (at("河南路中平路口"),)

    def unreadable(**_kw: object) -> Gazetteer:
        raise GazetteerError("cannot read: gone", path="gazetteer.yaml")

    monkeypatch.setattr(service, "load_gazetteer", unreadable)
    places = service._geo_lookups(object()).places  # type: ignore[arg-type]
    assert places is None  # the service runs without it
