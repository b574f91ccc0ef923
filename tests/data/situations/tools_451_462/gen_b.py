"""Situations 457-462 (blind oracle). Run: python3 gen_b.py"""
from lib import Situation


def s457():
    S = Situation(457, "museumbrary_false_alarm_then_b1_fire", "2026-04-19",
                  "Sunday at the Green Museumbrary (綠美圖). At 13:58 a 2F detector trips and resets within three minutes "
                  "(visitors ask 1999 what happened). At 16:31 a real fire in the B1 electrical room: two zones, 119, a "
                  "visitor who smells burning plastic, smoke seen by the 經貿七路 camera, 1,500 evacuees on the 經貿路 "
                  "pavement, mains power cut. A seven-year-old is separated from her family in the evacuation and found "
                  "in the park. Background: a pothole, the convention-centre car park full on a Sunday.",
                  notes="Same panel, same building, two and a half hours apart: one false alarm, one fire.")
    F, L, E = "457-FIRE-B1", "457-LOST-GIRL", "457-EVAC-CROWD"
    S.add("pk006-full", "parking", "full", "13:20:00", "臺中國際會展中心停車場 車位已滿", None, sensor="SN-PK-006")
    S.add("fa004-a0", "fire_alarm", "alarm", "13:58:10", "2F 展區 偵煙探測器動作 (區域2-05)", None, sensor="SN-FA-004", alt="457-FALSE-ALARM")
    S.add("fa004-n0", "fire_alarm", "normal", "14:01:00", "受信總機復歸", None, sensor="SN-FA-004", alt="457-FALSE-ALARM")
    S.add("c1999-ask", "1999", "other", "14:03:30", "綠美圖剛剛廣播說有火警請大家離開，走到一半又說是誤報，到底有沒有事？小孩都嚇到了", None, place="museumbrary", alt="457-FALSE-ALARM")
    S.add("c1999-hole", "1999", "road_damage", "15:10:00", "經貿路二段往中清路方向，綠美圖前面路面有一塊凹下去，機車騎過去會跳", None, place="museum_walk", jitter=0.0004)
    S.add("fa004-a1", "fire_alarm", "alarm", "16:31:05", "B1 電氣室 偵煙探測器動作 (區域B1-02)", F, sensor="SN-FA-004")
    S.add("fa004-a2", "fire_alarm", "alarm", "16:32:20", "B1 機房 差動式探測器動作 (區域B1-03)", F, sensor="SN-FA-004")
    S.add("f119", "119", "fire", "16:33:40", "火災｜臺中綠美圖B1電氣室冒煙，館方人員報案，全館廣播疏散中，派水箱車2、化學車1、排煙車1", F, place="museumbrary")
    S.add("c1999-smell", "1999", "fire_smoke", "16:34:30", "我在綠美圖三樓看書，突然一股塑膠燒焦的味道，工作人員叫我們走樓梯下去，這次好像是真的", F, place="museumbrary")
    S.add("cctv006-smoke", "cctv", "smoke", "16:36:00", "煙霧：畫面東南側建築通風口", F, sensor="SN-CCTV-006", conf=0.55)
    S.add("p-fire", "incident", "fire_report", "16:38:00", "綠美圖B1火警，館方疏散民眾中，員警協助經貿路二段交通管制", F, place="museum_walk", sev="Moderate")
    S.add("cctv006-crowd", "cctv", "crowding", "16:39:00", "人群聚集：經貿路人行道人群靜止", F, sensor="SN-CCTV-006", conf=0.86, alt=E)
    S.add("c1999-evac", "1999", "crowding", "16:41:00", "綠美圖的人全部被趕出來站在經貿路旁邊，人行道站不下，很多人站到車道上", F, place="museum_walk", alt=E)
    S.add("p-lost", "incident", "other", "16:45:00", "綠美圖疏散時7歲女童與家人失散，黃色外套、綁兩條辮子，請協尋", L, place="museum_walk", sev="Moderate")
    S.add("c1999-lost", "1999", "other", "16:46:30", "我女兒剛剛疏散的時候手放開就不見了，七歲，穿黃色外套，拜託幫我找", L, place="museum_walk")
    S.add("p-crowd", "incident", "crowd_control", "16:47:00", "綠美圖疏散民眾約1,500人聚集經貿路人行道，引導往中央公園北側空地", F, place="museum_walk", sev="Moderate", alt=E)
    S.add("f119-scene", "119", "fire", "16:40:00", "到達現場：B1電氣室配電盤燃燒，已斷電，使用二氧化碳滅火", F, place="museumbrary", follows="f119", delay=600)
    S.add("fa004-fault", "fire_alarm", "fault", "16:50:10", "受信總機 主電源異常，切換預備電源", F, sensor="SN-FA-004")
    S.add("p-closure", "incident", "road_closure", "16:52:00", "經貿路二段往環中路方向封閉一車道供消防車使用", F, place="museum_walk", sev="Minor")
    S.add("r-jm01", "rule", "congestion", "16:55:00", "經貿路車輛偵測器1 平均車速12 km/h，佔有率60%", F, sensor="SN-VD-JINGMAO-01", sev="Moderate")
    S.add("p-lost-found", "incident", "other", "17:05:00", "走失女童於中央公園北側空地尋獲，已交還家長", L, place="park_north", sev="Minor", follows="p-lost")
    S.add("f119-ctrl", "119", "fire", "17:08:00", "B1火勢撲滅，排煙中，無人受傷", F, place="museumbrary", follows="f119")
    S.dup("f119-ctrl", 45)
    S.add("c1999-when", "1999", "other", "17:15:00", "請問綠美圖今天還會再開嗎？我東西還放在置物櫃", F, place="museum_walk", jitter=0.0005, alt=E)
    S.add("fa004-normal", "fire_alarm", "normal", "17:40:00", "受信總機復歸", F, sensor="SN-FA-004")
    S.add("f119-close", "119", "fire", "17:52:00", "收隊：B1電氣室配電盤短路起火，燒損配電盤1組，今日閉館", F, place="museumbrary", follows="f119")
    S.add("p-crowd-end", "incident", "crowd_control", "17:55:00", "疏散民眾已散去，經貿路恢復通行", F, place="museum_walk", sev="Minor", follows="p-crowd", alt=E)
    S.inc(F, "fire", "Switchboard fire in the B1 electrical room of the Green Museumbrary; building evacuated (1,500 people on 經貿路), lane closed.", "fa004-a1")
    S.inc(L, "rescue", "Seven-year-old separated from her family in the evacuation, found in the park.", "p-lost")
    S.set_alt("The evacuees standing on 經貿路 can be run as a crowd job of their own (police crowd control) beside the fire; "
              "the 13:58 alarm can be opened and closed as a short fire job.",
              add=[(E, "crowd", "1,500 evacuees on the 經貿路 pavement and carriageway.", "cctv006-crowd"),
                   ("457-FALSE-ALARM", "fire", "2F detector trips and resets; visitors confused.", "fa004-a0")])
    return S


def s458():
    S = Situation(458, "acid_tanker_leak_zhongping", "2026-03-31",
                  "Tuesday afternoon. A tanker with hydrochloric acid stops at 經貿路/中平路 with a leaking valve: "
                  "callers with stinging eyes, students at China Medical University told to close windows, 119 hazmat, "
                  "both directions closed, queues on both ends of 中平路. At 14:50 a car rear-ends another at 河南路/中平路 "
                  "where drivers turn back from the closure. Background: the water reclamation centre's usual afternoon "
                  "smell reported in the same minutes, a dirty detector at CMU, a drainage gauge off, a lamp out.",
                  notes="Look-alike: the sewage smell call is 300 m from the tanker during the leak, but the caller says it happens every afternoon.")
    H, B = "458-ACID-TANKER", "458-REAREND-HENAN"
    S.add("fa010-fault", "fire_alarm", "fault", "13:40:00", "受信總機 探測器污損 (區域4-12)", None, sensor="SN-FA-010")
    S.add("wl003-off", "status", "offline", "13:52:00", "設備離線：comms_lost", None, sensor="SN-WL-003")
    S.add("r-wl003-off", "rule", "sensor_offline", "14:02:00", "水湳區域排水經貿路水位 超過10分鐘未回傳", None, sensor="SN-WL-003", sev="Minor")
    S.add("c1999-light", "1999", "streetlight", "14:05:00", "河南路停車場旁邊那支路燈燈罩掉下來掛著，風吹會晃", None, place=(120.6527, 24.1748))
    S.add("cctv011-stall", "cctv", "stalled_vehicle", "14:18:20", "車輛停滯：路口東側 大型車1輛", H, sensor="SN-CCTV-011", conf=0.77)
    S.add("c1999-sting", "1999", "gas_odor", "14:20:10", "中平路經貿路口有一台槽車在滴水，地上還在冒白煙，味道超刺鼻，我騎機車經過眼睛好痛", H, place="jm_zp")
    S.add("h119", "119", "hazmat", "14:21:00", "危險物品｜中平路與經貿路口，槽車載運鹽酸約8公噸，底部閥門洩漏，駕駛報案，派化學車、毒化災搶救小組", H, place="jm_zp")
    S.add("c1999-sting2", "1999", "other", "14:22:30", "路口那邊不知道什麼東西在冒煙，酸酸的，喉嚨好刺，走路經過的人都在咳", H, place="jm_zp", jitter=0.0004)
    S.add("p-haz", "incident", "hazmat_report", "14:24:00", "經貿路中平路口 鹽酸槽車洩漏，員警到場疏離民眾，請毒災應變隊支援", H, place="jm_zp", sev="Severe")
    S.add("p-closure", "incident", "road_closure", "14:27:00", "中平路經貿路口四向封閉，中平路東西向車輛於河南路、敦化路口改道", H, place="jm_zp", sev="Severe")
    S.add("c1999-cmu", "1999", "other", "14:29:00", "我們在中國醫藥大學水湳校區上課，教室外面飄來很重的酸味，老師叫大家關窗，到底外面發生什麼事", H, place="cmu")
    S.add("a119", "119", "ambulance", "14:31:00", "救護｜中平路經貿路口，行人2名吸入刺激性氣體，咳嗽、眼睛灼熱", H, place="jm_zp")
    S.add("r-zp02", "rule", "congestion", "14:33:00", "中平路車輛偵測器2 平均車速5 km/h，佔有率88%", H, sensor="SN-VD-ZHONGPING-02", sev="Severe")
    S.add("c1999-wrc", "1999", "other", "14:35:00", "水資源回收中心那邊又在臭了，每天下午都這樣，像餿水的味道，可不可以處理一下", None, place="wrc", alt=H)
    S.add("r-zp01", "rule", "congestion", "14:38:00", "中平路車輛偵測器1 平均車速8 km/h，佔有率77%", H, sensor="SN-VD-ZHONGPING-01", sev="Severe")
    S.add("h119-scene", "119", "hazmat", "14:36:00", "到達現場：閥門洩漏約每分鐘1公升，著防護衣人員以吸附棉圍堵，下風處50公尺管制", H, place="jm_zp", follows="h119", delay=240)
    S.add("c1999-why", "1999", "other", "14:44:00", "中平路怎麼封起來了？我要去中國醫藥大學接小孩，要從哪裡繞？", H, place="zhongping_e", jitter=0.0004)
    S.add("cctv010-stall", "cctv", "stalled_vehicle", "14:50:40", "車輛停滯：路口北側 2輛", B, sensor="SN-CCTV-010", conf=0.69)
    S.add("c1999-rear", "1999", "traffic_accident", "14:51:20", "河南路中平路口大家在迴轉，後面的車沒注意直接撞上來，我的車屁股凹一大塊", B, place="henan_zp")
    S.add("p-rear", "incident", "accident", "14:55:00", "河南路中平路口 自小客追撞A3類，無人受傷，雙方和解中", B, place="henan_zp", sev="Minor")
    S.add("r-henan02", "rule", "congestion", "14:57:00", "河南路車輛偵測器2 平均車速9 km/h，佔有率71%", B, sensor="SN-VD-HENAN-02", sev="Moderate", alt=H)
    S.add("p-haz2", "incident", "hazmat_report", "15:05:00", "環保局毒災應變隊到場，以蘇打灰中和，槽車閥門已鎖緊止漏", H, place="jm_zp", sev="Moderate", follows="p-haz")
    S.dup("p-haz2", 20)
    S.add("p-rear-done", "incident", "accident", "15:12:00", "河南路追撞事故車輛已移離", B, place="henan_zp", sev="Minor", follows="p-rear")
    S.add("c1999-park", "1999", "illegal_parking", "15:20:00", "黎明路三段有一台白色廂型車停在公車站好幾天了都沒動", None, place="liming_w")
    S.add("h119-done", "119", "hazmat", "15:48:00", "中和完畢，路面沖洗，pH值檢測正常，交由警方解除管制", H, place="jm_zp", follows="h119")
    S.add("p-closure-end", "incident", "road_closure", "16:02:00", "中平路經貿路口管制解除，恢復通行", H, place="jm_zp", sev="Minor", follows="p-closure")
    S.add("r-zp02-c", "rule", "congestion", "16:10:00", "中平路車輛偵測器2 平均車速26 km/h，佔有率33%", H, sensor="SN-VD-ZHONGPING-02", sev="Minor")
    S.add("wl003-on", "status", "online", "16:20:00", "設備上線", None, sensor="SN-WL-003")
    S.add("a119-late", "119", "ambulance", "14:47:00", "救護｜同中平路經貿路口，洩漏槽車駕駛手部接觸鹽酸灼傷，沖洗後送醫", H, place="jm_zp", delay=2400)
    S.add("c1999-manhole", "1999", "road_damage", "13:30:00", "河南路往中平路方向有一個人孔蓋下陷，車子經過會咚一聲", None, place="henan_s", jitter=0.0005)
    S.dup("h119", 25)
    S.add("p-detour", "incident", "road_closure", "14:40:00", "敦化路口改道車流回堵，增派人力疏導", H, place="zhongping_e", sev="Moderate", follows="p-closure")
    S.add("cctv011-crowd", "cctv", "crowding", "14:45:00", "人群聚集：路口西北側人行道人群靜止", H, sensor="SN-CCTV-011", conf=0.58)
    S.add("c1999-school", "1999", "other", "14:48:00", "學校廣播說大家留在室內不要出去，中國醫藥大學門口需要疏散嗎？有沒有人可以說明一下", H, place="cmu")
    S.add("c1999-home", "1999", "gas_odor", "15:00:00", "我家在中平路那邊，窗戶關起來還是有酸酸的味道，會不會中毒？老人家在家", H, place="zhongping_e", jitter=0.0005)
    S.add("r-zp01-b", "rule", "congestion", "15:05:00", "中平路車輛偵測器1 平均車速6 km/h，佔有率81%", H, sensor="SN-VD-ZHONGPING-01", sev="Severe")
    S.add("c1999-still", "1999", "other", "15:30:00", "中平路到底什麼時候會通？已經封快一個小時了", H, place="zhongping_w", jitter=0.0004)
    S.add("fa010-n", "fire_alarm", "normal", "15:40:00", "受信總機復歸 (探測器更換完成)", None, sensor="SN-FA-010")
    S.inc(H, "hazmat", "Hydrochloric-acid tanker leaking at 經貿路/中平路; junction closed, two pedestrians and the driver hurt, queues on 中平路 both ways.", "h119")
    S.inc(B, "traffic", "Rear-end crash at 河南路/中平路 among cars turning back from the closure; no injuries.", "c1999-rear")
    S.set_alt("A coordinator can fold the rear-end crash into the hazmat job's traffic management (it is in the detour queue), "
              "and attach the sewage-smell call to the leak before anyone checks it.",
              drop=[B])
    for it in S.items:
        if it["truth"] == B:
            it["truth_alt"] = H
    return S


def s459():
    S = Situation(459, "hub_knife_scare_bus_breakdown_drunk", "2026-04-24",
                  "Friday 20:14 at the Shuinan transit hub: a man waves a knife on platform 3, one traveller is cut, "
                  "people run out (crowd camera at 中科路/環中路, a bystander pulls a manual call point, rumours of a "
                  "gunshot). At 20:30 a city bus breaks down at the hub exit under the same camera. At 20:40 a drunk man "
                  "lies at the 經貿路/黎明路 bus shelter, and a caller wonders if he is the stabbing victim. "
                  "Background: the hub car park full, a revving scooter gang, taxi parking, a camera offline, rush on 中清路.",
                  notes="One camera reports two jobs (a fleeing crowd, then a stalled bus); the fire panel belongs to the knife incident.")
    K, BU, D = "459-KNIFE-HUB", "459-BUS-EXIT", "459-DRUNK-LIMING"
    S.add("cctv005-off", "status", "offline", "19:58:00", "設備離線：device_fault", None, sensor="SN-CCTV-005")
    S.add("pk001-full", "parking", "full", "20:02:00", "水湳轉運中心停車場 車位已滿", None, sensor="SN-PK-001")
    S.add("c1999-knife", "1999", "other", "20:14:30", "轉運站裡面有一個男的拿刀在那邊揮，在三號月台，大家都在跑，快來！", K, place="hub_bays")
    S.add("fa001-a", "fire_alarm", "alarm", "20:15:10", "1F 候車大廳 手動報警機動作 (區域1-06)", K, sensor="SN-FA-001", alt=None)
    S.add("cctv003-crowd", "cctv", "crowding", "20:15:40", "人群聚集：轉運中心出口人群快速移動", K, sensor="SN-CCTV-003", conf=0.74)
    S.add("p-knife", "incident", "public_disturbance", "20:16:00", "水湳轉運中心3號月台 男子持刀滋事，線上警力全數前往", K, place="hub_bays", sev="Severe", delay=60)
    S.add("c1999-run", "1999", "crowding", "20:16:40", "轉運站門口一堆人衝出來，有人跌倒被踩，不知道裡面發生什麼事", K, place="hub")
    S.add("c1999-gun", "1999", "other", "20:18:00", "聽說水湳轉運站有人開槍？我朋友在裡面，電話都不接", K, place="hub", jitter=0.0008)
    S.add("a119", "119", "ambulance", "20:19:00", "救護｜水湳轉運中心3號月台，男性旅客左前臂遭刀械劃傷，出血", K, place="hub_bays")
    S.add("p-knife2", "incident", "public_disturbance", "20:22:00", "持刀男子已壓制上銬，1名旅客手臂割傷送醫，另有民眾按下手動報警機，已請消防勿出動", K, place="hub_bays", sev="Moderate", follows="p-knife")
    S.add("fa001-n", "fire_alarm", "normal", "20:26:00", "受信總機復歸", K, sensor="SN-FA-001", alt=None)
    S.add("cctv003-stall", "cctv", "stalled_vehicle", "20:30:20", "車輛停滯：路口南側 大型車1輛", BU, sensor="SN-CCTV-003", conf=0.81)
    S.add("c1999-bus", "1999", "other", "20:32:00", "轉運站出口那台公車停在路口不動，一直閃燈，後面客運都出不來", BU, place="hz_zhongke")
    S.add("r-hz02", "rule", "congestion", "20:35:00", "環中路車輛偵測器2 平均車速10 km/h，佔有率65%", BU, sensor="SN-VD-HUANZHONG-02", sev="Moderate")
    S.add("p-bus", "incident", "stalled_vehicle", "20:37:00", "中科路環中路口 市公車故障停於路口，客運業者派車拖離中", BU, place="hz_zhongke", sev="Minor")
    S.add("c1999-drunk", "1999", "other", "20:40:30", "經貿路黎明路口公車亭有個阿伯躺在地上，滿身酒味叫不起來，是不是剛剛轉運站被砍的那個？", D, place="jm_liming", alt=K)
    S.add("a119-drunk", "119", "ambulance", "20:42:00", "救護｜經貿路黎明路口公車亭，男性路倒，疑似酒醉，無明顯外傷", D, place="jm_liming")
    S.add("c1999-moto", "1999", "noise", "20:44:00", "經貿路上一群改裝機車一直在催油門，來來回回好幾趟了", None, place="jm_7th", jitter=0.0006)
    S.add("p-drunk", "incident", "medical", "20:47:00", "經貿路黎明路口路倒男子，酒醉無外傷，與轉運站案無關，已送醫", D, place="jm_liming", sev="Minor")
    S.add("r-zq01", "rule", "congestion", "20:48:00", "中清路車輛偵測器1 平均車速18 km/h，佔有率45%", None, sensor="SN-VD-ZHONGQING-01", sev="Minor")
    S.add("c1999-taxi", "1999", "illegal_parking", "20:55:00", "轉運站旁邊計程車排班排到紅線上，擋住機車道", None, place="hub", jitter=0.0004)
    S.add("p-bus-done", "incident", "stalled_vehicle", "21:02:00", "故障公車已拖離，路口恢復通行", BU, place="hz_zhongke", sev="Minor", follows="p-bus")
    S.add("a119-late", "119", "ambulance", "20:17:00", "救護｜轉運中心大廳，女性逃跑時跌倒膝蓋擦傷（現場處置，未送醫）", K, place="hub", delay=2900)
    S.dup("p-knife2", 180)
    S.add("p-knife-late", "incident", "public_disturbance", "20:14:00", "補登：20:14民眾報案轉運中心有人持刀", K, place="hub_bays", sev="Severe", delay=4200)
    S.add("cctv005-on", "status", "online", "21:20:00", "設備上線", None, sensor="SN-CCTV-005")
    S.add("r-hz02-c", "rule", "congestion", "21:05:00", "環中路車輛偵測器2 平均車速28 km/h，佔有率31%", BU, sensor="SN-VD-HUANZHONG-02", sev="Minor")
    S.inc(K, "public_safety", "Man with a knife on platform 3 of the transit hub; one traveller cut, people flee; suspect arrested.", "p-knife")
    S.inc(BU, "traffic", "City bus broken down at the hub exit (中科路/環中路), towed.", "cctv003-stall")
    S.inc(D, "rescue", "Drunk man lying at the 經貿路/黎明路 bus shelter.", "a119-drunk")
    S.set_alt("Until the police report at 20:47 says otherwise, the caller's guess can tie the man at the bus shelter to the stabbing; "
              "and the manual call point can be left out of the knife job as a fire-panel event.",
              )
    return S


def s460():
    S = Situation(460, "liming_stir_fry_shop_fire_dark_signal", "2026-05-13",
                  "Wednesday lunchtime. The exhaust duct of a stir-fry shop on 黎明路三段 near 凱旋路 catches fire and "
                  "spreads to the first floor; the camera at 黎明路/凱旋路 sees smoke; the road is closed. At 12:10 "
                  "Taipower cuts the block's power for the firefighters and the signal at 黎明路/凱旋路 goes dark. "
                  "Background: cooking fumes from another restaurant on 中科路, a van parked for days, a car park sensor "
                  "rebooting.",
                  notes="The dark signal is caused by the fire but needs its own police and a signal contractor.")
    F, SG = "460-SHOP-FIRE", "460-SIGNAL-LM-KX"
    S.add("c1999-fumes", "1999", "other", "11:35:00", "中科路那間燒烤店中午油煙直接排到人行道，整條路都是煙味，可以來稽查嗎", None, place="zhongke_s")
    S.add("pk002-off", "status", "offline", "11:40:00", "設備離線：maintenance", None, sensor="SN-PK-002")
    S.add("c1999-fire", "1999", "fire_smoke", "11:48:20", "黎明路三段靠凱旋路這邊，一間快炒店廚房在噴火，煙好大，整個騎樓都黑的", F, place="lm_shop")
    S.add("f119", "119", "fire", "11:49:00", "火災｜黎明路三段熱炒店，廚房排油煙管起火延燒至二樓，店內人員已跑出", F, place="lm_shop")
    S.add("cctv007-smoke", "cctv", "smoke", "11:50:10", "煙霧：畫面東側", F, sensor="SN-CCTV-007", conf=0.62)
    S.add("c1999-office", "1999", "other", "11:52:00", "我們公司在旁邊，黑煙一直飄進辦公室，大家都在咳，這個煙有沒有毒？要不要撤", F, place="lm_shop", jitter=0.0005)
    S.add("p-fire", "incident", "fire_report", "11:53:00", "黎明路三段店面火警，員警到場疏散鄰近店家", F, place="lm_shop", sev="Moderate")
    S.add("pk002-on", "status", "online", "11:55:00", "設備上線", None, sensor="SN-PK-002")
    S.add("f119-scene", "119", "fire", "11:57:00", "到達現場：一樓廚房及二樓倉庫燃燒，佈線2條", F, place="lm_shop", follows="f119")
    S.add("p-closure", "incident", "road_closure", "12:00:00", "黎明路三段凱旋路至經貿路間雙向封閉", F, place="lm_shop", sev="Moderate")
    S.add("r-lm01", "rule", "congestion", "12:03:00", "黎明路車輛偵測器1 平均車速6 km/h，佔有率83%", F, sensor="SN-VD-LIMING-01", sev="Severe")
    S.add("a119", "119", "ambulance", "12:05:00", "救護｜黎明路三段火警現場，廚師手臂二度灼傷", F, place="lm_shop")
    S.add("sig007-fault", "signal", "fault", "12:10:30", "號誌控制器 電源中斷", SG, sensor="SN-SIG-007", alt=F)
    S.add("cctv007-dark", "cctv", "signal_dark", "12:11:00", "號誌黑燈", SG, sensor="SN-CCTV-007", conf=0.9, alt=F)
    S.add("c1999-sig", "1999", "traffic_signal", "12:13:00", "凱旋路黎明路口紅綠燈整個不會亮了，又因為前面火災車子在迴轉，很亂", SG, place="lm_kaixuan", alt=F)
    S.add("r-kx01", "rule", "congestion", "12:14:00", "凱旋路車輛偵測器1 平均車速9 km/h，佔有率69%", SG, sensor="SN-VD-KAIXUAN-01", sev="Moderate", alt=F)
    S.add("p-sig", "incident", "traffic_signal_fault", "12:16:00", "台電配合消防斷電，凱旋路黎明路口號誌熄滅，派員手動指揮", SG, place="lm_kaixuan", sev="Moderate", alt=F)
    S.add("f119-ctrl", "119", "fire", "12:22:00", "火勢控制，殘火處理，二樓倉庫燒損", F, place="lm_shop", follows="f119")
    S.add("c1999-van", "1999", "illegal_parking", "12:30:00", "凱旋路上一台貨車停在同一個位置快一個禮拜了，車上都是灰塵", None, place=(120.6505, 24.1902))
    S.dup("cctv007-smoke", 600)
    S.add("f119-close", "119", "fire", "12:58:00", "收隊：排油煙管積油起火，燒損約40平方公尺，1人灼傷送醫", F, place="lm_shop", follows="f119")
    S.add("p-closure-end", "incident", "road_closure", "13:05:00", "黎明路三段管制解除，一車道仍供消防車輛使用", F, place="lm_shop", sev="Minor", follows="p-closure")
    S.add("sig007-ok", "signal", "restored", "13:20:00", "號誌恢復正常運作", SG, sensor="SN-SIG-007", alt=F)
    S.add("p-sig-late", "incident", "traffic_signal_fault", "12:12:00", "補登：12:12民眾報案凱旋路黎明路口號誌不亮", SG, place="lm_kaixuan", sev="Minor", delay=3300, alt=F)
    S.add("c1999-smell", "1999", "other", "13:40:00", "黎明路那邊到現在還有燒焦味，隔壁的店可以營業了嗎", F, place="lm_shop", jitter=0.0004)
    S.inc(F, "fire", "Exhaust-duct fire in a stir-fry shop on 黎明路三段, spread to the first floor; cook burned; road closed.", "f119")
    S.inc(SG, "traffic", "Signal at 黎明路/凱旋路 dark after the power cut for firefighting; police direct traffic until 13:20.", "sig007-fault")
    S.set_alt("The dark signal is a consequence of the fire's power cut, 90 m away; a coordinator may keep it inside the fire job "
              "(the fire's police unit directs traffic at the corner).", drop=[SG])
    return S


def s461():
    S = Situation(461, "charity_run_central_park_sunday", "2026-05-03",
                  "Sunday morning charity run (06:00-11:00) through Central Park with 經貿路 partly closed. A car forces "
                  "the closure at 經貿路/中平路 and hits a marshal (07:40); a runner in cardiac arrest by pond 4 (08:12, "
                  "two 119 calls); at the finish near the Green Museumbrary a runner with cramps (08:35) and another "
                  "with heat exhaustion (08:50) from the same medical tent; spectators spill onto 經貿路 (09:10); an "
                  "elderly man with dementia goes missing (09:30, found 10:05). Background: the planned closure's "
                  "queues, the PA noise, questions about the closure, full park car parks, a panel fault.",
                  notes="Several rescue jobs of the same kind, close in space and time, that must stay apart; planned queues are not incidents.")
    CR, A, B, C, E, G = ("461-CROWD-FINISH", "461-ARREST-POND4", "461-CRAMPS-FINISH", "461-HEAT-FINISH",
                         "461-MISSING-ELDER", "461-MARSHAL-HIT")
    S.add("permit", "planned_event", "event", "06:00", "2026水湳公益路跑：中央公園環園路線，經貿路二段至三段外側車道及中平路口封閉，預估6,000人", CR, place="park_mid", ends="11:00", arrive="2026-04-27 10:00", jitter=0)
    S.add("c1999-pa", "1999", "noise", "06:05:00", "一大早六點就在公園放音樂跟廣播，禮拜天欸，可以小聲一點嗎", None, place="eco_a", jitter=0.0005)
    S.add("fa004-fault", "fire_alarm", "fault", "06:20:00", "受信總機 迴路7 接地故障", None, sensor="SN-FA-004")
    S.add("r-jm02", "rule", "congestion", "06:40:00", "經貿路車輛偵測器2 平均車速14 km/h，佔有率50%", None, sensor="SN-VD-JINGMAO-02", sev="Moderate")
    S.add("c1999-closed", "1999", "other", "06:52:00", "經貿路怎麼封起來了？我要去上班，都沒看到公告", None, place="jingmao_mid")
    S.add("pk004-full", "parking", "full", "07:05:00", "中央公園地下停車場(北) 車位已滿", None, sensor="SN-PK-004")
    S.add("pk005-full", "parking", "full", "07:12:00", "中央公園地下停車場(南) 車位已滿", None, sensor="SN-PK-005")
    S.add("r-zp02", "rule", "congestion", "07:20:00", "中平路車輛偵測器2 平均車速12 km/h，佔有率57%", None, sensor="SN-VD-ZHONGPING-02", sev="Moderate")
    S.add("c1999-hit", "1999", "traffic_accident", "07:40:40", "中平路經貿路口有一台車硬闖路跑的封鎖線，撞到拿旗子的志工，志工倒在地上", G, place="jm_zp")
    S.add("a119-hit", "119", "ambulance", "07:41:20", "救護｜經貿路中平路口，路跑志工遭自小客撞擊，右腳疼痛無法站立", G, place="jm_zp")
    S.add("cctv011-stall", "cctv", "stalled_vehicle", "07:42:00", "車輛停滯：路口北側 1輛", G, sensor="SN-CCTV-011", conf=0.66)
    S.add("p-hit-late", "incident", "injury_accident", "07:45:00", "經貿路中平路口 自小客闖越路跑管制撞及志工，A2類，駕駛酒測0，移送偵辦", G, place="jm_zp", sev="Moderate", delay=2400)
    S.add("c1999-bike", "1999", "illegal_parking", "07:50:00", "公園門口腳踏車跟機車亂停，整個人行道都被擋住", None, place="park_south", jitter=0.0004)
    S.add("a119-arrest", "119", "ambulance", "08:12:10", "救護｜中央公園滯洪池4附近路跑路線，男性跑者倒地無呼吸，大會醫護已使用AED，派高級救護隊", A, place="pond4")
    S.add("a119-arrest2", "119", "ambulance", "08:12:50", "救護｜中央公園裡面有人跑步跑到昏倒，好多人圍著（民眾報案）", A, place="pond4", jitter=0.0006)
    S.dup("a119-arrest", 40)
    S.add("c1999-arrest", "1999", "other", "08:14:00", "公園第四個滯洪池那邊有跑者倒下去，有人在壓胸，救護車要從哪裡進來？路都封了", A, place="pond4")
    S.add("p-arrest", "incident", "medical", "08:16:00", "路跑跑者OHCA，員警開道引導救護車由中平路管制口進入", A, place="pond4", sev="Severe")
    S.add("a119-arrest-go", "119", "ambulance", "08:27:00", "送醫：恢復自發性循環，送中國醫藥大學附設醫院", A, place="pond4", follows="a119-arrest")
    S.add("a119-cramp", "119", "ambulance", "08:35:30", "救護｜中央公園北端終點醫護站，女性跑者雙腿抽筋合併胸悶", B, place="park_north")
    S.add("r-jm02-2", "rule", "congestion", "08:40:00", "經貿路車輛偵測器2 平均車速11 km/h，佔有率61%", None, sensor="SN-VD-JINGMAO-02", sev="Moderate")
    S.add("a119-heat", "119", "ambulance", "08:50:10", "救護｜同終點醫護站，另一名男性跑者熱衰竭，體溫39度，請求第二輛救護車", C, place="park_north", alt=B)
    S.add("a119-cramp-go", "119", "ambulance", "08:55:00", "送醫：女性跑者送臺中榮總", B, place="park_north", follows="a119-cramp")
    S.add("c1999-crowd", "1999", "crowding", "09:10:00", "終點那邊看熱鬧的人擠到經貿路上，車子還在旁邊開，很危險", CR, place="museum_walk")
    S.add("cctv006-crowd", "cctv", "crowding", "09:11:00", "人群聚集：經貿路人行道人群靜止並溢出至車道", CR, sensor="SN-CCTV-006", conf=0.8)
    S.add("p-crowd", "incident", "crowd_control", "09:15:00", "路跑終點人潮溢出經貿路二段，增派員警拉封鎖線", CR, place="museum_walk", sev="Moderate")
    S.add("a119-heat-go", "119", "ambulance", "09:05:00", "送醫：熱衰竭跑者送中國醫藥大學附設醫院", C, place="park_north", follows="a119-heat", delay=700, alt=B)
    S.add("c1999-elder", "1999", "other", "09:30:00", "我爸爸來看我跑步，他有失智，剛剛還在終點旁邊，現在找不到人，穿藍色格子襯衫", E, place="park_north")
    S.add("p-elder", "incident", "other", "09:34:00", "路跑終點一名80歲失智男性走失，藍色格子襯衫、拄拐杖，請巡邏線協尋", E, place="park_north", sev="Moderate")
    S.add("c1999-lost", "1999", "other", "09:36:00", "我在公園撿到一個錢包，要交給誰？", None, place="park_mid", jitter=0.0005)
    S.add("c1999-seen", "1999", "other", "09:52:00", "綠美圖門口有一個阿公一直問路，講不清楚要去哪裡，穿格子衣服", E, place="museumbrary")
    S.add("p-elder-found", "incident", "other", "10:05:00", "走失長者於綠美圖門口尋獲，家屬已到場", E, place="museumbrary", sev="Minor", follows="p-elder")
    S.add("p-crowd-end", "incident", "crowd_control", "10:20:00", "終點人潮散去，經貿路封鎖線收回", CR, place="museum_walk", sev="Minor", follows="p-crowd")
    S.add("r-zp02-2", "rule", "congestion", "10:30:00", "中平路車輛偵測器2 平均車速15 km/h，佔有率49%", None, sensor="SN-VD-ZHONGPING-02", sev="Minor")
    S.add("c1999-trash", "1999", "other", "11:20:00", "路跑結束了，公園裡面水杯跟垃圾丟得到處都是", None, place="park_mid", jitter=0.0006)
    S.add("cctv011-start", "cctv", "crowding", "06:55:00", "人群聚集：路口北側人群靜止", None, sensor="SN-CCTV-011", conf=0.7)
    S.add("c1999-nocop", "1999", "other", "07:00:00", "中平路那邊封路都沒有人指揮，車子亂鑽，是誰辦的活動", None, place="zhongping_e", jitter=0.0005)
    S.add("r-henan02", "rule", "congestion", "07:30:00", "河南路車輛偵測器2 平均車速17 km/h，佔有率45%", None, sensor="SN-VD-HENAN-02", sev="Minor")
    S.add("r-jm02-b", "rule", "congestion", "07:50:00", "經貿路車輛偵測器2 平均車速10 km/h，佔有率63%", None, sensor="SN-VD-JINGMAO-02", sev="Moderate")
    S.dup("a119-hit", 35)
    S.add("r-zp02-b", "rule", "congestion", "08:00:00", "中平路車輛偵測器2 平均車速9 km/h，佔有率66%", None, sensor="SN-VD-ZHONGPING-02", sev="Moderate")
    S.add("pk006-full", "parking", "full", "08:00:00", "臺中國際會展中心停車場 車位已滿", None, sensor="SN-PK-006")
    S.add("p-hit2", "incident", "injury_accident", "08:05:00", "志工送醫，右腳踝骨折；肇事自小客已移置", G, place="jm_zp", sev="Minor", follows="p-hit-late")
    S.add("c1999-aed", "1999", "other", "08:13:10", "滯洪池旁邊有人倒下來，AED已經拿過來了，救護車到了沒？", A, place="pond4", jitter=0.0004)
    S.add("c1999-names", "1999", "noise", "08:45:00", "終點廣播一直在唸名字，喇叭對著我們家，從六點到現在", None, place="eco_a", jitter=0.0005)
    S.add("r-zp02-c", "rule", "congestion", "09:00:00", "中平路車輛偵測器2 平均車速13 km/h，佔有率54%", None, sensor="SN-VD-ZHONGPING-02", sev="Moderate")
    S.add("pk004-full2", "parking", "full", "09:00:00", "中央公園地下停車場(北) 車位已滿", None, sensor="SN-PK-004")
    S.add("p-crowd2", "incident", "crowd_control", "09:40:00", "終點區增設護欄，人潮已退回人行道", CR, place="museum_walk", sev="Minor", follows="p-crowd")
    S.add("r-jm02-c", "rule", "congestion", "09:50:00", "經貿路車輛偵測器2 平均車速12 km/h，佔有率57%", None, sensor="SN-VD-JINGMAO-02", sev="Moderate")
    S.add("c1999-until", "1999", "other", "10:40:00", "經貿路封路到幾點？我要出門", None, place="jingmao_mid", jitter=0.0004)
    S.inc(G, "traffic", "Car forces the race closure at 經貿路/中平路 and hits a marshal.", "a119-hit")
    S.inc(A, "rescue", "Runner in cardiac arrest by pond 4 (two 119 calls, one patient), revived.", "a119-arrest")
    S.inc(B, "rescue", "Runner with cramps and chest tightness at the finish medical tent.", "a119-cramp")
    S.inc(C, "rescue", "Second runner with heat exhaustion at the same tent, second ambulance.", "a119-heat")
    S.inc(CR, "crowd", "Spectators at the finish spill onto 經貿路二段.", "c1999-crowd")
    S.inc(E, "rescue", "80-year-old with dementia missing from the finish, found at the Green Museumbrary.", "c1999-elder")
    S.set_alt("The two finish-tent patients can be one job: the same medical tent asks 119 for a second ambulance.",
              drop=[C])
    return S


def s462():
    S = Situation(462, "ticec_welding_fire_and_dui_pole", "2026-04-15",
                  "Wednesday night at the convention centre during overnight set-up. Welding sparks ignite display "
                  "boards in hall A (21:28); smoke drifts through the link corridor and trips hall B's panel; two "
                  "workers with smoke inhalation. At 21:50, 100 m away, a drunk driver hits the signal pole at "
                  "經貿路/黎明路, taking the signal and the camera on it down. Background: a 1999 complaint about the "
                  "set-up noise before the fire, a fault at the smart operations tower, a late bus question.",
                  notes="Two panels of two buildings for one fire; a crash among the fire engines that is its own job.")
    F, D, FB = "462-TICEC-FIRE", "462-DUI-POLE", "462-TICEC-HALLB"
    S.add("c1999-noise", "1999", "noise", "21:05:00", "會展中心晚上在佈展，電鑽跟敲打的聲音到現在，附近住的人要睡覺", None, place="ticec_a", jitter=0.0006)
    S.add("fa005-fault", "fire_alarm", "fault", "21:12:00", "受信總機 迴路2 斷線故障", None, sensor="SN-FA-005")
    S.add("fa002-a1", "fire_alarm", "alarm", "21:28:10", "A棟 1F 展場 偵煙探測器動作 (區域A1-14)", F, sensor="SN-FA-002")
    S.add("fa002-a2", "fire_alarm", "alarm", "21:29:00", "A棟 1F 展場 偵煙探測器動作 (區域A1-15)", F, sensor="SN-FA-002")
    S.add("f119", "119", "fire", "21:29:40", "火災｜臺中國際會展中心A棟展場，佈展工人電焊火花引燃展板，現場濃煙，工人自行撤出", F, place="ticec_a")
    S.add("c1999-glow", "1999", "fire_smoke", "21:30:30", "會展中心那邊裡面好像有火光，味道像塑膠燒起來，黑黑的煙從門口冒出來", F, place="ticec_plaza")
    S.add("fa003-a", "fire_alarm", "alarm", "21:31:20", "B棟 連通廊道 偵煙探測器動作 (區域B1-02)", F, sensor="SN-FA-003", alt=FB)
    S.add("cctv005-smoke", "cctv", "smoke", "21:32:00", "煙霧：畫面東北側建築", F, sensor="SN-CCTV-005", conf=0.48)
    S.add("p-fire", "incident", "fire_report", "21:34:00", "會展中心A棟火警，員警到場管制經貿路二段及廣場出入口", F, place="ticec_plaza", sev="Moderate")
    S.add("f119-b", "119", "fire", "21:35:00", "火災｜同會展中心，B棟亦有警報，加派水箱車1前往B棟查看", F, place="ticec_b", follows="f119", alt=FB)
    S.add("a119", "119", "ambulance", "21:37:00", "救護｜會展中心A棟外，佈展工人2名嗆傷咳嗽", F, place="ticec_a")
    S.add("f119-scene", "119", "fire", "21:38:00", "到達現場：A棟展場展板及木作燃燒約30平方公尺，撒水設備動作中", F, place="ticec_a", follows="f119")
    S.add("f119-b2", "119", "fire", "21:44:00", "B棟警報係A棟煙霧經連通廊道擴散，B棟無起火，關閉防火門", F, place="ticec_b", follows="f119-b", alt=FB)
    S.add("sig005-fault", "signal", "fault", "21:50:20", "號誌控制器 通訊中斷，燈號無輸出", D, sensor="SN-SIG-005")
    S.add("cctv005-stall", "cctv", "stalled_vehicle", "21:50:40", "車輛停滯：路口西南角 1輛", D, sensor="SN-CCTV-005", conf=0.88)
    S.add("c1999-dui", "1999", "traffic_accident", "21:51:30", "黎明路經貿路口一台車直接撞上紅綠燈的桿子，桿子歪掉了，駕駛下車走路歪歪的好像喝醉", D, place="jm_liming")
    S.add("cctv005-off", "status", "offline", "21:52:00", "設備離線：mains_power_lost", D, sensor="SN-CCTV-005")
    S.add("a119-dui", "119", "ambulance", "21:53:00", "救護｜經貿路黎明路口，自小客撞號誌桿，駕駛額頭撕裂傷", D, place="jm_liming")
    S.add("p-dui", "incident", "injury_accident", "21:56:00", "經貿路黎明路口 自小客撞擊號誌桿，駕駛酒測值0.62 mg/L，依公共危險罪移送；號誌桿傾斜", D, place="jm_liming", sev="Moderate")
    S.add("r-cctv005-off", "rule", "sensor_offline", "21:57:00", "經貿路二段/黎明路三段 路口監視器 超過5分鐘未回傳", D, sensor="SN-CCTV-005", sev="Minor", delay=30)
    S.add("r-lm01", "rule", "congestion", "22:00:00", "黎明路車輛偵測器1 平均車速8 km/h，佔有率70%", D, sensor="SN-VD-LIMING-01", sev="Moderate", alt=F)
    S.add("f119-ctrl", "119", "fire", "22:02:00", "A棟火勢撲滅，排煙中，2名工人送醫", F, place="ticec_a", follows="f119")
    S.add("p-pole", "incident", "fallen_object", "22:06:00", "經貿路黎明路口號誌桿傾斜有倒塌之虞，封閉外側車道，通知交通局搶修", D, place="jm_liming", sev="Moderate", follows="p-dui")
    S.add("c1999-bus", "1999", "other", "22:10:00", "請問轉運站往台北的末班車是幾點？", None, place="hub", jitter=0.0003)
    S.dup("fa002-a1", 900)
    S.add("fa003-n", "fire_alarm", "normal", "22:15:00", "受信總機復歸", F, sensor="SN-FA-003", alt=FB)
    S.add("fa002-n", "fire_alarm", "normal", "22:40:00", "受信總機復歸", F, sensor="SN-FA-002")
    S.add("f119-close", "119", "fire", "22:48:00", "收隊：A棟展場電焊引燃展板，燒損約30平方公尺，2人嗆傷送醫，B棟無損", F, place="ticec_a", follows="f119")
    S.add("p-fire-late", "incident", "fire_report", "21:30:00", "補登：21:30會展中心火警報案", F, place="ticec_a", sev="Moderate", delay=4000)
    S.add("sig005-ok", "signal", "restored", "23:40:00", "號誌恢復正常運作（臨時號誌）", D, sensor="SN-SIG-005")
    S.inc(F, "fire", "Welding sparks ignite display boards in hall A during set-up; smoke into hall B via the link corridor; two workers hurt.", "fa002-a1")
    S.inc(D, "traffic", "Drunk driver hits the signal pole at 經貿路/黎明路; signal and camera down; pole leaning.", "sig005-fault")
    S.set_alt("Hall B's alarm comes from a second building's panel: a coordinator may open it as its own fire job until 119 says it is "
              "smoke from hall A; and the 黎明路 slow-down can be read as the fire's traffic effect.",
              add=[(FB, "fire", "Alarm in hall B (smoke through the link corridor), checked by a second engine.", "fa003-a")])
    return S


if __name__ == "__main__":
    for f in (s457, s458, s459, s460, s461, s462):
        print(f().write())
