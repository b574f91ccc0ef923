"""Situations 1731-1736 (blind oracle A). Seeded: the output is stable."""
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
sys.path.insert(0, HERE)
from lib import Situation, P, offset  # noqa: E402


def s1731():
    s = Situation(1731, "twin_fire_crash_jingmao", (2026, 3, 14), 1731,
                  "會展中心B棟廚房火警與經貿路口機車事故同時發生 — Saturday 19:40 Taiwan time: a kitchen fire in the "
                  "food court of convention hall B and, two minutes later and about 170 m away, a scooter-car injury crash "
                  "at 經貿路二段/經貿七路. Two jobs for two crews at the same spot on the map.")
    F, C = "F1", "T1"
    bx, by = P("SN-FA-003")
    jx, jy = P("SN-CCTV-006")
    s.add("parking", "full", "19:02", None, "臺中國際會展中心停車場 汽車車位已滿", sensor="SN-PK-006")
    s.c1999("illegal_parking", "19:10", None, "黎明路三段人行道上一排機車違停，推嬰兒車過不去", *offset(*P("SN-SIG-007"), 120, 30))
    a = s.add("fire_alarm", "alarm", "19:41:10", F, "臺中國際會展中心 B棟 火警受信總機 火警 2F 美食區 偵煙探測器動作", sensor="SN-FA-003", delay=3)
    s.cctv("SN-CCTV-006", "stalled_vehicle", "19:42:30", C, 0.88)
    p1 = s.police("injury_accident", "19:43", C, "經貿路二段與經貿七路口 機車與自小客車擦撞，機車騎士倒地，有受傷", jx + 0.00003, jy - 0.00002, "Moderate", delay=90)
    f1 = s.f119("fire", "19:43:30", F, "會展中心B棟二樓美食區廚房起火，派遣西屯分隊、水湳分隊", bx, by)
    s.c1999("fire_smoke", "19:44", F, "會展中心B館裡面有煙跑出來，很多人往外跑", *offset(bx, by, 40, -30))
    s.cctv("SN-CCTV-006", "smoke", "19:44:40", F, 0.62, text="經貿路二段/經貿七路 路口監視器 偵測煙霧（畫面東北側建物）")
    amb = s.f119("ambulance", "19:45", C, "經貿七路口車禍 機車騎士腳部開放性骨折 派救護車", jx, jy)
    s.c1999("traffic_accident", "19:45:20", C, "經貿七路口有車禍，一個人躺在地上，車子卡在路中間", *offset(jx, jy, 15, 10))
    s.c1999("fire_smoke", "19:46", F, "會展中心那邊有燒焦味，看到消防車還沒來嗎", *offset(bx, by, 120, 60))
    s.f119("fire", "19:51", F, "西屯分隊到場，B棟廚房排油煙管火勢已控制", bx, by, status="on_scene", follows=f1["key"])
    s.f119("ambulance", "19:52", C, "救護車到場，傷者送中國醫藥大學附設醫院", jx, jy, status="on_scene", follows=amb["key"])
    s.police("road_closure", "19:55", F, "經貿路二段會展中心B棟前外側車道封閉，供消防車停放", *offset(bx, by, 60, 20), "Minor")
    s.cong("SN-VD-JINGMAO-01", "19:57", C, 14, alt=F)
    s.c1999("other", "19:58", None, "請問會展中心今天的展覽幾點結束？", *offset(bx, by, 0, 100))
    s.police("accident", "20:05", C, "經貿七路口事故車輛已移置路邊，肇事者酒測值0", jx, jy, "Minor", follows=p1["key"])
    s.add("signal", "fault", "20:07", None, "臺灣大道/環中路 號誌 閃爍異常（例行巡檢回報後10分內恢復）", sensor="SN-SIG-009")
    s.add("signal", "restored", "20:16", None, "臺灣大道/環中路 號誌 恢復正常", sensor="SN-SIG-009")
    s.c1999("streetlight", "20:12", None, "中科路靠近環中路的路燈一盞不亮，燈號XT-08812", *offset(*P("SN-SIG-003"), 20, -150))
    s.add("fire_alarm", "normal", "20:31", F, "臺中國際會展中心 B棟 火警受信總機 復歸", sensor="SN-FA-003")
    s.f119("fire", "20:33", F, "火警撲滅，西屯分隊返隊", bx, by, status="returning", follows=f1["key"])
    s.cong("SN-VD-HUANZHONG-04", "20:20", None, 28)
    s.c1999("noise", "20:40", None, "河南路二段卡拉OK唱到很大聲", *offset(*P("SN-VD-HENAN-01"), 60, 40))
    s.add("parking", "full", "19:30", None, "經貿六停車場 汽車車位已滿", sensor="SN-PK-002")
    s.police("theft", "20:22", None, "北屯區中清路二段機車失竊報案（昨夜停放）", *offset(*P("SN-VD-ZHONGQING-02"), 200, -300), "Minor")
    s.incident(F, "fire", "會展中心B棟2F美食區廚房排油煙管火警", a["key"])
    s.incident(C, "traffic", "經貿路二段/經貿七路口機車與汽車事故，一人受傷", p1["key"])
    s.set_alt("The 19:57 slow-down on 經貿路 sits between the crash and the fire engines parked on the kerb lane of "
              "經貿路二段; a colleague may put it with the fire (the lane closure for the engines), not the crash.",
              [], [])
    return s


def s1732():
    s = Situation(1732, "jingmao_flood_spread", (2026, 6, 12), 1732,
                  "經貿路午後雷陣雨積淹水沿路向北蔓延 — 15:00-16:50 Taiwan time: a thunderstorm floods the 經貿路 low point "
                  "by the eco-residential blocks; over about 90 minutes the water spreads north along 經貿路 to 經貿七路 and "
                  "黎明路 and south towards 中平路. Separately the 臺灣大道/環中路 underpass 2.5 km west floods in the same storm.")
    W, U = "FL1", "FL2"
    lx, ly = P("SN-FL-008")
    s.rain("C0F9T0", "15:05", "大雨", None, 42, alt=W)
    s.rain("SN-RG-002", "15:10", "大雨", None, 45, alt=W)
    s.c1999("blocked_drain", "15:14", W, "經貿路三段生態住宅前面水溝蓋被落葉塞住，水排不下去", *offset(lx, ly, -30, 160))
    f1 = s.flood("SN-FL-008", "15:20", "1-15", W, cm=9)
    s.c1999("flooding", "15:28", W, "經貿路低窪處積水已經到腳踝，機車騎過去會濺水", *offset(lx, ly, 20, 30))
    s.wl("SN-WL-003", "15:30", "3", W, 1.46)
    s.flood("SN-FL-008", "15:35", "16-30", W, cm=22)
    s.rain("SN-RG-001", "15:40", "豪雨", None, 68, alt=W)
    s.c1999("flooding", "15:44", W, "經貿路三段往北，生態住宅A區門口整片積水，車道看不到標線", *offset(lx, ly, -10, 190), jitter=20)
    s.cong("SN-VD-JINGMAO-02", "15:50", W, 17)
    s.wl("SN-WL-003", "15:50", "2", W, 1.85)
    s.flood("SN-FL-008", "15:55", ">30", W, cm=34)
    s.flood("SN-FL-002", "16:00", ">30", None, cm=41, alt=W)
    uf = s.flood("SN-FL-010", "16:01", "16-30", U, cm=24)
    s.c1999("flooding", "16:04", W, "經貿路與敦化路附近積水快到膝蓋，有車熄火", *offset(lx, ly, -40, 420), jitter=30)
    s.c1999("other", "16:06", None, "雨這麼大明天垃圾車還會來嗎", *offset(lx, ly, 400, 200))
    s.police("flooding_report", "16:10", W, "經貿路二段近經貿七路口 路面積水約20公分，車輛減速通行", *offset(*P("SN-CCTV-006"), 30, -80), "Moderate")
    s.police("stalled_vehicle", "16:12", W, "經貿路三段積水處 自小客車涉水熄火，駕駛受困車內已自行離車", *offset(lx, ly, -20, 300), "Moderate")
    s.flood("SN-FL-010", "16:13", ">30", U, cm=38)
    s.police("road_closure", "16:18", U, "臺灣大道環中路口地下道積水超過30公分，封閉地下道", *offset(*P("SN-FL-010"), 10, 0), "Severe")
    s.c1999("flooding", "16:15", U, "臺灣大道往環中路的地下道淹水，有機車卡在裡面", *offset(*P("SN-FL-010"), -40, 20))
    s.wl("SN-WL-003", "16:15", "1", W, 2.24)
    s.c1999("flooding", "16:20", W, "經貿七路口往綠美圖方向整個路口積水", *offset(*P("SN-CCTV-006"), 20, 10))
    s.police("road_closure", "16:25", W, "經貿路三段（敦化路至經貿七路）因積水封閉，車輛改道中清路", *offset(lx, ly, -50, 500), "Moderate")
    s.cong("SN-VD-ZHONGQING-02", "16:28", W, 15, alt=None)
    s.c1999("flooding", "16:30", W, "經貿路往中平路那段也開始淹水了，水溝一直冒水", *offset(lx, ly, 60, -620), jitter=30)
    s.cong("SN-VD-JINGMAO-01", "16:31", W, 12)
    s.c1999("flooding", "16:38", W, "經貿路二段黎明路口積水，公車停在路口不敢過", *offset(*P("SN-SIG-005"), 15, -20))
    s.c1999("streetlight", "16:40", None, "河南路停車場旁路燈白天一直亮著", *P("SN-PK-003"))
    s.flood("SN-FL-008", "16:45", "16-30", W, cm=19)
    s.police("road_reopened", "16:50", W, "經貿路三段積水退至10公分以下，恢復通行", *offset(lx, ly, -50, 500), "Minor")
    s.incident(W, "flood", "經貿路低窪處積淹水，沿經貿路向北延伸至黎明路、向南至中平路", f1["key"])
    s.incident(U, "flood", "臺灣大道/環中路口地下道積水封閉", uf["key"])
    s.set_alt("The area-wide rain alerts and the Central Park pond 2 reading (the ponds filling as designed) are "
              "background under the main reading; a coordinator running the storm as one desk would put them in the "
              "經貿路 flood job. The 中清路 slow-down is the diverted traffic under the main reading; a colleague may call "
              "it the ordinary 16:30 traffic (noise).", [], [])
    return s


def s1733():
    s = Situation(1733, "eco_block_fire_1999_burst", (2026, 1, 22), 1733,
                  "生態住宅A區深夜住宅火災，1999話務爆量 — 02:10 Taiwan time, a flat fire in the 180-household block A of the "
                  "eco-residential area. Dozens of 1999 calls over 45 minutes from the block, its neighbours and people who "
                  "see the glow from 中清路 and 北屯 up to 1.5 km away. At the same time someone burns rubbish by the 河南路 "
                  "car park 1.1 km south-west: a second, small fire job.")
    F, R = "F1", "F2"
    ax, ay = P("SN-FA-011")
    a = s.add("fire_alarm", "alarm", "02:11:05", F, "水湳生態住宅 A區 集合住宅 火警受信總機 火警 7F 偵煙探測器動作", sensor="SN-FA-011", delay=4)
    texts_near = [
        "生態住宅A區7樓冒出很大的煙，還有火光", "我住A區8樓，走廊全部都是煙，我們出不去", "經貿路三段那棟住宅大樓失火了",
        "A區有人在陽台喊救命", "隔壁棟失火，火星一直飛過來", "生態住宅這邊整個都是燒塑膠的味道",
        "大樓警報一直響，樓梯間有煙", "我在樓下看到7樓窗戶在噴火", "A區火災，要不要疏散？管理員不見了",
        "家裡有老人走不動，我們在6樓", "消防車到了沒？火越來越大", "生態住宅A區失火，煙往B區那邊飄",
        "住戶都跑到中庭了，還有人沒下來", "經貿路三段大樓火災，車子擋住消防車的路", "火燒到8樓了",
    ]
    texts_far = [
        "從中清路就看得到那邊有火光，是哪裡失火？", "北屯這邊聞到很重的燒焦味，窗戶要不要關？",
        "敦化路看到東邊一大片濃煙", "我在環中路開車看到水湳那邊在燒", "綠美圖那邊是不是失火？好多消防車",
        "我們社區也有煙飄進來，要不要撤離", "剛剛聽到好幾聲爆炸聲，水湳那邊火很大",
    ]
    first = None
    t0 = 2 * 3600 + 12 * 60 + 40
    calls = []
    rng = s.rng
    for i in range(44):
        sec = t0 + int((i ** 1.35) * 16) + rng.randint(0, 25)
        hh, mm, ss = sec // 3600, (sec % 3600) // 60, sec % 60
        when = "%02d:%02d:%02d" % (hh, mm, ss)
        if i % 5 == 3:
            txt = texts_far[(i // 5) % len(texts_far)]
            dist = rng.choice([600, 850, 1100, 1500])
            ang_e, ang_n = rng.choice([(0.3, 0.95), (-0.6, 0.8), (0.9, 0.4), (0.7, -0.7)])
            lon, lat = offset(ax, ay, ang_e * dist, ang_n * dist)
            c = s.c1999("fire_smoke", when, F, txt, lon, lat, delay=rng.randint(20, 90))
        else:
            txt = texts_near[i % len(texts_near)]
            c = s.c1999("fire_smoke", when, F, txt, ax, ay, jitter=140, delay=rng.randint(20, 90))
        calls.append(c)
        if first is None:
            first = c
    # a few re-deliveries of 1999 cases (the 1999 system re-sent its queue at 02:41)
    for c in (calls[3], calls[7], calls[12]):
        s.dup(c, arrive="02:41:%02d" % (10 + calls.index(c)))
    f1 = s.f119("fire", "02:13:30", F, "經貿路三段 生態住宅A區 7樓住宅火警，派遣水湳、西屯、北屯分隊", ax, ay)
    s.cctv("SN-CCTV-006", "smoke", "02:17", F, 0.71, text="經貿路二段/經貿七路 路口監視器 偵測煙霧（東南方遠處）")
    s.police("fire_report", "02:20", F, "生態住宅A區火警，警力到場管制經貿路三段，協助疏散", ax + 0.0003, ay, "Severe")
    s.f119("fire", "02:22", F, "水湳分隊到場，7樓一戶全面燃燒，佈線搶救", ax, ay, status="on_scene", follows=f1["key"])
    s.add("fire_alarm", "alarm", "02:26", F, "水湳生態住宅 B區 集合住宅 火警受信總機 火警 1F 梯廳偵煙探測器動作", sensor="SN-FA-012",
          alt="F3")
    s.police("road_closure", "02:30", F, "經貿路三段（敦化路至中平路）封閉，供消防車作業", ax + 0.0002, ay - 0.0015, "Moderate")
    s.f119("rescue", "02:35", F, "生態住宅A區8樓陽台受困住戶2名，雲梯車救出", ax, ay)
    s.f119("ambulance", "02:40", F, "A區住戶3名吸入濃煙送醫", ax, ay)
    # the second, small fire by the 河南路 car park
    hx, hy = P("SN-PK-003")
    rf = s.c1999("fire_smoke", "02:28", R, "河南路停車場旁邊空地有人在燒垃圾，火有一人高", hx + 0.0004, hy + 0.0002)
    s.c1999("fire_smoke", "02:31", R, "河南路這邊也有火，停車場旁邊草地在燒", hx + 0.0005, hy + 0.0001)
    rf2 = s.f119("fire", "02:33", R, "河南路停車場旁空地雜物火警，派遣西屯分隊一車", hx + 0.0004, hy + 0.0002)
    s.f119("fire", "02:49", R, "河南路空地雜物火警撲滅，燃燒面積約5平方公尺", hx + 0.0004, hy + 0.0002, status="closed", follows=rf2["key"])
    # background of the night
    s.c1999("noise", "02:15", None, "河南路二段有人在飆車，很吵睡不著", *offset(*P("SN-VD-HENAN-01"), 0, 50))
    s.c1999("streetlight", "02:37", None, "中平路靠近經貿路的路燈一盞閃爍", *offset(*P("SN-SIG-011"), -200, 10))
    s.add("fire_alarm", "normal", "02:52", F, "水湳生態住宅 B區 集合住宅 火警受信總機 復歸", sensor="SN-FA-012", alt="F3")
    s.f119("fire", "03:05", F, "生態住宅A區火勢撲滅，殘火處理中", ax, ay, status="on_scene", follows=f1["key"])
    s.incident(F, "fire", "水湳生態住宅A區7樓住宅火災（含受困救出與送醫）", a["key"])
    s.incident(R, "fire", "河南路停車場旁空地雜物火警", rf["key"])
    s.set_alt("Block B's panel (330 m from block A) went off at 02:26 in its ground-floor lobby as smoke from A drifted "
              "in; under the main reading it is the same fire. A cautious colleague would send a separate crew to "
              "check B and follow it as its own job until found clear.", [
                  {"label": "F3", "type": "fire", "description": "生態住宅B區梯廳偵煙動作，派員查看（煙由A區飄入）",
                   "sufficient_evidence_key": None}])
    b_alarm = [i for i in s.items if i.get("sensor_id") == "SN-FA-012" and i["category"] == "alarm"][0]
    s.alt["incidents"][-1]["sufficient_evidence_key"] = b_alarm["key"]
    return s


def s1734():
    s = Situation(1734, "popmusic_concert_evening", (2026, 4, 18), 1734,
                  "流行影音中心戶外演唱會之夜與周邊零星事件 — Saturday evening, an outdoor concert at the Taichung Pop Music "
                  "Center (18:30-22:00). Crowds, full car parks, slow roads and noise are the concert's. Around it, small "
                  "unrelated jobs: a pickpocket, a fan who faints, a signal fault at 中科路/環中路 and a fender-bender at "
                  "黎明路/凱旋路.")
    E, TH, MED, SIG, ACC = "E1", "PS1", "R1", "T1", "T2"
    vx, vy = P("SN-FA-006")
    pe = s.add("planned_event", "concert", "18:30", E, "臺中流行影音中心戶外廣場演唱會，預估入場 12,000 人", lon=vx, lat=vy,
               ends="2026-04-18T14:00:00Z", radius_m=600)
    # permit reached the center two days earlier
    pe["arrival"] = "2026-04-16T02:15:00Z"
    s.add("parking", "full", "17:58", E, "中央公園地下停車場(北) 汽車車位已滿", sensor="SN-PK-004")
    s.cong("SN-VD-KAIXUAN-02", "18:06", E, 16)
    s.cong("SN-VD-ZHONGKE-01", "18:12", E, 19)
    s.add("parking", "full", "18:20", E, "中央公園地下停車場(南) 汽車車位已滿", sensor="SN-PK-005")
    s.cctv("SN-CCTV-007", "crowding", "18:22", E, 0.81, text="黎明路三段/凱旋路 路口監視器 偵測人群聚集（往影音中心步行人潮）")
    s.police("crowd_control", "18:40", E, "影音中心入口人潮排隊至凱旋路，派員管制人行道", *offset(vx, vy, -80, 60), "Moderate")
    s.c1999("illegal_parking", "18:55", E, "凱旋路兩側紅線停滿看演唱會的車", *offset(*P("SN-VD-KAIXUAN-02"), 10, 80))
    th = s.police("theft", "19:21", TH, "影音中心搖滾區觀眾手機遭竊，報案人在服務台", vx + 0.0002, vy - 0.0001, "Minor")
    sig = s.add("signal", "fault", "19:48", SIG, "中科路/環中路二段 號誌 黑燈", sensor="SN-SIG-003")
    s.cctv("SN-CCTV-003", "signal_dark", "19:49", SIG, 0.9)
    s.c1999("traffic_signal", "19:55", SIG, "中科路環中路口紅綠燈全部不亮，車子亂鑽很危險", *offset(*P("SN-SIG-003"), 20, 10))
    med = s.f119("ambulance", "20:04", MED, "影音中心演唱會現場女性觀眾昏倒，意識不清", vx - 0.0001, vy + 0.0001)
    s.f119("ambulance", "20:19", MED, "救護車到場，患者意識恢復，送醫觀察", vx - 0.0001, vy + 0.0001, status="on_scene", follows=med["key"])
    acc = s.police("accident", "20:40", ACC, "黎明路三段凱旋路口兩車擦撞無人受傷，車輛佔用內側車道", *offset(*P("SN-CCTV-007"), 10, -5), "Minor")
    s.cctv("SN-CCTV-007", "stalled_vehicle", "20:41", ACC, 0.74)
    s.add("signal", "restored", "20:46", SIG, "中科路/環中路二段 號誌 恢復正常", sensor="SN-SIG-003")
    s.police("accident", "21:02", ACC, "黎明路凱旋路口擦撞車輛已移置，和解", *offset(*P("SN-CCTV-007"), 10, -5), "Minor", follows=acc["key"])
    s.c1999("noise", "21:15", E, "影音中心演唱會低音太大聲，凱旋路這邊窗戶都在震", *offset(vx, vy, -350, 150))
    s.c1999("noise", "21:32", E, "都快十點了演唱會還這麼吵", *offset(vx, vy, -420, -250))
    s.c1999("streetlight", "21:36", None, "中科路一段路燈不亮，燈號XT-08877", *offset(*P("SN-VD-ZHONGKE-01"), 30, 300))
    s.c1999("other", "21:40", None, "公車什麼時候會改回原路線？", *offset(vx, vy, -900, 600))
    s.cctv("SN-CCTV-007", "crowding", "22:08", E, 0.86, text="黎明路三段/凱旋路 路口監視器 偵測人群聚集（散場人潮）")
    s.cong("SN-VD-HUANZHONG-02", "22:14", E, 13)
    s.cong("SN-VD-LIMING-01", "22:16", E, 18)
    s.add("parking", "full", "22:20", None, "臺中國際會展中心停車場 汽車車位已滿（會展夜間活動）", sensor="SN-PK-006", alt=E)
    s.police("crowd_control", "22:25", E, "散場人潮湧入凱旋路，警力疏導至黎明路公車站", *offset(vx, vy, -150, 500), "Moderate")
    s.cong("SN-VD-HUANZHONG-04", "22:30", None, 31)
    s.incident(E, "crowd", "流行影音中心戶外演唱會人潮、停車與交通管制", pe["key"])
    s.incident(TH, "public_safety", "演唱會觀眾手機遭竊報案", th["key"])
    s.incident(MED, "rescue", "演唱會觀眾昏倒送醫", med["key"])
    s.incident(SIG, "traffic", "中科路/環中路二段號誌黑燈", sig["key"])
    s.incident(ACC, "traffic", "黎明路三段/凱旋路口擦撞", acc["key"])
    s.set_alt("The convention-centre car park filling at 22:20 may be the concert's overflow (parked there to walk "
              "to the venue) rather than the centre's own evening event.", [], [])
    return s


def s1735():
    s = Situation(1735, "huanzhong_crash_bad_delivery", (2026, 9, 3), 1735,
                  "環中路中科路口晨間事故，資料遲到、重送、時鐘錯亂 — 07:52 Taiwan time, a car and a small truck collide at "
                  "環中路二段/中科路, one driver hurt. The feeds misbehave: the camera's alarm is re-sent after a broker "
                  "reconnect, the police report is typed in 28 minutes late, the ambulance's console stamps local time as UTC "
                  "(+8 h), an on-scene update arrives before its dispatch. Meanwhile a separate breakdown at 經貿路/黎明路 "
                  "(450 m away) and a signal fault at 河南路/中平路 whose 'restored' arrives before its 'fault'.")
    C, B, S = "T1", "T2", "T3"
    cx, cy = P("SN-CCTV-003")
    s.cong("SN-VD-HENAN-01", "07:44", None, 24)
    cam = s.cctv("SN-CCTV-003", "stalled_vehicle", "07:52:20", C, 0.91, delay=4)
    s.c1999("traffic_accident", "07:53", C, "環中路中科路口車禍，貨車跟轎車撞在一起", *offset(cx, cy, -25, 10),
            arrive="07:56:30")
    # 1999 system clock ten minutes behind: stamped 07:44 for a call taken at 07:54
    s.c1999("traffic_accident", "07:44:10", C, "環中路往台74方向中科路口有人受傷卡在車裡", *offset(cx, cy, 30, -5),
            arrive="07:54:40")
    # 119 ambulance, console stamps local time as UTC (observed 8 h ahead)
    amb_obs = "2026-09-03T07:55:00Z"
    amb = s.add("119", "ambulance", "07:55", C, "環中路二段中科路口車禍，駕駛胸痛，派救護車", lon=cx + 0.0001, lat=cy,
                arrive="08:03:00")
    amb["observed"] = amb_obs
    onsc = s.add("119", "ambulance", "08:02", C, "救護車到場，駕駛送醫", lon=cx + 0.0001, lat=cy, arrive="08:02:40",
                 status="on_scene", follows=amb["key"])
    onsc["observed"] = "2026-09-03T08:02:00Z"
    s.cong("SN-VD-HUANZHONG-02", "07:58", C, 11, "Severe")
    fault_late = s.add("signal", "fault", "07:58", S, "河南路/中平路 號誌 閃爍異常", sensor="SN-SIG-010", arrive="08:33")
    s.add("signal", "restored", "08:24", S, "河南路/中平路 號誌 恢復正常（維修廠商重置控制器）", sensor="SN-SIG-010")
    s.c1999("traffic_signal", "08:06", S, "河南路中平路口紅綠燈一直閃黃燈", *offset(*P("SN-SIG-010"), 20, 15))
    s.police("road_closure", "08:05", C, "環中路二段往西中科路口內側兩車道封閉處理事故", cx - 0.0002, cy - 0.0001, "Moderate",
             arrive="08:07")
    s.cong("SN-VD-HUANZHONG-03", "08:10", C, 14)
    br = s.cctv("SN-CCTV-005", "stalled_vehicle", "08:12", B, 0.77)
    s.police("stalled_vehicle", "08:15", B, "經貿路二段黎明路口 自小客車拋錨，佔用外側車道，已通知拖吊", *offset(*P("SN-CCTV-005"), -10, 20), "Minor")
    pr = s.police("injury_accident", "07:53", C, "環中路二段中科路口 自小客車與小貨車碰撞，一人受傷送醫", cx, cy, "Moderate",
                  arrive="08:21")
    s.add("parking", "full", "08:20", None, "水湳轉運中心停車場 汽車車位已滿", sensor="SN-PK-001")
    # broker reconnect at 08:30 re-sends the camera's alarm twice
    s.dup(cam, arrive="08:30:05")
    s.dup(cam, arrive="08:30:06")
    s.police("stalled_vehicle", "08:44", B, "經貿路黎明路口拋錨車已拖離", *offset(*P("SN-CCTV-005"), -10, 20), "Minor",
             follows=None)
    s.police("road_reopened", "08:50", C, "環中路中科路口事故車輛移除，恢復通行", cx - 0.0002, cy - 0.0001, "Minor",
             follows=pr["key"])
    s.c1999("road_damage", "09:05", C, "環中路中科路口剛剛車禍的地方有一大片油漬跟碎片", cx, cy - 0.0001, alt=None)
    s.cong("SN-VD-ZHONGPING-02", "08:02", None, 21)
    s.c1999("streetlight", "08:15", None, "凱旋路路燈白天還亮著，燈號XT-07731", *offset(*P("SN-VD-KAIXUAN-02"), 0, 120))
    s.police("theft", "08:25", None, "逢甲大學水湳校區腳踏車失竊報案", *offset(*P("SN-FA-009"), 40, 30), "Minor")
    s.c1999("illegal_parking", "08:40", None, "轉運中心旁邊接駁區一直有自用車臨停", *P("SN-PK-001"))
    s.incident(C, "traffic", "環中路二段/中科路口自小客車與小貨車事故，一人受傷", cam["key"])
    s.incident(B, "traffic", "經貿路二段/黎明路口拋錨車", br["key"])
    s.incident(S, "traffic", "河南路/中平路號誌閃爍異常", fault_late["key"])
    s.set_alt("The 09:05 1999 call about oil and debris at the crash site could be read as a road-cleaning ticket "
              "after the job was closed (background) rather than the crash's tail.", [], [])
    # the signal job is sufficient at the 1999 call (08:06) since the fault itself arrives at 08:33
    s.incidents[2]["sufficient_evidence_key"] = [i for i in s.items if i["feed"] == "1999" and i["truth"] == S][0]["key"]
    return s


def s1736():
    s = Situation(1736, "park_south_gateway_down", (2026, 7, 28), 1736,
                  "颱風外圍環流，中央公園南側滯洪池溢淹時南區機櫃斷電 — 21:00-23:30 Taiwan time, typhoon rain bands. "
                  "The south detention ponds of Central Park fill and spill towards 河南路; at 21:42 the south field cabinet "
                  "GW-CPS-01 loses mains power and its five devices fall silent in the middle of the flood job; they come back "
                  "at 23:20 and replay a buffered reading. A tree falls across 環中路 in the same wind.")
    W, G, TR = "FL1", "INF1", "T1"
    s.rain("C0F9T0", "20:50", "豪雨", None, 85)
    s.rain("SN-RG-001", "21:00", "豪雨", None, 92)
    f3 = s.flood("SN-FL-003", "21:10", "16-30", W, cm=21)
    s.flood("SN-FL-004", "21:20", "16-30", W, cm=27)
    s.wl("SN-WL-002", "21:25", "3", W, 2.12)
    s.flood("SN-FL-005", "21:30", ">30", W, cm=36)
    s.flood("SN-FL-003", "21:35", ">30", W, cm=33)
    s.wl("SN-WL-002", "21:38", "2", W, 2.58)
    first_off = None
    for i, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]):
        st = s.status(sid, "21:42:%02d" % (5 + i * 3), "offline", G, reason="mains_power_lost", gateway="GW-CPS-01", alt=W)
        first_off = first_off or st
    s.flood("SN-FL-001", "21:50", "1-15", None, cm=8)
    for i, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002"]):
        s.offline_alert(sid, "21:5%d" % (2 + i), G, gateway="GW-CPS-01", alt=W)
    fx, fy = P("SN-FL-007")
    c1 = s.c1999("flooding", "22:04", W, "河南路靠近中央公園那邊水從公園漫出來，淹到人行道", *offset(fx, fy, 80, 60))
    s.flood("SN-FL-007", "22:10", ">30", W, cm=35)
    s.police("flooding_report", "22:15", W, "河南路停車場前路段積水約35公分，機車熄火", *offset(fx, fy, 20, 10), "Severe")
    s.c1999("flooding", "22:20", W, "逢甲水湳校區後面道路積水，學生宿舍門口進水", *offset(*P("SN-FA-009"), 120, -80))
    s.c1999("flooding", "22:31", W, "中央公園地下停車場南邊入口有水往下灌", *offset(*P("SN-PK-005"), 10, -40))
    s.police("road_closure", "22:36", W, "河南路（中平路至公園段）積水封閉", *offset(fx, fy, -40, -30), "Moderate")
    tx, ty = offset(*P("SN-VD-HUANZHONG-02"), -150, -120)
    tr = s.c1999("fallen_tree", "22:40", TR, "環中路往台74方向路樹倒下擋住兩個車道", tx, ty)
    s.police("fallen_object", "22:46", TR, "環中路二段近凱旋路 路樹倒塌橫躺車道，已通知養工處", tx + 0.0001, ty, "Moderate")
    s.cong("SN-VD-HUANZHONG-02", "22:50", TR, 15)
    s.c1999("power_outage", "22:55", G, "中央公園南邊步道路燈跟機房那邊都沒電", *offset(*P("SN-FL-004"), 40, 0), alt=W)
    s.c1999("other", "23:00", None, "颱風明天要不要上班上課？", *offset(fx, fy, -900, 400))
    for i, sid in enumerate(["SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-002", "SN-PK-005"]):
        s.status(sid, "23:20:%02d" % (2 + i * 2), "online", G, gateway="GW-CPS-01", alt=W)
    # buffered reading replayed after the gateway came back
    s.flood("SN-FL-005", "21:55", ">30", W, cm=44, arrive="23:20:30")
    s.flood("SN-FL-005", "23:21", "16-30", W, cm=26)
    s.wl("SN-WL-002", "23:21", "3", W, 2.21)
    s.police("road_reopened", "23:28", TR, "環中路倒樹移除，恢復通行", tx + 0.0001, ty, "Minor")
    s.incident(W, "flood", "中央公園南側滯洪池溢流，河南路與逢甲水湳校區周邊積水", f3["key"])
    s.incident(G, "infrastructure", "中央公園南區機櫃 GW-CPS-01 市電中斷，五項設備離線", first_off["key"])
    s.incident(TR, "traffic", "環中路二段路樹倒塌阻斷車道", tr["key"])
    s.set_alt("The cabinet lost power because the storm hit the park's south end; a colleague running one flood desk "
              "would treat the silent devices as part of the flood job (the water crew checks the cabinet), with no "
              "separate infrastructure job.", [], drop=(G,))
    return s


if __name__ == "__main__":
    for fn in (s1731, s1732, s1733, s1734, s1735, s1736):
        sit = fn()
        n = sit.write()
        print(sit.stem(), n)
