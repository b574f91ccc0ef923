"""Situations 811-816: typhoon nights over the Shuinan zone (first half).

Times below are Taiwan local time on the situation's date (hours past 24 run into the next
day); the files carry UTC. Seeded: running it again writes the same files.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import P, Situation, spos, road_at, offset  # noqa: E402


# =====================================================================================
def s811():
    s = Situation(811, "typhoon_d_warning_evening", "2027-07-20",
                  "颱風（本文稱 D）陸上警報發布後的傍晚至深夜 16:00-23:00：外圍環流雨帶 18 時起掃過水湳，"
                  "風勢漸強。雨中車禍、工地圍籬被吹倒、國道客運停駛後轉運中心旅客滯留；"
                  "其餘為區域性大雨警戒、颱風前民眾移車、一般陳情與設備閃斷。")
    CR, SG, HUB = "811-crash-huanzhong-zhongke", "811-hoarding-liming", "811-hub-stranded"

    # background before the bands: people move their cars to high ground
    s.cong_series("SN-VD-ZHONGQING-01", [("17:38", 17, 46)], "18:31")
    s.parking("SN-PK-006", "17:26")
    s.call("illegal_parking", road_at("zhongke", lat=24.1905), "17:52",
           "中科路兩邊紅線都停滿車，應該是怕地下室淹水都停出來，車道剩一線，請派人來看一下")
    # regional rain: the outer band arrives
    r811 = s.rain_series("C0F9T0", [("18:20", "大雨", "1 小時累積雨量 43.5 mm"),
                             ("19:20", "大雨", "1 小時累積雨量 47.0 mm")], "22:40")[1]
    s.rain_series("SN-RG-002", [("18:34", "大雨", "1 小時累積雨量 41.0 mm")], "21:55")
    s.rain_series("SN-RG-001", [("18:41", "大雨", "1 小時累積雨量 44.5 mm"),
                                ("19:41", "大雨", "1 小時累積雨量 40.5 mm")], "22:10")

    # --- job: crash in the rain on Huanzhong Rd just west of Zhongke Rd
    scene = offset(P["環中/中科"], 95, 250)
    c1 = s.c1999("traffic_accident", offset(scene, 130, 80), "18:44",
                 "環中路跟中科路口那邊有車禍，機車騎士倒在地上，雨很大，快叫救護車", CR, arr="18:47")
    f1 = s.f119("ambulance", P["環中/中科"], "18:45",
                "環中路二段與中科路口 機車與自小客擦撞 1 人受傷 派遣水湳分隊救護車", CR, arr="+70s")
    s.cctv("SN-CCTV-003", "accident", "18:46", 0.64, CR, pos=scene)
    s.cong_series("SN-VD-HUANZHONG-02", [("18:53", 12, 61), ("19:21", 18, 48)], "19:49", CR)
    s.call("traffic_accident", scene, "18:58", "剛剛打過了，環中路那個車禍救護車到了沒？後面車都塞住了",
           CR, 150, 350, follows=c1)
    s.f119("ambulance", P["環中/中科"], "19:01", "19:00 傷者左腿擦挫傷，送中國醫藥大學附設醫院", CR,
           arr="+40s", follows=f1)
    pd = s.police("injury_accident", "Moderate", P["環中/中科"], "18:50",
                  "18:42 環中路二段往東近中科路口，自小客追撞機車，機車騎士左腿擦傷送醫，雙方無酒駕。",
                  CR, arr="19:14")
    s.police("injury_accident", "Minor", P["環中/中科"], "19:05",
             "環中路二段中科路口事故車輛已移至路肩，車道恢復通行。", CR, arr="19:08", follows=pd)
    # a streetlight call 80 m from the crash: nothing to do with it
    s.c1999("streetlight", offset(scene, 80, 100), "18:55",
            "環中路中科路口往經貿路方向有一盞路燈不亮，燈桿編號 XT-31877")

    # --- background: a lone gauge link drops and comes back
    s.outage("SN-RG-003", "19:02", "19:41")
    s.c1999("other", s.near(P["生態A"], 50, 300), "19:31", "請問明天臺中有沒有放颱風假？市政府什麼時候公布？")

    # --- job: buses stop, travellers stranded at the transit hub
    h1 = s.police("crowd_control", "Minor", P["轉運中心"], "20:38",
                  "國道客運 20:00 起全面停駛，水湳轉運中心滯留旅客約 300 人，派員協助維持秩序並疏導計程車排班。",
                  HUB, alt=None, arr="21:02")
    s.parking("SN-PK-001", "20:24", truth=HUB, alt=None)
    s.cctv("SN-CCTV-004", "crowding", "20:31", 0.55, HUB, alt=None, pos=offset(P["轉運中心"], 90, 20),
           text="計程車排班區人群聚集")
    hc = s.call("crowding", P["轉運中心"], "20:36", "轉運站裡面人好多，客運都停了，也沒有人出來說明，小孩一直哭",
           HUB, None, 20, 120)
    s.call("other", P["轉運中心"], "21:12", "我在水湳轉運站等不到車，請問有沒有接駁或是可以去哪裡避雨過夜",
           HUB, None, 20, 150)
    s.police("crowd_control", "Minor", P["轉運中心"], "22:05",
             "轉運中心滯留旅客已陸續由家屬接回或改搭計程車，現場剩約 30 人，由站方安排休息區。",
             HUB, alt=None, arr="22:31", follows=h1)

    # --- job: site hoarding blown onto Liming Rd west of Jingmao Rd
    obj = offset(P["經貿/黎明"], 130, 255)
    g1 = s.call("other", obj, "20:16", "黎明路那邊工地的鐵板圍籬被風吹倒到馬路上了，車子要閃很危險",
                SG, 150, 260)
    g2 = s.cctv("SN-CCTV-005", "fallen_object", "20:18", 0.58, SG, pos=obj)
    s.call("road_damage", obj, "20:22", "經貿路那邊有一大片鐵皮在路中間，差點撞到", SG, 220, 380)
    s.cong_series("SN-VD-LIMING-01", [("20:34", 16, 39)], "21:47", SG)
    pg = s.police("fallen_object", "Moderate", P["經貿/黎明"], "20:31",
                  "黎明路三段近經貿路二段，工地圍籬倒塌佔用往西外側車道，已通知工地負責人及建設局，現場擺放三角錐警示。",
                  SG, arr="20:52")
    s.police("fallen_object", "Minor", P["經貿/黎明"], "21:34", "黎明路三段工地圍籬已由廠商扶正固定，車道恢復通行。",
             SG, arr="21:50", follows=pg)
    s.call("other", obj, "21:05", "剛剛打過了，黎明路那個圍籬還是倒在那邊，還沒有人來", SG, 100, 300, follows=g1)

    # --- background: park, panel, a roof that bangs
    s.c1999("公園路樹", s.near(P["公園停車場"], 100, 350), "20:49",
            "中央公園裡面有一棵樹的樹枝斷了掛在上面，不在馬路上，明天再處理就可以")
    s.panel("SN-FA-004", "fault", "21:19", "3F 偵煙探測器迴路異常")
    s.panel("SN-FA-004", "normal", "21:47", "3F 迴路異常復歸")
    s.c1999("noise", s.near(P["生態B"], 80, 300), "22:06", "隔壁鐵皮屋頂被風吹得一直砰砰響，吵到睡不著")
    s.dup(r811, "+4m")

    s.inc(CR, "traffic", "環中路二段往東近中科路口，雨中自小客追撞機車，騎士輕傷送醫；上游環中路車流回堵至凱旋路。", f1)
    s.inc(SG, "traffic", "黎明路三段近經貿路口，工地圍籬被強風吹倒佔用車道，廠商 21:30 扶正。", g2)
    s.inc(HUB, "crowd", "國道客運停駛後，水湳轉運中心旅客滯留約 300 人，警方協助秩序與計程車排班，22 時後散去。", hc)
    s.alt_reading("轉運中心滯留由站方與客運業者處理，警方只是到場協助；有值班協調員認為這不是中心的派遣事件，"
                  "這些項目在此讀法下都是背景。", drop=[HUB])
    return s.write()


# =====================================================================================
def s812():
    s = Situation(812, "typhoon_d_landfall_fire", "2027-07-20",
                  "颱風 D 登陸前後的深夜 23:00 至清晨 06:30：豪雨與強風。生態住宅 A 區地下一樓配電室電氣火警；"
                  "半小時後 B 區總機動作（雨水滲入誤報，消防仍派車查看）；黎明路凱旋路口低窪處淹水；中科路路樹倒塌。")
    FI, FB, FL, TR = ("812-fire-eco-a-switchroom", "812-alarm-eco-b-check", "812-flood-liming-kaixuan",
                      "812-tree-zhongke")

    s.rain_series("SN-RG-002", [("23:28", "大雨", "1 小時累積雨量 52.5 mm"),
                                ("24:28", "大雨", "24 小時累積雨量 168.0 mm")], "29:40")
    s.rain_series("C0F9T0", [("24:31", "豪雨", "3 小時累積雨量 118.5 mm"),
                             ("25:31", "豪雨", "24 小時累積雨量 231.0 mm"),
                             ("27:31", "豪雨", "24 小時累積雨量 262.5 mm")], "29:52")
    s.rain_series("SN-RG-001", [("24:49", "豪雨", "3 小時累積雨量 121.0 mm"),
                                ("26:49", "豪雨", "24 小時累積雨量 248.5 mm")], "29:20")
    # the fire building's panel flaps an hour before (mains dip): background
    s.panel("SN-FA-011", "fault", "23:40", "主電源中斷，切換備用電源")
    s.panel("SN-FA-011", "normal", "23:52", "主電源恢復")
    s.call("other", P["生態B"], "24:14", "風好大，我家窗戶一直在滲水，地上都濕了，要找誰處理", rmin=60, rmax=300)

    # --- flood at the Liming/Kaixuan low point
    fl812 = s.flood_series("SN-FL-009", [("24:41", 12), ("25:05", 22), ("25:36", 34), ("26:06", 38),
                                 ("26:46", 25), ("27:31", 9)], "28:10", FL)
    s.cctv("SN-CCTV-007", "flooding", "25:12", 0.72, FL, pos=offset(spos("SN-FL-009"), 20, 90))
    fl1 = s.call("flooding", spos("SN-FL-009"), "24:58", "黎明路這邊淹起來了，水快到輪胎一半了", FL, 60, 200)
    s.call("flooding", P["黎明/凱旋"], "25:21", "凱旋路黎明路口淹水，機車都過不去", FL, 40, 180)
    pf = s.police("flooding_report", "Moderate", P["黎明/凱旋"], "25:30",
                  "黎明路三段與凱旋路口積水約 30 公分，已通報水利局。", FL, arr="25:52")
    s.police("road_closure", "Moderate", P["黎明/凱旋"], "25:41",
             "黎明路三段凱旋路口往西車道封閉，設置警示。", FL, arr="25:46", follows=pf)
    # misnamed: the caller is north of it, on Huanzhong Rd, and names the wrong crossing
    s.c1999("flooding", offset(P["環中/凱旋"], 60, 200), "25:50",
            "環中路凱旋路口那邊淹很深，我不敢開過去", FL)
    s.status("SN-VD-KAIXUAN-01", "offline", "25:15", "comms_lost")
    s.status("SN-VD-KAIXUAN-01", "online", "25:33")

    # --- tree across Zhongke Rd by the park
    tree = road_at("zhongke", lat=24.1885)
    t1 = s.call("fallen_tree", tree, "25:52", "中科路上有一棵大樹倒下來，整個擋住往南的車道", TR, 30, 90)
    pt = s.police("fallen_object", "Severe", tree, "26:10",
                  "中科路往南近中央公園路段路樹倒塌阻斷車道，請建設局派員處理。", TR, arr="26:36")
    s.call("fallen_tree", tree, "26:31", "中科路靠近公園那邊樹倒了，車子過不去，我要怎麼繞？", TR, 150, 300)
    s.police("fallen_object", "Minor", tree, "28:41", "中科路倒樹已由養工處鋸除移離，恢復雙向通行。",
             TR, arr="29:02", follows=pt)

    # --- fire in block A's switch room
    a812 = s.panel("SN-FA-011", "alarm", "26:37", "B1 配電室 偵煙探測器動作", FI)
    a812b = s.panel("SN-FA-011", "alarm", "26:38:40", "B1 梯廳 偵煙探測器動作", FI)
    s.call("fire_smoke", P["生態A"], "26:40", "我們大樓地下室好像燒起來了，一直有煙味，警鈴一直響，要不要跑？",
           FI, 15, 40, arr="+50s")
    ff = s.f119("fire", P["生態A"], "26:41",
                "臺中市北屯區經貿路三段 水湳生態住宅 A 區 地下一樓配電室火警，派遣水湳、北屯分隊 水箱車 2 雲梯車 1 救護車 1",
                FI, arr="+45s")
    s.call("fire_smoke", P["生態A"], "26:45", "敦化路這邊有一股燒焦味，不知道是不是哪裡火災", FI, 220, 330)
    s.f119("fire", P["生態A"], "26:52", "02:51 到達現場，B1 配電室冒煙，無人受困，住戶自行疏散約 40 人", FI,
           arr="+60s", follows=ff)
    s.police("fire_report", "Moderate", P["生態A"], "26:50",
             "經貿路三段生態住宅 A 區地下室配電室火警，派員協助交管及住戶疏散。", FI, arr="27:18")
    s.f119("fire", P["生態A"], "27:13", "03:12 火勢撲滅，殘火處理及排煙中", FI, arr="+50s", follows=ff)
    s.call("other", P["生態A"], "27:30", "我們大樓停電了，電梯也不能動，我家有老人不方便下樓，消防說可以回去了嗎？",
           FI, 15, 60)
    s.panel("SN-FA-011", "normal", "27:40", "火警復歸", FI)
    s.f119("fire", P["生態A"], "28:16", "04:15 現場處理完畢，台電人員到場，返隊", FI, arr="+40s", follows=ff)

    # --- a second alarm 280 m south: rain water in a detector; a crew checks it anyway
    s.panel("SN-FA-012", "alarm", "26:58", "1F 大廳 偵煙探測器動作", FB, alt=None)
    fb = s.f119("fire", P["生態B"], "27:00", "水湳生態住宅 B 區 火警受信總機動作，派遣北屯分隊查看", FB, alt=None,
                arr="+55s")
    s.f119("fire", P["生態B"], "27:14", "現場查看為雨水滲入 1F 偵煙探測器誤動作，非火災", FB, alt=None,
           arr="+45s", follows=fb)
    s.panel("SN-FA-012", "normal", "27:20", "火警復歸", FB, alt=None)

    # --- background: ponds filling as designed, a lamp, a question
    s.wl_series("SN-WL-001", [("25:50", "3", 2.08)], "29:10")
    s.c1999("streetlight", s.near(P["經貿/中平"], 50, 250), "27:50", "中平路有一盞路燈一直閃，閃到眼睛很不舒服")
    s.c1999("other", s.near(P["生態B"], 100, 400), "28:31", "請問明天垃圾車會來嗎？")
    s.dup(a812, "+2m")

    s.inc(FI, "fire", "生態住宅 A 區 B1 配電室電氣火警，消防 02:51 到場、03:12 撲滅，住戶疏散約 40 人，大樓停電。",
          a812b)
    s.inc(FB, "fire", "生態住宅 B 區總機動作，消防派車查看，確認雨水滲入探測器誤動作。", fb)
    s.inc(FL, "flood", "黎明路三段凱旋路口低窪處積水最深約 38 公分，往西車道封閉至清晨。", fl1)
    s.inc(TR, "traffic", "中科路近中央公園路段路樹倒塌阻斷往南車道，養工處 04:40 移除。", t1)
    s.alt_reading("B 區總機是雨水誤報：有人會說那不是事件（消防查看只是例行），B 區的項目在此讀法下都是背景。",
                  drop=[FB])
    return s.write()


# =====================================================================================
def s813():
    s = Situation(813, "typhoon_d_dawn_aftermath", "2027-07-21",
                  "颱風 D 過境後的清晨 06:30-11:30：風雨漸歇，1999 湧入大量案件。凱旋路倒樹封路、"
                  "臺灣大道環中路口號誌黑燈、中清環中路口地下道仍積水封閉、經貿黎明路口通勤車禍；"
                  "其餘是公園內倒樹、單盞路燈、樹枝落葉清運、違停與各種詢問。")
    TK, SD, UP, CR = ("813-tree-kaixuan", "813-signal-dark-taiwan-blvd", "813-underpass-zhongqing",
                      "813-crash-jingmao-liming")
    CAR = "813-tree-on-car-dunhua"

    # overnight conditions still on: the 24 h totals keep the rain rules raised for hours
    s.rain_series("C0F9T0", [("06:40", "豪雨", "24 小時累積雨量 276.5 mm")], "10:32")
    s.rain_series("SN-RG-001", [("06:49", "豪雨", "24 小時累積雨量 262.0 mm")], "10:05")
    s.rain_series("SN-RG-002", [("06:50", "大雨", "24 小時累積雨量 183.0 mm")], "09:48")

    # --- underpass still under water from the night
    up813 = s.flood_series("SN-FL-006", [("06:32", 41), ("07:12", 35), ("07:52", 24), ("08:31", 12)], "09:05", UP)
    pu = s.police("road_closure", "Severe", P["環中/中清"], "06:40",
                  "中清路環中路口地下道積水仍深，雙向封閉，車輛改走平面道路。", UP, arr="07:05")
    s.call("flooding", P["環中/中清"], "07:05", "中清路那個地下道還是淹著，到底什麼時候才能過？", UP, 150, 380)
    s.cong_series("SN-VD-ZHONGQING-01", [("07:34", 14, 52), ("08:05", 11, 58)], "09:15", UP)
    s.cong_series("SN-VD-HUANZHONG-03", [("07:41", 13, 55)], "09:11", UP)
    s.call("flooding", P["環中/中清"], "07:46", "中清路地下道怎麼封起來了，公車都不進來，上班要遲到了", UP, 200, 400)
    s.police("road_closure", "Minor", P["環中/中清"], "09:10", "中清路環中路口地下道抽水完畢，09:10 恢復通行。",
             UP, arr="09:31", follows=pu)

    # --- a big tree across Kaixuan Rd between Liming and Huanzhong, found at first light
    tree = road_at("kaixuan", lat=24.1950)
    k1 = s.call("fallen_tree", tree, "06:35", "凱旋路那邊有一棵很大的樹倒在路中間，兩邊都不能過", TK, 40, 150)
    k2 = s.cctv("SN-CCTV-002", "fallen_object", "06:38", 0.66, TK, pos=tree)
    s.call("fallen_tree", tree, "06:41", "凱旋路靠近環中路那裡樹倒了，整條擋住", TK, 100, 300)
    pk = s.police("fallen_object", "Severe", tree, "06:48",
                  "凱旋路（黎明路三段至環中路二段間）路樹倒塌阻斷雙向車道，請養工處派員。", TK, arr="07:15")
    s.c1999("fallen_tree", offset(P["環中/台74"], 90, 300), "06:52",
            "台74線下面那邊有樹倒了，我看不到是哪條路，反正車子都在迴轉", TK)
    s.cong_series("SN-VD-KAIXUAN-01", [("07:29", 8, 71), ("08:00", 9, 66), ("08:31", 15, 44)], "09:41", TK)
    s.call("fallen_tree", tree, "07:20", "剛剛打過了，凱旋路的樹還是沒有人來處理，已經一個小時了", TK, 60, 250,
           follows=k1)
    s.c1999("noise", offset(tree, 160, 120), "08:12", "一大早外面就有人在用鏈鋸，很吵，是在鋸什麼？", truth=None, alt=TK)
    s.police("fallen_object", "Minor", tree, "09:20", "凱旋路倒樹移除完畢，恢復通行。", TK, arr="09:36",
             follows=pk)

    # --- Taiwan Blvd / Huanzhong signal dark after the night (power dips)
    d1 = s.signal("SN-SIG-009", "fault", "06:44", "號誌控制器無回應（黑燈）", SD)
    d3 = s.cctv("SN-CCTV-009", "signal_dark", "06:47", 0.83, SD)
    d2 = s.call("traffic_signal", P["環中/臺灣大道"], "06:51", "臺灣大道環中路口紅綠燈都沒亮，車子亂成一團", SD, 30, 200)
    s.call("traffic_signal", P["環中/臺灣大道"], "07:03", "環中路那個大路口的號誌壞了，很危險", SD, 80, 350)
    s.c1999("traffic_signal", offset(P["環中/臺灣大道"], 140, 40), "07:16",
            "文心路環中路口紅綠燈不會亮，快派人來指揮", SD)
    s.police("traffic_signal_fault", "Moderate", P["環中/臺灣大道"], "07:10",
             "臺灣大道環中路口號誌黑燈，派員指揮交通。", SD, arr="07:32")
    s.cong_series("SN-VD-HUANZHONG-04", [("07:40", 14, 57)], "08:51", SD, alt=None)
    s.signal("SN-SIG-009", "restored", "08:35", "號誌恢復正常運轉", SD)

    # --- commuter crash at Jingmao / Liming
    a1 = s.cctv("SN-CCTV-005", "accident", "08:13", 0.61, CR, pos=offset(P["經貿/黎明"], 25, 200))
    s.call("traffic_accident", P["經貿/黎明"], "08:14", "經貿路黎明路口兩台車撞在一起，好像是閃樹枝", CR, 40, 200)
    pc = s.police("accident", "Minor", P["經貿/黎明"], "08:20",
                  "經貿路二段黎明路三段口自小客與自小客擦撞，無人受傷，雙方和解。", CR, arr="08:48")
    s.police("accident", "Minor", P["經貿/黎明"], "08:40", "經貿黎明路口事故車已移離。", CR, arr="08:44",
             follows=pc)

    # --- background: the morning's many calls
    park = P["公園停車場"]
    bg = [
        ("公園路樹", park, "06:58", "中央公園步道有兩棵樹倒了，沒有壓到人，看一下就好"),
        ("streetlight", road_at("jingmao", lat=24.188), "07:07", "經貿路靠綠美圖那邊一盞路燈不亮，編號 XT-30412"),
        ("環境清潔", P["經貿/經貿七"], "07:11", "經貿七路口路邊都是樹枝跟落葉，堆了一整排沒人清"),
        ("other", P["生態B"], "07:14", "今天要不要上班？人事行政總處有沒有公布？"),
        ("公園路樹", spos("SN-FL-004"), "07:22", "公園南邊那裡有樹倒在草地上，小孩會去爬，危險"),
        ("fallen_tree", road_at("jingmao", lat=24.1915), "07:25", "經貿路上都是斷掉的樹枝，機車騎很危險"),
        ("illegal_parking", road_at("zhongke", lat=24.1905), "07:38", "中科路紅線上面的車停了一整晚還不開走，公車沒辦法靠站"),
        ("other", P["營運塔"], "07:49", "我家遮雨棚被吹壞了掛在外面，要找誰處理？"),
        ("streetlight", P["逢甲水湳"], "08:02", "逢甲水湳校區旁邊路燈白天還亮著"),
        ("water_outage", P["生態A"], "08:09", "生態住宅這邊早上沒水，是停水嗎？有沒有公告？"),
        ("公園路樹", spos("SN-FL-002"), "08:27", "中央公園裡面的樹倒了擋住步道"),
        ("other", P["轉運中心"], "08:33", "請問今天往臺北的國道客運有沒有開？"),
        ("環境清潔", P["河南停車場"], "08:55", "河南路停車場門口一堆落葉樹枝"),
        ("streetlight", P["河南/中平"], "09:12", "河南路中平路口附近有一盞路燈歪掉了，燈還亮著"),
        ("illegal_parking", P["會展B"], "09:26", "會展中心旁邊一堆車停在人行道上"),
        ("other", P["流行影音中心"], "09:48", "流行影音中心外面的旗子被吹到樹上了"),
        ("公園路樹", spos("SN-FL-003"), "10:05", "公園裡面有好幾棵樹倒，什麼時候會清？"),
        ("環境清潔", P["中醫水湳"], "10:21", "中國醫藥大學水湳校區外面垃圾被風吹得到處都是"),
        ("other", P["會展A"], "07:31", "會展中心今天的展覽有沒有開？"),
        ("streetlight", P["經貿/黎明"], "07:59", "黎明路口那邊路燈柱被吹歪了"),
        ("公園路樹", spos("SN-FL-001"), "08:40", "公園北邊靠停車場那裡樹倒了好幾棵"),
        ("環境清潔", road_at("kaixuan", lat=24.186), "09:02", "凱旋路人行道上都是樹葉，很滑"),
        ("other", P["生態A"], "09:35", "我們社區的信箱被吹掉了"),
        ("illegal_parking", P["流行影音中心"], "10:12", "流行影音中心旁邊車子停在人行道上"),
        ("other", P["逢甲水湳"], "10:40", "請問颱風受損可以申請補助嗎？"),
        ("streetlight", road_at("zhongke", lat=24.184), "11:05", "中科路的路燈白天還亮著"),
    ]
    s.call("flooding", P["環中/中清"], "08:20", "中清路地下道今天還能不能走？導航一直叫我走那邊", UP, 300, 700)
    s.call("traffic_signal", P["環中/臺灣大道"], "07:44", "剛剛打過了，臺灣大道那個路口還是沒有警察在指揮", SD, 60, 250,
           follows=d2)
    s.call("fallen_tree", road_at("kaixuan", lat=24.1930), "07:05", "黎明路凱旋路那邊樹倒了，公車都改道", TK, 30, 150)
    for cat, p, at, txt in bg:
        s.call(cat, p, at, txt, rmin=30, rmax=350)
    car1 = s.call("fallen_tree", offset(P["生態B"], 200, 80), "07:57",
           "敦化路旁邊小巷子的樹倒在我車上，車窗破了，沒有擋到路，要找誰來鋸？", None, CAR, 20, 60)
    s.call("fallen_tree", offset(P["生態B"], 200, 80), "09:40",
           "早上打過電話了，我車上那棵樹還沒人來處理", None, CAR, 20, 60, follows=car1)
    s.outage("SN-FL-003", "07:15", "10:52", "battery_low")
    s.signal("SN-SIG-006", "fault", "09:31", "號誌控制器通訊異常")
    s.signal("SN-SIG-006", "restored", "09:34", "號誌恢復正常運轉")
    s.parking("SN-PK-001", "08:31")
    s.cong_series("SN-VD-HENAN-01", [("07:52", 17, 43)], "08:56")
    s.dup(k1, "+3m")
    s.dup(pk, "+7m")

    s.inc(UP, "flood", "中清環中路口地下道夜間積水，清晨仍深 41 公分，封閉至 09:10 抽乾；中清路、環中路通勤回堵。", up813[0])
    s.inc(TK, "traffic", "凱旋路黎明路至環中路間大樹倒塌阻斷雙向，養工處 09:20 移除；凱旋路通勤回堵。", k1)
    s.inc(SD, "traffic", "臺灣大道環中路口號誌黑燈，警方指揮交通，08:35 恢復。", d3)
    s.inc(CR, "traffic", "經貿路黎明路口兩車擦撞（閃避樹枝），無人受傷。", a1)
    s.alt_reading("兩個可爭議的判斷：敦化路巷內樹倒壓車（不擋路）有人會當成一件派工（養工處要去鋸），"
                  "有人當作隔日例行陳情；環中路 1 km 外的車速下降有人歸給黑燈路口，有人認為是一般通勤尖峰。"
                  "另外，抱怨清晨鏈鋸噪音的來電，有人認為就是凱旋路倒樹處理的證據。",
                  add=[(CAR, "traffic", "敦化路旁巷內路樹倒塌壓到自小客，未擋路，需派員鋸除。", car1)])
    return s.write()


# =====================================================================================
def s814():
    s = Situation(814, "typhoon_a_concert_warning", "2027-08-11",
                  "颱風 A 海上警報中、陸上警報 20:30 發布前後的下午到晚上 15:00-22:30。流行影音中心戶外演唱會"
                  "照常舉行但提前到 21:00 結束，散場遇上雨帶；環中路台74線下廣告看板被吹倒；散場時凱旋路行人被撞。")
    CO, BB, PED = "814-concert-egress", "814-billboard-huanzhong-74", "814-pedestrian-kaixuan"

    # the permit, filed weeks ago, and its amendment for the typhoon
    pe = s.permit("concert", P["流行影音中心"], "19:00", "22:00", "2027-08-02T10:00",
                  "臺中流行影音中心 戶外演唱會，預估 8,000 人，凱旋路側出入口", CO, arr="+20m")
    s.permit("concert", P["流行影音中心"], "19:00", "21:00", "16:05",
             "因颱風接近，演唱會縮短於 21:00 結束，散場動線不變", CO, arr="+6m", follows=pe)
    s.parking("SN-PK-006", "15:48")
    s.cong_series("SN-VD-HUANZHONG-01", [("17:32", 18, 41)], "18:44")
    s.parking("SN-PK-005", "18:37", truth=CO)
    s.rain_series("SN-RG-001", [("18:02", "大雨", "1 小時累積雨量 41.5 mm")], "19:25")
    s.rain_series("C0F9T0", [("18:10", "大雨", "1 小時累積雨量 44.0 mm"),
                             ("20:40", "大雨", "1 小時累積雨量 48.5 mm")], "22:20")
    s.c1999("other", s.near(P["流行影音中心"], 200, 600), "18:20", "颱風要來了演唱會還要辦嗎？我小孩在裡面")
    s.c1999("noise", s.near(P["流行影音中心"], 250, 400), "20:08", "流行影音中心的演唱會好吵，颱風天還這麼大聲")
    s.panel("SN-FA-009", "fault", "19:12", "蓄電池電壓不足")
    s.status("SN-CCTV-010", "offline", "19:24", "comms_lost")
    s.status("SN-CCTV-010", "online", "19:31")

    # --- billboard down under Hwy 74 on Huanzhong Rd
    bb = offset(P["環中/台74"], 70, 200)
    bb1 = s.cctv("SN-CCTV-001", "fallen_object", "19:38", 0.69, BB, pos=bb)
    b1 = s.call("other", bb, "19:41", "環中路台74線下面的廣告看板被吹倒，壓在車道上", BB, 40, 200)
    pb = s.police("fallen_object", "Severe", P["環中/台74"], "19:50",
                  "台74線環中路二段口廣告看板倒塌佔用外側兩車道，請 119 協助移除。", BB, arr="20:14")
    fb = s.f119("rescue", P["環中/台74"], "19:58", "台74線環中路口看板倒塌，派遣西屯分隊移除障礙", BB, arr="+90s")
    s.f119("rescue", P["環中/台74"], "20:47", "看板已切割移至路旁，返隊", BB, arr="+40s", follows=fb)
    s.police("fallen_object", "Minor", P["環中/台74"], "20:50", "環中路台74線口看板已移除，車道恢復。", BB,
             arr="21:09", follows=pb)
    s.c1999("streetlight", offset(bb, 120, 20), "20:19", "環中路台74線那邊路燈壞了一盞")

    # --- the concert lets out into the rain
    s.cong_series("SN-VD-KAIXUAN-02", [("20:56", 11, 63), ("21:27", 9, 70)], "22:02", CO)
    s.cong_series("SN-VD-ZHONGKE-01", [("21:05", 14, 52)], "21:58", CO)
    cc = s.police("crowd_control", "Moderate", P["流行影音中心"], "21:04",
             "流行影音中心散場約 7,000 人，凱旋路側人潮擁擠，派員管制路口並疏導候車人群。", CO, arr="21:29")
    cc1 = s.call("crowding", P["流行影音中心"], "21:09", "影音中心散場人超多，公車站都擠爆了，雨又很大", CO, 60, 250)
    s.call("illegal_parking", road_at("kaixuan", lat=24.1865), "21:16", "凱旋路上一堆車違停在等接人，整條塞住",
           CO, 40, 200)
    # pedestrian hit on Kaixuan Rd at the exit
    ped = road_at("kaixuan", lat=24.1838)
    f2 = s.f119("ambulance", ped, "21:22", "凱旋路近流行影音中心 行人遭自小客擦撞 1 人受傷 派遣救護車",
                PED, alt=CO, arr="+60s")
    s.call("traffic_accident", ped, "21:21", "凱旋路這邊有人被車撞到，散場的人很多，快來", PED, 30, 120, alt=CO)
    s.police("injury_accident", "Moderate", ped, "21:30",
             "凱旋路近流行影音中心出口，自小客右轉擦撞散場行人，行人右手挫傷送醫。", PED, arr="21:58", alt=CO)
    s.f119("ambulance", ped, "21:36", "傷者已送醫", PED, arr="+30s", follows=f2, alt=CO)

    s.dup(pb, "+5m")

    s.inc(CO, "crowd", "流行影音中心演唱會（颱風提前到 21:00 結束）散場約 7,000 人遇雨，凱旋路、中科路壅塞，警方管制。",
          cc1)
    s.inc(BB, "traffic", "台74線環中路二段口廣告看板倒塌佔用兩車道，消防切割移除。", bb1)
    s.inc(PED, "traffic", "凱旋路近影音中心出口自小客右轉擦撞散場行人，1 人輕傷送醫。", f2)
    s.alt_reading("散場處的行人事故：有人視為演唱會散場事件的一部分（同一批管制警力、同一股人潮），"
                  "不另立事件。", drop=[PED])
    return s.write()


# =====================================================================================
def s815():
    s = Situation(815, "typhoon_a_long_night_floods", "2027-08-11",
                  "颱風 A 登陸夜的整個大夜班 22:30 至隔日 10:30（12 小時）：北（中清環中地下道）、南（河南路低窪處）、"
                  "西（黎明凱旋低窪處）三個不同集水區同時淹水；環中凱旋路口自撞、經貿七路口倒樹、黎明凱旋路口號誌黑燈；"
                  "滯洪池照設計蓄水；1999 與區域雨量警戒整夜不斷。")
    UP, HN, LK = "815-underpass-zhongqing", "815-flood-henan", "815-flood-liming-kaixuan"
    CR, TR, SG = "815-crash-huanzhong-kaixuan", "815-tree-jingmao7", "815-signal-dark-liming-kaixuan"
    POND = "815-ponds-watch"

    # regional rain all night
    s.rain_series("C0F9T0", [("22:41", "豪雨", "3 小時累積雨量 104.5 mm"), ("23:41", "豪雨", "3 小時累積雨量 131.0 mm"),
                             ("25:41", "豪雨", "24 小時累積雨量 268.0 mm"), ("28:41", "大豪雨", "24 小時累積雨量 356.5 mm")],
                  "32:20")
    s.rain_series("SN-RG-001", [("22:48", "豪雨", "3 小時累積雨量 112.0 mm"), ("24:48", "豪雨", "24 小時累積雨量 241.5 mm"),
                                ("27:48", "大豪雨", "24 小時累積雨量 352.0 mm")], "32:40")
    s.rain_series("SN-RG-002", [("23:02", "豪雨", "3 小時累積雨量 101.5 mm")], "31:55")
    s.rain_series("SN-RG-003", [("23:20", "豪雨", "3 小時累積雨量 108.0 mm")], "31:10")

    # --- single-vehicle crash at Huanzhong / Kaixuan
    c815 = s.call("traffic_accident", P["環中/凱旋"], "23:17", "環中路凱旋路口一台車打滑撞到分隔島，車頭都爛了", CR, 50, 220)
    c815v = s.cctv("SN-CCTV-002", "accident", "23:14", 0.71, CR, pos=offset(P["環中/凱旋"], 40, 80))
    pc = s.police("accident", "Moderate", P["環中/凱旋"], "23:25",
                  "環中路二段凱旋路口自小客雨天打滑自撞分隔島，駕駛無受傷，酒測值 0。", CR, arr="23:52")
    s.police("accident", "Minor", P["環中/凱旋"], "24:08", "自撞車輛已拖離，現場排除。", CR, arr="24:15",
             follows=pc)

    # --- north: the Zhongqing/Huanzhong underpass
    up815 = s.flood_series("SN-FL-006", [("24:20", 19), ("24:50", 36), ("25:40", 62), ("26:40", 55), ("27:30", 38),
                                 ("29:10", 24), ("30:20", 11)], "31:00", UP)
    s.cctv("SN-CCTV-008", "flooding", "24:35", 0.77, UP, pos=spos("SN-FL-006"))
    pu = s.police("road_closure", "Severe", P["環中/中清"], "24:45",
                  "中清路環中路口地下道積水，雙向封閉，派員管制。", UP, arr="25:04")
    s.call("flooding", P["環中/中清"], "24:41", "中清路地下道淹水了，剛剛有車開進去又倒車出來", UP, 80, 300)
    s.police("flooding_report", "Severe", P["環中/中清"], "25:40",
             "中清環中地下道積水約 60 公分，水利局抽水機已到場。", UP, arr="26:15", follows=pu)
    s.call("flooding", P["環中/中清"], "26:05", "中清路下面地下道那邊水一直沒退", UP, 150, 400)
    # a caller 1.8 km away repeats what he heard about the underpass
    s.c1999("flooding", offset(spos("SN-FL-008"), 40, 200), "26:22",
            "新聞說中清路地下道淹水了，我明天早上要走那邊上班，會不會通？", UP)

    # --- south: Henan Rd low point
    hn815 = s.flood_series("SN-FL-007", [("25:10", 21), ("25:40", 33), ("26:40", 41), ("28:00", 27), ("29:00", 13)],
                   "29:40", HN)
    s.cctv("SN-CCTV-010", "flooding", "25:25", 0.61, HN, pos=offset(P["河南/中平"], 30, 40))
    h1 = s.call("flooding", P["河南停車場"], "25:31", "河南路停車場入口淹水，我車子開不出來", HN, 20, 80)
    ph = s.police("flooding_report", "Moderate", road_at("henan", lat=24.1725), "25:45",
             "河南路近中平路段積水約 35 公分，已擺放警示。", HN, arr="26:20")
    s.call("flooding", spos("SN-FL-007"), "26:12", "剛剛打過，河南路停車場那邊水越來越高了", HN, 20, 120,
           follows=h1)
    s.dup(ph, "+5m")

    # --- west: Liming/Kaixuan low point, and its signal 160 m away
    lk815 = s.flood_series("SN-FL-009", [("25:30", 23), ("26:10", 34), ("27:20", 26)], "28:30", LK)
    s.call("flooding", spos("SN-FL-009"), "25:48", "黎明路這邊水淹到人行道了", LK, 40, 200)
    s.police("flooding_report", "Moderate", P["黎明/凱旋"], "26:20",
             "黎明路三段凱旋路口西側低窪處積水，封閉外側車道。", LK, arr="26:51")
    sg815 = s.signal("SN-SIG-007", "fault", "26:15", "號誌控制器斷電（黑燈）", SG, alt=LK)
    sg815c = s.cctv("SN-CCTV-007", "signal_dark", "26:18", 0.78, SG, alt=LK)
    s.police("traffic_signal_fault", "Moderate", P["黎明/凱旋"], "26:35",
             "黎明路凱旋路口號誌黑燈，控制箱疑似進水，已通報交通局。", SG, arr="27:02", alt=LK)
    s.call("traffic_signal", P["黎明/凱旋"], "30:20", "黎明路凱旋路口紅綠燈一整晚都沒亮，早上車多很危險",
           SG, 40, 200, alt=LK)
    s.signal("SN-SIG-007", "restored", "30:50", "號誌恢復正常運轉", SG, alt=LK)

    # --- tree across Jingmao Rd at Jingmao 7th Rd
    tr = offset(P["經貿/經貿七"], 60, 20)
    tr815 = s.cctv("SN-CCTV-006", "fallen_object", "27:08", 0.62, TR, pos=tr)
    s.call("fallen_tree", tr, "27:12", "經貿路有一棵行道樹倒在馬路上，擋住兩個車道", TR, 50, 200)
    pt = s.police("fallen_object", "Severe", P["經貿/經貿七"], "27:20",
                  "經貿路二段經貿七路口路樹倒塌佔用車道，已擺放警示。", TR, arr="27:58")
    s.police("fallen_object", "Minor", P["經貿/經貿七"], "30:28", "經貿路倒樹已移除。", TR, arr="30:41",
             follows=pt)

    # --- more of the night's calls and devices: some about a job, some far from it, some about nothing
    s.call("flooding", P["環中/中清"], "24:58", "中清路那邊地下道有車子熄火在裡面", UP, 100, 300)
    s.police("stalled_vehicle", "Moderate", P["環中/中清"], "25:05",
             "中清環中地下道內自小客熄火，駕駛已自行涉水離開，待拖吊。", UP, arr="25:31")
    s.call("flooding", offset(P["環中/中清"], 320, 250), "25:15", "環中路靠中清路那裡水好深，機車都用牽的", UP)
    s.outage("SN-CCTV-008", "25:50", "26:05", "comms_lost", alert=False)
    s.call("flooding", P["河南/中平"], "26:50", "中平路河南路這邊整片都是水", HN, 40, 200)
    s.call("other", spos("SN-FL-007"), "27:30", "我家一樓進水了，可以派人來抽水嗎？就在河南路停車場後面", HN, 120, 200)
    s.call("flooding", P["黎明/凱旋"], "26:35", "凱旋路那邊淹水，車子都開很慢", LK, 150, 350)
    s.c1999("fallen_tree", offset(P["會展B"], 60, 120), "27:25", "經貿路靠會展中心那邊樹倒了，整棵橫在路上", TR)
    s.call("other", P["營運塔"], "28:10", "外面好像有東西一直在撞，不知道是什麼，好可怕", rmin=50, rmax=300)
    s.call("other", P["生態A"], "28:50", "停電了，什麼時候會來電？", rmin=50, rmax=300)
    s.call("noise", P["逢甲水湳"], "23:30", "樓下有人在喝酒唱歌，颱風天還這麼吵", rmin=100, rmax=300)
    s.panel("SN-FA-001", "fault", "27:00", "1F 迴路接地異常")
    s.panel("SN-FA-001", "normal", "27:20", "迴路異常復歸")
    s.rain_series("SN-RG-002", [("25:02", "豪雨", "24 小時累積雨量 236.5 mm")], None)
    s.dup("815-C-002", "+4m")

    # --- detention ponds fill as designed (watched, not dispatched)
    pond = s.wl_series("SN-WL-001", [("25:20", "3", 2.12), ("26:30", "2", 2.57), ("28:10", "3", 2.31)], "30:30",
                None, POND)
    s.wl_series("SN-WL-002", [("26:00", "3", 2.06)], "30:00", None, POND)
    s.flood_series("SN-FL-002", [("25:30", 28), ("26:30", 46)], "31:20", None, POND)

    # --- background through the night
    s.outage("SN-VD-ZHONGPING-02", "26:00", "26:40", "comms_lost")
    s.panel("SN-FA-008", "fault", "27:35", "泵浦室進水，消防泵浦低水位警報")
    s.panel("SN-FA-008", "normal", "29:55", "泵浦異常復歸")
    s.panel("SN-FA-002", "fault", "24:52", "AC 電源異常")
    s.panel("SN-FA-002", "normal", "24:53", "AC 電源恢復")
    night = [
        ("other", P["生態A"], "22:55", "風很大窗戶在漏水，有沒有沙包可以領？"),
        ("other", P["營運塔"], "23:40", "我家停電了嗎？還是只有我們這棟？"),
        ("noise", P["生態B"], "25:02", "對面工地鐵皮一直被風吹得砰砰響"),
        ("other", P["逢甲水湳"], "25:58", "宿舍窗戶玻璃破了，有沒有人可以來？"),
        ("streetlight", road_at("zhongke", lat=24.185), "27:45", "中科路有一盞路燈一直閃"),
        ("other", P["轉運中心"], "28:30", "請問明天客運幾點恢復？"),
        ("blocked_drain", road_at("zhongke", lat=24.182), "29:15", "中科路靠逢甲那邊水溝蓋被樹葉堵住了"),
        ("other", P["生態A"], "30:05", "請問今天有沒有停班停課？"),
    ]
    for cat, p, at, txt in night:
        s.call(cat, p, at, txt, rmin=30, rmax=350)
    # morning: commute and clean-up
    s.cong_series("SN-VD-HUANZHONG-03", [("31:40", 16, 47)], "32:45", None, UP)
    morning = [
        ("環境清潔", P["經貿/經貿七"], "31:10", "經貿路邊樹枝堆很多，請派人清"),
        ("公園路樹", spos("SN-FL-003"), "31:32", "公園裡面樹倒了好幾棵"),
        ("streetlight", P["會展A"], "32:05", "會展中心前面路燈白天還亮著"),
        ("illegal_parking", road_at("zhongke", lat=24.1905), "32:48", "中科路紅線停滿車，颱風都過了還不開走"),
        ("環境清潔", P["河南停車場"], "33:30", "河南路停車場門口都是泥巴，車子很滑"),
    ]
    for cat, p, at, txt in morning:
        s.call(cat, p, at, txt, rmin=30, rmax=350)
    more = [
        ("公園路樹", spos("SN-FL-001"), "31:50", "公園北邊步道有一棵樹斷掉"),
        ("streetlight", road_at("kaixuan", lat=24.189), "32:20", "凱旋路有一盞路燈燈罩掉下來了"),
        ("other", P["生態B"], "33:05", "垃圾車今天會不會來？"),
        ("blocked_drain", P["生態A"], "33:50", "經貿路三段的水溝蓋都被落葉蓋住了"),
    ]
    for cat, p, at, txt in more:
        s.call(cat, p, at, txt, rmin=30, rmax=350)
    s.police("flooding_report", "Minor", P["環中/中清"], "31:05", "中清環中地下道 07:00 抽水完畢，恢復通行。",
             UP, arr="31:30", follows=pu)

    s.inc(UP, "flood", "中清環中路口地下道積水最深 62 公分，00:45 起雙向封閉，07:00 抽乾恢復通行。", up815[0])
    s.inc(HN, "flood", "河南路近中平路低窪路段及河南路停車場入口積水最深 41 公分，清晨退去。", hn815[0])
    s.inc(LK, "flood", "黎明路三段凱旋路口西側低窪處積水 34 公分，封閉外側車道。", lk815[0])
    s.inc(CR, "traffic", "環中路凱旋路口自小客雨天打滑自撞分隔島，無人傷。", c815v)
    s.inc(TR, "traffic", "經貿路二段經貿七路口行道樹倒塌佔用車道，清晨移除。", tr815)
    s.inc(SG, "traffic", "黎明路凱旋路口號誌黑燈（控制箱進水）至清晨 06:50。", sg815c)
    s.alt_reading("兩處可爭議：黎明凱旋路口號誌黑燈是同一處淹水的後果（控制箱進水），有人併入淹水事件；"
                  "滯洪池水位二級與池內淹水深度，有人開一件「滯洪池監看」事件，早上中清環中的車速下降也有人算進地下道事件。",
                  drop=[SG],
                  add=[(POND, "flood", "中央公園北、南滯洪池水位達警戒、池內水深上升，水利局監看。", pond[1])])
    return s.write()


# =====================================================================================
def s816():
    s = Situation(816, "typhoon_b_jingmao_two_floods", "2027-09-14",
                  "颱風 B 外圍雨帶的晚上 18:00-23:45。經貿路上兩處淹水：北段低窪處（近敦化路、生態住宅 B 區，"
                  "區域排水水位同時升高）與 1 公里外南端的經貿中平路口；兩組人員分別處理。另有下班時段環中經貿路口車禍。")
    F1, F2, CR = "816-flood-jingmao-lowpoint", "816-flood-jingmao-zhongping", "816-crash-huanzhong-jingmao"

    s.cong_series("SN-VD-HENAN-02", [("18:09", 18, 44)], "18:56")
    s.rain_series("C0F9T0", [("18:30", "大雨", "1 小時累積雨量 46.0 mm"), ("19:30", "豪雨", "3 小時累積雨量 106.5 mm"),
                             ("21:30", "豪雨", "3 小時累積雨量 112.0 mm")], "23:22")
    s.rain_series("SN-RG-001", [("18:52", "大雨", "1 小時累積雨量 49.0 mm"), ("19:52", "豪雨", "3 小時累積雨量 103.0 mm")],
                  "23:05")
    s.rain_series("SN-RG-002", [("19:05", "大雨", "1 小時累積雨量 42.5 mm")], "22:15")

    # --- rush-hour crash at Huanzhong / Jingmao
    cr816 = s.cctv("SN-CCTV-004", "accident", "18:35", 0.68, CR, pos=offset(P["環中/經貿"], 30, 120))
    fa = s.f119("ambulance", P["環中/經貿"], "18:37", "環中路二段經貿路口 汽機車碰撞 1 人受傷 派遣救護車", CR,
                arr="+50s")
    s.call("traffic_accident", P["環中/經貿"], "18:38", "環中路經貿路口車禍，有人躺在地上", CR, 40, 180)
    s.cong_series("SN-VD-JINGMAO-01", [("18:47", 12, 60)], "19:33", CR)
    s.cong_series("SN-VD-HUANZHONG-03", [("18:51", 14, 55)], "19:28", CR)
    s.police("injury_accident", "Moderate", P["環中/經貿"], "18:45",
             "環中路二段經貿路口自小客左轉與直行機車碰撞，機車騎士右手骨折送醫。", CR, arr="19:19")
    s.f119("ambulance", P["環中/經貿"], "18:52", "傷者送中國醫藥大學附設醫院", CR, arr="+30s", follows=fa)

    # --- flood 1: the northern low point by Dunhua Rd, with the drain behind it
    s.wl_series("SN-WL-003", [("19:10", "3", 1.46), ("19:50", "2", 1.85), ("21:30", "3", 1.52)], "22:50", F1)
    f816 = s.flood_series("SN-FL-008", [("19:21", 18), ("19:45", 33), ("20:30", 36), ("21:20", 24), ("22:10", 9)],
                   "22:42", F1)
    s.call("flooding", spos("SN-FL-008"), "19:31", "經貿路靠近敦化路那邊淹水了，水蓋過人行道", F1, 50, 220)
    s.call("flooding", P["生態B"], "19:56", "生態住宅前面的路變成小河了，車子開過去水花都噴到一樓", F1, 30, 120)
    p1 = s.police("flooding_report", "Moderate", spos("SN-FL-008"), "19:50",
                  "經貿路近敦化路低窪路段積水約 30 公分。", F1, arr="20:21")
    s.police("road_closure", "Moderate", spos("SN-FL-008"), "20:05",
             "經貿路近敦化路低窪路段雙向封閉，車輛改道。", F1, arr="20:12", follows=p1)
    s.panel("SN-FA-012", "fault", "20:15", "B1 泵浦室進水，消防泵浦異常", F1, alt=None)
    s.call("blocked_drain", spos("SN-FL-008"), "20:50", "敦化路口的水溝蓋被樹葉整個堵住，水都排不下去", F1,
           100, 180)
    s.call("flooding", spos("SN-FL-008"), "20:41", "經貿路三段水還是淹到人行道", F1, 80, 300)
    s.police("road_closure", "Minor", spos("SN-FL-008"), "22:45", "經貿路近敦化路積水退去，解除封閉。", F1,
             arr="23:06", follows=p1)
    # the caller halfway between the two, who sees the whole road wet
    s.c1999("flooding", road_at("jingmao", lat=24.1785), "20:26", "經貿路整條都淹水了啦，你們到底有沒有在抽水", F1,
            alt=F2)

    # --- flood 2: the southern end at Zhongping Rd, 1 km on
    f2a = s.cctv("SN-CCTV-011", "flooding", "20:05", 0.74, F2, pos=offset(P["經貿/中平"], 30, 330))
    s.call("flooding", P["經貿/中平"], "20:12", "經貿路中平路口淹水，車子都在涉水", F2, 40, 200)
    p2 = s.police("flooding_report", "Moderate", P["經貿/中平"], "20:30",
                  "經貿路中平路口積水約 25 公分，已擺放警示。", F2, arr="20:58")
    s.cong_series("SN-VD-ZHONGPING-02", [("20:40", 9, 72), ("21:10", 11, 63)], "22:21", F2)
    s.police("stalled_vehicle", "Moderate", P["經貿/中平"], "20:48",
             "自小客於經貿路中平路口積水處熄火，駕駛已自行脫困，待拖吊。", F2, arr="21:15")
    s.call("flooding", P["經貿/中平"], "21:10", "中平路這邊淹水，還有一台車卡在路中間", F2, 80, 300)
    s.cctv("SN-CCTV-011", "flooding", "21:45", 0.69, F2, pos=offset(P["經貿/中平"], 30, 330))
    s.police("flooding_report", "Minor", P["經貿/中平"], "22:30", "經貿中平路口積水已退，熄火車輛已拖離。", F2,
             arr="22:52", follows=p2)

    # --- background
    s.wl_series("SN-WL-002", [("20:31", "3", 2.04)], "23:10")
    s.call("blocked_drain", road_at("zhongke", lat=24.1815), "19:40", "中科路靠逢甲那邊的水溝一直冒水，排不掉",
           rmin=30, rmax=120)
    s.call("streetlight", P["經貿/黎明"], "21:35", "經貿路黎明路口附近有一盞路燈不亮", rmin=50, rmax=250)
    s.call("other", P["生態A"], "22:02", "請問明天要上班嗎？", rmin=50, rmax=300)
    s.outage("SN-PK-005", "20:55", "21:04", "comms_lost")
    s.panel("SN-FA-010", "fault", "21:50", "2F 手動報警機迴路斷線")
    s.dup(p2, "+4m")

    s.inc(F1, "flood", "經貿路近敦化路低窪路段淹水最深 36 公分，區域排水同時達二級警戒；雙向封閉至 22:45。", f816[0])
    s.inc(F2, "flood", "經貿路南端中平路口淹水約 25 公分，一輛自小客熄火；另一組人員處理，22:30 退水拖離。", f2a)
    s.inc(CR, "traffic", "環中路二段經貿路口自小客左轉撞直行機車，騎士骨折送醫。", cr816)
    s.alt_reading("B 區大樓總機「泵浦室進水」故障，有人認為是大樓管委會自己的事（背景）；在經貿路中段說「整條都淹」的來電，"
                  "有人歸給南端的中平路口。", replace={})
    return s.write()


if __name__ == "__main__":
    for f in (s811, s812, s813, s814, s815, s816):
        f()
