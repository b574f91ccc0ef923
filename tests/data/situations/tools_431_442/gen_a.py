"""Situations 431-436. Run: python3 gen_a.py"""
from lib import Situation, bg_1999, bg_panel_fault, bg_flap, bg_congestion, bg_many


def s431():
    s = Situation(431, "power_cut_liming", "2026-03-17",
                  "週二傍晚尖峰，黎明路三段(凱旋路至經貿路)一條地下饋線故障停電：兩處號誌全暗、監視器與停車場離線、"
                  "會展中心A棟與智慧營運塔火警總機改用蓄電池、整排路燈不亮；營運塔電梯2人受困；暗燈路口發生汽機車碰撞。"
                  "同時有尖峰常態壅塞、遠處設備斷線與例行1999案件。")
    # background before
    bg_congestion(s, "17:58:00", "SN-VD-HUANZHONG-01", 22, 38)
    bg_flap(s, "17:55:10", "18:03:40", "SN-CCTV-009")
    bg_1999(s, "18:01:00", "parking", "會展A")
    # the cut
    p1 = s.ev("18:12:05", "signal", "fault", "P", "控制器失電，燈號全暗", sensor="SN-SIG-007")
    p2 = s.ev("18:12:06", "signal", "fault", "P", "號誌控制器電源中斷 全暗", sensor="SN-SIG-005")
    s.ev("18:12:07", "status", "offline", "P", "status offline: mains_power_lost", sensor="SN-CCTV-007")
    s.ev("18:12:08", "status", "offline", "P", "status offline: mains_power_lost", sensor="SN-CCTV-005")
    s.ev("18:12:09", "fire_alarm", "fault", "P", "市電中斷，受信總機切換預備電源", sensor="SN-FA-005")
    s.ev("18:12:10", "fire_alarm", "fault", "P", "A棟 主電源停電 改由蓄電池供電", sensor="SN-FA-002")
    s.ev("18:12:12", "status", "offline", "P", "status offline: mains_power_lost", sensor="SN-PK-002")
    s.dup(p1, 41)
    s.ev("18:17:07", "rule", "sensor_offline", "P", "黎明路三段/凱旋路 路口監視器 離線超過5分鐘 (mains_power_lost)", sensor="SN-CCTV-007")
    s.ev("18:17:08", "rule", "sensor_offline", "P", "經貿路二段/黎明路三段 路口監視器 離線超過5分鐘 (mains_power_lost)", sensor="SN-CCTV-005")
    s.ev("18:17:12", "rule", "sensor_offline", "P", "經貿六停車場 離線超過5分鐘 (mains_power_lost)", sensor="SN-PK-002")
    c1 = s.ev("18:13:50", "1999", "streetlight", "P", "黎明路這邊整排路燈突然都不亮，紅綠燈也黑掉了，路口車子亂鑽很恐怖", at="黎明路三段東", jitter=120)
    s.ev("18:15:30", "incident", "traffic_signal_fault", "P", "黎明路三段與凱旋路口號誌全暗，疑區域停電，派員至路口指揮交通", at="黎明凱旋口", jitter=10, sev="Moderate")
    s.ev("18:16:20", "1999", "streetlight", "P", "經貿路跟黎明路口一片黑漆漆的，旁邊大樓也沒電，是不是停電了", at="經貿黎明口", jitter=60)
    s.dup(c1, 95)
    # lift entrapment in the tower
    l1 = s.ev("18:19:10", "119", "rescue", "L", "臺灣智慧營運塔 停電電梯停於7、8樓間 2人受困 派遣特搜分隊", at="營運塔", jitter=10, delay=55)
    s.ev("18:20:40", "1999", "other", "L", "我們公司大樓停電，同事被關在電梯裡面出不來，已經打119了，麻煩幫忙催一下", at="營運塔", jitter=20)
    s.ev("18:20:00", "rule", "congestion", "P", "平均車速 9 km/h，佔有率 61%", sensor="SN-VD-KAIXUAN-01", sev="Moderate")
    bg_1999(s, "18:22:00", "noise", "凱旋路中段")
    s.ev("18:24:30", "cctv", "stalled_vehicle", None, "經貿七路口 路邊車輛停滯", sensor="SN-CCTV-006", conf=0.58)
    # crash at the dark intersection
    x1 = s.ev("18:27:15", "incident", "injury_accident", "C", "黎明路三段凱旋路口(號誌全暗) 自小客車與機車碰撞，機車騎士手腳擦挫傷", at="黎明凱旋口", jitter=15, sev="Moderate", alt="P")
    s.ev("18:27:40", "1999", "traffic_accident", "C", "凱旋路黎明路口紅綠燈沒亮，剛剛一台車撞到騎機車的，人倒在地上", at="黎明凱旋口", jitter=40, alt="P")
    amb = s.ev("18:28:30", "119", "ambulance", "C", "黎明路三段凱旋路口 車禍 機車騎士1名受傷 意識清楚", at="黎明凱旋口", jitter=15, alt="P")
    bg_panel_fault(s, "18:30:00", "SN-FA-010", text="預備電源電壓不足")
    s.ev("18:34:00", "119", "rescue", "L", "到達現場，管理員協助開啟機房，準備手動移動車廂", at="營運塔", jitter=10, follows=l1)
    s.ev("18:35:20", "1999", "other", "P", "黎明路三段這邊停電是怎麼了？什麼時候會來電？店裡冰箱東西會壞掉", at="黎明路三段東", jitter=150)
    bg_congestion(s, "18:40:00", "SN-VD-ZHONGQING-01", 19, 44)
    s.ev("18:41:00", "119", "ambulance", "C", "傷者送往中國醫藥大學附設醫院", at="黎明凱旋口", jitter=15, follows=amb, alt="P")
    bg_1999(s, "18:45:00", "streetlight", "河南路停車場")
    s.ev("18:52:30", "119", "rescue", "L", "受困2人已救出，無人受傷，返隊", at="營運塔", jitter=10, follows=l1)
    s.ev("18:55:00", "incident", "injury_accident", "C", "黎明凱旋路口事故車輛已移至路邊，完成筆錄", at="黎明凱旋口", jitter=15, sev="Minor", follows=x1, alt="P")
    # restoration
    s.ev("19:07:02", "signal", "restored", "P", "恢復正常運轉", sensor="SN-SIG-005")
    s.ev("19:07:04", "signal", "restored", "P", "恢復正常運轉", sensor="SN-SIG-007")
    s.ev("19:07:05", "status", "online", "P", "status online", sensor="SN-CCTV-005")
    s.ev("19:07:06", "status", "online", "P", "status online", sensor="SN-CCTV-007")
    s.ev("19:07:09", "fire_alarm", "normal", "P", "主電源恢復", sensor="SN-FA-002")
    s.ev("19:07:10", "fire_alarm", "normal", "P", "市電恢復 復歸", sensor="SN-FA-005")
    s.ev("19:07:30", "status", "online", "P", "status online", sensor="SN-PK-002")
    s.ev("19:12:00", "incident", "traffic_signal_fault", "P", "黎明路號誌已恢復，撤除路口指揮警力", at="黎明凱旋口", jitter=10, sev="Minor")
    bg_1999(s, "19:15:00", "other", "逢甲水湳")
    s.ev("19:21:00", "1999", "other", None, "剛剛黎明路停電，現在家裡冰箱好像壞掉了，請問台電會賠嗎", at="黎明路三段東", jitter=200, alt="P")
    bg_1999(s, "19:25:00", "parking", "轉運中心")
    bg_congestion(s, "19:28:00", "SN-VD-HUANZHONG-04", 24, 35)
    bg_many(s, [("17:50:00", "streetlight", "中平路東段"), ("18:08:00", "other", "中央公園中段"), ("18:38:00", "parking", "經貿七路口"),
                ("18:50:00", "noise", "生態住宅A"), ("19:02:00", "other", "河南路停車場"), ("19:33:00", "streetlight", "中科路中段")])
    s.ev("18:14:30", "1999", "other", "P", "會展中心旁邊那排店全部停電了，我們在黎明路這邊，是不是電線出問題", at="黎明路三段東", jitter=100)
    s.ev("18:23:40", "cctv", "crowding", None, "中科路/環中路二段 人群聚集", sensor="SN-CCTV-003", conf=0.46)
    bg_flap(s, "18:44:00", "18:47:30", "SN-VD-ZHONGPING-01")
    s.ev("18:25:00", "rule", "congestion", "P", "平均車速 12 km/h，佔有率 55%", sensor="SN-VD-LIMING-01", sev="Moderate")
    s.incident("P", "infrastructure", "黎明路三段地下饋線故障停電：號誌全暗(黎明凱旋、經貿黎明)、監視器/停車場離線、兩棟建物總機失電、路燈全暗；台電搶修、交通局號誌、警察指揮交通", p2)
    s.incident("L", "rescue", "臺灣智慧營運塔電梯因停電受困2人，119救出", l1)
    s.incident("C", "traffic", "黎明凱旋暗燈路口汽機車碰撞，機車騎士輕傷送醫", x1)
    s.alternative("協調員可能把暗燈路口的車禍視為停電事件的一部分（同一路口、同一批警力指揮交通），只派一個工作。",
                  [s.incidents[0], s.incidents[1]])
    s.notes = "19:21 冰箱賠償詢問屬停電後續的民事問題，不會隨任何工作派遣（主讀法為背景）；替代讀法歸入停電事件。SN-FA-010(中國醫大)的預備電源電壓不足在2.4公里外，是蓄電池問題，不是停電。"
    return s


def s432():
    s = Situation(432, "water_main_jingmao", "2026-04-08",
                  "週三清晨，經貿路三段近敦化路一條老舊自來水幹管破裂：路面隆起冒水、低窪處淹水感測器與區域排水水位上升(無雨)、"
                  "生態住宅區停水、警方封路、經貿路壅塞。約1公里外經貿中平路口一起改道車流中的擦撞。背景：尖峰常態壅塞、例行1999、總機故障、公園淹水感測器電量不足離線。")
    bg_congestion(s, "06:45:00", "SN-VD-HUANZHONG-03", 27, 33)
    bg_1999(s, "06:47:00", "noise", "經貿路三段")
    w1 = s.ev("06:52:10", "1999", "other", "W", "經貿路三段路面一直冒水出來，有一段水噴好高，柏油都被掀起來了，快派人來", at="經貿路三段", jitter=40)
    s.ev("06:56:00", "rule", "flood_depth", "W", "淹水深度 9 cm", sensor="SN-FL-008", level="1-15")
    s.ev("06:58:20", "incident", "flooding_report", "W", "經貿路三段近敦化路 疑自來水管破裂 路面積水約15公分 柏油隆起 已通報自來水公司", at="經貿路三段", jitter=30, sev="Moderate")
    bg_panel_fault(s, "06:59:00", "SN-FA-008", restore_hms="07:31:00", text="第3迴路斷線")
    o1 = s.ev("07:02:30", "1999", "water_outage", "W", "家裡水龍頭突然沒水，管委會說整棟都停水，可是沒看到停水公告啊", at="生態住宅B", jitter=30, alt="O")
    s.ev("07:05:10", "1999", "water_outage", "W", "要洗澡水突然變超小然後就沒了，我們A區是不是停水", at="生態住宅A", jitter=30, alt="O")
    f2 = s.ev("07:06:00", "rule", "flood_depth", "W", "淹水深度 22 cm", sensor="SN-FL-008", level="16-30")
    s.dup(f2, 63)
    c = s.ev("07:10:30", "incident", "road_closure", "W", "經貿路三段(敦化路至經貿七路)雙向封閉，請用路人改道中科路", at="經貿路三段", jitter=60, sev="Moderate")
    s.ev("07:12:00", "rule", "congestion", "W", "平均車速 11 km/h，佔有率 57%", sensor="SN-VD-JINGMAO-02", sev="Moderate")
    s.ev("07:15:00", "rule", "water_level", "W", "水位 1.46 m，超過三級警戒 1.4 m", sensor="SN-WL-003", level="3")
    bg_flap(s, "07:14:00", "07:52:00", "SN-FL-002", reason="battery_low")
    s.ev("07:20:40", "1999", "road_damage", "W", "經貿路那邊路面整塊凸起來還裂開，水一直湧出來，機車差點滑倒", at="經貿路三段", jitter=80)
    x1 = s.ev("07:22:10", "incident", "accident", "X", "經貿路中平路口 兩部自小客車擦撞 無人受傷 車輛已移置路邊", at="經貿中平口", jitter=15, sev="Minor")
    s.ev("07:23:50", "cctv", "stalled_vehicle", "X", "經貿路/中平路口 車輛停滯", sensor="SN-CCTV-011", conf=0.74)
    s.ev("07:25:30", "1999", "other", "W", "自來水公司到底什麼時候來修？我們早餐店沒水不能開", at="生態住宅B", jitter=120, alt="O")
    s.ev("07:30:00", "1999", "blocked_drain", "W", "敦化路這邊水溝蓋一直冒泡，水從溝裡滿出來流到路上", at="敦化路公園東", jitter=40)
    bg_1999(s, "07:32:00", "streetlight", "經貿七路口")
    s.ev("07:33:40", "incident", "road_closure", "W", "自來水公司已到場關閉制水閥，預計搶修至中午，封閉持續", at="經貿路三段", jitter=40, sev="Moderate", follows=c)
    bg_congestion(s, "07:35:00", "SN-VD-ZHONGQING-01", 21, 40)
    s.ev("07:38:00", "incident", "accident", "X", "經貿中平路口擦撞 雙方和解 離開現場", at="經貿中平口", jitter=15, sev="Minor", follows=x1)
    s.ev("07:45:20", "1999", "flooding", "W", "中央公園滯洪池怎麼有一灘水在流，最近又沒下雨，是不是哪裡漏水", at="SN-FL-004", jitter=60, alt=None)
    s.ev("07:48:00", "rule", "flood_depth", "W", "淹水深度 6 cm", sensor="SN-FL-008", level="1-15")
    bg_1999(s, "07:55:00", "parking", "中科路中段")
    bg_1999(s, "08:02:00", "other", "河南路停車場")
    s.ev("08:05:00", "rule", "water_level", "W", "水位 1.41 m，仍在三級警戒，緩降中", sensor="SN-WL-003", level="3")
    s.ev("08:12:00", "1999", "water_outage", "W", "請問經貿路停水要停到幾點？有沒有送水車？家裡有長輩要洗腎要用水", at="生態住宅A", jitter=40, alt="O")
    bg_congestion(s, "08:15:00", "SN-VD-HUANZHONG-02", 20, 42)
    bg_1999(s, "08:20:00", "streetlight", "中平路東段")
    s.incident("W", "infrastructure", "經貿路三段自來水幹管破裂：路面冒水隆起、低窪積水、排水位上升、封路、壅塞、周邊停水；自來水公司搶修、警察封路", w1)
    s.incident("X", "traffic", "經貿中平路口兩車擦撞(改道車流)，無人受傷", x1)
    s.alternative("停水影響住戶是另一個工作（調度送水車、通知住戶、照顧洗腎長輩），協調員可能另開停水事件；"
                  "公園滯洪池有水的通報也可能被當成例行案件。",
                  [s.incidents[0], s.incidents[1],
                   {"label": "O", "type": "infrastructure", "description": "生態住宅區停水：送水車、住戶通知、需用水長輩", "sufficient_evidence_key": o1}])
    s.notes = "無雨日的排水水位三級警戒是破管的水流入排水。SN-FL-002 電量不足離線與水管破裂無關。"
    return s


def s433():
    s = Situation(433, "gas_leak_roadworks_zhongping", "2026-05-12",
                  "週二上午，中平路拓寬工程(許可已核發)怪手挖破中壓天然氣管：119危險物品出勤、警方封路疏散、監視器偵測人群與停滯車輛、"
                  "河南路與中平路壅塞、多通瓦斯味通報(含一通不確定是瓦斯還是污水廠臭味)。同時河南路一部小客車沒油拋錨。"
                  "背景：施工許可、施工鐵板抱怨、施工噪音、北屯一通「瓦斯用完」的電話、監視器斷線、總機故障。")
    s.ev("2026-05-12 09:30:00", "planned_event", "exhibition", None, "臺中國際會展中心 食品設備展 5/12-5/14 09:30-17:30", at="會展A", jitter=0,
         ends="2026-05-14T09:30:00Z", delay=-86400 * 5)
    s.ev("2026-05-04 09:00:00", "planned_event", "road_works", None, "中平路(經貿路至河南路)拓寬工程 管線遷移及路面開挖 施工時間09:00-17:00 外側車道封閉",
         at="中平路東段", jitter=0, ends="2026-06-30T09:00:00Z", delay=-86400 * 4, alt="G")
    s.ev("09:40:10", "1999", "road_damage", None, "中平路施工那邊鐵板沒鋪平，機車騎過去會跳起來，很危險", at="中平路東段", jitter=100)
    bg_panel_fault(s, "09:44:00", "SN-FA-010", text="偵煙探測器 3F-12 故障")
    bg_1999(s, "09:50:00", "other", "逢甲水湳")
    s.ev("09:58:00", "1999", "noise", None, "中平路施工一直打地面，聲音大到辦公室講電話都聽不到", at="中平路東段", jitter=120)
    g1 = s.ev("10:07:40", "119", "hazmat", "G", "中平路拓寬工地 怪手挖破天然氣管線 瓦斯外洩 工人已撤離 派遣危險物品搶救", at="中平路東段", jitter=30, delay=170)
    s.ev("10:08:30", "119", "hazmat", "G", "第一梯次到達，設警戒區50公尺，聯繫欣林天然氣關閥", at="中平路東段", jitter=30, follows=g1, delay=25)
    s.ev("10:09:50", "1999", "gas_odor", "G", "中平路這邊好重的瓦斯味，施工那邊有嘶嘶的聲音，路人都在摀鼻子", at="中平路東段", jitter=60)
    s.ev("10:13:00", "cctv", "crowding", "G", "河南路/中平路口 人群聚集", sensor="SN-CCTV-010", conf=0.71)
    s.ev("10:14:20", "incident", "hazmat_report", "G", "中平路施工挖破天然氣管 現場瓦斯外洩 疏散附近店家及工人", at="中平路東段", jitter=40, sev="Severe")
    rc = s.ev("10:15:30", "incident", "road_closure", "G", "中平路(河南路至經貿路)雙向封閉，河南路口管制，請改道", at="河南中平口", jitter=15, sev="Severe")
    bg_flap(s, "10:16:00", "10:21:30", "SN-CCTV-011", alert=True)
    s.ev("10:18:00", "rule", "congestion", "G", "平均車速 6 km/h，佔有率 72%", sensor="SN-VD-ZHONGPING-01", sev="Moderate")
    s.ev("10:20:30", "cctv", "stalled_vehicle", "G", "河南路/中平路口 車輛停滯", sensor="SN-CCTV-010", conf=0.66)
    k = s.ev("10:22:10", "1999", "gas_odor", "G", "河南路停車場這邊也聞得到瓦斯味耶，會不會爆炸啊，要不要把車開走", at="河南路停車場", jitter=40)
    s.dup(k, 37)
    s.ev("10:25:00", "rule", "congestion", "G", "平均車速 9 km/h，佔有率 64%", sensor="SN-VD-HENAN-02", sev="Moderate")
    st = s.ev("10:30:40", "incident", "stalled_vehicle", "S", "河南路往南車道 自小客車拋錨 駕駛稱沒油 占用內側車道", at=(120.6478, 24.1685), jitter=20, sev="Minor")
    s.ev("10:35:10", "1999", "other", None, "家裡瓦斯好像用完了，熱水器點不起來，瓦斯行電話都打不通，可以幫我找嗎", at=(120.684, 24.19), jitter=300)
    s.ev("10:40:30", "1999", "gas_odor", "G", "有一股怪味臭臭的，不知道是不是瓦斯，還是污水廠那邊飄過來的，學校這邊很多人在問", at=(120.6595, 24.1752), jitter=50, alt=None)
    bg_1999(s, "10:44:00", "streetlight", "經貿七路口")
    s.ev("10:48:00", "incident", "stalled_vehicle", "S", "拋錨車已由拖吊車拖離", at=(120.6478, 24.1685), jitter=20, sev="Minor", follows=st)
    s.ev("10:55:20", "119", "hazmat", "G", "欣林天然氣已關閉上游閥門 洩漏止住 持續以偵測器監測濃度", at="中平路東段", jitter=30, follows=g1)
    bg_congestion(s, "11:05:00", "SN-VD-HUANZHONG-04", 31, 30, peak=False)
    bg_1999(s, "11:08:00", "parking", "會展A")
    s.ev("11:20:00", "incident", "road_closure", "G", "中平路恢復通行，河南路口解除管制，天然氣公司持續修復管線", at="河南中平口", jitter=15, sev="Minor", follows=rc)
    s.ev("11:21:00", "rule", "congestion", "G", "平均車速 24 km/h，佔有率 35%", sensor="SN-VD-ZHONGPING-01", sev="Minor")
    s.incident("G", "hazmat", "中平路拓寬工地挖破天然氣管外洩：119危險物品、疏散、封路、天然氣公司關閥", g1)
    s.incident("S", "traffic", "河南路小客車沒油拋錨，拖離", st)
    s.alternative("協調員可能把施工許可當作此事件的背景證據附上(找得到施工廠商)；污水廠方向飄來的「怪味」也可能被判為污水臭味的例行陳情。",
                  [s.incidents[0], s.incidents[1]])
    s.notes = "planned_event 的 arrival 是許可送達中心的時間(數天前)。11:21 壅塞緩解的 congestion 仍屬此事件的路況回報。北屯「瓦斯用完」不是外洩。"
    return s


def s434():
    s = Situation(434, "residential_lift_sunday", "2026-06-14",
                  "週日午後，水湳生態住宅A、B區共用受電設備跳脫停電：兩棟總機失電、A區電梯停在樓層間受困長者與幼童(119救出，長者疑中暑送醫)；"
                  "復電後B區一戶煮東西忘關火觸發火警；同時中央公園步道一位長者跌倒。背景：假日停車場滿、公園違停與卡拉OK、淹水感測器電量不足離線、停車場總機接地異常。")
    s.ev("14:05:00", "parking", "full", None, "中央公園地下停車場(南) 汽車位已滿", sensor="SN-PK-005")
    bg_congestion(s, "14:08:00", "SN-VD-JINGMAO-02", 23, 36, peak=False)
    s.ev("14:12:00", "1999", "illegal_parking", None, "敦化路公園旁邊紅線停滿車，公車轉不過去", at="敦化路公園東", jitter=80)
    e1 = s.ev("14:21:30", "fire_alarm", "fault", "R", "主電源中斷 切換蓄電池", sensor="SN-FA-011", alt="E")
    e2 = s.ev("14:21:40", "fire_alarm", "fault", "R", "市電中斷", sensor="SN-FA-012", alt="E")
    r1 = s.ev("14:24:00", "119", "rescue", "R", "水湳生態住宅A區 停電 電梯停於5、6樓間 受困長者1名及幼童1名", at="生態住宅A", jitter=15)
    s.ev("14:26:10", "1999", "other", "R", "我們社區整個沒電，電梯卡住有人在裡面，管理員說已經打119了，小孩一直哭", at="生態住宅A", jitter=20)
    s.ev("14:30:20", "1999", "other", "R", "B區這邊也停電，冷氣都停了，家裡有老人很熱，台電什麼時候會來", at="生態住宅B", jitter=20, alt="E")
    s.ev("14:35:00", "parking", "full", None, "中央公園地下停車場(北) 汽車位已滿", sensor="SN-PK-004")
    s.ev("14:38:00", "119", "rescue", "R", "到達現場 與管理員進入機房 手動釋放煞車移動車廂", at="生態住宅A", jitter=15, follows=r1)
    bg_flap(s, "14:40:00", "15:31:00", "SN-FL-004", reason="battery_low")
    s.ev("14:44:00", "1999", "noise", None, "公園那邊有人開音響唱卡拉OK唱一整個下午，住在旁邊很受不了", at="中央公園中段", jitter=100)
    bg_panel_fault(s, "14:50:00", "SN-FA-007", text="第5迴路接地異常")
    s.ev("14:52:30", "119", "rescue", "R", "受困2人已救出 長者身體不適 轉救護", at="生態住宅A", jitter=15, follows=r1)
    s.ev("14:54:00", "119", "ambulance", "R", "生態住宅A區 電梯受困獲救長者 疑似中暑 頭暈 送中國醫藥大學附設醫院", at="生態住宅A", jitter=15)
    f1 = s.ev("15:02:10", "119", "ambulance", "F", "中央公園 滯洪池4附近步道 約70歲男性跌倒 頭部撕裂傷流血", at="SN-FL-004", jitter=40)
    s.ev("15:04:30", "1999", "other", "F", "公園步道有一個阿伯跌倒，頭在流血，有人打119了嗎，在那個大水池旁邊", at="SN-FL-004", jitter=60)
    s.ev("15:12:00", "fire_alarm", "normal", "R", "市電恢復 復歸", sensor="SN-FA-011", alt="E")
    s.ev("15:12:05", "fire_alarm", "normal", "R", "主電源恢復", sensor="SN-FA-012", alt="E")
    k1 = s.ev("15:14:20", "fire_alarm", "alarm", "K", "2F 205室 偵煙探測器動作", sensor="SN-FA-012")
    s.ev("15:15:00", "119", "ambulance", "F", "跌倒長者送醫 傷口已加壓止血", at="SN-FL-004", jitter=40, follows=f1)
    k2 = s.ev("15:16:10", "1999", "fire_smoke", "K", "B區二樓走廊都是煙，有燒焦味，警鈴一直響，不知道是哪一戶", at="生態住宅B", jitter=15)
    k3 = s.ev("15:17:00", "119", "fire", "K", "水湳生態住宅B區 住宅火警 2樓冒煙", at="生態住宅B", jitter=15)
    s.dup(k3, 33)
    s.ev("15:29:00", "119", "fire", "K", "住戶外出忘關爐火 鍋具燒焦 無延燒 已排煙 無人傷", at="生態住宅B", jitter=15, follows=k3)
    s.ev("15:40:00", "fire_alarm", "normal", "K", "復歸", sensor="SN-FA-012")
    s.ev("15:45:00", "1999", "illegal_parking", None, "經貿路三段公園入口那邊一整排機車停在人行道上", at="經貿路三段", jitter=100)
    bg_1999(s, "15:52:00", "streetlight", "中央公園中段")
    bg_1999(s, "16:05:00", "other", "中央公園中段")
    s.ev("16:10:00", "fire_alarm", "normal", None, "接地異常復歸", sensor="SN-FA-007")
    s.incident("R", "rescue", "生態住宅A區停電電梯受困2人(119救出，長者疑中暑送醫)；A、B兩棟跳電是其原因", r1)
    s.incident("F", "rescue", "中央公園滯洪池4步道長者跌倒頭部受傷送醫", f1)
    s.incident("K", "fire", "生態住宅B區2樓住戶忘關爐火鍋具燒焦，煙霧觸發火警，119到場排煙", k2)
    s.alternative("社區受電設備跳脫是另一個工作(台電/社區機電廠商復電、B區長者降溫)，協調員可能另開基礎設施事件，電梯救援只留119的紀錄。",
                  [s.incidents[0], s.incidents[1], s.incidents[2],
                   {"label": "E", "type": "infrastructure", "description": "生態住宅A、B區受電設備跳脫停電", "sufficient_evidence_key": e2}])
    s.notes = "B區 15:14 的火警在復電2分鐘後響起，單看總機無法排除復電誤動作；到1999說走廊有煙才足以開立。SN-FL-004電量不足離線與跌倒地點相近但無關。"
    return s


def s435():
    s = Situation(435, "quiet_day_flaps_drills", "2026-02-24",
                  "平常週二：逢甲水湳校區消防演練、數個總機故障與復歸、設備斷線又恢復、號誌短暫閃爍自行恢復、監視器低信心誤判。"
                  "真正的工作只有：環中路中科路口號誌故障持續閃黃(1999與警方確認)、綠美圖火警自動警報119出勤(探測器誤動作)。")
    bg_flap(s, "09:05:00", "09:09:30", "SN-VD-HENAN-01")
    d1 = s.ev("09:30:10", "fire_alarm", "alarm", None, "消防演練 1F 手動報警機動作", sensor="SN-FA-009")
    s.ev("09:33:00", "1999", "fire_smoke", None, "逢甲水湳校區警鈴一直響，學生都跑出來站在外面，是不是火災", at="逢甲水湳", jitter=60)
    s.ev("09:45:30", "fire_alarm", "normal", None, "演練結束 復歸", sensor="SN-FA-009")
    bg_panel_fault(s, "09:52:00", "SN-FA-001", restore_hms="10:40:00", text="第3迴路斷線")
    g9 = s.ev("10:05:20", "signal", "fault", None, "燈號閃爍異常", sensor="SN-SIG-009", alt="G9")
    s.ev("10:07:10", "signal", "restored", None, "控制器重新啟動 恢復正常", sensor="SN-SIG-009", alt="G9")
    bg_1999(s, "10:15:00", "streetlight", "中科路中段")
    s.ev("10:22:00", "cctv", "wrong_way", None, "經貿路二段/經貿七路 逆向行駛", sensor="SN-CCTV-006", conf=0.38)
    bg_1999(s, "10:48:00", "other", "經貿七路口")
    t1 = s.ev("11:12:30", "signal", "fault", "T", "控制器故障 轉為閃光運作", sensor="SN-SIG-003")
    t2 = s.ev("11:20:10", "1999", "traffic_signal", "T", "環中路中科路口紅綠燈一直閃黃燈，車子都不知道要不要停，剛剛差點撞到", at="環中中科口", jitter=40)
    s.ev("11:30:00", "rule", "congestion", "T", "平均車速 17 km/h，佔有率 46%", sensor="SN-VD-HUANZHONG-02", sev="Minor")
    s.ev("11:35:40", "incident", "traffic_signal_fault", "T", "環中路二段中科路口號誌故障閃光 派員指揮 已通知維修廠商", at="環中中科口", jitter=10, sev="Moderate")
    s.dup(t2, 240)
    bg_flap(s, "11:50:00", "12:20:00", "SN-PK-003", reason="maintenance", alert=False)
    s.ev("12:05:00", "cctv", "fallen_object", None, "台74線/環中路二段 路面掉落物", sensor="SN-CCTV-001", conf=0.45)
    bg_1999(s, "12:30:00", "noise", "黎明路三段東")
    s.ev("12:41:00", "signal", "restored", "T", "維修廠商更換控制板後恢復正常", sensor="SN-SIG-003")
    s.ev("12:45:00", "incident", "traffic_signal_fault", "T", "號誌已修復 撤除指揮警力", at="環中中科口", jitter=10, sev="Minor")
    a1 = s.ev("13:20:15", "fire_alarm", "alarm", "A", "3F 閱覽區 偵煙探測器動作", sensor="SN-FA-004", alt=None)
    a2 = s.ev("13:21:30", "119", "fire", "A", "臺中綠美圖 火警自動警報 派遣西屯分隊", at="綠美圖", jitter=10, alt=None)
    bg_panel_fault(s, "13:25:00", "SN-FA-010", text="預備電源電壓不足")
    s.ev("13:33:00", "119", "fire", "A", "現場查無火煙 疑探測器受施工粉塵影響誤動作 返隊", at="綠美圖", jitter=10, follows=a2, alt=None)
    s.ev("13:35:00", "fire_alarm", "normal", "A", "復歸", sensor="SN-FA-004", alt=None)
    bg_1999(s, "13:50:00", "parking", "轉運中心")
    bg_flap(s, "14:10:00", "14:13:00", "SN-CCTV-011", alert=False)
    bg_1999(s, "14:30:00", "other", "河南路停車場")
    s.ev("15:05:00", "1999", "other", None, "經貿路黎明路口的紅燈秒數太長了，可以調短一點嗎，每天等很久", at="經貿黎明口", jitter=40)
    bg_congestion(s, "15:50:00", "SN-VD-ZHONGQING-02", 22, 39)
    s.incident("T", "traffic", "環中路二段中科路口號誌控制器故障持續閃光，警察指揮、廠商更換控制板", t2)
    s.incident("A", "fire", "綠美圖火警自動警報119出勤，查為探測器受粉塵誤動作", a2)
    s.alternative("(1) 綠美圖的誤報在119確認後可視為沒有事件(所有項目為背景)；(2) 臺灣大道環中路口號誌2分鐘的閃爍，謹慎的協調員仍可能開一張維修單。",
                  [s.incidents[0], {"label": "G9", "type": "traffic", "description": "臺灣大道環中路口號誌短暫閃爍異常(自行恢復)，開維修單追查", "sufficient_evidence_key": g9}])
    s.notes = "演練(手動報警機、民眾問是否火災)是背景。控制器自報故障後數分鐘內自行恢復者不派遣；持續且有第二來源(1999/警方)者為事件。"
    return s


def s436():
    s = Situation(436, "rush_hour_two_crashes", "2026-09-02",
                  "週三早上尖峰，環中路二段常態壅塞。07:41 中科路口機車與小貨車擦撞(騎士受傷)；6分鐘後170公尺外經貿路口排隊車陣追撞(無傷)；"
                  "08:05 中清路地下道出口一部大客車故障。監視器時鐘快3分鐘。背景：轉運中心臨停接送、停車場滿、號誌秒數陳情、監視器斷線。")
    bg_congestion(s, "07:25:00", "SN-VD-HUANZHONG-02", 21, 41)
    bg_congestion(s, "07:30:00", "SN-VD-HUANZHONG-03", 18, 47)
    s.ev("07:33:00", "1999", "illegal_parking", None, "轉運中心前面一堆車臨停接人，公車都進不去", at="轉運中心", jitter=60)
    s.ev("07:36:00", "cctv", "crowding", None, "經貿路二段/黎明路三段 人群聚集", sensor="SN-CCTV-005", conf=0.52)
    bg_congestion(s, "07:40:00", "SN-VD-ZHONGQING-01", 20, 43)
    a1 = s.ev("07:41:30", "cctv", "stalled_vehicle", "A", "中科路/環中路二段 車輛停滯", sensor="SN-CCTV-003", conf=0.82)
    s.ev("07:42:10", "cctv", "fallen_object", "A", "中科路/環中路二段 路面掉落物", sensor="SN-CCTV-003", conf=0.61)
    s.dup(a1, 55)
    amb = s.ev("07:43:00", "119", "ambulance", "A", "環中路二段中科路口 車禍 機車騎士1名倒地 腳部疑骨折", at="環中中科口", jitter=15)
    a2 = s.ev("07:43:40", "incident", "injury_accident", "A", "環中路二段中科路口 機車與小貨車擦撞 機車騎士倒地腳部受傷 占用內側兩車道", at="環中中科口", jitter=15, sev="Moderate")
    s.dup(a2, 120)
    s.ev("07:45:20", "1999", "traffic_accident", "A", "環中路中科路口有人被撞倒躺在地上，機車零件散一地，車子都塞住了", at="環中中科口", jitter=50)
    b1 = s.ev("07:47:20", "cctv", "stalled_vehicle", "B", "經貿路二段/環中路二段 車輛停滯", sensor="SN-CCTV-004", conf=0.77, observed_shift=180, alt="A")
    s.ev("07:49:10", "1999", "traffic_accident", "B", "環中路那邊又撞了一台，就在經貿路口，剛剛中科路口那個都還沒處理完耶", at="環中經貿口", jitter=40, alt="A")
    s.ev("07:50:00", "rule", "congestion", "A", "平均車速 4 km/h，佔有率 83%", sensor="SN-VD-HUANZHONG-02", sev="Moderate", alt=None)
    b2 = s.ev("07:50:30", "incident", "accident", "B", "環中路二段經貿路口 兩部自小客車追撞 無人受傷 車輛暫停外側車道", at="環中經貿口", jitter=15, sev="Minor", alt="A")
    s.ev("07:52:10", "1999", "traffic_accident", "A", "環中路好像有車禍，整條塞到不能動，怎麼都沒看到警察", at="環中凱旋口", jitter=60)
    s.ev("07:55:00", "parking", "full", None, "水湳轉運中心停車場 汽車位已滿", sensor="SN-PK-001")
    s.ev("08:02:00", "119", "ambulance", "A", "傷者送中國醫藥大學附設醫院", at="環中中科口", jitter=15, follows=amb)
    c1 = s.ev("08:05:10", "cctv", "stalled_vehicle", "C", "中清路/環中路 車輛停滯", sensor="SN-CCTV-008", conf=0.74)
    c2 = s.ev("08:09:00", "incident", "stalled_vehicle", "C", "中清路往北地下道出口 市區公車故障停駛 佔用外側車道 已通知客運拖吊", at="中清環中口", jitter=30, sev="Minor")
    s.ev("08:10:00", "incident", "accident", "B", "經貿路口追撞車輛已移至路邊 雙方自行和解", at="環中經貿口", jitter=15, sev="Minor", follows=b2, alt="A")
    s.ev("08:15:30", "incident", "injury_accident", "A", "中科路口事故車輛已移除 恢復通行", at="環中中科口", jitter=15, sev="Minor", follows=a2)
    bg_1999(s, "08:12:00", "streetlight", "黎明路三段東")
    bg_flap(s, "08:20:00", "08:24:10", "SN-CCTV-002")
    s.ev("08:22:00", "1999", "other", None, "經貿路黎明路口行人綠燈秒數太短，老人家走不過去，可以調整嗎", at="經貿黎明口", jitter=40)
    bg_panel_fault(s, "08:25:00", "SN-FA-003", text="偵煙探測器 2F-07 故障")
    s.ev("08:27:00", "1999", "illegal_parking", None, "轉運中心旁邊紅線又停滿計程車在排班", at="轉運中心", jitter=80)
    s.ev("08:35:00", "incident", "stalled_vehicle", "C", "故障公車已拖離 地下道恢復通行", at="中清環中口", jitter=30, sev="Minor", follows=c2)
    bg_1999(s, "08:38:00", "noise", "經貿七路口")
    s.incident("A", "traffic", "環中路二段中科路口機車與小貨車擦撞，騎士受傷送醫", a2)
    s.incident("B", "traffic", "環中路二段經貿路口排隊車陣兩車追撞，無人受傷", b2)
    s.incident("C", "traffic", "中清路地下道出口公車故障停駛，拖離", c2)
    s.alternative("兩起車禍相距170公尺、6分鐘，追撞發生在第一起造成的車陣中，同一批交通警力處理：可視為一個環中路事故工作。"
                  "07:50 的環中路偵測器壅塞在尖峰常態之下，也可能被當成背景。",
                  [s.incidents[0], s.incidents[2]])
    s.notes = "SN-CCTV-004 時鐘快3分鐘(observed 晚於 arrival)。07:52 未指明路口的車禍通報歸第一起(造成全線壅塞的傷害事故)。"
    return s


if __name__ == "__main__":
    for f in (s431, s432, s433, s434, s435, s436):
        sit = f()
        print(sit.write(), len(sit.items))
