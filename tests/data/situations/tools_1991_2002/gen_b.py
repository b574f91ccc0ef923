"""Situations 1997-2002: the typhoon's night peak, the lull and the aftermath."""
from lib import Sit, P, alt_list


def s1997():
    s = Sit(1997, "underpass_and_lift", "2016-09-27 19:00",
            "入夜中清環中地下道再度積水封閉；生態住宅A、B區停電，A區電梯困2人；水資源回收中心泵浦室進水，火警總機誤動作，消防到場確認。")
    s.rain("SN-RG-002", "大豪雨", "24小時 362 mm", 4, None)
    a1 = s.flood("SN-FL-006", "16-30", 24, 12, "A")
    s.flood("SN-FL-006", ">30", 39, 30, "A")
    s.police("road_closure", "Severe", P("SN-FL-006", 30, 40), 36, "A", "中清環中路口地下道積水再度封閉，請用路人改道", delay=5)
    s.cong("SN-VD-ZHONGQING-01", 12, 40, "A")
    s.cctv("SN-CCTV-008", "stalled_vehicle", 0.66, 44, "A", "地下道口車輛停滯")
    s.c1999("flooding", P("SN-FL-006", -60, 80), 50, "A", "中清路地下道又淹了，昨天晚上才淹過", delay=8)
    # C power cut eco-residential
    c1 = s.panel("SN-FA-011", "fault", 60, "C", "主電源停電 預備電源供電中")
    s.panel("SN-FA-012", "fault", 61, "C", "主電源停電 預備電源供電中")
    s.c1999("power_outage", P("SN-FA-012", 60, -30), 66, "C", "生態住宅B區整棟停電，抽水馬達也不動", delay=5)
    s.c1999("streetlight", P("SN-FA-011", -80, 20), 70, "C", "生態住宅旁邊整排路燈都不亮，一片漆黑", delay=7)
    s.panel("SN-FA-011", "normal", 165, "C", "主電源恢復")
    s.panel("SN-FA-012", "normal", 166, "C", "主電源恢復")
    # B lift rescue
    b1 = s.c1999("power_outage", P("SN-FA-011", 10, 10), 64, "B", "生態住宅A區電梯停電困 2 人，卡在7樓跟8樓中間，請快派人", delay=3)
    r = s.f119("rescue", P("SN-FA-011", 0, 5), 65, "B", "水湳生態住宅A區 電梯停電受困2人 派遣救助", delay=2)
    s.f119("rescue", P("SN-FA-011", 0, 5), 65, "B", "受困2人已救出 均無大礙", delay=33, status="on_scene", follows=r)
    # D water reclamation centre
    d1 = s.panel("SN-FA-008", "fault", 90, "D", "泵浦室迴路異常 疑似進水")
    s.panel("SN-FA-008", "alarm", 96, "D", "B1 泵浦室 偵煙器動作")
    f = s.f119("fire", P("SN-FA-008", 0, 0), 98, "D", "水湳水資源回收中心 火警受信總機動作 派遣", delay=2)
    s.f119("fire", P("SN-FA-008", 0, 0), 98, "D", "現場查無火煙，泵浦室進水致偵煙器誤動作", delay=25, status="on_scene", follows=f)
    s.f119("fire", P("SN-FA-008", 0, 0), 98, "D", "回收中心誤報案 返隊", delay=40, status="returning", follows=f)
    # background
    s.rain("C0F9T0", "豪雨", "3小時 112 mm", 20, None)
    s.c1999("noise", P("SN-FA-002", 100, 100), 110, None, "會展中心那邊的旗幟被風吹得一直拍，好吵", delay=9)
    s.status("SN-RG-003", "online", 130, None)
    s.parking("SN-PK-004", "full", 80, None, "剩餘車位 0（住戶移車至地下停車場避水）")
    s.incident("A", "flood", "中清環中路口地下道再度積水逾30公分，封閉", a1)
    s.incident("B", "rescue", "生態住宅A區電梯停電困2人", b1)
    s.incident("C", "infrastructure", "生態住宅A、B區停電（住宅、路燈）", c1)
    s.incident("D", "fire", "水資源回收中心泵浦室進水，火警總機誤動作，消防到場確認", d1)
    s.alternative("回收中心是進水造成的設備故障，也可看作設施故障（infrastructure）而非火警；分群不變",
                  alt_list(s))
    s.write()


def s1998():
    s = Sit(1998, "wind_peak_trees", "2016-09-28 00:00",
            "颱風中心最接近，強風吹倒多棵路樹：環中路中科路口路樹倒塌並打歪號誌；中平路路樹壓傷機車騎士；會展中心旁招牌掉落；公園內小樹倒塌不影響通行。")
    s.rain("SN-RG-001", "大豪雨", "24小時 388 mm", 3, None)
    a1 = s.cctv("SN-CCTV-003", "fallen_object", 0.83, 10, "A", "路口西側車道出現大型障礙物")
    s.signal("SN-SIG-003", "fault", 10, "A", text="中科路/環中路二段 號誌 燈頭異常")
    t = s.c1999("fallen_tree", P("SN-CCTV-003", -60, -10), 13, "A", "環中路中科路口一棵大樹倒下來，連紅綠燈都被打歪", delay=4)
    s.dup(t, 3)
    s.police("fallen_object", "Severe", P("SN-CCTV-003", -50, -5), 20, "A", "環中路二段近中科路口路樹倒塌壓毀號誌桿，占用三車道，現場管制", delay=6)
    s.cong("SN-VD-HUANZHONG-02", 10, 25, "A")
    s.c1999("fallen_tree", P("SN-CCTV-003", -40, 0), 40, "A", "環中路那邊樹倒了有人處理了嗎？剛剛差點撞上", delay=5)
    # B tree on rider
    b1 = s.f119("ambulance", P("SN-VD-ZHONGPING-02", -120, 10), 35, "B", "中平路 路樹倒塌壓到機車 騎士1人腿部受傷", delay=1)
    s.c1999("fallen_tree", P("SN-VD-ZHONGPING-02", -110, 20), 36, "B", "中平路有樹倒下來砸到一個騎機車的，人躺在地上", delay=3)
    s.police("injury_accident", "Severe", P("SN-VD-ZHONGPING-02", -115, 15), 40, "B", "中平路路樹倒塌壓傷機車騎士，已送醫，路樹占用慢車道", delay=7)
    s.cong("SN-VD-ZHONGPING-02", 18, 45, "B")
    # C signboard
    c1 = s.police("fallen_object", "Moderate", P("SN-FA-002", 90, 60), 55, "C", "經貿路二段會展中心旁招牌被吹落於人行道及外側車道", delay=6)
    s.c1999("other", P("SN-FA-002", 95, 55), 58, "C", "會展中心旁邊一塊大招牌被吹下來，擋在路邊", delay=5)
    s.cctv("SN-CCTV-006", "fallen_object", 0.58, 57, "C", "路口北側人行道出現障礙物")
    # background
    s.c1999("fallen_tree", P("SN-FL-003", -110, 40), 70, None, "公園裡草地上一棵小樹倒了，沒有擋到路，天亮再處理就好", delay=15)
    s.status("SN-RG-003", "offline", 80, None, reason="comms_lost", text="北屯雨量站 通訊中斷")
    s.soff_rule("SN-RG-003", 95, None)
    s.rain("C0F9T0", "豪雨", "3小時 130 mm", 60, None)
    s.c1999("streetlight", P("SN-CCTV-004", 60, -80), 100, None, "經貿路二段一盞路燈被吹到燈罩掉了，編號XT-20533", delay=12)
    s.incident("A", "traffic", "環中路二段中科路口路樹倒塌、壓毀號誌，占用三車道", a1)
    s.incident("B", "rescue", "中平路路樹壓傷機車騎士（送醫），路樹占用慢車道", b1)
    s.incident("C", "traffic", "會展中心旁招牌吹落占用外側車道", c1)
    s.alternative("號誌被路樹打壞後需交通局另派號誌廠商搶修，可視為另一件號誌故障",
                  alt_list(s, add=[dict(label="A2", type="traffic", description="中科路口號誌遭路樹打壞，號誌廠商搶修",
                                        sufficient_evidence_key=None)]))
    # signal item -> A2 under alt
    for it in s.items:
        if it.get("sensor_id") == "SN-SIG-003":
            it["truth_alt"] = "A2"
            s.alt["incidents"][-1]["sufficient_evidence_key"] = it["key"]
    s.write()


def s1999():
    s = Sit(1999, "flood_peak_multi", "2016-09-28 03:00",
            "凌晨雨勢最大，黎明凱旋、經貿路、河南路三處低窪同時淹水，南滯洪池溢流；河南路有汽車受困；民眾重複來電催辦。")
    s.rain("SN-RG-001", "超大豪雨", "24小時 512 mm", 2, None)
    s.rain("C0F9T0", "大豪雨", "24小時 401 mm", 4, None)
    # A 黎明凱旋
    a1 = s.flood("SN-FL-009", "16-30", 26, 8, "A")
    s.flood("SN-FL-009", ">30", 44, 24, "A")
    s.police("road_closure", "Severe", P("SN-FL-009", 0, 40), 31, "A", "黎明路凱旋路口積水逾40公分，雙向封閉", delay=6)
    s.c1999("flooding", P("SN-FL-009", 70, 30), 35, "A", "黎明路凱旋路口水淹到車門了", delay=6)
    s.cong("SN-VD-KAIXUAN-01", 8, 38, "A")
    # B 經貿路 low point (sensor + 1999 280 m north on the same road)
    b1 = s.flood("SN-FL-008", "16-30", 25, 12, "B")
    s.flood("SN-FL-008", ">30", 37, 28, "B")
    s.c1999("flooding", (120.6590, 24.1850), 33, "B", "經貿路靠生態住宅A區那段整條變成小河", delay=7, alt="B2")
    s.police("flooding_report", "Severe", P("SN-FL-008", 0, 20), 46, "B", "經貿路低窪路段積水約40公分，全線暫停通行", delay=8)
    s.c1999("flooding", (120.6590, 24.1850), 120, "B", "剛剛打過了，經貿路這邊到現在還是淹，車子都泡水了", delay=5, alt="B2")
    s.wl("SN-WL-003", 1, 2.4, 20, "B")
    # E south pond overflow
    e1 = s.wl("SN-WL-002", 2, 1.7, 15, "E")
    s.wl("SN-WL-002", 1, 2.2, 40, "E")
    s.flood("SN-FL-004", ">30", 55, 42, "E")
    s.flood("SN-FL-005", ">30", 48, 44, "E")
    s.c1999("flooding", P("SN-FL-004", -130, 20), 60, "E", "中央公園南邊的滯洪池滿出來了，水往步道跟旁邊馬路流", delay=9)
    # C 河南路
    c1 = s.flood("SN-FL-007", "16-30", 29, 18, "C")
    s.flood("SN-FL-007", ">30", 47, 35, "C")
    s.parking("SN-PK-003", "closed", 38, "C", "入口淹水 暫停營業")
    s.police("road_closure", "Severe", P("SN-FL-007", -20, 20), 50, "C", "河南路低窪路段積水近50公分，封閉", delay=6)
    # F car trapped in 河南路 flood
    f1 = s.f119("rescue", P("SN-FL-007", 40, -30), 47, "F", "河南路二段 自小客涉水熄火 車內2人受困 派遣水域救援", delay=2, alt="C")
    s.c1999("other", P("SN-FL-007", 45, -25), 46, "F", "河南路有一台車在水裡熄火，裡面有人出不來", delay=4, alt="C")
    s.f119("rescue", P("SN-FL-007", 40, -30), 47, "F", "車內2人已救出", delay=40, status="on_scene", alt="C", follows=f1)
    # background
    s.status("SN-RG-003", "online", 10, None)
    s.c1999("streetlight", P("SN-CCTV-002", 80, 60), 90, None, "凱旋路環中路口一盞路燈不亮，編號XT-11873", delay=20)
    s.c1999("other", P("SN-FA-005", 0, 0), 100, None, "請問明天要不要上班上課？", delay=3)
    s.incident("A", "flood", "黎明凱旋路口低窪處淹水逾40公分，封閉", a1)
    s.incident("B", "flood", "經貿路低窪路段與區域排水淹水逾30公分（含北側280公尺同路段）", b1)
    s.incident("C", "flood", "河南路低窪路段淹水近50公分，封閉", c1)
    s.incident("E", "flood", "中央公園南滯洪池達一級警戒並溢流至步道與周邊道路", e1)
    s.incident("F", "rescue", "河南路淹水中車輛熄火，車內2人受困", f1)
    s.alternative("經貿路北段（生態住宅A區旁）的民眾通報與感測器點相距約280公尺，可視為另一處積水分開派工；車內受困也可併入河南路淹水案",
                  alt_list(s, drop=["F"], add=[dict(label="B2", type="flood", description="經貿路北段生態住宅A區旁積水",
                                                     sufficient_evidence_key=None)]))
    for it in s.items:
        if it.get("truth_alt") == "B2":
            s.alt["incidents"][-1]["sufficient_evidence_key"] = it["key"]
            break
    s.write()


def s2000():
    s = Sit(2000, "lull_recede", "2016-09-28 06:00",
            "清晨雨勢減弱：中清環中地下道仍積水後退水解封，滯洪池水位回降；生態住宅B區地下室淹水住戶一再催辦；中平路東段停電，經貿中平路口號誌全暗。")
    # A underpass receding
    a1 = s.flood("SN-FL-006", ">30", 35, 5, "A")
    s.police("road_closure", "Severe", P("SN-FL-006", 30, 40), 10, "A", "中清環中路口地下道持續封閉抽水中", delay=8)
    s.flood("SN-FL-006", "16-30", 20, 60, "A")
    s.flood("SN-FL-006", "1-15", 6, 120, "A")
    s.police("road_reopened", "Minor", P("SN-FL-006", 30, 40), 150, "A", "中清環中路口地下道積水已退，清理後恢復通行", delay=5)
    # ponds receding: background (end words of last night's pond jobs)
    s.wl("SN-WL-001", 3, 0.9, 30, None, falling=True)
    s.wl("SN-WL-002", 3, 0.95, 75, None, falling=True)
    # B basement flooding with callbacks
    b1 = s.c1999("flooding", P("SN-FA-012", 30, -20), 15, "B", "生態住宅B區地下室淹水，停車場的水已經到輪胎一半", delay=6)
    s.panel("SN-FA-012", "fault", 22, "B", "B2 泵浦室 迴路異常 疑似進水")
    s.c1999("flooding", P("SN-FA-012", 30, -20), 95, "B", "早上六點多就打過了，地下室到現在還沒有人來抽水", delay=4, follows=b1)
    s.c1999("flooding", P("SN-FA-012", -20, 10), 170, "B", "B區地下室的水還是沒退，車子都泡在水裡，到底什麼時候來", delay=5)
    s.f119("rescue", P("SN-FA-012", 0, 0), 175, "B", "水湳生態住宅B區 地下室積水 派遣抽水支援", delay=3)
    # C power cut 中平路 east
    c1 = s.status("SN-CCTV-011", "offline", 40, "C", reason="mains_power_lost", text="經貿路/中平路 路口監視器 市電中斷")
    s.c1999("power_outage", P("SN-CCTV-011", 200, 80), 45, "C", "中平路這邊停電了，整條巷子都沒電", delay=7)
    s.c1999("power_outage", P("SN-FA-010", 60, 20), 52, "C", "中國醫藥大學水湳校區旁邊宿舍停電", delay=6)
    s.panel("SN-FA-010", "fault", 41, "C", "主電源停電 改由預備電源")
    s.status("SN-CCTV-011", "online", 185, "C")
    s.panel("SN-FA-010", "normal", 186, "C", "主電源恢復")
    # D dark signal
    d1 = s.signal("SN-SIG-011", "fault", 40, "D")
    s.police("traffic_signal_fault", "Moderate", P("SN-SIG-011", 0, 10), 55, "D", "經貿路中平路口號誌停電全暗，派員指揮交通", delay=5)
    s.cong("SN-VD-ZHONGPING-02", 15, 60, "D")
    s.signal("SN-SIG-011", "restored", 185, "D")
    # background
    s.rain("SN-RG-002", "大雨", "24小時 298 mm", 2, None)
    s.c1999("other", P("SN-FA-004", 50, 50), 130, None, "綠美圖今天有沒有開？", delay=4)
    s.parking("SN-PK-005", "closed", 20, None, "防汛 暫停開放")
    s.c1999("fallen_tree", P("SN-FL-002", -100, 0), 140, None, "中央公園裡面樹枝斷了很多，草地上都是，沒有在路上", delay=25)
    s.incident("A", "flood", "中清環中路口地下道積水，抽水後退水解封", a1)
    s.incident("B", "flood", "生態住宅B區地下室淹水，住戶多次催辦抽水", b1)
    s.incident("C", "infrastructure", "中平路東段至中國醫藥大學水湳校區停電", c1)
    s.incident("D", "traffic", "經貿路中平路口號誌停電全暗，派員指揮", d1)
    s.alternative("號誌全暗是同一次停電造成，可與停電案件合併為一件", alt_list(s, drop=["D"]))
    for it in s.items:
        if it["truth"] == "D":
            it["truth_alt"] = "C"
    s.notes = "南滯洪池停車場暫停開放是防汛預防措施，非事件；滯洪池水位回降屬前一時段已結案件的收尾，本視窗無對應開案。"
    s.write()


def s2001():
    s = Sit(2001, "second_band_return", "2016-09-28 14:00",
            "颱風離開後西南氣流帶來第二波雨帶：早上退水的河南路低窪處再度淹水，車輛在河南中平路口涉水熄火；南滯洪池再升三級；河南路停車場附近有失智長者走失。")
    s.rain("C0F9T0", "豪雨", "3小時 106 mm", 5, None)
    a1 = s.flood("SN-FL-007", "1-15", 12, 20, "A")
    s.flood("SN-FL-007", "16-30", 27, 38, "A")
    s.c1999("flooding", P("SN-FL-007", 60, 30), 42, "A", "河南路早上退了，現在又淹起來了", delay=6)
    s.parking("SN-PK-003", "closed", 45, "A", "入口積水 暫停進場")
    s.cctv("SN-CCTV-010", "stalled_vehicle", 0.77, 50, "A", "路口北側車輛停滯 疑似涉水熄火", alt="A2")
    s.police("stalled_vehicle", "Moderate", P("SN-CCTV-010", 10, 20), 55, "A", "河南路中平路口自小客涉水熄火，已協助推離", delay=6, alt="A2")
    s.cong("SN-VD-HENAN-02", 14, 58, "A")
    s.flood("SN-FL-007", ">30", 33, 70, "A")
    s.police("road_closure", "Severe", P("SN-FL-007", -20, 20), 78, "A", "河南路低窪路段再度積水逾30公分，封閉", delay=5)
    # B south pond up again
    b1 = s.wl("SN-WL-002", 3, 1.1, 60, "B")
    s.flood("SN-FL-005", "16-30", 21, 66, "B")
    s.wl("SN-WL-002", 3, 0.9, 180, "B", falling=True)
    # C missing elder
    c1 = s.police("missing_person", "Severe", P("SN-PK-003", -150, 80), 90, "C", "82歲失智男性午後自河南路住處走失，穿灰色雨衣，家屬報案協尋", delay=20)
    s.c1999("other", P("SN-PK-003", 40, 30), 110, "C", "河南路停車場這邊有一個阿伯淋雨一直問路，講話怪怪的", delay=5)
    s.police("missing_person", "Minor", P("SN-PK-003", 40, 30), 130, "C", "走失長者已於河南路停車場尋獲，交由家屬帶回", delay=6)
    # D flood at 黎明凱旋 short
    d1 = s.flood("SN-FL-009", "16-30", 19, 40, "D")
    s.flood("SN-FL-009", "1-15", 9, 100, "D")
    s.c1999("flooding", P("SN-FL-009", 30, 30), 48, "D", "黎明路凱旋路口又開始積水", delay=8)
    # background
    s.c1999("noise", P("SN-FA-009", 40, 40), 120, None, "抽水機整個下午都很吵", delay=5)
    s.rain("SN-RG-002", "大雨", "1小時 43 mm", 25, None)
    s.c1999("streetlight", P("SN-CCTV-004", -50, -60), 150, None, "環中路一盞路燈不亮，編號XT-10442", delay=20)
    s.parking("SN-PK-006", "empty", 100, None, "剩餘車位 380")
    s.incident("A", "flood", "河南路低窪處退水後再度淹水逾30公分，車輛涉水熄火", a1)
    s.incident("B", "flood_risk", "中央公園南滯洪池再達三級警戒後回降", b1)
    s.incident("C", "rescue", "失智長者走失協尋，於河南路停車場尋獲", c1)
    s.incident("D", "flood", "黎明凱旋路口短暫積水16-30公分後退水", d1)
    s.alternative("河南中平路口（距淹水感測器約400公尺）熄火車輛由員警推離，可視為另一件交通案",
                  alt_list(s, add=[dict(label="A2", type="traffic", description="河南中平路口涉水熄火車輛",
                                        sufficient_evidence_key=None)]))
    for it in s.items:
        if it.get("truth_alt") == "A2":
            s.alt["incidents"][-1]["sufficient_evidence_key"] = it["key"]
            break
    s.write()


def s2002():
    s = Sit(2002, "aftermath_long_tail", "2016-09-29 08:00",
            "颱風過後一天：河南路淹水後路面坑洞；環中路清除倒樹施工封閉外側車道；中清地下道旁一台泡水車停了兩天沒人移；地下道淹水感測器泡水故障；中科環中路口號誌仍故障。")
    # A road damage 河南路
    a1 = s.c1999("road_damage", P("SN-FL-007", 30, 20), 20, "A", "河南路淹水退了以後路面整片掏空，好幾個大洞，機車很危險", delay=10)
    s.c1999("road_damage", P("SN-FL-007", -60, -30), 95, "A", "河南路二段路面破很多洞，昨天淹水的地方", delay=12)
    s.police("fallen_object", "Moderate", P("SN-FL-007", 0, 0), 120, "A", "河南路低窪路段路面坍陷坑洞，已擺放三角錐，請養工處搶修", delay=8)
    # B planned road works
    b1 = s.permit("road_works", P("SN-CCTV-003", -200, -100), 60, 420, 600, "B",
                  "環中路二段倒樹清除及號誌桿修復工程，封閉外側車道", radius=300)
    s.police("road_closure", "Minor", P("SN-CCTV-003", -180, -90), 65, "B", "環中路二段配合倒樹清除工程封閉外側車道", delay=10)
    s.cong("SN-VD-HUANZHONG-02", 22, 80, "B")
    # C abandoned flooded car
    c1 = s.c1999("illegal_parking", P("SN-FL-006", -40, 50), 30, "C", "中清路地下道出口旁邊有一台泡水車停了兩天，擋住一個車道", delay=15)
    s.police("stalled_vehicle", "Minor", P("SN-FL-006", -35, 45), 110, "C", "中清路地下道出口泡水故障車占用外側車道，通知車主拖離", delay=10)
    s.c1999("other", P("SN-FL-006", -40, 50), 240, "C", "剛剛打過了，那台泡水車到現在還沒拖走", delay=5)
    # D flood sensor broken
    d1 = s.status("SN-FL-006", "offline", 5, "D", reason="device_fault", alt=None, text="中清環中路口地下道淹水感測器 裝置故障 離線")
    s.soff_rule("SN-FL-006", 70, "D", alt=None)
    # E signal still faulty
    e1 = s.signal("SN-SIG-003", "fault", 10, "E", text="中科路/環中路二段 號誌 燈頭異常 部分燈號不亮")
    s.c1999("traffic_signal", P("SN-SIG-003", 10, 0), 40, "E", "中科路環中路口紅綠燈從颱風到現在都還是壞的", delay=6)
    s.signal("SN-SIG-003", "restored", 300, "E")
    # background
    s.c1999("fallen_tree", P("SN-FL-004", -120, 0), 100, None, "中央公園裡面還有好幾棵倒樹，沒有擋路，麻煩排時間清", delay=30)
    s.c1999("other", P("SN-FA-004", 0, 0), 180, None, "綠美圖今天恢復開館了嗎？", delay=3)
    s.parking("SN-PK-001", "full", 200, None, "剩餘車位 0")
    s.c1999("streetlight", P("SN-CCTV-001", 40, 40), 360, None, "台74線下面路燈不亮一盞，編號XT-10021", delay=15)
    s.c1999("noise", P("SN-FA-011", 30, 30), 400, None, "社區在用電鋸清樹枝，很吵", delay=5)
    s.c1999("illegal_parking", P("SN-PK-002", 60, -40), 300, None, "經貿六停車場出口有車並排停車", delay=10)
    s.incident("A", "infrastructure", "河南路淹水後路面掏空、坑洞，需搶修", a1)
    s.incident("B", "planned_event", "環中路二段倒樹清除工程封閉外側車道", b1)
    s.incident("C", "traffic", "中清路地下道出口泡水車占用車道兩天", c1)
    s.incident("D", "infrastructure", "地下道淹水感測器泡水故障離線，需維修", d1)
    s.incident("E", "traffic", "中科環中路口號誌颱風後仍故障，修復", e1)
    s.alternative("感測器故障只是維修單，不是要派人的事件，可視為背景", alt_list(s, drop=["D"]))
    s.write()


if __name__ == "__main__":
    for f in (s1997, s1998, s1999, s2000, s2001, s2002):
        f()
