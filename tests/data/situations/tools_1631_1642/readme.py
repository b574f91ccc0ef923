"""Write README_1631-1642.md from the data files and the generator's notes."""
import glob
import json
import os

from lib import HERE, OUT

CONVENTIONS = """- Times: written in Taiwan local time (UTC+8) by the generator and stored as UTC (`...Z`). Dates are in 2026, when the
  convention centre, the 綠美圖 and the transit hub exist.
- Keys: police `TCPD-MMDD-NNNN`, 119 `F<ROC date>-NNNN` with its updates `#on_scene`, `#returning`, `#closed` (each `follows`
  the case), 1999 `1999-<ROC date>-NNNNN` with operator updates `#uN` (`follows` the case, `status` the operator's word),
  permits `PE-...` with later versions `#vN` (`permit_status` amended / cancelled, `follows` the first line), device items
  `<sensor>/<feed>/<category>@<observed>`. A duplicated delivery repeats the key and every field but `arrival`.
- A permit's `observed` is its start, `ends` its end, `arrival` when that version reached the center (days ahead, or on
  the day for a cancellation). Marches give a centre and a radius covering the route.
- Truth: one label per job a coordinator would run (one crew or one desk following it to the end). 119 cases' updates,
  police follow-ups and 1999 updates belong to their case's job. Planned events are labelled with the job they cause
  when people or officers are actually out for them; a permit nothing comes of, a works window that goes as planned,
  rain alone, routine single-lamp and parking calls, and maintenance tickets are background (`null`).
- `sufficient_evidence_key`: the first item at which I would open the job (a single slow-down or one low-confidence
  camera hit is not enough; a police report, a 119 dispatch, a panel alarm or a flood gauge over a band is).
- `truth_alt` marks items that a colleague would label differently; the alternative reading lists its complete
  incident set.
- Item counts below include duplicated deliveries."""


def main():
    lines = ["# Labelled situations 1631-1642: planned events, case updates and the jobs in between", "",
             "Author: coordinator of the Taichung operations center (fire bureau disaster prevention, traffic and police "
             "liaison, 1999 hotline) (written blind of the software)", "", "## Conventions", "", CONVENTIONS, ""]
    for tp in sorted(glob.glob(os.path.join(OUT, "*.truth.json"))):
        t = json.load(open(tp, encoding="utf-8"))
        base = tp[:-len(".truth.json")]
        items = [json.loads(l) for l in open(base + ".jsonl", encoding="utf-8")]
        meta = json.load(open(os.path.join(HERE, "meta", "%d.json" % t["situation"]), encoding="utf-8"))
        lines += ["## %s" % os.path.basename(base), "", t["description"], "", meta["story"], ""]
        nulls = sum(1 for i in items if i["truth"] is None)
        lines += ["%d items, %d background. Incidents:" % (len(items), nulls), ""]
        lines += ["| label | type | items | sufficient evidence |", "|---|---|---|---|"]
        for inc in t["incidents"]:
            n = sum(1 for i in items if i["truth"] == inc["label"])
            lines.append("| %s | %s | %d | `%s` |" % (inc["label"], inc["type"], n, inc["sufficient_evidence_key"]))
        lines += ["", "Debatable calls:", ""]
        lines += ["- %s" % d for d in meta["debatable"]]
        if "alternative_reading" in t:
            alt = t["alternative_reading"]
            lines += ["- Alternative reading: %s (incidents: %s)" % (alt["why"], ", ".join(i["label"] for i in alt["incidents"]))]
        if t.get("notes"):
            lines += ["- Note: %s" % t["notes"]]
        lines.append("")
    with open(os.path.join(OUT, "README_1631-1642.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


if __name__ == "__main__":
    main()
