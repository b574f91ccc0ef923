"""Write README_1511-1522.md from the generators' notes."""
import json, glob, os
from lib import HERE, OUT
L = ['# Situations 1511-1522: ordinary days in 水湳', '',
     'Author: a Taichung fire bureau disaster-prevention officer who has worked the city operations center for years (written blind).', '',
     '## Conventions',
     '- Times are written in Taiwan local time in the prose and stored in UTC (local - 8 h).',
     '- One incident = what I would dispatch as one job: one crew or one coordinated response. Routine rush-hour slow-downs, full car parks, '
     'lamp tickets, illegal parking, noise about a permitted event, planned-maintenance offline devices and panel faults are `truth: null`.',
     '- A permitted event running normally is not a job; where a coordinator might run it as one, that is the alternative reading.',
     '- Police follow-ups use `follows`; 119 updates repeat the case with `status`; a duplicated delivery repeats the key with a later arrival.',
     '- Permits arrive days before the event (their arrival precedes the situation); the span is counted without them.',
     '- The police unit and the 119 units sent are written into the item text in brackets.', '']
for f in sorted(glob.glob(os.path.join(HERE, 'readme_15*.json'))):
    d = json.load(open(f, encoding='utf-8'))
    L += [f'## {d["name"]} ({d["n"]} items)', '', d['what'], '', '**Incidents**']
    for i in d['incidents']:
        L.append(f'- `{i["label"]}` ({i["type"]}): {i["description"]}; opened at `{i["sufficient_evidence_key"]}`')
    if d['alt']:
        L += ['', f'**Alternative reading**: {d["alt"]["why"]} Incidents: ' + ', '.join(f'`{i["label"]}`' for i in d['alt']['incidents'])]
    L += ['', '**Debatable calls**'] + [f'- {x}' for x in d['debates']] + ['']
open(os.path.join(OUT, 'README_1511-1522.md'), 'w', encoding='utf-8').write('\n'.join(L))
print('README written')
