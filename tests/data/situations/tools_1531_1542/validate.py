"""Validate situations 1531-1542 against FORMAT.md."""
import glob, json, os, sys, datetime as dt
from lib import OUT, SENSORS, GATEWAYS

ALLOWED = {'key', 'kind', 'feed', 'agency', 'category', 'severity', 'lon', 'lat', 'observed', 'arrival', 'sensor_id', 'text',
           'confidence', 'reason', 'status', 'level', 'follows', 'ends', 'radius_m', 'permit_status', 'gateway', 'truth', 'truth_alt'}
REQ = {'key', 'kind', 'feed', 'agency', 'category', 'severity', 'lon', 'lat', 'observed', 'arrival', 'truth'}
FEEDS = {'rule', 'fire_alarm', 'signal', 'parking', 'incident', 'cctv', '1999', 'status', '119', 'planned_event'}
SENSOR_FEEDS = {'rule', 'fire_alarm', 'signal', 'parking', 'status', 'cctv'}
UNKNOWN_SEV = {'fire_alarm', 'signal', 'parking', 'cctv', 'status', '1999', '119', 'planned_event'}
SEVS = {'Minor', 'Moderate', 'Severe', 'Extreme', 'Unknown'}
AGENCIES = {'disaster', 'traffic', 'police', 'citizen', 'fire'}
CATS = {'119': {'fire', 'rekindle', 'rescue', 'ambulance', 'hazmat'},
        'planned_event': {'concert', 'march', 'exhibition', 'road_works', 'event', 'market', 'festival'},
        'cctv': {'stalled_vehicle', 'crowding', 'wrong_way', 'smoke', 'fallen_object', 'signal_dark', 'flooding', 'accident'},
        'parking': {'full', 'closed', 'empty'}, 'status': {'offline', 'online'}, 'fire_alarm': {'alarm', 'fault', 'normal'},
        'signal': {'fault', 'restored'}}
REASONS = {'mains_power_lost', 'comms_lost', 'maintenance', 'battery_low', 'device_fault'}
STATUSES = {'dispatched', 'on_scene', 'returning', 'closed'}
T = lambda s: dt.datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ')
errors = []


def err(f, m):
    errors.append(f'{os.path.basename(f)}: {m}')


files = sorted(glob.glob(os.path.join(OUT, '15[34][0-9]_*.jsonl')))
files = [f for f in files if 1531 <= int(os.path.basename(f)[:4]) <= 1542]
if len(files) != 12:
    errors.append(f'expected 12 situations, found {len(files)}')
for f in files:
    items = [json.loads(l) for l in open(f, encoding='utf-8')]
    truth = json.load(open(f[:-6] + '.truth.json', encoding='utf-8'))
    if not 20 <= len(items) <= 120:
        err(f, f'{len(items)} items')
    labels = {i['label'] for i in truth['incidents']}
    alt = truth.get('alternative_reading')
    alt_labels = {i['label'] for i in alt['incidents']} if alt else labels
    seen, prev = {}, None
    for n, it in enumerate(items):
        k = it.get('key')
        if set(it) - ALLOWED: err(f, f'{k}: fields {set(it) - ALLOWED}')
        if REQ - set(it): err(f, f'{k}: missing {REQ - set(it)}')
        if it['feed'] not in FEEDS: err(f, f'{k}: feed')
        if it['agency'] not in AGENCIES: err(f, f'{k}: agency')
        if it['severity'] not in SEVS: err(f, f'{k}: severity')
        if it['feed'] in UNKNOWN_SEV and it['severity'] != 'Unknown': err(f, f'{k}: severity must be Unknown')
        if (it['kind'] == 'alert') != (it['feed'] == 'rule'): err(f, f'{k}: kind/feed')
        if it['feed'] in CATS and it['category'] not in CATS[it['feed']]: err(f, f'{k}: category {it["category"]}')
        if it['feed'] in SENSOR_FEEDS:
            sid = it.get('sensor_id')
            if sid not in SENSORS: err(f, f'{k}: sensor {sid}')
            else:
                s = SENSORS[sid]
                if (round(s['lon'], 6), round(s['lat'], 6)) != (it['lon'], it['lat']): err(f, f'{k}: not at sensor position')
                if it['agency'] != s['agency']: err(f, f'{k}: agency != sensor agency')
        elif 'sensor_id' in it: err(f, f'{k}: sensor_id on {it["feed"]}')
        if 'reason' in it and (it['feed'] != 'status' or it['category'] != 'offline' or it['reason'] not in REASONS): err(f, f'{k}: reason')
        if 'status' in it and (it['feed'] != '119' or it['status'] not in STATUSES): err(f, f'{k}: status')
        if 'radius_m' in it and (it['feed'] != 'planned_event' or not 1 <= it['radius_m'] <= 5000): err(f, f'{k}: radius')
        if 'permit_status' in it and (it['feed'] != 'planned_event' or it['permit_status'] not in {'approved', 'amended', 'cancelled'}): err(f, f'{k}: permit_status')
        if it.get('permit_status') in ('amended', 'cancelled') and 'follows' not in it: err(f, f'{k}: permit version must follow')
        if 'gateway' in it and (it['feed'] not in ('rule', 'status') or it['gateway'] not in GATEWAYS | set(SENSORS)): err(f, f'{k}: gateway')
        if 'ends' in it and it['feed'] != 'planned_event': err(f, f'{k}: ends')
        if 'confidence' in it and (it['feed'] != 'cctv' or not 0 <= it['confidence'] <= 1): err(f, f'{k}: confidence')
        if it['feed'] == 'cctv' and 'confidence' not in it: err(f, f'{k}: cctv without confidence')
        if it['truth'] is not None and it['truth'] not in labels: err(f, f'{k}: truth {it["truth"]}')
        if 'truth_alt' in it and it['truth_alt'] is not None and it['truth_alt'] not in alt_labels: err(f, f'{k}: truth_alt')
        if 'truth_alt' in it and not alt: err(f, f'{k}: truth_alt without alternative_reading')
        a = T(it['arrival']); T(it['observed'])
        if prev and a < prev: err(f, f'{k}: arrival order')
        prev = a
        if k in seen:
            x, y = dict(seen[k]), dict(it)
            x.pop('arrival'); y.pop('arrival')
            if x != y: err(f, f'{k}: duplicate differs')
        seen[k] = it
    keys = set(seen)
    for it in items:
        if 'follows' in it and it['follows'] not in keys: err(f, f'{it["key"]}: follows unknown')
    arr = [T(i['arrival']) for i in items]
    span = (max(arr) - min(arr)).total_seconds() / 60
    if not 20 <= span <= 180: err(f, f'span {span:.0f} min')
    def check(incs, lab):
        for inc in incs:
            k = inc['sufficient_evidence_key']
            if k not in seen: err(f, f'sufficient key {k} missing'); continue
            if lab(seen[k]) != inc['label']: err(f, f'{k} not labelled {inc["label"]}')
        used = {lab(i) for i in items} - {None}
        if used != {i['label'] for i in incs}: err(f, f'labels used {used} vs incidents {[i["label"] for i in incs]}')
    check(truth['incidents'], lambda i: i['truth'])
    if alt:
        check(alt['incidents'], lambda i: i.get('truth_alt', i['truth']) if 'truth_alt' in i else i['truth'])
    print(f'{os.path.basename(f)}: {len(items)} items, {span:.0f} min, ok so far' )
if errors:
    print('\n'.join(errors)); sys.exit(1)
print('all valid')
