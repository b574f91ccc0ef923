"""Checks every situation file of 1691-1702."""
import glob, json, os, sys
from lib import OUT, SENSORS, CATS, REASONS, STATUSES_119, PERMIT_STATUS, UNKNOWN_SEV_FEEDS, SENSOR_FEEDS, AGENCY_BY_FEED, dist_m

KEYS = {"key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"}
OPT = {"sensor_id", "confidence", "reason", "status", "level", "follows", "ends", "radius_m", "permit_status", "gateway",
       "truth_alt"}
SEVS = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
errs = []
def err(f, m): errs.append("%s: %s" % (os.path.basename(f), m))

files = [_f for _f in sorted(glob.glob(os.path.join(OUT, "1[67][0-9][0-9]_*.jsonl"))) if 1691 <= int(os.path.basename(_f).split("_")[0]) <= 1702]
nums = sorted(int(os.path.basename(f)[:4]) for f in files)
if nums != list(range(1691, 1703)):
    errs.append("situations present: %s" % nums)
for f in files:
    items = [json.loads(l) for l in open(f, encoding="utf-8")]
    truth = json.load(open(f[:-6] + ".truth.json", encoding="utf-8"))
    if not 15 <= len(items) <= 80: err(f, "item count %d" % len(items))
    labels = {i["label"] for i in truth["incidents"]}
    first, prev = {}, ""
    for it in items:
        k = it.get("key")
        miss = KEYS - set(it); extra = set(it) - KEYS - OPT
        if miss or extra: err(f, "%s keys missing %s extra %s" % (k, miss, extra))
        if it["arrival"] < prev: err(f, "%s arrival out of order" % k)
        prev = it["arrival"]
        for t in ("observed", "arrival", "ends"):
            if t in it and not (len(it[t]) == 20 and it[t].endswith("Z")): err(f, "%s bad time %s" % (k, t))
        if it["observed"] > it["arrival"] and it["feed"] != "planned_event": err(f, "%s observed after arrival" % k)
        feed = it["feed"]
        if feed not in CATS or it["category"] not in CATS[feed]: err(f, "%s category %s/%s" % (k, feed, it["category"]))
        if it["kind"] != ("alert" if feed == "rule" else "event"): err(f, "%s kind" % k)
        if it["severity"] not in SEVS: err(f, "%s severity" % k)
        if feed in UNKNOWN_SEV_FEEDS and it["severity"] != "Unknown": err(f, "%s severity should be Unknown" % k)
        if feed in SENSOR_FEEDS:
            s = SENSORS.get(it.get("sensor_id"))
            if not s: err(f, "%s unknown sensor %s" % (k, it.get("sensor_id"))); continue
            if it["agency"] != s["agency"]: err(f, "%s agency vs registry" % k)
            d = dist_m((it["lon"], it["lat"]), (s["lon"], s["lat"]))
            if (feed != "cctv" and d > 0.5) or d > 150: err(f, "%s position %.0f m from registered" % (k, d))
        else:
            if "sensor_id" in it: err(f, "%s sensor_id on %s" % (k, feed))
            if it["agency"] != AGENCY_BY_FEED[feed]: err(f, "%s agency" % k)
        if "reason" in it and not (feed == "status" and it["category"] == "offline" and it["reason"] in REASONS): err(f, "%s reason" % k)
        if "status" in it and not (feed == "119" and it["status"] in STATUSES_119): err(f, "%s status" % k)
        if ("radius_m" in it or "permit_status" in it or "ends" in it) and feed != "planned_event": err(f, "%s permit fields" % k)
        if "radius_m" in it and not 1 <= it["radius_m"] <= 5000: err(f, "%s radius" % k)
        if "permit_status" in it and it["permit_status"] not in PERMIT_STATUS: err(f, "%s permit_status" % k)
        if "confidence" in it and (feed != "cctv" or not 0 <= it["confidence"] <= 1): err(f, "%s confidence" % k)
        if "gateway" in it and (feed not in ("rule", "status") or it["gateway"] not in SENSORS): err(f, "%s gateway" % k)
        if it["truth"] is not None and it["truth"] not in labels: err(f, "%s truth label %s" % (k, it["truth"]))
        if k in first:
            a = dict(first[k]); b = dict(it); a.pop("arrival"); b.pop("arrival")
            if a != b: err(f, "%s duplicate differs" % k)
        else:
            first[k] = it
    allkeys = set(first)
    for it in items:
        if "follows" in it and it["follows"] not in allkeys: err(f, "%s follows unknown" % it["key"])
    def check(incs, labf, name):
        labs = [i["label"] for i in incs]
        if len(set(labs)) != len(labs): err(f, "%s duplicate labels" % name)
        used = {labf(it) for it in items} - {None}
        for u in used - set(labs): err(f, "%s: item label %s not an incident" % (name, u))
        for i in incs:
            if i["label"] not in used: err(f, "%s: incident %s unused" % (name, i["label"]))
            sk = i.get("sufficient_evidence_key")
            if sk not in first: err(f, "%s: %s sufficient key missing" % (name, i["label"]))
            elif labf(first[sk]) != i["label"]: err(f, "%s: %s sufficient key belongs to %s" % (name, i["label"], labf(first[sk])))
            for fld in ("type", "description"):
                if not i.get(fld): err(f, "%s: %s no %s" % (name, i["label"], fld))
    check(truth["incidents"], lambda it: it["truth"], "truth")
    has_alt = any("truth_alt" in it for it in items)
    if has_alt and "alternative_reading" not in truth: err(f, "truth_alt without alternative_reading")
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if not ar.get("why"): err(f, "alt without why")
        check(ar["incidents"], lambda it: it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"], "alt")
    for it in items:
        if "truth_alt" in it and it["truth_alt"] == it["truth"]: err(f, "%s truth_alt equals truth" % it["key"])
print("\n".join(errs) if errs else "validate: %d situations OK" % len(files))
sys.exit(1 if errs else 0)
