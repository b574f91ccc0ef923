"""Situations 1951-1956 (seeded)."""
from lib import Sit, case119, offset, along, pt, inc


def s1951():
    s = Sit(1951, "multi_casualty_crash_huanzhong", "2026-05-12T09:38:00Z", 1951,
            "傍晚下班尖峰，環中路二段與中科路口轎車闖紅燈撞上兩部機車，3人受傷，119 派出三部救護車與一組救助隊；"
            "17 分鐘後回堵車陣在經貿路口再發生一起無人受傷的追撞。")
    X = "環中中科"
    A, B = "crash_zhongke", "rear_end_jingmao"
    s.add("cctv", "accident", 0.2, A, "環中路二段/中科路口 偵測到車輛碰撞", sensor_id="SN-CCTV-003", confidence=0.81)
    s.add("cctv", "stalled_vehicle", 1.0, A, "路口中央車輛停滯", sensor_id="SN-CCTV-003", confidence=0.74)
    k1 = s.add("1999", "traffic_accident", 0.8, A, "環中路中科路口轎車撞機車，好幾個人倒在地上，有一個在流血，快叫救護車",
               pos=X, scatter=(20, 90), delay=95)
    s.dup(k1, 41)
    a1 = case119(s, "A0512031", "ambulance", X, A, [
        (1.5, None, "環中路二段與中科路口車禍，機車騎士倒地意識不清，派遣水湳分隊救護車"),
        (8.0, "on_scene", "水湳91 抵達現場，騎士GCS 9，頸椎固定"),
        (24.0, "returning", "傷患送往中國醫藥大學附設醫院，返隊"),
        (61.0, "closed", "本案結案")])
    case119(s, "A0512032", "rescue", X, A, [
        (2.0, None, "同上車禍，機車卡於轎車前保險桿下方，派遣特搜救助車協助"),
        (9.5, "on_scene", "救助隊抵達，使用頂升器具移除機車"),
        (31.0, "closed", "救助完成，人員返隊")])
    case119(s, "A0512033", "ambulance", X, A, [
        (2.6, None, "同一車禍第二名傷者（機車後座乘客）左小腿疑似開放性骨折，加派北屯分隊救護車"),
        (11.0, "on_scene", "北屯92 抵達"),
        (27.0, "returning", "送往臺中榮總")])
    case119(s, "A0512034", "ambulance", X, A, [
        (4.1, None, "轎車駕駛胸部撞擊方向盤，主訴胸痛，加派西屯分隊救護車"),
        (13.5, "on_scene", "西屯91 抵達"),
        (33.0, "returning", "送往中國醫藥大學附設醫院")])
    p1 = s.add("incident", "injury_accident", 3.0, A, "環中路二段/中科路口 自小客車與機車2部碰撞，3人受傷送醫，現場管制中",
               pos=offset(X, 8, -6), severity="Severe", delay=150)
    s.add("incident", "road_closure", 12.0, A, "環中路二段往東內側二車道封閉，車輛請改行黎明路",
          pos=offset(X, -40, -10), severity="Moderate", follows=p1)
    s.add("rule", "congestion", 9.0, A, "環中路車輛偵測器2 平均車速 14 km/h，低於門檻", sensor_id="SN-VD-HUANZHONG-02")
    s.add("rule", "congestion", 14.0, A, "經貿路車輛偵測器1 平均車速 11 km/h，低於門檻", sensor_id="SN-VD-JINGMAO-01")
    s.add("1999", "traffic_accident", 3.5, A, "我在轉運中心四樓往外看，環中路那邊好像出車禍了，救護車已經來兩台",
          pos="轉運中心", scatter=(10, 40))
    s.add("1999", "traffic_accident", 2.2, A, "中清路環中路口那邊車禍，有人躺在地上（民眾說不清路口）",
          pos="中清環中", scatter=(30, 150))
    s.add("1999", "other", 20.0, A, "環中路整個塞住不動，前面到底發生什麼事", pos=offset(X, -500, -160), scatter=(0, 80))
    # secondary rear-end in the queue
    b1 = s.add("incident", "accident", 17.0, B, "環中路二段/經貿路二段口 因前方事故回堵，自小客車2部追撞，無人受傷，當事人自行處理中",
               pos=offset("經貿環中", -30, -10), severity="Minor", alt=A, delay=240)
    s.add("cctv", "stalled_vehicle", 17.4, B, "路口西側車道車輛停滯", sensor_id="SN-CCTV-004", confidence=0.68, alt=A)
    s.add("1999", "traffic_accident", 18.5, B, "經貿路跟環中路口又撞一台，兩台車停在內線", pos="經貿環中", scatter=(20, 100), alt=A)
    s.add("incident", "road_reopened", 72.0, A, "環中路二段/中科路口事故排除，恢復通行", pos=X, severity="Minor", follows=p1)
    s.add("rule", "cleared", 80.0, A, "環中路車輛偵測器2 車速恢復", sensor_id="SN-VD-HUANZHONG-02")
    # background
    s.add("parking", "full", 10.0, None, "水湳轉運中心停車場 車位已滿", sensor_id="SN-PK-001")
    s.add("rule", "congestion", 5.0, None, "中平路車輛偵測器2 平均車速 18 km/h，低於門檻", sensor_id="SN-VD-ZHONGPING-02")
    s.add("1999", "streetlight", 30.0, None, "黎明路三段人行道一盞路燈一閃一閃", pos=along("黎明凱旋", "經貿黎明", 0.4), scatter=(0, 30))
    s.add("1999", "noise", 45.0, None, "樓下餐廳排風機很吵", pos="生態A", scatter=(20, 60))
    s.inc(A, "traffic", "環中路二段/中科路口 轎車撞兩部機車，3 傷，三部救護車加一組救助隊都是同一現場同一件事故", a1)
    s.inc(B, "traffic", "回堵車陣尾端（環中路/經貿路口）二車追撞，無人受傷，需另派員處理", b1)
    s.set_alt("二次追撞發生在主事故的回堵車陣裡，現場員警可能一併處理、不另開案。", [
        inc(A, "traffic", "主事故與回堵中的二次追撞合為一案", a1)])
    s.note("從轉運中心樓上看到的民眾與說錯路口（中清路）的民眾都屬主事故；傷者雖多，救護車各自派案但屬同一案。")
    s.write()


def s1952():
    s = Sit(1952, "two_patients_eco_block_a", "2026-03-03T05:50:00Z", 1952,
            "水湳生態住宅 A區（經貿路三段）下午 7 樓 86 歲婦人浴室跌倒，16 分鐘後同棟 12 樓另一戶男子胸痛冒冷汗，"
            "兩戶各自叫救護車；第二部救護車到場時中庭車道被住戶車輛擋住。")
    X = "生態A"
    A, B = "fall_7f", "chest_pain_12f"
    k0 = s.add("1999", "rescue", -0.5, A, "我媽住水湳生態住宅A區7樓，剛剛打電話說在浴室跌倒爬不起來，我人在逢甲趕不過去，拜託派人",
               pos="逢甲水湳", scatter=(100, 400))
    a1 = case119(s, "E0303011", "ambulance", X, A, [
        (0.0, None, "北屯區經貿路三段 水湳生態住宅A區7樓，86歲女性浴室跌倒，疑髖部骨折，派遣水湳分隊救護車"),
        (7.0, "on_scene", "水湳91 抵達，管理員協助開門"),
        (22.0, "returning", "傷患送往中國醫藥大學附設醫院"),
        (55.0, "closed", "結案")], scatter=(0, 15))
    s.dup(a1 + "-on_scene1", 30)
    s.add("1999", "rescue", 1.0, A, "隔壁阿嬤在叫救命，好像跌倒了，門鎖著", pos=X, scatter=(5, 25))
    b0 = s.add("1999", "rescue", 15.5, B, "我先生胸口很痛一直冒冷汗，我們住A區12樓，剛剛樓下好像已經有救護車了是不是可以先上來",
               pos=X, scatter=(5, 25), alt=A)
    b1 = case119(s, "E0303019", "ambulance", X, B, [
        (16.0, None, "北屯區經貿路三段 水湳生態住宅A區12樓，58歲男性胸痛冒冷汗，疑急性心肌梗塞，水湳分隊出勤中，派遣北屯分隊救護車"),
        (26.0, "on_scene", "北屯91 抵達，12導程心電圖傳送醫院"),
        (41.0, "returning", "送往臺中榮總，啟動心導管"),
        (80.0, "closed", "結案")], scatter=(0, 15), alt=A)
    s.add("1999", "illegal_parking", 24.0, B, "社區中庭車道被住戶的車擋住，救護車進不來，管理室廣播也沒人移",
          pos=offset(X, -35, 10), alt=A)
    s.add("incident", "other", 27.0, B, "經貿路三段社區車道違停影響救護車進出，已聯繫車主移置", pos=offset(X, -40, 12),
          severity="Minor", alt=A)
    # background
    s.add("fire_alarm", "fault", 33.0, None, "B1 泵浦室 偵測迴路異常", sensor_id="SN-FA-011")
    s.add("fire_alarm", "normal", 58.0, None, "復歸", sensor_id="SN-FA-011")
    s.add("rule", "congestion", 40.0, None, "經貿路車輛偵測器2 平均車速 19 km/h，低於門檻", sensor_id="SN-VD-JINGMAO-02")
    s.add("parking", "full", 12.0, None, "中央公園地下停車場(北) 車位已滿", sensor_id="SN-PK-004")
    s.add("1999", "streetlight", 5.0, None, "敦化路一段路燈白天一直亮著", pos="生態B", scatter=(30, 100))
    s.add("rule", "congestion", 62.0, None, "中清路車輛偵測器2 平均車速 17 km/h，低於門檻", sensor_id="SN-VD-ZHONGQING-02")
    s.add("1999", "環境清潔", 50.0, None, "公園旁邊垃圾桶滿出來", pos=offset(X, -200, 60), scatter=(0, 50))
    s.inc(A, "rescue", "7 樓婦人跌倒，家屬從外地與鄰居各報一次，一部救護車", a1)
    s.inc(B, "rescue", "12 樓男子胸痛，另一戶另一名病人，另派北屯分隊救護車；車道違停是這部救護車進出的問題", b1)
    s.set_alt("同一地址相隔 16 分鐘，調度員可能先以『同址加派』處理而視為一案。", [
        inc(A, "rescue", "同一棟兩名病人合為一案", a1)])
    s.note("「同址加派」在這裡不成立：不同樓層、不同病人、不同分隊，故正解為兩案；住戶從逢甲打來的電話位置離大樓約 1 公里。"
           "B1 泵浦室迴路故障與救護無關（背景）。")
    s.write()


def s1953():
    s = Sit(1953, "bus_crash_zhongqing", "2026-09-22T00:35:00Z", 1953,
            "上午 08:35 市區公車在中清路/環中路口左轉時與直行砂石車碰撞，公車駕駛受困、乘客 11 人受傷，119 啟動大量傷病患；"
            "同時段臺灣大道/環中路口號誌故障；乘客在五小時後才打 1999 詢問事故證明。")
    X = "中清環中"
    A, S = "bus_crash", "signal_taiwan_blvd"
    s.add("cctv", "accident", 0.3, A, "中清路/環中路口 偵測到大型車碰撞", sensor_id="SN-CCTV-008", confidence=0.88)
    s.add("cctv", "stalled_vehicle", 1.0, A, "路口內大型車停滯", sensor_id="SN-CCTV-008", confidence=0.79)
    k = s.add("1999", "traffic_accident", 1.2, A, "公車跟砂石車撞在一起，公車上很多人受傷，司機卡在裡面", pos=X, scatter=(20, 80))
    r = case119(s, "B0922005", "rescue", X, A, [
        (1.6, None, "中清路二段與環中路口 公車與砂石車碰撞，公車駕駛受困，派遣救助隊、水湳分隊"),
        (8.0, "on_scene", "救助隊抵達，破壞車門救出駕駛"),
        (72.0, "closed", "現場救助完成")])
    case119(s, "B0922006", "ambulance", X, A, [
        (2.0, None, "同一公車事故，啟動大量傷病患機制，派遣水湳分隊救護車"),
        (9.0, "on_scene", "水湳91 抵達，現場檢傷：紅1 黃3 綠7"),
        (30.0, "returning", "紅標駕駛送往臺中榮總")])
    case119(s, "B0922007", "ambulance", X, A, [
        (3.0, None, "公車事故加派北屯分隊救護車"),
        (12.0, "on_scene", "北屯91 抵達"),
        (34.0, "returning", "黃標乘客2名送往中國醫藥大學附設醫院")])
    case119(s, "B0922008", "ambulance", X, A, [
        (5.0, None, "公車事故加派西屯分隊救護車"),
        (15.0, "on_scene", "西屯91 抵達"),
        (38.0, "returning", "黃標乘客1名、綠標2名送往澄清醫院中港院區")])
    case119(s, "B0922009", "ambulance", X, A, [
        (9.0, None, "公車事故加派四平分隊救護車"),
        (19.0, "on_scene", "四平91 抵達"),
        (44.0, "returning", "綠標乘客3名送往中國醫藥大學附設醫院")])
    p = s.add("incident", "injury_accident", 3.0, A, "中清路二段/環中路口 市區公車與砂石車碰撞，公車駕駛受困，乘客多人受傷",
              pos=offset(X, 10, -15), severity="Extreme")
    s.add("incident", "road_closure", 10.0, A, "中清路往北車道全線封閉，請改行環中路、經貿路", pos=offset(X, 30, -120),
          severity="Severe", follows=p)
    s.add("incident", "injury_accident", 36.0, A, "續報：傷者共12人（駕駛1、乘客11），均已送醫，砂石車駕駛酒測值0",
          pos=offset(X, 10, -15), severity="Severe", follows=p)
    s.add("rule", "congestion", 8.0, A, "中清路車輛偵測器1 平均車速 9 km/h，低於門檻", sensor_id="SN-VD-ZHONGQING-01")
    s.add("rule", "congestion", 12.0, A, "環中路車輛偵測器3 平均車速 12 km/h，低於門檻", sensor_id="SN-VD-HUANZHONG-03")
    s.add("rule", "congestion", 25.0, A, "中清路車輛偵測器2 平均車速 15 km/h，低於門檻", sensor_id="SN-VD-ZHONGQING-02")
    s.add("1999", "traffic_accident", 2.5, A, "我在轉運中心候車，看到中清路那邊公車跟大卡車撞了，好多人下車坐在路邊",
          pos="轉運中心", scatter=(10, 60))
    s.add("cctv", "crowding", 6.0, A, "路口人行道人群聚集", sensor_id="SN-CCTV-008", confidence=0.62)
    s.add("1999", "other", 40.0, A, "轉運中心這邊的公車怎麼都不進站，已經等四十分鐘了", pos="轉運中心", scatter=(10, 50))
    s.add("incident", "road_reopened", 118.0, A, "中清路二段/環中路口 事故車輛移除，恢復通行", pos=X, severity="Minor", follows=p)
    s.add("incident", "injury_accident", 190.0, A, "補登：公車事故現場照片及當事人筆錄已上傳（原案補充）", pos=offset(X, 10, -15),
          severity="Minor", follows=p, delay=600)
    s.add("1999", "other", 305.0, A, "早上中清環中路口那台公車我是乘客，手機掉在車上，也想問事故證明要去哪裡申請",
          pos="逢甲水湳", scatter=(100, 600), alt=None)
    # separate: signal fault far SW
    sg = s.add("signal", "fault", 20.0, S, "臺灣大道/環中路 號誌黑燈", sensor_id="SN-SIG-009")
    s.add("cctv", "signal_dark", 21.0, S, "號誌燈號未亮", sensor_id="SN-CCTV-009", confidence=0.77)
    s.add("signal", "restored", 58.0, S, "恢復正常", sensor_id="SN-SIG-009")
    # background
    s.add("parking", "full", 15.0, None, "水湳轉運中心停車場 車位已滿", sensor_id="SN-PK-001")
    s.add("1999", "streetlight", 50.0, None, "凱旋路靠近黎明路有路燈不亮", pos="黎明凱旋", scatter=(50, 200))
    s.inc(A, "traffic", "公車與砂石車碰撞，12 人受傷（大量傷病患），救助隊與四部救護車、封路、回堵、轉運中心公車不進站都是同一案", r)
    s.inc(S, "traffic", "臺灣大道/環中路口號誌黑燈，與公車事故無關的另一件維修案", sg)
    s.set_alt("五小時後乘客詢問手機與事故證明，事故早已結案，調度員不會再派任何人：可視為雜訊。", [
        inc(A, "traffic", "公車事故（不含事後詢問）", r), inc(S, "traffic", "號誌故障", sg)])
    s.note("轉運中心候車民眾距現場約 500 公尺，是遠距目擊者；中清路車輛偵測器2 在南方約 1.7 公里處，回堵尾端仍屬本案。")
    s.write()


def s1954():
    s = Sit(1954, "chain_collision_rain_huanzhong", "2026-06-05T10:10:00Z", 1954,
            "梅雨鋒面傍晚豪大雨，環中路二段往台74 匝道前五車連環追撞，兩部救護車；同時河南路機車雨天自摔、"
            "黎明路凱旋路口低窪處積水，河南路低窪處淹水感測器斷線。")
    X = along((120.64, 24.1875), "台74環中", 0.7)
    A, M, F, D = "chain_collision", "scooter_skid_henan", "ponding_liming", "fl007_offline"
    for sid, at, lvl, txt in [("SN-RG-002", -20, "大雨", "水湳轉運中心雨量站 時雨量 46 mm"),
                              ("C0F9T0", -12, "大雨", "西屯 時雨量 52 mm"),
                              ("SN-RG-001", -8, "大雨", "中央公園雨量站 時雨量 48 mm")]:
        s.add("rule", "heavy_rain", at, None, txt, sensor_id=sid, level=lvl)
    c = s.add("1999", "traffic_accident", 0.8, A, "環中路往台74那邊好幾台車撞在一起，雨很大看不清楚，有人在車上喊痛",
              pos=X, scatter=(30, 120))
    s.add("1999", "traffic_accident", 1.5, A, "我在台74高架上，下面環中路五六台車追撞，車子都停在快車道",
          pos=offset("台74環中", -380, 320), scatter=(0, 100))
    s.add("cctv", "stalled_vehicle", 1.0, A, "台74線/環中路二段 西南側車道多部車輛停滯", sensor_id="SN-CCTV-001", confidence=0.71)
    s.add("cctv", "fallen_object", 3.0, A, "車道上有掉落物", sensor_id="SN-CCTV-001", confidence=0.55)
    a1 = case119(s, "C0605044", "ambulance", X, A, [
        (2.5, None, "環中路二段往台74方向 五車連環追撞，2人頸部疼痛，派遣西屯分隊救護車"),
        (12.0, "on_scene", "西屯91 抵達，雨勢大，車道積水"),
        (30.0, "returning", "2名傷患送往澄清醫院中港院區")])
    case119(s, "C0605046", "ambulance", X, A, [
        (4.0, None, "同一追撞事故，孕婦腹部不適，加派水湳分隊救護車"),
        (14.5, "on_scene", "水湳91 抵達"),
        (27.0, "returning", "孕婦送往中國醫藥大學附設醫院")])
    p = s.add("incident", "injury_accident", 4.0, A, "環中路二段近台74匝道 自小客車5部連環追撞，3人受傷，快車道封閉",
              pos=offset(X, 10, 5), severity="Severe")
    s.dup(p, 66)
    s.add("rule", "congestion", 6.0, A, "環中路車輛偵測器1 平均車速 8 km/h，低於門檻", sensor_id="SN-VD-HUANZHONG-01")
    s.add("rule", "congestion", 13.0, A, "環中路車輛偵測器4 平均車速 13 km/h，低於門檻", sensor_id="SN-VD-HUANZHONG-04")
    s.add("incident", "road_reopened", 85.0, A, "環中路二段近台74匝道 事故車輛拖離，恢復通行", pos=X, severity="Minor", follows=p)
    # scooter skid, Henan Rd
    Y = offset("河南停車場", -60, -40)
    m = case119(s, "C0605051", "ambulance", Y, M, [
        (25.0, None, "河南路二段河南路停車場前 機車雨天打滑自摔，騎士手臂擦傷、疑骨折，派遣西屯分隊救護車"),
        (33.0, "on_scene", "西屯92 抵達"),
        (48.0, "returning", "送往澄清醫院中港院區")])
    s.add("1999", "traffic_accident", 24.5, M, "河南路停車場前面有機車滑倒，騎士坐在地上起不來", pos=Y, scatter=(20, 80))
    # ponding at Liming/Kaixuan low point
    f1 = s.add("rule", "flood_depth", 15.0, F, "黎明路凱旋路口低窪處 淹水深度 12 cm", sensor_id="SN-FL-009", level="1-15")
    f2 = s.add("rule", "flood_depth", 35.0, F, "黎明路凱旋路口低窪處 淹水深度 22 cm", sensor_id="SN-FL-009", level="16-30")
    s.add("1999", "flooding", 38.0, F, "黎明路凱旋路口積水快到輪胎一半，機車都在牽車", pos="黎明凱旋", scatter=(20, 90))
    s.add("rule", "cleared", 95.0, F, "黎明路凱旋路口低窪處 淹水解除", sensor_id="SN-FL-009")
    # flood sensor offline
    d1 = s.add("status", "offline", 40.0, D, "河南路低窪處淹水感測器 離線", sensor_id="SN-FL-007", reason="comms_lost")
    s.add("rule", "sensor_offline", 50.0, D, "河南路低窪處 超過 10 分鐘未回傳", sensor_id="SN-FL-007")
    # background
    s.add("parking", "full", 20.0, None, "臺中國際會展中心停車場 車位已滿", sensor_id="SN-PK-006")
    s.add("1999", "blocked_drain", 45.0, None, "經貿路三段水溝蓋被落葉蓋住", pos="生態A", scatter=(50, 150))
    s.inc(A, "traffic", "五車連環追撞，兩部救護車；高架上的目擊者與下游攝影機都屬同一案", a1)
    s.inc(M, "rescue", "河南路機車雨天自摔，1 人受傷，另一件救護", m)
    s.inc(F, "flood", "黎明路凱旋路口低窪處積水（16-30 cm），需派員排水、管制", f2)
    s.inc(D, "infrastructure", "雨中河南路低窪處淹水感測器斷線，需維修", d1)
    s.set_alt("單一感測器斷線可能只開維修單、不算營運中心的案件。", [
        inc(A, "traffic", "連環追撞", a1), inc(M, "rescue", "機車自摔", m), inc(F, "flood", "積水", f2)])
    s.note("大雨警報本身不構成案件（背景）；黎明路積水 12 cm 時尚不派員，22 cm 加上民眾報案才足以開案。")
    s.items = [dict(i, truth_alt=None) if i["truth"] == D else i for i in s.items]
    s.write()


def s1955():
    s = Sit(1955, "market_canopy_collapse_henan", "2026-11-14T11:15:00Z", 1955,
            "週六晚上河南路停車場假日市集，19:15 強陣風吹垮一整排攤位棚架，壓傷 4 人（攤商頭部撕裂傷、顧客兩名、一名孩童），"
            "119 派救助隊與三部救護車；20:05 市集另一端一名年長攤商低血糖昏倒。")
    X = "河南停車場"
    M, C, P = "market_event", "canopy_collapse", "vendor_faint"
    pm = s.add("planned_event", "market", -195, M, "河南路停車場 假日市集（約 120 攤），16:00-22:00，預估人潮 5,000 人",
               pos=X, delay=-86400 * 4, ends="2026-11-14T14:00:00Z", radius_m=150)
    s.add("parking", "full", -70, M, "河南路停車場 車位已滿", sensor_id="SN-PK-003")
    s.add("rule", "congestion", -40, M, "河南路車輛偵測器2 平均車速 17 km/h，低於門檻", sensor_id="SN-VD-HENAN-02")
    s.add("1999", "illegal_parking", -30, M, "市集旁邊河南路兩側都是違停，紅線也停", pos=offset(X, -120, -60), scatter=(0, 50))
    c0 = s.add("1999", "rescue", 0.5, C, "市集的帳篷被風吹倒壓到人，有人頭在流血", pos=X, scatter=(10, 60), alt=M)
    s.add("1999", "rescue", 1.2, C, "河南路停車場那邊棚子整排倒下來，好多人被壓到", pos=X, scatter=(10, 120), alt=M)
    r = case119(s, "D1114071", "rescue", X, C, [
        (1.5, None, "河南路停車場市集 棚架倒塌壓傷多人，派遣西屯分隊救助隊"),
        (8.0, "on_scene", "救助隊抵達，確認無人受困於棚架下"),
        (45.0, "closed", "救助完成")], scatter=(0, 30), alt=M)
    case119(s, "D1114072", "ambulance", X, C, [
        (2.0, None, "市集棚架倒塌，攤商頭部撕裂傷，派遣西屯分隊救護車"),
        (9.0, "on_scene", "西屯91 抵達"),
        (26.0, "returning", "送往澄清醫院中港院區")], scatter=(0, 30), alt=M)
    case119(s, "D1114073", "ambulance", X, C, [
        (3.5, None, "同一棚架倒塌，顧客2名手臂、背部挫傷，加派水湳分隊救護車"),
        (12.0, "on_scene", "水湳91 抵達"),
        (30.0, "returning", "2名送往中國醫藥大學附設醫院")], scatter=(0, 30), alt=M)
    case119(s, "D1114074", "ambulance", X, C, [
        (7.0, None, "同一棚架倒塌，6歲男童額頭擦傷哭鬧，家長要求送醫，加派南屯分隊救護車"),
        (17.0, "on_scene", "南屯91 抵達"),
        (33.0, "returning", "男童送往臺中榮總")], scatter=(0, 30), alt=M)
    s.add("incident", "medical", 5.0, C, "河南路停車場市集 攤位棚架遭強風吹倒，4人受傷，已通報119", pos=X, severity="Severe", alt=M)
    s.add("1999", "fallen_object", 6.0, C, "有帳篷被風吹到河南路上，車子要閃", pos=offset(X, -90, -70), scatter=(0, 40), alt=M)
    s.add("incident", "crowd_control", 12.0, M, "市集現場圍觀民眾眾多，派員管制並協助主辦單位提前收攤", pos=X,
          severity="Moderate", alt=M)
    s.add("cctv", "crowding", 22.0, M, "河南路/中平路 人行道人群聚集（市集提前散場）", sensor_id="SN-CCTV-010", confidence=0.58)
    # separate patient at the other end
    pk = s.add("1999", "rescue", 49.5, P, "市集最裡面賣水果的阿伯昏倒了，叫不太醒", pos=offset(X, 70, 50), scatter=(0, 20))
    p = case119(s, "D1114090", "ambulance", offset(X, 70, 50), P, [
        (50.0, None, "河南路停車場市集東側，72歲男性攤商意識不清，疑低血糖，派遣水湳分隊救護車"),
        (58.0, "on_scene", "水湳91 抵達，血糖 42"),
        (72.0, "returning", "送往中國醫藥大學附設醫院")])
    # background
    s.add("1999", "streetlight", 20.0, None, "中平路靠近經貿路路燈不亮", pos="經貿中平", scatter=(30, 120))
    s.add("rule", "congestion", 35.0, None, "中清路車輛偵測器2 平均車速 19 km/h，低於門檻", sensor_id="SN-VD-ZHONGQING-02")
    s.inc(M, "crowd", "假日市集（許可活動）的人潮、停車與交通管理，及事故後的圍觀管制與散場", pm)
    s.inc(C, "rescue", "棚架倒塌壓傷 4 人：救助隊與三部救護車、吹到路上的帳篷", c0)
    s.inc(P, "rescue", "50 分鐘後市集另一端攤商低血糖昏倒，另一名病人另一部救護車", p)
    s.set_alt("棚架倒塌發生在許可的市集內，可由市集活動的現場指揮一併處理（市集案＝倒塌案）。", [
        inc(M, "crowd", "市集活動與棚架倒塌合為一案", pm), inc(P, "rescue", "攤商昏倒", p)])
    s.note("圍觀管制（派員管制）正解歸市集人潮案，因其對象是人潮而非傷者；市集另一端的昏倒病人與倒塌無關，在兩種讀法下都是獨立一案。")
    s.write()


def s1956():
    s = Sit(1956, "co_poisoning_eco_block_b", "2027-01-09T12:30:00Z", 1956,
            "寒流夜晚，水湳生態住宅 B區（敦化路一段）5 樓一戶瓦斯熱水器裝在封閉陽台，一家三口一氧化碳中毒；"
            "55 分鐘後同一管道間的 8 樓另一戶也有人頭暈噁心。")
    X = "生態B"
    G, G2 = "co_poisoning", "co_8f"
    k0 = s.add("1999", "rescue", -1.0, G, "我爸媽住生態住宅B區5樓，剛剛講電話說頭很暈然後就沒聲音了，我在外面趕不回去",
               pos="逢甲水湳", scatter=(200, 700))
    g1 = case119(s, "F0109101", "ambulance", X, G, [
        (0.0, None, "北屯區敦化路一段 水湳生態住宅B區5樓，一家3人頭暈嘔吐，疑似一氧化碳中毒，派遣水湳分隊救護車"),
        (7.5, "on_scene", "水湳91 抵達，2名意識模糊，開窗通風"),
        (25.0, "returning", "2名送往中國醫藥大學附設醫院（高壓氧）"),
        (70.0, "closed", "結案")], scatter=(0, 15))
    case119(s, "F0109102", "hazmat", X, G, [
        (1.0, None, "同址疑一氧化碳外洩，派遣水湳分隊消防車攜帶氣體偵測器"),
        (8.0, "on_scene", "5樓陽台一氧化碳濃度 350 ppm，關閉熱水器瓦斯"),
        (62.0, "closed", "各樓層濃度正常，撤離")], scatter=(0, 15))
    case119(s, "F0109103", "ambulance", X, G, [
        (5.0, None, "同址第3名患者（12歲女童）頭暈，加派北屯分隊救護車"),
        (14.0, "on_scene", "北屯91 抵達"),
        (28.0, "returning", "送往臺中榮總")], scatter=(0, 15))
    gk = s.add("1999", "gas_odor", 3.0, G, "樓下好像有瓦斯味，我也有點頭暈，救護車已經來了", pos=X, scatter=(5, 30))
    s.dup(gk, 95)
    s.add("incident", "hazmat_report", 10.0, G, "敦化路一段社區5樓瓦斯熱水器一氧化碳外洩，3人送醫，協助消防管制", pos=X,
          severity="Severe")
    s.add("incident", "evacuation", 20.0, G, "疏散B區5樓至8樓住戶至中庭", pos=X, severity="Moderate")
    h1 = case119(s, "F0109131", "ambulance", X, G2, [
        (55.0, None, "同址8樓另一戶住戶頭暈噁心，疑同一管道間一氧化碳，派遣水湳分隊救護車"),
        (61.0, "on_scene", "水湳91 抵達，患者意識清楚"),
        (75.0, "returning", "送往中國醫藥大學附設醫院")], scatter=(0, 15), alt=G2)
    for st in s.items:
        if st["key"].startswith(h1):
            st["truth"] = G
    s.add("1999", "other", 68.0, G, "我們被叫到中庭等，好冷，什麼時候可以回家", pos=X, scatter=(5, 30))
    # background
    s.add("1999", "環境公害", 40.0, None, "水資源回收中心附近有臭味", pos=offset("中醫水湳", 50, 100), scatter=(0, 80))
    s.add("1999", "noise", 15.0, None, "隔壁棟有人在唱卡拉OK很大聲", pos="生態A", scatter=(20, 80))
    s.add("rule", "congestion", 5.0, None, "中清路車輛偵測器2 平均車速 18 km/h，低於門檻", sensor_id="SN-VD-ZHONGQING-02")
    s.add("parking", "full", 30.0, None, "臺中國際會展中心停車場 車位已滿", sensor_id="SN-PK-006")
    s.inc(G, "hazmat", "同一部熱水器、同一管道間的一氧化碳外洩：5 樓三名與 8 樓一名患者、檢測、疏散都是同一案", g1)
    s.set_alt("8 樓患者出現在 55 分鐘後且為另一戶，調度員可能先以另一件救護案處理，待確認同一氣源才併案。", [
        inc(G, "hazmat", "5 樓一氧化碳中毒、檢測與疏散", g1),
        inc(G2, "rescue", "8 樓住戶頭暈噁心（另一救護案）", h1)])
    s.note("與 1952 相反：同棟相隔近一小時的第二名病人，因同一危害（同一氣源）而屬同一案。"
           "水資源回收中心的臭味是另一件環境公害，非瓦斯。")
    s.write()


if __name__ == "__main__":
    for f in (s1951, s1952, s1953, s1954, s1955, s1956):
        f()
