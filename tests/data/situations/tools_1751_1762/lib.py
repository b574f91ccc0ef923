"""Helpers for the typhoon situations 1751-1762 (blind oracle B). Standard library only."""
import json
import math
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

UTC = timezone.utc
TST = timedelta(hours=8)  # Taiwan time = UTC+8
_MISSING = object()


def load_sensors():
    with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
        d = json.load(f)
    out = {}
    for ft in d["features"]:
        p = ft["properties"]
        out[p["sensor_id"]] = {
            "agency": p["agency"], "kind": p["kind"], "name": p["name"],
            "lon": ft["geometry"]["coordinates"][0], "lat": ft["geometry"]["coordinates"][1],
            "gateway": (p.get("metadata") or {}).get("gateway"),
        }
    return out


SENSORS = load_sensors()

FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}

# Named spots (lon, lat) used in the stories: junctions from roads.geojson / sensors,
# buildings from gazetteer.yaml; places outside the geo files are GUESSES (marked).
P = {
    "zhongqing_huanzhong": (120.657242, 24.198897),   # 中清環中路口 (underpass SN-FL-006)
    "jingmao_liming": (120.65496, 24.19582),
    "jingmao_jingmao7": (120.65685, 24.19247),
    "jingmao_huanzhong": (120.65345, 24.19848),
    "kaixuan_huanzhong": (120.64766, 24.19659),
    "t74_huanzhong": (120.6472, 24.19586),
    "zhongke_huanzhong": (120.65217, 24.19785),
    "liming_kaixuan": (120.64904, 24.19365),
    "taiwan_huanzhong": (120.63188, 24.17485),
    "henan_zhongping": (120.650315, 24.171058),
    "jingmao_zhongping": (120.660376, 24.173594),
    "transit_hub": (120.65280, 24.19740),
    "convention": (120.65510, 24.19440),
    "museumbrary": (120.657, 24.1915),
    "ops_tower": (120.6585, 24.193),
    "pop_music": (120.652, 24.185),
    "park_car_park": (120.6566, 24.188),
    "water_reclamation": (120.659, 24.1765),
    "fcu_campus": (120.652, 24.179),
    "cmu_campus": (120.6592, 24.1735),
    "eco_a": (120.6588, 24.184),
    "eco_b": (120.659, 24.1815),
    "henan_car_park": (120.653, 24.1745),
    "jingmao6_car_park": (120.65491, 24.19560),
    # outside the geo files (GUESS positions, for the zone's edges)
    "dakeng_dongshan": (120.7205, 24.1890),      # 北屯區東山路二段 大坑 hillside (GUESS)
    "dakeng_5trail": (120.7330, 24.1935),        # 大坑五號步道口 (GUESS)
    "hanxi_bridge": (120.6950, 24.1860),         # 旱溪 bridge near SN-WL-005 (GUESS)
    "fazi_bridge": (120.6205, 24.1705),          # 筏子溪 near SN-WL-004 (GUESS)
}


def off(pt, dx_m=0.0, dy_m=0.0):
    """Shift a (lon, lat) point by metres east / north."""
    lon, lat = pt
    dlat = dy_m / 111320.0
    dlon = dx_m / (111320.0 * math.cos(math.radians(lat)))
    return (round(lon + dlon, 6), round(lat + dlat, 6))


def iso(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    """One situation: items in arrival order and its truth."""

    def __init__(self, nn, short, title, story, labelling, day=(2016, 9, 27)):
        self.nn = nn
        self.short = short
        self.name = "%d_%s" % (nn, short)
        self.title = title
        self.story = story
        self.labelling = labelling
        self.day = day
        self.items = []
        self.incidents = []
        self.alt = None
        self.rng = random.Random(nn * 7919)
        self.n = 0

    # ---------- time ----------
    def t(self, hhmm, day_offset=0, sec=0):
        """Taiwan local HH:MM on the situation's day (+day_offset) -> aware UTC datetime."""
        h, m = (int(x) for x in hhmm.split(":"))
        y, mo, d = self.day
        local = datetime(y, mo, d, 0, 0, 0) + timedelta(days=day_offset, hours=h, minutes=m, seconds=sec)
        return (local - TST).replace(tzinfo=UTC)

    def _when(self, at):
        if isinstance(at, str):
            return self.t(at)
        return at

    def key(self, tag):
        self.n += 1
        return "%d-%s-%03d" % (self.nn, tag, self.n)

    # ---------- core ----------
    def _add(self, tag, kind, feed, agency, category, severity, lon, lat, observed, delay_s, text,
             truth, truth_alt=_MISSING, key=None, **extra):
        obs = self._when(observed)
        arr = obs + timedelta(seconds=delay_s)
        if "arrival_at" in extra:
            arr = self._when(extra.pop("arrival_at"))
        if "stamp" in extra:  # a skewed source clock: observed as the source stamped it
            obs = self._when(extra.pop("stamp"))
        it = {"key": key or self.key(tag), "kind": kind, "feed": feed, "agency": agency,
              "category": category, "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6),
              "observed": iso(obs), "arrival": iso(arr)}
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        it["text"] = text
        it["truth"] = truth
        if truth_alt is not _MISSING:
            it["truth_alt"] = truth_alt
        self.items.append(it)
        return it["key"]

    def alert(self, sid, category, at, delay_s, truth, level=None, text=None, severity=None,
              truth_alt=_MISSING, gateway=None, **kw):
        s = SENSORS[sid]
        if severity is None:
            if category == "flood_depth":
                severity = FLOOD_SEV[level]
            elif category == "water_level":
                severity = WL_SEV[level]
            elif category == "heavy_rain":
                severity = RAIN_SEV[level]
            elif category == "sensor_offline":
                severity = "Moderate"
            elif category == "congestion":
                severity = "Moderate"
            else:
                severity = "Minor"
        if text is None:
            text = {"flood_depth": "%s 淹水深度 %s cm" % (s["name"], level),
                    "water_level": "%s 達%s級警戒" % (s["name"], level),
                    "heavy_rain": "%s 時雨量達%s標準" % (s["name"], level),
                    "congestion": "%s 車速驟降，車流壅塞" % s["name"],
                    "sensor_offline": "%s 逾時未回傳資料" % s["name"],
                    "cleared": "%s 警戒解除" % s["name"],
                    "water_level_falling": "%s 水位回降" % s["name"]}.get(category, s["name"])
        return self._add("R", "alert", "rule", s["agency"], category, severity, s["lon"], s["lat"], at,
                         delay_s, text, truth, truth_alt, sensor_id=sid, level=level, gateway=gateway, **kw)

    def status(self, sid, state, at, delay_s, truth, reason=None, text=None, truth_alt=_MISSING,
               gateway=None, **kw):
        s = SENSORS[sid]
        if text is None:
            text = "%s %s" % (s["name"], "離線" if state == "offline" else "恢復連線")
        return self._add("S", "event", "status", s["agency"], state, "Unknown", s["lon"], s["lat"], at,
                         delay_s, text, truth, truth_alt, sensor_id=sid, reason=reason, gateway=gateway, **kw)

    def dev(self, feed, sid, category, at, delay_s, truth, text, confidence=None, truth_alt=_MISSING, **kw):
        s = SENSORS[sid]
        agency = s["agency"]
        return self._add(feed[:2].upper(), "event", feed, agency, category, "Unknown", s["lon"], s["lat"],
                         at, delay_s, text, truth, truth_alt, sensor_id=sid, confidence=confidence, **kw)

    def police(self, category, severity, pt, at, delay_s, text, truth, truth_alt=_MISSING, follows=None, **kw):
        return self._add("PD", "event", "incident", "police", category, severity, pt[0], pt[1], at, delay_s,
                         text, truth, truth_alt, follows=follows, **kw)

    def c1999(self, category, pt, at, delay_s, text, truth, truth_alt=_MISSING, follows=None, **kw):
        return self._add("C", "event", "1999", "citizen", category, "Unknown", pt[0], pt[1], at, delay_s,
                         text, truth, truth_alt, follows=follows, **kw)

    def e119(self, category, pt, at, delay_s, text, truth, status=None, truth_alt=_MISSING, follows=None, **kw):
        return self._add("F", "event", "119", "fire", category, "Unknown", pt[0], pt[1], at, delay_s,
                         text, truth, truth_alt, status=status, follows=follows, **kw)

    def permit(self, category, pt, start, end, arrival_at, text, truth, radius_m=None, permit_status=None,
               follows=None, truth_alt=_MISSING):
        st = self._when(start)
        return self._add("PE", "event", "planned_event", "police", category, "Unknown", pt[0], pt[1], st, 0,
                         text, truth, truth_alt, arrival_at=arrival_at, ends=iso(self._when(end)),
                         radius_m=radius_m, permit_status=permit_status, follows=follows)

    def dup(self, key, extra_s):
        src = next(i for i in self.items if i["key"] == key)
        d = dict(src)
        arr = datetime.strptime(src["arrival"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        d["arrival"] = iso(arr + timedelta(seconds=extra_s))
        self.items.append(d)
        return key

    def first(self, label, alt=False):
        """Key of the first-arriving item of a label (under the alternative reading if alt)."""
        for it in self._sorted():
            lab = it.get("truth_alt", it["truth"]) if alt else it["truth"]
            if lab == label:
                return it["key"]
        raise KeyError(label)

    def incident(self, label, typ, description, sufficient):
        self.incidents.append({"label": label, "type": typ, "description": description,
                               "sufficient_evidence_key": sufficient})

    def alternative(self, why, extra_incidents=(), sufficient_override=None):
        self.alt = {"why": why, "extra": list(extra_incidents), "override": dict(sufficient_override or {})}

    # ---------- background ----------
    def background_1999(self, count, t0, t1, area, texts=None):
        """Unrelated 1999 calls of a storm day (truth null)."""
        pool = texts or BACKGROUND_1999
        a, b = self._when(t0), self._when(t1)
        span = int((b - a).total_seconds())
        for _ in range(count):
            cat, txt = self.rng.choice(pool)
            at = a + timedelta(seconds=self.rng.randrange(0, max(span, 1)))
            pt = off(area, self.rng.uniform(-900, 900), self.rng.uniform(-900, 900))
            self.c1999(cat, pt, at, self.rng.randrange(60, 900), txt, None)

    def rain(self, sid, at, level, delay_s=60, **kw):
        return self.alert(sid, "heavy_rain", at, delay_s, None, level=level, **kw)

    # ---------- output ----------
    def _sorted(self):
        return sorted(self.items, key=lambda i: i["arrival"])  # stable: ties keep creation order

    def alt_truth(self):
        if self.alt is None:
            return None
        labels = []
        items = self._sorted()
        seen = set()
        for it in items:
            lab = it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"]
            if lab is not None and lab not in seen:
                seen.add(lab)
                labels.append(lab)
        base = {i["label"]: i for i in self.incidents}
        extra = {i["label"]: i for i in self.alt["extra"]}
        out = []
        for lab in labels:
            inc = dict(extra.get(lab) or base[lab])
            if inc.get("sufficient_evidence_key") is None:
                inc["sufficient_evidence_key"] = self.first(lab, alt=True)
            if lab in self.alt["override"]:
                inc["sufficient_evidence_key"] = self.alt["override"][lab]
            out.append(inc)
        return {"why": self.alt["why"], "incidents": out}

    def write(self):
        items = self._sorted()
        with open(os.path.join(OUT, self.name + ".jsonl"), "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False, sort_keys=False) + "\n")
        truth = {"situation": self.name,
                 "description": "%s — %s" % (self.title, self.story),
                 "incidents": self.incidents}
        alt = self.alt_truth()
        if alt:
            truth["alternative_reading"] = alt
        truth["notes"] = self.labelling
        with open(os.path.join(OUT, self.name + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return len(items)


BACKGROUND_1999 = [
    ("other", "請問明天台中市有沒有停班停課？"),
    ("other", "颱風天垃圾車今天晚上還會來收嗎？"),
    ("環境清潔", "路邊垃圾桶被風吹倒，垃圾散一地，雨停後請派人清理"),
    ("動物救援", "巷子裡有一隻狗被綁在外面淋雨，很可憐，請動保處來看"),
    ("streetlight", "巷口一盞路燈一閃一閃的，燈號牌上寫XT-0"),
    ("noise", "隔壁工地鐵皮被風吹得一直碰碰響，吵到睡不著"),
    ("other", "想問防颱沙包在哪裡可以領？"),
    ("公園路樹", "行道樹樹枝斷了一小截掛在樹上，還沒掉下來，雨停後請修剪"),
    ("illegal_parking", "有人把車停在騎樓下躲颱風，擋到機車出入"),
    ("other", "颱風假期間市立圖書館有沒有開？"),
    ("環境公害", "雨水溝有臭味，不是很嚴重，有空再來看"),
    ("other", "家裡陽台窗戶漏水，請問市府有補助嗎？"),
]
