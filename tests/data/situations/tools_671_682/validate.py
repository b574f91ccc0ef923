"""Validate situations 671-682 only. Stdlib only. Exit 1 on any problem."""
import glob, json, os, sys, datetime as dt
from lib import OUT, SENS, ALLOWED, TYPES, RANGE, LEVEL_SEV

REQ = ["key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "truth"]
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SENSOR_FEEDS = {"rule", "fire_alarm", "signal", "parking", "status", "cctv"}
FEED_KIND = {"rule": None, "fire_alarm": "fire_alarm", "signal": "signal", "parking": "parking", "cctv": "cctv"}
FEED_AGENCY = {"incident": "police", "1999": "citizen", "119": "fire", "planned_event": "police"}
problems = []


def bad(f, msg):
    problems.append("%s: %s" % (os.path.basename(f), msg))


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(num):
    js = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))
    if len(js) != 1:
        bad(str(num), "expected one jsonl, found %d" % len(js)); return 0
    f = js[0]
    tf = f[:-6] + ".truth.json"
    if not os.path.exists(tf):
        bad(f, "truth file missing"); return 0
    items = []
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        try:
            items.append(json.loads(line))
        except ValueError as e:
            bad(f, "line %d does not parse: %s" % (n, e))
    truth = json.load(open(tf, encoding="utf-8"))
    for k in ("situation", "description", "incidents"):
        if k not in truth: bad(tf, "truth lacks %s" % k)
    if truth.get("situation") != os.path.basename(f)[:-6]:
        bad(tf, "situation name differs from file name")
    uniq = {}
    prev = None
    for it in items:
        k = it.get("key")
        for r in REQ:
            if r not in it: bad(f, "%s lacks %s" % (k, r))
        if it["feed"] not in ALLOWED: bad(f, "%s unknown feed %s" % (k, it["feed"]))
        elif it["category"] not in ALLOWED[it["feed"]]: bad(f, "%s category %s not in feed %s" % (k, it["category"], it["feed"]))
        if it["kind"] != ("alert" if it["feed"] == "rule" else "event"): bad(f, "%s kind/feed mismatch" % k)
        if it["severity"] not in SEV: bad(f, "%s severity %s" % (k, it["severity"]))
        if it["agency"] not in AGENCIES: bad(f, "%s agency %s" % (k, it["agency"]))
        if it["feed"] in FEED_AGENCY and it["agency"] != FEED_AGENCY[it["feed"]]: bad(f, "%s agency for feed" % k)
        if "level" in it and LEVEL_SEV.get(it["level"]) != it["severity"]: bad(f, "%s level/severity mismatch" % k)
        if it["feed"] in SENSOR_FEEDS:
            sid = it.get("sensor_id")
            if sid not in SENS: bad(f, "%s sensor %s not registered" % (k, sid)); continue
            s = SENS[sid]
            if (round(s["lon"], 6), round(s["lat"], 6)) != (round(it["lon"], 6), round(it["lat"], 6)):
                bad(f, "%s not at registered position of %s" % (k, sid))
            if s["agency"] != it["agency"]: bad(f, "%s agency differs from registry (%s)" % (k, sid))
            want = FEED_KIND.get(it["feed"])
            if want and s["kind"] != want: bad(f, "%s sensor %s is %s, not %s" % (k, sid, s["kind"], want))
            if it["feed"] == "rule":
                okc = {"flood_depth": "flood", "water_level": "water_level", "heavy_rain": "rain", "congestion": "vd"}
                if it["category"] in okc and s["kind"] != okc[it["category"]]:
                    bad(f, "%s rule %s on a %s sensor" % (k, it["category"], s["kind"]))
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27): bad(f, "%s outside Taiwan" % k)
        if prev and it["arrival"] < prev: bad(f, "%s arrival out of order" % k)
        prev = it["arrival"]
        if it["feed"] != "planned_event" and ts(it["arrival"]) < ts(it["observed"]) - dt.timedelta(minutes=1):
            bad(f, "%s arrives before it was observed" % k)
        if "ends" in it and it["ends"] <= it["observed"]: bad(f, "%s ends before start" % k)
        if "confidence" in it and not 0 <= it["confidence"] <= 1: bad(f, "%s confidence" % k)
        if k in uniq:
            a = dict(uniq[k]); b = dict(it); a.pop("arrival"); b.pop("arrival")
            if a != b: bad(f, "duplicate %s differs beyond arrival" % k)
            if it["arrival"] <= uniq[k]["arrival"]: bad(f, "duplicate %s not later" % k)
        else:
            uniq[k] = it
    for it in items:
        if "follows" in it and it["follows"] not in uniq: bad(f, "%s follows unknown %s" % (it["key"], it["follows"]))
    n_items = len(items)
    if not 25 <= n_items <= 60: bad(f, "%d items, want 25-60" % n_items)

    def reading(incs, lab, name):
        labels = [i["label"] for i in incs]
        if len(set(labels)) != len(labels): bad(tf, "%s: duplicate labels" % name)
        if not 1 <= len(incs) <= 4: bad(tf, "%s: %d incidents" % (name, len(incs)))
        used = {lab(it) for it in items} - {None}
        if used != set(labels): bad(tf, "%s: labels used %s vs incidents %s" % (name, sorted(used), sorted(labels)))
        for inc in incs:
            if inc.get("type") not in TYPES: bad(tf, "%s: type %s" % (name, inc.get("type")))
            sk = inc.get("sufficient_evidence_key")
            if sk not in uniq: bad(tf, "%s: sufficient key %s unknown" % (name, sk))
            elif lab(uniq[sk]) != inc["label"]: bad(tf, "%s: sufficient key %s labelled %s not %s" % (name, sk, lab(uniq[sk]), inc["label"]))
    reading(truth["incidents"], lambda it: it["truth"], "truth")
    has_alt = any("truth_alt" in it for it in items)
    if has_alt and "alternative_reading" not in truth: bad(tf, "truth_alt used but no alternative_reading")
    if "alternative_reading" in truth:
        ar = truth["alternative_reading"]
        if not ar.get("why"): bad(tf, "alternative_reading lacks why")
        reading(ar["incidents"], lambda it: it.get("truth_alt", it["truth"]) if "truth_alt" in it else it["truth"], "alt")
    return n_items


total = 0
for num in RANGE:
    total += check(num)
if problems:
    print("\n".join(problems)); print("FAILED: %d problems" % len(problems)); sys.exit(1)
print("OK: %d situations, %d items" % (len(RANGE), total))
