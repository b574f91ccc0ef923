"""A labelled typhoon scenario over 水湳, generated deterministically from a seed.

Fiction built on facts: the centre is the former Shuinan airport (24.18194 N,
120.65639 E, DOMAIN.md §1.1); flood-prone sites are spread over a 7 km square
around it; the date is a made-up typhoon afternoon (2016-09-27, local time).
Everything else (sites, times, which agency reports what) is generated.

Ground truth, per incident type, with evidence placed relative to the first
anchor so that the truth is what a careful operator would group:

- flood: flood-depth alerts, a water-level alert, heavy rain at a nearby gauge
  (often *before* the flooding), traffic slow-downs and accidents, police and
  CCTV stalled vehicles, 1999 drainage cases; sometimes a queue spilling 560 to
  750 m away (beyond the 500 m policy: the truth says it belongs, the
  correlator cannot know); one flood spreads between two sites 800 m apart (a
  bridge in the middle links them);
- fire: fire alarms, police reports, CCTV crowding;
- traffic: an accident with slow-downs and a CCTV stalled vehicle.

Noise (truth None): parking lots filling up, devices going offline, fire-alarm
faults, unrelated police reports, lone slow-downs and non-flood 1999 cases,
placed anywhere (so some fall near incidents, as in life, and are wrongly
grouped: that is the precision the report measures), and lone flood-depth
glitches, placed at least 1 km or 45 min away from any flood under way (a
flood-depth reading next to a real flood is evidence, not noise).
Duplicates: about 8 % of items are delivered twice. Late data: about 10 %
arrive 2 to 15 minutes after they were observed.

Run ``python -m tests.scenarios`` to (re)write ``tests/data/scenarios/``.
"""

from __future__ import annotations

import json
import math
import random
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from geo.crs import to_twd97, to_wgs84
from ops_center.incidents import CapSeverity, Item, ItemKind
from tests.quality import Labelled

CENTRE_LONLAT = (120.65639, 24.18194)  # former Shuinan airport, DOMAIN.md §1.1
START = datetime(2016, 9, 27, 4, 0, tzinfo=UTC)  # 12:00 local
SEEDS = (1, 2, 3)
DATA_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "scenarios"


@dataclass(frozen=True, slots=True)
class Record:
    """One delivery as stored in the scenario file (WGS84, ISO times, like real rows)."""

    key: str
    kind: str
    agency: str
    feed: str
    category: str
    severity: str
    lon: float
    lat: float
    observed: str
    arrival: str
    truth: str | None
    note: str

    def labelled(self) -> Labelled:
        """The record as a correlator item in EPSG:3826 with its label."""
        x, y = to_twd97(self.lon, self.lat)
        item = Item(
            self.key,
            ItemKind(self.kind),
            self.agency,
            self.feed,
            self.category,
            CapSeverity.parse(self.severity),
            x,
            y,
            datetime.fromisoformat(self.observed).timestamp(),
        )
        return Labelled(item, datetime.fromisoformat(self.arrival).timestamp(), self.truth)


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.cx, self.cy = to_twd97(*CENTRE_LONLAT)
        self.t0 = START.timestamp()
        self.n = 0
        self.floods: list[tuple[float, float, float]] = []
        self.items: list[tuple[str, str, str, str, str, str, float, float, float, str | None, str]] = []

    def near(self, x: float, y: float, r: float) -> tuple[float, float]:
        a = self.rng.uniform(0, 2 * math.pi)
        d = r * math.sqrt(self.rng.random())
        return x + d * math.cos(a), y + d * math.sin(a)

    def add(
        self,
        kind: str,
        agency: str,
        feed: str,
        category: str,
        severity: str,
        x: float,
        y: float,
        t: float,
        truth: str | None,
        note: str = "",
    ) -> None:
        self.n += 1
        prefix = "alert" if kind == "alert" else f"event:{feed}"
        key = f"{prefix}:{self.n:05d}"
        self.items.append((key, kind, agency, feed, category, severity, x, y, t, truth, note))

    def flood(self, gid: str, x: float, y: float, ts: float, *, bridge: bool = False) -> None:
        r = self.rng
        self.floods.append((x, y, ts))
        if bridge:
            self.floods.append((x + 800.0, y, ts))
        self.add("alert", "disaster", "rule", "flood_depth", "Severe", x, y, ts, gid)
        anchors = [(x, y)]
        if bridge:
            bx, by = x + 800.0, y
            self.add("alert", "disaster", "rule", "flood_depth", "Severe", bx, by, ts + 240, gid)
            self.add("alert", "disaster", "rule", "flood_depth", "Moderate", x + 400, y + 30, ts + 600, gid, "bridge")
            anchors.append((bx, by))
        for _ in range(r.randint(0, 2)):
            self.add(
                "alert",
                "disaster",
                "rule",
                "flood_depth",
                r.choice(["Moderate", "Severe"]),
                *self.near(x, y, 200),
                ts + r.uniform(60, 600),
                gid,
            )
        if r.random() < 0.6:
            self.add(
                "alert",
                "disaster",
                "rule",
                "water_level",
                "Severe",
                *self.near(x, y, 350),
                ts + r.uniform(0, 1200),
                gid,
            )
        for ax, ay in anchors:
            if r.random() < 0.5:
                self.add(
                    "alert",
                    "disaster",
                    "rule",
                    "heavy_rain",
                    "Moderate",
                    *self.near(ax, ay, 400),
                    ts - r.uniform(0, 600),
                    gid,
                )
            for _ in range(r.randint(1, 3)):
                self.add(
                    "alert",
                    "traffic",
                    "rule",
                    "congestion",
                    "Minor",
                    *self.near(ax, ay, 450),
                    ts + r.uniform(0, 1500),
                    gid,
                )
            if r.random() < 0.6:
                feed, agency = r.choice([("incident", "police"), ("cctv", "police")])
                self.add(
                    "event",
                    agency,
                    feed,
                    "stalled_vehicle",
                    "Moderate",
                    *self.near(ax, ay, 300),
                    ts + r.uniform(120, 1500),
                    gid,
                )
            if r.random() < 0.3:
                self.add(
                    "event",
                    "police",
                    "incident",
                    "accident",
                    "Moderate",
                    *self.near(ax, ay, 400),
                    ts + r.uniform(120, 1500),
                    gid,
                )
            if r.random() < 0.25:
                # A queue spilling beyond the policy radius: the operator knows it belongs
                # to this flood; the correlator cannot (an honest source of missed pairs).
                a = r.uniform(0, 2 * math.pi)
                d = r.uniform(560, 750)
                self.add(
                    "alert",
                    "traffic",
                    "rule",
                    "congestion",
                    "Minor",
                    ax + d * math.cos(a),
                    ay + d * math.sin(a),
                    ts + r.uniform(0, 1500),
                    gid,
                    "beyond_radius",
                )
            for _ in range(r.choice([0, 1, 1, 2])):
                self.add(
                    "event",
                    "citizen",
                    "1999",
                    "drainage_flooding",
                    "Minor",
                    *self.near(ax, ay, 400),
                    ts + r.uniform(300, 1500),
                    gid,
                )

    def fire(self, gid: str, x: float, y: float, ts: float) -> None:
        r = self.rng
        self.add("event", "disaster", "fire_alarm", "alarm", "Severe", x, y, ts, gid)
        if r.random() < 0.5:
            self.add(
                "event", "disaster", "fire_alarm", "alarm", "Severe", *self.near(x, y, 40), ts + r.uniform(10, 120), gid
            )
        for _ in range(r.randint(1, 2)):
            self.add(
                "event",
                "police",
                "incident",
                "fire_report",
                "Severe",
                *self.near(x, y, 180),
                ts + r.uniform(60, 480),
                gid,
            )
        if r.random() < 0.7:
            self.add(
                "event", "police", "cctv", "crowding", "Minor", *self.near(x, y, 150), ts + r.uniform(60, 480), gid
            )

    def traffic(self, gid: str, x: float, y: float, ts: float) -> None:
        r = self.rng
        self.add("event", "police", "incident", "accident", "Moderate", x, y, ts, gid)
        for _ in range(r.randint(1, 2)):
            self.add(
                "alert", "traffic", "rule", "congestion", "Minor", *self.near(x, y, 280), ts + r.uniform(0, 700), gid
            )
        if r.random() < 0.6:
            self.add(
                "event",
                "police",
                "cctv",
                "stalled_vehicle",
                "Moderate",
                *self.near(x, y, 200),
                ts + r.uniform(0, 500),
                gid,
            )

    def noise(self, count: int, span_s: float) -> None:
        r = self.rng
        kinds = [
            ("event", "traffic", "parking", "full", "Unknown"),
            ("event", "disaster", "status", "offline", "Unknown"),
            ("event", "disaster", "fire_alarm", "fault", "Minor"),
            ("event", "disaster", "fire_alarm", "normal", "Unknown"),
            ("event", "police", "incident", "theft", "Minor"),
            ("alert", "traffic", "rule", "congestion", "Minor"),
            ("event", "citizen", "1999", "noise_pollution", "Minor"),
            ("event", "citizen", "1999", "streetlight", "Minor"),
            ("alert", "disaster", "rule", "flood_depth", "Minor"),
        ]
        for _ in range(count):
            kind, agency, feed, cat, sev = r.choice(kinds)
            x, y = self.near(self.cx, self.cy, 3500)
            t = self.t0 + r.uniform(0, span_s)
            while cat == "flood_depth" and self.near_flood(x, y, t):
                # A flood-depth reading next to a real flood is evidence, not noise: a
                # glitch is modelled where no flood is under way.
                x, y = self.near(self.cx, self.cy, 3500)
            self.add(kind, agency, feed, cat, sev, x, y, t, None, "noise")

    def near_flood(self, x: float, y: float, t: float) -> bool:
        return any(math.hypot(x - fx, y - fy) < 1000.0 and abs(t - ft) < 2700.0 for fx, fy, ft in self.floods)

    def records(self) -> list[Record]:
        r = self.rng
        out: list[Record] = []
        for key, kind, agency, feed, cat, sev, x, y, t, truth, note in self.items:
            late = r.random() < 0.10
            delay = r.uniform(120, 900) if late else r.uniform(5, 60)
            deliveries = [delay]
            if r.random() < 0.08:
                deliveries.append(delay + r.uniform(1, 600))
            lon, lat = to_wgs84(x, y)
            for i, dl in enumerate(deliveries):
                tags = [n for n in (note, "late" if late else "", "duplicate" if i else "") if n]
                out.append(
                    Record(
                        key,
                        kind,
                        agency,
                        feed,
                        cat,
                        sev,
                        round(lon, 7),
                        round(lat, 7),
                        _iso(t),
                        _iso(t + dl),
                        truth,
                        ",".join(tags),
                    )
                )
        out.sort(key=lambda rec: (rec.arrival, rec.key))
        return out


def _iso(t: float) -> str:
    return datetime.fromtimestamp(round(t, 3), tz=UTC).isoformat()


def generate(seed: int) -> list[Record]:
    """The labelled deliveries of scenario ``seed``, in arrival order."""
    g = _Gen(seed)
    r = g.rng
    span = 8 * 3600.0
    # Candidate sites on a 1.4 km lattice (so two sites are never within one flood radius
    # plus context reach of each other); the same site may flood again hours later.
    sites = [(g.cx + i * 1400.0, g.cy + j * 1400.0) for i in range(-2, 3) for j in range(-2, 3)]
    r.shuffle(sites)
    n = 0
    for k, (sx, sy) in enumerate(sites[:14]):
        ts = g.t0 + r.uniform(0, span - 3600)
        n += 1
        if k < 9:
            g.flood(f"gt-flood-{n:02d}", sx, sy, ts, bridge=(k == 0))
            if k < 3:  # a second flood at the same site after the first has gone quiet
                n += 1
                later = ts + 3 * 3600 if ts + 3 * 3600 < g.t0 + span else ts - 3 * 3600
                g.flood(f"gt-flood-{n:02d}", sx, sy, later)
        elif k < 12:
            g.fire(f"gt-fire-{n:02d}", sx + 300, sy - 300, ts)
        else:
            g.traffic(f"gt-traffic-{n:02d}", sx - 350, sy + 350, ts)
    g.noise(120, span)
    return g.records()


def load(path: Path) -> list[Record]:
    """Read a scenario file written by :func:`write`."""
    with path.open(encoding="utf-8") as fh:
        return [Record(**json.loads(line)) for line in fh if line.strip()]


def scenario_path(seed: int, directory: Path = DATA_DIR) -> Path:
    """Where the scenario of ``seed`` is kept."""
    return directory / f"typhoon_shuinan_seed{seed}.jsonl"


def write(seed: int, directory: Path = DATA_DIR) -> Path:
    """Generate scenario ``seed`` and write it as JSON lines; returns the path."""
    path = scenario_path(seed, directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for rec in generate(seed):
            fh.write(json.dumps(_as_dict(rec), ensure_ascii=False, sort_keys=True) + "\n")
    return path


def _as_dict(rec: Record) -> dict[str, object]:
    return {f: getattr(rec, f) for f in Record.__slots__}


def main(argv: list[str] | None = None) -> int:
    """Rewrite the scenario files (one per seed in :data:`SEEDS`)."""
    _ = argv if argv is not None else sys.argv[1:]
    for seed in SEEDS:
        print(write(seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
