#!/usr/bin/env python3
"""Seeded generator for situations 951-962 (winter in 水湳: cold surge and the Lunar New Year fair).

Run: cd tools_951_962 && python3 gen_951_962.py && python3 validate.py
Writes 951..962 *.jsonl / *.truth.json and README_951-962.md into the parent folder.
"""
import os

from lib951 import OUT, Situation

FAIR_PERMIT = ("水湳年貨大街：1/29(五)至1/31(日)每日10:00-22:00，地點中央公園北側草坪至臺中國際會展中心前廣場"
               "(半徑約400公尺)，攤位約220攤，預估每日人潮3萬人次；經貿路二段(經貿七路至綠美圖)假日時段實施交通管制。主辦：臺中市政府經濟發展局")


def s951():
    s = Situation(951, "new_year_fair_three_days", "2027-01-29",
                  "水湳年貨大街 (permitted, 29-31 Jan 2027, 10:00-22:00 daily) at Central Park north / the convention centre "
                  "plaza during the cold surge: three days of crowds, full car parks, illegal parking, queues and stage noise; "
                  "a lost boy on day 2, pickpocketing on day 3; routine background of the days.")
    s.what = "a three-day permitted fair as one job (alt: one per day); a lost child and a pickpocket inside the fair as jobs of their own; routine background"
    F = "FAIR"
    d1, d2, d3 = "01-29", "01-30", "01-31"
    s.e("permit", "planned_event", "event", f"{d1} 10:00", "fair", FAIR_PERMIT, F, alt="FAIR1",
        ends=f"{d3} 22:00", arr="01-20 10:00")
    # day 1
    s.e("pk1-0810", "parking", "full", f"{d1} 08:10", "SN-PK-001", "汽車格已滿(上班尖峰)", None)
    s.e("vd-maint", "status", "offline", f"{d1} 09:30", "SN-VD-LIMING-01", None, None, reason="maintenance")
    s.e("d1-crowd1", "cctv", "crowding", f"{d1} 10:40", "SN-CCTV-006", None, F, alt="FAIR1", conf=0.62)
    s.e("d1-pk4", "parking", "full", f"{d1} 11:05", "SN-PK-004", "汽車剩餘0/450", F, alt="FAIR1")
    s.e("d1-cc1", "incident", "crowd_control", f"{d1} 11:20", "jm7",
        "年貨大街開幕，經貿路二段往中央公園方向行人眾多，經貿七路口派員疏導人車", F, sev="Moderate", alt="FAIR1", jit=60)
    s.e("d1-ip1", "1999", "illegal_parking", f"{d1} 11:35", "jm7",
        "經貿七路兩側整排車停在紅線上，還有並排停車，公車都過不去", F, alt="FAIR1", jit=200)
    s.dup("d1-ip1", 45)
    s.e("vd-back", "status", "online", f"{d1} 11:45", "SN-VD-LIMING-01", None, None)
    s.e("d1-cg1", "rule", "congestion", f"{d1} 11:50", "SN-VD-JINGMAO-02", "車速降至12 km/h", F, sev="Moderate", alt="FAIR1")
    s.e("d1-pk6", "parking", "full", f"{d1} 12:10", "SN-PK-006", "汽車剩餘0", F, alt="FAIR1")
    s.e("d1-crowd3", "cctv", "crowding", f"{d1} 12:50", "SN-CCTV-006", None, F, alt="FAIR1", conf=0.75)
    s.e("d1-pk5", "parking", "full", f"{d1} 14:40", "SN-PK-005", "汽車剩餘0", F, alt="FAIR1")
    s.e("d1-ip3", "1999", "illegal_parking", f"{d1} 16:30", "glm", "綠美圖旁邊園道上都是違停，連無障礙車位前面都停", F, alt="FAIR1", jit=150)
    s.e("d1-pk4b", "parking", "full", f"{d1} 17:30", "SN-PK-004", "汽車剩餘0/450", F, alt="FAIR1")
    s.e("cam-off", "status", "offline", f"{d1} 19:40", "SN-CCTV-002", None, None, reason="comms_lost")
    s.e("cam-on", "status", "online", f"{d1} 20:05", "SN-CCTV-002", None, None)
    s.e("d1-ip2", "1999", "illegal_parking", f"{d1} 12:30", "kaixuan_mid",
        "中科路靠中央公園那一段，車子都停到人行道上了，推嬰兒車要走到馬路上", F, alt="FAIR1", jit=250)
    s.e("lamp1", "1999", "streetlight", f"{d1} 13:00", (120.6462, 24.1925),
        "黎明路三段靠近凱旋路這邊有一盞路燈晚上都不亮，桿號XT-07215", None, jit=50)
    s.e("d1-pk2", "parking", "full", f"{d1} 13:40", "SN-PK-002", "汽車剩餘0", F, alt="FAIR1")
    s.e("d1-crowd2", "1999", "crowding", f"{d1} 14:10", "fair",
        "年貨大街人太多了，推著嬰兒車根本走不動，出口那邊也沒有人在管", F, alt="FAIR1", jit=150)
    s.e("garbage1", "1999", "環境清潔", f"{d1} 15:30", "east_edge", "巷口的垃圾好幾天沒有收了，天冷也是很臭", None, jit=300)
    s.e("fa9-fault", "fire_alarm", "fault", f"{d1} 16:00", "SN-FA-009", "受信總機 第3迴路 斷線故障", None)
    s.e("fa9-normal", "fire_alarm", "normal", f"{d1} 16:25", "SN-FA-009", "第3迴路 故障排除 復歸", None)
    s.e("d1-cg2", "rule", "congestion", f"{d1} 18:30", "SN-VD-JINGMAO-01", "車速降至9 km/h", F, sev="Moderate", alt="FAIR1")
    s.e("d1-noise", "1999", "noise", f"{d1} 19:10", "blockA",
        "年貨大街舞台的喇叭開超大聲，我們住生態住宅這邊窗戶關起來都聽得到，小孩要睡覺", F, alt="FAIR1", jit=120)
    s.e("d1-clr", "rule", "cleared", f"{d1} 20:40", "SN-VD-JINGMAO-02", "車速恢復", F, sev="Minor", alt="FAIR1")
    s.e("d1-end", "incident", "crowd_control", f"{d1} 22:20", "fair", "年貨大街第一日活動結束，人潮散去，經貿路二段管制解除",
        F, sev="Minor", alt="FAIR1", jit=80)
    # day 2
    s.e("d2-pk4", "parking", "full", f"{d2} 10:50", "SN-PK-004", "汽車剩餘0/450", F, alt="FAIR2")
    s.e("ask", "1999", "other", f"{d2} 10:30", "east_edge", "請問年貨大街今天幾點開始？有沒有接駁車", None, jit=1500)
    s.e("d2-crowd3", "cctv", "crowding", f"{d2} 12:30", "SN-CCTV-006", None, F, alt="FAIR2", conf=0.79)
    s.e("d2-pk5", "parking", "full", f"{d2} 14:30", "SN-PK-005", "汽車剩餘0", F, alt="FAIR2")
    s.e("d2-ip4", "1999", "illegal_parking", f"{d2} 16:40", "jm_lm", "經貿路黎明路口有車停在斑馬線上", F, alt="FAIR2", jit=150)
    s.e("d2-cc2", "incident", "crowd_control", f"{d2} 18:00", "jm7", "晚間人潮持續，經貿七路口維持管制", F, sev="Minor", alt="FAIR2", jit=60)
    s.e("d2-noise2", "1999", "noise", f"{d2} 20:10", "blockB", "年貨大街在辦抽獎，麥克風一直喊，很吵", F, alt="FAIR2", jit=200)
    s.e("d2-end", "incident", "crowd_control", f"{d2} 22:15", "fair", "年貨大街第二日結束，管制解除", F, sev="Minor", alt="FAIR2", jit=60)
    s.e("d2-crowd1", "cctv", "crowding", f"{d2} 11:10", "SN-CCTV-006", None, F, alt="FAIR2", conf=0.71)
    s.e("d2-pk6", "parking", "full", f"{d2} 11:30", "SN-PK-006", "汽車剩餘0", F, alt="FAIR2")
    s.e("d2-ip1", "1999", "illegal_parking", f"{d2} 11:40", "glm",
        "經貿路二段綠美圖前面雙黃線違停一整排，車子要繞出去很危險", F, alt="FAIR2", jit=150)
    s.e("d2-cc1", "incident", "crowd_control", f"{d2} 12:00", "jm7",
        "年貨大街第二日(週六)人潮較昨日多，經貿路二段與經貿七路口加派員警指揮，並請拖吊車待命", F, sev="Moderate", alt="FAIR2", jit=60)
    s.e("d2-cg1", "rule", "congestion", f"{d2} 12:20", "SN-VD-JINGMAO-01", "車速降至7 km/h", F, sev="Moderate", alt="FAIR2")
    s.e("d2-pk2", "parking", "full", f"{d2} 12:45", "SN-PK-002", "汽車剩餘0", F, alt="FAIR2")
    s.e("d2-ip2", "1999", "illegal_parking", f"{d2} 13:05", (120.6615, 24.1905),
        "中清路往水湳那一段騎樓跟人行道停滿機車，應該都是去逛年貨大街的", F, alt="FAIR2", jit=200)
    s.e("d2-cg2", "rule", "congestion", f"{d2} 13:30", "SN-VD-ZHONGKE-01", "車速降至14 km/h", F, sev="Moderate", alt="FAIR2")
    s.e("dog", "1999", "動物救援", f"{d2} 14:00", "park_s", "中央公園南邊有一隻狗一直發抖，好像很冷，沒有項圈", None, jit=200)
    s.e("child-rpt", "incident", "missing_person", f"{d2} 15:22", "stall",
        "民眾報案：6歲男童於年貨大街美食區與母親走失，身穿紅色羽絨外套、戴黃色毛帽，母親在活動服務台等候，請現場員警協尋",
        "CHILD", sev="Moderate", jit=40)
    s.e("child-1999", "1999", "missing_person", f"{d2} 15:26", (120.6720, 24.2010),
        "我孫子在水湳那個年貨大街跟他媽媽走散了，6歲，穿紅色外套，他媽媽電話一直打不通，拜託幫忙找", "CHILD", jit=300)
    s.e("d2-crowd2", "cctv", "crowding", f"{d2} 15:30", "SN-CCTV-006", None, F, alt="FAIR2", conf=0.80)
    s.e("child-found", "incident", "missing_person", f"{d2} 15:58", "glm",
        "協尋男童已於綠美圖一樓服務台尋獲，交還母親，本案結案", "CHILD", sev="Minor", follows="child-rpt", jit=30)
    s.e("d2-noise", "1999", "noise", f"{d2} 16:10", "blockA", "又是年貨大街的喇叭，從中午吵到現在，一直重複放新年歌", F, alt="FAIR2", jit=120)
    s.e("d2-cg3", "rule", "congestion", f"{d2} 17:00", "SN-VD-JINGMAO-02", "車速降至10 km/h", F, sev="Moderate", alt="FAIR2")
    s.e("d2-ip3", "1999", "illegal_parking", f"{d2} 19:30", "kaixuan_mid", "凱旋路上汽車違停佔用機車道，機車只能騎到中間車道", F, alt="FAIR2", jit=200)
    s.e("d2-clr", "rule", "cleared", f"{d2} 21:15", "SN-VD-JINGMAO-01", "車速恢復", F, sev="Minor", alt="FAIR2")
    s.e("mahjong", "1999", "noise", f"{d2} 23:40", "east_edge", "樓上打麻將打到半夜，洗牌聲很吵，已經講過好幾次了", None, jit=250)
    # day 3
    s.e("lamp2", "1999", "streetlight", f"{d3} 08:20", (120.6535, 24.1760),
        "河南路停車場旁邊那條路路燈一閃一閃的", None, jit=80)
    s.e("d3-pk4", "parking", "full", f"{d3} 10:40", "SN-PK-004", "汽車剩餘0/450", F, alt="FAIR3")
    s.e("wl2-m", "status", "offline", f"{d3} 09:30", "SN-WL-002", None, None, reason="maintenance")
    s.e("wl2-on", "status", "online", f"{d3} 10:10", "SN-WL-002", None, None)
    s.e("d3-crowd4", "cctv", "crowding", f"{d3} 15:00", "SN-CCTV-006", None, F, alt="FAIR3", conf=0.83)
    s.e("d3-crowd5", "1999", "crowding", f"{d3} 16:00", "fair", "年貨大街走道太窄了，前面不動後面一直推", F, alt="FAIR3", jit=120)
    s.e("d3-cg3", "rule", "congestion", f"{d3} 17:30", "SN-VD-KAIXUAN-02", "車速降至12 km/h", F, sev="Moderate", alt="FAIR3")
    s.e("d3-pk6", "parking", "full", f"{d3} 11:00", "SN-PK-006", "汽車剩餘0", F, alt="FAIR3")
    s.e("d3-crowd1", "cctv", "crowding", f"{d3} 11:15", "SN-CCTV-006", None, F, alt="FAIR3", conf=0.77)
    s.e("d3-pk2", "parking", "full", f"{d3} 11:20", "SN-PK-002", "汽車剩餘0", F, alt="FAIR3")
    s.e("d3-pk5", "parking", "full", f"{d3} 11:30", "SN-PK-005", "汽車剩餘0", F, alt="FAIR3")
    s.e("d3-cc1", "incident", "crowd_control", f"{d3} 11:45", "glm",
        "年貨大街最後一日人潮達高峰，經貿路二段(經貿七路至綠美圖)實施行人徒步管制，車輛改道經貿五路", F, sev="Moderate", alt="FAIR3", jit=60)
    s.e("d3-crowd2", "1999", "crowding", f"{d3} 12:10", "fair",
        "年貨大街人擠人，剛剛有一個老人家在入口那邊差點跌倒，可不可以限制人進去", F, alt="FAIR3", jit=120)
    s.e("d3-cg1", "rule", "congestion", f"{d3} 12:40", "SN-VD-JINGMAO-01", "車速降至6 km/h", F, sev="Moderate", alt="FAIR3")
    s.e("d3-cg2", "rule", "congestion", f"{d3} 12:45", "SN-VD-JINGMAO-02", "車速降至11 km/h", F, sev="Moderate", alt="FAIR3")
    s.e("d3-ip1", "1999", "illegal_parking", f"{d3} 13:00", "jm_lm", "經貿路黎明路口轉角都停滿車，右轉看不到來車", F, alt="FAIR3", jit=150)
    s.e("d3-ip2", "1999", "illegal_parking", f"{d3} 13:20", (120.6530, 24.1860),
        "中科路人行道上停了好多汽車，拖吊車呢", F, alt="FAIR3", jit=150)
    s.dup("d3-ip2", 20)
    s.e("d3-tow", "incident", "crowd_control", f"{d3} 14:30", "zhongke_mid",
        "年貨大街周邊違規停車拖吊12輛，中科路、經貿七路持續勸導", F, sev="Minor", alt="FAIR3", jit=100)
    s.e("pick1", "incident", "theft", f"{d3} 18:32", "stall",
        "民眾報案於年貨大街美食區排隊時遭扒竊，皮夾(現金約8千元、證件)遺失，疑人潮推擠時被竊", "PICK", sev="Moderate", jit=40)
    s.e("pick-1999", "1999", "other", f"{d3} 18:40", "fair",
        "我在年貨大街被扒了，皮夾不見，裡面有身分證跟健保卡，要去哪裡報案", "PICK", jit=200)
    s.e("pick2", "incident", "theft", f"{d3} 18:55", "stall",
        "年貨大街第二起扒竊報案：民眾於熟食攤排隊時手機遭竊，與前案地點相近，調閱監視器並加派便衣巡邏", "PICK", sev="Moderate", jit=60)
    s.e("d3-crowd3", "cctv", "crowding", f"{d3} 19:05", "SN-CCTV-006", None, F, alt="FAIR3", conf=0.69)
    s.e("d3-noise", "1999", "noise", f"{d3} 20:00", "blockA", "年貨大街今天最後一天了嗎？喇叭還是很大聲", F, alt="FAIR3", jit=150)
    s.e("d3-end", "incident", "crowd_control", f"{d3} 22:30", "fair", "年貨大街活動結束，人潮疏散完畢，經貿路二段恢復通車",
        F, sev="Minor", alt="FAIR3", jit=60)
    s.e("d3-clr", "rule", "cleared", f"{d3} 22:40", "SN-VD-JINGMAO-01", "車速恢復", F, sev="Minor", alt="FAIR3")
    s.inc(F, "crowd", "水湳年貨大街: the permitted three-day fair's crowds, full car parks, illegal parking, queues on 經貿路 and stage noise; one event-safety job for its whole run", "d1-crowd1")
    s.inc("CHILD", "rescue", "6-year-old boy lost at the fair on day 2, found at the 綠美圖 desk 36 minutes later", "child-rpt")
    s.inc("PICK", "public_safety", "pickpocketing at the fair's food area on day 3 (two victims, same place, same evening: one police job)", "pick1")
    s.alt("A coordinator who closes the fair's job when it shuts at 22:00 and opens a new one each morning has one crowd "
          "incident per day; the lost child and the pickpocketing stay as they are.",
          [("FAIR1", "crowd", "fair, day 1 (29 Jan)", "d1-crowd1"),
           ("FAIR2", "crowd", "fair, day 2 (30 Jan)", "d2-crowd1"),
           ("FAIR3", "crowd", "fair, day 3 (31 Jan)", "d3-crowd1")] + s.same_alt("CHILD", "PICK"))
    s.notes = ("The permit arrived nine days early; it is the fair's evidence but the job opens on the first on-the-day sign of the "
               "crowd (the camera at 經貿七路, then the full car parks). The transit hub car park full at 08:10 on day 1 is the "
               "commuter peak before the fair opened. Under the alternative the permit belongs to day 1.")
    return s


def s952():
    s = Situation(952, "carbon_monoxide_cold_night", "2027-01-27",
                  "First night of the cold surge (about 7 °C): two carbon-monoxide poisonings from gas water heaters in enclosed "
                  "balconies in the two eco-residential blocks, and an old man found chilled on a Central Park bench.")
    s.what = "two CO poisonings in neighbouring blocks 90 min apart are separate jobs; a gas smell in the second block (alt: its own hazmat job); a hypothermic man in the park"
    s.e("lamp", "1999", "streetlight", "21:10", (120.6600, 24.1790), "經貿路三段人行道路燈不亮，很暗", None, jit=80)
    s.e("co1-nb", "1999", "other", "21:38", "blockB",
        "隔壁一家三口洗完澡都說頭暈想吐，有一個小孩昏昏沉沉的，他們熱水器裝在陽台外推那邊，是不是一氧化碳", "CO1", jit=30)
    s.e("co1-amb", "119", "ambulance", "21:40", "blockB",
        "經貿路三段生態住宅B區7樓，一家三口頭暈嘔吐，疑似一氧化碳中毒，熱水器裝於陽台加蓋密閉處", "CO1", jit=20)
    s.e("rg3-bat", "status", "offline", "21:45", "SN-RG-003", None, None, reason="battery_low")
    s.e("co1-os", "119", "ambulance", "21:52", "blockB", "救護車到場，現場一氧化碳濃度偏高，開窗通風，關閉熱水器",
        "CO1", status="on_scene", follows="co1-amb", jit=20)
    s.e("co1-pol", "incident", "other", "22:00", "blockB", "協助消防局處理生態住宅B區一氧化碳中毒案，維持樓梯間秩序", "CO1", sev="Minor", jit=40)
    s.e("old-pol", "incident", "medical", "22:28", "park_mid",
        "中央公園步道長椅有一名老翁倒臥，意識不清、身體冰冷，疑似失溫，已通報119", "ILL", sev="Moderate", jit=60)
    s.e("old-amb", "119", "ambulance", "22:31", "park_mid", "中央公園 路倒 約70歲男性 疑似失溫", "ILL", jit=60)
    s.e("co1-ret", "119", "ambulance", "22:35", "blockB", "3名傷患送往中國醫藥大學附設醫院", "CO1",
        status="returning", follows="co1-amb", jit=20)
    s.e("karaoke", "1999", "noise", "22:45", "zq_east", "對面的店在唱卡拉OK，都快11點了還在唱", None, jit=200)
    s.e("fa5-fault", "fire_alarm", "fault", "22:50", "SN-FA-005", "12F 偵煙探測器 污損 故障", None)
    s.e("old-ret", "119", "ambulance", "23:02", "park_mid", "傷患送往澄清醫院中港分院", "ILL", status="returning",
        follows="old-amb", jit=60)
    s.e("co2-son", "1999", "other", "23:14", "blockA",
        "我媽媽倒在洗衣間叫不醒，熱水器還在燒，窗戶都關著，拜託快叫救護車", "CO2", jit=40)
    s.e("co2-amb", "119", "ambulance", "23:15", "blockA",
        "經貿路三段生態住宅A區9樓，65歲女性於洗衣間昏迷，疑似熱水器一氧化碳中毒", "CO2", jit=20)
    s.e("co2-gas", "1999", "gas_odor", "23:20", "blockA",
        "我住A區，樓梯間好像有瓦斯味，救護車也來了，是不是有人瓦斯外洩", "CO2", alt="GASA", jit=60)
    s.e("co2-os", "119", "ambulance", "23:26", "blockA",
        "到場，患者已送上救護車，關閉熱水器瓦斯開關，住戶熱水器排氣管脫落，已請瓦斯公司檢查", "CO2", status="on_scene",
        follows="co2-amb", jit=20)
    s.e("fa5-normal", "fire_alarm", "normal", "23:30", "SN-FA-005", "故障排除 復歸", None)
    s.e("co2-ret", "119", "ambulance", "23:48", "blockA", "患者送往中國醫藥大學附設醫院高壓氧治療", "CO2",
        status="returning", follows="co2-amb", jit=20)
    s.inc("CO1", "rescue", "CO poisoning of a family of three, block B 7F, gas water heater in an enclosed balcony", "co1-amb")
    s.inc("ILL", "rescue", "old man found chilled and confused on a Central Park bench", "old-pol")
    s.inc("CO2", "rescue", "CO poisoning of a woman, block A 9F, heater flue off; the gas smell in the stairwell is that heater's", "co2-son")
    s.alt("The stairwell gas smell in block A could be a leak of its own: a coordinator who does not yet know the heater's flue was off "
          "sends a hazmat check as a separate job.",
          s.same_alt("CO1", "ILL", "CO2") + [("GASA", "fire", "gas smell in block A stairwell, checked as a possible leak", "co2-gas")])
    s.notes = "CO1 and CO2 are 280 m apart and 90 minutes apart, in different buildings with their own heaters: two dispatches, not one."
    return s


def s953():
    s = Situation(953, "heater_fire_block_a", "2027-01-28",
                  "03:00 on the coldest night: an electric heater sets bedding alight on the 12th floor of eco-residential block A "
                  "(180 homes). Panel alarm, callers, 119 fire and ambulance, a lane of 經貿路三段 closed for the engines; the smoke "
                  "drifts into block B's panel. Earlier, an unrelated old man with chest pain outside the zone.")
    s.what = "a residential heater fire with its panel, callers, 119 updates, closure and a relative asking after her mother; smoke setting off the neighbouring block's panel (alt: own job)"
    s.e("ill-amb", "119", "ambulance", "01:40", (120.6450, 24.1700), "85歲男性 胸悶 呼吸困難 家屬表示房間很冷", "ILL", jit=100)
    s.e("dog", "1999", "noise", "02:30", "east_edge", "隔壁的狗叫了一整晚，吵得不能睡", None, jit=200)
    s.e("ill-ret", "119", "ambulance", "02:05", (120.6450, 24.1700), "送往臺中榮總", "ILL", status="returning",
        follows="ill-amb", jit=100)
    s.e("fa11", "fire_alarm", "alarm", "02:51", "SN-FA-011", "12F 第5區 偵煙探測器動作", "FIRE")
    s.dup("fa11", 30)
    s.e("c1", "1999", "fire_smoke", "02:53", "blockA", "我們大樓走廊都是煙，12樓那邊警鈴一直響，有燒焦味", "FIRE", jit=40)
    s.e("f-disp", "119", "fire", "02:54", "blockA", "住宅火警 經貿路三段 生態住宅A區12樓 疑電暖器引燃棉被 出動水箱車3、雲梯車1、救護車2",
        "FIRE", jit=20)
    s.e("c2", "1999", "fire_smoke", "02:55", "blockA", "經貿路那棟住宅大樓高樓層窗戶有火光一直冒煙", "FIRE", jit=250)
    s.e("f-os", "119", "fire", "03:02", "blockA", "到場 12樓一戶起火 佈水線搶救", "FIRE", status="on_scene", follows="f-disp", jit=20)
    s.e("close", "incident", "road_closure", "03:05", (120.6594, 24.1842), "經貿路三段外側車道封閉，供消防車輛停靠", "FIRE",
        sev="Moderate", jit=30)
    s.e("amb", "119", "ambulance", "03:08", "blockA", "12樓住戶1名78歲女性吸入濃煙 意識清楚 送醫", "FIRE", jit=20)
    s.e("kin", "1999", "other", "03:10", (120.6800, 24.1600),
        "我媽媽住生態住宅A區12樓，電話打不通，鄰居說那邊火災，拜託幫我問一下", "FIRE", jit=200)
    s.e("fa12", "fire_alarm", "alarm", "03:12", "SN-FA-012", "3F 第2區 偵煙探測器動作", "FIRE", alt="BLKB")
    s.e("pol", "incident", "fire_report", "03:15", "blockA", "生態住宅A區火勢已控制，疏散住戶約40人至一樓大廳，無人受困", "FIRE",
        sev="Severe", jit=30)
    s.e("fa12-n", "fire_alarm", "normal", "03:25", "SN-FA-012", "現場人員確認為A區火警煙霧經外氣口飄入 復歸", "FIRE", alt="BLKB")
    s.e("fa11-n", "fire_alarm", "normal", "04:20", "SN-FA-011", "復歸", "FIRE")
    s.e("f-cl", "119", "fire", "04:30", "blockA", "火勢撲滅 燃燒面積約8平方公尺 殘火處理完畢 收隊", "FIRE", status="closed",
        follows="f-disp", jit=20)
    s.e("open", "incident", "road_closure", "04:35", (120.6594, 24.1842), "經貿路三段外側車道恢復通行", "FIRE", sev="Minor", jit=30)
    s.e("cctv-off", "status", "offline", "04:50", "SN-CCTV-011", None, None, reason="comms_lost")
    s.e("cctv-on", "status", "online", "05:30", "SN-CCTV-011", None, None)
    s.inc("ILL", "rescue", "85-year-old man with chest pain at home, outside the zone, before the fire", "ill-amb")
    s.inc("FIRE", "fire", "heater fire, block A 12F: alarm, callers, crews, a smoke-inhalation patient, lane closure, and block B's panel tripped by the drifting smoke", "c1")
    s.alt("Block B's panel alarm is a second building: a coordinator may send a separate crew to check it before the smoke is "
          "confirmed as A's, opening a job of its own.",
          s.same_alt("ILL", "FIRE") + [("BLKB", "fire", "block B panel alarm checked as a separate call", "fa12")])
    s.notes = "The panel alarm alone at 02:51 would be checked; the first caller at 02:53 (smoke in the corridor) makes it a fire."
    return s


def s954():
    s = Situation(954, "water_main_then_gas_strike", "2027-01-28",
                  "Coldest morning of the surge: a DN300 water main cracks under 河南路二段 near the 河南路 car park; water wells "
                  "up, the low-point sensor sees water on a dry day, homes lose water, a lane closes. At 09:40 the repair "
                  "excavation strikes a gas service pipe: gas leak, car park closed, road shut both ways.")
    s.what = "a burst main on a dry morning (flood sensor without rain) with water-outage calls; the repair dig then striking a gas pipe as a fire-bureau job (alt: one site job)"
    s.e("rg1-m", "status", "offline", "05:30", "SN-RG-001", None, None, reason="maintenance")
    s.e("w1", "1999", "flooding", "05:45", "henan_main", "河南路二段河南路停車場前面路面一直冒水出來，整條路都濕了，天氣這麼冷怕結冰", "MAIN", jit=80)
    s.e("fl7", "rule", "flood_depth", "05:52", "SN-FL-007", "淹水深度 8 cm", "MAIN", sev="Minor", level="1-15")
    s.e("w2", "1999", "water_outage", "06:00", (120.6505, 24.1730), "家裡完全沒水，早上要煮飯洗臉都沒水，也沒有公告停水", "MAIN", jit=300)
    s.e("w3", "1999", "road_damage", "06:05", "henan_main", "河南路柏油路面隆起裂開，有水一直從裂縫湧出來", "MAIN", jit=60)
    s.e("cam", "cctv", "flooding", "06:10", "SN-CCTV-010", None, "MAIN", conf=0.55)
    s.e("pol1", "incident", "flooding_report", "06:15", "henan_main",
        "河南路二段近中平路自來水管線破裂，路面積水約10公分，封閉外側車道，已通知自來水公司第四區管理處", "MAIN", sev="Moderate", jit=40)
    s.e("vd1", "rule", "congestion", "06:20", "SN-VD-HENAN-02", "車速降至15 km/h", "MAIN", sev="Moderate")
    s.e("w4", "1999", "water_outage", "06:25", (120.6490, 24.1720), "我們這邊也停水，請問什麼時候會來", "MAIN", jit=400)
    s.e("w5", "1999", "water_outage", "06:27", (120.6540, 24.1700), "中平路這邊整排都沒水", "MAIN", jit=400)
    s.e("works", "planned_event", "road_works", "07:00", "henan_main",
        "自來水公司第四區管理處 河南路二段DN300管線破裂緊急搶修，封閉外側車道，預計15:00完工", "MAIN",
        ends="15:00", arr="06:40")
    s.e("lamp", "1999", "streetlight", "07:10", (120.6470, 24.1900), "黎明路的路燈天亮了還亮著", None, jit=100)
    s.e("w2-up", "1999", "water_outage", "07:30", (120.6505, 24.1730), "已轉自來水公司，關閥搶修中，預計下午恢復供水", "MAIN",
        follows="w2", jit=300)
    s.e("pk1", "parking", "full", "08:00", "SN-PK-001", "汽車剩餘0", None)
    s.e("rush", "rule", "congestion", "08:30", "SN-VD-HUANZHONG-02", "車速降至18 km/h", None, sev="Moderate")
    s.e("fl7-clr", "rule", "cleared", "08:40", "SN-FL-007", "淹水深度 0 cm", "MAIN", sev="Minor")
    s.e("rg1-on", "status", "online", "09:10", "SN-RG-001", None, None)
    s.e("g1", "1999", "gas_odor", "09:41", "henan_main", "河南路施工的地方瓦斯味超重，工人都跑出來了", "GAS", alt="MAIN", jit=120)
    s.e("g-pol", "incident", "hazmat_report", "09:43", "henan_main",
        "自來水搶修施工挖破瓦斯管線，瓦斯外洩，管制周邊100公尺，已通報消防局及欣林天然氣", "GAS", sev="Severe", alt="MAIN", jit=30)
    s.e("g-119", "119", "hazmat", "09:45", "henan_main", "河南路二段 施工挖破瓦斯管 瓦斯外洩 出動化學車1、水箱車2", "GAS", alt="MAIN", jit=20)
    s.dup("g-119", 15)
    s.e("g2", "1999", "gas_odor", "09:50", (120.6530, 24.1745),
        "我是河南路停車場管理員，停車場裡面都是瓦斯味，要不要叫車主把車開走", "GAS", alt="MAIN", jit=30)
    s.e("pk3", "parking", "closed", "09:52", "SN-PK-003", "暫停開放(瓦斯外洩)", "GAS", alt="MAIN")
    s.e("g-close", "incident", "road_closure", "09:55", "henan_main", "河南路二段(中平路至河南路停車場)雙向封閉，車輛改道中平路", "GAS",
        sev="Severe", alt="MAIN", jit=60)
    s.e("g-os", "119", "hazmat", "10:00", "henan_main", "到場 偵測周邊可燃氣體濃度 警戒區淨空", "GAS", alt="MAIN",
        status="on_scene", follows="g-119", jit=20)
    s.e("vd2", "rule", "congestion", "10:05", "SN-VD-HENAN-01", "車速降至10 km/h", "GAS", sev="Moderate", alt="MAIN")
    s.e("g3", "1999", "other", "10:40", (120.6500, 24.1725), "瓦斯公司說我們這邊要停氣，早上停水現在又停瓦斯，什麼時候恢復", "GAS", alt="MAIN", jit=200)
    s.e("g-cl", "119", "hazmat", "11:20", "henan_main", "欣林天然氣關閉閥門完成止漏 偵測無殘留 收隊", "GAS", alt="MAIN",
        status="closed", follows="g-119", jit=20)
    s.e("g-open", "incident", "road_closure", "11:30", "henan_main", "河南路二段恢復單線通行，外側車道續供自來水搶修", "GAS", sev="Minor",
        alt="MAIN", jit=60)
    s.inc("MAIN", "infrastructure", "burst DN300 water main under 河南路二段: water on the road, homes without water, a lane closed, emergency repair", "fl7")
    s.inc("GAS", "fire", "gas service pipe struck by the repair excavation: leak, 100 m cordon, car park closed, road shut both ways", "g-pol")
    s.alt("The gas strike happened in the repair pit of the water-main job, under the same cordon and closure: a coordinator "
          "may keep one site job and add the fire bureau to it.",
          [("MAIN", "infrastructure", "河南路二段 burst main and its repair, including the gas strike in the pit", "fl7")])
    s.notes = ("The flood sensor on a dry winter morning (no rain anywhere) is the sign that the water is a pipe's; the first "
               "caller plus the sensor is enough. The transit hub car park and the 環中路 slow-down at 08:00-08:30 are the morning rush.")
    return s


def s955():
    s = Situation(955, "fog_chain_collision_huanzhong", "2027-02-02",
                  "Radiation fog after the cold surge (visibility under 50 m): a five-car chain collision on 環中路二段 at 台74線 "
                  "with a driver trapped; a rear-end in the queue tail at 中科路口 25 minutes later; a scooter down at 臺灣大道/環中路 2.6 km away.")
    s.what = "a fog chain collision with rescue and ambulances; a secondary crash in its queue (own job; alt: part of the first); a third crash far off; fog itself is no job"
    s.e("ft", "1999", "公園路樹", "06:20", "park_mid", "公園修剪下來的樹枝堆在步道上一個禮拜了", None, jit=200)
    s.e("fl3", "status", "offline", "06:30", "SN-FL-003", None, None, reason="battery_low")
    s.e("fog", "1999", "other", "06:38", (120.6440, 24.1880), "今天早上霧好大，環中路上看不到十公尺，可不可以開路燈或請警察廣播", None, jit=300)
    s.e("c-cam", "cctv", "accident", "06:42", "SN-CCTV-001", None, "CHAIN", conf=0.82)
    s.e("c-1999a", "1999", "traffic_accident", "06:43", "hz74", "環中路霧很大，前面好幾台車撞在一起，有人卡在車裡面", "CHAIN", jit=150)
    s.e("c-pol", "incident", "injury_accident", "06:44", "hz74", "環中路二段近台74線 濃霧能見度不佳 5車連環追撞 1人受困車內", "CHAIN",
        sev="Severe", jit=40)
    s.e("c-res", "119", "rescue", "06:45", "hz74", "環中路二段台74線口 車禍 受困1人 出動救助隊", "CHAIN", jit=30)
    s.e("c-amb", "119", "ambulance", "06:45", "hz74", "車禍 多人受傷 救護車2", "CHAIN", jit=30)
    s.e("c-vd1", "rule", "congestion", "06:47", "SN-VD-HUANZHONG-01", "車速降至5 km/h", "CHAIN", sev="Severe")
    s.e("c-1999b", "1999", "traffic_accident", "06:48", (120.6420, 24.1940), "台74下來接環中路那邊連環車禍，整個卡住", "CHAIN", jit=400)
    s.e("c-stall", "cctv", "stalled_vehicle", "06:50", "SN-CCTV-001", None, "CHAIN", conf=0.77)
    s.e("c-res-os", "119", "rescue", "06:55", "hz74", "到場 破壞器材救出受困駕駛", "CHAIN", status="on_scene", follows="c-res", jit=30)
    s.e("c-close", "incident", "road_closure", "07:00", "hz74", "環中路二段往臺灣大道方向內側二車道封閉，處理事故", "CHAIN", sev="Severe", jit=60)
    s.e("c-vd2", "rule", "congestion", "07:05", "SN-VD-HUANZHONG-02", "車速降至8 km/h", "CHAIN", sev="Severe")
    s.e("r-cam", "cctv", "accident", "07:10", "SN-CCTV-003", None, "REAR", alt="CHAIN", conf=0.74)
    s.e("r-pol", "incident", "accident", "07:12", "hz_zk", "環中路二段中科路口 回堵車陣2車追撞 無人受傷 車輛移置路肩", "REAR",
        sev="Minor", alt="CHAIN", jit=40)
    s.e("r-1999", "1999", "traffic_accident", "07:15", (120.6510, 24.1972), "中科路口那邊又撞了，大家都在塞車，霧還是很大", "REAR", alt="CHAIN", jit=150)
    s.e("c-amb-ret", "119", "ambulance", "07:20", "hz74", "2名傷患送往中國醫藥大學附設醫院", "CHAIN", status="returning",
        follows="c-amb", jit=30)
    s.e("t-cam", "cctv", "accident", "07:25", "SN-CCTV-009", None, "TWB", conf=0.66)
    s.e("t-pol", "incident", "injury_accident", "07:27", "tw_hz", "臺灣大道環中路口 機車與自小客擦撞 騎士擦傷 霧大視線差", "TWB", sev="Moderate", jit=40)
    s.e("zq", "rule", "congestion", "07:30", "SN-VD-ZHONGQING-01", "車速降至12 km/h", "CHAIN", sev="Moderate")
    s.e("t-amb", "119", "ambulance", "07:29", "tw_hz", "臺灣大道環中路口 機車事故 1人擦傷", "TWB", jit=40)
    s.e("r-clear", "incident", "accident", "07:35", "hz_zk", "中科路口追撞車輛已駛離", "REAR", sev="Minor", alt="CHAIN", follows="r-pol", jit=40)
    s.e("zp", "rule", "congestion", "07:40", "SN-VD-ZHONGPING-02", "車速降至20 km/h", None, sev="Moderate")
    s.e("lamp", "1999", "streetlight", "07:45", (120.6595, 24.1790), "經貿路三段這盞路燈白天晚上都不亮", None, jit=60)
    s.e("t-ret", "119", "ambulance", "07:48", "tw_hz", "傷患拒絕送醫 現場處置後返隊", "TWB", status="returning", follows="t-amb", jit=40)
    s.e("c-open", "incident", "accident", "07:50", "hz74", "環中路二段事故車輛拖離完畢，車道恢復通行", "CHAIN", sev="Minor", follows="c-pol", jit=40)
    s.e("c-clr1", "rule", "cleared", "08:05", "SN-VD-HUANZHONG-01", "車速恢復", "CHAIN", sev="Minor")
    s.e("c-clr2", "rule", "cleared", "08:10", "SN-VD-HUANZHONG-02", "車速恢復", "CHAIN", sev="Minor")
    s.e("fl3-on", "status", "online", "08:15", "SN-FL-003", None, None)
    s.inc("CHAIN", "traffic", "5-car fog chain collision on 環中路二段 at 台74線, one driver cut out, lanes closed, queue back to 中清路", "c-1999a")
    s.inc("REAR", "traffic", "rear-end in the queue tail at 中科路口, no injuries", "r-pol")
    s.inc("TWB", "traffic", "scooter and car at 臺灣大道/環中路 in the fog, rider grazed", "t-pol")
    s.alt("Traffic-incident practice often files a secondary crash in the queue under the primary incident it was caused by.",
          s.same_alt("CHAIN", "TWB"))
    s.notes = "The fog call at 06:38 reports a condition, not a job; the 中平路 slow-down at 07:40 is 2 km south on another corridor."
    return s


def s956():
    s = Situation(956, "low_sun_scooter_henan", "2027-02-03",
                  "Late afternoon, sun low in the west-south-west: a westbound car blinded by the sun hits a left-turning scooter at "
                  "河南路二段/中平路. Small situation.")
    s.what = "a small injury crash with a caller naming the other road; background"
    s.e("lamp", "1999", "streetlight", "17:05", (120.6580, 24.1760), "中央公園南側步道路燈不亮", None, jit=80)
    s.e("cam", "cctv", "accident", "17:12", "SN-CCTV-010", None, "CRASH", conf=0.71)
    s.e("pol", "incident", "injury_accident", "17:13", "henan_zp",
        "河南路二段與中平路口，自小客西行夕陽刺眼未注意，與左轉機車碰撞，騎士倒地腳部受傷", "CRASH", sev="Moderate", jit=30)
    s.e("amb", "119", "ambulance", "17:14", "henan_zp", "中平路河南路口 機車事故 1人受傷", "CRASH", jit=50)
    s.e("c1", "1999", "traffic_accident", "17:16", (120.6530, 24.1712), "中平路上靠近河南路這邊車禍，有人躺在地上", "CRASH", jit=200)
    s.e("vd", "rule", "congestion", "17:20", "SN-VD-ZHONGPING-01", "車速降至11 km/h", "CRASH", sev="Moderate")
    s.e("ret", "119", "ambulance", "17:32", "henan_zp", "傷患送往中國醫藥大學附設醫院", "CRASH", status="returning", follows="amb", jit=50)
    s.e("pk", "parking", "full", "17:40", "SN-PK-001", "汽車剩餘0", None)
    s.inc("CRASH", "traffic", "car blinded by the low sun against a left-turning scooter at 河南路二段/中平路, rider hurt", "pol")
    return s


def s957():
    s = Situation(957, "second_day_drunk_driving", "2027-02-07", overnight=True,
                 description=
                  "大年初二 night (returning-to-the-wife's-family day, much drinking): a bar-room fight on 中清路, a drunk man "
                  "asleep in the cold at the transit hub bus shelter, and at 01:12 a drunk wrong-way driver on 環中路二段 who hits "
                  "the median and the signal pole at 中清路口. Firecracker complaints and a DUI checkpoint in the background.")
    s.what = "a wrong-way drunk driver followed across two cameras to his crash; the signal he knocked dark (alt: own signal job); a fight; a drunk man chilled; background"
    s.e("chk", "incident", "other", "22:30", (120.6500, 24.1975), "初二夜間取締酒駕勤務，環中路二段設置攔檢點至02:00", None, sev="Minor", jit=50)
    s.e("fc1", "1999", "noise", "22:50", (120.6620, 24.1830), "初二了還在放鞭炮，炸了半個小時", None, jit=300)
    s.e("lamp", "1999", "streetlight", "23:05", (120.6540, 24.1760), "河南路停車場出口那邊路燈壞了", None, jit=100)
    s.e("f1", "1999", "noise", "23:38", "zq_east", "樓下熱炒店喝酒在吵架，拍桌子大聲罵，好像要打起來了", "FIGHT", jit=60)
    s.e("f-pol", "incident", "public_disturbance", "23:45", "zq_east", "中清路熱炒店前酒客互毆，2人輕傷，已帶回派出所釐清", "FIGHT", sev="Moderate", jit=30)
    s.e("f-amb", "119", "ambulance", "23:47", "zq_east", "鬥毆 頭部撕裂傷1名", "FIGHT", jit=30)
    s.e("fc2", "1999", "noise", "23:55", (120.6500, 24.1800), "附近有人在放沖天炮，狗一直叫", None, jit=300)
    s.e("d-pol", "incident", "medical", "00:30", "hub_bus", "水湳轉運中心公車亭有一男子酒醉倒臥，叫不太醒，天冷恐失溫，已通報救護", "DRUNK", sev="Moderate", jit=30)
    s.e("d-amb", "119", "ambulance", "00:33", "hub_bus", "轉運中心 酒醉路倒 男性約40歲", "DRUNK", jit=30)
    s.e("d-ret", "119", "ambulance", "00:55", "hub_bus", "送往中國醫藥大學附設醫院", "DRUNK", status="returning", follows="d-amb", jit=30)
    s.e("w-cam1", "cctv", "wrong_way", "01:12", "SN-CCTV-004", None, "WRONG", conf=0.79)
    s.e("w-1999", "1999", "other", "01:13", (120.6555, 24.1990), "環中路上有一台白色的車逆向開，差點撞到我，很危險", "WRONG", jit=200)
    s.e("w-cam2", "cctv", "wrong_way", "01:14", "SN-CCTV-008", None, "WRONG", conf=0.83)
    s.e("w-pol", "incident", "wrong_way_driver", "01:15", (120.6550, 24.1990), "環中路二段往東內側車道有白色自小客逆向行駛，警網攔截中", "WRONG",
        sev="Severe", jit=50)
    s.e("w-acc", "cctv", "accident", "01:17", "SN-CCTV-008", None, "WRONG", conf=0.88)
    s.e("w-1999b", "1999", "traffic_accident", "01:18", "zq_hz", "中清環中路口有車撞到分隔島，車頭一直冒煙", "WRONG", jit=150)
    s.e("w-amb", "119", "ambulance", "01:19", "zq_hz", "中清路環中路口 自撞分隔島 駕駛受傷", "WRONG", jit=30)
    s.e("w-pol2", "incident", "injury_accident", "01:20", "zq_hz",
        "逆向車輛於中清路環中路口撞擊分隔島及號誌桿，駕駛酒測值0.82mg/L，輕傷送醫，依公共危險罪偵辦", "WRONG", sev="Severe",
        follows="w-pol", jit=30)
    s.e("sig", "signal", "fault", "01:24", "SN-SIG-008", "號誌桿遭撞擊 全路口黑燈", "WRONG", alt="SIG")
    s.e("sig-cam", "cctv", "signal_dark", "01:26", "SN-CCTV-008", None, "WRONG", alt="SIG", conf=0.90)
    s.e("sig-pol", "incident", "traffic_signal_fault", "01:35", "zq_hz", "中清路環中路口號誌全暗，派員指揮交通，已通知號誌維修廠商", "WRONG",
        sev="Moderate", alt="SIG", jit=30)
    s.e("fc3", "1999", "noise", "01:40", (120.6480, 24.1870), "都幾點了還在放鞭炮", None, jit=300)
    s.e("w-tow", "incident", "accident", "02:10", "zq_hz", "事故車輛拖吊完畢，路口恢復通行", "WRONG", sev="Minor", follows="w-pol2", jit=30)
    s.e("sig-ok", "signal", "restored", "02:40", "SN-SIG-008", "臨時號誌桿架設完成 恢復運作", "WRONG", alt="SIG")
    s.inc("FIGHT", "public_safety", "drunken fight outside a 中清路 restaurant, two hurt", "f-pol")
    s.inc("DRUNK", "rescue", "drunk man asleep in the cold at the transit hub bus shelter", "d-pol")
    s.inc("WRONG", "traffic", "drunk wrong-way driver on 環中路二段, ended against the median and the signal pole at 中清路口; the dark signal it left", "w-cam2")
    s.alt("The dark signal outlives the crash and is the signal contractor's job (2 h on-site duty): some coordinators open it "
          "as its own traffic job once the pole is hit.",
          s.same_alt("FIGHT", "DRUNK", "WRONG") + [("SIG", "traffic", "signal at 中清路/環中路 dark after the crash", "sig")])
    s.notes = ("Two cameras 400 m apart seeing a wrong-way car within two minutes is enough to open; the first camera alone "
               "(0.79) would be checked. The DUI checkpoint is routine duty; festival firecracker complaints are background.")
    return s


def s958():
    s = Situation(958, "new_year_eve_fireworks", "2027-02-05", overnight=True,
                 description=
                  "除夕 night: firecrackers everywhere at midnight; a group of teenagers firing rockets at cars in front of 綠美圖; "
                  "a rocket sets the dry grass alight in the south of Central Park; the pop music centre's panel trips on "
                  "firework smoke and is reset as a false alarm; a grandmother with chest pain after the family dinner.")
    s.what = "midnight firecracker complaints as background vs rockets fired at traffic (police job) and a grass fire; a panel false alarm (alt: own job)"
    s.e("pk", "parking", "full", "22:30", "SN-PK-001", "汽車剩餘0", None)
    s.e("lamp", "1999", "streetlight", "22:45", (120.6500, 24.1760), "河南路的路燈有兩盞不亮", None, jit=150)
    s.e("r1", "1999", "other", "23:20", (120.6572, 24.1905), "一群年輕人在綠美圖前面對著馬路放沖天炮，車子經過很危險，差點射到機車", "ROCKET", jit=100)
    s.e("r2", "1999", "noise", "23:28", (120.6572, 24.1905), "綠美圖那邊一直放，炸得很大聲，小孩被嚇哭", "ROCKET", jit=300)
    s.e("r-cam", "cctv", "smoke", "23:30", "SN-CCTV-006", None, "ROCKET", conf=0.58)
    s.e("r-pol", "incident", "public_disturbance", "23:35", (120.6572, 24.1905), "綠美圖前廣場青少年約10人朝車道施放爆竹煙火，到場勸導驅離", "ROCKET",
        sev="Moderate", jit=50)
    s.e("r3", "1999", "other", "23:50", (120.6572, 24.1905), "剛剛打過，警察走了他們又回來放，還是對著馬路射", "ROCKET", jit=200)
    s.e("e-amb", "119", "ambulance", "23:55", "east_edge", "78歲女性 圍爐後胸痛 冒冷汗", "ELDER", jit=100)
    s.e("n1", "1999", "noise", "00:01", "blockA", "鞭炮從11點半放到現在，可以管一下嗎", None, jit=200)
    s.e("fa6", "fire_alarm", "alarm", "00:02", "SN-FA-006", "戶外平台 偵煙探測器動作", None, alt="FA6")
    s.e("n2", "1999", "noise", "00:03", (120.6500, 24.1820), "過年放鞭炮可以，可是放那種很大聲的一直放", None, jit=300)
    s.e("g0", "1999", "noise", "00:05", "park_s", "中央公園南邊有人在草地上放煙火，很吵又很危險", "GRASS", jit=150)
    s.e("g1", "1999", "fire_smoke", "00:08", "park_s", "中央公園南邊草地著火了，應該是沖天炮射進去的", "GRASS", jit=150)
    s.e("fa6-n", "fire_alarm", "normal", "00:09", "SN-FA-006", "現場人員確認為戶外煙火煙霧誤觸 復歸", None, alt="FA6")
    s.e("g2", "1999", "fire_smoke", "00:10", "blockB", "從陽台看到公園裡面有火光，一片在燒", "GRASS", jit=100)
    s.e("g-119", "119", "fire", "00:11", "park_s", "中央公園南側草地火警 疑似煙火引燃 出動水箱車2", "GRASS", jit=80)
    s.e("n3", "1999", "noise", "00:15", (120.6610, 24.1870), "對面大樓頂樓在放煙火，已經半小時了", None, jit=200)
    s.e("e-ret", "119", "ambulance", "00:18", "east_edge", "送往中國醫藥大學附設醫院", "ELDER", status="returning", follows="e-amb", jit=100)
    s.e("g-os", "119", "fire", "00:20", "park_s", "到場 草地悶燒 佈線灌救", "GRASS", status="on_scene", follows="g-119", jit=80)
    s.e("n4", "1999", "noise", "00:25", (120.6480, 24.1920), "鞭炮聲太大，家裡的狗嚇到一直叫", None, jit=300)
    s.e("g-cl", "119", "fire", "00:35", "park_s", "燃燒面積約20平方公尺 已撲滅 無人傷亡", "GRASS", status="closed", follows="g-119", jit=80)
    s.e("fl5-off", "status", "offline", "01:10", "SN-FL-005", None, None, reason="comms_lost")
    s.e("n5", "1999", "noise", "01:12", (120.6600, 24.1760), "都一點了還在放", None, jit=300)
    s.e("fl5-on", "status", "online", "01:25", "SN-FL-005", None, None)
    s.inc("ROCKET", "public_safety", "teenagers firing rockets at traffic in front of 綠美圖, came back after being moved on", "r1")
    s.inc("ELDER", "rescue", "78-year-old woman with chest pain after the New Year's Eve dinner", "e-amb")
    s.inc("GRASS", "fire", "dry grass set alight by a rocket in the south of Central Park, about 20 m²", "g1")
    s.alt("Every panel alarm is checked by a crew before it is reset; a coordinator who logs that check has a short fire job for the "
          "pop music centre's alarm even though it proved false.",
          s.same_alt("ROCKET", "ELDER", "GRASS") + [("FA6", "fire", "pop music centre panel alarm on firework smoke, checked and reset", "fa6")])
    s.notes = ("The midnight firecracker complaints are the custom of the night and get no dispatch; the complaint about fireworks in "
               "the south of the park three minutes before the grass caught is the grass fire's first evidence.")
    return s


def s959():
    s = Situation(959, "fair_stall_fire_last_night", "2027-01-31",
                  "Last evening of the 年貨大街: a cassette stove and gas can set a food stall alight at 19:41; smoke drawn into "
                  "綠美圖's east entrance trips its panel; people rush away, an old woman is knocked down, a 5-year-old girl loses "
                  "her mother. Meanwhile the signal at 經貿路/中平路 goes dark 2 km south.")
    s.what = "a stall fire inside a running fair (two jobs, with crowd effects of the rush debatable), a child lost in the rush as its own search, a distant dark signal"
    s.e("permit", "planned_event", "event", "01-29 10:00", "fair", FAIR_PERMIT, "FAIR", ends="22:00", arr="01-20 10:00")
    s.e("pk4", "parking", "full", "18:00", "SN-PK-004", "汽車剩餘0/450", "FAIR")
    s.e("pk6", "parking", "full", "18:05", "SN-PK-006", "汽車剩餘0", "FAIR")
    s.e("cr1", "cctv", "crowding", "18:10", "SN-CCTV-006", None, "FAIR", conf=0.74)
    s.e("cc1", "incident", "crowd_control", "18:20", "jm7", "年貨大街最後一晚人潮眾多，經貿路二段持續行人管制", "FAIR", sev="Moderate", jit=60)
    s.e("cg1", "rule", "congestion", "18:30", "SN-VD-JINGMAO-01", "車速降至8 km/h", "FAIR", sev="Moderate")
    s.e("lamp", "1999", "streetlight", "18:40", (120.6470, 24.1910), "黎明路三段路燈不亮好幾天了", None, jit=100)
    s.e("wl3", "status", "offline", "19:00", "SN-WL-003", None, None, reason="maintenance")
    s.e("ktv", "1999", "noise", "19:20", "zq_east", "隔壁在唱卡拉OK，聲音很大", None, jit=200)
    s.e("sig", "signal", "fault", "19:30", "SN-SIG-011", "控制器故障 全路口黑燈", "SIG")
    s.e("sig-1999", "1999", "traffic_signal", "19:35", "jm_zp", "經貿路中平路口紅綠燈全部不亮，車子亂開", "SIG", jit=150)
    s.e("s1", "1999", "fire_smoke", "19:41", "stall", "年貨大街有攤位著火了！瓦斯爐那邊一直燒", "STALL", jit=40)
    s.e("s-cam", "cctv", "smoke", "19:42", "SN-CCTV-006", None, "STALL", conf=0.61)
    s.e("s-pol", "incident", "fire_report", "19:42", "stall",
        "年貨大街美食區B-37攤位卡式爐及瓦斯罐起火，現場員警以滅火器搶救並疏散周邊民眾", "STALL", sev="Severe", jit=20)
    s.e("s-119", "119", "fire", "19:43", "stall", "年貨大街 攤位火警 出動水箱車2、救護車1", "STALL", jit=20)
    s.dup("s-119", 12)
    s.e("s2", "1999", "fire_smoke", "19:44", "glm", "綠美圖旁邊冒黑煙，很多人在跑", "STALL", jit=250)
    s.e("fa4", "fire_alarm", "alarm", "19:45", "SN-FA-004", "1F 東側入口 偵煙探測器動作", "STALL")
    s.e("s3", "1999", "fire_smoke", "19:46", (120.6590, 24.1880), "公園那邊好像有火災，煙很大", "STALL", jit=500)
    s.e("kid1", "1999", "missing_person", "19:47", "stall", "我女兒剛剛火災大家在跑的時候走散了，5歲，穿粉紅色外套綁兩個辮子", "KID", jit=60)
    s.e("cr2", "cctv", "crowding", "19:48", "SN-CCTV-006", None, "FAIR", alt="STALL", conf=0.86)
    s.e("push", "1999", "crowding", "19:50", "fair", "大家在跑，有一個阿嬤被推倒在地上，起不來", "FAIR", alt="STALL", jit=100)
    s.e("s-amb", "119", "ambulance", "19:50", "stall", "年貨大街 攤商手部燒燙傷1名、民眾跌倒1名", "STALL", jit=40)
    s.e("s-os", "119", "fire", "19:52", "stall", "到場 火勢已由員警以滅火器初步撲滅 現場警戒", "STALL", status="on_scene", follows="s-119", jit=20)
    s.e("kid-pol", "incident", "missing_person", "19:53", "stall", "民眾報案5歲女童於火警疏散時與母親走失，粉紅色外套，已請服務台廣播", "KID",
        sev="Moderate", jit=40)
    s.e("cc2", "incident", "crowd_control", "19:55", "fair", "美食區淨空，拉設封鎖線，引導人潮往經貿路二段離場", "FAIR", alt="STALL", sev="Severe", jit=60)
    s.e("s4", "1999", "other", "19:58", "stall", "我是B-37隔壁的攤商，我們的帳篷也被燒到了，這要找誰賠", "STALL", jit=40)
    s.e("fa4-n", "fire_alarm", "normal", "20:05", "SN-FA-004", "復歸", "STALL")
    s.e("kid-ok", "incident", "missing_person", "20:12", (120.6560, 24.1935), "女童由民眾帶至會展中心前服務台，已與母親會合，結案", "KID",
        sev="Minor", follows="kid-pol", jit=30)
    s.e("s-cl", "119", "fire", "20:15", "stall", "火勢撲滅 無延燒 傷患2名送醫 收隊", "STALL", status="closed", follows="s-119", jit=20)
    s.e("cc3", "incident", "crowd_control", "20:30", "fair", "年貨大街提前於20:30結束，疏導離場民眾及車輛", "FAIR", sev="Moderate", jit=60)
    s.e("sig-ok", "signal", "restored", "20:35", "SN-SIG-011", "更換控制器 恢復正常", "SIG")
    s.e("cg2", "rule", "congestion", "20:40", "SN-VD-JINGMAO-02", "車速降至9 km/h", "FAIR", sev="Moderate")
    s.e("wl3-on", "status", "online", "20:50", "SN-WL-003", None, None)
    s.e("pk5", "parking", "full", "20:45", "SN-PK-005", "出場車輛大排長龍", "FAIR")
    s.inc("FAIR", "crowd", "the fair's last evening: crowds, full car parks, the rush away from the fire and the early close", "cr1")
    s.inc("SIG", "traffic", "dark signal at 經貿路/中平路, controller replaced", "sig")
    s.inc("STALL", "fire", "cassette-stove fire at stall B-37, smoke into 綠美圖's entrance, a stallholder burned", "s-pol")
    s.inc("KID", "rescue", "5-year-old girl separated from her mother in the rush, found 25 minutes later", "kid1")
    s.alt("The rush away from the smoke, the woman knocked down and the cordon are the fire's consequences: a coordinator may run "
          "them under the fire job rather than the fair's.",
          s.same_alt("FAIR", "SIG", "STALL", "KID"))
    s.notes = "The child lost in the rush is a search with its own team, not part of the fire or the crowd job."
    return s


def s960():
    s = Situation(960, "cold_night_shift_elders", "2027-01-28", overnight=True,
                 description=
                  "A routine winter night shift (22:00-07:00, 6 °C): a father with dementia walks out in slippers and is found "
                  "chilled at the transit hub; a man collapses in his bathroom; the signal at 經貿路/黎明路 falls back to flashing "
                  "amber; at dawn a rough sleeper is found unresponsive in Central Park. Around them the usual streetlights, "
                  "panel faults, sensor links, a stray dog and neighbour noise.")
    s.what = "a long routine shift: several small separate jobs among many background items (streetlights, a pothole, device faults)"
    s.e("lamp1", "1999", "streetlight", "22:05", (120.6462, 24.1925), "黎明路三段路燈不亮，桿號XT-07215", None, jit=60)
    s.e("lamp2", "1999", "streetlight", "22:12", (120.6600, 24.1800), "經貿路三段有兩盞路燈沒亮", None, jit=80)
    s.e("w1", "1999", "missing_person", "22:20", "east_edge",
        "我爸爸有失智症，82歲，晚上9點多自己出門沒有回來，穿灰色夾克、拖鞋，天氣這麼冷，拜託幫忙找", "WANDER", jit=150)
    s.e("w-pol", "incident", "missing_person", "22:35", "east_edge", "失智長者協尋：82歲男性，灰色夾克、藍色拖鞋，約21時自住處步行外出，請各巡邏線協尋", "WANDER",
        sev="Moderate", jit=100)
    s.e("mj", "1999", "noise", "22:40", (120.6630, 24.1850), "樓上打麻將很吵", None, jit=200)
    s.e("fa10-f", "fire_alarm", "fault", "23:00", "SN-FA-010", "受信總機 蓄電池異常", None)
    s.e("vd-off", "status", "offline", "23:10", "SN-VD-ZHONGPING-02", None, None, reason="comms_lost")
    s.e("fa10-n", "fire_alarm", "normal", "23:30", "SN-FA-010", "復歸", None)
    s.e("w2", "1999", "other", "23:50", "hub_bus", "我是客運司機，轉運中心候車區有一個老伯伯穿拖鞋一直發抖，問他什麼都說不清楚", "WANDER", jit=40)
    s.e("w-found", "incident", "missing_person", "23:55", "hub", "於水湳轉運中心尋獲協尋長者，體溫偏低，已通知家屬並通報救護", "WANDER",
        sev="Minor", follows="w-pol", jit=40)
    s.e("w-amb", "119", "ambulance", "23:58", "hub", "轉運中心 82歲男性 疑似失溫", "WANDER", jit=40)
    s.e("dog", "1999", "動物救援", "00:15", (120.6540, 24.1780), "騎樓有一隻小狗一直發抖，好可憐", None, jit=200)
    s.e("w-ret", "119", "ambulance", "00:20", "hub", "送往中國醫藥大學附設醫院", "WANDER", status="returning", follows="w-amb", jit=40)
    s.e("w1-up", "1999", "missing_person", "00:30", "east_edge", "已尋獲，結案", "WANDER", follows="w1", jit=150)
    s.e("vd-on", "status", "online", "00:40", "SN-VD-ZHONGPING-02", None, None)
    s.e("env", "1999", "環境清潔", "01:10", (120.6505, 24.1770), "便利商店前面的垃圾桶滿出來，被狗翻得到處都是", None, jit=150)
    s.e("b-amb", "119", "ambulance", "02:10", "blockB", "72歲男性 洗澡時於浴室昏倒 意識不清 家屬表示熱水器在室外", "BATH", jit=30)
    s.e("b-ret", "119", "ambulance", "02:35", "blockB", "送往中國醫藥大學附設醫院", "BATH", status="returning", follows="b-amb", jit=30)
    s.e("toilet", "1999", "other", "03:00", "park_mid", "公園廁所的洗手台水龍頭在漏水，一直流", None, jit=200)
    s.e("cam-m", "status", "offline", "03:30", "SN-CCTV-002", None, None, reason="device_fault")
    s.e("sig", "signal", "fault", "04:10", "SN-SIG-005", "號誌控制器故障 轉為閃光運轉", "SIG")
    s.e("cam-on", "status", "online", "04:45", "SN-CCTV-002", None, None)
    s.e("fl9", "rule", "sensor_offline", "05:00", "SN-FL-009", "超過30分鐘未回傳", None, sev="Minor")
    s.e("sig-1999", "1999", "traffic_signal", "05:40", "jm_lm", "經貿路黎明路口紅綠燈一直閃黃燈，早上車多很危險", "SIG", jit=150)
    s.e("fl9-clr", "rule", "cleared", "05:55", "SN-FL-009", "恢復回傳", None, sev="Minor")
    s.e("h1", "1999", "rescue", "06:20", "park_mid", "中央公園步道旁有一個遊民縮在那邊叫不醒，身體很冰", "HYPO", jit=100)
    s.e("h-amb", "119", "ambulance", "06:23", "park_mid", "中央公園 路倒 男性 意識不清 疑似失溫", "HYPO", jit=100)
    s.e("h-pol", "incident", "medical", "06:24", "park_mid", "中央公園路倒遊民，疑似失溫，協助救護", "HYPO", sev="Moderate", jit=100)
    s.e("sig-ok", "signal", "restored", "06:30", "SN-SIG-005", "更換控制器 恢復三色運轉", "SIG")
    s.e("rush", "rule", "congestion", "06:40", "SN-VD-HUANZHONG-03", "車速降至20 km/h", None, sev="Moderate")
    s.e("lamp3", "1999", "streetlight", "06:45", (120.6530, 24.1860), "中科路路燈天亮了還亮著，浪費電", None, jit=100)
    s.e("h-ret", "119", "ambulance", "06:50", "park_mid", "送往澄清醫院中港分院", "HYPO", status="returning", follows="h-amb", jit=100)
    s.e("pit", "1999", "road_damage", "06:55", (120.6534, 24.1840), "中科路靠公園那邊有一個坑洞，機車騎過去很危險", None, jit=100)
    s.e("pk1", "parking", "full", "07:00", "SN-PK-001", "汽車剩餘0", None)
    s.inc("WANDER", "rescue", "82-year-old man with dementia wandered out in slippers, found chilled at the transit hub", "w1")
    s.inc("BATH", "rescue", "72-year-old collapsed in his bathroom (heater outdoors: no sign of CO)", "b-amb")
    s.inc("SIG", "traffic", "signal at 經貿路/黎明路 on flashing amber from 04:10, repaired before the morning peak", "sig")
    s.inc("HYPO", "rescue", "rough sleeper found unresponsive and cold in Central Park at dawn", "h1")
    s.notes = ("Convention: single maintenance cases the owning bureau handles in its own 1999 workflow (a lamp, a pothole, litter, "
               "a dripping tap, a stray dog, a neighbour's noise) and device faults that clear by themselves are background, "
               "not coordinated jobs. The pothole is the most debatable of these; it is a 建設局 work order, not a dispatch.")
    return s


def s961():
    s = Situation(961, "gas_leak_block_b_evacuation", "2027-01-30",
                  "Fair day 2 evening, families cooking New Year dishes: a loose gas fitting on the 4th floor of eco-residential "
                  "block B fills the stairwells; 120 residents are evacuated into the cold, 經貿路三段 is closed; an 82-year-old "
                  "evacuee becomes ill outside. In block A a woman falls at home. The fair runs 600 m north.")
    s.what = "a gas leak with evacuation and a patient among the evacuees (alt: own rescue job); an unrelated fall in the next block; the fair going on nearby"
    s.e("permit", "planned_event", "event", "01-29 10:00", "fair", FAIR_PERMIT, "FAIR", ends="01-31 22:00", arr="01-20 10:00")
    s.e("cr", "cctv", "crowding", "18:20", "SN-CCTV-006", None, "FAIR", conf=0.72)
    s.e("fl4", "status", "offline", "18:25", "SN-FL-004", None, None, reason="battery_low")
    s.e("pk5", "parking", "full", "18:35", "SN-PK-005", "汽車剩餘0", "FAIR")
    s.e("cc", "incident", "crowd_control", "18:38", "jm7", "年貨大街第二日晚間人潮，經貿七路口持續指揮", "FAIR", sev="Moderate", jit=60)
    s.e("g1", "1999", "gas_odor", "18:42", "blockB", "我們大樓3樓到5樓樓梯間瓦斯味很重，不知道是哪一戶", "GAS", jit=40)
    s.e("g2", "1999", "gas_odor", "18:45", (120.6596, 24.1818), "經貿路三段走過去聞到很濃的瓦斯味，從旁邊大樓飄出來", "GAS", jit=150)
    s.e("g-119", "119", "hazmat", "18:46", "blockB", "集合住宅瓦斯外洩 生態住宅B區 出動化學車1、水箱車2、救護車1", "GAS", jit=20)
    s.e("g3", "1999", "gas_odor", "18:50", "blockB", "樓上鄰居在煮年菜，瓦斯味好重，我們家有老人要不要先跑", "GAS", jit=40)
    s.dup("g3", 30)
    s.e("g-os", "119", "hazmat", "18:55", "blockB", "到場 4樓住戶瓦斯管接頭鬆脫 關閉總開關 疏散住戶", "GAS", status="on_scene", follows="g-119", jit=20)
    s.e("g-pol", "incident", "hazmat_report", "19:00", "blockB",
        "生態住宅B區4樓瓦斯外洩，疏散B區住戶約120人至中央公園南側廣場，經貿路三段封閉", "GAS", sev="Severe", jit=30)
    s.e("g-close", "incident", "road_closure", "19:02", (120.6594, 24.1815), "經貿路三段(生態住宅B區前)雙向封閉", "GAS", sev="Moderate", jit=30)
    s.e("g-vd", "rule", "congestion", "19:05", "SN-VD-JINGMAO-02", "車速降至10 km/h", "GAS", sev="Moderate")
    s.e("a-amb", "119", "ambulance", "19:15", "blockA", "68歲女性 家中浴室跌倒 頭部撞傷流血", "FALL", jit=30)
    s.e("e-amb", "119", "ambulance", "19:25", "park_s", "瓦斯外洩疏散住戶 82歲女性於戶外等候時胸悶發抖", "GAS", alt="EVAC", jit=80)
    s.e("lamp", "1999", "streetlight", "19:30", (120.6480, 24.1900), "凱旋路的路燈有一盞不亮", None, jit=100)
    s.e("g4", "1999", "other", "19:40", "park_s", "我們B區的被疏散出來快一個小時了，外面好冷小孩在發抖，什麼時候可以回家", "GAS", jit=100)
    s.e("a-ret", "119", "ambulance", "19:45", "blockA", "送往中國醫藥大學附設醫院", "FALL", status="returning", follows="a-amb", jit=30)
    s.e("e-ret", "119", "ambulance", "19:50", "park_s", "送往中國醫藥大學附設醫院", "GAS", alt="EVAC", status="returning", follows="e-amb", jit=80)
    s.e("fc", "1999", "noise", "19:55", (120.6620, 24.1900), "有人在放鞭炮，還沒過年就在放", None, jit=200)
    s.e("g-end", "incident", "hazmat_report", "20:10", "blockB", "欣林天然氣完成止漏，偵測無殘留，住戶返家", "GAS", sev="Minor", follows="g-pol", jit=30)
    s.e("g-cl", "119", "hazmat", "20:15", "blockB", "止漏完成 收隊", "GAS", status="closed", follows="g-119", jit=20)
    s.e("g-open", "incident", "road_closure", "20:20", (120.6594, 24.1815), "經貿路三段恢復通行", "GAS", sev="Minor", jit=30)
    s.e("fl4-on", "status", "online", "20:40", "SN-FL-004", None, None)
    s.inc("FAIR", "crowd", "the fair's second evening, 600 m north", "cr")
    s.inc("GAS", "fire", "gas leak in block B: 120 evacuated, 經貿路三段 closed, an evacuee ill in the cold", "g1")
    s.inc("FALL", "rescue", "68-year-old woman fell in her bathroom in block A, unrelated to the leak", "a-amb")
    s.alt("The evacuee's chest pain gets its own ambulance and hospital: a coordinator may log it as a separate rescue job "
          "rather than as part of the gas leak.",
          s.same_alt("FAIR", "GAS", "FALL") + [("EVAC", "rescue", "82-year-old evacuee with chest pain in the cold", "e-amb")])
    s.notes = ("Two gas-smell calls (one from inside, one from the road) are enough to open; 119 sent its hazmat crew on the first. "
               "The Central Park south car park full at 18:35 is fair overflow, before the evacuation.")
    return s


def s962():
    s = Situation(962, "third_day_holiday_crowds_north_hub", "2027-02-08",
                  "大年初三 afternoon: a permitted New Year anime exhibition in the convention centre's hall A and holiday visitors to "
                  "綠美圖 fill every car park in the north hub; illegal parking, queues and police traffic control; a scooter hits "
                  "an opening car door in the 中科路 queue; the signal at 黎明路/凱旋路 goes dark for an hour.")
    s.what = "a long crowd day (exhibition permit + holiday visitors) with many parking and queue items; a crash and a dark signal inside it; the transit hub's travellers (alt: part of the crowd)"
    C = "CROWD"
    s.e("permit", "planned_event", "exhibition", "02-07 10:00", "hallA",
        "2027新春動漫祭：2/7至2/9每日10:00-18:00，臺中國際會展中心A館，預估每日入場2萬人次，周邊停車場請多利用大眾運輸",
        C, ends="02-09 18:00", arr="01-25 09:00")
    s.e("cam2-m", "status", "offline", "10:30", "SN-CCTV-002", None, None, reason="maintenance")
    s.e("pk1a", "parking", "full", "11:00", "SN-PK-001", "汽車剩餘0(返鄉旅客)", None, alt=C)
    s.e("pk6a", "parking", "full", "11:10", "SN-PK-006", "汽車剩餘0", C)
    s.e("ask", "1999", "other", "11:30", (120.6700, 24.1700), "請問綠美圖初三有開嗎？停車方便嗎", None, jit=1000)
    s.e("cr6", "cctv", "crowding", "13:45", "SN-CCTV-004", None, C, conf=0.66)
    s.e("cg7", "rule", "congestion", "14:10", "SN-VD-HUANZHONG-02", "車速降至15 km/h", C, sev="Moderate")
    s.e("ip7", "1999", "illegal_parking", "15:50", "hallB", "會展中心B館後面的巷子車停兩排", C, jit=150)
    s.e("cc4", "incident", "crowd_control", "17:30", "glm", "綠美圖閉館前人潮疏導，經貿路二段行人穿越管制", C, sev="Minor", jit=60)
    s.e("pk4c", "parking", "full", "17:40", "SN-PK-004", "汽車剩餘0/450", C)
    s.e("fc", "1999", "noise", "18:20", (120.6620, 24.1820), "又在放鞭炮了", None, jit=300)
    s.e("cr1", "cctv", "crowding", "11:25", "SN-CCTV-005", None, C, conf=0.68)
    s.e("pk2a", "parking", "full", "11:40", "SN-PK-002", "汽車剩餘0", C)
    s.e("cg1", "rule", "congestion", "11:50", "SN-VD-JINGMAO-01", "車速降至10 km/h", C, sev="Moderate")
    s.e("cc1", "incident", "crowd_control", "12:00", "hallA", "會展中心動漫祭及綠美圖參觀人潮眾多，經貿路二段、黎明路口派員疏導", C, sev="Moderate", jit=80)
    s.e("ip1", "1999", "illegal_parking", "12:10", "jm_lm", "經貿路黎明路口整排違停，右轉車道都被佔了", C, jit=150)
    s.e("pk4a", "parking", "full", "12:20", "SN-PK-004", "汽車剩餘0/450", C)
    s.e("ip2", "1999", "illegal_parking", "12:25", "zhongke_mid", "中科路兩邊都停滿了，還有人停在公車站", C, jit=200)
    s.e("cr2", "cctv", "crowding", "12:30", "SN-CCTV-006", None, C, conf=0.73)
    s.e("cg2", "rule", "congestion", "12:40", "SN-VD-LIMING-01", "車速降至12 km/h", C, sev="Moderate")
    s.e("env", "1999", "環境清潔", "12:50", "glm", "綠美圖前面的垃圾桶都滿出來了", None, jit=100)
    s.e("ip3", "1999", "illegal_parking", "13:00", "kaixuan_mid", "凱旋路機車道被汽車停滿", C, jit=200)
    s.e("cg3", "rule", "congestion", "13:05", "SN-VD-ZHONGKE-01", "車速降至9 km/h", C, sev="Moderate")
    s.e("cr3", "1999", "crowding", "13:10", "glm", "綠美圖排隊排到外面馬路上了，人行道都站滿，小孩很危險", C, jit=100)
    s.e("pk6b", "parking", "full", "13:20", "SN-PK-006", "汽車剩餘0", C)
    s.e("hn", "rule", "congestion", "13:30", "SN-VD-HENAN-01", "車速降至18 km/h", None, sev="Moderate")
    s.e("ip4", "1999", "illegal_parking", "13:40", "jm7", "經貿七路有車停在消防栓前面", C, jit=150)
    s.e("tow", "incident", "crowd_control", "13:50", "jm7", "經貿路二段、經貿七路違規停車拖吊8輛，持續勸導", C, sev="Minor", jit=80)
    s.e("cr4", "cctv", "crowding", "14:00", "SN-CCTV-005", None, C, conf=0.81)
    s.e("x-pol", "incident", "injury_accident", "14:20", "zhongke_mid", "中科路北向車陣中，路邊停車開車門與機車碰撞，騎士手部擦傷", "DOOR",
        sev="Minor", jit=40)
    s.e("x-1999", "1999", "traffic_accident", "14:22", (120.6528, 24.1925), "中科路有機車撞到車門，騎士倒在地上", "DOOR", jit=150)
    s.e("x-amb", "119", "ambulance", "14:23", "zhongke_mid", "中科路 機車事故 1人擦傷", "DOOR", jit=40)
    s.e("pk2b", "parking", "full", "14:30", "SN-PK-002", "汽車剩餘0", C)
    s.e("x-ret", "119", "ambulance", "14:45", "zhongke_mid", "傷患送往澄清醫院中港分院", "DOOR", status="returning", follows="x-amb", jit=40)
    s.e("ip5", "1999", "illegal_parking", "14:50", (120.6560, 24.1950), "會展中心旁邊的路違停一大堆，都沒有人開單", C, jit=200)
    s.e("pk1b", "parking", "full", "15:00", "SN-PK-001", "汽車剩餘0", None, alt=C)
    s.e("cc2", "incident", "crowd_control", "15:10", "glm", "綠美圖入館人數管制，排隊動線改至園道側", C, sev="Moderate", jit=60)
    s.e("pk4b", "parking", "full", "15:20", "SN-PK-004", "汽車剩餘0/450", C)
    s.e("cg4", "rule", "congestion", "15:30", "SN-VD-JINGMAO-02", "車速降至13 km/h", C, sev="Moderate")
    s.e("dogs", "1999", "動物救援", "15:40", "park_mid", "公園裡有一隻貓被卡在排水溝蓋裡面", None, jit=200)
    s.e("sig", "signal", "fault", "16:00", "SN-SIG-007", "全路口黑燈", "SIG")
    s.e("sig-cam", "cctv", "signal_dark", "16:02", "SN-CCTV-007", None, "SIG", conf=0.92)
    s.e("sig-1999", "1999", "traffic_signal", "16:05", (120.6485, 24.1930), "黎明路凱旋路口紅綠燈都不亮，車子都卡在路口", "SIG", jit=150)
    s.e("sig-vd", "rule", "congestion", "16:08", "SN-VD-KAIXUAN-01", "車速降至6 km/h", "SIG", sev="Severe", alt=C)
    s.e("sig-pol", "incident", "traffic_signal_fault", "16:12", "lm_kx", "黎明路凱旋路口號誌全暗，派員以手勢指揮交通，已通知維修廠商", "SIG", sev="Moderate", jit=30)
    s.e("cr5", "cctv", "crowding", "16:20", "SN-CCTV-006", None, C, conf=0.70)
    s.e("ip6", "1999", "illegal_parking", "16:30", "jm_lm", "黎明路上還是一堆違停，拖吊車都沒來", C, jit=200)
    s.e("cg5", "rule", "congestion", "16:40", "SN-VD-JINGMAO-01", "車速降至7 km/h", C, sev="Severe")
    s.e("lamp", "1999", "streetlight", "16:50", (120.6600, 24.1790), "經貿路三段路燈不亮", None, jit=80)
    s.e("sig-ok", "signal", "restored", "17:05", "SN-SIG-007", "電源模組更換 恢復正常", "SIG")
    s.e("sig-clr", "rule", "cleared", "17:15", "SN-VD-KAIXUAN-01", "車速恢復", "SIG", sev="Minor", alt=C)
    s.e("cam2-on", "status", "online", "17:20", "SN-CCTV-002", None, None)
    s.e("cc3", "incident", "crowd_control", "18:00", "hallA", "動漫祭散場，會展中心周邊疏導離場車流", C, sev="Moderate", jit=80)
    s.e("cg6", "rule", "congestion", "18:10", "SN-VD-LIMING-01", "車速降至8 km/h", C, sev="Moderate")
    s.e("pk6c", "parking", "empty", "18:40", "SN-PK-006", "散場後車輛陸續離場", C)
    s.e("cg-clr", "rule", "cleared", "18:50", "SN-VD-JINGMAO-01", "車速恢復", C, sev="Minor")
    s.inc(C, "crowd", "exhibition and holiday visitors at the convention centre and 綠美圖: full car parks, illegal parking and towing, queues, admission control", "cr1")
    s.inc("DOOR", "traffic", "scooter against an opening car door in the 中科路 queue, rider grazed", "x-pol")
    s.inc("SIG", "traffic", "signal at 黎明路/凱旋路 dark for an hour, officer directing traffic", "sig")
    s.alt("The transit hub car park fills with New Year travellers every holiday, but on this afternoon it is 200 m from hall A and "
          "visitors use it too; and the 凱旋路 slow-down beside the dark signal also carries the crowd's traffic. A coordinator may "
          "give all of these to the crowd job.",
          s.same_alt(C, "DOOR", "SIG"))
    s.notes = "The 河南路 slow-down at 13:30 is holiday traffic toward 逢甲, 2.5 km south; the full litter bins are a cleaning matter."
    return s


ALL = [s951, s952, s953, s954, s955, s956, s957, s958, s959, s960, s961, s962]

README_HEAD = """# Situations 951-962: winter in 水湳 — a cold-surge week and the Lunar New Year fair days

Author: independent test author (oracle951), from the zone's inputs only (DOMAIN.md, geo/, mqtt.md, vocabulary.md, FORMAT.md).
Dates: 27 Jan - 8 Feb 2027 (cold surge 27-30 Jan, 年貨大街 29-31 Jan, 除夕 5 Feb, 初二 7 Feb, 初三 8 Feb). Times in the
files are UTC; texts and descriptions use local time (UTC+8).

Regenerate and check: `cd tools_951_962 && python3 gen_951_962.py && python3 validate.py`
(geography from `SITUATION_GEO_DIR`, default `../geo`, a symlink to the zone's geo folder).

## Conventions
- Item format as FORMAT.md. Keys are `<situation>-<name>`. A duplicated delivery repeats the line with a later arrival only.
- One incident = one dispatchable job. Incident types are the project's seven: flood, fire, traffic, crowd, public_safety,
  rescue, infrastructure. A gas leak is a `fire` job (the fire bureau's hazmat crew); a CO poisoning, someone taken ill,
  a lost child or wandering elder are `rescue`; a burst water main is `infrastructure`.
- **Permitted event**: the permit (which arrives days early) belongs to the event's job, but the job opens
  (`sufficient_evidence_key`) at the first on-the-day sign of its crowd (a crowding camera or a police crowd-control report),
  not at the permit and not at a full car park alone. A multi-day fair is one job for its whole run; the alternative
  (951) is one job per day.
- **Effects of an event** (full car parks in its area, illegal-parking calls on the roads around it, slow-downs on its
  access corridors, noise from its stage, towing) belong to the event's job. A full car park with an ordinary cause
  (commuters, travellers at the transit hub) is background.
- **Inside a running event**, a lost child, a pickpocket and a fire are jobs of their own (different teams); crowd effects
  of the rush away from a fire are given to the event's job, with the alternative that the fire takes them (959).
- **Every 119 dispatch is a job or part of one**: an ambulance for a person taken ill at home is a `rescue` job by itself;
  its later status records (`on_scene`, `returning`, `closed`) follow it and share its label.
- **Caused-by-and-at-the-same-scene** belongs to the first job (a signal knocked dark by a crash, an evacuee taken ill,
  a panel tripped by the drifting smoke of a known fire), each with the alternative that it is a job of its own.
- **Background (truth null)**: single maintenance cases that the owning bureau handles in its own 1999 workflow
  (one streetlight, a pothole, litter, a dripping tap, a stray animal, a neighbour's noise or mahjong), festival
  firecracker complaints scattered over the zone, routine rush-hour slow-downs far from any job, device faults and link
  losses that clear by themselves, a sensor taken offline for maintenance, a routine police checkpoint, a report of fog.
- A panel alarm reset within minutes by the site as a false alarm (firework smoke) with no other evidence is background;
  the alternative gives it a short fire job (958).
- Callers are scattered around what they report (up to several hundred metres; a relative calling from across the city);
  some name a neighbouring road or a landmark instead of the junction.
- `sufficient_evidence_key`: the first item at whose arrival I, as coordinator, would dispatch; for a sensor-only start
  I wait for a second source unless the sensor is unambiguous (a flood sensor wet on a dry morning, two cameras agreeing).

## Table
| file | lines | unique keys | noise keys | incidents | alt incidents | what it tests |
|---|---|---|---|---|---|---|
"""


def main():
    rows = []
    for fn in ALL:
        rows.append(fn().write())
    with open(os.path.join(OUT, "README_951-962.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD)
        for r in rows:
            f.write(f"| {r['file']} | {r['lines']} | {r['keys']} | {r['noise']} | {r['incidents']} | {r['alt']} | {r['what']} |\n")
    for r in rows:
        print(r["file"], r["lines"], r["keys"], r["noise"], r["incidents"], r["alt"])


if __name__ == "__main__":
    main()
