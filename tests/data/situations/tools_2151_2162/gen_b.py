"""Situations 2157-2162 (second half)."""
from lib import Sit, same_incidents


def s2157():
    s = Sit(2157, "concert_night", "2026-07-10 21:30", 215707,
            "週五晚上臺中流行影音中心演唱會散場（22:00結束），兩小時內影音中心周邊與中科路上："
            "散場人潮塞滿凱旋路人行道與公車站；影音中心門口歌迷與黃牛打架，一人頭部流血；"
            "一名女歌迷在凱旋路公車站昏倒；一輛轎車在中科路撞護欄後沒停，往北開到中科路環中路口被攔下；"
            "散場後有人發現停在中央公園地下停車場的機車被偷。深夜飆車噪音、單盞路燈等是背景。"
            "公車站昏倒的歌迷可以當作演唱會散場勤務的一部分。")
    pe = s.permit("concert", "2026-07-10 19:00", "2026-07-10 22:00", "popmusic", 400,
                  "臺中流行影音中心戶外演唱會，預估觀眾5,000人，散場時段凱旋路、中科路交通管制。",
                  "2026-06-30 09:30", "A", title="夏夜戶外演唱會", expected_attendance=5000)
    # A: concert egress
    s.parking("SN-PK-004", "full", -85.0, "中央公園地下停車場(北) 汽車車位已滿", "A")
    a1 = s.police("crowd_control", 32.0, (120.6518, 24.1858), "流行影音中心演唱會散場，凱旋路人行道及公車站人潮擁擠，員警疏導並管制車道。", "Moderate", "A")
    s.rule("SN-VD-KAIXUAN-02", "congestion", 38.0, "凱旋路車輛偵測器2 車速降至 7 km/h，占有率 71%。", "A")
    s.c1999("crowding", 36.0, (120.6512, 24.1865), "影音中心散場人好多，凱旋路人行道都站滿，大家都走到馬路上。", "A", r=50)
    s.rule("SN-VD-ZHONGKE-01", "congestion", 42.0, "中科路車輛偵測器1 車速降至 12 km/h，占有率 55%。", "A")
    s.c1999("noise", 15.0, "eco_a", "公園那邊演唱會太大聲了，都快十點了。", "A", alt=None, r=25)
    # B: fight at the venue entrance, one bleeding
    b1 = s.c1999("other", 50.0, (120.6523, 24.1853), "影音中心門口有人打架，一個人頭在流血！", "B", r=25, dup=30)
    b2 = s.police("public_disturbance", 51.5, (120.6522, 24.1853), "流行影音中心門口歌迷與兜售門票男子發生鬥毆，1人頭部受傷，到場處理。", "Moderate", "B")
    b3 = s.f119("ambulance", 52.0, (120.6522, 24.1853), "臺中流行影音中心門口鬥毆受傷，男性1名頭部撕裂傷。", "B")
    s.police("public_disturbance", 75.0, (120.6522, 24.1853), "鬥毆雙方2人帶回派出所偵訊，傷者送醫。", "Moderate", "B", follows=b2)
    # C: fan collapses at the 凱旋路 bus stop
    c1 = s.f119("ambulance", 45.0, (120.6514, 24.1870), "凱旋路公車站，演唱會散場女性民眾昏倒，意識模糊。", "C", alt="A")
    s.c1999("rescue", 44.5, (120.6513, 24.1871), "凱旋路公車站有個女生昏倒了，人太多救護車可能進不來。", "C", alt="A", r=30)
    s.f119("ambulance", 54.0, (120.6514, 24.1870), "到達現場，疑似過度換氣，意識恢復，送醫觀察。", "C", alt="A", status="on_scene", follows=c1)
    # D: car hits the railing on 中科路, drives on north, stopped at 中科路/環中路
    d1 = s.c1999("traffic_accident", 75.0, (120.6534, 24.1888), "中科路有台車撞到護欄沒停，往環中路那邊開走了！", "D", r=40)
    s.c1999("fallen_object", 77.5, (120.6536, 24.1886), "中科路護欄被撞倒在車道上，晚上很暗很危險。", "D", r=35)
    d3 = s.police("accident", 82.0, (120.6533, 24.1889), "中科路北向車輛撞擊護欄後逃逸，護欄倒伏佔用車道，擺設警示。", "Minor", "D")
    s.cctv("SN-CCTV-003", "wrong_way", 79.0, 0.55, "中科路/環中路二段 路口監視器：車輛異常行駛", "D")
    s.police("accident", 88.0, "zhongke_huanzhong", "肇逃車輛於中科路環中路口遭攔停，車頭毀損，駕駛酒測值0.45毫克，移送偵辦。", "Moderate", "D", follows=d3)
    # E: scooter stolen from the park car park
    e1 = s.c1999("other", 100.0, "park_pk", "我的機車停在公園地下停車場，看完演唱會出來就不見了。", "E", r=20)
    s.police("theft", 105.0, "park_pk", "民眾報案機車於中央公園地下停車場遭竊，調閱停車場監視器。", "Minor", "E", r=20)
    # background
    s.c1999("streetlight", 5.0, (120.6530, 24.1902), "中科路有一盞路燈不亮，燈桿編號 XT-21553。", None, r=20)
    s.status("SN-FL-005", "offline", 60.0, "中央公園滯洪池5 通訊中斷", reason="comms_lost")
    s.status("SN-FL-005", "online", 70.0, "中央公園滯洪池5 恢復連線")
    s.c1999("noise", 110.0, (120.6545, 24.1960), "環中路又有人在飆車，排氣管很吵。", None, r=80)
    s.rule("SN-VD-HUANZHONG-01", "congestion", 25.0, "環中路車輛偵測器1 車速降至 22 km/h，占有率 38%。")
    s.c1999("illegal_parking", 20.0, (120.6490, 24.1880), "凱旋路住家門口被車擋住。", None, r=60)
    s.incident("A", "planned_event", "演唱會散場人潮，凱旋路、中科路壅塞。", a1)
    s.incident("B", "public_safety", "影音中心門口鬥毆，一人頭部受傷送醫。", b3)
    s.incident("C", "rescue", "凱旋路公車站女性歌迷昏倒送醫。", c1)
    s.incident("D", "traffic", "中科路車輛撞護欄後逃逸，於中科路環中路口攔停（酒駕）。", d1)
    s.incident("E", "public_safety", "中央公園地下停車場機車失竊。", e1)
    s.notes = "permit item %s explains A." % pe
    s.alternative(
        "昏倒的歌迷在散場人潮裡，由演唱會散場勤務一併處理（醫護站、救護車動線），協調員可以不另開案；十點前的音量投訴也可以當例行環保案件。",
        same_incidents(s.incidents, drop=("C",)))
    return s


def s2158():
    s = Sit(2158, "rain_morning_hub", "2026-06-02 06:55", 215808,
            "梅雨鋒面，週二清晨大雨，上班時段水湳轉運中心與中清路環中路口一帶："
            "中清環中路口地下道積水越來越深，封閉地下道，一輛熄火車的駕駛受困待救；"
            "轉運中心市公車月台公車與轎車擦撞；轉運中心大廳旅客滑倒撞傷頭；"
            "一輛貨車沿環中路東行一路掉落木板；黎明路凱旋路口低窪處水溝被落葉堵住小積水。"
            "地下道受困的駕駛可以算在地下道淹水的同一件事裡。")
    s.rule("C0F9T0", "heavy_rain", 0.0, "西屯雨量站 1小時雨量 45.5 mm，達大雨標準。", None, level="大雨")
    s.rule("SN-RG-002", "heavy_rain", 15.0, "水湳轉運中心雨量站 1小時雨量 48.0 mm，達大雨標準。", None, level="大雨")
    # A: underpass flooding
    a1 = s.rule("SN-FL-006", "flood_depth", 15.0, "中清環中路口地下道 淹水深度 9 cm。", "A", level="1-15")
    s.rule("SN-FL-006", "flood_depth", 25.0, "中清環中路口地下道 淹水深度 24 cm。", "A", level="16-30")
    s.c1999("flooding", 31.0, (120.6570, 24.1985), "中清路環中路口地下道積水快到輪胎一半了，車子還一直開進去。", "A", r=40)
    s.cctv("SN-CCTV-008", "flooding", 33.0, 0.77, "中清路/環中路 路口監視器：路面積水", "A")
    s.police("flooding_report", 38.0, "zhongqing_huanzhong", "中清環中路口地下道積水約40公分，派員封閉地下道。", "Severe", "A")
    s.rule("SN-FL-006", "flood_depth", 45.0, "中清環中路口地下道 淹水深度 42 cm。", "A", level=">30")
    cl = s.police("road_closure", 46.0, "zhongqing_huanzhong", "中清環中路口地下道雙向封閉，車輛改行平面道路。", "Moderate", "A")
    s.rule("SN-VD-HUANZHONG-03", "congestion", 52.0, "環中路車輛偵測器3 車速降至 8 km/h，占有率 69%。", "A")
    s.rule("SN-VD-ZHONGQING-01", "congestion", 55.0, "中清路車輛偵測器1 車速降至 11 km/h，占有率 60%。", "A")
    s.rule("SN-FL-006", "cleared", 95.0, "中清環中路口地下道 淹水深度 3 cm，警戒解除。", "A")
    s.police("road_reopened", 101.0, "zhongqing_huanzhong", "地下道積水退去，抽水完畢，解除封閉恢復通行。", "Minor", "A", follows=cl)
    # B: driver trapped in a stalled car in the underpass
    b1 = s.c1999("rescue", 40.0, (120.6571, 24.1987), "地下道裡面有一台車熄火，駕駛還在車上出不來，水一直漲！", "B", alt="A", r=30)
    b2 = s.f119("rescue", 41.5, "zhongqing_huanzhong", "中清環中路口地下道車輛受困，1人，積水及車門。", "B", alt="A")
    s.f119("rescue", 49.0, "zhongqing_huanzhong", "到達現場，駕駛已由車窗救出，無外傷。", "B", alt="A", status="on_scene", follows=b2)
    s.f119("rescue", 66.0, "zhongqing_huanzhong", "受困駕駛救出，車輛待拖吊，結案。", "B", alt="A", status="closed", follows=b2)
    # C: bus and car scrape at the city-bus platform
    c1 = s.police("accident", 38.5, (120.6525, 24.1977), "水湳轉運中心市公車月台入口公車與自小客擦撞，無人受傷，月台入口受阻。", "Minor", "C")
    s.police("accident", 61.0, (120.6525, 24.1977), "擦撞車輛已移置，月台恢復進出。", "Minor", "C", follows=c1)
    # D: passenger slips in the hub concourse
    d1 = s.f119("ambulance", 57.0, (120.6529, 24.1973), "水湳轉運中心大廳旅客地面濕滑滑倒，頭部撞傷流血。", "D")
    s.c1999("rescue", 56.5, "hub", "轉運站大廳地板都是水，剛剛有一個伯伯滑倒頭撞到流血。", "D", r=20)
    s.f119("ambulance", 64.0, (120.6529, 24.1973), "到達現場，頭部擦傷已包紮，後送醫院。", "D", status="on_scene", follows=d1)
    # E: plywood dropped along 環中路 eastbound
    e1 = s.c1999("fallen_object", 25.0, (120.6480, 24.1966), "環中路往中清方向內側車道有木板，好幾片。", "E", r=35)
    s.cctv("SN-CCTV-002", "fallen_object", 26.0, 0.61, "凱旋路/環中路二段 路口監視器：車道上疑似掉落物", "E")
    s.cctv("SN-CCTV-003", "fallen_object", 28.0, 0.66, "中科路/環中路二段 路口監視器：車道上疑似掉落物", "E")
    s.c1999("fallen_object", 30.0, (120.6512, 24.1975), "環中路中科路口前面也有木板，貨車掉的吧，剛剛有機車差點摔。", "E", r=40, delay=(900, 1200))
    e5 = s.police("fallen_object", 42.0, (120.6505, 24.1972), "環中路二段東向沿線多處木板掉落，疑為貨車未綑綁，派員清除。", "Moderate", "E")
    s.police("fallen_object", 67.0, (120.6505, 24.1972), "木板已清除完畢，恢復通行。", "Minor", "E", follows=e5)
    # F: blocked drain at the 黎明路/凱旋路 low point
    f1 = s.c1999("blocked_drain", 20.0, (120.6477, 24.1932), "黎明路凱旋路口的水溝蓋被落葉塞住，水排不掉，路口一片水。", "F", alt=None, r=30)
    s.rule("SN-FL-009", "flood_depth", 35.0, "黎明路凱旋路口低窪處 淹水深度 8 cm。", "F", alt=None, level="1-15")
    s.rule("SN-FL-009", "cleared", 75.0, "黎明路凱旋路口低窪處 淹水深度 0 cm，警戒解除。", "F", alt=None)
    # background
    s.parking("SN-PK-001", "full", 50.0, "水湳轉運中心停車場 汽車車位已滿")
    s.c1999("streetlight", 10.0, (120.6555, 24.1995), "環中路二段路燈早上六點多還不會亮，下雨很暗。燈號 BT-40218。", None, r=30)
    s.status("SN-CCTV-010", "offline", 70.0, "河南路/中平路 路口監視器 通訊中斷", reason="comms_lost")
    s.c1999("other", 80.0, (120.6600, 24.1900), "今天下大雨學校有停課嗎？", None, r=100)
    s.rule("SN-VD-HUANZHONG-04", "congestion", 62.0, "環中路車輛偵測器4 車速降至 16 km/h，占有率 47%。")
    s.incident("A", "flood", "中清環中路口地下道積水達40公分以上，封閉地下道。", a1)
    s.incident("B", "rescue", "地下道熄火車輛駕駛受困，119救出。", b2)
    s.incident("C", "traffic", "轉運中心市公車月台入口公車與轎車擦撞。", c1)
    s.incident("D", "rescue", "轉運中心大廳旅客滑倒頭部撞傷送醫。", d1)
    s.incident("E", "traffic", "貨車沿環中路二段東向掉落多片木板。", e1)
    s.incident("F", "flood", "黎明路凱旋路口水溝阻塞，低窪處小積水（清溝）。", f1)
    s.alternative(
        "受困駕駛就在淹水的地下道裡，消防救援與地下道封閉是同一個現場、同一場淹水的處置，協調員可以只開一件淹水事件；"
        "黎明路凱旋路口的水溝阻塞只積水8公分，也可以當例行清溝案件，不開事件。",
        same_incidents(s.incidents, drop=("B", "F")))
    return s


def s2159():
    s = Sit(2159, "convention_move_in_night", "2026-11-05 20:00", 215909,
            "週四晚上會展中心為隔天開幕的車展進場佈展，晚間三個半小時內："
            "B館卸貨區堆高機撞破液化石油氣鋼瓶，瓦斯外洩、工作人員疏散；二十多分鐘後A館火警總機動作，"
            "是攤位煙霧機測試誤觸偵煙器；經貿路黎明路口一輛進場聯結車拋錨佔用車道；A館卸貨區展商筆電被偷；"
            "A館一名佈展工人從梯子摔落。隔天車展的許可、夜間倒車警示聲的投訴等是背景。"
            "A館火警可以被讀成B館瓦斯外洩的延伸。")
    s.permit("exhibition", "2026-11-06 10:00", "2026-11-09 18:00", "conv", 300,
             "2026台中車展，臺中國際會展中心A、B館，11/5晚間佈展進場。", "2026-10-20 14:00", None,
             title="2026台中車展", expected_attendance=60000)
    # A: LPG cylinder punctured at hall B's loading dock
    a1 = s.f119("hazmat", 74.0, (120.6560, 24.1936), "臺中國際會展中心B館卸貨區堆高機撞破液化石油氣鋼瓶，瓦斯外洩。", "A")
    s.c1999("gas_odor", 75.5, "tower", "營運塔這邊聞到很重的瓦斯味，會展中心那邊好像有人在疏散。", "A", r=30, dup=75)
    s.police("hazmat_report", 79.0, (120.6560, 24.1936), "會展B館卸貨區瓦斯外洩，管制經貿路二段外側車道，禁止煙火。", "Severe", "A")
    s.police("evacuation", 81.0, "hall_b", "B館佈展工作人員約60人疏散至會展廣場。", "Moderate", "A", r=20)
    s.f119("hazmat", 82.0, (120.6560, 24.1936), "到達現場，鋼瓶移至空曠處，以水霧稀釋，持續偵測濃度。", "A", status="on_scene", follows=a1)
    s.c1999("gas_odor", 84.0, (120.6572, 24.1948), "經貿路上一直有瓦斯味，會不會爆炸？", "A", r=40)
    s.f119("hazmat", 125.0, (120.6560, 24.1936), "鋼瓶洩壓完畢，偵測無殘留濃度，人員返回，結案。", "A", status="closed", follows=a1)
    # B: hall A panel alarm, a fog machine
    b1 = s.panel("SN-FA-002", "alarm", 100.0, "臺中國際會展中心 A棟 火警受信總機 火警：展場1F 偵煙式探測器", "B", alt="A")
    b2 = s.f119("fire", 101.0, "hall_a", "臺中國際會展中心A館火警受信總機動作，派遣出動。", "B", alt="A")
    s.panel("SN-FA-002", "normal", 109.0, "臺中國際會展中心 A棟 火警受信總機 復歸", "B", alt="A")
    s.f119("fire", 118.0, "hall_a", "現場為攤位煙霧機測試誤觸偵煙器，非火災，結案。", "B", alt="A", status="closed", follows=b2)
    # C: articulated lorry broken down at 經貿路/黎明路
    c1 = s.cctv("SN-CCTV-005", "stalled_vehicle", 128.0, 0.83, "經貿路二段/黎明路三段 路口監視器：外側車道大型車停滯", "C")
    c2 = s.police("stalled_vehicle", 132.0, "jingmao_liming", "佈展聯結車於經貿路二段黎明路口拋錨，佔用外側車道，擺設警示。", "Minor", "C")
    s.rule("SN-VD-JINGMAO-01", "congestion", 140.0, "經貿路車輛偵測器1 車速降至 14 km/h，占有率 49%。", "C")
    s.police("stalled_vehicle", 185.0, "jingmao_liming", "拋錨聯結車拖吊完成，車道恢復。", "Minor", "C", follows=c2)
    # D: laptop and projector stolen at hall A's loading area
    d1 = s.c1999("other", 145.0, "hall_a", "我們在會展A館卸貨的時候筆電跟投影機被偷了，要怎麼報案？", "D", r=25)
    s.police("theft", 150.0, "hall_a", "A館卸貨區展商筆電及投影機遭竊，受理報案，調閱館方監視器。", "Minor", "D", r=20)
    # E: worker falls from a ladder in hall A
    e1 = s.f119("ambulance", 165.0, "hall_a", "臺中國際會展中心A館，佈展工人從梯子摔落，腰部疼痛無法起身。", "E")
    s.f119("ambulance", 172.0, "hall_a", "到達現場，疑似腰椎受傷，固定後送醫院。", "E", status="on_scene", follows=e1)
    # background
    s.c1999("noise", 130.0, (120.6538, 24.2005), "會展中心那邊卸貨一直有倒車警示聲，十點多了還在吵。", None, r=60)
    s.cctv("SN-CCTV-004", "crowding", 90.0, 0.41, "經貿路二段/環中路二段 路口監視器：疑似人群聚集")
    s.status("SN-CCTV-006", "offline", 30.0, "經貿路二段/經貿七路 路口監視器 計畫性維護", reason="maintenance")
    s.status("SN-CCTV-006", "online", 120.0, "經貿路二段/經貿七路 路口監視器 恢復連線")
    s.c1999("streetlight", 40.0, (120.6560, 24.1925), "經貿七路路燈一盞不亮，編號 XT-30277。", None, r=20)
    s.rule("SN-VD-HUANZHONG-02", "congestion", 10.0, "環中路車輛偵測器2 車速降至 20 km/h，占有率 40%。")
    s.incident("A", "hazmat", "B館卸貨區液化石油氣鋼瓶破裂外洩，管制、疏散60人。", a1)
    s.incident("B", "fire", "A館火警受信總機動作，119出動，為煙霧機誤觸。", b1)
    s.incident("C", "traffic", "佈展聯結車於經貿路二段黎明路口拋錨。", c1)
    s.incident("D", "public_safety", "A館卸貨區展商設備遭竊。", d1)
    s.incident("E", "rescue", "A館佈展工人自梯子摔落受傷。", e1)
    s.alternative(
        "A館火警在B館瓦斯外洩還沒結案時、距離約100公尺響起，協調員在當下可能認為是瓦斯擴散引發的警報，把它併入外洩事件處理；事後才知道是煙霧機。",
        same_incidents(s.incidents, drop=("B",)))
    return s


def s2160():
    s = Sit(2160, "museumbrary_weekend", "2026-08-16 14:00", 216010,
            "週日下午綠美圖與中央公園北段遊客很多，兩個半小時內："
            "一名4歲女童在綠美圖二樓兒童區走失，二十分鐘後在公園滯洪池2旁被慢跑民眾發現；"
            "一名騎腳踏車的男子在經貿七路口摔倒滿臉是血，牽車離開，之後在營運塔前由救護車處理；"
            "公園草地烤肉炭火引燃草皮；公園北側場站的供電中斷，北地下停車場燈全暗、柵欄打不開，同一配電箱的滯洪池與雨量站設備一起離線。"
            "綠美圖的人潮、停車場客滿、街頭藝人與修樹的陳情是背景。")
    # A: 4-year-old lost at the Museumbrary, found at pond 2
    a1 = s.police("missing_person", 20.0, "museum", "綠美圖通報4歲女童於二樓兒童區走失，身穿粉紅色洋裝，綁兩條辮子。", "Moderate", "A", r=20)
    s.c1999("missing_person", 35.0, "pond2", "滯洪池旁邊有一個小女生一直哭，說找不到媽媽，穿粉紅色裙子。", "A", r=30, dup=[40, 600])
    s.police("missing_person", 42.0, "pond2", "走失女童於中央公園滯洪池2旁尋獲，已與母親會合。", "Minor", "A", r=25, follows=a1)
    # B: cyclist falls at 經貿七路 and walks off; treated in front of the tower
    b1 = s.c1999("traffic_accident", 50.0, "jingmao_jm7", "經貿七路口有人騎腳踏車自己摔倒，滿臉是血，又牽著車走了，往營運塔那邊。", "B", r=40)
    b2 = s.f119("ambulance", 63.0, "tower", "臺灣智慧營運塔前，男性臉部擦傷流血，自述騎腳踏車於經貿七路口跌倒。", "B")
    s.f119("ambulance", 70.0, "tower", "到達現場，傷者臉部擦傷，已包紮，拒絕送醫。", "B", status="closed", follows=b2)
    # C: barbecue embers set the grass alight
    c1 = s.c1999("fire_smoke", 70.0, (120.6559, 24.1872), "中央公園草地有人烤肉冒很多煙，好像燒到草了。", "C", r=40)
    s.c1999("fire_smoke", 74.0, (120.6555, 24.1878), "公園停車場旁邊草皮在燒，火不大但煙很多。", "C", r=40)
    c3 = s.f119("fire", 75.0, (120.6557, 24.1874), "中央公園北段草皮起火，疑似烤肉炭火引燃。", "C")
    s.f119("fire", 82.0, (120.6557, 24.1874), "到達現場，草皮燃燒約2平方公尺，已撲滅。", "C", status="on_scene", follows=c3)
    s.f119("fire", 95.0, (120.6557, 24.1874), "火勢撲滅，勸導民眾公園禁止烤肉，結案。", "C", status="closed", follows=c3)
    # D: power lost at the park's north field cabinet and car park
    d1 = s.status("SN-PK-004", "offline", 104.0, "中央公園地下停車場(北) 市電中斷，離線", "D", reason="mains_power_lost", gateway="GW-CP-N01")
    s.status("SN-FL-001", "offline", 104.0, "中央公園滯洪池1 市電中斷，離線", "D", reason="mains_power_lost", gateway="GW-CP-N01")
    s.status("SN-FL-002", "offline", 104.0, "中央公園滯洪池2 市電中斷，離線", "D", reason="mains_power_lost", gateway="GW-CP-N01")
    s.status("SN-WL-001", "offline", 105.0, "中央公園北滯洪池水位 市電中斷，離線", "D", reason="mains_power_lost", gateway="GW-CP-N01")
    s.status("SN-RG-001", "offline", 105.0, "中央公園雨量站 市電中斷，離線", "D", reason="mains_power_lost", gateway="GW-CP-N01")
    s.panel("SN-FA-007", "fault", 104.0, "中央公園地下停車場 火警受信總機 故障：主電源停電，切換預備電源", "D")
    s.c1999("power_outage", 108.0, "park_pk", "公園地下停車場裡面燈全暗，出口柵欄也打不開，車子出不去。", "D", r=20)
    s.parking("SN-PK-004", "closed", 112.0, "中央公園地下停車場(北) 停車場暫停開放", "D", delay=(400, 500))
    s.police("other", 118.0, "park_pk", "中央公園地下停車場停電，出口柵欄無法開啟，員警協助人工放行並通知台電。", "Minor", "D")
    s.status("SN-PK-004", "online", 140.0, "中央公園地下停車場(北) 恢復連線", "D")
    s.status("SN-FL-001", "online", 140.0, "中央公園滯洪池1 恢復連線", "D")
    s.status("SN-FL-002", "online", 140.0, "中央公園滯洪池2 恢復連線", "D")
    s.status("SN-WL-001", "online", 141.0, "中央公園北滯洪池水位 恢復連線", "D")
    s.status("SN-RG-001", "online", 141.0, "中央公園雨量站 恢復連線", "D")
    s.panel("SN-FA-007", "normal", 140.0, "中央公園地下停車場 火警受信總機 復歸", "D")
    # background
    s.cctv("SN-CCTV-006", "crowding", 30.0, 0.70, "經貿路二段/經貿七路 路口監視器：行人聚集", None, motion="standing")
    s.parking("SN-PK-006", "full", 10.0, "臺中國際會展中心停車場 汽車車位已滿")
    s.c1999("illegal_parking", 25.0, (120.6575, 24.1922), "綠美圖門口下車處一直有車停著不走。", None, r=30)
    s.c1999("noise", 55.0, (120.6568, 24.1905), "綠美圖旁邊街頭表演的喇叭太大聲了。", None, r=40)
    s.c1999("公園路樹", 90.0, "pond1", "公園北邊步道的樹枝垂太低，會打到頭，請修剪。", None, r=50)
    s.c1999("streetlight", 125.0, (120.6585, 24.1880), "經貿路靠近公園那邊有盞路燈白天亮著，編號 BT-32011。", None, r=20)
    s.incident("A", "rescue", "綠美圖4歲女童走失，於滯洪池2旁尋獲。", a1)
    s.incident("B", "rescue", "腳踏車自摔男子滿臉是血離開，於營運塔前由救護人員處理。", b1)
    s.incident("C", "fire", "中央公園北段烤肉炭火引燃草皮。", c1)
    s.incident("D", "infrastructure", "中央公園北側場站停電：北地下停車場全暗、柵欄無法開啟，GW-CP-N01 各設備離線。", d1)
    return s


def s2161():
    s = Sit(2161, "wandering_elder_evening", "2026-12-08 17:30", 216111,
            "週二傍晚：生態住宅A區一位78歲失智老婦下午外出未歸，家屬報案；她沿經貿路往北走，先在綠美圖門口一直問路，"
            "最後在水湳轉運中心被保全發現。同一時段A區一帶停電約一小時，敦化路整排路燈熄滅，A區一部電梯困住住戶；"
            "停電中的經貿路暗路段有機車自摔；晚上轉運中心有醉漢騷擾旅客。"
            "電梯受困可以算停電事件的一部分。")
    # A: elderly woman from block A walking north to the hub
    a1 = s.police("missing_person", 10.0, "eco_a", "生態住宅A區家屬報案，78歲失智女性下午4點多外出未歸，身穿紅色外套、推助行車。", "Moderate", "A", r=20)
    s.c1999("other", 35.0, "museum", "綠美圖門口有一位阿嬤一直問路，講不清楚要去哪裡，推著助行車，穿紅色外套。", "A", r=30)
    s.police("missing_person", 70.0, "hub", "水湳轉運中心保全發現走失老婦，員警到場確認身分，通知家屬。", "Minor", "A", r=20, follows=a1)
    # B: power cut around block A
    b1 = s.panel("SN-FA-011", "fault", 40.0, "水湳生態住宅 A區 集合住宅 火警受信總機 故障：主電源停電，切換預備電源", "B")
    s.status("SN-VD-JINGMAO-02", "offline", 40.0, "經貿路車輛偵測器2 市電中斷，離線", "B", reason="mains_power_lost")
    s.c1999("power_outage", 42.0, "eco_a", "生態住宅A區整棟停電了，什麼時候會來電？", "B", r=20, dup=25)
    s.c1999("streetlight", 44.0, (120.6605, 24.1845), "敦化路整排路燈都不亮，一片漆黑。", "B", r=40)
    s.c1999("power_outage", 47.0, (120.6593, 24.1848), "我們這邊停電了，A區旁邊幾棟都沒電。", "B", r=30)
    s.status("SN-VD-JINGMAO-02", "online", 102.0, "經貿路車輛偵測器2 恢復連線", "B")
    s.panel("SN-FA-011", "normal", 103.0, "水湳生態住宅 A區 集合住宅 火警受信總機 復歸：主電源恢復", "B")
    # C: lift stopped by the power cut with residents inside
    c1 = s.c1999("rescue", 44.5, "eco_a", "A區電梯停電卡住了，我媽跟鄰居在裡面，按鈴都沒有人回。", "C", alt="B", r=15)
    c2 = s.f119("rescue", 46.0, "eco_a", "北屯區經貿路三段水湳生態住宅A區電梯停電受困，2人。", "C", alt="B")
    s.f119("rescue", 54.0, "eco_a", "到達現場，電梯停於5樓與6樓之間，手動救出。", "C", alt="B", status="on_scene", follows=c2)
    s.f119("rescue", 68.0, "eco_a", "受困2人均救出無傷，結案。", "C", alt="B", status="closed", follows=c2)
    # D: scooter rider falls on the dark stretch of 經貿路
    d1 = s.police("injury_accident", 61.0, (120.6594, 24.1862), "經貿路三段停電路段路燈未亮，機車騎士自摔受傷。", "Moderate", "D")
    d0 = s.f119("ambulance", 60.0, (120.6594, 24.1862), "經貿路三段機車自摔，騎士1名右手受傷。", "D")
    s.c1999("traffic_accident", 59.5, (120.6596, 24.1866), "經貿路好暗，有機車騎士摔倒在路邊。", "D", r=30)
    # E: drunk man harassing passengers at the hub
    e1 = s.c1999("other", 100.0, "hub", "轉運站候車區有一個喝醉的男生一直對旅客大吼大叫，還在推人。", "E", r=20)
    e2 = s.police("public_disturbance", 102.0, "hub", "水湳轉運中心候車區酒醉男子滋擾旅客，到場處理。", "Minor", "E", r=20)
    s.police("public_disturbance", 118.0, "hub", "酒醉男子已由家屬帶回，現場恢復秩序。", "Minor", "E", r=20, follows=e2)
    # background
    s.parking("SN-PK-001", "full", 5.0, "水湳轉運中心停車場 汽車車位已滿")
    s.rule("SN-VD-HUANZHONG-02", "congestion", 15.0, "環中路車輛偵測器2 車速降至 16 km/h，占有率 50%。")
    s.c1999("streetlight", 20.0, (120.6505, 24.1945), "黎明路三段一盞路燈不亮，編號 XT-10533。", None, r=20)
    s.cctv("SN-CCTV-004", "crowding", 25.0, 0.45, "經貿路二段/環中路二段 路口監視器：疑似人群聚集")
    s.c1999("noise", 140.0, (120.6615, 24.1830), "敦化路有人在放鞭炮。", None, r=60)
    s.c1999("other", 150.0, "hub", "轉運中心廁所沒有衛生紙。", None, r=20)
    s.incident("A", "rescue", "78歲失智老婦自生態住宅A區走失，經綠美圖往北，於轉運中心尋獲。", a1)
    s.incident("B", "infrastructure", "生態住宅A區一帶停電約一小時，路燈、偵測器、火警總機主電源中斷。", b1)
    s.incident("C", "rescue", "停電造成A區電梯受困2人，119救出。", c1)
    s.incident("D", "traffic", "經貿路三段停電暗路段機車自摔。", d0)
    s.incident("E", "public_safety", "轉運中心候車區酒醉男子滋擾旅客。", e1)
    s.alternative(
        "電梯是停電造成的，台電搶修送電後電梯也會恢復，協調員可以把受困救援當作停電事件裡的一項工作，只開一件停電事件。",
        same_incidents(s.incidents, drop=("C",)))
    return s


def s2162():
    s = Sit(2162, "dawn_hit_and_run", "2026-01-17 05:10", 216212,
            "週六清晨，中平路拓寬工程施工期間。河南路中平路口一輛黑色轎車撞上號誌桿後沒停，往北開，"
            "半小時後被發現棄置在河南路停車場入口，路口號誌不亮到早上；中央公園南端一名晨跑民眾倒在步道上；"
            "中平路施工圍籬被風吹倒在車道上；河南路停車場旁垃圾桶菸蒂起火。施工許可、清潔車噪音、單盞路燈是背景。"
            "號誌桿被撞壞可以算在肇逃事故裡，也可以另開號誌維修案。")
    s.permit("road_works", "2026-01-05 08:00", "2026-03-31 18:00", (120.6570, 24.1722), 350,
             "中平路（經貿路至皇城街）拓寬工程，外側車道夜間及清晨施工圍籬。", "2025-12-30 09:00", None,
             title="中平路拓寬工程")
    # A: car hits the signal pole at 河南路/中平路 and drives on
    a1 = s.signal("SN-SIG-010", "fault", 12.0, "河南路/中平路 號誌 控制器通訊異常，燈號全暗", "A", alt="A2")
    s.cctv("SN-CCTV-010", "accident", 12.0, 0.69, "河南路/中平路 路口監視器：車輛撞擊路側設施", "A", delay=(330, 420))
    s.cctv("SN-CCTV-010", "signal_dark", 13.0, 0.88, "河南路/中平路 路口監視器：號誌燈未亮", "A", alt="A2")
    a4 = s.c1999("traffic_accident", 16.0, "henan_zhongping", "河南路中平路口有一台黑色轎車撞到紅綠燈桿，沒停往河南路停車場那邊開走了。", "A", r=40)
    a5 = s.police("accident", 25.0, "henan_zhongping", "自小客撞擊號誌桿後逃逸，號誌桿傾斜、燈號不亮，現場蒐證。", "Moderate", "A")
    s.police("accident", 48.0, "henan_pk", "肇逃車輛棄置於河南路停車場入口，車頭毀損，駕駛不在車上，通知車主到案。", "Moderate", "A", follows=a5)
    s.police("traffic_signal_fault", 90.0, "henan_zhongping", "河南路中平路口號誌桿遭撞仍未修復，早上車流增加，派員指揮交通。", "Moderate", "A", alt="A2")
    s.rule("SN-VD-HENAN-02", "congestion", 105.0, "河南路車輛偵測器2 車速降至 13 km/h，占有率 52%。", "A", alt="A2")
    s.signal("SN-SIG-010", "restored", 135.0, "河南路/中平路 號誌 恢復正常", "A", alt="A2")
    # B: works hoarding blown over into the lane of 中平路
    b1 = s.c1999("fallen_object", 70.0, (120.6566, 24.1716), "中平路施工圍籬倒在車道上，擋住一整個車道。", "B", r=30)
    b2 = s.police("fallen_object", 82.0, (120.6566, 24.1716), "中平路拓寬工程圍籬倒伏佔用車道，通知施工廠商扶正，擺設警示。", "Minor", "B")
    s.police("fallen_object", 115.0, (120.6566, 24.1716), "施工廠商已將圍籬扶正固定，恢復通行。", "Minor", "B", follows=b2)
    # C: jogger collapses at the south end of the park
    c1 = s.c1999("rescue", 55.0, (120.6558, 24.1765), "公園南邊步道有人倒在地上，叫不醒！", "C", r=25, dup=20)
    c2 = s.f119("ambulance", 56.0, (120.6557, 24.1764), "中央公園南端步道，晨跑男性倒地，無意識，旁人CPR中。", "C")
    s.f119("ambulance", 63.0, (120.6557, 24.1764), "到達現場，AED電擊1次後恢復脈搏，後送醫院。", "C", status="on_scene", follows=c2)
    s.f119("ambulance", 80.0, (120.6557, 24.1764), "傷病患已送中國醫藥大學附設醫院，返隊。", "C", status="returning", follows=c2)
    # D: rubbish bin fire beside the Henan Rd car park
    d1 = s.c1999("fire_smoke", 96.0, (120.6535, 24.1743), "河南路停車場旁邊垃圾桶在燒，冒煙。", "D", r=25)
    d2 = s.f119("fire", 97.0, (120.6535, 24.1743), "河南路停車場旁垃圾桶起火。", "D")
    s.f119("fire", 108.0, (120.6535, 24.1743), "垃圾桶內菸蒂引燃，已撲滅，結案。", "D", status="closed", follows=d2)
    # background
    s.c1999("noise", 5.0, (120.6495, 24.1690), "清晨五點垃圾車音樂就在放，很吵。", None, r=60)
    s.status("SN-FL-007", "offline", 30.0, "河南路低窪處 通訊中斷", reason="comms_lost")
    s.status("SN-FL-007", "online", 42.0, "河南路低窪處 恢復連線")
    s.c1999("streetlight", 60.0, (120.6480, 24.1690), "河南路有一盞路燈不亮，燈號 XT-52210。", None, r=20)
    s.rule("SN-VD-ZHONGPING-02", "congestion", 120.0, "中平路車輛偵測器2 車速降至 19 km/h，占有率 42%。")
    s.incident("A", "traffic", "河南路中平路口自小客撞號誌桿後逃逸，車輛棄置河南路停車場；號誌全暗至修復。", a1)
    s.incident("B", "traffic", "中平路施工圍籬倒伏佔用車道。", b1)
    s.incident("C", "rescue", "中央公園南端晨跑民眾倒地，CPR、AED後送醫。", c2)
    s.incident("D", "fire", "河南路停車場旁垃圾桶菸蒂起火。", d2)
    s.alternative(
        "號誌桿被撞壞後需要交通局的號誌廠商搶修，與警察處理的肇逃案是兩組人；協調員可以把號誌故障（黑燈、指揮交通、回堵）另開一件號誌維修事件。",
        same_incidents(s.incidents, changes={"A": {"description": "河南路中平路口自小客撞號誌桿後逃逸，車輛棄置河南路停車場。",
                                                    "sufficient_evidence_key": a4}},
                       add=[{"label": "A2", "type": "traffic",
                                         "description": "河南路中平路口號誌桿遭撞全暗，指揮交通至修復。",
                                         "sufficient_evidence_key": a1}]))
    return s


if __name__ == "__main__":
    for make in (s2157, s2158, s2159, s2160, s2161, s2162):
        print(make().write())
