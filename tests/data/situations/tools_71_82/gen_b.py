"""Situations 77-82. Run: python3 gen_b.py (deterministic, seeded)."""
from __future__ import annotations

from lib import Situation, inc, pos

PARK_GW = ["SN-FL-001", "SN-FL-002", "SN-FL-003", "SN-FL-004", "SN-FL-005", "SN-WL-001", "SN-WL-002", "SN-RG-001"]


def s77() -> None:
    """Sensor gateway outage in Central Park, and a flood the sensors could not see."""
    s = Situation(77, "gateway", "2026-07-15T06:30:00Z", 7707)  # 14:30 local
    offl = [s.add("status", "offline", 0.1 * i, "設備離線：comms_lost", "G", sensor=sid, truth_alt=None)
            for i, sid in enumerate(PARK_GW)]
    g = sorted(offl, key=lambda i: i["arrival"])[2]  # three park sensors gone within a minute: the gateway
    for i, sid in enumerate(PARK_GW):
        s.add("rule", "sensor_offline", 21 + 0.2 * i, f"{sid} 超過20分鐘未回傳資料", "G", sensor=sid, severity="Minor", truth_alt=None)
    # unrelated planned maintenance of a detector on 河南路
    s.add("status", "offline", 12, "設備離線：maintenance", None, sensor="SN-VD-HENAN-01")
    s.add("status", "online", 47, "設備連線", None, sensor="SN-VD-HENAN-01")
    # thunderstorm while the park is blind
    s.add("rule", "heavy_rain", 38, "西屯雨量站 1小時雨量 52 mm，達大雨標準", None, sensor="C0F9T0", severity="Moderate", level="大雨")
    f1 = s.add("1999", "flooding", 52, "中央公園靠中科路這邊步道淹水，水快淹到膝蓋，有小朋友在玩水很危險", "F", lon=120.6549, lat=24.1824)
    s.add("1999", "flooding", 56, "中央公園滯洪池旁邊步道都是水", "F", lon=120.6551, lat=24.1819)
    s.add("incident", "flooding_report", 63, "中央公園中科路側步道積水約40公分，已拉封鎖線勸離民眾", "F", lon=120.6547, lat=24.1822, severity="Moderate")
    # gateway back: buffered readings arrive late, the park pond alarms among them
    for i, sid in enumerate(PARK_GW):
        s.add("status", "online", 118 + 0.1 * i, "設備連線", "G", sensor=sid, truth_alt=None)
    s.add("rule", "flood_depth", 55, "中央公園滯洪池3 淹水深度 34 cm（補傳資料）", "F", sensor="SN-FL-003", severity="Severe", level=">30", delay_s=64 * 60)
    s.add("rule", "flood_depth", 58, "中央公園滯洪池4 淹水深度 19 cm（補傳資料）", "F", sensor="SN-FL-004", severity="Moderate", level="16-30", delay_s=61 * 60)
    s.add("rule", "water_level", 60, "中央公園南滯洪池水位 2.12 m，達三級警戒（補傳資料）", "F", sensor="SN-WL-002", severity="Moderate", level="3", delay_s=59 * 60)
    s.add("rule", "cleared", 125, "中央公園滯洪池3 淹水警戒解除", "F", sensor="SN-FL-003", severity="Minor")
    s.write(
        "park_gateway_outage",
        "Afternoon: the Central Park sensor gateway loses its link, eight park sensors go offline together for ~2 h. A "
        "thunderstorm floods the park path by pond 3 while the park is blind; citizens and police report it; when the "
        "gateway returns, the buffered pond alarms arrive an hour late. A detector on 河南路 is offline for planned maintenance.",
        [inc("G", "infrastructure", "Central Park sensor gateway down: 8 sensors offline at once, one repair job", g["key"]),
         inc("F", "flood", "park path by detention pond 3 (中科路 side) flooded ~40 cm during the storm", f1["key"])],
        {"why": "A coordinator may treat a sensor-gateway outage as an IT maintenance ticket, not an operations incident "
                "(G items -> null).",
         "incidents": [inc("F", "flood", "park path by pond 3 flooded", f1["key"])]},
        notes="Planned maintenance offline/online of SN-VD-HENAN-01 is background. The late pond alarms belong to F although "
              "they arrive after the gateway items.")


def s78() -> None:
    """Quiet night: background only."""
    s = Situation(78, "quiet", "2026-11-08T18:00:00Z", 7808)  # Monday 02:00 local
    s.add("status", "offline", 5, "設備離線：maintenance", None, sensor="SN-CCTV-003")
    s.add("1999", "streetlight", 22, "黎明路三段路燈閃爍，編號XT-20417", None, lon=120.6512, lat=24.1943)
    s.add("fire_alarm", "fault", 41, "中國醫藥大學水湳校區 受信總機 備用電池電壓低", None, sensor="SN-FA-010")
    s.add("signal", "fault", 63, "號誌閃爍異常", None, sensor="SN-SIG-003", truth_alt="S")
    s.add("signal", "restored", 63.7, "號誌恢復正常", None, sensor="SN-SIG-003", truth_alt="S")
    s.add("status", "online", 66, "設備連線", None, sensor="SN-CCTV-003")
    s.add("1999", "noise", 95, "環中路半夜有改裝車一直飆車，很吵", None, lon=120.6560, lat=24.1990)
    s.add("fire_alarm", "normal", 110, "受信總機復歸", None, sensor="SN-FA-010")
    s.add("1999", "other", 160, "經貿路三段人行道有垃圾沒人收", None, lon=120.6590, lat=24.1860)
    s.add("rule", "congestion", 235, "河南路車輛偵測器2 平均車速 23 km/h，車流壅塞", None, sensor="SN-VD-HENAN-02", severity="Minor")
    s.add("parking", "full", 238, "河南路停車場 機車位已滿", None, sensor="SN-PK-003")
    s.write(
        "quiet_night",
        "02:00-06:00 local on a weekday: planned camera maintenance, a streetlight, a panel battery fault, a 40-second "
        "signal blip that fixed itself, racing-car noise, litter, the first morning slowdown on 河南路 and a full scooter "
        "park. Nothing to dispatch from the operations center.",
        [],
        {"why": "A strict coordinator may still log the 40-second signal flicker at 中科路/環中路二段 as a signal job for the "
                "contractor to check (S).",
         "incidents": [inc("S", "traffic", "signal flicker at 中科路/環中路二段, self-restored after 40 s", "s78-004")]},
        notes="Routine 1999 cases (streetlight, noise, litter) go straight to their bureau: background.")


def s79() -> None:
    """Two — then three — crashes on 經貿路 close in time and place, but distinct."""
    s = Situation(79, "twocrash", "2026-09-16T10:05:00Z", 7909)  # 18:05 local
    p5, p6 = pos("SN-SIG-005"), pos("SN-SIG-006")
    k1 = s.add("incident", "injury_accident", 0, "經貿路二段黎明路三段口 機車自摔，騎士手臂擦傷（往北）", "K1", lon=p5[0] + 0.00005, lat=p5[1] - 0.0001, severity="Moderate")
    a1 = s.add("119", "ambulance", 1, "經貿路二段黎明路三段口 機車騎士受傷", "K1", lon=p5[0] + 0.00005, lat=p5[1] - 0.0001)
    s.add("cctv", "stalled_vehicle", 0.5, "路口偵測車輛停滯", "K1", sensor="SN-CCTV-005", confidence=0.66)
    k2 = s.add("incident", "accident", 6, "經貿路二段經貿七路口 自小客車追撞（往南），無人受傷，佔用內側車道", "K2", lon=p6[0] - 0.00005, lat=p6[1] + 0.0001, severity="Minor")
    s.add("cctv", "stalled_vehicle", 6.3, "路口偵測車輛停滯", "K2", sensor="SN-CCTV-006", confidence=0.75)
    s.add("1999", "traffic_accident", 7, "經貿路上有車禍，車子停在路中間", "K2", lon=120.6562, lat=24.1938, truth_alt="K1")
    s.add("1999", "traffic_accident", 8, "經貿七路口兩台車撞在一起", "K2", lon=p6[0] + 0.0002, lat=p6[1])
    s.add("rule", "congestion", 10, "經貿路車輛偵測器1 平均車速 11 km/h，車流壅塞", "K1", sensor="SN-VD-JINGMAO-01", severity="Moderate", truth_alt=None)
    s.add("119", "ambulance", 17, "騎士送醫", "K1", lon=p5[0] + 0.00005, lat=p5[1] - 0.0001, follows=a1["key"])
    s.add("incident", "accident", 24, "經貿七路口追撞車輛已移置路邊", "K2", lon=p6[0] - 0.00005, lat=p6[1] + 0.0001, severity="Minor", follows=k2["key"])
    s.add("incident", "injury_accident", 30, "黎明路三段口事故處理完畢", "K1", lon=p5[0] + 0.00005, lat=p5[1] - 0.0001, severity="Minor", follows=k1["key"])
    # a new crash at the same intersection as K1, after K1 was closed
    k3 = s.add("incident", "accident", 71, "經貿路二段黎明路三段口 計程車與自小客車擦撞（左轉），無人受傷", "K3", lon=p5[0] - 0.0001, lat=p5[1] + 0.00005, severity="Minor")
    s.add("cctv", "stalled_vehicle", 70.5, "路口偵測車輛停滯", "K3", sensor="SN-CCTV-005", confidence=0.71)
    s.add("1999", "traffic_accident", 73, "黎明路經貿路口又有車禍", "K3", lon=p5[0] - 0.0003, lat=p5[1] + 0.0002)
    s.add("incident", "accident", 92, "黎明路三段口擦撞車輛已離開現場", "K3", lon=p5[0] - 0.0001, lat=p5[1] + 0.00005, severity="Minor", follows=k3["key"])
    s.write(
        "three_crashes_jingmao",
        "Evening rush on 經貿路二段: a northbound scooter fall at 黎明路三段口, six minutes later an unrelated southbound "
        "rear-end at 經貿七路口 (~420 m), and 70 minutes later another crash at 黎明路三段口 after the first was cleared.",
        [inc("K1", "traffic", "scooter fall with minor injury at 經貿路二段/黎明路三段 (northbound)", k1["key"]),
         inc("K2", "traffic", "rear-end, no injury, at 經貿路二段/經貿七路 (southbound)", k2["key"]),
         inc("K3", "traffic", "taxi-car scrape at 經貿路二段/黎明路三段, 70 min later, new job", k3["key"])],
        {"why": "The vague call '經貿路上有車禍' could be about either crash (K1 under the other reading); the queue at the "
                "northern detector may be left unattached.",
         "incidents": [inc("K1", "traffic", "scooter fall", k1["key"]), inc("K2", "traffic", "rear-end", k2["key"]),
                       inc("K3", "traffic", "later scrape", k3["key"])]})


def s80() -> None:
    """Long incident: 5 hours of flooding at the 河南路 low point in a plum-rain front."""
    s = Situation(80, "long", "2026-05-28T06:00:00Z", 8010)  # 14:00 local
    fl = "SN-FL-007"
    lon, lat = pos(fl)
    s.add("rule", "heavy_rain", 0, "西屯雨量站 1小時雨量 44 mm，達大雨標準", None, sensor="C0F9T0", severity="Moderate", level="大雨")
    s.add("rule", "heavy_rain", 35, "中央公園雨量站 3小時累積雨量 105 mm，達豪雨標準", None, sensor="SN-RG-001", severity="Severe", level="豪雨")
    l1 = s.add("rule", "flood_depth", 10, "河南路低窪處 淹水深度 9 cm", "L", sensor=fl, severity="Minor", level="1-15")
    l2 = s.add("rule", "flood_depth", 28, "河南路低窪處 淹水深度 21 cm", "L", sensor=fl, severity="Moderate", level="16-30")
    c1 = s.add("1999", "flooding", 31, "河南路靠中平路那段淹水了，車子開過去水花很大", "L", lon=lon - 0.0005, lat=lat - 0.0006)
    s.add("cctv", "flooding", 33, "路口偵測道路積水", "L", sensor="SN-CCTV-010", confidence=0.77)
    p1 = s.add("incident", "flooding_report", 40, "河南路三段近中平路 積水約25公分，外側車道無法通行", "L", lon=lon - 0.0003, lat=lat - 0.0004, severity="Moderate")
    s.add("rule", "congestion", 42, "河南路車輛偵測器2 平均車速 12 km/h，車流壅塞", "L", sensor="SN-VD-HENAN-02", severity="Moderate")
    s.add("rule", "flood_depth", 55, "河南路低窪處 淹水深度 38 cm", "L", sensor=fl, severity="Severe", level=">30")
    s.add("incident", "road_closure", 58, "河南路三段低窪路段 雙向封閉，車輛改道中平路", "L", lon=lon, lat=lat, severity="Severe", follows=p1["key"])
    s.add("1999", "flooding", 64, "河南路停車場入口淹水，車子出不來", "L", lon=120.6531, lat=24.1748)
    s.add("incident", "stalled_vehicle", 70, "封閉前駛入之自小客車於積水處熄火，駕駛已自行離開，待拖吊", "L", lon=lon + 0.0001, lat=lat - 0.0001, severity="Moderate")
    s.add("rule", "flood_depth", 60, "中央公園滯洪池5 淹水深度 8 cm", None, sensor="SN-FL-005", severity="Minor", level="1-15")
    s.add("1999", "flooding", 92, "河南路住家騎樓進水，請派抽水機和沙包", "L", lon=lon - 0.0007, lat=lat - 0.0002)
    s.add("incident", "flooding_report", 100, "水利局抽水機2台於河南路低窪處抽水中", "L", lon=lon, lat=lat, severity="Moderate", follows=p1["key"])
    s.add("rule", "congestion", 110, "中平路車輛偵測器1 平均車速 14 km/h，車流壅塞", "L", sensor="SN-VD-ZHONGPING-01", severity="Moderate", truth_alt=None)
    r1 = s.add("119", "ambulance", 125, "中國醫藥大學水湳校區 學生於走廊滑倒頭部撞傷", "R", lon=120.6590, lat=24.1738)
    s.add("119", "ambulance", 150, "患者送醫", "R", lon=120.6590, lat=24.1738, follows=r1["key"])
    s.add("rule", "flood_depth", 140, "河南路低窪處 淹水深度 44 cm", "L", sensor=fl, severity="Severe", level=">30")
    s.add("1999", "flooding", 150, "河南路淹水已經兩個多小時了，怎麼還沒退", "L", lon=lon - 0.0004, lat=lat - 0.0007)
    s.add("1999", "blocked_drain", 165, "河南路水溝蓋被垃圾樹葉堵住，水排不掉", "L", lon=lon + 0.0004, lat=lat - 0.0002)
    t1 = s.add("1999", "fallen_tree", 185, "中平路靠經貿路有樹枝斷掉掉在機車道", "T", lon=120.6640, lat=24.1752)
    s.add("incident", "fallen_object", 192, "中平路斷落樹枝已移至路旁", "T", lon=120.6641, lat=24.1751, severity="Minor")
    s.add("rule", "flood_depth", 215, "河南路低窪處 淹水深度 26 cm", "L", sensor=fl, severity="Moderate", level="16-30")
    s.add("rule", "flood_depth", 250, "河南路低窪處 淹水深度 12 cm", "L", sensor=fl, severity="Minor", level="1-15")
    s.add("incident", "road_closure", 262, "河南路三段積水消退，解除封閉", "L", lon=lon, lat=lat, severity="Minor", follows=p1["key"])
    s.add("rule", "cleared", 290, "河南路低窪處 淹水警戒解除", "L", sensor=fl, severity="Minor")
    s.add("1999", "other", 300, "河南路淹水退了之後路面都是泥巴，請派人清洗", "L", lon=lon - 0.0002, lat=lat - 0.0003, truth_alt=None)
    s.write(
        "henan_long_flood",
        "Plum-rain afternoon 14:00-19:00 local: the 河南路 low point floods from 9 to 44 cm and back over five hours, with "
        "calls, a closure, a stalled car, pumps and a blocked drain; meanwhile an unrelated fall at the 中國醫藥大學 campus "
        "and a branch down on 中平路.",
        [inc("L", "flood", "河南路 low-point flooding for ~5 h (sensor from 14:10, closure 14:58-18:22, cleared 18:50)", l2["key"]),
         inc("R", "rescue", "student fell at 中國醫藥大學水湳校區, ambulance", r1["key"]),
         inc("T", "traffic", "branch down on the 中平路 scooter lane near 經貿路", t1["key"])],
        {"why": "The 中平路 queue is the detour of the closure but far from the water; the mud-cleaning call is a follow-on "
                "sanitation request a coordinator may leave to 環保局 (both null).",
         "incidents": [inc("L", "flood", "河南路 flooding", l2["key"]), inc("R", "rescue", "campus fall", r1["key"]),
                       inc("T", "traffic", "branch on 中平路", t1["key"])]},
        notes="The first 9 cm reading alone is not enough to dispatch; 21 cm on a road low point in heavy rain is. Rain alarms and the pond-5 reading (pond filling as designed) are background.")
    _ = l1


def s81() -> None:
    """False alarms: a museum fire alarm from oven fumes, and a flood sensor glitch on a dry day."""
    s = Situation(81, "false", "2026-02-21T03:00:00Z", 8111)  # 11:00 local
    fa = "SN-FA-004"
    lon, lat = pos(fa)
    f1 = s.add("fire_alarm", "alarm", 0, "臺中綠美圖 3F 餐飲區 偵煙探測器動作", "F", sensor=fa)
    f2 = s.add("119", "fire", 1, "臺中綠美圖火警受信，派遣前往確認", "F", lon=lon, lat=lat)
    s.add("1999", "other", 3, "綠美圖裡面警鈴一直響，廣播叫大家往外走", "F", lon=lon + 0.0003, lat=lat - 0.0002)
    s.add("cctv", "crowding", 5, "經貿路二段經貿七路口人群聚集", "F", sensor="SN-CCTV-006", confidence=0.58, motion="moving", truth_alt=None)
    s.add("119", "fire", 11, "現場確認為餐廳烤箱油煙觸發偵煙器，無火災，誤報", "F", lon=lon, lat=lat, follows=f2["key"])
    s.add("fire_alarm", "normal", 13, "受信總機復歸", "F", sensor=fa)
    g1 = s.add("rule", "flood_depth", 40, "中央公園滯洪池2 淹水深度 47 cm", "S", sensor="SN-FL-002", severity="Severe", level=">30", truth_alt=None)
    s.add("rule", "cleared", 50, "中央公園滯洪池2 淹水警戒解除", "S", sensor="SN-FL-002", severity="Minor", truth_alt=None)
    s.add("1999", "streetlight", 30, "中科路路燈桿被撞歪", None, lon=120.6536, lat=24.1880)
    s.write(
        "false_alarms",
        "Sunny Saturday late morning: 臺中綠美圖's panel alarms from restaurant-oven fumes, visitors evacuate, 119 checks "
        "and calls it a false alarm; later detention pond 2's flood sensor reports 47 cm for ten minutes with no rain.",
        [inc("F", "fire", "綠美圖 fire alarm, checked by 119: false alarm (oven fumes), building evacuated ~15 min", f1["key"]),
         inc("S", "flood", "pond 2 flood sensor 47 cm on a dry day: verify (camera/patrol), sensor glitch", g1["key"])],
        {"why": "A coordinator who knows it is dry may dismiss the single pond reading without opening anything (S -> null); "
                "the crowd on the corner may not be the evacuees.",
         "incidents": [inc("F", "fire", "綠美圖 false fire alarm", f1["key"])]},
        notes="A false alarm is still an incident: something had to be checked and closed. The streetlight case is background.")


def s82() -> None:
    """Tiny: a sinkhole on 中平路 from a broken water main."""
    s = Situation(82, "sinkhole", "2026-10-21T23:15:00Z", 8212)  # 07:15 local
    p1 = s.add("incident", "road_collapse", 0, "中平路近經貿路口 路面坍陷約1公尺，已圍設警示，疑自來水管破裂", "H", lon=120.6588, lat=24.1730, severity="Severe")
    s.add("1999", "road_damage", 4, "中平路路面塌一個洞，一直有水冒出來", "H", lon=120.6590, lat=24.1728)
    s.add("1999", "water_outage", 25, "經貿路三段這邊早上突然停水", "H", lon=120.6603, lat=24.1760, truth_alt="W")
    s.write(
        "zhongping_sinkhole",
        "07:15 local: a broken water main opens a sinkhole on 中平路 near 經貿路; 20 minutes later a resident 350 m away "
        "reports no water.",
        [inc("H", "infrastructure", "sinkhole on 中平路 from a broken water main (water company + road repair)", p1["key"])],
        {"why": "The outage call names no cause; a coordinator may log it as a separate water-supply case W until the water "
                "company links it to the main break.",
         "incidents": [inc("H", "infrastructure", "sinkhole on 中平路", p1["key"]),
                       inc("W", "infrastructure", "water outage on 經貿路三段", "s82-003")]})


if __name__ == "__main__":
    for f in (s77, s78, s79, s80, s81, s82):
        f()
