"""Situations 1537-1542. Seeded (lib.Sit uses random.Random(situation number))."""
from lib import Sit, P, jm


def s1537():
    s = Sit(1537, 'cascade_fire_traffic', '2016-07-22T09:30:00Z',
            'Friday 17:30 rush hour: fire in the sludge building of the Shuinan water reclamation centre; engines and a closure of '
            'Jingmao Rd south and a lane of Zhongping Rd back traffic up on Zhongping, Henan and Jingmao Rds; a rear-end crash in the queue.')
    s.story = ('The reclamation centre\'s panel alarms at 17:30 and staff call 119. Six engines take Jingmao Rd south and Zhongping '
               'Rd; police close Jingmao Rd from the residential blocks to Zhongping Rd. In the evening rush the queue reaches '
               'Henan Rd in 20 minutes and Jingmao Rd at the blocks (1.1 km north); drivers call 1999 about the jam and the buses. '
               'At 18:05 a car runs into the back of the queue on Zhongping Rd. Next door the CMU campus panel reports a loop fault.')
    s.sen('fa', 'SN-FA-008', 'alarm', 0, 'F1', text='污泥處理棟 偵煙探測器動作')
    s.ev('f119', '119', 'fire', 2, 'wrc', 'F1', d=20, text='水湳水資源回收中心 污泥處理棟火警 出動', status='dispatched')
    s.ev('c1', '1999', 'fire_smoke', 3, 'j_jm_zp', 'F1', d=60, text='中平路經貿路口旁邊那個污水廠在冒黑煙')
    s.ev('p1', 'incident', 'fire_report', 5, 'wrc', 'F1', d=120, sev='Severe', text='水資源回收中心 廠房起火 濃煙')
    s.sen('cc1', 'SN-CCTV-011', 'smoke', 6, 'F1', confidence=0.64, text='畫面東北方煙霧')
    s.ev('f119b', '119', 'fire', 9, 'wrc', 'F1', d=20, text='到達現場 污泥處理棟燃燒中 增派2車', status='on_scene', follows='f119')
    s.ev('p2', 'incident', 'road_closure', 11, jm(0.9), 'F1', d=90, sev='Moderate', text='經貿路(生態住宅至中平路段)封閉 中平路外側車道管制 供消防車作業')
    s.sen('cc2', 'SN-CCTV-011', 'stalled_vehicle', 13, 'F1', confidence=0.72, text='路口車輛停滯')
    s.sen('vd1', 'SN-VD-ZHONGPING-02', 'congestion', 14, 'F1', sev='Moderate', text='中平路車速 8 km/h')
    s.sen('fc', 'SN-FA-010', 'fault', 15, None, alt='F1', text='3樓 探測器迴路故障')
    s.sen('vd2', 'SN-VD-ZHONGPING-01', 'congestion', 18, 'F1', sev='Moderate', text='中平路車速 11 km/h')
    s.ev('c2', '1999', 'other', 20, 'j_hn_zp', 'F1', d=80, text='河南路中平路口塞了二十分鐘都不動，前面到底發生什麼事')
    s.sen('vd3', 'SN-VD-HENAN-02', 'congestion', 22, 'F1', sev='Minor', text='河南路車速 15 km/h')
    s.ev('c3', '1999', 'other', 25, 'cmu', 'F1', d=90, text='中平路公車都不進站，我在中國醫大站等半小時了')
    s.sen('vd4', 'SN-VD-JINGMAO-02', 'congestion', 28, 'F1', alt=None, sev='Minor', text='經貿路車速 16 km/h')
    s.ev('a1', '119', 'ambulance', 30, 'wrc', 'F1', d=20, text='水資源回收中心 員工吸入濃煙 1名')
    s.ev('rc', 'incident', 'accident', 35, (120.6560, 24.1712), 'T1', alt='F1', d=100, sev='Minor', text='中平路 車輛追撞 前車停等車陣 無人受傷')
    s.ev('rc2', '1999', 'traffic_accident', 36, (120.6558, 24.1711), 'T1', alt='F1', d=60, text='中平路上車子追撞，卡在中間車道')
    s.ev('ip', '1999', 'illegal_parking', 38, 'hub', None, d=90, text='轉運中心外面有車停公車格')
    s.sen('vd5', 'SN-VD-HENAN-01', 'congestion', 40, 'F1', alt=None, sev='Minor', text='河南路車速下降')
    s.ev('c4', '1999', 'fire_smoke', 42, 'ecoB', 'F1', d=60, text='B區這邊都是臭味跟煙，要不要關窗')
    s.ev('rd', '1999', 'road_damage', 50, 'j_zk_hz', None, d=120, text='中科路環中路口有一個坑洞')
    s.ev('f119c', '119', 'fire', 70, 'wrc', 'F1', d=20, text='火勢控制 殘火處理', status='on_scene', follows='f119')
    s.ev('p3', 'incident', 'road_reopened', 95, jm(0.9), 'F1', d=60, sev='Minor', text='經貿路恢復通行 中平路解除管制', follows='p2')
    s.sen('fan', 'SN-FA-008', 'normal', 100, 'F1', text='火警受信總機 復歸')
    s.ev('f119d', '119', 'fire', 110, 'wrc', 'F1', d=20, text='結案 返隊', status='closed', follows='f119')
    s.inc('F1', 'fire', 'Fire at the water reclamation centre sludge building, with its closure and the traffic it backed up on Zhongping, Henan and Jingmao Rds', 'fa')
    s.inc('T1', 'traffic', 'Rear-end crash at the back of the fire queue on Zhongping Rd', 'rc')
    s.alternative('One coordinated response: the crash is the fire\'s traffic (police traffic squad already on Zhongping Rd); the '
                  'CMU panel fault next door is read as the smoke reaching the campus; the far slow-downs are the rush hour',
                  [('F1', 'fire', 'Fire and all its traffic incl. the queue crash and CMU panel', 'fa')])
    s.debate('rc/rc2: a crash needs its own police report (T1) or is the fire\'s traffic job (alt F1).')
    s.debate('vd4 (Jingmao Rd 1.1 km north) and vd5 (Henan Rd 1 km west): the fire\'s queue (F1) or Friday rush hour (alt null).')
    s.debate('fc: a loop fault of the CMU panel 300 m away: background (null) or smoke (alt F1).')
    s.debate('c2/c3: 1999 `other` calls about the jam and missing buses: the fire\'s effect (F1) though they name no fire.')
    return s


def s1538():
    s = Sit(1538, 'same_building_three_jobs', '2016-09-24T10:00:00Z',
            'Saturday evening at the Taichung Green Museumbrary: a false alarm at 18:05, a visitor collapsing at 19:40, and a real '
            'café kitchen fire at 20:30, all at the same panel and the same address.')
    s.story = ('At 18:05 the Museumbrary\'s panel alarms; 119 sends a engine, which finds burnt popcorn in the staff room and '
               'leaves; the panel resets at 18:20. At 19:40 an elderly visitor collapses in the 2nd-floor reading room (1999 and '
               '119). At 20:30 the panel alarms again, the Jingmao/7th Rd camera sees smoke and visitors report the ground-floor '
               'café: a real fire in the kitchen hood, the building evacuated, out by 21:00.')
    s.sen('fa1', 'SN-FA-004', 'alarm', 5, 'A1', alt='F2', text='1樓 員工休息室 偵煙探測器動作')
    s.ev('f1', '119', 'fire', 6, 'museum', 'A1', alt='F2', d=20, text='臺中綠美圖 火警 出動', status='dispatched')
    s.sen('pk', 'SN-PK-002', 'full', 8, None, text='經貿六停車場 車位已滿')
    s.ev('f1b', '119', 'fire', 14, 'museum', 'A1', alt='F2', d=20, text='到達現場 員工休息室微波爆米花燒焦 誤報', status='on_scene', follows='f1')
    s.sen('fa1n', 'SN-FA-004', 'normal', 20, 'A1', alt='F2', text='火警受信總機 復歸')
    s.ev('f1c', '119', 'fire', 22, 'museum', 'A1', alt='F2', d=20, text='誤報 返隊 結案', status='closed', follows='f1')
    s.ev('ip', '1999', 'illegal_parking', 35, 'museum', None, d=90, text='綠美圖門口機車停在人行道上')
    s.sen('vd', 'SN-VD-JINGMAO-02', 'congestion', 60, None, sev='Minor', text='經貿路車速下降')
    s.ev('r1', '1999', 'rescue', 100, 'museum', 'R1', d=40, text='綠美圖二樓閱覽室有一位阿伯昏倒，叫不醒')
    s.ev('r2', '119', 'ambulance', 101, 'museum', 'R1', d=20, text='臺中綠美圖2樓 老翁意識不清')
    s.ev('r3', '119', 'ambulance', 115, 'museum', 'R1', d=20, text='送醫 返隊', status='returning', follows='r2')
    s.ev('l1', '1999', 'streetlight', 120, 'tower', None, d=90, text='營運塔旁邊的路燈一直閃')
    s.sen('fa2', 'SN-FA-004', 'alarm', 150, 'F2', text='1樓 餐廳廚房 偵煙探測器動作')
    s.ev('c1', '1999', 'fire_smoke', 151, 'museum', 'F2', d=45, text='綠美圖一樓咖啡廳冒煙，大家在往外跑')
    s.sen('cc', 'SN-CCTV-006', 'smoke', 151.5, 'F2', confidence=0.71, text='煙霧')
    s.ev('f2', '119', 'fire', 152, 'museum', 'F2', d=20, text='臺中綠美圖 1樓餐廳廚房火警 出動', status='dispatched')
    s.ev('c2', '1999', 'fire_smoke', 153, 'museum', 'F2', d=60, text='綠美圖又在響了，這次真的有煙，很嗆')
    s.ev('ev', 'incident', 'evacuation', 155, 'museum', 'F2', d=90, sev='Moderate', text='綠美圖館內民眾疏散至經貿路側廣場')
    s.ev('c3', '1999', 'fire_smoke', 156, 'tower', 'F2', d=60, text='營運塔這邊看到綠美圖那邊有煙')
    s.ev('f2b', '119', 'fire', 160, 'museum', 'F2', d=20, text='到達現場 廚房排油煙管起火', status='on_scene', follows='f2')
    s.ev('cw', 'incident', 'crowd_control', 162, 'museum', 'F2', d=90, sev='Minor', text='疏散民眾聚集經貿路 派員管制')
    s.sen('cc2', 'SN-CCTV-006', 'crowding', 163, 'F2', confidence=0.79, text='人群聚集')
    s.ev('f2c', '119', 'fire', 175, 'museum', 'F2', d=20, text='火勢撲滅 排煙中', status='returning', follows='f2')
    s.sen('fa2n', 'SN-FA-004', 'normal', 178, 'F2', text='火警受信總機 復歸')
    s.inc('A1', 'fire', 'False alarm at the Museumbrary (burnt popcorn); 119 engine sent and returned', 'f1')
    s.inc('R1', 'rescue', 'Elderly visitor collapsed in the 2nd-floor reading room', 'r1')
    s.inc('F2', 'fire', 'Kitchen-hood fire in the Museumbrary café, building evacuated', 'fa2')
    s.alternative('A coordinator who keeps one fire job per building for the evening (the panel is the same, the earlier '
                  'alarm "may have been the first sign") reopens the 18:05 job at 20:30',
                  [('F2', 'fire', 'Museumbrary fire alarms of the evening, false then real', 'f1'),
                   ('R1', 'rescue', 'Elderly visitor collapsed', 'r1')])
    s.debate('A1 vs F2: same panel 2.5 h apart, different rooms and cause; separate jobs (truth) or one building job (alt).')
    s.debate('R1 at the same address between them: no fire words, never the fire\'s.')
    s.debate('c2 says 又在響 (again): a follow-up of the building, but of the new fire (F2), not of the false alarm.')
    return s


def s1539():
    s = Sit(1539, 'main_burst_sinkhole', '2016-05-14T01:00:00Z',
            'Dry Saturday morning: a water main bursts under Jingmao Rd by the Museumbrary; callers report "flooding", the '
            'water runs 1 km down to the Jingmao low point sensor, the road caves in, buildings lose water, emergency works and '
            'a closure follow until the road reopens.')
    s.story = ('09:00 no rain anywhere. Water wells out of the asphalt on 經貿路 at 經貿七路; callers say 淹水. The water runs '
               'south along the gutter and the Jingmao Rd low point sensor reads 12 cm 25 minutes later, 900 m away. At 09:40 the '
               'surface sinks; police close both directions; the water company shuts the valve, so the operations tower and block '
               'A lose water. An emergency works permit arrives at 10:10; the road reopens at 11:55.')
    s.ev('c1', '1999', 'flooding', 0, 'j_jm_7', 'W1', d=60, text='經貿路經貿七路口路面一直冒水出來，沒下雨怎麼會淹水')
    s.sen('cc', 'SN-CCTV-006', 'flooding', 3, 'W1', confidence=0.68, text='路面積水')
    s.ev('c2', '1999', 'flooding', 6, 'museum', 'W1', d=60, text='綠美圖前面馬路在噴水，好像水管破了')
    s.ev('p1', 'incident', 'flooding_report', 10, 'j_jm_7', 'W1', d=120, sev='Moderate', text='經貿路經貿七路口 疑似自來水管破裂 路面湧水')
    s.ev('bd', '1999', 'blocked_drain', 15, 'fcu', None, d=90, text='逢甲水湳校區旁水溝有臭味')
    s.sen('fl', 'SN-FL-008', 'flood_depth', 25, 'W1', alt='F1', level='1-15', text='經貿路低窪處 淹水深度 12 cm')
    s.ev('c3', '1999', 'flooding', 28, jm(0.72), 'W1', alt='F1', d=70, text='生態住宅前面經貿路低的地方積水，今天明明是晴天')
    s.sen('vd', 'SN-VD-JINGMAO-02', 'congestion', 30, 'W1', sev='Minor', text='經貿路車速下降')
    s.ev('p2', 'incident', 'road_collapse', 40, 'j_jm_7', 'W1', d=90, sev='Severe', text='經貿路經貿七路口 路面坍陷 約2公尺 已圍設')
    s.ev('p3', 'incident', 'road_closure', 44, 'j_jm_7', 'W1', d=90, sev='Moderate', text='經貿路(黎明路至綠美圖段)雙向封閉 改道中科路')
    s.ev('c4', '1999', 'road_damage', 45, 'j_jm_7', 'W1', d=60, text='經貿路路面陷下去一個大洞')
    s.ev('w1', '1999', 'water_outage', 55, 'tower', 'W1', d=60, text='智慧營運塔突然停水了，沒有看到停水公告')
    s.ev('w2', '1999', 'water_outage', 60, 'ecoA', 'W1', d=60, text='A區整棟沒水')
    s.sen('vd2', 'SN-VD-ZHONGKE-01', 'congestion', 62, 'W1', alt=None, sev='Minor', text='中科路車速下降')
    s.ev('pm', 'planned_event', 'road_works', 70, 'j_jm_7', 'W1', d=30, text='經貿路自來水管線緊急搶修 封閉內外側車道', ends=175, radius_m=150, m=0)
    s.ev('l1', '1999', 'streetlight', 80, 'hub', None, d=90, text='轉運中心前路燈白天亮著')
    s.sen('flc', 'SN-FL-008', 'cleared', 85, 'W1', alt='F1', text='經貿路低窪處 淹水解除')
    s.ev('ip', '1999', 'illegal_parking', 90, 'jm6cp', None, d=90, text='經貿六停車場出口有車擋住')
    s.ev('w3', '1999', 'water_outage', 130, 'ecoA', 'W1', d=60, text='剛剛打過了，A區到現在還是沒水')
    s.ev('p4', 'incident', 'road_reopened', 175, 'j_jm_7', 'W1', d=60, sev='Minor', text='經貿路搶修完成 恢復通行', follows='p3')
    s.inc('W1', 'infrastructure', 'Burst water main under Jingmao Rd at Jingmao 7th Rd: water on the road, sinkhole, closure, outage', 'c2')
    s.alternative('A coordinator who takes the low-point sensor and the sunny-day caller at block A as a flood job of their own '
                  '(drainage crew to the low point) before tying them to the main',
                  [('W1', 'infrastructure', 'Burst main, sinkhole, closure, outage', 'c2'),
                   ('F1', 'flood', 'Water at the Jingmao Rd low point (from the main)', 'fl')])
    s.debate('c1/cc/p1 say flooding but there is no rain: the burst main\'s (W1). c1 alone is ambiguous; c2 says 水管破了: sufficient.')
    s.debate('fl/c3/flc: the main\'s water 900 m downhill (W1) or a flood job at the low point (alt F1).')
    s.debate('vd2 Zhongke Rd: the detour (W1) or ordinary Saturday traffic (alt null).')
    s.debate('w1-w3: water outage caused by shutting the valve: the main\'s job.')
    return s


def s1540():
    s = Sit(1540, 'power_cut_signals', '2016-08-05T12:00:00Z',
            'A feeder trips at 20:00: the eco-residential blocks, the CMU campus and the reclamation centre go to battery, devices on '
            'mains go offline, the Jingmao/Zhongping signal goes dark 1 km from the blocks, two people are stuck in block B\'s lift.')
    s.story = ('At 20:00 a Taipower feeder south of the park trips. Fire panels of blocks A and B, the CMU campus and the '
               'reclamation centre report mains lost; the drainage level station, the low-point flood sensor and a detector go '
               'offline with mains_power_lost. The Jingmao/Zhongping signal is dark: cars nose through and police direct traffic. '
               'Residents call about the dark street and the lift. Power returns at 21:10.')
    s.sen('f11', 'SN-FA-011', 'fault', 0, 'P1', text='主電源停電 切換預備電源')
    s.sen('f12', 'SN-FA-012', 'fault', 0.2, 'P1', text='主電源停電 切換預備電源')
    s.sen('o1', 'SN-FL-008', 'offline', 0.3, 'P1', reason='mains_power_lost', text='市電中斷 離線')
    s.sen('o2', 'SN-WL-003', 'offline', 0.4, 'P1', reason='mains_power_lost', text='市電中斷 離線')
    s.sen('sg', 'SN-SIG-011', 'fault', 0.5, 'T1', alt='P1', text='號誌黑燈')
    s.sen('f10', 'SN-FA-010', 'fault', 0.6, 'P1', text='主電源停電')
    s.sen('f08', 'SN-FA-008', 'fault', 0.7, 'P1', text='市電中斷 預備電源供電中')
    s.sen('o3', 'SN-VD-JINGMAO-02', 'offline', 0.8, 'P1', reason='mains_power_lost', text='市電中斷 離線')
    s.ev('c1', '1999', 'power_outage', 2, 'ecoA', 'P1', d=50, text='生態住宅A區整棟停電了')
    s.sen('cd', 'SN-CCTV-011', 'signal_dark', 2, 'T1', alt='P1', confidence=0.86, text='號誌黑燈')
    s.ev('c2', '1999', 'streetlight', 3, jm(0.8), 'P1', d=60, text='經貿路整排路燈都不亮，一片漆黑')
    s.ev('lf', '1999', 'rescue', 4, 'ecoB', 'R1', alt='P1', d=40, text='B區電梯停電卡住，我同事在裡面，有兩個人')
    s.ev('lf2', '119', 'rescue', 5, 'ecoB', 'R1', alt='P1', d=20, text='水湳生態住宅B區 電梯受困 2人')
    s.ev('c3', '1999', 'traffic_signal', 5, 'j_jm_zp', 'T1', alt='P1', d=60, text='經貿路中平路口紅綠燈都不亮，車子亂鑽')
    s.sen('vd', 'SN-VD-ZHONGPING-02', 'congestion', 8, 'T1', alt='P1', sev='Moderate', text='中平路車速 9 km/h')
    s.ev('p1', 'incident', 'traffic_signal_fault', 10, 'j_jm_zp', 'T1', alt='P1', d=90, sev='Moderate', text='經貿路中平路口號誌停電 派員指揮交通')
    s.sen('o4', 'SN-WL-003', 'sensor_offline', 10.4, 'P1', sev='Minor', text='超過預期回報時間未回傳')
    s.ev('c4', '1999', 'power_outage', 12, 'cmu', 'P1', d=60, text='中國醫藥大學水湳校區宿舍停電')
    s.ev('n1', '1999', 'noise', 15, 'hub', None, d=70, text='轉運中心旁邊工地晚上還在施工')
    s.ev('lf3', '119', 'rescue', 18, 'ecoB', 'R1', alt='P1', d=20, text='受困2人已救出 無傷', status='closed', follows='lf2')
    s.ev('c5', '1999', 'water_outage', 25, 'ecoA', 'P1', d=60, text='停電以後大樓水塔馬達不能打水，現在也沒水')
    s.ev('l1', '1999', 'streetlight', 30, 'j_lm_kx', None, d=90, text='黎明路凱旋路口一盞路燈不亮')
    s.ev('p2', 'incident', 'accident', 40, 'j_hn_zp', 'T2', d=100, sev='Minor', text='河南路中平路口 機車自摔 輕傷')
    s.sen('sgr', 'SN-SIG-011', 'restored', 70, 'T1', alt='P1', text='號誌恢復正常')
    s.sen('on1', 'SN-FL-008', 'online', 70.2, 'P1', text='恢復連線')
    s.sen('on2', 'SN-WL-003', 'online', 70.3, 'P1', text='恢復連線')
    s.sen('on3', 'SN-VD-JINGMAO-02', 'online', 70.4, 'P1', text='恢復連線')
    s.sen('n11', 'SN-FA-011', 'normal', 71, 'P1', text='主電源恢復 復歸')
    s.sen('n12', 'SN-FA-012', 'normal', 71.2, 'P1', text='主電源恢復 復歸')
    s.inc('P1', 'infrastructure', 'Feeder trip south of the park: blocks A and B, CMU campus, reclamation centre, mains devices offline, street dark', 'f12')
    s.inc('T1', 'traffic', 'Dark signal at Jingmao/Zhongping from the power cut: queue, police directing traffic', 'cd')
    s.inc('R1', 'rescue', 'Two people stuck in block B\'s lift', 'lf')
    s.inc('T2', 'traffic', 'Motorcyclist fell alone at Henan/Zhongping (800 m west of the dark signal)', 'p2')
    s.alternative('One power-cut job: the coordinator asks Taipower to restore and lets the signal, its queue and the lift hang on it',
                  [('P1', 'infrastructure', 'Power cut with its dark signal and stuck lift', 'f12'),
                   ('T2', 'traffic', 'Motorcycle fall at Henan/Zhongping', 'p2')])
    s.debate('Signal T1: a police traffic job of its own (truth) or the power cut\'s (alt P1).')
    s.debate('Lift R1: the fire bureau\'s rescue (truth) or the power cut\'s (alt P1).')
    s.debate('c5 water outage: the building pumps lost mains (P1), not a burst main.')
    s.debate('p2 single motorcycle fall at a lit junction 800 m west: its own (T2), not the dark signal\'s.')
    return s


def s1541():
    s = Sit(1541, 'crash_fire_underpass', '2016-11-02T22:40:00Z',
            'Thursday 06:40: a delivery van carrying gas cylinders crashes at Zhongqing/Huanzhong and burns; hose water runs into '
            'the underpass sensor beside it; a rubbernecking crash 450 m west at Jingmao/Huanzhong.')
    s.story = ('At 06:40 a van hits the kerb at Zhongqing/Huanzhong, the driver is hurt and the engine catches fire; it carries '
               'LPG cylinders. 119 sends fire, ambulance and hazmat; police close the junction. Firefighting water runs into the '
               'Zhongqing/Huanzhong underpass and its depth sensor alarms. The junction\'s signal cabinet is scorched and its '
               'signal faults. At 06:55 two cars collide at Jingmao/Huanzhong while drivers watch the smoke.')
    s.sen('cc1', 'SN-CCTV-008', 'accident', 0, 'C1', confidence=0.74, text='疑似事故')
    s.ev('c1', '1999', 'traffic_accident', 1, 'j_zq_hz', 'C1', d=40, text='中清路環中路口有一台貨車撞到安全島，冒煙了')
    s.sen('cc2', 'SN-CCTV-008', 'smoke', 1.5, 'C1', confidence=0.83, text='煙霧')
    s.ev('f', '119', 'fire', 2, 'j_zq_hz', 'C1', d=20, text='中清路環中路口 車輛火警 車上載有瓦斯桶', status='dispatched')
    s.ev('a', '119', 'ambulance', 2.2, 'j_zq_hz', 'C1', d=20, text='中清路環中路口 車禍 駕駛受傷')
    s.ev('c2', '1999', 'fire_smoke', 3, 'j_zq_hz', 'C1', d=50, text='環中路上有車子在燒，火很大')
    s.ev('p1', 'incident', 'injury_accident', 4, 'j_zq_hz', 'C1', d=120, sev='Severe', text='中清環中路口 貨車自撞起火 駕駛受傷')
    s.ev('h', '119', 'hazmat', 5, 'j_zq_hz', 'C1', d=20, text='車上液化石油氣鋼瓶 派遣毒化災小組')
    s.ev('p2', 'incident', 'road_closure', 7, 'j_zq_hz', 'C1', d=90, sev='Severe', text='中清環中路口全面封閉 改道經貿路')
    s.sen('vd1', 'SN-VD-HUANZHONG-03', 'congestion', 9, 'C1', sev='Moderate', text='環中路車速 6 km/h')
    s.sen('vd2', 'SN-VD-ZHONGQING-01', 'congestion', 10, 'C1', sev='Moderate', text='中清路車速 7 km/h')
    s.ev('f2', '119', 'fire', 11, 'j_zq_hz', 'C1', d=20, text='到達現場 車輛火勢 灑水冷卻鋼瓶', status='on_scene', follows='f')
    s.sen('sg', 'SN-SIG-008', 'fault', 12, 'C1', text='號誌故障')
    s.sen('uf', 'SN-FL-006', 'flood_depth', 14, 'C1', alt=None, level='1-15', text='中清環中路口地下道 淹水深度 6 cm')
    s.sen('cc3', 'SN-CCTV-004', 'stalled_vehicle', 15, 'T2', alt='C1', confidence=0.7, text='路口車輛停滯')
    s.ev('r2', 'incident', 'accident', 15.5, 'j_jm_hz', 'T2', alt='C1', d=100, sev='Minor', text='經貿路環中路口 二車擦撞 駕駛稱看火災分心')
    s.sen('vd3', 'SN-VD-HUANZHONG-02', 'congestion', 18, 'C1', sev='Minor', text='環中路車速下降')
    s.ev('c3', '1999', 'other', 20, 'hub', 'C1', d=70, text='轉運站客運都進不來，環中路怎麼封起來了')
    s.ev('l1', '1999', 'streetlight', 22, 'conv', None, d=90, text='會展中心旁路燈早上還亮著')
    s.sen('uf2', 'SN-FL-006', 'flood_depth', 24, 'C1', alt=None, level='16-30', text='中清環中路口地下道 淹水深度 17 cm')
    s.ev('f3', '119', 'fire', 35, 'j_zq_hz', 'C1', d=20, text='火勢撲滅 鋼瓶無洩漏 返隊', status='returning', follows='f')
    s.sen('ufc', 'SN-FL-006', 'cleared', 50, 'C1', alt=None, text='地下道 淹水解除')
    s.ev('p3', 'incident', 'road_reopened', 70, 'j_zq_hz', 'C1', d=60, sev='Minor', text='中清環中路口恢復通行 號誌由交通局搶修', follows='p2')
    s.sen('sgr', 'SN-SIG-008', 'restored', 85, 'C1', text='號誌恢復正常')
    s.inc('C1', 'traffic', 'Van crash and fire with LPG cylinders at Zhongqing/Huanzhong: casualty, closure, hose water in the underpass, scorched signal', 'c1')
    s.alternative('The rubbernecking crash is handled by the same police at the closure; the underpass reading is only hose '
                  'water, no flood, nobody to send',
                  [('C1', 'traffic', 'Van crash and fire incl. the Jingmao/Huanzhong scrape', 'c1')])
    s.debate('uf/uf2/ufc: the underpass sensor rising with hose water (truth C1) or no job at all (alt null); a flood job of '
             'its own would be wrong: no rain.')
    s.debate('r2/cc3: a separate crash (T2) or the fire\'s traffic (alt C1).')
    s.debate('Type: traffic (a crash that burns) vs fire vs hazmat: one job either way.')
    s.debate('cc1 arrives first but is a camera\'s guess; c1 opens.')
    s.incidents.append({'label': 'T2', 'type': 'traffic', 'description': 'Two-car scrape at Jingmao/Huanzhong, drivers watching the smoke',
                        'sufficient_evidence_key': '1541-r2'})
    return s


def s1542():
    s = Sit(1542, 'quiet_night_noise', '2016-10-08T15:00:00Z',
            'Saturday 23:00-01:30: a night of background (streetlights, parking, noise, routine slow-downs, a panel battery '
            'warning, a camera in maintenance, a cancelled march permit, paper money burnt in a courtyard) and one real job: '
            'a fight outside the transit hub.')
    s.story = ('Nothing happens for an hour but the usual. At 00:10 two groups fight outside the transit hub; a caller files it as '
               'noise, police report a disturbance, one man has a head wound and 119 takes him. A resident of block B reports '
               'burning smell: a neighbour burns paper money in the courtyard.')
    s.ev('pm', 'planned_event', 'march', 600, 'kx_mid', None, d=-35990, text='凱旋路 遊行 預計500人', ends=720, radius_m=800, m=0)
    s.ev('l1', '1999', 'streetlight', 5, 'zk_mid', None, d=80, text='中科路路燈一盞不亮')
    s.sen('fb', 'SN-FA-005', 'fault', 8, None, text='預備電源電壓不足')
    s.ev('ip1', '1999', 'illegal_parking', 12, 'hub', None, d=90, text='轉運中心外面計程車排班占用車道')
    s.ev('n1', '1999', 'noise', 18, 'ecoA', None, d=70, text='樓上一直在拖椅子')
    s.sen('cm', 'SN-CCTV-003', 'offline', 20, None, reason='maintenance', text='計畫性維護 離線')
    s.ev('pmc', 'planned_event', 'march', 600, 'kx_mid', None, d=-35990 + 1800, text='凱旋路遊行 主辦單位撤銷', ends=720,
         radius_m=800, m=0, permit_status='cancelled', follows='pm')
    s.sen('vd1', 'SN-VD-HUANZHONG-01', 'congestion', 30, None, sev='Minor', text='環中路車速下降')
    s.ev('l2', '1999', 'streetlight', 35, 'pond2', None, d=80, text='公園步道路燈閃爍')
    s.ev('n2', '1999', 'noise', 42, 'fcu', None, d=70, text='校區旁邊有改裝車一直催油門')
    s.ev('ip2', '1999', 'illegal_parking', 50, 'ecoB', None, d=90, text='B區門口有車停在消防通道')
    s.ev('gz', '1999', 'fire_smoke', 55, 'ecoB', None, alt='G1', d=60, text='中庭有人在燒金紙，煙很大飄進來')
    s.ev('d1', '1999', 'noise', 70, 'hub', 'D1', d=50, text='轉運站外面有一群人在吵架，好像打起來了')
    s.sen('dc', 'SN-CCTV-003', 'crowding', 71, 'D1', alt=None, confidence=0.61, text='人群聚集')
    s.ev('d2', 'incident', 'public_disturbance', 72, 'hub', 'D1', d=80, sev='Moderate', text='水湳轉運中心前 二群人鬥毆 派員處理')
    s.ev('d3', '119', 'ambulance', 75, 'hub', 'D1', d=20, text='水湳轉運中心前 男子頭部撕裂傷 鬥毆')
    s.ev('d4', '1999', 'noise', 76, 'j_zk_hz', 'D1', d=60, text='中科路環中路那邊一直有人大叫')
    s.ev('d5', '119', 'ambulance', 95, 'hub', 'D1', d=20, text='送醫 返隊', status='returning', follows='d3')
    s.sen('vd2', 'SN-VD-KAIXUAN-01', 'congestion', 100, None, sev='Minor', text='凱旋路車速下降')
    s.ev('d6', 'incident', 'other', 110, 'hub', 'D1', d=60, sev='Minor', text='鬥毆雙方帶回派出所 現場秩序恢復', follows='d2')
    s.ev('n3', '1999', 'noise', 120, 'ecoA', None, d=70, text='狗一直叫')
    s.sen('cmo', 'SN-CCTV-003', 'online', 140, None, text='維護完成 恢復連線')
    s.ev('l3', '1999', 'streetlight', 145, 'henancp', None, d=80, text='河南路停車場路燈不亮')
    s.inc('D1', 'public_safety', 'Fight outside the transit hub, one man with a head wound', 'd2')
    s.alternative('A coordinator who sends the fire bureau to any smoke call in a housing block opens a small job for the paper-money burning; '
                  'the camera\'s low-confidence crowding is left out',
                  [('D1', 'public_safety', 'Fight outside the transit hub', 'd2'),
                   ('G1', 'fire', 'Paper money burnt in block B\'s courtyard', 'gz')])
    s.debate('gz: a burning smell from paper money (null) or a small fire job (alt G1).')
    s.debate('d1/d4 are filed as noise but report the fight: D1. The camera crowding dc at 0.61: D1, alt null.')
    s.debate('d1 comes first but a noise call of shouting waits; d2 (police report) opens.')
    s.debate('pm/pmc: a permit cancelled before its day: nothing in both readings.')
    return s


if __name__ == '__main__':
    for f in (s1537, s1538, s1539, s1540, s1541, s1542):
        f().write()
