"""Situations 511-516: the typhoon day, 06:00-21:30 local, 2016-09-27."""
from lib import Sit, same_incidents


def s511():
    s = Sit(511, "typhoon_first_bands_sign_and_tree",
            "颱風外圍環流第一波雨帶（06:00-08:30）：經貿路二段招牌被吹落、中平路路樹倒塌各一件；"
            "各站大雨警報、晨間車流、停班停課詢問與零星例行案件為背景。")
    s.rule("heavy_rain", "C0F9T0", "27 06:10", "西屯站 時雨量 41.5 mm，達大雨標準", level="大雨")
    s.rule("heavy_rain", "SN-RG-001", "27 06:20", "中央公園雨量站 時雨量 43.0 mm，達大雨標準", level="大雨")
    s.citizen("other", "eco_a", "27 06:12", "請問今天台中有沒有停班停課？新聞說有但我要確認", r=(50, 300))
    s.status("SN-PK-003", "offline", "27 06:30", "離線 reason=comms_lost")
    s.status("SN-PK-003", "online", "27 06:34", "連線")
    s.rule("heavy_rain", "SN-RG-002", "27 06:40", "水湳轉運中心雨量站 時雨量 45.5 mm，達大雨標準", level="大雨")
    # A: signboard blown down on Jingmao Rd section 2 near Liming Rd
    a1 = s.citizen("other", "jingmao_liming", "27 06:49",
                   "經貿路二段靠黎明路這邊有一塊招牌被風吹下來，掉在慢車道上，機車要閃很危險", truth="A_sign_jingmao",
                   r=(40, 120))
    a2 = s.device("cctv", "fallen_object", "SN-CCTV-005", "27 06:50:40", "路口東北側車道偵測到掉落物",
                  truth="A_sign_jingmao", confidence=0.74, pos=s.near("jingmao_liming", 30, 60))
    a3 = s.police("fallen_object", "Moderate", "jingmao_liming", "27 06:58",
                  "經貿路二段近黎明路口 招牌掉落占用慢車道，派員排除中", truth="A_sign_jingmao")
    s.rule("congestion", "SN-VD-JINGMAO-01", "27 07:06", "經貿路車輛偵測器1 平均車速 14 km/h，壅塞",
           truth="A_sign_jingmao", alt=None)
    s.citizen("other", "jingmao_liming", "27 07:02", "經貿路黎明路口那個招牌還在路上，剛剛有人打過了嗎", truth="A_sign_jingmao",
              r=(60, 200))
    s.police("fallen_object", "Minor", "jingmao_liming", "27 07:41", "招牌已移至人行道旁，車道恢復通行",
             truth="A_sign_jingmao", follows=a3)
    # B: tree down on Zhongping Rd near Henan Rd
    b1 = s.citizen("fallen_tree", "henan_zhongping", "27 07:15", "中平路靠河南路那邊路樹倒了，擋住一個車道",
                   truth="B_tree_zhongping", r=(60, 160))
    b2 = s.citizen("fallen_tree", "henan_zhongping", "27 07:22", "中平路有一棵樹整棵倒下來，車子都要繞過去",
                   truth="B_tree_zhongping", r=(40, 200))
    b3 = s.police("fallen_object", "Moderate", "henan_zhongping", "27 07:31",
                  "中平路近河南路口 路樹倒塌占用內側車道，已通報建設局", truth="B_tree_zhongping", r=(40, 120))
    s.device("cctv", "fallen_object", "SN-CCTV-010", "27 07:33", "路口東側偵測到掉落物", truth="B_tree_zhongping",
             confidence=0.58, pos=s.near("henan_zhongping", 40, 90))
    s.rule("congestion", "SN-VD-ZHONGPING-01", "27 07:38", "中平路車輛偵測器1 平均車速 11 km/h，壅塞",
           truth="B_tree_zhongping")
    s.police("fallen_object", "Minor", "henan_zhongping", "27 08:22", "建設局已到場鋸除路樹，恢復雙向通行",
             truth="B_tree_zhongping", follows=b3)
    # background
    s.rule("congestion", "SN-VD-HUANZHONG-02", "27 07:32", "環中路車輛偵測器2 平均車速 17 km/h，壅塞")
    s.rule("congestion", "SN-VD-HUANZHONG-03", "27 07:46", "環中路車輛偵測器3 平均車速 15 km/h，壅塞")
    s.citizen("streetlight", "kaixuan_mid", "27 07:05", "凱旋路這邊有一盞路燈白天還亮著，燈桿編號看不清楚")
    s.citizen("blocked_drain", "kaixuan_south", "27 07:10", "家門口水溝被落葉塞住了，等一下雨大怕會淹，可以來清嗎")
    s.rule("water_level", "SN-WL-001", "27 07:50", "中央公園北滯洪池水位 2.08 m，達三級警戒", level="3")
    s.citizen("other", "daya", "27 07:55", "大雅這邊中清路有招牌在晃，好像快掉下來了", r=(100, 400))
    s.rule("heavy_rain", "C0F9T0", "27 08:10", "西屯站 時雨量 48.0 mm，達大雨標準", level="大雨")
    s.citizen("other", "eco_b", "27 08:15", "請問沙包要去哪裡領？區公所有沒有發", r=(50, 250))
    s.inc("A_sign_jingmao", "traffic", "經貿路二段近黎明路口，招牌被風吹落占用慢車道；員警排除", a1)
    s.inc("B_tree_zhongping", "traffic", "中平路近河南路口，路樹倒塌占用車道；建設局鋸除", b2)
    s.alternative("經貿路的壅塞（07:06）在晨峰時段，也可能只是尖峰車流而非招牌造成；此讀法下它是背景。",
                  same_incidents(s))
    s.dup(a3, 95)
    s.write()


def s512():
    s = Sit(512, "morning_floods_four_places_at_once",
            "上午豪雨（08:30-11:00）：河南路低窪處、經貿路南段低窪處、經貿路二段/經貿七路口、臺灣大道環中路口地下道同時積淹水，"
            "中央公園五座滯洪池同步蓄洪漫到步道；河南路與地下道各有受困待救。",
            notes="兩處在同一條經貿路上（低窪處與經貿七路口相距約 1.1 km），是兩個現場、兩組人。")
    s.rule("heavy_rain", "SN-RG-001", "27 08:35", "中央公園雨量站 3 小時累積 108 mm，達豪雨標準", level="豪雨")
    s.rule("heavy_rain", "C0F9T0", "27 08:40", "西屯站 3 小時累積 112 mm，達豪雨標準", level="豪雨")
    # A: Henan Rd low point
    s.rule("flood_depth", "SN-FL-007", "27 08:42", "河南路低窪處 淹水深度 18 cm", level="16-30", truth="A_henan_low")
    a = s.citizen("flooding", "henan_low", "27 08:50", "河南路這邊水已經淹到輪胎一半了，還一直在漲", truth="A_henan_low",
                  delay=75)
    s.rule("flood_depth", "SN-FL-007", "27 09:04", "河南路低窪處 淹水深度 36 cm", level=">30", truth="A_henan_low")
    ar = s.fire119("rescue", "henan_low", "27 09:12", "河南路低窪處 一部轎車熄火受困水中，駕駛1人待救", truth="A_henan_low")
    s.police("flooding_report", "Severe", "henan_low", "27 09:15", "河南路低窪路段積水約40公分，車輛無法通行", truth="A_henan_low")
    cl = s.police("road_closure", "Severe", "henan_low", "27 09:21", "河南路（中平路至低窪路段）雙向封閉，請改道",
                  truth="A_henan_low")
    s.rule("congestion", "SN-VD-HENAN-02", "27 09:28", "河南路車輛偵測器2 平均車速 8 km/h，壅塞", truth="A_henan_low")
    s.fire119("rescue", "henan_low", "27 09:38", "駕駛已救出，無傷", truth="A_henan_low", key=ar + "#returning",
              follows=ar)
    s.dup(cl, 140)
    # B: Jingmao Rd low point (south)
    s.rule("flood_depth", "SN-FL-008", "27 08:52", "經貿路低窪處 淹水深度 9 cm", level="1-15", truth="B_jingmao_low")
    s.rule("flood_depth", "SN-FL-008", "27 09:16", "經貿路低窪處 淹水深度 24 cm", level="16-30", truth="B_jingmao_low")
    b = s.citizen("flooding", "eco_b", "27 09:20", "生態住宅B區前面經貿路淹起來了，水一直從水溝冒出來", truth="B_jingmao_low",
              r=(60, 200))
    s.police("flooding_report", "Moderate", "jingmao_low", "27 09:40", "經貿路低窪處積水約25公分，外側車道緩行",
             truth="B_jingmao_low")
    # C: Jingmao Rd / Jingmao 7th Rd
    c1 = s.device("cctv", "flooding", "SN-CCTV-006", "27 09:02", "路口南側車道積水", truth="C_jingmao7",
                  confidence=0.81, pos=s.near("jingmao_7", 20, 60))
    c2 = s.citizen("flooding", "jingmao_7", "27 09:08", "經貿路跟經貿七路口整個路口都是水，機車騎過去會噴起來", truth="C_jingmao7",
                   r=(30, 120))
    s.citizen("flooding", "green_museum", "27 09:33", "綠美圖前面路口淹水，人行道也過不去", truth="C_jingmao7", r=(50, 150))
    # D: Taiwan Blvd / Huanzhong underpass
    s.rule("flood_depth", "SN-FL-010", "27 09:48", "臺灣大道環中路口地下道 淹水深度 14 cm", level="1-15", truth="D_twblvd_underpass")
    d = s.rule("flood_depth", "SN-FL-010", "27 10:02", "臺灣大道環中路口地下道 淹水深度 42 cm", level=">30",
               truth="D_twblvd_underpass")
    s.device("cctv", "stalled_vehicle", "SN-CCTV-009", "27 10:04", "地下道出口車輛停滯", truth="D_twblvd_underpass",
             confidence=0.77, pos=s.near("twblvd_underpass", 30, 80))
    s.fire119("rescue", "twblvd_underpass", "27 10:07", "臺灣大道環中路口地下道 機車騎士受困積水中，請求救援",
              truth="D_twblvd_underpass")
    s.police("road_closure", "Severe", "twblvd_underpass", "27 10:12", "臺灣大道環中路口地下道積水封閉", truth="D_twblvd_underpass")
    s.citizen("flooding", "twblvd_underpass", "27 10:15", "臺灣大道那個地下道淹了，有人騎機車卡在裡面", truth="D_twblvd_underpass",
              r=(80, 300))
    s.rule("congestion", "SN-VD-HUANZHONG-04", "27 10:20", "環中路車輛偵測器4 平均車速 12 km/h，壅塞",
           truth="D_twblvd_underpass", alt=None)
    # E: Central Park ponds filling to the paths
    s.rule("flood_depth", "SN-FL-002", "27 09:10", "中央公園滯洪池2 淹水深度 12 cm", level="1-15", truth="E_park_ponds")
    s.rule("water_level", "SN-WL-001", "27 09:20", "中央公園北滯洪池水位 2.24 m，達三級警戒", level="3", truth="E_park_ponds")
    s.rule("flood_depth", "SN-FL-003", "27 09:35", "中央公園滯洪池3 淹水深度 27 cm", level="16-30", truth="E_park_ponds")
    e = s.rule("flood_depth", "SN-FL-001", "27 09:50", "中央公園滯洪池1 淹水深度 34 cm", level=">30", truth="E_park_ponds")
    s.rule("flood_depth", "SN-FL-004", "27 09:58", "中央公園滯洪池4 淹水深度 31 cm", level=">30", truth="E_park_ponds")
    s.rule("water_level", "SN-WL-002", "27 10:05", "中央公園南滯洪池水位 2.55 m，達二級警戒", level="2", truth="E_park_ponds")
    s.citizen("other", "park_mid", "27 10:10", "中央公園滯洪池旁邊步道都是水，還有人在那邊拍照，很危險", truth="E_park_ponds",
              r=(50, 200))
    s.rule("flood_depth", "SN-FL-005", "27 10:18", "中央公園滯洪池5 淹水深度 22 cm", level="16-30", truth="E_park_ponds")
    # background
    s.citizen("flooding", "daya", "27 09:25", "大雅區學府路淹水了，你們可以派人來嗎", r=(100, 500))
    s.citizen("other", "eco_a", "27 09:45", "停班停課那公園還有開嗎", r=(50, 300))
    s.rule("congestion", "SN-VD-ZHONGQING-01", "27 08:55", "中清路車輛偵測器1 平均車速 18 km/h，壅塞")
    s.rule("heavy_rain", "SN-RG-002", "27 09:00", "水湳轉運中心雨量站 3 小時累積 104 mm，達豪雨標準", level="豪雨")
    s.status("SN-VD-HENAN-01", "offline", "27 10:30", "離線 reason=comms_lost")
    s.status("SN-VD-HENAN-01", "online", "27 10:33", "連線")
    s.inc("A_henan_low", "flood", "河南路低窪處淹水逾30公分，轎車受困、駕駛救出，河南路封閉", a)
    s.inc("B_jingmao_low", "flood", "經貿路南段低窪處（生態住宅B區前）積水16-30公分", b)
    s.inc("C_jingmao7", "flood", "經貿路二段/經貿七路口（綠美圖前）路口積水", c2)
    s.inc("D_twblvd_underpass", "flood", "臺灣大道環中路口地下道淹水、機車騎士受困、地下道封閉", d)
    s.inc("E_park_ponds", "flood", "中央公園滯洪池同步蓄洪漫上步道，需封閉池邊步道、驅離民眾", e)
    s.alternative("環中路車輛偵測器4（10:20）離地下道約 1 km，壅塞也可能只是整條環中路雨天車多；此讀法下它是背景。",
                  same_incidents(s))
    s.write()


def s513():
    s = Sit(513, "midday_power_cut_north_hub",
            "中午（11:00-13:00）：轉運中心—會展—綠美圖一帶饋線跳脫，經貿路三個路口號誌全暗、兩台監視器與停車場設備斷電、"
            "兩棟建築火警總機報主電源停電；智慧營運塔電梯受困2人另案救援；其他為背景。",
            notes="號誌全暗是停電的後果；主讀法把它併入停電事件，替代讀法把號誌另列一件交通事件（員警路口指揮）。")
    pc = "P_power_north"
    sig = "S_dark_signals"
    s.rule("heavy_rain", "SN-RG-002", "27 11:05", "水湳轉運中心雨量站 3 小時累積 121 mm，達豪雨標準", level="豪雨")
    s.citizen("illegal_parking", "hub", "27 11:08", "轉運中心旁邊有車停在紅線上擋住公車", r=(60, 200))
    k1 = s.device("signal", "fault", "SN-SIG-005", "27 11:21:05", "號誌控制器失電，全暗", truth=pc, alt=sig)
    s.device("signal", "fault", "SN-SIG-006", "27 11:21:10", "號誌控制器失電，全暗", truth=pc, alt=sig)
    s.status("SN-CCTV-005", "offline", "27 11:21:12", "離線 reason=mains_power_lost", truth=pc)
    s.status("SN-CCTV-006", "offline", "27 11:21:15", "離線 reason=mains_power_lost", truth=pc)
    s.device("signal", "fault", "SN-SIG-004", "27 11:21:30", "號誌控制器失電，全暗", truth=pc, alt=sig)
    f1 = s.device("fire_alarm", "fault", "SN-FA-004", "27 11:21:20", "主電源停電，已切換預備電源", truth=pc)
    s.device("fire_alarm", "fault", "SN-FA-005", "27 11:21:25", "主電源停電，已切換預備電源", truth=pc)
    s.status("SN-PK-002", "offline", "27 11:21:40", "離線 reason=mains_power_lost", truth=pc)
    s.citizen("traffic_signal", "jingmao_liming", "27 11:24", "經貿路黎明路口紅綠燈全部不亮，車子亂衝很危險", truth=pc, alt=sig,
              r=(20, 100))
    s.police("traffic_signal_fault", "Moderate", "jingmao_liming", "27 11:30",
             "經貿路二段/黎明路三段、經貿七路口號誌停電熄滅，派員指揮交通", truth=pc, alt=sig)
    s.citizen("other", "expo_a", "27 11:33", "會展這邊停電了，請問什麼時候會來電？", truth=pc, r=(50, 250))
    s.rule("sensor_offline", "SN-VD-JINGMAO-01", "27 11:36", "經貿路車輛偵測器1 逾 10 分鐘未回傳", truth=pc)
    s.rule("congestion", "SN-VD-LIMING-01", "27 11:40", "黎明路車輛偵測器1 平均車速 9 km/h，壅塞", truth=pc, alt=sig)
    s.citizen("traffic_signal", "jingmao_huanzhong", "27 11:42", "環中路經貿路口號誌黑燈", truth=pc, alt=sig, r=(20, 120))
    s.citizen("other", "tower", "27 11:50", "又停電了嗎？剛剛打過一次，到底什麼時候會好", truth=pc, r=(50, 250))
    # R: elevator rescue in the tower
    r = s.fire119("rescue", "tower", "27 11:27", "臺灣智慧營運塔 停電電梯受困，2人", truth="R_lift_tower")
    s.fire119("rescue", "tower", "27 11:46", "到場，受困者2人已救出", truth="R_lift_tower", key=r + "#on_scene", follows=r,
              pos=(s.items[-1]["lon"], s.items[-1]["lat"]))
    # restoration
    s.device("signal", "restored", "SN-SIG-005", "27 12:36:10", "恢復正常", truth=pc, alt=sig)
    s.device("signal", "restored", "SN-SIG-006", "27 12:36:12", "恢復正常", truth=pc, alt=sig)
    s.device("signal", "restored", "SN-SIG-004", "27 12:36:20", "恢復正常", truth=pc, alt=sig)
    s.status("SN-CCTV-005", "online", "27 12:36:30", "連線", truth=pc)
    s.status("SN-CCTV-006", "online", "27 12:36:40", "連線", truth=pc)
    s.device("fire_alarm", "normal", "SN-FA-004", "27 12:36:25", "復歸", truth=pc)
    s.device("fire_alarm", "normal", "SN-FA-005", "27 12:36:28", "復歸", truth=pc)
    s.status("SN-PK-002", "online", "27 12:37", "連線", truth=pc)
    # background
    s.rule("heavy_rain", "C0F9T0", "27 11:30", "西屯站 3 小時累積 126 mm，達豪雨標準", level="豪雨")
    s.citizen("fallen_tree", "nantun", "27 11:55", "南屯區公益路有樹倒了", r=(100, 500))
    s.status("SN-VD-ZHONGPING-02", "offline", "27 12:05", "離線 reason=comms_lost")
    s.status("SN-VD-ZHONGPING-02", "online", "27 12:09", "連線")
    s.citizen("streetlight", "henan_low", "27 12:15", "河南路有一盞路燈一直閃", r=(60, 250))
    s.rule("water_level", "SN-WL-003", "27 12:20", "水湳區域排水經貿路水位 2.05 m，達三級警戒", level="3")
    s.citizen("other", "pop_music", "27 12:40", "流行影音中心外面的帳篷被吹走了，應該沒有人受傷，跟你們說一下", r=(50, 200))
    s.inc(pc, "infrastructure", "北區（轉運中心—會展—綠美圖）饋線停電：號誌全暗、監視器與停車場設備斷電、火警總機切換預備電源；12:36 復電",
          k1)
    s.inc("R_lift_tower", "rescue", "臺灣智慧營運塔停電電梯受困2人", r)
    alt_sig = {"label": sig, "type": "traffic", "description": "停電造成經貿路三個路口號誌全暗，員警路口指揮", "sufficient_evidence_key": k1}
    alt_pc = {"label": pc, "type": "infrastructure", "description": "北區饋線停電（設備斷電、總機報主電源停電）",
              "sufficient_evidence_key": f1}
    s.alternative("號誌全暗由交通局與員警處理（路口指揮、號誌維修），與台電復電、設備斷電是不同的派遣；此讀法分兩件。",
                  same_incidents(s, replace={pc: alt_pc}, add=[alt_sig]))
    s.write()


def s514():
    s = Sit(514, "afternoon_long_flood_liming_kaixuan_repeat_callers",
            "下午（13:00-17:00）：黎明路凱旋路口低窪處淹水長達三個多小時，中間一度退到中度後隨第二波雨帶又淹深，"
            "同一位住戶反覆來電；中科路路樹倒塌；環中路/中科路口雨中車禍；外縣區淹水來電與壅塞為背景。")
    L = "A_liming_kaixuan_flood"
    a0 = s.rule("flood_depth", "SN-FL-009", "27 13:10", "黎明路凱旋路口低窪處 淹水深度 12 cm", level="1-15", truth=L)
    c1 = s.citizen("flooding", "liming_kaixuan_low", "27 13:25", "黎明路跟凱旋路口淹水了，水快要進到我們店裡", truth=L, r=(30, 90))
    a = s.rule("flood_depth", "SN-FL-009", "27 13:30", "黎明路凱旋路口低窪處 淹水深度 21 cm", level="16-30", truth=L)
    p1 = s.police("flooding_report", "Moderate", "liming_kaixuan_low", "27 13:45", "黎明路凱旋路口積水約25公分，車輛緩行", truth=L)
    a38 = s.rule("flood_depth", "SN-FL-009", "27 14:00", "黎明路凱旋路口低窪處 淹水深度 38 cm", level=">30", truth=L)
    s.police("road_closure", "Severe", "liming_kaixuan_low", "27 14:06", "黎明路三段（凱旋路口）積水封閉，請改道", truth=L,
             follows=p1)
    s.citizen("flooding", "liming_kaixuan_low", "27 14:10", "我下午一點多打過了，現在水淹到膝蓋，店裡進水了，到底有沒有人要來", truth=L,
              follows=c1, r=(30, 90))
    s.rule("congestion", "SN-VD-LIMING-01", "27 14:15", "黎明路車輛偵測器1 平均車速 7 km/h，壅塞", truth=L)
    s.rule("congestion", "SN-VD-KAIXUAN-01", "27 14:18", "凱旋路車輛偵測器1 平均車速 10 km/h，壅塞", truth=L)
    s.citizen("flooding", "jingmao_liming", "27 14:25", "黎明路那邊淹很大，車子都不能過", truth=L, r=(50, 200))
    s.rule("flood_depth", "SN-FL-009", "27 15:02", "黎明路凱旋路口低窪處 淹水深度 24 cm", level="16-30", truth=L)
    s.citizen("flooding", "liming_kaixuan_low", "27 15:40", "第三次打了，水有退一點但是抽水機什麼時候來", truth=L, follows=c1,
              r=(30, 90))
    s.rule("flood_depth", "SN-FL-009", "27 16:12", "黎明路凱旋路口低窪處 淹水深度 33 cm", level=">30", truth=L)
    s.citizen("flooding", "liming_kaixuan_low", "27 16:30", "又淹上來了！！水又進來了", truth=L, follows=c1, r=(30, 90))
    s.police("flooding_report", "Severe", "liming_kaixuan_low", "27 16:35", "黎明路凱旋路口再度積水約35公分，持續封閉，水利局抽水機已到場",
             truth=L, follows=p1)
    # B: tree on Zhongke Rd
    T = "B_tree_zhongke"
    b1 = s.citizen("fallen_tree", "zhongke_mid", "27 13:40", "中科路有一棵大樹倒在馬路上，擋住兩個車道", truth=T, r=(40, 150))
    b2 = s.police("fallen_object", "Severe", "zhongke_mid", "27 13:52", "中科路 路樹倒塌占用兩車道，設置警示，通報建設局", truth=T)
    s.citizen("fallen_tree", "zhongke_mid", "27 13:58", "中科路倒樹，很危險，晚上沒燈會撞上去", truth=T, r=(60, 220))
    s.rule("congestion", "SN-VD-ZHONGKE-01", "27 14:02", "中科路車輛偵測器1 平均車速 12 km/h，壅塞", truth=T, alt=None)
    s.police("fallen_object", "Minor", "zhongke_mid", "27 15:12", "路樹已清除，恢復通行", truth=T, follows=b2)
    # C: crash at Huanzhong / Zhongke
    C = "C_crash_huanzhong_zhongke"
    c_a = s.device("cctv", "accident", "SN-CCTV-003", "27 15:20", "路口偵測到車輛碰撞", truth=C, confidence=0.69,
                   pos=s.near("zhongke_huanzhong", 15, 50))
    c_b = s.police("injury_accident", "Moderate", "zhongke_huanzhong", "27 15:24", "環中路二段/中科路口 汽機車擦撞，機車騎士受傷", truth=C)
    c_amb = s.fire119("ambulance", "zhongke_huanzhong", "27 15:23", "環中路中科路口 車禍，機車騎士1人腳部受傷", truth=C)
    s.rule("congestion", "SN-VD-HUANZHONG-02", "27 15:35", "環中路車輛偵測器2 平均車速 13 km/h，壅塞", truth=C, alt=None)
    s.dup(c_b, 60)
    # background
    s.rule("heavy_rain", "C0F9T0", "27 13:00", "西屯站 24 小時累積 215 mm，達豪雨標準", level="豪雨")
    s.rule("heavy_rain", "SN-RG-003", "27 13:20", "北屯雨量站 24 小時累積 205 mm，達豪雨標準", level="豪雨")
    s.citizen("flooding", "taiping", "27 13:50", "我阿嬤住太平，她說家裡淹水了，你們可以幫忙嗎", r=(200, 800))
    s.citizen("flooding", "fengyuan", "27 14:40", "豐原這邊圳溝滿出來了", r=(200, 800))
    s.rule("congestion", "SN-VD-ZHONGQING-02", "27 14:50", "中清路車輛偵測器2 平均車速 16 km/h，壅塞")
    s.citizen("noise", "eco_a", "27 15:00", "隔壁工地的鐵皮一直被風吹得碰碰叫，很吵", r=(50, 200))
    s.rule("heavy_rain", "SN-RG-001", "27 16:05", "中央公園雨量站 時雨量 58 mm，達大雨標準", level="大雨")
    s.rule("flood_depth", "SN-FL-002", "27 16:20", "中央公園滯洪池2 淹水深度 10 cm", level="1-15")
    s.status("SN-PK-005", "offline", "27 16:40", "離線 reason=comms_lost")
    s.status("SN-PK-005", "online", "27 16:43", "連線")
    s.inc(L, "flood", "黎明路凱旋路口低窪處淹水三個多小時（二度加深），封閉、抽水；住戶反覆來電", a)
    s.inc(T, "traffic", "中科路路樹倒塌占用兩車道，建設局清除", b2)
    s.inc(C, "traffic", "環中路二段/中科路口汽機車擦撞，機車騎士受傷送醫", c_amb)
    s.alternative("中科路與環中路兩處壅塞也可能是雨天下午一般車流（兩處都在主要幹道上）；此讀法下為背景。", same_incidents(s))
    s.dup(a38, 30)
    s.write()


def s515():
    s = Sit(515, "evening_rush_billboard_and_zhongqing_underpass",
            "傍晚尖峰（17:00-19:00）：台74/環中路口大型看板倒塌壓住一部轎車、駕駛受困；中清環中路口地下道淹水有車受困；"
            "尖峰壅塞、外區停電來電、停車場滿為背景。",
            notes="17:50 環中路車輛偵測器2 的壅塞：在看板現場附近，但時段也是尖峰，故列可議。")
    K = "A_billboard_t74"
    s.rule("congestion", "SN-VD-HUANZHONG-02", "27 17:20", "環中路車輛偵測器2 平均車速 16 km/h，壅塞")
    s.rule("congestion", "SN-VD-ZHONGQING-01", "27 17:25", "中清路車輛偵測器1 平均車速 14 km/h，壅塞")
    k1 = s.citizen("other", "t74_huanzhong", "27 17:36", "環中路台74那邊有一個大看板倒下來壓到一台車，裡面好像有人", truth=K, r=(40, 180))
    k2 = s.fire119("rescue", "t74_huanzhong", "27 17:37", "環中路二段/台74線口 廣告看板倒塌壓住轎車，駕駛受困", truth=K)
    s.device("cctv", "fallen_object", "SN-CCTV-001", "27 17:38", "路口西北側大型掉落物", truth=K, confidence=0.88,
             pos=s.near("t74_huanzhong", 20, 50))
    s.police("fallen_object", "Severe", "t74_huanzhong", "27 17:45", "環中路二段近台74線 看板倒塌壓車，封閉外側兩車道，消防救援中", truth=K)
    s.citizen("other", "kaixuan_huanzhong", "27 17:47", "環中路那邊看板被颱風吹倒了砸到車", truth=K, r=(80, 250))
    s.rule("congestion", "SN-VD-HUANZHONG-02", "27 17:50", "環中路車輛偵測器2 平均車速 6 km/h，壅塞", truth=K, alt=None)
    s.device("cctv", "stalled_vehicle", "SN-CCTV-002", "27 17:55", "車輛停滯", truth=K, confidence=0.52,
             pos=s.near("kaixuan_huanzhong", 30, 80))
    s.fire119("rescue", "t74_huanzhong", "27 18:12", "駕駛已救出，送醫", truth=K, key=k2 + "#on_scene", follows=k2,
              pos=s.near("t74_huanzhong", 5, 30))
    s.fire119("ambulance", "t74_huanzhong", "27 18:14", "看板壓車 駕駛1人 頭部擦傷 意識清楚", truth=K)
    # B: Zhongqing / Huanzhong underpass
    U = "B_zhongqing_underpass"
    s.rule("flood_depth", "SN-FL-006", "27 17:32", "中清環中路口地下道 淹水深度 19 cm", level="16-30", truth=U)
    u = s.rule("flood_depth", "SN-FL-006", "27 17:48", "中清環中路口地下道 淹水深度 45 cm", level=">30", truth=U)
    s.device("cctv", "stalled_vehicle", "SN-CCTV-008", "27 17:51", "地下道內車輛停滯", truth=U, confidence=0.81,
             pos=s.near("zhongqing_underpass", 10, 50))
    s.fire119("rescue", "zhongqing_underpass", "27 17:54", "中清環中路口地下道 一部車熄火，水深及車窗，車內2人", truth=U)
    s.police("road_closure", "Severe", "zhongqing_underpass", "27 17:58", "中清路環中路口地下道封閉，車流改走平面", truth=U)
    s.rule("congestion", "SN-VD-HUANZHONG-03", "27 18:03", "環中路車輛偵測器3 平均車速 5 km/h，壅塞", truth=U)
    s.citizen("flooding", "zhongqing_underpass", "27 18:05", "中清路地下道淹水有車子泡在裡面", truth=U, r=(60, 250))
    s.citizen("flooding", "zhongqing_mid", "27 18:20", "中清路那個地下道是不是淹了？公車都不進站", truth=U, r=(200, 600))
    s.rule("congestion", "SN-VD-ZHONGQING-01", "27 18:10", "中清路車輛偵測器1 平均車速 4 km/h，壅塞", truth=U)
    # background
    s.rule("heavy_rain", "SN-RG-002", "27 17:10", "水湳轉運中心雨量站 時雨量 62 mm，達大雨標準", level="大雨")
    s.device("parking", "full", "SN-PK-001", "27 17:40", "車位已滿")
    s.citizen("other", "beitun_far", "27 18:00", "北屯我們這整條都停電了，台電電話打不進去", r=(100, 500))
    s.citizen("illegal_parking", "pop_music", "27 18:25", "有人把車停在消防通道", r=(50, 200))
    s.rule("heavy_rain", "C0F9T0", "27 18:30", "西屯站 24 小時累積 268 mm，達豪雨標準", level="豪雨")
    s.status("SN-CCTV-010", "offline", "27 18:35", "離線 reason=comms_lost")
    s.status("SN-CCTV-010", "online", "27 18:38", "連線")
    s.citizen("other", "eco_a", "27 18:45", "我家陽台盆栽被吹倒，問一下要找哪個單位", r=(30, 200))
    s.inc(K, "rescue", "環中路二段/台74線口廣告看板倒塌壓車、駕駛受困救出，外側車道封閉", k2)
    s.inc(U, "flood", "中清環中路口地下道淹水逾30公分，車輛受困、地下道封閉", u)
    s.alternative("17:50 的壅塞在尖峰時段，可能只是一般尖峰車流；此讀法下它是背景。", same_incidents(s))
    s.write()


def s516():
    s = Sit(516, "night_eco_residential_blackout_and_candle_fire",
            "入夜（19:00-21:30）：生態住宅區停電，整排路燈全暗、經貿路/中平路口號誌黑燈、監視器與偵測器斷電、兩棟集合住宅總機報停電；"
            "A區電梯受困長者另案救援；B區住戶點蠟燭引燃窗簾，總機火警、119 出動；發電機噪音與區域排水三級警戒為背景。")
    PW = "P_power_eco"
    s.rule("heavy_rain", "SN-RG-001", "27 19:05", "中央公園雨量站 24 小時累積 356 mm，達大豪雨標準", level="大豪雨")
    p1 = s.device("fire_alarm", "fault", "SN-FA-011", "27 19:14:10", "主電源停電，預備電源供電中", truth=PW)
    s.device("fire_alarm", "fault", "SN-FA-012", "27 19:14:12", "主電源停電，預備電源供電中", truth=PW)
    sk = s.device("signal", "fault", "SN-SIG-011", "27 19:14:20", "號誌控制器失電，全暗", truth=PW, alt="S_dark_signal_eco")
    s.status("SN-CCTV-011", "offline", "27 19:14:25", "離線 reason=mains_power_lost", truth=PW)
    s.rule("sensor_offline", "SN-VD-ZHONGPING-02", "27 19:25", "中平路車輛偵測器2 逾 10 分鐘未回傳", truth=PW)
    c = s.citizen("streetlight", "eco_a", "27 19:17", "經貿路這邊整排路燈都不亮，整區一片漆黑", truth=PW, r=(50, 200))
    s.citizen("streetlight", "eco_b", "27 19:20", "生態住宅這邊停電了，路燈全暗", truth=PW, r=(50, 200))
    s.citizen("traffic_signal", "jingmao_zhongping", "27 19:22", "經貿路中平路口紅綠燈沒亮", truth=PW, alt="S_dark_signal_eco",
              r=(20, 100))
    s.police("traffic_signal_fault", "Moderate", "jingmao_zhongping", "27 19:35", "經貿路/中平路口號誌停電，派員指揮", truth=PW,
             alt="S_dark_signal_eco")
    s.citizen("other", "eco_a", "27 19:40", "電什麼時候會來？家裡有老人要用製氧機", truth=PW, r=(30, 150))
    s.citizen("streetlight", "eco_b", "27 20:05", "剛剛打過了，路燈還是都沒亮，很暗很危險", truth=PW, r=(50, 200))
    # R: elevator in block A
    R = "R_lift_eco_a"
    r = s.fire119("rescue", "eco_a", "27 19:28", "水湳生態住宅A區 停電電梯受困，長者1名", truth=R, r=(5, 25))
    s.fire119("rescue", "eco_a", "27 19:52", "已救出，無不適", truth=R, key=r + "#on_scene", follows=r, r=(5, 25))
    # F: candle fire in block B
    F = "F_fire_eco_b"
    f = s.device("fire_alarm", "alarm", "SN-FA-012", "27 20:41", "火警 5F 偵煙器動作", truth=F)
    s.citizen("fire_smoke", "eco_b", "27 20:43", "B區五樓好像有燒東西的味道，走廊有煙", truth=F, r=(10, 60))
    fk = s.fire119("fire", "eco_b", "27 20:44", "水湳生態住宅B區 5樓 住戶點蠟燭引燃窗簾", truth=F, r=(5, 25))
    s.fire119("fire", "eco_b", "27 21:02", "火勢已撲滅，無人受傷，現場排煙", truth=F, key=fk + "#on_scene",
              follows=fk, r=(5, 25))
    s.device("fire_alarm", "normal", "SN-FA-012", "27 21:10", "復歸", truth=F)
    s.dup(f, 45)
    # background
    s.citizen("noise", "eco_a", "27 20:20", "樓下有人開發電機很吵", r=(30, 150))
    s.rule("water_level", "SN-WL-003", "27 20:00", "水湳區域排水經貿路水位 2.12 m，達三級警戒", level="3")
    s.rule("heavy_rain", "C0F9T0", "27 20:10", "西屯站 24 小時累積 362 mm，達大豪雨標準", level="大豪雨")
    s.citizen("動物救援", "park_mid", "27 20:30", "公園旁邊有一隻狗被困在水溝邊一直叫", r=(50, 300))
    s.citizen("other", "wuri", "27 20:50", "烏日這邊停電好幾個小時了", r=(200, 800))
    s.status("SN-FL-005", "offline", "27 21:15", "離線 reason=battery_low")
    s.inc(PW, "infrastructure", "生態住宅區停電：路燈全暗、號誌黑燈、監視器與偵測器斷電、住宅總機報停電", p1)
    s.inc(R, "rescue", "生態住宅A區停電電梯受困長者1名", r)
    s.inc(F, "fire", "生態住宅B區5樓點蠟燭引燃窗簾，撲滅無傷", f)
    alt_sig = {"label": "S_dark_signal_eco", "type": "traffic", "description": "經貿路/中平路口號誌停電黑燈，員警指揮",
               "sufficient_evidence_key": sk}
    s.alternative("號誌黑燈是交通局與員警的派遣，另列一件交通事件。", same_incidents(s, add=[alt_sig]))
    s.write()


if __name__ == "__main__":
    for f in (s511, s512, s513, s514, s515, s516):
        f()
