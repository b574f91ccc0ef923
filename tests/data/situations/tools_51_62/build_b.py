"""Situations 57-62 (hand-authored; truth from the situation, not from any software)."""
from _lib import Sit

def s57():
    s = Sit(57, "rain_pileup_600m_huanzhong", "2016-05-22",
            "週日傍晚大雨，環中路二段東向連環追撞，由中科路口往西延伸約600公尺至台74線匝道；另河南路機車自摔",
            "Sunday evening, heavy rain. A car aquaplanes into the median on Huanzhong Rd sec. 2 eastbound near "
            "Zhongke Rd; three cars behind pile into it, then more rear-end crashes ripple back along the queue to the "
            "Hwy 74 ramp about 600 m west. One chain collision, one road closure, one command: one incident. "
            "A scooter skid on Henan Rd is separate; rain alerts and shallow ponding at Liming/Kaixuan are background.")
    s.add("r-c0f9t0-1720", "rule", "heavy_rain", "17:20:00", sensor="C0F9T0", level="大雨",
          text="西屯測站 時雨量 43.5 mm，達大雨標準", truth=None)
    s.add("r-rg002-1725", "rule", "heavy_rain", "17:25:00", sensor="SN-RG-002", level="大雨",
          text="水湳轉運中心雨量站 時雨量 48.0 mm，達大雨標準", truth=None)
    s.add("P0522-0501", "incident", "traffic_accident", "17:31:00", pos=(120.65160, 24.19770), sev="Severe",
          text="環中路二段東向近中科路口 自小客車雨天打滑撞分隔島，後方三車追撞，有人受困", truth="57-A")
    s.add("cctv-003-1732", "cctv", "stalled_vehicle", "17:32:00", sensor="SN-CCTV-003", pos=(120.65160, 24.19770),
          conf=0.83, text="車輛停滯", truth="57-A")
    s.add("1999-0522-0417", "1999", "traffic_accident", "17:33:00", pos=(120.65120, 24.19760),
          text="環中路往中科路那邊連環車禍，好幾台撞在一起", truth="57-A")
    s.add("119-0522-0066", "119", "ambulance", "17:34:00", pos=(120.65160, 24.19770),
          text="環中路二段多車追撞 傷者3名 派遣救護車2、救助隊", truth="57-A")
    s.add("r-vdhz02-1736", "rule", "congestion", "17:36:00", sensor="SN-VD-HUANZHONG-02", sev="Severe",
          text="環中路車輛偵測器2 平均車速 4 km/h，佔有率 71%", truth="57-A")
    s.dup("1999-0522-0417", "17:37:10")
    s.add("1999-0522-0419", "1999", "traffic_accident", "17:35:00", pos=(120.65050, 24.19740),
          text="環中路上好多車撞在一起，有人困在車裡在喊", truth="57-A")
    s.add("P0522-0504", "incident", "traffic_accident", "17:38:00", pos=(120.64900, 24.19690), sev="Moderate",
          follows="P0522-0501", text="同路段後方約270公尺再發生追撞 2車 無人傷", truth="57-A")
    s.add("1999-0522-0421", "1999", "traffic_accident", "17:40:00", pos=(120.64880, 24.19680),
          text="環中路凱旋路口那邊又撞了，車都停在路中間", truth="57-A")
    s.add("cctv-002-1739", "cctv", "stalled_vehicle", "17:39:00", sensor="SN-CCTV-002", pos=(120.64780, 24.19670),
          conf=0.76, text="車輛停滯", truth="57-A")
    s.add("P0522-0507", "incident", "traffic_accident", "17:41:00", pos=(120.64640, 24.19460), sev="Moderate",
          text="台74線下匝道接環中路處 回堵車陣尾端追撞 3車 1人受傷", truth="57-A", alt="57-C")
    s.add("cctv-001-1742", "cctv", "stalled_vehicle", "17:42:00", sensor="SN-CCTV-001", pos=(120.64660, 24.19480),
          conf=0.79, text="車輛停滯", truth="57-A", alt="57-C")
    s.add("119-0522-0069", "119", "ambulance", "17:43:00", pos=(120.64640, 24.19460),
          text="台74線環中路口追撞 1人頸部受傷", truth="57-A", alt="57-C")
    s.dup("P0522-0507", "17:44:05")
    s.add("r-vdhz01-1744", "rule", "congestion", "17:44:00", sensor="SN-VD-HUANZHONG-01", sev="Moderate",
          text="環中路車輛偵測器1 平均車速 9 km/h", truth="57-A", alt="57-C")
    s.add("r-vdkx01-1746", "rule", "congestion", "17:46:00", sensor="SN-VD-KAIXUAN-01", sev="Moderate",
          text="凱旋路車輛偵測器1 平均車速 11 km/h", truth="57-A", alt="57-C")
    s.add("119-0522-0066@on_scene", "119", "ambulance", "17:45:00", pos=(120.65160, 24.19770), follows="119-0522-0066",
          text="到場，破壞車門救出受困駕駛1名，共5名傷者分送醫院", truth="57-A")
    s.add("P0522-0510", "incident", "road_closure", "17:47:00", pos=(120.64950, 24.19710), sev="Severe",
          follows="P0522-0501", text="環中路二段東向（台74線至中科路）全線封閉處理事故", truth="57-A")
    # source clock 90 s fast: stamped after it arrived
    s.add("P0522-0513", "incident", "traffic_accident", "17:50:00", "17:48:30", pos=(120.65160, 24.19770), sev="Severe",
          follows="P0522-0501", text="本起連環追撞共9車，傷者7人送醫，無人死亡", truth="57-A")
    s.add("119-0522-0069@on_scene", "119", "ambulance", "17:52:00", pos=(120.64640, 24.19460), follows="119-0522-0069",
          text="到場，傷者1名頸部扭傷，固定後送醫", truth="57-A", alt="57-C")
    s.add("P0522-0516", "incident", "fallen_object", "17:58:00", pos=(120.64950, 24.19710), sev="Minor",
          follows="P0522-0501", text="事故路段散落車輛碎片及油漬，通知清潔隊灑砂", truth="57-A")
    s.add("r-fl009-1750", "rule", "flood_depth", "17:50:00", sensor="SN-FL-009", level="1-15",
          text="黎明路凱旋路口低窪處 淹水深度 11 cm", truth=None)
    s.add("1999-0522-0425", "1999", "flooding", "17:55:00", pos=(120.64760, 24.19320),
          text="黎明路凱旋路口積水，機車騎過去會噴水", truth=None)
    s.add("P0522-0518", "incident", "traffic_accident", "18:05:00", pos=(120.64700, 24.16800), sev="Minor",
          text="河南路二段 機車雨天滑倒自摔 騎士輕傷", truth="57-B")
    s.add("1999-0522-0431", "1999", "traffic_accident", "18:06:00", pos=(120.64710, 24.16810),
          text="河南路有機車摔車，人坐在路邊", truth="57-B")
    s.add("119-0522-0074", "119", "ambulance", "18:07:00", pos=(120.64700, 24.16800),
          text="河南路二段機車自摔 騎士膝蓋擦傷", truth="57-B")
    s.add("r-vdlm01-1810", "rule", "congestion", "18:10:00", sensor="SN-VD-LIMING-01", sev="Moderate",
          text="黎明路車輛偵測器1 平均車速 13 km/h（環中路封閉改道）", truth="57-A")
    s.add("r-vdzk01-1812", "rule", "congestion", "18:12:00", sensor="SN-VD-ZHONGKE-01", sev="Minor",
          text="中科路車輛偵測器1 平均車速 24 km/h", truth=None)
    s.add("119-0522-0066@closed", "119", "ambulance", "18:15:00", pos=(120.65160, 24.19770), follows="119-0522-0066",
          text="傷者全數送醫，返隊", truth="57-A")
    s.add("fa006-1820", "fire_alarm", "fault", "18:20:00", sensor="SN-FA-006",
          text="受信總機 第5回路異常（疑雨水滲入）", truth=None)
    s.add("fa006-1822", "fire_alarm", "normal", "18:22:30", sensor="SN-FA-006", text="復歸", truth=None)
    s.add("1999-0522-0440", "1999", "streetlight", "18:30:00", pos=(120.65900, 24.19000),
          text="經貿路路燈不亮", truth=None)
    s.add("r-vdhz02-1835", "rule", "congestion", "18:35:00", sensor="SN-VD-HUANZHONG-02", sev="Moderate",
          text="環中路車輛偵測器2 平均車速 15 km/h（持續壅塞）", truth="57-A")
    s.add("P0522-0530", "incident", "road_closure", "18:40:00", pos=(120.64950, 24.19710), sev="Minor",
          follows="P0522-0510", text="事故車輛拖離，環中路二段東向恢復通車", truth="57-A")
    s.inc("57-A", "traffic_accident", "環中路二段東向雨天連環追撞（中科路口往西約600公尺），9車7傷，封閉", "P0522-0501")
    s.inc("57-B", "traffic_accident", "河南路二段機車自摔輕傷", "P0522-0518")
    s.alternative("台74線匝道口的回堵尾端追撞距第一撞約630公尺、發生在10分鐘後，另有傷者與救護車，也可當成獨立事故處理",
                  [("57-A", "traffic_accident", "中科路口至凱旋路段連環追撞", "P0522-0501"),
                   ("57-B", "traffic_accident", "河南路二段機車自摔", "P0522-0518"),
                   ("57-C", "traffic_accident", "台74線匝道口回堵尾端追撞", "P0522-0507")])
    s.notes = ("The tail crash P0522-0507 is delivered twice. P0522-0513's observed time is 90 s after its arrival (source clock fast). 1999-0522-0417 is delivered "
               "twice. The 11 cm ponding is not a job.")
    return s


def s58():
    s = Sit(58, "campus_graduation_parking", "2016-06-11",
            "週六中國醫藥大學水湳校區畢業典禮，周邊停車滿場、違停、壅塞與人潮；典禮中一名家長穿越經貿路遭機車擦撞",
            "Saturday graduation ceremony at the CMU Shuinan campus. Car parks nearby fill, cars and scooters park "
            "illegally along Jingmao Rd, a bus is blocked, police send officers to manage traffic. A parent crossing "
            "Jingmao Rd at Zhongping is clipped by a scooter (ambulance). A bicycle theft in the north of Central Park "
            "and a streetlight call are background.")
    s.add("pk003-0840", "parking", "full", "08:40:00", sensor="SN-PK-003",
          text="河南路停車場 汽車位已滿", truth="58-A")
    s.add("1999-0611-0250", "1999", "illegal_parking", "08:45:00", pos=(120.65950, 24.17420),
          text="中國醫藥大學水湳校區門口兩側都是違停，公車都過不去", truth="58-A")
    s.add("r-vdzp02-0850", "rule", "congestion", "08:50:00", sensor="SN-VD-ZHONGPING-02", sev="Moderate",
          text="中平路車輛偵測器2 平均車速 12 km/h", truth="58-A")
    s.add("pk005-0852", "parking", "full", "08:52:00", sensor="SN-PK-005",
          text="中央公園地下停車場(南) 汽車位已滿", truth="58-A", alt=None)
    s.add("cctv-011-0855", "cctv", "crowding", "08:55:00", sensor="SN-CCTV-011", pos=(120.66000, 24.17380),
          conf=0.72, text="路口人群聚集", truth="58-A")
    s.add("1999-0611-0254", "1999", "illegal_parking", "09:00:00", pos=(120.65880, 24.17500),
          text="經貿路人行道停滿機車，推娃娃車都過不去", truth="58-A")
    s.add("1999-0611-0257", "1999", "crowding", "09:05:00", pos=(120.66020, 24.17370),
          text="中國醫大畢業典禮人潮很多，經貿路中平路口沒有人指揮交通", truth="58-A")
    s.add("P0611-0120", "incident", "crowd_control", "09:12:00", pos=(120.65980, 24.17400), sev="Minor",
          text="派員至中國醫藥大學水湳校區周邊疏導交通、取締違停", truth="58-A")
    s.add("P0611-0126", "incident", "traffic_accident", "09:40:00", pos=(120.66030, 24.17370), sev="Moderate",
          text="經貿路中平路口 行人（畢業生家長）穿越道路遭機車擦撞 腳部擦傷", truth="58-B", alt="58-A")
    s.add("1999-0611-0263", "1999", "traffic_accident", "09:41:00", pos=(120.66010, 24.17360),
          text="學校門口有人被機車撞到", truth="58-B", alt="58-A")
    s.add("119-0611-0033", "119", "ambulance", "09:43:00", pos=(120.66030, 24.17370),
          text="經貿路中平路口 行人遭機車擦撞 腳部擦傷", truth="58-B", alt="58-A")
    s.add("cctv-011-0944", "cctv", "stalled_vehicle", "09:44:00", sensor="SN-CCTV-011", pos=(120.66040, 24.17360),
          conf=0.55, text="車輛停滯", truth="58-B", alt="58-A")
    s.add("1999-0611-0270", "1999", "streetlight", "10:00:00", pos=(120.65400, 24.19500),
          text="黎明路路燈白天還亮", truth=None)
    s.add("1999-0611-0273", "1999", "noise", "10:30:00", pos=(120.65900, 24.17400),
          text="學校典禮廣播音樂開很大聲，住在對面受不了", truth="58-A")
    s.add("P0611-0140", "incident", "theft", "11:00:00", pos=(120.65600, 24.18800), sev="Minor",
          text="中央公園北側自行車停放區 自行車遭竊 報案", truth=None)
    s.add("cctv-011-1210", "cctv", "crowding", "12:10:00", sensor="SN-CCTV-011", pos=(120.66000, 24.17380),
          conf=0.70, text="路口人群聚集", truth="58-A")
    s.add("r-vdzp02-1220", "rule", "congestion", "12:20:00", sensor="SN-VD-ZHONGPING-02", sev="Moderate",
          text="中平路車輛偵測器2 平均車速 10 km/h", truth="58-A")
    s.inc("58-A", "crowd", "中國醫大水湳校區畢業典禮：停車滿場、違停、壅塞、人潮、派員疏導", "1999-0611-0257")
    s.inc("58-B", "traffic_accident", "經貿路中平路口行人遭機車擦撞擦傷送醫", "P0611-0126")
    s.alternative("行人被撞發生在典禮人潮與違停之中、由同一批疏導警力處理，可併入典禮案件；中央公園南停車場週六滿場不一定與典禮有關",
                  [("58-A", "crowd", "畢業典禮人潮交通案件（含行人擦撞）", "1999-0611-0257")])
    s.notes = ("No permit exists for the ceremony, so the coordinator learns of it from the effects; the crowding call "
               "on top of a full car park, two illegal-parking calls and the Zhongping queue is when a job is opened. "
               "A reported bicycle theft after the fact is a police case, not a coordinated job.")
    return s


def s59():
    s = Sit(59, "sewer_overflow_odour_and_water", "2016-03-15",
            "無雨的週二晚上，經貿路污水幹管阻塞，人孔溢流造成低窪處積水並散發臭味；民眾分別以臭味、疑似瓦斯、積水、水溝倒灌報案",
            "Dry evening. A blocked sewer main under Jingmao Rd surcharges: manholes spill, the Jingmao low-point flood "
            "sensor reads 18 cm with no rain, and residents call about a foul smell (some fear gas). The fire bureau "
            "checks for gas and finds sewer gas only. One sewer job. A water outage 700 m east (water company works), "
            "a noise call and the reclamation centre's usual smell are background.")
    s.add("1999-0315-0911", "1999", "gas_odor", "19:05:00", pos=(120.65990, 24.18300),
          text="經貿路這邊好臭，像水肥的味道", truth="59-A", alt="59-B")
    s.add("1999-0315-0913", "1999", "gas_odor", "19:12:00", pos=(120.65900, 24.18400),
          text="家裡浴室排水孔一直冒臭味上來", truth="59-A", alt="59-B")
    s.add("1999-0315-0915", "1999", "noise", "19:15:00", pos=(120.65600, 24.17600),
          text="公園旁有人練鼓很吵", truth=None)
    s.add("r-fl008-1920", "rule", "flood_depth", "19:20:00", sensor="SN-FL-008", level="16-30",
          text="經貿路低窪處 淹水深度 18 cm", truth="59-A")
    s.add("1999-0315-0918", "1999", "flooding", "19:22:00", pos=(120.65970, 24.18230),
          text="經貿路人孔蓋一直冒水出來，路面都是髒水", truth="59-A")
    s.add("1999-0315-0919", "1999", "blocked_drain", "19:25:00", pos=(120.65940, 24.18180),
          text="水溝倒灌，水都往人行道冒，很臭", truth="59-A")
    s.add("1999-0315-0921", "1999", "gas_odor", "19:28:00", pos=(120.66050, 24.18260),
          text="是不是瓦斯外洩？外面味道很怪", truth="59-A", alt="59-B")
    s.add("P0315-0233", "incident", "flooding_report", "19:30:00", pos=(120.65960, 24.18250), sev="Minor",
          text="經貿路低窪處路面積水約15公分，無降雨，疑似污水人孔溢流", truth="59-A")
    s.add("119-0315-0047", "119", "hazmat", "19:33:00", pos=(120.66030, 24.18270),
          text="經貿路民眾報案疑似瓦斯味 派遣化學車偵測", truth="59-A", alt="59-B")
    s.add("r-vdjm02-1940", "rule", "congestion", "19:40:00", sensor="SN-VD-JINGMAO-02", sev="Minor",
          text="經貿路車輛偵測器2 平均車速 19 km/h", truth="59-A", alt=None)
    s.add("119-0315-0047@closed", "119", "hazmat", "19:45:00", pos=(120.66030, 24.18270), follows="119-0315-0047",
          text="到場偵測無可燃性氣體，研判為污水下水道臭氣，移交水利局", truth="59-A", alt="59-B")
    s.add("P0315-0239", "incident", "road_closure", "19:50:00", pos=(120.65960, 24.18250), sev="Minor",
          follows="P0315-0233", text="經貿路外側車道封閉，下水道工程車抽水疏通作業", truth="59-A")
    s.add("1999-0315-0930", "1999", "water_outage", "20:00:00", pos=(120.66600, 24.17900),
          text="家裡突然停水，自來水公司說管線搶修", truth=None)
    s.add("r-fl008-2010", "rule", "flood_depth", "20:10:00", sensor="SN-FL-008", level="1-15",
          text="經貿路低窪處 淹水深度 6 cm（退水中）", truth="59-A")
    s.add("1999-0315-0936", "1999", "gas_odor", "20:40:00", pos=(120.65920, 24.17700),
          text="水資源回收中心附近還是有臭味", truth=None)
    s.inc("59-A", "infrastructure", "經貿路污水幹管阻塞人孔溢流：路面污水積水、臭味、車道封閉疏通", "1999-0315-0918")
    s.alternative("「臭味／疑似瓦斯」報案由消防局以瓦斯外洩流程另案處理，與積水案件分開；低窪處壅塞亦可能與積水無關",
                  [("59-A", "infrastructure", "經貿路人孔溢流積水", "1999-0315-0918"),
                   ("59-B", "hazmat", "經貿路疑似瓦斯味（偵測後排除）", "1999-0315-0911")])
    s.notes = ("The sufficient item is the manhole-spilling call: with the flood sensor at 18 cm on a dry evening and two "
               "odour calls before it, the coordinator knows it is the sewer. The first two odour calls alone would go "
               "to environmental protection as a routine complaint. Type infrastructure (a sewer failure), not flood.")
    return s


def s60():
    s = Sit(60, "elderly_missing_found", "2016-12-10",
            "週六下午82歲失智長者於中央公園北側走失，家屬報案協尋，約90分鐘後於河南路停車場旁尋獲送醫檢查",
            "An 82-year-old man with dementia wanders off from his family near the north of Central Park. Police "
            "search the park, a passer-by reports a lost-looking old man near the Henan Rd car park 1.5 km south, "
            "police find him with a grazed leg and an ambulance takes him for a check. Weekend crowds and a full car "
            "park are background; a fender-bender at Huanzhong/Jingmao later is separate.")
    s.add("1999-1210-0640", "1999", "other", "15:20:00", pos=(120.65650, 24.18900),
          text="我爸爸82歲有失智，在中央公園綠美圖這邊走失了，穿灰色外套、戴帽子", truth="60-A")
    s.add("P1210-0301", "incident", "other", "15:24:00", pos=(120.65650, 24.18880), sev="Moderate",
          text="中央公園北側 82歲失智老翁走失協尋，轄區警力及義警搜尋中", truth="60-A")
    s.add("cctv-006-1530", "cctv", "crowding", "15:30:00", sensor="SN-CCTV-006", conf=0.62,
          text="路口人群聚集", truth=None)
    s.add("pk004-1550", "parking", "full", "15:50:00", sensor="SN-PK-004",
          text="中央公園地下停車場(北) 汽車位已滿", truth=None)
    s.add("P1210-0309", "incident", "other", "16:05:00", pos=(120.65650, 24.18880), sev="Moderate",
          follows="P1210-0301", text="擴大搜尋範圍至中央公園南側、河南路、中平路一帶，調閱監視器", truth="60-A")
    s.add("1999-1210-0655", "1999", "other", "16:40:00", pos=(120.65400, 24.17600),
          text="河南路停車場附近有一位老先生在路邊走來走去，好像迷路了", truth="60-A")
    s.add("P1210-0316", "incident", "medical", "16:48:00", pos=(120.65320, 24.17520), sev="Minor",
          follows="P1210-0301", text="於河南路停車場旁尋獲走失老翁，意識清楚，腿部擦傷", truth="60-A")
    s.add("119-1210-0072", "119", "ambulance", "16:52:00", pos=(120.65320, 24.17520),
          text="走失老翁腿部擦傷，送醫檢查，家屬陪同", truth="60-A")
    s.add("1999-1210-0661", "1999", "streetlight", "17:10:00", pos=(120.65600, 24.18200),
          text="中央公園步道路燈不亮", truth=None)
    s.add("P1210-0322", "incident", "traffic_accident", "17:30:00", pos=(120.65350, 24.19840), sev="Minor",
          text="環中路二段經貿路口 兩車擦撞無人受傷", truth="60-B")
    s.inc("60-A", "public_safety", "失智長者中央公園走失協尋，於河南路停車場旁尋獲送醫", "1999-1210-0640")
    s.inc("60-B", "traffic_accident", "環中路經貿路口兩車擦撞無人傷", "P1210-0322")
    s.notes = ("Police category 'other' and 'medical' are used because the police list has no missing-person code. "
               "The sighting 1.5 km away belongs to the search: the description matches and it is how he is found.")
    return s


def s61():
    s = Sit(61, "market_night_many_1999_calls", "2016-07-15",
            "週五深夜水湳市場（中清路二段旁）周邊大量不同類型1999來電；其中一起汽機車碰撞與一起攤位電線走火為真正事件",
            "A Friday night around the Shuinan market beside Zhongqing Rd sec. 2 (position a GUESS). Many 1999 calls "
            "of unrelated kinds within 200 m over four hours: karaoke noise twice, illegal parking, a dark lane, a "
            "greasy blocked drain, a pothole, stray dogs, a water outage, youths drinking, a flashing signal. Only two "
            "are incidents: a car-scooter crash at the market entrance and a small electrical fire in a stall an hour "
            "later. The 1999 update of the crash case arrives in a late batch after midnight.")
    s.add("1999-0715-1101", "1999", "noise", "21:05:00", pos=(120.66680, 24.18120),
          text="市場旁邊KTV唱歌很大聲", truth=None)
    s.add("1999-0715-1104", "1999", "illegal_parking", "21:20:00", pos=(120.66600, 24.18050),
          text="市場口機車亂停，騎樓都過不去", truth=None)
    s.add("1999-0715-1107", "1999", "streetlight", "21:32:00", pos=(120.66720, 24.18150),
          text="市場後面巷子路燈不亮，編號 BT-2213", truth=None)
    s.add("1999-0715-1110", "1999", "traffic_accident", "21:45:00", pos=(120.66520, 24.18200),
          text="中清路市場口機車跟汽車撞，有人倒在地上", truth="61-A")
    s.add("119-0715-0093", "119", "ambulance", "21:46:00", pos=(120.66520, 24.18200),
          text="中清路二段水湳市場前 汽機車碰撞 機車騎士倒地", truth="61-A")
    s.add("P0715-0611", "incident", "traffic_accident", "21:50:00", pos=(120.66510, 24.18210), sev="Moderate",
          text="中清路二段水湳市場前 汽機車碰撞 機車騎士手臂骨折送醫", truth="61-A")
    s.add("r-vdzq02-2152", "rule", "congestion", "21:52:00", sensor="SN-VD-ZHONGQING-02", sev="Minor",
          text="中清路車輛偵測器2 平均車速 21 km/h", truth="61-A", alt=None)
    s.add("1999-0715-1115", "1999", "blocked_drain", "22:10:00", pos=(120.66700, 24.18060),
          text="攤商把油倒進水溝，水溝堵住很臭", truth=None)
    s.add("1999-0715-1118", "1999", "noise", "22:25:00", pos=(120.66670, 24.18130),
          text="KTV還在唱，已經十點半了", truth=None)
    s.add("1999-0715-1121", "1999", "fire_smoke", "22:40:00", pos=(120.66630, 24.18080),
          text="市場裡面有攤位在冒煙，有燒焦味", truth="61-B")
    s.add("119-0715-0097", "119", "fire", "22:42:00", pos=(120.66630, 24.18080),
          text="水湳市場攤位火警 派遣水箱車2", truth="61-B")
    s.add("1999-0715-1123", "1999", "fire_smoke", "22:44:00", pos=(120.66590, 24.18110),
          text="市場鐵捲門裡面有煙跑出來", truth="61-B")
    s.add("119-0715-0097@on_scene", "119", "fire", "22:50:00", pos=(120.66630, 24.18080), follows="119-0715-0097",
          text="攤位延長線電線走火，小火已撲滅，無人受傷", truth="61-B")
    s.add("P0715-0620", "incident", "fire_report", "22:55:00", pos=(120.66620, 24.18090), sev="Minor",
          text="水湳市場攤位火警，協助現場警戒及交通疏導", truth="61-B")
    s.add("1999-0715-1126", "1999", "water_outage", "23:05:00", pos=(120.66750, 24.18000),
          text="家裡停水了", truth=None)
    s.add("1999-0715-1128", "1999", "traffic_signal", "23:10:00", pos=(120.66400, 24.18600),
          text="中清路路口號誌一直閃黃燈", truth=None, alt="61-C")
    s.add("1999-0715-1131", "1999", "crowding", "23:35:00", pos=(120.66560, 24.18160),
          text="市場口一群年輕人聚集喝酒大聲喧嘩", truth=None)
    s.add("1999-0715-1134", "1999", "road_damage", "23:50:00", pos=(120.66550, 24.18000),
          text="市場旁路面有大坑洞，機車差點摔倒", truth=None)
    s.add("1999-0715-1138", "1999", "other", "2016-07-16 00:20:00",
          pos=(120.66700, 24.18200), text="一群流浪狗在追機車", truth=None)
    s.add("1999-0715-1140", "1999", "noise", "2016-07-16 00:45:00", pos=(120.66680, 24.18120),
          text="KTV到半夜還在吵", truth=None)
    s.add("1999-0715-1110@closed", "1999", "traffic_accident", "22:30:00", "2016-07-16 00:50:00",
          pos=(120.66520, 24.18200), follows="1999-0715-1110", text="警方已到場處理，傷者送醫，案件結案", truth="61-A")
    s.inc("61-A", "traffic_accident", "中清路二段水湳市場前汽機車碰撞，騎士骨折送醫", "1999-0715-1110")
    s.inc("61-B", "fire", "水湳市場攤位電線走火小火", "1999-0715-1121")
    s.alternative("深夜路口閃黃燈多半是號誌時制設定，但也可能是號誌故障，需派交通局廠商查看（2小時到場）",
                  [("61-A", "traffic_accident", "市場前汽機車碰撞", "1999-0715-1110"),
                   ("61-B", "fire", "市場攤位電線走火", "1999-0715-1121"),
                   ("61-C", "infrastructure", "中清路路口號誌閃黃燈（疑似故障）", "1999-0715-1128")])
    s.notes = ("Noise, parking, streetlight, drain, pothole, dogs, outage and drinking youths are routine 1999 service "
               "cases routed to a bureau: background, and they must not be merged into the crash or the fire just because "
               "they are within 200 m. The Friday-night Zhongqing queue is attributed to the crash lane closure; the "
               "alternative drops it. The market position is a GUESS.")
    return s


def s62():
    s = Sit(62, "transit_hub_false_alarm_evacuation", "2016-02-06",
            "春節前返鄉尖峰，水湳轉運中心候車大廳偵煙器誤動作，疏散旅客約1500人；疏散中行李遭竊；同時環中路國道客運拋錨",
            "Saturday before Lunar New Year, the transit hub is packed. Steam from the food court sets off a smoke "
            "detector; the hall is evacuated (~1,500 people), the fire bureau finds no fire, false alarm. During the "
            "evacuation a traveller's luggage is stolen (police case). Separately an intercity bus breaks down on "
            "Huanzhong Rd eastbound near Kaixuan and is towed. A full car park, holiday congestion and illegal "
            "drop-offs are background.")
    s.add("pk001-1530", "parking", "full", "15:30:00", sensor="SN-PK-001",
          text="水湳轉運中心停車場 汽車位已滿", truth=None)
    s.add("r-vdhz02-1540", "rule", "congestion", "15:40:00", sensor="SN-VD-HUANZHONG-02", sev="Minor",
          text="環中路車輛偵測器2 平均車速 25 km/h", truth=None)
    s.add("fa001-1602", "fire_alarm", "alarm", "16:02:00", sensor="SN-FA-001",
          text="2F 候車大廳 偵煙探測器動作", truth="62-A")
    s.add("cctv-003-1603", "cctv", "crowding", "16:03:00", sensor="SN-CCTV-003", pos=(120.65270, 24.19750),
          conf=0.81, text="人群聚集（移動中）", truth="62-A")
    s.add("119-0206-0031", "119", "fire", "16:04:00", pos=(120.65280, 24.19720),
          text="水湳轉運中心火警受信總機動作 派遣水箱車2、雲梯車1", truth="62-A")
    s.add("1999-0206-0211", "1999", "crowding", "16:05:00", pos=(120.65300, 24.19760),
          text="轉運站警報一直響，大家都跑到外面，很擠", truth="62-A")
    s.dup("119-0206-0031", "16:06:00")
    s.add("P0206-0144", "incident", "crowd_control", "16:06:30", pos=(120.65300, 24.19760), sev="Moderate",
          text="轉運中心火警廣播，疏散旅客約1500人至戶外廣場，派員管制", truth="62-A")
    s.add("cctv-004-1608", "cctv", "crowding", "16:08:00", sensor="SN-CCTV-004", pos=(120.65330, 24.19820),
          conf=0.66, text="人群聚集", truth="62-A")
    s.add("119-0206-0031@on_scene", "119", "fire", "16:12:00", pos=(120.65280, 24.19720), follows="119-0206-0031",
          text="現場無火煙，為餐飲區蒸氣觸發偵煙探測器，研判誤報", truth="62-A")
    s.add("fa001-1615", "fire_alarm", "normal", "16:15:00", sensor="SN-FA-001", text="復歸", truth="62-A")
    s.add("P0206-0149", "incident", "theft", "16:18:00", pos=(120.65310, 24.19770), sev="Minor",
          text="疏散期間旅客放在候車椅旁行李箱遭竊，報案", truth="62-B", alt="62-A")
    s.add("P0206-0151", "incident", "stalled_vehicle", "16:20:00", pos=(120.64900, 24.19700), sev="Moderate",
          text="國道客運於環中路二段東向凱旋路口東側拋錨，佔用外側車道", truth="62-C")
    s.add("cctv-002-1621", "cctv", "stalled_vehicle", "16:21:00", sensor="SN-CCTV-002", pos=(120.64900, 24.19700),
          conf=0.80, text="車輛停滯", truth="62-C")
    s.add("r-vdhz02-1625", "rule", "congestion", "16:25:00", sensor="SN-VD-HUANZHONG-02", sev="Moderate",
          text="環中路車輛偵測器2 平均車速 8 km/h", truth="62-C", alt=None)
    s.add("119-0206-0031@closed", "119", "fire", "16:30:00", pos=(120.65280, 24.19720), follows="119-0206-0031",
          text="誤報，旅客返回候車大廳，返隊", truth="62-A")
    s.add("1999-0206-0219", "1999", "illegal_parking", "16:35:00", pos=(120.65400, 24.19650),
          text="轉運中心外面接送的車都停在紅線上", truth=None)
    s.add("P0206-0158", "incident", "stalled_vehicle", "16:40:00", pos=(120.64900, 24.19700), sev="Minor",
          follows="P0206-0151", text="拋錨客運拖離，恢復通行", truth="62-C")
    s.add("fa001-1710", "fire_alarm", "fault", "17:10:00", sensor="SN-FA-001",
          text="2F 探測器回路異常（誤報後隔離）", truth="62-A")
    s.inc("62-A", "fire", "水湳轉運中心偵煙器誤報、疏散約1500名旅客（無火災）", "fa001-1602")
    s.inc("62-B", "public_safety", "疏散期間旅客行李遭竊", "P0206-0149")
    s.inc("62-C", "traffic_accident", "環中路二段東向國道客運拋錨佔用車道（交通事件）", "P0206-0151")
    s.alternative("行李竊案發生在疏散過程中，可由現場同一組警力併案處理；環中路壅塞也可能只是返鄉車潮而非拋錨造成",
                  [("62-A", "fire", "轉運中心誤報疏散（含疏散期間竊案）", "fa001-1602"),
                   ("62-C", "traffic_accident", "國道客運拋錨", "P0206-0151")])
    s.notes = ("A false alarm is still an incident: at the panel alarm nobody knows it is false, the fire bureau "
               "responds and 1,500 people are evacuated. The panel fault 55 min later is the isolated detector of the "
               "same event. 119-0206-0031 is delivered twice. The stalled bus is typed traffic_accident because the list "
               "has no separate traffic-obstruction type.")
    return s

SITS = [s57, s58, s59, s60, s61, s62]
