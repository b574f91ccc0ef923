"""Situations 2171-2176 (first half of set o109: nights and weekends)."""
from lib import Situation, SENSORS, routine

S = SENSORS


def inc(label, type_, description, key):
    return {"label": label, "type": type_, "description": description,
            "sufficient_evidence_key": key}


# ----------------------------------------------------------------------------------------
def s2171():
    s = Situation(2171, "night_market", "2016-05-14T17:00",
                  "週六晚間河南路停車場舉辦水湳週末夜市（核准市集，17:00-23:30）。傍晚起停車場客滿、"
                  "河南路與中平路車流變慢，附近居民陸續打1999檢舉機車停滿人行道；20時許夜市內連續發生兩起扒竊，"
                  "員警於21時逮捕扒手；21:20一名女性遊客在攤位前昏倒，119送醫；22時一個炸物攤油鍋起火，"
                  "攤商自行以滅火器撲滅，消防到場確認。收攤後居民抱怨攤商收攤噪音。另有與夜市無關的路燈、"
                  "校區火警受信總機故障與北屯雨量站斷線等背景訊息。")
    M, T, R, F = "2171-market", "2171-pickpocket", "2171-faint", "2171-stall-fire"
    mk = (120.6535, 24.1750)
    permit = s.add("planned_event", "market", 0,
                   "水湳週末夜市（河南路停車場）市集活動，攤位約120攤，預估人潮6,000人，17:00-23:30，"
                   "主辦單位自備交管人員10名", arr=-2 * 1440 - 185, lon=mk[0], lat=mk[1],
                   ends_min=390, radius_m=250, truth=M)
    s.add("rule", "congestion", 70, "環中路車輛偵測器1 平均車速 18 km/h，車流壅塞（週六傍晚車潮）",
          sensor="SN-VD-HUANZHONG-01", sev="Minor", delay=60, truth=None)
    s.add("parking", "full", 100, "河南路停車場 汽車剩餘0格", sensor="SN-PK-003", delay=45, truth=M)
    a = s.add("1999", "illegal_parking", 118,
              "河南路二段人行道整排都是夜市客人的機車，輪椅過不去，請派人開單",
              lon=mk[0] - 0.0009, lat=mk[1] + 0.0012, delay=140, truth=M)
    s.dup(a, 95)
    c1 = s.add("cctv", "crowding", 130, "影像分析：人群聚集（移動中），河南路中平路口往停車場方向行人眾多",
               sensor="SN-CCTV-010", confidence=0.71, delay=12, truth=M)
    s.dup(c1, 30)
    s.add("rule", "congestion", 140, "河南路車輛偵測器2 平均車速 14 km/h，車流壅塞",
          sensor="SN-VD-HENAN-02", sev="Minor", delay=60, truth=M)
    s.add("rule", "congestion", 155, "中平路車輛偵測器1 平均車速 16 km/h，車流壅塞",
          sensor="SN-VD-ZHONGPING-01", sev="Minor", delay=60, truth=M)
    s.add("fire_alarm", "fault", 160, "中國醫藥大學水湳校區 受信總機 第12迴路 斷線故障",
          sensor="SN-FA-010", delay=8, truth=None)
    lon, lat = s.near(mk[0], mk[1], 150, 300)
    s.add("1999", "illegal_parking", 171, "中平路紅線上並排停了好幾台車，公車都靠不了站",
          lon=lon, lat=lat, delay=120, truth=M)
    p1 = s.add("incident", "theft", 195,
               "夜市內女性遊客背包內手機遭竊，報案人於夜市服務站向駐點員警報案，疑嫌為戴黑色鴨舌帽男子",
               lon=mk[0] + 0.0003, lat=mk[1] - 0.0002, sev="Minor", delay=300, truth=T)
    s.add("status", "offline", 200, "北屯雨量站 離線（通訊中斷）", sensor="SN-RG-003",
          reason="comms_lost", delay=20, truth=None)
    p2 = s.add("incident", "theft", 212,
               "夜市第三排攤位前男性遊客皮夾遭竊，被害人描述嫌犯特徵與20:15報案相同",
               lon=mk[0] - 0.0002, lat=mk[1] + 0.0001, sev="Minor", delay=260, truth=T, follows=p1)
    s.add("status", "online", 214, "北屯雨量站 恢復連線", sensor="SN-RG-003", delay=15, truth=None)
    s.add("1999", "streetlight", 230, "中平路往東過經貿路那段路燈不亮，編號0731，很暗",
          lon=120.6632, lat=24.1745, delay=160, truth=None)
    s.add("incident", "theft", 245,
          "員警於夜市出口逮捕扒竊嫌犯1名，起出手機1支、皮夾2只，帶回分局偵辦",
          lon=mk[0] + 0.0008, lat=mk[1] - 0.0006, sev="Minor", delay=420, truth=T, follows=p1)
    fl = (120.6532, 24.1748)
    r1 = s.add("1999", "rescue", 260, "夜市裡面有一個小姐突然昏倒了，叫她沒什麼反應，快叫救護車",
               lon=fl[0] + 0.0002, lat=fl[1] + 0.0001, delay=50, truth=R, alt=M)
    e1 = s.add("119", "ambulance", 261, "河南路停車場夜市 女性約30歲昏倒 意識模糊",
               lon=fl[0], lat=fl[1], delay=20, truth=R, alt=M)
    s.dup(e1, 75)
    s.add("incident", "medical", 264, "夜市內女子昏倒，員警協助排開人群讓救護車進入",
          lon=fl[0] - 0.0001, lat=fl[1], sev="Moderate", delay=180, truth=R, alt=M)
    s.add("119", "ambulance", 269, "救護車到達現場，患者意識恢復，疑似低血糖",
          lon=fl[0], lat=fl[1], status="on_scene", follows=e1, delay=25, truth=R, alt=M)
    s.add("119", "ambulance", 283, "送往中國醫藥大學附設醫院",
          lon=fl[0], lat=fl[1], status="returning", follows=e1, delay=30, truth=R, alt=M)
    sf = (120.6539, 24.1752)
    f1 = s.add("1999", "fire_smoke", 304, "夜市有攤位著火了，一直冒黑煙，大家都在跑",
               lon=sf[0] + 0.0004, lat=sf[1] + 0.0003, delay=45, truth=F)
    e2 = s.add("119", "fire", 305, "河南路停車場夜市 攤位油鍋起火",
               lon=sf[0], lat=sf[1], delay=20, truth=F)
    lon, lat = s.near(sf[0], sf[1], 40, 120)
    s.add("1999", "fire_smoke", 306, "夜市炸物攤起火，煙很大", lon=lon, lat=lat, delay=90, truth=F)
    s.add("incident", "fire_report", 308, "夜市炸物攤油鍋起火，攤商已以滅火器撲滅，現場仍有煙，疏導人群",
          lon=sf[0] - 0.0001, lat=sf[1], sev="Minor", delay=240, truth=F)
    s.add("119", "fire", 312, "消防車到達，火勢已由攤商撲滅，檢查瓦斯桶無外洩",
          lon=sf[0], lat=sf[1], status="on_scene", follows=e2, delay=30, truth=F)
    s.add("119", "fire", 331, "現場處理完畢，返隊", lon=sf[0], lat=sf[1], status="closed",
          follows=e2, delay=40, truth=F)
    n1 = s.add("1999", "noise", 395, "夜市收攤了可是攤商搬東西、推車很大聲，還有人在喊，都快12點了",
               lon=mk[0] + 0.0016, lat=mk[1] + 0.0019, delay=110, truth=M)
    s.add("1999", "noise", 421, "剛剛打過了，收攤的聲音到現在還是很吵，有沒有人要來處理",
          lon=mk[0] + 0.0016, lat=mk[1] + 0.0019, delay=100, truth=M, follows=n1)
    s.add("parking", "empty", 425, "河南路停車場 汽車剩餘296格", sensor="SN-PK-003", delay=50, truth=M)
    s.add("1999", "環境清潔", 440, "夜市結束以後河南路停車場旁邊垃圾丟一地",
          lon=mk[0] - 0.0006, lat=mk[1] - 0.0004, delay=200, truth=None)
    routine(s, 5, 0, 420, avoid=[mk, sf])
    s.incident(M, "planned_event", "水湳週末夜市：核准市集的人潮、停車、違停與收攤噪音，由警察局與交通局依活動計畫處理", permit)
    s.incident(T, "public_safety", "夜市內連續扒竊兩起，同一嫌犯，員警逮捕", p1)
    s.incident(R, "rescue", "夜市內女性遊客昏倒，119送醫", e1)
    s.incident(F, "fire", "夜市炸物攤油鍋起火，攤商自行撲滅，消防到場確認", e2)
    s.alternative(
        "夜市內的昏倒個案也可以視為活動本身的救護勤務：夜市主辦單位與駐點員警本來就在現場處理，協調員不另開一案，"
        "只在夜市活動案下派救護車。",
        [inc(M, "planned_event", "水湳週末夜市，含場內救護", permit),
         inc(T, "public_safety", "夜市內連續扒竊兩起，同一嫌犯，員警逮捕", p1),
         inc(F, "fire", "夜市炸物攤油鍋起火，攤商自行撲滅，消防到場確認", e2)])
    return s.write()


# ----------------------------------------------------------------------------------------
def s2172():
    s = Situation(2172, "drunk_crash_flight", "2016-05-22T02:00",
                  "週日凌晨2點07分，一輛白色轎車在中清路環中路口闖紅燈撞上計程車後再撞倒號誌桿，"
                  "駕駛下車往經貿路方向逃逸；路口監視器偵測事故、號誌故障，超商店員與計程車同業打1999，"
                  "店員又再打一次催救護車。119送計程車司機就醫，警方封閉內側車道，02:31在經貿路黎明路口附近"
                  "尋獲酒駕肇逃駕駛。號誌到清晨才由廠商換修。04時臺灣大道環中路口另有兩部機車自摔，與前案無關。")
    C, B, G = "2172-crash-flight", "2172-blvd-scooters", "2172-signal-repair"
    x = (120.6573, 24.1989)
    s.add("status", "offline", -40, "臺中市中科路環中路口 路口監視器 離線（通訊中斷）",
          sensor="SN-CCTV-003", reason="comms_lost", delay=10, truth=None)
    s.add("status", "online", -34, "中科路/環中路二段 路口監視器 恢復連線", sensor="SN-CCTV-003",
          delay=10, truth=None)
    c1 = s.add("cctv", "accident", 7.3, "影像分析：路口車輛碰撞，一車停於路口中央",
               sensor="SN-CCTV-008", confidence=0.83, delay=9, truth=C)
    s.dup(c1, 40)
    g0 = s.add("signal", "fault", 7.4, "中清路/環中路 號誌控制器 燈頭回授異常（全部燈號失效）",
          sensor="SN-SIG-008", delay=6, truth=C, alt=G)
    a1 = s.add("1999", "traffic_accident", 8.5,
               "中清環中路口兩台車相撞，白色的車又撞到紅綠燈桿，開車的男的下車往經貿路那邊跑掉了",
               lon=x[0] + 0.0004, lat=x[1] - 0.0003, delay=95, truth=C)
    e1 = s.add("119", "ambulance", 9, "中清路環中路口車禍 計程車司機頭部流血 1人",
               lon=x[0], lat=x[1], delay=15, truth=C)
    lon, lat = s.near(x[0], x[1], 30, 80)
    s.add("1999", "traffic_accident", 10,
          "我是計程車司機，同事在中清環中路口被撞，對方撞完就跑了，請快來", lon=lon, lat=lat,
          delay=130, truth=C)
    pc = s.add("incident", "injury_accident", 14,
          "白色自小客車沿環中路闖紅燈與計程車碰撞後撞倒號誌桿，肇事駕駛棄車逃逸，車內發現酒瓶",
          lon=x[0] - 0.0001, lat=x[1], sev="Severe", delay=200, truth=C)
    s.add("119", "ambulance", 16, "救護車到達現場，計程車司機頭部撕裂傷意識清楚",
          lon=x[0], lat=x[1], status="on_scene", follows=e1, delay=20, truth=C)
    s.dup(e1, 480)  # the dispatch redelivered after the 119 gateway reconnected
    pr = s.add("incident", "road_closure", 20, "中清路往北內側車道及環中路口封閉處理事故，請改道",
          lon=x[0] + 0.0001, lat=x[1] + 0.0002, sev="Moderate", delay=150, truth=C)
    s.add("1999", "traffic_accident", 22,
          "剛剛打過了，警察到了可是救護車還沒走，計程車司機一直在流血，還有那個跑掉的男的好像喝醉了",
          lon=x[0] + 0.0004, lat=x[1] - 0.0003, delay=70, truth=C, follows=a1)
    s.add("rule", "congestion", 25, "環中路車輛偵測器3 平均車速 21 km/h，車流變慢",
          sensor="SN-VD-HUANZHONG-03", sev="Minor", delay=60, truth=C)
    s.add("incident", "other", 31,
          "肇逃駕駛於經貿路二段黎明路口附近尋獲，酒測值0.82 mg/L，以公共危險罪現行犯逮捕",
          lon=120.6553, lat=24.1957, sev="Moderate", delay=330, truth=C,
          follows=pc)
    s.add("119", "ambulance", 36, "送往中國醫藥大學附設醫院", lon=x[0], lat=x[1],
          status="returning", follows=e1, delay=25, truth=C)
    s.add("cctv", "stalled_vehicle", 21, "影像分析：車輛停滯（路口中央兩車）", sensor="SN-CCTV-008",
          confidence=0.91, delay=9, truth=C)
    s.add("1999", "noise", 40, "樓下有一群人在喝酒唱歌，很吵，凌晨兩點多了",
          lon=120.6591, lat=24.1843, delay=150, truth=None)
    s.add("1999", "traffic_signal", 70,
          "中清環中路口紅綠燈都沒亮，剛剛好像有車禍，路口很危險",
          lon=x[0] - 0.0006, lat=x[1] + 0.0004, delay=120, truth=C, alt=G)
    s.add("1999", "streetlight", 84, "經貿路二段路燈一盞不亮，燈桿編號1142",
          lon=120.6563, lat=24.1933, delay=180, truth=None)
    s.add("incident", "road_reopened", 95, "事故車輛拖離，中清路內側車道恢復通行，路口由員警指揮至號誌修復",
          lon=x[0] + 0.0001, lat=x[1] + 0.0002, sev="Minor", delay=140, truth=C,
          follows=pr)
    bx = (120.6325, 24.1752)
    b1 = s.add("cctv", "accident", 130, "影像分析：路口機車倒地", sensor="SN-CCTV-009",
               confidence=0.55, delay=11, truth=B)
    s.add("incident", "accident", 137, "臺灣大道環中路口兩部機車擦撞自摔，騎士輕微擦傷，拒絕送醫",
          lon=bx[0], lat=bx[1], sev="Minor", delay=260, truth=B)
    s.add("1999", "traffic_accident", 132, "臺灣大道環中路口兩台機車倒在路上",
          lon=bx[0] + 0.0005, lat=bx[1] - 0.0002, delay=110, truth=B)
    s.add("signal", "restored", 170, "中清路/環中路 號誌恢復正常運作（更換燈頭及控制板）",
          sensor="SN-SIG-008", delay=7, truth=C, alt=G)
    routine(s, 5, -50, 170, avoid=[x, bx, (120.6553, 24.1957)])
    s.incident(C, "traffic", "中清環中路口酒駕撞計程車及號誌桿後肇逃，救護送醫、封閉車道、逮捕駕駛、號誌換修", c1)
    s.incident(B, "traffic", "臺灣大道環中路口兩機車擦撞自摔", b1)
    s.alternative(
        "號誌桿被撞後的號誌故障也可以另開一案：交通局號誌廠商2小時內到場的維修派工，與警方的事故處理是兩件工作，"
        "到清晨號誌恢復時事故早已結案。",
        [inc(C, "traffic", "中清環中路口酒駕撞計程車後肇逃，救護、封閉車道、逮捕駕駛", c1),
         inc(B, "traffic", "臺灣大道環中路口兩機車擦撞自摔", b1),
         inc(G, "infrastructure", "中清環中路口號誌桿撞損，廠商換修燈頭與控制板", g0)])
    return s.write()


# ----------------------------------------------------------------------------------------
def s2173():
    s = Situation(2173, "bar_fight", "2016-06-04T00:00",
                  "週六凌晨黎明路三段一家酒吧門口，先是樓上住戶抱怨喧嘩，01:12爆發5、6名男子互毆，"
                  "一人頭部遭酒瓶砸傷由119送醫，員警帶回3人；02:05同一群人回到巷口再度叫囂，警方再派員處理。"
                  "同時段轉運中心候車區有一名酒醉女子倒臥，另案由119處理。其他是轉運中心火警受信總機迴路故障、"
                  "酒吧客人違停與別處的住戶噪音。")
    F, H, F2 = "2173-bar-fight", "2173-drunk-hub", "2173-fight-again"
    bar = (120.6530, 24.1950)
    s.add("fire_alarm", "fault", 20, "水湳轉運中心 受信總機 第3迴路 斷線", sensor="SN-FA-001",
          delay=7, truth=None)
    n1 = s.add("1999", "noise", 40, "樓下酒吧門口一群人在那邊大聲吵，講話很大聲還一直拍車子",
               lon=bar[0] + 0.0002, lat=bar[1] + 0.0003, delay=120, truth=F)
    s.add("fire_alarm", "normal", 50, "水湳轉運中心 受信總機 復歸", sensor="SN-FA-001", delay=7,
          truth=None)
    o1 = s.add("1999", "other", 72, "酒吧外面有人在打架，好幾個人，好像有人拿酒瓶",
               lon=bar[0] - 0.0003, lat=bar[1] - 0.0003, delay=60, truth=F)
    p1 = s.add("incident", "public_disturbance", 73,
               "黎明路三段酒吧前5、6名男子互毆，派遣2組警力前往", lon=bar[0], lat=bar[1],
               sev="Moderate", delay=90, truth=F)
    c1 = s.add("cctv", "crowding", 74, "影像分析：人群聚集（停留），黎明路西側人行道",
               sensor="SN-CCTV-005", confidence=0.64, delay=10, truth=F)
    s.add("1999", "other", 75, "打架打到有人倒在地上流血了，快點來",
          lon=bar[0] + 0.0004, lat=bar[1] - 0.0001, delay=55, truth=F)
    s.add("1999", "other", 74.5, "我是酒吧老闆，店門口客人打起來了，已經有人報警，拜託快點",
          lon=bar[0], lat=bar[1], delay=80, truth=F)
    e1 = s.add("119", "ambulance", 76, "黎明路三段酒吧前 男子頭部遭酒瓶砸傷流血",
               lon=bar[0], lat=bar[1], delay=18, truth=F)
    s.dup(e1, 100)
    s.add("119", "ambulance", 83, "救護車到達，傷者頭部撕裂傷約5公分，意識清楚", lon=bar[0], lat=bar[1],
          status="on_scene", follows=e1, delay=20, truth=F)
    s.add("incident", "public_disturbance", 85, "員警到場時部分人已離開，帶回互毆雙方共3人，現場尚有圍觀民眾",
          lon=bar[0], lat=bar[1], sev="Moderate", delay=240, truth=F, follows=p1)
    s.dup(c1, 600)  # camera batch resent after its uplink came back
    s.add("1999", "illegal_parking", 90, "酒吧門口的車都停在紅線上，把路口擋住了",
          lon=bar[0] - 0.0002, lat=bar[1] + 0.0001, delay=150, truth=None)
    hub = (120.6530, 24.1974)
    h1 = s.add("incident", "medical", 110, "女子酒醉倒臥轉運中心候車區長椅，意識尚清楚，通知救護",
               lon=hub[0], lat=hub[1], sev="Minor", delay=150, truth=H)
    e2 = s.add("119", "ambulance", 111, "水湳轉運中心 女子酒醉 需協助", lon=hub[0], lat=hub[1],
               delay=20, truth=H)
    s.add("119", "ambulance", 108, "救護車返隊（傷者已送中國醫藥大學附設醫院）", lon=bar[0], lat=bar[1],
          status="returning", follows=e1, delay=240, truth=F)
    s.add("119", "ambulance", 119, "到達轉運中心，女子由友人陪同，拒絕送醫", lon=hub[0], lat=hub[1],
          status="closed", follows=e2, delay=25, truth=H)
    o2 = s.add("1999", "other", 125, "剛剛打架那群人又回來了，在巷口叫囂，還在踢機車",
               lon=bar[0] - 0.0003, lat=bar[1] - 0.0003, delay=70, truth=F, alt=F2, follows=o1)
    p4 = s.add("incident", "public_disturbance", 128, "同一群人再度於巷口叫囂滋擾，再派2組警力到場驅離",
          lon=bar[0] + 0.0001, lat=bar[1] - 0.0002, sev="Moderate", delay=210, truth=F, alt=F2,
          follows=p1)
    s.add("cctv", "crowding", 129, "影像分析：人群聚集（停留）", sensor="SN-CCTV-005", confidence=0.58,
          delay=12, truth=F, alt=F2)
    s.add("1999", "noise", 150, "一群人騎機車離開一直催油門，很吵", lon=bar[0] + 0.0007,
          lat=bar[1] + 0.0002, delay=140, truth=None)
    s.add("incident", "public_disturbance", 152, "滋擾人員已驅離，現場恢復平靜", lon=bar[0], lat=bar[1],
          sev="Minor", delay=200, truth=F, alt=F2, follows=p4)
    s.add("1999", "noise", 190, "樓上鄰居半夜開派對，音樂很大聲", lon=120.6592, lat=24.1812,
          delay=130, truth=None)
    routine(s, 4, 0, 200, avoid=[bar, hub])
    s.incident(F, "public_safety", "黎明路三段酒吧前互毆，一人遭酒瓶砸傷送醫，帶回3人，事後同一群人回來叫囂再驅離", p1)
    s.incident(H, "rescue", "轉運中心候車區酒醉女子倒臥，救護到場後拒絕送醫", h1)
    s.alternative(
        "02:05同一群人回到巷口叫囂時，第一案已經結束（傷者送醫、3人帶回），分局另派警力處理，"
        "協調員可能把它當成新的滋擾案件另開一案。",
        [inc(F, "public_safety", "黎明路三段酒吧前互毆，一人遭酒瓶砸傷送醫，帶回3人", p1),
         inc(H, "rescue", "轉運中心候車區酒醉女子倒臥，救護到場後拒絕送醫", h1),
         inc(F2, "public_safety", "同一群人回到巷口再度叫囂，警方驅離", o2)])
    return s.write()


# ----------------------------------------------------------------------------------------
def s2174():
    s = Situation(2174, "fireworks_noise", "2016-07-02T19:00",
                  "週六晚上中央公園舉辦夏日音樂煙火晚會（核准，當天下午變更煙火時間延至21:00，活動至21:45），"
                  "公園南北停車場客滿、周邊違停、散場時經貿路與中科路車多，一名觀眾扭傷由救護車處理。"
                  "23時過後，一群青少年在中科路旁空地自行燃放沖天炮，附近住戶接連打1999抱怨，員警前往；"
                  "23:40沖天炮引燃空地雜草，消防到場撲滅，煙飄進逢甲水湳校區使偵煙器動作。另有號誌短暫故障等背景訊息。")
    P, I, G, R = "2174-festival", "2174-illegal-fireworks", "2174-grass-fire", "2174-ankle"
    park = (120.6565, 24.1830)
    permit = s.add("planned_event", "festival", 0,
                   "水湳中央公園夏日音樂煙火晚會，19:00-21:30，預估人潮15,000人，煙火施放20:45",
                   arr=-12 * 1440, lon=park[0], lat=park[1], ends_min=150, radius_m=450, truth=P)
    s.add("planned_event", "festival", 0,
          "水湳中央公園夏日音樂煙火晚會（變更）：煙火施放改為21:00，活動延至21:45",
          arr=-185, lon=park[0], lat=park[1], ends_min=165, radius_m=450,
          permit_status="amended", follows=permit, truth=P)
    s.add("parking", "full", 38, "中央公園地下停車場(北) 汽車剩餘0格", sensor="SN-PK-004", delay=40,
          truth=P)
    s.add("parking", "full", 52, "中央公園地下停車場(南) 汽車剩餘0格", sensor="SN-PK-005", delay=40,
          truth=P)
    lon, lat = s.near(120.6585, 24.1860, 20, 80)
    s.add("1999", "illegal_parking", 80, "敦化路路邊一整排並排停車，還有停在公車站",
          lon=lon, lat=lat, delay=150, truth=P)
    s.add("1999", "noise", 125, "公園在放煙火很大聲，我家的狗嚇到一直叫，可以提早結束嗎",
          lon=120.6598, lat=24.1808, delay=90, truth=P)
    e0 = s.add("119", "ambulance", 138, "中央公園煙火晚會 觀眾女性腳踝扭傷無法行走",
               lon=120.6561, lat=24.1822, delay=20, truth=R)
    s.add("119", "ambulance", 147, "到達，冰敷固定後送醫", lon=120.6561, lat=24.1822, status="on_scene",
          follows=e0, delay=25, truth=R)
    s.add("rule", "congestion", 170, "經貿路車輛偵測器2 平均車速 11 km/h，車流壅塞",
          sensor="SN-VD-JINGMAO-02", sev="Moderate", delay=60, truth=P)
    s.add("rule", "congestion", 173, "中科路車輛偵測器1 平均車速 15 km/h，車流壅塞",
          sensor="SN-VD-ZHONGKE-01", sev="Minor", delay=60, truth=P)
    lon, lat = s.near(120.6595, 24.1850, 20, 60)
    s.add("1999", "crowding", 171, "散場的人全部擠在經貿路口過馬路，沒有人在指揮交通，很危險",
          lon=lon, lat=lat, delay=100, truth=P)
    s.add("signal", "fault", 185, "經貿路二段/經貿七路 號誌 通訊逾時", sensor="SN-SIG-006", delay=8,
          truth=None)
    s.add("signal", "restored", 187, "經貿路二段/經貿七路 號誌 恢復正常", sensor="SN-SIG-006", delay=8,
          truth=None)
    s.add("1999", "環境清潔", 190, "公園活動散場垃圾丟得到處都是", lon=120.6560, lat=24.1845,
          delay=220, truth=None)
    lot = (120.6525, 24.1800)
    n1 = s.add("1999", "noise", 255, "中科路那邊空地有人在放沖天炮，一直放，很吵，都11點多了",
               lon=120.6512, lat=24.1812, delay=120, truth=I, alt=G)
    lon, lat = s.near(lot[0], lot[1], 150, 250)
    s.add("1999", "noise", 262, "一群年輕人在空地放鞭炮，放了快半小時，小孩都被吵醒",
          lon=lon, lat=lat, delay=100, truth=I, alt=G)
    p1 = s.add("incident", "public_disturbance", 268, "民眾反映中科路旁空地青少年燃放爆竹，派員前往勸導",
               lon=lot[0], lat=lot[1], sev="Minor", delay=150, truth=I, alt=G)
    s.add("1999", "noise", 271, "剛剛打過了，還在放，警察有要來嗎",
          lon=120.6512, lat=24.1812, delay=90, truth=I, alt=G, follows=n1)
    gf = (120.6521, 24.1797)
    f1 = s.add("1999", "fire_smoke", 281, "中科路旁邊空地草燒起來了，火蠻大的",
               lon=gf[0] - 0.0004, lat=gf[1] - 0.0003, delay=60, truth=G)
    e1 = s.add("119", "fire", 282, "中科路旁空地雜草火警", lon=gf[0], lat=gf[1], delay=18, truth=G)
    s.add("incident", "fire_report", 284, "員警到場發現空地雜草遭爆竹引燃，青少年已逃離，已通報消防",
          lon=gf[0] + 0.0001, lat=gf[1] + 0.0002, sev="Moderate", delay=180, truth=G, follows=p1)
    s.dup(e1, 60)
    s.add("fire_alarm", "alarm", 286, "逢甲大學水湳校區 3F 走廊 偵煙器動作", sensor="SN-FA-009",
          delay=6, truth=G)
    s.add("119", "fire", 290, "消防車到達，空地雜草延燒約30平方公尺，佈線撲滅中", lon=gf[0], lat=gf[1],
          status="on_scene", follows=e1, delay=20, truth=G)
    s.add("1999", "fire_smoke", 292, "宿舍這邊都是煙味，窗戶外面一直飄煙進來",
          lon=120.6521, lat=24.1792, delay=80, truth=G)
    s.add("fire_alarm", "normal", 298, "逢甲大學水湳校區 受信總機 復歸", sensor="SN-FA-009", delay=6,
          truth=G)
    s.add("119", "fire", 310, "火勢撲滅，返隊", lon=gf[0], lat=gf[1], status="closed", follows=e1,
          delay=35, truth=G)
    routine(s, 5, 0, 300, avoid=[park, lot])
    s.incident(P, "planned_event", "中央公園夏日音樂煙火晚會：停車、違停、散場車流與人潮", permit)
    s.incident(R, "rescue", "晚會觀眾腳踝扭傷送醫", e0)
    s.incident(I, "public_safety", "中科路旁空地青少年深夜燃放沖天炮，員警勸導", p1)
    s.incident(G, "fire", "沖天炮引燃中科路旁空地雜草，消防撲滅，煙飄入逢甲水湳校區", e1)
    s.alternative(
        "燃放爆竹與它引燃的草火是同一群人、同一塊空地、前後25分鐘：協調員可以一開始就把爆竹當成火災風險，"
        "派員警與消防同一案處理，草火只是這一案的升級。",
        [inc(P, "planned_event", "中央公園夏日音樂煙火晚會：停車、違停、散場車流與人潮", permit),
         inc(R, "rescue", "晚會觀眾腳踝扭傷送醫", e0),
         inc(G, "fire", "中科路旁空地燃放爆竹並引燃雜草，員警與消防同一案處理", p1)])
    return s.write()


# ----------------------------------------------------------------------------------------
def s2175():
    s = Situation(2175, "kitchen_fire_3am", "2016-07-17T02:00",
                  "週日凌晨3點，水湳生態住宅B區7樓一戶爐火未關、鍋具起火延燒廚房。受信總機兩個偵煙器先後動作，"
                  "住戶與對面大樓的人打1999，119出動，員警協助疏散6至9樓約40人，一位老婦人吸入濃煙送醫，"
                  "一位女兒從外地打來問母親是否平安。04時火勢撲滅、總機復歸。同一時段對街經貿路低窪處的淹水感測器"
                  "因電池電量低整晚反覆離線、上線，中心規則在連續離線10分鐘後發出設備離線告警。")
    K, B = "2175-kitchen-fire", "2175-fl008-battery"
    bb = (120.6590, 24.1816)
    fl = "SN-FL-008"
    flap = [(-20, "offline"), (-8, "online"), (5, "offline"), (13, "online"), (31, "offline"),
            (44, "online"), (110, "offline"), (139, "online"), (150, "offline")]
    first_alert = None
    for m, st in flap:
        if st == "offline":
            s.add("status", "offline", m, "經貿路低窪處淹水感測器 離線（電池電量低）", sensor=fl,
                  reason="battery_low", delay=4, truth=B, alt=None)
        else:
            s.add("status", "online", m, "經貿路低窪處淹水感測器 恢復連線", sensor=fl, delay=4,
                  truth=B, alt=None)
    first_alert = s.add("rule", "sensor_offline", 41, "經貿路低窪處淹水感測器 連續10分鐘未回傳",
                        sensor=fl, sev="Minor", delay=3, truth=B, alt=None)
    s.add("rule", "sensor_offline", 120, "經貿路低窪處淹水感測器 連續10分鐘未回傳",
          sensor=fl, sev="Minor", delay=3, truth=B, alt=None)
    a1 = s.add("fire_alarm", "alarm", 62, "水湳生態住宅B區 7F 廚房 偵煙器動作", sensor="SN-FA-012",
               delay=5, truth=K)
    s.dup(a1, 35)
    s.add("1999", "fire_smoke", 64,
          "我住生態住宅B區，樓上很濃的燒焦味，走廊都是煙，警報一直在響",
          lon=bb[0] + 0.0001, lat=bb[1] - 0.0002, delay=45, truth=K)
    e1 = s.add("119", "fire", 64.5, "北屯區敦化路一段 集合住宅 7樓住戶火警", lon=bb[0], lat=bb[1],
               delay=15, truth=K)
    s.add("1999", "fire_smoke", 66, "對面大樓7樓窗戶有火光，一直冒煙",
          lon=120.6600, lat=24.1823, delay=70, truth=K)
    s.add("fire_alarm", "alarm", 67, "水湳生態住宅B區 7F 走廊 偵煙器動作", sensor="SN-FA-012",
          delay=5, truth=K)
    s.dup(e1, 150)
    s.add("incident", "fire_report", 69, "員警先行到場，7樓冒出濃煙，協助住戶往下疏散",
          lon=bb[0], lat=bb[1], sev="Severe", delay=160, truth=K)
    s.add("119", "fire", 71, "到達現場，7樓住戶爐火未關鍋具起火延燒廚房，佈線搶救", lon=bb[0],
          lat=bb[1], status="on_scene", follows=e1, delay=20, truth=K)
    pe = s.add("incident", "evacuation", 74, "疏散6至9樓住戶約40人至一樓中庭", lon=bb[0] - 0.0001,
          lat=bb[1] - 0.0001, sev="Moderate", arr=91, truth=K)  # typed at 03:14, sent 03:31
    e2 = s.add("119", "ambulance", 76, "7樓女性住戶約80歲吸入濃煙，意識清楚", lon=bb[0], lat=bb[1],
               delay=20, truth=K)
    s.add("119", "ambulance", 84, "送往中國醫藥大學附設醫院", lon=bb[0], lat=bb[1],
          status="returning", follows=e2, delay=30, truth=K)
    s.add("1999", "noise", 80, "消防車警笛很大聲，還一直停在路邊按喇叭", lon=120.6590, lat=24.1842,
          delay=160, truth=None)
    s.add("1999", "other", 90, "我媽住生態住宅B區7樓，聽說那邊火災，電話一直打不通，她還好嗎",
          lon=bb[0], lat=bb[1], delay=120, truth=K)
    s.add("fire_alarm", "fault", 95, "水湳生態住宅B區 7F 第5迴路 偵煙器故障（受熱損壞）",
          sensor="SN-FA-012", delay=5, truth=K)
    s.add("119", "fire", 118, "火勢撲滅，廚房燒損約5平方公尺，無人死亡，交由火調人員",
          lon=bb[0], lat=bb[1], status="closed", follows=e1, delay=30, truth=K)
    s.add("fire_alarm", "normal", 125, "水湳生態住宅B區 受信總機 復歸", sensor="SN-FA-012", delay=5,
          truth=K)
    s.add("incident", "other", 135, "除7樓起火戶外，住戶陸續返家，現場由火災調查人員封鎖",
          lon=bb[0], lat=bb[1], sev="Minor", delay=220, truth=K, follows=pe)
    s.add("1999", "streetlight", 30, "中清路往北路燈一整段不亮，要很小心騎", lon=120.6650,
          lat=24.1830, delay=200, truth=None)
    routine(s, 4, -20, 160, avoid=[bb])
    s.incident(K, "fire", "生態住宅B區7樓廚房火警：疏散住戶、一人嗆傷送醫、火勢撲滅", a1)
    s.incident(B, "infrastructure", "經貿路低窪處淹水感測器電池電量低反覆離線，開維修單白天更換電池",
               first_alert)
    s.alternative(
        "晴天凌晨一個淹水感測器電量低反覆離線，沒有人需要出動，只是白天的例行維修：協調員可以不當成一案，"
        "全部視為背景訊息。",
        [inc(K, "fire", "生態住宅B區7樓廚房火警：疏散住戶、一人嗆傷送醫、火勢撲滅", a1)])
    return s.write()


# ----------------------------------------------------------------------------------------
def s2176():
    s = Situation(2176, "gas_smell_restaurants", "2016-08-13T18:00",
                  "週六晚餐時段，中平路經貿路以東的餐廳街陸續有人打1999反映濃濃瓦斯味，119派出危險物品車，"
                  "員警疏散約120名用餐民眾到經貿路口並封閉中平路一段。消防查出餐廳後巷瓦斯管線接頭鬆脫，"
                  "天然氣公司搶修後20:20解除。19:40另有人從水資源回收中心附近打來說有臭味（像水溝），"
                  "21:40河南路中平路口兩部機車擦撞，皆與外洩無關。另有違停與卡拉OK噪音等背景。")
    L, H = "2176-gas-leak", "2176-henan-scooters"
    lk = (120.6632, 24.1744)
    s.add("1999", "illegal_parking", 30, "中平路餐廳門口一整排車停在紅線跟騎樓前面",
          lon=lk[0] + 0.0006, lat=lk[1] + 0.0002, delay=180, truth=None)
    g1 = s.add("1999", "gas_odor", 72, "中平路這排餐廳一直聞到很重的瓦斯味，好幾家都有",
               lon=lk[0] - 0.0004, lat=lk[1] - 0.0002, delay=60, truth=L)
    s.dup(g1, 45)
    lon, lat = s.near(lk[0], lk[1], 60, 120)
    s.add("1999", "gas_odor", 74, "瓦斯味很濃，我們店先把火都關了，客人還在裡面", lon=lon, lat=lat,
          delay=75, truth=L)
    e1 = s.add("119", "hazmat", 75, "中平路餐廳街 瓦斯外洩 多名民眾反映", lon=lk[0], lat=lk[1],
               delay=15, truth=L)
    s.dup(e1, 20)
    lon, lat = s.near(lk[0], lk[1], 100, 160)
    s.add("1999", "gas_odor", 76, "路邊走過去都是瓦斯味，是不是有管線破了", lon=lon, lat=lat,
          delay=90, truth=L)
    s.add("incident", "hazmat_report", 78, "中平路餐廳街民眾反映瓦斯味，員警到場管制人車勿靠近",
          lon=lk[0] - 0.0002, lat=lk[1], sev="Severe", delay=150, truth=L)
    s.add("119", "hazmat", 84, "到達，偵測可燃氣體濃度偏高，疑餐廳後巷瓦斯管線接頭鬆脫，已關閉總開關",
          lon=lk[0], lat=lk[1], status="on_scene", follows=e1, delay=25, truth=L)
    ev = s.add("incident", "evacuation", 86, "疏散中平路餐廳內用餐民眾約120人至經貿路口",
               lon=lk[0] - 0.0010, lat=lk[1] - 0.0003, sev="Moderate", delay=140, truth=L)
    rc = s.add("incident", "road_closure", 88, "中平路經貿路口以東路段雙向封閉，請改道河南路",
               lon=lk[0] - 0.0022, lat=lk[1] - 0.0005, sev="Moderate", delay=130, truth=L)
    s.add("rule", "congestion", 90, "中平路車輛偵測器2 平均車速 9 km/h，車流壅塞",
          sensor="SN-VD-ZHONGPING-02", sev="Moderate", delay=60, truth=L)
    s.add("cctv", "crowding", 93, "影像分析：人群聚集（停留），經貿路中平路口人行道",
          sensor="SN-CCTV-011", confidence=0.69, delay=10, truth=L)
    e3 = s.add("119", "ambulance", 91, "中平路餐廳街 廚師吸入瓦斯頭暈噁心 1人", lon=lk[0] + 0.0001,
               lat=lk[1], delay=20, truth=L)
    s.add("119", "ambulance", 97, "到達，患者意識清楚，給氧後送醫", lon=lk[0] + 0.0001, lat=lk[1],
          status="on_scene", follows=e3, delay=25, truth=L)
    s.add("1999", "other", 95, "中平路怎麼封起來了，公車都不進站，要等多久",
          lon=120.6606, lat=24.1738, delay=120, truth=L)
    s.add("1999", "gas_odor", 100, "經貿路這邊也有一股怪味，臭臭的，像水溝的味道",
          lon=120.6585, lat=24.1775, delay=110, truth=None, alt=L)
    s.add("119", "hazmat", 105, "天然氣公司搶修人員到場更換接頭", lon=lk[0], lat=lk[1],
          status="on_scene", follows=e1, delay=30, truth=L)
    s.add("incident", "road_reopened", 140, "中平路恢復雙向通行", lon=lk[0] - 0.0022,
          lat=lk[1] - 0.0005, sev="Minor", delay=120, truth=L, follows=rc)
    s.add("incident", "other", 146, "疏散民眾返回餐廳，現場解除管制", lon=lk[0] - 0.0010,
          lat=lk[1] - 0.0003, sev="Minor", delay=150, truth=L, follows=ev)
    s.add("119", "hazmat", 140, "管線修復，可燃氣體濃度正常，返隊", lon=lk[0], lat=lk[1],
          status="closed", follows=e1, arr=151, truth=L)
    s.add("1999", "noise", 190, "樓下卡拉OK唱到現在，很吵", lon=120.6645, lat=24.1760, delay=160,
          truth=None)
    hx = (120.6506, 24.1713)
    c1 = s.add("cctv", "accident", 220, "影像分析：路口機車碰撞倒地", sensor="SN-CCTV-010",
               confidence=0.77, delay=10, truth=H)
    s.add("1999", "traffic_accident", 221, "河南路中平路口兩台機車撞到，有人坐在地上",
          lon=hx[0] + 0.0003, lat=hx[1] + 0.0002, delay=90, truth=H)
    s.add("incident", "accident", 228, "河南路中平路口兩部機車擦撞，一人手腳擦傷自行就醫",
          lon=hx[0], lat=hx[1], sev="Minor", delay=240, truth=H)
    routine(s, 5, 0, 240, avoid=[lk, hx, (120.6585, 24.1775)])
    s.incident(L, "hazmat", "中平路餐廳街瓦斯管線接頭鬆脫外洩：疏散用餐民眾、封路、搶修", e1)
    s.incident(H, "traffic", "河南路中平路口兩機車擦撞", c1)
    s.alternative(
        "19:40從經貿路水資源回收中心附近打來的「怪味」案：來電者說像水溝味，但當時外洩正在處理，"
        "相距約550公尺且當晚有東風，協調員也可能把它當作外洩氣味飄散，併入外洩案請危險物品車一併檢測。",
        [inc(L, "hazmat", "中平路餐廳街瓦斯外洩，含經貿路一帶氣味檢測", e1),
         inc(H, "traffic", "河南路中平路口兩機車擦撞", c1)])
    return s.write()


if __name__ == "__main__":
    for f in (s2171, s2172, s2173, s2174, s2175, s2176):
        print(f())
