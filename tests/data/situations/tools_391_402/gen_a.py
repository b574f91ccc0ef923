"""Situations 391-396. Run: python3 gen_a.py (seeded, stable output)."""
from lib import Sit, SENSORS, along, near


def s391():
    s = Sit(391, "eco_block_fire_and_crash", "2026-03-14 19:30",
            "Saturday evening. A kitchen fire on the 7th floor of 水湳生態住宅 A區 (經貿路三段); "
            "13 minutes later, about 80 m away at 經貿路三段/敦化路, a left-turning car hits a scooter. "
            "Two dispatch jobs at once in the same block, with two ambulances, fire engines parked on 經貿路 "
            "and callers who mix the two up.")
    F, C = "391-fire-blockA", "391-crash-jingmao-dunhua"
    r = s.rng
    fa = SENSORS["SN-FA-011"]
    X = (120.6594, 24.1835)  # 經貿路三段/敦化路口
    s.add("fire_alarm", "alarm", 0, 6, sensor="SN-FA-011", text="7F 703 廚房 偵煙探測器動作", truth=F)
    k1 = s.add("1999", "fire_smoke", 0.9, 95, lon=fa["lon"] + 0.0001, lat=fa["lat"],
               text="我們大樓的警鈴一直響，走廊有燒焦的味道，到底是真的還是又誤報？要不要跑？", truth=F)
    s.add("fire_alarm", "alarm", 2.2, 7, sensor="SN-FA-011", text="7F 走廊 偵煙探測器動作", truth=F)
    d = s.add("119", "fire", 2.4, 20, lon=fa["lon"], lat=fa["lat"],
              text="北屯區經貿路三段 生態住宅A區7樓住宅火警，報案人稱廚房起火冒黑煙，出動水湳、北屯分隊水箱車2、雲梯車1",
              truth=F)
    s.add("1999", "fire_smoke", 3.1, 140, lon=fa["lon"] - 0.0003, lat=fa["lat"] + 0.0002,
          text="對面那棟A區七樓窗戶在冒黑煙！陽台好像有人在喊，消防車來了沒？", truth=F)
    s.add("fire_alarm", "fault", 4.0, 12, sensor="SN-FA-012", text="預備電源電壓不足", truth=None)
    s.add("incident", "fire_report", 5.5, 90, lon=fa["lon"], lat=fa["lat"], severity="Moderate",
          text="經貿路三段集合住宅火警，派員協助疏散住戶及經貿路交通疏導", truth=F)
    s.add("1999", "fire_smoke", 6.3, 120, lon=fa["lon"] + 0.0002, lat=fa["lat"] - 0.0001,
          text="我住六樓，天花板那邊有煙跑下來，電梯還可以坐嗎？我媽腳不方便", truth=F)
    s.add("119", "ambulance", 9.0, 25, lon=fa["lon"], lat=fa["lat"],
          text="生態住宅A區火警現場 住戶1名女性吸入濃煙 意識清楚 送中國醫藥大學附設醫院", truth=F)
    # the crash
    s.add("1999", "traffic_accident", 12.6, 70, lon=X[0], lat=X[1],
          text="經貿路敦化路口汽車跟機車撞到了！騎士躺在地上不動，快點叫救護車！", truth=C)
    p = s.add("incident", "injury_accident", 13.2, 60, lon=X[0], lat=X[1], severity="Severe",
              text="經貿路三段與敦化路口 自小客左轉與直行機車碰撞 機車騎士頭部受傷", truth=C)
    s.add("119", "ambulance", 13.5, 30, lon=X[0], lat=X[1],
          text="經貿路三段敦化路口車禍 機車騎士1名頭部外傷 意識模糊", truth=C)
    s.add("1999", "traffic_accident", 14.1, 150, lon=X[0] + 0.0003, lat=X[1] + 0.0004,
          text="消防車停在路邊，旁邊又出車禍，整條經貿路都卡住了，到底發生什麼事啦", truth=C, alt=F)
    s.add("rule", "congestion", 16.0, 40, sensor="SN-VD-JINGMAO-02",
          text="經貿路車輛偵測器2 平均車速 9 km/h，佔有率 61%", truth=C, alt=F)
    s.add("1999", "fire_smoke", 16.4, 200, lon=120.659, lat=24.1815,
          text="我住B區，隔壁A區樓下一堆人在喊，我們這棟需要也下樓嗎？煙會不會飄過來", truth=F)
    s.add("119", "fire", 18.5, 15, lon=fa["lon"], lat=fa["lat"], follows=d,
          text="生態住宅A區 火勢已控制 殘火處理 排煙中", truth=F)
    s.add("incident", "road_closure", 20.0, 75, lon=X[0], lat=X[1], severity="Minor",
          text="經貿路三段南下外側車道暫時封閉 事故處理及採證", truth=C)
    s.add("1999", "other", 25.0, 180, lon=X[0] - 0.0004, lat=X[1],
          text="剛剛有打過了，車禍那個騎士有沒有怎樣？我看救護車來了兩台", truth=C, alt=None)
    s.add("1999", "fire_smoke", 30.5, 160, lon=fa["lon"] - 0.0001, lat=fa["lat"] + 0.0001,
          text="整棟都是煙味，家裡有八十幾歲的阿嬤，今天晚上到底可不可以回去睡？", truth=F)
    s.add("incident", "accident", 36.0, 90, lon=X[0], lat=X[1], severity="Minor", follows=p,
          text="事故車輛已移置 經貿路三段恢復通行", truth=C)
    s.add("fire_alarm", "normal", 47.0, 8, sensor="SN-FA-011", text="火警受信總機復歸", truth=F)
    s.add("119", "fire", 50.0, 20, lon=fa["lon"], lat=fa["lat"], follows=d,
          text="生態住宅A區火警處理完畢 各車返隊 燒損約3坪", truth=F)
    s.noise(11, -5, 60)
    s.incident(F, "fire", "7F kitchen fire, 水湳生態住宅 A區: panel, 119, residents' calls, smoke-inhalation ambulance", k1)
    s.incident(C, "traffic", "Car-scooter injury crash at 經貿路三段/敦化路, 80 m from the fire", p)
    s.alternative("The slow-down on 經貿路 and the caller who sees both fire engines and the crash could be "
                  "read as the fire's traffic impact (engines parked on the road), and the follow-up question "
                  "about the injured rider as no new evidence.",
                  {})
    s.write()


def s392():
    s = Sit(392, "jingmao_flood_spreading", "2026-06-12 14:00",
            "Afternoon convective storm (豪雨). Water rises first at the 經貿路 low point by 敦化路, then spreads "
            "south along 經貿路三段 to the 中平路 intersection over about 90 minutes; a car stalls in the water "
            "with a driver inside; the road is closed and reopened. Rain alerts, pond sensors and a far-away "
            "puddle report are context.")
    FL = "392-flood-jingmao"
    RS = "392-rescue-stalled-car"
    r = s.rng
    s.add("rule", "heavy_rain", 5, 40, sensor="SN-RG-001", level="大雨",
          text="中央公園雨量站 時雨量 42.5 mm，達大雨標準", truth=None, alt=FL)
    s.add("rule", "heavy_rain", 9, 60, sensor="C0F9T0", level="大雨",
          text="西屯(C0F9T0) 時雨量 40.0 mm", truth=None)
    s.add("rule", "flood_depth", 15, 30, sensor="SN-FL-008", level="1-15",
          text="經貿路低窪處 淹水深度 8 cm", truth=FL)
    s.add("1999", "flooding", 18, 110, lon=120.6593, lat=24.1838,
          text="經貿路這邊水溝的水整個冒出來了，水一直往路中間流，請水利局快點來看", truth=FL)
    s.add("1999", "blocked_drain", 22, 240, lon=120.6591, lat=24.1846,
          text="敦化路口那幾個水溝蓋都被落葉跟塑膠袋塞住，水根本排不下去", truth=FL, alt=None)
    s.add("rule", "water_level", 25, 45, sensor="SN-WL-003", level="3",
          text="水湳區域排水經貿路水位 1.43 m，達三級警戒", truth=FL)
    s.add("1999", "flooding", 28, 130, lon=120.6597, lat=24.1812,
          text="經貿路三段積水快淹到輪框了，機車騎過去都熄火，會不會越來越高？", truth=FL)
    k = s.add("rule", "flood_depth", 32, 30, sensor="SN-FL-008", level="16-30",
              text="經貿路低窪處 淹水深度 22 cm", truth=FL)
    s.add("incident", "flooding_report", 35, 100, lon=120.6595, lat=24.1826, severity="Moderate",
          text="經貿路三段低窪處積水約25公分，派員於敦化路口警戒並引導車輛改道", truth=FL)
    s.add("rule", "heavy_rain", 35.5, 40, sensor="SN-RG-001", level="豪雨",
          text="中央公園雨量站 3小時累積 104 mm，達豪雨標準", truth=None, alt=FL)
    s.add("rule", "congestion", 38, 50, sensor="SN-VD-JINGMAO-02",
          text="經貿路車輛偵測器2 平均車速 12 km/h", truth=FL)
    s.add("rule", "flood_depth", 40, 30, sensor="SN-FL-004", level="1-15",
          text="中央公園滯洪池4 水深 11 cm", truth=None, alt=FL)
    s.add("rule", "water_level", 45, 45, sensor="SN-WL-003", level="2",
          text="水湳區域排水經貿路水位 1.84 m，達二級警戒", truth=FL)
    s.add("1999", "flooding", 47, 160, lon=120.6601, lat=24.1795,
          text="我家一樓車庫進水了，經貿路這邊有沒有抽水機可以借？水還在進來", truth=FL)
    s.add("rule", "flood_depth", 50, 30, sensor="SN-FL-008", level=">30",
          text="經貿路低窪處 淹水深度 37 cm", truth=FL)
    s.add("1999", "flooding", 51, 300, lon=120.6529, lat=24.1748,
          text="河南路停車場出口有一點積水，還好啦，只是提醒一下出口排水孔好像不太通", truth=None, alt=FL)
    s.add("incident", "road_closure", 55, 80, lon=120.6594, lat=24.1800, severity="Severe",
          text="經貿路三段(敦化路至中平路)雙向封閉，車輛改道中科路", truth=FL)
    s.add("rule", "water_level", 55.5, 45, sensor="SN-WL-002", level="3",
          text="中央公園南滯洪池水位 2.04 m，達三級", truth=None, alt=FL)
    s.add("1999", "flooding", 58, 150, lon=120.6603, lat=24.1740,
          text="經貿路跟中平路口變成一條河了，大家都在牽機車，為什麼沒有人來圍起來", truth=FL)
    s.add("rule", "water_level", 62, 45, sensor="SN-WL-003", level="1",
          text="水湳區域排水經貿路水位 2.23 m，達一級警戒", truth=FL)
    s.add("incident", "flooding_report", 63, 90, lon=120.6603, lat=24.1737, severity="Severe",
          text="積水蔓延至經貿路中平路口 水深約40公分 已請求水利局移動式抽水機", truth=FL)
    s.add("1999", "other", 66, 200, lon=120.6598, lat=24.1760,
          text="公車是不是改道了？經貿路那個站牌都是水，我在這邊等四十分鐘了都沒有車", truth=FL, alt=None)
    kr = s.add("1999", "flooding", 70, 60, lon=120.6604, lat=24.1739,
               text="車子在水裡熄火了！我先生還在車上，水一直漲到車門，拜託快派人", truth=FL, alt=RS)
    s.add("cctv", "stalled_vehicle", 70.5, 20, sensor="SN-CCTV-011", conf=0.81,
          text="路口中央偵測車輛靜止 > 120 秒", truth=FL, alt=RS)
    s.add("119", "rescue", 72, 25, lon=120.6604, lat=24.1739,
          text="經貿路中平路口 自小客受困積水中 車內1人待援 出動救助隊及橡皮艇", truth=FL, alt=RS)
    s.add("rule", "congestion", 80, 50, sensor="SN-VD-ZHONGPING-02",
          text="中平路車輛偵測器2 平均車速 14 km/h", truth=FL, alt=None)
    s.add("119", "rescue", 84, 20, lon=120.6604, lat=24.1739,
          text="受困駕駛已救出 無外傷 車輛待拖吊", truth=FL, alt=RS)
    s.add("1999", "other", 88, 260, lon=120.6596, lat=24.1818,
          text="水好像有比較退了，可是路上都是泥巴跟垃圾，什麼時候會有人來清？", truth=FL, alt=None)
    s.add("1999", "flooding", 95, 190, lon=120.6590, lat=24.1816,
          text="我們B區地下室停車場有水跑進去，車子要先移出來嗎？管委會說等通知", truth=FL)
    s.add("rule", "flood_depth", 100, 30, sensor="SN-FL-008", level="16-30",
          text="經貿路低窪處 淹水深度 18 cm（下降中）", truth=FL)
    s.add("incident", "road_closure", 108, 60, lon=120.6594, lat=24.1800, severity="Minor",
          text="經貿路三段積水已退 解除管制 恢復雙向通行", truth=FL)
    s.noise(12, -5, 115, avoid=("noise",))
    s.incident(FL, "flood", "Flood spreading along 經貿路三段 from the 敦化路 low point to the 中平路 intersection, ~90 min", k)
    s.alternative("The driver trapped in water at 經貿路/中平路 needs a rescue team with a boat; a coordinator "
                  "may dispatch it as its own rescue job rather than inside the flood job.",
                  {RS: {"label": RS, "type": "rescue", "description": "Driver trapped in a stalled car in flood water at 經貿路/中平路",
                        "sufficient_evidence_key": kr}})
    s.write()


BURST_393 = [
    # (lon, lat, category, text)
    (120.6570, 24.1790, "fire_smoke", "公園南邊那裡冒好大的黑煙，是哪裡在燒？"),
    (120.6540, 24.1760, "fire_smoke", "河南路這邊看過去一整片黑煙，是工廠爆炸嗎"),
    (120.6520, 24.1790, "fire_smoke", "我在逢甲水湳校區，窗外都是黑煙，學校要我們關窗，可是冷氣也要關嗎"),
    (120.6600, 24.1800, "fire_smoke", "經貿路往南看整片黑的，味道很臭像燒塑膠，可以出門嗎？"),
    (120.6500, 24.1720, "fire_smoke", "中平路這邊好臭，眼睛很刺，是不是有毒啊"),
    (120.6630, 24.1760, "fire_smoke", "污水廠那邊是不是失火了？煙一直往我們這邊飄"),
    (120.6480, 24.1700, "other", "小孩有氣喘，現在這樣外面的空氣可以去接小孩放學嗎？"),
    (120.6560, 24.1830, "fire_smoke", "中央公園這邊都聞得到燒焦味，公園要不要先把人清掉"),
    (120.6590, 24.1750, "fire_smoke", "水資源回收中心著火了，我就在對面，火很大，煙是黑色的"),
    (120.6460, 24.1680, "fire_smoke", "我在河南路二段，天空整個灰灰的，是空汙還是火災？"),
    (120.6610, 24.1730, "fire_smoke", "曬衣服的全部都是灰，到底在燒什麼東西，誰要負責"),
    (120.6535, 24.1790, "fire_smoke", "那個煙好大，我們在公園南邊草地野餐，要不要離開"),
    (120.6545, 24.1745, "other", "河南路停車場那邊是不是不能過去？我的車停在裡面"),
    (120.6490, 24.1740, "fire_smoke", "有人知道東邊那個黑煙是什麼嗎，我家窗戶關了還是有味道"),
    (120.6595, 24.1715, "fire_smoke", "中國醫藥大學這邊整個被煙包住，學生在問要不要停課"),
    (120.6620, 24.1780, "fire_smoke", "煙是往西南飄，消防車好像都在中平路那邊，要多久才會撲滅"),
    (120.6470, 24.1760, "fire_smoke", "空氣很臭，頭有點暈，這個煙會不會致癌？"),
    (120.6550, 24.1705, "fire_smoke", "消防車一直過去，有人受傷嗎？我朋友在回收中心上班電話打不通"),
    (120.6580, 24.1770, "fire_smoke", "黑煙一直冒，第三次打了，到底有沒有人在處理"),
    (120.6505, 24.1785, "fire_smoke", "逢甲那邊的學生說是水資源中心在燒，我們附近的幼兒園要不要撤？"),
    (120.6440, 24.1720, "fire_smoke", "從臺灣大道都看得到那柱黑煙，好恐怖"),
    (120.6575, 24.1725, "fire_smoke", "灰燼掉到我車子上面，白色的車變成一點一點黑的"),
    (120.6615, 24.1750, "other", "請問環保局有沒有在量空氣？APP上的數字一直往上跳"),
    (120.6525, 24.1765, "fire_smoke", "燒塑膠的味道，窗戶都關了還是跑進來，老人家一直咳"),
    (120.6600, 24.1765, "fire_smoke", "回收中心後面那棟廠房在燒，火有往旁邊燒過去的樣子"),
    (120.6485, 24.1770, "fire_smoke", "我在家裡聞到好重的焦味，剛剛以為是我家瓦斯忘了關，原來是外面"),
    (120.6555, 24.1815, "fire_smoke", "公園那邊的煙是有在燒什麼活動嗎，還是火災"),
    (120.6640, 24.1720, "other", "中平路那段是不是封起來了？導航一直叫我繞"),
    (120.6570, 24.1740, "fire_smoke", "對面在失火，煙很濃，要不要叫我們這條街的人撤離？"),
    (120.6515, 24.1735, "fire_smoke", "好臭喔，黑煙一直飄過來，可以請消防局發個通知嗎？"),
    (120.6605, 24.1785, "fire_smoke", "我們管委會問說要不要關掉全部的新風系統，煙的味道進到大樓了"),
    (120.6535, 24.1720, "fire_smoke", "剛剛看到有火光，現在都是煙，是不是又變大了"),
    (120.6495, 24.1695, "other", "這個煙什麼時候會散？今天下午還可以在公園辦活動嗎"),
    (120.6565, 24.1700, "fire_smoke", "燒了快一個小時了吧，還是一直冒煙"),
    (120.6585, 24.1780, "fire_smoke", "煙變白色了，是快滅了嗎？"),
    (120.6545, 24.1775, "fire_smoke", "小孩學校打電話說要提早放學，因為外面有煙，是真的嗎"),
]


def s393():
    s = Sit(393, "reclamation_fire_1999_burst", "2026-01-20 10:15",
            "Dry winter morning, NE wind. The sludge-drying building of 水湳水資源回收中心 catches fire; black "
            "smoke drifts SW over the Feng Chia and CMU campuses and 河南路. 36 citizen calls arrive within an hour "
            "from up to 1.5 km away. At the same time a separate open burning of rubbish in a vacant lot off "
            "河南路二段 (white smoke) brings its own calls and its own small 119 dispatch.")
    F, B = "393-fire-reclamation", "393-open-burning-henan"
    r = s.rng
    fa = SENSORS["SN-FA-008"]
    s.add("fire_alarm", "alarm", 0, 9, sensor="SN-FA-008", text="污泥乾燥機房 火焰探測器動作", truth=F)
    s.add("fire_alarm", "alarm", 0.6, 9, sensor="SN-FA-008", text="污泥乾燥機房 偵煙探測器動作 第2迴路", truth=F)
    d = s.add("119", "fire", 3.0, 20, lon=fa["lon"], lat=fa["lat"],
              text="水湳水資源回收中心 污泥處理廠房火警 濃煙大 出動水湳、西屯、北屯分隊 水箱車4 化學車1", truth=F)
    s.add("cctv", "smoke", 4.2, 15, sensor="SN-CCTV-011", conf=0.91, text="畫面東北方偵測濃煙", truth=F)
    s.add("incident", "fire_report", 6.0, 120, lon=fa["lon"], lat=fa["lat"], severity="Severe",
          text="水資源回收中心廠房火警 濃煙往西南擴散 派員於中平路經貿路口管制", truth=F)
    s.add("cctv", "smoke", 9.0, 15, sensor="SN-CCTV-010", conf=0.58, text="畫面東側疑似煙霧", truth=F)
    t = 1.8
    keys = []
    for i, (lon, lat, cat, txt) in enumerate(BURST_393):
        t += r.uniform(0.4, 2.1)
        keys.append(s.add("1999", cat, t, r.randint(45, 420), lon=lon, lat=lat, text=txt, truth=F))
    s.add("rule", "congestion", 20, 40, sensor="SN-VD-ZHONGPING-02",
          text="中平路車輛偵測器2 平均車速 11 km/h", truth=F, alt=None)
    s.add("incident", "road_closure", 18, 90, lon=120.6600, lat=24.1736, severity="Moderate",
          text="中平路(經貿路至皇城街)封閉 供消防車輛作業", truth=F)
    ka = s.add("fire_alarm", "alarm", 24, 10, sensor="SN-FA-010", text="3F 走廊 偵煙探測器動作", truth=F, alt="393-cmu-alarm")
    s.add("fire_alarm", "normal", 41, 10, sensor="SN-FA-010", text="火警受信總機復歸", truth=F, alt="393-cmu-alarm")
    s.add("119", "ambulance", 30, 25, lon=120.6520, lat=24.1790,
          text="逢甲大學水湳校區 學生2名吸入煙霧 喉嚨不適 送醫", truth=F)
    s.add("119", "fire", 38, 20, lon=fa["lon"], lat=fa["lat"], follows=d, text="火勢控制 持續射水降溫", truth=F)
    s.add("119", "fire", 62, 20, lon=fa["lon"], lat=fa["lat"], follows=d, text="撲滅 殘火處理 排煙", truth=F)
    s.add("fire_alarm", "normal", 66, 10, sensor="SN-FA-008", text="火警受信總機復歸", truth=F)
    # the separate open burning, white smoke, vacant lot off 河南路二段
    Bp = (120.6458, 24.1662)
    s.add("1999", "fire_smoke", 21.5, 150, lon=Bp[0] + 0.0004, lat=Bp[1] + 0.0003,
          text="河南路二段這邊空地有人在燒垃圾跟雜草，整片白煙，嗆死了，每次都這樣", truth=B)
    s.add("1999", "fire_smoke", 29.0, 200, lon=Bp[0] - 0.0003, lat=Bp[1] + 0.0002,
          text="又是巷子後面那塊空地在燒東西，火有點大了，旁邊就是鐵皮屋", truth=B)
    kb = s.add("119", "fire", 31.0, 20, lon=Bp[0], lat=Bp[1],
               text="西屯區河南路二段旁空地 雜草垃圾燃燒 約20平方公尺 出動西屯分隊水箱車1", truth=B)
    s.add("119", "fire", 44.0, 20, lon=Bp[0], lat=Bp[1], follows=kb, text="空地火警撲滅 已通報環保局", truth=B)
    s.noise(9, -5, 70, avoid=("noise",))
    s.incident(F, "fire", "Fire at the sludge-drying building of 水湳水資源回收中心, wide smoke drift, 36 citizen calls", d)
    s.incident(B, "fire", "Open burning of rubbish in a vacant lot off 河南路二段, 1.5 km SW, during the burst", kb)
    s.alternative("The CMU campus panel, 330 m away, went off because smoke was drawn in; a coordinator could "
                  "send a crew to check it as its own alarm job.",
                  {"393-cmu-alarm": {"label": "393-cmu-alarm", "type": "fire",
                                     "description": "CMU Shuinan campus fire panel alarm (smoke drawn in)",
                                     "sufficient_evidence_key": ka}})
    s.write()


def s394():
    s = Sit(394, "concert_evening_small_incidents", "2026-09-19 17:00",
            "Saturday concert at 臺中流行影音中心 (19:00-22:00, 12,000 people). Crowds, full car parks, slow "
            "中科路 and 凱旋路, noise and parking complaints belong to the event job; a scooter crash on 凱旋路, a "
            "fainted spectator, a dark signal at 黎明路/凱旋路 and a scuffle at the exit are their own jobs.")
    E, CR, FT, SG, FG = ("394-concert-crowd", "394-scooter-crash-kaixuan", "394-faint-spectator",
                         "394-signal-liming-kaixuan", "394-scuffle-exit")
    r = s.rng
    V = (120.652, 24.185)
    s.add("planned_event", "concert", -4320, 0, lon=V[0], lat=V[1], start_min=120, ends_min=300,
          arrival_min=-4320, text="臺中流行影音中心 戶外演唱會 預估入場12,000人 半徑600公尺交通管制", truth=E)
    s.add("parking", "full", 25, 20, sensor="SN-PK-004", text="中央公園地下停車場(北) 汽車格位已滿", truth=E)
    kc = s.add("incident", "crowd_control", 40, 90, lon=V[0], lat=V[1], severity="Moderate",
               text="流行影音中心周邊人潮湧入，中科路實施交通管制，機車改停經貿五路", truth=E)
    s.add("rule", "congestion", 45, 40, sensor="SN-VD-ZHONGKE-01", text="中科路車輛偵測器1 平均車速 8 km/h", truth=E)
    s.add("parking", "full", 52, 20, sensor="SN-PK-005", text="中央公園地下停車場(南) 汽車格位已滿", truth=E)
    s.add("1999", "illegal_parking", 58, 200, lon=120.6531, lat=24.1872,
          text="中科路兩邊都停滿看演唱會的車，連紅線都停，公車根本過不去", truth=E, alt=None)
    s.add("rule", "congestion", 62, 40, sensor="SN-VD-KAIXUAN-02", text="凱旋路車輛偵測器2 平均車速 13 km/h", truth=E)
    s.add("parking", "full", 70, 20, sensor="SN-PK-006", text="臺中國際會展中心停車場 汽車格位已滿", truth=E, alt=None)
    # scooter crash on 凱旋路
    X = (120.6513, 24.1878)
    kx = s.add("incident", "accident", 118, 80, lon=X[0], lat=X[1], severity="Moderate",
               text="凱旋路近中科路口 兩部機車擦撞 一人手腳擦傷", truth=CR)
    s.add("1999", "traffic_accident", 118.5, 140, lon=X[0] + 0.0002, lat=X[1],
          text="凱旋路有兩台機車擦撞，人有爬起來，可是車倒在路中間，後面一直按喇叭", truth=CR)
    s.add("119", "ambulance", 120, 30, lon=X[0], lat=X[1], text="凱旋路機車事故 1人擦傷 現場評估", truth=CR)
    s.add("1999", "noise", 140, 240, lon=120.6548, lat=24.1840,
          text="演唱會音響也太大聲了吧，我家窗戶都在震，小孩明天要考試，幾點才會結束？", truth=E, alt=None)
    kf = s.add("119", "ambulance", 172, 25, lon=V[0], lat=V[1],
               text="流行影音中心 搖滾區女性觀眾昏倒 意識不清 疑似中暑脫水", truth=FT)
    s.add("incident", "crowd_control", 175, 60, lon=V[0] + 0.0003, lat=V[1], severity="Minor",
          text="協助救護車進入搖滾區 疏導觀眾讓出通道", truth=FT, alt=E)
    ks = s.add("signal", "fault", 200, 15, sensor="SN-SIG-007", text="號誌控制器異常 全路口閃黃", truth=SG)
    s.add("1999", "other", 206, 150, lon=120.6492, lat=24.1938,
          text="黎明路凱旋路口的紅綠燈一直閃黃燈，散場車子一多一定會撞，快派人", truth=SG)
    s.add("cctv", "crowding", 212, 15, sensor="SN-CCTV-007", conf=0.66, text="路口行人聚集", truth=E, alt=None)
    s.add("signal", "restored", 262, 15, sensor="SN-SIG-007", text="號誌恢復正常運轉", truth=SG)
    s.add("incident", "crowd_control", 300, 60, lon=V[0], lat=V[1], severity="Moderate",
          text="演唱會散場 中科路凱旋路口人車分流管制 加派員警", truth=E)
    kfg = s.add("incident", "public_disturbance", 306, 60, lon=V[0] + 0.0006, lat=V[1] + 0.0004, severity="Moderate",
                text="散場後兩名男子於中科路口因插隊接駁車發生口角拉扯 已分開雙方", truth=FG, alt=E)
    s.add("1999", "other", 307, 120, lon=V[0] + 0.0007, lat=V[1] + 0.0003,
          text="接駁車那邊有人在打架，旁邊都是小孩，警察在哪裡？", truth=FG, alt=E)
    s.add("rule", "congestion", 310, 40, sensor="SN-VD-ZHONGKE-01", text="中科路車輛偵測器1 平均車速 6 km/h", truth=E)
    s.add("1999", "noise", 318, 200, lon=120.6538, lat=24.1833,
          text="散場的人一直在我們巷子裡大聲講話、按喇叭，都十點多了", truth=E, alt=None)
    s.add("cctv", "crowding", 322, 15, sensor="SN-CCTV-005", conf=0.72, text="人行道人群往接駁區移動", truth=E, alt=None)
    s.noise(13, 0, 330)
    s.incident(E, "crowd", "Concert at 臺中流行影音中心: arrival and exit crowds, car parks, slow roads, residents' complaints", kc)
    s.incident(CR, "traffic", "Two scooters collide on 凱旋路 near 中科路 before the show", kx)
    s.incident(FT, "rescue", "Spectator faints in the standing area", kf)
    s.incident(SG, "traffic", "Signal at 黎明路/凱旋路 flashing yellow for an hour", ks)
    s.incident(FG, "public_safety", "Scuffle between two men at the shuttle queue after the show", kfg)
    s.alternative("The event's police may simply absorb the scuffle at the exit and the ambulance escort into "
                  "the event's crowd-control job.",
                  {FG: None})
    s.write()


def s395():
    s = Sit(395, "late_skewed_crash_huanzhong", "2026-04-08 07:40",
            "Weekday morning rush. A three-car rear-end collision on 環中路二段 eastbound just before 經貿路 at "
            "07:52; separately, the 中清路/環中路 signal (700 m east) has been flashing since 07:45. The police feed's "
            "gateway holds its reports for 30-40 min and then releases them at once; the CCTV at 經貿路/環中路 has "
            "its clock set to local time but stamps it as UTC (8 h early); the 1999 feed redelivers some cases; "
            "a police follow-up arrives before the report it follows.")
    A, SG = "395-rear-end-huanzhong-jingmao", "395-signal-zhongqing-huanzhong"
    r = s.rng
    X = (120.6520, 24.1982)
    sk = -8 * 3600
    ks = s.add("signal", "fault", 5, 20, sensor="SN-SIG-008", text="號誌控制器通訊異常 閃光運轉", truth=SG)
    s.dup(ks, 240)
    s.add("cctv", "signal_dark", 7, 15, sensor="SN-CCTV-008", conf=0.74, text="號誌燈頭未亮/閃爍", truth=SG)
    s.add("rule", "congestion", 10, 40, sensor="SN-VD-HUANZHONG-03", text="環中路車輛偵測器3 平均車速 14 km/h", truth=SG, alt=A)
    c1 = s.add("cctv", "stalled_vehicle", 12.3, 15, sensor="SN-CCTV-004", conf=0.88, skew_s=sk,
               text="東向車道 車輛靜止 3 輛", truth=A)
    s.add("cctv", "fallen_object", 12.8, 15, sensor="SN-CCTV-004", conf=0.61, skew_s=sk,
          text="車道上疑似散落物", truth=A)
    k1 = s.add("1999", "traffic_accident", 13.0, 90, lon=X[0], lat=X[1],
               text="環中路往中清方向快到經貿路這邊三台車追撞，卡在內側兩個車道，有一個人在流血", truth=A)
    s.dup(k1, 200)
    p1 = s.add("incident", "injury_accident", 13.5, 2280, lon=X[0], lat=X[1], severity="Moderate",
               text="環中路二段東向近經貿路口 三車追撞 1人輕傷 占用內側二車道", truth=A)
    s.add("119", "ambulance", 14.0, 25, lon=X[0], lat=X[1], text="環中路二段經貿路口 三車追撞 1名駕駛額頭撕裂傷", truth=A)
    s.add("rule", "congestion", 16.0, 40, sensor="SN-VD-HUANZHONG-02", text="環中路車輛偵測器2 平均車速 7 km/h", truth=A)
    k2 = s.add("1999", "other", 17.0, 120, lon=120.6480, lat=24.1963,
               text="環中路又塞死了，從台74下來到凱旋路動都不動，前面到底發生什麼事？", truth=A)
    s.dup(k2, 180)
    s.add("1999", "other", 18.0, 150, lon=120.6573, lat=24.1985,
          text="中清路口紅綠燈在閃黃燈，車子跟人都在搶，有阿嬤差點被撞到", truth=SG)
    p2 = s.add("incident", "traffic_signal_fault", 19.0, 2040, lon=120.657242, lat=24.198897, severity="Moderate",
               text="中清路環中路口號誌閃黃 派員指揮交通", truth=SG)
    s.add("rule", "congestion", 20.0, 40, sensor="SN-VD-JINGMAO-01", text="經貿路車輛偵測器1 平均車速 10 km/h", truth=A, alt=None)
    s.add("cctv", "stalled_vehicle", 21.0, 15, sensor="SN-CCTV-004", conf=0.9, skew_s=sk,
          text="東向車道 車輛靜止 持續", truth=A)
    p3 = s.add("incident", "stalled_vehicle", 25.0, 1800, lon=X[0], lat=X[1], severity="Minor",
               text="追撞車輛1部無法行駛 等候拖吊", truth=A, follows=p1)
    s.add("1999", "traffic_accident", 27.0, 100, lon=X[0] + 0.0004, lat=X[1] + 0.0001,
          text="剛剛打過了，環中路追撞那邊還是沒看到拖吊車，上班都要遲到了", truth=A)
    s.add("1999", "other", 33.0, 200, lon=120.6562, lat=24.1990,
          text="中清環中路口到底什麼時候修好？號誌一直閃，公車都開不過去", truth=SG)
    p4 = s.add("incident", "accident", 46.0, 60, lon=X[0], lat=X[1], severity="Minor",
               text="環中路二段追撞事故 拖吊完成 車道恢復通行", truth=A, follows=p1)
    s.add("incident", "road_closure", 22.0, 1980, lon=X[0], lat=X[1], severity="Minor",
          text="封閉環中路二段東向內側二車道 處理事故", truth=A)
    s.dup(p1, 90)
    s.dup(p2, 60)
    s.add("signal", "restored", 58.0, 20, sensor="SN-SIG-008", skew_s=95, text="號誌恢復正常運轉", truth=SG)
    s.add("cctv", "stalled_vehicle", 30.0, 1500, sensor="SN-CCTV-004", conf=0.71, skew_s=sk,
          text="東向車道 車輛靜止 1 輛", truth=A)
    s.noise(12, -5, 65, pool=["streetlight", "illegal_parking", "pothole", "other", "parking_full", "panel_fault", "blip"])
    s.incident(A, "traffic", "Three-car rear-end collision on 環中路二段 eastbound before 經貿路, one injured", k1)
    s.incident(SG, "traffic", "中清路/環中路 signal flashing for ~55 min", ks)
    s.alternative("The slow-down at the 環中路 detector nearest 中清路 may be the crash queue rather than the "
                  "flashing signal; the 經貿路 detector's slow-down may be ordinary rush hour.",
                  {})
    s.write()


def s396():
    s = Sit(396, "park_gateway_offline_blind_flood", "2026-05-23 20:00",
            "Rainy Saturday evening (大雨). At 20:12 mains power fails in the north of Central Park: the sensor "
            "gateway there stops, so the five detention-pond depth sensors, both pond level gauges and the park "
            "rain gauge go offline; the car-park fire panel reports a mains fault and a row of park lamps goes "
            "dark. During the blind hour water pours down the ramp of the south underground car park, seen only "
            "by people. Planned road works on 河南路 take a vehicle detector offline, as announced.")
    G, FL = "396-park-north-power-gateway", "396-carpark-south-flood"
    r = s.rng
    s.add("planned_event", "road_works", -2880, 0, lon=120.6470, lat=24.1672, start_min=-60, ends_min=360,
          arrival_min=-2880, text="河南路二段 管線汰換工程 夜間封閉外側車道 車輛偵測器暫停", truth=None)
    s.add("status", "offline", -50, 10, sensor="SN-VD-HENAN-01", text="offline: maintenance", truth=None)
    s.add("rule", "heavy_rain", 3, 40, sensor="C0F9T0", level="大雨", text="西屯(C0F9T0) 時雨量 44.0 mm", truth=None)
    s.add("rule", "heavy_rain", 6, 40, sensor="SN-RG-001", level="大雨", text="中央公園雨量站 時雨量 41.0 mm", truth=None)
    kpf = s.add("fire_alarm", "fault", 12, 8, sensor="SN-FA-007", text="主電源停電 切換預備電源", truth=G, alt=None)
    offs = ["SN-FL-001", "SN-WL-001", "SN-FL-002", "SN-RG-001", "SN-FL-003", "SN-WL-002", "SN-FL-004", "SN-FL-005"]
    first = None
    for i, sid in enumerate(offs):
        k = s.add("status", "offline", 12.2 + i * 0.15, r.randint(3, 25), sensor=sid, text="offline", truth=G)
        if i == 2:
            first = k
    ks = None
    for i, sid in enumerate(offs):
        k = s.add("rule", "sensor_offline", 22 + i * 0.3, 30, sensor=sid,
                  text="%s 超過 10 分鐘未回傳" % SENSORS[sid]["name"], truth=G)
        if i == 2:
            ks = k
    s.add("1999", "streetlight", 18, 160, lon=120.6560, lat=24.1870,
          text="中央公園北邊步道整排路燈都不亮，烏漆嘛黑又在下雨，剛剛差點跌倒", truth=G)
    s.add("1999", "other", 26, 220, lon=120.6575, lat=24.1885,
          text="公園旁邊的停車場入口柵欄打不開，感應不到，是停電嗎？後面一排車在等", truth=G)
    P = (120.6560, 24.1790)
    k1 = s.add("1999", "flooding", 40, 70, lon=P[0] + 0.0002, lat=P[1],
               text="公園南邊地下停車場入口，水一直往斜坡灌下去，下面還有車子，要趕快擋起來！", truth=FL)
    s.add("1999", "flooding", 44, 150, lon=P[0] - 0.0002, lat=P[1] + 0.0003,
          text="我車停在公園地下停車場B2，朋友說淹水了，現在可以下去開嗎？還是會有危險", truth=FL)
    s.add("incident", "flooding_report", 52, 90, lon=P[0], lat=P[1], severity="Severe",
          text="中央公園地下停車場(南) 入口坡道進水 已管制車輛進出 請求抽水機及沙包", truth=FL)
    s.add("parking", "full", 55, 20, sensor="SN-PK-005", text="中央公園地下停車場(南) 汽車格位已滿", truth=FL, alt=None)
    s.add("1999", "flooding", 58, 200, lon=P[0] + 0.0004, lat=P[1] - 0.0003,
          text="公園南邊草地那邊的水都往停車場那裡流，步道已經淹到小腿了", truth=FL)
    s.add("119", "rescue", 63, 20, lon=P[0], lat=P[1], text="中央公園地下停車場(南) 坡道進水 協助抽水 無人受困", truth=FL)
    s.add("1999", "other", 70, 240, lon=120.6555, lat=24.1880,
          text="剛才打過電話說路燈全暗，到現在還是黑的，有人要來嗎？", truth=G)
    # power back 21:35
    for i, sid in enumerate(offs):
        s.add("status", "online", 95 + i * 0.2, r.randint(3, 25), sensor=sid, text="online", truth=G)
    s.add("fire_alarm", "normal", 95, 8, sensor="SN-FA-007", text="主電源恢復", truth=G, alt=None)
    s.add("rule", "flood_depth", 97, 30, sensor="SN-FL-004", level=">30", text="中央公園滯洪池4 淹水深度 34 cm", truth=FL, alt=None)
    s.add("rule", "flood_depth", 97.3, 30, sensor="SN-FL-005", level="16-30", text="中央公園滯洪池5 淹水深度 24 cm", truth=None, alt=FL)
    s.add("rule", "water_level", 97.5, 40, sensor="SN-WL-002", level="3", text="中央公園南滯洪池水位 2.11 m，達三級", truth=None, alt=FL)
    s.add("status", "online", 380, 10, sensor="SN-VD-HENAN-01", text="online", truth=None)
    s.noise(8, -10, 120, avoid=("blip",))
    s.incident(G, "infrastructure", "Mains power lost in the north of Central Park: sensor gateway down (8 park sensors), car-park panel on battery, lamps dark", first)
    s.incident(FL, "flood", "Water pouring into the south underground car park of Central Park while the park sensors are blind", k1)
    s.alternative("The car-park panel's mains fault could be read as a fire-equipment maintenance ticket apart "
                  "from the sensor gateway; the pond readings after power returns may be read as the ponds "
                  "storing water as designed (none) or as the same flood.",
                  {})
    s.write()


if __name__ == "__main__":
    for f in (s391, s392, s393, s394, s395, s396):
        f()
    print("gen_a: 391-396 written")
