"""Write README_1991-2002.md from the truth files of situations 1991-2002."""
import glob, json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

WHY = {
    1991: "地下道受困車輛：救援是消防水域救援的工作，與地下道抽水封路分開派工；也可讀成同一地下道淹水案（alternative）。兩處低窪相距約1.2公里、各自封路派抽水機，分為兩案。",
    1992: "滯洪池蓄水是設計功能，但達警戒需巡查、管制步道，列 flood_risk；南北池各一案，也可合併。區域排水水位併入相距約280公尺的經貿路低窪淹水。",
    1993: "停電與號誌全暗分兩案（台電／設備 vs. 員警指揮交通）；兩個全暗路口相距約400公尺，同一批員警、一案。淹水感測器因停電離線歸停電案，也可歸經貿路淹水案。",
    1994: "民眾兩三小時後的催辦電話仍是同一淹水案；號誌修好又壞仍是同一件號誌故障；長者撤離另列救援，也可併入淹水案。堵塞排水孔在淹水旁，算淹水案的一部分。",
    1995: "筏子溪與旱溪是不同河川、相距約7.5公里，各自監看；旱溪只到三級就回降，可視為背景。河床受困釣客是獨立救援。地下道淹水距筏子溪約1.5公里，另一案。",
    1996: "同一路口退水、解封後兩小時復淹：前案已解封結案，復淹是新派工（B）；也可讀成同一案延續。",
    1997: "電梯困人是救援、不是停電案；回收中心總機誤動作由消防到場確認，算一件火警派遣（類型可議）。",
    1998: "路樹打壞號誌在同一路口同一時間，算倒樹一案；也可把號誌搶修另列。路樹壓傷騎士以救護為主，列救援。公園內不擋路的小樹是背景。",
    1999: "三處低窪、溢流滯洪池各自派工；經貿路北側280公尺同路段的通報併入經貿路淹水（也可分開）。車內受困另列救援（也可併入河南路淹水）。",
    2000: "滯洪池水位回降是前一時段案件的收尾，本視窗無開案，列背景。號誌全暗與停電分兩案，也可合併。",
    2001: "河南中平路口熄火車距淹水感測器約400公尺，因積水熄火，算河南路淹水案；也可另列交通案。走失長者是獨立協尋。",
    2002: "泡水車與旁邊故障的淹水感測器相距約50公尺，但一個是拖吊、一個是維修，分兩案；感測器故障也可視為不派工的背景。",
}
EMPH = "一場颱風、十二個時窗：多處低窪同時淹水（300公尺至2公里）、淹水中的受困救援、滯洪池與河川水位上升、倒樹與號誌全暗、停電使設備失明、數小時後的催辦電話、退水後復淹。"

lines = ["# Situations 1991-2002: 一場颱風、十二個時窗（水湳智慧城示範區）", "", f"Emphasis: {EMPH}", ""]
for num in range(1991, 2003):
    tpath = glob.glob(os.path.join(OUT, f"{num}_*.truth.json"))[0]
    jpath = tpath.replace(".truth.json", ".jsonl")
    t = json.load(open(tpath, encoding="utf-8"))
    items = [json.loads(l) for l in open(jpath, encoding="utf-8")]
    uniq = {}
    for it in items:
        uniq.setdefault(it["key"], it)
    dups = len(items) - len(uniq)
    bg = sum(1 for i in uniq.values() if i["truth"] is None)
    lines += [f"## {t['situation']}", "", t["description"], "",
              f"Count: {len(items)} lines ({len(uniq)} unique items, {dups} duplicate deliveries), "
              f"{len(t['incidents'])} incidents, {bg} background items.", "", "Truth:"]
    for inc in t["incidents"]:
        n = sum(1 for i in uniq.values() if i["truth"] == inc["label"])
        lines.append(f"- {inc['label']} ({inc['type']}, {n} items, opens at `{inc['sufficient_evidence_key']}`): {inc['description']}")
    if t.get("alternative_reading"):
        a = t["alternative_reading"]
        lines += ["", f"Alternative reading: {a['why']}"]
        for inc in a["incidents"]:
            n = sum(1 for i in uniq.values() if i.get("truth_alt", i["truth"]) == inc["label"])
            lines.append(f"- {inc['label']} ({inc['type']}, {n} items, opens at `{inc['sufficient_evidence_key']}`): {inc['description']}")
    if t.get("notes"):
        lines += ["", f"Notes: {t['notes']}"]
    lines += ["", f"Why: {WHY[num]}", ""]
open(os.path.join(OUT, "README_1991-2002.md"), "w", encoding="utf-8").write("\n".join(lines))
print("README_1991-2002.md written")
