"""Write README_1771-1782.md and vocabulary_needed.md from the situations 1771-1782."""
import os, re, glob, json
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

CONVENTIONS = """## Conventions (stated once)
- Keys are `NNNN-SSS` (situation, generation order); a duplicated delivery repeats the line with a later `arrival`. Lines are sorted by arrival.
- Times: the story is told in Taiwan time (UTC+8); `observed` and `arrival` are UTC. A permit arrives days before its start. CCTV-003 in 1780 stamps local time as UTC (8 h fast).
- A label is one job a coordinator would dispatch and follow. Background (`truth: null`): rush-hour slow-downs, car parks full or empty on an ordinary day, one lamp out, litter, an animal, a neighbour, device link flaps and panel faults that reset themselves, low-confidence camera hits, planned maintenance windows, and permitted road works nobody needs to act on.
- A permitted event that brings a crowd (exhibition, concert) is a `crowd` job the center follows; its parking, traffic, noise and kerb-parking effects belong to it. Crimes, fights, lost children and medical calls inside it are jobs of their own.
- A 1999 case update (`follows`), a 119 status change and a police follow-up belong to the job of the report they follow; a device's `cleared`, `restored`, `normal` and `online` belong to the job its alarm belonged to.
- One cause, one job: devices darkened by one power cut, or flooded/dried by one burst main, are one `infrastructure` job.
- `sufficient_evidence_key`: the first item at whose arrival I would open the job; a lone sensor reading with no corroboration is not enough when it could be a glitch (1773).
- Debatable items carry `truth_alt`; the truth file's `alternative_reading` lists every incident under that reading.
- Sensor ids, positions and agencies are the registry's (`geo/sensors.geojson`); places are the gazetteer's buildings and the registry's junctions, shifted by metres where the story says so.
"""


def main():
    files = sorted(f for f in glob.glob(os.path.join(OUT, "*.truth.json"))
                   if re.match(r"^\d+_", os.path.basename(f)) and 1771 <= int(os.path.basename(f).split("_")[0]) <= 1782)
    themes = "ordinary peacetime days and nights in 水湳"
    out = ["# Situations 1771-1782 (blind oracle, %s)" % themes, "",
           "Regenerate: `cd tools && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py` "
           "(standard library only, seeded, byte-for-byte stable; `geo` is a symlink to the oracle's input geo folder).", "",
           CONVENTIONS]
    for fn in files:
        with open(fn, encoding="utf-8") as f:
            t = json.load(f)
        name = t["situation"]
        num = name.split("_")[0]
        title, _, story = t["description"].partition(" — ")
        with open(os.path.join(OUT, name + ".jsonl"), encoding="utf-8") as f:
            lines = [json.loads(l) for l in f]
        n_bg = sum(1 for l in lines if l["truth"] is None)
        out.append("## %s %s — %s" % (num, name, title))
        out.append("")
        incs = "; ".join("%s (%s): %s" % (i["label"], i["type"], i["description"]) for i in t["incidents"])
        para = "%s Labels — %s. %d lines, %d of them background." % (story, incs, len(lines), n_bg)
        alt = t.get("alternative_reading")
        if alt:
            para += " Alternative reading: %s (%d incidents under it)." % (alt["why"], len(alt["incidents"]))
        if t.get("notes"):
            para += " Note: %s" % t["notes"]
        out.append(para)
        out.append("")
    with open(os.path.join(OUT, "README_1771-1782.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    with open(os.path.join(HERE, "vocabulary_needed.md"), "w", encoding="utf-8") as f:
        f.write("# Vocabulary needed (situations 1771-1782)\n\nnone\n\n"
                "Every category used is in docs/vocabulary.md's table (beyond the brief's short list I used police `wrong_way_driver`, `medical`, "
                "`missing_person`, `hazmat_report`, `evacuation`, `road_collapse`, `road_reopened`, `other`; 1999 `power_outage`, `water_outage`, `gas_odor`, "
                "`rescue`, `missing_person`, `traffic_signal`, `環境清潔`, `動物救援`; parking `empty`, `closed`; alert `cleared`). Incident types are the project's "
                "(`traffic`, `fire`, `hazmat`, `infrastructure`, `crowd`, `public_safety`, `rescue`). A burst water main is labelled `infrastructure`, not `flood`.\n")


if __name__ == "__main__":
    main()
