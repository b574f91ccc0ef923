#!/usr/bin/env python3
"""Seeded generator of situations 991-1002 (police and public-safety nights in 水湳).

Run: cd tools_991_1002 && python3 gen_991_1002.py && python3 validate.py
"""
from lib991 import Sit, P, offset
from readme991 import write_readme

ALL = []


def s991():
    s = Sit(991, "store_robbery", "2016-10-07",
            "週六凌晨3時 經貿路一段超商持刀搶案：店員手部割傷由救護車送醫，路人看見搶嫌騎機車往河南路逃逸，"
            "警方尋獲棄置機車，天亮前緝獲嫌犯。背景：排氣管噪音、紅線違停、路口監視器短暫斷線。")
    s.tests = "robbery with the clerk's ambulance; a witness about 1 km away; an arrest report from Beitun that follows the first report; a duplicate"
    store = (120.6601, 24.1752)
    s.inc("A_robbery", "public_safety", "超商持刀搶案（含店員受傷送醫、追緝、逮捕）")
    s.inc("B_clerk_ems", "rescue", "超商店員割傷送醫（另立救護案）", alt_only=True)
    s.alt_why = ("有些調度員把119救護當成獨立的救護案（救護車由消防局派遣，另一個單位、另一張派遣單），"
                 "搶案本身仍是警方的案。")
    s.add("status", "offline", "01:10", 0.5, "SN-CCTV-011", reason="comms_lost", text="監視器連線中斷")
    s.add("status", "online", "01:26", 0.5, "SN-CCTV-011", text="監視器恢復連線")
    s.add("1999", "noise", "02:40", 4, s.near("eco_b", 20, 60), text="樓下有改裝排氣管的機車一直在催油門，吵到睡不著，每個週末都這樣", status="已派工")
    s.add("1999", "illegal_parking", "02:55", 3, s.near("park_s", 80, 150), text="中平路靠公園這邊紅線停一整排車，消防車根本進不來")
    k1 = s.add("incident", "theft", "03:04", 2, store, sev="Severe", truth="A_robbery", suff="A_robbery",
               text="110報案：經貿路一段某超商遭持刀搶劫，歹徒戴全罩安全帽、穿黑色外套，搶走收銀機現金約1萬2千元，"
                    "騎乘無牌機車往中平路方向逃逸，店員手部遭割傷。第六分局線上警網前往。")
    k2 = s.add("119", "ambulance", "03:05", 1, offset(store, 5, -4), truth="A_robbery", alt="B_clerk_ems", suff_alt="B_clerk_ems",
               text="超商搶案 店員右手掌割傷出血 意識清楚 派遣西屯分隊救護車1輛", key="119:991-F0087")
    s.dup(k1, 3)
    s.add("1999", "other", "03:07", 5, s.near("j_henan_zhongping", 150, 250), truth="A_robbery",
          text="剛剛有一台機車沒開大燈從經貿路那邊衝過來闖紅燈，騎士戴全罩安全帽，往河南路那邊騎很快，不知道是不是做了什麼壞事")
    s.add("119", "ambulance", "03:11", 1, offset(store, 5, -4), status="on_scene", follows=k2, truth="A_robbery", alt="B_clerk_ems",
          key="119:991-F0087/on_scene", text="救護車抵達現場 傷者手部包紮止血")
    s.add("incident", "theft", "03:25", 15, (120.6462, 24.1665), sev="Moderate", follows=k1, truth="A_robbery",
          text="續報：搶嫌所騎機車於河南路二段巷內尋獲，車牌遭遮蔽，已調閱沿線路口監視器追查中。")
    s.add("119", "ambulance", "03:32", 1, offset(store, 5, -4), status="returning", follows=k2, truth="A_robbery", alt="B_clerk_ems",
          key="119:991-F0087/returning", text="傷者送往中國醫藥大學附設醫院 輕傷")
    s.add("incident", "theft", "05:50", 15, (120.6851, 24.1884), sev="Moderate", follows=k1, truth="A_robbery",
          text="續報：超商搶案嫌犯於北屯區住處緝獲，起出贓款及西瓜刀一把，全案移送偵辦。")
    return s


def s992():
    s = Sit(992, "market_and_bar_fights", "2016-10-15",
            "週六夜：會展中心停車場的夜間市集（有許可），市集中兩派青少年互毆；凌晨1時40分黎明路三段酒吧門口酒後鬥毆，一人頭部遭酒瓶砸傷送醫。")
    s.tests = "two fights the same night 600 m apart, one inside a permitted market; onlookers seen by cameras; bar noise before the fight; a caller naming the other road"
    s.inc("C_market", "crowd", "水湳夜間創意市集（許可活動）：人潮、停車、違停、音量")
    s.inc("F_market_fight", "public_safety", "市集內青少年鬥毆")
    s.inc("G_bar_fight", "public_safety", "黎明路三段酒吧門口酒後鬥毆，一人受傷送醫")
    s.alt_why = ("合併讀法：市集本身已有警力在場，市集內的打架由市集勤務的員警處理，算市集這個案的一部分；"
                 "酒吧先前的噪音陳情視為後來鬥毆的前兆，併入鬥毆案。")
    mk = s.add("planned_event", "event", "2016-10-15 18:00", -10 * 24 * 60 + 200, "conv_pk", ends="2016-10-15 23:00",
               truth="C_market", suff="C_market", key="planned_event:992-M1051005-011",
               text="水湳夜間創意市集 攤位約80攤 地點：臺中國際會展中心戶外停車場 預估人潮約5,000人 18:00-23:00 主辦單位負責場內秩序")
    s.add("parking", "full", "19:10", 1, "SN-PK-006", truth="C_market")
    s.add("cctv", "crowding", "19:30", 0.5, "SN-CCTV-005", conf=0.71, truth="C_market")
    s.add("parking", "full", "19:40", 1, "SN-PK-002", truth="C_market")
    s.add("1999", "illegal_parking", "20:05", 6, s.near("j_jingmao_liming", 30, 90), truth="C_market",
          text="經貿路黎明路附近紅線跟人行道上都停滿車，都是去逛市集的，機車也停在騎樓")
    s.add("1999", "noise", "20:40", 4, s.near("tower", 60, 200), truth="C_market",
          text="會展中心那邊市集的音響好大聲，在家裡窗戶關起來都聽得到")
    s.add("status", "offline", "21:00", 0.5, "SN-VD-LIMING-01", reason="maintenance", text="例行維護")
    c1 = s.add("1999", "other", "21:35", 3, s.near("conv_pk", 10, 40), truth="F_market_fight", alt="C_market", suff="F_market_fight",
               text="市集裡面有兩群年輕人打起來了，有人拿攤位的椅子在砸，很多小孩在旁邊，快派警察來")
    s.add("cctv", "crowding", "21:37", 0.5, "SN-CCTV-005", conf=0.82, truth="F_market_fight", alt="C_market")
    s.add("incident", "public_disturbance", "21:38", 3, s.near("conv_pk", 5, 25), sev="Moderate", truth="F_market_fight", alt="C_market",
          key="incident:992-P0311", text="會展中心停車場市集攤位前，兩派青少年約6人互毆，現場有摺疊椅遭砸，市集勤務員警已先行制止，請求支援。")
    s.add("incident", "public_disturbance", "21:55", 8, s.near("conv_pk", 5, 25), sev="Minor", follows="incident:992-P0311",
          truth="F_market_fight", alt="C_market", text="續報：雙方已帶回派出所，一人頭部擦傷自行就醫，依社會秩序維護法處理。")
    s.add("1999", "noise", "22:30", 5, s.near("eco_a", 40, 120), truth="C_market",
          text="市集的音樂到現在還在放，明天還要上班，可以請他們小聲一點嗎")
    s.add("parking", "empty", "23:30", 1, "SN-PK-006", truth="C_market")
    s.add("status", "online", "23:40", 0.5, "SN-VD-LIMING-01")
    s.add("1999", "noise", "00:50", 4, s.near("j_liming_kaixuan", 40, 80), truth=None, alt="G_bar_fight",
          text="黎明路上那間酒吧音樂開很大聲，門口一堆人站在路邊喝酒大聲喧嘩，已經吵很久了")
    s.add("cctv", "crowding", "01:20", 0.5, "SN-CCTV-002", conf=0.44, text=None)
    s.add("1999", "other", "01:41", 2, s.near("j_liming_kaixuan", 180, 280), truth="G_bar_fight", suff="G_bar_fight",
          text="凱旋路這邊有一群人在打架，好多人，有人拿酒瓶，有人頭在流血")
    s.add("cctv", "crowding", "01:43", 0.5, "SN-CCTV-007", conf=0.77, truth="G_bar_fight")
    b = s.add("incident", "public_disturbance", "01:42", 3, s.near("j_liming_kaixuan", 10, 40), sev="Severe", truth="G_bar_fight",
              key="incident:992-P0352", text="黎明路三段酒吧門口酒後鬥毆約10人，一男頭部遭酒瓶砸傷流血，請求警力支援及救護車。")
    a = s.add("119", "ambulance", "01:46", 1, s.near("j_liming_kaixuan", 10, 30), truth="G_bar_fight", key="119:992-F0412",
              text="鬥毆受傷 男 約30歲 頭部撕裂傷 酒醉 派遣西屯分隊救護車")
    s.dup(a, 2)
    s.add("119", "ambulance", "01:52", 1, s.near("j_liming_kaixuan", 10, 30), status="on_scene", follows=a, truth="G_bar_fight",
          key="119:992-F0412/on_scene", text="抵達現場 傷患頭部加壓止血")
    s.add("incident", "public_disturbance", "02:10", 10, s.near("j_liming_kaixuan", 10, 40), sev="Moderate", follows=b, truth="G_bar_fight",
          text="續報：現場已控制，帶回3人，依傷害罪及社維法偵辦，傷者送醫。")
    s.add("1999", "noise", "02:30", 4, s.near("eco_b", 30, 100), text="外面一直有車在按喇叭，三更半夜的")
    return s


def s993():
    s = Sit(993, "hit_and_run_drunk_driver", "2016-10-21",
            "週五深夜：河南路/中平路口白色休旅車撞倒機車騎士後逃逸（騎士骨折送醫）；半小時後同一輛車在經貿路自撞分隔島，"
            "駕駛酒測超標被逮捕，警方續報把兩件連起來。背景：環中路酒駕攔檢勤務、路燈、違停。")
    s.tests = "a hit-and-run and the same car's later crash 2 km away (two scenes, one police case); a witness at the far side; a routine DUI checkpoint as noise"
    s.inc("H_hit_and_run", "traffic", "河南路/中平路口肇事逃逸，機車騎士受傷送醫")
    s.inc("K_dui_crash", "traffic", "經貿路二段酒駕自撞分隔島（即肇逃車輛），駕駛被捕、拖吊")
    s.alt_why = "合併讀法：警方把兩處現場當成同一件肇逃酒駕案，經貿路的自撞是同一案的後續，不另立案。"
    s.add("incident", "other", "22:55", 5, s.near("j_huan_kaixuan", 20, 60), sev="Minor",
          text="第六分局今晚23時至翌日2時於環中路二段（凱旋路口）執行取締酒駕專案勤務，設置攔檢點。")
    s.add("1999", "streetlight", "23:10", 5, s.near("park_s", 100, 200), text="中央公園南側步道路燈一盞不亮，燈桿編號XT-10231")
    c = s.add("cctv", "accident", "23:48", 0.5, "SN-CCTV-010", conf=0.88, truth="H_hit_and_run")
    s.dup(c, 1)
    s.add("1999", "traffic_accident", "23:50", 2, s.near("j_henan_zhongping", 20, 60), truth="H_hit_and_run", suff="H_hit_and_run",
          text="河南路中平路口有機車被汽車撞倒，汽車沒有停下來直接開走了，往經貿路方向，騎士躺在地上不動")
    a = s.add("119", "ambulance", "23:51", 1, s.near("j_henan_zhongping", 5, 20), truth="H_hit_and_run", key="119:993-F0630",
              text="車禍 機車騎士倒地 左腿疑似骨折 意識清楚 派遣救護車")
    s.add("1999", "traffic_accident", "23:53", 3, s.near("j_jingmao_zhongping", 200, 320), truth="H_hit_and_run",
          text="剛剛一台白色休旅車車頭凹一塊開超快經過，往經貿路那邊，好像是撞到人，後面路口有人倒在地上")
    h = s.add("incident", "injury_accident", "23:55", 3, s.near("j_henan_zhongping", 5, 20), sev="Severe", truth="H_hit_and_run",
              key="incident:993-P0402", text="河南路二段/中平路口自小客車撞擊機車後逃逸，機車騎士受傷送醫。肇事車為白色休旅車，前保險桿受損，車號不詳，往經貿路方向。")
    s.add("119", "ambulance", "23:58", 1, s.near("j_henan_zhongping", 5, 20), status="on_scene", follows=a, truth="H_hit_and_run",
          key="119:993-F0630/on_scene", text="抵達現場")
    s.add("rule", "congestion", "00:02", 1, "SN-VD-HENAN-02", sev="Moderate", truth="H_hit_and_run", text="河南路車輛偵測器2 車速下降")
    s.add("119", "ambulance", "00:12", 1, s.near("j_henan_zhongping", 5, 20), status="returning", follows=a, truth="H_hit_and_run",
          key="119:993-F0630/returning", text="傷者送往中國醫藥大學附設醫院")
    crash = (120.6578, 24.1895)
    s.add("1999", "traffic_accident", "00:22", 3, s.near(crash, 60, 150), truth="K_dui_crash", alt="H_hit_and_run", suff="K_dui_crash",
          text="經貿路綠美圖這邊一台白色休旅車撞上安全島，駕駛下車走路搖搖晃晃的，好像喝醉了")
    s.add("cctv", "stalled_vehicle", "00:24", 0.5, "SN-CCTV-006", conf=0.68, truth="K_dui_crash", alt="H_hit_and_run")
    s.add("119", "ambulance", "00:25", 1, crash, truth="K_dui_crash", alt="H_hit_and_run", key="119:993-F0641",
          text="自撞分隔島 駕駛額頭擦傷 派遣救護車")
    s.add("incident", "traffic_accident", "00:28", 4, crash, sev="Moderate", follows=h, truth="K_dui_crash", alt="H_hit_and_run",
          key="incident:993-P0409", text="經貿路二段自小客車自撞分隔島，駕駛酒測值0.85mg/L，車頭損壞，車型與河南路肇逃案車輛特徵相符，已以公共危險罪逮捕。")
    s.add("rule", "congestion", "00:33", 1, "SN-VD-JINGMAO-02", sev="Minor", truth="K_dui_crash", alt="H_hit_and_run", text="經貿路車輛偵測器2 車速下降")
    s.add("119", "ambulance", "00:40", 1, crash, status="closed", follows="119:993-F0641", truth="K_dui_crash", alt="H_hit_and_run",
          key="119:993-F0641/closed", text="駕駛拒絕送醫 結案")
    s.add("1999", "illegal_parking", "00:45", 5, s.near("hub", 60, 150), text="轉運站門口計程車並排違停，公車都開不進去")
    s.add("incident", "traffic_accident", "01:10", 6, crash, sev="Minor", follows="incident:993-P0409", truth="K_dui_crash", alt="H_hit_and_run",
          text="續報：事故車已拖離，經貿路二段恢復通行；與河南路肇逃案併案偵辦。")
    s.add("incident", "other", "02:05", 5, s.near("j_huan_kaixuan", 20, 60), sev="Minor",
          text="環中路二段酒駕攔檢勤務結束，攔檢車輛312輛，舉發酒駕2件。")
    return s


def s994():
    s = Sit(994, "street_racing_huanzhong", "2016-10-29",
            "週六深夜2時起 環中路二段（凱旋路至中清路）聚眾飆車，路口有圍觀人群，附近居民（有的在一公里外）陸續打1999抱怨噪音；"
            "警方封路攔截時一名改裝機車騎士在中清路口失控自摔重傷送醫。")
    s.tests = "street racing seen as noise complaints from far away; spectators on camera; a closure; a racer's crash at the end of the strip"
    s.inc("R_racing", "public_safety", "環中路二段聚眾飆車：圍觀、攔截、封路、取締")
    s.inc("S_racer_crash", "traffic", "環中路/中清路口改裝機車騎士失控自摔，頭部受傷送醫")
    s.alt_why = "合併讀法：飆車攔截中發生的自摔由同一批在場警力處理，屬於飆車案的一部分，不另立交通事故案。"
    s.add("1999", "streetlight", "00:50", 5, s.near("museum", 50, 150), text="綠美圖後面人行道路燈一閃一閃的")
    s.add("status", "offline", "01:00", 0.5, "SN-VD-KAIXUAN-02", reason="battery_low", text="電池電量低")
    s.add("1999", "illegal_parking", "01:30", 5, s.near("hub", 40, 120), text="轉運站前面計程車排班排到慢車道上")
    s.add("1999", "noise", "01:52", 3, s.near((120.6545, 24.2015), 0, 60), truth="R_racing",
          text="環中路上一直有汽機車在飆車，引擎聲跟排氣管超大聲，已經半小時了，住在旁邊根本不能睡")
    s.add("1999", "noise", "01:58", 4, s.near("eco_a", 10, 60), truth="R_racing",
          text="外面一直轟隆轟隆的，好像有人在大馬路上飆車，從我家都聽得到")
    s.add("1999", "other", "02:01", 3, s.near("j_huan_jingmao", 30, 80), truth="R_racing", suff="R_racing",
          text="環中路經貿路口這邊一堆人圍在路邊，有車在路中間甩尾，機車一台一台衝過去，很危險")
    s.add("cctv", "crowding", "02:03", 0.5, "SN-CCTV-003", conf=0.81, truth="R_racing")
    r = s.add("incident", "public_disturbance", "02:06", 3, s.near("j_huan_zhongke", 100, 200), sev="Moderate", truth="R_racing",
              key="incident:994-P0515", text="環中路二段（中科路至經貿路間）聚眾飆車，機車約20輛、改裝汽車約5輛，圍觀民眾約40人，請求各分駐所警力支援攔截。")
    s.dup(r, 4)
    s.add("cctv", "wrong_way", "02:08", 0.5, "SN-CCTV-004", conf=0.66, truth="R_racing")
    s.add("cctv", "crowding", "02:10", 0.5, "SN-CCTV-004", conf=0.74, truth="R_racing")
    s.add("incident", "crowd_control", "02:15", 4, "j_huan_kaixuan", sev="Moderate", follows=r, truth="R_racing",
          text="已於環中路/凱旋路、環中路/中清路口設置攔截線，驅離圍觀民眾。")
    cl = s.add("incident", "road_closure", "02:20", 3, s.near("j_huan_zhongke", 50, 120), sev="Moderate", follows=r, truth="R_racing",
               text="環中路二段中科路至經貿路雙向暫時封閉，取締飆車，車輛請改道黎明路。")
    s.add("rule", "congestion", "02:22", 1, "SN-VD-HUANZHONG-02", sev="Minor", truth="R_racing", text="環中路車輛偵測器2 車速下降")
    s.add("1999", "noise", "02:25", 3, s.near((120.6605, 24.2010), 0, 80), truth="R_racing",
          text="中清路口這邊還是一直有機車在催油門，警察是不是還沒來")
    s.add("cctv", "accident", "02:31", 0.5, "SN-CCTV-008", conf=0.9, truth="S_racer_crash", alt="R_racing")
    s.add("incident", "injury_accident", "02:33", 3, s.near("j_huan_zhongqing", 5, 30), sev="Severe", follows=r, truth="S_racer_crash", alt="R_racing",
          key="incident:994-P0521", text="環中路/中清路口一改裝機車閃避攔截失控自摔，騎士19歲頭部受傷意識不清，已通報119。")
    a = s.add("119", "ambulance", "02:33", 1, s.near("j_huan_zhongqing", 5, 30), truth="S_racer_crash", alt="R_racing", suff="S_racer_crash",
              key="119:994-F0718", text="機車自摔 男 19歲 頭部外傷 意識不清 派遣北屯分隊救護車")
    s.add("1999", "traffic_accident", "02:35", 4, s.near((120.6618, 24.1968), 0, 40), truth="S_racer_crash", alt="R_racing",
          text="中清路這邊好像有人摔車，人躺在路上，旁邊很多警車")
    s.add("119", "ambulance", "02:40", 1, s.near("j_huan_zhongqing", 5, 30), status="on_scene", follows=a, truth="S_racer_crash", alt="R_racing",
          key="119:994-F0718/on_scene", text="抵達現場 傷患頸圈固定")
    s.add("119", "ambulance", "02:55", 1, s.near("j_huan_zhongqing", 5, 30), status="returning", follows=a, truth="S_racer_crash", alt="R_racing",
          key="119:994-F0718/returning", text="傷患送往中國醫藥大學附設醫院急診")
    s.add("incident", "road_closure", "03:15", 6, s.near("j_huan_zhongke", 50, 120), sev="Minor", follows=cl, truth="R_racing",
          text="續報：飆車族已驅離，查扣改裝機車7輛，舉發32件，環中路二段恢復雙向通行。")
    s.add("status", "online", "04:10", 0.5, "SN-VD-KAIXUAN-02")
    s.add("1999", "noise", "03:40", 5, s.near("eco_b", 20, 60), text="隔壁在裝潢，半夜還在敲敲打打")
    return s


def s995():
    s = Sit(995, "suspicious_package_hub", "2016-11-04",
            "週五晚間尖峰，水湳轉運中心2號月台發現無人看管行李箱，警方淨空月台、疏散旅客、封閉客運車道、消防待命，"
            "防爆小組確認為旅客遺留衣物後解除管制。同時段流行影音中心有許可的演唱會。")
    s.tests = "a suspicious package: evacuation crowds, buses on the ring road, car park closed, congestion, callers far away asking why; a concurrent concert permit nearby"
    s.inc("P_package", "public_safety", "轉運中心可疑行李箱：疏散、管制、防爆檢查、解除")
    s.inc("Q_concert", "crowd", "流行影音中心演唱會（許可活動）：進場人潮與違停")
    s.alt_why = ("嚴格讀法：民眾為接疏散旅客在經貿路違停，屬一般違停陳情，不算可疑物品案；"
                 "第一通1999（行李箱放很久沒人拿）本身已足以派員查看，可疑物品案從它開始。")
    s.add("planned_event", "concert", "2016-11-04 19:30", -14 * 24 * 60, "music", ends="2016-11-04 22:00", truth="Q_concert", suff="Q_concert",
          key="planned_event:995-M1051021-004", text="臺中流行影音中心戶外演唱會 預估觀眾8,000人 19:30-22:00 主辦單位申請凱旋路臨時停車管制")
    s.add("1999", "other", "18:35", 3, s.near("hub", 10, 40), truth="P_package", suff_alt="P_package",
          text="轉運站月台這邊有一個黑色行李箱放很久了，旁邊都沒有人，有點怕怕的，可以請人來看一下嗎")
    p = s.add("incident", "other", "18:42", 3, s.near("hub", 5, 20), sev="Severe", truth="P_package", suff="P_package",
              key="incident:995-P0601", text="水湳轉運中心2號月台候車區發現無人看管黑色行李箱，站務廣播無人認領，第六分局員警已到場警戒，請求防爆小組支援。")
    s.add("parking", "full", "18:45", 1, "SN-PK-004", truth="Q_concert")
    s.add("incident", "crowd_control", "18:55", 3, s.near("hub", 20, 60), sev="Severe", follows=p, truth="P_package",
          text="轉運中心淨空月台及候車大廳，疏散旅客約300人至經貿路側廣場，設置50公尺管制區。")
    s.add("parking", "closed", "18:58", 1, "SN-PK-001", truth="P_package")
    h = s.add("119", "hazmat", "19:00", 1, s.near("hub", 10, 30), truth="P_package", key="119:995-F0803",
              text="配合警方處理可疑物品 西屯分隊化學車1輛、救護車1輛現場待命")
    s.add("incident", "road_closure", "19:00", 4, s.near("hub", 30, 80), sev="Moderate", follows=p, truth="P_package",
          text="轉運中心客運進出車道暫停使用，客運改於環中路二段路邊臨時停靠上下客。")
    s.add("cctv", "crowding", "19:02", 0.5, "SN-CCTV-004", conf=0.84, truth="P_package")
    s.add("cctv", "crowding", "19:05", 0.5, "SN-CCTV-005", conf=0.7, truth="P_package")
    s.add("rule", "congestion", "19:06", 1, "SN-VD-JINGMAO-01", sev="Moderate", truth="P_package", text="經貿路車輛偵測器1 車速下降")
    s.add("cctv", "stalled_vehicle", "19:08", 0.5, "SN-CCTV-003", conf=0.74, truth="P_package")
    s.add("1999", "other", "19:10", 4, s.near((120.662, 24.189), 0, 80), truth="P_package",
          text="我在等客運到台北，車一直沒來，聽說轉運站被封起來了，是發生什麼事？")
    s.add("119", "hazmat", "19:10", 1, s.near("hub", 10, 30), status="on_scene", follows=h, truth="P_package",
          key="119:995-F0803/on_scene", text="抵達現場 於管制區外待命")
    s.add("rule", "congestion", "19:12", 1, "SN-VD-HUANZHONG-03", sev="Moderate", truth="P_package", text="環中路車輛偵測器3 車速下降")
    s.add("1999", "other", "19:15", 3, s.near((120.656, 24.2), 0, 60), truth="P_package",
          text="環中路這邊客運全部停在路邊上下客，整條都塞住了")
    s.add("rule", "congestion", "19:20", 1, "SN-VD-HUANZHONG-02", sev="Minor", truth="P_package", text="環中路車輛偵測器2 車速下降")
    s.add("1999", "illegal_parking", "19:20", 5, s.near("j_jingmao_liming", 20, 80), truth="P_package", alt=None,
          text="經貿路慢車道一整排車臨停在接人，機車都要騎到快車道")
    s.add("fire_alarm", "fault", "19:30", 0.5, "SN-FA-009", text="迴路3 斷線")
    s.add("1999", "illegal_parking", "19:40", 5, s.near("music", 60, 150), truth="Q_concert",
          text="流行影音中心旁邊的路邊紅線停滿看演唱會的車，雙黃線也有人停")
    s.add("incident", "other", "19:48", 3, s.near("hub", 5, 20), sev="Minor", follows=p, truth="P_package",
          text="續報：防爆小組X光檢查確認為旅客遺留之衣物，非爆裂物，20:00解除管制。")
    s.add("fire_alarm", "normal", "19:50", 0.5, "SN-FA-009", text="迴路3 復歸")
    s.add("119", "hazmat", "20:02", 1, s.near("hub", 10, 30), status="returning", follows=h, truth="P_package",
          key="119:995-F0803/returning", text="警方解除管制 人車返隊")
    s.add("incident", "road_closure", "20:05", 4, s.near("hub", 30, 80), sev="Minor", follows=p, truth="P_package",
          text="轉運中心客運車道恢復使用，旅客回到月台候車。")
    s.add("parking", "full", "20:10", 1, "SN-PK-005", truth="Q_concert")
    s.add("rule", "congestion", "21:58", 1, "SN-VD-KAIXUAN-02", sev="Moderate", truth="Q_concert", text="凱旋路車輛偵測器2 車速下降")
    s.add("1999", "noise", "21:30", 4, s.near("fcu", 50, 200), truth="Q_concert", text="演唱會的聲音太大聲了，小孩都沒辦法睡")
    s.add("1999", "streetlight", "20:30", 5, s.near("cmu", 100, 200), text="中國醫藥大學旁邊巷子路燈不亮")
    return s


def s996():
    s = Sit(996, "march_changes_route", "2016-11-12",
            "週六傍晚反空污夜間遊行（許可），當天上午因經貿路二段施工改走中科路到中央公園北側集會；部分隊伍仍走原路線；"
            "集會場外有反對者推擠；一名長者在集會中暈倒送醫。下午另有經貿路/中平路口號誌故障。")
    s.tests = "a permit amended the same morning (new route), crowds on the old and the new route, congestion on four corridors, a scuffle and a collapse at the rally, an unrelated signal fault"
    s.inc("M_march", "crowd", "反空污夜間遊行與中央公園集會（含改道、交通管制、人潮、推擠）")
    s.inc("U_collapse", "rescue", "集會中長者暈倒送醫")
    s.inc("V_signal", "traffic", "經貿路/中平路口號誌故障")
    s.inc("T_scuffle", "public_safety", "集會場外反對者與遊行民眾推擠", alt_only=True)
    s.alt_why = ("另一種讀法：集會場外的推擠是另一件治安案（有反對者，要另派警力隔離），不是遊行勤務本身；"
                 "多數調度員會讓在場的遊行勤務員警處理，所以主讀法併入遊行。")
    pm = s.add("planned_event", "march", "2016-11-12 18:30", -10 * 24 * 60 + 600, "hub", ends="2016-11-12 21:00", truth="M_march", suff="M_march",
               key="planned_event:996-M1051102-007",
               text="反空污夜間遊行 路線：水湳轉運中心集合→經貿路二段→經貿七路→中央公園北側草坪集會 預估3,000人 18:30-21:00")
    s.add("planned_event", "road_works", "2016-11-07 09:00", -6 * 24 * 60, (120.6559, 24.1945), ends="2016-11-20 18:00",
          key="planned_event:996-W1051101-002", text="經貿路二段（黎明路至經貿七路）自來水管線汰換工程 外側車道封閉 夜間不收工")
    s.add("planned_event", "march", "2016-11-12 18:30", -8 * 60 + 15, (120.6532, 24.1905), ends="2016-11-12 21:00", follows=pm,
          truth="M_march", key="planned_event:996-M1051102-007/amended",
          text="變更路線：經貿路二段施工，遊行改由轉運中心→環中路二段→中科路→中央公園北側草坪 預估人數上修至5,000人 集合時間不變")
    s.add("signal", "fault", "17:10", 0.5, "SN-SIG-011", truth="V_signal", suff="V_signal")
    s.add("1999", "traffic_signal", "17:14", 4, s.near("j_jingmao_zhongping", 30, 120), truth="V_signal",
          text="經貿路中平路口紅綠燈全部不亮，車子都亂開")
    s.add("cctv", "signal_dark", "17:15", 0.5, "SN-CCTV-011", conf=0.9, truth="V_signal")
    s.add("signal", "restored", "17:52", 0.5, "SN-SIG-011", truth="V_signal")
    s.add("parking", "full", "18:05", 1, "SN-PK-001", truth="M_march")
    s.add("cctv", "crowding", "18:15", 0.5, "SN-CCTV-004", conf=0.8, truth="M_march")
    s.add("incident", "crowd_control", "18:20", 3, s.near("hub", 20, 60), sev="Moderate", truth="M_march", key="incident:996-P0701",
          text="轉運中心前廣場遊行群眾集結約4,000人，第六分局及保安警力到場。")
    s.add("parking", "full", "18:20", 1, "SN-PK-006", truth="M_march")
    s.add("rule", "congestion", "18:30", 1, "SN-VD-JINGMAO-01", sev="Moderate", truth="M_march", text="經貿路車輛偵測器1 車速下降")
    rc = s.add("incident", "road_closure", "18:35", 3, s.near("j_huan_zhongke", 50, 200), sev="Moderate", truth="M_march",
               key="incident:996-P0702", text="遊行管制：環中路二段（經貿路至中科路）外側車道及中科路南向車道封閉，車輛請改道黎明路。")
    s.add("cctv", "crowding", "18:40", 0.5, "SN-CCTV-003", conf=0.86, truth="M_march")
    s.add("rule", "congestion", "18:40", 1, "SN-VD-HUANZHONG-02", sev="Moderate", truth="M_march", text="環中路車輛偵測器2 車速下降")
    s.add("1999", "other", "18:45", 4, s.near((120.644, 24.1905), 0, 60), truth="M_march",
          text="環中路整個塞住，公車都不動，到底在幹嘛？")
    s.add("cctv", "crowding", "18:50", 0.5, "SN-CCTV-005", conf=0.74, truth="M_march")
    s.add("rule", "congestion", "18:50", 1, "SN-VD-ZHONGKE-01", sev="Moderate", truth="M_march", text="中科路車輛偵測器1 車速下降")
    s.add("incident", "crowd_control", "18:52", 3, s.near("j_jingmao_liming", 20, 60), sev="Moderate", follows="incident:996-P0701", truth="M_march",
          text="部分遊行隊伍約300人仍沿原路線往經貿路二段前進，已引導改由黎明路接中科路，施工圍籬處派員警戒。")
    s.add("cctv", "crowding", "18:58", 0.5, "SN-CCTV-006", conf=0.62, truth="M_march")
    s.add("rule", "congestion", "19:00", 1, "SN-VD-KAIXUAN-01", sev="Minor", truth="M_march", text="凱旋路車輛偵測器1 車速下降")
    s.add("1999", "illegal_parking", "19:05", 6, s.near("museum", 60, 150), truth="M_march",
          text="綠美圖旁邊巷子停滿車，還有遊覽車停在公車站")
    s.add("parking", "full", "19:20", 1, "SN-PK-004", truth="M_march")
    s.add("1999", "noise", "19:30", 4, s.near("eco_a", 20, 80), truth="M_march", text="公園那邊擴音器好大聲，一直喊口號")
    s.add("1999", "illegal_parking", "19:35", 5, s.near("cmu", 40, 120), text="校門口一台轎車停在無障礙車位")
    sc = s.add("incident", "public_disturbance", "19:40", 3, s.near("park_n", 10, 40), sev="Moderate", truth="M_march", alt="T_scuffle",
               key="incident:996-P0710", suff_alt="T_scuffle",
               text="中央公園北側集會場地外，反對者約5人與遊行民眾發生推擠拉扯，已由現場員警隔離。")
    s.add("1999", "other", "19:41", 3, s.near("museum", 20, 60), truth="M_march", alt="T_scuffle",
          text="綠美圖前面有人在吵架推來推去，好像快打起來了")
    s.dup(sc, 5)
    s.add("cctv", "crowding", "19:45", 0.5, "SN-CCTV-006", conf=0.79, truth="M_march")
    s.add("incident", "public_disturbance", "19:58", 5, s.near("park_n", 10, 40), sev="Minor", follows=sc, truth="M_march", alt="T_scuffle",
          text="續報：推擠雙方已勸離，無人受傷，反對者由員警陪同離開。")
    u = s.add("119", "ambulance", "20:10", 1, s.near("park_n", 5, 25), truth="U_collapse", suff="U_collapse", key="119:996-F0901",
              text="集會民眾 女 68歲 身體不適倒地 疑似低血糖 派遣救護車")
    s.add("incident", "medical", "20:11", 3, s.near("park_n", 5, 25), sev="Moderate", truth="U_collapse",
          text="中央公園北側集會場地一名長者暈倒，已通報119，現場員警協助開道讓救護車進入。")
    s.add("119", "ambulance", "20:18", 1, s.near("park_n", 5, 25), status="on_scene", follows=u, truth="U_collapse",
          key="119:996-F0901/on_scene", text="抵達現場 意識恢復 血糖偏低")
    s.add("119", "ambulance", "20:35", 1, s.near("park_n", 5, 25), status="returning", follows=u, truth="U_collapse",
          key="119:996-F0901/returning", text="送往中國醫藥大學附設醫院觀察")
    s.add("rule", "congestion", "20:40", 1, "SN-VD-ZHONGKE-01", sev="Minor", truth="M_march", text="中科路車輛偵測器1 車速下降")
    s.add("1999", "other", "20:50", 5, s.near((120.6485, 24.181), 0, 80), truth="M_march",
          text="公車說因為遊行要繞路，請問中科路什麼時候才會通？")
    s.add("incident", "crowd_control", "21:05", 4, s.near("park_n", 10, 40), sev="Minor", follows="incident:996-P0701", truth="M_march",
          text="集會21:05結束，群眾往轉運中心及公車站疏散。")
    s.add("cctv", "crowding", "21:10", 0.5, "SN-CCTV-003", conf=0.83, truth="M_march")
    s.add("incident", "road_closure", "21:35", 4, s.near("j_huan_zhongke", 50, 200), sev="Minor", follows=rc, truth="M_march",
          text="遊行管制解除，中科路及環中路二段恢復通行。")
    s.add("parking", "empty", "21:50", 1, "SN-PK-004", truth="M_march")
    s.add("status", "offline", "20:20", 0.5, "SN-RG-002", reason="comms_lost", text="通訊中斷")
    s.add("status", "online", "20:55", 0.5, "SN-RG-002")
    s.add("1999", "streetlight", "21:20", 5, s.near("eco_b", 50, 120), text="生態住宅B區後面路燈不亮兩盞")
    s.add("1999", "noise", "22:10", 4, s.near("fcu", 50, 200), text="學校旁邊的宿舍一直有人在大聲唱歌")
    s.add("cctv", "crowding", "16:40", 0.5, "SN-CCTV-007", conf=0.48)
    return s


def s997():
    s = Sit(997, "stolen_car_tracked", "2016-11-18",
            "週五深夜生態住宅B區樓下自小客車遭竊（車主清晨才報案）；車牌辨識系統比對到失竊車，巡邏車尾隨，失竊車逆向闖紅燈，"
            "在中清路擦撞路邊機車後棄車逃逸，上午嫌犯在逢甲一帶落網。另有一件逢甲水湳校區機車失竊報案。")
    s.tests = "a theft reported hours late with the night's earlier signs (alarm noise) belonging to it; plate-reader hits as police follow-ups; the abandoned car reported by 1999 as illegal parking"
    s.inc("X_stolen_car", "public_safety", "自小客車失竊：報案、車牌辨識追蹤、尾隨、棄車、緝獲")
    s.inc("Z_scooter", "public_safety", "逢甲大學水湳校區機車失竊報案")
    s.inc("Y_crash", "traffic", "失竊車中清路二段擦撞路邊機車後棄車（現場處理、拖吊）", alt_only=True)
    s.alt_why = "另一種讀法：中清路的擦撞與棄車是一個交通事故現場（機車車主、拖吊、車道清理），另立交通案；竊車偵辦仍是原案。"
    s.add("1999", "noise", "01:10", 4, s.near("eco_a", 20, 80), text="對面大樓頂樓有人在開派對，很吵")
    s.add("1999", "noise", "02:15", 3, s.near("eco_b", 20, 60), truth="X_stolen_car",
          text="樓下有人在弄車子，汽車警報器響了一下就停了，現在好像有人在車裡")
    sc = s.add("incident", "theft", "03:00", 5, s.near("fcu", 10, 40), sev="Minor", truth="Z_scooter", suff="Z_scooter",
               text="逢甲大學水湳校區學生報案：停放於校區機車停車場之機車遭竊，約於昨晚10時至今晨2時間。")
    s.add("status", "offline", "04:00", 0.5, "SN-CCTV-003", reason="comms_lost")
    s.add("status", "online", "04:30", 0.5, "SN-CCTV-003")
    x = s.add("incident", "theft", "05:40", 6, s.near("eco_b", 30, 80), sev="Moderate", truth="X_stolen_car", suff="X_stolen_car",
              key="incident:997-P0820", text="民眾報案：停放於住家樓下之白色自小客車（車號ARB-5821）遭竊，約於凌晨1時至5時間，已輸入失竊車輛協尋系統。")
    s.add("incident", "theft", "06:10", 2, "j_huan_zhongke", sev="Moderate", follows=x, truth="X_stolen_car",
          text="車牌辨識系統比對：失竊車ARB-5821於06:10通過環中路/中科路口往東，請線上警網注意。")
    s.add("cctv", "wrong_way", "06:14", 0.5, "SN-CCTV-008", conf=0.83, truth="X_stolen_car")
    s.add("incident", "theft", "06:16", 2, s.near("j_huan_zhongqing", 50, 150), sev="Severe", follows=x, truth="X_stolen_car",
          text="巡邏車於中清路發現失竊車ARB-5821，尾隨中，該車逆向闖紅燈往北屯方向，請求攔截。")
    crash = (120.6611, 24.1922)
    s.add("1999", "traffic_accident", "06:21", 4, s.near(crash, 150, 300), truth="X_stolen_car", alt="Y_crash", suff_alt="Y_crash",
          text="中清路這邊一台白色轎車撞到路邊停的機車，開車的人下車就跑掉了")
    y = s.add("incident", "traffic_accident", "06:25", 3, crash, sev="Minor", follows=x, truth="X_stolen_car", alt="Y_crash",
              text="失竊車ARB-5821於中清路二段擦撞路邊機車2輛後棄車，駕駛徒步逃逸，無人受傷，車輛已扣留待拖吊。")
    s.add("1999", "illegal_parking", "07:30", 6, s.near(crash, 20, 60), truth="X_stolen_car", alt="Y_crash",
          text="中清路旁一台白色轎車斜停佔用機車格，車門沒關，旁邊兩台機車倒在地上")
    s.add("incident", "theft", "09:30", 10, (120.6462, 24.179), sev="Moderate", follows=x, truth="X_stolen_car",
          text="續報：竊車嫌犯經沿線監視器比對，於逢甲商圈附近緝獲，坦承竊取ARB-5821，另涉另案機車竊盜。")
    s.add("1999", "illegal_parking", "08:10", 5, s.near("hub", 60, 160), text="轉運站外面人行道上停滿機車")
    s.dup(sc, 20)
    return s


def s998():
    s = Sit(998, "missing_elder", "2016-11-24",
            "週四晚間 失智老翁從生態住宅A區出門散步未歸，家屬報1999及警方協尋；綠美圖有民眾看到一位答不出話的老人家；"
            "22時在中央公園南側滯洪池步道尋獲，失溫送醫。同時綠美圖一名5歲男童走失12分鐘後尋獲，綠美圖火警總機一次誤報。")
    s.tests = "a missing elder with sightings scattered along his path and an ambulance at the end; a lost child at the same building; a false fire alarm there"
    s.inc("E_elder", "rescue", "失智老翁協尋：協尋、目擊、尋獲、失溫送醫")
    s.inc("L_child", "rescue", "綠美圖5歲男童走失，12分鐘後尋獲")
    s.inc("N_false_alarm", "fire", "綠美圖火警總機3F偵煙器動作，7分鐘後確認誤報復歸")
    s.alt_why = ("嚴格讀法：綠美圖那位答不出話的老人家無法確認是協尋對象（員警到場未見人），當作無關；"
                 "火警總機7分鐘內自行確認誤報復歸，不派車就不算一個案。")
    e = s.add("1999", "missing_person", "19:20", 4, s.near("eco_a", 10, 50), truth="E_elder", suff="E_elder",
              text="我爸爸82歲有失智症，傍晚5點多說要出去散步，到現在還沒回來，穿灰色外套、藍色拖鞋，手機沒帶")
    p = s.add("incident", "missing_person", "19:35", 3, s.near("eco_a", 10, 50), sev="Moderate", truth="E_elder",
              key="incident:998-P0905", text="受理失蹤人口協尋：陳姓老翁82歲，失智，身高約165公分，灰色夾克、藍色拖鞋，最後出現於生態住宅A區，請線上警網協尋。")
    s.add("1999", "noise", "19:50", 4, s.near("eco_b", 20, 80), text="鄰居的狗一直叫，叫了一個多小時")
    ch = s.add("incident", "missing_person", "20:02", 2, s.near("museum", 5, 20), sev="Minor", truth="L_child", suff="L_child",
               key="incident:998-P0911", text="綠美圖一樓大廳5歲男童與母親走散，穿黃色上衣，館方已廣播，員警協助尋找。")
    s.add("incident", "missing_person", "20:10", 2, s.near(P["museum"], 300, 500), sev="Moderate", follows=p, truth="E_elder",
          text="續報：調閱監視器，老翁17:40步行經經貿路往綠美圖方向。")
    s.add("incident", "missing_person", "20:15", 2, s.near("museum", 5, 20), sev="Minor", follows=ch, truth="L_child",
          text="續報：男童於綠美圖2樓兒童區尋獲，已交還母親。")
    s.add("1999", "other", "20:25", 4, s.near("museum", 20, 60), truth="E_elder", alt=None,
          text="綠美圖前面椅子上有一個老人家坐很久了，問他話他答不太出來，是不是需要幫忙")
    s.add("incident", "missing_person", "20:45", 3, s.near("museum", 20, 60), sev="Moderate", follows=p, truth="E_elder", alt=None,
          text="續報：員警前往綠美圖前廣場查看，未發現老人，持續擴大協尋範圍至中央公園。")
    s.add("1999", "streetlight", "20:50", 5, (120.6557, 24.18), text="中央公園中段步道路燈不亮，很暗")
    s.add("fire_alarm", "alarm", "21:05", 0.5, "SN-FA-004", truth="N_false_alarm", alt=None, suff="N_false_alarm", text="3F 偵煙器動作")
    s.add("fire_alarm", "normal", "21:12", 0.5, "SN-FA-004", truth="N_false_alarm", alt=None, text="現場確認誤報 復歸")
    s.add("1999", "illegal_parking", "21:20", 6, s.near("cmu", 40, 120), text="巷口轉角停了一台貨車，擋住視線")
    s.add("1999", "other", "21:40", 4, s.near("park_s", 10, 60), truth="E_elder",
          text="中央公園南邊滯洪池旁邊有一個老伯伯一直走來走去，穿拖鞋，看起來很冷")
    s.add("incident", "missing_person", "22:05", 3, (120.6559, 24.1768), sev="Severe", follows=p, truth="E_elder",
          text="續報：於中央公園南側滯洪池步道尋獲陳姓老翁，體溫偏低、意識混亂，已通報救護車並通知家屬。")
    a = s.add("119", "ambulance", "22:07", 1, (120.6559, 24.1768), truth="E_elder", key="119:998-F1002",
              text="失智老人尋獲 疑似失溫 派遣西屯分隊救護車")
    s.add("119", "ambulance", "22:15", 1, (120.6559, 24.1768), status="on_scene", follows=a, truth="E_elder",
          key="119:998-F1002/on_scene", text="抵達現場 保暖處置")
    s.add("119", "ambulance", "22:35", 1, (120.6559, 24.1768), status="returning", follows=a, truth="E_elder",
          key="119:998-F1002/returning", text="送往中國醫藥大學附設醫院")
    s.add("1999", "missing_person", "22:20", 2, s.near("eco_a", 10, 50), status="已結案", follows=e, truth="E_elder", key="1999:998-001/closed",
          text="家屬來電：父親已由警方在中央公園找到，謝謝")
    s.add("status", "offline", "22:40", 0.5, "SN-FL-005", reason="battery_low")
    s.add("1999", "noise", "23:10", 4, s.near("fcu", 40, 150), text="學生宿舍一直有人在吵，都十一點了")
    s.add("status", "online", "23:55", 0.5, "SN-FL-005")
    return s


def s999():
    s = Sit(999, "domestic_dispute", "2016-12-02",
            "週五深夜生態住宅A區一戶夫妻爭吵變成家暴，鄰居以1999噪音陳情，警方到場，妻子頭部撕裂傷由救護車送醫，相對人被逮捕。另一棟有卡拉OK噪音陳情。")
    s.tests = "a domestic violence call that arrives as a noise complaint; the ambulance; a real noise complaint next door as noise"
    s.inc("D_domestic", "public_safety", "生態住宅A區家暴：員警到場、被害人送醫、相對人逮捕")
    s.inc("B_ems", "rescue", "家暴被害人頭部撕裂傷送醫（另立救護案）", alt_only=True)
    s.alt_why = "另一種讀法：119救護是消防局另一張派遣單，另立救護案；家暴偵辦仍是警方的案。"
    s.add("1999", "noise", "22:40", 4, s.near("eco_b", 10, 40), text="隔壁棟有人在唱卡拉OK，唱到現在還不停")
    s.add("1999", "noise", "23:18", 3, s.near("eco_a", 5, 25), truth="D_domestic", suff="D_domestic",
          text="樓上一直有人在大吼大叫，還有東西砸破的聲音，有女生在哭，可以請警察來看一下嗎")
    p = s.add("incident", "public_disturbance", "23:26", 3, s.near("eco_a", 5, 15), sev="Severe", truth="D_domestic", key="incident:999-P1201",
              text="生態住宅A區某戶夫妻口角後拉扯，妻頭部撞及桌角流血，疑似家庭暴力，已通報119。")
    a = s.add("119", "ambulance", "23:27", 1, s.near("eco_a", 5, 15), truth="D_domestic", alt="B_ems", suff_alt="B_ems", key="119:999-F1107",
              text="女 35歲 頭部撕裂傷 家暴案 警方已在場 派遣救護車")
    s.add("119", "ambulance", "23:34", 1, s.near("eco_a", 5, 15), status="on_scene", follows=a, truth="D_domestic", alt="B_ems",
          key="119:999-F1107/on_scene", text="抵達現場 傷口包紮 送醫")
    s.add("incident", "public_disturbance", "00:20", 10, s.near("eco_a", 5, 15), sev="Moderate", follows=p, truth="D_domestic",
          text="續報：相對人已依家庭暴力罪現行犯逮捕，被害人送醫，已通報社工及聲請保護令。")
    return s


def s1000():
    s = Sit(1000, "break_ins_reported_late", "2016-12-10",
            "週六早上 經貿路二段（經貿七路附近）一排店家陸續發現夜裡被撬門行竊；夜裡3時有居民聽到敲打聲報1999，員警巡邏未見異狀。"
            "另有中國醫藥大學水湳校區機車失竊、逢甲水湳校區腳踏車失竊陳情。背景：晨間車流、路燈、清潔。", night=False)
    s.tests = "a burglary series on one street reported in the morning (the first report typed late, its follow-up arriving first); the night's noise complaint that was the burglars; smaller thefts elsewhere"
    s.inc("B1_burglary", "public_safety", "經貿路二段店家連續夜間竊盜（同一路段數家）：報案、採證、調閱監視器、緝獲")
    s.inc("B2_scooter", "public_safety", "中國醫藥大學水湳校區機車失竊")
    s.inc("B3_bicycle", "public_safety", "逢甲水湳校區腳踏車失竊（只受理報案）", alt_only=True)
    s.alt_why = ("另一種讀法：夜裡的敲打聲陳情與員警巡邏當下未發現異狀，算作已結案的噪音陳情，不併入竊案；"
                 "而腳踏車失竊也要派員受理，算一個案。")
    s.add("1999", "noise", "03:20", 4, s.near("j_jingmao_7", 30, 120), truth="B1_burglary", alt=None,
          text="經貿路那邊一直有金屬敲打的聲音，叮叮咚咚的，三更半夜不知道在做什麼")
    s.add("incident", "other", "03:40", 5, s.near("j_jingmao_7", 20, 80), sev="Minor", truth="B1_burglary", alt=None,
          text="接獲噪音反映，巡邏經貿路二段，未見異狀。")
    s.add("1999", "streetlight", "06:30", 5, s.near("tower", 40, 120), text="營運塔旁邊人行道路燈白天還亮著")
    s.add("1999", "illegal_parking", "07:10", 5, s.near("hub", 60, 150), text="轉運站前面公車停靠區有自小客車停著不走")
    x = "incident:1000-P1311"
    s.add("incident", "theft", "07:42", 43, s.near("j_jingmao_7", 20, 50), sev="Moderate", truth="B1_burglary", key=x,
          text="咖啡店店主早上開店發現鐵捲門遭撬開，收銀機現金約8千元遭竊，研判凌晨犯案。")
    s.add("1999", "other", "07:55", 3, s.near("j_jingmao_7", 80, 200), truth="B1_burglary", suff="B1_burglary",
          text="經貿路這一排店家好幾間門都被撬開了，我們店也被偷，警察可以來看一下嗎")
    s.add("1999", "環境清潔", "08:00", 5, s.near("park_n", 50, 150), text="公園入口垃圾桶滿出來了")
    s.add("rule", "congestion", "08:05", 1, "SN-VD-HUANZHONG-03", sev="Minor", text="環中路車輛偵測器3 車速下降")
    s.add("incident", "theft", "08:10", 2, s.near("j_jingmao_7", 40, 90), sev="Moderate", follows=x, truth="B1_burglary",
          text="同一路段手搖飲料店後門遭破壞，零錢約2千元遭竊，與咖啡店竊案手法相同。")
    s.add("incident", "theft", "08:30", 3, s.near("j_jingmao_7", 20, 60), sev="Moderate", follows=x, truth="B1_burglary",
          text="續報：經貿路二段共3家店面遭竊，鑑識小組前往採證，調閱經貿路/經貿七路口監視器。")
    s.add("incident", "theft", "08:50", 4, s.near("cmu", 10, 50), sev="Minor", truth="B2_scooter", suff="B2_scooter",
          text="中國醫藥大學水湳校區機車停車場學生報案，機車一輛於昨晚遭竊。")
    s.add("1999", "other", "09:05", 5, s.near("fcu", 10, 50), truth=None, alt="B3_bicycle", suff_alt="B3_bicycle",
          text="逢甲水湳校區停在車棚的腳踏車被偷了，鎖被剪斷，要去哪裡報案？")
    s.add("status", "offline", "09:20", 0.5, "SN-PK-003", reason="device_fault")
    s.add("status", "online", "10:05", 0.5, "SN-PK-003")
    s.add("incident", "theft", "11:30", 10, (120.6849, 24.1899), sev="Moderate", follows=x, truth="B1_burglary",
          text="續報：經貿路二段連續竊案，經監視器追蹤，嫌犯2名於北屯區租屋處查獲，起出撬棍及部分現金。")
    return s


def s1001():
    s = Sit(1001, "busy_friday_night", "2016-12-16",
            "週五晚上到凌晨：流行影音中心演唱會（許可）與場內扒竊；臺灣大道/環中路追撞；轉運中心酒醉男子倒臥送醫；"
            "黎明路三段酒吧鬥毆；河南路/中平路口號誌故障。其餘是一個週五夜裡平常的噪音、違停、路燈與設備狀態。")
    s.tests = "six jobs at once across the zone, many callers far from the scene, illegal parking that belongs to the concert, routine background"
    s.inc("C1_concert", "crowd", "流行影音中心演唱會（許可）：進場、散場人潮、周邊違停與噪音")
    s.inc("T1_pickpocket", "public_safety", "演唱會場內扒竊，散場時逮獲嫌犯")
    s.inc("A1_crash", "traffic", "臺灣大道/環中路口追撞，無人受傷，占用內側車道")
    s.inc("R1_drunk", "rescue", "轉運中心大廳外酒醉男子倒臥，送醫")
    s.inc("F1_bar_fight", "public_safety", "黎明路三段酒吧門口鬥毆，一人受傷送醫")
    s.inc("S1_signal", "traffic", "河南路/中平路口號誌故障至凌晨修復")
    s.alt_why = ("合併讀法：演唱會場內的扒竊由演唱會勤務員警處理，算演唱會案的一部分；"
                 "演唱會周邊的違停陳情只是一般違停，不算演唱會案；酒吧門口酒客叫罵的噪音陳情是後來鬥毆的開始。")
    s.add("planned_event", "concert", "2016-12-16 19:30", -20 * 24 * 60, "music", ends="2016-12-16 22:30", truth="C1_concert", suff="C1_concert",
          key="planned_event:1001-M1051126-002", text="臺中流行影音中心跨年前夕演唱會 預估觀眾6,000人 19:30-22:30 凱旋路臨時停車管制")
    s.add("rule", "congestion", "19:05", 1, "SN-VD-ZHONGQING-02", sev="Minor", text="中清路車輛偵測器2 車速下降")
    s.add("rule", "congestion", "19:10", 1, "SN-VD-KAIXUAN-02", sev="Moderate", truth="C1_concert", text="凱旋路車輛偵測器2 車速下降")
    s.add("parking", "full", "19:12", 1, "SN-PK-004", truth="C1_concert")
    s.add("1999", "illegal_parking", "19:20", 6, s.near("music", 80, 200), truth="C1_concert", alt=None,
          text="影音中心旁邊的巷子兩邊都停滿車，消防通道也停")
    s.add("parking", "full", "19:25", 1, "SN-PK-005", truth="C1_concert")
    s.add("1999", "noise", "19:30", 5, s.near("cmu", 30, 120), text="樓下餐廳排風扇很吵")
    s.add("1999", "illegal_parking", "19:40", 6, s.near("fcu", 100, 250), truth="C1_concert", alt=None,
          text="逢甲水湳校區門口一直有車臨停接人，說是去看演唱會的")
    s.add("parking", "full", "19:45", 1, "SN-PK-002")
    s.add("1999", "illegal_parking", "19:50", 5, s.near("cmu", 50, 150), text="醫藥大學旁邊人行道停機車，輪椅過不去")
    s.add("status", "offline", "19:55", 0.5, "SN-WL-003", reason="comms_lost")
    s.add("1999", "illegal_parking", "20:10", 5, s.near("music", 100, 300), truth="C1_concert", alt=None,
          text="凱旋路慢車道一整排違停，公車沒辦法靠站")
    s.add("status", "online", "20:25", 0.5, "SN-WL-003")
    s.add("cctv", "crowding", "20:30", 0.5, "SN-CCTV-001", conf=0.41)
    s.add("1999", "streetlight", "20:40", 5, s.near("eco_b", 60, 150), text="生態住宅旁邊自行車道路燈不亮")
    s.add("fire_alarm", "fault", "20:50", 0.5, "SN-FA-010", text="主機電源異常 蓄電池電壓低")
    s.add("1999", "noise", "21:00", 4, s.near("eco_a", 20, 80), truth="C1_concert", text="演唱會的低音一直咚咚咚，窗戶都在震")
    pk = s.add("incident", "theft", "21:15", 5, s.near("music", 10, 40), sev="Minor", truth="T1_pickpocket", alt="C1_concert", suff="T1_pickpocket",
               key="incident:1001-P1401", text="演唱會觀眾報案：站區手機及錢包遭扒竊，今晚已受理3件，疑同一人所為，場內便衣員警注意。")
    s.add("fire_alarm", "normal", "21:20", 0.5, "SN-FA-010", text="電源恢復 復歸")
    s.add("1999", "noise", "21:40", 4, s.near("j_liming_kaixuan", 40, 120), text="黎明路那間酒吧的音樂又開很大聲了")
    s.add("incident", "other", "22:00", 5, s.near("j_henan_zhongping", 40, 80), sev="Minor",
          text="第六分局22時至翌日2時於河南路二段執行取締酒駕勤務。")
    s.add("rule", "congestion", "22:35", 1, "SN-VD-KAIXUAN-02", sev="Moderate", truth="C1_concert", text="凱旋路車輛偵測器2 車速下降")
    s.add("incident", "crowd_control", "22:30", 4, s.near("music", 30, 80), sev="Moderate", truth="C1_concert",
          text="演唱會散場人潮約6,000人，凱旋路及中科路交通疏導，公車站加派人力。")
    s.add("rule", "congestion", "22:40", 1, "SN-VD-ZHONGKE-01", sev="Moderate", truth="C1_concert", text="中科路車輛偵測器1 車速下降")
    s.add("1999", "noise", "22:45", 4, s.near("fcu", 60, 150), truth="C1_concert", text="散場的人在路上一直大聲唱歌按喇叭")
    s.add("incident", "theft", "22:50", 5, s.near("music", 10, 40), sev="Minor", follows=pk, truth="T1_pickpocket", alt="C1_concert",
          text="續報：扒竊嫌犯1名於散場時遭便衣員警逮獲，起出手機2支。")
    s.add("parking", "empty", "23:10", 1, "SN-PK-004", truth="C1_concert")
    c = s.add("cctv", "accident", "23:20", 0.5, "SN-CCTV-009", conf=0.91, truth="A1_crash")
    s.dup(c, 1.5)
    s.add("1999", "traffic_accident", "23:21", 4, s.near("j_taiwan_huan", 150, 350), truth="A1_crash", suff="A1_crash",
          text="臺灣大道這邊好像兩台車撞在一起，停在內線車道，後面都在閃")
    a1 = s.add("incident", "traffic_accident", "23:24", 3, s.near("j_taiwan_huan", 5, 30), sev="Moderate", truth="A1_crash",
               key="incident:1001-P1405", text="臺灣大道/環中路口自小客車追撞2車，無人受傷，占用內側車道，交通分隊處理中。")
    s.add("rule", "congestion", "23:30", 1, "SN-VD-HUANZHONG-04", sev="Moderate", truth="A1_crash", text="環中路車輛偵測器4 車速下降")
    s.add("1999", "other", "23:48", 4, s.near("hub", 10, 60), truth="R1_drunk",
          text="轉運站門口有一個人躺在地上，叫他都不醒，旁邊有吐")
    r = s.add("incident", "medical", "23:50", 3, s.near("hub", 5, 30), sev="Moderate", truth="R1_drunk", suff="R1_drunk", key="incident:1001-P1407",
              text="轉運中心大廳外男子酒醉倒臥，呼叫無反應，已通報119。")
    s.add("incident", "traffic_accident", "00:05", 4, s.near("j_taiwan_huan", 5, 30), sev="Minor", follows=a1, truth="A1_crash",
          text="續報：事故車輛已移置路邊，臺灣大道/環中路口恢復通行。")
    am = s.add("119", "ambulance", "23:52", 1, s.near("hub", 5, 30), truth="R1_drunk", key="119:1001-F1201",
               text="路倒 男 約40歲 酒醉 意識不清 派遣西屯分隊救護車")
    s.add("119", "ambulance", "00:01", 1, s.near("hub", 5, 30), status="on_scene", follows=am, truth="R1_drunk",
          key="119:1001-F1201/on_scene", text="抵達現場 生命徵象穩定")
    s.add("119", "ambulance", "00:15", 1, s.near("hub", 5, 30), status="returning", follows=am, truth="R1_drunk",
          key="119:1001-F1201/returning", text="送往中國醫藥大學附設醫院")
    s.add("1999", "noise", "00:20", 4, s.near("eco_b", 20, 80), text="樓上半夜在拖椅子跑來跑去")
    s.add("1999", "illegal_parking", "00:30", 5, s.near("j_liming_kaixuan", 60, 150), text="黎明路酒吧門口汽車並排停，擋住整個車道")
    s.add("1999", "other", "00:40", 2, s.near("j_liming_kaixuan", 150, 300), truth="F1_bar_fight", suff="F1_bar_fight",
          text="凱旋路口有一群喝醉的人打起來了，有人倒在地上")
    s.add("cctv", "crowding", "00:41", 0.5, "SN-CCTV-007", conf=0.8, truth="F1_bar_fight")
    f = s.add("incident", "public_disturbance", "00:42", 3, s.near("j_liming_kaixuan", 10, 40), sev="Severe", truth="F1_bar_fight",
              key="incident:1001-P1409", text="黎明路三段酒吧門口酒後鬥毆約8人，一人倒地，請求支援。")
    s.dup(f, 3)
    fa = s.add("119", "ambulance", "00:45", 1, s.near("j_liming_kaixuan", 10, 30), truth="F1_bar_fight", key="119:1001-F1206",
               text="鬥毆 男 臉部挫傷 鼻血不止 派遣救護車")
    s.add("119", "ambulance", "00:53", 1, s.near("j_liming_kaixuan", 10, 30), status="on_scene", follows=fa, truth="F1_bar_fight",
          key="119:1001-F1206/on_scene", text="抵達現場")
    s.add("1999", "noise", "00:50", 3, s.near("tower", 200, 600), truth="F1_bar_fight",
          text="外面有人在大吼大叫，好像在吵架，在黎明路那邊")
    s.add("119", "ambulance", "01:08", 1, s.near("j_liming_kaixuan", 10, 30), status="returning", follows=fa, truth="F1_bar_fight",
          key="119:1001-F1206/returning", text="傷者送醫")
    sig = s.add("signal", "fault", "01:10", 0.5, "SN-SIG-010", truth="S1_signal", suff="S1_signal")
    s.add("cctv", "signal_dark", "01:11", 0.5, "SN-CCTV-010", conf=0.88, truth="S1_signal")
    s.add("incident", "public_disturbance", "01:15", 8, s.near("j_liming_kaixuan", 10, 40), sev="Moderate", follows=f, truth="F1_bar_fight",
          text="續報：現場已控制，帶回4人偵辦，酒吧負責人已告誡。")
    s.add("1999", "traffic_signal", "01:16", 4, s.near("j_henan_zhongping", 80, 250), truth="S1_signal",
          text="河南路跟中平路口紅綠燈都沒亮，晚上車開很快很危險")
    s.add("incident", "traffic_signal_fault", "01:25", 4, s.near("j_henan_zhongping", 5, 20), sev="Moderate", truth="S1_signal",
          text="河南路二段/中平路口號誌全暗，已派員以手勢指揮，通知交通局維修廠商。")
    s.add("status", "offline", "01:30", 0.5, "SN-VD-HENAN-01", reason="comms_lost")
    s.add("1999", "traffic_signal", "01:40", 5, s.near("j_henan_zhongping", 300, 500), truth="S1_signal",
          text="中平路靠河南路那邊的燈號好像壞了，剛剛差點撞到")
    s.add("signal", "restored", "02:40", 0.5, "SN-SIG-010", truth="S1_signal")
    s.add("status", "online", "02:45", 0.5, "SN-VD-HENAN-01")
    s.add("1999", "streetlight", "01:50", 5, s.near("park_s", 60, 200), text="中央公園南側步道有一盞路燈燈泡閃爍，燈桿編號XT-10877")
    s.add("1999", "noise", "02:10", 4, s.near("eco_a", 20, 80), text="外面有機車改管在繞圈圈")
    s.add("1999", "illegal_parking", "02:20", 5, s.near("hub", 40, 120), text="轉運站計程車排班排到紅線外")
    s.add("cctv", "stalled_vehicle", "02:30", 0.5, "SN-CCTV-002", conf=0.39)
    s.add("incident", "other", "02:05", 5, s.near("j_henan_zhongping", 40, 80), sev="Minor",
          text="河南路二段取締酒駕勤務結束，攔檢245輛，舉發酒駕1件。")
    # more routine background through the evening
    for i, (t, sid) in enumerate((("19:00", "SN-RG-003"), ("21:50", "SN-FL-009"))):
        s.add("status", "offline", t, 0.5, sid, reason=("maintenance", "battery_low")[i])
    s.add("status", "online", "20:30", 0.5, "SN-RG-003")
    s.add("1999", "動物救援", "20:20", 5, s.near("park_n", 50, 200), text="公園裡有一隻狗腳受傷一直在叫")
    s.add("1999", "noise", "23:05", 4, s.near("j_huan_zhongqing", 100, 250), text="中清路那邊一直有跑車催油門")
    s.add("1999", "illegal_parking", "23:35", 5, s.near("museum", 60, 150), text="綠美圖旁邊紅線上停了好幾台車")
    s.add("1999", "streetlight", "00:10", 5, s.near("conv_a", 60, 150), text="會展中心後面路燈壞了一盞")
    s.add("rule", "congestion", "21:40", 1, "SN-VD-HUANZHONG-01", sev="Minor", text="環中路車輛偵測器1 車速下降")
    s.add("cctv", "crowding", "22:55", 0.5, "SN-CCTV-003", conf=0.52, truth="C1_concert")
    s.add("1999", "other", "22:58", 4, s.near("music", 200, 500), truth="C1_concert",
          text="散場人太多了，凱旋路公車站擠到車道上，很危險")
    s.add("1999", "noise", "01:00", 4, s.near("cmu", 40, 120), text="巷子裡有人在喝酒聊天很大聲")
    s.add("incident", "crowd_control", "23:15", 4, s.near("music", 30, 80), sev="Minor", truth="C1_concert",
          text="演唱會散場疏導完畢，凱旋路恢復正常車流，臨時停車管制解除。")
    s.add("1999", "other", "22:50", 4, s.near("j_liming_kaixuan", 300, 600), truth="C1_concert",
          text="計程車司機反映：影音中心散場車陣塞到黎明路，能不能派人指揮")
    s.dup("119:1001-F1201", 2)
    s.dup(sig, 1)
    s.add("1999", "noise", "00:35", 4, s.near("j_liming_kaixuan", 30, 100), truth=None, alt="F1_bar_fight",
          text="黎明路酒吧門口一群人喝醉在大聲叫罵，快吵起來了")
    s.add("status", "offline", "23:40", 0.5, "SN-CCTV-006", reason="maintenance", text="鏡頭清潔維護")
    s.add("status", "online", "00:25", 0.5, "SN-CCTV-006")
    return s


def s1002():
    s = Sit(1002, "wrong_way_crash_huanzhong", "2016-12-23",
            "聖誕夜前凌晨3時 一輛酒駕自小客車由台74線匝道逆向駛入環中路二段，兩支路口監視器先後偵測逆向，路人報案，"
            "約5分鐘後在經貿路口與計程車對撞，計程車司機受困，救助與救護出動，封路至清晨。")
    s.tests = "a wrong-way driver seen by two cameras and a caller, then the head-on crash; rescue and ambulance; a low-confidence camera false positive earlier"
    s.inc("W_wrong_way", "traffic", "環中路二段逆向車與計程車對撞：逆向偵測、攔截、救助、封路")
    s.inc("W2_crash", "traffic", "環中路/經貿路口對撞事故（救助、救護、封路）", alt_only=True)
    s.alt_why = ("另一種讀法：逆向車的攔截（監視器偵測、路人報案、警方通報）是一件，"
                 "對撞後的救助、救護與封路是另一件（不同單位、不同現場作業）。")
    s.add("cctv", "wrong_way", "01:20", 0.5, "SN-CCTV-011", conf=0.41)
    s.add("incident", "other", "00:30", 5, s.near("j_henan_zhongping", 40, 80), sev="Minor",
          text="第六分局0時至4時於河南路二段執行取締酒駕勤務。")
    s.add("cctv", "wrong_way", "03:02", 0.5, "SN-CCTV-001", conf=0.93, truth="W_wrong_way")
    s.add("cctv", "wrong_way", "03:03", 0.5, "SN-CCTV-002", conf=0.88, truth="W_wrong_way")
    s.add("1999", "other", "03:04", 3, s.near((120.6566, 24.201), 0, 80), truth="W_wrong_way", suff="W_wrong_way",
          text="環中路上有一台黑色轎車逆向，開很快，差點撞到我，往中清路那邊")
    w = s.add("incident", "wrong_way_driver", "03:06", 2, s.near("j_huan_kaixuan", 50, 150), sev="Severe", truth="W_wrong_way", key="incident:1002-P1501",
              text="環中路二段一黑色自小客車由台74線匝道逆向往中清路方向行駛，請線上警網攔截並於前方路口示警。")
    s.add("cctv", "accident", "03:07", 0.5, "SN-CCTV-004", conf=0.95, truth="W_wrong_way", alt="W2_crash")
    s.add("1999", "traffic_accident", "03:08", 3, s.near((120.656, 24.1975), 0, 60), truth="W_wrong_way", alt="W2_crash", suff_alt="W2_crash",
          text="環中路兩台車對撞，很嚴重，計程車司機卡在車裡出不來")
    rs = s.add("119", "rescue", "03:09", 1, s.near("j_huan_jingmao", 5, 20), truth="W_wrong_way", alt="W2_crash", key="119:1002-F1301",
               text="車禍對撞 人員受困車內1人 派遣西屯分隊救助車、救護車2輛")
    am = s.add("119", "ambulance", "03:09", 1, s.near("j_huan_jingmao", 5, 20), truth="W_wrong_way", alt="W2_crash", key="119:1002-F1302",
               text="車禍對撞 2人受傷")
    s.add("119", "rescue", "03:14", 1, s.near("j_huan_jingmao", 5, 20), status="on_scene", follows=rs, truth="W_wrong_way", alt="W2_crash",
          key="119:1002-F1301/on_scene", text="抵達現場 破壞器材救出受困司機")
    s.add("incident", "injury_accident", "03:15", 3, s.near("j_huan_jingmao", 5, 20), sev="Extreme", follows=w, truth="W_wrong_way", alt="W2_crash",
          text="逆向車於環中路二段經貿路口與計程車對撞，計程車司機受困已救出，逆向駕駛酒味濃厚，2人送醫。")
    cl = s.add("incident", "road_closure", "03:20", 3, s.near("j_huan_jingmao", 20, 60), sev="Moderate", follows=w, truth="W_wrong_way", alt="W2_crash",
               text="環中路二段經貿路口雙向封閉，車輛改道黎明路。")
    s.add("rule", "congestion", "03:30", 1, "SN-VD-HUANZHONG-03", sev="Minor", truth="W_wrong_way", alt="W2_crash", text="環中路車輛偵測器3 車速下降")
    s.add("119", "ambulance", "03:40", 1, s.near("j_huan_jingmao", 5, 20), status="returning", follows=am, truth="W_wrong_way", alt="W2_crash",
          key="119:1002-F1302/returning", text="2名傷者送往中國醫藥大學附設醫院")
    s.add("incident", "road_closure", "05:10", 5, s.near("j_huan_jingmao", 20, 60), sev="Minor", follows=cl, truth="W_wrong_way", alt="W2_crash",
          text="續報：事故車輛拖離，環中路二段恢復通行；逆向駕駛酒測值1.02mg/L，依公共危險罪偵辦。")
    s.add("1999", "streetlight", "04:30", 5, s.near("hub", 100, 200), text="轉運站後面停車場路燈不亮")
    return s


def main():
    rows = [f().write() for f in (s991, s992, s993, s994, s995, s996, s997, s998, s999, s1000, s1001, s1002)]
    write_readme(rows)
    for r in rows:
        print(r["file"], r["lines"], r["keys"], r["noise"], r["incidents"], r["alt"])


if __name__ == "__main__":
    main()
