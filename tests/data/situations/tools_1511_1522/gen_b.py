"""Situations 1517-1522."""
from lib import Sit, P, between, rush_congestion, streetlight

def s1517():
    s = Sit(1517, 'weekday_expo_kitchen_alarm_lost_child', (2016, 10, 19, 11, 0),
            '平日會展中心展覽：B棟餐飲區油煙觸發火警（總機時鐘慢8小時），119出勤後確認無火；展場走失兒童；經貿路黎明路口遊覽車拋錨；停車場滿位為例行。', 1517)
    s.readme['what'] = ('Wednesday 11:00-13:30, a trade exhibition at the convention centre. At 11:50 kitchen fumes in hall B\'s food court set off '
                        'the panel; the panel\'s clock is on local time stamped as UTC (observed 8 h late); 119 sends an engine, it is a cooking '
                        'fume alarm, reset at 12:20. At 12:05 a 5-year-old is lost in hall A (police, 1999 from the mother); found at 12:35. '
                        'At 12:15 a tour bus breaks down at 經貿路二段/黎明路三段, 120 m from hall A: a tow job. Full car parks and the '
                        'lunchtime slow-down are the exhibition\'s routine.')
    s.add('pe', 'planned_event', 'exhibition', 0, None, ll=P['conv'], delay=-7 * 86400, ends=480, radius_m=400,
          text='臺中國際會展中心 機械展 09:00-17:00 預估每日2萬人次')
    s.add('pk6', 'parking', 'full', 10, None, sid='SN-PK-006', text='臺中國際會展中心停車場 汽車格已滿')
    s.add('pk2', 'parking', 'full', 22, None, sid='SN-PK-002', text='經貿六停車場 汽車格已滿')
    rush_congestion(s, ['SN-VD-JINGMAO-01', 'SN-VD-LIMING-01', 'SN-VD-HUANZHONG-02'], 5, 90)
    s.add('fa1', 'fire_alarm', 'alarm', 50, 'F', sid='SN-FA-003', obs_shift_min=480, text='B棟 1F 餐飲區 偵煙式探測器動作')
    s.add('e1', '119', 'fire', 51, 'F', ll=P['hallB'], text='臺中國際會展中心B棟 火警自動警報', units=['水湳分隊水箱車', '水湳分隊雲梯車'])
    s.add('c1', '1999', 'fire_smoke', 53, 'F', ll=P['hallA'], alt=None, text='會展中心A館廣播叫大家往外走，是不是有火災？')
    s.add('e2', '119', 'fire', 58, 'F', ll=P['hallB'], status='on_scene', text='到達，B棟餐飲區油煙導致探測器動作，無火')
    s.dup('fa1', 7)
    s.add('fa2', 'fire_alarm', 'normal', 80, 'F', sid='SN-FA-003', obs_shift_min=480, text='復歸')
    s.add('e3', '119', 'fire', 82, 'F', ll=P['hallB'], status='closed', text='誤報，現場交管理單位')
    K = between(P['hallA'], P['conv'], 0.3)
    s.add('p1', 'incident', 'missing_person', 65, 'K', 'Moderate', ll=K, text='會展中心A棟 5歲男童走失，穿黃色上衣，家長報案')
    s.add('c2', '1999', 'missing_person', 64, 'K', ll=P['hallA'], text='我兒子在會展中心A館不見了，五歲，黃色衣服')
    s.add('p2', 'incident', 'missing_person', 95, 'K', 'Minor', ll=K, follows='p1', text='男童於B棟服務台尋獲，交還家長')
    B = P['jm_lm']
    s.add('cc1', 'cctv', 'stalled_vehicle', 75, 'B', sid='SN-CCTV-005', confidence=0.83, text='路口車輛停滯')
    s.add('p3', 'incident', 'stalled_vehicle', 78, 'B', 'Moderate', ll=B, text='經貿路二段/黎明路三段 遊覽車故障停於路口，占用二車道')
    s.add('c3', '1999', 'other', 80, 'B', ll=between(B, P['hallA'], 0.4), text='會展中心前面有台遊覽車壞在路口，大家都卡住了')
    s.add('cg1', 'rule', 'congestion', 83, 'B', 'Moderate', sid='SN-VD-KAIXUAN-01', alt=None, text='凱旋路車輛偵測器1 車速驟降')
    s.add('p4', 'incident', 'stalled_vehicle', 125, 'B', 'Minor', ll=B, follows='p3', text='大型拖吊車拖離，路口恢復')
    s.add('ip', '1999', 'illegal_parking', 100, None, ll=P['jm6_cp'], text='經貿六停車場外面排隊的車占住機車道')
    streetlight(s, 'sl', 115, P['tower'], '營運塔前面那盞路燈白天還亮著，浪費電')
    s.incident('F', 'fire', '會展中心B棟火警自動警報（餐飲油煙，誤報）', 'fa1')
    s.incident('K', 'rescue', '會展中心A棟男童走失協尋', 'c2')
    s.incident('B', 'traffic', '經貿路二段/黎明路三段 遊覽車拋錨', 'p3')
    s.notes.append('SN-FA-003 stamps local time as UTC: its observed is 8 h after its arrival.')
    s.readme['debates'] = [
        'Hall A visitors hearing the evacuation announcement call it a fire (c1): the hall B alarm (truth F, the announcement covers both halls) or a call that is only about the announcement (alt null).',
        'The 凱旋路 detector slowing at 12:23, 400 m west of the bus: the bus\'s queue backing onto 黎明路 (truth B) or the exhibition\'s lunchtime traffic (alt null).']
    s.alternative('The hall A call is about the announcement only; the 凱旋路 slow-down is exhibition traffic.')
    s.write()

def s1518():
    s = Sit(1518, 'night_cabinet_power_cut_and_t74_crash', (2016, 11, 8, 1, 0),
            '平日深夜中清環中路口號誌箱市電中斷：號誌、監視器與兩具車輛偵測器離線、號誌黑燈；同時台74線/環中路口自撞；河南路淹水感測器電池低電量離線。', 1518)
    s.readme['what'] = ('Tuesday night 01:00-03:00. At 01:15 the signal cabinet TB-CAB-008 at 中清路/環中路 loses mains power: the signal, the '
                        'camera and the two detectors on that cabinet go offline within a minute, the lights go dark, a taxi driver calls 1999 '
                        'and the police put an officer there; Taipower restores the feed at 02:25. At 01:40 a car hits the median at '
                        '台74線/環中路二段 1 km west. The flood sensor at 河南路 reports low battery and drops off: a maintenance ticket.')
    for n, sid in enumerate(['SN-SIG-008', 'SN-CCTV-008', 'SN-VD-HUANZHONG-03', 'SN-VD-ZHONGQING-01']):
        s.add(f'st{n}', 'status', 'offline', 15 + n * 0.2, 'X', sid=sid, reason='mains_power_lost', text='市電中斷')
    s.add('so1', 'rule', 'sensor_offline', 21, 'X', 'Minor', sid='SN-VD-ZHONGQING-01', text='中清路車輛偵測器1 超過5分鐘未回傳')
    s.add('so2', 'rule', 'sensor_offline', 21.2, 'X', 'Minor', sid='SN-VD-HUANZHONG-03', text='環中路車輛偵測器3 超過5分鐘未回傳')
    s.add('c1', '1999', 'traffic_signal', 24, 'X', ll=P['zq_hz'], text='中清路環中路口紅綠燈全部不亮，這裡晚上車速很快很危險')
    s.add('p1', 'incident', 'traffic_signal_fault', 30, 'X', 'Moderate', ll=P['zq_hz'], text='中清路/環中路口號誌全暗，派員指揮，通知台電及號誌廠商')
    s.add('c2', '1999', 'power_outage', 33, 'X', ll=between(P['zq_hz'], P['tower'], 0.4), alt=None, text='經貿路這邊的路燈跟紅綠燈好像都停電了')
    s.add('p2', 'incident', 'traffic_signal_fault', 85, 'X', 'Minor', ll=P['zq_hz'], follows='p1', text='台電搶修完成，號誌恢復')
    for n, sid in enumerate(['SN-SIG-008', 'SN-CCTV-008', 'SN-VD-HUANZHONG-03', 'SN-VD-ZHONGQING-01']):
        s.add(f'on{n}', 'status', 'online', 85 + n * 0.3, 'X', sid=sid, text='恢復連線')
    s.add('sg', 'signal', 'restored', 86, 'X', sid='SN-SIG-008', text='號誌恢復正常運作')
    s.dup('st1', 62)
    A = between(P['t74_hz'], P['kx_hz'], 0.3)
    s.add('cc1', 'cctv', 'stalled_vehicle', 40, 'A', sid='SN-CCTV-001', confidence=0.88, text='車輛停滯於分隔島旁')
    s.add('p3', 'incident', 'accident', 42, 'A', 'Moderate', ll=A, text='台74線下環中路二段 自小客車自撞分隔島，駕駛輕傷')
    s.add('e1', '119', 'ambulance', 43, 'A', ll=A, text='台74線/環中路 自撞 駕駛胸痛', units=['西屯分隊救護車'])
    s.add('e2', '119', 'ambulance', 52, 'A', ll=A, status='on_scene')
    s.add('e3', '119', 'ambulance', 66, 'A', ll=A, status='returning')
    s.add('p4', 'incident', 'accident', 75, 'A', 'Minor', ll=A, follows='p3', text='車輛拖離，分隔島護欄受損通報養護')
    s.add('st9', 'status', 'offline', 50, None, sid='SN-FL-007', reason='battery_low', text='電池電量低')
    s.add('so9', 'rule', 'sensor_offline', 56, None, 'Minor', sid='SN-FL-007', text='河南路低窪處淹水感測器 超過5分鐘未回傳')
    s.add('fa', 'fire_alarm', 'fault', 95, None, sid='SN-FA-008', text='受信總機 預備電源電壓不足')
    s.add('pk', 'parking', 'empty', 70, None, sid='SN-PK-001', text='水湳轉運中心停車場 車位全空')
    s.incident('X', 'infrastructure', '中清路/環中路口號誌箱市電中斷（號誌黑燈、路口設備離線）', 'c1')
    s.incident('A', 'traffic', '台74線/環中路二段自小客車自撞分隔島', 'p3')
    s.readme['debates'] = [
        'The 1999 power call from 經貿路 (c2), 400 m down the road: the same feeder that fed the cabinet (truth X) or a separate neighbourhood outage nobody else confirms (alt null).',
        'When to open X: four devices of one cabinet saying mains_power_lost is a power cut, but the signal itself being dark is only known from the 1999 call; some coordinators open at st0.']
    s.alternative('The 經貿路 power call is not the cabinet\'s feeder.')
    s.write()

def s1519():
    s = Sit(1519, 'school_pickup_sinkhole_on_zhongping', (2016, 5, 25, 16, 10),
            '平日放學時段，中平路近經貿路口路面坍陷，封閉一車道，車流回堵至河南路；中國醫大水湳校區門口違停；河南路停車場前學生腳踏車跌倒。', 1519)
    s.readme['what'] = ('Wednesday 16:10-18:00, the afternoon school run. At 16:30 the road surface of 中平路 gives way 80 m west of '
                        '經貿路 (a 1 m hole over a leaking sewer): 1999, police, a closure of the eastbound lane, the public works bureau\'s '
                        'emergency repair; traffic backs up along 中平路 as far as 河南路 (700 m). At 16:50 a student falls off her bicycle outside '
                        'the 河南路停車場 on her own: ambulance. Parents double-park at the CMU campus: routine.')
    H = between(P['jm_zp'], (120.6545, 24.1708), 0.15)
    s.add('c1', '1999', 'road_damage', 20, 'H', ll=H, text='中平路靠經貿路口路面塌一個大洞，大概一公尺，車子差點掉進去')
    s.add('p1', 'incident', 'road_collapse', 24, 'H', 'Severe', ll=H, text='中平路近經貿路口 路面坍陷約1公尺，封閉東向外側車道', unit='第四分局')
    s.add('cc1', 'cctv', 'fallen_object', 26, 'H', sid='SN-CCTV-011', confidence=0.55, text='路面異常物體')
    s.add('p2', 'incident', 'road_closure', 30, 'H', 'Moderate', ll=H, follows='p1', text='中平路東向外側車道封閉，建設局搶修')
    s.add('cg1', 'rule', 'congestion', 34, 'H', 'Moderate', sid='SN-VD-ZHONGPING-02', text='中平路車輛偵測器2 車速驟降')
    s.add('cg2', 'rule', 'congestion', 45, 'H', 'Moderate', sid='SN-VD-ZHONGPING-01', alt=None, text='中平路車輛偵測器1 車速驟降')
    s.add('c2', '1999', 'other', 48, 'H', ll=P['hn_zp'], alt=None, text='河南路中平路口為什麼塞成這樣，前面到底發生什麼事')
    s.add('c3', '1999', 'road_damage', 40, 'H', ll=between(H, P['cmu'], 0.3), text='中平路經貿路那邊有個洞，圍起來了但沒人在指揮')
    s.add('pw', 'planned_event', 'road_works', 55, 'H', ll=H, delay=120, ends=300, radius_m=60, text='中平路 緊急搶修（污水管破損路面坍陷）16:45-21:00')
    s.add('cg1c', 'rule', 'cleared', 105, 'H', 'Minor', sid='SN-VD-ZHONGPING-02', text='車速恢復，警戒解除')
    s.add('p3', 'incident', 'road_closure', 108, 'H', 'Minor', ll=H, follows='p1', text='臨時鋪面完成，外側車道仍封閉至夜間')
    B = P['henan_cp']
    s.add('e1', '119', 'ambulance', 40, 'K', ll=B, text='河南路停車場前 女學生騎腳踏車跌倒 下巴撕裂傷', units=['西屯分隊救護車'])
    s.add('c4', '1999', 'traffic_accident', 41, 'K', ll=B, text='河南路停車場門口有個學生騎腳踏車摔倒流血')
    s.add('e2', '119', 'ambulance', 49, 'K', ll=B, status='on_scene')
    s.add('e3', '119', 'ambulance', 60, 'K', ll=B, status='returning')
    s.add('ip1', '1999', 'illegal_parking', 10, None, ll=P['cmu'], text='中國醫大水湳校區門口家長接小孩並排停車')
    s.add('ip2', '1999', 'illegal_parking', 70, None, ll=P['cmu'], text='剛剛打過了，醫大門口還是一堆車並排')
    rush_congestion(s, ['SN-VD-HUANZHONG-01', 'SN-VD-KAIXUAN-02', 'SN-VD-JINGMAO-02', 'SN-VD-HENAN-01'], 20, 90)
    streetlight(s, 'sl', 95, P['reclaim'], '水資源回收中心前面路燈有一盞不亮')
    s.add('pk3', 'parking', 'full', 85, None, sid='SN-PK-003', text='河南路停車場 汽車格已滿')
    s.incident('H', 'infrastructure', '中平路近經貿路口路面坍陷，封閉車道搶修', 'c1')
    s.incident('K', 'rescue', '河南路停車場前學生腳踏車自摔', 'e1')
    s.readme['debates'] = [
        'The slow-down at 中平路 detector 1 by 河南路 (cg2) and the caller stuck at 河南路/中平路 (c2), 700 m from the hole: the closure\'s queue (truth H) or the ordinary after-school traffic at that junction (alt null).',
        'The student\'s fall outside the car park: no vehicle involved, a rescue (K) in both readings, not the sinkhole\'s traffic.']
    s.alternative('The 河南路 end of 中平路 is always slow at 16:50; those two items are routine.')
    s.write()

def s1520():
    s = Sit(1520, 'sunday_park_run_collapse_and_branch', (2016, 11, 20, 6, 30),
            '週日清晨中央公園路跑活動：一名跑者倒地OHCA；公園北段樹枝斷落擋住跑道；停車場滿位、噪音陳情、流浪狗通報為例行。', 1520)
    s.readme['what'] = ('Sunday 06:30-09:00, a permitted 10 km fun run (3,000 runners) along Central Park, start and finish by the north car park. '
                        'At 07:35 a 52-year-old runner collapses in cardiac arrest near pond 4 (the south half): race medics do CPR, 119 sends two '
                        'crews, police clear a route. At 07:10 a dead branch falls across the course by pond 2; the organiser asks 1999 to clear it. '
                        'Residents complain of the start-line loudspeaker at 06:32; the car parks fill.')
    M = P['park_n']
    s.add('pe', 'planned_event', 'event', 0, None, ll=P['park_mid'], delay=-5 * 86400, ends=180, radius_m=900, alt='E',
          text='中央公園 10K 公益路跑 06:30-09:30 預估3,000人')
    s.add('n1', '1999', 'noise', 2, None, ll=P['ecoA'], alt='E', text='一大早公園那邊就在放音樂喊口號，吵死了')
    s.add('pk4', 'parking', 'full', 15, None, sid='SN-PK-004', alt='E', text='中央公園地下停車場(北) 汽車格已滿')
    s.add('pk5', 'parking', 'full', 25, None, sid='SN-PK-005', alt='E', text='中央公園地下停車場(南) 汽車格已滿')
    T = (120.6570, 24.1856)
    s.add('t1', '1999', 'fallen_tree', 40, 'T', ll=T, text='公園路跑路線滯洪池2旁邊有一根大樹枝斷下來擋在步道上')
    s.add('t2', '1999', '公園路樹', 52, 'T', ll=T, text='路跑的志工說2號滯洪池旁的樹枝還沒移走，跑者要繞過去')
    s.add('t3', '1999', 'fallen_tree', 70, 'T', ll=T, follows='t1', text='樹枝已由公園管理處移除')
    R = (120.6568, 24.1795)
    s.add('e1', '119', 'ambulance', 65, 'R', ll=R, alt='E', text='中央公園 路跑 男 52歲 OHCA 現場CPR中 AED已使用', units=['水湳分隊救護車', '西屯分隊救護車'])
    s.add('c1', '1999', 'rescue', 66, 'R', ll=between(R, P['park_s'], 0.5), alt='E', text='公園裡有跑者倒下去了，有人在做CPR，救護車從哪邊進來？')
    s.add('p1', 'incident', 'medical', 68, 'R', 'Severe', ll=R, alt='E', text='路跑跑者倒地，員警協助淨空敦化路側救護動線')
    s.add('e2', '119', 'ambulance', 73, 'R', ll=R, alt='E', status='on_scene', text='到達，持續CPR，恢復自發性循環')
    s.add('e3', '119', 'ambulance', 84, 'R', ll=R, alt='E', status='returning', text='送中國醫藥大學附設醫院')
    s.dup('e1', 5)
    s.add('an', '1999', '動物救援', 45, None, ll=P['park_s'], text='5號滯洪池旁邊有兩隻流浪狗追跑者')
    s.add('cw', '1999', 'crowding', 10, None, ll=M, alt='E', text='公園北邊起跑點人好多，停車場出口堵住')
    s.add('cg', 'rule', 'congestion', 12, None, 'Minor', sid='SN-VD-ZHONGKE-01', alt='E', text='中科路車輛偵測器1 平均車速低於門檻')
    s.add('cg2', 'rule', 'congestion', 20, None, 'Minor', sid='SN-VD-JINGMAO-02', alt='E', text='經貿路車輛偵測器2 平均車速低於門檻')
    streetlight(s, 'sl', 5, P['park_s'], '公園南段步道的路燈天亮了還開著')
    s.add('st', 'status', 'offline', 30, None, sid='SN-RG-001', reason='comms_lost', text='通訊中斷')
    s.add('st2', 'status', 'online', 48, None, sid='SN-RG-001', text='恢復連線')
    s.add('ip', '1999', 'illegal_parking', 35, None, ll=P['ecoB'], text='敦化路生態住宅B區門口被路跑的人停車擋住車庫')
    s.incident('R', 'rescue', '中央公園路跑跑者OHCA送醫', 'e1')
    s.incident('T', 'infrastructure', '中央公園2號滯洪池旁斷枝擋住路跑路線', 't1')
    s.readme['debates'] = [
        'The permitted run with its full car parks, crowding at the start and the loudspeaker complaint: routine (truth null), or an event job the police run (alt E).',
        'The runner\'s cardiac arrest: a 119 rescue job of its own (truth R), or the event\'s job (alt E, one coordinated response with the organiser\'s medics). The branch stays T in both: the parks office clears it, not the race.']
    s.alternative('The run is one event job holding its permit, its effects and its medical case.',
                  drop=['R'], add=[('E', 'crowd', '中央公園路跑活動（含跑者OHCA）', 'pe')])
    s.write()

def s1521():
    s = Sit(1521, 'night_kitchen_fire_block_a_wrong_block', (2016, 12, 2, 21, 40),
            '平日晚上生態住宅A區住戶廚房起火；鄰居從B區打1999說成B區；火警總機訊號延遲重送；B區總機同時段預備電源故障；附近噪音陳情。', 1521)
    s.readme['what'] = ('Friday 21:40-23:10. At 22:02 a pot catches fire in a 7th-floor flat of eco-residential block A (180 homes). The panel '
                        'alarm reaches the center late and twice (its 119 line retries), a neighbour in block B calls 1999 saying it is "B區", '
                        '119 sends engines and an ambulance, residents come down to the street, one resident is treated for smoke. Block B\'s '
                        'own panel reports a standby battery fault 20 minutes later: routine. A karaoke noise complaint nearby is background.')
    A = P['ecoA']
    s.add('n1', '1999', 'noise', 5, None, ll=between(A, P['ecoB'], 0.5), text='敦化路這邊有一戶在唱卡拉OK到很晚')
    s.add('fa1', 'fire_alarm', 'alarm', 22, 'F', sid='SN-FA-011', delay=190, text='7F 偵煙式探測器動作')
    s.add('c1', '1999', 'fire_smoke', 23, 'F', ll=P['ecoB'], text='生態住宅B區這邊有一戶在冒黑煙，好像是廚房燒起來了')
    s.add('e1', '119', 'fire', 24, 'F', ll=A, text='經貿路三段 生態住宅A區 7樓 廚房火警', units=['水湳分隊水箱車', '水湳分隊雲梯車', '西屯分隊救護車'])
    s.add('c2', '1999', 'fire_smoke', 25, 'F', ll=A, text='我是A區的住戶，樓上燒起來了，走廊都是煙')
    s.dup('fa1', 3)
    s.add('fa2', 'fire_alarm', 'alarm', 26, 'F', sid='SN-FA-011', text='7F、8F 偵煙式探測器動作')
    s.add('p1', 'incident', 'fire_report', 28, 'F', 'Severe', ll=A, text='生態住宅A區火警，協助交管經貿路三段，住戶疏散至中庭')
    s.add('e2', '119', 'fire', 31, 'F', ll=A, status='on_scene', text='到達，7樓廚房起火，已控制')
    s.add('e4', '119', 'ambulance', 36, 'F', ll=A, follows='e1', text='住戶1名吸入濃煙 送醫', units=['西屯分隊救護車'])
    s.add('c3', '1999', 'other', 40, 'F', ll=A, alt=None, text='我們A區的人都被叫下樓了，什麼時候可以回去？小孩明天要上學')
    s.add('e3', '119', 'fire', 55, 'F', ll=A, status='returning', text='火勢撲滅，殘火處理完畢，住戶返家')
    s.add('fa3', 'fire_alarm', 'normal', 58, 'F', sid='SN-FA-011', text='復歸')
    s.add('e5', '119', 'fire', 70, 'F', ll=A, status='closed')
    s.add('fb1', 'fire_alarm', 'fault', 45, None, sid='SN-FA-012', alt='F', text='預備電源電壓不足')
    s.add('fb2', 'fire_alarm', 'normal', 75, None, sid='SN-FA-012', alt='F', text='復歸')
    s.add('cg', 'rule', 'congestion', 35, 'F', 'Minor', sid='SN-VD-JINGMAO-02', alt=None, text='經貿路車輛偵測器2 車速驟降')
    s.add('n2', '1999', 'noise', 80, None, ll=between(A, P['ecoB'], 0.5), text='剛剛打過，卡拉OK還在唱')
    streetlight(s, 'sl', 60, P['reclaim'], '回收中心旁邊那條路路燈一盞不亮')
    s.add('pk', 'parking', 'empty', 85, None, sid='SN-PK-005', text='中央公園地下停車場(南) 車位全空')
    s.add('ip', '1999', 'illegal_parking', 33, None, ll=between(A, P['jm_jm7'], 0.3), alt='F', text='經貿路三段有車停在消防車要進去的地方')
    s.incident('F', 'fire', '生態住宅A區7樓廚房火警，一人送醫', 'fa1')
    s.notes.append('The A panel\'s first alarm arrives 190 s late and again 3 min later (retry).')
    s.readme['debates'] = [
        'Block B\'s standby-battery fault during the fire (fb1/fb2): routine panel maintenance (truth null), or a coordinator who sends the crew on scene to look at block B\'s panel too (alt F).',
        'The illegal parking call on 經貿路三段 "where the fire engine goes in": routine (null) or the fire scene\'s access (alt F).',
        'The resident asking when they may go back (c3): the fire job (truth F) or an ordinary question for the building manager (alt null); the 經貿路 detector slow-down: engines on the road (F) or not (null).']
    s.alternative('A coordinator who puts everything at the two blocks in the fire job, but not the evacuees\' question or the detector.')
    s.write()

def s1522():
    s = Sit(1522, 'friday_evening_rush_henan_signal_and_rear_end', (2016, 7, 15, 17, 0),
            '週五傍晚尖峰：河南路/中平路口號誌控制器故障閃黃；100 m 外河南路停車場出口追撞；中平路施工車道縮減；環中路逆向機車。', 1522)
    s.readme['what'] = ('Friday 17:00-19:00. At 17:20 the controller at 河南路/中平路 fails to flashing yellow (device fault; the camera and '
                        'two detectors on that cabinet stay online). At 17:32 two cars collide at the exit of the 河南路停車場, 100 m north-east on 河南路: '
                        'a car leaving the car park was hit by one coming up 河南路 (nothing to do with the signal). Permitted road works narrow 中平路 '
                        'east of 經貿路 all week. At 18:10 a scooter rides the wrong way on 環中路二段 past two cameras.')
    J = P['hn_zp']
    s.add('pw', 'planned_event', 'road_works', 0, None, ll=(120.663, 24.1745), delay=-2 * 86400, ends=240, radius_m=150,
          text='中平路（經貿路以東）自來水管線汰換 夜間及尖峰縮減一車道 7/11-7/17')
    s.add('cgw', 'rule', 'congestion', 10, None, 'Minor', sid='SN-VD-ZHONGPING-02', text='中平路車輛偵測器2 平均車速低於門檻')
    s.add('sg1', 'signal', 'fault', 20, 'S', sid='SN-SIG-010', text='號誌控制器故障，閃黃運作')
    s.add('cc1', 'cctv', 'signal_dark', 22, 'S', sid='SN-CCTV-010', confidence=0.66, text='號誌異常閃爍')
    s.add('c1', '1999', 'traffic_signal', 24, 'S', ll=J, text='河南路中平路口紅綠燈一直閃黃燈，下班車這麼多很亂')
    s.add('cg1', 'rule', 'congestion', 26, 'S', 'Moderate', sid='SN-VD-HENAN-02', text='河南路車輛偵測器2 車速驟降')
    s.add('p1', 'incident', 'traffic_signal_fault', 28, 'S', 'Moderate', ll=J, text='河南路/中平路口號誌閃黃，派員指揮')
    A = between(J, P['henan_cp'], 0.55)
    s.add('p2', 'incident', 'accident', 33, 'A', 'Minor', ll=A, alt='S', text='河南路停車場出口 二車擦撞無人受傷')
    s.add('c2', '1999', 'traffic_accident', 34, 'A', ll=P['henan_cp'], alt='S', text='河南路停車場出來的地方有兩台車撞到，紅綠燈又壞掉')
    s.add('cc2', 'cctv', 'stalled_vehicle', 35, 'A', sid='SN-CCTV-010', confidence=0.58, alt='S', text='畫面北側車輛停滯')
    s.add('p3', 'incident', 'accident', 60, 'A', 'Minor', ll=A, follows='p2', alt='S', text='雙方和解，車輛駛離')
    s.add('cg2', 'rule', 'congestion', 38, 'S', 'Moderate', sid='SN-VD-ZHONGPING-01', text='中平路車輛偵測器1 車速驟降')
    s.add('sg2', 'signal', 'restored', 95, 'S', sid='SN-SIG-010', text='號誌恢復正常運作')
    s.add('p4', 'incident', 'traffic_signal_fault', 97, 'S', 'Minor', ll=J, follows='p1', text='號誌修復，員警撤離')
    s.add('cg1c', 'rule', 'cleared', 105, 'S', 'Minor', sid='SN-VD-HENAN-02', text='車速恢復，警戒解除')
    W = between(P['t74_hz'], P['zk_hz'], 0.5)
    s.add('cw1', 'cctv', 'wrong_way', 70, 'W', sid='SN-CCTV-002', confidence=0.79, text='偵測逆向行駛機車')
    s.add('cw2', 'cctv', 'wrong_way', 72, 'W', sid='SN-CCTV-003', confidence=0.71, text='偵測逆向行駛機車')
    s.add('p5', 'incident', 'wrong_way_driver', 73, 'W', 'Moderate', ll=W, text='環中路二段 機車逆向行駛往中科路方向，巡邏車攔查')
    s.add('c3', '1999', 'other', 74, 'W', ll=W, text='環中路上有一台機車逆向騎，差點撞到我')
    s.add('p6', 'incident', 'wrong_way_driver', 82, 'W', 'Minor', ll=P['zk_hz'], follows='p5', text='於中科路口攔停，舉發')
    s.dup('cw1', 4)
    rush_congestion(s, ['SN-VD-HUANZHONG-01', 'SN-VD-HUANZHONG-04', 'SN-VD-KAIXUAN-02', 'SN-VD-LIMING-01', 'SN-VD-JINGMAO-01'], 0, 90)
    s.add('ip', '1999', 'illegal_parking', 50, None, ll=between(J, P['henan_cp'], 0.3), text='河南路停車場外面有人在排隊等車位，占住慢車道')
    s.add('pk3', 'parking', 'full', 45, None, sid='SN-PK-003', text='河南路停車場 汽車格已滿')
    s.add('cgw2', 'rule', 'congestion', 80, None, 'Minor', sid='SN-VD-ZHONGPING-02', text='中平路車輛偵測器2 平均車速低於門檻')
    s.incident('S', 'traffic', '河南路/中平路口號誌故障閃黃，派員指揮', 'sg1')
    s.incident('A', 'traffic', '河南路停車場出口二車擦撞', 'p2')
    s.incident('W', 'traffic', '環中路二段機車逆向行駛攔查', 'cw1')
    s.readme['debates'] = [
        'The rear-end at the car park exit 100 m from the flashing junction: a crash of its own (truth A; it happened at the car park exit, not in the junction), '
        'or part of the junction\'s job since the officer directing traffic there handles it too (alt S).',
        'The 河南路 and 中平路 detectors slowing (cg1, cg2): the flashing signal\'s queue (S) in both readings; the crash cleared in minutes.',
        'Road works congestion on 中平路 east of 經貿路 is the permit\'s expected effect: background in both readings.']
    s.alternative('One officer at 河南路/中平路 handles the signal and the crash 100 m away as one job; the crash, its call and its camera item join S.',
                  drop=['A'])
    s.write()

if __name__ == '__main__':
    for f in (s1517, s1518, s1519, s1520, s1521, s1522):
        f()
