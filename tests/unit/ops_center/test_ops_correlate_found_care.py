"""The ambulance sent to the person a search found is the search's.

Described situation (the shape of situations 599, 1274 and 1355): at 14:00 a family reports
an 82-year-old with dementia gone from home; the police broadcast the search. At 17:48 a
patrol finds him 1.3 km away outside a convenience store, cold, and calls the family; at
17:55 the fire bureau sends an ambulance there for an elderly man with suspected
hypothermia, and at 18:25 it reports him taken to hospital. Nobody had seen him since 15:30,
so the search had gone quiet before the finding was read. The coordinator reads one job:
the search, ended with its person in care. Another evening the ambulance's dispatch is read
a few minutes before the patrol's report of the finding, 25 m from it, while the widened
search is still open: the same one job.

Background: a child lost at a concert is found at the service desk and handed back to his
parents; twenty minutes later an ambulance is sent to the venue for a young woman who fainted
in the audience: a patient of her own. So is an elderly man who falls 900 m from where the
search found its person, and one the ambulance is sent to at that store two hours later.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_781_100_000.0  # the family's home; T0 = 14:00
FX, FY = X0 + 1200.0, Y0 + 500.0  # the store where the patrol finds him
U = CapSeverity.UNKNOWN


def at(key: str, feed: str, category: str, x: float, y: float, minute: float, text: str, **kw: str) -> Item:
    agency = {"1999": "citizen", "119": "fire"}.get(feed, "police")
    t = T0 + minute * 60.0
    return Item(key, ItemKind.EVENT, agency, feed, category, U, x, y, t, "", text, kw.get("follows"))


SEARCH = [
    at("family", "1999", "missing_person", X0, Y0, 0.0, "我阿公82歲有失智，中午從家裡走出去沒回來，穿灰色外套"),
    at("broadcast", "incident", "missing_person", X0, Y0, 10.0, "受理失智老人走失協尋，男82歲，灰色外套、拖鞋"),
    at("seen", "1999", "missing_person", X0 + 600.0, Y0 + 200.0, 90.0, "公園這邊有一個老先生一直問路，好像走失了"),
]
#: The patrol widens the search an hour before the finding: the search is still open when it is found.
WIDER = at(
    "wider",
    "incident",
    "missing_person",
    X0 + 600.0,
    Y0 + 200.0,
    180.0,
    "公園搜尋未果，擴大協尋範圍",
    follows="broadcast",
)
FOUND = at(
    "found",
    "incident",
    "missing_person",
    FX,
    FY,
    228.0,
    "於超商前尋獲 王○○ 意識清楚 手腳冰冷 已聯繫家屬",
    follows="broadcast",
)


def ambulance(key: str, x: float, y: float, minute: float, text: str = "超商前 82歲男性 疑失溫 送醫檢查") -> Item:
    return at(key, "119", "ambulance", x, y, minute, text)


def run(items: list[Item], arrivals: dict[str, float] | None = None) -> Correlator:
    c = Correlator(retention_s=1e12)  # quiet jobs kept to the end, as the situations keep them
    late = arrivals or {}
    for it in sorted(items, key=lambda i: late.get(i.key, i.t)):
        c.feed(it, late.get(it.key, it.t) + 30.0)
    c.tick(max(it.t for it in items) + 4 * 3600.0)
    return c


def test_the_ambulance_sent_to_the_elder_the_patrol_found_is_the_search_s() -> None:
    sent = ambulance("sent", FX + 25.0, FY + 5.0, 235.0)
    taken = at("taken", "119", "ambulance", FX + 25.0, FY + 5.0, 265.0, "送往醫院", follows="sent")
    c = run([*SEARCH, FOUND, sent, taken])
    search = c.where("family")
    assert search is not None
    assert c.where("found") == search
    assert c.where("sent") == search
    assert c.where("taken") == search


def test_an_ambulance_read_before_the_patrol_s_finding_is_the_search_s_too() -> None:
    sent = ambulance("sent", FX + 25.0, FY + 5.0, 230.0, "超商前 老人 疑似脫水 送醫評估")
    c = run([*SEARCH, WIDER, FOUND, sent], arrivals={"found": T0 + 234.0 * 60.0})
    assert c.where("family") is not None
    assert c.where("sent") == c.where("family") == c.where("found")


def test_a_fan_who_fainted_after_a_lost_child_was_handed_back_is_a_patient_of_her_own() -> None:
    call = at("call", "1999", "missing_person", FX, FY, 0.0, "我兒子在演唱會場內走失，5歲，穿黃色上衣")
    lost = at("lost", "incident", "missing_person", FX, FY, 5.0, "演唱會場內5歲男童走失，家長報案協尋")
    back = at("back", "incident", "missing_person", FX, FY, 15.0, "走失男童已於服務台尋獲，交還家長", follows="lost")
    faint = ambulance("faint", FX - 60.0, FY - 40.0, 35.0, "演唱會場內 女性觀眾約20歲 昏厥 派遣救護車")
    c = run([call, lost, back, faint])
    assert c.where("back") == c.where("lost") is not None
    assert c.where("faint") not in (None, c.where("lost"))


def test_a_fall_far_from_the_finding_or_hours_after_it_is_a_patient_of_its_own() -> None:
    far = ambulance("far", FX + 900.0, FY, 236.0, "路口 老人跌倒 頭部擦傷 派遣救護車")
    later = ambulance("later", FX + 20.0, FY, 350.0, "超商前 老人跌倒 頭部擦傷 派遣救護車")
    c = run([*SEARCH, FOUND, far, later])
    search = c.where("family")
    assert search is not None
    assert c.where("far") not in (None, search)
    assert c.where("later") not in (None, search)
