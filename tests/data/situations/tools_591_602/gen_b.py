"""Situations 597-602 (seeded; reproduces the data files byte for byte)."""
from lib import (Sit, P, offset, bg_streetlight, bg_noise, bg_parking, bg_flap,
                 bg_congestion)


def s597():
    s = Sit(597, "night_market_closing", "2016-04-16",
            "週六河南路停車場週末夜市（許可 17:00-23:30）散場：23:00 後人車爭道、中平路與河南路違停、車流回堵，警方疏導至 00:20；"
            "23:35 中平路/河南路口機車與自小客擦撞，騎士輕傷拒送。中清路夜間道路施工如期進行無事。")
    T = s.T
    A, B = "597-A", "597-B"
    lot = P["河南路停車場"]
    hit = offset(*P["河南中平"], 35, 60)
    permit = s.add("planned_event", "event", T(17, 0), "水湳週末夜市 河南路停車場 預估人潮6000人",
                   at=lot, r=None, ends=T(23, 30), delay=-86400 * 5, truth=A)
    s.add("planned_event", "road_works", T(23, 0), "中清路二段 自來水管線汰換 夜間施工 佔用外側車道",
          at="中清路", r=None, ends=T(29, 0), delay=-86400 * 6)
    s.add("parking", "full", T(21, 38), "河南路停車場 車位已滿", sensor="SN-PK-003", truth=A)
    s.add("1999", "illegal_parking", T(21, 45), "夜市旁邊中平路兩邊都停滿車，紅線也停", at="河南中平",
          r=(60, 250), truth=A)
    bg_parking(s, T(21, 52), "黎明路東段")
    bg_streetlight(s, T(22, 5), "逢甲水湳")
    s.add("1999", "illegal_parking", T(22, 15), "河南路停車場出口被機車擋住，車子開不出去", at=lot,
          r=(20, 80), truth=A)
    bg_noise(s, T(22, 40), "黎明凱旋", "KTV門口一群人很吵")
    s.add("cctv", "crowding", T(23, 5), "路口人群聚集", sensor="SN-CCTV-010", conf=0.78, truth=A)
    bg_congestion(s, "SN-VD-ZHONGPING-01", T(23, 8), 13, 41, sev="Moderate", truth=A)
    sek_a = s.add("1999", "crowding", T(23, 12), "夜市收攤人很多都走到馬路上，車子根本過不去", at=lot,
                  r=(80, 250), truth=A)
    pa = s.add("incident", "crowd_control", T(23, 18), "河南路停車場夜市散場 人車爭道 派員疏導交通",
               at=lot, r=(20, 80), sev="Moderate", truth=A)
    s.add("1999", "illegal_parking", T(23, 25), "中平路上一排車並排停，公車都卡住", at="河南中平",
          r=(100, 300), truth=A)
    # collision
    sek_b = s.add("1999", "traffic_accident", T(23, 35), "中平路機車跟汽車擦撞，有人倒在地上", at=hit,
                  r=(20, 100), truth=B)
    b119 = s.add("119", "ambulance", T(23, 37), "中平路/河南路口 機車與自小客擦撞 一人受傷", at=hit,
                 r=(0, 10), truth=B)
    s.add("cctv", "accident", T(23, 36), "疑似事故", sensor="SN-CCTV-010", conf=0.58, truth=B, delay=240)
    s.add("1999", "noise", T(23, 40), "夜市收攤一直在搬東西、拉鐵架，很吵", at=lot, r=(100, 250), truth=A)
    bg_congestion(s, "SN-VD-HENAN-02", T(23, 42), 11, 46, sev="Moderate", truth=A, alt=B)
    pb = s.add("incident", "injury_accident", T(23, 44), "中平路/河南路口 機車與自小客擦撞 騎士手腳擦傷",
               at=hit, r=(5, 25), sev="Moderate", truth=B)
    s.add("119", "ambulance", T(23, 55), "傷者拒絕送醫，返隊", at=hit, r=(0, 15), follows=b119, truth=B,
          delay=30)
    s.add("incident", "crowd_control", T(23, 50), "違規停車告發12件，拖吊3輛", at="河南中平", r=(20, 120),
          sev="Moderate", follows=pa, truth=A, delay=900)
    s.add("incident", "injury_accident", T(24, 5), "雙方已拍照移置路邊，車流恢復", at=hit, r=(5, 25),
          sev="Minor", follows=pb, truth=B)
    s.add("1999", "illegal_parking", T(24, 2), "夜市結束了還有一堆攤車停在路邊", at=lot, r=(30, 150),
          truth=A)
    s.add("incident", "crowd_control", T(24, 20), "人潮散去，河南路、中平路交通恢復，警力收隊", at=lot,
          r=(20, 80), sev="Minor", follows=pa, truth=A)
    # background
    bg_flap(s, "SN-VD-KAIXUAN-02", T(24, 40), 130)
    bg_streetlight(s, T(25, 10), "中清路")
    bg_noise(s, T(25, 50), "中清路", "自來水公司在挖馬路，機器聲音很大")
    bg_flap(s, "SN-CCTV-003", T(26, 30), 50)
    bg_parking(s, T(27, 40), "生態住宅A")
    bg_streetlight(s, T(28, 20), "黎明凱旋")
    s.incident(A, "crowd", "河南路停車場週末夜市 23:00 散場人潮湧上中平路、河南路，違停與回堵，警方疏導、告發違停，00:20 收隊。", sek_a)
    s.incident(B, "traffic", "23:35 中平路/河南路口機車與自小客擦撞，騎士擦傷拒絕送醫，00:05 移置路邊。", sek_b)
    s.alternative("23:42 河南路車輛偵測器回堵發生在擦撞後 7 分鐘、在路口上游：也可讀成擦撞占用車道造成（歸擦撞案），而非散場車流。",
                  [{"label": A, "type": "crowd", "description": "夜市散場人潮與違停。", "sufficient_evidence_key": sek_a},
                   {"label": B, "type": "traffic", "description": "中平路/河南路口擦撞，含上游回堵。",
                    "sufficient_evidence_key": sek_b}])
    s.notes = ("夜市許可證與其 21:38 停車場滿位是散場人潮案的前情，歸入本案（同一場夜市）；許可本身到散場前都平靜。"
               "中清路夜間施工許可如期進行，01:50 的施工噪音陳情屬背景。")
    return s


def s598():
    s = Sit(598, "fog_morning_crashes", "2016-02-18",
            "清晨濃霧：05:48 環中路二段台74下匝道口往西三車追撞 2 傷；06:35 河南路/中平路口機車遭撞；"
            "07:05 經貿路/中平路口兩車擦撞無人傷自行和解。台74路口監視器 03:40 重開機後時鐘未校正（以本地時間標成 UTC，快 8 小時）。"
            "其餘為清晨上班車流與一般陳情。")
    T = s.T
    A, B, C = "598-A", "598-B", "598-C"
    pile = offset(*P["環中台74"], 120, 215)
    hn = offset(*P["河南中平"], 40, 200)
    jm = offset(*P["經貿中平"], 20, 30)
    s.add("status", "offline", T(27, 40), "台74線/環中路二段 路口監視器 重新開機", sensor="SN-CCTV-001")
    s.add("status", "online", T(27, 43), "台74線/環中路二段 路口監視器 恢復連線", sensor="SN-CCTV-001")
    bg_flap(s, "SN-VD-KAIXUAN-02", T(28, 10), 200)
    bg_streetlight(s, T(28, 30), "中科路中段")
    s.add("1999", "other", T(29, 20), "霧好大，環中路上都看不到前面，路燈可不可以開亮一點", at="環中凱旋",
          r=(100, 300))
    # A: pile-up, camera clock 8 h fast (local time stamped as UTC)
    s.add("cctv", "stalled_vehicle", T(29, 48) + (T(8) - T(0)), "車輛停滯", sensor="SN-CCTV-001",
          conf=0.61, delay=-8 * 3600 + 15, truth=A)
    sek_a = s.add("1999", "traffic_accident", T(29, 49), "環中路台74下來那邊霧很大，三台車追撞在一起",
                  at=pile, r=(30, 150), truth=A)
    a119 = s.add("119", "ambulance", T(29, 50), "環中路二段台74線口 三車追撞 2人受傷", at=pile, r=(0, 15),
                 truth=A)
    s.add("1999", "traffic_accident", T(29, 52), "環中路往西好幾台車撞在一起，後面的車差點也撞上", at=pile,
          r=(50, 250), truth=A)
    s.add("cctv", "accident", T(29, 52) + (T(8) - T(0)), "疑似事故", sensor="SN-CCTV-001", conf=0.57,
          delay=-8 * 3600 + 12, truth=A)
    pa = s.add("incident", "injury_accident", T(29, 55), "環中路二段往西台74線口 濃霧視線不佳 三車追撞 2人輕傷",
               at=pile, r=(5, 30), sev="Moderate", truth=A)
    bg_congestion(s, "SN-VD-HUANZHONG-01", T(29, 57), 12, 44, sev="Moderate", truth=A)
    s.add("119", "ambulance", T(29, 58), "到達現場", at=pile, r=(0, 15), follows=a119, truth=A, delay=20)
    s.add("incident", "road_closure", T(30, 5), "環中路二段往西內側兩車道封閉，處理事故", at=pile, r=(5, 30),
          sev="Moderate", follows=pa, truth=A)
    s.add("119", "ambulance", T(30, 25), "2名傷者送醫", at=pile, r=(0, 15), follows=a119, truth=A,
          delay=30)
    # B
    sek_b = s.add("1999", "traffic_accident", T(30, 37), "河南路中平路口有機車被撞，人倒在地上", at=hn,
                  r=(20, 120), truth=B)
    s.add("cctv", "accident", T(30, 35, 30), "疑似事故", sensor="SN-CCTV-010", conf=0.54, truth=B, delay=190)
    b119 = s.add("119", "ambulance", T(30, 38), "河南路/中平路口 機車與自小客碰撞 騎士腿部受傷", at=hn,
                 r=(0, 15), truth=B)
    s.add("incident", "road_closure", T(30, 40), "事故排除，環中路往西車道恢復通行", at=pile, r=(5, 30),
          sev="Minor", follows=pa, truth=A)
    pb = s.add("incident", "injury_accident", T(30, 46), "河南路/中平路口 濃霧 自小客右轉未注意直行機車 騎士受傷",
               at=hn, r=(5, 30), sev="Moderate", truth=B)
    bg_congestion(s, "SN-VD-HENAN-01", T(30, 50), 19, 36, truth=B, alt=None)
    s.add("119", "ambulance", T(30, 58), "傷者送往中國醫藥大學附設醫院", at=hn, r=(0, 15), follows=b119,
          truth=B, delay=30)
    # C
    sek_c = s.add("1999", "traffic_accident", T(31, 5), "經貿路中平路口兩台車擦撞停在路中間在吵架", at=jm,
                  r=(30, 150), truth=C)
    s.add("cctv", "stalled_vehicle", T(31, 6), "車輛停滯", sensor="SN-CCTV-011", conf=0.72, truth=C)
    s.add("incident", "traffic_accident", T(31, 14), "經貿路/中平路口 兩車擦撞無人受傷 雙方已自行和解離去",
          at=jm, r=(5, 30), sev="Minor", truth=C)
    s.add("incident", "injury_accident", T(31, 20), "騎士骨折住院，肇事駕駛酒測0，製作筆錄", at=hn,
          r=(5, 40), sev="Moderate", follows=pb, truth=B, delay=1200)
    # shift-change congestion (background)
    bg_congestion(s, "SN-VD-HUANZHONG-03", T(31, 2), 24, 33)
    bg_congestion(s, "SN-VD-ZHONGQING-01", T(31, 10), 22, 36)
    bg_congestion(s, "SN-VD-JINGMAO-01", T(31, 25), 25, 31)
    bg_congestion(s, "SN-VD-ZHONGPING-02", T(31, 35), 23, 34)
    bg_streetlight(s, T(30, 15), "生態住宅B")
    bg_noise(s, T(29, 30), "中醫大水湳", "垃圾車音樂太早了吧")
    bg_parking(s, T(31, 40), "逢甲水湳")
    s.incident(A, "traffic", "05:48 濃霧，環中路二段往西台74線口三車追撞，2 人輕傷送醫，內側兩車道封閉至 06:40。", sek_a)
    s.incident(B, "traffic", "06:35 濃霧，河南路/中平路口自小客右轉撞直行機車，騎士骨折送醫。", sek_b)
    s.incident(C, "traffic", "07:05 經貿路/中平路口兩車擦撞無人受傷，雙方自行和解。", sek_c)
    s.alternative("06:50 河南路車輛偵測器車速下降正逢上班車流開始；可讀成擦撞的影響（本案），也可讀成例行晨間車流（背景）。",
                  [{"label": A, "type": "traffic", "description": "環中路台74線口三車追撞。", "sufficient_evidence_key": sek_a},
                   {"label": B, "type": "traffic", "description": "河南路/中平路口機車遭撞。", "sufficient_evidence_key": sek_b},
                   {"label": C, "type": "traffic", "description": "經貿路/中平路口兩車擦撞。", "sufficient_evidence_key": sek_c}])
    s.notes = ("台74路口監視器 03:40 重開機後時鐘以本地時間標記為 UTC，observed 比實際快 8 小時（抵達時間正確）；其事件仍屬追撞案。"
               "C 案警方到場時已和解，仍是一件需記錄的交通事故（監視器見車輛停在路口）。07:00 後各路段車速下降為上班車流。")
    return s


def s599():
    s = Sit(599, "lost_elderly_found", "2016-12-07",
            "寒夜協尋：北屯區 82 歲失智王姓老翁下午走失，20:40 警方受理協尋；23:10 轉運中心有人陳情老人一直問路，"
            "01:48 於綠美圖旁超商尋獲送醫檢查。23:38 中科路夜間施工的三角錐與鐵板倒在車道上，警方排除。其餘為一般陳情與設備離線。")
    T = s.T
    A, B = "599-A", "599-B"
    station = (120.6668, 24.1835)
    shop = offset(*P["綠美圖"], 90, 60)
    works = offset(*P["中科路中段"], 120, 0)
    pl = "北屯30551"
    bg_streetlight(s, T(20, 50), "黎明路東段", p=pl)
    sek_a = s.add("incident", "other", T(20, 40),
                  "失智老人走失協尋：王姓男子82歲，身高約165公分，灰色外套、拖鞋，今日17時許自北屯區住處走失",
                  at=station, r=(0, 20), sev="Moderate", truth=A)
    permit = s.add("planned_event", "road_works", T(22, 0), "中科路 人行道鋪面改善 夜間施工 22:00-05:00",
                   at="中科路中段", r=None, ends=T(29, 0), delay=-86400 * 4, truth=None, alt=B)
    bg_flap(s, "SN-RG-002", T(21, 15), 1800, "水湳轉運中心雨量站 通訊逾時", alert=True)
    s.add("1999", "other", T(21, 30), "我阿公下午走失了，有失智，已經報警，請問有沒有人通報看到老人", at=station,
          r=(300, 800), truth=A)
    bg_noise(s, T(22, 10), "中清路")
    bg_streetlight(s, T(22, 30), "黎明路東段", p=pl)
    s.add("1999", "other", T(23, 10), "轉運中心候車區有一個老先生一直問路，講話怪怪的，好像不知道要去哪裡",
          at="轉運中心", r=(10, 60), truth=A)
    s.add("incident", "other", T(23, 27), "轉運中心 查訪疑似協尋對象，到場未發現，擴大巡查", at="轉運中心",
          r=(10, 60), sev="Moderate", follows=sek_a, truth=A)
    # fallen works material
    s.add("cctv", "fallen_object", T(23, 38), "疑似掉落物", sensor="SN-CCTV-003", conf=0.72, truth=B)
    sek_b = s.add("1999", "other", T(23, 40), "中科路上施工的三角錐跟鐵板倒在車道中間，機車差點撞到", at=works,
                  r=(20, 100), truth=B)
    pb = s.add("incident", "fallen_object", T(23, 52), "中科路 施工圍籬三角錐及覆工鐵板移位佔用車道，通知廠商",
               at=works, r=(5, 25), sev="Moderate", truth=B)
    s.add("incident", "fallen_object", T(24, 25), "廠商到場重新固定，障礙排除", at=works, r=(5, 25),
          sev="Minor", follows=pb, truth=B)
    bg_parking(s, T(24, 5), "凱旋路南段")
    bg_flap(s, "SN-CCTV-005", T(24, 50), 70)
    bg_streetlight(s, T(25, 10), "黎明路東段", p=pl)
    s.add("1999", "other", T(25, 35), "綠美圖旁邊便利商店門口有一個老伯坐很久了，穿很少，看起來很冷", at=shop,
          r=(5, 40), truth=A)
    found = s.add("incident", "other", T(25, 48), "於綠美圖旁超商尋獲協尋之王姓老翁，意識清楚，手腳冰冷，通知家屬",
                  at=shop, r=(5, 20), sev="Moderate", follows=sek_a, truth=A)
    a119 = s.add("119", "ambulance", T(25, 55), "綠美圖旁超商 82歲男性 疑失溫 送醫檢查", at=shop, r=(0, 15),
                 truth=A)
    s.add("119", "ambulance", T(26, 25), "送往中國醫藥大學附設醫院", at=shop, r=(0, 15), follows=a119,
          truth=A, delay=30)
    s.add("incident", "other", T(26, 40), "家屬到院領回，撤銷協尋", at=shop, r=(0, 30), sev="Minor",
          follows=found, truth=A, delay=1800)
    bg_noise(s, T(27, 15), "生態住宅A", "樓上半夜在洗衣服脫水很吵")
    bg_flap(s, "SN-VD-ZHONGKE-01", T(28, 0), 240)
    bg_congestion(s, "SN-VD-HUANZHONG-02", T(31, 5), 26, 32)
    s.incident(A, "rescue", "北屯區 82 歲失智老翁走失協尋；23:10 轉運中心有人見到，01:48 於綠美圖旁超商尋獲，疑失溫送醫，家屬領回。", sek_a)
    s.incident(B, "traffic", "23:38 中科路夜間施工三角錐與覆工鐵板倒入車道，警方通知廠商 00:25 固定排除。", sek_b)
    s.alternative("中科路夜間施工許可本身平靜無事，但倒入車道的正是該工程的材料；協調員可把許可連到障礙案作為來源說明。",
                  [{"label": A, "type": "rescue", "description": "失智老翁走失協尋與尋獲。", "sufficient_evidence_key": sek_a},
                   {"label": B, "type": "traffic", "description": "中科路施工材料倒入車道，含該工程許可。",
                    "sufficient_evidence_key": sek_b}])
    s.notes = ("協尋由警方 20:40 受理即已開案（找人就是派遣工作）。同一盞路燈（北屯30551）三次陳情屬背景。"
               "轉運中心雨量站夜間離線 30 分鐘屬背景，雖與 23:10 的陳情同在轉運中心。")
    return s


def s600():
    s = Sit(600, "busy_night_liming", "2016-09-10",
            "週六凌晨短時間三件：01:02 黎明路三段 KTV 前多人鬥毆；01:14 約 650 公尺外凱旋路機車自撞路邊停車，騎士酒駕受傷；"
            "01:35 逢甲水湳校區旁空地雜物火警。其餘為 KTV 噪音（事前）、路燈、違停與設備斷線。")
    T = s.T
    A, B, C = "600-A", "600-B", "600-C"
    ktv = offset(*P["黎明凱旋"], 70, 80)
    kx = offset(*P["凱旋路南段"], 60, 20)
    lot = offset(*P["逢甲水湳"], 140, 250)
    bg_noise(s, T(23, 30), ktv, "KTV門口一群人喝酒大聲喧嘩")
    bg_streetlight(s, T(23, 45), "中科路南段")
    bg_parking(s, T(24, 15), "黎明凱旋", "KTV門口機車停滿紅線")
    bg_flap(s, "SN-VD-KAIXUAN-01", T(24, 30), 150)
    sek_a = s.add("1999", "other", T(25, 2), "黎明路KTV門口有人在打架，好幾個人", at=ktv, r=(20, 100),
                  truth=A)
    s.add("cctv", "crowding", T(25, 3), "路口人群聚集", sensor="SN-CCTV-007", conf=0.69, truth=A)
    pa = s.add("incident", "public_disturbance", T(25, 6), "黎明路三段KTV前 多人鬥毆 其中一人騎機車往凱旋路離去",
               at=ktv, r=(5, 30), sev="Moderate", truth=A)
    a119 = s.add("119", "ambulance", T(25, 8), "黎明路三段 男子臉部受傷 鬥毆", at=ktv, r=(0, 15), truth=A)
    s.add("1999", "noise", T(25, 9), "樓下一直有人在叫罵，好像在打架", at=ktv, r=(50, 180), truth=A)
    # B crash
    sek_b = s.add("1999", "traffic_accident", T(25, 14), "凱旋路有機車撞到路邊停的車，騎士倒在地上", at=kx,
                  r=(20, 100), truth=B, alt=A)
    b119 = s.add("119", "ambulance", T(25, 15), "凱旋路 機車自撞路邊停車 騎士受傷", at=kx, r=(0, 15),
                 truth=B, alt=A)
    pb = s.add("incident", "injury_accident", T(25, 22),
               "凱旋路 機車自撞路邊停放自小客 騎士酒測0.45 臉部有傷 疑為黎明路鬥毆案離去之人 身分確認中",
               at=kx, r=(5, 30), sev="Moderate", truth=B, alt=A)
    s.add("119", "ambulance", T(25, 25), "鬥毆傷者送醫", at=ktv, r=(0, 15), follows=a119, truth=A, delay=30)
    s.add("119", "ambulance", T(25, 32), "騎士送醫", at=kx, r=(0, 15), follows=b119, truth=B, alt=A, delay=30)
    # C rubbish fire
    sek_c = s.add("1999", "fire_smoke", T(25, 35), "逢甲水湳校區旁邊空地有東西在燒，火很大", at=lot,
                  r=(20, 100), truth=C)
    c119 = s.add("119", "fire", T(25, 36), "逢甲大學水湳校區旁空地 雜物火警", at=lot, r=(0, 15), truth=C)
    s.add("1999", "other", T(25, 40), "外面一直有燒塑膠的臭味，窗戶都要關起來", at=lot, r=(250, 450), truth=C)
    s.add("incident", "public_disturbance", T(25, 40), "鬥毆當事人3人帶回派出所", at=ktv, r=(5, 40),
          sev="Moderate", follows=pa, truth=A, delay=900)
    s.add("119", "fire", T(25, 44), "到達現場，廢棄家具雜物燃燒，約10平方公尺", at=lot, r=(0, 15), follows=c119,
          truth=C, delay=20)
    s.add("incident", "fire_report", T(25, 47), "逢甲水湳校區旁空地雜物火警，協助管制，疑人為縱火調閱監視器",
          at=lot, r=(5, 40), sev="Moderate", truth=C)
    s.add("119", "fire", T(26, 5), "火勢撲滅，無延燒，返隊", at=lot, r=(0, 15), follows=c119, truth=C,
          delay=30)
    s.add("incident", "injury_accident", T(26, 10), "騎士身分確認，與黎明路鬥毆案無關，另案偵辦酒駕", at=kx,
          r=(5, 40), sev="Moderate", follows=pb, truth=B, alt=A, delay=1200)
    # background
    bg_streetlight(s, T(26, 30), "河南路")
    bg_flap(s, "SN-FA-006", T(26, 45), 60, "臺中流行影音中心 火警受信總機 通訊中斷")
    bg_noise(s, T(27, 20), "中清路", "機車一直催油門")
    bg_parking(s, T(28, 10), "生態住宅B")
    bg_congestion(s, "SN-VD-HUANZHONG-01", T(30, 58), 27, 30)
    bg_flap(s, "SN-RG-001", T(24, 50), 900, "中央公園雨量站 通訊逾時", alert=True)
    bg_streetlight(s, T(29, 0), "黎明路東段")
    bg_noise(s, T(29, 40), "中醫大水湳", "清晨有人在公園放音樂跳舞")
    s.incident(A, "public_safety", "01:02 黎明路三段 KTV 前多人鬥毆，一人臉傷送醫，3 人帶回派出所。", sek_a)
    s.incident(B, "traffic", "01:14 凱旋路機車自撞路邊停車，騎士酒駕受傷送醫。", sek_b)
    s.incident(C, "fire", "01:35 逢甲水湳校區旁空地廢棄家具雜物燃燒約 10 平方公尺，消防撲滅，疑人為縱火。", sek_c)
    s.alternative("01:22 警方初報說騎士『疑為黎明路鬥毆案離去之人』；在 02:10 確認無關之前，協調員可合理把凱旋路事故併入鬥毆案處理（同一批警力、同一當事人）。",
                  [{"label": A, "type": "public_safety",
                    "description": "黎明路 KTV 前鬥毆，含疑似離去當事人在凱旋路自撞受傷。", "sufficient_evidence_key": sek_a},
                   {"label": C, "type": "fire", "description": "逢甲水湳校區旁空地雜物火警。", "sufficient_evidence_key": sek_c}])
    s.notes = ("23:30 KTV 門口喧嘩與 00:15 紅線違停陳情早於鬥毆，屬背景。01:40 燒塑膠臭味陳情離火點約 300-450 公尺，歸火警案。"
               "02:10 警方確認騎士與鬥毆無關，所以主讀法是兩案分開。")
    return s


def s601():
    s = Sit(601, "quiet_night_signal_dark", "2016-03-02",
            "平靜的週三夜：唯一的案件是 03:10 環中路二段/經貿路二段路口號誌全黑（控制器電源模組故障），廠商 04:55 修復。"
            "其餘全是背景：同一盞路燈三次陳情、噪音、違停、號誌與設備短暫閃斷、河南路夜間施工、早上上班車流、傍晚坑洞陳情的結案回覆。")
    T = s.T
    A = "601-A"
    pl = "西屯11873"
    pot = s.add("1999", "road_damage", T(19, 40), "經貿路中段慢車道有一個坑洞，機車騎過去會跳", at="經貿路中段",
                r=(10, 80))
    s.add("planned_event", "road_works", T(24, 0), "河南路 路面刨鋪 夜間施工 00:00-05:00 封閉外側車道",
          at="河南路", r=None, ends=T(29, 0), delay=-86400 * 3)
    bg_streetlight(s, T(22, 10), "凱旋路南段", p=pl)
    bg_noise(s, T(22, 35), "生態住宅A", "狗一直叫叫了一個小時")
    s.add("signal", "fault", T(23, 20, 10), "號誌控制器異常", sensor="SN-SIG-004")
    s.add("signal", "restored", T(23, 20, 35), "號誌恢復正常", sensor="SN-SIG-004")
    bg_parking(s, T(23, 30), "中醫大水湳")
    bg_streetlight(s, T(23, 50), "凱旋路南段", p=pl)
    s.add("1999", "road_damage", T(23, 55), "坑洞已填補，結案", at="經貿路中段", r=(0, 0), follows=pot,
          delay=60)
    bg_flap(s, "SN-VD-HENAN-01", T(25, 0), 1500, "河南路車輛偵測器1 施工斷電 連線中斷", alert=True)
    bg_noise(s, T(25, 20), "環中路西段", "有一台改裝車一直在環中路上來回跑")
    s.add("signal", "fault", T(25, 40, 2), "號誌控制器異常", sensor="SN-SIG-009")
    s.add("signal", "restored", T(25, 40, 40), "號誌恢復正常", sensor="SN-SIG-009")
    bg_flap(s, "SN-CCTV-010", T(26, 0), 180)
    s.add("status", "offline", T(26, 20), "河南路低窪處 電池電壓低", sensor="SN-FL-007")
    s.add("rule", "sensor_offline", T(26, 30), "河南路低窪處 逾時未回傳資料", sensor="SN-FL-007", sev="Minor")
    bg_streetlight(s, T(26, 30), "凱旋路南段", p=pl)
    # the job
    s.add("signal", "fault", T(27, 10, 5), "號誌燈號異常，控制器電源模組故障", sensor="SN-SIG-004", truth=A)
    sek = s.add("cctv", "signal_dark", T(27, 10, 40), "號誌黑燈", sensor="SN-CCTV-004", conf=0.81, truth=A)
    t1 = s.add("1999", "traffic_signal", T(27, 14), "環中路經貿路口紅綠燈全部不亮，很危險", at="環中經貿",
               r=(30, 150), truth=A)
    s.add("incident", "traffic_signal_fault", T(27, 22), "環中路二段/經貿路二段口號誌全黑，已通報交通局，巡邏車暫駐路口",
          at="環中經貿", r=(5, 30), sev="Moderate", truth=A)
    s.add("1999", "traffic_signal", T(27, 40), "環中路跟經貿路口紅綠燈壞了", at="環中經貿", r=(50, 250),
          truth=A)
    s.add("1999", "traffic_signal", T(28, 12), "號誌廠商已到場檢修", at="環中經貿", r=(0, 0), follows=t1,
          truth=A, delay=90)
    s.add("signal", "restored", T(28, 55), "號誌恢復正常", sensor="SN-SIG-004", truth=A)
    s.add("1999", "traffic_signal", T(29, 5), "更換電源模組，號誌恢復，結案", at="環中經貿", r=(0, 0),
          follows=t1, truth=A, delay=120)
    # background to the morning
    s.add("fire_alarm", "fault", T(28, 30), "預備電源電壓不足", sensor="SN-FA-010")
    s.add("fire_alarm", "normal", T(29, 10), "故障復歸", sensor="SN-FA-010")
    s.add("status", "online", T(29, 45), "河南路低窪處 恢復連線", sensor="SN-FL-007")
    bg_flap(s, "SN-RG-003", T(29, 50), 60)
    bg_noise(s, T(30, 0), "中醫大水湳", "清晨有人在公園打拳放音樂")
    bg_congestion(s, "SN-VD-HUANZHONG-02", T(30, 52), 26, 32)
    bg_congestion(s, "SN-VD-JINGMAO-01", T(31, 5), 24, 34)
    bg_congestion(s, "SN-VD-ZHONGQING-01", T(31, 12), 21, 38)
    bg_congestion(s, "SN-VD-KAIXUAN-01", T(31, 30), 25, 30)
    bg_streetlight(s, T(30, 40), "河南路")
    bg_parking(s, T(31, 45), "會展中心", "早上就有貨車停在會展中心紅線卸貨")
    s.incident(A, "traffic", "03:10 環中路二段/經貿路二段路口號誌全黑（電源模組故障），警方暫駐，廠商到場換模組 04:55 恢復。", sek)
    s.notes = ("23:20 同一路口號誌 25 秒故障/恢復、01:40 臺灣大道/環中路 38 秒閃斷皆無人陳情，屬設備閃斷背景；03:10 那次沒有恢復且有監視器黑燈與民眾陳情，才是案件。"
               "河南路車輛偵測器離線是許可內的夜間施工斷電。06:50 後車流為上班尖峰。")
    return s


def s602():
    s = Sit(602, "carpark_car_fire_hit_run", "2016-06-18",
            "週六流行影音中心演唱會（19:30-22:30）如期散場無事；23:12 中央公園地下停車場(北) B1 自小客起火，消防撲滅、1 車全毀；"
            "23:30 約 700 公尺外中科路行人遭撞、肇事車逃逸，凌晨於環中路尋獲。其餘為散場車流、停車場滿位、一般陳情。")
    T = s.T
    A, B = "602-A", "602-B"
    cp = P["公園停車場北"]
    ramp = offset(*cp, 60, 250)
    hr = offset(*P["中科路南段"], 250, 5)
    s.add("planned_event", "concert", T(19, 30), "臺中流行影音中心 演唱會 預估入場8000人", at="影音中心",
          r=None, ends=T(22, 30), delay=-86400 * 7)
    s.add("parking", "full", T(21, 5), "中央公園地下停車場(北) 車位已滿", sensor="SN-PK-004")
    pk = bg_parking(s, T(22, 20), "影音中心", "演唱會的車停滿路邊紅線")
    bg_congestion(s, "SN-VD-ZHONGKE-01", T(22, 42), 15, 40, sev="Moderate")
    bg_congestion(s, "SN-VD-KAIXUAN-02", T(22, 48), 18, 37)
    bg_noise(s, T(22, 55), "影音中心", "散場機車一直催油門很吵")
    bg_streetlight(s, T(23, 0), "中科路南段")
    # A: car park fire
    sek_a = s.add("fire_alarm", "alarm", T(23, 12), "B1 C區 偵煙探測器動作", sensor="SN-FA-007", truth=A)
    s.add("1999", "fire_smoke", T(23, 14), "中央公園停車場入口一直冒黑煙", at=ramp, r=(20, 80), truth=A)
    f119 = s.add("119", "fire", T(23, 15), "中央公園地下停車場 B1 車輛起火", at=cp, r=(0, 15), truth=A)
    s.add("fire_alarm", "alarm", T(23, 16), "B1 D區 偵煙探測器動作", sensor="SN-FA-007", truth=A)
    s.add("1999", "fire_smoke", T(23, 18), "公園地下停車場裡面有車在燒，大家都跑出來了", at=ramp, r=(10, 60),
          truth=A)
    pa = s.add("incident", "fire_report", T(23, 20), "中央公園地下停車場(北) B1 自小客車起火，疏散民眾，管制出入口",
               at=ramp, r=(5, 30), sev="Severe", truth=A)
    s.add("119", "fire", T(23, 22), "到達現場，B1 一輛自小客火勢猛烈，佈線搶救", at=cp, r=(0, 15),
          follows=f119, truth=A, delay=20)
    # B: hit and run
    sek_b = s.add("1999", "traffic_accident", T(23, 30), "中科路有人被車撞倒，車子直接跑掉了", at=hr,
                  r=(20, 100), truth=B)
    b119 = s.add("119", "ambulance", T(23, 31), "中科路 行人遭撞 肇事車逃逸 一人受傷", at=hr, r=(0, 15),
                 truth=B)
    s.add("status", "offline", T(23, 35), "中央公園地下停車場(北) 連線中斷", sensor="SN-PK-004", truth=A,
          alt=None)
    s.add("1999", "traffic_accident", T(23, 33), "中科路那邊有行人被撞，救護車快來", at=hr, r=(80, 250),
          truth=B)
    pb = s.add("incident", "injury_accident", T(23, 40), "中科路 行人穿越遭自小客撞擊 肇事車往北逃逸 車號調查中",
               at=hr, r=(5, 25), sev="Severe", truth=B)
    s.add("119", "ambulance", T(23, 48), "傷者送中國醫藥大學附設醫院", at=hr, r=(0, 15), follows=b119,
          truth=B, delay=30)
    s.add("119", "fire", T(23, 50), "火勢撲滅，一輛自小客全毀，無人受傷，排煙中", at=cp, r=(0, 15),
          follows=f119, truth=A, delay=30)
    s.add("1999", "other", T(24, 5), "公園那邊很多消防車，停車場出不去，車還在裡面怎麼辦", at=ramp,
          r=(50, 200), truth=A)
    s.add("fire_alarm", "normal", T(24, 30), "系統復歸", sensor="SN-FA-007", truth=A)
    s.add("119", "fire", T(24, 40), "排煙完成，交由管理單位及警方調查起火原因，返隊", at=cp, r=(0, 15),
          follows=f119, truth=A, delay=40)
    s.add("incident", "fire_report", T(24, 45), "停車場恢復開放，起火車輛待鑑識", at=ramp, r=(5, 30),
          sev="Moderate", follows=pa, truth=A)
    s.add("status", "online", T(24, 50), "中央公園地下停車場(北) 恢復連線", sensor="SN-PK-004", truth=A,
          alt=None)
    s.add("incident", "injury_accident", T(26, 10), "肇逃車輛於環中路二段凱旋路口附近尋獲，駕駛到案",
          at="環中凱旋", r=(20, 80), sev="Severe", follows=pb, truth=B, delay=600)
    # background
    s.add("1999", "illegal_parking", T(25, 30), "已派員勸導，車輛已離開，結案", at="影音中心", r=(0, 0),
          follows=pk, delay=60)
    bg_flap(s, "SN-CCTV-006", T(25, 50), 75)
    bg_noise(s, T(26, 40), "生態住宅A", "有人在公園喝酒唱歌")
    bg_streetlight(s, T(27, 20), "河南路")
    s.incident(A, "fire", "23:12 中央公園地下停車場(北) B1 自小客起火，疏散、管制出入口，消防撲滅，一車全毀無人傷，00:45 恢復開放。", sek_a)
    s.incident(B, "traffic", "23:30 中科路行人遭自小客撞擊，肇事車逃逸，傷者送醫；02:10 於環中路尋獲肇逃車。", sek_b)
    s.alternative("23:35 停車場(北)車位偵測離線、00:50 恢復：可讀成消防進場斷電所致（本案），也可能只是一般通訊閃斷。",
                  [{"label": A, "type": "fire", "description": "中央公園地下停車場車輛火警。", "sufficient_evidence_key": sek_a},
                   {"label": B, "type": "traffic", "description": "中科路行人肇逃。", "sufficient_evidence_key": sek_b}])
    s.notes = ("演唱會許可、21:05 同一停車場滿位、22:40 後散場車流與違停皆是演唱會如期進行的背景，與後來的車輛火警無關。"
               "總機 23:12 偵煙動作即可開案（地下停車場、週六夜仍有車輛）；1999 的黑煙陳情隨即確認。")
    return s


if __name__ == "__main__":
    for f in (s597, s598, s599, s600, s601, s602):
        sit = f()
        n = sit.write()
        print(sit.fname(), n, "items", len(sit.incidents), "incidents")
