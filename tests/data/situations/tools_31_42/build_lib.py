"""Small helper used by build.py to write the hold-out situations.

Only reads geo/data/sensors.geojson (for registered ids and positions).
Times are written in local time (Asia/Taipei, UTC+8) and converted to UTC.
"""
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SENSORS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "geo", "data", "sensors.geojson")

with open(SENSORS_PATH, encoding="utf-8") as fh:
    _reg = json.load(fh)
SENSORS = {}
for _f in _reg["features"]:
    _p = _f["properties"]
    SENSORS[_p["sensor_id"]] = {
        "kind": _p["kind"],
        "agency": _p["agency"],
        "name": _p["name"],
        "lon": _f["geometry"]["coordinates"][0],
        "lat": _f["geometry"]["coordinates"][1],
    }

FEED_AGENCY = {
    "fire_alarm": "disaster",
    "signal": "traffic",
    "parking": "traffic",
    "incident": "police",
    "cctv": "police",
    "1999": "citizen",
    "119": "fire",
}
# default arrival lag (seconds) per feed, when no explicit arrival is given
DEFAULT_LAG = {
    "rule": 8,
    "status": 2,
    "fire_alarm": 3,
    "signal": 4,
    "parking": 20,
    "cctv": 6,
    "1999": 75,
    "incident": 110,
    "119": 35,
    "planned_event": 0,
}
UNKNOWN_SEVERITY_FEEDS = {"fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event"}
_MISSING = object()


class Situation:
    def __init__(self, num, name, date, description):
        self.num = num
        self.name = name
        self.date = dt.date.fromisoformat(date)
        self.description = description
        self.items = []
        self.incidents = []
        self.alt = None
        self.notes = []
        self._n = 0

    # -- time helpers -------------------------------------------------------
    def t(self, hhmmss):
        """local 'HH:MM[:SS]' (HH may be >= 24 for the next day), or 'YYYY-MM-DD HH:MM[:SS]' -> UTC ISO."""
        if " " in hhmmss:
            d, hhmmss = hhmmss.split(" ")
            base = dt.date.fromisoformat(d)
        else:
            base = self.date
        parts = [int(x) for x in hhmmss.split(":")]
        while len(parts) < 3:
            parts.append(0)
        h, m, s = parts
        local = dt.datetime(base.year, base.month, base.day) + dt.timedelta(hours=h, minutes=m, seconds=s)
        utc = local - dt.timedelta(hours=8)
        return utc.strftime("%Y-%m-%dT%H:%M:%SZ")

    @staticmethod
    def _add(iso, seconds):
        d = dt.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ") + dt.timedelta(seconds=seconds)
        return d.strftime("%Y-%m-%dT%H:%M:%SZ")

    # -- item builders --------------------------------------------------------
    def _key(self, feed, extra=""):
        self._n += 1
        tag = {"1999": "c1999", "119": "f119", "incident": "pol"}.get(feed, feed)
        return f"s{self.num}-{tag}-{self._n:03d}" + (f"-{extra}" if extra else "")

    def _item(self, kind, feed, agency, category, severity, lon, lat, observed, arrival, sensor_id=None,
              text=None, confidence=None, level=None, follows=None, ends=None, truth=None, alt=_MISSING, key=None):
        obs = self.t(observed)
        if arrival is None:
            arr = self._add(obs, DEFAULT_LAG[feed])
        elif isinstance(arrival, int):
            arr = self._add(obs, arrival)
        else:
            arr = self.t(arrival)
        it = {
            "key": key or self._key(feed, sensor_id or ""),
            "kind": kind,
            "feed": feed,
            "agency": agency,
            "category": category,
            "severity": severity,
            "lon": lon,
            "lat": lat,
            "observed": obs,
            "arrival": arr,
            "sensor_id": sensor_id,
            "text": text,
            "confidence": confidence,
            "level": level,
            "follows": follows["key"] if isinstance(follows, dict) else follows,
            "ends": ends,
            "truth": truth,
        }
        if alt is not _MISSING:
            it["truth_alt"] = alt
        self.items.append(it)
        return it

    def rule(self, category, sid, observed, severity, text, truth=None, level=None, arrival=None, alt=_MISSING):
        s = SENSORS[sid]
        return self._item("alert", "rule", s["agency"], category, severity, s["lon"], s["lat"], observed, arrival,
                          sensor_id=sid, text=text, level=level, truth=truth, alt=alt)

    def status(self, sid, state, observed, truth=None, arrival=None, alt=_MISSING, text=None):
        s = SENSORS[sid]
        return self._item("event", "status", s["agency"], state, "Unknown", s["lon"], s["lat"], observed, arrival,
                          sensor_id=sid, text=text, truth=truth, alt=alt)

    def device(self, feed, sid, category, observed, truth=None, arrival=None, alt=_MISSING, text=None):
        """fire_alarm, signal, parking: registered device at its registered position."""
        s = SENSORS[sid]
        assert s["kind"] == feed, (sid, feed)
        return self._item("event", feed, FEED_AGENCY[feed], category, "Unknown", s["lon"], s["lat"], observed,
                          arrival, sensor_id=sid, text=text, truth=truth, alt=alt)

    def cctv(self, sid, category, observed, confidence, lon=None, lat=None, truth=None, arrival=None, alt=_MISSING,
             text=None):
        s = SENSORS[sid]
        assert s["kind"] == "cctv"
        return self._item("event", "cctv", "police", category, "Unknown", lon if lon is not None else s["lon"],
                          lat if lat is not None else s["lat"], observed, arrival, sensor_id=sid, text=text,
                          confidence=confidence, truth=truth, alt=alt)

    def police(self, observed, category, severity, lon, lat, text, truth=None, arrival=None, follows=None,
               alt=_MISSING):
        return self._item("event", "incident", "police", category, severity, lon, lat, observed, arrival, text=text,
                          follows=follows, truth=truth, alt=alt)

    def c1999(self, observed, category, lon, lat, text, truth=None, arrival=None, follows=None, alt=_MISSING):
        return self._item("event", "1999", "citizen", category, "Unknown", lon, lat, observed, arrival, text=text,
                          follows=follows, truth=truth, alt=alt)

    def f119(self, observed, category, lon, lat, text, truth=None, arrival=None, follows=None, alt=_MISSING):
        return self._item("event", "119", "fire", category, "Unknown", lon, lat, observed, arrival, text=text,
                          follows=follows, truth=truth, alt=alt)

    def permit(self, observed, category, lon, lat, text, ends, arrival, agency="police", truth=None, alt=_MISSING):
        return self._item("event", "planned_event", agency, category, "Unknown", lon, lat, observed, arrival,
                          text=text, ends=self.t(ends), truth=truth, alt=alt)

    def dup(self, item, arrival):
        """A repeated delivery: same key and fields, later arrival."""
        d = dict(item)
        d["arrival"] = self._add(item["arrival"], arrival) if isinstance(arrival, int) else self.t(arrival)
        self.items.append(d)
        return d

    # -- truth -------------------------------------------------------------
    def incident(self, label, type_, description, sufficient):
        self.incidents.append({"label": label, "type": type_, "description": description,
                               "sufficient_evidence_key": sufficient["key"]})

    def alternative(self, why, incidents):
        self.alt = {"why": why, "incidents": [
            {"label": l, "type": t, "description": d, "sufficient_evidence_key": s["key"]}
            for (l, t, d, s) in incidents]}

    def note(self, text):
        self.notes.append(text)

    def write(self):
        stem = f"{self.num}_{self.name}"
        items = sorted(enumerate(self.items), key=lambda p: (p[1]["arrival"], p[0]))
        with open(os.path.join(HERE, stem + ".jsonl"), "w", encoding="utf-8") as fh:
            for _, it in items:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": stem, "description": self.description, "incidents": self.incidents}
        if self.alt:
            truth["alternative_reading"] = self.alt
        if self.notes:
            truth["notes"] = " ".join(self.notes)
        with open(os.path.join(HERE, stem + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        return stem
