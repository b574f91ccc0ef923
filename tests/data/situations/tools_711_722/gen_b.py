"""Situations 717-722."""
from lib import Situation, SENSORS


def s717():
    s = Situation(717, "museum_sprinkler_pipe_burst", "週日開館前綠美圖B1撒水管破裂，總機流水檢知動作派遣消防；"
                  "水流到人行道；中央公園北側慢跑民眾倒地。", "2026-08-16 08:10", 717)
    G = SENSORS["SN-FA-004"]; gx, gy = G["lon"], G["lat"]
    fa = s.add("fire_alarm", "alarm", 0.0, "pipe", "B1 撒水系統 流水檢知裝置動作", sensor="SN-FA-004", alt="alarm-g")
    s.add("119", "fire", 1.2, "pipe", "臺中綠美圖火警受信總機動作，派遣文心分隊", gx, gy, key="119-1150816-0044",
          alt="alarm-g")
    w = s.caller("other", 6.0, "pipe", "綠美圖旁邊人行道一直有水從地下室那邊流出來", gx, gy, 70)
    s.add("119", "fire", 8.5, "pipe", "到場，現場無火煙，B1機房撒水管破裂大量漏水，已關閉制水閥", gx, gy,
          key="119-1150816-0044-u1", follows="119-1150816-0044", alt="alarm-g")
    s.caller("flooding", 10.0, "pipe", "綠美圖前面人行道都是水，快要流到馬路上", gx, gy, 90)
    s.add("fire_alarm", "fault", 12.0, "pipe", "撒水泵浦持續運轉，水源不足", sensor="SN-FA-004")
    s.add("incident", "flooding_report", 15.0, "pipe", "綠美圖地下室漏水流至人行道，已設置警示三角錐",
          gx + 0.0002, gy - 0.0002, severity="Minor")
    s.add("119", "fire", 31.0, "pipe", "交由館方及水電廠商搶修，返隊", gx, gy, key="119-1150816-0044-u2",
          follows="119-1150816-0044", alt="alarm-g")
    s.add("fire_alarm", "normal", 45.0, "pipe", "總機復歸", sensor="SN-FA-004", alt="alarm-g")
    j = s.add("119", "ambulance", 20.0, "jogger", "中央公園北側步道一名男性慢跑時倒地，路人CPR中", 120.6562, 24.1885,
              severity="Severe", key="119-1150816-0051")
    s.caller("other", 20.5, "jogger", "公園這邊有人跑步跑一跑倒下去了，快叫救護車", 120.6562, 24.1885, 60)
    s.add("119", "ambulance", 27.0, "jogger", "到場，AED電擊一次後恢復心跳，送醫", 120.6562, 24.1885,
          key="119-1150816-0051-u1", follows="119-1150816-0051")
    s.background(16, -20, 60)
    s.incident("pipe", "infrastructure", "綠美圖B1撒水管破裂漏水（總機流水動作、消防到場、水流至人行道）", fa)
    s.incident("jogger", "rescue", "中央公園北側慢跑民眾倒地CPR送醫", j)
    s.alternative("總機動作與119派遣當下是一件火警案（到場後確認無火），漏水搶修另為設施案。",
                  [{"label": "alarm-g", "type": "fire", "description": "綠美圖總機流水檢知動作，消防到場確認無火",
                    "sufficient_evidence_key": fa["key"]},
                   {"label": "pipe", "type": "infrastructure", "description": "綠美圖B1撒水管破裂漏水至人行道",
                    "sufficient_evidence_key": w["key"]},
                   s.incidents[1]])
    return s


def s718():
    s = Situation(718, "riser_burst_lift_block_a", "晚間A區8樓給水立管破裂，全棟停水、樓梯間漏水，"
                  "水流入電梯機坑致電梯停止、住戶受困。", "2026-02-24 21:00", 718)
    A = SENSORS["SN-FA-011"]; ax, ay = A["lon"], A["lat"]
    w1 = s.caller("water_outage", 0.0, "riser", "經貿路三段社區突然停水，水龍頭都沒水", ax, ay, 60)
    s.caller("water_outage", 2.0, "riser", "家裡沒水，樓梯間一直有水流下來", ax, ay, 60)
    mg = s.caller("other", 5.0, "riser", "管委會：8樓給水立管破裂，水從樓梯間流下來，已通知水電，需要協助", ax, ay, 40)
    s.add("fire_alarm", "fault", 8.0, "riser", "B1 機電室 主電源斷電", sensor="SN-FA-011")
    r = s.add("119", "rescue", 10.0, "lift-a", "A區2號電梯進水停止，1名住戶受困", ax, ay + 0.0001,
              key="119-1150224-0533", alt="riser")
    s.caller("other", 11.0, "lift-a", "我媽媽被關在電梯裡面，電梯停在4樓和5樓中間", ax, ay, 50, alt="riser")
    s.add("119", "rescue", 19.0, "lift-a", "到場，已救出受困者，無受傷", ax, ay + 0.0001,
          key="119-1150224-0533-u1", follows="119-1150224-0533", alt="riser")
    B = SENSORS["SN-FA-012"]
    s.caller("water_outage", 12.0, "riser", "聽說隔壁大樓停水，我們這邊水壓也變小了，是不是管線問題", B["lon"], B["lat"], 60,
             alt=None)
    s.dup(w1, 240)
    s.caller("other", 40.0, "riser", "水電說要明天才能修好，今晚要怎麼辦，有沒有送水", ax, ay, 60)
    s.background(16, -20, 70, night=True)
    s.incident("riser", "infrastructure", "A區給水立管破裂：停水、樓梯間漏水、機電室斷電", mg)
    s.incident("lift-a", "rescue", "A區電梯進水停止，住戶受困救出", r)
    s.alternative("同一棟、同一原因，值班員可能整併為一件；B區住戶水壓問題則可能與此無關。",
                  [{"label": "riser", "type": "infrastructure", "description": "A區立管破裂及其造成的電梯受困",
                    "sufficient_evidence_key": mg["key"]}])
    return s


def s719():
    s = Situation(719, "restaurant_fire_campus_alarm", "中午逢甲水湳校區對面餐廳排油煙管起火；"
                  "約200 m外校區宿舍總機因微波爐冒煙動作。", "2026-09-23 12:15", 719)
    x, y = 120.6506, 24.1775
    c = s.caller("fire_smoke", 0.0, "fire-rest", "逢甲水湳校區對面的餐廳廚房冒火，煙很大", x, y, 80)
    d = s.add("119", "fire", 1.0, "fire-rest", "餐廳廚房排油煙管起火，派遣西屯、文心分隊", x, y, severity="Moderate",
              key="119-1150923-0201")
    F = SENSORS["SN-FA-009"]
    ca = s.add("fire_alarm", "alarm", 2.0, None, "宿舍 2F 茶水間 偵煙探測器動作", sensor="SN-FA-009", alt="fire-rest")
    s.caller("fire_smoke", 2.5, "fire-rest", "學校旁邊一直在冒黑煙，是不是火災", x, y, 150)
    s.add("fire_alarm", "normal", 6.0, None, "駐衛警確認為微波爐加熱食物冒煙，已復歸", sensor="SN-FA-009",
          alt="fire-rest")
    s.add("incident", "fire_report", 5.0, "fire-rest", "餐廳火警，員警到場疏散用餐民眾", x + 0.0001, y + 0.0001,
          severity="Moderate")
    s.add("119", "fire", 7.5, "fire-rest", "到場，排油煙管火勢已撲滅，無延燒", x, y, key="119-1150923-0201-u1",
          follows="119-1150923-0201")
    s.add("119", "ambulance", 9.0, "fire-rest", "餐廳廚師手部燙傷，現場處置後送醫", x, y, key="119-1150923-0209")
    s.caller("fire_smoke", 14.0, "fire-rest", "剛才那間餐廳的煙飄過來，教室都是油煙味", F["lon"], F["lat"], 60)
    s.add("119", "fire", 35.0, "fire-rest", "現場處置完畢，返隊", x, y, key="119-1150923-0201-u2",
          follows="119-1150923-0201")
    s.background(16, -20, 60)
    s.incident("fire-rest", "fire", "餐廳排油煙管火警，含廚師燙傷送醫", c)
    s.alternative("校區總機在餐廳火警2分鐘後、約200 m處動作，值班員在確認前可能視為同一火警。",
                  s.incidents)
    return s


def s720():
    s = Situation(720, "night_collapse_breakin_quarrel", "深夜三件小案：經貿路二段酒醉男子倒地、"
                  "河南路停車場車窗遭破、黎明凱旋路口酒後口角拉扯。", "2026-11-06 23:30", 720)
    P = SENSORS["SN-PK-002"]
    px, py = P["lon"] + 0.0004, P["lat"] + 0.0002
    s.caller("other", 0.0, "collapse", "經貿六停車場旁人行道有一個人倒在地上，叫不醒", px, py, 50)
    cl = s.add("incident", "medical", 2.5, "collapse", "經貿路二段人行道男子路倒，疑酒醉", px + 0.0001, py,
               severity="Moderate")
    s.add("119", "ambulance", 2.0, "collapse", "經貿路二段男子路倒意識不清，派遣救護車", px, py, key="119-1151106-0712")
    s.add("119", "ambulance", 11.0, "collapse", "到場，酒醉嘔吐，送醫", px, py, key="119-1151106-0712-u1",
          follows="119-1151106-0712")
    K = SENSORS["SN-PK-003"]
    s.caller("other", 18.0, "breakin", "河南路停車場我的車窗被打破，包包被拿走", K["lon"], K["lat"], 40)
    bi = s.add("incident", "theft", 24.0, "breakin", "河南路停車場自小客車車窗遭破壞，車內財物失竊",
               K["lon"] + 0.0001, K["lat"] + 0.0001, severity="Minor")
    C = SENSORS["SN-CCTV-007"]
    s.caller("noise", 33.0, "quarrel", "黎明路凱旋路口樓下有人喝酒吵架很大聲", C["lon"], C["lat"], 80, alt=None)
    q = s.add("cctv", "crowding", 34.0, "quarrel", "影像分析偵測人群聚集", sensor="SN-CCTV-007", confidence=0.58)
    qq = s.add("incident", "public_disturbance", 37.0, "quarrel", "黎明路凱旋路口酒客口角拉扯，到場排解",
               C["lon"] + 0.0002, C["lat"] - 0.0001, severity="Minor", key="720-pd-quarrel")
    s.add("incident", "public_disturbance", 48.0, "quarrel", "雙方酒醒後離去，無人受傷", C["lon"] + 0.0002,
          C["lat"] - 0.0001, severity="Minor", follows="720-pd-quarrel")
    s.background(20, -20, 80, night=True)
    s.incident("collapse", "rescue", "經貿路二段酒醉男子路倒送醫", cl)
    s.incident("breakin", "public_safety", "河南路停車場車窗遭破財物失竊", bi)
    s.incident("quarrel", "public_safety", "黎明凱旋路口酒後口角拉扯", qq)
    s.alternative("吵鬧噪音報案可能是一般深夜噪音，不是那起拉扯。", s.incidents)
    return s


def s721():
    s = Situation(721, "pop_music_center_electrical_fire", "演唱會中流行影音中心B1配電室電氣起火，"
                  "觀眾疏散至凱旋路、交通受阻、觀眾不適。", "2026-07-11 20:30", 721)
    M = SENSORS["SN-FA-006"]; mx, my = M["lon"], M["lat"]
    s.add("planned_event", "concert", -90, None, "臺中流行影音中心 夏日演唱會，預估觀眾5,000人", mx, my,
          arrival_min=-12000, ends=60)
    s.add("parking", "full", -60, None, "汽車格位已滿", sensor="SN-PK-004")
    fa = s.add("fire_alarm", "alarm", 0.0, "fire-pmc", "B1 配電室 偵煙探測器動作", sensor="SN-FA-006")
    s.add("119", "fire", 1.5, "fire-pmc", "流行影音中心配電室冒煙，演唱會進行中，派遣西屯、文心分隊", mx, my,
          severity="Severe", key="119-1150711-0605")
    s.caller("fire_smoke", 3.0, "fire-pmc", "影音中心後台那邊有煙，觀眾都被叫出來了", mx, my, 100)
    cr = s.add("incident", "crowd_control", 6.0, "fire-pmc", "協助疏散演唱會觀眾約3000人至凱旋路側廣場",
               mx - 0.0004, my + 0.0002, severity="Moderate", alt="crowd-pmc")
    s.caller("crowding", 8.0, "fire-pmc", "凱旋路上全都是人，車子過不去", 120.6512, 24.1860, 80, alt="crowd-pmc")
    s.add("rule", "congestion", 9.0, "fire-pmc", "車流壅塞，平均車速6 km/h", sensor="SN-VD-KAIXUAN-02",
          severity="Moderate", alt="crowd-pmc")
    s.add("119", "fire", 10.0, "fire-pmc", "到場，配電盤短路起火，已以滅火器撲滅，排煙中", mx, my,
          key="119-1150711-0605-u1", follows="119-1150711-0605")
    s.add("119", "ambulance", 12.0, "fire-pmc", "疏散中一名女性觀眾過度換氣不適", mx - 0.0003, my + 0.0002,
          key="119-1150711-0611")
    s.caller("other", 16.0, "fire-pmc", "演唱會到底還會不會繼續？門口都沒人說明", mx, my, 120, alt="crowd-pmc")
    s.add("fire_alarm", "normal", 50.0, "fire-pmc", "總機復歸", sensor="SN-FA-006")
    s.add("incident", "crowd_control", 55.0, "fire-pmc", "演出取消，散場人潮管制至22時", mx - 0.0004, my + 0.0002,
          severity="Minor", alt="crowd-pmc")
    s.add("119", "fire", 62.0, "fire-pmc", "排煙完畢，交由台電及館方，返隊", mx, my, key="119-1150711-0605-u2",
          follows="119-1150711-0605")
    s.background(14, -40, 80)
    s.incident("fire-pmc", "fire", "流行影音中心配電室電氣火警，含觀眾疏散、交通影響與觀眾不適", fa)
    s.alternative("疏散人潮與散場管制由警察局另案處理，成為人潮案。",
                  [s.incidents[0], {"label": "crowd-pmc", "type": "crowd",
                                    "description": "火警疏散觀眾於凱旋路的人潮與交通管制",
                                    "sufficient_evidence_key": cr["key"]}])
    return s


def s722():
    s = Situation(722, "ebike_shop_fire_block_b", "凌晨B區一樓電動機車行電池起火，濃煙竄升、住戶受困陽台，"
                  "台電斷電致敦化路路燈與A區總機斷電。", "2026-12-03 02:10", 722)
    B = SENSORS["SN-FA-012"]; bx, by = B["lon"], B["lat"]
    c1 = s.caller("fire_smoke", 0.0, "fire-b", "敦化路一段樓下機車行在燒，有爆炸聲", bx, by, 70)
    s.add("fire_alarm", "alarm", 0.5, "fire-b", "B區 1F 店鋪 偵煙探測器動作", sensor="SN-FA-012")
    d = s.add("119", "fire", 1.0, "fire-b", "集合住宅1樓電動機車行火警，疑有民眾受困，加派雲梯車", bx, by,
              severity="Severe", key="119-1151203-0019")
    s.caller("fire_smoke", 2.0, "fire-b", "對面那棟冒很大的黑煙，火很大", 120.6588, 24.1835, 60)
    s.add("fire_alarm", "alarm", 3.0, "fire-b", "B區 3F 梯間 偵煙探測器動作", sensor="SN-FA-012",
          key="722-fa-b-3f")
    s.caller("other", 4.0, "fire-b", "我們住5樓，樓梯都是煙下不去，有小孩", bx, by, 40)
    s.add("incident", "fire_report", 5.0, "fire-b", "敦化路一段住宅火警，管制雙向車道", bx - 0.0003, by, severity="Severe")
    s.add("119", "rescue", 6.0, "fire-b", "雲梯車救援5樓陽台受困住戶3人", bx, by, key="119-1151203-0023")
    s.dup(c1, 130)
    s.add("119", "fire", 12.0, "fire-b", "到場，1樓機車行鋰電池起火，火勢控制，救出受困3人", bx, by,
          key="119-1151203-0019-u1", follows="119-1151203-0019")
    s.add("fire_alarm", "fault", 20.0, "fire-b", "主電源斷電", sensor="SN-FA-011", alt="power")
    s.add("119", "ambulance", 25.0, "fire-b", "嗆傷2人送中國醫藥大學附設醫院", bx, by, key="119-1151203-0031")
    sl = s.caller("streetlight", 30.0, "fire-b", "敦化路整排路燈都不亮，整條黑漆漆", 120.6595, 24.1825, 100,
                  alt="power")
    s.add("fire_alarm", "normal", 95.0, "fire-b", "B區 總機復歸", sensor="SN-FA-012")
    s.add("119", "fire", 120.0, "fire-b", "殘火處理完畢，返隊", bx, by, key="119-1151203-0019-u2",
          follows="119-1151203-0019")
    s.background(12, -30, 120, night=True)
    s.incident("fire-b", "fire", "B區1樓電動機車行火警，含受困救援、嗆傷送醫與搶救時台電斷電的影響", c1)
    s.alternative("搶救時台電斷電造成的路燈全暗與A區斷電，可由建設局另開設施案。",
                  [s.incidents[0], {"label": "power", "type": "infrastructure",
                                    "description": "搶救斷電造成敦化路路燈全暗與A區總機斷電",
                                    "sufficient_evidence_key": sl["key"]}])
    return s


if __name__ == "__main__":
    for f in (s717, s718, s719, s720, s721, s722):
        sit = f()
        print(sit.num, sit.write())
