"""Tiny helpers used by build.py to write the hand-authored situations.
The truth labels are authored by hand in build.py; nothing here decides them."""
import json, datetime as dt, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SENSORS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "geo", "data", "sensors.geojson")
TZ = dt.timezone(dt.timedelta(hours=8))
_S = json.load(open(SENSORS_PATH, encoding="utf-8"))
SENSORS = {f["properties"]["sensor_id"]: f for f in _S["features"]}
MISSING = object()

FEED_AGENCY = {"fire_alarm": None, "signal": "traffic", "parking": "traffic", "incident": "police",
               "cctv": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
DEFAULT_DELAY = {"rule": 40, "fire_alarm": 4, "signal": 9, "parking": 65, "incident": 35, "cctv": 6,
                 "1999": 25, "status": 3, "119": 20, "planned_event": 0}
RULE_SEV = {("flood_depth", "1-15"): "Minor", ("flood_depth", "16-30"): "Moderate", ("flood_depth", ">30"): "Severe",
            ("water_level", "3"): "Minor", ("water_level", "2"): "Moderate", ("water_level", "1"): "Severe",
            ("heavy_rain", "大雨"): "Moderate", ("heavy_rain", "豪雨"): "Severe",
            ("heavy_rain", "大豪雨"): "Extreme", ("heavy_rain", "超大豪雨"): "Extreme"}


def utc(local):
    d = dt.datetime.strptime(local, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)
    return d.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Sit:
    def __init__(self, num, short, date, situation, description):
        self.num, self.short, self.date = num, short, date
        self.situation, self.description = situation, description
        self.items, self.incidents, self.alt, self.notes = [], [], None, None

    def _t(self, t):
        if len(t) <= 8:
            t = f"{self.date} {t}" + (":00" if len(t) == 5 else "")
        return t

    def add(self, key, feed, category, obs, arr=None, *, pos=None, sensor=None, text, truth,
            alt=MISSING, sev=None, level=None, follows=None, ends=None, conf=None):
        obs_l = self._t(obs)
        if arr is None:
            arr = DEFAULT_DELAY[feed]
        if isinstance(arr, int):
            a = dt.datetime.strptime(obs_l, "%Y-%m-%d %H:%M:%S") + dt.timedelta(seconds=arr)
            arr_l = a.strftime("%Y-%m-%d %H:%M:%S")
        else:
            arr_l = self._t(arr)
        key = f"{self.num}-{key}"
        it = {"key": key, "kind": "alert" if feed == "rule" else "event", "feed": feed}
        if feed in SENSOR_FEEDS:
            f = SENSORS[sensor]
            agency = f["properties"]["agency"] if feed in ("rule", "status", "fire_alarm") else FEED_AGENCY[feed]
            lon, lat = f["geometry"]["coordinates"]
            if feed == "cctv" and pos:
                lon, lat = pos
        else:
            agency = FEED_AGENCY[feed]
            lon, lat = pos
        if sev is None:
            sev = RULE_SEV.get((category, level), "Minor") if feed == "rule" else "Unknown"
        it.update({"agency": agency, "category": category, "severity": sev, "lon": lon, "lat": lat,
                   "observed": utc(obs_l), "arrival": utc(arr_l)})
        if sensor:
            it["sensor_id"] = sensor
        it["text"] = text
        if conf is not None:
            it["confidence"] = conf
        if level is not None:
            it["level"] = level
        if follows:
            it["follows"] = f"{self.num}-{follows}"
        if ends:
            it["ends"] = utc(self._t(ends))
        it["truth"] = truth
        if alt is not MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def dup(self, key, arr):
        src = next(i for i in self.items if i["key"] == f"{self.num}-{key}")
        d = dict(src)
        d["arrival"] = utc(self._t(arr))
        self.items.append(d)

    def inc(self, label, type_, description, sufficient):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": f"{self.num}-{sufficient}"})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": [
            {"label": l, "type": t, "description": d, "sufficient_evidence_key": f"{self.num}-{s}"}
            for (l, t, d, s) in incidents]}

    def write(self):
        items = sorted(self.items, key=lambda i: i["arrival"])  # stable: authoring order breaks ties
        base = os.path.join(HERE, f"{self.num}_{self.short}")
        with open(base + ".jsonl", "w", encoding="utf-8") as fh:
            for i in items:
                fh.write(json.dumps(i, ensure_ascii=False) + "\n")
        truth = {"situation": self.situation, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = self.notes
        with open(base + ".truth.json", "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return base
