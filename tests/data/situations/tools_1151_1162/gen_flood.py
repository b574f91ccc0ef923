"""Situations 1154-1155: one flood along a main road, 1-2 km long, lasting 60-120 minutes. Seeded."""
from lib import Situation, SENSORS, inc, scatter, offset, along, flood_band, WL_SEV, RAIN_SEV


def s1154():
    s = Situation(1154, "jingmao_rd_flood", "2016-06-02 15:30", 115401,
                  "15:30-17:15 an afternoon cloudburst floods 經貿路 from 環中路 south to the 經貿路三段 low point "
                  "(about 1.7 km): the road's drains back up, the low point reaches 40 cm, a car stalls in it and "
                  "police close two stretches. The 中清/環中 underpass 400 m east of the road's north end fills too.")
    r = s.rng
    F, U = "1154-F", "1154-U"
    # weather context
    s.add("rule", "heavy_rain", -12.0, 0.5, "西屯雨量站 時雨量 45.5 mm 達大雨標準", None, F,
          sensor="C0F9T0", sev=RAIN_SEV["大雨"], level="大雨")
    s.add("rule", "heavy_rain", 4.0, 0.5, "水湳轉運中心雨量站 3小時累積雨量 104 mm 達豪雨標準", None, F,
          sensor="SN-RG-002", sev=RAIN_SEV["豪雨"], level="豪雨")
    # flood depth at the 經貿路 low point
    first = None
    for at, cm in ((8.0, 12), (21.0, 24), (36.0, 38), (62.0, 27), (84.0, 11)):
        lv, sev = flood_band(cm)
        k = s.add("rule", "flood_depth", at, 0.5, f"經貿路低窪處淹水感測器 淹水深度 {cm} cm", F,
                  sensor="SN-FL-008", sev=sev, level=lv)
        first = first or k
    s.add("rule", "cleared", 101.0, 0.5, "經貿路低窪處淹水感測器 淹水深度 3 cm 警戒解除", F, sensor="SN-FL-008", sev="Minor")
    # the underpass near the north end
    ku = None
    for at, cm in ((15.0, 22), (31.0, 46), (70.0, 18)):
        lv, sev = flood_band(cm)
        k = s.add("rule", "flood_depth", at, 0.5, f"中清環中路口地下道淹水感測器 淹水深度 {cm} cm", F, U,
                  sensor="SN-FL-006", sev=sev, level=lv)
        ku = ku or k
    s.add("incident", "road_closure", 33.0, 4.0, "中清路環中路口地下道積水約40公分，雙向封閉，請改道環中路平面", F, U,
          sev="Severe", pos=(120.6572, 24.1987))
    s.add("rule", "cleared", 92.0, 0.5, "中清環中路口地下道淹水感測器 淹水深度 2 cm 警戒解除", F, U,
          sensor="SN-FL-006", sev="Minor")
    s.add("incident", "road_reopened", 96.0, 5.0, "中清路環中路口地下道積水退去，解除封閉恢復通行", F, U,
          sev="Minor", pos=(120.6572, 24.1987))
    # drainage level
    s.add("rule", "water_level", 18.0, 0.5, "水湳區域排水經貿路水位站 水位 1.46 m 達三級警戒", F,
          sensor="SN-WL-003", sev=WL_SEV["3"], level="3")
    s.add("rule", "water_level", 34.0, 0.5, "水湳區域排水經貿路水位站 水位 1.83 m 達二級警戒", F,
          sensor="SN-WL-003", sev=WL_SEV["2"], level="2")
    s.add("rule", "cleared", 88.0, 0.5, "水湳區域排水經貿路水位站 水位 1.21 m 警戒解除", F, sensor="SN-WL-003", sev="Minor")
    # cameras
    for at, cam, conf in ((19.0, "SN-CCTV-005", 0.71), (24.0, "SN-CCTV-006", 0.83), (29.0, "SN-CCTV-004", 0.62)):
        s.add("cctv", "flooding", at, 0.2, "影像分析：路面積水", F, sensor=cam, confidence=conf)
    # slow-downs
    s.add("rule", "congestion", 13.0, 0.5, "經貿路車輛偵測器2 平均車速 14 km/h，佔有率 48%", F,
          sensor="SN-VD-JINGMAO-02", sev="Moderate")
    s.add("rule", "congestion", 26.0, 0.5, "經貿路車輛偵測器1 平均車速 10 km/h，佔有率 60%", F,
          sensor="SN-VD-JINGMAO-01", sev="Moderate")
    s.add("rule", "congestion", 41.0, 0.5, "經貿路車輛偵測器2 平均車速 4 km/h，佔有率 81%", F,
          sensor="SN-VD-JINGMAO-02", sev="Severe")
    # citizens all along the road
    texts = ["經貿路這邊淹水了，水快到人行道", "經貿路二段積水很深，機車都熄火", "經貿路水溝一直冒水出來",
             "經貿七路口整個路口都是水", "我家門口經貿路淹到腳踝", "經貿路三段那個低的地方變成小河",
             "經貿路上有車子泡在水裡", "經貿路黎明路口水淹到輪胎一半", "經貿路的水一直沒有退",
             "經貿路三段店門口還是積水，沙包不夠"]
    times = [11, 16, 19, 23, 27, 33, 39, 47, 58, 74]
    for i, (at, tx) in enumerate(zip(times, texts)):
        frac = r.uniform(0.05, 0.95)
        if "三段" in tx:
            frac = r.uniform(0.8, 0.98)
        cat = "blocked_drain" if "水溝" in tx else "flooding"
        s.add("1999", cat, float(at), r.uniform(2, 7), tx, F, pos=along("jingmao", frac * 0.58, 40, r))
    # police
    p1 = s.add("incident", "flooding_report", 17.0, 5.0, "經貿路二段黎明路口至經貿七路積水約20公分，車輛減速通行", F,
               sev="Moderate", pos=along("jingmao", 0.3))
    pc = s.add("incident", "road_closure", 37.0, 4.0, "經貿路三段低窪路段積水逾30公分，雙向封閉，車輛改道中清路", F,
               sev="Severe", pos=(120.6594, 24.1830))
    s.add("incident", "stalled_vehicle", 42.0, 6.0, "經貿路三段低窪處自小客車涉水熄火，駕駛受困車內，已通報119", F,
          sev="Moderate", pos=(120.6593, 24.1828))
    r1 = s.add("119", "rescue", 43.0, 0.3, "經貿路三段 積水 車輛受困 1人 派遣水湳分隊", F, pos=(120.6593, 24.1828))
    s.add("119", "rescue", 51.0, 0.3, "經貿路三段 受困駕駛已救出 無受傷", F, pos=(120.6593, 24.1828),
          status="on_scene", follows=r1)
    s.add("incident", "flooding_report", 55.0, 8.0, "經貿路一帶積水漸退，二段已可通行，三段低窪處仍封閉", F,
          sev="Minor", pos=along("jingmao", 0.5), follows=p1)
    s.add("incident", "road_reopened", 98.0, 6.0, "經貿路三段積水退去，解除封閉恢復通行", F, sev="Minor",
          pos=(120.6594, 24.1830), follows=pc)
    # background
    s.add("rule", "congestion", 30.0, 0.5, "河南路車輛偵測器2 平均車速 19 km/h", None, sensor="SN-VD-HENAN-02",
          sev="Moderate")
    s.add("1999", "streetlight", 50.0, 8.0, "中平路路燈一盞閃爍", None, pos=(120.6570, 24.1745))
    s.add("status", "offline", 45.0, 0.1, "臺灣大道環中路口監視器 離線：通訊中斷", None, sensor="SN-CCTV-009",
          reason="comms_lost")
    s.add("parking", "full", 64.0, 0.2, "水湳轉運中心停車場 汽車位已滿", None, sensor="SN-PK-001")
    s.add("1999", "noise", 80.0, 5.0, "河南路二段工地下雨還在施工很吵", None, pos=(120.6465, 24.1670))
    s.add("status", "online", 93.0, 0.1, "臺灣大道環中路口監視器 恢復連線", None, sensor="SN-CCTV-009")
    incidents = [inc(F, "flood", "經貿路（環中路至三段低窪處，約1.7 km）豪雨積淹水 15:38-17:15，含地下道封閉與受困車輛", first)]
    alt_inc = [inc(F, "flood", "經貿路沿線積淹水（含雨量警戒）", first),
               inc(U, "flood", "中清環中路口地下道積水封閉", ku)]
    alternative = {"why": "The 中清/環中 underpass lies on 環中路 400 m east of 經貿路's north end and is closed by its "
                          "own crew: a coordinator may run it as a second flood job. The rain alerts are the cause and "
                          "may be filed with the flood instead of as weather background.",
                   "incidents": alt_inc}
    return s.write(incidents, alternative,
                   notes="One storm, one road: the main reading treats the underpass as part of the same flood job "
                         "(same storm, same drains, adjacent). Callers are scattered along the road up to 40 m off it.")


def s1155():
    s = Situation(1155, "huanzhong_sw_flood", "2016-09-28 07:10", 115501,
                  "07:10-09:10 torrential morning rain floods 環中路 from the 臺灣大道 underpass north-east about "
                  "1.5 km: the underpass fills past 50 cm and traps a car, the kerb lanes run deep, the morning "
                  "rush stands still. The underpass signal cabinet floods and the signal goes dark. Meanwhile 筏子溪 "
                  "1.4 km west reaches its level-3 warning, and a roadside tree falls across 黎明路 2 km away.")
    r = s.rng
    F, S, R, T = "1155-F", "1155-S", "1155-R", "1155-T"
    up = (SENSORS["SN-FL-010"]["lon"], SENSORS["SN-FL-010"]["lat"])
    s.add("rule", "heavy_rain", -20.0, 0.5, "西屯雨量站 3小時累積雨量 112 mm 達豪雨標準", None, F,
          sensor="C0F9T0", sev=RAIN_SEV["豪雨"], level="豪雨")
    first = None
    for at, cm in ((2.0, 14), (9.0, 29), (17.0, 52), (48.0, 61), (85.0, 33), (104.0, 12)):
        lv, sev = flood_band(cm)
        k = s.add("rule", "flood_depth", at, 0.5, f"臺灣大道環中路口地下道淹水感測器 淹水深度 {cm} cm", F,
                  sensor="SN-FL-010", sev=sev, level=lv)
        first = first or k
    s.add("rule", "cleared", 118.0, 0.5, "臺灣大道環中路口地下道淹水感測器 淹水深度 4 cm 警戒解除", F,
          sensor="SN-FL-010", sev="Minor")
    # cameras, detectors
    s.add("cctv", "flooding", 6.0, 0.2, "影像分析：路面積水", F, sensor="SN-CCTV-009", confidence=0.88)
    s.add("cctv", "stalled_vehicle", 21.0, 0.2, "影像分析：地下道車輛停滯", F, sensor="SN-CCTV-009", confidence=0.67)
    s.add("rule", "congestion", 12.0, 0.5, "環中路車輛偵測器4 往北平均車速 9 km/h，佔有率 64%", F,
          sensor="SN-VD-HUANZHONG-04", sev="Moderate")
    s.add("rule", "congestion", 24.0, 0.5, "環中路車輛偵測器1 往北平均車速 13 km/h，佔有率 52%", F,
          sensor="SN-VD-HUANZHONG-01", sev="Moderate")
    s.add("rule", "congestion", 31.0, 0.5, "環中路車輛偵測器4 雙向平均車速 3 km/h，佔有率 88%", F,
          sensor="SN-VD-HUANZHONG-04", sev="Severe")
    # citizens along 環中路 between the underpass and 24.1875
    texts = ["臺灣大道環中路地下道淹水，有車子卡在裡面", "環中路往北外側車道水好深，機車騎不過去",
             "環中路這邊的排水孔都在冒水", "環中路淹水淹到人行道了", "地下道那邊水很深，有人在車頂上",
             "環中路西屯這段整條都是水，公車也停住", "環中路往逢甲這邊還是積水", "環中路的水退一點了但還是很深",
             "環中路外側車道有很多機車熄火牽著走"]
    times = [5, 8, 13, 16, 19, 27, 40, 66, 35]
    for at, tx in zip(times, texts):
        if "地下道" in tx:
            p = scatter(r, *up, 20, 120)
        else:
            p = along("huanzhong", r.uniform(0.02, 0.31), 35, r)
        cat = "blocked_drain" if "排水孔" in tx else "flooding"
        s.add("1999", cat, float(at), r.uniform(2, 8), tx, F, pos=p)
    r1 = s.add("119", "rescue", 20.0, 0.3, "臺灣大道環中路口地下道 汽車受困 駕駛1人爬上車頂 派遣西屯分隊", F, pos=up)
    s.add("119", "rescue", 29.0, 0.3, "地下道受困駕駛已救出 輕微失溫 救護車送醫", F, pos=up, status="on_scene", follows=r1)
    s.add("119", "rescue", 46.0, 0.3, "地下道救援完成 返隊", F, pos=up, status="returning", follows=r1)
    pc = s.add("incident", "road_closure", 15.0, 5.0, "臺灣大道環中路口地下道積水逾50公分，雙向封閉", F,
               sev="Severe", pos=offset(*up, 10, 10))
    s.add("incident", "flooding_report", 22.0, 6.0, "環中路（臺灣大道至西屯路段）外側車道積水約30公分，車行緩慢", F,
          sev="Moderate", pos=along("huanzhong", 0.2))
    s.add("incident", "road_closure", 34.0, 5.0, "環中路往北外側兩車道封閉至積水退去，車輛請改道", F,
          sev="Moderate", pos=along("huanzhong", 0.25))
    s.add("incident", "flooding_report", 75.0, 7.0, "環中路積水漸退，地下道仍封閉抽水中", F, sev="Minor",
          pos=offset(*up, 10, 10))
    s.add("incident", "road_reopened", 112.0, 6.0, "臺灣大道環中路口地下道抽水完畢，解除封閉恢復通行", F,
          sev="Minor", pos=offset(*up, 10, 10), follows=pc)
    # the flooded signal cabinet
    sg = s.add("signal", "fault", 26.0, 0.1, "臺灣大道/環中路 號誌控制器 故障 全部燈號熄滅", S, F, sensor="SN-SIG-009")
    s.add("1999", "traffic_signal", 31.0, 4.0, "臺灣大道環中路口紅綠燈都不亮，很危險", S, F,
          pos=scatter(r, 120.63188, 24.17485, 10, 60))
    s.add("incident", "traffic_signal_fault", 36.0, 5.0, "臺灣大道環中路口號誌故障（機箱進水），員警到場指揮交通", S, F,
          sev="Moderate", pos=(120.6320, 24.1750))
    s.add("signal", "restored", 131.0, 0.1, "臺灣大道/環中路 號誌控制器 恢復正常", S, F, sensor="SN-SIG-009")
    # the river
    rv = s.add("rule", "water_level", 38.0, 0.5, "筏子溪西屯水位站 水位 97.31 m 達三級警戒", R, F,
               sensor="SN-WL-004", sev=WL_SEV["3"], level="3")
    s.add("rule", "cleared", 97.0, 0.5, "筏子溪西屯水位站 水位 96.8 m 警戒解除", R, F, sensor="SN-WL-004", sev="Minor")
    # the fallen tree on 黎明路
    t1 = s.add("1999", "fallen_tree", 44.0, 3.0, "黎明路三段路樹倒下來擋住兩個車道", T,
               pos=(120.6500, 24.1941))
    s.add("incident", "fallen_object", 47.0, 6.0, "黎明路三段（凱旋路東側）路樹倒塌占用車道，已通報養工處", T,
          sev="Moderate", pos=(120.6502, 24.1942))
    s.add("cctv", "fallen_object", 45.0, 0.2, "影像分析：道路障礙物", T, sensor="SN-CCTV-007", confidence=0.58)
    s.add("incident", "fallen_object", 96.0, 5.0, "黎明路三段倒樹已清除，恢復通行", T, sev="Minor",
          pos=(120.6502, 24.1942))
    # background
    s.add("status", "offline", 55.0, 0.1, "北屯雨量站 離線：通訊中斷", None, sensor="SN-RG-003", reason="comms_lost")
    s.add("rule", "congestion", 58.0, 0.5, "中清路車輛偵測器2 平均車速 16 km/h（雨天尖峰）", None,
          sensor="SN-VD-ZHONGQING-02", sev="Moderate")
    s.add("1999", "公園路樹", 60.0, 10.0, "中央公園裡面有樹枝斷掉掛在樹上", None, pos=(120.6562, 24.1830))
    s.add("status", "online", 79.0, 0.1, "北屯雨量站 恢復連線", None, sensor="SN-RG-003")
    incidents = [
        inc(F, "flood", "環中路 臺灣大道地下道至西屯路段（約1.5 km）積淹水，地下道車輛受困", first),
        inc(S, "traffic", "臺灣大道/環中路口 號誌機箱進水黑燈", sg),
        inc(R, "flood", "筏子溪西屯水位站 三級警戒（河川巡查）", rv),
        inc(T, "traffic", "黎明路三段路樹倒塌占用車道", t1),
    ]
    alt_inc = [
        inc(F, "flood", "環中路積淹水，含地下道號誌黑燈、筏子溪高水位與雨量警戒（one storm job）", first),
        inc(T, "traffic", "黎明路三段路樹倒塌占用車道", t1),
    ]
    alternative = {"why": "A coordinator running the storm as one job folds the flooded signal cabinet at the "
                          "underpass junction, the river's level-3 warning and the rain alerts into the road flood; "
                          "the main reading gives the signal its own repair job (contractor on site within 2 h) and the "
                          "river its own watch job.",
                   "incidents": alt_inc}
    return s.write(incidents, alternative)


if __name__ == "__main__":
    for f in (s1154, s1155):
        print(f.__name__, f())
