"""Write README_131-142.md from the generated files. Run: python3 readme.py"""
import glob
import json
import os

from lib import OUT
from validate import check

TESTS = {
    131: "兩件以上同時、相距近：相鄰路口（約 95 m）號誌黑燈與擦撞各一件，500 m 外轉運中心火警總機（油煙）再一件；尖峰背景壅塞",
    132: "淹水沿經貿路擴散約 90 分鐘（低窪處→南到中平路、北到經貿七路）、水位計三→二→一級、壅塞與熄火車屬同一件；可讀為南北兩件",
    133: "一件火災 1999 爆量 42 通（含 other 類）、火警總機、119、封路與壅塞（火災造成的連鎖回堵）；遠處燒金紙陳情",
    134: "演唱會夜晚：許可、停車場滿、違停、噪音、人潮屬一件人潮事件；扒竊、救護、散場追撞各自一件",
    135: "延遲 40 分鐘、重複送達（同 key）、VD 時鐘慢 1 小時、1999 時間快 8 小時、續報比原報先到、CCTV 延遲 1 小時",
    136: "感測閘道器斷線：8 個設備同時離線與路燈熄滅＝一件設施事件（或不開）；同時段不在閘道器上的河南路小積水、環中路拋錨各一件",
    137: "連鎖：大貨車碰撞造成回堵（VD 壅塞屬第一件），車陣尾端第二件追撞另開；可讀為一件",
    138: "會移動的事件：逆向車 9 分鐘內沿環中路 3.5 km 經六支 CCTV；另河南路機車自摔一件",
    139: "平靜夜：只有背景（陳情、設備斷線、號誌瞬斷自復、總機故障），一筆 3 分鐘內復歸的誤報；正確答案零件",
    140: "颱風夜：十筆雨量警報為背景；兩處地下道、河南路低窪、筏子溪各一件淹水，倒樹與號誌停電各一件；滯洪池水位與小積水可議",
    141: "詞彙表難以表達：施工挖破瓦斯管（無 hazmat 事件類型）、疏散人潮屬外洩事件、疏散中長者走失（1999 無走失類別）",
    142: "停電（無類別）：四路口號誌黑燈、停車場/VD 斷線、總機 fault、路燈＝一件；電梯受困另一件救援；範圍外擦撞另一件",
}

CONVENTIONS = """\
## Conventions (stated once)

1. **One incident = one job a coordinator would dispatch** (one crew or one coordinated response). Evidence that a job
   *caused* elsewhere joins it when the same crew handles it (a jam behind a crash, the road closure for a fire, the
   stalled car in a flood); a second event that needs its own unit (a second crash at the tail of the queue, an
   elevator rescue during a power cut) is its own incident. Never decided by a distance or time threshold.
2. **Background (`truth: null`)**: anything no coordinator would dispatch on: streetlight / noise / parking
   complaints unrelated to an incident, car parks full on an ordinary day, short device drop-outs, a panel `fault`
   on its own, a signal that drops and restores by itself, and **heavy-rain alerts** (weather is not a job; in 132 the one gauge
   inside the flooded spot is labelled with the flood, `truth_alt: null`).
3. **Follow-ups and endings belong to their incident**: `cleared` alerts, `restored`/`normal`/`online` events,
   police follow-ups (`follows`) and 119 status updates carry the label of the incident they close or update.
4. **Time**: all generator times are Taiwan local (UTC+8), stored as UTC `Z`. `arrival` = when the centre got it
   (sensors ~5-30 s, CCTV ~10 s, 119 ~1 min, 1999 ~2 min, police ~5 min, permits days ahead); wrong clocks are kept
   as the source stamped them (135) and the truth never depends on them. Duplicated deliveries repeat the key and every
   field but `arrival`.
5. **sufficient_evidence_key** = the first item at which I, as a coordinator, would open the job, marked by hand in
   the generator (`suff=True`): a flood-depth or water-level alarm, a dark signal, a 119 dispatch, a clear caller or
   police report opens; a lone panel alarm in a residential block waits for the 119 dispatch (133); a low-confidence or
   rising-but-shallow sensor waits for the next reading or a caller (132, 140 U1). `truth_alt` appears only where
   the label differs under the alternative reading; the alternative incident list is complete.
6. **Incident types** used: `flood`, `fire`, `traffic`, `crowd` (IncidentType) and, where no type fits, `rescue`,
   `public_safety`, `infrastructure` (from the vocabulary's evidence-role columns) and `hazmat` (invented) — listed in
   `vocabulary_needed_131-142.md`.
7. Keys are `<situation>-<feed>-<nnn>`. Sensor items use the registered id and position from `sensors.geojson`;
   other positions are places on the real 水湳 roads (DOMAIN.md §1.2 anchors) with a few tens of metres of jitter.
"""


def main():
    rows = []
    for f in sorted(glob.glob(os.path.join(OUT, "1[34][0-9]_*.jsonl"))):
        n = int(os.path.basename(f)[:3])
        if not 131 <= n <= 142:
            continue
        errs, st = check(f)
        base = os.path.basename(f)[:-6]
        rows.append(f"| `{base}` | {st['lines']} | {st['keys']} | {st['noise']} | {st['incidents']} | "
                    f"{st['alt_incidents'] if st['alt_incidents'] is not None else '–'} | {TESTS[n]} |")
    text = ("# Situations 131-142 (oracle7, written blind)\n\n"
            "Twelve labelled feeds of the 水湳 smart-city operations centre, written from the situation (what happened, what "
            "is one job), not from any distance or time rule. Files: `NNN_name.jsonl` (items in arrival order), "
            "`NNN_name.truth.json`, `vocabulary_needed_131-142.md`, generator in `tools_131_142/`.\n\n"
            "Regenerate and check: `cd tools_131_142 && python3 gen_a.py && python3 gen_b.py && python3 validate.py && python3 readme.py` "
            "(seeded; output is byte-stable).\n\n" + CONVENTIONS +
            "\n## Situations\n\n"
            "| situation | lines | unique keys | noise keys | incidents | alt incidents | what it tests |\n"
            "|---|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n")
    with open(os.path.join(OUT, "README_131-142.md"), "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote README_131-142.md")


if __name__ == "__main__":
    main()
