"""Situations 591-596 (seeded; reproduces the data files byte for byte)."""
from lib import (Sit, P, offset, bg_streetlight, bg_noise, bg_parking, bg_flap,
                 bg_congestion)


def s591():
    s = Sit(591, "racing_huanzhong", "2016-05-14",
            "週六深夜環中路二段中科路口一帶改裝機車聚集競速，沿線住戶噪音陳情，路口圍觀人群；"
            "00:34 一名騎士在路口東側自撞分隔島受傷送醫。其餘為一般路燈、噪音、違停與設備斷線。")
    T = s.T
    A, B = "591-A", "591-B"
    crash = offset(*P["環中中科"], 140, 80)
    # background early evening
    sl = bg_streetlight(s, T(22, 5), "黎明路東段", p="北屯10482")
    bg_noise(s, T(22, 31), "中清路", "熱炒店客人很吵，都快十一點了")
    bg_parking(s, T(23, 8), "凱旋路南段")
    bg_flap(s, "SN-VD-LIMING-01", T(23, 41), 170)
    # racing
    n1 = s.add("1999", "noise", T(23, 52), "環中路那邊一直有機車在飆車，轟轟轟很吵", at="環中中科",
               r=(150, 350), truth=A)
    s.add("1999", "noise", T(24, 6), "改裝車一直來回跑，催油門催到半夜，拜託派警察", at="黎明路東段",
          r=(50, 200), truth=A)
    c1 = s.add("cctv", "crowding", T(24, 12), "路口人群聚集", sensor="SN-CCTV-003", conf=0.71,
               truth=A)
    s.dup(c1, 95)
    sek_a = s.add("1999", "crowding", T(24, 15), "環中路中科路口一堆人圍在路邊看人家飆車，機車很多",
                  at="環中中科", r=(40, 150), truth=A)
    pa = s.add("incident", "public_disturbance", T(24, 19),
               "環中路二段/中科路口聚集約30人、機車20餘輛疑似競速，派員前往", at="環中中科", r=(10, 40),
               sev="Moderate", truth=A)
    s.add("cctv", "wrong_way", T(24, 27), "疑似逆向車輛", sensor="SN-CCTV-004", conf=0.55, truth=A)
    # the crash of a rider
    sek_b = s.add("119", "ambulance", T(24, 34, 40), "環中路二段中科路口東側 機車自撞分隔島 男性騎士頭部外傷意識不清",
                  at=crash, r=(0, 15), truth=B, alt=A)
    s.add("1999", "traffic_accident", T(24, 35), "有人騎車撞到安全島，躺在地上不動", at=crash, r=(30, 120),
          truth=B, alt=A)
    s.add("cctv", "accident", T(24, 35, 20), "疑似事故", sensor="SN-CCTV-003", conf=0.62, truth=B,
          alt=A)
    pb = s.add("incident", "injury_accident", T(24, 38),
               "環中路二段往東 中科路口東側 機車自撞分隔島 騎士受傷 救護車已到", at=crash, r=(5, 30),
               sev="Severe", truth=B, alt=A)
    s.add("119", "ambulance", T(24, 41), "救護車到達現場", at=crash, r=(0, 20), follows=sek_b, truth=B,
          alt=A, delay=25)
    s.add("incident", "public_disturbance", T(24, 46), "警方到場驅散，圍觀民眾陸續離去，查扣改裝機車3輛",
          at="環中中科", r=(10, 50), sev="Moderate", follows=pa, truth=A)
    s.add("incident", "road_closure", T(24, 50), "環中路二段往東內側車道暫時封閉，處理事故",
          at=crash, r=(5, 30), sev="Minor", follows=pb, truth=B, alt=A)
    s.add("119", "ambulance", T(25, 2), "傷者送往中國醫藥大學附設醫院", at=crash, r=(0, 20),
          follows=sek_b, truth=B, alt=A, delay=40)
    s.add("1999", "noise", T(25, 9), "又來了，一直有機車在環中路上飆", at="環中凱旋", r=(80, 250), truth=A)
    s.add("incident", "injury_accident", T(25, 21), "機車騎士已送醫，疑參與競速，酒測值0",
          at=crash, r=(5, 40), sev="Severe", follows=pb, truth=B, alt=A, delay=900)
    s.add("incident", "road_closure", T(25, 24), "事故處理完畢，車道恢復通行", at=crash, r=(5, 30),
          sev="Minor", follows=pb, truth=B, alt=A)
    s.add("1999", "noise", T(25, 33), "凌晨一點多了還有機車一直催油門", at="黎明凱旋", r=(50, 250), truth=A)
    # background later
    bg_flap(s, "SN-CCTV-009", T(26, 40), 95)
    bg_streetlight(s, T(26, 22), "黎明路東段", p="北屯10482")  # same lamp as 22:05: repeat call
    bg_noise(s, T(27, 5), "生態住宅A", "樓上一直在拖椅子")
    s.add("1999", "streetlight", T(27, 30), "已派工，建設局養工處排定明日檢修", at="黎明路東段",
          r=(10, 60), follows=sl, delay=60)
    bg_parking(s, T(28, 15), "中醫大水湳")
    bg_flap(s, "SN-VD-HENAN-01", T(29, 2), 700, "河南路車輛偵測器1 通訊逾時", alert=True)
    bg_congestion(s, "SN-VD-HUANZHONG-03", T(30, 52), 24, 31)
    s.incident(A, "public_safety", "環中路二段中科路口深夜改裝機車聚集競速與圍觀，住戶噪音陳情，警方到場驅散、查扣機車。",
               sek_a)
    s.incident(B, "traffic", "00:34 環中路二段中科路口東側機車騎士自撞分隔島，頭部外傷送醫；內側車道短暫封閉。", sek_b)
    s.alternative("騎士疑參與競速（警方 01:21 回報），地點就在聚集路口東側百餘公尺、時間在驅散前；值班協調員可把事故當成同一起飆車滋擾現場的一部分，"
                  "一併交由到場警力處理，只開一案。",
                  [{"label": A, "type": "public_safety",
                    "description": "環中路二段中科路口飆車聚集，含一名參與者自撞受傷送醫及短暫車道封閉。",
                    "sufficient_evidence_key": sek_a}])
    s.notes = "00:12 的監視器人群聚集重複送達一次（同 key）。22:05 與 02:22 是同一支路燈的重複陳情，03:30 為其派工回覆，皆屬背景。"
    return s


def s592():
    s = Sit(592, "drunk_crash_jingmao", "2016-07-09",
            "週六凌晨 02:47 酒駕自小客車在經貿路二段/經貿七路口撞倒號誌桿，駕駛受困送醫，號誌全暗至清晨修復。"
            "其餘為夜間一般陳情、設備斷線與號誌短暫閃斷。")
    T = s.T
    A = "592-A"
    crash = offset(*P["經貿七路口"], 25, 200)
    bg_noise(s, T(23, 28), "中清路", "KTV到現在還在唱，聲音很大")
    sl = bg_streetlight(s, T(24, 10), "中科路中段")
    bg_flap(s, "SN-VD-ZHONGQING-02", T(25, 0), 2400, "中清路車輛偵測器2 維護作業離線", alert=True)
    s.add("signal", "fault", T(25, 15, 5), "號誌控制器異常", sensor="SN-SIG-009")
    s.add("signal", "restored", T(25, 15, 48), "號誌恢復正常", sensor="SN-SIG-009")
    bg_parking(s, T(26, 9), "生態住宅B", "車子停在社區車道出入口，出不去")
    # crash
    s.add("signal", "fault", T(26, 47, 30), "號誌燈號異常，控制器無回應", sensor="SN-SIG-006", truth=A)
    sek = s.add("cctv", "accident", T(26, 47, 50), "疑似事故", sensor="SN-CCTV-006", conf=0.83, truth=A)
    s.add("1999", "traffic_accident", T(26, 48), "經貿路有車撞到紅綠燈，車頭都爛了", at=crash, r=(40, 180),
          truth=A)
    r119 = s.add("119", "rescue", T(26, 49), "經貿路二段/經貿七路口 自小客撞號誌桿 駕駛一人受困車內", at=crash,
                 r=(0, 10), truth=A)
    s.add("119", "ambulance", T(26, 49, 30), "同案派遣救護車一輛", at=crash, r=(0, 10), truth=A)
    s.add("1999", "traffic_accident", T(26, 51), "有一台車翻在路口，好像有人在裡面", at=crash, r=(60, 220),
          truth=A)
    pol = s.add("incident", "injury_accident", T(26, 55),
                "經貿路二段/經貿七路口 自小客車撞擊號誌桿 駕駛受傷受困 疑酒駕", at=crash, r=(5, 30),
                sev="Severe", truth=A)
    s.add("119", "rescue", T(26, 57), "到達現場，破壞器材救出中", at=crash, r=(0, 15), follows=r119,
          truth=A, delay=20)
    s.add("incident", "road_closure", T(27, 5), "經貿路二段往南外側車道封閉，等候拖吊及號誌修復",
          at=crash, r=(5, 30), sev="Minor", follows=pol, truth=A)
    s.add("cctv", "stalled_vehicle", T(27, 9), "車輛停滯", sensor="SN-CCTV-006", conf=0.9, truth=A)
    s.add("119", "rescue", T(27, 15), "駕駛已救出，送中國醫藥大學附設醫院", at=crash, r=(0, 15),
          follows=r119, truth=A, delay=30)
    tsig = s.add("1999", "traffic_signal", T(27, 20), "經貿七路口的紅綠燈全暗，車子都亂開", at="經貿七路口",
                 r=(40, 200), truth=A)
    s.add("1999", "traffic_accident", T(27, 31), "剛剛經過環中路附近看到有車撞到燈柱，警察已經在了",
          at="環中中清", r=(50, 200), truth=A)
    s.add("incident", "injury_accident", T(27, 40), "駕駛酒測值0.82 mg/L，依公共危險罪移送",
          at=crash, r=(5, 40), sev="Severe", follows=pol, truth=A, delay=1500)
    s.add("119", "rescue", T(27, 28), "返隊", at=crash, r=(0, 20), follows=r119, truth=A, delay=40)
    s.add("cctv", "signal_dark", T(28, 2), "號誌黑燈", sensor="SN-CCTV-006", conf=0.77, truth=A)
    s.add("signal", "restored", T(29, 8), "號誌恢復正常", sensor="SN-SIG-006", truth=A)
    s.add("incident", "road_closure", T(29, 15), "拖吊完成、號誌修復，車道恢復通行", at=crash, r=(5, 30),
          sev="Minor", follows=pol, truth=A)
    s.add("1999", "traffic_signal", T(31, 40), "號誌已由廠商修復，結案", at="經貿七路口", r=(0, 0),
          follows=tsig, truth=A, delay=120)
    # background later
    s.add("1999", "streetlight", T(27, 50), "已派工", at="中科路中段", r=(10, 60), follows=sl, delay=60)
    bg_flap(s, "SN-CCTV-011", T(28, 50), 140)
    bg_streetlight(s, T(29, 40), "河南路", p="西屯03391")
    bg_noise(s, T(30, 5), "中醫大水湳", "清晨垃圾車還沒來就一堆人在外面大聲講話")
    bg_parking(s, T(30, 35), "黎明凱旋")
    s.incident(A, "traffic", "02:47 酒駕自小客車於經貿路二段/經貿七路口撞號誌桿翻覆，駕駛受困救出送醫；號誌黑燈，外側車道封閉至 05:15。", sek)
    s.notes = ("01:15 臺灣大道/環中路號誌 43 秒的故障/恢復是設備閃斷，無人陳情，屬背景。03:31 民眾說『環中路附近』，"
               "但描述的是同一起撞燈桿且警方已在場，歸入本案。07:40 號誌陳情結案回覆屬本案的遲到跟進。")
    return s


def s593():
    s = Sit(593, "kitchen_fire_bar_fight", "2016-10-21",
            "週五打烊時段黎明路三段熱炒店廚房排油煙管起火（23:42），消防撲滅無人傷；"
            "00:55 約 400 公尺外經貿路二段酒吧門口酒客互毆，一人頭部撕裂傷。其餘為一般陳情與設備狀態。")
    T = s.T
    A, B = "593-A", "593-B"
    fire = offset(*P["經貿黎明"], 160, 265)
    bar = offset(*P["經貿七路口"], 90, 330)
    bg_parking(s, T(22, 12), "會展中心", "會展中心旁邊紅線停滿車")
    sl = bg_streetlight(s, T(22, 40), "中科路中段")
    bg_noise(s, T(23, 14), fire, "黎明路那家熱炒店客人划酒拳很吵")
    # kitchen fire
    sek_a = s.add("1999", "fire_smoke", T(23, 42), "黎明路上的熱炒店廚房冒很多煙，裡面有火", at=fire,
                  r=(20, 90), truth=A)
    f119 = s.add("119", "fire", T(23, 43), "黎明路三段 餐廳廚房排油煙管起火", at=fire, r=(0, 10), truth=A)
    s.add("cctv", "smoke", T(23, 44), "疑似煙霧", sensor="SN-CCTV-005", conf=0.66, truth=A)
    s.add("1999", "fire_smoke", T(23, 45), "會展中心對面那排餐廳有濃煙，好像燒起來了", at=fire,
          r=(100, 250), truth=A)
    pa = s.add("incident", "fire_report", T(23, 47), "黎明路三段餐廳火警，員工已自行疏散，協助管制",
               at=fire, r=(5, 30), sev="Moderate", truth=A)
    s.add("119", "fire", T(23, 50), "到達現場，排油煙管火勢延燒中", at=fire, r=(0, 15), follows=f119,
          truth=A, delay=20)
    s.add("incident", "road_closure", T(23, 58), "黎明路三段往西車道因消防車停放暫時封閉", at=fire,
          r=(10, 40), sev="Minor", follows=pa, truth=A)
    bg_congestion(s, "SN-VD-LIMING-01", T(24, 5), 14, 38, truth=A)
    s.add("119", "fire", T(24, 20), "火勢撲滅，排煙中，無人受傷", at=fire, r=(0, 15), follows=f119, truth=A,
          delay=30)
    s.add("1999", "other", T(24, 30), "消防車停在路中間擋住我家車庫，什麼時候會走", at=fire, r=(60, 150),
          truth=A)
    s.add("119", "fire", T(24, 45), "返隊", at=fire, r=(0, 15), follows=f119, truth=A, delay=40)
    s.add("incident", "road_closure", T(24, 50), "消防車撤離，黎明路三段恢復通行", at=fire, r=(10, 40),
          sev="Minor", follows=pa, truth=A)
    # bar fight
    sek_b = s.add("1999", "other", T(24, 56), "經貿路有一群人在酒吧門口打架，有人拿酒瓶", at=bar,
                  r=(30, 120), truth=B)
    s.add("cctv", "crowding", T(24, 57), "路口人群聚集", sensor="SN-CCTV-006", conf=0.64, truth=B)
    s.add("1999", "noise", T(24, 58), "樓下一群人在吵架大叫", at=bar, r=(40, 150), truth=B)
    pb = s.add("incident", "public_disturbance", T(25, 2), "經貿路二段某酒吧前 酒客細故互毆 約6人 派員處理",
               at=bar, r=(5, 30), sev="Moderate", truth=B)
    b119 = s.add("119", "ambulance", T(25, 5), "經貿路二段 男子頭部撕裂傷 疑鬥毆", at=bar, r=(0, 15),
                 truth=B)
    s.add("119", "ambulance", T(25, 25), "傷者送醫", at=bar, r=(0, 15), follows=b119, truth=B, delay=30)
    s.add("incident", "public_disturbance", T(25, 20), "雙方當事人帶回派出所釐清，現場恢復平靜", at=bar,
          r=(5, 40), sev="Moderate", follows=pb, truth=B, delay=1200)
    # background later
    bg_flap(s, "SN-CCTV-002", T(26, 30), 80)
    bg_streetlight(s, T(27, 10), "河南路")
    bg_noise(s, T(27, 45), "生態住宅A", "隔壁一直在吵架摔東西")
    s.add("1999", "streetlight", T(30, 0), "已修復，結案", at="中科路中段", r=(10, 60), follows=sl, delay=90)
    bg_parking(s, T(29, 20), "逢甲水湳")
    bg_flap(s, "SN-VD-ZHONGPING-02", T(25, 40), 800, "中平路車輛偵測器2 通訊逾時", alert=True)
    bg_noise(s, T(26, 10), "中清路", "機車一直催油門很吵")
    bg_congestion(s, "SN-VD-HUANZHONG-02", T(30, 55), 27, 31)
    s.incident(A, "fire", "23:42 黎明路三段熱炒店打烊時廚房排油煙管起火，消防撲滅、無人傷；消防車占用往西車道至 00:50。", sek_a)
    s.incident(B, "public_safety", "00:55 經貿路二段酒吧門口酒客互毆約 6 人，一人頭部撕裂傷送醫，當事人帶回派出所。", sek_b)
    s.notes = ("23:14 同一家熱炒店的噪音陳情早於火警近半小時，是打烊前的一般噪音，屬背景。00:05 黎明路車速下降是消防車占道所致，歸火警案。"
               "00:57 經貿七路口監視器的人群聚集即為鬥毆人群。")
    return s


def s594():
    s = Sit(594, "park_collapse_scooter", "2016-08-23",
            "平日深夜：22:50 中央公園滯洪池3旁男子路倒意識不清送醫；23:30 河南路停車場機車失竊報案（22:40 已有可疑人士陳情），凌晨尋獲。"
            "其餘為公園噪音、路燈與夜間設備離線。")
    T = s.T
    A, B = "594-A", "594-B"
    spot = offset(*P["公園中"], 60, 210)
    lot = P["河南路停車場"]
    bg_noise(s, T(22, 3), "公園中", "公園裡有人在放音樂跳舞，很吵")
    pl = "西屯20917"
    bg_streetlight(s, T(22, 18), "公園北", p=pl)
    sus = s.add("1999", "other", T(22, 41), "河南路停車場有個人一台一台在試機車龍頭，很可疑", at=lot,
                r=(20, 80), truth=B, alt=None)
    sek_a = s.add("1999", "other", T(22, 51), "中央公園步道有一個人倒在地上，叫都叫不醒", at=spot,
                  r=(5, 40), truth=A)
    a119 = s.add("119", "ambulance", T(22, 52), "中央公園滯洪池旁 男子倒地 意識不清", at=spot, r=(0, 20),
                 truth=A)
    s.add("119", "ambulance", T(22, 58), "到達現場，患者有呼吸，GCS 偏低", at=spot, r=(0, 15), follows=a119,
          truth=A, delay=20)
    s.add("incident", "medical", T(23, 0), "中央公園內男子路倒，協助救護引導", at=spot, r=(5, 40),
          sev="Moderate", truth=A)
    s.add("1999", "other", T(23, 2), "公園裡有救護車開進來，是發生什麼事", at="公園中", r=(100, 300),
          truth=A)
    bg_flap(s, "SN-FL-003", T(23, 5), 1500, "中央公園滯洪池3 電池電壓低 連線中斷", alert=True)
    s.add("119", "ambulance", T(23, 20), "送中國醫藥大學附設醫院", at=spot, r=(0, 15), follows=a119,
          truth=A, delay=30)
    # theft
    sek_b = s.add("incident", "theft", T(23, 31), "河南路停車場 機車失竊 車主報案，車號已通報",
                  at=lot, r=(5, 40), sev="Minor", truth=B)
    s.add("1999", "other", T(23, 40), "我機車停在河南路停車場被偷了，警察說要來做筆錄", at=lot, r=(10, 60),
          truth=B)
    bg_streetlight(s, T(23, 48), "公園北", p=pl)
    s.add("incident", "theft", T(24, 42), "失竊機車於中平路旁尋獲，龍頭鎖遭破壞，通知車主領回",
          at="中平路東", r=(10, 80), sev="Minor", follows=sek_b, truth=B, delay=700)
    # background
    bg_parking(s, T(24, 10), "黎明凱旋")
    bg_noise(s, T(24, 35), "生態住宅B", "公園有一群年輕人在喝酒聊天很大聲")
    bg_flap(s, "SN-RG-001", T(25, 20), 300)
    bg_streetlight(s, T(26, 5), "公園南")
    bg_noise(s, T(26, 50), "中清路")
    bg_flap(s, "SN-CCTV-010", T(27, 30), 60)
    bg_streetlight(s, T(28, 0), "公園北", p=pl)
    bg_parking(s, T(29, 10), "河南路")
    s.incident(A, "rescue", "22:50 中央公園滯洪池3旁男子路倒意識不清，救護送醫。", sek_a)
    s.incident(B, "public_safety", "河南路停車場機車失竊（22:40 已有民眾陳情可疑人士試車龍頭），00:40 於中平路旁尋獲。", sek_b)
    s.alternative("22:41 的可疑人士陳情當下只是常見的『可疑人物』電話，沒有人報失竊；協調員也可能把它當背景，"
                  "直到 23:31 車主報案才有案件。回頭看才知道兩者有關。",
                  [{"label": A, "type": "rescue", "description": "中央公園男子路倒送醫。",
                    "sufficient_evidence_key": sek_a},
                   {"label": B, "type": "public_safety", "description": "河南路停車場機車失竊，凌晨尋獲。",
                    "sufficient_evidence_key": sek_b}])
    s.notes = ("同一盞公園路燈（西屯20917）22:18、23:48、04:00 三次陳情，屬背景。滯洪池3淹水感測器夜間電池低電量離線 25 分鐘，"
               "就在路倒地點附近，但與救護無關，屬背景。")
    return s


def s595():
    s = Sit(595, "burst_pipe_basement", "2016-01-24",
            "霸王寒流夜，生態住宅 B 區集合住宅（96 戶）地下室給水管 02:05 左右破裂，地下室積水、配電盤跳電、全棟停水；"
            "消防抽水、關總閥。其餘為一般陳情、寒夜設備低電量離線，以及 A 區住戶因水塔馬達故障的停水陳情。")
    T = s.T
    A = "595-A"
    bld = P["生態住宅B"]
    sl = bg_streetlight(s, T(23, 30), "經貿路中段")
    bg_noise(s, T(24, 20), "中平路東", "有人在路邊放鞭炮")
    bg_flap(s, "SN-FL-008", T(24, 50), 3300, "經貿路低窪處 電池電壓低 連線中斷", alert=True)
    s.add("fire_alarm", "fault", T(26, 10), "B2 泵浦室 回路短路故障", sensor="SN-FA-012", truth=A)
    s.add("1999", "water_outage", T(26, 14), "我們大樓突然沒水了，水龍頭都不出水", at=bld, r=(10, 60),
          truth=A)
    sek = s.add("1999", "other", T(26, 20), "大樓地下室在淹水，水管好像爆了，水一直噴出來", at=bld,
                r=(5, 40), truth=A)
    r119 = s.add("119", "rescue", T(26, 25), "敦化路一段 集合住宅地下室 水管破裂積水約30公分 請求抽水",
                 at=bld, r=(0, 20), truth=A)
    s.add("1999", "water_outage", T(26, 28), "整棟停水，管理員說地下室水管破掉", at=bld, r=(10, 60), truth=A)
    s.add("119", "rescue", T(26, 40), "到達現場，管委會已關閉總水閥，架設抽水機", at=bld, r=(0, 20),
          follows=r119, truth=A, delay=25)
    s.add("fire_alarm", "fault", T(26, 50), "B2 配電盤進水跳電 主電源異常", sensor="SN-FA-012", truth=A)
    s.add("1999", "streetlight", T(27, 5), "社區外面的路燈也整排不亮了", at=bld, r=(40, 120), truth=None,
          alt=A)
    s.add("1999", "water_outage", T(27, 30), "停水到底什麼時候會來？家裡有老人要洗澡", at=bld, r=(10, 60),
          truth=A)
    s.add("119", "rescue", T(28, 10), "積水抽除完畢，交由管委會及水電業者處理，返隊", at=bld, r=(0, 20),
          follows=r119, truth=A, delay=40)
    s.add("fire_alarm", "normal", T(31, 10), "系統復歸", sensor="SN-FA-012", truth=A)
    # background
    s.add("1999", "water_outage", T(30, 30), "早上起來沒水，管理員說頂樓水塔抽水馬達壞了，請派人看看",
          at="生態住宅A", r=(10, 60))
    bg_parking(s, T(25, 15), "凱旋路南段")
    bg_flap(s, "SN-VD-JINGMAO-02", T(28, 0), 310)
    bg_streetlight(s, T(29, 5), "黎明路東段")
    s.add("1999", "streetlight", T(29, 30), "已派工", at="經貿路中段", r=(10, 60), follows=sl, delay=60)
    bg_noise(s, T(30, 0), "中醫大水湳", "清晨有人在運動放廣播很大聲")
    bg_congestion(s, "SN-VD-ZHONGQING-01", T(31, 20), 26, 29)
    bg_flap(s, "SN-RG-003", T(25, 40), 900, "北屯雨量站 電池電壓低 連線中斷", alert=True)
    s.incident(A, "infrastructure", "生態住宅 B 區集合住宅地下室給水管破裂（寒流），積水約 30 公分、配電盤跳電、全棟停水；消防抽水，交管委會與水電業者。", sek)
    s.alternative("03:05 社區外整排路燈不亮：若那排路燈由社區配電盤供電（社區內通路燈常見），就是地下室配電盤跳電的後果，應歸入本案；"
                  "若是市府養工處的路燈，則是巧合的例行陳情。",
                  [{"label": A, "type": "infrastructure",
                    "description": "生態住宅 B 區地下室水管破裂、跳電、停水，含社區外路燈斷電。",
                    "sufficient_evidence_key": sek}])
    s.notes = ("經貿路低窪處淹水感測器在寒夜電池低電量離線近一小時，離破管大樓約 300 公尺，與破管無關（積水在建物內）。06:30 A 區停水陳情，"
               "管理員已說明是水塔馬達故障，屬另一棟的例行報修，不是同一管線。類型用 infrastructure：建物給水破管，不是降雨淹水。")
    return s


def s596():
    s = Sit(596, "false_alarm_tower_truck", "2016-11-03",
            "平日凌晨臺灣智慧營運塔 12 樓偵煙器因清潔作業粉塵兩度誤動作（01:52、02:36），消防出勤確認誤報；"
            "02:20 起環中路往西中清路口前大貨車拋錨佔內車道至 03:35 拖離。其餘為會展中心總機電池故障、設備閃斷、清晨上班車流。")
    T = s.T
    A, B = "596-A", "596-B"
    truck = offset(*P["環中中清"], 120, 265)
    bg_noise(s, T(23, 40), "中清路")
    s.add("fire_alarm", "fault", T(24, 30), "預備電源電壓不足", sensor="SN-FA-002")
    s.add("fire_alarm", "normal", T(24, 52), "故障復歸", sensor="SN-FA-002")
    bg_streetlight(s, T(24, 45), "黎明路東段")
    bg_flap(s, "SN-VD-JINGMAO-01", T(25, 10), 120)
    sek_a = s.add("fire_alarm", "alarm", T(25, 52), "12F 偵煙探測器動作", sensor="SN-FA-005", truth=A)
    f1 = s.add("119", "fire", T(25, 53), "臺灣智慧營運塔 火警自動警報 12樓", at="營運塔", r=(0, 10), truth=A)
    s.add("119", "fire", T(26, 2), "到達現場，確認為清潔人員使用機器粉塵觸動偵煙器，無火警", at="營運塔",
          r=(0, 15), follows=f1, truth=A, delay=20)
    s.add("1999", "other", T(26, 4), "營運塔那邊來了好多台消防車，是失火嗎", at="營運塔", r=(150, 300),
          truth=A)
    s.add("fire_alarm", "normal", T(26, 5), "系統復歸", sensor="SN-FA-005", truth=A)
    s.add("119", "fire", T(26, 12), "誤報，返隊", at="營運塔", r=(0, 15), follows=f1, truth=A, delay=30)
    # the truck
    sek_b = s.add("cctv", "stalled_vehicle", T(26, 20), "車輛停滯", sensor="SN-CCTV-008", conf=0.88,
                  truth=B)
    s.add("1999", "other", T(26, 24), "環中路有台大卡車停在內線，沒開警示燈，很危險", at=truck, r=(40, 150),
          truth=B)
    pb = s.add("incident", "stalled_vehicle", T(26, 28), "環中路往西 中清路口前 大貨車拋錨佔用內車道，派員警戒",
               at=truck, r=(5, 25), sev="Moderate", truth=B)
    bg_congestion(s, "SN-VD-HUANZHONG-03", T(26, 33), 21, 27, truth=B)
    s.add("fire_alarm", "alarm", T(26, 36), "12F 偵煙探測器動作", sensor="SN-FA-005", truth=A)
    f2 = s.add("119", "fire", T(26, 37), "臺灣智慧營運塔 同址再次警報，經大樓值班人員確認同一探測器誤動作",
               at="營運塔", r=(0, 10), truth=A)
    s.add("fire_alarm", "normal", T(26, 45), "系統復歸", sensor="SN-FA-005", truth=A)
    s.add("119", "fire", T(26, 50), "值班人員已將該探測器暫時隔離，報修，案件結束", at="營運塔", r=(0, 15),
          follows=f2, truth=A, delay=30)
    s.add("cctv", "stalled_vehicle", T(26, 51), "車輛停滯", sensor="SN-CCTV-008", conf=0.9, truth=B)
    s.add("incident", "stalled_vehicle", T(27, 35), "拖吊完成，環中路內車道恢復通行", at=truck, r=(5, 25),
          sev="Minor", follows=pb, truth=B)
    # background
    bg_parking(s, T(27, 50), "中醫大水湳")
    bg_flap(s, "SN-CCTV-004", T(28, 20), 45)
    bg_streetlight(s, T(29, 15), "凱旋路南段")
    bg_congestion(s, "SN-VD-HUANZHONG-02", T(30, 55), 27, 33)
    bg_congestion(s, "SN-VD-ZHONGQING-01", T(31, 8), 23, 35)
    bg_congestion(s, "SN-VD-JINGMAO-01", T(31, 15), 25, 30)
    bg_noise(s, T(30, 20), "生態住宅A", "對面早餐店一大早在卸貨很吵")
    s.incident(A, "fire", "臺灣智慧營運塔 12 樓偵煙器因清潔粉塵於 01:52 與 02:36 兩度誤動作，消防出勤確認誤報，探測器隔離報修。", sek_a)
    s.incident(B, "traffic", "02:20 環中路往西中清路口前大貨車拋錨佔用內車道，警方警戒，03:35 拖離。", sek_b)
    s.notes = ("誤報仍是要出勤的案件：總機警報當下就要派遣，到場確認後結案；02:36 同一探測器再動作歸同一案。"
               "00:30 會展中心 A 棟總機『預備電源電壓不足』與復歸、06:55 起的上班車流皆屬背景。")
    return s


if __name__ == "__main__":
    for f in (s591, s592, s593, s594, s595, s596):
        sit = f()
        n = sit.write()
        print(sit.fname(), n, "items", len(sit.incidents), "incidents")
