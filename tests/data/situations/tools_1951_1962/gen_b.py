"""Situations 1957-1962 (seeded)."""
from lib import Sit, case119, offset, along, pt, inc


def s1957():
    s = Sit(1957, "heat_stroke_afternoon", "2026-07-28T05:30:00Z", 1957,
            "午後 37 度高溫，兩小時內四起各自獨立的熱傷害：黎明凱旋路口公車站長者昏倒、中央公園步道慢跑者倒地、"
            "經貿路外送員中暑連人帶車倒在路旁（被誤報為車禍）、水資源回收中心戶外作業員熱衰竭。")
    H1, H2, H3, H4 = "heat_bus_stop", "heat_jogger_park", "heat_rider_jingmao", "heat_worker_wrc"
    X1 = offset("黎明凱旋", 25, -30)
    s.add("1999", "rescue", 0.5, H1, "我在公車上，剛剛經過黎明路凱旋路口的站牌，有個阿公倒在椅子旁邊，司機沒停",
          pos=along("黎明凱旋", (120.651, 24.188), 0.6), scatter=(0, 60))
    h1 = case119(s, "G0728021", "ambulance", X1, H1, [
        (2.0, None, "黎明路三段凱旋路口公車站，80歲男性倒地，疑熱衰竭，派遣西屯分隊救護車"),
        (9.5, "on_scene", "西屯91 抵達，體溫 39.6 度，降溫處置"),
        (24.0, "returning", "送往澄清醫院中港院區")])
    s.add("incident", "medical", 3.0, H1, "巡邏經過黎明路凱旋路口公車站，長者疑中暑倒地，已通報救護車", pos=X1, severity="Moderate")
    X2 = offset((120.6556, 24.18225), -60, 10)
    s.add("1999", "rescue", 31.0, H2, "我在流行影音中心二樓，看到公園步道上有人倒在地上不動，好像是在跑步的人",
          pos="影音中心", scatter=(5, 30))
    h2 = case119(s, "G0728044", "ambulance", X2, H2, [
        (32.0, None, "中央公園滯洪池3旁步道，男性慢跑者倒地，意識不清，派遣水湳分隊救護車，路線：中科路進入"),
        (41.0, "on_scene", "水湳91 抵達，疑熱中暑，體溫 40.8 度"),
        (56.0, "returning", "送往中國醫藥大學附設醫院")])
    s.add("1999", "rescue", 33.5, H2, "公園裡面有人昏倒，旁邊有人在幫他潑水", pos=X2, scatter=(20, 80))
    X3 = offset("經貿經貿七", 30, -40)
    s.add("cctv", "stalled_vehicle", 58.0, H3, "經貿路二段/經貿七路 路旁機車停滯", sensor_id="SN-CCTV-006", confidence=0.6)
    k3 = s.add("1999", "traffic_accident", 58.5, H3, "經貿路經貿七路口有機車騎士倒在路邊，車子也倒了，好像出車禍",
               pos=X3, scatter=(20, 90))
    h3 = case119(s, "G0728066", "ambulance", X3, H3, [
        (59.5, None, "經貿路二段經貿七路口，機車騎士倒地，派遣水湳分隊救護車"),
        (67.0, "on_scene", "水湳92 抵達，外送員意識清楚但抽筋、體溫高，非車禍，疑熱衰竭"),
        (80.0, "returning", "送往中國醫藥大學附設醫院")])
    s.add("incident", "medical", 66.0, H3, "經貿路二段外送員中暑倒地，機車倒於路旁，非交通事故，已移置機車", pos=X3, severity="Minor")
    X4 = offset((120.659, 24.1765), 40, -30)
    s.add("1999", "rescue", 95.0, H4, "水資源回收中心這邊同事在曬乾場昏倒，臉色很白一直冒汗", pos=X4, scatter=(10, 40))
    h4 = case119(s, "G0728093", "ambulance", X4, H4, [
        (96.0, None, "水湳水資源回收中心，45歲男性戶外作業時昏倒，疑熱衰竭，派遣北屯分隊救護車"),
        (105.0, "on_scene", "北屯91 抵達"),
        (118.0, "returning", "送往臺中榮總")])
    s.dup(h4 + "-on_scene1", 120)
    # background
    s.add("parking", "full", 10.0, None, "中央公園地下停車場(北) 車位已滿", sensor_id="SN-PK-004")
    s.add("1999", "other", 45.0, None, "中央公園北邊的飲水機沒有水", pos=(120.6562, 24.1875), scatter=(0, 60))
    s.add("1999", "公園路樹", 70.0, None, "公園步道旁樹枝太低會打到頭", pos=(120.6568, 24.1800), scatter=(0, 60))
    s.add("rule", "congestion", 100.0, None, "河南路車輛偵測器1 平均車速 17 km/h，低於門檻", sensor_id="SN-VD-HENAN-01")
    s.inc(H1, "rescue", "公車站長者熱衰竭；打電話的是已駛離的公車乘客", h1)
    s.inc(H2, "rescue", "中央公園慢跑者熱中暑；其中一名報案人在約 350 公尺外的影音中心二樓", h2)
    s.inc(H3, "rescue", "外送員中暑倒地，路人與攝影機看似車禍，實為救護", k3)
    s.inc(H4, "rescue", "水資源回收中心作業員熱衰竭", h4)
    s.note("四起同類事件分散在兩小時與整個園區，各自一部救護車，沒有共同原因可供一起調度，因此是四案。")
    s.write()


def s1958():
    s = Sit(1958, "construction_fall_jingmao", "2026-04-21T02:10:00Z", 1958,
            "上午 10:10 經貿路旁會展中心二期工地，一名工人自三樓鷹架墜落，墜落時扯下的鷹架踏板掉到經貿路外側車道；"
            "隔天民眾才打 1999 檢舉工地沒有安全網。")
    X = offset("會展B", 150, 40)
    W, D = "scaffold_fall", "scaffold_debris_road"
    s.add("planned_event", "road_works", -120, None, "會展中心二期工程 佔用經貿路二段外側車道，吊掛作業",
          pos=offset(X, 40, 0), ends="2026-04-21T09:00:00Z", radius_m=120, delay=-86400 * 5)
    k0 = s.add("1999", "rescue", 0.8, W, "經貿路的工地有人從鷹架上掉下來，躺在地上不動", pos=offset(X, 60, -30), scatter=(10, 60))
    w1 = case119(s, "H0421015", "rescue", X, W, [
        (1.5, None, "經貿路二段會展中心二期工地，工人自三樓鷹架墜落，派遣水湳分隊救助隊"),
        (9.0, "on_scene", "救助隊抵達，傷者位於鷹架底部地面，無受困"),
        (30.0, "closed", "協助救護完成")])
    case119(s, "H0421016", "ambulance", X, W, [
        (1.6, None, "同址高處墜落，派遣水湳分隊救護車（高級救護技術員）"),
        (9.5, "on_scene", "水湳91 抵達，傷者意識模糊，疑骨盆骨折"),
        (25.0, "returning", "送往臺中榮總急診（重大外傷）"),
        (60.0, "closed", "結案")])
    dk = s.add("cctv", "fallen_object", 0.4, W, "經貿路二段/經貿七路 北側外側車道掉落物", sensor_id="SN-CCTV-006",
          confidence=0.66, alt=D)
    s.add("incident", "fallen_object", 8.0, W, "經貿路二段外側車道鷹架踏板掉落，已排除並請工地設置交通錐", pos=offset(X, 70, -20),
          severity="Minor", alt=D)
    p = s.add("incident", "medical", 6.0, W, "經貿路二段工地工人自鷹架墜落，已送醫，通知勞動檢查處", pos=X, severity="Severe")
    s.add("incident", "medical", 185.0, W, "續報：工地墜落案傷者手術中，現場已保全，勞檢處到場", pos=X, severity="Moderate",
          follows=p, delay=900)
    s.add("1999", "other", 2.5, W, "我從會展中心停車場那邊看到對面工地有人摔下來，救護車還沒到",
          pos=(120.6548, 24.1938), scatter=(0, 40))
    s.add("1999", "other", 1620.0, None, "昨天經貿路工地有工人從鷹架掉下來，工地都沒有安全網，請勞檢來查",
          pos=offset(X, -80, 60), scatter=(0, 80), alt=W)
    # background
    s.add("rule", "congestion", -20, None, "經貿路車輛偵測器1 平均車速 18 km/h，低於門檻", sensor_id="SN-VD-JINGMAO-01")
    s.add("1999", "noise", -160, None, "工地一大早就在敲打很吵", pos="會展B", scatter=(200, 400))
    s.add("parking", "full", 20.0, None, "臺中國際會展中心停車場 車位已滿", sensor_id="SN-PK-006")
    s.add("1999", "illegal_parking", 40.0, None, "工地的水泥車停在人行道上", pos=offset(X, 100, -90), scatter=(0, 40))
    s.add("status", "offline", 50.0, None, "中科路車輛偵測器1 計畫性維護", sensor_id="SN-VD-ZHONGKE-01", reason="maintenance")
    s.add("status", "online", 110.0, None, "中科路車輛偵測器1 連線", sensor_id="SN-VD-ZHONGKE-01")
    s.add("1999", "streetlight", 130.0, None, "黎明路三段路燈一盞不亮", pos="經貿黎明", scatter=(50, 150))
    s.inc(W, "rescue", "工人自鷹架墜落：救助隊、救護車、警察、落到車道上的踏板都是這一案", w1)
    s.set_alt("鷹架踏板掉到車道上是交通障礙，員警排除障礙可能另開一件交通案；隔天的檢舉是同一事件的後續（勞檢），"
              "若當時案件尚未結案可併入。", [
        inc(W, "rescue", "工人墜落（含隔天檢舉）", w1),
        inc(D, "traffic", "經貿路外側車道鷹架踏板掉落", dk)])
    s.note("工地的道路施工許可本身不是案件；施工噪音、水泥車違停、計畫性維護的偵測器離線都是背景。")
    s.write()


def s1959():
    s = Sit(1959, "ambulance_redispatch_hub", "2026-08-17T11:00:00Z", 1959,
            "19:00 水湳轉運中心月台旅客暈倒，救護車到場後病患拒絕送醫、返隊途中被改派到黎明路凱旋路口機車與轎車碰撞；"
            "55 分鐘後同一月台另一名旅客身體不適。119 狀態訊息延遲、先後顛倒。")
    HUB = offset("轉運中心", 20, -15)
    R1, R2, R4 = "faint_hub", "crash_liming_kaixuan", "unwell_hub_second"
    s.add("1999", "rescue", 0.3, R1, "轉運中心2號月台有旅客倒在地上，保全在旁邊", pos=HUB, scatter=(5, 30))
    r1 = case119(s, "J0817060", "ambulance", HUB, R1, [
        (1.0, None, "水湳轉運中心2號月台，女性旅客暈倒，派遣水湳分隊救護車（水湳91）"),
        (8.0, "on_scene", "水湳91 抵達，患者意識恢復"),
        (22.0, "returning", "患者拒絕送醫，簽署拒絕後送單，返隊"),
        (26.0, "closed", "結案", {"delay": 900})])
    Y = offset("黎明凱旋", -10, -8)
    s.add("cctv", "accident", 25.2, R2, "黎明路三段/凱旋路 偵測到車輛碰撞", sensor_id="SN-CCTV-007", confidence=0.77)
    s.add("cctv", "stalled_vehicle", 26.0, R2, "路口內車輛停滯", sensor_id="SN-CCTV-007", confidence=0.7)
    c1 = s.add("1999", "traffic_accident", 25.6, R2, "黎明路凱旋路口機車被轎車撞，騎士腳卡在車下", pos=Y, scatter=(15, 80))
    s.dup(c1, 52)
    r2 = case119(s, "J0817083", "ambulance", Y, R2, [
        (25.8, None, "黎明路三段凱旋路口 機車與轎車碰撞，騎士腿部受傷，改派返隊途中之水湳91（自轉運中心返隊）", {"delay": 250}),
        (29.0, "on_scene", "水湳91 抵達", {"delay": 8}),
        (45.0, "returning", "騎士送往中國醫藥大學附設醫院"),
        (70.0, "closed", "結案")])
    s.add("incident", "injury_accident", 28.0, R2, "黎明路三段/凱旋路口 自小客車與機車碰撞，機車騎士受傷", pos=Y, severity="Moderate")
    case119(s, "J0817085", "ambulance", Y, R2, [
        (27.0, None, "同一碰撞，機車後座乘客頭暈，加派西屯分隊救護車"),
        (36.0, "on_scene", "西屯91 抵達"),
        (50.0, "returning", "送往澄清醫院中港院區")])
    s.add("rule", "congestion", 33.0, R2, "凱旋路車輛偵測器1 平均車速 12 km/h，低於門檻", sensor_id="SN-VD-KAIXUAN-01")
    s.add("1999", "other", 31.0, R2, "我從環中路上看到凱旋路那邊一堆警車救護車，是不是出什麼事", pos="凱旋環中", scatter=(20, 120))
    # second patient at the hub
    r4 = case119(s, "J0817118", "ambulance", HUB, R4, [
        (55.0, None, "水湳轉運中心2號月台，另一名男性旅客胸悶不適，派遣北屯分隊救護車"),
        (64.0, "on_scene", "北屯91 抵達"),
        (80.0, "returning", "送往臺中榮總")], alt=R1)
    s.add("1999", "rescue", 54.5, R4, "轉運中心月台又有一個人不舒服，剛才那個是另外一個人", pos=HUB, scatter=(5, 30), alt=R1)
    # background
    s.add("parking", "full", 5.0, None, "水湳轉運中心停車場 車位已滿", sensor_id="SN-PK-001")
    s.add("1999", "noise", 34.0, None, "救護車一直鳴笛，小孩被吵醒", pos=offset("黎明凱旋", 220, 160), scatter=(0, 60))
    s.add("rule", "congestion", 10.0, None, "環中路車輛偵測器4 平均車速 18 km/h，低於門檻", sensor_id="SN-VD-HUANZHONG-04")
    s.add("1999", "streetlight", 40.0, None, "經貿路二段一盞路燈閃爍", pos="經貿經貿七", scatter=(30, 100))
    s.inc(R1, "rescue", "轉運中心旅客暈倒，到場後拒絕送醫", r1)
    s.inc(R2, "traffic", "黎明路凱旋路口碰撞；返隊途中改派的水湳91 屬本案（其訊息提到轉運中心只是來處）", r2)
    s.inc(R4, "rescue", "同月台 55 分鐘後另一名旅客胸悶，另一病人另一部救護車", r4)
    s.set_alt("同一月台的第二名病人可能被當作同址後續（同一保全、同一月台）。", [
        inc(R1, "rescue", "轉運中心兩名旅客合為一案", r1), inc(R2, "traffic", "路口碰撞", r2)])
    s.note("R1 的結案訊息延遲 15 分鐘，晚於改派到 R2 才到；R2 的派遣訊息延遲約 4 分鐘，比它的到場訊息（follows 派遣）還晚到；1999 噪音（救護車鳴笛）是背景。")
    s.write()


def s1960():
    s = Sit(1960, "hit_and_run_jingmao", "2026-10-30T13:20:00Z", 1960,
            "21:20 行人在經貿路二段/黎明路三段口斑馬線被白色休旅車撞倒，肇事車往北逃逸，經貿路/環中路口攝影機拍到逆向駛入；"
            "25 分鐘後該車因水箱破裂故障停在環中路/中清路口。目擊者都在遠處：會展中心停車場、營運塔樓上。隔天早上民眾反映血跡碎片未清。")
    X = offset("經貿黎明", -5, -20)
    A = "hit_and_run"
    s.add("cctv", "fallen_object", 0.2, A, "經貿路二段/黎明路三段 斑馬線上有物體", sensor_id="SN-CCTV-005", confidence=0.52)
    s.add("cctv", "wrong_way", 1.3, A, "經貿路二段/環中路二段 車輛逆向駛入環中路", sensor_id="SN-CCTV-004", confidence=0.71)
    k = s.add("1999", "traffic_accident", 0.8, A, "我在會展中心停車場聽到好大一聲，看過去經貿路那邊斑馬線上有人倒在地上，車子跑掉了",
              pos=(120.6548, 24.1938), scatter=(10, 40))
    s.add("1999", "traffic_accident", 1.5, A, "從營運塔樓上看下去，經貿路跟黎明路口好像有人被撞，旁邊有人在揮手",
          pos="營運塔", scatter=(5, 30))
    s.dup(k, 35)
    s.add("1999", "other", 6.0, A, "經貿路黎明路口救護車來了，很多人圍在那邊看", pos=X, scatter=(30, 120))
    s.add("1999", "traffic_accident", 1.1, A, "有人被車撞了，撞人的白色休旅車往環中路開走了", pos=X, scatter=(10, 50))
    a1 = case119(s, "K1030120", "ambulance", X, A, [
        (2.0, None, "經貿路二段黎明路三段口 行人遭撞，肇事車逃逸，派遣水湳分隊救護車"),
        (9.0, "on_scene", "水湳91 抵達，行人頭部外傷意識不清"),
        (22.0, "returning", "送往中國醫藥大學附設醫院"),
        (58.0, "closed", "結案")])
    p = s.add("incident", "injury_accident", 4.0, A, "經貿路二段/黎明路三段口 行人遭白色休旅車撞擊，肇事車輛逃逸往環中路方向",
              pos=X, severity="Severe")
    s.add("rule", "congestion", 8.0, A, "經貿路車輛偵測器1 平均車速 13 km/h，低於門檻", sensor_id="SN-VD-JINGMAO-01")
    s.add("incident", "injury_accident", 40.0, A, "續報：已調閱路口監視器，肇逃車輛車牌 BXX-7xx5，通報各分局攔查",
          pos=X, severity="Severe", follows=p)
    st = s.add("cctv", "stalled_vehicle", 27.0, A, "中清路/環中路 路口車輛停滯", sensor_id="SN-CCTV-008",
               confidence=0.74, alt="stalled_zhongqing")
    s.add("incident", "stalled_vehicle", 45.0, A, "環中路中清路口一部白色休旅車故障停放，車頭受損、水箱漏水，疑為經貿路肇逃車輛，駕駛已到案",
          pos="中清環中", severity="Moderate", follows=p)
    s.add("1999", "fallen_object", 740.0, A, "昨晚經貿路黎明路口車禍，地上到現在還有血跡和碎片沒清", pos=X, scatter=(10, 60), alt=None)
    # background
    s.add("1999", "noise", 30.0, None, "隔壁棟在唱卡拉OK很吵", pos="生態A", scatter=(20, 80))
    s.add("parking", "full", 10.0, None, "經貿六停車場 車位已滿", sensor_id="SN-PK-002")
    s.add("rule", "congestion", 60.0, None, "中清路車輛偵測器2 平均車速 19 km/h，低於門檻", sensor_id="SN-VD-ZHONGQING-02")
    s.add("1999", "streetlight", 50.0, None, "經貿路二段路燈全亮但人行道一盞不亮", pos="經貿經貿七", scatter=(30, 100))
    s.inc(A, "traffic", "肇事逃逸：斑馬線行人、下游攝影機拍到逆向、逃逸車在環中路中清路口故障、隔天清理血跡碎片，都是同一案", k)
    s.set_alt("中清路口攝影機看到的停滯車輛，當下沒有人知道是肇逃車，會先當成另一件故障車處理；隔天的血跡碎片反映事故早已結案，"
              "可能只轉環保局清理、不算營運中心案件。", [
        inc(A, "traffic", "肇事逃逸", k),
        inc("stalled_zhongqing", "traffic", "環中路中清路口車輛停滯（尚未知與肇逃相關）", st)])
    s.note("警方 45 分鐘時的故障車報告明寫『疑為肇逃車輛』並 follows 原案，因此在兩種讀法下都屬肇逃案；只有攝影機的偵測有爭議。")
    s.write()


def s1961():
    s = Sit(1961, "late_reports_scooter_henan", "2026-12-02T22:08:00Z", 1961,
            "清晨 06:08 河南路停車場前機車自摔，騎士送醫；路口攝影機時鐘快 8 分鐘；員警的事故報告 2 個半小時後才輸入；"
            "10:05 民眾反映同地點路面油漬碎片，10:40 另一部機車在油漬上滑倒；隔天傷者家屬打 1999 要調監視器。")
    X = offset("河南停車場", -70, -45)
    A, B = "scooter_dawn", "oil_slick_second_fall"
    s.add("1999", "streetlight", -20, None, "河南路停車場前面兩盞路燈不亮，很暗", pos=X, scatter=(20, 80))
    s.add("cctv", "stalled_vehicle", 0.5, A, "河南路/中平路 北側車道機車倒地停滯", sensor_id="SN-CCTV-010", confidence=0.63, skew=480)
    a0 = s.add("1999", "traffic_accident", 2.0, A, "河南路停車場前面有人騎機車摔倒，人躺著在呻吟", pos=X, scatter=(20, 100))
    a1 = case119(s, "L1203004", "ambulance", X, A, [
        (3.0, None, "河南路二段河南路停車場前 機車自摔，騎士右肩疼痛，派遣西屯分隊救護車"),
        (10.0, "on_scene", "西屯91 抵達"),
        (22.0, "returning", "送往澄清醫院中港院區"),
        (57.0, "closed", "結案")])
    s.add("incident", "injury_accident", 17.0, A, "河南路二段停車場前 機車自摔，騎士送醫，現場跡證已拍照（補輸入）", pos=X,
          severity="Moderate", delay=8000)
    s.add("rule", "congestion", 102.0, None, "河南路車輛偵測器1 平均車速 16 km/h，低於門檻", sensor_id="SN-VD-HENAN-01")
    s.add("rule", "congestion", 108.0, None, "中平路車輛偵測器1 平均車速 18 km/h，低於門檻", sensor_id="SN-VD-ZHONGPING-01")
    b0 = s.add("1999", "road_damage", 237.0, B, "河南路停車場前路面有一大片油漬，還有機車碎片，機車經過都在滑",
               pos=X, scatter=(10, 60), alt=A)
    b1 = s.add("1999", "traffic_accident", 272.0, B, "河南路停車場前又有機車滑倒，就是早上那攤油", pos=X, scatter=(10, 60))
    b2 = case119(s, "L1203041", "ambulance", X, B, [
        (273.5, None, "河南路二段停車場前 機車滑倒，騎士膝部擦傷，派遣西屯分隊救護車"),
        (282.0, "on_scene", "西屯92 抵達，路面油漬明顯"),
        (295.0, "returning", "送往澄清醫院中港院區")])
    s.add("incident", "fallen_object", 285.0, B, "河南路二段停車場前路面油漬，已通知環保局清理並放置警示", pos=X,
          severity="Moderate", alt=A)
    s.add("incident", "injury_accident", 288.0, B, "河南路二段停車場前 機車因路面油漬滑倒，騎士輕傷", pos=X, severity="Minor")
    s.add("1999", "other", 1570.0, None, "昨天早上我先生在河南路停車場前騎車摔倒，想申請調閱那邊的監視器", pos="逢甲水湳",
          scatter=(100, 500), alt=A)
    # background
    s.add("parking", "full", 150.0, None, "河南路停車場 車位已滿", sensor_id="SN-PK-003")
    s.add("1999", "illegal_parking", 200.0, None, "中平路人行道上停滿機車", pos="經貿中平", scatter=(20, 100))
    s.add("1999", "noise", -100, None, "清晨垃圾車倒車聲很大", pos="生態B", scatter=(20, 80))
    s.add("status", "offline", 180.0, None, "河南路低窪處淹水感測器 電池電量低", sensor_id="SN-FL-007", reason="battery_low")
    s.inc(A, "traffic", "清晨機車自摔一人送醫：攝影機時鐘快 8 分鐘、員警報告 2.5 小時後才到，仍是本案", a0)
    s.inc(B, "traffic", "四小時後路面油漬與第二部機車滑倒：調度員開新案派環保局清理與救護", b1)
    s.set_alt("油漬是早上事故留下的，10:05 的報案可視為原事故的善後（原案）；第二起滑倒仍是新案。", [
        inc(A, "traffic", "清晨自摔與其油漬善後", a0), inc(B, "traffic", "第二起滑倒", b1)])
    s.note("10:05 的油漬報案在正解中是新案 B 的第一筆；但單憑一通道路油漬的電話調度員還不會派救護，"
           "因此 B 的開案依據是 10:40 的第二次滑倒。隔天家屬的調閱申請是行政事項（背景），另一讀法歸原案。"
           "河南路兩盞路燈不亮可能是肇因之一，但屬例行維修（背景）。")
    s.write()


def s1962():
    s = Sit(1962, "ambulance_crash_en_route", "2026-02-14T03:40:00Z", 1962,
            "11:40 流行影音中心一名 70 歲參觀者倒地無呼吸，水湳分隊救護車沿凱旋路南下途中在黎明路/凱旋路口與自小客車碰撞，"
            "救護員兩人輕傷；119 改派西屯分隊前往病患處，另派救護車處理路口傷者。")
    P, C = "cardiac_arrest_music_center", "ambulance_crash_liming"
    Xp = offset("影音中心", 15, 10)
    Y = offset("黎明凱旋", 5, -12)
    s.add("1999", "rescue", -0.5, P, "流行影音中心一樓大廳有阿伯倒下去沒有呼吸，我們在做CPR，有AED", pos=Xp, scatter=(5, 20))
    e1 = case119(s, "M0214031", "ambulance", Xp, P, [
        (0.0, None, "臺中流行影音中心一樓，70歲男性OHCA，派遣水湳分隊救護車（水湳91），指導民眾CPR"),
        (5.5, "dispatched", "水湳91 途中於黎明路凱旋路口發生事故，本案改派西屯分隊救護車（西屯91）"),
        (12.0, "on_scene", "西屯91 抵達，AED 已電擊1次，持續CPR"),
        (28.0, "returning", "恢復自發性循環，送往中國醫藥大學附設醫院"),
        (60.0, "closed", "結案：水湳91 事故另案處理", {"alt": C})])
    s.add("cctv", "accident", 4.1, C, "黎明路三段/凱旋路 偵測到車輛碰撞", sensor_id="SN-CCTV-007", confidence=0.84)
    s.add("cctv", "stalled_vehicle", 5.0, C, "路口內車輛停滯", sensor_id="SN-CCTV-007", confidence=0.76)
    c0 = s.add("incident", "injury_accident", 5.0, C, "黎明路三段/凱旋路口 救護車執行勤務途中與自小客車碰撞，救護人員2人及轎車駕駛輕傷",
               pos=Y, severity="Moderate")
    s.add("1999", "traffic_accident", 4.6, C, "救護車在黎明路凱旋路口被撞了，整台歪在路中間", pos=Y, scatter=(15, 70))
    s.add("1999", "traffic_accident", 6.0, C, "我在環中路上看到凱旋路那邊一台救護車跟車子撞在一起", pos="凱旋環中", scatter=(10, 80))
    c1 = case119(s, "M0214036", "ambulance", Y, C, [
        (7.0, None, "黎明路三段凱旋路口 本局救護車與自小客車碰撞，救護員2名、轎車駕駛1名輕傷，派遣北屯分隊救護車"),
        (16.0, "on_scene", "北屯91 抵達"),
        (33.0, "returning", "3名送往臺中榮總檢查")])
    s.add("incident", "road_closure", 10.0, C, "凱旋路往南車道暫時封閉處理救護車事故", pos=offset(Y, 40, 120), severity="Moderate",
          follows=c0)
    s.add("rule", "congestion", 12.0, C, "凱旋路車輛偵測器1 平均車速 10 km/h，低於門檻", sensor_id="SN-VD-KAIXUAN-01")
    s.add("1999", "rescue", 9.0, P, "剛剛打過了，救護車怎麼還沒到，已經快十分鐘，我們還在壓", pos=Xp, scatter=(5, 20))
    s.add("incident", "road_reopened", 65.0, C, "黎明路三段/凱旋路口 救護車拖離，恢復通行", pos=Y, severity="Minor", follows=c0)
    # background
    s.add("parking", "full", 15.0, None, "經貿六停車場 車位已滿", sensor_id="SN-PK-002")
    s.add("status", "offline", 20.0, None, "凱旋路車輛偵測器2 計畫性維護", sensor_id="SN-VD-KAIXUAN-02", reason="maintenance")
    s.add("1999", "illegal_parking", 30.0, None, "影音中心旁邊紅線上停一排車", pos=offset("影音中心", -120, 40), scatter=(0, 40))
    s.add("status", "online", 90.0, None, "凱旋路車輛偵測器2 連線", sensor_id="SN-VD-KAIXUAN-02")
    s.add("1999", "streetlight", 45.0, None, "黎明路三段路燈白天還亮著", pos="經貿黎明", scatter=(50, 150))
    s.inc(P, "rescue", "影音中心 OHCA：原派救護車途中出事，改派後到場；民眾『剛剛打過了』的催促也屬本案", e1)
    s.inc(C, "traffic", "救護車在黎明路凱旋路口與轎車碰撞，3 人輕傷，另派救護車，封路與回堵", c0)
    s.set_alt("119 病患案的結案訊息寫到『水湳91 事故另案處理』，讀者也可將它歸到事故案。", [
        inc(P, "rescue", "影音中心 OHCA", e1), inc(C, "traffic", "救護車事故", c0)])
    s.note("改派訊息是同一 119 案號、狀態仍為 dispatched 的更新，它的位置是病患處，不是事故路口。")
    s.write()


if __name__ == "__main__":
    for f in (s1957, s1958, s1959, s1960, s1961, s1962):
        f()
