"""Helpers for the earthquake situations 911..922 (Shuinan smart operations center).

Standard library only. Every generator is seeded: the output is byte-stable.

Times are written in local time (UTC+8) in the generators and stored in UTC.
The day is Wednesday 2026-04-15; the main shock is at 14:20:02 local.
"""
import copy
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.normpath(os.path.join(HERE, ".."))


def _load(name):
    with open(os.path.join(GEO, name), encoding="utf-8") as f:
        return json.load(f)


SENSORS = {}
for _f in _load("sensors.geojson")["features"]:
    _p = _f["properties"]
    _lon, _lat = _f["geometry"]["coordinates"][:2]
    SENSORS[_p["sensor_id"]] = dict(_p, lon=_lon, lat=_lat)

ROADS = {f["properties"]["road_id"]: f["geometry"]["coordinates"]
         for f in _load("roads.geojson")["features"]}

DAY = dt.date(2026, 4, 15)
TZ = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc

# the earthquake sequence of the set (local time), shared by all twelve situations
MAIN_SHOCK = "14:20:02"     # M6.3, 南投縣 depth 12 km, 臺中市 震度5強
AFTERSHOCKS = ["14:27:15", "15:07:30", "17:42:10", "19:55:40"]   # M4.8 (4級), M5.1 (4級), M5.6 (5弱), M4.5 (3級)

NOALT = object()          # marker: the item has no truth_alt (same label under both readings)

KIND_FEED_AGENCY = {
    "fire_alarm": "disaster", "signal": "traffic", "parking": "traffic", "cctv": "police",
    "incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police",
}


def L(s, day=None):
    """'HH:MM[:SS]' local time of the day (or of `day`) -> aware datetime."""
    parts = [int(x) for x in s.split(":")]
    while len(parts) < 3:
        parts.append(0)
    d = day or DAY
    return dt.datetime(d.year, d.month, d.day, parts[0], parts[1], parts[2], tzinfo=TZ)


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def P(sensor_id):
    s = SENSORS[sensor_id]
    return (s["lon"], s["lat"])


def off(pt, dx_m, dy_m):
    """Point moved dx_m east and dy_m north."""
    lon, lat = pt
    return (lon + dx_m / (111320.0 * math.cos(math.radians(lat))), lat + dy_m / 110574.0)


def dist_m(a, b):
    dx = (a[0] - b[0]) * 111320.0 * math.cos(math.radians((a[1] + b[1]) / 2))
    dy = (a[1] - b[1]) * 110574.0
    return math.hypot(dx, dy)


def road_at_lat(road_id, lat):
    """Point of a road line at a given latitude (first segment that spans it)."""
    c = ROADS[road_id]
    for (x1, y1), (x2, y2) in zip(c, c[1:]):
        if min(y1, y2) <= lat <= max(y1, y2) and y1 != y2:
            t = (lat - y1) / (y2 - y1)
            return (x1 + t * (x2 - x1), lat)
    raise ValueError("%s does not span lat %s" % (road_id, lat))


def road_at_lon(road_id, lon):
    c = ROADS[road_id]
    for (x1, y1), (x2, y2) in zip(c, c[1:]):
        if min(x1, x2) <= lon <= max(x1, x2) and x1 != x2:
            t = (lon - x1) / (x2 - x1)
            return (lon, y1 + t * (y2 - y1))
    raise ValueError("%s does not span lon %s" % (road_id, lon))


# ---------------------------------------------------------------------------
# noise pools: 1999 calls a shift really gets after a strong earthquake that
# are no job of the center (questions, fears, private repairs, other agencies)
GENERIC_1999 = [
    ("other", "民眾詢問剛剛是不是地震、臺中震度幾級，已告知依中央氣象署地震報告為準。"),
    ("other", "民眾表示剛剛搖得很厲害，家中櫃子物品掉落，無人受傷，詢問是否需要到戶外避難，已說明震後注意事項。"),
    ("other", "民眾詢問明天是否停班停課，已告知以市府正式公告為準。"),
    ("other", "民眾反映手機沒有收到地震速報，質疑系統異常，已記錄轉消防局。"),
    ("other", "民眾詢問小孩學校是否提早放學、家長要不要去接，已請其直接聯繫學校。"),
    ("other", "民眾表示家中客廳牆面出現細微裂縫，詢問如何申請房屋安全檢查，已告知都發局震後建物安全評估受理方式。"),
    ("other", "民眾詢問附近哪裡有避難收容處所，已告知區公所公告之收容處所。"),
    ("other", "民眾詢問市區公車是否正常行駛，已告知可查詢公車動態系統。"),
    ("other", "民眾表示家中神明桌佛像摔落損壞，詢問有無補助，已告知目前無相關補助。"),
    ("other", "民眾表示很害怕，擔心還會有更大的地震，已安撫並說明餘震避難要領。"),
    ("other", "民眾詢問地震後家裡瓦斯要不要先關，已告知關閉瓦斯總開關，確認無異味再使用。"),
    ("other", "民眾反映家中磁磚地板膨起爆裂，無人受傷，詢問由誰處理，已告知屬私人修繕。"),
    ("other", "民眾抱怨1999一直占線，打了二十分鐘才接通。"),
    ("other", "民眾表示住在南投的家人電話都打不通，詢問可否協助聯繫，已告知南投縣災害應變中心電話。"),
    ("other", "民眾詢問公司要求地震後繼續上班是否合法，已告知洽勞工局。"),
    ("other", "民眾詢問房屋受損可否申請災害救助金，已告知俟市府公告。"),
    ("other", "民眾表示剛剛在開車，車子一直晃以為爆胎，詢問是不是地震。"),
    ("other", "民眾表示家中長輩受到驚嚇頭暈，詢問要去哪間醫院，已建議如有急症撥打119。"),
    ("other", "民眾詢問大樓管委會說要等技師檢查才能回家，要等多久。"),
    ("other", "民眾詢問明天預約的監理站業務是否照常辦理。"),
    ("other", "民眾來電表示剛剛地震好大，想確認市府有沒有在處理，無具體案件。"),
    ("other", "民眾詢問家裡熱水器歪掉了能不能繼續用，已建議關閉瓦斯請業者檢修。"),
    ("other", "民眾詢問新聞說的震央在哪裡、規模多少。"),
    ("other", "民眾詢問手機訊號很差是不是基地台壞了，已告知震後通話量大，建議以簡訊或通訊軟體聯繫。"),
    ("other", "民眾詢問地震保險理賠流程，已告知洽保險公司。"),
    ("other", "民眾詢問長照居服員今天下午是否照常到府。"),
    ("other", "民眾詢問捷運綠線是否停駛，已告知洽臺中捷運公司。"),
    ("other", "民眾表示屋頂水塔晃動後漏水，詢問可否派人處理，已告知屬私人設施請洽水電業者。"),
    ("other", "民眾表示家中魚缸震破滿地是水，情緒激動，已安撫。"),
    ("other", "民眾詢問今天下午醫院門診是否照常。"),
    ("other", "民眾詢問傍晚垃圾車是否照常收運。"),
    ("other", "外縣市民眾來電詢問臺中災情，擔心在水湳上班的女兒，已告知目前無重大災情通報。"),
    ("動物救援", "民眾反映家中貓咪地震時受驚跑出家門不見，詢問可否協尋，已告知動保處協尋管道。"),
    ("動物救援", "民眾反映路旁有一隻狗受驚四處亂竄，擔心被車撞。"),
    ("環境清潔", "民眾反映騎樓地上有地震震落的碎玻璃，請清潔隊清理。"),
    ("road_damage", "民眾反映住家前人行道地磚翹起，行走要小心，請派員修補。"),
    ("other", "民眾詢問地震後可不可以繼續搭電梯，已告知應待管理單位檢查後再使用。"),
    ("other", "民眾反映家中天花板輕鋼架掉了幾片，無人受傷，詢問找誰修理。"),
    ("other", "民眾表示正在戶外空地避難，詢問什麼時候可以回家。"),
    ("other", "民眾詢問學校操場可不可以讓民眾進去避難。"),
    ("other", "民眾詢問自家頂樓加蓋出現裂縫，會不會被拆除。"),
    ("other", "民眾詢問地震後自來水是否可以直接飲用。"),
    ("other", "民眾表示剛搬來臺中，第一次遇到這麼大的地震，詢問家裡要準備什麼防災物品。"),
    ("other", "民眾詢問社區大樓的地下室柱子有裂痕要找哪個單位看，已告知都發局受理震後建物安全評估。"),
    ("other", "民眾表示冰箱被震得移位，詢問電線會不會有危險，已建議拔除插頭檢查。"),
    ("other", "民眾詢問今天晚上的區民活動是否取消。"),
    ("other", "民眾反映電視新聞說臺中有房子倒了，詢問是哪裡。"),
    ("other", "民眾詢問地震時在家應該躲哪裡，已說明趴下、掩護、穩住。"),
    ("other", "民眾詢問車子停在地下室會不會有危險，要不要移出來。"),
    ("other", "民眾來電無聲，回撥未接通。"),
]


def daytime_free(pool, also=()):
    """The pool without calls that only make sense in the afternoon (school pick-up, clinics ...)."""
    words = ("下午", "放學", "傍晚", "門診") + tuple(also)
    return [x for x in pool if not any(w in x[1] for w in words)]


class Sit:
    """One situation: items in arrival order and the truth."""

    def __init__(self, num, name, description, notes=None):
        self.num = num
        self.name = name
        self.stem = "%d_%s" % (num, name)
        self.description = description
        self.notes = notes
        self.rng = random.Random(num * 7919 + 17)
        self.items = []
        self.by_key = {}
        self.incidents = []          # main reading
        self.alt_why = None
        self.alt_extra = []          # incidents that exist only under the alternative reading
        self.alt_suff = {}           # label -> sufficient key under the alternative reading
        self.alt_desc = {}           # label -> description under the alternative reading
        self.seq = {}
        self.noise_used = set()

    # ----------------------------------------------------------------- truth
    def inc(self, label, type_, description, sufficient=None):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient})

    def suff(self, label, key):
        for i in self.incidents:
            if i["label"] == label:
                i["sufficient_evidence_key"] = key
                return
        raise KeyError(label)

    def alternative(self, why):
        self.alt_why = why

    def alt_inc(self, label, type_, description, sufficient):
        self.alt_extra.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient})

    # ----------------------------------------------------------------- items
    def _n(self, kind):
        self.seq[kind] = self.seq.get(kind, 0) + 1
        return self.seq[kind]

    def jit(self, pt, r):
        if not r:
            return pt
        a = self.rng.uniform(0, 2 * math.pi)
        d = r * math.sqrt(self.rng.random())
        return off(pt, d * math.cos(a), d * math.sin(a))

    def add(self, key, kind, feed, agency, category, severity, pos, observed, arrival, truth,
            alt=NOALT, sensor_id=None, text=None, confidence=None, level=None, follows=None,
            ends=None):
        if key in self.by_key:
            raise ValueError("duplicate key %s in %s" % (key, self.stem))
        it = {"key": key, "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(pos[0], 6), "lat": round(pos[1], 6),
              "observed": iso(observed), "arrival": iso(arrival)}
        if sensor_id is not None:
            it["sensor_id"] = sensor_id
        if text is not None:
            it["text"] = text
        if confidence is not None:
            it["confidence"] = confidence
        if level is not None:
            it["level"] = level
        if follows is not None:
            it["follows"] = follows
        if ends is not None:
            it["ends"] = iso(ends)
        it["truth"] = truth
        if alt is not NOALT:
            it["truth_alt"] = alt
        self.items.append(it)
        self.by_key[key] = it
        return key

    def dup(self, key, arrival):
        """A duplicated delivery: same key and fields, another arrival."""
        it = copy.deepcopy(self.by_key[key])
        it["arrival"] = iso(L(arrival) if isinstance(arrival, str) else arrival)
        self.items.append(it)
        return key

    def _lag(self, lag, lo, hi):
        return dt.timedelta(seconds=lag if lag is not None else self.rng.randint(lo, hi))

    # 1999 citizen case (createdAt = observed; the operator keys it in, then it is published)
    def c1999(self, when, cat, text, pos, truth, alt=NOALT, r=0, lag=None, follows=None, key=None):
        o = L(when)
        if key is None:
            key = "1999-1150415-%d%03d" % (self.num, self._n("1999"))
        return self.add(key, "event", "1999", "citizen", cat, "Unknown", self.jit(pos, r), o,
                        o + self._lag(lag, 6, 40), truth, alt, text=text, follows=follows)

    def c1999_update(self, when, case, text, truth, alt=NOALT, lag=None, cat=None):
        base = self.by_key[case]
        n = self._n("u" + case)
        o = L(when)
        return self.add("%s-u%d" % (case, n), "event", "1999", "citizen", cat or base["category"],
                        "Unknown", (base["lon"], base["lat"]), o, o + self._lag(lag, 3, 20),
                        truth, alt, text=text, follows=case)

    # police report
    def pol(self, when, cat, sev, text, pos, truth, alt=NOALT, r=0, lag=None, follows=None,
            observed=None):
        o = L(observed or when)
        key = "TCPD-1150415-%d%03d" % (self.num, self._n("pol"))
        a = L(when) + self._lag(lag, 20, 120)
        return self.add(key, "event", "incident", "police", cat, sev, self.jit(pos, r), o, a,
                        truth, alt, text=text, follows=follows)

    # fire bureau 119 dispatch; a status update follows its case
    def f119(self, when, cat, text, pos, truth, alt=NOALT, case=None, status="dispatched",
             lag=None):
        o = L(when)
        if case is None:
            key = "119-1150415-%d%02d" % (self.num, self._n("119"))
            follows = None
        else:
            key = "%s-%s" % (case, status)
            if key in self.by_key:
                key = "%s-%s%d" % (case, status, self._n("s" + case))
            follows = case
            if pos is None:
                pos = (self.by_key[case]["lon"], self.by_key[case]["lat"])
        return self.add(key, "event", "119", "fire", cat, "Unknown", pos, o,
                        o + self._lag(lag, 2, 12), truth, alt, text=text, follows=follows)

    def _sensor(self, prefix, when, sid, feed, kind, category, severity, truth, alt, text,
                lag, lo, hi, skew=0, confidence=None, level=None, agency=None):
        o = L(when)
        a = o + self._lag(lag, lo, hi)
        o = o + dt.timedelta(seconds=skew)
        key = "%s-%s-%s-%s" % (prefix, sid, category, L(when).strftime("%H%M%S"))
        s = SENSORS[sid]
        return self.add(key, kind, feed, agency or s["agency"], category, severity, P(sid), o, a,
                        truth, alt, sensor_id=sid, text=text, confidence=confidence, level=level)

    def panel(self, when, sid, state, text, truth, alt=NOALT, lag=None, skew=0):
        return self._sensor("FA", when, sid, "fire_alarm", "event", state, "Unknown", truth, alt,
                            text, lag, 1, 4, skew=skew)

    def sig(self, when, sid, state, text, truth, alt=NOALT, lag=None):
        return self._sensor("SIG", when, sid, "signal", "event", state, "Unknown", truth, alt,
                            text, lag, 1, 5)

    def park(self, when, sid, text, truth, alt=NOALT, lag=None):
        return self._sensor("PK", when, sid, "parking", "event", "full", "Unknown", truth, alt,
                            text, lag, 5, 30)

    def cctv(self, when, sid, cat, conf, text, truth, alt=NOALT, lag=None):
        return self._sensor("CAM", when, sid, "cctv", "event", cat, "Unknown", truth, alt, text,
                            lag, 2, 6, confidence=conf)

    def stat(self, when, sid, state, text, truth, alt=NOALT, lag=None):
        return self._sensor("ST", when, sid, "status", "event", state, "Unknown", truth, alt,
                            text, lag, 1, 4)

    def rule(self, when, sid, cat, sev, text, truth, alt=NOALT, level=None, lag=None):
        return self._sensor("ALR", when, sid, "rule", "alert", cat, sev, truth, alt, text, lag,
                            20, 60, level=level)

    def permit(self, key, issued, start, end, cat, text, pos, truth, alt=NOALT):
        return self.add(key, "event", "planned_event", "police", cat, "Unknown", pos, start,
                        issued, truth, alt, text=text, ends=end)

    # background 1999 calls, drawn without repetition from the pools
    def noise(self, n, windows, center, radius, pools):
        """n calls; windows: [(start, end, weight)] local times; pools: lists of (cat, text)."""
        cand = [x for pool in pools for x in pool if x[1] not in self.noise_used]
        self.rng.shuffle(cand)
        total = sum(w for _, _, w in windows)
        out = []
        for i in range(n):
            cat, text = cand[i]
            self.noise_used.add(text)
            r = self.rng.uniform(0, total)
            for s, e, w in windows:
                if r <= w:
                    break
                r -= w
            t0, t1 = L(s), L(e)
            t = t0 + dt.timedelta(seconds=self.rng.randint(0, int((t1 - t0).total_seconds())))
            out.append(self.c1999(t.strftime("%H:%M:%S"), cat, text, center, None, r=radius))
        return out

    # ----------------------------------------------------------------- output
    def write(self):
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        items = [it for _, it in items]
        path = os.path.join(OUT, self.stem + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": self.stem, "description": self.description,
                 "incidents": self.incidents}
        if self.alt_why:
            used = set()
            for it in self.items:
                used.add(it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"])
            alt_incs = []
            for i in self.incidents:
                if i["label"] in used:
                    j = dict(i)
                    if i["label"] in self.alt_suff:
                        j["sufficient_evidence_key"] = self.alt_suff[i["label"]]
                    if i["label"] in self.alt_desc:
                        j["description"] = self.alt_desc[i["label"]]
                    alt_incs.append(j)
            alt_incs += self.alt_extra
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": alt_incs}
        if self.notes:
            truth["notes"] = self.notes
        with open(os.path.join(OUT, self.stem + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return len(items)
