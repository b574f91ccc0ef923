"""Situations 1091-1096 (themes). Seeded: `python3 gen_a.py` rewrites the same files."""
import datetime as dt
from lib import Situation, SENSORS, along, offset, inc

M = lambda n: dt.timedelta(minutes=n)
S = lambda n: dt.timedelta(seconds=n)


def lag(s, t, lo=60, hi=240):
    return t + S(s.rng.randint(lo, hi))


def P(sid):
    return SENSORS[sid]["lon"], SENSORS[sid]["lat"]


def s1091():
    s = Situation(1091, "crash_beside_fire", (2016, 3, 18))
    crash = (120.65136, 24.1868)          # on 凱旋路, about 210 m NNW of the pop music centre panel
    fa = P("SN-FA-006")
    # background before
    s.add("rule", "congestion", s.t(17, 55), truth=None, sensor="SN-VD-HUANZHONG-02", text="環中路車輛偵測器2 平均車速 18 km/h")
    x = s.scatter(*P("SN-SIG-007"), 40, 150)
    s.add("1999", "streetlight", s.t(18, 1), lag(s, s.t(18, 1)), None, lon=x[0], lat=x[1],
          text="黎明路三段靠近凱旋路這邊有一盞路燈不亮，燈桿編號XT-20417")
    # the crash
    x = s.scatter(*crash, 20, 60)
    c1 = s.add("1999", "traffic_accident", s.t(18, 4), lag(s, s.t(18, 4), 90, 200), "crash", lon=x[0], lat=x[1],
               text="凱旋路靠近流行影音中心這邊兩台車對撞，有一台引擎蓋一直冒白煙，有人坐在路邊")
    a1 = s.add("119", "ambulance", s.t(18, 5, 30), None, "crash", lon=crash[0], lat=crash[1],
               text="凱旋路二段 車禍 1人受傷 意識清楚 派遣西屯分隊救護車")
    p1 = s.add("incident", "injury_accident", s.t(18, 6), lag(s, s.t(18, 6), 60, 180), "crash", lon=crash[0] + 0.00003, lat=crash[1],
               severity="Moderate", text="凱旋路二段近流行影音中心 自小客車兩車碰撞 1人輕傷 占用內側車道")
    x = s.scatter(*crash, 30, 120)
    s.add("1999", "traffic_accident", s.t(18, 7), lag(s, s.t(18, 7)), "crash", lon=x[0], lat=x[1],
          text="凱旋路車禍，有人受傷，其中一台車子在冒煙，要不要叫消防車")
    # the fire, 210 m away, starts at the same time
    f1 = s.add("fire_alarm", "alarm", s.t(18, 8, 40), None, "fire", sensor="SN-FA-006", text="3F 餐廳區 偵煙探測器動作")
    x = s.scatter(*fa, 120, 300)
    s.add("1999", "fire_smoke", s.t(18, 10), lag(s, s.t(18, 10)), "fire", lon=x[0], lat=x[1],
          text="流行影音中心那棟樓上面有黑煙冒出來，很大一片")
    f2 = s.add("119", "fire", s.t(18, 11), None, "fire", lon=fa[0], lat=fa[1],
               text="臺中流行影音中心 3樓餐廳廚房火警 出動水箱車2 雲梯車1")
    s.add("rule", "congestion", s.t(18, 12), None, "crash", sensor="SN-VD-KAIXUAN-02",
          text="凱旋路車輛偵測器2 平均車速 9 km/h 佔有率 62%", truth_alt="fire")
    x = s.scatter(*fa, 10, 40)
    s.add("1999", "fire_smoke", s.t(18, 13), lag(s, s.t(18, 13)), "fire", lon=x[0], lat=x[1],
          text="我在影音中心裡面，警鈴一直響，有燒焦味，大家都在往外跑")
    s.add("incident", "fire_report", s.t(18, 14), lag(s, s.t(18, 14)), "fire", lon=fa[0] - 0.0001, lat=fa[1],
          severity="Severe", text="流行影音中心 3F 冒煙 員警到場協助疏散及交通管制")
    mid = ((crash[0] + fa[0]) / 2, (crash[1] + fa[1]) / 2)
    x = s.scatter(*mid, 0, 40)
    s.add("1999", "other", s.t(18, 15), lag(s, s.t(18, 15)), "crash", lon=x[0], lat=x[1],
          text="影音中心外面凱旋路上又有車禍又有煙，到底發生什麼事", truth_alt="fire")
    s.add("incident", "evacuation", s.t(18, 17), lag(s, s.t(18, 17)), "fire", lon=fa[0], lat=fa[1] - 0.0002,
          severity="Moderate", text="影音中心館內約300人疏散至南側廣場", follows=None)
    s.add("119", "fire", s.t(18, 18), None, "fire", lon=fa[0], lat=fa[1], status="on_scene", follows=f2["key"],
          text="第一梯次到場 3F廚房排油煙管起火")
    s.add("119", "ambulance", s.t(18, 19), None, "crash", lon=crash[0], lat=crash[1], status="on_scene", follows=a1["key"])
    x = s.scatter(*P("SN-PK-004"), 50, 200)
    s.add("1999", "illegal_parking", s.t(18, 20), lag(s, s.t(18, 20)), None, lon=x[0], lat=x[1],
          text="敦化路公園旁邊紅線一直有車停，每天都這樣")
    x = s.scatter(*fa, 30, 90)
    s.add("1999", "other", s.t(18, 25), lag(s, s.t(18, 25)), "fire", lon=x[0], lat=x[1],
          text="凱旋路上消防車停在路邊，後面的車都過不去")
    s.add("119", "ambulance", s.t(18, 30), None, "fire", lon=fa[0], lat=fa[1],
          text="流行影音中心 疑似吸入濃煙 女性1名 呼吸不適")
    s.add("rule", "congestion", s.t(18, 33), None, None, sensor="SN-VD-ZHONGKE-01",
          text="中科路車輛偵測器1 平均車速 16 km/h", truth_alt="crash")
    s.add("fire_alarm", "fault", s.t(18, 35), None, None, sensor="SN-FA-009", text="預備電源電壓不足")
    s.add("incident", "road_reopened", s.t(18, 40), lag(s, s.t(18, 40)), "crash", lon=crash[0], lat=crash[1],
          severity="Minor", text="事故車輛已拖離 凱旋路二段恢復通行", follows=p1["key"])
    s.add("fire_alarm", "normal", s.t(18, 42), None, "fire", sensor="SN-FA-006", text="復歸")
    x = s.scatter(*fa, 200, 500)
    s.add("1999", "other", s.t(18, 44), lag(s, s.t(18, 44)), None, lon=x[0], lat=x[1],
          text="請問影音中心今天晚上八點的演出還會照常嗎", truth_alt="fire")
    s.add("119", "ambulance", s.t(18, 45), None, "crash", lon=crash[0], lat=crash[1], status="returning", follows=a1["key"])
    s.add("119", "fire", s.t(18, 52), None, "fire", lon=fa[0], lat=fa[1], status="closed", follows=f2["key"],
          text="火勢撲滅 殘火處理完畢 無人受困")
    truth = {
        "description": "Friday evening rush: a two-car collision on 凱旋路 (one car's radiator steaming) and, four minutes later, a kitchen-duct fire in the pop music centre 210 m away. Two incidents at once, with smoke words in the crash calls and a congestion detector 11 m from the burning building's panel.",
        "incidents": [
            inc("crash", "traffic", "Two-car injury collision on 凱旋路二段 near the pop music centre", c1["key"]),
            inc("fire", "fire", "Kitchen exhaust-duct fire, 3F restaurant, 臺中流行影音中心; 300 evacuated", f1["key"]),
        ],
        "alternative_reading": {
            "why": "The 凱旋路 slow-down at SN-VD-KAIXUAN-02 (11 m from the burning building's panel) can be put on the fire's engines rather than the crash; the caller who saw 'a crash and smoke' can be filed with the fire; the 中科路 slow-down can be read as traffic diverted by the crash; the question about the evening show is arguably part of the fire's aftermath.",
            "incidents": [
                inc("crash", "traffic", "Two-car injury collision on 凱旋路二段", c1["key"]),
                inc("fire", "fire", "Kitchen exhaust-duct fire, 臺中流行影音中心", f1["key"]),
            ],
        },
        "notes": "The crash's 'smoke' is radiator steam; text alone would send it to the fire. The first crash call precedes the first fire evidence by 4.5 min, so a coordinator opens the crash first.",
    }
    return s, truth


def s1092():
    s = Situation(1092, "jingmao_flood_spreads", (2016, 6, 2))
    sev_pts = {"s": along("jingmao", 0.93), "n": along("jingmao", 0.62)}
    s.add("1999", "other", s.t(13, 58), lag(s, s.t(13, 58)), None, lon=120.6551, lat=24.1911,
          text="請問今天下午會不會停班停課？雨好大")
    s.add("rule", "heavy_rain", s.t(14, 0), None, None, sensor="SN-RG-001", level="大雨", text="時雨量 42 mm")
    s.add("rule", "heavy_rain", s.t(14, 10), None, None, sensor="C0F9T0", level="大雨", text="時雨量 44.5 mm")
    w3 = s.add("rule", "water_level", s.t(14, 10), None, "flood", sensor="SN-WL-003", level="3", text="水位 1.43 m 達三級警戒")
    f1 = s.add("rule", "flood_depth", s.t(14, 18), None, "flood", sensor="SN-FL-008", level="1-15", text="淹水深度 6 cm")
    x = s.scatter(*P("SN-FL-008"), 20, 120)
    c1 = s.add("1999", "flooding", s.t(14, 22), lag(s, s.t(14, 22)), "flood", lon=x[0], lat=x[1],
               text="經貿路三段水淹到人行道了，水溝的水一直往上冒")
    s.add("rule", "water_level", s.t(14, 25), None, "flood", sensor="SN-WL-003", level="2", text="水位 1.86 m 達二級警戒")
    x = s.scatter(*P("SN-FL-008"), 150, 250)
    s.add("1999", "blocked_drain", s.t(14, 30), lag(s, s.t(14, 30)), "flood", lon=x[0], lat=x[1],
          text="經貿路敦化路口水溝蓋被樹葉塞住，水都排不掉")
    s.add("rule", "heavy_rain", s.t(14, 30), None, None, sensor="SN-RG-002", level="大雨", text="時雨量 48 mm")
    s.add("rule", "congestion", s.t(14, 33), None, "underpass", sensor="SN-VD-HUANZHONG-04",
          text="環中路車輛偵測器4 平均車速 12 km/h", truth_alt=None)
    s.add("rule", "flood_depth", s.t(14, 35), None, "flood", sensor="SN-FL-008", level="16-30", text="淹水深度 22 cm")
    u1 = s.add("rule", "flood_depth", s.t(14, 40), None, "underpass", sensor="SN-FL-010", level="16-30", text="淹水深度 19 cm")
    p = along("jingmao", 0.85)
    s.add("incident", "flooding_report", s.t(14, 40), lag(s, s.t(14, 40)), "flood", lon=p[0], lat=p[1], severity="Moderate",
          text="經貿路三段往中平路方向 積水約20公分 多輛機車熄火")
    s.add("rule", "congestion", s.t(14, 45), None, "flood", sensor="SN-VD-JINGMAO-02", text="經貿路車輛偵測器2 平均車速 11 km/h", truth_alt=None)
    x = s.scatter(*P("SN-PK-004"), 30, 150)
    s.add("1999", "fallen_tree", s.t(14, 48), lag(s, s.t(14, 48)), None, lon=x[0], lat=x[1],
          text="中科路公園人行道有一根樹枝斷掉，沒有擋到車道，麻煩有空來清")
    s.add("rule", "water_level", s.t(14, 50), None, "flood", sensor="SN-WL-003", level="1", text="水位 2.24 m 達一級警戒")
    s.add("cctv", "flooding", s.t(14, 52), None, "flood", sensor="SN-CCTV-011", confidence=0.81)
    s.add("rule", "flood_depth", s.t(14, 55), None, "underpass", sensor="SN-FL-010", level=">30", text="淹水深度 38 cm")
    x = s.scatter(*P("SN-CCTV-011"), 20, 80)
    s.add("1999", "flooding", s.t(14, 55), lag(s, s.t(14, 55)), "flood", lon=x[0], lat=x[1],
          text="經貿路中平路口整個淹起來了，車子都開很慢")
    pc = s.add("incident", "road_closure", s.t(15, 0), lag(s, s.t(15, 0), 60, 120), "flood", lon=sev_pts["s"][0], lat=sev_pts["s"][1],
               severity="Severe", text="經貿路三段 敦化路至中平路 雙向封閉 積水逾30公分")
    x = s.scatter(*P("SN-FL-010"), 15, 60)
    s.add("1999", "flooding", s.t(15, 0), lag(s, s.t(15, 0)), "underpass", lon=x[0], lat=x[1],
          text="臺灣大道環中路口的地下道淹水，有一台車卡在裡面")
    s.add("cctv", "flooding", s.t(15, 1), None, "underpass", sensor="SN-CCTV-009", confidence=0.77)
    pu = s.add("incident", "road_closure", s.t(15, 2), lag(s, s.t(15, 2)), "underpass", lon=120.6336, lat=24.1762,
               severity="Severe", text="臺灣大道環中路口地下道 積水封閉 車輛改道平面")
    s.add("rule", "flood_depth", s.t(15, 5), None, "flood", sensor="SN-FL-008", level=">30", text="淹水深度 34 cm")
    x = s.scatter(*P("SN-FA-012"), 10, 60)
    s.add("1999", "flooding", s.t(15, 5), lag(s, s.t(15, 5)), "flood", lon=x[0], lat=x[1],
          text="我們生態住宅B區地下室車道入口開始進水，可以送沙包來嗎")
    s.add("fire_alarm", "fault", s.t(15, 8), None, "flood", sensor="SN-FA-012", text="B1 消防泵浦室 進水 設備異常")
    s.add("rule", "heavy_rain", s.t(15, 10), None, None, sensor="SN-RG-001", level="豪雨", text="3小時累積雨量 104 mm")
    p = along("jingmao", 0.8)
    s.add("119", "rescue", s.t(15, 12), None, "flood", lon=p[0], lat=p[1], text="經貿路三段 自小客車受困積水 駕駛受困車內 出動救助隊")
    s.add("rule", "water_level", s.t(15, 15), None, "flood", sensor="SN-WL-002", level="3", text="水位 2.05 m 達三級警戒", truth_alt=None)
    p = along("jingmao", 0.5)
    x = s.scatter(*p, 10, 50)
    s.add("1999", "flooding", s.t(15, 20), lag(s, s.t(15, 20)), "flood", lon=x[0], lat=x[1],
          text="綠美圖前面經貿路也開始積水了，水一直往這邊流")
    s.add("incident", "flooding_report", s.t(15, 30), lag(s, s.t(15, 30)), "flood", lon=p[0], lat=p[1], severity="Moderate",
          text="積水往北延伸至經貿路二段綠美圖前 約10公分 車輛慢行")
    x = s.scatter(*P("SN-SIG-006"), 15, 60)
    s.add("1999", "flooding", s.t(15, 35), lag(s, s.t(15, 35)), "flood", lon=x[0], lat=x[1],
          text="經貿七路口這邊水淹到腳踝，機車不敢騎過去")
    s.add("status", "offline", s.t(15, 45), None, None, sensor="SN-RG-003", reason="battery_low")
    x = s.scatter(*P("SN-CCTV-007"), 50, 200)
    s.add("1999", "streetlight", s.t(15, 50), lag(s, s.t(15, 50)), None, lon=x[0], lat=x[1], text="凱旋路有一盞路燈白天一直亮著")
    s.add("rule", "cleared", s.t(15, 55), None, "underpass", sensor="SN-FL-010", text="淹水深度 4 cm 解除")
    s.add("incident", "road_reopened", s.t(16, 5), lag(s, s.t(16, 5)), "underpass", lon=120.6336, lat=24.1762, severity="Minor",
          text="臺灣大道環中路口地下道 積水退去 恢復通行", follows=pu["key"])
    s.add("rule", "cleared", s.t(16, 10), None, "flood", sensor="SN-FL-008", text="淹水深度 3 cm 解除")
    s.add("rule", "cleared", s.t(16, 20), None, "flood", sensor="SN-WL-003", text="水位 1.32 m 低於三級警戒")
    s.add("incident", "road_reopened", s.t(16, 25), lag(s, s.t(16, 25)), "flood", lon=sev_pts["s"][0], lat=sev_pts["s"][1], severity="Minor",
          text="經貿路三段積水退去 恢復雙向通行", follows=pc["key"])
    truth = {
        "description": "Plum-rain afternoon. The 水湳 drainage overtops at 經貿路三段; water spreads south to the 中平路 junction and north to 經貿七路 (about 2 km of road) over 90 minutes (14:10-15:40), then recedes. At the same time the 臺灣大道/環中路 underpass floods 2.7 km west: a separate job.",
        "incidents": [
            inc("flood", "flood", "經貿路 flooding from the drainage overflow, spreading along the road 14:10-16:25", f1["key"]),
            inc("underpass", "flood", "臺灣大道/環中路 underpass flooded and closed", u1["key"]),
        ],
        "alternative_reading": {
            "why": "The 經貿路 slow-down and the south detention pond's level-3 warning (370 m off the road, ponds filling as designed) can be read as background; the 環中路 slow-down 900 m from the underpass can be read as ordinary rain traffic rather than the underpass closure's queue.",
            "incidents": [
                inc("flood", "flood", "經貿路 flooding from the drainage overflow", f1["key"]),
                inc("underpass", "flood", "臺灣大道/環中路 underpass flooded and closed", u1["key"]),
            ],
        },
        "notes": "Heavy-rain alerts are the cause, not a job: null. The first evidence (WL-003 level 3) is a warning, not yet a flood on the road; sufficient evidence is the first flood-depth reading on the road. Evidence ends about 2 km from where it started.",
    }
    return s, truth


FIRE_CALLS_1 = [
    "生態住宅那邊有一棟大樓在冒黑煙，好大", "敦化路這邊看到大樓起火了，大概八九樓", "快點派消防車，經貿路三段那棟住宅冒火",
    "我住B區隔壁棟，走廊都是煙味", "中央公園這邊看過去，對面大樓有火", "大樓失火了，有人在陽台喊救命",
    "生態住宅A區起火了，煙很大", "我在公園散步，看到東邊有一棟樓一直冒煙", "住宅區火災，窗戶有火冒出來",
    "經貿路那邊有火災，黑煙整片往公園飄", "樓上在燒，我們已經下樓了，還有鄰居在上面", "敦化路一段集合住宅火警，請快來",
    "B區大樓起火，警報器一直響", "那邊好像是八樓在燒，火很大", "我開車經過中清路，看到那邊大樓冒煙",
    "火災，生態住宅，煙好大聞到很嗆", "我家陽台看出去，對面大樓失火了", "有沒有人報案了？住宅大樓著火",
]
FIRE_CALLS_2 = [
    "火變更大了，整面外牆都黑了", "消防車到了沒？火還在燒", "A區還是B區我不確定，就是經貿路那邊的住宅大樓",
    "煙飄到我們社區了，要不要關窗", "我在中清路上，那邊的煙從很遠就看得到", "有人被困在九樓陽台",
    "我們被叫下樓了，現在在公園旁邊等", "有爆炸聲，好像是瓦斯桶", "大樓火災的煙整個飄過來，公園這邊都是煙",
    "住宅區那邊還在冒煙，消防車好多台", "我的車停在那棟樓地下室，能不能去開", "那棟樓起火，旁邊路都封起來了",
    "好嗆，眼睛好痛，煙一直飄過來", "住宅火災，請問要不要疏散隔壁棟",
]
FIRE_CALLS_3 = [
    "我媽住在生態住宅B區，電話打不通，她有沒有事", "請問B區火災有沒有人受傷", "我們什麼時候可以回家",
    "敦化路封路要封到幾點", "火好像滅了，但還有煙", "我朋友住八樓，聯絡不到他", "經貿路被封起來，我要回家要怎麼走",
    "大樓外面還是有很重的焦味",
]


def s1093():
    s = Situation(1093, "residential_fire_call_burst", (2016, 11, 12))
    fa = P("SN-FA-012")
    x = s.scatter(*P("SN-FL-004"), 20, 80)
    s.add("1999", "fire_smoke", s.t(19, 40), lag(s, s.t(19, 40)), None, lon=x[0], lat=x[1],
          text="中央公園裡面有人在烤肉，煙很大，公園可以烤肉嗎")
    f1 = s.add("fire_alarm", "alarm", s.t(20, 9), None, "fire", sensor="SN-FA-012", text="8F 住戶 偵煙探測器動作 第8迴路")
    first = None
    # burst 1: 20:10-20:20, callers mostly west (park) and around the block
    for i, txt in enumerate(FIRE_CALLS_1):
        t = s.t(20, 10) + S(int(i * 33 + s.rng.randint(0, 25)))
        if "公園" in txt:
            x = s.scatter(fa[0] - 0.0025, fa[1], 50, 250)
        elif "中清路" in txt:
            x = s.scatter(120.6635, 24.1880, 50, 300)
        else:
            x = s.scatter(*fa, 20, 350)
        it = s.add("1999", "fire_smoke", t, lag(s, t, 40, 300), "fire", lon=x[0], lat=x[1], text=txt)
        first = first or it
    d1 = s.add("119", "fire", s.t(20, 11), None, "fire", lon=fa[0], lat=fa[1],
               text="臺中市北屯區敦化路一段 生態住宅B區 8樓住宅火警 出動水箱車4 雲梯車2 救護車2")
    s.add("incident", "fire_report", s.t(20, 14), lag(s, s.t(20, 14)), "fire", lon=fa[0], lat=fa[1] + 0.0002, severity="Severe",
          text="生態住宅B區 8樓 火警 濃煙 員警到場管制")
    x = s.scatter(*P("SN-WL-003"), 50, 200)
    s.add("1999", "noise", s.t(20, 15), lag(s, s.t(20, 15)), None, lon=x[0], lat=x[1], text="經貿路旁邊工地晚上還在施工，很吵")
    on = s.add("119", "fire", s.t(20, 19), None, "fire", lon=fa[0], lat=fa[1], status="on_scene", follows=d1["key"],
               text="到場 8樓一戶火勢猛烈 9樓陽台2人待救")
    s.dup(on, s.t(20, 26))   # the 119 bridge re-sent its record
    s.add("119", "rescue", s.t(20, 21), None, "fire", lon=fa[0], lat=fa[1], text="生態住宅B區 9樓陽台 2人受困 雲梯車救援")
    s.add("incident", "road_closure", s.t(20, 24), lag(s, s.t(20, 24)), "fire", lon=fa[0] + 0.0006, lat=fa[1] - 0.0004,
          severity="Moderate", text="敦化路一段 經貿路至中清路 封閉 供消防車作業")
    for i, txt in enumerate(FIRE_CALLS_2):
        t = s.t(20, 25) + S(int(i * 40 + s.rng.randint(0, 30)))
        if "中清路" in txt:
            x = s.scatter(120.6640, 24.1850, 100, 400)
        elif "公園" in txt:
            x = s.scatter(fa[0] - 0.0028, fa[1], 50, 300)
        else:
            x = s.scatter(*fa, 30, 600)
        s.add("1999", "fire_smoke", t, lag(s, t, 40, 400), "fire", lon=x[0], lat=x[1], text=txt)
    s.add("rule", "congestion", s.t(20, 30), None, "fire", sensor="SN-VD-JINGMAO-02", text="經貿路車輛偵測器2 平均車速 8 km/h", truth_alt=None)
    a2 = s.add("fire_alarm", "alarm", s.t(20, 31), None, "fire", sensor="SN-FA-011", text="2F 公設 偵煙探測器動作 外氣引入", truth_alt="a_alarm")
    s.add("incident", "evacuation", s.t(20, 33), lag(s, s.t(20, 33)), "fire", lon=fa[0], lat=fa[1] - 0.0003, severity="Severe",
          text="B區住戶約150人疏散至中央公園東側")
    s.add("119", "ambulance", s.t(20, 36), None, "fire", lon=fa[0], lat=fa[1], text="生態住宅B區 住戶2名 吸入濃煙 送醫")
    s.add("incident", "theft", s.t(20, 40), lag(s, s.t(20, 40)), None, lon=120.6531, lat=24.1969, severity="Minor",
          text="水湳轉運中心 旅客行李遭竊 報案")
    for i, txt in enumerate(FIRE_CALLS_3):
        t = s.t(20, 42) + M(i * 3) + S(s.rng.randint(0, 90))
        x = s.scatter(*fa, 50, 700)
        cat = "other" if ("封" in txt or "回家" in txt or "媽" in txt or "朋友" in txt) else "fire_smoke"
        s.add("1999", cat, t, lag(s, t, 60, 300), "fire", lon=x[0], lat=x[1], text=txt)
    s.add("fire_alarm", "normal", s.t(20, 48), None, "fire", sensor="SN-FA-011", text="復歸", truth_alt="a_alarm")
    x = s.scatter(fa[0] - 0.0015, 24.1770, 50, 200)
    s.add("1999", "noise", s.t(20, 50), lag(s, s.t(20, 50)), None, lon=x[0], lat=x[1], text="公園南邊有人在放煙火，很吵")
    s.add("119", "fire", s.t(21, 5), None, "fire", lon=fa[0], lat=fa[1], status="returning", follows=d1["key"], text="火勢撲滅 部分車輛返隊 留守殘火處理")
    s.add("fire_alarm", "normal", s.t(21, 20), None, "fire", sensor="SN-FA-012", text="復歸")
    s.add("incident", "road_reopened", s.t(21, 35), lag(s, s.t(21, 35)), "fire", lon=fa[0] + 0.0006, lat=fa[1] - 0.0004, severity="Minor",
          text="敦化路一段 恢復通行")
    truth = {
        "description": "Saturday evening, an 8th-floor flat burns in the eco-residential block B (SN-FA-012). Smoke is seen across Central Park and from 中清路: 40 1999 calls in three bursts (discovery, the fire at its height, relatives and closures), scattered up to 700 m, some naming block A. Smoke drawn into block A's air intake sets off A's panel (280 m north). A barbecue-smoke call 30 min earlier, 300 m away in the park, and fireworks noise later are unrelated.",
        "incidents": [
            inc("fire", "fire", "Residential fire, 生態住宅B區 8F; rescue of 2 from 9F; 150 evacuated; 敦化路 closed", f1["key"]),
        ],
        "alternative_reading": {
            "why": "Block A's alarm (smoke drawn in through the air intake, 280 m north) needs its own crew to check the building, and a coordinator may open it as a separate job.",
            "incidents": [
                inc("fire", "fire", "Residential fire, 生態住宅B區 8F", f1["key"]),
                inc("a_alarm", "fire", "Block A panel alarm from drifting smoke: building check", a2["key"]),
            ],
        },
        "notes": "The 119 on-scene record is delivered twice (same key). Calls that name 生態住宅A區 are about block B (the caller's mistake). The 經貿路 slow-down is the closure's queue; alt: background.",
    }
    return s, truth


def s1094():
    s = Situation(1094, "park_concert_small_incidents", (2016, 10, 8))
    ctr = (120.6564, 24.1830)
    pe = s.add("planned_event", "concert", s.t(19, 0), s.t(10, 0, day=-3), "concert", lon=ctr[0], lat=ctr[1], radius_m=700,
               ends=s.t(22, 0), text="中央公園草地音樂會 預估觀眾30,000人 經貿路、敦化路人行道管制")
    s.add("parking", "full", s.t(17, 30), None, "concert", sensor="SN-PK-005")
    s.add("parking", "full", s.t(17, 50), None, "concert", sensor="SN-PK-004")
    s.add("rule", "congestion", s.t(18, 0), None, None, sensor="SN-VD-HUANZHONG-01", text="環中路車輛偵測器1 平均車速 22 km/h")
    s.add("parking", "full", s.t(18, 10), None, "concert", sensor="SN-PK-006")
    s.add("rule", "congestion", s.t(18, 20), None, "concert", sensor="SN-VD-ZHONGKE-01", text="中科路車輛偵測器1 平均車速 10 km/h")
    for i, m in enumerate((25, 38, 52)):
        x = s.scatter(ctr[0] + 0.0028, ctr[1] + 0.001 * (i - 1), 50, 200)
        s.add("1999", "illegal_parking", s.t(18, m), lag(s, s.t(18, m)), "concert", lon=x[0], lat=x[1],
              text=["敦化路兩邊都是違停的車，車道剩一線", "看演唱會的人把機車停滿人行道", "我家車庫門口被擋住了，出不去"][i])
    s.add("rule", "congestion", s.t(18, 35), None, "concert", sensor="SN-VD-JINGMAO-02", text="經貿路車輛偵測器2 平均車速 9 km/h")
    s.add("cctv", "crowding", s.t(18, 40), None, "concert", sensor="SN-CCTV-006", confidence=0.88, motion="moving")
    s.add("incident", "crowd_control", s.t(18, 45), lag(s, s.t(18, 45)), "concert", lon=120.6575, lat=24.1895, severity="Moderate",
          text="中央公園音樂會 入場人潮 經貿路人行道擁擠 派員疏導")
    p = along("henan", 0.8)
    sc = s.add("incident", "traffic_accident", s.t(19, 20), lag(s, s.t(19, 20)), "scooter", lon=p[0], lat=p[1], severity="Minor",
               text="河南路 機車自摔 駕駛手腳擦傷 意識清楚")
    s.add("119", "ambulance", s.t(19, 21), None, "scooter", lon=p[0], lat=p[1], text="河南路 機車自摔 1人擦傷")
    th = s.add("incident", "theft", s.t(20, 15), lag(s, s.t(20, 15)), "pickpocket", lon=120.6562, lat=24.1835, severity="Minor",
               text="音樂會場內 女子手機遭扒竊 已製作筆錄")
    x = s.scatter(120.6562, 24.1835, 50, 150)
    th2 = s.add("1999", "other", s.t(20, 25), lag(s, s.t(20, 25)), "pickpocket", lon=x[0], lat=x[1],
          text="我在公園聽音樂會，錢包被偷了，要去哪裡報案", truth_alt="pickpocket2")
    am = s.add("119", "ambulance", s.t(20, 40), None, "collapse", lon=120.6558, lat=24.1826, text="音樂會觀眾 女性約20歲 昏倒 疑似脫水")
    s.add("incident", "medical", s.t(20, 42), lag(s, s.t(20, 42)), "collapse", lon=120.6559, lat=24.1827, severity="Moderate",
          text="音樂會搖滾區 民眾路倒 已通報119")
    s.add("119", "ambulance", s.t(20, 49), None, "collapse", lon=120.6558, lat=24.1826, status="on_scene", follows=am["key"])
    mp = s.add("incident", "missing_person", s.t(21, 5), lag(s, s.t(21, 5)), "lost_child", lon=120.6567, lat=24.1842, severity="Moderate",
               text="6歲男童於中央公園音樂會場走失 藍色上衣 黑色短褲")
    x = s.scatter(120.6567, 24.1842, 20, 100)
    s.add("1999", "missing_person", s.t(21, 9), lag(s, s.t(21, 9)), "lost_child", lon=x[0], lat=x[1],
          text="我兒子在公園音樂會那邊走丟了，六歲，穿藍色衣服")
    s.add("119", "ambulance", s.t(21, 10), None, "collapse", lon=120.6558, lat=24.1826, status="returning", follows=am["key"])
    for i, m in enumerate((30, 48)):
        x = s.scatter(*P("SN-FA-011"), 20, 150)
        s.add("1999", "noise", s.t(21, m), lag(s, s.t(21, m)), "concert", lon=x[0], lat=x[1],
              text=["公園的音樂太大聲了，窗戶關起來還是很吵", "演唱會音響震到我們家玻璃都在響"][i])
    s.add("incident", "missing_person", s.t(21, 40), lag(s, s.t(21, 40)), "lost_child", lon=120.6567, lat=24.1842, severity="Minor",
          text="走失男童已於服務台尋獲 交還家長", follows=mp["key"])
    s.add("fire_alarm", "alarm", s.t(21, 50), None, None, sensor="SN-FA-007", text="B1 偵煙探測器動作")
    s.add("fire_alarm", "normal", s.t(21, 52), None, None, sensor="SN-FA-007", text="復歸 管理員確認誤動作")
    s.add("cctv", "crowding", s.t(22, 5), None, "concert", sensor="SN-CCTV-005", confidence=0.91, motion="moving")
    x = s.scatter(*P("SN-FA-011"), 20, 150)
    s.add("1999", "noise", s.t(22, 10), lag(s, s.t(22, 10)), "concert", lon=x[0], lat=x[1], text="散場了還是一堆人在樓下大聲講話")
    s.add("incident", "crowd_control", s.t(22, 15), lag(s, s.t(22, 15)), "concert", lon=120.6552, lat=24.1956, severity="Moderate",
          text="散場人潮 經貿路黎明路口 交通管制 引導往轉運中心")
    x = s.scatter(*P("SN-CCTV-007"), 30, 100)
    s.add("1999", "streetlight", s.t(22, 20), lag(s, s.t(22, 20)), None, lon=x[0], lat=x[1], text="凱旋路一盞路燈閃爍")
    s.add("parking", "empty", s.t(22, 40), None, "concert", sensor="SN-PK-004")
    truth = {
        "description": "Saturday concert in Central Park (permit 19:00-22:00, 700 m, 30,000 expected): car parks full, slow-downs, pavement parking and noise calls are the event's; inside it, four small unrelated incidents: a pickpocketing, a fainted spectator, a lost child (found), and a scooter fall on 河南路 1.45 km away. A car-park panel false alarm is background.",
        "incidents": [
            inc("concert", "crowd", "Central Park concert: crowd and traffic management", pe["key"]),
            inc("scooter", "traffic", "Scooter self-fall on 河南路, rider grazed", sc["key"]),
            inc("pickpocket", "public_safety", "Pickpocketing in the audience", th["key"]),
            inc("collapse", "rescue", "Spectator fainted in the front area", am["key"]),
            inc("lost_child", "rescue", "Six-year-old boy lost in the audience, found at 21:40", mp["key"]),
        ],
        "alternative_reading": {
            "why": "The second theft (a wallet, 10 min later, 100 m away) may be a separate case rather than the same pickpocket patrol job.",
            "incidents": [
                inc("concert", "crowd", "Central Park concert: crowd and traffic management", pe["key"]),
                inc("scooter", "traffic", "Scooter self-fall on 河南路", sc["key"]),
                inc("pickpocket", "public_safety", "Phone pickpocketed", th["key"]),
                inc("pickpocket2", "public_safety", "Wallet stolen", th2["key"]),
                inc("collapse", "rescue", "Spectator fainted", am["key"]),
                inc("lost_child", "rescue", "Lost child, found", mp["key"]),
            ],
        },
        "notes": "The permit arrives three days ahead. The 環中路 slow-down at 18:00, 1.8 km away, is ordinary Saturday traffic. The panel alarm in the park car park resets in two minutes as a false alarm.",
    }
    return s, truth


def s1095():
    s = Situation(1095, "junction_crash_messy_delivery", (2016, 4, 22))
    j = P("SN-SIG-003")
    cv = s.add("cctv", "accident", s.t(7, 46), s.t(7, 46, 20), "crash_a", sensor="SN-CCTV-003", confidence=0.74)
    s.dup(cv, s.t(7, 52, 5))
    x = s.scatter(*j, 10, 40)
    late_call = s.add("1999", "traffic_accident", s.t(7, 47), s.t(8, 30, 12), "crash_a", lon=x[0], lat=x[1],
                      text="環中路中科路口，汽車撞到機車，騎士倒在地上")
    fd = s.add("119", "ambulance", s.t(7, 48), s.t(8, 2, 40), "crash_a", lon=j[0], lat=j[1],
               text="環中路二段與中科路口 汽機車事故 1人受傷")
    s.add("119", "ambulance", s.t(7, 55), s.t(7, 56, 3), "crash_a", lon=j[0], lat=j[1], status="on_scene", follows=fd["key"])
    po = s.add("incident", "injury_accident", s.t(7, 50), s.t(7, 51, 30), "crash_a", lon=j[0] + 0.0001, lat=j[1], severity="Moderate",
               text="環中路二段/中科路 汽機車碰撞 機車騎士腿部受傷 號誌桿遭撞歪")
    # signal controller clock 8 h behind (stamps UTC as if local)
    sg = s.add("signal", "fault", s.t(7, 52) - dt.timedelta(hours=8), s.t(7, 52, 12), "crash_a", sensor="SN-SIG-003",
               text="燈號異常 全紅閃爍")
    al = s.add("rule", "congestion", s.t(7, 55), s.t(7, 55, 30), "crash_a", sensor="SN-VD-HUANZHONG-02", text="環中路車輛偵測器2 平均車速 12 km/h")
    s.dup(al, s.t(7, 58, 2))
    s.add("rule", "congestion", s.t(8, 10), None, "crash_a", sensor="SN-VD-HUANZHONG-03", text="環中路車輛偵測器3 平均車速 14 km/h")
    s.add("119", "ambulance", s.t(8, 15), s.t(8, 15, 50), "crash_a", lon=j[0], lat=j[1], status="returning", follows=fd["key"])
    # the 1999 backlog: a burst at 08:30 of calls taken since 07:30
    bl = [(7, 31, "noise", "水湳轉運中心旁邊一大早就在施工，很吵", (120.6536, 24.1975), None),
          (7, 39, "streetlight", "黎明路三段路燈白天還亮著", (120.6521, 24.1948), None),
          (8, 4, "traffic_accident", "環中路靠近中科路有車禍，警察在處理", (120.6508, 24.1974), "crash_a"),
          (8, 12, "illegal_parking", "轉運中心門口一直有車臨停載客", (120.6529, 24.1968), None),
          (8, 20, "traffic_signal", "環中路中科路口紅綠燈不會動，都是紅燈在閃", (120.6523, 24.1976), "crash_a")]
    for k, (h, m, cat, txt, pt, lab) in enumerate(bl):
        it = s.add("1999", cat, s.t(h, m), s.t(8, 30, 14 + k), lab, lon=pt[0], lat=pt[1], text=txt)
        if k == 2:
            s.dup(it, s.t(8, 31, 40))
    s.add("incident", "injury_accident", s.t(8, 40), s.t(8, 41, 10), "crash_a", lon=j[0] + 0.0001, lat=j[1], severity="Minor",
          text="當事人已送醫 現場清理完畢 號誌待修", follows=po["key"])
    s.add("119", "ambulance", s.t(8, 45), s.t(8, 45, 20), "crash_a", lon=j[0], lat=j[1], status="closed", follows=fd["key"])
    # a separate event at the same junction later
    st = s.add("cctv", "stalled_vehicle", s.t(9, 35), s.t(9, 35, 15), "stall_b", sensor="SN-CCTV-003", confidence=0.82)
    sb = s.add("incident", "stalled_vehicle", s.t(9, 38), s.t(9, 40, 5), "stall_b", lon=j[0] - 0.0002, lat=j[1] - 0.0001, severity="Minor",
          text="環中路二段近中科路口 大貨車引擎故障 拋錨 占用外側車道 已叫拖吊")
    s.add("rule", "congestion", s.t(9, 42), None, "stall_b", sensor="SN-VD-HUANZHONG-03", text="環中路車輛偵測器3 平均車速 17 km/h", truth_alt="crash_a")
    x = s.scatter(*j, 20, 80)
    s.add("1999", "other", s.t(9, 50), s.t(9, 53, 0), "stall_b", lon=x[0], lat=x[1], text="環中路上一台大卡車停在路中間不動，後面都在塞")
    s.add("signal", "restored", s.t(10, 30) - dt.timedelta(hours=8), s.t(10, 30, 9), "crash_a", sensor="SN-SIG-003", text="燈號恢復正常")
    s.add("incident", "stalled_vehicle", s.t(10, 35), s.t(10, 36, 0), "stall_b", lon=j[0] - 0.0002, lat=j[1] - 0.0001, severity="Minor",
          text="拋錨貨車已拖離", follows=sb["key"])
    # the officer's closure report of the morning crash, typed after his shift
    s.add("incident", "road_closure", s.t(7, 58), s.t(10, 50, 30), "crash_a", lon=j[0], lat=j[1], severity="Moderate",
          text="07:58 環中路二段中科路口 封閉外側兩車道 處理事故", follows=po["key"])
    truth = {
        "description": "Friday morning: a car hits a scooter at 環中路/中科路 and bends the signal pole. Delivery is messy: the CCTV detection and a congestion alert are delivered twice, 119's dispatch record arrives 7 min after its own on-scene update, 1999's backlog releases five calls (two about the crash, three unrelated) at 08:30, the signal controller stamps times 8 h early, and the officer's closure report arrives three hours late. At 09:35 a lorry breaks down at the same junction: a separate job.",
        "incidents": [
            inc("crash_a", "traffic", "Car-scooter injury crash at 環中路二段/中科路, signal pole hit", cv["key"]),
            inc("stall_b", "traffic", "Lorry broken down at the same junction 2 h later", st["key"]),
        ],
        "alternative_reading": {
            "why": "The 09:42 slow-down at SN-VD-HUANZHONG-03 may be the residue of the still-faulty signal (the crash's) rather than the lorry.",
            "incidents": [
                inc("crash_a", "traffic", "Car-scooter injury crash at 環中路二段/中科路", cv["key"]),
                inc("stall_b", "traffic", "Lorry broken down at the same junction", st["key"]),
            ],
        },
        "notes": "Signal items' observed are 8 h early (controller clock on UTC labelled +08:00); the restore is the crash's (its pole). The late closure report arrives after the lorry's evidence and must go to the crash by its observed time and follows.",
    }
    return s, truth


def s1096():
    s = Situation(1096, "comms_cabinet_fibre_cut", (2016, 8, 9))
    s.add("status", "offline", s.t(3, 0), None, None, sensor="SN-FL-006", reason="maintenance")
    pw = s.add("planned_event", "road_works", s.t(1, 0), s.t(16, 0, day=-1), None, lon=120.6525, lat=24.1952, radius_m=250,
               ends=s.t(5, 30), text="黎明路三段 夜間自來水管線汰換工程 01:00-05:30 封閉外側車道", truth_alt="gateway")
    x = s.scatter(120.6525, 24.1952, 30, 120)
    s.add("1999", "noise", s.t(1, 40), lag(s, s.t(1, 40)), None, lon=x[0], lat=x[1], text="黎明路半夜在挖馬路，機器聲音很大睡不著")
    g1 = s.add("status", "offline", s.t(3, 21, 10), None, "gateway", sensor="SN-SIG-005", reason="comms_lost")
    s.add("status", "offline", s.t(3, 21, 15), None, "gateway", sensor="SN-SIG-006", reason="comms_lost")
    s.add("status", "offline", s.t(3, 21, 40), None, "gateway", sensor="SN-CCTV-005")
    s.add("status", "offline", s.t(3, 22, 5), None, "gateway", sensor="SN-CCTV-006")
    s.add("rule", "sensor_offline", s.t(3, 24), None, "gateway", sensor="SN-VD-JINGMAO-01", text="超過3分鐘未回傳")
    s.add("rule", "sensor_offline", s.t(3, 24, 30), None, "gateway", sensor="SN-VD-LIMING-01", text="超過3分鐘未回傳")
    s.add("rule", "sensor_offline", s.t(3, 27), None, "gateway", sensor="SN-PK-002", text="超過6分鐘未回傳")
    rg = s.add("status", "offline", s.t(3, 50), None, "rg_battery", sensor="SN-RG-002", reason="battery_low", truth_alt=None)
    sig = s.add("signal", "fault", s.t(4, 10), None, "sig009", sensor="SN-SIG-009", text="黃燈閃爍 控制器異常")
    x = s.scatter(*P("SN-SIG-009"), 20, 80)
    s.add("1999", "traffic_signal", s.t(4, 18), lag(s, s.t(4, 18)), "sig009", lon=x[0], lat=x[1], text="臺灣大道環中路口紅綠燈一直閃黃燈，很危險")
    s.add("incident", "traffic_signal_fault", s.t(4, 25), lag(s, s.t(4, 25)), "sig009", lon=120.6320, lat=24.1749, severity="Moderate",
          text="臺灣大道/環中路 號誌故障 員警到場指揮交通")
    s.add("incident", "other", s.t(4, 30), lag(s, s.t(4, 30), 300, 900), "gateway", lon=120.6527, lat=24.1953, severity="Minor",
          text="黎明路施工單位回報 挖斷路旁通訊光纖 已通知電信業者搶修")
    s.add("signal", "restored", s.t(5, 5), None, "sig009", sensor="SN-SIG-009", text="燈號恢復正常")
    for k, (sid, mm) in enumerate([("SN-SIG-005", 40), ("SN-SIG-006", 40), ("SN-CCTV-005", 41), ("SN-CCTV-006", 41)]):
        s.add("status", "online", s.t(5, mm, 10 + 7 * k), None, "gateway", sensor=sid)
    for sid, mm in [("SN-VD-JINGMAO-01", 42), ("SN-VD-LIMING-01", 42), ("SN-PK-002", 43)]:
        s.add("rule", "cleared", s.t(5, mm, 30), None, "gateway", sensor=sid, text="恢復回傳")
    s.add("status", "online", s.t(9, 15), None, "rg_battery", sensor="SN-RG-002", truth_alt=None)
    s.add("status", "online", s.t(6, 30), None, None, sensor="SN-FL-006")
    truth = {
        "description": "03:21 on a weekday night: the night pipe works on 黎明路三段 cut the fibre to the field cabinet at 經貿路/黎明路; seven devices within 420 m drop out in six minutes (statuses with comms_lost or last wills without reason, then the offline rule for the periodic VDs and car park) and come back at 05:40. Close by and unrelated: a flood sensor on planned maintenance since 03:00 (background), the transit-hub rain gauge's solar battery running low (its own ticket), and a signal fault at 臺灣大道/環中路 3.3 km away.",
        "incidents": [
            inc("gateway", "infrastructure", "Comms cabinet at 經貿路/黎明路 cut off (fibre dug through): 7 devices offline", g1["key"]),
            inc("rg_battery", "infrastructure", "Transit-hub rain gauge battery low: maintenance ticket", rg["key"]),
            inc("sig009", "traffic", "Signal fault at 臺灣大道/環中路, police directing traffic", sig["key"]),
        ],
        "alternative_reading": {
            "why": "A single gauge reporting battery_low is routine maintenance, not an incident (background); the pipe-works permit can be attached to the outage it caused.",
            "incidents": [
                inc("gateway", "infrastructure", "Comms cabinet cut off: 7 devices offline", g1["key"]),
                inc("sig009", "traffic", "Signal fault at 臺灣大道/環中路", sig["key"]),
            ],
        },
        "notes": "The registry names no gateway, so no item carries `gateway`; the grouping must come from time and place (and the police report naming the cut fibre).",
    }
    return s, truth


ALL = [s1091, s1092, s1093, s1094, s1095, s1096]

if __name__ == "__main__":
    for fn in ALL:
        s, truth = fn()
        n = s.write(truth)
        print(s.number, s.name, n)
