"""Situations 1511-1516."""
from lib import Sit, P, between, rush_congestion, streetlight

def s1511():
    s = Sit(1511, 'weekday_morning_rush_crash_and_stall', (2016, 3, 15, 7, 30),
            '週二早上尖峰，環中路二段/中科路口機車與小客車擦撞有人受傷；150 m 外經貿路口一輛小貨車拋錨；其餘是尖峰例行壅塞與零星陳情。', 1511)
    s.readme['what'] = ('Tuesday 07:30-09:10. At 07:52 a car turning left from 中科路 onto 環中路二段 hits a scooter; the rider is hurt '
                        '(CCTV, police, 119 ambulance, 1999 from a driver). At 08:05 a delivery van stalls in the outer lane of 環中路二段 '
                        'at 經貿路口, about 150 m east: a tow job of its own. Every detector on the ring road slows as on every weekday; '
                        'a lamp out on 黎明路 and a car on the red line at the transit hub are routine 1999 cases.')
    rush_congestion(s, ['SN-VD-HUANZHONG-01', 'SN-VD-HUANZHONG-04', 'SN-VD-KAIXUAN-01', 'SN-VD-LIMING-01', 'SN-VD-ZHONGQING-02'], 0, 60)
    s.add('pk1', 'parking', 'full', 35, sid='SN-PK-001', text='水湳轉運中心停車場 汽車格已滿')
    streetlight(s, 'sl', 8, between(P['lm_kx'], P['jm_lm'], 0.5), '黎明路三段靠近凱旋路那邊有一盞路燈昨晚就不亮了')
    s.add('ip', '1999', 'illegal_parking', 14, ll=P['hub'], text='轉運站門口紅線一直有車臨停，公車都進不去')
    # crash
    A = P['zk_hz']
    s.add('cc1', 'cctv', 'accident', 22, 'A', sid='SN-CCTV-003', confidence=0.81, text='路口偵測疑似事故，車輛停止於路中')
    s.add('p1', 'incident', 'injury_accident', 24, 'A', 'Moderate', ll=A, text='環中路二段與中科路口 汽機車擦撞，機車騎士倒地腳部受傷，請派救護', unit='西屯分局')
    s.add('c1', '1999', 'traffic_accident', 25, 'A', ll=between(A, P['jm_hz'], 0.2), text='中科路口那邊有車禍，有人躺在地上，有沒有叫救護車？')
    s.add('e1', '119', 'ambulance', 26, 'A', ll=A, text='環中路二段/中科路 車禍 男 約30歲 左腳開放性傷口', units=['西屯分隊救護車'])
    s.add('cg1', 'rule', 'congestion', 29, 'A', 'Moderate', sid='SN-VD-HUANZHONG-02', text='環中路車輛偵測器2 車速驟降', alt=None)
    s.add('e2', '119', 'ambulance', 33, 'A', ll=A, status='on_scene', text='救護車到達現場')
    s.add('p2', 'incident', 'injury_accident', 36, 'A', 'Moderate', ll=A, follows='p1', text='現場封閉內側一車道處理中，傷者送醫')
    s.add('e3', '119', 'ambulance', 44, 'A', ll=A, status='returning', text='傷者送中國醫藥大學附設醫院')
    s.add('cg1c', 'rule', 'cleared', 62, 'A', 'Minor', sid='SN-VD-HUANZHONG-02', text='車速恢復，警戒解除', alt=None)
    s.add('p3', 'incident', 'injury_accident', 58, 'A', 'Minor', ll=A, follows='p1', text='事故車輛已移至路邊，車道恢復')
    # stalled van 150 m east, at 經貿路口
    B = between(P['jm_hz'], P['zq_hz'], 0.1)
    s.add('cc2', 'cctv', 'stalled_vehicle', 35, 'B', sid='SN-CCTV-004', confidence=0.74, text='外側車道車輛停滯超過3分鐘')
    s.add('c2', '1999', 'other', 37, 'B', ll=B, text='環中路經貿路口外側車道有台小貨車停在那邊打雙黃燈，後面都在鑽')
    s.add('p4', 'incident', 'stalled_vehicle', 40, 'B', 'Minor', ll=B, text='環中路二段經貿路口 小貨車引擎故障拋錨，已通知拖吊')
    s.add('p5', 'incident', 'stalled_vehicle', 71, 'B', 'Minor', ll=B, follows='p4', text='拖吊車已將故障車拖離')
    s.add('c3', '1999', 'traffic_accident', 47, 'A', ll=P['jm_hz'], alt='B', text='環中路經貿路那邊是不是有車禍？整個塞住')
    s.add('cg2', 'rule', 'congestion', 75, None, 'Minor', sid='SN-VD-JINGMAO-01', text='經貿路車輛偵測器1 平均車速低於門檻')
    s.dup('p1', 3)
    s.add('sl2', '1999', 'road_damage', 85, ll=between(P['kx_hz'], P['lm_kx'], 0.4), text='凱旋路往黎明路方向有個坑洞，騎機車很危險')
    s.incident('A', 'traffic', '環中路二段/中科路口 汽機車事故，一人受傷送醫', 'p1')
    s.incident('B', 'traffic', '環中路二段/經貿路口 小貨車拋錨拖吊', 'p4')
    s.readme['debates'] = [
        'SN-VD-HUANZHONG-02 slow-down at 08:21 (cg1): the crash\'s queue (truth A) or the ordinary rush-hour slow-down every ring-road detector shows (alt null).',
        '1999 call c3 "經貿路那邊是不是有車禍" at 08:17: the caller is stuck in the crash\'s queue and guesses a crash (truth A); or he sees the stalled van at 經貿路 and calls it a crash (alt B).']
    s.alternative('HUANZHONG-02 slow-down is routine rush hour; the 經貿路 caller is describing the stalled van.')
    s.write()

def s1512():
    s = Sit(1512, 'school_run_signal_dark_and_child_hit', (2016, 4, 20, 7, 10),
            '上學時段，黎明路三段/凱旋路口號誌黑燈；同一時段凱旋路上靠逢甲水湳校區附近一名學生騎腳踏車被機車撞；學校周邊違停、路燈與壅塞都是例行。', 1512)
    s.readme['what'] = ('Wednesday school run, 07:10-08:40. The signal controller at 黎明路三段/凱旋路 goes dark at 07:25 (panel fault, '
                        'CCTV sees it dark, police and two 1999 callers, a detector queue on 凱旋路); the contractor restores it at 08:15. '
                        'At 07:48 a secondary-school student on a bicycle is hit by a scooter on 凱旋路 near the 逢甲水湳校區 gate, 1 km south: '
                        'police, 119 ambulance, a parent calls 1999. Double parking at the campus gate, a lamp out and morning slow-downs are routine.')
    rush_congestion(s, ['SN-VD-HUANZHONG-01', 'SN-VD-ZHONGKE-01', 'SN-VD-HENAN-01', 'SN-VD-JINGMAO-02'], 5, 70)
    J = P['lm_kx']
    s.add('sg1', 'signal', 'fault', 15, 'S', sid='SN-SIG-007', text='號誌控制器異常，全燈熄滅')
    s.add('cc1', 'cctv', 'signal_dark', 16, 'S', sid='SN-CCTV-007', confidence=0.9, text='號誌黑燈')
    s.add('c1', '1999', 'traffic_signal', 18, 'S', ll=J, text='黎明路凱旋路口紅綠燈全部不亮，小朋友要過馬路很危險')
    s.add('p1', 'incident', 'traffic_signal_fault', 21, 'S', 'Moderate', ll=J, text='黎明路三段/凱旋路口號誌故障，派員指揮交通', unit='第六分局')
    s.add('cg1', 'rule', 'congestion', 24, 'S', 'Moderate', sid='SN-VD-KAIXUAN-01', text='凱旋路車輛偵測器1 車速驟降')
    s.add('c2', '1999', 'traffic_signal', 26, 'S', ll=between(J, P['kx_hz'], 0.3), text='凱旋路靠黎明路那個紅綠燈壞了，已經塞到環中路了')
    s.add('c3', '1999', 'other', 33, 'S', ll=J, alt=None, text='黎明路口怎麼都沒有人在指揮交通？我小孩要過馬路上學')
    s.dup('sg1', 6)
    s.add('sg2', 'signal', 'restored', 65, 'S', sid='SN-SIG-007', text='號誌恢復正常運作')
    s.add('cg1c', 'rule', 'cleared', 74, 'S', 'Minor', sid='SN-VD-KAIXUAN-01', text='車速恢復，警戒解除')
    s.add('p2', 'incident', 'traffic_signal_fault', 67, 'S', 'Minor', ll=J, follows='p1', text='廠商修復完成，員警撤離')
    # child hit near FCU campus
    C = (120.6522, 24.1812)
    s.add('p3', 'incident', 'injury_accident', 38, 'K', 'Moderate', ll=C, text='凱旋路近逢甲水湳校區 機車與腳踏車擦撞，國中生手肘擦傷，意識清楚')
    s.add('e1', '119', 'ambulance', 39, 'K', ll=C, text='凱旋路 學生騎腳踏車被撞 手部擦傷', units=['西屯分隊救護車'])
    s.add('c4', '1999', 'traffic_accident', 41, 'K', ll=P['fcu'], text='逢甲水湳校區門口有學生被機車撞到，家長在現場很激動')
    s.add('e2', '119', 'ambulance', 47, 'K', ll=C, status='on_scene')
    s.add('e3', '119', 'ambulance', 58, 'K', ll=C, status='returning', text='傷者由家長陪同送醫')
    s.add('p4', 'incident', 'injury_accident', 63, 'K', 'Minor', ll=C, follows='p3', text='現場處理完畢，雙方製作筆錄')
    # background near school
    s.add('ip1', '1999', 'illegal_parking', 30, ll=P['fcu'], text='逢甲水湳校區門口家長並排臨停，整排都是車')
    s.add('ip2', '1999', 'illegal_parking', 44, ll=P['cmu'], text='中國醫大水湳校區前面人行道都停滿機車')
    streetlight(s, 'sl', 52, between(P['zk_hz'], P['popmusic'], 0.6), '中科路靠影音中心那段一盞路燈不亮，晚上上學回家很暗')
    s.add('pk', 'parking', 'full', 55, sid='SN-PK-002', text='經貿六停車場 汽車格已滿')
    s.incident('S', 'traffic', '黎明路三段/凱旋路口號誌黑燈，員警指揮交通至修復', 'sg1')
    s.incident('K', 'traffic', '凱旋路近逢甲水湳校區 學生腳踏車遭機車擦撞', 'p3')
    s.readme['debates'] = ['1999 c3 asks why nobody directs traffic at 黎明路口: a parent waiting at the dark junction (truth S); or a request to the school\'s crossing guard, an ordinary complaint (alt null).']
    s.alternative('The parent asking for traffic direction is a routine request, not evidence of the fault.')
    s.write()

def s1513():
    s = Sit(1513, 'weekend_market_gas_fire_and_collapse', (2016, 5, 14, 15, 0),
            '週六中央公園北側假日市集；攤位卡式爐瓦斯罐起火；約250 m 外一名長者中暑倒地；停車場滿位、噪音與違停是市集的例行效應。', 1513)
    s.readme['what'] = ('Saturday 15:00-17:30, a permitted weekend market (市集, 8,000 visitors expected) on the north lawn of Central Park by the '
                        'underground car park. At 16:05 a food stall\'s butane stove catches fire: a CCTV sees smoke at 經貿七路, stall holders '
                        'and visitors call 1999, 119 sends an engine, the fire is out in minutes. At 16:20 an elderly man collapses from heat '
                        'at the south end of the market, 250 m away: an ambulance, his own job. The car parks fill, residents of block A '
                        'complain about the loudspeakers, people park on the red line: the market\'s ordinary effects.')
    M = P['park_n']
    s.add('pe', 'planned_event', 'market', 0, None, ll=M, delay=-86400 + 3600, ends=180, radius_m=300, alt='M',
          text='水湳中央公園假日市集（核准）預估人潮8,000人，15:00-18:00')
    s.add('pk4', 'parking', 'full', 25, None, sid='SN-PK-004', alt='M', text='中央公園地下停車場(北) 汽車格已滿')
    s.add('pk6', 'parking', 'full', 40, None, sid='SN-PK-006', text='臺中國際會展中心停車場 汽車格已滿')
    s.add('cw1', '1999', 'crowding', 45, None, ll=M, alt='M', text='中央公園北邊市集人好多，推娃娃車根本過不去')
    s.add('n1', '1999', 'noise', 50, None, ll=P['ecoA'], alt='M', text='公園那邊的市集喇叭從下午開到現在很吵，我們生態住宅A區都聽得到')
    s.add('ip1', '1999', 'illegal_parking', 55, None, ll=between(P['jm_jm7'], P['museum'], 0.5), text='經貿七路兩邊都停滿車，紅線也停')
    rush_congestion(s, ['SN-VD-JINGMAO-02', 'SN-VD-ZHONGKE-01', 'SN-VD-KAIXUAN-02'], 20, 100, clear=False)
    F = between(M, P['jm_jm7'], 0.3)
    s.add('cc1', 'cctv', 'smoke', 65, 'F', sid='SN-CCTV-006', confidence=0.62, text='畫面南側疑似煙霧')
    s.add('c1', '1999', 'fire_smoke', 66, 'F', ll=F, text='公園市集有攤位的卡式爐瓦斯罐燒起來了！有黑煙')
    s.add('e1', '119', 'fire', 67, 'F', ll=F, text='中央公園假日市集 攤位瓦斯罐起火', units=['水湳分隊水箱車', '西屯分隊救護車'])
    s.add('c2', '1999', 'fire_smoke', 68, 'F', ll=M, text='綠美圖後面公園那邊在冒煙，是不是火災')
    s.add('p1', 'incident', 'fire_report', 69, 'F', 'Moderate', ll=F, text='中央公園市集攤位小火，民眾以滅火器撲滅中，疏散周邊攤位')
    s.add('e2', '119', 'fire', 74, 'F', ll=F, status='on_scene', text='到達，火勢已由攤商撲滅，殘火處理')
    s.add('e3', '119', 'fire', 86, 'F', ll=F, status='returning', text='無人受傷，瓦斯罐移除')
    s.add('e4', '119', 'fire', 95, 'F', ll=F, status='closed')
    s.dup('c1', 4)
    R = between(M, P['park_mid'], 0.55)
    s.add('e5', '119', 'ambulance', 82, 'R', ll=R, text='中央公園 市集南側 男 78歲 疑似中暑 意識模糊', units=['西屯分隊救護車2'])
    s.add('c3', '1999', 'rescue', 81, 'R', ll=R, text='公園這邊有個阿伯熱到昏倒了，叫救護車')
    s.add('e6', '119', 'ambulance', 90, 'R', ll=R, status='on_scene')
    s.add('e7', '119', 'ambulance', 101, 'R', ll=R, status='returning', text='送中國醫藥大學附設醫院')
    s.add('n2', '1999', 'noise', 115, None, ll=P['ecoA'], alt='M', text='剛剛打過了，市集的音樂還是很大聲')
    s.add('an', '1999', '動物救援', 105, None, ll=P['park_s'], text='公園南邊滯洪池旁邊有一隻狗受傷')
    s.add('pk4b', 'parking', 'full', 120, None, sid='SN-PK-005', text='中央公園地下停車場(南) 汽車格已滿')
    s.incident('F', 'fire', '中央公園假日市集攤位瓦斯罐起火，已撲滅', 'c1')
    s.incident('R', 'rescue', '市集南側長者疑似中暑送醫', 'e5')
    s.readme['debates'] = [
        'The market itself (permit, north car park full, crowding call, noise calls): routine, nobody dispatched (truth null); or an event-management job the police run all afternoon (alt M).',
        'The collapsed man is at the market: his own ambulance job (truth R) in both readings; the fire and the collapse share a place but not a crew.']
    s.alternative('A coordinator who runs a permitted market as a job of its own puts the permit, the full north car park, the crowding and the loudspeaker complaints in it.',
                  add=[('M', 'crowd', '中央公園假日市集人潮與周邊管理', 'pe')])
    s.write()

def s1514():
    s = Sit(1514, 'night_shift_fight_beside_dark_lamp', (2016, 6, 3, 23, 30),
            '週五深夜：經貿路二段/經貿七路口一盞路燈不亮，旁邊一群人鬥毆一人受傷；綠美圖火警總機故障又復歸；凌晨中清路自撞路燈桿。', 1514)
    s.readme['what'] = ('Friday night 23:30-02:30. A resident reports a lamp out at 經貿路二段/經貿七路 at 23:40 (routine). At 00:20 a '
                        'fight breaks out between two groups outside a late-night shop 40 m from that lamp: police, a 1999 call that says '
                        '"路燈壞了又有人在打架", 119 ambulance for a cut head. The 綠美圖 panel reports a fault and clears (a routine panel fault). '
                        'The camera at 經貿七路 goes offline for planned maintenance. At 01:50 a drunk driver hits a lamp post on 中清路: police and an ambulance.')
    L = between(P['jm_jm7'], P['museum'], 0.3)
    streetlight(s, 'sl1', 10, L, '經貿路二段經貿七路口那盞路燈不亮，晚上很暗')
    s.add('fa1', 'fire_alarm', 'fault', 25, None, sid='SN-FA-004', text='受信總機 第3迴路 斷線故障')
    s.add('fa2', 'fire_alarm', 'normal', 48, None, sid='SN-FA-004', text='復歸')
    s.add('st1', 'status', 'offline', 35, None, 'Unknown', sid='SN-CCTV-006', reason='maintenance', text='計畫性維護 00:00-02:00')
    G = between(P['jm_jm7'], P['museum'], 0.25)
    s.add('c1', '1999', 'other', 50, 'G', ll=G, text='經貿七路口便利商店外面有一群人在打架，路燈又壞了很暗，快點派警察')
    s.add('p1', 'incident', 'public_disturbance', 52, 'G', 'Moderate', ll=G, text='經貿路二段/經貿七路口 酒後鬥毆約6人，一人頭部流血', unit='第六分局')
    s.add('e1', '119', 'ambulance', 54, 'G', ll=G, text='經貿路二段 鬥毆 男 頭部撕裂傷', units=['水湳分隊救護車'])
    s.add('c2', '1999', 'noise', 56, 'G', ll=between(G, P['tower'], 0.5), alt=None, text='營運塔這邊外面一直有人在大吼大叫')
    s.add('p2', 'incident', 'public_disturbance', 60, 'G', 'Moderate', ll=G, follows='p1', text='增援警力到場，帶回4人')
    s.add('e2', '119', 'ambulance', 62, 'G', ll=G, status='on_scene')
    s.add('e3', '119', 'ambulance', 75, 'G', ll=G, status='returning', text='傷者送醫，警員隨行')
    streetlight(s, 'sl2', 80, L, '經貿七路口路燈還是不亮，剛剛才有人在那邊打架', alt='G')
    s.add('st2', 'status', 'online', 150, None, sid='SN-CCTV-006', text='維護完成')
    D = between(P['zq_hz'], (120.6622, 24.1905), 0.45)
    s.add('p3', 'incident', 'accident', 140, 'D', 'Moderate', ll=D, text='中清路 自小客車自撞路燈桿，駕駛疑似酒駕，車頭全毀')
    s.add('e4', '119', 'rescue', 141, 'D', ll=D, text='中清路 車禍 駕駛受困', units=['水湳分隊救助器材車', '水湳分隊救護車'])
    s.add('c3', '1999', 'streetlight', 146, 'D', ll=D, alt=None, text='中清路剛剛被車撞的那支路燈倒在路邊，整排路燈都不亮了')
    s.add('e5', '119', 'rescue', 150, 'D', ll=D, status='on_scene', text='駕駛已自行脫困，送醫')
    s.add('p4', 'incident', 'accident', 170, 'D', 'Minor', ll=D, follows='p3', text='酒測值0.45，車輛拖離，路燈桿由建設局處理')
    s.add('e6', '119', 'rescue', 165, 'D', ll=D, status='returning')
    s.add('pk', 'parking', 'empty', 120, None, sid='SN-PK-006', text='臺中國際會展中心停車場 車位全空')
    s.add('ip', '1999', 'illegal_parking', 95, None, ll=P['hub'], text='轉運中心旁邊有台砂石車半夜停在紅線上')
    s.incident('G', 'public_safety', '經貿路二段/經貿七路口 酒後鬥毆一人受傷', 'p1')
    s.incident('D', 'traffic', '中清路 酒駕自撞路燈桿', 'p3')
    s.readme['debates'] = [
        'The lamp out at 經貿七路 (sl1, 23:40) is routine in both readings, though the fight happens under it.',
        'The second lamp call sl2 mentions the fight: a routine lamp ticket (truth null) or a follow-up of the fight (alt G).',
        'The noise call c2 from the operations tower side: the fight\'s shouting (truth G) or an ordinary noise complaint (alt null).',
        'The 1999 call about the knocked-down lamp post on 中清路 (c3): part of the crash (truth D: the same site, the police hand it over), or a separate streetlight repair (alt null).']
    s.alternative('Lamp calls are always routine tickets; the noise call is not tied to the fight.')
    s.write()

def s1515():
    s = Sit(1515, 'concert_night_noise_and_theft', (2016, 9, 24, 18, 30),
            '週六晚上流行影音中心演唱會；周邊住戶噪音陳情、散場人潮；場內一名觀眾暈倒；河南路停車場機車失竊。', 1515)
    s.readme['what'] = ('Saturday 18:30-22:40. A permitted concert at the 流行影音中心 (12,000 expected). Residents complain of the sound check and '
                        'the show (1999 noise): routine. At 20:40 a fan faints in the crowd (119 ambulance). At 22:00 the show ends: police '
                        'crowd control on 凱旋路/中科路, CCTV crowding, car parks full: the concert\'s egress job. At 21:10 a scooter is '
                        'reported stolen at the 河南路停車場, 1.2 km south.')
    C = P['popmusic']
    s.add('pe', 'planned_event', 'concert', 0, 'E', ll=C, delay=-3 * 86400, ends=240, radius_m=500,
          text='臺中流行影音中心 戶外演唱會 19:30-22:30 預估12,000人，散場凱旋路、中科路交通管制')
    s.add('n1', '1999', 'noise', 50, None, ll=P['ecoA'], alt='E', text='影音中心還在試音，很大聲，我家小孩要睡覺')
    s.add('n2', '1999', 'noise', 75, None, ll=P['ecoB'], alt='E', text='演唱會的聲音太大了，窗戶都在震')
    s.add('n3', '1999', 'noise', 160, None, ll=P['ecoA'], alt='E', text='已經十點了還這麼吵，還要多久')
    s.add('pk1', 'parking', 'full', 52, 'E', sid='SN-PK-004', alt=None, text='中央公園地下停車場(北) 汽車格已滿')
    s.add('pk2', 'parking', 'full', 55, None, sid='SN-PK-003', text='河南路停車場 汽車格已滿')
    s.add('ip1', '1999', 'illegal_parking', 60, None, ll=between(C, P['zk_hz'], 0.3), text='中科路兩邊都是來看演唱會的車，雙排停')
    R = between(C, P['park_n'], 0.1)
    s.add('e1', '119', 'ambulance', 130, 'R', ll=R, alt='E', text='流行影音中心 演唱會 女 22歲 暈倒 意識清楚', units=['西屯分隊救護車'])
    s.add('e2', '119', 'ambulance', 138, 'R', ll=R, alt='E', status='on_scene')
    s.add('e3', '119', 'ambulance', 150, 'R', ll=R, alt='E', status='returning', text='送醫觀察')
    T = P['henan_cp']
    s.add('p1', 'incident', 'theft', 160, 'T', 'Minor', ll=T, text='河南路停車場 機車失竊，車主報案', unit='第四分局')
    s.add('c1', '1999', 'other', 158, 'T', ll=T, text='我的機車停在河南路停車場不見了，是被拖吊還是被偷？')
    s.add('p2', 'incident', 'theft', 185, 'T', 'Minor', ll=T, follows='p1', text='調閱監視器中，非拖吊')
    s.add('p3', 'incident', 'crowd_control', 210, 'E', 'Moderate', ll=between(C, P['kx_hz'], 0.2), text='散場人潮，凱旋路、中科路交通管制')
    s.add('cc1', 'cctv', 'crowding', 212, 'E', sid='SN-CCTV-003', confidence=0.77, text='行人大量聚集')
    s.add('cg1', 'rule', 'congestion', 214, 'E', 'Moderate', sid='SN-VD-KAIXUAN-02', text='凱旋路車輛偵測器2 車速驟降')
    s.add('cg2', 'rule', 'congestion', 216, 'E', 'Moderate', sid='SN-VD-ZHONGKE-01', text='中科路車輛偵測器1 車速驟降')
    s.add('cw', '1999', 'crowding', 218, 'E', ll=P['zk_hz'], text='中科路環中路口人行道人擠人，機車還一直鑽')
    s.add('cg3', 'rule', 'congestion', 222, None, 'Minor', sid='SN-VD-HENAN-01', alt='E', text='河南路車輛偵測器1 平均車速低於門檻')
    s.add('p4', 'incident', 'crowd_control', 222, 'E', 'Minor', ll=between(C, P['kx_hz'], 0.2), follows='p3', text='人潮疏散完畢，解除管制')
    s.add('cg1c', 'rule', 'cleared', 224, 'E', 'Minor', sid='SN-VD-KAIXUAN-02', text='車速恢復，警戒解除')
    streetlight(s, 'sl', 100, between(P['ecoB'], P['reclaim'], 0.5), '敦化路一段靠生態住宅B區有盞路燈一閃一閃')
    s.incident('E', 'crowd', '流行影音中心演唱會及散場人潮管制', 'pe')
    s.incident('R', 'rescue', '演唱會觀眾暈倒送醫', 'e1')
    s.incident('T', 'public_safety', '河南路停車場機車失竊', 'p1')
    s.readme['debates'] = [
        'Noise complaints about a permitted concert: routed to the environment bureau, nobody dispatched (truth null); or part of the concert job (alt E).',
        'The fan who fainted: the fire bureau\'s own ambulance job (truth R), or the concert\'s medical post and so the concert job (alt E).',
        'The north car park full at 19:10: the concert\'s parking effect (truth E) or ordinary Saturday evening (alt null); the 河南路 detector at 22:12 the reverse (null, alt E: the egress reaches 河南路).']
    s.alternative('Everything at the concert venue is one event job, and noise complaints about it belong to it.',
                  drop=['R'])
    s.write()

def s1516():
    s = Sit(1516, 'rainy_evening_rush_lowpoint_and_crash', (2016, 6, 8, 17, 20),
            '平日傍晚陣雨尖峰：黎明路凱旋路口低窪處積水、排水溝阻塞；同一路口追撞事故；中央公園滯洪池正常蓄水。', 1516)
    s.readme['what'] = ('Wednesday 17:20-19:20, a summer downpour at rush hour (大雨 class at the park gauge). The low point at 黎明路/凱旋路 '
                        'floods 10-20 cm because a drain inlet is blocked with leaves: flood sensor, 1999 calls, the police: one drain-clearing job. '
                        'At 17:58 two cars rear-end at the same junction, on the far side (黎明路 westbound): a crash of its own. The detention '
                        'ponds fill as designed (the north pond reaches warning level 3 and falls back): the ponds doing their job.')
    s.add('r1', 'rule', 'heavy_rain', 5, None, 'Moderate', sid='SN-RG-001', level='大雨', text='中央公園雨量站 時雨量 42 mm')
    s.add('r2', 'rule', 'heavy_rain', 8, None, 'Moderate', sid='C0F9T0', level='大雨', text='西屯站 時雨量 40.5 mm')
    L = (120.6475, 24.1930)
    s.add('f1', 'rule', 'flood_depth', 18, 'W', 'Minor', sid='SN-FL-009', level='1-15', text='淹水深度 9 cm')
    s.add('c1', '1999', 'flooding', 22, 'W', ll=between(L, P['lm_kx'], 0.5), text='黎明路凱旋路口又積水了，機車騎過去水花很大')
    s.add('c2', '1999', 'blocked_drain', 25, 'W', ll=L, text='黎明路口的水溝蓋被落葉塞住，水都排不下去')
    s.add('f2', 'rule', 'flood_depth', 30, 'W', 'Moderate', sid='SN-FL-009', level='16-30', text='淹水深度 18 cm')
    s.add('p1', 'incident', 'flooding_report', 33, 'W', 'Moderate', ll=L, text='黎明路三段/凱旋路口積水約20公分，外側車道暫停通行')
    s.add('f3', 'rule', 'flood_depth', 70, 'W', 'Minor', sid='SN-FL-009', level='1-15', text='淹水深度 6 cm')
    s.add('f4', 'rule', 'cleared', 88, 'W', 'Minor', sid='SN-FL-009', text='淹水解除')
    s.add('p2', 'incident', 'flooding_report', 80, 'W', 'Minor', ll=L, follows='p1', text='清潔隊清除落葉，積水已退')
    K = between(P['lm_kx'], (120.644, 24.1915), 0.15)
    s.add('p3', 'incident', 'accident', 38, 'K', 'Minor', ll=K, text='黎明路三段往西 近凱旋路口 二車追撞無人受傷')
    s.add('cc1', 'cctv', 'stalled_vehicle', 37, 'K', sid='SN-CCTV-007', confidence=0.7, alt='W', text='車輛停滯')
    s.add('c3', '1999', 'traffic_accident', 41, 'K', ll=K, text='黎明路凱旋路口兩台車撞在一起，在雨中停在路中間')
    s.add('p4', 'incident', 'accident', 62, 'K', 'Minor', ll=K, follows='p3', text='車輛移置路邊，恢復通行')
    s.add('cg1', 'rule', 'congestion', 40, 'K', 'Moderate', sid='SN-VD-KAIXUAN-01', alt='W', text='凱旋路車輛偵測器1 車速驟降')
    rush_congestion(s, ['SN-VD-HUANZHONG-01', 'SN-VD-ZHONGQING-02', 'SN-VD-HENAN-02', 'SN-VD-JINGMAO-02'], 0, 80)
    s.add('w1', 'rule', 'water_level', 45, None, 'Moderate', sid='SN-WL-001', level='3', alt='P', text='中央公園北滯洪池水位 2.1 m 達三級警戒')
    s.add('f5', 'rule', 'flood_depth', 42, None, 'Minor', sid='SN-FL-001', level='1-15', alt='P', text='滯洪池1 蓄水 12 cm')
    s.add('w2', 'rule', 'water_level_falling', 100, None, 'Minor', sid='SN-WL-001', alt='P', text='水位回降 1.8 m')
    s.add('c4', '1999', 'flooding', 55, None, ll=P['park_n'], alt='P', text='中央公園裡面的草地變成一個大水池，是不是淹水了')
    s.add('c5', '1999', 'flooding', 50, 'W', ll=P['popmusic'], alt=None, text='凱旋路那邊積水很深，我從影音中心出來鞋子都濕了')
    s.dup('f2', 9)
    s.add('sl', '1999', 'fallen_tree', 65, 'T', ll=between(P['zk_hz'], P['popmusic'], 0.5), text='中科路人行道有一根樹枝被雨打斷，擋住一半人行道')
    s.add('sl2', '1999', 'fallen_tree', 78, 'T', ll=between(P['zk_hz'], P['popmusic'], 0.52), follows='sl', text='剛剛打過了，中科路那根樹枝還沒有人來清')
    s.incident('W', 'flood', '黎明路/凱旋路口低窪處積水（排水口阻塞）', 'c2')
    s.incident('K', 'traffic', '黎明路三段近凱旋路口二車追撞', 'p3')
    s.incident('T', 'infrastructure', '中科路人行道斷枝清除', 'sl')
    s.readme['debates'] = [
        'sufficient evidence for W: the 9 cm reading alone is a routine puddle at rush hour; the blocked-drain call c2 makes it a job.',
        'CCTV-007 stalled vehicles and the 凱旋路 detector slow-down at 17:57-18:00: the crash (truth K) or cars halted by the water (alt W).',
        'The detention ponds filling (pond 1 sensor, north pond level 3, a caller who thinks the park floods): the ponds working as designed (truth null), or a flood watch the water bureau keeps open (alt P).',
        'c5 from the pop music centre about deep water "on 凱旋路": the low point 900 m north (truth W) or a puddle nobody else reports (alt null).']
    s.alternative('A cautious coordinator keeps a flood watch on the ponds once level 3 is reached; the CCTV and the detector belong to the water.',
                  add=[('P', 'flood', '中央公園北滯洪池達三級警戒（觀察）', 'w1')])
    s.write()

if __name__ == '__main__':
    for f in (s1511, s1512, s1513, s1514, s1515, s1516):
        f()
