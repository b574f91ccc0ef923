"""Helpers for the seeded situation generators (situations 631-642). Plain stdlib."""
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.abspath(os.path.join(HERE, ".."))

_SENSORS = None


def sensors():
    global _SENSORS
    if _SENSORS is None:
        with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
            fc = json.load(f)
        _SENSORS = {}
        for feat in fc["features"]:
            p = feat["properties"]
            _SENSORS[p["sensor_id"]] = {
                "kind": p["kind"], "agency": p["agency"], "name": p["name"],
                "lon": feat["geometry"]["coordinates"][0], "lat": feat["geometry"]["coordinates"][1],
            }
    return _SENSORS


# Landmarks of the zone (lon, lat): buildings at their panel position, junctions at their signal.
LM = {
    "HUB": (120.6528, 24.1972),            # 水湳轉運中心
    "HUB_ENT": (120.6532, 24.1979),        # 轉運中心 經貿路側進出口
    "TICEC": (120.6550, 24.1944),          # 臺中國際會展中心
    "GMB": (120.6570, 24.1915),            # 臺中綠美圖
    "TOWER": (120.6585, 24.1930),          # 臺灣智慧營運塔
    "POP": (120.6520, 24.1850),            # 臺中流行影音中心
    "FCU": (120.6520, 24.1790),            # 逢甲大學水湳校區
    "FCU_GATE": (120.6536, 24.1806),       # 逢甲水湳校區 中科路側門
    "CMU": (120.6592, 24.1735),            # 中國醫藥大學水湳校區
    "CMU_GATE": (120.6600, 24.1748),       # 中國醫藥大學水湳校區 經貿路側門
    "RES_A": (120.6588, 24.1840),          # 生態住宅 A區
    "RES_B": (120.6590, 24.1815),          # 生態住宅 B區
    "PARK_N": (120.6562, 24.1880),         # 中央公園北側
    "PARK_MID": (120.6562, 24.1825),       # 中央公園中段
    "PARK_S": (120.6562, 24.1775),         # 中央公園南側
    "HENAN_PK": (120.6530, 24.1745),       # 河南路停車場
    "J_ZK_HZ": (120.65217, 24.19785),      # 中科路/環中路
    "J_JM_HZ": (120.65345, 24.19848),      # 經貿路/環中路
    "J_JM_LM": (120.65496, 24.19582),      # 經貿路/黎明路
    "J_JM_7": (120.65685, 24.19247),       # 經貿路/經貿七路
    "J_LM_KX": (120.64904, 24.19365),      # 黎明路/凱旋路
    "J_KX_HZ": (120.64766, 24.19659),      # 凱旋路/環中路
    "J_ZQ_HZ": (120.657242, 24.198897),    # 中清路/環中路
    "J_HN_ZP": (120.650315, 24.171058),    # 河南路/中平路
    "J_JM_ZP": (120.660376, 24.173594),    # 經貿路/中平路
    "ZK_MID": (120.6534, 24.1860),         # 中科路 流行影音中心段
    "KX_S": (120.6522, 24.1840),           # 凱旋路南段
}

FEED_PREFIX = {"rule": "ALR", "fire_alarm": "FA", "signal": "SIG", "parking": "PK", "incident": "POL",
               "cctv": "CAM", "1999": "C1999", "status": "ST", "119": "F119", "planned_event": "PMT"}
FEED_AGENCY = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "incident": "police",
               "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
KIND_OF_FEED = {"fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
NO_SEVERITY = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
DELAY = {"rule": (25, 90), "fire_alarm": (3, 15), "signal": (10, 60), "parking": (30, 130),
         "incident": (90, 420), "cctv": (8, 40), "1999": (150, 720), "status": (4, 25), "119": (40, 150),
         "planned_event": (60, 60)}
FIELD_ORDER = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival",
               "sensor_id", "text", "confidence", "level", "follows", "ends", "truth", "truth_alt"]
_MISSING = object()


def fmt(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    """One situation. Times are given in minutes after `start_local` (Taiwan time, UTC+8)."""

    def __init__(self, num, name, start_local, seed):
        self.num, self.name = num, name
        self.t0 = dt.datetime.strptime(start_local, "%Y-%m-%d %H:%M") - dt.timedelta(hours=8)
        self.rng = random.Random(seed)
        self.items = []
        self.seq = {}

    def at(self, minutes):
        return self.t0 + dt.timedelta(seconds=round(minutes * 60))

    def scatter(self, lon, lat, r):
        """A point within about r metres of (lon, lat)."""
        if r <= 0:
            return round(lon, 6), round(lat, 6)
        ang = self.rng.uniform(0, 2 * math.pi)
        d = r * math.sqrt(self.rng.uniform(0.05, 1.0))
        dy, dx = d * math.sin(ang), d * math.cos(ang)
        return (round(lon + dx / (111320.0 * math.cos(math.radians(lat))), 6), round(lat + dy / 110574.0, 6))

    def add(self, t, feed, category, truth, text, sid=None, pos=None, r=60, sev=None, agency=None, delay=None,
            level=None, conf=None, follows=None, ends=None, alt=_MISSING, skew=0, arr=None):
        """t: minutes of observation (true time); skew: seconds the source clock is off (observed = true + skew);
        delay: seconds from true time to arrival; arr: minutes of arrival (overrides delay)."""
        pre = FEED_PREFIX[feed]
        self.seq[pre] = self.seq.get(pre, 0) + 1
        key = "%s-%d-%03d" % (pre, self.num, self.seq[pre])
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if sid is not None:
            s = sensors()[sid]
            lon, lat = s["lon"], s["lat"]
            ag = s["agency"] if feed in ("rule", "status", "cctv") else FEED_AGENCY.get(feed, s["agency"])
        else:
            if isinstance(pos, str):
                pos = LM[pos]
            lon, lat = self.scatter(pos[0], pos[1], r)
            ag = FEED_AGENCY[feed]
        it["agency"] = agency or ag
        it["category"] = category
        it["severity"] = "Unknown" if feed in NO_SEVERITY else (sev or "Unknown")
        it["lon"], it["lat"] = lon, lat
        true_t = self.at(t)
        it["observed"] = fmt(true_t + dt.timedelta(seconds=skew))
        if arr is not None:
            a = self.at(arr)
        else:
            if delay is None:
                lo, hi = DELAY[feed]
                delay = self.rng.randint(lo, hi)
            a = true_t + dt.timedelta(seconds=delay)
        it["arrival"] = fmt(a)
        if sid is not None:
            it["sensor_id"] = sid
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = fmt(self.at(ends))
        it["truth"] = truth
        if alt is not _MISSING:
            it["truth_alt"] = alt
        it["_a"] = a
        self.items.append(it)
        return key

    def dup(self, key, extra_s):
        """A duplicated delivery: same key and fields, later arrival."""
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        d["_a"] = src["_a"] + dt.timedelta(seconds=extra_s)
        d["arrival"] = fmt(d["_a"])
        self.items.append(d)
        return key

    # ---- routine background (truth null) ----
    def flap(self, sid, t, minutes, reason="通訊中斷"):
        self.add(t, "status", "offline", None, "%s 離線（%s）" % (sensors()[sid]["name"], reason), sid=sid)
        self.add(t + minutes, "status", "online", None, "%s 恢復連線" % sensors()[sid]["name"], sid=sid)

    def hour(self, t):
        return (self.at(t) + dt.timedelta(hours=8)).hour

    def pick(self, texts):
        """A text not used yet in this situation if there is one."""
        used = {i["text"] for i in self.items}
        fresh = [x for x in texts if x not in used]
        return self.rng.choice(fresh or texts)

    def bg(self, t, what, pos=None):
        c = self.rng.choice
        h = self.hour(t)
        day = 7 <= h < 18
        if what == "streetlight":
            road = c([("經貿路二段", "J_JM_7"), ("黎明路三段", "J_LM_KX"), ("中科路", "ZK_MID"), ("河南路", "HENAN_PK"),
                      ("凱旋路", "KX_S"), ("中平路", "J_JM_ZP")])
            pool = ["%s路燈不亮，燈桿編號 XT-%05d", "%s有一盞路燈一直閃，燈號 XT-%05d", "%s路燈昨晚就不亮了，編號XT-%05d"]
            if day:
                pool.append("%s路燈白天也亮著，編號XT-%05d")
            return self.add(t, "1999", "streetlight", None, c(pool) % (road[0], self.rng.randint(10000, 99999)),
                            pos=pos or road[1], r=150)
        if what == "parking":
            road = c([("黎明路三段", "J_JM_LM"), ("經貿路二段", "J_JM_7"), ("中平路", "J_JM_ZP"), ("河南路", "HENAN_PK"),
                      ("凱旋路", "KX_S")])
            pool = ["%s有車子停在紅線上擋到出入口", "%s一台白色休旅車並排停車很久了", "%s有貨車佔用機車格",
                    "%s騎樓被機車停滿，行人要走到車道上", "%s有車停在公車站牌前面", "%s我家車庫門口被擋住出不去"]
            return self.add(t, "1999", "illegal_parking", None, self.pick([x % road[0] for x in pool]),
                            pos=pos or road[1], r=120)
        if what == "noise":
            pool = ["有人在公園旁邊放很大聲的音樂", "樓下店家抽風機聲音很大"]
            if 6 <= h < 9:
                pool.append("隔壁工地太早開工很吵")
            if 8 <= h < 18:
                pool += ["樓上裝潢一直在敲，吵很久了", "附近工地打樁聲音很大"]
            if h >= 21 or h < 5:
                pool.append("樓下有人喝酒大聲喧嘩")
            if h >= 23 or h < 5:
                pool.append("半夜一直有改裝車在附近繞，很吵")
            return self.add(t, "1999", "noise", None, self.pick(pool), pos=pos or c(["RES_A", "RES_B", "CMU_GATE"]), r=120)
        if what == "clean":
            pool = ["人行道上有一堆垃圾沒人清", "公車站旁邊垃圾桶滿出來了", "路邊有人亂丟大型家具", "路邊有狗大便沒人清",
                    "人行道上有碎玻璃"]
            return self.add(t, "1999", "環境清潔", None, self.pick(pool), pos=pos or c(["J_JM_7", "J_LM_KX", "HENAN_PK"]),
                            r=150)
        if what == "tree":
            pool = ["公園步道旁樹枝太長擋到路人", "公園裡的樹需要修剪，擋到路燈", "行道樹樹根把人行道地磚頂起來"]
            return self.add(t, "1999", "公園路樹", None, self.pick(pool), pos=pos or c(["PARK_MID", "PARK_S", "PARK_N"]),
                            r=150)
        if what == "animal":
            pool = ["公園裡有一隻流浪狗一直跟著小朋友", "草地上有一隻鳥好像受傷飛不起來", "路邊有一隻貓好像被車撞到"]
            return self.add(t, "1999", "動物救援", None, self.pick(pool), pos=pos or c(["PARK_MID", "PARK_S"]), r=150)
        raise ValueError(what)

    def sprinkle(self, n, t0, t1, kinds=("streetlight", "parking", "noise", "clean", "tree", "animal"), flaps=()):
        """n routine 1999 cases between t0 and t1 minutes, and one comms flap for each sensor in flaps."""
        for _ in range(n):
            self.bg(round(self.rng.uniform(t0, t1), 1), self.rng.choice(kinds))
        for sid in flaps:
            self.flap(sid, round(self.rng.uniform(t0, t1), 1), self.rng.randint(2, 9))

    def congestion(self, t, sid, speed, truth=None, sev="Minor", alt=_MISSING):
        occ = self.rng.randint(28, 55)
        return self.add(t, "rule", "congestion", truth, "%s 平均車速 %d km/h，佔有率 %d%%" % (sensors()[sid]["name"], speed, occ),
                        sid=sid, sev=sev, alt=alt)

    # ---- output ----
    def write(self, description, incidents, alternative=None, notes=None):
        items = sorted(self.items, key=lambda i: (i["_a"],))
        base = "%d_%s" % (self.num, self.name)
        with open(os.path.join(OUT, base + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                row = {k: it[k] for k in FIELD_ORDER if k in it}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        truth = {"situation": base, "description": description,
                 "incidents": [{"label": l, "type": ty, "description": d, "sufficient_evidence_key": k}
                               for (l, ty, d, k) in incidents]}
        if alternative:
            why, alt_inc = alternative
            truth["alternative_reading"] = {"why": why, "incidents": [
                {"label": l, "type": ty, "description": d, "sufficient_evidence_key": k} for (l, ty, d, k) in alt_inc]}
        if notes:
            truth["notes"] = notes
        with open(os.path.join(OUT, base + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return base, len(items)
