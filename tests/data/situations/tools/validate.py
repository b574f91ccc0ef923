"""Check every situation: JSON parses, keys and labels consistent, sensors registered, arrival order."""
import glob
import json
import os
import sys

from lib import OUT, SENS, dist, parse

REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status"}
bad = []


def err(f, m):
    bad.append("%s: %s" % (os.path.basename(f), m))


for jf in sorted(glob.glob(os.path.join(OUT, "[0-9][0-9]_*.jsonl"))):
    tf = jf[:-6] + ".truth.json"
    if not os.path.exists(tf):
        err(jf, "no truth file"); continue
    truth = json.load(open(tf, encoding="utf-8"))
    items = [json.loads(l) for l in open(jf, encoding="utf-8") if l.strip()]
    byk, prev = {}, None
    for it in items:
        for r in REQ:
            if r not in it:
                err(jf, "%s missing %s" % (it.get("key"), r))
        if it["severity"] not in SEV:
            err(jf, "bad severity %s" % it["key"])
        if it["kind"] not in ("alert", "event"):
            err(jf, "bad kind %s" % it["key"])
        parse(it["observed"]); a = parse(it["arrival"])
        if prev and a < prev:
            err(jf, "arrival order at %s" % it["key"])
        prev = a
        if it["feed"] in SENSOR_FEEDS or (it["feed"] == "cctv"):
            sid = it.get("sensor_id")
            if sid not in SENS:
                err(jf, "unregistered sensor %s at %s" % (sid, it["key"]))
            elif it["feed"] != "cctv" and dist((it["lon"], it["lat"]), (SENS[sid]["lon"], SENS[sid]["lat"])) > 1:
                err(jf, "sensor position mismatch %s" % it["key"])
        if it["key"] in byk:
            o = dict(byk[it["key"]]); n = dict(it); o.pop("arrival"); n.pop("arrival")
            if o != n:
                err(jf, "duplicate key differs %s" % it["key"])
        else:
            byk[it["key"]] = it
        if "follows" in it and it["follows"] not in {x["key"] for x in items}:
            err(jf, "follows unknown key %s" % it["key"])
    labels = {i["label"] for i in truth["incidents"]}
    used = {it["truth"] for it in byk.values()} - {None}
    if used - labels:
        err(jf, "labels without incident %s" % (used - labels))
    if labels - used:
        err(jf, "incidents without items %s" % (labels - used))
    for i in truth["incidents"]:
        k = i["sufficient_evidence_key"]
        if k not in byk or byk[k]["truth"] != i["label"]:
            err(jf, "bad sufficient key %s for %s" % (k, i["label"]))
    alt = truth.get("alternative_reading")
    altused = {it.get("truth_alt", it["truth"]) for it in byk.values()} - {None}
    if alt:
        al = {i["label"] for i in alt["incidents"]}
        if altused != al:
            err(jf, "alt labels mismatch used=%s declared=%s" % (sorted(altused), sorted(al)))
        for i in alt["incidents"]:
            k = i["sufficient_evidence_key"]
            if k not in byk or byk[k].get("truth_alt", byk[k]["truth"]) != i["label"]:
                err(jf, "bad alt sufficient key %s for %s" % (k, i["label"]))
    elif any("truth_alt" in it for it in byk.values()):
        err(jf, "truth_alt used without alternative_reading")
    print("%-45s items %3d (unique %3d)  incidents %d  alt %s" % (
        os.path.basename(jf), len(items), len(byk), len(labels), len(alt["incidents"]) if alt else "-"))
print("\n".join(bad) or "OK")
sys.exit(1 if bad else 0)
