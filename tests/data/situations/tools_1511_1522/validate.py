"""Check every data file of 1511-1522."""
import json, os, glob, sys, datetime as dt
from lib import OUT, SENS
ALLOWED = {'key', 'kind', 'feed', 'agency', 'category', 'severity', 'lon', 'lat', 'observed', 'arrival', 'sensor_id', 'text',
           'confidence', 'reason', 'status', 'level', 'follows', 'ends', 'radius_m', 'permit_status', 'gateway', 'truth', 'truth_alt'}
FEEDS = {'rule', 'fire_alarm', 'signal', 'parking', 'incident', 'cctv', '1999', 'status', '119', 'planned_event'}
SENSOR_FEEDS = {'rule', 'fire_alarm', 'signal', 'parking', 'status', 'cctv'}
SEV = {'Minor', 'Moderate', 'Severe', 'Extreme', 'Unknown'}
AG = {'disaster', 'traffic', 'police', 'citizen', 'fire'}
TYPES = {'flood', 'fire', 'traffic', 'crowd', 'public_safety', 'rescue', 'infrastructure', 'hazmat'}
KIND_OF_FEED = {'fire_alarm': 'fire_alarm', 'signal': 'signal', 'parking': 'parking', 'cctv': 'cctv'}
P = lambda s: dt.datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ')
errs = []
def err(f, m): errs.append(f'{os.path.basename(f)}: {m}')
files = sorted(glob.glob(os.path.join(OUT, '15[12]?_*.jsonl')))
nums = sorted(int(os.path.basename(f).split('_')[0]) for f in files)
if nums != list(range(1511, 1523)): errs.append(f'situation numbers {nums}')
for f in files:
    items = [json.loads(l) for l in open(f, encoding='utf-8')]
    truth = json.load(open(f[:-6] + '.truth.json', encoding='utf-8'))
    if not 20 <= len(items) <= 120: err(f, f'{len(items)} items')
    seen = {}
    prev = None
    for it in items:
        k = it['key']
        for x in it:
            if x not in ALLOWED: err(f, f'{k} field {x}')
        for x in ('key', 'kind', 'feed', 'agency', 'category', 'severity', 'lon', 'lat', 'observed', 'arrival', 'truth'):
            if x not in it: err(f, f'{k} lacks {x}')
        if it['feed'] not in FEEDS: err(f, f'{k} feed')
        if it['kind'] != ('alert' if it['feed'] == 'rule' else 'event'): err(f, f'{k} kind')
        if it['severity'] not in SEV: err(f, f'{k} severity')
        if it['agency'] not in AG: err(f, f'{k} agency')
        if it['feed'] in SENSOR_FEEDS:
            sid = it.get('sensor_id')
            if sid not in SENS: err(f, f'{k} sensor {sid}')
            else:
                pr = SENS[sid]['properties']
                if it['feed'] in KIND_OF_FEED and pr['kind'] != KIND_OF_FEED[it['feed']]: err(f, f'{k} sensor kind')
                c = SENS[sid]['geometry']['coordinates']
                if abs(c[0] - it['lon']) > 1e-5 or abs(c[1] - it['lat']) > 1e-5: err(f, f'{k} not at sensor position')
                if it['feed'] in ('rule', 'status', 'cctv') and it['agency'] != pr['agency']: err(f, f'{k} agency vs sensor')
        elif 'sensor_id' in it: err(f, f'{k} sensor_id on {it["feed"]}')
        if not (120.60 < it['lon'] < 120.70 and 24.15 < it['lat'] < 24.22): err(f, f'{k} position')
        if 'reason' in it and not (it['feed'] == 'status' and it['category'] == 'offline' and it['reason'] in
                                   ('mains_power_lost', 'comms_lost', 'maintenance', 'battery_low', 'device_fault')): err(f, f'{k} reason')
        if 'status' in it and not (it['feed'] == '119' and it['status'] in ('dispatched', 'on_scene', 'returning', 'closed')): err(f, f'{k} status')
        for x in ('radius_m', 'permit_status', 'ends'):
            if x in it and it['feed'] != 'planned_event': err(f, f'{k} {x}')
        if 'radius_m' in it and not 1 <= it['radius_m'] <= 5000: err(f, f'{k} radius')
        if 'gateway' in it and it['feed'] not in ('rule', 'status'): err(f, f'{k} gateway')
        if 'confidence' in it and (it['feed'] != 'cctv' or not 0 <= it['confidence'] <= 1): err(f, f'{k} confidence')
        if it['feed'] == 'cctv' and 'confidence' not in it: err(f, f'{k} cctv without confidence')
        if 'level' in it and it['level'] not in ('1-15', '16-30', '>30', '1', '2', '3', '大雨', '豪雨', '大豪雨', '超大豪雨'): err(f, f'{k} level')
        if prev and P(it['arrival']) < P(prev): err(f, f'{k} arrival order')
        prev = it['arrival']
        if k in seen:
            a = {x: y for x, y in it.items() if x != 'arrival'}; b = {x: y for x, y in seen[k].items() if x != 'arrival'}
            if a != b: err(f, f'{k} duplicate differs')
        else:
            seen[k] = it
    keys = set(seen)
    for it in items:
        if 'follows' in it and it['follows'] not in keys: err(f, f'{it["key"]} follows unknown')
    # truth
    labs = {i['label'] for i in truth['incidents']}
    for i in truth['incidents']:
        if i['type'] not in TYPES: err(f, f'type {i["type"]}')
        sk = i['sufficient_evidence_key']
        if sk not in keys or seen[sk]['truth'] != i['label']: err(f, f'sufficient key {sk} for {i["label"]}')
        if not any(it['truth'] == i['label'] for it in items): err(f, f'label {i["label"]} unused')
    used = {it['truth'] for it in items} - {None}
    if used - labs: err(f, f'labels not in truth {used - labs}')
    alt = truth.get('alternative_reading')
    has_alt = any('truth_alt' in it for it in items)
    if has_alt and not alt: err(f, 'truth_alt without alternative reading')
    if alt:
        al = {i['label'] for i in alt['incidents']}
        lab_alt = lambda it: it['truth_alt'] if 'truth_alt' in it else it['truth']
        ua = {lab_alt(it) for it in items} - {None}
        if ua != al: err(f, f'alt labels {ua} vs incidents {al}')
        for i in alt['incidents']:
            sk = i['sufficient_evidence_key']
            if sk not in keys or lab_alt(seen[sk]) != i['label']: err(f, f'alt sufficient key {sk} for {i["label"]}')
    # span
    times = [P(it['observed']) for it in items if it['feed'] != 'planned_event']
    arr = [P(it['arrival']) for it in items]
    span = (max(arr) - min(a for a, it in zip(arr, items) if it['feed'] != 'planned_event')).total_seconds() / 60
    if not 20 <= span <= 180: err(f, f'span {span:.0f} min')
print('\n'.join(errs) if errs else f'OK: {len(files)} situations valid')
sys.exit(1 if errs else 0)
