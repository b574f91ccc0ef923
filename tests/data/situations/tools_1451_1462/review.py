"""Print each situation's incidents with their items in arrival order (local time) for review."""
import datetime as dt, glob, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=8))
def loc(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc).astimezone(TZ).strftime("%m-%d %H:%M:%S")
for n in sys.argv[1:] or range(1451, 1463):
    jl = glob.glob(os.path.join(HERE, "..", "%s_*.jsonl" % n))[0]
    tr = json.load(open(jl[:-6] + ".truth.json"))
    items = [json.loads(l) for l in open(jl)]
    print("=" * 20, os.path.basename(jl))
    for inc in tr["incidents"] + [{"label": None, "sufficient_evidence_key": None}]:
        print("--", inc["label"])
        for d in items:
            if d["truth"] == inc["label"]:
                m = "*" if d["key"] == inc["sufficient_evidence_key"] else " "
                alt = (" alt=%s" % d["truth_alt"]) if "truth_alt" in d else ""
                print("  %s arr %s obs %s %-8s %-18s %s%s" % (m, loc(d["arrival"]), loc(d["observed"])[6:], d["feed"], d["category"], d["text"][:38], alt))
