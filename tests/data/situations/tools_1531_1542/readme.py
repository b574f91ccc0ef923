"""Write README_1531-1542.md from the truth files."""
import glob, json, os
from lib import OUT

out = ['# Situations 1531-1542', '',
       'Author: a Taichung fire bureau disaster-prevention officer who has worked the city\'s operations center for years, writing blind.', '',
       '## Conventions',
       '- Times: `observed`/`arrival` in UTC; local time (UTC+8) in the stories. Keys `<situation>-<short>`; a duplicate repeats the key.',
       '- One incident = what one crew or one coordinated response handles. Background (streetlights, illegal parking, routine slow-downs, '
       'rain classes on their own, planned maintenance, a cancelled permit) is `truth: null`.',
       '- Rain alerts alone open nothing (null): the flood is what is dispatched. Sensor items sit at the registered position; other '
       'items within a few tens of metres of the named place (seeded jitter), callers where they stand, not where the fire is.',
       '- 119 follow-ups (`on_scene`, `returning`, `closed`) `follows` the first dispatch; police reopenings `follows` the closure.',
       '- Severity: rule alerts by band/level/class as FORMAT.md; police by my judgement; `Unknown` for panels, signals, parking, CCTV, status, 1999, 119, permits.',
       '- Permits that reached the center before the window are given an arrival at the start of the window (the board at shift start).',
       '- `truth_alt` only where I think two coordinators would really differ; the alternative incident list is complete.', '']
for tf in sorted(glob.glob(os.path.join(OUT, '15[34][0-9]_*.truth.json'))):
    n = int(os.path.basename(tf)[:4])
    if not 1531 <= n <= 1542:
        continue
    t = json.load(open(tf, encoding='utf-8'))
    items = [json.loads(l) for l in open(tf[:-11] + '.jsonl', encoding='utf-8')]
    out += [f'## {t["situation"]} ({len(items)} items)', '', t['description'], '']
    notes = t.get('notes', [])
    for x in notes:
        if x.startswith('STORY: '):
            out += [x[7:], '']
    out.append('Incidents:')
    for i in t['incidents']:
        cnt = sum(1 for it in items if it['truth'] == i['label'])
        out.append(f'- `{i["label"]}` ({i["type"]}, {cnt} items, opened at `{i["sufficient_evidence_key"]}`): {i["description"]}')
    out.append(f'- background (null): {sum(1 for it in items if it["truth"] is None)} items')
    out.append('')
    deb = [x[11:] for x in notes if x.startswith('DEBATABLE: ')]
    other = [x for x in notes if not x.startswith(('STORY: ', 'DEBATABLE: '))]
    if deb or t.get('alternative_reading'):
        out.append('Debatable calls:')
        for d in deb:
            out.append(f'- {d}')
        if t.get('alternative_reading'):
            a = t['alternative_reading']
            out.append(f'- Alternative reading: {a["why"]} -> incidents ' + ', '.join(f'`{i["label"]}`' for i in a['incidents']))
        out.append('')
    for o in other:
        out += [f'Delivery: {o}', '']
open(os.path.join(OUT, 'README_1531-1542.md'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('README_1531-1542.md written')
