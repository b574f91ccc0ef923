"""Shared helpers for situations 1911-1922 (typhoon night over 水湳).
Each situation is built from small "recipes" (a flood at one place, a tree down,
a crash, a power cut ...); every item gets its truth label from the recipe that made it."""
import json, math, os, random, datetime as dt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

SENS = {f["properties"]["sensor_id"]: f for f in json.load(open(os.path.join(GEO, "sensors.geojson")))["features"]}
ROADS = {f["properties"]["road_id"]: f["geometry"]["coordinates"] for f in json.load(open(os.path.join(GEO, "roads.geojson")))["features"]}

DAY = dt.datetime(2016, 9, 27, 0, 0, 0)  # local date of the typhoon night (UTC+8)
FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}
WL_ZH = {"3": "三級警戒", "2": "二級警戒", "1": "一級警戒"}


def spos(sid):
    c = SENS[sid]["geometry"]["coordinates"]
    return c[0], c[1]


def sname(sid):
    return SENS[sid]["properties"]["name"]


def sagency(sid):
    return SENS[sid]["properties"]["agency"]


def road_pt(rid, frac):
    """point at fraction frac (0..1) of the road's length (planar in degrees: fine at this scale)"""
    pts = ROADS[rid]
    segs = [math.dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1)]
    d = frac * sum(segs)
    for i, s in enumerate(segs):
        if d <= s or i == len(segs) - 1:
            f = min(1.0, d / s) if s else 0
            return (pts[i][0] + f * (pts[i + 1][0] - pts[i][0]), pts[i][1] + f * (pts[i + 1][1] - pts[i][1]))
        d -= s


def offset(p, dist_m, bearing_deg):
    lon, lat = p
    dy = dist_m * math.cos(math.radians(bearing_deg)) / 110574.0
    dx = dist_m * math.sin(math.radians(bearing_deg)) / (111320.0 * math.cos(math.radians(lat)))
    return (lon + dx, lat + dy)


def meters(a, b):
    dy = (a[1] - b[1]) * 110574.0
    dx = (a[0] - b[0]) * 111320.0 * math.cos(math.radians(a[1]))
    return math.hypot(dx, dy)


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, name, start_local_h, start_local_m, minutes, description):
        self.num, self.name, self.description = num, name, description
        self.rng = random.Random(num * 7919)
        self.t0 = DAY + dt.timedelta(hours=start_local_h, minutes=start_local_m) - dt.timedelta(hours=8)
        self.minutes = minutes
        self.items, self.incidents, self.alt_extra, self.notes = [], [], [], []
        self.alt_why = None
        self.n = 0
        self.case_no = (num - 1900) * 1000

    # ---- time
    def T(self, m):
        return self.t0 + dt.timedelta(seconds=round(m * 60))

    def key(self, tag):
        self.n += 1
        return f"o{self.num}-{self.n:03d}-{tag}"

    def case_key(self):
        self.case_no += self.rng.randint(1, 9)
        return f"1999-1050927-{self.case_no:05d}"

    def add(self, feed, agency, category, severity, pos, m, truth, text, delay_s=None, sensor_id=None, alt="same",
            skew_s=0, key=None, dup=0, **extra):
        rng = self.rng
        if delay_s is None:
            delay_s = {"rule": (5, 40), "status": (2, 30), "fire_alarm": (1, 15), "signal": (3, 40), "parking": (20, 120),
                       "cctv": (2, 20), "incident": (60, 420), "1999": (90, 400), "119": (20, 180),
                       "planned_event": (3600, 20000)}[feed]
            delay_s = rng.randint(*delay_s)
        obs = self.T(m)
        arr = obs + dt.timedelta(seconds=delay_s)
        obs = obs + dt.timedelta(seconds=skew_s)
        if key is None:
            key = self.key({"rule": "al", "fire_alarm": "fa", "signal": "sg", "parking": "pk", "incident": "po", "cctv": "cv",
                            "1999": "cz", "status": "st", "119": "fd", "planned_event": "pe"}[feed])
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed, "agency": agency,
              "category": category, "severity": severity, "lon": round(pos[0], 6), "lat": round(pos[1], 6),
              "observed": iso(obs), "arrival": iso(arr)}
        if sensor_id:
            it["sensor_id"] = sensor_id
        it["text"] = text
        for k, v in extra.items():
            if v is not None:
                it[k] = v
        it["truth"] = truth
        if alt != "same":
            it["truth_alt"] = alt
        self.items.append(it)
        for i in range(dup):
            d = dict(it)
            d["arrival"] = iso(arr + dt.timedelta(seconds=rng.randint(1, 240)))
            self.items.append(d)
        return key

    def incident(self, label, typ, desc, suff):
        self.incidents.append({"label": label, "type": typ, "description": desc, "sufficient_evidence_key": suff})

    def scatter(self, p, rmin, rmax):
        return offset(p, self.rng.uniform(rmin, rmax), self.rng.uniform(0, 360))

    # ---- feed shorthands
    def rule(self, sid, cat, sev, m, truth, text, level=None, **kw):
        return self.add("rule", sagency(sid), cat, sev, spos(sid), m, truth, text, sensor_id=sid, level=level, **kw)

    def flood_alert(self, sid, band, cm, m, truth, **kw):
        lab = {"1-15": "注意", "16-30": "警戒", ">30": "危險"}[band]
        return self.rule(sid, "flood_depth", FLOOD_SEV[band], m, truth,
                         f"{sname(sid)} 淹水深度 {cm} 公分（{band} cm，{lab}）", level=band, **kw)

    def wl_alert(self, sid, lvl, val, m, truth, **kw):
        return self.rule(sid, "water_level", WL_SEV[lvl], m, truth,
                         f"{sname(sid)} 水位 {val:.2f} 公尺，達{WL_ZH[lvl]}水位", level=lvl, **kw)

    def rain_alert(self, sid, cls, mm, m, truth=None, **kw):
        return self.rule(sid, "heavy_rain", RAIN_SEV[cls], m, truth, f"{sname(sid)} 時雨量 {mm} 毫米，達{cls}標準", level=cls, **kw)

    def congestion(self, sid, kmh, m, truth, **kw):
        return self.rule(sid, "congestion", "Moderate" if kmh < 15 else "Minor", m, truth,
                         f"{sname(sid)} 平均車速降至 {kmh} km/h，車流壅塞", **kw)

    def offline_alert(self, sid, m, truth, why="逾時未回傳資料", **kw):
        return self.rule(sid, "sensor_offline", "Minor", m, truth, f"{sname(sid)} 設備離線（{why}）", **kw)

    def cleared(self, sid, m, truth, text, **kw):
        return self.rule(sid, "cleared", "Minor", m, truth, text, **kw)

    def status(self, sid, state, m, truth, reason=None, text=None, **kw):
        if text is None:
            text = {"offline": {"mains_power_lost": "市電中斷，設備離線", "comms_lost": "通訊中斷，設備離線",
                                "device_fault": "設備故障，設備離線", "battery_low": "電池電量低，設備離線",
                                None: "設備離線（連線中斷，未留原因）"}[reason], "online": "設備恢復連線"}[state]
        return self.add("status", sagency(sid), state, "Unknown", spos(sid), m, truth, f"{sname(sid)} {text}",
                        sensor_id=sid, reason=reason, **kw)

    def panel(self, sid, state, m, truth, text, **kw):
        return self.add("fire_alarm", "disaster", state, "Unknown", spos(sid), m, truth, f"{sname(sid)} {text}", sensor_id=sid, **kw)

    def signal(self, sid, state, m, truth, text, **kw):
        return self.add("signal", "traffic", state, "Unknown", spos(sid), m, truth, f"{sname(sid)} {text}", sensor_id=sid, **kw)

    def parking(self, sid, state, m, truth, text, **kw):
        return self.add("parking", "traffic", state, "Unknown", spos(sid), m, truth, f"{sname(sid)} {text}", sensor_id=sid, **kw)

    def cctv(self, sid, ev, conf, m, truth, text, **kw):
        return self.add("cctv", sagency(sid), ev, "Unknown", spos(sid), m, truth, f"{sname(sid)} {text}", sensor_id=sid,
                        confidence=conf, **kw)

    def police(self, cat, sev, pos, m, truth, text, **kw):
        return self.add("incident", "police", cat, sev, pos, m, truth, text, **kw)

    def citizen(self, cat, pos, m, truth, text, **kw):
        return self.add("1999", "citizen", cat, "Unknown", pos, m, truth, text, key=kw.pop("key", None) or self.case_key(), **kw)

    def fire(self, cat, pos, m, truth, text, status=None, **kw):
        return self.add("119", "fire", cat, "Unknown", pos, m, truth, text, status=status, **kw)

    # ---- output
    def write(self):
        items = sorted(self.items, key=lambda i: (i["arrival"], i["observed"], i["key"]))
        base = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(base + ".jsonl", "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": self.description, "incidents": self.incidents}
        alt_labels = {}
        for it in items:
            a = it.get("truth_alt", it["truth"])
            if a is not None:
                alt_labels.setdefault(a, set()).add(it["truth"])
        if any("truth_alt" in it for it in items):
            arrival = {}
            for it in items:
                arrival.setdefault(it["key"], it["arrival"])
            by = {i["label"]: i for i in self.incidents}
            extra = {i["label"]: i for i in self.alt_extra}
            alts = []
            for inc in self.incidents + self.alt_extra:
                lab = inc["label"]
                if lab not in alt_labels or (lab in extra and lab in by):
                    continue
                if lab in extra:
                    alts.append(extra[lab]); continue
                # merged: the earliest sufficient key among what now carries this label
                cands = [by[o]["sufficient_evidence_key"] for o in alt_labels[lab] if o in by]
                cands = [k for k in cands if next(x for x in items if x["key"] == k).get("truth_alt", next(x for x in items if x["key"] == k)["truth"]) == lab]
                suff = min(cands, key=lambda k: arrival[k]) if cands else next(x["key"] for x in items if x.get("truth_alt", x["truth"]) == lab)
                alts.append(dict(inc, sufficient_evidence_key=suff))
            truth["alternative_reading"] = {"why": self.alt_why, "incidents": alts}
        if self.notes:
            truth["notes"] = " ".join(self.notes)
        with open(base + ".truth.json", "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")


# ---------------------------------------------------------------- texts
def pick(s, xs):
    return s.rng.choice(xs)


FLOOD_CALL = ["{p}積水很深，機車都騎不過去了", "{p}淹水了，水已經到輪胎一半", "{p}路面整片積水，排水孔在倒灌",
              "{p}淹到人行道上，請趕快派人來抽水", "我在{p}附近，對面那段路整個淹起來了", "{p}水一直漲，快淹到店門口",
              "{p}積水約到小腿，有車在水裡熄火", "從我家樓上看下去{p}整片都是水", "{p}那邊淹水，汽車開過去水花很大"]
FLOOD_AGAIN = ["又是我，{p}的水還沒退，剛剛打過了怎麼還沒人來", "第三次打來了，{p}積水越來越深", "再次反映{p}淹水，已經淹進一樓騎樓",
               "剛才通報的{p}淹水，現在更嚴重了，請加派人手"]
TREE_CALL = ["{p}路樹被風吹倒，擋住兩個車道", "{p}有一棵大樹倒在路中間", "{p}行道樹倒了壓到路邊機車", "{p}樹倒下來橫在馬路上，車子要繞道",
             "颱風把{p}的樹吹斷了，樹枝散落整條路"]
CRASH_CALL = ["{p}發生車禍，兩台車撞在一起", "{p}有車打滑撞到分隔島", "{p}車禍，好像有人受傷", "{p}下大雨視線不好，兩台車追撞"]
SIGNAL_CALL = ["{p}紅綠燈不亮，車子亂開很危險", "{p}號誌全黑，路口很亂", "{p}紅綠燈故障，一直閃黃燈", "{p}紅綠燈都沒亮，麻煩派警察指揮"]
POWER_CALL = ["{p}這一帶停電了，整排路燈都不亮", "我們家停電，{p}附近整區一片黑", "{p}整條路燈全暗，家裡也跳電", "{p}附近停電快一個小時了"]


# ---------------------------------------------------------------- recipes
def flood(s, label, place, center, m0, m1, sensor=None, bands=(), callers=3, repeats=0, cctv=None, police=True,
          closure=False, vd=None, cleared_at=None, spread=(20, 300), alt="same", desc=None, suff=None, evac=None):
    """water on a road at one place: sensor bands, callers scattered round it (one calling back), police, closure"""
    keys = {"sensor": [], "calls": []}
    for (m, band, cm) in bands:
        keys["sensor"].append(s.flood_alert(sensor, band, cm, m, label, alt=alt))
    span = max(1, m1 - m0)
    first_call = None
    for i in range(callers):
        m = m0 + 3 + s.rng.uniform(0, span - 6) if span > 8 else m0 + i
        k = s.citizen("flooding", s.scatter(center, *spread), m, label, pick(s, FLOOD_CALL).format(p=place), alt=alt)
        keys["calls"].append((m, k))
    keys["calls"].sort()
    if keys["calls"] and repeats:
        m, k = keys["calls"][0]
        p = s.scatter(center, 100, 400)  # the same caller, from home
        for r in range(repeats):
            m = min(m1 - 1, m + s.rng.uniform(8, 20))
            if r % 2 == 0:
                s.citizen("flooding", p, m, label, pick(s, FLOOD_AGAIN).format(p=place), alt=alt)
            else:
                s.citizen("flooding", p, m, label, f"民眾再次來電催辦：{place}仍淹水未處理", follows=k, key=f"{k}-u{r}", alt=alt)
    if cctv:
        keys["cctv"] = s.cctv(cctv, "flooding", round(s.rng.uniform(0.62, 0.91), 2), m0 + 4, label,
                              "影像分析：路面積水範圍擴大", alt=alt)
    if police:
        keys["police"] = s.police("flooding_report", "Moderate", s.scatter(center, 0, 40), m0 + span * 0.4, label,
                                  f"巡邏員警回報：{place}積水約 30 公分，車輛涉水緩行", alt=alt)
        if closure:
            keys["closure"] = s.police("road_closure", "Severe", s.scatter(center, 0, 30), m0 + span * 0.55, label,
                                       f"{place}積水過深，即起封閉管制，車輛改道", follows=keys["police"], alt=alt)
    if vd:
        s.congestion(vd, s.rng.randint(8, 18), m0 + span * 0.5, label, alt=alt)
    if evac:
        s.police("evacuation", "Moderate", s.scatter(center, 0, 60), m0 + span * 0.7, label, evac, alt=alt)
    if cleared_at is not None and sensor:
        s.cleared(sensor, cleared_at, label, f"{sname(sensor)} 淹水深度低於 1 公分，警戒解除", alt=alt)
    if suff is None:
        cands = [k for k in keys["sensor"]] or [keys["calls"][min(1, len(keys["calls"]) - 1)][1]]
        suff = cands[0]
        if len(keys["sensor"]) > 1 and bands[0][1] == "1-15":
            suff = keys["sensor"][1]
    if alt == "same" or alt == label:
        pass
    s.incident(label, "flood", desc or f"{place}積淹水", suff)
    return keys


def tree(s, label, place, pos, m0, callers=2, police=True, cctv=None, vd=None, fell_on=None, alt="same", desc=None,
         crew_text=None):
    keys = {}
    ks = []
    for i in range(callers):
        ks.append(s.citizen("fallen_tree", s.scatter(pos, 10, 250), m0 + 2 + i * s.rng.uniform(2, 7), label,
                            pick(s, TREE_CALL).format(p=place) + (f"，{fell_on}" if fell_on and i == 0 else ""), alt=alt))
    if cctv:
        keys["cctv"] = s.cctv(cctv, "fallen_object", round(s.rng.uniform(0.55, 0.88), 2), m0 + 1, label, "影像分析：車道上有大型障礙物", alt=alt)
    if police:
        keys["police"] = s.police("fallen_object", "Moderate", s.scatter(pos, 0, 30), m0 + 9, label,
                                  f"{place}路樹倒塌占用車道，現場擺放三角錐警示，請養工處派員清除", alt=alt)
    if vd:
        s.congestion(vd, s.rng.randint(6, 16), m0 + 6, label, alt=alt)
    if crew_text:
        s.police("road_reopened", "Minor", s.scatter(pos, 0, 30), m0 + 40, label, crew_text, follows=keys.get("police"), alt=alt)
    suff = keys.get("police") or keys.get("cctv") or ks[0]
    if callers >= 2 and not cctv:
        suff = ks[0]  # a caller naming a tree across the road is enough to send a crew
    s.incident(label, "traffic", desc or f"{place}路樹倒塌阻礙交通", suff)
    return keys


def crash(s, label, place, pos, m0, injury=True, callers=2, cctv=None, vd=None, ambulance=True, alt="same", desc=None,
          trapped=False):
    keys = {}
    cat = "injury_accident" if injury else "accident"
    keys["police"] = s.police(cat, "Severe" if injury else "Moderate", s.scatter(pos, 0, 20), m0 + 5, label,
                              f"{place}{'A2類' if injury else 'A3類'}交通事故，雨天路滑{'，一人受傷' if injury else '，無人受傷，車損'}", alt=alt)
    for i in range(callers):
        s.citizen("traffic_accident", s.scatter(pos, 20, 200), m0 + 1 + i * s.rng.uniform(1, 4), label,
                  pick(s, CRASH_CALL).format(p=place), alt=alt)
    if cctv:
        keys["cctv"] = s.cctv(cctv, "accident", round(s.rng.uniform(0.6, 0.9), 2), m0, label, "影像分析：疑似車輛碰撞", alt=alt)
        s.cctv(cctv, "stalled_vehicle", round(s.rng.uniform(0.7, 0.95), 2), m0 + 3, label, "影像分析：車輛停滯於車道", alt=alt)
    if vd:
        s.congestion(vd, s.rng.randint(5, 14), m0 + 8, label, alt=alt)
    if injury and ambulance:
        cat119 = "rescue" if trapped else "ambulance"
        t = "車禍，駕駛受困車內，破壞器材救出" if trapped else "車禍一人受傷，頭部擦傷意識清楚"
        k = s.fire(cat119, s.scatter(pos, 0, 20), m0 + 3, label, f"{place}{t}", alt=alt)
        s.fire(cat119, s.scatter(pos, 0, 20), m0 + 14, label, f"{place}救護車到達現場", status="on_scene", follows=k, alt=alt)
        s.fire(cat119, s.scatter(pos, 0, 20), m0 + 31, label, "傷者送往中國醫藥大學附設醫院", status="returning", follows=k, alt=alt)
        keys["119"] = k
    suff = keys.get("cctv") or keys["police"]
    s.incident(label, "traffic", desc or f"{place}雨天車禍", suff)
    return keys
