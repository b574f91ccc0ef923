"""Situations 417-422: storm nights and the days after (part B)."""
from lib import Sit, same_incidents


def s417():
    s = Sit(417, "liming_callers_two_floods", "2026-08-05",
            "午後雷雨滯留到深夜，黎明路上兩處淹水（凱旋路口低窪處 SN-FL-009、經貿路口），黎明路西段水溝蓋被沖開；"
            "證據大多是 1999 民眾口語來電，很多歸為「其他」，有人重複來電、有人問怎麼回家。")
    s.rain("20:00", "SN-RG-002", 52.5, "大雨", None)
    s.rain("20:05", "C0F9T0", 47.0, "大雨", None)
    s.flood("20:15", "SN-FL-009", 9, "L1")
    s.add("20:22", "1999", "other", "L1", "黎明路凱旋路口那邊又在做大水了，每次下大雨都這樣。", at="黎明低窪")
    s.add("20:26", "1999", "other", None, "我家冷氣室外機被雨打得一直響，這個可以找誰？", at="生態A")
    l1 = s.flood("20:30", "SN-FL-009", 21, "L1")
    s.add("20:33", "1999", "flooding", "L1", "黎明路跟凱旋路口淹到機車踏板了，有人騎到一半熄火。", at="黎明凱旋")
    s.add("20:35", "1999", "other", "L1", "阿伯說水淹甲膝頭，伊的機車牽袂過去，叫我幫伊打電話。", at="黎明低窪")
    s.add("20:38", "cctv", "flooding", "L1", "黎明路三段/凱旋路 影像分析：路面積水", sensor="SN-CCTV-007", conf=0.74)
    s.add("20:41", "1999", "other", "L1", "請問黎明路那邊可以開車過去嗎？我要從台74下來回家。", at="台74環中")
    s.add("20:44", "1999", "noise", None, "樓下的 KTV 下雨天生意好，唱到很大聲。", at="逢甲水湳")
    s.flood("20:48", "SN-FL-009", 33, "L1")
    s.add("20:50", "incident", "flooding_report", "L1", "黎明路三段凱旋路口積水約 35 公分，機車熄火多部，現場協助牽車。",
          at="黎明凱旋", sev="Severe")
    l2 = s.add("20:55", "1999", "other", "L2",
               "經貿路跟黎明路交叉口那邊整片都是水，像一條小河，車子開過去浪打到人行道。", at="經貿黎明")
    s.add("20:58", "1999", "other", "L1", "我剛才打過電話，黎明路凱旋路口的水現在更深了，有沒有人要來？", at="黎明凱旋")
    s.add("21:00", "cctv", "flooding", "L2", "經貿路二段/黎明路三段 影像分析：路面積水", sensor="SN-CCTV-005",
          conf=0.69)
    s.add("21:03", "1999", "other", "L2", "會展中心那邊出來的路都是水，我的高跟鞋都泡爛了，附近有沒有計程車可以叫？",
          at="會展")
    s.add("21:05", "1999", "other", None, "請問明天的展覽會照常嗎？", at="會展")
    s.add("21:07", "incident", "road_closure", "L1", "黎明路三段（台74線至凱旋路段）封閉，請改道環中路。",
          at="黎明凱旋", sev="Severe")
    s.cong("21:10", "SN-VD-KAIXUAN-01", 11, 66, "L1")
    m = s.add("21:12", "1999", "other", "M",
              "黎明路西邊那一段有個水溝蓋被水沖開了，路上一個大洞，水在那邊打轉，晚上很危險。", at="黎明西")
    s.add("21:15", "1999", "other", "L2", "經貿黎明路口還可以走嗎？我在經貿六停車場，想開出去。", at="經貿黎明")
    s.add("21:18", "incident", "flooding_report", "L2", "經貿路二段黎明路口積水約 20 公分，車輛減速慢行。",
          at="經貿黎明", sev="Moderate")
    s.add("21:20", "1999", "other", "M", "黎明路那個洞有機車差點掉進去，可以先擺個東西擋一下嗎？", at="黎明西")
    s.add("21:22", "incident", "fallen_object", "M", "黎明路三段西段人孔蓋脫落，路面開口，已以三角錐圍設。",
          at="黎明西", sev="Severe")
    s.add("21:25", "1999", "other", "L1", "又是我啦，凱旋路口那邊我看已經封起來了，那我到底要從哪裡繞回家？",
          at="黎明凱旋")
    s.add("21:28", "1999", "streetlight", None, "經貿七路有支路燈不亮，XT-06618。", at="經貿七路口")
    s.add("21:30", "1999", "other", "L1", "我兒子在凱旋路那邊補習，補習班說外面淹水不放人，要我們去接，車子過得去嗎？",
          at="凱旋中段")
    s.cong("21:32", "SN-VD-LIMING-01", 9, 72, "L2", alt="L1")
    s.add("21:35", "1999", "other", "L2", "經貿黎明路口有一台車停在水裡不動，雙黃燈一直閃。", at="經貿黎明")
    s.rain("21:38", "SN-RG-002", 61.5, "豪雨", None, text="雨量站 SN-RG-002 水湳轉運中心雨量站 3 小時累積 104.5 mm，達豪雨標準")
    s.add("21:40", "1999", "other", None, "請問哪裡有在發沙包？我們家在北屯，還沒淹，只是想先準備。",
          at=(120.6850, 24.1900))
    s.add("21:42", "1999", "flooding", "L1", "黎明路口淹水淹到我們店門口了，水一直往裡面灌，怎麼辦？", at="黎明低窪")
    s.add("21:45", "cctv", "stalled_vehicle", "L2", "經貿路二段/黎明路三段 影像分析：車輛靜止", sensor="SN-CCTV-005",
          conf=0.72)
    s.add("21:47", "1999", "other", "M", "剛剛那個洞有人去圍了嗎？我看還是沒東西。", at="黎明西")
    s.add("21:50", "incident", "stalled_vehicle", "L2", "經貿黎明路口自小客車涉水熄火，已協助推離。", at="經貿黎明",
          sev="Moderate")
    s.add("21:52", "1999", "other", None, "我家狗被打雷嚇到跑出去了，有沒有人看到一隻白色的柴犬？", at="生態B")
    s.flood("21:55", "SN-FL-009", 41, "L1", dup=[35])
    s.add("21:58", "1999", "other", "L1", "我住黎明路巷子裡，一樓已經進水五公分了，電要不要先關掉？", at="黎明低窪")
    s.add("22:02", "1999", "other", "L1", "現在台74下來可以走黎明路嗎？導航說前面封閉。", at="台74環中")
    s.add("22:05", "1999", "other", None, "樓上漏水漏到我家天花板，找管委會都不理。", at="生態A")
    s.add("22:08", "1999", "other", "L2", "經貿路那邊的水退了沒？我在會展中心躲雨，想走路去轉運站。", at="會展")
    s.add("22:10", "1999", "flooding", "L1", "凱旋黎明那邊還是很深，有一台貨車硬衝，水都打到旁邊的店裡。", at="黎明凱旋")
    s.add("22:14", "parking", "full", None, "經貿六停車場 汽車位已滿 0/220", sensor="SN-PK-002", alt="L2")
    s.add("22:18", "1999", "other", "L1", "我們家老人家在洗腎，明天早上要去醫院，黎明路那邊明天早上會通嗎？",
          at="黎明西")
    s.add("22:20", "1999", "other", None, "雨這麼大，垃圾車明天還會來嗎？", at="生態B")
    s.add("22:25", "1999", "other", "M", "黎明路水溝蓋那邊我又經過一次，有警察在了，謝謝。", at="黎明西")
    s.add("22:30", "1999", "other", "L2", "經貿路口淹水那台車還在嗎？我是車主，剛剛被拖走了嗎？", at="經貿黎明")
    s.add("22:35", "incident", "flooding_report", "L2", "經貿黎明路口積水已退，恢復通行。", at="經貿黎明", sev="Minor")
    s.flood("22:40", "SN-FL-009", 35, "L1")
    s.add("22:45", "1999", "other", "L1", "那個黎明路的水到底什麼時候會退？我等了兩個小時都回不了家。", at="黎明凱旋")
    s.add("22:50", "1999", "other", None, "請問淹水的話汽車保險有沒有賠？", at="凱旋中段")
    s.add("22:55", "1999", "other", "L1", "我又打來了，黎明路凱旋路口到底是怎樣，還要封多久？", at="凱旋環中")
    s.add("23:00", "1999", "other", "M", "黎明路那個沒蓋子的洞，明天會有人來補嗎？", at="黎明西")
    s.flood("23:10", "SN-FL-009", 24, "L1")
    s.add("23:15", "1999", "noise", None, "有人在社區中庭抽菸聊天，聲音很大。", at="生態B")
    s.add("23:20", "1999", "other", "L1", "黎明路店面的水退了一點，可是地上都是泥巴，有人會來清嗎？", at="黎明低窪")
    s.add("23:30", "incident", "fallen_object", "M", "黎明路人孔蓋已由養工處復位，解除圍設。", at="黎明西",
          sev="Minor")
    s.flood("23:40", "SN-FL-009", 13, "L1")
    s.add("23:50", "1999", "other", None, "請問水湳那邊的公園晚上有開嗎？想去看看滯洪池。", at="公園北")
    s.add("1/00:05", "incident", "road_closure", "L1", "黎明路三段解除封閉，恢復通行。", at="黎明凱旋", sev="Minor")
    s.flood("1/00:20", "SN-FL-009", 5, "L1")
    s.add("1/00:30", "1999", "other", "L1", "黎明路通了嗎？我剛剛問過，現在要回家了。", at="台74環中")
    s.add("1/00:45", "1999", "blocked_drain", "L1", "黎明路凱旋路口的水溝都被垃圾跟樹葉塞滿了，難怪每次都淹。",
          at="黎明低窪", alt=None)
    s.add("1/01:10", "1999", "other", None, "隔壁的鐵皮被風吹得一直響，睡不著。", at="生態A")
    s.incident("L1", "flood", "黎明路三段/凱旋路口低窪處淹水，封路約 3 小時", l1)
    s.incident("L2", "flood", "經貿路二段/黎明路口積水，車輛熄火", l2)
    s.incident("M", "traffic", "黎明路三段西段人孔蓋被水沖開，路面開口", m)
    s.alternative("黎明路偵測器的慢車位於兩處淹水之間，可能是 L1 封路的回堵；經貿六停車場滿位可能是躲水停車；"
                  "事後水溝阻塞的抱怨可視為一般 1999 清溝案。",
                  same_incidents(s))
    return s


def s418():
    s = Sit(418, "day_after_drain_and_leaning_tree", "2026-08-06",
            "豪雨隔天上午的清理：黎明路凱旋路口低窪處的水溝被落葉垃圾堵住，中午一陣雷陣雨又積水；經貿路經貿七路口一棵行道樹"
            "傾斜快倒。其餘多為例行 1999 案件。")
    s.add("08:05", "1999", "other", None, "昨天淹水後社區門口都是泥巴，可以派清潔隊來嗎？", at="黎明西")
    s.add("08:15", "signal", "restored", None, "號誌恢復正常運作", sensor="SN-SIG-003")
    s.add("08:20", "1999", "other", None, "垃圾車今天幾點到？昨天沒收。", at="生態B")
    d0 = s.add("08:30", "1999", "blocked_drain", "D",
               "黎明路凱旋路口那排水溝全部被樹葉跟寶特瓶塞死了，昨天就是這樣才淹，今天再下雨一定又淹。", at="黎明低窪")
    t = s.add("08:45", "1999", "fallen_tree", "T",
              "經貿路經貿七路口那棵大樹整棵歪一邊，根都翻起來了，感覺隨時會倒，下面都是行人。", at="經貿七路口")
    s.add("08:50", "1999", "noise", None, "一早就有人在用電鋸，吵死了。", at="凱旋中段")
    s.add("09:00", "planned_event", "road_works", "D", "黎明路三段側溝緊急清淤（凱旋路口段），占用外側車道",
          at="黎明凱旋", ends="12:00", d=-1800, alt=None)
    s.add("09:10", "incident", "fallen_object", "T", "經貿路二段經貿七路口行道樹傾斜，已圍設警戒，請建設局派員扶正或移除。",
          at="經貿七路口", sev="Moderate")
    s.add("09:15", "1999", "streetlight", None, "中科路有一支路燈不亮，XT-07720。", at="中科中段")
    s.add("09:30", "1999", "other", "T", "經貿七路口那棵樹被圍起來了，我要走去綠美圖，人行道不能走要怎麼過去？",
          at="綠美圖")
    s.add("09:45", "1999", "illegal_parking", None, "黎明路上有車停在公車站前面，公車靠不了站。", at="黎明中段")
    s.add("10:00", "1999", "other", None, "昨天淹水泡壞的家具可以放哪裡讓清潔隊收？", at="黎明低窪")
    s.add("10:10", "1999", "other", "T", "剛剛講的那棵樹，現在風一吹晃得更厲害了，有人要來了沒？", at="經貿七路口")
    s.add("10:20", "119", "ambulance", None, "綠美圖館內民眾頭暈送醫。", at="綠美圖")
    s.add("10:30", "incident", "fallen_object", "T", "建設局吊車到場，傾斜路樹移除中，封閉經貿路外側車道。",
          at="經貿七路口", sev="Moderate")
    s.cong("10:40", "SN-VD-JINGMAO-01", 18, 45, "T", alt=None)
    s.rain("10:55", "SN-RG-002", 41.0, "大雨", None)
    s.flood("11:05", "SN-FL-009", 14, "D")
    s.add("11:08", "1999", "flooding", "D", "黎明路凱旋路口又積水了，早上就說水溝塞住了，清的人怎麼還沒弄好？",
          at="黎明凱旋")
    s.add("11:12", "cctv", "flooding", "D", "黎明路三段/凱旋路 影像分析：路面積水", sensor="SN-CCTV-007", conf=0.61)
    s.add("11:15", "1999", "other", "D", "公車今天又沒停黎明路凱旋路口那站，是因為淹水嗎？我要去醫院。",
          at="黎明凱旋")
    s.add("11:20", "incident", "flooding_report", "D", "黎明路凱旋路口積水約 15 公分，清淤人員加速疏通側溝。",
          at="黎明凱旋", sev="Moderate")
    s.add("11:25", "1999", "other", None, "請問颱風補助什麼時候可以申請？", at="生態A")
    s.flood("11:40", "SN-FL-009", 7, "D")
    s.add("11:50", "incident", "fallen_object", "T", "經貿七路口傾斜路樹已移除，恢復通行。", at="經貿七路口",
          sev="Minor")
    s.add("12:05", "1999", "other", None, "家裡小孩的腳踏車昨天被水沖走了，有沒有人撿到？", at="黎明西")
    s.add("12:10", "incident", "flooding_report", "D", "黎明路側溝清淤完成，積水已退。", at="黎明凱旋", sev="Minor")
    s.add("12:30", "1999", "noise", None, "中午有人在公園用擴音器唱歌。", at="公園中")
    s.add("12:40", "1999", "blocked_drain", None, "逢甲水湳校區旁水溝有臭味，應該是昨天泡水的垃圾。", at="逢甲水湳")
    s.incident("D", "flood", "黎明路凱旋路口側溝阻塞，午間陣雨再積水（清淤作業）", d0)
    s.incident("T", "traffic", "經貿路經貿七路口行道樹傾斜將倒，吊車移除", t)
    s.alternative("早上單純的水溝阻塞通報屬例行清溝案，直到午間再積水才成為協調員的案件；經貿路偵測器慢車可能是例行車流。",
                  same_incidents(s, changes={"D": {"sufficient_evidence_key": "418-C-011"}}))
    s.notes = "上一晚的號誌恢復訊息（SN-SIG-003）在此檔沒有對應的故障，屬背景。"
    return s


def s419():
    s = Sit(419, "zhongqing_crash_chain_rain", "2026-08-26",
            "大雨晚間中清路上的連串交通事件：中清環中路口汽機車碰撞、其回堵車陣中 250 公尺外的二次追撞、"
            "南段一部貨車打滑漏油、中清路二段一部車在水坑熄火。")
    s.rain("17:55", "SN-RG-002", 45.5, "大雨", None)
    s.add("18:05", "cctv", "accident", "K1", "中清路/環中路 影像分析：車輛碰撞", sensor="SN-CCTV-008", conf=0.79)
    k1 = s.add("18:06", "incident", "injury_accident", "K1", "中清路環中路口自小客車與機車碰撞，機車騎士倒地，意識清楚。",
               at="中清環中", sev="Severe")
    s.add("18:08", "119", "ambulance", "K1", "中清環中路口車禍，機車騎士右手骨折。", at="中清環中")
    s.add("18:10", "1999", "traffic_accident", "K1", "中清路環中路口有機車被撞，人躺在地上，下大雨，快叫救護車！",
          at="中清環中")
    s.cong("18:12", "SN-VD-ZHONGQING-01", 8, 75, "K1")
    s.add("18:15", "cctv", "wrong_way", None, "中清路/環中路 影像分析：逆向行駛", sensor="SN-CCTV-008", conf=0.35)
    k2 = s.add("18:20", "incident", "accident", "K2", "中清路往北車陣中三車追撞（距環中路口約 250 公尺），無人受傷。",
               at="中清北", sev="Moderate", alt="K1")
    s.add("18:22", "1999", "traffic_accident", "K2", "前面塞車，後面的車煞不住撞上來，我們三台車連在一起。",
          at="中清北", alt="K1")
    s.cong("18:26", "SN-VD-ZHONGQING-01", 6, 81, "K2", alt="K1")
    s.add("18:30", "1999", "other", "K1", "中清路往台中港路方向怎麼塞成這樣？動都不動，前面發生什麼事？",
          at="中清北", alt=None)
    s.add("18:34", "119", "ambulance", "K1", "傷者送往中國醫藥大學附設醫院。", at="中清環中", follows="419-F-001")
    s.add("18:40", "1999", "illegal_parking", None, "經貿路上有車停在公車站，公車只能停在路中間。", at="經貿黎明")
    s.add("18:45", "incident", "accident", "K2", "追撞車輛已移至路肩，雙方自行處理。", at="中清北", sev="Minor",
          alt="K1")
    s.add("18:50", "incident", "injury_accident", "K1", "中清環中路口事故排除，恢復通行。", at="中清環中", sev="Minor")
    s.add("18:55", "incident", "theft", None, "會展中心停車場車內財物遭竊。", at="會展", sev="Minor")
    s.rain("19:00", "C0F9T0", 49.0, "大雨", None)
    k3 = s.add("19:10", "incident", "injury_accident", "K3",
               "中清路二段近北屯交界，聯結車雨天打滑側滑，油箱破裂漏油，駕駛輕傷。", at="中清VD2", sev="Severe")
    s.add("19:12", "119", "hazmat", "K3", "中清路二段聯結車事故，柴油外洩約 50 公升，需吸油棉處理。", at="中清VD2")
    s.cong("19:15", "SN-VD-ZHONGQING-02", 7, 78, "K3")
    s.add("19:18", "1999", "other", "K3", "中清路上整條路都是油，機車騎過去差點滑倒，味道很重。", at="中清VD2")
    s.add("19:20", "1999", "other", "K3", "我要回北屯，中清路是不是封了？前面都是警車。", at="中清中段", alt=None)
    s.add("19:25", "119", "ambulance", "K3", "聯結車駕駛手部擦傷，拒絕送醫。", at="中清VD2")
    s.add("19:30", "1999", "streetlight", None, "環中路有一盞路燈一直閃，XT-03107。", at="環中VD1")
    st = s.add("19:40", "incident", "stalled_vehicle", "S", "中清路二段文心路口附近自小客車涉水熄火，占用外側車道。",
               at="中清中段", sev="Moderate")
    s.add("19:42", "1999", "flooding", "S", "中清路那邊有個大水坑，水不深，可是有一台車就在裡面熄火了。",
          at="中清中段")
    s.add("19:50", "1999", "other", "K3", "我剛剛打過，那個油到底有沒有人在清？又有一台機車滑倒了。", at="中清VD2")
    s.add("19:55", "incident", "stalled_vehicle", "S", "熄火車輛已推離，恢復通行。", at="中清中段", sev="Minor")
    s.add("20:05", "119", "hazmat", "K3", "油污清除完畢，撒砂處理。", at="中清VD2", follows="419-F-003")
    s.add("20:10", "1999", "noise", None, "社區樓下有人在修機車，引擎一直催。", at="生態A")
    s.add("20:20", "incident", "injury_accident", "K3", "聯結車已吊離，中清路二段恢復雙向通行。", at="中清VD2",
          sev="Minor")
    s.add("20:30", "1999", "other", None, "請問中清路那邊的測速照相是不是壞了？", at="中清南")
    s.incident("K1", "traffic", "中清環中路口汽機車碰撞，騎士骨折", k1)
    s.incident("K2", "traffic", "K1 回堵車陣中三車追撞（無傷）", k2)
    s.incident("K3", "traffic", "中清路二段聯結車打滑漏油，騎士滑倒", k3)
    s.incident("S", "traffic", "中清路二段車輛涉水熄火", st)
    s.alternative("二次追撞發生在第一起事故的回堵車陣中，現場同一組警力處理，可視為同一事故現場；"
                  "問路的來電可能只是一般路況詢問。",
                  same_incidents(s, drop=("K2",)))
    return s


def s420():
    s = Sit(420, "cancelled_concert_and_stranded_travellers", "2026-07-14",
            "颱風天：流行影音中心演唱會前一天核准，當天下午因颱風取消，仍有歌迷聚集淋雨；國道客運停駛，轉運中心旅客滯留、停車場滿。"
            "會展中心展覽照常（背景）。")
    pe = s.add("19:00", "planned_event", "concert", None, "臺中流行影音中心戶外演唱會，預估 12,000 人",
               at="影音中心", ends="22:00", d=-86400 - 7200, key="420-PE-CONCERT")
    s.add("-1/10:00", "planned_event", "exhibition", None, "臺中國際會展中心 秋季家具展（7/13-7/16）", at="會展",
          ends="2/18:00", d=-259200)
    s.add("19:00", "planned_event", "concert", None, "因颱風警報，臺中流行影音中心戶外演唱會取消",
          at="影音中心", ends="22:00", d=-16200, follows=pe, key="420-PE-CONCERT-X")
    s.rain("15:10", "C0F9T0", 44.0, "大雨", None)
    s.add("16:00", "1999", "other", "H", "我們在轉運站等國道客運，說停駛了，可是沒人說什麼時候會開，現在人越來越多。",
          at="轉運中心")
    s.add("16:20", "parking", "full", "H", "水湳轉運中心停車場 汽車位已滿 0/614", sensor="SN-PK-001", alt=None)
    s.add("16:40", "1999", "other", None, "會展中心的展覽今天有開嗎？", at="會展")
    h = s.add("17:05", "cctv", "crowding", "H", "中科路/環中路二段 影像分析：人群聚集（停留）", sensor="SN-CCTV-003",
              conf=0.72)
    s.add("17:10", "1999", "crowding", "H", "轉運中心大廳擠滿了人，很多人坐在地上，有老人家看起來很不舒服。",
          at="轉運中心")
    s.add("17:15", "incident", "crowd_control", "H", "水湳轉運中心國道客運停駛，旅客滯留約 400 人，派員維持秩序。",
          at="轉運中心", sev="Moderate")
    s.add("17:20", "1999", "other", "H", "請問有沒有接駁車可以去台中火車站？我們從台北來的回不去。", at="轉運中心")
    c = s.add("17:40", "1999", "crowding", "C",
              "流行影音中心門口一堆人在淋雨等，好像不知道演唱會取消了，也沒有人出來說明。", at="影音中心")
    s.add("17:45", "cctv", "crowding", None, "經貿路二段/黎明路三段 影像分析：人群聚集", sensor="SN-CCTV-005",
          conf=0.44)
    s.add("17:50", "incident", "crowd_control", "C", "影音中心入口歌迷約 300 人聚集，已廣播演唱會取消，引導散場。",
          at="影音中心", sev="Moderate")
    s.add("17:55", "119", "ambulance", "H", "轉運中心滯留旅客，七旬女性胸悶。", at="轉運中心")
    s.add("18:00", "1999", "other", "C", "演唱會取消了要怎麼退票？我們是從高雄專程上來的，現在颱風也回不去。",
          at="影音中心", alt=None)
    s.cong("18:05", "SN-VD-KAIXUAN-02", 14, 58, "C", alt=None)
    s.add("18:10", "1999", "noise", None, "隔壁在裝防颱板，電鑽聲很吵。", at="生態B")
    s.add("18:15", "1999", "other", "H", "剛剛打過了，轉運站還是一堆人，廁所都排到外面，有沒有人要管？",
          at="轉運中心")
    s.add("18:20", "fire_alarm", "fault", None, "偵煙探測器迴路異常（雨水滲入，管理員確認中）", sensor="SN-FA-006")
    s.add("18:30", "1999", "other", "C", "影音中心外面的人散了沒？我女兒在那裡，電話打不通。", at="影音中心")
    s.add("18:35", "incident", "crowd_control", "C", "影音中心外聚集民眾已散去。", at="影音中心", sev="Minor")
    s.add("18:40", "1999", "other", None, "颱風天可以在公園停車場過夜嗎？", at="公園北")
    s.add("18:50", "incident", "crowd_control", "H", "市府加開接駁公車往臺中車站，滯留旅客陸續疏運。", at="轉運中心",
          sev="Minor")
    s.add("19:00", "1999", "other", "H", "接駁車在哪裡上車？轉運站的人都說不知道。", at="轉運中心")
    s.add("19:10", "fire_alarm", "normal", None, "偵煙探測器迴路恢復", sensor="SN-FA-006")
    s.add("19:20", "cctv", "crowding", "H", "中科路/環中路二段 影像分析：人群聚集（移動）", sensor="SN-CCTV-003",
          conf=0.6)
    s.add("19:30", "1999", "other", None, "住家附近的鐵皮屋頂被吹翻，請問要找誰？", at=(120.6450, 24.1850))
    s.add("19:45", "incident", "crowd_control", "H", "轉運中心滯留旅客疏運完畢。", at="轉運中心", sev="Minor")
    s.add("20:00", "parking", "full", None, "臺中國際會展中心停車場 汽車位已滿 0/800", sensor="SN-PK-006")
    s.incident("H", "crowd", "國道客運停駛，轉運中心旅客滯留（含一名送醫）", h)
    s.incident("C", "crowd", "演唱會取消但歌迷仍於影音中心門口聚集淋雨", c)
    s.alternative("轉運中心停車場滿位可能只是颱風天旅客停車；退票詢問與凱旋路慢車未必屬於現場聚集的工作。",
                  same_incidents(s))
    s.notes = "演唱會許可（含取消版）本身不是事件：取消後的聚集才是。家具展許可與會展停車場滿位為背景。"
    return s


def s421():
    s = Sit(421, "storm_night_fire_and_false_alarm", "2026-10-02",
            "豪雨夜：流行影音中心火警總機因雨水滲入誤報（派員確認後解除）；生態住宅 B 區短暫停電後復電時電箱起火，"
            "住戶疏散；經貿路低窪處同時積水，消防車改道。")
    s.rain("22:50", "SN-RG-001", 57.0, "大雨", None)
    fa = s.add("23:40", "fire_alarm", "alarm", "FA", "火警：B1 機房偵煙探測器動作", sensor="SN-FA-006", alt=None)
    s.add("23:42", "119", "fire", "FA", "臺中流行影音中心火警受信總機動作，派車確認。", at="影音中心", alt=None)
    s.add("23:45", "fire_alarm", "fault", None, "迴路接地異常（疑似滲水）", sensor="SN-FA-007")
    s.add("23:55", "fire_alarm", "fault", None, "主電源中斷，改由預備電源供電", sensor="SN-FA-012", alt="FIRE")
    s.add("23:58", "119", "fire", "FA", "影音中心現場確認為雨水滲入偵煙器誤動作，無火煙，收隊。", at="影音中心",
          follows="421-F-001", alt=None)
    s.add("1/00:02", "fire_alarm", "normal", "FA", "火警復歸", sensor="SN-FA-006", alt=None)
    s.flood("1/00:05", "SN-FL-008", 19, "W")
    s.add("1/00:15", "fire_alarm", "normal", None, "主電源恢復", sensor="SN-FA-012", alt="FIRE")
    fire = s.add("1/00:20", "fire_alarm", "alarm", "FIRE", "火警：1F 配電室偵煙探測器動作", sensor="SN-FA-012")
    s.add("1/00:21", "1999", "fire_smoke", "FIRE", "我們大樓一樓有燒焦味，樓梯間都是煙，警鈴一直響！", at="生態B")
    s.add("1/00:22", "119", "fire", "FIRE", "生態住宅 B 區集合住宅 1F 配電室冒煙，派遣 3 車。", at="生態B")
    w = s.flood("1/00:24", "SN-FL-008", 28, "W")
    s.add("1/00:26", "1999", "fire_smoke", "FIRE", "敦化路那棟大樓在冒煙，一樓窗戶有火光，住戶都跑下來了。",
          at="生態B")
    s.add("1/00:28", "incident", "flooding_report", "W", "經貿路三段低窪處積水約 30 公分，外側車道封閉。",
          at="經貿低窪", sev="Moderate")
    s.add("1/00:30", "119", "fire", "FIRE", "經貿路三段積水，消防車改由敦化路進入火場。", at="生態B",
          follows="421-F-003")
    s.add("1/00:33", "1999", "other", "FIRE", "我們被叫下樓了，外面雨這麼大，要去哪裡躲？有沒有地方可以待？",
          at="生態B")
    s.add("1/00:36", "incident", "fire_report", "FIRE", "生態住宅 B 區配電室火警，住戶約 60 人疏散至中庭雨棚，管制敦化路。",
          at="生態B", sev="Severe")
    s.add("1/00:40", "1999", "other", "FIRE", "外面有燒焦的味道，是不是哪裡失火？我們在 A 區。", at="生態A")
    s.add("1/00:45", "1999", "other", None, "樓上在拖地拖到半夜，吵死了。", at="中醫水湳")
    s.add("1/00:48", "119", "ambulance", "FIRE", "B 區住戶一名吸入濃煙，喉嚨不適，送醫。", at="生態B")
    s.add("1/00:52", "1999", "other", "W", "經貿路那邊又淹水了，消防車剛剛差點開不過去。", at="經貿低窪")
    s.add("1/00:55", "119", "fire", "FIRE", "配電室火勢撲滅，排煙中。", at="生態B", follows="421-F-003")
    s.add("1/01:00", "1999", "fire_smoke", "FIRE", "剛剛打過電話，我媽還在 8 樓沒下來，她腳不方便，可以派人上去嗎？",
          at="生態B")
    s.flood("1/01:05", "SN-FL-008", 22, "W")
    s.add("1/01:10", "1999", "other", "FIRE", "請問我們今晚可以回家嗎？大樓沒電了，要去哪裡過夜？", at="生態B")
    s.add("1/01:15", "1999", "streetlight", None, "公園旁邊的路燈一閃一閃的，XT-08011。", at="公園中")
    s.add("1/01:25", "119", "fire", "FIRE", "8 樓行動不便住戶已由消防人員協助下樓，無受傷。", at="生態B",
          follows="421-F-003")
    s.add("1/01:35", "fire_alarm", "normal", "FIRE", "火警復歸", sensor="SN-FA-012")
    s.flood("1/01:40", "SN-FL-008", 12, "W")
    s.add("1/01:50", "incident", "flooding_report", "W", "經貿路三段積水已退，解除封閉。", at="經貿低窪", sev="Minor")
    s.add("1/02:00", "incident", "fire_report", "FIRE", "B 區住戶安置於水湳活動中心，台電到場檢修。", at="生態B",
          sev="Moderate")
    s.add("1/02:10", "1999", "other", None, "颱風天的話，明天的資源回收有收嗎？", at="生態A")
    s.incident("FIRE", "fire", "生態住宅 B 區配電室復電時起火，住戶疏散、一人送醫", fire)
    s.incident("FA", "fire", "流行影音中心火警總機動作（派車確認為雨水滲入誤報）", fa)
    s.incident("W", "flood", "經貿路三段低窪處積水，影響消防車動線", w)
    s.alternative("影音中心的警報 18 分鐘內即確認誤報，協調員可視為無事件；火警前 B 區短暫停電可能是起火的前兆而併入火警案。",
                  same_incidents(s, drop=("FA",)))
    return s


def s422():
    s = Sit(422, "taiwan_blvd_underpass_two_days", "2026-09-16",
            "颱風夜到隔天下午：臺灣大道環中路口地下道（SN-FL-010）夜間積水封閉、清晨解封，隔天下午第二波雨帶再次淹水封閉；"
            "夜裡環中路倒樹、有車撞上倒樹；路口號誌進水熄滅；隔天改道車流在環中路造成追撞。")
    s.rain("20:30", "C0F9T0", 51.5, "大雨", None)
    s.flood("21:00", "SN-FL-010", 10, "U1")
    s.add("21:10", "1999", "other", "U1", "臺灣大道往環中路那個地下道積水了，車子開下去水都噴到引擎蓋。", at="臺灣大道地下道")
    u1 = s.flood("21:20", "SN-FL-010", 26, "U1")
    s.add("21:22", "cctv", "flooding", "U1", "臺灣大道/環中路 影像分析：路面積水", sensor="SN-CCTV-009", conf=0.77)
    s.add("21:30", "1999", "other", None, "請問明天停班停課嗎？", at="生態A")
    s.flood("21:40", "SN-FL-010", 44, "U1", dup=[25, 90])
    s.add("21:43", "incident", "road_closure", "U1", "臺灣大道環中路口地下道積水逾 40 公分，雙向封閉，改走平面。",
          at="臺灣大道地下道", sev="Severe")
    s.cong("21:50", "SN-VD-HUANZHONG-04", 13, 62, "U1")
    s.add("21:55", "1999", "other", "U1", "地下道是不是封了？我要從西屯回水湳，現在要怎麼走比較快？",
          at="臺灣大道環中")
    s.rain("22:00", "C0F9T0", 63.0, "豪雨", None, text="雨量站 C0F9T0 西屯 3 小時累積 121.5 mm，達豪雨標準")
    sig = s.add("22:10", "signal", "fault", "SIG", "號誌控制器回報異常：全燈熄滅", sensor="SN-SIG-009", alt="U1")
    s.add("22:14", "cctv", "signal_dark", "SIG", "臺灣大道/環中路 影像分析：號誌黑燈", sensor="SN-CCTV-009", conf=0.88,
          alt="U1")
    s.add("22:20", "1999", "other", "SIG", "臺灣大道環中路口紅綠燈整個黑掉了，車子從四面八方亂衝。",
          at="臺灣大道環中", alt="U1")
    s.add("22:25", "incident", "traffic_signal_fault", "SIG", "臺灣大道環中路口號誌熄滅，員警指揮交通。",
          at="臺灣大道環中", sev="Moderate", alt="U1")
    s.add("22:30", "1999", "noise", None, "鄰居的防盜警報器一直響，響了半小時了。", at="逢甲水湳")
    s.add("22:40", "1999", "other", "U1", "地下道裡面好像還有一台車，燈還亮著，有沒有人在裡面？", at="臺灣大道地下道")
    s.add("22:45", "119", "rescue", "U1", "臺灣大道地下道內疑有車輛受困，派員搜索。", at="臺灣大道地下道", alt="R")
    s.add("23:05", "119", "rescue", "U1", "地下道內車輛無人，駕駛已自行離開，收隊。", at="臺灣大道地下道",
          follows="422-F-001", alt="R")
    s.flood("23:20", "SN-FL-010", 61, "U1")
    tr = s.add("23:40", "incident", "fallen_object", "TR", "環中路（黎明路至臺灣大道間）路樹倒塌占用兩車道。",
               at="環中中段", sev="Severe")
    s.add("23:42", "1999", "fallen_tree", "TR", "環中路上一棵大樹倒在馬路中間，我差點撞上去。", at="環中中段")
    s.add("23:55", "incident", "injury_accident", "TR", "環中路自小客車撞上倒塌路樹，駕駛頭部輕傷。", at="環中中段",
          sev="Severe", alt="CR")
    s.add("23:57", "119", "ambulance", "TR", "環中路車輛撞倒樹，駕駛額頭撕裂傷。", at="環中中段", alt="CR")
    s.cong("1/00:05", "SN-VD-HUANZHONG-01", 10, 67, "TR", alt="U1")
    s.add("1/00:10", "1999", "other", "TR", "剛剛打過說的那棵樹，現在有車撞上去了，快派人！", at="環中中段")
    s.add("1/00:20", "1999", "other", None, "颱風天我家頂樓的水塔被吹倒了，誰可以處理？", at=(120.6420, 24.1800))
    s.add("1/00:40", "1999", "other", "U1", "地下道到底什麼時候會開？我在臺灣大道這邊繞了三圈了。",
          at="臺灣大道環中")
    s.flood("1/01:00", "SN-FL-010", 48, "U1")
    s.add("1/01:30", "incident", "fallen_object", "TR", "環中路倒樹已鋸除，事故車拖離，恢復一車道。", at="環中中段",
          sev="Moderate")
    s.add("1/01:45", "signal", "restored", "SIG", "號誌恢復正常運作", sensor="SN-SIG-009", alt="U1")
    s.flood("1/02:10", "SN-FL-010", 24, "U1", skew=-540)  # gateway clock 9 min slow
    s.add("1/02:30", "status", "offline", None, "離線（comms_lost）", sensor="SN-RG-003")
    s.flood("1/03:00", "SN-FL-010", 9, "U1", skew=-540)
    s.add("1/03:30", "incident", "road_closure", "U1", "臺灣大道地下道解除封閉，恢復通行。", at="臺灣大道地下道",
          sev="Minor")
    s.add("1/04:10", "incident", "fallen_object", "TR", "環中路倒樹清運完畢，全線通行。", at="環中中段", sev="Minor")
    s.add("1/06:40", "1999", "other", None, "颱風走了沒？今天要上班嗎？", at="生態B")
    s.add("1/07:15", "1999", "other", "U1", "臺灣大道的地下道現在可以走了嗎？昨天晚上被封起來。", at="臺灣大道環中",
          alt=None)
    s.add("1/07:40", "1999", "other", None, "公園路邊很多斷掉的樹枝，人行道還可以走，但要清一下。", at="公園北")
    s.add("1/08:10", "1999", "streetlight", None, "凱旋路的路燈歪了一邊，XT-02260。", at="凱旋南")
    s.add("1/08:30", "1999", "other", None, "垃圾車今天有收嗎？", at="生態A")
    s.add("1/09:00", "planned_event", "road_works", None, "環中路倒樹後路面修補，外側車道（9:00-11:00）",
          at="環中中段", ends="1/11:00", d=-2400, alt="TR")
    s.add("1/09:30", "1999", "noise", None, "修路的機具一早就在敲，很吵。", at="環中中段")
    s.add("1/10:15", "119", "ambulance", None, "逢甲水湳校區學生騎車滑倒擦傷。", at="逢甲水湳")
    s.add("1/11:00", "1999", "other", None, "請問颱風後的消毒什麼時候會來？", at="生態B")
    s.rain("1/13:40", "C0F9T0", 58.0, "大雨", None)
    s.flood("1/14:00", "SN-FL-010", 13, "U2", alt="U1")
    s.add("1/14:05", "1999", "other", "U2", "又來了，臺灣大道地下道又在積水了，跟昨天晚上一樣。", at="臺灣大道地下道",
          alt="U1")
    u2 = s.flood("1/14:12", "SN-FL-010", 29, "U2", alt="U1")
    s.add("1/14:15", "cctv", "flooding", "U2", "臺灣大道/環中路 影像分析：路面積水", sensor="SN-CCTV-009", conf=0.73,
          alt="U1")
    s.flood("1/14:30", "SN-FL-010", 37, "U2", alt="U1")
    s.add("1/14:33", "incident", "road_closure", "U2", "臺灣大道地下道再度積水，雙向封閉。", at="臺灣大道地下道",
          sev="Severe", alt="U1")
    s.cong("1/14:40", "SN-VD-HUANZHONG-04", 11, 69, "U2", alt="U1")
    s.add("1/14:45", "1999", "other", "U2", "地下道怎麼又封了？我要去榮總看門診，要怎麼繞？", at="臺灣大道環中",
          alt="U1")
    s.cong("1/14:55", "SN-VD-HUANZHONG-01", 12, 64, "CR2", alt="U1")
    cr2 = s.add("1/15:00", "incident", "accident", "CR2", "環中路黎明路口附近改道車流三車追撞，無人受傷。",
                at="環中VD1", sev="Moderate")
    s.add("1/15:02", "1999", "traffic_accident", "CR2", "環中路這邊塞車又有人追撞，三台車卡在那邊。", at="環中VD1")
    s.add("1/15:10", "1999", "other", "U2", "我上午問過，臺灣大道地下道又封起來是怎樣？到底有沒有在抽水？",
          at="臺灣大道環中", alt="U1")
    s.add("1/15:20", "1999", "illegal_parking", None, "有人把車停在公園旁人行道上。", at="公園南")
    s.add("1/15:35", "incident", "accident", "CR2", "追撞車輛已移離，車流恢復。", at="環中VD1", sev="Minor")
    s.flood("1/15:50", "SN-FL-010", 21, "U2", alt="U1")
    s.add("1/16:10", "1999", "other", "U2", "地下道的水什麼時候會退？我下班要經過。", at="臺灣大道地下道", alt="U1")
    s.flood("1/16:25", "SN-FL-010", 8, "U2", alt="U1")
    s.add("1/16:40", "incident", "road_closure", "U2", "臺灣大道地下道解除封閉。", at="臺灣大道地下道", sev="Minor",
          alt="U1")
    s.add("1/16:50", "1999", "other", None, "今天晚上還會不會再下大雨？", at="生態A")
    s.incident("U1", "flood", "臺灣大道環中路口地下道颱風夜積水封閉（21:00-03:30）", u1)
    s.incident("U2", "flood", "同一地下道隔天下午再度積水封閉（14:00-16:40）", u2)
    s.incident("SIG", "traffic", "臺灣大道環中路口號誌進水熄滅", sig)
    s.incident("TR", "traffic", "環中路倒樹占用兩車道，一車撞上倒樹（一人輕傷）", tr)
    s.incident("CR2", "traffic", "隔天改道車流在環中路黎明路口附近追撞", cr2)
    s.alternative("同一地下道在同一次颱風中兩度淹水，協調員可能把它當成一個持續案件（夜間解封後未結案）；號誌熄滅因地下道路口淹水"
                  "併入淹水案；撞上倒樹的車禍另立交通事故案；地下道救援另立救助案；路面修補許可為倒樹案收尾。",
                  same_incidents(s, drop=("U2", "SIG"), extra=[
                      {"label": "CR", "type": "traffic", "description": "環中路自小客車撞上倒塌路樹",
                       "sufficient_evidence_key": "422-POL-004"},
                      {"label": "R", "type": "rescue", "description": "地下道疑有車輛受困搜索",
                       "sufficient_evidence_key": "422-F-001"}]))
    s.notes = "隔天早上「地下道現在可以走了嗎」的詢問在主讀法歸 U1（同一封閉的後續詢問）、另一讀法視為背景。"
    return s


if __name__ == "__main__":
    for f in (s417, s418, s419, s420, s421, s422):
        sit = f()
        print(*sit.write())
