"""Helpers for the 1811-1822 situations (seeded, stdlib only)."""
import json, math, os, random
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

_S = None


def sensors():
    global _S
    if _S is None:
        d = json.load(open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8"))
        _S = {}
        for f in d["features"]:
            p = f["properties"]
            sid = p.get("sensor_id") or p.get("id")
            _S[sid] = {"lon": f["geometry"]["coordinates"][0], "lat": f["geometry"]["coordinates"][1],
                       "kind": p.get("kind"), "agency": p.get("agency"), "name": p.get("name"),
                       "gateway": (p.get("metadata") or {}).get("gateway")}
    return _S


def iso(t):
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def utc(s):
    """'2016-06-02T19:05' local (UTC+8) -> aware UTC datetime."""
    return datetime.fromisoformat(s).replace(tzinfo=timezone(timedelta(hours=8))).astimezone(timezone.utc)


def scatter(rng, lon, lat, r_min, r_max):
    """a point r_min..r_max metres from lon/lat, random bearing"""
    r = rng.uniform(r_min, r_max)
    a = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(a) / 111320.0
    dlon = r * math.sin(a) / (111320.0 * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


def offset(lon, lat, east_m, north_m):
    return (round(lon + east_m / (111320.0 * math.cos(math.radians(lat))), 6),
            round(lat + north_m / 111320.0, 6))


FLOOD_SEV = {"1-15": "Minor", "16-30": "Moderate", ">30": "Severe"}
WL_SEV = {"3": "Moderate", "2": "Severe", "1": "Extreme"}
RAIN_SEV = {"大雨": "Moderate", "豪雨": "Severe", "大豪雨": "Extreme", "超大豪雨": "Extreme"}


class Sit:
    def __init__(self, num, name, seed):
        self.num, self.name = num, name
        self.rng = random.Random(seed)
        self.items = []
        self.n = 0

    def key(self, tag):
        self.n += 1
        return f"{self.num}-{tag}-{self.n:03d}"

    def _add(self, it, arrival, delay_s):
        if arrival is None:
            arrival = datetime.fromisoformat(it["observed"].replace("Z", "+00:00")) + timedelta(seconds=delay_s)
        it["arrival"] = iso(arrival)
        self.items.append(it)
        return it

    def _base(self, tag, kind, feed, agency, category, severity, lon, lat, obs, text, truth, alt, extra):
        it = {"key": self.key(tag), "kind": kind, "feed": feed, "agency": agency, "category": category,
              "severity": severity, "lon": round(lon, 6), "lat": round(lat, 6), "observed": iso(obs)}
        if text is not None:
            it["text"] = text
        it.update({k: v for k, v in extra.items() if v is not None})
        it["truth"] = truth
        if alt is not False:
            it["truth_alt"] = alt
        return it

    # sensor feeds -----------------------------------------------------------------
    def sensor(self, feed, sid, category, obs, truth, severity="Unknown", text=None, alt=False,
               arrival=None, delay=None, kind="event", **extra):
        s = sensors()[sid]
        agency = {"fire_alarm": "disaster", "signal": "traffic", "parking": "traffic"}.get(feed, s["agency"])
        it = self._base(feed.upper()[:3], kind, feed, agency, category, severity, s["lon"], s["lat"], obs,
                        text, truth, alt, dict(sensor_id=sid, **extra))
        return self._add(it, arrival, delay if delay is not None else self.rng.randint(2, 20))

    def rule(self, sid, category, obs, truth, severity, text, level=None, **kw):
        return self.sensor("rule", sid, category, obs, truth, severity=severity, text=text, kind="alert",
                           level=level, **kw)

    def flood(self, sid, band, obs, truth, **kw):
        nm = sensors()[sid]["name"]
        return self.rule(sid, "flood_depth", obs, truth, FLOOD_SEV[band], f"{nm} 淹水深度 {band} 公分", level=band, **kw)

    def offline(self, sid, obs, truth, reason=None, **kw):
        nm = sensors()[sid]["name"]
        return self.sensor("status", sid, "offline", obs, truth, text=f"{nm} 離線", reason=reason, **kw)

    def online(self, sid, obs, truth, **kw):
        nm = sensors()[sid]["name"]
        return self.sensor("status", sid, "online", obs, truth, text=f"{nm} 恢復連線", **kw)

    def cctv(self, sid, category, obs, truth, conf, text, **kw):
        return self.sensor("cctv", sid, category, obs, truth, text=text, confidence=conf, **kw)

    # agency feeds -----------------------------------------------------------------
    def police(self, category, severity, lon, lat, obs, text, truth, alt=False, arrival=None, delay=None, follows=None):
        it = self._base("POL", "event", "incident", "police", category, severity, lon, lat, obs, text, truth, alt,
                        dict(follows=follows))
        return self._add(it, arrival, delay if delay is not None else self.rng.randint(30, 180))

    def c1999(self, category, lon, lat, obs, text, truth, alt=False, arrival=None, delay=None, follows=None):
        it = self._base("1999", "event", "1999", "citizen", category, "Unknown", lon, lat, obs, text, truth, alt,
                        dict(follows=follows))
        return self._add(it, arrival, delay if delay is not None else self.rng.randint(60, 300))

    def f119(self, category, lon, lat, obs, text, truth, status=None, alt=False, arrival=None, delay=None, follows=None):
        it = self._base("119", "event", "119", "fire", category, "Unknown", lon, lat, obs, text, truth, alt,
                        dict(status=status, follows=follows))
        return self._add(it, arrival, delay if delay is not None else self.rng.randint(5, 40))

    def permit(self, category, lon, lat, start, end, issued, text, truth=None, radius_m=None, permit_status=None,
               follows=None, alt=False):
        it = self._base("PE", "event", "planned_event", "police", category, "Unknown", lon, lat, start, text, truth,
                        alt, dict(ends=iso(end), radius_m=radius_m, permit_status=permit_status, follows=follows))
        return self._add(it, issued, 0)

    def dup(self, it, arrival):
        d = dict(it)
        d["arrival"] = iso(arrival)
        self.items.append(d)
        return d

    # output -----------------------------------------------------------------------
    def write(self, description, incidents, alternative=None, notes=None):
        order = sorted(range(len(self.items)), key=lambda i: (self.items[i]["arrival"], i))
        items = [self.items[i] for i in order]
        stem = os.path.join(OUT, f"{self.num}_{self.name}")
        with open(stem + ".jsonl", "w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
        truth = {"situation": f"{self.num}_{self.name}", "description": description,
                 "incidents": [dict(zip(("label", "type", "description", "sufficient_evidence_key"), i))
                               for i in incidents]}
        if alternative:
            why, alt_inc = alternative
            truth["alternative_reading"] = {"why": why, "incidents": [
                dict(zip(("label", "type", "description", "sufficient_evidence_key"), i)) for i in alt_inc]}
        if notes:
            truth["notes"] = notes
        with open(stem + ".truth.json", "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
