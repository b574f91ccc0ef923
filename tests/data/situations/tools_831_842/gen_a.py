"""Situations 831-836 (seeded; rerun to regenerate the same files)."""
from lib import (BUILDING, J, S, Sit, dist, offset, on_road, toward)


def vd_text(name, speed, occ):
    return f"{name} 平均車速 {speed} km/h，佔有率 {occ}%，車流壅塞"


def vd_clear(name, speed):
    return f"{name} 車流恢復，平均車速 {speed} km/h"


# ---------------------------------------------------------------- 831
def sit_831():
    s = Sit(831, "rush_crash_and_ladder_jingmao", "2027-03-09",
            "Morning rush: a crash at 經貿路/黎明路 and a ladder on the road 150 m south",
            "平日早上尖峰（週二 07:05-08:55）。07:41 經貿路二段/黎明路三段口汽機車擦撞，機車騎士受傷送醫；"
            "07:55 一輛小貨車掉落鋁梯在同一條經貿路二段、路口南側約 150 m 的內側車道。兩件分別派遣。"
            "背景：環中路尖峰車多、轉運中心停車場滿、路燈白天未關、計程車違停、工地噪音、偵測器短暫斷線。")
    X = J["jingmao_liming"]
    crash = offset(X, 12, 20)
    F = toward(X, J["jingmao_7th"], 150)
    A, B = "crash_jingmao_liming", "ladder_jingmao_south"

    # background: recurrent rush on 環中路 (VD-HUANZHONG-02), as every weekday
    s.series("rule", "congestion", "SN-VD-HUANZHONG-02", ["07:05", "07:20", "07:38", "07:58", "08:18"],
             lag=(40, 80), truth=None, severity=["Minor", "Moderate", "Moderate", "Moderate", "Minor"],
             text=[vd_text("環中路車輛偵測器2", v, o) for v, o in [(24, 38), (16, 47), (15, 49), (17, 45), (23, 39)]],
             end_category="cleared", end_time="08:41", end_text=vd_clear("環中路車輛偵測器2", 44))
    # background: a detector flap
    s.add("status", "offline", "07:12:40", lag=(1, 4), sensor="SN-VD-LIMING-01", truth=None,
          text="黎明路車輛偵測器1 離線（通訊中斷 comms_lost）")
    s.add("rule", "sensor_offline", "07:15:00", lag=(20, 40), sensor="SN-VD-LIMING-01", truth=None,
          severity="Minor", text="黎明路車輛偵測器1 超過 120 秒未回傳資料")
    s.add("status", "online", "07:19:10", lag=(1, 4), sensor="SN-VD-LIMING-01", truth=None,
          text="黎明路車輛偵測器1 恢復連線")
    s.add("rule", "cleared", "07:19:30", lag=(20, 40), sensor="SN-VD-LIMING-01", truth=None,
          severity="Minor", text="黎明路車輛偵測器1 恢復回傳，離線警戒解除")
    # background: streetlight lit by day, 80 m west of the junction
    sl = s.add("1999", "streetlight", "07:28:15", lag=(60, 150), pos=offset(X, 80, 255), truth=None,
               text="黎明路三段靠近經貿路這邊，天都亮了路燈還亮著，燈桿上寫 XT-08213。")
    s.add("1999", "streetlight", "08:50:00", lag=(30, 90), pos=offset(X, 80, 255), truth=None, follows=sl,
          text="案件更新：已派工 養工處路燈維護廠商調整光控器")
    s.add("cctv", "crowding", "07:31:05", lag=(5, 15), sensor="SN-CCTV-004", confidence=0.44, truth=None,
          text="經貿路二段/環中路二段 公車站候車人潮（學生）")

    # A: crash
    cv = s.add("cctv", "accident", "07:41:40", lag=(6, 12), sensor="SN-CCTV-005", pos=crash,
               confidence=0.71, truth=A, text="經貿路二段/黎明路三段 路口疑似事故，機車倒地")
    c1 = s.add("1999", "traffic_accident", "07:43:05", lag=(70, 100), pos=s.scatter(crash, 40, 70), truth=A,
               text="經貿路黎明路口一台機車跟轎車擦撞，有人倒在地上，麻煩派人來看一下。")
    s.dup(c1, 95)
    f1 = s.add("119", "ambulance", "07:44:10", lag=(40, 70), pos=X, truth=A,
               text="西屯區經貿路二段與黎明路三段口 車禍 機車騎士倒地 意識清楚 左腳疼痛 派遣 水湳分隊救護車")
    s.series("rule", "congestion", "SN-VD-JINGMAO-01", ["07:46", "07:56"], lag=(40, 70), truth=A,
             severity=["Moderate", "Severe"],
             text=[vd_text("經貿路車輛偵測器1", 11, 58), vd_text("經貿路車輛偵測器1", 7, 71)])
    s.add("1999", "traffic_accident", "07:49:20", lag=(90, 160), pos=offset(BUILDING["hub"], 30, 160), truth=A,
          text="我在轉運站公車站這邊，往黎明路那個路口好像有車禍，有人躺在地上，救護車要過來了嗎？")
    s.add("cctv", "stalled_vehicle", "07:51:50", lag=(6, 12), sensor="SN-CCTV-005", pos=crash,
          confidence=0.64, truth=A, text="經貿路二段/黎明路三段 路口內車輛停滯")
    s.add("119", "ambulance", "07:52:30", lag=(30, 60), pos=X, truth=A, follows=f1,
          text="救護車抵達現場 機車騎士 男 40餘歲 左小腿擦挫傷")

    # B: ladder fallen from a pickup, 150 m south on the same road
    cvb = s.add("cctv", "fallen_object", "07:55:40", lag=(6, 12), sensor="SN-CCTV-006", pos=F,
                confidence=0.58, truth=B, text="經貿路二段 北向望 約 250 m 處 內側車道疑似掉落物")
    cz = s.add("1999", "other", "07:57:50", lag=(80, 140), pos=s.scatter(X, 30, 60), truth=B,
               text="黎明路口那邊往南，路中間有一支鋁梯子，應該是貨車掉的，我剛剛差點撞上去，很危險。")

    # more of A and B interleaved
    s.series("rule", "congestion", "SN-VD-JINGMAO-01", ["08:06", "08:16"], lag=(40, 70), truth=A, alt=B,
             severity=["Severe", "Moderate"],
             text=[vd_text("經貿路車輛偵測器1", 8, 69), vd_text("經貿路車輛偵測器1", 13, 55)],
             end_category="cleared", end_time="08:31", end_text=vd_clear("經貿路車輛偵測器1", 38))
    p1 = s.add("incident", "traffic_accident", "07:42:00", lag=(18 * 60, 20 * 60), pos=X, severity="Moderate",
               truth=A, text="西屯區經貿路二段與黎明路三段口 自小客左轉與機車擦撞 機車騎士受傷送醫 A2類 員警到場處理")
    s.add("119", "ambulance", "08:05:20", lag=(30, 60), pos=X, truth=A, follows=f1,
          text="傷者送往中國醫藥大學附設醫院 生命徵象穩定 返隊")
    pb = s.add("incident", "fallen_object", "07:59:30", lag=(24 * 60, 26 * 60), pos=F, severity="Minor", truth=B,
               text="經貿路二段（黎明路口南側約150公尺）內側車道鋁梯一具掉落 員警到場排除 指揮車輛改道")
    # the follow-up of B reaches the center before the report it follows
    s.add("incident", "fallen_object", "08:14:00", lag=(5 * 60, 6 * 60), pos=F, severity="Minor", truth=B,
          follows=pb, text="經貿路二段掉落鋁梯已移除 內側車道恢復通行 車主已聯繫到")
    s.add("incident", "traffic_accident", "08:20:00", lag=(7 * 60, 9 * 60), pos=X, severity="Minor", truth=A,
          follows=p1, text="經貿路二段與黎明路三段口事故車輛已移置路邊 現場排除完畢")

    # background around the hub
    s.add("parking", "full", "08:09:40", lag=(2, 10), sensor="SN-PK-001", truth=None,
          text="水湳轉運中心停車場 汽車剩餘 0 位")
    s.add("1999", "illegal_parking", "08:12:30", lag=(60, 200), pos=offset(BUILDING["hub"], 60, 200), truth=None,
          text="轉運中心門口計程車一直排班停在車道上，公車都要閃，每天早上都這樣。")
    s.add("1999", "noise", "08:36:10", lag=(60, 200), pos=offset(BUILDING["conv_b"], 180, 80), truth=None,
          text="會展中心後面的工地一大早就在打樁，吵到沒辦法上課。")

    # more background of an ordinary rush hour
    s.add("1999", "環境清潔", "07:08:30", lag=(60, 200), pos=offset(BUILDING["hub"], 70, 120), truth=None,
          text="轉運中心旁邊公車站的垃圾桶滿出來了，垃圾掉一地。")
    s.series("rule", "congestion", "SN-VD-ZHONGQING-01", ["07:22", "07:44", "08:04"], lag=(40, 80), truth=None,
             severity=["Minor", "Moderate", "Minor"],
             text=[vd_text("中清路車輛偵測器1", v, o) for v, o in [(22, 40), (15, 49), (21, 41)]],
             end_category="cleared", end_time="08:29", end_text=vd_clear("中清路車輛偵測器1", 42))
    s.add("1999", "illegal_parking", "08:22:10", lag=(60, 200), pos=offset(S("SN-PK-002"), 25, 80), truth=None,
          text="經貿六停車場門口有一台車並排停在那邊等人，停車場的車出不來。")
    s.add("1999", "road_damage", "08:26:40", lag=(60, 200), pos=offset(X, 120, 250), truth=None,
          text="黎明路三段靠經貿路這邊機車道有一個坑洞，騎過去會跳一下。")
    s.add("status", "offline", "08:40:00", lag=(1, 4), sensor="SN-PK-002", truth=None,
          text="經貿六停車場 離線（通訊中斷 comms_lost）")
    s.add("status", "online", "08:47:30", lag=(1, 4), sensor="SN-PK-002", truth=None,
          text="經貿六停車場 恢復連線")
    s.incident(A, "traffic", "經貿路二段/黎明路三段口汽機車擦撞，機車騎士受傷送醫；CCTV、兩通 1999、119 救護、警方報告與路口北側經貿路偵測器的壅塞。", cv)
    s.incident(B, "traffic", "經貿路二段黎明路口南側約 150 m 內側車道鋁梯掉落，員警排除；CCTV-006 遠望偵測、1999 與警方報告（含先到的結案追報）。", cz)
    s.alternative(
        "經貿路車輛偵測器1 在 07:55 鋁梯掉落後仍持續壅塞：事故車 08:20 前仍在路口，但南向車流也被鋁梯擋在路口南側。"
        "主判讀把整段壅塞算給先發生、仍在處理的事故；另一種判讀把 08:06 之後的壅塞與解除算給鋁梯。")
    s.notes = "CCTV-006 的掉落物事件帶的是它看到的位置（鏡頭南方路口北望約 250 m），不是鏡頭本身位置。"
    return s


# ---------------------------------------------------------------- 832
def sit_832():
    s = Sit(832, "stalled_bus_sick_passenger_hub", "2027-04-14",
            "A city bus breaks down on 環中路 by the hub; a passenger taken ill; a theft in the hub",
            "平日上午（週三 09:20-11:40）。09:47 市公車在環中路二段中科路口東側故障，佔用外側車道；"
            "10:01 車上一名 78 歲乘客頭暈胸悶，119 另案送醫；10:18 轉運中心候車區旅客後背包遭竊。"
            "背景：尖峰尾段壅塞、轉運中心停車場滿、轉運中心火警總機迴路斷線（單獨故障）、違停、路燈、停車場設備維護離線。")
    Z = J["zhongke_huanzhong"]
    bus = on_road("huanzhong", Z, 60)
    hub = BUILDING["hub"]
    A, B, C = "bus_breakdown_huanzhong", "bus_passenger_ill", "theft_hub_waiting_hall"

    s.series("rule", "congestion", "SN-VD-HUANZHONG-02", ["09:20", "09:30"], lag=(40, 80), truth=None,
             severity=["Minor", "Minor"],
             text=[vd_text("環中路車輛偵測器2", 25, 36), vd_text("環中路車輛偵測器2", 27, 34)],
             end_category="cleared", end_time="09:38", end_text=vd_clear("環中路車輛偵測器2", 43))
    s.add("parking", "full", "09:29:30", lag=(2, 10), sensor="SN-PK-001", truth=None,
          text="水湳轉運中心停車場 汽車剩餘 0 位")
    s.add("fire_alarm", "fault", "09:35:20", lag=(2, 8), sensor="SN-FA-001", truth=None,
          text="水湳轉運中心 受信總機 3F 候車區 第12迴路 斷線故障")

    # A: bus breakdown
    cv = s.add("cctv", "stalled_vehicle", "09:48:20", lag=(5, 12), sensor="SN-CCTV-003", pos=bus,
               confidence=0.82, truth=A, text="環中路二段 中科路口東側 外側車道大型車停滯 閃黃燈")
    s.series("rule", "congestion", "SN-VD-HUANZHONG-02", ["09:52", "10:02", "10:12", "10:24"],
             lag=(40, 80), truth=A, severity=["Moderate", "Moderate", "Severe", "Moderate"],
             text=[vd_text("環中路車輛偵測器2", v, o) for v, o in [(14, 50), (12, 55), (8, 68), (15, 49)]],
             end_category="cleared", end_time="10:43", end_text=vd_clear("環中路車輛偵測器2", 42))
    s.add("1999", "other", "09:53:40", lag=(80, 160), pos=on_road("huanzhong", Z, -190), truth=A,
          text="環中路往中清路方向，有一台公車停在外側車道不動，後面塞一整排，是不是壞掉了？")
    pa = s.add("incident", "stalled_vehicle", "09:50:00", lag=(19 * 60, 21 * 60), pos=Z, severity="Moderate",
               truth=A, text="環中路二段（中科路口東側）市區公車引擎故障 佔用外側車道 已通知客運公司派拖吊車 員警現場疏導")
    s.dup(pa, 40)

    # B: a passenger taken ill on the stalled bus
    fb = s.add("119", "ambulance", "10:01:50", lag=(40, 70), pos=bus, truth=B, alt=A,
               text="西屯區環中路二段近中科路口 故障公車上 乘客 男 78歲 頭暈胸悶 派遣 水湳分隊救護車")
    s.add("1999", "other", "10:05:30", lag=(60, 120), pos=s.scatter(bus, 15, 30), truth=A,
          text="我在環中路這台壞掉的公車上，等了快二十分鐘都沒有接駁車，車上還有阿伯不舒服，客運都不處理。")
    s.add("119", "ambulance", "10:09:40", lag=(30, 60), pos=bus, truth=B, alt=A, follows=fb,
          text="救護車抵達 患者意識清楚 血壓偏高 予以氧氣")
    s.add("incident", "medical", "10:10:00", lag=(20 * 60, 22 * 60), pos=Z, severity="Minor", truth=B, alt=A,
          text="環中路二段故障公車上乘客身體不適 由救護車送醫 員警協助")
    s.add("119", "ambulance", "10:21:30", lag=(30, 60), pos=bus, truth=B, alt=A, follows=fb,
          text="患者送往中國醫藥大學附設醫院急診 返隊")

    # C: theft at the hub
    pc = s.add("incident", "theft", "10:18:00", lag=(27 * 60, 29 * 60), pos=hub, severity="Minor", truth=C,
               text="水湳轉運中心1樓候車區 旅客後背包放座位旁遭竊 內有筆記型電腦 受理報案")
    s.add("incident", "theft", "11:20:00", lag=(11 * 60, 13 * 60), pos=hub, severity="Minor", truth=C,
          follows=pc, text="轉運中心竊案 調閱站內監視器中 嫌犯往經貿路方向離開")

    s.add("incident", "stalled_vehicle", "10:38:00", lag=(6 * 60, 8 * 60), pos=Z, severity="Minor", truth=A,
          follows=pa, text="環中路二段故障公車已由拖吊車拖離 外側車道恢復通行")
    # background
    s.add("1999", "illegal_parking", "10:40:20", lag=(60, 200), pos=offset(S("SN-PK-002"), 40, 10), truth=None,
          text="經貿路二段經貿六停車場門口，有兩台車停在紅線上面，進出很危險。")
    s.add("fire_alarm", "normal", "10:50:10", lag=(2, 8), sensor="SN-FA-001", truth=None,
          text="水湳轉運中心 受信總機 第12迴路 故障復歸")
    sl = s.add("1999", "streetlight", "10:55:40", lag=(60, 200), pos=on_road("zhongke", Z, 220), truth=None,
               text="中科路靠環中路這邊有一支路燈燈罩掉一半，吊在那邊，燈桿號碼 XT-07766。")
    s.add("1999", "streetlight", "11:32:00", lag=(30, 90), pos=on_road("zhongke", Z, 220), truth=None, follows=sl,
          text="案件更新：已派工 養工處將於今日下午更換燈罩")
    s.add("status", "offline", "11:05:00", lag=(1, 4), sensor="SN-PK-006", truth=None,
          text="臺中國際會展中心停車場 離線（維護 maintenance）")
    s.add("status", "online", "11:26:30", lag=(1, 4), sensor="SN-PK-006", truth=None,
          text="臺中國際會展中心停車場 恢復連線")

    s.add("1999", "環境清潔", "09:25:30", lag=(60, 200), pos=offset(hub, 90, 250), truth=None,
          text="轉運站旁邊人行道一堆檳榔渣跟菸蒂，很髒。")
    s.series("rule", "congestion", "SN-VD-JINGMAO-01", ["09:41"], lag=(40, 80), truth=None, severity="Minor",
             text=vd_text("經貿路車輛偵測器1", 24, 39),
             end_category="cleared", end_time="09:56", end_text=vd_clear("經貿路車輛偵測器1", 40))
    s.add("cctv", "stalled_vehicle", "09:49:10", lag=(5, 12), sensor="SN-CCTV-004", pos=bus, confidence=0.60,
          truth=A, text="經貿路二段/環中路二段 西向望 環中路外側車道大型車停滯")
    s.add("1999", "other", "10:15:20", lag=(60, 120), pos=on_road("huanzhong", Z, -190), truth=A,
          text="剛剛打過了，環中路那台公車還卡在那邊，現在塞到凱旋路了。")
    cc = s.add("1999", "other", "10:25:40", lag=(60, 150), pos=s.scatter(hub, 10, 40), truth=C,
          text="我在轉運站候車的時候背包被偷了，裡面有電腦，要去哪裡報案？")
    s.add("1999", "動物救援", "10:47:30", lag=(60, 200), pos=on_road("zhongke", Z, 160), truth=None,
          text="中科路旁邊排水溝有一隻小狗掉下去爬不上來，一直叫。")
    s.add("1999", "noise", "11:00:20", lag=(60, 200), pos=s.scatter(hub, 20, 50), truth=None,
          text="轉運中心裡面的廣播開超大聲，一直重複，耳朵很痛。")
    s.add("1999", "illegal_parking", "11:10:40", lag=(60, 200), pos=offset(hub, 60, 180), truth=None,
          text="轉運中心外面接送的車一直並排停，計程車也停在公車道。")
    s.incident(A, "traffic", "環中路二段中科路口東側市公車故障佔用外側車道至拖離；CCTV、1999、警方報告與追報、上游環中路偵測器壅塞。", cv)
    s.incident(B, "rescue", "故障公車上 78 歲乘客頭暈胸悶，119 救護送醫（另一案，另派救護車）。", fb)
    s.incident(C, "public_safety", "轉運中心候車區旅客後背包遭竊：失主 1999 問哪裡報案、警方受理與調閱監視器追報。", cc)
    s.alternative(
        "生病乘客就在故障公車上：有協調員會把它當成同一現場、同一件事的一部分（公車故障事件附帶救護），"
        "而不是另一件救護案。主判讀依實際派遣（拖吊/交通疏導 vs. 119 救護）分成兩件。",
        [])
    return s


# ---------------------------------------------------------------- 833
def sit_833():
    s = Sit(833, "shop_fire_and_scooter_crash_kaixuan", "2027-05-20",
            "A restaurant kitchen fire on 凱旋路 and a scooter rear-end at the next junction",
            "平日傍晚（週四 17:20-19:40）。17:32 凱旋路（黎明路口北側約 120 m）熱炒店廚房油鍋起火，消防到場撲滅，"
            "凱旋路南向暫時封閉；18:08 北邊下一個路口環中路二段/凱旋路機車追撞自小客（騎士看消防車分心），另派救護。"
            "背景：環中路晚尖峰、黎明路空地燒雜草、旁邊淹水感測器短暫斷線、路燈閃爍、紅線違停。")
    LK = J["liming_kaixuan"]
    KH = J["kaixuan_huanzhong"]
    fire = on_road("kaixuan", LK, -120)
    crash = offset(KH, 15, 100)
    A, B = "fire_restaurant_kaixuan", "crash_kaixuan_huanzhong"

    s.series("rule", "congestion", "SN-VD-HUANZHONG-02", ["17:20", "17:35", "17:52"], lag=(40, 80), truth=None,
             severity=["Minor", "Moderate", "Moderate"],
             text=[vd_text("環中路車輛偵測器2", v, o) for v, o in [(23, 40), (17, 47), (16, 48)]])
    # A: fire
    c1 = s.add("1999", "fire_smoke", "17:33:40", lag=(50, 90), pos=s.scatter(fire, 30, 50), truth=A,
               text="凱旋路這邊一間熱炒店一直冒黑煙，好像廚房燒起來了，裡面的人都跑出來了！")
    f1 = s.add("119", "fire", "17:34:20", lag=(30, 50), pos=fire, truth=A,
               text="西屯區凱旋路 熱炒店 廚房油鍋起火 延燒排油煙管 派遣 西屯、水湳分隊 水箱車2 救護車1")
    s.dup(f1, 70)
    s.add("cctv", "smoke", "17:35:30", lag=(5, 12), sensor="SN-CCTV-007", pos=fire, confidence=0.77, truth=A,
          text="黎明路三段/凱旋路 北向畫面 濃煙")
    s.add("1999", "fire_smoke", "17:37:10", lag=(60, 120), pos=offset(LK, 300, 255), truth=A,
          text="我在黎明路上，看到凱旋路那邊一直冒黑煙，不知道是哪裡燒起來，要不要報一下。")
    s.add("cctv", "smoke", "17:38:30", lag=(5, 12), sensor="SN-CCTV-007", pos=fire, confidence=0.85, truth=A,
          text="黎明路三段/凱旋路 北向畫面 濃煙")
    s.series("rule", "congestion", "SN-VD-KAIXUAN-01", ["17:41", "17:51", "18:06", "18:21"], lag=(40, 80),
             truth=A, severity=["Moderate", "Severe", "Severe", "Moderate"],
             text=[vd_text("凱旋路車輛偵測器1", v, o) for v, o in [(12, 55), (5, 78), (6, 74), (14, 50)]],
             end_category="cleared", end_time="18:44", end_text=vd_clear("凱旋路車輛偵測器1", 36))
    s.add("119", "fire", "17:44:30", lag=(30, 60), pos=fire, truth=A, follows=f1,
          text="第一梯次抵達現場 熱炒店廚房火勢 出水中 無人受困")
    pf = s.add("incident", "fire_report", "17:36:00", lag=(22 * 60, 24 * 60), pos=fire, severity="Moderate",
               truth=A, text="凱旋路（黎明路口北側）熱炒店火警 員警到場協助疏散及交通管制")
    pr = s.add("incident", "road_closure", "17:48:00", lag=(23 * 60, 25 * 60), pos=fire, severity="Moderate",
               truth=A, text="凱旋路（黎明路至環中路段）南向車道暫時封閉 配合消防救災 請用路人改道")
    s.add("119", "fire", "18:02:10", lag=(30, 60), pos=fire, truth=A, follows=f1,
          text="火勢已撲滅 無人受傷 排煙中")

    # B: crash at the next junction
    cv = s.add("cctv", "accident", "18:08:30", lag=(6, 12), sensor="SN-CCTV-002", pos=crash, confidence=0.69,
               truth=B, text="凱旋路/環中路二段 路口疑似事故 機車倒地")
    s.add("1999", "traffic_accident", "18:10:00", lag=(60, 120), pos=s.scatter(crash, 80, 130), truth=B,
          text="消防車那邊再過去的路口，環中路那邊有一台機車撞到前面的車摔倒了，人坐在地上。")
    fb = s.add("119", "ambulance", "18:11:10", lag=(40, 70), pos=KH, truth=B,
               text="西屯區環中路二段與凱旋路口 機車追撞自小客 騎士 女 擦挫傷 意識清楚 派遣 水湳分隊救護車")
    s.series("rule", "congestion", "SN-VD-HUANZHONG-02", ["18:12", "18:27", "18:45"], lag=(40, 80), truth=B,
             alt=None, severity=["Moderate", "Severe", "Moderate"],
             text=[vd_text("環中路車輛偵測器2", v, o) for v, o in [(13, 53), (8, 66), (15, 47)]],
             end_category="cleared", end_time="19:04", end_text=vd_clear("環中路車輛偵測器2", 40))
    s.add("status", "offline", "18:15:10", lag=(1, 4), sensor="SN-FL-009", truth=None,
          text="黎明路凱旋路口低窪處 淹水感測器 離線（通訊中斷 comms_lost）")
    s.add("cctv", "smoke", "18:20:00", lag=(5, 12), sensor="SN-CCTV-007", pos=fire, confidence=0.52, truth=A,
          text="黎明路三段/凱旋路 北向畫面 煙霧")
    s.add("119", "ambulance", "18:22:40", lag=(30, 60), pos=KH, truth=B, follows=fb,
          text="騎士送往中國醫藥大學附設醫院 返隊")
    s.add("status", "online", "18:27:40", lag=(1, 4), sensor="SN-FL-009", truth=None,
          text="黎明路凱旋路口低窪處 淹水感測器 恢復連線")
    pb = s.add("incident", "traffic_accident", "18:09:00", lag=(26 * 60, 28 * 60), pos=KH, severity="Minor",
               truth=B, text="環中路二段與凱旋路口 機車追撞自小客 騎士輕傷送醫 A2類 疑似注意力不集中")
    s.add("1999", "環境公害", "18:33:30", lag=(60, 180), pos=offset(LK, 460, 250), truth=None,
          text="黎明路三段旁邊空地有人在燒雜草，煙很大一直飄進我家，可以派人來處理嗎？")
    s.add("119", "fire", "18:40:00", lag=(30, 60), pos=fire, truth=A, follows=f1,
          text="殘火處理完畢 現場交由店家及警方 全部返隊")
    s.add("incident", "road_closure", "18:46:00", lag=(8 * 60, 10 * 60), pos=fire, severity="Minor", truth=A,
          follows=pr, text="凱旋路南向車道封閉解除 恢復通行")
    s.add("incident", "traffic_accident", "18:52:00", lag=(9 * 60, 11 * 60), pos=KH, severity="Minor", truth=B,
          follows=pb, text="環中路二段與凱旋路口事故 車輛已移置 現場排除")
    s.add("1999", "streetlight", "19:10:20", lag=(60, 180), pos=offset(LK, 80, 300), truth=None,
          text="黎明路凱旋路口附近一支路燈一閃一閃的，很久了。")
    s.add("1999", "illegal_parking", "19:22:50", lag=(60, 180), pos=offset(fire, 40, 10), truth=None,
          text="凱旋路上一整排車停在紅線，晚上吃飯時間都這樣。")

    s.add("1999", "環境清潔", "17:27:50", lag=(60, 200), pos=on_road("kaixuan", LK, -300), truth=None,
          text="凱旋路人行道上有人丟一堆廢棄家具，沙發床墊都有，擋到路。")
    s.series("rule", "congestion", "SN-VD-JINGMAO-01", ["17:40", "17:58"], lag=(40, 80), truth=None,
             severity=["Minor", "Minor"],
             text=[vd_text("經貿路車輛偵測器1", 23, 40), vd_text("經貿路車輛偵測器1", 21, 42)],
             end_category="cleared", end_time="18:22", end_text=vd_clear("經貿路車輛偵測器1", 38))
    s.add("1999", "fire_smoke", "17:50:30", lag=(60, 120), pos=s.scatter(fire, 40, 80), truth=A,
          text="剛剛打過了，凱旋路那間店黑煙還是很大，消防車到了沒？")
    s.add("1999", "環境公害", "19:05:10", lag=(60, 180), pos=offset(LK, 460, 250), truth=None,
          text="剛剛打過了，黎明路那塊空地還在燒，煙一直進來，小孩在咳嗽。")
    s.add("parking", "full", "19:28:00", lag=(2, 10), sensor="SN-PK-001", truth=None,
          text="水湳轉運中心停車場 汽車剩餘 0 位")
    s.add("1999", "road_damage", "19:35:20", lag=(60, 180), pos=offset(fire, 30, 200), truth=None,
          text="凱旋路剛剛消防車停的地方，水溝蓋鬆掉了，車子壓過去一直叩叩響。")
    s.incident(A, "fire", "凱旋路熱炒店廚房油鍋起火（消防撲滅，無人受傷），含 1999 三通（一通在 300 m 外、一通再打）、CCTV-007 煙霧、119 各階段、警方火警與封路、凱旋路偵測器壅塞。", c1)
    s.incident(B, "traffic", "環中路二段/凱旋路口機車追撞自小客，騎士輕傷送醫（另一案另一輛救護車），含環中路偵測器2 事故後的壅塞。", cv)
    s.alternative(
        "環中路車輛偵測器2 在事故前已因晚尖峰壅塞（17:20-17:52，背景）。事故後（18:12 起）的壅塞主判讀算給事故（佔用路口、救護車停在路口），"
        "另一種判讀認為那只是同一個晚尖峰的延續，全部是背景。", [])
    return s


# ---------------------------------------------------------------- 834
def sit_834():
    s = Sit(834, "concert_lost_child_and_fight", "2027-06-18",
            "Friday concert at the Pop Music Center: a lost child, a fight in the car park, a fan who fainted",
            "週五晚上（19:00-22:40）流行影音中心演唱會（已核准，19:30-21:30）。20:12 外廣場 5 歲男童走失，20:38 在公園步道尋獲；"
            "20:25 旁邊停車場兩群人酒後互毆，一人頭部撕裂傷送醫；20:55 館門口排隊的女歌迷昏倒，另派救護。"
            "背景：演唱會本身（許可、進散場車流、停車場滿、低音噪音抱怨、散場違停、警方散場交管）、公園路燈、館內偵煙器故障。")
    pm = BUILDING["popmusic"]
    plaza = offset(pm, 120, 75)
    fight = offset(pm, 150, 140)
    path = offset(pm, 420, 150)
    A, B, C, EV = "lost_child_popmusic", "fight_popmusic_carpark", "fan_fainted_popmusic", "concert_popmusic"

    s.add("planned_event", "concert", "19:30:00", lag=-16 * 86400 + 3600 * 2, pos=pm, truth=None, alt=EV,
          ends="21:30", text="臺中流行影音中心 戶外演唱會 預估 6,000 人 管制範圍半徑 300 公尺 19:30-21:30")
    s.series("rule", "congestion", "SN-VD-KAIXUAN-02", ["19:05", "19:17", "19:29"], lag=(40, 80), truth=None,
             alt=EV, severity=["Minor", "Moderate", "Moderate"],
             text=[vd_text("凱旋路車輛偵測器2", v, o) for v, o in [(22, 40), (13, 54), (12, 56)]],
             end_category="cleared", end_time="19:52", end_text=vd_clear("凱旋路車輛偵測器2", 37))
    s.add("parking", "full", "19:18:30", lag=(2, 10), sensor="SN-PK-004", truth=None, alt=EV,
          text="中央公園地下停車場(北) 汽車剩餘 0 位")
    sl = s.add("1999", "streetlight", "19:41:00", lag=(60, 200), pos=offset(pm, 300, 120), truth=None,
               text="中央公園靠凱旋路那邊步道有一盞路燈不亮，晚上走路看不到。")
    s.add("1999", "streetlight", "22:25:00", lag=(30, 90), pos=offset(pm, 300, 120), truth=None, follows=sl,
          text="案件更新：已派工 明日白天更換燈具")
    s.add("fire_alarm", "fault", "19:50:30", lag=(2, 8), sensor="SN-FA-006", truth=None,
          text="臺中流行影音中心 受信總機 B1 偵煙探測器 污損故障")
    s.add("1999", "noise", "20:05:10", lag=(60, 150), pos=offset(pm, 460, 225), truth=None, alt=EV,
          text="流行影音中心的演唱會低音一直震，我家窗戶都在響，可以請他們小聲一點嗎？")

    # A: lost child
    pa = s.add("incident", "other", "20:14:00", lag=(16 * 60, 18 * 60), pos=plaza, severity="Moderate", truth=A,
               text="流行影音中心外廣場 5歲男童走失 穿黃色上衣藍色短褲 母親在服務台等候 請線上警力協尋")
    s.add("fire_alarm", "normal", "20:20:40", lag=(2, 8), sensor="SN-FA-006", truth=None,
          text="臺中流行影音中心 受信總機 B1 故障復歸")

    # B: fight
    cb = s.add("1999", "noise", "20:26:00", lag=(50, 90), pos=s.scatter(fight, 60, 110), truth=B,
               text="停車場那邊有一群人在吵架大叫，好像打起來了，有人在流血！")
    pb = s.add("incident", "public_disturbance", "20:27:00", lag=(17 * 60, 19 * 60), pos=fight, severity="Moderate",
               truth=B, text="流行影音中心旁停車場 兩群民眾酒後口角互毆 一男頭部撕裂傷 員警到場控制")
    s.dup(pb, 200)
    fb = s.add("119", "ambulance", "20:33:10", lag=(40, 70), pos=fight, truth=B,
               text="西屯區 流行影音中心旁停車場 打架 男 30歲 頭部撕裂傷 派遣 水湳分隊救護車 請警方陪同")
    # A: found in the park, reported by a passer-by before the police close it
    s.add("1999", "other", "20:35:20", lag=(60, 120), pos=s.scatter(path, 20, 50), truth=A,
          text="公園步道這邊有一個小男生自己一個人在哭，說找不到媽媽，穿黃色衣服，我陪著他。")
    s.add("119", "ambulance", "20:41:50", lag=(30, 60), pos=fight, truth=B, follows=fb,
          text="抵達現場 傷者頭部撕裂傷約3公分 已包紮")
    s.add("incident", "other", "20:38:00", lag=(11 * 60, 13 * 60), pos=plaza, severity="Minor", truth=A,
          follows=pa, text="走失男童已於中央公園步道由民眾陪同尋獲 交還母親")

    # C: a fan fainted at the hall entrance
    fc = s.add("119", "ambulance", "20:55:30", lag=(40, 70), pos=pm, truth=C,
               text="西屯區 臺中流行影音中心 入口處 女 22歲 排隊時昏倒 意識已恢復 派遣 西屯分隊救護車")
    s.add("incident", "public_disturbance", "20:58:00", lag=(9 * 60, 11 * 60), pos=fight, severity="Minor", truth=B,
          follows=pb, text="停車場互毆案 雙方當事人已帶回派出所 傷者送醫")
    s.add("119", "ambulance", "21:02:20", lag=(30, 60), pos=fight, truth=B, follows=fb,
          text="傷者送往中國醫藥大學附設醫院 返隊")
    s.add("119", "ambulance", "21:04:00", lag=(30, 60), pos=pm, truth=C, follows=fc,
          text="患者意識清楚 生命徵象穩定 拒絕送醫 由友人陪同 返隊")
    s.add("1999", "noise", "21:10:30", lag=(60, 150), pos=offset(pm, 450, 228), truth=None, alt=EV,
          text="剛剛打過了，演唱會還是很吵，到底幾點結束？")

    # the concert lets out
    s.series("rule", "congestion", "SN-VD-KAIXUAN-02", ["21:36", "21:48", "22:00"], lag=(40, 80), truth=None,
             alt=EV, severity=["Moderate", "Severe", "Moderate"],
             text=[vd_text("凱旋路車輛偵測器2", v, o) for v, o in [(11, 58), (6, 73), (14, 50)]],
             end_category="cleared", end_time="22:18", end_text=vd_clear("凱旋路車輛偵測器2", 39))
    s.add("incident", "crowd_control", "21:35:00", lag=(14 * 60, 16 * 60), pos=pm, severity="Minor", truth=None,
          alt=EV, text="流行影音中心演唱會散場 人潮約6,000人 員警於凱旋路口指揮疏導")
    s.add("1999", "illegal_parking", "21:52:00", lag=(60, 200), pos=on_road("kaixuan", S("SN-VD-KAIXUAN-02"), -250),
          truth=None, alt=EV, text="凱旋路兩邊都停滿車，紅線、公車站都停，公車都進不了站。")

    s.add("1999", "illegal_parking", "19:10:40", lag=(60, 200), pos=on_road("kaixuan", S("SN-VD-KAIXUAN-02"), -150),
          truth=None, alt=EV, text="凱旋路上面一堆車並排等人下車，公車都過不去。")
    s.add("1999", "crowding", "19:35:00", lag=(60, 200), pos=s.scatter(pm, 40, 80), truth=None, alt=EV,
          text="流行影音中心門口排隊的人很多，整個人行道都塞住，推娃娃車過不去。")
    s.series("rule", "congestion", "SN-VD-ZHONGKE-01", ["20:00"], lag=(40, 80), truth=None, alt=EV,
             severity="Minor", text=vd_text("中科路車輛偵測器1", 22, 40),
             end_category="cleared", end_time="20:16", end_text=vd_clear("中科路車輛偵測器1", 39))
    ca = s.add("1999", "other", "20:20:30", lag=(60, 120), pos=s.scatter(pm, 180, 240), truth=A,
          text="流行影音中心那邊一直在廣播找小孩，我剛剛好像看到一個穿黃衣服的小朋友自己往公園那邊走。")
    s.add("status", "offline", "21:20:00", lag=(1, 4), sensor="SN-PK-004", truth=None,
          text="中央公園地下停車場(北) 離線（通訊中斷 comms_lost）")
    s.add("status", "online", "21:33:40", lag=(1, 4), sensor="SN-PK-004", truth=None,
          text="中央公園地下停車場(北) 恢復連線")
    s.add("1999", "noise", "22:10:20", lag=(60, 200), pos=s.scatter(pm, 150, 250), truth=None, alt=EV,
          text="散場之後一群人在停車場聊天大笑，機車一直催，很吵。")
    s.incident(A, "rescue", "5 歲男童在流行影音中心外廣場走失：民眾聽到廣播找小孩的 1999、警方協尋報告、公園步道民眾陪同的 1999、尋獲交還追報。", ca)
    s.incident(B, "public_safety", "流行影音中心旁停車場酒後互毆，一人頭部撕裂傷；1999（報成噪音）、警方報告與追報、119 救護。", cb)
    s.incident(C, "rescue", "館門口排隊女歌迷昏倒，119 救護到場（拒絕送醫）；與互毆的救護不同案。", fc)
    s.alternative(
        "演唱會本身是否算一件事：主判讀把已核准、照計畫進行的演唱會（許可、進散場壅塞、停車場滿、低音噪音、散場交管、違停）當背景；"
        "另一種判讀認為中心對這場活動有值勤（人潮與活動安全），應開一件「活動」事件，把這些都收進去。走失、互毆、昏倒兩種判讀都各自一件。",
        [{"label": EV, "type": "crowd",
          "description": "流行影音中心演唱會值勤（人潮與活動安全）：許可、進散場車流、停車場滿、噪音抱怨、散場交管與違停。",
          "sufficient_evidence_key": None}])
    # the permit is the sufficient evidence of the event watch under the alternative reading
    s.alt_incidents[EV]["sufficient_evidence_key"] = s.items[0]["key"]
    return s


# ---------------------------------------------------------------- 835
def sit_835():
    s = Sit(835, "water_main_leak_and_school_gate", "2027-09-07",
            "A water main bursts on 經貿路三段 during the school run; a child knocked by a reversing car 400 m south",
            "開學後平日早上（週二 06:30-09:40）。06:40 經貿路三段低窪處旁自來水管破裂，路面冒水（沒有下雨），淹水感測器測到 6-18 cm，"
            "生態住宅 B 區停水、消防水箱低水位，外側車道封閉搶修；07:38 南方約 400 m 國小門口，家長倒車擦撞 8 歲學童（輕傷）。"
            "背景：上學車潮（中平路偵測器）、家長並排違停、路口學生人潮、路燈天亮未關、雨量站電池低電壓離線。")
    FL = S("SN-FL-008")
    leak = on_road("jingmao", FL, -40)
    school = on_road("jingmao", FL, 380)
    eco_b = BUILDING["eco_b"]
    A, B = "water_main_leak_jingmao", "school_gate_child_hit"

    s.add("1999", "streetlight", "06:35:20", lag=(60, 200), pos=offset(leak, 80, 0), truth=None,
          text="經貿路三段這邊天都亮了路燈還沒關，浪費電。")
    s.add("status", "offline", "06:44:00", lag=(1, 4), sensor="SN-RG-001", truth=None,
          text="中央公園雨量站 離線（電池電壓低 battery_low）")
    # A: leak
    s.add("rule", "flood_depth", "06:52:00", lag=(40, 80), sensor="SN-FL-008", severity="Minor", level="1-15",
          truth=A, text="經貿路低窪處 淹水深度 6 cm")
    ca = s.add("1999", "other", "06:55:10", lag=(60, 110), pos=s.scatter(leak, 40, 70), truth=A,
               text="經貿路三段這邊路面一直冒水出來，好像水管破了，水一直往路邊流，沒有下雨喔。")
    s.add("rule", "flood_depth", "07:02:00", lag=(40, 80), sensor="SN-FL-008", severity="Minor", level="1-15",
          truth=A, text="經貿路低窪處 淹水深度 12 cm")
    s.add("1999", "water_outage", "07:05:40", lag=(60, 150), pos=s.scatter(eco_b, 10, 40), truth=A,
          text="我們家突然沒水了，是停水嗎？都沒有看到停水公告。（敦化路一段 生態住宅B區）")
    s.add("rule", "flood_depth", "07:12:00", lag=(40, 80), sensor="SN-FL-008", severity="Moderate", level="16-30",
          truth=A, text="經貿路低窪處 淹水深度 18 cm")
    s.add("fire_alarm", "fault", "07:14:20", lag=(2, 8), sensor="SN-FA-012", truth=A, alt=None,
          text="水湳生態住宅 B區 受信總機 消防水箱 低水位 警報")
    s.add("1999", "water_outage", "07:15:30", lag=(60, 150), pos=s.scatter(eco_b, 10, 40), truth=A,
          text="整棟都沒有水，管理員說外面水管破掉，要多久才會來水？")
    s.add("1999", "illegal_parking", "07:20:10", lag=(60, 150), pos=s.scatter(school, 20, 40), truth=None,
          text="學校門口家長一直並排停車，整條經貿路都塞住，每天早上都這樣，可以派人來開單嗎？")
    pr = s.add("incident", "road_closure", "07:08:00", lag=(22 * 60, 24 * 60), pos=leak, severity="Moderate",
               truth=A, text="經貿路三段（近敦化路）自來水管線破裂 路面積水 南向外側車道封閉 已通知自來水公司搶修")
    s.series("rule", "congestion", "SN-VD-JINGMAO-02", ["07:25", "07:40", "07:55", "08:20"], lag=(40, 80),
             truth=A, alt=None, severity=["Moderate", "Moderate", "Severe", "Moderate"],
             text=[vd_text("經貿路車輛偵測器2", v, o) for v, o in [(15, 48), (12, 56), (7, 70), (14, 51)]],
             end_category="cleared", end_time="08:52", end_text=vd_clear("經貿路車輛偵測器2", 35))
    s.add("cctv", "crowding", "07:30:40", lag=(5, 12), sensor="SN-CCTV-011", confidence=0.48, truth=None,
          text="經貿路/中平路 路口行人聚集（學生過馬路）")
    s.series("rule", "congestion", "SN-VD-ZHONGPING-02", ["07:35", "07:50"], lag=(40, 80), truth=None,
             severity=["Minor", "Minor"],
             text=[vd_text("中平路車輛偵測器2", 24, 38), vd_text("中平路車輛偵測器2", 21, 41)],
             end_category="cleared", end_time="08:15", end_text=vd_clear("中平路車輛偵測器2", 40))

    # B: child hit at the school gate
    cb = s.add("1999", "traffic_accident", "07:39:00", lag=(50, 90), pos=s.scatter(school, 20, 40), truth=B,
               text="學校門口有小朋友被倒車的車子撞到，在哭，腳在流血，趕快來！")
    fb = s.add("119", "ambulance", "07:40:20", lag=(30, 60), pos=school, truth=B,
               text="北屯區經貿路三段 國小校門口 男童 8歲 遭倒車自小客撞及 右膝擦傷 意識清楚 派遣 水湳分隊救護車")
    s.add("119", "ambulance", "07:47:50", lag=(30, 60), pos=school, truth=B, follows=fb,
          text="救護車抵達 男童右膝擦傷 已處置")
    s.add("119", "ambulance", "08:05:00", lag=(30, 60), pos=school, truth=B, follows=fb,
          text="家長自行送醫 救護車返隊")
    s.add("incident", "traffic_accident", "07:39:00", lag=(32 * 60, 34 * 60), pos=school, severity="Minor",
          truth=B, observed_shift=-150,
          text="經貿路三段國小校門口 家長自小客倒車撞及學童 學童右膝擦傷 A2類 已製作筆錄")

    # A continues
    s.add("incident", "road_closure", "08:10:00", lag=(14 * 60, 16 * 60), pos=leak, severity="Moderate", truth=A,
          follows=pr, text="自來水公司已到場關閉制水閥 開挖搶修中 外側車道持續封閉 預計10時完成")
    k = s.add("rule", "flood_depth", "08:20:00", lag=(40, 80), sensor="SN-FL-008", severity="Minor", level="1-15",
              truth=A, text="經貿路低窪處 淹水深度 8 cm")
    s.dup(k, 180)
    s.add("rule", "cleared", "08:40:00", lag=(40, 80), sensor="SN-FL-008", severity="Minor", truth=A,
          text="經貿路低窪處 淹水深度 0 cm，警戒解除")
    s.add("fire_alarm", "normal", "08:45:10", lag=(2, 8), sensor="SN-FA-012", truth=A, alt=None,
          text="水湳生態住宅 B區 受信總機 消防水箱低水位 復歸")
    s.add("status", "online", "08:58:00", lag=(1, 4), sensor="SN-RG-001", truth=None,
          text="中央公園雨量站 恢復連線")
    s.add("1999", "water_outage", "09:20:30", lag=(60, 150), pos=s.scatter(eco_b, 10, 40), truth=A,
          text="剛剛打過了，到現在還是沒水，小孩要洗澡怎麼辦，電話都打不通。")
    s.add("1999", "other", "09:31:10", lag=(60, 150), pos=s.scatter(leak, 20, 40), truth=A,
          text="經貿路剛剛挖開的那個洞旁邊沒有圍好，機車騎過去很危險。")

    s.add("1999", "動物救援", "06:49:30", lag=(60, 200), pos=offset(leak, 250, 0), truth=None,
          text="經貿路上有兩隻流浪狗在車道上跑來跑去，很危險。")
    s.add("1999", "other", "07:22:40", lag=(60, 150), pos=s.scatter(school, 20, 50), truth=A,
          text="學校門口這邊路邊一直有水流過來，一直流，是不是上面水溝塞住了？")
    s.add("cctv", "crowding", "07:45:20", lag=(5, 12), sensor="SN-CCTV-011", confidence=0.51, truth=None,
          text="經貿路/中平路 路口行人聚集（學生過馬路）")
    s.add("1999", "illegal_parking", "07:52:00", lag=(60, 150), pos=s.scatter(school, 20, 40), truth=None,
          text="剛剛打過了，學校門口還是一堆家長並排停車。")
    s.add("1999", "water_outage", "08:35:10", lag=(60, 150), pos=s.scatter(eco_b, 10, 40), truth=A,
          text="請問生態住宅B區什麼時候會恢復供水？老人家在家不方便。")
    s.add("1999", "road_damage", "09:00:30", lag=(60, 200), pos=offset(J["jingmao_zhongping"], 120, 350), truth=None,
          text="經貿路靠中平路那邊有一個人孔蓋凸起來，車子壓過去很大聲。")
    s.add("incident", "road_closure", "09:10:00", lag=(14 * 60, 16 * 60), pos=leak, severity="Minor", truth=A,
          follows=pr, text="經貿路三段水管搶修完成 回填中 外側車道仍需封閉至10時30分")
    s.incident(A, "infrastructure", "經貿路三段自來水管破裂：無雨時的淹水深度告警、冒水與停水的 1999、封路與搶修追報、B 區消防水箱低水位、經貿路偵測器壅塞、開挖未圍好的抱怨。", ca)
    s.incident(B, "traffic", "國小校門口家長倒車擦撞 8 歲學童（輕傷），1999、119 各階段、警方報告（警方時鐘慢 2.5 分鐘）。", cb)
    s.alternative(
        "兩處可爭議：(1) B 區消防受信總機的「消防水箱低水位」是水管破裂停水的後果，主判讀放進漏水事件；另一種判讀把它當大樓設備的單獨故障（背景）。"
        "(2) 經貿路車輛偵測器2 的壅塞：主判讀算給封閉外側車道的搶修；另一種判讀認為那是每天的上學車潮（背景）。", [])
    return s


# ---------------------------------------------------------------- 836
def sit_836():
    s = Sit(836, "ambulance_run_truck_and_dark_signal", "2027-10-13",
            "An ambulance run to eco-residential block A slowed by a double-parked delivery truck; a dark signal 1.2 km south",
            "平日上午（週三 10:00-12:30）。10:05 物流貨車在經貿路三段生態住宅 A 區前併排卸貨佔用車道；10:22 A 區 81 歲住戶胸痛，"
            "119 救護（被貨車擋住晚到），送中國醫藥大學附設醫院；11:05 經貿路/中平路口號誌黑燈，1 小時後修復。"
            "背景：路燈白天亮、中國醫大校區火警總機偵煙器故障、施工噪音、機車停人行道、水位站維護離線、公園樹枝。")
    eco_a = BUILDING["eco_a"]
    truck = on_road("jingmao", eco_a, -30)
    JZ = J["jingmao_zhongping"]
    A, B, C = "ambulance_eco_a_chest_pain", "truck_double_parked_jingmao", "signal_dark_jingmao_zhongping"

    sl = s.add("1999", "streetlight", "10:00:40", lag=(60, 200), pos=offset(eco_a, 260, 265), truth=None,
               text="敦化路公園旁邊路燈白天都亮著，燈桿號碼 BT-11520。")
    s.add("1999", "streetlight", "12:20:00", lag=(30, 90), pos=offset(eco_a, 260, 265), truth=None, follows=sl,
          text="案件更新：已派工 廠商檢修光控開關")
    # B: truck
    cb = s.add("1999", "illegal_parking", "10:12:20", lag=(60, 120), pos=s.scatter(truck, 40, 70), truth=B, alt=None,
               text="經貿路三段生態住宅A區前面，一台物流貨車直接停在車道上卸貨，擋住一個車道，後面車都要切出去。")
    s.series("rule", "congestion", "SN-VD-JINGMAO-02", ["10:18", "10:28", "10:38"], lag=(40, 80), truth=B,
             alt=None, severity=["Minor", "Moderate", "Moderate"],
             text=[vd_text("經貿路車輛偵測器2", v, o) for v, o in [(21, 41), (14, 50), (16, 47)]],
             end_category="cleared", end_time="10:52", end_text=vd_clear("經貿路車輛偵測器2", 38))
    # A: ambulance run
    fa = s.add("119", "ambulance", "10:22:30", lag=(30, 60), pos=eco_a, truth=A,
               text="北屯區經貿路三段 水湳生態住宅A區 8樓 男 81歲 胸痛冒冷汗 疑似心肌梗塞 派遣 水湳分隊高級救護隊")
    s.add("1999", "illegal_parking", "10:27:10", lag=(40, 80), pos=s.scatter(eco_a, 10, 25), truth=B, alt=A,
          text="救護車進不來啦！社區門口那台貨車擋住，司機不知道跑去哪，快叫他移車，我爸在樓上等！")
    s.add("incident", "other", "10:29:00", lag=(18 * 60, 20 * 60), pos=truck, severity="Minor", truth=B, alt=A,
          text="經貿路三段生態住宅A區前 物流貨車併排停車佔用車道 妨礙救護車通行 已告發並命駕駛立即移車")
    s.add("119", "ambulance", "10:31:40", lag=(30, 60), pos=eco_a, truth=A, follows=fa,
          text="抵達現場（門口車輛阻擋延誤約3分鐘） 患者意識清楚 12導程心電圖異常")
    s.add("fire_alarm", "fault", "10:35:00", lag=(2, 8), sensor="SN-FA-010", truth=None,
          text="中國醫藥大學水湳校區 受信總機 B1 偵煙探測器 故障")
    s.add("incident", "other", "10:40:00", lag=(12 * 60, 14 * 60), pos=truck, severity="Minor", truth=B, alt=None,
          text="經貿路三段併排貨車已駛離 車道恢復通行")
    s.add("1999", "noise", "10:45:30", lag=(60, 200), pos=offset(BUILDING["eco_b"], 150, 110), truth=None,
          text="經貿路三段旁邊工地一直在敲，整個早上都很吵。")
    s.add("119", "ambulance", "10:48:20", lag=(30, 60), pos=eco_a, truth=A, follows=fa,
          text="患者送往中國醫藥大學附設醫院急診 已預先通報心導管室 返隊")
    s.add("status", "offline", "10:50:00", lag=(1, 4), sensor="SN-WL-003", truth=None,
          text="水湳區域排水經貿路水位站 離線（維護 maintenance）")

    # C: dark signal
    sg = s.add("signal", "fault", "11:05:10", lag=(2, 8), sensor="SN-SIG-011", truth=C,
               text="經貿路/中平路 號誌控制器 燈號異常 黑燈")
    s.dup(sg, 300)
    s.add("cctv", "signal_dark", "11:06:00", lag=(5, 12), sensor="SN-CCTV-011", confidence=0.9, truth=C,
          text="經貿路/中平路 路口號誌黑燈")
    c1 = s.add("1999", "traffic_signal", "11:12:30", lag=(60, 120), pos=s.scatter(JZ, 60, 120), truth=C,
               text="中平路經貿路口紅綠燈全部不亮，車子都亂開，很危險。")
    s.add("1999", "illegal_parking", "11:20:40", lag=(60, 200), pos=offset(BUILDING["cmu"], 40, 300), truth=None,
          text="中國醫大水湳校區門口機車都停在人行道上，推嬰兒車過不去。")
    pc = s.add("incident", "traffic_signal_fault", "11:10:00", lag=(30 * 60, 32 * 60), pos=JZ, severity="Moderate",
               truth=C, text="經貿路與中平路口號誌故障（黑燈） 派員現場指揮交通 已通報交通局")
    s.dup(pc, 120)
    s.series("rule", "congestion", "SN-VD-ZHONGPING-02", ["11:30", "11:48"], lag=(40, 80), truth=C,
             severity=["Moderate", "Moderate"],
             text=[vd_text("中平路車輛偵測器2", 15, 47), vd_text("中平路車輛偵測器2", 17, 45)],
             end_category="cleared", end_time="12:12", end_text=vd_clear("中平路車輛偵測器2", 41))
    s.add("status", "online", "11:31:20", lag=(1, 4), sensor="SN-WL-003", truth=None,
          text="水湳區域排水經貿路水位站 恢復連線")
    s.add("fire_alarm", "normal", "11:40:30", lag=(2, 8), sensor="SN-FA-010", truth=None,
          text="中國醫藥大學水湳校區 受信總機 故障復歸")
    s.add("1999", "traffic_signal", "11:55:00", lag=(30, 90), pos=(s.by_key[c1]["lon"], s.by_key[c1]["lat"]),
          truth=C, follows=c1, text="案件更新：號誌維修廠商已到場處理（2小時內到場）")
    s.add("signal", "restored", "12:02:40", lag=(2, 8), sensor="SN-SIG-011", truth=C,
          text="經貿路/中平路 號誌恢復正常")
    s.add("1999", "公園路樹", "12:15:10", lag=(60, 200), pos=offset(S("SN-FL-004"), 60, 270), truth=None,
          text="中央公園裡面有一根樹枝斷掉掛在樹上，還沒掉下來，在草地那邊。")

    s.add("1999", "環境清潔", "10:08:10", lag=(60, 200), pos=offset(eco_a, 40, 200), truth=None,
          text="生態住宅A區門口的資源回收放了兩天都沒人收，很臭。")
    s.add("1999", "noise", "10:55:00", lag=(60, 200), pos=s.scatter(eco_a, 60, 120), truth=None,
          text="剛剛救護車開進社區鳴笛超大聲，可以不要開那麼大聲嗎？家裡嬰兒被吵醒。")
    s.add("1999", "traffic_signal", "11:08:40", lag=(60, 120), pos=s.scatter(JZ, 100, 200), truth=C,
          text="經貿路跟中平路口紅綠燈不亮喔，中國醫那邊。")
    s.add("cctv", "signal_dark", "11:18:00", lag=(5, 12), sensor="SN-CCTV-011", confidence=0.88, truth=C,
          text="經貿路/中平路 路口號誌黑燈")
    s.add("fire_alarm", "fault", "11:50:20", lag=(2, 8), sensor="SN-FA-011", truth=None,
          text="水湳生態住宅 A區 受信總機 4F 偵煙探測器 迴路異常")
    s.add("fire_alarm", "normal", "12:10:00", lag=(2, 8), sensor="SN-FA-011", truth=None,
          text="水湳生態住宅 A區 受信總機 故障復歸")
    s.incident(A, "rescue", "生態住宅 A 區 81 歲住戶胸痛，119 高級救護送中國醫藥大學附設醫院（到場時被併排貨車延誤）。", fa)
    s.incident(B, "traffic", "物流貨車在經貿路三段 A 區前併排卸貨佔用車道，1999 兩通、警方告發移車、經貿路偵測器2 壅塞。", cb)
    s.incident(C, "traffic", "經貿路/中平路口號誌黑燈：號誌故障與修復、CCTV 黑燈、1999 與派工更新、警方指揮、中平路偵測器壅塞。", sg)
    s.alternative(
        "併排貨車是不是一件「事」：主判讀因它佔用幹道車道造成壅塞、又擋住救護車而派警方處理，算一件交通事件；"
        "另一種判讀把它當一般違停（背景），只有「救護車進不來」那通 1999 和警方妨礙救護車的告發算進救護那件。", [])
    return s


def main():
    out = []
    for fn in (sit_831, sit_832, sit_833, sit_834, sit_835, sit_836):
        out.append(fn().write())
    for stem, n in out:
        print(f"{stem}: {n} lines")


if __name__ == "__main__":
    main()
