"""Helpers for situations 1511-1522 (hand-written, seeded)."""
import json, os, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")
SENS = {f['properties']['sensor_id']: f for f in json.load(open(os.path.join(GEO, 'sensors.geojson')))['features']}
UNSET = object()

def spos(sid):
    c = SENS[sid]['geometry']['coordinates']
    return round(c[0], 6), round(c[1], 6)

# places people and officers name (gazetteer positions, road-line points)
P = {
    'hub': (120.6528, 24.1974), 'conv': (120.6551, 24.1944), 'hallA': (120.6546, 24.1948), 'hallB': (120.6556, 24.1940),
    'museum': (120.6570, 24.1915), 'tower': (120.6585, 24.1930), 'popmusic': (120.6520, 24.1850),
    'parkcp': (120.6566, 24.1880), 'reclaim': (120.6590, 24.1765), 'fcu': (120.6520, 24.1790), 'cmu': (120.6592, 24.1735),
    'ecoA': (120.6588, 24.1840), 'ecoB': (120.6590, 24.1815), 'henan_cp': (120.6530, 24.1745), 'jm6_cp': (120.65491, 24.19560),
    't74_hz': (120.6472, 24.19586), 'kx_hz': (120.64766, 24.19659), 'zk_hz': (120.65217, 24.19785), 'jm_hz': (120.65345, 24.19848),
    'jm_lm': (120.65496, 24.19582), 'jm_jm7': (120.65685, 24.19247), 'lm_kx': (120.64904, 24.19365), 'zq_hz': (120.65724, 24.1989),
    'tw_hz': (120.63188, 24.17485), 'hn_zp': (120.65032, 24.17106), 'jm_zp': (120.66038, 24.17359),
    'park_n': (120.6560, 24.1870), 'park_mid': (120.6564, 24.1825), 'park_s': (120.6562, 24.1780),
}

def between(a, b, f):
    return (round(a[0] + (b[0] - a[0]) * f, 6), round(a[1] + (b[1] - a[1]) * f, 6))

def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')

FEED_AGENCY = {'fire_alarm': 'disaster', 'signal': 'traffic', 'parking': 'traffic', 'incident': 'police',
               '1999': 'citizen', '119': 'fire', 'planned_event': 'police'}

class Sit:
    def __init__(self, num, name, local_start, description, seed):
        self.num, self.name, self.description = num, name, description
        y, mo, d, h, mi = local_start
        self.t0 = dt.datetime(y, mo, d, h, mi) - dt.timedelta(hours=8)  # Taiwan UTC+8 -> UTC
        self.rng = random.Random(seed)
        self.items, self.incidents, self.alt, self.notes = [], [], None, []
        self.readme = {'what': '', 'debates': []}

    def T(self, m):
        return self.t0 + dt.timedelta(minutes=m)

    def add(self, key, feed, category, m, truth=None, sev='Unknown', sid=None, ll=None, text=None,
            delay=None, obs_shift_min=0, alt=UNSET, **kw):
        key = f'{self.num}-{key}'
        if delay is None:
            delay = self.rng.randint(60, 240) if feed == '1999' else self.rng.randint(3, 45)
        if sid:
            lon, lat = spos(sid)
        else:
            lon, lat = ll
        if feed in ('rule', 'status', 'cctv'):
            agency = SENS[sid]['properties']['agency']
        else:
            agency = FEED_AGENCY[feed]
        it = {'key': key, 'kind': 'alert' if feed == 'rule' else 'event', 'feed': feed, 'agency': agency,
              'category': category, 'severity': sev, 'lon': lon, 'lat': lat,
              'observed': iso(self.T(m) + dt.timedelta(minutes=obs_shift_min)),
              'arrival': iso(self.T(m) + dt.timedelta(seconds=delay))}
        if sid:
            it['sensor_id'] = sid
        u = kw.pop('unit', None) or '、'.join(kw.pop('units', []) or [])
        if u:
            text = f'{text}（{u}）' if text else f'（{u}）'
        if text:
            it['text'] = text
        for k, v in kw.items():
            if k == 'follows':
                v = f'{self.num}-{v}'
            if k == 'ends':
                v = iso(self.T(v))
            it[k] = v
        it['truth'] = truth
        if alt is not UNSET:
            it['truth_alt'] = alt
        self.items.append(it)
        return it

    def dup(self, key, extra_min):
        key = f'{self.num}-{key}'
        src = next(i for i in self.items if i['key'] == key)
        d = dict(src)
        a = dt.datetime.strptime(src['arrival'], '%Y-%m-%dT%H:%M:%SZ') + dt.timedelta(minutes=extra_min)
        d['arrival'] = iso(a)
        self.items.append(d)

    def incident(self, label, typ, desc, key):
        self.incidents.append({'label': label, 'type': typ, 'description': desc,
                               'sufficient_evidence_key': f'{self.num}-{key}'})

    def alternative(self, why, drop=(), add=(), replace=()):
        """add: (label, type, desc, key) for incidents only in the alternative reading."""
        inc = [i for i in self.incidents if i['label'] not in drop and i['label'] not in [r[0] for r in replace]]
        for lab, typ, desc, key in list(add) + list(replace):
            inc.append({'label': lab, 'type': typ, 'description': desc, 'sufficient_evidence_key': f'{self.num}-{key}'})
        self.alt = {'why': why, 'incidents': inc}

    def write(self):
        items = sorted(self.items, key=lambda i: i['arrival'])  # stable
        base = os.path.join(OUT, f'{self.num}_{self.name}')
        with open(base + '.jsonl', 'w', encoding='utf-8') as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + '\n')
        truth = {'situation': f'{self.num}_{self.name}', 'description': self.description, 'incidents': self.incidents}
        if self.alt:
            truth['alternative_reading'] = self.alt
        if self.notes:
            truth['notes'] = ' '.join(self.notes)
        with open(base + '.truth.json', 'w', encoding='utf-8') as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
        with open(os.path.join(HERE, f'readme_{self.num}.json'), 'w', encoding='utf-8') as f:
            json.dump({'name': f'{self.num}_{self.name}', 'what': self.readme['what'], 'debates': self.readme['debates'],
                       'n': len(items), 'incidents': self.incidents, 'alt': self.alt}, f, ensure_ascii=False, indent=1)
        print(f'{self.num}_{self.name}: {len(items)} items, {len(self.incidents)} incidents')

# ---- routine background --------------------------------------------------
def rush_congestion(s, vds, m0, m1, prefix='bgc', clear=True):
    """Routine rush-hour slow-downs: background."""
    for n, vd in enumerate(vds):
        m = s.rng.uniform(m0, m1)
        s.add(f'{prefix}{n}', 'rule', 'congestion', m, None, 'Minor', sid=vd,
              text=f'{SENS[vd]["properties"]["name"]} 平均車速低於門檻（尖峰時段）')
        if clear:
            s.add(f'{prefix}{n}c', 'rule', 'cleared', min(m + s.rng.uniform(12, 30), m1 + 20), None, 'Minor', sid=vd,
                  text='車速恢復，警戒解除')

def streetlight(s, key, m, ll, text, truth=None, **kw):
    return s.add(key, '1999', 'streetlight', m, truth, ll=ll, text=text, **kw)
