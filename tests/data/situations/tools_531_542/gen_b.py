"""Situations 537-542 (crowds, missing persons, lifts, power, fights, gas main)."""
from lib import Sit


def s537():
    s = Sit(537, "concert_crowd_exit_surge", "2026-04-04",
            "清明連假週六，臺中流行影音中心戶外演唱會。18:05 入場排隊一名女性中暑昏倒（獨立救護）；演出中特效煙霧讓受信總機誤動作；"
            "21:30 觀眾手機遭竊；22:05 散場人潮湧入凱旋路，推擠3人受傷，凱旋路南段暫封。")
    permit = s.add("planned_event", "concert", "18:30", "C", "臺中流行影音中心 戶外演唱會 預估1萬5千人 凱旋路側設接駁區",
                   at="popmusic", ends="22:00", arrival=s.t("09:30", day=-7))
    s.add("parking", "full", "16:30:00", None, "中央公園地下停車場(北) 車位已滿", sensor="SN-PK-004")
    s.add("rule", "congestion", "17:10:00", None, "凱旋路車輛偵測器2 平均車速 19 km/h 低於門檻", sensor="SN-VD-KAIXUAN-02", severity="Minor")
    s.add("1999", "illegal_parking", "17:40", None, "凱旋路兩邊都違停，都是來看演唱會的", at="popmusic", spread=(150, 400))
    r = s.add("119", "ambulance", "18:05", "R", "臺中流行影音中心 入場排隊 女性昏倒 疑似中暑", at="popmusic", spread=(30, 90),
              severity="Moderate", truth_alt="C")
    s.add("incident", "medical", "18:07", "R", "流行影音中心入口 民眾昏倒 已通報救護", at="popmusic", spread=(30, 90), severity="Moderate",
          truth_alt="C")
    s.add("119", "ambulance", "18:22", "R", "患者意識恢復 送中國醫藥大學附設醫院", at="popmusic", follows=r, tag="119u", truth_alt="C")
    cc = s.add("incident", "crowd_control", "18:40", "C", "流行影音中心入口人潮 增派警力 分流入場", at="popmusic", spread=(20, 80),
               severity="Moderate")
    s.add("status", "offline", "19:00:00", None, "中央公園地下停車場(北) 停車資訊 離線", sensor="SN-PK-004")
    s.add("status", "online", "19:06:00", None, "中央公園地下停車場(北) 停車資訊 恢復連線", sensor="SN-PK-004")
    s.add("1999", "noise", "19:40", "C", "演唱會好吵，窗戶關起來還是很大聲", at="eco_a", spread=(50, 300), truth_alt=None)
    s.add("fire_alarm", "alarm", "20:15:20", None, "臺中流行影音中心 受信總機 火警 舞台區 偵煙探測器動作", sensor="SN-FA-006")
    s.add("fire_alarm", "normal", "20:18:05", None, "臺中流行影音中心 受信總機 復歸 舞台特效煙霧誤動作", sensor="SN-FA-006")
    s.add("1999", "noise", "21:05", "C", "音樂到現在還沒停，明天還要上班", at="eco_a", spread=(100, 400), truth_alt=None)
    t = s.add("incident", "theft", "21:30", "P", "演唱會觀眾報案 搖滾區手機遭竊 2件", at="popmusic", spread=(20, 60), severity="Minor")
    s.add("cctv", "crowding", "22:05:00", "C", "黎明路三段/凱旋路 人群聚集", sensor="SN-CCTV-007", at=(120.6495, 24.1930), confidence=0.77)
    s.add("incident", "crowd_control", "22:08", "C", "散場人潮湧入凱旋路 佔用車道 暫時封閉凱旋路南段", at=(120.6522, 24.1860),
          severity="Severe", follows=cc)
    inj = s.add("119", "ambulance", "22:10", "C", "流行影音中心散場出口推擠 3人跌倒受傷", at="popmusic", spread=(20, 70), severity="Moderate")
    s.dup(inj, 50)
    s.add("rule", "congestion", "22:12:00", "C", "凱旋路車輛偵測器2 平均車速 5 km/h 低於門檻", sensor="SN-VD-KAIXUAN-02", severity="Moderate")
    s.add("1999", "crowding", "22:15", "C", "凱旋路人擠人，車子也卡在裡面動不了", at=(120.6520, 24.1870), spread=(50, 200))
    s.add("119", "ambulance", "22:28", "C", "推擠傷患3名 輕傷2名現場處置 1名送醫", at="popmusic", follows=inj, tag="119u")
    s.add("incident", "theft", "22:40", "P", "手機竊案 再增1件 已調閱入口監視器", at="popmusic", follows=t, severity="Minor")
    s.add("incident", "crowd_control", "22:50", "C", "散場人潮疏散完畢 凱旋路恢復通行", at=(120.6522, 24.1860), follows=cc, severity="Minor")
    s.add("1999", "streetlight", "23:10", None, "黎明路三段一盞路燈不亮", at=(120.6505, 24.1940), spread=(20, 100))
    s.incident("C", "crowd", "流行影音中心演唱會人潮：入場分流、噪音陳情、散場湧入凱旋路推擠3人受傷與暫時封路", cc)
    s.incident("R", "rescue", "入場排隊民眾中暑昏倒送醫（單一病患，事前、與散場推擠無關）", r)
    s.incident("P", "public_safety", "演唱會觀眾手機遭竊（3件）", t)
    s.alternative("入場時的中暑救護可視為演唱會人潮事件的一部分（同一活動同一地點）；噪音陳情可視為環保局另案背景",
                  [i for i in [dict(x) for x in s.incidents] if i["label"] != "R"])
    return s


def s538():
    s = Sit(538, "missing_elder_lift_crash_weekday", "2026-04-07",
            "週二上午：07:50 生態住宅B區82歲失智長者走失，家屬報案，民眾在公園與轉運中心看到，09:35 在轉運中心尋獲；"
            "同時A區電梯卡在5樓2人受困；經貿路敦化路口機車與自小客碰撞；經貿路/中平路口號誌短暫閃爍後自行恢復。")
    s.add("signal", "fault", "07:30:10", "S", "經貿路/中平路 號誌 黃燈閃爍異常", sensor="SN-SIG-011", truth_alt=None)
    s.add("signal", "restored", "07:48:30", "S", "經貿路/中平路 號誌 恢復正常", sensor="SN-SIG-011", truth_alt=None)
    m = s.add("incident", "other", "07:50", "M", "生態住宅B區 82歲失智男性清晨外出未歸 灰色外套 拄拐杖 家屬報案協尋", at="eco_b",
              spread=(10, 40), severity="Moderate")
    s.add("rule", "congestion", "08:05:00", None, "環中路車輛偵測器2 平均車速 16 km/h 低於門檻", sensor="SN-VD-HUANZHONG-02", severity="Minor")
    l = s.add("119", "rescue", "08:10", "L", "北屯區水湳生態住宅A區 電梯卡在5樓 2人受困", at="eco_a", spread=(5, 30), severity="Moderate")
    a = s.add("119", "ambulance", "08:14", "T", "經貿路敦化路口 車禍 機車騎士 腿部疑似骨折", at=(120.6594, 24.1830), spread=(5, 30),
              severity="Moderate")
    s.add("incident", "injury_accident", "08:15", "T", "經貿路三段敦化路口 機車與自小客碰撞 騎士倒地 佔用內側車道",
          at=(120.6594, 24.1830), severity="Moderate", delay=(240, 420))
    s.add("1999", "traffic_accident", "08:18", "T", "經貿路這邊車禍，機車倒在路上", at=(120.6594, 24.1830), spread=(30, 150))
    s.add("rule", "congestion", "08:20:00", "T", "經貿路車輛偵測器2 平均車速 10 km/h 低於門檻", sensor="SN-VD-JINGMAO-02",
          severity="Moderate", truth_alt=None)
    s.add("rule", "congestion", "08:25:00", None, "中清路車輛偵測器1 平均車速 14 km/h 低於門檻", sensor="SN-VD-ZHONGQING-01", severity="Minor")
    s.add("1999", "other", "08:30", "M", "公園裡有一個阿伯一直問路，講不清楚要去哪裡", at="park_mid", spread=(50, 250))
    s.add("119", "rescue", "08:32", "L", "電梯受困2人已救出 無人受傷 通知維修廠商", at="eco_a", follows=l, tag="119u")
    s.add("incident", "other", "08:45", "M", "協尋失智長者 已通報轉運中心及各巡邏線", at="eco_b", follows=m, severity="Moderate")
    s.add("incident", "injury_accident", "08:55", "T", "事故車輛移除 經貿路三段恢復通行", at=(120.6594, 24.1830), severity="Minor",
          follows=[i for i in s.items if i["category"] == "injury_accident"][0]["key"])
    s.add("fire_alarm", "fault", "09:00:30", None, "中國醫藥大學水湳校區 受信總機 回路2 斷線", sensor="SN-FA-010")
    s.add("fire_alarm", "normal", "09:12:00", None, "中國醫藥大學水湳校區 受信總機 故障復歸", sensor="SN-FA-010")
    s.add("1999", "環境清潔", "09:05", None, "敦化路一段垃圾車今天沒來，垃圾堆在路邊", at="eco_b", spread=(50, 250))
    s.add("1999", "other", "09:20", "M", "轉運站有一位老先生坐很久，好像迷路了，穿灰色外套", at="hub", spread=(20, 80), delay=(300, 480))
    s.add("incident", "other", "09:35", "M", "失智長者於水湳轉運中心尋獲 已通知家屬帶回", at="hub", follows=m, severity="Minor")
    s.add("status", "offline", "09:40:00", None, "中清路車輛偵測器1 離線", sensor="SN-VD-ZHONGQING-01")
    s.add("status", "online", "09:43:00", None, "中清路車輛偵測器1 恢復連線", sensor="SN-VD-ZHONGQING-01")
    s.add("1999", "streetlight", "10:10", None, "中科路有兩盞路燈白天還亮著", at=(120.6534, 24.1880), spread=(20, 100))
    s.incident("M", "rescue", "生態住宅B區82歲失智長者走失協尋，轉運中心尋獲", m)
    s.incident("L", "rescue", "生態住宅A區電梯機械故障2人受困", l)
    s.incident("T", "traffic", "經貿路三段敦化路口機車與自小客碰撞，騎士骨折送醫，內側車道佔用", a)
    s.incident("S", "traffic", "經貿路/中平路口號誌黃燈閃爍，18分鐘後自行恢復（通報維修廠商檢查）",
               [i for i in s.items if i.get("sensor_id") == "SN-SIG-011"][0]["key"])
    s.alternative("號誌18分鐘內自行恢復、無人通報，可視為設備背景；經貿路車慢可能只是上班車流",
                  [i for i in [dict(x) for x in s.incidents] if i["label"] != "S"])
    return s


def s539():
    s = Sit(539, "hub_holiday_rush_lost_child", "2026-04-05",
            "清明連假最後一天傍晚，水湳轉運中心返程人潮滿溢，警方設排隊動線；18:02 國道客運故障停在中科路進站車道；"
            "18:20 4歲女童與家長走散，18:48 服務台尋獲；19:10 旅客行李遭竊。")
    s.add("1999", "illegal_parking", "16:50", None, "轉運站外面一直有車臨停接人，擋住公車", at="hub", spread=(80, 250))
    s.add("fire_alarm", "fault", "17:05:00", None, "臺中國際會展中心A棟 受信總機 回路4 斷線", sensor="SN-FA-002")
    s.add("parking", "full", "17:30:00", "C", "水湳轉運中心停車場 車位已滿", sensor="SN-PK-001", truth_alt=None)
    s.add("cctv", "crowding", "17:45:00", "C", "中科路/環中路二段 人群聚集", sensor="SN-CCTV-003", at=(120.6526, 24.1976), confidence=0.74)
    s.add("cctv", "crowding", "17:50:00", "C", "經貿路二段/環中路二段 人群聚集", sensor="SN-CCTV-004", at=(120.6531, 24.1979), confidence=0.81)
    cc = s.add("incident", "crowd_control", "17:55", "C", "轉運中心國道客運候車區人潮滿溢 增派警力 設置排隊動線", at="hub", spread=(10, 50),
               severity="Moderate")
    b1 = s.add("cctv", "stalled_vehicle", "18:02:00", "B", "中科路/環中路二段 車輛停滯", sensor="SN-CCTV-003", at=(120.6524, 24.1970),
               confidence=0.88)
    b = s.add("incident", "stalled_vehicle", "18:05", "B", "國道客運故障 停於中科路轉運中心進站車道 佔用一線", at=(120.6524, 24.1970),
              severity="Moderate")
    s.add("rule", "congestion", "18:08:00", "B", "環中路車輛偵測器2 平均車速 9 km/h 低於門檻", sensor="SN-VD-HUANZHONG-02",
          severity="Moderate", truth_alt="C")
    s.add("1999", "crowding", "18:10", "C", "轉運站排隊排到外面馬路上了，很危險", at="hub", spread=(30, 150))
    s.add("1999", "other", "18:12", "B", "中科路有一台客運停在車道上不動，後面都塞住了", at=(120.6524, 24.1970), spread=(30, 150))
    k = s.add("incident", "other", "18:20", "K", "轉運中心 4歲女童與家長走散 粉紅色外套 綁馬尾", at="hub", spread=(10, 60), severity="Moderate")
    kc = s.add("1999", "other", "18:22", "K", "我女兒在轉運站走丟了，四歲，穿粉紅色外套，拜託", at="hub", spread=(20, 100))
    s.dup(kc, 90)
    s.add("rule", "congestion", "18:30:00", "C", "經貿路車輛偵測器1 平均車速 12 km/h 低於門檻", sensor="SN-VD-JINGMAO-01",
          severity="Minor", truth_alt=None)
    s.add("incident", "stalled_vehicle", "18:40", "B", "故障客運已拖離 中科路進站車道恢復", at=(120.6524, 24.1970), follows=b, severity="Minor")
    s.add("incident", "other", "18:48", "K", "走失女童於轉運中心服務台尋獲 交還家長", at="hub", follows=k, severity="Minor")
    s.add("status", "offline", "18:55:00", None, "環中路車輛偵測器3 離線", sensor="SN-VD-HUANZHONG-03")
    s.add("status", "online", "19:01:00", None, "環中路車輛偵測器3 恢復連線", sensor="SN-VD-HUANZHONG-03")
    t = s.add("incident", "theft", "19:10", "P", "旅客於轉運中心候車區 行李箱遭竊", at="hub", spread=(10, 60), severity="Minor")
    s.add("1999", "other", "19:30", None, "請問轉運站到高鐵站的接駁車幾點最後一班？", at="hub", spread=(50, 300))
    s.add("incident", "crowd_control", "20:30", "C", "轉運中心人潮趨緩 解除排隊管制", at="hub", follows=cc, severity="Minor")
    s.add("fire_alarm", "normal", "20:40:00", None, "臺中國際會展中心A棟 受信總機 故障復歸", sensor="SN-FA-002")
    s.incident("C", "crowd", "連假返程人潮滿溢轉運中心，警方排隊管制", cc)
    s.incident("B", "traffic", "國道客運故障停於中科路進站車道，拖離", b)
    s.incident("K", "rescue", "4歲女童在轉運中心與家長走散，服務台尋獲", k)
    s.incident("P", "public_safety", "轉運中心候車區行李箱遭竊", t)
    s.alternative("環中路車慢也可歸於轉運中心人潮而非故障客運；停車場滿位與經貿路車慢可視為連假日常背景",
                  [dict(x) for x in s.incidents])
    return s


def s540():
    s = Sit(540, "power_dip_tower_lift_dark_signal", "2026-04-09",
            "週四上午10:02 經貿七路一帶市電中斷約40分鐘：智慧營運塔與綠美圖受信總機報主電源停電，營運塔電梯4人受困，"
            "經貿路二段/經貿七路口號誌黑燈，員警指揮交通。09:40 會展中心A館消防演練警報（背景）；11:14 凱旋路環中路口追撞。")
    s.add("fire_alarm", "alarm", "09:40:00", None, "臺中國際會展中心A棟 受信總機 火警 1F 消防演練 測試", sensor="SN-FA-002")
    s.add("fire_alarm", "normal", "09:55:30", None, "臺中國際會展中心A棟 受信總機 復歸 演練結束", sensor="SN-FA-002")
    s.add("1999", "noise", "09:50", None, "會展中心那邊廣播一直響，是在幹嘛", at="ticec_a", spread=(100, 300))
    p = s.add("fire_alarm", "fault", "10:02:10", "E", "臺灣智慧營運塔 受信總機 主電源停電 切換備用電源", sensor="SN-FA-005")
    s.dup(p, 25)
    sg = s.add("signal", "fault", "10:02:30", "E", "經貿路二段/經貿七路 號誌 黑燈", sensor="SN-SIG-006", truth_alt="E2")
    s.add("fire_alarm", "fault", "10:02:40", "E", "臺中綠美圖 受信總機 主電源停電", sensor="SN-FA-004", skew=-90)
    s.add("cctv", "signal_dark", "10:03:10", "E", "經貿路二段/經貿七路 號誌黑燈", sensor="SN-CCTV-006", confidence=0.9, truth_alt="E2")
    lift = s.add("119", "rescue", "10:06", "E", "西屯區臺灣智慧營運塔 停電 電梯受困4人", at="tower", spread=(5, 25), severity="Moderate",
                 truth_alt="E1")
    s.add("1999", "traffic_signal", "10:08", "E", "經貿路經貿七路口紅綠燈全暗，車子亂開", at=(120.65685, 24.19247), spread=(20, 100),
          truth_alt="E2")
    s.add("rule", "congestion", "10:09:00", "E", "經貿路車輛偵測器1 平均車速 13 km/h 低於門檻", sensor="SN-VD-JINGMAO-01",
          severity="Minor", truth_alt="E2")
    sig = s.add("incident", "traffic_signal_fault", "10:12", "E", "經貿路二段經貿七路口 號誌停電 員警到場指揮交通",
                at=(120.65685, 24.19247), severity="Moderate", truth_alt="E2")
    s.add("1999", "other", "10:15", "E", "經貿七路這一帶是不是停電了？店裡都沒電", at="tower", spread=(100, 300))
    s.add("119", "rescue", "10:25", "E", "營運塔電梯受困4人已救出 無人受傷", at="tower", follows=lift, tag="119u", truth_alt="E1")
    s.add("fire_alarm", "normal", "10:40:00", "E", "臺灣智慧營運塔 受信總機 主電源恢復 復歸", sensor="SN-FA-005")
    s.add("fire_alarm", "normal", "10:41:00", "E", "臺中綠美圖 受信總機 主電源恢復 復歸", sensor="SN-FA-004", skew=-90)
    s.add("signal", "restored", "10:41:20", "E", "經貿路二段/經貿七路 號誌 恢復正常", sensor="SN-SIG-006", truth_alt="E2")
    s.add("incident", "traffic_signal_fault", "10:50", "E", "號誌恢復 指揮警力撤離", at=(120.65685, 24.19247), follows=sig,
          severity="Minor", truth_alt="E2")
    t1 = s.add("cctv", "stalled_vehicle", "11:14:00", "T", "凱旋路/環中路二段 車輛停滯", sensor="SN-CCTV-002", at=(120.6478, 24.1962),
               confidence=0.79)
    t = s.add("incident", "accident", "11:15", "T", "凱旋路環中路口 兩車追撞 無人受傷 佔用外側車道", at=(120.6478, 24.1962), severity="Minor")
    s.add("1999", "traffic_accident", "11:17", "T", "環中路凱旋路口兩台車撞在一起，停在路口", at=(120.6478, 24.1962), spread=(30, 120))
    s.add("incident", "accident", "11:40", "T", "追撞車輛已移至路邊 排除", at=(120.6478, 24.1962), follows=t, severity="Minor")
    s.add("1999", "streetlight", "11:50", None, "環中路二段中科路口一盞路燈燈罩快掉下來", at=(120.6522, 24.1978), spread=(20, 80))
    s.add("rule", "congestion", "12:10:00", None, "中清路車輛偵測器1 平均車速 18 km/h 低於門檻", sensor="SN-VD-ZHONGQING-01", severity="Minor")
    s.incident("E", "infrastructure", "經貿七路一帶市電中斷約40分鐘：營運塔與綠美圖主電源停電、營運塔電梯4人受困、經貿路二段/經貿七路口號誌黑燈與車流", sg)
    s.incident("T", "traffic", "凱旋路環中路口兩車追撞，無人受傷", t)
    s.alternative("按派遣分：電梯受困是消防局救助案（E1），號誌黑燈是交通案（E2），停電本身（E）留給台電與營運塔",
                  [{"label": "E", "type": "infrastructure", "description": "市電中斷：營運塔與綠美圖主電源停電", "sufficient_evidence_key": p},
                   {"label": "E1", "type": "rescue", "description": "營運塔停電電梯4人受困", "sufficient_evidence_key": lift},
                   {"label": "E2", "type": "traffic", "description": "經貿路二段/經貿七路口號誌黑燈與車流",
                    "sufficient_evidence_key": [i for i in s.items if i.get("sensor_id") == "SN-SIG-006"][0]["key"]},
                   dict(s.incidents[1])])
    return s


def s541():
    s = Sit(541, "park_market_fight_child_fall_theft", "2026-04-11",
            "週六中央公園南側假日市集。16:10 遊戲場6歲男童從溜滑梯跌落手臂骨折疑慮；19:20 市集酒後鬥毆約6人，1人頭部外傷；"
            "20:30 河南路停車場機車失竊。市集本身的人潮、停車與音樂為背景。")
    s.add("planned_event", "event", "10:00", None, "中央公園南側草坪 假日市集 攤位80攤 預估人潮5000人", at="park_south",
          ends="21:00", arrival=s.t("14:00", day=-4))
    s.add("parking", "full", "14:50:00", None, "中央公園地下停車場(南) 車位已滿", sensor="SN-PK-005")
    s.add("parking", "full", "15:05:00", None, "河南路停車場 車位已滿", sensor="SN-PK-003")
    s.add("1999", "illegal_parking", "15:20", None, "河南路邊紅線一直有人停車去逛市集", at="henan_carpark", spread=(50, 200))
    k = s.add("119", "ambulance", "16:10", "K", "中央公園南側遊戲場 6歲男童從溜滑梯跌落 手臂疑骨折", at="park_south", spread=(30, 120),
              severity="Moderate")
    s.add("119", "ambulance", "16:31", "K", "男童送往中國醫藥大學附設醫院", at="park_south", follows=k, tag="119u")
    s.add("status", "offline", "16:40:00", None, "中央公園滯洪池5 淹水感測器 離線 battery_low", sensor="SN-FL-005")
    s.add("rule", "sensor_offline", "16:52:00", None, "中央公園滯洪池5 超過10分鐘未回傳", sensor="SN-FL-005", severity="Minor")
    s.add("rule", "congestion", "17:30:00", None, "河南路車輛偵測器2 平均車速 17 km/h 低於門檻", sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("1999", "other", "18:10", None, "市集攤販把推車放在人行道上，輪椅過不去", at="park_south", spread=(50, 200))
    q = s.add("1999", "other", "19:20", "Q", "公園市集那邊有人在打架，好幾個人，有人拿椅子", at="park_south", spread=(30, 150))
    s.add("1999", "noise", "19:21", "Q", "市集那邊一直有人在大吼大叫吵架", at="park_south", spread=(80, 250), truth_alt=None)
    fi = s.add("incident", "public_disturbance", "19:23", "Q", "中央公園南側市集 酒後鬥毆 約6人", at="park_south", spread=(20, 60),
               severity="Moderate")
    s.dup(fi, 60)
    s.add("119", "ambulance", "19:26", "Q", "中央公園市集 鬥毆 男性頭部外傷", at="park_south", spread=(20, 60), severity="Moderate")
    s.add("incident", "public_disturbance", "19:50", "Q", "鬥毆6人帶回偵辦 傷者已送醫", at="park_south", follows=fi, severity="Minor")
    s.add("1999", "noise", "20:45", None, "市集的音樂太大聲了，都快九點了", at="park_south", spread=(150, 400))
    t = s.add("incident", "theft", "20:30", "S", "河南路停車場 機車遭竊 車主報案", at="henan_carpark", spread=(10, 40), severity="Minor")
    s.add("status", "online", "21:10:00", None, "中央公園滯洪池5 淹水感測器 恢復連線", sensor="SN-FL-005")
    s.add("1999", "streetlight", "21:20", None, "公園南邊步道路燈有三盞不亮，晚上很暗", at="park_south", spread=(50, 200))
    s.incident("K", "rescue", "遊戲場6歲男童溜滑梯跌落，手臂疑骨折送醫", k)
    s.incident("Q", "public_safety", "市集酒後鬥毆約6人，1人頭部外傷送醫", q)
    s.incident("S", "public_safety", "河南路停車場機車失竊", t)
    s.alternative("19:21 的噪音陳情沒說打架，也可能是市集一般吵雜（背景）", [dict(x) for x in s.incidents])
    return s


def s542():
    s = Sit(542, "roadworks_gas_main_residential", "2026-04-15",
            "週三下午敦化路一段自來水管汰換工程挖破中壓瓦斯管，生態住宅B區疏散、為防爆切電，電梯2人受困，敦化路一段封閉；"
            "繞道車流中一名機車騎士在經貿路三段自撞分隔島受傷（另案）。")
    works = (120.6605, 24.1812)
    s.add("planned_event", "road_works", "09:00", None, "敦化路一段 自來水管線汰換工程 半幅施工", at=works, ends="17:00",
          arrival=s.t("11:00", day=-10), truth_alt="G")
    s.add("fire_alarm", "fault", "12:40:00", None, "水湳生態住宅A區集合住宅 受信總機 預備電源電壓不足", sensor="SN-FA-011")
    s.add("1999", "noise", "13:30", None, "敦化路施工好吵，挖一整個下午", at=works, spread=(80, 250))
    g = s.add("1999", "gas_odor", "14:05", "G", "敦化路施工的地方好大的瓦斯味，工人在喊", at=works, spread=(30, 150))
    h = s.add("119", "hazmat", "14:06", "G", "北屯區敦化路一段 施工挖破瓦斯管線 大量外洩 派遣水箱車3 化學車1", at=works, spread=(0, 20),
              severity="Severe")
    s.dup(h, 35)
    s.add("incident", "hazmat_report", "14:07", "G", "敦化路一段施工挖破瓦斯管 疏散生態住宅B區住戶", at=works, spread=(10, 50),
          severity="Severe", delay=(200, 300))
    s.add("fire_alarm", "alarm", "14:08:20", "G", "水湳生態住宅B區集合住宅 受信總機 1F 瓦斯漏氣檢知器動作", sensor="SN-FA-012")
    rc = s.add("incident", "road_closure", "14:10", "G", "敦化路一段 全線封閉 車輛改道經貿路", at=works, severity="Severe")
    s.add("1999", "other", "14:12", "G", "我們被叫出來疏散，到底怎麼了", at="eco_b", spread=(20, 120))
    lift = s.add("119", "rescue", "14:15", "G", "B區集合住宅 為防爆切斷電源 電梯2人受困", at="eco_b", spread=(5, 20), severity="Moderate")
    s.add("rule", "congestion", "14:16:00", "G", "經貿路車輛偵測器2 平均車速 11 km/h 低於門檻", sensor="SN-VD-JINGMAO-02",
          severity="Moderate", truth_alt=None)
    s.add("rule", "congestion", "14:20:00", "G", "中清路車輛偵測器2 平均車速 16 km/h 低於門檻", sensor="SN-VD-ZHONGQING-02",
          severity="Minor", truth_alt=None)
    ta = s.add("incident", "injury_accident", "14:30", "T", "經貿路三段 機車自撞分隔島 騎士受傷", at=(120.6594, 24.1795),
               severity="Moderate")
    amb = s.add("119", "ambulance", "14:32", "T", "經貿路三段 機車自撞 騎士頭部擦傷", at=(120.6594, 24.1795), spread=(5, 30), severity="Minor")
    s.add("1999", "traffic_accident", "14:35", "T", "經貿路改道車很多，有機車撞到分隔島", at=(120.6594, 24.1795), spread=(30, 120))
    s.add("119", "hazmat", "14:40", "G", "瓦斯公司關閉區域閥 濃度下降 持續警戒", at=works, follows=h, tag="119u")
    s.add("119", "rescue", "14:45", "G", "電梯受困2人已救出", at="eco_b", follows=lift, tag="119u")
    s.add("119", "ambulance", "14:58", "T", "機車騎士送醫完畢 返隊", at=(120.6594, 24.1795), follows=amb, tag="119u")
    s.add("119", "hazmat", "15:10", "G", "濃度歸零 住戶返回 收隊", at=works, follows=h, tag="119u")
    s.add("fire_alarm", "normal", "15:20:00", "G", "水湳生態住宅B區集合住宅 受信總機 復歸", sensor="SN-FA-012")
    s.add("incident", "road_closure", "15:30", "G", "敦化路一段恢復通行 施工區維持半幅", at=works, follows=rc, severity="Minor")
    s.add("1999", "illegal_parking", "16:00", None, "經貿路三段騎樓一直有車停，擋住行人", at=(120.6597, 24.1800), spread=(30, 150))
    s.add("1999", "streetlight", "16:20", None, "敦化路一段有一盞路燈燈桿被施工怪手撞歪", at=works, spread=(30, 120))
    s.add("rule", "congestion", "17:40:00", None, "環中路車輛偵測器3 平均車速 18 km/h 低於門檻", sensor="SN-VD-HUANZHONG-03", severity="Minor")
    s.incident("G", "fire", "敦化路一段施工挖破瓦斯管（消防局危險物品案）：B區疏散、瓦斯檢知器、切電電梯受困、敦化路封閉與改道車流", h)
    s.incident("T", "traffic", "改道車流中機車在經貿路三段自撞分隔島，騎士受傷", amb)
    s.alternative("施工許可是外洩的原因，可歸入瓦斯外洩案；改道造成的車慢可視為背景", [dict(x) for x in s.incidents])
    return s


if __name__ == "__main__":
    for fn in (s537, s538, s539, s540, s541, s542):
        sit = fn()
        print(sit.write(), len(sit.items))
