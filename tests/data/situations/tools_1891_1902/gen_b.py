"""Situations 1897-1902 (seeded)."""
from lib import Sit, J, pos, lerp, SENSORS, first_key


def s1897():
    s = Sit(1897, "bus_fire_hub_jams_huanzhong", 18970, "2026-05-20 17:25")
    H = (120.65295, 24.19725)
    C = J["kaixuan_huanzhong"]
    s.description = ("傍晚尖峰，水湳轉運中心月台一輛公車引擎起火，旅客疏散、環中路外側車道封閉供消防車作業，"
                     "回堵沿環中路向西延伸約1公里；28分鐘後回堵車陣尾端（凱旋路口）發生追撞。")
    v1 = s.cctv("SN-CCTV-003", "smoke", 0.74, 0.0, "F", "畫面東北側偵測濃煙")
    fa = s.panel("SN-FA-001", "alarm", 0.5, "F", "1F 月台區 偵煙器動作 火警")
    texts = ["轉運站有一台公車在冒黑煙", "公車起火了！轉運中心月台", "轉運中心那邊好大的黑煙，是不是失火",
             "我在等車，旁邊公車引擎燒起來了，大家都在跑", "環中路上看到轉運站冒煙", "轉運站失火，煙很大"]
    for i, tx in enumerate(texts):
        s.call("fire_smoke" if i != 4 else "other", s.scatter(H, 20, 350), 1.0 + i * 0.8, "F", tx)
    f1 = s.f119("fire", H, 2.0, "F", "西屯區 水湳轉運中心 月台 大客車起火")
    s.police("fire_report", "Severe", H, 4.0, "F", "轉運中心月台公車引擎起火，乘客已下車，協助疏散候車旅客")
    s.parking("SN-PK-001", "closed", 5.0, "F", "停車場暫停開放")
    s.police("evacuation", "Moderate", H, 6.0, "F", "轉運中心候車旅客約150人疏散至經貿六停車場接駁區")
    s.f119("fire", H, 7.0, "F", "到達現場，大客車引擎室燃燒中", status="on_scene", follows=f1["key"])
    pc = s.police("road_closure", "Moderate", lerp(J["zhongke_huanzhong"], J["jingmao_huanzhong"], 0.5), 9.0, "F",
                  "環中路二段中科路口至經貿路口 東向外側車道封閉，供消防車作業")
    s.alert("SN-VD-HUANZHONG-02", "congestion", 10.0, "F", "環中路車輛偵測器2 東向平均車速 11 km/h，車流壅塞", severity="Moderate")
    s.f119("ambulance", H, 12.0, "F", "轉運中心 旅客吸入濃煙 喉嚨不適")
    s.alert("SN-VD-LIMING-01", "congestion", 14.0, "F", "黎明路車輛偵測器1 北向平均車速 12 km/h，車流壅塞", severity="Moderate")
    s.alert("SN-VD-JINGMAO-01", "congestion", 16.0, "F", "經貿路車輛偵測器1 北向平均車速 10 km/h，車流壅塞", severity="Moderate")
    s.call("other", s.scatter(J["liming_kaixuan"], 100, 500), 17.0, "F", "環中路怎麼塞成這樣，二十分鐘動不到一百公尺")
    s.cctv("SN-CCTV-004", "stalled_vehicle", 0.60, 18.0, "F", "東向車道車輛停滯")
    s.alert("SN-VD-HUANZHONG-03", "congestion", 20.0, "F", "環中路車輛偵測器3 西向平均車速 17 km/h，車流壅塞", severity="Minor")
    s.call("other", s.scatter(J["zhongqing_huanzhong"], 100, 600), 21.0, "F", "從中清路那邊看到轉運站冒黑煙，環中路都塞住了")
    s.alert("SN-VD-KAIXUAN-01", "congestion", 22.0, "F", "凱旋路車輛偵測器1 北向平均車速 9 km/h，車流壅塞", severity="Moderate")
    s.call("other", s.scatter(H, 50, 300), 24.0, "F", "公車都不進站，我們要在哪裡等車")
    s.f119("fire", H, 25.0, "F", "火勢撲滅，殘火處理", status="on_scene", follows=f1["key"])
    # the crash at the tail of the queue
    c1 = s.cctv("SN-CCTV-002", "accident", 0.80, 28.0, "C", "路口東側疑似車輛追撞", alt="F")
    s.call("traffic_accident", s.scatter(C, 30, 200), 28.5, "C", "環中路凱旋路口塞車的時候後面的車撞上來", alt="F")
    s.police("accident", "Minor", lerp(C, J["hwy74_huanzhong"], 0.2), 31.0, "C", "環中路二段凱旋路口東向，回堵車陣中自小客追撞，無人受傷", alt="F")
    s.police("road_reopened", "Minor", C, 48.0, "C", "凱旋路口追撞車輛已移置路邊，恢復通行", alt="F")
    s.f119("fire", H, 45.0, "F", "人車返隊", status="returning", follows=f1["key"])
    s.panel("SN-FA-001", "normal", 50.0, "F", "火警復歸")
    s.police("road_reopened", "Minor", lerp(J["zhongke_huanzhong"], J["jingmao_huanzhong"], 0.5), 70.0, "F",
             "燒毀公車已拖離，環中路二段東向外側車道恢復通行", follows=[pc["key"]])
    for i, sid in enumerate(["SN-VD-HUANZHONG-02", "SN-VD-LIMING-01", "SN-VD-JINGMAO-01"]):
        s.alert(sid, "cleared", 78.0 + i * 3, "F", "%s 車速回復，壅塞解除" % SENSORS[sid]["name"])
    s.alert("SN-VD-KAIXUAN-01", "cleared", 74.0, "F", "凱旋路車輛偵測器1 車速回復，壅塞解除")
    s.f119("fire", H, 60.0, "F", "案件結案：大客車引擎室燒損，1人嗆傷送醫", status="closed", follows=f1["key"], delay=(60, 400))
    # background
    s.parking("SN-PK-002", "full", 15.0, None, "汽車格已滿")
    s.call("streetlight", s.scatter(J["jingmao_zhongping"], 50, 300), 30.0, None, "中平路路燈有一盞不亮")
    s.call("noise", s.scatter(pos("SN-FA-011"), 20, 200), 40.0, None, "樓下餐廳排風機很吵")
    s.incident("F", "fire", "轉運中心月台公車起火，旅客疏散，環中路東向外側車道封閉及其回堵", v1["key"])
    s.incident("C", "traffic", "回堵車陣尾端（凱旋路口）追撞，無人受傷", c1["key"])
    s.alt = {"why": "追撞是火災封路造成的回堵所致，同一個交通疏導工作（連鎖反應），併入火災一件。",
             "incidents": [s.incidents[0]]}
    s.notes = ("火災造成的封路與1公里回堵都屬火災工作（交通疏導是它的一部分）。回堵尾端的追撞另派警力處理、另行結案：主讀法是另一件。"
               "凱旋路偵測器（凱旋路口北方）的壅塞在追撞之前就開始，是火災回堵的尾巴，歸F。經貿六停車場滿是傍晚平常車流（null）。")
    return s.write()


def s1898():
    s = Sit(1898, "museumbrary_false_alarm_then_fire", 18980, "2026-02-26 10:05")
    M = pos("SN-FA-004")
    s.description = ("綠美圖火警受信總機先因施工粉塵誤報：消防到場確認無火警並結案；52分鐘後同一總機再次動作，"
                     "這次是B1機電室真的起火，館內疏散。同一棟建築、同一總機，兩件工作。")
    a1 = s.panel("SN-FA-004", "alarm", 0.0, "A", "3F 閱覽區 偵煙器動作 火警", alt="AB")
    fa = s.f119("fire", M, 1.0, "A", "臺中綠美圖 火警受信總機動作", alt="AB")
    s.panel("SN-FA-004", "normal", 6.0, "A", "火警復歸", alt="AB")
    s.f119("fire", M, 9.0, "A", "到達現場", status="on_scene", follows=fa["key"], alt="AB")
    s.f119("fire", M, 14.0, "A", "現場確認為3F裝修施工粉塵誤觸偵煙器，無火警，結案", status="closed", follows=fa["key"], alt="AB")
    s.call("other", s.scatter(M, 100, 500), 12.0, "A", "剛剛綠美圖來了好幾台消防車是怎麼了", alt="AB")
    b1 = s.panel("SN-FA-004", "alarm", 52.0, "B", "B1 機電室 偵煙器動作 火警", alt="AB")
    s.cctv("SN-CCTV-006", "smoke", 0.55, 53.0, "B", "畫面南側偵測煙霧", alt="AB")
    texts = ["綠美圖後面有冒煙，這次好像是真的", "綠美圖地下室一直冒白煙出來", "綠美圖裡面廣播叫大家疏散，有燒焦味",
             "經貿路這邊看到綠美圖那邊有煙", "綠美圖失火了，人都跑出來了"]
    for i, tx in enumerate(texts):
        s.call("fire_smoke", s.scatter(M, 30, 450), 54.0 + i * 1.3, "B", tx, alt="AB")
    fb = s.f119("fire", M, 55.0, "B", "臺中綠美圖 B1 機電室 起火 濃煙", alt="AB")
    s.police("fire_report", "Severe", M, 58.0, "B", "綠美圖B1機電室冒煙起火，館方啟動疏散", alt="AB")
    s.police("evacuation", "Moderate", M, 60.0, "B", "館內民眾約300人疏散至中央公園北側草坪", alt="AB")
    s.f119("fire", M, 61.0, "B", "到達現場，B1濃煙，排煙作業", status="on_scene", follows=fb["key"], alt="AB")
    s.call("crowding", s.scatter(M, 50, 250), 66.0, "B", "公園那邊一大群人站在草地上，好像是綠美圖疏散出來的", alt="AB")
    s.f119("ambulance", M, 70.0, "B", "綠美圖 館員吸入濃煙 咳嗽", alt="AB")
    s.alert("SN-VD-JINGMAO-01", "congestion", 72.0, "B", "經貿路車輛偵測器1 南向平均車速 14 km/h，車流壅塞", severity="Minor", alt="AB")
    s.panel("SN-FA-004", "normal", 110.0, "B", "火警復歸", alt="AB")
    s.f119("fire", M, 120.0, "B", "火勢撲滅，配電盤燒損，1人嗆傷送醫，結案", status="closed", follows=fb["key"], alt="AB")
    # background
    s.parking("SN-PK-006", "full", 30.0, None, "汽車格已滿")
    s.call("noise", s.scatter(pos("SN-FA-005"), 50, 300), 25.0, None, "營運塔旁邊工地一直在敲")
    s.call("illegal_parking", s.scatter(J["jingmao_liming"], 50, 300), 40.0, None, "黎明路口有車停在紅線上")
    s.call("streetlight", s.scatter(J["henan_zhongping"], 50, 300), 90.0, None, "河南路有路燈不亮")
    s.incident("A", "fire", "綠美圖火警總機誤報（施工粉塵），到場確認後結案", a1["key"])
    s.incident("B", "fire", "綠美圖B1機電室真實火災，館內疏散，1人嗆傷", b1["key"])
    s.alt = {"why": "同一棟建築、同一總機在一小時內兩次動作，指揮官可能把第二次視為同一案件重新開啟。",
             "incidents": [{"label": "AB", "type": "fire", "description": "綠美圖火警（誤報後再次動作並確認起火）",
                            "sufficient_evidence_key": a1["key"]}]}
    s.notes = ("第一次動作已經到場確認為誤報並結案；第二次是另一個樓層、另一個原因，消防另派車隊，是新的一件。"
               "中心若把第二次動作併入已結案的誤報，或因為同一總機剛誤報過而忽略第二次，都是錯的。")
    return s.write()


def s1899():
    s = Sit(1899, "underpass_flood_rescue_cabinet", 18990, "2026-07-30 16:40")
    U = pos("SN-FL-006")
    s.description = ("午後雷陣雨，中清環中路口地下道淹水：地下道淹水（水利局抽水、警方封閉）、地下道內一輛自小客受困待救（消防救助），"
                     "以及路口號誌機櫃進水斷電（號誌黑燈，同機櫃的攝影機與兩個偵測器斷電離線）。同一個路口，三件工作。")
    s.alert("SN-RG-002", "heavy_rain", 0.0, None, "水湳轉運中心雨量站 時雨量 86 mm，達豪雨標準", level="豪雨")
    w1 = s.alert("SN-FL-006", "flood_depth", 3.0, "W", "中清環中路口地下道 淹水深度 12 cm", level="1-15")
    s.call("flooding", s.scatter(U, 30, 200), 6.0, "W", "中清路地下道開始積水了，車子開過去水花很高")
    s.alert("SN-FL-006", "flood_depth", 9.0, "W", "中清環中路口地下道 淹水深度 26 cm", level="16-30")
    s.cctv("SN-CCTV-008", "flooding", 0.70, 10.0, "W", "地下道入口路面積水")
    s.call("flooding", s.scatter(U, 100, 400), 11.0, "W", "環中路往中清路的地下道淹水了，還有車一直開進去")
    s.police("flooding_report", "Severe", U, 14.0, "W", "中清環中路口地下道積水約40公分，請求封閉及抽水")
    s.alert("SN-FL-006", "flood_depth", 15.0, "W", "中清環中路口地下道 淹水深度 45 cm", level=">30")
    r1 = s.call("rescue", s.scatter(U, 20, 120), 16.0, "R", "地下道裡面有一台車泡在水裡，裡面好像還有人，拜託快來", alt="W")
    fr = s.f119("rescue", U, 17.0, "R", "北屯區中清路/環中路口地下道 車輛受困 1人", alt="W")
    s.police("other", "Severe", U, 19.0, "R", "地下道內自小客熄火受困，駕駛仍在車內待救，已通報消防", alt="W")
    # the cabinet
    g1 = s.signal("SN-SIG-008", "fault", 20.0, "S", "號誌控制器主電源異常，黑燈")
    for i, sid in enumerate(["SN-CCTV-008", "SN-VD-HUANZHONG-03", "SN-VD-ZHONGQING-01"]):
        s.status(sid, "offline", 20.3 + 0.1 * i, "S", "設備離線：市電中斷", reason="mains_power_lost", delay=(2, 25))
    pc = s.police("road_closure", "Severe", U, 22.0, "W", "中清環中路口地下道雙向封閉，車輛改走平面道路")
    s.f119("rescue", U, 24.0, "R", "救助隊到達，涉水救援", status="on_scene", follows=fr["key"], alt="W")
    s.call("traffic_signal", s.scatter(J["zhongqing_huanzhong"], 30, 250), 25.0, "S", "中清環中路口紅綠燈全部不亮，車子都搶著過")
    s.police("traffic_signal_fault", "Moderate", J["zhongqing_huanzhong"], 28.0, "S", "中清路/環中路口號誌熄滅，派員指揮交通")
    s.f119("ambulance", U, 30.0, "R", "受困駕駛已救出，失溫，意識清楚，送醫", alt="W")
    for i, sid in enumerate(["SN-CCTV-008", "SN-VD-HUANZHONG-03", "SN-VD-ZHONGQING-01"]):
        s.alert(sid, "sensor_offline", 31.0 + 0.3 * i, "S", "%s 離線：市電中斷" % SENSORS[sid]["name"], gateway="TB-CAB-008")
    s.alert("SN-VD-HUANZHONG-02", "congestion", 35.0, "S", "環中路車輛偵測器2 東向平均車速 8 km/h，車流壅塞", severity="Moderate", alt="W")
    s.call("other", s.scatter(J["zhongqing_huanzhong"], 300, 800), 38.0, "S", "中清路環中路口整個卡死，地下道封了，上面紅綠燈又不亮", alt="W")
    s.f119("rescue", U, 45.0, "R", "人車返隊", status="returning", follows=fr["key"], alt="W")
    s.alert("SN-FL-006", "cleared", 95.0, "W", "中清環中路口地下道 積水退去，警戒解除")
    s.police("road_reopened", "Minor", U, 110.0, "W", "地下道抽水完成，受困車輛拖離，恢復通行", follows=[pc["key"]])
    s.signal("SN-SIG-008", "restored", 140.0, "S", "號誌恢復正常運轉")
    for i, sid in enumerate(["SN-CCTV-008", "SN-VD-HUANZHONG-03", "SN-VD-ZHONGQING-01"]):
        s.status(sid, "online", 140.5 + 0.1 * i, "S", "設備恢復連線")
    # background
    s.call("flooding", s.scatter(pos("SN-FL-009"), 30, 200), 30.0, None, "黎明路凱旋路口有一點積水，還好可以走", alt=None)
    s.call("streetlight", s.scatter(J["jingmao_zhongping"], 50, 300), 50.0, None, "中平路路燈不亮")
    s.parking("SN-PK-001", "full", 12.0, None, "汽車格已滿")
    s.incident("W", "flood", "中清環中路口地下道淹水，封閉、抽水", w1["key"])
    s.incident("R", "rescue", "地下道內自小客受困，駕駛救出送醫", r1["key"])
    s.incident("S", "traffic", "中清環中路口號誌機櫃（TB-CAB-008）進水斷電：號誌黑燈、攝影機與偵測器離線、路口指揮", g1["key"])
    s.alt = {"why": "地下道受困救援由同一個淹水現場指揮處理，可視為淹水工作的一部分；環中路西側壅塞與民眾的塞車抱怨也可歸地下道封閉。",
             "incidents": [s.incidents[0], s.incidents[2]]}
    s.notes = ("同一個路口三件工作：水利局抽水+警方封閉（W）、消防救助受困駕駛（R）、交通局修復號誌機櫃+警方指揮交通（S）。"
               "機櫃斷電的離線訊息有原因 mains_power_lost，它們屬號誌機櫃這一件，不是淹水。黎明路的小積水沒人會派工（null）。")
    return s.write()


def s1900():
    s = Sit(1900, "wandering_elder_found_after_fall", 19000, "2026-11-03 14:00")
    A = pos("SN-FA-011")
    s.description = ("失智78歲陳姓老翁自生態住宅A區走失，兩小時內沿中央公園往北走約1.5公里，在會展中心前跌倒，"
                     "救護車送醫時警方確認即協尋對象。同時轉運站有另一位迷路的阿嬤，會展中心有展覽。")
    m1 = s.police("missing_person", "Moderate", A, 0.0, "M", "家屬報案：78歲陳姓老翁（失智）中午12時許自生態住宅A區住處走失，灰色夾克、藍色帽子")
    s.call("missing_person", s.scatter(A, 10, 80), 2.0, "M", "我爸爸失智走丟了，七十八歲，穿灰色夾克戴藍色帽子")
    s.permit("exhibition", pos("SN-PK-006"), -240, 240, None, "臺中國際會展中心 秋季家具展", arr=-10080, radius_m=300)
    s.call("other", s.scatter((120.6562, 24.1860), 20, 150), 25.0, "M", "公園裡有個戴藍色帽子的阿公一直問路，講不清楚要去哪")
    s.call("other", s.scatter((120.6565, 24.1840), 20, 100), 35.0, None, "涼亭有個穿紅色外套的伯伯躺在椅子上睡很久了", alt="M")
    s.call("other", s.scatter((120.6575, 24.1905), 20, 150), 48.0, "M", "綠美圖前面有一個老先生走來走去，好像迷路了")
    w1 = s.call("other", s.scatter(pos("SN-FA-001"), 10, 80), 60.0, "W", "轉運站有一個阿嬤一直問路，說要回家但講不出住哪裡")
    s.police("other", "Minor", J["jingmao_jm7"], 70.0, "M", "巡邏發現疑似協尋對象往經貿路北向步行，持續搜尋", follows=[m1["key"]])
    s.police("other", "Minor", pos("SN-FA-001"), 80.0, "W", "轉運站迷路阿嬤經查為候車旅客，已聯繫家屬接回", follows=None)
    f1 = s.f119("ambulance", (120.6545, 24.1947), 95.0, "M", "會展中心A棟前 老先生跌倒 頭部擦傷", alt="X")
    s.call("rescue", s.scatter((120.6545, 24.1947), 10, 60), 94.0, "M", "會展中心門口有阿公跌倒流血", alt="X")
    s.f119("ambulance", (120.6545, 24.1947), 101.0, "M", "到達現場", status="on_scene", follows=f1["key"], alt="X")
    s.police("other", "Minor", (120.6545, 24.1947), 104.0, "M", "協尋對象陳姓老翁於會展中心A棟前尋獲，因跌倒由救護車送醫，已通知家屬", follows=[m1["key"]])
    s.f119("ambulance", (120.6545, 24.1947), 112.0, "M", "送往中國醫藥大學附設醫院", status="returning", follows=f1["key"], alt="X")
    # background
    s.parking("SN-PK-006", "full", 20.0, None, "汽車格已滿")
    s.alert("SN-VD-JINGMAO-01", "congestion", 30.0, None, "經貿路車輛偵測器1 北向平均車速 19 km/h，車流壅塞", severity="Minor")
    s.call("illegal_parking", s.scatter(pos("SN-PK-006"), 50, 200), 40.0, None, "會展中心旁邊路邊停滿車，紅線也停")
    s.call("公園路樹", s.scatter((120.6560, 24.1820), 30, 200), 55.0, None, "公園步道有樹枝斷掉掛在上面")
    s.call("streetlight", s.scatter(J["jingmao_zhongping"], 50, 300), 85.0, None, "中平路路燈白天還亮著")
    s.call("noise", s.scatter(A, 30, 200), 100.0, None, "隔壁裝潢一直敲很吵")
    s.incident("M", "rescue", "失智老翁走失協尋，沿途目擊，會展中心前跌倒尋獲送醫", m1["key"])
    s.incident("W", "rescue", "轉運站迷路阿嬤，聯繫家屬接回", w1["key"])
    s.alt = {"why": "警方確認之前，會展中心前老人跌倒是一件獨立的救護工作（另派救護車），確認後才併入協尋。",
             "incidents": [s.incidents[0], s.incidents[1],
                           {"label": "X", "type": "rescue", "description": "會展中心前老人跌倒送醫",
                            "sufficient_evidence_key": first_key(s, "X", alt=True)}]}
    s.notes = ("目擊來電散在1.5公里的移動路線上，都屬同一個協尋。睡在涼亭的紅外套伯伯衣著不符（null；另一讀法看作協尋線索）。"
               "轉運站阿嬤是另一個人（另一件）。展覽許可與停車場滿、違停都是展覽平常的事，沒人派工（null）；"
               "跌倒的救護在展覽範圍內，但與展覽無關。")
    return s.write()


def s1901():
    s = Sit(1901, "campus_drill_and_park_grass_fire", 19010, "2026-03-25 10:00")
    D = pos("SN-FA-009")
    G = (120.6555, 24.1758)
    s.description = ("逢甲大學水湳校區上午消防演練（有活動許可，總機動作、學生集合、煙霧機）；演練期間約400公尺外的中央公園南側草地真的起火。"
                     "有民眾把草地火災的煙當成演練，也有人問演練是不是失火。")
    s.permit("event", D, 0, 90, None, "逢甲大學水湳校區 校園消防演練（含煙霧機），學生約800人集合", arr=-4320, radius_m=250, alt="D")
    s.panel("SN-FA-009", "alarm", 5.0, None, "演練：3F 手動報警機動作", alt="D")
    s.call("fire_smoke", s.scatter(D, 50, 300), 8.0, None, "逢甲新校區那邊有煙，是在演習嗎？", alt="D")
    s.police("crowd_control", "Minor", D, 10.0, None, "校園消防演練，學生集合於操場，協助周邊交通", alt="D")
    s.call("other", s.scatter(D, 100, 400), 14.0, None, "學校廣播說失火大家都跑出來了，是演練嗎", alt="D")
    g1 = s.call("fire_smoke", s.scatter(G, 20, 120), 22.0, "G", "中央公園南邊草地燒起來了，火蠻大的")
    fg = s.f119("fire", G, 24.0, "G", "中央公園南側 草地火警")
    s.call("fire_smoke", s.scatter(D, 30, 200), 25.0, "G", "從逢甲水湳校區這邊看到公園那邊在冒煙，不像是學校的演練")
    s.call("fire_smoke", s.scatter(lerp(D, G, 0.5), 20, 150), 26.0, "G", "學校演習的煙飄好遠，公園都是煙", alt=None)
    s.police("fire_report", "Moderate", G, 27.0, "G", "中央公園南側草地起火，面積約200平方公尺，持續延燒")
    s.call("fire_smoke", s.scatter(G, 100, 400), 28.0, "G", "公園草皮著火，風往東邊吹")
    s.f119("fire", G, 30.0, "G", "到達現場，草地火勢延燒中", status="on_scene", follows=fg["key"])
    s.call("fire_smoke", s.scatter(pos("SN-FA-012"), 30, 200), 33.0, "G", "家裡聞到燒草的味道，窗戶要關起來嗎")
    s.alert("SN-VD-ZHONGPING-01", "congestion", 36.0, None, "中平路車輛偵測器1 東向平均車速 20 km/h，車流壅塞", severity="Minor", alt="G")
    s.f119("fire", G, 45.0, "G", "火勢撲滅，燃燒面積約600平方公尺", status="on_scene", follows=fg["key"])
    s.panel("SN-FA-009", "normal", 60.0, None, "演練結束 復歸", alt="D")
    s.f119("fire", G, 62.0, "G", "結案，無人傷亡，起火原因待查", status="closed", follows=fg["key"])
    # background
    s.call("illegal_parking", s.scatter(pos("SN-PK-003"), 50, 300), 12.0, None, "河南路停車場門口有車違停擋住出口")
    s.call("streetlight", s.scatter(J["jingmao_liming"], 50, 300), 40.0, None, "黎明路一盞路燈壞了")
    s.parking("SN-PK-003", "full", 50.0, None, "汽車格已滿")
    s.call("noise", s.scatter(pos("SN-FA-010"), 50, 200), 70.0, None, "學校工地敲打聲很吵")
    s.incident("G", "fire", "中央公園南側草地火災", g1["key"])
    s.alt = {"why": "演練有許可、總機動作、學生集合，中心可能把它當作一件需要監看的工作（演練）；說『學校演習的煙飄好遠』的民眾看到的煙來源不明。中平路的壅塞可能是消防車與圍觀所致。",
             "incidents": [s.incidents[0], {"label": "D", "type": "fire", "description": "逢甲水湳校區消防演練（監看）",
                                            "sufficient_evidence_key": first_key(s, "D", alt=True)}]}
    s.notes = ("演練不派工（null）：總機動作、學生集合、問是不是演習的來電都是演練。真的草地火災離校區約400公尺，"
               "從校區看到的煙是草地火災的，歸G。演練的存在不能讓中心把草地火災當成演練而忽略。")
    return s.write()


def s1902():
    s = Sit(1902, "feeder_trip_dark_signals_lift", 19020, "2026-09-10 19:20")
    T1, T2 = J["jingmao_liming"], J["jingmao_jm7"]
    O = pos("SN-FA-005")
    s.description = ("晚間饋線跳脫，會展中心、綠美圖、智慧營運塔一帶停電約75分鐘：兩個號誌路口黑燈（警方指揮交通）、"
                     "營運塔電梯困2人（消防救助）、其餘是停電本身（台電搶修：總機市電異常、住戶/辦公室來電、設備斷電離線、停車場柵欄停擺）。")
    p1 = s.panel("SN-FA-004", "fault", 0.0, "P", "主電源停電，切換預備電源")
    s.panel("SN-FA-005", "fault", 0.1, "P", "市電中斷，預備電源供電中")
    g1 = s.signal("SN-SIG-005", "fault", 0.2, "T", "號誌控制器主電源中斷，黑燈", alt="P")
    s.signal("SN-SIG-006", "fault", 0.3, "T", "號誌控制器主電源中斷，黑燈", alt="P")
    for i, sid in enumerate(["SN-CCTV-005", "SN-VD-JINGMAO-01", "SN-CCTV-006"]):
        s.status(sid, "offline", 0.4 + 0.1 * i, "P", "設備離線：市電中斷", reason="mains_power_lost", delay=(2, 30))
    s.parking("SN-PK-006", "closed", 2.0, "P", "停電，出入口柵欄無法開啟，暫停開放")
    for i, (p, tx) in enumerate([(O, "智慧營運塔整棟停電，辦公室都黑了"), (pos("SN-FA-002"), "會展中心停電了，展場一片黑"),
                                 (pos("SN-FA-004"), "綠美圖這邊突然停電"), (T2, "經貿路這一帶都停電，整排路燈都不亮"),
                                 (pos("SN-PK-006"), "停車場停電柵欄打不開，車子出不去")]):
        cat = "streetlight" if "路燈" in tx else ("other" if "柵欄" in tx else "power_outage")
        s.call(cat, s.scatter(p, 20, 200), 3.0 + i * 1.7, "P", tx)
    l1 = s.call("rescue", s.scatter(O, 5, 40), 5.0, "L", "營運塔電梯停電卡住，我同事兩個人在裡面")
    fl = s.f119("rescue", O, 6.0, "L", "臺灣智慧營運塔 電梯受困 2人")
    s.call("traffic_signal", s.scatter(T1, 30, 200), 6.5, "T", "經貿路黎明路口紅綠燈全部不亮", alt="P")
    s.call("traffic_signal", s.scatter(T2, 30, 200), 8.0, "T", "經貿七路口紅綠燈也沒亮，車子都搶著過", alt="P")
    s.police("traffic_signal_fault", "Moderate", T1, 10.0, "T", "經貿路二段/黎明路口、經貿七路口號誌因停電熄滅，派員指揮交通", alt="P")
    for i, sid in enumerate(["SN-CCTV-005", "SN-VD-JINGMAO-01", "SN-CCTV-006"]):
        s.alert(sid, "sensor_offline", 11.0 + 0.3 * i, "P", "%s 離線：市電中斷" % SENSORS[sid]["name"], gateway=SENSORS[sid]["gateway"])
    s.alert("SN-VD-LIMING-01", "congestion", 13.0, "T", "黎明路車輛偵測器1 東向平均車速 10 km/h，車流壅塞", severity="Moderate", alt="P")
    s.f119("rescue", O, 14.0, "L", "到達現場", status="on_scene", follows=fl["key"])
    s.police("accident", "Minor", lerp(T1, T2, 0.1), 25.0, "T", "經貿路黎明路口號誌熄滅期間，機車與自小客擦撞，無人受傷", alt="P")
    s.f119("rescue", O, 28.0, "L", "受困2人已救出，無人受傷", status="closed", follows=fl["key"])
    s.call("power_outage", s.scatter(O, 100, 400), 40.0, "P", "剛剛打過了，到現在還是沒電，什麼時候會來電")
    # restoration
    for i, sid in enumerate(["SN-SIG-005", "SN-SIG-006"]):
        s.signal(sid, "restored", 75.0 + 0.2 * i, "T", "號誌恢復正常運轉", alt="P")
    s.panel("SN-FA-004", "normal", 75.1, "P", "主電源恢復")
    s.panel("SN-FA-005", "normal", 75.2, "P", "市電恢復")
    for i, sid in enumerate(["SN-CCTV-005", "SN-VD-JINGMAO-01", "SN-CCTV-006"]):
        s.status(sid, "online", 75.5 + 0.1 * i, "P", "設備恢復連線")
    s.alert("SN-VD-LIMING-01", "cleared", 82.0, "T", "黎明路車輛偵測器1 車速回復，壅塞解除", alt="P")
    # background
    s.call("noise", s.scatter(pos("SN-FA-011"), 50, 200), 20.0, None, "樓下有人唱卡拉OK很吵")
    s.parking("SN-PK-001", "full", 30.0, None, "汽車格已滿")
    s.call("illegal_parking", s.scatter(J["henan_zhongping"], 50, 300), 50.0, None, "中平路有車並排停車")
    s.incident("P", "infrastructure", "饋線跳脫停電：會展中心、綠美圖、營運塔一帶，設備斷電、停車場柵欄停擺", p1["key"])
    s.incident("T", "traffic", "停電造成經貿路兩路口號誌黑燈，指揮交通，其間一件擦撞", g1["key"])
    s.incident("L", "rescue", "營運塔電梯停電困2人，救出無傷", l1["key"])
    s.alt = {"why": "號誌黑燈是停電的後果，可視為同一件停電工作（台電復電後號誌即恢復）；路口擦撞也在其中。",
             "incidents": [s.incidents[0], s.incidents[2]]}
    s.notes = ("停電本身（台電）是一件；兩個黑燈路口需要警力指揮，是另一件交通工作（兩路口相距約380公尺，同一批警力），"
               "黑燈期間的小擦撞由指揮交通的員警就地處理，歸T。電梯困人是消防救助，獨立一件，即使原因是同一次停電。")
    return s.write()


if __name__ == "__main__":
    for f in (s1897, s1898, s1899, s1900, s1901, s1902):
        f()
