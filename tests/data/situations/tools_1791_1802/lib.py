"""Helpers for the blind-oracle situations 1791-1802 (standard library only)."""
import json
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

TW = timezone(timedelta(hours=8))
NOALT = object()

TITLES = {
    1791: "水資源回收中心污泥棚火警，煙流飄過屋頂",
    1792: "臺灣大道肇事逃逸車輛沿環中路逃竄",
    1793: "勞工遊行沿中科路行進，途中另起車禍",
    1794: "豪雨長夜：北滯洪池緩升、北區機箱斷電",
    1795: "經貿七路口自撞號誌機箱，上游監視器看見",
    1796: "影音中心演唱會夜廚房火警，總機時鐘錯置",
    1797: "颱風夜路樹倒塌，報案定位失準",
    1798: "會展展覽期間北區停電：號誌全暗、電梯受困",
    1799: "油罐貨車沿經貿路漏油三公里",
    1800: "失智長者夜間走失六小時",
    1801: "中清路夜間施工挖斷光纖、施工區追撞",
    1802: "單元八空地火燒草，濃煙越過屋頂",
}


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        out[p["sensor_id"]] = {"kind": p["kind"], "agency": p["agency"], "name": p["name"],
                               "lon": ft["geometry"]["coordinates"][0],
                               "lat": ft["geometry"]["coordinates"][1],
                               "gateway": (p.get("metadata") or {}).get("gateway")}
    return out


SENSORS = load_sensors()

# named places (gazetteer positions / §1.2 anchors) used in the stories
P = {
    "hub": (120.65280, 24.19740), "conv": (120.65510, 24.19440), "hallA": (120.6546, 24.1948),
    "hallB": (120.6556, 24.194), "museum": (120.657, 24.1915), "tower": (120.6585, 24.193),
    "pop": (120.652, 24.185), "parkcp": (120.6566, 24.188), "wrc": (120.659, 24.1765),
    "fcu": (120.652, 24.179), "cmu": (120.6592, 24.1735), "ecoA": (120.6588, 24.184),
    "ecoB": (120.659, 24.1815), "henancp": (120.653, 24.1745), "jm6cp": (120.65491, 24.19560),
    "t74_hz": (120.64720, 24.19586), "kx_hz": (120.64766, 24.19659), "zk_hz": (120.65217, 24.19785),
    "jm_hz": (120.65345, 24.19848), "jm_lm": (120.65496, 24.19582), "jm_7": (120.65685, 24.19247),
    "lm_kx": (120.64904, 24.19365), "zq_hz": (120.657242, 24.198897), "tb_hz": (120.63188, 24.17485),
    "hn_zp": (120.650315, 24.171058), "jm_zp": (120.660376, 24.173594),
    "xitun_office": (120.6420, 24.1630),   # a district-level default pin (far from everything)
}


def off(p, dx_m=0.0, dy_m=0.0):
    """Point p moved dx_m east and dy_m north (metres, small offsets)."""
    return (round(p[0] + dx_m / 101700.0, 6), round(p[1] + dy_m / 110800.0, 6))


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, nn, name, date, seed=None):
        self.nn, self.name = nn, name
        self.date = datetime.strptime(date, "%Y-%m-%d").replace(tzinfo=TW)
        self.rnd = random.Random(seed if seed is not None else nn * 7919)
        self.items, self.n = [], 0
        self.incidents, self.alt_incidents = [], None
        self.alt_why = None
        self.description, self.notes = "", ""

    # time: "HH:MM" or "HH:MM:SS" Taiwan time, d = day offset
    def t(self, hm, d=0):
        parts = [int(x) for x in hm.split(":")]
        while len(parts) < 3:
            parts.append(0)
        return self.date + timedelta(days=d, hours=parts[0], minutes=parts[1], seconds=parts[2])

    def _key(self, feed):
        self.n += 1
        return "%d-%s-%03d" % (self.nn, feed.replace("_", ""), self.n)

    def _add(self, feed, kind, agency, category, severity, lon, lat, obs, text, truth, alt=NOALT,
             delay=None, arrival=None, observed=None, **extra):
        if arrival is None:
            if delay is None:
                delay = self.rnd.randint(4, 75)
            arrival = obs + timedelta(seconds=delay)
        it = {"key": self._key(feed), "kind": kind, "feed": feed, "agency": agency,
              "category": category, "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": observed if observed is not None else iso(obs), "arrival": iso(arrival)}
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        it["text"] = text
        it["truth"] = truth
        if alt is not NOALT:
            it["truth_alt"] = alt
        self.items.append(it)
        return it["key"]

    def _sensor(self, sid):
        s = SENSORS[sid]
        return s, s["lon"], s["lat"]

    def rule(self, sid, cat, sev, obs, text, truth, level=None, gateway=None, **kw):
        s, lon, lat = self._sensor(sid)
        return self._add("rule", "alert", s["agency"], cat, sev, lon, lat, obs, text, truth,
                         sensor_id=sid, level=level, gateway=gateway, **kw)

    def status(self, sid, state, obs, text, truth, reason=None, **kw):
        s, lon, lat = self._sensor(sid)
        return self._add("status", "event", s["agency"], state, "Unknown", lon, lat, obs, text, truth,
                         sensor_id=sid, reason=reason, **kw)

    def panel(self, sid, state, obs, text, truth, **kw):
        s, lon, lat = self._sensor(sid)
        return self._add("fire_alarm", "event", "disaster", state, "Unknown", lon, lat, obs, text, truth,
                         sensor_id=sid, **kw)

    def signal(self, sid, state, obs, text, truth, **kw):
        s, lon, lat = self._sensor(sid)
        return self._add("signal", "event", "traffic", state, "Unknown", lon, lat, obs, text, truth,
                         sensor_id=sid, **kw)

    def parking(self, sid, state, obs, text, truth, **kw):
        s, lon, lat = self._sensor(sid)
        return self._add("parking", "event", "traffic", state, "Unknown", lon, lat, obs, text, truth,
                         sensor_id=sid, **kw)

    def cctv(self, sid, ev, conf, obs, text, truth, **kw):
        s, lon, lat = self._sensor(sid)
        return self._add("cctv", "event", s["agency"], ev, "Unknown", lon, lat, obs, text, truth,
                         sensor_id=sid, confidence=conf, **kw)

    def police(self, cat, sev, p, obs, text, truth, **kw):
        return self._add("incident", "event", "police", cat, sev, p[0], p[1], obs, text, truth, **kw)

    def c1999(self, cat, p, obs, text, truth, **kw):
        return self._add("1999", "event", "citizen", cat, "Unknown", p[0], p[1], obs, text, truth, **kw)

    def f119(self, cat, p, obs, text, truth, status=None, **kw):
        return self._add("119", "event", "fire", cat, "Unknown", p[0], p[1], obs, text, truth,
                         status=status, **kw)

    def permit(self, cat, p, start, end, issued, text, truth, radius_m=None, permit_status=None, **kw):
        return self._add("planned_event", "event", "police", cat, "Unknown", p[0], p[1], start, text, truth,
                         arrival=issued, ends=iso(end), radius_m=radius_m, permit_status=permit_status, **kw)

    def dup(self, key, arrival):
        src = [i for i in self.items if i["key"] == key][0]
        d = dict(src)
        d["arrival"] = iso(arrival)
        self.items.append(d)

    def incident(self, label, typ, desc, suff):
        self.incidents.append({"label": label, "type": typ, "description": desc,
                               "sufficient_evidence_key": suff})

    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["key"]))
        base = os.path.join(OUT, "%d_%s" % (self.nn, self.name))
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False, sort_keys=False) + "\n")
        truth = {"situation": "%d_%s" % (self.nn, self.name), "description": self.description,
                 "incidents": self.incidents}
        if self.alt_incidents is not None:
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": self.alt_incidents}
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=2)
            f.write("\n")
        return len(items)

    def alt(self, why, changes):
        """Alternative reading: incidents = current incidents, with `changes` (dict label -> incident or
        None to drop) applied; new labels appended."""
        self.alt_why = why
        out = []
        for inc in self.incidents:
            if inc["label"] in changes:
                c = changes[inc["label"]]
                if c is not None:
                    out.append(c)
            else:
                out.append(dict(inc))
        for lab, c in changes.items():
            if c is not None and lab not in [i["label"] for i in self.incidents]:
                out.append(c)
        self.alt_incidents = out


def inc(label, typ, desc, suff):
    return {"label": label, "type": typ, "description": desc, "sufficient_evidence_key": suff}


def background(s, start, minutes, n, avoid=()):
    """n seeded background items (truth null) spread over `minutes` from `start` (datetime)."""
    tmpl = [
        lambda t: s.c1999("streetlight", off(P["ecoA"], 120, -60), t, "經貿路三段路燈一盞不亮，燈桿編號XT-0%d" % s.rnd.randint(1000, 9999), None),
        lambda t: s.c1999("noise", off(P["fcu"], -200, 80), t, "宿舍旁邊有人在唱歌很吵，請派員勸導", None),
        lambda t: s.c1999("illegal_parking", off(P["jm6cp"], 60, 40), t, "經貿六停車場出口有車子違停擋住出入", None),
        lambda t: s.rule("SN-VD-HUANZHONG-01", "congestion", "Moderate", t, "環中路車輛偵測器1 平均車速低於門檻", None),
        lambda t: s.parking("SN-PK-001", "full", t, "水湳轉運中心停車場 車位已滿", None),
        lambda t: s.panel("SN-FA-009", "fault", t, "逢甲大學水湳校區 火警受信總機 回路斷線故障", None),
        lambda t: s.police("theft", "Minor", off(P["fcu"], 150, 120), t, "逢甲水湳校區機車停車場 機車遭竊報案", None),
        lambda t: s.c1999("環境清潔", off(P["ecoB"], -90, 30), t, "敦化路一段人行道有人丟大型垃圾", None),
        lambda t: s.status("SN-VD-ZHONGPING-02", "offline", t, "中平路車輛偵測器2 設備離線（電池電壓低）", None, reason="battery_low"),
        lambda t: s.c1999("road_damage", off(P["lm_kx"], 80, -40), t, "黎明路三段慢車道有一個坑洞，機車經過會顛", None),
        lambda t: s.rule("SN-VD-HENAN-01", "congestion", "Minor", t, "河南路車輛偵測器1 車速下降", None),
        lambda t: s.c1999("動物救援", off(P["museum"], 100, 50), t, "綠美圖旁邊草地有一隻受傷的狗", None),
    ]
    idx = [i for i in range(len(tmpl)) if i not in avoid]
    s.rnd.shuffle(idx)
    for j in range(n):
        t = start + timedelta(minutes=s.rnd.randint(0, minutes), seconds=s.rnd.randint(0, 59))
        tmpl[idx[j % len(idx)]](t)
