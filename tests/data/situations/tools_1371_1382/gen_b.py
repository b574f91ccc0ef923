"""Situations 1377..1382 (seeded; rerun to regenerate)."""
from datetime import timedelta
from lib import Sit, offset

RESULTS = []


def s1377():
    S = Sit(1377, "typhoon_park_sensors_blind_junction_power", "2016-07-29")
    HN = (120.6535, 24.1748)       # 河南路 beside the south end of the park
    HZ = (120.650315, 24.171058)   # 河南路/中平路
    S.rule("R-C0F9T0-2200", "C0F9T0", "heavy_rain", None, "22:00", level="豪雨")
    S.rule("R-RG002-2230", "SN-RG-002", "heavy_rain", None, "22:30", level="豪雨")
    S.add("1999-1050729-0702", "1999", "streetlight", None, "22:45", (120.6601, 24.1958),
          text="經貿路二段路燈一閃一閃")
    S.off("ST-RG003-0100", "SN-RG-003", None, "+1 01:00", reason="battery_low")
    S.add("1999-1050730-0060", "1999", "other", None, "+1 02:20", (120.6455, 24.1902),
          text="陽台的盆栽被吹倒，鄰居的冷氣室外機好像鬆了")
    # G: the park's sensors lose their link at once
    sens = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002", "SN-RG-001"]
    for i, sid in enumerate(sens):
        S.off("ST-%s-2305" % sid[3:].replace("-", ""), sid, "G", "23:05:%02d" % (i * 6 + 3),
              reason="comms_lost" if i != 7 else None, alt=None)
    for sid in ("SN-FL-003", "SN-WL-001", "SN-RG-001"):
        S.rule("R-OFF-%s-2320" % sid[3:].replace("-", ""), sid, "sensor_offline", "G", "23:20", alt=None)
    for i, sid in enumerate(sens[:6]):
        S.on("ST-%s-0430" % sid[3:].replace("-", ""), sid, "G", "+1 04:3%d" % i, alt=None)
    # F: flood on 河南路 at the park's south end, seen only by people and one road sensor
    S.rule("R-FL007-2340", "SN-FL-007", "flood_depth", "F", "23:40", level="16-30")
    c = S.add("1999-1050729-0731", "1999", "flooding", "F", "23:48", offset(*HN, 180, 60),
              text="中央公園南邊的水一直流到河南路上，整條路都是水")
    S.add("1999-1050729-0735", "1999", "flooding", "F", "23:56", offset(*HN, 480, 220),
          text="我在文心路這邊，剛從河南路騎過來，停車場前面水很深，機車差點熄火")
    S.add("PK-005-0005", "parking", "closed", "F", "+1 00:05", "SN-PK-005", alt=None,
          text="入口坡道進水，暫停開放")
    S.add("PD-0730-0012", "incident", "flooding_report", "F", "+1 00:15", offset(*HN, 30, 270), sev="Severe",
          text="河南路二段中央公園南端積水約35公分，公園內滯洪池感測器無資料，請水利局確認")
    S.rule("R-FL007-0020", "SN-FL-007", "flood_depth", "F", "+1 00:20", level=">30")
    S.add("1999-1050730-0011", "1999", "flooding", "F", "+1 00:35", offset(*HN, 180, 60), follows=c["key"],
          text="又打來了，水沒有退，還在漲")
    # J: power cut at 河南路/中平路 junction
    S.add("SIG-010-0040", "signal", "fault", "J", "+1 00:40:10", "SN-SIG-010", text="控制器失電")
    S.off("ST-CCTV010-0040", "SN-CCTV-010", "J", "+1 00:40:14", reason="mains_power_lost")
    S.add("1999-1050730-0019", "1999", "power_outage", "J", "+1 00:52", offset(*HZ, 260, 240), alt=None,
          text="中平路這一帶整排停電，連路口的紅綠燈都暗了")
    S.add("PD-0730-0025", "incident", "traffic_signal_fault", "J", "+1 01:00", offset(*HZ, 25, 45), sev="Moderate",
          text="河南路中平路口號誌全暗，颱風夜車少，派員巡守")
    S.add("1999-1050730-0024", "1999", "traffic_signal", "J", "+1 01:05", offset(*HZ, 90, 10),
          text="河南路中平路口紅綠燈不亮")
    S.add("SIG-010-0310", "signal", "restored", "J", "+1 03:10", "SN-SIG-010")
    S.on("ST-CCTV010-0311", "SN-CCTV-010", "J", "+1 03:11")
    inc = [("G", "infrastructure", "中央公園滯洪池、水位、雨量感測器同時通訊中斷(23:05至翌日04:35)", "ST-FL001-2305"),
           ("F", "flood", "河南路二段中央公園南端淹水，停車場關閉", "R-FL007-2340"),
           ("J", "traffic", "河南路中平路口停電號誌全暗", "SIG-010-0040")]
    RESULTS.append(S.write(
        "颱風夜(2016-07-29 22:00至翌日04:40)：中央公園感測器通訊中斷、河南路淹水只靠民眾與路面感測器得知、路口停電", inc,
        ("颱風夜感測器斷線只是維修單，不算派遣案；停車場關閉可能只是業者預防性關閉；住戶停電是台電事，不屬路口案",
         [i for i in inc if i[0] != "G"]),
        "感測器斷線沒有閘道器資料(registry 無 gateway)，以同時間、同區、同原因(comms_lost)判斷為同一件。"))


def s1378():
    S = Sit(1378, "plum_rain_jingmao_two_floods_one_closure", "2016-06-14")
    N = (120.6596, 24.1825)
    SO = (120.6603, 24.1740)
    MID = (120.6600, 24.1782)
    S.rule("R-C0F9T0-1900", "C0F9T0", "heavy_rain", None, "19:00", level="大雨")
    S.rule("R-RG001-1930", "SN-RG-001", "heavy_rain", None, "19:30", level="豪雨")
    S.rule("R-FL004-2000", "SN-FL-004", "flood_depth", None, "20:00", level="1-15")
    S.add("1999-1050614-0811", "1999", "noise", None, "20:20", (120.6488, 24.1790),
          text="樓上一直在敲東西")
    # N: 經貿路 low point by 敦化路, drainage overflow
    S.rule("R-WL003-2010", "SN-WL-003", "water_level", "N", "20:10", level="2")
    S.rule("R-FL008-2015", "SN-FL-008", "flood_depth", "N", "20:15", level="16-30")
    S.add("1999-1050614-0820", "1999", "flooding", "N", "20:28", offset(*N, 200, 40),
          text="經貿路三段敦化路口水淹到輪胎一半")
    S.rule("R-FL008-2040", "SN-FL-008", "flood_depth", "N", "20:40", level=">30", dups=(1,))
    S.rule("R-VDJM02-2045", "SN-VD-JINGMAO-02", "congestion", "N", "20:45", sev="Moderate", alt=None)
    S.add("PD-0614-1702", "incident", "flooding_report", "N", "20:50", offset(*N, 30, 300), sev="Severe",
          text="經貿路三段敦化路口積水約40公分")
    # S: 經貿路/中平路 junction
    S.add("CCTV-011-2035", "cctv", "flooding", "S", "20:35", "SN-CCTV-011", conf=0.72)
    S.add("1999-1050614-0826", "1999", "flooding", "S", "20:42", offset(*SO, 350, 110),
          text="中平路經貿路口淹水，中國醫藥大學門口都是水")
    S.add("CCTV-011-2058", "cctv", "stalled_vehicle", "S", "20:58", "SN-CCTV-011", conf=0.83)
    S.add("PD-0614-1711", "incident", "stalled_vehicle", "S", "21:05", offset(*SO, 20, 0), sev="Moderate",
          text="經貿路中平路口一輛自小客車涉水熄火，駕駛已自行離車，待拖吊")
    S.add("PD-0614-1713", "incident", "flooding_report", "S", "21:08", offset(*SO, 40, 200), sev="Moderate",
          text="經貿路中平路口積水約25公分")
    S.rule("R-VDZP02-2110", "SN-VD-ZHONGPING-02", "congestion", "S", "21:10", sev="Minor", alt=None)
    # one closure and callers between the two
    S.add("PD-0614-1720", "incident", "road_closure", "N", "21:15", MID, sev="Severe", alt="S",
          text="經貿路(中平路至敦化路段)雙向封閉，請改道中清路")
    S.add("1999-1050614-0840", "1999", "flooding", "N", "21:20", offset(*MID, 60, 270), alt="S",
          text="經貿路整條都淹水，從敦化路到中平路都是")
    S.add("1999-1050614-0843", "1999", "flooding", "N", "21:31", offset(*MID, 420, 80), alt=None, delay=12,
          text="經貿路那邊是不是封路了？我要回家過不去")
    # PS: a quarrel at a shop on 中平路
    S.add("PD-0614-1740", "incident", "public_disturbance", "PS", "21:50", (120.6572, 24.1716), sev="Minor",
          text="中平路便利商店前兩名男子因躲雨推擠口角")
    S.add("1999-1050614-0851", "1999", "other", "PS", "21:52", (120.6569, 24.1719),
          text="超商門口有人在吵架，快打起來了")
    S.add("PD-0614-1755", "incident", "road_reopened", "N", "+1 00:40", MID, sev="Minor", alt="S",
          follows="PD-0614-1720", text="經貿路積水退去，解除封閉")
    inc = [("N", "flood", "經貿路三段敦化路口區域排水溢流淹水(含經貿路封閉)", "R-WL003-2010"),
           ("S", "flood", "經貿路中平路口淹水，車輛涉水熄火", "CCTV-011-2035"),
           ("PS", "public_safety", "中平路超商前口角推擠", "PD-0614-1740")]
    RESULTS.append(S.write(
        "梅雨夜(2016-06-14 19:00至翌日00:40)：經貿路同一條路上相距約950 m的兩處淹水，警方一道封路涵蓋兩處", inc,
        ("封路與路段中間的來電同時涵蓋兩處，歸到南端中平路口淹水案亦可；詢問封路的來電不是事件證據", inc)))


def s1379():
    S = Sit(1379, "typhoon_morning_after_river_underpass_signal", "2016-09-28")
    RV = (120.6935, 24.1862)
    UP = (120.6338, 24.176)
    T74 = (120.6472, 24.19586)
    S.rule("R-RG003-0500", "SN-RG-003", "heavy_rain", None, "05:00", level="大豪雨")
    S.rule("R-C0F9T0-0510", "C0F9T0", "heavy_rain", None, "05:10", level="豪雨")
    S.add("PK-001-0600", "parking", "closed", None, "06:00", "SN-PK-001", text="颱風停班停課，暫停開放")
    S.add("1999-1050928-0120", "1999", "other", None, "06:40", (120.6533, 24.1880),
          text="請問今天到底有沒有放颱風假")
    S.add("1999-1050928-0151", "1999", "streetlight", None, "08:50", (120.6612, 24.1770),
          text="中平路路燈早上還亮著沒關")
    # R: 旱溪 rising in Beitun
    S.rule("R-WL005-0510", "SN-WL-005", "water_level", "R", "05:10", level="2")
    S.rule("R-WL005-0600", "SN-WL-005", "water_level", "R", "06:00", level="1", dups=(0.5,))
    S.add("1999-1050928-0104", "1999", "flooding", "R", "06:05", offset(*RV, 300, 300),
          text="旱溪的水快滿到堤防上面了，很急")
    S.add("PD-0928-0201", "incident", "evacuation", "R", "06:20", RV, sev="Extreme",
          text="旱溪北屯段水位達一級警戒，疏散旱溪東西路低窪住戶")
    S.add("1999-1050928-0133", "1999", "other", "R", "07:10", offset(*RV, 1200, 270), alt=None, delay=8,
          text="北屯那邊旱溪是不是要撤離？我媽住旱溪西路那邊，電話打不通")
    # U: 臺灣大道/環中路 underpass
    S.rule("R-FL010-0530", "SN-FL-010", "flood_depth", "U", "05:30", level=">30")
    S.add("CCTV-009-0535", "cctv", "flooding", "U", "05:35", "SN-CCTV-009", conf=0.86)
    S.add("CCTV-009-0550", "cctv", "stalled_vehicle", "U", "05:50", "SN-CCTV-009", conf=0.79)
    r = S.add("119-1050928-0077", "119", "rescue", "U", "05:52", offset(*UP, 20, 200),
              text="臺灣大道環中路地下道一輛計程車受困水中")
    cl = S.add("PD-0928-0195", "incident", "road_closure", "U", "06:00", offset(*UP, 90, 30), sev="Severe",
               text="臺灣大道環中路地下道積水，雙向封閉")
    S.add("119-1050928-0077-s1", "119", "rescue", "U", "06:05", offset(*UP, 20, 200), status="on_scene",
          follows=r["key"], text="乘客及司機兩人已救出")
    S.add("1999-1050928-0127", "1999", "flooding", "U", "06:55", offset(*UP, 550, 60), delay=9,
          text="上班要走環中路地下道，聽說淹水封起來了，什麼時候會通")
    S.rule("R-VDHZ04-0740", "SN-VD-HUANZHONG-04", "congestion", "U", "07:40", sev="Moderate", alt=None)
    S.add("PD-0928-0260", "incident", "road_reopened", "U", "09:30", offset(*UP, 90, 30), sev="Minor",
          follows=cl["key"], text="臺灣大道環中路地下道抽水完畢，恢復通車")
    # G: dark signal at 台74/環中 in the morning rush
    S.add("SIG-001-0705", "signal", "fault", "G", "07:05", "SN-SIG-001", text="燈號全熄")
    S.add("CCTV-001-0706", "cctv", "signal_dark", "G", "07:06", "SN-CCTV-001", conf=0.9)
    S.add("1999-1050928-0135", "1999", "traffic_signal", "G", "07:20", offset(*T74, 150, 210),
          text="台74線下來環中路口紅綠燈全部不亮，很亂")
    S.add("PD-0928-0222", "incident", "traffic_signal_fault", "G", "07:25", offset(*T74, 20, 100), sev="Severe",
          text="台74線環中路二段口號誌全暗，已派員指揮，通報交通局")
    S.add("SIG-001-0840", "signal", "restored", "G", "08:40", "SN-SIG-001")
    inc = [("R", "flood", "旱溪北屯段一級警戒，疏散低窪住戶", "R-WL005-0510"),
           ("U", "flood", "臺灣大道環中路地下道淹水封閉、計程車受困救出，09:30 恢復", "R-FL010-0530"),
           ("G", "traffic", "台74線環中路口號誌全暗(早上尖峰)", "SIG-001-0705")]
    RESULTS.append(S.write(
        "梅姬颱風過後清晨(2016-09-28 05:00-09:30)：旱溪水位一級警戒疏散、地下道淹水封閉、路口黑燈", inc,
        ("找家人的來電不是旱溪事件的現場證據；環中路車慢可能是上班尖峰", inc)))


def s1380():
    S = Sit(1380, "plum_rain_skewed_clocks_late_cases", "2016-06-11")
    PD3 = (120.6545, 24.1805)
    MC = (120.652, 24.185)
    HZ = (120.6405, 24.1880)
    # rain gauge whose stamps are 8 h behind (UTC written with a +08:00 offset)
    S.rule("R-RG003-2130", "SN-RG-003", "heavy_rain", None, "21:30", level="大雨", skew=-480)
    S.rule("R-C0F9T0-2200", "C0F9T0", "heavy_rain", None, "22:00", level="豪雨")
    S.rule("R-RG001-2230", "SN-RG-001", "heavy_rain", None, "22:30", level="豪雨")
    S.off("ST-VDLM01-2250", "SN-VD-LIMING-01", None, "22:50", reason="device_fault")
    S.add("1999-1050611-0910", "1999", "noise", None, "23:15", (120.6618, 24.1899), delay=70,
          text="對面工地晚上還在抽水機運轉很吵")
    # F: pond 3 over its banks at the south end of 中科路; sensor clock 7 min slow; late cases
    S.rule("R-FL003-2310", "SN-FL-003", "flood_depth", "F", "23:10", level="16-30", skew=-7, alt=None)
    S.rule("R-FL003-2340", "SN-FL-003", "flood_depth", "F", "23:40", level=">30", skew=-7)
    S.add("1999-1050611-0931", "1999", "flooding", "F", "23:50", offset(*PD3, 150, 300),
          text="中科路尾端靠公園那邊淹水，水從公園裡面流出來")
    for i, (d, b, txt) in enumerate(((90, 20, "中科路底靠滯洪池那邊人行道都是水"),
                                      (600, 250, "逢甲水湳校區旁邊的路淹水，我剛騎車經過"),
                                      (240, 150, "公園旁邊淹水，水溝蓋都被沖開了"))):
        S.add("1999-1050611-094%d" % i, "1999", "flooding", "F", "23:5%d" % (5 + i), offset(*PD3, d, b),
              delay=95 + 4 * i, text=txt)
    S.add("PD-0612-0021", "incident", "flooding_report", "F", "+1 00:20", offset(*PD3, 40, 90), sev="Severe",
          text="中科路南端中央公園滯洪池溢流，路面積水約35公分，水溝蓋掀起", delay=42)
    # FI: fire in the pop music centre; panel clock 17 min slow, delivered twice
    S.add("FA-006-0105", "fire_alarm", "alarm", "FI", "+1 01:05", "SN-FA-006", skew=-17, dups=(0.1,),
          text="B1 舞台機械室 偵煙探測器動作")
    f = S.add("119-1050612-0031", "119", "fire", "FI", "+1 01:08", offset(*MC, 25, 180),
              text="臺中流行影音中心地下室冒煙，保全通報")
    S.add("119-1050612-0031-s1", "119", "fire", "FI", "+1 01:16", offset(*MC, 25, 180), status="on_scene",
          follows=f["key"], text="B1機房配電箱起火，已撲滅")
    S.add("PD-0612-0040", "incident", "fire_report", "FI", "+1 01:20", offset(*MC, 80, 270), sev="Moderate",
          text="流行影音中心火警，協助管制凱旋路進出")
    S.add("FA-006-0150", "fire_alarm", "normal", "FI", "+1 01:50", "SN-FA-006", skew=-17)
    S.add("119-1050612-0031-s2", "119", "fire", "FI", "+1 02:05", offset(*MC, 25, 180), status="closed",
          follows=f["key"], text="無人受傷，排煙完畢")
    # T: tree down on 環中路; the follow-up call reaches the center before the first case
    t1 = S.add("1999-1050612-0002", "1999", "fallen_tree", "T", "+1 00:30", offset(*HZ, 120, 130), delay=55,
               text="環中路二段往黎明路方向路樹倒塌，擋住兩個車道")
    S.add("1999-1050612-0008", "1999", "fallen_tree", "T", "+1 00:58", offset(*HZ, 120, 130),
          follows=t1["key"], delay=3, text="半小時前報過路樹的，樹還在路上，剛剛有機車差點撞上")
    S.rule("R-VDHZ01-0040", "SN-VD-HUANZHONG-01", "congestion", "T", "+1 00:40", sev="Moderate", alt=None)
    S.add("PD-0612-0030", "incident", "fallen_object", "T", "+1 01:02", offset(*HZ, 20, 0), sev="Moderate",
          text="環中路二段路樹倒塌占用內側兩車道，已擺設警示")
    inc = [("F", "flood", "中央公園滯洪池3溢流，中科路南端淹水", "R-FL003-2340"),
           ("FI", "fire", "流行影音中心B1機房配電箱起火", "FA-006-0105"),
           ("T", "traffic", "環中路二段路樹倒塌占兩車道", "1999-1050612-0008")]
    RESULTS.append(S.write(
        "梅雨夜(2016-06-11 21:00至翌日02:10)：設備時鐘偏差、1999 案件積壓晚到、追蹤來電先於原案到達", inc,
        ("滯洪池3的16-30 cm只是池子蓄水，溢流是後面才發生；環中路車慢可能只是雨天", inc),
        "SN-RG-003 的時間戳記慢8小時(UTC時間標成+08:00)；SN-FL-003、SN-FA-006 慢7、17分鐘。"))


def s1381():
    S = Sit(1381, "typhoon_eve_stranded_hub_hoarding", "2016-09-26")
    HUB = (120.6528, 24.1972)
    UP = (120.657242, 24.198897)
    ZP = (120.6560, 24.1712)
    S.add("PE-EXPO-0926", "planned_event", "exhibition", None, "09:00", (120.6551, 24.1944),
          ends="18:00", radius=300, delay=-2880, text="臺中國際會展中心 秋季家具展")
    S.add("PE-WORKS-0901", "planned_event", "road_works", None, S.day0 - timedelta(days=25), ZP,
          ends="+30 00:00", radius=150, delay=-20160, text="中平路(經貿路至河南路)拓寬工程，外側車道封閉")
    S.rule("R-C0F9T0-1500", "C0F9T0", "heavy_rain", None, "15:00", level="大雨")
    S.rule("R-RG002-1900", "SN-RG-002", "heavy_rain", None, "19:00", level="豪雨")
    S.add("CCTV-005-1635", "cctv", "crowding", None, "16:35", "SN-CCTV-005", conf=0.71, alt="H")
    S.add("1999-1050926-0980", "1999", "noise", None, "20:10", (120.6640, 24.1810),
          text="颱風要來了，隔壁還在施工打釘")
    # H: travellers stranded at the transit hub when intercity buses stop
    S.add("PK-001-1730", "parking", "full", "H", "17:30", "SN-PK-001", alt=None)
    S.add("CCTV-004-1740", "cctv", "crowding", "H", "17:40", "SN-CCTV-004", conf=0.8)
    S.add("CCTV-003-1750", "cctv", "crowding", "H", "17:50", "SN-CCTV-003", conf=0.64)
    S.add("PD-0926-1520", "incident", "crowd_control", "H", "18:00", offset(*HUB, 30, 90), sev="Moderate",
          text="國道客運因颱風停駛，水湳轉運中心滯留旅客約六百人，派員維持秩序")
    S.add("1999-1050926-0955", "1999", "crowding", "H", "18:05", offset(*HUB, 40, 200),
          text="轉運中心客運全部停駛，候車室擠滿人，沒有人出來說明")
    S.add("1999-1050926-0961", "1999", "other", None, "18:20", offset(*HUB, 2500, 200), alt="H",
          text="請問往台北的國光客運今天晚上還有沒有車？")
    S.add("PD-0926-1588", "incident", "crowd_control", "H", "20:30", offset(*HUB, 30, 90), sev="Minor",
          text="轉運中心滯留旅客已由市府接駁車疏運，剩約八十人")
    # W: hoarding of the 中平路 works blown into the road
    S.add("1999-1050926-0970", "1999", "fallen_object", "W", "19:10", offset(*ZP, 70, 40),
          text="中平路施工圍籬被風吹倒在車道上，一整片鐵板")
    S.rule("R-VDZP01-1920", "SN-VD-ZHONGPING-01", "congestion", "W", "19:20", sev="Minor", alt=None)
    S.add("PD-0926-1560", "incident", "fallen_object", "W", "19:25", offset(*ZP, 15, 200), sev="Moderate",
          text="中平路施工圍籬倒塌占用車道，已通知施工廠商到場")
    # U: 中清環中 underpass floods in the evening
    S.rule("R-FL006-2030", "SN-FL-006", "flood_depth", "U", "20:30", level="16-30")
    S.add("1999-1050926-0992", "1999", "flooding", "U", "20:48", offset(*HUB, 20, 0),
          text="我在轉運站，旁邊中清路地下道淹水了，公車都過不去")
    S.add("CCTV-008-2055", "cctv", "flooding", "U", "20:55", "SN-CCTV-008", conf=0.84)
    S.rule("R-FL006-2110", "SN-FL-006", "flood_depth", "U", "21:10", level=">30")
    S.add("PD-0926-1610", "incident", "road_closure", "U", "21:20", offset(*UP, 100, 200), sev="Severe",
          text="中清環中地下道積水封閉，接駁車改走平面")
    inc = [("H", "crowd", "國道客運停駛，水湳轉運中心滯留旅客約六百人", "CCTV-004-1740"),
           ("W", "traffic", "中平路施工圍籬倒塌占用車道", "1999-1050926-0970"),
           ("U", "flood", "中清環中地下道淹水封閉", "R-FL006-2030")]
    RESULTS.append(S.write(
        "梅姬颱風前夕(2016-09-26 15:00-21:30)：客運停駛轉運中心旅客滯留、施工圍籬倒塌、地下道淹水", inc,
        ("展覽提早散場的人潮與詢問客運的來電也可視為轉運中心滯留的一部分；轉運中心停車場滿只是一般現象", inc),
        "展覽與施工許可本身沒有問題，屬背景。"))


def s1382():
    S = Sit(1382, "long_typhoon_night_reflood_tree_crash", "2016-07-07")
    LK = (120.6475, 24.193)
    UP = (120.6338, 24.176)
    TR = (120.6405, 24.1880)
    S.rule("R-C0F9T0-2100", "C0F9T0", "heavy_rain", None, "21:00", level="豪雨")
    S.rule("R-RG002-2200", "SN-RG-002", "heavy_rain", None, "22:00", level="大豪雨")
    S.rule("R-RG001-0300", "SN-RG-001", "heavy_rain", None, "+1 03:00", level="豪雨")
    S.rule("R-FL001-2300", "SN-FL-001", "flood_depth", None, "23:00", level="1-15")
    S.add("1999-1050708-0031", "1999", "other", None, "+1 01:20", (120.6590, 24.1870),
          text="我家窗戶一直滲水進來，可以派人來嗎")
    S.rule("R-VDHZ04-0800", "SN-VD-HUANZHONG-04", "congestion", None, "+1 08:00", sev="Minor")
    # L: 黎明路/凱旋路 low point floods, drains, floods again at dawn
    S.rule("R-FL009-2330", "SN-FL-009", "flood_depth", "L", "23:30", level="16-30", alt="L1")
    S.rule("R-FL009-2350", "SN-FL-009", "flood_depth", "L", "23:50", level=">30", alt="L1")
    c1 = S.add("PD-0707-2001", "incident", "road_closure", "L", "23:55", offset(*LK, 60, 120), sev="Severe",
               alt="L1", text="黎明路三段凱旋路口積水逾40公分，封閉")
    S.add("1999-1050708-0012", "1999", "flooding", "L", "+1 00:05", offset(*LK, 300, 30), alt="L1",
          text="黎明路凱旋路口又淹了，每次下大雨都這樣")
    S.add("CCTV-007-0010", "cctv", "flooding", "L", "+1 00:10", "SN-CCTV-007", conf=0.8, alt="L1")
    S.add("PD-0708-0022", "incident", "road_reopened", "L", "+1 01:45", offset(*LK, 60, 120), sev="Minor",
          alt="L1", follows=c1["key"], text="黎明路凱旋路口積水退去，恢復通行")
    S.rule("R-FL009-0440", "SN-FL-009", "flood_depth", "L", "+1 04:40", level="16-30", alt="L2")
    S.add("1999-1050708-0060", "1999", "flooding", "L", "+1 04:50", offset(*LK, 150, 250), alt="L2",
          text="凱旋路黎明路口水又漲起來了，早上要上班怎麼辦")
    c2 = S.add("PD-0708-0090", "incident", "road_closure", "L", "+1 04:55", offset(*LK, 60, 120), sev="Severe",
               alt="L2", text="黎明路凱旋路口再度積水，再次封閉")
    S.rule("R-VDKX01-0700", "SN-VD-KAIXUAN-01", "congestion", "L", "+1 07:00", sev="Moderate", alt=None)
    S.add("PD-0708-0141", "incident", "road_reopened", "L", "+1 07:10", offset(*LK, 60, 120), sev="Minor",
          alt="L2", follows=c2["key"], text="黎明路凱旋路口恢復通行")
    # U: 臺灣大道/環中路 underpass
    S.rule("R-FL010-0030", "SN-FL-010", "flood_depth", "U", "+1 00:30", level="16-30")
    S.add("CCTV-009-0038", "cctv", "flooding", "U", "+1 00:38", "SN-CCTV-009", conf=0.78)
    S.rule("R-FL010-0100", "SN-FL-010", "flood_depth", "U", "+1 01:00", level=">30")
    S.add("PD-0708-0030", "incident", "road_closure", "U", "+1 01:10", offset(*UP, 90, 30), sev="Severe",
          text="臺灣大道環中路地下道封閉")
    S.add("PD-0708-0101", "incident", "road_reopened", "U", "+1 05:20", offset(*UP, 90, 30), sev="Minor",
          follows="PD-0708-0030", text="臺灣大道環中路地下道恢復通行")
    # S9: the junction above the underpass goes dark
    S.add("SIG-009-0050", "signal", "fault", "S9", "+1 00:50", "SN-SIG-009", alt="U", text="燈號全熄")
    S.add("CCTV-009-0052", "cctv", "signal_dark", "S9", "+1 00:52", "SN-CCTV-009", conf=0.88, alt="U")
    S.add("PD-0708-0035", "incident", "traffic_signal_fault", "S9", "+1 01:15", offset(*UP, 200, 230),
          sev="Moderate", alt="U", text="臺灣大道環中路口號誌故障，地下道封閉中，由同組警力指揮")
    S.add("SIG-009-0410", "signal", "restored", "S9", "+1 04:10", "SN-SIG-009", alt="U")
    # TC: tree across 環中路, then a car runs into it
    t = S.add("1999-1050708-0043", "1999", "fallen_tree", "TC", "+1 02:15", offset(*TR, 250, 300),
              text="環中路二段靠黎明路那邊有一棵大樹倒在快車道")
    S.add("PD-0708-0051", "incident", "injury_accident", "TC", "+1 02:28", offset(*TR, 10, 180), sev="Moderate",
          alt="TC2", text="環中路二段自小客車撞上倒塌路樹，駕駛輕傷")
    a = S.add("119-1050708-0019", "119", "ambulance", "TC", "+1 02:26", offset(*TR, 10, 180), alt="TC2",
              text="環中路二段車輛撞樹，駕駛頭部擦傷")
    S.add("119-1050708-0019-s1", "119", "ambulance", "TC", "+1 02:58", offset(*TR, 10, 180), status="returning",
          follows=a["key"], alt="TC2", text="傷者送醫")
    S.rule("R-VDHZ01-0235", "SN-VD-HUANZHONG-01", "congestion", "TC", "+1 02:35", sev="Moderate", alt=None)
    S.add("PD-0708-0066", "incident", "fallen_object", "TC", "+1 03:20", offset(*TR, 10, 180), sev="Moderate",
          text="環中路二段倒樹已由養工處鋸除移開，事故車已拖離")
    inc = [("L", "flood", "黎明路凱旋路口低窪處整夜兩度淹水封閉(23:30-07:10)，同一抽水與交管", "R-FL009-2330"),
           ("U", "flood", "臺灣大道環中路地下道淹水封閉(00:30-05:20)", "R-FL010-0030"),
           ("S9", "traffic", "臺灣大道環中路口號誌黑燈", "SIG-009-0050"),
           ("TC", "traffic", "環中路二段路樹倒塌並遭自小客車撞上，駕駛輕傷", "1999-1050708-0043")]
    alt = [("L1", "flood", "黎明路凱旋路口第一次淹水(23:30-01:45)", "R-FL009-2330"),
           ("L2", "flood", "黎明路凱旋路口清晨再度淹水(04:40-07:10)", "R-FL009-0440"),
           ("U", "flood", "臺灣大道環中路地下道淹水封閉，含路口號誌黑燈", "R-FL010-0030"),
           ("TC", "traffic", "環中路二段路樹倒塌", "1999-1050708-0043"),
           ("TC2", "traffic", "環中路二段車輛撞倒樹，駕駛輕傷", "119-1050708-0019")]
    RESULTS.append(S.write(
        "尼伯特颱風長夜(2016-07-07 21:00至翌日08:00)：同一路口兩度淹水、地下道淹水與上方路口黑燈、路樹遭車撞", inc,
        ("解除封閉後再次淹水可算新案；地下道上方黑燈由同一組警力處理可併入地下道案；撞樹可算另一件交通事故", alt)))


if __name__ == "__main__":
    for f in (s1377, s1378, s1379, s1380, s1381, s1382):
        f()
    for r in RESULTS:
        print(*r)
