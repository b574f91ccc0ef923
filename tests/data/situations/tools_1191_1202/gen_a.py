"""Situations 1191-1196 (seeded; run from anywhere)."""
from lib import Situation, P, offset


def near(s, place, r1=10, r2=80):
    pt = P[place] if isinstance(place, str) else place
    return offset(pt, s.rng, r1, r2)


def s1191():
    s = Situation(1191, "monday_rush_crash_and_bus", (2026, 5, 25), (7, 0), 1191,
                  "Monday morning rush: a scooter crash at Zhongqing/Huanzhong and a broken-down bus")
    s.description = ("週一上午07:00-09:30 尖峰時段。07:52 中清路/環中路口自小客車追撞機車，騎士受傷送醫；"
                     "08:20 黎明路三段/凱旋路口公車拋錨佔用外側車道。其餘為例行尖峰壅塞、路燈、違停與偵測器斷線。")
    A, B = "crash_zhongqing", "bus_kaixuan"
    # background first hour
    s.add("1999", "noise", 4, None, "經貿路三段工地一早七點就在打樁，很吵，請環保局處理", pt=near(s, "eco_a", 30, 150))
    s.add("rule", "congestion", 9, None, "環中路車輛偵測器1 平均車速降至 18 km/h，占有率 46%", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    s.add("1999", "streetlight", 14, None, "經貿路二段人行道路燈不亮，燈桿編號 XT-03412", pt=near(s, "jingmao_7th", 40, 200))
    s.add("rule", "congestion", 24, None, "環中路車輛偵測器2 平均車速降至 15 km/h，占有率 51%", sensor="SN-VD-HUANZHONG-02", severity="Moderate")
    s.add("rule", "congestion", 33, None, "黎明路車輛偵測器1 平均車速降至 20 km/h", sensor="SN-VD-LIMING-01", severity="Minor")
    s.add("1999", "illegal_parking", 39, None, "河南路停車場出口有貨車違停擋住車道", pt=near(s, "park_carpark_s", 500, 700))
    s.add("parking", "full", 44, None, "水湳轉運中心停車場 小型車位已滿", sensor="SN-PK-001")
    # crash at Zhongqing / Huanzhong
    cv = s.add("cctv", "stalled_vehicle", 52.4, A, "中清路/環中路口 偵測車輛停滯於路口內", sensor="SN-CCTV-008", confidence=0.78)
    c1 = s.add("1999", "traffic_accident", 53.1, A, "中清路環中路口有車禍，一台機車被撞，騎士倒在地上", pt=near(s, "zhongqing_huanzhong", 30, 120))
    s.add("1999", "traffic_accident", 54.0, A, "環中路往中清路那個路口，汽車撞機車，有人受傷", pt=near(s, "zhongqing_huanzhong", 60, 250))
    amb = s.add("119", "ambulance", 54.5, A, "中清路與環中路口車禍，機車騎士一名受傷，派遣北屯分隊救護車", pt=near(s, "zhongqing_huanzhong", 0, 20), status="dispatched")
    pol = s.add("incident", "injury_accident", 56.0, A, "中清路與環中路口自小客車追撞機車，騎士左腿受傷，已通報救護，現場管制內側車道",
                pt=near(s, "zhongqing_huanzhong", 0, 25), severity="Moderate")
    s.add("rule", "congestion", 58.0, A, "中清路車輛偵測器1 平均車速降至 12 km/h，占有率 58%", sensor="SN-VD-ZHONGQING-01", severity="Moderate")
    s.add("rule", "congestion", 60.5, A, "環中路車輛偵測器3 平均車速降至 16 km/h", sensor="SN-VD-HUANZHONG-03", severity="Minor", truth_alt=None)
    s.add("119", "ambulance", 61.0, A, "救護車抵達現場，傷者意識清楚", pt=near(s, "zhongqing_huanzhong", 0, 20), status="on_scene", follows=amb)
    s.add("incident", "injury_accident", 63.0, A, "第二組警力到場協助測繪，中清路往北外側車道暫時封閉",
          pt=near(s, "zhongqing_huanzhong", 0, 30), severity="Minor", follows=pol)
    s.dup(cv, 95)
    s.add("119", "ambulance", 72.0, A, "傷者送往中國醫藥大學附設醫院", pt=near(s, "zhongqing_huanzhong", 0, 20), status="returning", follows=amb)
    # broken-down bus at Liming / Kaixuan
    s.add("cctv", "stalled_vehicle", 80.2, B, "黎明路三段/凱旋路口 外側車道車輛停滯", sensor="SN-CCTV-007", confidence=0.71)
    bp = s.add("incident", "stalled_vehicle", 84.0, B, "黎明路三段與凱旋路口市區公車故障拋錨，佔用外側車道，已派員協助疏導",
               pt=near(s, "liming_kaixuan", 0, 30), severity="Minor")
    s.add("1999", "other", 86.0, B, "凱旋路黎明路口有公車停在路中間不動，後面都塞住了", pt=near(s, "liming_kaixuan", 40, 180))
    s.add("rule", "congestion", 87.5, B, "凱旋路車輛偵測器1 平均車速降至 14 km/h", sensor="SN-VD-KAIXUAN-01", severity="Moderate", truth_alt=None)
    s.add("incident", "injury_accident", 89.0, A, "事故車輛已移置路旁，中清路恢復通行", pt=near(s, "zhongqing_huanzhong", 0, 25), severity="Minor", follows=pol)
    s.add("1999", "traffic_accident", 92.0, A, "剛剛經過中清環中路口看到車禍，不知道有沒有人處理", pt=near(s, "zhongqing_huanzhong", 200, 600), delay=900)
    # background second half
    s.add("status", "offline", 96.0, None, "河南路車輛偵測器2 通訊中斷", sensor="SN-VD-HENAN-02", reason="comms_lost")
    s.add("rule", "sensor_offline", 99.0, None, "河南路車輛偵測器2 超過 3 分鐘未回傳資料", sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("status", "online", 107.0, None, "河南路車輛偵測器2 恢復連線", sensor="SN-VD-HENAN-02")
    s.add("1999", "road_damage", 111.0, None, "中平路靠經貿路口有一個坑洞，機車經過很危險", pt=near(s, "jingmao_zhongping", 30, 150))
    s.add("incident", "stalled_vehicle", 118.0, B, "故障公車已由客運公司拖離，恢復通行", pt=near(s, "liming_kaixuan", 0, 30), severity="Minor", follows=bp)
    s.add("119", "ambulance", 121.0, A, "救護任務結束", pt=near(s, "zhongqing_huanzhong", 0, 20), status="closed", follows=amb)
    s.add("1999", "streetlight", 133.0, None, "中科路靠環中路那排路燈白天還亮著", pt=near(s, "zhongke_huanzhong", 50, 300))
    s.add("rule", "congestion", 140.0, None, "環中路車輛偵測器4 平均車速降至 22 km/h", sensor="SN-VD-HUANZHONG-04", severity="Minor")
    s.add("1999", "traffic_accident", 55.2, A, "中清路口車禍，騎士還躺在地上，救護車來了沒", pt=near(s, "zhongqing_huanzhong", 20, 90))
    s.add("1999", "traffic_accident", 57.0, A, "環中路上塞車，前面中清路口好像出車禍", pt=near(s, "zhongke_huanzhong", 100, 500))
    s.dup(amb, 40)
    s.add("rule", "congestion", 66.0, A, "中清路車輛偵測器1 平均車速降至 7 km/h，占有率 74%", sensor="SN-VD-ZHONGQING-01", severity="Moderate")
    s.add("cctv", "stalled_vehicle", 81.5, B, "黎明路三段/凱旋路口 外側車道車輛持續停滯", sensor="SN-CCTV-007", confidence=0.76)
    s.add("1999", "other", 90.0, B, "我在公車上，公車壞在黎明路凱旋路口，司機叫我們下車換車", pt=near(s, "liming_kaixuan", 0, 40))
    s.add("incident", "stalled_vehicle", 97.0, B, "客運公司拖吊車已出發，預計20分鐘到場", pt=near(s, "liming_kaixuan", 0, 30), severity="Minor", follows=bp)
    s.incident(A, "traffic", "07:52 中清路/環中路口自小客車追撞機車，騎士受傷送醫；救護、警力與路口壅塞", c1)
    s.incident(B, "traffic", "08:20 黎明路三段/凱旋路口市區公車拋錨佔用外側車道，拖離後恢復", bp)
    s.alternative("尖峰時段的偵測器壅塞（環中路3、凱旋路1）也可能是每日例行壅塞，而非事故或拋錨造成。",
                  drop=(), add=())
    return s


def s1192():
    s = Situation(1192, "tuesday_shower_lowpoint_and_tree", (2026, 5, 26), (14, 30), 1192,
                  "Tuesday afternoon thunderstorm: water at the Jingmao Rd low point and a tree down on Dunhua Rd")
    s.description = ("週二下午14:30-17:00 梅雨鋒面午後雷陣雨。經貿路三段低窪處因水溝蓋被落葉堵住積水最深約20公分；"
                     "同時陣風吹倒敦化路一段路樹擋住車道（相距約330公尺，兩件事）。滯洪池進水、大雨警示、號誌短暫閃斷為背景。")
    F, T = "flood_jingmao_low", "tree_dunhua"
    tree = (120.6600, 24.1795)
    s.add("1999", "streetlight", 3, None, "敦化路一段路燈燈罩鬆脫，燈桿編號 BT-11820", pt=near(s, "eco_b", 50, 250))
    s.add("rule", "heavy_rain", 18, None, "中央公園雨量站 時雨量 42 mm，達大雨標準", sensor="SN-RG-001", severity="Moderate", level="大雨")
    s.add("rule", "heavy_rain", 24, None, "西屯雨量站 時雨量 40.5 mm，達大雨標準", sensor="C0F9T0", severity="Moderate", level="大雨")
    t1 = s.add("1999", "fallen_tree", 29.0, T, "敦化路一段有一棵路樹被風吹倒，橫在馬路上擋住兩個車道", pt=offset(tree, s.rng, 20, 90))
    s.add("1999", "fallen_tree", 31.5, T, "敦化路往經貿路方向大樹倒下來，車子都要繞過去", pt=offset(tree, s.rng, 50, 200))
    s.add("rule", "flood_depth", 32.0, F, "經貿路低窪處 淹水深度 9 cm", sensor="SN-FL-008", severity="Minor", level="1-15")
    tp = s.add("incident", "fallen_object", 35.0, T, "敦化路一段路樹倒伏佔用兩線車道，已通報養工處，員警現場指揮", pt=offset(tree, s.rng, 0, 30), severity="Moderate")
    f1 = s.add("1999", "flooding", 36.0, F, "經貿路三段靠敦化路那邊路面積水，機車騎過去水花很大", pt=near(s, "jingmao_lowpoint", 20, 120))
    s.add("rule", "flood_depth", 39.0, None, "中央公園滯洪池2 淹水深度 11 cm", sensor="SN-FL-002", severity="Minor", level="1-15")
    s.add("1999", "blocked_drain", 41.0, F, "經貿路三段水溝蓋被落葉塞住，水都排不下去", pt=near(s, "jingmao_lowpoint", 10, 80))
    s.add("rule", "flood_depth", 44.0, None, "中央公園滯洪池3 淹水深度 8 cm", sensor="SN-FL-003", severity="Minor", level="1-15")
    s.add("rule", "flood_depth", 47.5, F, "經貿路低窪處 淹水深度 21 cm", sensor="SN-FL-008", severity="Moderate", level="16-30")
    s.add("signal", "fault", 49.0, None, "經貿路/中平路 號誌控制器 電源瞬斷", sensor="SN-SIG-011")
    s.add("1999", "flooding", 50.0, F, "經貿路這邊淹到快二十公分了，汽車開過去會濺到人行道", pt=near(s, "jingmao_lowpoint", 50, 250))
    s.add("signal", "restored", 52.0, None, "經貿路/中平路 號誌恢復正常運作", sensor="SN-SIG-011")
    fp = s.add("incident", "flooding_report", 53.0, F, "經貿路三段近敦化路段外側車道積水約20公分，車輛減速通行，已通報水利局",
               pt=near(s, "jingmao_lowpoint", 0, 40), severity="Minor")
    s.add("rule", "congestion", 55.0, F, "經貿路車輛偵測器2 平均車速降至 17 km/h", sensor="SN-VD-JINGMAO-02", severity="Minor", truth_alt=None)
    s.add("rule", "flood_depth", 56.0, None, "中央公園滯洪池4 淹水深度 13 cm", sensor="SN-FL-004", severity="Minor", level="1-15")
    s.dup(f1, 240)
    s.add("1999", "flooding", 58.0, F, "我在綠美圖這邊看到經貿路南邊那段好像淹水了", pt=near(s, "museumbrary", 50, 300))
    s.add("incident", "fallen_object", 63.0, T, "養工處人員到場鋸除倒樹，暫時封閉外側車道", pt=offset(tree, s.rng, 0, 30), severity="Minor", follows=tp)
    s.add("status", "offline", 66.0, None, "中央公園滯洪池5 電池電壓過低", sensor="SN-FL-005", reason="battery_low")
    s.add("rule", "sensor_offline", 78.0, None, "中央公園滯洪池5 淹水感測器 超過 10 分鐘未回傳", sensor="SN-FL-005", severity="Minor")
    s.add("1999", "blocked_drain", 84.0, F, "水利局的人來清過水溝了，但是還有一點積水", pt=near(s, "jingmao_lowpoint", 10, 80), follows=f1)
    s.add("incident", "flooding_report", 92.0, F, "經貿路三段積水已退至約5公分，恢復雙線通行", pt=near(s, "jingmao_lowpoint", 0, 40), severity="Minor", follows=fp)
    s.add("rule", "flood_depth", 96.0, F, "經貿路低窪處 淹水深度降至 6 cm", sensor="SN-FL-008", severity="Minor", level="1-15")
    s.add("incident", "fallen_object", 101.0, T, "倒樹已清除完畢，敦化路一段恢復通行", pt=offset(tree, s.rng, 0, 30), severity="Minor", follows=tp)
    s.add("1999", "illegal_parking", 110.0, None, "經貿五路有車一直停在公車站牌前面", pt=near(s, "dunhua_jingmao5", 50, 200))
    s.add("rule", "congestion", 122.0, None, "環中路車輛偵測器2 平均車速降至 21 km/h", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("rule", "congestion", 140.0, None, "凱旋路車輛偵測器1 平均車速降至 19 km/h", sensor="SN-VD-KAIXUAN-01", severity="Minor")
    s.add("1999", "fallen_tree", 34.0, T, "生態住宅旁邊敦化路大樹倒了，差點壓到機車", pt=offset(tree, s.rng, 30, 150))
    s.add("1999", "flooding", 45.0, F, "經貿路低窪那邊又淹水了，水溝都排不掉", pt=near(s, "eco_b", 20, 150))
    s.add("rule", "flood_depth", 62.0, F, "經貿路低窪處 淹水深度 24 cm", sensor="SN-FL-008", severity="Moderate", level="16-30")
    s.add("incident", "flooding_report", 66.0, F, "水利局清溝人員到場，外側車道暫時封閉", pt=near(s, "jingmao_lowpoint", 0, 40), severity="Minor", follows=fp)
    s.add("1999", "fallen_tree", 70.0, T, "敦化路倒樹的地方還沒清完，車子都擠一個車道", pt=offset(tree, s.rng, 50, 250))
    s.add("rule", "flood_depth", 79.0, F, "經貿路低窪處 淹水深度 14 cm", sensor="SN-FL-008", severity="Minor", level="1-15")
    s.add("1999", "flooding", 81.0, F, "經貿路三段水有退一點了，但是路邊還有很多泥沙", pt=near(s, "jingmao_lowpoint", 20, 100))
    s.add("rule", "congestion", 68.0, T, "中平路車輛偵測器2 平均車速降至 20 km/h（敦化路改道車流）", sensor="SN-VD-ZHONGPING-02", severity="Minor", truth_alt=None)
    s.incident(F, "flood", "經貿路三段低窪處水溝阻塞積水，最深約21公分，清溝後退水", f1)
    s.incident(T, "traffic", "敦化路一段路樹被陣風吹倒擋住兩線車道，養工處鋸除後恢復", t1)
    s.alternative("經貿路車輛偵測器2 的壅塞在下雨的下班前也常見，可讀為背景而非積水造成。")
    return s


def s1193():
    s = Situation(1193, "wednesday_noon_kitchen_fire", (2026, 5, 27), (11, 20), 1193,
                  "Wednesday lunchtime: kitchen fire in eco-residential block A, a stolen bag at the convention centre")
    s.description = ("週三中午11:20-13:30。11:32 水湳生態住宅A區集合住宅三樓廚房起火，火警總機、民眾、119、警方與遠處監視器都看到煙；"
                     "一名住戶嗆傷送醫屬同一火警。13:00 會展中心B棟展場民眾背包遭竊。平日展覽本身、逢甲校區總機故障為背景。")
    F, TH = "kitchen_fire_eco_a", "theft_conv_b"
    s.add("planned_event", "exhibition", 0, None, "臺中國際會展中心 2026 智慧城市暨物聯網展，B棟，預估參觀 6,000 人次",
          pt=P["conv_b"], delay=0, ends="2026-05-27T10:00:00Z", radius_m=300, observed_shift_s=-(2 * 60 + 20) * 60)
    s.add("1999", "noise", 5, None, "黎明路三段工地中午施工噪音很大", pt=near(s, "jingmao_liming", 100, 300))
    s.add("rule", "congestion", 8, None, "環中路車輛偵測器1 平均車速降至 23 km/h", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    fa = s.add("fire_alarm", "alarm", 12.0, F, "3F 住戶廚房 偵煙探測器動作 第3迴路", sensor="SN-FA-011")
    s.dup(fa, 30)
    c1 = s.add("1999", "fire_smoke", 13.6, F, "經貿路三段那棟社區大樓三樓陽台一直冒黑煙，好像失火了", pt=near(s, "eco_a", 40, 130))
    fd = s.add("119", "fire", 15.0, F, "北屯區經貿路三段 水湳生態住宅A區集合住宅 3樓住宅火警，派遣消防車3輛、救護車1輛",
               pt=near(s, "eco_a", 0, 15), status="dispatched")
    s.add("1999", "fire_smoke", 16.2, F, "我在綠美圖外面，看到東南邊有一股黑煙往上冒，不知道是哪裡", pt=near(s, "museumbrary", 0, 80))
    s.add("cctv", "smoke", 17.0, F, "經貿路二段/經貿七路 畫面南側遠方偵測煙霧", sensor="SN-CCTV-006", confidence=0.55)
    s.add("incident", "fire_report", 20.0, F, "經貿路三段集合住宅火警，管制外側車道供消防車停靠", pt=near(s, "eco_a", 0, 40), severity="Moderate")
    s.add("119", "fire", 21.5, F, "第一梯次抵達現場，三樓廚房火勢局部，住戶已自行疏散", pt=near(s, "eco_a", 0, 15), status="on_scene", follows=fd)
    s.add("1999", "fire_smoke", 23.0, F, "我們這棟B區也聞到很重的燒焦味，是隔壁棟失火嗎", pt=near(s, "eco_b", 0, 60))
    s.add("rule", "congestion", 27.0, F, "經貿路車輛偵測器2 平均車速降至 14 km/h", sensor="SN-VD-JINGMAO-02", severity="Moderate", truth_alt=None)
    amb = s.add("119", "ambulance", 30.0, F, "火警現場一名住戶吸入濃煙，意識清楚，送醫", pt=near(s, "eco_a", 0, 15), status="dispatched")
    s.add("119", "fire", 36.0, F, "火勢撲滅，殘火處理中", pt=near(s, "eco_a", 0, 15), status="on_scene", follows=fd)
    s.add("rule", "congestion", 40.0, None, "環中路車輛偵測器2 平均車速降至 22 km/h", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("fire_alarm", "fault", 48.0, None, "第5迴路 斷線故障", sensor="SN-FA-009")
    s.add("119", "ambulance", 49.0, F, "傷者送抵醫院，救護車返隊", pt=near(s, "eco_a", 0, 15), status="returning", follows=amb)
    s.add("119", "fire", 55.0, F, "現場處理完畢，人車返隊", pt=near(s, "eco_a", 0, 15), status="returning", follows=fd)
    s.add("fire_alarm", "normal", 56.5, None, "第5迴路 故障排除復歸", sensor="SN-FA-009")
    s.add("fire_alarm", "normal", 61.0, F, "火警受信總機 復歸", sensor="SN-FA-011")
    s.add("incident", "fire_report", 63.0, F, "火警處理完畢，經貿路三段外側車道解除管制", pt=near(s, "eco_a", 0, 40), severity="Minor")
    s.add("1999", "streetlight", 66.0, None, "中平路人行道路燈燈桿傾斜，燈桿編號 XT-05127", pt=near(s, "jingmao_zhongping", 50, 300))
    s.add("parking", "full", 69.0, None, "臺中國際會展中心停車場 小型車位已滿", sensor="SN-PK-006")
    th = s.add("incident", "theft", 100.0, TH, "臺中國際會展中心B棟展場內，民眾放在攤位旁的背包遭竊，內有手機、錢包，已受理報案",
               pt=near(s, "conv_b", 0, 40), severity="Minor")
    s.add("status", "offline", 104.0, None, "河南路/中平路 路口監視器 例行維護", sensor="SN-CCTV-010", reason="maintenance")
    s.add("1999", "illegal_parking", 108.0, None, "會展中心旁邊經貿路紅線停滿了車", pt=near(s, "conv_a", 60, 200))
    s.add("incident", "theft", 118.0, TH, "調閱展場監視器中，疑似竊嫌已離開會場", pt=near(s, "conv_b", 0, 40), severity="Minor", follows=th)
    s.add("status", "online", 124.0, None, "河南路/中平路 路口監視器 維護完成", sensor="SN-CCTV-010")
    s.add("fire_alarm", "alarm", 14.5, F, "4F 走廊 偵煙探測器動作 第4迴路", sensor="SN-FA-011")
    s.add("1999", "fire_smoke", 15.0, F, "經貿路三段社區大樓失火了，有人在陽台喊救命", pt=near(s, "eco_a", 20, 100))
    s.add("1999", "fire_smoke", 18.5, F, "中央公園這邊看到東邊大樓在冒煙", pt=near(s, "park_mid", 0, 200))
    s.add("incident", "fire_report", 25.0, F, "住戶約40人自行疏散至中庭，清點中", pt=near(s, "eco_a", 0, 40), severity="Moderate")
    s.add("119", "fire", 70.0, F, "案件結案", pt=near(s, "eco_a", 0, 15), status="closed", follows=fd)
    s.incident(F, "fire", "11:32 水湳生態住宅A區集合住宅三樓廚房火警：總機、民眾（含800公尺外）、監視器煙霧、119出勤與一名嗆傷住戶送醫", c1)
    s.incident(TH, "public_safety", "13:00 會展中心B棟展場民眾背包遭竊", th)
    s.alternative("嗆傷住戶的救護派遣可視為另一件救護案（救護車另派），而非火警本案。",
                  add=[{"label": "smoke_casualty_eco_a", "type": "rescue",
                        "description": "火警現場嗆傷住戶送醫", "sufficient_evidence_key": amb}])
    for it in s.items:
        if it["key"] == amb or it.get("follows") == amb:
            it["truth_alt"] = "smoke_casualty_eco_a"
    return s


def s1194():
    s = Situation(1194, "friday_concert_night", (2026, 5, 29), (18, 0), 1194,
                  "Friday night concert at the Pop Music Center: the event's crowd and traffic, a fainting, a scooter scrape")
    s.description = ("週五18:00-22:00 臺中流行影音中心演唱會（19:30-22:00，預估一萬人，凱旋路交通管制）。"
                     "演唱會的人潮、停車場滿位、周邊違停與壅塞歸為活動勤務一案；21:10 場內觀眾暈倒送醫另案；"
                     "21:45 河南路/中平路口機車與汽車擦撞另案。")
    C, M, X = "concert_pop_music", "fainting_concert", "scrape_henan_zhongping"
    pm = s.add("planned_event", "concert", 0, C, "臺中流行影音中心 戶外演唱會，預估觀眾 10,000 人，凱旋路、中科路 18:30-22:30 交通管制",
               pt=P["pop_music"], delay=0, ends="2026-05-29T14:00:00Z", radius_m=600, observed_shift_s=90 * 60)
    s.add("rule", "congestion", 9, None, "環中路車輛偵測器1 平均車速降至 16 km/h", sensor="SN-VD-HUANZHONG-01", severity="Moderate")
    s.add("parking", "full", 19, None, "水湳轉運中心停車場 小型車位已滿", sensor="SN-PK-001")
    s.add("1999", "streetlight", 26, None, "中央公園北側步道路燈不亮，晚上很暗", pt=near(s, "park_north", 20, 150))
    s.add("parking", "full", 55, C, "中央公園地下停車場(南) 小型車位已滿", sensor="SN-PK-005")
    s.add("parking", "full", 61, C, "河南路停車場 小型車位已滿", sensor="SN-PK-003")
    s.add("incident", "crowd_control", 66, C, "流行影音中心演唱會觀眾進場，凱旋路實施交通管制，員警20名執勤", pt=near(s, "pop_music", 0, 60), severity="Minor")
    s.add("rule", "congestion", 72, C, "凱旋路車輛偵測器2 平均車速降至 11 km/h，占有率 61%", sensor="SN-VD-KAIXUAN-02", severity="Moderate")
    s.add("rule", "congestion", 79, C, "中科路車輛偵測器1 平均車速降至 15 km/h", sensor="SN-VD-ZHONGKE-01", severity="Moderate")
    s.add("status", "offline", 84, None, "經貿六停車場 資料閘道斷線", sensor="SN-PK-002", reason="comms_lost")
    s.add("1999", "illegal_parking", 97, C, "凱旋路上一整排車停在紅線上，公車都過不去", pt=near(s, "pop_music", 80, 300))
    s.add("status", "online", 99, None, "經貿六停車場 恢復連線", sensor="SN-PK-002")
    s.add("1999", "illegal_parking", 108, C, "中科路巷口被去看演唱會的車擋住，我家車子開不出去", pt=near(s, "pop_music", 150, 450))
    s.add("1999", "noise", 126, C, "演唱會音量太大了，住在經貿路這邊窗戶關起來都聽得到", pt=near(s, "eco_a", 0, 200), truth_alt=None)
    s.add("1999", "other", 141, None, "中央公園裡有一群流浪狗追人", pt=near(s, "park_mid", 30, 200))
    m1 = s.add("119", "ambulance", 190, M, "臺中流行影音中心演唱會場內一名女性觀眾暈倒，派遣救護車", pt=near(s, "pop_music", 0, 40), status="dispatched")
    s.add("incident", "crowd_control", 191, C, "場內觀眾推擠，已請主辦單位加派保全", pt=near(s, "pop_music", 0, 60), severity="Minor")
    s.add("119", "ambulance", 197, M, "救護車抵達，患者疑似中暑脫水，意識清楚", pt=near(s, "pop_music", 0, 40), status="on_scene", follows=m1)
    s.dup(m1, 120)
    s.add("119", "ambulance", 209, M, "患者送往澄清醫院中港院區", pt=near(s, "pop_music", 0, 40), status="returning", follows=m1)
    s.add("cctv", "crowding", 214, C, "黎明路三段/凱旋路口 行人聚集", sensor="SN-CCTV-007", confidence=0.66)
    s.add("rule", "congestion", 216, C, "凱旋路車輛偵測器2 平均車速降至 9 km/h，散場車流", sensor="SN-VD-KAIXUAN-02", severity="Moderate")
    s.add("parking", "full", 218, C, "臺中國際會展中心停車場 小型車位已滿（演唱會接駁）", sensor="SN-PK-006")
    s.add("cctv", "stalled_vehicle", 224.5, X, "河南路/中平路口 車輛停滯", sensor="SN-CCTV-010", confidence=0.61)
    x1 = s.add("1999", "traffic_accident", 226, X, "河南路中平路口機車跟汽車擦撞，兩個人在路邊吵", pt=near(s, "henan_zhongping", 20, 120))
    xp = s.add("incident", "accident", 229, X, "河南路二段與中平路口機車與自小客車擦撞，無人受傷，員警到場處理", pt=near(s, "henan_zhongping", 0, 25), severity="Minor")
    s.add("rule", "congestion", 231, X, "中平路車輛偵測器1 平均車速降至 17 km/h", sensor="SN-VD-ZHONGPING-01", severity="Minor", truth_alt=C)
    s.add("incident", "crowd_control", 236, C, "觀眾散場，經貿路二段往轉運中心人潮眾多，持續疏導", pt=near(s, "jingmao_liming", 0, 80), severity="Minor")
    s.add("1999", "noise", 238, C, "散場的人在經貿路大聲唱歌喊叫", pt=near(s, "jingmao_7th", 50, 250), truth_alt=None)
    s.add("incident", "accident", 239, X, "雙方同意自行和解，車輛已移置", pt=near(s, "henan_zhongping", 0, 25), severity="Minor", follows=xp)
    s.incident(C, "crowd", "流行影音中心演唱會的人潮與交通勤務：許可、管制、停車場滿位、周邊壅塞、違停與噪音陳情", pm)
    s.incident(M, "rescue", "21:10 演唱會場內觀眾暈倒，救護車送醫", m1)
    s.incident(X, "traffic", "21:45 河南路二段/中平路口機車與自小客車擦撞，無人受傷", x1)
    s.alternative("噪音陳情屬環保局例行1999案，不算演唱會勤務；中平路偵測器的散場壅塞可能是演唱會車流而非擦撞。")
    return s


def s1195():
    s = Situation(1195, "saturday_night_dark_signal_burst_main", (2026, 5, 30), (2, 10), 1195,
                  "Small hours: a dark signal at Jingmao/Jingmao 7th and a burst water main on Dunhua Rd")
    s.description = ("週六凌晨02:10-05:10。02:25 經貿路二段/經貿七路口號誌全暗，04:20 廠商換電源後恢復；"
                     "03:10 敦化路一段/經貿五路附近自來水管破裂，路面冒水流向經貿路低窪處，附近住戶停水。兩地相距約660公尺，兩案。")
    S, W = "dark_signal_jingmao7", "burst_main_dunhua"
    s.add("1999", "noise", 8, None, "環中路二段又有改裝車在飆車，很吵睡不著", pt=near(s, "kaixuan_huanzhong", 200, 600))
    sf = s.add("signal", "fault", 15, S, "號誌控制器異常，燈號全暗", sensor="SN-SIG-006")
    s.add("cctv", "signal_dark", 16, S, "經貿路二段/經貿七路口 號誌燈號未亮", sensor="SN-CCTV-006", confidence=0.83, observed_shift_s=170)
    s.dup(sf, 60)
    s.add("status", "offline", 22, None, "黎明路車輛偵測器1 通訊中斷", sensor="SN-VD-LIMING-01", reason="comms_lost")
    s.add("rule", "sensor_offline", 25, None, "黎明路車輛偵測器1 超過 3 分鐘未回傳資料", sensor="SN-VD-LIMING-01", severity="Minor")
    s.add("1999", "traffic_signal", 38, S, "經貿路二段跟經貿七路口的紅綠燈全部不亮，計程車差點撞到", pt=near(s, "jingmao_7th", 10, 80))
    s.add("incident", "traffic_signal_fault", 44, S, "經貿路二段/經貿七路口號誌全暗，夜間車流少，巡邏車停路口警示，已通報交通局", pt=near(s, "jingmao_7th", 0, 30), severity="Minor")
    s.add("1999", "streetlight", 52, None, "敦化路一段有三盞路燈一直閃", pt=near(s, "eco_b", 50, 300))
    w1 = s.add("1999", "other", 60, W, "敦化路一段靠經貿五路的路面一直冒水，好像水管破了，水流到馬路上", pt=near(s, "dunhua_jingmao5", 10, 60))
    s.add("status", "online", 66, None, "黎明路車輛偵測器1 恢復連線", sensor="SN-VD-LIMING-01")
    s.add("1999", "other", 70, W, "經貿路三段路邊水溝水量突然變很大，今天沒下雨啊", pt=near(s, "jingmao_lowpoint", 30, 150))
    s.add("rule", "flood_depth", 75, W, "經貿路低窪處 淹水深度 8 cm（無降雨）", sensor="SN-FL-008", severity="Minor", level="1-15")
    s.add("1999", "road_damage", 79, W, "敦化路一段柏油路面隆起裂開，有水一直湧出來", pt=near(s, "dunhua_jingmao5", 20, 100))
    wp = s.add("incident", "flooding_report", 85, W, "敦化路一段疑似自來水管線破裂，路面積水約10公分，已通報台水第四區處", pt=near(s, "dunhua_jingmao5", 0, 30), severity="Minor")
    s.add("1999", "water_outage", 95, W, "我家在經貿路三段的社區，水龍頭突然沒有水", pt=near(s, "eco_a", 0, 120))
    s.add("rule", "flood_depth", 101, W, "經貿路低窪處 淹水深度 17 cm（無降雨）", sensor="SN-FL-008", severity="Moderate", level="16-30")
    s.add("incident", "road_closure", 108, W, "敦化路一段封閉外側車道，台水搶修管線", pt=near(s, "dunhua_jingmao5", 0, 30), severity="Minor", follows=wp)
    s.add("1999", "water_outage", 112, W, "水湳生態住宅B區停水，請問什麼時候恢復", pt=near(s, "eco_b", 0, 80))
    s.add("signal", "restored", 130, S, "號誌恢復正常運作（維修廠商更換電源供應器）", sensor="SN-SIG-006")
    s.add("cctv", "wrong_way", 140, None, "台74線/環中路二段 疑似逆向車輛", sensor="SN-CCTV-001", confidence=0.41)
    s.add("rule", "flood_depth", 152, W, "經貿路低窪處 淹水深度 5 cm", sensor="SN-FL-008", severity="Minor", level="1-15")
    s.add("incident", "road_closure", 168, W, "台水關閉上游制水閥，路面積水退去，搶修持續，外側車道維持封閉", pt=near(s, "dunhua_jingmao5", 0, 30), severity="Minor", follows=wp)
    s.add("1999", "other", 175, None, "經貿七路公車亭玻璃被打破", pt=near(s, "jingmao_7th", 30, 200))
    s.add("1999", "traffic_signal", 47, S, "經貿七路口號誌壞掉了，晚上很危險", pt=near(s, "museumbrary", 50, 250))
    s.add("1999", "other", 88, W, "敦化路那邊有人在搶修水管嗎？水一直流到經貿路", pt=near(s, "dunhua_jingmao5", 100, 400))
    s.add("incident", "flooding_report", 97, W, "台水搶修人員到場，開挖路面", pt=near(s, "dunhua_jingmao5", 0, 30), severity="Minor", follows=wp)
    s.add("1999", "water_outage", 122, W, "敦化路一段社區整棟沒水，管委會要問何時供水", pt=near(s, "eco_b", 0, 150))
    s.incident(S, "traffic", "02:25 經貿路二段/經貿七路口號誌全暗，至04:20 恢復", sf)
    s.incident(W, "infrastructure", "03:10 敦化路一段自來水管破裂：路面冒水、流至經貿路低窪處（無雨積水）、住戶停水、封閉車道搶修", w1)
    s.alternative("經貿路低窪處的積水警報在480公尺外，可讀為另一件積水案（水利局）而非水管破裂。",
                  add=[{"label": "water_jingmao_low", "type": "flood", "description": "經貿路低窪處無雨積水",
                        "sufficient_evidence_key": None}])
    fl = [it for it in s.items if it.get("sensor_id") == "SN-FL-008"]
    for it in fl:
        it["truth_alt"] = "water_jingmao_low"
    s.alt["incidents"][-1]["sufficient_evidence_key"] = [i for i in fl if i["level"] == "16-30"][0]["key"]
    return s


def s1196():
    s = Situation(1196, "saturday_expo_weekend", (2026, 5, 30), (13, 30), 1196,
                  "Saturday expo at the convention centre: event traffic, a lost child, a queue crash, a pickpocket")
    s.description = ("週六13:30-16:30 會展中心週末大型展覽（預估三萬人次，經貿路交通疏導），展覽的人潮、停車場滿位與壅塞為活動勤務一案；"
                     "14:10 A館男童走失（14:40 尋獲）、14:50 環中路/經貿路口停車排隊車輛追撞、15:40 轉運中心候車區扒竊，各為一案。")
    E, L, K, R = "expo_weekend", "lost_child_hall_a", "crash_jingmao_huanzhong", "pickpocket_hub"
    pe = s.add("planned_event", "exhibition", 0, E, "臺中國際會展中心 週末國際旅展，A、B棟，預估參觀 30,000 人次，經貿路二段實施交通疏導",
               pt=P["conv_a"], delay=0, ends="2026-05-30T10:00:00Z", radius_m=500, observed_shift_s=-(3 * 60 + 30) * 60)
    s.add("parking", "full", 4, E, "臺中國際會展中心停車場 小型車位已滿", sensor="SN-PK-006")
    s.add("1999", "streetlight", 9, None, "黎明路三段路燈燈桿被撞歪，燈桿編號 XT-02288", pt=near(s, "liming_kaixuan", 100, 300))
    s.add("parking", "full", 12, E, "經貿六停車場 小型車位已滿", sensor="SN-PK-002")
    s.add("rule", "congestion", 17, E, "經貿路車輛偵測器1 平均車速降至 10 km/h，占有率 63%", sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("cctv", "crowding", 21, E, "經貿路二段/黎明路三段 行人聚集", sensor="SN-CCTV-005", confidence=0.72)
    s.add("incident", "crowd_control", 25, E, "會展中心周邊人車眾多，經貿路二段派員指揮疏導", pt=near(s, "conv_a", 0, 80), severity="Minor")
    s.add("1999", "illegal_parking", 33, E, "會展中心對面黎明路整排違停，雙黃線也停", pt=near(s, "jingmao_liming", 50, 250))
    l1 = s.add("incident", "missing_person", 40, L, "會展中心A館一名5歲男童與家長走失，身穿黃色上衣、藍色短褲，請各出入口協尋",
               pt=near(s, "conv_a", 0, 40), severity="Moderate")
    s.add("rule", "congestion", 44, E, "黎明路車輛偵測器1 平均車速降至 13 km/h", sensor="SN-VD-LIMING-01", severity="Moderate")
    s.add("status", "offline", 52, None, "中科路/環中路二段 路口監視器 設備異常", sensor="SN-CCTV-003", reason="device_fault")
    s.add("rule", "sensor_offline", 55, None, "中科路/環中路二段 路口監視器 離線", sensor="SN-CCTV-003", severity="Minor")
    s.add("incident", "missing_person", 70, L, "走失男童已於B館服務台尋獲，交還家長", pt=near(s, "conv_b", 0, 30), severity="Minor", follows=l1)
    s.add("cctv", "stalled_vehicle", 80.5, K, "經貿路二段/環中路二段 車輛停滯於車道", sensor="SN-CCTV-004", confidence=0.74)
    k1 = s.add("1999", "traffic_accident", 83, K, "環中路經貿路口排隊要進停車場的車子被後面追撞，兩台車停在車道上", pt=near(s, "jingmao_huanzhong", 20, 120))
    kp = s.add("incident", "accident", 88, K, "經貿路二段與環中路二段口自小客車追撞，無人受傷，佔用內側車道", pt=near(s, "jingmao_huanzhong", 0, 25), severity="Minor")
    s.add("rule", "congestion", 90, K, "環中路車輛偵測器2 平均車速降至 12 km/h", sensor="SN-VD-HUANZHONG-02", severity="Moderate", truth_alt=E)
    s.dup(k1, 300)
    s.add("parking", "full", 96, E, "水湳轉運中心停車場 小型車位已滿", sensor="SN-PK-001", truth_alt=None)
    s.add("status", "online", 99, None, "中科路/環中路二段 路口監視器 恢復", sensor="SN-CCTV-003")
    s.add("incident", "accident", 110, K, "雙方和解，車輛已移置，恢復通行", pt=near(s, "jingmao_huanzhong", 0, 25), severity="Minor", follows=kp)
    s.add("1999", "other", 117, None, "中央公園草地有人放空拍機飛很低，覺得危險", pt=near(s, "park_north", 50, 300))
    s.add("cctv", "crowding", 122, E, "經貿路二段/黎明路三段 行人聚集", sensor="SN-CCTV-005", confidence=0.69)
    r1 = s.add("incident", "theft", 130, R, "水湳轉運中心客運候車區旅客手機遭扒竊，已受理報案，調閱監視器", pt=near(s, "transit_hub", 0, 40), severity="Minor")
    s.add("1999", "illegal_parking", 138, E, "經貿六停車場外面排隊的車佔住慢車道", pt=near(s, "jingmao_liming", 30, 150))
    s.add("1999", "road_damage", 146, None, "中科路靠流行影音中心人孔蓋鬆動，車子壓過會叩叩響", pt=near(s, "pop_music", 50, 200))
    s.add("incident", "theft", 160, R, "扒竊嫌犯於轉運中心二樓被保全攔下，移送偵辦", pt=near(s, "transit_hub", 0, 40), severity="Minor", follows=r1)
    s.add("rule", "congestion", 168, E, "經貿路車輛偵測器1 平均車速降至 12 km/h，散場車流", sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("1999", "noise", 174, None, "生態住宅旁邊工地週六還在施工", pt=near(s, "eco_b", 30, 200))
    s.incident(E, "crowd", "會展中心週末旅展的人潮與交通疏導：許可、停車場滿位、壅塞、人群聚集與違停陳情", pe)
    s.incident(L, "rescue", "14:10 會展中心A館5歲男童走失，14:40 於B館尋獲", l1)
    s.incident(K, "traffic", "14:50 經貿路二段/環中路二段口排隊進場車輛追撞，無人受傷", k1)
    s.incident(R, "public_safety", "15:40 水湳轉運中心候車區手機遭扒竊，嫌犯被攔下", r1)
    s.alternative("依許可預先排定、如期進行的展覽不另成案；其人潮、滿位、壅塞與違停為背景（環中路偵測器2 則歸追撞案）。",
                  drop=(E,))
    for it in s.items:
        if it["truth"] == E:
            it["truth_alt"] = None
    for it in s.items:
        if it.get("sensor_id") == "SN-VD-HUANZHONG-02":
            it.pop("truth_alt", None)
    return s


if __name__ == "__main__":
    for f in (s1191, s1192, s1193, s1194, s1195, s1196):
        f().write()
