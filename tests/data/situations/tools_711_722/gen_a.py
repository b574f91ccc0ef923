"""Situations 711-716."""
from lib import Situation, SENSORS


def s711():
    s = Situation(711, "kitchen_fire_block_a", "傍晚生態住宅A區7樓廚房油鍋起火；B區總機同時段誤報（燒香煙霧）。",
                  "2026-03-12 18:40", 711)
    A = SENSORS["SN-FA-011"]; ax, ay = A["lon"], A["lat"]
    c1 = s.caller("fire_smoke", 0.3, "fire-a", "經貿路三段那棟社區大樓7樓窗戶在冒黑煙，好像是廚房", ax, ay, 90)
    s.add("fire_alarm", "alarm", 0.8, "fire-a", "A區 7F 廚房 偵煙探測器動作", sensor="SN-FA-011")
    d = s.add("119", "fire", 1.4, "fire-a", "經貿路三段集合住宅7樓廚房火警，派遣北屯、文心分隊", ax + 0.0001, ay,
              severity="Moderate", key="119-1150312-0418")
    s.caller("fire_smoke", 2.0, "fire-a", "敦化路這邊看過去對面大樓有煙，一直聞到燒焦味", ax, ay, 180)
    s.dup(c1, 95)
    s.add("incident", "fire_report", 4.2, "fire-a", "員警到場協助，經貿路三段住宅火警，疏散7、8樓住戶",
          ax + 0.0002, ay - 0.0001, severity="Moderate")
    b1 = s.add("fire_alarm", "alarm", 5.1, None, "B區 3F 走廊 偵煙探測器動作", sensor="SN-FA-012", alt="check-b")
    s.add("119", "fire", 7.0, "fire-a", "到場，7樓廚房油鍋起火已撲滅，排煙中", ax + 0.0001, ay,
          key="119-1150312-0418-u1", follows="119-1150312-0418")
    s.add("rule", "congestion", 8.0, "fire-a", "車流壅塞，平均車速11 km/h", sensor="SN-VD-JINGMAO-02", severity="Minor")
    s.add("fire_alarm", "normal", 11.5, None, "B區 管理員確認為住戶神明廳燒香煙霧，已復歸", sensor="SN-FA-012",
          alt="check-b")
    s.add("119", "ambulance", 10.0, "fire-a", "7樓住戶一名婦人吸入濃煙嗆傷，送中國醫藥大學附設醫院",
          ax + 0.0001, ay - 0.0001, key="119-1150312-0425")
    s.caller("other", 15.0, "fire-a", "經貿路三段怎麼那麼多消防車，是哪裡失火", ax, ay, 200)
    s.add("fire_alarm", "normal", 24.0, "fire-a", "A區 火警受信總機復歸", sensor="SN-FA-011")
    s.add("119", "fire", 41.0, "fire-a", "現場處置完畢，返隊", ax + 0.0001, ay, key="119-1150312-0418-u2",
          follows="119-1150312-0418")
    s.background(18, -25, 60)
    s.incident("fire-a", "fire", "A區7樓廚房油鍋火警，含嗆傷送醫與現場車流影響", d)
    s.alternative("B區總機在A區火警4分鐘後動作，距離約280 m；值班員可能先派人查看B區，視為另一件火警查證案。",
                  [s.incidents[0], {"label": "check-b", "type": "fire", "description": "B區總機動作查證（後確認燒香誤報）",
                                    "sufficient_evidence_key": b1["key"]}])
    return s


def s712():
    s = Situation(712, "shop_electrical_fire_jingmao", "午後經貿路二段店鋪電線走火，監視器與遠處民眾都看到煙；"
                  "同時綠美圖有民眾暈倒；營運塔總機測試誤動作。", "2026-04-08 14:10", 712)
    x, y = 120.6575, 24.1931
    cc = s.add("cctv", "smoke", 0.0, "fire-shop", "影像分析偵測煙霧", sensor="SN-CCTV-006", confidence=0.71)
    s.caller("fire_smoke", 1.0, "fire-shop", "經貿路上一間手機配件行冒白煙，好像電線走火", x, y, 80)
    s.caller("fire_smoke", 1.8, "fire-shop", "從會展中心這邊看過去有一股黑煙，不知道是哪裡", 120.6556, 24.1941, 60)
    d = s.add("119", "fire", 2.4, "fire-shop", "經貿路二段店鋪電線走火，派遣文心分隊", x, y, severity="Moderate",
              key="119-1150408-0311")
    s.add("cctv", "smoke", 3.2, "fire-shop", "影像分析偵測煙霧", sensor="SN-CCTV-006", confidence=0.83)
    s.add("incident", "fire_report", 5.0, "fire-shop", "經貿路二段店鋪冒煙，員警到場疏散周邊店家並管制外側車道",
          x + 0.0002, y + 0.0001, severity="Moderate")
    s.add("119", "fire", 8.5, "fire-shop", "到場，店內延長線及插座短路起火，已斷電撲滅，無人受傷", x, y,
          key="119-1150408-0311-u1", follows="119-1150408-0311")
    s.caller("fire_smoke", 9.0, "fire-shop", "剛剛經貿七路口那邊是不是火災？現在還有焦味", x, y, 150)
    G = SENSORS["SN-FA-004"]
    r = s.add("119", "ambulance", 22.0, "ill-museum", "綠美圖3樓閱覽區一名女性民眾暈倒，意識模糊，派遣救護車",
              G["lon"] + 0.0001, G["lat"] - 0.0001, key="119-1150408-0327")
    s.caller("other", 23.0, "ill-museum", "綠美圖裡面有人昏倒了，館員已經打119，救護車到了沒", G["lon"], G["lat"], 60)
    s.add("119", "ambulance", 29.0, "ill-museum", "到場，患者意識恢復，送醫", G["lon"] + 0.0001, G["lat"] - 0.0001,
          key="119-1150408-0327-u1", follows="119-1150408-0327")
    t1 = s.add("fire_alarm", "alarm", 35.0, None, "12F 偵煙探測器動作", sensor="SN-FA-005", alt="tower")
    s.add("fire_alarm", "normal", 38.0, None, "設備廠商保養測試，誤動作已復歸", sensor="SN-FA-005", alt="tower")
    s.add("119", "fire", 52.0, "fire-shop", "現場處置完畢，返隊", x, y, key="119-1150408-0311-u2",
          follows="119-1150408-0311")
    s.background(16, -20, 70)
    s.incident("fire-shop", "fire", "經貿路二段手機配件行電線走火，監視器偵煙與遠處民眾報案", cc)
    s.incident("ill-museum", "rescue", "綠美圖閱覽區民眾暈倒送醫", r)
    s.alternative("營運塔總機動作時值班員尚不知為保養測試，可能先開一件火警查證。",
                  s.incidents + [{"label": "tower", "type": "fire", "description": "營運塔12F總機動作查證（保養誤動作）",
                                  "sufficient_evidence_key": t1["key"]}])
    return s


def s713():
    s = Situation(713, "gas_smell_block_b", "上午B區一樓餐廳瓦斯管接頭鬆脫，巷內瓦斯味、疏散；"
                  "300 m外A區老翁在家跌倒。", "2026-05-20 10:20", 713)
    B = SENSORS["SN-FA-012"]; bx, by = B["lon"], B["lat"]
    c1 = s.caller("gas_odor", 0.0, "gas-b", "敦化路一段這邊一直聞到很濃的瓦斯味", bx, by, 120)
    fa = s.add("fire_alarm", "alarm", 1.5, "gas-b", "B區 1F 瓦斯漏氣檢知器動作", sensor="SN-FA-012")
    s.caller("gas_odor", 3.0, "gas-b", "好像有瓦斯外洩，整條巷子都是味道，很臭", bx, by, 150)
    s.caller("gas_odor", 4.5, "gas-b", "剛剛打過了，瓦斯味越來越重，有沒有人要來處理", bx, by, 120, follows=c1["key"])
    s.add("119", "hazmat", 5.0, "gas-b", "敦化路一段疑似瓦斯外洩，派遣化學車並通知欣林天然氣", bx, by,
          severity="Moderate", key="119-1150520-0102")
    s.add("incident", "road_closure", 9.0, "gas-b", "協助疏散B區住戶，封閉敦化路一段外側車道",
          bx - 0.0003, by + 0.0002, severity="Moderate")
    s.add("119", "hazmat", 12.0, "gas-b", "到場，B區1樓餐廳瓦斯管線接頭鬆脫，已關閉總開關，持續通風偵測",
          bx, by, key="119-1150520-0102-u1", follows="119-1150520-0102")
    s.add("rule", "congestion", 12.5, None, "車流壅塞，平均車速14 km/h", sensor="SN-VD-JINGMAO-02",
          severity="Minor", alt="gas-b")
    s.add("119", "ambulance", 15.0, "gas-b", "疏散民眾一名婦人頭暈噁心，現場評估後送醫", bx + 0.0002, by,
          key="119-1150520-0110")
    A = SENSORS["SN-FA-011"]
    s.caller("other", 24.0, "fall-a", "樓上的阿伯跌倒叫不起來，頭在流血，我們已經打119了", A["lon"], A["lat"], 50)
    f = s.add("119", "ambulance", 24.5, "fall-a", "經貿路三段集合住宅A區，87歲老翁在家中跌倒頭部撕裂傷",
              A["lon"] + 0.0001, A["lat"] + 0.0001, key="119-1150520-0121")
    s.add("119", "ambulance", 33.0, "fall-a", "到場，意識清楚，送中國醫藥大學附設醫院", A["lon"] + 0.0001,
          A["lat"] + 0.0001, key="119-1150520-0121-u1", follows="119-1150520-0121")
    s.add("fire_alarm", "normal", 40.0, "gas-b", "B區 瓦斯漏氣檢知器復歸", sensor="SN-FA-012")
    s.add("119", "hazmat", 48.0, "gas-b", "偵測無殘留，解除疏散，返隊", bx, by, key="119-1150520-0102-u2",
          follows="119-1150520-0102")
    s.background(14, -15, 60)
    s.incident("gas-b", "fire", "B區一樓餐廳瓦斯外洩：檢知器、民眾報案、化學車、疏散與不適民眾送醫", fa)
    s.incident("fall-a", "rescue", "A區老翁居家跌倒送醫", f)
    s.alternative("封路時段經貿路偵測器壅塞，可能是敦化路封閉車道改道所致。", s.incidents)
    return s


def s714():
    s = Situation(714, "reclamation_centre_fire_smoke_far", "清晨水資源回收中心污泥乾燥機房起火，"
                  "遠處民眾與監視器看到煙；中國醫藥大學宿舍總機因吸入煙霧動作。", "2026-01-17 05:40", 714)
    W = SENSORS["SN-FA-008"]; wx, wy = W["lon"], W["lat"]
    s.caller("環境公害", -22.0, None, "中平路那邊有人在空地燒東西，味道很嗆", 120.6680, 24.1765, 80)
    fa = s.add("fire_alarm", "alarm", 0.0, "fire-wrc", "污泥乾燥機房 偵熱探測器動作", sensor="SN-FA-008")
    s.add("cctv", "smoke", 2.5, "fire-wrc", "影像分析偵測煙霧", sensor="SN-CCTV-011", confidence=0.64, skew_s=-190)
    s.caller("fire_smoke", 3.0, "fire-wrc", "中清路這邊往西南看有很大一股黑煙", 120.6650, 24.1835, 100)
    d = s.add("119", "fire", 3.5, "fire-wrc", "水湳水資源回收中心機房火警，派遣北屯、文心、西屯分隊",
              wx, wy, severity="Severe", key="119-1150117-0007")
    s.caller("fire_smoke", 4.5, "fire-wrc", "好像是河南路那邊工廠失火，煙很大", 120.6532, 24.1748, 100)
    s.caller("fire_smoke", 5.0, "fire-wrc", "醫藥大學旁邊在冒煙，整片都是煙味", 120.6595, 24.1740, 120)
    cm = s.add("fire_alarm", "alarm", 11.0, "fire-wrc", "宿舍 2F 走廊 偵煙探測器動作", sensor="SN-FA-010",
               alt="cmu")
    s.add("cctv", "smoke", 8.0, "fire-wrc", "影像分析偵測煙霧", sensor="SN-CCTV-011", confidence=0.88, skew_s=-190)
    s.add("119", "fire", 12.0, "fire-wrc", "到場，污泥乾燥機過熱起火，火勢控制中，無人受困", wx, wy,
          key="119-1150117-0007-u1", follows="119-1150117-0007")
    s.add("incident", "fire_report", 13.0, "fire-wrc", "經貿路中平路口管制，協助消防車進出",
          120.6602, 24.1740, severity="Moderate")
    s.add("fire_alarm", "normal", 26.0, "fire-wrc", "宿舍 外氣引入煙味，駐衛警確認無火，復歸", sensor="SN-FA-010",
          alt="cmu")
    s.caller("fire_smoke", 30.0, "fire-wrc", "早上起床整個社區都是燒焦味，是哪裡燒起來了", 120.6590, 24.1810, 150)
    s.add("119", "fire", 58.0, "fire-wrc", "火勢撲滅，殘火處理完畢", wx, wy, key="119-1150117-0007-u2",
          follows="119-1150117-0007")
    s.background(12, -30, 70, night=True)
    s.incident("fire-wrc", "fire", "水資源回收中心機房火警，含遠處煙霧報案與鄰近宿舍吸入煙霧", fa)
    s.alternative("中國醫藥大學宿舍總機是另一棟建物，值班員可能另開一件查證案。",
                  [s.incidents[0], {"label": "cmu", "type": "fire", "description": "中國醫藥大學宿舍總機動作查證",
                                    "sufficient_evidence_key": cm["key"]}])
    return s


def s715():
    s = Situation(715, "convention_lift_ill_theft", "會展中心展期下午：A棟電梯受困、B棟觀眾胸痛、"
                  "A棟參展商筆電遭竊；總機主電源瞬斷。", "2026-06-13 15:00", 715)
    A = SENSORS["SN-FA-002"]; B = SENSORS["SN-FA-003"]
    s.add("planned_event", "exhibition", -360, None, "臺中國際會展中心 智慧城市展", 120.6551, 24.1944,
          arrival_min=-9000, ends=180)
    pf = s.add("fire_alarm", "fault", -0.5, None, "主電源異常，切換備用電源", sensor="SN-FA-002", alt="lift-a")
    s.add("fire_alarm", "normal", 1.5, None, "主電源恢復", sensor="SN-FA-002", alt="lift-a")
    r = s.add("119", "rescue", 2.0, "lift-a", "會展中心A棟3號電梯停電停止，受困4人", A["lon"], A["lat"] + 0.0001,
              key="119-1150613-0214")
    s.caller("other", 3.5, "lift-a", "我們被關在會展中心電梯裡面，按鈕都沒反應", A["lon"], A["lat"], 40)
    s.add("119", "rescue", 14.0, "lift-a", "到場，電梯維修人員協助手動開門，4人均已救出無受傷",
          A["lon"], A["lat"] + 0.0001, key="119-1150613-0214-u1", follows="119-1150613-0214")
    m = s.add("119", "ambulance", 12.0, "ill-b", "會展中心B棟展場一名男性胸痛冒冷汗", B["lon"], B["lat"] - 0.0001,
              key="119-1150613-0222")
    s.add("incident", "medical", 13.0, "ill-b", "B棟展場民眾身體不適，協助救護車進場", B["lon"] + 0.0002, B["lat"],
          severity="Moderate")
    s.add("119", "ambulance", 21.0, "ill-b", "到場，疑似心肌梗塞，送中國醫藥大學附設醫院", B["lon"], B["lat"] - 0.0001,
          key="119-1150613-0222-u1", follows="119-1150613-0222")
    t = s.add("incident", "theft", 31.0, "theft-a", "A棟參展商攤位筆記型電腦遭竊，調閱場內監視器",
              A["lon"] - 0.0002, A["lat"], severity="Minor")
    s.caller("other", 29.5, "theft-a", "會展中心A棟我們攤位的筆電被偷了，要報案", A["lon"], A["lat"], 60)
    s.add("cctv", "crowding", 5.0, None, "影像分析偵測人群聚集", sensor="SN-CCTV-005", confidence=0.61)
    s.add("parking", "full", -40.0, None, "汽車格位已滿", sensor="SN-PK-006")
    s.add("parking", "full", 20.0, None, "汽車格位已滿", sensor="SN-PK-002")
    s.background(14, -30, 60)
    s.incident("lift-a", "rescue", "A棟電梯停電受困4人", r)
    s.incident("ill-b", "rescue", "B棟展場民眾胸痛送醫", m)
    s.incident("theft-a", "public_safety", "A棟參展商筆電遭竊", t)
    s.alternative("A棟總機主電源瞬斷與電梯停止同時發生，可視為受困案的成因證據。", s.incidents)
    return s


def s716():
    s = Situation(716, "missing_elder_scuffle_theft", "傍晚失智老翁離家，於綠美圖前尋獲；轉運中心候車區拉扯；"
                  "中央公園停車場機車失竊。", "2026-10-02 19:00", 716)
    hx, hy = 120.6597, 24.1833
    mp = s.add("incident", "other", 0.0, "missing", "家屬報案：78歲失智老翁下午4時離家未歸，穿灰色外套，疑往中央公園方向走失",
               hx, hy, severity="Moderate", key="716-pd-missing")
    s.caller("other", 35.0, "missing", "公園裡有一位阿伯一直問路，講不清楚要去哪裡", 120.6565, 24.1872, 60)
    s.caller("other", 50.0, "missing", "綠美圖門口有個老先生坐很久了，穿灰色外套，好像迷路", 120.6572, 24.1908, 50)
    s.add("incident", "other", 62.0, "missing", "於綠美圖前尋獲走失老翁，已聯繫家屬", 120.6571, 24.1909,
          severity="Minor", follows="716-pd-missing")
    s.add("119", "ambulance", 64.0, "missing", "尋獲之老翁腳部擦傷，送醫檢查", 120.6571, 24.1909, key="119-1151002-0301")
    H = SENSORS["SN-FA-001"]
    s.caller("other", 19.0, "scuffle", "轉運站候車的地方有人在打架", H["lon"], H["lat"], 60)
    sc = s.add("incident", "public_disturbance", 20.5, "scuffle", "轉運中心候車區兩名男子因插隊口角拉扯",
               H["lon"] + 0.0001, H["lat"] - 0.0001, severity="Minor", key="716-pd-scuffle")
    s.add("cctv", "crowding", 21.0, "scuffle", "影像分析偵測人群聚集", sensor="SN-CCTV-003", confidence=0.55, alt=None)
    s.add("incident", "public_disturbance", 36.0, "scuffle", "雙方和解，無人受傷", H["lon"] + 0.0001,
          H["lat"] - 0.0001, severity="Minor", follows="716-pd-scuffle")
    P = SENSORS["SN-PK-004"]
    s.caller("other", 38.0, "theft-park", "我的機車停在中央公園地下停車場被偷了", P["lon"], P["lat"], 40)
    th = s.add("incident", "theft", 41.0, "theft-park", "中央公園地下停車場機車失竊，調閱監視器",
               P["lon"] + 0.0001, P["lat"], severity="Minor")
    s.background(14, -10, 80, night=True)
    s.incident("missing", "rescue", "失智老翁走失協尋，綠美圖前尋獲送醫檢查", mp)
    s.incident("scuffle", "public_safety", "轉運中心候車區口角拉扯", sc)
    s.incident("theft-park", "public_safety", "中央公園地下停車場機車失竊", th)
    s.alternative("轉運中心旁路口監視器的人群聚集也可能只是晚間候車人潮。", s.incidents)
    return s


if __name__ == "__main__":
    for f in (s711, s712, s713, s714, s715, s716):
        sit = f()
        print(sit.num, sit.write())
