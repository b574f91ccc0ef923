"""Situations 2017-2022: a cancelled concert, a moved market, a lantern festival, a car meet, a concert in a storm, a rally."""
from lib import Sit


def s2017():
    s = Sit(2017, "cancelled_concert_fans_gather",
            "中央公園北側草坪週六戶外演唱會因豪雨特報於當天 13:00 撤銷許可；傍晚歌迷仍聚集在綠美圖一帶，警方勸離；一名歌迷在濕滑階梯跌倒；17:10 經貿路雨中另有一起與演唱會無關的車禍。雨量站與滯洪池的警示是預期中的雨，無人派遣。",
            "2026-07-25 12:00")
    e = s.ev
    G = s.inc("G", "crowd", "演唱會取消後歌迷仍於綠美圖聚集，警方勸離並處理違停")
    R = s.inc("R", "rescue", "歌迷於綠美圖濕滑階梯跌倒受傷")
    X = s.inc("X", "traffic", "經貿路雨中自撞，與演唱會無關")
    p = e("planned_event", "concert", 420, "中央公園北側草坪戶外演唱會，19:00-22:00，預估 15,000 人", G, at="park_n", ends_m=600,
          arrival_m=-24 * 24 * 60, radius_m=500, alt=None)
    e("planned_event", "concert", 420, "撤銷：因豪雨特報，中央公園戶外演唱會取消", G, at="park_n", ends_m=600, arrival_m=60,
      radius_m=500, permit_status="cancelled", follows=p, alt=None)
    e("rule", "heavy_rain", 180, "中央公園雨量站 時雨量達大雨標準", None, sensor="SN-RG-001", sev="Moderate", level="大雨", lag=1)
    e("rule", "heavy_rain", 200, "西屯 雨量站 時雨量達大雨標準", None, sensor="C0F9T0", sev="Moderate", level="大雨", lag=2)
    e("rule", "flood_depth", 230, "中央公園滯洪池1 水深 1-15 公分", None, sensor="SN-FL-001", sev="Minor", level="1-15", lag=1)
    e("rule", "cleared", 330, "中央公園滯洪池1 淹水警戒解除", None, sensor="SN-FL-001", sev="Minor", lag=1)
    # unrelated crash
    x = e("incident", "injury_accident", 310, "經貿路近經貿七路雨天自小客車打滑撞分隔島，駕駛輕傷", X, sev="Moderate",
          at=(120.6575, 24.1898), jit=30, lag=5)
    e("119", "ambulance", 311, "經貿路 自撞 駕駛胸口疼痛", X, at=(120.6575, 24.1898), jit=30, lag=1)
    e("incident", "accident", 345, "經貿路事故車拖離", X, sev="Minor", at=(120.6575, 24.1898), jit=30, lag=3, follows=x)
    # fans gather
    g1 = e("cctv", "crowding", 390, "影像分析：經貿路二段/經貿七路 路口人潮聚集", G, sensor="SN-CCTV-006", confidence=0.64, lag=0.5)
    e("1999", "crowding", 400, "演唱會不是取消了嗎？綠美圖前面還是好多人在等", G, at="mus", jit=40, lag=4)
    s.park_full("SN-PK-004", 405, G)
    e("1999", "illegal_parking", 415, "經貿七路那邊一堆車違停，說是要來看演唱會的", G, at="x_jm_jm7", jit=60, lag=8)
    g2 = e("incident", "crowd_control", 425, "綠美圖前歌迷約 800 人聚集不散，派員勸離並宣導演唱會取消", G, sev="Moderate", at="mus", jit=40, lag=3)
    s.set_suff(G, g2)
    s.crowd_cam("SN-CCTV-006", 440, 0.71, G)
    r = e("119", "ambulance", 445, "綠美圖戶外階梯 女性 跌倒 頭部撞傷", R, at=(120.6575, 24.1910), jit=20, lag=1)
    e("1999", "rescue", 444, "綠美圖樓梯很滑有人跌倒流血", R, at="mus", jit=50, lag=2)
    s.dup(r, 2)
    s.congestion("SN-VD-JINGMAO-02", 450, G, alt=None)
    e("incident", "crowd_control", 500, "綠美圖前歌迷已散去", G, sev="Minor", at="mus", jit=40, lag=4, follows=g2)
    # background
    e("1999", "fallen_tree", 260, "北屯住家前行道樹樹枝斷在人行道上", None, at="beitun", jit=200, lag=15)
    e("1999", "blocked_drain", 240, "逢甲這邊水溝水滿出來了", None, at="fengjia", jit=200, lag=12)
    _ = g1
    s.notes = ("Why: 許可撤銷後仍有歌迷聚集，警方勸離是一個人潮案；原許可與撤銷版是這個案子的背景，列入本案（alt：撤銷的許可什麼都不解釋，視為雜訊）。"
               "大雨與滯洪池 1-15 公分是滯洪池正常蓄水，無人派遣。經貿路偵測器2壅塞可能是歌迷車潮或雨天車流（alt：雜訊）。")
    s.alt = ("撤銷的許可與雨天壅塞視為雜訊。", {})
    s.write()


def s2018():
    s = Sit(2018, "market_moved_to_hub",
            "週六文創市集原核准於河南路停車場，三天前變更為水湳轉運中心廣場：人潮、轉運中心停車場滿、環中路壅塞屬市集（在新地點）；10:30 有民眾到舊地點找不到市集；14:20 長者在廣場跌倒；16:05 餐車瓦斯鋼瓶外洩、攤位疏散；18:40 停車場出口轉入環中路擦撞。",
            "2026-08-15 09:00")
    e = s.ev
    M = s.inc("M", "planned_event", "轉運中心廣場文創市集人潮與交通（變更後地點）")
    O = s.inc("O", "rescue", "市集長者跌倒送醫")
    Z = s.inc("Z", "hazmat", "市集餐車瓦斯鋼瓶外洩，周邊攤位疏散")
    X = s.inc("X", "traffic", "轉運中心停車場出口車輛轉入環中路擦撞")
    p = e("planned_event", "market", 60, "水湳文創市集，河南路停車場，10:00-20:00，攤位 120 攤", M, at="henan_cp", ends_m=660,
          arrival_m=-40 * 24 * 60, radius_m=250)
    e("planned_event", "market", 60, "變更：水湳文創市集改至水湳轉運中心廣場舉辦，時間不變", M, at="hub_plaza", ends_m=660,
      arrival_m=-3 * 24 * 60, radius_m=250, permit_status="amended", follows=p)
    e("1999", "other", 90, "網路說河南路停車場有市集，來了都沒人，是取消了嗎", None, at="henan_cp", jit=40, lag=5, alt=M)
    s.crowd_cam("SN-CCTV-004", 120, 0.7, M)
    s.park_full("SN-PK-001", 150, M)
    s.congestion("SN-VD-HUANZHONG-02", 160, M)
    s.crowd_cam("SN-CCTV-003", 180, 0.66, M)
    e("1999", "illegal_parking", 200, "轉運站旁環中路慢車道停滿車，公車進不去", M, at="x_zk_hz", jit=60, lag=7)
    s.park_full("SN-PK-002", 240, M)
    # elder fall
    o = e("1999", "rescue", 320, "轉運中心廣場有一位阿嬤跌倒站不起來", O, at="hub_plaza", jit=30, lag=2)
    e("119", "ambulance", 322, "水湳轉運中心廣場 女性 82歲 跌倒 髖部疼痛", O, at="hub_plaza", jit=20, lag=1)
    s.dup(o, 3)
    # gas leak
    z1 = e("1999", "gas_odor", 425, "市集餐車那邊好濃的瓦斯味", Z, at=(120.6538, 24.1963), jit=30, lag=2)
    z2 = e("119", "hazmat", 427, "水湳轉運中心廣場 餐車瓦斯鋼瓶外洩", Z, at=(120.6538, 24.1963), jit=20, lag=1)
    e("incident", "hazmat_report", 430, "市集餐車瓦斯鋼瓶閥門損壞外洩，拉封鎖線", Z, sev="Severe", at=(120.6538, 24.1963), jit=30, lag=3)
    e("incident", "evacuation", 432, "外洩餐車周邊 20 攤疏散，民眾撤離至轉運站內", Z, sev="Moderate", at="hub_plaza", jit=30, lag=4)
    e("119", "hazmat", 455, "鋼瓶關閥移除，現場安全", Z, at=(120.6538, 24.1963), jit=20, lag=1, status="closed", follows=z2)
    e("incident", "crowd_control", 470, "市集恢復營業，人潮回流", M, sev="Minor", at="hub_plaza", jit=40, lag=4)
    # exit crash
    x = e("incident", "accident", 580, "轉運中心停車場出口車輛右轉環中路與機車擦撞，騎士輕傷", X, sev="Moderate", at="x_zk_hz", jit=30, lag=4)
    e("cctv", "stalled_vehicle", 579, "影像分析：中科路/環中路二段 路口車輛停滯", X, sensor="SN-CCTV-003", confidence=0.73, lag=0.5)
    s.set_suff(X, x)
    s.congestion("SN-VD-HUANZHONG-02", 585, X, alt=M)
    e("incident", "accident", 610, "轉運中心出口事故處理完畢", X, sev="Minor", at="x_zk_hz", jit=30, lag=3, follows=x)
    # background
    e("status", "offline", 200, "水湳轉運中心雨量站 離線", None, sensor="SN-RG-002", lag=0.5, reason="battery_low")
    e("1999", "streetlight", 50, "中平路路燈白天一直亮", None, at=(120.6560, 24.1712), jit=60, lag=40)
    e("1999", "noise", 700, "北屯這邊鄰居裝潢很吵", None, at="beitun", jit=200, lag=10)
    s.notes = ("Why: 變更版許可把地點移到轉運中心，人潮證據都在新地點，與原許可同一案。到舊地點找不到市集的民眾詢問，不需派遣（alt：屬市集案）。"
               "瓦斯外洩在市集內，但需要消防危險物品處理與疏散，另開 hazmat 案；疏散的通報屬外洩案。"
               "出口擦撞後 5 分鐘的環中路偵測器2壅塞判為事故造成（alt：市集散場車流）。轉運中心雨量站電池低離線只需維修單。")
    s.alt = ("舊地點的詢問屬市集案；出口擦撞後的環中路壅塞屬市集散場車流。", {})
    s.write()


def s2019():
    s = Sit(2019, "lantern_festival_park",
            "中央公園元宵燈會（18:00-22:00，約五萬人）：三座停車場滿、中科路凱旋路經貿路壅塞、噪音屬燈會；19:45 南段一座主燈電線走火冒煙，周邊疏散；20:10 母親報案孩子走失，20:25 志工在北段撿到哭泣的孩子（同一人）；21:30 一名長者在影音中心附近走失；21:50 中科路出口兩群年輕人鬥毆。",
            "2026-03-03 16:30")
    e = s.ev
    L = s.inc("L", "planned_event", "元宵燈會人潮、停車、交通與噪音")
    F = s.inc("F", "fire", "南段主燈電線走火冒煙，周邊遊客疏散")
    K = s.inc("K", "rescue", "五歲女童與母親走散，志工於北段尋獲")
    E = s.inc("E", "rescue", "長者於影音中心附近走失，之後尋獲")
    D = s.inc("D", "public_order", "中科路出口兩群年輕人鬥毆")
    pe = e("planned_event", "festival", 90, "2026 臺中元宵燈會，中央公園，18:00-22:00，預估五萬人", L, at="park_mid", ends_m=330,
           arrival_m=-50 * 24 * 60, radius_m=900)
    s.set_suff(L, pe)
    for pk, m in (("SN-PK-004", 95), ("SN-PK-005", 105), ("SN-PK-003", 125)):
        s.park_full(pk, m, L)
    for vd, m in (("SN-VD-ZHONGKE-01", 100), ("SN-VD-KAIXUAN-02", 110), ("SN-VD-JINGMAO-02", 130), ("SN-VD-HENAN-02", 150)):
        s.congestion(vd, m, L)
    s.crowd_cam("SN-CCTV-006", 120, 0.74, L)
    e("incident", "crowd_control", 140, "燈會主燈區人潮管制，單向通行", L, sev="Moderate", at="park_mid", jit=80, lag=3)
    e("1999", "noise", 160, "燈會音樂太大聲，生態住宅這邊關窗都聽得到", L, at="ecoB", jit=40, lag=6)
    e("1999", "illegal_parking", 170, "河南路停車場外面違停一整排", L, at="henan_cp", jit=60, lag=9)
    # lantern fire
    f1 = e("1999", "fire_smoke", 195, "公園南邊那座大燈冒煙，有燒焦味", F, at="park_s", jit=40, lag=1)
    f2 = e("119", "fire", 196, "中央公園南段 燈會主燈 電線走火冒煙", F, at="park_s", jit=30, lag=1)
    e("incident", "fire_report", 197, "燈會南段主燈冒煙，關閉電源並疏散周邊遊客", F, sev="Severe", at="park_s", jit=40, lag=3)
    s.dup(f1, 1)
    e("1999", "fire_smoke", 197, "中央公園南邊好像失火了，煙很大", F, at="fcu", jit=120, lag=2)
    e("incident", "evacuation", 199, "南段主燈周邊 50 公尺遊客疏散", F, sev="Moderate", at="park_s", jit=30, lag=4)
    e("119", "fire", 215, "主燈電線走火已處理，無人受傷", F, at="park_s", jit=30, lag=1, status="closed", follows=f2)
    # lost child: reported mid, found north
    k1 = e("incident", "missing_person", 220, "協尋：5歲女童，粉紅外套，於燈會中段主燈區與母親走散", K, sev="Moderate", at="park_mid", jit=40, lag=4)
    e("1999", "missing_person", 235, "我在公園北邊撿到一個小女生在哭，穿粉紅外套，找不到媽媽", K, at="park_n", jit=40, lag=2, alt="K2")
    e("incident", "missing_person", 250, "走失女童已於北段服務台與母親會合，協尋解除", K, sev="Minor", at="park_n", jit=30, lag=3, follows=k1)
    # lost elder
    e("1999", "missing_person", 300, "我媽媽80歲在影音中心那邊不見了，手機沒帶", E, at="pop", jit=60, lag=3)
    e1 = e("incident", "missing_person", 305, "協尋：80歲女性，於流行影音中心附近與家人走失", E, sev="Moderate", at="pop", jit=40, lag=4)
    e("incident", "missing_person", 342, "走失長者於凱旋路公車站尋獲", E, sev="Minor", at=(120.6508, 24.1880), jit=30, lag=5, follows=e1)
    # fight
    d = e("incident", "public_disturbance", 320, "中科路燈會出口兩群年輕人互毆，一人鼻樑流血", D, sev="Moderate", at="zk_mid", jit=40, lag=3)
    e("119", "ambulance", 322, "中科路 鬥毆 男性 臉部外傷", D, at="zk_mid", jit=40, lag=1)
    e("incident", "public_disturbance", 350, "鬥毆雙方已帶回偵辦", D, sev="Minor", at="zk_mid", jit=40, lag=4, follows=d)
    # exit
    s.congestion("SN-VD-ZHONGKE-01", 335, L, sev="Severe")
    s.congestion("SN-VD-KAIXUAN-02", 338, L, sev="Severe")
    e("incident", "crowd_control", 330, "燈會散場，中科路、凱旋路人車分流", L, sev="Moderate", at="park_n", jit=80, lag=3)
    # background
    e("1999", "streetlight", 60, "河南路一盞路燈不亮", None, at=(120.6495, 24.1700), jit=60, lag=30)
    e("fire_alarm", "fault", 250, "水湳水資源回收中心 受信總機 預備電源電壓不足", None, sensor="SN-FA-008", lag=0.2)
    s.notes = ("Why: 母親在中段報案、志工在 500 公尺外北段撿到的女童，衣著相同，15 分鐘後確認是同一人（alt：志工撿到的孩子當作另一案 K2）。"
               "鬥毆傷者的救護車屬鬥毆案。主燈冒煙在燈會內，但需消防處置與疏散，另開火警案。水資源中心總機預備電源電壓不足只是設備維修。")
    s.alt = ("志工撿到的孩子另開一案 K2。",
             {"add": [{"label": "K2", "type": "rescue", "description": "志工於北段撿到走失女童（當作另一案）",
                       "sufficient_evidence_key": None}]})
    s.write()


def s2020():
    s = Sit(2020, "night_car_meet_zhongke",
            "週六深夜中科路、凱旋路一帶未經許可的改裝車聚會與飆車（約 200 人圍觀）：多起噪音陳情、人群聚集與壅塞；01:20 一輛改裝車甩尾撞上路緣並擦傷一名圍觀者；00:30 轉運中心一名醉漢倒臥；隔天早上民眾反映中科路路面油漬。陳情多數延遲數十分鐘。",
            "2026-09-12 22:30")
    e = s.ev
    C = s.inc("C", "public_order", "中科路凱旋路改裝車聚會飆車，警方驅離")
    X = s.inc("X", "traffic", "改裝車甩尾撞路緣擦傷圍觀者")
    D = s.inc("D", "rescue", "轉運中心醉漢倒臥")
    e("1999", "noise", 35, "中科路一直有改裝車在催油門，吵到不能睡", C, at="zk_mid", jit=150, lag=25)
    e("1999", "noise", 55, "凱旋路影音中心那邊一群車在飆，排氣管超大聲", C, at="kx_mid", jit=120, lag=18)
    e("1999", "crowding", 65, "中科路路邊好多人圍觀飆車，很危險", C, at="zk_mid", jit=80, lag=12)
    c = e("incident", "public_disturbance", 80, "中科路、凱旋路改裝車聚集約 60 輛、圍觀約 200 人，派員驅離", C, sev="Moderate", at="zk_mid",
          jit=60, lag=5)
    s.set_suff(C, c)
    s.congestion("SN-VD-ZHONGKE-01", 85, C, sev="Minor")
    n1 = e("1999", "noise", 88, "生態住宅這邊半夜一直有跑車催油門的聲音", C, at="ecoA", jit=80, lag=22)
    s.dup(n1, 6)
    s.congestion("SN-VD-KAIXUAN-02", 92, C, sev="Minor")
    e("cctv", "wrong_way", 100, "影像分析：黎明路三段/凱旋路 逆向行駛車輛", C, sensor="SN-CCTV-007", confidence=0.68, lag=0.5, alt=None)
    e("1999", "noise", 95, "逢甲水湳校區宿舍這邊一直聽到轟轟轟", C, at="fcu", jit=100, lag=30)
    # drunk
    d = e("incident", "medical", 120, "轉運中心候車亭一名男子酒醉倒臥，意識模糊", D, sev="Moderate", at="hub", jit=40, lag=6)
    e("119", "ambulance", 122, "水湳轉運中心 男性 酒醉 倒臥", D, at="hub", jit=40, lag=1)
    _ = d
    # crash
    x = e("incident", "injury_accident", 170, "凱旋路改裝車甩尾失控撞路緣，擦傷一名圍觀民眾", X, sev="Moderate", at="kx_mid", jit=40, lag=4, alt=C)
    e("119", "ambulance", 171, "凱旋路 車禍 圍觀民眾腿部擦傷", X, at="kx_mid", jit=40, lag=1, alt=C)
    e("1999", "traffic_accident", 170, "凱旋路那邊飆車撞到人了", X, at="pop", jit=80, lag=6, alt=C)
    e("incident", "public_disturbance", 200, "改裝車聚集已驅離，攔查 12 輛，開單 8 件", C, sev="Minor", at="zk_mid", jit=60, lag=8, follows=c)
    e("incident", "accident", 190, "凱旋路甩尾肇事車輛已扣留", X, sev="Minor", at="kx_mid", jit=40, lag=15, follows=x, alt=C)
    e("incident", "public_disturbance", 230, "改裝車於中科路南段再度聚集，再次驅離", C, sev="Minor", at=(120.6537, 24.1820), jit=60, lag=6)
    e("1999", "noise", 228, "又來了，中科路又在飆", C, at="zk_mid", jit=120, lag=14)
    # next morning
    e("1999", "road_damage", 570, "中科路路面有一大片油漬和輪胎痕，機車很容易滑", None, at="zk_mid", jit=80, lag=30, alt=C)
    # background
    e("1999", "noise", 270, "北屯這邊樓下卡拉OK唱到三點", None, at="beitun", jit=150, lag=10)
    e("status", "offline", 150, "環中路車輛偵測器4 離線", None, sensor="SN-VD-HUANZHONG-04", lag=0.5, reason="comms_lost")
    e("status", "online", 175, "環中路車輛偵測器4 連線", None, sensor="SN-VD-HUANZHONG-04", lag=0.5)
    e("1999", "streetlight", 600, "河南路停車場旁路燈不亮", None, at="henan_cp", jit=60, lag=60)
    e("1999", "illegal_parking", 500, "北屯住家車庫前被擋", None, at="beitun", jit=200, lag=20)
    s.notes = ("Why: 黎明凱旋路口的逆向影像距聚會約 700 公尺，可能是離場的改裝車，也可能是一般酒駕（alt：雜訊）。沒有許可的聚會：第一通陳情是噪音，警方通報（聚集 60 輛、圍觀 200 人）才足以開案。甩尾撞傷圍觀者要救護車與事故處理，另開交通案"
               "（alt：是飆車聚會本身的一部分）。隔天早上的路面油漬需清潔隊，不屬夜間案件（alt：屬聚會善後）。"
               "深夜北屯卡拉OK噪音距 2 公里以上，無關。")
    s.alt = ("甩尾撞人與隔天的油漬都屬飆車聚會案；黎明凱旋路口逆向影像為雜訊。", {"drop": ["X"]})
    s.write()


def s2021():
    s = Sit(2021, "concert_in_storm_henan_flood",
            "流行影音中心週六晚間演唱會遇午後雷陣雨：18:00 起河南路低窪處積水 16-30 公分、河南路停車場入口積水暫停開放、淹水感測器一度斷訊，屬淹水案；演唱會人潮、中央公園南停車場滿、凱旋路壅塞屬演唱會；20:30 場內觀眾昏倒；22:20 散場凱旋路濕滑擦撞。",
            "2026-06-06 16:30")
    e = s.ev
    C = s.inc("C", "planned_event", "流行影音中心演唱會人潮與散場交通")
    W = s.inc("W", "flood", "河南路低窪處積水，河南路停車場入口暫停開放")
    F = s.inc("F", "rescue", "演唱會觀眾昏倒送醫")
    X = s.inc("X", "traffic", "散場凱旋路濕滑機車擦撞")
    pe = e("planned_event", "concert", 150, "流行影音中心演唱會，19:00-22:00，預估 12,000 人", C, at="pop", ends_m=330,
           arrival_m=-21 * 24 * 60, radius_m=400)
    s.set_suff(C, pe)
    e("rule", "heavy_rain", 60, "中央公園雨量站 時雨量達豪雨標準", None, sensor="SN-RG-001", sev="Severe", level="豪雨", lag=1, alt=W)
    e("rule", "heavy_rain", 70, "西屯 雨量站 時雨量達豪雨標準", None, sensor="C0F9T0", sev="Severe", level="豪雨", lag=3)
    w1 = e("rule", "flood_depth", 90, "河南路低窪處 水深 16-30 公分", W, sensor="SN-FL-007", sev="Moderate", level="16-30", lag=1)
    e("1999", "flooding", 95, "河南路停車場前面淹水，車子過不去", W, at="henan_cp", jit=40, lag=3)
    e("parking", "closed", 100, "河南路停車場 入口積水暫停開放", W, sensor="SN-PK-003", lag=0.5)
    e("incident", "flooding_report", 102, "河南路近停車場積水約 20 公分，車輛改道", W, sev="Moderate", at="henan_cp", jit=40, lag=4)
    e("incident", "road_closure", 108, "河南路積水路段封閉，請改行中平路", W, sev="Minor", at=(120.6518, 24.1735), jit=30, lag=3)
    e("status", "offline", 120, "河南路低窪處 淹水感測器 離線", W, sensor="SN-FL-007", lag=0.5, reason="comms_lost")
    e("status", "online", 170, "河南路低窪處 淹水感測器 連線", W, sensor="SN-FL-007", lag=0.5)
    e("rule", "cleared", 200, "河南路低窪處 淹水警戒解除", W, sensor="SN-FL-007", sev="Minor", lag=1, follows=w1)
    e("incident", "road_reopened", 215, "河南路積水退去，恢復通行", W, sev="Minor", at=(120.6518, 24.1735), jit=30, lag=4)
    s.dup(w1, 2)
    # concert
    s.park_full("SN-PK-005", 130, C)
    s.congestion("SN-VD-KAIXUAN-02", 140, C)
    s.congestion("SN-VD-ZHONGKE-01", 155, C)
    e("incident", "crowd_control", 135, "影音中心入場排隊撐傘人潮佔用凱旋路人行道", C, sev="Minor", at="pop", jit=50, lag=3)
    e("1999", "illegal_parking", 160, "中科路影音中心那邊紅線停滿車", C, at="zk_mid", jit=60, lag=7)
    s.park_full("SN-PK-004", 165, C)
    # fainting
    e("119", "ambulance", 240, "流行影音中心 場內 男性 昏倒 意識清楚", F, at="pop", jit=20, lag=1)
    e("incident", "medical", 243, "演唱會觀眾昏倒，救護車於凱旋路側門接送", F, sev="Moderate", at=(120.6510, 24.1852), jit=20, lag=4)
    # exit
    s.congestion("SN-VD-KAIXUAN-02", 335, C, sev="Severe")
    e("incident", "crowd_control", 332, "演唱會散場疏導", C, sev="Minor", at="pop", jit=50, lag=3)
    x = e("incident", "injury_accident", 350, "凱旋路近影音中心路面濕滑兩機車擦撞，一人手腕受傷", X, sev="Moderate", at=(120.6512, 24.1868),
          jit=30, lag=4)
    e("119", "ambulance", 351, "凱旋路 機車擦撞 手腕受傷", X, at=(120.6512, 24.1868), jit=30, lag=1)
    e("1999", "traffic_accident", 351, "影音中心外面凱旋路有機車倒在地上", X, at="pop", jit=60, lag=3)
    e("incident", "accident", 375, "凱旋路擦撞處理完畢", X, sev="Minor", at=(120.6512, 24.1868), jit=30, lag=3, follows=x)
    e("1999", "noise", 330, "下雨還唱那麼大聲，生態住宅都聽得到", C, at="ecoA", jit=50, lag=5)
    # background
    e("1999", "blocked_drain", 110, "北屯巷子水溝堵住水滿出來", None, at="beitun", jit=200, lag=20)
    e("rule", "flood_depth", 85, "中央公園滯洪池5 水深 1-15 公分", None, sensor="SN-FL-005", sev="Minor", level="1-15", lag=1, alt=W)
    s.notes = ("Why: 河南路停車場入口積水『暫停開放』是淹水案的證據，而中央公園南停車場『車位已滿』是演唱會人潮：兩個停車場相距約 500 公尺，原因不同。"
               "淹水感測器雨中斷訊 50 分鐘後恢復，屬淹水案（該處仍在積水）。中央公園雨量站豪雨與滯洪池5的 1-15 公分是滯洪池如設計蓄水，"
               "不派遣（alt：屬河南路淹水案）。凱旋路雨天擦撞發生在散場時，另開交通案。")
    s.alt = ("中央公園雨量站豪雨警示與滯洪池5蓄水屬河南路淹水案。", {})
    s.write()


def s2022():
    s = Sit(2022, "campaign_rally_hub",
            "選前週六晚間轉運中心廣場造勢晚會（約15,000人）：轉運中心與經貿六停車場滿、環中路黎明路壅塞、噪音屬造勢；20:05 一名長者昏倒；20:40 經貿六停車場旁餐車發電機起火，20:43 轉運中心火警總機動作；21:15 與反對者衝突，一人遭旗桿打傷頭部。",
            "2026-11-21 17:30")
    e = s.ev
    R = s.inc("R", "planned_event", "轉運中心廣場造勢晚會人潮與交通")
    O = s.inc("O", "rescue", "造勢晚會長者昏倒送醫")
    F = s.inc("F", "fire", "經貿六停車場旁餐車發電機起火，煙霧引發轉運中心火警總機")
    V = s.inc("V", "public_order", "造勢場外與反對者衝突，一人頭部受傷")
    pe = e("planned_event", "event", 90, "造勢晚會，水湳轉運中心廣場，19:00-22:00，預估 15,000 人", R, at="hub_plaza", ends_m=270,
           arrival_m=-10 * 24 * 60, radius_m=300)
    s.set_suff(R, pe)
    s.park_full("SN-PK-001", 60, R)
    s.park_full("SN-PK-002", 75, R)
    s.congestion("SN-VD-HUANZHONG-02", 70, R)
    s.congestion("SN-VD-LIMING-01", 85, R)
    s.congestion("SN-VD-JINGMAO-01", 95, R)
    s.crowd_cam("SN-CCTV-004", 80, 0.87, R)
    s.crowd_cam("SN-CCTV-003", 95, 0.8, R)
    e("incident", "crowd_control", 100, "造勢晚會入場管制，環中路慢車道封閉供遊覽車停靠", R, sev="Moderate", at="hub", jit=60, lag=3)
    e("1999", "noise", 130, "轉運站那邊造勢車隊鞭炮和喇叭一直響", R, at=(120.6600, 24.1985), jit=100, lag=9)
    e("1999", "illegal_parking", 140, "黎明路停滿遊覽車，擋住路口視線", R, at=(120.6515, 24.1946), jit=60, lag=10)
    # elder faints
    e("119", "ambulance", 155, "水湳轉運中心廣場 男性 80歲 昏倒", O, at="hub_plaza", jit=30, lag=1)
    e("incident", "medical", 158, "造勢會場長者昏倒，已由救護車送醫", O, sev="Moderate", at="hub_plaza", jit=30, lag=4)
    # food truck fire
    f1 = e("cctv", "smoke", 190, "影像分析：經貿路二段/黎明路三段 路口監視器偵測煙霧", F, sensor="SN-CCTV-005", confidence=0.62, lag=0.5)
    f2 = e("1999", "fire_smoke", 191, "經貿六停車場旁邊餐車燒起來了，很多黑煙", F, at="jm6", jit=30, lag=1)
    f3 = e("119", "fire", 192, "經貿六停車場 餐車 發電機起火", F, at="jm6", jit=20, lag=1)
    e("fire_alarm", "alarm", 193, "水湳轉運中心 火警受信總機 1F 東側 偵煙探測器動作", F, sensor="SN-FA-001", lag=0.2, alt="H")
    s.set_suff(F, f2)
    e("incident", "fire_report", 194, "經貿六停車場旁餐車起火，疏散周邊群眾", F, sev="Severe", at="jm6", jit=30, lag=3)
    s.dup(f2, 2)
    e("incident", "evacuation", 196, "轉運中心東側候車區因煙霧暫時疏散", F, sev="Moderate", at="hub", jit=20, lag=5, alt="H")
    e("119", "fire", 205, "餐車火勢撲滅，無人受傷", F, at="jm6", jit=20, lag=1, status="closed", follows=f3)
    e("fire_alarm", "normal", 215, "水湳轉運中心 火警受信總機 復歸", F, sensor="SN-FA-001", lag=0.2, alt="H")
    _ = f1
    # clash
    v = e("incident", "public_disturbance", 225, "造勢場外支持者與反對者衝突，一人遭旗桿打傷頭部", V, sev="Severe", at="x_zk_hz", jit=40, lag=3)
    e("119", "ambulance", 227, "中科路環中路口 頭部外傷 衝突", V, at="x_zk_hz", jit=40, lag=1)
    e("1999", "other", 224, "轉運站外面有人在打架，拿旗子打人", V, at="hub", jit=60, lag=2)
    s.crowd_cam("SN-CCTV-003", 226, 0.91, R, alt=V)
    e("incident", "public_disturbance", 260, "衝突雙方隔離，滋事者帶回偵辦", V, sev="Minor", at="x_zk_hz", jit=40, lag=4, follows=v)
    # exit
    s.congestion("SN-VD-HUANZHONG-03", 275, R)
    e("incident", "road_reopened", 290, "環中路慢車道恢復通行", R, sev="Minor", at="hub", jit=60, lag=4)
    # background
    e("1999", "illegal_parking", 100, "逢甲商圈巷口被機車擋住", None, at="fengjia", jit=150, lag=15)
    e("1999", "streetlight", 240, "中國醫藥大學水湳校區外路燈閃爍", None, at="cmu", jit=80, lag=25)
    e("status", "offline", 30, "中清路車輛偵測器2 離線", None, sensor="SN-VD-ZHONGQING-02", lag=0.5, reason="device_fault")
    s.notes = ("Why: 轉運中心火警總機在餐車起火 1 分鐘後動作、相距約 230 公尺，判為餐車煙霧被吸入（alt：轉運中心內另一起火警 H，含東側疏散與復歸）。"
               "衝突傷者的救護車屬衝突案；衝突當下中科路口的人群聚集影像屬造勢人潮（alt：屬衝突）。")
    s.alt = ("轉運中心火警總機、東側疏散與復歸是另一起火警 H；衝突當下的人群影像屬衝突案。",
             {"add": [{"label": "H", "type": "fire", "description": "轉運中心內火警總機動作（另一起火警）",
                       "sufficient_evidence_key": None}]})
    s.write()


if __name__ == "__main__":
    for f in (s2017, s2018, s2019, s2020, s2021, s2022):
        f()
    print("gen_b: 2017-2022 written")
