"""Helpers for situations 1531-1542 (Shuinan zone). Seeded; Python stdlib only."""
import json, math, os, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..'))
GEO = os.path.join(OUT, "..", "..", "..", "geo", "data")

SENSORS = {}
for f in json.load(open(os.path.join(GEO, 'sensors.geojson')))['features']:
    p = f['properties']
    SENSORS[p['sensor_id']] = dict(kind=p['kind'], agency=p['agency'], lon=f['geometry']['coordinates'][0],
                                   lat=f['geometry']['coordinates'][1], name=p.get('name'),
                                   gateway=(p.get('metadata') or {}).get('gateway'))
GATEWAYS = {s['gateway'] for s in SENSORS.values() if s['gateway']}

# named places (gazetteer positions, and road anchors of roads.geojson)
P = {
    'hub': (120.6528, 24.1974), 'conv': (120.6551, 24.1944), 'convA': (120.6546, 24.1948), 'convB': (120.6556, 24.1940),
    'museum': (120.6570, 24.1915), 'tower': (120.6585, 24.1930), 'pop': (120.6520, 24.1850), 'parkcp': (120.6566, 24.1880),
    'wrc': (120.6590, 24.1765), 'fcu': (120.6520, 24.1790), 'cmu': (120.6592, 24.1735), 'ecoA': (120.6588, 24.1840),
    'ecoB': (120.6590, 24.1815), 'henancp': (120.6530, 24.1745), 'jm6cp': (120.65491, 24.1956),
    'pond1': (120.6556, 24.18834), 'pond2': (120.6572, 24.1853), 'pond3': (120.6556, 24.18225), 'pond4': (120.6572, 24.1792),
    'pond5': (120.6556, 24.17616),
    'j_jm_zp': (120.6604, 24.1736), 'j_hn_zp': (120.6503, 24.1711), 'j_jm_hz': (120.6535, 24.1985), 'j_zq_hz': (120.6572, 24.1989),
    'j_jm_lm': (120.6550, 24.1958), 'j_jm_7': (120.6569, 24.1925), 'j_lm_kx': (120.6490, 24.1937), 'j_zk_hz': (120.6522, 24.1978),
    'j_kx_hz': (120.6477, 24.1966), 'j_74_hz': (120.6472, 24.1959), 'j_tw_hz': (120.6319, 24.1748),
    'jm_lowpt': (120.6596, 24.1825), 'hn_lowpt': (120.6528, 24.1742), 'zk_mid': (120.6532, 24.1905), 'zk_south': (120.6537, 24.1820),
    'kx_mid': (120.6510, 24.1880), 'hz_mid': (120.6400, 24.1875), 'zq_mid': (120.6622, 24.1905),
}

def jm(frac):
    """A point on 經貿路, frac 0 = 環中路 end (north), 1 = 中平路 end (south)."""
    pts = [(120.6535, 24.1985), (120.655, 24.1958), (120.6569, 24.1925), (120.6592, 24.184), (120.6605, 24.1725)]
    seg = [math.dist(a, b) for a, b in zip(pts, pts[1:])]
    d = frac * sum(seg)
    for (a, b), s in zip(zip(pts, pts[1:]), seg):
        if d <= s:
            t = d / s
            return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
        d -= s
    return pts[-1]

SEV_NONE = {'fire_alarm', 'signal', 'parking', 'cctv', 'status', '1999', '119', 'planned_event'}
FLOOD_SEV = {'1-15': 'Minor', '16-30': 'Moderate', '>30': 'Severe'}
WL_SEV = {'3': 'Moderate', '2': 'Severe', '1': 'Extreme'}
RAIN_SEV = {'大雨': 'Moderate', '豪雨': 'Severe', '大豪雨': 'Extreme', '超大豪雨': 'Extreme'}
KIND_FEED = {'fire_alarm': 'fire_alarm', 'signal': 'signal', 'parking': 'parking', 'cctv': 'cctv'}


def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')


class Sit:
    def __init__(self, num, name, start, description):
        self.num, self.name, self.description = num, name, description
        self.t0 = dt.datetime.strptime(start, '%Y-%m-%dT%H:%M:%SZ')
        self.rng = random.Random(num)
        self.items, self.incidents, self.alt, self.notes, self.debates = [], [], None, [], []
        self.story = ''

    def near(self, where, m=40):
        lon, lat = P[where] if isinstance(where, str) else where
        a = self.rng.uniform(0, 2 * math.pi); r = self.rng.uniform(0, m)
        return (round(lon + r * math.cos(a) / 101000, 6), round(lat + r * math.sin(a) / 111000, 6))

    def _add(self, key, kind, feed, agency, cat, sev, lonlat, t, d, truth, text=None, sensor_id=None,
             skew=0, **kw):
        obs = self.t0 + dt.timedelta(minutes=t)
        it = {'key': f'{self.num}-{key}', 'kind': kind, 'feed': feed, 'agency': agency, 'category': cat,
              'severity': sev, 'lon': round(lonlat[0], 6), 'lat': round(lonlat[1], 6),
              'observed': iso(obs + dt.timedelta(seconds=skew)), 'arrival': iso(obs + dt.timedelta(seconds=d))}
        if sensor_id:
            it['sensor_id'] = sensor_id
        if text:
            it['text'] = text
        for k, v in kw.items():
            if k == 'alt':
                it['truth_alt'] = v
            elif k == 'follows':
                it['follows'] = f'{self.num}-{v}'
            elif k == 'ends':
                it['ends'] = iso(self.t0 + dt.timedelta(minutes=v))
            elif v is not None:
                it[k] = v
        it['truth'] = truth
        if 'truth_alt' in it:  # keep truth_alt after truth
            it['truth_alt'] = it.pop('truth_alt')
        self.items.append(it)
        return it

    def sen(self, key, sid, cat, t, truth, d=20, sev=None, text=None, level=None, **kw):
        s = SENSORS[sid]
        if cat in ('flood_depth', 'water_level', 'heavy_rain', 'congestion', 'sensor_offline', 'cleared',
                   'water_level_falling'):
            kind, feed = 'alert', 'rule'
            if sev is None:
                sev = {'flood_depth': FLOOD_SEV, 'water_level': WL_SEV, 'heavy_rain': RAIN_SEV}.get(cat, {}).get(level, 'Minor')
        elif cat in ('offline', 'online'):
            kind, feed, sev = 'event', 'status', 'Unknown'
        else:
            kind, feed, sev = 'event', KIND_FEED[s['kind']], 'Unknown'
        return self._add(key, kind, feed, s['agency'], cat, sev, (s['lon'], s['lat']), t, d, truth, text,
                         sensor_id=sid, level=level, **kw)

    def ev(self, key, feed, cat, t, where, truth, d=60, sev='Unknown', text=None, m=30, agency=None, **kw):
        agency = agency or {'incident': 'police', '1999': 'citizen', '119': 'fire', 'planned_event': 'police'}[feed]
        kind = 'event'
        return self._add(key, kind, feed, agency, cat, sev, self.near(where, m), t, d, truth, text, **kw)

    def dup(self, key, extra_s):
        k = f'{self.num}-{key}'
        src = [i for i in self.items if i['key'] == k][0]
        c = dict(src)
        c['arrival'] = iso(dt.datetime.strptime(src['arrival'], '%Y-%m-%dT%H:%M:%SZ') + dt.timedelta(seconds=extra_s))
        self.items.append(c)

    def inc(self, label, typ, desc, key):
        self.incidents.append({'label': label, 'type': typ, 'description': desc,
                               'sufficient_evidence_key': f'{self.num}-{key}'})

    def alternative(self, why, incidents):
        """incidents: list of (label, type, desc, key) -- the complete list under the alt reading."""
        self.alt = {'why': why, 'incidents': [{'label': l, 'type': t, 'description': d,
                                               'sufficient_evidence_key': f'{self.num}-{k}'} for l, t, d, k in incidents]}

    def debate(self, text):
        self.debates.append(text)

    def write(self):
        self.items.sort(key=lambda i: (i['arrival'], i['key']))
        base = os.path.join(OUT, f'{self.num}_{self.name}')
        with open(base + '.jsonl', 'w', encoding='utf-8') as f:
            for it in self.items:
                f.write(json.dumps(it, ensure_ascii=False) + '\n')
        truth = {'situation': f'{self.num}_{self.name}', 'description': self.description, 'incidents': self.incidents}
        if self.alt:
            truth['alternative_reading'] = self.alt
        notes = list(self.notes)
        if self.story:
            notes.insert(0, 'STORY: ' + self.story)
        notes += ['DEBATABLE: ' + d for d in self.debates]
        if notes:
            truth['notes'] = notes
        with open(base + '.truth.json', 'w', encoding='utf-8') as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(f'{self.num}_{self.name}: {len(self.items)} items, {len(self.incidents)} incidents')
