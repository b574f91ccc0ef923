"""Situations 1171-1176 (themes 1-6 of the brief). Seeded: rerunning gives identical files."""
from lib import Situation, inc, offset, SENSORS

P = lambda sid: (SENSORS[sid]["lon"], SENSORS[sid]["lat"])


# ---------------------------------------------------------------------------
def s1171():
    s = Situation(1171, "eco_south_fire_and_chlorine",
                  "Saturday winter evening in the eco-residential south: a kitchen fire in apartment block B "
                  "and, 550 m south and seven minutes later, a chlorine leak in the water reclamation centre's "
                  "dosing room. Two jobs for the fire bureau a few hundred metres apart, with callers in between.",
                  "2026-01-17 19:40")
    F, C = "fire_blockB", "chlorine_wrc"
    bx, by = P("SN-FA-012")
    wx, wy = P("SN-FA-008")
    a = s.add("fire_alarm", "alarm", 0, F, "水湳生態住宅B區 集合住宅 7樓 偵煙探測器動作，受信總機火警發報", sensor="SN-FA-012")
    c1 = s.add("1999", "fire_smoke", 1.5, F, "敦化路一段社區7樓有一戶廚房冒煙，走廊整個都是煙，警報一直響", *s.scatter(bx, by, 10, 30))
    d = s.add("119", "fire", 2.2, F, "北屯區敦化路一段 水湳生態住宅B區 7樓住宅廚房火警，派遣北屯、水湳分隊", bx, by)
    s.add("1999", "fire_smoke", 2.6, F, "對面大樓7樓窗戶有黑煙一直冒出來，還看得到火光", *s.scatter(bx, by, 90, 140))
    s.add("1999", "fire_smoke", 3.4, F, "我住B區5樓，樓上好像失火了，我們要往下走還是往上？", bx + 0.00005, by)
    pf = s.add("incident", "fire_report", 4.5, F, "第五分局報：敦化路一段集合住宅7樓火警，已派員到場管制", bx, by, severity="Severe")
    g1 = s.add("1999", "gas_odor", 6.8, C, "經貿路三段靠近水資源回收中心這邊有很刺鼻的漂白水味，眼睛好痛，在跑步的人都停下來了",
               *s.scatter(wx, wy, 120, 200))
    wa = s.add("fire_alarm", "alarm", 7.2, C, "水湳水資源回收中心 加氯機房 氣體偵測連動，受信總機發報", sensor="SN-FA-008")
    s.add("119", "fire", 8.0, F, "敦化路一段住宅火警 現場人員報：火勢侷限於廚房，已射水", bx, by, status="on_scene", follows=d)
    s.add("1999", "gas_odor", 8.3, C, "家裡聞到很重的氯氣味，好像是從污水廠那邊飄過來的，窗戶要關嗎", *s.scatter(wx, wy, 200, 320))
    h = s.add("119", "hazmat", 9.1, C, "水湳水資源回收中心 加氯機房疑似氯氣外洩，派遣化學災害搶救車及水湳分隊", wx, wy)
    s.add("incident", "hazmat_report", 11.0, C, "水資源回收中心氯氣外洩，請周邊民眾緊閉門窗，員警於經貿路中平路口管制", wx, wy, severity="Severe")
    # the caller between the two sites: smoke smell, odd smell, fire engines
    mx, my = offset(wx, wy, -40, 290)
    s.add("1999", "other", 12.0, F, "這附近一直有怪味道又有煙味，消防車一直開過去，是哪裡失火？要不要疏散？", mx, my, truth_alt=C)
    rc = s.add("incident", "road_closure", 12.5, C, "經貿路三段（中平路至回收中心大門）因化學物質外洩暫時封閉，車輛請改道中平路", *offset(wx, wy, 60, -150), severity="Moderate")
    s.add("119", "ambulance", 17.5, F, "敦化路一段住宅火警 1名住戶吸入濃煙，意識清楚，送中國醫藥大學附設醫院", bx, by)
    s.add("119", "hazmat", 18.0, C, "回收中心化災 現場：次氯酸鈉儲槽管線破裂，已關閉閥門，持續偵測", wx, wy, status="on_scene", follows=h)
    s.add("rule", "congestion", 18.4, C, "經貿路車輛偵測器2 北向車速降至 12 km/h", sensor="SN-VD-JINGMAO-02", severity="Moderate", truth_alt=F)
    s.add("119", "ambulance", 22.0, C, "水資源回收中心 1名員工眼睛刺痛、喉嚨不適，現場沖洗後送醫", wx, wy)
    s.add("incident", "evacuation", 24.0, C, "因氯氣外洩，疏散回收中心北側住戶約40戶至中國醫藥大學水湳校區體育館", *offset(wx, wy, -30, 110), severity="Moderate")
    s.add("rule", "congestion", 25.0, C, "中平路車輛偵測器2 西向車速降至 15 km/h", sensor="SN-VD-ZHONGPING-02", severity="Minor")
    kin = s.add("1999", "other", 26.0, F, "我媽媽住敦化路一段B區7樓，聽說失火了，電話都沒人接，可以幫我確認嗎", bx, by, lag_s=900)
    s.add("1999", "gas_odor", 27.0, C, "中平路這邊也聞到味道了，是什麼東西外洩？會不會有毒", *s.scatter(wx, wy, 300, 420))
    s.add("incident", "fire_report", 35.0, F, "敦化路一段集合住宅火警已撲滅，起火原因疑似爐火未關", bx, by, severity="Moderate", follows=pf)
    s.add("1999", "fire_smoke", 36.0, F, "剛剛B區失火的那戶，現在樓梯間還是很多煙，可以派人來排煙嗎", bx, by)
    s.add("119", "fire", 60.0, F, "敦化路一段住宅火警 殘火處理完畢，人車返隊", bx, by, status="returning", follows=d)
    s.add("fire_alarm", "normal", 64.0, F, "水湳生態住宅B區 火警受信總機復歸", sensor="SN-FA-012")
    s.add("fire_alarm", "normal", 70.0, C, "水湳水資源回收中心 受信總機復歸", sensor="SN-FA-008")
    s.add("incident", "road_reopened", 75.0, C, "經貿路三段解除封閉，恢復通行", *offset(wx, wy, 60, -150), severity="Minor", follows=rc)
    s.add("119", "hazmat", 84.0, C, "回收中心化災 偵測值已低於標準，解除警戒，人車返隊", wx, wy, status="closed", follows=h)
    # duplicates and one late re-delivery
    s.dup(a, 4)
    s.dup(wa, 95)
    s.dup(c1, 300)
    # background
    s.add("1999", "noise", 10.0, None, "經貿路三段那邊的快炒店卡拉OK很吵，每個禮拜六都這樣", 120.6612, 24.1868)
    s.add("fire_alarm", "fault", 14.0, None, "中國醫藥大學水湳校區 受信總機 第12迴路斷線", sensor="SN-FA-010")
    s.add("parking", "full", 20.0, None, "中央公園地下停車場(南) 小型車位已滿", sensor="SN-PK-005")
    s.add("status", "offline", 29.0, None, "中央公園滯洪池4 淹水感測器離線", sensor="SN-FL-004", reason="battery_low")
    s.add("status", "online", 33.0, None, "中央公園滯洪池4 淹水感測器恢復連線", sensor="SN-FL-004")
    s.add("1999", "streetlight", 40.0, None, "經貿路三段路燈編號 BT-07815 不亮好幾天了", 120.6606, 24.1880)
    s.add("rule", "congestion", 44.0, None, "環中路車輛偵測器2 車速降至 18 km/h", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    s.add("1999", "illegal_parking", 52.0, None, "敦化路一段與經貿路口紅線上停了一排車，每次都這樣", 120.6618, 24.1897)
    s.add("1999", "other", 66.0, None, "中平路橋下有一隻流浪狗受傷，可以請動保處來嗎", 120.6632, 24.1739)
    s.incident(F, "fire", "Kitchen fire on the 7th floor of eco-residential block B (敦化路一段): panel alarm, callers, 119 and police, one smoke-inhalation casualty.", c1)
    s.incident(C, "hazmat", "Sodium hypochlorite / chlorine release in the water reclamation centre's dosing room: odour calls, panel gas alarm, 119 hazmat, closure of 經貿路三段, evacuation of ~40 homes, one worker injured.", wa)
    s.alternative("The caller between the two sites (smoke and an odd smell) can be read as the chlorine leak's, and the Jingmao VD slow-down north of both sites as the fire's (engines parked on 敦化路) rather than the closure's.",
                  [inc(F, "fire", "Block B kitchen fire, with the Jingmao slow-down.", c1),
                   inc(C, "hazmat", "Chlorine leak, with the ambiguous caller.", wa)])
    s.notes = "The 1999 kin enquiry (%s) arrives 15 min late (callback queue)." % kin
    s.write()


# ---------------------------------------------------------------------------
def s1172():
    s = Situation(1172, "jingmao_flood_spreading",
                  "Plum-rain afternoon: the Shuinan regional drain along 經貿路三段 overflows at the 經貿路 low point and the "
                  "water spreads along the road for 90 minutes, south to the 中平路 junction and north to 敦化路, with evidence "
                  "from every agency. A separate, smaller flood at the 河南路 low point 750 m west.",
                  "2026-06-03 14:30")
    J, H = "jingmao_flood", "henan_lowpoint"
    lx, ly = P("SN-FL-008")
    jx, jy = P("SN-CCTV-011")
    s.add("rule", "heavy_rain", 3, None, "西屯雨量站 1小時雨量 46 mm，達大雨標準", sensor="C0F9T0", level="大雨")
    s.add("rule", "heavy_rain", 12, None, "中央公園雨量站 1小時雨量 58 mm，達大雨標準", sensor="SN-RG-001", level="大雨")
    f1 = s.add("rule", "flood_depth", 18, J, "經貿路低窪處 淹水深度 9 cm", sensor="SN-FL-008", level="1-15")
    w3 = s.add("rule", "water_level", 22, J, "水湳區域排水經貿路水位 1.46 m，達三級警戒", sensor="SN-WL-003", level="3")
    fc = s.add("1999", "flooding", 24, J, "經貿路三段敦化路口那邊水淹到人行道了，水溝一直冒水出來", *offset(lx, ly, 40, 250))
    s.add("1999", "blocked_drain", 27, J, "經貿路三段水溝蓋被落葉跟垃圾塞住，水都排不下去", *offset(lx, ly, 30, 60))
    pf = s.add("incident", "flooding_report", 32, J, "經貿路三段近敦化路口積水約20公分，機車熄火多部", *offset(lx, ly, 20, 120), severity="Moderate")
    f2 = s.add("rule", "flood_depth", 35, J, "經貿路低窪處 淹水深度 21 cm", sensor="SN-FL-008", level="16-30")
    s.add("1999", "flooding", 36, J, "經貿路靠近生態住宅B區這邊積水快到膝蓋，車子不敢過", *offset(lx, ly, -20, -80))
    s.add("rule", "congestion", 40, J, "經貿路車輛偵測器2 南向車速降至 9 km/h", sensor="SN-VD-JINGMAO-02", severity="Moderate")
    w2 = s.add("rule", "water_level", 45, J, "水湳區域排水經貿路水位 1.84 m，達二級警戒", sensor="SN-WL-003", level="2")
    s.add("rule", "flood_depth", 42, H, "河南路低窪處 淹水深度 18 cm", sensor="SN-FL-007", level="16-30")
    sv = s.add("incident", "stalled_vehicle", 48, J, "經貿路低窪處 自小客車涉水熄火，駕駛受困車內", lx, ly, severity="Severe")
    r = s.add("119", "rescue", 51, J, "經貿路三段 車輛受困積水，駕駛1人受困，派遣水湳分隊救助", lx, ly)
    s.add("1999", "flooding", 50, H, "河南路停車場前面積水淹到輪胎一半，停車場出不去", *offset(*P("SN-PK-003"), 30, -20))
    s.add("fire_alarm", "fault", 55, J, "水湳生態住宅B區 受信總機 消防泵浦室低水位異常，地下室進水", sensor="SN-FA-012")
    s.add("1999", "flooding", 56, J, "我家在經貿路三段一樓，水已經快進到屋子裡了，沙包在哪裡可以拿", *offset(lx, ly, 70, -260))
    s.add("cctv", "flooding", 58, J, "經貿路/中平路 路面積水偵測", sensor="SN-CCTV-011", confidence=0.81)
    s.add("119", "rescue", 61, J, "經貿路三段受困駕駛已救出，無外傷", lx, ly, status="on_scene", follows=r)
    f3 = s.add("rule", "flood_depth", 60, J, "經貿路低窪處 淹水深度 34 cm", sensor="SN-FL-008", level=">30")
    rc = s.add("incident", "road_closure", 62, J, "經貿路三段（敦化路至中平路）積水逾30公分，雙向封閉，請改道中清路", *offset(lx, ly, 0, -300), severity="Severe")
    s.add("parking", "closed", 65, J, "中央公園地下停車場(南) 車道入口進水，暫停開放", sensor="SN-PK-005")
    s.add("incident", "flooding_report", 65, H, "河南路二段停車場前積水約25公分，已派員警示", *P("SN-FL-007"), severity="Moderate")
    s.add("signal", "fault", 70, J, "經貿路/中平路 號誌控制箱進水，全面黑燈", sensor="SN-SIG-011")
    s.add("rule", "flood_depth", 70, H, "河南路低窪處 淹水深度 33 cm", sensor="SN-FL-007", level=">30")
    s.add("1999", "flooding", 72, J, "經貿路跟中平路口整個變成河，紅綠燈也不亮了", *offset(jx, jy, -30, 25))
    s.add("cctv", "stalled_vehicle", 74, J, "經貿路/中平路 路口車輛停滯", sensor="SN-CCTV-011", confidence=0.66)
    w1 = s.add("rule", "water_level", 75, J, "水湳區域排水經貿路水位 2.24 m，達一級警戒", sensor="SN-WL-003", level="1")
    s.add("parking", "closed", 75, H, "河南路停車場 入口積水暫停開放", sensor="SN-PK-003")
    s.add("1999", "flooding", 78, J, "敦化路一段往經貿路那段也開始淹了，水一直往北邊漫過來", *offset(*P("SN-VD-JINGMAO-02"), -60, 10))
    s.add("fire_alarm", "fault", 80, J, "水湳生態住宅A區 受信總機 地下一樓迴路短路異常，疑似進水", sensor="SN-FA-011")
    s.add("rule", "congestion", 80, J, "中平路車輛偵測器2 西向車速降至 11 km/h", sensor="SN-VD-ZHONGPING-02", severity="Moderate")
    s.add("rule", "congestion", 82, H, "河南路車輛偵測器2 車速降至 14 km/h", sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("incident", "traffic_signal_fault", 84, J, "經貿路中平路口號誌因淹水故障，員警手勢指揮", jx, jy, severity="Moderate")
    s.add("1999", "flooding", 86, J, "中平路靠經貿路這段水淹到機車排氣管，好幾台機車停在路邊", *offset(jx, jy, 150, 20))
    s.add("1999", "blocked_drain", 88, H, "河南路停車場旁邊的溝蓋堵住了，每次下大雨都淹", *offset(*P("SN-FL-007"), -40, 30))
    s.add("1999", "other", 92, J, "經貿路淹水抽水機什麼時候會到？已經淹一個多小時了", *offset(lx, ly, 90, -150))
    s.add("119", "rescue", 95, J, "經貿路三段救助案件結束，返隊", lx, ly, status="closed", follows=r)
    s.add("rule", "flood_depth", 104, J, "經貿路低窪處 淹水深度 24 cm", sensor="SN-FL-008", level="16-30")
    s.add("1999", "flooding", 106, J, "經貿路三段水有退一點了，但是路面都是泥巴跟垃圾", *offset(lx, ly, -10, 180))
    s.add("signal", "restored", 118, J, "經貿路/中平路 號誌恢復正常", sensor="SN-SIG-011")
    s.add("rule", "flood_depth", 122, J, "經貿路低窪處 淹水深度 8 cm", sensor="SN-FL-008", level="1-15")
    s.add("incident", "road_reopened", 140, J, "經貿路三段積水已退，解除封閉恢復雙向通行", *offset(lx, ly, 0, -300), severity="Minor", follows=rc)
    s.add("parking", "closed", 0, None, "河南路停車場 每月例行設備保養，暫停開放至14:45", sensor="SN-PK-003", lag_s=60)
    # ponds filling: by design
    s.add("rule", "flood_depth", 38, None, "中央公園滯洪池4 淹水深度 27 cm", sensor="SN-FL-004", level="16-30", truth_alt=J)
    s.add("rule", "water_level", 55, None, "中央公園南滯洪池水位 2.08 m，達三級警戒", sensor="SN-WL-002", level="3", truth_alt=J)
    s.add("rule", "flood_depth", 62, None, "中央公園滯洪池5 淹水深度 41 cm", sensor="SN-FL-005", level=">30", truth_alt=J)
    s.add("rule", "water_level", 90, None, "中央公園南滯洪池水位 2.61 m，達二級警戒", sensor="SN-WL-002", level="2", truth_alt=J)
    # delivery imperfections
    s.dup(f2, 45)
    s.dup(w2, 600)
    # background
    s.add("rule", "heavy_rain", 50, None, "中央公園雨量站 3小時雨量 104 mm，達豪雨標準", sensor="SN-RG-001", level="豪雨")
    s.add("1999", "fallen_tree", 44, None, "中央公園裡面步道旁邊有一棵小樹倒了，沒有擋到路", 120.6560, 24.1812)
    s.add("status", "offline", 30, None, "臺灣大道環中路口地下道 淹水感測器離線", sensor="SN-FL-010", reason="comms_lost")
    s.add("status", "online", 34, None, "臺灣大道環中路口地下道 淹水感測器恢復連線", sensor="SN-FL-010")
    s.add("signal", "fault", 66, None, "經貿路二段/環中路二段 號誌閃爍異常", sensor="SN-SIG-004")
    s.add("signal", "restored", 69, None, "經貿路二段/環中路二段 號誌恢復正常", sensor="SN-SIG-004")
    s.add("1999", "streetlight", 15, None, "黎明路三段路燈編號 XT-20417 白天一直亮著", 120.6521, 24.1946)
    s.add("rule", "congestion", 120, None, "環中路車輛偵測器3 車速降至 16 km/h", sensor="SN-VD-HUANZHONG-03", severity="Minor")
    s.add("1999", "noise", 100, None, "凱旋路工地下雨天還在打樁，很吵", 120.6505, 24.1900)
    s.incident(J, "flood", "經貿路三段 flood from the overflowing regional drain: from the low point (FL-008) south to the 中平路 junction and north to 敦化路 over ~90 min; sensors, panels of blocks A and B, VD, signal, car park, CCTV, police, 119 rescue and 1999.",fc)
    s.incident(H, "flood", "Separate flood at the 河南路 low point beside the 河南路 car park (750 m west of the Jingmao junction, another drain).", None)
    return s


def finish_1172(s):
    # sufficient evidence for Henan: the police report after the sensor and a caller
    hk = [i for i in s.items if i["truth"] == "henan_lowpoint" and i["feed"] == "1999"][0]["key"]
    s.incidents[1]["sufficient_evidence_key"] = hk
    s.alternative("A coordinator running the storm's south side as one flood job merges the 河南路 low point into the 經貿路 flood and counts the detention ponds filling (FL-004, FL-005, WL-002) as part of it.",
                  [inc("jingmao_flood", "flood", "One south-Shuinan flood job: 經貿路, 河南路 low point and the southern detention ponds.", s.incidents[0]["sufficient_evidence_key"])])
    s.notes = "The 河南路 car park's 14:30 'closed' is its scheduled monthly maintenance (background), not the flood's later closure."
    # Henan items relabelled under the alternative
    for i in s.items:
        if i["truth"] == "henan_lowpoint":
            i["truth_alt"] = "jingmao_flood"
    s.write()


# ---------------------------------------------------------------------------
def s1173():
    s = Situation(1173, "fengchia_lab_fire_call_burst",
                  "Ghost-month Thursday afternoon: a laboratory fire in the Feng Chia University Shuinan campus sends a black "
                  "plume over the west of the zone; about forty 1999 calls come in from 20 m to 2 km away. Inside the burst: a "
                  "separate scooter fire on 中清路 and someone burning joss paper on 河南路.",
                  "2026-08-27 15:10")
    F, S2 = "fengchia_lab_fire", "zhongqing_scooter_fire"
    fx, fy = P("SN-FA-009")
    a = s.add("fire_alarm", "alarm", 0, F, "逢甲大學水湳校區 受信總機 3樓實驗室區 偵熱、偵煙探測器動作", sensor="SN-FA-009")
    calls = [
        (1.2, 15, 40, "逢甲水湳校區那棟實驗大樓3樓在冒黑煙，有人在喊失火了"),
        (1.8, 60, 150, "我在河南路上，看到逢甲新校區那邊有很大的黑煙"),
        (2.1, 20, 60, "學校實驗室爆炸了！窗戶破掉有火冒出來"),
        (2.5, 300, 600, "中央公園這邊看得到西邊有一大團黑煙，是哪裡失火"),
        (2.9, 150, 300, "凱旋路這邊整個都是燒焦的味道，黑煙很大"),
        (3.3, 500, 800, "經貿路這邊看到西南邊有很大的煙，好像是學校"),
        (3.6, 40, 90, "逢甲水湳校區失火，學生都跑出來了，消防車來了沒"),
        (4.0, 200, 400, "中科路這邊煙很大，開車都看不太清楚"),
        (4.4, 700, 1000, "我在流行影音中心附近，看到南邊一直有黑煙往上冒"),
        (4.9, 100, 200, "學校旁邊的宿舍都是煙味，要不要關窗"),
        (5.3, 1500, 2000, "從轉運站這邊都看得到南邊有一大柱黑煙，發生什麼事"),
        (5.8, 300, 500, "中央公園南邊遛狗，整片都是臭味，黑煙一直飄過來"),
        (6.2, 50, 120, "逢甲那棟樓還在燒，三樓跟四樓都有火"),
        (6.9, 400, 700, "河南路停車場這邊有灰燼掉下來，車子上都是"),
        (7.4, 80, 160, "學生說實驗室裡面有化學藥品，會不會有毒氣"),
        (8.0, 600, 900, "經貿路三段這邊聞到塑膠燒焦的味道"),
        (8.8, 200, 350, "我兒子在逢甲水湳校區上課，打電話都沒接，他們有沒有事"),
        (9.5, 900, 1300, "綠美圖這邊可以看到煙，是不是會展中心那邊失火"),
        (10.3, 100, 250, "逢甲旁邊馬路上一堆人停下來拍照，消防車被擋住了"),
        (11.0, 300, 600, "凱旋路一直有消防車經過，前面是不是失火"),
        (12.2, 500, 800, "我在中平路，天空一片黑，煙是從北邊來的"),
        (13.0, 40, 100, "實驗大樓火好像比較小了，可是煙還是很大"),
        (14.1, 250, 450, "家裡開冷氣還是聞得到煙味，小孩一直咳嗽"),
        (15.5, 1000, 1400, "生態住宅這邊也聞得到焦味，是哪裡失火了"),
        (16.8, 150, 300, "逢甲水湳校區的火滅了嗎？我們這邊要不要撤離"),
        (18.0, 700, 1100, "中央公園裡面的小朋友都被帶去室內了，煙一直過來"),
        (19.6, 60, 150, "學校附近路口被封起來了，我要怎麼進去接小孩"),
        (21.0, 350, 650, "河南路那邊看到很多煙，是不是又有人在燒金紙？"),
        (23.5, 200, 400, "凱旋路上灰很多，機車騎士都在擦眼睛"),
        (25.0, 800, 1200, "剛剛打過了，還是很多煙，到底什麼時候會好"),
        (27.0, 100, 200, "逢甲那邊現在是白煙了，應該是在滅火"),
        (30.0, 400, 800, "煙味還在，空氣品質有沒有問題？老人家可以出門嗎"),
        (34.0, 60, 120, "學校現在可以進去了嗎？我東西還在實驗室"),
        (40.0, 300, 600, "凱旋路的封鎖什麼時候解除，車子一直塞"),
        (47.0, 900, 1400, "中央公園北邊還是有焦味，剛剛打過電話"),
    ]
    keys = []
    for m, r0, r1, t in calls:
        keys.append(s.add("1999", "fire_smoke", m, F, t, *s.scatter(fx, fy, r0, r1)))
    d = s.add("119", "fire", 2.4, F, "西屯區 逢甲大學水湳校區 實驗大樓3樓火警，派遣西屯、水湳、港尾分隊", fx, fy)
    s.add("incident", "fire_report", 3.8, F, "逢甲大學水湳校區實驗大樓火警，濃煙竄出，已派員到場", fx, fy, severity="Severe")
    s.add("cctv", "smoke", 4.5, F, "河南路/中平路 偵測到北方天空煙霧", sensor="SN-CCTV-010", confidence=0.72)
    s.add("cctv", "smoke", 6.0, F, "黎明路三段/凱旋路 偵測到南方煙霧", sensor="SN-CCTV-007", confidence=0.55)
    s.add("119", "fire", 9.0, F, "逢甲水湳校區火警 到達現場，3樓實驗室全面燃燒，延燒4樓", fx, fy, status="on_scene", follows=d)
    s.add("119", "hazmat", 12.0, F, "逢甲水湳校區火警 實驗室存放有機溶劑，加派化災車", fx, fy)
    rc = s.add("incident", "road_closure", 14.0, F, "凱旋路（逢甲水湳校區周邊）封閉供消防車作業，請改道中科路", *offset(fx, fy, -120, 200), severity="Moderate")
    s.add("119", "ambulance", 17.0, F, "逢甲水湳校區火警 2名學生吸入濃煙，送醫", fx, fy)
    s.add("rule", "congestion", 22.0, F, "凱旋路車輛偵測器2 車速降至 8 km/h", sensor="SN-VD-KAIXUAN-02", severity="Moderate")
    s.add("incident", "fire_report", 42.0, F, "逢甲水湳校區火勢已控制，無人員受困", fx, fy, severity="Moderate")
    s.add("fire_alarm", "normal", 70.0, F, "逢甲大學水湳校區 受信總機復歸", sensor="SN-FA-009")
    s.add("incident", "road_reopened", 75.0, F, "凱旋路解除封閉，恢復通行", *offset(fx, fy, -120, 200), severity="Minor", follows=rc)
    # separate scooter fire on Zhongqing Rd
    zx, zy = 120.6661, 24.1822
    z1 = s.add("1999", "fire_smoke", 26.0, S2, "中清路二段騎樓有一台機車在燒，火很大，旁邊還有其他機車", *offset(zx, zy, 15, -10))
    z2 = s.add("119", "fire", 27.0, S2, "北屯區中清路二段 騎樓機車起火，派遣水湳分隊", zx, zy)
    s.add("1999", "fire_smoke", 28.5, S2, "中清路這邊騎樓機車燒起來了，冒黑煙", *offset(zx, zy, -30, 40))
    s.add("119", "fire", 38.0, S2, "中清路二段機車火警 已撲滅，燒毀機車2輛", zx, zy, status="on_scene", follows=z2)
    # joss paper: a caller's own smoke, not the fire
    s.add("1999", "fire_smoke", 31.0, None, "河南路二段有人在路邊鐵桶燒金紙，煙一直飄進我家，很嗆", 120.6462, 24.1668)
    # duplicates
    s.dup(keys[2], 20)
    s.dup(keys[10], 240)
    s.dup(a, 3)
    # background
    s.add("1999", "noise", 5.0, None, "經貿路三段的冷氣室外機一直在響，吵了好幾天", 120.6610, 24.1870)
    s.add("1999", "other", 11.5, None, "敦化路一段的垃圾車今天沒有來", 120.6625, 24.1900)
    s.add("parking", "full", 16.0, None, "臺中國際會展中心停車場 小型車位已滿", sensor="SN-PK-006")
    s.add("rule", "congestion", 29.0, None, "環中路車輛偵測器4 車速降至 17 km/h", sensor="SN-VD-HUANZHONG-04", severity="Minor")
    s.add("1999", "illegal_parking", 36.0, None, "經貿七路有遊覽車停在公車站", 120.6575, 24.1930)
    s.add("1999", "streetlight", 44.0, None, "中科路路燈 XT-31208 燈罩掉下來快掉了", 120.6532, 24.1925)
    s.add("status", "offline", 50.0, None, "經貿路/中平路 路口監視器離線", sensor="SN-CCTV-011", reason="comms_lost")
    s.add("status", "online", 53.0, None, "經貿路/中平路 路口監視器恢復連線", sensor="SN-CCTV-011")
    s.add("1999", "road_damage", 58.0, None, "黎明路三段人行道地磚翹起來，老人家會跌倒", 120.6512, 24.1942)
    s.incident(F, "fire", "Laboratory fire in the Feng Chia University Shuinan campus: panel alarm, 119 (fire, hazmat reinforcement, ambulance), police, two CCTV seeing the plume from 0.9 and 1.6 km, the Kaixuan closure and slow-down, and ~35 citizen calls from 20 m to 2 km.", keys[0])
    s.incident(S2, "fire", "Unrelated scooter fire in an arcade on 中清路二段, 1.7 km east, during the burst.", z2)
    s.notes = ("The call at +21 min that guesses 'joss paper again?' is about the campus plume (caller sees smoke over 河南路); the one at +31 min "
               "is a neighbour burning joss paper in a barrel (background: an environmental nuisance, no dispatch).")
    s.write()


# ---------------------------------------------------------------------------
def s1174():
    s = Situation(1174, "popmusic_concert_night",
                  "Saturday evening concert at the Taichung Pop Music Center (west of Central Park): about 20,000 people, "
                  "arrivals from 17:00, show 18:30-22:30, exit until 23:15. The event is one crowd job; inside the crowd a "
                  "pickpocketing, a fan who faints, a lost child, a scuffle at a bus stop and a scooter crash after the show.",
                  "2026-10-24 17:00")
    E, T, R, K, D, X = "concert_crowd", "pickpocket", "fainted_fan", "lost_child", "busstop_scuffle", "exit_scooter_crash"
    vx, vy = P("SN-FA-006")
    s.add("planned_event", "concert", 90, E, "臺中流行影音中心 戶外演唱會，預估觀眾2萬人，凱旋路、中科路周邊交通管制", vx, vy,
          lag_s=-34200, ends="2026-10-24 22:30", radius_m=500)
    s.add("parking", "full", 38, E, "中央公園地下停車場(北) 小型車位已滿", sensor="SN-PK-004")
    s.add("rule", "congestion", 48, E, "凱旋路車輛偵測器2 車速降至 10 km/h", sensor="SN-VD-KAIXUAN-02", severity="Moderate")
    cc = s.add("incident", "crowd_control", 60, E, "流行影音中心演唱會進場人潮，凱旋路外側車道封閉供行人通行，員警30名執勤", vx, vy, severity="Moderate")
    s.add("parking", "full", 55, E, "中央公園地下停車場(南) 小型車位已滿", sensor="SN-PK-005")
    s.add("cctv", "crowding", 70, E, "黎明路三段/凱旋路 人群聚集（移動中）", sensor="SN-CCTV-007", confidence=0.82)
    s.add("rule", "congestion", 65, E, "中科路車輛偵測器1 車速降至 12 km/h", sensor="SN-VD-ZHONGKE-01", severity="Moderate")
    s.add("1999", "illegal_parking", 75, E, "凱旋路兩邊都被來看演唱會的車並排停滿，公車過不去", *s.scatter(vx, vy, 250, 400))
    s.add("1999", "crowding", 82, E, "轉運站往流行影音中心的人行道全部塞滿人，推來推去很危險", *offset(*P("SN-CCTV-007"), 30, -60))
    # pickpocket
    t1 = s.add("incident", "theft", 140, T, "流行影音中心入口 民眾手機於排隊時遭扒竊", *offset(vx, vy, 60, 40), severity="Minor")
    s.add("incident", "theft", 185, T, "入口扒竊案 已調閱現場監視器，鎖定1名男子", *offset(vx, vy, 60, 40), severity="Minor", follows=t1)
    # fainted fan
    a1 = s.add("119", "ambulance", 165, R, "流行影音中心 搖滾區觀眾暈倒，意識模糊，派遣救護車", *offset(vx, vy, 30, -20))
    s.add("incident", "medical", 166, R, "演唱會搖滾區1名女性觀眾暈倒，已通知救護", *offset(vx, vy, 30, -20), severity="Moderate")
    s.add("119", "ambulance", 176, R, "流行影音中心救護 已到場，患者意識恢復，送醫觀察", *offset(vx, vy, 30, -20), status="on_scene", follows=a1)
    # lost child
    m1 = s.add("1999", "missing_person", 208, K, "我兒子6歲，穿藍色上衣，在流行影音中心廁所那邊走散了", *offset(vx, vy, -50, 70))
    m2 = s.add("incident", "missing_person", 211, K, "演唱會場 6歲男童與家長走散，藍色上衣、黑色短褲，已廣播協尋", *offset(vx, vy, -50, 70), severity="Moderate")
    s.add("incident", "missing_person", 238, K, "走失男童已於服務台尋獲，交還家長", vx, vy, severity="Minor", follows=m2)
    # scuffle at bus stop
    sx, sy = offset(vx, vy, -60, 280)
    f1 = s.add("1999", "other", 247, D, "凱旋路公車站旁邊有幾個人在打架，好像喝醉了", *offset(sx, sy, 20, 10))
    f2 = s.add("incident", "public_disturbance", 250, D, "凱旋路公車站 數名男子酒後互毆，已派員處理", sx, sy, severity="Moderate")
    s.add("incident", "public_disturbance", 268, D, "凱旋路互毆案 2人帶回派出所", sx, sy, severity="Minor", follows=f2)
    # noise from residents during the show (the event's)
    for m, t in ((240, "演唱會音響太大聲了，窗戶都在震，明天還要上班"), (262, "流行影音中心的聲音吵到我家小孩睡不著"),
                 (322, "都十點多了還在唱，可以請他們小聲一點嗎")):
        s.add("1999", "noise", m, E, t, *s.scatter(vx, vy, 500, 900))
    # exit
    s.add("incident", "crowd_control", 330, E, "演唱會散場，凱旋路、中科路實施人車分流管制", vx, vy, severity="Moderate", follows=cc)
    s.add("cctv", "crowding", 335, E, "黎明路三段/凱旋路 人群聚集（移動中）", sensor="SN-CCTV-007", confidence=0.91)
    s.add("rule", "congestion", 338, E, "凱旋路車輛偵測器1 車速降至 7 km/h", sensor="SN-VD-KAIXUAN-01", severity="Moderate")
    s.add("rule", "congestion", 336, E, "凱旋路車輛偵測器2 車速降至 6 km/h", sensor="SN-VD-KAIXUAN-02", severity="Moderate")
    s.add("1999", "crowding", 342, E, "散場人潮全部擠在轉運站，排公車排到馬路上", *offset(*P("SN-FA-001"), 20, -30))
    # scooter crash after the show
    cx, cy = offset(*P("SN-VD-KAIXUAN-02"), -20, 60)
    x1 = s.add("1999", "traffic_accident", 352, X, "凱旋路上兩台機車擦撞，有人倒在地上", *offset(cx, cy, 15, 5))
    x2 = s.add("incident", "accident", 354, X, "凱旋路 散場車流機車擦撞，1人擦傷，已排除", cx, cy, severity="Minor")
    s.add("cctv", "stalled_vehicle", 353, X, "黎明路三段/凱旋路 車輛停滯", sensor="SN-CCTV-007", confidence=0.58, truth_alt=E)
    s.add("incident", "crowd_control", 372, E, "散場人潮疏散完畢，解除管制", vx, vy, severity="Minor", follows=cc)
    # duplicates
    s.dup(cc, 30)
    s.dup(m1, 180)
    # background
    s.add("rule", "congestion", 30, None, "環中路車輛偵測器1 車速降至 19 km/h", sensor="SN-VD-HUANZHONG-01", severity="Minor")
    s.add("1999", "streetlight", 50, None, "經貿路三段路燈 BT-07702 閃個不停", 120.6600, 24.1845)
    s.add("fire_alarm", "fault", 100, None, "臺中國際會展中心 A棟 受信總機 探測器迴路異常（撤展清潔中）", sensor="SN-FA-002")
    s.add("status", "offline", 150, None, "河南路/中平路 路口監視器離線", sensor="SN-CCTV-010")
    s.add("status", "online", 154, None, "河南路/中平路 路口監視器恢復連線", sensor="SN-CCTV-010")
    s.add("1999", "noise", 290, None, "中清路二段有工地晚上在灌漿，很吵", 120.6668, 24.1850)
    s.add("1999", "other", 200, None, "河南路公園旁邊的公廁沒有衛生紙", 120.6535, 24.1740)
    s.add("rule", "congestion", 210, None, "中清路車輛偵測器2 車速降至 18 km/h", sensor="SN-VD-ZHONGQING-02", severity="Minor")
    s.incident(E, "crowd", "The concert's crowd and traffic job: permit, car parks full, Kaixuan/Zhongke slow-downs, police crowd control on arrival and exit, CCTV crowding, residents' noise and parking complaints.", cc)
    s.incident(T, "public_safety", "A phone pickpocketed at the entrance queue.", t1)
    s.incident(R, "rescue", "A fan faints in the standing area; ambulance.", a1)
    s.incident(K, "rescue", "A 6-year-old boy separated from his parent near the toilets; found 30 min later.", m1)
    s.incident(D, "public_safety", "Drunken fight at the 凱旋路 bus stop 280 m north of the venue.", f2)
    s.incident(X, "traffic", "Two scooters collide in the exit traffic on 凱旋路.", x1)
    s.alternative("Under an event-command reading, the police matters inside the event's perimeter (the pickpocketing and the bus-stop fight) are handled by the event's police detail and are part of the concert job; the CCTV stop at the exit is the exit crowd, not the crash.",
                  [inc(E, "crowd", "Concert job including the police matters in its perimeter.", cc),
                   inc(R, "rescue", "Fainted fan.", a1), inc(K, "rescue", "Lost child.", m1),
                   inc(X, "traffic", "Exit scooter crash.", x1)])
    for i in s.items:
        if i["truth"] in (T, D):
            i["truth_alt"] = E
    # fix cctv motion fields (not part of FORMAT): none written
    s.write()


# ---------------------------------------------------------------------------
def s1175():
    s = Situation(1175, "kaixuan_crash_messy_delivery",
                  "Rainy Tuesday night: a car hits a scooter and the signal pole at 凱旋路/黎明路三段. The evidence arrives "
                  "badly: the police report 28 min late with its follow-up before it, the signal controller's fault buffered for "
                  "24 min, CCTV re-delivered three times, an ambulance terminal whose clock runs 63 min slow, 1999 cases "
                  "uploaded in a late batch. 40 min later a rear-end crash in the queue 350 m west.",
                  "2026-09-15 22:40")
    A, B = "kaixuan_liming_crash", "liming_queue_crash"
    jx, jy = P("SN-SIG-007")
    from datetime import timedelta
    cam = s.add("cctv", "stalled_vehicle", 1.0, A, "黎明路三段/凱旋路 路口車輛停滯", sensor="SN-CCTV-007", confidence=0.74)
    s.dup(cam, 45)
    s.dup(cam, 380)
    amb = s.add("119", "ambulance", 3.0, A, "西屯區凱旋路與黎明路口 汽機車碰撞，機車騎士倒地，派遣救護車", jx, jy)
    c1 = s.add("1999", "traffic_accident", 2.0, A, "凱旋路黎明路口車禍，汽車撞到機車又撞到紅綠燈柱", *offset(jx, jy, 25, -15))
    sig = s.add("signal", "fault", 1.2, A, "黎明路三段/凱旋路 號誌控制器通訊異常，燈號全滅", sensor="SN-SIG-007", lag_s=24 * 60)
    pol = s.add("incident", "injury_accident", 4.0, A, "凱旋路與黎明路三段口 自小客車與機車碰撞後撞擊號誌桿，機車騎士受傷", jx, jy,
                severity="Severe", lag_s=28 * 60)
    s.add("incident", "road_closure", 14.0, A, "凱旋路黎明路口 事故處理中，封閉南向內側兩車道", *offset(jx, jy, 10, -30), severity="Moderate", follows=pol)
    skew = timedelta(minutes=-63)
    s.add("119", "ambulance", 10.0, A, "凱旋路黎明路口救護 到達現場，傷者左腿骨折", jx, jy, status="on_scene", follows=amb,
          observed=s.at(10.0) + skew)
    s.add("rule", "congestion", 15.0, A, "凱旋路車輛偵測器1 南向車速降至 9 km/h", sensor="SN-VD-KAIXUAN-01", severity="Moderate")
    vd = s.add("rule", "congestion", 22.0, A, "凱旋路車輛偵測器1 北向車速降至 12 km/h", sensor="SN-VD-KAIXUAN-01", severity="Moderate")
    s.dup(vd, 120)
    s.add("119", "ambulance", 24.0, A, "凱旋路黎明路口救護 傷者送往中國醫藥大學附設醫院", jx, jy, status="returning", follows=amb,
          observed=s.at(24.0) + skew)
    late1 = s.add("1999", "traffic_accident", 3.5, A, "黎明路口有人被撞，躺在地上不動，拜託快叫救護車", *offset(jx, jy, -40, 20), lag_s=52 * 60)
    s.add("1999", "other", 9.0, A, "凱旋路黎明路口紅綠燈不亮了，警察在指揮，車很多", *offset(jx, jy, 60, 80), lag_s=47 * 60)
    s.add("incident", "traffic_signal_fault", 18.0, A, "凱旋路黎明路口號誌桿遭撞歪，號誌全滅，已通報交通局搶修", jx, jy, severity="Moderate", follows=pol)
    # second crash in the queue
    qx, qy = offset(jx, jy, -360, -60)
    q1 = s.add("1999", "traffic_accident", 45.0, B, "黎明路三段往凱旋路方向，排隊的車子追撞了，三台車", *offset(qx, qy, 20, 10))
    q2 = s.add("incident", "accident", 47.0, B, "黎明路三段（凱旋路口西側約350公尺）排隊車輛追撞，無人受傷", qx, qy, severity="Minor")
    s.add("incident", "accident", 70.0, B, "黎明路三段追撞 車輛已移置路旁，完成筆錄", qx, qy, severity="Minor", follows=q2)
    # repairs and reopening
    s.add("incident", "road_reopened", 82.0, A, "凱旋路黎明路口事故車輛已拖離，恢復通行", *offset(jx, jy, 10, -30), severity="Minor", follows=pol)
    rs = s.add("signal", "restored", 88.0, A, "黎明路三段/凱旋路 號誌恢復正常", sensor="SN-SIG-007")
    s.dup(rs, 20)
    s.add("119", "ambulance", 40.0, A, "凱旋路黎明路口救護 案件結束", jx, jy, status="closed", follows=amb, lag_s=75 * 60)
    # background
    s.add("rule", "heavy_rain", 0.0, None, "西屯雨量站 1小時雨量 42 mm，達大雨標準", sensor="C0F9T0", level="大雨")
    s.add("1999", "road_damage", -380.0, None, "凱旋路一段有一個大坑洞，騎機車很危險（下午來電，系統補傳）", 120.6505, 24.1905, lag_s=380 * 60 + 600)
    s.add("1999", "streetlight", 30.0, None, "凱旋路路燈 XT-19873 不亮好幾天了", *offset(jx, jy, 40, 190))
    s.add("status", "offline", 33.0, None, "黎明路車輛偵測器1 離線", sensor="SN-VD-LIMING-01", reason="comms_lost")
    s.add("status", "online", 36.0, None, "黎明路車輛偵測器1 恢復連線", sensor="SN-VD-LIMING-01")
    s.add("1999", "noise", 55.0, None, "黎明路三段有人改裝車一直在催油門，很吵", 120.6545, 24.1950)
    s.add("rule", "congestion", 60.0, None, "環中路車輛偵測器4 車速降至 20 km/h", sensor="SN-VD-HUANZHONG-04", severity="Minor")
    s.add("1999", "other", 95.0, None, "中科路有一個人孔蓋一直在響，車子壓過去很大聲", 120.6533, 24.1920)
    s.incident(A, "traffic", "Car/scooter injury crash at 凱旋路/黎明路三段 that also knocked the signal out: CCTV, signal, police (late, follow-ups first), 119 (skewed clock), VD, 1999 (late batch); reopened and signal restored after ~90 min.", c1)
    s.incident(B, "traffic", "Three-car rear-end crash in the queue on 黎明路三段 350 m west, 45 min later, no injuries.", q1)
    s.alternative("A coordinator may see the queue crash as part of managing the first crash's traffic (same police unit, caused by the tailback) and keep one job.",
                  [inc(A, "traffic", "Both crashes as one job.", c1)])
    for i in s.items:
        if i["truth"] == B:
            i["truth_alt"] = A
    s.notes = ("Delivery faults: police report %s arrives 28 min after the event, after its follow-ups; the signal fault %s is buffered 24 min; "
               "the ambulance MDT stamps on_scene/returning 63 min slow; two 1999 cases arrive ~50 min late; one 1999 case from the "
               "afternoon (road damage, background) is re-sent at night. Key %s is delivered three times." % (pol, sig, cam))
    s.write()


# ---------------------------------------------------------------------------
def s1176():
    s = Situation(1176, "park_south_cabinet_down",
                  "Small hours of a December Wednesday: the field cabinet GW-CPS-01 serving the southern Central Park sensors "
                  "(flood sensors of ponds 3-5, the south pond level, the south car park counter) loses mains at 03:02; the "
                  "devices drop one after another and come back at 05:24. A drunk-driving crash at 河南路/中平路 at 04:35 is a "
                  "separate job; a maintenance window and a camera flap are background.",
                  "2026-12-09 02:50")
    G, X = "cps_cabinet_power", "henan_zhongping_crash"
    gw = "GW-CPS-01"
    s.add("status", "offline", 12.0, G, "中央公園滯洪池3 淹水感測器 主電源中斷，切換電池", sensor="SN-FL-003", reason="mains_power_lost", gateway=gw)
    s.add("status", "offline", 12.5, G, "中央公園滯洪池4 淹水感測器離線", sensor="SN-FL-004", gateway=gw)
    s.add("status", "offline", 12.6, G, "中央公園南滯洪池水位計離線", sensor="SN-WL-002", gateway=gw)
    s.add("status", "offline", 13.1, G, "中央公園地下停車場(南) 車位計數系統斷線", sensor="SN-PK-005", reason="comms_lost", gateway=gw)
    l1 = s.add("1999", "streetlight", 15.0, G, "中央公園南邊靠河南路那一整排路燈都不亮，黑漆漆的，走路很危險", 120.6548, 24.1760, truth_alt="park_south_lights")
    o4 = s.add("rule", "sensor_offline", 33.0, G, "中央公園滯洪池4 淹水感測器逾20分鐘無資料", sensor="SN-FL-004", severity="Minor", gateway=gw)
    o2 = s.add("rule", "sensor_offline", 33.5, G, "中央公園南滯洪池水位計逾20分鐘無資料", sensor="SN-WL-002", severity="Minor", gateway=gw)
    s.add("status", "offline", 36.0, G, "中央公園滯洪池5 淹水感測器離線", sensor="SN-FL-005", gateway=gw)
    s.add("rule", "sensor_offline", 37.0, G, "中央公園地下停車場(南) 逾20分鐘無資料", sensor="SN-PK-005", severity="Minor", gateway=gw)
    s.add("status", "offline", 44.0, G, "中央公園滯洪池3 淹水感測器 電池耗盡離線", sensor="SN-FL-003", reason="battery_low", gateway=gw)
    s.add("fire_alarm", "fault", 12.4, G, "中國醫藥大學水湳校區 受信總機 主電源停電，切換備用電源", sensor="SN-FA-010", truth_alt=None)
    s.add("rule", "sensor_offline", 56.0, G, "中央公園滯洪池5 淹水感測器逾20分鐘無資料", sensor="SN-FL-005", severity="Minor", gateway=gw)
    s.add("rule", "sensor_offline", 64.0, G, "中央公園滯洪池3 淹水感測器逾20分鐘無資料", sensor="SN-FL-003", severity="Minor", gateway=gw)
    s.add("1999", "power_outage", 20.0, G, "河南路二段靠公園這邊停電了，整條街都暗的", 120.6530, 24.1748, lag_s=240)
    s.dup(o4, 420)
    # recovery
    for m, sid, t in ((154.0, "SN-FL-004", "中央公園滯洪池4 淹水感測器恢復連線"), (154.2, "SN-WL-002", "中央公園南滯洪池水位計恢復連線"),
                      (154.5, "SN-FL-005", "中央公園滯洪池5 淹水感測器恢復連線"), (155.0, "SN-PK-005", "中央公園地下停車場(南) 車位計數系統恢復連線"),
                      (157.0, "SN-FL-003", "中央公園滯洪池3 淹水感測器恢復連線")):
        s.add("status", "online", m, G, t, sensor=sid, gateway=gw)
    s.add("fire_alarm", "normal", 153.0, G, "中國醫藥大學水湳校區 受信總機 主電源恢復", sensor="SN-FA-010", truth_alt=None)
    # crash
    cx, cy = P("SN-CCTV-010")
    k1 = s.add("cctv", "stalled_vehicle", 105.0, X, "河南路/中平路 路口車輛停滯", sensor="SN-CCTV-010", confidence=0.8)
    k2 = s.add("incident", "accident", 108.0, X, "河南路中平路口 自小客車自撞分隔島，駕駛酒測值0.62，無人受傷", *offset(cx, cy, 15, 20), severity="Moderate")
    s.add("119", "ambulance", 107.0, X, "河南路中平路口 自撞事故，駕駛頭部擦傷，現場處置拒絕送醫", cx, cy)
    s.add("incident", "road_reopened", 140.0, X, "河南路中平路口 事故車已拖離，恢復通行", cx, cy, severity="Minor", follows=k2)
    # background
    s.add("status", "offline", 40.0, None, "中平路車輛偵測器2 韌體更新維護", sensor="SN-VD-ZHONGPING-02", reason="maintenance")
    s.add("status", "online", 80.0, None, "中平路車輛偵測器2 維護完成恢復連線", sensor="SN-VD-ZHONGPING-02")
    s.add("status", "offline", 82.0, None, "臺灣大道/環中路 路口監視器離線", sensor="SN-CCTV-009", reason="comms_lost")
    s.add("status", "online", 84.0, None, "臺灣大道/環中路 路口監視器恢復連線", sensor="SN-CCTV-009")
    s.add("status", "offline", 90.0, None, "北屯雨量站 電池電壓過低", sensor="SN-RG-003", reason="battery_low")
    s.add("1999", "noise", 5.0, None, "經貿路三段有人在喝酒唱歌，已經三點了", 120.6610, 24.1860)
    s.add("1999", "other", 120.0, None, "中平路上有一隻狗被車撞了還在路邊", 120.6630, 24.1742)
    s.add("1999", "streetlight", 170.0, None, "黎明路三段路燈 XT-20388 一閃一閃", 120.6530, 24.1952)
    s.incident(G, "infrastructure", "Mains loss at field cabinet GW-CPS-01 (Taipower feeder trip): flood sensors FL-003/004/005, pond level WL-002 and the south car park counter drop off; the same dark street (streetlights, a resident's power cut, the CMU panel on backup) show the outage; all back at 05:14-05:27.", o4)
    s.incident(X, "traffic", "Drunk driver hits the median at 河南路/中平路, 650 m from the park's south end.", k2)
    s.alternative("The dark streetlights can be read as a separate 建設局 streetlight job, and the CMU campus panel switching to backup power as the campus's own matter, not the cabinet's outage.",
                  [inc(G, "infrastructure", "Cabinet GW-CPS-01 outage (devices and the resident's power-cut call).", o4),
                   inc("park_south_lights", "infrastructure", "Row of streetlights dark on the park's south edge.", l1),
                   inc(X, "traffic", "Henan/Zhongping drunk-driving crash.", k2)])
    s.notes = "Gateway GW-CPS-01 is a fixture id (the seed registry names no gateways); it is written on the rule and status items of the devices behind it."
    s.write()


if __name__ == "__main__":
    s1171()
    finish_1172(s1172())
    s1173()
    s1174()
    s1175()
    s1176()
