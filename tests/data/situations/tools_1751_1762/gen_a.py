"""Situations 1751-1756 of the typhoon set (blind oracle B)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
sys.path.insert(0, HERE)
from lib import Sit, P, off, SENSORS  # noqa: E402


def s1751():
    s = Sit(1751, "typhoon_dawn_underpass",
            "颱風清晨：中清環中路口地下道積水、轎車受困",
            "梅姬颱風 2016-09-27 05:30-08:30 (Taiwan time). Before dawn the bands reach the north hub. The 中清環中路口 "
            "underpass (SN-FL-006) fills from 05:42; at 06:14 a saloon stalls in it and 119 brings two people out while the "
            "police close the underpass. At 06:40 a roadside tree falls across 經貿路二段 near 經貿七路, and at 06:50 the "
            "signal at 經貿路/黎明路 goes dark (a signal head swinging in the wind) until the contractor restores it at 07:55. "
            "The transit hub's panel logs a loop fault from rain on the roof; buses are suspended so its car park empties.",
            "Three jobs: the underpass (flood, with the rescue of the two people trapped in it and the closure), the tree on "
            "經貿路 and the dark signal at 經貿/黎明. Rain alerts, the hub panel's fault and return, the emptied car park and "
            "the routine 1999 calls are background. Debatable: a colleague would open the 119 rescue in the underpass as a "
            "job of its own (the crews are not the ones pumping and closing).")
    uz = P["zhongqing_huanzhong"]
    s.rain("SN-RG-002", "05:35", "大雨", 50)
    a1 = s.alert("SN-FL-006", "flood_depth", "05:42", 40, "underpass", level="1-15")
    s.c1999("flooding", off(uz, 40, -30), "05:51", 300, "中清路地下道開始積水了，車子經過水花很大", "underpass")
    a2 = s.alert("SN-FL-006", "flood_depth", "05:58", 45, "underpass", level="16-30")
    s.background_1999(3, "05:40", "06:30", P["transit_hub"])
    a3 = s.alert("SN-FL-006", "flood_depth", "06:10", 50, "underpass", level=">30")
    s.dup(a3, 95)
    cam = s.dev("cctv", "SN-CCTV-008", "stalled_vehicle", "06:14", 20, "underpass",
                "中清路環中路口地下道 車輛停滯", confidence=0.81, truth_alt="underpass_rescue")
    c1 = s.c1999("rescue", off(uz, 20, -60), "06:16", 180, "地下道裡面有一台白色轎車熄火，車上好像有人出不來，水已經到車門",
                 "underpass", truth_alt="underpass_rescue")
    f1 = s.e119("rescue", off(uz, 0, -50), "06:18", 60, "中清路環中路口地下道 轎車涉水熄火 受困 2 人", "underpass",
                truth_alt="underpass_rescue")
    s.dup(f1, 240)
    s.police("road_closure", "Severe", uz, "06:22", 240, "中清路環中路口地下道積水逾40公分，雙向封閉，車輛請改道環中路平面", "underpass")
    s.police("flooding_report", "Moderate", off(uz, -30, 10), "06:24", 420, "地下道積水，已有轎車受困，消防到場前先行管制", "underpass")
    s.e119("rescue", off(uz, 0, -50), "06:29", 90, "救助隊到場 以救生艇救出 2 人 均無外傷", "underpass", status="on_scene",
           follows=f1, truth_alt="underpass_rescue")
    s.alert("SN-VD-ZHONGQING-01", "congestion", "06:31", 60, "underpass")
    s.alert("SN-VD-HUANZHONG-03", "congestion", "06:36", 60, "underpass")
    s.c1999("flooding", off(uz, 80, 40), "06:33", 600, "中清路跟環中路那邊地下道淹水封起來了，要走哪裡？", "underpass")
    s.rain("SN-RG-002", "06:20", "豪雨", 60)
    s.rain("C0F9T0", "06:20", "大雨", 300)
    # tree on 經貿路二段
    tr = off(P["jingmao_jingmao7"], 60, -150)
    t1 = s.c1999("fallen_tree", tr, "06:41", 240, "經貿路二段往南，一棵行道樹整棵倒下來，擋住兩個車道", "jingmao_tree")
    s.c1999("fallen_tree", off(tr, 15, 20), "06:44", 300, "經貿路綠美圖附近大樹倒在路中間，機車過不去", "jingmao_tree")
    s.dev("cctv", "SN-CCTV-006", "fallen_object", "06:46", 30, "jingmao_tree", "經貿路二段/經貿七路 路面障礙物", confidence=0.74)
    s.police("fallen_object", "Moderate", off(tr, 0, 10), "06:52", 300, "經貿路二段近經貿七路 路樹倒塌佔用南下車道，通知建設局移除", "jingmao_tree")
    s.e119("rescue", off(P["transit_hub"], -200, 60), "06:55", 60,
           "環中路 水湳轉運站前 客運司機 路邊胸悶不適", "hub_driver_ill", status=None)
    s.c1999("fallen_tree", off(tr, -20, -10), "07:02", 900, "剛剛打過了，經貿路的倒樹到現在還沒有人來處理", "jingmao_tree")
    s.police("fallen_object", "Minor", off(tr, 0, 10), "07:48", 240, "經貿路二段倒樹已由養工處鋸除移除，恢復通行", "jingmao_tree")
    # dark signal
    jl = P["jingmao_liming"]
    sg = s.dev("signal", "SN-SIG-005", "fault", "06:50", 15, "signal_jl", "經貿路二段/黎明路三段 號誌黑燈")
    s.dev("cctv", "SN-CCTV-005", "signal_dark", "06:51", 25, "signal_jl", "經貿路二段/黎明路三段 號誌無燈號", confidence=0.9)
    s.c1999("traffic_signal", off(jl, 30, 10), "06:58", 400, "經貿路黎明路口紅綠燈不亮，車子亂鑽很危險", "signal_jl")
    s.police("traffic_signal_fault", "Moderate", jl, "07:04", 300, "經貿黎明路口號誌故障，派員指揮交通，已通報交通局", "signal_jl")
    s.dev("signal", "SN-SIG-005", "restored", "07:55", 20, "signal_jl", "經貿路二段/黎明路三段 號誌恢復正常")
    # background of the hub
    s.dev("fire_alarm", "SN-FA-001", "fault", "07:10", 30, None, "水湳轉運中心 受信總機 3F 迴路故障（屋頂雨水滲入）")
    s.dev("fire_alarm", "SN-FA-001", "normal", "07:41", 30, None, "水湳轉運中心 受信總機 復歸")
    s.dev("parking", "SN-PK-001", "empty", "07:20", 60, None, "水湳轉運中心停車場 車位全空（客運停駛）")
    s.background_1999(4, "06:30", "08:20", P["convention"])
    s.e119("rescue", off(uz, 0, -50), "06:55", 120, "受困 2 人已救出 救助隊返隊", "underpass", status="returning",
           follows=f1, truth_alt="underpass_rescue")
    s.alert("SN-FL-006", "flood_depth", "07:30", 50, "underpass", level="16-30")
    s.rain("SN-RG-002", "07:40", "大雨", 60)
    s.c1999("other", off(P["transit_hub"], 30, 20), "08:05", 300, "請問今天往台北的國光客運有沒有開？", None)
    s.incident("underpass", "flood", "中清環中路口地下道積水逾30公分、轎車受困 2 人救出、地下道封閉", a3)
    s.incident("jingmao_tree", "traffic", "經貿路二段近經貿七路路樹倒塌佔用車道", t1)
    s.incident("signal_jl", "traffic", "經貿路二段/黎明路三段號誌黑燈", sg)
    s.incident("hub_driver_ill", "rescue", "轉運站前客運司機胸悶送醫", s.first("hub_driver_ill"))
    s.alternative("The rescue of the two people trapped in the underpass is the fire bureau's own dispatch; a colleague "
                  "follows it as a rescue job apart from the water bureau's and police's underpass flood job.",
                  [{"label": "underpass_rescue", "type": "rescue", "description": "地下道轎車受困 2 人救助",
                    "sufficient_evidence_key": f1}])
    return s


def s1752():
    s = Sit(1752, "park_ponds_noon",
            "中午：中央公園北滯洪池水位破一級、北側機櫃斷電",
            "2016-09-27 11:00-14:30. The north detention pond (SN-WL-001) climbs through levels 3, 2 and 1 as the park's "
            "drainage takes the whole north zone; ponds 1 and 2 (SN-FL-001/002) go over their banks onto the footpaths and "
            "the water runs into the north entrance of the park's underground car park, which closes (SN-PK-004) while its "
            "panel (SN-FA-007) logs water in a loop. At 13:05 the north field cabinet GW-CP-N01 loses mains power and all "
            "five devices on it go dark. At 12:20 a hoarding at the pop music centre blows onto 凱旋路.",
            "Three jobs: the north pond overflow (flood, with the car park entrance it flooded), the cabinet power loss "
            "(infrastructure: its five devices, whichever pond they watch), and the hoarding on 凱旋路 with the slow-down at "
            "the detector beside it. Rain alerts and routine calls are background. Debatable: the underground car park's "
            "flooding (its closure, panel fault and the owners' calls) can be read as a job of its own for the car park's "
            "operator.")
    s.rain("SN-RG-001", "11:05", "豪雨", 40)
    s.rain("C0F9T0", "11:10", "大雨", 240)
    w3 = s.alert("SN-WL-001", "water_level", "11:20", 40, "north_pond", level="3")
    f1 = s.alert("SN-FL-001", "flood_depth", "11:40", 40, "north_pond", level="16-30")
    s.background_1999(3, "11:00", "12:00", P["eco_a"])
    s.alert("SN-FL-002", "flood_depth", "12:00", 40, "north_pond", level="1-15")
    w2 = s.alert("SN-WL-001", "water_level", "12:05", 40, "north_pond", level="2")
    s.dup(w2, 60)
    s.alert("SN-FL-001", "flood_depth", "12:10", 40, "north_pond", level=">30")
    c = s.c1999("flooding", off(P["park_car_park"], -60, 40), "12:12", 300, "中央公園北邊滯洪池滿出來了，步道跟草地都是水", "north_pond")
    s.police("flooding_report", "Moderate", off(P["eco_a"], -60, 120), "12:26", 300,
             "中央公園北側滯洪池溢流至經貿路三段人行道，水深約20公分", "north_pond")
    s.alert("SN-FL-002", "flood_depth", "12:30", 40, "north_pond", level="16-30")
    # hoarding on 凱旋路
    hp = off(P["pop_music"], -30, 10)
    h1 = s.c1999("fallen_object", hp, "12:20", 200, "流行影音中心旁邊工地圍籬被風吹倒，倒在凱旋路慢車道", "kaixuan_hoarding")
    s.police("fallen_object", "Moderate", off(hp, 5, 5), "12:28", 300, "凱旋路流行影音中心前 施工圍籬倒塌占用慢車道，已通知廠商", "kaixuan_hoarding")
    s.alert("SN-VD-KAIXUAN-02", "congestion", "12:31", 60, "kaixuan_hoarding")
    s.c1999("fallen_object", off(hp, 20, -20), "12:35", 500, "凱旋路上有鐵皮圍籬倒下來，差點砸到車", "kaixuan_hoarding")
    s.police("fallen_object", "Minor", off(hp, 5, 5), "13:40", 300, "凱旋路圍籬已由廠商扶正固定，恢復通行", "kaixuan_hoarding")
    # car park
    pk = s.dev("parking", "SN-PK-004", "closed", "12:40", 60, "north_pond", "中央公園地下停車場(北) 入口進水 暫停開放",
               truth_alt="carpark")
    s.c1999("flooding", off(P["park_car_park"], 10, 20), "12:44", 420, "公園地下停車場北邊入口在進水，我車停在B1要不要去移？",
            "north_pond", truth_alt="carpark")
    w1 = s.alert("SN-WL-001", "water_level", "12:50", 40, "north_pond", level="1")
    s.dev("fire_alarm", "SN-FA-007", "fault", "12:55", 30, "north_pond", "中央公園地下停車場 受信總機 B1 第5迴路 短路故障（進水）",
          truth_alt="carpark")
    s.police("road_closure", "Moderate", off(P["park_car_park"], 0, 30), "13:00", 300,
             "中央公園地下停車場北側出入口進水，封閉車道入口", "north_pond", truth_alt="carpark")
    # cabinet
    gw = "GW-CP-N01"
    k0 = s.status("SN-WL-001", "offline", "13:05", 5, "cabinet_n01", reason="mains_power_lost", gateway=gw)
    s.status("SN-FL-001", "offline", "13:05", 6, "cabinet_n01", reason="mains_power_lost", gateway=gw)
    s.status("SN-FL-002", "offline", "13:05", 7, "cabinet_n01", reason="mains_power_lost", gateway=gw)
    s.status("SN-PK-004", "offline", "13:05", 9, "cabinet_n01", reason="mains_power_lost", gateway=gw)
    s.status("SN-RG-001", "offline", "13:06", 4, "cabinet_n01", reason="mains_power_lost", gateway=gw)
    s.alert("SN-RG-001", "sensor_offline", "13:16", 30, "cabinet_n01", gateway=gw)
    s.alert("SN-WL-001", "sensor_offline", "13:16", 31, "cabinet_n01", gateway=gw)
    s.c1999("flooding", off(P["eco_a"], -80, 60), "13:20", 300, "生態住宅A區前面人行道水還是很深，小孩沒辦法走", "north_pond")
    s.police("flooding_report", "Moderate", off(P["park_car_park"], -50, 80), "13:35", 400,
             "水利局抽水機已到中央公園北側滯洪池架設", "north_pond")
    s.background_1999(3, "12:00", "14:00", P["museumbrary"])
    s.rain("SN-RG-002", "13:30", "豪雨", 60)
    s.status("SN-RG-001", "online", "14:12", 5, "cabinet_n01", gateway=gw)
    s.status("SN-WL-001", "online", "14:12", 6, "cabinet_n01", gateway=gw)
    s.status("SN-FL-001", "online", "14:12", 6, "cabinet_n01", gateway=gw)
    s.status("SN-FL-002", "online", "14:13", 6, "cabinet_n01", gateway=gw)
    s.status("SN-PK-004", "online", "14:13", 8, "cabinet_n01", gateway=gw)
    s.alert("SN-WL-001", "water_level", "14:20", 40, "north_pond", level="1")
    s.incident("north_pond", "flood", "中央公園北滯洪池水位破一級、溢流至步道、人行道及地下停車場北入口", w3)
    s.incident("kaixuan_hoarding", "traffic", "凱旋路流行影音中心前施工圍籬倒塌", h1)
    s.incident("cabinet_n01", "infrastructure", "中央公園北側機櫃 GW-CP-N01 市電中斷，5 部設備離線", k0)
    s.alternative("The car park's operator, not the water bureau, handles the flooded north entrance: a colleague would "
                  "follow the closed car park, its panel fault, the owner's call and the entrance closure as a job of its own.",
                  [{"label": "carpark", "type": "flood", "description": "中央公園地下停車場北入口進水、暫停開放",
                    "sufficient_evidence_key": pk}])
    return s


def s1753():
    s = Sit(1753, "south_blackout_evening",
            "傍晚：河南路中平路一帶停電、路口號誌全暗",
            "2016-09-27 17:30-20:30. At 17:48 a feeder south of the zone trips in the gusts. The cabinets at 河南路/中平路 "
            "(TB-CAB-010) and 經貿路/中平路 (TB-CAB-011) lose mains: both signals go dark, their cameras and detectors drop, "
            "the 河南路 car park's barrier computer too, and residents of 河南路二段 call about the power. A lift in a block on "
            "河南路二段 stops with three people in it. Apart from the power, the 河南路 low point (SN-FL-007) floods at 18:40, "
            "and at 19:20 two cars collide at the dark 經貿/中平 junction. Taipower restores at 20:05.",
            "Jobs: the power cut (infrastructure: devices offline with mains_power_lost, residents' outage calls, the "
            "campus panel on battery, the block whose water pumps stopped), the dark junctions (traffic: the signal faults, "
            "the officers sent to direct traffic, the 1999 calls about the lights and their restoration), the lift rescue, "
            "the 河南路 low-point flood and the crash. Debatable: many coordinators run a blackout as one job, the dark "
            "signals with it.")
    hz, jz = P["henan_zhongping"], P["jingmao_zhongping"]
    s.rain("C0F9T0", "17:30", "豪雨", 200)
    s.background_1999(3, "17:30", "18:00", P["fcu_campus"])
    gw10, gw11 = "TB-CAB-010", "TB-CAB-011"
    p0 = s.status("SN-SIG-010", "offline", "17:48", 3, "power_cut", reason="mains_power_lost", gateway=gw10, truth_alt="blackout")
    s.status("SN-CCTV-010", "offline", "17:48", 4, "power_cut", reason="mains_power_lost", gateway=gw10, truth_alt="blackout")
    s.status("SN-VD-HENAN-02", "offline", "17:48", 4, "power_cut", reason="mains_power_lost", gateway=gw10, truth_alt="blackout")
    s.status("SN-VD-ZHONGPING-01", "offline", "17:48", 5, "power_cut", reason="mains_power_lost", gateway=gw10, truth_alt="blackout")
    s.status("SN-SIG-011", "offline", "17:48", 6, "power_cut", reason="mains_power_lost", gateway=gw11, truth_alt="blackout")
    s.status("SN-CCTV-011", "offline", "17:48", 8, "power_cut", reason="mains_power_lost", gateway=gw11, truth_alt="blackout")
    s.status("SN-PK-003", "offline", "17:49", 12, "power_cut", reason="mains_power_lost", truth_alt="blackout")
    d1 = s.dev("signal", "SN-SIG-011", "fault", "17:49", 30, "dark_junctions", "經貿路/中平路 號誌黑燈", truth_alt="blackout")
    s.dev("fire_alarm", "SN-FA-009", "fault", "17:49", 20, "power_cut", "逢甲大學水湳校區 受信總機 主電源停電 切換預備電源", truth_alt="blackout")
    s.c1999("power_outage", off(hz, -150, 120), "17:52", 240, "河南路二段整排都停電了，什麼時候會來電？", "power_cut", truth_alt="blackout")
    c2 = s.c1999("traffic_signal", off(hz, 20, 10), "17:54", 300, "河南路中平路口紅綠燈全部不亮，車子都不敢過", "dark_junctions", truth_alt="blackout")
    s.c1999("streetlight", off(hz, -250, 200), "17:57", 360, "河南路二段整條路燈都不亮，一片漆黑", "power_cut", truth_alt="blackout")
    s.c1999("power_outage", off(hz, -320, 260), "17:58", 420, "我們這邊停電，台電電話打不進去", "power_cut", truth_alt="blackout")
    s.alert("SN-SIG-010", "sensor_offline", "17:58", 30, "power_cut", gateway=gw10, truth_alt="blackout")
    s.alert("SN-CCTV-011", "sensor_offline", "17:58", 32, "power_cut", gateway=gw11, truth_alt="blackout")
    s.police("traffic_signal_fault", "Severe", hz, "18:00", 240, "河南路/中平路、經貿路/中平路 號誌停電黑燈，派員路口指揮", "dark_junctions", truth_alt="blackout")
    s.c1999("power_outage", off(jz, 120, 80), "18:03", 300, "中平路經貿路附近停電，家裡有洗腎的長輩要怎麼辦", "power_cut", truth_alt="blackout")
    s.c1999("water_outage", off(hz, -200, 300), "18:10", 400, "大樓停電以後水塔馬達不能打水，現在也沒水了", "power_cut", truth_alt="blackout")
    # lift rescue
    lp = off(hz, -260, 230)
    l1 = s.e119("rescue", lp, "18:20", 40, "河南路二段 大樓停電 電梯受困 3 人", "lift")
    s.c1999("rescue", off(lp, 5, 5), "18:21", 500, "電梯停電卡住，我媽跟兩個鄰居在裡面，119一直佔線", "lift")
    s.dup(l1, 180)
    s.e119("rescue", lp, "18:34", 60, "救助隊到場 手動開啟電梯 救出 3 人 無受傷", "lift", status="on_scene", follows=l1)
    # flood at low point
    lf = s.alert("SN-FL-007", "flood_depth", "18:40", 40, "henan_flood", level="16-30")
    s.police("flooding_report", "Moderate", off(P["henan_car_park"], 10, -20), "18:52", 300, "河南路停車場前積水約40公分，機車熄火多部", "henan_flood")
    s.c1999("flooding", off(P["henan_car_park"], -40, 0), "18:55", 600, "河南路停車場那邊淹水又停電，黑黑的看不到水多深", "henan_flood")
    s.alert("SN-FL-007", "flood_depth", "19:05", 40, "henan_flood", level=">30")
    s.police("road_closure", "Moderate", off(P["henan_car_park"], -60, -30), "19:10", 300, "河南路低窪路段積水，封閉慢車道", "henan_flood")
    s.background_1999(3, "18:30", "19:30", P["cmu_campus"])
    # crash at the dark junction
    k1 = s.police("injury_accident", "Moderate", off(jz, 10, -10), "19:20", 300, "經貿路/中平路口 號誌停電 兩車碰撞 1 人輕傷", "crash")
    s.e119("ambulance", off(jz, 10, -10), "19:21", 60, "經貿路中平路口 車禍 1 人頸部疼痛", "crash")
    s.c1999("traffic_accident", off(jz, -20, 15), "19:23", 400, "中平路經貿路口剛剛兩台車撞在一起", "crash")
    s.police("injury_accident", "Minor", off(jz, 10, -10), "19:58", 240, "經貿路中平路口事故車輛已移除", "crash", follows=k1)
    # restoration
    for sid, gw, dly in (("SN-SIG-010", gw10, 3), ("SN-CCTV-010", gw10, 4), ("SN-VD-HENAN-02", gw10, 5),
                         ("SN-VD-ZHONGPING-01", gw10, 5), ("SN-SIG-011", gw11, 6), ("SN-CCTV-011", gw11, 7)):
        s.status(sid, "online", "20:05", dly, "power_cut", gateway=gw, truth_alt="blackout")
    s.status("SN-PK-003", "online", "20:07", 10, "power_cut", truth_alt="blackout")
    s.dev("signal", "SN-SIG-011", "restored", "20:06", 20, "dark_junctions", "經貿路/中平路 號誌恢復正常", truth_alt="blackout")
    s.dev("signal", "SN-SIG-010", "restored", "20:06", 22, "dark_junctions", "河南路/中平路 號誌恢復正常", truth_alt="blackout")
    s.dev("fire_alarm", "SN-FA-009", "normal", "20:06", 20, "power_cut", "逢甲大學水湳校區 受信總機 復歸", truth_alt="blackout")
    s.incident("power_cut", "infrastructure", "河南路、中平路一帶饋線跳脫停電", p0)
    s.incident("dark_junctions", "traffic", "河南路/中平路、經貿路/中平路號誌停電黑燈，派員指揮", d1)
    s.incident("lift", "rescue", "河南路二段大樓停電電梯受困 3 人", l1)
    s.incident("henan_flood", "flood", "河南路低窪處(河南路停車場前)積水逾30公分", lf)
    s.incident("crash", "traffic", "經貿路/中平路口黑燈時兩車碰撞 1 人輕傷", k1)
    s.alternative("One blackout job: the dark signals are the power cut's, and a coordinator who follows the feeder "
                  "follows the junctions it darkened and their restoration with it.",
                  [{"label": "blackout", "type": "infrastructure", "description": "河南路中平路一帶停電及路口號誌黑燈",
                    "sufficient_evidence_key": p0}])
    return s


def s1754():
    s = Sit(1754, "taiwan_blvd_underpass",
            "午後：臺灣大道環中路口地下道淹水、駕駛爬上車頂",
            "2016-09-27 15:00-18:00, at the zone's south-west edge. The 臺灣大道/環中路 underpass (SN-FL-010) fills within 20 "
            "minutes; a driver who went in anyway climbs onto the car roof and 119 brings him out by boat while the police "
            "close the underpass and traffic backs up along 環中路. The underpass sensor drowns and drops off at 17:20. From "
            "16:10 the 筏子溪 station (SN-WL-004) passes level 3 then 2; the water bureau patrols the banks. At 16:20 a car "
            "skids into the median on 環中路 350 m from the underpass, in the detour traffic; at 16:45 a tree falls into the "
            "slow lane of 臺灣大道.",
            "Jobs: the underpass (flood, with its rescue, closure, slow-down behind it and the drowned sensor), the 筏子溪 "
            "river level, the 環中路 crash and the tree on 臺灣大道. Rain alerts and routine calls are background. Debatable, "
            "as in 1751: the rescue from the car roof as a rescue job of its own.")
    tb = P["taiwan_huanzhong"]
    s.rain("C0F9T0", "15:00", "豪雨", 200)
    s.alert("SN-FL-010", "flood_depth", "15:12", 40, "tb_underpass", level="1-15")
    s.alert("SN-FL-010", "flood_depth", "15:25", 40, "tb_underpass", level="16-30")
    u3 = s.alert("SN-FL-010", "flood_depth", "15:33", 40, "tb_underpass", level=">30")
    s.dev("cctv", "SN-CCTV-009", "flooding", "15:34", 25, "tb_underpass", "臺灣大道/環中路 道路積水", confidence=0.77)
    s.dev("cctv", "SN-CCTV-009", "stalled_vehicle", "15:36", 25, "tb_underpass", "臺灣大道/環中路 地下道車輛停滯",
          confidence=0.88, truth_alt="tb_rescue")
    r1 = s.c1999("rescue", off(tb, 30, 40), "15:38", 120, "地下道有一台車被水淹，駕駛爬到車頂上揮手求救", "tb_underpass", truth_alt="tb_rescue")
    f1 = s.e119("rescue", off(tb, 20, 30), "15:40", 45, "臺灣大道環中路口地下道 車輛遭水淹 駕駛受困車頂", "tb_underpass", truth_alt="tb_rescue")
    s.c1999("rescue", off(tb, -40, 20), "15:41", 240, "臺灣大道地下道有人困在車上！", "tb_underpass", truth_alt="tb_rescue")
    s.c1999("flooding", off(tb, 60, -30), "15:42", 360, "環中路地下道整個淹掉了，車子還一直開進去", "tb_underpass")
    s.dup(r1, 300)
    s.police("road_closure", "Severe", tb, "15:45", 200, "臺灣大道環中路口地下道雙向封閉，請改行平面道路", "tb_underpass")
    s.c1999("rescue", off(tb, 10, 50), "15:47", 480, "剛剛打過了，車頂上那個人還在，水一直漲", "tb_underpass", truth_alt="tb_rescue")
    s.e119("rescue", off(tb, 20, 30), "15:52", 60, "救助隊到場 架設救生艇", "tb_underpass", status="on_scene", follows=f1, truth_alt="tb_rescue")
    s.police("flooding_report", "Severe", off(tb, 0, 20), "15:50", 420, "地下道積水約1公尺，1車受困，消防到場救援中", "tb_underpass")
    s.alert("SN-VD-HUANZHONG-04", "congestion", "15:58", 60, "tb_underpass")
    s.background_1999(3, "15:00", "16:30", off(tb, 700, 500))
    # river
    rv = s.alert("SN-WL-004", "water_level", "16:10", 60, "fazi_river", level="3")
    s.c1999("flooding", P["fazi_bridge"], "16:18", 400, "筏子溪水好高，快要到堤防上面了", "fazi_river")
    # crash
    cp = off(tb, 200, 280)
    c1 = s.police("accident", "Moderate", cp, "16:20", 240, "環中路往北 近臺灣大道 轎車打滑撞分隔島，無人受傷，占用內車道", "hz_crash")
    s.c1999("traffic_accident", off(cp, 10, 10), "16:22", 400, "環中路上一台車撞到安全島，塞住了", "hz_crash")
    s.e119("rescue", off(tb, 20, 30), "16:24", 60, "救出 1 人 失溫 送醫", "tb_underpass", status="returning", follows=f1, truth_alt="tb_rescue")
    s.police("other", "Moderate", off(P["fazi_bridge"], 50, 30), "16:30", 600, "筏子溪沿岸巡查，河川水位上升，暫無溢堤", "fazi_river")
    # tree
    tp = off(tb, -380, 300)
    t1 = s.police("fallen_object", "Moderate", tp, "16:45", 300, "臺灣大道三段往西 慢車道路樹倒塌，已通報建設局", "tb_tree")
    s.c1999("fallen_tree", off(tp, 15, -10), "16:47", 500, "臺灣大道慢車道有樹倒下來，機車要騎到快車道", "tb_tree")
    s.alert("SN-WL-004", "water_level", "16:50", 60, "fazi_river", level="2")
    s.dup(c1, 600)
    s.police("accident", "Minor", cp, "17:05", 240, "環中路事故車已拖離，恢復通行", "hz_crash", follows=c1)
    s.alert("SN-FL-010", "flood_depth", "17:10", 40, "tb_underpass", level=">30")
    s.status("SN-FL-010", "offline", "17:20", 5, "tb_underpass", reason="device_fault", text="臺灣大道環中路口地下道 淹水感測器 離線（設備浸水）")
    s.alert("SN-FL-010", "sensor_offline", "17:30", 30, "tb_underpass")
    s.police("other", "Moderate", off(P["fazi_bridge"], 50, 30), "17:30", 300, "筏子溪二級警戒，通知沿岸低窪住戶注意", "fazi_river")
    s.background_1999(3, "16:30", "17:50", off(tb, 900, 600))
    s.rain("C0F9T0", "17:40", "大雨", 200)
    s.incident("tb_underpass", "flood", "臺灣大道環中路口地下道淹水、駕駛受困車頂救出、封閉", u3)
    s.incident("fazi_river", "flood", "筏子溪西屯水位站達三級、二級警戒", rv)
    s.incident("hz_crash", "traffic", "環中路近臺灣大道轎車打滑撞分隔島", c1)
    s.incident("tb_tree", "traffic", "臺灣大道三段慢車道路樹倒塌", t1)
    s.alternative("The rescue from the car roof is 119's own dispatch; a colleague follows it as a rescue job apart from "
                  "the underpass flood.",
                  [{"label": "tb_rescue", "type": "rescue", "description": "地下道駕駛受困車頂救助",
                    "sufficient_evidence_key": r1}])
    return s


def s1755():
    s = Sit(1755, "dakeng_landslip_night",
            "夜間：大坑東山路邊坡坍方、旱溪水位一級警戒、登山客失聯",
            "2016-09-27 20:00-23:40, at the zone's eastern edge in 北屯 (positions in the hills are GUESSES). At 20:35 the "
            "slope above 東山路二段 gives way; a car is buried to the windows and 119 digs the driver out while the police "
            "close the road. Poles come down with the slope and the hillside loses power. From 21:10 the 旱溪 station "
            "(SN-WL-005) climbs through levels 3, 2 and 1; the police close the bridge and evacuate the low houses along the "
            "bank. At 21:30 a family reports two hikers who went up 大坑 trail 5 in the afternoon and cannot be reached.",
            "Jobs: the landslip (with the buried car's rescue and the closure), the hillside power cut, the 旱溪 river (with "
            "the bridge closure and evacuation) and the missing hikers. Rain alerts, the slow-down on 中清路 far from the "
            "jobs and routine calls are background. Debatable: the power cut is the landslip's (it took the poles), so a "
            "colleague could follow it in the landslip job.")
    ls = P["dakeng_dongshan"]
    s.rain("SN-RG-003", "20:00", "大豪雨", 60)
    s.background_1999(3, "20:00", "20:40", off(P["hanxi_bridge"], -1200, 300))
    l1 = s.police("fallen_object", "Severe", ls, "20:35", 300, "東山路二段 邊坡坍方 土石掩埋雙向車道，有車輛受困", "landslip")
    s.c1999("road_damage", off(ls, 60, 30), "20:37", 240, "東山路上面山坡整片滑下來，土石流到路上", "landslip")
    f1 = s.e119("rescue", off(ls, 20, 0), "20:38", 60, "東山路二段 坍方 轎車遭土石掩埋 駕駛 1 人受困", "landslip")
    s.dup(f1, 200)
    p1 = s.c1999("power_outage", off(ls, 400, 250), "20:41", 300, "大坑這邊整區停電，剛剛聽到山上很大一聲", "hill_power", truth_alt="landslip")
    s.c1999("power_outage", off(ls, 600, 100), "20:44", 420, "東山路二段民宅停電，電線桿好像倒了", "hill_power", truth_alt="landslip")
    s.police("road_closure", "Severe", off(ls, -300, -50), "20:50", 300, "東山路二段坍方，雙向封閉，請改道北屯路", "landslip")
    s.e119("rescue", off(ls, 20, 0), "20:58", 60, "救助隊到場 以人力挖掘 受困駕駛意識清醒", "landslip", status="on_scene", follows=f1)
    s.c1999("power_outage", off(ls, 900, 300), "21:02", 500, "大坑停電一個多小時了，台電有沒有在處理？", "hill_power", truth_alt="landslip")
    w3 = s.alert("SN-WL-005", "water_level", "21:10", 60, "hanxi", level="3")
    s.c1999("flooding", off(P["hanxi_bridge"], 80, 40), "21:20", 300, "旱溪的水好高，快到橋面了", "hanxi")
    # hikers
    m1 = s.police("missing_person", "Severe", P["dakeng_5trail"], "21:30", 420, "大坑五號步道 登山客 2 人 下午上山至今失聯，家屬報案協尋", "hikers")
    s.e119("rescue", P["dakeng_5trail"], "21:40", 60, "大坑五號步道 登山客 2 人 失聯 搜救", "hikers", follows=None)
    s.background_1999(3, "21:00", "22:30", off(P["hanxi_bridge"], -1500, 0))
    s.e119("rescue", off(ls, 20, 0), "21:35", 60, "受困駕駛救出 下肢擦傷 送醫", "landslip", status="returning", follows=f1)
    s.alert("SN-WL-005", "water_level", "21:50", 60, "hanxi", level="2")
    s.alert("SN-VD-ZHONGQING-02", "congestion", "21:55", 60, None)
    s.police("other", "Moderate", off(ls, 500, 200), "22:05", 400, "台電搶修人員抵達大坑東山路，坍方處電桿倒塌，需待土石清除", "hill_power", truth_alt="landslip")
    s.police("fallen_object", "Moderate", ls, "22:20", 300, "東山路二段坍方，工務局怪手已進場清除", "landslip", follows=l1)
    w1 = s.alert("SN-WL-005", "water_level", "22:40", 60, "hanxi", level="1")
    s.police("road_closure", "Severe", P["hanxi_bridge"], "22:50", 240, "旱溪水位一級警戒，封閉旱溪橋雙向", "hanxi")
    s.police("evacuation", "Severe", off(P["hanxi_bridge"], -150, -100), "22:55", 300, "旱溪沿岸低窪住戶 疏散撤離至北屯國小收容所", "hanxi")
    s.c1999("other", off(P["hanxi_bridge"], -200, -150), "23:02", 400, "里長廣播要我們撤離，收容所在哪裡？", "hanxi")
    s.police("missing_person", "Moderate", P["dakeng_5trail"], "23:20", 300, "失聯登山客 2 人已與家屬聯繫上，受困山屋平安，天亮下山", "hikers", follows=m1)
    s.rain("SN-RG-003", "23:00", "大豪雨", 60)
    s.background_1999(2, "22:30", "23:30", off(P["hanxi_bridge"], -1800, -200))
    s.incident("landslip", "traffic", "東山路二段邊坡坍方、轎車遭掩埋駕駛救出、道路封閉", l1)
    s.incident("hill_power", "infrastructure", "大坑東山路一帶停電（坍方壓倒電桿）", p1)
    s.incident("hanxi", "flood", "旱溪北屯水位一級警戒、封橋、沿岸疏散", w3)
    s.incident("hikers", "rescue", "大坑五號步道登山客 2 人失聯協尋", m1)
    s.alternative("The power cut is the landslip's (the slide took the poles, Taipower can work only after the road is "
                  "cleared): one job for the whole slope.", [])
    return s


def s1756():
    s = Sit(1756, "wind_signs_afternoon",
            "午後強風：鷹架倒塌、招牌砸傷騎士、倒樹、會展中心屋頂鐵皮掀落、轉運站旅客滯留",
            "2016-09-27 13:00-16:30, the strongest gusts. At 13:20 the scaffolding of a building site on 經貿路 south of "
            "經貿七路 falls across the road. At 13:45 a shop sign is blown off at 凱旋路/黎明路 and strikes a scooter rider. "
            "At 14:10 a tree blocks 黎明路三段 between 凱旋路 and 經貿路. At 14:30 roof sheets of convention hall B are torn off "
            "and land in its car park, which closes; water comes in through the roof onto the panel's loops. From 15:00 "
            "passengers pile up in the transit hub as intercity buses are suspended.",
            "Five jobs: scaffolding on 經貿路, the sign that injured the rider, the tree on 黎明路, the convention centre roof "
            "and the crowd at the hub. Rain alerts, a single lamp out and routine calls are background. Debatable: the hall B "
            "panel's loop fault could be read as background (a panel fault dispatches no one by itself).")
    s.rain("SN-RG-002", "13:00", "豪雨", 60)
    sc = off(P["jingmao_jingmao7"], 80, -120)
    a1 = s.c1999("fallen_object", sc, "13:20", 200, "經貿路工地鷹架被風吹倒，整片倒在馬路上", "scaffold")
    s.c1999("fallen_object", off(sc, 20, 10), "13:21", 300, "經貿路有鷹架倒下來，還好沒有車經過", "scaffold")
    s.dev("cctv", "SN-CCTV-006", "fallen_object", "13:22", 30, "scaffold", "經貿路二段/經貿七路 路面障礙物", confidence=0.69)
    s.police("fallen_object", "Severe", sc, "13:28", 240, "經貿路二段 工地鷹架倒塌占用雙向車道，封閉經貿路二段經貿七路以南路段", "scaffold")
    s.police("road_closure", "Moderate", off(sc, 0, 120), "13:30", 300, "經貿路二段封閉，車輛請改道中科路", "scaffold")
    # sign injury
    lk = P["liming_kaixuan"]
    sp = off(lk, 25, -35)
    b1 = s.c1999("fallen_object", sp, "13:45", 120, "招牌被風吹下來砸到騎機車的人，頭在流血，快叫救護車", "sign_injury")
    b2 = s.e119("ambulance", sp, "13:46", 40, "凱旋路黎明路口 機車騎士遭掉落招牌砸傷 頭部流血", "sign_injury")
    s.dev("cctv", "SN-CCTV-007", "fallen_object", "13:46", 30, "sign_injury", "黎明路三段/凱旋路 路面障礙物", confidence=0.71)
    s.police("fallen_object", "Severe", sp, "13:52", 300, "凱旋路黎明路口 店家招牌掉落砸傷機車騎士 1 人送醫，招牌移除中", "sign_injury")
    s.dup(b2, 150)
    s.e119("ambulance", sp, "14:05", 60, "傷者送中國醫藥大學附設醫院", "sign_injury", status="returning", follows=b2)
    # tree on 黎明路
    tp = off(P["liming_kaixuan"], 330, 110)
    c1 = s.alert("SN-VD-LIMING-01", "congestion", "14:10", 60, "liming_tree")
    c2 = s.c1999("fallen_tree", tp, "14:12", 240, "黎明路三段大樹倒下來把路擋住了", "liming_tree")
    s.police("fallen_object", "Moderate", off(tp, 10, 5), "14:18", 300, "黎明路三段凱旋路至經貿路間 路樹倒塌阻斷車道", "liming_tree")
    s.c1999("fallen_tree", off(tp, -30, -10), "14:25", 600, "黎明路樹倒了，我車子被卡在後面出不去", "liming_tree")
    s.background_1999(3, "13:00", "14:30", P["pop_music"])
    # convention roof
    cv = P["convention"]
    d1 = s.c1999("fallen_object", off(cv, -60, -60), "14:30", 200, "會展中心屋頂鐵皮被吹掉，飛到停車場砸到車", "roof")
    s.dev("fire_alarm", "SN-FA-003", "fault", "14:33", 30, "roof", "臺中國際會展中心 B棟 受信總機 第12迴路 絕緣不良（屋頂漏水）", truth_alt=None)
    s.dev("parking", "SN-PK-006", "closed", "14:36", 60, "roof", "臺中國際會展中心停車場 暫停開放（屋頂鐵皮掉落）")
    s.police("fallen_object", "Moderate", off(cv, -60, -50), "14:40", 300, "會展中心B棟屋頂鐵皮掀落，停車場已淨空封鎖", "roof")
    s.c1999("fallen_object", off(cv, -30, -90), "14:48", 500, "會展中心旁邊一直有鐵皮在飛，很危險", "roof")
    # hub crowd
    hb = P["transit_hub"]
    e1 = s.police("crowd_control", "Moderate", hb, "15:05", 300, "水湳轉運中心 國道客運停駛，旅客滯留約300人，派員維持秩序", "hub_crowd")
    s.c1999("crowding", off(hb, 20, 10), "15:10", 400, "轉運站好多人滯留，客運都停駛了，也沒有人廣播", "hub_crowd")
    s.dev("cctv", "SN-CCTV-004", "crowding", "15:12", 30, "hub_crowd", "經貿路二段/環中路二段 人群聚集", confidence=0.66)
    s.dev("parking", "SN-PK-001", "full", "15:20", 60, "hub_crowd", "水湳轉運中心停車場 車位已滿（接送車輛）")
    s.c1999("other", off(hb, 10, 10), "15:30", 500, "轉運站裡面的人要在哪裡過夜？市府有沒有安排？", "hub_crowd")
    s.police("crowd_control", "Minor", hb, "16:20", 300, "滯留旅客已由市府接駁車送往收容處所，現場剩約50人", "hub_crowd", follows=e1)
    # background
    s.c1999("streetlight", off(P["ops_tower"], 100, 50), "15:40", 600, "經貿路巷口有一盞路燈不亮", None)
    s.background_1999(3, "14:30", "16:20", P["museumbrary"])
    s.rain("SN-RG-001", "15:00", "豪雨", 60)
    s.police("fallen_object", "Minor", sc, "16:10", 300, "經貿路二段鷹架已由工地人員拆除，解除封閉", "scaffold")
    s.police("fallen_object", "Minor", tp, "15:55", 300, "黎明路倒樹已移除恢復通行", "liming_tree")
    s.incident("scaffold", "traffic", "經貿路二段工地鷹架倒塌、路段封閉", a1)
    s.incident("sign_injury", "rescue", "凱旋路黎明路口招牌掉落砸傷機車騎士", b1)
    s.incident("liming_tree", "traffic", "黎明路三段路樹倒塌阻斷車道", c2)
    s.incident("roof", "infrastructure", "會展中心B棟屋頂鐵皮掀落、停車場封閉", d1)
    s.incident("hub_crowd", "crowd", "水湳轉運中心客運停駛旅客滯留", e1)
    s.alternative("A panel loop fault dispatches no one: the hall B panel's fault is background.", [])
    return s


def main():
    for f in (s1751, s1752, s1753, s1754, s1755, s1756):
        s = f()
        n = s.write()
        print(s.name, n)


if __name__ == "__main__":
    main()
