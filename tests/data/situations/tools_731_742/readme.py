"""Writes README_731-742.md from the situation files (run after the generators)."""
import glob, json, os
from lib import OUT

CONV = """# Situations 731-742 (blind oracle)

## Conventions (stated once)
- One incident = one job a coordinator would dispatch. Labels: `F` fire, `T` traffic, `C` crowd, `I` device/infrastructure,
  `R` rescue (ambulance, missing person), `X` public safety (crime); `A`/`B` in 738 are the two fires.
- A fire panel `alarm` in a public or residential building opens a fire job by itself (someone must go and look), so it is
  the sufficient item when it comes first; a false alarm that made 119 send engines is still a job (740).
- A permit (`planned_event` concert/exhibition) opens the crowd job of the event it announces; a quiet permitted walk (738)
  and a road-works permit (742) are background.
- Rain alerts (`heavy_rain`) are weather context and belong to no job. Detention ponds filling are background unless a
  person reports them overflowing onto paths (741).
- Congestion caused by a job's closure or queue belongs to that job; ordinary rush-hour slow-downs are background.
  A crash inside a queue is its own traffic job (739, 742).
- One gateway dropping many devices at once is one `infrastructure` job; a lone device flap or lone panel fault is background.
- Times: `observed` is the source's stamp (skews are on purpose and told in the story), `arrival` the center's.
  Local time in the texts is Taiwan time (UTC+8); files are UTC.
- Callers stand 20-300 m from what they report, further when they report smoke or a queue seen from afar.
- Regenerate: `cd tools_731_742 && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py`.

## Table
| file | lines | unique keys | noise keys | incidents | alt incidents | what it tests |
|---|---|---|---|---|---|---|
"""


def main():
    rows, stories = [], []
    for jf in sorted(glob.glob(os.path.join(OUT, "7[34][0-9]_*.jsonl"))):
        num = int(os.path.basename(jf)[:3])
        if not 731 <= num <= 742:
            continue
        items = [json.loads(l) for l in open(jf, encoding="utf-8")]
        t = json.load(open(jf[:-6] + ".truth.json", encoding="utf-8"))
        first = {}
        for it in items:
            first.setdefault(it["key"], it)
        noise = sum(1 for it in first.values() if it["truth"] is None)
        alt = len(t["alternative_reading"]["incidents"]) if "alternative_reading" in t else "-"
        tests = t.get("notes", "").replace("tests: ", "")
        rows.append(f"| {os.path.basename(jf)} | {len(items)} | {len(first)} | {noise} | {len(t['incidents'])} | {alt} | {tests} |")
        stories.append(f"### {t['situation']}\n{t['description']}\n")
    with open(os.path.join(OUT, "README_731-742.md"), "w", encoding="utf-8") as f:
        f.write(CONV + "\n".join(rows) + "\n\n## Stories\n\n" + "\n".join(stories))
    print("wrote README_731-742.md")


if __name__ == "__main__":
    main()
