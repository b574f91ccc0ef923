"""Citizens' calls about one fire or one release, as a coordinator places them: smoke seen
from the next district, smoke that drifted in to the caller, a plume smelled downwind."""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator, incident_id_for
from ops_center.incidents import CapSeverity, Item, ItemKind
from tests.unit.ops_center.test_ops_correlate_reopen import _Walked

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_464_850_000.0
U = CapSeverity.UNKNOWN


def call(key: str, category: str, dx: float, dy: float, dt: float, text: str, feed: str = "1999") -> Item:
    agency = {"1999": "citizen", "119": "fire", "fire_alarm": "disaster"}.get(feed, "police")
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + dt, text=text)


def panel(key: str, dx: float, dy: float, dt: float, text: str = "受信總機 偵煙探測器動作") -> Item:
    return replace(call(key, "alarm", dx, dy, dt, text, feed="fire_alarm"), source_id=f"FA-{key}")


def feed(c: Correlator, items: list[Item], delay: float = 20.0) -> None:
    for item in items:
        c.feed(item, item.t + delay)


def test_a_call_from_the_next_district_about_the_smoke_column_is_the_fire() -> None:
    """A housing block burns at night (its panel, 119 sends three stations). Black smoke
    rises over the roofs; a caller in the next district, 3 km east, says they see a big
    black column over 水湳 and names the row of new housing blocks: that fire's call, not
    a fire of its own to send another engine to."""
    c = Correlator()
    feed(
        c,
        [
            panel("a1", 0, 0, 0),
            call("f1", "fire", 10, 10, 80, "集合住宅8樓住宅火警 黑煙竄出 派遣三個分隊", feed="119"),
            call("s1", "fire_smoke", 40, 60, 120, "那棟新大樓8樓在冒黑煙，窗戶有火光"),
            call("far", "fire_smoke", 2900, 750, 300, "我在北屯這邊，看到水湳那邊冒很大的黑煙，好像是經貿路那排新大樓"),
        ],
    )
    fire = incident_id_for("a1")
    assert {c.where(k) for k in ("a1", "f1", "s1", "far")} == {fire}


def test_a_far_call_placed_on_an_alarm_does_not_make_it_the_fire_people_see() -> None:
    """A recycling yard burns (119) and callers around it see black smoke. Ten minutes in,
    the smoke pulled into a museum's air intake 1.2 km west trips its panel. A caller 2.4 km
    beyond the museum reports smoke; whichever fire that call is put with, nobody has seen
    the museum burn: the next caller, 500 m from the museum and 1.7 km from the yard, who
    sees black smoke, is reporting the yard's."""
    c = Correlator()
    feed(
        c,
        [
            call("f1", "fire", 0, 0, 0, "資源回收場 火警 消防車6輛", feed="119"),
            call("s1", "fire_smoke", 200, 100, 60, "好大的黑煙，好像是塑膠在燒"),
            call("s2", "fire_smoke", -150, 250, 120, "回收場燒起來了"),
            panel("m1", -1200, 0, 600, "美術館 受信總機 3F 空調機房 偵煙器動作"),
            call("far", "fire_smoke", -3600, 0, 660, "天空都是煙，是哪裡在燒"),
            call("s3", "fire_smoke", -1650, 200, 720, "東邊看過去一大片黑煙"),
        ],
    )
    assert c.where("s3") == incident_id_for("f1")


def test_smoke_that_drifted_in_to_a_caller_is_the_fire_people_see_burning() -> None:
    """Block A burns (panel, 119, callers who see flames). Eight minutes in, block B's panel
    280 m south trips, as drifting smoke does. A resident of B calls: their alarm rings and
    the smoke comes over from A; a neighbour of B smells burning plastic all over the
    estate. Both report A's smoke reaching them, not a fire in B. A resident of B who sees
    flames in B's lobby is reporting B."""
    c = Correlator()
    feed(
        c,
        [
            panel("a1", 0, 0, 0),
            call("f1", "fire", 0, 10, 80, "生態住宅A區8樓住宅火警 黑煙竄出", feed="119"),
            call("s1", "fire_smoke", 30, 60, 90, "A區大樓上面有火，煙很大"),
            call("s2", "fire_smoke", -60, -40, 150, "A區失火了，樓梯間都是煙"),
            panel("b1", 20, -280, 500),
            call("d1", "fire_smoke", 30, -290, 640, "我是B區住戶，我們這棟警報也在響，煙從A區飄過來"),
            call("d2", "fire_smoke", -20, -330, 700, "整個社區都是燒焦塑膠的味道"),
        ],
    )
    fire_a = incident_id_for("a1")
    assert c.where("d1") == c.where("d2") == fire_a

    c2 = Correlator()
    feed(
        c2,
        [
            panel("a1", 0, 0, 0),
            call("f1", "fire", 0, 10, 80, "生態住宅A區8樓住宅火警 黑煙竄出", feed="119"),
            call("s1", "fire_smoke", 30, 60, 90, "A區大樓上面有火，煙很大"),
            panel("b1", 20, -280, 500),
            call("e1", "fire_smoke", 30, -290, 640, "B區一樓大廳冒煙，有火光"),
        ],
    )
    assert c2.where("e1") == incident_id_for("b1")


def test_a_plume_smelled_downwind_is_the_release_and_a_gas_smell_is_its_own_leak() -> None:
    """An acid tanker overturns at a junction (police crash report, 119 sends the hazmat
    unit). Twenty minutes later a caller 1.3 km downwind smells a sharp acid smell that
    stings the eyes: the tanker's fumes, not a second leak to send a unit to. A caller as
    far off who smells fuel gas in their alley has a gas leak of their own (gas is smelled
    at the leak), and one who complains of a stinking drain has a drain."""
    c = Correlator()
    feed(
        c,
        [
            call("p1", "traffic_accident", 0, 0, 0, "槽車（載運鹽酸）轉彎側翻，液體外洩冒白煙", feed="incident"),
            call("h1", "hazmat", 5, 10, 300, "鹽酸槽車翻覆外洩 派遣化學災害搶救車", feed="119"),
            call("o1", "gas_odor", 500, -1200, 1200, "這邊一股很刺鼻的酸味，眼睛會痛"),
            call("g1", "gas_odor", -1250, 100, 1300, "巷子裡瓦斯味很重，好像有管子在漏"),
            call("w1", "gas_odor", 100, 1250, 1400, "路邊水溝很臭"),
        ],
    )
    tanker = c.where("p1")
    assert tanker is not None
    assert c.where("o1") == tanker
    assert c.where("g1") not in {tanker}
    assert c.where("w1") != tanker


def test_eyes_stinging_far_downwind_of_a_fire_people_see_is_its_smoke() -> None:
    """A sheet-metal factory burns with black smoke that many call about (119). A caller
    1.6 km downwind complains that the air stinks and their eyes sting, asking the
    environment bureau to look: the factory's smoke, not a chemical leak of its own."""
    c = Correlator()
    feed(
        c,
        [
            call("f1", "fire", 0, 0, 0, "鐵皮工廠火警 濃煙 派遣第三大隊", feed="119"),
            call("s1", "fire_smoke", 150, -50, 60, "工廠冒黑煙，好像有火"),
            call("s2", "fire_smoke", 250, 100, 120, "看到那邊冒黑煙，很濃"),
            call("o1", "other", 1200, -1050, 400, "外面好臭，空氣很差，眼睛刺痛，請環保局查一下"),
        ],
    )
    assert c.where("o1") == incident_id_for("f1")


def test_people_sent_out_of_a_burning_hall_are_the_fires_evacuees_not_the_fairs_crowd() -> None:
    """A trade fair runs at the convention centre (permit) and its crowds fill the street.
    A booth in hall B catches fire: the panel, then 119 (the hall evacuated by announcement).
    A camera at the junction 130 m off sees a crowd surging onto the road, and a caller says
    the evacuated people are standing in the road: the fire's evacuees, for the fire job to
    manage. Once the fire bureau has the hall reopened, a crowd the camera sees is the fair's."""
    c = Correlator()
    permit = call("e1", "exhibition", 0, 0, -3600, "核准：會展中心 A、B 棟展覽", feed="planned_event")
    fair = replace(permit, ends_t=T0 + 6 * 3600)
    c.feed(fair, T0 - 10 * 86_400)
    feed(
        c,
        [
            call("k0", "crowding", -60, 150, 0, "人群聚集", feed="cctv"),
            panel("b1", 60, -40, 600, "B棟 1F 偵煙式探測器動作"),
            call("f1", "fire", 60, -40, 660, "會展中心 B 棟攤位起火，B 棟廣播疏散", feed="119"),
            call("k1", "crowding", -60, 70, 900, "人群聚集（移動中），大量人潮湧入路口", feed="cctv"),
            call("c1", "crowding", -40, 80, 960, "會展中心外面人擠人，疏散的人都站到馬路上了"),
            call("f2", "fire", 60, -40, 1500, "B 棟排煙完成，經消防人員檢查後恢復開放", feed="119"),
            call("k2", "crowding", -60, 70, 1800, "人群聚集", feed="cctv"),
        ],
    )
    fire, event = incident_id_for("b1"), incident_id_for("e1")
    assert c.where("k1") == c.where("c1") == fire
    # no report of the fair's own work: its crowds are held aside as what it explains
    assert c.explained_by("k0") == c.explained_by("k2") == event


def test_a_report_delivered_after_the_job_went_quiet_is_that_jobs() -> None:
    """At night a car burns in an underground car park: two panel zones alarm, the panel
    loses its loop. The 119 dispatch and the police report reach the center an hour and a
    half late, when the alarms' incident has gone quiet; they describe that fire, at its
    place and time: the same job, not a second fire. A crash at the same junction two hours
    after the fire, reported late too, is no part of it."""
    c = Correlator()
    alarms = [panel("a1", 0, 0, 0, "地下停車場 火警 第2區"), panel("a2", 0, 0, 120, "地下停車場 火警 第3區")]
    feed(c, alarms, 3.0)
    late = [
        call("f1", "fire", -10, 70, 360, "中央公園地下停車場 B2 車輛起火 濃煙", feed="119"),
        call("p1", "fire_report", 0, 70, 1680, "中央公園地下停車場車輛火警，已協助管制出入口", feed="incident"),
    ]
    for item in late:
        c.feed(item, T0 + 6500)
    c.feed(call("x1", "traffic_accident", 30, 60, 7200, "停車場出口 兩車擦撞", feed="incident"), T0 + 9000)
    fire = incident_id_for("a1")
    assert c.where("f1") == c.where("p1") == fire
    assert c.where("x1") != fire


def test_a_late_report_finds_its_quiet_job_among_the_city_s_incidents_without_walking_them_all() -> None:
    # the car-park fire above on a busy night: crashes all over the city gone quiet too
    c = Correlator()
    for i in range(300):
        dx, dy = 3_000 + 400 * (i % 30), 400 * (i // 30)
        crash = call(f"far{i}", "traffic_accident", dx, dy, 10 * i, "兩車擦撞", feed="incident")
        c.feed(crash, crash.t + 20.0)
    feed(c, [panel("a1", 0, 0, 3000), panel("a2", 0, 0, 3120)], 3.0)
    late = call("f1", "fire", -10, 70, 3360, "中央公園地下停車場 B2 車輛起火 濃煙", feed="119")
    c._incidents = _Walked(c._incidents)  # type: ignore[assignment]  # the same incidents, walks counted
    walks = _Walked.walks
    c.feed(late, T0 + 9500)
    assert c.where("f1") == incident_id_for("a1")
    assert _Walked.walks == walks


def fair_fire(crowd: Item) -> Correlator:
    """A machine fair runs in the convention centre (permit); a booth in hall A catches fire:
    its panel, then 119. ``crowd`` is a report of people outside, 130 m off."""
    c = Correlator()
    permit = call("e1", "exhibition", 0, 0, -3600, "核准：會展中心 國際機械展", feed="planned_event")
    c.feed(replace(permit, ends_t=T0 + 6 * 3600), T0 - 10 * 86_400)
    feed(
        c,
        [
            call("k0", "crowding", -60, 150, 0, "人群聚集", feed="cctv"),
            panel("a1", 60, -40, 600, "A棟 1F 展場 偵煙探測器動作"),
            call("f1", "fire", 60, -40, 680, "會展中心A棟 展場攤位延長線起火 派遣分隊", feed="119"),
            crowd,
        ],
    )
    return c


def test_a_crowd_pouring_out_of_the_burning_hall_is_the_fires_before_any_report_of_evacuation() -> None:
    """The junction camera sees a crowd pouring out of the centre two minutes after the
    dispatch, before any report says the hall was evacuated: people leaving a building
    whose alarm rings are its evacuees, the fire job's to manage, not the fair's audience."""
    c = fair_fire(call("k1", "crowding", -60, 120, 800, "人行道人群聚集（由會展中心方向湧出）", feed="cctv"))
    assert c.where("k1") == incident_id_for("a1")
    assert c.explained_by("k0") == incident_id_for("e1")  # the fair's crowd, held aside (nobody works it)


def test_a_hall_whose_announcement_sends_everyone_out_is_evacuated() -> None:
    """A caller says the announcement tells everyone to go out of the hall (廣播叫大家往外走):
    the hall is evacuated, and the crowd the camera then sees on the road is the fire's."""
    c = fair_fire(call("c1", "fire_smoke", 40, -20, 720, "會展中心A館裡面有攤位冒火，廣播叫大家往外走。"))
    feed(c, [call("k1", "crowding", -60, 120, 840, "人群聚集（移動中）", feed="cctv")])
    assert c.where("c1") == c.where("k1") == incident_id_for("a1")


def test_a_casualty_taken_ill_downwind_of_a_release_is_the_release() -> None:
    """Chlorine leaks at a treatment plant (119 sends the hazmat unit, callers smell it
    downwind). Half an hour later an ambulance is sent 900 m downwind, to a woman who
    breathed an irritant gas and cannot stop coughing, and another to a passer-by 600 m
    off who smelled an irritant and felt dizzy: the release's casualties, where the wind
    took the gas, not a second leak to send a hazmat unit to, nor a rescue of their own.
    A man who fell at home the same hour 900 m the other way is a call of his own."""
    c = Correlator()
    feed(
        c,
        [
            call("h1", "hazmat", 0, 0, 0, "回收中心加藥間 氯氣外洩 派遣化學災害搶救車", feed="119"),
            call("o1", "gas_odor", 300, 200, 300, "這邊很刺鼻的漂白水味，眼睛好痛"),
            call("a1", "ambulance", 700, 560, 1800, "【救護】民眾吸入刺激性氣體 咳嗽胸悶 派遣救護車", feed="119"),
            call("a2", "ambulance", 450, 400, 2000, "【救護】路人 聞刺激性氣味後頭暈噁心 意識清楚 送醫", feed="119"),
            call("a3", "ambulance", -700, -560, 1900, "【救護】老人在家跌倒 頭部撕裂傷 送醫", feed="119"),
        ],
    )
    leak = c.where("h1")
    assert leak is not None
    assert c.where("o1") == leak
    assert c.where("a1") == leak
    assert c.where("a2") == leak
    assert c.where("a3") not in {leak}
