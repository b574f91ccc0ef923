"""Situations 271-276: pile-up, bus fire, wrong-way drunk driver, park concert,
convention-centre exhibition with road works, road race. Run from any folder."""
from lib import Sit, PL, S, off, lerp


def cong(s, at, vd, sev, text, truth, **kw):
    return s.add("rule", "congestion", at, text, truth, sev=sev, sensor=vd, **kw)


def cleared(s, at, sensor, text, truth, **kw):
    return s.add("rule", "cleared", at, text, truth, sev="Minor", sensor=sensor, **kw)


def st(s, at, sensor, state, reason, truth, **kw):
    txt = "設備離線 reason=%s" % reason if state == "offline" else "設備恢復連線"
    return s.add("status", state, at, txt, truth, sensor=sensor, **kw)


# ---------------------------------------------------------------------------
def s271():
    s = Sit(271, "huanzhong_pileup_queue", "2026-04-14")
    C = (120.6502, 24.1973)          # 環中路二段 西向, 凱旋路–中科路之間
    Q = (120.6533, 24.19842)         # 經貿路口, 車陣尾端
    cong(s, "07:05:00", "SN-VD-ZHONGQING-01", "Minor", "中清路車輛偵測器1 南向平均車速 28 km/h，佔有率 32%", None)
    s.add("1999", "streetlight", "07:12:00", "黎明路三段這邊路燈白天還一直亮著，很浪費電，燈桿上的編號好像是XT開頭的", None,
          pos=off(PL["liming_kaixuan"], 80, 10))
    st(s, "07:18:00", "SN-PK-003", "offline", "comms_lost", None)
    st(s, "07:21:10", "SN-PK-003", "online", "", None)
    cong(s, "07:26:00", "SN-VD-HENAN-01", "Moderate", "河南路車輛偵測器1 北向平均車速 17 km/h，佔有率 41%", None)
    cleared(s, "07:31:00", "SN-VD-ZHONGQING-01", "中清路車輛偵測器1 車速回升 41 km/h，警戒解除", None)
    k_first = s.add("1999", "traffic_accident", "07:38:55",
                    "環中路這邊好幾台車撞在一起！一台砂石車從後面撞上來，有人卡在車子裡面，趕快叫救護車", "pileup",
                    pos=C, jitter=30, delay=25)
    s.add("cctv", "stalled_vehicle", "07:39:20", "影像分析：環中路二段 東側 西向車道 多車停滯", "pileup",
          sensor="SN-CCTV-002", conf=0.64)
    k119 = s.add("119", "rescue", "07:39:50",
                 "救助：環中路二段近中科路口 大貨車追撞多部小客車 1人受困車內 派遣 水湳分隊 救助器材車1、救護車2 (dispatched)",
                 "pileup", pos=C)
    s.add("1999", "traffic_accident", "07:40:30", "中科路口那邊連環車禍，砂石車跟四五台車撞成一團，玻璃碎一地", "pileup",
          pos=PL["zhongke_huanzhong"], jitter=25)
    kp = s.add("incident", "injury_accident", "07:41:10",
               "環中路二段西向（往台74線方向）近中科路口，砂石車追撞自小客車等共5車，初報2人受傷、1人受困，西向3車道全數阻斷，請求警力支援交管。",
               "pileup", sev="Severe", pos=C)
    cong(s, "07:42:00", "SN-VD-HUANZHONG-02", "Severe", "環中路車輛偵測器2 西向平均車速 6 km/h，佔有率 71%", "pileup")
    s.add("1999", "traffic_accident", "07:43:00", "環中路經貿路口那邊有車禍，砂石車撞轎車，整條都不能動", "pileup",
          pos=PL["jingmao_huanzhong"], jitter=20)
    s.add("cctv", "stalled_vehicle", "07:44:00", "影像分析：中科路口 西向車道 車輛停滯 排隊延伸", "pileup",
          sensor="SN-CCTV-003", conf=0.72)
    s.add("119", "ambulance", "07:45:00", "救護：環中路二段 多車事故 傷者2名 1名胸痛 1名頭部撕裂傷 (dispatched)", "pileup",
          pos=off(C, 15, 5))
    s.add("119", "rescue", "07:47:30", "救助 現場回報：受困者1名 左腳卡於駕駛座 以破壞器材救出中 (on_scene)", "pileup",
          pos=C, follows=k119)
    s.add("1999", "other", "07:48:00", "我在環中路上塞了快十分鐘完全沒動，前面到底怎麼了？可以派人來指揮嗎", "pileup",
          pos=off(PL["jingmao_huanzhong"], 60, 20), jitter=40)
    kc = s.add("incident", "road_closure", "07:52:00",
               "環中路二段西向 中科路口至凱旋路口 暫時封閉，車流於中科路口導引右轉中科路、改經黎明路", "pileup",
               sev="Moderate", pos=PL["zhongke_huanzhong"], follows=kp)
    cong(s, "07:55:00", "SN-VD-HUANZHONG-03", "Severe", "環中路車輛偵測器3 西向平均車速 9 km/h，佔有率 64%", "pileup")
    s.add("1999", "other", "07:58:00", "環中路往台74的方向塞到中清路那邊了啦，到底是怎樣，上班都要遲到了", "pileup",
          pos=off(PL["zhongqing_huanzhong"], -30, 10), jitter=30)
    s.add("119", "rescue", "08:01:00", "救助：受困者已救出，交救護車送往中國醫藥大學附設醫院 (returning)", "pileup",
          pos=C, follows=k119)
    s.add("cctv", "stalled_vehicle", "08:04:00", "影像分析：環中路經貿路口 西向車道 車輛停滯", "pileup",
          sensor="SN-CCTV-004", conf=0.58)
    k2 = s.add("1999", "traffic_accident", "08:06:30", "環中路經貿路口塞車的地方又有機車撞到轎車屁股，騎士坐在地上", "secondary_crash",
               pos=Q, jitter=15, alt="pileup")
    s.add("incident", "accident", "08:09:00",
          "環中路二段與經貿路口 西向車陣尾端 機車追撞自小客車，機車騎士手部擦傷拒絕送醫，雙方已移置路邊", "secondary_crash",
          sev="Minor", pos=Q, alt="pileup")
    cong(s, "08:12:00", "SN-VD-ZHONGQING-01", "Severe", "中清路車輛偵測器1 南向平均車速 8 km/h，佔有率 66%", "pileup", alt=None)
    s.add("1999", "illegal_parking", "08:15:00", "經貿六停車場出口有車子並排停車，擋住出口出不去", None,
          pos=PL["jm6_shuttle"], jitter=20)
    cong(s, "08:18:00", "SN-VD-LIMING-01", "Moderate", "黎明路車輛偵測器1 平均車速 15 km/h，佔有率 44%", "pileup")
    s.add("incident", "injury_accident", "08:25:00", "拖吊車2部到場，肇事砂石車待大型拖吊，西向開放外側1車道", "pileup",
          sev="Moderate", pos=C, follows=kp)
    s.add("fire_alarm", "fault", "08:30:00", "逢甲大學水湳校區 受信總機 預備電源電壓不足", None, sensor="SN-FA-009")
    s.add("1999", "noise", "08:40:00", "中國醫藥大學水湳校區旁邊的工地一大早就在打樁，吵死了", None,
          pos=off(PL["cmu_campus"], 40, 30))
    s.add("incident", "injury_accident", "08:47:00", "現場清理完畢，環中路二段西向恢復2車道通行", "pileup",
          sev="Minor", pos=C, follows=kp)
    cleared(s, "08:52:00", "SN-VD-LIMING-01", "黎明路車輛偵測器1 車速回升 38 km/h，警戒解除", "pileup")
    s.add("incident", "road_closure", "09:03:00", "環中路二段西向 全線恢復通車", "pileup", sev="Minor",
          pos=PL["zhongke_huanzhong"], follows=kc)
    cleared(s, "09:08:00", "SN-VD-HUANZHONG-03", "環中路車輛偵測器3 車速回升 45 km/h，警戒解除", "pileup")
    cleared(s, "09:11:00", "SN-VD-HUANZHONG-02", "環中路車輛偵測器2 車速回升 48 km/h，警戒解除", "pileup")
    cleared(s, "09:14:00", "SN-VD-ZHONGQING-01", "中清路車輛偵測器1 車速回升 39 km/h，警戒解除", "pileup", alt=None)
    s.add("1999", "road_damage", "09:20:00", "環中路剛剛車禍的地方地上都是油，機車騎過去會滑，可以派人來灑砂嗎", "pileup",
          pos=C, jitter=20)
    st(s, "09:25:00", "SN-VD-KAIXUAN-01", "offline", "device_fault", None)
    st(s, "09:27:30", "SN-VD-KAIXUAN-01", "online", "", None)
    inc = [("pileup", "traffic",
            "環中路二段西向（凱旋路–中科路間）砂石車追撞5車，1人受困、2人傷；西向封閉，車陣回堵經環中路至中清路、改道車流塞黎明路，07:38 至 09:15",
            k_first),
           ("secondary_crash", "traffic", "車陣尾端（環中路經貿路口）機車追撞自小客車，輕傷，另派巡邏車處理", k2)]
    alt_inc = [("pileup", "traffic", "主事故連同車陣尾端的二次事故，由同一交管警力處理", k_first)]
    s.write("上班尖峰，環中路二段西向砂石車連環追撞，救出受困者、封路改道，回堵持續一個半小時，其間車陣尾端再生二次追撞；"
            "背景：平日尖峰車慢、上學車流、路燈、停車場設備閃斷、工地噪音。",
            inc,
            alt={"why": "車陣尾端的二次事故可視為主事故的一部分（同一交管現場、同一批警力）；中清路南向 08:12 的壅塞也可能只是平日尖峰，而非回堵。",
                 "incidents": alt_inc},
            notes="回堵沿環中路往東延伸（偵測器2→3→中清路1），改道車流造成黎明路壅塞；09:20 油污報案為同一事故的後續處理。")


# ---------------------------------------------------------------------------
def s272():
    s = Sit(272, "zhongqing_bus_fire", "2026-05-08")
    F = (120.6564, 24.2003)          # 中清路 南向 環中路口以北
    cong(s, "17:05:00", "SN-VD-KAIXUAN-01", "Moderate", "凱旋路車輛偵測器1 平均車速 16 km/h，佔有率 47%", None)
    s.add("fire_alarm", "fault", "17:12:00", "水湳生態住宅 B區 受信總機 預備電源電壓不足", None, sensor="SN-FA-012")
    s.add("1999", "noise", "17:15:00", "流行影音中心在彩排，低音一直咚咚咚，家裡窗戶都在震", None, pos=off(PL["pop_music"], -120, 60))
    k1 = s.add("1999", "fire_smoke", "17:21:40", "中清路這邊有一台公車車尾在冒煙，黑煙很大！", "busfire", pos=F, jitter=25, delay=22)
    s.add("cctv", "smoke", "17:22:10", "影像分析：中清路/環中路口北側 偵測煙霧", "busfire", sensor="SN-CCTV-008", conf=0.82)
    k119 = s.add("119", "fire", "17:22:30",
                 "火災：中清路近環中路口 大客車火警 車尾引擎室起火 乘客約30人 派遣 水湳分隊 消防車2、水箱車1、救護車1 (dispatched)",
                 "busfire", pos=F)
    s.add("1999", "fire_smoke", "17:22:50", "環中路口那邊有車子燒起來了，煙好大喔，是不是火災啊？", "busfire",
          pos=PL["zhongqing_huanzhong"], jitter=30)
    s.add("1999", "fire_smoke", "17:23:20", "我在轉運站這邊，看到北邊一直冒黑煙，不知道哪裡燒起來", "busfire",
          pos=PL["hub"], jitter=20)
    s.add("1999", "fire_smoke", "17:23:40", "中清路上一台遊覽車起火了啦！司機在外面拿滅火器在噴，乘客都跑下來了", "busfire",
          pos=F, jitter=40)
    kp = s.add("incident", "fire_report", "17:24:10",
               "中清路南向近環中路口 國道客運大客車引擎室起火，乘客31人均已下車疏散，無人受困，現場封閉南向車道",
               "busfire", sev="Severe", pos=F)
    s.add("1999", "fire_smoke", "17:24:30", "北屯這邊聞到很重的塑膠燒焦味，黑煙一直飄過來，窗戶都要關起來", "busfire",
          pos=(120.6605, 24.2040), jitter=60)
    s.add("1999", "fire_smoke", "17:25:10", "經貿路那邊火燒車！快點派人來，很多人在圍觀拍照", "busfire",
          pos=off(PL["jingmao_liming"], 30, 40), jitter=30)
    s.add("1999", "other", "17:26:00", "請問中清路是不是有火災？我要去轉運站搭車，公車都卡在路上不動", "busfire",
          pos=off(F, 40, 250), jitter=40)
    kc = s.add("incident", "road_closure", "17:26:30",
               "中清路南向 環中路口以北約300公尺起封閉，車流改道，北向維持1車道通行", "busfire",
               sev="Moderate", pos=off(F, 60, 250), follows=kp)
    s.add("1999", "fire_smoke", "17:27:30", "中清路那台巴士燒得好大，火都竄出來了，旁邊停的機車要趕快移走", "busfire",
          pos=off(F, 80, 60), jitter=20)
    cong(s, "17:28:00", "SN-VD-ZHONGQING-01", "Severe", "中清路車輛偵測器1 南向平均車速 4 km/h，佔有率 78%", "busfire")
    ka = s.add("fire_alarm", "alarm", "17:29:20", "1F 客運候車大廳 北側入口 偵煙探測器動作", "busfire",
               sensor="SN-FA-001", alt="hub_alarm")
    s.add("fire_alarm", "alarm", "17:30:05", "2F 北側走廊 偵煙探測器動作", "busfire", sensor="SN-FA-001", alt="hub_alarm")
    s.add("1999", "fire_smoke", "17:31:00", "家裡陽台都是煙味，是哪裡失火？要不要把瓦斯關掉？", "busfire",
          pos=(120.6598, 24.1962), jitter=40)
    s.add("119", "fire", "17:31:30",
          "火災：水湳轉運中心 火警受信總機動作 研判為外部車輛火災煙霧飄入 由中清路現場車輛派員查看 (dispatched)",
          "busfire", pos=PL["hub"], alt="hub_alarm")
    cong(s, "17:33:00", "SN-VD-HUANZHONG-03", "Moderate", "環中路車輛偵測器3 平均車速 18 km/h，佔有率 48%", "busfire")
    s.add("119", "fire", "17:36:00", "現場回報：大客車火勢已控制，無人傷亡 (on_scene)", "busfire", pos=F, follows=k119)
    st(s, "17:38:00", "SN-CCTV-010", "offline", "comms_lost", None)
    st(s, "17:39:30", "SN-CCTV-010", "online", "", None)
    s.add("fire_alarm", "normal", "17:40:00", "受信總機 復歸", "busfire", sensor="SN-FA-001", alt="hub_alarm")
    kfl = s.add("rule", "flood_depth", "17:45:00", "中清環中路口地下道 淹水深度 9 cm（近1小時雨量 0 mm）", "busfire",
          sev="Minor", sensor="SN-FL-006", level="1-15", alt="underpass_water")
    s.add("119", "fire", "17:48:00", "火勢撲滅，殘火處理及車體降溫中 (on_scene)", "busfire", pos=F, follows=k119)
    s.add("parking", "full", "17:50:00", "水湳轉運中心停車場 汽車剩餘 0/614", None, sensor="SN-PK-001")
    s.add("rule", "cleared", "17:52:00", "中清環中路口地下道 淹水深度 0 cm，警戒解除", "busfire", sev="Minor",
          sensor="SN-FL-006", alt="underpass_water")
    s.add("cctv", "stalled_vehicle", "17:55:00", "影像分析：中清路南向 車輛停滯", "busfire", sensor="SN-CCTV-008", conf=0.77)
    s.add("incident", "fire_report", "18:05:00", "大客車已由拖吊車拖離，路面油污清理中，南向預計18:20恢復通車", "busfire",
          sev="Minor", pos=F, follows=kp)
    s.add("1999", "fire_smoke", "18:10:00", "經貿路這邊一直有燒焦味，不知道是不是附近工廠在燒東西", "busfire",
          pos=(120.6560, 24.1930), jitter=40)
    s.add("1999", "streetlight", "18:15:00", "中平路靠近河南路那邊有一支路燈一閃一閃的", None, pos=off(PL["henan_zhongping"], 90, 0))
    cleared(s, "18:20:00", "SN-VD-KAIXUAN-01", "凱旋路車輛偵測器1 車速回升 35 km/h，警戒解除", None)
    s.add("incident", "road_closure", "18:22:00", "中清路南向恢復通車", "busfire", sev="Minor", pos=off(F, 60, 250), follows=kc)
    cleared(s, "18:30:00", "SN-VD-ZHONGQING-01", "中清路車輛偵測器1 車速回升 36 km/h，警戒解除", "busfire")
    cleared(s, "18:34:00", "SN-VD-HUANZHONG-03", "環中路車輛偵測器3 車速回升 42 km/h，警戒解除", "busfire")
    inc = [("busfire", "fire",
            "中清路南向、環中路口北側 國道客運大客車引擎室起火：疏散乘客、封閉南向、回堵中清路與環中路；煙飄入水湳轉運中心觸發偵煙器，救火用水積在地下道（皆為同一火警的連帶效應）",
            k1)]
    alt_inc = [inc[0],
               ("hub_alarm", "fire", "水湳轉運中心火警受信總機動作（外部煙霧飄入），另開一案由消防查看建築物", ka),
               ("underpass_water", "flood", "中清環中路口地下道積水 9 cm（無雨，救火用水），通知水利局檢查抽水", kfl)]
    s.write("下班尖峰中清路國道客運火燒車：一陣 1999 報案（說法、地點各異），消防與警察封路；煙霧飄入轉運中心觸發偵煙器，救火水積在地下道；"
            "背景：尖峰車慢、住宅總機電池、彩排噪音、停車場滿、路燈、監視器閃斷。",
            inc,
            alt={"why": "轉運中心火警總機動作與地下道積水分屬建築物與排水，值班可能各開一案交給不同單位；主讀法視為火燒車的連帶效應，由現場消防一併處理。",
                 "incidents": alt_inc},
            notes="1999 報案地點有誤：轉運站（17:23:20）、北屯（17:24:30）、經貿路（17:25:10）都指向同一輛車；停車場滿為週五尖峰常態。")


# ---------------------------------------------------------------------------
def s273():
    s = Sit(273, "wrong_way_drunk_driver", "2026-06-20")
    X = (120.65779, 24.18908)        # 經貿路二段 中央公園北側 分隔島花台
    s.add("1999", "noise", "00:48:00", "樓下有人在喝酒唱歌，已經快一點了還在吵", None, pos=off(PL["eco_a"], 20, 10))
    st(s, "00:55:00", "SN-VD-LIMING-01", "offline", "comms_lost", None)
    st(s, "00:58:00", "SN-VD-LIMING-01", "online", "", None)
    k1 = s.add("cctv", "wrong_way", "01:06:10", "影像分析：台74線下匝道往環中路二段 偵測逆向行駛車輛（白色自小客車）", "wrongway",
               sensor="SN-CCTV-001", conf=0.77)
    s.add("1999", "other", "01:06:50", "環中路上有一台白色的車逆向在開，開很快，我差點閃不過", "wrongway",
          pos=(120.6485, 24.1966), jitter=30)
    s.add("cctv", "wrong_way", "01:07:30", "影像分析：凱旋路口 東向車道 逆向行駛車輛", "wrongway", sensor="SN-CCTV-002", conf=0.81)
    kp = s.add("incident", "wrong_way_driver", "01:08:40",
               "民眾報案：環中路二段 白色自小客車逆向行駛往中清路方向，已通報線上巡邏車攔查", "wrongway",
               sev="Severe", pos=PL["kaixuan_huanzhong"])
    ks = s.add("119", "ambulance", "01:09:10", "救護：環中路/中清路口 機車自摔 騎士1名 腳部擦傷 意識清楚 (dispatched)", "scooter_fall",
               pos=off(PL["zhongqing_huanzhong"], -20, 5))
    s.add("cctv", "wrong_way", "01:09:20", "影像分析：中科路口 逆向行駛車輛", "wrongway", sensor="SN-CCTV-003", conf=0.69)
    s.add("cctv", "wrong_way", "01:10:40", "影像分析：經貿路口 逆向行駛車輛 右轉經貿路二段", "wrongway", sensor="SN-CCTV-004", conf=0.74)
    s.add("1999", "other", "01:11:20", "經貿路黎明路口有台車逆向衝過來，差一點撞到我，車牌沒看清楚，白色的", "wrongway",
          pos=PL["jingmao_liming"], jitter=25)
    s.add("cctv", "wrong_way", "01:12:30", "影像分析：經貿路二段/黎明路口 逆向行駛車輛", "wrongway", sensor="SN-CCTV-005", conf=0.80)
    s.add("incident", "wrong_way_driver", "01:14:00",
          "巡邏車於經貿路二段發現目標車輛，鳴笛示意停車未果，持續尾隨，請前方警力於經貿七路口攔截", "wrongway",
          sev="Severe", pos=off(PL["jingmao_liming"], 60, -100), follows=kp)
    s.add("incident", "accident", "01:14:30",
          "環中路與中清路口 機車騎士自行打滑自摔，騎士稱路面有沙，腳部擦傷，無他車涉入", "scooter_fall",
          sev="Minor", pos=off(PL["zhongqing_huanzhong"], -20, 5))
    s.add("cctv", "wrong_way", "01:15:10", "影像分析：經貿七路口 逆向行駛車輛", "wrongway", sensor="SN-CCTV-006", conf=0.66)
    ka = s.add("incident", "accident", "01:17:20",
               "目標車輛於經貿路二段近中央公園北側 自撞分隔島花台停止，駕駛經酒測 0.82 mg/L，依公共危險罪現行犯逮捕",
               "wrongway", sev="Moderate", pos=X, follows=kp)
    s.add("1999", "traffic_accident", "01:18:00", "中央公園旁邊碰好大一聲，好像有車撞到安全島", "wrongway",
          pos=(120.6572, 24.1880), jitter=40)
    s.add("119", "ambulance", "01:19:10", "救護：經貿路二段 自小客車自撞 駕駛額頭擦傷 拒絕送醫 (dispatched)", "wrongway", pos=X)
    s.add("1999", "noise", "01:22:00", "中科路那邊一直有改裝車在催油門，轟轟轟的，每個禮拜六都這樣", None,
          pos=(120.6535, 24.1860), jitter=50)
    s.add("119", "ambulance", "01:28:00", "救護：機車騎士送往中國醫藥大學附設醫院 (returning)", "scooter_fall",
          pos=off(PL["zhongqing_huanzhong"], -20, 5), follows=ks)
    s.add("1999", "streetlight", "01:30:00", "黎明路三段有兩盞路燈不亮，晚上騎車很暗", None, pos=off(PL["liming_kaixuan"], 150, 60))
    s.add("incident", "fallen_object", "01:35:00",
          "自撞事故花台碎片及車輛零件散落經貿路二段內側車道，已通報清潔隊及養護單位", "wrongway",
          sev="Minor", pos=X, follows=ka)
    s.add("cctv", "stalled_vehicle", "01:40:00", "影像分析：經貿七路口 南側 車輛停滯", "wrongway", sensor="SN-CCTV-006", conf=0.60)
    s.add("1999", "other", "01:41:00", "經貿路中央公園那段地上一堆碎石頭跟塑膠片，機車騎過去很危險", "wrongway",
          pos=off(X, 30, -40), jitter=30)
    s.add("fire_alarm", "fault", "01:50:00", "中國醫藥大學水湳校區 受信總機 探測器迴路斷線", None, sensor="SN-FA-010")
    s.add("incident", "accident", "02:05:00", "肇事車輛已拖吊，經貿路二段內側車道清理完畢", "wrongway",
          sev="Minor", pos=X, follows=ka)
    inc = [("wrongway", "traffic",
            "酒駕白色自小客車自台74線下匝道逆向駛入環中路二段，經凱旋、中科、經貿路口右轉經貿路二段，仍逆向南行，01:17 自撞中央公園北側分隔島花台，駕駛被捕；30 分鐘、約 2 km 的移動事件",
            k1),
           ("scooter_fall", "traffic", "同時段環中路/中清路口（距逆向車右轉的經貿路口約 390 m）機車騎士自行打滑自摔，無他車涉入", ks)]
    s.write("深夜酒駕逆向車穿越水湳：六支路口監視器依序偵測、民眾報案、巡邏車尾隨，最後自撞花台；同一時間附近另有機車自摔。"
            "背景：住宅喧嘩、改裝車噪音、路燈、偵測器閃斷、校區總機故障。",
            inc,
            notes="監視器逆向告警單獨即足以開案（深夜逆向為立即危險）。機車自摔在逆向車經過經貿路口前後發生，但逆向車已右轉經貿路、未經中清路，警方記錄亦無他車涉入，故為另一案。")


# ---------------------------------------------------------------------------
def s274():
    s = Sit(274, "central_park_concert", "2026-09-12")
    L = PL["park_lawn"]
    kperm = s.add("planned_event", "concert", "16:00:00",
                  "活動許可：2026 中央公園草地音樂節（演唱會），預估3萬人；地點 中央公園大草坪；16:00 入場、18:30 開演、22:30 散場；"
                  "配套：敦化路、經貿五路部分路段交通管制，水湳轉運中心、經貿六停車場設接駁專車", "concert",
                  pos=L, arr="2026-09-01 10:15:00", ends="22:30:00")
    s.add("parking", "full", "15:20:00", "中央公園地下停車場(南) 汽車剩餘 0/400", "concert", sensor="SN-PK-005")
    s.add("parking", "full", "15:45:00", "中央公園地下停車場(北) 汽車剩餘 0/450", "concert", sensor="SN-PK-004")
    cong(s, "16:05:00", "SN-VD-ZHONGKE-01", "Moderate", "中科路車輛偵測器1 平均車速 14 km/h，佔有率 45%", "concert")
    s.add("parking", "full", "16:20:00", "河南路停車場 汽車剩餘 0/300", "concert", sensor="SN-PK-003")
    s.add("1999", "illegal_parking", "16:30:00", "敦化路兩邊都停滿了，紅線也停、公車站也停，公車根本進不來", "concert",
          pos=(120.6575, 24.1860), jitter=40)
    cong(s, "16:40:00", "SN-VD-HENAN-02", "Moderate", "河南路車輛偵測器2 平均車速 13 km/h，佔有率 52%", "concert")
    s.add("parking", "full", "16:55:00", "臺中國際會展中心停車場 汽車剩餘 0/800", "concert", sensor="SN-PK-006")
    s.add("cctv", "crowding", "17:05:00", "影像分析：人群聚集（靜止）經貿六停車場接駁區 排隊人潮", "concert",
          sensor="SN-CCTV-005", conf=0.78)
    cong(s, "17:10:00", "SN-VD-KAIXUAN-02", "Severe", "凱旋路車輛偵測器2 平均車速 7 km/h，佔有率 69%", "concert")
    s.add("1999", "crowding", "17:15:00", "轉運站等接駁車的人排到馬路上了，車子從旁邊開過去很危險，都沒有人管", "concert",
          pos=PL["hub_shuttle"], jitter=20)
    s.add("1999", "illegal_parking", "17:30:00", "凱旋路人行道上機車停得滿滿的，推娃娃車都過不去", "concert",
          pos=(120.6512, 24.1870), jitter=30)
    s.add("1999", "streetlight", "17:40:00", "中平路經貿路口附近有一盞路燈不亮", None, pos=off(PL["jingmao_zhongping"], -60, -10))
    st(s, "18:00:00", "SN-FL-003", "offline", "battery_low", None)
    st(s, "18:04:00", "SN-FL-003", "online", "", None)
    kcc = s.add("incident", "crowd_control", "18:30:00",
                "中央公園音樂節 入場人潮 於經貿路、敦化路口實施人車分流，增派警力8名", "concert",
                sev="Moderate", pos=(120.6560, 24.1862))
    s.add("1999", "other", "19:00:00", "我剛剛在排隊進場的時候手機被偷了，要去哪裡報案？", "pickpocket",
          pos=(120.6563, 24.1848), jitter=20, alt="concert")
    kt = s.add("incident", "theft", "19:05:00", "中央公園音樂節 入口排隊區 民眾手機遭扒竊，已受理報案並調閱監視器", "pickpocket",
               sev="Minor", pos=(120.6562, 24.1850), alt="concert")
    s.add("incident", "theft", "19:40:00", "同一入口排隊區再受理錢包遭竊1件，研判為扒竊集團，增派便衣警力", "pickpocket",
          sev="Minor", pos=(120.6561, 24.1851), follows=kt, alt="concert")
    kf = s.add("119", "ambulance", "20:10:00",
               "救護：中央公園音樂節 搖滾區 女性約20歲 昏倒 疑似過度換氣 現場醫護站處置中 (dispatched)", "faint", pos=off(L, 10, -20))
    s.add("119", "ambulance", "20:25:00", "救護：傷者已送醫 (returning)", "faint", pos=off(L, 10, -20), follows=kf)
    kz = s.add("incident", "accident", "20:30:00", "中清路 兩車擦撞 無人受傷 已拍照移置路邊", "zhongqing_scrape",
               sev="Minor", pos=off(S("SN-VD-ZHONGQING-02"), 10, 5))
    s.add("1999", "noise", "21:15:00", "演唱會也太大聲了吧，都九點多了，小孩要睡覺", "concert", pos=off(PL["eco_b"], 20, 0), alt=None)
    s.add("1999", "noise", "21:50:00", "中央公園那邊的音樂震到我家玻璃在響，環保局可以來測噪音嗎", "concert",
          pos=off(PL["eco_a"], 10, 15), alt=None)
    s.add("1999", "noise", "22:20:00", "到底要唱到幾點？快十點半了，明天還要上班", "concert", pos=(120.6610, 24.1800), alt=None)
    s.add("cctv", "crowding", "22:33:00", "影像分析：人群聚集（移動）環中路經貿路口 散場人潮往轉運中心", "concert",
          sensor="SN-CCTV-004", conf=0.72)
    kfight = s.add("incident", "public_disturbance", "22:35:00",
                   "水湳轉運中心接駁區 散場民眾2名男子因插隊口角後互毆，已分開雙方帶回派出所釐清", "shuttle_fight",
                   sev="Moderate", pos=PL["hub_shuttle"])
    s.add("1999", "other", "22:37:00", "轉運站這邊有人在打架！排隊等接駁車的地方，快來", "shuttle_fight", pos=PL["hub"], jitter=20)
    s.add("cctv", "crowding", "22:40:00", "影像分析：人群聚集（移動）經貿路二段/黎明路口", "concert", sensor="SN-CCTV-005", conf=0.85)
    cong(s, "22:45:00", "SN-VD-JINGMAO-01", "Severe", "經貿路車輛偵測器1 平均車速 6 km/h，佔有率 73%", "concert")
    cong(s, "22:50:00", "SN-VD-HENAN-02", "Severe", "河南路車輛偵測器2 平均車速 8 km/h，佔有率 66%", "concert")
    s.add("incident", "crowd_control", "23:05:00", "散場疏導完畢，轉運中心接駁車剩餘排隊約200人", "concert",
          sev="Minor", pos=(120.6560, 24.1862), follows=kcc)
    cleared(s, "23:20:00", "SN-VD-JINGMAO-01", "經貿路車輛偵測器1 車速回升 33 km/h，警戒解除", "concert")
    cleared(s, "23:28:00", "SN-VD-HENAN-02", "河南路車輛偵測器2 車速回升 36 km/h，警戒解除", "concert")
    s.add("1999", "other", "23:30:00", "公園旁邊有一隻狗被車撞到，躺在路邊走不動，可以派人來嗎", None, pos=(120.6540, 24.1890), jitter=30)
    inc = [("concert", "crowd",
            "中央公園草地音樂節（許可 16:00–22:30，3 萬人）：四個停車場滿、周邊違停、接駁區排隊、入場人車分流、散場人潮與壅塞、住戶噪音陳情",
            kperm),
           ("pickpocket", "public_safety", "入場排隊區扒竊集團（手機、錢包各一件），刑事偵辦與便衣警力", kt),
           ("faint", "rescue", "搖滾區觀眾昏倒，119 救護送醫", kf),
           ("zhongqing_scrape", "traffic", "中清路兩車擦撞（與音樂節無關）", kz),
           ("shuttle_fight", "public_safety", "散場時轉運中心接駁區兩名男子插隊互毆", kfight)]
    alt_inc = [("concert", "crowd", "音樂節活動安全，含入場排隊區的扒竊（由活動警力一併處理）", kperm),
               inc[2], inc[3], inc[4]]
    s.write("週六晚中央公園演唱會：許可、停車場一一客滿、違停與接駁排隊、人車分流、散場；活動中另有扒竊、觀眾昏倒、散場鬥毆，中清路另有擦撞；"
            "背景：路燈、淹水感測器低電量閃斷、動物救援。",
            inc,
            alt={"why": "扒竊發生在活動警戒範圍內，可由活動的警力一併處理而不另開案；住戶的噪音陳情也可視為環保局的例行案件而非活動的一部分。",
                 "incidents": alt_inc},
            notes="許可單在活動 11 天前到達，是開案依據（計畫性人潮事件）。23:30 的動物被撞不是交通事故。")


# ---------------------------------------------------------------------------
def s275():
    s = Sit(275, "ticec_expo_roadworks", "2026-10-17")
    E = (120.6551, 24.1944)
    W = lerp(PL["jingmao_liming"], PL["jingmao_7th"], 0.5)
    kperm = s.add("planned_event", "exhibition", "09:30:00",
                  "活動許可：2026 臺中國際動漫博覽會，臺中國際會展中心 A、B棟，10/17–10/18 每日 09:30–18:00，預估單日入場4萬人；接駁：水湳轉運中心、經貿六停車場",
                  "expo", pos=E, arr="2026-10-05 14:20:00", ends="+1 18:00:00")
    kw = s.add("planned_event", "road_works", "09:00:00",
               "道路施工許可：經貿路二段（黎明路口至經貿七路口）南向 自來水管線汰換工程，核准佔用外側1車道，施工時間 09:00–17:00，需設置交通錐及前導標誌",
               "works", pos=W, arr="2026-10-15 16:05:00", ends="17:00:00", alt=None)
    s.add("cctv", "fallen_object", "09:15:00", "影像分析：經貿七路口北側 南向外側車道 偵測障礙物", "works",
          sensor="SN-CCTV-006", conf=0.55, alt=None)
    s.add("parking", "full", "09:35:00", "臺中國際會展中心停車場 汽車剩餘 0/800", "expo", sensor="SN-PK-006")
    s.add("cctv", "crowding", "09:50:00", "影像分析：人群聚集（靜止）黎明路側 排隊入場人潮", "expo", sensor="SN-CCTV-005", conf=0.74)
    s.add("parking", "full", "09:55:00", "經貿六停車場 汽車剩餘 0/220", "expo", sensor="SN-PK-002")
    cong(s, "10:05:00", "SN-VD-LIMING-01", "Severe", "黎明路車輛偵測器1 東向平均車速 7 km/h，佔有率 68%", "expo")
    cong(s, "10:10:00", "SN-VD-JINGMAO-01", "Severe", "經貿路車輛偵測器1 平均車速 9 km/h，佔有率 62%", "expo")
    s.add("1999", "streetlight", "10:20:00", "凱旋路這邊路燈大白天都亮著", None, pos=(120.6495, 24.1905), jitter=20)
    s.add("parking", "full", "10:22:00", "水湳轉運中心停車場 汽車剩餘 0/614", "expo", sensor="SN-PK-001")
    kq = s.add("119", "ambulance", "10:30:00",
               "救護：臺中國際會展中心 A棟 排隊區 女性 穿角色扮演服裝 疑似熱衰竭 意識清楚 (dispatched)", "queue_faint",
               pos=off(PL["ticec_a"], -20, 15))
    s.add("119", "ambulance", "10:45:00", "救護：現場處置後 由家屬自行送醫 (closed)", "queue_faint",
          pos=off(PL["ticec_a"], -20, 15), follows=kq)
    cleared(s, "10:50:00", "SN-VD-JINGMAO-01", "經貿路車輛偵測器1 車速回升 31 km/h，警戒解除", "expo")
    s.add("1999", "road_damage", "11:00:00", "經貿路施工的地方鐵板沒有固定好，車子壓過去碰碰叫，機車騎過去會滑", "works",
          pos=lerp(PL["jingmao_liming"], PL["jingmao_7th"], 0.4), jitter=20)
    cong(s, "11:05:00", "SN-VD-JINGMAO-01", "Severe", "經貿路車輛偵測器1 南向平均車速 5 km/h，佔有率 70%", "works", alt="expo")
    kwp = s.add("incident", "road_closure", "11:10:00",
                "經貿路二段南向 黎明路至經貿七路 自來水管線施工 實際佔用2車道（核准1車道），造成回堵，已通知施工單位改善", "works",
                sev="Moderate", pos=W)
    s.add("1999", "other", "11:20:00", "經貿路施工封了兩個車道，又碰到動漫展，塞到不行，轉個彎要二十分鐘", "works",
          pos=off(PL["jingmao_liming"], -30, 40), jitter=30)
    cleared(s, "11:30:00", "SN-VD-LIMING-01", "黎明路車輛偵測器1 車速回升 29 km/h，警戒解除", "expo")
    st(s, "12:00:00", "SN-PK-003", "offline", "comms_lost", None)
    st(s, "12:03:00", "SN-PK-003", "online", "", None)
    s.add("incident", "road_closure", "12:40:00", "施工單位已收回1車道，鐵板重新固定", "works", sev="Minor", pos=W, follows=kwp)
    cleared(s, "12:55:00", "SN-VD-JINGMAO-01", "經貿路車輛偵測器1 車速回升 34 km/h，警戒解除", "works", alt="expo")
    kfa = s.add("fire_alarm", "alarm", "13:15:20", "B棟 1F 展覽廳 B3區 偵煙探測器動作", "ticec_alarm", sensor="SN-FA-003")
    s.add("fire_alarm", "alarm", "13:16:05", "B棟 1F 展覽廳 B4區 偵煙探測器動作", "ticec_alarm", sensor="SN-FA-003")
    k119 = s.add("119", "fire", "13:16:40",
                 "火災：臺中國際會展中心 B棟 受信總機2區動作 展覽中人員眾多 派遣 水湳分隊 消防車2、救護車1 (dispatched)", "ticec_alarm",
                 pos=PL["ticec_b"])
    s.add("1999", "fire_smoke", "13:18:00", "會展中心裡面火警鈴一直響，廣播叫大家往外走，到底有沒有失火？", "ticec_alarm",
          pos=PL["ticec_b"], jitter=30)
    s.add("1999", "crowding", "13:19:00", "會展中心的人全部跑出來站在經貿七路上，車子都停下來了", "ticec_alarm",
          pos=(120.6562, 24.1932), jitter=20, alt="expo")
    s.add("cctv", "crowding", "13:22:00", "影像分析：人群聚集（移動）經貿七路口 大量人群", "ticec_alarm", sensor="SN-CCTV-006",
          conf=0.81, alt="expo")
    s.add("119", "fire", "13:28:00", "現場確認：B3區舞台煙霧機煙霧觸發偵煙器，無火災，人員陸續返場 (on_scene)", "ticec_alarm",
          pos=PL["ticec_b"], follows=k119)
    s.add("fire_alarm", "normal", "13:34:00", "受信總機 復歸", "ticec_alarm", sensor="SN-FA-003")
    s.add("incident", "crowd_control", "13:40:00", "會展中心B棟 疏散民眾重新入場，於經貿七路口實施人潮管制", "expo",
          sev="Minor", pos=PL["ticec_b"])
    s.add("1999", "other", "14:30:00", "會展中心旁邊垃圾桶都滿出來了，飲料杯丟得整條路都是", None, pos=(120.6575, 24.1935), jitter=30)
    cong(s, "15:00:00", "SN-VD-HENAN-01", "Minor", "河南路車輛偵測器1 北向平均車速 24 km/h，佔有率 30%", None)
    s.add("fire_alarm", "fault", "15:20:00", "水湳水資源回收中心 受信總機 探測器迴路異常", None, sensor="SN-FA-008")
    s.add("incident", "road_closure", "16:50:00", "經貿路二段施工完畢，收回全部車道", "works", sev="Minor", pos=W, follows=kwp)
    cleared(s, "15:40:00", "SN-VD-HENAN-01", "河南路車輛偵測器1 車速回升 40 km/h，警戒解除", None)
    s.add("cctv", "crowding", "17:40:00", "影像分析：人群聚集（移動）環中路經貿路口 往轉運中心", "expo", sensor="SN-CCTV-004", conf=0.70)
    cong(s, "17:55:00", "SN-VD-HUANZHONG-02", "Moderate", "環中路車輛偵測器2 平均車速 17 km/h，佔有率 49%", "expo")
    cong(s, "18:05:00", "SN-VD-LIMING-01", "Severe", "黎明路車輛偵測器1 西向平均車速 8 km/h，佔有率 65%", "expo")
    s.add("1999", "crowding", "18:20:00", "轉運站接駁車排好長，一直沒有車來，人都擠到車道上", "expo", pos=PL["hub_shuttle"], jitter=20)
    cleared(s, "18:45:00", "SN-VD-HUANZHONG-02", "環中路車輛偵測器2 車速回升 44 km/h，警戒解除", "expo")
    cleared(s, "19:00:00", "SN-VD-LIMING-01", "黎明路車輛偵測器1 車速回升 36 km/h，警戒解除", "expo")
    inc = [("expo", "crowd", "臺中國際動漫博覽會（會展中心 A、B棟）：停車場客滿、入場排隊、黎明路/經貿路車流、疏散後重新入場、散場人潮", kperm),
           ("works", "traffic", "經貿路二段南向自來水管線施工違規多佔1車道、鐵板未固定，造成回堵，警方通知改善（許可單與施工交通錐為背景說明）", kwp),
           ("queue_faint", "rescue", "A棟排隊區角色扮演者疑似熱衰竭", kq),
           ("ticec_alarm", "fire", "B棟展覽廳兩區偵煙器動作（舞台煙霧機），消防出動、民眾疏散到經貿七路，確認無火災", kfa)]
    alt_inc = [("expo", "crowd", "動漫展活動安全，含 11:05 以後經貿路的回堵與火警疏散造成的路上人群", kperm),
               ("works", "traffic", "經貿路施工違規多佔車道、鐵板未固定（只含警方與民眾的報告）", kwp),
               inc[2], inc[3]]
    s.write("週六會展中心動漫展，同時經貿路二段有自來水管線施工：停車場客滿、排隊、熱衰竭、施工多佔車道、B棟煙霧機觸發火警疏散。"
            "背景：路燈、垃圾、週末車流、水資源回收中心總機故障、停車場設備閃斷。",
            inc,
            alt={"why": "經貿路 11:05 的壅塞同時受施工與展覽車流影響，也可算在展覽；火警疏散到路上的人潮也可視為展覽人潮管理；核准的施工許可與交通錐只是背景，不屬任何案件。",
                 "incidents": alt_inc},
            notes="施工許可單本身不足以開案；違規佔道的警方報告才是。")


# ---------------------------------------------------------------------------
def s276():
    s = Sit(276, "shuinan_road_race", "2026-11-22")
    start = (120.6572, 24.1862)       # 中央公園 敦化路側 起終點
    J = lerp(PL["jingmao_liming"], PL["jingmao_7th"], 0.5)
    R = lerp(PL["kaixuan_huanzhong"], PL["liming_kaixuan"], 0.5)
    kp1 = s.add("planned_event", "event", "05:00:00",
                "活動許可：2026 臺中水湳城市路跑（半程馬拉松 21 km／10 km／5 km），起終點 中央公園敦化路側，預估1.2萬人；"
                "交通管制 05:00–09:30：經貿路二段、環中路二段（台74線至中清路）、凱旋路、黎明路三段 分段封閉", "race",
                pos=start, arr="2026-11-10 09:30:00", ends="09:30:00")
    s.add("planned_event", "event", "05:00:00", "變更：環中路二段管制延長至 10:00（關門時間調整），其餘不變", "race",
          pos=start, arr="2026-11-20 17:40:00", ends="10:00:00", follows=kp1)
    kc1 = s.add("incident", "road_closure", "04:50:00", "路跑交管：經貿路二段全線封閉，設置改道指示", "race", sev="Minor", pos=J)
    kc2 = s.add("incident", "road_closure", "04:58:00", "路跑交管：環中路二段 台74線至中清路 封閉西向（賽道側）", "race",
                sev="Minor", pos=PL["kaixuan_huanzhong"])
    s.add("1999", "other", "05:10:00", "經貿路怎麼封起來了？我要去上班欸，都沒看到公告", "race", pos=(120.6560, 24.1905), jitter=30)
    s.add("cctv", "crowding", "05:12:00", "影像分析：人群聚集（靜止）經貿七路口 大量人群", "race", sensor="SN-CCTV-006", conf=0.90)
    s.add("1999", "other", "05:20:00", "警察叫我繞路，繞到黎明路又封起來，到底要怎麼出去？", "race", pos=PL["liming_kaixuan"], jitter=40)
    cong(s, "05:30:00", "SN-VD-ZHONGQING-01", "Moderate", "中清路車輛偵測器1 平均車速 19 km/h，佔有率 40%", "race")
    s.add("1999", "streetlight", "05:45:00", "經貿路三段的路燈一閃一閃的", None, pos=(120.6590, 24.1850), jitter=20)
    cong(s, "06:00:00", "SN-VD-HUANZHONG-01", "Moderate", "環中路車輛偵測器1 平均車速 18 km/h，佔有率 43%", "race")
    ks5 = s.add("signal", "fault", "06:05:00", "路口號誌 黃閃", "race", sensor="SN-SIG-005", alt="race_signals")
    s.add("signal", "fault", "06:07:00", "路口號誌 黃閃", "race", sensor="SN-SIG-007", alt="race_signals")
    ko = s.add("119", "ambulance", "06:12:00",
               "救護：路跑賽道 凱旋路近黎明路 男性跑者約50歲 倒地 無呼吸心跳 志工CPR中 已使用AED (dispatched)", "runner_ohca", pos=R)
    s.add("1999", "other", "06:13:00", "有人跑一跑倒下去了，在凱旋路這邊，有人在做CPR，救護車快一點", "runner_ohca",
          pos=off(R, 20, -30), jitter=20)
    s.add("incident", "medical", "06:15:00", "路跑選手於凱旋路倒地（OHCA），賽會醫護組施以CPR及AED，救護車已到場", "runner_ohca",
          sev="Severe", pos=R)
    s.add("119", "ambulance", "06:18:00", "救護：到院前恢復自發性循環，送往中國醫藥大學附設醫院 (returning)", "runner_ohca", pos=R, follows=ko)
    s.add("fire_alarm", "fault", "06:30:00", "中央公園地下停車場 受信總機 預備電源電壓不足", None, sensor="SN-FA-007")
    s.add("1999", "noise", "06:50:00", "路跑的廣播一大早六點就在放音樂，超大聲，禮拜天欸", "race", pos=off(PL["eco_b"], 10, 10))
    kd = s.add("incident", "public_disturbance", "07:10:00",
               "黎明路凱旋路口管制點 駕駛不滿交管，強行欲移開路障，與志工發生拉扯，已排除", "closure_dispute",
               sev="Minor", pos=PL["liming_kaixuan"])
    s.add("1999", "other", "07:12:00", "黎明路口有人在跟志工吵架，還動手推人", "closure_dispute", pos=PL["liming_kaixuan"], jitter=30)
    st(s, "07:40:00", "SN-RG-001", "offline", "maintenance", None)
    st(s, "07:55:00", "SN-RG-001", "online", "", None)
    s.add("1999", "illegal_parking", "08:00:00", "來跑步的人把車停在我家車庫門口，我車子開不出來", "race", pos=off(PL["eco_a"], 20, -20))
    s.add("1999", "fallen_tree", "08:20:00", "公園步道旁邊有一根大樹枝斷掉，橫在步道上", None, pos=(120.6572, 24.1800), jitter=20)
    s.add("cctv", "crowding", "08:30:00", "影像分析：人群聚集（移動）經貿路二段/黎明路口", "race", sensor="SN-CCTV-005", conf=0.70)
    s.add("incident", "road_closure", "09:35:00", "經貿路二段恢復通車", "race", sev="Minor", pos=J, follows=kc1)
    s.add("signal", "restored", "09:40:00", "路口號誌 恢復正常運轉", "race", sensor="SN-SIG-005", alt="race_signals")
    s.add("signal", "restored", "09:41:00", "路口號誌 恢復正常運轉", "race", sensor="SN-SIG-007", alt="race_signals")
    cleared(s, "09:45:00", "SN-VD-ZHONGQING-01", "中清路車輛偵測器1 車速回升 42 km/h，警戒解除", "race")
    s.add("incident", "road_closure", "10:05:00", "環中路二段恢復通車", "race", sev="Minor", pos=PL["kaixuan_huanzhong"], follows=kc2)
    cleared(s, "10:10:00", "SN-VD-HUANZHONG-01", "環中路車輛偵測器1 車速回升 47 km/h，警戒解除", "race")
    inc = [("race", "crowd",
            "水湳城市路跑（許可 05:00–09:30，環中路延至 10:00）：封路、改道抱怨、起點人潮、改道車流壅塞、交管時路口號誌改黃閃、廣播噪音、跑者違停", kp1),
           ("runner_ohca", "rescue", "凱旋路近黎明路跑者倒地無呼吸心跳，CPR/AED 後送醫", ko),
           ("closure_dispute", "public_safety", "黎明路凱旋路口管制點駕駛與志工拉扯", kd)]
    alt_inc = [inc[0], inc[1], inc[2],
               ("race_signals", "traffic", "經貿路/黎明路口、黎明路/凱旋路口號誌黃閃（號誌故障案，交通局查修）", ks5)]
    s.write("週日清晨水湳城市路跑：許可與變更、封路、民眾抱怨、改道壅塞、跑者 OHCA、管制點拉扯、號誌改黃閃。"
            "背景：路燈閃爍、停車場總機電池、雨量站維護、樹枝掉落。",
            inc,
            alt={"why": "號誌告警只寫「黃閃」，未說明是交管手動切換；只看號誌回報的值班者會另開號誌故障案。主讀法：黃閃發生在封路路段、於解除管制時恢復，屬路跑交管。",
                 "incidents": alt_inc},
            notes="許可單（11 月 10 日送達）是開案依據；變更單延長環中路管制。")


if __name__ == "__main__":
    for f in (s271, s272, s273, s274, s275, s276):
        f()
