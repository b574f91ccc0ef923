"""Situations 1991-1996: the typhoon's onset to its first afternoon."""
from lib import Sit, P, alt_list


def s1991():
    s = Sit(1991, "onset_two_lowpoints", "2016-09-26 21:30",
            "颱風外圍雨帶入夜，黎明凱旋路口低窪處與中清環中地下道相距約1.2公里同時積水，地下道內一輛車受困。")
    # background rain
    s.rain("C0F9T0", "大雨", "1小時 42 mm", 5, None)
    s.rain("SN-RG-002", "大雨", "1小時 45 mm", 12, None)
    # A: 黎明凱旋 low point
    a1 = s.flood("SN-FL-009", "1-15", 9, 20, "A")
    s.flood("SN-FL-009", "16-30", 21, 38, "A")
    c = s.c1999("flooding", P("SN-FL-009", 60, -40), 41, "A", "黎明路三段靠凱旋路口整個路面都是水，機車騎過去水都到腳踏板了", delay=9)
    s.dup(c, 2)
    s.cctv("SN-CCTV-007", "stalled_vehicle", 0.74, 52, "A", "路口東側車輛停滯 疑似涉水熄火")
    s.police("flooding_report", "Moderate", P("SN-FL-009", -30, 20), 58, "A", "黎明路凱旋路口積水約20公分，一部自小客涉水熄火，員警現場指揮車流", delay=7)
    s.flood("SN-FL-009", "16-30", 28, 75, "A")
    # B: underpass
    b1 = s.flood("SN-FL-006", "16-30", 18, 33, "B")
    s.flood("SN-FL-006", ">30", 36, 47, "B")
    s.cong("SN-VD-ZHONGQING-01", 14, 55, "B")
    s.cong("SN-VD-HUANZHONG-03", 18, 61, "B")
    s.police("road_closure", "Severe", P("SN-FL-006", 30, 40), 66, "B", "中清環中路口地下道積水逾40公分，雙向封閉，車輛改道環中路平面道路", delay=6)
    s.c1999("flooding", P("SN-FL-006", -80, 60), 70, "B", "中清路往北那個地下道淹起來了，前面車子都在迴轉", delay=6)
    s.flood("SN-FL-006", ">30", 52, 80, "B")
    # C: car trapped in underpass
    c1 = s.c1999("other", P("SN-FL-006", 10, -20), 49, "C", "地下道裡面有一台白色轎車卡在水中間，駕駛爬到車頂在揮手，快找消防隊", delay=3, alt="B")
    r0 = s.f119("rescue", P("SN-FL-006", 0, -15), 51, "C", "中清環中路口地下道 車輛受困水中 駕駛1人待救 派遣水域救援", delay=1, alt="B")
    s.f119("rescue", P("SN-FL-006", 0, -15), 51, "C", "中清環中路口地下道 車輛受困 人員已救出 無外傷", delay=38, status="on_scene", alt="B", follows=r0)
    s.f119("rescue", P("SN-FL-006", 0, -15), 51, "C", "地下道車輛受困案 結案返隊", delay=70, status="closed", alt="B", follows=r0)
    # background
    s.c1999("streetlight", P("SN-CCTV-005", 120, 60), 25, None, "經貿路二段這邊有一盞路燈一閃一閃的，路燈編號XT-20417", delay=11)
    s.parking("SN-PK-001", "full", 40, None, "剩餘車位 0（民眾移車避水）")
    s.c1999("noise", P("SN-FA-011", 40, 30), 95, None, "隔壁工地鐵皮一直被風吹得砰砰響，吵得睡不著", delay=5)
    s.rain("SN-RG-001", "大雨", "1小時 48 mm", 88, None)
    s.incident("A", "flood", "黎明路三段凱旋路口低窪處積水，車輛涉水熄火", a1)
    s.incident("B", "flood", "中清環中路口地下道積水逾30公分，封閉地下道", b1)
    s.incident("C", "rescue", "地下道內轎車受困，駕駛在車頂待救（消防水域救援）", c1)
    s.alternative("受困車輛就在地下道積水內，也可視為同一個地下道淹水案件由同一組人處理",
                  alt_list(s, drop=["C"]))
    s.write()


def s1992():
    s = Sit(1992, "park_ponds_rising", "2016-09-27 01:00",
            "凌晨中央公園北、南滯洪池依設計蓄水上升，北池達二級警戒；經貿路低窪處與區域排水同時上漲；中科路路樹倒塌。")
    s.rain("SN-RG-001", "豪雨", "3小時 108 mm", 3, None)
    s.rain("C0F9T0", "大雨", "24小時 168 mm", 10, None)
    # A north pond
    a1 = s.wl("SN-WL-001", 3, 1.1, 15, "A")
    s.flood("SN-FL-001", ">30", 45, 18, "A")
    s.flood("SN-FL-002", "16-30", 24, 26, "A")
    s.wl("SN-WL-001", 2, 1.6, 58, "A")
    s.flood("SN-FL-002", ">30", 38, 62, "A")
    s.c1999("other", P("SN-FL-001", -150, 40), 70, "A", "中央公園北邊那個滯洪池水快滿到步道了，晚上有人在旁邊拍照很危險", delay=12)
    # B south pond
    b1 = s.wl("SN-WL-002", 3, 1.05, 40, "B", alt="A")
    s.flood("SN-FL-004", "16-30", 19, 44, "B", alt="A")
    s.flood("SN-FL-003", "1-15", 12, 49, "B", alt="A")
    s.flood("SN-FL-004", ">30", 33, 96, "B", alt="A")
    # D 經貿路 low point + drainage
    d0 = s.wl("SN-WL-003", 3, 1.2, 30, "D")
    d1 = s.flood("SN-FL-008", "1-15", 11, 52, "D")
    s.flood("SN-FL-008", "16-30", 22, 78, "D")
    s.c1999("flooding", P("SN-FL-008", 40, 90), 84, "D", "經貿路這段水溝的水都滿出來了，馬路一半都是水", delay=7)
    s.c1999("blocked_drain", P("SN-FL-008", -20, -60), 90, "D", "經貿路上的水溝蓋被落葉塞住，水一直往路面冒", delay=10)
    s.police("flooding_report", "Moderate", P("SN-FL-008", 0, 30), 101, "D", "經貿路低窪路段積水約20公分，外側車道暫停通行", delay=6)
    # C fallen tree on 中科路
    c1 = s.c1999("fallen_tree", P("SN-VD-ZHONGKE-01", 10, 120), 64, "C", "中科路靠公園這邊一棵大樹倒下來，擋住兩個車道", delay=5)
    s.police("fallen_object", "Moderate", P("SN-VD-ZHONGKE-01", 5, 110), 72, "C", "中科路路樹倒塌占用內側二車道，已擺設警示，請建設局派員移除", delay=8)
    s.cong("SN-VD-ZHONGKE-01", 12, 75, "C")
    s.c1999("fallen_tree", P("SN-VD-ZHONGKE-01", -15, 140), 80, "C", "中科路有樹倒了，剛剛有人打過了嗎？車子都要閃到對向", delay=9)
    # background
    s.c1999("streetlight", P("SN-FA-006", 100, -50), 35, None, "影音中心旁邊人行道一盞路燈不亮，編號XT-31188", delay=20)
    s.status("SN-RG-003", "offline", 80, None, reason="battery_low", text="北屯雨量站 電池電壓偏低 離線")
    s.incident("A", "flood_risk", "中央公園北滯洪池水位達二級警戒、池內淹水深度超過30公分，需巡查並管制步道", a1)
    s.incident("B", "flood_risk", "中央公園南滯洪池水位達三級警戒並持續上升", b1)
    s.incident("C", "traffic", "中科路路樹倒塌占用二車道", c1)
    s.incident("D", "flood", "經貿路低窪處與區域排水水位上升，路面積水、水溝回堵", d1)
    s.alternative("南北兩池同屬中央公園滯洪系統，由同一巡查組處理，可視為一件", alt_list(s, drop=["B"]))
    s.notes = "滯洪池蓄水本身是設計功能；列為 flood_risk 是因為水位達警戒、需要管制步道與巡查。"
    s.write()


def s1993():
    s = Sit(1993, "power_cut_blind", "2016-09-27 04:00",
            "強風造成經貿路二段一帶停電：兩個路口號誌全暗、路口攝影機與車輛偵測器斷電離線、智慧營運塔改用備援；經貿路低窪處淹水感測器也因斷電看不到，只能靠民眾通報；黎明路有路樹倒塌。")
    s.rain("SN-RG-002", "豪雨", "3小時 115 mm", 2, None)
    # A power cut
    a1 = s.status("SN-VD-JINGMAO-01", "offline", 12, "A", reason="mains_power_lost", text="經貿路車輛偵測器1 市電中斷 離線")
    s.status("SN-CCTV-005", "offline", 12, "A", reason="mains_power_lost", text="經貿路二段/黎明路三段 路口監視器 市電中斷")
    s.status("SN-CCTV-006", "offline", 13, "A", reason="mains_power_lost", text="經貿路二段/經貿七路 路口監視器 市電中斷")
    s.panel("SN-FA-005", "fault", 13, "A", "主電源停電 改由預備電源供電")
    s.c1999("power_outage", P("SN-CCTV-006", 150, -40), 18, "A", "經貿七路這整排都停電了，冷氣電燈都沒有", delay=6)
    s.c1999("streetlight", P("SN-CCTV-005", 80, -120), 22, "A", "經貿路二段整條路燈全暗，一片漆黑很危險", delay=8)
    s.c1999("power_outage", P("SN-FA-004", 120, 90), 35, "A", "我們這邊什麼時候會來電？已經停快半小時了", delay=4)
    # B dark signals
    b1 = s.signal("SN-SIG-005", "fault", 12, "B")
    s.signal("SN-SIG-006", "fault", 13, "B")
    s.c1999("traffic_signal", P("SN-SIG-005", 20, 10), 20, "B", "經貿路黎明路口紅綠燈不亮，車子都亂衝", delay=5)
    s.police("traffic_signal_fault", "Moderate", P("SN-SIG-006", 0, 10), 27, "B", "經貿路二段經貿七路口號誌停電全暗，派員指揮交通", delay=6)
    s.cong("SN-VD-LIMING-01", 17, 30, "B")
    s.signal("SN-SIG-005", "restored", 98, "B")
    s.signal("SN-SIG-006", "restored", 99, "B")
    s.status("SN-CCTV-005", "online", 99, "A")
    s.status("SN-CCTV-006", "online", 100, "A")
    s.status("SN-VD-JINGMAO-01", "online", 100, "A")
    # D flood reported only by citizens (sensor offline - its own uplink lost power)
    s.status("SN-FL-008", "offline", 14, "A", reason="mains_power_lost", alt="D", text="經貿路低窪處淹水感測器 市電中斷 離線")
    d1 = s.c1999("flooding", P("SN-FL-008", 30, 40), 41, "D", "經貿路靠生態住宅這邊淹水，大概到小腿，水還在漲", delay=7)
    s.police("flooding_report", "Severe", P("SN-FL-008", 0, -30), 55, "D", "經貿路低窪路段積水約30公分，機車無法通行，請水利局派抽水機", delay=9)
    s.c1999("flooding", P("SN-FL-008", -40, 10), 77, "D", "剛剛打過了，經貿路淹水到現在還是沒退", delay=5)
    # E fallen tree 黎明路
    e1 = s.cctv("SN-CCTV-007", "fallen_object", 0.71, 47, "E", "路口西側車道有大型障礙物")
    s.c1999("fallen_tree", P("SN-CCTV-007", -70, -25), 49, "E", "黎明路三段凱旋路口附近路樹倒在馬路上", delay=6)
    s.police("fallen_object", "Moderate", P("SN-CCTV-007", -60, -20), 58, "E", "黎明路三段路樹倒伏占用外側車道，已通報養工處", delay=7)
    # background
    s.c1999("noise", P("SN-FA-010", -60, 40), 50, None, "樓上陽台的東西被吹得一直撞，很吵", delay=3)
    s.parking("SN-PK-003", "full", 60, None, "剩餘車位 0")
    s.incident("A", "infrastructure", "經貿路二段一帶停電，路口設備斷電離線、營運塔改備援電源", a1)
    s.incident("B", "traffic", "經貿路二段兩個路口號誌因停電全暗，需派員指揮交通", b1)
    s.incident("D", "flood", "經貿路低窪處積水（感測器斷電，靠民眾與員警通報）", d1)
    s.incident("E", "traffic", "黎明路三段路樹倒塌占用車道", e1)
    s.alternative("淹水感測器離線雖是停電造成，也可視為經貿路淹水現場的設備失明，歸淹水案件D", alt_list(s))
    s.write()


def s1994():
    s = Sit(1994, "callbacks_old_jobs", "2016-09-27 07:00",
            "早上河南路低窪處淹水，民眾兩、三小時後又打來說還沒退；河南中平路口號誌修好又壞；附近一樓住戶有行動不便長者需協助撤離。")
    s.rain("C0F9T0", "豪雨", "24小時 226 mm", 5, None)
    a1 = s.flood("SN-FL-007", "16-30", 19, 10, "A")
    first = s.c1999("flooding", P("SN-FL-007", 60, 30), 20, "A", "河南路二段低窪那邊淹水了，水到機車排氣管", delay=6)
    s.flood("SN-FL-007", ">30", 34, 42, "A")
    s.parking("SN-PK-003", "closed", 45, "A", "入口積水 暫停進場")
    s.police("flooding_report", "Severe", P("SN-FL-007", -20, 20), 48, "A", "河南路低窪路段積水逾30公分，封閉外側車道，請派抽水機", delay=8)
    s.c1999("blocked_drain", P("SN-FL-007", 150, 120), 55, "A", "河南路這邊排水孔都被垃圾跟樹葉塞住，水排不掉", delay=12, alt=None)
    s.c1999("flooding", P("SN-FL-007", 60, 30), 160, "A", "早上七點多就打過了，河南路淹水到現在還沒退，也沒看到抽水機", delay=4, follows=first)
    s.c1999("flooding", P("SN-FL-007", -90, -50), 212, "A", "河南路還是淹著，我們店門口都是水，到底有沒有人要處理", delay=5)
    s.flood("SN-FL-007", ">30", 31, 205, "A")
    # C signal fault on and off
    c1 = s.signal("SN-SIG-010", "fault", 30, "C", text="河南路/中平路 號誌 控制器異常 閃黃")
    s.signal("SN-SIG-010", "restored", 72, "C")
    s.signal("SN-SIG-010", "fault", 118, "C", text="河南路/中平路 號誌 控制器異常 燈號全暗")
    s.c1999("traffic_signal", P("SN-SIG-010", 15, 0), 125, "C", "河南路中平路口紅綠燈又壞了，早上不是才修好", delay=6)
    s.cctv("SN-CCTV-010", "signal_dark", 0.88, 121, "C", "號誌燈頭無亮燈")
    s.cong("SN-VD-HENAN-02", 13, 130, "C")
    # D rescue of elder
    d1 = s.f119("rescue", P("SN-FL-007", 110, 60), 96, "D", "河南路二段某巷 一樓住家進水 80歲長者行動不便 請求協助撤離", delay=2, alt="A")
    s.f119("rescue", P("SN-FL-007", 110, 60), 96, "D", "長者已以橡皮艇撤離至親友家", delay=55, status="on_scene", alt="A", follows=d1)
    s.c1999("other", P("SN-FL-007", 115, 55), 90, "D", "我阿嬤一個人住河南路一樓，水已經進到家裡，她走不動", delay=4, alt="A")
    # background
    s.c1999("illegal_parking", P("SN-PK-003", -200, 150), 80, None, "有車停在消防栓前面擋住騎樓", delay=15)
    s.c1999("streetlight", P("SN-CCTV-011", 50, 50), 140, None, "經貿路中平路口那支路燈白天還亮著，編號XT-40921", delay=8)
    s.rain("SN-RG-001", "大雨", "1小時 41 mm", 180, None)
    s.incident("A", "flood", "河南路二段低窪處淹水逾30公分，民眾多次催辦抽水", a1)
    s.incident("C", "traffic", "河南路中平路口號誌故障，修復後再度全暗", c1)
    s.incident("D", "rescue", "河南路二段一樓住家進水，行動不便長者需協助撤離", d1)
    s.alternative("長者撤離發生在淹水範圍內，可視為同一淹水案件的救援工作；堵塞的排水孔屬日常養護、不另派案（背景）",
                  alt_list(s, drop=["D"]))
    s.write()


def s1995():
    s = Sit(1995, "rivers_rising", "2016-09-27 10:00",
            "上午筏子溪西屯水位連升至一級警戒，沿岸撤離並封閉河堤道路；河濱有釣客受困；臺灣大道環中路口地下道積水；旱溪短暫達三級後回降。")
    s.rain("C0F9T0", "豪雨", "3小時 121 mm", 5, None)
    a1 = s.wl("SN-WL-004", 3, 2.1, 10, "A")
    s.wl("SN-WL-004", 2, 2.8, 48, "A")
    s.wl("SN-WL-004", 1, 3.4, 95, "A")
    s.police("road_closure", "Severe", P("SN-WL-004", 150, 200), 103, "A", "筏子溪河堤道路水位達一級警戒，封閉河堤便道", delay=8)
    s.police("evacuation", "Severe", P("SN-WL-004", 300, 150), 112, "A", "筏子溪沿岸低窪住戶勸導撤離至里活動中心，已撤離12戶", delay=15)
    s.c1999("other", P("SN-WL-004", 260, 220), 120, "A", "筏子溪水好高，快淹到堤防上面了，我們住這邊要不要走？", delay=5)
    # D rescue on riverbank
    d1 = s.f119("rescue", P("SN-WL-004", -250, -380), 70, "D", "筏子溪河床沙洲 釣客1人受困 請求水域救援", delay=2)
    s.police("other", "Severe", P("SN-WL-004", -240, -360), 74, "D", "筏子溪河床有民眾受困沙洲，已通報消防，封鎖周邊堤岸", delay=6)
    s.f119("rescue", P("SN-WL-004", -250, -380), 70, "D", "受困釣客已以拋繩救起 送醫觀察", delay=62, status="on_scene", follows=d1)
    s.f119("rescue", P("SN-WL-004", -250, -380), 70, "D", "筏子溪受困案 返隊", delay=90, status="returning", follows=d1)
    # C underpass 臺灣大道環中
    c1 = s.flood("SN-FL-010", "16-30", 22, 40, "C")
    s.flood("SN-FL-010", ">30", 41, 66, "C")
    s.cctv("SN-CCTV-009", "stalled_vehicle", 0.81, 70, "C", "地下道入口車輛停滯")
    s.cong("SN-VD-HUANZHONG-04", 11, 72, "C")
    s.police("road_closure", "Severe", P("SN-FL-010", 40, 30), 78, "C", "臺灣大道環中路口地下道積水封閉，車輛改道平面", delay=5)
    # B 旱溪
    b1 = s.wl("SN-WL-005", 3, 1.9, 60, "B", alt=None)
    s.wl("SN-WL-005", 3, 1.7, 150, "B", falling=True, alt=None)
    # background
    s.rain("SN-RG-003", "大雨", "1小時 40 mm", 20, None)
    s.c1999("fallen_tree", P("SN-FL-003", -120, 30), 130, None, "中央公園裡面草地有一棵小樹倒了，沒有擋到路", delay=20)
    s.parking("SN-PK-006", "full", 140, None, "剩餘車位 0（防颱停車）")
    s.incident("A", "flood_risk", "筏子溪西屯水位達一級警戒，封閉河堤並撤離沿岸住戶", a1)
    s.incident("B", "flood_risk", "旱溪北屯水位短暫達三級警戒後回降（監看）", b1)
    s.incident("C", "flood", "臺灣大道環中路口地下道積水封閉", c1)
    s.incident("D", "rescue", "筏子溪河床沙洲釣客受困，水域救援", d1)
    s.alternative("旱溪只到三級警戒就回降，沒有派工需要，可視為背景", alt_list(s, drop=["B"]))
    s.write()


def s1996():
    s = Sit(1996, "drain_and_return", "2016-09-27 13:00",
            "下午黎明凱旋路口低窪處淹水、封路，約兩小時後退水解封；傍晚另一波雨帶再度淹起來。凱旋路另有路樹倒塌。")
    a1 = s.flood("SN-FL-009", "16-30", 23, 10, "A")
    s.c1999("flooding", P("SN-FL-009", 40, 50), 14, "A", "黎明路凱旋路口又淹水了，水蠻深的", delay=6)
    s.police("road_closure", "Moderate", P("SN-FL-009", 0, 40), 25, "A", "黎明路凱旋路口積水，封閉往西車道", delay=7)
    s.cong("SN-VD-KAIXUAN-01", 16, 30, "A")
    s.flood("SN-FL-009", "16-30", 27, 40, "A")
    s.flood("SN-FL-009", "1-15", 8, 115, "A")
    s.c1999("other", P("SN-FL-009", 40, 50), 128, "A", "黎明路那邊水退了，路可以走了", delay=5)
    s.police("road_reopened", "Minor", P("SN-FL-009", 0, 40), 140, "A", "黎明路凱旋路口積水已退，解除封閉恢復通行", delay=4)
    # second band
    s.rain("SN-RG-002", "豪雨", "3小時 104 mm", 255, None)
    b1 = s.flood("SN-FL-009", "16-30", 18, 270, "B", alt="A")
    s.flood("SN-FL-009", ">30", 34, 292, "B", alt="A")
    s.c1999("flooding", P("SN-FL-009", -50, 20), 285, "B", "下午退掉的水又淹起來了，黎明路凱旋路口比剛剛更深", delay=5, alt="A")
    s.police("road_closure", "Severe", P("SN-FL-009", 0, 40), 300, "B", "黎明路凱旋路口再度積水逾30公分，雙向封閉", delay=6, alt="A")
    s.cctv("SN-CCTV-007", "stalled_vehicle", 0.69, 305, "B", "路口東側機車停滯", alt="A")
    s.cong("SN-VD-KAIXUAN-01", 9, 310, "B", alt="A")
    # C fallen tree 凱旋路 ~600 m SE
    c1 = s.c1999("fallen_tree", (120.6511, 24.1879), 60, "C", "凱旋路靠中央公園這段有樹倒在機車道上", delay=7)
    s.police("fallen_object", "Moderate", (120.6509, 24.1882), 72, "C", "凱旋路路樹倒伏占用機車道，已通報移除", delay=6)
    s.cong("SN-VD-KAIXUAN-02", 19, 75, "C")
    s.c1999("fallen_tree", (120.6511, 24.1879), 200, "C", "凱旋路那棵倒下來的樹到現在還沒人來鋸", delay=4)
    # background
    s.rain("C0F9T0", "大雨", "1小時 44 mm", 5, None)
    s.parking("SN-PK-002", "full", 90, None, "剩餘車位 0")
    s.c1999("streetlight", P("SN-CCTV-003", 40, -60), 150, None, "中科路一盞路燈燈罩被吹歪了，編號XT-22310", delay=18)
    s.c1999("noise", P("SN-FA-009", 80, 0), 200, None, "逢甲水湳校區旁邊的鐵皮圍籬被風吹得很大聲", delay=6)
    s.incident("A", "flood", "黎明凱旋路口低窪處第一次淹水、封路，後退水解封", a1)
    s.incident("B", "flood", "同一路口傍晚再度淹水逾30公分、雙向封閉（前案已解封結案後的新案）", b1)
    s.incident("C", "traffic", "凱旋路路樹倒塌占用機車道，長時間未清除", c1)
    s.alternative("同一地點同一颱風，可視為同一件淹水案件的延續（退水後復淹）", alt_list(s, drop=["B"]))
    s.write()


if __name__ == "__main__":
    for f in (s1991, s1992, s1993, s1994, s1995, s1996):
        f()
