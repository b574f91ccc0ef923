"""Situations 1871-1876 (seeded)."""
import datetime as dt
from lib import *

def M(t, minutes):
    return t + dt.timedelta(minutes=minutes)

# ---------------------------------------------------------------- 1871
def s1871():
    s = Sit(1871, "smoke_seen_from_afar", 1871)
    rng = s.rng
    t0 = T("2016-03-12 14:00:00")
    F = (120.6586, 24.1768)           # storage yard beside the water reclamation centre
    jz = junction("環中路", "中清路"); jl = junction("黎明路", "凱旋路"); jq = junction("中清路", "中平路")
    jm = junction("經貿路", "中平路"); j7 = junction("經貿路", "黎明路")
    a = s.add("1999", "fire_smoke", "A", M(t0, 3), pos=scatter(rng, offset(jz, 0, -60), 30),
              text="我在環中路中清路口等紅燈，往南邊看有一大柱黑煙，不知道是哪裡燒起來，看起來在水湳那一帶。")
    s.add("1999", "fire_smoke", "A", M(t0, 5), pos=scatter(rng, jl, 40),
          text="黎明路凱旋路這邊看過去，南邊天空一片黑煙，應該是中央公園再過去那邊。")
    cc = s.add("cctv", "smoke", "A", M(t0, 7), sensor="SN-CCTV-011", confidence=0.64,
               text="影像分析：畫面西北側偵測煙霧")
    s.add("1999", "fire_smoke", "A", M(t0, 8), pos=scatter(rng, offset(jq, -80, 40), 40),
          text="中清路這邊好像有火災，煙很大，飄過來都是燒塑膠的味道。")
    s.add("incident", "fire_report", "A", M(t0, 9), pos=offset(jm, -120, 150), severity="Severe",
          text="巡邏員警於經貿路中平路口發現水資源回收中心旁空地冒出濃煙，疑似雜物堆起火，已通報119。")
    s.add("119", "fire", "A", M(t0, 10), pos=offset(F, 15, -10),
          text="西屯區水湳水資源回收中心旁資材堆置場火警，派遣水湳、西屯分隊。", key="1871-119-A1")
    fa = s.add("fire_alarm", "alarm", "A", M(t0, 11), sensor="SN-FA-008",
               text="水湳水資源回收中心 火警受信總機 第3區 偵煙探測器動作")
    s.dup(fa, 4)
    s.add("cctv", "smoke", "A", M(t0, 12), sensor="SN-CCTV-006", confidence=0.41,
          text="影像分析：畫面遠處（南方）疑似煙霧")
    s.add("1999", "fire_smoke", "A", M(t0, 14), pos=scatter(rng, (120.6592, 24.1812), 30),
          text="生態住宅B區這邊窗戶外面都是煙，聞到燒焦味，是哪裡失火？")
    s.add("1999", "fire_smoke", "A", M(t0, 16), pos=scatter(rng, offset(j7, 30, -30), 50),
          text="經貿路這邊看到南邊冒黑煙，已經燒一陣子了，消防車有去嗎？")
    s.add("119", "fire", "A", M(t0, 19), pos=offset(F, 15, -10), status="on_scene", follows="1871-119-A1",
          text="水湳分隊到達現場，資材堆（木棧板、塑膠管）燃燒約50平方公尺，無人受困。")
    s.add("incident", "road_closure", "A", M(t0, 24), pos=offset(jm, 0, 250), severity="Moderate",
          text="經貿路（中平路至生態住宅B區段）南向外側車道配合救災管制，請用路人改道。")
    s.add("rule", "congestion", "A", M(t0, 31), sensor="SN-VD-ZHONGPING-02", severity="Minor",
          text="中平路車輛偵測器2 平均車速低於門檻")
    s.add("119", "fire", "A", M(t0, 52), pos=offset(F, 15, -10), status="returning", follows="1871-119-A1",
          text="火勢撲滅，殘火處理完畢，人車返隊。")
    s.add("fire_alarm", "normal", "A", M(t0, 58), sensor="SN-FA-008", text="水湳水資源回收中心 火警受信總機 復歸")
    s.add("incident", "road_reopened", "A", M(t0, 66), pos=offset(jm, 0, 250), severity="Minor",
          text="經貿路南向外側車道解除管制，恢復通行。")
    # B: a minor crash on 環中路, drivers looking at the smoke
    jb = junction("環中路", "中清路")
    pb = offset(jb, -140, -25)
    s.add("1999", "traffic_accident", "B", M(t0, 27), pos=scatter(rng, pb, 30),
          text="環中路靠中清路這邊兩台車追撞，應該是大家都在看那邊的煙。人看起來沒事。")
    kb = s.add("incident", "accident", "B", M(t0, 33), pos=pb, severity="Minor",
          text="環中路二段近中清路口 自小客車追撞，無人受傷，車輛已移至路邊。")["key"]
    s.add("rule", "congestion", "B", M(t0, 35), sensor="SN-VD-HUANZHONG-03", severity="Minor",
          text="環中路車輛偵測器3 平均車速低於門檻")
    noise_1999(s, M(t0, -30), M(t0, 110), 9)
    noise_congestion(s, M(t0, -20), M(t0, 100), 3, vds=["SN-VD-HENAN-01", "SN-VD-KAIXUAN-01", "SN-VD-LIMING-01"])
    s.add("parking", "full", None, M(t0, 40), sensor="SN-PK-006", text="臺中國際會展中心停車場 車位已滿")
    s.write("週六午後，水資源回收中心旁資材堆起火。最早的民眾在2公里外（環中路、黎明路）看到黑煙，"
            "位置說不清；經貿七路攝影機遠距離判煙；最後才有受信總機與119。另有環中路上看煙分心的小追撞。",
            [inc("A", "fire", "水湳水資源回收中心旁資材堆火警（含遠處目擊、遠距攝影機、交通管制）", cc["key"]),
             inc("B", "traffic", "環中路中清路口附近追撞（看煙分心），無人傷", kb)],
            notes="Callers 1-2.5 km away place the smoke where they stand; the fire is at one site.")

# ---------------------------------------------------------------- 1872
def s1872():
    s = Sit(1872, "crash_told_from_next_junction", 1872)
    rng = s.rng
    t0 = T("2016-05-20 17:40:00")
    J1 = junction("黎明路", "凱旋路"); J2 = junction("經貿路", "黎明路"); J3 = junction("中科路", "黎明路")
    JK = junction("凱旋路", "環中路")
    k = {}
    k["a1"] = s.add("1999", "traffic_accident", "A", M(t0, 1), pos=scatter(rng, J2, 25),
                    text="經貿路黎明路口這邊，前面路口有車禍，一台機車倒在地上，人躺著沒動！")["key"]
    c = s.add("cctv", "accident", "A", M(t0, 2), sensor="SN-CCTV-007", confidence=0.71, text="影像分析：路口疑似事故，車輛停止")
    s.dup(c, 7)
    s.add("1999", "traffic_accident", "A", M(t0, 3), pos=scatter(rng, J3, 30),
          text="黎明路中科路口往西看，下一個路口汽車跟機車撞到了，要叫救護車。")
    k["p"] = s.add("incident", "injury_accident", "A", M(t0, 6), pos=offset(J1, 12, -8), severity="Severe",
                   text="黎明路三段與凱旋路口 自小客車與機車擦撞，機車騎士倒地，意識不清，已通報119。")["key"]
    s.add("119", "ambulance", "A", M(t0, 6), pos=offset(J1, 20, 5), key="1872-119-A1",
          text="黎明路三段凱旋路口 車禍 一名機車騎士受傷，派遣救護車。")
    s.add("rule", "congestion", "A", M(t0, 9), sensor="SN-VD-KAIXUAN-01", severity="Moderate", text="凱旋路車輛偵測器1 平均車速低於門檻")
    s.add("1999", "traffic_accident", "A", M(t0, 10), pos=scatter(rng, offset(JK, 40, -60), 40),
          text="凱旋路環中路這邊往南整個塞住，前面好像出車禍了。")
    s.add("rule", "congestion", "A", M(t0, 12), sensor="SN-VD-LIMING-01", severity="Moderate", text="黎明路車輛偵測器1 平均車速低於門檻")
    s.add("119", "ambulance", "A", M(t0, 14), pos=offset(J1, 20, 5), status="on_scene", follows="1872-119-A1",
          text="救護車到達，傷者右腿開放性骨折，意識清楚。")
    s.add("119", "ambulance", "A", M(t0, 22), pos=offset(J1, 20, 5), status="returning", follows="1872-119-A1",
          text="傷者送往中國醫藥大學附設醫院。")
    # B: rear-end in the queue 450 m east on 黎明路
    PB = offset(J1, 430, 120)
    kb = s.add("incident", "accident", "B", M(t0, 26), pos=PB, severity="Minor", alt="A",
               text="黎明路三段往西回堵車陣中，自小客車追撞自小貨車，無人受傷，雙方自行和解中。")["key"]
    s.add("1999", "traffic_accident", "B", M(t0, 29), pos=scatter(rng, PB, 40), alt="A",
          text="黎明路上塞車又有人追撞，佔住一個車道。")
    s.add("cctv", "stalled_vehicle", "B", M(t0, 31), sensor="SN-CCTV-005", confidence=0.38, alt="A",
          text="影像分析：西向車道遠處車輛停滯")
    s.add("incident", "injury_accident", "A", M(t0, 48), pos=offset(J1, 12, -8), severity="Minor", follows=k["p"],
          text="黎明路凱旋路口事故車輛已拖離，現場清理完畢，恢復通行。")
    # C: stalled car at 台74/環中路
    c3 = s.add("cctv", "stalled_vehicle", "C", M(t0, 52), sensor="SN-CCTV-001", confidence=0.66, text="影像分析：匝道出口車輛停滯")
    s.add("incident", "stalled_vehicle", "C", M(t0, 58), pos=offset((120.64728, 24.19591), -40, -30),
          severity="Minor", text="台74線下環中路匝道口 自小客車拋錨，已放置三角錐，等待拖吊。")
    s.add("rule", "congestion", "C", M(t0, 61), sensor="SN-VD-HUANZHONG-01", severity="Minor", text="環中路車輛偵測器1 平均車速低於門檻")
    # noise
    s.add("parking", "full", None, M(t0, -10), sensor="SN-PK-001", text="水湳轉運中心停車場 車位已滿")
    s.add("parking", "full", None, M(t0, 15), sensor="SN-PK-002", text="經貿六停車場 車位已滿")
    noise_congestion(s, M(t0, -20), M(t0, 70), 5, vds=["SN-VD-HENAN-01", "SN-VD-ZHONGQING-02", "SN-VD-ZHONGPING-02", "SN-VD-HUANZHONG-04"])
    noise_1999(s, M(t0, -40), M(t0, 90), 8)
    s.write("週五傍晚尖峰，黎明路凱旋路口汽機車擦撞。第一通1999是從下一個路口（經貿路口、中科路口）打的；"
            "之後車陣裡又有追撞；台74匝道口另有拋錨車。",
            [inc("A", "traffic", "黎明路凱旋路口汽機車擦撞，騎士重傷送醫", c["key"]),
             inc("B", "traffic", "黎明路三段回堵車陣中追撞（無人傷），距A約450公尺", kb),
             inc("C", "traffic", "台74線下環中路匝道口拋錨車", c3["key"])],
            alternative={"why": "車陣中的追撞是A事故造成的回堵，有的指揮員會交給已在A現場的員警一併處理，不另開案。",
                         "incidents": [inc("A", "traffic", "黎明路凱旋路口事故與其回堵車陣中的追撞", c["key"]),
                                       inc("C", "traffic", "台74線下環中路匝道口拋錨車", c3["key"])]})

# ---------------------------------------------------------------- 1873
def s1873():
    s = Sit(1873, "cameras_down_the_road", 1873)
    rng = s.rng
    t0 = T("2016-08-03 02:10:00")
    JA = junction("凱旋路", "環中路"); JB = junction("中科路", "環中路")
    P = ((JA[0]*0.45 + JB[0]*0.55), (JA[1]*0.45 + JB[1]*0.55))
    P = (round(P[0], 6), round(P[1], 6))
    c1 = s.add("cctv", "fallen_object", "A", M(t0, 0), sensor="SN-CCTV-003", confidence=0.52,
               text="影像分析：西側路段遠處疑似掉落物")
    s.add("cctv", "fallen_object", "A", M(t0, 1), sensor="SN-CCTV-002", confidence=0.47,
          text="影像分析：東側路段遠處疑似掉落物")
    s.add("1999", "fallen_object", "A", M(t0, 4), pos=scatter(rng, offset(JB, 15, 10), 20),
          text="環中路往東，中科路口前面一堆木棧板散在路中間，我差點撞上，現在停在中科路口這邊。")
    kp = s.add("incident", "fallen_object", "A", M(t0, 13), pos=P, severity="Moderate",
               text="環中路二段凱旋路至中科路間東向車道，貨車掉落木棧板約20片，佔用兩車道，員警現場警戒。")["key"]
    for i, mm in enumerate([10, 20, 30, 40]):
        s.add("cctv", "fallen_object", "A", M(t0, mm), sensor="SN-CCTV-003", confidence=round(0.5 + 0.05*i, 2),
              text="影像分析：西側路段遠處掉落物持續")
    s.add("rule", "congestion", "A", M(t0, 15), sensor="SN-VD-HUANZHONG-02", severity="Minor", text="環中路車輛偵測器2 平均車速低於門檻")
    s.add("incident", "fallen_object", "A", M(t0, 38), pos=P, severity="Minor", follows=kp,
          text="掉落木棧板之貨車司機折返到場，貨物已清除，恢復通行。")
    # B: wrong-way car moving east along 環中路
    w1 = s.add("cctv", "wrong_way", "B", M(t0, 52), sensor="SN-CCTV-001", confidence=0.81, text="影像分析：偵測逆向行駛車輛")
    s.add("cctv", "wrong_way", "B", M(t0, 53), sensor="SN-CCTV-002", confidence=0.77, text="影像分析：偵測逆向行駛車輛")
    s.add("1999", "other", "B", M(t0, 55), pos=scatter(rng, offset(JB, -100, -20), 40),
          text="環中路有一台白色轎車逆向開，往東，很危險！")
    s.add("cctv", "wrong_way", "B", M(t0, 55), sensor="SN-CCTV-003", confidence=0.69, text="影像分析：偵測逆向行駛車輛")
    s.add("incident", "wrong_way_driver", "B", M(t0, 58), pos=offset(junction("經貿路", "環中路"), 60, 10), severity="Severe",
          text="環中路二段經貿路口 攔停逆向自小客車一輛，駕駛酒測值0.45，依法移送。")
    # C: a garbage truck stops at 經貿路/黎明路 every night: the camera flags it (noise)
    for mm in (-40, -35, 95):
        s.add("cctv", "stalled_vehicle", None, M(t0, mm), sensor="SN-CCTV-005", confidence=0.44, text="影像分析：車輛停滯")
    # D: a separate stalled truck on 中清路 (far, real)
    d1 = s.add("1999", "other", "D", M(t0, 120), pos=scatter(rng, (120.6615, 24.1920), 30),
               text="中清路往南外側車道有台大貨車故障停在那裡，沒有放三角錐，晚上很危險。")
    s.add("incident", "stalled_vehicle", "D", M(t0, 131), pos=(120.6612, 24.1917), severity="Moderate",
          text="中清路二段南向外側車道大貨車故障，已擺放警示，通知拖吊。")
    noise_1999(s, M(t0, -60), M(t0, 150), 7)
    noise_congestion(s, M(t0, -50), M(t0, 150), 2, vds=["SN-VD-HENAN-01"])
    s.add("status", "offline", None, M(t0, 70), sensor="SN-CCTV-006", reason="maintenance", text="例行維護離線")
    s.add("status", "online", None, M(t0, 95), sensor="SN-CCTV-006", text="恢復連線")
    s.write("深夜，環中路二段凱旋路至中科路間貨車掉落木棧板，兩端路口攝影機都只從遠處看到；"
            "報案人停在下一個路口才打電話。之後一輛逆向車沿環中路往東開過三支攝影機；另有中清路故障大貨車。"
            "經貿黎明路口攝影機每晚把垃圾車判成停滯車輛（背景）。",
            [inc("A", "traffic", "環中路二段凱旋—中科間掉落木棧板", c1["key"]),
             inc("B", "traffic", "環中路逆向酒駕車（沿路移動，經貿路口攔停）", w1["key"]),
             inc("D", "traffic", "中清路二段南向大貨車故障", d1["key"])])

# ---------------------------------------------------------------- 1874
def s1874():
    s = Sit(1874, "skewed_device_clocks", 1874)
    rng = s.rng
    t0 = T("2016-06-02 15:00:00")
    for sid, lv, sev, mm in [("SN-RG-002", "大雨", "Moderate", 0), ("C0F9T0", "大雨", "Moderate", 4),
                             ("SN-RG-001", "豪雨", "Severe", 50), ("SN-RG-002", "豪雨", "Severe", 55)]:
        s.add("rule", "heavy_rain", None, M(t0, mm), sensor=sid, severity=sev, level=lv,
              text="%s 時雨量達%s標準" % (SENSORS[sid]["name"], lv))
    # A: underpass at 中清/環中 (clock right)
    a1 = s.add("rule", "flood_depth", "A", M(t0, 38), sensor="SN-FL-006", severity="Moderate", level="16-30",
               text="中清環中路口地下道 淹水深度 22 公分")
    s.add("cctv", "flooding", "A", M(t0, 41), sensor="SN-CCTV-008", confidence=0.58, text="影像分析：路面積水")
    a3 = s.add("rule", "flood_depth", "A", M(t0, 49), sensor="SN-FL-006", severity="Severe", level=">30",
               text="中清環中路口地下道 淹水深度 38 公分")
    s.add("119", "rescue", "A", M(t0, 53), pos=offset((120.657242, 24.198897), -20, -35),
          key="1874-119-A1", text="中清路環中路口地下道 一部自小客車熄火受困，駕駛在車內，派遣救助。")
    s.add("incident", "road_closure", "A", M(t0, 57), pos=(120.6571, 24.1996), severity="Severe",
          text="中清路環中路口地下道積水，雙向封閉，請改道平面道路。")
    s.add("119", "rescue", "A", M(t0, 71), pos=(120.657042, 24.198582), status="closed", follows="1874-119-A1",
          text="受困駕駛已自行脫困，車輛待拖吊。")
    # B: 河南路低窪處; its logger stamps local time as UTC+8 twice -> observed 8 h early
    skew = dt.timedelta(hours=8)
    fl7 = []
    for mm, lv, sev, cm in [(44, "1-15", "Minor", 12), (58, "16-30", "Moderate", 24), (76, ">30", "Severe", 33)]:
        real = M(t0, mm)
        it = s.add("rule", "flood_depth", "B", real - skew, arr_delay=int(skew.total_seconds()) + rng.randint(30, 80),
                   sensor="SN-FL-007", severity=sev, level=lv, text="河南路低窪處 淹水深度 %d 公分" % cm)
        fl7.append(it)
    b1 = s.add("1999", "flooding", "B", M(t0, 61), pos=scatter(rng, (120.6531, 24.1748), 40),
               text="河南路停車場前面積水到腳踝，機車都熄火了。")
    s.add("incident", "flooding_report", "B", M(t0, 66), pos=(120.6525, 24.1739), severity="Moderate",
          text="河南路近停車場路段積水約25公分，已通報水利局抽水機。")
    # camera at 河南/中平 with its clock 4 minutes fast
    c = s.add("cctv", "flooding", "B", M(t0, 70) + dt.timedelta(minutes=4), arr_delay=-230, sensor="SN-CCTV-010",
              confidence=0.49, text="影像分析：路口東北側積水")
    s.add("1999", "flooding", "B", M(t0, 80), pos=scatter(rng, (120.6510, 24.1722), 40),
          text="中平路河南路口過去一點，水淹到人行道上了。")
    s.add("parking", "closed", "B", M(t0, 84), sensor="SN-PK-003", text="河南路停車場 入口積水 暫停開放")
    # pond behind: water level alarm, as designed (null) — some would fold it into B
    s.add("rule", "water_level", None, M(t0, 64), sensor="SN-WL-002", severity="Moderate", level="3", alt="B",
          text="中央公園南滯洪池水位 達三級警戒")
    # C: pop music centre panel fault; its clock reset to 2016-01-01 after a power dip
    rtc = T("2016-01-01 00:00:00")
    cf = s.add("fire_alarm", "fault", "C", rtc + dt.timedelta(seconds=47),
               arr_delay=int((M(t0, 47) - rtc).total_seconds()) - 47, sensor="SN-FA-006", alt=None,
               text="臺中流行影音中心 火警受信總機 主電源異常，切換備用電池")
    s.add("fire_alarm", "normal", "C", rtc + dt.timedelta(seconds=1650),
          arr_delay=int((M(t0, 75) - rtc).total_seconds()) - 1650, sensor="SN-FA-006", alt=None,
          text="臺中流行影音中心 火警受信總機 復歸")
    s.add("rule", "water_level", None, M(t0, 90), sensor="SN-WL-001", severity="Moderate", level="3",
          text="中央公園北滯洪池水位 達三級警戒")
    noise_1999(s, M(t0, -20), M(t0, 120), 6, avoid=("河南路",))
    noise_congestion(s, M(t0, 20), M(t0, 110), 5, vds=["SN-VD-JINGMAO-01", "SN-VD-HUANZHONG-02", "SN-VD-ZHONGQING-02", "SN-VD-KAIXUAN-02"])
    s.write("梅雨午後豪雨。中清環中地下道淹水受困（時鐘正確）；河南路低窪處淹水，但其淹水感測器把當地時間再加一次時區，"
            "observed 比實際早8小時；河南中平路口攝影機快4分鐘；流行影音中心受信總機停電後時鐘回到2016-01-01。",
            [inc("A", "flood", "中清環中路口地下道淹水，車輛受困", a1["key"]),
             inc("B", "flood", "河南路停車場一帶低窪積水", fl7[1]["key"]),
             inc("C", "infrastructure", "流行影音中心受信總機主電源異常（時鐘錯誤）", cf["key"])],
            alternative={"why": "南滯洪池三級警戒可視為河南路積水的一部分；受信總機短暫切換電池、半小時後復歸，有的指揮員只記錄不派案。",
                         "incidents": [inc("A", "flood", "中清環中路口地下道淹水，車輛受困", a1["key"]),
                                       inc("B", "flood", "河南路一帶積水含南滯洪池高水位", fl7[1]["key"])]},
            notes="B's sufficient key is the sensor's second alert: at its arrival the 1999 call is not in yet, but 16-30 cm at a known low spot in a 豪雨 is enough.")

# ---------------------------------------------------------------- 1875
def s1875():
    s = Sit(1875, "long_sparse_dark_signal", 1875)
    rng = s.rng
    t0 = T("2016-09-10 22:00:00")
    J = junction("河南路", "中平路")
    s.add("planned_event", "road_works", None, T("2016-09-10 20:00:00"), arr_delay=-3*86400, pos=offset(J, -150, -120),
          ends=iso(T("2016-09-11 06:00:00")), radius_m=250, text="河南路二段人行道管線埋設工程（夜間施工）")
    f1 = s.add("signal", "fault", "A", M(t0, 14), sensor="SN-SIG-010", text="河南路/中平路 號誌控制器異常：燈號熄滅")
    s.add("cctv", "signal_dark", "A", M(t0, 16), sensor="SN-CCTV-010", confidence=0.83, text="影像分析：號誌黑燈")
    s.add("1999", "traffic_signal", "A", M(t0, 40), pos=scatter(rng, offset(J, 60, 40), 40),
          text="河南路中平路口紅綠燈全部不亮，車子都亂開。")
    kp = s.add("incident", "traffic_signal_fault", "A", M(t0, 52), pos=J, severity="Moderate",
               text="河南路中平路口號誌全暗，派員現場指揮交通，已通報交通局維修。")["key"]
    s.add("1999", "traffic_signal", "A", M(t0, 130), pos=scatter(rng, offset(J, -90, -50), 50),
          text="河南路和中平路口號誌還是黑的，已經打過一次了，還沒修好。")
    s.add("signal", "restored", "A", M(t0, 212), sensor="SN-SIG-010", text="河南路/中平路 號誌恢復正常")
    s.add("incident", "traffic_signal_fault", "A", M(t0, 220), pos=J, severity="Minor", follows=kp,
          text="維修廠商更換控制器保險絲，號誌恢復，員警撤離。")
    # re-fault at dawn: same fault, same job (alt: a second job)
    r1 = s.add("signal", "fault", "A", M(t0, 470), sensor="SN-SIG-010", alt="A2", text="河南路/中平路 號誌控制器異常：燈號熄滅")
    s.add("cctv", "signal_dark", "A", M(t0, 473), sensor="SN-CCTV-010", confidence=0.79, alt="A2", text="影像分析：號誌黑燈")
    s.add("1999", "traffic_signal", "A", M(t0, 500), pos=scatter(rng, offset(J, 30, -80), 40), alt="A2",
          text="河南路中平路口紅綠燈又不亮了，昨天晚上不是才修過？")
    s.add("rule", "congestion", "A", M(t0, 575), sensor="SN-VD-ZHONGPING-01", severity="Moderate", alt="A2",
          text="中平路車輛偵測器1 平均車速低於門檻")
    s.add("rule", "congestion", "A", M(t0, 582), sensor="SN-VD-HENAN-02", severity="Moderate", alt="A2",
          text="河南路車輛偵測器2 平均車速低於門檻")
    s.add("incident", "traffic_signal_fault", "A", M(t0, 530), pos=J, severity="Moderate", alt="A2",
          text="河南路中平路口號誌再度故障，派員指揮上學上班車流。")
    s.add("signal", "restored", "A", M(t0, 600), sensor="SN-SIG-010", alt="A2", text="河南路/中平路 號誌恢復正常")
    # B: drunk group at the Henan car park
    b1 = s.add("1999", "noise", "B", M(t0, 265), pos=scatter(rng, (120.6534, 24.1748), 30), alt="B",
               text="河南路停車場有一群人喝酒大聲吵鬧，好像要打起來了。")
    s.add("incident", "public_disturbance", "B", M(t0, 281), pos=(120.6532, 24.1746), severity="Moderate",
          text="河南路停車場 酒後口角拉扯，雙方經勸導離去，無人受傷。")
    noise_1999(s, M(t0, -10), M(t0, 610), 10, avoid=("河南路", "中平路"))
    for sid in ("SN-PK-003",):
        s.add("parking", "empty", None, M(t0, 150), sensor=sid, text="河南路停車場 車位全空")
    noise_congestion(s, M(t0, 560), M(t0, 610), 3, vds=["SN-VD-HUANZHONG-02", "SN-VD-JINGMAO-01", "SN-VD-ZHONGQING-01"])
    s.write("週六深夜到週日早上，河南路中平路口號誌黑燈：22:14 故障，01:32 修復，05:50 再度故障，08:00 修復。"
            "證據稀疏、相隔數小時；附近有核准的夜間管線工程（只是許可，不派案）；凌晨停車場酒客口角。",
            [inc("A", "traffic", "河南路中平路口號誌故障（含清晨再故障）", f1["key"]),
             inc("B", "public_safety", "河南路停車場酒後口角", b1["key"])],
            alternative={"why": "01:32 修復後已結案；05:50 再故障可視為新案件另行派工。",
                         "incidents": [inc("A", "traffic", "河南路中平路口號誌故障（夜間）", f1["key"]),
                                       inc("A2", "traffic", "河南路中平路口號誌清晨再度故障", r1["key"]),
                                       inc("B", "public_safety", "河南路停車場酒後口角", b1["key"])]})

# ---------------------------------------------------------------- 1876
def s1876():
    s = Sit(1876, "diesel_spill_along_jingmao", 1876)
    rng = s.rng
    t0 = T("2016-11-15 09:20:00")
    N = junction("經貿路", "環中路"); S7 = junction("經貿路", "黎明路"); SM = junction("經貿路", "中平路")
    a1 = s.add("1999", "other", "A", M(t0, 2), pos=scatter(rng, along("經貿路", 0.05), 30),
               text="經貿路二段靠環中路這邊，路面一條長長的油漬，機車騎過去很滑。")
    a2 = s.add("1999", "other", "A", M(t0, 11), pos=scatter(rng, along("經貿路", 0.3), 30),
               text="經貿路經貿七路附近地上都是油，我剛剛機車差點滑倒，好像是前面貨車一路滴下來的。")
    pk = s.add("incident", "fallen_object", "A", M(t0, 14), pos=along("經貿路", 0.28), severity="Moderate",
               text="經貿路二段南向車道路面油漬，長約數百公尺，疑似車輛漏油，請消防局派員清洗。")["key"]
    s.add("cctv", "fallen_object", "A", M(t0, 17), sensor="SN-CCTV-006", confidence=0.33, text="影像分析：路面疑似異物")
    # B: scooter slips on the oil
    PB = along("經貿路", 0.55)
    b1 = s.add("incident", "injury_accident", "B", M(t0, 22), pos=PB, severity="Moderate", alt="A",
               text="經貿路近生態住宅A區 機車騎士疑因路面油漬滑倒，手肘擦傷，意識清楚。")
    s.add("119", "ambulance", "B", M(t0, 23), pos=offset(PB, 10, 10), key="1876-119-B1", alt="A",
          text="經貿路 機車自摔 一名傷者，派遣救護車。")
    s.add("1999", "traffic_accident", "B", M(t0, 25), pos=scatter(rng, PB, 40), alt="A",
          text="經貿路這邊有人騎機車摔倒，地上有油。")
    s.add("119", "ambulance", "B", M(t0, 33), pos=offset(PB, 10, 10), status="returning", follows="1876-119-B1", alt="A",
          text="傷者輕傷拒絕送醫，救護車返隊。")
    s.add("1999", "other", "A", M(t0, 30), pos=scatter(rng, offset(SM, 0, 120), 40),
          text="經貿路往中平路口這段也有油，一路延伸過來，很長。")
    s.add("incident", "fallen_object", "A", M(t0, 35), pos=offset(SM, 15, 20), severity="Moderate", follows=pk,
          text="於經貿路中平路口攔停漏油大貨車一輛，油箱破損，已通知業者處理。")
    s.add("119", "hazmat", "A", M(t0, 38), pos=along("經貿路", 0.3), key="1876-119-A1",
          text="經貿路二段路面油污約1.5公里，派遣水湳分隊灑吸油棉及沖洗。")
    s.add("rule", "congestion", "A", M(t0, 44), sensor="SN-VD-JINGMAO-02", severity="Moderate", text="經貿路車輛偵測器2 平均車速低於門檻")
    kc = s.add("incident", "road_closure", "A", M(t0, 46), pos=along("經貿路", 0.45), severity="Moderate",
               text="經貿路南向外側車道分段封閉，配合清除油污。")["key"]
    s.add("rule", "congestion", "A", M(t0, 52), sensor="SN-VD-JINGMAO-01", severity="Minor", text="經貿路車輛偵測器1 平均車速低於門檻")
    s.add("119", "hazmat", "A", M(t0, 75), pos=along("經貿路", 0.3), status="on_scene", follows="1876-119-A1",
          text="清洗作業中，已完成經貿七路以北路段。")
    s.add("119", "hazmat", "A", M(t0, 118), pos=along("經貿路", 0.3), status="closed", follows="1876-119-A1",
          text="油污清除完畢。")
    s.add("incident", "road_reopened", "A", M(t0, 124), pos=along("經貿路", 0.45), severity="Minor", follows=kc,
          text="經貿路南向外側車道恢復通行。")
    noise_1999(s, M(t0, -30), M(t0, 140), 9, avoid=("經貿路",))
    noise_congestion(s, M(t0, -20), M(t0, 20), 3, vds=["SN-VD-HUANZHONG-01", "SN-VD-ZHONGQING-02", "SN-VD-HENAN-01"])
    s.add("parking", "full", None, M(t0, 60), sensor="SN-PK-006", text="臺中國際會展中心停車場 車位已滿")
    s.write("上午，漏油大貨車沿經貿路由環中路一路南下至中平路，油漬長約1.5公里；報告沿路移動。機車在油上滑倒。",
            [inc("A", "hazmat", "經貿路路面油污（漏油貨車沿路），清洗與管制", pk),
             inc("B", "traffic", "經貿路機車滑倒輕傷", b1["key"])],
            alternative={"why": "機車滑倒是油污造成的，有的指揮員會把它併入油污案（同一現場處置）。",
                         "incidents": [inc("A", "hazmat", "經貿路路面油污含機車滑倒", pk)]})

if __name__ == "__main__":
    s1871(); s1872(); s1873(); s1874(); s1875(); s1876()
    print("gen_a done")
