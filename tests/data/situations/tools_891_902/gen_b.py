"""Situations 897-902 (seeded; output is stable). Run from this folder."""
from lib import Sit, sensor_pt, along, chainage, off, jitter


# ============================================================================ 897
def s897():
    s = Sit(897, "car_fire_huanzhong_jam", "2026-11-25", 897,
            "週三傍晚尖峰，一輛休旅車在環中路二段東向、凱旋路與中科路之間引擎室起火，駕駛自行逃出；"
            "消防射水撲滅，環中路二段東向凱旋路至中科路段封閉約 45 分鐘，車流回堵經台74 下匝道、"
            "環中路一段到臺灣大道方向約 2 公里，凱旋路分流也壅塞；回堵車陣中又發生一起機車追撞自小客車。")
    r = s.rng
    car = along("huanzhong", 3215, -6)             # 東向外側，凱旋路與中科路之間（中科路口西側約 170 m）
    F, K = "897-F-car-fire-huanzhong", "897-K-rear-end-in-queue"
    J = "897-J-jam-huanzhong"                      # only under the alternative reading

    s.vd("SN-VD-ZHONGQING-02", "Minor", "17:30:00",
         "中清路車輛偵測器2 南向平均車速 22 km/h、佔有率 42%，持續 5 分鐘", None)
    s.parking("SN-PK-001", "17:35:00", None)
    s.c1999("streetlight", jitter(r, along("liming", 1500, 8), 15), "17:38:00",
            "民眾反映：黎明路三段近經貿路段兩盞路燈不亮。", None)
    s.cctv("SN-CCTV-003", "smoke", 0.83, "17:41:50", "影像分析：路口西側車道偵測到濃煙", F)
    f1 = s.c1999("fire_smoke", jitter(r, off(car, -45, -15), 15), "17:42:30",
                 "民眾來電：環中路二段過凱旋路口往中科路方向，快到中科路口，前面一台休旅車引擎蓋冒煙起火，駕駛已經下車，"
                 "已轉報119。", F, lag=30)
    fire = s.f119("fire", car, "17:43:10",
                  "火災｜西屯區環中路二段凱旋路至中科路間（東向）自小客車火警 引擎室起火 駕駛已自行脫困"
                  "｜派遣：西屯分隊 水箱車1 水庫車1 救護車1", F)
    s.c1999("fire_smoke", jitter(r, sensor_pt("SN-CCTV-002"), 20), "17:43:50",
            "民眾反映：凱旋路口這邊看到環中路往中科路那邊有車子在燒，火很大。", F)
    s.cctv("SN-CCTV-002", "smoke", 0.57, "17:44:10", "影像分析：畫面東側遠處偵測到煙霧", F)
    s.c1999("fire_smoke", jitter(r, sensor_pt("SN-FA-001"), 30), "17:44:30",
            "民眾反映：轉運中心這邊看到環中路上有黑煙。", F)
    s.police("fire_report", "Moderate", car, "17:46:00",
             "第六分局：環中路二段東向近中科路口 自小客車起火，駕駛無傷，現場封鎖東向車道，消防搶救中。",
             F, lag=100)
    s.vd("SN-VD-HUANZHONG-02", "Severe", "17:47:30",
         "環中路車輛偵測器2 東向平均車速 4 km/h、佔有率 82%，持續 5 分鐘", F, alt=J)
    clos = s.police("road_closure", "Severe", off(car, -30, -10), "17:49:00",
                    "第六分局：環中路二段東向（凱旋路至中科路段）全線封閉，東向車流請由凱旋路、黎明路改道。",
                    F, lag=90)
    s.c1999("fire_smoke", jitter(r, (120.6495, 24.1940), 30), "17:50:00",
            "民眾反映：黎明路這邊聞到很重的燒焦味，不知道哪裡失火。", F)
    s.vd("SN-VD-KAIXUAN-01", "Moderate", "17:53:00",
         "凱旋路車輛偵測器1 南向平均車速 10 km/h、佔有率 63%，持續 5 分鐘", F, alt=J)
    s.f119_update(fire, "on_scene", "17:54:00", "到達現場 車頭全面燃燒 射水中", F)
    s.vd("SN-VD-HUANZHONG-01", "Moderate", "17:56:00",
         "環中路車輛偵測器1 東向平均車速 11 km/h、佔有率 58%，持續 5 分鐘", F, alt=J)
    s.cctv("SN-CCTV-001", "stalled_vehicle", 0.62, "17:58:00",
           "影像分析：路口東向車道車輛停滯", F, alt=J)
    s.c1999("other", jitter(r, along("huanzhong", 2180, -10), 25), "18:00:00",
            "民眾反映：環中路往北屯方向完全不動，前面到底發生什麼事？", F, alt=J)
    s.f119_update(fire, "on_scene", "18:05:00", "火勢撲滅 無人受傷 等待拖吊", F, zh="火勢撲滅")
    s.c1999("other", jitter(r, along("huanzhong", 2600, -12), 20), "18:06:00",
            "民眾反映：台74下來接環中路整個塞住，可以開放路肩嗎？", F, alt=J)
    kpt = along("huanzhong", 1880, -7)
    k1 = s.c1999("traffic_accident", jitter(r, kpt, 15), "18:09:00",
                  "民眾來電：環中路塞車走走停停，後面機車撞上我的車尾，人都沒事，請警察來處理。", K)
    s.vd("SN-VD-HUANZHONG-04", "Minor", "18:12:00",
         "環中路車輛偵測器4 東向平均車速 19 km/h、佔有率 45%，持續 5 分鐘", F, alt=J)
    s.c1999("other", jitter(r, along("huanzhong", 1400, -10), 30), "18:15:00",
            "民眾反映：環中路塞了20分鐘了，有沒有人在指揮交通？", F, alt=J)
    s.panel("SN-FA-005", "fault", "18:20:00", "火警受信總機：第2迴路 接地異常 故障", None)
    s.police("accident", "Minor", kpt, "18:22:00",
             "第六分局：環中路東向回堵車陣中 普重機車追撞自小客車，機車騎士手部擦傷拒絕送醫，雙方移置路邊處理。",
             K, lag=120)
    s.police("road_closure", "Moderate", off(car, -30, -10), "18:25:00",
             "第六分局：環中路二段東向內側車道先行開放，外側車道待拖吊。", F, follows=clos, lag=70)
    s.f119_update(fire, "closed", "18:31:00", "研判引擎室電線走火 車輛全損 無人傷亡", F)
    s.police("road_closure", "Minor", off(car, -30, -10), "18:38:00",
             "第六分局：拖吊完成，環中路二段東向全線恢復通行。", F, follows=clos, lag=60)
    s.c1999("illegal_parking", jitter(r, along("jingmao", 60, -9), 20), "18:40:00",
            "民眾反映：經貿路二段轉運中心旁紅線有計程車排班佔用車道。", None)
    s.cleared("SN-VD-HUANZHONG-02", "18:44:00", "環中路車輛偵測器2 東向車速回復 34 km/h，壅塞解除", F, alt=J)
    s.cleared("SN-VD-KAIXUAN-01", "18:52:00", "凱旋路車輛偵測器1 車速回復 37 km/h，壅塞解除", F, alt=J)
    s.cleared("SN-VD-HUANZHONG-01", "18:58:00", "環中路車輛偵測器1 東向車速回復 40 km/h，壅塞解除", F, alt=J)
    s.cleared("SN-VD-HUANZHONG-04", "19:04:00", "環中路車輛偵測器4 東向車速回復 43 km/h，壅塞解除", F, alt=J)
    s.cleared("SN-VD-ZHONGQING-02", "19:10:00", "中清路車輛偵測器2 南向車速回復 40 km/h，壅塞解除", None)
    s.c1999("noise", jitter(r, off(sensor_pt("SN-FA-011"), 40, 0), 30), "19:15:00",
            "民眾反映：樓上鄰居在裝潢，晚上還在敲打。", None)

    s.incident(F, "fire", "環中路二段東向休旅車引擎室起火，消防撲滅；東向封閉約 45 分鐘，"
               "回堵約 2 公里並溢到凱旋路，拖吊後恢復（連鎖的壅塞歸這件事）。", f1)
    s.incident(K, "traffic", "回堵車陣中機車追撞自小客車，騎士輕傷，警察處理。", k1)
    jam_first = min((it for _, _, it in s.items if it.get("truth_alt") == J),
                    key=lambda it: it["arrival"])
    s.alternative(
        "火災與其造成的回堵可分成兩件工作：消防處理車輛火警，警察（交通）處理 2 公里的回堵與改道。"
        "此讀法下偵測器壅塞、攝影機車輛停滯與『塞住了』的來電另成一件交通案；封閉道路仍屬火場。",
        [{"label": F, "type": "fire",
          "description": "環中路二段東向休旅車引擎室起火，消防撲滅，火場封閉與拖吊。",
          "sufficient_evidence_key": f1},
         {"label": J, "type": "traffic",
          "description": "車輛火警封路造成的環中路、凱旋路回堵與改道疏導。",
          "sufficient_evidence_key": jam_first["key"]}, K])
    s.note("追撞發生在火災造成的回堵裡，但它是另一次派遣（警察到另一個地點處理另一件事故），另立案。")
    return s.write()


# ============================================================================ 898
def s898():
    s = Sit(898, "weekday_morning_commute", "2026-02-10", 898,
            "週二早上通勤：黎明路三段／凱旋路口號誌 07:20 黑燈，警察指揮，廠商 08:52 修復；"
            "07:48 中清路二段市區公車與機車擦撞，騎士手部骨折送醫；08:14 中科路北向車道上散落木棧板，警察清除。"
            "背景是平常的尖峰壅塞、轉運中心停車場客滿、例行 1999 案件。")
    r = s.rng
    sig7 = sensor_pt("SN-SIG-007")
    crash = along("zhongqing", chainage("zhongqing", sensor_pt("SN-VD-ZHONGQING-02")) + 170, 6)
    pallet = along("zhongke", 700, -5)
    S1, S2, S3 = "898-S1-bus-scooter-zhongqing", "898-S2-signal-dark-liming-kaixuan", "898-S3-pallets-zhongke"

    s.vd("SN-VD-HUANZHONG-03", "Minor", "07:05:00",
         "環中路車輛偵測器3 西向平均車速 23 km/h、佔有率 43%，持續 5 分鐘", None)
    s.vd("SN-VD-HUANZHONG-01", "Minor", "07:15:00",
         "環中路車輛偵測器1 東向平均車速 24 km/h、佔有率 41%，持續 5 分鐘", None)
    x2 = s.signal("SN-SIG-007", "fault", "07:20:15", "號誌控制器回報：燈號全暗（黑燈）", S2)
    s.cctv("SN-CCTV-007", "signal_dark", 0.91, "07:20:40", "影像分析：路口號誌燈號全暗", S2)
    c2 = s.c1999("traffic_signal", jitter(r, sig7, 25), "07:27:00",
                 "民眾反映：黎明路凱旋路口紅綠燈都不亮。", S2)
    s.vd("SN-VD-KAIXUAN-01", "Moderate", "07:31:00",
         "凱旋路車輛偵測器1 南向平均車速 12 km/h、佔有率 57%，持續 5 分鐘", S2, alt=None)
    s.c1999("traffic_signal", jitter(r, off(sig7, -60, -20), 25), "07:34:00",
            "民眾反映：黎明路三段跟凱旋路口號誌全暗，車子互相搶，差點撞到。", S2)
    s.parking("SN-PK-001", "07:38:00", None)
    s.police("traffic_signal_fault", "Moderate", sig7, "07:40:00",
             "第六分局：黎明路三段與凱旋路口號誌全暗，派員指揮交通，已通報交通局號誌維護廠商。", S2, lag=120)
    s.c1999("streetlight", jitter(r, along("kaixuan", 1500, 8), 15), "07:45:00",
            "民眾反映：凱旋路南段路燈早上還一直亮著。", None)
    s1 = s.c1999("traffic_accident", jitter(r, off(crash, 20, 25), 20), "07:48:40",
                 "民眾反映：中清路往市區方向，機車跟公車擦撞，騎士倒在地上，手好像斷了。", S1, lag=40)
    amb = s.f119("ambulance", crash, "07:49:20",
                 "救護｜北屯區中清路二段 機車與公車擦撞 騎士1名 右手疑似骨折 意識清楚｜派遣：北屯分隊 救護車1", S1)
    s.c1999("traffic_accident", jitter(r, off(crash, -30, 40), 25), "07:50:10",
            "民眾（公車乘客）反映：公車在中清路停下來了，前面撞到機車，請派人。", S1)
    s.vd("SN-VD-ZHONGQING-02", "Moderate", "07:53:00",
         "中清路車輛偵測器2 南向平均車速 11 km/h、佔有率 60%，持續 5 分鐘", S1)
    ps1 = s.police("injury_accident", "Moderate", crash, "07:58:00",
                   "第五分局：中清路二段南向 市區公車與普重機車擦撞，機車騎士右手骨折送醫，公車乘客無人受傷，"
                   "佔用外側車道，現場處理中。", S1, lag=150)
    s.f119_update(amb, "returning", "08:05:00", "傷者送往中國醫藥大學附設醫院 返隊", S1)
    s.status("SN-RG-003", "offline", "08:00:20", None)
    s.status("SN-RG-003", "online", "08:06:10", None)
    s.c1999("illegal_parking", jitter(r, along("jingmao", 2900, 10), 20), "08:10:00",
            "民眾反映：經貿路中國醫藥大學前面有車並排停車下客。", None)
    s3 = s.c1999("other", jitter(r, off(pallet, -15, -60), 20), "08:14:00",
                 "民眾反映：中科路往環中路方向，路中間有掉落的木棧板跟塑膠桶，車子都在閃。", S3)
    s.c1999("other", jitter(r, off(pallet, 10, 40), 20), "08:20:00",
            "民眾反映：中科路上有東西掉在車道上，很危險。", S3)
    s.panel("SN-FA-002", "fault", "08:25:00", "火警受信總機：第6迴路 探測器脫落 故障", None)
    p3 = s.police("fallen_object", "Moderate", pallet, "08:26:00",
                  "第六分局：中科路北向外側車道散落木棧板3片及塑膠桶，已移除2片，其餘待清。", S3, lag=100)
    s.police("injury_accident", "Minor", crash, "08:30:00",
             "第五分局：現場繪圖完畢，公車駛離，中清路二段恢復通行。", S1, follows=ps1, lag=90)
    s.cleared("SN-VD-ZHONGQING-02", "08:36:00", "中清路車輛偵測器2 南向車速回復 36 km/h，壅塞解除", S1)
    s.police("fallen_object", "Minor", pallet, "08:41:00",
             "第六分局：中科路障礙物清除完畢，恢復通行。", S3, follows=p3, lag=60)
    s.c1999("road_damage", jitter(r, along("jingmao", 1300, -8), 15), "08:45:00",
            "民眾反映：經貿路綠美圖附近有一個小坑洞，機車經過會跳。", None)
    s.signal("SN-SIG-007", "restored", "08:52:30", "號誌恢復正常運轉", S2)
    s.police("traffic_signal_fault", "Minor", sig7, "08:55:00",
             "第六分局：號誌廠商修復完成，撤回指揮警力。", S2, lag=60)
    s.cleared("SN-VD-KAIXUAN-01", "09:05:00", "凱旋路車輛偵測器1 車速回復 38 km/h，壅塞解除", S2, alt=None)
    s.c1999_update(c2, "已派工", "09:10:00", "交通局號誌廠商 08:52 完成修復（控制器電源模組更換）。", S2)
    s.cleared("SN-VD-HUANZHONG-03", "09:12:00", "環中路車輛偵測器3 西向車速回復 45 km/h，壅塞解除", None)
    s.cleared("SN-VD-HUANZHONG-01", "09:18:00", "環中路車輛偵測器1 東向車速回復 47 km/h，壅塞解除", None)

    s.incident(S1, "traffic", "中清路二段市區公車與機車擦撞，騎士右手骨折送醫，佔用外側車道約 40 分鐘。", s1)
    s.incident(S2, "traffic", "黎明路三段／凱旋路口號誌黑燈約 1.5 小時，警察指揮，廠商換電源模組修復。", x2)
    s.incident(S3, "traffic", "中科路北向車道散落木棧板與塑膠桶，警察清除。", s3)
    s.alternative(
        "凱旋路車輛偵測器1 的壅塞在平日早上 7:30 本來就常見，可能只是尖峰，不一定是號誌黑燈造成。",
        [S1, S2, S3])
    s.note("號誌控制器自己回報黑燈就足以開案（派廠商）；攝影機隨即確認。")
    return s.write()


# ============================================================================ 899
def s899():
    s = Sit(899, "childrens_day_expo_saturday", "2026-04-04", 899,
            "兒童節週六，臺中國際會展中心 A、B 館親子博覽會（許可：每日 20,000 人次，經貿路、黎明路交通疏導）；"
            "會展中心與經貿六停車場客滿、經貿路雙排停車。白天另有：會展中心停車場入口排隊車輛追撞、"
            "綠美圖一名 6 歲女童走失後尋獲、綠美圖前廣場一名長者暈倒送醫。")
    r = s.rng
    lib_ = sensor_pt("SN-FA-004")
    pk6 = sensor_pt("SN-PK-006")
    entry = along("jingmao", chainage("jingmao", pk6), -8)
    E, K, L, R = "899-E-expo-traffic", "899-K-carpark-queue-rear-end", "899-L-lost-girl-museumbrary", "899-R-elder-collapse-plaza"

    perm = s.permit("exhibition", (120.6551, 24.1944), s.t("10:00", day=-1), s.t("18:00", day=2),
                    s.t("15:30", day=-10),
                    "展覽｜2026 台中親子博覽會｜臺中國際會展中心 A、B館｜04/03–04/06 每日 10:00–18:00｜"
                    "預估每日入場 20,000 人次｜經貿路、黎明路交通疏導 第六分局員警 6 名", E, alt=None)
    s.status("SN-PK-003", "offline", "09:30:10", None)
    s.status("SN-PK-003", "online", "09:34:50", None)
    s.parking("SN-PK-006", "09:55:00", E, alt=None)
    s.c1999("動物救援", jitter(r, (120.6562, 24.1800), 40), "10:05:00",
            "民眾反映：中央公園草地上有一隻流浪狗腳受傷，一跛一跛的。", None)
    s.parking("SN-PK-002", "10:20:00", E, alt=None)
    s.vd("SN-VD-JINGMAO-01", "Moderate", "10:35:00",
              "經貿路車輛偵測器1 南向平均車速 13 km/h、佔有率 56%，持續 5 分鐘", E, alt=None)
    s.c1999("illegal_parking", jitter(r, off(entry, 10, 60), 25), "10:50:00",
            "民眾反映：經貿路會展中心旁邊一堆車雙排停車，等停車場的車也排在車道上。", E, alt=None)
    s.c1999("crowding", jitter(r, off(sensor_pt("SN-FA-002"), 40, -20), 25), "11:10:00",
            "民眾反映：會展中心排隊排到人行道外面，推娃娃車很難走。", E, alt=None)
    s.parking("SN-PK-001", "11:30:00", E, alt=None)
    k1 = s.c1999("traffic_accident", jitter(r, off(entry, 0, 25), 15), "11:42:00",
                  "民眾反映：會展中心停車場入口排隊的車被後面的車追撞，兩台車停在車道上。", K)
    s.police("accident", "Minor", entry, "11:55:00",
             "第六分局：臺中國際會展中心停車場入口（經貿路）自小客車追撞，無人受傷，雙方和解，已移置。",
             K, lag=120)
    s.c1999("streetlight", jitter(r, along("liming", 1200, 8), 15), "12:00:00",
            "民眾反映：黎明路三段一盞路燈燈桿歪了。", None)
    s.panel("SN-FA-004", "fault", "12:30:00", "火警受信總機：第9迴路 偵煙探測器污損 故障", None)
    l1 = s.c1999("other", jitter(r, lib_, 20), "13:02:00",
                 "民眾來電：我女兒6歲，穿粉紅色外套，在綠美圖一樓兒童區不見了十幾分鐘，請幫忙找。", L)
    pl = s.police("other", "Moderate", lib_, "13:05:00",
                  "第六分局：臺中綠美圖 6歲女童（粉紅色外套）於1樓兒童區走失約15分鐘，會同館方廣播協尋。", L, lag=90)
    s.police("other", "Minor", lib_, "13:20:00", "第六分局：女童已於2樓閱覽區尋獲，交還家長。", L, follows=pl, lag=60)
    plaza = off(lib_, 15, -70)
    r1 = s.c1999("other", jitter(r, plaza, 15), "14:38:00",
                 "民眾來電：綠美圖前面廣場有一個阿伯倒在地上，叫他沒有反應，已轉報119。", R, lag=30)
    amb = s.f119("ambulance", plaza, "14:39:30",
                 "救護｜臺中綠美圖前廣場 男性長者約75歲 暈倒 意識模糊｜派遣：北屯分隊 救護車1", R)
    s.f119_update(amb, "on_scene", "14:47:00", "到達 患者意識恢復 血糖偏低 給予處置", R)
    s.f119_update(amb, "returning", "14:58:00", "患者送往中國醫藥大學附設醫院 返隊", R)
    s.parking("SN-PK-004", "13:30:00", None)
    s.c1999("illegal_parking", jitter(r, along("kaixuan", 1400, 9), 20), "14:10:00",
            "民眾反映：凱旋路中央公園旁邊一整排車停在紅線上。", None)
    s.c1999("noise", jitter(r, (120.6568, 24.1860), 40), "15:10:00",
            "民眾反映：中央公園有人在放空拍機，嗡嗡聲很吵。", None)
    s.vd("SN-VD-LIMING-01", "Minor", "15:30:00",
         "黎明路車輛偵測器1 東向平均車速 18 km/h、佔有率 42%，持續 5 分鐘", E, alt=None)
    s.c1999("公園路樹", jitter(r, (120.6560, 24.1770), 40), "16:00:00",
            "民眾反映：中央公園南側步道旁的樹枝太低，會打到行人。", None)
    s.cleared("SN-VD-LIMING-01", "16:20:00", "黎明路車輛偵測器1 車速回復 40 km/h，壅塞解除", E, alt=None)
    s.c1999("環境清潔", jitter(r, (120.6566, 24.1790), 40), "16:35:00",
            "民眾反映：中央公園南側溜滑梯旁邊很多人丟垃圾。", None)
    s.vd("SN-VD-JINGMAO-01", "Moderate", "18:05:00",
         "經貿路車輛偵測器1 北向平均車速 12 km/h、佔有率 59%，持續 5 分鐘", E, alt=None)
    s.cleared("SN-VD-JINGMAO-01", "18:45:00", "經貿路車輛偵測器1 車速回復 39 km/h，壅塞解除", E, alt=None)

    s.incident(E, "crowd", "親子博覽會的車潮：停車場客滿、經貿路雙排與排隊車輛佔用車道、入口排隊人潮；"
               "第六分局依許可派員疏導，中心追蹤。", perm)
    s.incident(K, "traffic", "會展中心停車場入口排隊車輛追撞，無人受傷，和解移置。", k1)
    s.incident(L, "rescue", "綠美圖 6 歲女童走失約 30 分鐘，館內尋獲。", l1)
    s.incident(R, "rescue", "綠美圖前廣場長者暈倒（低血糖），119 送醫。", r1)
    s.alternative(
        "已許可、已有派員的例行展覽，中心可能只當背景（停車場滿、壅塞都在預期內），不另立案。",
        [K, L, R])
    s.note("經貿路車輛偵測器1 10:35 的壅塞是展覽車潮；11:42 會展中心停車場入口的追撞是另一次派遣（警察到場處理事故）。")
    return s.write()


# ============================================================================ 900
def s900():
    s = Sit(900, "weeknight_small_jobs", "2026-07-21", 900,
            "週二夜間：逢甲大學水湳校區實驗室熱風槍觸動偵熱探測器，消防出動後確認非火災；"
            "河南路停車場一輛機車遭竊；深夜經貿路三段便利商店前兩名男子酒後互毆，一人頭部撕裂傷送醫；"
            "凌晨河南路／中平路口號誌黑燈，約 40 分鐘後自行恢復。")
    r = s.rng
    fcu = sensor_pt("SN-FA-009")
    pk3 = sensor_pt("SN-PK-003")
    store = along("jingmao", 2080, -14)
    sig10 = sensor_pt("SN-SIG-010")
    A, B, C, D = "900-A-false-alarm-fcu-lab", "900-B-scooter-theft-henan-carpark", "900-C-fight-convenience-store", "900-D-signal-dark-henan-zhongping"
    C2 = "900-C2-head-wound-ambulance"

    s.c1999("noise", jitter(r, off(sensor_pt("SN-FA-004"), 0, -80), 30), "21:08:00",
            "民眾反映：綠美圖前廣場有人跳舞放音樂，音量很大。", None)
    s.c1999("streetlight", jitter(r, along("zhongke", 1750, 9), 15), "21:20:00",
            "民眾反映：中科路南段靠逢甲校區有兩盞路燈不亮。", None)
    s.panel("SN-FA-009", "alarm", "21:34:10", "火警受信總機：第5區 3F 材料實驗室 偵熱式探測器 動作", A)
    a1 = s.f119("fire", fcu, "21:35:30",
                "火災｜西屯區 逢甲大學水湳校區 3樓實驗室 火警受信總機動作 校警通報 現場未見火煙待確認"
                "｜派遣：西屯分隊 水箱車1 水庫車1 救護車1", A)
    s.c1999("fire_smoke", jitter(r, off(fcu, 40, 30), 30), "21:36:30",
            "民眾（學生）反映：逢甲水湳校區大樓警鈴一直響，大家都跑出來了，好像沒看到煙。", A)
    s.f119_update(a1, "on_scene", "21:46:00", "到達 經查為實驗室使用熱風槍觸動偵熱探測器 非火災", A)
    s.panel("SN-FA-009", "normal", "21:52:00", "火警受信總機：復歸", A)
    s.f119_update(a1, "closed", "22:01:00", "誤報 無火災 無人傷亡", A)
    s.panel("SN-FA-012", "fault", "22:10:00", "火警受信總機：預備電源電壓不足 故障", None)
    s.c1999("streetlight", jitter(r, along("liming", 900, 8), 15), "22:18:00",
            "民眾反映：黎明路三段路燈（編號 XT-20931）不亮。", None)
    b1 = s.c1999("other", jitter(r, pk3, 25), "22:28:00",
                 "民眾來電：我的機車停在河南路停車場，回來就不見了，要怎麼報案？（已告知撥110並通報轄區）", B)
    pb = s.police("theft", "Minor", pk3, "22:40:00",
                  "第六分局：河南路停車場 普重機車遭竊，車主22:20發現，已受理報案。", B, lag=150)
    s.c1999("動物救援", jitter(r, along("henan", 900, 10), 20), "22:50:00",
            "民眾反映：河南路邊有一隻狗被車撞，躺在路邊還會動。", None)
    s.status("SN-VD-HENAN-01", "offline", "23:10:30", None)
    s.status("SN-VD-HENAN-01", "online", "23:14:20", None)
    s.c1999("環境清潔", jitter(r, along("kaixuan", 1400, 10), 20), "23:30:00",
            "民眾反映：凱旋路人行道有人丟了一堆裝潢廢棄物。", None)
    s.police("theft", "Minor", pk3, "23:35:00", "第六分局：調閱停車場監視器中，已通報協尋車牌。", B, follows=pb, lag=60)
    s.c1999("noise", jitter(r, off(store, 15, 10), 20), "23:48:00",
            "民眾反映：經貿路三段便利商店前面有人喝酒大聲吵架。", C)
    c1 = s.c1999("other", jitter(r, off(store, -20, 25), 20), "23:52:00",
                 "民眾來電：便利商店門口有人打起來了，好像有人流血。", C)
    amb = s.f119("ambulance", store, "23:55:00",
                 "救護｜北屯區經貿路三段 便利商店前 男性1名 頭部撕裂傷 疑遭毆打｜派遣：北屯分隊 救護車1",
                 C, alt=C2)
    s.police("public_disturbance", "Moderate", store, "24:02:00",
             "第五分局：經貿路三段便利商店前 2名男子酒後口角互毆，1人頭部撕裂傷由119送醫，另1人帶回偵訊。",
             C, lag=140)
    s.f119_update(amb, "returning", "24:04:00", "傷者送往中國醫藥大學附設醫院 返隊", C, alt=C2)
    s.status("SN-CCTV-005", "offline", "24:12:30", None)
    s.status("SN-CCTV-005", "online", "24:16:40", None)
    s.c1999("noise", jitter(r, sensor_pt("SN-FA-012"), 25), "24:30:00",
            "民眾反映：B區社區樓上半夜一直拖椅子，很吵。", None)
    d1 = s.signal("SN-SIG-010", "fault", "24:41:00", "號誌控制器回報：燈號全暗（黑燈）", D)
    s.cctv("SN-CCTV-010", "signal_dark", 0.86, "24:41:30", "影像分析：路口號誌燈號全暗", D)
    c_d = s.c1999("traffic_signal", jitter(r, off(sig10, 30, 20), 20), "24:48:00",
                  "民眾反映：河南路中平路口紅綠燈不亮。", D)
    s.signal("SN-SIG-010", "restored", "25:20:00", "號誌恢復正常運轉", D)
    s.c1999_update(c_d, "已派工", "25:26:00", "號誌已自行恢復，廠商明日白天檢查控制器。", D)

    s.incident(A, "fire", "逢甲大學水湳校區實驗室火警受信總機動作，消防出動，確認熱風槍誤觸、非火災。", a1)
    s.incident(B, "public_safety", "河南路停車場機車遭竊，受理報案並調閱監視器。", b1)
    s.incident(C, "public_safety", "經貿路三段便利商店前酒後互毆，一人頭部撕裂傷送醫，一人帶回。", c1)
    s.incident(D, "traffic", "河南路／中平路口號誌黑燈約 40 分鐘，自行恢復，廠商隔日檢查。", d1)
    s.alternative(
        "互毆傷者的救護是 119 的另一件派遣（救護救助），可與警察處理的鬥毆分開追蹤。",
        [A, B, C, D, {"label": C2, "type": "rescue",
                      "description": "經貿路三段互毆傷者頭部撕裂傷，119 送醫。",
                      "sufficient_evidence_key": amb}])
    s.note("熱風槍誤觸仍是一件案子：消防已出動，中心要追蹤到結案。")
    return s.write()


# ============================================================================ 901
def s901():
    s = Sit(901, "sunday_roadworks_jobs", "2026-09-13", 901,
            "週日上午：中平路（河南路至經貿路）有已許可的自來水管線汰換工程；河南路近河南路停車場慢車道路面坍陷，"
            "建設局搶修；環中路二段轉運中心出口一輛國道客運故障佔用外側車道；中午綠美圖電梯故障困住 3 人，"
            "消防救出。背景是假日公園人潮造成的停車場客滿與例行 1999 案件。")
    r = s.rng
    hole = along("henan", 1380, -6)
    bus = along("huanzhong", 3330, -7)             # 東向外側，轉運中心出口、近中科路口
    lib_ = sensor_pt("SN-FA-004")
    A, B, C = "901-A-road-collapse-henan", "901-B-bus-breakdown-huanzhong", "901-C-lift-entrapment-museumbrary"

    s.permit("road_works", along("zhongping", 700, -8), s.t("09:00", day=-6), s.t("16:00", day=5),
             s.t("10:00", day=-12),
             "道路施工｜中平路（河南路至經貿路段）自來水管線汰換｜09/07–09/18 每日 09:00–16:00｜外側車道封閉", None)
    s.c1999("環境清潔", jitter(r, (120.6560, 24.1770), 40), "08:10:00",
            "民眾反映：中央公園南側垃圾桶滿出來了。", None)
    s.status("SN-WL-004", "offline", "08:30:10", None)
    s.status("SN-WL-004", "online", "08:41:00", None)
    a1 = s.c1999("road_damage", jitter(r, off(hole, 15, 10), 15), "08:42:00",
                 "民眾反映：河南路靠近河南路停車場，慢車道路面塌陷一個大洞，大概一公尺寬，很深，機車差點掉進去。", A)
    s.c1999("road_damage", jitter(r, off(hole, -20, -15), 15), "08:51:00",
            "民眾反映：河南路停車場前面路面凹下去一大塊。", A)
    pa = s.police("road_collapse", "Moderate", hole, "09:04:00",
                  "第六分局：河南路近河南路停車場 慢車道路面坍陷約1×1公尺、深約50公分，已擺放三角錐警示，通報建設局。",
                  A, lag=120)
    s.c1999("illegal_parking", jitter(r, along("kaixuan", 1250, 9), 20), "09:20:00",
            "民眾反映：凱旋路公園旁邊的車停在紅線上。", None)
    s.c1999("road_damage", jitter(r, off(hole, 40, 30), 20), "09:25:00",
            "民眾反映：河南路那個大洞有人圍起來了嗎？晚上會很危險。", A)
    s.vd("SN-VD-ZHONGPING-01", "Minor", "09:40:00",
         "中平路車輛偵測器1 東向平均車速 19 km/h、佔有率 38%，持續 5 分鐘", None)
    s.c1999("noise", jitter(r, along("zhongping", 800, 20), 25), "09:50:00",
            "民眾反映：中平路施工禮拜天早上就在切路面，很吵。", None)
    s.c1999("公園路樹", jitter(r, (120.6566, 24.1835), 40), "10:05:00",
            "民眾反映：中央公園裡有一根大樹枝斷掉掛在樹上。", None)
    s.cctv("SN-CCTV-003", "stalled_vehicle", 0.79, "10:21:00", "影像分析：路口西側東向外側車道車輛停滯（大型車）", B)
    b1 = s.c1999("other", jitter(r, off(bus, 40, 10), 20), "10:27:00",
                 "民眾反映：環中路二段轉運中心出口，一台國道客運停在外側車道不動，後面都在按喇叭。", B)
    pb = s.police("stalled_vehicle", "Moderate", bus, "10:32:00",
                  "第六分局：環中路二段東向近中科路口（轉運中心出口） 國道客運故障佔用外側車道，已擺放警示，請業者調派拖吊。",
                  B, lag=100)
    s.vd("SN-VD-HUANZHONG-02", "Moderate", "10:36:00",
         "環中路車輛偵測器2 東向平均車速 14 km/h、佔有率 52%，持續 5 分鐘", B)
    s.police("road_collapse", "Moderate", hole, "10:40:00",
             "第六分局：建設局養工處到場搶修，河南路外側車道封閉。", A, follows=pa, lag=60)
    s.vd("SN-VD-HENAN-02", "Minor", "10:50:00",
         "河南路車輛偵測器2 東向平均車速 20 km/h、佔有率 36%，持續 5 分鐘", A, alt=None)
    s.parking("SN-PK-004", "11:00:00", None)
    s.police("stalled_vehicle", "Minor", bus, "11:15:00", "第六分局：故障客運已拖離，環中路恢復通行。", B, follows=pb, lag=60)
    s.cleared("SN-VD-HUANZHONG-02", "11:22:00", "環中路車輛偵測器2 東向車速回復 41 km/h，壅塞解除", B)
    c1 = s.c1999("other", jitter(r, off(lib_, -30, 40), 30), "11:31:00",
                 "民眾來電：家人被困在綠美圖的電梯裡，電梯卡在2樓跟3樓中間，已經十分鐘了，已轉報119。", C, lag=30)
    resc = s.f119("rescue", lib_, "11:33:00",
                  "救助｜臺中綠美圖 電梯故障 受困3人（含兒童1名）｜派遣：北屯分隊 救助器材車1 救護車1", C)
    s.parking("SN-PK-005", "11:40:00", None)
    s.f119_update(resc, "on_scene", "11:50:00", "到達 會同電梯廠商 準備手動降梯", C)
    s.cleared("SN-VD-ZHONGPING-01", "11:50:00", "中平路車輛偵測器1 車速回復 37 km/h，壅塞解除", None)
    s.f119_update(resc, "returning", "12:02:00", "3人已救出 均無受傷 返隊", C)
    s.panel("SN-FA-008", "fault", "12:10:00", "火警受信總機：第1迴路 斷線 故障", None)
    s.c1999("streetlight", jitter(r, along("jingmao", 1100, 8), 15), "12:20:00",
            "民眾反映：經貿路二段一盞路燈白天亮著。", None)
    s.c1999("illegal_parking", jitter(r, along("jingmao", 1600, -9), 20), "12:28:00",
            "民眾反映：經貿路綠美圖前面的車停在公車站。", None)
    s.police("road_collapse", "Minor", hole, "12:35:00", "第六分局：路面回填完成，河南路恢復通行。", A, follows=pa, lag=60)
    s.c1999_update(a1, "已完工", "12:40:00", "建設局養工處已完成坍陷路面回填及鋪面。", A)
    s.cleared("SN-VD-HENAN-02", "12:45:00", "河南路車輛偵測器2 車速回復 38 km/h，壅塞解除", A, alt=None)

    s.incident(A, "infrastructure", "河南路近河南路停車場慢車道路面坍陷約 1×1 公尺，警示後由建設局搶修回填。", a1)
    s.incident(B, "traffic", "環中路二段轉運中心出口國道客運故障佔用外側車道約 1 小時，拖離後恢復。", b1)
    s.incident(C, "rescue", "綠美圖電梯卡在 2、3 樓間，受困 3 人，消防會同廠商救出，無人受傷。", c1)
    s.alternative(
        "河南路車輛偵測器2 的壅塞也可能是附近中平路已許可的管線工程封閉外側車道造成，不一定是坍陷搶修。",
        [A, B, C])
    s.note("中平路工程許可（已核准、照計畫進行）與其造成的中平路壅塞是背景，不是要派遣的事。")
    return s.write()


# ============================================================================ 902
def s902():
    s = Sit(902, "monsoon_afternoon_three_jobs", "2026-12-02", 902,
            "週三傍晚東北季風強風：16:45 河南路／中平路口號誌閃爍異常，警察指揮，18:20 修復；"
            "17:05 一名中國醫藥大學學生在經貿路／中平路口過斑馬線被機車撞傷送醫；"
            "17:28 經貿路二段近經貿七路一塊店家招牌被風吹落在機車道。背景是平常的下班尖峰。")
    r = s.rng
    sig10 = sensor_pt("SN-SIG-010")
    xing = off(sensor_pt("SN-SIG-011"), -12, 8)
    sign = along("jingmao", chainage("jingmao", sensor_pt("SN-CCTV-006")) + 70, -9)
    A, B, C = "902-A-pedestrian-hit-jingmao-zhongping", "902-B-signal-flashing-henan-zhongping", "902-C-signboard-down-jingmao"

    s.vd("SN-VD-HUANZHONG-03", "Minor", "16:35:00",
         "環中路車輛偵測器3 西向平均車速 22 km/h、佔有率 44%，持續 5 分鐘", None)
    s.c1999("公園路樹", jitter(r, (120.6562, 24.1810), 40), "16:40:00",
            "民眾反映：風很大，中央公園步道上樹枝一直掉下來。", None)
    b1 = s.signal("SN-SIG-010", "fault", "16:45:20", "號誌控制器回報：閃爍異常（全向閃黃）", B)
    s.c1999("streetlight", jitter(r, along("kaixuan", 1550, 8), 15), "16:50:00",
            "民眾反映：凱旋路近逢甲校區一盞路燈不亮。", None)
    s.c1999("traffic_signal", jitter(r, off(sig10, 25, 20), 20), "16:52:00",
            "民眾反映：河南路和中平路口紅綠燈一直閃黃燈，沒有正常變換，大家都不知道誰先走。", B)
    s.cctv("SN-CCTV-011", "accident", 0.74, "17:05:20", "影像分析：斑馬線上疑似人車碰撞", A)
    a1 = s.c1999("traffic_accident", jitter(r, xing, 15), "17:06:00",
                  "民眾反映：經貿路中平路口，一個學生過馬路被機車撞到，倒在斑馬線上。", A, lag=35)
    amb = s.f119("ambulance", xing, "17:06:40",
                 "救護｜北屯區經貿路與中平路口 行人遭機車撞擊 女性約20歲 右腳疼痛 意識清楚｜派遣：北屯分隊 救護車1", A)
    s.c1999("traffic_accident", jitter(r, sensor_pt("SN-FA-010"), 20), "17:08:00",
            "民眾（學校警衛）反映：校門口外面經貿路口有學生被撞，請快派救護車。", A)
    s.parking("SN-PK-001", "17:10:00", None)
    s.police("traffic_signal_fault", "Moderate", sig10, "17:15:00",
             "第六分局：河南路與中平路口號誌閃爍異常，派員指揮交通，通報交通局。", B, lag=110)
    pa = s.police("injury_accident", "Moderate", xing, "17:16:00",
                  "第五分局：經貿路與中平路口 行人（女，20歲，學生）通行斑馬線遭普重機車撞擊，右腳挫傷送醫，"
                  "機車騎士無傷，現場處理中。", A, lag=120)
    s.f119_update(amb, "on_scene", "17:18:00", "到達 傷者右腳踝腫脹 固定後送醫", A)
    s.vd("SN-VD-ZHONGPING-01", "Moderate", "17:20:00",
         "中平路車輛偵測器1 東向平均車速 12 km/h、佔有率 55%，持續 5 分鐘", B, alt=None)
    s.cctv("SN-CCTV-006", "fallen_object", 0.61, "17:28:30", "影像分析：路口南側機車道偵測到掉落物", C)
    c1 = s.c1999("other", jitter(r, off(sign, 20, 10), 20), "17:30:00",
                 "民眾反映：經貿路靠近綠美圖這邊，有店家招牌被風吹下來，掉在機車道上，差點砸到人。", C)
    s.f119_update(amb, "returning", "17:30:00", "傷者送往中國醫藥大學附設醫院 返隊", A)
    s.vd("SN-VD-ZHONGQING-02", "Minor", "17:40:00",
         "中清路車輛偵測器2 南向平均車速 21 km/h、佔有率 43%，持續 5 分鐘", None)
    pc = s.police("fallen_object", "Moderate", sign, "17:44:00",
                  "第六分局：經貿路二段南向機車道 店家招牌掉落（約2×1公尺），已移至人行道，通知業者處理。", C, lag=100)
    s.police("injury_accident", "Minor", xing, "17:50:00", "第五分局：現場處理完畢，恢復通行。", A, follows=pa, lag=60)
    s.panel("SN-FA-005", "fault", "17:55:00", "火警受信總機：第3迴路 探測器異常 故障", None)
    s.police("fallen_object", "Minor", sign, "17:58:00", "第六分局：招牌已由業者清運，機車道恢復通行。", C, follows=pc, lag=60)
    s.c1999("noise", jitter(r, off(sensor_pt("SN-FA-011"), -30, 20), 25), "18:05:00",
            "民眾反映：社區旁邊的工地傍晚還在施工。", None)
    s.status("SN-RG-003", "offline", "18:15:20", None)
    s.status("SN-RG-003", "online", "18:19:10", None)
    s.signal("SN-SIG-010", "restored", "18:20:00", "號誌恢復正常運轉", B)
    s.police("traffic_signal_fault", "Minor", sig10, "18:24:00", "第六分局：號誌修復，撤回指揮警力。", B, lag=60)
    s.cleared("SN-VD-ZHONGPING-01", "18:35:00", "中平路車輛偵測器1 東向車速回復 36 km/h，壅塞解除", B, alt=None)
    s.cleared("SN-VD-HUANZHONG-03", "18:50:00", "環中路車輛偵測器3 西向車速回復 42 km/h，壅塞解除", None)
    s.cleared("SN-VD-ZHONGQING-02", "19:05:00", "中清路車輛偵測器2 南向車速回復 39 km/h，壅塞解除", None)
    s.c1999("illegal_parking", jitter(r, along("jingmao", 2850, 10), 20), "19:10:00",
            "民眾反映：醫藥大學前面經貿路有車停在公車站。", None)

    s.incident(A, "traffic", "經貿路／中平路口學生行經斑馬線遭機車撞擊，右腳挫傷送醫。", a1)
    s.incident(B, "traffic", "河南路／中平路口號誌閃爍異常約 1.5 小時，警察指揮，修復。", b1)
    s.incident(C, "traffic", "經貿路二段店家招牌被強風吹落機車道，警察移置、業者清運。", c1)
    s.alternative(
        "中平路車輛偵測器1 的壅塞在下班尖峰，可能只是尖峰車流，不一定是號誌異常造成。",
        [A, B, C])
    s.note("號誌控制器自己回報閃爍異常就足以開案；中平路車輛偵測器1 在號誌東側約 100 公尺。")
    return s.write()


if __name__ == "__main__":
    for fn in (s897, s898, s899, s900, s901, s902):
        fn()
