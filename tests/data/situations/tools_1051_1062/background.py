"""Routine evidence a real center sees beside the jobs: 1999 requests, device flaps."""
from lib import on_road


def _plate(S):
    return "XT-%05d" % S.rng.randint(10000, 68000)


DAY = [
    ("streetlight", "jingmao", "經貿路二段靠近公車站那支路燈，編號 {plate}，晚上都不會亮，麻煩派人修"),
    ("illegal_parking", "zhongke", "中科路紅線上有一台自小客停了好幾個小時，擋到機車出來"),
    ("road_damage", "liming", "黎明路三段機車道有一個坑洞，下雨積水看不到，很危險"),
    ("noise", "kaixuan", "凱旋路旁邊工地一直在打樁，整排住戶都受不了"),
    ("other", "huanzhong", "環中路上的公車站牌被撞歪了，請相關單位處理"),
    ("blocked_drain", "henan", "河南路停車場旁邊水溝堵住，有臭味"),
    ("環境清潔", "zhongping", "中平路人行道有人丟一堆大型家具，已經好幾天了"),
    ("公園路樹", "jingmao", "中央公園靠經貿路這側，有樹枝斷掉掛在步道上方，怕砸到人"),
    ("動物救援", "huanzhong", "環中路分隔島上有一隻狗跑來跑去，很危險，請派人抓"),
    ("illegal_parking", "henan", "河南路二段有貨車併排卸貨，公車都進不了站"),
    ("road_damage", "zhongqing", "中清路人孔蓋凸起來，機車壓過去會跳"),
    ("streetlight", "kaixuan", "凱旋路人行道路燈一閃一閃的，編號 {plate}"),
    ("other", "jingmao", "經貿路的公車一直過站不停，我等了二十分鐘"),
    ("illegal_parking", "liming", "黎明路三段騎樓都被機車停滿，推嬰兒車過不去"),
    ("streetlight", "zhongping", "中平路人行道路燈白天一直亮著，浪費電，編號 {plate}"),
    ("road_damage", "kaixuan", "凱旋路標線都磨掉了，晚上看不到車道線"),
    ("other", "zhongke", "中科路公車候車亭的站名牌掉下來了"),
    ("noise", "zhongping", "中平路那間餐廳抽油煙機很吵，從早上就開始"),
    ("環境清潔", "kaixuan", "凱旋路分隔島上一堆垃圾，有人亂丟"),
    ("illegal_parking", "zhongqing", "中清路機車停在公車停靠區，公車只能停在車道上"),
    ("公園路樹", "liming", "黎明路行道樹樹枝太低，擋到號誌，開車看不到紅綠燈"),
    ("blocked_drain", "zhongke", "中科路側溝被落葉塞住，上次下雨就積水"),
    ("other", "henan", "河南路的公共自行車站沒有車可以借，整站都空的"),
    ("road_damage", "huanzhong", "環中路機車待轉區的標線不見了"),
]

NIGHT = [
    ("noise", "liming", "黎明路這邊有人在改裝車空轉，排氣管很大聲，已經半小時了"),
    ("noise", "kaixuan", "凱旋路的卡拉OK到現在還在唱，音量很大"),
    ("streetlight", "zhongke", "中科路往環中路方向有三支路燈沒亮，編號 {plate} 附近"),
    ("streetlight", "henan", "河南路停車場旁邊路燈不亮，晚上走路很暗"),
    ("illegal_parking", "jingmao", "經貿路有車停在人行道上，已經一整晚"),
    ("動物救援", "zhongping", "中平路有流浪狗在追機車"),
    ("other", "huanzhong", "環中路上的可變資訊看板字跑錯了，寫的是昨天的施工"),
    ("noise", "henan", "河南路有一群人在停車場喝酒聊天，很大聲"),
    ("streetlight", "jingmao", "經貿路公園旁邊路燈整排只有一支亮，編號 {plate}"),
    ("illegal_parking", "kaixuan", "凱旋路有砂石車整晚停在路邊，佔一個車道"),
    ("noise", "zhongqing", "中清路有改裝機車來回飆，很吵"),
    ("other", "zhongke", "中科路有人在路邊賣東西擋到人行道"),
]


def routine(S, n, start, end, night=False, exclude_roads=()):
    """n routine 1999 cases spread between local times start and end (background)."""
    pool = [p for p in (NIGHT if night else DAY) if p[1] not in exclude_roads]
    S.rng.shuffle(pool)
    t0, t1 = S.t(start), S.t(end)
    span = (t1 - t0).total_seconds()
    times = sorted(S.rng.uniform(0, span) for _ in range(n))
    out = []
    for (cat, road, text), dt in zip(pool[:n], times):
        pos = S.jitter(on_road(road, S.rng.uniform(0.15, 0.85)), 0, 60)
        at = (t0 + __import__("datetime").timedelta(seconds=int(dt)))
        hms = _hms(S, at)
        out.append(S.c1999(cat, pos, hms, text.format(plate=_plate(S)), None))
    return out


def _hms(S, at):
    d = at - S.date
    secs = int(d.total_seconds())
    return "%02d:%02d:%02d" % (secs // 3600, (secs % 3600) // 60, secs % 60)


def flap(S, sid, off, on, reason="comms_lost", rule_at=None):
    """A device going offline and back (background)."""
    S.status(sid, "offline", off, None, reason=reason)
    if rule_at:
        S.offline_rule(sid, rule_at, None)
    S.status(sid, "online", on, None)


def rush(S, vds, start, end, clear_after=(50, 80)):
    """Recurring rush-hour slow-downs (background): one alert per detector, some cleared later."""
    from datetime import timedelta
    t0, t1 = S.t(start), S.t(end)
    span = int((t1 - t0).total_seconds())
    for vd in vds:
        at = t0 + timedelta(seconds=S.rng.randint(0, span))
        at = at.replace(second=0)
        sp, occ = S.rng.randint(17, 26), S.rng.randint(30, 45)
        S.congestion(vd, _hms(S, at), sp, occ, None, sev="Minor" if sp >= 23 else "Moderate")
        if S.rng.random() < 0.6:
            ct = at + timedelta(minutes=S.rng.randint(*clear_after))
            S.cleared(vd, _hms(S, ct), None, speed=S.rng.randint(35, 48))
