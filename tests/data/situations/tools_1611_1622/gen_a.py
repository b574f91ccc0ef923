"""Situations 1611-1616 (author oC)."""
from lib import Sit

def s1611():
    s = Sit(1611, "tuesday_rush_jingmao_crash_theft", "週二早上尖峰，經貿路。",
            "2025-03-11T07:00",
            "A Tuesday morning rush on 經貿路 and 環中路: car parks fill and detectors slow down as every weekday. "
            "A three-car rear-end collision blocks a lane at 經貿路二段/黎明路三段 just before 08:00; a few minutes later a "
            "commuter reports her scooter stolen from 經貿六停車場, 100 m away. Earlier a student faints at the transit hub's shuttle area.")
    s.add("1999", "noise", 5, "經貿路旁工地一大早就在打地基，很吵", None, at="jm_mid_eco")
    s.add("1999", "streetlight", 12, "經貿路二段 路燈編號 0734 白天還亮著", None, at="lm_mid")
    s.congestion("SN-VD-JINGMAO-01", 15, 28, 31)
    r = s.add("119", "ambulance", 20, "水湳轉運站接駁區 女學生昏倒 意識清楚 送醫評估", "R", at="hub_shuttle")
    s.add("119", "ambulance", 29, "救護車抵達 轉運站接駁區", "R", at="hub_shuttle", status="on_scene", follows=r)
    s.congestion("SN-VD-HUANZHONG-02", 25, 24, 38)
    s.congestion("SN-VD-HUANZHONG-03", 31, 21, 41)
    s.parking("SN-PK-001", 38)
    s.congestion("SN-VD-ZHONGQING-01", 40, 19, 44)
    s.add("119", "ambulance", 45, "傷患已送中國醫藥大學附設醫院", "R", at="hub_shuttle", status="returning", follows=r)
    s.add("1999", "illegal_parking", 47, "經貿路二段經貿七路口公車站前有機車停紅線 公車靠不了站", None, at="j_jm_jm7")
    s.parking("SN-PK-002", 52)
    c1 = s.add("cctv", "stalled_vehicle", 56.5, "路口內側車道車輛停滯", "A", sensor="SN-CCTV-005", conf=0.71)
    a = s.add("incident", "accident", 58, "經貿路二段與黎明路三段口 三車追撞 無人受傷 佔用內側車道", "A", at="j_jm_lm", sev="Minor", jit=15)
    s.add("1999", "traffic_accident", 59, "經貿路黎明路口好像有車禍 好幾台車卡在路中間", "A", at="j_jm_lm")
    s.dup(a, 95)
    s.congestion("SN-VD-JINGMAO-01", 61, 12, 58, truth="A", alt=None, sev="Moderate")
    s.add("status", "offline", 63, "黎明路車輛偵測器1 離線", None, sensor="SN-VD-LIMING-01", reason="battery_low")
    s.add("rule", "sensor_offline", 65, "黎明路車輛偵測器1 超過預期時間未回傳", None, sensor="SN-VD-LIMING-01")
    th = s.add("1999", "other", 68, "我機車早上七點停在經貿六停車場 現在回來不見了 車牌 NFD-2231", "B", at="jm6_cp")
    s.add("cctv", "stalled_vehicle", 75, "路口內側車道車輛停滯", "A", sensor="SN-CCTV-005", conf=0.64)
    t2 = s.add("incident", "theft", 81, "經貿六停車場 機車失竊報案 已調閱監視器", "B", at="jm6_cp", sev="Minor")
    s.add("incident", "accident", 92, "事故車輛已移置路邊 經貿路二段恢復通行", "A", at="j_jm_lm", sev="Minor", follows=a, jit=15)
    s.add("status", "online", 110, "黎明路車輛偵測器1 恢復連線", None, sensor="SN-VD-LIMING-01")
    s.add("1999", "illegal_parking", 115, "黎明路三段會展中心旁 整排車停在人行道上", None, at="lm_mid")
    s.incident("R", "rescue", "轉運站接駁區學生昏倒送醫", r)
    s.incident("A", "traffic", "經貿路二段/黎明路三段 三車追撞佔用車道", a)
    s.incident("B", "public_safety", "經貿六停車場機車失竊", t2)
    s.alternative("經貿路車輛偵測器1 的 08:01 壅塞可能只是平日尖峰（同一偵測器 07:15 已經慢），不算事故的證據。",
                  {})
    s.debatable.append(f"The 1999 call about the stolen scooter ({th}) reads as 'other'; I join it to the police theft report "
                       "that arrives 13 min later at the same car park. The crash and the theft are 100 m apart, 10 min apart, and are two jobs.")
    s.write()

def s1612():
    s = Sit(1612, "wednesday_eco_a_kitchen_fire", "週三晚上，水湳生態住宅。",
            "2025-04-16T18:30",
            "A weeknight in the eco-residential blocks. A kitchen fire on the 5th floor of block A sets off the panel, "
            "neighbours call 1999, 119 sends engines; residents go down to the courtyard, one is taken to hospital for smoke. "
            "In block B, 250 m south, an old man falls at home (unrelated ambulance) and later a karaoke party turns into a quarrel between neighbours.")
    s.parking("SN-PK-004", 5)
    s.congestion("SN-VD-JINGMAO-02", 2, 26, 33)
    s.add("1999", "streetlight", 10, "經貿路生態住宅前 路燈一盞一直閃", None, at="jm_mid_eco")
    al = s.add("fire_alarm", "alarm", 42, "A區 5F 住戶廚房 偵煙探測器動作", "F", sensor="SN-FA-011")
    s.add("1999", "fire_smoke", 43.5, "生態住宅A區有一戶在冒煙 有燒焦味 警鈴一直響", "F", at="eco_a")
    f119 = s.add("119", "fire", 44, "水湳生態住宅A區 5樓住宅廚房火警 派遣水箱車2 雲梯車1", "F", at="eco_a", jit=10)
    s.add("1999", "fire_smoke", 45, "經貿路旁那棟住宅大樓樓上窗戶冒黑煙", "F", at="jm_mid_eco")
    p = s.add("incident", "fire_report", 47, "生態住宅A區 住宅火警 員警到場協助管制", "F", at="eco_a", sev="Moderate")
    s.congestion("SN-VD-JINGMAO-02", 49, 14, 52, truth="F", alt=None, sev="Moderate")
    s.add("1999", "noise", 50, "樓下一直有人大聲喊叫還有警報聲 很吵 到底怎麼了", "F", None, at="eco_a")
    s.add("119", "fire", 51, "第一梯次抵達 5F 廚房起火 火勢局部", "F", at="eco_a", jit=10, status="on_scene", follows=f119)
    s.add("incident", "evacuation", 52, "A區住戶約30人自行疏散至中庭", "F", at="eco_a", sev="Moderate")
    s.dup(p, 140)
    s.add("1999", "illegal_parking", 55, "生態住宅旁巷口有車違停 消防車差點進不去", "F", None, at="eco_a", jit=60)
    s.add("119", "ambulance", 58, "A區火警現場 一名住戶吸入濃煙 意識清楚 送醫", "F", at="eco_a", jit=10)
    amb = s.add("119", "ambulance", 70, "生態住宅B區 8F 老翁在家跌倒 頭部撕裂傷（非火警相關）", "R", at="eco_b", jit=10)
    s.add("fire_alarm", "normal", 78, "A區 火警受信總機 復歸", "F", sensor="SN-FA-011")
    s.add("fire_alarm", "fault", 80, "A區 5F 探測器迴路斷線", "F", sensor="SN-FA-011")
    s.add("119", "ambulance", 82, "傷患送醫 返隊", "R", at="eco_b", jit=10, status="returning", follows=amb)
    s.add("119", "fire", 95, "火勢撲滅 殘火處理完畢 收隊", "F", at="eco_a", jit=10, status="closed", follows=f119)
    n1 = s.add("1999", "noise", 130, "生態住宅B區有人在家唱卡拉OK 音量超大", "D", None, at="eco_b")
    s.add("1999", "noise", 150, "B區7樓一直唱歌 已經九點多了還在唱", "D", None, at="eco_b")
    d = s.add("incident", "public_disturbance", 165, "生態住宅B區 住戶噪音糾紛 雙方口角 員警到場排解", "D", at="eco_b", sev="Minor")
    s.add("1999", "streetlight", 175, "經貿路往中平路方向 有一盞路燈不亮", None, at="jm_eco_b")
    s.incident("F", "fire", "生態住宅A區5樓廚房火警，住戶疏散，一人嗆傷送醫", al)
    s.incident("R", "rescue", "生態住宅B區老翁居家跌倒送醫（與火警無關）", amb)
    s.incident("D", "public_safety", "生態住宅B區卡拉OK噪音引發鄰居口角", d)
    s.alternative("噪音與違停陳情是一般派工，不算火警或糾紛案件的證據：A區喊叫聲那通、巷口違停那通、B區兩通卡拉OK噪音都算背景；"
                  "經貿路車輛偵測器2 的壅塞也可能只是晚間車流。",
                  {"D": {"label": "D", "type": "public_safety", "description": "生態住宅B區住戶噪音糾紛（僅警方報案）", "sufficient_evidence_key": d}})
    s.write()

def s1613():
    s = Sit(1613, "saturday_night_zhongke_bus_signal", "週六晚上，中科路/環中路口。",
            "2025-05-10T21:30",
            "A Saturday night at the 中科路/環中路二段 junction by the transit hub. A city bus breaks down in the junction at 22:10; "
            "fifteen minutes later the junction's signal goes dark (controller fault, unrelated to the bus) and police direct traffic until "
            "the contractor restores it. Near midnight drunk men fight in front of the transit hub, 150 m away.")
    s.congestion("SN-VD-HUANZHONG-03", 10, 27, 30)
    s.parking("SN-PK-001", 5)
    s.add("1999", "illegal_parking", 20, "經貿六停車場出口有車違停擋住出口", None, at="jm6_cp")
    b = s.add("cctv", "stalled_vehicle", 40, "路口外側車道大型車輛停滯", "B", sensor="SN-CCTV-003", conf=0.82)
    bp = s.add("incident", "stalled_vehicle", 43, "中科路環中路口 市區公車故障拋錨 佔用外側車道 乘客已下車轉乘", "B", at="j_zk_hz", sev="Minor", jit=15)
    s.add("1999", "other", 46, "中科路環中路口有台公車停在路口不動 後面的車都過不去", "B", at="j_zk_hz")
    s.congestion("SN-VD-HUANZHONG-02", 48, 15, 49, truth="B", sev="Moderate")
    sg = s.add("signal", "fault", 58, "號誌控制器異常 燈號全暗", "S", "B", sensor="SN-SIG-003")
    s.add("cctv", "signal_dark", 59, "路口號誌燈未亮", "S", "B", sensor="SN-CCTV-003", conf=0.77)
    s.add("1999", "traffic_signal", 63, "中科路環中路口紅綠燈不亮 很危險", "S", "B", at="j_zk_hz")
    s.add("incident", "traffic_signal_fault", 66, "中科路環中路口號誌全暗 已派員指揮交通 通知廠商搶修", "S", "B", at="j_zk_hz", sev="Moderate", jit=15)
    s.add("1999", "noise", 75, "轉運站旁邊有改裝車一直催油門 吵死了", None, at="transit_hub")
    s.add("incident", "stalled_vehicle", 85, "故障公車已拖離 外側車道恢復通行", "B", at="j_zk_hz", sev="Minor", follows=bp, jit=15)
    s.add("cctv", "wrong_way", 95, "疑似逆向行駛機車", None, sensor="SN-CCTV-001", conf=0.41)
    s.add("cctv", "crowding", 109, "路口人行道人群聚集", "F", None, sensor="SN-CCTV-004", conf=0.58)
    fp = s.add("incident", "public_disturbance", 110, "水湳轉運中心前 酒醉民眾鬥毆 約3人 已派員", "F", at="transit_hub", sev="Moderate")
    s.add("119", "ambulance", 114, "水湳轉運中心前 男子遭毆 頭部流血", "F", at="transit_hub")
    s.dup(fp, 70)
    s.add("signal", "restored", 132, "號誌控制器恢復正常運作", "S", "B", sensor="SN-SIG-003")
    s.add("incident", "public_disturbance", 140, "鬥毆3人均帶回派出所 傷者送醫", "F", at="transit_hub", sev="Minor", follows=fp)
    s.congestion("SN-VD-ZHONGQING-01", 150, 29, 26)
    s.incident("B", "traffic", "市區公車於中科路/環中路口拋錨佔用車道", b)
    s.incident("S", "traffic", "中科路/環中路口號誌控制器故障全暗，員警指揮交通", sg)
    s.incident("F", "public_safety", "轉運中心前酒醉鬥毆，一人頭部受傷", fp)
    s.alternative("同一路口、前後20分鐘：值班同仁也可能把公車拋錨和號誌全暗開成一件路口交通事件（同一組員警在路口處理）。",
                  {"S": None, "B": {"label": "B", "type": "traffic",
                                    "description": "中科路/環中路口：公車拋錨與號誌全暗，一件路口交通事件", "sufficient_evidence_key": b}})
    s.debatable.append("The CCTV crowding at 經貿路/環中路 one minute before the police report of the fight is joined to the fight; "
                       "under the alternative it is noise (a Saturday night crowd by the hub). The 0.41 wrong-way detection is background.")
    s.write()

def s1614():
    s = Sit(1614, "sunday_convention_expo", "週日，會展中心展覽。",
            "2025-06-15T10:00",
            "A Sunday consumer fair at the convention centre: car parks fill, streets round it slow, callers complain of double parking. "
            "Inside, a five-year-old goes missing in hall B and is found in hall A; a visitor's phone is pickpocketed in hall A; later a "
            "60-year-old man has chest pain in hall A. In the afternoon two cars scrape each other at 經貿路二段/經貿七路.")
    s.add("planned_event", "exhibition", -60, "臺中國際會展中心 消費展 預估入場2萬人次", None, at="conv", jit=0,
          ends=480, radius=300, d=-3 * 86400)
    s.parking("SN-PK-006", 35)
    s.congestion("SN-VD-JINGMAO-01", 40, 22, 39)
    s.congestion("SN-VD-LIMING-01", 45, 18, 44)
    s.parking("SN-PK-002", 50)
    s.add("1999", "illegal_parking", 60, "會展中心旁黎明路雙排停車 公車過不去", None, at="lm_mid")
    m = s.add("1999", "missing_person", 70, "我小孩在會展B館走失 5歲男生 穿藍色上衣", "M", at="conv_b", jit=15)
    mp = s.add("incident", "missing_person", 74, "會展中心B館 5歲男童走失 家長報案 已通知館方廣播", "M", at="conv_b", sev="Moderate", jit=15)
    s.parking("SN-PK-001", 80)
    s.add("1999", "illegal_parking", 95, "經貿路二段路邊紅線停滿車", None, at="j_jm_jm7", jit=80)
    s.add("incident", "missing_person", 101, "走失男童已於A館服務台尋獲 交還家長", "M", at="conv_a", sev="Minor", follows=mp, jit=15)
    t = s.add("incident", "theft", 120, "會展A館 參觀民眾手機遭扒竊", "P", at="conv_a", sev="Minor", jit=15)
    s.add("1999", "other", 135, "我在會展中心逛展覽錢包被偷了 要去哪裡報案", "P", None, at="conv", jit=30)
    s.add("1999", "rescue", 151, "會展A館裡面有人昏倒 快叫救護車", "H", at="conv_a", jit=15)
    h = s.add("119", "ambulance", 150, "臺中國際會展中心A館 男性60歲 胸痛冒冷汗 意識清楚", "H", at="conv_a", jit=10)
    s.add("119", "ambulance", 158, "救護人員抵達A館", "H", at="conv_a", jit=10, status="on_scene", follows=h)
    k = s.add("incident", "accident", 200, "經貿路二段經貿七路口 兩車擦撞 無人受傷 已移置路邊", "K", at="j_jm_jm7", sev="Minor", jit=15)
    s.add("cctv", "stalled_vehicle", 199, "路口車輛停滯", "K", sensor="SN-CCTV-006", conf=0.66, d=900)
    s.add("cctv", "crowding", 240, "人行道人群聚集", None, sensor="SN-CCTV-005", conf=0.62)
    s.add("1999", "crowding", 245, "會展中心散場人很多 公車站排很長 有人站到車道上", None, at="j_jm_lm", jit=40)
    s.congestion("SN-VD-JINGMAO-01", 250, 15, 50, sev="Moderate")
    s.incident("M", "rescue", "會展B館5歲男童走失，A館尋獲", m)
    s.incident("P", "public_safety", "會展A館扒竊", t)
    s.incident("H", "rescue", "會展A館男性胸痛送醫", h)
    s.incident("K", "traffic", "經貿路二段/經貿七路口兩車擦撞", k)
    s.alternative("1999 錢包被偷的來電沒有說在哪一館、也可能是另一位被害人；同事可能另開一案或當作一般諮詢不開案。",
                  {})
    s.notes.append("The CCTV stall at 經貿七路 was delivered 15 min late (camera buffer). The exhibition permit, the full car parks, "
                   "the slow-downs, the end-of-show crowd at the bus stop and the double-parking calls are the fair working as planned: background.")
    s.write()

def s1615():
    s = Sit(1615, "thursday_night_chlorine_leak", "週四深夜，水資源回收中心。",
            "2025-07-17T01:00",
            "A quiet weeknight: a drunk driver hits the divider at 河南路/中平路 at 01:30. At 02:35 the chlorination room of the 水湳水資源回收中心 "
            "leaks chlorine: the gas detector trips the fire panel (whose clock is 8 hours behind), students in the CMU dormitory smell bleach, "
            "119 sends the hazmat team, police close 經貿路 at 中平路 and the dormitory is evacuated; two students have sore throats. "
            "A detector on 中平路 drops off the network for an hour, unrelated.")
    s.add("1999", "streetlight", 5, "中平路 路燈編號 1102 不亮", None, at="zp_mid")
    s.add("status", "offline", 12, "中平路車輛偵測器2 離線", None, sensor="SN-VD-ZHONGPING-02", reason="comms_lost")
    s.add("rule", "sensor_offline", 22, "中平路車輛偵測器2 超過預期時間未回傳", None, sensor="SN-VD-ZHONGPING-02")
    c = s.add("cctv", "stalled_vehicle", 29.5, "路口分隔島旁車輛停滯", "D", sensor="SN-CCTV-010", conf=0.74)
    d = s.add("incident", "injury_accident", 30, "河南路中平路口 自小客撞分隔島 駕駛受輕傷 酒測值0.62", "D", at="j_hn_zp", sev="Moderate", jit=15)
    s.add("119", "ambulance", 31, "河南路中平路口 車禍 一人受傷", "D", at="j_hn_zp", jit=15)
    s.add("status", "online", 70, "中平路車輛偵測器2 恢復連線", None, sensor="SN-VD-ZHONGPING-02")
    s.add("incident", "injury_accident", 75, "肇事車輛已拖吊 駕駛移送", "D", at="j_hn_zp", sev="Minor", follows=d, jit=15)
    fa = s.add("fire_alarm", "alarm", 95, "加氯間 氣體偵測器連動 火警受信總機警報", "H", sensor="SN-FA-008", obs_shift=-480)
    s.add("1999", "gas_odor", 101, "宿舍突然聞到很刺鼻的味道 像漂白水 眼睛很痛", "H", at="cmu", jit=30)
    hz = s.add("119", "hazmat", 103, "水湳水資源回收中心 加氯設備 疑似氯氣外洩 派遣化學車", "H", at="water_rec", jit=10)
    s.add("1999", "gas_odor", 104, "騎車經過中平路經貿路附近 聞到很刺鼻的味道", "H", at="j_jm_zp", jit=60)
    s.add("incident", "hazmat_report", 108, "水資源回收中心 氯氣外洩 已管制人員進出", "H", at="water_rec", sev="Severe", jit=15)
    s.add("119", "hazmat", 110, "化學車抵達 著A級防護衣入內關閉閥門", "H", at="water_rec", jit=10, status="on_scene", follows=hz)
    rc = s.add("incident", "road_closure", 112, "經貿路中平路口往北 暫時封閉", "H", at="j_jm_zp", sev="Moderate", jit=15)
    s.add("incident", "evacuation", 118, "中國醫大水湳校區宿舍 學生疏散至操場", "H", at="cmu", sev="Moderate", jit=20)
    s.add("119", "ambulance", 125, "中國醫大水湳校區 學生2人喉嚨不適 呼吸道刺激 送醫", "H", at="cmu", jit=20)
    s.add("1999", "環境公害", 150, "半夜一直有怪味 窗戶關起來還是聞得到", "H", None, at="eco_b", jit=40)
    s.add("fire_alarm", "normal", 200, "火警受信總機 復歸", "H", sensor="SN-FA-008")
    s.add("incident", "road_reopened", 235, "經貿路中平路口 解除封閉 恢復通行", "H", at="j_jm_zp", sev="Minor", follows=rc, jit=15)
    s.add("119", "hazmat", 240, "外洩已止 現場偵測值正常 返隊", "H", at="water_rec", jit=10, status="returning", follows=hz)
    s.incident("D", "traffic", "河南路/中平路口酒駕自撞分隔島", d)
    s.incident("H", "hazmat", "水湳水資源回收中心加氯間氯氣外洩，封路、宿舍疏散、2人送醫", fa)
    s.alternative("生態住宅B區的怪味陳情在外洩後將近一小時、約500 m外：可能是氯氣飄散，也可能只是一般異味，同事可能不併案。",
                  {})
    s.notes.append("The panel SN-FA-008 stamps local time as UTC: its alarm's observed is 8 h earlier than its arrival. "
                   "The alarm is the sufficient evidence: at 02:35 a gas-linked alarm at the chlorination room is enough to send 119. "
                   "The two students' ambulance is the leak's job.")
    s.write()

def s1616():
    s = Sit(1616, "monday_storm_liming_kaixuan", "週一午後雷陣雨。",
            "2025-08-04T16:00",
            "An afternoon thunderstorm over Xitun on a Monday. The 黎明路/凱旋路 low point floods to 16-30 cm, scooters stall in the water, "
            "a caller says the drain is clogged with leaves. 400 m north a scooter rider skids and falls at 環中路/凱旋路. "
            "The detention pond begins to take water as designed. After the rain a branch blocks the outer lane of 經貿路 by the Museumbrary.")
    s.add("rule", "heavy_rain", 10, "水湳轉運中心雨量站 時雨量 45 mm 達大雨", None, sensor="SN-RG-002", level="大雨", sev="Moderate")
    s.add("rule", "heavy_rain", 15, "西屯站 時雨量 42 mm 達大雨", None, sensor="C0F9T0", level="大雨", sev="Moderate")
    fl1 = s.add("rule", "flood_depth", 35, "黎明路凱旋路口低窪處 淹水深度 9 cm", "L", sensor="SN-FL-009", level="1-15", sev="Minor")
    s.add("rule", "heavy_rain", 40, "水湳轉運中心雨量站 24小時累積 210 mm 達豪雨", None, sensor="SN-RG-002", level="豪雨", sev="Severe")
    s.add("cctv", "stalled_vehicle", 44, "路口機車停滯", "T", sensor="SN-CCTV-002", conf=0.55)
    t = s.add("incident", "injury_accident", 45, "環中路二段凱旋路口 雨天機車打滑自摔 騎士手部擦傷", "T", at="j_kx_hz", sev="Moderate", jit=15)
    s.add("119", "ambulance", 46, "環中路凱旋路口 機車自摔 一人受傷", "T", at="j_kx_hz", jit=15)
    s.congestion("SN-VD-HUANZHONG-02", 47, 16, 47, truth="T", alt=None, sev="Moderate")
    s.add("1999", "blocked_drain", 48, "黎明路凱旋路口水溝蓋被落葉塞住 水都排不掉", "L", at="j_lm_kx", jit=30)
    s.add("rule", "flood_depth", 50, "中央公園滯洪池1 水深 12 cm", None, sensor="SN-FL-001", level="1-15", sev="Minor")
    s.congestion("SN-VD-KAIXUAN-01", 50, 17, 46, truth=None, alt="L", sev="Moderate")
    fl2 = s.add("rule", "flood_depth", 52, "黎明路凱旋路口低窪處 淹水深度 22 cm", "L", sensor="SN-FL-009", level="16-30", sev="Moderate")
    s.add("1999", "flooding", 55, "黎明路凱旋路口積水到輪胎一半 好幾台機車熄火", "L", at="j_lm_kx", jit=40)
    s.add("cctv", "flooding", 57, "路口路面積水", "L", sensor="SN-CCTV-007", conf=0.69)
    s.dup(fl2, 60)
    s.add("incident", "flooding_report", 60, "黎明路三段凱旋路口 積水約20公分 派員管制 通知水利局", "L", at="j_lm_kx", sev="Moderate", jit=15)
    s.add("incident", "stalled_vehicle", 62, "黎明路凱旋路口 多部機車涉水熄火 協助推離", "L", at="j_lm_kx", sev="Minor", jit=15)
    s.parking("SN-PK-001", 70)
    s.add("1999", "fallen_tree", 85, "綠美圖旁邊經貿路上 大樹枝斷掉擋住外側車道", "O", at="park_path_mus", jit=30)
    o = s.add("incident", "fallen_object", 92, "經貿路二段綠美圖前 樹枝掉落佔用外側車道 已擺設三角錐", "O", at="park_path_mus", sev="Minor", jit=20)
    s.add("1999", "streetlight", 95, "中科路路燈白天一直亮", None, at="zk_mid")
    s.add("rule", "cleared", 110, "黎明路凱旋路口低窪處 水深回到 0 cm 警戒解除", "L", sensor="SN-FL-009", sev="Minor")
    s.add("incident", "fallen_object", 130, "樹枝已由養工處清除", "O", at="park_path_mus", sev="Minor", follows=o, jit=20)
    s.incident("T", "traffic", "環中路二段/凱旋路口 雨天機車自摔", t)
    s.incident("L", "flood", "黎明路/凱旋路口低窪處積水16-30 cm，機車熄火", fl2)
    s.incident("O", "traffic", "經貿路綠美圖前樹枝掉落佔用車道", o)
    s.alternative("凱旋路車輛偵測器1 在淹水路口與車禍路口之間，雨天下班車流也慢：可歸為淹水的影響。",
                  {})
    s.notes.append("The detention pond sensor reading 12 cm is the pond doing its job: background. The first flood band (9 cm) alone "
                   "I would watch, not open; 22 cm with the 1999 call is the job. The rain classes are context, not a job.")
    s.write()

if __name__ == "__main__":
    for f in (s1611, s1612, s1613, s1614, s1615, s1616):
        f()
