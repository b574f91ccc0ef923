"""Situations 451-456 (blind oracle). Run: python3 gen_a.py"""
from lib import Situation


def s451():
    S = Situation(451, "fcu_lab_fire_and_onlooker_crash", "2026-03-18",
                  "Wednesday afternoon. A solvent fire in a chemistry lab of Feng Chia University's Shuinan campus "
                  "(panel, 119 fire then a hazmat request, callers who smell thinner), and twelve minutes later a "
                  "scooter hits a car parked by onlookers on 中科路 at the campus side gate, 250 m away. "
                  "Background: a panel fault at the pop music centre, someone burning paper offerings on 凱旋路 "
                  "whose smoke a caller reports in the same minutes, school-run congestion on 河南路, a VD off for maintenance.",
                  notes="The 燒金紙 call is the look-alike: smoke and smell, 400 m from the lab, during the fire, but the caller says what it is.")
    F, C, R = "451-LABFIRE", "451-CRASH-ZHONGKE", "451-RESCUE-STUDENT"
    S.add("fa006-fault", "fire_alarm", "fault", "14:52:10", "受信總機 迴路3 斷線故障", None, sensor="SN-FA-006")
    S.add("vd-hz04-off", "status", "offline", "14:58:00", "設備離線：維護作業 (maintenance)", None, sensor="SN-VD-HUANZHONG-04")
    S.add("r-hz04-off", "rule", "sensor_offline", "15:00:00", "環中路車輛偵測器4 超過5分鐘未回傳", None, sensor="SN-VD-HUANZHONG-04", sev="Minor", delay=70)
    S.add("c1999-light", "1999", "streetlight", "15:02:30", "中平路靠河南路口往東第三支路燈，大白天一直亮著，燈桿上號碼是XT-0417，浪費電", None, place="zhongping_w")
    S.add("fa009-a1", "fire_alarm", "alarm", "15:08:40", "3F 化學實驗室 偵煙探測器動作 (區域3-07)", F, sensor="SN-FA-009")
    S.add("fa009-a2", "fire_alarm", "alarm", "15:09:32", "3F 走廊 偵煙探測器動作 (區域3-09)", F, sensor="SN-FA-009")
    S.add("f119", "119", "fire", "15:10:05", "火災｜逢甲大學水湳校區 實驗大樓3樓化學實驗室，報案助教稱燒杯內有機溶劑起火延燒抽氣櫃，學生已往操場疏散，派水箱車2、雲梯車1、救護車1", F, place="fcu_lab", delay=35)
    S.add("c1999-smoke1", "1999", "fire_smoke", "15:11:20", "我在中科路騎車，看到逢甲那棟新大樓三樓窗戶一直冒黑煙，味道很嗆像油漆的稀釋劑，不知道有沒有人打119了", F, place="fcu_gate")
    S.dup("c1999-smoke1", 95)
    S.add("c1999-parent", "1999", "other", "15:12:40", "我兒子在逢甲水湳上課，剛剛傳LINE說實驗室爆炸了全部被趕到操場，到底怎麼了？有沒有人受傷？", F, place="fcu", jitter=0.0008)
    S.add("p-fire", "incident", "fire_report", "15:13:10", "西屯分局巡邏車回報：逢甲大學水湳校區實驗大樓冒煙，消防車陸續到場，協助管制中科路側門出入", F, place="fcu_gate", sev="Moderate")
    S.add("c1999-paper", "1999", "other", "15:14:00", "凱旋路這邊騎樓有人在燒金紙燒很久了，煙一直飄進我們店裡，味道很重，可以請人來勸導嗎", None, place="kaixuan_s")
    S.add("h119", "119", "hazmat", "15:14:30", "危險物品｜同逢甲水湳校區實驗大樓，現場指揮官請求化學災害搶救小組，疑似丙酮、乙醚等溶劑約20公升，請環保局毒災應變隊支援", F, place="fcu_lab", follows="f119")
    S.add("f119-scene", "119", "fire", "15:16:05", "到達現場：3樓實驗室火勢侷限於抽氣櫃內，排煙中，無人受困", F, place="fcu_lab", follows="f119")
    S.add("a119-student", "119", "ambulance", "15:18:20", "救護｜逢甲大學水湳校區操場集合點，女學生1名疑似吸入濃煙，頭暈嘔吐，意識清楚", F, place="fcu", alt=R)
    S.add("c1999-smoke2", "1999", "fire_smoke", "15:19:10", "逢甲水湳那邊好像火燒厝，煙一直往凱旋路這邊飄，有夠臭，窗戶要不要關起來？", F, place="kaixuan_s", jitter=0.0004)
    S.add("c1999-crash", "1999", "traffic_accident", "15:21:10", "中科路逢甲側門這裡，一台機車撞到停在路邊看火災的車，騎士倒在地上起不來，快叫救護車", C, place="fcu_gate")
    S.add("a119-crash", "119", "ambulance", "15:21:45", "救護｜中科路近逢甲大學水湳校區側門，機車與自小客擦撞，男性騎士左小腿疑似骨折", C, place="fcu_gate")
    S.add("p-crash", "incident", "injury_accident", "15:23:30", "中科路水湳校區側門前 A2類交通事故，機車追撞路邊臨停自小客，騎士1人受傷送醫，員警現場處理", C, place="fcu_gate", sev="Moderate")
    S.add("a119-crash2", "119", "ambulance", "15:22:10", "救護｜中科路逢甲附近 有人車禍倒地（報案人路過，不清楚車種）", C, place="fcu_gate", jitter=0.0005, delay=150)
    S.add("p-closure", "incident", "road_closure", "15:25:00", "中科路往河南路方向外側車道暫時封閉，供消防車停放，請用路人改道", F, place="fcu_gate", sev="Minor")
    S.add("r-zk01", "rule", "congestion", "15:26:00", "中科路車輛偵測器1 平均車速11 km/h，佔有率61%", C, sensor="SN-VD-ZHONGKE-01", sev="Moderate")
    S.add("r-henan01", "rule", "congestion", "15:30:00", "河南路車輛偵測器1 平均車速18 km/h，佔有率44%", None, sensor="SN-VD-HENAN-01", sev="Minor")
    S.add("r-kx02", "rule", "congestion", "15:33:00", "凱旋路車輛偵測器2 平均車速14 km/h，佔有率52%", C, sensor="SN-VD-KAIXUAN-02", sev="Moderate")
    S.add("c1999-park", "1999", "illegal_parking", "15:35:10", "中科路逢甲側門兩邊一排車並排停在那邊看熱鬧，剛剛才有人撞到，公車都過不去", C, place="fcu_gate", alt=None)
    S.add("vd-hz04-on", "status", "online", "15:40:00", "設備上線", None, sensor="SN-VD-HUANZHONG-04")
    S.add("f119-ctrl", "119", "fire", "15:40:30", "火勢撲滅，殘火處理中；化災小組偵測實驗室內可燃性氣體濃度，暫不開放進入", F, place="fcu_lab", follows="f119")
    S.add("p-crash-done", "incident", "injury_accident", "15:50:00", "中科路側門事故處理完畢，車輛移置路邊，恢復通行", C, place="fcu_gate", sev="Minor", follows="p-crash")
    S.add("fa009-normal", "fire_alarm", "normal", "16:05:12", "受信總機復歸", F, sensor="SN-FA-009")
    S.add("p-fire-late", "incident", "fire_report", "15:10:00", "補登：15:10接獲民眾報案，逢甲大學水湳校區實驗大樓火警，已通報消防局", F, place="fcu_lab", sev="Moderate", delay=4300)
    S.add("f119-close", "119", "fire", "16:22:00", "收隊：實驗室內溶劑燃燒，燒損抽氣櫃1座，學生1名送醫，交由校方及環保局後續處理", F, place="fcu_lab", follows="f119")
    S.inc(F, "fire", "Solvent fire in a 3F chemistry lab of FCU Shuinan campus; hazmat team requested; one student with smoke inhalation; lane closed on 中科路 for engines.", "fa009-a1")
    S.inc(C, "traffic", "Scooter hits a car parked by fire onlookers on 中科路 at the campus side gate; rider with a broken leg; queue on 中科路/凱旋路.", "a119-crash")
    S.set_alt("The ambulance for the student who inhaled smoke can be run as its own rescue job at the assembly point, apart from the fire; "
              "the onlookers' double parking can be left to routine parking enforcement.",
              add=[(R, "rescue", "Student with smoke inhalation at the campus assembly point.", "a119-student")])
    return S


def s452():
    S = Situation(452, "expo_saturday_hub_crowd_theft_fight", "2026-04-11",
                  "Saturday of a travel fair at the convention centre. From late morning the transit hub and the "
                  "shuttle area overflow (cameras, full car parks, VDs, callers), a pickpocket works the bus bays and "
                  "is caught at hall B, a fight breaks out in the shuttle queue, a traveller falls on the packed hub escalator, "
                  "an elderly visitor collapses in hall B and a five-year-old goes missing in hall A. Background: a panel's battery fault, a pothole, loud "
                  "promotion speakers, a camera off for maintenance, Saturday traffic on the west of 環中路.",
                  notes="Six jobs within 400 m, four of them at the hub; the crowd job runs all day beside them. The crowd camera over the shuttle queue sees the fight's onlookers.")
    CR, TH, FI, MD, LC = "452-CROWD-HUB", "452-THEFT-HUB", "452-FIGHT-SHUTTLE", "452-MEDICAL-HALLB", "452-LOSTCHILD-HALLA"
    S.add("permit", "planned_event", "exhibition", "10:00", "2026台中國際旅展，臺中國際會展中心A、B棟，預估每日入場3萬人次，轉運中心加開接駁車", CR, place="ticec_plaza", ends="18:00", arrive="2026-04-07 09:30", jitter=0)
    S.add("fa002-fault", "fire_alarm", "fault", "09:48:00", "A棟受信總機 預備電源電壓不足", None, sensor="SN-FA-002")
    S.add("cctv006-off", "status", "offline", "10:15:00", "設備離線：maintenance", None, sensor="SN-CCTV-006")
    S.add("c1999-hole", "1999", "road_damage", "10:40:00", "黎明路三段往環中路方向機車道有一個大坑，下雨積水看不到，很危險", None, place="liming_w")
    S.add("pk006-full", "parking", "full", "10:52:00", "臺中國際會展中心停車場 車位已滿 (AvailableCar 0)", CR, sensor="SN-PK-006")
    S.add("pk001-full", "parking", "full", "11:05:00", "水湳轉運中心停車場 車位已滿", CR, sensor="SN-PK-001")
    S.dup("pk001-full", 240)
    S.add("r-hz04", "rule", "congestion", "11:10:00", "環中路車輛偵測器4 平均車速16 km/h，佔有率49%", None, sensor="SN-VD-HUANZHONG-04", sev="Minor")
    S.add("c1999-speaker", "1999", "noise", "11:12:00", "經貿路這邊展場外面的攤位喇叭開超大聲在叫賣，我家在對面，從早上吵到現在", None, place="ticec_plaza", jitter=0.0006)
    S.add("pk002-full", "parking", "full", "11:18:00", "經貿六停車場 車位已滿", CR, sensor="SN-PK-002")
    S.add("cctv004-crowd", "cctv", "crowding", "11:24:00", "人群聚集：接駁區候車人龍溢出至人行道及車道", CR, sensor="SN-CCTV-004", conf=0.83)
    S.add("r-jm01", "rule", "congestion", "11:28:00", "經貿路車輛偵測器1 平均車速9 km/h，佔有率72%", CR, sensor="SN-VD-JINGMAO-01", sev="Severe")
    S.add("c1999-crowd1", "1999", "crowding", "11:31:00", "轉運站接駁車那邊排隊排到馬路上了，車子都從人旁邊擦過去，都沒有人在管嗎", CR, place="hub_shuttle")
    S.add("cctv005-crowd", "cctv", "crowding", "11:36:00", "人群聚集：行人穿越經貿路與黎明路口，綠燈結束仍滯留", CR, sensor="SN-CCTV-005", conf=0.71)
    S.add("c1999-park", "1999", "illegal_parking", "11:40:00", "經貿路二段路邊紅線停滿了車，還有人停在公車格，接駁車靠不了站", CR, place="jm_liming", alt=None)
    S.add("p-crowd", "incident", "crowd_control", "11:45:00", "第六分局：旅展人潮，轉運中心接駁區及經貿路黎明路口派員疏導，請交通隊支援", CR, place="hub_shuttle", sev="Moderate")
    S.add("r-hz02", "rule", "congestion", "11:50:00", "環中路車輛偵測器2 平均車速12 km/h，佔有率63%", CR, sensor="SN-VD-HUANZHONG-02", sev="Moderate")
    S.add("c1999-wallet", "1999", "other", "12:06:00", "我剛剛在轉運站排隊上車，背包拉鍊被拉開，錢包不見了，裡面有證件，怎麼辦", TH, place="hub_bays")
    S.add("p-theft", "incident", "theft", "12:09:00", "水湳轉運中心候車月台 民眾報案皮夾遭竊，另有一名旅客手機失竊，疑同一人所為", TH, place="hub_bays", sev="Moderate")
    S.add("p-theft2", "incident", "theft", "12:21:00", "嫌犯特徵：男性約40歲、灰色帽T、黑色後背包，往會展中心方向離去，請各線注意", TH, place="hub_bays", sev="Moderate", follows="p-theft")
    S.add("cctv004-crowd2", "cctv", "crowding", "12:38:00", "人群聚集：接駁區人群靜止圍觀", FI, sensor="SN-CCTV-004", conf=0.77, alt=CR)
    S.add("c1999-fight", "1999", "crowding", "12:39:00", "接駁車排隊那邊有兩個男的因為插隊吵起來，已經動手了，一堆人圍著看，小孩在哭", FI, place="hub_shuttle")
    S.add("p-fight", "incident", "public_disturbance", "12:42:00", "轉運站接駁區 兩名男子因插隊互毆，員警到場隔離雙方", FI, place="hub_shuttle", sev="Moderate")
    S.add("p-theft-arrest", "incident", "theft", "12:47:00", "會展中心B棟入口 員警依特徵盤查逮捕竊嫌1名，起出皮夾2個", TH, place="ticec_b", sev="Minor", follows="p-theft2")
    S.add("p-fight-done", "incident", "public_disturbance", "12:58:00", "互毆雙方一人鼻樑擦傷拒絕送醫，帶回派出所製作筆錄", FI, place="hub_shuttle", sev="Minor", follows="p-fight")
    S.add("p-crowd2", "incident", "crowd_control", "13:05:00", "接駁區改為單向排隊，人潮稍緩，經貿路一車道暫封供接駁車停靠", CR, place="hub_shuttle", sev="Minor", follows="p-crowd", delay=1500)
    S.add("a119-hallb", "119", "ambulance", "14:10:30", "救護｜臺中國際會展中心B棟展場內，七十多歲女性突然昏倒，有呼吸，主辦單位醫護站已在現場", MD, place="ticec_b")
    S.add("a119-hallb2", "119", "ambulance", "14:11:50", "救護｜會展中心B棟 有阿嬤倒在走道，叫不太起來（民眾手機報案）", MD, place="ticec_b", jitter=0.0003)
    S.add("p-medical", "incident", "medical", "14:16:00", "會展中心B棟 民眾路倒，救護車已到，協助開道", MD, place="ticec_b", sev="Moderate")
    S.add("a119-hallb-go", "119", "ambulance", "14:24:00", "送醫：中國醫藥大學附設醫院，疑似低血糖", MD, place="ticec_b", follows="a119-hallb")
    S.add("cctv006-on", "status", "online", "14:30:00", "設備上線", None, sensor="SN-CCTV-006")
    S.add("p-lost", "incident", "other", "15:22:00", "會展中心A棟 5歲男童走失：藍色上衣、恐龍帽，家長在服務台，請協尋", LC, place="ticec_a", sev="Moderate")
    S.add("c1999-lost", "1999", "other", "15:24:00", "我兒子在會展中心A館不見了，五歲，戴恐龍帽子，廣播了還沒找到，拜託幫忙", LC, place="ticec_a")
    S.add("p-lost-found", "incident", "other", "15:48:00", "走失男童於轉運中心一樓便利商店尋獲，已交還家長", LC, place="hub", sev="Minor", follows="p-lost")
    S.add("pk006-full2", "parking", "full", "15:50:00", "臺中國際會展中心停車場 車位已滿", CR, sensor="SN-PK-006")
    S.add("r-jm01-2", "rule", "congestion", "16:30:00", "經貿路車輛偵測器1 平均車速8 km/h，佔有率75%", CR, sensor="SN-VD-JINGMAO-01", sev="Severe")
    S.add("c1999-crowd2", "1999", "crowding", "17:55:00", "旅展散場，轉運站手扶梯口整個卡死，人一直往下擠，會不會出事啊", CR, place="hub")
    S.add("cctv004-crowd3", "cctv", "crowding", "17:58:00", "人群聚集：接駁區", CR, sensor="SN-CCTV-004", conf=0.88)
    S.add("r-hz03", "rule", "congestion", "17:40:00", "環中路車輛偵測器3 平均車速21 km/h，佔有率40%", None, sensor="SN-VD-HUANZHONG-03", sev="Minor")
    S.add("c1999-where", "1999", "other", "10:20:00", "請問旅展的接駁車在哪裡搭？轉運站裡面的指標看不懂", None, place="hub")
    S.add("r-jm01-b", "rule", "congestion", "12:10:00", "經貿路車輛偵測器1 平均車速7 km/h，佔有率78%", CR, sensor="SN-VD-JINGMAO-01", sev="Severe")
    S.add("c1999-escal", "1999", "crowding", "12:15:00", "轉運站手扶梯前面人卡成一團，後面的人還一直推，很危險", CR, place="hub")
    S.add("r-hz02-b", "rule", "congestion", "12:30:00", "環中路車輛偵測器2 平均車速10 km/h，佔有率67%", CR, sensor="SN-VD-HUANZHONG-02", sev="Moderate")
    S.add("r-jm01-c", "rule", "congestion", "12:50:00", "經貿路車輛偵測器1 平均車速9 km/h，佔有率73%", CR, sensor="SN-VD-JINGMAO-01", sev="Severe")
    S.add("c1999-speaker2", "1999", "noise", "13:00:00", "展場外面的喇叭又開始了，一直重複同一段廣告，拜託", None, place="ticec_plaza", jitter=0.0006)
    S.add("pk002-full2", "parking", "full", "13:00:00", "經貿六停車場 車位已滿", CR, sensor="SN-PK-002")
    S.add("a119-fall", "119", "ambulance", "13:20:00", "救護｜水湳轉運中心B1手扶梯，女性旅客約60歲跌倒，膝蓋及額頭擦傷", "452-FALL-ESCALATOR", place="hub")
    S.add("a119-fall-go", "119", "ambulance", "13:34:00", "現場處置後送醫，額頭縫合", "452-FALL-ESCALATOR", place="hub", follows="a119-fall")
    S.add("r-jm01-d", "rule", "congestion", "14:00:00", "經貿路車輛偵測器1 平均車速12 km/h，佔有率64%", CR, sensor="SN-VD-JINGMAO-01", sev="Moderate")
    S.add("c1999-phone", "1999", "other", "14:40:00", "我在會展中心掉了一支手機，黑色的，請問有人撿到會送到哪裡？", None, place="ticec_a", jitter=0.0004)
    S.add("r-jm01-e", "rule", "congestion", "15:10:00", "經貿路車輛偵測器1 平均車速15 km/h，佔有率58%", CR, sensor="SN-VD-JINGMAO-01", sev="Moderate")
    S.add("pk001-full3", "parking", "full", "16:00:00", "水湳轉運中心停車場 車位已滿", CR, sensor="SN-PK-001")
    S.add("p-crowd3", "incident", "crowd_control", "16:40:00", "旅展散場前增派警力於轉運中心及經貿路黎明路口", CR, place="jm_liming", sev="Moderate", follows="p-crowd")
    S.add("c1999-alley", "1999", "illegal_parking", "16:50:00", "會展中心旁邊的巷子被旅展的車停滿，我家車庫被擋住出不去", CR, place=(120.6562, 24.1957), alt=None)
    S.add("r-hz02-c", "rule", "congestion", "17:45:00", "環中路車輛偵測器2 平均車速9 km/h，佔有率71%", CR, sensor="SN-VD-HUANZHONG-02", sev="Moderate")
    S.add("cctv005-crowd2", "cctv", "crowding", "17:50:00", "人群聚集：行人穿越經貿路黎明路口", CR, sensor="SN-CCTV-005", conf=0.79)
    S.add("p-crowd-end", "incident", "crowd_control", "18:40:00", "旅展散場人潮疏散完畢，接駁區恢復正常", CR, place="hub_shuttle", sev="Minor", follows="p-crowd")
    S.inc(CR, "crowd", "Travel-fair crowds overflow the transit hub shuttle area and 經貿路 crossings all day; car parks full; police crowd control.", "cctv004-crowd")
    S.inc(TH, "public_safety", "Pickpocket at the hub bus bays, suspect arrested at hall B entrance.", "c1999-wallet")
    S.inc(FI, "public_safety", "Fight over queue-jumping in the shuttle queue.", "c1999-fight")
    S.inc(MD, "rescue", "Elderly visitor collapses in hall B (two 119 calls, one patient).", "a119-hallb")
    S.inc("452-FALL-ESCALATOR", "rescue", "Traveller falls on the crowded hub escalator, head cut, to hospital.", "a119-fall")
    S.inc(LC, "rescue", "Five-year-old missing in hall A, found at the hub.", "p-lost")
    S.set_alt("The camera's standing crowd at 12:38 can be read as the shuttle queue itself, part of the crowd job, not the fight's onlookers; "
              "illegal parking on 經貿路 can be left to routine towing.", change_suff={})
    return S


def s453():
    S = Situation(453, "central_park_carpark_car_fire_and_runner", "2026-03-27",
                  "Friday evening. An SUV burns on B2 of the Central Park underground car park: panel, callers who see "
                  "white smoke from the ramp and smell burning tyres, 119, police; the car park's sensor loses power and "
                  "runoff from the firefighting is pumped into pond 1 (a small flood-depth alert on a dry evening). "
                  "Fifteen minutes in, 200 m south, a jogger collapses by pond 2 (cardiac arrest). "
                  "Background: line dancing music, a dark row of path lights before the fire, the south car park filling up.",
                  notes="The collapse is near the fire and in the same minutes but is a separate ambulance job; the callers say he was running.")
    F, R = "453-CARPARK-FIRE", "453-COLLAPSE-POND2"
    S.add("c1999-light", "1999", "streetlight", "19:20:00", "中央公園滯洪池那邊步道的路燈一整排都沒亮，晚上散步很暗", None, place="park_mid", jitter=0.0006)
    S.add("c1999-dance", "1999", "noise", "19:31:00", "公園北邊廣場有一群人跳廣場舞，音響開很大聲，每天晚上都這樣", None, place="park_north")
    S.add("fa007-a1", "fire_alarm", "alarm", "19:38:20", "B2 車道區 偵煙探測器動作 (區域B2-04)", F, sensor="SN-FA-007")
    S.add("fa007-a2", "fire_alarm", "alarm", "19:39:05", "B2 撒水設備 流水檢知裝置動作", F, sensor="SN-FA-007")
    S.add("c1999-smoke1", "1999", "fire_smoke", "19:40:10", "公園地下停車場出口一直冒白煙出來，聞起來像輪胎在燒，裡面是不是有車燒起來了", F, place="park_ramp")
    S.add("f119", "119", "fire", "19:40:40", "火災｜中央公園地下停車場B2，車主報案稱休旅車車頭冒煙起火，撒水頭已動作，派水箱車3、排煙車1", F, place="park_carpark")
    S.add("p-fire", "incident", "fire_report", "19:44:00", "中央公園地下停車場車輛火警，員警到場管制出入口，禁止車輛進入", F, place="park_ramp", sev="Moderate")
    S.add("pk004-off", "status", "offline", "19:45:00", "設備離線：mains_power_lost", F, sensor="SN-PK-004", alt=None)
    S.add("c1999-crowd", "1999", "fire_smoke", "19:47:00", "停車場出口一堆人圍在那邊拍照，煙還在冒，有小孩在旁邊，很危險", F, place="park_ramp")
    S.add("r-pk004-off", "rule", "sensor_offline", "19:50:00", "中央公園地下停車場(北) 超過5分鐘未回傳", F, sensor="SN-PK-004", sev="Minor", alt=None, delay=60)
    S.add("f119-scene", "119", "fire", "19:49:30", "到達現場：B2一輛休旅車引擎室燃燒，撒水設備壓制中，濃煙瀰漫，進行排煙", F, place="park_carpark", follows="f119")
    S.add("c1999-collapse", "1999", "other", "19:55:10", "我先生在公園跑步，跑到第二個滯洪池旁邊突然倒下去，叫都叫不醒，我不知道該怎麼辦", R, place="pond2")
    S.add("a119-collapse", "119", "ambulance", "19:55:40", "救護｜中央公園滯洪池2旁步道，男性約55歲，跑步中倒地，無呼吸，路人CPR中，派高級救護隊", R, place="pond2")
    S.add("p-medical", "incident", "medical", "19:58:00", "中央公園滯洪池2步道 民眾路倒，救護車已出動，員警協助引導救護車由經貿路進入", R, place="pond2", sev="Severe")
    S.add("a119-owner", "119", "ambulance", "19:52:00", "救護｜中央公園地下停車場出口，車主滅火時右手燒燙傷", F, place="park_ramp", delay=420)
    S.add("p-closure", "incident", "road_closure", "20:02:00", "經貿路往中清路方向 停車場出入口前外側車道封閉，供消防車停放", F, place="park_ramp", sev="Minor")
    S.add("r-jm02", "rule", "congestion", "20:05:00", "經貿路車輛偵測器2 平均車速15 km/h，佔有率55%", F, sensor="SN-VD-JINGMAO-02", sev="Moderate", alt=None)
    S.add("a119-collapse-go", "119", "ambulance", "20:09:00", "送醫：AED電擊1次後恢復心跳，送中國醫藥大學附設醫院", R, place="pond2", follows="a119-collapse")
    S.add("c1999-car", "1999", "other", "20:12:00", "我的車停在公園地下室，現在封起來不能進去開，要等多久？我小孩還在等我接", F, place="park_carpark", jitter=0.0005)
    S.add("pk005-full", "parking", "full", "20:15:00", "中央公園地下停車場(南) 車位已滿", None, sensor="SN-PK-005")
    S.add("f119-ctrl", "119", "fire", "20:18:00", "火勢撲滅，持續排煙，B2積水以抽水機排出", F, place="park_carpark", follows="f119")
    S.add("r-fl001", "rule", "flood_depth", "20:30:00", "中央公園滯洪池1 淹水深度6 cm", F, sensor="SN-FL-001", sev="Minor", level="1-15", alt=None)
    S.add("c1999-dance2", "1999", "noise", "20:32:00", "又是跳舞的音樂，消防車都來了他們還在跳，音樂可以關小聲嗎", None, place="park_north")
    S.add("p-fire-late", "incident", "fire_report", "19:41:00", "補登：19:41民眾報案中央公園地下停車場冒煙", F, place="park_carpark", sev="Moderate", delay=3600)
    S.dup("c1999-smoke1", 1200)
    S.add("fa007-normal", "fire_alarm", "normal", "21:10:00", "受信總機復歸", F, sensor="SN-FA-007")
    S.add("pk004-on", "status", "online", "21:14:00", "設備上線", F, sensor="SN-PK-004", alt=None)
    S.add("p-closure-end", "incident", "road_closure", "21:20:00", "停車場出入口管制解除，B2火損區域仍圍起禁止停放", F, place="park_ramp", sev="Minor", follows="p-closure")
    S.inc(F, "fire", "SUV fire on B2 of the Central Park underground car park; owner burned; ramp lane closed; runoff pumped to pond 1.", "fa007-a1")
    S.inc(R, "rescue", "Jogger in cardiac arrest by detention pond 2, revived with AED.", "a119-collapse")
    S.set_alt("The fire's side effects (the car-park sensor losing mains power, the runoff in pond 1, the slow-down on 經貿路) "
              "can be left as noise: no coordinator dispatches anyone for them.")
    return S


def s454():
    S = Situation(454, "eco_residential_kitchen_fire_and_gas", "2026-04-02",
                  "Thursday dinner time in the eco-residential area. At 17:05 block B's panel rings for fish being fried "
                  "and the caretaker calls 1999 to say so. At 18:22 a real kitchen fire on 5F of block B: residents trapped "
                  "on 8F, an old woman with smoke inhalation, cars parked on 敦化路 in the engines' way. At 18:40 a "
                  "resident of block A, 300 m north, smells gas; 119 finds a loose cooker hose. Background: karaoke in "
                  "block A, a flood sensor with a low battery, a lamp out on 經貿路.",
                  notes="The gas smell in block A arrives while block B burns; the caller wonders if it is the fire.")
    F, G = "454-FIRE-BLOCKB", "454-GAS-BLOCKA"
    S.add("fa012-early", "fire_alarm", "alarm", "17:05:10", "7F 住戶 偵煙探測器動作 (區域7-03)", None, sensor="SN-FA-012", alt="454-FALSE-ALARM-B")
    S.add("fa012-early-n", "fire_alarm", "normal", "17:08:40", "受信總機復歸", None, sensor="SN-FA-012", alt="454-FALSE-ALARM-B")
    S.add("c1999-caretaker", "1999", "other", "17:10:00", "我是生態住宅B區的管理員，剛剛火警警報響是7樓住戶在煎魚油煙太大，已經確認沒事，不用派人來", None, place="eco_b", alt="454-FALSE-ALARM-B")
    S.add("c1999-ktv", "1999", "noise", "18:08:00", "A區樓下有人在唱卡拉OK，聲音大到我們在家講話都聽不到", None, place="eco_a")
    S.add("fl008-off", "status", "offline", "18:15:00", "設備離線：battery_low", None, sensor="SN-FL-008")
    S.add("fa012-a1", "fire_alarm", "alarm", "18:22:30", "5F 住戶 偵煙探測器動作 (區域5-02)", F, sensor="SN-FA-012")
    S.add("f119", "119", "fire", "18:23:10", "火災｜北屯區敦化路一段 水湳生態住宅B區5樓住宅，報案人稱鄰居廚房起火，有黑煙，正在敲門叫人", F, place="eco_b")
    S.add("c1999-smoke", "1999", "fire_smoke", "18:24:00", "我住對面，B棟五樓陽台一直冒黑煙還有火光，那戶好像住一個老人家", F, place="dunhua")
    S.add("fa012-a2", "fire_alarm", "alarm", "18:24:10", "5F 梯間 偵煙探測器動作 (區域5-09)", F, sensor="SN-FA-012")
    S.add("r-fl008-off", "rule", "sensor_offline", "18:25:00", "經貿路低窪處 淹水感測器 超過10分鐘未回傳", None, sensor="SN-FL-008", sev="Minor")
    S.add("c1999-trapped", "1999", "other", "18:26:30", "樓梯間都是煙，我們住8樓下不去，門縫也在冒煙，要怎麼辦？", F, place="eco_b")
    S.add("r119", "119", "rescue", "18:27:00", "救助｜同B區火警，8樓住戶2人受困於室內，已指導關門以濕毛巾塞門縫，待消防人員由梯間救援", F, place="eco_b", follows="f119")
    S.add("c1999-blocked", "1999", "illegal_parking", "18:28:00", "消防車卡在敦化路進不來！兩邊都停滿車，有人可以來拖嗎", F, place="dunhua")
    S.add("p-fire", "incident", "fire_report", "18:30:00", "第五分局：敦化路一段生態住宅B區火警，員警到場疏散住戶並排除路邊違停車輛", F, place="dunhua", sev="Severe")
    S.add("f119-scene", "119", "fire", "18:31:00", "到達現場：5樓一戶廚房及客廳燃燒中，佈線搶救，梯間濃煙", F, place="eco_b", follows="f119")
    S.add("r-jm02", "rule", "congestion", "18:33:00", "經貿路車輛偵測器2 平均車速13 km/h，佔有率58%", F, sensor="SN-VD-JINGMAO-02", sev="Moderate")
    S.add("p-closure", "incident", "road_closure", "18:36:00", "敦化路一段經貿路口至B區前雙向封閉", F, place="dunhua", sev="Moderate")
    S.add("a119", "119", "ambulance", "18:38:00", "救護｜B區火警現場，80歲女性吸入濃煙，意識模糊，送醫", F, place="eco_b")
    S.add("c1999-gas", "1999", "gas_odor", "18:40:20", "A區三樓走廊一直有瓦斯味，很重，是不是隔壁那棟火災燒到瓦斯管？我們要不要跑", G, place="eco_a", alt=F)
    S.add("c1999-gas2", "1999", "other", "18:46:00", "A棟有一股臭臭的味道，跟燒東西的味道不一樣，比較像瓦斯，樓下也有人在問", G, place="eco_a", alt=F)
    S.add("f119-rescued", "119", "rescue", "18:47:00", "8樓受困2人已由消防人員戴面罩帶下，無外傷", F, place="eco_b", follows="r119")
    S.add("h119", "119", "hazmat", "18:52:00", "危險物品｜水湳生態住宅A區3樓，疑似瓦斯外洩，住戶稱聞到濃厚瓦斯味，派員偵測", G, place="eco_a")
    S.add("f119-ctrl", "119", "fire", "18:55:00", "B區5樓火勢控制，殘火處理", F, place="eco_b", follows="f119")
    S.add("h119-found", "119", "hazmat", "19:06:00", "A區3樓一戶瓦斯爐軟管脫落，已關閉總開關並開窗通風，可燃氣體偵測值下降", G, place="eco_a", follows="h119")
    S.add("p-gas", "incident", "hazmat_report", "19:10:00", "A區瓦斯外洩已由天然氣公司到場處理，3樓住戶暫時到中庭，無人受傷", G, place="eco_a", sev="Moderate", delay=900)
    S.add("c1999-light", "1999", "streetlight", "19:12:00", "經貿路三段住宅區旁有一支路燈一閃一閃的", None, place="jingmao_mid")
    S.add("fa012-normal", "fire_alarm", "normal", "19:40:00", "受信總機復歸", F, sensor="SN-FA-012")
    S.add("f119-close", "119", "fire", "19:52:00", "收隊：5樓住宅燒損約20平方公尺，起火原因廚房爐火，1人送醫、2人受困救出", F, place="eco_b", follows="f119")
    S.dup("f119", 30)
    S.add("p-closure-end", "incident", "road_closure", "20:05:00", "敦化路一段管制解除", F, place="dunhua", sev="Minor", follows="p-closure")
    S.inc(F, "fire", "Kitchen fire on 5F of eco-residential block B (96 homes); two residents trapped on 8F rescued, one old woman to hospital; road closed.", "fa012-a1")
    S.inc(G, "hazmat", "Gas leak from a loose cooker hose on 3F of block A.", "c1999-gas")
    S.set_alt("A coordinator can read the 17:05 alarm as a job opened and closed (a false alarm still gets a call-back), "
              "and the first gas-smell calls from block A as drifting smoke from the fire, until 119 finds the leak.",
              add=[("454-FALSE-ALARM-B", "fire", "Cooking-smoke alarm on 7F of block B, cleared by the caretaker.", "fa012-early")],
              change_suff={G: "h119"})
    return S


def s455():
    S = Situation(455, "rush_hour_crash_truck_dark_signal", "2026-03-24",
                  "Tuesday evening rush. A three-car chain collision at 中清路/環中路 fills the camera and two VDs; "
                  "ten minutes later a container truck breaks down where 台74 meets 環中路, and at 18:05 the signal at "
                  "凱旋路/環中路, 90 m from the truck, goes dark. Background: a street washer wetting the underpass "
                  "(flood sensor 6 cm, no rain), ordinary rush on 河南路 and 中平路, a loose drain cover, the hub car park full.",
                  notes="The truck and the dark signal are 90 m apart with overlapping queues but need a tow truck and a signal contractor.")
    A, B, Cs = "455-CRASH-ZQ-HZ", "455-TRUCK-T74", "455-SIGNAL-KAIXUAN"
    S.add("pk001-full", "parking", "full", "17:30:00", "水湳轉運中心停車場 車位已滿", None, sensor="SN-PK-001")
    S.add("r-henan01", "rule", "congestion", "17:35:00", "河南路車輛偵測器1 平均車速17 km/h，佔有率46%", None, sensor="SN-VD-HENAN-01", sev="Minor")
    S.add("cctv008-stall", "cctv", "stalled_vehicle", "17:42:30", "車輛停滯：環中路往北屯方向內側車道 3輛", A, sensor="SN-CCTV-008", conf=0.82)
    S.add("c1999-crash", "1999", "traffic_accident", "17:43:10", "環中路往北屯方向，中清路口三台車追撞，卡在內線，有一個小姐坐在車上一直摸脖子", A, place="hz_zhongqing")
    S.add("c1999-crash2", "1999", "traffic_accident", "17:44:00", "中清環中那個路口橋下連環撞，整個塞住了", A, place="hz_zhongqing", jitter=0.0005)
    S.add("a119", "119", "ambulance", "17:44:30", "救護｜環中路中清路口 三車追撞，女性駕駛頸部疼痛", A, place="hz_zhongqing")
    S.add("r-fl006", "rule", "flood_depth", "17:46:00", "中清環中路口地下道 淹水深度6 cm", None, sensor="SN-FL-006", sev="Minor", level="1-15")
    S.add("p-crash", "incident", "injury_accident", "17:47:00", "環中路中清路口 三車連環追撞 A2類，1人頸部受傷，內側兩車道阻塞，員警到場", A, place="hz_zhongqing", sev="Moderate")
    S.add("r-hz03", "rule", "congestion", "17:49:00", "環中路車輛偵測器3 平均車速7 km/h，佔有率81%", A, sensor="SN-VD-HUANZHONG-03", sev="Severe")
    S.dup("r-hz03", 60)
    S.add("r-zq01", "rule", "congestion", "17:51:00", "中清路車輛偵測器1 平均車速10 km/h，佔有率68%", A, sensor="SN-VD-ZHONGQING-01", sev="Moderate")
    S.add("c1999-washer", "1999", "other", "17:52:00", "中清路地下道有台灑水車在洗路，水噴得到處都是，機車騎過去褲子都濕了，下班時間洗什麼路", None, place="hz_zhongqing", jitter=0.0003)
    S.add("cctv001-stall", "cctv", "stalled_vehicle", "17:55:20", "車輛停滯：環中路二段往西外側車道 大型車1輛", B, sensor="SN-CCTV-001", conf=0.79)
    S.add("c1999-truck", "1999", "other", "17:57:00", "74線下來環中路那邊有一台大貨櫃車停在外線不動，閃警示燈，後面整排都卡住，要從內線一台一台插", B, place="hz_t74")
    S.add("r-zp01", "rule", "congestion", "17:58:00", "中平路車輛偵測器1 平均車速19 km/h，佔有率41%", None, sensor="SN-VD-ZHONGPING-01", sev="Minor")
    S.add("p-truck", "incident", "stalled_vehicle", "18:01:00", "環中路二段台74線口往西外側車道 聯結車拋錨，已通知拖吊，員警放置三角錐", B, place="hz_t74", sev="Minor")
    S.add("sig002-fault", "signal", "fault", "18:05:10", "號誌控制器 無輸出 (全黑)", Cs, sensor="SN-SIG-002")
    S.add("cctv002-dark", "cctv", "signal_dark", "18:05:40", "號誌黑燈", Cs, sensor="SN-CCTV-002", conf=0.91)
    S.add("r-hz02", "rule", "congestion", "18:06:00", "環中路車輛偵測器2 平均車速9 km/h，佔有率70%", B, sensor="SN-VD-HUANZHONG-02", sev="Moderate")
    S.add("c1999-sig", "1999", "traffic_signal", "18:07:00", "環中路凱旋路口紅綠燈全部不會亮，四個方向大家都在搶，剛剛差點被撞", Cs, place="hz_kaixuan")
    S.add("c1999-sig2", "1999", "traffic_signal", "18:09:30", "凱旋路轉環中路那個燈黑掉了，很危險，快派警察來指揮", Cs, place="hz_kaixuan")
    S.add("p-crash-clear", "incident", "injury_accident", "18:12:00", "中清路口事故車輛已移至路肩，恢復兩車道通行，傷者送醫", A, place="hz_zhongqing", sev="Minor", follows="p-crash")
    S.add("p-sig", "incident", "traffic_signal_fault", "18:14:00", "環中路凱旋路口號誌故障全黑，派員指揮交通，已通知號誌廠商", Cs, place="hz_kaixuan", sev="Moderate")
    S.add("c1999-drain", "1999", "road_damage", "18:15:00", "中清路往大雅方向有一個水溝蓋鬆了，車壓過去會喀喀響", None, place="zhongqing_se", jitter=0.0006)
    S.add("p-truck-tow", "incident", "stalled_vehicle", "18:31:00", "拋錨聯結車已拖離，外側車道恢復", B, place="hz_t74", sev="Minor", follows="p-truck")
    S.add("r-hz03-c", "rule", "congestion", "18:34:00", "環中路車輛偵測器3 平均車速23 km/h，佔有率38%", A, sensor="SN-VD-HUANZHONG-03", sev="Minor")
    S.add("p-crash-late", "incident", "accident", "17:42:00", "補登：17:42環中路中清路口自小客三車追撞報案紀錄", A, place="hz_zhongqing", sev="Moderate", delay=3900)
    S.add("sig002-ok", "signal", "restored", "18:58:00", "號誌恢復正常運作", Cs, sensor="SN-SIG-002")
    S.add("r-hz02-2", "rule", "congestion", "18:40:00", "環中路車輛偵測器2 平均車速11 km/h，佔有率66%", Cs, sensor="SN-VD-HUANZHONG-02", sev="Moderate")
    S.add("c1999-what", "1999", "other", "17:50:00", "環中路往北屯整個不動，前面到底發生什麼事？我已經卡十分鐘了", A, place=(120.6545, 24.1988), jitter=0.0004)
    S.add("pk002-full", "parking", "full", "17:50:00", "經貿六停車場 車位已滿", None, sensor="SN-PK-002")
    S.add("r-henan02", "rule", "congestion", "18:00:00", "河南路車輛偵測器2 平均車速20 km/h，佔有率40%", None, sensor="SN-VD-HENAN-02", sev="Minor")
    S.add("a119-go", "119", "ambulance", "18:02:00", "送醫：頸部扭傷，送中國醫藥大學附設醫院", A, place="hz_zhongqing", follows="a119")
    S.add("cctv008-wrong", "cctv", "wrong_way", "18:03:00", "逆向行駛：機車沿路肩逆向", A, sensor="SN-CCTV-008", conf=0.64)
    S.dup("sig002-fault", 45)
    S.add("p-truck2", "incident", "stalled_vehicle", "18:10:00", "拖吊車受阻於車陣，預計18:30到場", B, place="hz_t74", sev="Minor", follows="p-truck")
    S.add("cctv001-stall2", "cctv", "stalled_vehicle", "18:15:00", "車輛停滯：環中路二段往西外側車道 大型車1輛", B, sensor="SN-CCTV-001", conf=0.83)
    S.add("c1999-sig3", "1999", "traffic_signal", "18:20:00", "凱旋環中口紅綠燈壞了，有警察在那邊指揮了嗎？剛剛經過還沒有", Cs, place="hz_kaixuan")
    S.add("c1999-dbl", "1999", "illegal_parking", "18:25:00", "中清路靠環中路這邊有人並排停車買便當，外線根本不能走", None, place=(120.6585, 24.1965), jitter=0.0003)
    S.inc(A, "traffic", "Three-car chain collision at 中清路/環中路, one driver with a neck injury, two lanes blocked.", "cctv008-stall")
    S.inc(B, "traffic", "Container truck broken down in the outer westbound lane of 環中路二段 at the 台74 ramp; towed at 18:31.", "cctv001-stall")
    S.inc(Cs, "traffic", "Signal at 凱旋路/環中路二段 dark from 18:05 to 18:58; police direct traffic.", "sig002-fault")
    S.set_alt("The truck and the dark signal are 90 m apart on the same corridor: a coordinator can run them as one traffic-control job "
              "for that junction (one police unit directs traffic for both).",
              drop=[Cs], add=[])
    for it in S.items:
        if it["truth"] == Cs:
            it["truth_alt"] = B
    return S


def s456():
    S = Situation(456, "pop_music_center_concert_night", "2026-05-09",
                  "Saturday concert at the Taichung Pop Music Center (19:30-22:30). Scalpers fight at the gate at 19:05; "
                  "stage fog trips the panel at 21:05 and pyrotechnics make a caller think of gunshots; a fan faints at "
                  "21:15; the exit crowd fills 凱旋路 and walks to the transit hub from 22:35; a scooter crashes in the "
                  "exit traffic at 22:50. Background: illegal parking, bass noise from the west, the north car park full.",
                  notes="The hub crowd at 23:00 is the same dispersal, 1.3 km from the venue.")
    CR, FI, FA, CX = "456-CROWD-EXIT", "456-SCALPER-FIGHT", "456-FAINT", "456-SCOOTER-CRASH"
    S.add("permit", "planned_event", "concert", "19:30", "演唱會：臺中流行影音中心 主場館及戶外廣場，預估8,000人，散場時段凱旋路、中科路交通管制", CR, place="popmusic", ends="22:30", arrive="2026-05-04 14:00", jitter=0)
    S.add("pk004-full", "parking", "full", "18:40:00", "中央公園地下停車場(北) 車位已滿", None, sensor="SN-PK-004")
    S.add("c1999-fight", "1999", "other", "19:05:20", "流行影音中心門口有黃牛在搶位置吵起來，有人拿安全帽在打，排隊的人都嚇到", FI, place="popmusic_gate")
    S.add("p-fight", "incident", "public_disturbance", "19:08:00", "流行影音中心入口 黃牛2名互毆，員警到場壓制", FI, place="popmusic_gate", sev="Moderate")
    S.add("c1999-park1", "1999", "illegal_parking", "19:12:00", "凱旋路兩邊紅線全部停滿，都是去看演唱會的", None, place="kaixuan_s", jitter=0.0005)
    S.add("c1999-park2", "1999", "illegal_parking", "19:26:00", "中科路人行道上停了一排機車，輪椅根本過不去", None, place="zhongke_s")
    S.add("p-fight-done", "incident", "public_disturbance", "19:30:00", "互毆2人帶回派出所，另查扣門票40餘張", FI, place="popmusic_gate", sev="Minor", follows="p-fight")
    S.add("fa006-a", "fire_alarm", "alarm", "21:05:00", "主場館 舞台上方 偵煙探測器動作 (區域2-11)", None, sensor="SN-FA-006", alt="456-STAGE-ALARM")
    S.add("c1999-bang", "1999", "other", "21:06:00", "影音中心那邊剛剛砰砰砰好幾聲，是不是有人開槍？還是放煙火？", None, place="kaixuan_s", jitter=0.0008)
    S.add("fa006-n", "fire_alarm", "normal", "21:07:30", "受信總機復歸", None, sensor="SN-FA-006", alt="456-STAGE-ALARM")
    S.add("p-fog", "incident", "other", "21:09:00", "現場保全回報：舞台乾冰煙霧觸發偵煙器，已復歸，無火警；煙火特效屬節目安排", None, place="popmusic", sev="Minor", alt="456-STAGE-ALARM")
    S.add("a119-faint", "119", "ambulance", "21:15:30", "救護｜臺中流行影音中心搖滾區，女性約20歲昏倒，疑似換氣過度，現場醫護站處置中", FA, place="popmusic")
    S.add("p-faint", "incident", "medical", "21:18:00", "影音中心場內民眾昏倒，協助救護車由中科路側門進入", FA, place="popmusic_gate", sev="Moderate")
    S.add("a119-faint-go", "119", "ambulance", "21:31:00", "送醫：意識恢復，送臺中榮總", FA, place="popmusic", follows="a119-faint")
    S.add("c1999-bass", "1999", "noise", "22:05:00", "那邊演唱會低音一直轟轟轟，震到我家窗戶都在響，都幾點了還不停", None, place=(120.6492, 24.1838), jitter=0.0004)
    S.add("p-crowd", "incident", "crowd_control", "22:36:00", "演唱會散場，影音中心出口至凱旋路人潮約8,000人，實施人車分流", CR, place="kaixuan_s", sev="Moderate")
    S.add("c1999-crowd", "1999", "crowding", "22:38:00", "散場的人全部擠在凱旋路上，機車根本出不去，有人直接走到車道上", CR, place="kaixuan_s")
    S.add("r-kx02", "rule", "congestion", "22:40:00", "凱旋路車輛偵測器2 平均車速6 km/h，佔有率84%", CR, sensor="SN-VD-KAIXUAN-02", sev="Severe")
    S.add("r-zk01", "rule", "congestion", "22:42:00", "中科路車輛偵測器1 平均車速10 km/h，佔有率69%", CR, sensor="SN-VD-ZHONGKE-01", sev="Moderate")
    S.add("c1999-crash", "1999", "traffic_accident", "22:50:30", "凱旋路這邊一台機車閃人自摔，又撞到旁邊的機車，兩個人倒在地上", CX, place="kaixuan_s", jitter=0.0003)
    S.add("a119-crash", "119", "ambulance", "22:51:10", "救護｜凱旋路近流行影音中心，機車自摔後碰撞，2人擦挫傷", CX, place="kaixuan_s")
    S.add("cctv007-crowd", "cctv", "crowding", "22:52:00", "人群聚集：行人沿凱旋路往北移動", CR, sensor="SN-CCTV-007", conf=0.74)
    S.add("p-crash", "incident", "accident", "22:56:00", "凱旋路散場車流中機車碰撞，2人輕傷，已移至人行道", CX, place="kaixuan_s", sev="Minor")
    S.add("c1999-hub", "1999", "crowding", "23:00:00", "轉運站這邊全部都是看完演唱會的人在等車，接駁車一台都擠不上去", CR, place="hub_shuttle", alt="456-CROWD-HUB")
    S.add("cctv003-crowd", "cctv", "crowding", "23:02:00", "人群聚集：轉運中心出口人群靜止", CR, sensor="SN-CCTV-003", conf=0.81, alt="456-CROWD-HUB")
    S.add("p-hub", "incident", "crowd_control", "23:06:00", "轉運中心候車人潮，請客運加開班次，派員維持秩序", CR, place="hub_shuttle", sev="Moderate", alt="456-CROWD-HUB")
    S.dup("r-kx02", 300)
    S.add("p-crowd-late", "incident", "crowd_control", "22:35:00", "補登：22:35散場管制開始，凱旋路南向封閉一車道", CR, place="kaixuan_s", sev="Minor", delay=2700)
    S.add("r-kx02-c", "rule", "congestion", "23:20:00", "凱旋路車輛偵測器2 平均車速24 km/h，佔有率35%", CR, sensor="SN-VD-KAIXUAN-02", sev="Minor")
    S.add("p-crowd-end", "incident", "crowd_control", "23:35:00", "散場人潮疏散完畢，凱旋路管制解除", CR, place="kaixuan_s", sev="Minor", follows="p-crowd")
    S.inc(CR, "crowd", "Concert dispersal: 8,000 people on 凱旋路 and 中科路 and then at the transit hub; police separate people and cars.", "p-crowd")
    S.inc(FI, "public_safety", "Scalpers fight at the venue entrance before the show.", "c1999-fight")
    S.inc(FA, "rescue", "Fan faints in the standing area.", "a119-faint")
    S.inc(CX, "traffic", "Scooter crash in the exit traffic on 凱旋路, two slightly hurt.", "a119-crash")
    S.set_alt("The hub crowd at 23:00 is 1.3 km from the venue and needs the bus operators, not the venue's police: it can be its own crowd job. "
              "The stage-fog alarm can be opened as a short fire job before the security guard's report closes it.",
              add=[("456-CROWD-HUB", "crowd", "Concert-goers waiting for buses at the transit hub.", "cctv003-crowd"),
                   ("456-STAGE-ALARM", "fire", "Stage fog trips the main-hall smoke detector; cleared.", "fa006-a")])
    return S


if __name__ == "__main__":
    for f in (s451, s452, s453, s454, s455, s456):
        print(f().write())
