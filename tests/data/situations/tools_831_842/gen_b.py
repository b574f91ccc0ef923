"""Situations 837-842 (seeded; rerun to regenerate the same files)."""
from lib import (BUILDING, J, S, Sit, offset, on_road, toward)
from gen_a import vd_clear, vd_text


# ---------------------------------------------------------------- 837
def sit_837():
    s = Sit(837, "convention_false_alarm_gas_and_fender_bender", "2027-11-04",
            "Exhibition day: a cooking-fume fire alarm in hall A, a gas leak at hall B's dock, a fender-bender at the corner",
            "平日中午展期中（週四 11:00-14:30，會展中心自動化工業展）。12:10 A 館美食區油煙觸動偵煙器，119 到場確認誤報，館內疏散後復歸；"
            "12:40 B 館卸貨區餐車瓦斯鋼瓶接頭漏氣，119 危險物品出勤關閉；13:42 經貿路/黎明路口兩車擦撞無人傷。"
            "背景：展覽本身（許可、停車場滿、來車壅塞、違停）、B 館受信總機預備電源電壓不足、CCTV 斷線、路燈、工地噪音。")
    hA, hB = BUILDING["conv_a"], BUILDING["conv_b"]
    dock = offset(hB, 60, 100)
    X = J["jingmao_liming"]
    A, B, C, EV = "alarm_conv_hall_a", "gas_leak_conv_b_dock", "fender_bender_jingmao_liming", "exhibition_conv"

    s.add("planned_event", "exhibition", "-15:00", lag=-(18 * 86400 + 23 * 3600), pos=offset(hA, 60, 120),
          truth=None, alt=EV, ends="65:00",
          text="臺中國際會展中心 A、B館 2027臺中國際自動化工業展 11/3-11/6 每日09:00-17:00 預估每日參觀 20,000 人次")
    s.add("parking", "full", "11:05:10", lag=(2, 10), sensor="SN-PK-006", truth=None, alt=EV,
          text="臺中國際會展中心停車場 汽車剩餘 0 位")
    s.series("rule", "congestion", "SN-VD-JINGMAO-01", ["11:10", "11:22"], lag=(40, 80), truth=None, alt=EV,
             severity=["Minor", "Moderate"],
             text=[vd_text("經貿路車輛偵測器1", 22, 40), vd_text("經貿路車輛偵測器1", 16, 47)],
             end_category="cleared", end_time="11:48", end_text=vd_clear("經貿路車輛偵測器1", 36))
    s.add("parking", "full", "11:18:20", lag=(2, 10), sensor="SN-PK-002", truth=None, alt=EV,
          text="經貿六停車場 汽車剩餘 0 位")
    s.add("1999", "illegal_parking", "11:30:40", lag=(60, 200), pos=offset(X, 140, 200), truth=None, alt=EV,
          text="經貿路二段兩邊都是來看展的車，停在紅線跟公車站，公車都靠不了站。")
    s.add("status", "offline", "11:40:10", lag=(1, 4), sensor="SN-CCTV-006", truth=None,
          text="經貿路二段/經貿七路 路口監視器 離線（通訊中斷 comms_lost）")
    s.add("status", "online", "11:52:30", lag=(1, 4), sensor="SN-CCTV-006", truth=None,
          text="經貿路二段/經貿七路 路口監視器 恢復連線")
    s.add("1999", "streetlight", "11:55:00", lag=(60, 200), pos=offset(J["liming_zhongke"], 70, 250), truth=None,
          text="黎明路三段中科路口附近有一支路燈燈泡壞掉，晚上不會亮，編號 XT-08190。")

    # A: fire alarm in hall A
    fa = s.add("fire_alarm", "alarm", "12:10:20", lag=(2, 6), sensor="SN-FA-002", truth=A,
               text="臺中國際會展中心 A棟 受信總機 1F 美食區 偵煙探測器 動作")
    s.add("fire_alarm", "alarm", "12:11:00", lag=(2, 6), sensor="SN-FA-002", truth=A,
          text="臺中國際會展中心 A棟 受信總機 1F 美食區 第2只偵煙探測器 動作")
    f1 = s.add("119", "fire", "12:11:40", lag=(30, 60), pos=hA, truth=A,
               text="西屯區 臺中國際會展中心A館 火災自動警報設備動作 派遣 水湳分隊 水箱車1 雲梯車1")
    s.add("1999", "fire_smoke", "12:13:30", lag=(50, 100), pos=offset(hA, 110, 200), truth=A,
          text="會展中心A館警鈴一直響，廣播叫大家疏散，我們都站在外面，是不是火災？")
    s.add("cctv", "crowding", "12:16:10", lag=(5, 12), sensor="SN-CCTV-005", confidence=0.72, truth=A, alt=EV,
          text="經貿路二段/黎明路三段 路口人群聚集（站立）")
    s.add("119", "fire", "12:19:30", lag=(30, 60), pos=hA, truth=A, follows=f1,
          text="抵達現場 美食區餐廳烹煮油煙觸動偵煙探測器 無火災 誤報 通知館方重置")
    s.add("fire_alarm", "normal", "12:27:40", lag=(2, 6), sensor="SN-FA-002", truth=A,
          text="臺中國際會展中心 A棟 受信總機 復歸")
    s.add("119", "fire", "12:33:00", lag=(30, 60), pos=hA, truth=A, follows=f1,
          text="A館誤報案 現場重置完成 人員回館 返隊")

    # B: gas at hall B's loading dock
    cb = s.add("1999", "gas_odor", "12:40:10", lag=(50, 90), pos=s.scatter(dock, 30, 60), truth=B,
               text="會展中心B館後面卸貨區那邊，有很重的瓦斯味，那邊停了好幾台餐車。")
    fb = s.add("119", "hazmat", "12:43:00", lag=(30, 60), pos=dock, truth=B,
               text="西屯區 臺中國際會展中心B館 卸貨區 疑似瓦斯外洩 派遣 水湳分隊 化學車1 水箱車1")
    s.add("1999", "gas_odor", "12:47:20", lag=(60, 120), pos=offset(hA, 80, 130), truth=B,
          text="外面有一股怪味，臭臭的，是不是剛剛那個火警還沒處理好？")
    s.add("119", "hazmat", "12:52:10", lag=(30, 60), pos=dock, truth=B, follows=fb,
          text="抵達現場 餐車桶裝瓦斯鋼瓶接頭鬆脫漏氣 已關閉鋼瓶 通風中 濃度下降 無人受傷")
    s.add("incident", "hazmat_report", "12:50:00", lag=(23 * 60, 25 * 60), pos=dock, severity="Moderate", truth=B,
          text="會展中心B館卸貨區 餐車瓦斯鋼瓶接頭漏氣 消防已關閉 卸貨區人員暫時疏散 員警現場管制")
    s.add("119", "hazmat", "13:05:30", lag=(30, 60), pos=dock, truth=B, follows=fb,
          text="測得瓦斯濃度正常 交由館方 返隊")
    s.add("fire_alarm", "fault", "13:30:00", lag=(2, 6), sensor="SN-FA-003", truth=None,
          text="臺中國際會展中心 B棟 受信總機 預備電源電壓不足")

    # C: fender-bender
    cv = s.add("cctv", "accident", "13:42:20", lag=(6, 12), sensor="SN-CCTV-005", pos=offset(X, 15, 330),
               confidence=0.66, truth=C, text="經貿路二段/黎明路三段 路口疑似事故 兩車停止")
    s.add("1999", "traffic_accident", "13:44:00", lag=(60, 120), pos=s.scatter(X, 50, 100), truth=C,
          text="經貿路黎明路口兩台車擦撞，兩個司機下車在路中間吵架，車都過不去。")
    s.series("rule", "congestion", "SN-VD-JINGMAO-01", ["13:50", "14:00"], lag=(40, 80), truth=C,
             severity=["Moderate", "Moderate"],
             text=[vd_text("經貿路車輛偵測器1", 13, 53), vd_text("經貿路車輛偵測器1", 15, 49)],
             end_category="cleared", end_time="14:16", end_text=vd_clear("經貿路車輛偵測器1", 37))
    pc = s.add("incident", "traffic_accident", "13:43:00", lag=(19 * 60, 21 * 60), pos=X, severity="Minor",
               truth=C, text="經貿路二段與黎明路三段口 自小客與自小客擦撞 無人受傷 A3類")
    s.add("fire_alarm", "normal", "14:05:20", lag=(2, 6), sensor="SN-FA-003", truth=None,
          text="臺中國際會展中心 B棟 受信總機 復歸")
    s.add("incident", "traffic_accident", "14:10:00", lag=(7 * 60, 9 * 60), pos=X, severity="Minor", truth=C,
          follows=pc, text="經貿路黎明路口擦撞 雙方當場和解 車輛已移置")
    s.add("1999", "noise", "14:20:30", lag=(60, 200), pos=offset(hB, 220, 60), truth=None,
          text="會展中心二期工地一直在敲敲打打，下午都沒停過。")

    s.add("1999", "fire_smoke", "12:14:40", lag=(60, 120), pos=s.scatter(hA, 60, 120), truth=A,
          text="會展中心在疏散，是不是失火了？我在停車場這邊沒看到煙。")
    s.dup(cb, 90)
    s.add("1999", "illegal_parking", "13:10:20", lag=(60, 200), pos=offset(hB, 150, 20), truth=None, alt=EV,
          text="會展中心外面接駁車跟遊覽車亂停，把經貿路外側車道都佔掉了。")
    s.add("status", "offline", "14:22:00", lag=(1, 4), sensor="SN-VD-LIMING-01", truth=None,
          text="黎明路車輛偵測器1 離線（通訊中斷 comms_lost）")
    s.add("status", "online", "14:27:30", lag=(1, 4), sensor="SN-VD-LIMING-01", truth=None,
          text="黎明路車輛偵測器1 恢復連線")
    s.incident(A, "fire", "會展中心 A 館美食區油煙觸動偵煙器：總機火警兩次、119 出勤確認誤報、1999 問是不是火災、疏散人群在路口、復歸。", fa)
    s.incident(B, "fire", "會展中心 B 館卸貨區餐車瓦斯鋼瓶接頭漏氣：1999 兩通（第二通誤以為是火警的後續）、119 危險物品出勤、警方報告。", cb)
    s.incident(C, "traffic", "經貿路/黎明路口兩車擦撞無人傷（A3），CCTV、1999、警方報告與和解追報、經貿路偵測器1 壅塞。", cv)
    s.alternative(
        "展覽本身：主判讀把照許可進行的展覽（許可、停車場滿、來車壅塞、違停）當背景；另一種判讀為展覽開一件「活動值勤」事件，"
        "並把 12:16 路口人群（A 館疏散出來的人）也算進展覽的人潮而不是火警。",
        [{"label": EV, "type": "crowd",
          "description": "會展中心展覽值勤：許可、停車場滿、來車壅塞、違停、路口人群。",
          "sufficient_evidence_key": f"{837}-pe-001"}])
    return s


# ---------------------------------------------------------------- 838
def sit_838():
    s = Sit(838, "late_night_signal_pole_dark_street_racers", "2027-12-10",
            "Friday late night: a drunk driver hits the signal pole at 中科路/環中路; a dark stretch of 中科路; street racers on 環中路",
            "週五深夜（22:30-01:40）。23:08 起中科路（黎明路口南側）整排路燈熄滅；23:48 酒駕自小客撞中科路/環中路口號誌桿，"
            "駕駛受困後脫困，號誌黑燈至 01:30 臨時修復；00:35 改裝機車在環中路凱旋路口聚集飆車，警方驅離。"
            "背景：KTV 噪音、偵測器維護離線、砂石車違停、單盞路燈閃爍、轉運中心總機預備電源電壓不足。")
    Z = J["zhongke_huanzhong"]
    KH = J["kaixuan_huanzhong"]
    crash = offset(Z, 10, 200)
    dark = on_road("zhongke", Z, 450)
    A, B, C, SG = "crash_signal_pole_zhongke", "streetlights_dark_zhongke", "street_racers_huanzhong", "signal_down_zhongke"

    s.add("1999", "noise", "22:35:10", lag=(60, 200), pos=offset(J["liming_kaixuan"], 60, 240), truth=None,
          text="黎明路那間KTV每天都唱到半夜，窗戶關起來還是聽得到。")
    s.add("status", "offline", "22:50:00", lag=(1, 4), sensor="SN-VD-HUANZHONG-02", truth=None,
          text="環中路車輛偵測器2 離線（維護 maintenance）")
    # B: streetlights dark
    cb = s.add("1999", "streetlight", "23:08:30", lag=(60, 120), pos=s.scatter(dark, 20, 60), truth=B,
               text="中科路過了黎明路那一段，整排路燈都不亮，一片黑，騎車很可怕。")
    s.add("1999", "streetlight", "23:22:40", lag=(60, 150), pos=s.scatter(dark, 150, 250), truth=B,
          text="中科路那邊全暗了，是停電嗎？旁邊大樓好像有電。")
    s.add("1999", "illegal_parking", "23:30:20", lag=(60, 200), pos=on_road("huanzhong", KH, -250), truth=None,
          text="環中路邊砂石車停一整排，晚上轉彎都看不到來車。")
    s.add("1999", "streetlight", "23:40:00", lag=(60, 200), pos=offset(J["jingmao_7th"], 90, 20), truth=None,
          text="經貿路有一盞路燈一直一閃一閃的。")
    # A: crash into the signal pole
    cv = s.add("cctv", "accident", "23:48:20", lag=(5, 10), sensor="SN-CCTV-003", pos=crash, confidence=0.80,
               truth=A, text="中科路/環中路二段 路口疑似事故 車輛撞擊路口設施")
    sg = s.add("signal", "fault", "23:48:35", lag=(2, 6), sensor="SN-SIG-003", truth=A, alt=SG,
               text="中科路/環中路二段 號誌控制器 燈號異常 黑燈 通訊中斷")
    f1 = s.add("119", "rescue", "23:50:10", lag=(30, 60), pos=Z, truth=A,
               text="西屯區中科路與環中路二段口 自小客自撞號誌桿 駕駛受困車內 派遣 水湳分隊 救助器材車 救護車")
    s.add("cctv", "signal_dark", "23:51:00", lag=(5, 10), sensor="SN-CCTV-003", confidence=0.74, truth=A, alt=SG,
          text="中科路/環中路二段 路口號誌黑燈")
    s.add("1999", "traffic_accident", "23:53:10", lag=(60, 120), pos=s.scatter(crash, 60, 120), truth=A,
          text="中科路環中路口有一台車撞到紅綠燈，桿子都歪了，車頭冒煙，裡面的人好像出不來。")
    s.add("1999", "traffic_signal", "23:58:30", lag=(60, 150), pos=s.scatter(Z, 150, 250), truth=A, alt=SG,
          text="環中路中科路口紅綠燈整個不亮，大車一直衝過去，很危險。")
    s.add("119", "rescue", "23:59:40", lag=(30, 60), pos=Z, truth=A, follows=f1,
          text="駕駛已脫困 意識清楚 酒味重 頭部擦傷 送醫")
    pa = s.add("incident", "traffic_accident", "23:49:00", lag=(31 * 60, 33 * 60), pos=Z, severity="Moderate",
               truth=A, text="中科路與環中路二段口 自小客自撞號誌桿 駕駛酒測值0.62 頭部擦傷送醫 依公共危險罪移送")
    ps = s.add("incident", "traffic_signal_fault", "24:02:00", lag=(23 * 60, 25 * 60), pos=Z, severity="Moderate",
               truth=A, alt=SG, text="中科路與環中路二段口號誌桿遭撞 燈號全熄 已請交通局派員 員警現場指揮交通")
    s.add("fire_alarm", "fault", "24:10:00", lag=(2, 6), sensor="SN-FA-001", truth=None,
          text="水湳轉運中心 受信總機 預備電源電壓不足")
    s.add("119", "rescue", "24:15:30", lag=(30, 60), pos=Z, truth=A, follows=f1,
          text="傷者送往中國醫藥大學附設醫院 返隊")
    s.add("1999", "streetlight", "24:20:00", lag=(30, 90), pos=(s.by_key[cb]["lon"], s.by_key[cb]["lat"]),
          truth=B, follows=cb, text="案件更新：已派工 養工處路燈維護廠商查修中（疑似迴路跳脫）")

    # C: street racers
    s.add("cctv", "crowding", "24:35:10", lag=(5, 10), sensor="SN-CCTV-002", confidence=0.55, truth=C,
          text="凱旋路/環中路二段 路口人車聚集（站立）")
    s.add("1999", "noise", "24:37:00", lag=(60, 120), pos=s.scatter(KH, 200, 300), truth=C,
          text="環中路一直有機車在飆車，催油門催很大聲，吵到睡不著。")
    c2 = s.add("1999", "noise", "24:41:20", lag=(60, 120), pos=s.scatter(J["t74_huanzhong"], 120, 250), truth=C,
               text="台74下面環中路那邊一群機車在那邊催油門、繞圈，好危險。")
    pc = s.add("incident", "public_disturbance", "24:45:00", lag=(20 * 60, 22 * 60), pos=KH, severity="Moderate",
               truth=C, text="環中路二段凱旋路口 改裝機車聚集飆車約20部 已派線上警力驅離")
    s.add("1999", "noise", "24:55:30", lag=(60, 120), pos=s.scatter(KH, 200, 300), truth=C,
          text="剛剛打過了，他們還在飆，警察到底有沒有來？")
    s.add("fire_alarm", "normal", "25:02:00", lag=(2, 6), sensor="SN-FA-001", truth=None,
          text="水湳轉運中心 受信總機 復歸")
    s.add("status", "online", "25:10:00", lag=(1, 4), sensor="SN-VD-HUANZHONG-02", truth=None,
          text="環中路車輛偵測器2 恢復連線")
    s.add("incident", "public_disturbance", "25:15:00", lag=(9 * 60, 11 * 60), pos=KH, severity="Minor", truth=C,
          follows=pc, text="環中路飆車族已驅離 攔查2部 依道路交通管理處罰條例舉發")
    s.add("1999", "streetlight", "25:20:00", lag=(30, 90), pos=(s.by_key[cb]["lon"], s.by_key[cb]["lat"]),
          truth=B, follows=cb, text="案件更新：中科路路燈迴路已修復 恢復照明 結案")
    s.add("signal", "restored", "25:30:10", lag=(2, 6), sensor="SN-SIG-003", truth=A, alt=SG,
          text="中科路/環中路二段 臨時號誌恢復運作")
    s.add("incident", "traffic_signal_fault", "25:31:00", lag=(6 * 60, 8 * 60), pos=Z, severity="Minor", truth=A,
          alt=SG, follows=ps, text="中科路環中路口臨時號誌已架設運作 員警撤離")

    s.add("1999", "illegal_parking", "22:45:30", lag=(60, 200), pos=offset(S("SN-PK-001"), 40, 90), truth=None,
          text="轉運中心停車場出口有一台車停在那邊擋住，車子出不去。")
    s.add("1999", "streetlight", "23:35:10", lag=(60, 150), pos=s.scatter(dark, 100, 200), truth=B,
          text="中科路路燈全部不亮，是不是有人偷剪電纜？上個月也這樣。")
    s.add("cctv", "stalled_vehicle", "23:52:00", lag=(5, 10), sensor="SN-CCTV-003", pos=crash, confidence=0.77,
          truth=A, text="中科路/環中路二段 路口內車輛停滯")
    s.add("1999", "traffic_signal", "24:05:40", lag=(60, 150), pos=s.scatter(Z, 100, 200), truth=A, alt=SG,
          text="中科路口的紅綠燈是不是壞了？整個路口都沒燈。")
    s.add("1999", "noise", "24:30:00", lag=(60, 200), pos=offset(J["liming_kaixuan"], 60, 240), truth=None,
          text="剛剛打過了，KTV到現在還在唱，已經十二點半了。")
    s.add("status", "offline", "25:20:00", lag=(1, 4), sensor="SN-RG-002", truth=None,
          text="水湳轉運中心雨量站 離線（通訊中斷 comms_lost）")
    s.add("status", "online", "25:26:30", lag=(1, 4), sensor="SN-RG-002", truth=None,
          text="水湳轉運中心雨量站 恢復連線")
    s.incident(A, "traffic", "酒駕自小客撞中科路/環中路口號誌桿：CCTV、號誌黑燈與臨時修復、119 救助、1999 兩通、警方事故與號誌報告。", cv)
    s.incident(B, "infrastructure", "中科路黎明路口南側整排路燈熄滅（迴路跳脫），1999 兩通與派工、修復更新；與 40 分鐘後 450 m 北的撞號誌桿無關。", cb)
    s.incident(C, "public_safety", "改裝機車在環中路凱旋路口聚集飆車：CCTV 路口聚集、1999 噪音三通（第三通再打）、警方驅離與追報。", c2)
    s.alternative(
        "號誌桿被撞後的黑燈與修復：主判讀算在同一事故（同一現場、同一原因，由同一位協調員追蹤到臨時號誌架好）；"
        "另一種判讀依派工把它分成交通局號誌維修的另一件（號誌故障/復原、CCTV 黑燈、1999 號誌不亮、警方號誌報告與追報）。",
        [{"label": SG, "type": "traffic",
          "description": "中科路/環中路口號誌桿遭撞後黑燈，交通局派員架設臨時號誌（依派工另立一件）。",
          "sufficient_evidence_key": sg}])
    return s


# ---------------------------------------------------------------- 839
def sit_839():
    s = Sit(839, "thunderstorm_underpass_crash_and_tree", "2027-08-19",
            "Afternoon thunderstorm: the 中清/環中 underpass floods, a rear-end on 環中路, a tree across 經貿路",
            "夏日午後雷陣雨（週四 15:30-18:30）。16:00 起中清路環中路口地下道積水最深約 41 cm，雙向封閉，一車熄火；"
            "16:18 西邊約 390 m 環中路/經貿路口雨中追撞（無人傷）；16:30 綠美圖前經貿路行道樹倒塌擋住兩車道。"
            "背景：三站大雨告警（本身不是一件事）、中央公園滯洪池照設計蓄水（水位三級、池內淹水感測）、公園內樹枝掉草地、雨量站斷線、路燈。")
    U = S("SN-FL-006")
    JH = J["jingmao_huanzhong"]
    tree = on_road("jingmao", J["jingmao_7th"], 90)
    A, B, C, PD = "underpass_flood_zhongqing", "rear_end_jingmao_huanzhong", "tree_down_jingmao_museumbrary", "ponds_watch"

    rain = [("SN-RG-002", "水湳轉運中心雨量站", ["15:50", "16:05", "16:20"], [42, 55, 47], "16:52"),
            ("SN-RG-001", "中央公園雨量站", ["15:55", "16:15"], [44, 51], "16:57"),
            ("C0F9T0", "西屯", ["16:05"], [41], "16:42")]
    for sid, name, times, mm, end in rain:
        s.series("rule", "heavy_rain", sid, times, lag=(30, 90), truth=None, severity="Moderate",
                 levels=["大雨"] * len(times),
                 text=[f"{name} 時雨量 {m} mm 達大雨標準" for m in mm],
                 end_category="cleared", end_time=end, end_text=f"{name} 時雨量降至大雨標準以下")
    s.add("status", "offline", "16:08:00", lag=(1, 4), sensor="SN-RG-003", truth=None,
          text="北屯雨量站 離線（通訊中斷 comms_lost）")
    # A: underpass
    depth = [("16:02", "1-15", "Minor", 9), ("16:12", "16-30", "Moderate", 22), ("16:22", ">30", "Severe", 36),
             ("16:32", ">30", "Severe", 41), ("16:45", "16-30", "Moderate", 25), ("17:00", "1-15", "Minor", 10)]
    s.series("rule", "flood_depth", "SN-FL-006", [d[0] for d in depth], lag=(30, 80), truth=A,
             severity=[d[2] for d in depth], levels=[d[1] for d in depth],
             text=[f"中清環中路口地下道 淹水深度 {d[3]} cm" for d in depth],
             end_category="cleared", end_time="17:20", end_text="中清環中路口地下道 淹水深度 0 cm，警戒解除")
    ca = s.add("1999", "flooding", "16:09:30", lag=(50, 90), pos=s.scatter(U, 120, 180), truth=A,
               text="中清路那個地下道積水了，有車子還開進去，水快到輪胎一半了！")
    s.add("cctv", "flooding", "16:15:20", lag=(5, 12), sensor="SN-CCTV-008", pos=U, confidence=0.70, truth=A,
          text="中清路/環中路 地下道路面積水")
    s.series("rule", "congestion", "SN-VD-HUANZHONG-03", ["16:20", "16:35", "16:55"], lag=(40, 80), truth=A,
             severity=["Severe", "Severe", "Moderate"],
             text=[vd_text("環中路車輛偵測器3", v, o) for v, o in [(6, 72), (5, 76), (14, 51)]],
             end_category="cleared", end_time="17:31", end_text=vd_clear("環中路車輛偵測器3", 35))
    s.series("rule", "congestion", "SN-VD-ZHONGQING-01", ["16:25", "16:45"], lag=(40, 80), truth=A,
             severity=["Moderate", "Moderate"],
             text=[vd_text("中清路車輛偵測器1", 12, 55), vd_text("中清路車輛偵測器1", 15, 49)],
             end_category="cleared", end_time="17:26", end_text=vd_clear("中清路車輛偵測器1", 33))
    pr = s.add("incident", "road_closure", "16:20:00", lag=(22 * 60, 24 * 60), pos=U, severity="Severe", truth=A,
               text="中清路環中路口地下道積水約40公分 雙向封閉 請用路人改道環中路平面")
    s.add("incident", "flooding_report", "16:18:00", lag=(31 * 60, 33 * 60), pos=U, severity="Moderate", truth=A,
          text="中清路地下道內自小客一部涉水熄火 駕駛已自行脫困 車輛待拖吊")
    s.add("1999", "blocked_drain", "16:30:10", lag=(60, 150), pos=s.scatter(U, 50, 80), truth=A,
          text="地下道旁邊的水溝蓋都被樹葉塞住了，水排不下去，可以派人來清嗎？")
    s.add("incident", "road_closure", "17:30:00", lag=(8 * 60, 10 * 60), pos=U, severity="Minor", truth=A,
          follows=pr, text="中清路地下道積水已退 熄火車輛已拖離 解除封閉 恢復通行")

    # B: rear-end in the rain
    cv = s.add("cctv", "accident", "16:18:10", lag=(5, 12), sensor="SN-CCTV-004", pos=offset(JH, 25, 280),
               confidence=0.62, truth=B, text="經貿路二段/環中路二段 路口疑似事故 兩車停止")
    s.add("1999", "traffic_accident", "16:21:00", lag=(60, 120), pos=s.scatter(JH, 60, 120), truth=B,
          text="環中路經貿路口下大雨兩台車追撞，停在內側車道，人應該沒事。")
    pb = s.add("incident", "traffic_accident", "16:19:00", lag=(32 * 60, 34 * 60), pos=JH, severity="Minor",
               truth=B, text="環中路二段與經貿路二段口 雨天自小客追撞自小客 無人受傷 A3類")
    s.add("incident", "traffic_accident", "17:05:00", lag=(7 * 60, 9 * 60), pos=JH, severity="Minor", truth=B,
          follows=pb, text="環中路經貿路口追撞事故 車輛已移置 現場排除")

    # C: tree across 經貿路
    cc = s.add("1999", "fallen_tree", "16:30:40", lag=(50, 90), pos=s.scatter(tree, 30, 60), truth=C,
               text="經貿路綠美圖前面一棵行道樹倒下來，擋住兩個車道，車子都要繞過去。")
    s.add("cctv", "fallen_object", "16:32:00", lag=(5, 12), sensor="SN-CCTV-006", pos=tree, confidence=0.71,
          truth=C, text="經貿路二段 經貿七路口南側 車道障礙物（樹木）")
    s.add("1999", "fallen_tree", "16:34:20", lag=(60, 120), pos=s.scatter(J["jingmao_7th"], 20, 50), truth=C,
          text="經貿七路那邊有樹倒在馬路上。")
    pc = s.add("incident", "fallen_object", "16:35:00", lag=(26 * 60, 28 * 60), pos=tree, severity="Moderate",
               truth=C, text="經貿路二段（綠美圖前）行道樹倒塌 佔用內側兩車道 已通知建設局派員鋸除 員警管制")
    s.add("incident", "fallen_object", "17:40:00", lag=(6 * 60, 8 * 60), pos=tree, severity="Minor", truth=C,
          follows=pc, text="經貿路倒樹已鋸除移除 車道恢復通行")

    # background: ponds working as designed, park branch, a lamp
    s.add("rule", "flood_depth", "16:25:00", lag=(30, 80), sensor="SN-FL-001", severity="Minor", level="1-15",
          truth=None, alt=PD, text="中央公園滯洪池1 淹水深度 12 cm")
    s.add("rule", "water_level", "16:35:00", lag=(30, 80), sensor="SN-WL-001", severity="Moderate", level="3",
          truth=None, alt=PD, text="中央公園北滯洪池水位 2.12 m 達三級警戒")
    s.add("status", "online", "16:40:30", lag=(1, 4), sensor="SN-RG-003", truth=None, text="北屯雨量站 恢復連線")
    s.add("1999", "fallen_tree", "16:50:00", lag=(60, 200), pos=offset(S("SN-FL-002"), 80, 250), truth=None,
          text="中央公園裡面有一根大樹枝斷掉，掉在草地上，沒有擋到路。")
    s.add("rule", "flood_depth", "16:50:00", lag=(30, 80), sensor="SN-FL-001", severity="Moderate", level="16-30",
          truth=None, alt=PD, text="中央公園滯洪池1 淹水深度 21 cm")
    s.add("rule", "water_level", "16:55:00", lag=(30, 80), sensor="SN-WL-001", severity="Moderate", level="3",
          truth=None, alt=PD, text="中央公園北滯洪池水位 2.34 m 達三級警戒")
    s.add("1999", "streetlight", "17:10:30", lag=(60, 200), pos=offset(J["jingmao_liming"], 60, 160), truth=None,
          text="剛剛打雷之後，經貿路這邊有一盞路燈就不亮了。")
    s.add("rule", "cleared", "17:45:00", lag=(30, 80), sensor="SN-FL-001", severity="Minor", truth=None, alt=PD,
          text="中央公園滯洪池1 淹水深度 0 cm，警戒解除")
    s.add("rule", "cleared", "17:52:00", lag=(30, 80), sensor="SN-WL-001", severity="Minor", truth=None, alt=PD,
          text="中央公園北滯洪池水位 1.86 m 低於三級警戒")

    s.incident(A, "flood", "中清路環中路口地下道積水（最深 41 cm）：淹水深度告警至解除、1999、CCTV 積水、警方封閉與熄火車報告、水溝堵塞、兩處偵測器壅塞。", ca)
    s.incident(B, "traffic", "環中路二段/經貿路口雨中追撞無人傷：CCTV、1999、警方報告與追報（與地下道同時、相距 390 m，另一件）。", cv)
    s.incident(C, "traffic", "綠美圖前經貿路行道樹倒塌佔用兩車道：1999 兩通、CCTV-006 看到的位置、警方報告與移除追報。", cc)
    s.alternative(
        "中央公園滯洪池在大雨中照設計蓄水：主判讀把池內淹水感測與三級水位當背景（設計行為，無人處理）；"
        "另一種判讀認為協調員會開一件「滯洪池監看」的淹水事件直到水位回落。",
        [{"label": PD, "type": "flood",
          "description": "中央公園北滯洪池蓄水監看：池內淹水感測與三級水位告警至解除。",
          "sufficient_evidence_key": None}])
    # the pond level alarm is what would open the watch
    for it in s.items:
        if it.get("sensor_id") == "SN-WL-001" and it["category"] == "water_level":
            s.alt_incidents[PD]["sufficient_evidence_key"] = it["key"]
            break
    return s


# ---------------------------------------------------------------- 840
def sit_840():
    s = Sit(840, "museumbrary_heatstroke_oil_skid_and_signal_timing", "2027-08-11",
            "Midday by the Green Museumbrary: a pupil with heat exhaustion, a scooter skid on an oil slick, a stolen scooter, a signal stuck on red",
            "平日中午（週三 11:00-14:30，36°C）。11:40 營運塔前機車失竊（車主先以為被拖吊）；12:20 綠美圖外校外教學國中生熱衰竭，119 送醫；"
            "12:45 綠美圖北邊經貿路/經貿七路口路面油漬，機車自摔輕傷，另派救護並通知清油；13:20 經貿路/黎明路口號誌秒數異常，經貿路久候紅燈。"
            "背景：工程噪音、綠美圖受信總機線路異常後復歸、停車場滿、遊覽車停紅線、路口學生人群、監視器故障離線。")
    mb = BUILDING["museumbrary"]
    tw = BUILDING["tower"]
    J7 = J["jingmao_7th"]
    X = J["jingmao_liming"]
    skid = offset(J7, 20, 180)
    A, B, C, D = "heat_exhaustion_museumbrary", "scooter_theft_tower", "oil_skid_jingmao_7th", "signal_timing_jingmao_liming"

    s.add("1999", "noise", "11:05:20", lag=(60, 200), pos=offset(mb, 150, 60), truth=None,
          text="綠美圖旁邊那個工程一直在切東西，聲音很刺耳。")
    s.add("fire_alarm", "fault", "11:20:10", lag=(2, 6), sensor="SN-FA-004", truth=None,
          text="臺中綠美圖 受信總機 3F 區域線路異常")
    s.add("fire_alarm", "normal", "11:38:40", lag=(2, 6), sensor="SN-FA-004", truth=None,
          text="臺中綠美圖 受信總機 復歸")
    # B: theft
    s.add("1999", "other", "11:52:10", lag=(60, 150), pos=s.scatter(tw, 20, 50), truth=B,
          text="我機車停在營運塔前面機車格，出來就不見了，是被拖吊還是被偷？車號 MKR-2231。")
    s.add("parking", "full", "12:00:30", lag=(2, 10), sensor="SN-PK-004", truth=None,
          text="中央公園地下停車場(北) 汽車剩餘 0 位")
    s.add("1999", "illegal_parking", "12:05:40", lag=(60, 200), pos=offset(mb, 80, 30), truth=None,
          text="綠美圖前面遊覽車停在紅線上，兩台，擋到過馬路的視線。")
    pb = s.add("incident", "theft", "12:05:00", lag=(26 * 60, 28 * 60), pos=tw, severity="Minor", truth=B,
               text="臺灣智慧營運塔前機車停車格 普通重型機車失竊 經查非拖吊 受理報案 車號 MKR-2231")

    # A: heat exhaustion
    fa = s.add("119", "ambulance", "12:21:00", lag=(30, 60), pos=mb, truth=A,
               text="北屯區 臺中綠美圖 戶外廣場 校外教學 國中生 男 13歲 疑似熱衰竭 昏倒 意識模糊 派遣 水湳分隊救護車")
    s.add("cctv", "crowding", "12:22:10", lag=(5, 12), sensor="SN-CCTV-006", confidence=0.61, truth=None, alt=A,
          text="經貿路二段/經貿七路 路口人群聚集（站立）")
    k = s.add("1999", "other", "12:23:40", lag=(50, 100), pos=s.scatter(mb, 40, 80), truth=A,
              text="綠美圖外面有一個學生昏倒了，老師在旁邊處理，好像中暑，救護車叫了沒？")
    s.dup(k, 60)
    s.add("119", "ambulance", "12:29:30", lag=(30, 60), pos=mb, truth=A, follows=fa,
          text="抵達現場 體溫39.2度 意識改善 降溫補水處置")
    s.add("119", "ambulance", "12:41:10", lag=(30, 60), pos=mb, truth=A, follows=fa,
          text="患者送往中國醫藥大學附設醫院 老師陪同 返隊")

    # C: oil slick and a scooter skid
    cv = s.add("cctv", "accident", "12:45:30", lag=(5, 12), sensor="SN-CCTV-006", pos=skid, confidence=0.70,
               truth=C, text="經貿路二段/經貿七路 路口疑似事故 機車倒地")
    fc = s.add("119", "ambulance", "12:46:40", lag=(30, 60), pos=J7, truth=C,
               text="北屯區經貿路二段與經貿七路口 機車自摔 騎士手肘擦傷 意識清楚 派遣 水湳分隊救護車")
    s.add("1999", "other", "12:48:10", lag=(60, 120), pos=s.scatter(skid, 30, 60), truth=C,
          text="經貿路經貿七路口路面有一大片油漬，剛剛已經有一台機車滑倒了，要趕快派人來清。")
    s.add("1999", "traffic_accident", "12:52:20", lag=(60, 120), pos=s.scatter(mb, 30, 60), truth=C,
          text="綠美圖前面那個路口有人騎機車摔車，現在坐在路邊。")
    s.add("119", "ambulance", "12:55:00", lag=(30, 60), pos=J7, truth=C, follows=fc,
          text="抵達現場 騎士左肘擦傷 拒絕送醫 返隊")
    po = s.add("incident", "fallen_object", "12:50:00", lag=(22 * 60, 24 * 60), pos=skid, severity="Moderate",
               truth=C, text="經貿路二段經貿七路口 路面油漬約10公尺 已通知環保局清理 員警實施交通管制")
    s.dup(po, 150)
    pc = s.add("incident", "traffic_accident", "12:46:00", lag=(33 * 60, 35 * 60), pos=J7, severity="Minor",
               truth=C, observed_shift=120,
               text="經貿路二段與經貿七路口 機車行經油漬路面自摔 騎士輕傷 A3類")
    s.add("incident", "traffic_accident", "13:40:00", lag=(6 * 60, 8 * 60), pos=J7, severity="Minor", truth=C,
          follows=pc, text="經貿七路口油漬已由環保局清除 解除管制")

    # D: a signal's timing gone wrong
    cd = s.add("1999", "traffic_signal", "13:20:10", lag=(60, 150), pos=s.scatter(X, 60, 150), truth=D, alt=None,
               text="經貿路黎明路口綠燈秒數不對，經貿路這邊一直紅燈，等了三四輪，黎明路都沒車還是綠燈。")
    s.series("rule", "congestion", "SN-VD-JINGMAO-01", ["13:25", "13:40"], lag=(40, 80), truth=D, alt=None,
             severity=["Moderate", "Moderate"],
             text=[vd_text("經貿路車輛偵測器1", 12, 55), vd_text("經貿路車輛偵測器1", 14, 50)],
             end_category="cleared", end_time="14:06", end_text=vd_clear("經貿路車輛偵測器1", 39))
    s.add("1999", "traffic_signal", "13:55:00", lag=(30, 90), pos=(s.by_key[cd]["lon"], s.by_key[cd]["lat"]),
          truth=D, alt=None, follows=cd, text="案件更新：號誌廠商到場 時制計畫異常 已重新下載時相")
    s.add("status", "offline", "14:10:00", lag=(1, 4), sensor="SN-CCTV-006", truth=None,
          text="經貿路二段/經貿七路 路口監視器 離線（設備故障 device_fault）")
    s.add("status", "online", "14:24:30", lag=(1, 4), sensor="SN-CCTV-006", truth=None,
          text="經貿路二段/經貿七路 路口監視器 恢復連線")

    s.add("1999", "環境清潔", "11:15:10", lag=(60, 200), pos=offset(mb, 60, 200), truth=None,
          text="綠美圖前面人行道有狗大便沒清，很多人踩到。")
    s.add("1999", "環境公害", "12:10:30", lag=(60, 200), pos=offset(mb, 90, 40), truth=None,
          text="綠美圖前面的遊覽車一直怠速開冷氣，排氣都往人行道吹。")
    s.add("fire_alarm", "fault", "12:58:00", lag=(2, 6), sensor="SN-FA-005", truth=None,
          text="臺灣智慧營運塔 受信總機 5F 偵煙探測器 故障")
    s.add("1999", "streetlight", "13:00:30", lag=(60, 200), pos=offset(tw, 40, 250), truth=None,
          text="營運塔前面的路燈大白天都亮著。")
    s.add("1999", "other", "13:05:20", lag=(60, 150), pos=s.scatter(tw, 20, 50), truth=B,
          text="我早上打過了，機車 MKR-2231 被偷的那個，警察說要等，請問有沒有消息？")
    s.add("fire_alarm", "normal", "13:25:30", lag=(2, 6), sensor="SN-FA-005", truth=None,
          text="臺灣智慧營運塔 受信總機 故障復歸")
    s.add("parking", "full", "13:30:00", lag=(2, 10), sensor="SN-PK-006", truth=None,
          text="臺中國際會展中心停車場 汽車剩餘 0 位")
    s.add("1999", "traffic_signal", "13:33:40", lag=(60, 150), pos=s.scatter(X, 100, 200), truth=D, alt=None,
          text="經貿黎明路口那個燈是不是壞了？經貿路紅燈好久，大家都闖過去。")
    s.incident(A, "rescue", "綠美圖外校外教學國中生熱衰竭，119 救護送醫；1999（重複送達一次）。", fa)
    s.incident(B, "public_safety", "營運塔前機車失竊：車主先打 1999 問是拖吊或被偷，警方查非拖吊後受理竊案。", pb)
    s.incident(C, "traffic", "經貿路/經貿七路口路面油漬致機車自摔：CCTV、119 救護（另一輛）、1999 兩通（一通說「綠美圖前面」）、警方油漬管制與事故報告（警方時鐘快 2 分鐘）、清除追報。", cv)
    s.incident(D, "traffic", "經貿路/黎明路口號誌時制異常（經貿路久候紅燈）：1999 與派工更新、經貿路偵測器1 壅塞。", cd)
    s.alternative(
        "兩處可爭議：(1) 12:22 經貿七路口的人群：主判讀是等過馬路的校外教學學生（背景），另一種判讀認為那是圍著昏倒同學的人群，屬熱衰竭那件。"
        "(2) 號誌秒數異常：主判讀因它造成幹道壅塞、需在 2 小時內派廠商而算一件；另一種判讀把它當 1999 例行派工（背景）。", [])
    return s


# ---------------------------------------------------------------- 841
def sit_841():
    s = Sit(841, "eco_b_apartment_fire_two_ambulances", "2027-02-23",
            "An apartment fire in eco-residential block B, an unrelated fall in block A, a scooter crash at the next junction",
            "平日晚上（週二 18:30-21:40）。19:42 生態住宅 B 區 5 樓廚房起火，濃煙飄進北邊 A 區觸動大廳偵煙器，一名 82 歲疏散住戶吸入濃煙送醫；"
            "20:02 A 區 70 歲住戶在家浴室跌倒頭部流血，另派救護；20:25 南邊經貿路/敦化路口機車追撞自小客。"
            "背景：B 區總機稍早偵煙器故障後復歸、樓上裝潢噪音、晚間車流、路燈、A 區總機蓄電池電壓不足、淹水感測器電池低離線。")
    eb, ea = BUILDING["eco_b"], BUILDING["eco_a"]
    dh = on_road("jingmao", eb, 150)
    A, B, C, AA = "fire_eco_b_5f", "fall_at_home_eco_a", "crash_jingmao_dunhua", "alarm_check_eco_a"

    s.add("fire_alarm", "fault", "18:35:10", lag=(2, 6), sensor="SN-FA-012", truth=None,
          text="水湳生態住宅 B區 受信總機 7F 偵煙探測器 故障")
    s.add("1999", "noise", "18:40:20", lag=(60, 200), pos=s.scatter(ea, 10, 30), truth=None,
          text="樓上一直在裝潢鑽牆壁，都晚上了還在鑽，管委會也不管。")
    s.series("rule", "congestion", "SN-VD-JINGMAO-02", ["18:45"], lag=(40, 80), truth=None, severity="Minor",
             text=vd_text("經貿路車輛偵測器2", 24, 38),
             end_category="cleared", end_time="18:59", end_text=vd_clear("經貿路車輛偵測器2", 41))
    s.add("fire_alarm", "normal", "18:52:30", lag=(2, 6), sensor="SN-FA-012", truth=None,
          text="水湳生態住宅 B區 受信總機 故障復歸")

    # A: the fire
    fa = s.add("fire_alarm", "alarm", "19:42:10", lag=(2, 6), sensor="SN-FA-012", truth=A,
               text="水湳生態住宅 B區 受信總機 5F 偵煙探測器 動作")
    s.add("1999", "fire_smoke", "19:43:30", lag=(50, 90), pos=offset(eb, 90, 250), truth=A,
          text="敦化路這邊公寓5樓陽台一直冒煙，還有看到火光，快點派消防車！")
    f1 = s.add("119", "fire", "19:44:00", lag=(30, 50), pos=eb, truth=A,
               text="北屯區敦化路一段 水湳生態住宅B區 5樓住宅火警 有火光 派遣 水湳、北屯分隊 水箱車3 雲梯車1 救護車1")
    s.dup(f1, 45)
    s.add("fire_alarm", "alarm", "19:45:40", lag=(2, 6), sensor="SN-FA-012", truth=A,
          text="水湳生態住宅 B區 受信總機 6F 偵煙探測器 動作")
    s.add("1999", "fire_smoke", "19:47:20", lag=(60, 120), pos=s.scatter(ea, 20, 40), truth=A,
          text="隔壁棟好像失火了，煙很大一直飄過來，我們這棟要不要跑？")
    s.add("119", "fire", "19:52:10", lag=(30, 60), pos=eb, truth=A, follows=f1,
          text="抵達現場 5樓住宅廚房起火 火勢侷限一戶 疏散住戶中 搜索無人受困")
    s.add("1999", "illegal_parking", "19:55:00", lag=(50, 100), pos=s.scatter(eb, 30, 60), truth=A,
          text="社區門口兩邊車子亂停，消防車雲梯車轉不進來，快叫警察來拖！")
    s.add("fire_alarm", "alarm", "19:58:20", lag=(2, 6), sensor="SN-FA-011", truth=A, alt=AA,
          text="水湳生態住宅 A區 受信總機 1F 大廳 偵煙探測器 動作")
    s.series("rule", "congestion", "SN-VD-JINGMAO-02", ["20:00", "20:15"], lag=(40, 80), truth=A,
             severity=["Moderate", "Moderate"],
             text=[vd_text("經貿路車輛偵測器2", 14, 50), vd_text("經貿路車輛偵測器2", 16, 47)],
             end_category="cleared", end_time="20:52", end_text=vd_clear("經貿路車輛偵測器2", 38))
    # B: a fall at home in block A
    fb = s.add("119", "ambulance", "20:02:30", lag=(30, 60), pos=ea, truth=B,
               text="北屯區經貿路三段 水湳生態住宅A區 3樓 男 70歲 浴室跌倒 頭部撕裂傷流血 意識清楚 派遣 北屯分隊救護車")
    fe = s.add("119", "ambulance", "20:05:10", lag=(30, 60), pos=eb, truth=A,
               text="北屯區敦化路一段 生態住宅B區 火場疏散住戶 女 82歲 吸入濃煙 呼吸喘 派遣 水湳分隊救護車")
    pf = s.add("incident", "fire_report", "19:45:00", lag=(26 * 60, 28 * 60), pos=eb, severity="Severe", truth=A,
               text="北屯區敦化路一段生態住宅B區5樓住宅火警 員警到場協助疏散住戶及交通管制 拖離阻礙消防車輛2部")
    s.add("fire_alarm", "normal", "20:12:40", lag=(2, 6), sensor="SN-FA-011", truth=A, alt=AA,
          text="水湳生態住宅 A區 受信總機 復歸")
    s.add("119", "ambulance", "20:15:30", lag=(30, 60), pos=ea, truth=B, follows=fb,
          text="抵達A區 患者頭部撕裂傷約4公分 已止血")
    s.add("119", "fire", "20:18:00", lag=(30, 60), pos=eb, truth=A, follows=f1,
          text="火勢已控制 無延燒 排煙中")
    s.add("119", "ambulance", "20:20:20", lag=(30, 60), pos=eb, truth=A, follows=fe,
          text="疏散住戶送往中國醫藥大學附設醫院 血氧93% 返隊")
    pr = s.add("incident", "road_closure", "20:00:00", lag=(27 * 60, 29 * 60), pos=offset(eb, 40, 180),
               severity="Moderate", truth=A, text="敦化路一段（經貿路至生態住宅B區段）封閉 配合消防救災")

    # C: scooter crash at the next junction
    cc = s.add("1999", "traffic_accident", "20:25:10", lag=(50, 100), pos=s.scatter(dh, 40, 80), truth=C,
               text="經貿路敦化路口機車撞到前面的汽車，騎士倒在地上，旁邊消防車很多但沒人過來。")
    f3 = s.add("119", "ambulance", "20:27:00", lag=(30, 60), pos=dh, truth=C,
               text="北屯區經貿路三段與敦化路口 機車追撞自小客 騎士 男 20歲 右腕疼痛 意識清楚 派遣 西屯分隊救護車")
    s.add("119", "ambulance", "20:36:40", lag=(30, 60), pos=ea, truth=B, follows=fb,
          text="患者送往中國醫藥大學附設醫院 返隊")
    s.add("fire_alarm", "normal", "20:40:10", lag=(2, 6), sensor="SN-FA-012", truth=A,
          text="水湳生態住宅 B區 受信總機 復歸")
    s.add("119", "ambulance", "20:50:30", lag=(30, 60), pos=dh, truth=C, follows=f3,
          text="騎士送往中國醫藥大學附設醫院 返隊")
    s.add("119", "fire", "20:55:00", lag=(30, 60), pos=eb, truth=A, follows=f1,
          text="殘火處理完畢 1戶廚房燒損 1人送醫 全部返隊")
    s.add("incident", "traffic_accident", "20:26:00", lag=(32 * 60, 34 * 60), pos=dh, severity="Minor", truth=C,
          text="經貿路三段與敦化路口 機車追撞前方減速自小客 騎士右腕挫傷送醫 A2類 騎士稱看火場分心")
    s.add("status", "offline", "21:00:00", lag=(1, 4), sensor="SN-FL-008", truth=None,
          text="經貿路低窪處 淹水感測器 離線（電池電壓低 battery_low）")
    s.add("incident", "road_closure", "21:05:00", lag=(7 * 60, 9 * 60), pos=offset(eb, 40, 180), severity="Minor",
          truth=A, follows=pr, text="敦化路一段解除封閉 恢復通行")
    s.add("1999", "streetlight", "21:10:30", lag=(60, 200), pos=on_road("jingmao", eb, 260), truth=None,
          text="經貿路三段靠中平路那邊一支路燈不亮。")
    s.add("fire_alarm", "fault", "21:20:00", lag=(2, 6), sensor="SN-FA-011", truth=None,
          text="水湳生態住宅 A區 受信總機 蓄電池電壓不足")

    s.add("1999", "illegal_parking", "18:50:10", lag=(60, 200), pos=s.scatter(ea, 30, 60), truth=None,
          text="A區門口機車亂停，停到騎樓跟無障礙坡道上。")
    s.add("1999", "fire_smoke", "19:50:00", lag=(60, 120), pos=on_road("jingmao", eb, -330), truth=A,
          text="經貿路上看到那邊一棟公寓在冒黑煙，很多消防車開過去。")
    s.dup(pf, 120)
    s.add("1999", "other", "21:00:40", lag=(60, 150), pos=s.scatter(eb, 20, 50), truth=A,
          text="我們B區被疏散出來一個多小時了，請問什麼時候可以回家？")
    s.add("1999", "動物救援", "21:30:20", lag=(60, 200), pos=offset(eb, 200, 200), truth=None,
          text="敦化路行道樹上有一隻貓卡在上面下不來，叫了一個晚上。")
    s.incident(A, "fire", "B 區 5 樓住宅廚房火警：總機火警（5F、6F）至復歸、1999 三通（含消防車進不去的違停）、119 火警各階段、疏散住戶吸入濃煙送醫、警方報告與封路、A 區大廳被飄入的煙觸動、經貿路偵測器壅塞。", fa)
    s.incident(B, "rescue", "A 區 70 歲住戶浴室跌倒頭部撕裂傷，119 另案救護；與火警同時、相距 280 m，無關。", fb)
    s.incident(C, "traffic", "經貿路/敦化路口機車追撞自小客（騎士看火場分心），1999、119 救護、警方報告。", cc)
    s.alternative(
        "A 區大廳偵煙器動作：主判讀認為是 B 區火場濃煙飄入，屬同一火警；另一種判讀認為協調員會把另一棟大樓的火警總機動作當成需要另派人員確認的一件。",
        [{"label": AA, "type": "fire",
          "description": "A 區受信總機 1F 大廳偵煙器動作至復歸，另派確認。",
          "sufficient_evidence_key": None}])
    for it in s.items:
        if it.get("sensor_id") == "SN-FA-011" and it["category"] == "alarm":
            s.alt_incidents[AA]["sufficient_evidence_key"] = it["key"]
    return s


# ---------------------------------------------------------------- 842
def sit_842():
    s = Sit(842, "hub_night_wrong_way_crash_drunk_and_flashing_signal", "2027-07-29",
            "Evening at the hub: a wrong-way driver on 環中路, a left-turn crash at 經貿路 35 min later, a drunk passenger, a flashing signal",
            "平日晚上（週四 20:00-00:20）。21:05 白色自小客在環中路二段由台74往中清路逆向，21:38 在中清路攔停（酒駕）；"
            "21:41 環中路/經貿路口左轉車與直行車碰撞一人頸部扭傷（與逆向車無關）；22:28 轉運中心客運月台酒醉乘客與司機爭執；"
            "23:10 中清路/環中路口號誌閃黃至 23:55 修復。背景：晚間車流、客運怠速噪音、路燈、轉運中心總機故障、監視器斷線、計程車違停。")
    JH = J["jingmao_huanzhong"]
    hub = BUILDING["hub"]
    ZQ = J["zhongqing_huanzhong"]
    A, B, C, D = "wrong_way_huanzhong", "crash_jingmao_huanzhong_left_turn", "drunk_passenger_hub", "signal_flashing_zhongqing"

    s.series("rule", "congestion", "SN-VD-HUANZHONG-03", ["20:05", "20:20"], lag=(40, 80), truth=None,
             severity=["Minor", "Minor"],
             text=[vd_text("環中路車輛偵測器3", 25, 37), vd_text("環中路車輛偵測器3", 23, 39)],
             end_category="cleared", end_time="20:42", end_text=vd_clear("環中路車輛偵測器3", 45))
    s.add("1999", "noise", "20:30:40", lag=(60, 200), pos=offset(hub, 150, 300), truth=None,
          text="轉運站的客運一直停在那邊怠速，很吵又很臭，每天晚上都這樣。")
    # A: wrong-way driver
    s.add("cctv", "wrong_way", "21:05:10", lag=(4, 10), sensor="SN-CCTV-001", confidence=0.74, truth=A,
          text="台74線/環中路二段 逆向車輛（東向）")
    ka = s.add("cctv", "wrong_way", "21:05:40", lag=(4, 10), sensor="SN-CCTV-002", confidence=0.81, truth=A,
               text="凱旋路/環中路二段 逆向車輛（東向）")
    s.add("cctv", "wrong_way", "21:06:50", lag=(4, 10), sensor="SN-CCTV-003", confidence=0.77, truth=A,
          text="中科路/環中路二段 逆向車輛（東向）")
    s.add("cctv", "wrong_way", "21:07:10", lag=(4, 10), sensor="SN-CCTV-004", confidence=0.69, truth=A,
          text="經貿路二段/環中路二段 逆向車輛（東向）")
    s.add("1999", "other", "21:08:20", lag=(60, 120), pos=s.scatter(J["zhongke_huanzhong"], 60, 150), truth=A,
          text="環中路有一台白色轎車逆向開，往中清路那邊去，差點撞到我，很恐怖！")
    pa = s.add("incident", "wrong_way_driver", "21:07:00", lag=(21 * 60, 23 * 60), pos=J["kaixuan_huanzhong"],
               severity="Severe", truth=A,
               text="環中路二段（台74線往中清路方向）白色自小客逆向行駛 已通報線上警網攔查")
    sl = s.add("1999", "streetlight", "21:30:00", lag=(60, 200), pos=on_road("zhongke", J["zhongke_huanzhong"], 280),
               truth=None, text="中科路靠黎明路這邊有一支路燈不亮，編號 XT-07792。")
    # B: crash
    cv = s.add("cctv", "accident", "21:41:30", lag=(5, 10), sensor="SN-CCTV-004", pos=offset(JH, 12, 240),
               confidence=0.72, truth=B, text="經貿路二段/環中路二段 路口疑似事故 兩車碰撞")
    s.add("1999", "traffic_accident", "21:42:40", lag=(50, 100), pos=s.scatter(JH, 50, 90), truth=B,
          text="環中路經貿路口兩台車撞在一起，一台是要左轉的，有人說脖子痛。")
    fb = s.add("119", "ambulance", "21:44:00", lag=(30, 60), pos=JH, truth=B,
               text="西屯區環中路二段與經貿路二段口 車禍 自小客駕駛 女 35歲 頸部疼痛 意識清楚 派遣 水湳分隊救護車")
    s.add("1999", "traffic_accident", "21:45:30", lag=(60, 120), pos=s.scatter(J["zhongke_huanzhong"], 60, 120),
          truth=B, text="剛剛那台逆向的車是不是撞車了？環中路經貿路口那邊有車撞在一起。")
    s.add("incident", "wrong_way_driver", "21:38:00", lag=(8 * 60, 10 * 60), pos=ZQ, severity="Moderate", truth=A,
          follows=pa, text="逆向自小客已於中清路攔停 駕駛酒測值0.45 依公共危險罪移送")
    s.series("rule", "congestion", "SN-VD-HUANZHONG-02", ["21:47", "21:58"], lag=(40, 80), truth=B,
             severity=["Moderate", "Moderate"],
             text=[vd_text("環中路車輛偵測器2", 14, 50), vd_text("環中路車輛偵測器2", 16, 47)],
             end_category="cleared", end_time="22:24", end_text=vd_clear("環中路車輛偵測器2", 43))
    s.add("119", "ambulance", "21:52:10", lag=(30, 60), pos=JH, truth=B, follows=fb,
          text="抵達現場 駕駛頸部扭傷 上頸圈")
    s.add("fire_alarm", "fault", "22:00:20", lag=(2, 6), sensor="SN-FA-001", truth=None,
          text="水湳轉運中心 受信總機 2F 手動報警機 故障")
    s.add("119", "ambulance", "22:08:30", lag=(30, 60), pos=JH, truth=B, follows=fb,
          text="傷者送往中國醫藥大學附設醫院 返隊")
    pb = s.add("incident", "traffic_accident", "21:42:00", lag=(28 * 60, 30 * 60), pos=JH, severity="Moderate",
               truth=B, text="環中路二段與經貿路二段口 左轉自小客與直行自小客碰撞 一人頸部扭傷送醫 A2類")
    s.add("fire_alarm", "normal", "22:15:00", lag=(2, 6), sensor="SN-FA-001", truth=None,
          text="水湳轉運中心 受信總機 復歸")
    # C: drunk passenger at the hub
    cc = s.add("1999", "noise", "22:32:00", lag=(50, 100), pos=offset(S("SN-PK-002"), 30, 330), truth=C,
               text="轉運站那邊有人一直大吼大叫，好像喝醉了在跟客運司機吵架，要不要派警察？")
    s.add("incident", "traffic_accident", "22:30:00", lag=(8 * 60, 10 * 60), pos=JH, severity="Minor", truth=B,
          follows=pb, text="環中路經貿路口事故車輛已拖離 現場排除")
    pc = s.add("incident", "public_disturbance", "22:28:00", lag=(23 * 60, 25 * 60), pos=hub, severity="Minor",
               truth=C, text="水湳轉運中心客運月台 酒醉乘客與客運司機爭執 拒絕下車 員警到場處理")
    s.add("incident", "public_disturbance", "23:05:00", lag=(8 * 60, 10 * 60), pos=hub, severity="Minor", truth=C,
          follows=pc, text="酒醉乘客已由家屬接回 客運恢復發車")
    # D: flashing signal
    sd = s.add("signal", "fault", "23:10:10", lag=(2, 6), sensor="SN-SIG-008", truth=D,
               text="中清路/環中路 號誌控制器 閃爍異常（全向閃黃）")
    c4 = s.add("1999", "traffic_signal", "23:18:30", lag=(60, 150), pos=s.scatter(ZQ, 80, 160), truth=D,
               text="中清路環中路口紅綠燈一直閃黃燈，大家都亂衝。")
    s.add("status", "offline", "23:30:00", lag=(1, 4), sensor="SN-CCTV-004", truth=None,
          text="經貿路二段/環中路二段 路口監視器 離線（通訊中斷 comms_lost）")
    s.add("status", "online", "23:41:20", lag=(1, 4), sensor="SN-CCTV-004", truth=None,
          text="經貿路二段/環中路二段 路口監視器 恢復連線")
    s.add("1999", "illegal_parking", "23:45:10", lag=(60, 200), pos=offset(hub, 50, 170), truth=None,
          text="轉運中心外面計程車排班排到車道上，擋住一整個車道。")
    s.add("1999", "traffic_signal", "23:48:00", lag=(30, 90), pos=(s.by_key[c4]["lon"], s.by_key[c4]["lat"]),
          truth=D, follows=c4, text="案件更新：號誌維修廠商已到場 控制器重新開機中")
    s.add("signal", "restored", "23:55:30", lag=(2, 6), sensor="SN-SIG-008", truth=D,
          text="中清路/環中路 號誌恢復正常")
    s.add("1999", "noise", "24:10:00", lag=(60, 150), pos=offset(S("SN-PK-002"), 40, 320), truth=C,
          text="剛剛打過了，轉運站那個喝醉的又回來在門口大叫。")

    s.add("1999", "noise", "21:20:00", lag=(60, 200), pos=offset(hub, 150, 300), truth=None,
          text="剛剛打過了，客運還是一直怠速，冷氣機聲音很吵。")
    s.add("signal", "fault", "23:20:10", lag=(2, 6), sensor="SN-SIG-008", truth=D,
          text="中清路/環中路 號誌控制器 閃爍異常（全向閃黃）")
    s.add("1999", "traffic_signal", "23:25:00", lag=(60, 150), pos=s.scatter(ZQ, 100, 250), truth=D,
          text="中清環中路口號誌一直閃黃，好幾台車差點撞到。")
    s.add("1999", "streetlight", "24:15:00", lag=(30, 90), pos=on_road("zhongke", J["zhongke_huanzhong"], 280),
          truth=None, follows=sl, text="案件更新：已派工 明日更換燈泡")
    s.incident(A, "traffic", "環中路二段自小客逆向（四支 CCTV 依序偵測）、1999、警方通報與攔停追報（酒駕）。", ka)
    s.incident(B, "traffic", "環中路/經貿路口左轉碰撞一人頸部扭傷：CCTV、1999 兩通（一通誤以為是逆向車）、119、警方報告與追報、環中路偵測器2 壅塞。", cv)
    s.incident(C, "public_safety", "轉運中心客運月台酒醉乘客與司機爭執：1999（報成噪音）、警方報告與追報、午夜再打的 1999。", cc)
    s.incident(D, "traffic", "中清路/環中路口號誌閃黃：號誌故障至恢復、1999 與廠商到場更新。", sd)
    return s


def main():
    out = []
    for fn in (sit_837, sit_838, sit_839, sit_840, sit_841, sit_842):
        out.append(fn().write())
    for stem, n in out:
        print(f"{stem}: {n} lines")


if __name__ == "__main__":
    main()
