"""Situations 1351..1356 (seeded; rerun to regenerate)."""
from datetime import timedelta
from lib import Situation, inc


def s1351():
    s = Situation(1351, "jingmao_road_works_three_days", 1351, "2016-03-14")
    s.description = ("三天的經貿路二段管線工程(黎明路至經貿七路)：許可、車流、夜間噪音、鋼板鬆動、"
                     "第三天挖破自來水管；期間附近的竊盜、路倒與背景雜訊。")
    W = "W"
    permit = s.add("planned_event", "road_works", s.t("08:00"), "經貿路二段(黎明路三段至經貿七路)污水管線埋設工程，"
                   "佔用外側二車道，日夜施工", W, where=s.near("j_jingmao_liming", 150, 200, 160),
                   issued=s.t("10:00", day=-3), ends=s.t("22:00", day=2), radius_m=380)
    k = s.add("rule", "congestion", s.t("09:40"), "經貿路車輛偵測器1 平均車速降至 14 km/h", W,
              sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("1999", "illegal_parking", s.t("10:15"), "工程車停在人行道上，輪椅過不去", W,
          where=s.near("j_jingmao_liming", 90, 160, 170), status="已派工")
    s.add("1999", "noise", s.t("11:32"), "經貿路在打路面，破碎機非常吵，會展旁邊上班受不了", W,
          where=s.near("hall_b", 100, 220))
    a1 = s.add("incident", "accident", s.t("16:48"), "經貿路二段/黎明路三段口 兩部小客車於施工縮減車道處追撞，無人受傷",
               "A1", where="j_jingmao_liming", severity="Minor")
    s.add("cctv", "stalled_vehicle", s.t("16:47"), "路口車輛停滯", "A1", sensor="SN-CCTV-005",
          confidence=0.83, delay=25)
    s.add("rule", "congestion", s.t("17:35"), "經貿路車輛偵測器1 平均車速 9 km/h", W,
          sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("rule", "congestion", s.t("18:05"), "環中路車輛偵測器2 平均車速 18 km/h", None,
          sensor="SN-VD-HUANZHONG-02", severity="Minor")
    t1 = s.add("incident", "theft", s.t("13:20"), "會展中心A棟展場內民眾皮夾遭竊，已受理", "T1",
          where=s.near("hall_a", 10, 60), severity="Minor")
    n = s.add("1999", "noise", s.t("23:12"), "半夜還在切路面，經貿路那邊整晚都是機器聲，孩子睡不著", W,
              where=s.near("ops_tower", 200, 450), truth_alt="N")
    s.dup(n, 420)
    # day 1
    s.add("1999", "streetlight", s.t("03:10", day=1), "黎明路凱旋路口一盞路燈不亮，燈號XT-20331", None,
          where=s.near("j_liming_kaixuan", 20, 60))
    rd = s.add("1999", "road_damage", s.t("07:48", day=1), "經貿路施工的鋼板鬆了，機車壓過去會跳，很危險", W,
               where=s.near("j_jingmao_liming", 60, 140, 150))
    s.add("1999", "road_damage", s.t("08:02", day=1), "會展前面路上鋼板翹起來，剛剛差點摔車", W,
          where=s.near("convention", 60, 150))
    s.add("incident", "fallen_object", s.t("08:21", day=1), "經貿路二段施工鋼板翹起，已通知廠商並放置警示", W,
          where=s.near("j_jingmao_liming", 80, 120, 155), severity="Moderate")
    s.add("planned_event", "road_works", s.t("08:00"), "經貿路二段管線工程展延一日，施工範圍不變", W,
          where=s.near("j_jingmao_liming", 150, 200, 160), issued=s.t("11:40", day=1),
          ends=s.t("22:00", day=3), radius_m=380, follows=permit)
    s.add("cctv", "stalled_vehicle", s.t("14:02", day=1), "車輛停滯", W, sensor="SN-CCTV-006", confidence=0.71)
    s.add("rule", "congestion", s.t("18:10", day=1), "經貿路車輛偵測器1 平均車速 12 km/h", W,
          sensor="SN-VD-JINGMAO-01", severity="Moderate")
    amb = s.add("119", "ambulance", s.t("20:41", day=1), "逢甲大學水湳校區 男學生運動後昏倒，派遣救護車", "A2",
                where=s.near("fcu_campus", 30, 120))
    s.add("119", "ambulance", s.t("21:20", day=1), "送醫完畢，返隊", "A2", where=s.near("fcu_campus", 30, 120),
          status="returning", follows=amb)
    s.add("status", "offline", s.t("02:14", day=1), "通訊中斷", None, sensor="SN-CCTV-002", reason="comms_lost")
    s.add("status", "online", s.t("02:31", day=1), "恢復連線", None, sensor="SN-CCTV-002")
    # day 2
    s.add("1999", "other", s.t("09:15", day=2), "施工圍籬被風吹倒在人行道上", W,
          where=s.near("j_jingmao_7", 100, 200, 330))
    wpos = s.near("ops_tower", 80, 250)
    wo = s.add("1999", "water_outage", s.t("10:31", day=2), "經貿路二段突然停水，聽說是施工挖破水管", W,
               where=wpos, truth_alt="WP")
    s.add("incident", "flooding_report", s.t("10:44", day=2), "經貿路二段施工挖斷自來水管，路面積水約5公分，已通報自來水公司",
          W, where=s.near("j_jingmao_liming", 100, 150, 160), severity="Moderate", truth_alt="WP")
    s.add("1999", "water_outage", s.t("15:20", day=2), "已恢復供水", W, where=wpos, truth_alt="WP", follows=wo, status="結案")
    s.add("rule", "congestion", s.t("16:05", day=2), "經貿路車輛偵測器1 平均車速 11 km/h", W,
          sensor="SN-VD-JINGMAO-01", severity="Moderate")
    s.add("parking", "full", s.t("17:40", day=2), "車位已滿", None, sensor="SN-PK-001")
    s.add("cctv", "crowding", s.t("17:12", day=2), "人群聚集", None, sensor="SN-CCTV-004",
          confidence=0.42, motion="moving")
    s.add("rule", "congestion", s.t("08:15", day=2), "環中路車輛偵測器3 平均車速 21 km/h", None,
          sensor="SN-VD-HUANZHONG-03", severity="Minor")
    s.incident(W, "infrastructure", "經貿路二段管線工程，三天(展延一日)：車流、噪音、鋼板、圍籬、挖破水管皆找承包商/工務單位處理", permit)
    s.incident("A1", "traffic", "16:48 施工縮減車道處兩車追撞(無人傷)", a1)
    s.incident("T1", "public_safety", "會展中心A棟皮夾竊案", t1)
    s.incident("A2", "rescue", "逢甲水湳校區學生昏倒送醫", amb)
    s.alternative("夜間施工噪音可視為環保局另案稽查；挖破自來水管可視為自來水公司另一件搶修案",
                  s.incidents + [inc("N", "infrastructure", "夜間施工噪音稽查(環保局)", n),
                                 inc("WP", "infrastructure", "施工挖破自來水管搶修與停水", wo)])
    s.write()


def s1352():
    s = Situation(1352, "eco_block_b_fire_rekindles", 1352, "2016-01-22")
    s.description = "生態住宅B區深夜火警，撲滅後清晨復燃；期間環中路車禍與背景雜訊。"
    F = "F"
    fa = s.add("fire_alarm", "alarm", s.t("01:12"), "火警受信總機 7F 偵煙動作", F, sensor="SN-FA-012")
    s.dup(fa, 95)
    s.add("1999", "fire_smoke", s.t("01:14"), "生態住宅B區頂樓在冒煙，有火光", F, where=s.near("eco_b", 120, 260, 200))
    f1 = s.add("119", "fire", s.t("01:15"), "北屯區敦化路一段 生態住宅B區 7樓住宅火警，派遣水箱車3、雲梯車1、救護車1", F,
               where="eco_b", severity="Severe")
    s.add("incident", "fire_report", s.t("01:19"), "生態住宅B區7樓火警，員警到場協助管制", F,
          where=s.near("eco_b", 20, 60), severity="Severe")
    rc = s.add("incident", "road_closure", s.t("01:26"), "敦化路一段封閉一車道供消防車停放", F,
               where=s.near("eco_b", 60, 120, 270), severity="Moderate")
    s.add("1999", "fire_smoke", s.t("01:40"), "A區這邊煙味很重，要不要撤離？", F, where=s.near("eco_a", 20, 80))
    s.add("incident", "evacuation", s.t("01:55"), "B區6至8樓住戶疏散至中庭，約40人", F, where=s.near("eco_b", 10, 40),
          severity="Severe")
    s.add("119", "ambulance", s.t("02:05"), "B區住戶一名吸入濃煙，送醫", F, where=s.near("eco_b", 10, 40))
    s.add("1999", "other", s.t("02:10"), "我媽住B區5樓，電話一直打不通，想知道她有沒有事", F,
          where=s.near("fcu_campus", 1100, 1500, 270))
    s.add("fire_alarm", "fault", s.t("02:30"), "綠美圖受信總機 迴路斷線", None, sensor="SN-FA-004")
    s.add("119", "fire", s.t("02:48"), "火勢撲滅，殘火處理中", F, where="eco_b", status="on_scene", follows=f1,
          severity="Severe")
    s.add("fire_alarm", "normal", s.t("03:35"), "復歸", F, sensor="SN-FA-012")
    s.add("119", "fire", s.t("03:52"), "殘火處理完畢，人車返隊", F, where="eco_b", status="closed", follows=f1,
          severity="Severe")
    s.add("incident", "road_reopened", s.t("04:05"), "敦化路一段恢復通行", F, where=s.near("eco_b", 60, 120, 270),
          follows=rc, severity="Minor")
    # unrelated crash
    a = s.add("incident", "accident", s.t("05:50"), "環中路二段中科路口 貨車與機車擦撞，機車騎士輕傷", "A1",
              where=s.near("j_zhongke_huanzhong", 30, 80, 90), severity="Moderate")
    s.add("cctv", "stalled_vehicle", s.t("05:49"), "車輛停滯", "A1", sensor="SN-CCTV-003", confidence=0.88)
    s.add("rule", "congestion", s.t("06:05"), "環中路車輛偵測器2 平均車速 15 km/h", "A1",
          sensor="SN-VD-HUANZHONG-02", severity="Moderate", truth_alt=None)
    s.add("1999", "noise", s.t("07:30"), "垃圾車音樂太早開始放", None, where=s.near("pop_music", 200, 400))
    # rekindle
    r = s.add("fire_alarm", "alarm", s.t("08:20"), "火警受信總機 7F 偵煙動作", F, sensor="SN-FA-012", truth_alt="F2")
    s.add("1999", "fire_smoke", s.t("08:22"), "B區昨晚燒的那戶又在冒煙了", F, where=s.near("eco_b", 80, 200), truth_alt="F2")
    f2 = s.add("119", "fire", s.t("08:24"), "生態住宅B區7樓 復燃，派遣水箱車2", F, where="eco_b", severity="Moderate",
               truth_alt="F2")
    s.add("119", "fire", s.t("08:41"), "到場，天花板夾層悶燒", F, where="eco_b", status="on_scene", follows=f2,
          truth_alt="F2")
    s.add("rule", "congestion", s.t("08:50"), "經貿路車輛偵測器2 平均車速 17 km/h", None,
          sensor="SN-VD-JINGMAO-02", severity="Minor")
    s.add("1999", "illegal_parking", s.t("09:10"), "敦化路上有車並排停車", None, where=s.near("eco_a", 300, 500, 0))
    s.add("fire_alarm", "normal", s.t("09:32"), "復歸", F, sensor="SN-FA-012", truth_alt="F2")
    s.add("119", "fire", s.t("10:05"), "復燃處理完畢，交由火調科勘查", F, where="eco_b", status="closed", follows=f2,
          truth_alt="F2")
    s.incident(F, "fire", "生態住宅B區7樓住宅火災，01:12起，04:05撲滅復通；08:20同一處復燃，10:05結束", fa)
    s.incident("A1", "traffic", "05:50 環中路中科路口貨車機車擦撞", a)
    s.alternative("復燃是否重開新案：消防局對同一地點復燃另開案號，指揮中心也可能當新的派遣",
                  [inc(F, "fire", "01:12-04:05 B區火災", fa), inc("F2", "fire", "08:20 同處復燃", r),
                   inc("A1", "traffic", "05:50 環中路中科路口擦撞", a)])
    s.notes = "A1 的環中路偵測器壅塞在另一讀法當背景(清晨車流)"
    s.write()


def s1353():
    s = Situation(1353, "flood_recedes_and_rises_again", 1353, "2016-06-02")
    s.description = ("梅雨兩波雨帶：13:30-16:30 第一波、21:30-01:30 第二波；河南路低窪處與經貿路低窪處兩處淹水，"
                     "中間退水再淹；第二波公園南滯洪池達三級；中間的車禍與倒樹是另案。")
    FH, FJ = "FH", "FJ"
    s.add("rule", "heavy_rain", s.t("13:40"), "西屯站 時雨量 46 mm", None, sensor="C0F9T0", level="大雨")
    s.add("rule", "heavy_rain", s.t("13:50"), "中央公園雨量站 時雨量 52 mm", None, sensor="SN-RG-001", level="大雨")
    h1 = s.add("rule", "flood_depth", s.t("14:05"), "河南路低窪處 淹水 12 cm", FH, sensor="SN-FL-007", level="1-15",
               truth_alt="FH1")
    h2 = s.add("rule", "flood_depth", s.t("14:25"), "河南路低窪處 淹水 24 cm", FH, sensor="SN-FL-007", level="16-30",
               truth_alt="FH1")
    c1 = s.add("1999", "flooding", s.t("14:30"), "河南路停車場門口積水到小腿，車開不出去", FH,
               where=s.near("henan_carpark", 40, 120), truth_alt="FH1")
    s.add("parking", "closed", s.t("14:40"), "停車場暫停開放", FH, sensor="SN-PK-003", truth_alt="FH1")
    s.add("incident", "flooding_report", s.t("14:52"), "河南路二段低窪處積水約25公分，機車拋錨多部，派員管制", FH,
          where=s.near("henan_carpark", 30, 90, 220), severity="Moderate", truth_alt="FH1", delay=1500)
    s.add("rule", "congestion", s.t("15:00"), "河南路車輛偵測器2 平均車速 8 km/h", FH, sensor="SN-VD-HENAN-02",
          severity="Moderate", truth_alt="FH1")
    j1 = s.add("rule", "flood_depth", s.t("14:35"), "經貿路低窪處 淹水 9 cm", FJ, sensor="SN-FL-008", level="1-15",
               truth_alt="FJ1")
    jc = s.add("1999", "flooding", s.t("14:58"), "經貿路三段水淹上人行道，水溝在冒水", FJ, where=s.near("eco_b", 100, 250, 180),
          truth_alt="FJ1")
    acc = s.add("incident", "injury_accident", s.t("15:12"), "河南路中平路口 機車雨天打滑與小客車碰撞，騎士受傷送醫", "A1",
                where=s.near("j_henan_zhongping", 20, 60), severity="Moderate")
    s.add("cctv", "accident", s.t("15:11"), "事故", "A1", sensor="SN-CCTV-010", confidence=0.79)
    s.add("119", "ambulance", s.t("15:14"), "河南路二段中平路口 車禍一人受傷", "A1", where=s.near("j_henan_zhongping", 20, 60))
    s.add("rule", "cleared", s.t("16:55"), "經貿路低窪處 淹水解除", FJ, sensor="SN-FL-008", severity="Minor",
          truth_alt="FJ1")
    s.add("rule", "flood_depth", s.t("17:20"), "河南路低窪處 淹水 8 cm(退水中)", FH, sensor="SN-FL-007", level="1-15",
          truth_alt="FH1")
    s.add("parking", "empty", s.t("18:05"), "車輛已移出", FH, sensor="SN-PK-003", truth_alt="FH1")
    s.add("rule", "cleared", s.t("18:12"), "河南路低窪處 淹水解除", FH, sensor="SN-FL-007", severity="Minor", truth_alt="FH1")
    tr = s.add("1999", "fallen_tree", s.t("18:31"), "經貿路二段營運塔前路樹倒下壓住一個車道", "T1",
               where=s.near("ops_tower", 40, 120, 270))
    s.add("incident", "fallen_object", s.t("18:45"), "經貿路二段路樹倒塌佔用內側車道，已通知養工處", "T1",
          where=s.near("ops_tower", 60, 100, 270), severity="Moderate")
    s.add("1999", "blocked_drain", s.t("19:05"), "河南路水退了，但水溝蓋被樹葉垃圾塞住，等一下又下雨會再淹", FH,
          where=s.near("henan_carpark", 60, 180), truth_alt="FH1")
    s.add("1999", "noise", s.t("20:10"), "樓下卡拉OK很吵", None, where=s.near("cmu_campus", 300, 600, 120))
    # second band
    s.add("rule", "heavy_rain", s.t("21:40"), "中央公園雨量站 時雨量 61 mm", None, sensor="SN-RG-001", level="大雨")
    s.add("rule", "heavy_rain", s.t("23:10"), "西屯站 3小時雨量 112 mm", None, sensor="C0F9T0", level="豪雨")
    h3 = s.add("rule", "flood_depth", s.t("22:05"), "河南路低窪處 淹水 14 cm", FH, sensor="SN-FL-007", level="1-15",
               truth_alt="FH2")
    h4 = s.add("rule", "flood_depth", s.t("22:40"), "河南路低窪處 淹水 34 cm", FH, sensor="SN-FL-007", level=">30",
               truth_alt="FH2")
    s.dup(h4, 240)
    s.add("parking", "closed", s.t("22:45"), "停車場暫停開放", FH, sensor="SN-PK-003", truth_alt="FH2")
    hc = s.add("incident", "road_closure", s.t("22:58"), "河南路二段低窪路段積水逾30公分，雙向封閉", FH,
          where=s.near("henan_carpark", 30, 90, 220), severity="Severe", truth_alt="FH2")
    s.add("1999", "flooding", s.t("23:05"), "河南路又淹了，比下午還深，住家一樓進水", FH,
          where=s.near("henan_carpark", 250, 500, 200), truth_alt="FH2")
    j2 = s.add("rule", "flood_depth", s.t("22:20"), "經貿路低窪處 淹水 21 cm", FJ, sensor="SN-FL-008", level="16-30",
               truth_alt="FJ2")
    s.add("rule", "water_level", s.t("22:30"), "水湳區域排水經貿路 水位 1.52 m 三級警戒", FJ, sensor="SN-WL-003",
          level="3", truth_alt="FJ2")
    s.add("rule", "water_level", s.t("23:20"), "水湳區域排水經貿路 水位 1.86 m 二級警戒", FJ, sensor="SN-WL-003",
          level="2", truth_alt="FJ2")
    s.add("fire_alarm", "fault", s.t("23:28"), "B區地下室 消防泵浦室 進水", FJ, sensor="SN-FA-012", truth_alt="FJ2")
    s.add("1999", "flooding", s.t("23:40"), "生態住宅B區地下室進水，水從經貿路倒灌", FJ, where=s.near("eco_b", 10, 60),
          truth_alt="FJ2")
    pp = s.add("rule", "water_level", s.t("23:50"), "中央公園南滯洪池 水位 2.08 m 三級警戒", "PP", sensor="SN-WL-002",
               level="3")
    s.add("incident", "road_closure", s.t("00:15", day=1), "中央公園南滯洪池周邊步道封閉", "PP",
          where=s.near("park_south", 80, 160), severity="Minor")
    s.add("rule", "flood_depth", s.t("00:20", day=1), "中央公園滯洪池4 淹水 28 cm", "PP", sensor="SN-FL-004",
          level="16-30", truth_alt="PP")
    s.add("rule", "cleared", s.t("02:40", day=1), "水湳區域排水經貿路 警戒解除", FJ, sensor="SN-WL-003", severity="Minor",
          truth_alt="FJ2")
    s.add("rule", "flood_depth", s.t("02:10", day=1), "河南路低窪處 淹水 11 cm(退水中)", FH, sensor="SN-FL-007",
          level="1-15", truth_alt="FH2")
    s.add("incident", "road_reopened", s.t("03:30", day=1), "河南路二段積水已退，恢復通行", FH,
          where=s.near("henan_carpark", 30, 90, 220), severity="Minor", follows=hc, truth_alt="FH2")
    s.add("status", "offline", s.t("01:05", day=1), "電池低電量", None, sensor="SN-FL-003", reason="battery_low")
    s.incident(FH, "flood", "河南路低窪處與河南路停車場淹水：下午第一波退水後晚上第二波再淹，同一處的同一件抽水/管制工作", h2)
    s.incident(FJ, "flood", "經貿路低窪處/區域排水溢淹，兩波，第二波B區地下室進水", jc)
    s.incident("A1", "traffic", "15:12 河南路中平路口雨天機車車禍", acc)
    s.incident("T1", "infrastructure", "18:31 經貿路二段路樹倒塌", tr)
    s.incident("PP", "flood", "中央公園南滯洪池三級警戒，封步道監看", pp)
    s.alternative("兩波雨帶間已解除並撤收，第二波可視為新派遣",
                  [inc("FH1", "flood", "第一波 河南路淹水", h2), inc("FH2", "flood", "第二波 河南路再淹", h4),
                   inc("FJ1", "flood", "第一波 經貿路低窪處", jc), inc("FJ2", "flood", "第二波 經貿路/區排", j2),
                   inc("A1", "traffic", "河南路中平路口車禍", acc), inc("T1", "infrastructure", "經貿路倒樹", tr),
                   inc("PP", "flood", "南滯洪池三級", pp)])
    s.notes = "雨量站的大雨/豪雨告警是背景(全區天氣，不是一件工作)"
    s.write()


def s1354():
    s = Situation(1354, "north_hub_power_cut", 1354, "2016-08-10")
    s.description = ("19:32 台電饋線跳脫，會展中心、經貿路二段北段停電到 22:45：號誌黑燈、攝影機離線、"
                     "受信總機主電源異常、路燈全暗、綠美圖電梯受困、黑燈路口車禍。")
    P = "P"
    sig = s.add("signal", "fault", s.t("19:32", sec=14), "號誌故障 黑燈", P, sensor="SN-SIG-005")
    s.add("signal", "fault", s.t("19:32", sec=15), "號誌故障 黑燈", P, sensor="SN-SIG-006")
    s.add("signal", "fault", s.t("19:32", sec=17), "號誌故障 黑燈", P, sensor="SN-SIG-004")
    s.add("status", "offline", s.t("19:32", sec=20), "主電源中斷", P, sensor="SN-CCTV-005", reason="mains_power_lost")
    s.add("status", "offline", s.t("19:33"), "離線", P, sensor="SN-CCTV-006", delay=95)
    s.add("fire_alarm", "fault", s.t("19:33"), "主電源異常 切換備用電池", P, sensor="SN-FA-002")
    s.add("fire_alarm", "fault", s.t("19:33", sec=5), "主電源異常 切換備用電池", P, sensor="SN-FA-003")
    s.add("fire_alarm", "fault", s.t("19:33", sec=9), "主電源停電", P, sensor="SN-FA-004")
    s.add("cctv", "signal_dark", s.t("19:34"), "號誌黑燈", P, sensor="SN-CCTV-004", confidence=0.88, observed=s.t("19:27"))
    s.add("status", "offline", s.t("19:35"), "主電源中斷", P, sensor="SN-VD-LIMING-01", reason="mains_power_lost")
    s.add("1999", "power_outage", s.t("19:40"), "黎明路三段整條街停電", P, where=s.near("j_jingmao_liming", 200, 450, 250))
    s.add("1999", "streetlight", s.t("19:41"), "經貿路整排路燈全暗，一片漆黑", P, where=s.near("convention", 150, 300))
    tp = s.add("incident", "traffic_signal_fault", s.t("19:46"), "經貿路二段黎明路口號誌黑燈，派員指揮交通", P,
               where="j_jingmao_liming", severity="Moderate", truth_alt="D")
    s.add("rule", "congestion", s.t("19:52"), "經貿路車輛偵測器1 平均車速 7 km/h", P, sensor="SN-VD-JINGMAO-01",
          severity="Moderate", truth_alt="D")
    l1 = s.add("1999", "rescue", s.t("19:52"), "綠美圖電梯停在3樓和4樓中間，裡面有兩個人", "L",
               where=s.near("museumbrary", 10, 40))
    l2 = s.add("119", "rescue", s.t("19:55"), "綠美圖 電梯受困2人(停電)，派遣救助隊", "L", where="museumbrary")
    s.add("119", "rescue", s.t("20:08"), "到場，開始救援", "L", where="museumbrary", status="on_scene", follows=l2)
    s.add("119", "rescue", s.t("20:40"), "受困者2名均已救出，無人受傷", "L", where="museumbrary", status="closed",
          follows=l2)
    s.add("parking", "closed", s.t("20:05"), "停電柵欄無法開啟，暫停進場", P, sensor="SN-PK-006")
    s.add("status", "offline", s.t("20:00"), "電池低電量", None, sensor="SN-FL-009", reason="battery_low")
    x = s.add("incident", "injury_accident", s.t("20:21"), "經貿路二段經貿七路口(號誌黑燈) 兩車側撞，一人受傷", "X",
              where=s.near("j_jingmao_7", 10, 40), severity="Moderate")
    s.add("119", "ambulance", s.t("20:23"), "經貿路二段經貿七路口車禍，一人頸部疼痛", "X", where=s.near("j_jingmao_7", 10, 40))
    s.add("1999", "traffic_accident", s.t("20:24"), "營運塔前面路口紅綠燈沒亮，兩台車撞在一起", "X",
          where=s.near("ops_tower", 60, 150, 300))
    s.add("1999", "noise", s.t("20:30"), "鄰居在陽台唱歌很吵", None, where=s.near("eco_a", 100, 250))
    s.add("fire_alarm", "fault", s.t("21:30"), "備用電池電壓低", P, sensor="SN-FA-002")
    th = s.add("incident", "theft", s.t("21:15"), "轉運中心機車停車區機車遭竊", "T", where=s.near("transit_hub", 30, 90),
               severity="Minor")
    s.add("rule", "congestion", s.t("19:10"), "環中路車輛偵測器2 平均車速 19 km/h", None, sensor="SN-VD-HUANZHONG-02",
          severity="Minor")
    s.add("1999", "power_outage", s.t("21:05"), "會展中心附近停電一個多小時了，什麼時候來電？", P,
          where=s.near("hall_a", 200, 500, 320))
    # restoration
    for sid, sec in (("SN-SIG-005", 3), ("SN-SIG-006", 5), ("SN-SIG-004", 8)):
        s.add("signal", "restored", s.t("22:45", sec=sec), "恢復正常", P, sensor=sid)
    s.add("status", "online", s.t("22:46"), "恢復連線", P, sensor="SN-CCTV-005")
    s.add("status", "online", s.t("22:46", sec=30), "恢復連線", P, sensor="SN-CCTV-006")
    s.add("status", "online", s.t("22:47"), "恢復連線", P, sensor="SN-VD-LIMING-01")
    s.add("fire_alarm", "normal", s.t("22:48"), "復歸", P, sensor="SN-FA-002")
    s.add("fire_alarm", "normal", s.t("22:48", sec=20), "復歸", P, sensor="SN-FA-003")
    s.add("fire_alarm", "normal", s.t("22:49"), "復歸", P, sensor="SN-FA-004")
    s.add("incident", "other", s.t("22:55"), "經貿路二段黎明路口號誌恢復，撤除交管", P, where="j_jingmao_liming",
          severity="Minor", follows=tp, truth_alt="D")
    s.add("1999", "other", s.t("23:10"), "剛剛停電冰箱東西都壞了，可以申請賠償嗎", P, where=s.near("eco_a", 900, 1300, 0),
          truth_alt=None)
    s.incident(P, "infrastructure", "北區饋線停電 19:32-22:45：號誌、攝影機、偵測器、受信總機、路燈、停車場柵欄都是同一件停電", sig)
    s.incident("L", "rescue", "綠美圖電梯受困2人", l1)
    s.incident("X", "traffic", "黑燈路口側撞一人傷", x)
    s.incident("T", "public_safety", "轉運中心機車竊案", th)
    s.alternative("黑燈路口的交通指揮常由警察局另開一件交通疏導案，與台電復電分開",
                  [inc(P, "infrastructure", "北區饋線停電(設備與路燈)", sig), inc("D", "traffic", "黑燈路口交通指揮", tp),
                   inc("L", "rescue", "綠美圖電梯受困", l1), inc("X", "traffic", "黑燈路口車禍", x),
                   inc("T", "public_safety", "轉運中心機車竊案", th)])
    s.write()


def s1355():
    s = Situation(1355, "missing_elder_found_far_north", 1355, "2016-11-05")
    s.description = ("失智長者早上從中國醫大水湳校區附近住家走失，沿中央公園往北，16:25 在水湳轉運中心尋獲；"
                     "同日會展中心展覽、展場內小孩走失(另案)、河南路車禍。")
    M = "M"
    home = s.near("cmu_campus", 250, 400, 140)
    m1 = s.add("1999", "missing_person", s.t("08:41"), "我爸爸82歲失智，早上7點多從家裡走出去沒回來，穿灰色外套", M,
               where=home)
    s.dup(m1, 600)
    pm = s.add("incident", "missing_person", s.t("09:05"), "受理失智長者走失協尋，男82歲，灰外套，最後出現中國醫大水湳校區附近", M,
               where=s.near("cmu_campus", 50, 150), severity="Moderate")
    ex = s.add("planned_event", "exhibition", s.t("10:00"), "2016 台中國際自行車展(會展中心A、B館)", "E",
               where="convention", issued=s.t("09:00", day=-5), ends=s.t("18:00"), radius_m=450)
    s.add("1999", "other", s.t("10:18"), "中央公園南邊有個老先生好像迷路了，一直在問路", M,
          where=s.near("park_south", 80, 200))
    s.add("incident", "missing_person", s.t("10:37"), "中央公園南側搜尋未果，擴大搜尋範圍", M,
          where=s.near("park_south", 30, 100), severity="Moderate", follows=pm)
    s.add("rule", "congestion", s.t("10:40"), "黎明路車輛偵測器1 平均車速 13 km/h", "E", sensor="SN-VD-LIMING-01",
          severity="Moderate")
    s.add("parking", "full", s.t("11:28"), "車位已滿", "E", sensor="SN-PK-006")
    s.add("1999", "illegal_parking", s.t("11:50"), "會展中心旁邊紅線停滿車", "E", where=s.near("convention", 150, 300))
    s.add("incident", "missing_person", s.t("11:52"), "調閱經貿路監視器，長者疑沿經貿路往北行", M,
          where=s.near("j_jingmao_zhongping", 20, 80), severity="Moderate", follows=pm)
    a = s.add("incident", "accident", s.t("12:20"), "河南路二段中平路口 小客車碰撞，無人受傷，車輛移置路邊", "A",
              where=s.near("j_henan_zhongping", 20, 60), severity="Minor")
    s.add("cctv", "accident", s.t("12:19"), "事故", "A", sensor="SN-CCTV-010", confidence=0.74)
    s.add("1999", "missing_person", s.t("13:10"), "我是走失老先生的兒子，請問有消息了嗎，我從台北趕回來", M,
          where=s.near("j_taiwan_huanzhong", 200, 500), follows=m1)
    s.add("cctv", "crowding", s.t("13:40"), "人群聚集", "E", sensor="SN-CCTV-005", confidence=0.81, motion="standing")
    s.add("1999", "other", s.t("14:32"), "綠美圖門口有位阿伯坐很久，好像不知道要去哪裡", M,
          where=s.near("museumbrary", 20, 80), truth_alt=None)
    k = s.add("1999", "missing_person", s.t("15:02"), "小孩在會展中心B館走失，6歲女生穿粉紅色衣服", "K",
              where=s.near("hall_b", 10, 60))
    s.add("incident", "missing_person", s.t("15:10"), "會展中心B館女童走失協尋", "K", where=s.near("hall_b", 10, 50),
          severity="Moderate")
    s.add("incident", "missing_person", s.t("15:27"), "女童已於B館服務台尋獲，交還家長", "K", where=s.near("hall_b", 10, 50),
          severity="Minor", follows=s.items[-1]["key"])
    s.add("fire_alarm", "fault", s.t("15:40"), "受信總機 電源迴路異常", None, sensor="SN-FA-009")
    s.add("rule", "congestion", s.t("16:10"), "環中路車輛偵測器4 平均車速 20 km/h", None, sensor="SN-VD-HUANZHONG-04",
          severity="Minor")
    s.add("incident", "missing_person", s.t("16:25"), "走失長者於水湳轉運中心候車區尋獲，意識清楚", M,
          where=s.near("transit_hub", 10, 50), severity="Minor", follows=pm)
    s.add("119", "ambulance", s.t("16:31"), "水湳轉運中心 長者疑脫水，家屬要求送醫", M, where=s.near("transit_hub", 10, 50))
    s.add("1999", "missing_person", s.t("16:45"), "已尋獲，結案", M, where=home, follows=m1, status="結案")
    s.add("1999", "streetlight", s.t("17:55"), "中平路一盞路燈閃爍", None, where=s.near("j_jingmao_zhongping", 100, 300, 270))
    s.incident(M, "rescue", "失智長者走失協尋：南端住家 → 中央公園南側 → 經貿路 → 北端轉運中心尋獲送醫(約2.7 km)", m1)
    s.incident("E", "crowd", "會展中心自行車展人潮與停車", ex)
    s.incident("A", "traffic", "河南路中平路口小車碰撞", a)
    s.incident("K", "rescue", "會展B館女童走失，25分鐘尋獲", k)
    s.alternative("綠美圖門口的阿伯不一定是走失長者(描述不符)，也可能只是背景",
                  [inc(M, "rescue", "失智長者走失協尋", m1), inc("E", "crowd", "自行車展", ex),
                   inc("A", "traffic", "河南路車禍", a), inc("K", "rescue", "會展女童走失", k)])
    s.write()


def s1356():
    s = Situation(1356, "zhongping_gas_main_repair", 1356, "2016-12-08")
    s.description = ("中平路(經貿路口東側)中壓瓦斯管破裂：10:05 異味通報、封路疏散、徹夜搶修到隔日 05:40 復通；"
                     "期間河南路拋錨貨車、中國醫大水湳校區火警誤報與背景。")
    G = "G"
    g1 = s.add("1999", "gas_odor", s.t("10:05"), "中平路經貿路口附近瓦斯味很重", G,
               where=s.near("j_jingmao_zhongping", 80, 200, 90))
    s.add("1999", "gas_odor", s.t("10:12"), "學校這邊也聞到瓦斯味，很臭", G, where=s.near("cmu_campus", 20, 90))
    h = s.add("119", "hazmat", s.t("10:15"), "中平路經貿路口 疑似瓦斯外洩，派遣化學車、水箱車", G,
              where=s.near("j_jingmao_zhongping", 60, 120, 90), severity="Severe")
    rc = s.add("incident", "road_closure", s.t("10:30"), "中平路(經貿路至皇城街)雙向封閉，改道", G,
               where=s.near("j_jingmao_zhongping", 100, 150, 90), severity="Severe")
    s.add("rule", "congestion", s.t("10:45"), "中平路車輛偵測器2 平均車速 6 km/h", G, sensor="SN-VD-ZHONGPING-02",
          severity="Moderate")
    s.add("incident", "evacuation", s.t("10:52"), "中國醫大水湳校區靠中平路側大樓師生疏散", G,
          where=s.near("cmu_campus", 20, 80), severity="Severe")
    st = s.add("incident", "stalled_vehicle", s.t("11:20"), "河南路二段貨車拋錨佔用外側車道", "S",
               where=s.near("j_henan_zhongping", 300, 500, 330), severity="Minor")
    s.add("rule", "congestion", s.t("11:25"), "河南路車輛偵測器1 平均車速 16 km/h", "S", sensor="SN-VD-HENAN-01",
          severity="Minor")
    s.add("119", "hazmat", s.t("11:31"), "確認中壓瓦斯管線破裂，已關閉上游閥門，濃度下降", G,
          where=s.near("j_jingmao_zhongping", 60, 120, 90), status="on_scene", follows=h, severity="Severe")
    s.add("planned_event", "road_works", s.t("12:30"), "欣林天然氣 中平路瓦斯管線緊急搶修", G,
          where=s.near("j_jingmao_zhongping", 100, 130, 90), issued=s.t("12:05"), ends=s.t("06:00", day=1),
          radius_m=150)
    s.add("status", "offline", s.t("12:50"), "配合瓦斯管線搶修 暫停設備", None, sensor="SN-CCTV-011",
          reason="maintenance", truth_alt=G)
    s.add("119", "hazmat", s.t("13:05"), "交由瓦斯公司搶修，人車返隊", G, where=s.near("j_jingmao_zhongping", 60, 120, 90),
          status="returning", follows=h, severity="Moderate")
    s.add("1999", "other", s.t("14:20"), "中平路為什麼封起來？公車改到哪裡坐？", G, where=s.near("j_jingmao_zhongping", 400, 700, 200))
    s.add("1999", "illegal_parking", s.t("15:30"), "巷口有車擋住出入", None, where=s.near("fcu_campus", 300, 500, 270))
    s.add("rule", "congestion", s.t("17:30"), "中平路車輛偵測器2 平均車速 9 km/h", G, sensor="SN-VD-ZHONGPING-02",
          severity="Moderate")
    s.add("rule", "congestion", s.t("17:42"), "中平路車輛偵測器1 平均車速 11 km/h", G, sensor="SN-VD-ZHONGPING-01",
          severity="Minor", truth_alt=None)
    s.add("1999", "streetlight", s.t("19:00"), "河南路停車場旁路燈不亮", None, where=s.near("henan_carpark", 40, 100))
    fa = s.add("fire_alarm", "alarm", s.t("20:10"), "火警受信總機 3F 偵煙動作", "X", sensor="SN-FA-010")
    s.add("119", "fire", s.t("20:12"), "中國醫大水湳校區 火警警報，派遣水箱車2", "X", where="cmu_campus")
    s.add("fire_alarm", "normal", s.t("20:24"), "復歸", "X", sensor="SN-FA-010")
    s.add("119", "fire", s.t("20:35"), "現場為實驗室加熱油煙觸動偵煙器，誤報，返隊", "X", where="cmu_campus",
          status="closed", follows=s.items[-2]["key"])
    s.add("1999", "noise", s.t("23:42"), "半夜挖路機具好吵，中平路那邊", G, where=s.near("cmu_campus", 300, 500, 150))
    s.add("1999", "gas_odor", s.t("02:15", day=1), "又聞到瓦斯味，是不是還在漏？", G,
          where=s.near("j_jingmao_zhongping", 150, 300, 30))
    s.add("incident", "road_reopened", s.t("05:40", day=1), "中平路瓦斯管搶修完成，恢復雙向通行", G,
          where=s.near("j_jingmao_zhongping", 100, 150, 90), severity="Minor", follows=rc)
    s.add("status", "online", s.t("05:52", day=1), "恢復連線", None, sensor="SN-CCTV-011", truth_alt=G)
    s.add("1999", "noise", s.t("04:30", day=1), "狗一直叫", None, where=s.near("eco_a", 200, 400))
    s.incident(G, "hazmat", "中平路中壓瓦斯管破裂：異味、封路、疏散、徹夜搶修、隔日 05:40 復通", g1)
    s.incident("S", "traffic", "河南路貨車拋錨", st)
    s.incident("X", "fire", "中國醫大水湳校區火警(實驗室油煙誤報)，仍需派車確認", fa)
    s.alternative("攝影機因搶修停機屬於瓦斯搶修的一部分；河南中平路口的壅塞則可能只是晚高峰",
                  s.incidents)
    s.write()


if __name__ == "__main__":
    for f in (s1351, s1352, s1353, s1354, s1355, s1356):
        f()
