"""Writes README.md and vocabulary_needed.md from the truth files (so counts stay true)."""
import glob
import json
import os

from lib import OUT

LINES = {
    "01": "two unrelated incidents ≈480 m apart at the same time; a caller near one reports the other",
    "02": "a flood spreading ≈800 m along 經貿路 for ~100 min with items from every agency; pond and distant-gauge evidence; a signal fault on the same road",
    "03": "one fire, panel alarm then a burst of 36 citizen calls over 15 min from 40-600 m; a camera ≈1 km away; unrelated calls interleaved",
    "04": "same shape at night, but the fire panel goes offline (no alarm) before the calls; status offline/online belong to the fire",
    "05": "dense concert evening at the convention centre: planned event explains crowding/parking/congestion/noise; five small incidents within 300 m stay separate",
    "06": "late (15-19 min), duplicated (same key redelivered), clock-skewed (+7 min, +8 h timezone bug) and out-of-order delivery (follow-up before the report)",
    "07": "a Central Park gateway fails: 11 devices offline within a minute = one technical incident (alt: none); a lone VD outage is noise",
    "08": "cascade: bus fire at the transit hub causes a jam (one incident, alt: two) and a rear-end crash in the queue (separate in both)",
    "09": "typhoon night: four simultaneous floods, ponds, drainage and a river 3.4 km away, a fallen tree, signal faults; regional rain alarms are context",
    "10": "a planned concert at the pop music centre explains crowding, full car parks, congestion, noise and illegal parking, even 1.5 km away at the hub; one unrelated crash",
    "11": "a lone 119 ambulance call with no other evidence is an incident; everything around it is noise",
    "12": "quiet day, background noise only (streetlight, noise, parking, rush-hour congestion, device flaps, a 2 cm pond reading): no incident",
    "13": "long-lived incident (4 h): a sinkhole and burst water main on 河南路 with follow-ups, emergency road works and their noise; an unrelated crash 1 km away",
    "14": "pairs of incidents 120-150 m apart that must stay apart (crash vs truck breakdown on 環中路; kitchen fire vs crash at the convention centre)",
    "15": "a far report (筏子溪, 3.3 km) during the same storm as a local flood: separate incidents; a call in the zone about the far river belongs to the river",
    "16": "a car knocks down a signal pole: accident and signal fault are one incident (alt: two)",
    "17": "chlorine leak at the water reclamation centre: odour calls spread downwind up to 900 m; an odour call 2.4 km away is unrelated",
    "19": "same intersection, two crashes nine hours apart stay apart; a debris call three hours after the first belongs to it (alt: noise)",
    "18": "a wrong-way driver tracked by four cameras over 700 m ends in a head-on crash: one moving incident (alt: two)",
}

VOCAB = """# Vocabulary I had to invent

Categories used in the situations that are not in the brief's list, and incident types.

## Item categories
| feed | category | meaning |
|---|---|---|
| 1999 | `traffic_signal` | citizen reports a traffic signal dark, stuck or flashing (號誌故障/不亮). Taichung routes these to 交通局 with a 2-hour contractor deadline (DOMAIN.md §3.3). The brief's 1999 list has no signal category. |
| 1999 | `gas_odor` | citizen smells gas, chlorine, chemicals or burning plastic without seeing smoke (異味/瓦斯味/刺鼻味). |
| 1999 | `water_outage` | citizen reports no tap water / low pressure (停水), e.g. after a water main break. |
| incident (police) | `wrong_way_driver` | police report of a vehicle driving against traffic (逆向行駛), usually moving. |
| incident (police) | `hazmat_report` | police report of a hazardous-material release (化學品/氣體外洩), evacuation or cordon. |
| incident (police) | `road_collapse` | police report of a road surface collapse or sinkhole (路面坍陷). |
| cctv | `smoke` / `signal_dark` | in the brief's list; note: a camera can see smoke 1 km away, so its position is not the fire's. |
| rule | `sensor_offline` | in the brief's list; raised for every device whose status goes offline or whose data stop. |

## Incident types (truth files)
| type | meaning |
|---|---|
| `fire`, `flood`, `traffic_accident`, `crowd`, `public_safety`, `infrastructure` | as in the brief (`rescue` is not used: rescues here are part of a flood or crash) |
| `planned_event` | an approved event (permit) being run by the agencies; evidence it explains is grouped with it |
| `traffic_congestion` | a jam managed as its own job (used only in alternative readings) |
| `flood_risk` | a river, drainage channel or detention pond at a warning level that needs a patrol / pump readiness, no flooding of roads yet |
| `medical` | an ambulance job with no other situation (119 only) |
| `hazmat` | hazardous-material release |
| `obstruction` | a road blocked by a fallen tree or object |
| `road_damage` | sinkhole / collapse / burst main needing emergency works |
"""


def main():
    rows = []
    for tf in sorted(glob.glob(os.path.join(OUT, "[0-9][0-9]_*.truth.json"))):
        t = json.load(open(tf, encoding="utf-8"))
        jf = tf[:-11] + ".jsonl"
        items = [json.loads(l) for l in open(jf, encoding="utf-8") if l.strip()]
        name = os.path.basename(jf)[:-6]
        uniq = len({i["key"] for i in items})
        noise = len({i["key"] for i in items if i["truth"] is None})
        alt = t.get("alternative_reading")
        rows.append("| `%s` | %d | %d | %d | %d | %s | %s |" % (
            name, len(items), uniq, noise, len(t["incidents"]), len(alt["incidents"]) if alt else "–",
            LINES.get(name[:2], "")))
    readme = open(os.path.join(os.path.dirname(__file__), "README.head.md"), encoding="utf-8").read()
    readme += "\n| file | lines | unique keys | noise keys | incidents | alt incidents | what it tests |\n|---|---|---|---|---|---|---|\n"
    readme += "\n".join(rows) + "\n"
    open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write(readme)
    open(os.path.join(OUT, "vocabulary_needed.md"), "w", encoding="utf-8").write(VOCAB)


if __name__ == "__main__":
    main()
