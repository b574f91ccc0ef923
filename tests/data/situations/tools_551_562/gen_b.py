"""Situations 557-562 (earthquake in and around 水湳). Seeded: reproduces the data files byte for byte."""
import datetime as dt
from lib import Situation, P, inc, offset, iso

UTC = dt.timezone.utc


def s557():
    s = Situation(557, "aftershock_concert", dt.datetime(2016, 11, 2, 11, 5, 0, tzinfo=UTC), 557)
    AS = 7800  # aftershock 21:15 local
    s.add("planned_event", "concert", -86400 * 5, 0, "臺中流行影音中心 演唱會 19:30-22:00 預估觀眾3,000人", None,
          pos=P["popmusic"], observed=iso(s.t(25 * 60)), ends=iso(s.t(25 * 60 + 9000)))
    kf = (120.6482, 24.1924)
    a1 = s.c119("fire", 180, kf, "黎明路三段民宅 4樓廚房起火 地震時瓦斯爐上油鍋翻倒", "kitchenfire_liming")
    s.sensor("SN-CCTV-007", "smoke", 220, "煙霧 畫面西南側", "kitchenfire_liming", confidence=0.58)
    s.c1999("fire_smoke", 200, kf, 30, 150, "黎明路這邊有一戶在冒煙，好像燒起來了", "kitchenfire_liming")
    s.c1999("fire_smoke", 290, kf, 60, 250, "凱旋路口往西看有黑煙", "kitchenfire_liming")
    s.police("fire_report", "Moderate", 400, kf, "黎明路三段民宅火警 協助交通管制", "kitchenfire_liming")
    s.add("119", "fire", 1500, 30, "火勢撲滅 1人手部燙傷送醫", "kitchenfire_liming", pos=kf, key=a1 + "-u1", follows=a1)
    b0 = s.c1999("gas_odor", 600, P["ecoA"], 20, 100, "經貿路三段大樓樓梯間有瓦斯味，地震後才有", "gas_ecoA")
    b1 = s.c119("hazmat", 700, P["ecoA"], "經貿路三段集合住宅 瓦斯味 住戶通報", "gas_ecoA")
    s.add("119", "hazmat", 2000, 30, "6樓住戶瓦斯爐開關未關且熄火，已關閉通風，無外洩", "gas_ecoA", pos=P["ecoA"], key=b1 + "-u1", follows=b1)
    # aftershock
    c0 = s.sensor("SN-FA-006", "alarm", AS + 30, "火警受信總機 B1 配電室 偵煙器動作", "elecfire_popmusic")
    c1 = s.c119("fire", AS + 100, P["popmusic"], "臺中流行影音中心 B1配電室冒煙，演唱會觀眾疏散中，出動4車", "elecfire_popmusic")
    s.c1999("fire_smoke", AS + 150, P["popmusic"], 60, 250, "流行影音中心那邊有煙，大家都在往外跑", "elecfire_popmusic")
    cr = s.c1999("crowding", AS + 200, P["popmusic"], 80, 250, "演唱會觀眾都被疏散出來，人站滿凱旋路，車子過不去", "elecfire_popmusic", truth_alt="evac_popmusic")
    s.police("crowd_control", "Moderate", AS + 400, offset(P["popmusic"], -80, 30), "流行影音中心觀眾疏散約3,000人，凱旋路部分車道管制", "elecfire_popmusic", truth_alt="evac_popmusic")
    s.sensor("SN-VD-KAIXUAN-02", "congestion", AS + 500, "平均車速降至6 km/h，佔有率80%", "elecfire_popmusic", severity="Moderate", delay=50, truth_alt="evac_popmusic")
    s.add("119", "fire", AS + 1200, 30, "配電盤短路起火已撲滅，無人受傷", "elecfire_popmusic", pos=P["popmusic"], key=c1 + "-u1", follows=c1)
    s.police("crowd_control", "Minor", AS + 2200, offset(P["popmusic"], -80, 30), "觀眾散場完畢 凱旋路恢復通行", "elecfire_popmusic", truth_alt="evac_popmusic")
    s.sensor("SN-VD-KAIXUAN-02", "cleared", AS + 2400, "車速回復 40 km/h", "elecfire_popmusic", severity="Minor", delay=50, truth_alt="evac_popmusic")
    d1 = s.c119("rescue", AS + 180, P["museumbrary"], "臺中綠美圖 餘震電梯受困 1人", "lift_museumbrary")
    s.add("119", "rescue", AS + 900, 30, "受困1人救出", "lift_museumbrary", pos=P["museumbrary"], key=d1 + "-u1", follows=d1)
    # noise for both shocks
    for base in (0, AS):
        s.sensor("SN-FA-002", "alarm", base + 14, "火警受信總機 A棟 偵煙器動作", None)
        s.sensor("SN-FA-002", "normal", base + 280, "復歸 地震誤報", None)
        s.congestion_noise(["SN-VD-HUANZHONG-02", "SN-VD-HENAN-01", "SN-VD-ZHONGQING-01"], base + 30, base + 200)
    s.quake_questions(7, 60, 2000, [P["ecoA"], P["fcu"], P["j_liming_kaixuan"], P["cmu"]])
    for _ in range(5):
        s.c1999("other", AS + s.rng.randint(40, 900), s.rng.choice([P["ecoA"], P["ecoB"], P["hub"], P["fcu"]]), 50, 300,
                s.rng.choice(["又搖了！剛剛那個是餘震嗎", "餘震好大，晚上可以睡家裡嗎", "剛剛又地震，要不要去避難"]), None)
    s.routine(3, 2400, 7000)
    s.status("SN-CCTV-003", "offline", 4000, "離線（maintenance）", None)
    s.status("SN-CCTV-003", "online", 5800, "連線恢復", None)
    t = {"description": "19:05 地震（臺中震度5弱）後約2小時10分鐘餘震。主震：黎明路民宅廚房火警、生態住宅A區瓦斯味（瓦斯爐熄火）。餘震：流行影音中心B1配電室冒煙，演唱會3,000名觀眾疏散到凱旋路；綠美圖電梯受困。",
         "incidents": [inc("kitchenfire_liming", "fire", "黎明路三段民宅廚房油鍋翻倒起火，1人燙傷", a1),
                       inc("gas_ecoA", "fire", "生態住宅A區瓦斯味，6樓瓦斯爐熄火未關，已處理", b1),
                       inc("elecfire_popmusic", "fire", "流行影音中心B1配電室短路冒煙，演唱會觀眾疏散、凱旋路管制", c1),
                       inc("lift_museumbrary", "rescue", "餘震綠美圖電梯受困1人", d1)],
         "alternative_reading": {"why": "觀眾疏散是火警的處置，但3,000人站滿凱旋路需另派警力管制人潮與交通，協調者也可能另開人潮事件。",
                                 "incidents": [inc("kitchenfire_liming", "fire", "黎明路三段民宅廚房起火", a1),
                                               inc("gas_ecoA", "fire", "生態住宅A區瓦斯味", b1),
                                               inc("elecfire_popmusic", "fire", "流行影音中心配電室冒煙（僅火警本身）", c1),
                                               inc("lift_museumbrary", "rescue", "綠美圖電梯受困1人", d1),
                                               inc("evac_popmusic", "crowd", "流行影音中心疏散觀眾佔用凱旋路，人潮與交通管制", cr)]},
         "notes": "演唱會許可本身平順（null）。兩次搖晃的總機誤報與詢問均為背景。生態住宅A區瓦斯味：119受理（先到）即足以開案；民眾明確說出地點與地震後出現的來電也足夠。"}
    return s, t


def s558():
    s = Situation(558, "moderate_quake_quiet", dt.datetime(2016, 11, 25, 2, 12, 33, tzinfo=UTC), 558)
    s.add("planned_event", "exhibition", -86400 * 4, 0, "臺中國際會展中心 文具禮品展 11/24-11/27 10:00-18:00", None,
          pos=P["expoB"], observed=iso(s.t(-12 * 60 - 33)), ends=iso(s.t(8 * 3600 - 12 * 60 - 33)))
    a0 = s.c1999("other", 240, P["cmu"], 10, 60, "中國醫水湳校區教學大樓電梯卡住，裡面有同學出不來", "lift_cmu")
    a1 = s.c119("rescue", 300, P["cmu"], "中國醫藥大學水湳校區 電梯受困2人", "lift_cmu")
    s.add("119", "rescue", 1200, 30, "2人救出無傷", "lift_cmu", pos=P["cmu"], key=a1 + "-u1", follows=a1)
    pot = offset(P["henan_low"], -60, -40)
    b1 = s.police("fallen_object", "Minor", 600, pot, "河南路 民宅陽台盆栽掉落路面，已排除", "pot_henan", truth_alt=None)
    s.sensor("SN-FA-010", "alarm", 12, "火警受信總機 偵煙器動作", None)
    s.sensor("SN-FA-010", "normal", 200, "復歸 地震誤報", None)
    s.sensor("SN-FA-003", "alarm", 15, "火警受信總機 B棟 偵熱器動作", None)
    s.sensor("SN-FA-003", "normal", 260, "復歸 地震誤報", None)
    s.sensor("SN-FA-008", "fault", 20, "受信總機 接地異常", None)
    s.sensor("SN-FA-008", "normal", 900, "復歸", None)
    s.sensor("SN-CCTV-011", "crowding", 150, "人群聚集", None, confidence=0.79)
    s.c1999("crowding", 300, P["fcu"], 50, 200, "逢甲水湳校區學生都跑到外面，站在馬路邊", None)
    s.quake_questions(14, 40, 2400, [P["ecoA"], P["ecoB"], P["fcu"], P["cmu"], P["hub"], P["j_henan_zhongping"]])
    for _ in range(2):
        s.c1999("other", s.rng.randint(600, 2400), s.rng.choice([P["ecoA"], P["ecoB"]]), 30, 200,
                s.rng.choice(["地震後浴室磁磚裂了一條細縫，需要找人看嗎", "客廳牆壁有細細的裂痕，是地震造成的嗎"]), None)
    s.congestion_noise(["SN-VD-HUANZHONG-01", "SN-VD-HUANZHONG-02", "SN-VD-JINGMAO-01", "SN-VD-KAIXUAN-02", "SN-VD-HENAN-02", "SN-VD-ZHONGPING-02"], 20, 180, clear_after=(120, 420))
    s.status("SN-VD-ZHONGKE-01", "offline", 100, "離線（comms_lost）", None)
    s.status("SN-VD-ZHONGKE-01", "online", 700, "連線恢復", None)
    s.routine(4, 300, 3000)
    t = {"description": "10:12 中度地震（臺中震度4級）。只有中國醫水湳校區電梯受困2人是需要出勤的案；河南路盆栽掉落由巡邏警員當場排除。其餘為大量詢問電話、總機誤報、學生疏散與短暫車流放慢。",
         "incidents": [inc("lift_cmu", "rescue", "中國醫水湳校區電梯受困2人救出", a0),
                       inc("pot_henan", "traffic", "河南路盆栽掉落路面，警員當場排除", b1)],
         "alternative_reading": {"why": "盆栽掉落由警員發現時已排除，沒有需要派遣的工作；協調者可能只把它當作紀錄。",
                                 "incidents": [inc("lift_cmu", "rescue", "中國醫水湳校區電梯受困2人救出", a0)]},
         "notes": "牆面細縫詢問為一般諮詢（建管），非事件。"}
    return s, t


def s559():
    s = Situation(559, "night_quake_quiet", dt.datetime(2016, 12, 6, 18, 31, 10, tzinfo=UTC), 559)
    a0 = s.sensor("SN-FA-012", "alarm", 200, "火警受信總機 9F 偵煙器動作", "elecfire_ecoB")
    a1 = s.c1999("fire_smoke", 260, P["ecoB"], 20, 120, "敦化路這棟大樓有燒焦味，有一戶窗戶在冒煙", "elecfire_ecoB")
    a2 = s.c119("fire", 300, P["ecoB"], "敦化路一段集合住宅9樓 電暖器倒下引燃窗簾", "elecfire_ecoB")
    s.add("119", "fire", 1500, 30, "火勢撲滅，1人嗆傷送醫", "elecfire_ecoB", pos=P["ecoB"], key=a2 + "-u1", follows=a2)
    s.sensor("SN-FA-012", "normal", 1700, "復歸", "elecfire_ecoB")
    crack = offset(P["j_henan_zhongping"], 120, 150)
    b1 = s.police("road_collapse", "Minor", 1800, crack, "河南路近中平路 路面裂縫約5公尺 高低差約3公分，已擺錐", "roadcrack_henan")
    s.c1999("road_damage", 3000, crack, 30, 120, "河南路有一段路面裂開，開車會跳一下", "roadcrack_henan")
    # block A panel: shaking only, 280 m from the real fire
    s.sensor("SN-FA-011", "alarm", 15, "火警受信總機 3F 偵煙器動作", None)
    s.sensor("SN-FA-011", "normal", 400, "復歸 管理員確認地震誤報", None)
    s.quake_questions(11, 60, 2400, [P["ecoA"], P["ecoB"], P["fcu"], P["cmu"]])
    s.c1999("noise", 500, P["ecoA"], 50, 250, "地震完鄰居的狗一直叫，吵到睡不著", None)
    bell = s.c1999("noise", 900, P["fcu"], 50, 250, "對面大樓警報鈴一直響，響很久都沒關", None, truth_alt="bell_fcu")
    s.sensor("SN-VD-HENAN-01", "sensor_offline", 90, "偵測器未回傳資料超過5分鐘", None, severity="Minor", delay=300)
    s.status("SN-VD-HENAN-01", "online", 1500, "連線恢復", None)
    s.status("SN-FL-007", "offline", 30, "離線（battery_low）", None)
    s.c1999("streetlight", 1100, P["cmu"], 30, 150, "中平路靠學校這邊有一盞路燈不亮", None)
    s.routine(2, 600, 3200)
    t = {"description": "凌晨02:31 地震（臺中震度4級），夜間車少。生態住宅B區電暖器倒下引燃窗簾（1人嗆傷）；河南路近中平路路面裂縫。其餘為詢問、噪音、設備離線。",
         "incidents": [inc("elecfire_ecoB", "fire", "生態住宅B區9樓電暖器倒下引燃窗簾，1人嗆傷", a2),
                       inc("roadcrack_henan", "infrastructure", "河南路近中平路路面裂縫5公尺高低差3公分", b1)],
         "alternative_reading": {"why": "逢甲水湳校區附近有民眾抱怨「警報鈴響很久」，可能是另一棟大樓火警受信機動作（未連線的建築），值得派員查看；也可能只是地震後警報未關的噪音。",
                                 "incidents": [inc("elecfire_ecoB", "fire", "生態住宅B區電暖器引燃窗簾", a2),
                                               inc("roadcrack_henan", "infrastructure", "河南路路面裂縫", b1),
                                               inc("bell_fcu", "fire", "逢甲水湳校區附近大樓警報鈴持續響，待查", bell)]},
         "notes": "生態住宅A區總機動作距B區火場約280公尺，是搖晃誤報，不屬火警。B區總機動作在地震後3分多鐘，單獨不足（同一時間A區也誤報）；119受理確認起火才開案。"}
    return s, t


def s560():
    s = Situation(560, "noon_electrical_fires", dt.datetime(2016, 3, 15, 4, 2, 45, tzinfo=UTC), 560)
    a0 = s.sensor("SN-FA-006", "alarm", 40, "火警受信總機 1F 餐廳廚房 偵熱器動作", "fire_popmusic")
    a1 = s.c119("fire", 150, P["popmusic"], "臺中流行影音中心 1F餐廳廚房起火，出動4車", "fire_popmusic")
    s.c1999("fire_smoke", 170, P["popmusic"], 80, 250, "凱旋路旁邊那棟大建築冒黑煙！", "fire_popmusic")
    s.c1999("fire_smoke", 260, P["popmusic"], 100, 300, "流行影音中心好像失火，煙很大", "fire_popmusic")
    s.police("fire_report", "Severe", 400, offset(P["popmusic"], -90, 20), "凱旋路 外側車道封閉讓消防車進入", "fire_popmusic")
    s.sensor("SN-VD-KAIXUAN-02", "congestion", 450, "平均車速降至10 km/h，佔有率66%", "fire_popmusic", severity="Moderate", delay=50)
    s.add("119", "fire", 2400, 30, "火勢撲滅，排煙中，無人受傷", "fire_popmusic", pos=P["popmusic"], key=a1 + "-u1", follows=a1)
    s.sensor("SN-VD-KAIXUAN-02", "cleared", 3000, "車速回復 37 km/h", "fire_popmusic", severity="Minor", delay=50)
    b0 = s.sensor("SN-FA-009", "alarm", 420, "火警受信總機 宿舍4F 偵煙器動作", "elecfire_fcu")
    b1 = s.c119("fire", 480, P["fcu"], "逢甲大學水湳校區 宿舍電器短路起火，出動2車", "elecfire_fcu")
    s.c1999("fire_smoke", 500, P["fcu"], 20, 100, "逢甲水湳宿舍有房間在冒煙", "elecfire_fcu")
    s.add("119", "fire", 1500, 30, "延長線短路燒毀，已撲滅", "elecfire_fcu", pos=P["fcu"], key=b1 + "-u1", follows=b1)
    amb = s.c1999("fire_smoke", 600, (120.6526, 24.1822), 0, 30, "公園西邊有煙飄過來，不知道哪裡在燒", "fire_popmusic", truth_alt="elecfire_fcu")
    c0 = s.sensor("SN-SIG-010", "fault", 30, "號誌控制器故障 閃黃", "signal_henan")
    c1 = s.police("traffic_signal_fault", "Moderate", 900, P["j_henan_zhongping"], "河南路/中平路 號誌閃黃，派員指揮", "signal_henan")
    s.c1999("traffic_signal", 700, P["j_henan_zhongping"], 20, 100, "河南路中平路口紅綠燈一直閃黃燈", "signal_henan")
    s.sensor("SN-SIG-010", "restored", 3600, "恢復正常", "signal_henan")
    # noise
    s.sensor("SN-FA-001", "alarm", 12, "火警受信總機 偵煙器動作", None)
    s.sensor("SN-FA-001", "normal", 240, "復歸 地震誤報", None)
    s.sensor("SN-FA-004", "alarm", 16, "火警受信總機 偵煙器動作", None)
    s.sensor("SN-FA-004", "normal", 330, "復歸 地震誤報", None)
    s.c1999("crowding", 380, P["fcu"], 50, 150, "逢甲水湳學生都跑到馬路上了", None)
    s.quake_questions(9, 60, 2400, [P["popmusic"], P["fcu"], P["ecoA"], P["hub"], P["j_henan_zhongping"]])
    s.congestion_noise(["SN-VD-HUANZHONG-01", "SN-VD-HUANZHONG-03", "SN-VD-ZHONGQING-02", "SN-VD-JINGMAO-02"], 30, 240)
    s.routine(3, 600, 3600)
    s.status("SN-PK-003", "offline", 25, "離線（comms_lost）", None)
    s.status("SN-PK-003", "online", 600, "連線恢復", None)
    t = {"description": "12:02 地震（臺中震度5弱）。流行影音中心1F餐廳廚房起火（黑煙、凱旋路封外側車道）；約670公尺外逢甲水湳宿舍延長線短路起火；河南路/中平路號誌控制器故障閃黃。",
         "incidents": [inc("fire_popmusic", "fire", "流行影音中心1F餐廳廚房起火，消防4車，凱旋路外側封閉", a1),
                       inc("elecfire_fcu", "fire", "逢甲水湳宿舍延長線短路起火，消防2車", b1),
                       inc("signal_henan", "traffic", "河南路/中平路號誌控制器故障閃黃，警力指揮，約1小時後修復", c0)],
         "alternative_reading": {"why": "公園西側看到煙飄來的來電者位於兩處火場之間（距流行影音中心約310公尺、距逢甲宿舍約360公尺），黑煙較大的流行影音中心較可能，但也可能是宿舍的煙。",
                                 "incidents": [inc("fire_popmusic", "fire", "流行影音中心餐廳起火", a1),
                                               inc("elecfire_fcu", "fire", "逢甲水湳宿舍起火，含公園西側看到煙的來電", b1),
                                               inc("signal_henan", "traffic", "河南路/中平路號誌故障", c0)]},
         "notes": "號誌控制器在地震時自行故障（非停電，區內無其他停電跡象），單一號誌故障訊號即足以開案。逢甲總機動作在地震後約7分鐘，非搖晃當下，119受理確認才開案。"}
    return s, t


def s561():
    s = Situation(561, "morning_rush_roads", dt.datetime(2016, 7, 7, 23, 48, 0, tzinfo=UTC), 561)
    hole = offset(P["j_zhongqing_huanzhong"], 110, 20)
    a0 = s.sensor("SN-CCTV-008", "stalled_vehicle", 300, "車輛停滯 內側車道", "collapse_huanzhong", confidence=0.7)
    s.c1999("road_damage", 330, hole, 20, 120, "環中路往中清路這邊馬路陷下去一個大洞，有車輪子卡進去", "collapse_huanzhong")
    a1 = s.police("road_collapse", "Severe", 420, hole, "環中路近中清路 路面下陷約1公尺寬 自小客車輪陷，封閉內側車道", "collapse_huanzhong")
    s.c1999("road_damage", 520, hole, 50, 250, "環中路路面塌陷，車子都要切車道", "collapse_huanzhong")
    s.sensor("SN-VD-HUANZHONG-03", "congestion", 600, "平均車速降至8 km/h，佔有率74%", "collapse_huanzhong", severity="Moderate", delay=50)
    s.sensor("SN-VD-ZHONGQING-01", "congestion", 700, "平均車速降至12 km/h，佔有率61%", "collapse_huanzhong", severity="Moderate", delay=50)
    s.police("road_closure", "Severe", 900, hole, "環中路往東 封閉2車道，建設局搶修", "collapse_huanzhong", follows=a1)
    s.c1999("road_damage", 1400, hole, 100, 300, "環中路中清路口怎麼封起來了，塞好久", "collapse_huanzhong")
    s.police("other", "Moderate", 5400, hole, "環中路坍陷處回填鋪鋼板，開放1車道", "collapse_huanzhong", follows=a1)
    s.sensor("SN-VD-HUANZHONG-03", "cleared", 5600, "車速回復 33 km/h", "collapse_huanzhong", severity="Minor", delay=50)
    s.sensor("SN-VD-ZHONGQING-01", "cleared", 5700, "車速回復 35 km/h", "collapse_huanzhong", severity="Minor", delay=50)
    b0 = s.sensor("SN-CCTV-001", "accident", 40, "疑似事故 追撞", "crash_74", confidence=0.8)
    b1 = s.c1999("traffic_accident", 120, P["j_74_huanzhong"], 20, 100, "環中路台74下面好幾台車追撞", "crash_74")
    s.police("traffic_accident", "Moderate", 300, P["j_74_huanzhong"], "環中路二段/台74線 地震時急煞 3車追撞 無人受傷", "crash_74")
    s.sensor("SN-VD-HUANZHONG-02", "congestion", 400, "平均車速降至10 km/h，佔有率69%", "crash_74", severity="Moderate", delay=50)
    s.police("other", "Minor", 2100, P["j_74_huanzhong"], "台74線追撞車輛已移至路邊，恢復通行", "crash_74")
    s.sensor("SN-VD-HUANZHONG-02", "cleared", 2400, "車速回復 42 km/h", "crash_74", severity="Minor", delay=50)
    mh = (120.6497, 24.1915)
    c1 = s.c1999("road_damage", 500, mh, 10, 60, "凱旋路人孔蓋凸起來十幾公分，機車差點摔", "manhole_kaixuan")
    s.police("road_collapse", "Minor", 1500, mh, "凱旋路近黎明路 人孔蓋隆起，已擺錐警示", "manhole_kaixuan")
    s.c1999("road_damage", 1700, mh, 30, 150, "凱旋路那個人孔蓋很危險，還沒人處理嗎", "manhole_kaixuan")
    # noise: all-over slow-down at the shock
    s.congestion_noise(["SN-VD-HENAN-01", "SN-VD-ZHONGPING-01", "SN-VD-KAIXUAN-02", "SN-VD-ZHONGKE-01", "SN-VD-HUANZHONG-04", "SN-VD-LIMING-01"], 20, 150, clear_after=(240, 700))
    s.sensor("SN-FA-010", "alarm", 20, "火警受信總機 偵煙器動作", None)
    s.sensor("SN-FA-010", "normal", 300, "復歸 地震誤報", None)
    s.quake_questions(8, 60, 2400, [P["ecoA"], P["j_74_huanzhong"], P["cmu"], P["fcu"], P["hub"]])
    s.c1999("other", 900, P["fcu"], 50, 300, "地震這麼大，今天學校還上課嗎", None)
    s.routine(3, 600, 4800)
    s.status("SN-CCTV-002", "offline", 35, "離線（comms_lost）", None)
    s.status("SN-CCTV-002", "online", 260, "連線恢復", None)
    t = {"description": "07:48 上班尖峰地震（臺中震度5強）。環中路近中清路路面下陷（輪陷、封2車道、回堵環中與中清）；台74/環中路口駕駛急煞3車追撞；凱旋路近黎明路人孔蓋隆起（距追撞處約450公尺）。其餘各路段車速普遍短暫下降。",
         "incidents": [inc("collapse_huanzhong", "infrastructure", "環中路近中清路路面下陷約1公尺，封2車道搶修鋪鋼板，環中、中清回堵", a1),
                       inc("crash_74", "traffic", "台74/環中路口地震急煞3車追撞無傷，回堵後排除", b1),
                       inc("manhole_kaixuan", "infrastructure", "凱旋路近黎明路人孔蓋隆起，擺錐警示待修", c1)],
         "notes": "地震當下各偵測器車速下降（駕駛停車）是普遍現象，5分鐘內恢復，不屬任何事件；只有事故與坍陷旁持續的壅塞歸該事件。CCTV偵測信心0.8的追撞在地震時不夠，民眾來電確認才開案；CCTV車輛停滯（0.7）同理。人孔蓋隆起：民眾具體描述凸起十幾公分、機車差點摔，即可開案。"}
    return s, t


def s562():
    s = Situation(562, "evening_full_mix", dt.datetime(2016, 1, 20, 10, 55, 30, tzinfo=UTC), 562)
    AS = 6000
    # A kitchen fire block A
    a0 = s.sensor("SN-FA-011", "alarm", 30, "火警受信總機 5F 偵煙器動作", "kitchenfire_ecoA")
    a1 = s.c119("fire", 110, P["ecoA"], "經貿路三段集合住宅5樓 廚房起火，出動3車", "kitchenfire_ecoA")
    s.c1999("fire_smoke", 140, P["ecoA"], 40, 200, "經貿路三段大樓5樓窗戶有火！", "kitchenfire_ecoA")
    s.c1999("fire_smoke", 200, P["ecoA"], 80, 250, "公園旁大樓冒黑煙", "kitchenfire_ecoA")
    s.c1999("fire_smoke", 330, P["ecoA"], 150, 300, "經貿路那邊有煙，是不是火災？", "kitchenfire_ecoA")
    s.police("fire_report", "Moderate", 500, offset(P["ecoA"], -50, 0), "經貿路三段火警 協助管制", "kitchenfire_ecoA")
    s.add("119", "fire", 2200, 30, "火勢撲滅 無人受傷", "kitchenfire_ecoA", pos=P["ecoA"], key=a1 + "-u1", follows=a1)
    s.sensor("SN-FA-011", "normal", 2400, "復歸", "kitchenfire_ecoA")
    # B gas leak block B
    gl = offset(P["ecoB"], 30, -40)
    b1 = s.c1999("gas_odor", 250, gl, 20, 150, "敦化路瓦斯味很重，好像管子破了", "gasleak_ecoB")
    s.c1999("gas_odor", 320, gl, 50, 200, "我們家樓下一直有瓦斯味", "gasleak_ecoB")
    b2 = s.c119("hazmat", 400, gl, "敦化路一段 天然氣外洩 出動2車 通報欣中", "gasleak_ecoB", rmax=30)
    s.police("hazmat_report", "Severe", 800, gl, "敦化路一段瓦斯外洩 疏散住戶 禁止煙火", "gasleak_ecoB")
    s.c1999("gas_odor", 900, gl, 100, 300, "敦化路那邊被封起來，是瓦斯外洩嗎？我家要不要關瓦斯", "gasleak_ecoB")
    s.add("119", "hazmat", 3600, 30, "欣中關閉管線 外洩已止 解除警戒", "gasleak_ecoB", pos=gl, key=b2 + "-u1", follows=b2)
    # C lift tower
    c1 = s.c119("rescue", 260, P["tower"], "臺灣智慧營運塔 電梯受困3人", "lift_tower")
    s.add("119", "rescue", 1400, 30, "3人救出無傷", "lift_tower", pos=P["tower"], key=c1 + "-u1", follows=c1)
    # D signboard at 經貿七路
    sb = offset(P["j_jingmao_7"], -30, 20)
    d0 = s.sensor("SN-CCTV-006", "fallen_object", 50, "路面掉落物", "sign_jingmao7", confidence=0.77)
    d1 = s.c1999("other", 240, sb, 20, 100, "經貿七路口招牌掉到路中間，差點砸到車", "sign_jingmao7")
    s.police("fallen_object", "Moderate", 500, sb, "經貿路二段/經貿七路 招牌掉落內側車道 已管制", "sign_jingmao7")
    s.police("other", "Minor", 3000, sb, "招牌已移除 恢復通行", "sign_jingmao7")
    s.dup(d0, 420)
    # E burst main on 中科路
    wm = (120.6534, 24.1872)
    e0 = s.c1999("flooding", 900, wm, 20, 120, "中科路馬路一直冒水，沒下雨也淹起來", "watermain_zhongke")
    e1 = s.police("flooding_report", "Moderate", 1100, wm, "中科路 路面冒水積水約10公分 沒下雨 疑水管破裂 已通報台水", "watermain_zhongke")
    s.c1999("flooding", 1250, wm, 50, 250, "流行影音中心旁邊的路淹水了", "watermain_zhongke")
    s.c1999("water_outage", 1400, P["popmusic"], 100, 300, "家裡沒水了，地震把水管震壞了嗎", "watermain_zhongke")
    s.c1999("water_outage", 1900, P["popmusic"], 150, 350, "我們這裡停水，沒有看到停水公告", "watermain_zhongke")
    s.sensor("SN-VD-ZHONGKE-01", "congestion", 1500, "平均車速降至9 km/h，佔有率70%", "watermain_zhongke", severity="Moderate", delay=50)
    s.police("road_closure", "Moderate", 2000, wm, "中科路 往南封閉 台水搶修", "watermain_zhongke", follows=e1)
    s.police("other", "Minor", 5200, wm, "台水關閥完成 積水退去 維持單線通行", "watermain_zhongke", follows=e1)
    s.sensor("SN-VD-ZHONGKE-01", "cleared", 5600, "車速回復 30 km/h", "watermain_zhongke", severity="Minor", delay=50)
    # F power cut at the north edge
    F = "powercut_hub"
    s.sensor("SN-SIG-003", "fault", 7, "號誌控制器 失電 黑燈", F)
    f0 = s.sensor("SN-SIG-004", "fault", 8, "號誌控制器 失電 黑燈", F)
    s.sensor("SN-FA-001", "fault", 10, "主電源停電，切換預備電源", F)
    s.status("SN-PK-001", "offline", 9, "離線（mains_power_lost）", F)
    s.status("SN-RG-002", "offline", 11, "離線（mains_power_lost）", F)
    s.sensor("SN-CCTV-004", "signal_dark", 70, "號誌黑燈", F, confidence=0.9)
    s.c1999("streetlight", 300, P["j_zhongke_huanzhong"], 50, 250, "環中路轉運站那邊路燈整排都暗了，紅綠燈也沒亮", F)
    s.police("traffic_signal_fault", "Moderate", 700, P["j_jingmao_huanzhong"], "環中路二段/經貿路、中科路口 號誌停電 派員指揮", F)
    s.sensor("SN-VD-HUANZHONG-02", "congestion", 600, "平均車速降至11 km/h，佔有率64%", F, severity="Moderate", delay=50)
    s.sensor("SN-SIG-003", "restored", 5400, "恢復正常", F)
    s.sensor("SN-SIG-004", "restored", 5402, "恢復正常", F)
    s.sensor("SN-FA-001", "normal", 5405, "主電源恢復", F)
    s.status("SN-PK-001", "online", 5410, "連線恢復", F)
    s.status("SN-RG-002", "online", 5412, "連線恢復", F)
    s.sensor("SN-VD-HUANZHONG-02", "cleared", 5800, "車速回復 45 km/h", F, severity="Minor", delay=50)
    # G aftershock: glass from the hub facade
    g0 = s.c1999("other", AS + 100, P["hub"], 10, 80, "餘震轉運站外牆玻璃掉下來，碎一地，還好沒人在下面", "glass_hub")
    s.police("fallen_object", "Moderate", AS + 300, offset(P["hub"], 20, 30), "水湳轉運中心 外牆玻璃掉落 公車月台封閉一處", "glass_hub")
    # noise
    s.sensor("SN-FA-003", "alarm", 14, "火警受信總機 偵煙器動作", None)
    s.sensor("SN-FA-003", "normal", 300, "復歸 地震誤報", None)
    s.sensor("SN-FA-004", "alarm", 18, "火警受信總機 偵煙器動作", None)
    s.sensor("SN-FA-004", "normal", 420, "復歸 地震誤報", None)
    s.sensor("SN-FA-002", "alarm", AS + 12, "火警受信總機 A棟 偵煙器動作", None)
    s.sensor("SN-FA-002", "normal", AS + 260, "復歸 餘震誤報", None)
    s.sensor("SN-CCTV-005", "crowding", 200, "人群聚集", None, confidence=0.86)
    s.sensor("SN-CCTV-003", "crowding", AS + 90, "人群聚集 轉運站前", None, confidence=0.72)
    s.c1999("crowding", 450, P["expoB"], 50, 200, "會展中心散場的人都站在路邊不敢走", None)
    s.quake_questions(12, 60, 3000, [P["ecoA"], P["ecoB"], P["fcu"], P["cmu"], P["hub"], P["popmusic"]])
    for _ in range(4):
        s.c1999("other", AS + s.rng.randint(40, 900), s.rng.choice([P["ecoA"], P["fcu"], P["cmu"]]), 50, 300,
                s.rng.choice(["又搖了，是餘震嗎", "餘震好大，家裡還可以待嗎", "剛剛又地震了，要不要去避難"]), None)
    s.congestion_noise(["SN-VD-HUANZHONG-01", "SN-VD-HUANZHONG-04", "SN-VD-HENAN-01", "SN-VD-ZHONGPING-01", "SN-VD-KAIXUAN-01", "SN-VD-ZHONGQING-02"], 20, 200)
    s.routine(4, 600, 6500)
    s.status("SN-CCTV-009", "offline", 1200, "離線（comms_lost）", None)
    s.status("SN-CCTV-009", "online", 1500, "連線恢復", None)
    t = {"description": "18:55 強震（臺中震度6弱），100分鐘後餘震。同時多案：生態住宅A區廚房火警、約280公尺外敦化路天然氣外洩、營運塔電梯受困、經貿七路口招牌掉落、中科路自來水管破裂淹路停水、環中路北緣停電號誌黑燈；餘震時轉運中心外牆玻璃掉落。",
         "incidents": [inc("kitchenfire_ecoA", "fire", "生態住宅A區5樓廚房起火，消防3車", a1),
                       inc("gasleak_ecoB", "fire", "敦化路一段天然氣外洩，疏散住戶，欣中關閥", b1),
                       inc("lift_tower", "rescue", "營運塔電梯受困3人救出", c1),
                       inc("sign_jingmao7", "traffic", "經貿路二段/經貿七路招牌掉落內側車道", d1),
                       inc("watermain_zhongke", "infrastructure", "中科路自來水管破裂湧水淹路，周邊停水，封路搶修", e0),
                       inc(F, "infrastructure", "環中路北緣（轉運中心）停電，中科/經貿路口號誌黑燈，約90分鐘復電", f0),
                       inc("glass_hub", "public_safety", "餘震轉運中心外牆玻璃掉落，月台封閉一處", g0)],
         "notes": "七案同時、相距多在1公里內，各需不同隊伍（消防、危險物品、救助、警力與清除、台水、台電、建管）。停電案：轉運中心總機主電源停電之後，第二處號誌（經貿路口）同時失電到達時即可開案。轉運中心玻璃掉落與停電案同址，但是另一件工作。會展中心與轉運站前人群為避震疏散，非事件。"}
    return s, t


if __name__ == "__main__":
    for fn in (s557, s558, s559, s560, s561, s562):
        s, t = fn()
        print(*s.write(t))
