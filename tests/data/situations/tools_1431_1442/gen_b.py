"""Situations 1437-1442. Run: python3 gen_b.py (writes into the folder above tools/)."""
from lib import Situation, P, off


# =====================================================================================
def build_1437():
    S = Situation(1437, "gas_main_struck_morning", "2026-11-05",
                  "A Thursday morning: the gas company's contractor on 中平路 strikes a medium-pressure "
                  "main at 09:12. The smell carries north on the wind to the eco blocks; CMU's campus "
                  "evacuates a building; 中平路 is closed; the gas is shut off to a block of homes. "
                  "Callers describe it as gas, as a sewer, as the reclamation plant 'again'. An hour "
                  "later a patch of dry grass smoulders by the 河南路 car park.")
    G = off(P("jingmao+zhongping"), -120, -15)     # the trench on 中平路 west of 經貿路
    pw = S.permit("-4 15:00", "road_works", "-3 09:00", "+1 17:00", G,
                  "欣林天然氣 中平路（河南路至經貿路）天然氣中壓管線遷移工程，11/2-11/6 每日09:00-17:00，"
                  "佔用南側車道", None, radius=250, arrival_delay=0)
    S.rule("SN-VD-HENAN-01", "08:20", "congestion", "河南路車輛偵測器1 平均車速 15 km/h，佔有率 40%")
    S.c1999("08:32", "streetlight", off(P("kaixuan+zhongke"), 0, 200),
            "民眾反映：凱旋路路燈早上八點多還亮著。")
    S.c1999("08:40", "illegal_parking", off(P("cmu_campus"), -80, -40),
            "民眾反映：中平路中國醫大門口接送的車一直並排，上課時間都這樣。")
    S.status("SN-WL-004", "08:50", "offline", "筏子溪西屯水位站 離線（維護作業）", reason="maintenance")
    g1 = S.c1999("09:14", "gas_odor", off(G, -60, 10),
                  "民眾反映：中平路這邊好重的瓦斯味，施工的地方有嘶嘶的聲音，工人在叫大家走開。", "gas")
    S.c1999("09:15", "other", off(P("cmu_campus"), -30, 40),
            "民眾反映：中國醫大水湳校區這邊聞到很臭的味道，很像臭雞蛋，有學生說頭暈。", "gas")
    h1 = S.f119("09:16", "hazmat", G,
                "受理報案：北屯區中平路近經貿路口施工挖破天然氣中壓管線外洩。派遣四平分隊水箱車、化學車、救護車，"
                "通知欣林天然氣搶修。", "gas")
    S.c1999("09:18", "gas_odor", off(P("jingmao+zhongping"), 30, 60),
            "民眾反映：經貿路中平路口整個都是瓦斯味，車子還一直開過去，沒有人管。", "gas")
    cl = S.police("09:20", "hazmat_report", "Severe", G,
                  "第五分局：中平路經貿路口西側施工挖斷天然氣管線，瓦斯外洩，已封鎖現場50公尺並管制人車。", "gas",
                  delay=7)
    S.c1999("09:22", "other", off(P("water_reclamation"), 20, 40),
            "民眾反映：經貿路這邊一直有臭水溝的味道，比平常更臭，頭有點痛。", "gas", alt=None)
    rc = S.police("09:24", "road_closure", "Severe", G,
                  "第五分局：中平路（河南路至經貿路）雙向封閉，經貿路南向車輛改道中清路。", "gas", delay=10)
    S.cctv("SN-CCTV-011", "09:27", "crowding", 0.66, "經貿路/中平路 路口監視器：西北角人群聚集（停留）", "gas")
    S.f119("09:26", None, None, "四平分隊到達，管線破口約5公分，持續外洩，佈水線警戒，測得爆炸下限濃度於破口5公尺內。",
           "gas", status="on_scene", case=h1)
    S.police("09:30", "evacuation", "Severe", P("cmu_campus"),
             "第五分局：中國醫藥大學水湳校區東側教學大樓師生約300人疏散至操場北側。", "gas", delay=9)
    S.rule("SN-VD-ZHONGPING-01", "09:33", "congestion", "中平路車輛偵測器1 平均車速 6 km/h，佔有率 60%",
           "gas")
    S.rule("SN-VD-ZHONGPING-02", "09:36", "congestion", "中平路車輛偵測器2 平均車速 9 km/h，佔有率 51%",
           "gas")
    S.c1999("09:38", "gas_odor", off(P("eco_block_b"), 10, 20),
            "民眾反映：生態住宅B區家裡聞到瓦斯味，我檢查過自己家瓦斯開關都關好了，是外面飄進來的嗎？", "gas")
    S.c1999("09:42", "環境公害", off(P("water_reclamation"), 60, 80),
            "民眾反映：水資源回收中心又在臭了，每天早上都這樣，都沒人管。")
    S.c1999("09:47", "gas_odor", P("eco_block_a"),
            "民眾反映：A區也有瓦斯味，管理員叫大家把窗戶關起來，要不要疏散？", "gas")
    S.c1999("09:55", "other", off(G, -700, -500),
            "民眾反映：河南路那邊封路，公車改道，要去中國醫大的學生都走路過去，路邊很危險。", "gas", jitter=60)
    par = S.c1999("10:05", "other", P("cmu_campus"),
                  "家長來電（人在南屯）：小孩在中國醫大水湳校區上課，傳訊息說被疏散，說有瓦斯外洩，是發生什麼事？"
                  "有沒有人受傷？", "gas", jitter=30)
    # grass fire by the Henan Rd car park
    gf1 = S.c1999("10:18", "fire_smoke", off(P("henan_car_park"), -40, -30),
                  "民眾反映：河南路停車場旁邊的空地草叢在冒煙，有一點火，旁邊沒有人。", "grass")
    S.c1999("10:21", "fire_smoke", off(P("cmu_campus"), -60, 60),
            "民眾反映：中平路那邊好像有煙，是剛剛瓦斯那裡燒起來了嗎？", "grass", alt="gas", jitter=40)
    gf = S.f119("10:22", "fire", off(P("henan_car_park"), -40, -30),
                "受理報案：西屯區河南路停車場旁空地雜草火警，面積約20平方公尺。派遣西屯分隊水箱車。", "grass")
    S.police("10:31", "fire_report", "Minor", off(P("henan_car_park"), -40, -30),
             "第六分局：河南路停車場旁空地雜草悶燒，消防隊處理中，疑遭丟棄菸蒂引燃，與中平路瓦斯外洩無關。",
             "grass", delay=12)
    S.f119("10:33", None, None, "西屯分隊到達，雜草火約30平方公尺，已撲滅。", "grass", status="on_scene", case=gf)
    S.f119("10:55", None, None, "欣林天然氣關閉上游閥門，外洩停止，持續監測濃度。", "gas", status="returning",
           case=h1)
    S.c1999("11:02", "other", off(P("eco_block_b"), 40, -20),
            "民眾反映：家裡瓦斯爐點不起來，瓦斯沒了，是不是因為外面施工停氣？什麼時候會恢復？", "gas")
    S.c1999("11:08", "other", off(P("eco_block_a"), 60, 20),
            "民眾反映：瓦斯沒了不能煮飯，天然氣公司電話都打不通。", "gas")
    S.c1999("11:15", "動物救援", off(P("museumbrary"), 50, 60), "民眾反映：綠美圖前面有一隻鴿子翅膀受傷不能飛。")
    S.police("11:40", "road_reopened", "Minor", G,
             "第五分局：中平路瓦斯外洩處理完畢，11:35解除封閉，恢復雙向通行。", "gas", follows=rc, delay=6)
    S.police("11:45", "other", "Minor", P("cmu_campus"),
             "第五分局：中國醫藥大學水湳校區疏散師生11:40返回教室。", "gas", follows=cl, delay=8)
    S.f119("12:10", None, None, "結案：天然氣管線外洩，無人受傷，管線由欣林天然氣修復中。", "gas", status="closed",
           case=h1)
    S.f119("11:05", None, None, "結案：雜草火。", "grass", status="closed", case=gf)
    S.status("SN-WL-004", "12:20", "online", "筏子溪西屯水位站 恢復連線")
    S.c1999("12:35", "other", off(P("eco_block_b"), 40, -20),
            "民眾詢問：瓦斯到底什麼時候會來？中午要煮飯。", "gas")
    S.c1999("12:50", "road_damage", off(G, 60, -5),
            "民眾反映：中平路剛剛瓦斯那邊挖的洞只有用鐵板蓋著，沒有固定。", "gas", alt=None)
    S.dup(g1, 0.5)
    S.dup(h1, 1.2)
    # ---- more callers
    S.c1999("09:19", "gas_odor", off(P("henan_car_park"), 60, -80),
            "民眾反映：剛剛開車經過中平路聞到好濃的瓦斯味，有工人在揮手叫車子不要過，我已經開到河南路了。", "gas",
            jitter=40)
    S.c1999("09:28", "other", off(P("cmu_campus"), 20, 50),
            "民眾反映：我在中國醫大水湳校區上班，學校廣播叫大家疏散到操場，是地震還是什麼事？", "gas")
    S.c1999("09:35", "other", off(G, -500, -150),
            "民眾反映：中平路為什麼封起來？我要去上班，警察叫我繞，要繞哪裡？", "gas", jitter=40)
    own = S.c1999("09:44", "gas_odor", off(P("henan+zhongping"), -250, -200),
                  "民眾反映：家裡廚房有瓦斯味，外面好像也有，是不是附近在漏瓦斯？", None, alt="gas", jitter=30)
    S.c1999("09:52", "gas_odor", off(P("eco_block_a"), 1500, 800),
            "民眾反映：北屯這邊也聞到瓦斯味，是不是水湳那邊漏的飄過來？", None, alt="gas", jitter=100)
    S.c1999("10:10", "gas_odor", P("eco_block_a"),
            "民眾再次反映：A區還是有瓦斯味，管理員說等通知，到底安不安全？", "gas")
    S.c1999("10:40", "other", off(P("cmu_campus"), -40, 80),
            "民眾反映：中國醫大疏散的學生在操場曬太陽快一個小時了，有人不舒服，可以讓他們回去了嗎？", "gas")
    S.c1999("10:50", "gas_odor", off(P("henan+zhongping"), -250, -200),
            "同一民眾再次來電：剛剛說家裡有瓦斯味，後來發現是自己家瓦斯爐的開關沒關緊，已經關了，不好意思。", None,
            alt="gas", follows=own, jitter=30)
    S.c1999("11:30", "環境清潔", off(P("museumbrary"), -30, -400), "民眾反映：中央公園的廁所沒有衛生紙。")
    S.incident("gas", "hazmat", "Medium-pressure gas main struck by the contractor on 中平路 west of "
               "經貿路; smell to the eco blocks, CMU building evacuated, 中平路 closed 09:24-11:35, gas supply "
               "cut to homes north of the works", h1)
    S.incident("grass", "fire", "Dry grass smouldering beside the 河南路 car park, 30 m2, put out", gf1)
    S.alternative(
        "The caller near the reclamation centre smelled 'sewer, worse than usual': that may be the "
        "plant's routine odour rather than the gas (the odorant smells of rotten eggs). The CMU caller "
        "who saw smoke 'where the gas was' may have been filed with the leak (he asked about it) until "
        "the grass fire was known; the loose steel plate at 12:50 is a routine works complaint.",
        [S.same_alt("gas")[0], S.same_alt("grass")[0]])
    S.readme = (
        "Thursday 5 November 2026, 08:20-12:50. The gas company's permit for works on 中平路 arrived four "
        "days before (background). At 09:12 the excavator strikes the main: 1999 callers on 中平路 report "
        "gas and hissing, CMU callers a rotten-egg smell and a dizzy student; 119 sends a hazmat response, "
        "police close 中平路 and evacuate a CMU building (a camera sees the evacuees at 經貿/中平), the "
        "detectors on 中平路 slow; the smell reaches eco blocks A and B on the wind; a parent calls from "
        "南屯 (placed at the campus she names); a driver reports from 河南路 what he smelled on 中平路; a "
        "woman upwind reports gas at home and later finds her own stove open; a 北屯 caller 1.5 km away "
        "smells gas; from 11:00 residents find their gas cut. At 10:18 grass smoulders by the 河南路 car park "
        "(police: unrelated), and a CMU caller links its smoke to the leak. Jobs: gas (hazmat) and "
        "grass (fire). Background: rush hour, a lamp lit by day, double parking at CMU, a river gauge's "
        "maintenance, the reclamation centre's daily smell complaint, an injured pigeon, the permit. "
        "Alternative reading: the 'sewer smell' call as the plant's; the smoke question with the gas job "
        "(a weak reading, kept to show it); the steel-plate complaint as routine; the upwind stove and the "
        "北屯 smell filed with the leak.")
    return S


# =====================================================================================
def build_1438():
    S = Situation(1438, "typhoon_night_trees_and_power", "2026-09-18",
                  "Typhoon night. Between 22:30 and 01:00 trees come down across 中科路 and 凱旋路 and an "
                  "advertising board falls on 經貿路二段 onto a parked scooter; a construction hoarding on "
                  "中清路 bangs in the wind. At 01:05 a feeder trips north of the park: two signals dark, "
                  "cameras and detectors on their cabinets down, panels on battery. Callers call "
                  "repeatedly because nobody comes in the night.")
    S.rollover = 12
    T1 = off(P("SN-VD-ZHONGKE-01"), 15, 60)
    T2 = off(P("kaixuan+liming"), 50, -250)
    SB = off(P("convention_hall_a"), -60, 30)
    HO = (120.6625, 24.1925)
    S.rule("C0F9T0", "20:10", "heavy_rain", "西屯(C0F9T0) 時雨量 43.0 mm，達大雨標準", level="大雨")
    S.rule("SN-RG-001", "21:20", "heavy_rain", "中央公園雨量站 24小時累積雨量 215 mm，達豪雨標準", level="豪雨")
    S.c1999("20:35", "other", off(P("eco_block_a"), 200, 200), "民眾詢問：明天還要上班嗎？有沒有宣布停班？")
    S.rule("SN-FL-002", "21:40", "flood_depth", "中央公園滯洪池2 淹水深度 11 cm", None, level="1-15")
    # tree on 中科路
    t1 = S.c1999("22:38", "fallen_tree", T1,
                  "民眾反映：中科路影音中心附近一棵大樹倒在馬路上，擋住兩個車道，車子只能從旁邊鑽過去。", "tree_ZK")
    S.police("22:46", "fallen_object", "Moderate", T1,
             "第六分局：中科路近影音中心路樹倒塌，佔用南向兩車道，已放置警示並派員管制，通報建設局。", "tree_ZK",
             delay=9)
    S.c1999("22:50", "traffic_accident", off(T1, 5, -40),
            "民眾反映：中科路那邊有一台車撞到倒下來的樹，車頭凹了，人沒事，自己下車了。", "tree_ZK")
    # tree on 凱旋路
    S.cctv("SN-CCTV-007", "23:08", "fallen_object", 0.74, "黎明路三段/凱旋路 路口監視器：南側車道障礙物", "tree_KX",
           skew=-11)
    t2 = S.c1999("23:12", "fallen_tree", T2,
                  "民眾反映：凱旋路黎明路口往南一點，行道樹整棵倒下來，橫在馬路上，整條都過不去。", "tree_KX")
    S.police("23:20", "fallen_object", "Severe", T2,
             "第六分局：凱旋路近黎明路路樹倒塌橫跨全線，雙向封閉，車輛改道中科路。", "tree_KX", delay=11)
    S.c1999("23:25", "公園路樹", off(P("museumbrary"), -30, -400),
            "民眾反映：中央公園裡面好幾棵樹倒了，步道都被擋住。")
    S.c1999("23:40", "other", off(P("kaixuan+liming"), -400, 150),
            "民眾反映：颱風天還有人在路上騎機車，很危險，警察要不要管一下。")
    # hoarding on 中清路
    hd = S.c1999("23:52", "fallen_object", HO,
                 "民眾反映：中清路工地的鐵皮圍籬被風吹得一直砰砰響，有兩片快掉下來了，底下是人行道跟機車道。", "hoarding",
                 alt=None)
    # signboard on 經貿路二段
    sb = S.c1999("00:18", "fallen_object", SB,
                 "民眾反映：會展中心對面的大型廣告看板被風吹下來，砸到路邊停的機車，一半在車道上。", "sign_JM")
    S.police("00:30", "fallen_object", "Moderate", SB,
             "第五分局：經貿路二段近會展中心廣告看板掉落，壓損機車1部，佔用外側車道，已圍警戒線，通知業者處理。",
             "sign_JM", delay=10)
    k1 = S.c1999("00:42", "fallen_tree", T2,
                 "民眾再次來電：剛剛打過了，凱旋路那棵樹到現在還沒有人來，有車子不知道直接開過來差點撞上。", "tree_KX")
    S.c1999("00:48", "fallen_object", HO,
            "同一民眾再次來電：中清路那個工地鐵皮已經掉一片下來了，在人行道上，還有一片在晃。", "hoarding",
            follows=hd)
    S.police("00:58", "fallen_object", "Moderate", HO,
             "第五分局：中清路工地圍籬鐵皮1片掉落人行道，已移除並通知營造廠加固，派員巡查。", "hoarding", delay=12)

    # ---- power cut north of the park
    pw1 = S.panel("SN-FA-004", "01:05:20", "fault", "臺中綠美圖 火警受信總機：主電源斷電，切換預備電源", "power")
    pw2 = S.panel("SN-FA-005", "01:05:25", "fault", "臺灣智慧營運塔 火警受信總機：主電源停電，預備電源供電中", "power")
    dk1 = S.signal("SN-SIG-005", "01:05:30", "fault", "經貿路二段/黎明路三段 號誌 電源中斷", "dark_JM", alt="power")
    S.signal("SN-SIG-006", "01:05:31", "fault", "經貿路二段/經貿七路 號誌 電源中斷", "dark_JM", alt="power")
    S.status("SN-CCTV-005", "01:05:40", "offline", "經貿路二段/黎明路三段 路口監視器 離線（市電中斷）", "power",
             reason="mains_power_lost")
    S.status("SN-CCTV-006", "01:05:42", "offline", "經貿路二段/經貿七路 路口監視器 離線（市電中斷）", "power",
             reason="mains_power_lost")
    S.status("SN-VD-JINGMAO-01", "01:05:44", "offline", "經貿路車輛偵測器1 離線（市電中斷）", "power",
             reason="mains_power_lost")
    S.parking("SN-PK-002", "01:08", "closed", "經貿六停車場 暫停開放（柵欄無電力）", "power", alt=None)
    S.c1999("01:12", "power_outage", off(P("jingmao+liming"), -200, -100),
            "民眾反映：黎明路這一帶突然停電，整條街都暗了，路燈也都沒亮。", "power")
    S.c1999("01:15", "streetlight", off(P("museumbrary"), 0, 150),
            "民眾反映：經貿路綠美圖那一段路燈整排都熄了，一片漆黑。", "power")
    S.c1999("01:20", "traffic_signal", off(P("jingmao+liming"), 20, 20),
            "民眾反映：經貿路黎明路口紅綠燈沒亮，颱風天又黑黑的，很危險。", "dark_JM", alt="power")
    dp = S.police("01:28", "traffic_signal_fault", "Moderate", P("jingmao+liming"),
                  "第五分局：經貿路二段黎明路口及經貿七路口號誌因停電熄滅，已派員巡邏警戒並通報台電。", "dark_JM",
                  alt="power", delay=10)
    S.c1999("01:35", "other", P("operations_tower"),
            "民眾反映：我是營運塔的保全，大樓停電，發電機有啟動，但外面整區都黑的，想確認台電知道了沒有。", "power")
    S.c1999("01:44", "power_outage", off(P("pop_music_centre"), -3000, -1200),
            "民眾詢問：我家在南屯也停電，跟水湳那邊是同一個嗎？", None, jitter=150)
    S.c1999("02:05", "fallen_tree", T2,
            "民眾第三次來電：凱旋路的樹還在，我已經打第三次了，到底有沒有要處理？", "tree_KX", follows=k1)
    S.police("02:20", "fallen_object", "Minor", T1,
             "第六分局：中科路倒樹經建設局搶修隊鋸除，02:15恢復通行。", "tree_ZK", delay=7)
    S.c1999("02:40", "fallen_object", SB,
            "民眾反映：經貿路那個看板還在路上，天亮前有人要處理嗎？", "sign_JM")
    S.rule("SN-FL-004", "02:55", "flood_depth", "中央公園滯洪池4 淹水深度 9 cm", None, level="1-15")
    S.signal("SN-SIG-005", "03:42", "restored", "經貿路二段/黎明路三段 號誌 恢復正常", "dark_JM", alt="power")
    S.signal("SN-SIG-006", "03:42:05", "restored", "經貿路二段/經貿七路 號誌 恢復正常", "dark_JM", alt="power")
    S.status("SN-CCTV-005", "03:42:30", "online", "經貿路二段/黎明路三段 路口監視器 恢復連線", "power")
    S.status("SN-VD-JINGMAO-01", "03:42:40", "online", "經貿路車輛偵測器1 恢復連線", "power")
    S.panel("SN-FA-004", "03:42:10", "normal", "臺中綠美圖 火警受信總機：主電源恢復", "power")
    S.panel("SN-FA-005", "03:42:12", "normal", "臺灣智慧營運塔 火警受信總機：主電源恢復", "power")
    S.rule("SN-CCTV-006", "03:55", "sensor_offline", "經貿路二段/經貿七路 路口監視器 復電後超過10分鐘未回傳",
           "power", alt=None)
    S.police("04:10", "other", "Minor", P("jingmao+liming"),
             "第五分局：經貿路二段號誌03:42復電恢復，巡邏警力撤離。", "dark_JM", alt="power", follows=dp, delay=8)
    S.police("05:30", "road_reopened", "Minor", T2,
             "第六分局：凱旋路倒樹清除完畢，05:25恢復雙向通行。", "tree_KX", delay=9)
    S.police("06:10", "other", "Minor", SB, "第五分局：經貿路二段掉落看板由業者吊離，車道淨空。", "sign_JM",
             delay=11)
    S.dup(pw1, 0.3)
    S.dup(t2, 2.0)
    # ---- more callers
    S.c1999("21:50", "other", off(P("eco_block_a"), 40, 40),
            "民眾反映：我家陽台的花盆被風吹掉下去了，樓下是人行道，不知道有沒有砸到人，現在看不到。")
    S.c1999("22:42", "fallen_tree", off(T1, 20, 50),
            "民眾反映：中科路有樹倒下來，在流行影音中心前面，晚上看不清楚很危險。", "tree_ZK")
    S.c1999("22:56", "fallen_tree", off(P("zhongke+huanzhong"), 40, 20),
            "民眾反映：中科路影音中心那邊有大樹倒在路中間，我迴轉出來了，現在在環中路，後面的車還一直開進去。",
            "tree_ZK", jitter=40)
    S.c1999("23:18", "other", off(P("kaixuan+huanzhong"), 20, -30),
            "民眾反映：凱旋路整條不能走了，導航還一直叫我走凱旋路，到底哪裡可以過？", "tree_KX")
    S.c1999("23:35", "fallen_tree", off(P("kaixuan+liming"), 10, 10),
            "民眾反映：黎明路凱旋路口有一棵樹倒了，枝葉到路口中間。", "tree_KX", jitter=20)
    S.c1999("00:25", "fallen_object", SB,
            "民眾來電：我的機車停在經貿路會展中心對面，朋友說被招牌壓到了，我要怎麼辦？誰要賠？", "sign_JM")
    S.c1999("01:25", "power_outage", off(P("SN-CCTV-006"), 80, 40),
            "民眾反映：經貿七路這一區整個停電了，電梯也停了，還好沒有人在裡面。", "power")
    S.c1999("02:30", "traffic_signal", off(P("SN-SIG-006"), 20, 20),
            "民眾反映：經貿路經貿七路口紅綠燈都沒亮，風雨很大，很危險。", "dark_JM", alt="power")
    S.c1999("03:05", "power_outage", off(P("jingmao+liming"), -200, -100),
            "民眾再次反映：黎明路這邊停電兩個小時了，還沒來電，家裡有嬰兒很熱。", "power")
    S.c1999("04:40", "公園路樹", off(P("museumbrary"), -30, -700),
            "民眾反映：中央公園南邊步道也有樹倒，早上運動的人要注意。")
    S.incident("tree_ZK", "traffic", "Tree across two lanes of 中科路 by the pop music centre, a car hits "
               "it (no injury), sawn and cleared 02:15", t1)
    S.incident("tree_KX", "traffic", "Tree across the whole of 凱旋路 south of 黎明路, closed both ways "
               "until 05:25; a caller rings three times", t2)
    S.incident("sign_JM", "traffic", "Advertising board down on 經貿路二段 opposite the convention centre "
               "onto a parked scooter, outer lane taken until 06:10", sb)
    S.incident("hoarding", "traffic", "Site hoarding on 中清路 banging, one sheet falls onto the pavement; "
               "removed, contractor told to secure it", hd)
    S.incident("power", "infrastructure", "Feeder trip north of the park 01:05-03:42: panels on battery, "
               "cameras and detector down, streets dark, 經貿六 car park barriers dead", pw2)
    S.incident("dark_JM", "traffic", "Signals at 經貿/黎明 and 經貿/經貿七路 dark during the outage, police "
               "patrol", dk1)
    S.alternative(
        "The dark signals are the outage's: a coordinator may run them in the one power job with Taipower "
        "rather than as a police job of their own; the hoarding only threatened to fall when first "
        "reported (a routine case for the building office until a sheet came down, so its first call is "
        "noise); the car park barrier and a camera that did not come back are maintenance of their own.",
        [S.same_alt("tree_ZK")[0], S.same_alt("tree_KX")[0], S.same_alt("sign_JM")[0],
         ("hoarding", "traffic", "Site hoarding sheet down on 中清路 pavement",
          [i for i in S.items if i.get("follows") == hd][0]["key"]),
         ("power", "infrastructure", "Feeder trip with its dark signals", pw2)])
    S.readme = (
        "Friday 18 to Saturday 19 September 2026, typhoon night, 20:10-06:10. Rain alerts and the ponds "
        "filling are context. Trees fall across 中科路 (22:38; a car drives into it; a driver reports it "
        "after turning back to 環中路) and 凱旋路 (23:08, camera first, its clock eleven minutes slow; closed both ways; the same caller rings at 00:42 and 02:05 because nobody has come). "
        "A construction hoarding on 中清路 bangs from 23:52 and drops a sheet by 00:48. An advertising board "
        "falls on 經貿路二段 onto a parked scooter (00:18). At 01:05 a feeder trips north of the park: "
        "綠美圖's and the tower's panels go to battery, two signals on 經貿路 go dark, the cameras and a "
        "detector on their cabinets report mains lost, the 經貿六 car park barrier dies, a guard and "
        "residents call; power is back at 03:42, one camera does not come back. Jobs: tree_ZK, tree_KX, "
        "sign_JM, hoarding, power, dark_JM. Background: rain alerts, a question about work tomorrow, a "
        "complaint about scooters out in the storm, trees down inside the park (nothing on a road), ponds "
        "at 9-11 cm, a 南屯 outage question. Alternative reading: dark_JM inside power; the hoarding's "
        "first call as noise; the barrier and the dead camera left to maintenance.")
    return S


# =====================================================================================
def build_1439():
    S = Situation(1439, "morning_rush_crashes", "2026-10-06",
                  "Tuesday morning rush. A three-car chain collision on 環中路二段 near 中科路 (07:35, "
                  "one hurt); twenty minutes later a rear-end at the tail of its queue near 凱旋路; a "
                  "scooter rider down on 河南路; a lorry broken down on the 台74 ramp; a ladder off a "
                  "pickup on 經貿路二段. Callers report them from behind, from far ahead, and late.")
    C1 = off(P("zhongke+huanzhong"), 90, 30)
    C5 = off(P("kaixuan+huanzhong"), 60, 20)
    HN = off(P("henan_car_park"), -80, -60)
    RP = off(P("SN-SIG-001"), -40, -30)
    LD = off(P("SN-CCTV-006"), -20, 60)
    S.rule("SN-VD-HENAN-01", "07:05", "congestion", "河南路車輛偵測器1 平均車速 18 km/h，佔有率 36%")
    S.rule("SN-VD-ZHONGQING-02", "07:15", "congestion", "中清路車輛偵測器2 平均車速 16 km/h，佔有率 39%")
    S.c1999("07:20", "illegal_parking", off(P("fcu_campus"), -40, 30),
            "民眾反映：逢甲水湳校區門口早上一直有家長臨停，後面車子都要跨雙黃線。")
    # chain collision
    S.cctv("SN-CCTV-003", "07:35:30", "accident", 0.83, "中科路/環中路二段 路口監視器：東向車道疑似事故，車輛停滯",
           "crash_HZ")
    a1 = S.f119("07:37", "ambulance", C1,
                "受理報案：西屯區環中路二段近中科路，三車追撞，1人頸部疼痛。派遣西屯分隊救護車。", "crash_HZ")
    S.c1999("07:39", "traffic_accident", off(C1, -300, -120),
            "民眾反映：環中路怎麼塞成這樣，前面好像有車禍，我卡在這邊十分鐘了。", "crash_HZ", jitter=60)
    S.rule("SN-VD-HUANZHONG-02", "07:41", "congestion", "環中路車輛偵測器2 平均車速 7 km/h，佔有率 62%",
           "crash_HZ")
    pc = S.police("07:44", "injury_accident", "Moderate", C1,
                  "第六分局：環中路二段東向近中科路口三部自小客車追撞，1人輕傷送醫，佔用內側兩車道，處理中。", "crash_HZ",
                  delay=9)
    far = S.c1999("07:46", "traffic_accident", (120.6460, 24.1950),
            "民眾反映：剛剛開過環中路經貿路口那邊，有三台車撞在一起，我已經開到台74了，不知道有沒有人報案。",
            "crash_HZ", jitter=50)
    S.rule("SN-VD-HUANZHONG-03", "07:48", "congestion", "環中路車輛偵測器3 平均車速 12 km/h，佔有率 47%",
           "crash_HZ")
    # rear-end at the tail of the queue
    c5 = S.police("07:58", "accident", "Minor", C5,
                  "第六分局：環中路二段東向凱旋路口前（車禍回堵車陣）兩車追撞，無人受傷，已移置路肩。", "crash_Q",
                  alt="crash_HZ", delay=12)
    q1 = S.c1999("08:00", "traffic_accident", off(C5, 30, 10),
            "民眾反映：環中路凱旋路這邊又有車撞了，前面在塞，後面一台直接撞上來。", "crash_Q", alt="crash_HZ")
    S.cctv("SN-CCTV-002", "07:57", "stalled_vehicle", 0.68, "凱旋路/環中路二段 路口監視器：東向車道車輛停滯",
           "crash_Q", alt="crash_HZ")
    # scooter on 河南路
    sc = S.c1999("08:05", "traffic_accident", HN,
                 "民眾反映：河南路停車場前面有一個騎機車的跌倒躺在地上，機車滑到對面，他還在動。", "scooter_HN")
    sca = S.f119("08:06", "ambulance", HN,
           "受理報案：西屯區河南路近停車場，機車騎士自摔，右手骨折疑慮，意識清楚。派遣西屯分隊救護車。", "scooter_HN")
    S.police("08:15", "injury_accident", "Moderate", HN,
             "第六分局：河南路近河南路停車場機車自摔，騎士1人受傷送醫，路面有油漬，已通報清理。", "scooter_HN", delay=10)
    S.c1999("08:18", "road_damage", off(HN, 10, 5),
            "民眾反映：河南路停車場前面地上有一大片油，剛剛有人摔車，還沒人清，很滑。", "scooter_HN")
    # lorry on the 台74 ramp
    S.cctv("SN-CCTV-001", "08:20", "stalled_vehicle", 0.79, "台74線/環中路二段 路口監視器：匝道出口車輛停滯",
           "lorry")
    lo = S.c1999("08:23", "other", RP,
                 "民眾反映：台74下來環中路的匝道有一台大貨車停在那裡不動，閃警示燈，後面都要切出去。", "lorry")
    S.police("08:31", "stalled_vehicle", "Moderate", RP,
             "第六分局：台74線下環中路匝道出口大貨車故障拋錨，佔用匝道，已擺放警示，通知拖吊。", "lorry", delay=9)
    S.rule("SN-VD-HUANZHONG-01", "08:33", "congestion", "環中路車輛偵測器1 平均車速 14 km/h，佔有率 41%",
           None, alt="lorry")
    # ladder on 經貿路二段
    S.cctv("SN-CCTV-006", "08:40", "fallen_object", 0.77, "經貿路二段/經貿七路 路口監視器：北向車道掉落物", "ladder")
    ld = S.c1999("08:42", "fallen_object", LD,
                 "民眾反映：經貿路有一個鋁梯掉在車道中間，應該是前面貨車掉的，車子都在閃。", "ladder")
    S.c1999("08:45", "traffic_accident", off(LD, 20, -40),
            "民眾反映：經貿路那邊好像有車禍，車子閃來閃去的。", "ladder")
    S.police("08:49", "fallen_object", "Minor", LD,
             "第五分局：經貿路二段近經貿七路北向車道鋁梯掉落，員警已移除，車道淨空。", "ladder", delay=7)
    S.c1999("08:55", "streetlight", off(P("zhongke+liming"), 10, -250),
            "民眾反映：中科路路燈白天還亮著。")
    S.f119("08:02", None, None, "送醫：1名（頸部扭傷）送中國醫藥大學附設醫院。", "crash_HZ", status="returning",
           case=a1)
    S.police("08:52", "other", "Minor", C1,
             "第六分局：環中路二段三車追撞事故車輛拖離，08:50車道全部恢復通行。", "crash_HZ", follows=pc, delay=6)
    S.rule("SN-VD-HUANZHONG-02", "09:05", "cleared", "環中路車輛偵測器2 車速回升至 38 km/h，壅塞解除", "crash_HZ")
    S.c1999("09:10", "other", off(P("transit_hub"), 20, 20),
            "民眾反映：公車都沒來，轉運站等了二十分鐘，是不是環中路塞車？")
    S.police("09:12", "other", "Minor", RP, "第六分局：台74匝道拋錨大貨車已拖離，09:10恢復通行。", "lorry", delay=5)
    S.c1999("09:40", "traffic_accident", off(C1, -100, 0),
            "民眾詢問：早上環中路的車禍處理好了嗎？我等一下要開那邊。", "crash_HZ", alt=None)
    S.c1999("09:55", "road_damage", off(P("jingmao+zhongping"), 0, 250),
            "民眾反映：經貿路靠中平路這邊有一個人孔蓋比路面低，車子經過會咚一聲。")
    S.rule("SN-VD-ZHONGKE-01", "10:05", "congestion", "中科路車輛偵測器1 平均車速 19 km/h，佔有率 34%")
    S.status("SN-CCTV-009", "10:12", "offline", "臺灣大道/環中路 路口監視器 離線（通訊中斷）", reason="comms_lost")
    S.status("SN-CCTV-009", "10:15", "online", "臺灣大道/環中路 路口監視器 恢復連線")
    S.dup(pc, 1.0)
    S.dup(sc, 0.5)
    # ---- more callers
    S.c1999("07:36", "traffic_accident", off(C1, 20, -10),
            "民眾反映：環中路中科路口三台車撞在一起，有一個人下車說脖子很痛，坐在路邊。", "crash_HZ")
    S.c1999("07:50", "other", off(C5, -150, -120),
            "民眾反映：環中路塞到凱旋路了，小孩上學要遲到，可不可以派人指揮？", "crash_HZ", alt=None)
    S.c1999("07:53", "traffic_accident", off(C1, -60, -20),
            "民眾反映：環中路有車禍，佔兩個車道，要從最外側過。", "crash_HZ")
    S.c1999("08:09", "rescue", HN,
            "民眾來電（人在南屯家中）：兒子騎車在河南路摔車，打電話說手很痛不能動，在停車場那邊，救護車有去嗎？",
            "scooter_HN", jitter=30)
    S.c1999("08:12", "illegal_parking", off(P("cmu_campus"), -60, -40),
            "民眾反映：中國醫大門口接送的車並排兩排，公車進不了站。")
    S.c1999("08:28", "other", off(RP, 40, 30),
            "民眾反映：台74匝道那台大貨車還在，後面有車差點追撞，有人要去處理嗎？", "lorry")
    S.c1999("08:52", "fallen_object", LD,
            "民眾詢問：經貿路車道上那個梯子有人撿走了嗎？剛剛打過。", "ladder")
    S.c1999("09:20", "traffic_accident", (120.6460, 24.1950),
            "同一民眾再次來電：剛剛說環中路經貿路口的車禍，其實是在中科路口，我記錯了，更正一下。", "crash_HZ",
            follows=far, jitter=50)
    S.c1999("09:30", "other", off(P("kaixuan+liming"), 10, 40), "民眾反映：凱旋路黎明路口公車站的椅子壞了。")
    S.incident("crash_HZ", "traffic", "Three-car chain collision, 環中路二段 eastbound near 中科路, one "
               "neck injury to hospital, two lanes blocked until 08:50", a1)
    S.incident("crash_Q", "traffic", "Rear-end at the tail of the queue near 凱旋路, no injuries", q1)
    S.incident("scooter_HN", "rescue", "Scooter rider down on 河南路 by the car park, arm injury, oil on "
               "the road", sca)
    S.incident("lorry", "traffic", "Lorry broken down on the 台74 exit ramp to 環中路, towed 09:10", lo)
    S.incident("ladder", "traffic", "Aluminium ladder in the northbound lane of 經貿路二段, removed", ld)
    S.alternative(
        "The rear-end at the tail of the queue is a secondary crash of the chain collision: the officers "
        "working the first can take it, one job for 環中路. The 環中路 slow-down at detector 1 may be the "
        "lorry's queue on the ramp; the 09:40 question about a crash already cleared is no report.",
        [("crash_HZ", "traffic", "Chain collision and its secondary rear-end on 環中路", a1),
         S.same_alt("scooter_HN")[0], S.same_alt("lorry")[0], S.same_alt("ladder")[0]])
    S.readme = (
        "Tuesday 6 October 2026, 07:05-10:15. The morning rush slows 河南路, 中清路 and later 中科路 "
        "(background). At 07:35 the 中科/環中 camera flags a crash: three cars, one neck injury (119, "
        "police), the detectors on 環中路 fall to walking pace; a driver stuck in the queue calls, another "
        "who has driven on to 台74 places it at 經貿路 and corrects himself at 09:20. At 07:57 a rear-end at the queue's tail by 凱旋路 "
        "(crash_Q). At 08:05 a scooter rider is down on 河南路 with oil on the road (scooter_HN). At 08:20 a "
        "lorry breaks down on the 台74 ramp (lorry). At 08:40 a ladder falls on 經貿路二段; a caller calls "
        "it a crash (ladder). Jobs: crash_HZ, crash_Q, scooter_HN, lorry, ladder. Background: rush-hour "
        "slow-downs, parents stopping at FCU, lamps lit by day, a low manhole, buses late, a camera's "
        "three-minute link loss. Alternative reading: crash_Q inside crash_HZ; the 環中路 detector 1 "
        "slow-down as the lorry's; the 09:40 question as noise.")
    return S


# =====================================================================================
def build_1440():
    S = Situation(1440, "exhibition_saturday", "2026-12-12",
                  "A Saturday of a big exhibition at the convention centre and a Christmas market on "
                  "the 綠美圖 plaza. One crowd job for the north hub; inside it a fire alarm in hall B "
                  "from a food stall's frying (checked by the fire brigade, a false alarm), a boy of "
                  "five lost in hall A and found at the market, and a visitor with chest pain.")
    CC = P("convention_centre")
    HA, HB, MB = P("convention_hall_a"), P("convention_hall_b"), P("museumbrary")
    ex = S.permit("-3 11:00", "exhibition", "09:00", "18:00", CC,
                  "臺中國際會展中心 2026台中國際動漫電玩展，A、B館，12/12-12/13 09:00-18:00，預估每日入場2.5萬人次",
                  "crowd", radius=600, arrival_delay=0)
    mk = S.permit("-5 15:30", "market", "11:00", "21:00", MB,
                  "臺中綠美圖前廣場 耶誕市集，攤位80攤，12/12-12/13 11:00-21:00，預估人潮5,000人", "crowd",
                  alt="market", radius=200, arrival_delay=0)
    S.parking("SN-PK-006", "09:25", "full", "臺中國際會展中心停車場 汽車格位已滿（剩餘0/800）", "crowd")
    S.rule("SN-VD-JINGMAO-01", "09:32", "congestion", "經貿路車輛偵測器1 平均車速 11 km/h，佔有率 49%", "crowd")
    S.parking("SN-PK-002", "09:40", "full", "經貿六停車場 汽車格位已滿（剩餘0/220）", "crowd")
    S.cctv("SN-CCTV-005", "09:45", "crowding", 0.81, "經貿路二段/黎明路三段 路口監視器：人行道人群聚集（往東移動）",
           "crowd")
    S.c1999("09:50", "other", off(P("jingmao6_car_park"), 30, -20),
            "民眾反映：停車場都滿了還讓車子進來排隊，排到經貿路上，外側車道都不能走。", "crowd")
    S.c1999("10:05", "illegal_parking", off(P("jingmao+liming"), -150, 20),
            "民眾反映：黎明路兩邊都停滿去看展覽的車，還有停在公車站。", "crowd", alt=None)
    S.police("10:10", "crowd_control", "Moderate", CC,
             "第五分局：會展中心動漫展入場排隊人潮延伸至經貿路人行道，派員疏導並管制經貿路外側車道。", "crowd", delay=9)
    S.c1999("10:30", "streetlight", off(P("kaixuan+liming"), -40, -200),
            "民眾反映：凱旋路有一盞路燈的燈罩裂開掉下來一半，怕會掉到人。")
    S.rule("SN-VD-LIMING-01", "10:35", "congestion", "黎明路車輛偵測器1 平均車速 13 km/h，佔有率 44%", "crowd")
    # fire alarm in hall B
    fa = S.panel("SN-FA-003", "11:18:30", "alarm",
                 "臺中國際會展中心 B棟 火警受信總機：2F 第12迴路 偵煙式探測器動作（餐飲區）", "alarm_B")
    f1 = S.f119("11:19:30", "fire", HB,
                "受理報案：北屯區臺中國際會展中心B棟2樓火警受信總機動作，現場人員稱有煙。派遣四平分隊水箱車、雲梯車。",
                "alarm_B")
    S.c1999("11:22", "evacuation", off(HB, 40, -30),
            "民眾反映：會展中心B館警報一直響，廣播叫大家出去，外面擠滿人，是失火嗎？", "alarm_B")
    S.cctv("SN-CCTV-006", "11:24", "crowding", 0.88, "經貿路二段/經貿七路 路口監視器：人群聚集（停留）", "alarm_B",
           alt="crowd")
    smk = S.c1999("11:25", "fire_smoke", off(HB, 60, 20),
            "民眾反映：B館裡面有燒焦的味道跟煙，大家都在往外跑，有小孩在哭。", "alarm_B")
    S.f119("11:28", None, None, "四平分隊到達，經查為2樓餐飲攤位油炸油煙觸發偵煙器，無火災，協助排煙。", "alarm_B",
           status="on_scene", case=f1)
    S.panel("SN-FA-003", "11:36", "normal", "臺中國際會展中心 B棟 火警受信總機：復歸", "alarm_B")
    S.f119("11:45", None, None, "結案：誤報（油煙），無人受傷，B館11:40恢復入場。", "alarm_B", status="closed",
           case=f1)
    S.c1999("11:50", "other", off(HB, 40, -30),
            "民眾反映：B館剛剛疏散，票要重新排隊入場嗎？工作人員說不清楚。", "crowd", alt="alarm_B")
    S.cctv("SN-CCTV-004", "12:10", "crowding", 0.72, "經貿路二段/環中路二段 路口監視器：人行道人群聚集（移動中）",
           "crowd")
    S.c1999("12:30", "other", HA, "民眾反映：錢包在會展中心A館掉了，有沒有人撿到？")
    S.c1999("12:50", "noise", off(MB, 100, 60),
            "民眾反映：綠美圖前面市集的音響太大聲，從中午就一直放。", "crowd", alt="market")
    # lost boy
    lb = S.c1999("13:40", "missing_person", HA,
                 "民眾來電：兒子5歲在會展中心A館走失，藍色外套、灰色褲子，剛剛在看模型，一轉頭就不見了，"
                 "已經找服務台廣播。", "lost_boy", jitter=10)
    lbp = S.police("13:48", "missing_person", "Moderate", HA,
                   "第五分局：會展中心A館男童走失協尋，5歲，藍色外套灰色褲子，已通知館方及周邊員警。", "lost_boy", delay=7)
    S.c1999("14:05", "other", off(MB, -20, 50),
            "民眾反映：綠美圖前面市集有一個小男生一個人在哭，穿藍色外套，問他都不講話。", "lost_boy", jitter=20)
    S.police("14:22", "missing_person", "Minor", off(MB, -20, 50),
             "第五分局：於綠美圖前廣場市集尋獲走失男童，已交由父親，協尋解除。", "lost_boy", follows=lbp, delay=8)
    S.c1999("14:30", "crowding", off(MB, 0, 80),
            "民眾反映：綠美圖市集人太多，走道都卡住，嬰兒車完全推不動，會不會很危險？", "crowd", alt="market")
    S.cctv("SN-CCTV-006", "14:35", "crowding", 0.79, "經貿路二段/經貿七路 路口監視器：人群聚集（停留）", "crowd",
           alt="market")
    # chest pain in hall A
    cp = S.c1999("15:08", "rescue", HA,
                 "民眾來電：先生在會展中心A館說胸口很痛，冒冷汗，坐在地上，工作人員去拿AED了。", "chest", jitter=10)
    cpa = S.f119("15:09", "ambulance", HA,
           "受理報案：北屯區臺中國際會展中心A棟1樓，男性58歲胸痛冒冷汗，疑心肌梗塞。派遣四平分隊救護車（高級救護）。",
           "chest")
    S.c1999("15:40", "other", P("transit_hub"), "民眾詢問：轉運站到會展中心有接駁車嗎？")
    S.rule("SN-VD-JINGMAO-01", "16:50", "congestion", "經貿路車輛偵測器1 平均車速 9 km/h，佔有率 55%", "crowd")
    S.police("17:05", "crowd_control", "Moderate", CC,
             "第五分局：會展中心散場，經貿路、黎明路路口派員指揮，行人往轉運中心方向疏導。", "crowd", delay=8)
    S.cctv("SN-CCTV-005", "17:55", "crowding", 0.84, "經貿路二段/黎明路三段 路口監視器：人群聚集（往北移動）",
           "crowd")
    S.c1999("18:20", "環境清潔", off(CC, 60, -60), "民眾反映：會展中心外面人行道垃圾桶都滿出來了。", "crowd",
            alt=None)
    S.c1999("18:45", "illegal_parking", off(P("eco_block_a"), 40, 0),
            "民眾反映：經貿路三段住家門口被機車擋住。")
    S.status("SN-PK-002", "19:05", "offline", "經貿六停車場 車位偵測 離線（通訊中斷）", reason="comms_lost")
    S.status("SN-PK-002", "19:11", "online", "經貿六停車場 車位偵測 恢復連線")
    S.dup(fa, 0.3)
    S.dup(lb, 1.5)
    # ---- more callers
    S.c1999("09:55", "other", off(CC, -100, 120),
            "民眾詢問：會展中心停車場滿了，附近哪裡還有停車位？", "crowd", alt=None)
    S.c1999("10:20", "crowding", off(CC, 80, -60),
            "民眾反映：經貿路人行道排隊排到馬路上，車子從旁邊擦過去，很危險。", "crowd")
    S.c1999("11:20", "fire_smoke", off(HB, 150, 80),
            "民眾反映：會展中心B館那邊好像有煙從門口飄出來，很多人跑出來。", "alarm_B", jitter=30)
    S.c1999("11:30", "other", CC,
            "民眾來電（人在南屯）：女兒在會展中心打電話說失火了大家在跑，她不知道在哪一館，電話就斷了，拜託幫我看看。",
            "alarm_B", jitter=30)
    S.c1999("11:55", "fire_smoke", off(HB, 60, 20),
            "同一民眾再次來電：剛剛說B館有煙，工作人員說是攤位炸東西的油煙，沒有失火，不好意思。", "alarm_B",
            follows=smk)
    S.c1999("12:05", "動物救援", off(MB, 60, -150), "民眾反映：綠美圖旁邊草地有一隻貓卡在排水溝裡面。")
    S.c1999("13:55", "missing_person", HA,
            "同一家長再次來電：兒子還沒找到，廣播了也沒有，他會不會跑到外面馬路上？", "lost_boy", follows=lb,
            jitter=10)
    S.c1999("14:10", "other", off(MB, -40, 20),
            "民眾反映：我是市集的攤商，服務台這邊有一個小朋友在等爸媽，穿藍色外套，要交給誰？", "lost_boy")
    S.c1999("15:12", "rescue", off(HA, 20, -10),
            "民眾反映：A館有人倒在地上，工作人員在做CPR，救護車來了沒有？", "chest")
    S.c1999("16:00", "other", off(P("transit_hub"), 40, -20),
            "民眾反映：會展中心散場怎麼沒有接駁車，走路到轉運站都是人，很危險。", "crowd", alt=None)
    S.c1999("16:30", "noise", off(MB, 150, 80),
            "民眾再次反映：綠美圖市集的音樂還是很大聲，下午都沒停。", "crowd", alt="market")
    S.c1999("17:30", "streetlight", off(P("zhongke+liming"), 10, -200), "民眾反映：中科路有一盞路燈不亮。")
    S.incident("crowd", "crowd", "Exhibition of 25,000 a day at the convention centre and the market on "
               "the 綠美圖 plaza: car parks full, queues onto 經貿路, crowd control, the egress", mk)
    S.incident("alarm_B", "fire", "Smoke detector in hall B's food court, hall evacuated, fire brigade "
               "finds frying fumes: false alarm, hall reopened 11:40", f1)
    S.incident("lost_boy", "rescue", "Boy of five lost in hall A 13:30, found crying at the market on the "
               "綠美圖 plaza", lb)
    S.incident("chest", "rescue", "Visitor (58) with chest pain in hall A, advanced ambulance", cpa)
    S.alternative(
        "The Christmas market is a permit of its own, 300 m from the halls, with its own organiser: a "
        "coordinator may run it as a second crowd job (with its noise and its packed aisles), and the "
        "parking along 黎明路 and the litter are routine 1999 cases. The crowd standing at 經貿七路 during "
        "the evacuation is the exhibition crowd as much as the alarm's, and the visitor asking whether "
        "to queue again is the alarm's consequence.",
        [("crowd", "crowd", "Exhibition at the convention centre: car parks, queues, crowd control, egress", ex),
         ("market", "crowd", "Christmas market on the 綠美圖 plaza", mk),
         ("alarm_B", "fire", "Hall B false alarm with its evacuation and re-entry", f1),
         S.same_alt("lost_boy")[0], S.same_alt("chest")[0]])
    S.readme = (
        "Saturday 12 December 2026, 09:25-19:11. Both permits arrived days before. From 09:25 car parks "
        "fill, queues reach 經貿路, police control the crowd; callers complain of queues, parking along "
        "黎明路, the market's loudspeakers, packed aisles. At 11:18 hall B's panel alarms in the food "
        "court; 119 sends engines, a mother in 南屯 loses her daughter's call, the hall is evacuated (a caller files it as an evacuation, another smells "
        "burning, then calls back to say it was frying), the crew finds frying fumes and the hall reopens at "
        "11:40. At 13:40 a father reports his "
        "boy of five lost in hall A; at 14:05 a caller finds him crying at the market; police close the "
        "search. At 15:08 a visitor has chest pain in hall A. Jobs: crowd (both permits), alarm_B, "
        "lost_boy, chest. Background: a lost wallet, a cracked lamp cover, a shuttle question, a scooter at "
        "a door, a car park counter's link. Alternative reading: the market a crowd job of its own; the "
        "parking and litter routine; the standing crowd at 經貿七路 with the crowd job and the re-entry "
        "question with the alarm.")
    return S


# =====================================================================================
def build_1441():
    S = Situation(1441, "heatwave_power_cut", "2026-07-21",
                  "A heat-wave evening. At 19:08 a pad-mounted transformer on 經貿路二段 smokes and "
                  "trips; the north of the zone loses power until 21:05. Two signals go dark, cameras "
                  "and a detector drop, 綠美圖 and the tower run on battery, three people are stuck in a "
                  "lift in the tower, and a man on home oxygen on 黎明路 gets breathless.")
    X = off(P("SN-CCTV-006"), -40, 120)           # the transformer box on 經貿路二段
    OX = off(P("jingmao+liming"), -260, -40)       # the oxygen patient's flat on 黎明路三段
    S.rule("SN-VD-HUANZHONG-02", "18:30", "congestion", "環中路車輛偵測器2 平均車速 17 km/h，佔有率 40%")
    S.parking("SN-PK-001", "18:40", "full", "水湳轉運中心停車場 汽車格位已滿（剩餘0/614）")
    S.c1999("18:48", "streetlight", off(P("kaixuan+zhongke"), -20, 350), "民眾反映：凱旋路有一盞路燈一直閃。")
    x1 = S.c1999("19:09", "fire_smoke", X,
                 "民眾反映：經貿路旁邊那個綠色的電箱在冒煙，還有啪啪的聲音，味道很臭。", "xfmr", alt="power")
    S.panel("SN-FA-004", "19:08:40", "fault", "臺中綠美圖 火警受信總機：主電源停電，切換預備電源", "power")
    pf2 = S.panel("SN-FA-005", "19:08:41", "fault", "臺灣智慧營運塔 火警受信總機：市電中斷，預備電源供電中", "power")
    dk1 = S.signal("SN-SIG-005", "19:08:45", "fault", "經貿路二段/黎明路三段 號誌 電源中斷", "dark", alt="power")
    S.signal("SN-SIG-006", "19:08:46", "fault", "經貿路二段/經貿七路 號誌 電源中斷", "dark", alt="power")
    S.status("SN-CCTV-005", "19:08:50", "offline", "經貿路二段/黎明路三段 路口監視器 離線（市電中斷）", "power",
             reason="mains_power_lost")
    S.status("SN-CCTV-006", "19:08:52", "offline", "經貿路二段/經貿七路 路口監視器 離線（市電中斷）", "power",
             reason="mains_power_lost")
    S.status("SN-VD-JINGMAO-01", "19:08:55", "offline", "經貿路車輛偵測器1 離線", "power")
    xf = S.f119("19:11", "fire", X,
                "受理報案：北屯區經貿路二段路旁台電變電箱冒煙，有異音。派遣四平分隊水箱車。", "xfmr", alt="power")
    p1 = S.c1999("19:12", "power_outage", off(P("jingmao+liming"), -150, -60),
                 "民眾反映：黎明路這邊突然停電，冷氣都停了，好熱。", "power")
    lift = S.f119("19:14", "rescue", P("operations_tower"),
                  "受理報案：北屯區臺灣智慧營運塔，停電電梯受困3人，無不適。派遣四平分隊救助器材車。", "lift")
    lc1 = S.c1999("19:15", "rescue", off(P("operations_tower"), 40, -30),
            "民眾來電：同事被關在營運塔的電梯裡面，停電電梯卡在8樓跟9樓中間，他們用手機打給我。", "lift", jitter=10)
    S.c1999("19:17", "traffic_signal", off(P("jingmao+liming"), 20, 20),
            "民眾反映：經貿路黎明路口紅綠燈沒亮，下班車很多，大家都在搶。", "dark", alt="power")
    S.parking("SN-PK-002", "19:18", "closed", "經貿六停車場 暫停開放（停電，柵欄無法開啟）", "power")
    S.c1999("19:20", "streetlight", off(P("museumbrary"), 30, 120),
            "民眾反映：經貿路綠美圖那邊整排路燈都沒亮，天快黑了。", "power")
    S.f119("19:22", None, None, "四平分隊到達，台電變電箱內部絕緣劣化冒煙，無明火，已斷電並警戒，待台電搶修。",
           "xfmr", alt="power", status="on_scene", case=xf)
    dk = S.police("19:24", "traffic_signal_fault", "Moderate", P("jingmao+liming"),
                  "第五分局：經貿路二段黎明路口、經貿七路口號誌停電熄滅，已派員2組指揮交通。", "dark", alt="power",
                  delay=9)
    S.f119("19:26", None, None, "到達，電梯以手動方式降至8樓，救出3人，均無不適。", "lift", status="on_scene",
           case=lift)
    S.rule("SN-VD-LIMING-01", "19:27", "congestion", "黎明路車輛偵測器1 平均車速 10 km/h，佔有率 50%", "dark",
           alt="power")
    ox = S.c1999("19:38", "rescue", OX,
                 "民眾來電：爸爸在家用製氧機，停電了機器停了，他現在喘得很厲害，住黎明路三段，家裡沒有備用氧氣瓶。",
                 "oxygen", jitter=5)
    oxa = S.f119("19:40", "ambulance", OX,
           "受理報案：西屯區黎明路三段住宅，男性80歲居家氧氣使用者，停電後呼吸喘，血氧偏低。派遣西屯分隊救護車。",
           "oxygen")
    S.c1999("19:45", "power_outage", off(P("pop_music_centre"), -2500, -1500),
            "民眾詢問：我在南屯家裡也停電了，是不是跟水湳那邊一起的？什麼時候會來電？", None, jitter=100)
    S.c1999("19:50", "power_outage", off(P("jingmao+liming"), -150, -60),
            "民眾再次來電：已經四十分鐘了還沒來電，台電電話打不進去，家裡有老人很熱。", "power")
    S.c1999("19:58", "other", P("museumbrary"),
            "民眾反映：綠美圖裡面停電，只有緊急照明，館方叫大家出去，門口很多人。", "power")
    S.c1999("20:05", "traffic_accident", off(P("jingmao+liming"), 30, -10),
            "民眾反映：經貿路黎明路口有警察在指揮，可是有人不看指揮，剛剛差點撞到，很危險。", "dark", alt="power")
    S.c1999("20:20", "noise", off(P("operations_tower"), 60, 40),
            "民眾反映：營運塔旁邊發電機聲音很大，一直轟轟響。", "power", alt=None)
    S.c1999("20:35", "other", off(P("jingmao+zhongping"), 50, 100), "民眾反映：家裡冷氣不冷，要怎麼申請檢修？")
    S.f119("20:10", None, None, "結案：送醫1名（居家氧氣使用者），送中國醫藥大學附設醫院。", "oxygen",
           status="closed", case=oxa)
    S.f119("20:40", None, None, "台電到場接手，消防警戒解除，返隊。", "xfmr", alt="power", status="returning",
           case=xf)
    # power back
    S.signal("SN-SIG-005", "21:05", "restored", "經貿路二段/黎明路三段 號誌 恢復正常", "dark", alt="power")
    S.signal("SN-SIG-006", "21:05:03", "restored", "經貿路二段/經貿七路 號誌 恢復正常", "dark", alt="power")
    S.panel("SN-FA-004", "21:05:10", "normal", "臺中綠美圖 火警受信總機：主電源恢復", "power")
    S.panel("SN-FA-005", "21:05:12", "normal", "臺灣智慧營運塔 火警受信總機：主電源恢復", "power")
    S.status("SN-CCTV-005", "21:05:30", "online", "經貿路二段/黎明路三段 路口監視器 恢復連線", "power")
    S.status("SN-VD-JINGMAO-01", "21:05:40", "online", "經貿路車輛偵測器1 恢復連線", "power")
    S.rule("SN-CCTV-006", "21:18", "sensor_offline", "經貿路二段/經貿七路 路口監視器 復電後超過10分鐘未回傳",
           "power", alt=None)
    S.police("21:15", "other", "Minor", P("jingmao+liming"), "第五分局：經貿路二段號誌復電恢復，指揮警力撤離。",
             "dark", alt="power", follows=dk, delay=7)
    S.c1999("21:25", "power_outage", off(P("jingmao+liming"), -150, -60),
            "民眾反映：電來了，謝謝。可是剛剛停電冰箱的東西壞了，台電會賠嗎？", "power")
    S.c1999("21:40", "illegal_parking", off(P("kaixuan+liming"), 40, 30),
            "民眾反映：凱旋路黎明路口有車停在斑馬線上。")
    S.dup(x1, 0.7)
    S.dup(lift, 0.5)
    # ---- more callers
    S.c1999("19:10", "fire_smoke", off(X, 600, 500),
            "民眾反映：剛剛開車經過經貿路，看到路邊一個箱子在冒煙還有火花，我已經開過去了，在中清路。", "xfmr",
            alt="power", jitter=60)
    S.c1999("19:16", "power_outage", off(P("SN-CCTV-006"), 90, 40), "民眾反映：經貿七路這邊停電了。", "power")
    S.c1999("19:19", "other", off(P("jingmao+liming"), -220, -60),
            "民眾來電（人在台北）：我媽住黎明路的大樓12樓，她說停電電梯停了，她膝蓋不好下不了樓，晚上要怎麼辦？",
            "power", jitter=20)
    S.c1999("19:33", "other", off(P("jingmao6_car_park"), 20, -10),
            "民眾反映：經貿六停車場柵欄打不開，車子出不去，繳費機也不能用。", "power")
    S.c1999("19:55", "traffic_signal", off(P("SN-SIG-006"), 10, 20),
            "民眾反映：經貿路經貿七路口紅綠燈也沒亮，只有一個警察在黎明路口，這邊沒有人。", "dark", alt="power")
    S.c1999("20:00", "streetlight", off(P("zhongke+huanzhong"), 0, -300), "民眾反映：中科路有一盞路燈不亮。")
    S.c1999("20:15", "power_outage", off(P("SN-CCTV-006"), 90, 40),
            "民眾再次反映：到底什麼時候會來電？台電說在搶修，已經一個多小時了。", "power")
    S.c1999("20:25", "rescue", off(P("operations_tower"), 40, -30),
            "同一民眾再次來電：營運塔電梯裡的同事出來了，謝謝消防隊。", "lift", follows=lc1, jitter=10)
    S.c1999("20:50", "other", off(P("jingmao+liming"), -120, -80),
            "民眾反映：家裡有胰島素要冷藏，停電冰箱不冷了，會不會壞掉？什麼時候會來電？", "power")
    S.incident("power", "infrastructure", "Outage north of the zone 19:08-21:05 after a transformer "
               "fault: panels on battery, cameras and detector down, streets and 綠美圖 dark, car park "
               "barrier dead, residents without power in the heat", pf2)
    S.incident("xfmr", "fire", "Transformer box on 經貿路二段 smoking (insulation failure, no flame), "
               "engine on guard until Taipower took over", xf)
    S.incident("dark", "traffic", "Signals at 經貿/黎明 and 經貿/經貿七路 dark, two police teams directing "
               "traffic", dk1)
    S.incident("lift", "rescue", "Three people stuck in a lift of the operations tower, lowered by hand "
               "and released", lift)
    S.incident("oxygen", "rescue", "Man of 80 on home oxygen breathless after the cut, ambulance", oxa)
    S.alternative(
        "The smoking transformer is the cause of the outage and the dark signals are its effect: a "
        "coordinator may run all three as one job with Taipower (fire crew on guard, police at the "
        "junctions). The generator's noise and the camera that stays dead are routine.",
        [("power", "infrastructure", "The transformer fault, its outage and its dark signals", pf2),
         S.same_alt("lift")[0], S.same_alt("oxygen")[0]])
    S.readme = (
        "Tuesday 21 July 2026, heat wave, 18:30-21:40. At 19:08 a pad-mounted transformer on 經貿路二段 "
        "smokes (a 1999 caller, then 119) and the north of the zone loses power: the panels of 綠美圖 and "
        "the tower report mains lost, two signals on 經貿路 go dark, the cameras and the detector on their "
        "cabinets drop, the 經貿六 car park barrier dies, residents and 綠美圖 call about the dark and the "
        "heat (a daughter in 台北 whose mother cannot walk down from the 12th floor, insulin in a warm "
        "fridge). At 19:14 three people are stuck in a lift of the tower (119 rescue, a colleague calls "
        "1999); at 19:38 a man of 80 on home oxygen on 黎明路 is breathless (ambulance). Police direct "
        "traffic at the dark junctions until 21:05, when power returns; one camera does not come back. "
        "Jobs: power, xfmr, dark, lift, oxygen. Background: rush hour, a full car park, a flickering lamp, "
        "a 南屯 outage question, a broken air conditioner, a car on a crossing. Alternative reading: xfmr "
        "and dark inside power; the generator noise and the dead camera as routine.")
    return S


# =====================================================================================
def build_1442():
    S = Situation(1442, "saturday_night_callers", "2026-06-06",
                  "Saturday night to Sunday dawn. Racing motorcycles on 中科路 and 環中路 draw noise "
                  "calls from far and wide, from 23:00 and again after 03:00; a fight outside a "
                  "convenience store on 黎明路; a man lying in 經貿路; a scooter stolen from the 河南路 "
                  "car park. And many calls that are no job: a crash the caller withdraws, screams in "
                  "the park that are teenagers, lights in the sky, a man who calls to talk.")
    S.rollover = 12
    ZK = off(P("zhongke+liming"), 10, -300)
    FS = off(P("kaixuan+liming"), -90, -20)
    DR = off(P("museumbrary"), 25, 80)
    PK = P("henan_car_park")
    S.c1999("22:50", "noise", off(P("eco_block_b"), 30, 20), "民眾反映：樓上鄰居的狗一直叫，叫了一個小時。")
    r1 = S.c1999("23:05", "noise", off(P("eco_block_a"), -40, 20),
                 "民眾反映：中科路那邊又有人在飆車，排氣管很大聲，一直來回，每個週末都這樣。", "race")
    S.c1999("23:09", "noise", off(P("zhongke+liming"), -300, 60),
            "民眾反映：黎明路這邊一直聽到機車催油門的聲音，是從公園那邊傳過來的。", "race")
    rc1 = S.cctv("SN-CCTV-003", "23:12", "crowding", 0.71, "中科路/環中路二段 路口監視器：路口東南角人群聚集（停留）",
           "race")
    S.c1999("23:15", "noise", off(P("pop_music_centre"), 1800, 600),
            "民眾反映：我住北屯，大半夜一直聽到很遠的地方有改裝機車的聲音，應該是水湳那邊。", "race", jitter=100)
    pr = S.police("23:20", "public_disturbance", "Moderate", ZK,
                  "第六分局：中科路近影音中心路段改裝機車聚集約20部，疑似競速，派員2組前往攔查。", "race", delay=8)
    S.cctv("SN-CCTV-003", "23:24", "wrong_way", 0.62, "中科路/環中路二段 路口監視器：機車逆向行駛", "race")
    ph = S.c1999("23:28", "traffic_accident", off(P("kaixuan+zhongke"), -20, 600),
                 "民眾反映：凱旋路有車禍，一台機車倒在地上。", None, alt="ghost")
    S.c1999("23:31", "traffic_accident", off(P("kaixuan+zhongke"), -20, 600),
            "同一民眾更正：不是車禍，是有人機車倒了，自己扶起來騎走了，不用派人了，不好意思。", None, alt="ghost",
            follows=ph)
    sc = S.c1999("23:40", "other", off(P("museumbrary"), -40, -500),
                 "民眾反映：中央公園裡面有人一直尖叫，好像是女生，很可怕。", "scream", alt=None)
    S.police("23:58", "other", "Minor", off(P("museumbrary"), -40, -500),
             "第五分局：員警至中央公園查看，為年輕人夜間嬉戲喧嘩，已勸導離開，無人受害。", "scream", alt=None, delay=9)
    S.police("23:50", "other", "Minor", ZK,
             "第六分局：中科路聚集機車見警方到場四散，攔查2部，告發噪音及改裝。", "race", follows=pr, delay=12)
    S.c1999("23:55", "noise", off(P("eco_block_a"), -40, 20),
            "民眾再次反映：警察來了一下就走了，他們又回來了，還是很吵。", "race", follows=r1)
    # fight at the convenience store
    fg = S.c1999("00:38", "other", FS,
                 "民眾反映：黎明路凱旋路口那家便利商店門口有人在打架，三四個人，有一個倒在地上。", "fight", jitter=10)
    S.police("00:44", "public_disturbance", "Severe", FS,
             "第六分局：黎明路三段便利商店前酒後互毆，4人，1人頭部受傷，已帶回2人偵辦。", "fight", delay=10)
    S.f119("00:46", "ambulance", FS,
           "受理報案：西屯區黎明路三段便利商店前，男性35歲酒後鬥毆頭部撕裂傷。派遣西屯分隊救護車。", "fight")
    S.c1999("00:52", "other", off(FS, 60, 40),
            "民眾反映：便利商店那邊好多警車，是發生什麼事？我要去買東西安全嗎？", "fight", alt=None)
    S.c1999("01:05", "other", off(P("pop_music_centre"), 0, -200),
            "民眾反映：天空有一閃一閃會動的光，好幾個，在公園上面，是不是無人機還是UFO？")
    # the man lying in the road
    dr = S.c1999("01:28", "rescue", DR,
                 "民眾反映：經貿路綠美圖前面有一個人躺在馬路上，外側車道，叫他沒反應，車子要閃。", "lying")
    S.police("01:34", "medical", "Moderate", DR,
             "第五分局：經貿路二段綠美圖前男子酒醉倒臥車道，已移至人行道，請救護車評估。", "lying", delay=8)
    S.f119("01:36", "ambulance", DR,
           "受理報案：北屯區經貿路二段綠美圖前，男性約40歲酒醉倒臥，意識模糊。派遣四平分隊救護車。", "lying")
    S.c1999("01:40", "rescue", off(DR, -30, 60),
            "民眾反映：綠美圖那邊地上躺一個人，我剛剛開車經過差點壓到，我已經開走了。", "lying", jitter=30)
    talk1 = S.c1999("01:55", "other", off(P("eco_block_b"), 200, 150),
                    "民眾來電：沒有什麼事，只是睡不著想找人講話，覺得住這邊很吵，政府都不管。", jitter=50)
    # the stolen scooter
    th = S.c1999("02:12", "other", PK,
                 "民眾反映：河南路停車場有兩個人在弄一台機車，好像在剪鎖，不是他們的車吧？", "theft")
    S.police("02:20", "theft", "Moderate", PK,
             "第六分局：河南路停車場機車遭竊，嫌犯2人騎乘往中平路方向逃逸，已通報攔截。", "theft", delay=9)
    S.c1999("02:25", "other", off(P("eco_block_b"), 200, 150),
            "同一民眾再次來電：剛剛說的，我還是睡不著，你們都不會做什麼事對不對。", follows=talk1, jitter=50)
    S.c1999("02:48", "other", PK,
            "車主來電：我的機車停在河南路停車場不見了，車牌ABC-1234，要去哪裡報案？", "theft")
    S.status("SN-VD-ZHONGKE-01", "02:30", "offline", "中科路車輛偵測器1 離線（通訊中斷）", reason="comms_lost")
    S.status("SN-VD-ZHONGKE-01", "02:36", "online", "中科路車輛偵測器1 恢復連線")
    # racing again
    S.c1999("03:12", "noise", off(P("eco_block_a"), -40, 20),
            "民眾第三次反映：飆車的又來了，三點多了！到底有沒有要處理？", "race", follows=r1)
    S.c1999("03:15", "noise", off(P("zhongke+huanzhong"), -200, 100),
            "民眾反映：環中路中科路口一群機車在那邊催油門繞圈。", "race")
    S.cctv("SN-CCTV-003", "03:16", "crowding", 0.67, "中科路/環中路二段 路口監視器：路口人群聚集（移動中）", "race")
    S.police("03:30", "public_disturbance", "Moderate", P("zhongke+huanzhong"),
             "第六分局：環中路中科路口再度有機車聚集競速，會同交通分隊設置路檢點，攔查5部。", "race", follows=pr,
             delay=14)
    S.c1999("03:40", "noise", off(P("pop_music_centre"), 1800, 600),
            "北屯民眾再次反映：又開始了，整晚都在響。", "race", jitter=100)
    S.police("04:15", "other", "Minor", P("zhongke+huanzhong"),
             "第六分局：環中路中科路口路檢結束，告發7件，聚集車輛已散去。", "race", follows=pr, delay=10)
    S.c1999("04:30", "streetlight", off(P("jingmao+zhongping"), -40, 300), "民眾反映：經貿路三段有一盞路燈不亮。")
    S.c1999("05:10", "環境清潔", off(FS, 20, 10),
            "民眾反映：黎明路便利商店前面一地的酒瓶跟血跡，早上要上學的小孩會經過。", "fight", alt=None)
    S.dup(r1, 2.5)
    S.dup(dr, 0.4)
    # ---- more callers
    S.c1999("23:00", "noise", off(P("eco_block_b"), -20, 40), "民眾反映：樓下有人一直大聲講電話。")
    S.c1999("23:18", "noise", off(P("pop_music_centre"), -1600, 400),
            "民眾反映：逢甲這邊都聽得到，水湳那邊是不是又在飆車？", "race", jitter=100)
    S.c1999("23:36", "noise", off(P("eco_block_b"), 60, -20),
            "民眾反映：中科路那邊飆車的聲音一直傳過來，小孩被吵醒。", "race")
    S.c1999("00:41", "other", off(FS, 40, -30),
            "民眾反映：黎明路便利商店外面有人被打到流血，打人的還在。", "fight")
    S.c1999("02:16", "other", off(PK, 40, 30),
            "民眾反映：河南路停車場那邊有人在偷車，兩個人，一台在發動了。", "theft")
    S.police("02:38", "theft", "Moderate", P("jingmao+zhongping"),
             "第六分局：竊車嫌犯2人於中平路經貿路口遭巡邏員警攔獲，贓車（機車）尋回。", "theft", delay=12)
    S.c1999("03:22", "noise", off(P("eco_block_b"), 60, -20),
            "民眾再次反映：凌晨三點又在飆車了，到底有沒有人管？", "race")
    S.c1999("03:50", "other", off(P("eco_block_b"), 200, 150),
            "同一民眾第三次來電：我只是想跟人講講話。", follows=talk1, jitter=50)
    S.c1999("04:05", "noise", off(P("museumbrary"), -40, -500),
            "民眾反映：天都快亮了，中央公園裡面還有人在喝酒唱歌。")
    S.incident("race", "public_safety", "Motorcycle racing and gathering on 中科路 and 環中路, 23:00-00:00 "
               "and 03:10-04:15, police checkpoints; noise calls from the eco blocks, 黎明路 and 北屯", rc1)
    S.incident("fight", "public_safety", "Drunken fight of four outside the 黎明路 convenience store, one "
               "head wound (ambulance), two taken in", fg)
    S.incident("lying", "rescue", "Drunk man lying in the outer lane of 經貿路二段 by 綠美圖, moved, "
               "ambulance", dr)
    S.incident("theft", "public_safety", "Scooter stolen from the 河南路 car park by two men, interception", th)
    S.incident("scream", "public_safety", "Screams in Central Park: police check, teenagers larking, "
               "sent home", sc)
    S.alternative(
        "The screams in the park turned out to be nothing: a coordinator may count the check as no job "
        "at all. The crash the caller withdrew three minutes later may already have been opened as a "
        "job and closed on his correction. The bystander asking about the police cars and the morning's "
        "litter are no reports of the fight.",
        S.same_alt("race", "fight", "lying", "theft") +
        [("ghost", "traffic", "A crash reported and withdrawn by the caller on 凱旋路", ph)])
    S.readme = (
        "Saturday 6 to Sunday 7 June 2026, 22:50-05:10. From 23:05 residents of the eco blocks, 黎明路 and "
        "北屯 (1.8 km away) call about racing on 中科路; a camera sees a crowd and a wrong-way rider; police "
        "scatter them (23:50); the same resident calls again at 23:55 and 03:12 when they return; a "
        "checkpoint ends it at 04:15 (race). At 00:38 a fight outside the 黎明路 convenience store (fight). "
        "At 01:28 a drunk man lying in 經貿路 by 綠美圖 (lying; a driver who nearly ran him over calls from "
        "further on). At 02:12 a caller sees two men cutting a lock in the 河南路 car park; the owner calls "
        "later (theft). At 23:40 screams in the park: police find teenagers (scream). No job: a barking "
        "dog, a crash reported and withdrawn, lights in the sky, a man who calls twice to talk, a "
        "detector's link, a streetlight. Alternative reading: the scream check as no job; the withdrawn "
        "crash as a job closed on the correction; the bystander and the litter as routine.")
    return S


BUILDERS = [build_1437, build_1438, build_1439, build_1440, build_1441, build_1442]

if __name__ == "__main__":
    for b in BUILDERS:
        s = b()
        print(s.write(), len(s.items))
