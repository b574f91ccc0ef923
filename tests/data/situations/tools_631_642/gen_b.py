"""Situations 637-642 (seeded; rerun reproduces the files byte for byte)."""
from lib import Sit


def s637():
    S = Sit(637, "scooter_theft_ring", "2026-10-14 18:30", 637)
    S.add(2, "parking", "full", None, "水湳轉運中心停車場 汽車位已滿", sid="SN-PK-001")
    S.congestion(3, "SN-VD-HUANZHONG-02", 23)
    # a lone theft at 河南路停車場, keys left in the ignition
    th = S.add(5, "incident", "theft", "theft_henan", "河南路停車場 機車遭竊1輛，車主自述鑰匙未拔", pos="HENAN_PK", r=40,
               sev="Minor", delay=400, alt="theft_ring")
    S.bg(8, "streetlight")
    # the ring: a white van loading scooters, hub -> FCU -> CMU
    S.add(20, "1999", "other", "theft_ring", "轉運中心機車停車場有人好像在偷機車，一台白色廂型車一直把機車搬上去",
          pos="HUB", r=50, delay=180)
    S.add(28, "incident", "theft", "theft_ring", "水湳轉運中心機車停車場 民眾報案機車遭竊1輛", pos="HUB", r=40, sev="Minor",
          delay=300)
    r1 = S.add(35, "incident", "theft", "theft_ring", "水湳轉運中心機車停車場 再一輛機車遭竊，監視器畫面見白色廂型車，車牌遮蔽，通報各分駐所注意",
               pos="HUB", r=40, sev="Moderate", delay=280)
    # crash on 環中路 by the hub entrance
    cv = S.add(50, "cctv", "stalled_vehicle", "crash_huanzhong", "路口車輛停滯", sid="SN-CCTV-004", conf=0.88)
    ca = S.add(50.5, "119", "ambulance", "crash_huanzhong", "環中路二段經貿路口 汽車與機車碰撞，機車騎士腳部受傷", pos="J_JM_HZ",
               r=25, delay=70)
    S.add(51, "1999", "traffic_accident", "crash_huanzhong", "環中路轉運中心那邊車禍，機車被撞飛", pos="J_JM_HZ", r=90, delay=210)
    cp = S.add(53, "incident", "injury_accident", "crash_huanzhong", "環中路二段/經貿路口 小客車右轉與機車碰撞，1人受傷送醫，佔用外側2車道",
               pos="J_JM_HZ", r=15, sev="Moderate", delay=330)
    S.congestion(56, "SN-VD-HUANZHONG-03", 13, truth="crash_huanzhong", sev="Moderate")
    S.add(60, "incident", "theft", "theft_ring", "逢甲大學水湳校區 中科路側機車停車區 機車2輛遭竊", pos="FCU_GATE", r=40,
          sev="Moderate", delay=420)
    S.add(64, "1999", "other", "theft_ring", "學校旁邊停的機車不見了，我同學的也不見了，是不是有人在偷", pos="FCU_GATE", r=90,
          delay=260)
    S.add(82, "incident", "other", "crash_huanzhong", "環中路/經貿路口事故排除，車道恢復", pos="J_JM_HZ", r=15, sev="Minor",
          follows=cp, delay=200)
    S.add(90, "incident", "other", "theft_ring", "巡邏發現可疑白色廂型車，環中路二段往西攔查未果，持續追查", pos=(120.6480, 24.1965),
          r=60, sev="Moderate", delay=240)
    S.add(130, "incident", "theft", "theft_ring", "中國醫藥大學水湳校區 經貿路側機車停車場 機車1輛遭竊，手法同前", pos="CMU_GATE",
          r=40, sev="Moderate", delay=360)
    S.add(136, "1999", "other", "theft_ring", "中國醫大這邊也有人機車被偷，最近怎麼這麼多", pos="CMU_GATE", r=80, delay=300)
    S.add(200, "incident", "theft", "theft_ring", "於中平路攔獲白色廂型車，車上機車4輛，逮捕2人，與今晚轉運中心、逢甲、中國醫大竊案相符",
          pos=(120.6650, 24.1752), r=40, sev="Moderate", follows=r1, delay=500)
    # background
    S.bg(15, "parking", pos="HUB_ENT")
    S.bg(40, "noise", pos="RES_B")
    S.flap("SN-CCTV-007", 70, 5)
    S.congestion(75, "SN-VD-KAIXUAN-01", 25)
    S.bg(110, "streetlight")
    S.bg(150, "clean")
    S.add(160, "1999", "noise", None, "改裝機車晚上在經貿路飆車，一直繞圈", pos=(120.6590, 24.1860), r=100)
    S.flap("SN-RG-002", 175, 12)
    S.bg(185, "parking", pos="FCU_GATE")
    S.add(210, "1999", "other", None, "轉運中心腳踏車停車區公共腳踏車壞了好幾台沒人修", pos="HUB", r=60)
    S.dup(cv, 25)
    S.sprinkle(5, 0, 220, kinds=("streetlight", "noise", "clean"), flaps=("SN-WL-004",))
    return S.write(
        "平日晚間機車竊盜集團以白色廂型車在轉運中心、逢甲水湳校區、中國醫大水湳校區接連搬走機車，21:50 於中平路攔獲；"
        "其間轉運中心前環中路口汽機車事故；傍晚河南路停車場另有一起鑰匙未拔的機車失竊。",
        [("theft_ring", "public_safety", "白色廂型車機車竊盜集團：轉運中心2輛、逢甲2輛、中國醫大1輛，攔獲並逮捕2人。", r1),
         ("crash_huanzhong", "traffic", "環中路二段/經貿路口小客車右轉與機車碰撞，1人受傷，佔用外側2車道。", ca),
         ("theft_henan", "public_safety", "河南路停車場機車失竊1輛（鑰匙未拔），個案。", th)],
        alternative=("河南路停車場 18:35 的失竊早於集團第一起約 20 分鐘、手法不同（鑰匙未拔），最可能是個案；"
                     "但攔獲的廂型車上有 4 輛機車，而集團已知竊案只有 5 輛中的部分可對上，也可能包含這一輛。",
                     [("theft_ring", "public_safety", "機車竊盜集團（含河南路停車場失竊）。", r1),
                      ("crash_huanzhong", "traffic", "環中路/經貿路口汽機車事故。", ca)]),
        notes="單一竊案在 ops center 開案與否視調度習慣；本情境以警方受理的竊案為一個小事件。")


def s638():
    S = Sit(638, "permitted_march_past_campus", "2026-11-07 13:30", 638)
    pm = S.add(30, "planned_event", "march", "march",
               "勞工權益遊行：河南路停車場集合 → 中平路 → 經貿路三段 → 綠美圖前廣場解散，14:00-16:30，申報 1,500 人",
               pos="HENAN_PK", r=30, arr=-20, ends=180)
    S.add(-210, "planned_event", "exhibition", None, "臺中國際會展中心 A 館 汽車展，10:00-18:00", pos="TICEC", r=30,
          arr=-19, ends=270)
    # signal fault at 河南路/中平路 before the march arrives
    sg = S.add(8, "signal", "fault", "signal_hn_zp", "號誌控制器異常，全向閃紅", sid="SN-SIG-010")
    S.add(12, "1999", "traffic_signal", "signal_hn_zp", "河南路中平路口紅綠燈壞了，一直閃紅燈", pos="J_HN_ZP", r=80, delay=220)
    S.add(20, "incident", "traffic_signal_fault", "signal_hn_zp", "河南路/中平路口號誌故障，已派員指揮，通知交通局維修",
          pos="J_HN_ZP", r=15, sev="Moderate", delay=200)
    cl = S.add(28, "incident", "road_closure", "march", "經貿路三段、中平路配合遊行 14:00 起分段管制", pos=(120.6598, 24.1760), r=40,
               sev="Moderate", delay=150)
    cc = S.add(35, "incident", "crowd_control", "march", "遊行隊伍自河南路停車場出發，人數約1,800人，宣傳車2輛", pos="HENAN_PK",
               r=40, sev="Moderate", delay=180)
    S.add(40, "cctv", "crowding", "march", "人群聚集", sid="SN-CCTV-010", conf=0.88)
    S.congestion(42, "SN-VD-HENAN-02", 9, truth="march", sev="Moderate")
    S.congestion(45, "SN-VD-ZHONGPING-01", 11, truth="march")
    S.add(52, "signal", "restored", "signal_hn_zp", "號誌恢復正常運作", sid="SN-SIG-010")
    S.add(60, "cctv", "crowding", "march", "人群聚集", sid="SN-CCTV-011", conf=0.85)
    S.add(62, "1999", "noise", "march", "外面遊行宣傳車很大聲，小孩在睡午覺", pos="RES_B", r=60, delay=300)
    S.add(70, "1999", "other", "march", "中平路怎麼封起來了，公車都不進站，要等多久", pos="J_JM_ZP", r=100, delay=250)
    sc = S.add(85, "incident", "public_disturbance", "march", "經貿路三段中國醫大校門前 遊行隊伍與路旁民眾口角推擠，已隔離雙方，無人受傷",
               pos="CMU_GATE", r=30, sev="Moderate", delay=240, alt="scuffle")
    S.add(88, "1999", "other", "march", "學校門口有人在吵架推來推去，警察快來", pos="CMU_GATE", r=60, delay=200, alt="scuffle")
    S.congestion(100, "SN-VD-JINGMAO-02", 12, truth="march", sev="Moderate")
    S.add(150, "cctv", "crowding", "march", "人群聚集", sid="SN-CCTV-006", conf=0.80)
    S.add(186, "incident", "road_closure", "march", "遊行於綠美圖前廣場解散，經貿路三段、中平路恢復通行", pos="GMB", r=60,
          sev="Minor", follows=cl, delay=240)
    # background
    S.bg(5, "streetlight")
    S.add(75, "parking", "full", None, "臺中國際會展中心停車場 汽車位已滿", sid="SN-PK-006")
    S.congestion(80, "SN-VD-JINGMAO-01", 21)  # car show traffic at the hub end
    S.flap("SN-VD-ZHONGKE-01", 95, 6)
    S.bg(110, "clean")
    S.bg(125, "parking", pos="FCU_GATE")
    S.bg(140, "animal")
    S.bg(165, "noise", pos="RES_A")
    S.add(200, "1999", "環境清潔", None, "遊行走完經貿路上很多傳單跟垃圾", pos=(120.6598, 24.1790), r=120)
    S.dup(cc, 40)
    S.sprinkle(5, 0, 200, kinds=("streetlight", "parking", "tree", "animal"), flaps=("SN-PK-003",))
    return S.write(
        "週六下午經許可的遊行從河南路停車場出發，沿中平路、經貿路三段經過中國醫大水湳校區，至綠美圖前解散；"
        "出發前河南路/中平路口號誌故障；校門前遊行者與路人推擠。會展中心車展平靜進行。",
        [("march", "crowd", "勞工權益遊行約1,800人，分段管制中平路、經貿路三段，沿途壅塞與宣傳車噪音，校門前短暫推擠。", cc),
         ("signal_hn_zp", "traffic", "河南路/中平路口號誌故障全向閃紅，員警指揮，約45分鐘後恢復。", sg)],
        alternative=("校門前推擠發生在遊行隊伍中，調度員可併入遊行事件（同一批警力處理），也可另開治安事件（妨害秩序需另案偵辦）。",
                     [("march", "crowd", "勞工權益遊行（不含推擠）。", cc),
                      ("scuffle", "public_safety", "中國醫大校門前遊行者與民眾推擠，已隔離。", sc),
                      ("signal_hn_zp", "traffic", "河南路/中平路口號誌故障。", sg)]),
        notes="遊行後散落的傳單垃圾為清潔陳情，不掛入事件。")


def s639():
    S = Sit(639, "thunderstorm_underpass_carpark", "2026-07-21 14:30", 639)
    S.add(20, "rule", "heavy_rain", None, "中央公園雨量站 1小時雨量 44 mm，達大雨標準", sid="SN-RG-001", sev="Moderate", level="大雨")
    S.add(25, "rule", "heavy_rain", None, "西屯 1小時雨量 41 mm，達大雨標準", sid="C0F9T0", sev="Moderate", level="大雨")
    S.add(30, "rule", "heavy_rain", None, "水湳轉運中心雨量站 1小時雨量 52 mm，達大雨標準", sid="SN-RG-002", sev="Moderate",
          level="大雨")
    S.flap("SN-RG-003", 22, 15, reason="雷擊後通訊中斷")
    # underpass at 中清/環中
    S.add(38, "rule", "flood_depth", "zq_underpass", "中清環中路口地下道 淹水深度 9 cm", sid="SN-FL-006", sev="Minor",
          level="1-15")
    # campus underpass by FCU
    u1 = S.add(40, "1999", "flooding", "fcu_underpass", "逢甲水湳校區中科路旁地下通道淹水，機車騎進去熄火了", pos=(120.6533, 24.1812),
               r=40, delay=200)
    S.add(45, "1999", "flooding", "carpark_n", "中央公園地下停車場入口斜坡一直有水往下灌", pos=(120.6568, 24.1887),
          r=40, delay=230)
    up = S.add(47, "incident", "flooding_report", "fcu_underpass", "中科路 逢甲水湳校區地下道積水約40公分，已封閉禁止通行",
               pos=(120.6533, 24.1812), r=15, sev="Severe", delay=220)
    S.add(49, "incident", "road_closure", "fcu_underpass", "中科路校區地下道雙向封閉", pos=(120.6533, 24.1812), r=15,
          sev="Moderate", delay=200)
    S.add(48, "rule", "flood_depth", None, "中央公園滯洪池1 淹水深度 24 cm", sid="SN-FL-001", sev="Moderate", level="16-30",
          alt="carpark_n")
    zq = S.add(52, "rule", "flood_depth", "zq_underpass", "中清環中路口地下道 淹水深度 21 cm", sid="SN-FL-006", sev="Moderate",
               level="16-30")
    S.add(52.5, "fire_alarm", "fault", "carpark_n", "B2 泵浦控制盤 受潮異常", sid="SN-FA-007")
    S.add(55, "rule", "water_level", None, "中央公園北滯洪池水位 2.1 m，達三級警戒", sid="SN-WL-001", sev="Moderate", level="3",
          alt="carpark_n")
    S.add(55, "rule", "flood_depth", None, "經貿路低窪處 淹水深度 8 cm", sid="SN-FL-008", sev="Minor", level="1-15")
    cp = S.add(56, "incident", "flooding_report", "carpark_n", "中央公園地下停車場(北) B1 積水約30公分，車輛受困3輛，入口已管制",
               pos=(120.6567, 24.1886), r=20, sev="Severe", delay=240)
    S.add(58, "1999", "flooding", "fcu_underpass", "學生被困在地下道另一頭出不來，水到膝蓋了", pos=(120.6531, 24.1815), r=40,
          delay=180)
    S.add(60, "119", "rescue", "fcu_underpass", "中科路校區地下道 機車騎士受困，水深及膝，派員救助", pos=(120.6533, 24.1812), r=15,
          delay=90)
    S.add(61, "119", "rescue", "carpark_n", "中央公園地下停車場(北) 車內受困民眾1人，協助脫困", pos=(120.6567, 24.1886), r=20,
          delay=80)
    S.add(62, "status", "offline", "carpark_n", "中央公園地下停車場(北) 離線（市電中斷）", sid="SN-PK-004")
    S.add(64, "rule", "flood_depth", "zq_underpass", "中清環中路口地下道 淹水深度 34 cm", sid="SN-FL-006", sev="Severe", level=">30")
    S.add(66, "cctv", "stalled_vehicle", "zq_underpass", "路口車輛停滯", sid="SN-CCTV-008", conf=0.80)
    S.add(70, "incident", "stalled_vehicle", "zq_underpass", "中清環中路口地下道 小客車涉水熄火，駕駛已自行離車，地下道封閉",
          pos="J_ZQ_HZ", r=20, sev="Moderate", delay=260)
    # fallen tree on 黎明路
    tr = S.add(70, "1999", "fallen_tree", "tree_liming", "黎明路三段路樹被風吹倒，擋住兩個車道", pos=(120.6515, 24.1947), r=50,
               delay=200)
    S.congestion(72, "SN-VD-ZHONGQING-01", 12, truth="zq_underpass", sev="Moderate")
    S.add(75, "incident", "fallen_object", "tree_liming", "黎明路三段 路樹倒塌佔用內側2車道，已通報養工處", pos=(120.6515, 24.1947),
          r=15, sev="Moderate", delay=240)
    S.congestion(78, "SN-VD-LIMING-01", 14, truth="tree_liming")
    S.add(80, "rule", "heavy_rain", None, "中央公園雨量站 1小時雨量 61 mm，達大雨標準", sid="SN-RG-001", sev="Moderate", level="大雨")
    S.add(95, "rule", "cleared", None, "經貿路低窪處 淹水深度低於 1 cm，警戒解除", sid="SN-FL-008", sev="Minor")
    S.add(98, "1999", "flooding", "carpark_n", "公園停車場裡面我的車泡水了，什麼時候可以進去開", pos=(120.6560, 24.1890), r=60,
          delay=400)
    S.add(110, "1999", "blocked_drain", None, "河南路水溝蓋被落葉堵住，雨停了還有積水", pos="HENAN_PK", r=80)
    S.add(120, "incident", "other", "fcu_underpass", "中科路校區地下道積水已退，恢復通行", pos=(120.6533, 24.1812), r=15,
          sev="Minor", follows=up, delay=200)
    S.add(130, "incident", "other", "tree_liming", "黎明路三段倒樹清除完畢，恢復通行", pos=(120.6515, 24.1947), r=15, sev="Minor",
          delay=200)
    S.add(140, "rule", "cleared", "zq_underpass", "中清環中路口地下道 淹水深度低於 1 cm，警戒解除", sid="SN-FL-006", sev="Minor")
    S.add(150, "status", "online", "carpark_n", "中央公園地下停車場(北) 恢復連線", sid="SN-PK-004")
    S.add(155, "incident", "other", "carpark_n", "中央公園地下停車場(北) 抽水完畢，受困車輛已移出，仍管制進入", pos=(120.6567, 24.1886),
          r=20, sev="Minor", follows=cp, delay=300)
    S.bg(10, "streetlight")
    S.bg(100, "streetlight")
    S.bg(125, "parking")
    S.dup(zq, 30)
    S.sprinkle(4, 0, 160, kinds=("streetlight", "parking", "noise"), flaps=())
    return S.write(
        "夏日午後雷陣雨：逢甲水湳校區中科路地下道淹水、騎士受困；中央公園地下停車場(北)入口進水、車輛受困；"
        "中清環中路口地下道積水逾 30 公分、車輛熄火；黎明路三段路樹倒塌。滯洪池依設計蓄水。",
        [("fcu_underpass", "flood", "中科路逢甲水湳校區地下道積水約40公分，封閉，機車騎士受困救出。", up),
         ("carpark_n", "flood", "中央公園地下停車場(北)入口進水，B1積水約30公分，車輛受困，1人救出。", cp),
         ("zq_underpass", "flood", "中清環中路口地下道積水逾30公分，小客車熄火，封閉。", zq),
         ("tree_liming", "traffic", "黎明路三段路樹倒塌佔用2車道。", tr)],
        alternative=("滯洪池1 與北滯洪池水位警戒距地下停車場(北)不到 100 公尺：可讀為滯洪池依設計蓄水（不開案，持續監看），"
                     "也可讀為停車場進水的同一片積水來源而併入停車場事件。",
                     [("fcu_underpass", "flood", "中科路校區地下道積水。", up),
                      ("carpark_n", "flood", "中央公園地下停車場(北)進水（含北滯洪池蓄水警戒）。", cp),
                      ("zq_underpass", "flood", "中清環中路口地下道積水。", zq),
                      ("tree_liming", "traffic", "黎明路三段路樹倒塌。", tr)]),
        notes="全區大雨特報（heavy_rain）為背景條件，不屬單一事件。經貿路低窪處 8 公分短暫積水、無人陳情，未開案。")


def s640():
    S = Sit(640, "power_dip_lifts_signals", "2026-08-05 14:00", 640)
    S.add(-240, "planned_event", "road_works", None, "中平路管線遷移工程，09:00-17:00，佔用北側一車道", pos=(120.6570, 24.1722),
          r=60, arr=-200, ends=180)
    S.add(2, "parking", "full", None, "臺中國際會展中心停車場 汽車位已滿", sid="SN-PK-006")
    S.bg(4, "parking", pos="J_JM_7")
    # the dip at 14:10
    S.add(10, "status", "offline", "power_dip", "經貿路車輛偵測器1 離線（市電中斷）", sid="SN-VD-JINGMAO-01", delay=6)
    pf = S.add(10, "fire_alarm", "fault", "power_dip", "主電源（市電）中斷，切換備用電池", sid="SN-FA-004", delay=8)
    S.add(10, "fire_alarm", "fault", "power_dip", "主電源異常，切換備用電源", sid="SN-FA-002", delay=9)
    sa = S.add(10, "signal", "fault", "power_dip", "號誌控制器 電源中斷 黑燈", sid="SN-SIG-005", delay=12, alt="signals_dark")
    S.add(10, "signal", "fault", "power_dip", "號誌控制器 電源中斷 黑燈", sid="SN-SIG-004", delay=14, alt="signals_dark")
    S.add(10, "signal", "fault", "power_dip", "號誌控制器 電源中斷 黑燈", sid="SN-SIG-006", delay=15, alt="signals_dark")
    S.add(10, "status", "offline", "power_dip", "經貿路二段/黎明路三段 路口監視器 離線（市電中斷）", sid="SN-CCTV-005", delay=16)
    S.add(10, "status", "offline", "power_dip", "經貿路二段/經貿七路 路口監視器 離線（市電中斷）", sid="SN-CCTV-006", delay=17)
    S.add(10, "fire_alarm", "fault", "power_dip", "主電源異常，切換備用電源", sid="SN-FA-005", delay=20)
    S.add(10, "status", "offline", "power_dip", "黎明路車輛偵測器1 離線（市電中斷）", sid="SN-VD-LIMING-01", delay=22)
    S.add(10, "fire_alarm", "fault", "power_dip", "主電源異常，切換備用電源", sid="SN-FA-001", delay=25)
    lf = S.add(12, "119", "rescue", "lift_gmb", "臺中綠美圖 停電電梯受困，4人（含1名孩童）受困於3F、4F間", pos="GMB", r=20, delay=60)
    S.add(12.5, "1999", "traffic_signal", "power_dip", "經貿路黎明路口紅綠燈全部不亮，大家都在搶", pos="J_JM_LM", r=70, delay=150,
          alt="signals_dark")
    S.add(13, "1999", "other", "lift_gmb", "綠美圖突然停電，電梯停住了，裡面有人在按警鈴", pos="GMB", r=40, delay=200)
    S.add(14, "1999", "other", "power_dip", "會展中心電梯停了一下又好了，嚇一跳，是停電嗎", pos="TICEC", r=40, delay=260)
    S.add(14, "incident", "traffic_signal_fault", "power_dip", "經貿路二段沿線（環中路至經貿七路）號誌全暗，派員指揮",
          pos="J_JM_LM", r=60, sev="Moderate", delay=180, alt="signals_dark")
    # crash at the dark junction
    ca = S.add(15, "119", "ambulance", "crash_dark", "經貿路與黎明路口 車禍，機車騎士擦傷", pos="J_JM_LM", r=25, delay=70)
    S.add(16, "1999", "traffic_accident", "crash_dark", "黎明路口紅綠燈不亮，汽車跟機車撞到了", pos="J_JM_LM", r=60, delay=200)
    S.congestion(16, "SN-VD-JINGMAO-01", 13, truth="power_dip", sev="Moderate", alt="signals_dark")
    S.add(17, "incident", "accident", "crash_dark", "經貿路二段/黎明路三段口 號誌黑燈，小客車與機車碰撞，1人輕傷", pos="J_JM_LM",
          r=15, sev="Moderate", delay=300)
    # power back after about 7 minutes
    for sid, txt in (("SN-VD-JINGMAO-01", "經貿路車輛偵測器1 恢復連線"), ("SN-CCTV-005", "經貿路二段/黎明路三段 路口監視器 恢復連線"),
                     ("SN-CCTV-006", "經貿路二段/經貿七路 路口監視器 恢復連線"), ("SN-VD-LIMING-01", "黎明路車輛偵測器1 恢復連線")):
        S.add(17.2, "status", "online", "power_dip", txt, sid=sid)
    S.add(17.1, "signal", "restored", "power_dip", "號誌恢復正常運作", sid="SN-SIG-005", alt="signals_dark")
    S.add(17.1, "signal", "restored", "power_dip", "號誌恢復正常運作", sid="SN-SIG-004", alt="signals_dark")
    for sid in ("SN-FA-004", "SN-FA-002", "SN-FA-005", "SN-FA-001"):
        S.add(17.3, "fire_alarm", "normal", "power_dip", "主電源 復歸", sid=sid)
    S.add(28, "119", "rescue", "lift_gmb", "綠美圖電梯受困民眾4人已全數救出，無人受傷", pos="GMB", r=20, follows=lf, delay=90)
    S.add(30, "1999", "traffic_signal", "power_dip", "經貿七路口號誌還在閃黃燈，其他路口都好了", pos="J_JM_7", r=60, delay=240,
          alt="signals_dark")
    S.add(48, "signal", "restored", "power_dip", "號誌恢復正常運作（控制器重置）", sid="SN-SIG-006", alt="signals_dark")
    S.add(45, "incident", "other", "crash_dark", "經貿路/黎明路口事故處理完畢", pos="J_JM_LM", r=15, sev="Minor", delay=200)
    # background
    S.flap("SN-VD-HENAN-01", 40, 5)
    S.bg(25, "noise", pos="RES_B")
    S.bg(35, "streetlight")
    S.congestion(52, "SN-VD-ZHONGPING-02", 24)  # road works
    S.bg(55, "clean")
    S.bg(58, "tree")
    S.dup(sa, 50)
    S.sprinkle(5, 0, 60, kinds=("streetlight", "parking", "clean", "tree"), flaps=("SN-WL-004",))
    return S.write(
        "平日下午 14:10 北側園區電壓驟降約 7 分鐘：綠美圖電梯受困 4 人、經貿路二段三個路口號誌黑燈、設備離線與消防主機切換備用電源；"
        "黑燈的經貿路/黎明路口汽機車碰撞；經貿七路口號誌直到控制器重置才恢復。",
        [("power_dip", "infrastructure", "北側園區壓降停電約7分鐘：號誌黑燈3處、監視器與偵測器離線、消防主機切換備用電源，經貿七路號誌延後恢復。", pf),
         ("lift_gmb", "rescue", "綠美圖電梯停電受困4人（含1名孩童），全數救出無傷。", lf),
         ("crash_dark", "traffic", "號誌黑燈的經貿路/黎明路口小客車與機車碰撞，1人輕傷。", ca)],
        alternative=("號誌黑燈由交通局與員警另行處理：調度員可能把三個路口的號誌故障、相關 1999 與壅塞另開一個交通事件，"
                     "而不是全部歸入停電事件。",
                     [("power_dip", "infrastructure", "北側園區壓降停電（設備離線、消防主機切換備用電源）。", pf),
                      ("signals_dark", "traffic", "經貿路二段三個路口號誌黑燈，員警指揮，經貿七路口延後恢復。", sa),
                      ("lift_gmb", "rescue", "綠美圖電梯受困4人。", lf),
                      ("crash_dark", "traffic", "經貿路/黎明路口汽機車碰撞。", ca)]),
        notes="設備恢復連線與主機復歸屬停電事件的結束證據。")


def s641():
    S = Sit(641, "bus_breakdown_hub_entrance", "2026-09-16 17:20", 641)
    S.congestion(3, "SN-VD-HENAN-01", 24)
    S.bg(5, "parking", pos="HUB_ENT")
    S.flap("SN-VD-ZHONGQING-02", 8, 4)
    # the broken-down coach at the hub's 經貿路 entrance; the camera clock runs 7 minutes slow
    cv = S.add(15, "cctv", "stalled_vehicle", "bus_hub", "轉運中心入口 大型車停滯", sid="SN-CCTV-004", conf=0.91, skew=-420)
    bp = S.add(17, "incident", "stalled_vehicle", "bus_hub", "水湳轉運中心經貿路側入口 國道客運引擎故障拋錨，堵住進出口，客運業者已叫拖吊",
               pos="HUB_ENT", r=15, sev="Moderate", delay=200)
    S.add(18, "1999", "other", "bus_hub", "轉運中心入口被一台客運擋住，公車都進不去，排到環中路上了", pos="HUB_ENT", r=60, delay=260)
    S.congestion(22, "SN-VD-JINGMAO-01", 10, truth="bus_hub", sev="Moderate")
    S.congestion(25, "SN-VD-HUANZHONG-03", 16, truth="bus_hub", sev="Moderate")
    S.congestion(30, "SN-VD-HUANZHONG-02", 21, truth=None, alt="bus_hub")
    # taxi and scooter in the queue at 經貿路/黎明路, 300 m south
    a1 = S.add(35, "1999", "traffic_accident", "crash_jm_lm", "經貿路黎明路口機車跟計程車擦撞，機車倒地", pos="J_JM_LM", r=60,
               delay=190)
    S.add(35.5, "cctv", "stalled_vehicle", "crash_jm_lm", "路口車輛停滯", sid="SN-CCTV-005", conf=0.74)
    S.add(40, "incident", "injury_accident", "crash_jm_lm", "經貿路二段/黎明路三段 計程車與機車擦撞，機車騎士手部擦傷，拒絕送醫",
          pos="J_JM_LM", r=15, sev="Minor", delay=400)
    # passenger faints in the waiting hall
    fh = S.add(45, "119", "ambulance", "faint_hub", "水湳轉運中心候車大廳 女性乘客約30歲昏倒，有意識", pos="HUB", r=25, delay=80)
    S.add(50, "1999", "crowding", "bus_hub", "轉運中心公車站一堆人等不到車，月台擠滿了", pos="HUB", r=40, delay=220)
    S.add(55, "incident", "other", "bus_hub", "拖吊車抵達轉運中心入口，準備拖離故障客運", pos="HUB_ENT", r=15, sev="Minor",
          follows=bp, delay=180)
    S.add(58, "incident", "other", "crash_jm_lm", "經貿路/黎明路口擦撞案處理完畢", pos="J_JM_LM", r=15, sev="Minor", delay=200)
    S.add(60, "parking", "full", None, "水湳轉運中心停車場 汽車位已滿", sid="SN-PK-001")
    S.add(75, "incident", "other", "bus_hub", "故障客運已拖離，轉運中心入口恢復通行", pos="HUB_ENT", r=15, sev="Minor", follows=bp,
          delay=200)
    S.congestion(82, "SN-VD-JINGMAO-01", 24)  # ordinary evening peak after the tow
    S.bg(40, "streetlight")
    S.bg(62, "noise", pos="RES_A")
    S.add(66, "1999", "illegal_parking", None, "轉運中心外面計程車排班排到車道上", pos="HUB_ENT", r=80)
    S.bg(70, "clean", pos="HUB")
    S.flap("SN-CCTV-010", 72, 3)
    S.bg(86, "streetlight")
    S.dup(cv, 20)
    S.sprinkle(7, 0, 90, flaps=("SN-RG-003", "SN-VD-HENAN-02"))
    return S.write(
        "平日傍晚尖峰一輛國道客運在水湳轉運中心經貿路側入口拋錨，堵住公車進出約一小時，經貿路與環中路回堵；"
        "車陣中經貿路/黎明路口計程車與機車擦撞；候車大廳一名乘客昏倒。",
        [("bus_hub", "traffic", "國道客運於轉運中心經貿路側入口拋錨，堵住進出口，經貿路、環中路回堵，月台候車人潮，拖離後恢復。", bp),
         ("crash_jm_lm", "traffic", "經貿路/黎明路口計程車與機車擦撞，騎士擦傷拒絕送醫。", a1),
         ("faint_hub", "rescue", "轉運中心候車大廳乘客昏倒，救護處理。", fh)],
        alternative=("環中路車輛偵測器2（凱旋路側，距入口約 600 公尺）的壅塞可能是客運拋錨的回堵末端，也可能只是一般傍晚尖峰。",
                     [("bus_hub", "traffic", "國道客運轉運中心入口拋錨（含環中路凱旋路側回堵）。", bp),
                      ("crash_jm_lm", "traffic", "經貿路/黎明路口擦撞。", a1),
                      ("faint_hub", "rescue", "轉運中心乘客昏倒。", fh)]),
        notes="經貿路/環中路口監視器時鐘慢約 7 分鐘（observed 早於實際）。轉運中心停車場滿為傍晚例行。")


def s642():
    S = Sit(642, "busy_saturday_small_jobs", "2026-12-05 10:00", 642)
    S.add(0, "planned_event", "exhibition", None, "臺中國際會展中心 A、B 館 聖誕市集暨文創展，10:00-18:00，預估 20,000 人次",
          pos="TICEC", r=30, arr=-30, ends=480)
    S.add(15, "fire_alarm", "fault", None, "B棟 2F 偵煙探測器 迴路故障", sid="SN-FA-003")
    S.bg(20, "streetlight")
    lp = S.add(40, "incident", "other", "lost_child", "臺中綠美圖 1F 民眾報案 5歲男童走失，穿紅色外套，館方已廣播", pos="GMB", r=20,
          sev="Moderate", delay=180)
    lc = S.add(44, "1999", "other", "lost_child", "綠美圖在廣播找一個穿紅外套的小男生，我們在外面廣場幫忙找", pos="GMB", r=70,
               delay=200)
    S.add(48, "1999", "crowding", None, "綠美圖前面廣場一大群人聚在一起，是不是出了什麼事", pos=(120.6566, 24.1922), r=40, delay=240)
    # burnt pot in residential block A
    fa = S.add(55, "fire_alarm", "alarm", "pot_res_a", "A區 7F 住戶 偵煙探測器動作", sid="SN-FA-011")
    S.add(57, "1999", "fire_smoke", "pot_res_a", "生態住宅A區7樓有煙從窗戶冒出來，很重的燒焦味", pos="RES_A", r=50, delay=170)
    f1 = S.add(58, "119", "fire", "pot_res_a", "水湳生態住宅A區 7樓住戶 疑似廚房火警，派遣水湳分隊", pos="RES_A", r=15, delay=60)
    S.add(60, "parking", "full", None, "臺中國際會展中心停車場 汽車位已滿", sid="SN-PK-006")
    S.add(62, "incident", "other", "lost_child", "走失男童已於綠美圖3F兒童區尋獲，交還家屬", pos="GMB", r=20, sev="Minor",
          delay=150)
    S.add(70, "119", "fire", "pot_res_a", "鍋具燒焦，住戶外出忘記關火，無延燒，排煙中", pos="RES_A", r=15, follows=f1, delay=100)
    S.congestion(70, "SN-VD-JINGMAO-01", 19)
    S.add(80, "fire_alarm", "normal", "pot_res_a", "A區 7F 偵煙探測器 復歸", sid="SN-FA-011")
    S.add(80, "parking", "full", None, "經貿六停車場 汽車位已滿", sid="SN-PK-002")
    # scooter crash at 中科路/環中路
    cv = S.add(100, "cctv", "stalled_vehicle", "crash_zk_hz", "路口車輛停滯", sid="SN-CCTV-003", conf=0.72)
    ca = S.add(100.5, "119", "ambulance", "crash_zk_hz", "中科路與環中路口 機車騎士倒地，右腳開放性傷口", pos="J_ZK_HZ", r=20,
               delay=70)
    S.add(103, "incident", "injury_accident", "crash_zk_hz", "中科路/環中路二段口 小貨車與機車碰撞，1人受傷送醫，佔用中科路南向車道",
          pos="J_ZK_HZ", r=15, sev="Moderate", delay=330)
    S.congestion(106, "SN-VD-HUANZHONG-02", 15, truth="crash_zk_hz")
    S.add(108, "1999", "traffic_accident", "crash_zk_hz", "中科路環中路口有車禍，救護車到了，車子回堵很長", pos="J_ZK_HZ", r=100,
          delay=250)
    S.add(140, "incident", "other", "crash_zk_hz", "中科路/環中路口事故排除，恢復通行", pos="J_ZK_HZ", r=15, sev="Minor",
          delay=200)
    # background
    S.bg(30, "noise", pos="RES_B")
    S.flap("SN-VD-KAIXUAN-02", 35, 5)
    S.bg(75, "parking", pos="J_JM_7")
    S.bg(90, "clean", pos="TICEC")
    S.add(95, "1999", "other", None, "綠美圖的廁所排很長，可不可以多開幾間", pos="GMB", r=40)
    S.bg(120, "tree")
    S.congestion(125, "SN-VD-LIMING-01", 22)
    S.add(150, "fire_alarm", "normal", None, "B棟 2F 迴路 復歸", sid="SN-FA-003")
    S.bg(160, "animal")
    S.bg(170, "streetlight")
    S.dup(fa, 30)
    S.sprinkle(6, 0, 180, kinds=("streetlight", "noise", "clean", "animal"), flaps=("SN-WL-002",))
    return S.write(
        "12 月週六，會展中心聖誕市集與綠美圖週末人潮如常：綠美圖男童走失 20 分鐘後尋獲；約 800 公尺外生態住宅 A 區住戶燒焦鍋具觸發火警；"
        "中科路/環中路口小貨車與機車碰撞。停車場滿與車流為市集例行影響。",
        [("lost_child", "rescue", "綠美圖5歲男童走失，館方廣播、警方協尋，約20分鐘後於3F兒童區尋獲。", lp),
         ("pot_res_a", "fire", "生態住宅A區7樓住戶外出忘關火，鍋具燒焦冒煙，無延燒。", fa),
         ("crash_zk_hz", "traffic", "中科路/環中路口小貨車與機車碰撞，1人受傷送醫。", ca)],
        notes="市集許可、停車場滿、例行壅塞屬平靜進行的活動，不開人潮事件。")


if __name__ == "__main__":
    for f in (s637, s638, s639, s640, s641, s642):
        print(*f())
