"""Situations 1497-1502: typhoon night, second half of the set."""
from lib import Sit, SENSORS

def k(s, i):
    return "%d-%03d" % (s.num, i)

def s1497():
    s = Sit(1497, "typhoon_henan_south",
            "颱風夜 20:30-23:30。河南路低窪處淹水，河南路停車場入口進水關閉，河南中平路口號誌機櫃泡水黑燈，"
            "多部機車汽車拋錨在水中，一名機車騎士被困在水中分隔島上，119 救出。中國醫大水湳校區總機報設備故障（地下室進水），"
            "是另一處。1999 有人把河南路說成中平路、說成文心路。")
    H, CM = "HENAN", "CMU"
    s.rain("C0F9T0", 20, "豪雨", None)
    a = s.flood("SN-FL-007", 30, 14, H)
    s.flood("SN-FL-007", 42, 27, H)
    b = s.c1999("flooding", "河南路低窪", 44, H, "河南路停車場前面淹水了，機車都熄火")
    s.inc(H, "flood", "河南路低窪處淹水：停車場關閉、路口號誌黑燈、拋錨車輛、受困騎士救援、封路", b)
    s.add("parking", "closed", 47, H, sid="SN-PK-003", text="入口積水 暫停開放")
    s.flood("SN-FL-007", 55, 41, H)
    s.cam("SN-CCTV-010", "flooding", 56, H, 0.88)
    s.sig("SN-SIG-010", "fault", 58, H, text="機櫃進水 號誌黑燈", alt="SIG10")
    s.off("SN-VD-HENAN-02", 58.2, H, reason="device_fault", alt="SIG10")
    s.off("SN-VD-ZHONGPING-01", 58.3, H, reason="device_fault", alt="SIG10")
    s.cam("SN-CCTV-010", "signal_dark", 59, H, 0.8, alt="SIG10")
    s.pol("stalled_vehicle", "Moderate", "河南中平路口", 61, H, "河南路中平路口汽車 3 部、機車多部拋錨於積水中")
    s.cam("SN-CCTV-010", "stalled_vehicle", 62, H, 0.74)
    s.c1999("flooding", "河南中平路口", 63, H, "中平路淹到膝蓋了，有人牽機車在水裡走")
    s.c1999("traffic_signal", "河南中平路口", 64, H, "河南路中平路口紅綠燈不亮，車子亂鑽", alt="SIG10")
    r = s.d119("rescue", "河南路低窪", 66, H, "河南路中平路口機車騎士受困於分隔島，水深及腰", sev="Severe")
    s.pol("road_closure", "Severe", "河南中平路口", 70, H, "河南路二段（中平路至朝富路）封閉，請改道文心路")
    s.add("119", "rescue", 78, H, place="河南路低窪", text="到場，救出騎士一名無外傷", status="on_scene", follows=r)
    s.c1999("flooding", "河南路北段", 80, H, "文心路河南路口淹水", alt=H)
    s.add("rule", "congestion", 82, H, sid="SN-VD-HENAN-01", sev="Moderate", text="河南路車輛偵測器1 車速下降", alt=None)
    s.c1999("flooding", "河南路停車場", 95, H, "剛剛打過了，河南路到現在還是沒有人來抽水")
    s.dup(k(s, s.n), 1)
    # CMU campus basement
    c1 = s.add("fire_alarm", "fault", 75, CM, sid="SN-FA-010", text="地下室機房進水 迴路異常")
    c2 = s.c1999("flooding", "中國醫水湳", 90, CM, "中國醫大水湳校區地下室進水，警衛在用沙包擋")
    s.inc(CM, "flood", "中國醫大水湳校區地下室進水", c2)
    s.add("fire_alarm", "alarm", 93, CM, sid="SN-FA-010", text="B1 機房偵煙探測器動作（疑進水誤動作）")
    s.d119("fire", "中國醫水湳", 95, CM, "中國醫藥大學水湳校區火警受信總機動作，派遣查看")
    s.add("119", "fire", 110, CM, place="中國醫水湳", text="到場確認為進水誤動作，無火警", status="closed", follows=k(s, s.n))
    # background
    s.c1999("streetlight", "經貿中平路口", 40, None, "經貿路中平路口那盞路燈不亮")
    s.c1999("環境清潔", "回收中心", 100, None, "水資源回收中心旁邊垃圾被風吹得到處都是")
    s.pol("theft", "Minor", "中平路東段", 120, None, "中平路民宅颱風夜機車遭竊")
    s.sig("SN-SIG-010", "restored", 170, H, alt="SIG10")
    s.pol("road_reopened", "Minor", "河南中平路口", 175, H, "河南路二段積水已退，恢復通車", follows=None)
    s.alt_reading("河南中平路口號誌與偵測器泡水（TB-CAB-010）是交通局的搶修，可另開一個號誌案。",
                  {"SIG10": {"label": "SIG10", "type": "traffic", "description": "河南中平路口號誌機櫃泡水黑燈",
                             "sufficient_evidence_key": [i for i in s.items if i.get("truth_alt") == "SIG10"][0]["key"]}})
    s.notes = ["河南路停車場、路口、拋錨、受困騎士、封路：同一處淹水、同一組聯合應變，一案。",
               "「文心路河南路口淹水」其實是河南路低窪處（文心路口沒有感測器淹水）：歸河南路案。",
               "中國醫大火警 alarm：進水誤動作，119 到場確認，與總機 fault 同一案（校區地下室進水）。"]
    s.write()

def s1498():
    s = Sit(1498, "typhoon_eco_a_evacuation_shelter",
            "颱風夜 21:00-01:00。生態住宅A區地下室與一樓進水、停電，區公所與消防疏散住戶到會展中心臨時收容所。"
            "收容所的許可已先核准；會展停車場車位滿、監視器看到人群聚集。一位老人在疏散時走失，警方協尋後找到。")
    EA, SH, MP = "ECOA", "SHELTER", "MISSING"
    p = s.add("planned_event", "event", 0, SH, place="會展中心", text="颱風臨時收容所開設（會展中心B館）",
              ends="2016-09-28T04:00:00Z", radius_m=150, delay=-120, alt=EA)
    s.rain("SN-RG-001", 30, "豪雨", None)
    a = s.add("fire_alarm", "fault", 60, EA, sid="SN-FA-011", text="主電源斷電 地下室進水")
    b = s.c1999("flooding", "生態住宅A", 62, EA, "我們生態住宅A區地下室淹水，電也停了，一樓大廳也開始進水")
    s.inc(EA, "flood", "生態住宅A區地下室及一樓進水、停電，住戶疏散", b)
    ev = s.d119("rescue", "生態住宅A", 65, EA, "生態住宅A區集合住宅進水停電，住戶需協助撤離")
    s.c1999("power_outage", "生態住宅A", 66, EA, "大樓停電以後水塔馬達不能打水，家裡有老人")
    s.pol("evacuation", "Severe", "生態住宅A", 75, EA, "生態住宅A區住戶約 60 人疏散至會展中心收容所")
    s.c1999("evacuation", "生態住宅A", 78, EA, "叫我們撤離，要去哪裡")
    s.add("119", "rescue", 80, EA, place="生態住宅A", text="協助行動不便住戶 4 人撤離", status="on_scene", follows=ev)
    s.add("parking", "full", 95, SH, sid="SN-PK-006", text="車位已滿", alt=EA)
    c = s.cam("SN-CCTV-005", "crowding", 100, SH, 0.6, motion="standing", alt=EA)
    s.c1999("crowding", "會展B館", 105, SH, "會展中心收容所門口排很多人，沒有人在引導", alt=EA)
    s.inc(SH, "crowd", "會展中心臨時收容所人潮、停車已滿", c)
    # missing elder
    m1 = s.pol("missing_person", "Severe", "生態住宅A", 110, MP, "生態住宅A區疏散時 82 歲男性走失，穿灰色外套，失智")
    s.inc(MP, "rescue", "疏散時走失的失智長者協尋", m1)
    s.c1999("missing_person", "綠美圖", 125, MP, "綠美圖門口有個阿伯一直問路，講不清楚要去哪")
    s.pol("missing_person", "Minor", "綠美圖", 135, MP, "走失長者於綠美圖前尋獲，送回收容所", follows=m1)
    # wider flood on 經貿路 (other job)
    j = s.flood("SN-FL-008", 70, 20, "JM", alt=EA)
    s.flood("SN-FL-008", 85, 32, "JM", alt=EA)
    s.pol("flooding_report", "Moderate", "經貿路低窪", 88, "JM", "經貿路生態住宅前積水 30 公分", alt=EA)
    s.inc("JM", "flood", "經貿路低窪處積水", j)
    # background
    s.c1999("noise", "營運塔", 140, None, "營運塔那邊的旗子被風吹得一直啪啪響")
    s.c1999("illegal_parking", "會展中心", 115, SH, "會展中心旁邊車都停在紅線上", alt=None)
    s.off("SN-FA-011", 130, EA, reason="mains_power_lost")
    s.add("fire_alarm", "normal", 230, EA, sid="SN-FA-011", text="復歸")
    s.add("planned_event", "event", 210, SH, place="會展中心", text="收容所延長開設至 9/28 12:00",
          ends="2016-09-28T04:00:00Z", radius_m=150, permit_status="amended", follows=p, alt=EA, clock=-210)
    for it in s.items:
        if it["key"] == s.items[-1]["key"]:
            it["ends"] = "2016-09-28T04:00:00Z"
    s.alt_reading("收容所是疏散的延伸：同一個區公所與消防的疏散作業，收容所人潮、停車滿都屬生態住宅A區的案；"
                  "經貿路低窪積水就在A區前，也可視為同一處淹水。",
                  {SH: None, "JM": None})
    s.notes = ["走失長者：自己一案（警方協尋），即使起因是疏散。",
               "收容所人潮：本解讀另一案（會展中心的收容所管理、交通引導），另一解讀併入住宅疏散案。",
               "經貿路積水：本解讀另一案，另一解讀併入A區淹水。",
               "許可（planned_event）在收容所開設前兩小時送達；變更版 follows 原許可。"]
    s.write()

def s1499():
    s = Sit(1499, "typhoon_fire_on_restore",
            "颱風夜 01:30-03:30。生態住宅B區復電後一戶電器走火，火警總機動作、119 出動；經貿路低窪積水讓消防車繞道。"
            "同時綠美圖總機因停電報故障，營運塔總機報測試。1999 有人聞到燒焦味打成別棟。")
    F, JM, MB = "FIRE_B", "JM", "MB_PWR"
    t = 330
    j1 = s.flood("SN-FL-008", t - 20, 25, JM)
    s.inc(JM, "flood", "經貿路低窪處積水", j1)
    s.pol("road_closure", "Moderate", "經貿路低窪", t - 10, JM, "經貿路低窪路段外側車道封閉")
    a = s.add("fire_alarm", "alarm", t, F, sid="SN-FA-012", text="7F 偵煙探測器動作")
    s.c1999("fire_smoke", "生態住宅B", t + 2, F, "生態住宅B棟七樓有煙跑出來，有燒焦味")
    b = s.d119("fire", "生態住宅B", t + 3, F, "水湳生態住宅B區 7 樓住宅火警，電器走火", sev="Severe")
    s.inc(F, "fire", "生態住宅B區 7 樓住宅火警（復電後電器走火）", b)
    s.c1999("fire_smoke", "生態住宅A", t + 5, F, "生態住宅A區那邊好像失火，煙很大")  # wrong block
    s.pol("fire_report", "Severe", "生態住宅B", t + 6, F, "生態住宅B區火警，協助交管")
    s.add("119", "fire", t + 9, F, place="生態住宅B", text="經貿路積水，車隊改由中科路進入", status="dispatched", follows=b, alt=JM)
    s.add("119", "fire", t + 14, F, place="生態住宅B", text="到場，7 樓一戶冒煙，佈線搶救", status="on_scene", follows=b)
    s.d119("ambulance", "生態住宅B", t + 18, F, "生態住宅B區火警，一名住戶吸入濃煙送醫")
    s.add("119", "fire", t + 35, F, place="生態住宅B", text="火勢撲滅，殘火處理", status="on_scene", follows=b)
    s.add("fire_alarm", "normal", t + 60, F, sid="SN-FA-012", text="復歸")
    s.add("119", "fire", t + 80, F, place="生態住宅B", text="返隊", status="returning", follows=b)
    s.c1999("other", "生態住宅B", t + 50, F, "我家在B區八樓，樓下失火現在能不能回去")
    # museumbrary panel power fault: the night's power cut, its own ticket
    m = s.add("fire_alarm", "fault", t + 8, MB, sid="SN-FA-004", text="市電中斷 主電源異常 預備電源供電中", alt=None)
    s.inc(MB, "infrastructure", "綠美圖總機市電中斷（備援供電）", m)
    s.add("fire_alarm", "fault", t + 70, MB, sid="SN-FA-004", text="預備電源電壓不足", alt=None)
    s.add("fire_alarm", "normal", t + 100, MB, sid="SN-FA-004", text="復歸", alt=None)
    # operations tower test: background
    s.add("fire_alarm", "alarm", t + 20, None, sid="SN-FA-005", text="測試中 消防設備檢修")
    s.add("fire_alarm", "normal", t + 22, None, sid="SN-FA-005", text="測試結束復歸")
    s.flood("SN-FL-008", t + 25, 18, JM)
    s.add("rule", "cleared", t + 90, JM, sid="SN-FL-008", sev="Minor", text="經貿路低窪處 淹水警戒解除")
    s.c1999("streetlight", "經貿路中段", t + 40, None, "經貿路有一盞路燈白天也亮著")
    s.rain("SN-RG-001", t - 30, "大雨", None)
    s.dup(a, 4)
    s.alt_reading("綠美圖總機的停電故障可視為背景（總機有備援電源，只需隔天檢修）；消防車改道的更新仍是火警案，"
                  "另一讀法把它當經貿路積水的影響。",
                  {MB: None})
    s.notes = ["說「生態住宅A區失火」的來電：看到的是B區的煙，歸火警案。",
               "營運塔總機 alarm：測試，背景。",
               "119 改道更新：本解讀火警案；另一解讀歸經貿路積水案（積水的影響）。"]
    s.write()

def s1500():
    s = Sit(1500, "typhoon_transit_hub_stranded",
            "颱風夜 19:30-22:30。客運停駛，水湳轉運中心滯留旅客聚集、停車場滿，轉運中心總機報地下室進水；"
            "一名旅客在候車區昏倒。旁邊中清環中路口地下道也在積水（另一案）。")
    HB, UP, MD = "HUB", "UP", "FAINT"
    t = -30
    s.rain("SN-RG-002", t, "豪雨", None)
    c = s.cam("SN-CCTV-004", "crowding", t + 20, HB, 0.72, motion="standing")
    s.add("parking", "full", t + 22, HB, sid="SN-PK-001", text="車位已滿")
    h = s.c1999("crowding", "轉運中心", t + 25, HB, "水湳轉運站客運都停開了，裡面擠滿人，沒有人廣播說明")
    s.inc(HB, "crowd", "水湳轉運中心客運停駛旅客滯留", h)
    s.pol("crowd_control", "Moderate", "轉運中心", t + 35, HB, "水湳轉運中心旅客滯留約 400 人，派員維持秩序")
    s.add("fire_alarm", "fault", t + 40, HB, sid="SN-FA-001", text="B1 機房進水 迴路異常", alt="HUBWATER")
    s.cam("SN-CCTV-003", "crowding", t + 45, HB, 0.58, motion="moving")
    f = s.d119("ambulance", "轉運中心", t + 50, MD, "水湳轉運中心候車區女性旅客昏倒，意識不清", sev="Moderate", alt=HB)
    s.inc(MD, "rescue", "轉運中心候車區旅客昏倒送醫", f)
    s.add("119", "ambulance", t + 62, MD, place="轉運中心", text="送中國醫藥大學附設醫院", status="returning", follows=f, alt=HB)
    s.c1999("other", "轉運中心", t + 55, HB, "請問今天晚上往台北的客運還有沒有")
    s.add("parking", "full", t + 60, HB, sid="SN-PK-002", text="車位已滿", alt=None)
    s.c1999("illegal_parking", "經貿環中路口", t + 65, HB, "轉運站外面環中路一排車並排停著等人", alt=None)
    # underpass nearby
    u = s.flood("SN-FL-006", t + 70, 20, UP)
    s.flood("SN-FL-006", t + 85, 38, UP)
    s.pol("road_closure", "Severe", "中清環中路口", t + 88, UP, "中清環中地下道封閉")
    s.inc(UP, "flood", "中清環中路口地下道積水封閉", u)
    s.c1999("flooding", "轉運中心", t + 90, UP, "轉運站旁邊那個地下道淹水了，車子不要開下去")
    s.add("rule", "congestion", t + 92, UP, sid="SN-VD-HUANZHONG-03", sev="Moderate", text="環中路車輛偵測器3 車速下降", alt=None)
    # background
    s.add("rule", "congestion", t + 30, None, sid="SN-VD-LIMING-01", sev="Minor", text="黎明路車輛偵測器1 車速下降")
    s.c1999("streetlight", "泰安國小", t + 100, None, "泰安國小旁邊一盞路燈不亮")
    s.add("parking", "empty", t + 170, HB, sid="SN-PK-001", text="旅客已離開 車位淨空", alt=None)
    s.pol("crowd_control", "Minor", "轉運中心", t + 160, HB, "轉運中心滯留旅客已由加開接駁疏運完畢")
    s.alt_reading("候車區昏倒的旅客是滯留人潮的一部分（同一批警力與站方處理）；轉運中心總機的進水故障是另一件設施案。",
                  {MD: None, "HUBWATER": {"label": "HUBWATER", "type": "infrastructure", "description": "轉運中心 B1 機房進水",
                                          "sufficient_evidence_key": [i for i in s.items if i.get("truth_alt") == "HUBWATER"][0]["key"]}})
    s.notes = ["經貿六停車場也滿：本解讀屬轉運中心滯留（接人車輛），另一解讀背景。",
               "轉運站外並排停車：本解讀屬滯留（來接旅客），另一解讀背景。",
               "昏倒旅客：本解讀另一個救護案，另一解讀併入滯留。",
               "地下道：旁邊但是另一件事；說「轉運站旁邊那個地下道」的來電歸地下道案。"]
    s.write()

def s1501():
    s = Sit(1501, "typhoon_full_night_clocks",
            "颱風最強的三小時 (22:00-01:00)：黎明凱旋低窪、中清環中地下道、經貿路低窪、河南路低窪同時積水，"
            "北滯洪池達一級警戒；黎明凱旋路口號誌控制器時鐘錯 8 小時（把當地時間當 UTC），"
            "一批 1999 案件在系統恢復後 40 分鐘才補送並重複送達；臺灣大道環中路口地下道（區外）也積水。")
    LK, UP, JM, HN, PD, TW = "LK", "UP", "JM", "HN", "POND_N", "TWBLVD"
    t = 120
    for sid, cls, tt in [("C0F9T0", "大豪雨", t), ("SN-RG-001", "大豪雨", t + 3), ("SN-RG-002", "豪雨", t + 4)]:
        s.rain(sid, tt, cls, None)
    # LK with wrong clock signal
    a = s.flood("SN-FL-009", t + 5, 18, LK)
    s.inc(LK, "flood", "黎明凱旋路口低窪積水（含號誌故障）", a)
    s.flood("SN-FL-009", t + 20, 35, LK)
    s.sig("SN-SIG-007", "fault", t + 22, LK, clock=480, text="號誌控制器異常 閃爍", alt="SIG7")
    s.cam("SN-CCTV-007", "flooding", t + 23, LK, 0.9)
    s.pol("flooding_report", "Severe", "黎明凱旋路口", t + 25, LK, "黎明路凱旋路口積水 40 公分，車輛拋錨 2 部")
    s.pol("road_closure", "Severe", "黎明凱旋路口", t + 31, LK, "黎明路三段凱旋路口封閉")
    # UP
    u = s.flood("SN-FL-006", t + 10, 22, UP)
    s.inc(UP, "flood", "中清環中地下道積水封閉", u)
    s.flood("SN-FL-006", t + 26, 48, UP)
    s.pol("road_closure", "Severe", "中清環中路口", t + 28, UP, "中清環中地下道封閉")
    s.cam("SN-CCTV-008", "flooding", t + 27, UP, 0.85)
    # JM
    j = s.flood("SN-FL-008", t + 15, 20, JM)
    s.inc(JM, "flood", "經貿路低窪積水", j)
    s.wl("SN-WL-003", t + 18, "2", JM)
    s.flood("SN-FL-008", t + 40, 31, JM)
    # HN
    h = s.flood("SN-FL-007", t + 12, 17, HN)
    s.inc(HN, "flood", "河南路低窪積水", h)
    s.flood("SN-FL-007", t + 35, 33, HN)
    s.add("parking", "closed", t + 38, HN, sid="SN-PK-003", text="入口積水 暫停開放")
    s.cam("SN-CCTV-010", "flooding", t + 39, HN, 0.8)
    # ponds
    p = s.wl("SN-WL-001", t + 20, "2", PD)
    s.inc(PD, "flood", "北滯洪池一級警戒", p)
    s.wl("SN-WL-001", t + 45, "1", PD)
    s.flood("SN-FL-001", t + 46, 40, PD)
    s.flood("SN-FL-002", t + 50, 36, PD)
    # outside zone underpass
    w = s.flood("SN-FL-010", t + 30, 30, TW)
    s.inc(TW, "flood", "臺灣大道環中路口地下道積水（區外）", w)
    s.flood("SN-FL-010", t + 44, 45, TW)
    s.cam("SN-CCTV-009", "flooding", t + 45, TW, 0.77)
    s.pol("road_closure", "Severe", "臺灣大道環中路口", t + 50, TW, "臺灣大道環中路口地下道封閉")
    # 1999 batch: created during the outage, delivered 40 min late, then redelivered
    batch = [("flooding", "黎明凱旋路口", LK, "黎明路凱旋路口淹到膝蓋，車子都泡水了"),
             ("flooding", "凱旋環中路口", LK, "凱旋路環中路那邊淹水，機車推不過去"),  # caller near 黎明 names 環中
             ("flooding", "經貿路中段", JM, "經貿路公園旁邊變成一條河"),
             ("flooding", "河南路停車場", HN, "河南路停車場整個淹掉"),
             ("flooding", "中清環中路口", UP, "中清路地下道有一台公車停在前面不敢過"),
             ("flooding", "臺灣大道環中路口", TW, "臺灣大道那個地下道淹起來了"),
             ("flooding", "中平路東段", HN, "中平路淹水", ),
             ("blocked_drain", "黎明路中段", LK, "黎明路的水溝蓋都冒水出來"),
             ("other", "北滯洪池", PD, "公園池子是不是要滿了，我們家住旁邊會不會淹"),
             ("flooding", "中科路中段", None, "中科路有一點積水而已，車子還可以過"),
             ("fallen_tree", "經貿七路口", "TREE_J7", "經貿七路口一棵樹倒在路中間")]
    keys = []
    for n, (cat, pl, tr, tx) in enumerate(batch):
        delay = 40 - n * 1.5 + 0.5
        keys.append(s.c1999(cat, pl, t + 30 + n * 1.5, tr, tx, delay=delay))
    s.inc("TREE_J7", "traffic", "經貿七路口路樹倒塌", keys[-1])
    for kk in keys[:5]:
        s.dup(kk, 2)
    s.items[[i["key"] for i in s.items].index(keys[6])]["truth_alt"] = None  # 中平路淹水: vague, could be noise
    s.pol("fallen_object", "Moderate", "經貿七路口", t + 80, "TREE_J7", "經貿七路口路樹倒塌占用內車道")
    s.sig("SN-SIG-007", "restored", t + 140, LK, clock=480, alt="SIG7")
    s.add("rule", "cleared", t + 170, LK, sid="SN-FL-009", sev="Minor", text="黎明路凱旋路口低窪處 淹水警戒解除")
    s.add("rule", "water_level_falling", t + 160, PD, sid="SN-WL-001", sev="Minor", text="中央公園北滯洪池水位回降")
    s.c1999("streetlight", "營運塔", t + 60, None, "營運塔旁路燈一盞不亮")
    s.add("rule", "congestion", t + 35, None, sid="SN-VD-ZHONGQING-02", sev="Minor", text="中清路車輛偵測器2 車速下降")
    s.alt_reading("黎明凱旋路口號誌（時鐘錯 8 小時）可另開交通局號誌案；「中平路淹水」太籠統，另一讀法當雜訊。",
                  {"SIG7": {"label": "SIG7", "type": "traffic", "description": "黎明凱旋路口號誌故障",
                            "sufficient_evidence_key": [i for i in s.items if i.get("truth_alt") == "SIG7"][0]["key"]}})
    s.notes = ["六處各自淹水，各是一案：不同地點、不同封路、不同抽水組；同一場雨不把它們變成一案。",
               "SN-SIG-007 的 observed 比實際晚 8 小時（控制器把當地時間當 UTC）；以 arrival 為準。",
               "1999 補送：observed 是建案時間，arrival 晚 40 分鐘；前五筆又重送一次（同 key）。",
               "「凱旋路環中路那邊淹水」：來電者在黎明凱旋低窪附近，說錯路口，歸黎明凱旋案。"]
    s.write()

def s1502():
    s = Sit(1502, "typhoon_morning_after",
            "颱風過後清晨 05:00-08:00。水退、警戒解除、道路陸續恢復通行；經貿路因淘空出現路面坍陷，"
            "建設局緊急搶修並送來施工許可；市民打 1999 問垃圾、問停車、說還在淹（其實早退了）。"
            "黎明路倒樹昨晚壓車後樹幹還在路邊，今早清運。")
    SK, TR = "SINKHOLE", "TREE_LM_CLEAR"
    t = 540
    s.add("rule", "cleared", t, None, sid="SN-FL-006", sev="Minor", text="中清環中路口地下道 淹水警戒解除")
    s.add("rule", "water_level_falling", t + 2, None, sid="SN-WL-002", sev="Minor", text="中央公園南滯洪池水位回降")
    s.pol("road_reopened", "Minor", "中清環中路口", t + 5, None, "中清環中地下道恢復通行")
    a = s.c1999("road_damage", "經貿路中段", t + 20, SK, "經貿路公園旁邊路面陷下去一個大洞，有車差點掉下去")
    b = s.pol("road_collapse", "Severe", "經貿路中段", t + 24, SK, "經貿路(生態住宅B區前)路面坍陷約 2 公尺，封閉南向車道")
    s.inc(SK, "infrastructure", "經貿路路面坍陷搶修", a)
    s.add("rule", "congestion", t + 30, SK, sid="SN-VD-JINGMAO-02", sev="Moderate", text="經貿路車輛偵測器2 車速下降", alt=None)
    s.add("planned_event", "road_works", t + 60, SK, place="經貿路中段", text="經貿路坍陷緊急搶修",
          ends="2016-09-28T12:00:00Z", radius_m=80, delay=-5)
    s.c1999("road_damage", "經貿路低窪", t + 40, SK, "經貿路封起來了，為什麼不能過")
    s.pol("road_closure", "Moderate", "經貿路中段", t + 45, SK, "經貿路南向封閉，請改道中科路")
    s.c1999("flooding", "經貿路低窪", t + 50, None, "經貿路還在淹水嗎", alt=SK)
    # tree clearing (follow-up of last night's job)
    c = s.c1999("fallen_tree", "黎明路中段", t + 35, TR, "黎明路昨天倒的樹還在路邊，占掉一個車道")
    s.inc(TR, "traffic", "黎明路昨夜倒樹殘幹清運", c)
    s.pol("fallen_object", "Minor", "黎明路中段", t + 70, TR, "黎明路倒樹殘幹占用外側車道，建設局清運中")
    s.pol("road_reopened", "Minor", "黎明路中段", t + 130, TR, "黎明路倒樹清除完畢，恢復通行")
    # background
    s.c1999("環境清潔", "生態住宅A", t + 15, None, "我們社區前面一堆樹枝垃圾什麼時候來收")
    s.c1999("環境清潔", "河南路停車場", t + 25, None, "河南路停車場裡面都是泥巴")
    s.c1999("flooding", "河南路低窪", t + 28, None, "河南路還在淹水嗎，我要去上班")
    s.c1999("illegal_parking", "轉運中心", t + 65, None, "轉運站前面計程車亂停")
    s.c1999("公園路樹", "公園中段步道", t + 80, None, "公園裡面倒的樹什麼時候要清")
    s.add("parking", "empty", t + 10, None, sid="SN-PK-004", text="停車場車輛淨空 待清淤")
    s.on("SN-PK-004", t + 12, None)
    s.on("SN-FL-004", t + 13, None)
    s.sig("SN-SIG-006", "restored", t + 90, None)
    s.c1999("streetlight", "中科路中段", t + 100, None, "中科路路燈白天還亮著")
    s.alt_reading("「經貿路還在淹水嗎」的詢問在坍陷封路路段，可讀為坍陷案的一部分；本解讀為背景（問的是早已退的淹水）。",
                  {})
    s.notes = ["清晨的解除、恢復通行、上線：昨夜案件的收尾，今早沒有新的派遣，標為背景。",
               "坍陷的施工許可 follows 不適用（許可是自己的第一版）；屬坍陷案。",
               "黎明路殘幹清運：今早的新派遣（建設局），自成一案。"]
    s.write()

if __name__ == "__main__":
    for f in (s1497, s1498, s1499, s1500, s1501, s1502):
        f()
