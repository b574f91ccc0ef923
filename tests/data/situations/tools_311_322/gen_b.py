"""Situations 317-322. Run: python3 gen_b.py"""
import datetime as dt

from lib import Sit, pos, offset

H8 = dt.timedelta(hours=8)


def s317():
    s = Sit(317, "late_dup_skew_crash_taiwan_blvd", (2016, 3, 15))
    X = (120.63192, 24.17488)        # 臺灣大道/環中路
    st = s.status("SN-FL-010", "offline", s.t("06:40"), None, text="離線 reason: comms_lost")
    s.status("SN-FL-010", "online", s.t("06:42:30"), None, text="恢復連線")
    # CCTV clock runs 7 minutes slow
    acc = s.cctv("SN-CCTV-009", "accident", 0.83, s.t("06:51:30"), "T1", text="路口事故偵測 大型車與小客車",
                 stamped=s.t("06:44:30"))
    # signal controller stamps UTC wall time with +08:00: 8 h behind
    sig = s.sensor("signal", "SN-SIG-009", "fault", s.t("06:52:10"), "T1", truth_alt="S1",
                   text="號誌控制器 燈號熄滅（全暗） 電源異常", stamped=s.t("06:52:10") - H8)
    c1 = s.c1999("traffic_accident", s.near(*X, 60, 200), s.t("06:53"), "臺灣大道環中路口大卡車撞到一台轎車，轎車整個凹進去，紅綠燈也不亮了！", "T1")
    r = s.f119("rescue", X, s.t("06:53:40"), "【救助】西屯區臺灣大道三段/環中路口 聯結車與自小客碰撞 自小客駕駛受困車內 派遣：救助隊×1、救護車×1", "T1")
    s.dup(c1, 60)
    s.dup(st, 16 * 60)        # the 06:40 offline status redelivered late
    s.c1999("traffic_signal", s.near(*X, 80, 250), s.t("06:55"), "環中路臺灣大道口紅綠燈全部不亮，車子亂鑽很危險，趕快派人來！", "T1", truth_alt="S1")
    s.dup(c1, 300)
    dog = s.c1999("動物救援", (120.62990, 24.17710), s.t("07:05"), "臺灣大道上有一隻黑狗在快車道上亂跑，很危險。", None)
    s.dup(dog, 45)
    s.f119("rescue", X, s.t("07:06"), "【救助】續報：受困駕駛已破壞救出 男性約45歲 胸部挫傷 意識清楚 送澄清醫院", "T1", follows=r["key"])
    s.cctv("SN-CCTV-009", "stalled_vehicle", 0.90, s.t("07:12"), "T1", text="路口內車輛停滯 2輛", stamped=s.t("07:05"))
    # police report written at 06:58, delivered 26 min late; its follow-up arrives first
    pr_key = "317-pol-001"
    s.seq["pol"] = 1
    fu = s.police("road_closure", "Moderate", X, s.t("07:10"), "臺灣大道往市區方向內側兩車道封閉，等待拖吊聯結車，號誌全暗由員警指揮。", "T1",
                  follows=pr_key, delay=300)
    s.police("injury_accident", "Severe", X, s.t("06:58"), "臺灣大道/環中路口 聯結車右轉與直行自小客碰撞 自小客駕駛受困已由消防救出送醫 A2 號誌桿箱受損全暗 員警現場指揮交通", "T1",
             key=pr_key, delay=26 * 60)
    s.c1999("other", (120.63620, 24.18150), s.t("07:18"), "環中路往臺灣大道塞到不行，是出車禍嗎？", "T1")
    # VD records buffered by the roadside unit, delivered in one batch
    batch = s.t("07:46:10")
    s.congestion("SN-VD-HUANZHONG-04", s.t("07:20"), "T1", "環中路車輛偵測器4 南向平均車速 15 km/h", arrival=batch, truth_alt=None)
    s.congestion("SN-VD-HUANZHONG-04", s.t("07:25"), "T1", "環中路車輛偵測器4 南向平均車速 9 km/h，佔有率 51%", severity="Moderate", arrival=batch, truth_alt=None)
    s.congestion("SN-VD-HUANZHONG-04", s.t("07:30"), "T1", "環中路車輛偵測器4 南向平均車速 8 km/h，佔有率 56%", severity="Moderate", arrival=batch + dt.timedelta(seconds=1), truth_alt=None)
    s.dup(acc, 22 * 60)       # analytics server re-sends its open events after a restart
    s.congestion("SN-VD-HUANZHONG-01", s.t("07:50"), None, "環中路車輛偵測器1 平均車速 20 km/h（上班尖峰）")
    s.c1999("traffic_signal", (120.63110, 24.17560), s.t("08:05"), "臺灣大道環中路口號誌還是沒亮，只有一個警察在指揮，什麼時候修好？", "T1", truth_alt="S1")
    s.police("road_closure", "Minor", X, s.t("08:20"), "聯結車已拖離，臺灣大道內側車道恢復通行。", "T1", follows=fu["key"])
    s.sensor("signal", "SN-SIG-009", "restored", s.t("08:40"), "T1", truth_alt="S1", text="號誌恢復正常（臨時電源）", stamped=s.t("08:40") - H8)
    s.incident("T1", "traffic", "臺灣大道/環中路口聯結車與自小客碰撞，駕駛受困救出送醫，號誌箱受損全暗，內側車道封閉至08:20，環中路回堵。", r)
    s.alternative("號誌全暗需交通局承商另案搶修（2小時到場），可視為獨立的號誌故障事件；環中路VD4在1.2公里外，也可能只是上班尖峰。",
                  [s.same_alt("T1"),
                   ("S1", "traffic", "臺灣大道/環中路口號誌全暗（事故撞損），搶修至08:40。", sig["key"])])
    return s.write("三月清晨，臺灣大道/環中路口（園區西南邊緣外）聯結車撞自小客並撞壞號誌箱。資料到得很亂：監視器時鐘慢7分鐘、號誌控制器時間戳慢8小時、1999同一案送三次、警方報告晚26分鐘且續報先到、VD資料整批補送。",
                   notes="CCTV observed 比實際早7分；SN-SIG-009 observed 比實際早8小時（UTC時間誤標+08:00）。317-pol-002 follows 317-pol-001，但先到達。")


def s318():
    s = Sit(318, "typhoon_park_flood_gateway_down", (2016, 9, 27))
    PK = pos("SN-PK-004")
    tree = (120.65365, 24.18120)
    s.rain("C0F9T0", "豪雨", s.t("13:30"), None, text="西屯 3小時雨量 112.0 mm（梅姬颱風）", truth_alt="F1")
    s.rain("SN-RG-001", "豪雨", s.t("13:40"), None, text="中央公園雨量站 3小時雨量 121.5 mm", truth_alt="F1")
    s.wlevel("SN-WL-001", "3", s.t("14:10"), "F1", text="中央公園北滯洪池 水位 2.12 m ≥ 三級警戒 2.0 m")
    s.flood("SN-FL-001", "1-15", s.t("14:20"), "F1", text="中央公園滯洪池1 周邊淹水深度 12 cm")
    s.flood("SN-FL-002", "16-30", s.t("14:35"), "F1", text="中央公園滯洪池2 周邊淹水深度 24 cm")
    s.wlevel("SN-WL-001", "2", s.t("14:40"), "F1", text="中央公園北滯洪池 水位 2.58 m ≥ 二級警戒 2.5 m")
    t1 = s.c1999("fallen_tree", s.near(*tree, 50, 150), s.t("14:45"), "中科路靠公園那邊一棵大樹被風吹倒，擋住兩個車道，車子都要繞過去。", "T1")
    s.police("fallen_object", "Moderate", tree, s.t("14:50"), "中科路(中央公園西側)路樹倒塌 佔用南向兩車道 已通報建設局", "T1")
    s.flood("SN-FL-001", ">30", s.t("14:55"), "F1", text="中央公園滯洪池1 周邊淹水深度 36 cm")
    f1 = s.c1999("flooding", s.near(*PK, 40, 150), s.t("15:00"), "公園北邊地下停車場入口水一直往下灌，裡面還有車子！", "F1")
    s.congestion("SN-VD-ZHONGKE-01", s.t("15:10"), "T1", "中科路車輛偵測器1 平均車速 11 km/h", truth_alt=None)
    s.wlevel("SN-WL-001", "1", s.t("15:15"), "F1", text="中央公園北滯洪池 水位 3.05 m ≥ 一級警戒 3.0 m")
    pf = s.police("flooding_report", "Severe", (120.6568, 24.1890), s.t("15:20"), "中央公園地下停車場(北)入口積水倒灌，已請管理單位關閉車道入口。", "F1")
    r = s.f119("rescue", PK, s.t("15:25"), "【救助】北屯區中央公園地下停車場(北) B1 車輛受困積水 民眾1人困於車內 水深約50公分 派遣：救助隊×1、水箱車×1", "F1")
    # power cut at the park: car-park fire panel on battery, park LoRa gateway down
    s.sensor("fire_alarm", "SN-FA-007", "fault", s.t("15:38"), "F1", truth_alt="I1", text="火警受信總機 主電源停電，切換預備電源")
    s.status("SN-PK-004", "offline", s.t("15:40"), "F1", truth_alt="I1", text="離線 reason: mains_power_lost")
    offl = []
    for i, sid in enumerate(["SN-FL-001", "SN-FL-002", "SN-WL-001", "SN-FL-003", "SN-RG-001"]):
        offl.append(s.rule(sid, "sensor_offline", s.t("15:52") + dt.timedelta(minutes=i, seconds=17 * i), "F1", "Minor",
               truth_alt="I1", text="%s 逾20分鐘未回傳資料" % {
                   "SN-FL-001": "中央公園滯洪池1", "SN-FL-002": "中央公園滯洪池2", "SN-WL-001": "中央公園北滯洪池水位",
                   "SN-FL-003": "中央公園滯洪池3", "SN-RG-001": "中央公園雨量站"}[sid]))
    s.c1999("flooding", s.near(*PK, 60, 200), s.t("15:50"), "停車場樓梯口水一直流下去，剛剛被困在裡面的人有出來嗎？", "F1")
    s.c1999("fallen_tree", s.near(*tree, 60, 200), s.t("16:00"), "中科路那棵倒樹還沒處理，車子都在逆向閃，很危險。", "T1")
    tc = s.police("road_closure", "Moderate", tree, s.t("16:05"), "中科路(中央公園西側)南向封閉，建設局清除倒樹中。", "T1")
    s.f119("rescue", PK, s.t("16:10"), "【救助】續報：受困民眾1人已由救助隊涉水救出，無人受傷。", "F1", follows=r["key"])
    s.c1999("公園路樹", (120.65680, 24.18010), s.t("16:20"), "公園裡很多樹枝斷掉，步道上都是，颱風過後要來清。", None)
    s.c1999("other", s.near(*PK, 100, 300), s.t("16:30"), "停車場淹水我的車還在裡面，請問這要找誰賠？", "F1")
    s.police("road_closure", "Minor", tree, s.t("16:45"), "中科路倒樹已清除，恢復通行。", "T1", follows=tc["key"])
    s.police("flooding_report", "Moderate", (120.6568, 24.1890), s.t("17:30"), "停車場入口持續封閉，消防局支援抽水中。", "F1", follows=pf["key"])
    s.status("SN-PK-004", "online", s.t("17:48"), "F1", truth_alt="I1", text="恢復連線")
    # the gateway's buffered readings arrive when power returns
    back = s.t("17:51")
    s.flood("SN-FL-002", ">30", s.t("16:10"), "F1", text="中央公園滯洪池2 周邊淹水深度 41 cm", arrival=back)
    s.flood("SN-FL-003", "16-30", s.t("16:30"), "F1", text="中央公園滯洪池3 周邊淹水深度 18 cm", arrival=back + dt.timedelta(seconds=2))
    s.flood("SN-FL-001", "16-30", s.t("17:40"), "F1", text="中央公園滯洪池1 周邊淹水深度 27 cm（下降中）", arrival=back + dt.timedelta(seconds=3))
    s.sensor("fire_alarm", "SN-FA-007", "normal", s.t("17:55"), "F1", truth_alt="I1", text="火警受信總機 主電源恢復")
    s.incident("F1", "flood", "梅姬颱風豪雨，中央公園北滯洪池達一級警戒並溢流，地下停車場(北)入口倒灌、1人受困救出；15:40起公園停電，閘道器與停車場離線，緩存讀值17:51才補送。", f1)
    s.incident("T1", "traffic", "中科路（中央公園西側）路樹被風吹倒佔用南向兩車道，封閉清除至16:45。", t1)
    s.alternative("停電造成的設備離線（閘道器、停車場、總機改用電池）可另開一件設施搶修事件，而非淹水事件的一部分；中科路VD也可能是颱風天一般車流。",
                  [("F1", "flood", "中央公園北滯洪池溢流、地下停車場倒灌、1人受困救出。", f1["key"]),
                   s.same_alt("T1"),
                   ("I1", "infrastructure", "中央公園停電：LoRa閘道器後方5具感測器、停車場、停車場總機離線或改用電池，17:48-17:55恢復。", offl[0])])
    return s.write("2016年9月27日梅姬颱風午後，中央公園北滯洪池溢流倒灌入地下停車場；15:40公園停電，淹水與水位感測器的閘道器斷線兩小時，事件進行中感測器『沉默』，電力恢復後才補送緩存讀值。同時中科路倒樹。",
                   notes="sensor_offline 與停車場離線在主讀法屬淹水事件（事件中失去的眼睛）。")


def s319():
    s = Sit(319, "bus_fire_hub_jam_cascade", (2016, 5, 10))
    B = (120.65300, 24.19790)
    s.congestion("SN-VD-HENAN-01", s.t("07:40"), None, "河南路車輛偵測器1 平均車速 19 km/h（上班尖峰）")
    s.sensor("parking", "SN-PK-001", "full", s.t("07:42"), None, text="水湳轉運中心停車場 汽車剩餘 0")
    s.cctv("SN-CCTV-003", "smoke", 0.71, s.t("07:48:30"), "F1", text="畫面偵測煙霧 東側")
    s.cctv("SN-CCTV-004", "smoke", 0.62, s.t("07:49:00"), "F1", text="畫面偵測煙霧 西側")
    s.sensor("fire_alarm", "SN-FA-001", "alarm", s.t("07:49:20"), "F1", text="火警受信總機 第2區 1樓客運月台出口 偵煙式探測器動作")
    f1 = s.f119("fire", B, s.t("07:50"), "【火災】北屯區環中路二段 水湳轉運中心出口 國道客運大客車引擎室起火 乘客已下車 派遣：水箱車×2、救護車×1", "F1")
    calls = [
        ("環中路轉運站門口一台客運燒起來了！黑煙好大", 60, 250),
        ("中科路環中路口那邊有一台巴士在冒煙，後面都是火", 100, 300),
        ("轉運站裡面警鈴一直響，外面有車子在燒", 30, 150),
        ("台74下來就看到環中路那邊冒黑煙，是什麼燒起來？", 400, 700),
        ("我在公車上，前面那台客運屁股在冒火，司機叫大家下車", 20, 100),
        ("環中路二段有大客車火燒車，有人報了嗎？", 150, 400),
        ("經貿路口那邊黑煙整片，看不到前面的路", 100, 300),
        ("會展中心這邊都聞到燒輪胎的味道", 300, 600),
        ("水湳轉運站前面的公車燒起來，消防車還沒來", 50, 200),
        ("煙飄到黎明路這邊了，是轉運站失火嗎？", 300, 600),
    ]
    t0 = s.t("07:50:30")
    for i, (txt, a, b) in enumerate(calls):
        s.c1999("fire_smoke", s.near(*B, a, b), t0 + dt.timedelta(seconds=70 * i + s.rng.randint(0, 60)), txt, "F1")
    s.police("fire_report", "Severe", B, s.t("07:56"), "水湳轉運中心出口 國道客運引擎室起火 乘客28人已疏散 無人受傷 消防搶救中", "F1")
    clo = s.police("road_closure", "Severe", B, s.t("07:58"), "環中路二段(中科路至經貿路)東向封閉，車輛改道黎明路。", "F1")
    jam = [
        ("rule", "SN-VD-HUANZHONG-02", s.t("08:00"), "環中路車輛偵測器2 東向平均車速 12 km/h，佔有率 45%", "Moderate"),
        ("rule", "SN-VD-KAIXUAN-01", s.t("08:05"), "凱旋路車輛偵測器1 北向平均車速 16 km/h", "Minor"),
        ("rule", "SN-VD-LIMING-01", s.t("08:06"), "黎明路車輛偵測器1 平均車速 13 km/h，佔有率 42%", "Minor"),
        ("rule", "SN-VD-JINGMAO-01", s.t("08:08"), "經貿路車輛偵測器1 平均車速 15 km/h", "Minor"),
    ]
    tj = None
    for _, sid, t, txt, sev in jam:
        it = s.congestion(sid, t, "F1", txt, severity=sev, truth_alt="T1")
        tj = tj or it
    s.cctv("SN-CCTV-002", "stalled_vehicle", 0.55, s.t("08:10"), "F1", truth_alt="T1", text="車輛停滯 東向 回堵")
    s.c1999("other", (120.64830, 24.19620), s.t("08:12"), "環中路塞爆了，從台74下來就動不了，前面是怎樣？", "F1", truth_alt="T1")
    s.f119("fire", B, s.t("08:14"), "【火災】續報：08:09 火勢撲滅，大客車引擎室燒毀，無人傷亡。", "F1", follows=f1["key"])
    s.c1999("other", (120.65280, 24.19430), s.t("08:15"), "黎明路也塞住了，改道的車全部跑進來，公車站都停不進去。", "F1", truth_alt="T1")
    s.congestion("SN-VD-ZHONGQING-02", s.t("08:18"), None, "中清路車輛偵測器2 平均車速 21 km/h（上班尖峰）")
    s.congestion("SN-VD-HUANZHONG-02", s.t("08:20"), "F1", "環中路車輛偵測器2 東向平均車速 6 km/h，佔有率 63%", severity="Moderate", truth_alt="T1")
    s.sensor("fire_alarm", "SN-FA-001", "normal", s.t("08:24"), "F1", text="火警受信總機 系統復歸")
    s.c1999("illegal_parking", (120.64880, 24.16920), s.t("08:30"), "河南路停車場出口有車子併排，車出不來。", None)
    s.police("road_closure", "Moderate", B, s.t("08:35"), "環中路二段東向開放一車道，等待拖吊。", "F1", follows=clo["key"])
    s.c1999("other", s.near(*B, 30, 120), s.t("08:40"), "轉運站裡面都是煙味，候車的人都在咳嗽，這樣會不會有事？", "F1")
    s.rule("SN-VD-HUANZHONG-02", "cleared", s.t("08:50"), "F1", "Minor", text="環中路車輛偵測器2 車速回復 35 km/h", truth_alt="T1")
    s.police("road_closure", "Minor", B, s.t("08:55"), "事故客運已拖離，環中路二段全線恢復通行。", "F1", follows=clo["key"])
    s.incident("F1", "fire", "上班尖峰水湳轉運中心出口客運引擎室起火，煙進入轉運站月台觸發總機；環中路二段東向封閉，回堵並外溢至凱旋路、黎明路、經貿路，08:55恢復。", f1)
    s.alternative("火燒車造成的壅塞與改道可由交通單位另案處理（交通事件），與消防搶救分開。",
                  [s.same_alt("F1"),
                   ("T1", "traffic", "環中路二段東向封閉造成的回堵與黎明路、凱旋路、經貿路改道車流。", tj["key"])])
    return s.write("五月週二上班尖峰，國道客運在水湳轉運中心出口引擎起火，環中路二段東向封閉，塞車外溢到周邊道路（火災引發交通壅塞的連鎖）。",
                   notes="河南路、中清路的尖峰壅塞與轉運中心停車場滿為日常背景。")


def s320():
    s = Sit(320, "truck_crash_closure_secondary", (2016, 8, 12))
    X = (120.65725, 24.19890)     # 環中路/中清路
    Y = (120.65360, 24.19845)     # 環中路二段/經貿路二段
    s.flood("SN-FL-006", "1-15", s.t("22:20"), None, text="中清環中路口地下道 淹水深度 6 cm")
    s.rain("SN-RG-002", "大雨", s.t("22:25"), None, text="水湳轉運中心雨量站 時雨量 41.0 mm")
    s.cctv("SN-CCTV-008", "accident", 0.88, s.t("22:31:00"), "T1", text="路口事故偵測 大型車與小客車")
    s.cctv("SN-CCTV-008", "fallen_object", 0.79, s.t("22:31:40"), "T1", text="路面掉落物 範圍大")
    t1 = s.c1999("traffic_accident", s.near(*X, 50, 200), s.t("22:32"), "中清路環中路口砂石車跟轎車撞到，石頭灑了滿地！", "T1")
    s.f119("ambulance", X, s.t("22:32:30"), "【救護】北屯區環中路/中清路口 砂石車與自小客碰撞 自小客駕駛女性約35歲 頭部撕裂傷 意識清楚 派遣：救護車×1", "T1")
    s.c1999("other", s.near(*X, 100, 300), s.t("22:35"), "環中路中清路口整片都是石頭，下雨機車很容易滑倒，趕快來清。", "T1")
    pa = s.police("injury_accident", "Severe", X, s.t("22:40"), "環中路/中清路口 砂石車與自小客碰撞 1人受傷送醫 A2 砂石散落東向三車道", "T1")
    clo = s.police("road_closure", "Severe", offset(*X, -250, -40), s.t("22:45"), "環中路二段東向(經貿路至中清路)封閉，清除散落砂石，車輛改道經貿路。", "T1")
    s.congestion("SN-VD-HUANZHONG-03", s.t("22:48"), "T1", "環中路車輛偵測器3 東向平均車速 5 km/h，佔有率 60%", severity="Moderate")
    s.rule("SN-FL-006", "cleared", s.t("22:50"), None, "Minor", text="中清環中路口地下道 淹水深度 0 cm，解除")
    s.c1999("other", (120.65120, 24.19760), s.t("22:52"), "環中路為什麼封起來了？要去中清路要怎麼走？", "T1")
    s.congestion("SN-VD-HUANZHONG-02", s.t("22:55"), "T1", "環中路車輛偵測器2 東向平均車速 9 km/h，佔有率 52%", severity="Moderate")
    s.congestion("SN-VD-JINGMAO-01", s.t("22:58"), "T1", "經貿路車輛偵測器1 南向平均車速 17 km/h", truth_alt=None)
    # T2: secondary crash at the queue tail
    s.cctv("SN-CCTV-004", "stalled_vehicle", 0.72, s.t("23:05:20"), "T2", truth_alt="T1", text="路口內車輛停滯 機車倒地")
    t2 = s.c1999("traffic_accident", s.near(*Y, 40, 180), s.t("23:06"), "經貿路口環中路這邊又撞了，一台機車撞到前面停著的車，騎士倒在地上。", "T2", truth_alt="T1")
    s.f119("ambulance", Y, s.t("23:06:40"), "【救護】北屯區環中路二段/經貿路二段口 機車追撞停等自小客 男性騎士約22歲 下巴撕裂傷 意識清楚 派遣：救護車×1", "T2", truth_alt="T1")
    s.c1999("traffic_accident", s.near(*Y, 100, 300), s.t("23:10"), "環中路車禍又一件，前面封路後面又撞，你們要不要派人在後面擋？", "T2", truth_alt="T1")
    pb = s.police("injury_accident", "Moderate", Y, s.t("23:15"), "環中路二段/經貿路口 普重機車追撞回堵車陣中自小客 騎士受傷送醫 A2 雨天視線不佳", "T2", truth_alt="T1")
    s.police("injury_accident", "Minor", Y, s.t("23:35"), "經貿路口事故機車已移置，現場增派員警於回堵車陣尾端示警。", "T2", truth_alt="T1", follows=pb["key"])
    s.c1999("noise", (120.64980, 24.19930), s.t("23:30"), "轉運站那邊有人在飆車，排氣管很吵。", None)
    s.police("road_closure", "Moderate", offset(*X, -250, -40), s.t("23:45"), "砂石清除約六成，開放東向一車道。", "T1", follows=clo["key"])
    s.police("injury_accident", "Minor", X, s.t("00:10", day=1), "砂石車及事故車輛已拖離。", "T1", follows=pa["key"])
    s.police("road_closure", "Minor", offset(*X, -250, -40), s.t("00:25", day=1), "環中路二段東向全線恢復通行。", "T1", follows=clo["key"])
    s.rule("SN-VD-HUANZHONG-02", "cleared", s.t("00:30", day=1), "T1", "Minor", text="環中路車輛偵測器2 車速回復 42 km/h")
    s.incident("T1", "traffic", "雨夜環中路/中清路口砂石車與自小客碰撞（A2），砂石散落，環中路二段東向封閉兩小時，回堵至經貿路口。", t1)
    s.incident("T2", "traffic", "封路回堵車陣尾端（環中路二段/經貿路口，約390公尺外）機車追撞停等自小客，騎士受傷送醫。", t2)
    s.alternative("二次事故是第一起事故封路的直接後果，現場由同一組警力處置，可視為同一事件。",
                  [("T1", "traffic", "環中路/中清路口砂石車事故、東向封閉，以及回堵車陣尾端的二次追撞。", t1["key"])])
    return s.write("八月週五雨夜，砂石車在環中路/中清路口撞自小客、砂石灑滿東向車道，警方封閉環中路二段東向；半小時後回堵車陣尾端（經貿路口）發生機車追撞的二次事故。",
                   notes="中清環中地下道6 cm積水與大雨警戒是背景，與事故無因果。")


def s321():
    s = Sit(321, "quiet_morning_drill_and_flaps", (2016, 11, 9))
    CC = pos("SN-PK-006")
    s.congestion("SN-VD-HUANZHONG-01", s.t("08:05"), None, "環中路車輛偵測器1 平均車速 19 km/h（上班尖峰）")
    pe = s.permit("exhibition", (120.6551, 24.1944), s.t("09:00"), s.t("17:00"), s.t("08:00"),
                  "許可：臺中國際工具機展 地點：臺中國際會展中心A、B棟 預估每日參觀人數8,000人 09:00-17:00", None, truth_alt="C1")
    s.congestion("SN-VD-HENAN-02", s.t("08:12"), None, "河南路車輛偵測器2 平均車速 17 km/h（上班尖峰）")
    s.c1999("streetlight", (120.65560, 24.19560), s.t("08:15"), "經貿路二段路燈編號XT-10577整天都亮著。", None)
    s.congestion("SN-VD-ZHONGQING-01", s.t("08:20"), None, "中清路車輛偵測器1 平均車速 22 km/h（上班尖峰）")
    s.status("SN-RG-003", "offline", s.t("08:30"), None, text="離線 reason: comms_lost")
    s.status("SN-RG-003", "online", s.t("08:33"), None, text="恢復連線")
    s.sensor("signal", "SN-SIG-006", "fault", s.t("08:50:05"), None, text="號誌控制器 通訊逾時")
    s.sensor("signal", "SN-SIG-006", "restored", s.t("08:50:40"), None, text="號誌控制器 恢復正常")
    s.c1999("環境清潔", (120.65630, 24.18350), s.t("09:10"), "中央公園垃圾桶都滿出來了，狗一直在翻。", None)
    s.c1999("動物救援", (120.65710, 24.17860), s.t("09:30"), "公園南邊步道上有一條蛇，小朋友很怕，可以來抓嗎？", None)
    s.status("SN-RG-003", "offline", s.t("09:40"), None, text="離線 reason: comms_lost")
    s.sensor("parking", "SN-PK-006", "full", s.t("09:40:30"), None, truth_alt="C1", text="臺中國際會展中心停車場 汽車剩餘 0")
    s.status("SN-RG-003", "online", s.t("09:42"), None, text="恢復連線")
    s.cctv("SN-CCTV-001", "wrong_way", 0.41, s.t("09:55"), None, text="疑似逆向行駛（低信心）")
    s.sensor("fire_alarm", "SN-FA-004", "alarm", s.t("10:00"), None, text="火警受信總機 第1區 1樓大廳 手動報警機動作（消防演練）")
    s.c1999("other", (120.65780, 24.19050), s.t("10:02"), "綠美圖那邊警鈴一直響，一堆人跑出來站在外面，是不是火災？", None)
    s.c1999("road_damage", (120.65090, 24.17200), s.t("10:10"), "河南路靠中平路這邊有一個坑洞，機車騎過去會跳。", None)
    s.sensor("fire_alarm", "SN-FA-004", "normal", s.t("10:20"), None, text="火警受信總機 系統復歸（演練結束）")
    s.c1999("noise", (120.65000, 24.18700), s.t("10:30"), "凱旋路那邊工地打樁很吵，從早上就開始。", None)
    s.c1999("illegal_parking", (120.65300, 24.19450), s.t("10:45"), "會展中心旁邊黎明路一整排違停，都是去看展的吧。", None, truth_alt="C1")
    amb = s.f119("ambulance", (120.65920, 24.18180), s.t("10:50"), "【救護】北屯區敦化路一段 住宅內 男性約80歲 跌倒 意識清楚 左髖疼痛 派遣：救護車×1", None, truth_alt="R1")
    s.c1999("other", (120.65700, 24.19200), s.t("11:00"), "請問綠美圖今天有開嗎？剛剛那邊是不是失火？", None)
    s.cctv("SN-CCTV-009", "crowding", 0.35, s.t("11:05"), None, text="人群聚集（低信心） 公車站")
    s.rule("SN-WL-004", "sensor_offline", s.t("11:10"), None, "Minor", text="筏子溪西屯水位 逾20分鐘未回傳資料")
    s.c1999("blocked_drain", (120.64980, 24.19390), s.t("11:20"), "黎明路水溝很臭，好像塞住了。", None)
    s.alternative("一般展覽的人車與停車場滿位、以及一通居家跌倒的救護，若中心把『有許可的活動』與『任何119救護』都開成事件，會各成一件。",
                  [("C1", "crowd", "臺中國際會展中心工具機展（許可8,000人/日）的停車與違停。", pe["key"]),
                   ("R1", "rescue", "敦化路一段住宅老人跌倒送醫。", amb["key"])])
    return s.write("十一月週三上午，什麼事都沒發生：綠美圖消防演練（總機動作、民眾詢問）、雨量站與號誌閃斷、尖峰壅塞、低信心的監視器偵測、一般1999案件、展覽停車場滿。",
                   notes="主讀法無事件；用來檢驗不要把日常背景與演練開成事件。")


ODOR = [
    ("經貿路這邊突然有很嗆的漂白水味，喉嚨好痛", 200, 450, "gas_odor"),
    ("水資源回收中心那邊很重的氯氣味，是不是外洩？", 150, 350, "gas_odor"),
    ("中清路這邊聞到很刺鼻的味道，眼睛好痛，到底是什麼？", 600, 900, "gas_odor"),
    ("敦化路住宅這邊一股游泳池的味道，很濃，要不要關窗？", 500, 800, "gas_odor"),
    ("小孩在公園玩，突然聞到很嗆的味道在咳嗽，是不是有東西外洩？", 350, 600, "gas_odor"),
    ("剛剛廣播叫我們關窗，是什麼東西外洩？有毒嗎？", 300, 700, "other"),
    ("我在經貿路騎車經過污水廠，味道嗆到差點騎不穩", 100, 250, "gas_odor"),
    ("臭臭的，是不是又是污水廠？這次不一樣，很刺激", 400, 700, "gas_odor"),
    ("經貿路三段封路了，是污水廠出事嗎？", 200, 500, "other"),
    ("那個味道好像淡了一點，可以開窗了嗎？", 400, 800, "other"),
]


def s322():
    s = Sit(322, "chlorine_leak_reclamation_center", (2016, 7, 28))
    W = pos("SN-FA-008")
    s.c1999("環境公害", (120.66050, 24.17900), s.t("14:10"), "水資源回收中心那邊每天下午都臭臭的，像水溝味，可以處理嗎？", None)
    s.sensor("fire_alarm", "SN-FA-010", "fault", s.t("14:30"), None, text="火警受信總機 第2區 探測器故障")
    h1 = s.f119("hazmat", W, s.t("14:47"), "【危險物品】北屯區 水湳水資源回收中心 消毒設備區 氯氣外洩 報案人：廠內值班人員 作業員1名吸入不適 派遣：化學車×1、水箱車×2、救護車×1、毒化災應變隊", "H1")
    t = s.t("14:46")
    offs = [0, 90, 6 * 60, 9 * 60, 12 * 60, 24 * 60, 14 * 60, 17 * 60, 21 * 60, 62 * 60]
    for off, (txt, a, b, cat) in zip(offs, ODOR):
        s.c1999(cat, s.near(*W, a, b, bearing=45, spread=70), t + dt.timedelta(seconds=off + s.rng.randint(0, 50)), txt, "H1")
    s.f119("ambulance", W, s.t("14:52"), "【救護】同址 作業員男性約50歲 吸入氯氣 呼吸急促 意識清楚 送中國醫藥大學附設醫院", "H1")
    clo = s.police("road_closure", "Severe", (120.6600, 24.1768), s.t("14:58"), "經貿路三段(水資源回收中心前)雙向封閉，下風處民眾請關閉門窗。", "H1")
    s.c1999("other", (120.65600, 24.17400), s.t("15:00"), "聽說水資源中心那邊外洩，我們在醫藥大學這邊要不要跑？", "H1")
    s.police("hazmat_report", "Severe", W, s.t("15:02"), "水資源回收中心氯氣外洩，已疏散廠區人員12人，下風處(東北)住戶勸導關窗。", "H1")
    s.congestion("SN-VD-JINGMAO-02", s.t("15:05"), "H1", "經貿路車輛偵測器2 平均車速 14 km/h", truth_alt=None)
    s.f119("ambulance", s.near(*W, 250, 400, bearing=40, spread=30), s.t("15:20"), "【救護】北屯區經貿路三段 路人女性約30歲 聞刺激性氣味後頭暈噁心 意識清楚 送醫", "H1")
    s.c1999("gas_odor", (120.65010, 24.19410), s.t("15:25"), "黎明路這邊好像有瓦斯味，在巷子裡，是不是哪家沒關？", None)
    s.c1999("noise", (120.64920, 24.16980), s.t("15:30"), "河南路那邊有人一直按喇叭。", None)
    s.f119("hazmat", W, s.t("15:45"), "【危險物品】續報：15:40 外洩閥門已關閉，現場氯氣濃度下降，持續偵測。", "H1", follows=h1["key"])
    s.police("road_closure", "Minor", (120.6600, 24.1768), s.t("16:10"), "經貿路三段恢復通行，解除關窗勸導。", "H1", follows=clo["key"])
    s.incident("H1", "fire", "水湳水資源回收中心消毒設備氯氣外洩（危險物品，消防局化災處理）：作業員與路人各1人送醫，經貿路三段封閉，西南風使下風處（東北）民眾來電，15:40止漏。", h1)
    s.alternative("經貿路VD2在北方約1公里，可能只是午後車流而非封路改道。", [s.same_alt("H1")])
    return s.write("七月午後，水湳水資源回收中心（園區東南）氯氣外洩，西南風把氣味吹向東北方的經貿路、敦化路、中清路。外洩前有一通日常的污水臭味陳情，外洩中有一通遠處黎明路的瓦斯味，都不是同一件。",
                   notes="事件類型以 fire 表示（危險物品由消防局處理；詞彙表無 hazmat 類型）。")


if __name__ == "__main__":
    for f in (s317, s318, s319, s320, s321, s322):
        print(*f())
