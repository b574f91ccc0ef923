"""Situations 1531-1536. Seeded (lib.Sit uses random.Random(situation number))."""
from lib import Sit, P, jm


def s1531():
    s = Sit(1531, 'two_fires_at_once', '2016-08-20T12:30:00Z',
            'Saturday 20:30: a kitchen fire on the 7th floor of eco-residential block A and, minutes later, a grass fire '
            'beside Central Park detention pond 3, about 370 m apart; smoke of both over block B.')
    s.story = ('At 20:30 block A\'s panel goes into alarm for a 7th-floor kitchen; residents call and 119 sends the '
               'Xitun engines. Three minutes later a walker reports the grass beside detention pond 3 burning; a patrol '
               'confirms and 119 opens a second case. Smoke from the park drifts over block B, whose lobby detector trips and '
               'whose residents ask whether their own building is on fire. Both fires are out within the hour.')
    s.sen('fa11', 'SN-FA-011', 'alarm', 0, 'F1', text='7樓 廚房 偵煙探測器動作')
    s.ev('c1', '1999', 'fire_smoke', 1, 'ecoA', 'F1', d=50, text='生態住宅A區七樓有人家廚房冒煙，警報一直響')
    s.ev('f119a', '119', 'fire', 1.5, 'ecoA', 'F1', d=20, text='水湳生態住宅A區 集合住宅火警 7樓廚房 出動西屯分隊', status='dispatched')
    s.dup('f119a', 90)
    s.ev('c2', '1999', 'fire_smoke', 3, 'pond3', 'F2', d=40, text='中央公園滯洪池旁邊的草地在燒，火很大')
    s.ev('c3', '1999', 'fire_smoke', 3.5, 'ecoB', 'F2', d=60, alt='F1', text='我住B區，窗戶外面都是煙，是不是我們這棟失火？')
    s.ev('p1', 'incident', 'fire_report', 4, 'pond3', 'F2', d=120, sev='Moderate', text='巡邏經中央公園南側，滯洪池旁草叢起火，已通報119')
    s.ev('c4', '1999', 'fire_smoke', 5, 'ecoA', 'F1', d=45, text='A區7樓燒起來了，樓梯間都是煙')
    s.ev('f119b', '119', 'fire', 5, 'pond3', 'F2', d=25, text='中央公園滯洪池3 草地火警 出動', status='dispatched')
    s.sen('fa12', 'SN-FA-012', 'alarm', 6, 'F2', alt='F1', text='1樓 大廳 偵煙探測器動作')
    s.ev('l1', '1999', 'streetlight', 7, 'zk_mid', None, d=80, text='中科路路燈一盞不亮，編號在燈桿上')
    s.ev('f119a2', '119', 'fire', 8, 'ecoA', 'F1', d=15, text='已到達現場 7樓廚房火勢 進行搶救', status='on_scene', follows='f119a')
    s.ev('a1', '119', 'ambulance', 9, 'ecoA', 'F1', d=20, text='生態住宅A區 住戶吸入濃煙 1名 送醫')
    s.ev('e1', 'incident', 'evacuation', 10, 'ecoA', 'F1', d=90, sev='Moderate', text='A區7至9樓住戶疏散至中庭')
    s.ev('c5', '1999', 'fire_smoke', 10, 'kx_mid', 'F2', d=70, alt='F1', text='凱旋路這邊看到東邊公園方向一直冒煙')
    s.ev('f119b2', '119', 'fire', 11, 'pond3', 'F2', d=20, text='到達現場 草地火勢約20平方公尺', status='on_scene', follows='f119b')
    s.sen('fa12n', 'SN-FA-012', 'normal', 12, 'F2', alt='F1', text='火警受信總機 復歸')
    s.ev('c6', '1999', 'illegal_parking', 12, 'ecoA', 'F1', d=60, text='A區門口一堆車停紅線，消防車進不去')
    s.sen('vd1', 'SN-VD-JINGMAO-02', 'congestion', 15, 'F1', sev='Minor', text='經貿路車速下降 平均 18 km/h')
    s.ev('l2', '1999', 'illegal_parking', 20, 'hub', None, d=100, text='轉運中心外面計程車一直違停')
    s.ev('f119b3', '119', 'fire', 25, 'pond3', 'F2', d=20, text='草地火勢撲滅 返隊', status='returning', follows='f119b')
    s.ev('c7', '1999', 'fire_smoke', 30, 'pond3', 'F2', d=50, text='剛剛公園燒的地方又在冒煙了')
    s.ev('f119b4', '119', 'fire', 35, 'pond3', 'F2', d=20, text='殘火處理完畢 結案', status='closed', follows='f119b')
    s.ev('f119a3', '119', 'fire', 40, 'ecoA', 'F1', d=20, text='火勢撲滅 排煙完成 返隊', status='returning', follows='f119a')
    s.sen('fa11n', 'SN-FA-011', 'normal', 45, 'F1', text='火警受信總機 復歸')
    s.ev('f119a4', '119', 'fire', 55, 'ecoA', 'F1', d=20, text='結案', status='closed', follows='f119a')
    s.inc('F1', 'fire', 'Kitchen fire, 7th floor of eco-residential block A, one smoke-inhalation casualty, partial evacuation', 'f119a')
    s.inc('F2', 'fire', 'Grass fire beside Central Park detention pond 3, its smoke over block B', 'c2')
    s.alternative('Block B sits between the two fires; a coordinator who reads the block-B calls and panel as the residential '
                  'complex\'s fire (the same 119 engines are on Jingmao Rd) puts them with F1',
                  [('F1', 'fire', 'Block A kitchen fire, with block B\'s smoke reports and panel', 'f119a'),
                   ('F2', 'fire', 'Grass fire at pond 3', 'c2')])
    s.debate('c3 (block B resident), fa12/fa12n (block B lobby detector), c5 (smoke seen from Kaixuan Rd): smoke from the '
             'park fire (truth F2) or the residential fire (alt F1).')
    s.debate('vd1, slow-down on Jingmao Rd 250 m from block A while the engines stand there: F1; kept F1 in both readings '
             'since engines and a red-line-parked street are the fire\'s traffic.')
    s.debate('c7, the "smoking again" call 30 min in: smouldering of F2, a follow-up, not a new fire.')
    return s


def s1532():
    s = Sit(1532, 'flood_jingmao_90min', '2016-06-02T07:00:00Z',
            'Afternoon thunderstorm: water collects at the Jingmao Rd low point and over 90 minutes spreads north to '
            'Jingmao 7th Rd and Liming Rd and south to Zhongping Rd; a car stalls in it; a tree falls on Zhongke Rd; '
            'a separate small pond of water at Liming/Kaixuan.')
    s.story = ('The CWA Xitun gauge goes to 大雨 at 15:00. Eight minutes later the Jingmao Rd low point reads water; the drainage '
               'level beside it climbs through levels 3 and 2. Calls and cameras follow the water along 經貿路: first at the '
               'residential blocks, then the Museumbrary, the Zhongping junction, finally the Liming junction at the north. A '
               'sedan stalls and 119 pulls the driver out; police close the southern half and send traffic to Zhongke Rd. The '
               'park\'s detention ponds fill as designed. The water falls back after 95 minutes and the road reopens.')
    s.sen('r1', 'C0F9T0', 'heavy_rain', 0, None, level='大雨', text='西屯 1小時雨量 42 mm')
    s.sen('r2', 'SN-RG-001', 'heavy_rain', 5, None, level='大雨', text='中央公園 1小時雨量 45 mm')
    s.sen('fl1', 'SN-FL-008', 'flood_depth', 8, 'F1', level='1-15', text='經貿路低窪處 淹水深度 8 cm')
    s.sen('wl1', 'SN-WL-003', 'water_level', 15, 'F1', level='3', text='水湳區域排水經貿路 達三級警戒')
    s.ev('c1', '1999', 'flooding', 18, jm(0.72), 'F1', d=60, text='經貿路二段生態住宅前面，水淹到人行道了')
    s.ev('l1', '1999', 'streetlight', 20, 'fcu', None, d=90, text='逢甲水湳校區旁邊路燈一閃一閃')
    s.sen('fl2', 'SN-FL-008', 'flood_depth', 22, 'F1', level='16-30', text='經貿路低窪處 淹水深度 21 cm')
    s.ev('p1', 'incident', 'flooding_report', 25, 'jm_lowpt', 'F1', d=100, sev='Moderate', text='經貿路二段低窪路段積水約20公分 機車牽行')
    s.sen('vd1', 'SN-VD-JINGMAO-02', 'congestion', 28, 'F1', sev='Minor', text='經貿路車速 15 km/h')
    s.ev('c2', '1999', 'blocked_drain', 30, 'ecoB', 'F1', d=80, alt=None, text='B區門口水溝蓋被落葉塞住，水都排不掉')
    s.sen('wl2', 'SN-WL-003', 'water_level', 34, 'F1', level='2', text='水湳區域排水經貿路 達二級警戒')
    s.sen('r3', 'SN-RG-002', 'heavy_rain', 38, None, level='豪雨', text='轉運中心 3小時雨量 104 mm')
    s.sen('fl3', 'SN-FL-008', 'flood_depth', 40, 'F1', level='>30', text='經貿路低窪處 淹水深度 34 cm')
    s.dup('fl3', 240)
    s.ev('c3', '1999', 'flooding', 42, 'museum', 'F1', d=70, text='綠美圖前面經貿路整條變成小河了')
    s.sen('cc1', 'SN-CCTV-006', 'flooding', 45, 'F1', confidence=0.74, text='經貿七路口 路面積水')
    s.ev('t1', 'incident', 'fallen_object', 47, (120.6524, 24.1962), 'T1', d=120, sev='Moderate', text='中科路近環中路口 路樹倒塌佔外側車道')
    s.ev('p2', 'incident', 'stalled_vehicle', 48, jm(0.62), 'F1', d=90, sev='Moderate', text='經貿路二段 轎車涉水熄火 駕駛受困車內')
    s.ev('x1', '119', 'rescue', 50, jm(0.62), 'F1', d=20, text='經貿路二段 車輛受困積水 1人', status='dispatched')
    s.ev('t2', '1999', 'fallen_tree', 51, (120.6525, 24.1960), 'T1', d=60, text='中科路靠環中路那邊樹倒了，擋到一個車道')
    s.ev('c4', '1999', 'flooding', 52, 'j_jm_zp', 'F1', d=60, text='經貿路中平路口積水快到膝蓋，車子都不敢過')
    s.sen('cc2', 'SN-CCTV-011', 'flooding', 55, 'F1', confidence=0.81, text='經貿路/中平路 路面積水')
    s.ev('x2', '119', 'rescue', 58, jm(0.62), 'F1', d=20, text='到達現場 受困駕駛已救出 無傷', status='on_scene', follows='x1')
    s.sen('fl4', 'SN-FL-004', 'flood_depth', 58, None, alt='F1', level='16-30', text='中央公園滯洪池4 水深 24 cm')
    s.sen('wl3', 'SN-WL-002', 'water_level', 60, None, alt='F1', level='3', text='中央公園南滯洪池 達三級警戒')
    s.ev('p3', 'incident', 'road_closure', 62, jm(0.75), 'F1', d=60, sev='Moderate', text='經貿路二段(生態住宅至中平路段)雙向封閉，改道中科路')
    s.sen('vd2', 'SN-VD-ZHONGPING-02', 'congestion', 65, 'F1', sev='Moderate', text='中平路車速 10 km/h')
    s.sen('vd3', 'SN-VD-ZHONGKE-01', 'congestion', 66, 'F1', alt=None, sev='Minor', text='中科路車速下降')
    s.ev('c5', '1999', 'flooding', 70, jm(0.33), 'F1', d=60, text='智慧營運塔前面經貿路也開始積水了')
    s.sen('cc3', 'SN-CCTV-005', 'flooding', 72, 'F1', confidence=0.66, text='經貿路/黎明路 路面積水')
    s.ev('x3', '119', 'rescue', 75, jm(0.62), 'F1', d=20, text='結案', status='closed', follows='x1')
    s.sen('fl9', 'SN-FL-009', 'flood_depth', 75, 'F2', level='1-15', text='黎明路凱旋路口低窪處 淹水深度 12 cm')
    s.ev('c6', '1999', 'flooding', 80, 'j_lm_kx', 'F2', d=60, text='黎明路凱旋路口積水，機車騎不過去')
    s.sen('wl4', 'SN-WL-003', 'water_level_falling', 90, 'F1', text='水湳區域排水經貿路 水位回降至三級以下')
    s.sen('fl5', 'SN-FL-008', 'cleared', 95, 'F1', text='經貿路低窪處 淹水解除')
    s.ev('p4', 'incident', 'road_reopened', 100, jm(0.75), 'F1', d=60, sev='Minor', text='經貿路二段積水退去 恢復通行', follows='p3')
    s.inc('F1', 'flood', 'Flood of Jingmao Rd spreading from the low point north to Liming Rd and south to Zhongping Rd, stalled car, closure and detour', 'fl1')
    s.inc('T1', 'traffic', 'Tree down across a lane of Zhongke Rd near Huanzhong Rd', 't1')
    s.inc('F2', 'flood', 'Water at the Liming/Kaixuan low point (another catchment)', 'fl9')
    s.alternative('The park\'s detention ponds fill from the same drainage; a coordinator watching the whole catchment '
                  'counts their alerts in the Jingmao job; the blocked drain and the Zhongke slow-down are read as unrelated',
                  [('F1', 'flood', 'Jingmao Rd flood with the ponds of the same drainage', 'fl1'),
                   ('T1', 'traffic', 'Tree down on Zhongke Rd', 't1'), ('F2', 'flood', 'Liming/Kaixuan low point', 'fl9')])
    s.debate('fl4/wl3: ponds 4 and south filling is the design working (truth null) or part of the same drainage flood (alt F1).')
    s.debate('c2 blocked drain at block B: the water\'s cause on this road (truth F1) or a separate routine cleaning ticket (alt null).')
    s.debate('vd3 Zhongke Rd slow-down: the detour traffic (F1) or the fallen tree 1.2 km north (no, different segment) or the rain (alt null).')
    s.debate('fl9/c6: a separate job at another low point (F2); some coordinators run one storm job for the zone.')
    return s


CALLS_1533 = [
    ('pop', '流行影音中心那邊在冒黑煙，好大'), ('pop', '影音中心大樓後面失火了'), ('pop', '我在影音中心外面排隊，裡面警鈴在響有煙'),
    ('kx_mid', '凱旋路這邊看到很大的濃煙'), ('zk_mid', '中科路旁邊那棟有在燒'), ('fcu', '是不是逢甲水湳校區燒起來了？一直冒煙'),
    ('museum', '從綠美圖看過去，西邊有很大的黑煙'), ('pond2', '中央公園西邊的大樓失火了'), ('hub', '轉運站這邊看到南邊冒煙，是哪裡失火'),
    ('conv', '會展中心這邊聞到燒焦味，南邊一大片煙'), ('ecoA', '從陽台看到公園對面大樓在燒'), ('pop', '影音中心火災，有人在跑出來'),
    ('zk_south', '中科路這邊都是煙，看不太到路'), ('pop', '流行音樂中心失火了快來'), ('pond1', '公園那邊有大樓冒火'),
    ('kx_mid', '凱旋路跟中科路中間那棟在燒'), ('pop', '影音中心後台好像著火了'), ('tower', '營運塔這邊看到西南方向有濃煙'),
    ('pop', '煙很大，味道很重'), ('fcu', '校區北邊一直冒黑煙'), ('pond2', '公園裡面都是燒焦味，小孩一直咳嗽'),
    ('pop', '影音中心那邊好多消防車了嗎？火還在燒'), ('zk_mid', '中科路上的車都停下來看火'), ('ecoB', '好像是綠美圖那邊失火？煙很大'),
    ('pop', '我朋友在影音中心工作，聯絡不到，是不是失火了'), ('kx_mid', '凱旋路二段看到火光'), ('pop', '火災！大樓後面'),
    ('museum', '綠美圖旁邊是不是火災'), ('pond1', '中央公園旁邊有大火'), ('pop', '流行影音中心旁邊很多人在圍觀'),
    ('hub', '剛剛在轉運中心看到遠遠的一直冒煙'), ('zk_south', '逢甲那邊的中科路一直有煙飄過來'), ('pop', '影音中心的屋頂在冒煙'),
    ('pond2', '公園步道上都是灰'), ('pop', '影音中心後面倉庫燒起來'), ('kx_mid', '煙飄到凱旋路了，能見度很差'),
]


def s1533():
    s = Sit(1533, 'fire_call_burst', '2016-10-15T11:40:00Z',
            'Saturday 19:40: fire in the backstage storage of the Taichung Pop Music Center; a tall plume seen across the zone '
            'brings 36 citizen calls from 200 m to 1.5 km away naming five different buildings; a traveller faints at the transit hub '
            'at the same time; a barbecue in the south of the park is reported as smoke.')
    s.story = ('The centre\'s panel alarms at 19:40; the plume stands over the park at dusk and 1999 takes 36 calls in 25 minutes, '
               'callers in the park, on Kaixuan and Zhongke Rds, at the transit hub, the convention centre and the blocks, some '
               'sure it is the Museumbrary or the Feng Chia campus. 119 sends engines and an ambulance for a staff member; police '
               'hold back onlookers and close part of Zhongke Rd, so Zhongke and Kaixuan slow. The fire is out by 20:40.')
    s.sen('fa', 'SN-FA-006', 'alarm', 0, 'F1', text='後台倉庫 偵煙探測器動作')
    s.ev('f119', '119', 'fire', 2, 'pop', 'F1', d=20, text='臺中流行影音中心 後台倉庫火警 出動', status='dispatched')
    t = 1.2
    for i, (where, text) in enumerate(CALLS_1533):
        s.ev(f'c{i:02d}', '1999', 'fire_smoke', round(t, 2), where, 'F1', d=s.rng.randint(30, 180), text=text, m=120)
        t += s.rng.uniform(0.3, 1.0)
    for k in ('c03', 'c11', 'c20'):
        s.dup(k, 300)
    s.sen('cc', 'SN-CCTV-007', 'smoke', 4, 'F1', confidence=0.58, text='畫面南方遠處煙霧')
    s.ev('p1', 'incident', 'fire_report', 5, 'pop', 'F1', d=150, sev='Severe', text='流行影音中心後方起火 濃煙竄出 現場管制中')
    s.ev('f119b', '119', 'fire', 9, 'pop', 'F1', d=15, text='到達現場 後台倉庫起火 第二梯次增援', status='on_scene', follows='f119')
    s.ev('a1', '119', 'ambulance', 12, 'pop', 'F1', d=15, text='流行影音中心 工作人員吸入濃煙 1名')
    s.ev('bbq', '1999', 'fire_smoke', 12, 'pond5', None, alt='F1', d=60, text='公園南邊有人在烤肉，煙很大飄到路上')
    s.ev('r1', '119', 'ambulance', 15, 'hub', 'R1', d=20, text='水湳轉運中心 旅客昏倒 意識模糊')
    s.ev('p2', 'incident', 'crowd_control', 16, 'pop', 'F1', d=120, sev='Minor', text='火場外圍觀民眾眾多 派員管制')
    s.ev('p3', 'incident', 'road_closure', 18, 'zk_mid', 'F1', d=120, sev='Moderate', text='中科路(凱旋路至經貿路段)封閉 供消防車作業')
    s.sen('vd1', 'SN-VD-ZHONGKE-01', 'congestion', 20, 'F1', sev='Moderate', text='中科路車速 8 km/h')
    s.sen('vd2', 'SN-VD-KAIXUAN-02', 'congestion', 24, 'F1', sev='Minor', text='凱旋路車速下降')
    s.ev('n1', '1999', 'noise', 30, 'ecoB', None, d=90, text='樓下一直有人在唱歌很吵')
    s.ev('c99', '1999', 'fire_smoke', 50, 'ecoA', 'F1', d=60, text='剛剛打過了，影音中心的煙是不是比較小了？我家窗戶還是有味道')
    s.ev('f119c', '119', 'fire', 60, 'pop', 'F1', d=15, text='火勢撲滅 部分返隊', status='returning', follows='f119')
    s.sen('fan', 'SN-FA-006', 'normal', 70, 'F1', text='火警受信總機 復歸')
    s.ev('p4', 'incident', 'road_reopened', 72, 'zk_mid', 'F1', d=60, sev='Minor', text='中科路恢復通行', follows='p3')
    s.ev('f119d', '119', 'fire', 80, 'pop', 'F1', d=15, text='結案', status='closed', follows='f119')
    s.inc('F1', 'fire', 'Fire in the Pop Music Center backstage store: 36 calls, onlookers, Zhongke Rd closed', 'fa')
    s.inc('R1', 'rescue', 'Traveller fainted at the transit hub', 'r1')
    s.alternative('A coordinator who has no one to send to look treats the barbecue smoke call as part of the fire until checked',
                  [('F1', 'fire', 'Pop Music Center fire, with the barbecue call', 'fa'), ('R1', 'rescue', 'Transit hub faint', 'r1')])
    s.debate('bbq: a barbecue 1 km south reported as 煙很大 during a big fire: background (truth null) or one more fire call (alt F1).')
    s.debate('c05/c06/c23/c27 name the Feng Chia campus or the Museumbrary: wrong place, same fire (F1 in both readings).')
    s.debate('c24 asks after a friend who works there: still a call about the fire (F1), not a missing person.')
    s.debate('fa is the sufficient evidence: a big venue\'s panel with the first call 70 s later; a stricter coordinator waits for f119.')
    return s


def s1534():
    s = Sit(1534, 'convention_evening_event', '2016-11-19T10:00:00Z',
            'Saturday evening concert in convention centre hall A (18:30-21:30): car parks fill, crowds at Jingmao/Liming, and '
            'in the same streets a pickpocket, a fainting, a dark signal, a lost child and a scrape on Huanzhong Rd.')
    s.story = ('The permit (12,000 people, hall A, 400 m) is on the board at 18:00. By 18:20 the convention centre car park is full, '
               'then Jingmao 6 and the hub. Queues on Jingmao and Liming Rds; police steer the crowd at the end. Meanwhile: the '
               'Jingmao/7th Rd signal goes dark for 40 minutes, a phone is stolen in the hall and a wallet at the hub, a woman faints '
               'in hall B, a six-year-old is lost at hall A\'s door and found, and two cars scrape at Kaixuan/Huanzhong.')
    s.ev('pe', 'planned_event', 'concert', 30, 'convA', 'E1', d=-1790, text='臺中國際會展中心A棟 演唱會 預估人潮12,000人', ends=210,
         radius_m=400, m=0)
    s.sen('pk6', 'SN-PK-006', 'full', 20, 'E1', text='會展中心停車場 車位已滿')
    s.sen('vd1', 'SN-VD-JINGMAO-01', 'congestion', 25, 'E1', sev='Minor', text='經貿路車速 20 km/h')
    s.sen('pk2', 'SN-PK-002', 'full', 35, 'E1', text='經貿六停車場 車位已滿')
    s.ev('l1', '1999', 'streetlight', 40, 'museum', None, d=90, text='綠美圖後面步道路燈一盞不亮')
    s.sen('vd2', 'SN-VD-LIMING-01', 'congestion', 45, 'E1', sev='Moderate', text='黎明路車速 12 km/h')
    s.sen('pk1', 'SN-PK-001', 'full', 50, 'E1', alt=None, text='轉運中心停車場 車位已滿')
    s.sen('cc1', 'SN-CCTV-005', 'crowding', 60, 'E1', confidence=0.82, text='經貿路/黎明路 人群聚集')
    s.sen('sg1', 'SN-SIG-006', 'fault', 80, 'I1', alt='E1', text='號誌黑燈')
    s.ev('sg1c', '1999', 'traffic_signal', 84, 'j_jm_7', 'I1', alt='E1', d=60, text='經貿路經貿七路口紅綠燈都不亮，人很多很危險')
    s.ev('th1', 'incident', 'theft', 95, 'convA', 'P1', d=120, sev='Minor', text='會展中心A棟 觀眾手機遭扒竊 報案')
    s.ev('ip', '1999', 'illegal_parking', 100, 'jm6cp', None, alt='E1', d=90, text='經貿六停車場外面一堆車違停紅線')
    s.ev('sg1p', 'incident', 'traffic_signal_fault', 102, 'j_jm_7', 'I1', alt='E1', d=60, sev='Minor', text='經貿路經貿七路口號誌故障 派員指揮交通')
    s.ev('a1', '119', 'ambulance', 110, 'convB', 'R1', alt='E1', d=20, text='會展中心B棟 女性觀眾昏倒 意識不清')
    s.sen('sg1r', 'SN-SIG-006', 'restored', 120, 'I1', alt='E1', text='號誌恢復正常')
    s.ev('th2', 'incident', 'theft', 122, 'hub', 'P1', alt='P2', d=150, sev='Minor', text='水湳轉運中心 民眾皮夾遭竊 疑似散場人潮中被扒')
    s.ev('cr1', 'incident', 'accident', 130, 'j_kx_hz', 'T1', d=90, sev='Minor', text='凱旋路環中路口 二車擦撞 無人受傷')
    s.sen('cr2', 'SN-CCTV-002', 'stalled_vehicle', 129, 'T1', confidence=0.71, text='路口車輛停滯')
    s.ev('m1', '1999', 'missing_person', 140, 'convA', 'M1', d=40, text='我小孩在會展中心A館門口走失，6歲男生，穿紅色外套')
    s.ev('n1', '1999', 'noise', 150, 'tower', None, alt='E1', d=60, text='會展中心那邊音樂太大聲，吵到住戶')
    s.ev('m2', 'incident', 'missing_person', 150, 'convA', 'M1', d=60, sev='Moderate', text='會展中心A棟 6歲男童走失 協尋中', follows='m1')
    s.ev('m3', 'incident', 'other', 165, 'convA', 'M1', d=60, sev='Minor', text='走失男童已於B棟服務台尋獲 交還家屬', follows='m2')
    s.ev('cp', 'incident', 'crowd_control', 170, 'conv', 'E1', d=60, sev='Moderate', text='演唱會散場 經貿路黎明路口人潮管制 派員疏導')
    s.sen('cc2', 'SN-CCTV-005', 'crowding', 172, 'E1', confidence=0.88, text='經貿路/黎明路 人群聚集')
    s.sen('vd3', 'SN-VD-HUANZHONG-03', 'congestion', 175, 'E1', sev='Moderate', text='環中路車速 10 km/h')
    s.ev('cw', '1999', 'crowding', 176, 'j_jm_lm', 'E1', d=60, text='黎明路這邊散場的人走到馬路上，車子都卡住')
    s.inc('E1', 'crowd', 'Concert at convention centre hall A: car parks full, crowding and queues at Jingmao/Liming, exit crowd control', 'pe')
    s.inc('I1', 'infrastructure', 'Dark signal at Jingmao Rd / Jingmao 7th Rd for 40 minutes', 'sg1')
    s.inc('P1', 'public_safety', 'Pickpocketing in the concert crowd (hall A phone, hub wallet)', 'th1')
    s.inc('R1', 'rescue', 'Concert-goer fainted in hall B', 'a1')
    s.inc('T1', 'traffic', 'Two-car scrape at Kaixuan/Huanzhong', 'cr1')
    s.inc('M1', 'rescue', 'Six-year-old lost at hall A, found at hall B', 'm1')
    s.alternative('A coordinator running the concert as one operation (police event command post with its own medics and '
                  'traffic officers) folds the dark signal, the fainting, the illegal parking and the noise into the event; the hub '
                  'wallet theft is its own police case',
                  [('E1', 'crowd', 'Concert operation incl. signal, medical, parking, noise', 'pe'),
                   ('P1', 'public_safety', 'Phone stolen in hall A', 'th1'), ('P2', 'public_safety', 'Wallet stolen at the hub', 'th2'),
                   ('T1', 'traffic', 'Scrape at Kaixuan/Huanzhong', 'cr1'), ('M1', 'rescue', 'Lost child', 'm1')])
    s.debate('sg1*: a signal contractor\'s ticket (truth I1) or part of the event\'s traffic control (alt E1).')
    s.debate('a1: the fainting is a 119 case of its own (R1) or the event\'s medical station (alt E1).')
    s.debate('th2: the hub wallet is the same pickpocketing in the same crowd (P1) or a separate police case (alt P2).')
    s.debate('ip and n1: background (null) or the event\'s effects (alt E1). pk1 hub car park full: E1 (concert-goers park there); alt null.')
    s.debate('pe sufficient at arrival: the permit is on the board before anything happens; a stricter reading opens at pk6.')
    return s


def s1535():
    s = Sit(1535, 'delivery_chaos', '2016-12-03T14:10:00Z',
            'Night crash at Henan/Zhongping (motorcyclist hurt) and a flashing signal 1 km east at Jingmao/Zhongping, delivered '
            'late, twice, out of order and with wrong clocks; a camera replays a three-day-old frame.')
    s.story = ('At 22:10 a car hits a motorcycle at Henan/Zhongping. The junction camera\'s clock runs 8 hours ahead (local time '
               'stamped as UTC); 1999\'s record is stamped an hour behind; the police report reaches the center 40 minutes late; '
               '119\'s dispatch arrives after its own on-scene update and twice more. At 22:15 the Jingmao/Zhongping signal starts '
               'flashing yellow; its fault message is held in the cabinet and arrives after the restore.')
    s.sen('cc1', 'SN-CCTV-010', 'stalled_vehicle', 0, 'T1', skew=28800, confidence=0.77, text='路口車輛停滯')
    s.sen('cc2', 'SN-CCTV-010', 'accident', 0.5, 'T1', skew=28800, confidence=0.69, text='疑似事故')
    s.ev('c1', '1999', 'traffic_accident', 1, 'j_hn_zp', 'T1', d=50, skew=-3600, text='河南路跟中平路口，機車被撞，人倒在地上')
    s.ev('a119', '119', 'ambulance', 2, 'j_hn_zp', 'T1', d=900, text='河南路中平路口 車禍 機車騎士受傷 1名')
    s.dup('a119', 5)
    s.dup('a119', 600)
    s.ev('p1', 'incident', 'injury_accident', 3, 'j_hn_zp', 'T1', d=2400, sev='Moderate', text='河南路中平路口 汽機車碰撞 機車騎士受傷送醫')
    s.sen('sg', 'SN-SIG-011', 'fault', 5, 'I1', skew=-120, d=2700, text='號誌閃黃燈')
    s.sen('vd1', 'SN-VD-HENAN-02', 'congestion', 6, 'T1', sev='Minor', text='河南路車速 14 km/h')
    s.sen('vd2', 'SN-VD-ZHONGPING-01', 'congestion', 8, 'T1', sev='Moderate', text='中平路車速 9 km/h')
    s.dup('vd2', 60)
    s.ev('a119b', '119', 'ambulance', 9, 'j_hn_zp', 'T1', d=20, text='到達現場', status='on_scene', follows='a119')
    s.ev('p2', 'incident', 'road_closure', 10, 'j_hn_zp', 'T1', d=120, sev='Minor', text='中平路外側車道封閉 處理事故')
    s.sen('vd3', 'SN-VD-HENAN-01', 'congestion', 12, 'T1', alt=None, sev='Minor', text='河南路車速下降')
    s.sen('old', 'SN-CCTV-010', 'stalled_vehicle', 13, None, skew=-259200, confidence=0.55, text='路口車輛停滯')
    s.ev('s1', '1999', 'traffic_signal', 15, 'j_jm_zp', 'I1', d=60, text='經貿路中平路口紅綠燈一直閃黃燈')
    s.dup('s1', 30)
    s.ev('s2', 'incident', 'traffic_signal_fault', 18, 'j_jm_zp', 'I1', d=90, sev='Minor', text='經貿路中平路口號誌故障 通知交通局')
    s.ev('ip', '1999', 'illegal_parking', 20, 'cmu', None, d=70, text='中國醫藥大學水湳校區門口有車停人行道')
    s.ev('l1', '1999', 'streetlight', 22, 'henancp', None, d=80, text='河南路停車場旁路燈不亮')
    s.ev('a119c', '119', 'ambulance', 25, 'j_hn_zp', 'T1', d=1500, text='送醫途中 返隊', status='returning', follows='a119')
    s.sen('vd4', 'SN-VD-HUANZHONG-01', 'congestion', 28, None, sev='Minor', text='環中路車速下降')
    s.ev('n1', '1999', 'noise', 30, 'ecoB', None, d=60, text='隔壁在裝潢，半夜還在敲')
    s.sen('sgr', 'SN-SIG-011', 'restored', 35, 'I1', d=10, text='號誌恢復正常')
    s.ev('a119d', '119', 'ambulance', 40, 'j_hn_zp', 'T1', d=20, text='結案', status='closed', follows='a119')
    s.ev('p3', 'incident', 'road_reopened', 50, 'j_hn_zp', 'T1', d=60, sev='Minor', text='事故現場排除 中平路恢復通行', follows='p2')
    s.inc('T1', 'traffic', 'Car-motorcycle injury crash at Henan/Zhongping, lane closed', 'c1')
    s.inc('I1', 'infrastructure', 'Signal flashing yellow at Jingmao/Zhongping', 's1')
    s.alternative('A coordinator reads the Henan Rd detector 1 slow-down, 600 m away, as ordinary Saturday-night traffic',
                  [('T1', 'traffic', 'Injury crash at Henan/Zhongping', 'c1'), ('I1', 'infrastructure', 'Flashing signal at Jingmao/Zhongping', 's1')])
    s.notes.append('cc1/cc2 observed 8 h in the future (camera clock), c1 observed 1 h early (1999 stamp), sg 2 min early; '
                   'a119 arrives 15 min after its on-scene update a119b and again at +5 s and +10 min; p1 arrives 40 min late; '
                   'a119c (returning) arrives after a119d (closed); sg (fault) arrives after sgr (restored).')
    s.debate('old: a frame from 3 days ago replayed by the camera: no job (null); it sits at the very junction of T1.')
    s.debate('vd3 Henan Rd detector 1, 600 m south-west: the crash queue (T1) or ordinary traffic (alt null).')
    s.debate('Sufficient evidence for T1 is c1 (a caller with a person down); the camera items arrive first but only say '
             'a stalled car, and their clock is wrong.')
    return s


def s1536():
    s = Sit(1536, 'gateway_offline', '2016-09-10T05:00:00Z',
            'Light rain; the south Central Park field cabinet (GW-CPS-01) loses its link when a road-works digger cuts fibre on '
            'Zhongping Rd; five devices go dark together. Separately a Zhongping Rd detector\'s battery runs low, the Zhongqing '
            'underpass sensor is in planned maintenance, and water collects at the Henan Rd low point.')
    s.story = ('At 13:10 the south ponds\' three depth sensors, the south pond level and the south car park all go offline within '
               'a minute (comms lost, the car park a last will with no reason); 10 minutes later the rule raises offline alerts. A '
               'caller says the digger of the Zhongping Rd works hit something, another that the south car park gate will not '
               'open. The cabinet is back at 14:35. Meanwhile the Henan Rd low point fills to 20 cm and police report it.')
    s.ev('rw', 'planned_event', 'road_works', -60, (120.6580, 24.1745), None, alt='I1', d=3610, text='中平路(河南路至經貿路) 管線施工 外側車道縮減',
         ends=240, radius_m=300, m=0)
    s.sen('m6', 'SN-FL-006', 'offline', 5, None, reason='maintenance', text='計畫性維護 離線')
    for i, sid in enumerate(['SN-FL-003', 'SN-FL-004', 'SN-FL-005', 'SN-WL-002']):
        s.sen(f'off{i}', sid, 'offline', 10 + i * 0.2, 'I1', reason='comms_lost', gateway='GW-CPS-01', text='通訊中斷 離線')
    s.sen('off4', 'SN-PK-005', 'offline', 10.9, 'I1', text='裝置離線')
    s.dup('off1', 45)
    for i, sid in enumerate(['SN-FL-003', 'SN-FL-004', 'SN-FL-005', 'SN-WL-002']):
        s.sen(f'al{i}', sid, 'sensor_offline', 20 + i * 0.1, 'I1', sev='Minor', text='超過預期回報時間未回傳')
    s.sen('vb', 'SN-VD-ZHONGPING-02', 'offline', 30, 'I2', alt=None, reason='battery_low', text='電池電量低 離線')
    s.ev('pc', '1999', 'other', 35, 'pond5', 'I1', d=60, text='中央公園南邊停車場繳費機不能用，閘門不開')
    s.ev('dg', '1999', 'other', 40, (120.6582, 24.1744), 'I1', alt=None, d=80, text='中平路施工的怪手好像挖到管線，有冒火花')
    s.sen('r1', 'C0F9T0', 'heavy_rain', 40, None, level='大雨', text='西屯 1小時雨量 41 mm')
    s.sen('vba', 'SN-VD-ZHONGPING-02', 'sensor_offline', 45, 'I2', alt=None, sev='Minor', text='超過預期回報時間未回傳')
    s.sen('fl1', 'SN-FL-007', 'flood_depth', 50, 'F1', level='1-15', text='河南路低窪處 淹水深度 11 cm')
    s.ev('fc', '1999', 'flooding', 60, 'henancp', 'F1', d=60, text='河南路停車場前面積水，機車騎過去會噴水')
    s.sen('fl2', 'SN-FL-007', 'flood_depth', 65, 'F1', level='16-30', text='河南路低窪處 淹水深度 19 cm')
    s.ev('fp', 'incident', 'flooding_report', 70, 'hn_lowpt', 'F1', d=100, sev='Minor', text='河南路低窪處積水約20公分 尚可通行')
    s.ev('l1', '1999', 'streetlight', 75, 'fcu', None, d=90, text='逢甲水湳校區前面路燈白天還亮著')
    s.sen('vd', 'SN-VD-HENAN-02', 'congestion', 72, 'F1', alt=None, sev='Minor', text='河南路車速下降')
    for i, sid in enumerate(['SN-FL-003', 'SN-FL-004', 'SN-FL-005', 'SN-WL-002', 'SN-PK-005']):
        s.sen(f'on{i}', sid, 'online', 95 + i * 0.1, 'I1', text='恢復連線')
    s.sen('fl3', 'SN-FL-007', 'cleared', 110, 'F1', text='河南路低窪處 淹水解除')
    s.sen('m6on', 'SN-FL-006', 'online', 115, None, text='維護完成 恢復連線')
    s.inc('I1', 'infrastructure', 'South Central Park field cabinet GW-CPS-01 off the network (fibre cut by road works): 5 devices', 'off3')
    s.inc('I2', 'infrastructure', 'Zhongping Rd vehicle detector 2 offline, battery low (maintenance ticket)', 'vb')
    s.inc('F1', 'flood', 'Water at the Henan Rd low point, 20 cm', 'fl1')
    s.alternative('A battery-low detector is a maintenance ticket nobody is dispatched for tonight (no job); the road-works '
                  'permit is the cut\'s cause and belongs to the cabinet job; the digger call is a separate utility matter',
                  [('I1', 'infrastructure', 'South cabinet outage with the road-works permit', 'off3'),
                   ('F1', 'flood', 'Henan Rd low point', 'fl1')])
    s.debate('vb/vba: a device\'s own battery (I2) or background (alt null).')
    s.debate('rw and dg: the permit whose digger cut the fibre (truth null for the permit, alt I1) and the call about it (truth I1, alt null).')
    s.debate('m6/m6on: planned maintenance, nobody dispatched: null in both readings.')
    s.debate('vd Henan Rd 2 slow-down: the water (F1) or the road works lane reduction (alt null).')
    s.debate('I1 sufficient at off3: four devices of one cabinet offline within a minute; one alone would wait for the rule.')
    return s


if __name__ == '__main__':
    for f in (s1531, s1532, s1533, s1534, s1535, s1536):
        f().write()
