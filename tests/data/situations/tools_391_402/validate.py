"""Validate situations 391-402 and write the table of README_391-402.md.

Checks: every line and truth file parses; required fields and enums; keys unique except
duplicates, which repeat every field but `arrival`; every label (truth and truth_alt) names an
incident of the matching reading; sufficient_evidence_key exists and carries that label under
that reading; sensors exist in sensors.geojson with the position registered and a kind that fits
the feed; arrival order non-decreasing; arrival not before observed by more than 300 s (clock
skew allowed up to the ingest limit); follows names a key of the file; 25-80 lines.
"""
import datetime as dt
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GEO = os.environ.get("SITUATION_GEO_DIR", os.path.join(HERE, "..", "..", "..", "..", "geo", "data"))
OUT = os.path.join(HERE, "..")
NUMS = range(391, 403)

FEEDS = {"rule", "fire_alarm", "signal", "parking", "incident", "cctv", "1999", "status", "119", "planned_event"}
AGENCIES = {"disaster", "traffic", "police", "citizen", "fire"}
SEV = {"Minor", "Moderate", "Severe", "Extreme", "Unknown"}
CATS = {
    "rule": {"flood_depth", "water_level", "heavy_rain", "congestion", "sensor_offline"},
    "fire_alarm": {"alarm", "fault", "normal"}, "signal": {"fault", "restored"}, "parking": {"full"},
    "incident": {"accident", "injury_accident", "fire_report", "stalled_vehicle", "theft", "road_closure",
                 "crowd_control", "flooding_report", "fallen_object", "traffic_signal_fault",
                 "public_disturbance", "missing_person"},
    "cctv": {"stalled_vehicle", "crowding", "wrong_way", "smoke", "fallen_object", "signal_dark"},
    "1999": {"flooding", "fire_smoke", "traffic_accident", "road_damage", "fallen_tree", "streetlight", "noise",
             "illegal_parking", "crowding", "blocked_drain", "other"},
    "status": {"offline", "online"}, "119": {"fire", "rescue", "ambulance", "hazmat"},
    "planned_event": {"concert", "march", "exhibition", "road_works"},
}
SENSOR_KIND = {"fire_alarm": {"fire_alarm"}, "signal": {"signal"}, "parking": {"parking"}, "cctv": {"cctv"}}
RULE_KIND = {"flood_depth": {"flood"}, "water_level": {"water_level"}, "heavy_rain": {"rain"},
             "congestion": {"vd"}, "sensor_offline": None}
LEVELS = {"flood_depth": {"1-15", "16-30", ">30"}, "water_level": {"3", "2", "1"},
          "heavy_rain": {"大雨", "豪雨", "大豪雨", "超大豪雨"}}
TYPES = {"flood", "fire", "traffic", "crowd", "rescue", "public_safety", "infrastructure"}

with open(os.path.join(GEO, "sensors.geojson"), encoding="utf-8") as f:
    SENS = {x["properties"]["sensor_id"]: (x["properties"]["kind"], x["properties"]["agency"],
                                           x["geometry"]["coordinates"]) for x in json.load(f)["features"]}


def t(s):
    assert s.endswith("Z"), s
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ")


def check(num):
    errs = []
    js = glob.glob(os.path.join(OUT, "%d_*.jsonl" % num))
    if len(js) != 1:
        return ["%d: expected one jsonl, found %d" % (num, len(js))], None
    path = js[0]
    tpath = path[:-len(".jsonl")] + ".truth.json"
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except Exception as e:
                errs.append("%s:%d: %s" % (path, n, e))
    truth = json.load(open(tpath, encoding="utf-8"))
    name = os.path.basename(path)
    if truth.get("situation") + ".jsonl" != name:
        errs.append("%s: situation name mismatch" % name)
    labels = {i["label"] for i in truth["incidents"]}
    alt = truth.get("alternative_reading")
    alabels = {i["label"] for i in alt["incidents"]} if alt else labels
    for inc in truth["incidents"] + (alt["incidents"] if alt else []):
        if inc["type"] not in TYPES:
            errs.append("%s: incident %s type %s" % (name, inc["label"], inc["type"]))
    if not 25 <= len(items) <= 80:
        errs.append("%s: %d lines" % (name, len(items)))
    seen = {}
    prev = None
    keys = {i["key"] for i in items}
    for n, it in enumerate(items, 1):
        w = "%s:%d %s" % (name, n, it.get("key"))
        for fld in ("key", "kind", "feed", "agency", "category", "severity", "lon", "lat", "observed", "arrival", "text", "truth"):
            if fld not in it:
                errs.append("%s missing %s" % (w, fld))
        fd = it["feed"]
        if fd not in FEEDS:
            errs.append("%s feed %s" % (w, fd))
            continue
        if it["kind"] != ("alert" if fd == "rule" else "event"):
            errs.append("%s kind" % w)
        if it["agency"] not in AGENCIES or it["severity"] not in SEV:
            errs.append("%s agency/severity" % w)
        if it["category"] not in CATS[fd]:
            errs.append("%s category %s/%s" % (w, fd, it["category"]))
        if fd in ("fire_alarm", "signal", "parking", "cctv", "status", "1999", "119", "planned_event") and it["severity"] != "Unknown":
            errs.append("%s severity should be Unknown" % w)
        if fd in ("rule", "fire_alarm", "signal", "parking", "status", "cctv"):
            sid = it.get("sensor_id")
            if sid not in SENS:
                errs.append("%s sensor %s unknown" % (w, sid))
            else:
                kind, ag, (lon, lat) = SENS[sid]
                if abs(lon - it["lon"]) > 1e-6 or abs(lat - it["lat"]) > 1e-6:
                    errs.append("%s not at registered position" % w)
                if fd in ("rule", "status", "cctv") and it["agency"] != ag:
                    errs.append("%s agency %s != sensor's %s" % (w, it["agency"], ag))
                want = SENSOR_KIND.get(fd) or (RULE_KIND.get(it["category"]) if fd == "rule" else None)
                if want and kind not in want:
                    errs.append("%s sensor kind %s for %s/%s" % (w, kind, fd, it["category"]))
        elif "sensor_id" in it:
            errs.append("%s sensor_id on non-sensor feed" % w)
        if fd == "rule" and it["category"] in LEVELS and it.get("level") not in LEVELS[it["category"]]:
            errs.append("%s level" % w)
        if fd == "cctv" and not (0 <= it.get("confidence", -1) <= 1):
            errs.append("%s confidence" % w)
        if fd == "planned_event":
            if "ends" not in it or t(it["ends"]) <= t(it["observed"]):
                errs.append("%s ends" % w)
        elif t(it["observed"]) > t(it["arrival"]) + dt.timedelta(seconds=300):
            errs.append("%s observed after arrival + 300 s" % w)
        if not (118 < it["lon"] < 123 and 21 < it["lat"] < 27):
            errs.append("%s position" % w)
        if prev and t(it["arrival"]) < prev:
            errs.append("%s arrival order" % w)
        prev = t(it["arrival"])
        if it.get("follows") is not None and it["follows"] not in keys:
            errs.append("%s follows unknown key" % w)
        if it.get("follows") == it["key"]:
            errs.append("%s follows itself" % w)
        if it["truth"] is not None and it["truth"] not in labels:
            errs.append("%s truth label %s" % (w, it["truth"]))
        a = it.get("truth_alt", it["truth"])
        if a is not None and a not in alabels:
            errs.append("%s truth_alt label %s" % (w, a))
        if "truth_alt" in it and not alt:
            errs.append("%s truth_alt without alternative_reading" % w)
        if it["key"] in seen:
            o = dict(seen[it["key"]]); c = dict(it)
            o.pop("arrival"); c.pop("arrival")
            if o != c:
                errs.append("%s duplicate differs" % w)
        else:
            seen[it["key"]] = it
    first = {}
    for it in items:
        first.setdefault(it["key"], it)
    for reading, incs, lab in (("truth", truth["incidents"], lambda i: i["truth"]),
                               ("alt", alt["incidents"] if alt else [], lambda i: i.get("truth_alt", i["truth"]))):
        used = {lab(i) for i in first.values()}
        for inc in incs:
            k = inc.get("sufficient_evidence_key")
            if k not in first:
                errs.append("%s %s: %s sufficient key %s missing" % (name, reading, inc["label"], k))
            elif lab(first[k]) != inc["label"]:
                errs.append("%s %s: %s sufficient key carries %s" % (name, reading, inc["label"], lab(first[k])))
            if inc["label"] not in used:
                errs.append("%s %s: incident %s has no items" % (name, reading, inc["label"]))
    stats = {"file": name, "lines": len(items), "unique": len(first),
             "noise": sum(1 for i in first.values() if i["truth"] is None),
             "incidents": len(truth["incidents"]), "alt": len(alt["incidents"]) if alt else "-",
             "dups": len(items) - len(first), "desc": truth["description"]}
    return errs, stats


def main():
    allerr, rows = [], []
    for n in NUMS:
        e, st = check(n)
        allerr += e
        if st:
            rows.append(st)
    for e in allerr:
        print("ERROR", e)
    if allerr:
        print("%d errors" % len(allerr))
        sys.exit(1)
    readme = os.path.join(OUT, "README_391-402.md")
    text = open(readme, encoding="utf-8").read() if os.path.exists(readme) else ""
    table = ["| file | lines | unique keys | noise keys | incidents | alt. incidents | what it tests |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        table.append("| `%s` | %d | %d | %d | %d | %s | %s |" % (r["file"], r["lines"], r["unique"], r["noise"],
                                                            r["incidents"], r["alt"], TESTS.get(r["file"][:3], "")))
    start, end = "<!-- table:start -->", "<!-- table:end -->"
    if start in text:
        pre = text.split(start)[0]
        post = text.split(end)[1]
        text = pre + start + "\n" + "\n".join(table) + "\n" + end + post
        with open(readme, "w", encoding="utf-8") as f:
            f.write(text)
    print("\n".join(table))
    print("OK: %d situations, %d lines" % (len(rows), sum(r["lines"] for r in rows)))


TESTS = {
    "391": "two incidents at once 80 m apart (fire + injury crash), two ambulances, callers mixing them",
    "392": "flood spreading along 經貿路 for ~90 min; rain/pond alerts as context; trapped-driver rescue (alt)",
    "393": "burst of 36 colloquial 1999 calls about one fire from up to 1.5 km; a second, separate burning",
    "394": "dense evening concert with four small unrelated jobs (crash, faint, signal, scuffle)",
    "395": "late police batch (30-40 min), 8 h camera clock skew, redelivered 1999, follow-up before original",
    "396": "park sensor gateway offline (8 devices) while a car park floods, seen only by people",
    "397": "cascade: bus fire in the transit hub -> closure -> hour-long jam; a crash in the queue",
    "398": "two incidents at once 130 m apart in the convention centre (booth fire + cardiac arrest)",
    "399": "flood moving along 環中路 across three low points in 90 min: three jobs or one corridor",
    "400": "police feed outage then burst, broker redelivery of the same keys, 1999 clock 2 min slow",
    "401": "dense lantern festival with six small separate jobs inside the crowd",
    "402": "power feeder trip: dark signals, devices offline (mains_power_lost), crash in the dark intersection",
}

if __name__ == "__main__":
    main()
